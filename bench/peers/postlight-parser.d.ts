/** The part of @postlight/parser (which ships no types) that the adapter uses. */
declare module '@postlight/parser' {
  export interface ParseResult {
    title: string | null;
    content: string | null;
    date_published: string | null;
    author: string | null;
  }
  export interface ParseOptions {
    html?: string;
    fetchAllPages?: boolean;
    contentType?: 'html' | 'markdown' | 'text';
  }
  const Parser: { parse(url: string, options?: ParseOptions): Promise<ParseResult | null> };
  export default Parser;
}
