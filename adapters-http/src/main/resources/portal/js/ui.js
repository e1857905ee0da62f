/* Insighta Labs+ portal — small DOM helpers shared by every page (no framework). */
(function (global) {
  'use strict';

  var SVG_NS = 'http://www.w3.org/2000/svg';

  function applyAttrs(node, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') node.textContent = String(v);
      else if (k === 'class') node.setAttribute('class', v);
      else if (k === 'dataset') Object.keys(v).forEach(function (d) { node.dataset[d] = String(v[d]); });
      else if (k.indexOf('on') === 0 && typeof v === 'function') node.addEventListener(k.slice(2), v);
      else if (v === true) node.setAttribute(k, '');
      else node.setAttribute(k, String(v));
    });
  }

  function append(node, children) {
    if (children === null || children === undefined || children === false) return;
    if (Array.isArray(children)) { children.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(children instanceof Node ? children : document.createTextNode(String(children)));
  }

  /** el('a', {href: '/', class: 'x', text: 'hi'}, [children]) — never uses innerHTML. */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    applyAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function svg(tag, attrs, children) {
    var node = document.createElementNS(SVG_NS, tag);
    applyAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function clear(node) {
    while (node && node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function $(id) { return document.getElementById(id); }

  function formatDate(iso) {
    if (!iso) return '—';
    var d = new Date(iso);
    if (isNaN(d.getTime())) return String(iso);
    return d.toLocaleString();
  }

  /** <time datetime="iso">locale text</time> */
  function timeEl(iso) {
    return el('time', { datetime: iso || null, title: iso || null, text: formatDate(iso) });
  }

  function formatNumber(n) {
    if (typeof n !== 'number') return n === null || n === undefined ? '—' : String(n);
    return n.toLocaleString();
  }

  function formatProbability(p) {
    if (typeof p !== 'number') return p === null || p === undefined ? '—' : String(p);
    return String(p);
  }

  /**
   * Status region: state is 'loading' | 'error' | 'success' | 'info' | 'empty' | null (hide).
   * The element should be an aria-live region (role="status") or role="alert" for errors.
   */
  function setStatus(node, state, message) {
    if (!node) return;
    node.classList.remove('is-loading', 'is-error', 'is-success', 'is-info', 'is-empty');
    if (!state) {
      node.hidden = true;
      node.textContent = '';
      delete node.dataset.state;
      return;
    }
    node.hidden = false;
    node.dataset.state = state;
    node.classList.add('is-' + state);
    clear(node);
    if (state === 'loading') node.appendChild(el('span', { class: 'spinner', 'aria-hidden': 'true' }));
    node.appendChild(el('span', { class: 'notice-text', text: message || '' }));
  }

  function errorMessage(err) {
    if (!err) return 'Something went wrong.';
    return err.message || String(err);
  }

  /* ---------- confirmation dialog (a real <dialog>, drivable by tests) ---------- */
  var dialogNode = null;
  function ensureDialog() {
    if (dialogNode) return dialogNode;
    dialogNode = $('confirm-dialog');
    if (!dialogNode) {
      dialogNode = el('dialog', { id: 'confirm-dialog', class: 'dialog', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-message' }, [
        el('h2', { id: 'confirm-title', class: 'dialog-title', text: 'Please confirm' }),
        el('p', { id: 'confirm-message', class: 'dialog-message' }),
        el('div', { class: 'dialog-actions' }, [
          el('button', { type: 'button', id: 'confirm-cancel', class: 'btn btn-secondary', text: 'Cancel' }),
          el('button', { type: 'button', id: 'confirm-ok', class: 'btn btn-danger', text: 'Delete' })
        ])
      ]);
      document.body.appendChild(dialogNode);
    }
    return dialogNode;
  }

  /** confirm({title, message, confirmLabel}) → Promise<boolean> */
  function confirmDialog(options) {
    var o = options || {};
    var dlg = ensureDialog();
    $('confirm-title').textContent = o.title || 'Please confirm';
    $('confirm-message').textContent = o.message || 'Are you sure?';
    var ok = $('confirm-ok');
    var cancel = $('confirm-cancel');
    ok.textContent = o.confirmLabel || 'Delete';
    var opener = document.activeElement;
    return new Promise(function (resolve) {
      function finish(result) {
        ok.removeEventListener('click', onOk);
        cancel.removeEventListener('click', onCancel);
        dlg.removeEventListener('cancel', onEsc);
        dlg.removeEventListener('close', onClose);
        if (dlg.open) dlg.close();
        dlg.dataset.result = result ? 'confirmed' : 'cancelled';
        if (opener && typeof opener.focus === 'function' && document.contains(opener)) opener.focus();
        resolve(result);
      }
      function onOk() { finish(true); }
      function onCancel() { finish(false); }
      function onEsc(e) { e.preventDefault(); finish(false); }
      function onClose() { finish(false); }
      ok.addEventListener('click', onOk);
      cancel.addEventListener('click', onCancel);
      dlg.addEventListener('cancel', onEsc);
      dlg.addEventListener('close', onClose);
      delete dlg.dataset.result;
      dlg.showModal();
      cancel.focus();
    });
  }

  /* ---------- small transient notice ("toast") ---------- */
  function toast(message, kind) {
    var region = $('toast-region');
    if (!region) {
      region = el('div', { id: 'toast-region', class: 'toast-region', role: 'status', 'aria-live': 'polite' });
      document.body.appendChild(region);
    }
    var node = el('div', { class: 'toast toast-' + (kind || 'info'), 'data-testid': 'toast', text: message });
    region.appendChild(node);
    setTimeout(function () { node.remove(); }, 5000);
  }

  /** The current page URL's query as URLSearchParams. */
  function pageParams() { return new URLSearchParams(global.location.search); }

  function positiveInt(value, fallback) {
    var n = parseInt(value, 10);
    return isFinite(n) && n >= 1 && String(n) === String(value).trim() ? n : fallback;
  }

  /** "?a=1" for history.pushState, or the bare path when empty. */
  function urlFor(params) {
    var qs = params.toString();
    return global.location.pathname + (qs ? '?' + qs : '');
  }

  global.UI = {
    el: el,
    svg: svg,
    clear: clear,
    $: $,
    formatDate: formatDate,
    timeEl: timeEl,
    formatNumber: formatNumber,
    formatProbability: formatProbability,
    setStatus: setStatus,
    errorMessage: errorMessage,
    confirm: confirmDialog,
    toast: toast,
    pageParams: pageParams,
    positiveInt: positiveInt,
    urlFor: urlFor
  };
})(window);
