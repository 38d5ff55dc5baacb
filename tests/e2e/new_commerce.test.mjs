// New commerce as it is on the app's day (issue 24), end to end: the rules with their dates,
// Teams out of the enterprise suites for new customers, GCC validation, trials that convert
// to paid unless auto-renew is turned off, a cancellation window that opens again at renewal,
// and a price locked for the term.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useAppInBrowser, waitForText } from './support.mjs';

const app = useAppInBrowser();

function offerRow(page, title) {
  return page.locator('li.offer').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

async function moveDay(page, iso) {
  await page.getByRole('button', { name: /^Today is / }).click();
  await page.getByLabel("The app's day").fill(iso);
  await page.getByRole('button', { name: 'Move to this day' }).click();
  await waitForText(page.locator('.day-banner'), "The app's day is");
}

function isoDaysFromNow(days) {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

async function buyOne(page, customer, title, quantity) {
  await page.goto(`${app.server.url}/customers/${customer}/add-products?view=skus&q=${encodeURIComponent(title)}`);
  const offer = offerRow(page, title);
  await offer.getByLabel('Quantity').fill(String(quantity));
  await offer.getByRole('button', { name: `Add to cart: ${title}` }).click();
  await waitForText(offer.locator('.buy-messages'), `Added ${quantity} × ${title} to the cart.`);
  await page.goto(`${app.server.url}/customers/${customer}/review`);
  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  await page.waitForURL(/placed=1/);
}

test('a customer new to the suites is told to buy them without Teams; one that owns a suite with Teams still buys it', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  // Adatum Energy, in Norway, owns nothing: from 1 October 2023 it buys E3 without Teams.
  await page.goto(app.server.url + '/customers/adatum-energy/add-products?view=skus&q=Microsoft%20365%20E3&blocked=1');
  const withTeams = offerRow(page, 'Microsoft 365 E3');
  await withTeams.waitFor();
  assert.deepEqual(await withTeams.locator('ul.reasons li').allTextContents(), [
    'Since 1 October 2023, a customer new to the enterprise suites buys the suite without Teams and Microsoft Teams Enterprise; only a customer that already owns a suite with Teams can buy this one.',
  ]);
  assert.equal(await withTeams.getByRole('button', { name: /^Add to cart: / }).count(), 0);
  await offerRow(page, 'Microsoft 365 E3 (no Teams)').getByRole('button', { name: 'Add to cart: Microsoft 365 E3 (no Teams)' }).waitFor();
  // On the day before the change in Norway the rule didn't stand in its way (Adatum accepted
  // the Customer Agreement only in 2025, which does), and from that day it does.
  await moveDay(page, '2023-09-30');
  await waitForText(withTeams.locator('ul.reasons').first(), 'Customer Agreement');
  assert.doesNotMatch((await withTeams.locator('ul.reasons li').allTextContents()).join(' '), /enterprise suites/);
  await moveDay(page, '2023-10-01');
  await waitForText(withTeams.locator('ul.reasons'), 'Since 1 October 2023, a customer new to the enterprise suites');
  await page.getByRole('button', { name: 'Back to the real date' }).click();

  // Contoso owns Microsoft 365 E3 with Teams: it may buy more.
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?view=skus&q=Microsoft%20365%20E3');
  await offerRow(page, 'Microsoft 365 E3').getByRole('button', { name: 'Add to cart: Microsoft 365 E3' }).waitFor();
  assert.deepEqual(errors, []);
});

test('the Rules page gives each rule its dates and earlier versions, and marks the one in force on the app\'s day', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/rules');
  const teams = page.locator('dl.rule-list dd').filter({ hasText: 'A customer new to the enterprise suites buys them without Teams' });
  await waitForText(teams.locator('.rule-dates'), 'In force since 1 April 2024.');
  const earlier = await teams.locator('.rule-history li').allTextContents();
  assert.equal(earlier.length, 2);
  assert.match(earlier[0], /^Until 30 September 2023: Every commercial customer could buy the enterprise suites with Teams/);
  assert.match(earlier[1], /^Until 31 March 2024: In the European Economic Area and Switzerland/);
  const seats = page.locator('dl.rule-list dd').filter({ hasText: 'at the price the term began with' });
  await waitForText(seats.locator('.rule-history li'), 'Until 28 February 2022: When new commerce began for licenses (January 2022), seats could be removed, and a subscription cancelled, only within 72 hours');
  // A rule whose change has no date says so rather than inventing one.
  const reseller = page.locator('dl.rule-list dd').filter({ hasText: "needs the partner's GCC validation" });
  await waitForText(reseller.locator('.rule-history li'), 'Before (when it changed is unverified):');

  // On a day in 2022 the earlier version of the Teams rule is the one that applies.
  await moveDay(page, '2022-06-01');
  await waitForText(teams.locator('.rule-dates'), "In force from 1 April 2024: on the app's day, 1 June 2022, the earlier version marked below applies.");
  const applies = teams.locator('.rule-history li.applies');
  assert.equal(await applies.count(), 1);
  await waitForText(applies, "Applies on the app's day");
  assert.match(await applies.textContent(), /Until 30 September 2023/);
  assert.deepEqual(errors, []);
});

test('a partner without GCC validation cannot sell G5 GCC to Alder County until it ticks the validation on its profile', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/customers/alder-county/add-products?view=skus&q=G5%20GCC&blocked=1');
  const g5 = offerRow(page, 'Microsoft 365 G5 GCC');
  await g5.waitFor();
  assert.deepEqual(await g5.locator('ul.reasons li').allTextContents(), [
    "Selling Online services to Government Community Cloud customers needs the partner's GCC validation, which the partner doesn't have.",
  ]);
  await page.goto(app.server.url + '/partner');
  await page.getByLabel('Validated for GCC (needed to sell Government Community Cloud subscriptions)').check();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved. Every verdict now uses this profile.' }).waitFor();
  await page.goto(app.server.url + '/customers/alder-county/add-products?view=skus&q=G5%20GCC');
  await offerRow(page, 'Microsoft 365 G5 GCC').getByRole('button', { name: 'Add to cart: Microsoft 365 G5 GCC' }).waitFor();
  assert.deepEqual(errors, []);
});

test('a trial converts to paid at the end of its 30 days unless auto-renew is turned off', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await buyOne(page, 'fabrikam-gmbh', 'Microsoft 365 Business Standard Trial', 25);
  await buyOne(page, 'fabrikam-gmbh', 'Power BI Pro Trial', 25);
  await page.goto(app.server.url + '/customers/fabrikam-gmbh/subscriptions');
  const standardToggle = page.getByRole('button', { name: 'Microsoft 365 Business Standard Trial', exact: true });
  const standard = page.locator('tbody.subscription').filter({ has: standardToggle });
  await waitForText(standard.locator('tr').first(), /Converts to paid on /);
  assert.equal(await standard.locator('td[data-label="Auto-renew"]').textContent(), 'On');
  await standardToggle.click();
  await waitForText(standard.locator('.manage .hint').first(), /this trial becomes Microsoft 365 Business Standard for 25 seats, billed from that day, unless auto-renew is turned off before\./);

  // The Power BI trial is turned off: it will end with nothing to pay.
  const biToggle = page.getByRole('button', { name: 'Power BI Pro Trial', exact: true });
  const bi = page.locator('tbody.subscription').filter({ has: biToggle });
  await biToggle.click();
  await bi.getByRole('switch', { name: 'Convert to paid at the end of the trial (auto-renew)' }).uncheck();
  await waitForText(bi.getByRole('status'), 'Auto-renew is off: the trial ends after its 30 days, with nothing to pay.');

  // Thirty-one days on, Business Standard has been bought; Power BI Pro Trial has ended.
  await moveDay(page, isoDaysFromNow(31));
  await waitForText(page.getByTestId('trials-converted'), /Microsoft 365 Business Standard Trial converted to a paid subscription on .*, as its auto-renew was on: order [0-9A-F]{16}, 25 seats of Microsoft 365 Business Standard\./);
  assert.doesNotMatch(await page.getByTestId('trials-converted').textContent(), /Power BI/);
  await page.getByRole('button', { name: 'Microsoft 365 Business Standard', exact: true }).waitFor();
  await waitForText(bi.locator('tr').first(), 'Expired');
  // The bill is an order of its own, and it is there after a reload.
  await page.reload();
  await page.goto(app.server.url + '/customers/fabrikam-gmbh/orders');
  await page.locator('tbody tr').filter({ hasText: 'Microsoft 365 Business Standard' }).first().waitFor();
  assert.deepEqual(errors, []);
});

test('a subscription can be cancelled again within 168 hours of its renewal, and the renewal is on the order', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await buyOne(page, 'tatra-logistics', 'Power BI Pro', 4);
  const orderUrl = page.url().replace(/\?.*$/, '');
  // Bought today, 1 year: a year and two days later it has renewed.
  await moveDay(page, isoDaysFromNow(367));
  await page.goto(orderUrl);
  const cancel = page.getByRole('button', { name: /^Cancel line 1 \(refund / });
  await cancel.waitFor();
  await page.locator('tr.account-entry').filter({ hasText: /Power BI Pro renewed for a new term on .* \(4 seats\)/ }).waitFor();
  await cancel.click();
  await page.getByRole('button', { name: 'Yes, cancel it' }).click();
  await waitForText(page.locator('#order-message'), /Refund/);
  await page.locator('tr.account-entry').filter({ hasText: 'Refund: Power BI Pro cancelled on' }).waitFor();

  // A second order, past its renewal's week: the sentence says the renewal's window closed.
  await page.getByRole('button', { name: 'Back to the real date' }).click();
  await buyOne(page, 'tatra-logistics', 'Power BI Pro', 2);
  const second = page.url().replace(/\?.*$/, '');
  await moveDay(page, isoDaysFromNow(375));
  await page.goto(second);
  await waitForText(page.getByTestId('cancel-closed'), /could be cancelled only within 168 hours of its renewal; that window closed on /);
  assert.deepEqual(errors, []);
});

test("seats added mid-term cost the price the term began with, not the price list's new one", async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/customers/contoso-pharma/subscriptions');
  // Contoso's E3 was bought on 10 February 2026 at $432 a seat for the year; Microsoft raised
  // it to $468 on 1 July 2026. On 15 December 2026, 10 seats for the 57 days left cost
  // 10 × $432 × 57 / 365.
  await moveDay(page, '2026-12-15');
  const toggle = page.getByRole('button', { name: 'Microsoft 365 E3', exact: true });
  await toggle.click();
  const entry = page.locator('tbody.subscription').filter({ has: toggle });
  await entry.getByLabel(/Seats to add or remove/).fill('10');
  await entry.getByRole('button', { name: 'Add seats' }).click();
  await waitForText(entry.getByRole('status'), /Added 10 seats to Microsoft 365 E3: 60 seats now\. Charged \$674\.63 for the 57 days left/);
  assert.deepEqual(errors, []);
});

test('a renewal can change the edition, shown as "At renewal on …", and seats added mid-term clear it', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/customers/contoso-pharma/subscriptions');
  const toggle = page.getByRole('button', { name: 'Microsoft 365 E3', exact: true });
  await toggle.click();
  const entry = page.locator('tbody.subscription').filter({ has: toggle });
  const renewal = entry.getByRole('group', { name: 'At renewal' });
  await renewal.getByLabel('Seats', { exact: true }).fill('40');
  await renewal.getByLabel('Edition').selectOption({ label: 'Microsoft 365 E5' });
  await renewal.getByRole('button', { name: 'Save renewal changes' }).click();
  // The term and billing stay as they are (Contoso pays its E3 for the year at once).
  await waitForText(entry.getByRole('status'), /^At renewal: Microsoft 365 E5, 40 seats, 1 year, billed (annually|monthly)\.$/);
  await waitForText(entry.locator('tr').first(), /At renewal on 10 Feb 2027: Microsoft 365 E5, 40 seats, 1 year, billed/);
  // Kept after a reload.
  await page.reload();
  await waitForText(page.locator('tbody.subscription').filter({ has: page.getByRole('button', { name: 'Microsoft 365 E3', exact: true }) }).locator('tr').first(), /At renewal on 10 Feb 2027: Microsoft 365 E5/);

  // A change mid-term clears what was scheduled, and the message says so.
  await page.getByRole('button', { name: 'Microsoft 365 E3', exact: true }).click();
  const again = page.locator('tbody.subscription').filter({ has: page.getByRole('button', { name: 'Microsoft 365 E3', exact: true }) });
  await again.getByLabel(/Seats to add or remove/).fill('2');
  await again.getByRole('button', { name: 'Add seats' }).click();
  await waitForText(again.getByRole('status'), /Added 2 seats to Microsoft 365 E3: 52 seats now\. .* What was scheduled for the renewal was cleared, as a change mid-term does\./);
  await waitForText(again.locator('tr').first(), 'Renews on 10 Feb 2027');
  assert.deepEqual(errors, []);
});

test('a purchase can be co-termed on Review with a subscription the customer owns', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/customers/fabrikam-gmbh/add-products?view=skus&q=Power%20BI%20Pro');
  const offer = offerRow(page, 'Power BI Pro');
  await offer.getByLabel('Quantity').fill('10');
  await offer.getByRole('button', { name: 'Add to cart: Power BI Pro' }).click();
  await waitForText(offer.locator('.buy-messages'), 'Added 10 × Power BI Pro to the cart.');
  await page.goto(app.server.url + '/customers/fabrikam-gmbh/review');
  const end = page.getByLabel('Term end of Power BI Pro');
  const price = page.locator('tr[data-line] td.num').last();
  const full = await price.textContent();
  const withE3 = (await end.locator('option').allTextContents()).find((o) => o.startsWith('With Office 365 E3, ends '));
  assert.ok(withE3, 'Office 365 E3 is offered to end with');
  await end.selectOption({ label: withE3 });
  // Priced for the days until then: less than the full term.
  await page.waitForFunction((before) => {
    const cells = document.querySelectorAll('tr[data-line] td.num');
    return cells.length > 0 && cells[cells.length - 1].textContent !== before;
  }, full);
  const dollars = (text) => Number(text.replace(/[^0-9.]/g, ''));
  assert.ok(dollars(await price.textContent()) < dollars(full), 'priced for the days until then');
  const endsOn = withE3.replace('With Office 365 E3, ends ', '');
  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  await page.waitForURL(/placed=1/);
  await page.goto(app.server.url + '/customers/fabrikam-gmbh/subscriptions');
  const row = page.locator('tbody.subscription').filter({ has: page.getByRole('button', { name: 'Power BI Pro', exact: true }) });
  await waitForText(row.locator('tr').first(), ` – ${endsOn}`);
  assert.deepEqual(errors, []);
});

test('a term can get longer mid-term, never shorter, and the order shows what it charged and credited', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/customers/fabrikam-gmbh/add-products?view=skus&q=Power%20BI%20Pro');
  const offer = offerRow(page, 'Power BI Pro');
  await offer.getByLabel('Quantity').fill('4');
  await offer.getByRole('button', { name: 'Add to cart: Power BI Pro' }).click();
  await waitForText(offer.locator('.buy-messages'), 'Added 4 × Power BI Pro to the cart.');
  await page.goto(app.server.url + '/customers/fabrikam-gmbh/review');
  await page.getByLabel('Term and billing for Power BI Pro').selectOption({ label: '1 month, billed monthly' });
  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  await page.waitForURL(/placed=1/);
  const orderUrl = page.url().replace(/\?.*$/, '');

  await page.goto(app.server.url + '/customers/fabrikam-gmbh/subscriptions');
  const toggle = page.getByRole('button', { name: 'Power BI Pro', exact: true });
  await toggle.click();
  const entry = page.locator('tbody.subscription').filter({ has: toggle });
  const longer = entry.getByRole('group', { name: 'A longer term, from today' });
  const options = await longer.getByLabel('Term and billing').locator('option').allTextContents();
  assert.ok(options.every((o) => o.startsWith('1 year')), `only longer terms: ${options}`);
  await longer.getByLabel('Term and billing').selectOption({ label: '1 year, billed monthly' });
  await longer.getByRole('button', { name: 'Change the term now' }).click();
  await waitForText(entry.getByRole('status'), /^The term is now 1 year, billed monthly from today: charged \$[\d,.]+ for its first billing period, credited \$[\d,.]+ for the rest of the previous one\.$/);
  await waitForText(entry.locator('td[data-label="Term and billing"]'), '1 year, billed monthly');
  // Now a year: nothing longer on offer but three years where sold, and never back to a month.
  assert.equal(await entry.getByRole('group', { name: 'A longer term, from today' }).locator('option', { hasText: '1 month' }).count(), 0);

  await page.goto(orderUrl);
  await page.locator('tr.account-entry').filter({ hasText: 'Power BI Pro moved to a longer term on' }).waitFor();
  await page.locator('tr.account-entry').filter({ hasText: "Credit: the rest of Power BI Pro's previous billing period" }).waitFor();
  assert.deepEqual(errors, []);
});
