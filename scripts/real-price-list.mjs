// Writes a price list and an offer matrix shaped like Microsoft's own new-commerce
// license-based files, as partners pass them around: every quirk the importer must read,
// generated from a description of the format (never a copy of a Microsoft file).
//
//   node scripts/real-price-list.mjs OUT_DIR [--spreadsheet] [--us-dates] [--european]
//
// Writes OUT_DIR/price-list.csv and OUT_DIR/offer-matrix.csv, and prints what they hold as
// JSON, for the tests to compare with what the import reports. The same arguments always
// write the same bytes.
//
// --spreadsheet: the file as a spreadsheet leaves it after opening and saving: numeric SKU
//   ids lose their leading zeros (0005 → 5; 000F keeps them).
// --us-dates: an older export's dates (2/1/2023 0:00 and 2/1/2019 12:00:00 AM).
// --european: saved by a French or German spreadsheet: fields separated by semicolons,
//   decimal commas in the prices (36,5) and dates day first (01/11/2026 00:00).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [outDir, ...flags] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node scripts/real-price-list.mjs OUT_DIR [--spreadsheet] [--us-dates] [--european]');
  process.exit(2);
}
const spreadsheet = flags.includes('--spreadsheet');
const usDates = flags.includes('--us-dates');
const european = flags.includes('--european');

// A small seeded generator, so the files are the same on every machine.
let seed = 0x2025_11_01;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];
const chance = (p) => random() < p;

const FAMILIES = [
  ['Microsoft 365', ['E3', 'E5', 'F1', 'F3', 'Business Basic', 'Business Standard', 'Business Premium', 'Apps for business', 'Apps for enterprise', 'Copilot', 'E5 Security', 'E5 Compliance']],
  ['Office 365', ['E1', 'E3', 'E5', 'F3']],
  ['Microsoft Teams', ['Essentials', 'Enterprise', 'Premium', 'Rooms Pro', 'Rooms Basic', 'Phone Standard', 'Audio Conferencing']],
  ['Exchange Online', ['Plan 1', 'Plan 2', 'Kiosk', 'Archiving']],
  ['SharePoint', ['Plan 1', 'Plan 2', 'Advanced Management']],
  ['Power BI', ['Pro', 'Premium Per User']],
  ['Power Apps', ['Premium', 'per app']],
  ['Power Automate', ['Premium', 'Process']],
  ['Dynamics 365', ['Sales Enterprise', 'Sales Professional', 'Customer Service Enterprise', 'Field Service', 'Business Central Essentials', 'Business Central Premium', 'Finance', 'Supply Chain Management', 'Team Members']],
  ['Microsoft Defender', ['for Endpoint P1', 'for Endpoint P2', 'for Office 365 P1', 'for Office 365 P2', 'for Identity', 'for Business']],
  ['Microsoft Entra', ['ID P1', 'ID P2', 'ID Governance', 'Suite']],
  ['Microsoft Intune', ['Plan 1', 'Suite', 'Remote Help']],
  ['Microsoft Purview', ['Information Protection', 'eDiscovery', 'Insider Risk Management']],
  ['Visio', ['Plan 1', 'Plan 2']],
  ['Project', ['Plan 1', 'Plan 3', 'Plan 5']],
  ['Windows 365', ['Business', 'Enterprise', 'Frontline']],
  ['Windows', ['10/11 Enterprise E3', '10/11 Enterprise E5']],
  ['Microsoft 365 A', ['A1', 'A3', 'A5']],
  ['Microsoft 365 G', ['G3 GCC', 'G5 GCC']],
  ['Office 365 G', ['G1 GCC', 'G3 GCC', 'G5 GCC']],
  ['Microsoft Stream', ['Plan 2']],
  ['Microsoft Viva', ['Suite', 'Insights', 'Learning', 'Goals']],
];
const EDITIONS = ['', ' (no Teams)', ' EEA (no Teams)', ' Extra Features', ' for frontline workers'];
const SEGMENT_DISCOUNT = { Commercial: 0.2, Education: 0.25, Government: 0.2, Charity: 0.1 };
const OPEN_END = '9999-11-30T23:59:59.0000000Z';

const usedProductIds = new Set();
function productId() {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  for (;;) {
    let id = 'CFQ7TTC0';
    for (let i = 0; i < 4; i++) id += pick(alphabet);
    if (!usedProductIds.has(id)) {
      usedProductIds.add(id);
      return id;
    }
  }
}

const date = (iso, end = false) => {
  if (!usDates) return end && iso === '9999-11-30' ? OPEN_END : `${iso}T${end ? '23:59:59' : '00:00:00'}.0000000Z`;
  const [y, m, d] = iso.split('-').map(Number);
  return chance(0.5) ? `${m}/${d}/${y} 0:00` : `${m}/${d}/${y} 12:00:00 AM`;
};
const money = (n) => String(Number(n.toFixed(4)));
const separator = european ? ';' : ',';
const quote = (text) => (/["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text);

const PRICE_COLUMNS = ['ChangeIndicator', 'ProductTitle', 'ProductId', 'SkuId', 'SkuTitle', 'Publisher', 'SkuDescription', 'UnitOfMeasure', 'TermDuration', 'BillingPlan', 'Market', 'Currency', 'UnitPrice', 'PricingTierRangeMin', 'PricingTierRangeMax', 'EffectiveStartDate', 'EffectiveEndDate', 'Tags', 'ERP Price', 'Segment', 'PreviousValues'];
const MATRIX_COLUMNS = ['ProductTitle', 'ProductId', 'SkuId', 'SkuTitle', 'Publisher', 'ProvisioningId', 'ProvisioningString', 'AssetOwnershipLimit', 'AssetOwnershipLimitType', 'ProductSkuConversion', 'ProductSkuPreRequisites', 'MinLicenses', 'MaxLicenses', 'AllowedCountries'];

const rows = [];
const matrix = [];
const facts = { rows: 0, products: 0, skus: 0, strippedIds: 0, strippedMatrixIds: 0, trials: { Education: 0, Government: 0, Commercial: 0, Charity: 0 }, changed: 0, added: 0, monthlyYearRows: 0 };
const skuIdsOf = new Map(); // product id -> its SKUs' ids (as Partner Center writes them)

const numericSkuId = (n) => String(n).padStart(4, '0');
const LETTER_IDS = ['000F', '000G', '001H', '002J', '003K'];

let productCount = 0;
for (const [family, members] of FAMILIES) {
  for (const member of members) {
    const editions = EDITIONS.filter(() => chance(0.35));
    for (const edition of ['', ...editions]) {
      if (productCount >= 140) break;
      productCount++;
      const title = `${family} ${member}${edition}`.replace('Microsoft 365 A A', 'Microsoft 365 A').replace(/ G G/, ' G');
      const pid = productId();
      const skuCount = 2 + Math.floor(random() * 9);
      const base = 4 + Math.floor(random() * 60);
      const skus = [];
      const education = family.endsWith(' A') || chance(0.12);
      const government = / G$/.test(family) || title.includes('GCC') || chance(0.08);
      for (let s = 0; s < skuCount; s++) {
        const id = s < skuCount - 1 || !chance(0.4) ? numericSkuId(s + 1) : pick(LETTER_IDS);
        if (skus.some((k) => k.id === id)) continue;
        const trial = s > 0 && chance(0.06);
        const kind = trial ? 'Trial' : pick(['', '', ' (Nonprofit Staff Pricing)', ' (Education Faculty Pricing)', ' Add-on', ' Month to Month']);
        skus.push({ id, title: `${title}${kind}`, trial, price: base * (1 + s * 0.15) });
      }
      skuIdsOf.set(pid, skus.map((k) => ({ id: k.id, trial: k.trial })));
      facts.products++;
      for (const sku of skus) {
        facts.skus++;
        const segments = ['Commercial'];
        if (education) segments.push('Education');
        if (government) segments.push('Government');
        if (!sku.trial && chance(0.2)) segments.push('Charity');
        const description = pick([
          `${title}: email, files and meetings`,
          `Includes "${member}" features, for organizations of any size`,
          `${title}\nwith the apps, on two lines`,
          'Per user, per month; billed as chosen',
        ]);
        const shownId = spreadsheet && /^\d{4}$/.test(sku.id) ? String(Number(sku.id)) : sku.id;
        const added = !sku.trial && chance(0.01);
        if (added) facts.added++;
        for (const segment of segments) {
          const discount = SEGMENT_DISCOUNT[segment];
          const push = (term, billing, unit, start, end, tags, change = 'Unchanged', previous = '', tier = ['', '']) => {
            const erp = unit / (1 - discount);
            if (shownId !== sku.id) facts.strippedIds++;
            rows.push([change, title, pid, shownId, sku.title, 'Microsoft Corporation', description, '', term, billing, 'US', 'USD', money(unit), tier[0], tier[1], date(start), date(end, true), tags, money(erp), segment, previous]);
          };
          if (sku.trial) {
            facts.trials[segment]++;
            push('P1M', 'None', 0, '2024-05-01', '9999-11-30', pick(['License;Trial', 'License;Trial;IncludeOverage']));
            continue;
          }
          const start = added ? '2026-11-01' : '2024-05-01';
          const change = added ? 'Add' : 'Unchanged';
          const tags = chance(0.1) ? 'License;IncludeOverage' : 'License';
          const month = sku.price * 1.2;
          const year = sku.price * 12 * (segment === 'Charity' ? 0.5 : 1);
          push('P1M', 'Monthly', month, start, '9999-11-30', tags, change);
          // Billed monthly, a year costs 5% more, since 1 April 2025.
          push('P1Y', 'Monthly', year * 1.05, added ? start : '2025-04-01', '9999-11-30', tags, change);
          facts.monthlyYearRows++;
          if (chance(0.05)) {
            // A price change of this plan alone: the month before, and from the list's month.
            facts.changed++;
            const old = year / 1.08;
            push('P1Y', 'Annual', old, start, '2026-10-31', tags, change);
            push('P1Y', 'Annual', year, '2026-11-01', '9999-11-30', tags, 'Change', `{'ERP Price': '${money(old / (1 - discount))}', 'UnitPrice': '${money(old)}'}`);
          } else if (chance(0.02)) {
            // Volume tiers of one plan: each range its own row.
            push('P1Y', 'Annual', year, start, '9999-11-30', tags, change, '', ['1', '2399']);
            push('P1Y', 'Annual', year * 0.95, start, '9999-11-30', tags, change, '', ['2400', '']);
          } else {
            push('P1Y', 'Annual', year, start, '9999-11-30', tags, change);
          }
          if (chance(0.1)) {
            push('P3Y', 'Annual', year * 3 * 0.97, start, '9999-11-30', tags, change);
            push('P3Y', 'Triennial', year * 3 * 0.95, start, '9999-11-30', tags, change);
          }
        }
      }
    }
  }
}
facts.rows = rows.length;

// The offer matrix: one row per SKU, with Microsoft's own columns.
for (const [pid, skus] of skuIdsOf) {
  const first = rows.find((r) => r[2] === pid);
  skus.forEach(({ id, trial }, i) => {
    const shownId = spreadsheet && /^\d{4}$/.test(id) ? String(Number(id)) : id;
    if (shownId !== id) facts.strippedMatrixIds++;
    const limit = chance(0.1) ? ['5', 'Customer'] : ['', ''];
    // Related SKUs are text (product:SKU): a spreadsheet leaves their zeros alone.
    const addOn = i > 0 && !trial && !skus[0].trial && chance(0.1) ? `${pid}:${skus[0].id}` : '';
    const next = skus[i + 1];
    const conversion = next && !next.trial && !trial && chance(0.2) ? `${pid}:${next.id}` : '';
    const max = chance(0.7) ? '10000000' : pick(['300', '2500', '5000']);
    matrix.push([first[1], pid, shownId, `${first[1]} ${id}`, 'Microsoft Corporation', `${pid}:${id}`, `MS-${pid.slice(-4)}-${id}`, limit[0], limit[1], conversion, addOn, '1', max, 'US;CA;DE;FR;GB;SK']);
  });
}

mkdirSync(outDir, { recursive: true });
// What a European spreadsheet does to the cells it reads as numbers and dates.
const EUROPEAN_CELLS = {
  UnitPrice: (text) => text.replace('.', ','),
  'ERP Price': (text) => text.replace('.', ','),
  EffectiveStartDate: dayFirst,
  EffectiveEndDate: dayFirst,
};
function dayFirst(text) {
  const [, y, m, d] = /^(\d{4})-(\d\d)-(\d\d)/.exec(text) ?? [];
  return y ? `${d}/${m}/${y} 00:00` : text;
}
const cell = (column, value) => (european && EUROPEAN_CELLS[column] ? EUROPEAN_CELLS[column](String(value)) : String(value));
const csv = (columns, data) => '\ufeff' + [columns, ...data].map((r) => r.map((f, i) => quote(cell(columns[i], f))).join(separator)).join('\r\n') + '\r\n';
writeFileSync(join(outDir, 'price-list.csv'), csv(PRICE_COLUMNS, rows));
writeFileSync(join(outDir, 'offer-matrix.csv'), csv(MATRIX_COLUMNS, matrix));
console.log(JSON.stringify(facts));
