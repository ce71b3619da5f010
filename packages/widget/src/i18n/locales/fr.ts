import type { ChatStrings } from '../chat-strings.js';

/** French. */
const strings: ChatStrings = {
  title: 'Assistant',
  open: "Ouvrir l'assistant",
  close: "Fermer l'assistant",
  newConversation: 'Nouvelle conversation',
  input: 'Votre question',
  placeholder: 'Posez une question…',
  send: 'Envoyer',
  stop: 'Arrêter la réponse',
  retry: 'Réessayer',
  thinking: 'Recherche dans les documents…',
  sources: 'Sources',
  citation: 'Source {n}',
  page: 'Page {n}',
  greeting: 'Bonjour ! Posez-moi vos questions sur ce site.',
  starters: 'Questions suggérées',
  followUps: 'Questions associées',
  copy: 'Copier la réponse',
  copyCode: 'Copier le code',
  copied: 'Copié',
  regenerate: 'Régénérer la réponse',
  errorOffline: 'Vous semblez hors ligne. Vérifiez votre connexion, puis réessayez.',
  errorRateLimited: 'Trop de demandes pour le moment. Patientez un instant, puis réessayez.',
  errorServer: 'Une erreur est survenue sur le serveur. Veuillez réessayer.',
  userLabel: 'Vous',
  assistantLabel: 'Assistant',
};

export default strings;
