import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Chat } from '@tessera/sdk';
import { TesseraMessageSubmitEvent } from '../events/message-submit.js';
import { TesseraCloseEvent, TesseraOpenEvent } from '../events/open-change.js';
import { ChatController } from './chat-controller.js';
import styles from './chat.styles.js';
import { renderMessage } from './message-view.js';
import { strings } from './strings.js';

/**
 * A chat with an assistant that answers from your documents, streaming its answers with sources.
 *
 * @summary Chat with a Tessera assistant, inline or behind a floating launcher.
 *
 * @event tessera-message-submit - Before a message is sent; cancelable. `detail.text` is the message.
 * @event tessera-open - The launcher's panel opened.
 * @event tessera-close - The launcher's panel closed.
 *
 * @csspart launcher - The floating button that opens the panel (launcher mode).
 * @csspart panel - The chat panel.
 * @csspart header - The panel's title bar.
 * @csspart log - The list of messages.
 * @csspart message - Every message; also `message-user` / `message-assistant`.
 * @csspart message-text - The text of a message.
 * @csspart sources - The list of sources under an answer.
 * @csspart source - One source.
 * @csspart form - The input area.
 * @csspart input - The text field.
 * @csspart send-button - The send button.
 * @csspart stop-button - The button that stops an answer.
 *
 * @cssproperty --tessera-accent - Brand color of the launcher, header, user messages and buttons.
 * @cssproperty --tessera-on-accent - Text color on the accent.
 * @cssproperty --tessera-surface - Background of the panel.
 * @cssproperty --tessera-text - Text color.
 * @cssproperty --tessera-radius - Corner radius of the panel and messages.
 * @cssproperty --tessera-font - Font family.
 * @cssproperty --tessera-panel-width - Width of the launcher's panel.
 * @cssproperty --tessera-panel-height - Height of the launcher's panel.
 * @cssproperty --tessera-launcher-size - Diameter of the launcher button.
 * @cssproperty --tessera-z-index - Stacking order of the launcher and its panel.
 */
export class TesseraChat extends LitElement {
  static override styles = styles;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** `inline` fills its container; `launcher` floats a button that opens the chat in a panel. */
  @property({ reflect: true }) mode: 'inline' | 'launcher' = 'inline';

  /** The Tessera server; defaults to the page's own origin. */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** A publishable key (`tpk_…`) that selects the assistant, when the server requires one. */
  @property({ attribute: 'api-key' }) apiKey = '';

  /** Whether the launcher's panel is open. Inline chats are always open. */
  @property({ type: Boolean, reflect: true }) open = false;

  @query('textarea') private input!: HTMLTextAreaElement | null;
  @query('.launcher') private launcher!: HTMLButtonElement | null;
  @query('.log') private log!: HTMLElement | null;

  private readonly controller = new ChatController(this);

  private get chat(): Chat {
    return this.controller.chatFor({
      baseURL: this.baseUrl || globalThis.location?.origin || '',
      apiKey: this.apiKey || undefined,
    });
  }

  /** Opens the launcher's panel and moves focus into it. */
  show(): void {
    this.open = true;
  }

  /** Closes the launcher's panel and gives focus back to the launcher. */
  hide(): void {
    this.open = false;
  }

  /** Opens a closed panel, closes an open one. */
  toggle(): void {
    this.open = !this.open;
  }

  /** Sends `text` as the user's message, as if typed. */
  async send(text: string): Promise<void> {
    const message = text.trim();
    if (!message) return;
    if (!this.dispatchEvent(new TesseraMessageSubmitEvent(message))) return;
    await this.chat.send(message);
  }

  /** Stops the answer being streamed; what arrived so far stays. */
  stop(): void {
    this.controller.chat?.stop();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.mode === 'launcher' && changed.get('open') !== undefined) {
      if (this.open) {
        this.input?.focus();
        this.dispatchEvent(new TesseraOpenEvent());
      } else {
        this.launcher?.focus();
        this.dispatchEvent(new TesseraCloseEvent());
      }
    }
    this.log?.scrollTo({ top: this.log.scrollHeight });
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.input;
    if (!input || !input.value.trim() || this.busy) return;
    const text = input.value;
    input.value = '';
    void this.send(text);
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      (event.target as HTMLTextAreaElement).form?.requestSubmit();
    }
  }

  private handlePanelKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.mode === 'launcher') this.hide();
  }

  private get busy(): boolean {
    const status = this.controller.chat?.status;
    return status === 'submitted' || status === 'streaming';
  }

  private renderPanel() {
    const chat = this.controller.chat;
    const messages = chat?.messages ?? [];
    const launcher = this.mode === 'launcher';
    return html`<section
      part="panel"
      class="panel"
      id="panel"
      role=${launcher ? 'dialog' : 'region'}
      aria-label=${strings.title}
      ?hidden=${launcher && !this.open}
      @keydown=${this.handlePanelKeydown}
    >
      <header part="header">
        <h2>${strings.title}</h2>
        ${
          launcher
            ? html`<button class="close" type="button" aria-label=${strings.close} @click=${this.hide}>
                ×
              </button>`
            : nothing
        }
      </header>
      <div part="log" class="log" role="log" aria-live="polite">
        ${
          messages.length === 0
            ? html`<p class="status">${strings.greeting}</p>`
            : messages.map((message) => renderMessage(message, strings))
        }
        ${chat?.status === 'submitted' ? html`<p class="status" role="status">${strings.thinking}</p>` : nothing}
        ${
          chat?.status === 'error'
            ? html`<p class="error" role="alert">
                ${chat.error?.message || strings.failed}
                <button type="button" @click=${() => void chat.regenerate()}>${strings.retry}</button>
              </p>`
            : nothing
        }
      </div>
      <form part="form" @submit=${this.handleSubmit}>
        <label class="visually-hidden" for="input">${strings.input}</label>
        <textarea
          part="input"
          id="input"
          rows="1"
          placeholder=${strings.placeholder}
          @keydown=${this.handleKeydown}
        ></textarea>
        ${
          this.busy
            ? html`<button part="stop-button" type="button" @click=${this.stop}>${strings.stop}</button>`
            : html`<button part="send-button" type="submit">${strings.send}</button>`
        }
      </form>
    </section>`;
  }

  protected override render() {
    if (this.mode === 'inline') return this.renderPanel();
    return html`${this.renderPanel()}
      <button
        part="launcher"
        class="launcher"
        type="button"
        aria-label=${this.open ? strings.close : strings.open}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.toggle}
      >
        <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">
          <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z" />
        </svg>
      </button>`;
  }
}
