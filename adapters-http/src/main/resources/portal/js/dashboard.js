/*
 * index.html — dashboard: GET /api/profiles/stats drawn as inline SVG bar charts (DOM APIs, no library).
 * Also the post-sign-in landing page: it sends the user back to a saved return path first.
 */
(function () {
  'use strict';

  var back = Api.consumeReturnPath();
  if (back && back !== '/' && back !== '/index.html' && back !== window.location.pathname + window.location.search) {
    window.location.replace(back);
    return;
  }

  var $ = UI.$;
  var svg = UI.svg;
  var ROW = 46;

  var GENDER_LABELS = { male: 'Male', female: 'Female' };
  var AGE_ORDER = ['child', 'teenager', 'adult', 'senior'];
  var AGE_LABELS = { child: 'Child (0–12)', teenager: 'Teenager (13–19)', adult: 'Adult (20–59)', senior: 'Senior (60+)' };

  function pct(part, whole) {
    return whole > 0 ? (part / whole) * 100 : 0;
  }

  function pctText(part, whole) {
    if (!whole) return '0%';
    var p = (part / whole) * 100;
    return (p >= 10 || p === 0 ? Math.round(p) : p.toFixed(1)) + '%';
  }

  /**
   * Horizontal bar chart: label on the left, "count (share)" on the right, bar underneath.
   * items: [{key, label, value}]; scale: 'total' (bar = share of total) or 'max' (longest bar = 100%).
   */
  function barChart(container, name, items, total, scale) {
    UI.clear(container);
    var max = items.reduce(function (m, it) { return Math.max(m, it.value); }, 0);
    var height = items.length * ROW;
    var summary = items.map(function (it) { return it.label + ': ' + it.value.toLocaleString(); }).join(', ');
    var chart = svg('svg', {
      class: 'bar-chart',
      width: '100%',
      height: height,
      role: 'img',
      'aria-label': summary,
      'data-testid': 'chart-svg-' + name,
      focusable: 'false'
    });
    items.forEach(function (it, i) {
      var y = i * ROW;
      var width = scale === 'max' ? pct(it.value, max) : pct(it.value, total);
      var g = svg('g', {
        class: 'bar-row',
        'data-testid': 'bar-' + name + '-' + it.key,
        'data-key': it.key,
        'data-value': it.value
      }, [
        svg('title', null, it.label + ': ' + it.value.toLocaleString() + ' (' + pctText(it.value, total) + ')'),
        svg('text', { class: 'chart-label', x: 0, y: y + 16 }, it.label),
        svg('text', { class: 'chart-value', x: '100%', y: y + 16, 'text-anchor': 'end', 'data-testid': 'value-' + name + '-' + it.key }, [
          svg('tspan', { class: 'chart-count' }, it.value.toLocaleString()),
          svg('tspan', { class: 'chart-share', dx: 6 }, pctText(it.value, total))
        ]),
        svg('rect', { class: 'chart-track', x: 0, y: y + 24, width: '100%', height: 12, rx: 6 }),
        svg('rect', { class: 'chart-bar chart-bar-' + name + ' chart-bar-' + it.key, x: 0, y: y + 24, width: Math.max(width, it.value > 0 ? 0.8 : 0).toFixed(2) + '%', height: 12, rx: 6 })
      ]);
      chart.appendChild(g);
    });
    container.appendChild(chart);
  }

  function setStat(id, value, text) {
    var node = $(id);
    node.dataset.value = String(value);
    node.textContent = text !== undefined ? text : Number(value).toLocaleString();
  }

  function render(stats) {
    var total = Number(stats.total) || 0;
    var byGender = stats.by_gender || {};
    var byAge = stats.by_age_group || {};
    var countries = stats.top_countries || [];

    setStat('stat-total', total);
    setStat('stat-male', byGender.male || 0);
    setStat('stat-female', byGender.female || 0);
    var top = countries[0];
    var topNode = $('stat-top-country');
    topNode.dataset.value = top ? top.country_id : '';
    topNode.textContent = top ? (top.country_name || top.country_id) : '—';
    topNode.title = top ? top.count.toLocaleString() + ' profiles' : '';

    if (total === 0) {
      $('dashboard-content').hidden = true;
      $('dashboard-empty').hidden = false;
      return;
    }
    $('dashboard-empty').hidden = true;
    $('dashboard-content').hidden = false;

    var genderKeys = ['male', 'female'].concat(Object.keys(byGender).filter(function (k) { return k !== 'male' && k !== 'female'; }));
    barChart($('chart-gender'), 'gender', genderKeys.map(function (k) {
      return { key: k, label: GENDER_LABELS[k] || k, value: Number(byGender[k]) || 0 };
    }), total, 'total');

    var ageKeys = AGE_ORDER.concat(Object.keys(byAge).filter(function (k) { return AGE_ORDER.indexOf(k) < 0; }));
    barChart($('chart-age-group'), 'age-group', ageKeys.map(function (k) {
      return { key: k, label: AGE_LABELS[k] || k, value: Number(byAge[k]) || 0 };
    }), total, 'total');

    if (countries.length === 0) {
      UI.clear($('chart-countries')).appendChild(UI.el('p', { class: 'muted', text: 'No country data.' }));
    } else {
      barChart($('chart-countries'), 'country', countries.map(function (c) {
        return { key: c.country_id, label: (c.country_name || c.country_id) + ' (' + c.country_id + ')', value: Number(c.count) || 0 };
      }), total, 'max');
    }
    $('dashboard-updated').textContent = 'Updated ' + new Date().toLocaleString() + '.';
  }

  function load() {
    var btn = $('dashboard-refresh');
    btn.disabled = true;
    $('dashboard-error').hidden = true;
    UI.setStatus($('dashboard-status'), 'loading', 'Loading statistics…');
    document.body.dataset.loading = 'true';
    return Api.get('/api/profiles/stats').then(function (body) {
      UI.setStatus($('dashboard-status'), null);
      render((body && body.data) || {});
    }, function (err) {
      UI.setStatus($('dashboard-status'), null);
      UI.setStatus($('dashboard-error'), 'error', 'Could not load statistics: ' + UI.errorMessage(err));
    }).then(function () {
      btn.disabled = false;
      document.body.dataset.loading = 'false';
    });
  }

  $('dashboard-refresh').addEventListener('click', load);
  Layout.init().catch(function () { /* shown by Layout */ });
  load();
})();
