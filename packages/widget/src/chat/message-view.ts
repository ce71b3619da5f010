import { html, nothing, type TemplateResult } from 'lit';
import type { Token } from 'marked';
import type { UIMessage } from '@tessera/core';
import { renderCitation } from '../citations/citation-marker.js';
import { renderSources } from '../citations/sources-list.js';
import { sourcesOf } from '../citations/source-info.js';
import { formatString, type ChatStrings } from '../i18n/chat-strings.js';
import { copyText } from '../internal/copy-text.js';
import type { MarkdownContext } from '../markdown/markdown-context.js';
import { renderMarkdown } from '../markdown/render-markdown.js';
import { icons } from './icons.js';

/** What a message needs from the chat around it. */
export interface MessageViewContext {
  strings: ChatStrings;
  /** Changes with `strings`, so frozen markdown blocks re-render when the language changes. */
  stringsVersion: number;
  /** The markdown blocks of an assistant message, lexed incrementally by the chat. */
  blocksOf(message: UIMessage): readonly Token[];
  /** Whether this message is the answer being streamed. */
  streaming: boolean;
  /** Whether regenerate applies: the last answer, nothing running. */
  canRegenerate: boolean;
  regenerate(): void;
}

/** The text of a message, its text parts joined. */
export function textOf(message: UIMessage): string {
  return message.parts.map((part) => (part.type === 'text' ? (part as { text: string }).text : '')).join('');
}

/** Follow-up suggestions the server attached to an answer as a `data-follow-ups` part. */
export function followUpsOf(message: UIMessage | undefined): string[] {
  const part = message?.parts.findLast((p) => p.type === 'data-follow-ups') as { data?: unknown } | undefined;
  const data = part?.data;
  return Array.isArray(data)
    ? data.filter((item): item is string => typeof item === 'string').slice(0, 5)
    : [];
}

function renderActions(message: UIMessage, view: MessageViewContext): TemplateResult {
  const { strings } = view;
  return html`<div part="message-actions" class="actions">
    <button
      part="copy-button"
      class="icon-button"
      type="button"
      aria-label=${strings.copy}
      title=${strings.copy}
      @click=${(event: Event) => void copyText(textOf(message), event.currentTarget as HTMLElement)}
    >
      ${icons.copy}<span class="visually-hidden when-copied" aria-live="polite">${strings.copied}</span>
    </button>
    ${
      view.canRegenerate
        ? html`<button
            part="regenerate-button"
            class="icon-button"
            type="button"
            aria-label=${strings.regenerate}
            title=${strings.regenerate}
            @click=${view.regenerate}
          >
            ${icons.regenerate}
          </button>`
        : nothing
    }
  </div>`;
}

function renderAnswer(message: UIMessage, view: MessageViewContext): TemplateResult {
  const { strings } = view;
  const sources = sourcesOf(message, strings);
  const byIndex = new Map(sources.map((source) => [source.index, source]));
  const context: MarkdownContext = {
    citation: (n) => {
      const source = byIndex.get(n);
      return source && renderCitation(source, formatString(strings.citation, n));
    },
    copyCode: strings.copyCode,
    copied: strings.copied,
    version: `${view.stringsVersion}:${sources.map((source) => source.index).join()}`,
  };
  return html`<article
    part="message message-assistant"
    class="message assistant"
    aria-label=${strings.assistantLabel}
    aria-busy=${view.streaming ? 'true' : 'false'}
  >
    <div part="message-text" class="bubble markdown">
      ${renderMarkdown(view.blocksOf(message), context)}
      ${
        view.streaming
          ? html`<span part="typing" class="dots" aria-hidden="true"><i></i><i></i><i></i></span>`
          : nothing
      }
    </div>
    ${renderSources(sources, strings.sources)} ${view.streaming ? nothing : renderActions(message, view)}
  </article>`;
}

/** One message: the user's as plain text, the assistant's as markdown with citations and sources. */
export function renderMessage(message: UIMessage, view: MessageViewContext): TemplateResult {
  if (message.role !== 'assistant') {
    return html`<article
      part="message message-user"
      class="message user"
      aria-label=${view.strings.userLabel}
    >
      <div part="message-text">${textOf(message)}</div>
    </article>`;
  }
  return renderAnswer(message, view);
}
