#!/usr/bin/python3
"""Generate the confidential-business-figures sample in this folder.

Every document is a function below that returns a template: the text exactly as it is
copied, with one inline marker around the block that makes an alarming document
confidential:

    ⟦confidential:…⟧    tier core: a statement or figures table with the usual line items
                         and column headers, or a marking written as a heading or label
    ⟦confidential!:…⟧   tier hard: figures in chat, prose or lower-case notes, tables whose
                         labels and values were torn apart by the copy, exports with codes,
                         a marking in a footer, a subject line or the middle of a sentence

Quiet documents carry no marker.  The script strips the markers, writes docs/NNNN.txt,
computes UTF-8 byte offsets (end exclusive) for labels.jsonl, writes manifest.jsonl (one
line per document: family, alarm, kind, note) and checks its own output: label bytes, one
label per alarming document and none elsewhere, no outer whitespace in a label, 3 to 80
lines a document, no template used more than twice, the counts asked for, and that every
statement that claims a total really adds up (the generators compute their sums).

Amounts are drawn from random generators seeded with SEED and the document's function name
(plus its variant), so a rerun writes the same files and adding a document does not change
the others.  Companies, people and figures are made up.

usage: /usr/bin/python3 make.py [-v]
"""
import json
import os
import random
import re
import shutil
import sys

SEED = 20251107
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- number formats


def nl(n, dec=0, sign=False):
    """1234567.8 -> '1.234.567,8' (Dutch thousands dots, decimal comma)."""
    s = f"{abs(n):,.{dec}f}".replace(",", "§").replace(".", ",").replace("§", ".")
    if round(n, dec) < 0:
        return "-" + s
    return ("+" + s) if sign and round(n, dec) > 0 else s


def en(n, dec=0, sign=False):
    s = f"{abs(n):,.{dec}f}"
    if round(n, dec) < 0:
        return "-" + s
    return ("+" + s) if sign and round(n, dec) > 0 else s


def par(n, f=nl, dec=0):
    """Negative amounts in parentheses, as accountants print them."""
    return f"({f(-n, dec)})" if round(n, dec) < 0 else f(n, dec)


def pct(a, b, dec=1, f=nl, sign=False):
    return f(100.0 * a / b, dec, sign) if b else "n.v.t."


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def C(s, hard=False):
    """Wrap s in a marker, leaving its outer whitespace outside the label."""
    core = s.strip()
    i = s.index(core)
    return s[:i] + "⟦confidential" + ("!" if hard else "") + ":" + core + "⟧" + s[i + len(core):]


def H(s):
    return C(s, True)


def vpb(ebt, unit=1):
    """Dutch corporate income tax (2023-2025 brackets: 19% up to 200k, 25.8% above)."""
    if ebt <= 0:
        return 0
    lim = 200_000 / unit
    return round(0.19 * min(ebt, lim) + 0.258 * max(0, ebt - lim))


class Gen:
    def __init__(self, key):
        self.r = random.Random(f"{SEED}:{key}")

    def pl(self, rev, gm=(.30, .40), pers=(.15, .20), dep=(.02, .04), other=(.06, .09),
           fin=(-.008, -.002), unit=1):
        """A consistent profit-and-loss account; costs are returned as positive numbers."""
        r = self.r
        rev = int(round(rev))
        cogs = round(rev * (1 - r.uniform(*gm)))
        gross = rev - cogs
        pk, af, ov = (round(rev * r.uniform(*x)) for x in (pers, dep, other))
        opex = pk + af + ov
        ebit = gross - opex
        fb = round(rev * r.uniform(*fin))
        ebt = ebit + fb
        tax = vpb(ebt, unit)
        return dict(rev=rev, cogs=cogs, gross=gross, pers=pk, dep=af, other=ov, opex=opex,
                    ebit=ebit, ebitda=ebit + af, fin=fb, ebt=ebt, tax=tax, net=ebt - tax)

    def split(self, total, n, spread=0.5):
        """n positive integers that add up to total."""
        w = [self.r.uniform(1 - spread, 1 + spread) for _ in range(n)]
        parts = [int(total * x / sum(w)) for x in w]
        parts[0] += total - sum(parts)
        return parts


# ---------------------------------------------------------------- documents

DOCS = []   # (family, kind, note, fn, params)


def doc(family, kind, note, **params):
    """Register a template; stack twice (different params) to reuse it once."""
    def deco(fn):
        DOCS.append((family, kind, note, fn, params))
        return fn
    return deco


DISCLAIMER_NL = ("Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan "
                 "vertrouwelijke informatie bevatten. Indien u niet de geadresseerde bent, wordt u "
                 "verzocht de afzender hiervan onmiddellijk op de hoogte te stellen en het bericht te "
                 "verwijderen. Het is niet toegestaan dit bericht te gebruiken, te kopiëren of aan "
                 "derden te verstrekken. Aan dit bericht kunnen geen rechten worden ontleend.")
DISCLAIMER_EN = ("This e-mail and any attachments are confidential and intended solely for the "
                 "use of the individual or entity to whom they are addressed. If you have received "
                 "this e-mail in error, please notify the sender immediately and delete it. Any "
                 "unauthorised use, disclosure or distribution is prohibited.")

# ================================================================ ALARM: figures
# ---------------------------------------------------------------- profit and loss


PL_ROWS_NL = [("Netto-omzet", "rev", 1), ("Kostprijs omzet", "cogs", -1), ("Brutomarge", "gross", 1),
              None, ("Personeelskosten", "pers", -1), ("Afschrijvingen", "dep", -1),
              ("Overige bedrijfskosten", "other", -1), ("Totaal bedrijfskosten", "opex", -1), None,
              ("Bedrijfsresultaat (EBIT)", "ebit", 1), ("Financiële baten en lasten", "fin", 1),
              ("Resultaat voor belastingen", "ebt", 1), ("Vennootschapsbelasting", "tax", -1),
              ("Resultaat na belastingen", "net", 1), None, ("EBITDA", "ebitda", 1)]


@doc("pl_statement", "figures", "Excel copy (CRLF, tabs, title rows, empty columns) of an internal P&L with a budget column",
     company="Van Rijn Installatietechniek B.V.", year=2024, lo=15_000_000, hi=21_000_000)
@doc("pl_statement", "figures", "second Excel P&L copy: other company and year, k€ instead of euros",
     company="Oosterhout Metaalbewerking B.V.", year=2023, lo=6_500, hi=9_000, unit=1000)
def pl_excel(g, company, year, lo, hi, unit=1):
    r = g.r
    kw = dict(gm=(.34, .38), pers=(.19, .21), dep=(.02, .03), other=(.06, .07), fin=(-.006, -.003), unit=unit)
    a = g.pl(r.randint(lo, hi), **kw)
    b = g.pl(a["rev"] * r.uniform(.88, .94), **kw)
    c = g.pl(round(a["rev"] * r.uniform(.97, 1.05), -5 if unit == 1 else -2), **kw)
    rows = [f"{company}\t\t\t\t", f"Winst-en-verliesrekening {year}\t\t\t\t",
            ("bedragen in €" if unit == 1 else "bedragen x € 1.000") + "\t\t\t\t",
            f"\t{year}\t{year - 1}\tBegroting {year}\t"]
    for row in PL_ROWS_NL:
        if row is None:
            rows.append("\t\t\t\t")
            continue
        lab, k, s = row
        rows.append(f"{lab}\t" + "\t".join(nl(s * x[k]) for x in (a, b, c)) + "\t")
    return crlf(C("\n".join(rows)) + "\n")


@doc("pl_statement", "figures", "space-aligned PDF copy of a P&L page from a jaarrekening, negatives in parentheses")
def pl_pdf_bakkerij(g):
    r = g.r
    a = g.pl(r.randint(5_800_000, 6_900_000), gm=(.58, .62), pers=(.30, .33), dep=(.04, .05), other=(.13, .15))
    b = g.pl(a["rev"] * r.uniform(.9, .95), gm=(.57, .61), pers=(.30, .33), dep=(.04, .05), other=(.13, .15))

    def pers_split(p):
        lon = round(p["pers"] * .79)
        soc = round(p["pers"] * .14)
        return lon, soc, p["pers"] - lon - soc
    la, lb = pers_split(a), pers_split(b)
    W = 42

    def row(lab, x, y):
        return f"{lab:<{W}}{par(x):>14}{par(y):>14}"
    line = " " * W + f"{'-----------':>14}{'-----------':>14}"
    body = [
        "RESULTATENREKENING OVER 2023", "",
        " " * W + f"{'2023':>14}{'2022':>14}",
        " " * W + f"{'€':>14}{'€':>14}",
        row("Netto-omzet", a["rev"], b["rev"]),
        row("Kostprijs van de omzet", -a["cogs"], -b["cogs"]), line,
        row("Brutomarge", a["gross"], b["gross"]), "",
        row("Lonen en salarissen", -la[0], -lb[0]),
        row("Sociale lasten", -la[1], -lb[1]),
        row("Pensioenlasten", -la[2], -lb[2]),
        row("Afschrijvingen op materiële vaste activa", -a["dep"], -b["dep"]),
        row("Overige bedrijfskosten", -a["other"], -b["other"]), line,
        row("Som der bedrijfslasten", -a["opex"], -b["opex"]), "",
        row("Bedrijfsresultaat", a["ebit"], b["ebit"]),
        row("Rentelasten en soortgelijke kosten", a["fin"], b["fin"]), line,
        row("Resultaat voor belastingen", a["ebt"], b["ebt"]),
        row("Belastingen", -a["tax"], -b["tax"]), line,
        row("Resultaat na belastingen", a["net"], b["net"]),
    ]
    return ("Bakkerij Verhoeven Holding B.V., Tilburg\n\n" + C("\n".join(body)) +
            "\n\n\nDe toelichting op pagina 12 tot en met 19 maakt deel uit van deze jaarrekening.\n"
            + " " * 30 + "- 7 -\n")


@doc("pl_statement", "figures", "Markdown table, English P&L of a SaaS company (EUR k, FY columns) with a prompt")
def pl_md_saas(g):
    r = g.r
    sub = [r.randint(9_800, 11_500), 0]
    sub[1] = round(sub[0] / r.uniform(1.22, 1.35))
    srv = [r.randint(1_400, 2_100), r.randint(1_300, 1_900)]
    rev = [sub[i] + srv[i] for i in range(2)]
    cogs = [round(rev[i] * r.uniform(.22, .27)) for i in range(2)]
    gm = [rev[i] - cogs[i] for i in range(2)]
    rd = [round(rev[i] * r.uniform(.24, .28)) for i in range(2)]
    sm = [round(rev[i] * r.uniform(.26, .31)) for i in range(2)]
    ga = [round(rev[i] * r.uniform(.10, .12)) for i in range(2)]
    opex = [rd[i] + sm[i] + ga[i] for i in range(2)]
    ebitda = [gm[i] - opex[i] for i in range(2)]
    da = [round(rev[i] * r.uniform(.03, .04)) for i in range(2)]
    ebit = [ebitda[i] - da[i] for i in range(2)]
    fin = [-r.randint(60, 180) for _ in range(2)]
    tax = [vpb(ebit[i] + fin[i], 1000) for i in range(2)]
    net = [ebit[i] + fin[i] - tax[i] for i in range(2)]

    def row(lab, v, bold=False, pc=False):
        d = "" if pc else (pct(abs(v[0]) - abs(v[1]), abs(v[1]), 1, en, True) + "%" if v[1] else "")
        cells = [en(x, 1) + "%" for x in v] if pc else [par(x, en) for x in v]
        lab = f"**{lab}**" if bold else lab
        if bold and not pc:
            cells = [f"**{c}**" for c in cells]
        return f"| {lab} | {cells[0]} | {cells[1]} | {d} |"
    t = ["| EUR thousands | FY2024 | FY2023 | Δ % |", "|---|---:|---:|---:|",
         row("Subscription revenue", sub), row("Services revenue", srv), row("Revenue", rev, True),
         row("COGS", [-x for x in cogs]), row("Gross margin", gm, True),
         row("Gross margin %", [100 * gm[i] / rev[i] for i in range(2)], pc=True),
         row("R&D", [-x for x in rd]), row("Sales & marketing", [-x for x in sm]),
         row("G&A", [-x for x in ga]), row("Total OPEX", [-x for x in opex]),
         row("EBITDA", ebitda, True), row("D&A", [-x for x in da]),
         row("Operating income (EBIT)", ebit), row("Net finance costs", fin),
         row("Income tax", [-x for x in tax]), row("Net income", net, True)]
    return ("Write a five-bullet commentary on these numbers for our investor update. Factual "
            "tone, mention the margin development.\n\n" + C("\n".join(t)) + "\n")


@doc("pl_statement", "figures", "semicolon CSV export of quarterly P&L lines with decimal commas, no title")
def pl_csv_logistiek(g):
    r = g.r
    qs = [g.pl(r.randint(2_600_000, 3_300_000), gm=(.18, .22), pers=(.09, .1), dep=(.03, .035), other=(.03, .04)) for _ in range(3)]
    ly = g.pl(sum(q["rev"] for q in qs) * r.uniform(.9, .97), gm=(.18, .22), pers=(.09, .1), dep=(.03, .035), other=(.03, .04))

    def c(x):
        return f"{x + r.randint(0, 99) / 100:.2f}".replace(".", ",") if x >= 0 else f"{x - r.randint(0, 99) / 100:.2f}".replace(".", ",")
    lines = ["Rubriek;Q1 2025;Q2 2025;Q3 2025;YTD 2025;YTD 2024"]
    for lab, k, s in [("Omzet transport", "rev", 1), ("Kosten charters en brandstof", "cogs", -1),
                      ("Brutomarge", "gross", 1), ("Personeelskosten", "pers", -1),
                      ("Afschrijvingen wagenpark", "dep", -1), ("Overige bedrijfskosten", "other", -1),
                      ("EBIT", "ebit", 1), ("Financiele lasten", "fin", 1), ("Resultaat voor belasting", "ebt", 1)]:
        v = [s * q[k] for q in qs]
        lines.append(f"{lab};" + ";".join(c(x) for x in v + [sum(v)]) + ";" + c(s * ly[k]))
    return C("\n".join(lines), hard=True) + "\n"


@doc("pl_statement", "figures", "lower-case notes of a restaurant owner's yearly figures, asking a chatbot to check the sum")
def pl_notes_horeca(g):
    r = g.r
    omzet = r.randint(1_900, 2_400) * 1000 + r.randint(0, 9) * 100
    inkoop = round(omzet * r.uniform(.29, .32), -2)
    bruto = omzet - inkoop
    pers = round(omzet * r.uniform(.36, .39), -3)
    huur = r.randint(80, 110) * 1000
    afs = r.randint(350, 460) * 100
    ov = round(omzet * r.uniform(.06, .075), -1)
    rente = r.randint(180, 260) * 100
    wvb = bruto - pers - huur - afs - ov - rente
    block = "\n".join([f"omzet {nl(omzet)}", f"inkoop {nl(inkoop)}", f"brutowinst {nl(bruto)}",
                       f"personeel {nl(pers)}", f"huur pand {nl(huur)}", f"afschrijving {nl(afs)}",
                       f"overig {nl(ov)}", f"rente lening {nl(rente)}",
                       f"=> winst voor belasting {nl(wvb)}? en dan 19% vpb eraf?"])
    return ("klopt dit? wil voor het gesprek met de bank weten wat de nettowinst is na vpb. "
            "cijfers van de zaak over 2024 (beide vestigingen samen):\n\n" + H(block) +
            "\n\nde accountant komt pas in mei dus ik wil het alvast zelf weten\n")


@doc("pl_statement", "figures", "English quarterly P&L in EUR m, Excel copy with quarters as column headers")
def pl_quarters_en(g):
    r = g.r
    rev = [round(r.uniform(38, 52), 1) for _ in range(4)]
    cos = [round(x * r.uniform(.61, .66), 1) for x in rev]
    gp = [round(rev[i] - cos[i], 1) for i in range(4)]
    ox = [round(x * r.uniform(.19, .23), 1) for x in rev]
    ebitda = [round(gp[i] - ox[i], 1) for i in range(4)]
    da = [round(r.uniform(1.6, 2.1), 1) for _ in range(4)]
    oi = [round(ebitda[i] - da[i], 1) for i in range(4)]
    ni = [round(oi[i] * r.uniform(.68, .72), 1) for i in range(4)]

    def row(lab, v, p=False):
        cells = v + [round(sum(v), 1)] if not p else v
        return f"{lab}\t" + "\t".join(f"{x:.1f}" + ("%" if p else "") for x in cells)
    lines = ["Nordvik Marine Systems – quarterly P&L (EUR m, unaudited)\t\t\t\t\t",
             "\tQ1 2024\tQ2 2024\tQ3 2024\tQ4 2024\tFY 2024",
             row("Revenue", rev), row("Cost of sales", [-x for x in cos]), row("Gross profit", gp),
             row("Gross margin", [100 * gp[i] / rev[i] for i in range(4)] + [100 * sum(gp) / sum(rev)], True),
             row("Operating expenses", [-x for x in ox]), row("EBITDA", ebitda),
             row("EBITDA margin", [100 * ebitda[i] / rev[i] for i in range(4)] + [100 * sum(ebitda) / sum(rev)], True),
             row("Depreciation & amortisation", [-x for x in da]), row("Operating income", oi),
             row("Net income", ni)]
    return C("\n".join(lines)) + "\n"


@doc("pl_statement", "figures", "PDF copy that tore the P&L apart: all labels first, then each year's column of values")
def pl_pdf_torn(g):
    r = g.r
    ys = [g.pl(r.randint(4_200_000, 5_100_000), gm=(.38, .42), pers=(.2, .22), dep=(.025, .03), other=(.08, .09))]
    ys.append(g.pl(ys[0]["rev"] * r.uniform(.9, .96), gm=(.37, .41), pers=(.2, .22), dep=(.025, .03), other=(.08, .09)))
    labs = [("Netto-omzet", "rev", 1), ("Inkoopwaarde van de omzet", "cogs", -1), ("Brutowinst", "gross", 1),
            ("Personeelskosten", "pers", -1), ("Afschrijvingen", "dep", -1), ("Overige bedrijfskosten", "other", -1),
            ("Bedrijfsresultaat", "ebit", 1), ("Financiële lasten", "fin", 1),
            ("Resultaat voor belastingen", "ebt", 1), ("Belastingen", "tax", -1), ("Resultaat na belastingen", "net", 1)]
    out = ["Winst- en verliesrekening 2024"] + [l for l, _, _ in labs]
    for y, p in zip((2024, 2023), ys):
        out += [str(y), "€"] + [par(s * p[k]) for _, k, s in labs]
    return ("Elektrotechniek Bouwman & Smits B.V.\nJaarrapport 2024\n" + H("\n".join(out)) +
            "\nPagina 6\n")


# ---------------------------------------------------------------- balance sheets


def balance(g, total, unit=1):
    """Assets and liabilities that add up; returns two dicts."""
    r = g.r
    A = {}
    A["imm"] = round(total * r.uniform(.02, .05))
    A["mva"] = round(total * r.uniform(.30, .42))
    A["fva"] = round(total * r.uniform(.01, .03))
    A["vrd"] = round(total * r.uniform(.10, .16))
    A["deb"] = round(total * r.uniform(.18, .24))
    A["ovv"] = round(total * r.uniform(.02, .04))
    A["liq"] = total - sum(A.values())
    P = {}
    P["kap"] = round(18_000 / unit) if unit == 1 else 18
    P["res"] = round(total * r.uniform(.06, .09))
    P["vrz"] = round(total * r.uniform(.02, .05))
    P["lls"] = round(total * r.uniform(.18, .26))
    P["crd"] = round(total * r.uniform(.13, .18))
    P["bel"] = round(total * r.uniform(.04, .06))
    P["ovs"] = round(total * r.uniform(.05, .08))
    P["ovr"] = total - sum(P.values())
    return A, P


@doc("balance_sheet", "figures", "Excel copy of a balance sheet with activa and passiva side by side, empty spacer column")
def balance_side(g):
    r = g.r
    A, P = balance(g, r.randint(9_000_000, 13_000_000))
    va = A["imm"] + A["mva"] + A["fva"]
    vl = A["vrd"] + A["deb"] + A["ovv"] + A["liq"]
    ev = P["kap"] + P["ovr"] + P["res"]
    ks = P["crd"] + P["bel"] + P["ovs"]
    left = [("Vaste activa", ""), ("Immateriële vaste activa", A["imm"]), ("Materiële vaste activa", A["mva"]),
            ("Financiële vaste activa", A["fva"]), ("", va), ("Vlottende activa", ""), ("Voorraden", A["vrd"]),
            ("Debiteuren", A["deb"]), ("Overige vorderingen", A["ovv"]), ("Liquide middelen", A["liq"]),
            ("", vl), ("", ""), ("Totaal activa", va + vl)]
    right = [("Eigen vermogen", ""), ("Geplaatst kapitaal", P["kap"]), ("Overige reserves", P["ovr"]),
             ("Onverdeeld resultaat", P["res"]), ("", ev), ("Voorzieningen", P["vrz"]),
             ("Langlopende schulden", P["lls"]), ("Kortlopende schulden", ""), ("Crediteuren", P["crd"]),
             ("Belastingen en premies sociale verzekeringen", P["bel"]), ("Overige schulden", P["ovs"]),
             ("", ks), ("Totaal passiva", ev + P["vrz"] + P["lls"] + ks)]
    assert left[-1][1] == right[-1][1]
    f = lambda v: nl(v) if v != "" else ""
    rows = ["Hoekstra Logistiek B.V.\t\t\t\t", "Balans per 31 december 2024 (na resultaatbestemming)\t\t\t\t",
            "\t\t\t\t", "ACTIVA\t€\t\tPASSIVA\t€"]
    rows += [f"{a}\t{f(x)}\t\t{b}\t{f(y)}" for (a, x), (b, y) in zip(left, right)]
    return C("\n".join(rows)) + "\n"


@doc("balance_sheet", "figures", "English consolidated balance sheet, space-aligned PDF copy, EUR thousands, two years")
def balance_en(g):
    r = g.r
    tot = [r.randint(61_000, 74_000)]
    tot.append(round(tot[0] * r.uniform(.9, .96)))
    cols = []
    for t in tot:
        a = dict(ppe=round(t * r.uniform(.34, .4)), intang=round(t * r.uniform(.12, .16)), rou=round(t * r.uniform(.05, .07)),
                 inv=round(t * r.uniform(.12, .15)), rec=round(t * r.uniform(.14, .18)))
        a["cash"] = t - sum(a.values())
        l = dict(borrow=round(t * r.uniform(.22, .28)), lease=round(t * r.uniform(.05, .07)), prov=round(t * r.uniform(.02, .03)),
                 pay=round(t * r.uniform(.12, .15)), ocl=round(t * r.uniform(.06, .08)))
        l["equity"] = t - sum(l.values())
        cols.append((a, l))
    W = 44

    def row(lab, key, side, ind="  "):
        return f"{ind + lab:<{W}}" + "".join(f"{en(c[side][key]):>12}" for c in cols)

    def tot_row(lab, keys, side, ind=""):
        return f"{ind + lab:<{W}}" + "".join(f"{en(sum(c[side][k] for k in keys)):>12}" for c in cols)
    body = ["Consolidated balance sheet as at 31 December", "(in EUR thousands)" + " " * (W - 18) + f"{'2024':>12}{'2023':>12}", "",
            "Non-current assets", row("Property, plant and equipment", "ppe", 0), row("Intangible assets", "intang", 0),
            row("Right-of-use assets", "rou", 0), tot_row("", ["ppe", "intang", "rou"], 0),
            "Current assets", row("Inventories", "inv", 0), row("Trade and other receivables", "rec", 0),
            row("Cash and cash equivalents", "cash", 0), tot_row("", ["inv", "rec", "cash"], 0), "",
            tot_row("Total assets", ["ppe", "intang", "rou", "inv", "rec", "cash"], 0), "",
            row("Total equity", "equity", 1, ""), "Non-current liabilities", row("Borrowings", "borrow", 1),
            row("Lease liabilities", "lease", 1), row("Provisions", "prov", 1),
            "Current liabilities", row("Trade payables", "pay", 1), row("Other current liabilities", "ocl", 1), "",
            tot_row("Total equity and liabilities", ["equity", "borrow", "lease", "prov", "pay", "ocl"], 1)]
    return ("GREENFIELD FOODS BENELUX B.V.\n\n" + C("\n".join(body)) +
            "\n\nThe notes on pages 14 to 38 are an integral part of these consolidated financial statements.\n")


@doc("balance_sheet", "figures", "LibreOffice copy of a half-year balance sheet in k€, vertical, empty columns, solvency line")
def balance_lo(g):
    r = g.r
    cols = [balance(g, r.randint(5_200, 6_800), 1000)]
    cols.append(balance(g, round(sum(cols[0][0].values()) * r.uniform(.93, 1.02)), 1000))

    def row(lab, key, side):
        return f"{lab}\t\t" + "\t".join(nl(c[side][key]) for c in cols)

    def s(keys, side):
        return [sum(c[side][k] for k in keys) for c in cols]
    ev = [c[1]["kap"] + c[1]["ovr"] + c[1]["res"] for c in cols]
    tot = [sum(c[0].values()) for c in cols]
    rows = ["Drukkerij Van Leeuwen & Zn B.V.\t\t\t", "Balans per 30-06-2025 (k€)\t\t\t",
            "\t\t30-06-2025\t31-12-2024",
            "Vaste activa\t\t" + "\t".join(nl(x) for x in s(["imm", "mva", "fva"], 0)),
            row("  waarvan materiële vaste activa", "mva", 0),
            "Vlottende activa\t\t\t", row("Voorraden", "vrd", 0), row("Debiteuren", "deb", 0),
            row("Overige vorderingen", "ovv", 0), row("Liquide middelen", "liq", 0),
            "Totaal activa\t\t" + "\t".join(nl(x) for x in tot), "\t\t\t",
            "Eigen vermogen\t\t" + "\t".join(nl(x) for x in ev),
            row("Voorzieningen", "vrz", 1), row("Langlopende schulden", "lls", 1), row("Crediteuren", "crd", 1),
            "Overige kortlopende schulden\t\t" + "\t".join(nl(x) for x in s(["bel", "ovs"], 1)),
            "Totaal passiva\t\t" + "\t".join(nl(x) for x in tot), "\t\t\t",
            "Solvabiliteit\t\t" + "\t".join(pct(ev[i], tot[i]) + "%" for i in range(2))]
    return C("\n".join(rows)) + "\n"


# ---------------------------------------------------------------- budget against actuals


@doc("budget_actual", "figures", "care organisation's budget against actuals YTD with deviation and %, Excel copy")
def budget_zorg(g):
    r = g.r
    lines = [("Opbrengsten zorgprestaties", 1, 21_000_000, 25_000_000), ("Subsidies", 1, 900_000, 1_400_000),
             ("Overige opbrengsten", 1, 300_000, 600_000), None,
             ("Personeelskosten", -1, 18_300_000, 19_100_000), ("Personeel niet in loondienst (PNIL)", -1, 600_000, 900_000),
             ("Huisvestingskosten", -1, 1_800_000, 2_200_000), ("Algemene kosten", -1, 1_300_000, 1_700_000),
             ("Cliëntgebonden kosten", -1, 700_000, 1_000_000), ("Afschrijvingen", -1, 900_000, 1_100_000), None]
    out = ["Stichting Zorggroep De Linde\t\t\t\t", "Exploitatie t/m augustus 2025: begroting vs realisatie\t\t\t\t",
           "\tBegroting YTD\tRealisatie YTD\tAfwijking\tAfw. %"]
    tb = tr = 0
    sub_b = sub_r = 0
    for x in lines:
        if x is None:
            lab = "Totaal opbrengsten" if sub_b > 0 else "Totaal kosten"
            out.append(f"{lab}\t{nl(sub_b)}\t{nl(sub_r)}\t{nl(sub_r - sub_b)}\t{pct(sub_r - sub_b, abs(sub_b))}%")
            tb += sub_b
            tr += sub_r
            sub_b = sub_r = 0
            continue
        lab, s, lo, hi = x
        b = s * round(r.randint(lo, hi), -3)
        a = round(b * r.uniform(.95, 1.07 if s < 0 else 1.03))
        if lab.startswith("Personeel niet"):
            a = round(b * r.uniform(1.35, 1.6))
        sub_b += b
        sub_r += a
        out.append(f"{lab}\t{nl(b)}\t{nl(a)}\t{nl(a - b)}\t{pct(a - b, abs(b))}%")
    out.append(f"Resultaat\t{nl(tb)}\t{nl(tr)}\t{nl(tr - tb)}\t")
    return ("Kun je hier drie opvallende afwijkingen uithalen voor de toelichting aan de RvT?\n\n" +
            C("\n".join(out)) + "\n")


@doc("budget_actual", "figures", "English marketing budget vs actual H1 as a Markdown table")
def budget_marketing_en(g):
    r = g.r
    items = ["Paid search", "Paid social", "Trade fairs & events", "Agencies", "Content production",
             "Marketing automation licences", "Sponsoring", "Travel"]
    rows = ["| Line item | Budget H1 2025 | Actual H1 2025 | Variance | Var % |", "|---|--:|--:|--:|--:|"]
    tb = ta = 0
    for it in items:
        b = r.randint(12, 180) * 1000
        a = round(b * r.uniform(.7, 1.35))
        tb += b
        ta += a
        rows.append(f"| {it} | € {en(b)} | € {en(a)} | {en(a - b, sign=True)} | {pct(a - b, b, 1, en, True)}% |")
    rows.append(f"| **Total marketing** | **€ {en(tb)}** | **€ {en(ta)}** | **{en(ta - tb, sign=True)}** | **{pct(ta - tb, tb, 1, en, True)}%** |")
    return ("Marketing department – budget review (Kestrel Outdoor Europe)\n\n" + C("\n".join(rows)) +
            "\n\nNotes: trade fair overspend relates to the Friedrichshafen booth upgrade; agencies under budget because the rebrand moved to Q3.\n")


# ---------------------------------------------------------------- forecasts


@doc("forecast", "figures", "quarterly forecast 2025 (Q1-Q2 realised, Q3-Q4 prognose) in k€, LibreOffice copy")
def forecast_q(g):
    r = g.r
    rev = [r.randint(3_400, 4_600) for _ in range(4)]
    gm = [round(x * r.uniform(.27, .31)) for x in rev]
    pk = [r.randint(560, 640) for _ in range(4)]
    ov = [r.randint(230, 300) for _ in range(4)]
    eb = [gm[i] - pk[i] - ov[i] for i in range(4)]
    budget = [round(sum(rev) * r.uniform(1.02, 1.08), -2)]

    def row(lab, v, extra):
        return f"{lab}\t" + "\t".join(nl(x) for x in v) + f"\t{nl(sum(v))}\t{extra}\t"
    bgm = round(budget[0] * .30)
    beb = bgm - 2_450 - 1_050
    rows = ["Solis Zonnetechniek B.V. – prognose 2025 per kwartaal (k€)\t\t\t\t\t\t\t",
            "\tQ1 (real.)\tQ2 (real.)\tQ3 (prognose)\tQ4 (prognose)\tFY 2025\tBegroting 2025\t",
            row("Omzet", rev, nl(budget[0])), row("Brutomarge", gm, nl(bgm)),
            "Brutomarge %\t" + "\t".join(pct(gm[i], rev[i]) + "%" for i in range(4)) + f"\t{pct(sum(gm), sum(rev))}%\t30,0%\t",
            row("Personeelskosten", [-x for x in pk], nl(-2_450)), row("Overige kosten", [-x for x in ov], nl(-1_050)),
            row("EBITDA", eb, nl(beb)),
            "EBITDA %\t" + "\t".join(pct(eb[i], rev[i]) + "%" for i in range(4)) + f"\t{pct(sum(eb), sum(rev))}%\t{pct(beb, budget[0])}%\t"]
    return C("\n".join(rows)) + "\n"


@doc("forecast", "figures", "PowerPoint table copied to text: every cell on its own line (rolling forecast, EUR m)")
def forecast_pptx(g):
    r = g.r
    rev = [round(r.uniform(28, 34), 1) for _ in range(4)]
    gm = [round(x * r.uniform(.44, .48), 1) for x in rev]
    ebitda = [round(x * r.uniform(.11, .15), 1) for x in rev]
    cash = [round(x * r.uniform(.6, .8), 1) for x in ebitda]
    cells = ["EUR m", "Q1 A", "Q2 A", "Q3 F", "Q4 F", "FY25 F", "FY25 Budget"]
    for lab, v in [("Revenue", rev), ("Gross margin", gm), ("EBITDA", ebitda), ("Operating cash flow", cash)]:
        cells += [lab] + [f"{x:.1f}" for x in v] + [f"{sum(v):.1f}", f"{sum(v) * r.uniform(1.03, 1.09):.1f}"]
    return ("FY25 Rolling Forecast – Executive Summary\n" + H("\n".join(cells)) +
            "\nQ4 assumes the Hamburg contract starts 1 October\nAmberline Packaging Group\n")


# ---------------------------------------------------------------- cash flow


@doc("cashflow", "figures", "Dutch cash-flow statement (indirect method), space-aligned PDF copy")
def cashflow_nl(g):
    r = g.r
    k = lambda lo, hi: r.randint(lo * 1000, hi * 1000)
    v = dict(br=k(1_800, 2_600), afs=k(600, 900), vrz=k(-80, 120), vrd=-k(50, 400), vor=k(-500, 300), ks=k(-200, 450))
    ops = sum(v.values())
    rente = -k(150, 260)
    bel = -k(300, 520)
    oa = ops + rente + bel
    inv = -k(900, 1_600)
    des = k(20, 90)
    ia = inv + des
    afl = -k(400, 700)
    div = -r.randint(0, 6) * 100_000
    fa = afl + div
    W = 52

    def row(lab, x, col=1):
        return f"{lab:<{W}}" + (" " * 14 if col == 2 else "") + f"{nl(x):>14}"
    body = ["KASSTROOMOVERZICHT OVER 2024", "", " " * W + f"{'€':>14}{'€':>14}",
            row("Bedrijfsresultaat", v["br"]), "Aanpassingen voor:", row("  afschrijvingen", v["afs"]),
            row("  mutatie voorzieningen", v["vrz"]), "Veranderingen in werkkapitaal:",
            row("  mutatie voorraden", v["vrd"]), row("  mutatie vorderingen", v["vor"]),
            row("  mutatie kortlopende schulden", v["ks"]), " " * W + f"{'----------':>14}",
            row("Kasstroom uit bedrijfsoperaties", ops, 2), row("Betaalde rente", rente),
            row("Betaalde winstbelasting", bel), " " * W + f"{'----------':>14}",
            row("Kasstroom uit operationele activiteiten", oa, 2), "",
            row("Investeringen in materiële vaste activa", inv), row("Desinvesteringen", des),
            row("Kasstroom uit investeringsactiviteiten", ia, 2), "",
            row("Aflossing langlopende schulden", afl), row("Betaald dividend", div),
            row("Kasstroom uit financieringsactiviteiten", fa, 2), " " * (W + 14) + f"{'----------':>14}",
            row("Mutatie liquide middelen", oa + ia + fa, 2)]
    return C("\n".join(body)) + "\n"


@doc("cashflow", "figures", "English quarterly and half-year cash-flow statement in EUR k, tab-separated")
def cashflow_en(g):
    r = g.r
    q = []
    for _ in range(2):
        d = dict(ni=r.randint(400, 1_100), da=r.randint(300, 420), wc=r.randint(-900, 500))
        d["cfo"] = d["ni"] + d["da"] + d["wc"]
        d["capex"] = -r.randint(250, 700)
        d["acq"] = -r.choice([0, 0, r.randint(800, 2_000)])
        d["cfi"] = d["capex"] + d["acq"]
        d["debt"] = r.randint(-600, 1_500)
        d["lease"] = -r.randint(90, 140)
        d["cff"] = d["debt"] + d["lease"]
        d["net"] = d["cfo"] + d["cfi"] + d["cff"]
        q.append(d)
    labs = [("Net income", "ni"), ("Depreciation and amortisation", "da"), ("Change in working capital", "wc"),
            ("Net cash from operating activities", "cfo"), ("Capital expenditure", "capex"),
            ("Acquisitions, net of cash acquired", "acq"), ("Net cash used in investing activities", "cfi"),
            ("Proceeds from (repayment of) borrowings", "debt"), ("Lease payments", "lease"),
            ("Net cash from financing activities", "cff"), ("Net change in cash", "net")]
    rows = ["Cash flow statement (EUR k)\tQ1 2025\tQ2 2025\tH1 2025"]
    rows += [f"{lab}\t" + "\t".join(par(x, en) for x in (q[0][k], q[1][k], q[0][k] + q[1][k])) for lab, k in labs]
    return "Pasted from the monthly pack – can you check whether the subtotals add up?\n\n" + C("\n".join(rows)) + "\n"


@doc("cashflow", "figures", "8-week liquidity forecast of a builder with weeks as columns and credit headroom")
def liquidity_weeks(g):
    r = g.r
    weeks = list(range(36, 44))
    saldo = -r.randint(200, 900) * 1000
    lim = 2_500_000
    rows = ["Bouwbedrijf Kramer & Dekker – liquiditeitsprognose\t" + "\t" * len(weeks),
            "\t" + "\t".join(f"wk {w}" for w in weeks)]
    data = {k: [] for k in ("begin", "deb", "crd", "sal", "btw", "bank", "eind", "ruimte")}
    for w in weeks:
        data["begin"].append(saldo)
        deb = r.randint(250, 900) * 1000
        crd = -r.randint(300, 800) * 1000
        sal = -(410_000 if w % 4 == 0 else 0)
        btw = -(r.randint(280, 360) * 1000 if w == 40 else 0)
        bank = -(62_500 if w in (39,) else 0)
        saldo = saldo + deb + crd + sal + btw + bank
        for k, x in (("deb", deb), ("crd", crd), ("sal", sal), ("btw", btw), ("bank", bank), ("eind", saldo), ("ruimte", lim + saldo)):
            data[k].append(x)
    for lab, k in [("Beginsaldo rekening-courant", "begin"), ("Ontvangsten debiteuren", "deb"),
                   ("Betalingen crediteuren", "crd"), ("Salarissen", "sal"), ("Afdracht BTW", "btw"),
                   ("Rente en aflossing", "bank"), ("Eindsaldo", "eind"), ("Ruimte kredietlimiet (2,5 mln)", "ruimte")]:
        rows.append(f"{lab}\t" + "\t".join(nl(x) if x else "-" for x in data[k]))
    return C("\n".join(rows)) + "\n"


# ---------------------------------------------------------------- margin per customer / product / project

CLIENTS = ["Brinkman Bouwmaterialen", "Van der Meer Tegels", "Bouwmarkt De Klomp Noord", "Coöperatie Agrivorm West",
           "Stadsbouw Utrecht", "De Vries Dakwerken", "Bouwgroep Dijkstra", "Klusmarkt Zwolle",
           "Wolters Aannemers", "Bos & Prins Vastgoed", "Hendriks Infra (regio Oost)", "Timmerfabriek Veldhuis",
           "Kuipers Interieurbouw", "Boersma Installaties"]


@doc("margin_breakdown", "figures", "gross margin per customer, top 12, Excel copy with CRLF")
def margin_customer(g):
    r = g.r
    rows = ["Brutomarge per klant 2024 – top 12\t\t\t\t\t", "Klant\tOmzet\tKostprijs\tBrutomarge\tMarge %\tΔ marge vs 2023 (pp)"]
    cl = CLIENTS[:]
    r.shuffle(cl)
    vals = sorted((r.randint(180, 2_400) * 1000 + r.randint(0, 999) for _ in range(12)), reverse=True)
    to = tk = 0
    for c, o in zip(cl, vals):
        k = round(o * r.uniform(.68, .9))
        to += o
        tk += k
        rows.append(f"{c}\t{nl(o)}\t{nl(k)}\t{nl(o - k)}\t{pct(o - k, o)}%\t{nl(r.uniform(-6, 4), 1, True)}")
    rows.append(f"Totaal top 12\t{nl(to)}\t{nl(tk)}\t{nl(to - tk)}\t{pct(to - tk, to)}%\t")
    return crlf(C("\n".join(rows)) + "\n")


@doc("margin_breakdown", "figures", "BI export (CSV, snake_case headers) of revenue and margin per product group")
def margin_product_csv(g):
    r = g.r
    groups = [("Espressomachines", 3_000_000, 4_200_000, .16, .22), ("Filterkoffie apparaten", 600_000, 900_000, .18, .25),
              ("Bonen eigen merk", 1_800_000, 2_400_000, .42, .51), ("Bonen A-merk", 900_000, 1_300_000, .21, .27),
              ("Cups en pads", 700_000, 1_000_000, .24, .31), ("Melkopschuimers", 150_000, 300_000, .30, .38),
              ("Onderhoudsmiddelen", 120_000, 220_000, .45, .55), ("Service contracten", 800_000, 1_200_000, .35, .48),
              ("Onderdelen", 300_000, 500_000, .38, .52), ("Accessoires", 140_000, 260_000, .40, .56)]
    lines = ["artikelgroep,omzet_2024,omzet_2023,marge_2024,marge_pct_2024"]
    for gname, lo, hi, m0, m1 in groups:
        o = r.randint(lo, hi)
        o23 = round(o * r.uniform(.85, 1.12))
        m = round(o * r.uniform(m0, m1))
        lines.append(f"{gname},{o},{o23},{m},{100 * m / o:.1f}")
    return ("bron: Power BI > Sales > Omzet per artikelgroep, export 03-02-2025\n" + H("\n".join(lines)) + "\n")


@doc("margin_breakdown", "figures", "space-aligned project post-calculation report with contract sum, costs, result and %")
def project_results(g):
    r = g.r
    projs = [("24-031", "Renovatie sporthal De Wissel"), ("24-044", "Nieuwbouw 18 rijwoningen Zuidrand"),
             ("24-052", "Brandweerkazerne Oost"), ("24-058", "Kantoor Trompstraat fase 2"),
             ("25-003", "Basisschool Het Kompas"), ("25-007", "Appartementen Havenkwartier blok B")]
    head = f"{'PROJ':<7}{'OMSCHRIJVING':<38}{'AANNEEMSOM':>12}{'MEERWERK':>10}{'KOSTEN':>12}{'RESULTAAT':>11}{'%':>7}"
    out = ["NACALCULATIE PROJECTEN — OPGELEVERD Q2 2025", head, "-" * len(head)]
    ta = tm = tk = 0
    for p, o in projs:
        a = r.randint(800, 6_500) * 1000
        m = r.randint(0, 40) * 5000
        k = round((a + m) * r.uniform(.9, 1.06))
        res = a + m - k
        ta += a
        tm += m
        tk += k
        out.append(f"{p:<7}{o:<38}{nl(a):>12}{nl(m):>10}{nl(k):>12}{nl(res):>11}{pct(res, a + m):>7}")
    out += ["-" * len(head), f"{'':<7}{'TOTAAL':<38}{nl(ta):>12}{nl(tm):>10}{nl(tk):>12}{nl(ta + tm - tk):>11}{pct(ta + tm - tk, ta + tm):>7}"]
    return C("\n".join(out)) + "\n\nAfdrukdatum 07-07-2025 14:02   Gebruiker: jschouten   Pagina 1\n"


@doc("margin_breakdown", "figures", "revenue and margin per branch, upper-case space-aligned report of a retail chain")
def branch_margin(g):
    r = g.r
    br = ["ALMERE CENTRUM", "AMERSFOORT EEMPLEIN", "APELDOORN ORANJERIE", "DEVENTER BRINK", "ZWOLLE GROTE MARKT",
          "ENSCHEDE VAN HEEKPLEIN", "HENGELO ENSCHEDESTR", "WEBSHOP"]
    head = f"{'VESTIGING':<24}{'OMZET YTD':>12}{'BRUTOMARGE':>12}{'MARGE%':>8}{'T.O.V. VJ':>10}{'EBITDA':>11}"
    out = ["PETERS MODE B.V.  -  OMZET EN MARGE PER VESTIGING  -  PERIODE 1 T/M 9 2025", head, "=" * len(head)]
    for b in br:
        o = r.randint(900_000, 4_200_000)
        m = round(o * r.uniform(.44, .56))
        e = round(o * r.uniform(-.04, .12))
        out.append(f"{b:<24}{nl(o):>12}{nl(m):>12}{pct(m, o):>8}{nl(r.uniform(-9, 12), 1, True) + '%':>10}{nl(e):>11}")
    return C("\n".join(out)) + "\n"


# ---------------------------------------------------------------- short messages


@doc("short_message", "figures", "WhatsApp: Q3 revenue and EBITDA with 'nog niet naar buiten brengen'")
def whatsapp_q3(g):
    return ("[14-10-2025 08:12] Marco de Groot: " + H(
        "Q3 omzet 4,2 mln, EBITDA 612k, nog niet naar buiten brengen. Cijfers gaan donderdag naar de bank\n"
        "[14-10-2025 08:13] Ilse Kok: 👍 beter dan ik dacht\n"
        "[14-10-2025 08:15] Marco de Groot: ja maar Q4 wordt lastig, orderboek staat op 2,9") +
        "\n[14-10-2025 08:15] Ilse Kok: bespreken we vrijdag\n")


@doc("short_message", "figures", "Slack thread on margin per client in lower case")
def slack_margin(g):
    r = g.r
    m1 = nl(r.uniform(9, 13), 1)
    m2 = r.randint(24, 29)
    ytd = nl(r.uniform(1.2, 1.5), 2)
    return ("#sales-noord\nJeroen Visser  10:42\n" + H(
        f"@Sanne fyi marge op Brinkman zakt naar {m1}% sinds de nieuwe prijsafspraak, we leveren de pallets praktisch op kostprijs. "
        f"Van der Meer Tegels zit nog op {m2}%. graag niet zo aan Brinkman laten merken morgen\n"
        "Sanne Bakker  10:44\nok, ik neem het mee. hoeveel omzet is brinkman ytd?\n"
        f"Jeroen Visser  10:45\n{ytd} mln, vorig jaar zelfde periode {nl(float(ytd.replace(',', '.')) * .82, 2)}") +
        "\nSanne Bakker  10:45\n👍\n")


@doc("short_message", "figures", "Teams chat between controller and CFO about Q2 margin and EBITDA vs budget")
def teams_cfo(g):
    r = g.r
    gm = r.uniform(30.5, 32.5)
    eb = r.uniform(2.6, 3.0)
    return ("Teams – chat met Petra de Haan (CFO)\n\n[09:03] Thijs Mulder\nGoedemorgen, de maandafsluiting juni is rond\n" + H(
        f"[09:04] Thijs Mulder\nbrutomarge Q2 kwam uit op {nl(gm, 1)}% (begroot 34,0), vooral door de staalprijs\n"
        f"[09:04] Thijs Mulder\nEBITDA YTD {nl(eb, 1)} mln tegen 3,5 begroot, netto schuld {nl(r.uniform(11, 13), 1)} mln\n"
        "[09:06] Petra de Haan\nAu. Covenant haal je nog wel? leverage?\n"
        f"[09:07] Thijs Mulder\n{nl(r.uniform(3.0, 3.3), 2)}x, max is 3,5x") +
        "\n[09:07] Petra de Haan\nOk, zet het in de memo voor donderdag, ik bel de bank zelf\n")


@doc("short_message", "figures", "English Slack message on ARR and churn, 'don't share outside the leadership channel'")
def slack_arr_en(g):
    r = g.r
    return ("#leadership\nMaaike Boersma 4:17 PM\n" + H(
        f"heads up — Acme Logistics not renewing cuts ARR by €{en(r.uniform(1.1, 1.4), 1)}m, we're now at €{en(r.uniform(17, 19), 1)}m ARR, "
        f"gross churn {en(r.uniform(8.5, 10), 1)}% YTD vs 6% plan. net revenue retention drops to {r.randint(101, 106)}%.") +
        "\ndon't share outside this channel until the board call on Thursday\n:eyes: 3\n")


# ---------------------------------------------------------------- board mails


@doc("board_mail", "figures", "e-mail to the supervisory board with a small table of preliminary results (and a standard disclaimer)")
def board_mail_nl(g):
    r = g.r
    p = g.pl(r.randint(31_000, 38_000), gm=(.31, .34), pers=(.14, .16), dep=(.03, .035), other=(.05, .06), unit=1000)
    b = g.pl(round(p["rev"] * r.uniform(1.0, 1.06), -2), gm=(.32, .34), pers=(.14, .15), dep=(.03, .035), other=(.05, .055), unit=1000)
    v = g.pl(p["rev"] * r.uniform(.9, .96), gm=(.31, .34), pers=(.14, .16), dep=(.03, .035), other=(.05, .06), unit=1000)
    nd = [r.randint(6_000, 9_000), r.randint(7_000, 9_500), r.randint(7_500, 10_000)]
    t = [f"{'k€':<18}{'2024 (vlp.)':>12}{'begroting':>12}{'2023':>10}"]
    for lab, k in [("Omzet", "rev"), ("Brutomarge", "gross"), ("EBITDA", "ebitda"), ("Nettowinst", "net")]:
        t.append(f"{lab:<18}{nl(p[k]):>12}{nl(b[k]):>12}{nl(v[k]):>10}")
    t.append(f"{'Netto schuld':<18}{nl(nd[0]):>12}{nl(nd[1]):>12}{nl(nd[2]):>10}")
    return ("Van: Erik Smit <e.smit@dehaanfoodgroup.nl>\nAan: RvC De Haan Food Group\nDatum: 23 januari 2025\n"
            "Onderwerp: Voorlopige jaarcijfers 2024\n\nBeste leden van de RvC,\n\n"
            "Hierbij de voorlopige cijfers over 2024, nog vóór de controle door de accountant:\n\n" +
            C("\n".join(t)) +
            "\n\nDe omzet blijft achter bij de begroting door het verlies van de private-labelklant in Duitsland. "
            "Ik licht het toe in de vergadering van 4 februari.\n\nMet vriendelijke groet,\nErik Smit\nCFO\n\n" +
            DISCLAIMER_NL + "\n")


@doc("board_mail", "figures", "English board e-mail with preliminary quarterly results in prose")
def board_mail_en(g):
    r = g.r
    rev = r.uniform(22, 25)
    bud = rev * r.uniform(1.04, 1.08)
    return ("From: Daan Jacobs\nTo: Board of Directors\nSubject: Q3 flash\n\nAll,\n\nAhead of next week's meeting, "
            "the flash numbers for Q3:\n\n" + H(
                f"Revenue came in at EUR {en(rev, 1)}m (budget {en(bud, 1)}m, Q3 last year {en(rev * .93, 1)}m). "
                f"Gross margin held at {en(r.uniform(40, 42.5), 1)}%, but EBITDA was EUR {en(rev * r.uniform(.12, .14), 1)}m against "
                f"{en(bud * .15, 1)}m budgeted, mainly due to temporary staff in the Venlo warehouse. "
                f"Free cash flow for the quarter was EUR {en(r.uniform(0.4, 1.2), 1)}m and net debt ended at EUR {en(r.uniform(30, 36), 1)}m "
                f"({en(r.uniform(2.4, 2.9), 1)}x LTM EBITDA).") +
            "\n\nFull pack follows on Monday. Happy to take questions before then.\n\nBest,\nDaan\n")


# ---------------------------------------------------------------- salary costs per department


@doc("salary_costs", "figures", "salary costs per department with FTE, gross wages, social charges, pension, Excel copy")
def salary_dept(g):
    r = g.r
    deps = ["Directie", "Verkoop binnendienst", "Verkoop buitendienst", "Productie", "Logistiek", "Engineering",
            "Kwaliteit", "Finance & Control", "HR", "ICT"]
    rows = ["Loonkosten per afdeling – begroting 2025\t\t\t\t\t\t",
            "Afdeling\tFTE\tBrutolonen\tSociale lasten\tPensioen\tTotaal loonkosten\tGem. per FTE"]
    T = [0, 0, 0, 0, 0]
    for d in deps:
        fte = round(r.uniform(1.8, 9) if d not in ("Productie", "Logistiek") else r.uniform(18, 46), 1)
        lo, hi = (110_000, 140_000) if d == "Directie" else (41_000, 52_000) if d in ("Productie", "Logistiek") else (47_000, 72_000)
        bl = round(fte * r.uniform(lo, hi), -2)
        sl = round(bl * .19)
        pe = round(bl * .11)
        tot = bl + sl + pe
        for i, x in enumerate((fte, bl, sl, pe, tot)):
            T[i] += x
        rows.append(f"{d}\t{nl(fte, 1)}\t{nl(bl)}\t{nl(sl)}\t{nl(pe)}\t{nl(tot)}\t{nl(tot / fte)}")
    rows.append(f"Totaal\t{nl(T[0], 1)}\t{nl(T[1])}\t{nl(T[2])}\t{nl(T[3])}\t{nl(T[4])}\t{nl(T[4] / T[0])}")
    return C("\n".join(rows)) + "\n"


@doc("salary_costs", "figures", "English headcount and personnel cost by department, Markdown, budget 2026 vs forecast 2025")
def salary_dept_en(g):
    r = g.r
    deps = ["Engineering", "Product", "Customer Success", "Sales", "Marketing", "Finance", "People", "Leadership"]
    rows = ["| Department | FTE FC25 | FTE B26 | Personnel cost FC25 (€k) | Personnel cost B26 (€k) | Δ €k |", "|---|---|---|---|---|---|"]
    t = [0, 0, 0, 0]
    for d in deps:
        f1 = r.randint(3, 38)
        f2 = f1 + r.randint(-2, 6)
        c1 = round(f1 * r.uniform(78, 124))
        c2 = round(f2 * c1 / f1 * r.uniform(1.025, 1.06))
        for i, x in enumerate((f1, f2, c1, c2)):
            t[i] += x
        rows.append(f"| {d} | {f1} | {f2} | {en(c1)} | {en(c2)} | {en(c2 - c1, sign=True)} |")
    rows.append(f"| **Total** | **{t[0]}** | **{t[1]}** | **{en(t[2])}** | **{en(t[3])}** | **{en(t[3] - t[2], sign=True)}** |")
    return "Budget 2026 – people plan (draft for ELT)\n\n" + C("\n".join(rows)) + "\n"


# ---------------------------------------------------------------- valuation


@doc("valuation", "figures", "DCF valuation sheet: free cash flows, WACC, terminal value, enterprise and equity value")
def valuation_dcf(g):
    r = g.r
    yrs = list(range(2025, 2030))
    e0 = r.randint(2_800, 3_600)
    ebitda = [round(e0 * (1 + r.uniform(.03, .08)) ** i) for i in range(5)]
    capex = [round(x * r.uniform(.18, .24)) for x in ebitda]
    tax = [round(.258 * (ebitda[i] - .85 * capex[i])) for i in range(5)]
    wc = [round(x * r.uniform(.02, .05)) for x in ebitda]
    fcf = [ebitda[i] - tax[i] - capex[i] - wc[i] for i in range(5)]
    w = 0.095
    df = [1 / (1 + w) ** (i + 0.5) for i in range(5)]
    pv = [round(fcf[i] * df[i]) for i in range(5)]
    tv = round(fcf[-1] * 1.02 / (w - 0.02))
    pvtv = round(tv * df[-1])
    ev = sum(pv) + pvtv
    nd = r.randint(3_500, 6_000)

    def row(lab, v, f=nl):
        return f"{lab}\t" + "\t".join(f(x) for x in v)
    rows = ["Waardering Kuipers Veevoeders B.V. – DCF (k€)\t\t\t\t\t", "\t" + "\t".join(str(y) for y in yrs),
            row("EBITDA", ebitda), row("Belastingen over EBIT (25,8%)", [-x for x in tax]), row("Investeringen (capex)", [-x for x in capex]),
            row("Mutatie werkkapitaal", [-x for x in wc]), row("Vrije kasstroom", fcf),
            row("Discontofactor (WACC 9,5%, mid-year)", df, lambda x: nl(x, 3)), row("Contante waarde", pv),
            "\t\t\t\t\t", f"Som contante waarden\t{nl(sum(pv))}", f"Eindwaarde (g = 2,0%)\t{nl(tv)}",
            f"Contante waarde eindwaarde\t{nl(pvtv)}", f"Ondernemingswaarde\t{nl(ev)}", f"Netto schuld\t{nl(-nd)}",
            f"Waarde eigen vermogen\t{nl(ev - nd)}", f"Impliciete EV/EBITDA 2025\t{nl(ev / ebitda[0], 1)}x"]
    return C("\n".join(rows)) + "\n"


@doc("valuation", "figures", "e-mail from an M&A adviser with an indicative multiple-based valuation in prose")
def valuation_mail(g):
    r = g.r
    e = r.uniform(2.8, 3.4)
    m = r.choice([6.0, 6.5, 7.0])
    nd = r.uniform(3.5, 5.5)
    return ("Hoi Wouter,\n\nZoals besproken een eerste indicatie voor het gesprek met de familie Kuipers.\n\n" + H(
        f"Op basis van een genormaliseerde EBITDA 2024 van € {nl(e, 1)} mln en een multiple van {nl(m, 1)}x (vergelijkbare "
        f"transacties in de sector lagen tussen 5,5x en 7,5x) komen we op een ondernemingswaarde van circa € {nl(e * m, 1)} mln. "
        f"Na aftrek van de netto schuld van € {nl(nd, 1)} mln en een werkkapitaalcorrectie van ongeveer € 0,4 mln resteert "
        f"een waarde van het eigen vermogen van € {nl(e * m - nd - .4, 1)} mln. Een earn-out van maximaal € 1,5 mln op de EBITDA "
        "2026 zou het gat met hun vraagprijs kunnen overbruggen.") +
        "\n\nIk stuur de onderbouwing morgen als Excel.\n\nGroet,\nNiels de Wit\nCorporate Finance\n")


# ---------------------------------------------------------------- ledger


@doc("ledger", "figures", "trial balance (proefbalans) from bookkeeping software, space-aligned, debit = credit")
def trial_balance(g):
    r = g.r
    acc = [("0200", "Inventaris", "D"), ("0250", "Afschrijving inventaris", "C"), ("0400", "Bedrijfsauto's", "D"),
           ("0900", "Eigen vermogen", "C"), ("1000", "Kas", "D"), ("1100", "Rabobank zakelijk", "D"),
           ("1300", "Debiteuren", "D"), ("1600", "Crediteuren", "C"), ("1800", "Te betalen BTW", "C"),
           ("4000", "Lonen en salarissen", "D"), ("4100", "Sociale lasten", "D"), ("4300", "Huisvestingskosten", "D"),
           ("4500", "Autokosten", "D"), ("4800", "Algemene kosten", "D"), ("7000", "Inkoopwaarde omzet", "D"),
           ("8000", "Omzet hoog tarief", "C"), ("8100", "Omzet laag tarief", "C")]
    rng = {"0200": (40_000, 90_000), "0250": (15_000, 45_000), "0400": (60_000, 140_000), "0900": (0, 0),
           "1000": (200, 900), "1100": (20_000, 120_000), "1300": (60_000, 180_000), "1600": (30_000, 90_000),
           "1800": (10_000, 40_000), "4000": (300_000, 420_000), "4100": (0, 0), "4300": (30_000, 50_000),
           "4500": (25_000, 45_000), "4800": (20_000, 40_000), "7000": (350_000, 600_000),
           "8000": (900_000, 1_300_000), "8100": (20_000, 80_000)}
    vals = {n: r.randint(lo * 100, hi * 100) for n, (lo, hi) in rng.items()}   # in cents
    vals["4100"] = round(vals["4000"] * r.uniform(.17, .2))
    c = sum(vals[n] for n, _, s in acc if s == "C" and n != "0900")
    d = sum(vals[n] for n, _, s in acc if s == "D")
    if d - c < 2_500_000:
        vals["1100"] += 2_500_000 - (d - c) + r.randint(0, 5_000_000)
        d = sum(vals[n] for n, _, s in acc if s == "D")
    vals["0900"] = d - c
    out = ["Proefbalans per 30-09-2025                          Installatiebedrijf Smits VOF",
           f"{'Rek.':<6}{'Omschrijving':<30}{'Debet':>16}{'Credit':>16}", "-" * 68]
    for n, o, s in acc:
        v = nl(vals[n] / 100, 2)
        out.append(f"{n:<6}{o:<30}{v if s == 'D' else '':>16}{v if s == 'C' else '':>16}")
    tot = sum(vals[n] for n, _, s in acc if s == "D")
    assert tot == sum(vals[n] for n, _, s in acc if s == "C")
    out += ["-" * 68, f"{'':<6}{'Totaal':<30}{nl(tot / 100, 2):>16}{nl(tot / 100, 2):>16}"]
    return C("\n".join(out)) + "\n"


@doc("ledger", "figures", "general-ledger card export (CSV, semicolons, decimal commas) of the revenue account with running balance")
def gl_card_csv(g):
    r = g.r
    lines = ["Datum;Dagboek;Boekstuk;Rekening;Omschrijving;Debet;Credit;Saldo"]
    saldo = 0.0
    days = sorted(r.sample(range(1, 29), 12))
    klant = ["Gemeente Woerden", "Schouten Bouw", "Kok Vastgoed", "Prins Onderhoud", "Jacobs Makelaardij", "Huisman Zorg"]
    for i, dday in enumerate(days):
        amt = r.randint(1_200, 48_000) + r.randint(0, 99) / 100
        if i == 7:
            lines.append(f"{dday:02d}-03-2025;70 Memoriaal;25700{i:02d};8000;Creditnota {r.choice(klant)};{amt / 4:.2f};;{saldo - amt / 4:.2f}".replace(".", ","))
            saldo -= amt / 4
            continue
        saldo += amt
        lines.append(f"{dday:02d}-03-2025;20 Verkoop;25200{i:02d};8000;Factuur {r.choice(klant)};;{amt:.2f};{saldo:.2f}".replace(".", ","))
    return ("Grootboekkaart 8000 Omzet advieswerk – maart 2025 (export Exact Online)\n" + H("\n".join(lines)) + "\n")


# ---------------------------------------------------------------- management reports


@doc("management_report", "figures", "monthly management report copied from Word (tabs): month, YTD, budget YTD, last year")
def mgmt_month(g):
    r = g.r
    labs = [("Omzet", 1), ("Brutomarge", .42), ("Personeelskosten", -.2), ("Overige kosten", -.1), ("EBITDA", None),
            ("Afschrijvingen", -.03), ("EBIT", None)]
    m = r.randint(1_500, 1_900)
    cols = [m, m * 9 * r.uniform(.96, 1.02), m * 9 * r.uniform(1.0, 1.06), m * 9 * r.uniform(.88, .95)]
    vals = []
    for c in cols:
        gm = round(c * r.uniform(.4, .44))
        pk = round(c * r.uniform(.19, .21))
        ok = round(c * r.uniform(.09, .11))
        af = round(c * .03)
        vals.append([round(c), gm, -pk, -ok, gm - pk - ok, -af, gm - pk - ok - af])
    rows = ["Maandrapportage september 2025 – Heuvelrand Techniek (k€)",
            "\tSeptember\tCum. t/m sept\tBegroting cum.\tVorig jaar cum."]
    for i, (lab, _) in enumerate(labs):
        rows.append(f"{lab}\t" + "\t".join(nl(v[i]) for v in vals))
    rows.append("Brutomarge %\t" + "\t".join(pct(v[1], v[0]) + "%" for v in vals))
    return ("Samenvatting\nDe omzet ligt cumulatief onder de begroting; de marge houdt stand.\n\n" + C("\n".join(rows)) +
            "\n\nOrderportefeuille per 30 september: zie bijlage 2.\n")


@doc("management_report", "figures", "Power BI dashboard copied as text: KPI tiles with labels, values and arrows on separate lines")
def kpi_dashboard(g):
    r = g.r
    tiles = [("Omzet YTD", f"€ {nl(r.uniform(11, 14), 1)} mln", f"▲ {nl(r.uniform(4, 9), 1)}% t.o.v. VJ"),
             ("Brutomarge", f"{nl(r.uniform(36, 40), 1)}%", f"▼ {nl(r.uniform(.5, 2), 1)} pp"),
             ("EBITDA YTD", f"€ {nl(r.uniform(1.5, 2.2), 1)} mln", f"▼ {nl(r.uniform(3, 10), 1)}% t.o.v. begroting"),
             ("Orderportefeuille", f"€ {nl(r.uniform(6, 8), 1)} mln", "▲ 12 weken werk"),
             ("DSO", f"{r.randint(48, 63)} dagen", "▲ 4 dagen")]
    body = "\n".join(f"{a}\n{b}\n{c}" for a, b, c in tiles)
    return ("Financieel dashboard\nLaatst vernieuwd: 12-10-2025 06:00\nFilters\nEntiteit: Alle\n" + H(body) +
            "\nOmzet per maand\njan\nfeb\nmrt\napr\nmei\njun\njul\naug\nsep\n")


@doc("management_report", "figures", "covenant calculation for the bank: LTM EBITDA, net debt, leverage and solvency vs limits")
def covenant(g):
    r = g.r
    e = r.randint(4_100, 5_200)
    nd = round(e * r.uniform(2.6, 3.3))
    ev = r.randint(9_000, 12_000)
    tb = round(ev / r.uniform(.28, .34))
    rows = ["Covenantberekening per 30 juni 2025 t.b.v. Rabobank\t\t\t",
            "\tk€\tNorm\tVoldaan",
            f"EBITDA (LTM)\t{nl(e)}\t\t",
            f"Netto rentedragende schuld\t{nl(nd)}\t\t",
            f"Net debt / EBITDA\t{nl(nd / e, 2)}x\t≤ 3,50x\t{'ja' if nd / e <= 3.5 else 'nee'}",
            f"Garantievermogen\t{nl(ev)}\t\t",
            f"Balanstotaal\t{nl(tb)}\t\t",
            f"Solvabiliteit\t{pct(ev, tb)}%\t≥ 25%\tja",
            f"DSCR\t{nl(r.uniform(1.15, 1.6), 2)}\t≥ 1,20\t"]
    return C("\n".join(rows)) + "\n"


@doc("investment", "figures", "investment proposal: key figures table (capex, NPV, IRR, payback) inside Word text")
def investment(g):
    r = g.r
    capex = r.randint(19, 28) * 100_000
    sav = round(capex * r.uniform(.22, .3), -3)
    rows = ["Kerncijfers investering", f"Investering (capex)\t€ {nl(capex)}", f"Jaarlijkse besparing (vanaf 2026)\t€ {nl(sav)}",
            f"Netto contante waarde (8%, 10 jaar)\t€ {nl(sav * 6.71 - capex)}", f"Interne rentabiliteit\t{nl(r.uniform(17, 26), 1)}%",
            f"Terugverdientijd\t{nl(capex / sav, 1)} jaar", f"Effect op EBITDA 2026\t+ € {nl(sav * .8)}"]
    return ("Investeringsvoorstel nieuwe verpakkingslijn L4\nVoor: directie en RvC Zuiderzee Zuivel\n\n"
            "De huidige lijn L2 haalt een OEE van 61% en vraagt steeds meer onderhoud. Voorgesteld wordt een nieuwe "
            "lijn te plaatsen in hal 3, met oplevering in maart 2026.\n\n" + C("\n".join(rows)) +
            "\n\nRisico's: levertijd van de leverancier (32 weken) en de ombouw van de koeling.\n")


# ================================================================ ALARM: marked confidential


@doc("marked_plan", "marked", "reorganisation plan with 'STRIKT VERTROUWELIJK' as its heading (no statement, a few fte numbers)")
def reorg_plan(g):
    return (C("STRIKT VERTROUWELIJK") + """

Reorganisatieplan Klantenservice en Backoffice
Versie 0.3 – 12 februari 2025
Opsteller: directie Noordhave Verzekeringen N.V. met HR

1. Aanleiding
Het aantal telefonische contacten is sinds 2022 met een derde gedaald, terwijl het aantal digitale contacten
verdubbelde. De huidige indeling in twee afdelingen leidt tot dubbel werk en lange doorlooptijden.

2. Voorgestelde organisatie
De afdelingen Klantenservice (42 fte) en Backoffice (27 fte) worden samengevoegd tot één afdeling
Klantcontact van 51 fte, met drie teams onder één manager. De functie van teamleider vervalt; er komen
twee coördinatoren.

3. Gevolgen voor medewerkers
Naar verwachting worden 18 fte boventallig. Plaatsing gebeurt volgens het afspiegelingsbeginsel per
leeftijdscategorie. Het bestaande sociaal plan (2023–2026) is van toepassing; er wordt eerst gekeken naar
herplaatsing binnen de groep en natuurlijk verloop (7 tijdelijke contracten lopen dit jaar af).

4. Tijdpad
- 3 maart: adviesaanvraag aan de ondernemingsraad
- 14 april: verwacht advies OR
- 1 mei: besluit en communicatie aan alle medewerkers
- 1 september: nieuwe organisatie van start

Communicatie vóór 1 mei uitsluitend via de directie.
""")


@doc("marked_memo", "marked", "takeover memo with 'VERTROUWELIJK' above the memo header")
def takeover_memo(g):
    return (C("VERTROUWELIJK") + """

MEMO
Aan:      Directieteam Van Dam Agro Holding
Van:      Wouter Hendriks, M&A
Datum:    9 september 2024
Betreft:  Project Zeearend – mogelijke overname Kuipers Veevoeders B.V.

Naar aanleiding van het verkennende gesprek van 2 september met de familie Kuipers het volgende.

- De familie wil verkopen vóór eind 2025; er is geen opvolger in de familie.
- Zij hebben ook gesproken met een Belgische partij, maar geven de voorkeur aan een Nederlandse koper.
- De fabriek in Barneveld draait op 70% van de capaciteit; een overname past in ons plan om de productie
  in Lelystad af te bouwen.
- Eerste gesprek over de prijs volgt na ondertekening van een geheimhoudingsverklaring.

Voorstel: opdracht aan Corporate Finance voor een eerste waardering en een quick scan door de accountant.
Graag bespreken in het DT van 16 september. Codenaam in alle correspondentie: Zeearend.
""")


@doc("marked_minutes", "marked", "minutes of an executive board meeting with the label line 'Classificatie: Vertrouwelijk'")
def board_minutes_nl(g):
    return ("""Notulen vergadering Raad van Bestuur
Datum:         18 juni 2025, 09.30–12.00 uur
Locatie:       hoofdkantoor, zaal 4.02
Aanwezig:      J. de Boer (voorzitter), M. Vermeulen, S. Oosterhuis
Notulist:      L. Timmermans
""" + C("Classificatie: Vertrouwelijk") + """

1. Opening en vaststelling agenda
De voorzitter opent om 09.32 uur. De agenda wordt vastgesteld.

2. Notulen vorige vergadering
Vastgesteld zonder wijzigingen.

3. Strategische heroriëntatie vestiging Venlo
De RvB bespreekt de drie scenario's uit de notitie van de COO. Scenario B (verkoop van het pand en
huur van een kleinere locatie) heeft de voorkeur. Voor het personeel wordt een communicatieplan gemaakt;
de OR wordt na de zomer geïnformeerd.
Besluit: scenario B wordt uitgewerkt; de COO komt op 10 september met een uitgewerkt voorstel.

4. Claim leverancier Dekker Staalbouw
De advocaat schat de kans op toewijzing van de claim laag in. De RvB besluit geen schikking aan te bieden.

5. Rondvraag en sluiting
Geen punten. Sluiting 11.48 uur.

Actielijst
- COO: uitwerking scenario B (10 september)
- CFO: gesprek met taxateur over pand Venlo (juli)
""")


@doc("marked_memo", "marked", "English acquisition memo headed 'STRICTLY CONFIDENTIAL' with a small price paragraph")
def acquisition_memo_en(g):
    r = g.r
    return (C("STRICTLY CONFIDENTIAL") + f"""

Project Heron – acquisition of Bluecrest Analytics Ltd
Prepared for: Investment Committee, 28 March 2025

Summary
Bluecrest is a 60-person analytics firm in Manchester with a strong position in UK housing associations.
Management proposes a non-binding offer ahead of the seller's deadline of 11 April.

Rationale
- Adds UK market access for our asset-management platform
- Cross-sell potential into our existing 40 Dutch housing clients
- Founders willing to stay for at least two years

Proposed terms
Indicative enterprise value GBP {r.randint(14, 19)}–{r.randint(20, 23)}m, of which up to GBP 3m as an earn-out. Financing from
existing cash and the RCF; no equity issue.

Next steps
Approval for a non-binding offer; confirmatory due diligence with external advisers (budget EUR 350k).
""")


@doc("marked_slides", "marked", "English pricing-strategy slides copied as text with an 'Internal use only' header")
def pricing_slides_en(g):
    return (C("Internal use only") + """
Pricing 2026 – proposal
Slide 1 of 6

Why change?
• List prices unchanged since 2023 while competitor list prices rose 9–14%
• Discount creep: 38% of deals closed above the discount guideline

Proposal
• Standard tier +7%, Professional tier +9%, Enterprise individually
• New discount guideline: max. 15% without VP approval
• Grandfathering for existing customers until renewal date

Timeline
• Announce to sales 3 November, to customers 1 December
• Effective 1 January 2026
""")


@doc("marked_plan", "marked", "closure plan copied from a PDF page whose footer line reads 'Vertrouwelijk – niet verspreiden'")
def closure_footer(g):
    return ("""Plan van aanpak sluiting vestiging Heerlen

3. Fasering
De sluiting vindt plaats in drie fasen. In fase 1 (oktober–november) wordt de productie van de
kleinverpakkingen overgebracht naar Roermond. In fase 2 (december) volgen de magazijnactiviteiten;
in fase 3 (januari) wordt het pand opgeleverd aan de verhuurder.

4. Medewerkers
Aan alle 34 medewerkers wordt een functie in Roermond aangeboden. Voor medewerkers die niet mee
willen verhuizen gelden de afspraken uit het sociaal plan. De vakbonden worden op 22 september
uitgenodigd voor een eerste gesprek.

5. Klanten en leveranciers
Klanten worden pas geïnformeerd nadat de medewerkers zijn ingelicht. Leveranciers van verpakkingsmateriaal
krijgen een nieuw afleveradres per 1 december.

""" + H("Vertrouwelijk – niet verspreiden                                   pagina 2 van 4") + "\n")


@doc("marked_letter", "marked", "draft letter to staff about a site move, first line 'Concept – niet delen'")
def draft_letter(g):
    return (C("Concept – niet delen") + """

Beste collega's,

Vandaag hebben wij de ondernemingsraad gevraagd om advies over ons voornemen om de afdeling
Inkoop in Zwolle en de afdeling Inkoop in Deventer samen te voegen op één locatie in Deventer.

Wij begrijpen dat dit bericht vragen oproept. Daarom organiseren wij op dinsdag 4 november om
15.00 uur een bijeenkomst in de kantine in Zwolle. Daar lichten wij het voornemen toe en is er
ruimte voor vragen.

Voor de medewerkers in Zwolle betekent het voornemen een andere werkplek. Niemand verliest zijn
baan door deze samenvoeging.

Met vriendelijke groet,

Yvonne Wolters
Algemeen directeur
""")


@doc("marked_roadmap", "marked", "product roadmap with the line 'Alleen voor intern gebruik'")
def roadmap_nl(g):
    return ("""Productroadmap 2026 – Planningsplatform Roosterwijs
""" + C("Alleen voor intern gebruik") + """

Q1
- Nieuwe roostermotor (beta bij drie ziekenhuizen)
- Koppeling met AFAS Profit
Q2
- Mobiele app voor ruildiensten
- Stopzetten on-premise versie voor nieuwe klanten
Q3
- Verlofmodule uit het Enterprise-pakket naar alle pakketten
- Eerste AI-functie: voorstel voor open diensten
Q4
- Internationale versie (Duits) voor de eerste klant in Nordrhein-Westfalen

Aannames: twee extra ontwikkelaars vanaf februari; de koppeling met Nedap is niet opgenomen.
""")


@doc("marked_analysis", "marked", "English key-account risk list headed 'DO NOT DISTRIBUTE'")
def accounts_at_risk_en(g):
    return (C("DO NOT DISTRIBUTE") + """
Key accounts at risk – sales leadership review, week 41

1. Vandermolen Retail – tender announced for 2026, our contract ends 31 March. Procurement hinted at a
   15% price target. Owner: Koen.
2. Hofstad Care – unhappy with response times since the platform migration; escalated to their COO.
   Owner: Fleur.
3. Meridian Foods – new CFO is consolidating suppliers; we are one of three left. Owner: Bas.
4. Stadsgewest Transport – budget cut announced, pilot may not be extended. Owner: Noor.

Actions: account plans for 1–3 by Friday; Koen to prepare a best-and-final scenario for Vandermolen.
""")


@doc("marked_mail", "marked", "e-mail whose subject carries the tag [VERTROUWELIJK] among the other header lines")
def mail_subject_tag(g):
    return ("""Van: Sander Dijkstra
Verzonden: maandag 6 oktober 2025 17:41
Aan: Hanneke van der Linden; Rik Koster
""" + H("Onderwerp: [VERTROUWELIJK] Project Noordster – stand van zaken") + """

Hoi allebei,

Korte update na het gesprek met de advocaten van vanmiddag:
- de koper heeft de conceptovereenkomst teruggestuurd met opmerkingen over de garanties;
- de datum voor signing schuift naar 31 oktober;
- het personeel wordt pas na signing geïnformeerd, dus houd het team er nog buiten.

Donderdag 09.00 uur bellen we met de notaris. Ik stuur een uitnodiging.

Sander
""")


@doc("marked_procedure", "marked", "procedure document with a metadata block containing 'Classificatie: Intern'")
def procedure_intern(g):
    return ("""Procedure incidentmelding informatiebeveiliging
Documentnummer:  ISMS-PR-07
Versie:          2.1
Eigenaar:        CISO
""" + C("Classificatie: Intern") + """
Vastgesteld:     MT, 3 april 2025

1. Doel
Deze procedure beschrijft hoe medewerkers een (vermoedelijk) beveiligingsincident melden en hoe het
securityteam het afhandelt.

2. Melden
Meld elk incident direct via de Servicedesk (toestel 4400) of via security@brouwerprins.nl. Denk aan
een verloren laptop, een phishingmail waarop is geklikt of een verkeerd verstuurde e-mail.

3. Afhandeling
Het securityteam beoordeelt binnen 4 uur of er sprake is van een datalek. Zo ja, dan beslist de FG
binnen 72 uur na ontdekking over een melding bij de Autoriteit Persoonsgegevens.

4. Registratie
Alle incidenten worden geregistreerd in het incidentregister in TOPdesk.
""")


@doc("marked_chat", "marked", "lower-case chat that starts with 'dit is echt strikt vertrouwelijk he, niet doorsturen'")
def chat_vertrouwelijk(g):
    return ("""[21:14] Kim: """ + H("dit is echt strikt vertrouwelijk he, niet doorsturen") + """
[21:14] Kim: ze gaan de vestiging in breda sluiten, hoorde het net van anouk
[21:15] Tim: wat?? wanneer
[21:15] Kim: ergens voorjaar, maandag vertellen ze het aan de teamleiders
[21:16] Tim: en wij dan
[21:16] Kim: wij gaan naar tilburg denk ik. zeg nog niks tegen de rest
[21:17] Tim: oké. shit
""")


@doc("marked_mail", "marked", "English e-mail marking its body as confidential in the middle of a sentence")
def mail_inline_en(g):
    return ("""Hi team,

Thanks for the productive session yesterday. """ + H("The below is confidential and must not be shared outside the deal team.") + """

- Seller has accepted exclusivity until 15 December.
- Their lawyers want the W&I insurance arranged by us.
- Management presentation moved to 19 November, Schiphol office.
- The target's largest customer (roughly a quarter of sales) has a change-of-control clause; legal to review.

Please keep using the project name Lighthouse in calendar invites.

Best,
Lieke
""")


@doc("marked_table", "marked", "'Strikt vertrouwelijk – alleen RvC' directly heading a quarterly figures table (one span for both)")
def marked_table(g):
    r = g.r
    rev = [r.randint(7_800, 9_400) for _ in range(3)]
    eb = [round(x * r.uniform(.08, .12)) for x in rev]
    rows = ["Strikt vertrouwelijk – alleen RvC", "Kwartaalcijfers 2025 (k€)\tQ1\tQ2\tQ3\tYTD",
            "Omzet\t" + "\t".join(nl(x) for x in rev) + f"\t{nl(sum(rev))}",
            "EBITDA\t" + "\t".join(nl(x) for x in eb) + f"\t{nl(sum(eb))}",
            "EBITDA-marge\t" + "\t".join(pct(eb[i], rev[i]) + "%" for i in range(3)) + f"\t{pct(sum(eb), sum(rev))}%",
            f"Orderintake\t{nl(r.randint(7_000, 9_000))}\t{nl(r.randint(7_000, 9_000))}\t{nl(r.randint(7_000, 9_000))}\t"]
    return (C("\n".join(rows)) + "\n\nToelichting volgt mondeling in de vergadering van 28 oktober.\n")


@doc("marked_letter", "marked", "letter to an employee headed 'PERSOONLIJK EN VERTROUWELIJK'")
def personal_letter(g):
    return (C("PERSOONLIJK EN VERTROUWELIJK") + """

Aan de heer M. van Beek
p/a afdeling Planning

Utrecht, 2 juni 2025

Betreft: uitnodiging gesprek over uw functioneren

Beste Martijn,

Naar aanleiding van de gesprekken van 14 maart en 22 april, waarin wij onze zorgen over de
planningsachterstanden hebben besproken, nodigen wij je uit voor een gesprek op dinsdag 10 juni
om 10.00 uur. In dat gesprek willen wij een verbetertraject met je afspreken.

Je mag je laten bijstaan door een collega of een vertrouwenspersoon.

Met vriendelijke groet,

Ingrid Meijer
Manager Operations
""")


@doc("marked_wiki", "marked", "Markdown wiki page of a security post-mortem with a bold 'Intern – niet verspreiden' banner")
def wiki_postmortem(g):
    return ("""# Post-mortem: datalek klantportaal 14 mei

""" + C("> **Intern – niet verspreiden**") + """

## Samenvatting
Door een fout in de autorisatiecheck van `/api/v2/documents` konden ingelogde klanten documenten van
andere klanten opvragen door het document-ID in de URL te wijzigen. Het probleem bestond van 2 tot en
met 14 mei (release 5.18.0).

## Impact
- 312 documenten van 41 klanten zijn door een andere klant opgevraagd (volgens de accesslogs).
- Melding bij de AP gedaan op 16 mei.

## Oorzaak
De check op `tenant_id` werd in de nieuwe query-laag overgeslagen als het document uit de cache kwam.

## Acties
- [x] hotfix 5.18.1 (14 mei, 23:10)
- [ ] pentest op alle endpoints met object-ID's
- [ ] test toevoegen die cross-tenant toegang afdwingt
""")


@doc("marked_term_sheet", "marked", "English term sheet headed 'Strictly Private & Confidential – Subject to Contract' with a price")
def term_sheet_en(g):
    r = g.r
    return (C("Strictly Private & Confidential – Subject to Contract") + f"""

INDICATIVE TERM SHEET
Proposed acquisition of 100% of the shares in Vos Tandtechniek B.V. ("the Company")

Buyer:             Dentalis Partners B.V.
Sellers:           the shareholders of the Company
Purchase price:    EUR {r.randint(11, 14)},{r.randint(0, 9)} million on a cash-free, debt-free basis, assuming normalised working capital
Earn-out:          up to EUR 2.0 million, based on 2026 EBITDA
Management:        the founders remain in their roles for at least 24 months
Exclusivity:       8 weeks from signing of this term sheet
Conditions:        satisfactory due diligence, financing, works council advice
Governing law:     the laws of the Netherlands

This term sheet is not binding, except for the clauses on exclusivity, confidentiality and costs.
""")


@doc("marked_slides", "marked", "PowerPoint text copy where every slide ends with a footer 'Vertrouwelijk | © Klaverveld 2025'")
def slides_footer_nl(g):
    foot = "Vertrouwelijk | © Klaverveld Zuivel 2025"
    return (f"""Prijsverhoging retail 2026
Voorstel aan de directie
{H(foot)}
Uitgangspunten
Melkprijs +11% in 2025, energie stabiel
Doel: marge herstellen naar niveau 2023
Verhoging gemiddeld 6%, kaas 8%, yoghurt 4%
{foot}
Aanpak per klant
Grote ketens: gesprek in oktober, ingang 1 januari
Groothandel: brief in november, ingang 1 februari
Geen uitzonderingen zonder akkoord commercieel directeur
{foot}
""")


@doc("marked_minutes", "marked", "English board minutes headed 'CONFIDENTIAL – Board of Directors only'")
def board_minutes_en(g):
    return (C("CONFIDENTIAL – Board of Directors only") + """

Minutes of the meeting of the Board of Directors of Veldhuis Robotics B.V.
Held on 12 March 2025 at the Eindhoven office

Present: A. Veldhuis (chair), R. Schouten, E. Öztürk; by video: C. Jacobs
Secretary: N. El Amrani

1. CEO succession
The chair informed the board that the CEO intends to step down at the end of 2025. The board agreed to
appoint an executive search firm and to keep the matter within the board until an announcement is made.

2. Dispute with former distributor
Counsel reported on the arbitration in Frankfurt. The board authorised the CFO to settle within the range
discussed.

3. Any other business
None. The meeting closed at 17:20.
""")


# ================================================================ QUIET
# ---------------------------------------------------------------- invoices, receipts, price lists


@doc("invoice", "none", "installer's invoice to a consumer (PDF copy): a few lines, BTW 21%/9%, total; sent to the customer, nothing internal")
def invoice_nl(g):
    r = g.r
    items = [("Arbeid monteur (uur)", 3.5, 62.50, 21), ("Voorrijkosten", 1, 39.00, 21),
             ("Thermostaatkraan Danfoss RA-N", 2, 48.95, 21), ("Isolatie leidingen (m)", 6, 4.10, 9)]
    out = ["Installatiebedrijf De Graaf", "Industrieweg 12, 3771 MA Barneveld", "KvK 30178254   BTW NL001873455B06", "",
           "FACTUUR", f"Factuurnummer: 2025-{r.randint(1000, 1999)}", "Factuurdatum: 14-03-2025", "Vervaldatum: 28-03-2025", "",
           f"{'Omschrijving':<34}{'Aantal':>7}{'Prijs':>10}{'BTW':>5}{'Bedrag':>11}"]
    sub = {21: 0.0, 9: 0.0}
    for o, a, p, b in items:
        out.append(f"{o:<34}{nl(a, 1):>7}{nl(p, 2):>10}{str(b) + '%':>5}{nl(a * p, 2):>11}")
        sub[b] += a * p
    s = sub[21] + sub[9]
    out += ["", f"{'Subtotaal':<56}{nl(s, 2):>11}", f"{'BTW 21%':<56}{nl(sub[21] * .21, 2):>11}",
            f"{'BTW 9%':<56}{nl(sub[9] * .09, 2):>11}",
            f"{'Totaal te betalen':<56}{'€ ' + nl(s + sub[21] * .21 + sub[9] * .09, 2):>11}", "",
            "Wij verzoeken u het bedrag binnen 14 dagen over te maken onder vermelding van het factuurnummer."]
    return "\n".join(out) + "\n"


@doc("invoice", "none", "English freelance invoice with VAT reverse charge, hours x rate, total")
def invoice_en(g):
    r = g.r
    h = r.randint(28, 64)
    rate = r.choice([85, 95, 110])
    return f"""INVOICE #INV-2025-0{r.randint(10, 99)}
Lotte Bakker Design | Oudegracht 88 | Utrecht | VAT NL002134567B01

Bill to: Nordlicht Studio GmbH, Berlin (VAT DE318765432)
Date: 30 April 2025        Due: 30 May 2025

Description                               Qty      Rate        Amount
Brand identity – design hours (April)     {h:>3}   € {rate:.2f}   € {en(h * rate, 2)}
Stock photography licences                  4    € 29.00     € 116.00

Subtotal                                                   € {en(h * rate + 116, 2)}
VAT 0% – reverse charge (art. 196 EU VAT Directive)           € 0.00
Total due                                                  € {en(h * rate + 116, 2)}

Payment by bank transfer within 30 days. Thank you!
"""


@doc("receipt", "none", "supermarket receipt with BTW summary, pin payment, total")
def receipt(g):
    r = g.r
    items = [("HALFVOLLE MELK 1L", 1.15), ("VOLKORENBROOD", 2.49), ("BANANEN", 1.79), ("KIPFILET 500G", 6.99),
             ("PINDAKAAS", 3.29), ("KOFFIEBONEN 1KG", 12.99), ("TOMATEN", 2.19), ("STATIEGELD", 0.75)]
    sel = r.sample(items, 6)
    out = ["       PLUS Vermeulen", "    Kerkstraat 21, Houten", "       tel 030-6371122", ""]
    for a, p in sel:
        out.append(f"{a:<24}{nl(p, 2):>8}")
    t = sum(p for _, p in sel)
    out += ["-" * 32, f"{'TOTAAL':<24}{nl(t, 2):>8}", f"{'PINNEN':<24}{nl(t, 2):>8}", "",
            f"BTW   9%  over {nl(t / 1.09, 2)}  = {nl(t - t / 1.09, 2)}", "", f"{r.randint(10, 28):02d}-06-2025 17:{r.randint(10, 59)}  kassa 3  bon 4471",
            "  Bedankt en tot ziens!"]
    return "\n".join(out) + "\n"


@doc("price_list", "none", "bicycle repair shop price list (tarieven) with euro amounts")
def price_list_bike(g):
    return """Tarieven werkplaats – Rijwielhandel Van den Heuvel
geldig vanaf 1 januari 2025, prijzen incl. 21% btw

Kleine beurt                           € 49,50
Grote beurt                            € 89,00
Binnenband vervangen (arbeid)          € 12,50
Binnenband                             € 8,95
Buitenband vervangen (arbeid)          € 17,50
Remblokken vervangen (per set)         € 19,95
Derailleur afstellen                   € 15,00
Accu-check e-bike                      gratis
Software-update e-bike                 € 24,50
Uurtarief overige reparaties           € 58,00

Reparaties boven € 75 alleen na akkoord van de klant.
"""


@doc("price_list", "none", "public SaaS pricing page copied as text (monthly/yearly prices, feature list)")
def pricing_page_en(g):
    return """Simple pricing. No surprises.

Starter
€9 / user / month
billed annually (€108)
• Up to 5 projects
• 10 GB storage
• Email support

Team
€24 / user / month
billed annually (€288)
• Unlimited projects
• 100 GB storage
• Priority support
• SSO (Google, Microsoft)

Enterprise
Contact sales
• Dedicated success manager
• 99.9% uptime SLA
• Audit log and data residency (EU)

All prices excl. VAT. Cancel anytime. 30-day money-back guarantee.
"""


@doc("price_list", "none", "tennis club membership fees 2025 (public tarieven), table with age groups and euro amounts")
def club_fees(g):
    return """Contributie 2025 – T.C. De Lobbers

| Categorie                     | Leeftijd      | Contributie | Entreegeld |
|-------------------------------|---------------|------------:|-----------:|
| Senior                        | 25 jaar e.o.  | € 215,00    | € 25,00    |
| Junior senior                 | 18 t/m 24     | € 145,00    | € 25,00    |
| Junior                        | 12 t/m 17     | € 110,00    | –          |
| Kids (incl. training)         | t/m 11        | € 165,00    | –          |
| Gezinskorting (vanaf 3e lid)  |               | -15%        |            |
| Bardienstafkoop               |               | € 60,00     |            |

De contributie wordt in maart geïncasseerd. Opzeggen vóór 1 december.
"""


@doc("quote", "none", "kitchen renovation quote to a consumer with subtotals, BTW and total")
def renovation_quote(g):
    r = g.r
    parts = [("Keukenblok incl. werkblad composiet", 7850.00), ("Inbouwapparatuur (oven, inductie, vaatwasser)", 3120.00),
             ("Sloopwerk en afvoer oude keuken", 450.00), ("Aanpassen leidingwerk en elektra", 890.00),
             ("Montage (2 monteurs, 2 dagen)", 1240.00)]
    out = ["OFFERTE 25-0412 – Keukenrenovatie", "Voor: fam. De Wit, Zeist", "Datum: 2 april 2025, geldig tot 2 mei 2025", ""]
    for o, p in parts:
        out.append(f"{o:<50}€ {nl(p, 2):>10}")
    s = sum(p for _, p in parts)
    out += ["", f"{'Subtotaal excl. btw':<50}€ {nl(s, 2):>10}", f"{'BTW 21%':<50}€ {nl(s * .21, 2):>10}",
            f"{'Totaal incl. btw':<50}€ {nl(s * 1.21, 2):>10}", "",
            "Betaling: 30% bij opdracht, 60% bij levering, 10% na oplevering.",
            f"Levertijd ca. {r.randint(6, 9)} weken na akkoord."]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- household


@doc("household_budget", "none", "private household budget (huishoudboekje), Excel copy with begroot / werkelijk / verschil columns like a budget review; a family's money, no business figures")
def household_nl(g):
    r = g.r
    posts = [("Netto salaris Mark", 3210), ("Netto salaris Femke", 2140), ("Kinderbijslag", 0), None,
             ("Hypotheek", -1385), ("Energie (termijn)", -168), ("Water", -24), ("Zorgverzekering (2x)", -296),
             ("Boodschappen", -780), ("Kinderopvang", -410), ("Auto (verz. + benzine)", -245), ("Telefoon + internet", -92),
             ("Sparen", -400), ("Kleding", -120), ("Uit eten / leuke dingen", -150)]
    rows = ["Huishoudboekje september 2025\t\t\t", "Post\tBegroot\tWerkelijk\tVerschil"]
    tb = tw = 0
    for p in posts:
        if p is None:
            rows.append("\t\t\t")
            continue
        lab, b = p
        w = b if lab in ("Hypotheek", "Water", "Sparen", "Netto salaris Mark", "Netto salaris Femke") else round(b * r.uniform(.8, 1.25))
        if lab == "Kinderbijslag":
            w = 0
        tb += b
        tw += w
        rows.append(f"{lab}\t€ {nl(b, 2)}\t€ {nl(w, 2)}\t€ {nl(w - b, 2)}")
    rows.append(f"Saldo\t€ {nl(tb, 2)}\t€ {nl(tw, 2)}\t€ {nl(tw - tb, 2)}")
    return "\n".join(rows) + "\n\nkinderbijslag komt pas in oktober (per kwartaal)\n"


@doc("household_budget", "none", "English monthly household budget as a Markdown table (planned vs spent); private money, no business figures")
def household_en(g):
    return """My budget for October — help me find €200 a month to save for a holiday?

| Category | Planned | Spent |
|---|---:|---:|
| Salary (net) | 3,050 | 3,050 |
| Side job | 300 | 240 |
| Rent | -1,275 | -1,275 |
| Utilities | -145 | -152 |
| Groceries | -420 | -486 |
| Eating out | -120 | -210 |
| Transport (NS Flex) | -95 | -88 |
| Phone & streaming | -58 | -58 |
| Gym | -35 | -35 |
| Clothes | -80 | -132 |
| Savings | -300 | -200 |
| **Left over** | **822** | **654** |
"""


@doc("private_finance", "none", "private investor's own portfolio (public share prices, purchase price, gain/loss); no company's internal figures")
def portfolio(g):
    return """Mijn portefeuille – DEGIRO, stand 10-10-2025

Product              Aantal   Aankoopkoers   Slotkoers   Waarde      Resultaat
ASML Holding             4       612,40       743,10    2.972,40    +522,80
Ahold Delhaize          60        29,85        34,22    2.053,20    +262,20
Shell plc               45        31,10        30,66    1.379,70     -19,80
Vanguard FTSE AW ETF    38       112,05       131,48    4.996,24    +738,34
Unilever                20        52,30        51,02    1.020,40     -25,60

Totaal                                                 12.421,94  +1.477,94
Vrije ruimte: € 312,18

Moet ik de Shell-aandelen houden of verkopen? Ik wil het geld over 5 jaar gebruiken voor een verbouwing.
"""


@doc("private_finance", "none", "public gross-to-net salary calculator result for one's own salary")
def bruto_netto(g):
    return """Bruto-netto berekening 2025 (bron: online loonrekentool)

Bruto maandsalaris                € 3.450,00
Vakantiegeld (8%, per maand)      €   276,00
Loonheffing                      -€   612,37
Arbeidskorting (verrekend)       +€   298,14
Heffingskorting (verrekend)      +€   260,08
Pensioenpremie werknemer         -€   187,20
Netto per maand                   € 3.484,65

Dit is een indicatie. Aan deze berekening kunnen geen rechten worden ontleend.
Klopt het dat mijn netto hoger wordt als ik minder pensioenpremie betaal?
"""


@doc("private_finance", "none", "own car's fuel log with dates, litres, km and price")
def fuel_log(g):
    r = g.r
    km = r.randint(84_000, 91_000)
    rows = ["Datum\tKm-stand\tLiters\tPrijs/l\tBedrag\tVerbruik"]
    for i in range(8):
        d = km
        km += r.randint(540, 780)
        l = round(r.uniform(38, 46), 2)
        p = round(r.uniform(1.89, 2.09), 3)
        rows.append(f"{3 + i * 9 % 27:02d}-{5 + i // 3:02d}-2025\t{nl(km)}\t{nl(l, 2)}\t{nl(p, 3)}\t{nl(l * p, 2)}\t1 op {nl((km - d) / l, 1)}")
    return "Tankbeurten Golf\n" + "\n".join(rows) + "\n\nwaarom schommelt het verbruik zo? ik rijd bijna alleen woon-werk\n"


@doc("school_costs", "none", "primary-school letter on the voluntary parental contribution and school-trip costs")
def school_trip(g):
    return """Beste ouders/verzorgers,

Op donderdag 12 juni gaan de groepen 5 tot en met 8 op schoolreis naar Archeon in Alphen aan den Rijn.

Kosten per leerling
Busvervoer               € 14,50
Entree (groepstarief)    €  9,75
Lunch en drinken         €  4,25
Totaal                   € 28,50

De vrijwillige ouderbijdrage voor dit schooljaar is € 45,00 per kind (€ 35,00 voor het derde kind).
Daaruit betalen wij het sinterklaasfeest, de kerstviering en de sportdag. Niemand wordt uitgesloten van
de schoolreis als de bijdrage niet betaald kan worden: neem dan gerust contact op met juf Esra.

Met vriendelijke groet,
Team OBS De Regenboog
"""


# ---------------------------------------------------------------- recipes


@doc("recipe", "none", "Dutch recipe with quantities, grams, oven temperature and times")
def recipe_nl(g):
    return """Appeltaart (springvorm 24 cm, 10 stukken)

Ingrediënten
- 300 g zelfrijzend bakmeel
- 200 g koude roomboter in blokjes
- 150 g witte basterdsuiker
- 1 zakje vanillesuiker (8 g)
- 1 ei, losgeklopt (+ 1 eetlepel voor het bestrijken)
- 1,2 kg goudrenetten (ca. 6 stuks)
- 75 g rozijnen, 10 min geweld in warm water
- 2 tl kaneel en 3 el suiker

Bereiding
1. Verwarm de oven voor op 175 °C (hetelucht 160 °C).
2. Kneed bakmeel, boter, suiker, vanillesuiker en ei tot een soepel deeg. Laat 30 min rusten in de koelkast.
3. Bekleed de ingevette vorm met 2/3 van het deeg.
4. Schil de appels, snijd ze in partjes van 1 cm en meng met rozijnen, kaneel en suiker.
5. Vul de vorm, maak van de rest van het deeg reepjes en leg die als rooster op de taart.
6. Bestrijk met ei en bak 60–70 minuten op het onderste rooster.
"""


@doc("recipe", "none", "English recipe scaled for 12 servings, with a request to convert units")
def recipe_en(g):
    return """Can you convert this to metric and scale it from 4 to 12 servings?

Chili con carne (serves 4)
1 lb ground beef (80/20)
1 large onion, diced
3 cloves garlic
2 tbsp chili powder
1 tsp ground cumin
1 tsp smoked paprika
1 can (14.5 oz) diced tomatoes
1 can (15 oz) kidney beans, drained
1 cup beef stock
Salt and pepper to taste

Brown the beef over medium-high heat for 6-8 minutes. Add onion and garlic, cook 4 minutes.
Stir in spices, then tomatoes, beans and stock. Simmer 45 minutes, stirring every 10 minutes.
Per serving: 520 kcal, 34 g protein, 22 g fat.
"""


# ---------------------------------------------------------------- sports, timetables, specs


@doc("sports_table", "none", "football league standings (Excel copy): played, wins, goals, goal difference with minus signs, points")
def standings(g):
    r = g.r
    teams = ["PSV", "Feyenoord", "Ajax", "AZ", "FC Twente", "FC Utrecht", "NEC", "Go Ahead Eagles", "sc Heerenveen",
             "Sparta Rotterdam", "Fortuna Sittard", "PEC Zwolle", "Heracles Almelo", "NAC Breda", "FC Groningen", "Willem II"]
    rows = ["#\tClub\tGS\tW\tG\tV\tDV\tDT\tDS\tPnt"]
    recs = []
    for i, t in enumerate(teams):
        w = max(2, min(22, round(20 - i * 1.0 + r.uniform(-2.5, 2.5))))
        d = r.randint(3, min(9, 28 - w))
        l = 28 - w - d
        gf = round(w * 2.1 + d * 0.9 + r.randint(2, 9))
        ga = round(l * 2.0 + d * 0.9 + r.randint(2, 9))
        recs.append((3 * w + d, gf - ga, t, w, d, l, gf, ga))
    recs.sort(reverse=True)
    for i, (p, ds, t, w, d, l, gf, ga) in enumerate(recs, 1):
        rows.append(f"{i}\t{t}\t28\t{w}\t{d}\t{l}\t{gf}\t{ga}\t{ds:+d}\t{p}".replace("\t+0\t", "\t0\t"))
    return "Stand Eredivisie 2024/25 na speelronde 28\n" + "\n".join(rows) + "\n"


@doc("sports_table", "none", "amateur hockey standings and last results, space aligned, negative goal difference")
def standings_hockey(g):
    return """Heren 3 – 2e klasse D, stand na 14 wedstrijden

 1. MHC Zeist H3          14  11  2  1   35  36-14   +22
 2. HC Houten H2          14   9  3  2   30  41-22   +19
 3. Kampong H7            14   8  2  4   26  30-21    +9
 4. SCHC H5               14   6  4  4   22  25-24    +1
 5. MHC De Bilt H3        14   5  3  6   18  22-26    -4
 6. Fletiomare H4         14   4  2  8   14  19-30   -11
 7. HC Woerden H2         14   3  3  8   12  17-31   -14
 8. MHC Nieuwegein H3     14   2  1 11    7  13-35   -22

Uitslagen zondag: Kampong H7 – MHC Zeist H3 1-3, HC Woerden H2 – SCHC H5 2-2
Volgende week: thuis tegen Houten, 12.30 uur veld 2. Verzamelen 11.45.
"""


@doc("timetable", "none", "train timetable copied from a journey planner (times, platforms, transfers)")
def timetable_train(g):
    return """Utrecht Centraal → Groningen  di 18 nov

07:14  Utrecht Centraal  spoor 11   IC 529 richting Groningen
08:20  Zwolle            spoor 3    aankomst
08:27  Zwolle            spoor 1    IC 10930 (overstap 7 min)
09:17  Groningen         spoor 2b   aankomst
Reistijd 2:03   overstappen 1x   € 27,90 (vol tarief, 2e klas)

07:44  Utrecht Centraal  spoor 12   IC 531 richting Groningen
09:47  Groningen         spoor 2a   aankomst
Reistijd 2:03   geen overstap   drukte: hoog

Let op: werkzaamheden tussen Amersfoort en Zwolle op 22 en 23 november.
"""


@doc("timetable", "none", "ferry timetable (dienstregeling) with departure times and fares")
def timetable_ferry(g):
    return """Dienstregeling veerdienst Harlingen – Terschelling, winter 2025/2026

Vertrek Harlingen    Vertrek Terschelling    Boot
06:45*               08:40*                  Sneldienst
09:00                11:40                   Veerboot
11:25                13:45                   Sneldienst
14:30                17:00                   Veerboot
19:00                20:40                   Veerboot (vr en zo)
* niet op zon- en feestdagen

Retour volwassene € 31,40 | kind 4-11 jaar € 15,80 | fiets € 17,60 | auto vanaf € 126,00
Reserveren voor auto's verplicht. Reistijd veerboot ca. 2 uur, sneldienst 45 minuten.
"""


@doc("product_spec", "none", "laptop product specifications with numbers and a price")
def spec_laptop(g):
    return """Specificaties – Lenovo ThinkPad T14 Gen 5 (21ML0034MH)

Processor        Intel Core Ultra 7 155U (12 cores, tot 4,8 GHz)
Geheugen         32 GB LPDDR5x-6400 (gesoldeerd)
Opslag           1 TB SSD M.2 2280 PCIe Gen4
Scherm           14" WUXGA (1920 x 1200) IPS, 400 nits, 100% sRGB
Accu             52,5 Wh, tot 14,2 uur (MobileMark 2018)
Aansluitingen    2x USB-C 40 Gbit/s, 2x USB-A 5 Gbit/s, HDMI 2.1, RJ-45
Gewicht          vanaf 1,31 kg
Afmetingen       315,9 x 223,7 x 17,7 mm
Garantie         3 jaar on-site

Adviesprijs      € 1.649,00 incl. btw
Artikelnummer    1047823 | EAN 0197529876543
"""


@doc("product_spec", "none", "heat pump datasheet with kW, COP, SCOP, dB(A) and list price")
def spec_heatpump(g):
    return """Technische gegevens lucht/water-warmtepomp AeroTherm 8 Mono

Vermogen verwarmen (A7/W35)          7,9 kW
COP (A7/W35)                         4,92
SCOP gemiddeld klimaat (W35)         4,61    energieklasse A+++
Vermogen koelen (A35/W18)            6,8 kW
Geluidsvermogen buitenunit           52 dB(A)
Geluidsdruk op 3 m                   33 dB(A)
Koudemiddel                          R290, 0,9 kg
Max. aanvoertemperatuur              70 °C
Elektrische aansluiting              230 V / 16 A
Afmetingen (h x b x d)               872 x 1.144 x 470 mm
Gewicht                              98 kg

Adviesprijs excl. installatie: € 6.495,- | ISDE-subsidie 2025: € 2.625,-
"""


# ---------------------------------------------------------------- work administration


@doc("timesheet", "none", "weekly timesheet (urenstaat), Excel copy with CRLF and title row: hours per project, not money")
def timesheet(g):
    rows = [("P-2301 Implementatie Exact", [4, 6, 2.5, 0, 3.5]), ("P-2317 Migratie fileserver", [2.5, 0, 4, 0, 2]),
            ("Intern overleg", [1.5, 0.5, 1.5, 0, 0.5]), ("Opleiding", [0, 1.5, 0, 0, 0]), ("Ziek/verlof", [0, 0, 0, 8, 0])]
    out = ["Urenstaat week 41 – Jeroen de Bruijn\t\t\t\t\t\t", "Project\tma\tdi\two\tdo\tvr\tTotaal"]
    for p, hs in rows:
        out.append(f"{p}\t" + "\t".join(nl(h, 1) if h else "" for h in hs) + f"\t{nl(sum(hs), 1)}")
    out.append("Totaal\t" + "\t".join(nl(sum(hs[d] for _, hs in rows), 1) for d in range(5)) +
               f"\t{nl(sum(sum(hs) for _, hs in rows), 1)}")
    out.append("Akkoord leidinggevende:\t\t\t\t\t\t")
    return crlf("\n".join(out) + "\n")


@doc("timesheet", "none", "English monthly hours log of a freelancer with rate and amount to invoice")
def hours_log_en(g):
    r = g.r
    rows = ["Date        Client        Task                         Hours"]
    tot = 0
    for d in (2, 3, 7, 9, 10, 14, 16, 21, 23, 28):
        h = r.choice([2, 3.5, 4, 6, 7.5, 8])
        tot += h
        rows.append(f"{d:02d}/10/2025  Hofstad Care  {r.choice(['sprint review', 'API integration', 'bug fixing', 'deployment', 'code review']):<29}{h:>5}")
    rows += [f"{'Total hours':<54}{tot:>5}", f"Rate EUR 92.50/h  ->  EUR {en(tot * 92.5, 2)} excl. VAT"]
    return "\n".join(rows) + "\n\nCan you turn this into a short invoice text?\n"


@doc("inventory", "none", "inventory count CSV (system vs counted vs difference, decimal commas): looks like budget vs actual but counts stock units")
def inventory(g):
    r = g.r
    arts = [("10023", "Schroef RVS 4x40 (doos 200)", "doos"), ("10031", "Plug nylon 8mm (doos 100)", "doos"),
            ("20110", "Kabelgoot 60x40 wit", "m"), ("20117", "Installatiebuis 16mm", "m"), ("30004", "Siliconenkit transparant", "stuk"),
            ("30012", "PUR-schuim 750ml", "stuk"), ("40200", "Koperpijp 15mm", "m"), ("40215", "Knelkoppeling 15mm", "stuk"),
            ("50001", "Werkhandschoen mt 10", "paar")]
    lines = ["artikel;omschrijving;eenheid;locatie;systeem;geteld;verschil"]
    for a, o, e in arts:
        s = r.randint(5, 400) + (r.randint(0, 9) / 10 if e == "m" else 0)
        t = s + r.choice([0, 0, 0, -1, -2, 1, -0.5 if e == "m" else 3])
        lines.append(f"{a};{o};{e};{r.choice(['A', 'B', 'C'])}{r.randint(1, 12):02d};{nl(s, 1)};{nl(t, 1)};{nl(t - s, 1)}")
    return "Telling bus 3 (Rik), 28-12-2025\n" + "\n".join(lines) + "\n"


@doc("planning", "none", "staff roster / shift planning sheet with names, dates, shift times")
def roster(g):
    return """Rooster week 47 – Bakkerij Winkel Centrum
\tma 17-11\tdi 18-11\two 19-11\tdo 20-11\tvr 21-11\tza 22-11
Naima\t07:00-13:00\t07:00-13:00\t\t\t07:00-15:30\t07:00-15:30
Bas\t\t12:30-18:00\t12:30-18:00\t12:30-18:00\t\t
Lieke\t13:00-18:00\t\t07:00-13:00\t07:00-13:00\t12:30-18:00\t
Emre\t\t\t13:00-18:00\t13:00-21:00\t15:00-21:00\t08:00-17:00
Chantal (oproep)\t\t\t\t\t\t12:00-17:00
Totaal uren\t11\t11,5\t16,5\t19,5\t20\t22,5

Koopavond donderdag: Emre tot 21:00. Ruilen alleen via de groepsapp en na akkoord van Petra.
"""


@doc("planning", "none", "project planning with weeks, milestones and percent complete (Markdown)")
def project_planning(g):
    return """| # | Activiteit | Start | Eind | Gereed | Wie |
|---|---|---|---|---|---|
| 1 | Inventarisatie wensen | wk 36 | wk 37 | 100% | Marloes |
| 2 | Selectie leverancier | wk 38 | wk 41 | 80% | Joost |
| 3 | Inrichting testomgeving | wk 42 | wk 43 | 0% | ICT |
| 4 | Datamigratie (proef) | wk 44 | wk 45 | 0% | ICT + Joost |
| 5 | Training key-users (12 pers.) | wk 46 | wk 46 | 0% | leverancier |
| 6 | Livegang | wk 48 | wk 48 | 0% | allen |

Buffer: 2 weken. Go/no-go in het MT-overleg van 24 november.
"""


@doc("grades", "none", "school report card (cijferlijst) with grades and averages")
def grades(g):
    r = g.r
    vakken = ["Nederlands", "Engels", "Duits", "Wiskunde A", "Economie", "Geschiedenis", "Biologie", "LO"]
    rows = ["Cijferlijst periode 2 – 4 havo – Sophie", "", "| Vak | Toets 1 | Toets 2 | PO | Gemiddeld |", "|---|---|---|---|---|"]
    for v in vakken:
        if v == "LO":
            rows.append("| LO | V | G | – | G |")
            continue
        c = [round(r.uniform(4.5, 8.9), 1) for _ in range(3)]
        rows.append(f"| {v} | " + " | ".join(nl(x, 1) for x in c) + f" | {nl((c[0] + c[1] + 2 * c[2]) / 4, 1)} |")
    return "\n".join(rows) + "\n\nKun je een planning maken zodat ik economie en Duits voor de herkansing kan leren?\n"


# ---------------------------------------------------------------- public figures


@doc("stock_prices", "none", "public AEX overview copied from a financial website (tab-separated, %, volume): published prices")
def aex(g):
    r = g.r
    fonds = [("Adyen", 1420, 1e5), ("Ahold Delhaize", 34.5, 2.5e6), ("ASM International", 480, 2e5), ("ASML", 720, 1e6),
             ("ASR Nederland", 55, 4e5), ("BE Semiconductor", 125, 5e5), ("Heineken", 72, 8e5), ("ING Groep", 19.8, 9e6),
             ("KPN", 3.85, 8e6), ("NN Group", 52, 6e5), ("Philips", 23.5, 2e6), ("Prosus", 52, 2e6), ("Randstad", 38, 4e5),
             ("Shell", 31, 5e6), ("Unilever", 51, 2.5e6), ("Wolters Kluwer", 135, 5e5)]
    rows = ["AEX\t912,47\t-0,38%", "Fonds\tLaatst\tVerschil\tVerschil %\tVolume\tTijd"]
    for f, base, vol in fonds:
        p = base * r.uniform(.94, 1.06)
        d = p * r.uniform(-.025, .02)
        rows.append(f"{f}\t{nl(p, 2)}\t{nl(d, 2, True)}\t{nl(100 * d / p, 2, True)}%\t{nl(round(vol * r.uniform(.5, 1.6)))}\t17:35")
    return "\n".join(rows) + "\n\nKoersen met 15 minuten vertraging.\n"


@doc("news_results", "none", "news article on a listed company's published annual results (omzet, EBIT, nettowinst in prose): already public")
def news_nl(g):
    return """Veldhoven Groep verrast met hogere winst, aandeel stijgt 6 procent

AMSTERDAM (ANP) - Technologiebedrijf Veldhoven Groep heeft in 2024 meer verdiend dan analisten hadden
verwacht. Het in Amsterdam genoteerde bedrijf maakte donderdagochtend zijn jaarcijfers bekend.

De omzet steeg met 8 procent tot 2,31 miljard euro. Het bedrijfsresultaat (EBIT) kwam uit op 284 miljoen
euro, tegen 251 miljoen een jaar eerder. De nettowinst steeg naar 198 miljoen euro. Analisten rekenden
gemiddeld op 187 miljoen. Het dividend gaat omhoog naar 1,12 euro per aandeel.

Topman Martijn Prins spreekt van "een sterk jaar in een lastige markt". Voor 2025 verwacht het bedrijf
een omzetgroei van 4 tot 6 procent. De orderportefeuille stond eind december op 1,6 miljard euro.

Op het Damrak won het aandeel in de eerste handelsuren ruim 6 procent. De AEX stond 0,4 procent hoger.
"""


@doc("news_results", "none", "English wire story on a listed company's published quarterly results (sales, operating profit): already public")
def news_en(g):
    return """Meridian Foods Q3 sales beat forecasts, shares rise

Oct 23 (Reuters) - Meridian Foods reported third-quarter sales of 4.12 billion euros on Thursday, up 3.1%
on an organic basis and ahead of the 4.05 billion expected in a company-compiled analyst consensus.

Operating profit rose to 512 million euros from 488 million a year earlier, with the operating margin
widening to 12.4%. The company reiterated its full-year outlook of organic growth of 3-4%.

"Volumes are coming back in Europe," Chief Executive Anne Vermeulen told reporters on a call.

Shares in Meridian were up 4.2% at 61.30 euros by 0912 GMT, the top gainers on the STOXX 600 food index.

(Reporting by Joost Hendriks; Editing by Mark Potter)
"""


@doc("tax_guide", "none", "Belastingdienst-style worked example (winst, zelfstandigenaftrek, MKB-winstvrijstelling): published guidance with example amounts")
def tax_guide_nl(g):
    return """Voorbeeld: berekening belastbare winst uit onderneming 2025

U bent zelfstandig ondernemer en voldoet aan het urencriterium. Uw winst over 2025 is € 48.000.

Winst uit onderneming                         € 48.000
Zelfstandigenaftrek 2025                     -€  2.470
Winst na ondernemersaftrek                    € 45.530
MKB-winstvrijstelling (12,70%)               -€  5.782
Belastbare winst uit onderneming              € 39.748

Bent u startende ondernemer? Dan kunt u de startersaftrek van € 2.123 ook nog aftrekken.
De bedragen in dit voorbeeld zijn afgerond. U vult de belastbare winst in bij uw aangifte inkomstenbelasting.
"""


@doc("tax_guide", "none", "English expat tax guide with the 30% ruling worked example (public website text)")
def tax_guide_en(g):
    return """Example: how the 30% ruling affects your salary

Suppose your employment contract states a gross annual salary of €80,000 and you qualify for the
30% ruling (in 2025 the maximum tax-free allowance is 30% of the salary).

Gross salary                     €80,000
Tax-free allowance (30%)         €24,000
Taxable wage                     €56,000

Income tax is calculated on €56,000 instead of €80,000. The salary norm for 2025 is €46,660 (or
€35,468 for employees under 30 with a master's degree): your taxable wage must stay above it.

This example is a simplification. Check the Belastingdienst website or ask a tax adviser.
"""


@doc("energy_bill", "none", "energy supplier's annual statement of a household (jaarafrekening), PDF copy, refund in parentheses: private bill")
def energy_bill(g):
    return """Jaarafrekening energie 1 november 2024 – 31 oktober 2025
Klantnummer 40127733                               Vonk Energie

Elektriciteit  verbruik 2.874 kWh (normaal 1.302 / dal 1.572)
  Leveringskosten                                      € 683,41
  Vaste leveringskosten                                €  71,88
  Netbeheerkosten Stedin                               € 476,30
  Energiebelasting                                     € 282,05
  Vermindering energiebelasting                       (€ 635,19)
Gas  verbruik 1.108 m3
  Leveringskosten                                      € 1.392,76
  Vaste leveringskosten                                €   71,88
  Netbeheerkosten                                      €  246,54
  Energiebelasting                                     €  705,48

Totaal over de periode (incl. 21% btw)               € 3.295,11
Betaalde termijnbedragen (12 x € 285,00)             € 3.420,00
U ontvangt terug                                      (€ 124,89)

Uw nieuwe termijnbedrag wordt € 265,00 per maand.
"""


@doc("salary_scale", "none", "collective-agreement salary table (cao-loontabel) with scales and steps: published by the social partners")
def cao_scale(g):
    rows = ["Salaristabel cao Sociaal Werk per 1 januari 2025 (bedragen bruto per maand bij 36 uur)", "",
            "Trede\tSchaal 6\tSchaal 7\tSchaal 8\tSchaal 9\tSchaal 10"]
    base = [2_651, 2_793, 2_989, 3_236, 3_489]
    for t in range(0, 11):
        rows.append(f"{t}\t" + "\t".join(f"€ {nl(b * 1.028 ** t, 2)}" for b in base))
    return "\n".join(rows) + "\n\nBron: cao Sociaal Werk 2024–2026, bijlage 1. Eindejaarsuitkering 8,33%.\n"


@doc("mortgage_example", "none", "mortgage calculation example from a bank website (loan, rate, gross/net monthly payment): public example")
def mortgage(g):
    return """Rekenvoorbeeld annuïteitenhypotheek

Hypotheekbedrag                    € 350.000
Rentevaste periode                 10 jaar
Hypotheekrente                     3,85% (NHG)
Looptijd                           30 jaar

Bruto maandlast eerste maand       € 1.640,83
  waarvan rente                    € 1.122,92
  waarvan aflossing                €   517,91
Belastingvoordeel (37,48%)         €   420,87
Netto maandlast eerste maand       € 1.219,96

Dit rekenvoorbeeld is indicatief. De werkelijke rente en maandlasten hangen af van uw persoonlijke situatie.
Aan dit voorbeeld kunnen geen rechten worden ontleend.
"""


@doc("exercise", "none", "secondary-school business-economics exercise: draw up a balance from invented data (homework, not company figures)")
def textbook_exercise(g):
    return """Opgave 4.7 (bedrijfseconomie havo 4, hoofdstuk 4 – De balans)

Van eenmanszaak "Fietsenhandel Rinus" zijn per 1 januari 2025 de volgende gegevens bekend:
Gebouw € 180.000, inventaris € 24.000, voorraad fietsen € 36.000, debiteuren € 4.500, bank € 7.500,
hypothecaire lening € 120.000, crediteuren € 12.000, eigen vermogen: ?

a. Stel de beginbalans op en bereken het eigen vermogen.
b. Bereken de solvabiliteit (eigen vermogen / totaal vermogen) in procenten.
c. In januari koopt Rinus voor € 9.000 fietsen op rekening. Welke balansposten veranderen?

Ik snap b niet, is het antwoord 35%? Kun je het stap voor stap uitleggen?
"""


@doc("fine_letter", "none", "traffic fine letter (CJIB-style) with amount, admin costs and payment deadline")
def traffic_fine(g):
    return """Centraal Justitieel Incassobureau
Beschikking

Kenteken: GX-412-B
Datum overtreding: 3 september 2025, 14:26 uur
Pleegplaats: Utrecht, Waterlinieweg, richting Noord
Overtreding: overschrijding maximumsnelheid met 11 km/h (gemeten 81 km/h, toegestaan 70 km/h,
na correctie 78 km/h)

Bedrag sanctie              € 113,00
Administratiekosten         €  10,00
Te betalen                  € 123,00

Betaal vóór 15 oktober 2025 onder vermelding van betalingskenmerk 7412 0095 3318 2207.
Bent u het er niet mee eens? Dan kunt u binnen 6 weken beroep instellen bij de officier van justitie.
"""


@doc("price_compare", "none", "chat question comparing public mobile subscription prices")
def phone_plans(g):
    return """welke is het goedkoopst over 2 jaar als ik ongeveer 15 GB per maand gebruik?

Lebara 20 GB – € 12,50 p/m, maandelijks opzegbaar, eerste 3 maanden 50% korting
Simyo 15 GB – € 11,00 p/m, 1 jaar vast, daarna € 13,00
Odido Go 20 GB – € 17,50 p/m, 2 jaar, 10 euro korting op toestel
Vodafone Start 10 GB – € 15,00 p/m, 1 jaar, extra 5 GB voor € 4,50

nummerbehoud kost bij sommigen € 10 eenmalig, aansluitkosten Odido € 25
"""


@doc("weather", "none", "weather forecast table with temperatures, rain and wind")
def weather(g):
    return """Weersverwachting De Bilt

Dag     Min  Max  Neerslag  Kans  Wind
ma 3    6°   11°  2 mm      60%   ZW 4
di 4    8°   13°  6 mm      80%   Z 5
wo 5    7°   12°  0 mm      20%   W 3
do 6    4°    9°  1 mm      40%   NW 4
vr 7    2°    8°  0 mm      10%   N 2
za 8   -1°    7°  0 mm      10%   NO 2
zo 9    0°    8°  3 mm      50%   ZO 3

Zaterdagochtend kans op lichte vorst en mist in het oosten.
"""


@doc("sport_schedule", "none", "running training schedule with distances, paces and minutes")
def running_plan(g):
    return """Schema halve marathon – week 5 t/m 8 (doel: 1:55)

Week 5: di 6 km rustig (6:10/km) | do 5 x 1 km op 5:15, 2 min dribbel | zo 14 km duurloop
Week 6: di 7 km rustig | do 3 x 2 km op 5:25 | zo 16 km duurloop, laatste 3 km op 5:30
Week 7: di 6 km rustig | do 40 min tempo (5:35) | zo 18 km duurloop
Week 8 (herstel): di 5 km | do 6 x 400 m op 4:55 | zo 10 km rustig

Hartslag rustig: < 145. Totaal week 7: 34 km.
"""


@doc("order_confirmation", "none", "webshop order confirmation e-mail with items, shipping, VAT and total")
def order_confirmation(g):
    return """Bedankt voor je bestelling bij Bol!

Bestelnummer: A000XK8P2M
Besteldatum: 11 november 2025

1x Philips Airfryer XXL HD9270/90          € 199,99
2x Duracell Plus AA 12 stuks                € 25,98
1x Ravensburger puzzel 1000 stukjes          € 14,99
Verzendkosten                                € 0,00
Totaal (incl. btw)                           € 240,96
Waarvan btw 21%                              € 41,82

Verwachte bezorging: donderdag 13 november tussen 9:00 en 13:00.
Je betaalde met iDEAL.
"""


# ---------------------------------------------------------------- words that mark nothing


@doc("mail_disclaimer", "none", "ordinary mail planning a meeting with the standard Dutch 'kan vertrouwelijke informatie bevatten' disclaimer: it sits under every mail and marks nothing")
def mail_disclaimer_nl(g):
    return f"""Hoi Wilma,

Zullen we het overleg over de nieuwe werkplekken verzetten naar donderdag 20 november om 14.00 uur?
Ik heb zaal 2.14 gereserveerd. Neem jij de plattegrond van de tweede verdieping mee?

Groet,
Hans Willems
Facilitair coördinator | Gemeente Woerden
T 0348 428 911

{DISCLAIMER_NL}
"""


@doc("mail_disclaimer", "none", "ordinary English delivery update with the 'This e-mail and any attachments are confidential' footer: boilerplate, marks nothing")
def mail_disclaimer_en(g):
    return f"""Dear Ms Peters,

Your order PO-45521 (2 pallets of A4 copier paper) has left our warehouse in Venlo and will be delivered
on Tuesday between 08:00 and 12:00. The driver will call 30 minutes before arrival.

Kind regards,

Customer Service
Officeline Benelux B.V.

{DISCLAIMER_EN}
Please consider the environment before printing this e-mail.
"""


@doc("mail_disclaimer", "none", "reply chain about a team outing with both the Dutch and the English disclaimer: boilerplate, marks nothing")
def mail_disclaimer_chain(g):
    return f"""Top, ik ben erbij! Doe mij maar de vegetarische optie.

Mirjam

Van: Koen Brouwer
Verzonden: woensdag 1 oktober 2025 09:12
Aan: Team Inkoop
Onderwerp: Teamuitje 17 oktober

Hallo allemaal,

Het teamuitje is op vrijdag 17 oktober: om 13.00 uur suppen op de Vecht, daarna barbecue bij
Koen thuis. Laat je vóór vrijdag weten of je komt en of je vegetarisch eet?

Koen

--
{DISCLAIMER_NL}

{DISCLAIMER_EN}
"""


@doc("mail_disclaimer", "none", "payment reminder for one invoice plus the standard disclaimer: an amount and boilerplate, nothing confidential")
def mail_reminder(g):
    return f"""Geachte heer, mevrouw,

Volgens onze administratie is onderstaande factuur nog niet voldaan:

Factuurnummer   Datum        Vervaldatum   Bedrag
F2025-08812     02-09-2025   16-09-2025    € 1.842,35

Wilt u het bedrag binnen 7 dagen overmaken? Heeft u inmiddels betaald, dan kunt u deze herinnering
als niet verzonden beschouwen.

Met vriendelijke groet,
Afdeling Debiteurenbeheer
Drukkerij Van Leeuwen & Zn B.V.

{DISCLAIMER_NL}
"""


@doc("privacy_notice", "none", "webshop privacy statement 'Uw gegevens worden vertrouwelijk behandeld': a public promise, not a marking")
def privacy_webshop(g):
    return """Privacy en veiligheid

Uw gegevens worden vertrouwelijk behandeld. Wij gebruiken uw naam, adres en e-mailadres alleen om uw
bestelling af te handelen en u op de hoogte te houden van de levering. Wij verkopen uw gegevens nooit
aan derden.

Betalingen verlopen via een beveiligde verbinding (SSL). Wij slaan geen creditcardgegevens op.

Wilt u weten welke gegevens wij van u hebben, of wilt u ze laten verwijderen? Stuur een e-mail naar
privacy@tuincentrumdeboer.nl. Wij reageren binnen 4 weken.

Laatst gewijzigd: 1 maart 2025
"""


@doc("privacy_notice", "none", "public contact form with 'wij gaan vertrouwelijk om met uw gegevens': a promise, not a marking")
def contact_form(g):
    return """Neem contact met ons op

Naam *
E-mailadres *
Telefoonnummer
Uw vraag *

[ ] Ik wil de nieuwsbrief ontvangen (max. 1x per maand)

Wij gaan vertrouwelijk om met uw gegevens en gebruiken ze alleen om uw vraag te beantwoorden.
Lees onze privacyverklaring.

[Verstuur]

* verplicht veld. Wij reageren binnen 2 werkdagen.
"""


@doc("job_ad", "none", "job ad for an HR adviser that mentions the 'vertrouwenspersoon' and salary scale")
def job_ad_nl(g):
    return """Vacature: HR-adviseur (32–36 uur)

Wat ga je doen?
Je adviseert leidinggevenden over verzuim, ontwikkeling en arbeidsvoorwaarden. Je bent daarnaast
het aanspreekpunt voor de externe vertrouwenspersoon en de klachtencommissie, en je organiseert
samen met de OR de jaarlijkse medewerkerspeiling.

Wat vragen wij?
- hbo-opleiding HRM of personeel & arbeid
- minimaal 3 jaar ervaring als HR-adviseur
- je kunt goed omgaan met vertrouwelijke informatie en bent integer

Wat bieden wij?
- salaris schaal 10 cao Gemeenten: € 3.937 – € 5.518 bruto per maand
- IKB-budget van 17,05%
- thuiswerkvergoeding en een NS Business Card

Solliciteren kan tot 15 december via werkenbij.gemeentehouten.nl.
"""


@doc("job_ad", "none", "English job ad for a 'Finance Intern' that names budget-vs-actual and EBITDA tasks (no figures of the company)")
def job_ad_intern_en(g):
    return """Finance Intern (6 months, Amsterdam)

About the role
As our Finance Intern you support the FP&A team with the monthly close. You will help prepare
budget vs actual analyses, update the EBITDA bridge for the management pack and automate reports
in Power BI.

What we offer
- Internship allowance of €750 per month (full-time)
- Travel costs reimbursed
- A mentor from the controlling team and real responsibility

Who you are
- Student in Finance, Accounting or Econometrics (bachelor or master)
- Strong in Excel; SQL is a plus
- Available from February 2026 for at least 5 days a week

Apply before 1 December with your CV and a short motivation.
"""


@doc("nda_template", "none", "empty Dutch NDA template (geheimhoudingsovereenkomst) with blanks: about confidentiality, holds no secret")
def nda_nl(g):
    return """GEHEIMHOUDINGSOVEREENKOMST

De ondergetekenden:

1. [naam onderneming], gevestigd te [plaats], ingeschreven in het handelsregister onder nummer
   [KvK-nummer], hierbij vertegenwoordigd door [naam en functie], hierna: "Partij A";
2. [naam onderneming], gevestigd te [plaats], ingeschreven in het handelsregister onder nummer
   [KvK-nummer], hierbij vertegenwoordigd door [naam en functie], hierna: "Partij B";

komen het volgende overeen:

Artikel 1 – Vertrouwelijke informatie
Onder vertrouwelijke informatie wordt verstaan alle informatie die een partij in het kader van
[omschrijving project] aan de andere partij verstrekt, in welke vorm dan ook.

Artikel 2 – Geheimhouding
Partijen zullen de vertrouwelijke informatie geheimhouden en niet aan derden verstrekken zonder
voorafgaande schriftelijke toestemming van de andere partij.

Artikel 3 – Boete
Bij overtreding verbeurt de overtredende partij een direct opeisbare boete van € [bedrag] per
overtreding.

Artikel 4 – Duur
Deze overeenkomst geldt voor [aantal] jaar na ondertekening.

Aldus overeengekomen en ondertekend te ______________ op __-__-____

Partij A: ____________________          Partij B: ____________________
"""


@doc("nda_template", "none", "English mutual NDA template full of 'Confidential Information' and 'distribute', blanks unfilled: holds no secret")
def nda_en(g):
    return """MUTUAL NON-DISCLOSURE AGREEMENT (TEMPLATE)

This Agreement is made on [DATE] between [PARTY A], a company incorporated in [COUNTRY] ("Party A"),
and [PARTY B], a company incorporated in [COUNTRY] ("Party B").

1. Definition. "Confidential Information" means any information disclosed by either party that is
   marked "Confidential" or would reasonably be understood to be confidential.
2. Obligations. The receiving party shall not disclose or distribute Confidential Information to any
   third party and shall use it only for the Purpose: [DESCRIBE PURPOSE].
3. Exclusions. Information that is public, already known, or independently developed is not
   Confidential Information.
4. Term. This Agreement remains in force for [NUMBER] years.
5. Governing law. [JURISDICTION].

Signed: ____________ (Party A)    ____________ (Party B)
"""


@doc("gdpr_text", "none", "GDPR (AVG) article text on confidentiality and security of processing")
def gdpr(g):
    return """Artikel 32 AVG – Beveiliging van de verwerking

1. Rekening houdend met de stand van de techniek, de uitvoeringskosten, alsook met de aard, de omvang,
de context en de verwerkingsdoeleinden en de qua waarschijnlijkheid en ernst uiteenlopende risico's
voor de rechten en vrijheden van personen, treffen de verwerkingsverantwoordelijke en de verwerker
passende technische en organisatorische maatregelen om een op het risico afgestemd beveiligingsniveau
te waarborgen, die, waar passend, onder meer het volgende omvatten:
a) de pseudonimisering en versleuteling van persoonsgegevens;
b) het vermogen om op permanente basis de vertrouwelijkheid, integriteit, beschikbaarheid en
veerkracht van de verwerkingssystemen en diensten te garanderen;
c) het vermogen om bij een fysiek of technisch incident de beschikbaarheid van en de toegang tot de
persoonsgegevens tijdig te herstellen;
d) een procedure voor het op gezette tijdstippen testen, beoordelen en evalueren van de
doeltreffendheid van de technische en organisatorische maatregelen ter beveiliging van de verwerking.
"""


@doc("word_intern", "none", "chat discussion about what 'intern' means (Dutch vs English, internist, internaat)")
def intern_discussion(g):
    return """[10:02] Fatima: wat is eigenlijk het verschil tussen een intern en een stagiair? mijn engelse collega zegt "our new intern"
[10:03] Ruben: in het engels is intern gewoon stagiair. in het nederlands is intern een bijvoeglijk naamwoord, zoals interne communicatie
[10:03] Fatima: en een internist?
[10:04] Ruben: dat is een arts voor interne geneeskunde haha, heeft er niks mee te maken
[10:04] Fatima: en een intern dan in het nederlands, zoals een leerling op een internaat?
[10:05] Ruben: ja, een intern is ook iemand die intern woont, op kostschool. ouderwets woord
[10:06] Fatima: taal is raar. schrijf je "intern overleg" of "interne overleg"?
[10:06] Ruben: het interne overleg, maar intern overleg zonder lidwoord
"""


@doc("word_intern", "none", "SEO blog post about 'interne links' and internal linking")
def seo_internal_links(g):
    return """Interne links: zo help je Google (en je bezoeker)

Een interne link is een link van de ene pagina op je website naar een andere pagina op dezelfde
website. Externe links verwijzen naar een andere website.

Waarom zijn interne links belangrijk?
1. Google ontdekt nieuwe pagina's via interne links.
2. Je verdeelt de autoriteit van sterke pagina's over de rest van je site.
3. Bezoekers blijven langer: gemiddeld 2,3 pagina's per bezoek in plaats van 1,4.

Tips
- Gebruik een beschrijvende ankertekst ("onze tarieven voor zonnepanelen" in plaats van "klik hier").
- Link vanuit elk blogartikel naar minstens 2 andere artikelen.
- Controleer regelmatig op kapotte interne links (404-fouten) met een tool als Screaming Frog.

Lees ook: 7 fouten in je interne linkstructuur.
"""


@doc("word_intern", "none", "hospital appointment letter for the internist (Interne Geneeskunde)")
def internist_letter(g):
    return """Afspraakbevestiging

Geachte mevrouw Kramer,

U heeft een afspraak bij de polikliniek Interne Geneeskunde.

Datum:    maandag 24 november 2025
Tijd:     10:40 uur (meldt u zich 10 minuten van tevoren)
Bij:      dr. S. Hoekstra, internist
Locatie:  route 42, begane grond

Neem mee: uw identiteitsbewijs, uw medicijnoverzicht van de apotheek en de uitslag van het
bloedonderzoek als dat elders is gedaan. Nuchter zijn is niet nodig.

Bent u verhinderd? Bel dan uiterlijk 24 uur van tevoren naar 088 320 5500.

Met vriendelijke groet,
Polikliniek Interne Geneeskunde
Ziekenhuis Eemzicht
"""


@doc("word_intern", "none", "team meeting agenda with 'intern overleg', 'interne audit' and 'interne verhuizing' items")
def agenda_intern(g):
    return """Agenda teamoverleg Kwaliteit – dinsdag 9 december, 10.00–11.30 uur

1. Opening en mededelingen
2. Terugblik interne audit ISO 9001 (bevindingen 3 minor, 0 major)
3. Planning externe audit 18 februari
4. Interne verhuizing naar de 3e verdieping: wie neemt wat mee?
5. Intern overleg met Productie over de klachtenregistratie
6. Kerstborrel 19 december
7. Rondvraag

Notulist: Joke
"""


@doc("changelog", "none", "software changelog with version numbers, dates, issue numbers")
def changelog(g):
    return """# Changelog

## [4.12.0] - 2025-10-28
### Added
- Export to CSV with a semicolon separator and decimal comma (#1842)
- Dark mode for the settings dialog (#1799)
### Fixed
- Crash when a document has more than 65,535 rows (#1851)
- Totals row rounded to 2 decimals instead of 4 (#1838)

## [4.11.3] - 2025-09-30
### Fixed
- Memory leak in the PDF renderer (+12 MB per page) (#1820)
- Timezone offset wrong for Europe/Amsterdam after DST change (#1816)

## [4.11.2] - 2025-09-12
### Security
- Bump libxml2 to 2.13.8 (CVE-2025-32414)
"""


@doc("it_ticket", "none", "IT helpdesk ticket: laptop cannot connect to VPN, error codes and build numbers")
def it_ticket(g):
    return """Ticket #INC-0048213   Prioriteit: 3 – normaal   Status: In behandeling
Melder: Anouk Smits (Financiën, toestel 2381)
Onderwerp: VPN maakt geen verbinding na Windows-update

Omschrijving:
Sinds de update van vanochtend (KB5044284, build 22631.4317) krijg ik bij het verbinden met de
VPN de melding "Error 809: The network connection between your computer and the VPN server could
not be established". Thuis en op de hotspot van mijn telefoon hetzelfde.

Laptop: HP EliteBook 840 G9, asset-tag NL-01877
FortiClient versie 7.2.4.0972

Actie servicedesk (14:05, Dennis): FortiClient verwijderd en 7.4.0.1658 geïnstalleerd, opnieuw
opgestart. Verbinding werkt weer. Melder vraagt of de update ook bij collega's wordt uitgerold.
"""


@doc("log", "none", "nginx access log with status codes, byte counts and response times")
def nginx_log(g):
    r = g.r
    paths = ["/api/v1/orders", "/api/v1/orders/88231", "/static/app.4f3a1c.js", "/login", "/api/v1/reports/monthly",
             "/health", "/internal/metrics"]
    out, sec = [], 0
    for i in range(14):
        sec += r.randint(2, 25)
        ip = f"10.{r.randint(0, 20)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        st = r.choice([200, 200, 200, 200, 304, 401, 404, 500, 502])
        p = r.choice(paths)
        out.append(f'{ip} - - [12/Nov/2025:09:{14 + sec // 60:02d}:{sec % 60:02d} +0100] "GET {p} HTTP/1.1" {st} {r.randint(120, 48_000)} '
                   f'"-" "Mozilla/5.0" rt={r.uniform(.002, 1.9):.3f}')
    return "waarom krijgen we af en toe een 502? dit is uit /var/log/nginx/access.log:\n\n" + "\n".join(out) + "\n"


@doc("log", "none", "application batch log with record counts, durations and a '500 Internal Server Error' line")
def batch_log(g):
    return """2025-11-03 02:00:01,117 INFO  [scheduler] job=nightly-import started
2025-11-03 02:00:03,402 INFO  [import] read 12344 records from sftp://partner/orders_20251102.csv (1.8 MB)
2025-11-03 02:00:09,876 WARN  [import] 17 records skipped: missing field 'delivery_date'
2025-11-03 02:00:14,011 INFO  [import] 12327 records written in 10.6 s (1163 rec/s)
2025-11-03 02:00:14,220 ERROR [notify] POST https://hooks.internal.example/notify -> 500 Internal Server Error (retry 1/3)
2025-11-03 02:00:19,230 INFO  [notify] retry 2/3 -> 200 OK
2025-11-03 02:00:19,501 INFO  [scheduler] job=nightly-import finished status=OK duration=18384ms heap=512MB/2048MB
"""


@doc("classification_policy", "none", "public information-classification guideline labelled 'Classificatie: Openbaar' that defines Intern/Vertrouwelijk/Geheim: describes the labels, is itself public")
def classification_policy(g):
    return """Richtlijn classificatie van informatie
Classificatie: Openbaar
Versie 1.4, vastgesteld door het college van B&W

Iedere medewerker bepaalt bij het maken van een document welke classificatie het krijgt. Wij
gebruiken vier niveaus:

Openbaar      – mag iedereen zien, bijvoorbeeld raadsstukken en persberichten.
Intern        – bedoeld voor medewerkers, schade bij uitlekken is beperkt (bijv. werkinstructies).
Vertrouwelijk – alleen voor een beperkte groep, bijvoorbeeld dossiers van inwoners.
Geheim        – alleen voor genoemde personen, bijvoorbeeld stukken over lopende aanbestedingen.

Zet de classificatie in de kop- of voettekst van het document. Twijfel je? Vraag het de CISO.
Deze richtlijn is gepubliceerd op de website van de gemeente.
"""


@doc("word_confidential", "none", "school letter about head lice: 'verspreiding voorkomen', 'niet verspreiden' in the sense of spreading lice")
def lice_letter(g):
    return """Beste ouders,

Na de luizencontrole van maandag is in groep 4 hoofdluis gevonden. Dat komt op elke school voor en
heeft niets met hygiëne te maken.

Help ons om de luizen niet verder te verspreiden:
- controleer uw kind de komende 2 weken elke 3 dagen met een luizenkam;
- kam bij luizen of neten 14 dagen lang dagelijks met crèmespoeling;
- hang jassen en mutsen in de luizenzak aan de kapstok.

Over 2 weken is er een nacontrole. Vragen? Bel de GGD, 030 630 5400.

Met vriendelijke groet,
Juf Hanneke en juf Iris
"""


@doc("word_confidential", "none", "public flyer on reporting domestic abuse with 'vertrouwelijk' advice and a helpline")
def veilig_thuis(g):
    return """Maak je je zorgen om iemand?

Bij Veilig Thuis kun je vertrouwelijk advies vragen als je denkt dat er sprake is van huiselijk geweld
of kindermishandeling. Je hoeft je naam niet te noemen. Een medewerker denkt met je mee over wat je
kunt doen.

Bel gratis 0800-2000, 24 uur per dag en 7 dagen per week, of chat via veiligthuis.nl.

Is er direct gevaar? Bel dan 112.

Ben je professional? Gebruik dan de meldcode en vraag advies aan de aandachtsfunctionaris of de
vertrouwensarts.
"""


@doc("word_confidential", "none", "English tech blog paragraph on 'confidential computing' with benchmark numbers")
def confidential_computing(g):
    return """What is confidential computing?

Confidential computing protects data while it is being processed, not only at rest and in transit.
It relies on hardware-based trusted execution environments (TEEs) such as Intel TDX and AMD SEV-SNP.
The memory of a confidential VM is encrypted with a key that the cloud provider cannot read.

In our benchmark a confidential VM (8 vCPU, 32 GB) ran the TPC-H workload with 6-9% overhead compared
with a regular VM; I/O-heavy queries showed up to 14% overhead.

Microsoft Azure, Google Cloud and AWS all offer confidential VMs, usually at a surcharge of about 10%.
"""


@doc("word_confidential", "none", "cinema programme listing the films 'L.A. Confidential' and 'The Intern' with times and prices")
def film_list(g):
    return """Filmhuis Lumen – programma week 46

do 13 nov  19:30  L.A. Confidential (1997, 138 min) – Classics-avond, inleiding door Bram
vr 14 nov  20:00  The Intern (2015, 121 min)
za 15 nov  14:00  Nijntje de film (2013, 70 min) – kinderen € 6,50
za 15 nov  21:15  Do Not Disturb (2025, 96 min) – première
zo 16 nov  16:00  L.A. Confidential (1997, 138 min)

Kaartjes € 11,50 | CJP/studenten € 9,00 | Filmhuispas 10x € 95,00
"""


@doc("license", "none", "MIT licence text ('distribute', 'sublicense') pasted with a question")
def mit_license(g):
    return """mag ik deze library in ons commerciële product gebruiken?

MIT License

Copyright (c) 2021 Daan van den Berg

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,
and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial
portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""


@doc("word_confidential", "none", "announcement of a member meeting whose agenda item is electing a 'vertrouwenscontactpersoon', with the club's public contribution proposal")
def club_meeting_invite(g):
    return """Uitnodiging Algemene Ledenvergadering – Zangvereniging Nieuw Leven

Datum: woensdag 21 januari 2026, 20.00 uur, zaal van De Harmonie

Agenda
1. Opening
2. Verslag van de ALV van januari 2025
3. Verkiezing vertrouwenscontactpersoon (kandidaat: Gerrit Postma)
4. Voorstel contributie 2026: van € 14,00 naar € 15,00 per maand
5. Concertreis naar Keulen in mei (eigen bijdrage circa € 120)
6. Rondvraag

De stukken liggen vanaf 7 januari ter inzage bij de secretaris.
"""


# ---------------------------------------------------------------- build and check

MARK = re.compile(r"⟦confidential(!?):(.*?)⟧", re.S)
MARKING = re.compile(r"(?i)vertrouwelijk|niet (verspreiden|delen)|intern|confidential|do not distribute")
KINDS = ("figures", "marked", "none")


def render(tpl):
    out, labels, pos = bytearray(), [], 0
    for m in MARK.finditer(tpl):
        out += tpl[pos:m.start()].encode("utf-8")
        start = len(out)
        out += m.group(2).encode("utf-8")
        labels.append({"start": start, "end": len(out), "tier": "hard" if m.group(1) else "core",
                       "text": m.group(2)})
        pos = m.end()
    out += tpl[pos:].encode("utf-8")
    if "⟦" in out.decode("utf-8") or "⟧" in out.decode("utf-8"):
        raise SystemExit("unbalanced marker")
    return bytes(out), labels


def check(name, kind, data, labels):
    errs = []
    text = data.decode("utf-8")
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if not 3 <= lines <= 80:
        errs.append(f"{lines} lines")
    if kind == "none" and labels:
        errs.append("quiet document with a label")
    if kind != "none" and len(labels) != 1:
        errs.append(f"alarming document with {len(labels)} labels")
    for l in labels:
        if data[l["start"]:l["end"]].decode("utf-8") != l["text"]:
            errs.append(f"offsets of {l['text'][:40]!r}")
        if l["text"] != l["text"].strip():
            errs.append(f"label with outer whitespace: {l['text'][:40]!r}")
        if kind == "figures" and len(re.findall(r"[0-9]", l["text"])) < 6:
            errs.append("figures label with hardly any digits")
        if kind == "marked" and not MARKING.search(l["text"]):
            errs.append(f"marked label without a marking: {l['text'][:40]!r}")
    if "\r" in text and "\r\n" not in text:
        errs.append("bare CR")
    return [f"{name}: {e}" for e in errs]


def main():
    uses = {}
    for family, kind, note, fn, params in DOCS:
        uses[fn.__name__] = uses.get(fn.__name__, 0) + 1
        assert kind in KINDS, kind
    errs = [f"template {k} used {v} times" for k, v in uses.items() if v > 2]
    order = list(range(len(DOCS)))
    random.Random(SEED).shuffle(order)
    docs_dir = os.path.join(HERE, "docs")
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    os.makedirs(docs_dir)
    all_labels, manifest, seen = [], [], {}
    for num, k in enumerate(order):
        family, kind, note, fn, params = DOCS[k]
        name = f"{num:04d}.txt"
        key = fn.__name__ + ("" if not params else ":" + json.dumps(params, sort_keys=True))
        data, labels = render(fn(Gen(key), **params))
        if data in seen:
            errs.append(f"{name}: same text as {seen[data]}")
        seen[data] = name
        with open(os.path.join(docs_dir, name), "wb") as f:
            f.write(data)
        errs += check(name, kind, data, labels)
        for l in labels:
            all_labels.append({"doc": name, "family": family, "type": "confidential", "start": l["start"],
                               "end": l["end"], "tier": l["tier"], "text": l["text"]})
        manifest.append({"doc": name, "family": family, "alarm": kind != "none", "kind": kind, "note": note})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in all_labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    # reread what was written: the label bytes must be in the files on disk
    for l in all_labels:
        with open(os.path.join(docs_dir, l["doc"]), "rb") as f:
            if f.read()[l["start"]:l["end"]] != l["text"].encode("utf-8"):
                errs.append(f"{l['doc']}: label bytes differ on disk")
    kinds = {k: sum(m["kind"] == k for m in manifest) for k in KINDS}
    alarm = kinds["figures"] + kinds["marked"]
    if alarm < 45:
        errs.append(f"only {alarm} alarming documents")
    if kinds["none"] < 55:
        errs.append(f"only {kinds['none']} quiet documents")
    tiers = {}
    for l in all_labels:
        tiers[l["tier"]] = tiers.get(l["tier"], 0) + 1
    print(f"{len(manifest)} documents: {kinds['figures']} figures, {kinds['marked']} marked, {kinds['none']} quiet; "
          f"labels: {tiers.get('core', 0)} core, {tiers.get('hard', 0)} hard")
    if "-v" in sys.argv:
        fam = {}
        for m in manifest:
            fam.setdefault((m["kind"], m["family"]), []).append(m["doc"])
        for (kind, family), ds in sorted(fam.items()):
            print(f"  {kind:8s} {family:22s} {len(ds):2d}  {' '.join(ds)}")
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
