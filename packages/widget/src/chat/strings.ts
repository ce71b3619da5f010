/** Every text the chat shows; issue-level i18n will add locales on top of these English defaults. */
export const strings = {
  title: 'Assistant',
  open: 'Open the assistant',
  close: 'Close the assistant',
  input: 'Your question',
  placeholder: 'Ask a question…',
  send: 'Send',
  stop: 'Stop',
  retry: 'Try again',
  thinking: 'Looking through the documents…',
  sources: 'Sources',
  greeting: 'Hi! Ask me anything about this site.',
  failed: 'The answer could not be loaded.',
};

export type ChatStrings = typeof strings;
