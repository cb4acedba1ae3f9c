/** Shapes shared by the evaluation modules. */

/** One ground-truth file (corpus `truth/<site>/<name>.json`, see ANNOTATION.md). */
export interface Truth {
  file: string;
  site: string;
  url: string;
  headline: string | null;
  subheadline?: string | null;
  published: string | null;
  updated: string | null;
  authors: string[];
  body: string[];
  captions: string[];
  noise: string[];
  notes?: string;
}

/** What a tool predicted for one page, in the terms the scores need. */
export interface Prediction {
  headline?: string;
  /** Plain body text. */
  text: string;
  published?: string;
  updated?: string;
  captions?: string[];
  authors?: string[];
}

/** Which optional fields a tool reports at all (the others score `n/a`). */
export interface Capabilities {
  updated: boolean;
  captions: boolean;
  authors: boolean;
}

export interface Tool {
  name: string;
  capabilities: Capabilities;
  extract(html: string, url: string): Prediction | Promise<Prediction>;
}

/** A corpus page with its truth. */
export interface Page {
  /** Path relative to the corpus root, e.g. `pages/youm7.com/123.html`. */
  file: string;
  site: string;
  html: string;
  truth: Truth;
}
