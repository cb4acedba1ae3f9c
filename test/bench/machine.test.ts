import { describe, expect, it } from 'vitest';
import { busyHostWarning, describeMachine, machineLine } from '../../bench/machine.js';

const cpu = (model: string) => ({ model, speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } });

describe('the machine a bench run names', () => {
  it('names the processor, cores, memory and the load the run began under', () => {
    const m = describeMachine({ cpus: [cpu('AMD EPYC  7B13 '), cpu('AMD EPYC  7B13 ')], load: [0.784, 0.5, 0.2], memory: 24 * 2 ** 30 + 12345 });
    expect(m).toEqual({ cpu: 'AMD EPYC 7B13', cores: 2, memoryGB: 24, loadAtStart: 0.78 });
    expect(machineLine(m)).toBe('AMD EPYC 7B13, 2 cores, 24 GB; load average 0.78 at the start');
    expect(machineLine(m, 1.9)).toBe('AMD EPYC 7B13, 2 cores, 24 GB; load average 0.78 at the start, 1.90 at the end');
  });

  it('says so when the processor is not named, and counts one core as one', () => {
    const m = describeMachine({ cpus: [cpu('')], load: [0, 0, 0], memory: 2 ** 30 });
    expect(machineLine(m)).toBe('unknown processor, 1 core, 1 GB; load average 0.00 at the start');
  });

  it('reads this machine', () => {
    const m = describeMachine();
    expect(m.cores).toBeGreaterThan(0);
    expect(m.cpu.length).toBeGreaterThan(0);
  });
});

describe('a busy host, told from the spread of one tool\'s processes', () => {
  it('warns when the processes spread more than a fifth of their median, naming the range', () => {
    const w = busyHostWarning('parse5', [1.3, 1.35, 1.5, 1.8, 2.1]);
    expect(w).toMatch(/^parse5: its processes spread 53% \(1\.30–2\.10 ms\)/);
  });

  it('stays quiet for processes that agree, and for a single process', () => {
    expect(busyHostWarning('maqal', [3.61, 3.65, 3.78, 3.83, 4.0])).toBeUndefined();
    expect(busyHostWarning('maqal', [9.9])).toBeUndefined();
  });
});
