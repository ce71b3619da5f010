import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tessera/widget';
import { installMockChatServer, MOCK_BASE_URL } from './mock-chat-server.js';

interface ChatArgs {
  mode: 'inline' | 'launcher';
  baseUrl: string;
  open: boolean;
  accent: string;
}

installMockChatServer();

const meta: Meta<ChatArgs> = {
  title: 'Widget/Chat',
  component: 'tessera-chat',
  args: { mode: 'inline', baseUrl: MOCK_BASE_URL, open: false, accent: '#4f46e5' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['inline', 'launcher'] },
    baseUrl: {
      control: 'text',
      description: `A Tessera server. ${MOCK_BASE_URL} is answered in the browser with a canned stream.`,
    },
    accent: { control: 'color', description: '--tessera-accent' },
  },
  render: ({ mode, baseUrl, open, accent }) =>
    html`<tessera-chat
      style="--tessera-accent: ${accent}; height: 480px"
      mode=${mode}
      base-url=${baseUrl}
      ?open=${open}
    ></tessera-chat>`,
};
export default meta;

type Story = StoryObj<ChatArgs>;

/** A chat that fills its container; ask anything to see a streamed, cited answer. */
export const Inline: Story = {};

/** The floating launcher as the script tag mounts it, with its panel open. */
export const Launcher: Story = { args: { mode: 'launcher', open: true } };

/** Against a real server: run `npm start` at the repository root first. */
export const LiveServer: Story = { args: { baseUrl: 'http://localhost:8787' } };
