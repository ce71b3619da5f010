#!/usr/bin/env node
// The browser tests run in a real headless Chromium. Find one; on Debian as root, install the
// distribution's package (no browser download from the web); otherwise say how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
);
const found = candidates.find((path) => existsSync(path));

if (found) {
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('Chromium is missing; installing the Debian "chromium" package for the browser tests…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}

console.error(
  [
    'The browser tests need Chromium, and none was found.',
    '  Debian/Ubuntu: sudo apt-get install -y chromium',
    '  macOS:         brew install --cask chromium',
    'Or point CHROME_PATH at an installed Chrome or Chromium binary, then run npm test again.',
  ].join('\n'),
);
process.exit(1);
