const escapeAttribute = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * Wires the demo page to its publishable key at serve time: the script tag gets `data-key` and the
 * page's own `<tessera-chat>` elements get `api-key`. No script is added, so the strict CSP holds.
 */
export function injectDemoKey(html: string, key: string): string {
  const value = escapeAttribute(key);
  return html
    .replace('<script src="/widget.js"', `<script src="/widget.js" data-key="${value}"`)
    .replace(/<tessera-chat(?![^>]*\bapi-key=)/g, `<tessera-chat api-key="${value}"`);
}
