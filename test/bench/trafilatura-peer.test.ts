/**
 * The trafilatura peer's worker protocol, against a stand-in `trafilatura` module (the real one is a Python package
 * the project does not install): one page per line in, one answer per line out, paragraphs set apart, errors raised,
 * a library's own output on stdout ignored, and the process free to exit between calls.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const python = process.env.MAQAL_PYTHON || 'python3';
const hasPython = spawnSync(python, ['-c', 'import json'], { encoding: 'utf8' }).status === 0;
if (!hasPython) console.warn(`skipping the trafilatura peer test: no ${python} on this machine`);

const dir = mkdtempSync(join(tmpdir(), 'maqal-trafilatura-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'trafilatura'));
// The stand-in answers from the page itself: its <title>, its <p>s one per line, and a day; `boom` in the URL raises.
writeFileSync(
  join(dir, 'trafilatura', '__init__.py'),
  `import re
class Doc:
    def __init__(self, d): self.d = d
    def as_dict(self): return self.d
def bare_extraction(html, url=None, with_metadata=False):
    print("a library's chatter on stdout")
    if "boom" in url: raise ValueError("no tree")
    title = re.search(r"<title>(.*?)</title>", html)
    paras = re.findall(r"<p>(.*?)</p>", html, re.S)
    return Doc({"title": title.group(1) if title else None, "text": "\\n".join(paras), "date": "2020-03-21" if with_metadata else None})
`,
);

describe.skipIf(!hasPython)('the trafilatura peer', () => {
  it('sends each page to one worker and reads its answer back: title, paragraphs apart, date', async () => {
    process.env.PYTHONPATH = dir;
    const peer = await import('../../bench/peers/trafilatura.js');
    const page = (n: number): string => `<html><head><title>عنوان ${n}</title></head><body><p>الفقرة الأولى ${n}</p><p>الفقرة الثانية\nبسطر ثان</p></body></html>`;
    const answers = await Promise.all([1, 2, 3].map((n) => peer.extract(page(n), `https://example.com/${n}`)));
    expect(answers.map((a) => a.title)).toEqual(['عنوان 1', 'عنوان 2', 'عنوان 3']);
    expect(answers[0]).toEqual({ title: 'عنوان 1', text: 'الفقرة الأولى 1\n\nالفقرة الثانية\n\nبسطر ثان', published: '2020-03-21' });
    await expect(peer.extract(page(4), 'https://example.com/boom')).rejects.toThrow('ValueError: no tree');
    // The worker lives on for the next call after an error.
    expect((await peer.extract(page(5), 'https://example.com/5')).title).toBe('عنوان 5');
  });
});
