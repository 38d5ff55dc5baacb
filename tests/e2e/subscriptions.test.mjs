// After Buy, end to end: the Subscriptions page, with the app's day moved to watch windows
// close and a term end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useAppInBrowser, waitForText } from './support.mjs';

const app = useAppInBrowser();


function isoDaysFromNow(days) {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

async function moveDay(page, iso) {
  await page.getByRole('button', { name: /^Today is / }).click();
  await page.getByLabel("The app's day").fill(iso);
  await page.getByRole('button', { name: 'Move to this day' }).click();
  await waitForText(page.locator('.day-banner'), "The app's day is");
}

test('buy, add seats, remove them within and after 168 hours, change the next term, let it end', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?view=skus&q=Power%20BI%20Pro');
  const offer = page.locator('li.offer').filter({ has: page.getByRole('heading', { name: 'Power BI Pro', exact: true }) });
  await offer.getByLabel('Quantity').fill('10');
  await offer.getByRole('button', { name: 'Add to cart: Power BI Pro' }).click();
  await waitForText(offer.locator('.buy-messages'), 'Added 10 × Power BI Pro to the cart.');
  await page.goto(app.server.url + '/customers/contoso-pharma/review');
  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  await page.waitForURL(/placed=1/);

  await page.locator('.banner-ok').getByRole('link', { name: 'Subscriptions' }).click();
  await page.getByRole('heading', { name: 'Subscriptions', level: 1 }).waitFor();
  const toggle = page.getByRole('button', { name: 'Power BI Pro', exact: true });
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const entry = page.locator('tbody.subscription').filter({ has: toggle });
  const seats = entry.getByLabel(/Seats to add or remove/);
  const status = entry.getByRole('status');

  await seats.fill('abc');
  await entry.getByRole('button', { name: 'Add seats' }).click();
  await waitForText(status, 'The quantity must be a whole number; "abc" is not.');
  await seats.fill('5');
  await entry.getByRole('button', { name: 'Add seats' }).click();
  await waitForText(status, /Added 5 seats to Power BI Pro: 15 seats now\. Charged \$[\d,.]+ for the \d+ days left of this billing period\./);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Add seats', 'focus stays on the button');
  await seats.fill('3');
  await entry.getByRole('button', { name: 'Remove seats' }).click();
  await waitForText(status, /Removed 3 seats from Power BI Pro: 12 seats now\. Refund: \$/);
  assert.equal(await entry.locator('td.num').textContent(), '12');

  // Eight days later the purchase's 168 hours are over.
  await moveDay(page, isoDaysFromNow(8));
  await seats.fill('1');
  await entry.getByRole('button', { name: 'Remove seats' }).click();
  await waitForText(status, "Seats can be removed only within 168 hours of the purchase, a renewal or their addition; this term's window closed on");
  // Seats added that day can go again within their own 168 hours, but no more than them.
  await seats.fill('2');
  await entry.getByRole('button', { name: 'Add seats' }).click();
  await waitForText(status, 'Added 2 seats');
  await seats.fill('3');
  await entry.getByRole('button', { name: 'Remove seats' }).click();
  await waitForText(status, /Only the 2 seats added in the last 168 hours can be removed now/);
  await seats.fill('2');
  await entry.getByRole('button', { name: 'Remove seats' }).click();
  await waitForText(status, 'Removed 2 seats from Power BI Pro: 12 seats now.');

  // The next term: fewer seats, month to month.
  await entry.getByLabel('Seats', { exact: true }).fill('8');
  await entry.getByLabel('Term and billing').selectOption({ label: '1 month, billed monthly' });
  await entry.getByRole('button', { name: 'Save renewal changes' }).click();
  await waitForText(status, 'At renewal: 8 seats, 1 month, billed monthly.');
  await waitForText(entry.locator('tr').first(), ': 8 seats, 1 month, billed monthly');

  // A year later the term renews with those changes.
  await moveDay(page, isoDaysFromNow(370));
  assert.equal(await entry.locator('td.num').textContent(), '8');
  await waitForText(entry.locator('tr').first(), '1 month, billed monthly');

  // Auto-renew off: the subscription ends with this (monthly) term.
  await entry.getByRole('switch', { name: 'Renew automatically at the end of the term' }).uncheck();
  await waitForText(status, 'Auto-renew is off: the subscription ends with its term.');
  await waitForText(entry.locator('tr').first(), 'Ends on');

  await moveDay(page, isoDaysFromNow(410));
  await waitForText(entry.locator('tr').first(), 'Expired');
  await waitForText(entry, 'This subscription is expired: nothing can change on it.');

  // Stored: a reload in the same tab (same day) shows the same.
  await page.reload();
  const again = page.locator('tbody.subscription').filter({ has: page.getByRole('button', { name: 'Power BI Pro', exact: true }) });
  await waitForText(again.locator('tr').first(), 'Expired');
  assert.equal(await again.locator('td.num').textContent(), '8');
  assert.deepEqual(errors, []);
});

test('an unknown customer id in the address gets a clear page, not a blank one', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/customers/no-such-customer/subscriptions');
  await page.getByRole('heading', { name: 'Customer not found' }).waitFor();
  assert.deepEqual(errors, []);
});

test('upgrade part of a subscription, convert a trial to paid, and see an upgrade the rules refuse', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/customers/contoso-pharma/subscriptions');
  const premiumToggle = page.getByRole('button', { name: 'Microsoft 365 Business Premium', exact: true });
  await premiumToggle.click();
  const premium = page.locator('tbody.subscription').filter({ has: premiumToggle });
  await premium.getByLabel('Upgrade to').selectOption({ label: 'Microsoft 365 E5' });
  await premium.getByLabel('Seats to move (empty: all)').fill('30');
  await premium.getByRole('button', { name: 'Upgrade', exact: true }).click();
  // New commerce: not a fresh year from today, but to Business Premium's term end, with its
  // cancellation window (closed long ago), not a new week to cancel in.
  await waitForText(premium.getByRole('status'), /Upgraded: 30 seats of Microsoft 365 E5, 1 year, billed annually, on order [0-9A-F]{16}, from today to the end of the term on \d{1,2} \w+ \d{4}\./);
  const upgradeOrder = (await premium.getByRole('status').textContent()).match(/order ([0-9A-F]{16})/)[1];
  assert.equal(await premium.locator('td.num').textContent(), '250');
  await page.getByRole('button', { name: 'Microsoft 365 E5', exact: true }).waitFor();
  await page.goto(`${app.server.url}/customers/contoso-pharma/orders/${upgradeOrder}`);
  await waitForText(page.getByTestId('cancel-closed'), /could be cancelled only within 168 hours of the purchase or renewal of the subscription it was upgraded from; that window closed on /);

  // A trial, bought today, becomes a paid subscription.
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?view=skus&q=Power%20BI%20Pro%20Trial');
  const trialOffer = page.locator('li.offer').filter({ has: page.getByRole('heading', { name: 'Power BI Pro Trial', exact: true }) });
  await trialOffer.getByLabel('Quantity').fill('25');
  await trialOffer.getByRole('button', { name: 'Add to cart: Power BI Pro Trial' }).click();
  await waitForText(trialOffer.locator('.buy-messages'), 'Added 25 × Power BI Pro Trial to the cart.');
  await page.goto(app.server.url + '/customers/contoso-pharma/review');
  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  await page.waitForURL(/placed=1/);
  await page.goto(app.server.url + '/customers/contoso-pharma/subscriptions');
  const trialToggle = page.getByRole('button', { name: 'Power BI Pro Trial', exact: true });
  await trialToggle.click();
  const trial = page.locator('tbody.subscription').filter({ has: trialToggle });
  await trial.getByLabel('Seats', { exact: true }).fill('10');
  await trial.getByRole('button', { name: 'Convert to paid' }).click();
  await waitForText(trial.getByRole('status'), /Converted to paid: 10 seats of Power BI Pro, 1 year, billed monthly, on order [0-9A-F]{16} from today\./);
  await waitForText(trial.locator('tr').first(), 'Converted to paid');

  // An upgrade is a purchase: a customer without the Customer Agreement can't make one.
  await page.goto(app.server.url + '/customers/wide-world-importers/subscriptions');
  const basicToggle = page.getByRole('button', { name: 'Microsoft 365 Business Basic', exact: true });
  await basicToggle.click();
  const basic = page.locator('tbody.subscription').filter({ has: basicToggle });
  await basic.getByLabel('Upgrade to').selectOption({ label: 'Microsoft 365 Business Standard' });
  await basic.getByRole('button', { name: 'Upgrade', exact: true }).click();
  await waitForText(basic.getByRole('status'), 'The customer has not accepted the Microsoft Customer Agreement.');
  assert.equal(await basic.locator('td.num').textContent(), '20');
  assert.deepEqual(errors, []);
});

test('an add-on is bought from the catalog with no base to pick, and cancelling its prerequisite leaves it', async () => {
  // New commerce: an add-on is a subscription of its own once the tenant owns a prerequisite
  // (the 2020 seeds bought it onto a chosen base and ended it with that base).
  const errors = [];
  const page = await openPage(app.browser, errors);
  const buy = async (title, quantity) => {
    await page.goto(app.server.url + `/customers/fabrikam-gmbh/add-products?view=skus&q=${encodeURIComponent(title)}`);
    const offer = page.locator('li.offer').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    await offer.getByLabel('Quantity').fill(String(quantity));
    await offer.getByRole('button', { name: `Add to cart: ${title}` }).click();
    await waitForText(offer.locator('.buy-messages'), `Added ${quantity} × ${title} to the cart.`);
    await page.goto(app.server.url + '/customers/fabrikam-gmbh/review');
    // Review asks for no base subscription.
    assert.equal(await page.getByLabel('Base subscription').count(), 0);
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    await page.waitForURL(/placed=1/);
    return page.url();
  };
  const baseOrder = await buy('Power BI Pro', 5);
  await buy('Power BI Premium Per User Add-on', 5);

  await page.goto(app.server.url + '/customers/fabrikam-gmbh/subscriptions');
  const addOn = page.locator('tbody.subscription').filter({ has: page.getByRole('button', { name: 'Power BI Premium Per User Add-on', exact: true }) });
  await waitForText(addOn.locator('tr').first(), 'Active');
  assert.doesNotMatch(await addOn.textContent(), /Add-on of/);

  await page.goto(baseOrder.replace('?placed=1', ''));
  await page.getByRole('button', { name: /Cancel line 1/ }).click();
  assert.doesNotMatch(await page.getByRole('group', { name: 'Confirm cancelling line 1' }).textContent(), /add-ons/i);
  await page.getByRole('button', { name: 'Yes, cancel it' }).click();
  await waitForText(page.locator('.banner-info'), /Line 1 was cancelled\. Refund: \$[\d,.]+\./);

  await page.goto(app.server.url + '/customers/fabrikam-gmbh/subscriptions');
  const base = page.locator('tbody.subscription').filter({ has: page.getByRole('button', { name: 'Power BI Pro', exact: true }) });
  await waitForText(base.locator('tr').first(), 'Cancelled');
  await waitForText(addOn.locator('tr').first(), 'Active');
  assert.deepEqual(errors, []);
});

test("refunds add up: seats removed and a cancellation are each on the order with its day, never more than was billed", async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  // 10 seats of Power BI Pro for a year billed monthly: $176.40 a seat a year, so the first
  // invoice is 10 × $14.70 = $147.00.
  await page.goto(app.server.url + '/customers/fabrikam-gmbh/add-products?view=skus&q=Power%20BI%20Pro');
  const offer = page.locator('li.offer').filter({ has: page.getByRole('heading', { name: 'Power BI Pro', exact: true }) });
  await offer.getByLabel('Quantity').fill('10');
  await offer.getByRole('button', { name: 'Add to cart: Power BI Pro' }).click();
  await waitForText(offer.locator('.buy-messages'), 'Added 10 × Power BI Pro to the cart.');
  await page.goto(app.server.url + '/customers/fabrikam-gmbh/review');
  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  await page.waitForURL(/placed=1/);
  const orderUrl = page.url().replace('?placed=1', '');

  await page.locator('.banner-ok').getByRole('link', { name: 'Subscriptions' }).click();
  const toggle = page.getByRole('button', { name: 'Power BI Pro', exact: true });
  await toggle.click();
  const entry = page.locator('tbody.subscription').filter({ has: toggle });
  await entry.getByLabel(/Seats to add or remove/).fill('3');
  await entry.getByRole('button', { name: 'Remove seats' }).click();
  const removed = entry.getByRole('status');
  await waitForText(removed, /Removed 3 seats from Power BI Pro: 7 seats now\. Refund: \$(\d+\.\d\d) for the \d+ days left of this billing period\./);
  const cents = (text) => Math.round(Number(text.replace(/[^\d.]/g, '')) * 100);
  const seatRefund = cents((await removed.textContent()).match(/Refund: \$(\d+\.\d\d)/)[1]);
  assert.ok(seatRefund <= 3 * 1470, `a refund for 3 seats of at most the $44.10 billed for them: ${seatRefund} cents`);

  await page.goto(orderUrl);
  await page.getByRole('button', { name: /Cancel line 1/ }).click();
  await page.getByRole('button', { name: 'Yes, cancel it' }).click();
  await waitForText(page.locator('#order-message'), 'Line 1 was cancelled.');
  const entries = page.locator('tr.account-entry');
  await waitForText(entries.nth(0), 'Refund: 3 seats removed from Power BI Pro on');
  await waitForText(entries.nth(1), 'Refund: Power BI Pro cancelled on');
  const amount = async (row) => cents(await row.locator('td.num').textContent());
  const refunds = (await amount(entries.nth(0))) + (await amount(entries.nth(1)));
  assert.ok(refunds <= 14700, `refunded ${refunds} cents of the 14,700 billed`);
  const total = cents(await page.locator('table.order-lines tfoot td.total').first().textContent());
  const net = cents(await page.getByTestId('order-net-total').textContent());
  assert.equal(net, total - refunds, 'the total after refunds takes off every refund');

  // The cancelled subscription had 7 seats when it was cancelled.
  await page.goto(app.server.url + '/customers/fabrikam-gmbh/subscriptions');
  const cancelled = page.locator('tbody.subscription').filter({ has: page.getByRole('button', { name: 'Power BI Pro', exact: true }) });
  assert.equal(await cancelled.locator('td.num').first().textContent(), '7');
  assert.deepEqual(errors, []);
});
