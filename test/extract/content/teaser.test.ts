import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.js';
import { teaserCard } from '../../../src/extract/content/teaser.js';

const isTeaserLink = (link: Element, isSelf: (href: string) => boolean): boolean => teaserCard(link, isSelf) !== undefined;

const linkIn = (html: string): Element => parseDocument(`<html><body>${html}</body></html>`).querySelector('a.pic')!;
const never = (): boolean => false;

describe('teaserCard', () => {
  it('knows a card: a picture and a title in one link, or picture and title links to the same story side by side', () => {
    expect(isTeaserLink(linkIn('<div class="topic"><a class="pic" href="/ar/economy/2020/04/03/study.html"><span class="cover"><img src="t.jpg"></span><span class="ttl">دراسة جديدة عن أسعار الغذاء</span></a></div>'), never)).toBe(true);
    expect(isTeaserLink(linkIn('<div class="card"><div class="media"><a class="pic" href="/world/2020/other/"><img src="t.jpg"></a></div><div class="content"><a href="/world/2020/other/">عنوان خبر آخر عن الشاحنات</a></div></div>'), never)).toBe(true);
  });

  it('leaves a link to the picture itself, to an attachment page, to the page itself, or to nowhere', () => {
    expect(isTeaserLink(linkIn('<div><a class="pic" href="/uploads/2020/05/photo.jpg"><img src="/uploads/2020/05/photo-300x200.jpg"></a></div>'), never)).toBe(false);
    expect(isTeaserLink(linkIn('<div><a class="pic" href="/2020/05/story/attachment/photo/"><img src="p.jpg"></a></div>'), never)).toBe(false);
    expect(isTeaserLink(linkIn('<div><a class="pic" href="/news/1"><img src="p.jpg"><span>عنوان هذا الخبر نفسه</span></a></div>'), (h) => h === '/news/1')).toBe(false);
    expect(isTeaserLink(linkIn('<div><a class="pic" href="javascript:;"><img src="p.jpg"><span>طباعة هذه الصفحة الآن</span></a></div>'), never)).toBe(false);
  });

  it('leaves a bare picture link with no title beside it, and does not look past a paragraph', () => {
    expect(isTeaserLink(linkIn('<div><a class="pic" href="/gallery/12"><img src="p.jpg"></a></div>'), never)).toBe(false);
    expect(isTeaserLink(linkIn('<div><p><a class="pic" href="/gallery/12"><img src="p.jpg"></a></p><p>نص <a href="/gallery/12">معرض صور الافتتاح كاملا</a></p></div>'), never)).toBe(false);
  });

  it('finds the title link in the picture link\'s own box when the box above holds more than a card before it', () => {
    const column = (before: string) =>
      `<div class="row">${before}<div class="col-xs-12"><p><a href="pf">تصفح الصحيفة كاملة</a></p><a class="pic" href="pf"><img src="images/read.png" width="95%"></a></div></div>`;
    const search = '<div class="col-xs-12"><form action="search.php"><input type="text"><input type="submit" value="بحث"></form></div>';
    const card = linkIn(column(search.repeat(12))).closest('.col-xs-12');
    expect(teaserCard(linkIn(column(search.repeat(12))), never)?.className).toBe(card?.className);
    expect(teaserCard(linkIn(column(search)), never)?.className).toBe('row');
    // The box read to its end with no title link in it: no card, whatever the link's own box holds.
    expect(isTeaserLink(linkIn('<div class="row"><div class="col-xs-12"><a class="pic" href="pf"><img src="p.jpg"></a></div></div>'), never)).toBe(false);
  });
});
