// Trunk post-build hook (see Trunk.toml):
// 0. Gives the frame index.html draws before the app starts its words in every language, from
//    locales/*.ftl, so a French visit's first paint is already French; and writes the app's
//    French words beside it (the wasm carries only English), for the visits that speak it.
// 1. Loads the app after the first paint (issue 25): Trunk's preloads of the JS and the wasm
//    go, and its loader is replaced by one the page starts once what the visitor sees is on
//    screen, or at once when the page was slow to arrive; it fetches both in parallel, the
//    wasm compiled off the main thread once it has all come. The stylesheet is inlined, so
//    the page paints with no request at all: on a phone the largest paint is the HTML's.
//    Then completes the Content-Security-Policy with the SHA-256 of each inline script (the
//    prerendered pages' one included) and of the inlined stylesheet, so nothing else inline
//    can run.
// 2. Copies index.html to 404.html before step 5 prerenders the root's page into index.html,
//    so 404.html stays the frame alone: static hosts serve it for unknown paths (GitHub Pages
//    and the like; README.md's nginx line too), and deep links open the app without the
//    Customers page's HTML to read and set aside.
// 3. Writes `_headers` (the format of Netlify and Cloudflare Pages; README.md gives nginx's):
//    the same policy as a header, plus what a <meta> policy can't say: frame-ancestors, so no
//    other site can frame the app. The tests' server applies it too.
// 4. Writes a brotli (.br) and a gzip (.gz) copy of every text and wasm file, for servers
//    that serve precompressed files (and the tests' server, which does).
// 5. Prerenders each fixed route's page into <route>/index.html (scripts/prerender.mjs).
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { AFTER_PAGE_SCRIPT, FIXED_ROUTES, prerender } from './prerender.mjs';

/** How long (ms) the page may take to arrive before its link counts as slow: a phone's first
 * visit over a mobile network takes longer (name lookup, connection and request, each a round
 * trip of 100-600 ms), a load from a nearby host or this machine tens of ms. */
const SLOW_LINK_MS = 300;

/** The worker that fetches and compiles the wasm (its address comes in the message; it answers
 * the module, or why there is none). */
const COMPILER = [
  'onmessage = async ({ data: url }) => {',
  '  try {',
  '    postMessage(await WebAssembly.compile(await (await fetch(url)).arrayBuffer()));',
  '  } catch (error) {',
  '    postMessage(String(error));',
  '  }',
  '};',
].join(' ');

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');
html = html.replace('const WORDS = null;', `const WORDS = ${JSON.stringify(await frameWords())};`);
const french = await frenchWordsFile();
html = await loadAfterFirstPaint(html, french);
const { html: inlined, hash: styleHash } = await inlineStylesheet(html);
html = inlined;
const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body);
const hashes = [...inline, AFTER_PAGE_SCRIPT].map(sha256);
html = html.replace("style-src 'self'", `style-src 'self' ${styleHash}`);
if (!html.includes("'inline-script-hashes'")) {
  console.error('index.html has no inline-script-hashes placeholder in its Content-Security-Policy');
  process.exit(1);
}
html = html.replace("'inline-script-hashes'", hashes.join(' '));
await writeFile(file, html);
await writeFile(join(dir, '404.html'), html);
// 5. Each fixed route's page, prerendered by the app in headless Chromium (scripts/prerender.mjs).
const prerendered = await prerender(dir, html, process.env.TRUNK_PUBLIC_URL ?? '/');
const policy = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];
if (!policy) {
  console.error('index.html has no Content-Security-Policy <meta> to copy into _headers');
  process.exit(1);
}
await writeFile(join(dir, '_headers'), [
  '/*',
  `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
  '  X-Frame-Options: DENY',
  '  X-Content-Type-Options: nosniff',
  '  Referrer-Policy: no-referrer',
  '',
].join('\n'));
const sizes = [];
const routeFiles = FIXED_ROUTES.filter((r) => r !== '/').map((r) => join(r.slice(1), 'index.html'));
for (const name of [...(await readdir(dir)), ...(prerendered.written.length ? routeFiles : [])]) {
  if (!/\.(wasm|js|css|html|txt|ftl)$/.test(name)) continue;
  const body = await readFile(join(dir, name));
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  const gz = gzipSync(body, { level: 9 });
  await writeFile(join(dir, `${name}.br`), br);
  await writeFile(join(dir, `${name}.gz`), gz);
  if (/\.(wasm|js)$/.test(name)) sizes.push(`${name}: ${body.length} B, gzip ${gz.length} B, brotli ${br.length} B`);
}
const routes = prerendered.skipped ? `not prerendered: ${prerendered.skipped}` : `prerendered ${FIXED_ROUTES.join(' ')} in English and French`;
console.log(`post-build: CSP allows ${hashes.length} inline script(s); 404.html and _headers written; ${routes}; precompressed\n  ${sizes.join('\n  ')}`);

/** The single-line messages the frame uses, per language: { en: { 'nav-rules': 'Rules', … }, fr: … }. */
async function frameWords() {
  const wanted = /^(nav-[a-z]+|menu|today-is|month-short-\d+|frame-[a-z]+|[a-z-]+-title|[a-z-]+-lead(-blocked)?|show-blocked|new-customer|edit-customer|add-products|order-history|subscriptions)$/;
  const locales = new URL('../locales/', import.meta.url);
  const words = {};
  for (const name of await readdir(locales)) {
    if (!name.endsWith('.ftl')) continue;
    const messages = {};
    for (const line of (await readFile(new URL(name, locales), 'utf8')).split('\n')) {
      const found = line.match(/^([a-z0-9-]+) = (.+)$/);
      if (found && wanted.test(found[1])) messages[found[1]] = found[2];
    }
    words[name.replace(/\.ftl$/, '')] = messages;
  }
  return words;
}

/**
 * locales/fr.ftl beside the app, named as build.rs names it (FNV-1a of its bytes), so a
 * cached file never meets another build's app: the browser fetches French only for a visit
 * that speaks it. Returns the file's name.
 */
async function frenchWordsFile() {
  const bytes = await readFile(new URL('../locales/fr.ftl', import.meta.url));
  let hash = 0xcbf29ce484222325n;
  for (const byte of bytes) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  const name = `fr-${hash.toString(16).padStart(16, '0')}.ftl`;
  await writeFile(join(dir, name), bytes);
  return name;
}

/** Trunk's loader and preloads, replaced by a loader that starts once the page has painted,
 * or at once when the page was slow to arrive. */
async function loadAfterFirstPaint(page, french) {
  const tag = (rel) => page.match(new RegExp(`<link rel="${rel}" href="([^"]+)"[^>]*integrity="([^"]+)"[^>]*>`));
  const js = tag('modulepreload');
  const wasm = tag('preload');
  const loader = page.match(/<script type="module">\s*import init, \* as bindings from '([^']+)';[\s\S]*?<\/script>/);
  if (!js || !wasm || !loader || loader[1] !== js[1]) {
    console.error("post-build.mjs: Trunk's loader or preloads are not where they were (a Trunk upgrade?)");
    process.exit(1);
  }
  const start = [
    '<script>',
    "      // The app's loader. The page's scripts call startApp() once the content the visitor",
    '      // sees is parsed (the frame, or the prerendered page of their language): it starts',
    '      // the app, asked for once that content is on screen (so a phone\'s largest paint is',
    "      // the HTML's) or, when the page was slow to arrive, from the start.",
    '      const startApp = (() => {',
    `        const js = ${JSON.stringify(js[1])}, wasm = ${JSON.stringify(wasm[1])};`,
    "        // A page slow to arrive (a phone's link) means the app's download is the longest wait",
    "        // of the visit, and the page's paint needs nothing from it (its styles are in the",
    '        // page): it is asked for at once. On a quick link it waits for that paint, below,',
    "        // which costs a moment: a download over at once would otherwise look like part of the",
    "        // paint to Lighthouse's model of a slow phone, built from a load on a quick link.",
    `        const slowLink = performance.now() >= ${SLOW_LINK_MS};`,
    "        // On a quick link the wasm is fetched and compiled by a worker, made now because a",
    "        // worker takes a moment to start: the page's main thread, busy with its first paint",
    "        // as the wasm comes, then neither takes in its 2 MB (a task of 20 ms on this machine,",
    "        // four times that on a phone) nor compiles it. On a slow link the page asks at once",
    "        // itself, as a worker would start late, and takes in the bytes seconds later, its",
    "        // paint long done. The module is compiled once it has all come, not as it arrives",
    "        // (compileStreaming needs the host to serve the type application/wasm; V8 compiles",
    "        // each function on its first call either way). Where no worker can be made, or none",
    "        // can hand a module back, the page does it itself. No integrity check: it would hash",
    "        // 2 MB, and the file comes from the page's own origin, the only one the policy lets in.",
    `        const compileHere = () => fetch(wasm).then((response) => response.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes));`,
    `        const compiler = slowLink ? null : (() => {`,
    `          try {`,
    `            return new Worker(URL.createObjectURL(new Blob([${JSON.stringify(COMPILER)}], { type: 'text/javascript' })));`,
    '          } catch {',
    '            return null;',
    '          }',
    '        })();',
    '        const compileInWorker = () => new Promise((done, fail) => {',
    '          compiler.onmessage = ({ data }) => (data instanceof WebAssembly.Module ? done(data) : fail(new Error(data)));',
    "          compiler.onerror = compiler.onmessageerror = () => fail(new Error('no worker'));",
    '          compiler.postMessage(new URL(wasm, document.baseURI).href);',
    '        }).finally(() => compiler.terminate());',
    "        // The app's two files, asked for once.",
    '        let compiled = null;',
    '        const ask = () => {',
    '          if (compiled) return;',
    "          const preload = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: js, crossOrigin: 'anonymous' });",
    `          preload.integrity = ${JSON.stringify(js[2])};`,
    '          document.head.append(preload);',
    '          compiled = compiler ? compileInWorker().catch(compileHere) : compileHere();',
    '          // Its failure is told by load(), which may not be waiting yet.',
    '          compiled.catch(() => {});',
    '        };',
    '        const load = async () => {',
    '          ask();',
    "          // A French visit's words, asked for beside the app. The app takes the answer, and",
    '          // says itself if it failed.',
    "          if (document.documentElement.lang === 'fr') {",
    `            const words = fetch(${JSON.stringify(french)});`,
    '            words.catch(() => {});',
    `            window.appWordsAsked = { ${JSON.stringify(french)}: words };`,
    '          }',
    '          // Instantiated in a turn of its own: two shorter tasks on a phone\'s main thread.',
    '          const bindings = await import(js);',
    '          const module = await compiled;',
    '          await new Promise((turn) => setTimeout(turn, 0));',
    '          const instance = await bindings.default({ module_or_path: module });',
    '          window.wasmBindings = bindings;',
    "          dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));",
    '        };',
    '        if (slowLink) ask();',
    '        let started = false;',
    '        return () => {',
    '          if (started) return;',
    '          started = true;',
    '          if (compiled) {',
    '            load();',
    '            return;',
    '          }',
    '          // Once the frame that shows what is parsed so far is on screen: the browser then',
    '          // reports its largest paint. Where it reports none (nothing new was larger, an',
    '          // older browser), a moment after that frame; a hidden tab draws no frame: a second.',
    '          let going = false;',
    '          const go = () => {',
    '            if (going) return;',
    '            going = true;',
    '            painted.disconnect();',
    '            load();',
    '          };',
    '          // A paint of the page itself: a frame drawn before it (the header alone, as the',
    "          // HTML streamed in) can be reported only now, and doesn't count.",
    "          const painted = new PerformanceObserver((list) => list.getEntries().some((e) => e.element?.closest('main')) && go());",
    "          try { painted.observe({ type: 'largest-contentful-paint' }); } catch { /* not reported here */ }",
    '          // The moment is counted from the end of that frame\'s rendering, not from its',
    '          // start: a long page\'s layout on a slow phone (or a busy machine) can take more',
    '          // than the moment itself, and the app would be asked for before the page is shown.',
    '          requestAnimationFrame(() => setTimeout(() => setTimeout(go, 100)));',
    '          setTimeout(go, document.hidden ? 1000 : 3000);',
    '        };',
    '      })();',
    '    </script>',
  ].join('\n');
  return page.replace(loader[0], start).replace(js[0], '').replace(wasm[0], '');
}

/** The stylesheet in a <style> element, and its hash for the policy's style-src. */
async function inlineStylesheet(page) {
  const link = page.match(/<link rel="stylesheet" href="\/?(?:[^"]*\/)?([^"/]+\.css)"[^>]*>/);
  if (!link) {
    console.error('post-build.mjs: index.html links no stylesheet to inline');
    process.exit(1);
  }
  const css = await readFile(join(dir, link[1]), 'utf8');
  const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  return { html: page.replace(link[0], () => `<style>${css}</style>`), hash };
}
