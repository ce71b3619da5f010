import type { ChatStrings } from '../chat-strings.js';

/** English: the built-in default. */
const strings: ChatStrings = {
  title: 'Assistant',
  open: 'Open the assistant',
  close: 'Close the assistant',
  newConversation: 'New conversation',
  input: 'Your question',
  placeholder: 'Ask a question…',
  send: 'Send',
  stop: 'Stop generating',
  retry: 'Try again',
  thinking: 'Looking through the documents…',
  sources: 'Sources',
  citation: 'Source {n}',
  page: 'Page {n}',
  greeting: 'Hi! Ask me anything about this site.',
  starters: 'Suggested questions',
  followUps: 'Related questions',
  copy: 'Copy answer',
  copyCode: 'Copy code',
  copied: 'Copied',
  regenerate: 'Regenerate answer',
  errorOffline: 'You seem to be offline. Check your connection, then try again.',
  errorRateLimited: 'Too many requests right now. Wait a moment, then try again.',
  errorServer: 'Something went wrong on the server. Please try again.',
  userLabel: 'You',
  assistantLabel: 'Assistant',
};

export default strings;
