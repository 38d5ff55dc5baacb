// A large catalog in the browser: chosen by URL, rendered a page at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useAppInBrowser } from './support.mjs';

const app = useAppInBrowser();

test('a 10,000-SKU synthetic catalog loads from the URL and puts at most one page of rows in the DOM', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?view=skus&blocked=1&catalog=synthetic-10k');
  await page.locator('footer').filter({ hasText: 'Synthetic catalog (synthetic-10k' }).waitFor();
  await page.locator('.show-more').filter({ hasText: /Showing 100 of [\d,]+/ }).waitFor();
  assert.equal(await page.locator('li.offer').count(), 100);
  await page.getByRole('button', { name: 'Show 100 more' }).click();
  await page.locator('li.offer').nth(199).waitFor();
  assert.equal(await page.locator('li.offer').count(), 200);
  // A filter change starts again from the first page.
  await page.getByLabel('Segment').selectOption('nonprofit');
  await page.locator('.show-more').filter({ hasText: /Showing 100 of/ }).waitFor();
  assert.equal(await page.locator('li.offer').count(), 100);
  assert.deepEqual(errors, []);
});

test('rows announce their place in the whole list, and arrow keys move between them', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?view=skus&blocked=1&catalog=synthetic-1k');
  await page.locator('footer').filter({ hasText: 'synthetic-1k' }).waitFor();
  const rows = page.locator('li.offer');
  await rows.nth(99).waitFor();
  const total = (await page.getByTestId('result-count').textContent()).match(/^([\d,]+) SKUs/)[1].replaceAll(',', '');
  assert.equal(await rows.nth(0).getAttribute('aria-posinset'), '1');
  assert.equal(await rows.nth(99).getAttribute('aria-posinset'), '100');
  assert.equal(await rows.nth(99).getAttribute('aria-setsize'), total);

  await rows.nth(0).focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-posinset')), '2');
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-posinset')), '100');
  await page.keyboard.press('ArrowDown');
  await rows.nth(199).waitFor();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-posinset')), '101', 'moving past the last row shows the next page');
  await page.keyboard.press('Home');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-posinset')), '1');
  assert.deepEqual(errors, []);
});
