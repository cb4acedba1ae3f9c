/**
 * Where pages are extracted: a tinypool of worker threads, or the main thread (--workers 0).
 * The workers load the CLI's own entry module (`entry`), which exports `maqalTask`, so the
 * built CLI stays one file and `tsx src/cli/main.ts` works the same way.
 */
import Tinypool from 'tinypool';
import { runTask, type Task, type TaskResult } from './task.js';

/** The records' buffers, each once (a buffer may only be listed once in a transfer). */
const transfers = (tasks: readonly Task[]): ArrayBuffer[] => [
  ...new Set(tasks.flatMap((t) => (t.kind === 'record' ? [t.bytes.buffer as ArrayBuffer] : []))),
];

export interface Runner {
  run(task: Task): Promise<TaskResult>;
  /** Several tasks in one message to one worker; results in the same order. */
  runMany(tasks: Task[]): Promise<TaskResult[]>;
  close(): Promise<void>;
}

export function createRunner(workers: number, entry: string): Runner {
  if (workers <= 0) {
    return {
      run: (task) => new Promise((resolve) => setImmediate(() => resolve(runTask(task)))),
      runMany: (tasks) => new Promise((resolve) => setImmediate(() => resolve(tasks.map(runTask)))),
      close: async () => {},
    };
  }
  // From source (tsx), the workers need tsx's loader registered first: see dev-worker.mjs.
  const filename = entry.endsWith('.ts') ? new URL('./dev-worker.mjs', entry).href : entry;
  const pool = new Tinypool({ filename, name: 'maqalTask', minThreads: workers, maxThreads: workers, idleTimeout: 30_000 });
  // A worker that dies fails its task (reported as WORKER_FAILED); the pool replaces it.
  pool.on('error', () => {});
  return {
    async run(task) {
      // Hand the record's bytes over to the worker instead of copying them.
      const transferList = task.kind === 'record' ? [task.bytes.buffer as ArrayBuffer] : undefined;
      try {
        return (await pool.run(task, transferList ? { transferList } : {})) as TaskResult;
      } catch (e) {
        return { ok: false, code: 'WORKER_FAILED', message: (e as Error).message };
      }
    },
    async runMany(tasks) {
      const transferList = transfers(tasks);
      try {
        return (await pool.run(tasks, { name: 'maqalTasks', ...(transferList.length ? { transferList } : {}) })) as TaskResult[];
      } catch (e) {
        return tasks.map(() => ({ ok: false, code: 'WORKER_FAILED', message: (e as Error).message }));
      }
    },
    close: () => pool.destroy(),
  };
}
