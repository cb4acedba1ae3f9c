/**
 * The peer extractors of bench/peers, wrapped as evaluation tools. Their packages live in
 * bench/node_modules (a separate package), installed here once when missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PEER_IDS, loadPeer, type Peer } from '../../bench/peers/index.js';
import { REPO_ROOT } from './corpus.js';
import type { Prediction, Tool } from './types.js';

export const BENCH_DIR = join(REPO_ROOT, 'bench');

/** Install bench/'s packages when bench/node_modules is missing. False (with the reason logged) when that fails. */
export function ensureBenchInstalled(log: (line: string) => void): boolean {
  if (existsSync(join(BENCH_DIR, 'node_modules'))) return true;
  log('bench/node_modules is missing — running `npm install --prefix bench --no-audit --no-fund` (once)');
  const run = spawnSync('npm', ['install', '--prefix', BENCH_DIR, '--no-audit', '--no-fund'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (run.status === 0) return true;
  const why = run.error ? run.error.message : `npm exited with ${run.status ?? run.signal}`;
  log(`could not install the peer tools (${why})`);
  return false;
}

function toolFromPeer(peer: Peer): Tool {
  return {
    name: peer.name,
    capabilities: { updated: false, captions: false, authors: false },
    async extract(html, url) {
      const out = await peer.extract(html, url);
      const pred: Prediction = { text: out.text };
      if (out.title !== undefined) pred.headline = out.title;
      if (out.published !== undefined) pred.published = out.published;
      return pred;
    },
  };
}

/** Every peer that loads; a peer that does not is left out with its reason printed. */
export async function loadPeerTools(log: (line: string) => void): Promise<Tool[]> {
  if (!ensureBenchInstalled((line) => log(`eval: ${line}`))) {
    log('eval: scoring maqal alone');
    return [];
  }
  const tools: Tool[] = [];
  for (const id of PEER_IDS) {
    try {
      tools.push(toolFromPeer(await loadPeer(id)));
    } catch (error) {
      log(`eval: peer ${id} left out: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return tools;
}
