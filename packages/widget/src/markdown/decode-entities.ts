/** The named references that markdown writers actually use; others stay as written. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  laquo: '«',
  raquo: '»',
  middot: '·',
  times: '×',
  euro: '€',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

/**
 * Resolves HTML character references in markdown text (`&amp;` → `&`). marked leaves them for an
 * HTML renderer to resolve; we render text nodes, so we resolve them ourselves, without a parser.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (match, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name] ?? match;
    const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
    // NUL, surrogates and out-of-range values are replaced, as HTML does.
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
      ? '\ufffd'
      : String.fromCodePoint(code);
  });
}
