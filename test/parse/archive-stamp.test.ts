import { describe, expect, it } from 'vitest';
import { archiveStampTime } from '../../src/parse/archive-stamp.js';

const PAGE = '<!DOCTYPE html><html lang="ar"><head><title>خبر</title></head><body><h1>خبر</h1><p>نص الخبر.</p></body></html>';
/** What the Wayback Machine appends to a replayed page: its stamp, then its playback timings. */
const stamp = (when: string): string =>
  `\n<!--\n     FILE ARCHIVED ON ${when} AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON 10:11:12 Nov 27, 2026.\n     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n\n     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.\n     SECTION 108(a)(3)).\n-->\n<!--\nplayback timings (ms):\n  captures_list: 0.57\n  exclusion.robots: 0.016\n  esindex: 0.009\n  load_resource: 119.366\n-->`;

describe('archiveStampTime', () => {
  it('reads the capture time of the stamp the archive appended, as UTC', () => {
    expect(archiveStampTime(PAGE + stamp('15:02:32 Mar 21, 2020'))?.toISOString()).toBe('2020-03-21T15:02:32.000Z');
    expect(archiveStampTime(PAGE + stamp('8:14:30 Oct 7, 2014'))?.toISOString()).toBe('2014-10-07T08:14:30.000Z');
  });

  it('is undefined without a stamp, for a month in another locale, and for a time that does not exist', () => {
    expect(archiveStampTime(PAGE)).toBeUndefined();
    expect(archiveStampTime(PAGE + stamp('22:26:55 Okt 20, 2014'))).toBeUndefined();
    expect(archiveStampTime(PAGE + stamp('15:02:32 Feb 30, 2020'))).toBeUndefined();
    expect(archiveStampTime(PAGE + stamp('25:02:32 Mar 21, 2020'))).toBeUndefined();
  });

  it('reads only the page’s tail: the words quoted in a story far above the end are no stamp', () => {
    const quoted = `<p>FILE ARCHIVED ON 15:02:32 Mar 21, 2020 AND RETRIEVED FROM THE INTERNET ARCHIVE</p>${'<p>فقرة أخرى من النص.</p>'.repeat(2000)}`;
    expect(archiveStampTime(PAGE.replace('</body>', `${quoted}</body>`))).toBeUndefined();
  });
});
