import { svg, type TemplateResult } from 'lit';
import { LAUNCHER_ICON_PATH } from '../launcher/launcher-icon.js';

const icon = (paths: TemplateResult) =>
  svg`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths}</svg>`;

/** Decorative icons; every button that shows one has its own accessible name. */
export const icons = {
  chat: icon(svg`<path d=${LAUNCHER_ICON_PATH} />`),
  close: icon(svg`<path d="M6 6l12 12M18 6L6 18" />`),
  send: icon(svg`<path d="M5 12h14M13 6l6 6-6 6" />`),
  stop: icon(svg`<rect x="7" y="7" width="10" height="10" rx="1" />`),
  copy: icon(svg`<rect x="9" y="9" width="11" height="11" rx="2" /><path d="M5 15V5a1 1 0 0 1 1-1h9" />`),
  regenerate: icon(svg`<path d="M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7" />`),
  newConversation: icon(svg`<path d="M12 5v14M5 12h14" />`),
};
