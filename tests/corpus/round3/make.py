#!/usr/bin/python3
"""Generate round 3 of the realistic Dutch office-text sample for clipguard.

Each document below is a function that returns the text as a Dutch office
worker would copy it, with inline markers around the spans that are labelled:

    ⟦bsn:…⟧   ⟦iban:…⟧   ⟦address:…⟧     finding, tier core (plainly written)
    ⟦bsn!:…⟧  ⟦iban!:…⟧  ⟦address!:…⟧    finding, tier hard (columns, JSON/XML/
                                         YAML/SQL/log fields, far from the label,
                                         lower-case chat, line-wrapped, no
                                         postcode, odd separators)
    ⟦none:…⟧                             hard negative: passes the 11-check but is
                                         an order/invoice/request/article number
                                         or a well-known example number (or looks
                                         like an IBAN and is not one)

The script strips the markers, writes docs/NNNN.txt, labels.jsonl (UTF-8 byte
offsets, end exclusive) and manifest.jsonl, and then checks its own output:

  * every label's bytes are what the marker held, labels do not overlap;
  * every BSN label passes the 11-check (8 digits: with the lost leading zero);
  * every IBAN label passes mod 97 with the right length for its country;
  * no 11-check-valid 9-digit number (plain, or grouped 3-3-3, 4-2-3, 2-2-2-3,
    5-4 ..., also through &nbsp;, \\u00a0, TeX \\, and ~, fullwidth digits) and
    no valid IBAN is left without a label, unless it is in ALLOW below with a
    reason;
  * a labelled BSN or IBAN is labelled wherever its text recurs in the document;
  * every street name that make.py puts into a labelled address is a real one
    (in ../../../../shared/data/nl/streets.txt, i.e. /work/shared/data/nl).

Only the standard library is used: the 11-check and mod 97 are implemented
here.  Values come from random.Random seeded with SEED and the function name,
so a rerun writes the same bytes and adding a document changes no other.

usage: /usr/bin/python3 make.py [-v]
"""
import datetime
import json
import os
import random
import re
import shutil
import sys

SEED = 20250611
HERE = os.path.dirname(os.path.abspath(__file__))
DATA_CANDIDATES = [os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "nl"),
                   "/work/shared/data/nl"]
DATA = next((d for d in DATA_CANDIDATES if os.path.isfile(os.path.join(d, "streets.txt"))),
            DATA_CANDIDATES[-1])

# Numbers that the self-check would flag but that are deliberately left without a
# label: (source function, exact text in the document, reason).
ALLOW = [
]

# ------------------------------------------------------------------ check digits


def elf_ok(digits):
    """BSN 11-check; 8 digits are a BSN that lost its leading zero."""
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    s = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1)))
    return s % 11 == 0


# IBAN lengths of the SEPA countries (and a few more); other two-letter codes are no IBAN.
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "LU": 20, "GB": 22, "ES": 24, "PL": 28,
            "AT": 20, "CH": 21, "DK": 18, "FI": 18, "IE": 22, "IT": 27, "PT": 25, "SE": 24,
            "NO": 15, "CZ": 24, "SK": 24, "HU": 28, "RO": 24, "BG": 22, "HR": 21, "SI": 19,
            "EE": 20, "LV": 21, "LT": 20, "GR": 27, "CY": 28, "MT": 31, "IS": 26, "LI": 21,
            "MC": 27, "SM": 27, "TR": 26}


def mod97(s):
    """Remainder of an alphanumeric string read as an IBAN number (A=10 ... Z=35)."""
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return mod97(s[4:] + s[:4]) == 1


def iban_make(country, bban):
    chk = 98 - mod97(bban + country + "00")
    ib = f"{country}{chk:02d}{bban}"
    assert iban_ok(ib), ib
    return ib


def gln(stem12):
    """GS1 check digit for a 13-digit GLN/EAN."""
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(stem12))
    return stem12 + str((10 - s % 10) % 10)


def grp(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def dotted(b):
    """1234.56.782, the grouping on Dutch ID cards and tax letters."""
    return f"{b[:4]}.{b[4:6]}.{b[6:]}"


def sp3(b, sep=" "):
    return f"{b[:3]}{sep}{b[3:6]}{sep}{b[6:]}"


def nlmoney(x):
    s = f"{x:,.2f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


# ------------------------------------------------------------------ people, places

F_NAMES = ["Anne", "Merel", "Roos", "Sara", "Tessa", "Janneke", "Marieke", "Ellen", "Gerda",
           "Hennie", "Aleida", "Yasmina", "Khadija", "Elif", "Dewi", "Agnieszka", "Ingeborg",
           "Loes", "Willemijn", "Sietske", "Trijntje", "Nicole", "Esther", "Jolanda", "Miranda",
           "Sandra", "Priya", "Hatice", "Nienke", "Carlijn", "Floor", "Mila", "Zoë", "Lieve"]
M_NAMES = ["Gert-Jan", "Sjoerd", "Hidde", "Ruud", "Theo", "Arie", "Johan", "Maarten", "Rob",
           "Vincent", "Niek", "Hamza", "Ayoub", "Mehmet", "Tomasz", "Ravi", "Bart", "Jasper",
           "Lucas", "Finn", "Sem", "Levi", "Harm", "Wim", "Cor", "Dirk", "Eelco", "Tjeerd",
           "Ferry", "Patrick", "Rachid", "Stijn", "Teun", "Jurre"]
SURNAMES = ["Kuipers", "de Jong", "van der Wal", "Hofman", "Scholten", "Westerhof", "Bosman",
            "Verbeek", "van Dam", "Lammers", "Evers", "Hermans", "Mol", "Zijlstra", "van Rijn",
            "de Ruiter", "van Vliet", "Blom", "van Wijk", "Jonker", "Kamphuis", "Brinkman",
            "Sedney", "Ramdin", "Aydın", "Benali", "Kowalski", "Tran", "Wiersma", "Nijholt",
            "ten Brink", "van 't Hof", "op de Weegh", "Geurts", "Claassen", "Verhagen",
            "Pronk", "de Lange", "van Beers", "Rutten", "Lemmens", "Heijnen", "Vos", "Faber",
            "Groen", "Koopman", "Haverkamp", "El Idrissi", "Çelik", "Boukhari", "Lubbers"]

KID_F = ["Emma", "Julia", "Tess", "Sophie", "Nora", "Evi", "Saar", "Liv", "Noor", "Yara",
         "Fenna", "Lina", "Hiba", "Maud", "Isa"]
KID_M = ["Noah", "Daan", "Luuk", "Milan", "Sem", "Bram", "Mees", "Adam", "Siem", "Ryan",
         "Jens", "Olivier", "Mohammed", "Thijs", "Gijs"]

PLACES = {
    "Amsterdam": (1011, 1109), "Rotterdam": (3011, 3089), "Den Haag": (2491, 2597),
    "Utrecht": (3511, 3585), "Eindhoven": (5611, 5658), "Groningen": (9711, 9747),
    "Tilburg": (5011, 5049), "Almere": (1311, 1364), "Breda": (4811, 4839),
    "Nijmegen": (6511, 6546), "Haarlem": (2011, 2037), "Arnhem": (6811, 6846),
    "Zwolle": (8011, 8046), "Leiden": (2311, 2334), "Maastricht": (6211, 6229),
    "Amersfoort": (3811, 3829), "Apeldoorn": (7311, 7339), "Enschede": (7511, 7548),
    "Deventer": (7411, 7431), "Delft": (2611, 2629), "Leeuwarden": (8911, 8939),
    "'s-Hertogenbosch": (5211, 5237), "Dordrecht": (3311, 3329), "Zoetermeer": (2711, 2729),
    "Hengelo": (7550, 7559), "Gouda": (2801, 2809), "Alkmaar": (1811, 1827),
    "Hilversum": (1211, 1223), "Venlo": (5911, 5928), "Heerlen": (6411, 6422),
    "Ede": (6711, 6718), "Zutphen": (7201, 7207), "Kampen": (8261, 8266),
    "Middelburg": (4331, 4336), "Assen": (9401, 9409), "Emmen": (7811, 7833),
    "Helmond": (5701, 5709), "Oss": (5341, 5349), "Roosendaal": (4701, 4709),
    "Hoorn": (1621, 1628), "Lelystad": (8211, 8245), "Purmerend": (1441, 1448),
    "Zeist": (3701, 3709), "Houten": (3991, 3997), "Veenendaal": (3901, 3907),
    "Woerden": (3441, 3449), "Harderwijk": (3841, 3848), "Meppel": (7941, 7944),
    "Sneek": (8601, 8608), "Roermond": (6041, 6046), "Schiedam": (3111, 3125),
    "Nijkerk": (3861, 3864), "Doetinchem": (7001, 7009), "Tiel": (4001, 4007),
    "Wageningen": (6701, 6709), "Almelo": (7601, 7609), "Vlissingen": (4381, 4389),
    "Goes": (4461, 4465), "Weert": (6001, 6006), "Drachten": (9200, 9205),
    "Heerenveen": (8441, 8449), "Nieuwegein": (3431, 3439),
}
COMMON_STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianastraat",
                  "Wilhelminalaan", "Beatrixstraat", "Beukenlaan", "Lindenlaan", "Eikenlaan",
                  "Berkenlaan", "Esdoornstraat", "Zonnebloemstraat", "Merelstraat",
                  "Lijsterstraat", "Spoorstraat", "Schoolstraat", "Nieuwstraat", "Marktstraat",
                  "Kastanjelaan", "Populierenlaan", "Rozenstraat", "Tulpstraat", "Sportlaan",
                  "Parallelweg", "Hoogstraat", "Grotestraat", "Churchilllaan", "Mozartlaan"]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
PC_LETTERS = "ABCDEGHJKLMNPRTVWXZ"
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]

_STREETS = None
_PLACES = None
STREETS_USED = []   # (source, street) of every street put into a labelled address


def streets():
    global _STREETS
    if _STREETS is None:
        with open(os.path.join(DATA, "streets.txt"), encoding="utf-8") as f:
            _STREETS = {s.strip() for s in f if s.strip()}
    return _STREETS


def places():
    global _PLACES
    if _PLACES is None:
        with open(os.path.join(DATA, "places.txt"), encoding="utf-8") as f:
            _PLACES = {s.strip().lower() for s in f if s.strip()}
    return _PLACES


_POOL = None


def street_pool():
    global _POOL
    if _POOL is None:
        pat = re.compile(r"^(?:[A-Z][a-zé]+ )?[A-Z][a-zé]{3,}"
                         r"(?:straat|laan|weg|gracht|kade|plein|singel|dijk|dreef|hof|steeg)$")
        _POOL = sorted(s for s in streets() if pat.match(s))
    return _POOL


class Person:
    def __init__(self, first, surname, gender, birth, r):
        self.first, self.surname, self.gender, self.birth = first, surname, gender, birth
        ini = first[0] + "."
        if "-" in first:
            ini = ".".join(p[0] for p in first.split("-")) + "."
        elif r.random() < 0.55:
            ini += r.choice("ACEHJMPW") + "."
        self.initials = ini
        parts = surname.split(" ")
        self.tv = " ".join(p for p in parts if p[:1].islower() or p == "'t")
        self.core = " ".join(p for p in parts if not (p[:1].islower() or p == "'t"))

    @property
    def name(self):
        return f"{self.first} {self.surname}"

    @property
    def ini(self):
        return f"{self.initials} {self.surname}"

    @property
    def Sur(self):
        return self.surname[0].upper() + self.surname[1:]

    @property
    def sort(self):
        return f"{self.core}, {self.initials}" + (f" {self.tv}" if self.tv else "")

    @property
    def heer(self):
        return "mevrouw" if self.gender == "v" else "de heer"

    @property
    def dhr(self):
        return "Mevr." if self.gender == "v" else "Dhr."

    @property
    def mail(self):
        dom = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl",
               "planet.nl", "xs4all.nl"]
        c = self.core.lower().replace(" ", "").replace("ı", "i").replace("ç", "c")
        return f"{self.first.lower().replace('ë', 'e')}.{c}@{dom[len(c) % len(dom)]}"


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
    def l1(self):
        return f"{self.street} {self.hn}"

    @property
    def l2(self):
        return f"{self.pc} {self.place}"

    @property
    def pcc(self):
        return self.pc.replace(" ", "")

    @property
    def one(self):
        return f"{self.l1}, {self.l2}"


class Gen:
    def __init__(self, key):
        self.key = key
        self.r = random.Random(f"{SEED}:{key}")

    def digits(self, n, first="123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def bsn(self, lead0=False):
        while True:
            head = ("0" + self.digits(7)) if lead0 else self.digits(8)
            s = sum(int(d) * w for d, w in zip(head, (9, 8, 7, 6, 5, 4, 3, 2)))
            if s % 11 < 10:
                b = head + str(s % 11)
                assert elf_ok(b)
                return b

    elf9 = bsn  # order, invoice, booking numbers that happen to pass the 11-check

    def plain9(self):
        while True:
            n = self.digits(9)
            if not elf_ok(n):
                return n

    def n9(self):
        """A 9-digit reference number, marked as a hard negative when it passes the 11-check."""
        n = self.digits(9)
        return f"⟦none:{n}⟧" if elf_ok(n) else n

    def iban(self, bank=None):
        bank = bank or self.r.choice(BANKS)
        acct = ("000" + self.digits(7)) if bank == "INGB" else self.digits(10, "0123456789")
        return iban_make("NL", bank + acct)

    def bad_iban(self, good):
        while True:
            i = self.r.randrange(8, len(good))
            d = str((int(good[i]) + self.r.randint(1, 9)) % 10)
            bad = good[:i] + d + good[i + 1:]
            if not iban_ok(bad):
                return bad

    def person(self, gender=None, born=(1950, 2000), surname=None):
        gender = gender or self.r.choice("mv")
        if born[0] >= 2008:
            first = self.r.choice(KID_F if gender == "v" else KID_M)
        else:
            first = self.r.choice(F_NAMES if gender == "v" else M_NAMES)
        birth = datetime.date(self.r.randint(*born), self.r.randint(1, 12), self.r.randint(1, 28))
        return Person(first, surname or self.r.choice(SURNAMES), gender, birth, self.r)

    def pc(self, place=None):
        lo, hi = PLACES.get(place, (1011, 9999))
        while True:
            l = self.r.choice(PC_LETTERS) + self.r.choice(PC_LETTERS)
            if l not in ("SA", "SD", "SS"):
                return f"{self.r.randint(lo, hi)} {l}"

    def street(self):
        if self.r.random() < 0.5:
            return self.r.choice(COMMON_STREETS)
        return self.r.choice(street_pool())

    def addr(self, place=None, street=None, nr=None, add=None):
        place = place or self.r.choice(sorted(PLACES))
        street = street or self.street()
        STREETS_USED.append((self.key, street))
        if add is None:
            add = "" if self.r.random() < 0.65 else self.r.choice(
                ["a", "A", "b", "B", "-1", "-2", "-II", " hs", "-bis", " rood", "-3"])
        if nr is None:
            nr = str(self.r.choice([self.r.randint(1, 30), self.r.randint(1, 60),
                                    self.r.randint(31, 240)]))
        return Addr(street, str(nr), add, self.pc(place), place)

    def date(self, y=2025, m0=1, m1=6):
        return datetime.date(y, self.r.randint(m0, m1), self.r.randint(1, 28))

    def phone(self):
        return "06-" + self.digits(8, "123456789")


def S(name):
    """A street name typed into a template by hand: it must be a real one."""
    if name not in streets():
        raise SystemExit(f"street not in streets.txt: {name}")
    return name


def fill(tpl, **kw):
    """Replace «key» placeholders (for brace-heavy texts: JSON, TeX, XML)."""
    for k, v in kw.items():
        tpl = tpl.replace(f"«{k}»", str(v))
    if "«" in tpl:
        raise SystemExit("unfilled placeholder: " + tpl[tpl.index("«"):][:30])
    return tpl


DOCS = []


def doc(family):
    def deco(fn):
        DOCS.append((family, fn))
        return fn
    return deco

# ================================================================== A: organisations

@doc("store_list")
def filialen(g):
    rows = [
        ("101", "Kampen centrum", S("Oudestraat") + " 142", "8261 CW", "Kampen", "12:00-18:00", "09:00-18:00", "09:00-17:00", "gesloten"),
        ("102", "Zwolle Diezerpoort", S("Diezerstraat") + " 81", "8011 RH", "Zwolle", "11:00-18:00", "09:00-18:00", "09:00-17:30", "12:00-17:00"),
        ("104", "Zwolle Stadshagen", S("Zuiderzeestraatweg") + " 2", "8041 BA", "Zwolle", "gesloten", "08:30-20:00", "08:30-18:00", "gesloten"),
        ("107", "Meppel", S("Hoofdstraat") + " 50", "7941 AH", "Meppel", "13:00-18:00", "09:30-18:00", "09:30-17:00", "gesloten"),
        ("111", "Deventer", S("Lange Bisschopstraat") + " 21", "7411 CR", "Deventer", "12:00-18:00", "09:30-18:00", "09:00-17:00", "12:00-17:00"),
        ("115", "Hardenberg (NIEUW)", S("Voorstraat") + " 9", "7772 AB", "Hardenberg", "-", "09:00-18:00", "09:00-17:00", "gesloten"),
    ]
    out = ["Openingstijden filialen Bakkerij & Lunchroom Haverkamp — zomerrooster (vanaf 2 juni t/m 31 aug)",
           "", "Filiaal\tVestiging\tAdres\tPostcode\tPlaats\tMa\tDi t/m vr\tZa\tZo"]
    for r in rows:
        out.append("\t".join(r))
    out += ["",
            "* Do koopavond Zwolle Diezerpoort tot 21:00 (alleen afhalen).",
            "* Filiaal 115 opent op 16 juni, tot die tijd bestellingen via 107 Meppel.",
            "* Feestdagen: 2e Pinksterdag alle filialen 10:00-16:00 behalve 104.",
            "Vragen over het rooster: planning@bakkerijhaverkamp.nl of 038-4218800 (kantoor, ma-vr 8-16u)."]
    return "\n".join(out) + "\n"


@doc("hotel_booking")
def hotel(g):
    gast = g.person("v")
    res = g.elf9()
    return f"""\
Onderwerp: Bevestiging van uw reservering ⟦none:{res}⟧ – Hotel De Wijnberg Maastricht

Beste mevrouw {gast.core},

Hartelijk dank voor uw reservering. Hieronder vindt u de gegevens.

Reserveringsnummer:   ⟦none:{res}⟧
Gast:                 {gast.initials} {gast.surname}
Aankomst:             vrijdag 23 mei 2025 (inchecken vanaf 15:00 uur)
Vertrek:              zondag 25 mei 2025 (uitchecken tot 11:00 uur)
Kamer:                1 x Comfort tweepersoonskamer, 2 volwassenen
Arrangement:          Logies & ontbijt, incl. welkomstdrankje
Totaalprijs:          € 389,00 (excl. toeristenbelasting € 4,85 p.p.p.n.)

Adres van het hotel
Hotel De Wijnberg
{S("Vrijthof")} 14
6211 LE Maastricht
T +31 (0)43 321 44 60

Parkeren: wij hebben geen eigen parkeerplaats. Wij adviseren Q-Park Vrijthof
(ingang Sint Servaasklooster), op 2 minuten lopen. Gasten betalen € 22,50 per 24 uur
met een uitrijkaart die u bij de receptie haalt.

Annuleren is kosteloos tot 48 uur voor aankomst. Daarna brengen wij 90% van de
reserveringswaarde in rekening.

Wij zien u graag in Maastricht!

Met vriendelijke groet,
Receptie Hotel De Wijnberg
"""


@doc("sports_fixtures")
def programma(g):
    return f"""\
PROGRAMMA ZATERDAG 13 SEPTEMBER – jeugd v.v. Nieuwkuijk

Aanv.  Wedstrijd                                   Veld   Vertrek  Accommodatie
08:45  Nieuwkuijk JO9-2 - Vlijmense Boys JO9-4     5A     -        Sportpark De Hoge Hoek
09:30  Heusden JO11-1 - Nieuwkuijk JO11-1          2      08:30    Sportpark 't Groenewoud, {S("Sportlaan")} 2, Heusden
10:00  Nieuwkuijk JO13-1 - DESK JO13-2             1      -        Sportpark De Hoge Hoek
10:30  Haarsteeg JO15-1 - Nieuwkuijk JO15-1        3      09:15    Sportpark De Schans, {S("Kerkeveld")} 30, Haarsteeg
12:00  Nieuwkuijk JO17-1 - Elshout JO17-1          1      -        Sportpark De Hoge Hoek
14:30  Nieuwkuijk 1 - Drunen 2                     1      -        Sportpark De Hoge Hoek

Adres eigen sportpark: Sportpark De Hoge Hoek, {S("Onderstraat")} 83, 5253 CG Nieuwkuijk
Kleedkamers worden een half uur voor aanvang ingedeeld, zie het bord bij de kantine.

STAND 4E KLASSE D (na 2 wedstrijden)
Pos  Team              G  W  GL V  Ptn  DV-DT
 1   Drunen 2          2  2  0  0   6   7-1
 2   Nieuwkuijk 1      2  1  1  0   4   4-2
 3   Vlijmense Boys 3  2  1  0  1   3   3-3
 4   Elshout 1         2  0  1  1   1   2-4
 5   Haarsteeg 2       2  0  0  2   0   1-7

Rijders JO15: ouders van Sem, Jurre en Finn. Graag om 09:15 verzamelen bij de kantine.
"""


@doc("event_invite")
def buurtfeest(g):
    return f"""\
Beste buurtbewoners,

Op zaterdag 27 september is het weer Burendag! Dit jaar in en rond
Buurthuis De Kastanje, {S("Kastanjelaan")} 3, 3833 AN Leusden.

Programma
10.00 uur   Koffie met appeltaart in de grote zaal
10.30 uur   Opruimactie park Groenhorst (handschoenen en grijpers liggen klaar)
12.30 uur   Gezamenlijke lunch (soep van de Zonnebloem-vrijwilligers)
14.00 uur   Kinderspelen op het grasveld, springkussen
16.00 uur   Afsluiting met een hapje en drankje

Zondag 28 september om 10.00 uur is er een Burendag-dienst in de Hervormde
Dorpskerk, {S("Dorpsstraat")} 42 in Leusden, met na afloop koffie in het
kerkelijk centrum De Open Hof ({S("Hessenweg")} 4).

Aanmelden voor de lunch kan tot 20 september bij het buurthuis of via
burendag@dekastanje-leusden.nl. Vrijwillige bijdrage € 5,- per volwassene.

Wie kan er helpen met opbouwen vanaf 08.30 uur? Laat het even weten!

Hartelijke groet,
Werkgroep Burendag Groenhorst
"""


@doc("event_invite")
def nieuwjaarsreceptie(g):
    return f"""\
UITNODIGING

Het college van burgemeester en wethouders van de gemeente Houten nodigt u van
harte uit voor de

        NIEUWJAARSRECEPTIE 2026
        maandag 5 januari, 19.30 - 21.30 uur
        Gemeentehuis Houten, hal en raadszaal
        {S("Onderdoor")} 25, 3995 DW Houten

Om 20.00 uur spreekt burgemeester Van Wijk de nieuwjaarstoespraak uit, waarna de
Houtense Vrijwilligersprijs 2025 wordt uitgereikt.

Bereikbaarheid: het gemeentehuis ligt op 3 minuten lopen van station Houten.
Parkeren kan gratis in parkeergarage Het Rond (ingang {S("Spoorhaag")}).

Aanmelden is niet nodig. Neem gerust uw partner mee.
"""


@doc("warehouse_stock")
def voorraad(g):
    locs = [("DC Tilburg", f"{S('Tolnegenweg')} 30, 5048 AV Tilburg"),
            ("Magazijn Venlo", f"{S('Celsiusweg')} 12, 5928 PR Venlo"),
            ("Crossdock Nieuwegein", f"{S('Ravenswade')} 54R, 3439 LD Nieuwegein")]
    items = ["Pallet stretchfolie 23 my", "Tape bruin 48mm x 66m", "Doos 60x40x40 dubbelgolf",
             "Vulchips 500 L", "Kartonnen hoekprofiel 50x50", "Labels 100x150 thermisch"]
    out = ["Voorraadoverzicht per locatie – peildatum 16-06-2025 06:00 (WMS export)", ""]
    for name, adr in locs:
        out.append(f"{name} ({adr})")
        out.append("Artikel\tOmschrijving\tLocatiecode\tVrij\tGereserveerd\tBesteladvies")
        for it in g.r.sample(items, 4):
            vrij = g.r.randint(0, 900)
            art = g.elf9() if g.r.random() < 0.35 else g.plain9()
            art = f"⟦none:{art}⟧" if elf_ok(art) else art
            out.append(f"{art}\t{it}\t{g.r.choice('ABCDE')}{g.r.randint(1, 24):02d}-{g.r.randint(1, 6)}\t{vrij}\t{g.r.randint(0, 120)}\t{'JA' if vrij < 150 else '-'}")
        out.append("")
    out.append("Artikelnummers zijn de interne WMS-nummers, niet de EAN. Vragen: voorraadbeheer@verpakkingsgroep.nl")
    return "\n".join(out) + "\n"


@doc("edi_order")
def edifact(g):
    order = g.elf9()
    by, su, dp, iv = (gln("871" + g.digits(9, "0123456789")) for _ in range(4))
    lines = []
    for i in range(1, 4):
        ean = gln("871" + g.digits(9, "0123456789"))
        lines += [f"LIN+{i}++{ean}:SRV'", f"QTY+21:{g.r.choice([24, 48, 96, 120])}'",
                  f"PRI+AAA:{g.r.randint(100, 900) / 100:.2f}'"]
    seg = [
        "UNA:+.? '",
        f"UNB+UNOC:3+{by}:14+{su}:14+250612:0714+{g.r.randint(10000, 99999)}++ORDERS'",
        "UNH+1+ORDERS:D:96A:UN:EAN008'",
        f"BGM+220+⟦none:{order}⟧+9'",
        "DTM+137:20250612:102'",
        "DTM+2:20250616:102'",
        f"NAD+BY+{by}::9++Coöperatie Dagvers U.A.+{S('Hanzeweg')} 10+Zwolle++8025 BA+NL'",
        f"NAD+SU+{su}::9++Zuivelboerderij De Veenhoeve B.V.+{S('Industrieweg')} 22+Kampen++8263 AB+NL'",
        f"NAD+DP+{dp}::9++DC Dagvers Apeldoorn+{S('Ecofactorij')} 10+Apeldoorn++7325 WC+NL'",
        f"NAD+IV+{iv}::9++Coöperatie Dagvers U.A. crediteurenadm.+Postbus 40211+Zwolle++8004 DE+NL'",
        "CUX+2:EUR:9'",
    ] + lines + [
        "UNS+S'",
        f"CNT+2:{len(lines) // 3}'",
        f"UNT+{12 + len(lines)}+1'",
        "UNZ+1+1'",
    ]
    return ("De leverancier zegt dat onze ORDERS niet door hun validatie komt (fout NAD+DP). "
            "Zie jij wat er mis is?\n\n" + "\n".join(seg) + "\n")


@doc("office_locations")
def vestigingen(g):
    return f"""\
## Onze vestigingen

| Vestiging | Bezoekadres | Postadres | Telefoon | Receptie |
|---|---|---|---|---|
| Hoofdkantoor Zwolle | {S('Dokter van Deenweg')} 84, 8025 BL Zwolle | Postbus 40010, 8004 DA Zwolle | 038 - 456 78 00 | ma-vr 8.00-17.30 |
| Groningen | {S('Hooghiemstraplein')} 2, 9711 BD Groningen | idem hoofdkantoor | 050 - 311 40 20 | ma-do 8.30-17.00 |
| Amersfoort | {S('Stationsplein')} 31, 3818 LE Amersfoort | Postbus 2100, 3800 CC Amersfoort | 033 - 460 91 00 | ma-vr 8.00-17.00 |
| Eindhoven (Strijp-S) | {S('Torenallee')} 20, 5617 BC Eindhoven | idem hoofdkantoor | 040 - 212 33 90 | di + do |

Let op: het kantoor Groningen verhuist in het najaar, het adres hierboven klopt nog niet (check bij Facilitair).
Parkeren: Zwolle eigen terrein (pas nodig), Amersfoort P+R Stationsplein, Eindhoven parkeergarage Strijp-S.
Facturen altijd naar het postadres in Zwolle, o.v.v. kostenplaats.
"""


@doc("relocation_notice")
def verhuisbericht_bedrijf(g):
    return f"""\
Onderwerp: Wij zijn verhuisd!

Geachte relatie,

Per 1 maart zijn wij verhuisd naar een nieuw, duurzaam kantoorpand aan de rand
van Utrecht. Ons nieuwe adres is:

    Hofman Installatieadvies B.V.
    {S('Kanaalweg')} 14
    3526 KL Utrecht

Ons postadres (Postbus 8123, 3503 RC Utrecht), telefoonnummer (030 - 231 09 90)
en e-mailadressen blijven ongewijzigd. Wilt u het nieuwe adres verwerken in uw
administratie en het ook gebruiken voor leveringen?

Het oude kantoor aan de {S('Vleutenseweg')} 420 is per 15 maart gesloten. Post die
daar nog binnenkomt wordt tot 1 juli doorgestuurd.

U bent van harte welkom op onze open dag op vrijdag 4 april vanaf 15.00 uur.

Met vriendelijke groet,

Ruud Hofman
directeur
Hofman Installatieadvies B.V. | KvK 30187442
"""


@doc("email_signature")
def handtekening(g):
    return f"""\
Hoi Sietske,

Dank voor je snelle reactie. Donderdag 10:00 bij jullie op kantoor is prima, ik
neem de jaarrekening 2024 en het concept voor de herstructurering mee. Kun je de
notulen van de AVA nog even doorsturen?

Groet,
Maarten

--
Maarten Verbeek RA
Senior manager audit

Hendriks & Partners accountants en adviseurs
{S('Laan van Westenenk')} 501 | 7334 DT Apeldoorn
T +31 (0)55 526 10 40 | M +31 (0)6 2041 7739
www.hendrikspartners.nl | KvK 08123456

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Als dit bericht
niet voor u bestemd is, wordt u verzocht de afzender hiervan op de hoogte te stellen
en het bericht te verwijderen.

-----Oorspronkelijk bericht-----
Van: Sietske Wiersma <s.wiersma@wiersmatransport.nl>
Verzonden: dinsdag 10 juni 2025 16:41
Aan: Maarten Verbeek <m.verbeek@hendrikspartners.nl>
Onderwerp: RE: planning controle

Maarten, wanneer komen jullie langs? Ik ben er deze week di, do en vr.

Met vriendelijke groet,
Sietske Wiersma | financial controller
Wiersma Transport B.V. | {S('Transportweg')} 9 | 8448 CX Heerenveen
tel. 0513 - 62 44 10
"""


@doc("route_description")
def route(g):
    return f"""\
Routebeschrijving Verhagen Advocaten – kantoor Den Bosch

Adres: {S('Vlijmenseweg')} 2, 5223 GW 's-Hertogenbosch (ingang aan de zijkant, bord 'Verhagen')

Met de auto vanuit Utrecht (A2)
- Neem afrit 22 's-Hertogenbosch-West en volg de borden 'Centrum'.
- Ga bij de tweede rotonde rechtsaf de Vlijmenseweg op.
- Na ca. 400 meter ziet u ons kantoor aan de rechterkant. Parkeren op het eigen
  terrein (P2, code slagboom bij de receptie opvragen).

Met de auto vanuit Eindhoven (A2/A59)
- Neem afrit 45 Vlijmen en rijd richting 's-Hertogenbosch.
- Volg de Vlijmenseweg tot het kruispunt met de Oude Vlijmenseweg; ons pand ligt
  direct na het tankstation.

Met het openbaar vervoer
- Vanaf station 's-Hertogenbosch bus 136 richting Vlijmen, uitstappen halte
  'Vlijmenseweg / Nijverheidsweg', daarna 2 minuten lopen.
- Een taxi vanaf het station kost ongeveer € 15,-.

Navigatie: voer '{S('Vlijmenseweg')} 2' in, niet 'Oude Vlijmenseweg'.
"""


@doc("po_box")
def antwoordnummer(g):
    return f"""\
Wilt u het ingevulde en ondertekende formulier voor 1 juli terugsturen? Gebruik
de bijgevoegde antwoordenvelop, een postzegel is niet nodig.

Stuur het formulier naar:
   Stichting Pensioenfonds Zorg en Welzijn Noord
   t.a.v. afdeling Deelnemersadministratie
   Antwoordnummer 10452
   9700 VB  Groningen

Heeft u geen antwoordenvelop meer? Dan kunt u het formulier ook met postzegel
sturen naar ons postadres:
   Postbus 2045
      9704 CA  Groningen

Of lever het in bij ons kantoor (ma t/m vr 9.00-16.00 uur):
   {S('Europaweg')} 200, 9723 AS Groningen

Heeft u vragen? Bel 050 - 523 18 00 of kijk op www.pfzwnoord.nl/formulieren.
"""


@doc("belgian_company")
def offerte_belgie(g):
    return """\
OFFERTE nr. OF25-0418                                  Sint-Martens-Latem, 12/06/2025

Drukkerij Vandenbroucke BV
Kortrijksesteenweg 112
9830 Sint-Martens-Latem
België
BTW BE 0456.789.420 – RPR Gent
tel. +32 9 282 31 40

Aan: Uitgeverij De Lantaarn B.V., Nederland

Betreft: drukwerk jaarverslag 2025

Oplage        Formaat  Omvang             Papier          Prijs excl. btw
  500 ex.     A4       48 p. + omslag     Munken 120 g    € 3.480,00
1.000 ex.     A4       48 p. + omslag     Munken 120 g    € 4.215,00

Levering franco op uw adres in Nederland. Ophalen kan ook in ons magazijn:
Industriezone Kristalpark 5, 3920 Lommel (ma-vr 7u30-16u).

Deze offerte is 30 dagen geldig. Intracommunautaire levering: btw verlegd.

Met vriendelijke groeten,
Pieter Vandenbroucke
"""


@doc("receipt")
def kassabon(g):
    bon = g.elf9()
    return f"""\
      DROGISTERIJ DE VLINDER
      {S('Diezerstraat')} 81
      8011 RH Zwolle
      tel 038-4214477
      www.drogisterijdevlinder.nl

Bon  ⟦none:{bon}⟧        12-06-25 16:47
Kassa 2   Medew. 07 (Loes)
----------------------------------------
Tandpasta fluor 75ml          2x   2,49
                                   4,98
Paracetamol 500mg 20st             1,69
Handcrème 100ml                    5,99
  Actie 2e halve prijs            -3,00
Zonnebrand SPF30 200ml            12,99
Wattenschijfjes 80st               0,99
----------------------------------------
TOTAAL                            23,64
PIN                               23,64

BTW    Grondslag      BTW
21%        17,98     3,78
 9%         1,73     0,16

Klantenpas: ****8812   Gespaarde punten: 23

Maestro   ************4417
Terminal  {g.digits(8)}   Merchant  {g.digits(6)}
Periode 5162  Transactie 00481
AUTORISATIECODE 4A7Q21
      Ruilen binnen 14 dagen met bon
      Bedankt en tot ziens!
"""


@doc("parking_garage")
def parkeergarage(g):
    abo = g.elf9()
    return f"""\
Hoi,

Voor de declaratie: dit is wat de parkeergarage mailde na de klantdag.

-----
Parkeergarage Weena-Centraal
{S('Weena')} 505, 3013 AL Rotterdam
Open 24/7 – hoogte max. 2,10 m

Betaalbewijs
Ingereden:   11-06-2025 08:12
Uitgereden:  11-06-2025 18:37
Duur:        10 u 25 min
Kenteken:    XK-482-T
Tarief:      € 3,60 per uur, dagmaximum € 32,50
Te betalen:  € 32,50 (incl. 21% btw € 5,64)
Betaald met: Mastercard **** 9021
Transactie:  {g.digits(14)}
Abonnementsnummer (zakelijk): ⟦none:{abo}⟧
-----

Kostenplaats 4410, project Rotterdam Zuid. Kun jij dit goedkeuren?

Groet, Jasper
"""


@doc("vacancy")
def vacature(g):
    return f"""\
Vacature: Medewerker crediteurenadministratie (32-40 uur)

Waar ga je werken?
Lubbers Logistiek is een familiebedrijf met 240 medewerkers. Je werkt op ons
hoofdkantoor aan de {S('Hoofdweg')} 12 in Capelle aan den IJssel, op 5 minuten van
metrostation Capelsebrug. Thuiswerken kan 1 dag per week.

Wat ga je doen?
- facturen van leveranciers boeken en matchen met inkooporders;
- betaalruns voorbereiden (2x per week);
- vragen van leveranciers beantwoorden;
- meewerken aan de maandafsluiting.

Wat vragen wij?
- mbo-4 of hbo niveau, richting bedrijfsadministratie;
- ervaring met Exact Globe of AFAS is een pré.

Wat bieden wij?
Salaris € 2.900 - € 3.650 bruto per maand, 25 vakantiedagen, pensioen via
Pensioenfonds Vervoer en een NS-business card.

Solliciteren? Stuur je cv en motivatie vóór 30 juni naar vacatures@lubberslogistiek.nl
of per post naar Lubbers Logistiek, t.a.v. P&O, Postbus 1210, 2900 BE Capelle
aan den IJssel. Vragen: Nicole de Lange, 010 - 458 22 00.
"""


@doc("appointment_reminder")
def tandarts(g):
    p = g.person()
    return f"""\
Herinnering afspraak

Beste {p.first} {p.surname},

U heeft een afspraak bij Tandartspraktijk De Zonnebloem:

  Datum:     dinsdag 17 juni 2025
  Tijd:      10:40 - 11:00 uur
  Behandelaar: mw. E. Çelik (mondhygiënist)
  Locatie:   {S('Zonnebloemstraat')} 3, 7608 BN Almelo (ingang naast de apotheek)

Verhinderd? Meld dit uiterlijk 24 uur van tevoren via 0546 - 81 40 22, anders
brengen wij de gereserveerde tijd in rekening.

Neem uw legitimatiebewijs mee bij uw eerste bezoek.

Met vriendelijke groet,
Tandartspraktijk De Zonnebloem
"""


@doc("event_invite")
def cursuslocatie(g):
    return f"""\
Beste deelnemers aan de training 'Grip op de AVG voor HR',

Fijn dat jullie je hebben aangemeld. Hier de praktische informatie.

Data:      dinsdag 24 en dinsdag 1 juli, 9.30 - 16.30 uur (inloop vanaf 9.00)
Locatie:   Congrescentrum De Werelt, zaal Veluwe
           {S('Westhofflaan')} 2, 6741 KH Lunteren
Parkeren:  gratis op het eigen terrein
Trein:     station Lunteren, daarna 12 minuten lopen of de pendelbus (om 9.05)

Lunch en koffie zijn inbegrepen. Geef dieetwensen door vóór 20 juni.
Neem je laptop mee, we werken met echte (geanonimiseerde) casussen.

Tot dan!
Carlijn Brinkman – trainer Werkplaats Privacy
"""


@doc("municipal_newsletter")
def milieustraat(g):
    return f"""\
Afvalnieuws juni – gemeente Nijkerk

Nieuwe openingstijden milieustraat
Vanaf 1 juli is de milieustraat aan de {S('Energieweg')} 21, 3861 PV Nijkerk ook op
maandagmiddag open. De nieuwe tijden:
  ma 13.00-17.00 | di-vr 8.30-17.00 | za 8.30-15.00

Inleveren van asbest kan alleen na afspraak via de Afval-app.

Kringloopwinkel
Spullen die nog goed zijn? Breng ze naar Kringloop De Vonk, {S('Holkerweg')} 12,
Nijkerk. Grote meubels worden gratis opgehaald, bel 033 - 246 48 80.

Oud papier
De verenigingen halen het papier op de eerste zaterdag van de maand op. Zet de
container vóór 8.00 uur aan de weg.

Vragen? Klantcontactcentrum gemeente Nijkerk, {S('Kolkstraat')} 27, of bel 14 033.
"""


@doc("company_outing")
def bedrijfsuitje(g):
    return f"""\
Programma personeelsuitje vrijdag 5 september – Zutphen

09.30  Ontvangst met koffie bij Brasserie De Lange Hofstraat, {S('Lange Hofstraat')} 14
10.30  Stadswandeling met gids (start bij de Wijnhuistoren, Houtmarkt)
12.30  Lunch in Museum Henriette Polak, {S('Zaadmarkt')} 88
14.00  Keuze: sloepvaren op de Berkel (vertrek steiger Marspoort) of
       proeverij bij Stadsbrouwerij Zutphen, {S('Spittaalstraat')} 41
17.00  Borrel en buffet in Restaurant 't Schuim, {S('Turfstraat')} 6
20.30  Einde; bus terug naar kantoor Deventer (vertrek Stationsplein)

Dresscode: makkelijke schoenen, het wordt een lange dag lopen.
Partners zijn welkom bij de borrel vanaf 17.00 uur.
Afmelden voor 22 augustus bij Hennie (tst. 214).
"""


@doc("notary_deed")
def volmacht(g):
    p = g.person("v", born=(1948, 1958))
    home = g.addr("Deventer", street=S("Boxbergerweg"), add="")
    flat = g.addr("Deventer", street=S("Keizerstraat"), add="-2")
    return f"""\
                                                              Kenmerk: 2025.001842.01/JB
                                                              Concept d.d. 10 juni 2025

VOLMACHT (verkoop appartementsrecht)

Heden, twaalf juni tweeduizendvijfentwintig, verscheen voor mij, mr. Johanna
Bosman, notaris gevestigd te Deventer, ten kantore van mij, notaris, aan de
{S('Brinkgreverweg')} 10 te Deventer:
{p.heer} {p.first} Geertruida {p.surname}, geboren te Almelo op {p.birth.day} {MONTHS[p.birth.month - 1]}
{p.birth.year}, wonende te ⟦address:{home.pc} Deventer, {home.street} {home.hn}⟧, zich
legitimerende met haar paspoort, nummer NV8R41K27, ongehuwd en niet geregistreerd als
partner,
hierna te noemen: "de volmachtgever".
De comparante verklaarde bij deze volmacht te verlenen aan ieder van de
medewerkers van Notariskantoor Bosman, kantoorhoudende te 7411 GW Deventer,
{S('Brinkgreverweg')} 10, om namens de volmachtgever te verkopen en te leveren aan
de heer Gert-Jan Zijlstra of aan diens rechtverkrijgende(n):
het appartementsrecht, rechtgevende op het uitsluitend gebruik van de woning
op de tweede verdieping van het gebouw plaatselijk bekend als
⟦address:{flat.street} {flat.hn}, {flat.pc} Deventer⟧, kadastraal bekend gemeente Deventer,
sectie F, complexaanduiding 2184-A, appartementsindex 4,
voor een koopprijs van tweehonderdvijfentachtigduizend euro (€ 285.000,00),
en voorts al datgene te doen wat de gevolmachtigde nodig of nuttig oordeelt.
"""


@doc("supplier_master")
def crediteuren(g):
    sup = [("Wiersma Transport B.V.", "Transportweg 9", "8448 CX", "Heerenveen", 30),
           ("Drukkerij Van Rijn", "Nijverheidsweg 41", "3771 ME", "Barneveld", 14),
           ("Schoonmaakbedrijf Sedney V.O.F.", "Amsterdamseweg 120", "6814 GJ", "Arnhem", 30),
           ("Koopman Kantoorinrichting B.V.", "Hambakenwetering 8", "5231 DD", "'s-Hertogenbosch", 60),
           ("Heijnen Catering", "Oosterhoutseweg 3", "4941 AA", "Raamsdonksveer", 14),
           ("IT-Beheer Noord B.V.", "Europaweg 200", "9723 AS", "Groningen", 30)]
    out = ["Stamgegevens crediteuren (export Exact, 12-06-2025)", "",
           "Crediteur\tNaam\tAdres\tPostcode\tPlaats\tKvK\tBTW-nummer\tIBAN\tBetaalterm."]
    for i, (n, a, pc, pl, t) in enumerate(sup):
        S(a.rsplit(" ", 1)[0])
        kvk = g.digits(8)
        btw = f"NL⟦none:{g.elf9()}⟧B0{g.r.choice('12')}"
        ib = "" if i == 4 else f"⟦iban!:{g.iban()}⟧"
        out.append(f"{20010 + i * 10}\t{n}\t{a}\t{pc}\t{pl}\t{kvk}\t{btw}\t{ib}\t{t} dgn")
    out += ["", "Heijnen Catering: IBAN nog opvragen, staat niet op de factuur!"]
    return ("Kun je checken of er dubbele leveranciers in deze lijst staan en of de btw-nummers het goede formaat hebben?\n\n"
            + "\n".join(out) + "\n")


@doc("sepa_xml")
def incasso_b2b(g):
    cred = g.iban("RABO")
    kvk = g.digits(8)
    # SEPA creditor identifier: check digits over the national id only, business code ZZZ
    cid = f"NL{98 - mod97(kvk + '0000' + 'NL00'):02d}ZZZ{kvk}0000"
    debtors = [("Garagebedrijf Smits B.V.", S("Ambachtsweg"), "12", "3771MJ", "Barneveld", "INGB"),
               ("Zorgboerderij De Lindehoeve", S("Voorthuizerstraat"), "140", "3881SK", "Putten", "RABO"),
               ("Hoveniersbedrijf Groen V.O.F.", S("Industrieweg"), "7", "3881LB", "Putten", "ABNA")]
    tx = []
    for i, (nm, st, nr, pc, tw, bank) in enumerate(debtors):
        amt = g.r.randint(9000, 60000) / 100
        tx.append(fill("""\
      <DrctDbtTxInf>
        <PmtId><EndToEndId>F2025-«inv»</EndToEndId></PmtId>
        <InstdAmt Ccy="EUR">«amt»</InstdAmt>
        <DrctDbtTx><MndtRltdInf><MndtId>LEM-M-«mnd»</MndtId><DtOfSgntr>2023-01-09</DtOfSgntr></MndtRltdInf></DrctDbtTx>
        <Dbtr>
          <Nm>«nm»</Nm>
          <PstlAdr><StrtNm>«st»</StrtNm><BldgNb>«nr»</BldgNb><PstCd>«pc»</PstCd><TwnNm>«tw»</TwnNm><Ctry>NL</Ctry></PstlAdr>
        </Dbtr>
        <DbtrAcct><Id><IBAN>⟦iban!:«ib»⟧</IBAN></Id></DbtrAcct>
        <RmtInf><Ustrd>Factuur F2025-«inv» juni 2025</Ustrd></RmtInf>
      </DrctDbtTxInf>""", inv=f"{1412 + i * 3:05d}", amt=f"{amt:.2f}", mnd=f"{104 + i * 17:04d}",
                       nm=nm, st=st, nr=nr, pc=pc, tw=tw, ib=g.iban(bank)))
    return fill("""\
Rabobank wijst deze incassobatch af met 'AM05 Duplication'. Wat moet ik aanpassen?

<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02">
  <CstmrDrctDbtInitn>
    <GrpHdr>
      <MsgId>LEM-20250612-01</MsgId>
      <CreDtTm>2025-06-12T09:14:22</CreDtTm>
      <NbOfTxs>3</NbOfTxs>
      <InitgPty><Nm>Lemmens Groothandel B.V.</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>LEM-B-0612</PmtInfId>
      <PmtMtd>DD</PmtMtd>
      <PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl><LclInstrm><Cd>B2B</Cd></LclInstrm><SeqTp>RCUR</SeqTp></PmtTpInf>
      <ReqdColltnDt>2025-06-18</ReqdColltnDt>
      <Cdtr>
        <Nm>Lemmens Groothandel B.V.</Nm>
        <PstlAdr><Ctry>NL</Ctry><AdrLine>«cst» 30</AdrLine><AdrLine>3881 LB Putten</AdrLine></PstlAdr>
      </Cdtr>
      <CdtrAcct><Id><IBAN>⟦iban!:«cred»⟧</IBAN></Id></CdtrAcct>
      <CdtrAgt><FinInstnId><BIC>RABONL2U</BIC></FinInstnId></CdtrAgt>
      <CdtrSchmeId><Id><PrvtId><Othr><Id>⟦none:«cid»⟧</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id></CdtrSchmeId>
«tx»
    </PmtInf>
  </CstmrDrctDbtInitn>
</Document>
""", cred=cred, cid=cid, cst=S("Industrieweg"), tx="\n".join(tx))


@doc("garage_invoice")
def garagefactuur(g):
    k = g.person("m", born=(1955, 1990))
    a = g.addr("Nijkerk")
    ib = g.iban("RABO")
    fact = g.elf9()
    d = g.date(m0=5, m1=6)
    return f"""\
AUTOBEDRIJF VAN DER WAL
APK – onderhoud – schadeherstel – alle merken
{S('Ambachtsweg')} 12 · 3771 MJ Barneveld · 0342 - 41 22 33 · info@autobedrijfvanderwal.nl
KvK 09154376 · btw NL00{g.digits(7, '0123456789')}B01

                                          {k.dhr} {k.initials} {k.surname}
                                          ⟦address:{a.l1}
                                          {a.l2}⟧

FACTUUR
Factuurnummer: ⟦none:{fact}⟧      Factuurdatum: {d:%d-%m-%Y}      Klantnr: 4417
Kenteken: 7-KTR-21   Merk/type: Volkswagen Golf 1.4 TSI   Km-stand: 148.312

Omschrijving                                   Aantal    Prijs      Totaal
APK keuring personenauto                         1       49,00       49,00
Remblokken voor vervangen (set)                  1       68,50       68,50
Remschijven voor vervangen                       2       42,75       85,50
Arbeid                                         1,5       79,00      118,50
Milieutoeslag                                    1        4,95        4,95
                                                      Subtotaal     326,45
                                                      BTW 21%        68,55
                                                      Totaal €      395,00

Volgende APK: {d.replace(year=2026):%d-%m-%Y}. Advies: distributieriem binnen 10.000 km.

Gelieve binnen 14 dagen te voldoen op ⟦iban:{ib}⟧ t.n.v. Autobedrijf Van der Wal
onder vermelding van het factuurnummer.
"""


@doc("delivery_note")
def pakbon(g):
    k = g.person("v")
    a = g.addr("Harderwijk")
    order = g.elf9()
    return f"""\
PAKBON                                                     Tuincentrum De Bosrand
                                                           {S('Hessenweg')} 178
                                                           3845 MA Harderwijk
                                                           0341 - 43 18 80

Bestelnummer:  ⟦none:{order}⟧
Besteldatum:   08-06-2025
Leverdatum:    13-06-2025 (tijdvak 12:00 - 16:00)

Afleveradres:
{k.dhr} {k.initials} {k.surname}
⟦address:{a.l1}
{a.l2}⟧
tel. {g.phone()}

Art.nr   Omschrijving                                 Aantal
20417    Hortensia paniculata 'Limelight' 60-80 cm      2
31108    Potgrond universeel 40 L                        6
55012    Terracotta pot 40 cm                           2
80001    Bezorgkosten regio (0-15 km)                    1

Opmerking klant: "achterom via de poort, bel aan bij de buren als ik er niet ben (nr 14)"

Ontvangen in goede staat: ____________________   Datum: ___________
Retourneren binnen 14 dagen in de winkel, {S('Hessenweg')} 178 Harderwijk.
"""


@doc("order_confirmation")
def bestelling(g):
    k = g.person("m", born=(1975, 2001))
    a = g.addr("Hengelo")
    order = g.elf9()
    return f"""\
Bedankt voor je bestelling, {k.first}!

Bestelnummer ⟦none:{order[:3]}-{order[3:]}⟧  –  {g.date(m0=6, m1=6).day} juni 2025
(je kunt dit nummer gebruiken als je contact met ons opneemt)

Wat je hebt besteld
1x  Bosch accuboormachine 18V incl. 2 accu's       € 149,00
1x  Bitset 32-delig                                 € 19,99
Verzendkosten                                       € 0,00
Totaal (incl. btw)                                  € 168,99
Betaald met iDEAL

Bezorging
We bezorgen je pakket dinsdag tussen 9:00 en 18:00 uur op dit afleveradres:
{k.first} {k.surname}
⟦address:{a.l1}
{a.l2}⟧

Factuuradres: gelijk aan afleveradres

Retourneren?
Breng je pakket binnen 30 dagen naar een PostNL-punt, bijvoorbeeld
PostNL-punt Primera Hengelo, {S('Enschedesestraat')} 61, 7551 EE Hengelo.
Print het retourlabel via Mijn account.

Klantenservice: ma-za 8-20u, 085 - 208 41 00
"""


# ================================================================== B: people's addresses

@doc("letter_collection")
def deurwaarder(g):
    p = g.person("m", born=(1965, 1995))
    a = g.addr("Dordrecht", street=S("Sint Jorisweg"), add=" B")
    dos = g.elf9()
    ib = g.iban("ABNA")
    return f"""\
Gerechtsdeurwaarderskantoor Rutten & Claassen
Postbus 2210
  3000 CE  Rotterdam
T 010 - 206 18 00  |  www.rutten-claassen.nl

                                        AANGETEKEND + PER GEWONE POST
                                        De heer {p.initials} {p.surname}
                                        ⟦address:{a.l1}
                                        {a.l2}⟧

Rotterdam, 11 juni 2025
Ons dossiernummer: ⟦none:{dos}⟧
Opdrachtgever: Eneco Consumenten B.V.
Betreft: laatste aanmaning voor dagvaarding

Geachte heer {p.Sur},

Ondanks eerdere herinneringen van onze opdrachtgever heeft u de onderstaande
vordering nog niet betaald.

Hoofdsom (facturen mrt-apr 2025)       € 412,80
Buitengerechtelijke incassokosten      €  61,92
Wettelijke rente t/m 11-06-2025        €   7,14
Totaal                                 € 481,86

Wij verzoeken u het totaalbedrag uiterlijk 25 juni 2025 over te maken op
⟦iban:{ib}⟧ t.n.v. Stichting Derdengelden Rutten & Claassen, onder vermelding van
het dossiernummer. Een betalingsregeling is mogelijk; bel ons dan vóór die datum.

Betaalt u niet, dan gaan wij zonder nadere aankondiging over tot dagvaarding.
De kosten daarvan komen voor uw rekening.

Hoogachtend,
mr. T. Claassen, gerechtsdeurwaarder
"""


@doc("email_personal")
def nieuw_adres(g):
    old = g.addr("Utrecht", street=S("Hendrik Staetslaan"), add="")
    new = g.addr("Zeist", street=S("Beukenlaan"), add="")
    return f"""\
Onderwerp: We zijn verhuisd! 🏡

Lieve familie, vrienden en (oud-)collega's,

Na maanden klussen is het dan zover: per 1 juni wonen we niet meer op de
⟦address!:{old.street} {old.hn}⟧ in Utrecht-Oost maar in Zeist. Ons nieuwe adres is:

⟦address:{new.street} {new.hn}
{new.pc} Zeist⟧

Ons vaste nummer vervalt, de mobiele nummers blijven hetzelfde. Mijn nieuwe adres
voor de post van de hockeyclub is hetzelfde, Floor, dus je kunt de ledenadministratie
gewoon aanpassen.

Housewarming op zaterdag 5 juli vanaf 16 uur, laat even weten of jullie komen!

Liefs,
Merel, Jasper, Mila en Finn
"""


@doc("rental_contract")
def huurcontract(g):
    vh = g.person("m", born=(1950, 1965))
    hu = g.person("v", born=(1995, 2002))
    va = g.addr("Haarlem", street=S("Kleine Houtstraat"), add="")
    ha = g.addr("Leiden", street=S("Haarlemmerstraat"), add="-2")
    obj = g.addr("Haarlem", street=S("Schoterweg"), add=" zwart")
    ib = g.iban("SNSB")
    return f"""\
HUUROVEREENKOMST WOONRUIMTE
(model ROZ 2017, aangepast)

De ondergetekenden:

1. {vh.heer} {vh.first} {vh.surname}, wonende te ⟦address:{va.pc} Haarlem, {va.street} {va.hn}⟧,
   hierna te noemen "verhuurder";

en

2. {hu.heer} {hu.first} {hu.surname}, geboren {hu.birth:%d-%m-%Y}, thans woonachtig
   ⟦address:{ha.street} {ha.hn}, {ha.pc} Leiden⟧, hierna te noemen "huurder";

zijn het volgende overeengekomen:

Het gehuurde
1.1 Verhuurder verhuurt aan huurder en huurder huurt van verhuurder de zelfstandige
    woonruimte (bovenwoning) plaatselijk bekend ⟦address:{obj.street} {obj.hn}, {obj.pc} Haarlem⟧,
    hierna "het gehuurde", met berging en gedeeld gebruik van de tuin.

Duur
2.1 De overeenkomst gaat in op 1 juli 2025 en wordt aangegaan voor onbepaalde tijd.

Huurprijs, servicekosten en betaling
3.1 De huurprijs bedraagt € 1.145,00 per maand. Het voorschot servicekosten
    (water, schoonmaak trappenhuis) bedraagt € 35,00 per maand.
3.2 Huurder betaalt maandelijks bij vooruitbetaling vóór de eerste van de maand op
    rekeningnummer ⟦iban:{ib}⟧ ten name van {vh.initials} {vh.surname}.
3.3 Huurder betaalt bij ingang een waarborgsom van € 2.290,00.

Aldus opgemaakt en in tweevoud getekend te Haarlem op 14 juni 2025.
"""


@doc("excel_hr")
def hr_excel(g):
    hdr = ["Personeelsnr", "Achternaam", "Voornaam", "Geb.datum", "Straat", "Huisnr", "Toev",
           "Postcode", "Woonplaats", "Functie", "Afdeling", "In dienst", "Contract"]
    rows = []
    func = [("Orderpicker", "Logistiek"), ("Teamleider", "Logistiek"), ("Heftruckchauffeur", "Logistiek"),
            ("Planner", "Kantoor"), ("Administratief mw.", "Kantoor"), ("Orderpicker", "Logistiek"),
            ("Monteur", "Techniek")]
    for i, (f, afd) in enumerate(func):
        p = g.person(born=(1966, 2004))
        a = g.addr(g.r.choice(["Tilburg", "Oss", "'s-Hertogenbosch", "Helmond", "Eindhoven", "Breda"]))
        pc = a.pc if i % 3 else a.pcc
        rows.append([str(30412 + i * 7), p.surname, p.first, f"{p.birth:%d-%m-%Y}",
                     f"⟦address!:{a.street}", a.nr, a.toev, pc, f"{a.place}⟧", f, afd,
                     f"{g.r.randint(1, 28)}-{g.r.randint(1, 12)}-{g.r.randint(2012, 2025)}",
                     g.r.choice(["vast", "tijdelijk 12 mnd", "oproep", "vast"])])
    n = len(hdr)
    lines = ["Overzicht medewerkers DC Tilburg (t.b.v. BHV-indeling)" + "\t" * (n - 1),
             "\t" * (n - 1), "\t".join(hdr)] + ["\t".join(r) for r in rows] + [
             "\t" * (n - 1), "Stand per 13-06-2025" + "\t" * (n - 1)]
    return "\r\n".join(lines) + "\r\n"


@doc("brp_extract")
def brp(g):
    p = g.person("v", born=(1980, 1995))
    a = g.addr("'s-Hertogenbosch", street=S("Vughterstraat"), add=" A")
    b = g.bsn()
    return f"""\
UITTREKSEL BASISREGISTRATIE PERSONEN
Gemeente 's-Hertogenbosch
Postbus 12345, 5200 GZ 's-Hertogenbosch

Datum uittreksel            13 juni 2025
Kenmerk                     BRP-2025-118734

Persoonsgegevens
Geslachtsnaam               {p.Sur}
Voornamen                   {p.first} Johanna
Geslacht                    vrouw
Geboortedatum               {p.birth:%d-%m-%Y}
Geboorteplaats              Oss
Burgerservicenummer         ⟦bsn:{b}⟧
Nationaliteit               Nederlandse

Adresgegevens
Straat en huisnummer        ⟦address!:{a.street} {a.nr} {a.toev}⟧
Postcode en woonplaats      ⟦address!:{a.pc} 's-Hertogenbosch⟧
Gemeente van inschrijving   's-Hertogenbosch
Datum aanvang adreshouding  01-09-2019
Functie adres               woonadres

Dit uittreksel is gratis verstrekt voor het aanvragen van een huurtoeslag.
Namens de burgemeester,
de teamleider Burgerzaken
"""


@doc("tax_bill")
def aanslag_gemeente(g):
    p = g.person("v", born=(1950, 1970))
    a = g.addr("Zwolle", street=S("Assendorperstraat"), add="")
    subj = g.elf9()
    ib = g.iban("BNGH")
    woz = g.r.randint(260, 420) * 1000
    ozb = woz * 0.000914
    return f"""\
Gemeente Zwolle                                   AANSLAGBILJET
Postbus 10007                                     Gemeentelijke belastingen 2025
8000 GA  Zwolle                                   en WOZ-beschikking

{p.dhr} {p.initials} {p.surname}
⟦address:{a.l1}
{a.l2}⟧

Aanslagnummer     2025.{g.digits(4, '0123456789')}.{g.digits(4, '0123456789')}   Dagtekening 28-02-2025
Subjectnummer     ⟦none:{subj}⟧

WOZ-beschikking
Object:                    ⟦address!:{a.street} {a.hn} Zwolle⟧
WOZ-waarde op 01-01-2024:  € {woz:,.0f}
Gebruiksdoel:              woning

Belastingsoort             Object                         Grondslag        Bedrag
OZB eigenaar woning        ⟦address!:{a.street} {a.hn}⟧{' ' * (30 - len(a.street + a.hn) - 1)}€ {woz:,.0f}    € {nlmoney(ozb)}
Afvalstoffenheffing        meerpersoonshuishouden                          € 312,36
Rioolheffing eigenaar      perceel                                         € 221,04
Totaal                                                                     € {nlmoney(ozb + 533.40)}

U betaalt in 10 termijnen via automatische incasso. Betaalt u liever in één keer?
Maak het bedrag dan voor 31 maart over op ⟦iban:{ib}⟧ t.n.v. Gemeente Zwolle o.v.v. het
aanslagnummer. Bezwaar kunt u binnen zes weken na de dagtekening indienen via
www.zwolle.nl/bezwaar.
""".replace(f"€ {woz:,.0f}", f"€ {woz:,.0f}".replace(",", "."))


@doc("camt_xml")
def camt(g):
    own = g.iban("RABO")
    p1, p2 = g.person("v"), g.person("m")
    a1 = g.addr("Zutphen", add="")
    a2 = g.addr("Zutphen", street=S("Kerkstraat"), add="")
    i1, i2, i3 = g.iban("INGB"), g.iban("SNSB"), g.iban("ABNA")
    return fill("""\
Waarom wordt de naam van de betaler niet ingelezen bij de tweede boeking? Dit is het camt.053-bestand van de huurontvangsten.

<Stmt>
  <Id>STM-20250602-001</Id>
  <CreDtTm>2025-06-02T06:00:12</CreDtTm>
  <Acct><Id><IBAN>⟦iban!:«own»⟧</IBAN></Id><Ownr><Nm>Stichting Woonbelang Zutphen</Nm></Ownr></Acct>
  <Ntry>
    <Amt Ccy="EUR">742.15</Amt><CdtDbtInd>CRDT</CdtDbtInd>
    <BookgDt><Dt>2025-06-01</Dt></BookgDt>
    <NtryDtls><TxDtls>
      <RltdPties>
        <Dbtr>
          <Nm>«n1»</Nm>
          <PstlAdr>
            <StrtNm>⟦address!:«s1»</StrtNm>
            <BldgNb>«b1»</BldgNb>
            <PstCd>«pc1»</PstCd>
            <TwnNm>Zutphen⟧</TwnNm>
            <Ctry>NL</Ctry>
          </PstlAdr>
        </Dbtr>
        <DbtrAcct><Id><IBAN>⟦iban!:«i1»⟧</IBAN></Id></DbtrAcct>
      </RltdPties>
      <RmtInf><Ustrd>huur juni contractnr 10-2231-04</Ustrd></RmtInf>
    </TxDtls></NtryDtls>
  </Ntry>
  <Ntry>
    <Amt Ccy="EUR">689.90</Amt><CdtDbtInd>CRDT</CdtDbtInd>
    <BookgDt><Dt>2025-06-02</Dt></BookgDt>
    <NtryDtls><TxDtls>
      <RltdPties>
        <Dbtr>
          <PstlAdr><AdrLine>⟦address!:«s2» «b2»</AdrLine><AdrLine>«pc2» ZUTPHEN⟧</AdrLine></PstlAdr>
        </Dbtr>
        <DbtrAcct><Id><IBAN>⟦iban!:«i2»⟧</IBAN></Id></DbtrAcct>
      </RltdPties>
      <RmtInf><Ustrd>HUUR 06 «n2u»</Ustrd></RmtInf>
    </TxDtls></NtryDtls>
  </Ntry>
  <Ntry>
    <Amt Ccy="EUR">1250.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>
    <NtryDtls><TxDtls>
      <RltdPties>
        <Cdtr><Nm>Bouwbedrijf Nijholt B.V.</Nm><PstlAdr><StrtNm>Industrieweg</StrtNm><BldgNb>31</BldgNb><PstCd>7202CA</PstCd><TwnNm>Zutphen</TwnNm></PstlAdr></Cdtr>
        <CdtrAcct><Id><IBAN>⟦iban!:«i3»⟧</IBAN></Id></CdtrAcct>
      </RltdPties>
      <RmtInf><Ustrd>Fact. 2025-0311 herstel dakgoot</Ustrd></RmtInf>
    </TxDtls></NtryDtls>
  </Ntry>
</Stmt>
""", own=own, n1=p1.ini, s1=a1.street, b1=a1.hn, pc1=a1.pcc, i1=i1,
                s2=a2.street.upper(), b2=a2.hn, pc2=a2.pcc, i2=i2, n2u=p2.core.upper(), i3=i3)


@doc("email_care_home")
def verpleeghuis(g):
    m = g.person("v", born=(1932, 1940))
    zoon = g.person("m", born=(1958, 1968), surname=m.surname)
    old = g.addr("Den Haag", street=S("Laan van Meerdervoort"), add="")
    apt = g.r.randint(201, 238)
    return f"""\
Aan: klantenservice@zilverenkruis.nl
Onderwerp: adreswijziging mevrouw {m.initials} {m.surname} (relatienr. 61.28.447)

Geachte heer/mevrouw,

Namens mijn moeder, mevrouw {m.first} {m.surname}, geboren {m.birth:%d-%m-%Y}, geef ik een
adreswijziging door. Ik heb een volmacht, die stuur ik als bijlage mee.

Mijn moeder woonde tot 1 mei op de ⟦address:{old.street} {old.hn}, {old.pc} Den Haag⟧. Sinds
1 mei woont zij in woonzorgcentrum Duinhoeve, in haar eigen appartement:

   ⟦address:{S('Plesmanweg')} 2-{apt}
   2597 JG  Den Haag⟧

Post voor de zorginstelling zelf (facturen e.d.) gaat naar Duinhoeve, t.a.v. de
administratie, {S('Plesmanweg')} 2, 2597 JG Den Haag, maar post voor mijn moeder
graag op haar appartementsnummer, anders komt het bij de receptie terecht.

Kunt u ook de papieren zorgpas naar het nieuwe adres sturen?

Met vriendelijke groet,
{zoon.first} {zoon.surname}
"""


@doc("list_lowercase")
def kerstkaarten(g):
    s = lambda n: S(n).lower()
    return f"""\
kerstkaarten 2025 – adressen (check of ze nog kloppen!!)

- ⟦address!:fam van leeuwen ginnekenweg 80 2e verdieping 4818jg breda⟧
- oma riet: ⟦address!:{s('Plesmanweg')} 2-231 den haag⟧ (app. nr niet vergeten)
- tante nel en ome cor ⟦address!:{s('Kerkstraat')} 3 heeze⟧
- jan & els de wit, ⟦address!:{s('Molenweg')} 12a, gemonde⟧
- sjoerd (nieuw adres sinds maart) ⟦address!:{s('Boschdijk')} 233 b eindhoven⟧
- fam benali ⟦address!:{s('Graafseweg')} 71 6512 bm nijmegen⟧
- buren van vroeger, fam jonker – ⟦address!:{s('Stationsweg')} 14 – 3862ab nijkerk⟧
- hockeyteam mila -> kaart afgeven op de club, niet sturen
- kantoor merel: hendriks & partners, laan van westenenk 501 apeldoorn (1 kaart voor de afdeling)
- dokter vd berg: huisartsenpraktijk de linde, lindenlaan 2 heeze

postzegels: 40 stuks gekocht, nog 12 over van vorig jaar
""".replace("ginnekenweg", s("Ginnekenweg"))


@doc("pandas_df")
def adressen_df(g):
    out = [">>> df = pd.read_excel('deelnemers_zomerkamp.xlsx')",
           ">>> df[['naam', 'straat', 'huisnr', 'toev', 'postcode', 'plaats']].head(6)",
           "                  naam                    straat  huisnr toev postcode        plaats"]
    for i in range(6):
        p = g.person(born=(2012, 2016))
        a = g.addr(g.r.choice(["Leiden", "Delft", "Gouda", "Zoetermeer"]))
        toev = a.toev or "NaN"
        pad = " " * (24 - len(a.street))
        out.append(f"{i:<2d}{p.sort:>20s}  {pad}⟦address!:{a.street}  {a.nr:>6s} {toev:>4s} {a.pcc:>8s} {a.place:>13s}⟧")
    out += ["", ">>> df['postcode'].isna().sum()", "0",
            "", "hoe krijg ik die NaN bij toev weg? in de mailmerge moet het gewoon leeg zijn"]
    return "\n".join(out) + "\n"


@doc("web_form")
def adreswijziging(g):
    p = g.person("m", born=(1985, 1999))
    old = g.addr("Amersfoort", add="")
    new = g.addr("Nijkerk", add=" A")
    b = g.bsn()
    return f"""\
Mijn Zilveren Kruis › Gegevens › Adreswijziging doorgeven

Stap 3 van 3 – Controleer uw gegevens

Verzekerde
Naam                         {p.initials} {p.surname}
Burgerservicenummer          ⟦bsn:{b}⟧
Relatienummer                61.04.233

Huidig adres                 ⟦address:{old.l1}, {old.l2}⟧
Nieuw adres                  ⟦address:{new.l1}, {new.l2}⟧
Verhuisdatum                 01-07-2025
Geldt voor                   [x] mijzelf   [x] medeverzekerden op dezelfde polis

[ Vorige ]                                        [ Wijziging versturen ]

Let op: geef uw verhuizing ook door aan uw gemeente. Wij ontvangen uw nieuwe
adres daarna ook automatisch via de Basisregistratie Personen.
"""


@doc("chat_teams")
def kaartje(g):
    st = S("Molenweg").lower()
    return f"""\
[10:12] de Lange, Nicole
wie regelt het kaartje voor kees? hij is vandaag 25 jaar in dienst 🎉

[10:14] Pronk, Teun
ik! maar hij is verhuisd toch? naar houten?

[10:15] de Lange, Nicole
ja, hij is verhuisd naar ⟦address!:{st} 3 in houten⟧, postcode weet ik niet uit mn hoofd

[10:15] Pronk, Teun
⟦address!:{st} 3 3991 bh⟧ volgens de salarisadministratie, maar check even met hem

[10:17] de Lange, Nicole
ok. bloemen laten we bezorgen op kantoor, we zitten tot de verbouwing nog op de
Europalaan 30 in Utrecht dus daar kan de bloemist gewoon heen

[10:18] Pronk, Teun
top, ik bestel ze bij de bloemist op de stationsweg
"""


@doc("police_report")
def aangifte(g):
    p = g.person("v", born=(1970, 1990))
    a = g.addr("Enschede", street=S("Hengelosestraat"), add="")
    return f"""\
PROCES-VERBAAL VAN AANGIFTE
Proces-verbaalnummer: PL0600-2025148822-1

Ik, verbalisant, Rob Verhagen, hoofdagent van politie Eenheid Oost-Nederland,
verklaar dat zich op dinsdag 10 juni 2025 om 14:20 uur op het politiebureau
{S('Hengelosestraat')} 3, Enschede, vervoegde:

Achternaam:   {p.Sur}
Voornamen:    {p.first}
Geboren:      {p.birth:%d-%m-%Y} te Hengelo
Woonachtig:   ⟦address:{a.street} {a.hn}, {a.pc} Enschede⟧
Telefoon:     {g.phone()}

die aangifte deed van diefstal van een fiets (merk Gazelle, framenummer
GZ4481723KL, kleur zwart) en verklaarde het volgende:

"Op maandag 9 juni 2025 heb ik rond 08:15 uur mijn fiets op slot gezet in de
fietsenstalling van het station Enschede aan de Stationsplein-zijde. Toen ik om
17:40 uur terugkwam was de fiets weg. Het slot lag er niet meer. Ik heb niemand
toestemming gegeven om mijn fiets weg te nemen."
"""


@doc("member_list")
def ledenlijst(g):
    out = ["Ledenlijst Schaakvereniging De Witte Dame – uitsluitend voor intern gebruik",
           "(bijgewerkt na de ALV van 12 juni; opzeggingen per 1 juli zijn al verwerkt)", ""]
    for i in range(8):
        p = g.person(born=(1946, 2010))
        a = g.addr(g.r.choice(["Nijkerk", "Amersfoort", "Harderwijk", "Nijkerk"]))
        kl = g.r.choice(["A", "B", "C", "jeugd"]) if p.birth.year < 2008 else "jeugd"
        out.append(f"{p.initials} {p.surname}, ⟦address:{a.l1}, {a.l2}⟧, {g.phone()} ({kl})")
    out += ["", "Clubavond: donderdag 19.30 uur, Ontmoetingscentrum 't Trefpunt, "
            f"{S('Frieswijkstraat')} 4, Nijkerk.",
            "Contributie 2025-2026: € 95 senioren / € 45 jeugd."]
    return "\n".join(out) + "\n"


# ================================================================== C: BSN shapes

@doc("school_export")
def parnassys(g):
    hdr = ["Leerlingnr", "Achternaam", "Voorvoegsel", "Roepnaam", "Geslacht", "Geboortedatum",
           "BSN leerling", "Groep", "Straat", "Huisnr", "Toev.", "Postcode", "Woonplaats",
           "Telefoon", "Ouder/verzorger 1", "BSN ouder 1", "E-mail ouder 1",
           "Ouder/verzorger 2", "BSN ouder 2", "IBAN ouderbijdrage", "Bijzonderheden"]
    out = ["Export leerlingen groep 7 en 8 — OBS De Regenboog (peildatum 01-06-2025)", "\t".join(hdr)]
    for i in range(8):
        kid = g.person(born=(2013, 2015))
        par = g.person(born=(1975, 1990), surname=kid.surname)
        par2 = g.person("v" if par.gender == "m" else "m", born=(1975, 1990))
        a = g.addr("Almere")
        kb = g.bsn(lead0=(i == 5))
        kcell = f"⟦bsn!:{kb.lstrip('0')}⟧"
        b1 = "" if i == 3 else f"⟦bsn!:{g.bsn()}⟧"
        if i in (1, 6):
            o2, b2 = "", ""
        elif i == 4:
            o2, b2 = f"{par2.initials} {par2.surname}", "(geen)"
        else:
            o2, b2 = f"{par2.initials} {par2.surname}", f"⟦bsn!:{g.bsn()}⟧"
        ib = "" if i == 2 else f"⟦iban!:{g.iban()}⟧"
        note = g.r.choice(["", "", "", "dyslexieverklaring", "allergie noten", "co-ouderschap, post naar beide adressen"])
        out.append("\t".join([str(2200 + i * 13), kid.core, kid.tv, kid.first, "M" if kid.gender == "m" else "V",
                              f"{kid.birth:%d-%m-%Y}", kcell, g.r.choice(["7", "8"]), f"⟦address!:{a.street}",
                              a.nr, a.toev, a.pc, f"{a.place}⟧", g.phone(), f"{par.initials} {par.surname}",
                              b1, par.mail, o2, b2, ib, note]))
    return "\n".join(out) + "\n"


@doc("gp_list")
def patientenlijst(g):
    out = ["HUISARTSENPRAKTIJK DE LINDE - PATIENTENLIJST   selectie: DM2, jaarcontrole Q2      datum: 13-06-2025",
           "",
           "Patnr   Naam                            Geb.datum   BSN           Verzekeraar       HbA1c  Laatste contr.",
           "------  ------------------------------  ----------  ------------  ----------------  -----  --------------"]
    ins = ["CZ", "Zilveren Kruis", "VGZ", "Menzis", "ONVZ", "DSW", "Zilveren Kruis"]
    for i, v in enumerate(ins):
        p = g.person(born=(1940, 1975))
        nm = f"{p.core}, {p.initials}" + (f" {p.tv}" if p.tv else "")
        b = g.bsn()
        out.append(f"{40117 + i * 29:<6d}  {nm:<30s}  {p.birth:%d-%m-%Y}  ⟦bsn!:{sp3(b)}⟧   {v:<16s}  {g.r.randint(44, 71):>5d}  {g.r.randint(1, 28):02d}-{g.r.randint(1, 5):02d}-2025")
    out += ["", "7 patienten.  Oproepen via de POH (Loes), ma en do."]
    return "Kun je hier een oproepbrief-tekst bij maken voor de jaarcontrole? Alleen de namen gebruiken.\n\n" + "\n".join(out) + "\n"


@doc("tex_source")
def tex_brief(g):
    p = g.person("m", born=(1960, 1990))
    a = g.addr("Apeldoorn", street=S("Mozartlaan"), add="")
    b = g.bsn()
    ib = g.iban("ABNA")
    return fill(r"""waarom komt de spatie in het rekeningnummer niet goed in de PDF? ik gebruik ~ zodat het niet afbreekt

\documentclass[11pt,a4paper]{letter}
\usepackage[dutch]{babel}
\usepackage[utf8]{inputenc}
\signature{Ferry Mol\\Salarisadministratie}
\address{Lammers Salarisadministratie B.V.\\ Postbus 512\\ 7300~AM Apeldoorn}
\begin{document}
\begin{letter}{De heer «ini»~«sur»\\ ⟦address!:«street»~«nr»\\ «pc» Apeldoorn⟧}
\opening{Geachte heer «Sur»,}

Hierbij bevestigen wij de wijziging van uw gegevens in onze salarisadministratie.
Wij hebben uw gegevens als volgt vastgelegd:

\begin{tabular}{ll}
Personeelsnummer & 10482 \\
Burgerservicenummer & ⟦bsn!:«bsn»⟧ \\
Rekeningnummer (IBAN) & ⟦iban!:«iban»⟧ \\
Ingangsdatum & 1~juli~2025 \\
\end{tabular}

Vanaf de salarisbetaling van juli wordt uw netto salaris op het nieuwe
rekeningnummer ⟦iban!:«iban2»⟧ overgemaakt.

\closing{Met vriendelijke groet,}
\end{letter}
\end{document}
""", ini=p.initials.replace(".", ".\\,").rstrip(",").rstrip("\\"), sur=p.surname, Sur=p.Sur, street=a.street, nr=a.hn,
                pc=a.pc.replace(" ", "~"), bsn=sp3(b, "\\,"), iban=grp(ib, 4, "~"), iban2=grp(ib, 4, "~"))


@doc("html_copy")
def portaal_html(g):
    p1, p2 = g.person("v"), g.person("m")
    a1 = g.addr("Arnhem")
    b1, b2 = g.bsn(), g.bsn()
    ib = g.iban("TRIO")
    return f"""\
Hoe zorg ik dat deze waarden in de PDF-export niet over twee regels breken? Nu staat het zo in de template:

<section class="client-kaart">
  <h2>Cli&euml;ntgegevens</h2>
  <table class="gegevens">
    <tr><th>Naam</th><td>{p1.initials}&nbsp;{p1.surname}</td></tr>
    <tr><th>BSN</th><td class="nowrap">⟦bsn!:{sp3(b1, '&nbsp;')}⟧</td></tr>
    <tr><th>Adres</th><td>⟦address!:{a1.street}&nbsp;{a1.hn}<br>{a1.pc.replace(' ', '&#160;')}&nbsp;{a1.place}⟧</td></tr>
    <tr><th>IBAN</th><td class="nowrap">⟦iban!:{grp(ib, 4, '&#x202F;')}⟧</td></tr>
  </table>
  <h3>Partner</h3>
  <table class="gegevens">
    <tr><th>Naam</th><td>{p2.initials}&nbsp;{p2.surname}</td></tr>
    <tr><th>BSN</th><td class="nowrap">⟦bsn!:{dotted(b2).replace('.', '&#160;')}⟧</td></tr>
  </table>
</section>

De CSS heeft al .nowrap {{ white-space: nowrap; }} maar wkhtmltopdf negeert dat volgens mij.
"""


@doc("json_api")
def wmo_json(g):
    p = g.person("v", born=(1940, 1960))
    a = g.addr("Deventer", add=" A")
    b = g.bsn()
    ib = g.iban("SNSB")
    nb = "\\u00a0"
    return fill("""\
De koppeling met het zorgkantoor faalt op deze payload (HTTP 400, "bsn: ongeldig formaat"). Het lijkt of er rare spaties in zitten?

{
  "dossierId": "WMO-2025-0412",
  "aanvraagdatum": "2025-06-03",
  "client": {
    "naam": "«naam»",
    "geboortedatum": "«geb»",
    "bsn": "⟦bsn!:«bsn»⟧",
    "adres": {
      "straat": "⟦address!:«street»",
      "huisnummer": "«nr»«nb»«toev»",
      "postcode": "«pc»",
      "woonplaats": "«place»⟧"
    }
  },
  "voorziening": {"code": "HH02", "omschrijving": "Huishoudelijke ondersteuning", "uren": 3},
  "betaling": {"iban": "⟦iban!:«iban»⟧", "tenaamstelling": "«ini»"}
}
""", naam=p.name, geb=f"{p.birth:%Y-%m-%d}", bsn=sp3(b, nb), street=a.street, nr=a.nr, nb=nb,
                toev=a.toev, pc=a.pc.replace(" ", nb), place=a.place, iban=grp(ib, 4, nb), ini=p.ini)


@doc("chat_whatsapp")
def paspoort_chat(g):
    kid = g.person("v", born=(2021, 2023))
    b = g.bsn(lead0=True)
    return f"""\
[19:02, 11-6-2025] Ingeborg: hoi! voor de aanvraag kinderopvangtoeslag heb ik het bsn van {kid.first} nodig. kun jij in haar paspoort kijken? ligt in de la bij de printer
[19:09, 11-6-2025] Harm: gevonden
[19:10, 11-6-2025] Harm: welk nummer staat erin? er staan er twee op
[19:11, 11-6-2025] Ingeborg: het persoonsnummer, niet het documentnummer (dat met letters)
[19:13, 11-6-2025] Harm: ⟦bsn!:{b[1:]}⟧
[19:13, 11-6-2025] Ingeborg: dat zijn er maar 8?
[19:15, 11-6-2025] Harm: o wacht er staat nog een 0 voor. ⟦bsn!:{b}⟧
[19:15, 11-6-2025] Ingeborg: top dankje 😘 en die van jou heb ik al
[19:16, 11-6-2025] Harm: ben je om 6 thuis of moet ik koken?
"""


@doc("pdf_form")
def bijzondere_bijstand(g):
    p = g.person("m", born=(1970, 1990))
    a = g.addr("Apeldoorn")
    b = g.bsn()
    ib = g.iban("ASNB")
    return f"""\
Aanvraag bijzondere bijstand
Gemeente Apeldoorn – Team Inkomen
1. Uw gegevens
Naam en voorletters
Burgerservicenummer
Geboortedatum
Adres
Postcode en woonplaats
Telefoonnummer
IBAN (rekeningnummer)
Burgerlijke staat
Vul alle velden in. Zonder burgerservicenummer kunnen wij uw aanvraag niet in
behandeling nemen. Heeft u een partner? Vul dan ook deel 2 in.
Stuur kopieën mee van uw bankafschriften van de laatste 3 maanden.
Pagina 1 van 4
{p.core}, {p.initials}{(' ' + p.tv) if p.tv else ''}
⟦bsn!:{b}⟧
{p.birth:%d-%m-%Y}
⟦address!:{a.l1}
{a.l2}⟧
{g.phone()}
⟦iban!:{ib}⟧
alleenstaand
2. Waarvoor vraagt u bijzondere bijstand aan?
[x] Kosten bewindvoering
[ ] Eigen bijdrage CAK
[ ] Anders, namelijk:
"""


@doc("ocr_deed")
def ocr_akte(g):
    v = g.person("m", born=(1970, 1980))
    k = g.person("v", born=(1985, 1995))
    b1, b2 = g.bsn(), g.bsn()
    a1 = g.addr("Leeuwarden", add="")
    a2 = g.addr("Sneek", add="")
    obj = g.addr("Leeuwarden", street=S("Oosterstraat"), add="a")
    return f"""\
AKTE VAN LEVERING
Heden, zes juni tweeduizendvijfentwintig, verschenen voor rnij, mr. Aleida
Westerhof, notaris te Leeuwarden:
1. de heer {v.first} {v.surname}, geboren te Leeuwarden op {v.birth.day} {MONTHS[v.birth.month - 1]}
{v.birth.year}, burgerservicenummer: ⟦bsn!:{b1[:5]} {b1[5:]}⟧, wonende te ⟦address:{a1.pc} Leeuwarden,
{a1.street} {a1.hn}⟧, gehuwd, zich legitimerende met zijn rijbewijs, hierna te
noemen: "verkoper";
2. mevrouw {k.first} {k.surname}, geboren te Sneek op {k.birth.day} {MONTHS[k.birth.month - 1]} {k.birth.year},
burgerservice-
nummer ⟦bsn!:{b2}⟧, wonende te ⟦address:{a2.street} {a2.hn}, {a2.pc} Sneek⟧, ongehuwd en
geen geregistreerd partner, hierna te noemen: "koper".
De cornparanten verklaarden:
LEVERING
Verkoper levert hierbij aan koper, die hierbij aanvaardt: het woonhuis rnet
ondergrond, erf en tuin, staande en ge1egen te ⟦address:{obj.street} {obj.hn}, {obj.pc} Leeuwarden⟧,
kadastraal bekend gemeente Leeuwarden, sectie K, nurnmer 4418, groot een
are vijfentwintig centiare.
                                                    - 1 -
"""


@doc("chat_lowercase")
def bns_chat(g):
    p = g.person("v")
    b = g.bsn()
    return f"""\
[14:02] Sem: kun je de bns van mevr {p.core.lower()} even sturen? zit in het uwv portaal en de sessie verloopt zo
[14:03] Esther: bns ⟦bsn!:{b}⟧
[14:03] Esther: *bsn haha
[14:04] Sem: thx. ingangsdatum ziekmelding was 2 juni toch?
[14:04] Esther: ja 2 juni, eerste ziektedag
[14:05] Sem: 👍 en de bedrijfsarts afspraak staat op 16e
"""


@doc("email_english")
def payroll_english(g):
    her = g.person("v", born=(1988, 1996))
    him = g.person("m", born=(1985, 1995))
    a = g.addr("Amsterdam", street=S("Prinsengracht"), add="-1")
    b1, b2 = g.bsn(), g.bsn()
    ib = g.iban("INGB")
    return f"""\
Subject: RE: onboarding two new hires Amsterdam – missing data

Hi Wim,

Thanks for the contracts. For the Dutch payroll we also need her citizen service
number: ⟦bsn:{b1}⟧. Her home address is ⟦address:{a.l1}, {a.l2}⟧ and salary
should go to ⟦iban:{ib}⟧ (account in her own name).

For {him.first} it's a bit more complicated: he only registered with the municipality
last week. His BSN, as printed on the letter he got from the gemeente on 4 June, is
⟦bsn!:{b2}⟧. He does not have a Dutch bank account yet, so please keep the first payment
on hold until he sends us his IBAN.

Could you confirm that both will be included in the June run?

Best regards,
Priya Ramdin
People Operations EMEA
"""


@doc("file_listing")
def dossiermappen(g):
    people = [g.person() for _ in range(4)]
    bs = [g.bsn() for _ in people]
    files = ["scan_paspoort.pdf", "arbeidsovereenkomst_2024.pdf", "loonbeslag_CJIB.pdf",
             "verklaring_loonheffingen.pdf", "VOG_2023.pdf", "ziekmelding_mei.msg"]
    out = ["PS P:\\> Get-ChildItem -Recurse 'P:\\HR\\Personeelsdossiers' | Select-Object -ExpandProperty FullName"]
    for p, b in zip(people, bs):
        name = p.core.replace(" ", "")
        out.append(f"P:\\HR\\Personeelsdossiers\\⟦bsn!:{b}⟧_{name}")
        for f in g.r.sample(files, g.r.randint(2, 4)):
            out.append(f"P:\\HR\\Personeelsdossiers\\⟦bsn!:{b}⟧_{name}\\{f}")
    out.append("P:\\HR\\Personeelsdossiers\\_sjablonen\\checklist_indiensttreding.docx")
    return ("Onze personeelsdossiers staan per medewerker in een map BSN_Achternaam. Kun je een PowerShell-script maken "
            "dat per map controleert of scan_paspoort.pdf erin staat, en anders de mapnaam in een CSV zet?\n\n"
            + "\n".join(out) + "\n")


@doc("app_log")
def brp_log(g):
    b1, b2, b3 = g.bsn(), g.bsn(), g.bsn()
    lines = []
    t = 9 * 3600 + 14 * 60
    for b, st, path in [(b1, 200, "adres"), (b2, 404, "adres"), (b1, 200, "partners"), (b3, 200, "adres")]:
        t += g.r.randint(2, 50)
        lines.append(f"2025-06-12T{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}.{g.r.randint(100, 999)}Z INFO  "
                     f"[req={g.n9()}] GET /api/personen/⟦bsn!:{b}⟧/{path} {st} {g.r.randint(12, 340)}ms user=svc-wmo-portaal")
    lines.append(f"2025-06-12T09:16:02.004Z WARN  [req=⟦none:{g.elf9()}⟧] retry 1/3 upstream brp-proxy timeout after 2500ms")
    return ("Waarom krijgen we een 404 op de tweede call terwijl de persoon wel in het BRP staat? Log van vanochtend:\n\n"
            + "\n".join(lines) + "\n\nen als ik het zelf probeer:\n\n"
            f"$ curl -s -H \"Authorization: Bearer $TOKEN\" \\\n"
            f"    \"https://brp-proxy.intern.deventer.nl/haalcentraal/api/brp/personen/⟦bsn!:{b2}⟧?fields=naam,verblijfplaats\" | jq .\n"
            "{\n  \"type\": \"https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.4\",\n"
            "  \"title\": \"Opgevraagde resource bestaat niet.\",\n  \"status\": 404,\n"
            "  \"code\": \"notFound\"\n}\n")


@doc("inbox_copy")
def inbox(g):
    b1, b2, b3 = g.bsn(), g.bsn(), g.bsn()
    rows = [
        ("Wijkteam Noord", f"Machtiging BSN⟦bsn!:{b1}⟧", "di 10-6-2025 14:02", "212 kB"),
        ("Makelaardij Van Dam", f"FW: BSN⟦bsn!:{b2}⟧_huurcontract.pdf", "di 10-6-2025 11:47", "1 MB"),
        ("noreply@mijnoverheid.nl", "Nieuw bericht in uw Berichtenbox", "di 10-6-2025 09:30", "18 kB"),
        ("Bewindvoering Oost", f"RE: aanvraag toeslagen bsn {b3} – aanvulling", "ma 9-6-2025 16:12", "96 kB"),
        ("Lubbers Logistiek", f"Factuur {g.n9()} mei 2025", "ma 9-6-2025 10:03", "141 kB"),
        ("Sietske Wiersma", "Agenda overleg donderdag", "vr 6-6-2025 15:55", "24 kB"),
    ]
    out = ["Van\tOnderwerp\tOntvangen\tGrootte"]
    for r in rows:
        out.append("\t".join(r))
    out[4] = out[4].replace(f"bsn {b3}", f"bsn ⟦bsn!:{b3}⟧")
    return ("Kun je van deze inbox een takenlijstje maken voor morgen (wat moet ik nog doen)?\n\n"
            + "\n".join(out) + "\n")


@doc("pandas_df")
def klanten_df(g):
    recs = []
    for i in range(5):
        p = g.person(born=(1950, 2000))
        if i == 1:
            bcell = "NaN"
        elif i == 3:
            bcell = f"⟦bsn!:{g.bsn(lead0=True).lstrip('0')}⟧.0"
        else:
            bcell = f"⟦bsn!:{g.bsn()}⟧.0"
        ib = "NaN" if i == 4 else f"⟦iban!:{g.iban()}⟧"
        place = g.r.choice(["Utrecht", "Amersfoort", "Zeist", "Houten", "Nieuwegein"])
        recs.append((str(10231 + i), p.Sur, p.initials, bcell, f"{p.birth:%Y-%m-%d}", ib,
                     g.pc(place).replace(" ", ""), place, g.r.choice(["actief", "actief", "opgezegd"])))

    def width(s):
        return len(re.sub(r"⟦\w+!?:|⟧", "", s))

    def cell(s, w):
        return " " * (w - width(s)) + s
    cols1 = ["relatienr", "achternaam", "voorletters", "bsn", "geboortedatum"]
    cols2 = ["iban", "postcode", "woonplaats", "status"]
    w1 = [max(len(c), *(width(r[k]) for r in recs)) for k, c in enumerate(cols1)]
    w2 = [max(len(c), *(width(r[k + 5]) for r in recs)) for k, c in enumerate(cols2)]
    out = [">>> df = pd.read_csv('klanten_export.csv', sep=';')", ">>> df.head()"]
    out.append("  " + " ".join(cell(c, w + 1) for c, w in zip(cols1, w1)) + "  \\")
    for i, r in enumerate(recs):
        out.append(f"{i} " + " ".join(cell(r[k], w1[k] + 1) for k in range(5)) + "   ")
    out.append("")
    out.append("  " + " ".join(cell(c, w + 1) for c, w in zip(cols2, w2)) + "  ")
    for i, r in enumerate(recs):
        out.append(f"{i} " + " ".join(cell(r[k + 5], w2[k] + 1) for k in range(4)) + "  ")
    out += ["", ">>> df.dtypes['bsn']", "dtype('float64')", "",
            "hoe krijg ik de bsn-kolom weer als tekst met 9 cijfers (voorloopnul terug) zonder die .0?"]
    return "\n".join(out) + "\n"


@doc("sql_output")
def psql(g):
    rows = []
    for i in range(5):
        p = g.person(born=(1935, 1960))
        b = g.bsn(lead0=(i == 2))
        place = g.r.choice(["Zwolle", "Kampen", "Deventer"])
        rows.append(f" {1204 + i * 61:4d} | ⟦bsn!:{b}⟧ | {p.surname:<12s}| {p.birth:%Y-%m-%d}    | {g.pc(place).replace(' ', ''):<8s} | {'t' if i % 2 else 'f'}")
    return ("welke van deze cliënten hebben nog geen zorgtoewijzing? ik snap de query niet helemaal\n\n"
            "wmo=> SELECT c.id, c.bsn, c.achternaam, c.geboortedatum, c.postcode, c.indicatie_actief\n"
            "wmo->   FROM clienten c LEFT JOIN zorgtoewijzing z ON z.client_id = c.id\n"
            "wmo->  WHERE z.id IS NULL ORDER BY c.id LIMIT 5;\n"
            "  id  |    bsn    |  achternaam | geboortedatum | postcode | indicatie_actief\n"
            "------+-----------+-------------+---------------+----------+------------------\n"
            + "\n".join(rows) + "\n(5 rows)\n\nwmo=>\n")


@doc("sql_output")
def mysql(g):
    rows, people = [], []
    for i in range(4):
        p = g.person(born=(1980, 2004))
        a = g.addr(g.r.choice(["Breda", "Roosendaal", "Tilburg"]))
        b = g.bsn()
        people.append((p, a, b))
        rows.append(f"| {801 + i:3d} | ⟦bsn!:{b}⟧ | {p.surname:<14s} | ⟦address!:{a.street:<22s} | {a.hn:<6s} | "
                    f"{a.pcc:<8s} | {a.place}⟧{' ' * (10 - len(a.place))} |")
    p, a, b = people[1]
    sep = "+-----+-----------+----------------+------------------------+--------+----------+------------+"
    return ("mysql> SELECT id, bsn, achternaam, straat, huisnr, postcode, plaats FROM huurders\n"
            "    -> WHERE plaats IN ('Breda','Roosendaal','Tilburg') LIMIT 4;\n"
            + sep + "\n| id  | bsn       | achternaam     | straat                 | huisnr | postcode | plaats     |\n"
            + sep + "\n" + "\n".join(rows) + "\n" + sep + "\n4 rows in set (0.01 sec)\n\n"
            f"mysql> SELECT * FROM huurders WHERE id = 802\\G\n"
            "*************************** 1. row ***************************\n"
            "          id: 802\n"
            f"         bsn: ⟦bsn!:{b}⟧\n"
            f"  achternaam: {p.surname}\n"
            f" voorletters: {p.initials}\n"
            f"      straat: ⟦address!:{a.street}\n"
            f"      huisnr: {a.hn}\n"
            f"    postcode: {a.pcc}\n"
            f"      plaats: {a.place}⟧\n"
            "   huur_excl: 812.40\n"
            "1 row in set (0.00 sec)\n\n"
            "Waarom vind ik 802 niet terug als ik filter op plaats = 'Breda '? Er zit volgens mij een spatie achter.\n")


@doc("print_report")
def loonjournaal(g):
    out = ["LOONJOURNAAL PERIODE 05-2025                    WERKGEVER 0412 BOUWBEDRIJF NIJHOLT B.V.              PAG    1",
           "",
           "PERS  NAAM                       BSN        GEB.DAT.   BRUTO       LH/PR      ZVW      PENSIOEN   NETTO",
           "----  -------------------------  ---------  ---------  ----------  ---------  -------  ---------  ---------"]
    tb = tn = 0
    for i in range(6):
        p = g.person("m" if i != 3 else "v", born=(1965, 2003))
        bruto = g.r.randint(280000, 560000) / 100
        lh = bruto * g.r.uniform(0.14, 0.30)
        pen = bruto * 0.085
        netto = bruto - lh - pen
        tb += bruto
        tn += netto
        nm = f"{p.core.upper()}, {p.initials}" + (f" {p.tv.upper()}" if p.tv else "")
        out.append(f"{118 + i * 4:04d}  {nm:<25s}  ⟦bsn!:{g.bsn()}⟧  {p.birth:%d%m%y}     {bruto:>10.2f}  {lh:>9.2f}  {0:>7.2f}  {pen:>9.2f}  {netto:>9.2f}")
    out += ["----  -------------------------  ---------  ---------  ----------  ---------  -------  ---------  ---------",
            f"TOTAAL WERKGEVER 0412 (6 WN)                                {tb:>10.2f}                                {tn:>9.2f}"]
    return ("Kun je de totalen narekenen? Volgens mij klopt het netto niet met de bankbetaling van 28 mei.\n\n"
            + "\n".join(out) + "\n")


@doc("print_report")
def sofi_lijst(g):
    out = ["  UITKERINGSADMINISTRATIE                                    OVERZICHT DEELNEMERS PER 01-06-2025",
           "  FONDS 22 SCHOONMAAK                                        RUN 4471  PROGR BU220",
           "",
           "  DLNR    SOFINR     NAAM                          UITK.  INGANG     EINDE      BEDRAG/MND",
           ""]
    for i in range(7):
        p = g.person(born=(1958, 1975))
        nm = f"{p.core.upper()} {p.initials.replace('.', '')}" + (f" {p.tv.upper()}" if p.tv else "")
        b = g.bsn(lead0=(i == 4))
        out.append(f"  {7731 + i * 3:06d}  ⟦bsn!:{b}⟧  {nm:<28s}  {g.r.choice(['WAO', 'WGA', 'IVA', 'WAO'])}    "
                   f"{g.r.randint(1, 28):02d}{g.r.randint(1, 12):02d}{g.r.randint(1998, 2019)}   {'99999999' if i % 3 else '31122025'}   {g.r.randint(40000, 180000) / 100:>10.2f}")
    out += ["", "  AANTAL: 7                                                         *** EINDE OVERZICHT ***"]
    return ("Dit komt uit het oude AS/400-systeem. Wat betekent EINDE 99999999 en welke uitkeringen lopen dit jaar af?\n\n"
            + "\n".join(out) + "\n")


@doc("csv_export")
def csv_quoted(g):
    hdr = ['"relatienummer"', '"aanhef"', '"voorletters"', '"tussenvoegsel"', '"achternaam"', '"BSN"',
           '"geboortedatum"', '"straat"', '"huisnummer"', '"toevoeging"', '"postcode"', '"woonplaats"',
           '"iban"', '"incasso"']
    out = [";".join(hdr)]
    for i in range(6):
        p = g.person(born=(1945, 2001))
        a = g.addr()
        b = f"⟦bsn!:{g.bsn()}⟧" if i != 2 else ""
        ib = f"⟦iban!:{g.iban()}⟧"
        out.append(";".join(f'"{x}"' for x in [
            f"R{40021 + i * 3}", "Dhr." if p.gender == "m" else "Mevr.", p.initials, p.tv, p.core, b,
            f"{p.birth:%d-%m-%Y}", f"⟦address!:{a.street}", a.nr, a.toev, a.pc, f"{a.place}⟧", ib,
            g.r.choice(["J", "N", "J"])]))
    return ("Excel zet de BSN's als getal met E+08 als ik dit open. Hoe importeer ik het zodat alles tekst blijft?\n\n"
            + "\n".join(out) + "\n")


@doc("json_chat")
def slack_export(g):
    p = g.person("m", born=(1990, 2000))
    b = g.bsn()
    msgs = [
        ("U04KD9QJ2", "1718190123.000200", f"Hoi! Nieuwe huurder voor de bovenwoning aan de Vismarkt, contract staat in de map. Bsn voor de zekerheid: ⟦bsn!:{b}⟧ (staat ook op het aanvraagformulier)"),
        ("U02PL7XA1", "1718190311.000400", "Dank! Heb je de loonstroken ook al binnen?"),
        ("U04KD9QJ2", "1718190402.000500", "Ja, 3 stuks, en de werkgeversverklaring. Inkomen past binnen de norm."),
        ("U02PL7XA1", "1718190890.000700", f"Top, dan plan ik de sleuteloverdracht in. {p.first} kan 1 juli?"),
    ]
    out = ["["]
    for i, (u, ts, t) in enumerate(msgs):
        out.append("  {")
        out.append('    "type": "message",')
        out.append(f'    "user": "{u}",')
        out.append(f'    "ts": "{ts}",')
        out.append(f'    "text": "{t}"')
        out.append("  }" + ("," if i < len(msgs) - 1 else ""))
    out.append("]")
    return ("Schrijf een script dat uit deze Slack-export (verhuur-kanaal) per dag het aantal berichten telt:\n\n"
            + "\n".join(out) + "\n")


@doc("tax_letter")
def belastingdienst(g):
    p = g.person("v", born=(1960, 1985))
    a = g.addr("Groningen")
    b = g.bsn()
    ib = g.iban("INGB")
    ken = g.digits(16)
    return f"""\
Belastingdienst
Postbus 9050
7300 GM  Apeldoorn

{p.dhr} {p.initials} {p.surname}
⟦address:{a.l1}
{a.l2}⟧

Datum                      7 juni 2025
Burgerservicenummer        ⟦bsn:{dotted(b)}⟧
Aanslagnummer              ⟦bsn!:{dotted(b)}⟧.H.46
Belastingjaar              2024
Betalingskenmerk           {grp(ken)}

Aanslag inkomstenbelasting en premie volksverzekeringen 2024

Geachte {p.heer} {p.Sur},

Wij hebben uw aangifte over 2024 verwerkt. U moet € 1.248,00 betalen. Het bedrag
moet uiterlijk 31 juli 2025 op rekening ⟦iban:{ib}⟧ van de Belastingdienst in
Apeldoorn staan. Vermeld bij de betaling het betalingskenmerk.

Bent u het niet eens met deze aanslag? Dan kunt u binnen 6 weken na de datum
van deze aanslag bezwaar maken via Mijn Belastingdienst.
"""


@doc("email_hr")
def hr_mail(g):
    p = g.person("m", born=(1995, 2003))
    a = g.addr("Helmond", add="")
    b = g.bsn()
    ib = g.iban("KNAB")
    return f"""\
Van: Jolanda Geurts <j.geurts@lemmensgroothandel.nl>
Aan: salaris@administratiekantoor-rutten.nl
Onderwerp: nieuwe medewerker per 1 juli – {p.first} {p.surname}

Hoi Cor,

Per 1 juli start {p.first} {p.surname} bij ons als magazijnmedewerker (32 uur,
schaal 4, trede 2). Hieronder zijn gegevens voor de loonadministratie:

Geboortedatum: {p.birth:%d-%m-%Y}
Zijn BSN is ⟦bsn:{b}⟧
Woonadres: ⟦address:{a.l1}, {a.l2}⟧
IBAN: ⟦iban:{ib}⟧
Loonheffingskorting: ja

Kopie ID heb ik via de beveiligde upload gestuurd. Laat maar weten als je nog iets
mist!

Groetjes,
Jolanda
"""


@doc("letter_uwv")
def uwv_brief(g):
    p = g.person("m", born=(1960, 1980))
    a = g.addr("Emmen")
    b = g.bsn()
    ib = grp(g.iban("RABO"))
    return f"""\
UWV
Postbus 58285
1040 HG  Amsterdam

{p.dhr} {p.initials} {p.surname}
⟦address:{a.l1}
{a.l2}⟧

Datum: 5 juni 2025
Ons kenmerk: WW-2025-0611882
Uw burgerservicenummer: ⟦bsn:{b}⟧

Onderwerp: Beslissing over uw WW-uitkering

Geachte heer {p.Sur},

U heeft op 12 mei 2025 een WW-uitkering aangevraagd. U krijgt deze uitkering
vanaf 19 mei 2025. In deze brief leest u hoe hoog uw uitkering is en hoe lang u
die krijgt.

Wij betalen uw uitkering elke maand uit op het rekeningnummer dat u heeft
opgegeven: ⟦iban!:{ib[:9]}
{ib[10:]}⟧. Klopt dit rekeningnummer niet? Geef het dan zo snel mogelijk door via
Mijn UWV.

Hoogte van uw uitkering
De eerste 2 maanden krijgt u 75% van uw dagloon, daarna 70%.
"""


# ================================================================== D: IBAN shapes

@doc("email_freelance")
def zzp_factuur(g):
    ib = g.iban("ABNA")
    sp = f"NL {ib[2:4]} {ib[4:8]} {grp(ib[8:])}"
    ib2 = g.iban("BUNQ")
    return f"""\
Hoi Tessa,

Bijgaand mijn factuur voor de fotografie op jullie klantdag (factuur 2025-017,
€ 1.452,00 incl. btw). Zou je het bedrag binnen 30 dagen willen overmaken op
⟦iban!:{sp}⟧ t.n.v. R. de Ruiter Fotografie?

Let op: mijn oude rekening bij bunq ({ib2[:4]} {ib2[4:8]} {grp(ib2[8:])}) gebruik ik niet meer,
die staat nog wel op de factuur van maart. Sorry voor de verwarring.

De foto's staan in de gedeelde map, de selectie voor de website heb ik met een
ster gemarkeerd.

Groet,
Rachid
""".replace(f"({ib2[:4]} {ib2[4:8]} {grp(ib2[8:])})", f"(⟦iban:{ib2[:4]} {ib2[4:8]} {grp(ib2[8:])}⟧)")


@doc("form_fullwidth")
def fullwidth(g):
    ib = g.iban("INGB")
    a = g.addr("Delft", street=S("Kruisstraat"), add="-3")
    fw = "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in grp(ib, 4, "\u3000"))
    return f"""\
Dear Ms. Evers,

Thank you for approving the Holland Scholarship. Please find my bank details
below. I copied them from my phone notes, sorry if the characters look strange.

Account holder：Wang Lei
ＩＢＡＮ：⟦iban!:{fw}⟧
ＢＩＣ：ＩＮＧＢＮＬ２Ａ
Address in the Netherlands: ⟦address:{a.l1}, {a.l2}⟧

Student number: 5893124
Programme: MSc Civil Engineering

Kind regards,
Wang Lei
"""


@doc("chat_lowercase")
def tikkie_chat(g):
    ib = g.iban("INGB")
    return f"""\
[20:31] Marieke: wie heeft er al betaald voor het cadeau van juf anne?
[20:33] Hatice: ik nog niet, tikkie werkt bij mij niet 🙄
[20:34] Marieke: maak maar over naar ⟦iban!:{ib.lower()}⟧ tnv mijn man (a. verbeek), €7,50 pp
[20:34] Hatice: staat daar ingb of lngb? ik zie het slecht op mn telefoon
[20:35] Marieke: ingb! gewoon kopieren wat ik typte
[20:40] Hatice: gedaan!
[20:41] Niek: ik ook 👍 kaart teken ik vrijdag bij het hek
"""


# ================================================================== E: hard negatives

@doc("manual")
def handleiding(g):
    return """\
Handleiding Cliëntportaal 3.2 – Hoofdstuk 4: een nieuwe cliënt invoeren

4.1 Persoonsgegevens
Vul de naam in zoals die in het identiteitsbewijs staat. Gebruik voor het
tussenvoegsel het aparte veld.

4.2 Burgerservicenummer
Vul het BSN in als negen cijfers, zonder spaties of punten, bijvoorbeeld
⟦none:123456782⟧. Het portaal controleert het nummer met de elfproef. Een BSN van acht
cijfers (de voorloopnul is weggevallen) vult het portaal zelf aan tot negen cijfers.

Let op: in de testomgeving (acc.clientportaal.nl) mag u nooit echte BSN's gebruiken.
Gebruik daar de fictieve nummers ⟦none:999999990⟧ en ⟦none:111222333⟧. Deze komen door
de elfproef maar horen niet bij een bestaand persoon.

4.3 Veelvoorkomende meldingen
"BSN ongeldig"       Het nummer komt niet door de elfproef. Controleer op typefouten.
"BSN al in gebruik"  Er bestaat al een dossier met dit nummer. Zoek de cliënt op via
                     Zoeken > Cliënten in plaats van een nieuw dossier aan te maken.
"Geen BRP-match"     Het nummer is geldig, maar de BRP-koppeling geeft geen persoon
                     terug. Neem contact op met de functioneel beheerder.
"""


@doc("training_material")
def casus(g):
    return """\
Workshop 'Zorgvuldig omgaan met persoonsgegevens' – casus 2 (dia 14-16)

Casus: Jan Voorbeeld
Jan Voorbeeld (fictief, 47 jaar) meldt zich bij het Wmo-loket. Hij heeft hulp nodig bij
het huishouden na een heupoperatie. De consulent vult het intakeformulier in:

  Naam:                 J. Voorbeeld
  BSN:                  ⟦none:999999990⟧  (testnummer, geen echte persoon)
  Geboortedatum:        01-01-1978
  Huisarts:             Huisartsenpraktijk Het Centrum

Vragen voor de groep:
1. De consulent mailt het formulier naar de zorgaanbieder met het BSN in de
   onderwerpregel ("Intake BSN 999999990"). Wat gaat hier mis?
2. Mag de zorgaanbieder het BSN gebruiken? Op welke wettelijke grondslag?
3. Een collega gebruikt in de testomgeving het nummer ⟦none:111222333⟧. Is dat een
   probleem? En wat als hij het BSN van zijn eigen moeder gebruikt?

Tip voor de trainer: bespreek ook het verschil tussen pseudonimiseren en anonimiseren.
""".replace('("Intake BSN 999999990")', '("Intake BSN ⟦none:999999990⟧")')


@doc("app_log")
def order_log(g):
    lines = []
    t = 14 * 3600 + 2 * 60
    for i in range(9):
        t += g.r.randint(1, 40)
        ev = g.r.choice(["order.created", "payment.authorized", "order.created", "shipment.labelled",
                         "payment.failed", "order.cancelled"])
        oid = g.elf9() if i % 3 != 1 else g.plain9()
        o = f"⟦none:{oid}⟧" if elf_ok(oid) else oid
        lines.append(f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}.{g.r.randint(0, 999):03d} INFO  orders-svc  "
                     f"event={ev} order_id={o} request_id={g.n9()} amount={g.r.randint(500, 30000) / 100:.2f} "
                     f"channel={g.r.choice(['web', 'app', 'web', 'marketplace'])}")
    t5 = lines[4][:12]
    lines.insert(5, f"{t5[:9]}{(int(t5[9:]) + 7) % 1000:03d} ERROR orders-svc  psp webhook signature mismatch, retrying (attempt 2/5)")
    return ("Waarom worden sommige orders twee keer aangemaakt? Zie de order_ids hieronder, het lijkt of de app "
            "dubbel post na een failed payment.\n\n" + "\n".join(lines) + "\n")


@doc("ap_list")
def openstaande_facturen(g):
    sup = ["Wiersma Transport B.V.", "Drukkerij Van Rijn", "Koopman Kantoorinrichting B.V.",
           "IT-Beheer Noord B.V.", "Heijnen Catering", "Eneco Zakelijk", "KPN B.V.", "Wiersma Transport B.V."]
    out = ["Openstaande posten crediteuren per 13-06-2025", "",
           "Crediteur                        Factuurnr     Factuurdatum  Vervaldatum  Bedrag       Status"]
    for i, s_ in enumerate(sup):
        d = g.date(m0=3, m1=6)
        fn = g.elf9() if i % 2 == 0 else g.plain9()
        fc = f"⟦none:{fn}⟧" if elf_ok(fn) else fn
        out.append(f"{s_:<32s} {fc}{' ' * 4}  {d:%d-%m-%Y}    {(d + datetime.timedelta(days=30)):%d-%m-%Y}   "
                   f"€ {nlmoney(g.r.randint(4000, 900000) / 100):>10s}  {g.r.choice(['open', 'open', 'goedgekeurd', 'geblokkeerd'])}")
    out += ["", "Wiersma staat er 2x in, is dat een dubbele factuur of twee ritten? Graag uitzoeken voor de betaalrun van dinsdag."]
    return "\n".join(out) + "\n"


@doc("shipping_mail")
def pakket(g):
    z = g.elf9()
    return f"""\
Je pakket ligt klaar bij een DHL ServicePoint

Hallo,

Je pakket van Coolblue kon vandaag niet worden bezorgd. Je kunt het vanaf morgen
14:00 uur ophalen bij:

  DHL ServicePoint – Bruna Oosterhout
  {S('Arendshof')} 38
  4901 HV Oosterhout
  Openingstijden: ma-vr 9:00-18:00, za 9:00-17:00

Zendingnummer: ⟦none:{z}⟧
Neem een geldig legitimatiebewijs mee. Haalt iemand anders het pakket op? Geef
diegene dan ook een kopie van jouw legitimatiebewijs en deze e-mail mee.

Het pakket ligt 7 dagen klaar. Daarna sturen we het terug naar de afzender.

Met vriendelijke groet,
DHL eCommerce
"""


@doc("insurance_overview")
def polissen(g):
    out = ["Verzekeringsportefeuille Lubbers Logistiek B.V. – verlenging per 1 juli 2025", "",
           "Verzekering                 Maatschappij      Polisnummer   Premie/jr     Verlenging   Opmerking"]
    for nm, mij, opm in [("Bedrijfsaansprakelijkheid", "Nationale-Nederlanden", "dekking naar 5 mln"),
                         ("Wagenpark (34 voertuigen)", "Allianz", "schadevrij, korting 12%"),
                         ("Opstal DC Tilburg", "a.s.r.", "herwaardering nodig"),
                         ("Inventaris/goederen", "a.s.r.", ""),
                         ("Verzuimverzekering", "Achmea", "eigen risico 13 wkn"),
                         ("Transportverzekering", "Allianz", "")]:
        pn = g.elf9() if g.r.random() < 0.6 else g.plain9()
        pc = f"⟦none:{pn}⟧" if elf_ok(pn) else pn
        out.append(f"{nm:<27s} {mij:<17s} {pc}     € {nlmoney(g.r.randint(120000, 4500000) / 100):>10s}   01-07-2025   {opm}")
    out += ["", "Advies tussenpersoon: wagenpark en transport samen onderbrengen, scheelt naar schatting € 4.000 per jaar."]
    return "Kun je dit samenvatten voor het MT (max. half A4)?\n\n" + "\n".join(out) + "\n"


@doc("ticket_list")
def tickets(g):
    rows = ["ID\tOnderwerp\tAanvrager\tStatus\tPrioriteit\tLaatst bijgewerkt"]
    subj = ["Laptop start niet op na update", "Toegang gedeelde map Finance", "Printer 2e verdieping vastgelopen",
            "Nieuwe medewerker: account aanmaken", "VPN valt steeds weg", "Outlook vraagt steeds om wachtwoord",
            "Telefoon doorschakelen naar mobiel"]
    for i, s_ in enumerate(subj):
        tid = g.elf9() if i % 2 else g.plain9()
        tc = f"⟦none:{tid}⟧" if elf_ok(tid) else tid
        p = g.person()
        rows.append(f"{tc}\t{s_}\t{p.first} {p.surname}\t{g.r.choice(['Nieuw', 'In behandeling', 'Wacht op gebruiker', 'Opgelost'])}\t"
                    f"{g.r.choice(['P2', 'P3', 'P3', 'P4'])}\t{g.r.randint(1, 13)}-6-2025 {g.r.randint(8, 17)}:{g.r.randint(0, 59):02d}")
    return ("Welke tickets staan langer dan een week open? Export uit TOPdesk:\n\n" + "\n".join(rows) + "\n")


@doc("email_payment")
def iban_typo(g):
    good = g.iban("RABO")
    bad = g.bad_iban(good)
    knr = g.elf9()
    return f"""\
Onderwerp: Betaling teruggekomen – klantnummer {knr}

Beste klantenservice,

Jullie hebben mijn terugbetaling van € 64,95 (retour bestelling van 28 mei) naar
{grp(bad)} gestuurd, maar de bank heeft die teruggestort met de melding
"rekeningnummer bestaat niet". Ik heb het formulier zelf ingevuld, dus misschien
heb ik een cijfer verkeerd getypt.

Mijn klantnummer is {knr}. Kunnen jullie me bellen zodat ik het juiste nummer
telefonisch kan doorgeven? Ik zet het liever niet in een mail.

Groet,
Ellen
""".replace(f"klantnummer {knr}", f"klantnummer ⟦none:{knr}⟧").replace(f"klantnummer is {knr}", f"klantnummer is ⟦none:{knr}⟧")


@doc("source_code")
def test_elfproef(g):
    return '''\
kun je deze tests uitbreiden met gevallen voor een BSN van 8 cijfers?

import pytest
from klantportaal.validatie import is_geldig_bsn

# Fictieve testnummers, komen door de elfproef maar zijn niet uitgegeven.
GELDIG = ["⟦none:999999990⟧", "⟦none:111222333⟧", "⟦none:123456782⟧"]
ONGELDIG = ["123456789", "111111111", "12345678a", "", "000000000"]


@pytest.mark.parametrize("nummer", GELDIG)
def test_geldig(nummer):
    assert is_geldig_bsn(nummer)


@pytest.mark.parametrize("nummer", ONGELDIG)
def test_ongeldig(nummer):
    assert not is_geldig_bsn(nummer)


def test_spaties_en_punten():
    assert is_geldig_bsn("⟦none:1234.56.782⟧")
    assert is_geldig_bsn(" ⟦none:123 456 782⟧ ")
'''


@doc("chat_service")
def webcare(g):
    k = g.elf9()
    o = g.elf9()
    return f"""\
Chat met Vattenfall klantenservice – 12 juni 2025

Sanne (Vattenfall): Goedemiddag, je spreekt met Sanne. Waarmee kan ik je helpen?
Jij: hoi, mijn termijnbedrag is ineens verdubbeld en ik snap niet waarom
Sanne (Vattenfall): Vervelend! Wil je je klantnummer doorgeven? Dat staat rechtsboven op je jaarnota.
Jij: ⟦none:{k}⟧
Sanne (Vattenfall): Dank je. Ik zie dat de meterstanden van je jaarafrekening geschat zijn. Heb je de meterstanden bij de hand?
Jij: ja, stroom 48211 laag / 39007 hoog, gas 8812
Sanne (Vattenfall): Top, ik heb een correctie aangevraagd onder nummer ⟦none:{o}⟧. Je krijgt binnen 10 werkdagen een nieuwe jaarnota en je termijnbedrag wordt opnieuw berekend.
Jij: fijn, bedankt!
Sanne (Vattenfall): Graag gedaan. Fijne dag nog!
"""


@doc("authorization_form")
def machtiging(g):
    p = g.person("v", born=(1945, 1960))
    z = g.person("m", born=(1970, 1985), surname=p.surname)
    a = g.addr("Venlo", add="")
    b = g.bsn()
    return f"""\
MACHTIGING

Ondergetekende,
{p.heer} {p.first} {p.surname}, geboren op {p.birth:%d-%m-%Y} te Tegelen,
burgerservicenummer {b},
wonende {a.street} {a.hn}, {a.pc} Venlo,

machtigt hierbij

de heer {z.first} {z.surname}, geboren op {z.birth:%d-%m-%Y},

om namens haar de aanvraag voor een Wmo-voorziening (scootmobiel) bij de
gemeente Venlo in te dienen, inlichtingen te geven en te ontvangen, en alle
correspondentie hierover te voeren.

Deze machtiging geldt tot wederopzegging.

Plaats: Venlo                     Datum: 10 juni 2025

Handtekening volmachtgever:       Handtekening gemachtigde:


Stuur deze machtiging met een kopie van beide legitimatiebewijzen naar:
Gemeente Venlo, Team Wmo, Postbus 3434, 5902 RK Venlo.
""".replace(f"burgerservicenummer {b}", f"burgerservicenummer ⟦bsn:{b}⟧").replace(
        f"wonende {a.street} {a.hn}, {a.pc} Venlo", f"wonende ⟦address:{a.street} {a.hn}, {a.pc} Venlo⟧")


@doc("email_personal")
def sofinummer(g):
    p = g.person("m", born=(1950, 1958))
    b = g.bsn()
    return f"""\
Van: {p.first.lower()}.{p.core.lower().replace(' ', '')}@planet.nl
Aan: info@pensioenfondsmetaal.nl
Onderwerp: mijn pensioen gaat in per 1 september, wat moet ik nog doen

Geachte heer, mevrouw,

Op 14 augustus word ik 67 en dan gaat mijn pensioen in. Ik heb bij jullie
pensioen opgebouwd van 1979 tot 2011 bij Stork en later bij Hoekstra Installatie.
Ik heb nog geen brief gehad over de ingangsdatum.

Mijn sofinummer is {b}, mijn geboortedatum {p.birth:%d-%m-%Y}. Het oude
deelnemersnummer weet ik niet meer.

Kunnen jullie mij laten weten of ik nog een formulier moet invullen? Ik heb geen
DigiD-app, dus graag per post of telefonisch.

Met vriendelijke groet,
{p.initials} {p.surname}
""".replace(f"sofinummer is {b}", f"sofinummer is ⟦bsn:{b}⟧")


@doc("kvk_extract")
def kvk_uittreksel(g):
    rsin = g.elf9()
    d = g.person("m", born=(1960, 1975))
    return f"""\
Uittreksel Handelsregister Kamer van Koophandel

KvK-nummer           {g.digits(8)}
Pagina 1 (van 1)

Rechtspersoon
RSIN                 ⟦none:{rsin}⟧
Rechtsvorm           Besloten Vennootschap
Statutaire naam      Lemmens Groothandel B.V.
Statutaire zetel     Putten
Eerste inschrijving  12-03-1998

Onderneming
Handelsnamen         Lemmens Groothandel, Lemmens Horecaservice
SBI-code             4638 - Groothandel in overige voedings- en genotmiddelen

Vestiging
Vestigingsnummer     {g.digits(12, '0')}
Bezoekadres          {S('Industrieweg')} 30, 3881 LB Putten
Postadres            Postbus 112, 3880 AC Putten
Telefoonnummer       0341-352200
Werkzame personen    38

Bestuurder
Naam                 {d.core}, {d.first}{(' ' + d.tv) if d.tv else ''}
Geboortedatum        {d.birth:%d-%m-%Y}
Datum in functie     01-01-2015
Bevoegdheid          Alleen/zelfstandig bevoegd

Dit uittreksel is vervaardigd op 13-06-2025 om 09.12 uur.
"""


# ================================================================== build and check

MARK = re.compile(r"⟦(bsn|iban|address|none)(!?):(.*?)⟧", re.S)


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


# Escapes and characters that stand for a space inside a value, and fullwidth forms.
SPACE_SEQS = ["&nbsp;", "&#160;", "&#xa0;", "&#x202f;", "&#8239;", "\\u00a0", "\\u202f",
              "\\,", "\\ ", "~"]
SPACE_CHARS = "\u00a0\u202f\u2009\u2007\u3000"


def flat(text):
    """Text with space-escapes turned into one space and fullwidth forms into ASCII.

    Returns the flat string and, per flat character, the index in `text` where it
    came from (plus one entry for the end)."""
    out, idx, i, low = [], [], 0, text.lower()
    while i < len(text):
        for s in SPACE_SEQS:
            if low.startswith(s, i):
                out.append(" ")
                idx.append(i)
                i += len(s)
                break
        else:
            c = text[i]
            o = ord(c)
            if c in SPACE_CHARS:
                c = " "
            elif 0xFF01 <= o <= 0xFF5E:
                c = chr(o - 0xFEE0)
            out.append(c)
            idx.append(i)
            i += 1
    idx.append(len(text))
    return "".join(out), idx


DIGRUN = re.compile(r"(?<![0-9])[0-9]+(?:[ .\-][0-9]+)*(?![0-9])")
GROUPINGS = {(9,), (3, 3, 3), (4, 2, 3), (2, 2, 2, 3), (5, 4), (4, 5), (3, 6), (6, 3), (2, 3, 4),
             (1, 4, 4)}
IBANISH = re.compile(r"(?<![A-Z0-9])[A-Z]{2} ?[0-9]{2}(?:[ \-]?[A-Z0-9]){10,32}")
NOTES = []


def candidates9(flattext):
    """(start, end) in flattext of every 9-digit number a reader could take for a BSN."""
    for m in DIGRUN.finditer(flattext):
        groups = [(g.start(), g.end()) for g in re.finditer(r"[0-9]+", m.group())]
        base = m.start()
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                lens = tuple(e - s for s, e in groups[i:j + 1])
                seps = set(re.sub(r"[0-9]", "", m.group()))
                whole = i == 0 and j == len(groups) - 1 and len(seps) <= 1
                if lens in GROUPINGS or (whole and sum(lens) == 9):
                    yield base + groups[i][0], base + groups[j][1]


def ascii_upper(s):
    return "".join(c.upper() if "a" <= c <= "z" else c for c in s)


def check(src, name, data, labels):
    errs = []
    text = data.decode("utf-8")
    boff, n = [], 0
    for ch in text:
        boff.append(n)
        n += len(ch.encode("utf-8"))
    boff.append(n)
    ft, fidx = flat(text)
    allowed = {t for s, t, _ in ALLOW if s == src}

    def overlaps(fs, fe, types):
        s, e = boff[fidx[fs]], boff[fidx[fe]]
        return any(l["type"] in types and l["start"] < e and s < l["end"] for l in labels)

    spans = sorted((l["start"], l["end"]) for l in labels)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        if s2 < e1:
            errs.append(f"overlapping labels at byte {s2}")
    for l in labels:
        if data[l["start"]:l["end"]].decode("utf-8") != l["text"]:
            errs.append(f"offsets of {l['text']!r}")
        if l["text"] != l["text"].strip():
            errs.append(f"label with outer whitespace: {l['text']!r}")
        f = flat(l["text"])[0]
        dg = re.sub(r"[^0-9]", "", f)
        compact = ascii_upper(re.sub(r"[\s\-]", "", f))
        if l["type"] == "bsn" and not (len(dg) in (8, 9) and elf_ok(dg)):
            errs.append(f"bsn fails the 11-check: {l['text']!r}")
        elif l["type"] == "iban" and not iban_ok(compact):
            errs.append(f"invalid iban: {l['text']!r}")
        elif l["type"] == "none" and not ((len(dg) == 9 and elf_ok(dg)) or
                                          (re.match(r"[A-Z]{2}[0-9]{2}", compact) and not iban_ok(compact))):
            errs.append(f"none label neither 11-check nor IBAN-like: {l['text']!r}")
        elif l["type"] == "address" and not re.search(r"[0-9]", l["text"]):
            errs.append(f"address without a number: {l['text']!r}")
    for fs, fe in candidates9(ft):
        dg = re.sub(r"[^0-9]", "", ft[fs:fe])
        orig = text[fidx[fs]:fidx[fe]]
        if elf_ok(dg) and not overlaps(fs, fe, ("bsn", "none")):
            if orig in allowed:
                NOTES.append(f"{name}: allowed {orig!r}")
            else:
                errs.append(f"unlabelled 11-check number {orig!r}")
    for m in re.finditer(r"(?<![0-9])[0-9]{8}(?![0-9])", ft):
        if elf_ok(m.group()) and not overlaps(m.start(), m.end(), ("bsn", "none")):
            NOTES.append(f"{name}: 8-digit number passing the 11-check (with a leading 0) left unlabelled: {m.group()}")
    up = ascii_upper(ft)
    for m in IBANISH.finditer(up):
        cand = m.group()
        for k in range(len(cand), 14, -1):
            if cand[k - 1] in " -":
                continue
            c = re.sub(r"[ \-]", "", cand[:k])
            if iban_ok(c):
                orig = text[fidx[m.start()]:fidx[m.start() + k]]
                if not overlaps(m.start(), m.start() + k, ("iban",)) and orig not in allowed:
                    errs.append(f"unlabelled IBAN {orig!r}")
                break
    for l in labels:
        if l["type"] in ("bsn", "iban"):
            i = text.find(l["text"])
            while i >= 0:
                s, e = boff[i], boff[i + len(l["text"])]
                if not any(x["type"] == l["type"] and x["start"] <= s and e <= x["end"] for x in labels):
                    errs.append(f"second occurrence of {l['text']!r} not labelled")
                i = text.find(l["text"], i + 1)
    return [f"{name} ({src}): {e}" for e in errs]


def main():
    order = list(range(len(DOCS)))
    random.Random(SEED).shuffle(order)
    docs_dir = os.path.join(HERE, "docs")
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    os.makedirs(docs_dir)
    names = [fn.__name__ for _, fn in DOCS]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise SystemExit(f"duplicate document functions: {dup}")
    all_labels, manifest, errs = [], [], []
    for num, k in enumerate(order):
        family, fn = DOCS[k]
        name = f"{num:04d}.txt"
        data, labels = render(fn(Gen(fn.__name__)))
        with open(os.path.join(docs_dir, name), "wb") as f:
            f.write(data)
        errs += check(fn.__name__, name, data, labels)
        nlines = data.count(b"\n")
        if not 5 <= nlines <= 80:
            errs.append(f"{name} ({fn.__name__}): {nlines} lines, want 5-80")
        for l in labels:
            all_labels.append({"doc": name, "family": family, "type": l["type"], "start": l["start"],
                               "end": l["end"], "tier": l["tier"], "text": l["text"]})
        positive = any(l["type"] != "none" for l in labels)
        manifest.append({"doc": name, "family": family, "source": fn.__name__,
                         "negative": not positive, "labels": len(labels)})
    for src, st in STREETS_USED:
        if st not in streets():
            errs.append(f"{src}: street {st!r} not in streets.txt")
    for p in PLACES:
        if p.lower() not in places():
            errs.append(f"place {p!r} not in places.txt")
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
        print("\n".join(NOTES))
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
