/* account.html — who am I (GET /auth/me), role, sign out (POST /auth/logout → /login.html). */
(function () {
  'use strict';

  var $ = UI.$;

  function set(id, value, display) {
    var node = $(id);
    node.dataset.value = value === null || value === undefined ? '' : String(value);
    UI.clear(node);
    if (display instanceof Node) node.appendChild(display);
    else node.textContent = display !== undefined ? display : (value === null || value === undefined || value === '' ? '—' : String(value));
  }

  UI.setStatus($('account-status'), 'loading', 'Loading your account…');
  Layout.init().then(function (u) {
    UI.setStatus($('account-status'), null);
    if (!u) return;
    UI.clear($('account-avatar-slot')).appendChild(Layout.avatar(u, 'lg', 'account-avatar'));
    $('account-username').textContent = u.username;
    var role = $('account-role');
    role.textContent = u.role;
    role.dataset.value = u.role;
    role.className = 'badge badge-' + (u.role === 'admin' ? 'admin' : 'analyst');
    var active = $('account-active');
    active.textContent = u.is_active === false ? 'inactive' : 'active';
    active.dataset.value = String(u.is_active !== false);
    active.className = 'badge ' + (u.is_active === false ? 'badge-danger' : 'badge-success');
    set('account-email', u.email);
    set('account-github-id', u.github_id);
    set('account-id', u.id);
    set('account-last-login', u.last_login_at, UI.timeEl(u.last_login_at));
    set('account-created', u.created_at, UI.timeEl(u.created_at));
    $('account-role-help').textContent = u.role === 'admin'
      ? 'As an admin you can create and delete profiles and manage users.'
      : 'As an analyst you can list, search and export profiles.';
    $('account-card').hidden = false;
  }, function () {
    UI.setStatus($('account-status'), null);
  });

  $('signout-button').addEventListener('click', function () {
    Layout.signOut($('signout-button'));
  });
})();
