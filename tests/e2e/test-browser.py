#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The browser paste guard end to end, in Debian's chromium under Xvfb: the
unpacked extension, the built native host, the running guard (with a mock
notification server), a test page on 127.0.0.1 (put on browser-sites), the
text on the real X clipboard (xclip) and pasted with a real Ctrl+V or a
middle click (xdotool); the page is read back through the DevTools protocol.

usage: test-browser.py CLIPGUARD SCHEMA_DIR NATIVE_HOST SCREENSHOT_DIR"""
import os
import re
import subprocess
import sys
import time
import unittest

import guard
from browser import Chromium, Firefox, PageServer, xdotool
from desktop import start_xvfb, wait_for
from guard import BSN_TEXT, IBAN_TEXT, MASKED_BSN_TEXT, MASKED_IBAN_TEXT

NATIVE_HOST = SCREENSHOTS = None
ADDRESS_TEXT = "Stuur het naar mevrouw J. de Vries, Oudegracht 12, 3511 AB Utrecht.\n"
HARMLESS_TEXT = "Vat deze vergadering samen: 12 punten, 3 besluiten, volgende keer om 14:30.\n"


class BrowserCase(guard.GuardCase):
    LANG = "en-US"
    BROWSER = Chromium

    @classmethod
    def start_session(cls):
        cls.xvfb, display = start_xvfb("1024x768x24")
        os.environ.update(DISPLAY=display)
        return {"DISPLAY": display}

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        subprocess.run(["gsettings", "set", guard.APP_ID, "browser-sites", "['127.0.0.1']"],
                       env=cls.env, check=True)
        cls.server = PageServer()
        cls.browser = cls.BROWSER(NATIVE_HOST, cls.env, cls.tmp, lang=cls.LANG)
        if not wait_for(cls.browser.extension_running, 30):
            raise AssertionError("the extension did not start:\n" + open(cls.browser.log.name).read())
        cls.page = cls.browser.open(cls.server.url())
        # without a window manager, a click in the page gives the window the keyboard
        xdotool(cls.env, "mousemove", 800, 600, "click", 1)

    @classmethod
    def tearDownClass(cls):
        cls.browser.stop()
        cls.server.stop()
        super().tearDownClass()

    def setUp(self):
        super().setUp()
        self.open(self.server.url())

    def open(self, url):
        self.page = self.browser.open(url)
        if "localhost" not in url:
            if not self.browser.wait_guarded():
                self.fail("the content script did not come; the extension knows %s"
                          % self.browser.extension_state())
        # the content script is in (it takes pastes from document_start on)
        self.page.js("document.getElementById('ta').focus()")

    # --- the page -------------------------------------------------------------

    def value(self, element):
        if element in ("ta", "in"):
            return self.page.js("document.getElementById('%s').value" % element)
        # an editor's text as it shows, without the line breaks it ends in
        return self.page.js("document.getElementById('%s').innerText.trim()" % element)

    def seen(self):
        return self.page.js("window.seen")

    def paste(self, element, text, how="ctrl+v"):
        if how == "middle":
            subprocess.run(["xclip", "-selection", "primary", "-i"], input=text.encode(),
                           env=self.env, check=True, timeout=30)
        else:
            self.copy(text)
        self.page.js("document.getElementById('%s').focus()" % element)
        if how == "middle":
            box = self.page.js("JSON.stringify(document.getElementById('%s').getBoundingClientRect())"
                               % element)
            import json
            r = json.loads(box)
            offset = self.page.js("window.outerHeight - window.innerHeight")
            xdotool(self.env, "mousemove", int(r["left"] + 30), int(r["top"] + offset + 20),
                    "click", 2)
        else:
            xdotool(self.env, "key", how)

    def paste_text(self):
        """What the X clipboard holds (xclip -o)."""
        return guard.GuardCase.paste(self)

    def dialog(self, timeout=10):
        """The texts of the extension's dialog, once it shows."""
        texts = wait_for(lambda: [t for t in self.page.shadow_texts() if t.strip()], timeout)
        self.assertTrue(texts, "no dialog; the page holds %r and saw %r" % (
            self.value("ta"), self.seen()))
        return texts

    def no_dialog(self):
        return not [t for t in self.page.shadow_texts() if t.strip()]

    def wait_value(self, element, expected, timeout=10):
        wait_for(lambda: self.value(element) == expected, timeout)
        self.assertEqual(self.value(element), expected)

    def warning_entry(self):
        """The history id of the copy whose warning waits for an answer."""
        found = wait_for(lambda: self.bus.call_blocking(
            guard.APP_ID, guard.APP_PATH, "org.gtk.Actions", "Describe", "s", ["warning-entry"])[2][0], 10)
        self.assertTrue(found, "no warning waits")
        return int(found)

    def screenshot(self, name):
        os.makedirs(SCREENSHOTS, exist_ok=True)
        subprocess.run(["import", "-window", "root", os.path.join(SCREENSHOTS, name)], env=self.env,
                       check=True, timeout=30)

    def history_of(self, outcome):
        """The newest history entry with @outcome, once it is on disk."""
        found = wait_for(lambda: [e for e in self.history() if e["outcome"] == outcome], 10)
        self.assertTrue(found, "no %s entry in %s" % (outcome, self.history()))
        return found[-1]


class ChromiumTest(BrowserCase):
    def test_bsn_pasted_masked_with_enter(self):
        self.paste("ta", BSN_TEXT)
        texts = self.dialog()
        self.assertIn("Paste masked", texts)
        self.assertIn("Paste as is", texts)
        self.assertTrue(any("a BSN (*******82)" in t for t in texts), texts)
        self.screenshot("browser-dialog.png")
        self.assertEqual(self.value("ta"), "")  # held while the dialog is up
        # the page sees neither the dialog nor what it says, nor its keys
        self.assertFalse(self.page.js("[...document.querySelectorAll('*')].some(e => e.shadowRoot)"))
        self.assertNotIn("82", self.page.js("document.documentElement.innerText"))
        self.page.js("window.keys = []")
        xdotool(self.env, "key", "Return")
        self.wait_value("ta", MASKED_BSN_TEXT)
        self.assertEqual(self.page.js("window.keys"), [])
        # the page never saw the original: only the masked text, handed on
        self.assertEqual([s["text"] for s in self.seen()], [MASKED_BSN_TEXT])
        self.assertFalse(self.seen()[0]["trusted"])
        entry = self.history_of("pasted-masked")
        self.assertEqual(entry["site"], "127.0.0.1")
        self.assertEqual(entry["bsn"], 1)
        with open(self.history_path()) as f:
            self.assertNotIn("123456782", f.read())

    def test_escape_pastes_nothing(self):
        self.paste("in", IBAN_TEXT)
        self.assertTrue(any("an IBAN" in t for t in self.dialog()))
        xdotool(self.env, "key", "Escape")
        wait_for(self.no_dialog, 5)
        self.assertTrue(self.no_dialog())
        time.sleep(0.3)
        self.assertEqual(self.value("in"), "")
        self.assertEqual(self.seen(), [])
        self.assertEqual(self.history_of("paste-cancelled")["iban"], 1)

    def test_as_is_into_an_editor_and_not_asked_again(self):
        self.paste("ed", ADDRESS_TEXT)
        self.dialog()
        xdotool(self.env, "key", "Tab")  # from Paste masked to Paste as is
        xdotool(self.env, "key", "Return")
        self.wait_value("ed", ADDRESS_TEXT.strip())
        self.assertEqual(self.history_of("pasted-as-is")["site"], "127.0.0.1")
        # the same value on this site this session: no question
        self.page.js("document.getElementById('ed').textContent = ''")
        self.paste("ed", ADDRESS_TEXT)
        self.wait_value("ed", ADDRESS_TEXT.strip())
        self.assertTrue(self.no_dialog())

    def test_editor_that_handles_pastes_gets_the_masked_text(self):
        self.paste("rich", IBAN_TEXT)
        self.dialog()
        xdotool(self.env, "key", "Return")
        self.wait_value("rich", MASKED_IBAN_TEXT.strip())

    def test_drop_of_text(self):
        # a drop from another program: DevTools makes it a trusted one
        box = self.page.js("(() => { const r = document.getElementById('ta').getBoundingClientRect();"
                           " return [r.left + 40, r.top + 30]; })()")
        data = {"items": [{"mimeType": "text/plain", "data": BSN_TEXT}], "dragOperationsMask": 1}
        for kind in ("dragEnter", "dragOver", "drop"):
            self.page.call("Input.dispatchDragEvent", type=kind, x=box[0], y=box[1], data=data)
        self.dialog()
        xdotool(self.env, "key", "Return")
        self.wait_value("ta", MASKED_BSN_TEXT)
        self.assertEqual([s["text"] for s in self.seen()], [MASKED_BSN_TEXT])

    def test_always_allowed_values_are_not_asked(self):
        text = "Ter controle: BSN 100000009.\n"
        self.copy(text)  # the guard warns at the copy: allow it always from its history row
        entry = wait_for(lambda: [e for e in self.history() if e["outcome"] == "unanswered"], 10)
        self.assertTrue(entry)
        self.action("allow-entry", "uint64 %d" % self.warning_entry())
        time.sleep(0.5)
        self.paste("ta", text)
        self.wait_value("ta", text)
        self.assertTrue(self.no_dialog())

    def test_the_page_cannot_fake_a_paste(self):
        # a page's own paste event is the page's business: never checked, never held
        self.page.js("""(() => { const d = new DataTransfer(); d.setData('text/plain', 'BSN 123456782');
            document.getElementById('ta').dispatchEvent(new ClipboardEvent('paste',
              { clipboardData: d, bubbles: true, cancelable: true })); })()""")
        time.sleep(0.5)
        self.assertTrue(self.no_dialog())

    def test_middle_click(self):
        self.paste("ta", BSN_TEXT, how="middle")
        self.dialog()
        xdotool(self.env, "key", "Return")
        self.wait_value("ta", MASKED_BSN_TEXT)

    def test_harmless_goes_through_unchanged(self):
        self.paste("ta", HARMLESS_TEXT)
        self.wait_value("ta", HARMLESS_TEXT)
        self.assertTrue(self.no_dialog())

    def test_short_harmless_paste_can_be_undone(self):
        self.paste("ta", HARMLESS_TEXT)
        self.wait_value("ta", HARMLESS_TEXT)
        xdotool(self.env, "key", "ctrl+z")
        self.wait_value("ta", "")

    def test_long_harmless_text_goes_through_whole(self):
        # 20,000 lines (900 KB): the browser's insertText command would hang the page
        text = "".join("Regel %d van het verslag: niets bijzonders.\n" % i for i in range(20000))
        for element in ("ta", "ed"):
            self.page.js("window.inputs = 0; document.getElementById('%s')"
                         ".addEventListener('input', () => window.inputs++)" % element)
            self.copy(text)
            # xclip serves one large transfer at a time: the guard's read of
            # this copy first, then the browser's
            wait_for(lambda: self.paste_text() == text, 30)
            self.assertEqual(self.paste_text(), text)
            self.page.js("document.getElementById('%s').focus()" % element)
            xdotool(self.env, "key", "ctrl+v")
            self.wait_value(element, text if element == "ta" else text.rstrip("\n"), 30)
            self.assertTrue(self.no_dialog())
            self.assertGreaterEqual(self.page.js("window.inputs"), 1, "the page was not told")

    def test_site_not_on_the_list_untouched(self):
        self.open(self.server.url("localhost"))
        self.paste("ta", BSN_TEXT)
        self.wait_value("ta", BSN_TEXT)
        self.assertTrue(self.no_dialog())
        # the browser's own paste, not one handed on by the extension
        self.assertEqual(self.seen(), [{"type": "paste", "trusted": True, "text": BSN_TEXT}])

    def test_block_offers_no_paste_as_is(self):
        self.set_setting("browser-action", "block")
        time.sleep(0.5)
        self.paste("ta", BSN_TEXT)
        texts = self.dialog()
        self.assertIn("Paste masked", texts)
        self.assertNotIn("Paste as is", texts)
        self.assertTrue(any("does not allow" in t for t in texts))
        xdotool(self.env, "key", "Tab")
        xdotool(self.env, "key", "Return")  # Cancel, the only other button
        wait_for(self.no_dialog, 5)
        self.assertEqual(self.value("ta"), "")

    def test_mask_action_pastes_masked_and_says_so(self):
        self.set_setting("browser-action", "mask")
        time.sleep(0.5)
        self.paste("ta", BSN_TEXT)
        self.wait_value("ta", MASKED_BSN_TEXT)
        self.assertTrue(any("pasted this masked" in t for t in self.dialog()))
        self.assertEqual(self.history_of("paste-auto-masked")["site"], "127.0.0.1")

    def test_paused_guard_pauses_the_extension(self):
        self.action("pause-for", "5")
        time.sleep(1)
        self.paste("ta", BSN_TEXT)
        self.wait_value("ta", BSN_TEXT)
        self.assertTrue(self.no_dialog())
        self.action("resume")

    def test_paste_masked_placeholders_restore_from_the_answer(self):
        """Paste masked uses the session's placeholders: the one a copy's
        Mask gave that BSN, and a new value the next number; the chatbot's
        answer copied back restores both."""
        self.set_setting("mask-style", "placeholder")
        shown = len(self.notifications())
        self.copy(BSN_TEXT)
        self.wait_notification(shown + 1)
        self.answer("mask")
        masked = wait_for(lambda: (lambda t: t if "[BSN-" in t else None)(self.paste_text()))
        self.assertTrue(masked, self.paste_text())
        bsn = re.search(r"\[BSN-\d+\]", masked).group(0)
        self.set_setting("warn-at", "paste")
        time.sleep(0.5)
        self.paste("ta", "BSN 123456782, rekening NL91ABNA0417164300.\n")
        self.dialog()
        xdotool(self.env, "key", "Return")
        pasted = wait_for(lambda: (lambda t: t if "[IBAN-" in t else None)(self.value("ta")))
        self.assertTrue(pasted, self.value("ta"))
        iban = re.search(r"\[IBAN-\d+\]", pasted).group(0)
        self.assertEqual(pasted, "BSN %s, rekening %s.\n" % (bsn, iban))
        shown = len(self.notifications())
        self.copy("Uw BSN **%s** en rekening %s zijn verwerkt.\n" % (bsn.lower(), iban))
        args = self.wait_notification(shown + 1)
        self.assertEqual(args[3], "Placeholders copied")
        self.answer("restore")
        want = "Uw BSN **123456782** en rekening NL91ABNA0417164300 zijn verwerkt.\n"
        self.assertTrue(wait_for(lambda: self.paste_text() == want), self.paste_text())

    def test_confidential_figures_pasted_masked(self):
        """A profit-and-loss sheet: the dialog names it in words, never a
        figure; Paste masked puts its amounts out of sight, labels kept; the
        history and the audit count the block."""
        statement = ("Winst-en-verliesrekening 2024 (x \u20ac 1.000)\n\t2024\t2023\n"
                     "Netto-omzet\t18.412\t16.977\nBrutomarge\t7.207\t6.589\n"
                     "Personeelskosten\t-3.940\t-3.611\nBedrijfsresultaat\t1.468\t1.308\n"
                     "Resultaat na belastingen\t1.006\t877\n")
        self.paste("ta", statement)
        texts = self.dialog()
        self.assertIn("Confidential figures in what you paste", texts)
        self.assertIn("This text holds confidential business figures.", texts)
        self.assertFalse(any("18.412" in t or "Netto-omzet" in t for t in texts), texts)
        self.screenshot("browser-dialog-confidential.png")
        xdotool(self.env, "key", "Return")
        pasted = wait_for(lambda: (lambda v: v if v else None)(self.value("ta")))
        self.assertTrue(pasted, "nothing pasted")
        self.assertIn("Netto-omzet", pasted)
        for figure in ("18.412", "16.977", "7.207", "1.006"):
            self.assertNotIn(figure, pasted)
        self.assertNotIn("18.412", str(self.seen()))
        entry = self.history_of("pasted-masked")
        self.assertEqual(entry.get("confidential"), 1, entry)

    def test_warn_at_paste_keeps_the_desktop_quiet(self):
        self.set_setting("warn-at", "paste")
        self.copy(BSN_TEXT)
        self.assertTrue(self.quiet_for(1.5), self.notifications())
        self.paste("ta", BSN_TEXT)
        self.dialog()
        xdotool(self.env, "key", "Return")
        self.wait_value("ta", MASKED_BSN_TEXT)


class ChromiumDutchTest(BrowserCase):
    """The dialog in the browser's language: Dutch."""
    LANG = "nl"

    def test_dialog_in_dutch(self):
        self.set_setting("preview-place", "true")
        self.paste("ta", "Mijn BSN is 123456782 en ik woon op Oudegracht 12, 3511 AB Utrecht.\n")
        texts = self.dialog()
        self.assertIn("Afgeschermd plakken", texts)
        self.assertIn("Plakken zoals het is", texts)
        self.assertIn("Annuleren", texts)
        self.assertTrue(any("een BSN (*******82) en een adres in Utrecht" in t for t in texts), texts)
        self.screenshot("browser-dialog-nl.png")
        xdotool(self.env, "key", "Return")
        self.wait_value("ta", "Mijn BSN is *******82 en ik woon op ********** **, **** ** *******.\n")


class FirefoxTest(BrowserCase):
    """Debian's firefox-esr: the same extension and host."""
    BROWSER = Firefox

    def held(self, element):
        """The paste is held (the dialog is up: Firefox's remote protocol
        cannot look into it, the screenshot shows it)."""
        time.sleep(1.5)
        self.assertEqual(self.value(element), "")

    def test_bsn_pasted_masked_with_enter(self):
        self.paste("ta", BSN_TEXT)
        self.held("ta")
        self.screenshot("browser-dialog-firefox.png")
        xdotool(self.env, "key", "Return")
        self.wait_value("ta", MASKED_BSN_TEXT)
        self.assertEqual([s["text"] for s in self.seen()], [MASKED_BSN_TEXT])
        self.assertEqual(self.history_of("pasted-masked")["site"], "127.0.0.1")

    def test_editor_that_handles_pastes_gets_the_masked_text(self):
        self.paste("rich", IBAN_TEXT)
        self.held("rich")
        xdotool(self.env, "key", "Return")
        self.wait_value("rich", MASKED_IBAN_TEXT.strip())

    def test_escape_and_harmless(self):
        self.paste("in", IBAN_TEXT)
        self.held("in")
        xdotool(self.env, "key", "Escape")
        time.sleep(0.5)
        self.assertEqual(self.value("in"), "")
        self.paste("ta", HARMLESS_TEXT)
        self.wait_value("ta", HARMLESS_TEXT)

    def test_long_harmless_text_goes_through_whole(self):
        text = "".join("Regel %d van het verslag: niets bijzonders.\n" % i for i in range(20000))
        self.paste("ed", text)
        self.wait_value("ed", text.rstrip("\n"), 30)


if __name__ == "__main__":
    guard.GuardCase.CLIPGUARD, guard.GuardCase.SCHEMA_DIR, NATIVE_HOST, SCREENSHOTS = sys.argv[1:5]
    unittest.main(argv=sys.argv[:1] + sys.argv[5:], verbosity=2)
