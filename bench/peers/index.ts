/**
 * The peer extractors maqal is compared with. Each lives in `./<id>.ts` and imports
 * packages installed in bench/node_modules only, so the modules are loaded by path
 * at run time (never imported statically by the library's code or tests).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Peer } from './types.js';

export type { Peer, PeerResult } from './types.js';

export const PEER_IDS = ['readability-linkedom', 'readability-jsdom', 'postlight', 'defuddle', 'article-extractor', 'trafilatura'] as const;
export type PeerId = (typeof PEER_IDS)[number];

const HERE = dirname(fileURLToPath(import.meta.url));

export async function loadPeer(id: PeerId): Promise<Peer> {
  const mod = (await import(pathToFileURL(join(HERE, `${id}.ts`)).href)) as Partial<Peer>;
  if (typeof mod.name !== 'string' || typeof mod.extract !== 'function') {
    throw new Error(`bench/peers/${id}.ts does not export { name, extract }`);
  }
  return { name: mod.name, extract: mod.extract };
}

export function isPeerId(value: string): value is PeerId {
  return (PEER_IDS as readonly string[]).includes(value);
}
