/*
 * activity.html (admins) — GET /api/audit, newest first, paged, filtered by action, actor_id, since
 * and until. The whole view (filters and page) lives in the URL; times are entered in the browser's
 * local time and sent as UTC ISO-8601 instants.
 */
(function () {
  'use strict';

  var $ = UI.$;
  var el = UI.el;
  var KEYS = ['action', 'actor_id', 'since', 'until', 'page', 'limit'];
  var state = {};
  var requestSeq = 0;

  function readState() {
    var p = UI.pageParams();
    var s = {};
    KEYS.forEach(function (k) {
      var v = p.get(k);
      if (v !== null && v.trim() !== '') s[k] = v.trim();
    });
    return s;
  }

  function toLocalInput(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return '';
    var local = new Date(d.getTime() - d.getTimezoneOffset() * 60000);
    return local.toISOString().slice(0, 19);
  }

  function fromLocalInput(value) {
    if (!value) return null;
    var d = new Date(value);
    return isNaN(d.getTime()) ? null : d.toISOString().replace(/\.\d+Z$/, 'Z');
  }

  function fillForm() {
    $('filter-action').value = state.action || '';
    $('filter-actor-id').value = state.actor_id || '';
    $('filter-since').value = state.since ? toLocalInput(state.since) : '';
    $('filter-until').value = state.until ? toLocalInput(state.until) : '';
  }

  function navigate(next) {
    state = next;
    var p = new URLSearchParams();
    KEYS.forEach(function (k) {
      var v = state[k];
      if (!v) return;
      if (k === 'page' && v === '1') return;
      if (k === 'limit' && v === '10') return;
      p.set(k, v);
    });
    var url = UI.urlFor(p);
    if (url !== window.location.pathname + window.location.search) window.history.pushState(null, '', url);
    load();
  }

  function describeDetails(details) {
    if (!details || typeof details !== 'object') return '';
    return Object.keys(details).map(function (k) {
      var v = details[k];
      if (v && typeof v === 'object' && ('before' in v || 'after' in v)) {
        return k + ': ' + String(v.before) + ' → ' + String(v.after);
      }
      return k + ': ' + (v && typeof v === 'object' ? JSON.stringify(v) : String(v));
    }).join(', ');
  }

  function renderRow(entry) {
    var target = entry.target_type ? entry.target_type + (entry.target_id ? ' ' + entry.target_id : '') : '—';
    var actor = entry.actor_username || entry.actor_id || '—';
    return el('tr', { 'data-testid': 'audit-row', 'data-id': entry.id, 'data-action': entry.action }, [
      el('th', { scope: 'row', class: 'sticky-col', 'data-field': 'at', 'data-value': entry.at }, UI.timeEl(entry.at)),
      el('td', { 'data-field': 'action', 'data-label': 'Action', 'data-value': entry.action },
        el('span', { class: 'badge badge-muted', text: entry.action })),
      el('td', { 'data-field': 'actor', 'data-label': 'Actor', 'data-value': entry.actor_id || '', title: entry.actor_id || null, text: actor }),
      el('td', { 'data-field': 'target', 'data-label': 'Target', class: 'mono', text: target }),
      el('td', { 'data-field': 'ip', 'data-label': 'IP', class: 'mono', text: entry.ip || '—' }),
      el('td', { 'data-field': 'details', 'data-label': 'Details', text: describeDetails(entry.details) || '—' })
    ]);
  }

  function load() {
    var seq = ++requestSeq;
    fillForm();
    $('activity-error').hidden = true;
    UI.setStatus($('activity-status'), 'loading', 'Loading activity…');
    $('activity-table').setAttribute('aria-busy', 'true');
    var query = { page: state.page || '1', limit: state.limit || '10' };
    ['action', 'actor_id', 'since', 'until'].forEach(function (k) { if (state[k]) query[k] = state[k]; });
    return Api.get('/api/audit', query).then(function (env) {
      if (seq !== requestSeq) return;
      var rows = (env && env.data) || [];
      var tbody = UI.clear($('activity-tbody'));
      rows.forEach(function (entry) { tbody.appendChild(renderRow(entry)); });
      $('table-wrap').hidden = rows.length === 0;
      $('activity-empty').hidden = rows.length > 0;
      ProfileTable.renderPager(env, state.limit || 10);
      UI.setStatus($('activity-status'), null);
    }, function (err) {
      if (seq !== requestSeq) return;
      UI.setStatus($('activity-status'), null);
      UI.setStatus($('activity-error'), 'error', UI.errorMessage(err));
      $('table-wrap').hidden = true;
      $('pager').hidden = true;
    }).then(function () {
      $('activity-table').setAttribute('aria-busy', 'false');
    });
  }

  $('activity-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var next = { limit: state.limit };
    var action = $('filter-action').value;
    var actor = $('filter-actor-id').value.trim();
    var since = fromLocalInput($('filter-since').value);
    var until = fromLocalInput($('filter-until').value);
    if (action) next.action = action;
    if (actor) next.actor_id = actor;
    if (since) next.since = since;
    if (until) next.until = until;
    navigate(next);
  });
  $('activity-reset').addEventListener('click', function () { navigate({ limit: state.limit }); });

  ProfileTable.bindPager({
    onPage: function (delta) {
      navigate(Object.assign({}, state, { page: ProfileTable.stepPage(state.page, delta) }));
    },
    onLimit: function (limit) {
      navigate(Object.assign({}, state, { limit: String(limit), page: '1' }));
    }
  });

  window.addEventListener('popstate', function () {
    state = readState();
    load();
  });

  Layout.init().then(function (u) {
    if (!u || u.role !== 'admin') {
      $('activity-forbidden').hidden = false;
      return;
    }
    $('activity-filters').hidden = false;
    $('activity-section').hidden = false;
    state = readState();
    load();
  }, function () { /* shown by Layout */ });
})();
