import { expect } from '@open-wc/testing';
import { TesseraElement } from './tessera-element.js';

describe('TesseraElement.define', () => {
  it('defines a free tag and is a no-op when the same class defines it again', () => {
    class First extends TesseraElement {}
    First.define('tessera-test-define-once');
    First.define('tessera-test-define-once');
    expect(customElements.get('tessera-test-define-once')).to.equal(First);
  });

  it('keeps the first class and warns when another class claims a taken tag', () => {
    class First extends TesseraElement {}
    class Second extends TesseraElement {}
    First.define('tessera-test-define-twice');
    const warnings: unknown[][] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      Second.define('tessera-test-define-twice');
    } finally {
      console.warn = originalWarn;
    }
    expect(customElements.get('tessera-test-define-twice')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<tessera-test-define-twice> is already defined');
  });
});
