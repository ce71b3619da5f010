import type { DocumentBuilder } from '../document-builder.js';
import { childrenOf, ELEMENT_NODE, fragment, tagOf, TEXT_NODE, type DomNode } from './dom-node.js';

/** Elements that are page furniture or machinery, never document content. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'nav',
  'aside',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'head',
  'title',
  'meta',
  'link',
]);
const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'body',
  'html',
  'blockquote',
  'figure',
  'figcaption',
  'header',
  'footer',
  'details',
  'summary',
  'center',
  'dl',
  'dd',
  'dt',
  'li',
  'fieldset',
  'address',
]);

/** Inline text of an element: whitespace collapsed as a browser would, `<br>` kept as a line break. */
export function inlineText(node: DomNode): string {
  const parts: string[] = [];
  const visit = (current: DomNode) => {
    for (const child of childrenOf(current)) {
      if (child.nodeType === TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child.nodeType !== ELEMENT_NODE || SKIP.has(tagOf(child))) continue;
      else if (tagOf(child) === 'br') parts.push('\n');
      else {
        // Block-level children inside a cell or item still need a gap between their words.
        if (tagOf(child) === 'p' || tagOf(child) === 'div') parts.push(' ');
        visit(child);
      }
    }
  };
  visit(node);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .trim();
}

function renderList(list: DomNode, depth: number): string[] {
  const lines: string[] = [];
  let number = Number(list.getAttribute?.('start') ?? 1) || 1;
  for (const item of childrenOf(list)) {
    if (item.nodeType !== ELEMENT_NODE || tagOf(item) !== 'li') continue;
    const nested = childrenOf(item).filter(
      (c) => c.nodeType === ELEMENT_NODE && (tagOf(c) === 'ul' || tagOf(c) === 'ol'),
    );
    const own = fragment(childrenOf(item).filter((c) => !nested.includes(c)));
    const marker = tagOf(list) === 'ol' ? `${number++}.` : '-';
    lines.push(`${'  '.repeat(depth)}${marker} ${inlineText(own).replace(/\n/g, ' ')}`);
    for (const child of nested) lines.push(...renderList(child, depth + 1));
  }
  return lines;
}

function tableRows(node: DomNode, rows: DomNode[][]): void {
  for (const child of childrenOf(node)) {
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(childrenOf(child).filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th'));
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') tableRows(child, rows);
  }
}

/** A table as one line per row, cells separated by ` | `, which reads well and embeds well. */
export function renderTable(table: DomNode): string {
  const rows: DomNode[][] = [];
  tableRows(table, rows);
  return rows
    .map((cells) => cells.map((cell) => inlineText(cell).replace(/\s*\n\s*/g, ' ')).join(' | '))
    .filter((line) => line.replace(/[\s|]/g, '') !== '')
    .join('\n');
}

/**
 * Walks HTML (a web page's main content or mammoth's rendering of a DOCX) into blocks: headings open
 * sections, paragraphs, lists, tables and preformatted code become one block each.
 */
export function htmlBlocks(root: DomNode, builder: DocumentBuilder): void {
  let inline: DomNode[] = [];
  const flush = () => {
    if (inline.length) builder.add('paragraph', inlineText(fragment(inline)));
    inline = [];
  };
  for (const child of childrenOf(root)) {
    if (child.nodeType === TEXT_NODE) {
      inline.push(child);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = tagOf(child);
    if (SKIP.has(tag)) continue;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      flush();
      builder.heading(Number(heading[1]), inlineText(child));
    } else if (tag === 'p') {
      flush();
      builder.add('paragraph', inlineText(child));
    } else if (tag === 'ul' || tag === 'ol') {
      flush();
      builder.add('list', renderList(child, 0).join('\n'));
    } else if (tag === 'table') {
      flush();
      builder.add('table', renderTable(child));
    } else if (tag === 'pre') {
      flush();
      builder.add('code', child.textContent ?? '');
    } else if (CONTAINERS.has(tag) || tag === 'hr') {
      flush();
      htmlBlocks(child, builder);
    } else {
      inline.push(child);
    }
  }
  flush();
}
