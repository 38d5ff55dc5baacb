// The Add products page, driven as a user would in a real browser against the built app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useAppInBrowser, waitForText } from './support.mjs';

const app = useAppInBrowser();

/** A fresh page (fresh storage) that records page errors; assert none at the end. */
async function fresh(path) {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + path);
  await page.locator('main h1').first().waitFor();
  return { page, errors };
}

const query = (page) => new URL(page.url()).searchParams;

/** The list item of the offer whose title is exactly `title`. */
function offerRow(page, title) {
  return page.locator('li.offer').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

test('choose a customer in the list and open its Add products page', async () => {
  const { page, errors } = await fresh('/');
  const rows = page.locator('tbody.customer');
  assert.ok((await rows.count()) >= 8);
  const toggle = page.getByRole('button', { name: 'Contoso Pharmaceuticals' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.getByRole('link', { name: 'Add products for Contoso Pharmaceuticals' }).click();
  await page.waitForURL('**/customers/contoso-pharma/add-products');
  await page.getByRole('heading', { name: 'Add products' }).waitFor();
  assert.equal(await page.getByTestId('cart-count').textContent(), '0');
  assert.deepEqual(errors, []);
});

test('filters, view and search live in the URL: reload keeps them, Back steps through them', async () => {
  const { page, errors } = await fresh('/customers/northwind-schools/add-products');
  await page.getByLabel('Segment').selectOption('education');
  await page.waitForURL(/segment=education/);
  await page.getByRole('button', { name: 'View SKUs' }).click();
  await page.waitForURL(/view=skus/);
  await page.getByLabel('Search', { exact: true }).fill('students');
  await page.waitForURL(/q=students/);
  await waitForText(page.getByTestId('result-count'), /^\d+ SKUs?/);
  const count = await page.getByTestId('result-count').textContent();
  const titles = await page.locator('li.offer h3').allTextContents();
  assert.ok(titles.length >= 3, titles.join());
  assert.ok(titles.every((t) => t.includes('students')), titles.join());

  await page.reload();
  await page.locator('li.offer').first().waitFor();
  assert.equal(await page.getByLabel('Segment').inputValue(), 'education');
  assert.equal(await page.getByLabel('Search', { exact: true }).inputValue(), 'students');
  assert.equal(await page.getByRole('button', { name: 'View SKUs' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByTestId('result-count').textContent(), count);

  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has('q'));
  assert.equal(await page.getByLabel('Search', { exact: true }).inputValue(), '');
  assert.equal(query(page).get('view'), 'skus');
  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has('view'));
  assert.equal(await page.getByRole('button', { name: 'View products' }).getAttribute('aria-pressed'), 'true');
  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has('segment'));
  assert.equal(await page.getByLabel('Segment').inputValue(), '', 'Any');
  await page.goForward();
  await page.waitForURL(/segment=education/);
  assert.deepEqual(errors, []);
});

test('the products view lists each product once; the SKUs view lists every SKU', async () => {
  const { page, errors } = await fresh('/customers/contoso-pharma/add-products?q=Microsoft%20365%20Business');
  const products = page.locator('li.product');
  await products.first().waitFor();
  const names = await products.locator('.product-title').allTextContents();
  assert.equal(new Set(names).size, names.length);
  const premium = products.filter({ hasText: 'Microsoft 365 Business Premium' });
  assert.match(await premium.locator('.product-skus').textContent(), /^\d+ SKUs?$/);
  await premium.getByRole('button', { name: 'Microsoft 365 Business Premium' }).click();
  await offerRow(page, 'Microsoft 365 Business Premium').waitFor();

  await page.getByRole('button', { name: 'View SKUs' }).click();
  await page.waitForURL(/view=skus/);
  // The list holds the rows in view; the count and each row's set size speak for all of them.
  await waitForText(page.getByTestId('result-count'), /^\d+ SKUs\b/);
  const skus = Number((await page.getByTestId('result-count').textContent()).match(/^(\d+) SKUs\b/)[1]);
  assert.ok(skus > names.length, `${skus} SKUs vs ${names.length} products`);
  assert.equal(await page.locator('li.offer').first().getAttribute('aria-setsize'), String(skus));
  assert.deepEqual(errors, []);
});

test("offers the customer can't buy are hidden, and revealed with every reason", async () => {
  const { page, errors } = await fresh('/customers/tatra-logistics/add-products?view=skus&q=Business%20Central%20Premium');
  await waitForText(page.getByTestId('result-count'), /\d+ more SKUs? this customer can't buy/);
  assert.equal(await offerRow(page, 'Dynamics 365 Business Central Premium').count(), 0);

  await page.getByRole('switch', { name: "Show offers this customer can't buy" }).check();
  await page.waitForURL(/blocked=1/);
  const row = offerRow(page, 'Dynamics 365 Business Central Premium');
  await row.waitFor();
  const reasons = await row.locator('ul.reasons li').allTextContents();
  // Tatra is served from the partner's Slovak tenant: both countries are Slovakia.
  assert.deepEqual(reasons, [
    "Not available in Slovakia, the partner's tenant country.",
    "Not available in Slovakia, the customer's tenant country.",
  ]);
  assert.equal(await row.getByRole('button', { name: /^Add to cart: / }).count(), 0);
  assert.deepEqual(errors, []);
});

test("with blocked offers shown, a product's collapsed row says why its SKUs can't be sold", async () => {
  const { page, errors } = await fresh('/customers/tatra-logistics/add-products?q=Business%20Central%20Premium&blocked=1');
  const toggle = page.getByRole('button', { name: 'Dynamics 365 Business Central Premium', exact: true });
  await toggle.waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'the row is collapsed');
  const row = page.locator('li.product').filter({ has: toggle });
  await waitForText(row.locator('.product-blocked'), "Can't be sold: Not available in Slovakia, the partner's tenant country (and more).");
  assert.deepEqual(errors, []);
});

test('a SKU whose price changes next month is one row that says when and to what', async () => {
  // Microsoft raised Microsoft 365 E3 from $36 to $39 a month on 1 July 2026: look at it from
  // a day in June, with the app's day moved by a link.
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?view=skus&blocked=1&q=Microsoft%20365%20E3&today=2026-06-15');
  await page.locator('main h1').first().waitFor();
  const row = offerRow(page, 'Microsoft 365 E3');
  await row.first().waitFor();
  assert.equal(await row.count(), 1, 'one row, not one per price-list entry');
  // A year billed monthly: $39.00 a month from July, 5% above the $468.00 billed annually.
  await waitForText(row.locator('.price-next'), 'From 1 July 2026: $491.40');
  assert.deepEqual(errors, []);
});

test('bad quantities are rejected with the rule next to the input, good ones are added and persist', async () => {
  const { page, errors } = await fresh('/customers/contoso-pharma/add-products?view=skus&q=Microsoft%20365%20Business%20Basic');
  const row = offerRow(page, 'Microsoft 365 Business Basic');
  const quantity = row.getByLabel('Quantity');
  const add = row.getByRole('button', { name: 'Add to cart: Microsoft 365 Business Basic' });
  const messages = row.locator('.buy-messages');

  for (const [input, message] of [
    ['abc', 'The quantity must be a whole number; "abc" is not.'],
    ['-3', 'The requested number of -3 seats is below the minimum of 1 seat.'],
    ['', 'Enter a quantity.'],
    ['21', 'The requested number of 21 seats exceeds the remaining limit of 20 seats'],
  ]) {
    await quantity.fill(input);
    await waitForText(messages, message);
    assert.equal(await add.isDisabled(), true, `disabled for ${JSON.stringify(input)}`);
    assert.equal(await quantity.getAttribute('aria-invalid'), 'true');
  }

  await quantity.fill('20');
  await waitForText(messages, '20 of the 300 small-business seats left');
  assert.equal(await add.isDisabled(), false);
  await add.click();
  await waitForText(messages, 'Added 20 × Microsoft 365 Business Basic to the cart.');
  assert.equal(await page.getByTestId('cart-count').textContent(), '1');
  // One outcome per click: the confirmation, not a red message about the fuller cart beside it.
  assert.equal(await messages.locator('.reasons, .field-error').count(), 0);
  await waitForText(messages, '0 of the 300 small-business seats left');
  // Pressing Add again says why nothing more was added.
  await add.click();
  await waitForText(messages.locator('.field-error'), 'Not added: The requested number of 20 seats exceeds the remaining limit of 0 seats');
  assert.equal(await messages.locator('.added').count(), 0);
  assert.equal(await page.getByTestId('cart-count').textContent(), '1');

  // The pool now counts the cart's 20 seats: nothing is left.
  await quantity.fill('1');
  await waitForText(messages, 'exceeds the remaining limit of 0 seats');

  await page.reload();
  await page.getByTestId('cart-count').filter({ hasText: '1' }).waitFor();
  assert.deepEqual(errors, []);
});

test('Add to cart checks the line it would make, not only the number typed', async () => {
  const { page, errors } = await fresh('/customers/contoso-pharma/add-products?view=skus&q=Teams%20Rooms%20Basic');
  const row = offerRow(page, 'Microsoft Teams Rooms Basic');
  const quantity = row.getByLabel('Quantity');
  const add = row.getByRole('button', { name: 'Add to cart: Microsoft Teams Rooms Basic' });
  const messages = row.locator('.buy-messages');

  await quantity.fill('20');
  await waitForText(messages, '1–25 per subscription');
  await add.click();
  await waitForText(messages, 'Added 20 × Microsoft Teams Rooms Basic to the cart.');

  // 20 more would make 40 seats, over the 25 a customer can have: pressing Add again says so.
  await add.click();
  await waitForText(
    messages,
    'Not added: The requested number of 20 seats exceeds the remaining limit of 5 seats (at most 25 seats per customer, counting what it owns and what is in the cart).',
  );
  // Typing the number again checks it as typed.
  await quantity.fill('19');
  await waitForText(messages, 'The requested number of 19 seats exceeds the remaining limit of 5 seats');
  assert.equal(await add.isDisabled(), true);
  assert.equal(await quantity.getAttribute('aria-invalid'), 'true');

  await quantity.fill('5');
  await waitForText(messages, '1–25 per subscription');
  await add.click();
  await waitForText(messages, 'Added 5 more × Microsoft Teams Rooms Basic: the cart line now holds 25.');
  assert.equal(await page.getByTestId('cart-count').textContent(), '1', 'one line of 25 seats');
  assert.deepEqual(errors, []);
});

test('the keyboard reaches every control, with a visible focus', async () => {
  const { page, errors } = await fresh('/customers/contoso-pharma/add-products?view=skus&q=Power%20BI%20Pro');
  const row = offerRow(page, 'Power BI Pro');
  await row.getByLabel('Term and billing').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('id')), await row.getByLabel('Quantity').getAttribute('id'));
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return { label: el.getAttribute('aria-label'), outline: getComputedStyle(el).outlineStyle };
  });
  assert.equal(focused.label, 'Add to cart: Power BI Pro');
  assert.notEqual(focused.outline, 'none');
  await page.keyboard.press('Enter');
  await waitForText(row.locator('.buy-messages'), 'Added 1 × Power BI Pro to the cart.');
  assert.deepEqual(errors, []);
});

test("Why can't I find…? explains an offer from anywhere in the catalog", async () => {
  const { page, errors } = await fresh('/customers/tatra-logistics/add-products?category=azure');
  await page.getByLabel('Offer name or id, anywhere in the catalog').fill('Business Central Premium');
  const result = page.locator('.why-result').first();
  await waitForText(result, 'Dynamics 365 Business Central Premium');
  await waitForText(result, "Not available in Slovakia, the customer's tenant country.");
  await waitForText(result, 'it is under the Online services tab');
  assert.deepEqual(errors, []);
});

test('What-if shows the offers gained and lost, and leaves the stored customer alone', async () => {
  // The seed's story: Fabrikam (Germany) is served from the partner's tenant in Slovakia,
  // where Business Central Premium is not offered. What if the partner sold from Germany?
  const { page, errors } = await fresh('/customers/fabrikam-gmbh/add-products?view=skus');
  await waitForText(page.locator('.facts'), 'Trey Research Cloud Services (Direct-bill partner), from its tenant in Slovakia');
  const panel = page.locator('section.panel', { has: page.getByRole('heading', { name: 'What if…?' }) });
  assert.equal(await panel.getByLabel('Tenant country').count(), 0, 'the form opens on request');
  await panel.getByRole('button', { name: 'Try other facts' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'wi-qualification', 'focus moves into the form');
  // Each choice names the fact as it really is.
  assert.equal(await panel.locator('#wi-partner-country option').first().textContent(), 'As it is: Slovakia');
  assert.equal(await panel.locator('#wi-customer-country option').first().textContent(), 'As it is: Germany');
  assert.equal(await panel.locator('#wi-qualification option').first().textContent(), 'As it is: none');
  await panel.locator('#wi-partner-country').selectOption('DE');
  // The assumed fact stands where the real one did, marked as assumed.
  const soldBy = page.locator('.facts div').filter({ hasText: 'Sold by' });
  await waitForText(soldBy, 'from its tenant in Germany');
  await waitForText(soldBy.locator('.assumed'), 'assumed');
  assert.equal(await page.locator('.facts .assumed').count(), 1, 'only what changed is marked');
  const result = page.getByTestId('whatif-result');
  await waitForText(result, /\+[1-9]\d* gained/);
  await result.getByText(/^Gained/).click();
  await waitForText(result, 'Dynamics 365 Business Central Premium');
  await waitForText(page.locator('.banner-whatif'), 'What-if is on');
  const adds = page.getByRole('button', { name: /^Add to cart: / });
  assert.equal(await adds.first().isDisabled(), true);

  await page.getByRole('button', { name: 'Back to the real facts' }).click();
  await page.locator('.banner-whatif').waitFor({ state: 'detached' });
  await waitForText(page.locator('.facts'), 'from its tenant in Slovakia');
  assert.equal(await page.locator('.facts .assumed').count(), 0);
  assert.deepEqual(errors, []);
});

test('unknown customers, paths and query values get a clear message and a way back', async () => {
  const { page, errors } = await fresh('/customers/no-such-customer/add-products');
  await page.getByRole('heading', { name: 'Customer not found' }).waitFor();
  await page.getByRole('link', { name: 'Back to the customer list' }).click();
  await page.getByRole('heading', { name: 'Customers' }).waitFor();

  await page.goto(app.server.url + '/definitely/not/here');
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();

  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?segment=martian&view=skus');
  await waitForText(page.locator('.banner-info'), 'The link\'s segment "martian" isn\'t one this page knows, so it shows Any instead.');
  assert.equal(await page.getByLabel('Segment').inputValue(), '', 'Any');
  assert.ok((await page.locator('li.offer').count()) > 0);
  assert.deepEqual(errors, []);
});

test('the rules page renders the purchase-rules table from the engine', async () => {
  const { page, errors } = await fresh('/rules');
  const table = page.locator('table.rules-table');
  assert.equal(await table.locator('tbody tr').count(), 7);
  const gcc = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Government Community Cloud', exact: true }) });
  assert.deepEqual(await gcc.locator('td').allTextContents(), [
    '✗ Cannot be sold',
    '✗ Cannot be sold',
    '✗ Cannot be sold',
    '✓ Can be sold',
  ]);
  await page.getByText('GCC lock').waitFor();
  assert.deepEqual(errors, []);
});

test('search follows typing once it pauses, keeps the last keystroke, and makes one history entry', async () => {
  const { page, errors } = await fresh('/customers/contoso-pharma/add-products?view=skus');
  const before = await page.evaluate(() => history.length);
  const search = page.getByLabel('Search', { exact: true });
  await search.pressSequentially('visio plan 2', { delay: 15 });
  await page.waitForURL(/q=visio(\+|%20)plan(\+|%20)2(&|$)/);
  await offerRow(page, 'Visio Plan 2').waitFor();
  // The URL holds the whole text, so the last keystroke counted.
  const titles = await page.locator('li.offer h3').allTextContents();
  assert.ok(titles.length >= 1 && titles.every((t) => t.startsWith('Visio')), titles.join());
  assert.equal(await page.evaluate(() => history.length), before + 1);
  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has('q'));
  assert.equal(await search.inputValue(), '', 'the box follows Back');
  assert.deepEqual(errors, []);
});

test("a customer in another market is told these prices are the US price list's, for reference", async () => {
  const { page, errors } = await fresh('/customers/fabrikam-gmbh/add-products');
  await waitForText(page.getByTestId('price-list-note'), 'This customer is billed from the Germany price list, in EUR.');
  await page.goto(page.url().replace(/\/customers\/.*$/, '/customers/contoso-pharma/add-products'));
  await page.getByRole('heading', { name: 'Add products' }).waitFor();
  assert.equal(await page.getByTestId('price-list-note').count(), 0, 'a US customer is billed these prices');
  assert.deepEqual(errors, []);
});

test('a customer who can buy nothing for one reason is told so first, with what to do', async () => {
  const { page, errors } = await fresh('/customers/wide-world-importers/add-products');
  const banner = page.getByTestId('nothing-to-sell');
  await waitForText(banner, 'Nothing in the catalog can be sold to this customer:');
  await waitForText(banner, 'The customer has not accepted the Microsoft Customer Agreement.');
  // The list below does not blame the filters, none of which is set.
  await waitForText(page.locator('.empty'), 'Nothing here can be sold to this customer, for the reason above.');
  assert.equal(await page.getByText('Nothing matches these filters.').count(), 0);
  await banner.getByRole('link', { name: "Record the customer's acceptance of the Microsoft Customer Agreement" }).click();
  await page.waitForURL(/\/customers\/wide-world-importers\/edit$/);
  assert.deepEqual(errors, []);
});

test('prices show per user per month beside the whole term, and a product compares its terms like with like', async () => {
  const { page, errors } = await fresh('/customers/contoso-pharma/add-products?q=Microsoft%20365%20E3&today=2026-11-24');
  const product = page.locator('li.product').filter({ hasText: 'Office apps, Windows Enterprise' });
  // The cheapest month (E3 without Teams, a year billed annually) to the dearest (E3 on a one-month term).
  await waitForText(product.locator('.product-price'), '$33.75 – $46.80 per user per month');

  await page.getByRole('button', { name: 'View SKUs' }).click();
  const e3 = offerRow(page, 'Microsoft 365 E3');
  const whole = e3.getByTestId('unit-price');
  const monthly = e3.getByTestId('price-per-month');
  // A year billed monthly costs 5% more than billed annually.
  await waitForText(whole, '$491.40');
  assert.equal(await monthly.textContent(), '$40.95 per user per month');
  await e3.getByLabel('Term and billing').selectOption({ label: '1 year, billed annually' });
  await waitForText(whole, '$468.00');
  assert.equal(await monthly.textContent(), '$39.00 per user per month');
  await e3.getByLabel('Term and billing').selectOption({ label: '1 month, billed monthly' });
  await waitForText(whole, '$46.80');
  assert.equal(await monthly.textContent(), '$46.80 per user per month');
  assert.deepEqual(errors, []);
});

test('a SKU shows every term and billing side by side: per month, whole term and the premium, in both languages', async () => {
  const { page, errors } = await fresh('/customers/contoso-pharma/add-products?view=skus&q=Microsoft%20365%20E3&today=2026-11-24');
  const e3 = offerRow(page, 'Microsoft 365 E3');
  const side = e3.getByTestId('plans-side-by-side');
  await side.getByText('Every term and billing (3)').click();
  const rows = await side.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  // In the term-and-billing list's order; only the year billed monthly costs more than its term's lowest price.
  const plans = await e3.getByLabel('Term and billing').locator('option').allTextContents();
  assert.deepEqual(rows.map((r) => r[0]), plans);
  assert.deepEqual([...rows].sort(), [
    ['1 month, billed monthly', '$46.80', '$46.80', '—'],
    ['1 year, billed annually', '$39.00', '$468.00', '—'],
    ['1 year, billed monthly', '$40.95', '$491.40', '+5%'],
  ]);
  assert.deepEqual(errors, []);

  const french = await openPage(app.browser, errors, undefined, { locale: 'fr-FR' });
  await french.goto(app.server.url + '/customers/contoso-pharma/add-products?view=skus&q=Microsoft%20365%20E3&today=2026-11-24');
  const frE3 = french.locator('li.offer').filter({ has: french.getByRole('heading', { name: 'Microsoft 365 E3', exact: true }) });
  const frSide = frE3.getByTestId('plans-side-by-side');
  await frSide.getByText('Toutes les durées et facturations (3)').click();
  await waitForText(frSide.locator('tbody'), '+5\u00a0%');
  await waitForText(frSide.locator('thead'), 'Majoration');
  assert.deepEqual(errors, []);
});

test('sorted by name, numbers compare as numbers: the 2-core pack before the 16-core pack', async () => {
  const { page, errors } = await fresh('/customers/contoso-pharma/add-products?category=software&view=skus&q=Windows%20Server%202025%20Datacenter');
  assert.equal(await page.getByLabel('Sort by').inputValue(), 'name');
  const titles = page.locator('li.offer h3');
  await titles.first().waitFor();
  assert.deepEqual(await titles.allTextContents(), [
    'Windows Server 2025 Datacenter - 2 Core License Pack',
    'Windows Server 2025 Datacenter - 16 Core License Pack',
  ]);
  assert.deepEqual(errors, []);
});

test('each price says what one license counts: per room, per workload, per core pack, per device, in both languages', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  const addProducts = app.server.url + '/customers/contoso-pharma/add-products';
  const productPrice = async (query, title, tab = 'online-services') => {
    await page.goto(`${addProducts}?category=${tab}&q=${encodeURIComponent(query)}&blocked=1`);
    const product = page.locator('li.product').filter({ hasText: title }).first();
    await product.waitFor();
    return (await product.locator('.product-price').textContent()).trim();
  };
  assert.match(await productPrice('Teams Rooms', 'Microsoft Teams Rooms'), /per room per month$/);
  assert.match(await productPrice('Acronis', 'Acronis Cyber Protect Cloud'), /per workload per month$/);
  assert.match(await productPrice('Windows Server 2025 Standard', 'Windows Server 2025 Standard', 'software'), /per core pack per month$/);
  assert.match(await productPrice('Microsoft 365 E3', 'Microsoft 365 E3'), /per user per month$/);
  // A product whose SKUs count different things (user and device CALs) says per unit.
  assert.match(await productPrice('Remote Desktop Services', 'Remote Desktop Services', 'software'), /per unit per month$/);

  await page.goto(`${addProducts}?view=skus&q=${encodeURIComponent('Teams Rooms Pro')}&lang=fr`);
  const rooms = page.locator('li.offer').filter({ has: page.getByRole('heading', { name: 'Microsoft Teams Rooms Pro', exact: true }) });
  await waitForText(rooms.getByTestId('price-per-month'), 'par salle et par mois');
  assert.deepEqual(errors, []);
});
