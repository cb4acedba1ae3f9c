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
