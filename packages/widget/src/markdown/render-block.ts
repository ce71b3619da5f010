import { html, nothing, type TemplateResult } from 'lit';
import type { Token, Tokens } from 'marked';
import { renderCodeBlock } from './code-block.js';
import type { MarkdownContext } from './markdown-context.js';
import { renderInline } from './render-inline.js';

function renderHeading(token: Tokens.Heading, context: MarkdownContext): TemplateResult {
  const content = renderInline(token.tokens, context);
  // Answers sit below the panel's own heading, so their headings start one level lower, styled alike.
  switch (Math.min(token.depth, 4)) {
    case 1:
      return html`<h3 part="heading">${content}</h3>`;
    case 2:
      return html`<h4 part="heading">${content}</h4>`;
    case 3:
      return html`<h5 part="heading">${content}</h5>`;
    default:
      return html`<h6 part="heading">${content}</h6>`;
  }
}

function renderListItem(item: Tokens.ListItem, context: MarkdownContext): TemplateResult {
  // Tight items hold `text` blocks (inline content); loose ones hold paragraphs.
  return html`<li>${item.tokens.map((token) => renderBlock(token, context))}</li>`;
}

function renderList(token: Tokens.List, context: MarkdownContext): TemplateResult {
  const items = token.items.map((item) => renderListItem(item, context));
  return token.ordered
    ? html`<ol part="list" start=${token.start === '' || token.start === 1 ? nothing : token.start}>
        ${items}
      </ol>`
    : html`<ul part="list">
        ${items}
      </ul>`;
}

function renderTable(token: Tokens.Table, context: MarkdownContext): TemplateResult {
  // A class, not a style attribute: a strict CSP blocks style attributes.
  const align = (cell: Tokens.TableCell) => (cell.align ? `align-${cell.align}` : nothing);
  // Wide tables scroll inside their own box rather than widening the panel.
  return html`<div class="table" part="table-scroll">
    <table part="table">
      <thead>
        <tr>
          ${token.header.map((cell) => html`<th class=${align(cell)}>${renderInline(cell.tokens, context)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${token.rows.map(
          (row) =>
            html`<tr>
              ${row.map((cell) => html`<td class=${align(cell)}>${renderInline(cell.tokens, context)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** One block token as a Lit template; unknown and raw-HTML blocks render as their source text. */
export function renderBlock(token: Token, context: MarkdownContext): unknown {
  switch (token.type) {
    case 'paragraph':
      return html`<p>${renderInline(token.tokens, context)}</p>`;
    case 'text':
      // Inline content of a tight list item.
      return token.tokens ? renderInline(token.tokens, context) : token.text;
    case 'heading':
      return renderHeading(token as Tokens.Heading, context);
    case 'list':
      return renderList(token as Tokens.List, context);
    case 'table':
      return renderTable(token as Tokens.Table, context);
    case 'code':
      return renderCodeBlock(token as Tokens.Code, context);
    case 'blockquote':
      return html`<blockquote part="blockquote">
        ${(token as Tokens.Blockquote).tokens.map((child) => renderBlock(child, context))}
      </blockquote>`;
    case 'checkbox':
      // A task list item's box; shown, not interactive: the answer is not a form.
      return (token as Tokens.Checkbox).checked ? '☑ ' : '☐ ';
    case 'hr':
      return html`<hr part="rule" />`;
    case 'space':
    case 'def':
      return nothing;
    default:
      return html`<p>${token.raw.trim()}</p>`;
  }
}
