/*
 * account.html, "Access tokens" — POST /api/tokens (the secret is shown once), GET /api/tokens,
 * DELETE /api/tokens/{id}. The write scope is offered to admins only; the server enforces it anyway.
 */
(function () {
  'use strict';

  var $ = UI.$;
  var el = UI.el;

  function expiredBadge(token) {
    var expired = token.expires_at && new Date(token.expires_at).getTime() <= Date.now();
    return expired ? el('span', { class: 'badge badge-danger', text: 'expired' }) : null;
  }

  function renderRow(token) {
    var revoke = el('button', {
      type: 'button',
      class: 'btn btn-sm btn-danger-outline',
      'data-testid': 'token-revoke',
      'data-id': token.id,
      'aria-label': 'Revoke ' + token.name,
      text: 'Revoke'
    });
    var tr = el('tr', { 'data-testid': 'token-row', 'data-id': token.id, 'data-name': token.name }, [
      el('th', { scope: 'row', 'data-field': 'name', 'data-value': token.name }, [token.name, ' ', expiredBadge(token)]),
      el('td', { 'data-field': 'scope', 'data-label': 'Scope', 'data-value': token.scope },
        el('span', { class: 'badge badge-muted', text: token.scope })),
      el('td', { 'data-field': 'created_at', 'data-label': 'Created' }, UI.timeEl(token.created_at)),
      el('td', { 'data-field': 'expires_at', 'data-label': 'Expires' }, UI.timeEl(token.expires_at)),
      el('td', { 'data-field': 'last_used_at', 'data-label': 'Last used' },
        token.last_used_at ? UI.timeEl(token.last_used_at) : 'never'),
      el('td', { class: 'cell-actions', 'data-field': 'actions' }, revoke)
    ]);
    revoke.addEventListener('click', function () { confirmRevoke(token, revoke); });
    return tr;
  }

  function load() {
    UI.setStatus($('tokens-status'), 'loading', 'Loading your tokens…');
    return Api.get('/api/tokens').then(function (body) {
      var tokens = (body && body.data) || [];
      var tbody = UI.clear($('tokens-tbody'));
      tokens.forEach(function (t) { tbody.appendChild(renderRow(t)); });
      $('tokens-wrap').hidden = tokens.length === 0;
      $('tokens-empty').hidden = tokens.length > 0;
      UI.setStatus($('tokens-status'), null);
    }, function (err) {
      UI.setStatus($('tokens-status'), 'error', 'Could not load your tokens: ' + UI.errorMessage(err));
    });
  }

  function confirmRevoke(token, button) {
    UI.confirm({
      title: 'Revoke token?',
      message: 'Revoke “' + token.name + '”? Scripts using it stop working at once.',
      confirmLabel: 'Revoke'
    }).then(function (yes) {
      if (!yes) return;
      button.disabled = true;
      Api.del('/api/tokens/' + encodeURIComponent(token.id)).then(function () {
        UI.toast('Token “' + token.name + '” revoked.', 'success');
        return load();
      }, function (err) {
        button.disabled = false;
        UI.setStatus($('tokens-status'), 'error', 'Could not revoke “' + token.name + '”: ' + UI.errorMessage(err));
      });
    });
  }

  function create(event) {
    event.preventDefault();
    var name = $('token-name').value.trim();
    var days = $('token-days').value.trim();
    $('token-error').hidden = true;
    if (!name) {
      UI.setStatus($('token-error'), 'error', 'Give the token a name.');
      $('token-name').focus();
      return;
    }
    if (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > 365) {
      UI.setStatus($('token-error'), 'error', 'Expiry must be a whole number of days from 1 to 365.');
      $('token-days').focus();
      return;
    }
    $('token-submit').disabled = true;
    Api.post('/api/tokens', { name: name, scope: $('token-scope').value, expires_in_days: Number(days) })
      .then(function (body) {
        var secret = body && body.data && body.data.token;
        $('token-secret').value = secret || '';
        $('token-created').hidden = false;
        $('token-form').reset();
        $('token-secret').focus();
        $('token-secret').select();
        return load();
      }, function (err) {
        UI.setStatus($('token-error'), 'error', UI.errorMessage(err));
      })
      .then(function () { $('token-submit').disabled = false; });
  }

  function copySecret() {
    var input = $('token-secret');
    input.select();
    var done = function () { UI.toast('Token copied.', 'success'); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(input.value).then(done, function () {
        UI.toast('Copy failed: select the token and copy it yourself.', 'error');
      });
    } else if (document.execCommand && document.execCommand('copy')) {
      done();
    }
  }

  $('token-form').addEventListener('submit', create);
  $('token-copy').addEventListener('click', copySecret);

  // account.js runs Layout.init(); the shared Api.me() promise says when the user is known.
  Api.me().then(function (u) {
    if (!u) return;
    $('tokens-card').hidden = false;
    load();
  }, function () { /* shown by Layout */ });
})();
