// Lighthouse on the release build, as a phone and as a desktop would load it: the median of
// three runs per page and profile, in English and in French (`?lang=fr`). Run after
// `trunk build --release`:
//   node scripts/lighthouse.mjs              (installs Lighthouse into scripts/lighthouse/ once)
//   node scripts/lighthouse.mjs --runs 1     (a quicker look)
//   node scripts/lighthouse.mjs --lang en    (one language)
//   node scripts/lighthouse.mjs --page /rules (one page)
//   node scripts/lighthouse.mjs --dist DIR   (another build than dist/)
//   node scripts/lighthouse.mjs --profile mobile (one profile: mobile or desktop)
//   node scripts/lighthouse.mjs --mounted    (also, on a phone under devtools throttling, "app
//                                             mounted" (the end of the app's csp:mount timing),
//                                             "usable" and "painted": see afterMount below)
//   node scripts/lighthouse.mjs --mounted-only (only "app mounted", on a phone: another build's
//                                             figure to compare with, say)
//   node scripts/lighthouse.mjs --timeline   (--mounted, and the medians of when the HTML came,
//                                             the wasm was asked for and came, the app started;
//                                             and the largest paint's element, each run's LCP
//                                             and when the wasm was asked after it)
import { desktopConfig, launchChrome, lighthouse } from './lighthouse-tools.mjs';
import { serveDist } from '../tests/e2e/support.mjs';

const option = (name) => process.argv[process.argv.indexOf(name) + 1];
const runs = Number(process.argv.includes('--runs') && option('--runs')) || 3;
const languages = process.argv.includes('--lang') ? [option('--lang')] : ['en', 'fr'];
const timeline = process.argv.includes('--timeline');
const mountedOnly = process.argv.includes('--mounted-only');
const mounted = timeline || mountedOnly || process.argv.includes('--mounted');
const allRoutes = ['/', '/customers/contoso-pharma/add-products', '/rules', '/partner', '/data', '/training'];
const routes = process.argv.includes('--page') ? [option('--page')] : allRoutes;
const server = await serveDist(process.argv.includes('--dist') ? { dir: option('--dist') } : {});
const chrome = await launchChrome();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const devtools = { extends: 'lighthouse:default', settings: { throttlingMethod: 'devtools', onlyCategories: ['performance'] } };
const timing = (lhr, name) => (lhr.audits['user-timings']?.details?.items ?? []).find((item) => item.name === name);
const appMounted = (lhr) => {
  const mount = timing(lhr, 'csp:mount');
  return mount ? mount.startTime + (mount.duration ?? 0) : NaN;
};
// "Usable": the end of the main thread's task in which the app's page was mounted, the first
// moment the page can answer a tap. The same moment as "mounted" for an app that starts in
// steps; for one that mounts in one long task (the preload build), it also counts what that
// task did after the mount (Add products' results). "Painted": the end of the first frame the
// main thread paints after that task, when the visitor sees the app's page: a build that lays
// the page out inside its task (this one, measuring its list's rows) pays for it in "usable",
// one that leaves it to the next frame (the preload build) only here. Both ms from the start.
const afterMount = (artifacts) => {
  const events = artifacts?.Trace?.traceEvents ?? [];
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args?.data?.documentLoaderURL);
  const mark = events.find((e) => e.name === 'csp:mount' && e.cat?.includes('user_timing') && (e.ph === 'e' || e.ph === 'X'));
  if (!start || !mark) return { usable: NaN, painted: NaN };
  const end = mark.ph === 'X' ? mark.ts + mark.dur : mark.ts;
  const task = events.find((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === start.pid && e.ts <= end && end <= e.ts + e.dur);
  const usableAt = task ? task.ts + task.dur : end;
  const paint = events
    .filter((e) => e.name === 'Paint' && e.ph === 'X' && e.pid === start.pid && (!task || e.tid === task.tid) && e.ts >= usableAt)
    .sort((a, b) => a.ts - b.ts)[0];
  return { usable: (usableAt - start.ts) / 1000, painted: paint ? (paint.ts + paint.dur - start.ts) / 1000 : NaN };
};
// Where the time to "mounted" goes, ms from the navigation's start: the HTML in, the wasm
// asked for and in (as the network audit gives them), the app's first step, mounted, usable,
// painted.
const steps = (lhr, artifacts) => {
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const wasm = requests.find((r) => r.url.endsWith('.wasm'));
  const html = requests.find((r) => r.resourceType === 'Document');
  return {
    html: html?.networkEndTime ?? NaN,
    wasmAsked: wasm?.networkRequestTime ?? NaN,
    wasmIn: wasm?.networkEndTime ?? NaN,
    started: timing(lhr, 'csp:catalog')?.startTime ?? NaN,
    mounted: appMounted(lhr),
    ...afterMount(artifacts),
  };
};
// When the wasm was asked for, ms after the largest paint of the load Lighthouse watched.
const wasmAfterPaint = (lhr) => {
  const observed = lhr.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint;
  const wasm = (lhr.audits['network-requests']?.details?.items ?? []).find((r) => r.url.endsWith('.wasm'));
  return Math.round((wasm?.networkRequestTime ?? NaN) - (observed ?? NaN));
};
// The element of the largest paint, as Lighthouse names it.
const lcpElement = (lhr) => JSON.stringify(lhr.audits['lcp-breakdown-insight']?.details ?? {}).match(/"type":"node"[^}]*?"selector":"([^"]+)"/)?.[1] ?? '?';
const rows = [];
const profiles = [['mobile', undefined], ['desktop', desktopConfig]]
  .filter(([name]) => !process.argv.includes('--profile') || option('--profile') === name)
  .filter(([name]) => !mountedOnly || name === 'mobile');
for (const [profile, config] of profiles) {
  for (const language of languages) {
    for (const route of routes) {
      const url = server.url + route + (language === 'en' ? '' : `?lang=${language}`);
      const results = [];
      for (let i = 0; i < (mountedOnly ? 0 : runs); i++) {
        const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
        results.push(lhr);
      }
      const score = (key) => median(results.map((r) => Math.round(r.categories[key].score * 100)));
      const audit = (key) => median(results.map((r) => r.audits[key].numericValue));
      const failing = new Set(results.flatMap((r) => Object.values(r.audits)
        .filter((a) => a.score !== null && a.score < 1 && ['accessibility', 'best-practices', 'seo'].some((c) => r.categories[c].auditRefs.some((ref) => ref.id === a.id && ref.weight > 0)))
        .map((a) => a.id)));
      const row = mountedOnly ? { profile, language, page: route } : {
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
      if (timeline && !mountedOnly) {
        row['LCP element'] = [...new Set(results.map(lcpElement))].join(' | ');
        // Each run's LCP, and how long after the largest paint of the load Lighthouse watched
        // the wasm was asked for: a negative figure means its simulation counted the download
        // as part of that paint.
        row['LCP s, each run'] = results.map((r) => (r.audits['largest-contentful-paint'].numericValue / 1000).toFixed(2)).join(' ');
        row['wasm asked − observed LCP ms'] = results.map(wasmAfterPaint).join(' ');
      }
      if (mounted && profile === 'mobile') {
        const throttled = [];
        for (let i = 0; i < runs; i++) {
          const { lhr, artifacts } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, devtools);
          throttled.push(steps(lhr, artifacts));
        }
        const at = (key) => Math.round(median(throttled.map((t) => t[key])));
        row['mounted s (devtools)'] = (at('mounted') / 1000).toFixed(2);
        row['usable s (devtools)'] = (at('usable') / 1000).toFixed(2);
        row['painted s (devtools)'] = (at('painted') / 1000).toFixed(2);
        if (timeline) {
          row['html in · wasm asked · wasm in · app started ms'] = ['html', 'wasmAsked', 'wasmIn', 'started'].map(at).join(' · ');
        }
      }
      rows.push(row);
    }
  }
}
console.table(rows);
await chrome.kill();
await server.close();
