// The app in French: a browser set to French gets it on first visit, the language menu
// switches and the choice is kept, a ?lang= link carries it; the Add products page reads in
// French with no English left of the app's own words (product names stay as Microsoft
// publishes them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, useAppInBrowser, waitForText, waitForTheAppOnVisits } from './support.mjs';

const app = useAppInBrowser();
const FRENCH = { locale: 'fr-FR' };

/** The app's own English words: every literal run of 12 characters or more in en.ftl that
 * French writes differently. */
function englishPhrases() {
  const read = (language) => {
    const messages = new Map();
    for (const line of readFileSync(new URL(`../../locales/${language}.ftl`, import.meta.url), 'utf8').split('\n')) {
      const found = line.match(/^([a-z0-9-]+) = (.+)$/);
      if (found && !found[1].startsWith('country-')) messages.set(found[1], found[2]);
    }
    return messages;
  };
  const english = read('en');
  const french = read('fr');
  const phrases = new Set();
  for (const [id, text] of english) {
    if (french.get(id) === text) continue;
    for (const run of text.split(/\{[^}]*\}/)) {
      const phrase = run.trim();
      if (phrase.length >= 12) phrases.add(phrase);
    }
  }
  return [...phrases];
}

/** Words French never uses: a line with one of them is English. */
const ENGLISH_WORDS = /\b(the|and|with|this|that|for|are|is|isn't|can't|your|from|per|Add|View|Review|Buy|Order|Customer|Quantity)\b/;

/** What the page shows of its own words, line by line: product names, descriptions and ids
 * set aside, and only what is rendered. */
async function appText(page) {
  return page.evaluate(() => {
    // Sources are cited by their published titles, some only in English.
    const skip = '.offer-title, .offer-meta, .offer-addon, .product-title, .product-description, .product-meta, .rule-source, code, script, style, noscript, #boot';
    const lines = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent.trim();
      if (!text || element.closest(skip) || !element.checkVisibility()) continue;
      lines.push(text);
    }
    return lines.join('\n');
  });
}

/** The English left on a page: the app's own phrases, and lines with words French never uses
 * (English written straight into the code, never put in a translation file). */
async function englishLeft(page, where) {
  const text = await appText(page);
  return [
    ...englishPhrases().filter((phrase) => text.includes(phrase)),
    ...text.split('\n').filter((line) => ENGLISH_WORDS.test(line)),
  ].map((found) => `${where}: ${found}`);
}

test('a French browser gets the Add products page in French, with every reason in French', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors, undefined, FRENCH);
  await page.goto(app.server.url + '/customers/fabrikam-gmbh/add-products?view=skus&blocked=1');
  await page.getByRole('heading', { name: 'Ajouter des produits', level: 1 }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  await page.getByRole('button', { name: 'Afficher les produits' }).waitFor();
  await page.getByRole('button', { name: 'Afficher les références SKU' }).waitFor();
  await page.getByRole('link', { name: /Passer en revue/ }).waitFor();
  assert.match(await page.getByTestId('result-count').textContent(), /références SKU/);
  // A blocked offer says why, in French, with the country named in French.
  const reasons = page.locator('li.offer.blocked ul.reasons li');
  await reasons.first().waitFor();
  const sentences = await reasons.allTextContents();
  assert.ok(sentences.some((s) => s.startsWith('Les offres ')), sentences.slice(0, 5).join('\n'));
  // Prices in French forms: "1 234,56 $US".
  const price = await page.getByTestId('unit-price').first().textContent();
  assert.match(price, /^(\d{1,3}(\u202f\d{3})*,\d{2}\u00a0\$US|Gratuit)$/, price);

  assert.deepEqual(await englishLeft(page, 'Ajouter des produits'), [], 'English words left on a French page');
  assert.deepEqual(errors, []);
});

test('the whole purchase flow in French: customers, Add products, Passer en revue, Acheter, the order, the history, the subscriptions', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors, undefined, FRENCH);
  const leftOn = (where) => englishLeft(page, where);
  const left = [];
  await page.goto(app.server.url + '/');
  await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Contoso Pharmaceuticals' }).click();
  left.push(...await leftOn('Clients'));
  await page.getByRole('link', { name: 'Ajouter des produits pour Contoso Pharmaceuticals' }).click();
  await page.getByRole('heading', { name: 'Ajouter des produits', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Afficher les références SKU' }).click();
  await page.getByLabel('Rechercher', { exact: true }).fill('Microsoft 365 E5');
  const offer = page.locator('li.offer').filter({ has: page.getByRole('heading', { name: 'Microsoft 365 E5', exact: true }) });
  await offer.getByLabel('Quantité').fill('10');
  await offer.getByRole('button', { name: 'Ajouter au panier\u00a0: Microsoft 365 E5' }).click();
  await offer.locator('.buy-messages').filter({ hasText: 'Ajouté au panier\u00a0: 10 × Microsoft 365 E5.' }).waitFor();
  left.push(...await leftOn('Ajouter des produits'));
  await page.getByRole('link', { name: /Passer en revue/ }).click();
  await page.getByRole('heading', { name: 'Vérifier vos commandes', level: 1 }).waitFor();
  assert.match(await page.getByTestId('order-total').textContent(), /^\d{1,3}(\u202f\d{3})*,\d{2}\u00a0\$US$/);
  left.push(...await leftOn('Passer en revue'));
  await page.getByRole('button', { name: 'Acheter', exact: true }).click();
  await page.getByText('Votre commande a été passée.').waitFor();
  await page.getByRole('heading', { name: /^Commande / }).waitFor();
  left.push(...await leftOn('Commande'));
  // The print view: the order alone, in French, its dates written the French way.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.topbar').isVisible(), false, 'the header is not printed');
  assert.match(await page.locator('main').innerText(), /Créée le\s+\d{1,2}(er)? \S+ \d{4}, \d\d:\d\d UTC/);
  left.push(...await leftOn('Commande, impression'));
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Terminé' }).click();
  await page.getByRole('heading', { name: 'Historique des commandes', level: 1 }).waitFor();
  left.push(...await leftOn('Historique des commandes'));
  // The export stays machine-readable in French: ISO dates, a point before the cents, codes.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.match(csv, /^OrderId,CustomerId,CustomerName,CreatedAt,Status,/);
  const e5 = csv.split('\n').find((line) => line.includes('Microsoft 365 E5'));
  assert.match(e5, /,\d{4}-\d\d-\d\dT\d\d:\d\d/, e5);
  assert.match(e5, /,10,P1Y,Monthly,\d+\.\d\d,\d+\.\d\d,USD,/, e5);
  assert.doesNotMatch(csv, /\$US|\u202f|Terminée|licences/, 'no French forms in the file');
  // After the sale: the subscription it created, and seats added to it.
  await page.goto(app.server.url + '/customers/contoso-pharma/subscriptions');
  await page.getByRole('heading', { name: 'Abonnements', level: 1 }).waitFor();
  const toggle = page.getByRole('button', { name: 'Microsoft 365 E5', exact: true });
  await toggle.click();
  const row = page.locator('tbody.subscription').filter({ has: toggle });
  await row.getByLabel(/Licences à ajouter ou retirer/).fill('2');
  await row.getByRole('button', { name: 'Ajouter des licences' }).click();
  await row.getByRole('status').filter({ hasText: 'Ajout de 2 licences à Microsoft 365 E5\u00a0: 12 licences maintenant.' }).waitFor();
  left.push(...await leftOn('Abonnements'));
  await page.goto(app.server.url + '/customers/contoso-pharma/orders');
  // Reload: still French, and the order is there.
  await page.reload();
  await page.getByRole('heading', { name: 'Historique des commandes', level: 1 }).waitFor();
  assert.deepEqual(left, [], 'English words left on French pages');
  assert.deepEqual(errors, []);
});

test('buy from the French page: Add to cart answers in French', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors, undefined, FRENCH);
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?view=skus&q=Microsoft%20365%20E5');
  const offer = page.locator('li.offer').filter({ has: page.getByRole('heading', { name: 'Microsoft 365 E5', exact: true }) });
  await offer.getByLabel('Quantité').fill('abc');
  await offer.locator('.buy-messages').filter({ hasText: 'La quantité doit être un nombre entier\u00a0; «\u00a0abc\u00a0» n\'en est pas un.' }).waitFor();
  await offer.getByLabel('Quantité').fill('1200');
  await offer.getByRole('button', { name: 'Ajouter au panier\u00a0: Microsoft 365 E5' }).click();
  await offer.locator('.buy-messages').filter({ hasText: 'Ajouté au panier\u00a0: 1\u202f200 × Microsoft 365 E5.' }).waitFor();
  await page.getByTestId('cart-count').filter({ hasText: '1' }).waitFor();
  assert.deepEqual(errors, []);
});

test('a cart that could not be read is said in French when Add to cart meets it (issue 22, bug 4)', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors, undefined, FRENCH);
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?view=skus&q=Microsoft%20365%20E5');
  const offer = page.locator('li.offer').filter({ has: page.getByRole('heading', { name: 'Microsoft 365 E5', exact: true }) });
  await offer.getByLabel('Quantité').fill('3');
  // Spoilt behind the page's back: this tab gets no storage event for its own write.
  await page.evaluate(() => localStorage.setItem('csp-catalog/cart/contoso-pharma', '{not json'));
  await offer.getByRole('button', { name: 'Ajouter au panier\u00a0: Microsoft 365 E5' }).click();
  const message = offer.locator('.buy-messages [role=alert]');
  await waitForText(message, /^Non ajouté\u00a0: /);
  const text = await message.textContent();
  assert.doesNotMatch(text, ENGLISH_WORDS, text);
  assert.deepEqual(errors, []);
});

test('switching language keeps the quantity typed, the products opened and What-if (issue 22, bug 6)', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?q=Visio');
  const product = page.locator('li.product').filter({ hasText: 'Visio' }).first();
  await product.locator('button.row-toggle').click();
  const offer = page.locator('li.offer').filter({ has: page.getByRole('heading', { name: 'Visio Plan 2', exact: true }) });
  await offer.getByLabel('Quantity').fill('7');
  const panel = page.locator('section.panel', { has: page.getByRole('heading', { name: 'What if…?' }) });
  await panel.getByRole('button', { name: 'Try other facts' }).click();
  await panel.locator('#wi-customer-country').selectOption('GB');
  await waitForText(page.locator('.banner-whatif'), 'What-if is on');

  await page.getByLabel('Language').selectOption({ label: 'Français' });
  await page.getByRole('heading', { name: 'Ajouter des produits', level: 1 }).waitFor();
  await waitForText(page.locator('.banner-whatif'), 'Le mode «\u00a0Et si\u00a0» est activé');
  assert.equal(await page.locator('#wi-customer-country').inputValue(), 'GB');
  assert.equal(await product.locator('button.row-toggle').getAttribute('aria-expanded'), 'true');
  const same = page.locator('li.offer').filter({ has: page.getByRole('heading', { name: 'Visio Plan 2', exact: true }) });
  assert.equal(await same.getByLabel('Quantité').inputValue(), '7');

  // Arriving on the page another way starts afresh, as before.
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?q=Visio');
  await page.getByRole('heading', { name: 'Ajouter des produits', level: 1 }).waitFor();
  assert.equal(await page.locator('.banner-whatif').count(), 0);
  assert.deepEqual(errors, []);
});

test('the language menu switches to English and back, the choice survives a reload, and a ?lang= link carries a language', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors, undefined, FRENCH);
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products');
  await page.getByRole('heading', { name: 'Ajouter des produits' }).waitFor();
  const menu = page.getByLabel('Langue');
  assert.deepEqual(await menu.locator('option').allTextContents(), ['English', 'Français']);
  await menu.selectOption({ label: 'English' });
  await page.getByRole('heading', { name: 'Add products', level: 1 }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  // The menu keeps the keyboard.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'language-menu');
  await page.reload();
  await page.getByRole('heading', { name: 'Add products', level: 1 }).waitFor();
  await page.getByLabel('Language').selectOption({ label: 'Français' });
  await page.getByRole('heading', { name: 'Ajouter des produits', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Clients' }).first().waitFor();

  // A trainer's link: ?lang=en opens in English whatever the browser says, and is kept.
  const linked = await openPage(app.browser, errors, undefined, FRENCH);
  await linked.goto(app.server.url + '/customers/contoso-pharma/add-products?lang=en');
  await linked.getByRole('heading', { name: 'Add products', level: 1 }).waitFor();
  // Switching from a ?lang= address rewrites it, so the address copied now says French.
  await linked.getByLabel('Language').selectOption({ label: 'Français' });
  await linked.getByRole('heading', { name: 'Ajouter des produits', level: 1 }).waitFor();
  assert.equal(new URL(linked.url()).searchParams.get('lang'), 'fr');

  // A link value the page doesn't know is said in French too.
  const odd = await openPage(app.browser, errors, undefined, FRENCH);
  await odd.goto(app.server.url + '/customers/contoso-pharma/add-products?view=bogus');
  await odd.getByText('La valeur «\u00a0bogus\u00a0» du paramètre «\u00a0view\u00a0» du lien n\'est pas connue de cette page\u00a0: elle affiche les produits à la place.').waitFor();

  // A language the app doesn't speak is said, not ignored.
  const unknown = await openPage(app.browser, errors, undefined, FRENCH);
  await unknown.goto(app.server.url + '/?lang=xx');
  await unknown.getByText('La langue «\u00a0xx\u00a0» indiquée dans l\'adresse n\'est pas disponible').waitFor();
  assert.deepEqual(errors, []);
});

test('the Rules page and a Training set read in French, answers marked in French', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors, undefined, FRENCH);
  await page.goto(app.server.url + '/rules');
  await page.getByRole('heading', { name: 'Règles', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Règles d\'achat pour les segments spéciaux' }).waitFor();
  assert.deepEqual(await englishLeft(page, 'Règles'), [], 'English words left on the Rules page');

  await page.goto(app.server.url + '/training?theme=after-the-sale&set=4');
  await page.getByRole('heading', { name: 'Formation', level: 1 }).waitFor();
  const card = page.locator('li.exercise').first();
  assert.match(await card.locator('.question').textContent(), /^Trey Research Cloud Services peut-il (ajouter|retirer|mettre à niveau) .+ le \d{1,2} \S+ \d{4} à 10:00 UTC\u00a0\?$/);
  await card.getByLabel('Non').check();
  await card.getByRole('button', { name: 'Vérifier la réponse' }).click();
  await card.getByRole('status').locator('.mark-headline').waitFor();
  assert.match(await card.locator('.mark-headline').textContent(), /^(Juste\.|Bon verdict, mais pas les bonnes raisons\.|Pas tout à fait\.)$/);
  await page.getByTestId('scores').filter({ hasText: 'Après la vente' }).waitFor();
  // The exercises' own facts name products and customers; the page's words are French.
  const text = await page.evaluate(() => {
    const skip = '.question, .assumed li, .reasons li, .choice span, code, script, noscript, #boot';
    const lines = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (node.textContent.trim() && !element.closest(skip) && element.checkVisibility()) lines.push(node.textContent.trim());
    }
    return lines;
  });
  assert.deepEqual(text.filter((line) => ENGLISH_WORDS.test(line) || englishPhrases().includes(line)), [], 'English words left on the Training page');
  assert.deepEqual(errors, []);
});

test('the customer form and the partner profile in French: labels, countries sorted by French name, every problem in French', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors, undefined, FRENCH);
  await page.goto(app.server.url + '/customers/new');
  await page.getByRole('heading', { name: 'Nouveau client', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Enregistrer le client' }).click();
  const summary = page.locator('#error-summary');
  await waitForText(summary, 'Rien n\'a été enregistré.');
  assert.deepEqual(await summary.getByRole('link').allTextContents(), [
    'Saisissez le nom de l\'entreprise du client.',
    'Choisissez le pays du locataire du client.',
  ]);
  // Countries by their French name, accents with their letter.
  const countries = await page.getByLabel('Pays du locataire').locator('option').allTextContents();
  assert.deepEqual(countries.slice(0, 6), ['Choisissez un pays', 'Afghanistan', 'Afrique du Sud', 'Albanie', 'Algérie', 'Allemagne']);
  const at = (name) => countries.indexOf(name);
  assert.ok(at('Dominique') < at('Égypte') && at('Égypte') < at('Équateur') && at('Équateur') < at('Espagne'), 'É sorts with E');

  await page.getByLabel('Nom de l\'entreprise').fill('Librairie Étoile');
  assert.equal(await page.getByLabel('Identifiant du client').inputValue(), 'librairie-etoile');
  await page.getByLabel('Pays du locataire').selectOption({ label: 'Japon' });
  await page.getByLabel('Qualification', { exact: true }).selectOption({ label: 'Éducation' });
  await page.getByLabel('Statut').selectOption({ label: 'Refusée' });
  await waitForText(page.locator('#c-reason-msg'), 'Par exemple\u00a0: Pas un établissement d\'enseignement accrédité.');
  await page.getByText('Le client a accepté le Contrat client Microsoft').click();
  await page.getByLabel('E-mail du signataire').fill('pas une adresse');
  assert.deepEqual(await englishLeft(page, 'Nouveau client'), [], 'English words left on the customer form');
  await page.getByRole('button', { name: 'Enregistrer le client' }).click();
  await waitForText(summary, 'Vos locataires ne vendent que dans\u00a0: ');
  const problems = await summary.getByRole('link').allTextContents();
  assert.deepEqual(problems.slice(1), [
    'Indiquez pourquoi la qualification a été refusée, par exemple «\u00a0Pas un établissement d\'enseignement accrédité\u00a0».',
    'Saisissez le nom de la personne qui a accepté le contrat.',
    'Saisissez l\'adresse e-mail du signataire, par exemple nom@example.com.',
    'Saisissez la date d\'acceptation du contrat (AAAA-MM-JJ).',
  ]);
  assert.match(problems[0], /^Vos locataires ne vendent que dans\u00a0: États-Unis et la région Europe\. Pour servir un client situé dans le pays suivant\u00a0: Japon, ajoutez un locataire dans la région Japon sur le profil de partenaire\.$/);
  assert.deepEqual(await englishLeft(page, 'Nouveau client, erreurs'), [], 'English words left in the problems');
  assert.equal(new URL(page.url()).pathname, '/customers/new', 'nothing was saved');

  await page.goto(app.server.url + '/partner');
  await page.getByRole('heading', { name: 'Profil du partenaire', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Ajouter un locataire dans une autre région' }).click();
  await page.locator('.tenant-row select').last().selectOption({ label: 'France' });
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await waitForText(page.locator('.banner-warn'), 'Slovaquie et France sont tous deux dans la région Europe\u00a0: un partenaire a un seul locataire par région.');
  await page.getByRole('button', { name: 'Retirer le locataire (France)' }).click();
  assert.deepEqual(await englishLeft(page, 'Profil du partenaire'), [], 'English words left on the partner profile');
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await waitForText(page.locator('.banner-info'), 'Enregistré. Chaque verdict utilise désormais ce profil.');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the Data page in French: the price-list import report, a refused file, and the report follows the language', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors, undefined, FRENCH);
  const fixture = (name) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
  await page.goto(app.server.url + '/data');
  await page.getByRole('heading', { name: 'Catalogue', level: 2 }).waitFor();
  assert.deepEqual(await englishLeft(page, 'Données'), [], 'English words left on the Data page');

  await page.locator('#price-list-file').setInputFiles(fixture('price-list.csv'));
  await page.locator('#offer-matrix-file').setInputFiles(fixture('offer-matrix.csv'));
  await page.getByRole('button', { name: 'Importer la liste de prix' }).click();
  await waitForText(page.getByTestId('import-summary'), 'Importé. 6 produits et 8 références SKU (9 offres) à partir de 12 lignes\u00a0; 0 ignorée.');
  await waitForText(page.locator('.import-problems summary'), '4 lignes ignorées');
  await waitForText(page.locator('.import-problems'), 'Matrice des offres, ligne 6, AllowedCountries\u00a0: «\u00a0QQ\u00a0» n\'est pas un code de pays ISO 3166-1');
  assert.deepEqual(await englishLeft(page, 'Données, rapport'), [], 'English words left in the import report');
  // What the catalog in use says is data, worded again in the language chosen.
  await page.getByLabel('Langue').selectOption('en');
  await waitForText(page.getByTestId('catalog-source'), 'In use: price-list.csv. 12 rows became 6 products and 8 SKUs (9 offers); 0 skipped.');
  await page.getByLabel('Language').selectOption('fr');
  await waitForText(page.getByTestId('catalog-source'), 'Utilisé\u00a0: price-list.csv. 6 produits');
  await page.getByRole('button', { name: 'Utiliser le catalogue intégré' }).click();
  await waitForText(page.getByTestId('catalog-source'), 'Utilisé\u00a0: le catalogue intégré.');

  await page.locator('#price-list-file').setInputFiles(fixture('price-list-missing-columns.csv'));
  await page.getByRole('button', { name: 'Importer la liste de prix' }).click();
  await waitForText(page.locator('.banner-warn'), 'Rien n\'a été importé. Il manque les colonnes SkuId, Publisher, TermDuration, BillingPlan, EffectiveStartDate à la liste de prix.');

  await page.locator('#import-file').setInputFiles({ name: 'panier.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"cart","version":2,"data":{}}') });
  await waitForText(page.locator('.banner-warn'), 'Rien n\'a été importé. Le fichier ne peut pas être lu comme un export de CSP Catalog\u00a0: on y trouve un panier, et non un export.');
  assert.deepEqual(errors, []);
  await page.close();
});

test('bad input in French: a page or customer that is not there, a corrupt stored value, a day the app can\'t use', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors, undefined, FRENCH);
  await page.goto(app.server.url + '/nulle-part');
  await page.getByRole('heading', { name: 'Page introuvable', level: 1 }).waitFor();
  assert.deepEqual(await englishLeft(page, 'Page introuvable'), []);
  await page.goto(app.server.url + '/customers/personne/orders');
  await page.getByRole('heading', { name: 'Client introuvable', level: 1 }).waitFor();
  assert.deepEqual(await englishLeft(page, 'Client introuvable'), []);

  await page.goto(app.server.url + '/');
  await page.getByRole('button', { name: 'Contoso Pharmaceuticals' }).waitFor();
  await page.evaluate(() => localStorage.setItem('csp-catalog/customers', '{"kind":"cart","version":2,"data":{}}'));
  await page.goto(app.server.url + '/?today=2099-01-01');
  const banner = page.getByTestId('storage-banner');
  await waitForText(banner, 'La valeur enregistrée «\u00a0csp-catalog/customers\u00a0» n\'a pas pu être lue\u00a0: on y trouve un panier, et non une liste de clients.');
  await waitForText(banner, 'Le jour de l\'app «\u00a02099-01-01\u00a0» n\'a pas été utilisé\u00a0: Choisissez un jour entre le 1er janvier 2020 et le 31 décembre 2035.');
  assert.deepEqual(await englishLeft(page, 'Bannière'), [], 'English words left in the notices');
  await banner.getByRole('button', { name: /Supprimer/ }).first().click();
  assert.deepEqual(errors, []);
  await page.close();
});

test('in French a renewal to come reads "Renouvellement le", not a past "Renouvelé le"', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors, undefined, FRENCH);
  await page.goto(app.server.url + '/customers/contoso-pharma/subscriptions');
  await page.getByRole('heading', { name: 'Abonnements', level: 1 }).waitFor();
  await page.getByText(/^Renouvellement le \d+ /).first().waitFor();
  assert.equal(await page.getByText(/Renouvelé le/).count(), 0);
  assert.deepEqual(errors, []);
});

test("the purchase-rules table names each segment's offers as French says it (issue 26, item 10)", async () => {
  const errors = [];
  const page = await openPage(app.browser, errors, undefined, { locale: 'fr-FR' });
  await page.goto(app.server.url + '/rules');
  const table = page.locator('table.rules-table');
  await table.waitFor();
  const headers = (await table.locator('thead th').allTextContents()).map((t) => t.trim());
  assert.deepEqual(headers.slice(1), ['Offres commerciales', 'Offres Éducation', 'Offres à but non lucratif', 'Offres Government Community Cloud']);
  await page.goto(app.server.url + '/rules?lang=en');
  await page.locator('table.rules-table').waitFor();
  const english = (await page.locator('table.rules-table thead th').allTextContents()).map((t) => t.trim());
  assert.deepEqual(english.slice(1), ['Commercial offers', 'Education offers', 'Nonprofit offers', 'Government Community Cloud offers']);
  assert.deepEqual(errors, []);
});

test("an order's times are in UTC as Partner Center shows them, with the user's own time beside them (issue 26, item 10)", async () => {
  const errors = [];
  const page = waitForTheAppOnVisits(await app.browser.newPage({ locale: 'fr-FR', timezoneId: 'Europe/Paris' }));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.server.url + '/customers/contoso-pharma/add-products?view=skus&q=Power%20BI%20Pro');
  const row = page.locator('li.offer').filter({ has: page.getByRole('heading', { name: 'Power BI Pro', exact: true }) });
  await row.getByRole('button', { name: 'Ajouter au panier\u00a0: Power BI Pro' }).click();
  await page.goto(app.server.url + '/customers/contoso-pharma/review');
  await page.getByRole('button', { name: 'Acheter', exact: true }).click();
  await page.waitForURL(/orders\/[0-9A-F]{16}/);
  const created = page.locator('dt', { hasText: 'Créée le' }).locator('xpath=following-sibling::dd');
  await waitForText(created, /\d{2}:\d{2} UTC \((\d+ [a-zéû.]+ \d{4}, )?\d{2}:\d{2} heure locale\)$/);
  await waitForText(page.locator('table.order-lines'), /Annulable jusqu'au .* UTC \(.*heure locale\)/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("country lists sort as the browser's own collation sorts them, in both languages (issue 26, item 10)", async () => {
  const errors = [];
  for (const locale of ['en-US', 'fr-FR']) {
    const page = await openPage(app.browser, errors, undefined, { locale });
    await page.goto(app.server.url + '/customers/new');
    const select = page.locator('#c-country');
    await select.waitFor();
    const { names, sorted } = await select.evaluate((element, tag) => {
      const names = [...element.options].filter((o) => o.value).map((o) => o.text);
      const collator = new Intl.Collator(tag);
      return { names, sorted: [...names].sort(collator.compare) };
    }, locale.slice(0, 2));
    assert.ok(names.length > 200, `${locale}: ${names.length} countries`);
    const moved = names.filter((name, i) => sorted[i] !== name);
    assert.deepEqual(moved, [], `${locale}: sorted as Intl.Collator sorts`);
    await page.close();
  }
  assert.deepEqual(errors, []);
});

test("French words that can't be fetched are said, in English, and the app goes on in English; Français in the menu tries again", async () => {
  // Issue 25: the app carries English only; French comes in a file of its own.
  const errors = [];
  const page = await openPage(app.browser, errors, undefined, FRENCH);
  await page.route('**/fr-*.ftl', (route) => route.abort('internetdisconnected'));
  await page.goto(app.server.url + '/');
  await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
  const banner = page.getByTestId('storage-banner');
  await waitForText(banner, /The words in Français could not be loaded \(.+\): the app goes on in English\. Reload the page to try again\./);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');

  // Still offline: the menu stays on English and says so again.
  await page.getByLabel('Language').selectOption({ label: 'Français' });
  await page.waitForTimeout(300);
  assert.equal(await page.getByLabel('Language').inputValue(), 'en');
  assert.equal(await page.getByRole('heading', { name: 'Customers', level: 1 }).count(), 1);

  // Back online: the same choice brings the French words.
  await page.unroute('**/fr-*.ftl');
  await page.getByLabel('Language').selectOption({ label: 'Français' });
  await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  // The browser's own line for each request cut off, and nothing else.
  assert.deepEqual(errors.filter((e) => !e.includes('Failed to load resource: net::ERR_INTERNET_DISCONNECTED')), []);
});
