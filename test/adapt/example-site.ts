/** The made-up site the adapter-API tests define their adapters for: its identity, headline and body. */
export const EXAMPLE_SITE = {
  id: 'example.test',
  name: 'مثال',
  domains: ['example.test'],
  timeZone: 'Africa/Cairo',
  headline: 'h1',
  body: '#story .text',
} as const;
