import '../tessera-chat.js';

/**
 * The script-tag entry: `<script src="https://your-server/widget.js" async>` mounts a launcher.
 * It reads its options from the tag's `data-*` attributes; the server defaults to the script's own
 * origin, so the one line works unchanged on any page.
 */
function mount(script: HTMLScriptElement | null): void {
  const data = script?.dataset ?? {};
  const chat = document.createElement('tessera-chat');
  chat.mode = data['mode'] === 'inline' ? 'inline' : 'launcher';
  chat.baseUrl = data['baseUrl'] || (script?.src ? new URL(script.src).origin : location.origin);
  if (data['key']) chat.apiKey = data['key'];
  if (data['open'] === 'true') chat.open = true;
  // Inline chats without a server of their own (like the demo page's) use the script's server too.
  for (const inline of document.querySelectorAll('tessera-chat:not([base-url])')) {
    inline.setAttribute('base-url', chat.baseUrl);
  }
  document.body.append(chat);
}

// `document.currentScript` is only set while the script first runs, so read it now.
const script = document.currentScript as HTMLScriptElement | null;
if (document.body) mount(script);
else document.addEventListener('DOMContentLoaded', () => mount(script), { once: true });
