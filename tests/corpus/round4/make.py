#!/usr/bin/python3
"""Generate round 4 (the detector helper's own sample) of the realistic Dutch office-text sample for clipguard.

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

SEED = 20261202
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

# ================================================================== A: organisations, places


@doc("venue")
def hotel_route(g):
    gast = g.person()
    res = g.n9()
    return f"""\
Beste {gast.first},

Leuk dat je komt! Het teamuitje is dit jaar in Hotel Zuiderduin.

Hotel Zuiderduin
{S("Zeeweg")} 52
1931 VL Egmond aan Zee
Receptie 072-750 20 00 (dag en nacht bereikbaar)

Check-in vanaf 15.00 uur, je reserveringscode is {res}.
Parkeren kan gratis achter het hotel. Neem je zwemspullen mee.

Groet,
Ilse (namens de personeelsvereniging)
"""


@doc("receipt")
def bonnetje(g):
    tx = g.n9()
    return f"""\
        KRUIDVAT FILIAAL 4412
      {S("Hoogstraat")} 61
      3011 PM Rotterdam
      Tel. 010-4134499

Shampoo 250ml               3,49
Tandpasta 2x                4,18
Watten                      1,29
----------------------------------
TOTAAL                      8,96
PIN                         8,96

Transactie {tx}  14-05-2025 16:42
BTW 21%  1,55
Bedankt en tot ziens!
"""


@doc("supplier_table")
def leveranciers(g):
    rows = []
    out = ["Leveranciersoverzicht inkoop 2025 (export uit Exact)", "",
           "Code\tNaam\tAdres\tPostcode\tPlaats\tKvK\tBTW-nummer\tIBAN"]
    sup = [("L0012", "Drukkerij Veldkamp", S("Industrieweg") + " 14", "7102 DE", "Winterswijk"),
           ("L0019", "Koffiebranderij Het Anker", S("Havenstraat") + " 3", "1781 AB", "Den Helder"),
           ("L0031", "Schoonmaakbedrijf Glans", S("Nijverheidsweg") + " 22", "3771 ME", "Barneveld"),
           ("L0040", "Van Dijk Transport", S("Transportweg") + " 8", "2742 RH", "Waddinxveen")]
    for code, naam, adr, pc, pl in sup:
        kvk = g.digits(8)
        ib = g.iban()
        out.append(f"{code}\t{naam}\t{adr}\t{pc}\t{pl}\t{kvk}\tNL{g.digits(9)}B01\t⟦iban!:{ib}⟧")
    out += ["", "Let op: Glans heeft per 1 juli een nieuw rekeningnummer, graag wijzigen."]
    return "\n".join(out) + "\n"


@doc("signature")
def handtekening_kantoor(g):
    return f"""\
Hoi Mark,

Bijgaand de offerte voor de nieuwe printers, zoals besproken.

Met vriendelijke groet,

Sandra Meijer
Accountmanager

Kantoor Zwolle
{S("Dokter van Heesweg")} 2
8025 AB Zwolle
T 038 456 78 90
www.printpartners.nl
"""


@doc("sports")
def sportpark(g):
    return f"""\
Zaterdag 17 mei: uitwedstrijd JO11-2 tegen vv Hierden

Verzamelen 8.15 uur bij de kantine, vertrek 8.30 uur.
Adres: Sportpark De Kuil, {S("Sportparklaan")} 4, 3848 PW Harderwijk
Aftrap 10.00 uur op veld 3. Rijders: ouders van Sem, Luuk en Daan.

Graag shirts en sokken mee terug nemen!
"""


@doc("church")
def kerkconcert(g):
    return f"""\
Uitnodiging Paasconcert

Op Goede Vrijdag 18 april zingt het Christelijk Mannenkoor Nij Begun in de
Grote Kerk, {S("Kerkplein")} 1, 9201 GA Drachten.
Aanvang 19.30 uur, de kerk is open vanaf 19.00 uur. Toegang vrij, collecte bij de uitgang.
"""


@doc("community_centre")
def dorpshuis(g):
    return f"""\
Bewonersavond windpark

Datum: dinsdag 3 juni, 20.00 uur
Locatie: Dorpshuis De Schakel
{S("Dorpsplein")} 3
7933 PN Pesse

Iedereen is welkom, koffie staat klaar. Aanmelden hoeft niet.
"""


@doc("town_hall")
def raadhuis(g):
    return f"""\
Trouwen in Woerden

De ceremonie vindt plaats in de trouwzaal van het oude raadhuis,
{S("Kerkplein")} 6, 3441 BG Woerden. Parkeren kan in parkeergarage Castellum.
Openingstijden publieksbalie: ma-vr 8.30 - 17.00 uur.
"""


@doc("parking")
def parkeerbon(g):
    t = g.n9()
    return f"""\
Q-Park Parkeergarage Stationsplein
{S("Stationsplein")} 10
3511 ED Utrecht

Ticket {t}
In:  12-05-2025 08:51
Uit: 12-05-2025 17:33
Te betalen: EUR 24,00
Betaald met: Maestro
"""


@doc("garage_invoice")
def garage(g):
    k = g.person("m")
    a = g.addr()
    f = g.n9()
    return f"""\
Autobedrijf Hendriks B.V.
{S("Industrieweg")} 40
5253 AR Nieuwkuijk
Tel 073-5112233   KvK 17012345

FACTUUR {f}

{k.dhr} {k.ini}
⟦address:{a.l1}
{a.l2}⟧

APK keuring incl. roetmeting              € 49,95
Remblokken voor vervangen                 € 186,40
Totaal incl. btw                          € 236,35

Betaling binnen 14 dagen op ⟦iban:{g.iban("RABO")}⟧ o.v.v. het factuurnummer.
"""


@doc("stock_list")
def magazijn(g):
    return f"""\
Voorraad per locatie (wk 20)

DC Tilburg, {S("Transportweg")} 12, 5048 AA Tilburg
  art. 44012  pallets  38
  art. 44013  pallets  12
Magazijn Venlo, {S("Industrieweg")} 9, 5928 PV Venlo
  art. 44012  pallets  4
  art. 44019  pallets  20

Herbevoorrading Venlo vrijdag via Tilburg.
"""


@doc("json_structured")
def warehouse_json(g):
    return fill("""\
{
  "order": "SO-2025-0611",
  "warehouse": {
    "name": "Centraal Magazijn",
    "street": "«s»",
    "houseNumber": "30",
    "postalCode": "3197 KK",
    "city": "Rotterdam"
  },
  "leverancier": {"naam": "Bakker Verpakkingen", "straat": "«s2»", "huisnummer": "7", "postcode": "2984 BH", "plaats": "Ridderkerk"},
  "status": "picked"
}
""", s=S("Botlekweg"), s2=S("Nijverheidsweg"))


@doc("postbox")
def antwoordnummer(g):
    return f"""\
Stuur het formulier zonder postzegel naar:

   Zorgverzekeraar Zilveren Kruis
   Antwoordnummer 1234
      3700 VB  Zeist

of per post naar Postbus 444, 2700 AK Zoetermeer.
"""


@doc("belgian")
def belgie(g):
    return f"""\
Offerte 2025-118

Drukkerij Vanderstraeten BV
Kortrijksesteenweg 210
9830 Sint-Martens-Latem
BTW BE 0456.789.123

Geachte heer, hierbij onze prijsopgave voor 2.000 folders A5.
"""


@doc("notary")
def notaris(g):
    k = g.person("v")
    a = g.addr()
    return f"""\
Heden, twee juni tweeduizend vijfentwintig, verscheen voor mij, mr. Pieter Gerrit Brands,
notaris te Amersfoort, ten kantore van mij, notaris, aan de {S("Stadsring")} 21,
3811 HN Amersfoort:
mevrouw {k.first} {k.surname}, geboren op {k.birth:%d-%m-%Y}, wonende te
⟦address:{a.l1}, {a.l2}⟧, hierna te noemen: de verkoper.
De comparante verklaarde het hierna te omschrijven registergoed te verkopen.
"""


@doc("relocation")
def verhuizing_bedrijf(g):
    return f"""\
Beste relaties,

Per 1 september verhuizen wij naar een groter pand.

Accountantskantoor De Vries & Partners
Adres: {S("Keizersgracht")} 620
1017 ER Amsterdam

Ons telefoonnummer en e-mailadres blijven hetzelfde.
"""


@doc("store_list")
def winkels(g):
    return f"""\
Onze winkels
Winkel Den Bosch    {S("Vughterstraat")} 12     5211 GE 's-Hertogenbosch   ma 13-18, di-za 9.30-17.30
Winkel Breda        {S("Ginnekenweg")} 101      4818 JD Breda              di-za 10-17
Winkel Tilburg      {S("Heuvelstraat")} 44      5038 AD Tilburg            di-za 9-18, do tot 21

Op zondag zijn alle winkels gesloten, behalve de koopzondagen in december.
"""


@doc("kvk_rows")
def crediteuren(g):
    return f"""\
crediteur;naam;straat;nr;postcode;plaats;kvk;btw
2001;Groothandel Peters;{S("Marktweg")};15;3449 HD;Woerden;30112233;NL001122334B01
2002;Installatietechniek Ooms;{S("Havenweg")};8;4281 LE;Andel;18055667;NL004455667B01
2003;Bouwmaterialen Smit;{S("Industrieweg")};77;4104 AR;Culemborg;11223344;NL008877665B01
2004;Kantoorartikelen Noord;{S("Transportweg")};5;9723 TH;Groningen;02033445;NL005544332B01
2005;Hoveniersbedrijf Groen;{S("Molenweg")};12;3911 AC;Rhenen;09988776;NL001199887B01
"""


# ================================================================== B: people


@doc("letter")
def brief_dhr(g):
    p = g.person("m")
    a = g.addr()
    d = g.n9()
    return f"""\
Aan: {p.dhr} {p.ini}
⟦address:{a.l1}
{a.l2}⟧

Betreft: uw aanvraag parkeervergunning, dossier {d}

Geachte {p.heer} {p.surname},

Uw aanvraag is in behandeling genomen. U hoort binnen acht weken van ons.
"""


@doc("chat_lowercase")
def verhuisd_chat(g):
    a = g.addr("Houten")
    return f"""\
[10:12] Kim: weet iemand al waar Ruben nu woont?
[10:13] Joost: hij is verhuisd naar ⟦address!:{a.street.lower()} {a.nr} in houten⟧
[10:13] Kim: top dan stuur ik de kaart daarheen
[10:14] Joost: 👍
[10:20] Kim: kaart is op de post
"""


@doc("form_person")
def woonadres(g):
    p = g.person()
    a = g.addr()
    return f"""\
Inschrijfformulier zwemles

Naam kind: {p.first} {p.surname}
Geboortedatum: {p.birth:%d-%m-%Y}
Woonadres: ⟦address:{a.l1}, {a.l2}⟧
Telefoon ouder: {g.phone()}
"""


@doc("brp_twoline")
def brp_twee(g):
    p = g.person("v")
    a = g.addr("'s-Hertogenbosch", street=S("Vughterstraat"))
    b = g.bsn()
    return f"""\
Uittreksel Basisregistratie Personen

Naam                      {p.surname}, {p.first}
Burgerservicenummer       ⟦bsn:{b}⟧
Straat en huisnummer      ⟦address!:{a.l1}⟧
Postcode en woonplaats    ⟦address!:{a.l2}⟧
Datum inschrijving        03-02-2019
"""


@doc("insurer_form")
def huidig_adres(g):
    p = g.person()
    a, n = g.addr(), g.addr()
    pol = g.n9()
    return f"""\
Adreswijziging doorgeven

Polisnummer: {pol}
Naam: {p.ini}
Huidig adres: ⟦address:{a.l1}, {a.l2}⟧
Nieuw adres: ⟦address:{n.l1}, {n.l2}⟧
Ingangsdatum: 1 juli 2025
"""


@doc("tax_bill")
def aanslag(g):
    p = g.person()
    a = g.addr("Deventer")
    return f"""\
Gemeente Deventer - Aanslagbiljet gemeentelijke belastingen 2025

{p.ini}
⟦address:{a.l1}
{a.l2}⟧

Object: ⟦address!:{a.l1}⟧ ({a.place})
WOZ-waarde 1-1-2024: € 312.000
OZB eigenaar woning                       € 298,43
Afvalstoffenheffing                       € 341,00
"""


@doc("camt_xml")
def camt(g):
    p = g.person()
    a = g.addr()
    ib = g.iban()
    return fill("""\
<Ntry>
  <Amt Ccy="EUR">125.00</Amt>
  <NtryDtls><TxDtls>
    <RltdPties>
      <Dbtr>
        <Nm>«nm»</Nm>
        <PstlAdr>
          ⟦address!:<StrtNm>«st»</StrtNm>
          <BldgNb>«nr»</BldgNb>
          <PstCd>«pc»</PstCd>
          <TwnNm>«pl»</TwnNm>⟧
          <Ctry>NL</Ctry>
        </PstlAdr>
      </Dbtr>
      <DbtrAcct><Id><IBAN>⟦iban!:«ib»⟧</IBAN></Id></DbtrAcct>
    </RltdPties>
  </TxDtls></NtryDtls>
</Ntry>
""", nm=p.name.upper(), st=a.street, nr=a.nr, pc=a.pcc, pl=a.place, ib=ib)


@doc("care_home")
def zorgflat(g):
    p = g.person("v", born=(1930, 1945))
    return f"""\
Beste familie,

Uw moeder, mevrouw {p.surname}, verhuist op 12 juni naar appartement 214.
Haar nieuwe adres wordt:
{p.dhr} {p.ini}
⟦address:{S("Plesmanweg")} 2-214
7602 PD Almelo⟧

De receptie van Zorgcentrum De Pleiade, {S("Plesmanweg")} 2, is dagelijks open van 8 tot 20 uur.
"""


@doc("member_list")
def leden(g):
    out = ["Ledenlijst Volkstuinvereniging De Eendracht", ""]
    for _ in range(4):
        p = g.person()
        a = g.addr("Zutphen")
        out.append(f"{p.ini:24s} ⟦address:{a.l1}, {a.l2}⟧   tuin {g.r.randint(1, 80)}")
    return "\n".join(out) + "\n"


@doc("email_person")
def nieuwe_adres(g):
    a = g.addr()
    return f"""\
Hoi allemaal,

Wij zijn verhuisd! Ons nieuwe adres is ⟦address:{a.l1}, {a.l2}⟧.
Kom gerust langs voor een kop koffie.

Liefs, Marloes en Tim
"""


# ================================================================== C: BSN and IBAN shapes


@doc("english")
def english_payroll(g):
    b, c = g.bsn(), g.bsn()
    return f"""\
Hi Joanne,

For the Dutch payroll we also need her citizen service number: ⟦bsn:{b}⟧.
The citizen service number of her partner, who is also on the contract, is ⟦bsn:{c}⟧.

Thanks, Peter
"""


@doc("english")
def english_bsn(g):
    b = g.bsn()
    return f"""\
Dear Mr Visser,

As discussed, the BSN of your daughter (as shown on her passport) is ⟦bsn:{b}⟧.
Please keep it for your tax return.

Kind regards,
HR Services
"""


@doc("iban_spaced")
def iban_nl_spatie(g):
    ib = g.iban("ABNA")
    sp = ib[:2] + " " + ib[2:4] + " " + " ".join(ib[4 + i:8 + i] for i in range(0, 14, 4))
    return f"""\
Hallo,

Kun je de huur voortaan overmaken naar ⟦iban!:{sp}⟧ t.n.v. E. de Boer?

Dank!
"""


@doc("iban_fullwidth")
def iban_fullwidth(g):
    ib = g.iban("INGB")
    fw = "".join(chr(ord(c) + 0xFEE0) for c in ib)
    grp_fw = "\u3000".join(fw[i:i + 4] for i in range(0, len(fw), 4))
    return f"""\
振込先 / bank details
Naam: K. Tanaka
IBAN：⟦iban!:{grp_fw}⟧
Bedrag: € 1.250,00
Omschrijving: huur juni
"""


@doc("tex")
def tex(g):
    b = g.bsn()
    ib = g.iban("RABO")
    tied = "~".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return f"""\
\\begin{{tabular}}{{ll}}
Naam & J.~de Graaf \\\\
BSN & ⟦bsn!:{b[:3]}\\,{b[3:6]}\\,{b[6:]}⟧ \\\\
IBAN & ⟦iban!:{tied}⟧ \\\\
Salaris & \\EUR{{3.412,50}} \\\\
\\end{{tabular}}
"""


@doc("html")
def html(g):
    b, c = g.bsn(), g.bsn()
    ib = g.iban("SNSB")
    hib = "&nbsp;".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return f"""\
<table class="gegevens">
<tr><td>Naam</td><td>P.&nbsp;Jansen</td></tr>
<tr><td>BSN</td><td>⟦bsn!:{b[:4]}&#160;{b[4:6]}&#160;{b[6:]}⟧</td></tr>
<tr><td>BSN partner</td><td>⟦bsn!:{c[:3]}&#x202F;{c[3:6]}&#x202F;{c[6:]}⟧</td></tr>
<tr><td>IBAN</td><td>⟦iban!:{hib}⟧</td></tr>
</table>
"""


@doc("json_nbsp")
def json_nbsp(g):
    b = g.bsn()
    ib = g.iban("ASNB")
    jib = "\\u00a0".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return fill("""\
[
  {
    "naam": "Y. El Amrani",
    "bsn": "⟦bsn!:«b1»\\u00a0«b2»\\u00a0«b3»⟧",
    "iban": "⟦iban!:«ib»⟧",
    "uren": 32
  }
]
""", b1=b[:3], b2=b[3:6], b3=b[6:], ib=jib)


@doc("chat_json")
def slack_export(g):
    b = g.bsn()
    return f"""\
[
  {{"ts": "1716203401.1189", "user": "U04LKD", "text": "ik heb de machtiging binnen"}},
  {{"ts": "1716203456.2201", "user": "U04LKD", "text": "Bsn voor de zekerheid: ⟦bsn!:{b}⟧ (van de moeder)"}},
  {{"ts": "1716203490.0042", "user": "U02XQ1", "text": "dank, zet ik in het dossier"}}
]
"""


@doc("file_names")
def bestandsnamen(g):
    a, b, c = g.bsn(), g.bsn(), g.bsn()
    return f"""\
Van: Frank Mulder
Onderwerp: Machtiging BSN⟦bsn!:{a}⟧
Bijlagen: BSN⟦bsn!:{b}⟧_huurcontract.pdf; ⟦bsn!:{c}⟧_Kuipers_loonstrook_mei.pdf

Hoi, zie bijlagen voor het dossier van de huurder. De loonstrook is van de partner.
"""


@doc("folder_listing")
def mappen(g):
    out = ["    Directory: \\\\fs01\\Klanten\\Scans", "", "Mode   LastWriteTime      Name",
           "----   -------------      ----"]
    for s in ["Kuipers", "deJong", "Hofman", "Bosman"]:
        out.append(f"d----  12-05-2025 09:1{len(s) % 10}   ⟦bsn!:{g.bsn()}⟧_{s}")
    return "\n".join(out) + "\n"


@doc("rest_log")
def rest_log(g):
    out = []
    for _ in range(6):
        b = g.bsn()
        rid = g.n9()
        out.append(f"2025-05-12T09:14:{g.r.randint(10, 59)}Z INFO GET /api/personen/⟦bsn!:{b}⟧/adres 200 req={rid}")
    return "\n".join(out) + "\n"


@doc("chat_typo")
def bns_chat(g):
    b = g.bsn()
    return f"""\
[14:02] Lotte: heb je die van meneer Bakker al?
[14:03] Ahmed: ja bns ⟦bsn!:{b}⟧
[14:03] Lotte: thx
[14:05] Lotte: en zijn geboortedatum?
[14:05] Ahmed: 12-03-1958
"""


@doc("ocr_deed")
def ocr(g):
    b = g.bsn()
    p = g.person("m")
    return f"""\
AKTE VAN LEVERING
de heer {p.first} {p.surname}, geboren te Zwolle op {p.birth:%d-%m-%Y},
burgerservicenummer ⟦bsn!:{b[:5]} {b[5:]}⟧, ongehuwd en niet geregistreerd als partner,
hierna te noemen: verkoper.
De verkoper verklaart dat het verkochte vrij is van hypotheken en beslagen.
"""


@doc("manual_examples")
def handleiding(g):
    return """\
Handleiding invoer nieuwe cliënt

Stap 3: vul het BSN in. Gebruik in de testomgeving altijd een fictief nummer,
bijvoorbeeld ⟦none:111222333⟧ of ⟦none:123456782⟧. Deze voorbeeldnummers doorstaan de
elfproef maar zijn van niemand.
Voorbeeld: Jan Voorbeeld, BSN ⟦none:999999990⟧, geboren 01-01-1980.
Stap 4: klik op Opslaan.
"""


@doc("chat_8digit")
def whatsapp8(g):
    b = g.bsn(lead0=True)
    return f"""\
[09:01] Sanne: welk nummer staat er op de zorgpas van Noor? ik heb haar bsn nodig
[09:04] Mark: ⟦bsn!:{b[1:]}⟧
[09:04] Mark: o wacht met de nul ervoor: ⟦bsn!:{b}⟧
[09:05] Sanne: top
[09:06] Sanne: dan vul ik het formulier vanavond in
"""


@doc("csv_8digit")
def csv8(g):
    out = ["leerling;bsn;bsn_ouder1;bsn_ouder2;groep"]
    for i in range(4):
        k = g.bsn(lead0=(i == 1))
        kk = k[1:] if i == 1 else k
        o1 = g.bsn()
        o2 = "(geen)" if i == 2 else f"⟦bsn!:{g.bsn()}⟧"
        out.append(f"{g.person(born=(2013, 2018)).first};⟦bsn!:{kk}⟧;⟦bsn!:{o1}⟧;{o2};{g.r.randint(3, 8)}")
    return "\n".join(out) + "\n"


@doc("aligned_list")
def huisarts(g):
    out = ["Patiëntenlijst spreekuur di 13 mei", "",
           "Naam                  Geb.datum    BSN            Tijd"]
    for _ in range(4):
        p = g.person()
        out.append(f"{p.sort:21s} {p.birth:%d-%m-%Y}   ⟦bsn!:{sp3(g.bsn())}⟧    {g.r.randint(8, 11)}:{g.r.choice(['00', '15', '30', '45'])}")
    return "\n".join(out) + "\n"


@doc("pandas")
def pandas(g):
    out = [">>> df.head()",
           "   personeelsnr         naam        bsn  uren"]
    for i in range(4):
        p = g.person()
        out.append(f"{i}  {1040 + i * 7:>12d} {p.core[:10]:>12s}  ⟦bsn!:{g.bsn()}⟧  {g.r.choice(['32.0', '36.0', 'NaN'])}")
    return "\n".join(out) + "\n"


@doc("psql")
def psql(g):
    out = [" id |   achternaam   |    bsn    | afdeling", "----+----------------+-----------+----------"]
    for i in range(3):
        p = g.person()
        out.append(f" {i + 1:2d} | {p.core[:14]:14s} | ⟦bsn!:{g.bsn()}⟧ | HR")
    out.append("(3 rows)")
    return "\n".join(out) + "\n"


@doc("mysql")
def mysql(g):
    out = ["+-------+-----------+------------+", "| nr    | bsn       | woonplaats |",
           "+-------+-----------+------------+"]
    for i in range(3):
        out.append(f"| {201 + i:<5d} | ⟦bsn!:{g.bsn()}⟧ | {g.r.choice(['Ede', 'Tiel', 'Oss']):<10s} |")
    out.append("+-------+-----------+------------+")
    out.append("3 rows in set (0.00 sec)")
    return "\n".join(out) + "\n"


@doc("payroll_fixed")
def loonstaat(g):
    out = ["LOONJOURNAAL PERIODE 05-2025                          BLAD 1", "",
           "PERSNR  NAAM                  SOFINR      BRUTO     LH"]
    for i in range(4):
        p = g.person()
        out.append(f"{300 + i:<7d} {p.sort[:21]:21s} ⟦bsn!:{g.bsn()}⟧   {g.r.randint(2500, 5200):>5d},00  {g.r.randint(300, 900):>4d},00")
    return "\n".join(out) + "\n"


@doc("app_log")
def applog(g):
    out = []
    for i in range(8):
        out.append(f"2025-05-12 10:0{i}:13,221 INFO  [http-nio-8080-exec-{i}] OrderService - order {g.n9()} verwerkt in {g.r.randint(20, 300)} ms")
    return "\n".join(out) + "\n"


@doc("ledger")
def grootboek(g):
    out = ["datum\tordernummer\tomschrijving\tbedrag"]
    for i in range(8):
        out.append(f"2025-04-{i + 10}\t{g.n9()}\tverkoop webshop\t{g.r.randint(10, 400)},{g.r.randint(10, 99)}")
    return "\n".join(out) + "\n"


@doc("keyword_prose")
def hr_mail(g):
    b = g.bsn()
    return f"""\
Beste Linda,

Voor de aanmelding bij het pensioenfonds hebben we van de nieuwe collega nog het
burgerservicenummer nodig. Volgens het paspoort is dat ⟦bsn:{dotted(b)}⟧.

Groeten, Erik
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
