/*
 * users.html (admins) — GET /api/users (paged), PATCH /api/users/{id} {"role"} or {"is_active"}.
 * page/limit live in the URL. Your own row is read-only so you cannot lock yourself out.
 */
(function () {
  'use strict';

  var $ = UI.$;
  var el = UI.el;
  var state = {};
  var me = null;
  var requestSeq = 0;

  function readState() {
    var p = UI.pageParams();
    var s = {};
    ['page', 'limit'].forEach(function (k) {
      var v = p.get(k);
      if (v !== null && v.trim() !== '') s[k] = v.trim();
    });
    return s;
  }

  function navigate(next) {
    state = next;
    var p = new URLSearchParams();
    if (state.page && state.page !== '1') p.set('page', state.page);
    if (state.limit && state.limit !== '10') p.set('limit', state.limit);
    var url = UI.urlFor(p);
    if (url !== window.location.pathname + window.location.search) window.history.pushState(null, '', url);
    load();
  }

  function statusBadge(active) {
    return el('span', {
      class: 'badge ' + (active ? 'badge-success' : 'badge-danger'),
      'data-testid': 'user-status',
      'data-value': String(active),
      text: active ? 'active' : 'inactive'
    });
  }

  function renderRow(u) {
    var isSelf = me && me.id === u.id;
    var active = u.is_active !== false;
    var select = el('select', {
      'data-testid': 'user-role-select',
      'data-id': u.id,
      'aria-label': 'Role for ' + u.username,
      class: 'select-sm',
      disabled: isSelf
    }, [
      el('option', { value: 'analyst', text: 'analyst' }),
      el('option', { value: 'admin', text: 'admin' })
    ]);
    select.value = u.role;
    var toggle = el('button', {
      type: 'button',
      class: 'btn btn-sm ' + (active ? 'btn-danger-outline' : 'btn-secondary'),
      'data-testid': 'user-toggle-active',
      'data-id': u.id,
      'aria-label': (active ? 'Deactivate ' : 'Activate ') + u.username,
      disabled: isSelf,
      text: active ? 'Deactivate' : 'Activate'
    });
    if (isSelf) {
      select.title = 'You cannot change your own role here.';
      toggle.title = 'You cannot deactivate yourself.';
    }
    var nameCell = el('th', { scope: 'row', 'data-field': 'username', 'data-value': u.username, class: 'sticky-col' },
      el('span', { class: 'user-cell' }, [
        Layout.avatar(u, 'sm'),
        el('span', { text: u.username }),
        isSelf ? el('span', { class: 'badge badge-muted', text: 'you' }) : null
      ]));
    var tr = el('tr', { 'data-testid': 'user-row', 'data-id': u.id, 'data-username': u.username }, [
      nameCell,
      el('td', { 'data-field': 'email', 'data-label': 'Email', 'data-value': u.email || '', text: u.email || '—' }),
      el('td', { 'data-field': 'role', 'data-label': 'Role', 'data-value': u.role }, select),
      el('td', { 'data-field': 'is_active', 'data-label': 'Status', 'data-value': String(active) }, statusBadge(active)),
      el('td', { 'data-field': 'last_login_at', 'data-label': 'Last sign-in', 'data-value': u.last_login_at || '' }, UI.timeEl(u.last_login_at)),
      el('td', { 'data-field': 'created_at', 'data-label': 'Created', 'data-value': u.created_at || '' }, UI.timeEl(u.created_at)),
      el('td', { class: 'cell-actions', 'data-field': 'actions' }, toggle)
    ]);

    select.addEventListener('change', function () {
      var role = select.value;
      update(u, { role: role }, tr, 'Role of ' + u.username + ' set to ' + role + '.', function () { select.value = u.role; });
    });
    toggle.addEventListener('click', function () {
      update(u, { is_active: !active }, tr, u.username + (active ? ' deactivated.' : ' activated.'));
    });
    return tr;
  }

  function update(u, patch, tr, okMessage, revert) {
    Array.prototype.forEach.call(tr.querySelectorAll('select, button'), function (n) { n.disabled = true; });
    tr.setAttribute('aria-busy', 'true');
    Api.patch('/api/users/' + encodeURIComponent(u.id), patch).then(function (body) {
      var updated = (body && body.data) || Object.assign({}, u, patch);
      var row = renderRow(updated);
      tr.replaceWith(row);
      UI.setStatus($('users-status'), 'success', okMessage);
      UI.toast(okMessage, 'success');
    }, function (err) {
      if (revert) revert();
      Array.prototype.forEach.call(tr.querySelectorAll('select, button'), function (n) { n.disabled = false; });
      tr.removeAttribute('aria-busy');
      UI.setStatus($('users-status'), null);
      UI.setStatus($('users-error'), 'error', 'Could not update ' + u.username + ': ' + UI.errorMessage(err));
    });
  }

  function load() {
    var seq = ++requestSeq;
    $('users-error').hidden = true;
    UI.setStatus($('users-status'), 'loading', 'Loading users…');
    $('users-table').setAttribute('aria-busy', 'true');
    var query = { page: state.page || '1', limit: state.limit || '10' };
    return Api.get('/api/users', query).then(function (env) {
      if (seq !== requestSeq) return;
      var rows = (env && env.data) || [];
      var tbody = UI.clear($('users-tbody'));
      rows.forEach(function (u) { tbody.appendChild(renderRow(u)); });
      $('table-wrap').hidden = rows.length === 0;
      $('users-empty').hidden = rows.length > 0;
      ProfileTable.renderPager(env, state.limit || 10);
      UI.setStatus($('users-status'), null);
    }, function (err) {
      if (seq !== requestSeq) return;
      UI.setStatus($('users-status'), null);
      UI.setStatus($('users-error'), 'error', UI.errorMessage(err));
      $('table-wrap').hidden = true;
      $('pager').hidden = true;
    }).then(function () {
      $('users-table').setAttribute('aria-busy', 'false');
    });
  }

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
    me = u;
    if (!u || u.role !== 'admin') {
      $('users-forbidden').hidden = false;
      return;
    }
    $('users-section').hidden = false;
    state = readState();
    load();
  }, function () { /* shown by Layout */ });
})();
