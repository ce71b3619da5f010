import type { ChatStrings } from '../chat-strings.js';

/** Italian. */
const strings: ChatStrings = {
  title: 'Assistente',
  open: "Apri l'assistente",
  close: "Chiudi l'assistente",
  newConversation: 'Nuova conversazione',
  input: 'La tua domanda',
  placeholder: 'Fai una domanda…',
  send: 'Invia',
  stop: 'Interrompi la risposta',
  retry: 'Riprova',
  thinking: 'Sto cercando nei documenti…',
  sources: 'Fonti',
  citation: 'Fonte {n}',
  page: 'Pagina {n}',
  greeting: 'Ciao! Chiedimi qualsiasi cosa su questo sito.',
  starters: 'Domande suggerite',
  followUps: 'Domande correlate',
  copy: 'Copia la risposta',
  copyCode: 'Copia il codice',
  copied: 'Copiato',
  regenerate: 'Rigenera la risposta',
  errorOffline: 'Sembra che tu sia offline. Controlla la connessione e riprova.',
  errorRateLimited: 'Troppe richieste in questo momento. Attendi un attimo e riprova.',
  errorServer: 'Si è verificato un errore sul server. Riprova.',
  userLabel: 'Tu',
  assistantLabel: 'Assistente',
};

export default strings;
