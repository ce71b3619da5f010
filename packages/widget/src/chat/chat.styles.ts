import { css, unsafeCSS } from 'lit';
import { launcherStyles } from '../launcher/launcher.styles.js';

/* Everything sits in @layer tessera, so a host page's ordinary (unlayered) CSS overrides it. */
const panelStyles = css`
  @layer tessera {
    .panel {
      display: flex;
      flex-direction: column;
      flex: 1;
      width: 100%;
      min-height: 240px;
      overflow: hidden;
      background: var(--_surface);
      color: var(--_text);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    :host([mode='launcher']) .panel {
      flex: none;
      width: min(var(--tessera-panel-width, 380px), calc(100vw - 2 * var(--_offset)));
      height: min(var(--tessera-panel-height, 600px), calc(100vh - var(--_launcher) - 3 * var(--_offset)));
      /* dvh follows the visual viewport, so a soft keyboard shrinks the panel instead of hiding it. */
      height: min(var(--tessera-panel-height, 600px), calc(100dvh - var(--_launcher) - 3 * var(--_offset)));
      margin-block-end: var(--_space);
      box-shadow: 0 12px 48px rgb(0 0 0 / 0.25);
    }
    header {
      display: flex;
      align-items: center;
      gap: 4px;
      padding: calc(var(--_space) * 0.625) var(--_space);
      border-block-end: 1px solid var(--_border);
    }
    h2 {
      flex: 1;
      margin: 0;
      font-size: 1em;
      font-weight: 600;
    }
    .icon-button {
      display: inline-grid;
      place-items: center;
      width: 32px;
      height: 32px;
      border-radius: 8px;
      color: var(--_text-muted);
    }
    .icon-button:hover {
      background: var(--_surface-muted);
      color: var(--_text);
    }
    .log {
      flex: 1;
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      padding: var(--_space);
      overflow-y: auto;
      overscroll-behavior: contain;
    }
    .suggestions {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .suggestion {
      padding: 4px 12px;
      border: 1px solid var(--_field-border);
      border-radius: 999px;
      text-align: start;
    }
    .suggestion:hover {
      background: var(--_surface-muted);
    }
    .status {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0;
      color: var(--_text-muted);
      font-size: 0.9em;
    }
    .error {
      padding: 8px var(--_space);
      border: 1px solid var(--_danger);
      border-radius: var(--_radius);
      color: var(--_danger);
    }
    .error p {
      margin: 0 0 8px;
    }
    .primary {
      padding: 4px 14px;
      border-radius: 8px;
      background: var(--_accent);
      color: var(--_on-accent);
    }
    form {
      display: flex;
      align-items: flex-end;
      gap: 8px;
      margin: 0;
      padding: calc(var(--_space) * 0.75);
      border-block-start: 1px solid var(--_border);
    }
    textarea {
      flex: 1;
      min-height: 40px;
      max-height: 9em;
      margin: 0;
      padding: 8px 10px;
      resize: none;
      field-sizing: content;
      font: inherit;
      color: inherit;
      background: var(--_surface);
      border: 1px solid var(--_field-border);
      border-radius: 10px;
    }
    .send {
      display: grid;
      place-items: center;
      width: 40px;
      height: 40px;
      border-radius: 10px;
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (max-width: 480px) {
      :host([mode='launcher'][open]) {
        inset: 0 !important;
      }
      :host([mode='launcher'][open]) .launcher {
        display: none;
      }
      :host([mode='launcher']) .panel {
        width: 100vw;
        height: 100vh;
        height: 100dvh;
        margin: 0;
        border: 0;
        border-radius: 0;
        padding: env(safe-area-inset-top, 0px) env(safe-area-inset-right, 0px)
          env(safe-area-inset-bottom, 0px) env(safe-area-inset-left, 0px);
      }
    }
  }
`;

export default [unsafeCSS(launcherStyles), panelStyles];
