import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { TesseraDeviceChangeEvent } from '../events/device-change.js';
import type { TesseraDevicePreview } from './device-preview.js';
import './tessera-device-preview.js';

const sampleDocument = `<!doctype html><html lang="en"><head><title>Sample</title></head>
<body><h1 id="heading">Hello "world" &amp; friends</h1></body></html>`;

function button(el: TesseraDevicePreview, device: string): HTMLButtonElement {
  const found = el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-device="${device}"]`);
  if (found === null) throw new Error(`No button for device "${device}" was rendered.`);
  return found;
}

function frame(el: TesseraDevicePreview): HTMLIFrameElement {
  return el.shadowRoot!.querySelector('iframe')!;
}

function pressed(el: TesseraDevicePreview): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[aria-pressed="true"]')].map(
    (b) => b.dataset['device']!,
  );
}

function keydown(target: HTMLElement, key: string): void {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
  );
}

describe('<tessera-device-preview>', () => {
  it('renders the desktop device by default', async () => {
    const el = await fixture<TesseraDevicePreview>(html`<tessera-device-preview></tessera-device-preview>`);
    expect(el.device).to.equal('desktop');
    expect(el.getAttribute('device')).to.equal('desktop');
    expect(pressed(el)).to.deep.equal(['desktop']);
    expect(button(el, 'mobile').getAttribute('aria-pressed')).to.equal('false');
  });

  it('switches to mobile on click, reflects the attribute and fires tessera-device-change', async () => {
    const el = await fixture<TesseraDevicePreview>(html`<tessera-device-preview></tessera-device-preview>`);
    setTimeout(() => button(el, 'mobile').click());
    const event = await oneEvent(el, 'tessera-device-change');
    expect(event).to.be.instanceOf(TesseraDeviceChangeEvent);
    expect(event.detail).to.deep.equal({ device: 'mobile' });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    await el.updateComplete;
    expect(el.device).to.equal('mobile');
    expect(el.getAttribute('device')).to.equal('mobile');
    expect(pressed(el)).to.deep.equal(['mobile']);
  });

  it('keeps the device when the change event is prevented', async () => {
    const el = await fixture<TesseraDevicePreview>(html`<tessera-device-preview></tessera-device-preview>`);
    el.addEventListener('tessera-device-change', (event) => event.preventDefault());
    button(el, 'tablet').click();
    await el.updateComplete;
    expect(el.device).to.equal('desktop');
    expect(pressed(el)).to.deep.equal(['desktop']);
  });

  it('does not fire an event when the pressed device is clicked again', async () => {
    const el = await fixture<TesseraDevicePreview>(html`<tessera-device-preview></tessera-device-preview>`);
    let fired = 0;
    el.addEventListener('tessera-device-change', () => fired++);
    button(el, 'desktop').click();
    expect(fired).to.equal(0);
  });

  it('follows the device attribute set from outside', async () => {
    const el = await fixture<TesseraDevicePreview>(
      html`<tessera-device-preview device="tablet"></tessera-device-preview>`,
    );
    expect(pressed(el)).to.deep.equal(['tablet']);
    el.setAttribute('device', 'mobile');
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['mobile']);
  });

  it('sandboxes the frame with allow-scripts only and passes the html through srcdoc', async () => {
    const el = await fixture<TesseraDevicePreview>(
      html`<tessera-device-preview .html=${sampleDocument} label="Page preview"></tessera-device-preview>`,
    );
    const iframe = frame(el);
    expect(iframe.getAttribute('sandbox')).to.equal('allow-scripts');
    expect(iframe.srcdoc).to.equal(sampleDocument);
    expect(iframe.title).to.equal('Page preview');
    // The document lives only in the frame, never in the element's own DOM.
    expect(el.shadowRoot!.querySelector('#heading')).to.equal(null);
    el.html = '<!doctype html><title>Next</title>';
    await el.updateComplete;
    expect(iframe.srcdoc).to.equal('<!doctype html><title>Next</title>');
    // Opaque origin: the host cannot read the frame's document either.
    await waitUntil(() => iframe.contentWindow !== null);
    expect(iframe.contentDocument).to.equal(null);
  });

  it('keeps scripts in the previewed document away from the host page', async () => {
    const probe = `<!doctype html><html lang="en"><body><script>
      let result;
      try { result = { reached: Boolean(window.parent.document.body) }; }
      catch (error) { result = { reached: false, error: error.name }; }
      parent.postMessage({ probe: result }, '*');
    </script></body></html>`;
    const messages: MessageEvent[] = [];
    const listener = (event: MessageEvent) => messages.push(event);
    window.addEventListener('message', listener);
    try {
      const el = await fixture<TesseraDevicePreview>(
        html`<tessera-device-preview .html=${probe}></tessera-device-preview>`,
      );
      await waitUntil(() => messages.length > 0, 'The probe script in the frame never reported back.');
      const [message] = messages;
      expect(message!.source).to.equal(frame(el).contentWindow);
      expect(message!.origin).to.equal('null');
      expect(message!.data).to.deep.equal({ probe: { reached: false, error: 'SecurityError' } });
    } finally {
      window.removeEventListener('message', listener);
    }
  });

  it('scales the frame down to the available width, keeping its aspect ratio', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div style="width: 400px"><tessera-device-preview></tessera-device-preview></div>`,
    );
    const el = container.querySelector('tessera-device-preview')!;
    const viewport = el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
    const padding = parseFloat(getComputedStyle(viewport).paddingLeft) * 2;
    const available = 400 - padding;
    await waitUntil(() => Math.abs(frame(el).getBoundingClientRect().width - available) < 0.5);
    const desktop = frame(el).getBoundingClientRect();
    expect(desktop.height).to.be.closeTo((available * 800) / 1280, 0.5);

    // Mobile fits, so it is shown at its real size.
    el.device = 'mobile';
    await waitUntil(() => Math.abs(frame(el).getBoundingClientRect().width - 375) < 0.5);
    expect(frame(el).getBoundingClientRect().height).to.be.closeTo(667, 0.5);

    // The scale follows the element when its container shrinks.
    container.style.width = '300px';
    await waitUntil(() => Math.abs(frame(el).getBoundingClientRect().width - (300 - padding)) < 0.5);
    expect(frame(el).getBoundingClientRect().height).to.be.closeTo(((300 - padding) * 667) / 375, 0.5);
  });

  it('moves focus between device buttons with the arrow, Home and End keys', async () => {
    const el = await fixture<TesseraDevicePreview>(html`<tessera-device-preview></tessera-device-preview>`);
    const tabbable = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[tabindex="0"]')].map(
        (b) => b.dataset['device'],
      );
    // Only the pressed device is in the tab order.
    expect(tabbable()).to.deep.equal(['desktop']);

    button(el, 'desktop').focus();
    keydown(button(el, 'desktop'), 'ArrowRight');
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'mobile'));
    await el.updateComplete;
    expect(tabbable()).to.deep.equal(['mobile']);

    keydown(button(el, 'mobile'), 'End');
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'desktop'));
    keydown(button(el, 'desktop'), 'ArrowLeft');
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'tablet'));
    keydown(button(el, 'tablet'), 'Home');
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'mobile'));

    // Moving focus does not change the device; activating the button does.
    expect(el.device).to.equal('desktop');
    button(el, 'mobile').blur();
    await el.updateComplete;
    expect(tabbable()).to.deep.equal(['desktop']);
  });

  it('is accessible', async () => {
    const el = await fixture<TesseraDevicePreview>(
      html`<tessera-device-preview .html=${sampleDocument}></tessera-device-preview>`,
    );
    await expect(el).to.be.accessible();
    el.device = 'mobile';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
