/*
 * profiles.html — filters, sorting, paging, page size, CSV export; admins: create + delete.
 * The whole view state lives in the page's query string, using the API's own parameter names,
 * so /profiles.html?<q> asks GET /api/profiles?<q> (plus page/limit defaults).
 */
(function () {
  'use strict';

  var FILTERS = [
    { key: 'gender', id: 'filter-gender', lower: true },
    { key: 'age_group', id: 'filter-age-group', lower: true },
    { key: 'country_id', id: 'filter-country-id', upper: true },
    { key: 'min_age', id: 'filter-min-age' },
    { key: 'max_age', id: 'filter-max-age' },
    { key: 'min_gender_probability', id: 'filter-min-gender-probability' },
    { key: 'min_country_probability', id: 'filter-min-country-probability' }
  ];
  var ORDERED_KEYS = FILTERS.map(function (f) { return f.key; }).concat(['sort_by', 'order', 'page', 'limit']);

  var $ = UI.$;
  var state = {};
  var requestSeq = 0;
  var userReady = null;

  function readState() {
    return ProfileTable.readUrlState(ORDERED_KEYS);
  }

  function toParams(s) {
    return ProfileTable.urlParams(ORDERED_KEYS, s);
  }

  function navigate(next, replace) {
    state = next;
    var url = UI.urlFor(toParams(state));
    if (url !== window.location.pathname + window.location.search) {
      window.history[replace ? 'replaceState' : 'pushState'](null, '', url);
    }
    fillForm();
    load();
  }

  function fillForm() {
    FILTERS.forEach(function (f) {
      var v = state[f.key] || '';
      if (f.lower) v = v.toLowerCase();
      if (f.upper) v = v.toUpperCase();
      var node = $(f.id);
      if (node.tagName === 'SELECT' && v && !Array.prototype.some.call(node.options, function (o) { return o.value === v; })) {
        node.appendChild(UI.el('option', { value: v, text: v }));
      }
      node.value = v;
    });
    var count = FILTERS.filter(function (f) { return state[f.key]; }).length;
    var badge = $('filters-count');
    badge.hidden = count === 0;
    badge.textContent = count ? count + ' active' : '';
    ProfileTable.updateSortHeaders($('profiles-table'), state.sort_by, state.order);
  }

  function filtersFromForm() {
    var s = {};
    FILTERS.forEach(function (f) {
      var v = ($(f.id).value || '').trim();
      if (f.upper) v = v.toUpperCase();
      if (v !== '') s[f.key] = v;
    });
    return s;
  }

  function apiQuery() {
    var q = {};
    ORDERED_KEYS.forEach(function (k) { if (state[k] !== undefined) q[k] = state[k]; });
    q.page = q.page || '1';
    q.limit = q.limit || String(ProfileTable.DEFAULT_LIMIT);
    return q;
  }

  function setLoading(on) {
    $('profiles-table').setAttribute('aria-busy', on ? 'true' : 'false');
    document.body.dataset.loading = on ? 'true' : 'false';
  }

  function load() {
    var seq = ++requestSeq;
    setLoading(true);
    UI.setStatus($('results-status'), 'loading', 'Loading profiles…');
    $('results-error').hidden = true;
    return Promise.all([Api.get('/api/profiles', apiQuery()), userReady]).then(function (results) {
      var env = results[0];
      if (seq !== requestSeq) return;
      var rows = (env && env.data) || [];
      ProfileTable.renderRows($('profiles-tbody'), rows, { onDelete: Layout.isAdmin() ? onDelete : null });
      ProfileTable.renderPager(env, state.limit || ProfileTable.DEFAULT_LIMIT);
      $('results-empty').hidden = rows.length > 0;
      $('table-wrap').hidden = rows.length === 0;
      if (rows.length === 0 && env && env.total > 0) {
        $('results-empty').querySelector('.empty-title').textContent = 'No profiles on this page.';
      } else {
        $('results-empty').querySelector('.empty-title').textContent = 'No profiles match these filters.';
      }
      UI.setStatus($('results-status'), null);
      setLoading(false);
    }, function (err) {
      if (seq !== requestSeq) return;
      UI.setStatus($('results-status'), null);
      UI.setStatus($('results-error'), 'error', UI.errorMessage(err));
      UI.clear($('profiles-tbody'));
      $('table-wrap').hidden = true;
      $('results-empty').hidden = true;
      $('pager').hidden = true;
      setLoading(false);
    });
  }

  function onDelete(profile, button) {
    ProfileTable.confirmAndDelete(profile, button).then(function (deleted) {
      if (!deleted) return;
      var rowsLeft = $('profiles-tbody').querySelectorAll('tr').length - 1;
      var page = UI.positiveInt(state.page || '1', 1);
      if (rowsLeft <= 0 && page > 1) {
        var next = Object.assign({}, state, { page: String(page - 1) });
        navigate(next, true);
      } else {
        load();
      }
    });
  }

  function bindFilters() {
    $('filters-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var form = $('filters-form');
      if (!form.checkValidity()) { form.reportValidity(); return; }
      var next = filtersFromForm();
      if (state.sort_by) next.sort_by = state.sort_by;
      if (state.order) next.order = state.order;
      if (state.limit) next.limit = state.limit;
      navigate(next);
    });
    $('filters-reset').addEventListener('click', function () {
      var next = {};
      if (state.limit) next.limit = state.limit;
      navigate(next);
    });
    $('empty-reset').addEventListener('click', function (e) {
      e.preventDefault();
      navigate({});
    });
    $('filter-country-id').addEventListener('input', function (e) {
      var t = e.target;
      var upper = t.value.toUpperCase();
      if (upper !== t.value) t.value = upper;
    });
  }

  function bindTable() {
    ProfileTable.bindSort($('profiles-table'), function () { return state; }, function (sortBy, order) {
      navigate(Object.assign({}, state, { sort_by: sortBy, order: order, page: '1' }));
    });
    ProfileTable.bindPager({
      onPage: function (delta) {
        navigate(Object.assign({}, state, { page: ProfileTable.stepPage(state.page, delta) }));
      },
      onLimit: function (limit) {
        navigate(Object.assign({}, state, { limit: String(limit), page: '1' }));
      }
    });
  }

  function bindExport() {
    var btn = $('export-csv');
    btn.addEventListener('click', function () {
      var q = { format: 'csv' };
      ORDERED_KEYS.forEach(function (k) {
        if (k === 'page' || k === 'limit') return;
        if (state[k] !== undefined) q[k] = state[k];
      });
      btn.disabled = true;
      btn.setAttribute('aria-busy', 'true');
      UI.setStatus($('export-status'), 'loading', 'Preparing CSV…');
      Api.download('/api/profiles/export', q, 'profiles').then(function (r) {
        UI.setStatus($('export-status'), 'success', 'Downloaded ' + r.filename + ' (' + r.size.toLocaleString() + ' bytes).');
        $('export-status').dataset.filename = r.filename;
      }, function (err) {
        UI.setStatus($('export-status'), 'error', 'Export failed: ' + UI.errorMessage(err));
      }).then(function () {
        btn.disabled = false;
        btn.removeAttribute('aria-busy');
      });
    });
  }

  function bindCreate() {
    var form = $('create-form');
    if (!form) return;
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var input = $('create-name');
      var name = input.value.trim();
      var result = $('create-result');
      if (!name) {
        UI.setStatus(result, 'error', 'Please enter a name.');
        input.focus();
        return;
      }
      var submit = $('create-submit');
      submit.disabled = true;
      UI.setStatus(result, 'loading', 'Creating “' + name + '”…');
      Api.post('/api/profiles', { name: name }).then(function (body) {
        var p = body && body.data;
        UI.setStatus(result, 'success', (body && body.message ? body.message : 'Created') + ': ');
        result.dataset.id = p ? p.id : '';
        if (p) {
          var text = result.querySelector('.notice-text');
          text.appendChild(UI.el('a', { href: '/profile.html?id=' + encodeURIComponent(p.id), id: 'create-result-link', text: p.name }));
          text.appendChild(document.createTextNode(' · ' + [p.gender, p.age, p.country_id].filter(function (x) { return x !== null && x !== undefined; }).join(' · ')));
        }
        // reset(), not value = '': it also forgets the user's edit, so the emptied required field
        // is not painted as :user-invalid after a success.
        form.reset();
        load();
      }, function (err) {
        UI.setStatus(result, 'error', UI.errorMessage(err));
      }).then(function () { submit.disabled = false; });
    });
  }

  window.addEventListener('popstate', function () {
    state = readState();
    fillForm();
    load();
  });

  state = readState();
  fillForm();
  bindFilters();
  bindTable();
  bindExport();

  userReady = Layout.init().then(function (u) {
    bindCreate();
    return u;
  }, function () { return null; /* error already shown by Layout */ });
  load();
})();
