/*
 * Insighta Labs+ portal — the profiles result table, sort headers, pager and URL state,
 * shared by profiles.html and search.html. Markup lives in the pages; this fills it.
 */
(function (global) {
  'use strict';

  var el = UI.el;
  var SORTABLE = ['age', 'created_at', 'gender_probability'];
  var DEFAULT_SORT = 'created_at';
  var DEFAULT_ORDER = 'asc';
  var DEFAULT_LIMIT = 10;
  var PAGE_SIZES = [10, 20, 50];

  function cell(field, value, content) {
    return el('td', { 'data-field': field, 'data-value': value === null || value === undefined ? '' : String(value) }, content);
  }

  function profileLink(p) {
    return '/profile.html?id=' + encodeURIComponent(p.id);
  }

  /**
   * renderRows(tbody, profiles, {onDelete}) — onDelete(profile, button) adds a Delete button per row (admins).
   */
  function renderRows(tbody, profiles, options) {
    var o = options || {};
    UI.clear(tbody);
    profiles.forEach(function (p) {
      var nameCell = el('th', { scope: 'row', 'data-field': 'name', 'data-value': p.name },
        el('a', { href: profileLink(p), class: 'row-link', 'data-testid': 'profile-link', text: p.name }));
      var country = p.country_name ? p.country_name + ' (' + p.country_id + ')' : (p.country_id || '—');
      var tr = el('tr', { 'data-testid': 'profile-row', 'data-id': p.id }, [
        nameCell,
        cell('gender', p.gender, el('span', { class: 'badge badge-' + (p.gender === 'female' ? 'female' : 'male'), text: p.gender || '—' })),
        cell('gender_probability', p.gender_probability, UI.formatProbability(p.gender_probability)),
        cell('age', p.age, p.age === null || p.age === undefined ? '—' : String(p.age)),
        cell('age_group', p.age_group, p.age_group || '—'),
        cell('country_id', p.country_id, country),
        cell('country_probability', p.country_probability, UI.formatProbability(p.country_probability)),
        cell('created_at', p.created_at, UI.timeEl(p.created_at))
      ]);
      if (o.onDelete) {
        var btn = el('button', {
          type: 'button',
          class: 'btn btn-danger btn-sm',
          'data-testid': 'delete-profile',
          'data-id': p.id,
          'aria-label': 'Delete ' + p.name,
          text: 'Delete'
        });
        btn.addEventListener('click', function () { o.onDelete(p, btn); });
        tr.appendChild(el('td', { class: 'cell-actions', 'data-field': 'actions' }, btn));
      }
      tbody.appendChild(tr);
    });
  }

  /** Marks the sorted column (aria-sort + arrow) on every th[data-sort]. */
  function updateSortHeaders(table, sortBy, order) {
    var active = SORTABLE.indexOf(sortBy) >= 0 ? sortBy : DEFAULT_SORT;
    var dir = order === 'desc' ? 'desc' : 'asc';
    Array.prototype.forEach.call(table.querySelectorAll('th[data-sort]'), function (th) {
      var key = th.dataset.sort;
      var btn = th.querySelector('button');
      var label = th.dataset.label || key;
      if (key === active) {
        th.setAttribute('aria-sort', dir === 'asc' ? 'ascending' : 'descending');
        if (btn) btn.setAttribute('aria-label', label + ', sorted ' + (dir === 'asc' ? 'ascending' : 'descending') + '. Click to sort ' + (dir === 'asc' ? 'descending' : 'ascending'));
      } else {
        th.setAttribute('aria-sort', 'none');
        if (btn) btn.setAttribute('aria-label', label + ', not sorted. Click to sort ascending');
      }
      var arrow = th.querySelector('.sort-arrow');
      if (arrow) arrow.textContent = key === active ? (dir === 'asc' ? '▲' : '▼') : '↕';
    });
  }

  /** Calls onSort(sortBy, order) when a header button is clicked. */
  function bindSort(table, getCurrent, onSort) {
    Array.prototype.forEach.call(table.querySelectorAll('th[data-sort] button'), function (btn) {
      btn.addEventListener('click', function () {
        var key = btn.closest('th').dataset.sort;
        var cur = getCurrent();
        var curSort = SORTABLE.indexOf(cur.sort_by) >= 0 ? cur.sort_by : DEFAULT_SORT;
        var curOrder = cur.order === 'desc' ? 'desc' : 'asc';
        var order = key === curSort ? (curOrder === 'asc' ? 'desc' : 'asc') : 'asc';
        onSort(key, order);
      });
    });
  }

  /** Fills #pager-status / #pager-prev / #pager-next / #page-size from a list envelope. */
  function renderPager(env, limit) {
    var page = Number(env && env.page) || 1;
    var totalPages = Number(env && env.total_pages) || 0;
    var total = Number(env && env.total) || 0;
    var status = UI.$('pager-status');
    var shownPages = Math.max(totalPages, 1);
    status.textContent = 'Page ' + page.toLocaleString() + ' of ' + shownPages.toLocaleString() + ' · ' + total.toLocaleString() + ' total';
    status.dataset.page = String(page);
    status.dataset.totalPages = String(totalPages);
    status.dataset.total = String(total);
    // links.prev is null past the last page too; "Previous" must still lead back from there.
    var hasPrev = page > 1;
    var hasNext = env && env.links ? !!env.links.next : page < totalPages;
    UI.$('pager-prev').disabled = !hasPrev;
    UI.$('pager-next').disabled = !hasNext;
    var sizeSel = UI.$('page-size');
    if (sizeSel) setPageSizeValue(sizeSel, limit || (env && env.limit) || DEFAULT_LIMIT);
    UI.$('pager').hidden = false;
  }

  /** Target page for Previous/Next, clamped to 1..total_pages (a bookmarked page may be past the end). */
  function stepPage(current, delta) {
    var totalPages = Number(UI.$('pager-status').dataset.totalPages) || 0;
    var next = (UI.positiveInt(current || '1', 1)) + delta;
    if (totalPages > 0 && next > totalPages) next = delta < 0 ? totalPages : next;
    return String(Math.max(1, next));
  }

  function setPageSizeValue(select, limit) {
    var v = String(limit);
    var exists = Array.prototype.some.call(select.options, function (o) { return o.value === v; });
    if (!exists) select.appendChild(el('option', { value: v, text: v }));
    select.value = v;
  }

  function bindPager(handlers) {
    UI.$('pager-prev').addEventListener('click', function () { handlers.onPage(-1); });
    UI.$('pager-next').addEventListener('click', function () { handlers.onPage(1); });
    var sizeSel = UI.$('page-size');
    if (sizeSel) sizeSel.addEventListener('change', function () { handlers.onLimit(sizeSel.value); });
  }

  /** Admin delete flow with the <dialog> confirmation; resolves true when deleted. */
  function confirmAndDelete(profile, button) {
    return UI.confirm({
      title: 'Delete profile?',
      message: 'Delete “' + profile.name + '”? This cannot be undone.',
      confirmLabel: 'Delete'
    }).then(function (yes) {
      if (!yes) return false;
      if (button) button.disabled = true;
      return Api.del('/api/profiles/' + encodeURIComponent(profile.id)).then(function () {
        UI.toast('Deleted “' + profile.name + '”.', 'success');
        return true;
      }, function (err) {
        if (button) button.disabled = false;
        UI.toast('Could not delete “' + profile.name + '”: ' + UI.errorMessage(err), 'error');
        return false;
      });
    });
  }

  /** URL → state: the given keys that are present and non-empty, trimmed. */
  function readUrlState(keys) {
    var p = UI.pageParams();
    var s = {};
    keys.forEach(function (k) {
      var v = p.get(k);
      if (v !== null && v.trim() !== '') s[k] = v.trim();
    });
    return s;
  }

  /** state → query string in the keys' order; page 1 and the default limit are left out. */
  function urlParams(keys, s) {
    var p = new URLSearchParams();
    keys.forEach(function (k) {
      if (s[k] === undefined || s[k] === '') return;
      if (k === 'page' && String(s[k]) === '1') return;
      if (k === 'limit' && String(s[k]) === String(DEFAULT_LIMIT)) return;
      p.set(k, s[k]);
    });
    return p;
  }

  global.ProfileTable = {
    SORTABLE: SORTABLE,
    DEFAULT_SORT: DEFAULT_SORT,
    DEFAULT_ORDER: DEFAULT_ORDER,
    DEFAULT_LIMIT: DEFAULT_LIMIT,
    PAGE_SIZES: PAGE_SIZES,
    renderRows: renderRows,
    updateSortHeaders: updateSortHeaders,
    bindSort: bindSort,
    renderPager: renderPager,
    bindPager: bindPager,
    stepPage: stepPage,
    confirmAndDelete: confirmAndDelete,
    readUrlState: readUrlState,
    urlParams: urlParams
  };
})(window);
