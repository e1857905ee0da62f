/*
 * Insighta Labs+ portal — the one HTTP wrapper every page uses.
 *
 * - same-origin cookies only (tokens are HttpOnly; JavaScript never sees them)
 * - X-API-Version: 1 on every request
 * - X-CSRF-Token (value of the readable csrf_token cookie) on POST/PATCH/PUT/DELETE
 * - no csrf_token cookie (so no session): straight to /login.html, no request that would fail
 * - on 401: one shared POST /auth/refresh (concurrent 401s wait for the same refresh), then one retry
 * - one refresh across tabs too: refresh tokens are single use, so two tabs presenting the same refresh
 *   cookie at once would be "reuse" and the server would revoke the session. The refresh runs under
 *   the Web Locks API lock 'insighta-refresh' (shared by every tab of this origin), so a refresh that
 *   does run always presents the newest refresh cookie and can never be a reuse. A tab skips its own
 *   refresh and just retries with the cookies another tab renewed when
 *   (1) the lock was busy when it asked: another tab was refreshing after its request went out, or
 *   (2) localStorage 'insighta.refreshedAt' (Date.now() written after every successful refresh) is
 *   later than the moment its failing request was sent. (2) alone is not enough: Chromium hands
 *   localStorage writes to other tabs asynchronously, so a tab granted the lock a moment after the
 *   other released it may still read the old value. A refresh that finished just before the tab
 *   asked and is not visible yet costs one more refresh, never the session.
 * - fallback where navigator.locks is missing (old browsers; it also needs a secure context, i.e.
 *   HTTPS or localhost): a lease in localStorage 'insighta.refreshLock' ({owner, until}), taken when
 *   free or expired, confirmed by reading it back after a short pause, released afterwards; waiters
 *   poll it, and having waited counts as (1). Limits: localStorage has no compare-and-set and reaches
 *   other tabs late, so two tabs can still both win and the second refresh be a reuse; a tab that
 *   dies holding the lease blocks the others until it expires (10 s); with localStorage unavailable
 *   (disabled storage) tabs do not coordinate at all, as before this lock existed.
 * - non-2xx: throws an ApiError carrying the server's "message"
 */
(function (global) {
  'use strict';

  var API_VERSION = '1';
  var RETURN_KEY = 'insighta.returnTo';
  var LOGIN_PAGE = '/login.html';
  var UNSAFE = { POST: true, PUT: true, PATCH: true, DELETE: true };
  var LOCK_NAME = 'insighta-refresh';
  var REFRESHED_AT_KEY = 'insighta.refreshedAt';
  var LEASE_KEY = 'insighta.refreshLock';
  var LEASE_MS = 10000;
  var LEASE_CONFIRM_MS = 30;
  var LEASE_POLL_MS = 50;

  /** Shared in-flight refresh; null when no refresh is running. */
  var refreshPromise = null;
  /** Incremented after every successful refresh, so a request that started before it just retries. */
  var refreshGeneration = 0;
  var redirecting = false;

  function ApiError(message, status, body) {
    var err = new Error(message);
    err.name = 'ApiError';
    err.status = status;
    err.body = body;
    return err;
  }

  function readCookie(name) {
    var parts = document.cookie ? document.cookie.split(';') : [];
    for (var i = 0; i < parts.length; i++) {
      var p = parts[i].trim();
      var eq = p.indexOf('=');
      if (eq > 0 && p.slice(0, eq) === name) {
        try { return decodeURIComponent(p.slice(eq + 1)); } catch (e) { return p.slice(eq + 1); }
      }
    }
    return '';
  }

  function csrfToken() {
    return readCookie('csrf_token') || readCookie('__Host-csrf_token');
  }

  /** Builds "path?a=1&b=2" from a plain object, dropping null/undefined/'' values. */
  function withQuery(path, query) {
    if (!query) return path;
    var params = query instanceof URLSearchParams ? new URLSearchParams(query) : new URLSearchParams();
    if (!(query instanceof URLSearchParams)) {
      Object.keys(query).forEach(function (k) {
        var v = query[k];
        if (v !== null && v !== undefined && String(v) !== '') params.set(k, String(v));
      });
    }
    var qs = params.toString();
    if (!qs) return path;
    return path + (path.indexOf('?') >= 0 ? '&' : '?') + qs;
  }

  function send(url, opts) {
    var method = (opts.method || 'GET').toUpperCase();
    var headers = new Headers(opts.headers || {});
    headers.set('X-API-Version', API_VERSION);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    var body;
    if (opts.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(opts.body);
    }
    if (UNSAFE[method]) {
      var token = csrfToken();
      if (token) headers.set('X-CSRF-Token', token);
    }
    return fetch(url, {
      method: method,
      headers: headers,
      body: body,
      credentials: 'same-origin',
      cache: 'no-store',
      redirect: 'follow'
    });
  }

  function storage() {
    try { return global.localStorage || null; } catch (e) { return null; }
  }

  /** When this origin's last successful refresh (in any tab) finished, as Date.now(); 0 if unknown. */
  function refreshedAt() {
    var store = storage();
    var value = 0;
    try { value = store ? Number(store.getItem(REFRESHED_AT_KEY)) : 0; } catch (e) { value = 0; }
    return isFinite(value) ? value : 0;
  }

  function markRefreshed() {
    var store = storage();
    try { if (store) store.setItem(REFRESHED_AT_KEY, String(Date.now())); } catch (e) { /* storage full or disabled */ }
  }

  function delay(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  function readLease(store) {
    try {
      var lease = JSON.parse(store.getItem(LEASE_KEY) || 'null');
      return lease && typeof lease.owner === 'string' && typeof lease.until === 'number' ? lease : null;
    } catch (e) { return null; }
  }

  /** The fallback lock: a best-effort lease in localStorage (limits in the header comment). */
  function withLease(task) {
    var store = storage();
    if (!store) return task(false);
    var owner = Math.random().toString(36).slice(2) + Date.now().toString(36);
    var waited = false;
    function acquire() {
      var lease = readLease(store);
      if (lease && lease.owner !== owner && lease.until > Date.now()) {
        waited = true;
        return delay(LEASE_POLL_MS).then(acquire);
      }
      try {
        store.setItem(LEASE_KEY, JSON.stringify({ owner: owner, until: Date.now() + LEASE_MS }));
      } catch (e) { return null; }
      return delay(LEASE_CONFIRM_MS).then(function () {
        var now = readLease(store);
        return now && now.owner === owner ? null : acquire();
      });
    }
    function release() {
      var lease = readLease(store);
      try { if (lease && lease.owner === owner) store.removeItem(LEASE_KEY); } catch (e) { /* ignore */ }
    }
    return Promise.resolve(acquire()).then(function () { return task(waited); }).then(function (ok) {
      release();
      return ok;
    }, function (err) {
      release();
      throw err;
    });
  }

  var BUSY = {};

  /**
   * Runs task(waited) while no other tab of this origin runs its refresh; waited is true when
   * another tab held the lock at the moment this one asked for it.
   */
  function withRefreshLock(task) {
    var locks = global.navigator && global.navigator.locks;
    if (locks && typeof locks.request === 'function') {
      try {
        // task() never rejects, so a rejection here means the lock itself was refused (an opaque origin).
        return locks.request(LOCK_NAME, { ifAvailable: true }, function (lock) {
          return lock ? task(false) : BUSY;
        }).then(function (result) {
          return result !== BUSY ? result : locks.request(LOCK_NAME, function () { return task(true); });
        }).catch(function () { return withLease(task); });
      } catch (e) { /* an old implementation throwing synchronously: fall back */ }
    }
    return withLease(task);
  }

  function postRefresh() {
    return send('/auth/refresh', { method: 'POST', body: {} }).then(function (res) {
      if (res.ok) markRefreshed();
      return res.ok;
    }, function () { return false; });
  }

  /**
   * One POST /auth/refresh for everybody waiting in this tab, and at most one at a time across tabs;
   * resolves true (new cookies) or false (refused). {@code since}: when the failing request was sent;
   * if another tab refreshed after that, its new cookies are already ours and no refresh is sent
   * (if that refresh was refused, the retry meets a 401 and goes to the sign-in page).
   */
  function refreshSession(since) {
    if (!refreshPromise) {
      var sentAt = typeof since === 'number' ? since : Date.now();
      refreshPromise = withRefreshLock(function (waited) {
        return waited || refreshedAt() > sentAt ? true : postRefresh();
      })
        .then(function (ok) {
          if (ok) refreshGeneration++;
          return ok;
        }, function () { return false; })
        .then(function (ok) {
          refreshPromise = null;
          return ok;
        });
    }
    return refreshPromise;
  }

  function isSafeReturnPath(p) {
    if (typeof p !== 'string' || p.length === 0 || p.length > 2048) return false;
    if (p.charAt(0) !== '/' || p.charAt(1) === '/' || p.charAt(1) === '\\') return false;
    if (/[\u0000-\u001f\u007f\\]/.test(p)) return false;
    var u;
    try { u = new URL(p, global.location.origin); } catch (e) { return false; }
    if (u.origin !== global.location.origin) return false;
    if (u.pathname === LOGIN_PAGE || u.pathname.indexOf('/auth/') === 0 || u.pathname.indexOf('/api/') === 0) return false;
    return true;
  }

  function saveReturnPath(path) {
    var p = path || (global.location.pathname + global.location.search);
    if (!isSafeReturnPath(p)) return;
    try { global.sessionStorage.setItem(RETURN_KEY, p); } catch (e) { /* storage disabled */ }
  }

  /** Returns a saved, safe, same-origin return path once (and forgets it), or null. */
  function consumeReturnPath() {
    var p = null;
    try {
      p = global.sessionStorage.getItem(RETURN_KEY);
      global.sessionStorage.removeItem(RETURN_KEY);
    } catch (e) { return null; }
    return isSafeReturnPath(p) ? p : null;
  }

  function peekReturnPath() {
    try {
      var p = global.sessionStorage.getItem(RETURN_KEY);
      return isSafeReturnPath(p) ? p : null;
    } catch (e) { return null; }
  }

  /** Remembers the current page and goes to the login page. The returned promise never settles. */
  function goToLogin() {
    if (!redirecting) {
      redirecting = true;
      if (global.location.pathname !== LOGIN_PAGE) saveReturnPath();
      global.location.assign(LOGIN_PAGE);
    }
    return new Promise(function () { /* page is going away */ });
  }

  function parseBody(res) {
    if (res.status === 204 || res.status === 205) return Promise.resolve(null);
    var type = res.headers.get('Content-Type') || '';
    if (type.indexOf('json') >= 0) {
      return res.text().then(function (t) {
        if (!t) return null;
        try { return JSON.parse(t); } catch (e) { return { message: t }; }
      });
    }
    return res.text();
  }

  function errorFrom(res) {
    return parseBody(res).then(function (body) {
      var msg = body && typeof body === 'object' && body.message ? String(body.message)
        : ('Request failed (HTTP ' + res.status + (res.statusText ? ' ' + res.statusText : '') + ')');
      throw ApiError(msg, res.status, body);
    }, function () {
      throw ApiError('Request failed (HTTP ' + res.status + ')', res.status, null);
    });
  }

  function isAuthPath(url) {
    return url.indexOf('/auth/refresh') === 0 || url.indexOf('/auth/logout') === 0;
  }

  /**
   * request(path, {method, body, query, headers, raw})
   *   raw=true resolves with the Response itself (for downloads); otherwise with the parsed JSON (null on 204).
   */
  function request(path, options) {
    var opts = options || {};
    var url = withQuery(path, opts.query);
    var generation = refreshGeneration;

    // The readable CSRF cookie lives exactly as long as the refresh cookie: without it no session
    // can exist, so a signed-out visitor goes to the sign-in page without a failed request.
    if (!csrfToken() && !isAuthPath(url)) return goToLogin();

    function attempt(retried) {
      var sentAt = Date.now();
      return send(url, opts).then(function (res) {
        if (res.status === 401 && !retried && !isAuthPath(url)) {
          // Someone (this tab or another) refreshed after this request went out: retry with the new cookies.
          if (refreshGeneration !== generation || refreshedAt() > sentAt) return attempt(true);
          return refreshSession(sentAt).then(function (ok) {
            return ok ? attempt(true) : goToLogin();
          });
        }
        if (res.status === 401 && !isAuthPath(url)) return goToLogin();
        if (!res.ok) return errorFrom(res);
        return opts.raw ? res : parseBody(res);
      }, function (netErr) {
        throw ApiError('Network error: the server could not be reached (' + (netErr && netErr.message ? netErr.message : 'offline') + ')', 0, null);
      });
    }
    return attempt(false);
  }

  function filenameFromDisposition(header) {
    if (!header) return null;
    var star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
    var name = null;
    if (star) {
      try { name = decodeURIComponent(star[1].trim().replace(/^"|"$/g, '')); } catch (e) { name = null; }
    }
    if (!name) {
      var plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
      if (plain) name = (plain[2] !== undefined ? plain[2] : plain[1]).trim();
    }
    if (!name) return null;
    name = name.replace(/[\/\\:*?"<>|\u0000-\u001f]/g, '_');
    return name || null;
  }

  function timestamp() {
    return new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  }

  /** GETs a file and saves it through a temporary <a download>. Resolves {filename, size}. */
  function download(path, query, fallbackPrefix) {
    return request(path, { query: query, raw: true, headers: { Accept: 'text/csv, */*' } }).then(function (res) {
      var name = filenameFromDisposition(res.headers.get('Content-Disposition')) ||
        ((fallbackPrefix || 'profiles') + '_' + timestamp() + '.csv');
      return res.blob().then(function (blob) {
        var href = URL.createObjectURL(blob);
        var a = document.createElement('a');
        a.href = href;
        a.download = name;
        a.hidden = true;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(href); }, 30000);
        return { filename: name, size: blob.size };
      });
    });
  }

  var meCache = null;
  function me() {
    if (!meCache) {
      meCache = request('/auth/me').then(function (body) {
        return (body && (body.data || body.user)) || null;
      });
      meCache.catch(function () { meCache = null; });
    }
    return meCache;
  }

  /** POST /auth/logout; whatever the answer, the local state is cleared. */
  function logout() {
    try { global.sessionStorage.removeItem(RETURN_KEY); } catch (e) { /* ignore */ }
    meCache = null;
    return send('/auth/logout', { method: 'POST', body: {} }).then(function (res) {
      return res.ok;
    }, function () { return false; });
  }

  global.Api = {
    request: request,
    get: function (path, query) { return request(path, { query: query }); },
    post: function (path, body) { return request(path, { method: 'POST', body: body === undefined ? {} : body }); },
    patch: function (path, body) { return request(path, { method: 'PATCH', body: body }); },
    del: function (path) { return request(path, { method: 'DELETE' }); },
    download: download,
    me: me,
    logout: logout,
    refreshSession: refreshSession,
    withQuery: withQuery,
    csrfToken: csrfToken,
    isSafeReturnPath: isSafeReturnPath,
    saveReturnPath: saveReturnPath,
    consumeReturnPath: consumeReturnPath,
    peekReturnPath: peekReturnPath,
    goToLogin: goToLogin,
    filenameFromDisposition: filenameFromDisposition
  };
})(window);
