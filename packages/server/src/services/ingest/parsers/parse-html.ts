import { Readability } from '@mozilla/readability';
import { cleanText } from '../clean-text.js';
import { DocumentBuilder } from '../document-builder.js';
import { MEDIA_TYPES } from '../document-format.js';
import type { ParsedDocument } from '../parsed-document.js';
import { childrenOf, parseHtmlDocument, tagOf, type DomDocument, type DomNode } from './dom-node.js';
import { htmlBlocks } from './html-blocks.js';
import { titleFromName, type ParserInput } from './parser-input.js';

/** Chrome that surrounds a page's content when Readability finds no article. */
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'menu']);

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/** The article Readability picks out of a page (its main content without navigation and ads). */
function mainContent(html: string): { title: string | undefined; content: DomNode } | undefined {
  const document = parseHtmlDocument(html);
  const reader = new Readability<DomNode>(document as unknown as ReadabilityDocument, {
    charThreshold: 200,
    serializer: (node) => node as unknown as DomNode,
  });
  const article = reader.parse();
  return article?.content ? { title: article.title ?? undefined, content: article.content } : undefined;
}

/** Without an article, the body minus the usual page chrome. */
function bodyWithoutChrome(document: DomDocument): DomNode | undefined {
  const strip = (node: DomNode): DomNode => ({
    nodeType: node.nodeType,
    nodeName: node.nodeName,
    textContent: node.textContent,
    childNodes: childrenOf(node)
      .filter((c) => !CHROME.has(tagOf(c)))
      .map(strip),
    getAttribute: node.getAttribute?.bind(node),
  });
  return document.body ? strip(document.body) : undefined;
}

/** A web page's main content, keeping headings, lists, tables and code. */
export async function parseHtml(input: ParserInput): Promise<ParsedDocument> {
  const html = cleanText(input.text);
  const original = parseHtmlDocument(html);
  const builder = new DocumentBuilder();
  const article = mainContent(html);
  if (article) htmlBlocks(article.content, builder);
  if (builder.blockCount === 0) {
    const body = bodyWithoutChrome(original);
    if (body) htmlBlocks(body, builder);
  }
  const title = original.title?.trim() || article?.title?.trim() || titleFromName(input.name);
  return builder.build({ title, mediaType: MEDIA_TYPES.html });
}
