// Shared by the end-to-end tests: serves the built app (dist/) on localhost and starts
// Debian's Chromium through playwright-core (never a downloaded browser).
import { createServer } from 'node:http';
import { after, before } from 'node:test';
import { createRequire } from 'node:module';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const require = createRequire(join(root, 'scripts', 'package.json'));
const { chromium } = require('playwright-core');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves a built app like a static host. By default dist/ at the root, with unknown paths
 * answered by 404.html, the app's frame alone (as README.md's nginx configuration does: the
 * root's index.html also carries the Customers page, prerendered, which a deep link would
 * only read to throw away). `{ dir, prefix, pagesStyle: true }` behaves like GitHub Pages for
 * a project site: files under `prefix`, and unknown paths get 404.html with status 404.
 */
export async function serveDist({ dir = 'dist', prefix = '/', pagesStyle = false } = {}) {
  const dist = resolve(root, dir);
  const hostHeaders = await headersFile(join(dist, '_headers'));
  const server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const inside = urlPath.startsWith(prefix) ? urlPath.slice(prefix.length) : null;
    let file = inside === null ? null : join(dist, normalize('/' + inside));
    if (file && !file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    let status = 200;
    if (!file || !(await isFile(file))) {
      if (file && (await isFile(join(file, 'index.html')))) {
        file = join(file, 'index.html');
      } else {
        file = join(dist, '404.html');
        if (pagesStyle) status = 404;
      }
    }
    // Like a static host that serves the precompressed copies the build writes.
    const accepts = req.headers['accept-encoding'] ?? '';
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', vary: 'Accept-Encoding', ...hostHeaders };
    for (const [token, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      if (accepts.includes(token) && (await isFile(file + suffix))) {
        file += suffix;
        headers['content-encoding'] = token;
        break;
      }
    }
    const body = await readFile(file);
    res.writeHead(status, headers);
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** The headers of a `_headers` file's `/*` block, as a host that reads the file sends them. */
async function headersFile(path) {
  if (!(await isFile(path))) return {};
  const headers = {};
  let inBlock = false;
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (!line.startsWith(' ')) inBlock = line.trim() === '/*';
    else if (inBlock && line.includes(':')) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Common screens: a desktop, a tablet and a phone (an iPhone 12-14's CSS pixels). */
export const DESKTOP = { width: 1280, height: 800 };
export const TABLET = { width: 768, height: 1024 };
export const PHONE = { width: 390, height: 844 };

/** A new page that fails the test on any uncaught error or console error; `locale` sets the
 * browser's language (`fr-FR`), as a user's own browser would. */
export async function openPage(browser, errors, viewport = DESKTOP, { locale } = {}) {
  const page = await browser.newPage({ viewport, ...(viewport === PHONE ? { isMobile: true, hasTouch: true } : {}), ...(locale ? { locale } : {}) });
  // A step that cannot happen fails the test instead of hanging it.
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });
  waitForTheAppOnVisits(page);
  return page;
}

/** The app loads after the page's first paint, so the page's load event no longer waits for
 * it: from now on a visit (`goto`, `reload`) returns once the app has started (it removes the
 * frame, #boot), or once its WebAssembly failed to arrive, as tests of the frame arrange. */
export function waitForTheAppOnVisits(page) {
  for (const name of ['goto', 'reload']) {
    const visit = page[name].bind(page);
    page[name] = async (...args) => {
      let stop;
      const failed = new Promise((resolve) => {
        stop = (request) => { if (request.url().endsWith('.wasm')) resolve(); };
        page.on('requestfailed', stop);
      });
      try {
        const response = await visit(...args);
        await Promise.race([page.locator('#boot').waitFor({ state: 'detached' }), failed]);
        return response;
      } finally {
        page.off('requestfailed', stop);
      }
    };
  }
  return page;
}

/** Serves dist/ and starts Chromium once for a test file; both stop when the file is done. */
export function useAppInBrowser() {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await serveDist();
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** Waits until one of `locator`'s elements contains `text`. */
export const waitForText = (locator, text, timeout = 5000) => locator.filter({ hasText: text }).first().waitFor({ timeout });
