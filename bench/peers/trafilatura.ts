/**
 * trafilatura (Python) as a peer: one long-lived `python3` worker per process, fed one page per line as JSON on its
 * stdin, answering one JSON line each — `bare_extraction(html, url=…, with_metadata=True)` with trafilatura's defaults.
 * It is not an npm package: install it yourself (`pip install trafilatura`); `MAQAL_PYTHON` names the interpreter
 * (default `python3`). Where it cannot be imported the peer does not load, and the tools say why and go on without it.
 * Timed in the bench, a call includes the round trip through the pipe (tens of microseconds against milliseconds).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { result, type PeerResult } from './types.js';

export const name = 'trafilatura';

const PYTHON = process.env.MAQAL_PYTHON || 'python3';

/** Marks the worker's answers: anything else a library prints on stdout is not one. */
const MARK = '@@maqal ';

/** The worker: our own loop around trafilatura's documented entry point. */
const WORKER = `
import json, sys, warnings
warnings.filterwarnings("ignore")
import trafilatura
for line in sys.stdin:
    req = json.loads(line)
    try:
        doc = trafilatura.bare_extraction(req["html"], url=req["url"], with_metadata=True)
        d = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
        out = {"title": d.get("title"), "text": d.get("text") or "", "date": d.get("date")}
    except Exception as e:
        out = {"error": type(e).__name__ + ": " + str(e)}
    sys.stdout.write("${MARK}" + json.dumps(out) + "\\n")
    sys.stdout.flush()
`;

const check = spawnSync(PYTHON, ['-c', 'import trafilatura'], { encoding: 'utf8' });
if (check.status !== 0) {
  const why = check.error ? check.error.message : (check.stderr.trim().split('\n').pop() ?? `exit ${check.status}`);
  throw new Error(`trafilatura cannot be imported by ${PYTHON} (${why}); pip install trafilatura, or set MAQAL_PYTHON`);
}

interface Answer {
  title?: string | null;
  text?: string;
  date?: string | null;
  error?: string;
}

let worker: ChildProcessWithoutNullStreams | undefined;
const waiting: Array<(a: Answer) => void> = [];

/** The worker, started on first use; its pipes hold the process open only while an answer is awaited. */
function ready(): ChildProcessWithoutNullStreams {
  if (worker) return worker;
  const child = spawn(PYTHON, ['-c', WORKER], { stdio: ['pipe', 'pipe', 'pipe'] });
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (!line.startsWith(MARK)) return;
    waiting.shift()?.(JSON.parse(line.slice(MARK.length)) as Answer);
    if (waiting.length === 0) idle(child);
  });
  child.stderr.resume();
  child.on('exit', (code) => {
    for (const reply of waiting.splice(0)) reply({ error: `trafilatura worker exited (${code})` });
    worker = undefined;
  });
  worker = child;
  return child;
}

function idle(child: ChildProcessWithoutNullStreams): void {
  child.unref();
  (child.stdin as unknown as { unref?(): void }).unref?.();
  (child.stdout as unknown as { unref?(): void }).unref?.();
  (child.stderr as unknown as { unref?(): void }).unref?.();
}

function busy(child: ChildProcessWithoutNullStreams): void {
  child.ref();
  (child.stdin as unknown as { ref?(): void }).ref?.();
  (child.stdout as unknown as { ref?(): void }).ref?.();
}

export async function extract(html: string, url: string): Promise<PeerResult> {
  const child = ready();
  busy(child);
  const answer = await new Promise<Answer>((resolve) => {
    waiting.push(resolve);
    child.stdin.write(`${JSON.stringify({ html, url })}\n`);
  });
  if (answer.error) throw new Error(answer.error);
  // trafilatura ends each paragraph with one line break; peers separate paragraphs with a blank line.
  return result(answer.title, (answer.text ?? '').split('\n').filter((l) => l.trim() !== '').join('\n\n'), answer.date);
}
