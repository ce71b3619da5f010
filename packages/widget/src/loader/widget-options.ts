/** How one script-tag widget is set up; each field comes from a `data-*` attribute of the tag. */
export interface WidgetOptions {
  /** Address of the script, against which the chat's chunks are resolved. */
  src: string;
  /** The Tessera server (`data-base-url`); the script's origin by default. */
  baseUrl: string;
  /** Publishable key (`data-key`). */
  key?: string | undefined;
  /** `launcher` (default) or `inline` (`data-mode`). */
  mode: 'launcher' | 'inline';
  /** A selector of the element an inline chat goes into (`data-target`); the body by default. */
  target?: string | undefined;
  locale?: string | undefined;
  theme?: 'light' | 'dark' | 'auto' | undefined;
  /** The launcher's corner (`data-position`). */
  position: 'left' | 'right';
  /** Open the panel at once (`data-open`). */
  open: boolean;
  /** `idle` loads the chat when the browser is idle; by default it loads on first interaction. */
  preload: 'interaction' | 'idle';
}

const THEMES = ['light', 'dark', 'auto'] as const;

/** Reads a script tag's `data-*` attributes. */
export function readOptions(script: HTMLScriptElement | null, fallbackSrc: string): WidgetOptions {
  const data = script?.dataset ?? {};
  const src = script?.src || fallbackSrc;
  const theme = THEMES.find((value) => value === data['theme']);
  return {
    src,
    baseUrl: data['baseUrl'] || new URL(src).origin,
    key: data['key'],
    mode: data['mode'] === 'inline' ? 'inline' : 'launcher',
    target: data['target'],
    locale: data['locale'],
    theme,
    position: data['position'] === 'left' ? 'left' : 'right',
    open: data['open'] !== undefined && data['open'] !== 'false',
    preload: data['preload'] === 'idle' ? 'idle' : 'interaction',
  };
}
