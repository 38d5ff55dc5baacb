// Lighthouse, installed into scripts/lighthouse/ on first use, and Debian's Chromium for it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const tools = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lighthouse');
if (!existsSync(path.join(tools, 'node_modules', 'lighthouse'))) {
  execFileSync('npm', ['install', '--prefix', tools, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
const require = createRequire(path.join(tools, 'package.json'));

export const lighthouse = (await import(require.resolve('lighthouse'))).default;
export const desktopConfig = (await import(require.resolve('lighthouse/core/config/desktop-config.js'))).default;
const chromeLauncher = await import(require.resolve('chrome-launcher'));

/** Headless Chromium with the flags every tool here uses. */
export function launchChrome() {
  return chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
