import type { ChatStrings } from '../chat-strings.js';

/** Dutch. */
const strings: ChatStrings = {
  title: 'Assistent',
  open: 'Assistent openen',
  close: 'Assistent sluiten',
  newConversation: 'Nieuw gesprek',
  input: 'Je vraag',
  placeholder: 'Stel een vraag…',
  send: 'Versturen',
  stop: 'Antwoord stoppen',
  retry: 'Opnieuw proberen',
  thinking: 'De documenten worden doorzocht…',
  sources: 'Bronnen',
  citation: 'Bron {n}',
  page: 'Pagina {n}',
  greeting: 'Hallo! Vraag me alles over deze site.',
  starters: 'Voorgestelde vragen',
  followUps: 'Gerelateerde vragen',
  copy: 'Antwoord kopiëren',
  copyCode: 'Code kopiëren',
  copied: 'Gekopieerd',
  regenerate: 'Antwoord opnieuw genereren',
  errorOffline: 'Je lijkt offline te zijn. Controleer je verbinding en probeer het opnieuw.',
  errorRateLimited: 'Er zijn nu te veel verzoeken. Wacht even en probeer het dan opnieuw.',
  errorServer: 'Er ging iets mis op de server. Probeer het opnieuw.',
  userLabel: 'Jij',
  assistantLabel: 'Assistent',
};

export default strings;
