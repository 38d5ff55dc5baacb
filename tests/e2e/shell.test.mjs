// The built app loads in a real browser and shows the catalog.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, serveDist } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the app shell loads and shows the catalog product and SKU counts', async () => {
  const errors = [];
  const page = await openPage(browser, errors);
  await page.goto(server.url);
  const products = Number(await page.getByTestId('product-count').textContent());
  const skus = Number(await page.getByTestId('sku-count').textContent());
  assert.ok(products >= 60, `products: ${products}`);
  assert.ok(skus >= 150, `SKUs: ${skus}`);
  assert.equal(await page.title(), 'CSP Catalog');
  assert.deepEqual(errors, []);
});
