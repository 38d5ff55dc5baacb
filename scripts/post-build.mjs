// Trunk post-build hook (see Trunk.toml):
// 0. Gives the frame index.html draws before the app starts its words in every language, from
//    locales/*.ftl, so a French visit's first paint is already French.
// 1. Completes the Content-Security-Policy in index.html with the SHA-256 of each inline
//    script Trunk generated (the wasm loader), so nothing else inline can run.
// 2. Copies index.html to 404.html, so static hosts that serve 404.html for unknown paths
//    (GitHub Pages and the like) open deep links in the app.
// 3. Writes `_headers` (the format of Netlify and Cloudflare Pages; README.md gives nginx's):
//    the same policy as a header, plus what a <meta> policy can't say: frame-ancestors, so no
//    other site can frame the app. The tests' server applies it too.
// 4. Writes a brotli (.br) and a gzip (.gz) copy of every text and wasm file, for servers
//    that serve precompressed files (and the tests' server, which does).
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');
html = html.replace('const WORDS = null;', `const WORDS = ${JSON.stringify(await frameWords())};`);
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
if (!html.includes("'inline-script-hashes'")) {
  console.error('index.html has no inline-script-hashes placeholder in its Content-Security-Policy');
  process.exit(1);
}
html = html.replace("'inline-script-hashes'", hashes.join(' '));
await writeFile(file, html);
await writeFile(join(dir, '404.html'), html);
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
for (const name of await readdir(dir)) {
  if (!/\.(wasm|js|css|html|txt)$/.test(name)) continue;
  const body = await readFile(join(dir, name));
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  const gz = gzipSync(body, { level: 9 });
  await writeFile(join(dir, `${name}.br`), br);
  await writeFile(join(dir, `${name}.gz`), gz);
  if (/\.(wasm|js)$/.test(name)) sizes.push(`${name}: ${body.length} B, gzip ${gz.length} B, brotli ${br.length} B`);
}
console.log(`post-build: CSP allows ${hashes.length} inline script(s); 404.html and _headers written; precompressed\n  ${sizes.join('\n  ')}`);

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
