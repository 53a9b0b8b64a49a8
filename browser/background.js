// SPDX-License-Identifier: GPL-3.0-or-later
// background.js: the extension's one connection to clipguard's native host
// (the detector core), the registration of the content script for the
// guarded sites only, and the toolbar button's state.  A Chromium service
// worker and a Firefox event page alike: nothing here needs a window.
//
// Content scripts ask "check" with the text of a paste; the host answers in
// parts (a long list of findings does not fit one message from a host), put
// together here.  No message from a web page is accepted: the extension has
// no externally_connectable and listens only to its own content scripts.
'use strict';

const HOST = 'nl.clipguard.native_host';
const SCRIPT_ID = 'clipguard-paste-guard';
// an answer that takes longer lets the paste through rather than hang the page
const CHECK_TIMEOUT_MS = 10000;
const CONFIG_TIMEOUT_MS = 3000;

let port = null;
let config = null;          // the host's last "config" message
let hostError = false;      // the host could not be started or went away
let nextId = 1;
const pending = new Map();  // id -> { resolve, timer, result }
let configWaiters = [];
let registeredKey = null;   // what the content script is registered for

function connect() {
  if (port !== null) {
    return;
  }
  try {
    port = chrome.runtime.connectNative(HOST);
  } catch (e) {
    port = null;
    hostFailed();
    return;
  }
  port.onMessage.addListener(onHostMessage);
  port.onDisconnect.addListener(() => {
    port = null;
    config = null;
    hostFailed();
  });
  port.postMessage({ type: 'hello', version: 1, language: chrome.i18n.getUILanguage() });
}

function hostFailed() {
  hostError = true;
  for (const [id, p] of pending) {
    clearTimeout(p.timer);
    p.resolve({ unavailable: true });
  }
  pending.clear();
  const waiters = configWaiters;
  configWaiters = [];
  waiters.forEach((w) => w());
  updateAllTabs();
}

function whenConfigured() {
  connect();
  if (config !== null || port === null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, CONFIG_TIMEOUT_MS);
    configWaiters.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function onHostMessage(message) {
  if (message === null || typeof message !== 'object') {
    return;
  }
  if (message.type === 'config') {
    config = message;
    hostError = false;
    const waiters = configWaiters;
    configWaiters = [];
    waiters.forEach((w) => w());
    chrome.storage.session?.set({ config }).catch(() => {});
    registerContentScript();
    updateAllTabs();
    return;
  }
  const p = pending.get(message.id);
  if (p === undefined) {
    return;
  }
  if (message.type === 'error') {
    clearTimeout(p.timer);
    pending.delete(message.id);
    p.resolve({ unavailable: true, error: message.error });
    return;
  }
  if (message.type !== 'result') {
    return;
  }
  if (message.part === 0) {
    p.result = message;
  } else if (p.result !== undefined) {
    // parts after the first only carry more findings
    for (const f of message.findings) {
      p.result.findings.push(f);
    }
  }
  if (message.last) {
    clearTimeout(p.timer);
    pending.delete(message.id);
    p.resolve(p.result ?? { unavailable: true });
  }
}

// ---- sites ------------------------------------------------------------------

function matchPatterns(cfg) {
  if (cfg.scope === 'all-sites') {
    return ['<all_urls>'];
  }
  const patterns = [];
  for (const site of cfg.sites) {
    if (/^[a-z0-9.-]+$/.test(site)) {
      patterns.push(`*://${site}/*`, `*://*.${site}/*`);
    }
  }
  return patterns;
}

function hostGuarded(hostName, cfg) {
  if (cfg === null || typeof hostName !== 'string' || hostName === '') {
    return false;
  }
  if (cfg.scope === 'all-sites') {
    return true;
  }
  const h = hostName.toLowerCase();
  return cfg.sites.some((s) => h === s || h.endsWith('.' + s));
}

function hostOf(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : '';
  } catch (e) {
    return '';
  }
}

// The content script runs on the guarded sites only: registered anew when
// the list changes, and put into the tabs already open there.
async function registerContentScript() {
  const matches = matchPatterns(config);
  const key = JSON.stringify(matches);
  if (key === registeredKey) {
    return;
  }
  registeredKey = key;
  try {
    const known = await chrome.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (known.length > 0) {
      await chrome.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    }
    if (matches.length === 0) {
      return;
    }
    await chrome.scripting.registerContentScripts([{
      id: SCRIPT_ID,
      matches,
      js: ['dialog.js', 'content.js'],
      runAt: 'document_start',
      allFrames: true,
      persistAcrossSessions: false,
    }]);
  } catch (e) {
    registeredKey = null;
    console.error('clipguard: cannot register the content script:', e);
    return;
  }
  const tabs = await chrome.tabs.query({});
  for (const tab of tabs) {
    if (tab.id !== undefined && hostGuarded(hostOf(tab.url ?? ''), config)) {
      chrome.scripting.executeScript({
        target: { tabId: tab.id, allFrames: true },
        files: ['dialog.js', 'content.js'],
      }).catch(() => {});
    }
  }
}

// ---- the toolbar button -----------------------------------------------------

function stateOf(url) {
  if (hostError || (config !== null && config.problem)) {
    return 'error';
  }
  if (config === null) {
    return 'off';
  }
  if (config.paused) {
    return 'paused';
  }
  return hostGuarded(hostOf(url), config) ? 'on' : 'off';
}

const TITLES = { on: 'titleOn', off: 'titleOff', paused: 'titlePaused', error: 'titleError' };

function showState(tabId, url) {
  const state = stateOf(url);
  const path = {};
  for (const size of [16, 32, 48]) {
    path[size] = `icons/${state}-${size}.png`;
  }
  chrome.action.setIcon({ tabId, path }).catch(() => {});
  chrome.action.setTitle({ tabId, title: chrome.i18n.getMessage(TITLES[state]) }).catch(() => {});
}

async function updateAllTabs() {
  const tabs = await chrome.tabs.query({});
  for (const tab of tabs) {
    if (tab.id !== undefined) {
      showState(tab.id, tab.url ?? '');
    }
  }
}

chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url !== undefined || change.status === 'loading') {
    showState(tabId, tab.url ?? '');
  }
});
chrome.tabs.onActivated.addListener(async ({ tabId }) => {
  try {
    const tab = await chrome.tabs.get(tabId);
    showState(tabId, tab.url ?? '');
  } catch (e) {
    // the tab is gone
  }
});

// ---- the content scripts' and the popup's questions -------------------------

async function check(text, sender) {
  await whenConfigured();
  if (port === null || config === null) {
    return { unavailable: true };
  }
  if (config.paused) {
    return { paused: true };
  }
  // the frame's site, or the tab's when the frame is embedded in a guarded one
  let site = hostOf(sender.url ?? '');
  if (!hostGuarded(site, config)) {
    site = hostOf(sender.tab?.url ?? '');
  }
  if (!hostGuarded(site, config)) {
    return { guarded: false };
  }
  if (text.length > config.limit) {
    return { tooLarge: true, limit: config.limit, action: config.action };
  }
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      resolve({ unavailable: true });
    }, CHECK_TIMEOUT_MS);
    pending.set(id, { resolve, timer, result: undefined });
    port.postMessage({ type: 'check', id, site, text });
  }).then((result) => Object.assign(result, { id, site }));
}

const OUTCOMES = new Set(['pasted-masked', 'pasted-as-is', 'paste-cancelled', 'paste-auto-masked']);

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // only this extension's own pages and content scripts
  if (sender.id !== chrome.runtime.id || message === null || typeof message !== 'object') {
    return false;
  }
  if (message.type === 'check' && typeof message.text === 'string') {
    check(message.text, sender).then(sendResponse, () => sendResponse({ unavailable: true }));
    return true;
  }
  if (message.type === 'outcome' && Number.isSafeInteger(message.id) && OUTCOMES.has(message.outcome)) {
    if (port !== null) {
      port.postMessage({ type: 'outcome', id: message.id, outcome: message.outcome });
    }
    return false;
  }
  if (message.type === 'state') {
    whenConfigured().then(() => sendResponse({
      state: stateOf(message.url ?? ''),
      config,
      hostError,
    }));
    return true;
  }
  return false;
});

connect();
