// Called by post-build.mjs: each fixed route's page, rendered by the app itself in headless
// Chromium and written into `<route>/index.html`, in English and in French, so a phone's
// largest paint comes from the HTML instead of from the WebAssembly (issue 25).
//
// The page opens with the prerendered content of the visitor's language (the frame's script in
// index.html picks it, as the app will, before the page is parsed) and inert: nothing in it
// answers a click until the app has started and drawn the same page in its place; the frame's
// status floats over it.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The routes whose content is the same for every visitor; customer pages hold their data. */
export const FIXED_ROUTES = ['/', '/rules', '/partner', '/data', '/training'];
const LANGUAGES = [['en', 'en-US'], ['fr', 'fr-FR']];

/** Follows each prerendered page: the app is asked for once the visitor's page is parsed, not
 * after the other language's (post-build.mjs lets it run by its hash). */
export const AFTER_PAGE_SCRIPT = 'document.currentScript.previousElementSibling.dataset.prerendered === document.documentElement.dataset.boot && startApp();';

/**
 * Writes `<route>/index.html` for each fixed route (the root's into index.html itself) from
 * `html`, the finished index.html. Returns the files written, or why nothing was (no browser
 * on this machine: the pages then start from the frame alone, as before).
 */
export async function prerender(dir, html, publicUrl) {
  const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium) || !existsSync(new URL('./node_modules/playwright-core/package.json', import.meta.url))) {
    return { written: [], skipped: `no Chromium at ${chromium} or no playwright-core (bash scripts/setup.sh installs both)` };
  }
  const { serveDist, launchBrowser } = await import('../tests/e2e/support.mjs');
  const prefix = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  const server = await serveDist({ dir, prefix });
  const browser = await launchBrowser();
  const written = [];
  try {
    for (const route of FIXED_ROUTES) {
      const mains = [];
      for (const [language, locale] of LANGUAGES) {
        mains.push(await renderMain(browser, `${server.url}${prefix}${route.slice(1)}`, language, locale));
      }
      const page = withPrerendered(html, route, mains);
      const file = route === '/' ? join(dir, 'index.html') : join(dir, route.slice(1), 'index.html');
      await mkdir(join(file, '..'), { recursive: true });
      await writeFile(file, page);
      written.push(file);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { written };
}

/** The app's <main> for a route in a language, as the app draws it before any click, and its footer. */
async function renderMain(browser, url, language, locale) {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('#boot').waitFor({ state: 'detached', timeout: 30_000 });
    await page.locator('main h1').first().waitFor();
    await markBelowTheFold(page);
    return await page.evaluate((lang) => {
      // What the app set as properties (a field's text, a box ticked, an option chosen) is
      // written as attributes, which a copy keeps.
      for (const field of document.querySelectorAll('main input, main textarea')) {
        if (field.type === 'checkbox' || field.type === 'radio') field.toggleAttribute('checked', field.checked);
        else if (field.tagName === 'TEXTAREA') field.textContent = field.value;
        else field.setAttribute('value', field.value);
      }
      for (const option of document.querySelectorAll('main option')) option.toggleAttribute('selected', option.selected);
      const main = document.querySelector('main').cloneNode(true);
      // What depends on the visit, not the route: Training's exercises (drawn for the day),
      // its scores, any notice about this browser's storage.
      main.querySelectorAll('ol.exercises > li, [data-testid="set-score"] > *, .progress, .banner-warn').forEach((e) => e.remove());
      // An inert select is never opened: its chosen option is all it shows. The Partner
      // page's two country lists were 500 options to parse and style as a phone starts.
      for (const select of main.querySelectorAll('select')) {
        const shown = select.querySelector('option[selected]') ?? select.querySelector('option');
        select.replaceChildren(...(shown ? [shown] : []));
      }
      // The page and, below it, the app's footer: on a laptop's screen a short page's footer
      // is in view, and would otherwise be the largest thing the app paints.
      const footer = document.querySelector('body > footer.footer')?.cloneNode(true);
      return [main, footer].filter(Boolean).map((part) => {
        part.setAttribute('data-prerendered', lang);
        part.setAttribute('lang', lang);
        part.setAttribute('inert', '');
        return part.outerHTML;
      }).join('\n      ');
    }, language);
  } finally {
    await context.close();
  }
}

/** The phone a page is measured on (Lighthouse's). */
const PHONE = { width: 412, height: 823 };
/** How far down that phone's page a block must start to be left out of the first layout: twice
 * its screen, so no phone in portrait, nor a page a little shorter on a wider phone, has one in
 * view while the app starts. */
const BELOW_THE_FOLD = 1600;

/**
 * Marks `data-below-fold` on the outermost blocks of the page that start below the fold of a
 * phone: the stylesheet gives them `content-visibility: auto` on a phone's width, so the
 * first layout of a prerendered page (a task of 40-60 ms on a phone for the Rules page, four
 * times the desktop's) lays out one screen of it, not the whole page; the rest is laid out
 * when scrolled to. Table parts that are not blocks on a phone cannot skip their layout and
 * are left alone.
 */
async function markBelowTheFold(page) {
  await page.setViewportSize(PHONE);
  await page.evaluate((fold) => new Promise((done) => requestAnimationFrame(() => {
    const skippable = new Set(['block', 'flex', 'grid', 'flow-root', 'list-item']);
    const visit = (element) => {
      for (const child of element.children) {
        const box = child.getBoundingClientRect();
        const top = box.top + window.scrollY;
        if (top >= fold && box.height > 0 && skippable.has(getComputedStyle(child).display)) {
          child.setAttribute('data-below-fold', '');
        } else if (top + box.height > fold) {
          visit(child);
        }
      }
    };
    visit(document.querySelector('main'));
    const footer = document.querySelector('body > footer.footer');
    if (footer && footer.getBoundingClientRect().top + window.scrollY >= fold) footer.setAttribute('data-below-fold', '');
    done();
  })), BELOW_THE_FOLD);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** index.html with the route's prerendered <main>s after the frame's script, and the route
 * named on <html>: the script, and then the stylesheet, show the visitor's language in the
 * frame's place when the address is the route's. */
function withPrerendered(html, route, mains) {
  const frame = html.match(/<main class="page">[\s\S]*?<\/main>\s*<script>[\s\S]*?<\/script>/);
  if (!frame || !html.includes('<html lang="en">')) throw new Error("prerender.mjs: index.html's frame is not a <main> and its script");
  return html
    .replace('<html lang="en">', `<html lang="en" data-prerendered="${route}">`)
    .replace(frame[0], (found) => [found, ...mains.map((main) => `${main}\n      <script>${AFTER_PAGE_SCRIPT}</script>`)].join('\n      '));
}
