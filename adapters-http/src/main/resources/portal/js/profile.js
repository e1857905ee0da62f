/* profile.html?id=… — all 10 fields of one profile; admins can delete it. */
(function () {
  'use strict';

  var $ = UI.$;
  var FIELDS = ['id', 'name', 'gender', 'gender_probability', 'age', 'age_group', 'country_id', 'country_name', 'country_probability', 'created_at'];
  var id = (UI.pageParams().get('id') || '').trim();
  var profile = null;

  function meter(value) {
    var wrap = UI.el('span', { class: 'prob' });
    wrap.appendChild(UI.el('span', { class: 'prob-num', text: UI.formatProbability(value) }));
    if (typeof value === 'number') {
      var m = UI.el('meter', { min: 0, max: 1, value: value, class: 'prob-meter', 'aria-hidden': 'true' });
      wrap.appendChild(m);
    }
    return wrap;
  }

  function render(p) {
    profile = p;
    document.title = p.name + ' · Insighta Labs+';
    $('profile-name').textContent = p.name;
    $('profile-summary').textContent = [p.gender, p.age !== null && p.age !== undefined ? p.age + ' years' : null, p.country_name].filter(Boolean).join(' · ');
    FIELDS.forEach(function (f) {
      var dd = $('field-' + f);
      var v = p[f];
      dd.dataset.value = v === null || v === undefined ? '' : String(v);
      UI.clear(dd);
      if (f === 'created_at') dd.appendChild(UI.timeEl(v));
      else if (f === 'gender_probability' || f === 'country_probability') dd.appendChild(meter(v));
      else dd.textContent = v === null || v === undefined ? '—' : String(v);
    });
    $('profile-card').hidden = false;
    var del = $('profile-delete');
    if (del) del.disabled = false;
  }

  function load() {
    if (!id) {
      UI.setStatus($('profile-error'), 'error', 'No profile id given. Open a profile from the Profiles page.');
      return;
    }
    UI.setStatus($('profile-status'), 'loading', 'Loading profile…');
    Api.get('/api/profiles/' + encodeURIComponent(id)).then(function (body) {
      UI.setStatus($('profile-status'), null);
      render(body.data);
    }, function (err) {
      UI.setStatus($('profile-status'), null);
      UI.setStatus($('profile-error'), 'error', UI.errorMessage(err));
      $('profile-name').textContent = err.status === 404 ? 'Profile not found' : 'Profile';
    });
  }

  Layout.init().then(function () {
    var del = $('profile-delete');
    if (!del) return;
    del.addEventListener('click', function () {
      if (!profile) return;
      UI.confirm({ title: 'Delete profile?', message: 'Delete “' + profile.name + '”? This cannot be undone.', confirmLabel: 'Delete' })
        .then(function (yes) {
          if (!yes) return;
          del.disabled = true;
          UI.setStatus($('profile-status'), 'loading', 'Deleting…');
          Api.del('/api/profiles/' + encodeURIComponent(profile.id)).then(function () {
            UI.setStatus($('profile-status'), 'success', 'Deleted “' + profile.name + '”. Returning to the list…');
            window.location.assign('/profiles.html');
          }, function (err) {
            del.disabled = false;
            UI.setStatus($('profile-status'), null);
            UI.setStatus($('profile-error'), 'error', 'Could not delete: ' + UI.errorMessage(err));
          });
        });
    });
  }, function () { /* shown by Layout */ });
  load();
})();
