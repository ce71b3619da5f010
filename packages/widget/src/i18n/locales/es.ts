import type { ChatStrings } from '../chat-strings.js';

/** Spanish. */
const strings: ChatStrings = {
  title: 'Asistente',
  open: 'Abrir el asistente',
  close: 'Cerrar el asistente',
  newConversation: 'Nueva conversación',
  input: 'Tu pregunta',
  placeholder: 'Haz una pregunta…',
  send: 'Enviar',
  stop: 'Detener la respuesta',
  retry: 'Reintentar',
  thinking: 'Buscando en los documentos…',
  sources: 'Fuentes',
  citation: 'Fuente {n}',
  page: 'Página {n}',
  greeting: '¡Hola! Pregúntame lo que quieras sobre este sitio.',
  starters: 'Preguntas sugeridas',
  followUps: 'Preguntas relacionadas',
  copy: 'Copiar la respuesta',
  copyCode: 'Copiar el código',
  copied: 'Copiado',
  regenerate: 'Generar otra respuesta',
  errorOffline: 'Parece que no tienes conexión. Comprueba tu red e inténtalo de nuevo.',
  errorRateLimited: 'Hay demasiadas solicitudes en este momento. Espera un poco e inténtalo de nuevo.',
  errorServer: 'Algo ha fallado en el servidor. Inténtalo de nuevo.',
  userLabel: 'Tú',
  assistantLabel: 'Asistente',
};

export default strings;
