/*
 * search.html — natural-language search (GET /api/profiles/search?q=…), showing the filters the query became.
 * State (q, page, limit, sort_by, order) lives in the URL.
 */
(function () {
  'use strict';

  var $ = UI.$;
  var KEYS = ['q', 'sort_by', 'order', 'page', 'limit'];
  var LABELS = {
    gender: 'Gender',
    age_group: 'Age group',
    country_id: 'Country',
    min_age: 'Min age',
    max_age: 'Max age',
    min_gender_probability: 'Min gender probability',
    min_country_probability: 'Min country probability'
  };
  var state = {};
  var requestSeq = 0;
  var userReady = null;

  function readState() {
    return ProfileTable.readUrlState(KEYS);
  }

  function toParams(s) {
    return ProfileTable.urlParams(KEYS, s);
  }

  function navigate(next, replace) {
    state = next;
    var url = UI.urlFor(toParams(state));
    if (url !== window.location.pathname + window.location.search) {
      window.history[replace ? 'replaceState' : 'pushState'](null, '', url);
    }
    sync();
    load();
  }

  function sync() {
    $('search-q').value = state.q || '';
    ProfileTable.updateSortHeaders($('profiles-table'), state.sort_by, state.order);
    document.title = (state.q ? '“' + state.q + '” · ' : '') + 'Search · Insighta Labs+';
  }

  function renderInterpreted(interp) {
    var box = $('search-interpreted');
    var list = UI.clear($('interpreted-filters'));
    var keys = interp ? Object.keys(interp) : [];
    if (!interp) { box.hidden = true; return; }
    var link = new URLSearchParams();
    if (keys.length === 0) {
      list.appendChild(UI.el('span', { class: 'muted', text: 'no filters (all profiles)' }));
    }
    keys.forEach(function (k) {
      var v = interp[k];
      if (v === null || v === undefined) return;
      link.set(k, String(v));
      list.appendChild(UI.el('span', {
        class: 'chip',
        'data-testid': 'interpreted-filter',
        'data-key': k,
        'data-value': String(v)
      }, [UI.el('span', { class: 'chip-key', text: (LABELS[k] || k) + ':' }), ' ', UI.el('strong', { text: String(v) })]));
    });
    if (state.sort_by) link.set('sort_by', state.sort_by);
    if (state.order) link.set('order', state.order);
    $('interpreted-open').href = '/profiles.html' + (link.toString() ? '?' + link.toString() : '');
    box.dataset.filters = JSON.stringify(interp);
    box.hidden = false;
  }

  function load() {
    var seq = ++requestSeq;
    $('results-error').hidden = true;
    if (!state.q) {
      $('search-prompt').hidden = false;
      $('search-results').hidden = true;
      $('search-interpreted').hidden = true;
      return Promise.resolve();
    }
    $('search-prompt').hidden = true;
    $('search-results').hidden = false;
    $('profiles-table').setAttribute('aria-busy', 'true');
    document.body.dataset.loading = 'true';
    UI.setStatus($('results-status'), 'loading', 'Searching…');
    var query = { q: state.q, page: state.page || '1', limit: state.limit || String(ProfileTable.DEFAULT_LIMIT) };
    if (state.sort_by) query.sort_by = state.sort_by;
    if (state.order) query.order = state.order;
    return Promise.all([Api.get('/api/profiles/search', query), userReady]).then(function (results) {
      if (seq !== requestSeq) return;
      var env = results[0] || {};
      var rows = env.data || [];
      renderInterpreted(env.interpreted_as || {});
      ProfileTable.renderRows($('profiles-tbody'), rows, {});
      ProfileTable.renderPager(env, state.limit || ProfileTable.DEFAULT_LIMIT);
      $('table-wrap').hidden = rows.length === 0;
      $('results-empty').hidden = rows.length > 0;
      UI.setStatus($('results-status'), null);
    }, function (err) {
      if (seq !== requestSeq) return;
      UI.setStatus($('results-status'), null);
      UI.setStatus($('results-error'), 'error', UI.errorMessage(err));
      $('search-interpreted').hidden = true;
      $('table-wrap').hidden = true;
      $('results-empty').hidden = true;
      $('pager').hidden = true;
    }).then(function () {
      if (seq !== requestSeq) return;
      $('profiles-table').setAttribute('aria-busy', 'false');
      document.body.dataset.loading = 'false';
    });
  }

  $('search-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var q = $('search-q').value.trim();
    if (!q) {
      UI.setStatus($('results-error'), 'error', 'Please type a query.');
      $('search-results').hidden = false;
      $('search-q').focus();
      return;
    }
    var next = { q: q };
    if (state.limit) next.limit = state.limit;
    if (state.sort_by) next.sort_by = state.sort_by;
    if (state.order) next.order = state.order;
    navigate(next);
  });

  Array.prototype.forEach.call(document.querySelectorAll('[data-example]'), function (btn) {
    btn.addEventListener('click', function () {
      $('search-q').value = btn.dataset.example;
      $('search-form').requestSubmit ? $('search-form').requestSubmit() : $('search-submit').click();
    });
  });

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

  window.addEventListener('popstate', function () {
    state = readState();
    sync();
    load();
  });

  userReady = Layout.init().catch(function () { return null; });
  state = readState();
  sync();
  load();
})();
