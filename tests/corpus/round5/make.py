#!/usr/bin/python3
"""Generate round 5 (the detector helper's second own sample) of the realistic Dutch office-text sample for clipguard.

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

SEED = 20261205
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

# ================================================================== A: organisations, places


@doc("venue")
def theater_route(g):
    tk = g.n9()
    return f"""\
Routebeschrijving Schouwburg De Harmonie

Schouwburg De Harmonie
{S("Stationsplein")} 9
8911 AC Leeuwarden
Kassa: 058-233 02 30 (ma t/m za 12.00-18.00 uur)

Met de auto: neem afslag 26 richting centrum en volg de borden P Zaailand.
Met de trein: de schouwburg ligt op vijf minuten lopen van het station.
Uw ticketnummer: {tk}. Neem dit mee naar de garderobe.
"""


@doc("venue")
def hotel_bevestiging(g):
    gast = g.person("v")
    boek = g.n9()
    return f"""\
Geachte mevrouw {gast.surname},

Hartelijk dank voor uw reservering bij Van der Valk Hotel Assen.

Boekingsnummer: {boek}
Aankomst: vrijdag 13 juni 2025, vertrek: zondag 15 juni 2025
Kamertype: Comfort tweepersoonskamer

Van der Valk Hotel Assen
{S("Balkenweg")} 1
9405 CC Assen
T 0592-85 15 15 | www.hotelassen.nl

Wij wensen u alvast een prettig verblijf.
"""


@doc("receipt")
def bon_bouwmarkt(g):
    tx = g.n9()
    return f"""\
GAMMA ZEIST
{S("Huis ter Heideweg")} 26
3705 LZ Zeist
Tel 030-6913101
Filiaalnr 087

Verf muurwit 2,5L        29,99
Kwast set                 8,49
Afplaktape 2x             7,98
---------------------------------
Totaal                   46,46
Betaald met PIN          46,46

Bonnr {tx} 17-05-2025 11:03
Ruilen binnen 30 dagen met kassabon.
"""


@doc("warehouse")
def magazijn_mail(g):
    po = g.n9()
    return f"""\
Hallo team,

De zending voor inkooporder {po} wordt donderdag geleverd bij het distributiecentrum:

DC Tilburg (magazijn 3, dock 14-18)
{S("Vossenberglaan")} 36
5015 BM Tilburg

Laden en lossen alleen tussen 06.00 en 14.00 uur, meld je bij de portier.
Groet, planning
"""


@doc("warehouse")
def voorraad_csv(g):
    out = ["locatie;adres;postcode;plaats;artikel;aantal"]
    rows = [("Magazijn Noord", S("Transportweg") + " 12", "9206 AD", "Drachten"),
            ("Magazijn Zuid", S("Industrieweg") + " 40", "5931 PE", "Venlo"),
            ("Vestiging Oost", S("Nijverheidsweg") + " 7", "7521 PV", "Enschede")]
    for loc, adr, pc, pl in rows:
        out.append(f"{loc};{adr};{pc};{pl};PALLET-EUR;{g.r.randint(20, 400)}")
    out.append("")
    out.append("Stand per 1 juni, telling door de locatiemanagers.")
    return "\n".join(out) + "\n"


@doc("signature")
def handtekening_advocaat(g):
    return f"""\
Dank voor je snelle reactie, ik kom er begin volgende week op terug.

Met vriendelijke groet,

mr. S. (Sanne) Wolters
Advocaat arbeidsrecht

Van Doorne Legal
{S("Wilhelminapark")} 2
3581 NC Utrecht
T +31 (0)30 760 10 40
M 06 41 87 22 09
www.vandoornelegal.nl
"""


@doc("signature")
def handtekening_gemeente(g):
    return f"""\
Groet,

Pieter Smeets
Team Vergunningen | Gemeente Helmond
Bezoekadres: {S("Weg op den Heuvel")} 35, 5701 NV Helmond
Postadres: Postbus 950, 5700 AZ Helmond
Bereikbaar ma, di en do
"""


@doc("sports")
def toernooi(g):
    return f"""\
Uitnodiging jeugdtoernooi O11 zaterdag 21 juni

Locatie: Sportpark De Westmaat
{S("Sportlaan")} 4
6711 NS Ede

Kleedkamers 3 en 4, aanvang eerste wedstrijd 09.30 uur.
Kantine is open vanaf 08.30 uur. Parkeren op P2 achter de tennisbanen.
"""


@doc("church")
def kerk_concert(g):
    return f"""\
Zondagmiddagconcert: Bach-cantates

Sint-Janskerk, {S("Kerkplein")} 1, 4331 LA Middelburg
Zondag 29 juni, 15.00 uur (deuren open 14.30 uur)
Toegang vrij, collecte na afloop.

Organisatie: Stichting Vrienden van de Sint-Jan
"""


@doc("shop")
def winkel_openingstijden(g):
    return f"""\
Onze winkels

Fietsenwinkel Bakker - filiaal Centrum
{S("Langestraat")} 58, 7607 BG Almelo
ma 13-18 | di-vr 9-18 | za 9-17

Fietsenwinkel Bakker - filiaal Windmolenbroek
{S("Marktplein")} 3, 7609 CK Almelo
di-za 9-17

Reparaties klaar terwijl u wacht (tot 30 minuten).
"""


@doc("edi_order")
def xml_order(g):
    po = g.n9()
    return fill("""\
<Order>
  <OrderNumber>«po»</OrderNumber>
  <Buyer>
    <GLN>«gln1»</GLN>
    <Name>Plus Retail BV</Name>
    <Street>«st1»</Street><HouseNumber>3</HouseNumber>
    <PostalCode>3861 SB</PostalCode><City>Nijkerk</City>
  </Buyer>
  <DeliveryParty>
    <GLN>«gln2»</GLN>
    <Name>DC Plus Zuid</Name>
    <Street>«st2»</Street><HouseNumber>100</HouseNumber>
    <PostalCode>5349 AB</PostalCode><City>Oss</City>
  </DeliveryParty>
</Order>
""", po=po, gln1=gln("871234500001"), gln2=gln("871234500010"), st1=S("Amersfoortseweg"),
        st2=S("Hertogswetering"))


@doc("supplier_table")
def crediteuren(g):
    out = ["Crediteurnr | Naam                    | Adres                 | PC/Plaats          | KvK      | IBAN"]
    sup = [("20011", "Bakkerij Vermeulen BV", S("Dorpsstraat") + " 88", "3732 HK De Bilt"),
           ("20014", "Installatiebedrijf Kok", S("Havenweg") + " 5", "2991 LA Barendrecht"),
           ("20020", "Groothandel Sanders", S("Europaweg") + " 112", "9723 AS Groningen")]
    for nr, naam, adr, pcpl in sup:
        out.append(f"{nr}       | {naam:23s} | {adr:21s} | {pcpl:18s} | {g.digits(8)} | ⟦iban!:{g.iban()}⟧")
    out.append("(3 crediteuren, export 12-05-2025)")
    return "\n".join(out) + "\n"


@doc("relocation")
def verhuisbericht_bedrijf(g):
    return f"""\
Wij verhuizen!

Per 1 september is Administratiekantoor Hendriks & Partners gevestigd op een nieuw adres:

{S("Stationsstraat")} 21
3811 MH Amersfoort

Ons telefoonnummer (033-461 22 90) en e-mailadres blijven gelijk.
Parkeren kan in parkeergarage Stadhuisplein.
"""


@doc("postbox")
def antwoordnummer(g):
    return f"""\
Stuur het ingevulde formulier zonder postzegel naar:

Stichting Hulphond Nederland
Antwoordnummer 1234
    5460 VB Veghel

of per post naar Postbus 24, 5460 AA Veghel.
"""


@doc("belgian")
def belgische_factuur(g):
    return f"""\
FACTUUR 2025-0147

Brouwerij Het Sas NV
Kerkstraat 12
2000 Antwerpen
BTW BE 0412.345.678

Aan: Café De Zwaan, Grote Markt 7, 9000 Gent
Totaal te betalen: € 1.240,00 binnen 30 dagen.
"""


@doc("notary")
def notaris_kantoor(g):
    return f"""\
Heden, twaalf mei tweeduizend vijfentwintig, verscheen voor mij, mr. Johannes Willem
Brouwer, notaris te Gouda, ten kantore van mij, notaris, {S("Turfmarkt")} 46, 2801 HH
Gouda:
de heer Karel van Leeuwen, hierna te noemen: de verkoper, en
mevrouw Inge de Graaf, hierna te noemen: de koper.
De verkoper en de koper verklaren het volgende.
"""


@doc("town_hall")
def stadhuis(g):
    return f"""\
Afspraak paspoort aanvragen

U kunt terecht in het Stadskantoor, {S("Westerstraat")} 11, 1601 AH Enkhuizen.
Openingstijden: maandag tot en met vrijdag 08.30 - 12.30 uur, donderdag ook 17.00 - 20.00 uur.
Neem uw oude paspoort en een pasfoto mee.
"""


@doc("parking")
def parkeergarage(g):
    t = g.n9()
    return f"""\
Q-Park Vredenburg
{S("Vredenburg")} 90
3511 BD Utrecht
Inrijtijd 09:12  Uitrijtijd 13:47
Duur 4u35m      Bedrag € 17,50
Ticket {t}
Bedankt voor uw bezoek
"""


@doc("json_structured")
def json_vestigingen(g):
    return fill("""\
{
  "vestigingen": [
    {"kantoor": "Rotterdam", "straat": "«s1»", "huisnummer": "1", "postcode": "3012 AN", "plaats": "Rotterdam"},
    {"kantoor": "Arnhem", "straat": "«s2»", "huisnummer": "78", "postcode": "6812 AH", "plaats": "Arnhem"}
  ],
  "leverancier": {"naam": "Kantoorartikelen Direct", "straat": "«s3»", "huisnummer": "9", "postcode": "7418 BA", "plaats": "Deventer"}
}
""", s1=S("Coolsingel"), s2=S("Jansbuitensingel"), s3=S("Zutphenseweg"))


# ================================================================== B: people


@doc("letter")
def brief_mevrouw(g):
    p = g.person("v")
    a = g.addr("Hengelo")
    ref = g.n9()
    return f"""\
Woningcorporatie Welbions
Postbus 60, 7550 AB Hengelo

{p.dhr} {p.ini}
⟦address:{a.l1}
{a.l2}⟧

Hengelo, 14 mei 2025
Ons kenmerk: {ref}
Onderwerp: jaarlijkse huurverhoging

Geachte {p.heer} {p.surname},
Per 1 juli wordt uw huur aangepast.
"""


@doc("form_person")
def aanmelding_sportclub(g):
    p = g.person("m", born=(2012, 2016))
    a = g.addr("Zwolle")
    ib = g.iban()
    return f"""\
Aanmeldformulier jeugdlid Atletiekvereniging PEC

Voornaam: {p.first}
Achternaam: {p.surname}
Geboortedatum: {p.birth:%d-%m-%Y}
Adres: ⟦address:{a.l1}⟧
Postcode/woonplaats: ⟦address:{a.l2}⟧
IBAN voor de contributie: ⟦iban:{grp(ib)}⟧
Handtekening ouder/verzorger: ______________
"""


@doc("brp_twoline")
def brp_uittreksel(g):
    p = g.person("m")
    a = g.addr("Breda")
    b = g.bsn()
    return f"""\
UITTREKSEL BASISREGISTRATIE PERSONEN
Gemeente Breda

Geslachtsnaam             {p.surname}
Voornamen                 {p.first}
Geboortedatum             {p.birth:%d-%m-%Y}
Burgerservicenummer       ⟦bsn:{b}⟧
Straatnaam en huisnummer  ⟦address!:{a.l1}⟧
Postcode en woonplaats    ⟦address!:{a.l2}⟧
Datum adreshouding        01-10-2020
"""


@doc("care_home")
def verpleeghuis(g):
    p = g.person("m", born=(1928, 1940))
    return f"""\
Aan de familie van de heer {p.surname},

Per 1 juli verhuist uw vader binnen ons huis naar de afdeling Eikenhof.
Zijn post kan voortaan naar:
De heer {p.ini}
⟦address:{S("Burgemeester Roelenweg")} 12-108
8021 EV Zwolle⟧

Woonzorgcentrum Het Bolwerk, {S("Burgemeester Roelenweg")} 12, is bereikbaar via de hoofdingang.
"""


@doc("card_list")
def kerstkaarten(g):
    out = ["kerstkaarten 2025 (nog te schrijven)", ""]
    for pl in ["breda", "etten-leur", "oosterhout", "tilburg"]:
        p = g.person()
        st = g.street()
        STREETS_USED.append(("kerstkaarten", st))
        nr = g.r.randint(2, 140)
        out.append(f"- fam {p.surname.lower()} ⟦address!:{st.lower()} {nr} {pl}⟧")
    out.append("- oma: zelf langsbrengen")
    return "\n".join(out) + "\n"


@doc("card_list")
def adressen_trouwkaart(g):
    out = ["adressen trouwkaarten", ""]
    for pl in ["Utrecht", "Zeist", "Houten"]:
        p = g.person()
        a = g.addr(pl)
        out.append(f"{p.first.lower()} en {g.person().first.lower()} {p.surname.lower()} - ⟦address!:{a.l1.lower()} {a.pcc.lower()} {pl.lower()}⟧")
    return "\n".join(out) + "\n"


@doc("insurer_form")
def verhuizing_zorgverzekeraar(g):
    p = g.person("v")
    a, n = g.addr(), g.addr()
    b = g.bsn()
    return f"""\
Wijziging persoonsgegevens

Verzekerde: {p.dhr} {p.ini}
BSN: ⟦bsn:{b}⟧
Oude adres: ⟦address:{a.one}⟧
Verhuisd naar: ⟦address:{n.one}⟧
Per: 01-06-2025
"""


@doc("chat_lowercase")
def chat_verhuisd(g):
    a = g.addr("Amersfoort")
    return f"""\
[19:02] Femke: wat is het adres van jullie nieuwe huis eigenlijk?
[19:05] Daan: ⟦address!:{a.street.lower()} {a.nr} {a.pcc.lower()} amersfoort⟧
[19:05] Femke: ah vlak bij het station!
[19:06] Daan: ja echt top
[19:07] Femke: zaterdag kom ik langs
"""


@doc("sepa_xml")
def pain_incasso(g):
    p = g.person()
    a = g.addr()
    ib = g.iban()
    return fill("""\
<DrctDbtTxInf>
  <InstdAmt Ccy="EUR">42.50</InstdAmt>
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
</DrctDbtTxInf>
""", nm=p.name, st=a.street, nr=a.nr, pc=a.pc, pl=a.place, ib=ib)


@doc("tax_bill")
def woz_beschikking(g):
    p = g.person("m")
    a = g.addr("Apeldoorn")
    return f"""\
Gemeente Apeldoorn - WOZ-beschikking 2025

{p.ini}
⟦address:{a.l1}
{a.l2}⟧

Object: ⟦address!:{a.l1} {a.place.upper()}⟧
Waarde peildatum 1 januari 2024: € 389.000
"""


@doc("frame_addr")
def df_adressen(g):
    out = [">>> klanten[['naam', 'straat', 'huisnr', 'postcode', 'plaats']].head(3)",
           "              naam          straat  huisnr postcode      plaats"]
    for i in range(3):
        p = g.person()
        a = g.addr()
        st = f"{a.street:>14s}"
        pad = len(st) - len(st.lstrip())
        out.append(f"{i}  {p.ini[:16]:>16s}  {' ' * pad}⟦address!:{a.street}  {a.nr:>6s}  {a.pcc:>7s}  {a.place:>10s}⟧")
    return "\n".join(out) + "\n"


@doc("email_person")
def afleveradres(g):
    p = g.person("v")
    a = g.addr()
    o = g.n9()
    return f"""\
Bedankt voor je bestelling bij Bol!

Bestelnummer: {o}
Afleveradres:
{p.first} {p.surname}
⟦address:{a.l1}
{a.l2}⟧

Verwachte levering: morgen tussen 10:00 en 14:00.
"""


# ================================================================== C: BSN and IBAN shapes


@doc("file_names")
def scan_map(g):
    out = ["C:\\Users\\hr01\\Documents\\Dossiers>dir /b"]
    for s in ["Visser", "Smit", "Meijer", "deBoer", "Mulder"]:
        out.append(f"⟦bsn!:{g.bsn()}⟧_{s}_ID-bewijs.pdf")
    return "\n".join(out) + "\n"


@doc("rest_path")
def api_calls(g):
    out = ["curl -s https://brp.example.local/haalcentraal/api/brp/personen/⟦bsn!:" + g.bsn() + "⟧ -H 'Accept: application/json'"]
    out.append("")
    for _ in range(3):
        out.append(f"10.2.3.{g.r.randint(2, 250)} - - [12/May/2025:10:1{g.r.randint(0, 9)}:0{g.r.randint(0, 9)}] \"GET /v2/ingeschrevenpersonen/⟦bsn!:{g.bsn()}⟧/verblijfplaats HTTP/1.1\" 200 {g.r.randint(300, 900)}")
    return "\n".join(out) + "\n"


@doc("inbox")
def inbox_lijst(g):
    a, b, c = g.bsn(), g.bsn(), g.bsn()
    return f"""\
Van                 Onderwerp                                   Ontvangen
Jeroen Vink         RE: toeslag BSN ⟦bsn!:{a}⟧ wijziging              ma 12-5 09:14
Saskia Peters       Machtiging BSN⟦bsn!:{b}⟧                        ma 12-5 10:02
Gemeente Tiel       Uw aanvraag {g.plain9()}                         ma 12-5 11:40
Linda Meijer        FW: ⟦bsn!:{c}⟧ loonbeslag                         di 13-5 08:31
"""


@doc("pandas")
def pandas_wide(g):
    rows = [(g.person(), g.bsn(), g.bsn()) for _ in range(3)]
    out = [">>> df",
           "  leerling_id  voornaam   bsn_leerling  groep  \\",
           ]
    for i, (p, b, _) in enumerate(rows):
        out.append(f"{i}  {5001 + i:>10d}  {p.first:>8s}   ⟦bsn!:{b}⟧      {g.r.randint(1, 8)}")
    out.append("")
    out.append("   bsn_ouder  telefoon")
    for i, (p, _, o) in enumerate(rows):
        val = "NaN" if i == 1 else f"⟦bsn!:{o}⟧"
        out.append(f"{i}  {val:>9s}  {g.phone()}")
    out.append("")
    out.append("[3 rows x 6 columns]")
    return "\n".join(out) + "\n"


@doc("psql")
def psql_clienten(g):
    out = ["zorg=> SELECT clientnr, naam, bsn FROM client LIMIT 3;",
           " clientnr |      naam      |    bsn",
           "----------+----------------+-----------"]
    for i in range(3):
        p = g.person()
        out.append(f" {880 + i:>8d} | {p.core[:14]:14s} | ⟦bsn!:{g.bsn()}⟧")
    out.append("(3 rows)")
    return "\n".join(out) + "\n"


@doc("payroll_fixed")
def salarisoverzicht(g):
    out = ["SALARISOVERZICHT JUNI 2025", "",
           "Mdw  Naam                    BSN          Bruto      Netto",
           "---- ----------------------- ---------- ---------- ----------"]
    for i in range(4):
        p = g.person()
        out.append(f"{i + 11:<4d} {p.sort[:23]:23s} ⟦bsn!:{g.bsn()}⟧ {g.r.randint(2400, 6000):>7d},00 {g.r.randint(1800, 4000):>7d},00")
    return "\n".join(out) + "\n"


@doc("csv_quoted")
def csv_quoted(g):
    out = ['"Naam";"BSN";"Geboortedatum";"IBAN"']
    for _ in range(3):
        p = g.person()
        out.append(f'"{p.name}";"⟦bsn!:{g.bsn()}⟧";"{p.birth:%d-%m-%Y}";"⟦iban!:{g.iban()}⟧"')
    out.append("")
    return "\n".join(out) + "\n"


@doc("tex")
def tex_brief(g):
    b = g.bsn()
    ib = g.iban()
    return fill(r"""
\begin{tabular}{ll}
Naam & «nm» \\
BSN & ⟦bsn!:«b1»\,«b2»\,«b3»⟧ \\
Rekening & ⟦iban!:«i1»~«i2»~«i3»~«i4»~«i5»⟧ \\
\end{tabular}
""", nm=g.person().name, b1=b[:3], b2=b[3:6], b3=b[6:], i1=ib[:4], i2=ib[4:8],
        i3=ib[8:12], i4=ib[12:16], i5=ib[16:])


@doc("html")
def html_mail(g):
    b = g.bsn()
    ib = g.iban()
    return f"""\
<p>Beste collega,</p>
<p>Het burgerservicenummer van de aanvrager is ⟦bsn!:{b[:4]}&#160;{b[4:6]}&#160;{b[6:]}⟧.</p>
<p>Uitbetaling op rekening ⟦iban!:{ib[:4]}&nbsp;{ib[4:8]}&nbsp;{ib[8:12]}&nbsp;{ib[12:16]}&nbsp;{ib[16:]}⟧.</p>
<p>Met vriendelijke groet,<br>Team Uitkeringen</p>
<p style="font-size:9pt">Deze e-mail is vertrouwelijk.</p>
"""


@doc("json_nbsp")
def json_chat(g):
    b, c = g.bsn(), g.bsn()
    return f"""\
[
  {{"from": "Ilse", "date": "2025-05-12T08:12:00", "text": "goedemorgen, hebben we het dossier al?"}},
  {{"from": "Bas", "date": "2025-05-12T08:14:10", "text": "ja, Bsn voor de zekerheid: ⟦bsn!:{b}⟧ (gecheckt)"}},
  {{"from": "Ilse", "date": "2025-05-12T08:15:41", "text": "top, dan zet ik het erin"}},
  {{"from": "Bas", "date": "2025-05-12T08:16:02", "text": "bsn partner: ⟦bsn!:{c[:3]}\\u00a0{c[3:6]}\\u00a0{c[6:]}⟧"}}
]
"""


@doc("iban_spaced")
def iban_varianten(g):
    a, b, c = g.iban("RABO"), g.iban("INGB"), g.iban()
    fw = "".join(chr(ord(ch) + 0xFEE0) for ch in c)
    fwg = "\u3000".join(fw[i:i + 4] for i in range(0, len(fw), 4))
    return f"""\
Graag het bedrag terugstorten op een van deze rekeningen:
- ⟦iban:{a[:2]} {a[2:4]} {a[4:8]} {a[8:12]} {a[12:16]} {a[16:]}⟧ (t.n.v. J. de Wit)
- ⟦iban:{b[:2]} {b[2:4]} {grp(b[4:])}⟧
- ⟦iban!:{fwg}⟧ (uit de Japanse app gekopieerd)
Alvast bedankt!
"""


@doc("chat_8digit")
def chat_nul(g):
    b = g.bsn(lead0=True)
    return f"""\
[16:20] Ruud: heb je het bsn van je dochter? het staat op haar ID-kaart
[16:31] Esther: ⟦bsn!:{b[1:]}⟧
[16:31] Esther: sorry, ⟦bsn!:{b}⟧ met de nul
[16:32] Ruud: dank je!
[16:33] Esther: graag gedaan
"""


@doc("chat_typo")
def chat_bns(g):
    b = g.bsn()
    return f"""\
[11:40] Mo: kan jij even in het systeem kijken?
[11:41] Mo: bns {b}
[11:44] Anouk: gevonden, hij staat als verhuisd
[11:45] Mo: oke dank
[11:46] Anouk: np
""".replace(f"bns {b}", f"bns ⟦bsn!:{b}⟧")


@doc("english")
def english_onboarding(g):
    b = g.bsn()
    return f"""\
Hi Tom,

Welcome aboard! For the Dutch tax authorities we will also need your citizen service
number (BSN). Could you reply with it? If I read your passport copy correctly it is
⟦bsn:{b}⟧, but please double-check.

Kind regards,
People Operations
"""


@doc("english")
def english_between(g):
    b = g.bsn()
    return f"""\
Quick note for the payroll provider: the employee's Dutch citizen service number, as
printed on her residence permit, is ⟦bsn:{b}⟧. Her start date is 1 July.
She will work 32 hours a week at the Utrecht office.
Please send the contract to her private e-mail address.

Thanks, Mirjam
"""


@doc("ocr_deed")
def ocr_split(g):
    b = g.bsn()
    p = g.person("v")
    return f"""\
TESTAMENT
Heden verscheen voor mij mevrouw {p.first} {p.surname}, geboren te Arnhem op
{p.birth:%d %B %Y}, burger- servicenummer ⟦bsn!:{b[:4]} {b[4:]}⟧, wonende te Arnhem,
die mij verklaarde haar uiterste wil als volgt vast te leggen.
Artikel 1. Ik herroep alle vorige uiterste wilsbeschikkingen.
"""


@doc("manual_examples")
def uitleg_elfproef(g):
    return """\
Wat is de elfproef?

Een BSN bestaat uit negen cijfers. Neem bijvoorbeeld het fictieve nummer ⟦none:111222333⟧:
vermenigvuldig de cijfers met 9, 8, 7 ... 2 en -1 en tel op; de som is deelbaar door 11.
Ook ⟦none:123456782⟧ is zo'n voorbeeld, net als ⟦none:999999990⟧ in de testdata.
Gebruik in opleidingen altijd zulke voorbeeldnummers, nooit een echt BSN.
"""


@doc("aligned_list")
def wijkteam_lijst(g):
    out = ["Wijkteam Noord - caseload", "",
           "Cliënt                 BSN            Geboren      Consulent"]
    for _ in range(4):
        p = g.person()
        out.append(f"{p.sort:22s} ⟦bsn!:{sp3(g.bsn())}⟧    {p.birth:%d-%m-%Y}   Yvonne")
    return "\n".join(out) + "\n"


@doc("barcode")
def barcode_scan(g):
    b = g.bsn()
    return f"""\
Scanresultaat (Code 128):
BSN{b}
Type: zorgpas  Gescand: 12-05-2025 14:02
Apparaat: Zebra DS2208, balie 3
Medewerker: receptie
""".replace(f"BSN{b}", f"BSN⟦bsn!:{b}⟧")


@doc("app_log")
def applog_trace(g):
    out = []
    for i in range(8):
        out.append(f"{{\"ts\":\"2025-05-12T11:0{i}:44Z\",\"level\":\"info\",\"trace\":\"{g.n9()}\",\"msg\":\"payment captured\",\"ms\":{g.r.randint(5, 90)}}}")
    return "\n".join(out) + "\n"


@doc("ledger")
def ledger_tsv(g):
    out = ["boekdatum\tfactuurnr\tdebiteur\tbedrag\tbtw"]
    for i in range(8):
        out.append(f"2025-03-{i + 10}\t{g.n9()}\tD{g.r.randint(1000, 9999)}\t{g.r.randint(10, 4000)},{g.r.randint(10, 99)}\t21")
    return "\n".join(out) + "\n"


@doc("keyword_prose")
def dossier_notitie(g):
    b = g.bsn()
    return f"""\
Gespreksverslag 12 mei

Cliënt belde over de bijzondere bijstand. Zijn BSN is ⟦bsn:{b}⟧; het dossier staat
nog op naam van zijn ex-partner. Actie: nieuw dossier aanmaken en terugbellen.
Volgende afspraak: donderdag 10.00 uur op het wijkkantoor.
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
