/** The built-in locales. Kept free of imports so the script-tag loader can use it without the tables. */
export const LOCALES = ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'ja', 'zh', 'ko', 'ar', 'he'] as const;

export type Locale = (typeof LOCALES)[number];

/**
 * The first candidate that names a built-in locale, by its language subtag (`pt-BR` → `pt`), else
 * `en`. Callers pass the `locale` attribute first, then `navigator.language`.
 */
export function resolveLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    const language = candidate?.trim().toLowerCase().split(/[-_]/)[0];
    const found = LOCALES.find((locale) => locale === language);
    if (found) return found;
  }
  return 'en';
}

/** Whether a locale is written right to left. */
export function isRtl(locale: Locale): boolean {
  return locale === 'ar' || locale === 'he';
}
