/*
 * Insighta Labs+ portal — shared header/nav.
 * Layout.init() fills <header id="app-header">, loads the signed-in user (GET /auth/me),
 * then shows or removes every element marked data-admin-only. Resolves with the user.
 */
(function (global) {
  'use strict';

  var el = UI.el;

  var LINKS = [
    { key: 'dashboard', href: '/', label: 'Dashboard' },
    { key: 'profiles', href: '/profiles.html', label: 'Profiles' },
    { key: 'search', href: '/search.html', label: 'Search' },
    { key: 'account', href: '/account.html', label: 'Account' },
    { key: 'users', href: '/users.html', label: 'Users', admin: true },
    { key: 'activity', href: '/activity.html', label: 'Activity', admin: true }
  ];

  var AVATAR_ORIGINS = ['https://avatars.githubusercontent.com'];

  function isAllowedImage(url) {
    if (!url || typeof url !== 'string') return false;
    if (url.indexOf('data:image/') === 0) return true;
    try {
      var u = new URL(url, global.location.origin);
      return u.origin === global.location.origin || AVATAR_ORIGINS.indexOf(u.origin) >= 0;
    } catch (e) { return false; }
  }

  function initials(name) {
    var s = String(name || '?').trim();
    return (s.charAt(0) || '?').toUpperCase();
  }

  /**
   * Avatar element: the GitHub image when its host is allowed by the CSP, otherwise (or on load error) the initial.
   */
  function avatar(user, size, id) {
    var wrap = el('span', { class: 'avatar avatar-' + (size || 'sm'), id: id || null, 'data-testid': id || 'avatar' });
    var fallback = el('span', { class: 'avatar-initial', 'aria-hidden': 'true', text: initials(user && user.username) });
    if (user && isAllowedImage(user.avatar_url)) {
      var img = el('img', {
        src: user.avatar_url,
        alt: (user.username || 'User') + '’s avatar',
        width: size === 'lg' ? 96 : 32,
        height: size === 'lg' ? 96 : 32,
        referrerpolicy: 'no-referrer',
        decoding: 'async'
      });
      img.addEventListener('error', function () { img.replaceWith(fallback); });
      wrap.appendChild(img);
    } else {
      wrap.appendChild(fallback);
    }
    return wrap;
  }

  function currentKey() {
    return document.body.dataset.page || '';
  }

  function buildNav(user) {
    var isAdmin = !!(user && user.role === 'admin');
    var list = el('ul', { class: 'nav-list', id: 'nav-list' });
    LINKS.forEach(function (link) {
      if (link.admin && !isAdmin) return;
      var a = el('a', {
        href: link.href,
        id: 'nav-' + link.key,
        class: 'nav-link',
        'data-testid': 'nav-' + link.key,
        text: link.label
      });
      if (link.key === currentKey()) a.setAttribute('aria-current', 'page');
      list.appendChild(el('li', null, a));
    });
    return el('nav', { class: 'app-nav', id: 'app-nav', 'aria-label': 'Main' }, list);
  }

  function buildUserBox(user) {
    if (!user) return el('div', { class: 'user-box', id: 'header-user', 'aria-busy': 'true' });
    var signOut = el('button', { type: 'button', class: 'btn btn-ghost btn-sm', id: 'header-signout', 'data-testid': 'header-signout', text: 'Sign out' });
    signOut.addEventListener('click', function () { Layout.signOut(signOut); });
    return el('div', { class: 'user-box', id: 'header-user', 'data-testid': 'header-user' }, [
      el('a', { href: '/account.html', class: 'user-link', 'aria-label': 'Account: ' + user.username }, [
        avatar(user, 'sm', 'header-avatar'),
        el('span', { class: 'user-name', id: 'header-username', 'data-testid': 'header-username', text: user.username }),
        el('span', { class: 'badge badge-' + (user.role === 'admin' ? 'admin' : 'analyst'), id: 'header-role', 'data-testid': 'header-role', text: user.role })
      ]),
      signOut
    ]);
  }

  function render(user) {
    var header = document.getElementById('app-header');
    if (!header) return;
    UI.clear(header);
    var inner = el('div', { class: 'header-inner' }, [
      el('a', { href: '/', class: 'brand', id: 'nav-brand', 'data-testid': 'nav-brand' }, [
        el('span', { class: 'brand-mark', 'aria-hidden': 'true', text: 'i+' }),
        el('span', { class: 'brand-name', text: 'Insighta Labs+' })
      ]),
      buildNav(user),
      buildUserBox(user)
    ]);
    header.appendChild(inner);
    // On narrow screens the nav scrolls sideways: keep the current page's link in view.
    var list = document.getElementById('nav-list');
    var current = list && list.querySelector('[aria-current="page"]');
    if (current && list.scrollWidth > list.clientWidth) {
      list.scrollLeft = Math.max(0, current.offsetLeft - list.offsetLeft - 16);
    }
  }

  /** Show admin-only elements for admins; remove them from the DOM for everyone else. */
  function applyRole(user) {
    var isAdmin = !!(user && user.role === 'admin');
    document.body.dataset.role = isAdmin ? 'admin' : 'analyst';
    var nodes = document.querySelectorAll('[data-admin-only]');
    Array.prototype.forEach.call(nodes, function (n) {
      if (isAdmin) n.hidden = false; else n.remove();
    });
  }

  var Layout = {
    user: null,
    avatar: avatar,
    isAdmin: function () { return !!(Layout.user && Layout.user.role === 'admin'); },
    init: function () {
      render(null);
      return Api.me().then(function (user) {
        Layout.user = user;
        render(user);
        applyRole(user);
        document.body.dataset.ready = 'true';
        return user;
      }, function (err) {
        // /auth/me failed with something other than 401 (401 already redirected to the login page).
        var main = document.getElementById('main');
        if (main) {
          var box = el('div', { class: 'notice is-error', role: 'alert', id: 'page-error', 'data-testid': 'page-error' },
            el('span', { class: 'notice-text', text: 'Could not load your account: ' + UI.errorMessage(err) }));
          main.insertBefore(box, main.firstChild);
        }
        applyRole(null);
        throw err;
      });
    },
    signOut: function (button) {
      if (button) { button.disabled = true; button.textContent = 'Signing out…'; }
      return Api.logout().then(function () {
        global.location.assign('/login.html?signed_out=1');
      });
    }
  };

  global.Layout = Layout;
})(window);
