import type { ChatStrings } from '../chat-strings.js';

/** Portuguese (Brazilian usage, understood in every Portuguese-speaking country). */
const strings: ChatStrings = {
  title: 'Assistente',
  open: 'Abrir o assistente',
  close: 'Fechar o assistente',
  newConversation: 'Nova conversa',
  input: 'Sua pergunta',
  placeholder: 'Faça uma pergunta…',
  send: 'Enviar',
  stop: 'Parar a resposta',
  retry: 'Tentar novamente',
  thinking: 'Procurando nos documentos…',
  sources: 'Fontes',
  citation: 'Fonte {n}',
  page: 'Página {n}',
  greeting: 'Olá! Pergunte-me qualquer coisa sobre este site.',
  starters: 'Perguntas sugeridas',
  followUps: 'Perguntas relacionadas',
  copy: 'Copiar a resposta',
  copyCode: 'Copiar o código',
  copied: 'Copiado',
  regenerate: 'Gerar outra resposta',
  errorOffline: 'Parece que você está sem conexão. Verifique sua rede e tente novamente.',
  errorRateLimited: 'Muitas solicitações no momento. Aguarde um pouco e tente novamente.',
  errorServer: 'Ocorreu um erro no servidor. Tente novamente.',
  userLabel: 'Você',
  assistantLabel: 'Assistente',
};

export default strings;
