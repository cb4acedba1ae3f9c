/** The live progress bar (stderr, TTY only) and the summary line of a batch run. */
import type { WriteStream } from 'node:tty';

export interface Counts {
  pages: number;
  errors: number;
  skipped: number;
  resumed: number;
}

export interface Progress {
  /** Known page total (directories), for the ETA. */
  total?: number;
  /** Fraction of the input read (WARC bytes), for the ETA when the total is unknown. */
  fraction?: () => number | undefined;
  tick(): void;
  /** Write a line above the bar. */
  log(line: string): void;
  done(): void;
}

const fmtRate = (r: number): string => (r >= 100 ? r.toFixed(0) : r.toFixed(1));

function fmtTime(s: number): string {
  if (!Number.isFinite(s)) return '?';
  s = Math.round(s);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h ? `${h}h${String(m).padStart(2, '0')}m` : m ? `${m}m${String(sec).padStart(2, '0')}s` : `${sec}s`;
}

export function summaryLine(c: Counts, seconds: number): string {
  const rate = c.pages / Math.max(seconds, 1e-9);
  const extra = [c.skipped ? `${c.skipped} skipped (not HTML / not 2xx)` : '', c.resumed ? `${c.resumed} already in the output` : ''].filter(Boolean);
  return `${c.pages} pages, ${c.errors} errors, ${fmtRate(rate)} pages/s (${seconds.toFixed(1)} s${extra.length ? `; ${extra.join(', ')}` : ''})`;
}

export function createProgress(stream: NodeJS.WriteStream, counts: Counts, enabled: boolean): Progress {
  const start = performance.now();
  const tty = enabled && (stream as WriteStream).isTTY === true;
  let last = 0;
  let shown = false;
  const p: Progress = {
    tick() {
      if (!tty) return;
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      render(now);
    },
    log(line) {
      if (shown) stream.write('\r\x1b[K');
      stream.write(`${line}\n`);
      if (shown) render(performance.now());
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
  function render(now: number): void {
    const secs = (now - start) / 1000;
    const rate = counts.pages / Math.max(secs, 1e-9);
    let frac: number | undefined;
    if (p.total) frac = (counts.pages + counts.resumed) / p.total;
    else frac = p.fraction?.();
    const width = 24;
    const bar = frac === undefined ? '' : `[${'#'.repeat(Math.round(Math.min(1, frac) * width)).padEnd(width, '.')}] `;
    const count = p.total ? `${counts.pages + counts.resumed}/${p.total}` : `${counts.pages}`;
    const eta = frac && frac > 0 && frac < 1 ? `  ETA ${fmtTime((secs * (1 - frac)) / frac)}` : '';
    const cols = (stream as WriteStream).columns ?? 100;
    const line = `${bar}${count} pages  ${fmtRate(rate)} pages/s  ${counts.errors} errors${eta}`;
    stream.write(`\r\x1b[K${line.slice(0, cols - 1)}`);
    shown = true;
  }
  return p;
}
