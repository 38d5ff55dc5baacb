// Takes screenshots of the built app (dist/) for docs/screenshots/ or a quick look.
//   node scripts/screenshots.mjs [out-dir] [path...]
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, openPage, serveDist } from '../tests/e2e/support.mjs';

const [outDir = 'docs/screenshots', ...paths] = process.argv.slice(2);
const shots = paths.length
  ? paths.map((path, i) => ({ name: `shot-${i + 1}`, path }))
  : [
      { name: 'customers', path: '/' },
      { name: 'add-products-filtered', path: '/customers/northwind-schools/add-products?segment=education&view=skus' },
      { name: 'offer-reasons', path: '/customers/tatra-logistics/add-products?q=business+central&view=skus&blocked=1' },
      // The same page as a trainee in Paris or Montréal reads it.
      { name: 'offer-reasons-fr', path: '/customers/tatra-logistics/add-products?q=business+central&view=skus&blocked=1&lang=fr', height: 1250 },
      { name: 'rules', path: '/rules' },
    ];

await mkdir(outDir, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
const errors = [];
try {
  for (const shot of shots) {
    const page = await openPage(browser, errors, { width: 1280, height: shot.height ?? 800 });
    await page.goto(server.url + shot.path);
    await page.waitForSelector('main h1');
    await page.screenshot({ path: join(outDir, `${shot.name}.png`), fullPage: false });
    await page.close();
    console.log(`${shot.name}: ${shot.path}`);
  }
  if (!paths.length) await purchaseFlow();
} finally {
  await browser.close();
  await server.close();
}
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}

/** Review and order confirmation need a cart: fill one the way a user would. */
async function purchaseFlow() {
  const page = await openPage(browser, errors);
  const add = async (title, quantity) => {
    await page.goto(`${server.url}/customers/contoso-pharma/add-products?view=skus&q=${encodeURIComponent(title)}`);
    const row = page.locator('li.offer').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    await row.getByLabel('Quantity').fill(String(quantity));
    await row.getByRole('button', { name: `Add to cart: ${title}` }).click();
  };
  await add('Microsoft 365 Business Basic', 15);
  await add('Microsoft Teams Phone Standard', 40);
  await add('Power BI Pro', 12);
  await page.goto(`${server.url}/customers/contoso-pharma/review`);
  await page.locator('table.review').waitFor();
  await page.screenshot({ path: join(outDir, 'review.png') });
  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  await page.waitForURL(/placed=1/);
  await page.screenshot({ path: join(outDir, 'order-placed.png') });
  console.log('review, order-placed: purchase flow');
  await page.close();
}
