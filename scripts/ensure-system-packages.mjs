#!/usr/bin/env node
// The tests use two programs from the operating system: Chromium (browser tests, run headless) and
// redis-server (the shared rate-limit store, started by its test). Find them; on Debian as root,
// install the distribution's packages (nothing is downloaded from elsewhere); otherwise say how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const onPath = (name) =>
  (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${name}`));

const needs = [
  {
    what: 'Chromium, for the browser tests',
    found: () =>
      [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].some(
        (p) => p && existsSync(p),
      ),
    debian: 'chromium',
    hint: 'macOS: brew install --cask chromium; or point CHROME_PATH at a Chrome or Chromium binary.',
  },
  {
    what: 'redis-server, for the shared rate-limit store',
    found: () => onPath('redis-server'),
    debian: 'redis-server',
    hint: 'macOS: brew install redis.',
  },
];

const missing = needs.filter((need) => !need.found());
if (missing.length === 0) process.exit(0);

if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  const packages = missing.map((need) => need.debian);
  console.log(`Installing Debian packages the tests need: ${packages.join(', ')}…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (missing.every((need) => need.found())) process.exit(0);
}

for (const need of missing) {
  console.error(`The tests need ${need.what}, and it was not found.`);
  console.error(`  Debian/Ubuntu: sudo apt-get install -y ${need.debian}`);
  console.error(`  ${need.hint}`);
}
console.error('Install them, then run npm test again.');
process.exit(1);
