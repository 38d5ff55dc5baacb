// Lighthouse on the release build, as a phone and as a desktop would load it: the median of
// three runs per page and profile. Run after `trunk build --release`:
//   node scripts/lighthouse.mjs            (installs Lighthouse into scripts/lighthouse/ once)
//   node scripts/lighthouse.mjs --runs 1   (a quicker look)
import { desktopConfig, launchChrome, lighthouse } from './lighthouse-tools.mjs';
import { serveDist } from '../tests/e2e/support.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const pages = ['/', '/customers/contoso-pharma/add-products', '/rules'];
const server = await serveDist();
const chrome = await launchChrome();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
for (const [profile, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
  for (const page of pages) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(server.url + page, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
      results.push(lhr);
    }
    const score = (key) => median(results.map((r) => Math.round(r.categories[key].score * 100)));
    const audit = (key) => median(results.map((r) => r.audits[key].numericValue));
    const failing = new Set(results.flatMap((r) => Object.values(r.audits)
      .filter((a) => a.score !== null && a.score < 1 && ['accessibility', 'best-practices', 'seo'].some((c) => r.categories[c].auditRefs.some((ref) => ref.id === a.id && ref.weight > 0)))
      .map((a) => a.id)));
    rows.push({
      profile, page,
      performance: score('performance'),
      'LCP s': (audit('largest-contentful-paint') / 1000).toFixed(2),
      CLS: audit('cumulative-layout-shift').toFixed(3),
      'TBT ms': Math.round(audit('total-blocking-time')),
      accessibility: score('accessibility'),
      'best practices': score('best-practices'),
      SEO: score('seo'),
      failing: [...failing].join(' '),
    });
  }
}
console.table(rows);
await chrome.kill();
await server.close();
