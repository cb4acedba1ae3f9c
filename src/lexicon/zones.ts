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
  // Egypt
  'elfagr.org': 'Africa/Cairo', 'masr11.news': 'Africa/Cairo', 'masralarabia.net': 'Africa/Cairo',
  'masralarabia.com': 'Africa/Cairo', 'akheralanbaa.com': 'Africa/Cairo', 'washwasha.org': 'Africa/Cairo',
  'mansouranews.com': 'Africa/Cairo', 'elmogaz.com': 'Africa/Cairo', 'almogaz.com': 'Africa/Cairo',
  'ikhwanonline.com': 'Africa/Cairo', 'copts-united.com': 'Africa/Cairo', 'alwafd.org': 'Africa/Cairo',
  'elaosboa.com': 'Africa/Cairo', 'almalnews.com': 'Africa/Cairo', 'filgoal.com': 'Africa/Cairo', 'alqaheranews.net': 'Africa/Cairo',
  // Saudi Arabia and the Gulf
  'al-jazirah.com': 'Asia/Riyadh', 'makkahnewspaper.com': 'Asia/Riyadh', 'aawsat.com': 'Asia/Riyadh',
  'sabq.org': 'Asia/Riyadh', 'alriyadh.com': 'Asia/Riyadh', 'alwatan.com.sa': 'Asia/Riyadh',
  'al-seyassah.com': 'Asia/Kuwait', 'alqabas.com': 'Asia/Kuwait', 'alanba.com.kw': 'Asia/Kuwait',
  'alraimedia.com': 'Asia/Kuwait', 'al-sharq.com': 'Asia/Qatar', 'al-watan.com': 'Asia/Qatar',
  'raya.com': 'Asia/Qatar', 'alroeya.com': 'Asia/Dubai', 'alittihad.ae': 'Asia/Dubai',
  'omandaily.om': 'Asia/Muscat', 'alwasat.com.bh': 'Asia/Bahrain', 'alayam.com': 'Asia/Bahrain', 'alwakaai.com': 'Asia/Amman',
  'aljarida.com': 'Asia/Kuwait', 'annaharkw.com': 'Asia/Kuwait', 'alwasatnews.com': 'Asia/Bahrain',
  'akhbar-alkhaleej.com': 'Asia/Bahrain', 'alwatannews.net': 'Asia/Bahrain', 'alwatan.com': 'Asia/Muscat',
  'shabiba.com': 'Asia/Muscat', 'lusailnews.net': 'Asia/Qatar', 'aleqt.com': 'Asia/Riyadh', 'almowaten.net': 'Asia/Riyadh',
  'albiladdaily.com': 'Asia/Riyadh', 'arriyadiyah.com': 'Asia/Riyadh', 'asharq.com': 'Asia/Riyadh', 'independentarabia.com': 'Asia/Riyadh',
  // MENAFN syndicates Gulf and Egyptian papers but stamps them from its Amman newsroom's clock.
  'menafn.com': 'Asia/Amman',
  // Levant, Iraq, Yemen
  'alrai.com': 'Asia/Amman', 'alghad.com': 'Asia/Amman', 'khaberni.com': 'Asia/Amman',
  'royanews.tv': 'Asia/Amman', 'omamjo.com': 'Asia/Amman', 'ammonnews.net': 'Asia/Amman',
  'addustour.com': 'Asia/Amman', 'tayyar.org': 'Asia/Beirut',
  'annahar.com': 'Asia/Beirut', 'al-akhbar.com': 'Asia/Beirut', 'alankabout.com': 'Asia/Beirut', 'aliwaa.com.lb': 'Asia/Beirut', 'lbcgroup.tv': 'Asia/Beirut',
  'arab48.com': 'Asia/Jerusalem', 'maannews.net': 'Asia/Hebron', 'alwatanvoice.com': 'Asia/Hebron',
  'altaakhipress.com': 'Asia/Baghdad', 'alsumaria.tv': 'Asia/Baghdad', 'almasirah.net': 'Asia/Aden',
  'alsahwa-yemen.net': 'Asia/Aden', 'akhbarlibya24.net': 'Africa/Tripoli', 'alwasat.ly': 'Africa/Tripoli',
  'almodon.com': 'Asia/Beirut', 'addiyar.com': 'Asia/Beirut', 'nidaalwatan.com': 'Asia/Beirut', 'elnashra.com': 'Asia/Beirut',
  'janoubia.com': 'Asia/Beirut', 'lebanondebate.com': 'Asia/Beirut', 'aljadeed.tv': 'Asia/Beirut', 'almayadeen.net': 'Asia/Beirut',
  'jo24.net': 'Asia/Amman', 'sarayanews.com': 'Asia/Amman', 'palinfo.com': 'Asia/Gaza', 'enabbaladi.net': 'Asia/Damascus',
  'shafaq.com': 'Asia/Baghdad', 'rudaw.net': 'Asia/Baghdad', 'baghdadtoday.news': 'Asia/Baghdad', 'almadapaper.net': 'Asia/Baghdad',
  'nasnews.com': 'Asia/Baghdad', 'kurdistan24.net': 'Asia/Baghdad', 'almasdaronline.com': 'Asia/Aden', 'adenalghad.net': 'Asia/Aden',
  'libyaakhbar.com': 'Africa/Tripoli', 'almarsad.co': 'Africa/Tripoli',
  'raseef22.net': 'Asia/Beirut', 'lebanon24.com': 'Asia/Beirut', 'lebanonfiles.com': 'Asia/Beirut', 'aljoumhouria.com': 'Asia/Beirut', 'imlebanon.org': 'Asia/Beirut',
  // Sudan
  'alnilin.com': 'Africa/Khartoum', 'alrakoba.net': 'Africa/Khartoum', 'sudanakhbar.com': 'Africa/Khartoum',
  'baajnews.com': 'Africa/Khartoum', 'suna-sd.net': 'Africa/Khartoum',
  // The Maghreb
  'ennaharonline.com': 'Africa/Algiers', 'echoroukonline.com': 'Africa/Algiers', 'elkhabar.com': 'Africa/Algiers',
  'alchourouk.com': 'Africa/Tunis', 'hespress.ma': 'Africa/Casablanca', 'alyaoum24.com': 'Africa/Casablanca',
  'spsrasd.info': 'Africa/Algiers', 'elbilad.net': 'Africa/Algiers', 'mosaiquefm.net': 'Africa/Tunis', 'babnet.net': 'Africa/Tunis',
  'barlamane.com': 'Africa/Casablanca', 'hibapress.com': 'Africa/Casablanca', 'alayam24.com': 'Africa/Casablanca',
  'febrayer.com': 'Africa/Casablanca',
  // A Lebanese daily published in Los Angeles (its masthead: «تصدر في اميركا»), dated on US clocks (`05/02/2020 - 09:14 AM`).
  'beiruttimes.com': 'America/Los_Angeles',
  // Pan-Arab channels that show Mecca time
  'aljazeera.net': 'Asia/Qatar',
  // Global brands' Arabic editions, by their newsroom (CNN Arabic's pages say «GMT+0400»).
  'arabic.cnn.com': 'Asia/Dubai', 'skynewsarabia.com': 'Asia/Dubai',
  // Turkey's public broadcaster's Arabic service, written in Istanbul.
  'trtarabi.com': 'Europe/Istanbul',
  // Abu Dhabi's «العين الإخبارية» (`… بتوقيت أبوظبي`).
  'al-ain.com': 'Asia/Dubai',
  // Pan-Arab dailies dated where they are edited: London's «القدس العربي» (GMT, BST in summer).
  'alquds.co.uk': 'Europe/London',
  // …and those that write every time in GMT (`GMT 17:27 17.03.2020`, `03:36 GMT`): a line that leaves the label off is GMT too.
  'arabic.sputniknews.com': 'Etc/UTC', 'sarabic.ae': 'Etc/UTC', 'sputnikarabic.ae': 'Etc/UTC', 'arabic.rt.com': 'Etc/UTC',
};

/** Country-code TLD → the zone of its capital (where national news sites write). */
export const TLD_ZONES: Readonly<Record<string, string>> = {
  eg: 'Africa/Cairo', sa: 'Asia/Riyadh', ae: 'Asia/Dubai', kw: 'Asia/Kuwait', qa: 'Asia/Qatar', bh: 'Asia/Bahrain',
  om: 'Asia/Muscat', ye: 'Asia/Aden', iq: 'Asia/Baghdad', sy: 'Asia/Damascus', lb: 'Asia/Beirut', jo: 'Asia/Amman',
  ps: 'Asia/Hebron', sd: 'Africa/Khartoum', ly: 'Africa/Tripoli', tn: 'Africa/Tunis', dz: 'Africa/Algiers',
  ma: 'Africa/Casablanca', mr: 'Africa/Nouakchott', ir: 'Asia/Tehran', tr: 'Europe/Istanbul', va: 'Europe/Vatican',
  // Arabic-writing countries of the Horn and the Indian Ocean, and one-zone neighbours with Arabic editions (uza.uz).
  so: 'Africa/Mogadishu', dj: 'Africa/Djibouti', km: 'Indian/Comoro', td: 'Africa/Ndjamena', er: 'Africa/Asmara',
  uz: 'Asia/Tashkent', pk: 'Asia/Karachi', az: 'Asia/Baku', af: 'Asia/Kabul',
};

/** The IANA zone a host writes in, if known. */
export function zoneForHost(host: string | undefined): string | undefined {
  if (!host) return undefined;
  // The whole host first: a language edition (`arabic.cnn.com`) may write elsewhere than its brand.
  const h = host.toLowerCase().replace(/^(www\d?|m|amp|mobile)\./, '');
  for (let d = h; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) {
    const z = DOMAIN_ZONES[d];
    if (z) return z;
  }
  const tld = h.slice(h.lastIndexOf('.') + 1);
  return TLD_ZONES[tld];
}
