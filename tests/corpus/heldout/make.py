#!/usr/bin/python3
"""Build the held-out Dutch personal-data sample in this folder.

Each document is a function that returns the pasted text as a template with
inline markers:

    ⟦bsn:…⟧   ⟦iban:…⟧   ⟦address:…⟧     finding, tier core
    ⟦bsn!:…⟧  ⟦iban!:…⟧  ⟦address!:…⟧    finding, tier hard
    ⟦none:…⟧                             hard negative (11-check-valid order,
                                         customer, request or example number,
                                         or an IBAN with a typo); never a finding

Running it writes docs/NNNN.txt, labels.jsonl and manifest.jsonl and then checks
its own output (label bytes, 11-check, mod 97, nothing 11-check-valid or
IBAN-valid left unlabelled).  Standard library only; fixed seed.

usage: /usr/bin/python3 make.py [-v]
"""
import datetime
import json
import os
import random
import re
import shutil
import sys

SEED = 40417
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("CG_GAZETTEER", "/work/shared/data/nl")

# ------------------------------------------------------------------ checks


def elf_ok(digits):
    """BSN 11-check; 8 digits are read as a BSN whose leading zero was dropped."""
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1)))
    return total % 11 == 0


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "PL": 28, "FR": 27, "LU": 20, "ES": 24}


def iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_valid(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    return int(iban_numeric(s[4:] + s[:4])) % 97 == 1


def iban_check_digits(cc, bban):
    return 98 - int(iban_numeric(bban + cc + "00")) % 97


def compact(s):
    """A value as a machine would read it: without spaces, NBSP, HTML/TeX spacing."""
    for junk in ("&nbsp;", "&#160;", "&#xA0;", "\\,", "~", "\u00a0", "\u202f"):
        s = s.replace(junk, "")
    return re.sub(r"[\s.\-]", "", s)


# ------------------------------------------------------------------ people

WOMEN = ["Sietske", "Wietske", "Jildou", "Anneke", "Dewi", "Priya", "Agnieszka", "Marta",
         "Ayşe", "Hatice", "Khadija", "Shanti", "Gerdien", "Aaltje", "Hendrika", "Riet",
         "Truus", "Zoë", "Tess", "Saar", "Lynn", "Emma", "Nina", "Yara", "Elif", "Malika",
         "Joyce", "Desiree", "Mariska", "Ellen", "Marjolein", "Ingeborg", "Tineke", "Renate",
         "Willemijn", "Roos", "Floor", "Demi", "Kimberley", "Patricia", "Loes", "Hilde"]
MEN = ["Hylke", "Sjoerd", "Gosse", "Kofi", "Tomasz", "Piotr", "Dragan", "Mehmet",
       "Abdelkader", "Soufiane", "Ilias", "Rachid", "Romano", "Jurgen", "Cor", "Theo", "Ad",
       "Diederik", "Floris", "Olivier", "Mees", "Luuk", "Jesse", "Milan", "Gijs", "Teun",
       "Harm", "Evert", "Marcel", "Rob", "Patrick", "Ferdi", "Lucas", "Ahmet", "Vincent",
       "Maarten", "Wim", "Barend", "Reinier", "Stijn", "Jelle", "Hamza"]
SURNAMES = ["Zijlstra", "Hofstra", "de Ruiter", "Verbeek", "Kuijpers", "Verhoeven", "van Wijk",
            "Scholten", "Gerritsen", "Lammers", "Sanders", "Evers", "Hermans", "van Vliet",
            "Koning", "Maas", "Bosman", "Schipper", "van Dam", "van Doorn", "Wouters",
            "Heijnen", "Aarts", "Claassen", "Kaya", "Demir", "Şahin", "Çelik", "Aydın",
            "El Idrissi", "Benali", "Ait Taleb", "Ramdin", "Sewnath", "Kowalski", "Nowak",
            "Lewandowski", "Tran", "Pham", "van 't Hof", "ter Horst", "ten Brink",
            "op de Beek", "van der Zwaag", "Haverkamp", "Nijenhuis", "Wessels",
            "Oude Nijhuis", "Brinkman", "Jonker", "Kingma", "Wijnja", "Bergsma", "Terpstra",
            "Mensink", "Rijnders", "Hoogendoorn", "van Rijn", "Vermeer", "Groenewegen",
            "Baars", "Stam", "Ouwehand", "Kloosterman", "Mohan", "Asante", "Mendes",
            "Da Silva", "Pranoto", "Veenstra", "Hendriksen", "van Essen", "Roelofs"]


SECOND_F = ["Maria", "Johanna", "Petronella", "Wilhelmina", "Anna", "Catharina", "Geertruida",
            "Elisabeth", "Hendrika", "Cornelia"]
SECOND_M = ["Johannes", "Hendrik", "Cornelis", "Jacobus", "Willem", "Theodorus", "Gerardus",
            "Antonius", "Pieter", "Jan"]


class Person:
    def __init__(self, first, surname, gender, birth, second=""):
        self.first, self.surname, self.gender, self.birth = first, surname, gender, birth
        self.second = second
        self.initials = first[0] + "." + (second[0] + "." if second else "")

    @property
    def name(self):
        return f"{self.first} {self.surname}"

    @property
    def ini(self):
        return f"{self.initials} {self.surname}"

    @property
    def Surname(self):
        return self.surname[0].upper() + self.surname[1:]

    @property
    def core(self):
        return " ".join(p for p in self.surname.split() if not p.islower() and p != "'t")

    @property
    def tv(self):
        return " ".join(p for p in self.surname.split() if p.islower() or p == "'t")

    @property
    def sir(self):
        return "mevrouw" if self.gender == "v" else "de heer"

    @property
    def hr(self):
        return "Mevr." if self.gender == "v" else "Dhr."

    @property
    def ms(self):
        return "Ms" if self.gender == "v" else "Mr"

    @property
    def bday(self):
        return self.birth.strftime("%d-%m-%Y")

    @property
    def iso(self):
        return self.birth.isoformat()

    @property
    def login(self):
        return (self.first[0] + self.core.replace(" ", "")).lower()

    @property
    def mail(self):
        base = (self.first + "." + self.surname.replace(" ", "").replace("'", "")).lower()
        return base.translate(str.maketrans("şçıöüéëń", "sciouees"))


class Addr:
    def __init__(self, street, nr, add, pc, place):
        self.street, self.nr, self.add, self.pc, self.place = street, nr, add, pc, place

    @property
    def hn(self):
        return f"{self.nr}{self.add}"

    @property
    def toev(self):
        return self.add.strip(" -")

    @property
    def line1(self):
        return f"{self.street} {self.hn}"

    @property
    def line2(self):
        return f"{self.pc} {self.place}"

    @property
    def pcc(self):
        return self.pc.replace(" ", "")

    @property
    def one(self):
        return f"{self.line1}, {self.line2}"


# postcode ranges (first four digits) of real places, for realism
PLACES = {
    "Amsterdam": (1011, 1109), "Rotterdam": (3011, 3089), "Den Haag": (2491, 2597),
    "Utrecht": (3511, 3585), "Eindhoven": (5611, 5658), "Groningen": (9711, 9747),
    "Tilburg": (5011, 5049), "Almere": (1311, 1365), "Breda": (4811, 4839),
    "Nijmegen": (6511, 6546), "Haarlem": (2011, 2037), "Arnhem": (6811, 6846),
    "Zwolle": (8011, 8047), "Leiden": (2311, 2334), "Maastricht": (6211, 6229),
    "Amersfoort": (3811, 3829), "Apeldoorn": (7311, 7339), "Enschede": (7511, 7548),
    "Delft": (2611, 2629), "Leeuwarden": (8911, 8939), "Deventer": (7411, 7429),
    "Alkmaar": (1811, 1827), "Dordrecht": (3311, 3329), "Gouda": (2801, 2809),
    "Schiedam": (3111, 3125), "Venlo": (5911, 5928), "Heerlen": (6411, 6422),
    "Assen": (9401, 9409), "Middelburg": (4331, 4335), "Helmond": (5701, 5709),
    "Hoorn": (1621, 1628), "Lelystad": (8211, 8245), "Ede": (6711, 6718),
    "Purmerend": (1441, 1448), "Hilversum": (1211, 1223), "Zaandam": (1501, 1509),
    "Heemskerk": (1961, 1969), "Beverwijk": (1941, 1948), "Katwijk": (2221, 2225),
    "Zoetermeer": (2711, 2729), "Capelle aan den IJssel": (2901, 2909),
    "Spijkenisse": (3201, 3209), "Vlaardingen": (3131, 3138), "Bergen op Zoom": (4611, 4625),
    "Roosendaal": (4701, 4709), "Waalwijk": (5141, 5146), "Boxtel": (5281, 5283),
    "Weert": (6001, 6006), "Sittard": (6131, 6137), "Kerkrade": (6461, 6470),
    "Hengelo": (7541, 7559), "Almelo": (7601, 7609), "Oldenzaal": (7571, 7577),
    "Steenwijk": (8331, 8334), "Emmeloord": (8301, 8305), "Dronten": (8251, 8256),
    "Harlingen": (8861, 8862), "Franeker": (8801, 8802), "Stadskanaal": (9501, 9503),
    "Veendam": (9641, 9648), "Winschoten": (9671, 9675), "Delfzijl": (9930, 9936),
    "'s-Hertogenbosch": (5211, 5237), "Oss": (5341, 5351), "Uden": (5401, 5406),
    "Veghel": (5461, 5467), "Goes": (4461, 4465), "Terneuzen": (4531, 4538),
    "Emmen": (7811, 7826), "Hoogeveen": (7901, 7909), "Drachten": (9200, 9206),
    "Heerenveen": (8441, 8448), "Doetinchem": (7001, 7009), "Winterswijk": (7101, 7109),
    "Tiel": (4001, 4007), "Culemborg": (4101, 4107), "Gorinchem": (4201, 4209),
    "Nieuw-Vennep": (2151, 2152), "Krommenie": (1561, 1562), "Hellevoetsluis": (3221, 3227),
    "Ootmarsum": (7631, 7631), "Bolsward": (8701, 8702), "Nunspeet": (8071, 8072),
    "Lochem": (7241, 7245), "Haaksbergen": (7481, 7483), "Zuidlaren": (9471, 9472),
    "Roden": (9301, 9302), "Appingedam": (9901, 9903), "Hardenberg": (7771, 7773),
    "Urk": (8321, 8322), "Enkhuizen": (1601, 1602), "Castricum": (1901, 1902),
    "Bussum": (1401, 1406), "Baarn": (3741, 3744), "Soest": (3761, 3769),
    "Nijkerk": (3861, 3864), "Rhenen": (3911, 3911), "Zaltbommel": (5301, 5302),
    "Oosterhout": (4901, 4909), "Etten-Leur": (4871, 4876), "Vlissingen": (4381, 4389),
    "Maassluis": (3141, 3146), "Naaldwijk": (2671, 2671), "Rijswijk": (2281, 2289),
    "Alphen aan den Rijn": (2401, 2409), "Uithoorn": (1421, 1424), "Aalsmeer": (1431, 1433),
    "Boxmeer": (5831, 5831), "Venray": (5801, 5804), "Geleen": (6161, 6167),
    "Sneek": (8601, 8608), "Kampen": (8261, 8266), "Meppel": (7941, 7944),
    "Zutphen": (7201, 7207), "Woerden": (3441, 3449), "Houten": (3991, 3997),
    "Veenendaal": (3901, 3907), "Wageningen": (6701, 6709), "Barneveld": (3771, 3776),
    "Diemen": (1111, 1113), "Amstelveen": (1181, 1189), "Nieuwegein": (3431, 3439),
    "Zeist": (3701, 3709), "Roermond": (6041, 6046), "Dokkum": (9101, 9104),
    "Joure": (8501, 8502), "Raalte": (8101, 8103), "Wijchen": (6601, 6605),
    "Heemstede": (2101, 2106), "Zevenaar": (6901, 6904), "Oegstgeest": (2341, 2343),
    "Rijssen": (7461, 7463), "Harderwijk": (3841, 3848), "Epe": (8161, 8162),
}
PC_LETTERS = "ABCDEGHJKLMNPRTVWXZ"
NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB", "NNBA"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]

_STREETS = None
_STREETSET = None


def load_streets():
    global _STREETS, _STREETSET
    if _STREETS is None:
        pat = re.compile(r"^(?:[123]e |Eerste |Tweede )?[A-Z][a-zéëï']{2,}"
                         r"(?:[ -](?:van|de|der|den|het|'t|[A-Z][a-zéëï.]+)){0,3}"
                         r"(straat|laan|weg|gracht|kade|plein|singel|dijk|dreef|hof|park|erf"
                         r"|steeg|baan|markt|wal|haven|ring|straatweg|veld)$")
        with open(os.path.join(DATA, "street-exceptions.txt"), encoding="utf-8") as f:
            ex = {l.strip().lower() for l in f}
        with open(os.path.join(DATA, "streets.txt"), encoding="utf-8") as f:
            names = [l.strip() for l in f]
        _STREETSET = {n.lower() for n in names}
        _STREETS = sorted({n for n in names if pat.match(n) and n.lower() not in ex})
    return _STREETS


def S(name):
    """A hand-picked street name: must be in the gazetteer."""
    load_streets()
    if name.lower() not in _STREETSET:
        raise SystemExit(f"street not in gazetteer: {name}")
    return name


def P(name):
    """A hand-picked place name: must be in the gazetteer."""
    if not hasattr(P, "set"):
        with open(os.path.join(DATA, "places.txt"), encoding="utf-8") as f:
            P.set = {l.strip().lower() for l in f}
    if name.lower() not in P.set and name not in ("The Hague",):
        raise SystemExit(f"place not in gazetteer: {name}")
    return name


class Gen:
    def __init__(self, key):
        self.r = random.Random(f"{SEED}/{key}")

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first="123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def bsn(self, lead0=False):
        """A 9-digit number passing the 11-check (with lead0: starting with 0)."""
        while True:
            head = ("0" + self.digits(7)) if lead0 else self.digits(8)
            s = sum(int(d) * w for d, w in zip(head, (9, 8, 7, 6, 5, 4, 3, 2)))
            if s % 11 < 10:
                out = head + str(s % 11)
                assert elf_ok(out)
                return out

    def elf9(self):
        """An order/customer/request number that happens to pass the 11-check."""
        return self.bsn()

    def plain9(self):
        while True:
            n = self.digits(9)
            if not elf_ok(n):
                return n

    def plain(self, n):
        """An n-digit number; for n == 9 one that fails the 11-check."""
        return self.plain9() if n == 9 else self.digits(n)

    def iban(self, bank=None):
        bank = bank or self.pick(NL_BANKS)
        acct = ("000" + self.digits(7)) if bank == "INGB" else self.digits(10, "0123456789")
        out = f"NL{iban_check_digits('NL', bank + acct):02d}{bank}{acct}"
        assert iban_valid(out), out
        return out

    def iban_be(self):
        head = self.digits(10, "0123456789")
        bban = f"{head}{(int(head) % 97) or 97:02d}"
        out = f"BE{iban_check_digits('BE', bban):02d}{bban}"
        assert iban_valid(out)
        return out

    def iban_de(self):
        bban = self.digits(18)
        out = f"DE{iban_check_digits('DE', bban):02d}{bban}"
        assert iban_valid(out)
        return out

    def iban_pl(self):
        bban = self.digits(24)
        out = f"PL{iban_check_digits('PL', bban):02d}{bban}"
        assert iban_valid(out)
        return out

    def bad_iban(self, good):
        """One account digit mistyped: mod 97 catches it."""
        while True:
            i = self.r.randrange(len(good) - 7, len(good))
            if not good[i].isdigit():
                continue
            bad = good[:i] + str((int(good[i]) + self.r.randint(1, 9)) % 10) + good[i + 1:]
            if not iban_valid(bad):
                return bad

    def person(self, gender=None, born=(1958, 2001), surname=None):
        gender = gender or self.pick("mv")
        first = self.pick(WOMEN if gender == "v" else MEN)
        second = self.pick(SECOND_F if gender == "v" else SECOND_M) if self.r.random() < 0.4 else ""
        birth = datetime.date(self.r.randint(*born), self.r.randint(1, 12), self.r.randint(1, 28))
        return Person(first, surname or self.pick(SURNAMES), gender, birth, second)

    def people(self, n, **kw):
        out, seen = [], set()
        while len(out) < n:
            p = self.person(**kw)
            if (p.first, p.surname) in seen:
                continue
            seen.add((p.first, p.surname))
            out.append(p)
        return out

    def pc(self, place=None):
        lo, hi = PLACES.get(place, (1000, 9999))
        while True:
            letters = self.pick(PC_LETTERS) + self.pick(PC_LETTERS)
            if letters not in ("SA", "SD", "SS"):
                return f"{self.r.randint(lo, hi)} {letters}"

    def street(self):
        return self.pick(load_streets())

    def addr(self, place=None, street=None, add=None, nr=None):
        place = place or self.pick(sorted(PLACES))
        if place not in PLACES:
            raise SystemExit(f"no postcode range for {place}")
        if add is None:
            add = "" if self.r.random() < 0.65 else self.pick(
                ["a", "b", "A", "B", "-1", "-2", "-3", " hs", "-II", " bis", "-H", "-4"])
        nr = nr or str(self.pick([self.r.randint(1, 30), self.r.randint(1, 60), self.r.randint(61, 240)]))
        return Addr(street or self.street(), nr, add, self.pc(place), place)

    def mobile(self):
        return "06-" + self.digits(8, "123456789")

    def date(self, y=2025, m0=1, m1=5):
        return datetime.date(y, self.r.randint(m0, m1), self.r.randint(1, 28))

    def money(self, lo, hi):
        return nl_money(self.r.uniform(lo, hi))


def nl_money(x):
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def grp4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def dotted(b):
    return f"{b[:4]}.{b[4:6]}.{b[6:]}"


def nl_date(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


# ------------------------------------------------------------------ registry

DOCS = []


def doc(family):
    def deco(fn):
        DOCS.append((family, fn))
        return fn
    return deco


# Numbers that pass the 11-check but are neither a BSN nor a hard negative worth a
# label (none so far would be listed as (source, text): reason).
EXCLUDE = {}


# ------------------------------------------------------------------ build and check

MARK = re.compile(r"⟦(bsn|iban|address|none)(!?):(.*?)⟧", re.S)
DIGRUN = re.compile(r"(?<![0-9])[0-9](?:[ .\-]?[0-9])*(?![0-9])")
NINE = re.compile(r"(?<![0-9])[0-9]{9}(?![0-9])")
IBANISH = re.compile(r"(?i)(?<![A-Z0-9])[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]){10,32}")
NOTES = []


def render(tpl):
    out, labels, pos = bytearray(), [], 0
    for m in MARK.finditer(tpl):
        out += tpl[pos:m.start()].encode("utf-8")
        start = len(out)
        out += m.group(3).encode("utf-8")
        tier = "hard" if m.group(2) or m.group(1) == "none" else "core"
        labels.append({"type": m.group(1), "start": start, "end": len(out), "tier": tier,
                       "text": m.group(3)})
        pos = m.end()
    out += tpl[pos:].encode("utf-8")
    if "⟦" in out.decode("utf-8") or "⟧" in out.decode("utf-8"):
        raise SystemExit("unbalanced marker")
    return bytes(out), labels


def check(name, source, data, labels):
    errs = []
    text = data.decode("utf-8")
    boff, n = [], 0
    for ch in text:
        boff.append(n)
        n += len(ch.encode("utf-8"))
    boff.append(n)

    def covered(s, e, types):
        return any(l["type"] in types and l["start"] <= boff[s] and boff[e] <= l["end"]
                   for l in labels)

    def excluded(t):
        return (source, t) in EXCLUDE

    for l in labels:
        if data[l["start"]:l["end"]].decode("utf-8") != l["text"]:
            errs.append(f"offsets of {l['text']!r}")
        if l["text"] != l["text"].strip() or not l["text"]:
            errs.append(f"label with outer whitespace: {l['text']!r}")
        dg = re.sub(r"[^0-9]", "", l["text"])
        if l["type"] == "bsn":
            if len(dg) not in (8, 9) or not elf_ok(dg):
                errs.append(f"bsn fails the 11-check: {l['text']!r}")
        elif l["type"] == "iban":
            if not iban_valid(compact(l["text"])):
                errs.append(f"invalid iban: {l['text']!r}")
        elif l["type"] == "none":
            c = compact(l["text"])
            if not (elf_ok(dg) and len(dg) in (8, 9)) and not (
                    re.match(r"[A-Z]{2}[0-9]{2}", c) and not iban_valid(c)):
                errs.append(f"none label neither 11-check-valid nor a mistyped IBAN: {l['text']!r}")
        elif l["type"] == "address":
            if not re.search(r"[0-9]", l["text"]):
                errs.append(f"address without a number: {l['text']!r}")
    for rx in (DIGRUN, NINE):
        for m in rx.finditer(text):
            dg = re.sub(r"[^0-9]", "", m.group())
            if len(dg) == 9 and elf_ok(dg) and not covered(m.start(), m.end(), ("bsn", "none")) \
                    and not excluded(m.group()):
                errs.append(f"unlabelled 11-check-valid number {m.group()!r}")
            if len(dg) == 8 and elf_ok(dg) and not covered(m.start(), m.end(), ("bsn", "none")):
                NOTES.append(f"{name} ({source}): 8-digit number passing the 11-check, unlabelled: {m.group()!r}")
    for m in IBANISH.finditer(text):
        cand = m.group()
        for k in range(len(cand), 14, -1):
            if cand[k - 1] == " ":
                continue
            if iban_valid(cand[:k].replace(" ", "")):
                if not covered(m.start(), m.start() + k, ("iban",)) and not excluded(cand[:k]):
                    errs.append(f"unlabelled IBAN {cand[:k]!r}")
                break
    for l in labels:
        if l["type"] in ("bsn", "iban"):
            i = text.find(l["text"])
            while i >= 0:
                if not covered(i, i + len(l["text"]), (l["type"],)):
                    errs.append(f"second occurrence of {l['text']!r} not labelled")
                i = text.find(l["text"], i + 1)
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if not 5 <= lines <= 80:
        errs.append(f"{lines} lines (want 5-80)")
    return [f"{name} ({source}): {e}" for e in errs]


def main():
    order = list(range(len(DOCS)))
    random.Random(SEED).shuffle(order)
    docs_dir = os.path.join(HERE, "docs")
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    os.makedirs(docs_dir)
    names = [fn.__name__ for _, fn in DOCS]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate document function names")
    all_labels, manifest, errs = [], [], []
    for num, k in enumerate(order):
        family, fn = DOCS[k]
        name = f"{num:04d}.txt"
        data, labels = render(fn(Gen(fn.__name__)))
        with open(os.path.join(docs_dir, name), "wb") as f:
            f.write(data)
        errs += check(name, fn.__name__, data, labels)
        for l in labels:
            all_labels.append({"doc": name, "family": family, "type": l["type"], "start": l["start"],
                               "end": l["end"], "tier": l["tier"], "text": l["text"]})
        positive = any(l["type"] != "none" for l in labels)
        manifest.append({"doc": name, "family": family, "source": fn.__name__,
                         "negative": not positive, "labels": len(labels)})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in all_labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    neg = sum(m["negative"] for m in manifest)
    print(f"{len(manifest)} documents, {neg} negatives ({neg / len(manifest):.0%}), "
          f"{len(all_labels)} labels, {len({m['family'] for m in manifest})} families")
    counts = {}
    for l in all_labels:
        counts[(l["type"], l["tier"])] = counts.get((l["type"], l["tier"]), 0) + 1
    for k in sorted(counts):
        print(f"  {k[0]:8s} {k[1]:5s} {counts[k]}")
    if "-v" in sys.argv:
        for m in manifest:
            print(f"  {m['doc']}  {m['family']:22s} {m['source']:24s} "
                  f"{'neg' if m['negative'] else 'pos'}  {m['labels']}")
        print("\n".join(NOTES))
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)
    print("checks passed")


# ================================================================== documents
# ---------------------------------------------------------------- payroll / HR


@doc("excel_payroll")
def instroom_april(g):
    places = ["Tilburg", "Waalwijk", "Oosterhout", "Breda", "Boxtel", "'s-Hertogenbosch"]
    funcs = ["Orderpicker", "Chauffeur CE", "Planner transport", "Teamleider magazijn",
             "Heftruckchauffeur", "Medewerker retouren"]
    rows = ["Pers.nr\tAchternaam\tVoorl.\tGeb.datum\tBSN\tStraat\tNr\tToev\tPostcode\tWoonplaats\tIBAN\tUren/wk\tFunctie"]
    for i, p in enumerate(g.people(6)):
        a = g.addr(places[i])
        b = g.bsn(lead0=i in (1, 4))
        if i in (1, 4):
            b = b[1:]                      # Excel ate the leading zero
        pc = a.pcc if i % 2 else a.pc
        rows.append(f"{10482 + i * 7}\t{p.Surname}\t{p.initials}\t{p.bday}\t⟦bsn!:{b}⟧\t"
                    f"⟦address!:{a.street}\t{a.nr}\t{a.toev}\t{pc}\t{a.place}⟧\t⟦iban!:{g.iban()}⟧\t"
                    f"{g.pick(['40', '36', '32', '24'])}\t{funcs[i]}")
    table = "\r\n".join(rows) + "\r\n"
    return ("Hoi, hieronder de instroom per 1 april uit ons Excel-bestand. In kolom E zijn bij een paar "
            "mensen de voorloopnullen weggevallen (BSN van 8 cijfers). Hoe krijg ik die terug zonder ze "
            "opnieuw in te typen? En graag een formule die controleert of het IBAN 18 tekens heeft.\r\n\r\n"
            + table)


@doc("csv_payroll")
def agency_import(g):
    hosts = ["Flexhousing Westland", "Short Stay Venlo", "Own arrangement", "Flexhousing Westland"]
    places = ["Naaldwijk", "Venlo", "Rijswijk", "Naaldwijk", "Maassluis"]
    lines = ['"employee_id","first_name","last_name","date_of_birth","bsn","iban","street",'
             '"house_no","house_no_suffix","zip","city","housing"']
    bad = {1: "lower", 3: "short"}
    for i in range(5):
        p = g.person(born=(1975, 2003))
        if i in (0, 2, 3):
            p.first, p.surname = g.pick([("Tomasz", "Lewandowski"), ("Piotr", "Wójcik"),
                                         ("Agnieszka", "Zielińska"), ("Marta", "Kowalska"),
                                         ("Kamil", "Nowak"), ("Oksana", "Melnyk"),
                                         ("Bogdan", "Mazur")])
        a = g.addr(places[i])
        zipc = a.pcc
        if bad.get(i) == "lower":
            zipc = a.pcc.lower()
        elif bad.get(i) == "short":
            zipc = a.pcc[:4]
        ib = g.iban_pl() if i in (0, 3) else g.iban()
        lines.append(f'"{7301 + i * 3}","{p.first}","{p.surname}","{p.iso}","⟦bsn!:{g.bsn()}⟧","⟦iban!:{ib}⟧",'
                     f'"⟦address!:{a.street}","{a.nr}","{a.toev}","{zipc}","{a.place}⟧","{hosts[i % 4]}"')
    return ("The payroll import into Loket fails with 'Ongeldige postcode' on two rows of this file. "
            "Which rows, and can you give me a regex that catches this before upload?\n\n"
            + "\n".join(lines) + "\n")


@doc("fixed_width")
def loonjournaal(g):
    rsin = g.elf9()
    out = [
        "LOONJOURNAAL                                PERIODE 2025-03                   BLAD    1",
        f"WERKGEVER  0412  TRANSPORTBEDRIJF GEBR. KOOLHAAS BV      LH-NR  ⟦none:{dotted(rsin)}⟧.L.01",
        "",
        "PERSNR  NAAM                       SOFINR      DGN   BRUTO       LH        NETTO     REKENING",
        "------  -------------------------  ----------  ---  ----------  --------  --------  ------------------",
    ]
    for i, p in enumerate(g.people(7)):
        br = g.r.uniform(2300, 4600)
        lh = br * g.r.uniform(0.12, 0.2)
        net = br - lh - br * 0.06
        name = f"{p.core.upper()}, {p.initials}" + (f" {p.tv.upper()}" if p.tv else "")
        out.append(f"{117 + i * 9:06d}  {name:<25s}  ⟦bsn!:{g.bsn()}⟧   {g.r.randint(17, 23):>3d}  "
                   f"{nl_money(br):>10s}  {nl_money(lh):>8s}  {nl_money(net):>8s}  ⟦iban!:{g.iban()}⟧")
    out.append("------  -------------------------  ----------  ---  ----------  --------  --------  ------------------")
    out.append("TOTAAL  7 WERKNEMERS")
    return ("Kun je hieruit per medewerker het nettoloon en het rekeningnummer halen als CSV? "
            "Het komt uit ons oude loonpakket en de kolommen lopen niet altijd gelijk.\n\n"
            + "\n".join(out) + "\n")


@doc("letter_municipal")
def kwijtschelding(g):
    p = g.person("v", born=(1950, 1965))
    a = g.addr("Hardenberg")
    b = g.bsn()
    aanslag = g.elf9()
    d = g.date()
    return f"""\
Mijn buurvrouw kreeg deze brief en snapt er niks van. Kun je in gewone woorden uitleggen wat er staat en wat ze nu moet doen?

Gemeente Hardenberg
Afdeling Belastingen
Postbus 500
7770 BA  Hardenberg

{p.hr} {p.ini}
⟦address:{a.line1}
{a.pc}  {a.place.upper()}⟧

Datum          {nl_date(d)}
Ons kenmerk    KW25/{g.digits(5)}
Onderwerp      Besluit op uw verzoek om kwijtschelding
Burgerservicenummer  ⟦bsn:{dotted(b)}⟧

Geachte {p.sir} {p.Surname},

Op {g.r.randint(2, 27)} januari 2025 hebben wij uw verzoek om kwijtschelding ontvangen voor het aanslagbiljet
met nummer ⟦none:{aanslag}⟧ (afvalstoffenheffing en rioolheffing 2025, totaal € {g.money(420, 610)}).

Besluit
Wij wijzen uw verzoek gedeeltelijk toe. U krijgt kwijtschelding voor de afvalstoffenheffing. Voor de
rioolheffing krijgt u geen kwijtschelding, omdat uw betalingscapaciteit hoger is dan nul. Uit de
gegevens die u heeft gestuurd blijkt dat u per maand € {g.money(20, 60)} kunt missen.

Wat betekent dit voor u?
U moet nog € {g.money(90, 180)} betalen. Dit bedrag wordt in vier termijnen van uw rekening afgeschreven als
u een machtiging heeft afgegeven. Heeft u dat niet gedaan, dan ontvangt u een acceptgiro.

Bent u het niet eens met dit besluit?
Dan kunt u binnen zes weken na de datum van deze brief administratief beroep instellen bij de
invorderingsambtenaar. Dat kan digitaal via www.hardenberg.nl/belastingen (met DigiD) of per brief naar
bovenstaand adres. Vermeld daarbij ons kenmerk.

Met vriendelijke groet,

namens de invorderingsambtenaar,

H. Lubbers
teamleider Heffen en Invorderen

Bezoekadres: Stationsplein 3, 7772 RH Hardenberg · telefoon 14 0523
"""


@doc("woz_bill")
def woz_oss(g):
    p1 = g.person("m", born=(1970, 1985))
    p2 = g.person("v", born=(1972, 1988))
    a = g.addr("Oss", add="")
    aanslag = g.elf9()
    woz = g.r.randint(280, 390) * 1000
    wozs = f"{woz:,}".replace(",", ".")
    ozb = woz * 0.000981
    obj = g.digits(12, "0")
    return f"""\
Onze buren hebben precies hetzelfde type hoekwoning en hun WOZ is 289.000. Heeft bezwaar zin? Zo ja, schrijf een kort bezwaarschrift.

Gemeente Oss
Aanslagbiljet gemeentelijke belastingen 2025
en WOZ-beschikking
                                                 Aanslagnummer   ⟦none:{aanslag}⟧
                                                 Dagtekening     28 februari 2025
                                                 Vervaldatum     zie betaalschema
{p1.hr} {p1.ini} en {p2.hr.lower()} {p2.initials} {p2.surname}
⟦address:{a.line1}
{a.pc}  OSS⟧

Omschrijving                      Grondslag         Tarief        Bedrag
OZB eigenaar woning               € {wozs}         0,0981%     € {nl_money(ozb)}
  object: ⟦address!:{a.line1}⟧
Afvalstoffenheffing 2-persoons                                   € 286,00
Rioolheffing eigenaar                                            € 198,40
                                                     Totaal      € {nl_money(ozb + 484.4)}

WOZ-beschikking
Objectnummer          {obj}
Adres object          ⟦address!:{a.line1.upper()} OSS⟧
Vastgestelde waarde   € {wozs}
Waardepeildatum       1 januari 2024
Gebruiksdoel          woning

Betalen
U betaalt in 10 maandelijkse termijnen via automatische incasso, of in één keer vóór 30 april 2025 op
rekening ⟦iban:{grp4(g.iban('BNGH'))}⟧ ten name van Gemeente Oss, onder vermelding van het aanslagnummer.
"""


@doc("brp_extract")
def brp_uittreksel(g):
    p = g.person("v", born=(1984, 1994))
    now = g.addr("Amersfoort")
    old1 = g.addr("Baarn")
    old2 = g.addr("Utrecht", add="-2")
    b = g.bsn()
    return f"""\
Ik moet voor de hypotheekaanvraag een uittreksel BRP aanleveren. Is dit het goede document? En wat betekent "datum aanvang adreshouding"?

UITTREKSEL BASISREGISTRATIE PERSONEN (BRP)
Gemeente Amersfoort                                   Datum uitgifte: 03-04-2025

Persoonsgegevens
  Burgerservicenummer          ⟦bsn:{dotted(b)}⟧
  Geslachtsnaam                {p.Surname}
  Voornamen                    {p.first} {p.second or 'Maria'}
  Geboortedatum                {p.bday}
  Geboorteplaats               Leiden
  Geslacht                     vrouw
  Nationaliteit                Nederlandse

Verblijfplaats
  Straat en huisnummer         ⟦address:{now.line1}⟧
  Postcode en woonplaats       ⟦address!:{now.pc}  {now.place}⟧
  Datum aanvang adreshouding   12-07-2019
  Gemeente van inschrijving    Amersfoort

Adreshistorie
  Van          Tot          Adres
  02-03-2015   12-07-2019   ⟦address!:{old1.line1}, {old1.pc} {old1.place}⟧
  01-09-2011   02-03-2015   ⟦address!:{old2.line1}, {old2.pc} {old2.place}⟧

Dit uittreksel is kosteloos verstrekt via MijnOverheid en bevat een digitale handtekening.
"""


@doc("care_plan")
def zorgplan(g):
    p = g.person("v", born=(1934, 1944))
    d = g.person("v", born=(1962, 1972))
    a = g.addr("Zutphen")
    ad = g.addr("Lochem")
    b = g.bsn()
    return f"""\
Zorgplan wijkverpleging                                 Versie 3 — geëvalueerd 11-03-2025
Team Zutphen-Noord

Cliënt          {p.hr} {p.first} {p.surname}, geb. {p.bday}
BSN             ⟦bsn:{b}⟧
Adres           ⟦address:{a.one}⟧
Sleutelkluis    code bij planning opvragen
Huisarts        Huisartsenpraktijk De Hanzehof, Coehoornsingel 3, 7201 AA Zutphen
Apotheek        Apotheek Zuidwijken, Kerkhoflaan 2, Zutphen
Contactpersoon  {d.first} {d.surname} (dochter), {g.mobile()}
                ⟦address:{ad.one}⟧

Zorgvraag
Mevrouw woont alleen, heeft diabetes type 2 (insuline 2x daags) en beginnende dementie. Ze vergeet
maaltijden en medicatie. Sinds de val in januari loopt ze met een rollator.

Doelen
1. Mevrouw krijgt haar insuline op tijd.
2. Mevrouw valt niet meer.
3. Mevrouw eet voldoende.
4. Dochter wordt ontlast.

Afspraken
- ochtend 07:30–08:30: insuline, ogen druppelen, hulp bij douchen (di/vr)
- avond 17:00–18:00: insuline, controle maaltijd, steunkousen uit
- dochter doet boodschappen op zaterdag, maaltijdservice 5x per week

Kun je de doelen SMART maken en per dienst (ochtend/avond) de acties erbij zetten? Het moet in ons ECD.
"""


@doc("gp_letter")
def verwijzing_cardio(g):
    p = g.person("v", born=(1946, 1956))
    a = g.addr("Hengelo")
    b = g.bsn()
    zd = g.digits(8)
    return f"""\
Can you translate this referral into plain English? My mother's sister lives in Canada and wants to understand what is going on.

HUISARTSENPRAKTIJK DE BRINK                      ZorgDomein verwijzing ZD{zd}
T.M. Hofstede & A. Raaijmakers, huisartsen
Brinkstraat 40, 7551 AD Hengelo · tel. 074 - 291 44 10

Aan:       Polikliniek Cardiologie
           Streekziekenhuis Midden-Twente
           Geerdinksweg 141, 7555 DL Hengelo

Datum:     {g.date().strftime('%d-%m-%Y')}

Betreft:   {p.hr} {p.first} {p.surname}, geboren {p.bday}
           BSN ⟦bsn:{b}⟧
           ⟦address:{a.line1}
           {a.pc} {a.place}⟧
           Verzekerd bij: Menzis, polisnummer {g.digits(8)}

Geachte collega,

Graag uw beoordeling van bovengenoemde patiënte van {2025 - p.birth.year} jaar met sinds drie weken
hartkloppingen en kortademigheid bij inspanning (traplopen, fietsen). Geen pijn op de borst.
Voorgeschiedenis: hypertensie, DM2 (metformine), TIA 2019.
Bij onderzoek: irregulaire pols 96/min, RR 152/88. ECG: atriumfibrilleren, geen ischemie.
CHA2DS2-VASc 6; vandaag gestart met apixaban 5 mg 2dd.

Vraagstelling: frequentie- of ritmecontrole? Echo cor gewenst.

Met collegiale groet,
A. Raaijmakers, huisarts
"""


# ---------------------------------------------------------------- housing


@doc("contract_rental")
def kamerhuur(g):
    ll = g.person("m", born=(1960, 1972))
    t = g.person(born=(2005, 2006))
    la = g.addr("Zuidlaren")
    ta = g.addr("Emmen")
    kamer = f"{S('Oosterhamrikkade')} {g.r.randint(40, 120)}a"
    start = g.date(m0=8, m1=8)
    return f"""\
ik ben 19 en ga deze kamer huren voor mijn studie. zijn de servicekosten en die boete van 250 euro wel toegestaan? en moet ik echt 2 maanden borg betalen?

HUUROVEREENKOMST KAMER
(onzelfstandige woonruimte)

De ondergetekenden:

1. {ll.name}, wonende te ⟦address:{la.line1}, {la.line2}⟧,
   hierna te noemen "verhuurder",

en

2. {t.name}, geboren op {t.bday}, thans wonende te ⟦address:{ta.one}⟧
   (ouderlijk adres), hierna te noemen "huurder",

verklaren te zijn overeengekomen als volgt.

Artikel 1 – Het gehuurde
1.1 Verhuurder verhuurt aan huurder de kamer op de eerste verdieping (ca. 14 m²) in de woning
    ⟦address!:{kamer} te Groningen⟧, met gedeeld gebruik van keuken, douche en toilet
    met drie andere huurders.

Artikel 2 – Duur
2.1 De overeenkomst gaat in op {nl_date(start)} en wordt aangegaan voor onbepaalde tijd.

Artikel 3 – Huurprijs en betaling
3.1 De kale huur bedraagt € 425,00 per maand.
3.2 Huurder betaalt daarnaast een vast bedrag van € 95,00 per maand voor gas, water, elektra en
    internet. Er vindt geen jaarlijkse afrekening plaats.
3.3 De huur wordt vóór de eerste van iedere maand voldaan op rekening
    ⟦iban:{grp4(g.iban())}⟧ ten name van {ll.ini}.
3.4 Bij betaling na de vijfde van de maand is huurder een boete verschuldigd van € 250,00.

Artikel 4 – Waarborgsom
4.1 Huurder betaalt bij ondertekening een waarborgsom van twee maanden kale huur (€ 850,00).

Artikel 5 – Overige bepalingen
5.1 Het is huurder niet toegestaan om huisdieren te houden of om te roken in het gehuurde.
5.2 Onderverhuur is niet toegestaan.

Aldus opgemaakt en in tweevoud getekend te Groningen op {nl_date(start.replace(day=1) - datetime.timedelta(days=12))}.

verhuurder                                   huurder
"""


@doc("email_quoted")
def borg_terug(g):
    t = g.person("m", born=(1994, 1999))
    ll = g.person("m", born=(1950, 1960))
    home = f"{S('Vaartweg')} {g.r.randint(20, 90)} boven"
    new = g.addr("Hilversum", street=S("Oude Amersfoortseweg"), add="-b")
    lla = g.addr("Hilversum", street=S("Sumatralaan"), add="")
    ib = g.iban("RABO")
    ib_odd = f"{ib[:2]} {ib[2:4]} {ib[4:8]} {ib[8:]}"
    return f"""\
kun je dit antwoord strakker en zakelijker maken? ik wil gewoon mijn borg terug, het is nu 7 weken

---------------------------------------------
Van: {t.name} <{t.mail}@gmail.com>
Aan: {ll.ini} <{ll.login}@ziggo.nl>
Onderwerp: RE: RE: borg ⟦address!:{home}⟧

Beste meneer {ll.Surname},

Ik heb nog steeds niks ontvangen. De eindinspectie was op 28 februari en toen zei u zelf dat alles
in orde was. Die gaten in de muur zaten er al toen ik erin kwam, dat staat ook in het
opleveringsrapport.

Wilt u de borg van € 1.350 alsnog overmaken naar ⟦iban!:{ib_odd}⟧? Anders ga ik naar het Juridisch
Loket.

Groet,
{t.first}

> Op 3 apr. 2025 om 21:14 schreef {ll.ini} <{ll.login}@ziggo.nl>:
>
> Beste {t.first},
>
> Ik moet de rekening van de schilder nog afwachten, er zaten gaten in de muur van de achterkamer.
> Daarna krijg je een overzicht per post.
>
> {ll.ini}
> ⟦address!:{lla.line1}
> {lla.line2}⟧
>
>> Op 1 apr. 2025 om 10:02 schreef {t.name}:
>>
>> Beste meneer {ll.Surname}, hoe staat het met de borg? Mijn nieuwe adres is ⟦address!:{new.line1},
>> {new.line2}⟧, mocht u iets per post willen sturen.
"""


@doc("pdf_deed_ocr")
def hypotheekakte(g):
    a = g.person("m", born=(1985, 1990))
    b = g.person("v", born=(1986, 1992))
    home = g.addr("Nijmegen", street=S("Graafseweg"), add="")
    old = g.addr("Nijmegen", street=S("Sint Annastraat"), add="")
    ib = g.iban("ABNA")
    chunks = grp4(ib).split(" ")
    ib_wrapped = " ".join(chunks[:3]) + "\n" + " ".join(chunks[3:])
    kenmerk = g.digits(5)
    return f"""\
Dit is een scan van onze hypotheekakte (via OCR gekopieerd, excuses voor de rare regels). Wat
betekent het stuk over "hoofdelijk schuldenaar" en "recht van parate executie"?

                                                            Kenmerk: 2025.{kenmerk}/JvB
HYPOTHEEKAKTE
Heden, vier april tweeduizend vijfentwintig, verschenen voor mij, mr. Johanna Catharina
van Baalen, notaris ge-
vestigd te Nijmegen:
1. de heer {a.first} {a.second or 'Johannes'} {a.surname}, geboren te Tiel op {a.birth.day} {MONTHS[a.birth.month - 1]}
{a.birth.year}, wonende te ⟦address!:{old.pc} Nijmegen, {old.street}
{old.hn}⟧, ongehuwd en niet geregistreerd als partner,
2. mevrouw {b.first} {b.surname}, geboren te Arnhem op {b.birth.day} {MONTHS[b.birth.month - 1]} {b.birth.year},
wonende te ⟦address!:{old.pc} Nijmegen, {old.street} {old.hn}⟧, ongehuwd en niet gere-
gistreerd als partner,
de comparanten sub 1 en 2 hierna ook (tezamen en ieder afzonderlijk) te noe-
men: "hypotheekgever" en ieder voor zich "hoofdelijk schuldenaar";
3. mevrouw Ilse Maria Kok, kantoorhoudende te 3521 CB Utrecht, Croeselaan 18, te dezen handelend
als schriftelijk gevolmachtigde van Coöperatieve Rabobank U.A., hierna te noemen: "de bank".
GELDLENING
Hypotheekgever verklaart wegens geldlening aan de bank schuldig te zijn een bedrag van
DRIEHONDERD VIJFENVEERTIGDUIZEND EURO (€ 345.000,00), welk bedrag door hem is
ontvangen op de kwaliteitsrekening van de notaris, ⟦iban!:{ib_wrapped}⟧, ten name van Kwaliteits-
rekening Notariaat Van Baalen.
HYPOTHEEKVERLENING
Tot zekerheid voor de terugbetaling verleent hypotheekgever aan de bank het recht van
eerste hypotheek op:
het woonhuis met ondergrond, tuin en verdere aanhorigheden, p1aatselijk bekend ⟦address!:{home.street}
{home.nr}, {home.pc} Nijmegen⟧, kadastraal bekend gemeente Nijmegen sectie C num-
mer {g.r.randint(2000, 9999)}, groot een are en vierentachtig centiare, hierna te noemen: "het onderpand".
PARATE EXECUTIE
Indien hypotheekgever tekortschiet in de nakoming van zijn verplichtingen, is de bank
bevoegd het onderpand in het openbaar te verkopen (artike1 3:268 Burgerlijk Wetboek),
zonder dat daartoe een rechterlijke uitspraak nodig is.
"""


@doc("csv_school")
def schoolfoto(g):
    rows = ["Leerling-ID;Roepnaam;Tussenv.;Achternaam;Groep;Geb.datum;BSN;Straat;Huisnr;Postcode;Woonplaats;Verzorger 1;Tel. verzorger"]
    groups = ["1/2A", "1/2A", "3", "4", "5B", "6", "7", "8"]
    kids = ["Noah", "Sem", "Liam", "Finn", "Levi", "Mees", "Julia", "Mila", "Tess", "Zoë", "Nora",
            "Yara", "Adam", "Amira", "Lina", "Ayoub", "Sara", "Bram", "Fenna", "Jens"]
    g.r.shuffle(kids)
    for i in range(8):
        kid = g.person(born=(2013, 2020))
        kid.first = kids[i]
        parent = g.person(born=(1978, 1990), surname=kid.surname)
        a = g.addr("Veenendaal")
        parts = kid.surname.split(" ")
        tv = " ".join(x for x in parts if x.islower() or x == "'t")
        core = " ".join(x for x in parts if not (x.islower() or x == "'t"))
        rows.append(f"{g.r.randint(3100, 3999)};{kid.first};{tv};{core};{groups[i]};{kid.bday};⟦bsn!:{g.bsn()}⟧;"
                    f"⟦address!:{a.street};{a.hn};{a.pc};{a.place}⟧;{parent.initials} {parent.surname};{g.mobile()}")
    return ("De schoolfotograaf wil een lijst met naam en groep. Kun je uit deze export een lijst maken "
            "met alleen roepnaam, achternaam en groep, gesorteerd op groep? Export uit ParnasSys:\n\n"
            + "\n".join(rows) + "\n")


@doc("letter_collection")
def aanmaning(g):
    p = g.person(born=(1980, 1995))
    a = g.addr("Schiedam")
    dossier = g.elf9()
    klant = g.elf9()
    ib = g.iban("INGB")
    return f"""\
VESTING INCASSO B.V.
Postbus 30512 · 3001 DM Rotterdam · KvK 24398117
T 010 - 444 86 20 · www.vestingincasso.nl

{p.hr} {p.ini}
⟦address:{a.line1}
{a.pc} {a.place.upper()}⟧

Rotterdam, {nl_date(g.date())}
Dossiernummer: ⟦none:{dossier}⟧
Opdrachtgever: Zeeuwse Stroom Energie B.V., klantnummer ⟦none:{klant}⟧

LAATSTE SOMMATIE

Geachte {p.sir} {p.Surname},

Ondanks eerdere herinneringen van onze opdrachtgever heeft u de onderstaande vordering niet voldaan.

Hoofdsom (eindafrekening energie 2024)      € 112,40
Incassokosten (art. 6:96 BW)                € 85,00
Wettelijke rente t/m heden                  €   3,17
                                            --------
Totaal                                      € 200,57

Wij verzoeken u dit bedrag binnen 7 dagen over te maken op rekening ⟦iban:{grp4(ib)}⟧ ten name van
Vesting Incasso B.V., onder vermelding van het dossiernummer. Betaalt u niet, dan dragen wij het
dossier over aan de gerechtsdeurwaarder en komen de kosten van een procedure voor uw rekening.

Een betalingsregeling is mogelijk. Bel ons op werkdagen tussen 9:00 en 17:00 uur.

Hoogachtend,
Vesting Incasso B.V.
afdeling Minnelijke Incasso

---
Kunnen ze echt € 85 incassokosten rekenen over een rekening van € 112? Ik heb nooit een
14-dagenbrief gehad, alleen twee mailtjes van het energiebedrijf.
"""


# ---------------------------------------------------------------- chats


@doc("chat_whatsapp")
def aangifte_mam(g):
    son = g.person("m", born=(1990, 1996))
    b = g.bsn()
    ib = g.iban("RABO").lower()
    ibs = f"{ib[:4]} {ib[4:8]} {ib[8:12]} {ib[12:16]} {ib[16:]}"
    new = g.addr("Hoogeveen", street=S("Lijsterbeslaan"), add="")
    old = g.addr("Roden")
    return f"""\
[14-03-25 19:42:11] {son.first}: mam ik doe vanavond je aangifte, wat is je bsn ook alweer
[14-03-25 19:44:02] Mam: momentje ik zoek mn paspoort
[14-03-25 19:47:30] Mam: ⟦bsn!:{b}⟧
[14-03-25 19:47:41] {son.first}: top. en de iban van de spaarrekening? ze willen een rekening voor de teruggave
[14-03-25 19:49:05] Mam: staat op de pas: ⟦iban!:{ibs}⟧
[14-03-25 19:49:30] {son.first}: 👍
[14-03-25 19:52:40] Mam: ‎<Media weggelaten>
[14-03-25 19:53:02] Mam: oh en vergeet niet dat we sinds november op de ⟦address!:{new.street.lower()} {new.nr}⟧ wonen hè, niet meer op de ⟦address!:{old.street.lower()} {old.nr} in {old.place.lower()}⟧
[14-03-25 19:53:40] {son.first}: ja dat weet de belastingdienst al via de gemeente
[14-03-25 19:54:12] Mam: en die rekening van de fysio moet er ook bij
[14-03-25 19:55:01] {son.first}: fysio is niet aftrekbaar mam 😅
"""


@doc("chat_teams")
def uitzendkracht_teams(g):
    hr = g.person("v")
    pay = g.person("m")
    worker_first, worker_last = "Dragan", "Petrović"
    b = g.bsn()
    a = g.addr("Venray")
    return f"""\
Mag dit eigenlijk zo via Teams, persoonsgegevens van uitzendkrachten? Wat zegt de AVG en wat moeten we anders doen? Dit is ons gesprek van gisteren:

{hr.Surname}, {hr.first}  gisteren 16:02
Hoi {pay.first}, de nieuwe uitzendkracht voor lijn 3 begint maandag. {worker_first} {worker_last}, geb. 11-02-1991. BSN ⟦bsn!:{b[:3]} {b[3:6]} {b[6:]}⟧ (staat op de kopie van zijn verblijfsdocument). Adres volgt.

{pay.Surname}, {pay.first}  gisteren 16:05
ok. ik heb ook een IBAN nodig anders kan ik hem niet in Loket zetten

{hr.Surname}, {hr.first}  08:47
IBAN ⟦iban:{g.iban()}⟧
Adres ⟦address:{a.line1}, {a.line2}⟧ (woont daar bij zijn neef)

{pay.Surname}, {pay.first}  08:49
👍 verwerkt, hij zit in de run van 25 april
"""


@doc("chat_slack")
def slack_gateway(g):
    b1, b2 = g.bsn(), g.bsn()
    b3 = g.bsn(lead0=True)
    req = lambda: "".join(g.pick("0123456789abcdef") for _ in range(12))
    return f"""\
*Rik Baars*  11:32
hebben jullie dit ook? sinds de deploy van gisteren 404's op het adres-endpoint. route is `GET /api/v2/personen/{{bsn}}/verblijfplaats`
```
2025-04-08T09:31:02.114Z INFO  gw  req={req()} GET /api/v2/personen/⟦bsn!:{b1}⟧/verblijfplaats 200 41ms
2025-04-08T09:31:05.870Z INFO  gw  req={req()} GET /api/v2/personen/⟦bsn!:{b2}⟧/verblijfplaats 200 38ms
2025-04-08T09:31:09.002Z WARN  gw  req={req()} GET /api/v2/personen/⟦bsn!:{b3[1:]}⟧/verblijfplaats 404 12ms
2025-04-08T09:31:09.003Z WARN  gw  upstream said: persoon niet gevonden
```
*Hamza El Idrissi*  11:40
kijk naar de derde: daar mist de voorloopnul. de nieuwe gateway parset het path-param als integer :face_palm:
*Rik Baars*  11:41
auw. dus alle bsn's die met een 0 beginnen zijn stuk? hoeveel zijn dat er
*Hamza El Idrissi*  11:43
ongeveer 1 op de 10. ik zet een hotfix klaar, type naar `string` en pattern `^[0-9]{{9}}$`
"""


@doc("json_api")
def brp_json_ts(g):
    p = g.person("v", born=(1980, 1990))
    partner = g.person("m", born=(1978, 1990))
    kid = g.person(born=(2015, 2020), surname=partner.surname)
    a = g.addr("Almere")
    bp, bpa, bk = g.bsn(), g.bsn(), g.bsn()
    return f"""\
How do I type this response in TypeScript? `verblijfplaats` is sometimes missing and `kinderen` can be an empty array. Example response from the acceptance environment:

{{
  "type": "RaadpleegMetBurgerservicenummer",
  "personen": [
    {{
      "burgerservicenummer": "⟦bsn!:{bp}⟧",
      "naam": {{
        "voornamen": "{p.first} {p.second or 'Johanna'}",
        "geslachtsnaam": "{p.Surname}",
        "voorletters": "{p.initials}"
      }},
      "geboorte": {{ "datum": {{ "datum": "{p.iso}" }} }},
      "verblijfplaats": {{
        "type": "Adres",
        "verblijfadres": {{
          "officieleStraatnaam": "⟦address!:{a.street}",
          "huisnummer": {a.nr},
          "postcode": "{a.pcc}",
          "woonplaats": "{a.place}⟧"
        }},
        "datumVan": {{ "datum": "2021-06-01" }}
      }},
      "partners": [
        {{ "burgerservicenummer": "⟦bsn!:{bpa}⟧", "naam": {{ "voorletters": "{partner.initials}", "geslachtsnaam": "{partner.Surname}" }} }}
      ],
      "kinderen": [
        {{ "burgerservicenummer": "⟦bsn!:{bk}⟧", "naam": {{ "voornamen": "{kid.first}" }} }}
      ]
    }}
  ]
}}
"""


@doc("sql_dump")
def clienten_insert(g):
    rows = []
    places = ["Sneek", "Joure", "Bolsward", "Sneek", "Heerenveen"]
    for i in range(5):
        p = g.person(born=(1930, 1948))
        a = g.addr(places[i])
        toev = f"'{a.toev}'" if a.toev else "NULL"
        ind = "'WLZ-VV5 '" if i == 3 else f"'WLZ-VV{g.pick('4567')}'"
        rows.append(f"  ({1041 + i}, '⟦bsn!:{g.bsn()}⟧', '{p.Surname.replace(chr(39), chr(39) * 2)}', '{p.initials}', '{p.iso}', "
                    f"'⟦address!:{a.street.replace(chr(39), chr(39) * 2)}', {a.nr}, {toev}, '{a.pc}', '{a.place}⟧', "
                    f"'⟦iban!:{g.iban()}⟧', {ind})")
    return ("waarom geeft deze insert een foreign key error? de indicaties staan gewoon in de tabel indicatie_types\n\n"
            "INSERT INTO clienten (client_id, bsn, achternaam, voorletters, geboortedatum, straat, huisnummer,\n"
            "                      huisnummer_toevoeging, postcode, woonplaats, iban_incasso, indicatie)\nVALUES\n"
            + ",\n".join(rows) + ";\n\n"
            'ERROR:  insert or update on table "clienten" violates foreign key constraint "clienten_indicatie_fkey"\n'
            'DETAIL:  Key (indicatie)=(WLZ-VV5 ) is not present in table "indicatie_types".\n')


# ---------------------------------------------------------------- developer / data


@doc("psql_output")
def dubbele_rijen(g):
    ppl = g.people(4, born=(1965, 1999))
    rows = []
    for i, p in enumerate(ppl):
        a = g.addr("Enschede")
        b = g.bsn()
        n = 2 if i in (1, 3) else 1
        for k in range(n):
            rows.append((1200 + i * 13, b, p.Surname, a, g.iban()))
    w_street = max(len(r[3].street) for r in rows)
    w_name = max(len(r[2]) for r in rows)
    head = (f"  id  |    bsn    | {'achternaam':<{w_name}} | {'straat':<{w_street}} | huisnr | postcode | woonplaats | iban\n"
            f"------+-----------+-{'-' * w_name}-+-{'-' * w_street}-+--------+----------+------------+--------------------")
    body = []
    for rid, b, nm, a, ib in rows:
        body.append(f" {rid:>4d} | ⟦bsn!:{b}⟧ | {nm:<{w_name}} | ⟦address!:{a.street:<{w_street}} | {a.hn:>6s} | {a.pcc:<8s} | {a.place}⟧   | ⟦iban!:{ib}⟧")
    return f"""\
Waarom krijg ik dubbele rijen bij deze join? Ik wil per klant één regel.

klanten=> SELECT k.id, k.bsn, k.achternaam, a.straat, a.huisnr, a.postcode, a.woonplaats, r.iban
klanten->   FROM klant k
klanten->   JOIN adres a ON a.klant_id = k.id AND a.soort = 'WOON'
klanten->   JOIN rekening r ON r.klant_id = k.id
klanten->  ORDER BY k.id;
{head}
""" + "\n".join(body) + f"\n({len(rows)} rows)\n"


@doc("mysql_output")
def huurachterstand(g):
    ppl = g.people(6)
    cols = ["huurder_id", "naam", "woning", "postcode", "plaats", "iban", "achterstand_mnd"]
    vals = []
    for i, p in enumerate(ppl):
        a = g.addr(g.pick(["Venlo", "Venray", "Roermond"]))
        vals.append([str(301 + i), p.ini, a.line1, a.pc, a.place, g.iban(), str(g.pick([0, 0, 1, 2, 3, 4]))])
    w = [max(len(c), *(len(v[k]) for v in vals)) for k, c in enumerate(cols)]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = [sep, "| " + " | ".join(c.ljust(w[k]) for k, c in enumerate(cols)) + " |", sep]
    for v in vals:
        cells = []
        for k, x in enumerate(v):
            cells.append(x.rjust(w[k]) if k in (0, 6) else x.ljust(w[k]))
        line = ("| " + cells[0] + " | " + cells[1] + " | ⟦address!:" + cells[2] + " | " + cells[3] + " | "
                + v[4] + "⟧" + " " * (w[4] - len(v[4])) + " | ⟦iban!:" + v[5] + "⟧" + " " * (w[5] - len(v[5]))
                + " | " + cells[6] + " |")
        out.append(line)
    out.append(sep)
    return ("mysql> SELECT h.huurder_id, h.naam, w.adres AS woning, w.postcode, w.plaats, h.iban, h.achterstand_mnd\n"
            "    -> FROM huurders h JOIN woningen w ON w.id = h.woning_id;\n"
            + "\n".join(out) + f"\n{len(vals)} rows in set (0.01 sec)\n\n"
            "Welke huurders hebben 2 maanden of meer achterstand? En kun je een query schrijven die de achterstand "
            "zelf uitrekent uit de tabel betalingen (kolommen huurder_id, maand, bedrag)? De huur staat in woningen.huur.\n")


@doc("pandas_df")
def merge_nan(g):
    n = 4
    bsns = [g.bsn(lead0=(i in (1, 3))) for i in range(n)]
    kinds = ["WW", "WIA", "ZW", "WW"]
    amounts = [g.r.uniform(1100, 2600) for _ in range(n)]
    starts = [f"2024-{g.r.randint(1, 12):02d}-01" for _ in range(n)]
    left = ["         bsn uitkering  bedrag_mnd      ingang"]
    for i, b in enumerate(bsns):
        shown = str(int(b))
        left.append(f"{i}  {'⟦bsn!:' + shown + '⟧':>{9 + 7}s}       {kinds[i]:>3s}  {amounts[i]:10.2f}  {starts[i]}")
    addrs = [g.addr("Arnhem") for _ in range(n)]
    ws = max(len(a.street) for a in addrs)
    right = [f"         bsn  {'straat':>{ws}s}  huisnr postcode woonplaats"]
    for i, (b, a) in enumerate(zip(bsns, addrs)):
        right.append(f"{i}  ⟦bsn!:{b}⟧  {' ' * (ws - len(a.street))}⟦address!:{a.street}  {a.hn:>6s}   {a.pcc}     {a.place}⟧")
    merged = ["         bsn uitkering  bedrag_mnd      ingang  straat  huisnr postcode"]
    for i, b in enumerate(bsns):
        if i in (1, 3):
            merged.append(f"{i}   ⟦bsn!:{int(b)}⟧       {kinds[i]:>3s}  {amounts[i]:10.2f}  {starts[i]}     NaN     NaN      NaN")
    return f"""\
Why does df.merge give me NaN for some rows? Both files come from the same municipality export.

In [14]: df_uwv = pd.read_excel("uitkeringen_q1.xlsx")
In [15]: df_gem = pd.read_csv("adressen.csv", dtype=str)
In [16]: df_uwv.head()
Out[16]:
""" + "\n".join(left) + """

In [17]: df_gem.head()
Out[17]:
""" + "\n".join(right) + """

In [18]: m = df_uwv.merge(df_gem, on="bsn", how="left")
In [19]: m[m.straat.isna()]
Out[19]:
""" + "\n".join(merged) + "\n"


@doc("tex_source")
def tex_brief(g):
    p = g.person("v", born=(1960, 1975))
    a = g.addr("Leeuwarden")
    b = g.bsn()
    ib = grp4(g.iban("RABO")).replace(" ", "\\,")
    t = lambda s: s.replace(" ", "~")
    return f"""\
Ik krijg "Undefined control sequence" op regel 14, wat doe ik fout?

\\documentclass[version=last,paper=a4,fromalign=right,foldmarks=true]{{scrlttr2}}
\\usepackage[dutch]{{babel}}
\\usepackage[utf8]{{inputenc}}
\\setkomavar{{fromname}}{{mr.~D.~Bergsma}}
\\setkomavar{{fromaddress}}{{Advocatenkantoor Bergsma \\& Wijnja\\\\Zuidergrachtswal~7\\\\8933~AD~Leeuwarden}}
\\setkomavar{{fromphone}}{{058~212~44~90}}
\\setkomavar{{frombank}}{{Derdengelden: IBAN~⟦iban!:{ib}⟧}}
\\setkomavar{{subject}}{{Bezwaar beslissing Participatiewet}}
\\setkomavar{{yourref}}{{zaak 2025/0318}}

\\begin{{document}}
\\begin{{letter}}{{{t(p.hr)}~{t(p.ini)}\\\\⟦address!:{t(a.line1)}\\\\{t(a.pc)}~{t(a.place.upper())}⟧}}
\\opening{{Geachte {p.sir} {p.Surname},}}
Namens u hebben wij op 2~april bezwaar gemaakt tegen de beslissing van de gemeente
Leeuwarden om uw bijstandsuitkering te herzien. In het bezwaarschrift hebben wij uw
burgerservicenummer (⟦bsn:{b}⟧) en het dossiernummer van de gemeente vermeld.

De gemeente heeft zes weken om te beslissen; deze termijn kan met zes weken worden
verlengd. Wij houden u op de hoogte.
\\closing{{Met vriendelijke groet,}}
\\encl{{Kopie bezwaarschrift}}
\\end{{letter}}
\\end{{document}}
"""


@doc("html_source")
def html_bevestiging(g):
    p = g.person()
    a = g.addr("Utrecht")
    b = g.bsn()
    ib = grp4(g.iban("INGB")).replace(" ", "&nbsp;")
    nb = lambda s: s.replace(" ", "&nbsp;")
    return f"""\
De bevestigingsmail van ons aanvraagformulier (parkeervergunning) ziet er in Outlook raar uit: de tabel valt over de rand. Wat klopt er niet aan deze HTML?

<table width="640" cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:14px">
  <tr><td colspan="2" style="background:#c8102e;color:#fff;padding:12px"><b>Gemeente Utrecht</b> &ndash; bevestiging aanvraag</td></tr>
  <tr><td style="width:220px">Aanvraagnummer</td><td>PV-2025-{g.digits(6)}</td></tr>
  <tr><td>Naam</td><td>{p.initials}&nbsp;{nb(p.surname)}</td></tr>
  <tr><td>BSN</td><td>⟦bsn!:{b}⟧</td></tr>
  <tr><td>Adres</td><td>⟦address!:{nb(a.line1)}⟧</td></tr>
  <tr><td>Postcode&nbsp;en&nbsp;plaats</td><td>⟦address!:{nb(a.pc)}&nbsp;&nbsp;{a.place.upper()}⟧</td></tr>
  <tr><td>Kenteken</td><td>{g.pick('GHJKLNPRSTXZ')}{g.pick('GHJKLNPRSTXZ')}-{g.r.randint(100, 999)}-{g.pick('BDFGHJKLN')}</td></tr>
  <tr><td>Incasso van rekening</td><td><span style="white-space:nowrap">⟦iban!:{ib}⟧</span></td></tr>
  <tr><td colspan="2" style="padding-top:18px;color:#666">Gemeente Utrecht &middot; Stadsplateau 1 &middot; 3521&nbsp;AZ Utrecht &middot; Postbus 16200, 3500&nbsp;CE Utrecht</td></tr>
</table>
"""


@doc("folder_listing")
def dossiers_op_bsn(g):
    ppl = g.people(6)
    lines = [" Volume in drive H is HR-data",
             " Volume Serial Number is 4C1A-77E2", "",
             r" Directory of \\fs01\hr$\Personeelsdossiers\op BSN", "",
             "03-04-2025  09:12    <DIR>          .",
             "03-04-2025  09:12    <DIR>          .."]
    for i, p in enumerate(ppl[:4]):
        lines.append(f"{g.r.randint(10, 28):02d}-0{g.r.randint(1, 3)}-2025  {g.r.randint(8, 17):02d}:{g.r.randint(0, 59):02d}    <DIR>          ⟦bsn!:{g.bsn()}⟧")
    lines.append(f"12-02-2025  14:40    {'48.128':>14s} index_oud.xlsx")
    for p in ppl[4:]:
        b = g.bsn()
        for kind in ("ID-kopie", "arbeidsovereenkomst"):
            size = f"{g.r.randint(120000, 2900000):,}".replace(",", ".")
            lines.append(f"{g.r.randint(10, 28):02d}-03-2025  {g.r.randint(8, 17):02d}:{g.r.randint(0, 59):02d}    {size:>14s} BSN_⟦bsn!:{b}⟧_{p.core.replace(' ', '')}_{kind}.pdf")
    lines += ["               5 File(s)      6.114.720 bytes",
              "               6 Dir(s)  112.409.600.000 bytes free"]
    return ("Ik wil al deze mappen en bestanden hernoemen naar achternaam_voornaam, want op BSN zoeken werkt "
            "niet. De namen staan in index_oud.xlsx (kolom A bsn, B achternaam, C voornaam). Kun je een "
            "PowerShell-script schrijven?\n\n" + "\n".join(lines) + "\n")


@doc("inbox_list")
def inbox_vervanging(g):
    p1, p2, p3 = g.people(3)
    a = g.addr("Eindhoven")
    b = g.bsn()
    order = g.elf9()
    rows = [
        "Van\tOnderwerp\tOntvangen\tGrootte",
        f"Gerechtsdeurwaarders Brabant-Oost\tBeslaglegging loon {p1.hr.lower()} {p1.ini}, BSN ⟦bsn:{b}⟧\tdi 8-4-2025 08:14\t212 kB",
        f"{p2.name}\tAdreswijziging per 1 mei: ⟦address:{a.line1}, {a.pc} {a.place}⟧\tma 7-4-2025 19:55\t18 kB",
        "Kantoorhuis Vink\tUw bestelling ⟦none:" + order + "⟧ is verzonden\tma 7-4-2025 15:02\t41 kB",
        "Arbodienst Zorg & Werk\tRE: spreekuur 15 april (afgezegd door werknemer)\tma 7-4-2025 11:20\t24 kB",
        f"{p3.name}\tVerlof 19 t/m 30 mei\tvr 4-4-2025 16:48\t9 kB",
        "Nmbrs Support\tTicket #88412: journaalpost periode 3\tvr 4-4-2025 10:03\t31 kB",
        "Facilitair\tUitnodiging: ontruimingsoefening 23 april\tdo 3-4-2025 09:00\t15 kB",
    ]
    return ("Ik ben twee weken weg. Kun je deze mails op urgentie sorteren voor mijn collega die me vervangt, "
            "met per mail één zin wat ze moet doen?\n\n" + "\n".join(rows) + "\n")


@doc("english_hr")
def assignee_setup(g):
    p = g.person("v", born=(1986, 1993))
    p.first, p.surname = "Priya", g.pick(["Raman", "Iyer", "Subramanian"])
    a = Addr(S("Laan Copes van Cattenburch"), str(g.r.randint(40, 120)), "", g.pc("Den Haag"), "The Hague")
    b = g.bsn()
    return f"""\
Subject: Payroll set-up for assignee {p.first} {p.surname} – start 1 May
From: Global Mobility Team <mobility@northstar-group.com>
To: payroll@hollandpayroll.nl

Hi Holland Payroll team,

Please set up Dutch payroll for our assignee {p.first} {p.surname}, transferring from our Bangalore office
to NorthStar B.V. in The Hague as of 1 May 2025 (2-year assignment, 30% ruling application pending).

Her details:
- Date of birth: {p.birth.strftime('%d %B %Y')}
- BSN (citizen service number): ⟦bsn:{b}⟧ – registered at the municipality on 14 April
- Home address: ⟦address:{a.line1}, {a.pc} {a.place}⟧ (furnished apartment, lease until 30 April 2027)
- Salary account (ABN AMRO): ⟦iban:{grp4(g.iban('ABNA'))}⟧
- Annual base salary: EUR 96,000 gross, paid monthly, 8% holiday allowance on top

Her host-country manager is Daan Kloosterman. Any questions, let us know.

Best regards,

Laura Mitchell
Global Mobility Specialist | NorthStar Group
1200 Peachtree St NE, Atlanta, GA 30309, USA
NorthStar B.V. | Prinses Beatrixlaan 582 | 2595 BM The Hague | KvK 27185533

Please write a short reply confirming receipt and listing what we still need (copy of ID, signed wage tax form).
"""


# ---------------------------------------------------------------- more HR, care, housing


@doc("pdf_payslip")
def loonstrook_bakker(g):
    p = g.person("m", born=(1985, 1998))
    a = g.addr("Rijssen")
    lh = g.elf9()
    b = g.bsn()
    return f"""\
Waarom is mijn netto lager dan vorige maand? Vorige maand kreeg ik € 2.498,12. Hieronder mijn loonstrook (gekopieerd uit de pdf).

Salarisspecificatie maart 2025
Bakkerij Roelofs B.V.
Industrieweg 14
7461 AX Rijssen
Loonheffingennummer ⟦none:{lh}⟧L01

Naam
Adres
Postcode en plaats
Personeelsnummer
BSN
Functie
Datum in dienst
Loontabel
{p.hr} {p.ini}
⟦address!:{a.line1}
{a.pc} {a.place}⟧
{g.r.randint(1000, 1999)}
⟦bsn!:{b}⟧
Bakker / ploegleider
01-09-2019
Wit maand, met loonheffingskorting

Omschrijving                  Aantal    Tarief      Bedrag
Salaris                                           3.120,00
Toeslag nachturen 50%          18,00    9,41        169,38
Toeslag nachturen 50%   (correctie feb)  -6,00     -56,46
Pensioenpremie BPF                                 -187,20
Loonheffing                                        -505,71
Netto                                             2.540,01
Inhouding personeelsvereniging                       -5,00
Voorschot terugbetaling                            -250,00

Uitbetaald op rekening ⟦iban!:{g.iban('RABO')}⟧     € 2.285,01
"""


@doc("letter_garnishment")
def loonbeslag(g):
    p = g.person(born=(1975, 1992))
    a = g.addr("Nieuwegein")
    b = g.bsn()
    dossier = g.elf9()
    return f"""\
Ik doe de salarisadministratie bij ons (45 man). Dit kwam vandaag binnen. Hoe bereken ik de beslagvrije voet? Hij verdient € 2.650 netto per maand, alleenstaand met één kind. En vanaf welke loonrun moet ik inhouden?

GERECHTSDEURWAARDERSKANTOOR VAN ESSEN & STAM
Kanaalweg 45 – 3526 KL Utrecht – T 030 760 12 00

EXPLOOT VAN BESLAG ONDER DERDEN (loonbeslag)
Dossier: ⟦none:{dossier}⟧

Heden, {nl_date(g.date(m0=4, m1=4))}, heb ik, Pieter Jan Stam, gerechtsdeurwaarder te Utrecht,

TEN VERZOEKE VAN
Woningstichting Lekstede, gevestigd te Nieuwegein, die woonplaats kiest ten kantore van mij,
deurwaarder;

KRACHTENS
een vonnis van de kantonrechter te Utrecht van 12 februari 2025, zaaknummer ⟦none:11203948⟧ CV EXPL 24-8812;

TEN LASTE VAN
{p.name}, geboren op {p.bday}, BSN ⟦bsn:{b}⟧,
wonende te ⟦address:{a.line1}, {a.pc} {a.place}⟧, hierna: de geëxecuteerde;

beslag gelegd onder
Koelmonteurs Midden Nederland B.V., gevestigd aan de Nevelgaarde 20, 3436 ZZ Nieuwegein,
op al hetgeen zij aan de geëxecuteerde verschuldigd is of zal worden, in het bijzonder loon.

De derde-beslagene wordt verzocht het deel van het loon boven de beslagvrije voet maandelijks af
te dragen op rekening ⟦iban:{grp4(g.iban('ABNA'))}⟧ t.n.v. Van Essen & Stam Gerechtsdeurwaarders,
onder vermelding van het dossiernummer, en binnen vier weken een verklaring af te leggen.

Vordering per heden: hoofdsom € 3.412,80, rente € 211,37, kosten € 688,92.
"""


@doc("chat_mixed")
def wmo_bezwaar(g):
    p = g.person("m", born=(1936, 1939))
    p.surname = "Oude Nijhuis"
    a = g.addr("Ootmarsum", add="")
    b = g.bsn()
    return f"""\
mijn vader (87) kreeg dit besluit van de gemeente over zijn huishoudelijke hulp, ze gaan van 3 naar 1,5 uur per week. hij woont nog zelfstandig op de ⟦address!:{a.street.lower()} {a.nr} in ootmarsum⟧ en kan echt niet meer zelf stofzuigen. kan ik namens hem bezwaar maken? hieronder het stuk uit de brief, de rest is standaardtekst

Gegevens aanvrager
Naam:                 {p.hr} {p.ini}
BSN:                  ⟦bsn:{dotted(b)}⟧
Adres:                ⟦address:{a.line1}, {a.pc} {a.place}⟧
Beschikkingsnummer:   WMO-25-{g.digits(5)}

Besluit
U heeft recht op een maatwerkvoorziening Hulp bij het huishouden, categorie 1 (schoon en leefbaar
huis), voor 90 minuten per week, van 1 mei 2025 tot en met 30 april 2027.
Zorgaanbieder: Thuiszorg Noord-Oost Twente, Postbus 77, 7570 AB Oldenzaal.

Motivering
Uit het keukentafelgesprek van 18 maart blijkt dat uw zoon eenmaal per week boodschappen doet en dat
de bovenverdieping niet meer in gebruik is. Daarom is minder tijd nodig dan in de vorige indicatie.
"""


@doc("form_intake")
def intake_verpleeghuis(g):
    p = g.person("v", born=(1933, 1941))
    m = g.person("m", born=(1960, 1970))
    prev = g.addr("Apeldoorn")
    flat = Addr(S("Zonnebloemstraat"), "2", "", g.pc("Apeldoorn"), "Apeldoorn")
    ma = g.addr("Nunspeet")
    b = g.bsn()
    return f"""\
Vat dit samen voor de overdracht naar de nachtdienst, zonder privacygevoelige gegevens, max 10 regels.

WOONZORGCENTRUM DE HAZELAAR — INTAKEFORMULIER NIEUWE BEWONER
Postadres organisatie: Stichting Veluwse Zorg, Postbus 1180, 7301 BK Apeldoorn

Bewoner                {p.hr} {p.first} {p.surname}
Geboortedatum          {p.bday}
BSN                    ⟦bsn:{b}⟧
Vorig woonadres        ⟦address:{prev.one}⟧
Nieuw woonadres        ⟦address:{flat.street} {flat.nr}, appartement {g.r.randint(101, 240)}, {flat.pc} {flat.place}⟧
Verhuisdatum           {g.date(m0=4, m1=4).strftime('%d-%m-%Y')}
Wlz-indicatie          VV6, CIZ-besluit d.d. 02-03-2025
Zorgverzekeraar        Zilveren Kruis

Mentor / 1e contact    {m.name} (zoon), {g.mobile()}
                       ⟦address:{ma.line1}, {ma.line2}⟧
Incasso servicepakket  ⟦iban:{grp4(g.iban('SNSB'))}⟧ t.n.v. {m.ini}

Medisch
- vasculaire dementie, Parkinson; valrisico hoog (2x gevallen in februari)
- slikproblemen: vloeibaar verdikt (IDDSI 2), geen brood met korst
- medicatie via baxterrol, Madopar 4x daags op vaste tijden (07/11/15/19 u)

Nacht
- wordt 1-2x per nacht wakker en gaat dan zoeken naar "de hond"
- bedalarm aan, bed laag, valmat
- wil het licht in de badkamer aan
"""


@doc("contract_sale")
def koopovereenkomst(g):
    s1 = g.person(born=(1955, 1965))
    k1 = g.person("v", born=(1990, 1996))
    k2 = g.person("m", born=(1989, 1995))
    sa = g.addr("Harderwijk", add="")
    sold = g.addr("Harderwijk", add="")
    ka = g.addr("Amersfoort", add=g.pick(["-2", "-3", " bis"]))
    d = g.date(m0=3, m1=4)
    return f"""\
KOOPOVEREENKOMST WOONHUIS
(model vastgesteld door NVM, VEH, Vastgoedpro en Consumentenbond)

DE ONDERGETEKENDEN:
{s1.name}, wonende te ⟦address:{sa.line1}, {sa.pc} {sa.place}⟧,
hierna te noemen "verkoper",
en
{k1.name} en {k2.name}, beiden wonende te ⟦address:{ka.line1}, {ka.line2}⟧,
hierna te noemen "koper",

VERKLAREN TE ZIJN OVEREENGEKOMEN:
Artikel 1 – Onroerende zaak, koopprijs
Verkoper verkoopt aan koper, die van verkoper koopt: de woning met ondergrond, erf en tuin,
plaatselijk bekend als ⟦address:{sold.line1}, {sold.pc} {sold.place}⟧, kadastraal bekend gemeente
Harderwijk, sectie F, nummer {g.r.randint(1000, 6000)}, groot ca. 2 are 41 centiare,
voor de koopprijs van € 412.500,00 (zegge: vierhonderdtwaalfduizendvijfhonderd euro), kosten koper.

Artikel 4 – Waarborgsom
Koper zal uiterlijk {nl_date(d + datetime.timedelta(days=28))} een waarborgsom van € 41.250,00 storten op de
kwaliteitsrekening van de notaris, Notariskantoor De Veluwe, ⟦iban:{grp4(g.iban('RABO'))}⟧.

Artikel 15 – Ontbindende voorwaarden
15.1 Deze koopovereenkomst kan door koper worden ontbonden indien:
 a. koper uiterlijk {nl_date(d + datetime.timedelta(days=42))} voor de financiering van de onroerende zaak geen
    bindend aanbod heeft verkregen voor een hypothecaire geldlening van ten minste € 380.000,00;
 b. koper uiterlijk {nl_date(d + datetime.timedelta(days=42))} geen Nationale Hypotheek Garantie heeft verkregen.

Makelaar verkoper: Van Dam Makelaardij, Stationslaan 5, 3841 DA Harderwijk.

Getekend te Harderwijk op {nl_date(d)}.

Vraag: welke ontbindende voorwaarden staan erin, tot wanneer kunnen we eruit, en klopt de
waarborgsom van 10%?
"""


@doc("vcard")
def contacten_vcf(g):
    c1 = g.person("v", born=(1935, 1945))
    c2 = g.person("m", born=(1938, 1948))
    a1, a2 = g.addr("Sneek"), g.addr("Sneek")
    b1 = g.bsn()
    return f"""\
how do I import this into Google Contacts without getting duplicates? exported from my old work phone (I'm a district nurse)

BEGIN:VCARD
VERSION:3.0
N:{c1.Surname};{c1.first};;Mevr.;
FN:Mevr. {c1.first} {c1.surname} (cliënt)
TEL;TYPE=HOME:0515-{g.digits(6)}
ADR;TYPE=HOME:;;⟦address!:{a1.line1};{a1.place};;{a1.pc}⟧;Nederland
NOTE:sleutelkluis 4471 - bsn ⟦bsn!:{b1}⟧ - dochter bellen bij geen gehoor
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:{c2.Surname};{c2.first};;Dhr.;
FN:{c2.first} {c2.surname}
TEL;TYPE=CELL:{g.mobile().replace('-', '')}
ADR;TYPE=HOME:;;⟦address!:{a2.line1};{a2.place};;{a2.pcc}⟧;
END:VCARD
BEGIN:VCARD
VERSION:3.0
ORG:Huisartsenpraktijk Sneek-Oost
TEL;TYPE=WORK:0515-412255
ADR;TYPE=WORK:;;Oosterdijk 40;Sneek;;8601 BT;Nederland
END:VCARD
"""


@doc("xml_iwmo")
def iwmo_retourcode(g):
    p = g.person(born=(1945, 1960))
    a = g.addr("Deventer")
    b = g.bsn()
    return f"""\
Ons toewijzingsbericht (WMO301) wordt afgekeurd met retourcode 8001 "Postcode onjuist". Wat is er mis? Fragment:

<iWmo:Client>
  <iWmo:Bsn>⟦bsn!:{b}⟧</iWmo:Bsn>
  <iWmo:Geboortedatum><iWmo:Datum>{p.iso}</iWmo:Datum></iWmo:Geboortedatum>
  <iWmo:Geslacht>{1 if p.gender == 'm' else 2}</iWmo:Geslacht>
  <iWmo:Naam>
    <iWmo:Geslachtsnaam><iWmo:Achternaam>{p.core}</iWmo:Achternaam>{'<iWmo:Voorvoegsel>' + p.tv + '</iWmo:Voorvoegsel>' if p.tv else ''}</iWmo:Geslachtsnaam>
    <iWmo:Voorletters>{p.initials.replace('.', '')}</iWmo:Voorletters>
  </iWmo:Naam>
  <iWmo:Contact>
    <iWmo:Soort>01</iWmo:Soort>
    <iWmo:Adres>
      <iWmo:Straatnaam>⟦address!:{a.street}</iWmo:Straatnaam>
      <iWmo:Huisnummer><iWmo:Huisnummer>{a.nr}</iWmo:Huisnummer></iWmo:Huisnummer>
      <iWmo:Postcode>{a.pc}</iWmo:Postcode>
      <iWmo:Plaatsnaam>{a.place}⟧</iWmo:Plaatsnaam>
      <iWmo:LandCode>NL</iWmo:LandCode>
    </iWmo:Adres>
  </iWmo:Contact>
</iWmo:Client>
"""


@doc("email_hr")
def adreswijziging_mail(g):
    e = g.person()
    hr = g.person("v")
    new = g.addr("Rotterdam", street=S("Westerkade"), add=" B")
    ib = g.iban("INGB")
    return f"""\
Maak hier een korte bevestiging van aan de medewerker, met de ingangsdatum. Toon: vriendelijk, niet te formeel.

Van: {hr.name} <{hr.mail}@havenlogistiek.nl>
Verzonden: woensdag 9 april 2025 10:12
Aan: {e.name}
Onderwerp: RE: nieuw adres + nieuwe bank

Hoi {e.first},

Dank je. Ik heb je nieuwe adres doorgezet. Wil je het nieuwe rekeningnummer nog even bevestigen? Voor
wijzigingen van het IBAN vragen we altijd een tweede bevestiging per mail.

Groet,
{hr.first}

{hr.name} | HR-adviseur
Haven Logistiek Rotterdam B.V.
Waalhaven O.z. 85 | 3087 BM Rotterdam
T 010 - 495 22 00

-----Oorspronkelijk bericht-----
Van: {e.name}
Verzonden: dinsdag 8 april 2025 21:40
Onderwerp: nieuw adres + nieuwe bank

Hoi {hr.first},

Per 1 mei woon ik op:
⟦address:{new.line1}
{new.line2}⟧

En mijn salaris mag voortaan naar ⟦iban:{ib}⟧ (ING, op mijn naam).

Groetjes,
{e.first}
"""


@doc("app_log")
def spring_npe(g):
    b1 = g.bsn()
    b2 = g.bsn()
    a = g.addr("Gouda")
    return f"""\
what causes this NullPointerException? it only happens for some citizens, not all

2025-04-09 14:22:17.503 INFO  [http-nio-8080-exec-7] n.g.t.AanvraagController  [bsn={b1[:2]}*****{b1[-2:]}] POST /aanvragen 201
2025-04-09 14:22:31.118 DEBUG [http-nio-8080-exec-3] n.g.t.AanvraagController  request body: {{"aanvrager":{{"bsn":"⟦bsn!:{b2}⟧","adres":{{"straat":"⟦address!:{a.street}","huisnummer":"{a.nr}","huisletter":null,"postcode":"{a.pcc}","plaats":"{a.place}⟧"}}}},"regeling":"KWIJTSCHELDING","partner":null}}
2025-04-09 14:22:31.140 ERROR [http-nio-8080-exec-3] o.a.c.c.C.[.[.[/].[dispatcherServlet] Servlet.service() threw exception
java.lang.NullPointerException: Cannot invoke "nl.gemeente.toeslag.model.Persoon.getBsn()" because "aanvraag.getPartner()" is null
	at nl.gemeente.toeslag.service.AanvraagService.bepaalHuishouden(AanvraagService.java:212)
	at nl.gemeente.toeslag.service.AanvraagService.verwerk(AanvraagService.java:88)
	at nl.gemeente.toeslag.web.AanvraagController.post(AanvraagController.java:54)
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
"""


@doc("prompt_self")
def betalingsregeling(g):
    p = g.person("v", born=(1978, 1990))
    a = g.addr("Vlaardingen")
    b = g.bsn()
    return f"""\
Schrijf een brief aan de Belastingdienst/Toeslagen. Ik moet € 2.140 zorgtoeslag terugbetalen over 2023 en
ik kan geen € 180 per maand betalen, wel € 60. Ik ben alleenstaand met twee kinderen en werk 24 uur in een
supermarkt. Zet mijn gegevens er goed in:

{p.name}
BSN ⟦bsn:{dotted(b)}⟧
⟦address:{a.line1}
{a.line2}⟧
IBAN ⟦iban:{grp4(g.iban())}⟧

Het gaat om de beschikking van 3 maart 2025. Niet te lang, en niet zielig klinken.
"""


@doc("excel_caseload")
def schuldhulp_draaitabel(g):
    wijken = ["Noord", "Tolhuis", "Oost", "Binnenstad", "Noord", "Oost", "Tolhuis"]
    consulenten = ["MvdB", "AK", "MvdB", "SR", "AK", "SR", "MvdB"]
    rows = ["Casus\tKlant\tBSN\tAdres\tWijk\tSchuldenlast\tStatus\tConsulent"]
    for i in range(7):
        p = g.person(born=(1970, 2000))
        a = g.addr("Sneek")
        b = g.bsn(lead0=i in (2, 5))
        if i in (2, 5):
            b = b[1:]
        adr = f"{a.line1}, {a.pcc} {a.place}" if i != 4 else f"{a.line1} {a.place}"
        status = g.pick(["intake", "stabilisatie", "schuldregeling", "nazorg"])
        rows.append(f"SH-{2025}{i + 11:03d}\t{p.ini}\t⟦bsn!:{b}⟧\t⟦address!:{adr}⟧\t{wijken[i]}\t"
                    f"€ {g.money(1800, 46000)}\t{status}\t{consulenten[i]}")
    return ("Maak een draaitabel per wijk met de totale schuldenlast en het aantal casussen. Dit is de lijst "
            "uit onze Google Sheet:\n\n" + "\n".join(rows) + "\n")


@doc("invite_family")
def oma_90(g):
    oma = g.person("v", born=(1935, 1935))
    host = g.addr("Nunspeet", add="")
    return f"""\
Maak hier een vrolijke uitnodiging van voor de familie-app, met emoji's, niet te lang.

- oma {oma.first} wordt 90 op 17 mei!!
- receptie zaterdag 17 mei 14:00-17:00 in Dorpshuis De Schakel, Kerkstraat 31 in Nunspeet (parkeren achter het gebouw)
- daarna voor de kinderen en kleinkinderen eten bij ons thuis, ⟦address!:{host.street} {host.nr}⟧, vanaf 17:30
- cadeautip: bijdrage voor een dagje Giethoorn met de boot
- kaarten kunnen ook naar ons adres: ⟦address:{host.line1}, {host.pc} Nunspeet⟧
- graag voor 1 mei laten weten of je komt (bij mij of bij tante Riet)
"""


@doc("chat_lowercase")
def marktplaats(g):
    seller = g.person("v", born=(1988, 1996))
    a = g.addr("Amsterdam", street=S("Bosboom Toussaintstraat"), add="-2")
    ib = g.iban("ASNB")
    return f"""\
kun je dit gesprek samenvatten en een reactie schrijven dat ik zaterdag om 11 uur kom? ik ben de koper

[Marktplaats – Bugaboo Fox 3 compleet, € 450]
ik: hoi! is de kinderwagen nog beschikbaar?
{seller.first.lower()}: hoi ja hij is er nog
ik: top, kan ik hem zaterdag ophalen? wat is het adres
{seller.first.lower()}: ⟦address!:{a.street.lower()} {a.hn}⟧, 2 hoog, bel 2x. wel in de ochtend want we gaan om 1 uur weg
ik: prima. kan ik ook vooraf betalen zodat je hem niet aan iemand anders verkoopt?
{seller.first.lower()}: ja is goed, ⟦iban!:{ib[:4].lower()} {ib[4:8].lower()} {ib[8:]}⟧ tnv {seller.initials.lower()} {seller.surname.lower()}
ik: ok en de regenhoes zit erbij?
{seller.first.lower()}: ja en de zonnekap ook
"""


# ================================================================== negatives
# (organisations, public places, numbers that only look like a BSN)


@doc("shop_branches")
def filialen_drogist(g):
    branches = [
        ("Doetinchem – Centrum", f"{S('Hamburgerstraat')} 31", "7001 BV", "Doetinchem", "do tot 21:00", "0314"),
        ("Doetinchem – De Huet", f"{S('Europaweg')} 112", "7009 CL", "Doetinchem", "vr tot 20:00", "0314"),
        ("Winterswijk", f"{S('Misterstraat')} 18", "7101 EW", "Winterswijk", "vr tot 21:00", "0543"),
        ("Aalten", f"{S('Hofstraat')} 7", "7121 ZK", "Aalten", "geen", "0543"),
        ("Zevenaar", f"{S('Grietsestraat')} 24", "6901 GN", "Zevenaar", "do tot 21:00", "0316"),
        ("Lochem", f"{S('Nieuweweg')} 2a", "7241 EW", "Lochem", "vr tot 21:00", "0573"),
    ]
    out = []
    for name, street, pc, place, late, area in branches:
        out.append(f"DROGISTERIJ VERMEULEN {name.upper()}\n{street}, {pc} {place} · tel. {area}-{g.digits(6)}\n"
                   f"ma 13:00–18:00 | di t/m vr 09:00–18:00 | za 09:00–17:00 | koopavond: {late}")
    return ("Maak hier een overzichtelijke tabel van voor onze website, en zet de koopavonden in een aparte kolom. "
            "Zondag zijn alle winkels dicht, behalve Zevenaar (1e zondag van de maand 12–17 u).\n\n"
            + "\n\n".join(out) + "\n")


@doc("hotel_booking")
def hotel_rhenen(g):
    res = g.elf9()
    return f"""\
Summarise this for me in three bullet points: check-in time, until when I can cancel for free, and whether breakfast is included.

Booking confirmation
Hotel Rijnzicht Rhenen ★★★★
{S('Grebbeweg')} 1, 3911 AV Rhenen, Netherlands · +31 317 61 90 00 · reserveringen@rijnzicht.nl

Confirmation number: ⟦none:{res}⟧
PIN code: {g.digits(4)}
Guest name: Ms {g.person('v').surname}

Check-in:   Fri 16 May 2025 (from 15:00)
Check-out:  Sun 18 May 2025 (until 11:00)
Room:       1 × Superior Double Room, river view
Guests:     2 adults
Rate:       Bed & Breakfast – flexible
Price:      EUR 389.00 (incl. VAT, excl. city tax EUR 2.75 p.p.p.n.)

Cancellation policy: free cancellation until 14 May 2025 23:59 (local time). After that, the first
night will be charged. No-shows will be charged the full amount.

Parking: free at the hotel. Charging stations available (4x 11 kW).
The restaurant is closed on Sunday evening.
"""


@doc("sports_fixtures")
def programma_voetbal(g):
    games = [
        ("za 12-04", "14:30", "SV Loenermark 1", "VV Rohda Raalte 1", f"Sportpark Het Hoge Veld, {S('Wilpsedijk')} 8, Twello"),
        ("za 12-04", "12:00", "SC Epe 2", "SV Loenermark 2", f"Sportpark Laarstraat, {S('Laarstraat')} 43, Epe"),
        ("za 19-04", "14:30", "VV Hattem 1", "SV Loenermark 1", f"Sportpark De Leuvenum, {S('Zwolseweg')} 110, Hattem"),
        ("za 19-04", "10:00", "SV Loenermark JO13-1", "AVW '66 JO13-1", f"Sportpark Het Hoge Veld, {S('Wilpsedijk')} 8, Twello"),
        ("za 26-04", "15:00", "SV Colmschate '33 1", "SV Loenermark 1", f"Sportpark Colmschate, {S('Holterweg')} 114, 7429 AH Colmschate"),
        ("za 03-05", "14:00", "VV Heerde 1", "SV Loenermark 1", f"Sportpark Molenweide, {S('Molenweg')} 2, 8181 BK Heerde"),
    ]
    w2 = max(len(x[2]) for x in games)
    w3 = max(len(x[3]) for x in games)
    rows = [f"{'Datum':<9s} {'Tijd':<6s} {'Thuis':<{w2}s}  {'Uit':<{w3}s}  Accommodatie"]
    for d, t, h, u, acc in games:
        rows.append(f"{d:<9s} {t:<6s} {h:<{w2}s}  {u:<{w3}s}  {acc}")
    return ("welke uitwedstrijden van het 1e zijn verder dan 30 km vanaf Twello? dan moeten we carpoolen "
            "en vertrekken we een uur eerder. programma van de site:\n\n" + "\n".join(rows) + "\n")


@doc("event_invite")
def paasconcert(g):
    return f"""\
Maak er een korte flyertekst van (max 80 woorden) en een versie voor de nieuwsbrief van de wijkvereniging.

PAASCONCERT – Stabat Mater van Pergolesi
Zaterdag 19 april 2025, aanvang 20:00 uur (kerk open 19:30)
Grote Kerk, {S('Markt')} 1, 3961 BC Wijk bij Duurstede

Uitvoerenden: Kamerkoor Dorestad o.l.v. Marieke Hoogland, sopraan Anne-Fleur Smit,
alt Joost de Kruijf, Barokensemble De Kromme Rijn.

Kaarten € 17,50 (t/m 18 jaar € 7,50) via www.kamerkoordorestad.nl, bij Boekhandel De Omslag,
{S('Volderstraat')} 12, en aan de kerk.

Na afloop is er koffie, thee en een paashapje in Buurthuis De Boei, {S('Zandweg')} 12,
op vijf minuten lopen van de kerk. Rolstoeltoegankelijk; rolstoelplaatsen graag vooraf reserveren.
Parkeren: parkeerterrein {S('Karel de Grotestraat')} (gratis na 18:00).
"""


@doc("warehouse_stock")
def voorraad_dc(g):
    items = [("Nitril handschoen M (doos 100)", "A-03-02", 38, 60), ("Nitril handschoen L (doos 100)", "A-03-03", 112, 60),
             ("Incontinentieslip M", "B-11-01", 44, 80), ("Desinfectiedoekjes 100 st", "A-07-04", 230, 100),
             ("Mondmasker IIR (50)", "C-01-01", 12, 40), ("Onderlegger 60x90", "B-12-03", 95, 50),
             ("Wondpleister steriel 10x8", "D-02-02", 17, 25), ("Schort PE wit (100)", "C-04-01", 61, 30)]
    rows = ["Artikelnr  Omschrijving                       Locatie   Voorraad   Min."]
    for i, (desc, loc, qty, mn) in enumerate(items):
        nr = g.elf9() if i in (0, 3, 6) else g.plain9()
        nrs = f"⟦none:{nr}⟧" if i in (0, 3, 6) else nr
        rows.append(f"{nrs}  {desc:<33s}  {loc:<8s}  {qty:>8d}  {mn:>5d}")
    return ("Welke artikelen zitten onder de minimumvoorraad? Zet ze in een bestellijst met het tekort erbij.\n\n"
            "VOORRAADLIJST DC TIEL – Zorggroep Rivierenland Facilitair\n"
            f"{S('Latenstein')} 10, 4004 LN Tiel · peildatum 08-04-2025 06:00\n\n" + "\n".join(rows) + "\n")


@doc("purchase_order")
def inkooporder(g):
    po = g.elf9()
    kvk = g.digits(8, "0123456789")
    art = [(g.digits(6), "Thermostatische mengkraan douche", 6, 189.5), (g.digits(6), "Toiletbeugel RVS 60 cm", 14, 42.95),
           (g.digits(6), "Douchezitje opklapbaar", 6, 119.0)]
    lines = []
    tot = 0
    for a, d, q, pr in art:
        tot += q * pr
        lines.append(f"{a}   {d:<34s} {q:>4d}   {nl_money(pr):>8s}   {nl_money(q * pr):>9s}")
    return f"""\
INKOOPORDER                                                   Nr. ⟦none:{po}⟧
                                                              Datum 07-04-2025
Leverancier                              Afleveradres
Technische Groothandel Brink B.V.        Zorggroep Oost-Achterhoek – Facilitaire Dienst
{S('Ambachtsweg')} 22                           Magazijn locatie Het Spijker
7482 GC Haaksbergen                      {S('Spijkerstraat')} 4, 7481 BJ Haaksbergen
KvK {kvk}                             Levering ma–vr 07:30–15:00, melden bij de portier

Art.nr   Omschrijving                        Aantal  Prijs       Totaal
{chr(10).join(lines)}
                                                     Subtotaal  {nl_money(tot):>9s}
                                                     BTW 21%    {nl_money(tot * 0.21):>9s}

Factuur o.v.v. ordernummer naar crediteuren@zorggroep-oa.nl (alleen pdf).

Klopt het btw-bedrag, en kun je een korte mail aan Brink schrijven dat levering vóór 18 april moet?
"""


@doc("office_locations")
def kantoren_markdown(g):
    offices = [("Utrecht (hoofdkantoor)", f"{S('Catharijnesingel')} 53", "3511 GC", "Utrecht", "030"),
               ("Amsterdam", f"{S('Prins Hendrikkade')} 21", "1012 TL", "Amsterdam", "020"),
               ("Rotterdam", f"{S('Weena')} 690", "3012 CN", "Rotterdam", "010"),
               ("Eindhoven", f"{S('Kennedyplein')} 200", "5611 ZT", "Eindhoven", "040"),
               ("Groningen", f"{S('Paterswoldseweg')} 806", "9728 BM", "Groningen", "050")]
    rows = ["| Vestiging | Adres | Postcode | Plaats | Receptie |", "|---|---|---|---|---|"]
    for n, a, pc, pl, area in offices:
        rows.append(f"| {n} | {a} | {pc} | {pl} | {area}-{g.digits(7)} |")
    return ("Zet deze tabel om naar JSON voor de footer van onze nieuwe website (velden: naam, straat, "
            "huisnummer, postcode, plaats, telefoon). Splits het huisnummer van de straat.\n\n"
            + "\n".join(rows) + "\n\nAlle kantoren zijn open van 08:30 tot 17:30; Groningen is op vrijdag gesloten.\n")


@doc("email_signature")
def handtekeningen(g):
    rsin = g.elf9()
    a, b, c = g.people(3)
    return f"""\
Kun je uit deze mailwisseling halen wat we nu hebben afgesproken (datum, plek, wie wat meeneemt)?

Van: {a.name} <{a.mail}@kuipersbouw.nl>
Onderwerp: RE: RE: bouwoverleg fase 2

Dinsdag 22 april om 10:00 in onze keet op de bouwplaats is prima. Ik neem de tekeningen rev. D mee.

Met vriendelijke groet,
{a.name}
Projectleider
KUIPERS BOUW B.V. | {S('Edisonweg')} 12 | 4207 HG Gorinchem
T 0183 - 62 40 00 | KvK 23041977 | BTW NL{rsin}B01
Dit bericht is uitsluitend bestemd voor de geadresseerde.

> Van: {b.name} <{b.mail}@arch-vanrijn.nl>
> Graag ook iemand van de installateur erbij. Voorstel: di 22/4 of do 24/4, 10 uur.
>
> {b.name} | architect
> Architectenbureau Van Rijn | {S('Havendijk')} 8 | 4201 XA Gorinchem
>
>> Van: {c.name} <{c.mail}@installatiebedrijf-stam.nl>
>> Wij kunnen alleen dinsdag. Ik neem de sparingstekening voor de luchtbehandeling mee.
>> --
>> Installatiebedrijf Stam | {S('Nijverheidsweg')} 31, 4231 DM Meerkerk | www.installatiebedrijf-stam.nl
""".replace(f"BTW NL{rsin}B01", f"BTW NL⟦none:{rsin}⟧B01")


@doc("route_description")
def routebeschrijving(g):
    return f"""\
Maak hier een korte versie van (max 5 regels) voor onder de uitnodigingsmail van de klantdag.

ROUTEBESCHRIJVING – Veldhuis Techniek, {S('Marconistraat')} 19, 7903 AG Hoogeveen

Met de auto vanuit Zwolle / Meppel (A28 richting Groningen)
- Neem afslag 26 Hoogeveen-Zuid.
- Aan het einde van de afrit rechtsaf, de N48 op.
- Bij de tweede rotonde rechtsaf de {S('Edisonstraat')} in, daarna de eerste links: {S('Marconistraat')}.
- Ons pand is het derde aan de rechterkant (blauwe gevel). Parkeren op eigen terrein of aan de overkant
  bij Tuincentrum De Wolden.

Met het openbaar vervoer
- Vanaf station Hoogeveen met buslijn 21 richting Industrieterrein, halte {S('Edisonstraat')}
  (ongeveer 10 minuten). Vanaf de halte is het 300 meter lopen.

Navigatie: gebruik postcode 7903 AG en huisnummer 19.
Bij de receptie meldt u zich met uw naam; uw gastpas ligt klaar.
"""


@doc("supplier_master")
def crediteuren_stam(g):
    sup = [("Drukkerij Hoogendoorn B.V.", f"{S('Ondernemingsweg')} 4", "2404 HN", "Alphen aan den Rijn"),
           ("Koffieservice Midden-Holland", f"{S('Goudsbloemvallei')} 17", "2803 PG", "Gouda"),
           ("Schoonmaakbedrijf Pranoto", f"{S('Handelsweg')} 9", "2404 CD", "Alphen aan den Rijn"),
           ("IT-Partners Bodegraven", f"{S('Europark')} 3", "2411 NX", "Bodegraven"),
           ("Groenvoorziening Van Vliet", f"{S('Zuidzijde')} 102", "2411 RT", "Bodegraven")]
    rows = ["Crediteur\tNaam\tAdres\tPostcode\tPlaats\tKvK\tBTW-nummer\tBetaaltermijn\tIBAN geverifieerd"]
    for i, (n, a, pc, pl) in enumerate(sup):
        cr = g.elf9() if i in (1, 3) else g.plain9()
        crs = f"⟦none:{cr}⟧" if i in (1, 3) else cr
        kvk = g.digits(8) if i != 2 else ""
        btw_core = g.elf9() if i in (0, 4) else g.plain9()
        btw = f"NL⟦none:{btw_core}⟧B01" if i in (0, 4) else (f"NL{btw_core}B01" if i != 3 else "")
        rows.append(f"{crs}\t{n}\t{a}\t{pc}\t{pl}\t{kvk}\t{btw}\t{g.pick(['14', '30', '30', '60'])} dagen\t{g.pick(['ja', 'ja', 'nee'])}")
    return ("Welke leveranciers missen een KvK- of btw-nummer, en bij welke is het IBAN nog niet geverifieerd? "
            "Export uit Exact (crediteuren):\n\n" + "\n".join(rows) + "\n")


@doc("relocation_notice")
def verhuisbericht(g):
    return f"""\
Maak hiervan een LinkedIn-post van max 100 woorden, enthousiast maar niet overdreven.

WIJ VERHUIZEN!

Na 22 jaar aan de {S('Stationsweg')} 41 in Ede verhuist Hofstede & Partners Accountants naar een
duurzaam, nieuw kantoor op het Kenniscampus-terrein.

Vanaf maandag 2 juni 2025 vindt u ons op:
{S('Galileïlaan')} 19
6716 BP Ede

Ons postadres blijft Postbus 312, 6710 BH Ede. Telefoonnummer en e-mailadressen blijven gelijk.
Op vrijdag 30 mei zijn wij vanwege de verhuizing gesloten.

Op donderdag 12 juni vanaf 16:00 uur houden wij open huis. U bent van harte welkom!
"""


@doc("po_box")
def antwoordnummer(g):
    rel = g.elf9()
    return f"""\
Klopt het dat ik hier geen postzegel op hoef te plakken? En mag ik het formulier ook gewoon mailen?

Stichting Pensioenfonds Zorg en Welzijn Oost
Wijziging van uw gegevens – toelichting bij het formulier

Uw relatienummer: ⟦none:{rel}⟧ (vermeld dit op elke pagina)

Hoe stuurt u het formulier terug?
1. Vul het formulier volledig in en onderteken het.
2. Stuur een kopie van een geldig identiteitsbewijs mee. Maak uw BSN en pasfoto onleesbaar;
   wij hebben uw BSN al.
3. Doe alles in de antwoordenvelop, of stuur het zonder postzegel naar:

      Pensioenfonds Zorg en Welzijn Oost
      Antwoordnummer 10512
      7300 VB  APELDOORN

Post met een postzegel stuurt u naar Postbus 2235, 7301 DE Apeldoorn.
Mailen kan niet: wij accepteren om veiligheidsredenen geen identiteitsbewijzen per e-mail.
Uploaden kan wel via Mijn Pensioen (inloggen met DigiD).

Bezoekadres (alleen op afspraak): {S('Laan van Malkenschoten')} 20, 7333 NP Apeldoorn.
"""


@doc("belgian_company")
def belgische_factuur(g):
    good = g.iban_be()
    bad = g.bad_iban(good)
    inv = g.digits(6)
    return f"""\
Onze bank weigert de betaling van deze factuur met "IBAN ongeldig". Zie jij wat er mis is? Ik heb het overgetypt uit de pdf.

DRUKKERIJ VAN HECKE BV
Kortrijksesteenweg 112 · 9000 Gent · België
Ondernemingsnummer / BTW: BE 0458.213.907
RPR Gent, afdeling Gent

FACTUUR {inv}                                        Gent, 3 april 2025
Klant: Stichting Cultureel Centrum De Hanze
       {S('Pottenbakkerstraat')} 9, 7201 JW Zutphen, Nederland
       Uw btw-id: NL{g.plain9()}B01 (intracommunautaire levering: btw verlegd)

Omschrijving                               Aantal     Prijs      Totaal
Programmaboekje A5, 48 p., 4/4 kleur        2.500      0,612    1.530,00
Affiche A2, 4/0 kleur                         150      1,480      222,00
Verzending NL                                   1     45,000       45,00
                                                   Totaal excl. btw  1.797,00
                                                   BTW verlegd (art. 196 Richtlijn 2006/112/EG)

Betaling binnen 30 dagen op rekening ⟦none:{grp4(bad)}⟧ (BIC GKCCBEBB), met vermelding van het
factuurnummer.
"""


@doc("receipt")
def kassabon(g):
    trx = g.elf9()
    items = [("HALFVOLLE MELK 1L", 1.19), ("STATIEGELD", 0.15), ("DUVEL 4-PACK", 7.49), ("STATIEGELD", 0.60),
             ("BANANEN", 1.89), ("SPA ROOD 1,5L", 1.09), ("STATIEGELD", 0.25), ("KIPFILET 500G", 6.29),
             ("RETOUR STATIEGELD", -3.75), ("BONUS DUVEL", -2.00)]
    tot = sum(p for _, p in items)
    body = "\n".join(f"{n:<24s}{nl_money(p):>8s}" for n, p in items)
    return f"""\
hoeveel statiegeld heb ik betaald en hoeveel terug gekregen? en klopt het totaal?

        SUPERMARKT DEKKER
     {S('Kloosterstraat')} 12, Assen
      tel. 0592-{g.digits(6)}
--------------------------------
{body}
--------------------------------
TOTAAL                  {nl_money(tot):>8s}
PINNEN                  {nl_money(tot):>8s}

BTW   GROND       BTW
9%    {nl_money(tot * 0.7 / 1.09):>6s}   {nl_money(tot * 0.7 - tot * 0.7 / 1.09):>6s}
21%   {nl_money(tot * 0.3 / 1.21):>6s}   {nl_money(tot * 0.3 - tot * 0.3 / 1.21):>6s}

Terminal 4T8X21   Merchant {g.digits(7)}
Transactie ⟦none:{trx}⟧
Kaart  ************{g.digits(4)}   Debit Mastercard
AUTORISATIECODE {g.digits(6)}
08/04/2025 18:42   Kassa 3   Bon 0418
"""


@doc("invoice_b2b")
def factuur_webshop(g):
    inv = g.elf9()
    cust = g.elf9()
    return f"""\
Boek deze factuur: welke grootboekrekening en welke btw-code zou je gebruiken? We zijn een tandartsenpraktijk.

KANTOORHUIS VINK B.V.                                          FACTUUR
{S('Energieweg')} 28, 3771 NA Barneveld
KvK 09177213 · BTW NL008144560B01
                                              Factuurnummer  ⟦none:{inv}⟧
                                              Klantnummer    ⟦none:{cust}⟧
Factuuradres                                  Factuurdatum   07-04-2025
Tandartsenpraktijk De Brink
t.a.v. crediteurenadministratie
{S('Stationsweg')} 77
3771 VG Barneveld

Omschrijving                        Aantal   Stuk      Bedrag   Btw
Bureaustoel ergonomisch ES-400        2     289,00     578,00   21%
Printpapier A4 80 g (doos 5x500)      6      27,95     167,70   21%
Koffiebonen 1 kg                      4      17,50      70,00    9%
                                             Subtotaal  815,70
                                             Btw 21%    156,60
                                             Btw 9%       6,30
                                             Totaal     978,60

Deze factuur is reeds voldaan via iDEAL op 07-04-2025. U hoeft niets meer te betalen.
"""


@doc("order_log")
def orderservice_log(g):
    lines = []
    statuses = ["CREATED", "PAID", "PICKED", "SHIPPED", "FAILED", "PAID", "CREATED", "FAILED", "SHIPPED", "PAID"]
    for i, st in enumerate(statuses):
        elf = i % 3 != 1
        nr = g.elf9() if elf else g.plain9()
        nrs = f"⟦none:{nr}⟧" if elf else nr
        extra = ""
        if st == "FAILED":
            extra = g.pick([" reason=PSP_TIMEOUT psp=adyen retry=3", " reason=STOCK_MISMATCH sku=" + g.digits(6)])
        lines.append(f"2025-04-08 07:{10 + i:02d}:{g.r.randint(10, 59)}.{g.r.randint(100, 999)} "
                     f"{'WARN ' if st == 'FAILED' else 'INFO '} order-svc  orderId={nrs} status={st} "
                     f"amount={g.r.randint(12, 240)}.{g.r.randint(10, 99)} EUR channel={g.pick(['web', 'app', 'bol'])}{extra}")
    return ("Which orders failed and why? And did any order get status PAID twice?\n\n" + "\n".join(lines) + "\n")


@doc("ledger")
def grootboek(g):
    rows = ["Dagboek;Boekstuk;Datum;Rekening;Omschrijving;Debet;Credit"]
    entries = [("VRK", "8000", "Omzet hoog", None, 4200.00), ("VRK", "1300", "Debiteuren", 5082.00, None),
               ("VRK", "1610", "Af te dragen btw hoog", None, 882.00), ("INK", "4400", "Huur kantoor", 1850.00, None),
               ("INK", "1600", "Crediteuren", None, 1850.00), ("BNK", "1100", "Bank", 5082.00, None),
               ("BNK", "1300", "Debiteuren", None, 5028.00), ("MEM", "4900", "Afschrijving inventaris", 312.50, None),
               ("MEM", "0290", "Cum. afschr. inventaris", None, 312.50)]
    last = None
    for dag, rek, oms, d, c in entries:
        if dag != last:
            elf = dag in ("VRK", "BNK", "MEM")
            while True:
                nr = g.elf9() if elf else g.plain9()
                if nr[0] == "2":
                    break
            bs = f"⟦none:{nr}⟧" if elf else nr
            last = dag
        rows.append(f"{dag};{bs};31-03-2025;{rek};{oms};{nl_money(d) if d else ''};{nl_money(c) if c else ''}")
    return ("Waarom is de proef- en saldibalans niet in evenwicht? Dit zijn de mutaties van maart uit "
            "Snelstart:\n\n" + "\n".join(rows) + "\n")


@doc("manual_examples")
def testnummers(g):
    return """\
Kun je van dit hoofdstuk een checklist maken voor nieuwe testers? Kort, met vinkjes.

4. TESTGEGEVENS IN DE ACCEPTATIEOMGEVING

4.1 Burgerservicenummers
Gebruik in de test- en acceptatieomgeving nooit echte burgerservicenummers, ook niet "even snel" die
van jezelf of een collega. Gebruik alleen de bekende testnummers:

  ⟦none:999999990⟧   standaard testpersoon, geen partner
  ⟦none:111222333⟧   testpersoon met partner en twee kinderen
  ⟦none:123456782⟧   alleen voor de invoervalidatie (komt in veel voorbeeldcode voor)

Het invoerveld controleert de elfproef. Een nummer als 123456789 wordt daarom geweigerd met de
melding "Ongeldig BSN". Dat is correct gedrag en geen bevinding.

4.2 Bankrekeningnummers
Vul bij incasso-tests een IBAN uit het testbestand in (tabblad "IBAN-test"). Een zelfverzonnen IBAN
wordt door de mod-97-controle afgewezen.

4.3 Adressen
Gebruik het fictieve adres van de testgemeente (Teststraat 1, 9999 ZZ Testdorp). Postcodes die
beginnen met 9999 worden door de postcodetabel niet geaccepteerd in productie.

4.4 Opruimen
Verwijder na afloop van de testronde je testzaken via Beheer > Zaken opschonen.
"""


@doc("pseudonymised")
def research_extract(g):
    rows = ["pseudo_id         pc4   gemeente     birth_year  sex  n_contacts  diagnosis_group"]
    for i in range(8):
        h = "".join(g.pick("0123456789abcdef") for _ in range(16))
        gem = g.pick(["Deventer", "Deventer", "Olst-Wijhe"])
        pc4 = g.pick(["8121", "8131"]) if gem == "Olst-Wijhe" else g.pick(["7411", "7413", "7415", "7421", "7425"])
        rows.append(f"{h}  {pc4}  "
                    f"{gem:<11s}  {g.r.randint(1938, 1960):>10d}  "
                    f"{g.pick('MF'):>3s}  {g.r.randint(1, 40):>10d}  {g.pick(['COPD', 'DM2', 'HF', 'CVA', 'DM2'])}")
    return ("Is this extract anonymous enough to share with the university under the GDPR? The pseudo_id is a "
            "SHA-256 of the BSN with a secret salt, truncated to 16 characters. We have about 3,400 rows.\n\n"
            + "\n".join(rows) + "\n")


@doc("jira_export")
def sprint_review(g):
    items = [("ZAAK-1412", "Koppeling BRP geeft timeout bij verhuizingen", "In uitvoering", "Hamza"),
             ("ZAAK-1415", "Postcodecheck faalt voor Postbus-adressen", "Gereed", "Floor"),
             ("ZAAK-1419", "Export WOZ-bezwaren naar Excel mist kolom 'objectnummer'", "Gereed", "Hamza"),
             ("ZAAK-1421", "Burgerportaal: DigiD-sessie verloopt te snel", "Te doen", ""),
             ("ZAAK-1423", "Melding openbare ruimte: foto's worden niet opgeslagen", "In uitvoering", "Teun"),
             ("ZAAK-1430", "Kwijtschelding: berekening normbedrag 2025 aanpassen", "Te doen", "Floor")]
    rows = ['"Issue key","Summary","Status","Assignee","Created","Zaaknummer melder"']
    for i, (k, s, st, who) in enumerate(items):
        elf = i in (0, 2, 3, 5)
        nr = g.elf9() if elf else g.plain9()
        nrs = f"⟦none:{nr}⟧" if elf else nr
        ampm = g.pick(["AM", "PM"])
        rows.append(f'"{k}","{s}","{st}","{who}","{g.r.randint(1, 28):02d}/Mar/25 {g.r.randint(1, 11)}:{g.r.randint(10, 59)} {ampm}","{nrs}"')
    return ("Maak een samenvatting per status voor de sprint review van vrijdag, in gewone taal voor de "
            "afdeling Burgerzaken. Export uit Jira:\n\n" + "\n".join(rows) + "\n")


@doc("chat_office")
def pallet_receptie(g):
    order = g.elf9()
    return f"""\
[09:14] Receptie Zuidas
er staat een pallet voor jullie beneden, order ⟦none:{order}⟧ van Kantoorhuis Vink. 14 dozen. kan iemand dat komen halen? hij staat in de weg bij de draaideur

[09:16] Lotte Schipper
oh dat zijn de nieuwe bureaustoelen. die moesten toch naar de 6e verdieping geleverd worden?

[09:17] Receptie Zuidas
op de bon staat alleen Gustav Mahlerplein 2, 1082 MA Amsterdam, geen verdieping. de chauffeur mag niet met de goederenlift

[09:19] Lotte Schipper
ok ik stuur Milan met een steekwagen. @Milan kun jij?

[09:25] Milan Tran
onderweg 👍
"""


@doc("job_ad")
def vacature_salaris(g):
    return f"""\
Maak deze vacaturetekst inclusiever en korter (max 250 woorden). Nu reageren vooral mannen van 50+.

VACATURE: Salarisadministrateur (32–36 uur)

Wie zijn wij?
Woonzorg De Linge is een middelgrote zorgorganisatie met zes locaties in de regio Rivierenland. Ons
hoofdkantoor staat aan de {S('Meester van Coothstraat')} 8 in Culemborg (4101 CV).

Wat ga je doen?
- Je verwerkt maandelijks de salarissen van ca. 900 medewerkers in AFAS Profit.
- Je verwerkt mutaties zoals indiensttredingen, adreswijzigingen en loonbeslagen.
- Je bent aanspreekpunt voor de pensioenuitvoerder en de Belastingdienst.
- Je controleert de loonaangifte en de journaalpost.

Wat vragen wij?
- MBO+/HBO-denkniveau, diploma PDL of SPL.
- Minimaal 5 jaar ervaring, bij voorkeur in de zorg (cao VVT).
- Hij is accuraat, stressbestendig en communicatief vaardig.

Wat bieden wij?
- Salaris FWG 50, max. € 4.127,– bruto per maand bij 36 uur.
- Eindejaarsuitkering 8,33% en PFZW-pensioen.
- Thuiswerken in overleg, max. 2 dagen per week.

Solliciteren vóór 30 april via werkenbij@woonzorgdelinge.nl. Gesprekken op ons hoofdkantoor.
"""


@doc("edi_parties")
def edifact_orders(g):
    order = g.elf9()
    def gln(stem):
        s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(stem))
        return stem + str((10 - s % 10) % 10)
    by, dp, su = gln("871234500001"), gln("871234500042"), gln("871987600001")
    ean = gln("871234567890")
    return f"""\
Welke afleverlocatie en welke leverdatum staan in dit ORDERS-bericht? En wie is de leverancier?

UNA:+.? '
UNB+UNOC:3+{by}:14+{su}:14+250408:0612+{g.digits(6)}'
UNH+1+ORDERS:D:96A:UN:EAN008'
BGM+220+⟦none:{order}⟧+9'
DTM+137:20250408:102'
DTM+2:20250410:102'
NAD+BY+{by}::9++Supermarkt Jansen Holding BV+{S('Industrieweg')} 7+Zwolle++8031 AA+NL'
NAD+DP+{dp}::9++DC Venlo Vers+{S('Columbusweg')} 10+Venlo++5928 LA+NL'
NAD+SU+{su}::9++Zuivelcooperatie De Vallei UA+{S('Barneveldseweg')} 30+Ede++6718 XJ+NL'
LIN+1++{ean}:EN'
QTY+21:40'
UNS+S'
UNT+12+1'
UNZ+1+{g.digits(6)}'
"""


@doc("public_places")
def nieuwe_inwoners(g):
    return f"""\
Maak hier een overzicht van in eenvoudige taal (B1) voor nieuwe inwoners, met per plek één zin waarvoor je er komt.

Stadskantoor Culemborg – {S('Ottoweg')} 1, 4101 PL Culemborg
  ma t/m vr 08:30–17:00, do tot 20:00 (alleen op afspraak voor paspoort en rijbewijs)
Milieustraat – {S('Pascalweg')} 24, 4104 BG Culemborg
  di t/m za 09:00–16:00; neem uw afvalpas mee
Bibliotheek Rivierenland, vestiging Culemborg – {S('Varkensmarkt')} 13, 4101 CJ Culemborg
  ma 13:00–17:00, di t/m vr 10:00–18:00, za 10:00–14:00
Zwembad De Oost – {S('Sportlaan')} 2, 4102 GP Culemborg
  banenzwemmen ma/wo/vr 07:00–08:30
Sporthal De Grote Plantage – {S('Sportlaan')} 4, Culemborg
Gezondheidscentrum Terweijde – {S('Jan van Riebeeckstraat')} 2, 4105 AZ Culemborg (huisartsen, apotheek, fysio)
Station Culemborg – {S('Stationsweg')} 1; trein naar Utrecht 4x per uur
"""


@doc("delivery_route")
def bezorgroute(g):
    stops = [("Horeca Groothandel Van Gool", f"{S('Vlaardingweg')} 60", "3044 CK Rotterdam", "06:00-07:30"),
             ("Restaurant De Zeeuwse Stromen", f"{S('Nieuwe Binnenweg')} 144", "3015 BJ Rotterdam", "07:30-09:00"),
             ("Hotel Maassilo", f"{S('Maashaven O.z.')} 1", "3072 HP Rotterdam", "08:00-10:00"),
             ("Bakkerij Kroes filiaal Centrum", f"{S('Meent')} 52", "3011 JN Rotterdam", "09:00-10:30"),
             ("Sportcafé Het Kasteel", f"{S('Spartastraat')} 7", "3027 ER Rotterdam", "10:00-12:00"),
             ("Brasserie Kralingse Plas", f"{S('Plaszoom')} 354", "3062 CP Rotterdam", "11:00-12:30")]
    wk = max(len(x[0]) for x in stops)
    wa = max(len(x[1] + ", " + x[2]) for x in stops)
    rows = [f"Stop  {'Klant':<{wk}s}  {'Adres':<{wa}s}  Venster       Orderref   Colli"]
    for i, (k, a, pc, v) in enumerate(stops):
        elf = i in (1, 2, 4)
        nr = g.elf9() if elf else g.plain9()
        nrs = f"⟦none:{nr}⟧" if elf else nr
        rows.append(f"{i + 1:>4d}  {k:<{wk}s}  {a + ', ' + pc:<{wa}s}  {v}   {nrs}  {g.r.randint(2, 18):>5d}")
    return ("Is dit de handigste volgorde voor de rit van morgen (start en eind in ons depot in Barendrecht)? "
            "De tijdvensters moeten wel gehaald worden.\n\n" + "\n".join(rows) + "\n")


@doc("aggregate_stats")
def pc4_tabel(g):
    rows = [("3811", "Amersfoort", 412), ("3813", "Amersfoort", 388), ("3822", "Amersfoort", 251),
            ("3828", "Hoogland", 97), ("3831", "Leusden", 64), ("3832", "Leusden", 12), ("3835", "Achterveld", 3),
            ("3744", "Baarn", 4)]
    out = [">>> t = df.groupby(['pc4', 'plaats']).agg(n=('client_id', 'count'), leeftijd=('leeftijd', 'mean'))",
           ">>> t.sort_values('n', ascending=False)",
           "                    n  leeftijd", "pc4  plaats", ""]
    for pc4, pl, n in rows:
        out.append(f"{pc4} {pl:<12s} {n:>4d}  {g.r.uniform(68, 84):8.1f}")
    return ("Can I publish this table in our annual report, or are some cells too small? What threshold do "
            "Dutch health organisations usually use?\n\n" + "\n".join(out) + "\n")


@doc("dev_openapi")
def openapi_voorbeeld(g):
    return """\
Our linter says "example does not match pattern" for the postcode field. Why? Snippet from openapi.yaml:

components:
  schemas:
    Persoon:
      type: object
      required: [bsn, postcode, huisnummer]
      properties:
        bsn:
          type: string
          pattern: '^[0-9]{9}$'
          description: Burgerservicenummer, moet de elfproef doorstaan
          example: '⟦none:999999990⟧'
        postcode:
          type: string
          pattern: '^[1-9][0-9]{3} ?[A-Z]{2}$'
          example: '1234ab'
        huisnummer:
          type: integer
          minimum: 1
          example: 1
        iban:
          type: string
          description: IBAN voor uitbetaling (mod-97)
          example: 'NL00 XXXX 0000 0000 00'
"""


@doc("chat_finance")
def terugbetaling_mislukt(g):
    klant = g.person()
    good = g.iban(g.pick(["RABO", "ABNA", "SNSB"]))
    bad = g.bad_iban(good)
    order = g.elf9()
    return f"""\
#team-debiteuren

Noor 10:02
klant {klant.ini} belt voor de 3e keer, terugbetaling van order ⟦none:{order}⟧ (retour 2 jassen, € 189,90) is niet aangekomen. in het systeem staat ie op "mislukt"

Bas 10:05
welk rekeningnummer staat erbij?

Noor 10:06
⟦none:{grp4(bad)}⟧, dat heeft ze zelf in het retourformulier getikt

Bas 10:08
die is ongeldig, de controle klopt niet. waarschijnlijk een tikfout. vraag haar het nummer opnieuw door te geven via het klantportaal, niet telefonisch of hier in de chat

Noor 10:09
ok 👍 ik zet het ticket op wachten op klant

Wat is een nette, korte mail aan de klant hierover? Zonder het rekeningnummer te noemen.
"""


# ---------------------------------------------------------------- more prose with personal data


@doc("email_sick")
def ziekmelding_arbo(g):
    e = g.person("m", born=(1968, 1990))
    hr = g.person("v")
    a = g.addr("Zaandam")
    b = g.bsn()
    return f"""\
Kun je deze mail aan de arbodienst herschrijven zodat er geen medische informatie meer in staat? Mijn leidinggevende zegt dat dat niet mag.

Aan: verzuim@arbozorg-noordwest.nl
Onderwerp: Ziekmelding {e.name}

Beste verzuimcoördinator,

Hierbij meld ik {e.name} (geboren {e.bday}, BSN ⟦bsn:{b}⟧) ziek per maandag 7 april. {e.first}
werkt bij ons als monteur buitendienst, 38 uur per week.

Hij heeft een hernia en ligt thuis plat; hij kan niet autorijden. Een spreekuur op jullie locatie is
dus lastig. Een huisbezoek kan op zijn woonadres: ⟦address:{a.line1}, {a.pc} {a.place}⟧. Hij is het
beste bereikbaar na 10:00 op {g.mobile()}.

Hij verwacht zelf minstens vier weken uit te vallen. De fysiotherapeut komt twee keer per week.

Met vriendelijke groet,

{hr.name}
HR & Salarisadministratie
Zaanstreek Installatietechniek B.V. · {S('Hemkade')} 14 · 1506 PR Zaandam
"""


@doc("care_handover")
def warme_overdracht(g):
    kid = g.person("m", born=(2010, 2011))
    pleeg1 = g.person("v", born=(1972, 1980))
    mother = g.person("v", born=(1985, 1990), surname=kid.surname)
    pa = g.addr("Zwolle")
    ma = g.addr("Kampen")
    b = g.bsn()
    return f"""\
Herschrijf deze overdracht in de vorm van ons format (Situatie – Achtergrond – Beoordeling – Advies). De
nieuwe jeugdbeschermer begint maandag.

Warme overdracht {kid.first} {kid.surname} ({2025 - kid.birth.year} jaar)

{kid.first} (BSN ⟦bsn:{b}⟧) woont sinds oktober 2023 in een pleeggezin bij {pleeg1.name} en haar man,
⟦address:{pa.line1}, {pa.pc} {pa.place}⟧. Het gaat daar redelijk goed; hij zit in de tweede klas
van het vmbo-kader en heeft een vriendengroep op voetbal.

Moeder, {mother.name}, woont in ⟦address:{ma.line1}, {ma.pc} {ma.place}⟧. Er is begeleide omgang
eens per twee weken op zaterdag in het bezoekhuis van de Jeugdbescherming, {S('Burgemeester Roelenweg')}
13 in Zwolle. Moeder komt de laatste maanden vaker te laat of zegt af. {kid.first} is daar boos en
verdrietig over, maar laat dat thuis niet zien.

Vader is niet in beeld; het gezag ligt bij moeder, de ondertoezichtstelling loopt tot 1 november.
Aandachtspunt: school meldt dat {kid.first} sinds februari vaker spijbelt op maandag.
"""


@doc("letter_notary")
def nalatenschap(g):
    dec = g.person("m", born=(1936, 1944))
    heir = g.person("v", born=(1965, 1975))
    da = g.addr("Middelburg", add="")
    ha = g.addr("Goes")
    b = g.bsn()
    ib = g.iban()
    return f"""\
Mijn vader is overleden en ik kreeg deze brief van de notaris. Wat moet ik met het formulier doen en moet ik al iets betalen?

Notariskantoor Zeeuws-Vlaanderen & Walcheren
Postbus 1012, 4330 BA Middelburg

{heir.hr} {heir.ini}
⟦address:{ha.line1}
{ha.pc}  {ha.place.upper()}⟧

Middelburg, {nl_date(g.date(m0=3, m1=4))}
Betreft: nalatenschap van wijlen de heer {dec.first} {dec.second or 'Cornelis'} {dec.surname}

Geachte {heir.sir} {heir.Surname},

Wij zijn door de executeur verzocht de nalatenschap af te wikkelen van uw vader, de heer
{dec.ini}, geboren op {dec.bday}, overleden op 2 maart 2025, laatst wonende te
⟦address:{da.line1}, {da.pc} {da.place}⟧, burgerservicenummer ⟦bsn:{b}⟧.

U bent een van de drie erfgenamen. Wij verzoeken u het bijgevoegde formulier "Keuze erfgenaam"
binnen vier weken ingevuld terug te sturen. U kunt kiezen voor zuivere aanvaarding, beneficiaire
aanvaarding of verwerping.

Voor de uitkering van uw erfdeel hebben wij uw rekeningnummer genoteerd zoals u dat telefonisch
doorgaf: ⟦iban:{grp4(ib)}⟧. Klopt dit niet, laat het ons dan weten.

Met vriendelijke groet,
mr. E.J. Kloosterman, kandidaat-notaris
"""


@doc("english_prompt")
def mortgage_advisor(g):
    me = g.person("m", born=(1988, 1993))
    me.first = g.pick(["Lucas", "Olivier", "Vincent"])
    a = g.addr("Amstelveen")
    b = g.bsn()
    return f"""\
Please help me write an email to our mortgage advisor. I'm an expat (Portuguese), we want to buy our first
home in Amstelveen. Keep it friendly and short, and ask what documents she still needs.

Facts to include:
- my name is {me.first} Mendes, date of birth {me.birth.strftime('%d/%m/%Y')}
- my BSN is ⟦bsn:{b}⟧ (she asked for it for the BKR check)
- we currently rent at ⟦address:{a.line1}, {a.pc} {a.place}⟧, rent is €1,950/month
- permanent contract at ASML since 2021, gross salary €84k + 13th month
- my partner works 24h/week as a nurse at Amstelland hospital
- we'd like an appointment in the week of 12 May, preferably after 16:00
"""


@doc("call_transcript")
def transcriptie_kcc(g):
    p = g.person("v", born=(1950, 1960))
    a = g.addr("Wijchen", add="")
    b = g.bsn()
    spaced = " ".join(b)
    return f"""\
Maak een korte notitie voor het klantdossier van dit gesprek (automatische transcriptie, dus er staan
fouten in). Alleen de vraag, wat er is afgesproken en de terugbelactie.

[00:00:03] Medewerker: Gemeente Wijchen, u spreekt met Gijs, waarmee kan ik u helpen?
[00:00:07] Beller: Ja goedemiddag, met mevrouw {p.surname}. Ik heb een brief gehad over de
afvalpas maar ik heb helemaal geen pas gekregen.
[00:00:15] Medewerker: Vervelend. Mag ik voor de controle uw burgerservicenummer?
[00:00:19] Beller: Ehm, ja, dat is ⟦bsn!:{spaced}⟧.
[00:00:31] Medewerker: Dank u. En u woont op?
[00:00:33] Beller: ⟦address!:{a.street} {a.nr}, in Wijchen⟧. Al veertig jaar.
[00:00:38] Medewerker: Ik zie het. De pas is op 3 maart verstuurd, maar hij is retour gekomen.
[00:00:44] Beller: Dat kan niet, mijn post komt gewoon aan.
[00:00:49] Medewerker: Ik vraag een nieuwe aan, die krijgt u binnen tien werkdagen. Lukt het niet,
dan bel ik u vrijdag terug.
[00:00:58] Beller: Graag, dank u wel.
"""


@doc("kvk_extract")
def uittreksel_kvk(g):
    rsin = g.elf9()
    d1, d2 = g.people(2, born=(1965, 1985))
    return f"""\
Wie mag er namens dit bedrijf tekenen? Ik wil een huurcontract voor een bedrijfspand met ze afsluiten.

Uittreksel Handelsregister Kamer van Koophandel
KvK-nummer {g.digits(8)}                                  Pagina 1 (van 1)

Rechtspersoon
RSIN                          ⟦none:{rsin}⟧
Rechtsvorm                    Besloten Vennootschap
Statutaire naam               Groenvoorziening Betuwe B.V.
Statutaire zetel              Tiel
Eerste inschrijving           14-06-2011

Onderneming
Handelsnamen                  Groenvoorziening Betuwe, Betuwe Tuinen
SBI-code                      81302 - Hoveniers
Vestigingsnummer              {g.digits(12, '0')}
Bezoekadres                   {S('Kellenseweg')} 4, 4004 JD Tiel
Postadres                     Postbus 421, 4000 AK Tiel
Werkzame personen             23

Bestuurders
Naam                          {d1.surname.upper()}, {d1.first}
Geboortedatum                 {d1.bday}
Datum in functie              14-06-2011
Bevoegdheid                   Gezamenlijk bevoegd (met andere bestuurder(s))

Naam                          {d2.surname.upper()}, {d2.first}
Geboortedatum                 {d2.bday}
Datum in functie              01-01-2019
Bevoegdheid                   Gezamenlijk bevoegd (met andere bestuurder(s))
"""


@doc("meeting_notes")
def notulen_bewonersavond(g):
    proj = g.elf9()
    return f"""\
Maak van deze aantekeningen nette notulen met een actielijst (wie, wat, wanneer).

bewonersavond herinrichting Dorpsstraat – 2 april – wijkcentrum De Schakel, {S('Raadhuisplein')} 3, Nijkerk
aanwezig ca 40 bewoners, wethouder Van Doorn, projectleider Floor (gemeente), Jesse (aannemer)
- projectnummer gemeente ⟦none:{proj}⟧, planning: start na de bouwvakvakantie, klaar voor kerst
- veel vragen over parkeren tijdens werkzaamheden → tijdelijk parkeren op terrein sporthal {S('Watergoorweg')}
- winkeliers willen bereikbaarheid in december garanderen (Jesse checkt fasering)
- bomen: 6 lindes blijven, 2 zieke kastanjes gaan eruit, compensatie in het plantsoen bij de kerk
- afvalinzameling: tijdelijke verzamelplek bij de ingang van de begraafplaats
- volgende avond in september, zelfde locatie
- Floor stuurt de presentatie rond via de bewonersbrief
"""


@doc("school_newsletter")
def nieuwsbrief_school(g):
    return f"""\
Kun je deze nieuwsbrief inkorten tot de helft en de data in een lijstje zetten?

Nieuwsbrief OBS De Regenboog – april 2025

Koningsspelen
Op vrijdag 25 april doen we mee aan de Koningsspelen. We beginnen om 8:30 met een ontbijt op school en
gaan daarna naar Sportpark De Engh, {S('Engweg')} 20 in Veenendaal. Graag sportkleding aan en een
bidon mee. We zijn om 14:00 terug.

Schoolreis
De schoolreis van groep 3 t/m 6 gaat op 20 mei naar Dierenpark Amersfoort ({S('Barchman Wuytierslaan')} 224).
Groep 7 en 8 gaan op kamp van 11 t/m 13 juni naar De Boshut in Lunteren.

Ouderbijdrage
De vrijwillige ouderbijdrage is € 35 per kind. U kunt betalen via Schoolkassa; de link staat in
Parro. Kunt u het niet betalen? Neem dan contact op met juf Hilde, uw kind doet gewoon mee.

Luizencontrole
Na elke vakantie controleren de luizenouders alle kinderen op woensdag.

Afwezig
Meester Luuk is vanaf 1 mei met vaderschapsverlof. Juf Yara neemt groep 5 over.
"""


if __name__ == "__main__":
    for _place in PLACES:
        P(_place)
    main()
