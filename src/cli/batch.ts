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
import type { Task, TaskResult } from './task.js';
import { isWarcPath } from './warc.js';

/** Pages per message to a worker. */
const GROUP_SIZE = 8;

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
  // Pages go to the workers in small groups: one message per group keeps the main thread light.
  const group = cmd.workers > 0 ? GROUP_SIZE : 1;
  const window = Math.max(2, cmd.workers * 2);
  const inflight: Array<{ sources: Source[]; results: Promise<TaskResult[]> }> = [];
  let pending: Array<{ source: Source; task: Task }> = [];
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

  const emitNext = async (): Promise<void> => {
    const next = inflight.shift()!;
    const results = await next.results;
    for (let i = 0; i < next.sources.length; i++) await emit(next.sources[i]!, results[i]!);
  };
  const dispatch = async (): Promise<void> => {
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    inflight.push({ sources: batch.map((b) => b.source), results: runner.runMany(batch.map((b) => b.task)) });
    if (inflight.length >= window) await emitNext();
  };

  try {
    for await (const job of jobs(cmd.inputs, cmd.page, { onWarcBytes: (n) => (warcRead += n) })) {
      if (done?.has(sourceKey(job.source))) {
        counts.resumed++;
        continue;
      }
      if ('task' in job) {
        pending.push({ source: job.source, task: job.task });
        if (pending.length >= group) await dispatch();
        continue;
      }
      await dispatch(); // keep input order: what was queued goes before this already-known result
      inflight.push({ sources: [job.source], results: Promise.resolve([job.result]) });
      if (inflight.length >= window) await emitNext();
    }
    await dispatch();
    while (inflight.length) await emitNext();
    await out.close();
  } catch (e) {
    outputFailed = true;
    progress.done();
    io.stderr.write(`maqal: ${cmd.out ?? '(stdout)'}: ${(e as Error).message}\n`);
  } finally {
    await Promise.allSettled(inflight.map((f) => f.results));
    await runner.close();
    progress.done();
  }
  if (!cmd.quiet) io.stderr.write(`maqal: ${summaryLine(counts, (performance.now() - started) / 1000)}\n`);
  return outputFailed || ioFailed ? EXIT.IO : counts.errors ? EXIT.FAILED : EXIT.OK;
}
