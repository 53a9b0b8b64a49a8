// SPDX-License-Identifier: GPL-3.0-or-later
// popup.js: the toolbar button's panel: whether this site is guarded, the
// guard's pause, and what the administrator set.
'use strict';

const t = (name, ...subs) => chrome.i18n.getMessage(name, subs.map(String));

function line(text) {
  const p = document.createElement('p');
  p.className = 'detail';
  p.textContent = text;
  document.getElementById('details').append(p);
}

async function main() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ?? '';
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch (e) {
    host = '';
  }
  document.getElementById('site').textContent = host || t('extensionName');
  const answer = await chrome.runtime.sendMessage({ type: 'state', url });
  const state = answer?.state ?? 'error';
  const config = answer?.config ?? null;
  document.getElementById('icon').src = `icons/${state}-48.png`;
  let text;
  if (state === 'error') {
    text = config?.problem === 'no-settings' ? t('stateNoSettings') : t('stateError');
  } else if (state === 'paused') {
    text = config.pausedUntil > 0
      ? t('statePausedUntil', new Date(config.pausedUntil * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }))
      : t('statePaused');
  } else {
    text = state === 'on' ? t('stateOn') : t('stateOff');
  }
  document.getElementById('state').textContent = text;
  if (config !== null && state !== 'error') {
    if (config.scope === 'all-sites') {
      line(t('stateAllSites'));
    }
    if (config.action === 'mask') {
      line(t('actionMask'));
    } else if (config.action === 'block') {
      line(t('actionBlock'));
    }
    line(config.guard ? t('stateGuard') : t('stateNoGuard'));
  }
}

main();
