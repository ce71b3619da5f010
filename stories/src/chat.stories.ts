import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tessera/widget';
import type { TesseraChat } from '@tessera/widget';
import { installMockChatServer, mockBaseUrl, type MockScenario } from './mock-chat-server.js';

interface ChatArgs {
  mode: 'inline' | 'launcher';
  scenario: MockScenario | 'live';
  open: boolean;
  theme: 'light' | 'dark' | 'auto';
  locale: string;
  accent: string;
  greeting: string;
  starters: string[];
}

installMockChatServer();

/** Sends `question` once the story's chat is ready, so a story opens mid-conversation. */
const ask =
  (question: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    await customElements.whenDefined('tessera-chat');
    const chat = canvasElement.querySelector<TesseraChat>('tessera-chat')!;
    await chat.updateComplete;
    void chat.send(question);
  };

const meta: Meta<ChatArgs> = {
  title: 'Widget/Chat',
  component: 'tessera-chat',
  args: {
    mode: 'inline',
    scenario: 'cited',
    open: false,
    theme: 'light',
    locale: 'en',
    accent: '#4f46e5',
    greeting: '',
    starters: ['What is Tessera?', 'How do I embed it?'],
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['inline', 'launcher'] },
    scenario: {
      control: 'select',
      options: ['cited', 'long', 'slow', 'error', 'rate-limited', 'follow-ups', 'live'],
      description:
        'The canned answer the in-browser mock streams; `live` talks to http://localhost:8787 (run `npm start`).',
    },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    locale: {
      control: 'select',
      options: ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'ja', 'zh', 'ko', 'ar', 'he'],
    },
    accent: { control: 'color', description: '--tessera-accent' },
  },
  render: ({ mode, scenario, open, theme, locale, accent, greeting, starters }) =>
    html`<tessera-chat
      style="--tessera-accent: ${accent}; ${mode === 'inline' ? 'height: 560px; max-width: 480px' : ''}"
      mode=${mode}
      base-url=${scenario === 'live' ? 'http://localhost:8787' : mockBaseUrl(scenario)}
      theme=${theme}
      locale=${locale}
      greeting=${greeting}
      .starters=${starters}
      ?open=${open}
    ></tessera-chat>`,
};
export default meta;

type Story = StoryObj<ChatArgs>;

/** An empty chat: the greeting and starter prompts. Ask anything to see a streamed, cited answer. */
export const Empty: Story = {};

/** An answer being written, with the stop button in place of send. */
export const Streaming: Story = { args: { scenario: 'slow' }, play: ask('How does streaming look?') };

/** An answer that failed half-way, with its localized message and a retry button. */
export const ServerError: Story = { args: { scenario: 'error' }, play: ask('What is Tessera?') };

/** The server is rate limiting: a different message, the same retry. */
export const RateLimited: Story = { args: { scenario: 'rate-limited' }, play: ask('What is Tessera?') };

/** A long markdown answer: headings, a table, lists, a code block with its copy button, a quote. */
export const LongAnswer: Story = { args: { scenario: 'long' }, play: ask('How do I embed Tessera?') };

/** Citations: hover or focus a number to preview its source; the sources are listed below. */
export const Sources: Story = { args: { scenario: 'follow-ups' }, play: ask('What is Tessera?') };

/** The dark theme (`theme="auto"` follows the reader's system setting). */
export const Dark: Story = {
  args: { theme: 'dark', scenario: 'long' },
  parameters: { backgrounds: { default: 'dark' } },
  play: ask('How do I embed Tessera?'),
};

/** Arabic: right-to-left, mirrored layout. */
export const RightToLeft: Story = { args: { locale: 'ar', starters: [] }, play: ask('ما هو Tessera؟') };

/** The floating launcher as the script tag mounts it, with its panel open. */
export const Launcher: Story = { args: { mode: 'launcher', open: true } };

/**
 * On a phone the launcher's panel fills the screen (safe areas included) and the page behind stops
 * scrolling. Pick a mobile viewport in the toolbar if the preview is wider than 480px.
 */
export const Mobile: Story = {
  args: { mode: 'launcher', open: true, scenario: 'long' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: ask('How do I embed Tessera?'),
};

/** Against a real server: run `npm start` at the repository root first. */
export const LiveServer: Story = { args: { scenario: 'live' } };
