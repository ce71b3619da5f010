import { html, nothing, type TemplateResult } from 'lit';
import type { SourceInfo } from './source-info.js';

let nextId = 0;

/** Moves focus to the cited source in the list under the answer. */
function handleClick(event: Event): void {
  const button = event.currentTarget as HTMLElement;
  const index = button.dataset['source'] ?? '';
  const item = button
    .closest('[part~="message"]')
    ?.querySelector<HTMLElement>(`[part~="source"][data-source-index="${CSS.escape(index)}"]`);
  item?.scrollIntoView({ block: 'nearest' });
  item?.focus();
}

/**
 * Escape hides an open preview (WCAG 1.4.13: content on hover or focus is dismissable) without
 * closing the panel; a second Escape closes the panel as usual.
 */
function handleKeydown(event: KeyboardEvent): void {
  const wrapper = (event.currentTarget as HTMLElement).parentElement;
  if (event.key !== 'Escape' || !wrapper || wrapper.hasAttribute('data-dismissed')) return;
  event.stopPropagation();
  wrapper.setAttribute('data-dismissed', '');
  const restore = () => wrapper.removeAttribute('data-dismissed');
  wrapper.addEventListener('focusout', restore, { once: true });
  wrapper.addEventListener('mouseleave', restore, { once: true });
}

/**
 * An inline `[n]` marker: a button whose preview of the source (title, place, snippet) shows on
 * hover and on focus, and is its accessible description.
 */
export function renderCitation(source: SourceInfo, label: string): TemplateResult {
  const id = `citation-${++nextId}`;
  return html`<span class="citation"
    ><button
      part="citation"
      type="button"
      aria-label=${label}
      aria-describedby=${id}
      data-source=${source.index}
      @click=${handleClick}
      @keydown=${handleKeydown}
    >
      ${source.index}</button
    ><span part="citation-preview" class="preview" role="tooltip" id=${id}
      ><strong part="citation-title">${source.title}</strong>
      ${source.place ? html`<span part="citation-place">${source.place}</span>` : nothing}
      ${source.snippet ? html`<span part="citation-snippet">${source.snippet}</span>` : nothing}</span
    ></span
  >`;
}
