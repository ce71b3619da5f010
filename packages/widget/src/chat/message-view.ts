import { html, nothing, type TemplateResult } from 'lit';
import { getSourceMetadata, type UIMessage, type UIMessagePart } from '@tessera/core';
import { safeUrl } from './safe-url.js';

type SourcePart = Extract<UIMessagePart, { type: 'source-document' | 'source-url' }>;

const isSource = (part: UIMessagePart): part is SourcePart =>
  part.type === 'source-document' || part.type === 'source-url';

function textOf(message: UIMessage): string {
  return message.parts.map((part) => (part.type === 'text' ? (part as { text: string }).text : '')).join('');
}

function renderSource(part: SourcePart, position: number): TemplateResult {
  const meta = getSourceMetadata(part);
  const title = part.title ?? (part.type === 'source-url' ? part.url : 'Source');
  const href = safeUrl(part.type === 'source-url' ? part.url : meta?.url);
  const place = meta?.page ? `page ${meta.page}` : meta?.headingPath.slice(1).join(' › ');
  // Every value below is interpolated as text by Lit, so titles and snippets cannot inject markup.
  return html`<li part="source" value=${meta?.index ?? position}>
    ${
      href
        ? html`<a part="source-link" href=${href} target="_blank" rel="noopener noreferrer">${title}</a>`
        : html`<span part="source-title">${title}</span>`
    }
    ${place ? html`<span part="source-place">${place}</span>` : nothing}
    ${meta?.snippet ? html`<p part="source-snippet">${meta.snippet}</p>` : nothing}
  </li>`;
}

/** One message: its text, and for answers the sources it cites. */
export function renderMessage(message: UIMessage, labels: { sources: string }): TemplateResult {
  const sources = message.parts.filter(isSource);
  return html`<article part="message message-${message.role}" class="message ${message.role}">
    <div part="message-text" class="text">${textOf(message)}</div>
    ${
      sources.length > 0
        ? html`<section part="sources-section" aria-label=${labels.sources}>
            <h3 part="sources-heading">${labels.sources}</h3>
            <ol part="sources">
              ${sources.map((part, i) => renderSource(part, i + 1))}
            </ol>
          </section>`
        : nothing
    }
  </article>`;
}
