// The pool dashboard: polls GET /admin/pool once a second, keeps the last five minutes in memory, charts
// them with uPlot, and resizes the pool with PUT /admin/pool. The admin token lives in sessionStorage
// (this tab, until it closes) and nowhere else.
(() => {
  'use strict';

  const TOKEN_KEY = 'catalog.adminToken';
  const POLL_MS = 1000;
  const DISABLED_POLL_MS = 5000;
  const WINDOW_S = 300;
  const MIN_SPAN_S = 30;
  const REQUEST_TIMEOUT_MS = 5000;

  const $ = (id) => document.getElementById(id);
  const history = { t: [], active: [], idle: [], pending: [], acquireP99: [] };
  let charts = null;
  let timer = null;
  let waitingForToken = false;
  let formPrefilled = false;
  let recorded = 0;

  const token = {
    get: () => sessionStorage.getItem(TOKEN_KEY),
    set: (value) => sessionStorage.setItem(TOKEN_KEY, value),
    clear: () => sessionStorage.removeItem(TOKEN_KEY),
  };

  async function adminPool(method, body) {
    const headers = { Accept: 'application/json, application/problem+json' };
    const bearer = token.get();
    if (bearer) headers.Authorization = 'Bearer ' + bearer;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch('/admin/pool', {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    let json = null;
    try {
      json = await response.json();
    } catch (notJson) {
      json = null;
    }
    return { status: response.status, json };
  }

  function setStatus(state, text) {
    const status = $('status');
    status.dataset.state = state;
    status.textContent = text;
    document.body.dataset.state = state;
  }

  function problemText(status, problem) {
    if (!problem || typeof problem !== 'object') return 'HTTP ' + status;
    const head = [problem.title || 'HTTP ' + status, problem.detail].filter(Boolean).join(': ');
    const fields = (Array.isArray(problem.errors) ? problem.errors : [])
      .map((e) => (e.field ? e.field + ': ' : '') + e.message)
      .filter((line) => !head.includes(line));
    return [status + ' ' + head, ...fields].join('\n');
  }

  // --- polling -------------------------------------------------------------------------------------

  async function poll() {
    const started = performance.now();
    let next = POLL_MS;
    try {
      const { status, json } = await adminPool('GET');
      if (status === 200) {
        show(json);
        setStatus('live', 'Live · updated ' + new Date().toLocaleTimeString());
      } else if (status === 404) {
        next = DISABLED_POLL_MS;
        setStatus('disabled', 'Admin API disabled: this service was started without CATALOG_ADMIN_TOKEN, so '
          + '/admin/pool answers 404. Set it and restart the service to watch and resize the pool.');
      } else if (status === 401 || status === 403) {
        askForToken(status, json);
      } else {
        gap();
        setStatus('error', 'GET /admin/pool: ' + problemText(status, json));
      }
    } catch (failure) {
      gap();
      setStatus('unreachable', 'Service unreachable (' + failure.message + '); retrying.');
    }
    if (!waitingForToken) {
      schedule(Math.max(0, next - (performance.now() - started)));
    }
  }

  /** One pending poll at most, however the loop was restarted. */
  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(poll, delay);
  }

  function askForToken(status, problem) {
    const hadToken = token.get() !== null;
    token.clear();
    clearTimeout(timer);
    waitingForToken = true;
    $('token-form').hidden = false;
    $('token-message').textContent = hadToken ? 'The token was refused: ' + problemText(status, problem) : '';
    setStatus('token', hadToken ? 'Admin token refused; enter it again.' : 'Enter the admin token to watch the pool.');
    $('token').focus();
  }

  function submitToken(event) {
    event.preventDefault();
    const value = $('token').value.trim();
    if (!value) return;
    token.set(value);
    $('token').value = '';
    $('token-form').hidden = true;
    waitingForToken = false;
    schedule(0);
  }

  // --- figures and charts --------------------------------------------------------------------------

  function ms(value) {
    if (typeof value !== 'number') return '–';
    return (value >= 100 ? value.toFixed(0) : value.toFixed(1)) + ' ms';
  }

  function show(pool) {
    const last10s = (timing) => (timing && timing.last_10s) || {};
    const acquire = last10s(pool.acquire_ms);
    $('active').textContent = pool.active;
    $('idle').textContent = pool.idle;
    $('pending').textContent = pool.pending;
    $('total').textContent = pool.total;
    $('acquire-p99').textContent = ms(acquire.p99);
    $('acquire-p50').textContent = ms(acquire.p50);
    $('usage-p99').textContent = ms(last10s(pool.usage_ms).p99);
    $('timeouts').textContent = pool.timeouts;
    $('rejected').textContent = pool.rejected;
    $('connect-failed').textContent = pool.connect_failed;
    $('mode').textContent = pool.mode;
    $('size-now').textContent = pool.size;
    $('max-overflow-now').textContent = pool.max_overflow;
    $('max-waiters').textContent = pool.max_waiters;

    const resizable = pool.mode === 'hikari';
    $('resize-fields').disabled = !resizable;
    if (!resizable && !$('resize-result').textContent) {
      $('resize-result').textContent = 'Pool mode ' + pool.mode + ' has no pool to resize.';
    }
    if (!formPrefilled) {
      $('size').value = pool.size;
      $('max-overflow').value = pool.max_overflow;
      formPrefilled = true;
    }
    record(pool.active, pool.idle, pool.pending, typeof acquire.p99 === 'number' ? acquire.p99 : null);
  }

  /** A point with no values, so that the lines break where the service did not answer. */
  function gap() {
    if (history.t.length) record(null, null, null, null);
  }

  function record(active, idle, pending, acquireP99) {
    const now = Date.now() / 1000;
    history.t.push(now);
    history.active.push(active);
    history.idle.push(idle);
    history.pending.push(pending);
    history.acquireP99.push(acquireP99);
    recorded += 1;
    while (history.t.length && history.t[0] < now - WINDOW_S) {
      for (const values of Object.values(history)) values.shift();
    }
    draw();
  }

  function chartWidth(element) {
    return Math.max(280, element.parentElement.clientWidth);
  }

  function makeChart(element, series, yLabel, data) {
    const stepped = uPlot.paths.stepped({ align: 1 });
    return new uPlot({
      width: chartWidth(element),
      height: 220,
      series: [{}, ...series.map((s) => ({ spanGaps: false, width: 2, points: { show: false }, paths: stepped, ...s }))],
      scales: {
        x: { time: true, range: (u, min, max) => [Math.min(Math.max(min, max - WINDOW_S), max - MIN_SPAN_S), max] },
        y: { range: (u, min, max) => [0, Math.max(1, Math.ceil((max || 0) * 1.1))] },
      },
      axes: [{}, { label: yLabel, size: 56 }],
      legend: { live: false },
    }, data, element);
  }

  function draw() {
    const connections = [history.t, history.active, history.idle, history.pending];
    const acquire = [history.t, history.acquireP99];
    if (charts) {
      charts.connections.setData(connections);
      charts.acquire.setData(acquire);
      return;
    }
    charts = {
      connections: makeChart($('chart-connections'), [
        { label: 'active', stroke: '#d9480f', fill: 'rgba(217,72,15,0.08)' },
        { label: 'idle', stroke: '#2f9e44' },
        { label: 'pending', stroke: '#1c7ed6', fill: 'rgba(28,126,214,0.08)' },
      ], 'connections', connections),
      acquire: makeChart($('chart-acquire'), [
        { label: 'acquire p99', stroke: '#7048e8', paths: uPlot.paths.linear() },
      ], 'ms', acquire),
    };
  }

  function fitCharts() {
    if (!charts) return;
    for (const [chart, id] of [[charts.connections, 'chart-connections'], [charts.acquire, 'chart-acquire']]) {
      chart.setSize({ width: chartWidth($(id)), height: 220 });
    }
  }

  // --- resizing ------------------------------------------------------------------------------------

  function integerOrRaw(text) {
    return /^-?\d+$/.test(text.trim()) ? Number(text) : text;
  }

  async function submitResize(event) {
    event.preventDefault();
    const result = $('resize-result');
    const wanted = { size: integerOrRaw($('size').value), max_overflow: integerOrRaw($('max-overflow').value) };
    result.dataset.outcome = 'pending';
    result.textContent = 'Resizing…';
    try {
      const { status, json } = await adminPool('PUT', wanted);
      if (status === 200) {
        result.dataset.outcome = 'ok';
        result.textContent = 'Resized: size ' + json.size + ', max overflow ' + json.max_overflow
          + ' (at most ' + (json.size + json.max_overflow) + ' connections).'
          + (json.warning ? '\nWarning: ' + json.warning : '');
        show(json);
      } else if (status === 401 || status === 403) {
        result.dataset.outcome = 'error';
        result.textContent = problemText(status, json);
        askForToken(status, json);
      } else {
        result.dataset.outcome = 'error';
        result.textContent = problemText(status, json);
      }
    } catch (failure) {
      result.dataset.outcome = 'error';
      result.textContent = 'Resize failed: ' + failure.message;
    }
  }

  function forgetToken() {
    token.clear();
    askForToken(401, null);
  }

  // Read-only, for tests and the curious: how many points this tab has recorded.
  window.catalogDashboard = Object.freeze({ recorded: () => recorded });

  document.addEventListener('DOMContentLoaded', () => {
    $('token-form').addEventListener('submit', submitToken);
    $('resize-form').addEventListener('submit', submitResize);
    $('forget-token').addEventListener('click', forgetToken);
    window.addEventListener('resize', fitCharts);
    poll();
  });
})();
