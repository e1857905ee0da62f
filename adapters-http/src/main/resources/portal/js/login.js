/* login.html — "Continue with GitHub" is a plain link to /auth/github; this only shows context messages. */
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  var box = document.getElementById('login-message');

  function show(kind, text) {
    box.hidden = false;
    box.className = 'notice is-' + kind;
    box.dataset.state = kind;
    box.textContent = text;
  }

  var REASONS = {
    state_expired: 'Your sign-in expired before it was completed, or it was started in another ' +
      'tab or under another address of this server. Nothing was changed. Start again below.',
    sign_in_failed: 'GitHub sign-in was not completed. Nothing was changed. Start again below.',
    github_unavailable: 'GitHub could not be reached just now. Nothing was changed. Try again in a moment.',
    github_not_configured: 'Sign-in with GitHub is not set up on this server yet: its operator must set ' +
      'GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET (see the README).'
  };
  var error = params.get('error_description') || params.get('error') || params.get('message');
  if (error && Object.prototype.hasOwnProperty.call(REASONS, error)) {
    show('error', REASONS[error]);
  } else if (error) {
    show('error', 'Sign-in failed: ' + error.slice(0, 300));
  } else if (params.get('signed_out')) {
    show('success', 'You have been signed out.');
  } else {
    var back = Api.peekReturnPath();
    if (back && back !== '/' && back !== '/index.html') {
      show('info', 'Your session has ended. Sign in to continue to ' + back.split('?')[0] + '.');
    }
  }

  var link = document.getElementById('login-github');
  var label = link.querySelector('span');
  link.addEventListener('click', function () {
    link.classList.add('is-busy');
    link.setAttribute('aria-busy', 'true');
    label.textContent = 'Redirecting to GitHub…';
  });
  // Coming back with the Back button restores the page from the cache: reset the label.
  window.addEventListener('pageshow', function () {
    link.classList.remove('is-busy');
    link.removeAttribute('aria-busy');
    label.textContent = 'Continue with GitHub';
  });
})();
