// Lighthouse on the release build, as a phone and as a desktop would load it: the median of
// three runs per page and profile, in English and in French (`?lang=fr`). Run after
// `trunk build --release`:
//   node scripts/lighthouse.mjs              (installs Lighthouse into scripts/lighthouse/ once)
//   node scripts/lighthouse.mjs --runs 1     (a quicker look)
//   node scripts/lighthouse.mjs --lang en    (one language)
//   node scripts/lighthouse.mjs --page /rules (one page)
//   node scripts/lighthouse.mjs --mounted    (also "app mounted" on a phone under devtools
//                                             throttling: the end of the app's csp:mount timing)
import { desktopConfig, launchChrome, lighthouse } from './lighthouse-tools.mjs';
import { serveDist } from '../tests/e2e/support.mjs';

const option = (name) => process.argv[process.argv.indexOf(name) + 1];
const runs = Number(process.argv.includes('--runs') && option('--runs')) || 3;
const languages = process.argv.includes('--lang') ? [option('--lang')] : ['en', 'fr'];
const mounted = process.argv.includes('--mounted');
const allRoutes = ['/', '/customers/contoso-pharma/add-products', '/rules', '/partner', '/data', '/training'];
const routes = process.argv.includes('--page') ? [option('--page')] : allRoutes;
const server = await serveDist();
const chrome = await launchChrome();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const devtools = { extends: 'lighthouse:default', settings: { throttlingMethod: 'devtools', onlyCategories: ['performance'] } };
const appMounted = (lhr) => {
  const items = lhr.audits['user-timings']?.details?.items ?? [];
  const mount = items.find((item) => item.name === 'csp:mount');
  return mount ? mount.startTime + (mount.duration ?? 0) : NaN;
};
const rows = [];
for (const [profile, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
  for (const language of languages) {
    for (const route of routes) {
      const url = server.url + route + (language === 'en' ? '' : `?lang=${language}`);
      const results = [];
      for (let i = 0; i < runs; i++) {
        const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
        results.push(lhr);
      }
      const score = (key) => median(results.map((r) => Math.round(r.categories[key].score * 100)));
      const audit = (key) => median(results.map((r) => r.audits[key].numericValue));
      const failing = new Set(results.flatMap((r) => Object.values(r.audits)
        .filter((a) => a.score !== null && a.score < 1 && ['accessibility', 'best-practices', 'seo'].some((c) => r.categories[c].auditRefs.some((ref) => ref.id === a.id && ref.weight > 0)))
        .map((a) => a.id)));
      const row = {
        profile, language, page: route,
        performance: score('performance'),
        'LCP s': (audit('largest-contentful-paint') / 1000).toFixed(2),
        CLS: audit('cumulative-layout-shift').toFixed(3),
        'TBT ms': Math.round(audit('total-blocking-time')),
        accessibility: score('accessibility'),
        'best practices': score('best-practices'),
        SEO: score('seo'),
        failing: [...failing].join(' '),
      };
      if (mounted && profile === 'mobile') {
        const throttled = [];
        for (let i = 0; i < runs; i++) {
          const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, devtools);
          throttled.push(appMounted(lhr));
        }
        row['mounted s (devtools)'] = (median(throttled) / 1000).toFixed(2);
      }
      rows.push(row);
    }
  }
}
console.table(rows);
await chrome.kill();
await server.close();
