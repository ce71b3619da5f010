import type { TesseraChat } from '../chat/chat.js';
import { resolveLocale } from '../i18n/resolve-locale.js';
import { drawLauncher } from './draw-launcher.js';
import { launcherLabels } from './launcher-labels.js';
import type { WidgetOptions } from './widget-options.js';

/** Set by the bundle build to the hashed name of the chat's entry chunk, relative to the loader. */
declare const __TESSERA_CHAT_ENTRY__: string | undefined;

const CHAT_ENTRY =
  typeof __TESSERA_CHAT_ENTRY__ === 'string' ? __TESSERA_CHAT_ENTRY__ : 'widget/tessera-chat.js';

const idle = (callback: () => void) =>
  'requestIdleCallback' in globalThis
    ? requestIdleCallback(callback, { timeout: 4000 })
    : setTimeout(callback, 2000);

/**
 * One widget mounted by the script tag: a `<tessera-chat>` that shows a launcher drawn without Lit,
 * and loads the chat (Lit, the SDK, the markdown parser) on first interaction, on idle when asked,
 * or at once for inline and pre-opened chats. Methods work before the chat is loaded: they load it.
 */
export class WidgetInstance {
  /** The `<tessera-chat>` element; a full `TesseraChat` once `load()` resolves. */
  readonly element: HTMLElement;
  #loading: Promise<TesseraChat> | undefined;
  #observer: MutationObserver | undefined;
  #destroyed = false;

  constructor(
    readonly options: WidgetOptions,
    private readonly onDestroy: (instance: WidgetInstance) => void,
  ) {
    const element = (this.element = document.createElement('tessera-chat'));
    const attributes: Record<string, string | undefined> = {
      mode: options.mode,
      'base-url': options.baseUrl,
      'api-key': options.key,
      locale: options.locale,
      theme: options.theme,
      position: options.position,
    };
    for (const [name, value] of Object.entries(attributes)) if (value) element.setAttribute(name, value);
    if (options.mode === 'launcher' && !customElements.get('tessera-chat')) {
      const button = drawLauncher(element, launcherLabels[resolveLocale(options.locale, navigator.language)]);
      button.addEventListener('click', () => void this.open());
      // Pointing at or focusing the launcher announces a click: start fetching now.
      for (const type of ['pointerenter', 'focus']) button.addEventListener(type, () => void this.load());
    }
    let target: Element = document.body;
    try {
      target = (options.target && document.querySelector(options.target)) || target;
    } catch {
      // A malformed data-target selector: the body will do.
    }
    target.append(element);
    if (target === document.body) this.#keepMounted();
    if (options.open) void this.open();
    else if (options.mode === 'inline') void this.load();
    else if (options.preload === 'idle') idle(() => void this.load());
  }

  /** Loads the chat once; resolves with the upgraded, rendered element. */
  load(): Promise<TesseraChat> {
    this.#loading ??= import(/* @vite-ignore */ new URL(CHAT_ENTRY, this.options.src).href)
      .then(() => customElements.whenDefined('tessera-chat'))
      .then(async () => {
        const chat = this.element as TesseraChat;
        await chat.updateComplete;
        return chat;
      })
      .catch((error: unknown) => {
        // A failed fetch (offline, a deploy in progress) may work on the next click.
        this.#loading = undefined;
        throw error;
      });
    return this.#loading;
  }

  /** Opens the panel. */
  async open(): Promise<void> {
    (await this.load()).show();
  }

  /** Closes the panel. */
  async close(): Promise<void> {
    (await this.load()).hide();
  }

  /** Opens a closed panel, closes an open one. */
  async toggle(): Promise<void> {
    (await this.load()).toggle();
  }

  /** Sends a message as if the user typed it. */
  async send(text: string): Promise<void> {
    await (await this.load()).send(text);
  }

  /** Starts a new conversation. */
  async reset(): Promise<void> {
    (await this.load()).reset();
  }

  /** Sets the end user's token for the next requests. */
  async setUser(token: string | undefined): Promise<void> {
    (await this.load()).setUser(token);
  }

  /** Removes the widget from the page for good; its answer, if one is streaming, stops. */
  destroy(): void {
    this.#destroyed = true;
    this.#observer?.disconnect();
    this.element.remove();
    this.onDestroy(this);
  }

  /**
   * Single-page apps may replace the body's children, or the body itself, on navigation. The
   * launcher belongs to the page, not to one view: put it back. Only the body's and the root's own
   * child lists are watched, so the page's other DOM work costs nothing.
   */
  #keepMounted(): void {
    const observer = (this.#observer = new MutationObserver(() => {
      if (this.#destroyed) return;
      if (!this.element.isConnected) document.body.append(this.element);
      watch();
    }));
    const watch = () => {
      observer.disconnect();
      observer.observe(document.documentElement, { childList: true });
      observer.observe(document.body, { childList: true });
    };
    watch();
  }
}
