import { launchBrowser, openPage, serveDist } from './support.mjs';
const server = await serveDist();
const browser = await launchBrowser();
for (const path of ['/', '/customers/contoso-pharma/add-products']) {
  const page = await openPage(browser, [], { width: 412, height: 823 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(server.url + path);
  await page.locator('#boot').waitFor({ state: 'detached' });
  await page.waitForTimeout(1500);
  const marks = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => [m.name, Math.round(m.startTime), Math.round(m.duration)]));
  console.log(path, 'long tasks', JSON.stringify(await page.evaluate(() => window.__long)), 'measures', JSON.stringify(marks));
  await page.close();
}
await browser.close(); server.close?.(); process.exit(0);
