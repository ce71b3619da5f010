// Shared by every package that tests elements in a real browser (builder-elements, widget), so the
// Chromium launch settings live in one place. See docs: dependencies.md §2.6.
import { chromeLauncher } from '@web/test-runner-chrome';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // CI and the dev machines run as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking', // these three stop calls to Google services,
  '--disable-component-update', // which the closed network refuses
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
];

/** Headless Debian Chromium (or `CHROME_PATH`), launched through puppeteer-core; downloads nothing. */
export function chromeBrowsers() {
  return [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ];
}

/** Drops Lit's "dev mode" notice, printed once per test file, so real browser warnings stand out. */
export function filterBrowserLogs({ args }) {
  return !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.'));
}
