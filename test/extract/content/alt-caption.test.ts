import { describe, expect, it } from 'vitest';
import { repeatsAlt } from '../../../src/extract/content/alt-caption.js';

describe('repeatsAlt', () => {
  const line = (text: string, linkChars = 0) => ({ kind: 'text' as const, text, linkChars });

  it('takes a plain line that says what the alt says, spelling aside', () => {
    expect(repeatsAlt(line('شيخ الأزهر'), 'شيخ الازهر')).toBe(true);
    expect(repeatsAlt(line('إجراءات مكافحة الفيروس'), ' إجراءات مكافحة الفيروس ')).toBe(true);
  });

  it('leaves other lines, linked lines, long lines and images without alt', () => {
    expect(repeatsAlt(line('شيخ الأزهر يلتقي الوفد'), 'شيخ الأزهر')).toBe(false);
    expect(repeatsAlt(line('شيخ الأزهر', 10), 'شيخ الأزهر')).toBe(false);
    expect(repeatsAlt(line('شيخ الأزهر'), undefined)).toBe(false);
    const long = 'كلمة '.repeat(200).trim();
    expect(repeatsAlt(line(long), long)).toBe(false);
    expect(repeatsAlt({ kind: 'heading', text: 'شيخ الأزهر', linkChars: 0 }, 'شيخ الأزهر')).toBe(false);
  });
});
