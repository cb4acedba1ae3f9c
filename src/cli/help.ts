/** Help texts. */
export const MAIN_HELP = `maqal — extract articles from Arabic news pages

Usage:
  maqal extract <file|dir|warc|->... [options]   extract pages (also: maqal <file.html> ...)
  maqal adapter new <domain>                     scaffold a site adapter
  maqal --help | maqal extract --help

Examples:
  maqal fixtures/shorouknews.com/seed.html
  maqal extract page.html --format markdown
  curl -s https://… | maqal extract - --url https://… --format text
  maqal extract pages/ crawl.warc.gz --out articles.ndjson --resume
  maqal adapter new example.com

Exit codes: 0 ok, 1 some input failed / not HTML, 2 usage error, 3 I/O error.
See docs/cli.md.`;

export const EXTRACT_HELP = `maqal extract — extract the article of each page

Usage:
  maqal extract <file|dir|warc|->... [options]

Inputs:
  page.html        one page (any name; '-' reads a page from standard input)
  dir/             every .html / .htm file below it, recursively
  crawl.warc[.gz]  every HTML response/resource record of a WARC (Common Crawl's format)

  One page prints its Article as JSON (or --format text|markdown|html). Several inputs, a directory or a
  WARC run in batch mode: one NDJSON record per page, in input order,
    {"source":{"file":…},"article":{…}}  or  {"source":{"warc":…,"recordId":…,"targetUri":…},"error":{"code":…,"message":…}}

Options:
  --url URL          the page's URL (one page only; WARC records use their target URI)
  --format F         json (default for one page) | ndjson (batch) | text | markdown | html
  --fields a,b,c     keep only these Article fields (json / ndjson)
  --generic-only     ignore the site adapters
  --adapter ID       force a site adapter, e.g. youm7.com
  --time-zone ZONE   IANA zone the pages write times in, e.g. Africa/Cairo
  --now ISO          reference instant for relative and future dates (default: now)
  --out FILE         write to FILE instead of standard output
  --resume           with --out: skip pages whose source is already in FILE, append the rest
  --workers N        worker threads for batch mode (default: one per core; 0 = main thread)
  --quiet            no progress bar, per-page error lines or summary on stderr
  -h, --help         this help

Examples:
  maqal extract fixtures/shorouknews.com/seed.html --fields headline,published,authors
  maqal extract site-dump/ --out articles.ndjson
  maqal extract CC-MAIN-…-00000.warc.gz --out cc.ndjson --workers 2 --resume
  maqal extract a.html b.html --generic-only --format ndjson | jq -r .article.headline

Exit codes:
  0  every page extracted
  1  some input failed (not HTML, binary, corrupt WARC record); the others were still written
  2  usage error (unknown option, bad value, no input)
  3  I/O error (an input could not be read, the output could not be written)`;

export const ADAPTER_HELP = `maqal adapter new <domain> — scaffold a site adapter: src/adapters/<domain>.ts (a template),
a fixture slot fixtures/<domain>/article.html, and its entry in src/adapters/index.ts. See docs/adapters.md.

Usage:
  maqal adapter new <domain> [--root DIR] [--name NAME] [--time-zone ZONE]

Options:
  --root DIR         the maqal checkout to write into (default: the current directory)
  --name NAME        the site's own name (its og:site_name)
  --time-zone ZONE   the IANA zone the site writes times in (default: guessed from the domain)

Examples:
  maqal adapter new example.com
  maqal adapter new alahram.org.eg --name "الأهرام" --time-zone Africa/Cairo

Exit codes: 0 written, 1 the adapter exists / no registry, 2 bad domain or option, 3 I/O error.`;
