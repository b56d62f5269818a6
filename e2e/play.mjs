// End-to-end test of the reference web page (src/main/resources/META-INF/resources) in headless Chromium.
//
// Starts the packaged service (target/quarkus-app/quarkus-run.jar, built by mvn package or verify) on a free loopback
// port with a fresh H2 file database in a temporary folder, drives the system Chromium (/usr/bin/chromium) with
// playwright-core, and stops the service at the end whatever happens. Screenshots and the service log go to
// target/e2e/. Exits 0 when every check passes, 1 otherwise, with a summary line "e2e: N passed, M failed".
//
//   node e2e/play.mjs            (from the repository root, after mvn package)
//   CHROMIUM=/path/to/chromium node e2e/play.mjs

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const JAR = path.join(ROOT, 'target', 'quarkus-app', 'quarkus-run.jar');
const OUT = path.join(ROOT, 'target', 'e2e');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const START_TIMEOUT_MS = 180_000;
const STEP_TIMEOUT_MS = 15_000;
const FILM = 'city-of-lost-children';

// ---------- the service ----------

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let service = null;
let tmp = null;

async function startService() {
  if (!fs.existsSync(JAR)) {
    throw new Error(`${JAR} does not exist: build it first (mvn -B package -DskipTests)`);
  }
  const port = await freePort();
  const managementPort = await freePort();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cinequiz-e2e-'));
  const log = fs.openSync(path.join(OUT, 'service.log'), 'w');
  const env = {
    ...process.env,
    QUARKUS_HTTP_HOST: '127.0.0.1',
    QUARKUS_HTTP_PORT: String(port),
    QUARKUS_MANAGEMENT_HOST: '127.0.0.1',
    QUARKUS_MANAGEMENT_PORT: String(managementPort), // health (and metrics) live on the management interface
    QUARKUS_DATASOURCE_JDBC_URL: `jdbc:h2:file:${tmp}/db;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE`,
    QUIZ_SEEDS_DIR: path.join(ROOT, 'seeds'),
  };
  service = spawn('java', ['-jar', JAR], { cwd: tmp, env, stdio: ['ignore', log, log] });
  const exited = new Promise((resolve) => service.once('exit', (code, signal) => resolve({ code, signal })));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  const started = Date.now();
  while (Date.now() < deadline) {
    const gone = await Promise.race([exited, sleep(250).then(() => null)]);
    if (gone) {
      throw new Error(`the service exited (${gone.code ?? gone.signal}) before it was ready; see ${OUT}/service.log`);
    }
    try {
      const r = await fetch(`http://127.0.0.1:${managementPort}/q/health/ready`);
      if (r.status === 200) {
        console.log(`service ready at ${base} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        return base;
      }
    } catch {
      // not listening yet
    }
  }
  throw new Error(`the service was not ready within ${START_TIMEOUT_MS / 1000} s; see ${OUT}/service.log`);
}

async function stopService() {
  if (service && service.exitCode === null && service.signalCode === null) {
    const exited = new Promise((resolve) => service.once('exit', resolve));
    service.kill('SIGTERM');
    let timer;
    const stopped = await Promise.race([exited.then(() => true),
      new Promise((resolve) => { timer = setTimeout(() => resolve(false), 20_000); })]);
    clearTimeout(timer);
    if (!stopped) {
      service.kill('SIGKILL');
      await exited;
    }
  }
  service = null;
  if (tmp) {
    fs.rmSync(tmp, { recursive: true, force: true });
    tmp = null;
  }
}

// Whatever ends this process, the service goes with it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (service) {
      service.kill('SIGKILL');
    }
    process.exit(130);
  });
}
process.on('exit', () => {
  if (service) {
    service.kill('SIGKILL');
  }
});

// ---------- checks ----------

class CheckFailed extends Error {}

function check(condition, message) {
  if (!condition) {
    throw new CheckFailed(message);
  }
}

function equal(actual, expected, what) {
  check(actual === expected, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const digits = (text) => Number(String(text).replace(/[^\d]/g, ''));

async function api(base, method, pathAndQuery, { token, body } = {}) {
  const headers = {};
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const r = await fetch(`${base}${pathAndQuery}`, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : null };
}

// ---------- the page ----------

/**
 * A fresh browser context (its own localStorage, so its own player) with guards: a request to any other origin is
 * blocked and counted, and a script error in the page fails the test.
 */
async function openPage(browser, base, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...options });
  const problems = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${base}/`) || url === base) {
      return route.continue();
    }
    problems.push(`request to another origin: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource|net::ERR_INTERNET_DISCONNECTED/.test(m.text())) {
      problems.push(`console error: ${m.text()}`);
    }
  });
  page.on('dialog', (d) => {
    problems.push(`unexpected dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.goto(`${base}/`);
  await page.waitForSelector(`#film option[value="${FILM}"]`, { state: 'attached' });
  return {
    context,
    page,
    async close() {
      await context.close();
      check(problems.length === 0, problems.join('; '));
    },
  };
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
}

/** Chooses the filter and name in the form and starts; returns the session the API created (id and token). */
async function startGame(page, { name, film = FILM, category = '', difficulty = '', amount = '5' }) {
  await page.selectOption('#film', film);
  await page.selectOption('#category', category);
  await page.selectOption('#difficulty', difficulty);
  await page.selectOption('#amount', amount);
  await page.fill('#name', name);
  const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/sessions') && r.request().method() === 'POST');
  await page.click('#start');
  return (await created).json();
}

function answerResponse(page) {
  return page.waitForResponse((r) => /\/api\/v1\/sessions\/[^/]+\/answers$/.test(r.url()));
}

/** Nothing sticks out of the page or of the visible card (on a phone: every column fits). */
async function checkFits(page, label) {
  const problems = await page.evaluate(() => {
    const out = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      out.push(`the page is ${root.scrollWidth - root.clientWidth} px wider than the screen`);
    }
    for (const card of document.querySelectorAll('main > section:not([hidden]), #error:not([hidden])')) {
      const edge = card.getBoundingClientRect().right;
      for (const e of card.querySelectorAll('*')) {
        const r = e.getBoundingClientRect();
        if (r.width > 0 && r.right > edge + 0.5) {
          out.push(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} sticks out of #${card.id} by ${(r.right - edge).toFixed(0)} px`);
        }
      }
    }
    return out.slice(0, 5);
  });
  check(problems.length === 0, `${label}: ${problems.join('; ')}`);
}

/** What the feedback panel shows after an answer, checked against the API's answer. */
async function checkFeedback(page, result, label) {
  await page.waitForSelector('#feedback', { state: 'visible' });
  const verdict = await page.textContent('#verdict');
  if (result.correct) {
    equal(verdict, 'Right!', `${label}: verdict`);
  } else {
    check(verdict.startsWith(result.timedOut ? 'Too late' : 'Wrong'), `${label}: verdict "${verdict}" for a wrong answer`);
    check(verdict.includes(result.correctAnswer), `${label}: the verdict names the right answer`);
  }
  equal(digits(await page.textContent('#points')), result.points, `${label}: points shown`);
  equal(digits(await page.textContent('#streak')), result.streak, `${label}: streak shown`);
  equal(digits(await page.textContent('#total')), result.totalScore, `${label}: total shown`);
  equal(digits(await page.textContent('#score')), result.totalScore, `${label}: score in the status bar`);
  const correctOption = await page.getAttribute(`#options button[data-choice="${result.correctChoice}"]`, 'class');
  check(correctOption.includes('correct'), `${label}: the correct option is marked`);
  check(result.citations.length > 0, `${label}: the API gave no citation`);
  const sources = await page.$$eval('#sources li', (items) => items.map((li) => ({
    title: li.querySelector('cite').textContent,
    quote: li.querySelector('blockquote').textContent,
  })));
  equal(sources.length, result.citations.length, `${label}: sources shown`);
  result.citations.forEach((c, i) => {
    equal(sources[i].title, c.title, `${label}: source ${i + 1} title`);
    equal(sources[i].quote, c.quote, `${label}: source ${i + 1} quote`);
  });
  await page.waitForFunction(() => /points/.test(document.getElementById('live').textContent));
  const live = await page.textContent('#live');
  check(live.includes(`Total ${result.totalScore}`), `${label}: live region says "${live}"`);
}

/** The results screen: the score shown is the API's summary, and the rank is the API's. */
async function checkResults(page, base, session, label) {
  await page.waitForSelector('#results', { state: 'visible' });
  await page.waitForSelector('#rank[data-rank]');
  const summary = await api(base, 'GET', `/api/v1/sessions/${session.sessionId}`, { token: session.token });
  equal(summary.status, 200, `${label}: summary status`);
  check(summary.body.finished, `${label}: the session is finished`);
  equal(summary.body.answered, summary.body.total, `${label}: every question answered`);
  const shown = digits(await page.textContent('#final-score'));
  equal(shown, summary.body.score, `${label}: final score shown vs the API's summary`);
  const board = session.film ? `scope=film&film=${session.film}` : 'scope=global';
  const rank = await api(base, 'GET', `/api/v1/leaderboards/players/${encodeURIComponent(session.playerId)}?${board}`);
  equal(rank.status, 200, `${label}: rank status`);
  equal(Number(await page.getAttribute('#rank', 'data-rank')), rank.body.rank, `${label}: rank shown`);
  const rankText = await page.textContent('#rank');
  check(rankText.includes(`number ${rank.body.rank} of ${rank.body.totalPlayers}`), `${label}: rank text "${rankText}"`);
  const own = await page.$$eval('#board tr.own td', (cells) => cells.map((c) => c.textContent));
  check(own.length === 4 && own[1].startsWith(session.displayName), `${label}: own row in the leaderboard: ${own}`);
  return summary.body;
}

// ---------- the tests ----------

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('page serves its assets, and sends no request to another origin', async ({ browser, base }) => {
  const p = await openPage(browser, base);
  const csp = (await p.page.request.get(`${base}/`)).headers()['content-security-policy'] || '';
  check(csp.includes("default-src 'self'"), `Content-Security-Policy of the page: "${csp}"`);
  const films = await p.page.$$eval('#film option', (os) => os.map((o) => o.value));
  check(films.includes(FILM), `film list: ${films}`);
  check(await p.page.isVisible('#setup'), 'the setup form is visible');
  await p.close();
});

test('plays a whole 5-question game by clicking', async ({ browser, base }) => {
  const p = await openPage(browser, base);
  const { page } = p;
  const session = await startGame(page, { name: 'Ada Clicker' });
  equal(session.total, 5, 'questions in the session');
  for (let i = 0; i < 5; i++) {
    const label = `question ${i + 1}`;
    await page.waitForSelector('#options button:not([disabled])');
    equal(await page.textContent('#progress'), `Question ${i + 1} of 5`, `${label}: progress`);
    if (i === 0) {
      // The countdown runs from the server's remainingMs: at most the time limit, and going down.
      const first = digits(await page.textContent('#timer-text'));
      check(first > 0 && first <= session.timeLimitSeconds, `${label}: countdown starts at ${first} s`);
      await page.waitForTimeout(1300);
      const later = digits(await page.textContent('#timer-text'));
      check(later < first, `${label}: countdown goes down (${first} s, then ${later} s)`);
      await shot(page, 'desktop-question');
    }
    const options = await page.$$('#options button');
    const answered = answerResponse(page);
    await options[i % options.length].click();
    const result = await (await answered).json();
    await checkFeedback(page, result, label);
    if (i === 0) {
      await shot(page, 'desktop-feedback');
    }
    equal(await page.textContent('#next'), i === 4 ? 'See results' : 'Next question', `${label}: next button`);
    await page.click('#next');
  }
  await checkResults(page, base, session, 'clicking');
  await shot(page, 'desktop-results');
  await p.close();
});

test('plays a whole 5-question game with the keyboard alone, on a 320 px phone screen', async ({ browser, base }) => {
  const p = await openPage(browser, base, {
    viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  });
  const { page } = p;
  // Tab to the name field (film, category, difficulty, questions, name), type it, Enter starts.
  await page.keyboard.press('Tab');
  equal(await page.evaluate(() => document.activeElement.id), 'film', 'first Tab stop');
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
  }
  equal(await page.evaluate(() => document.activeElement.id), 'name', 'fifth Tab stop');
  await checkFits(page, 'new game');
  await page.keyboard.type('Kit Keys');
  const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/sessions') && r.request().method() === 'POST');
  await page.keyboard.press('Enter');
  const session = await (await created).json();
  for (let i = 0; i < 5; i++) {
    const label = `question ${i + 1}`;
    await page.waitForSelector('#options button:not([disabled])');
    const count = await page.$$eval('#options button', (bs) => bs.length);
    if (i === 0) {
      await shot(page, 'phone-question');
    }
    const answered = answerResponse(page);
    await page.keyboard.press(String((i % count) + 1));
    const result = await (await answered).json();
    await checkFeedback(page, result, label);
    await checkFits(page, label);
    if (i === 0) {
      await shot(page, 'phone-feedback');
    }
    await page.keyboard.press('Enter');
  }
  const summary = await checkResults(page, base, session, 'keyboard');
  await page.waitForFunction(() => /You are number/.test(document.getElementById('live').textContent));
  const live = await page.textContent('#live');
  check(live.includes(`Game over. ${summary.score} points`), `live region at the end: "${live}"`);
  await checkFits(page, 'results');
  await shot(page, 'phone-results');
  // Enter goes on: to a new game.
  await page.keyboard.press('Enter');
  await page.waitForSelector('#setup', { state: 'visible' });
  equal(await page.evaluate(() => document.activeElement.id), 'start', 'focus on a new game');
  await p.close();
});

test('a reload in the middle of a game goes on with the same question and clock', async ({ browser, base }) => {
  const p = await openPage(browser, base);
  const { page } = p;
  const session = await startGame(page, { name: 'Re Loader' });
  await page.waitForSelector('#options button:not([disabled])');
  const before = await page.textContent('#question');
  const next = page.waitForResponse((r) => /\/next$/.test(r.url()));
  await page.reload();
  const served = await (await next).json();
  equal(served.sessionId, session.sessionId, 'the session after the reload');
  await page.waitForSelector('#options button:not([disabled])');
  equal(await page.textContent('#question'), before, 'the question after the reload');
  const left = digits(await page.textContent('#timer-text'));
  check(left <= Math.ceil(served.remainingMs / 1000) && left < session.timeLimitSeconds + 1,
    `the countdown goes on from the server's time left (${left} s shown, ${served.remainingMs} ms left)`);
  const answered = answerResponse(page);
  await page.keyboard.press('1');
  await checkFeedback(page, await (await answered).json(), 'after the reload');
  await p.close();
});

test('time running out: the question is timed out and the answer still shown', async ({ browser, base }) => {
  const p = await openPage(browser, base);
  const { page } = p;
  // Two questions; the time limit is the service's (the same for every session), so this test waits it out.
  await page.route('**/api/v1/sessions', (route) => {
    const body = JSON.parse(route.request().postData());
    return route.continue({ postData: JSON.stringify({ ...body, amount: 2 }) });
  });
  const session = await startGame(page, { name: 'Slow Poke' });
  await page.waitForSelector('#options button:not([disabled])');
  await page.waitForSelector('#feedback', { state: 'visible', timeout: (session.timeLimitSeconds + 10) * 1000 });
  check((await page.textContent('#verdict')).startsWith('Time is up'), 'verdict says the time is up');
  check(await page.isDisabled('#options button >> nth=0'), 'options are locked after the time is up');
  await page.waitForFunction(() => document.querySelectorAll('#sources li').length > 0);
  await shot(page, 'time-up');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('progress').textContent === 'Question 2 of 2');
  const summary = await api(base, 'GET', `/api/v1/sessions/${session.sessionId}`, { token: session.token });
  equal(summary.body.results[0].timedOut, true, 'the API counts the first question as timed out');
  await p.close();
});

test('a filter that matches no question says so', async ({ browser, base, pools }) => {
  check(pools.empty, 'no category and difficulty without questions in the catalogue: nothing to test');
  const p = await openPage(browser, base);
  const { page } = p;
  await startGame(page, { name: 'Empty Handed', ...pools.empty });
  await page.waitForSelector('#error', { state: 'visible' });
  equal(await page.textContent('#error-title'), 'No questions match', 'error title');
  check(await page.isVisible('#setup'), 'the form stays, to choose again');
  check(await page.isHidden('#error-retry'), 'no retry for an empty filter');
  await shot(page, 'empty-filter');
  await p.close();
});

test('an exhausted question pool offers to reset the history, which starts a game', async ({ browser, base, pools }) => {
  const p = await openPage(browser, base);
  const { page } = p;
  const filter = { ...pools.smallest, amount: '20' };
  // A game that takes the whole pool: every question of the filter is now served to this player.
  const first = await startGame(page, { name: 'Pool Shark', ...filter });
  equal(first.total, pools.smallest.size, 'the first game takes every question of the pool');
  await page.waitForSelector('#options button:not([disabled])');
  // Left unfinished: finishing early would give its unshown questions back to the pool.
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await page.waitForSelector(`#film option[value="${FILM}"]`, { state: 'attached' });
  await startGame(page, { name: 'Pool Shark', ...filter });
  await page.waitForSelector('#error', { state: 'visible' });
  equal(await page.textContent('#error-title'), 'You have played every question for this choice', 'error title');
  check(await page.isVisible('#error-reset'), 'the reset button is offered');
  await shot(page, 'pool-exhausted');
  const reset = page.waitForResponse((r) => r.url().endsWith('/history') && r.request().method() === 'DELETE');
  await page.click('#error-reset');
  equal((await reset).status(), 204, 'history reset status');
  await page.waitForSelector('#options button:not([disabled])');
  check(await page.isHidden('#error'), 'the error is gone once the game starts');
  await p.close();
});

test('offline: the answer fails with a clear message, and goes through once back online', async ({ browser, base }) => {
  const p = await openPage(browser, base);
  const { page, context } = p;
  const session = await startGame(page, { name: 'Off Grid' });
  await page.waitForSelector('#options button:not([disabled])');
  await context.setOffline(true);
  await page.keyboard.press('1');
  await page.waitForSelector('#error', { state: 'visible' });
  equal(await page.textContent('#error-title'), 'You are offline', 'error title');
  check(await page.isVisible('#error-retry'), 'a retry button is offered');
  check(await page.isVisible('#question'), 'the question stays on screen');
  await shot(page, 'offline');
  await context.setOffline(false);
  const answered = answerResponse(page);
  await page.click('#error-retry');
  const result = await (await answered).json();
  await checkFeedback(page, result, 'after reconnecting');
  check(await page.isHidden('#error'), 'the error is gone');
  const summary = await api(base, 'GET', `/api/v1/sessions/${session.sessionId}`, { token: session.token });
  equal(summary.body.answered, 1, 'answers the API counted');
  await p.close();
});

test('rate limited (429 with Retry-After): waits, then the retry goes through', async ({ browser, base }) => {
  const p = await openPage(browser, base);
  const { page } = p;
  await startGame(page, { name: 'Quick Draw' });
  await page.waitForSelector('#options button:not([disabled])');
  let limited = 0;
  await page.route('**/api/v1/sessions/*/answers', (route) => {
    if (limited++ > 0) {
      return route.continue();
    }
    return route.fulfill({
      status: 429,
      headers: { 'Retry-After': '2', 'Content-Type': 'application/problem+json' },
      body: JSON.stringify({
        type: 'https://cinequiz.dev/problems/rate-limited', title: 'Too Many Requests', status: 429,
        detail: 'Too many requests from this client: retry in 2 s',
      }),
    });
  });
  await page.click('#options button >> nth=0');
  await page.waitForSelector('#error', { state: 'visible' });
  equal(await page.textContent('#error-title'), 'Too many requests', 'error title');
  check(await page.isDisabled('#error-retry'), 'retry waits for Retry-After');
  check((await page.textContent('#error-retry')).includes('s)'), 'the retry button counts down');
  await shot(page, 'rate-limited');
  await page.waitForSelector('#error-retry:not([disabled])', { timeout: 5_000 });
  const answered = answerResponse(page);
  await page.click('#error-retry');
  const result = await (await answered).json();
  await checkFeedback(page, result, 'after the wait');
  equal(limited, 2, 'answer requests sent (the limited one, then the retry)');
  await p.close();
});

test('an expired or unknown session: a clear message and a way to start again', async ({ browser, base }) => {
  const p = await openPage(browser, base);
  const { page } = p;
  await page.route('**/api/v1/sessions/*/next', (route) => route.fulfill({
    status: 404,
    headers: { 'Content-Type': 'application/problem+json' },
    body: JSON.stringify({
      type: 'https://cinequiz.dev/problems/not-found', title: 'Not Found', status: 404,
      detail: "Session 'gone' does not exist",
    }),
  }));
  await startGame(page, { name: 'Late Comer' });
  await page.waitForSelector('#error', { state: 'visible' });
  equal(await page.textContent('#error-title'), 'This game is no longer available', 'error title');
  check(await page.isVisible('#error-restart'), 'a "start a new game" button is offered');
  await shot(page, 'session-expired');
  await page.click('#error-restart');
  await page.waitForSelector('#setup', { state: 'visible' });
  check(await page.isHidden('#error'), 'the error is gone');
  await p.close();
});

test('text from the API is shown as text, never run as HTML', async ({ browser, base }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const title = '<img src=x onerror="window.injected=1">Brazil';
  await page.route('**/api/v1/films', (route) => route.fulfill({
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify([{ id: FILM, title, year: 1985 }]),
  }));
  await page.goto(`${base}/`);
  await page.waitForSelector(`#film option[value="${FILM}"]`, { state: 'attached' });
  equal(await page.textContent(`#film option[value="${FILM}"]`), `${title} (1985)`, 'film option text');
  equal(await page.evaluate(() => document.querySelectorAll('img').length), 0, 'images in the page');
  equal(await page.evaluate(() => window.injected), undefined, 'injected script ran');
  await context.close();
});

// ---------- running them ----------

/** An empty category-and-difficulty filter and the smallest non-empty one, found through the API. */
async function findPools(base) {
  let empty = null;
  let smallest = null;
  for (const category of ['cast', 'crew', 'production', 'release', 'reception', 'story', 'trivia']) {
    for (const difficulty of ['easy', 'medium', 'hard']) {
      const r = await api(base, 'GET', `/api/v1/questions?film=${FILM}&category=${category}&difficulty=${difficulty}&amount=50`);
      const size = r.status === 200 ? r.body.length : 0;
      if (size === 0 && !empty) {
        empty = { category, difficulty };
      } else if (size > 0 && (!smallest || size < smallest.size)) {
        smallest = { category, difficulty, size };
      }
    }
  }
  return { empty, smallest };
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const began = Date.now();
  let browser = null;
  const results = [];
  try {
    const base = await startService();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    console.log(`browser: Chromium ${browser.version()}`);
    const pools = await findPools(base);
    for (const t of tests) {
      const t0 = Date.now();
      try {
        await t.fn({ browser, base, pools });
        results.push({ name: t.name, ok: true, ms: Date.now() - t0 });
        console.log(`  ok    ${t.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (e) {
        results.push({ name: t.name, ok: false, ms: Date.now() - t0, error: e });
        console.log(`  FAIL  ${t.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n        ${e instanceof CheckFailed ? e.message : e.stack}`);
        for (const context of browser.contexts()) {
          for (const page of context.pages()) {
            await page.screenshot({ path: path.join(OUT, `FAILED-${results.length}.png`), fullPage: true }).catch(() => {});
          }
          await context.close().catch(() => {});
        }
      }
    }
  } catch (e) {
    results.push({ name: 'setting up', ok: false, error: e });
    console.log(`  FAIL  setting up: ${e.stack}`);
  } finally {
    if (browser) {
      await browser.close().catch(() => {});
    }
    await stopService();
  }
  const failed = results.filter((r) => !r.ok);
  console.log(`screenshots and the service log: ${path.relative(process.cwd(), OUT) || OUT}`);
  console.log(`took ${((Date.now() - began) / 1000).toFixed(1)} s`);
  if (failed.length > 0) {
    console.log(`failed: ${failed.map((r) => r.name).join('; ')}`);
  }
  console.log(`e2e: ${results.length - failed.length} passed, ${failed.length} failed`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

await main();
