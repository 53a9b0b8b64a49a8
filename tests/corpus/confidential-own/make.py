#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The confidential detector's own labelled sample: writes docs/NNNN.txt and
manifest.jsonl from the texts below (written by hand, one each; companies,
people and figures made up).  Standard library only:

    /usr/bin/python3 make.py
"""
import json
import os

T = "\t"
A = []  # (family, alarm, kind, note, text)


def alarm(family, kind, note, text):
    A.append((family, True, kind, note, text))


def quiet(family, note, text):
    A.append((family, False, "none", note, text))


# ---- alarm: statements and internal figures -------------------------------------------
alarm("pl_statement", "figures", "Excel copy, tabs, title rows, x EUR 1.000", f"""Van Dijk Installatietechniek B.V.
Winst-en-verliesrekening 2024 (x € 1.000)
{T}2024{T}2023
Netto-omzet{T}18.412{T}16.977
Kostprijs van de omzet{T}-11.205{T}-10.388
Brutomarge{T}7.207{T}6.589
Personeelskosten{T}-3.940{T}-3.611
Afschrijvingen{T}-612{T}-580
Overige bedrijfskosten{T}-1.187{T}-1.090
Bedrijfsresultaat{T}1.468{T}1.308
Financiële baten en lasten{T}-144{T}-161
Resultaat voor belastingen{T}1.324{T}1.147
Vennootschapsbelasting{T}-318{T}-270
Resultaat na belastingen{T}1.006{T}877
""")
alarm("pl_statement", "figures", "space-aligned PDF text with (negatives)", """                                   RESULTATENREKENING OVER 2024
                                                    2024              2023
                                                       €                 €
Omzet                                          4.218.730         3.904.115
Inkoopwaarde                                  (2.611.402)       (2.420.880)
Brutowinst                                     1.607.328         1.483.235
Lonen en salarissen                             (702.118)         (655.020)
Sociale lasten                                  (121.455)         (112.300)
Afschrijvingen                                   (88.120)          (91.640)
Bedrijfsresultaat                                 412.977           380.215
""")
alarm("pl_statement", "figures", "Markdown P&L in k€ pasted into a chatbot prompt", """Kun je deze P&L samenvatten voor de directie?

| (k€)            | Q1    | Q2    | Q3    | Q4    | FY    |
|-----------------|-------|-------|-------|-------|-------|
| Omzet           | 2.140 | 2.385 | 2.212 | 2.890 | 9.627 |
| Brutomarge      | 1.198 | 1.340 | 1.205 | 1.660 | 5.403 |
| Personeelskosten| -720  | -735  | -741  | -768  | -2.964|
| EBITDA          | 302   | 418   | 290   | 611   | 1.621 |
| Nettoresultaat  | 140   | 212   | 118   | 365   | 835   |
""")
alarm("pl_statement", "figures", "CSV with ; and decimal commas", """Periode;Omzet;Kostprijs;Brutomarge;Bedrijfskosten;EBIT
2025-01;412.884,20;-251.330,75;161.553,45;-118.200,00;43.353,45
2025-02;398.120,55;-243.880,10;154.240,45;-117.950,30;36.290,15
2025-03;455.902,80;-276.104,00;179.798,80;-121.410,60;58.388,20
2025-04;431.776,15;-262.018,40;169.757,75;-119.882,05;49.875,70
""")
alarm("pl_statement", "figures", "English P&L in EUR m", """Northwind Logistics BV - Income statement (EUR m)
                     FY2024   FY2023
Revenue               212.4    198.1
Cost of sales        -158.9   -149.7
Gross profit           53.5     48.4
Operating expenses    -31.2    -29.8
EBITDA                 28.6     24.9
Depreciation           -6.3     -6.3
Operating profit       22.3     18.6
Net income             15.1     12.2
""")
alarm("pl_statement", "figures", "bakery owner's lower-case notes", """cijfers bakkerij eerste halfjaar, voor de boekhouder:
omzet winkel 312.450
omzet horeca leveringen 88.120
inkoop grondstoffen -121.300
loonkosten -142.800
huur pand -36.000
resultaat ongeveer 62.000 (vorig jaar 48.500)
""")
alarm("balance_sheet", "figures", "balance sheet, Excel, activa and passiva", f"""Balans per 31 december 2024{T}{T}{T}
Activa{T}€{T}Passiva{T}€
Materiële vaste activa{T}1.245.000{T}Eigen vermogen{T}982.400
Voorraden{T}410.300{T}Voorzieningen{T}120.000
Debiteuren{T}366.780{T}Langlopende schulden{T}540.000
Liquide middelen{T}188.920{T}Crediteuren{T}568.600
Totaal{T}2.211.000{T}Totaal{T}2.211.000
""")
alarm("balance_sheet", "figures", "English balance sheet in thousands", """Consolidated balance sheet (EUR thousands)      30 June 2025   31 Dec 2024
Intangible assets                                    14,220        14,905
Property, plant and equipment                        38,410        37,002
Trade receivables                                    21,883        19,450
Cash and cash equivalents                             6,118         9,774
Total assets                                         80,631        81,131
Equity                                               35,902        33,480
Borrowings                                           24,000        26,500
Trade payables                                       20,729        21,151
""")
alarm("budget_actual", "figures", "budget vs actual per cost centre, tabs", f"""Kostenplaats{T}Begroting 2025{T}Realisatie t/m sep{T}Afwijking{T}%
Marketing{T}420.000{T}351.220{T}-68.780{T}-16,4%
ICT{T}615.000{T}640.115{T}25.115{T}4,1%
Huisvesting{T}288.000{T}279.400{T}-8.600{T}-3,0%
Opleidingen{T}95.000{T}41.870{T}-53.130{T}-55,9%
Totaal{T}1.418.000{T}1.312.605{T}-105.395{T}-7,4%
""")
alarm("budget_actual", "figures", "English budget vs actual, Markdown", """| Line item        | Budget  | Actual  | Variance |
|------------------|---------|---------|----------|
| Revenue          | 1,250.0 | 1,198.4 | -51.6    |
| Gross margin     |   512.5 |   470.2 | -42.3    |
| Personnel cost   |  -301.0 |  -309.8 | -8.8     |
| EBITDA           |   140.0 |    96.7 | -43.3    |
""")
alarm("forecast", "figures", "quarterly forecast in k€", """Prognose 2025 per kwartaal (k€)   Q1 real.   Q2 real.   Q3 prognose   Q4 prognose
Omzet                                 3.810      4.025        3.700         4.460
Brutomarge                            1.640      1.733        1.590         1.930
EBITDA                                  402        455          310           590
""")
alarm("forecast", "figures", "English rolling forecast", """Rolling forecast FY25 (EUR k)
Month      Revenue   Gross margin   Opex    EBITDA
Oct        1,402        588          -431     157
Nov        1,515        640          -440     200
Dec        1,880        802          -468     334
""")
alarm("cashflow", "figures", "kasstroomoverzicht, aligned", """Kasstroomoverzicht 2024 (indirecte methode)
Resultaat na belastingen                      612.400
Afschrijvingen                                188.000
Mutatie werkkapitaal                         (142.750)
Kasstroom uit operationele activiteiten       657.650
Investeringen in materiële vaste activa      (310.000)
Kasstroom uit investeringsactiviteiten       (310.000)
Aflossing langlopende lening                 (120.000)
Mutatie liquide middelen                      227.650
""")
alarm("cashflow", "figures", "English cash flow by quarter, CSV commas", """Cash flow statement,Q1,Q2,Q3
Operating cash flow,"1,204","988","1,451"
Capex,"-402","-515","-377"
Free cash flow,"802","473","1,074"
Net debt end of quarter,"12,880","12,420","11,390"
""")
alarm("margin_breakdown", "figures", "margin per customer, tabs", f"""Klant{T}Omzet 2024{T}Brutomarge{T}Marge %
Albert Groothandel{T}€ 1.204.300{T}€ 262.540{T}21,8%
Bouwmarkt Zuid{T}€ 845.120{T}€ 126.770{T}15,0%
Tegelhuis Oost{T}€ 610.900{T}€ 158.830{T}26,0%
Van Leeuwen Projecten{T}€ 402.450{T}€ 44.270{T}11,0%
""")
alarm("margin_breakdown", "figures", "revenue and margin per project, Markdown", """## Projectresultaten 2025 t/m augustus

| Project            | Omzet     | Kosten    | Marge    | Marge % |
|--------------------|-----------|-----------|----------|---------|
| Portaal gemeente   | 412.000   | 371.500   | 40.500   | 9,8     |
| ERP-migratie Kroon | 1.150.000 | 1.214.300 | -64.300  | -5,6    |
| Datawarehouse RZO  | 286.400   | 219.800   | 66.600   | 23,3    |
""")
alarm("salary_costs", "figures", "salary costs per department", f"""Loonkosten per afdeling 2025{T}{T}{T}{T}
Afdeling{T}FTE{T}Brutoloon{T}Sociale lasten{T}Pensioen{T}Totaal
Verkoop{T}12,4{T}712.300{T}142.460{T}71.230{T}925.990
Productie{T}38,0{T}1.902.000{T}380.400{T}190.200{T}2.472.600
Staf{T}9,2{T}598.100{T}119.620{T}59.810{T}777.530
""")
alarm("salary_costs", "figures", "English personnel cost by department", """People plan 2026 - personnel cost by department (EUR)
Department     Headcount   FTE    Personnel cost
Engineering       42       39.5     4,212,000
Sales             18       17.0     1,905,400
Support           11       10.2       802,100
G&A                9        8.4       911,750
""")
alarm("valuation", "figures", "DCF sheet", """Waardering Meijer Metaal (DCF, € mln)
                 2026   2027   2028   2029   2030
EBITDA           6,2    6,8    7,3    7,9    8,4
Capex           -1,9   -2,0   -2,1   -2,1   -2,2
FCF              3,1    3,5    3,8    4,3    4,6
WACC 9,5%   terminal growth 2,0%
Ondernemingswaarde 52,4   nettoschuld 11,0   equity value 41,4
""")
alarm("ledger", "figures", "proefbalans with debet and credit", """Proefbalans december 2025
Grootboekrekening              Debet          Credit
0100 Gebouwen              1.250.000,00
1100 Debiteuren              366.780,12
1600 Crediteuren                           568.600,40
8000 Omzet                               4.218.730,00
4000 Lonen                   702.118,00
Totaal                     6.820.114,77   6.820.114,77
""")
alarm("management_report", "figures", "monthly report month/YTD/budget", """Maandrapportage oktober 2025
                    Maand    Begroot    YTD        YTD begroot   Vorig jaar YTD
Omzet               812      850        7.410      7.650         6.980
Brutomarge %        41,2%    42,0%      40,8%      42,0%         39,9%
EBITDA              96       110        702        780           611
Werkkapitaal        2.310    2.100
""")
alarm("management_report", "figures", "covenant calculation for the bank", """Covenantberekening Q3 2025 (t.b.v. Rabobank)
EBITDA laatste 12 maanden        € 4.812.000
Netto rentedragende schuld       € 14.920.000
Leverage (max 3,50)              3,10
DSCR (min 1,20)                  1,34
Solvabiliteit (min 25%)          29,6%
""")
alarm("investment", "figures", "investment proposal", """Investeringsvoorstel nieuwe spuitgietmachine
Investering (capex)             € 1.850.000
Extra brutomarge per jaar       € 412.000
Terugverdientijd                4,5 jaar
NPV bij 8%                      € 640.000
IRR                             14,2%
""")
alarm("short_message", "figures", "WhatsApp with internal figures", """[14:02] Marco: Q3 omzet 4,2 mln, EBITDA 612k, marge 31%
[14:02] Marco: nog niet naar buiten brengen, eerst RvC
[14:05] Ilse: 👍 ik zeg niks""")
alarm("short_message", "figures", "Slack on ARR and churn, English", """#finance-leads
Tom  09:12
ARR is at €18.4m end of Q2, net churn 1.9% and gross margin 78%. Please don't share outside this channel until the board call.""")
alarm("short_message", "figures", "mail with preliminary results", """Beste Henk,

Hierbij alvast de voorlopige cijfers over september: omzet € 1.412.000 (begroot € 1.500.000),
brutomarge 38,5% en een EBITDA van € 164.000. De volledige rapportage volgt vrijdag.

Groet,
Annet""")
alarm("board_mail", "figures", "English board mail, Q3 flash in prose", """Dear board members,

Flash Q3: revenue came in at EUR 46.2m (budget 48.0m), EBITDA EUR 5.1m, net debt EUR 22.8m.
Gross margin was 33.4%, down from 35.1% last year. Full pack follows on Thursday.

Regards,
Sarah""")
alarm("margin_breakdown", "figures", "revenue per branch, upper-case report", """OMZET EN MARGE PER VESTIGING 2025 T/M SEPT
VESTIGING        OMZET        MARGE      MARGE%
AMERSFOORT     2.104.300     488.200      23,2
ZWOLLE         1.652.900     347.100      21,0
DEVENTER       1.120.450     201.680      18,0
""")
alarm("management_report", "figures", "KPI tiles copied from a dashboard", """Omzet YTD
€ 12,8 mln
+6,4% t.o.v. vorig jaar
Brutomarge
34,9%
EBITDA YTD
€ 1,92 mln
Orderportefeuille
€ 8,1 mln
""")

# ---- alarm: marked documents ------------------------------------------------------------
alarm("marked", "marked", "heading STRIKT VERTROUWELIJK", """STRIKT VERTROUWELIJK

Notitie reorganisatie klantenservice

Voorstel: de teams Zwolle en Apeldoorn worden per 1 april samengevoegd. Met de
ondernemingsraad wordt in februari gesproken.""")
alarm("marked", "marked", "classification label", """Classificatie: Vertrouwelijk
Versie: 0.3
Onderwerp: voorstel nieuwe tariefstructuur zakelijke klanten

Het MT wordt gevraagd in te stemmen met de uitgangspunten in paragraaf 2.""")
alarm("marked", "marked", "Concept – niet delen", """Concept – niet delen

Beste collega's,

Zoals jullie weten verkennen we al enige tijd een samenwerking met een partner in Duitsland.
We willen jullie hier graag als eersten over informeren.""")
alarm("marked", "marked", "English Confidential heading", """CONFIDENTIAL

Project Harbour – acquisition memo

The target operates four sites in the Benelux. We propose a non-binding offer next week.""")
alarm("marked", "marked", "Internal use only label", """Pricing update 2026 — Internal use only

- list prices go up 4% on 1 January
- key accounts keep their 2025 discount until renewal""")
alarm("marked", "marked", "Markdown banner", """> **Intern – niet verspreiden**

# Post-mortem storing betaalplatform 12 oktober

Oorzaak: een verlopen certificaat op de load balancer.""")
alarm("marked", "marked", "Niet verspreiden heading", """NIET VERSPREIDEN
Overzicht sleutelklanten en contractverlengingen 2026

Klant A: verlenging loopt, risico op vertrek.""")
alarm("marked", "marked", "subject line tag", """Onderwerp: [VERTROUWELIJK] gesprek met Vermeulen over overname
Van: Roos Hendriks
Aan: Directie

Ik heb gisteren met Vermeulen gesproken. Hij staat open voor een gesprek in januari.""")
alarm("marked", "marked", "footer with page number", """Planning uitrol nieuw kassasysteem

Fase 1: pilot in drie winkels vanaf week 10.
Fase 2: alle winkels in de regio Noord.

Vertrouwelijk | pagina 2 van 7""")
alarm("marked", "marked", "lower-case chat marking", """hoi, ff een update over de fusie
dit is echt strikt vertrouwelijk he, niet doorsturen
de aandeelhouders beslissen volgende week""")
alarm("marked", "marked", "Intern alone as heading", """Intern

Werkinstructie afhandeling klachten via de nieuwe portal, geldig vanaf 1 maart.""")
alarm("marked", "marked", "English strictly confidential sentence", """Hi Mark,

Please treat this as confidential: we are in talks with two bidders and expect a decision in March.

Thanks,
Eva""")
alarm("marked", "figures", "marked table with figures under it", """Strikt vertrouwelijk – alleen RvC

Voorlopig resultaat 2025      € 2.410.000
Begroot                       € 2.800.000
""")

# ---- quiet ------------------------------------------------------------------------------
quiet("invoice", "invoice with VAT", """FACTUUR 2025-0412
Schildersbedrijf De Kwast
Omschrijving                 Aantal   Prijs      Bedrag
Schilderwerk woonkamer       1        1.250,00   1.250,00
Verf en materiaal            1          186,40     186,40
Subtotaal                                        1.436,40
BTW 21%                                            301,64
Totaal te betalen                                1.738,04
""")
quiet("invoice", "English invoice", """INVOICE #INV-2291
Consulting services October      32 hours   EUR 95.00   EUR 3,040.00
Travel expenses                                          EUR 112.40
VAT reverse charged
Total due                                                EUR 3,152.40
""")
quiet("receipt", "supermarket receipt", """JUMBO Veenendaal
Bananen                 1,89
Halfvolle melk          1,15
Kaas jong belegen       6,49
Brood volkoren          2,39
TOTAAL                 11,92
PIN                    11,92
""")
quiet("price_list", "bicycle shop price list", """Prijslijst onderhoud 2025
Kleine beurt            € 49,00
Grote beurt             € 89,00
Band plakken            € 12,50
Ketting vervangen       € 24,95
""")
quiet("price_list", "SaaS pricing page", """Pricing
Starter     €9 / month     up to 3 users
Team        €29 / month    up to 15 users
Business    €79 / month    unlimited users, SSO
""")
quiet("household", "household budget begroot/werkelijk", f"""Huishoudboekje september{T}Begroot{T}Werkelijk{T}Verschil
Huur{T}1.150{T}1.150{T}0
Boodschappen{T}600{T}684{T}-84
Energie{T}180{T}165{T}15
Zorgverzekering{T}290{T}290{T}0
Kleding{T}100{T}142{T}-42
""")
quiet("household", "English household budget", """Our monthly budget
Rent           1,450
Groceries        520
Childcare        610
Car              240
Savings          300
""")
quiet("recipe", "recipe", """Appeltaart (8 personen)
300 gram bloem
200 gram roomboter
150 gram suiker
1 kg appels
Oven voorverwarmen op 180 graden, 60 minuten bakken.""")
quiet("sports", "football table", """Stand Eredivisie na 10 speelronden
Club          Gespeeld  Punten  Doelsaldo
PSV           10        28      +24
Feyenoord     10        23      +15
Ajax          10        19      +9
AZ            10        18      +6
""")
quiet("timetable", "train timetable", """Vertrek  Naar                Spoor
10:04    Utrecht Centraal    5
10:11    Amersfoort          3a
10:34    Utrecht Centraal    5
10:41    Zwolle              3b
""")
quiet("specs", "laptop specification", """Specificaties
Processor      Intel Core i7-1355U, 1,7 GHz
Geheugen       16 GB
Opslag         512 GB SSD
Scherm         14 inch, 1920 x 1200
Gewicht        1,38 kg
Prijs          € 1.099,00
""")
quiet("timesheet", "timesheet", f"""Urenstaat week 41{T}{T}{T}
Datum{T}Project{T}Uren{T}Omschrijving
07-10-2025{T}Intranet{T}7,5{T}bouw zoekfunctie
08-10-2025{T}Intranet{T}8,0{T}testen
09-10-2025{T}Overleg{T}2,5{T}teamoverleg
""")
quiet("inventory", "inventory count", """Voorraadtelling magazijn B, 30-09-2025
Artikel         Systeem   Geteld   Verschil
Schroef M6x30   1.200     1.184    -16
Moer M6         2.400     2.410    10
Ring 6mm        3.000     2.950    -50
""")
quiet("grades", "report card", """Rapport periode 1 - Sanne (klas 2b)
Nederlands   7,2
Engels       8,1
Wiskunde     6,4
Biologie     7,8
Gemiddelde   7,4
""")
quiet("stock", "AEX overview", """AEX slotkoersen vrijdag
ASML        642,30   +1,2%
Shell        31,05   -0,4%
Unilever     54,12   +0,3%
ING          15,88   +0,9%
""")
quiet("news", "news on published results", """Koninklijke Bakker Groep maakte donderdag de jaarcijfers bekend. De omzet steeg naar € 1,24 miljard,
de nettowinst kwam uit op € 88 miljoen. Analisten hadden gerekend op € 84 miljoen.
Het aandeel steeg in de ochtend 3,1%.""")
quiet("news", "English news on quarterly results", """Shares of Contoso rose 4% after the company reported third-quarter revenue of $12.1bn,
ahead of the $11.8bn analysts expected. Net income rose to $2.3bn. The company announced
a buyback of $5bn.""")
quiet("tax_guide", "tax guide with example", """Voorbeeld: u verdient € 42.000 per jaar. U betaalt in box 1 dan ongeveer € 15.400 belasting.
Daar gaat de algemene heffingskorting van € 3.068 en de arbeidskorting van € 5.532 vanaf.
Zo betaalt u per saldo € 6.800.""")
quiet("energy_bill", "energy bill", """Jaarafrekening energie 2025
Elektriciteit verbruik    2.840 kWh    € 712,30
Gas verbruik              1.105 m3     € 1.301,80
Netbeheerkosten                        € 478,20
Energiebelasting                       € 612,40
Betaalde termijnbedragen              -€ 3.240,00
Terug te ontvangen                     € 135,30
""")
quiet("disclaimer", "ordinary mail with Dutch disclaimer", """Hoi Kees,

Kun je morgen om 10:00 bellen over de planning?

Groet, Anja

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten.
Indien u dit bericht ten onrechte heeft ontvangen, verzoeken wij u de afzender te informeren.""")
quiet("disclaimer", "English disclaimer", """Thanks, see you Tuesday.

This e-mail and any attachments are confidential and intended solely for the addressee. If you have
received this e-mail in error, please notify the sender and delete it.""")
quiet("privacy", "privacy statement", """Privacyverklaring
Uw gegevens worden vertrouwelijk behandeld en niet aan derden verstrekt.
Wij bewaren uw gegevens niet langer dan nodig.""")
quiet("vertrouwenspersoon", "job ad with vertrouwenspersoon", """Wij bieden: 28 vakantiedagen, een pensioenregeling en een vertrouwenspersoon bij wie je terecht kunt.
Salaris: € 3.400 - € 4.600 bruto per maand, afhankelijk van ervaring.""")
quiet("nda_template", "empty NDA template", """GEHEIMHOUDINGSOVEREENKOMST

De ondergetekenden:
1. [naam bedrijf], gevestigd te [plaats], hierna "Partij A";
2. [naam], hierna "Partij B";

Artikel 1 – Vertrouwelijke informatie
Partij B zal alle informatie strikt vertrouwelijk behandelen.""")
quiet("nda_template", "English NDA template", """MUTUAL NON-DISCLOSURE AGREEMENT
This Agreement is entered into by [Company Name] ("Disclosing Party") and [Recipient] ("Receiving Party").
1. Confidential Information means all information disclosed by the Disclosing Party.
2. The Receiving Party shall keep the Confidential Information strictly confidential.""")
quiet("word_intern", "agenda with intern overleg", """Agenda dinsdag
09:00 intern overleg team Noord
11:00 interne audit ISO 9001
14:00 afspraak internist (Sanne)""")
quiet("word_intern", "job ad Finance Intern", """Finance Intern (stage, 6 maanden)
Je helpt bij de maandafsluiting, budget vs actual analyses en EBITDA-rapportages.
Stagevergoeding: € 600 per maand.""")
quiet("word_intern", "intern links in a CMS guide", """Interne links maak je met de knop 'Link invoegen'. Externe links openen in een nieuw tabblad.
Gebruik maximaal 3 links per alinea.""")
quiet("school_costs", "school trip costs", """Beste ouders,
De vrijwillige ouderbijdrage is dit jaar € 45. Het schoolreisje kost € 27,50 per kind.
Het kamp in groep 8 kost € 95. U kunt betalen via de link in de app.""")
quiet("mortgage", "mortgage example", """Rekenvoorbeeld hypotheek
Hypotheekbedrag        € 300.000
Rente (10 jaar vast)   3,9%
Bruto maandlasten      € 1.415
Netto maandlasten      € 1.190
""")
quiet("fine", "traffic fine", """Beschikking CJIB
Overtreding: snelheid overschreden met 14 km/h
Boete: € 179,00
Administratiekosten: € 9,00
Te betalen: € 188,00""")
quiet("phone_plan", "phone plans", """Sim only abonnementen
5 GB      € 9,50 per maand
20 GB     € 14,00 per maand
Onbeperkt € 25,00 per maand
""")
quiet("weather", "weather table", """Weerbericht
Dag    Temperatuur   Neerslag   Wind
Ma     14 °C         2 mm       ZW 4
Di     12 °C         8 mm       W 5
Wo     15 °C         0 mm       Z 3
""")
quiet("running", "running schedule", """Trainingsschema 10 km
Week 1: 3 x 20 minuten, tempo 6:30 min/km
Week 2: 3 x 25 minuten, tempo 6:15 min/km
Week 3: 2 x 30 minuten en 1 x 5 km""")
quiet("log", "application log", """2025-10-14 09:12:01.331 INFO  [http-8080] GET /api/orders 200 123 ms
2025-10-14 09:12:01.512 WARN  [http-8080] slow query 1.204 ms
2025-10-14 09:12:02.004 INFO  [worker-2] processed 1500 messages
2025-10-14 09:12:03.220 ERROR [worker-1] timeout after 30000 ms""")
quiet("changelog", "changelog", """## 2.4.1 (2025-09-30)
- Fix crash when importing files over 2 GB
- Faster start-up (1.8 s instead of 3.1 s)
## 2.4.0 (2025-09-01)
- New export to CSV""")
quiet("licence", "MIT licence", """Permission is hereby granted, free of charge, to any person obtaining a copy of this software, to deal in
the Software without restriction, including without limitation the rights to use, copy, modify, merge,
publish, distribute, sublicense, and/or sell copies of the Software.""")
quiet("exercise", "accounting homework", """Opgave 3.2
Handelsonderneming Pim heeft de volgende gegevens: omzet € 240.000, inkoopwaarde € 150.000,
personeelskosten € 40.000, afschrijvingen € 8.000.
Bereken de brutowinst en het bedrijfsresultaat.""")
quiet("cao", "cao salary table", """Salaristabel cao Metaal 2025
Schaal   Trede 0    Trede 1    Trede 2
A        2.310      2.365      2.420
B        2.480      2.540      2.601
C        2.690      2.755      2.822
""")
quiet("portfolio", "private share portfolio", """Mijn portefeuille
Aandeel     Aantal   Koers    Waarde
ASML        10       642,30   6.423,00
Ahold       50       31,20    1.560,00
Totaal                        7.983,00
""")
quiet("gross_net", "gross to net salary", """Loonstrook oktober
Brutoloon             € 3.800,00
Loonheffing          -€ 1.012,40
Pensioenpremie       -€ 212,80
Nettoloon             € 2.574,80""")
quiet("fuel", "fuel log", """Tankbeurten
02-09  42,1 liter  € 78,30  km 84.210
16-09  39,8 liter  € 74,02  km 84.890
30-09  41,5 liter  € 77,61  km 85.540""")
quiet("quote", "kitchen quote", """Offerte keuken
Keukenblok met apparatuur       € 8.450,00
Montage                         € 950,00
Aanrecht composiet              € 1.280,00
Totaal incl. btw                € 10.680,00""")
quiet("reminder", "payment reminder", """Herinnering
Wij hebben uw betaling van factuur 2025-311 (€ 412,50, vervaldatum 1 oktober) nog niet ontvangen.
Wilt u het bedrag binnen 7 dagen overmaken?""")
quiet("roster", "shift roster", """Rooster week 42
Ma  Anna 07:00-15:00  Bram 15:00-23:00
Di  Anna 07:00-15:00  Cem 15:00-23:00
Wo  Dirk 07:00-15:00  Bram 15:00-23:00""")
quiet("planning", "project planning", """Planning migratie
Week 40  inventarisatie
Week 42  testomgeving klaar
Week 45  livegang, 3 dagen nazorg""")
quiet("classification_policy", "public classification policy", """Classificatie: Openbaar

Informatieclassificatie bij de gemeente
Openbaar: informatie die iedereen mag zien.
Intern: informatie die alleen medewerkers mogen zien, zoals werkinstructies en roosters.
Vertrouwelijk: informatie die schade kan veroorzaken als die uitlekt, zoals persoonsgegevens.""")
quiet("headlice", "head lice letter", """Beste ouders,
In groep 4 is hoofdluis geconstateerd. Om te voorkomen dat het zich verder verspreidt, vragen wij u
uw kind vanavond te controleren. Een luizenkam kost ongeveer € 5 bij de drogist.""")
quiet("confidential_computing", "article on confidential computing", """Confidential computing protects data in use by running code in a hardware-based enclave.
Cloud providers now offer confidential VMs from about $0.10 per hour.""")
quiet("cinema", "cinema programme", """Filmhuis programma zaterdag
19:00  L.A. Confidential (1997)   € 11,50
21:30  The Intern (2015)          € 11,50
""")
quiet("club_meeting", "club members meeting", """Notulen ledenvergadering tennisclub
3. De vergadering kiest Marga de Boer als vertrouwenscontactpersoon.
4. De contributie gaat naar € 185 per jaar, jeugd € 95.""")
quiet("ticket", "IT ticket", """Ticket #48211 - laptop start niet
Prioriteit: normaal
Melder: receptie, toestel 2041
Oplossing: accu vervangen, 35 minuten.""")
quiet("exercise", "statistics homework", """Huiswerk wiskunde hoofdstuk 6
Bereken het gemiddelde van 12,5  14,2  9,8 en 11,1.
Rond af op 1 decimaal.""")
quiet("sports", "hockey table English", """Team        Played  Won  Drawn  Lost  Points
Hurricanes     8     6      1     1     19
Owls           8     5      2     1     17
Ravens         8     3      1     4     10
""")
quiet("recipe", "English recipe", """Banana bread
3 ripe bananas
250 g flour
100 g sugar
75 g butter, melted
Bake 55 minutes at 175 °C.""")
quiet("order", "order confirmation", """Bevestiging bestelling 100-2288
2 x Tuinstoel Lisa      € 79,98
1 x Parasol 3 m         € 49,95
Verzendkosten           € 6,95
Totaal                  € 136,88""")
quiet("veilig_thuis", "Veilig Thuis", """Veilig Thuis geeft vertrouwelijk advies. Bel gratis 0800-2000, 24 uur per dag.
U hoeft uw naam niet te noemen.""")
quiet("gdpr", "GDPR article on confidentiality", """Artikel 32 AVG vraagt passende maatregelen om de vertrouwelijkheid, integriteit en beschikbaarheid
van persoonsgegevens te waarborgen, zoals versleuteling en toegangsbeheer.""")
quiet("budget_personal", "wedding budget", """Budget bruiloft
Locatie        € 6.500
Catering       € 5.200
Fotograaf      € 1.400
Jurk en pak    € 1.900
Totaal         € 15.000""")
quiet("specs", "heat pump specification", """Warmtepomp WP-8
Vermogen          8 kW
SCOP              4,6
Geluidsniveau     52 dB(A)
Gewicht           98 kg
Afmetingen        1.100 x 900 x 450 mm""")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    docs = os.path.join(here, "docs")
    os.makedirs(docs, exist_ok=True)
    for name in os.listdir(docs):
        os.remove(os.path.join(docs, name))
    texts = set()
    with open(os.path.join(here, "manifest.jsonl"), "w", encoding="utf-8") as manifest:
        for i, (family, is_alarm, kind, note, text) in enumerate(A):
            assert text not in texts, note
            texts.add(text)
            name = "%04d.txt" % i
            with open(os.path.join(docs, name), "w", encoding="utf-8") as f:
                f.write(text)
            manifest.write(json.dumps({"doc": name, "family": family, "alarm": is_alarm,
                                       "kind": kind, "note": note}, ensure_ascii=False) + "\n")
    n_alarm = sum(1 for a in A if a[1])
    print("%d documents: %d alarm, %d quiet" % (len(A), n_alarm, len(A) - n_alarm))
    assert n_alarm >= 40 and len(A) - n_alarm >= 50


if __name__ == "__main__":
    main()
