// SPDX-License-Identifier: GPL-3.0-or-later
// dialog.js: the in-page dialog and notice of the paste guard.  They live in
// a closed shadow root: the page cannot read what they say (the masked
// previews), style them, or press their buttons; they answer trusted input
// only, and keep their keys from the page.
'use strict';

if (globalThis.clipguardDialog === undefined) {
  const STYLE = `
    :host { all: initial; }
    .backdrop {
      position: fixed; inset: 0; z-index: 2147483647;
      display: flex; align-items: center; justify-content: center;
      background: rgba(0, 0, 0, 0.35);
      font: 15px/1.45 system-ui, "Cantarell", "Noto Sans", "DejaVu Sans", sans-serif;
    }
    .dialog {
      box-sizing: border-box; width: min(36em, calc(100vw - 32px));
      background: #ffffff; color: #1f2328; border-radius: 12px;
      box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35); padding: 22px 24px 18px;
      border-top: 6px solid #c0392b;
    }
    h2 { margin: 0 0 10px; font-size: 18px; font-weight: 700; display: flex; gap: 10px; align-items: center; }
    h2 .mark { flex: none; width: 26px; height: 26px; border-radius: 50%; background: #c0392b;
               color: #fff; display: inline-flex; align-items: center; justify-content: center;
               font-weight: 800; font-size: 17px; }
    p { margin: 0 0 10px; }
    p.holds { font-weight: 600; }
    p.note { color: #57606a; font-size: 14px; }
    .buttons { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; margin-top: 16px; }
    button {
      font: inherit; font-size: 14px; padding: 7px 16px; border-radius: 6px; cursor: pointer;
      border: 1px solid #afb8c1; background: #f6f8fa; color: #1f2328;
    }
    button.default { background: #1f6feb; border-color: #1a5fcc; color: #ffffff; font-weight: 600; }
    button:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
    .toast {
      position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: 26em;
      background: #1f2328; color: #ffffff; border-radius: 10px; padding: 12px 16px;
      border-left: 6px solid #2e9d5b; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.3);
      font: 14px/1.4 system-ui, "Cantarell", "Noto Sans", "DejaVu Sans", sans-serif;
    }
  `;

  // While a dialog is open, every key is its own: taken at the window before
  // the page's listeners (this script runs at document_start, before the
  // page's), so a chatbot never sees the Enter that answers the dialog.
  let activeKeys = null;
  for (const type of ['keydown', 'keypress', 'keyup']) {
    window.addEventListener(type, (e) => {
      if (activeKeys !== null) {
        e.stopImmediatePropagation();
        activeKeys(e);
      }
    }, true);
  }

  // A host element of its own at the top of the document, out of the page's
  // layout; the page sees an empty element and nothing inside it.
  function makeHost() {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    root.append(style);
    (document.body ?? document.documentElement).append(host);
    return { host, root };
  }

  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    Object.assign(e, props);
    e.append(...children);
    return e;
  }

  // Shows the dialog; resolves with the chosen button's key, or 'cancel'.
  // @spec: { title, lines: [{ text, kind }], buttons: [{ key, label }], defaultKey, cancelKey }
  function show(spec) {
    return new Promise((resolve) => {
      const { host, root } = makeHost();
      const buttons = spec.buttons.map((b) => el('button', {
        type: 'button',
        textContent: b.label,
        className: b.key === spec.defaultKey ? 'default' : '',
      }));
      const dialog = el('div', { className: 'dialog' },
        el('h2', {}, el('span', { className: 'mark', textContent: '!' }), spec.title),
        ...spec.lines.map((l) => el('p', { className: l.kind ?? '', textContent: l.text })),
        el('div', { className: 'buttons' }, ...buttons));
      dialog.setAttribute('role', 'alertdialog');
      dialog.setAttribute('aria-modal', 'true');
      dialog.setAttribute('aria-label', spec.title);
      const backdrop = el('div', { className: 'backdrop' }, dialog);
      root.append(backdrop);
      let done = false;
      const watcher = new MutationObserver(() => {
        if (!host.isConnected) {
          finish(spec.cancelKey); // the page took it away: nothing is pasted
        }
      });
      watcher.observe(document.documentElement, { childList: true, subtree: true });

      function finish(key) {
        if (done) {
          return;
        }
        done = true;
        activeKeys = null;
        watcher.disconnect();
        host.remove();
        resolve(key);
      }
      buttons.forEach((button, i) => {
        button.addEventListener('click', (e) => {
          if (e.isTrusted) {
            finish(spec.buttons[i].key);
          }
        });
      });
      activeKeys = (e) => {
        if (e.type !== 'keydown' || !e.isTrusted) {
          return;
        }
        if (e.key === 'Escape') {
          e.preventDefault();
          finish(spec.cancelKey);
        } else if (e.key === 'Enter') {
          e.preventDefault();
          const focused = buttons.indexOf(root.activeElement);
          finish(focused >= 0 ? spec.buttons[focused].key : spec.defaultKey);
        } else if (e.key === 'Tab') {
          e.preventDefault();
          const at = buttons.indexOf(root.activeElement);
          const step = e.shiftKey ? buttons.length - 1 : 1;
          buttons[((at < 0 ? 0 : at) + step) % buttons.length].focus();
        }
      };
      // a click outside the dialog keeps it: the user must choose
      backdrop.addEventListener('mousedown', (e) => {
        if (e.target === backdrop) {
          e.preventDefault();
          buttons[spec.buttons.findIndex((b) => b.key === spec.defaultKey)].focus();
        }
      });
      buttons[spec.buttons.findIndex((b) => b.key === spec.defaultKey)].focus();
    });
  }

  // A notice that goes away by itself (what a paste became without asking).
  function notice(text, seconds) {
    const { host, root } = makeHost();
    const toast = el('div', { className: 'toast', textContent: text });
    toast.setAttribute('role', 'status');
    root.append(toast);
    setTimeout(() => host.remove(), seconds * 1000);
  }

  globalThis.clipguardDialog = { show, notice };
}
