/** Finding and reading the corpus (manifest, pages, truth) and the project's fixtures. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Truth } from './types.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The corpus lives next to the repository: `../shared/corpus` from its root. */
export const DEFAULT_CORPUS = resolve(REPO_ROOT, '../shared/corpus');

export interface ManifestEntry {
  file: string;
  site: string;
  url: string;
  capture?: string;
  has_truth?: boolean;
}

export function corpusExists(dir: string): boolean {
  return existsSync(join(dir, 'manifest.jsonl'));
}

export function readManifest(dir: string): ManifestEntry[] {
  return readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ManifestEntry);
}

/** `pages/<site>/<name>.html` → `truth/<site>/<name>.json`. */
export function truthFileFor(pageFile: string): string {
  return pageFile.replace(/^pages\//, 'truth/').replace(/\.html?$/i, '.json');
}

/** The pages that have a truth file, optionally of one site only. */
export function loadPages(dir: string, site?: string): Page[] {
  const pages: Page[] = [];
  for (const entry of readManifest(dir)) {
    if (entry.has_truth === false || (site !== undefined && entry.site !== site)) continue;
    const truthFile = join(dir, truthFileFor(entry.file));
    if (!existsSync(truthFile)) continue;
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Truth;
    pages.push({ file: entry.file, site: entry.site, html: readFileSync(join(dir, entry.file), 'utf8'), truth });
  }
  return pages;
}

function walkHtml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walkHtml(path);
      return /\.html?$/i.test(name) ? [path] : [];
    });
}

export interface HtmlFile {
  /** Path relative to the corpus or fixtures root. */
  name: string;
  html: string;
  /** The page's URL when the corpus manifest gives it. */
  url?: string;
}

function manifestUrls(corpusDir: string): Map<string, string> {
  return new Map(readManifest(corpusDir).map((e) => [e.file.replace(/^pages\//, ''), e.url]));
}

/** Pages to time: every corpus page, or the project's `fixtures/**\/*.html` when the corpus is absent. */
export function benchPages(corpusDir: string): { source: string; files: HtmlFile[] } {
  const useCorpus = corpusExists(corpusDir);
  const root = useCorpus ? join(corpusDir, 'pages') : join(REPO_ROOT, 'fixtures');
  const urls = useCorpus ? manifestUrls(corpusDir) : new Map<string, string>();
  const files = walkHtml(root).map((path): HtmlFile => {
    const name = relative(root, path).split(sep).join('/');
    const file: HtmlFile = { name, html: readFileSync(path, 'utf8') };
    const url = urls.get(name);
    if (url !== undefined) file.url = url;
    return file;
  });
  return { source: root, files };
}
