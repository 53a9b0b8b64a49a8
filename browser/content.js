// SPDX-License-Identifier: GPL-3.0-or-later
// content.js: the paste guard on a guarded site.  A paste (keyboard, menu,
// middle click) or a drop of text into a text field, a text area or an
// editor is held before the page sees it, checked by clipguard's native
// host, and then handed on: unchanged when it holds nothing, masked, as is,
// or not at all, as the user chooses in the dialog.  The page only ever
// receives the text the user chose to paste, and no message from the page
// is read.
'use strict';

if (globalThis.clipguardGuard === undefined) {
  globalThis.clipguardGuard = true;

  let draggingHere = false; // a drag that began in this page is not a paste from outside

  const t = (name, ...subs) => chrome.i18n.getMessage(name, subs.map(String));

  // When the last paste was seen, answered by the host and decided (the
  // dialog shown or the text handed on), on the performance clock.  In the
  // extension's own world, which the page cannot read; bench/bench-browser.py
  // reads it through the DevTools protocol.
  globalThis.clipguardLastPaste = null;
  function mark(ctx, what) {
    ctx.times[what] = performance.now();
    if (what === 'decided') {
      globalThis.clipguardLastPaste = ctx.times;
    }
  }

  // ---- where the text goes ------------------------------------------------

  const TEXT_INPUTS = new Set(['text', 'search', 'url', 'email', 'tel', '']);

  function isTextField(node) {
    return (node instanceof HTMLTextAreaElement)
      || (node instanceof HTMLInputElement && TEXT_INPUTS.has(node.type));
  }

  // The element a paste into @node lands in: a text field, or the editing
  // host of an editor; null where nothing would be inserted.
  function editableOf(node) {
    let n = node instanceof Element ? node : node?.parentElement ?? null;
    if (n === null) {
      return null;
    }
    if (isTextField(n)) {
      return n.readOnly || n.disabled ? null : n;
    }
    if (n.isContentEditable) {
      while (n.parentElement !== null && n.parentElement.isContentEditable) {
        n = n.parentElement;
      }
      return n;
    }
    return null;
  }

  // Where the paste would have gone: the field's selection, or the editor's range.
  function whereNow(target) {
    if (isTextField(target)) {
      return { start: target.selectionStart, end: target.selectionEnd };
    }
    const sel = document.getSelection();
    return sel !== null && sel.rangeCount > 0 ? { range: sel.getRangeAt(0).cloneRange() } : {};
  }

  function whereAtPoint(target, x, y) {
    const pos = document.caretPositionFromPoint ? document.caretPositionFromPoint(x, y) : null;
    if (isTextField(target)) {
      // a text field's caret position is its own node and an offset in its value
      return pos !== null && pos.offsetNode === target
        ? { start: pos.offset, end: pos.offset } : whereNow(target);
    }
    let range = null;
    if (pos !== null) {
      range = document.createRange();
      range.setStart(pos.offsetNode, pos.offset);
    } else if (document.caretRangeFromPoint) {
      range = document.caretRangeFromPoint(x, y);
    }
    return range !== null ? { range } : whereNow(target);
  }

  function restore(ctx) {
    const { target, where } = ctx;
    target.focus({ preventScroll: true });
    if (isTextField(target) && where.start !== undefined && where.start !== null) {
      target.setSelectionRange(where.start, where.end);
    } else if (where.range !== undefined) {
      const sel = document.getSelection();
      sel.removeAllRanges();
      sel.addRange(where.range);
    }
  }

  // Hands @text on to the page as the browser would have: first as a paste
  // (or drop) event, which editors such as ProseMirror handle themselves;
  // when nobody takes it, inserted where the caret is, with undo.
  function deliver(ctx, text, html) {
    restore(ctx);
    const data = new DataTransfer();
    data.setData('text/plain', text);
    if (html) {
      data.setData('text/html', html);
    }
    let event;
    if (ctx.kind === 'drop') {
      event = new DragEvent('drop', {
        dataTransfer: data, bubbles: true, cancelable: true, composed: true,
        clientX: ctx.x, clientY: ctx.y,
      });
    } else {
      event = new ClipboardEvent('paste', {
        clipboardData: data, bubbles: true, cancelable: true, composed: true,
      });
      if (event.clipboardData === null || event.clipboardData.getData('text/plain') !== text) {
        // Firefox takes no clipboardData here, only its own dataType and data
        event = new ClipboardEvent('paste', {
          dataType: 'text/plain', data: text, bubbles: true, cancelable: true, composed: true,
        });
      }
    }
    const taken = !ctx.target.dispatchEvent(event);
    if (!taken) {
      insert(ctx.target, text);
    }
  }

  // Chromium's insertText command takes about a millisecond for each line
  // break (a 10 KB text of 150 lines, 150 ms; a 1 MB one hangs the page), so
  // only a short text goes in that way, with the browser's undo; a longer
  // one is put in directly, as a paste would leave it, and the page told
  // with an input event.  Ctrl+Z does not take such a paste back.
  const UNDOABLE_LINES = 3;
  const UNDOABLE_LENGTH = 20000;

  function undoable(text) {
    if (text.length > UNDOABLE_LENGTH) {
      return false;
    }
    let breaks = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      if (++breaks >= UNDOABLE_LINES) {
        return false;
      }
    }
    return true;
  }

  function insert(target, text) {
    if (undoable(text) && document.execCommand('insertText', false, text)) {
      return;
    }
    if (isTextField(target)) {
      const start = target.selectionStart ?? target.value.length;
      target.setRangeText(text, start, target.selectionEnd ?? start, 'end');
    } else {
      const sel = document.getSelection();
      if (sel === null || sel.rangeCount === 0) {
        return;
      }
      const range = sel.getRangeAt(0);
      range.deleteContents();
      // the lines as text nodes with line breaks between them
      const lines = text.split(/\r\n|\r|\n/);
      const fragment = document.createDocumentFragment();
      lines.forEach((line, i) => {
        if (i > 0) {
          fragment.appendChild(document.createElement('br'));
        }
        if (line !== '') {
          fragment.appendChild(document.createTextNode(line));
        }
      });
      const last = fragment.lastChild;
      range.insertNode(fragment);
      if (last !== null) {
        range.setStartAfter(last);
        range.collapse(true);
        sel.removeAllRanges();
        sel.addRange(range);
      }
    }
    target.dispatchEvent(new InputEvent('input', {
      bubbles: true, inputType: 'insertFromPaste', data: isTextField(target) ? text : null,
    }));
  }

  // ---- the words --------------------------------------------------------------

  function joinList(items) {
    if (items.length <= 1) {
      return items.join('');
    }
    return items.slice(0, -1).join(', ') + t('listAnd') + items[items.length - 1];
  }

  // "a BSN (*******82) and an address in Utrecht"
  function describe(result) {
    const c = result.counts;
    const preview = result.preview ?? [];
    const shown = (type) => preview.filter((p) => p.type === type);
    const parts = [];
    const withValues = (what, values, total) => {
      if (values.length === 0) {
        return what;
      }
      const list = values.join(', ') + (total > values.length ? ', ' + t('listMore') : '');
      return t('whatShown', what, list);
    };
    if (c.bsn > 0) {
      parts.push(withValues(c.bsn === 1 ? t('whatBsnOne') : t('whatBsnMany', c.bsn),
        shown('bsn').map((p) => p.text), c.bsn));
    }
    if (c.iban > 0) {
      parts.push(withValues(c.iban === 1 ? t('whatIbanOne') : t('whatIbanMany', c.iban),
        shown('iban').map((p) => p.text), c.iban));
    }
    if (c.address > 0) {
      const place = shown('address').find((p) => p.place)?.place;
      if (c.address === 1) {
        parts.push(place ? t('whatAddressIn', place) : t('whatAddressOne'));
      } else {
        parts.push(t('whatAddressMany', c.address));
      }
    }
    if (c.confidential > 0) {
      parts.push(t('whatConfidential'));
    }
    if (c.rule > 0) {
      for (const label of result.rules ?? []) {
        const values = shown('rule').filter((p) => p.label === label).map((p) => p.text);
        parts.push(withValues(values.length <= 1 && c.rule === 1 ? t('whatRuleOne', label)
          : t('whatRuleMany', Math.max(values.length, 1), label), values, values.length));
      }
    }
    return joinList(parts);
  }

  // The text with every finding replaced; everything else as it was.
  function masked(text, findings) {
    const out = [];
    let at = 0;
    for (const [start, end, replacement] of findings) {
      if (start < at || end > text.length || end <= start) {
        continue;
      }
      out.push(text.slice(at, start), replacement ?? '*'.repeat(end - start));
      at = end;
    }
    out.push(text.slice(at));
    return out.join('');
  }

  // ---- a paste -----------------------------------------------------------------

  function tell(id, outcome) {
    chrome.runtime.sendMessage({ type: 'outcome', id, outcome }).catch(() => {});
  }

  async function guard(ctx, text, html) {
    let result;
    try {
      // a lone surrogate would shift the host's offsets: made whole first
      const whole = typeof text.toWellFormed === 'function' ? text.toWellFormed() : text;
      result = await chrome.runtime.sendMessage({ type: 'check', text: whole.replaceAll('\0', '\uFFFD') });
    } catch (e) {
      result = { unavailable: true };
    }
    if (result === undefined || result === null) {
      result = { unavailable: true };
    }
    mark(ctx, 'answered');
    if (result.tooLarge) {
      const block = result.action === 'block';
      const choice = await clipguardDialog.show({
        title: t('tooLargeTitle'),
        lines: [{ text: t('tooLargeBody', Math.floor(result.limit / 1048576)) }],
        buttons: [{ key: 'as-is', label: t('buttonPasteAsIs') }, { key: 'cancel', label: t('buttonCancel') }]
          .filter((b) => !block || b.key !== 'as-is'),
        defaultKey: 'cancel',
        cancelKey: 'cancel',
      });
      if (choice === 'as-is') {
        deliver(ctx, text, html);
      }
      return;
    }
    if (!Array.isArray(result.findings) || result.findings.length === 0) {
      deliver(ctx, text, html); // nothing found (or not guarded, paused, no host): as it was
      mark(ctx, 'decided');
      return;
    }
    const what = describe(result);
    const maskedText = masked(text, result.findings);
    if (result.action === 'mask') {
      deliver(ctx, maskedText, null);
      clipguardDialog.notice(t('toastMasked', what), 8);
      tell(result.id, 'paste-auto-masked');
      return;
    }
    const buttons = [{ key: 'masked', label: t('buttonPasteMasked') }];
    // business figures are no personal data: said so when they are all there is
    const c = result.counts ?? {};
    const figures = (c.confidential ?? 0) > 0;
    const figuresOnly = figures && !(c.bsn > 0 || c.iban > 0 || c.address > 0 || c.rule > 0);
    const lines = [{ text: t(figures ? 'dialogHoldsAny' : 'dialogHolds', what), kind: 'holds' },
      { text: t('dialogAdvice') }];
    if (result.action === 'block') {
      lines.push({ text: t('dialogBlocked'), kind: 'note' });
    } else {
      buttons.push({ key: 'as-is', label: t('buttonPasteAsIs') });
    }
    buttons.push({ key: 'cancel', label: t('buttonCancel') });
    const shown = clipguardDialog.show({
      title: t(figuresOnly ? 'dialogTitleConfidential' : 'dialogTitle'), lines, buttons,
      defaultKey: 'masked', cancelKey: 'cancel',
    });
    mark(ctx, 'decided');
    const choice = await shown;
    if (choice === 'masked') {
      deliver(ctx, maskedText, null);
      tell(result.id, 'pasted-masked');
    } else if (choice === 'as-is' && result.action !== 'block') {
      deliver(ctx, text, html);
      tell(result.id, 'pasted-as-is');
    } else {
      tell(result.id, 'paste-cancelled');
      restore(ctx);
    }
  }

  // Taken at the window, before the page's own listeners (this script runs
  // at document_start); the page's are only ever given what the user chose.
  window.addEventListener('paste', (e) => {
    if (!e.isTrusted || e.clipboardData === null) {
      return; // the page's own events, and ours handed on
    }
    const text = e.clipboardData.getData('text/plain');
    const target = editableOf(e.target);
    if (!text || target === null) {
      return; // not text (an image, a file), or nowhere to go
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    const ctx = { kind: 'paste', target, where: whereNow(target), times: { seen: performance.now() } };
    guard(ctx, text, e.clipboardData.getData('text/html'));
  }, true);

  window.addEventListener('dragstart', () => { draggingHere = true; }, true);
  window.addEventListener('dragend', () => { draggingHere = false; }, true);
  window.addEventListener('drop', (e) => {
    if (!e.isTrusted || e.dataTransfer === null || draggingHere) {
      draggingHere = false;
      return;
    }
    const text = e.dataTransfer.getData('text/plain');
    const target = editableOf(e.target);
    if (!text || target === null || e.dataTransfer.files.length > 0) {
      return; // files are not this guard's (see README)
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    const ctx = { kind: 'drop', times: { seen: performance.now() }, target, where: whereAtPoint(target, e.clientX, e.clientY), x: e.clientX, y: e.clientY };
    guard(ctx, text, e.dataTransfer.getData('text/html'));
  }, true);
}
