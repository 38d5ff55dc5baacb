// The built app loads in a real browser and shows the catalog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useAppInBrowser } from './support.mjs';

const app = useAppInBrowser();

test('the app shell loads and shows the catalog product and SKU counts', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url);
  const products = Number(await page.getByTestId('product-count').textContent());
  const skus = Number(await page.getByTestId('sku-count').textContent());
  assert.ok(products >= 60, `products: ${products}`);
  assert.ok(skus >= 150, `SKUs: ${skus}`);
  assert.equal(await page.title(), 'CSP Catalog');
  assert.deepEqual(errors, []);
});
