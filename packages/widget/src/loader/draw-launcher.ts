import { LAUNCHER_ICON_PATH } from '../launcher/launcher-icon.js';
import { launcherStyles } from '../launcher/launcher.styles.js';

let sheet: CSSStyleSheet | undefined;

const SVG = 'http://www.w3.org/2000/svg';

function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

/**
 * Draws the launcher into `host`'s shadow root with plain DOM, before Lit and the chat are loaded.
 * The markup and styles match the element's own launcher, which replaces it once the chat loads
 * (the element removes every `[data-loader]` node after its first render).
 */
export function drawLauncher(host: HTMLElement, label: string): HTMLButtonElement {
  // The element's own options: Lit adopts this root when the chat loads.
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open', delegatesFocus: true });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(launcherStyles);
  }
  root.adoptedStyleSheets = [sheet];
  const base = document.createElement('div');
  base.className = 'base';
  base.setAttribute('part', 'base');
  base.dataset['loader'] = '';
  const button = document.createElement('button');
  Object.assign(button, { type: 'button', className: 'launcher' });
  button.setAttribute('part', 'launcher');
  button.setAttribute('aria-label', label);
  button.setAttribute('aria-expanded', 'false');
  const icon = svgElement('svg', {
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'aria-hidden': 'true',
  });
  icon.append(svgElement('path', { d: LAUNCHER_ICON_PATH }));
  button.append(icon);
  base.append(button);
  root.append(base);
  return button;
}
