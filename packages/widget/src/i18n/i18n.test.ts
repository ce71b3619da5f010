import { expect, fixture, html } from '@open-wc/testing';
import '../tessera-chat.js';
import type { TesseraChat } from '../chat/chat.js';
import { launcherLabels } from '../loader/launcher-labels.js';
import { mockUrl, shadow } from '../testing/chat-helpers.js';
import type { ChatStrings } from './chat-strings.js';
import { loadStrings } from './load-strings.js';
import en from './locales/en.js';
import { isRtl, LOCALES, resolveLocale } from './resolve-locale.js';

const keys = Object.keys(en).sort();

describe('locales', () => {
  for (const locale of LOCALES) {
    it(`${locale} has every string, with its placeholders`, async () => {
      const table: ChatStrings = await loadStrings(locale);
      expect(Object.keys(table).sort()).to.deep.equal(keys);
      for (const key of keys) {
        const value = table[key as keyof ChatStrings];
        expect(value.trim(), `${locale}.${key}`).not.to.equal('');
        expect(value.includes('{n}'), `${locale}.${key} placeholder`).to.equal(
          en[key as keyof ChatStrings].includes('{n}'),
        );
      }
      expect(launcherLabels[locale]).to.equal(table.open);
      if (locale !== 'en') {
        // Translated, not copied: a few words (French "Assistant", "Sources", "Page {n}") match English.
        const same = keys.filter((key) => table[key as keyof ChatStrings] === en[key as keyof ChatStrings]);
        expect(same.length, `${locale} copies ${same.join(', ')}`).to.be.below(keys.length / 4);
      }
    });
  }

  it('resolves a locale by its language, falling back to the next candidate, then English', () => {
    expect(resolveLocale('pt-BR')).to.equal('pt');
    expect(resolveLocale('zh_Hant_TW')).to.equal('zh');
    expect(resolveLocale('', 'de-AT')).to.equal('de');
    expect(resolveLocale('xx', 'yy')).to.equal('en');
    expect(resolveLocale(undefined, null)).to.equal('en');
    expect(LOCALES.filter(isRtl)).to.deep.equal(['ar', 'he']);
  });
});

describe('<tessera-chat> languages', () => {
  const text = (el: TesseraChat, selector: string) => shadow(el).querySelector(selector)!.textContent!.trim();

  it('shows the locale of its locale attribute, loaded before the first render', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat locale="de-CH" base-url=${mockUrl}></tessera-chat>`,
    );
    expect(text(el, '[part="title"]')).to.equal('Assistent');
    expect(shadow(el).querySelector('textarea')!.placeholder).to.equal('Stellen Sie eine Frage…');
    expect(shadow(el).querySelector('[part="panel"]')!.getAttribute('lang')).to.equal('de');
  });

  it("falls back to the browser's language", async () => {
    Object.defineProperty(navigator, 'language', { configurable: true, value: 'ja-JP' });
    try {
      const el = await fixture<TesseraChat>(html`<tessera-chat base-url=${mockUrl}></tessera-chat>`);
      expect(text(el, '[part="title"]')).to.equal('アシスタント');
    } finally {
      delete (navigator as { language?: string }).language;
    }
  });

  it('switches language when the attribute changes', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat locale="en" base-url=${mockUrl}></tessera-chat>`,
    );
    el.locale = 'ko';
    await el.updateComplete;
    expect(text(el, '[part="greeting"]')).to.equal('안녕하세요! 이 사이트에 대해 무엇이든 물어보세요.');
  });

  it('lets the host override any string, in any locale', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat locale="fr" .strings=${{ title: 'Aide Acme' }} base-url=${mockUrl}></tessera-chat>`,
    );
    expect(text(el, '[part="title"]')).to.equal('Aide Acme');
    expect(shadow(el).querySelector('[part="send-button"]')!.getAttribute('aria-label')).to.equal('Envoyer');
  });

  for (const locale of ['ar', 'he']) {
    it(`lays out right to left in ${locale}, mirroring the conversation`, async () => {
      const el = await fixture<TesseraChat>(
        html`<tessera-chat
          locale=${locale}
          base-url=${mockUrl}
          style="width: 400px; height: 500px"
        ></tessera-chat>`,
      );
      await el.send('Hello');
      await el.updateComplete;
      const panel = shadow(el).querySelector<HTMLElement>('[part="panel"]')!;
      expect(panel.dir).to.equal('rtl');
      expect(getComputedStyle(panel).direction).to.equal('rtl');
      const log = shadow(el).querySelector('[part="log"]')!.getBoundingClientRect();
      const question = shadow(el).querySelector('[part~="message-user"]')!.getBoundingClientRect();
      // The user's messages sit at the end of the line, which is the left in a right-to-left layout.
      expect(question.left - log.left).to.be.below(log.right - question.right);
      const input = shadow(el).querySelector('textarea')!.getBoundingClientRect();
      const send = shadow(el).querySelector('[part="send-button"]')!.getBoundingClientRect();
      expect(send.right).to.be.below(input.left + 1);
    });
  }

  it('lays out left to right in the other locales', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat locale="fr" base-url=${mockUrl}></tessera-chat>`,
    );
    const panel = shadow(el).querySelector<HTMLElement>('[part="panel"]')!;
    expect(panel.dir).to.equal('ltr');
    expect(getComputedStyle(panel).direction).to.equal('ltr');
  });
});
