import { css } from 'lit';

/* Everything sits in @layer tessera so that a host page can override it with ordinary CSS. */
export default css`
  @layer tessera {
    :host {
      --tessera-accent: #4f46e5;
      --tessera-on-accent: #ffffff;
      --tessera-surface: #ffffff;
      --tessera-surface-muted: #f3f4f6;
      --tessera-text: #111827;
      --tessera-text-muted: #4b5563;
      --tessera-radius: 12px;
      --tessera-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
      --tessera-panel-width: 380px;
      --tessera-panel-height: 560px;
      --tessera-launcher-size: 56px;
      --tessera-z-index: 2147483000;
      display: block;
      font-family: var(--tessera-font);
      font-size: 15px;
      line-height: 1.5;
      color: var(--tessera-text);
    }
    :host([mode='launcher']) {
      position: fixed;
      inset: auto 20px 20px auto;
      z-index: var(--tessera-z-index);
    }
    [hidden] {
      display: none !important;
    }
    .launcher {
      width: var(--tessera-launcher-size);
      height: var(--tessera-launcher-size);
      border: 0;
      border-radius: 50%;
      background: var(--tessera-accent);
      color: var(--tessera-on-accent);
      cursor: pointer;
      box-shadow: 0 6px 24px rgb(0 0 0 / 0.2);
      display: grid;
      place-items: center;
      margin-left: auto;
    }
    .launcher svg {
      width: 26px;
      height: 26px;
    }
    .panel {
      display: flex;
      flex-direction: column;
      box-sizing: border-box;
      height: 100%;
      min-height: 240px;
      background: var(--tessera-surface);
      border: 1px solid rgb(0 0 0 / 0.12);
      border-radius: var(--tessera-radius);
      overflow: hidden;
    }
    :host([mode='launcher']) .panel {
      width: min(var(--tessera-panel-width), calc(100vw - 40px));
      height: min(var(--tessera-panel-height), calc(100vh - 120px));
      margin-bottom: 12px;
      box-shadow: 0 12px 48px rgb(0 0 0 / 0.25);
    }
    header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      padding: 10px 14px;
      background: var(--tessera-accent);
      color: var(--tessera-on-accent);
    }
    header h2 {
      margin: 0;
      font-size: 1em;
    }
    .close {
      border: 0;
      background: transparent;
      color: inherit;
      font-size: 1.4em;
      line-height: 1;
      cursor: pointer;
    }
    .log {
      flex: 1;
      overflow-y: auto;
      padding: 14px;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .message {
      max-width: 92%;
      padding: 8px 12px;
      border-radius: var(--tessera-radius);
      background: var(--tessera-surface-muted);
      overflow-wrap: anywhere;
    }
    .message.user {
      align-self: flex-end;
      background: var(--tessera-accent);
      color: var(--tessera-on-accent);
    }
    .text {
      white-space: pre-wrap;
    }
    h3 {
      margin: 10px 0 4px;
      font-size: 0.8em;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--tessera-text-muted);
    }
    ol {
      margin: 0;
      padding-left: 1.4em;
      font-size: 0.9em;
    }
    [part='source-place'] {
      display: block;
      color: var(--tessera-text-muted);
    }
    [part='source-snippet'] {
      margin: 2px 0 6px;
      color: var(--tessera-text-muted);
    }
    .status,
    .error {
      font-size: 0.9em;
      color: var(--tessera-text-muted);
    }
    .error {
      color: #b91c1c;
    }
    form {
      display: flex;
      gap: 8px;
      padding: 10px;
      border-top: 1px solid rgb(0 0 0 / 0.1);
    }
    textarea {
      flex: 1;
      resize: none;
      font: inherit;
      padding: 8px 10px;
      border: 1px solid rgb(0 0 0 / 0.25);
      border-radius: 8px;
      background: var(--tessera-surface);
      color: var(--tessera-text);
    }
    form button,
    .error button {
      border: 0;
      border-radius: 8px;
      padding: 0 14px;
      font: inherit;
      background: var(--tessera-accent);
      color: var(--tessera-on-accent);
      cursor: pointer;
    }
    :focus-visible {
      outline: 2px solid var(--tessera-accent);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (prefers-reduced-motion: no-preference) {
      .launcher {
        transition: transform 0.15s ease;
      }
      .launcher:hover {
        transform: scale(1.05);
      }
    }
  }
`;
