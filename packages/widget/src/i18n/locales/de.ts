import type { ChatStrings } from '../chat-strings.js';

/** German. */
const strings: ChatStrings = {
  title: 'Assistent',
  open: 'Assistenten öffnen',
  close: 'Assistenten schließen',
  newConversation: 'Neue Unterhaltung',
  input: 'Ihre Frage',
  placeholder: 'Stellen Sie eine Frage…',
  send: 'Senden',
  stop: 'Antwort stoppen',
  retry: 'Erneut versuchen',
  thinking: 'Die Dokumente werden durchsucht…',
  sources: 'Quellen',
  citation: 'Quelle {n}',
  page: 'Seite {n}',
  greeting: 'Hallo! Fragen Sie mich alles über diese Website.',
  starters: 'Vorgeschlagene Fragen',
  followUps: 'Weiterführende Fragen',
  copy: 'Antwort kopieren',
  copyCode: 'Code kopieren',
  copied: 'Kopiert',
  regenerate: 'Antwort neu erzeugen',
  errorOffline: 'Sie scheinen offline zu sein. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorRateLimited: 'Gerade gibt es zu viele Anfragen. Warten Sie kurz und versuchen Sie es dann erneut.',
  errorServer: 'Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.',
  userLabel: 'Sie',
  assistantLabel: 'Assistent',
};

export default strings;
