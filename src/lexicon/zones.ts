/**
 * Where a site writes its times: by known domain, then by country-code TLD. Used by
 * the generic path when no adapter names a zone. Data, not logic.
 */

/** Known Arabic news domains whose TLD does not tell their country. */
export const DOMAIN_ZONES: Readonly<Record<string, string>> = {
  'youm7.com': 'Africa/Cairo', 'shorouknews.com': 'Africa/Cairo', 'almasryalyoum.com': 'Africa/Cairo',
  'masrawy.com': 'Africa/Cairo', 'elbalad.news': 'Africa/Cairo', 'elwatannews.com': 'Africa/Cairo',
  'akhbarelyom.com': 'Africa/Cairo', 'ahram.org.eg': 'Africa/Cairo', 'dostor.org': 'Africa/Cairo',
  'vetogate.com': 'Africa/Cairo', 'albawabhnews.com': 'Africa/Cairo', 'elfagr.com': 'Africa/Cairo',
  'elfagr.news': 'Africa/Cairo', 'alwafd.news': 'Africa/Cairo', 'rosaelyoussef.com': 'Africa/Cairo',
  'wataninet.com': 'Africa/Cairo', 'masralyoum.net': 'Africa/Cairo', 'elbaladtv.net': 'Africa/Cairo',
  'cairo24.com': 'Africa/Cairo', 'elwatan.news': 'Africa/Cairo', 'mobtada.com': 'Africa/Cairo',
  'parlmany.com': 'Africa/Cairo', 'akhbarak.net': 'Africa/Cairo', 'misr5.com': 'Africa/Cairo',
  'elbashayer.com': 'Africa/Cairo', 'alsbbora.info': 'Africa/Cairo', 'light-dark.net': 'Africa/Cairo',
  'alarabiya.net': 'Asia/Riyadh', 'arabstoday.net': 'Asia/Beirut', 'alkhaleej.ae': 'Asia/Dubai', 'albayan.ae': 'Asia/Dubai',
  'emaratalyoum.com': 'Asia/Dubai', 'okaz.com.sa': 'Asia/Riyadh', 'al-madina.com': 'Asia/Riyadh',
  'alyaum.com': 'Asia/Riyadh', 'almadenahnews.com': 'Asia/Amman', 'alquds.com': 'Asia/Hebron',
  'sana.sy': 'Asia/Damascus', 'cedarnews.net': 'Asia/Beirut', 'almanar.com.lb': 'Asia/Beirut',
  'petra.gov.jo': 'Asia/Amman', 'djazairess.com': 'Africa/Algiers', 'albiladpress.com': 'Asia/Bahrain',
  'yemenakhbar.com': 'Asia/Aden', 'hespress.com': 'Africa/Casablanca', 'eremnews.com': 'Asia/Dubai',
};

/** Country-code TLD → the zone of its capital (where national news sites write). */
export const TLD_ZONES: Readonly<Record<string, string>> = {
  eg: 'Africa/Cairo', sa: 'Asia/Riyadh', ae: 'Asia/Dubai', kw: 'Asia/Kuwait', qa: 'Asia/Qatar', bh: 'Asia/Bahrain',
  om: 'Asia/Muscat', ye: 'Asia/Aden', iq: 'Asia/Baghdad', sy: 'Asia/Damascus', lb: 'Asia/Beirut', jo: 'Asia/Amman',
  ps: 'Asia/Hebron', sd: 'Africa/Khartoum', ly: 'Africa/Tripoli', tn: 'Africa/Tunis', dz: 'Africa/Algiers',
  ma: 'Africa/Casablanca', mr: 'Africa/Nouakchott',
};

/** The IANA zone a host writes in, if known. */
export function zoneForHost(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const h = host.toLowerCase().replace(/^(www\d?|m|amp|mobile|ar|arabic)\./, '');
  for (let d = h; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) {
    const z = DOMAIN_ZONES[d];
    if (z) return z;
  }
  const tld = h.slice(h.lastIndexOf('.') + 1);
  return TLD_ZONES[tld];
}
