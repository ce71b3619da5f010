import { expect } from '@open-wc/testing';
import {
  APIConnectionError,
  APITimeoutError,
  InternalServerError,
  RateLimitError,
  TesseraError,
} from '@tessera/sdk';
import en from '../i18n/locales/en.js';
import { errorKind, errorMessage } from './error-kind.js';

describe('errorKind', () => {
  it('calls any failure "offline" while the browser is offline', () => {
    expect(errorKind(new InternalServerError(500, {}, new Headers()), false)).to.equal('offline');
  });

  it('tells connection failures, rate limits and server failures apart', () => {
    expect(errorKind(new APIConnectionError(), true)).to.equal('offline');
    expect(errorKind(new APITimeoutError(), true)).to.equal('offline');
    expect(errorKind(new RateLimitError(429, {}, new Headers()), true)).to.equal('rate-limited');
    expect(errorKind(new InternalServerError(503, {}, new Headers()), true)).to.equal('server');
    expect(errorKind(new TesseraError('The model failed.'), true)).to.equal('server');
    expect(errorKind(new Error('anything'), true)).to.equal('server');
  });

  it('recognises errors from another copy of the SDK by their brand, not their class', () => {
    // What a rate-limit error of a second SDK copy looks like to this one: another class, same brand.
    const foreign = Object.defineProperty(new Error('Too many'), Symbol.for('tessera.error'), {
      value: ['RateLimitError', 'APIError', 'TesseraError'],
    });
    expect(foreign instanceof RateLimitError).to.equal(false);
    expect(errorKind(foreign, true)).to.equal('rate-limited');
  });

  it('has a sentence for each kind', () => {
    expect(errorMessage('offline', en)).to.equal(en.errorOffline);
    expect(errorMessage('rate-limited', en)).to.equal(en.errorRateLimited);
    expect(errorMessage('server', en)).to.equal(en.errorServer);
  });
});
