// Lighthouse's accessibility audit (axe-core) of every page, in English and in French, on the
// release build. Run after `trunk build --release`:
//   node scripts/accessibility.mjs            (every page, both languages)
//   node scripts/accessibility.mjs /rules     (the pages given, both languages)
// Prints each page's score and the audits it fails; exits with 1 if any page is under 100.
import { launchChrome, lighthouse } from './lighthouse-tools.mjs';
import { serveDist } from '../tests/e2e/support.mjs';

const given = process.argv.slice(2);
const pages = given.length ? given : [
  '/',
  '/customers/new',
  '/customers/fabrikam-gmbh/add-products',
  '/customers/fabrikam-gmbh/add-products?view=skus&blocked=1',
  '/customers/contoso-pharma/orders',
  '/customers/contoso-pharma/subscriptions',
  '/partner',
  '/rules',
  '/training',
  '/data',
  '/no-such-page',
];
const server = await serveDist();
const chrome = await launchChrome();
let under = 0;
try {
  for (const page of pages) {
    for (const lang of ['en', 'fr']) {
      const url = server.url + page + (page.includes('?') ? '&' : '?') + `lang=${lang}`;
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility'] });
      const score = Math.round(lhr.categories.accessibility.score * 100);
      const failing = Object.values(lhr.audits)
        .filter((a) => a.scoreDisplayMode === 'binary' && a.score !== null && a.score < 1)
        .map((a) => a.id);
      if (score < 100) under += 1;
      console.log(`${String(score).padStart(3)}  ${lang}  ${page}${failing.length ? `  fails: ${failing.join(', ')}` : ''}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
process.exit(under ? 1 : 0);
