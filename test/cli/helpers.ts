/** CLI test helpers: build the CLI once (as tsup ships it: one ESM file), run it, write WARCs. */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ROOT } from '../fixtures.js';

const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'maqal-cli-test');

/** Bundle src/cli/main.ts like tsup does (dependencies external), inside the repo so they resolve. */
export async function buildCli(name = 'cli'): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const outfile = join(OUT_DIR, `${name}-${process.pid}.mjs`);
  await build({
    entryPoints: [join(ROOT, 'src/cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(cli: string, args: string[], opts: { input?: string | Buffer; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: opts.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(opts.input ?? '');
  });
}

/** Run the command in this process (for argument checks: no worker threads, no files read). */
export async function runInProcess(args: string[]): Promise<Run> {
  const { cli } = await import('../../src/cli/cli.js');
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, cb) { add(String(chunk)); cb(); } });
  const code = await cli(args, {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)) as unknown as NodeJS.WriteStream,
    stdin: Readable.from([]),
    entry: 'unused',
  });
  return { code, stdout, stderr };
}

export const parseNdjson = (s: string): any[] => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));

export interface WarcInput {
  type?: 'response' | 'resource' | 'request' | 'warcinfo';
  uri: string;
  id: string;
  /** For response records: the HTTP headers (status 200 unless `status`). */
  httpHeaders?: Record<string, string>;
  status?: number;
  contentType?: string;
  /** The record's `WARC-Date` (default 2024-05-02T10:00:00Z). */
  date?: string;
  body: Uint8Array | string;
}

/** One WARC record's bytes (uncompressed). */
export function warcRecord(r: WarcInput): Buffer {
  const body = typeof r.body === 'string' ? Buffer.from(r.body) : Buffer.from(r.body);
  const type = r.type ?? 'response';
  let block = body;
  let contentType = r.contentType ?? 'text/html';
  if (type === 'response') {
    const head = [`HTTP/1.1 ${r.status ?? 200} OK`, ...Object.entries(r.httpHeaders ?? { 'Content-Type': 'text/html' }).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
    block = Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), body]);
    contentType = 'application/http; msgtype=response';
  }
  const headers = [
    'WARC/1.0',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:${r.id}>`,
    `WARC-Date: ${r.date ?? '2024-05-02T10:00:00Z'}`,
    `WARC-Target-URI: ${r.uri}`,
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${headers}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

/** A WARC file: records concatenated, each its own gzip member when `gzip`. Raw Buffers are inserted as they are. */
export function warcFile(records: Array<WarcInput | Buffer>, gzip: boolean): Buffer {
  return Buffer.concat(records.map((r) => (Buffer.isBuffer(r) ? r : gzip ? gzipSync(warcRecord(r)) : warcRecord(r))));
}
