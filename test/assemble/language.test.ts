/** The Article's language and direction: the page's tag, unless the story's own script contradicts it. */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

const ex = createExtractor({ adapters: [] });
const arabic = '<p>افتتح وزير الزراعة صباح اليوم معرضا للمنتجات المحلية في العاصمة بحضور عدد كبير من المزارعين والتجار.</p>';
const english = '<p>The minister of agriculture opened a fair of local products in the capital this morning, with many farmers attending.</p>';
const page = (htmlAttrs: string, body: string): string => `<html ${htmlAttrs}><head><title>t</title></head><body><h1>عنوان الخبر التجريبي</h1><div class="content">${body.repeat(3)}</div></body></html>`;
const read = (htmlAttrs: string, body: string) => {
  const a = ex.extract(page(htmlAttrs, body), { url: 'https://www.example.com/node/1' });
  return { language: a.language, direction: a.direction };
};

describe('language and direction', () => {
  it('follow the page’s own tag when the text agrees', () => {
    expect(read('lang="ar-eg" dir="rtl"', arabic)).toEqual({ language: 'ar-EG', direction: 'rtl' });
    expect(read('lang="en"', english)).toEqual({ language: 'en', direction: 'ltr' });
    expect(read('lang="fa"', arabic)).toEqual({ language: 'fa', direction: 'rtl' });
  });

  it('leave out a private-use region, which names no country (`ar-aa`: Joomla\'s "Arabic Unitag")', () => {
    expect(read('lang="ar-aa" dir="rtl"', arabic)).toEqual({ language: 'ar', direction: 'rtl' });
    expect(read('lang="ar-XZ"', arabic)).toEqual({ language: 'ar', direction: 'rtl' });
    expect(read('lang="ar-SA"', arabic)).toEqual({ language: 'ar-SA', direction: 'rtl' });
  });

  it('are Arabic for an Arabic story in a site’s Spanish or English interface', () => {
    expect(read('xml:lang="es" dir="ltr"', arabic)).toEqual({ language: 'ar', direction: 'rtl' });
    expect(read('lang="en"', arabic)).toEqual({ language: 'ar', direction: 'rtl' });
  });

  it('come from the script without a tag', () => {
    expect(read('', arabic)).toEqual({ language: 'ar', direction: 'rtl' });
    expect(read('', english)).toEqual({ language: 'und', direction: 'ltr' });
    expect(read('dir="rtl"', english)).toEqual({ language: 'und', direction: 'rtl' });
  });
});
