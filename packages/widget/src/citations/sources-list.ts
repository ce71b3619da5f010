import { html, nothing, type TemplateResult } from 'lit';
import type { SourceInfo } from './source-info.js';

function renderSource(source: SourceInfo): TemplateResult {
  // Titles, places and snippets come from documents: interpolated, so Lit sets them as text.
  return html`<li part="source" value=${source.index} data-source-index=${source.index} tabindex="-1">
    ${
      source.href
        ? html`<a part="source-link" href=${source.href} target="_blank" rel="noopener noreferrer"
            >${source.title}</a
          >`
        : html`<span part="source-title">${source.title}</span>`
    }
    ${source.place ? html`<span part="source-place">${source.place}</span>` : nothing}
    ${source.snippet ? html`<p part="source-snippet">${source.snippet}</p>` : nothing}
  </li>`;
}

/** The numbered sources under an answer; clicking a citation brings focus here. */
export function renderSources(
  sources: readonly SourceInfo[],
  heading: string,
): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  // Not a labelled <section>: one region landmark per answer would drown the page's landmarks.
  return html`<div part="sources-section" class="sources">
    <h3 part="sources-heading">${heading}</h3>
    <ol part="sources">
      ${sources.map(renderSource)}
    </ol>
  </div>`;
}
