import type { ChatStrings } from './chat-strings.js';
import en from './locales/en.js';
import type { Locale } from './resolve-locale.js';

type Table = Promise<{ default: ChatStrings }>;

/**
 * English ships with the element; every other table is its own chunk, fetched the first time a chat
 * needs it, so a page pays only for the language it shows.
 */
const loaders: Record<Exclude<Locale, 'en'>, () => Table> = {
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  it: () => import('./locales/it.js'),
  pt: () => import('./locales/pt.js'),
  nl: () => import('./locales/nl.js'),
  ja: () => import('./locales/ja.js'),
  zh: () => import('./locales/zh.js'),
  ko: () => import('./locales/ko.js'),
  ar: () => import('./locales/ar.js'),
  he: () => import('./locales/he.js'),
};

const loaded = new Map<Locale, ChatStrings>([['en', en]]);

/** The strings of `locale` if they are already loaded. */
export function cachedStrings(locale: Locale): ChatStrings | undefined {
  return loaded.get(locale);
}

/** Loads the strings of `locale`; falls back to English when the chunk cannot be fetched. */
export async function loadStrings(locale: Locale): Promise<ChatStrings> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  try {
    const table = (await loaders[locale as Exclude<Locale, 'en'>]()).default;
    loaded.set(locale, table);
    return table;
  } catch {
    // A failed chunk (offline, blocked) must not leave the chat without any text.
    return en;
  }
}
