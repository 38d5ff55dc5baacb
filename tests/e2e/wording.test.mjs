// The words on screen, read as a user reads them: every page of a purchase journey, with one
// of a thing and several, scanned for the mistakes a reader notices ("1 seats", "line(s)",
// "a Education customer", "the customer's is", a Rust name leaking into a sentence).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useAppInBrowser, waitForText } from './support.mjs';

const app = useAppInBrowser();

const NOUNS = ['seat', 'line', 'SKU', 'product', 'offer', 'row', 'day', 'hour', 'customer', 'subscription', 'item', 'order'];
const BAD = [
  [/\(s\)/, 'a "(s)" plural'],
  [/\b[Aa] [AEIOaeio]\w/, '"a" before a vowel'],
  [new RegExp(`(?<![\\d.,])1 (${NOUNS.map((n) => n + 's').join('|')})\\b`), 'one with a plural noun'],
  [new RegExp(`(?<![\\w.,:$€£-])(0|[2-9]|\\d{2,}|\\d{1,3}(,\\d{3})+) (${NOUNS.join('|')})\\b`), 'several with a singular noun'],
  [/(?<![\d.,])1 were\b/, '"1 were"'],
  [/'s (is|was|are) /, 'a possessive without its noun'],
  [/billed none/i, '"billed none"'],
  [/ [.,;](\s|$)|^\s*[.,;]/, 'punctuation cut off from its sentence'],
  [/\b(OneMonth|OneYear|ThreeYears|InReview|StateOwnedEntity|DirectBill|Some\(|None\))/, 'a name from the code'],
];

/** The lines of visible text on the page that read wrong, each with where it was seen. */
async function misreadings(page, where) {
  const text = await page.evaluate(() => document.body.innerText);
  const found = [];
  for (const line of text.split('\n')) {
    for (const [pattern, what] of BAD) {
      if (pattern.test(line)) found.push(`${where}: ${what}: ${line.trim()}`);
    }
  }
  return found;
}


function offerRow(page, title) {
  return page.locator('li.offer').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

async function addOne(page, title) {
  const row = offerRow(page, title);
  await row.getByLabel('Quantity').fill('1');
  await row.getByRole('button', { name: `Add to cart: ${title}` }).click();
  await waitForText(row.locator('.buy-messages'), `Added 1 × ${title} to the cart.`);
}

test('the checker catches the mistakes it looks for', () => {
  const caught = (line) => BAD.some(([pattern]) => pattern.test(line));
  for (const bad of ['.', 'under Subscriptions .', '2 line(s)', 'to a Education customer', '1 seats', '25 seat', 'the customer\'s is in review', '1 were requested', 'Billed none', 'OneYear']) {
    assert.ok(caught(bad), bad);
  }
  for (const good of ['1 seat', '2 seats', '1,000 seats', '$1 seat'.slice(1), 'an Education customer', 'Today is 24 Nov 2026', '1 year, billed monthly', 'ORD-2026-0001', 'Office 365 E3 subscription']) {
    assert.ok(!caught(good), good);
  }
});

test('every page of a purchase journey reads right, for one line and for several', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  const found = [];
  const visit = async (path, where) => {
    await page.goto(app.server.url + path);
    await page.locator('main h1').first().waitFor();
    found.push(...(await misreadings(page, where)));
  };

  await visit('/', 'customers');
  await visit('/rules', 'rules');
  await visit('/partner', 'partner');
  await visit('/data', 'data');
  for (const theme of ['special-segments', 'partner-and-agreement', 'countries', 'add-ons', 'price-lists-and-trials', 'quantities', 'after-the-sale']) {
    await visit(`/training?theme=${theme}&set=11`, `training ${theme}`);
  }
  await visit('/customers/tatra-logistics/add-products?blocked=1', 'products with blocked');
  await visit('/customers/fabrikam-gmbh/add-products?view=skus&blocked=1&q=Business', 'SKUs with reasons');
  for (const customer of ['northwind-schools', 'riverbend-rescue', 'alder-county', 'harbor-port-authority', 'wide-world-importers']) {
    await visit(`/customers/${customer}/add-products?blocked=1`, customer);
    assert.equal(await page.locator('main h1').first().textContent(), 'Add products', customer);
  }

  // One line in the cart, then that line blocked: "1 line can't be bought; fix or remove it."
  await visit('/customers/tatra-logistics/add-products?view=skus&q=Power%20BI%20Pro', 'add');
  await addOne(page, 'Power BI Pro');
  await visit('/customers/tatra-logistics/review', 'review, one line');
  await visit('/customers/tatra-logistics/edit', 'edit');
  await page.getByLabel('The customer has accepted the Microsoft Customer Agreement').uncheck();
  await page.getByRole('button', { name: 'Save customer' }).click();
  await page.getByRole('heading', { name: 'Customers' }).waitFor();
  await visit('/customers/tatra-logistics/review', 'review, one blocked line');
  await waitForText(page.locator('.warn-text'), "1 line can't be bought; fix or remove it.");
  found.push(...(await misreadings(page, 'review, one blocked line')));

  // One seat bought, then its order, history and subscriptions.
  await visit('/customers/fabrikam-gmbh/add-products?view=skus&q=Power%20BI%20Pro', 'add');
  await addOne(page, 'Power BI Pro');
  await visit('/customers/fabrikam-gmbh/review', 'review');
  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  await page.waitForURL(/placed=1/);
  found.push(...(await misreadings(page, 'order placed')));
  await visit('/customers/fabrikam-gmbh/orders', 'order history');
  await visit('/customers/fabrikam-gmbh/subscriptions', 'subscriptions');

  await visit('/customers/new', 'new customer');
  await page.getByRole('button', { name: 'Save customer' }).click();
  await page.locator('#error-summary').waitFor();
  found.push(...(await misreadings(page, 'new customer, errors')));

  assert.deepEqual(found, []);
  assert.deepEqual(errors, []);
});

test('one row speaks one date style: a qualification in review and an agreement accepted', async () => {
  // Issue 26.10: "In review since 2 November 2026" beside "Accepted 28 Oct 2026".
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/');
  const lakeside = page.locator('tbody.customer').filter({ hasText: 'Lakeside College' });
  await waitForText(lakeside, 'In review since 2 Nov 2026');
  await waitForText(lakeside, 'Accepted 28 Oct 2026');
  const long = /\b(January|February|March|April|June|July|August|September|October|November|December)\b/;
  for (const row of await page.locator('tbody.customer').allTextContents()) {
    assert.doesNotMatch(row, long, row);
  }
  assert.deepEqual(errors, []);
});

test('a qualification chosen for a new customer starts in review from today, as in Partner Center', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/customers/new');
  await page.getByLabel('Company name').fill('Lamna Academy');
  await page.getByLabel('Tenant country').selectOption('US');
  await page.getByLabel('Qualification', { exact: true }).selectOption({ label: 'Education' });
  const status = page.getByLabel('Status');
  assert.equal(await status.locator('option:checked').textContent(), 'In review');
  const today = new Date().toISOString().slice(0, 10);
  assert.equal(await page.getByLabel('In review since').inputValue(), today);
  await page.getByRole('button', { name: 'Save customer' }).click();
  const row = page.locator('tbody.customer').filter({ hasText: 'Lamna Academy' });
  await waitForText(row, 'In review since ');
  assert.doesNotMatch(await row.textContent(), /Approved/);
  assert.deepEqual(errors, []);
});

test("the order page's button says where it goes, not a status", async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?view=skus&q=Visio%20Plan%201');
  const row = page.locator('li.offer').filter({ has: page.getByRole('heading', { name: 'Visio Plan 1', exact: true }) });
  await row.getByLabel('Quantity').fill('2');
  await row.getByRole('button', { name: 'Add to cart: Visio Plan 1' }).click();
  await waitForText(row.locator('.buy-messages'), 'Added 2 × Visio Plan 1 to the cart.');
  await page.goto(app.server.url + '/customers/contoso-pharma/review');
  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  await page.waitForURL(/placed=1/);
  await page.getByRole('button', { name: 'Done, back to order history', exact: true }).click();
  await page.getByRole('heading', { name: 'Order history' }).waitFor();
  assert.deepEqual(errors, []);
});

test('the Rules page links every Microsoft page it names, in a new tab', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/rules');
  const links = page.locator('.rule-pages a');
  await links.first().waitFor();
  assert.ok(await links.count() >= 20, `${await links.count()} links`);
  const special = page.locator('dd').filter({ hasText: 'Education' }).locator('.rule-pages').first();
  const link = special.getByRole('link', { name: 'Sell to specialized industries like education, non-profit, and government users' });
  assert.equal(
    await link.getAttribute('href'),
    'https://learn.microsoft.com/en-us/search/?terms=%22Sell+to+specialized+industries+like+education%2C+non-profit%2C+and+government+users%22',
  );
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match(await link.getAttribute('rel'), /noopener/);
  assert.deepEqual(errors, []);
});

test('an ended subscription says nothing about renewing, an active one says whether it will', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/customers/contoso-pharma/subscriptions');
  const autoRenew = (name) => page.locator('tbody.subscription').filter({ hasText: name }).locator('td[data-label="Auto-renew"]');
  await waitForText(autoRenew('Dynamics 365 Sales Enterprise Trial'), '—');
  await waitForText(autoRenew('Microsoft 365 Business Premium'), 'On');
  assert.deepEqual(errors, []);
});
