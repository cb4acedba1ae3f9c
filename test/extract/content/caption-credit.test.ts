import { describe, expect, it } from 'vitest';
import { splitCredit } from '../../../src/extract/content/caption-credit.js';

describe('splitCredit', () => {
  it('parts a trailing credit in brackets or after a dash', () => {
    expect(splitCredit('الرئيس خلال الاجتماع (رويترز)')).toEqual({ caption: 'الرئيس خلال الاجتماع', credit: 'رويترز' });
    expect(splitCredit('مبنى الوزارة - أ ف ب')).toEqual({ caption: 'مبنى الوزارة', credit: 'أ ف ب' });
    expect(splitCredit('السفينة أثناء رفعها. ■ أ.ف.ب')).toEqual({ caption: 'السفينة أثناء رفعها.', credit: 'أ.ف.ب' });
  });

  it('leaves no underscore behind when the credit was joined by one (`…_رويترز`)', () => {
    expect(splitCredit('سيارات الدفع الرباعي_رويترز')).toEqual({ caption: 'سيارات الدفع الرباعي', credit: 'رويترز' });
  });

  it('keeps a label of what kind of picture it is in the caption, as the page shows it', () => {
    expect(splitCredit('مبنى الوزارة - أرشيفية')).toEqual({ caption: 'مبنى الوزارة - أرشيفية' });
    expect(splitCredit('نيمار - صورة أرشيفية')).toEqual({ caption: 'نيمار - صورة أرشيفية' });
    expect(splitCredit('رفوف في إحدى الصيدليات (أرشيف)')).toEqual({ caption: 'رفوف في إحدى الصيدليات (أرشيف)' });
    expect(splitCredit('سيارات الدفع الرباعي_ارشيفية')).toEqual({ caption: 'سيارات الدفع الرباعي_ارشيفية' });
  });

  it('keeps a caption with no credit whole', () => {
    expect(splitCredit('جانب من افتتاح المعرض')).toEqual({ caption: 'جانب من افتتاح المعرض' });
  });
});
