/** What every peer adapter exports (as named exports `name` and `extract`). */
export interface PeerResult {
  title?: string;
  /** Body text, paragraphs separated by a blank line. */
  text: string;
  /** The publication date exactly as the tool returns it. */
  published?: string;
}

export interface Peer {
  name: string;
  extract(html: string, url: string): Promise<PeerResult>;
}

/** Drop null/empty values so absent fields stay absent. */
export function result(title: unknown, text: string, published: unknown): PeerResult {
  const out: PeerResult = { text };
  if (typeof title === 'string' && title.trim() !== '') out.title = title;
  if (typeof published === 'string' && published.trim() !== '') out.published = published;
  return out;
}
