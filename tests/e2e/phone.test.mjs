// The app on a phone (390 px) and a tablet (768 px): nothing wider than the screen, the menu,
// tables as cards, and the whole purchase flow with thumbs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useAppInBrowser, PHONE, TABLET, waitForText } from './support.mjs';

const app = useAppInBrowser();

const ROUTES = [
  '/',
  '/rules',
  '/partner',
  '/data',
  '/training?theme=quantities&set=5',
  '/customers/new',
  '/customers/fabrikam-gmbh/edit',
  '/customers/fabrikam-gmbh/add-products',
  '/customers/fabrikam-gmbh/add-products?view=skus&blocked=1',
  '/customers/fabrikam-gmbh/review',
  '/customers/fabrikam-gmbh/orders',
  '/customers/fabrikam-gmbh/subscriptions',
  '/no-such-page',
];

// French runs longer than English: both are laid out at each width.
const LANGUAGES = [
  { locale: 'en-US', add: 'Add to cart: Power BI Pro', added: 'Added' },
  { locale: 'fr-FR', add: 'Ajouter au panier\u00a0: Power BI Pro', added: 'Ajouté' },
];

// Controls whose words don't fit them (a select shows its choice clipped; a button's text runs
// past its edge) or that stick out of the panel they are in.
async function cutControls(page) {
  return page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d');
    const found = [];
    const visible = (e) => e.offsetParent !== null && e.getClientRects().length > 0;
    for (const e of document.querySelectorAll('main select, main button, main a.button, main .switch')) {
      if (!visible(e)) continue;
      const name = `${e.tagName.toLowerCase()} "${(e.tagName === 'SELECT' ? e.selectedOptions[0]?.text ?? '' : e.textContent).trim().slice(0, 50)}"`;
      if (e.tagName === 'SELECT') {
        const style = getComputedStyle(e);
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        // The arrow and the padding take about 34 px.
        const needed = context.measureText(e.selectedOptions[0]?.text ?? '').width + 34;
        if (needed > e.clientWidth + 1) found.push(`${name} clipped (${Math.round(needed)} px in ${e.clientWidth})`);
      } else if (e.scrollWidth > e.clientWidth + 1) {
        found.push(`${name} runs past its edge (${e.scrollWidth} px in ${e.clientWidth})`);
      }
      const panel = e.closest('.panel, li.offer, li.product, table.reflow tr');
      if (panel && e.getBoundingClientRect().right > panel.getBoundingClientRect().right + 1) {
        found.push(`${name} sticks out of its panel`);
      }
    }
    return found;
  });
}

for (const [name, viewport] of [['phone', PHONE], ['tablet', TABLET]]) {
  test(`no page is wider than a ${name} screen (${viewport.width} px), in English and in French`, async () => {
    const errors = [];
    const wide = [];
    const cut = [];
    for (const language of LANGUAGES) {
      const page = await openPage(app.browser, errors, viewport, { locale: language.locale });
      // A cart line, so Review has a table to lay out.
      await page.goto(app.server.url + '/customers/fabrikam-gmbh/add-products?view=skus&q=Power%20BI%20Pro');
      const row = page.locator('li.offer').filter({ has: page.getByRole('heading', { name: 'Power BI Pro', exact: true }) });
      await row.getByRole('button', { name: language.add }).click();
      await waitForText(row.locator('.buy-messages'), language.added);
      const routes = [...ROUTES];
      for (const route of routes) {
        await page.goto(app.server.url + route);
        await page.locator('main h1').first().waitFor();
        // What a click unfolds counts too: a SKU's terms and billings side by side.
        await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
        const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
        if (scroll > inner) wide.push(`${language.locale} ${route}: ${scroll} px`);
        cut.push(...(await cutControls(page)).map((c) => `${language.locale} ${route}: ${c}`));
      }
      // What opens on a page has the longest words: a subscription's forms, What-if on.
      await page.goto(app.server.url + '/customers/fabrikam-gmbh/subscriptions');
      const first = page.locator('main tbody.subscription th button').first();
      if (await first.count()) {
        await first.click();
        await page.waitForTimeout(200);
        cut.push(...(await cutControls(page)).map((c) => `${language.locale} subscription opened: ${c}`));
      }
      await page.goto(app.server.url + '/customers/fabrikam-gmbh/add-products?view=skus');
      await page.locator('#whatif-title').waitFor();
      await page.locator('section.panel:has(#whatif-title) button').first().click();
      await page.locator('#wi-customer-country').selectOption('US');
      await page.locator('.banner-whatif').waitFor();
      cut.push(...(await cutControls(page)).map((c) => `${language.locale} what-if on: ${c}`));
      await page.close();
    }
    assert.deepEqual(wide, []);
    assert.deepEqual(cut, [], 'no control cuts its own words or sticks out of its panel');
    assert.deepEqual(errors, []);
  });
}

test('on a phone the navigation folds behind a Menu button, and a link folds it again', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors, PHONE);
  await page.goto(app.server.url + '/');
  // The frame index.html draws has a Menu button too, disabled until the app starts.
  await page.locator('#boot').waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: 'Customers' }).waitFor();
  const menu = page.getByRole('button', { name: 'Menu' });
  const rules = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules' });
  assert.equal(await rules.isVisible(), false);
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await rules.click();
  await page.getByRole('heading', { name: 'Rules', level: 1 }).waitFor();
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await rules.isVisible(), false);
  assert.deepEqual(errors, []);
});

test('the purchase flow on a phone: every control and figure on screen, tables as labelled cards', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors, PHONE);
  const onScreen = async (locator, what) => {
    await locator.scrollIntoViewIfNeeded();
    const box = await locator.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= PHONE.width, `${what} is on screen: ${JSON.stringify(box)}`);
  };
  await page.goto(app.server.url + '/');
  await page.getByRole('button', { name: 'Tatra Logistics s.r.o.' }).click();
  await page.getByRole('link', { name: 'Add products for Tatra Logistics s.r.o.' }).click();
  await page.getByRole('heading', { name: 'Add products' }).waitFor();
  // The explainer and What-if come before the list, not below every SKU.
  const why = page.getByRole('heading', { name: "Why can't I find…?" });
  const firstRow = page.locator('li.product').first();
  await firstRow.waitFor();
  assert.ok((await why.boundingBox()).y < (await firstRow.boundingBox()).y, 'Why can’t I find…? is above the list');

  await page.getByLabel('Search').fill('Power BI Pro');
  await page.getByRole('button', { name: 'View SKUs' }).click();
  const row = page.locator('li.offer').filter({ has: page.getByRole('heading', { name: 'Power BI Pro', exact: true }) });
  await row.getByLabel('Quantity').fill('4');
  const add = row.getByRole('button', { name: 'Add to cart: Power BI Pro' });
  await onScreen(add, 'Add to cart');
  await onScreen(row.getByTestId('unit-price'), 'the price');
  await add.click();
  await waitForText(row.locator('.buy-messages'), 'Added 4 × Power BI Pro to the cart.');

  await page.getByRole('link', { name: /items? in the cart/ }).click();
  await page.getByRole('heading', { name: 'Review your orders' }).waitFor();
  const line = page.locator('table.review tbody tr').first();
  // Each figure keeps its column's name beside it.
  assert.equal(await line.locator('td[data-label="Line price"]').isVisible(), true);
  await onScreen(line.locator('td[data-label="Line price"]'), 'the line price');
  await onScreen(page.getByTestId('order-total'), 'the total');
  const buy = page.getByRole('button', { name: 'Buy', exact: true });
  await onScreen(buy, 'Buy');
  await buy.click();
  await page.waitForURL(/placed=1/);
  const orderLine = page.locator('table.order-lines tbody tr').first();
  for (const label of ['Quantity', 'Unit price', 'Price']) {
    await onScreen(orderLine.locator(`td[data-label="${label}"]`), label);
  }
  await onScreen(page.getByRole('button', { name: /Cancel line 1/ }), 'Cancel');

  await page.getByRole('link', { name: 'Order history' }).click();
  await page.reload();
  const history = page.locator('table.orders tbody tr').first();
  await waitForText(history, 'Power BI Pro');
  await onScreen(history.locator('td[data-label="Total"]'), 'the order total');
  assert.deepEqual(errors, []);
});

test("on a phone the day's form fits the screen, in both languages", async () => {
  for (const lang of ['en', 'fr']) {
    const errors = [];
    const page = await openPage(app.browser, errors, PHONE);
    await page.goto(app.server.url + '/?lang=' + lang);
    await page.locator('.day-button').click();
    const box = await page.locator('#day-form').boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `${lang}: the form spans ${box.x}..${box.x + box.width} px of ${PHONE.width}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});
