import { describe, expect, it } from 'vitest';
import { chooseHeadline, cutTitleHead, pickHeadline, stripSiteName, titleBrandName } from '../../src/extract/headline.js';

describe('stripSiteName', () => {
  it('removes a known site name at either end, whatever the separator', () => {
    expect(stripSiteName('الحكومة تعلن الخطة - بوابة الشروق', ['بوابة الشروق'])).toBe('الحكومة تعلن الخطة');
    expect(stripSiteName('الحكومة تعلن الخطة | اليوم السابع', ['اليوم السابع'])).toBe('الحكومة تعلن الخطة');
    expect(stripSiteName('الجزيرة نت | الحكومة تعلن الخطة', ['الجزيرة نت'])).toBe('الحكومة تعلن الخطة');
  });
  it('removes a segment that spells the host\'s name when no site name is known, and nothing else', () => {
    expect(stripSiteName('قرار إعلان الطوارئ في البلدة | Cedar News', [], 'www.cedarnews.net')).toBe('قرار إعلان الطوارئ في البلدة');
    expect(stripSiteName('Cedar-News - قرار إعلان الطوارئ في البلدة', [], 'cedar-news.com')).toBe('قرار إعلان الطوارئ في البلدة');
    expect(stripSiteName('قرار إعلان الطوارئ في البلدة | Beirut News', [], 'www.cedarnews.net')).toBe('قرار إعلان الطوارئ في البلدة | Beirut News');
    expect(chooseHeadline({ h1s: [], title: 'قرار إعلان الطوارئ في البلدة | Cedar News', siteNames: [], host: 'www.cedarnews.net' })).toBe('قرار إعلان الطوارئ في البلدة');
  });
  it('never chops a dash that belongs to the headline', () => {
    expect(stripSiteName('مصر - السودان: اتفاق جديد', ['بوابة الشروق'])).toBe('مصر - السودان: اتفاق جديد');
  });
});

describe('chooseHeadline', () => {
  it('decodes the entities left in a metadata title encoded once too often', () => {
    expect(chooseHeadline({ h1s: [], jsonLd: 'معاناة أسرة بعد ظهور &#8220;كورونا&#8221;', siteNames: [] })).toBe('معاناة أسرة بعد ظهور “كورونا”');
    expect(chooseHeadline({ h1s: [], og: 'الذهب &amp; الفضة - صدى البلد', siteNames: ['صدى البلد'] })).toBe('الذهب & الفضة');
  });

  it('takes no one-word label the title happens to use for the headline (a sidebar widget set in an h1)', () => {
    expect(chooseHeadline({ h1s: ['إعلان'], title: 'قرار إعلان الطوارئ في البلدة | موقع المثال', siteNames: ['موقع المثال'] })).toBe('قرار إعلان الطوارئ في البلدة');
    // A short headline that is a whole part of the title still agrees with it.
    expect(chooseHeadline({ h1s: ['وزير يزور مصر'], title: 'وزير يزور مصر | موقع المثال للأخبار العاجلة والمحلية والعالمية', siteNames: [] })).toBe('وزير يزور مصر');
  });

  it('prefers the h1 that the title contains, over a logo h1', () => {
    expect(
      chooseHeadline({ h1s: ['اليوم السابع', 'ارتفاع أسعار الذهب اليوم'], title: 'ارتفاع أسعار الذهب اليوم - اليوم السابع', siteNames: ['اليوم السابع'] }),
    ).toBe('ارتفاع أسعار الذهب اليوم');
  });
  it('learns the site name from the title/h1 pair when og:site_name is missing', () => {
    expect(chooseHeadline({ h1s: [], og: 'ارتفاع أسعار الذهب - صدى البلد', title: 'ارتفاع أسعار الذهب - صدى البلد', siteNames: ['صدى البلد'] })).toBe('ارتفاع أسعار الذهب');
  });
  it('falls back to the title without its site name', () => {
    expect(chooseHeadline({ h1s: [], title: 'خبر عاجل عن الطقس | مصراوي', siteNames: ['مصراوي'] })).toBe('خبر عاجل عن الطقس');
  });
  it('returns undefined with no source', () => {
    expect(chooseHeadline({ h1s: [], siteNames: [] })).toBeUndefined();
  });

  describe('when every metadata title is cut short with an ellipsis', () => {
    const whole = 'خمس خطوات لتجديد رخصة القيادة إلكترونيا تعرف عليها بالتفصيل';
    const cut = 'خمس خطوات لتجديد رخصة القيادة إلكترونيا تعرف عليها...';
    it('takes the h2 that shows it whole when the only h1 is a login box’s', () => {
      const src = { h1s: ['Log in'], og: cut, title: cut, siteNames: [] };
      expect(chooseHeadline({ ...src, h2s: () => ['الأكثر قراءة', whole] })).toBe(whole);
      // No heading holds it: the cut title is all there is.
      expect(chooseHeadline({ ...src, h2s: () => ['الأكثر قراءة'] })).toBe(cut);
    });
    it('takes the h1 that shows it whole beside another h1, and the site name after the cut is no obstacle', () => {
      expect(chooseHeadline({ h1s: ['أخبار مصر', whole], title: `${cut.replace('...', '…')} - موقع المثال`, siteNames: ['موقع المثال'] })).toBe(whole);
    });
    it('reads no h2 when an h1 agrees with the metadata', () => {
      const h2s = (): string[] => {
        throw new Error('h2s read');
      };
      expect(chooseHeadline({ h1s: ['أخبار مصر', whole], og: whole, siteNames: [], h2s })).toBe(whole);
    });
  });
});

describe('cutTitleHead', () => {
  it('is the title before the dots or ellipsis that cut it, when a headline’s worth is left', () => {
    expect(cutTitleHead('خمس خطوات لتجديد رخصة القيادة تعرف...')).toBe('خمس خطوات لتجديد رخصة القيادة تعرف');
    expect(cutTitleHead('خمس خطوات لتجديد رخصة القيادة تعرف …')).toBe('خمس خطوات لتجديد رخصة القيادة تعرف');
    expect(cutTitleHead('خمس خطوات لتجديد رخصة القيادة.')).toBeUndefined();
    expect(cutTitleHead('وماذا بعد...')).toBeUndefined();
  });
  it('keeps the dots inside the title', () => {
    expect(cutTitleHead(`عنوان الخبر الطويل${'.'.repeat(50)}ب${'.'.repeat(3)}`)).toBe(`عنوان الخبر الطويل${'.'.repeat(50)}ب`);
  });
});

describe('siteNamesFromTitle', () => {
  it('reads the site name around the headline, and after a title that cuts the headline short', async () => {
    const { siteNamesFromTitle } = await import('../../src/extract/headline.js');
    expect(siteNamesFromTitle('مدرب نادي الوادي يطالب بالصبر - العرب اليوم', 'مدرب نادي الوادي يطالب بالصبر')).toEqual(['العرب اليوم']);
    expect(siteNamesFromTitle('مدرب نادي الوادي يصف عودة الدوري بلا جمهور ويطالب - العرب اليوم', 'مدرب نادي الوادي يصف عودة الدوري بلا جمهور ويطالب "بالصبر"')).toEqual(['العرب اليوم']);
    expect(siteNamesFromTitle('مدرب نادي الوادي يصف عودة... - العرب اليوم', 'مدرب نادي الوادي يصف عودة الدوري')).toEqual(['العرب اليوم']);
    // Too little of the headline, or another story's title: nothing is learned.
    expect(siteNamesFromTitle('مدرب - العرب اليوم', 'مدرب نادي الوادي يصف عودة الدوري')).toEqual([]);
    expect(siteNamesFromTitle('خبر آخر تماما عن شيء مختلف - العرب اليوم', 'مدرب نادي الوادي يصف عودة الدوري')).toEqual([]);
  });
});

describe('pickHeadline', () => {
  it('takes no title that the site name holds whole, and calls a one-word h1 left over a guess', () => {
    const src = { h1s: ['الاخبار'], title: 'وكالة الانباء الاردنية', siteNames: ['بترا -وكالة الأنباء الأردنية'] };
    expect(pickHeadline(src)).toEqual({ text: 'الاخبار', weak: true });
  });
  it('is sure of a sentence-like h1, and of a metadata title', () => {
    expect(pickHeadline({ h1s: ['الضمان الاجتماعي يستقبل طلبات السلف التقاعدية'], siteNames: [] }).weak).toBe(false);
    expect(pickHeadline({ h1s: ['الاخبار'], og: 'الضمان الاجتماعي يستقبل طلبات السلف', siteNames: [] })).toEqual({ text: 'الضمان الاجتماعي يستقبل طلبات السلف', weak: false });
  });
  it('has nothing, and says so, with no source', () => {
    expect(pickHeadline({ h1s: [], siteNames: [] })).toEqual({ weak: true });
  });
});

describe('titleBrandName', () => {
  it('is the title, or the part of it, that spells the domain in Arabic letters', () => {
    expect(titleBrandName('القدس', 'www.alquds.com')).toBe('القدس');
    expect(titleBrandName('خبر عن المدينة اليوم - إخوان أونلاين - الموقع الرسمي', 'www.ikhwanonline.com')).toBe('إخوان أونلاين');
    expect(titleBrandName('الخليج | خبر عن المدينة', 'www.alkhaleej.ae')).toBe('الخليج');
  });

  it('is none when no part spells it: another word, a sentence, Latin letters', () => {
    expect(titleBrandName('الرياض', 'www.alquds.com')).toBeUndefined();
    expect(titleBrandName('القدس تستعد لاستقبال الزوار في العيد', 'www.alquds.com')).toBeUndefined();
    expect(titleBrandName('Alquds - خبر', 'www.alquds.com')).toBeUndefined();
  });
});
