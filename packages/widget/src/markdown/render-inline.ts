import { html, nothing } from 'lit';
import type { Token, Tokens } from 'marked';
import { safeUrl } from '../chat/safe-url.js';
import { decodeEntities } from './decode-entities.js';
import type { MarkdownContext } from './markdown-context.js';

/** `[1]`, `[2, 3]`: citation markers as the server's prompt asks the model to write them. */
const CITATION = /\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g;

/** Text with its citation markers turned into buttons; markers that name no source stay text. */
function withCitations(text: string, context: MarkdownContext): unknown {
  if (!text.includes('[')) return text;
  const parts: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(CITATION)) {
    const markers = match[1]!.split(',').map((n) => context.citation(Number(n)));
    if (markers.some((marker) => marker === undefined)) continue;
    parts.push(text.slice(last, match.index), markers);
    last = match.index + match[0].length;
  }
  return last === 0 ? text : [...parts, text.slice(last)];
}

function renderLink(token: Tokens.Link, context: MarkdownContext, inLink: boolean): unknown {
  // Autolinks are literal; written links may carry character references such as `&amp;`.
  const href = safeUrl(token.autolink ? token.href : decodeEntities(token.href));
  const content = token.autolink ? token.text : renderInline(token.tokens, context, true);
  if (!href || inLink) return content;
  return html`<a
    part="link"
    href=${href}
    title=${token.title ? decodeEntities(token.title) : nothing}
    target="_blank"
    rel="noopener noreferrer"
    >${content}</a
  >`;
}

/**
 * Images are never loaded: an answer could otherwise make the reader's browser fetch any address
 * (tracking, or worse). They become a link to the image when its address is safe, else their text.
 */
function renderImage(token: Tokens.Image, inLink: boolean): unknown {
  const alt = decodeEntities(token.text) || token.href;
  const href = safeUrl(decodeEntities(token.href));
  if (!href || inLink) return alt;
  return html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer">${alt}</a>`;
}

/**
 * Inline tokens as Lit values. Every piece of text is interpolated, so Lit sets it as text: raw HTML
 * in the answer (`html` tokens) shows as the characters it is made of and never becomes markup.
 */
export function renderInline(
  tokens: readonly Token[] | undefined,
  context: MarkdownContext,
  inLink = false,
): unknown[] {
  return (tokens ?? []).map((token): unknown => {
    switch (token.type) {
      case 'text':
        return token.tokens
          ? renderInline(token.tokens, context, inLink)
          : inLink
            ? decodeEntities(token.text)
            : withCitations(decodeEntities(token.text), context);
      case 'escape':
        return token.text;
      case 'strong':
        return html`<strong>${renderInline(token.tokens, context, inLink)}</strong>`;
      case 'em':
        return html`<em>${renderInline(token.tokens, context, inLink)}</em>`;
      case 'del':
        return html`<del>${renderInline(token.tokens, context, inLink)}</del>`;
      case 'codespan':
        return html`<code part="code">${token.text}</code>`;
      case 'br':
        return html`<br />`;
      case 'link':
        return renderLink(token as Tokens.Link, context, inLink);
      case 'image':
        return renderImage(token as Tokens.Image, inLink);
      default:
        // `html` tokens and anything unknown: the source text, as text.
        return token.raw;
    }
  });
}
