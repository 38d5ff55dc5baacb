// Training: a trainee answers a set, right and wrong, reads the engine's verdict, follows the
// link into Add products in that situation, and a link gives the same set to everyone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, PHONE, useAppInBrowser, waitForText } from './support.mjs';

const app = useAppInBrowser();

test('answer exercises right and wrong, read the reasons with their rules, and open the situation in Add products', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).click();
  await page.getByRole('heading', { name: 'Training', level: 1 }).waitFor();
  await page.getByRole('navigation', { name: 'Themes' }).getByRole('link', { name: 'Countries' }).click();
  await page.waitForURL(/theme=countries/);
  assert.equal(await page.getByRole('link', { name: 'Countries' }).getAttribute('aria-current'), 'page');
  assert.equal(await page.getByRole('link', { name: 'Add-ons' }).getAttribute('aria-current'), null);

  const exercises = page.locator('li.exercise');
  await exercises.first().waitFor();
  assert.equal(await exercises.count(), 8);

  // Say Yes everywhere: the ones that can be sold are marked right, the others not.
  const marks = [];
  for (let i = 0; i < 8; i++) {
    const card = exercises.nth(i);
    assert.match(await card.locator('.question').textContent(), /^Can Trey Research Cloud Services sell .+ to .+ on \d{1,2} \w+ \d{4}\?$/);
    await card.getByLabel('Yes').check();
    await card.getByRole('button', { name: 'Check answer' }).click();
    const mark = card.getByRole('status');
    await mark.waitFor();
    marks.push((await mark.locator('.mark-headline').textContent()).trim());
  }
  assert.ok(marks.includes('Right.'), `some can be sold: ${marks}`);
  assert.ok(marks.includes('Not quite.'), `some can't: ${marks}`);

  // A No exercise: its verdict lists each reason with its rule and source.
  const wrong = exercises.filter({ has: page.locator('.mark-wrong') }).first();
  await waitForText(wrong.getByRole('status'), "The engine says: it can't be sold.");
  const reason = wrong.locator('.mark ul.reasons li').first();
  assert.match(await reason.textContent(), /Rule: .+\. Source: .+/);

  // Reload: the same link gives the same set.
  const questions = await exercises.locator('.question').allTextContents();
  await page.reload();
  await exercises.first().waitFor();
  assert.deepEqual(await exercises.locator('.question').allTextContents(), questions);

  // No with no reason picked: the verdict is right, the reasons are not.
  const index = marks.indexOf('Not quite.');
  const card = exercises.nth(index);
  await card.getByLabel('No').check();
  await card.locator('label.choice').first().waitFor();
  await card.getByRole('button', { name: 'Check answer' }).click();
  await waitForText(card.getByRole('status'), 'Right verdict, but not the right reasons.');
  // Every true reason is marked true here, every other one not true here.
  const trueOnes = await card.locator('label.choice.true-reason').count();
  assert.ok(trueOnes >= 1);
  assert.equal(await card.locator('label.choice.false-reason').count(), 3);

  // The score and the rules missed are kept: after a reload they are still there.
  await page.reload();
  const scores = page.getByTestId('scores');
  const right = marks.filter((m) => m === 'Right.').length;
  await waitForText(scores, `Countries: ${right} of 8 right`);
  const missed = page.getByTestId('missed-rules');
  await missed.locator('li').first().waitFor();
  assert.match(await missed.locator('li').first().textContent(), /\(\d+ times?\)/);
  // Try again opens a new set of the theme that practises the rule.
  await missed.getByRole('link', { name: 'Try again' }).first().click();
  await page.waitForURL(/set=2/);
  await exercises.first().waitFor();

  // The situation opens in Add products, on the exercise's day, with blocked offers shown.
  await page.goBack();
  await page.waitForURL(/set=7|theme=countries/);
  await exercises.first().waitFor();
  const again = exercises.nth(index);
  await again.getByLabel('Yes').check();
  await again.getByRole('button', { name: 'Check answer' }).click();
  await again.getByRole('link', { name: 'See it in Add products' }).click();
  await page.getByRole('heading', { name: 'Add products' }).waitFor();
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('blocked'), '1');
  assert.match(url.searchParams.get('today'), /^\d{4}-\d{2}-\d{2}$/);
  assert.deepEqual(errors, []);
});

test('a trainee picking exactly the true reasons is marked right', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/training?theme=special-segments&set=3');
  const exercises = page.locator('li.exercise');
  await exercises.first().waitFor();
  // Find an exercise that can't be sold (Yes is marked wrong), read its true reasons, then
  // answer the same exercise in a fresh page with exactly those.
  for (let i = 0; i < 8; i++) {
    const card = exercises.nth(i);
    await card.getByLabel('Yes').check();
    await card.getByRole('button', { name: 'Check answer' }).click();
    if ((await card.locator('.mark-headline').textContent()).trim() !== 'Not quite.') continue;
    const truth = await card.locator('.mark ul.reasons li').evaluateAll((items) => items.map((li) => li.firstChild.textContent.trim()));
    const again = await openPage(app.browser, errors);
    await again.goto(page.url());
    const same = again.locator('li.exercise').nth(i);
    await same.getByLabel('No').check();
    for (const sentence of truth) {
      await same.locator('label.choice').filter({ hasText: sentence }).locator('input').check();
    }
    await same.getByRole('button', { name: 'Check answer' }).click();
    await waitForText(same.getByRole('status'), 'Right.');
    assert.equal(await same.locator('.mark-headline').textContent(), 'Right.');
    assert.deepEqual(errors, []);
    return;
  }
  assert.fail('the set has no exercise that can’t be sold');
});

test('an exercise with assumed facts opens Add products with those facts under What-if', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/training?theme=countries&set=7');
  const exercises = page.locator('li.exercise');
  await exercises.first().waitFor();
  const assumed = exercises.filter({ has: page.locator('.assumed') }).first();
  const fact = (await assumed.locator('.assumed li').first().textContent()).trim();
  await assumed.getByLabel('Yes').check();
  await assumed.getByRole('button', { name: 'Check answer' }).click();
  await assumed.getByRole('link', { name: 'See it in Add products' }).click();
  await page.getByRole('heading', { name: 'Add products' }).waitFor();
  await waitForText(page.locator('.banner-whatif'), 'What-if is on');
  assert.ok(new URL(page.url()).search.includes('assume-'), `${page.url()} carries ${fact}`);
  assert.deepEqual(errors, []);
});

test('after the sale: the verdict on a seat change is what the Subscriptions page does on that day', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/training');
  await page.getByRole('navigation', { name: 'Themes' }).getByRole('link', { name: 'After the sale' }).click();
  await page.waitForURL(/theme=after-the-sale/);
  const exercises = page.locator('li.exercise');
  const seatChange = /^Can Trey Research Cloud Services (add|remove) ([\d,]+) seats? (?:to|from) the (.+) subscription of (.+) on \d{1,2} \w+ \d{4} at 10:00 UTC\?$/;
  // Sets are drawn per seed: walk them until one asks to change seats on a subscription
  // whose history is all stored (no seats assumed added).
  for (let set = 1; set <= 12; set++) {
    await page.goto(app.server.url + `/training?theme=after-the-sale&set=${set}`);
    await exercises.first().waitFor();
    for (let i = 0; i < await exercises.count(); i++) {
      const card = exercises.nth(i);
      const question = (await card.locator('.question').textContent()).trim();
      assert.match(question, / at 10:00 UTC\?$/);
      const facts = await card.locator('.assumed li').allTextContents();
      assert.ok(facts.some((f) => f.includes(' was bought on ')), `${question}: ${facts}`);
      const found = question.match(seatChange);
      if (!found || facts.some((f) => f.includes('were added'))) continue;
      const [, action, seats, name] = found;
      assert.equal(await card.locator('legend').first().textContent(), 'Can it be done?');
      await card.getByLabel('Yes').check();
      await card.getByRole('button', { name: 'Check answer' }).click();
      const mark = card.getByRole('status');
      await mark.waitFor();
      const verdict = await mark.locator('p').nth(1).textContent();
      const refusal = (await mark.locator('ul.reasons li').evaluateAll((items) => items.map((li) => li.firstChild.textContent.trim())))[0];

      await card.getByRole('link', { name: 'See it in Subscriptions' }).click();
      await page.getByRole('heading', { name: 'Subscriptions', level: 1 }).waitFor();
      const toggle = page.getByRole('button', { name, exact: true }).first();
      await toggle.click();
      const row = page.locator('tbody.subscription').filter({ has: toggle });
      await row.getByLabel(/Seats to add or remove/).fill(seats.replace(/,/g, ''));
      await row.getByRole('button', { name: action === 'add' ? 'Add seats' : 'Remove seats' }).click();
      const outcome = row.getByRole('status');
      if (verdict === 'The engine says: it can be done.') {
        await waitForText(outcome, action === 'add' ? 'Added ' : 'Removed ');
      } else {
        assert.equal(verdict, "The engine says: it can't be done.");
        await waitForText(outcome, refusal);
      }
      assert.deepEqual(errors, []);
      return;
    }
  }
  assert.fail('no set of the first 12 asks to change seats');
});

test("a link's unknown theme says so and shows the first theme", async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/training?theme=licensing&set=3');
  await waitForText(page.getByTestId('theme-unknown'), 'The theme "licensing" in the address is not one of Training\'s: showing Special segments.');
  await page.goto(app.server.url + '/training?theme=special-segments&set=3');
  await page.getByRole('heading', { name: 'Training', level: 1 }).waitFor();
  assert.equal(await page.getByTestId('theme-unknown').count(), 0);
  assert.deepEqual(errors, []);
});

test('every exercise of a set is dated in new commerce, on the app\'s day too', async () => {
  // Wide World Importers' subscription dates from 2019: its after-the-sale exercises were
  // once set twenty days after it, on 24 November 2019, before any rule asked about existed.
  const errors = [];
  const page = await openPage(app.browser, errors);
  const exercises = page.locator('li.exercise');
  for (const set of [1, 2, 3, 4]) {
    await page.goto(app.server.url + `/training?theme=after-the-sale&set=${set}&today=2026-11-21`);
    await exercises.first().waitFor();
    for (const question of await exercises.locator('.question').allTextContents()) {
      const year = Number(question.match(/ on \d{1,2} \w+ (\d{4}) at /)?.[1]);
      assert.ok(year >= 2022, `set ${set}: ${question}`);
    }
  }
  assert.deepEqual(errors, []);
});

test('a set says how it is going and, once every exercise is answered, its score and a new set', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/training?theme=quantities&set=5');
  const exercises = page.locator('li.exercise');
  await exercises.first().waitFor();
  const score = page.getByTestId('set-score');
  assert.equal((await score.textContent()).trim(), '', 'nothing to say before the first answer');
  let right = 0;
  for (let i = 0; i < 8; i++) {
    const card = exercises.nth(i);
    await card.getByLabel('Yes').check();
    await card.getByRole('button', { name: 'Check answer' }).click();
    const headline = (await card.locator('.mark-headline').textContent()).trim();
    if (headline === 'Right.') right += 1;
    if (i === 0) await waitForText(score, `This set: 1 of 8 answered, ${right} right so far.`);
  }
  await waitForText(score, `Set complete: ${right} of 8 right.`);
  await score.getByRole('button', { name: 'Take a new set' }).click();
  await page.waitForURL((url) => url.searchParams.get('set') !== '5' && url.searchParams.get('theme') === 'quantities');
  await exercises.first().waitFor();
  assert.equal((await score.textContent()).trim(), '', 'the new set starts unanswered');
  assert.deepEqual(errors, []);
});

test('with an imported catalog, Training says its sets use the built-in catalog', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  await page.goto(app.server.url + '/training');
  await page.locator('li.exercise').first().waitFor();
  assert.equal(await page.getByTestId('training-built-in').count(), 0);
  await page.goto(app.server.url + '/data');
  await page.locator('#price-list-file').setInputFiles(new URL('../fixtures/price-list.csv', import.meta.url).pathname);
  await page.getByRole('button', { name: 'Import price list' }).click();
  await waitForText(page.getByTestId('catalog-source'), 'In use: price-list.csv.');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).click();
  await waitForText(
    page.getByTestId('training-built-in'),
    "Training asks about the built-in catalog and the demo customers, not price-list.csv imported in this browser",
  );
  // Read again after a reload, the same.
  await page.reload();
  await waitForText(page.getByTestId('training-built-in'), 'not price-list.csv imported in this browser');
  assert.deepEqual(errors, []);
});

test('Training paints at once and says it is preparing the exercises until they are ready', async () => {
  const errors = [];
  const page = await openPage(app.browser, errors);
  const seen = [];
  await page.exposeFunction('__sawPreparing', (text) => seen.push(text));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const status = document.querySelector('[data-testid="training-preparing"]');
      if (status) window.__sawPreparing(status.textContent);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(app.server.url + '/training?theme=countries&set=3');
  await page.locator('li.exercise').first().waitFor();
  assert.ok(seen.includes('Preparing the exercises…'), `the status was shown: ${seen}`);
  assert.equal(await page.getByTestId('training-preparing').count(), 0, 'and is gone once they are');
  assert.equal(await page.locator('li.exercise').count(), 8);
  assert.deepEqual(errors, []);
});

test('while a set is prepared its room is kept: nothing on screen moves when it comes, on a laptop and a phone', async () => {
  // Issue 25: Lighthouse saw the score, the progress and the footer pushed down by the set
  // (CLS 0.86 on a laptop). The layout shifts the browser itself reports add up to nothing.
  for (const viewport of [{ width: 1350, height: 940 }, PHONE]) {
    const errors = [];
    const page = await openPage(app.browser, errors, viewport);
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(app.server.url + '/training');
    await page.locator('ol.exercises > li').first().waitFor();
    await page.locator('footer').waitFor();
    // Two frames: a shift is reported once the frame that made it is drawn.
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const shift = await page.evaluate(() => window.__shift);
    assert.ok(shift < 0.01, `layout shift ${shift.toFixed(3)} at ${viewport.width} px`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test("on a phone a set's first screen paints nothing larger than the page's lead: each fact of a question is a line of its own", async () => {
  // Issue 25: the largest paint must come from the HTML (the frame's lead), not from an
  // exercise drawn once the app has come. A question written as one sentence was larger than
  // the lead on most first screens; a line per fact is not, in any theme, set or language.
  const themes = ['special-segments', 'partner-and-agreement', 'countries', 'add-ons', 'price-lists-and-trials', 'quantities', 'after-the-sale'];
  const LIGHTHOUSE_PHONE = { width: 412, height: 823 };
  for (const locale of ['en-US', 'fr-FR']) {
    const errors = [];
    const page = await openPage(app.browser, errors, LIGHTHOUSE_PHONE, { locale });
    await page.addInitScript(() => {
      window.__paints = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.__paints.push({ size: entry.size, exercise: Boolean(entry.element?.closest('ol.exercises')), text: entry.element?.textContent.slice(0, 80) });
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    for (const theme of themes) {
      for (const set of [1, 2]) {
        await page.goto(`${app.server.url}/training?theme=${theme}&set=${set}`);
        const card = page.locator('li.exercise').first();
        await card.waitFor();
        // A question reads as one sentence, its lines one under the other.
        const lines = card.locator('.question-line');
        assert.ok((await lines.count()) >= 4, `${locale} ${theme} ${set}`);
        const tops = await lines.evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().top));
        assert.ok(tops.every((top, i) => i === 0 || top > tops[i - 1]), `${locale} ${theme} ${set}: lines ${tops}`);
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
        const paints = await page.evaluate(() => window.__paints);
        assert.ok(paints.length > 0);
        const fromExercise = paints.filter((p) => p.exercise);
        assert.deepEqual(fromExercise, [], `${locale} ${theme} set ${set}: the largest paint was an exercise`);
      }
    }
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('the set the page opens with is shown whole, never half of it, and a new set replaces it at once', async () => {
  // Issue 25: the opening set's eight cards are built a card per turn of the browser (eight
  // at once were a long task on a phone while the app starts), out of sight, and shown
  // together; a set asked for later is built at once, with no "Preparing" in between.
  const errors = [];
  const page = await openPage(app.browser, errors, PHONE);
  await page.addInitScript(() => {
    window.__seen = [];
    new MutationObserver(() => {
      const list = document.querySelector('ol.exercises');
      if (!list) return;
      window.__seen.push({
        built: list.querySelectorAll(':scope > li').length,
        shown: list.checkVisibility(),
        preparing: Boolean(document.querySelector('[data-testid="training-preparing"]')),
      });
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(app.server.url + '/training');
  await page.locator('ol.exercises > li').first().waitFor();
  assert.equal(await page.locator('ol.exercises > li').count(), 8);
  const opening = await page.evaluate(() => window.__seen);
  const partial = opening.filter((s) => s.built > 0 && s.built < 8);
  assert.ok(partial.length > 0, 'the opening set was built a card at a time');
  assert.deepEqual(partial.filter((s) => s.shown), [], 'no part of a set was ever on screen');
  await page.evaluate(() => { window.__seen = []; });
  await page.getByRole('button', { name: 'New set' }).first().click();
  await page.waitForFunction(() => window.__seen.some((s) => s.built === 8 && s.shown));
  const later = await page.evaluate(() => window.__seen);
  assert.deepEqual(later.filter((s) => s.preparing || (s.built > 0 && s.built < 8)), [], 'a new set comes whole, at once');
  assert.deepEqual(errors, []);
  await page.close();
});
