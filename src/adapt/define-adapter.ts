import { MaqalError } from '../errors.js';
import type { Adapter, AdapterSpec } from './types.js';

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/**
 * Check and freeze a site adapter. Throws `MaqalError('INVALID_OPTION')` for a spec
 * that cannot work (no id, no domains, a malformed domain, a missing time zone).
 *
 * @example
 * export default defineAdapter({
 *   id: 'example.com', name: 'مثال', domains: ['example.com'], timeZone: 'Africa/Cairo',
 *   headline: 'h1.title', published: { selector: '.date', pattern: /نشر في:?\s*(.+)/ },
 *   body: '.article-body', remove: ['.read-also'],
 * });
 */
export function defineAdapter(spec: AdapterSpec): Adapter {
  if (!spec.id) throw new MaqalError('INVALID_OPTION', 'adapter needs an id');
  if (!spec.domains?.length) throw new MaqalError('INVALID_OPTION', `adapter ${spec.id} needs at least one domain`);
  for (const d of spec.domains) {
    if (!DOMAIN.test(d)) throw new MaqalError('INVALID_OPTION', `adapter ${spec.id}: "${d}" is not a lower-case host name`);
  }
  if (!spec.timeZone) throw new MaqalError('INVALID_OPTION', `adapter ${spec.id} needs an IANA timeZone`);
  try {
    new Intl.DateTimeFormat('en', { timeZone: spec.timeZone });
  } catch {
    throw new MaqalError('INVALID_OPTION', `adapter ${spec.id}: unknown time zone ${spec.timeZone}`);
  }
  return Object.freeze({ ...spec, domains: Object.freeze([...spec.domains]) });
}
