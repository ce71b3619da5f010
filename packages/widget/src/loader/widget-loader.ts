import { createRegistry } from './widget-registry.js';
import { readOptions } from './widget-options.js';

/**
 * The script-tag entry: `<script src="https://your-server/widget.js" data-key="tpk_…" async>`.
 * It mounts a launcher and nothing else; the chat itself is fetched when the reader reaches for it.
 */

// `document.currentScript` is only set while the script first runs, so read it now.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');
const registry = (window.TesseraWidget ??= createRegistry());

function mount(): void {
  const options = readOptions(script, location.href);
  // Chats written into the page (`<tessera-chat mode="inline">`) talk to this script's server too,
  // with its key, unless they name their own.
  const pageChats = document.querySelectorAll('tessera-chat:not([base-url])');
  for (const chat of pageChats) {
    chat.setAttribute('base-url', options.baseUrl);
    if (options.key && !chat.hasAttribute('api-key')) chat.setAttribute('api-key', options.key);
  }
  const instance = registry.mount(options, script);
  if (pageChats.length > 0) void instance.load();
}

if (document.body) mount();
else document.addEventListener('DOMContentLoaded', mount, { once: true });
