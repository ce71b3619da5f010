import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tessera/builder-elements';
import type { PreviewDevice } from '@tessera/builder-elements';

interface DevicePreviewArgs {
  html: string;
  device: PreviewDevice;
  label: string;
}

/**
 * A stand-in for what core's block renderer produces: a complete, already-escaped document. The script
 * shows that the preview runs scripts, but in an opaque origin (it cannot read the host page).
 */
const sampleDocument = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Acme help centre</title>
    <style>
      body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1f2937; }
      header { padding: 2rem 1.5rem; background: #1d4ed8; color: #fff; }
      header h1 { margin: 0 0 .5rem; font-size: clamp(1.5rem, 5vw, 2.5rem); }
      main { display: grid; gap: 1rem; padding: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); }
      article { padding: 1rem; border: 1px solid #d1d5db; border-radius: 8px; }
      output { display: block; padding: 0 1.5rem 1.5rem; color: #4b5563; }
    </style>
  </head>
  <body>
    <header>
      <h1>How can we help?</h1>
      <p>Ask the assistant, or browse the guides below.</p>
    </header>
    <main>
      <article><h2>Getting started</h2><p>Install the widget with one script tag.</p></article>
      <article><h2>Billing</h2><p>Invoices, plans and payment methods.</p></article>
      <article><h2>Security</h2><p>How we keep your documents private.</p></article>
    </main>
    <output id="sandbox"></output>
    <script>
      let reachable;
      try { reachable = Boolean(window.parent.document); } catch { reachable = false; }
      const report = () => {
        document.getElementById('sandbox').textContent =
          'Viewport ' + innerWidth + ' px wide. Host page reachable from this frame: ' + (reachable ? 'yes' : 'no') + '.';
      };
      addEventListener('resize', report);
      report();
    </script>
  </body>
</html>`;

const meta = {
  title: 'Builder/Device preview',
  component: 'tessera-device-preview',
  args: { html: sampleDocument, device: 'desktop', label: 'Preview' },
  argTypes: {
    device: { control: 'inline-radio', options: ['mobile', 'tablet', 'desktop'] },
    html: { control: 'text' },
    label: { control: 'text' },
  },
  render: (args) => html`
    <tessera-device-preview
      .html=${args.html}
      device=${args.device}
      label=${args.label}
    ></tessera-device-preview>
  `,
} satisfies Meta<DevicePreviewArgs>;

export default meta;
type Story = StoryObj<DevicePreviewArgs>;

export const Desktop: Story = {};

export const Tablet: Story = { args: { device: 'tablet' } };

export const Mobile: Story = { args: { device: 'mobile' } };
