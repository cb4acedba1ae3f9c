import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/article.js';
import { assembleImages } from '../../src/assemble/images.js';

const image = (url: string, caption?: string): Block => (caption ? { type: 'image', url, caption } : { type: 'image', url });
const paragraph = (text: string): Block => ({ type: 'paragraph', text });

describe('assembleImages', () => {
  it('leads with the metadata\'s picture, the body\'s copy of it merged in', () => {
    const out = assembleImages({ url: 'https://a.com/u/1.jpg' }, [paragraph('نص'), image('https://a.com/u/1.jpg', 'تعليق الصورة')], []);
    expect(out.leadImage).toEqual({ url: 'https://a.com/u/1.jpg', caption: 'تعليق الصورة' });
    expect(out.images).toHaveLength(1);
  });

  it('with no picture in the metadata, leads with the picture the body opens with', () => {
    const out = assembleImages(undefined, [image('https://a.com/u/2.jpg'), paragraph('نص الخبر')], []);
    expect(out.leadImage?.url).toBe('https://a.com/u/2.jpg');
    expect(out.images[0]).toBe(out.leadImage);
  });

  it('has no lead when the body\'s first picture comes after its text', () => {
    const out = assembleImages(undefined, [paragraph('نص الخبر'), image('https://a.com/u/3.jpg')], []);
    expect(out.leadImage).toBeUndefined();
    expect(out.images.map((i) => i.url)).toEqual(['https://a.com/u/3.jpg']);
  });
});
