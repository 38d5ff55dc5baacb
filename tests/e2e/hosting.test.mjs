// Static hosting: a build for a sub-path (as on GitHub Pages), deep links through 404.html,
// and a Content-Security-Policy that allows nothing beyond the app's own files.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { launchBrowser, openPage, serveDist } from './support.mjs';

let server;
let browser;
before(async () => {
  // scripts/test.sh builds this with `trunk build --release --public-url /csp-catalog/`.
  server = await serveDist({ dir: 'target/dist-subpath', prefix: '/csp-catalog/', pagesStyle: true });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('a deep link into a sub-path build opens the page, and every link stays under the sub-path', async () => {
  const errors = [];
  const page = await openPage(browser, errors);
  // Every asset must load; only the documents of deep links come with the host's 404 status.
  const badAssets = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') badAssets.push(`${r.status()} ${r.url()}`);
  });
  const response = await page.goto(server.url + '/csp-catalog/customers/contoso-pharma/add-products?view=skus&q=Power%20BI%20Pro');
  assert.equal(response.status(), 404, 'the host answers with its 404 page, which is the app');
  await page.getByRole('heading', { name: 'Add products' }).waitFor();
  await page.locator('li.offer').first().waitFor();

  await page.getByLabel('Segment').selectOption('education');
  await page.waitForURL(/\/csp-catalog\/customers\/contoso-pharma\/add-products\?segment=education/);
  await page.getByRole('link', { name: 'Rules' }).click();
  await page.waitForURL(server.url + '/csp-catalog/rules');
  await page.getByRole('heading', { name: 'Purchase rules for special segments' }).waitFor();
  await page.getByRole('link', { name: 'Customers' }).first().click();
  await page.waitForURL(server.url + '/csp-catalog/');
  await page.getByRole('button', { name: 'Fabrikam GmbH' }).click();
  assert.equal(
    await page.getByRole('link', { name: 'Add products for Fabrikam GmbH' }).getAttribute('href'),
    '/csp-catalog/customers/fabrikam-gmbh/add-products'
  );
  await page.goBack();
  await page.waitForURL(server.url + '/csp-catalog/rules');
  await page.reload();
  await page.getByRole('heading', { name: 'Purchase rules for special segments' }).waitFor();
  assert.deepEqual(badAssets, []);
  assert.deepEqual(errors.filter((e) => !e.includes('status of 404')), []);
});

test('a new set of exercises under a sub-path stays under it', async () => {
  const errors = [];
  const page = await openPage(browser, errors);
  await page.goto(server.url + '/csp-catalog/training');
  await page.getByRole('button', { name: 'New set' }).click();
  // The router adds the base path to what it is told: a path given with it doubled it.
  await page.waitForURL(/\/csp-catalog\/training\?theme=[a-z-]+&set=\d+$/);
  assert.doesNotMatch(page.url(), /csp-catalog\/csp-catalog/);
  await page.getByRole('heading', { name: 'Training', level: 1 }).waitFor();
  assert.deepEqual(errors.filter((e) => !e.includes('status of 404')), []);
});

test('the Content-Security-Policy lets the app run and refuses anything else inline', async () => {
  const errors = [];
  const page = await openPage(browser, errors);
  await page.goto(server.url + '/csp-catalog/');
  await page.getByRole('heading', { name: 'Customers' }).waitFor();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  await page.addScriptTag({ content: 'window.__injected = true' }).catch(() => {});
  assert.equal(await page.evaluate(() => window.__injected), undefined);
  assert.ok(errors.some((e) => e.includes('Content Security Policy')), 'the browser reports the refused script');
});

test("a host that applies the build's _headers keeps the app from being framed by another site", async () => {
  const headers = await readFile(new URL('../../target/dist-subpath/_headers', import.meta.url), 'utf8');
  assert.match(headers, /^\/\*\n  Content-Security-Policy: default-src 'none';.* frame-ancestors 'none'\n  X-Frame-Options: DENY\n/);
  // Another site (another port is another origin) that tries to show the app in a frame.
  const framer = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>Framer</title><iframe src="${server.url}/csp-catalog/"></iframe>`);
  });
  await new Promise((ok) => framer.listen(0, '127.0.0.1', ok));
  try {
    const page = await openPage(browser, []);
    const refused = page.waitForEvent('console', { predicate: (m) => /frame-ancestors|refused to display|X-Frame-Options/i.test(m.text()), timeout: 10_000 });
    await page.goto(`http://localhost:${framer.address().port}/`);
    await refused;
    const frame = page.frames().find((f) => f !== page.mainFrame());
    // Chromium shows its own error page in the frame instead of the app.
    assert.equal(await frame.locator('header.topbar, main').count(), 0, 'the app is not drawn inside the frame');
  } finally {
    await new Promise((ok) => framer.close(ok));
  }
});
