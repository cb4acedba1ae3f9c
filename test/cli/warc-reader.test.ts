/** The streaming WARC reader: records, gzip members, and resynchronising after damage. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { dechunk, parseHttpResponse } from '../../src/cli/http.js';
import { readWarc, warcDate, type WarcEvent } from '../../src/cli/warc.js';
import { warcFile, warcRecord, type WarcInput } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'maqal-warc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rec = (i: number, body = `<html><body><p>page ${i}</p></body></html>`): WarcInput => ({ uri: `https://example.com/${i}`, id: `id-${i}`, body });

async function read(name: string, bytes: Buffer): Promise<WarcEvent[]> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const out: WarcEvent[] = [];
  for await (const ev of readWarc(path)) out.push(ev);
  return out;
}

const summary = (evs: WarcEvent[]): string[] => evs.map((e) => (e.type === 'record' ? `record ${e.headers.get('warc-record-id')}` : `corrupt ${e.recordId ?? ''}`.trim()));

describe('readWarc', () => {
  for (const gzip of [false, true]) {
    it(`reads every record (${gzip ? 'gzip members' : 'plain'})`, async () => {
      const evs = await read(`ok${gzip}.warc${gzip ? '.gz' : ''}`, warcFile([rec(1), rec(2), rec(3)], gzip));
      expect(summary(evs)).toEqual(['record <urn:uuid:id-1>', 'record <urn:uuid:id-2>', 'record <urn:uuid:id-3>']);
      const http = parseHttpResponse((evs[1] as Extract<WarcEvent, { type: 'record' }>).block)!;
      expect(http.status).toBe(200);
      expect(Buffer.from(http.body).toString()).toBe('<html><body><p>page 2</p></body></html>');
    });
  }

  it('resyncs after garbage between gzip members and after a corrupt member', async () => {
    const bad = gzipSync(warcRecord(rec(3)));
    bad.fill(0xff, 12, 40); // damage the deflate data
    const evs = await read('bad.warc.gz', warcFile([rec(1), Buffer.from('garbage\n'), rec(2), bad, rec(4)], true));
    expect(summary(evs)).toEqual(['record <urn:uuid:id-1>', 'corrupt', 'record <urn:uuid:id-2>', 'corrupt', 'record <urn:uuid:id-4>']);
  });

  it('resyncs after a bad header or Content-Length in a plain WARC, and reports a truncated last record', async () => {
    const badLength = warcRecord(rec(2)).toString('latin1').replace(/Content-Length: \d+/, 'Content-Length: zz');
    const full = warcRecord(rec(4));
    const truncated = full.subarray(0, full.length - 20);
    const evs = await read('bad.warc', Buffer.concat([warcFile([rec(1)], false), Buffer.from('NOT A WARC HEADER\r\n\r\n'), Buffer.from(badLength, 'latin1'), warcFile([rec(3)], false), truncated]));
    expect(summary(evs)).toEqual(['record <urn:uuid:id-1>', 'corrupt', 'corrupt <urn:uuid:id-2>', 'record <urn:uuid:id-3>', 'corrupt <urn:uuid:id-4>']);
  });

  it('reads a member larger than the read window', async () => {
    const big = `<html><body>${'<p>سطر طويل من النص العربي</p>'.repeat(60_000)}</body></html>`;
    const evs = await read('big.warc.gz', warcFile([rec(1, big), rec(2)], true));
    expect(summary(evs)).toEqual(['record <urn:uuid:id-1>', 'record <urn:uuid:id-2>']);
  });
});

describe('HTTP payloads', () => {
  it('de-chunks and decompresses', () => {
    expect(Buffer.from(dechunk(Buffer.from('5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n'))!).toString()).toBe('hello world');
    const msg = Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n'), gzipSync('<p>x</p>')]);
    expect(Buffer.from(parseHttpResponse(msg)!.body).toString()).toBe('<p>x</p>');
  });
});

describe('warcDate', () => {
  it('reads a WARC-Date to the second, to a fraction of it, or to the minute', () => {
    expect(warcDate('2020-03-21T13:05:12Z')).toBe('2020-03-21T13:05:12.000Z');
    expect(warcDate(' 2020-03-21T13:05:12.123456Z ')).toBe('2020-03-21T13:05:12.123Z');
    expect(warcDate('2020-03-21T13:05Z')).toBe('2020-03-21T13:05:00.000Z');
  });

  it('is undefined for a missing header, a date with no zone, a day that does not exist, an hour past 23 and a year before 1900', () => {
    for (const v of [undefined, '', '2020-03-21', '2020-03-21T13:05:12', '2020-03-21T13:05:12+02:00', '2020-02-31T10:00:00Z', '2020-03-21T24:00:00Z', '1850-03-21T10:00:00Z', 'yesterday']) {
      expect(warcDate(v), String(v)).toBeUndefined();
    }
  });
});
