/**
 * What the bench ran on: figures depend on the machine (one host's memory made maqal and every peer 10–40% slower
 * while parsing alone kept its speed), so each run names its processor, cores, memory and how busy the host was.
 */
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  /** The 1-minute load average when the run began (other work on the host, on a machine whose cores are few). */
  loadAtStart: number;
}

/** The machine as Node sees it (pure over what it is given, so a test can hand it a machine). */
export function describeMachine(info = { cpus: cpus(), load: loadavg(), memory: totalmem() }): Machine {
  const model = info.cpus[0]?.model.replace(/\s+/g, ' ').trim();
  return { cpu: model || 'unknown processor', cores: info.cpus.length, memoryGB: Math.round(info.memory / 2 ** 30), loadAtStart: Number(info.load[0]!.toFixed(2)) };
}

/**
 * @example machineLine({ cpu: 'AMD EPYC', cores: 2, memoryGB: 24, loadAtStart: 0.8 }, 1.9)
 * // 'AMD EPYC, 2 cores, 24 GB; load average 0.80 at the start, 1.90 at the end'
 */
export function machineLine(m: Machine, loadAtEnd?: number): string {
  const end = loadAtEnd === undefined ? '' : `, ${loadAtEnd.toFixed(2)} at the end`;
  return `${m.cpu}, ${m.cores} core${m.cores === 1 ? '' : 's'}, ${m.memoryGB} GB; load average ${m.loadAtStart.toFixed(2)} at the start${end}`;
}

/** Processes of one tool whose medians spread wider than this (max − min over their median) met a busy host. */
export const BUSY_SPREAD = 0.2;

/**
 * A warning when one tool's processes disagree: the same code gave 1.33 to 2.17 ms when neighbours were busy, and a
 * ratio taken then says more about the host than the code.
 *
 * @example busyHostWarning('parse5', [1.3, 1.35, 1.5, 1.8, 2.1]) // 'parse5: its processes spread 53% (1.30–2.10 ms): …'
 * @example busyHostWarning('parse5', [1.33, 1.35, 1.38]) // undefined
 */
export function busyHostWarning(tool: string, medians: readonly number[]): string | undefined {
  if (medians.length < 2) return undefined;
  const sorted = [...medians].sort((a, b) => a - b);
  const mid = sorted[(sorted.length - 1) >> 1]!;
  const spread = (sorted.at(-1)! - sorted[0]!) / mid;
  if (!(spread > BUSY_SPREAD)) return undefined;
  return `${tool}: its processes spread ${(spread * 100).toFixed(0)}% (${sorted[0]!.toFixed(2)}–${sorted.at(-1)!.toFixed(2)} ms): the host was busy during this run; compare within it only, or run again when it is idle`;
}
