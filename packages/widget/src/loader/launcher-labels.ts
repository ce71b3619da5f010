import type { Locale } from '../i18n/resolve-locale.js';

/**
 * The launcher's label in every locale, so the loader can label its button without fetching a
 * locale table. A test keeps these equal to the tables' `open` strings.
 */
export const launcherLabels: Record<Locale, string> = {
  en: 'Open the assistant',
  es: 'Abrir el asistente',
  fr: "Ouvrir l'assistant",
  de: 'Assistenten öffnen',
  it: "Apri l'assistente",
  pt: 'Abrir o assistente',
  nl: 'Assistent openen',
  ja: 'アシスタントを開く',
  zh: '打开助手',
  ko: '어시스턴트 열기',
  ar: 'افتح المساعد',
  he: 'פתיחת העוזר',
};
