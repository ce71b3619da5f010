import { html, type TemplateResult } from 'lit';
import type { Tokens } from 'marked';
import { copyText } from '../internal/copy-text.js';
import type { MarkdownContext } from './markdown-context.js';

function handleCopy(event: Event): void {
  const button = event.currentTarget as HTMLElement;
  const code = button.closest('.code-block')?.querySelector('code')?.textContent ?? '';
  void copyText(code, button);
}

/** A fenced or indented code block, with its language and a copy button. */
export function renderCodeBlock(token: Tokens.Code, context: MarkdownContext): TemplateResult {
  // The block scrolls sideways, so it takes focus: keyboard users can scroll it too.
  return html`<div part="code-block" class="code-block">
    <div class="code-bar">
      <span part="code-language">${token.lang?.split(/\s/)[0] ?? ''}</span>
      <button part="copy-code-button" class="copy" type="button" @click=${handleCopy}>
        <span class="when-idle">${context.copyCode}</span
        ><span class="when-copied" aria-live="polite">${context.copied}</span>
      </button>
    </div>
    <pre part="pre" tabindex="0"><code>${token.text}</code></pre>
  </div>`;
}
