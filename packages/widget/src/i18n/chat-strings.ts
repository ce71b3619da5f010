/**
 * Every text the chat shows or announces. `{n}` stands for a number. Built-in tables exist for each
 * locale in `locales/`; the element's `strings` property overrides any of them.
 */
export interface ChatStrings {
  /** Title of the panel. */
  title: string;
  /** Label of the launcher button while the panel is closed. */
  open: string;
  /** Label of the buttons that close the panel. */
  close: string;
  /** Label of the button that starts a new conversation. */
  newConversation: string;
  /** Accessible label of the text field. */
  input: string;
  /** Placeholder of the text field. */
  placeholder: string;
  send: string;
  /** Label of the button that stops an answer being written. */
  stop: string;
  retry: string;
  /** Shown while the assistant searches, before the first word of its answer. */
  thinking: string;
  /** Heading of the sources under an answer. */
  sources: string;
  /** Accessible name of an inline citation marker, e.g. `Source {n}`. */
  citation: string;
  /** Where a cited passage is in a paginated document, e.g. `Page {n}`. */
  page: string;
  /** First message of an empty conversation, unless the element's `greeting` is set. */
  greeting: string;
  /** Accessible name of the list of starter prompts. */
  starters: string;
  /** Accessible name of the list of follow-up suggestions. */
  followUps: string;
  copy: string;
  copyCode: string;
  /** Confirmation after a copy. */
  copied: string;
  regenerate: string;
  errorOffline: string;
  errorRateLimited: string;
  errorServer: string;
  /** Accessible name of the user's messages. */
  userLabel: string;
  /** Accessible name of the assistant's messages. */
  assistantLabel: string;
}

/** Fills the `{n}` placeholder of a string. */
export function formatString(template: string, n: number | string): string {
  return template.replaceAll('{n}', String(n));
}
