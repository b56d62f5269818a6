// cinequiz reference page: plays a quiz session through the public API only (see the README, "Web page").
// Everything the API sends is written with textContent, never as HTML.
'use strict';

(() => {
  const API = 'api/v1'; // relative to the page, so that the page also works behind a path prefix
  const PLAYER_KEY = 'cinequiz.player'; // {id, token}: the player identity the service issued to this browser
  const NAME_KEY = 'cinequiz.displayName';
  const SESSION_KEY = 'cinequiz.session';
  // The length part of the server's rule for display names (1 to 32 characters after NFC normalisation and trimming),
  // checked here to say what is wrong before asking; the server checks the rest (no invisible or control characters).
  const MAX_NAME = 32;

  const $ = (id) => document.getElementById(id);
  const numbers = new Intl.NumberFormat('en');

  const state = {
    player: null, // {id, token}
    playerId: null,
    session: null, // {id, token, total, film, timeLimitMs}
    current: null, // the NextQuestion being played
    clockEnd: 0, // performance.now() at which the current question's time is up
    ticker: null,
    phase: 'setup', // setup | question | answering | feedback | results
    finished: false,
    timeUp: false, // the clock ran out before an answer
    busy: false,
  };

  // ---------- storage (private browsing may refuse it: the page still works, for this visit) ----------

  function load(storage, key) {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  }

  function save(storage, key, value) {
    try {
      if (value === null) {
        storage.removeItem(key);
      } else {
        storage.setItem(key, value);
      }
    } catch {
      // not kept: nothing else depends on it
    }
  }

  function uuid() {
    if (window.crypto && typeof crypto.randomUUID === 'function') {
      return crypto.randomUUID();
    }
    const b = crypto.getRandomValues(new Uint8Array(16)); // randomUUID needs a secure context (https or localhost)
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /**
   * This browser's player: an identity the service issues (POST /api/v1/players) and the page keeps in localStorage.
   * Its token is what lets only this browser play as this player.
   */
  async function ensurePlayer(renew = false) {
    if (!renew && state.player) {
      return state.player;
    }
    let player = null;
    try {
      player = renew ? null : JSON.parse(load(localStorage, PLAYER_KEY) || 'null');
    } catch {
      player = null;
    }
    if (!player || typeof player.id !== 'string' || typeof player.token !== 'string') {
      const created = await call('POST', '/players');
      player = { id: created.playerId, token: created.token };
      save(localStorage, PLAYER_KEY, JSON.stringify(player));
    }
    state.player = player;
    state.playerId = player.id;
    return player;
  }

  // ---------- the API ----------

  /** A failed call: the HTTP status (0 when the network failed) and the problem details the API sent. */
  class ApiError extends Error {
    constructor(status, problem, retryAfter) {
      super(problem.detail || problem.title || `HTTP ${status}`);
      this.status = status;
      this.problem = problem;
      this.kind = status === 0 ? 'network' : String(problem.type || '').split('/').pop() || `http-${status}`;
      this.retryAfter = retryAfter;
    }
  }

  async function call(method, path, { body, token } = {}) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }
    let response;
    try {
      response = await fetch(`${API}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
      });
    } catch {
      throw new ApiError(0, { title: 'No connection' });
    }
    if (response.status === 204) {
      return null;
    }
    const text = await response.text().catch(() => '');
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (!response.ok) {
      const retryAfter = Number.parseInt(response.headers.get('Retry-After') || '', 10);
      throw new ApiError(response.status, data && typeof data === 'object' ? data : {},
        Number.isFinite(retryAfter) ? retryAfter : null);
    }
    if (data === null || typeof data !== 'object') {
      throw new ApiError(response.status, { title: 'Unexpected answer', detail: 'The server sent something that is not JSON.' });
    }
    return data;
  }

  const api = {
    films: () => call('GET', '/films'),
    start: (player, request) => call('POST', '/sessions', { body: request, token: player.token }),
    next: (s) => call('GET', `/sessions/${encodeURIComponent(s.id)}/next`, { token: s.token }),
    answer: (s, request) => call('POST', `/sessions/${encodeURIComponent(s.id)}/answers`, { body: request, token: s.token }),
    summary: (s) => call('GET', `/sessions/${encodeURIComponent(s.id)}`, { token: s.token }),
    finish: (s) => call('POST', `/sessions/${encodeURIComponent(s.id)}/finish`, { token: s.token }),
    reveal: (s, questionId) => call('GET', `/sessions/${encodeURIComponent(s.id)}/questions/${encodeURIComponent(questionId)}`,
      { token: s.token }),
    forgetHistory: (player) => call('DELETE', `/players/${encodeURIComponent(player.id)}/history`, { token: player.token }),
    board: (query) => call('GET', `/leaderboards?${query}&limit=10`),
    rank: (player, query) => call('GET', `/leaderboards/players/${encodeURIComponent(player)}?${query}&around=0`),
  };

  // ---------- screens ----------

  function show(section) {
    for (const id of ['setup', 'play', 'results']) {
      $(id).hidden = id !== section;
    }
  }

  function announce(text) {
    // Cleared first, so that the same words twice in a row are announced twice.
    const live = $('live');
    live.textContent = '';
    window.setTimeout(() => {
      live.textContent = text;
    }, 50);
  }

  function clear(element) {
    while (element.firstChild) {
      element.removeChild(element.firstChild);
    }
  }

  function element(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    if (className) {
      e.className = className;
    }
    return e;
  }

  // ---------- errors ----------

  let retryTimer = null;

  function hideError() {
    window.clearInterval(retryTimer);
    $('error').hidden = true;
  }

  /**
   * Shows what went wrong and what can be done: try again (retry), reset the question history (pool exhausted), or
   * start a new game (the session is gone). {@code retry} repeats the failed step.
   */
  function showError(error, retry) {
    window.clearInterval(retryTimer);
    const p = error instanceof ApiError ? error.problem : {};
    const kind = error instanceof ApiError ? error.kind : 'script';
    let title = p.title || 'Something went wrong';
    let detail = p.detail || (error && error.message) || '';
    let canRetry = Boolean(retry);
    let canReset = false;
    let canRestart = state.phase !== 'setup';
    if (kind === 'network') {
      title = navigator.onLine === false ? 'You are offline' : 'The server cannot be reached';
      detail = (navigator.onLine === false ? 'Check your connection, then try again.'
        : 'The request did not get through. Check your connection, then try again.')
        + (state.session ? ' Your game is kept on the server.' : '');
    } else if (error.status === 429) {
      title = 'Too many requests';
      detail = 'The service limits how fast one client may call it.';
    } else if (kind === 'pool-exhausted') {
      title = 'You have played every question for this choice';
      detail = 'You have been asked every question that matches this film, category and difficulty. Reset your '
        + 'question history to play them again, or choose another film, category or difficulty.';
      canRetry = false;
      canReset = true;
    } else if (kind === 'not-found' && state.phase === 'setup') {
      title = 'No questions match';
      detail = `${p.detail || ''}. Choose another film, category or difficulty.`.replace('..', '.');
      canRetry = false;
    } else if (kind === 'not-found' || error.status === 401 || error.status === 403 || error.status === 410) {
      title = 'This game is no longer available';
      detail = `${p.detail || ''} It may have expired. Start a new game.`;
      canRetry = false;
      canRestart = true;
      forgetSession();
    } else if (kind === 'validation') {
      if (Array.isArray(p.errors)) {
        detail = p.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      }
      canRetry = false;
    } else if (error.status >= 500) {
      title = 'The server had a problem';
    }
    $('error-title').textContent = title;
    $('error-detail').textContent = detail.trim();
    const retryButton = $('error-retry');
    retryButton.hidden = !canRetry;
    retryButton.onclick = canRetry ? () => { hideError(); retry(); } : null;
    $('error-reset').hidden = !canReset;
    $('error-restart').hidden = !canRestart;
    $('error').hidden = false;
    if (canRetry && error.status === 429) {
      waitBeforeRetry(retryButton, error.retryAfter || 1);
    } else {
      retryButton.disabled = false;
      retryButton.textContent = 'Try again';
    }
    const first = [retryButton, $('error-reset'), $('error-restart')].find((b) => !b.hidden && !b.disabled);
    if (first) {
      first.focus();
    }
    $('error').scrollIntoView({ block: 'nearest' });
  }

  function waitBeforeRetry(button, seconds) {
    let left = seconds;
    const label = () => {
      $('error-detail').textContent = `The service limits how fast one client may call it. You can try again in ${left} s.`;
      button.textContent = `Try again (${left} s)`;
    };
    button.disabled = true;
    label();
    retryTimer = window.setInterval(() => {
      left -= 1;
      if (left > 0) {
        label();
        return;
      }
      window.clearInterval(retryTimer);
      $('error-detail').textContent = 'You can try again now.';
      button.textContent = 'Try again';
      button.disabled = false;
      button.focus();
    }, 1000);
  }

  /** Runs one step at a time; a failure is shown with a way to repeat the step. */
  async function step(action, retry) {
    if (state.busy) {
      return;
    }
    state.busy = true;
    try {
      await action();
    } catch (error) {
      if (!(error instanceof ApiError)) {
        console.error(error); // eslint-disable-line no-console
      }
      showError(error, retry);
    } finally {
      state.busy = false;
    }
  }

  // ---------- setup ----------

  async function loadFilms() {
    const films = await api.films();
    const select = $('film');
    const chosen = select.value;
    clear(select);
    select.append(new Option('All films', ''));
    for (const f of films) {
      select.append(new Option(f.year ? `${f.title} (${f.year})` : f.title, f.id));
    }
    select.value = films.some((f) => f.id === chosen) ? chosen : (films.length === 1 ? films[0].id : '');
  }

  function filter() {
    const value = (id) => $(id).value || undefined;
    return { film: value('film'), category: value('category'), difficulty: value('difficulty') };
  }

  async function start() {
    const name = $('name').value.normalize('NFC').trim();
    const length = [...name].length;
    if (length < 1 || length > MAX_NAME) {
      throw new ApiError(400, {
        type: 'validation',
        title: 'Please check your name',
        detail: `Your name must be 1 to ${MAX_NAME} characters.`,
      });
    }
    save(localStorage, NAME_KEY, name);
    const request = { displayName: name, ...filter(), amount: Number($('amount').value) };
    let created;
    try {
      created = await api.start(await ensurePlayer(), request);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) {
        throw error;
      }
      created = await api.start(await ensurePlayer(true), request); // the service no longer knows this player
    }
    state.session = {
      id: created.sessionId,
      token: created.token,
      total: created.total,
      film: created.film,
      timeLimitMs: created.timeLimitSeconds * 1000,
      ranked: created.ranked !== false, // a category or difficulty keeps the game off the leaderboards
    };
    state.finished = false;
    state.phase = 'starting';
    save(sessionStorage, SESSION_KEY, JSON.stringify(state.session));
    $('score').textContent = '0';
    await nextQuestion();
  }

  function forgetSession() {
    stopClock();
    save(sessionStorage, SESSION_KEY, null);
  }

  function backToSetup() {
    hideError();
    if (state.session && !['results', 'setup'].includes(state.phase)) {
      // Left in the middle: ending it gives its unshown questions back to the player's pool. Best effort.
      api.finish(state.session).catch(() => {});
    }
    forgetSession();
    state.session = null;
    state.phase = 'setup';
    show('setup');
    $('start').focus();
    announce('New game: choose a film, a category and a difficulty.');
  }

  // ---------- playing ----------

  async function nextQuestion() {
    let q;
    try {
      q = await api.next(state.session);
      // After the clock ran out here, the server still takes an answer for a moment (its grace period) and serves the
      // same question until then: ask again once that has passed, and it counts the question as timed out.
      for (let tries = 0; tries < 5 && state.timeUp && q.remainingMs === 0
        && state.current && q.question.id === state.current.question.id; tries++) {
        await new Promise((resolve) => window.setTimeout(resolve, 300));
        q = await api.next(state.session);
      }
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'session-finished') {
        await results();
        return;
      }
      throw error;
    }
    hideError();
    render(q);
  }

  function render(q) {
    state.current = q;
    state.phase = 'question';
    state.timeUp = false;
    show('play');
    $('progress').textContent = `Question ${q.index + 1} of ${q.total}`;
    $('question').textContent = q.question.question;
    const list = $('options');
    clear(list);
    q.question.options.forEach((text, i) => {
      const item = element('li');
      const button = element('button', null, 'option');
      button.type = 'button';
      button.dataset.choice = String(i);
      button.setAttribute('aria-keyshortcuts', String(i + 1));
      button.append(element('span', String(i + 1), 'key'), element('span', text, 'label'));
      button.addEventListener('click', () => answer(i));
      item.append(button);
      list.append(item);
    });
    $('feedback').hidden = true;
    startClock(q.remainingMs);
    $('question').focus();
    announce(`Question ${q.index + 1} of ${q.total}. ${q.question.question} ${q.question.options
      .map((o, i) => `${i + 1}: ${o}.`).join(' ')}`);
  }

  function startClock(remainingMs) {
    stopClock();
    // The server's remainingMs, counted from when its answer arrived: the client's clock may be set differently.
    state.clockEnd = performance.now() + Math.max(0, remainingMs);
    tick();
    state.ticker = window.setInterval(tick, 100);
  }

  function stopClock() {
    window.clearInterval(state.ticker);
    state.ticker = null;
  }

  function tick() {
    const left = Math.max(0, state.clockEnd - performance.now());
    const limit = (state.session && state.session.timeLimitMs) || left || 1;
    const seconds = Math.ceil(left / 1000);
    $('timer-text').textContent = `${seconds} s`;
    const bar = $('timer-bar');
    bar.style.width = `${Math.min(100, (left / limit) * 100)}%`;
    bar.parentElement.parentElement.classList.toggle('urgent', left <= 5000);
    if (left <= 0) {
      stopClock();
      if (state.phase === 'question') {
        timeUp();
      }
    }
  }

  function lockOptions() {
    for (const b of $('options').querySelectorAll('button')) {
      b.disabled = true;
    }
  }

  function answer(choice) {
    if (state.phase !== 'question' || state.busy) {
      return;
    }
    state.phase = 'answering';
    lockOptions();
    const q = state.current;
    const request = { questionId: q.question.id, choice, requestId: uuid() }; // the same id on a retry: scored once
    const send = () => step(async () => {
      let result;
      try {
        result = await api.answer(state.session, request);
      } catch (error) {
        // The game moved on without this page (another tab, or expiry): follow it rather than retry.
        if (error instanceof ApiError && error.kind === 'session-finished') {
          await results();
          return;
        }
        if (error instanceof ApiError && error.kind === 'not-current') {
          await nextQuestion();
          return;
        }
        throw error;
      }
      hideError();
      stopClock();
      feedback(result, choice);
    }, send);
    send();
  }

  function feedback(result, choice) {
    state.phase = 'feedback';
    state.finished = result.finished;
    const buttons = $('options').querySelectorAll('button');
    buttons.forEach((b, i) => {
      b.disabled = true;
      b.classList.toggle('correct', i === result.correctChoice);
      b.classList.toggle('wrong', i === choice && !result.correct);
      if (i === result.correctChoice) {
        b.setAttribute('aria-label', `${state.current.question.options[i]} (the correct answer)`);
      }
    });
    let verdict;
    if (result.timedOut) {
      verdict = `Too late. The answer is ${result.correctAnswer}.`;
    } else if (result.correct) {
      verdict = 'Right!';
    } else {
      verdict = `Wrong. The answer is ${result.correctAnswer}.`;
    }
    showFeedback(verdict, result.correct ? 'right' : 'wrong', result.points, result.streak, result.totalScore,
      result.explanation, result.citations, result.finished);
    announce(`${verdict} ${result.points} points. Streak ${result.streak}. Total ${result.totalScore}.`);
  }

  /**
   * The clock ran out before an answer: the server counts the question as timed out once its short grace period has
   * passed, and then reveals its answer.
   */
  async function timeUp() {
    state.phase = 'feedback';
    state.timeUp = true;
    lockOptions();
    const q = state.current;
    const last = q.index + 1 >= q.total;
    state.finished = last;
    const total = Number($('score').textContent.replace(/\D/g, '')) || 0;
    showFeedback('Time is up.', 'wrong', 0, 0, total, '', [], last);
    announce('Time is up. 0 points.');
    try {
      let revealed = null;
      for (let tries = 0; tries < 8 && !revealed; tries++) {
        await new Promise((resolve) => window.setTimeout(resolve, 300));
        try {
          revealed = await api.reveal(state.session, q.question.id);
        } catch (error) {
          if (!(error instanceof ApiError && error.kind === 'not-answered')) {
            throw error;
          }
        }
      }
      if (!revealed || state.current !== q) {
        return;
      }
      state.finished = revealed.finished;
      $('verdict').textContent = `Time is up. The answer is ${revealed.correctAnswer}.`;
      $('options').querySelectorAll('button')[revealed.correctChoice]?.classList.add('correct');
      $('explanation').textContent = revealed.explanation || '';
      renderSources(revealed.citations);
    } catch {
      // the answer is not essential here; the game goes on
    }
  }

  function showFeedback(verdict, tone, points, streak, total, explanation, citations, last) {
    const box = $('feedback');
    const v = $('verdict');
    v.textContent = verdict;
    v.className = `verdict ${tone}`;
    $('points').textContent = points > 0 ? `+${numbers.format(points)}` : '0';
    $('streak').textContent = String(streak);
    $('total').textContent = numbers.format(total);
    $('score').textContent = numbers.format(total);
    $('explanation').textContent = explanation || '';
    renderSources(citations);
    $('next').textContent = last ? 'See results' : 'Next question';
    box.hidden = false;
    $('next').focus();
  }

  function renderSources(citations) {
    const list = $('sources');
    clear(list);
    for (const c of citations || []) {
      const item = element('li', null, 'source');
      item.append(element('cite', c.title || c.sourceId));
      const quote = element('blockquote');
      quote.append(element('p', c.quote));
      item.append(quote);
      list.append(item);
    }
    list.previousElementSibling.hidden = list.children.length === 0;
  }

  function goOn() {
    if (state.phase !== 'feedback') {
      return;
    }
    // After a time-up the server has not counted the question yet: asking for the next one does (and ends the game
    // after the last question, which nextQuestion turns into the results).
    step(state.finished && !state.timeUp ? results : nextQuestion, goOn);
  }

  // ---------- results ----------

  async function results() {
    stopClock();
    const summary = await api.summary(state.session);
    const ranked = state.session.ranked !== false;
    state.phase = 'results';
    forgetSession();
    hideError();
    show('results');
    const finalScore = $('final-score');
    finalScore.textContent = `${numbers.format(summary.score)} points`;
    finalScore.dataset.score = String(summary.score);
    $('final-detail').textContent = `${summary.correctCount} of ${summary.total} right.`;
    $('results-title').focus();
    await leaderboard(summary, `Game over. ${summary.score} points, ${summary.correctCount} of ${summary.total} right.`,
      ranked);
  }

  /** The board of the game's film (or the global one), with the player's rank; announced after {@code opening}. */
  async function leaderboard(summary, opening, ranked = true) {
    const notRanked = 'Games with a category or difficulty chosen are not ranked: this one is not on the leaderboard.';
    const query = summary.film
      ? `scope=film&film=${encodeURIComponent(summary.film)}`
      : 'scope=global';
    $('board-title').textContent = summary.film ? 'Leaderboard for this film, all time' : 'Leaderboard, all time';
    const rank = $('rank');
    const body = $('board').tBodies[0];
    clear(body);
    rank.textContent = 'Looking up your rank…';
    let board;
    let mine;
    try {
      [board, mine] = await Promise.all([api.board(query), api.rank(state.playerId, query)]);
    } catch (error) {
      rank.textContent = error instanceof ApiError && error.status === 404
        ? (ranked ? 'You are not on this leaderboard yet.' : notRanked) // a game counts once a question was served
        : 'Your rank could not be loaded.';
      announce(`${opening} ${rank.textContent}`);
      if (!(error instanceof ApiError && error.status === 404)) {
        showError(error, () => step(() => leaderboard(summary, '', ranked)));
      }
      return;
    }
    rank.textContent = `You are number ${numbers.format(mine.rank)} of ${numbers.format(mine.totalPlayers)} `
      + `${mine.totalPlayers === 1 ? 'player' : 'players'}, with ${numbers.format(mine.standing.score)} points in `
      + `${mine.standing.games} ${mine.standing.games === 1 ? 'game' : 'games'}.`;
    if (!ranked) {
      rank.textContent = `${notRanked} ${rank.textContent}`;
    }
    rank.dataset.rank = String(mine.rank);
    let listed = false;
    for (const e of board.entries) {
      const own = e.playerId === state.playerId;
      listed = listed || own;
      body.append(row(e, own));
    }
    if (!listed) {
      const gap = element('tr', null, 'gap');
      const cell = element('td', '…');
      cell.colSpan = 4;
      gap.append(cell);
      body.append(gap, row({ ...mine.standing, rank: mine.rank }, true));
    }
    announce(`${opening} ${rank.textContent}`.trim());
  }

  function row(entry, own) {
    const tr = element('tr', null, own ? 'own' : '');
    if (own) {
      tr.setAttribute('aria-current', 'true');
    }
    tr.append(element('td', numbers.format(entry.rank)), element('td', own ? `${entry.displayName} (you)` : entry.displayName),
      element('td', numbers.format(entry.score)), element('td', numbers.format(entry.games)));
    return tr;
  }

  // ---------- keyboard ----------

  function onKey(event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) {
      return;
    }
    const target = event.target;
    if (target instanceof Element && target.closest('input, select, textarea')) {
      return; // typing a name or choosing a film
    }
    if (/^[1-9]$/.test(event.key) && state.phase === 'question') {
      const choice = Number(event.key) - 1;
      if (choice < state.current.question.options.length) {
        event.preventDefault();
        answer(choice);
      }
      return;
    }
    if (event.key === 'Enter' && !(target instanceof Element && target.closest('button, a'))) {
      // On a focused button Enter clicks it; elsewhere Enter goes on.
      if (state.phase === 'feedback') {
        event.preventDefault();
        goOn();
      } else if (state.phase === 'results') {
        event.preventDefault();
        backToSetup();
      }
    }
  }

  // ---------- start-up ----------

  function init() {
    $('name').value = load(localStorage, NAME_KEY) || '';
    $('setup-form').addEventListener('submit', (event) => {
      event.preventDefault();
      hideError();
      const retry = () => step(start, retry);
      step(start, retry);
    });
    $('next').addEventListener('click', goOn);
    $('again').addEventListener('click', backToSetup);
    $('error-restart').addEventListener('click', backToSetup);
    $('error-reset').addEventListener('click', () => step(async () => {
      await api.forgetHistory(await ensurePlayer());
      hideError();
      announce('Your question history is reset.');
      await start();
    }));
    document.addEventListener('keydown', onKey);
    window.addEventListener('online', () => {
      if (!$('error').hidden && $('error-title').textContent === 'You are offline') {
        $('error-title').textContent = 'You are back online';
        $('error-detail').textContent = 'Try again to go on.';
      }
    });

    const saved = load(sessionStorage, SESSION_KEY);
    const films = () => step(loadFilms, films);
    films().then(() => {
      if (saved) { // a reload in the middle of a game: go on with it
        try {
          state.session = JSON.parse(saved);
          state.phase = 'answering';
          const resume = () => step(nextQuestion, resume);
          resume();
        } catch {
          forgetSession();
        }
      }
    });
  }

  init();
})();
