import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Token } from 'marked';
import type { UIMessage } from '@tessera/core';
import type { Chat } from '@tessera/sdk';
import type { ChatStrings } from '../i18n/chat-strings.js';
import type { Locale } from '../i18n/resolve-locale.js';
import type { TesseraChat } from './chat.js';
import { errorKind, errorMessage } from './error-kind.js';
import { icons } from './icons.js';
import { followUpsOf, renderMessage } from './message-view.js';

/** Everything the chat's template needs; the element owns the state, this module only draws it. */
export interface ChatView {
  host: TesseraChat;
  chat: Chat | undefined;
  strings: ChatStrings;
  stringsVersion: number;
  locale: Locale;
  rtl: boolean;
  announcement: string;
  blocksOf(message: UIMessage): readonly Token[];
  onScroll(): void;
  onKeydown(event: KeyboardEvent): void;
  onSubmit(event: SubmitEvent): void;
}

function handleInputKeydown(event: KeyboardEvent): void {
  // Enter sends, Shift+Enter adds a line; Enter that confirms an IME composition does neither.
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    (event.target as HTMLTextAreaElement).form?.requestSubmit();
  }
}

function renderSuggestions(host: TesseraChat, items: readonly string[], part: string, label: string) {
  if (items.length === 0) return nothing;
  return html`<ul part=${`${part}s`} class="suggestions" aria-label=${label}>
    ${items.map(
      (text) =>
        html`<li>
          <button part=${part} class="suggestion" type="button" @click=${() => void host.send(text)}>
            ${text}
          </button>
        </li>`,
    )}
  </ul>`;
}

function renderLog(view: ChatView): unknown {
  const { host, chat, strings } = view;
  const messages = chat?.messages ?? [];
  const status = chat?.status ?? 'ready';
  const busy = status === 'submitted' || status === 'streaming';
  const last = messages.at(-1);
  if (messages.length === 0) {
    return html`<div part="empty" class="empty">
      <p part="greeting" class="bubble">${host.greeting || strings.greeting}</p>
      ${renderSuggestions(host, host.starters, 'starter', strings.starters)}
    </div>`;
  }
  const error = status === 'error' ? errorKind(chat?.error) : undefined;
  return html`${repeat(
    messages,
    (message) => message.id,
    (message) =>
      renderMessage(message, {
        strings,
        stringsVersion: view.stringsVersion,
        blocksOf: view.blocksOf,
        streaming: busy && message === last,
        // After an error, the retry button does this job.
        canRegenerate: status === 'ready' && message === last,
        regenerate: () => void host.regenerate(),
      }),
  )}
  ${
    status === 'submitted'
      ? html`<p part="status" class="status">
          <span class="dots" aria-hidden="true"><i></i><i></i><i></i></span>${strings.thinking}
        </p>`
      : nothing
  }
  ${
    status === 'ready' && last?.role === 'assistant'
      ? renderSuggestions(host, followUpsOf(last), 'follow-up', strings.followUps)
      : nothing
  }
  ${
    error
      ? html`<div part="error" class="error" role="alert">
          <p>${errorMessage(error, strings)}</p>
          <button part="retry-button" class="primary" type="button" @click=${() => void host.regenerate()}>
            ${strings.retry}
          </button>
        </div>`
      : nothing
  }`;
}

function renderPanel(view: ChatView): TemplateResult {
  const { host, strings } = view;
  const launcher = host.mode === 'launcher';
  const status = view.chat?.status;
  const busy = status === 'submitted' || status === 'streaming';
  return html`<section
    part="panel"
    class="panel"
    id="panel"
    role=${launcher ? 'dialog' : 'region'}
    aria-label=${strings.title}
    dir=${view.rtl ? 'rtl' : 'ltr'}
    lang=${view.locale}
    ?hidden=${launcher && !host.open}
  >
    <header part="header">
      <h2 part="title">${strings.title}</h2>
      <button
        part="new-conversation-button"
        class="icon-button"
        type="button"
        aria-label=${strings.newConversation}
        title=${strings.newConversation}
        @click=${() => host.reset()}
      >
        ${icons.newConversation}
      </button>
      ${
        launcher
          ? html`<button
              part="close-button"
              class="icon-button"
              type="button"
              aria-label=${strings.close}
              title=${strings.close}
              @click=${() => host.hide()}
            >
              ${icons.close}
            </button>`
          : nothing
      }
    </header>
    <div part="log" class="log" role="log" aria-live="off" @scroll=${view.onScroll}>${renderLog(view)}</div>
    <form part="form" @submit=${view.onSubmit}>
      <textarea
        part="input"
        rows="1"
        aria-label=${strings.input}
        placeholder=${strings.placeholder}
        @keydown=${handleInputKeydown}
      ></textarea>
      ${
        busy
          ? html`<button
              part="stop-button"
              class="send"
              type="button"
              aria-label=${strings.stop}
              title=${strings.stop}
              @click=${() => host.stop()}
            >
              ${icons.stop}
            </button>`
          : html`<button
              part="send-button"
              class="send"
              type="submit"
              aria-label=${strings.send}
              title=${strings.send}
            >
              ${icons.send}
            </button>`
      }
    </form>
  </section>`;
}

/** The whole shadow tree: panel, launcher (in launcher mode) and the live region for answers. */
export function renderChat(view: ChatView): TemplateResult {
  const { host, strings } = view;
  return html`<div part="base" class="base" @keydown=${view.onKeydown}>
    ${renderPanel(view)}
    ${
      host.mode === 'launcher'
        ? html`<button
            part="launcher"
            class="launcher"
            type="button"
            aria-label=${host.open ? strings.close : strings.open}
            aria-expanded=${host.open ? 'true' : 'false'}
            aria-controls="panel"
            @click=${() => host.toggle()}
          >
            ${host.open ? icons.close : icons.chat}
          </button>`
        : nothing
    }
    <div class="visually-hidden" role="status" aria-live="polite" lang=${view.locale}>
      ${view.announcement}
    </div>
  </div>`;
}
