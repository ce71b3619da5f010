import { LitElement, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { UIMessage } from '@tessera/core';
import type { Chat } from '@tessera/sdk';
import { TesseraCloseEvent } from '../events/close.js';
import { TesseraErrorEvent } from '../events/error.js';
import { TesseraMessageReceiveEvent } from '../events/message-receive.js';
import { TesseraMessageSubmitEvent } from '../events/message-submit.js';
import { TesseraOpenEvent } from '../events/open.js';
import type { ChatStrings } from '../i18n/chat-strings.js';
import { cachedStrings, loadStrings } from '../i18n/load-strings.js';
import { isRtl, resolveLocale, type Locale } from '../i18n/resolve-locale.js';
import { BlockLexer } from '../markdown/block-lexer.js';
import markdownStyles from '../markdown/markdown.styles.js';
import { plainText } from '../markdown/plain-text.js';
import { ChatController } from './chat-controller.js';
import styles from './chat.styles.js';
import { renderChat } from './chat-view.js';
import { errorKind } from './error-kind.js';
import messageStyles from './message.styles.js';
import { textOf } from './message-view.js';
import { lockScroll } from './scroll-lock.js';

/**
 * A chat with an assistant that answers from your documents: streamed markdown answers with
 * citations and sources, inline or behind a floating launcher.
 *
 * @summary Chat with a Tessera assistant, inline or behind a floating launcher.
 *
 * @event tessera-message-submit - Before a message is sent; cancelable. `detail.text` is the message.
 * @event tessera-message-receive - An answer completed. `detail.message` is the UI message.
 * @event tessera-error - An answer failed. `detail.error` is the SDK error, `detail.kind` is `offline`, `rate-limited` or `server`.
 * @event tessera-open - The launcher's panel opened.
 * @event tessera-close - The launcher's panel closed.
 *
 * @csspart base - The wrapper of everything in the element.
 * @csspart launcher - The floating button that opens the panel (launcher mode).
 * @csspart panel - The chat panel.
 * @csspart header - The panel's title bar.
 * @csspart title - The panel's title.
 * @csspart new-conversation-button - Starts a new conversation.
 * @csspart close-button - Closes the panel (launcher mode).
 * @csspart log - The list of messages.
 * @csspart empty - The greeting and starter prompts of an empty chat.
 * @csspart greeting - The greeting.
 * @csspart starters - The list of starter prompts.
 * @csspart starter - One starter prompt.
 * @csspart message - Every message; also `message-user` or `message-assistant`.
 * @csspart message-text - The text of a message.
 * @csspart message-actions - The buttons under an answer.
 * @csspart copy-button - Copies an answer.
 * @csspart regenerate-button - Asks for the last answer again.
 * @csspart typing - The indicator of an answer being written.
 * @csspart status - The line shown while the assistant searches.
 * @csspart heading - Headings in answers.
 * @csspart list - Lists in answers.
 * @csspart link - Links in answers.
 * @csspart table-scroll - The scroll box around a table.
 * @csspart table - Tables in answers.
 * @csspart blockquote - Quotes in answers.
 * @csspart rule - Horizontal rules in answers.
 * @csspart code - Inline code in answers.
 * @csspart code-block - A code block with its bar.
 * @csspart code-language - The language named by a code block.
 * @csspart copy-code-button - Copies a code block.
 * @csspart pre - The preformatted text of a code block.
 * @csspart citation - An inline citation marker.
 * @csspart citation-preview - The preview of a cited source, on hover and focus.
 * @csspart citation-title - The source's title in the preview.
 * @csspart citation-place - The source's page or headings in the preview.
 * @csspart citation-snippet - The quoted passage in the preview.
 * @csspart sources-section - The sources under an answer.
 * @csspart sources-heading - Their heading.
 * @csspart sources - Their list.
 * @csspart source - One source.
 * @csspart source-link - A source's title, linked to the original.
 * @csspart source-title - A source's title, when it has no safe link.
 * @csspart source-place - A source's page or headings.
 * @csspart source-snippet - The quoted passage of a source.
 * @csspart follow-ups - The follow-up questions under the last answer.
 * @csspart follow-up - One follow-up question.
 * @csspart error - The error message.
 * @csspart retry-button - Retries after an error.
 * @csspart form - The input area.
 * @csspart input - The text field.
 * @csspart send-button - The send button.
 * @csspart stop-button - Stops the answer being written.
 *
 * @cssproperty --tessera-accent - Brand color: launcher, user messages, buttons, citations.
 * @cssproperty --tessera-on-accent - Text and icons on the accent color.
 * @cssproperty --tessera-surface - Background of the panel.
 * @cssproperty --tessera-surface-muted - Background of answers and of hovered controls.
 * @cssproperty --tessera-text - Text color.
 * @cssproperty --tessera-text-muted - Secondary text.
 * @cssproperty --tessera-border - Separators and table borders.
 * @cssproperty --tessera-field-border - Border of the text field and suggestions.
 * @cssproperty --tessera-link - Links in answers.
 * @cssproperty --tessera-danger - Error messages.
 * @cssproperty --tessera-code-surface - Background of code blocks.
 * @cssproperty --tessera-code-text - Text of code blocks.
 * @cssproperty --tessera-radius - Corner radius of the panel and messages (12px).
 * @cssproperty --tessera-font - Font family (the system font).
 * @cssproperty --tessera-font-size - Base font size (15px).
 * @cssproperty --tessera-spacing - Base spacing unit (12px).
 * @cssproperty --tessera-launcher-size - Diameter of the launcher (56px).
 * @cssproperty --tessera-offset - Distance of the launcher from the viewport's edges (20px).
 * @cssproperty --tessera-panel-width - Width of the launcher's panel (380px).
 * @cssproperty --tessera-panel-height - Height of the launcher's panel (600px).
 * @cssproperty --tessera-z-index - Stacking order of the launcher and its panel (2147483000).
 */
export class TesseraChat extends LitElement {
  static override styles = [...styles, messageStyles, markdownStyles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** `inline` fills its container; `launcher` floats a button that opens the chat in a panel. */
  @property({ reflect: true }) mode: 'inline' | 'launcher' = 'inline';
  /** The Tessera server; defaults to the page's own origin. */
  @property({ attribute: 'base-url' }) baseUrl = '';
  /** A publishable key (`tpk_…`) that selects the assistant, when the server requires one. */
  @property({ attribute: 'api-key' }) apiKey = '';
  /** Whether the launcher's panel is open. Inline chats are always open. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** `light`, `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** The launcher's corner. */
  @property({ reflect: true }) position: 'left' | 'right' = 'right';
  /** Language of the chat (`fr`, `pt-BR`…); the browser's language when empty, English as a last resort. */
  @property() locale = '';
  /** First message of an empty chat; the locale's greeting when empty. */
  @property() greeting = '';
  /** Questions offered as buttons in an empty chat. As an attribute, a JSON array. */
  @property({ type: Array }) starters: string[] = [];
  /** Replacements for any of the built-in texts. */
  @property({ attribute: false }) strings: Partial<ChatStrings> = {};

  /** The last completed answer as plain text, for the polite live region. */
  @state() private announcement = '';

  @query('textarea') private input!: HTMLTextAreaElement | null;
  @query('.launcher') private launcher!: HTMLButtonElement | null;
  @query('.log') private log!: HTMLElement | null;

  #locale: Locale = 'en';
  #table: ChatStrings | undefined;
  #strings: ChatStrings | undefined;
  #stringsVersion = 0;
  #userToken: string | undefined;
  #lexers = new Map<string, BlockLexer>();
  #stick = true;
  #unlockScroll: (() => void) | undefined;

  private readonly controller = new ChatController(this, {
    onAnswer: (message) => {
      this.announcement = plainText(this.#blocksOf(message));
      this.dispatchEvent(new TesseraMessageReceiveEvent(message));
    },
    onError: (error) => this.dispatchEvent(new TesseraErrorEvent(error, errorKind(error))),
  });

  private get chat(): Chat {
    return this.controller.chatFor({
      baseURL: this.baseUrl || globalThis.location?.origin || '',
      apiKey: this.apiKey || undefined,
      userToken: this.#userToken,
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

  /** Sends `text` as the user's message, as if typed; resolves when the answer is over. */
  async send(text: string): Promise<void> {
    const message = text.trim();
    if (!message || !this.dispatchEvent(new TesseraMessageSubmitEvent(message))) return;
    this.#stick = true;
    await this.chat.send(message);
  }

  /** Stops the answer being written; what arrived so far stays. */
  stop(): void {
    this.controller.stop();
  }

  /** Asks for the last answer again (also the way to retry after an error). */
  async regenerate(): Promise<void> {
    if (this.controller.chat?.messages.length) await this.chat.regenerate();
  }

  /** Starts a new conversation: stops any answer and forgets the messages. */
  reset(): void {
    this.controller.reset();
    this.#lexers.clear();
    this.announcement = '';
    this.input?.focus();
  }

  /**
   * Sets the end user's token, issued by the host's backend, sent with every request from now on.
   * The conversation stays; call `reset()` too when a different person signs in.
   */
  setUser(token: string | undefined): void {
    this.#userToken = token || undefined;
  }

  /** Waits for the strings of the locale before rendering, so the chat never flashes English. */
  protected override async scheduleUpdate(): Promise<unknown> {
    const locale = resolveLocale(this.locale, globalThis.navigator?.language);
    if (locale !== this.#locale || !this.#table) {
      this.#table = cachedStrings(locale) ?? (await loadStrings(locale));
      this.#locale = locale;
      this.#strings = undefined;
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings') || !this.#strings) {
      this.#strings = { ...this.#table!, ...this.strings };
      this.#stringsVersion++;
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The script-tag loader may have drawn a launcher into this root already. Lit would anchor its
    // content before that node, which goes away after the first render: append instead.
    if ((root.firstChild as HTMLElement | null)?.dataset?.['loader'] !== undefined) {
      this.renderOptions.renderBefore = undefined;
    }
    return root;
  }

  protected override firstUpdated(): void {
    for (const node of this.renderRoot.querySelectorAll('[data-loader]')) node.remove();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') || changed.has('mode')) this.#updateScrollLock();
    if (changed.has('open') && this.mode === 'launcher' && changed.get('open') !== undefined) {
      if (this.open) {
        this.input?.focus();
        this.dispatchEvent(new TesseraOpenEvent());
      } else {
        this.launcher?.focus();
        this.dispatchEvent(new TesseraCloseEvent());
      }
    }
    if (this.#stick && this.log) this.log.scrollTop = this.log.scrollHeight;
    // Forget the lexers of messages that are gone (a new conversation, a regenerated answer).
    const ids = new Set(this.controller.chat?.messages.map((message) => message.id));
    for (const id of this.#lexers.keys()) if (!ids.has(id)) this.#lexers.delete(id);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlockScroll?.();
    this.#unlockScroll = undefined;
  }

  #updateScrollLock(): void {
    const fullScreen = this.mode === 'launcher' && this.open && matchMedia('(max-width: 480px)').matches;
    if (fullScreen && !this.#unlockScroll) this.#unlockScroll = lockScroll();
    if (!fullScreen && this.#unlockScroll) {
      this.#unlockScroll();
      this.#unlockScroll = undefined;
    }
  }

  #blocksOf = (message: UIMessage) => {
    let lexer = this.#lexers.get(message.id);
    if (!lexer) this.#lexers.set(message.id, (lexer = new BlockLexer()));
    return lexer.lex(textOf(message));
  };

  protected override render() {
    return renderChat({
      host: this,
      chat: this.controller.chat,
      strings: this.#strings!,
      stringsVersion: this.#stringsVersion,
      locale: this.#locale,
      rtl: isRtl(this.#locale),
      announcement: this.announcement,
      blocksOf: this.#blocksOf,
      // Following the answer down stops as soon as the reader scrolls up, and resumes at the bottom.
      onScroll: () => {
        const log = this.log!;
        this.#stick = log.scrollHeight - log.scrollTop - log.clientHeight < 24;
      },
      onKeydown: (event: KeyboardEvent) => {
        if (event.key === 'Escape' && this.mode === 'launcher' && this.open) this.hide();
      },
      onSubmit: (event: SubmitEvent) => {
        event.preventDefault();
        const input = this.input;
        const status = this.controller.chat?.status;
        if (!input || !input.value.trim() || status === 'submitted' || status === 'streaming') return;
        const text = input.value;
        input.value = '';
        void this.send(text);
      },
    });
  }
}
