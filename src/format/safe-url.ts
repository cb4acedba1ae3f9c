/** Only http(s) URLs reach formatted output; anything else (javascript:, data:, vbscript:…) is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  // Browsers ignore ASCII whitespace and control characters inside a scheme: strip before testing.
  const compact = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
  try {
    const u = new URL(compact);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
