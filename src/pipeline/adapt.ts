/** Stage 2, adapt: run the page's adapter (if any) over the document. */
import { adapterContext, runAdapter, type AdapterValues } from '../adapt/run-adapter.js';
import type { AdapterContext } from '../adapt/types.js';
import type { Page } from './page.js';

export interface Adapted {
  values: AdapterValues;
  ctx: AdapterContext;
  /** Invalid selectors met while running (reported as diagnostics, never thrown). */
  errors: string[];
}

export function adaptPage(page: Page): Adapted {
  const errors: string[] = [];
  const ctx = adapterContext(
    {
      doc: page.doc,
      now: page.dates.now,
      parseDate: page.parseDate,
      absolutize: page.absolutize,
      jsonLd: page.ld,
      ...(page.url ? { url: page.url } : {}),
      ...(page.timeZone ? { timeZone: page.timeZone } : {}),
    },
    errors,
  );
  const values: AdapterValues = page.adapter ? runAdapter(page.adapter, ctx, errors) : { errors };
  return { values, ctx, errors };
}
