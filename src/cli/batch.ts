/**
 * Batch mode: every page of the inputs → one NDJSON record each, in input order, through a
 * bounded window of in-flight pages (back-pressure from the output all the way back to the
 * directory walk / WARC reader, so memory stays flat).
 */
import { stat } from 'node:fs/promises';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { ExtractCommand } from './extract-args.js';
import type { CliIO } from './io.js';
import { openOutput, type Output } from './output.js';
import { createProgress, summaryLine, type Counts } from './progress.js';
import { readDoneKeys } from './resume.js';
import { createRunner } from './runner.js';
import { countPages, jobs, sourceKey, type Source } from './sources.js';
import type { TaskResult } from './task.js';
import { isWarcPath } from './warc.js';

export function sourceLabel(s: Source): string {
  return 'file' in s ? s.file : `${s.warc}#${s.recordId}${s.targetUri ? ` (${s.targetUri})` : ''}`;
}

/** The NDJSON line of a result; undefined for skipped records. */
export function recordLine(source: Source, r: TaskResult): string | undefined {
  if ('skipped' in r) return undefined;
  const s = JSON.stringify(source);
  return r.ok ? `{"source":${s},"article":${r.json}}\n` : `{"source":${s},"error":${JSON.stringify({ code: r.code, message: r.message })}}\n`;
}

export async function runBatch(cmd: ExtractCommand, io: CliIO): Promise<ExitCode> {
  const started = performance.now();
  let done: Set<string> | undefined;
  let out: Output;
  try {
    if (cmd.resume && cmd.out) done = await readDoneKeys(cmd.out);
    out = await openOutput(cmd.out, cmd.resume, io.stdout);
  } catch (e) {
    io.stderr.write(`maqal: ${cmd.out ?? '(stdout)'}: ${(e as Error).message}\n`);
    return EXIT.IO;
  }
  const counts: Counts = { pages: 0, errors: 0, skipped: 0, resumed: 0 };
  const progress = createProgress(io.stderr, counts, !cmd.quiet);
  let warcTotal = 0;
  let warcRead = 0;
  if (!cmd.quiet && io.stderr.isTTY) {
    void countPages(cmd.inputs).then((n) => {
      if (n !== undefined) progress.total = n;
    });
    for (const i of cmd.inputs.filter(isWarcPath)) warcTotal += await stat(i).then((s) => s.size, () => 0);
    if (warcTotal) progress.fraction = () => warcRead / warcTotal;
  }
  const runner = createRunner(cmd.workers, io.entry);
  const window = Math.max(2, cmd.workers * 4);
  const inflight: Array<{ source: Source; result: Promise<TaskResult> }> = [];
  let ioFailed = false;
  let outputFailed = false;

  const emit = async (source: Source, r: TaskResult): Promise<void> => {
    const line = recordLine(source, r);
    if (line === undefined) {
      counts.skipped++;
      return;
    }
    counts.pages++;
    if ('ok' in r && !r.ok) {
      counts.errors++;
      if (r.io) ioFailed = true;
      if (!cmd.quiet) progress.log(`maqal: ${sourceLabel(source)}: ${r.code}: ${r.message}`);
    }
    await out.write(line);
    progress.tick();
  };

  try {
    for await (const job of jobs(cmd.inputs, cmd.page, { onWarcBytes: (n) => (warcRead += n) })) {
      if (done?.has(sourceKey(job.source))) {
        counts.resumed++;
        continue;
      }
      inflight.push({ source: job.source, result: 'task' in job ? runner.run(job.task) : Promise.resolve(job.result) });
      if (inflight.length >= window) {
        const next = inflight.shift()!;
        await emit(next.source, await next.result);
      }
    }
    while (inflight.length) {
      const next = inflight.shift()!;
      await emit(next.source, await next.result);
    }
    await out.close();
  } catch (e) {
    outputFailed = true;
    progress.done();
    io.stderr.write(`maqal: ${cmd.out ?? '(stdout)'}: ${(e as Error).message}\n`);
  } finally {
    await Promise.allSettled(inflight.map((f) => f.result));
    await runner.close();
    progress.done();
  }
  if (!cmd.quiet) io.stderr.write(`maqal: ${summaryLine(counts, (performance.now() - started) / 1000)}\n`);
  return outputFailed || ioFailed ? EXIT.IO : counts.errors ? EXIT.FAILED : EXIT.OK;
}
