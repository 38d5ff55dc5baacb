// A large catalog in the browser: chosen by URL, its result list windowed so the page holds
// only the rows near the viewport however long the list and however far one scrolls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useAppInBrowser } from './support.mjs';

const app = useAppInBrowser();

const focusedPlace = (page) => page.evaluate(() => Number(document.activeElement.getAttribute('aria-posinset')));
const rowPlaces = (page) =>
  page.locator('ul.offer-list > li.offer').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('aria-posinset'))));

async function resultTotal(page) {
  const text = await page.getByTestId('result-count').textContent();
  return Number(text.match(/^([\d,]+) SKUs/)[1].replaceAll(',', ''));
}

test('a 10,000-SKU catalog keeps a viewport of rows in the page wherever one scrolls, with a full-length scrollbar', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?view=skus&blocked=1&catalog=synthetic-10k');
  await page.locator('footer').filter({ hasText: 'Synthetic catalog (synthetic-10k' }).waitFor();
  // Counts grouped by thousands, and named for what they count.
  assert.match(await page.locator('footer').textContent(), /[\d,]+ products, \d{1,3}(,\d{3})+ SKUs, \d{1,3}(,\d{3})+ offers \(a SKU for one segment and period\)/);
  await page.locator('li.offer').first().waitFor();
  const total = await resultTotal(page);
  assert.ok(total > 5000, `${total} SKUs listed`);

  const bounded = async (where) => {
    const places = await rowPlaces(page);
    assert.ok(places.length > 3 && places.length <= 40, `${places.length} rows in the page ${where}`);
    // The rows in the page are consecutive places of the whole list.
    places.forEach((p, i) => assert.equal(p, places[0] + i, `rows ${where}: ${places}`));
    return places;
  };
  assert.equal((await bounded('at the top'))[0], 1);

  // The scrollbar measures the whole list: thousands of rows' worth of page.
  const scrollHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(scrollHeight > total * 40, `page is ${scrollHeight}px tall for ${total} rows`);

  // Half-way down the page, the rows in view are from the middle of the list.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await page.waitForFunction(() => Number(document.querySelector('li.offer')?.getAttribute('aria-posinset')) > 1000);
  const middle = await bounded('half-way down');
  assert.ok(middle[0] > total * 0.3 && middle[0] < total * 0.7, `first row in the page: ${middle[0]} of ${total}`);
  // The rows in the page really are on screen, not somewhere above or below it.
  const onScreen = await page.locator('li.offer').evaluateAll((rows) =>
    rows.some((r) => { const b = r.getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight; }));
  assert.ok(onScreen, 'a rendered row is in the viewport');

  // At the bottom, the last row is in the page. Rows measured on the way change the estimate
  // of the rest, so the bottom may move as one gets there: keep going, as a reader would.
  const last = page.locator(`li.offer[aria-posinset="${total}"]`);
  for (let i = 0; i < 10 && !(await last.count()); i += 1) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(100);
  }
  await last.waitFor();
  await bounded('at the bottom');

  // A filter change gives a new list, still windowed, from its top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByLabel('Segment').selectOption('nonprofit');
  await page.waitForFunction(() => document.querySelector('[data-testid=result-count]').textContent.includes('SKUs'));
  await page.locator('li.offer[aria-posinset="1"]').waitFor();
  await bounded('after a filter change');
  assert.deepEqual(errors, []);
});

test('rows announce their place in the whole list, and arrow keys, Home and End move through all of it', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?view=skus&blocked=1&catalog=synthetic-1k');
  await page.locator('footer').filter({ hasText: 'synthetic-1k' }).waitFor();
  const rows = page.locator('li.offer');
  await rows.first().waitFor();
  const total = await resultTotal(page);
  assert.equal(await rows.nth(0).getAttribute('aria-posinset'), '1');
  assert.equal(await rows.nth(0).getAttribute('aria-setsize'), String(total));

  await rows.nth(0).focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await focusedPlace(page), 2);
  // Down past every row that was in the page: rows come in as focus moves.
  for (let i = 0; i < 40; i += 1) await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-posinset') === '42');
  await page.keyboard.press('End');
  await page.waitForFunction((n) => document.activeElement.getAttribute('aria-posinset') === String(n), total);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-setsize')), String(total));
  assert.ok((await rowPlaces(page)).length <= 40, 'still a window of rows at the end');
  await page.keyboard.press('ArrowUp');
  assert.equal(await focusedPlace(page), total - 1);
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-posinset') === '1');
  assert.deepEqual(errors, []);
});

test('a row scrolled out of the page and back comes back as the reader left it', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?view=skus&catalog=synthetic-1k');
  const first = page.locator('li.offer[aria-posinset="1"]');
  await first.getByLabel('Quantity').fill('7');
  const away = async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await first.waitFor({ state: 'detached' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await first.waitFor();
  };
  await away();
  assert.equal(await first.getByLabel('Quantity').inputValue(), '7');

  await page.getByRole('button', { name: 'View products' }).click();
  const product = page.locator('li.product').first();
  // Product rows, too, tell a screen reader their place among all the products.
  const products = Number((await page.getByTestId('result-count').textContent()).match(/^([\d,]+) products?/)[1].replaceAll(',', ''));
  assert.equal(await product.getAttribute('aria-posinset'), '1');
  assert.equal(await product.getAttribute('aria-setsize'), String(products));
  assert.ok((await page.locator('li.product').count()) < 40, 'product rows are windowed too');
  const title = await product.locator('.product-title').textContent();
  await product.locator('.row-toggle').click();
  await product.locator('li.offer').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.locator('li.product').filter({ hasText: title }).waitFor({ state: 'detached' });
  await page.evaluate(() => window.scrollTo(0, 0));
  const again = page.locator('li.product').filter({ hasText: title });
  assert.equal(await again.locator('.row-toggle').getAttribute('aria-expanded'), 'true');
  assert.ok((await again.locator('li.offer').count()) > 0);
  assert.deepEqual(errors, []);
});
