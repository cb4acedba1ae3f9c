import { describe, expect, it } from 'vitest';
import { splitCredit } from '../../../src/extract/content/caption-credit.js';

describe('splitCredit', () => {
  it('parts a trailing credit in brackets or after a dash', () => {
    expect(splitCredit('الرئيس خلال الاجتماع (رويترز)')).toEqual({ caption: 'الرئيس خلال الاجتماع', credit: 'رويترز' });
    expect(splitCredit('مبنى الوزارة - أرشيفية')).toEqual({ caption: 'مبنى الوزارة', credit: 'أرشيفية' });
  });

  it('leaves no underscore behind when the credit was joined by one (`…_ارشيفية`)', () => {
    expect(splitCredit('سيارات الدفع الرباعي_ارشيفية')).toEqual({ caption: 'سيارات الدفع الرباعي', credit: 'ارشيفية' });
  });

  it('keeps a caption with no credit whole', () => {
    expect(splitCredit('جانب من افتتاح المعرض')).toEqual({ caption: 'جانب من افتتاح المعرض' });
  });
});
