// Prints the country names block of a translation file: `node scripts/country-names.mjs fr`.
// English names come from the app's ISO 3166 table (src/domain/country_table.rs); other
// languages from CLDR through Node's Intl.DisplayNames, as browsers and Microsoft show them.
import { readFileSync } from 'node:fs';

const language = process.argv[2] ?? 'en';
const table = readFileSync(new URL('../src/domain/country_table.rs', import.meta.url), 'utf8');
const names = new Intl.DisplayNames([language], { type: 'region' });
for (const [, code, english] of table.matchAll(/\("([A-Z]{2})", "([^"]+)"\)/g)) {
  const name = language === 'en' ? english : names.of(code);
  console.log(`country-${code.toLowerCase()} = ${name}`);
}
