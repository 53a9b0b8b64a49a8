/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-layouts.c: the detector on the layouts of the documents people copy:
 * printed reports, exports, API responses, code, chats, PDF forms, letters.
 * Each layout has its positives and the near misses next to them.  The texts
 * are written for these tests. */
#include "test-helpers.h"

/* The findings of @text as "type:match" joined by " | " (line breaks and tabs
 * shown as \n and \t), for one comparison per text. */
static char *
describe (const char *text)
{
  g_autoptr (GArray) findings = test_scan (text);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      const CgFinding *f = &g_array_index (findings, CgFinding, i);
      if (i > 0)
        g_string_append (s, " | ");
      g_string_append_printf (s, "%s:", cg_finding_type_to_string (f->type));
      for (gsize k = f->start; k < f->end; k++)
        {
          if (text[k] == '\n')
            g_string_append (s, "\\n");
          else if (text[k] == '\t')
            g_string_append (s, "\\t");
          else
            g_string_append_c (s, text[k]);
        }
    }
  return g_string_free (s, FALSE);
}

#define assert_findings(text, expected)                                                        \
  G_STMT_START                                                                                 \
  {                                                                                            \
    g_autofree char *_got = describe (text);                                                   \
    if (g_strcmp0 (_got, (expected)) != 0)                                                     \
      g_error ("%s:%d: in \"%s\"\n  expected: %s\n  found:    %s", __FILE__, __LINE__, (text), \
               (expected), _got);                                                              \
  }                                                                                            \
  G_STMT_END

/* ---- tables ------------------------------------------------------------- */

static void
test_aligned_table (void)
{
  /* a payroll journal printed to text: columns parted by runs of spaces */
  assert_findings ("Persnr  Naam             Sofinr      Geboortedatum\n"
                   "10231   J. de Wit        645290415   12-03-1980\n"
                   "10232   A. Yilmaz        759233275   01-11-1992\n",
                   "bsn:645290415 | bsn:759233275");
  /* the same numbers under a header that names order numbers */
  assert_no_finding ("Persnr  Naam             Ordernr     Datum\n"
                     "10231   J. de Wit        645290415   12-03-1980\n"
                     "10232   A. Yilmaz        759233275   01-11-1992\n");
  /* cells of a name column may hold commas: still a column of its own */
  assert_findings ("Naam              BSN          Afdeling\n"
                   "DEKKER, M.J.      425774624    Inkoop\n",
                   "bsn:425774624");
}

static void
test_header_further_up (void)
{
  /* A report whose header is followed by a rule line; the BSN column holds a
   * phone number and a failed id for others: each cell is decided alone. */
  const char *report = "Cliëntnr  Naam         Geb.        BSN          Woonplaats\n"
                       "--------  -----------  ----------  -----------  ----------\n"
                       "4411      P. Smit      02-02-1960  678417751    Ede\n"
                       "4412      K. Bos       13-07-1975  0612345678   Zeist\n"
                       "4413      L. Visser    30-01-1988  123456789    Ede\n"
                       "4414      M. de Boer   08-08-1990  798008398    Baarn\n";

  assert_findings (report, "bsn:678417751 | bsn:798008398");
}

static void
test_header_not_first (void)
{
  /* an Excel copy: a title row, an empty row of tabs, CRLF line ends */
  assert_findings ("Salarisoverzicht maart\r\n\t\t\r\nNaam\tSofinummer\tIBAN\r\n"
                   "Jan Bakker\t734537864\tNL91ABNA0417164300\r\n"
                   "Eva Smit\t104932521\tNL44RABO0123456789\r\n",
                   "bsn:734537864 | iban:NL91ABNA0417164300 | bsn:104932521 | "
                   "iban:NL44RABO0123456789");
  /* a semicolon export with a title and a blank line above the header */
  assert_findings ("Export klanten\n\nklant;naam;bsn\n17;Jansen;410354284\n", "bsn:410354284");
  /* the title names nothing: a bare number under "klant" is no BSN */
  assert_no_finding ("Export klanten\n\nklant;naam;saldo\n410354284;Jansen;12\n");
}

static void
test_address_cells (void)
{
  /* parts of one address in neighbouring cells: one address, a finding per
   * cell in one group, with or without a header */
  assert_findings ("straat;huisnummer;toevoeging;postcode;plaats\n"
                   "Molenweg;41;b;3911 AC;Rhenen\n",
                   "address:Molenweg | address:41 | address:b | address:3911 AC | address:Rhenen");
  assert_findings ("Molenweg;41;b;3911 AC;Rhenen\n",
                   "address:Molenweg | address:41 | address:b | address:3911 AC | address:Rhenen");
  assert_findings ("Ali\tKerkstraat\t12\t3511 AB\tUtrecht\n",
                   "address:Kerkstraat | address:12 | address:3511 AB | address:Utrecht");
  assert_findings ("naam\tstraat\tnr\tpostcode\twoonplaats\n"
                   "Ali\tKerkstraat\t12\t3511 AB\tUtrecht\n",
                   "address:Kerkstraat | address:12 | address:3511 AB | address:Utrecht");
  /* a comma CSV */
  assert_findings ("naam,straat,huisnummer,postcode,plaats\n"
                   "Ali,Dorpsstraat,8,7927 XP,Dordrecht\n",
                   "address:Dorpsstraat | address:8 | address:7927 XP | address:Dordrecht");
  /* parts apart, named by the header: each part found, as one address */
  assert_findings ("straat;naam;huisnummer;postcode\nKerkstraat;Ali;12;3511 AB\n",
                   "address:Kerkstraat | address:12 | address:3511 AB");
  /* numbers and codes in cells, but no address */
  assert_no_finding ("artikel;aantal;code;prijs\nschroef;41;b;3911\n");
  assert_no_finding ("Molenweg;41;b;3911\n");
}

/* ---- structured text --------------------------------------------------- */

static void
test_structured (void)
{
  assert_findings ("{\"klant\": {\"bsn\": \"922795356\", \"straat\": \"Molenweg\", "
                   "\"huisnummer\": 41, \"postcode\": \"3911 AC\", \"woonplaats\": \"Rhenen\"}}",
                   "bsn:922795356 | address:Molenweg | address:41 | address:3911 AC | "
                   "address:Rhenen");
  assert_findings ("{\"street\":\"Kerkstraat\",\"houseNumber\":\"12\",\"postalCode\":\"3511AB\","
                   "\"city\":\"Utrecht\"}",
                   "address:Kerkstraat | address:12 | address:3511AB | address:Utrecht");
  assert_findings ("<persoon><burgerservicenummer>215752697</burgerservicenummer>"
                   "<straat>Dorpsstraat</straat><huisnummer>8</huisnummer>"
                   "<postcode>7927 XP</postcode></persoon>",
                   "bsn:215752697 | address:Dorpsstraat | address:8 | address:7927 XP");
  assert_findings ("medewerker:\n  sofinummer: 775872064\n  straat: Kerkstraat\n"
                   "  huisnummer: 12\n  postcode: 3511 AB\n  plaats: Utrecht\n",
                   "bsn:775872064 | address:Kerkstraat | address:12 | address:3511 AB | "
                   "address:Utrecht");
  assert_findings ("bsn=457111100 zip=3911AC huisnummer=41", "bsn:457111100 | address:3911AC | "
                                                             "address:41");
  /* a key that names another number */
  assert_no_finding ("{\"orderId\": 922795356, \"klantnummer\": \"215752697\"}");
  assert_no_finding ("ticket=775872064 requestId=457111100");
}

static void
test_code_and_exports (void)
{
  assert_findings ("INSERT INTO klanten (naam, bsn, straat, huisnummer, postcode, plaats) VALUES\n"
                   "  ('Jansen', '645290415', 'Kerkstraat', 12, '3511 AB', 'Utrecht'),\n"
                   "  ('Smit', '759233275', 'Molenweg', 41, '3911 AC', 'Rhenen');",
                   "bsn:645290415 | address:Kerkstraat | address:12 | address:3511 AB | "
                   "address:Utrecht | bsn:759233275 | address:Molenweg | address:41 | "
                   "address:3911 AC | address:Rhenen");
  /* the same rows for orders */
  assert_no_finding ("INSERT INTO orders (klant, ordernr, bedrag) VALUES (12, 645290415, 30);");
  /* Python and JavaScript literals */
  assert_findings ("persoon = {'bsn': '425774624', 'postcode': '3911 AC', 'huisnummer': 41}",
                   "bsn:425774624 | address:3911 AC | address:41");
  assert_findings ("const p = { bsn: 678417751, postalCode: '3511 AB', houseNumber: '12' };",
                   "bsn:678417751 | address:3511 AB | address:12");
  /* a vCard's home address */
  assert_findings ("BEGIN:VCARD\nVERSION:3.0\nFN:Eva Smit\n"
                   "ADR;TYPE=HOME:;;Kerkstraat 12;Utrecht;;3511 AB;Nederland\nEND:VCARD\n",
                   "address:Kerkstraat 12 | address:Utrecht | address:3511 AB");
  /* an iCal description folded in the middle of a BSN */
  assert_findings (
      "BEGIN:VEVENT\r\nDESCRIPTION:Intake\\, BSN 1234\r\n 56782 meenemen\r\nEND:VEVENT\r\n",
      "bsn:1234\r\\n 56782");
  /* a JSON array of objects */
  assert_findings ("[{\"bsn\":\"798008398\"},{\"bsn\":\"734537864\"},{\"id\":\"104932521\"}]",
                   "bsn:798008398 | bsn:734537864");
}

/* ---- prose, chats and forms -------------------------------------------- */

static void
test_keyword_before_wrapped_line (void)
{
  assert_findings ("Op 3 maart vroeg de gemeente om het BSN\nvan mevrouw, dat is 104932521.",
                   "bsn:104932521");
  /* the line before names something else */
  assert_no_finding ("Op 3 maart vroeg de bank om het ordernummer\nvan mevrouw, dat is 104932521.");
}

static void
test_question_and_answer (void)
{
  assert_findings ("[09:12] Sanne de Vries: wat is je BSN? dan vul ik het formulier in\n"
                   "[09:13] Tom Bakker: momentje\n"
                   "[09:15] Tom Bakker: 410354284\n",
                   "bsn:410354284");
  assert_findings ("Sanne: en je burgerservicenummer?\nTom: 922795356\n", "bsn:922795356");
  /* answered with the leading zero lost, then with it */
  assert_findings ("[19:02] Inge: ik heb het bsn van Liv nodig\n[19:10] Harm: welk nummer?\n"
                   "[19:13] Harm: 14937438\n[19:15] Harm: o wacht er staat een 0 voor. 014937438\n",
                   "bsn:14937438 | bsn:014937438");
  /* asked for an order number */
  assert_no_finding ("[09:12] Sanne: wat is je ordernummer?\n[09:13] Tom: 410354284\n");
  /* the answer names another number */
  assert_no_finding ("[09:12] Sanne: wat is je BSN?\n[09:13] Tom: weet ik niet uit mijn hoofd\n"
                     "[09:20] Tom: wel mijn klantnummer: 410354284\n");
  /* too long after the question, and the chat went on */
  assert_no_finding ("Sanne: wat is je BSN?\nTom: later\nSanne: ok\nTom: lunch?\nSanne: ja\n"
                     "Tom: 12:30?\nSanne: prima\nTom: waar?\nSanne: kantine\nTom: top\n"
                     "Sanne: tot zo\nTom: doei\nSanne: hoi\nTom: 410354284\n");
}

static void
test_label_block (void)
{
  /* a PDF form copied: labels in one block, values in the next */
  assert_findings ("Naam\nGeboortedatum\nBSN\nAdres\n\nJ. Jansen\n12-03-1980\n922795356\n"
                   "Molenweg 8, 3911 AC Rhenen\n",
                   "bsn:922795356 | address:Molenweg 8, 3911 AC Rhenen");
  /* a larger form whose blocks other lines part (instructions, a page footer) */
  assert_findings ("Naam en voorletters\nBurgerservicenummer\nGeboortedatum\nAdres\n"
                   "Postcode en woonplaats\nTelefoonnummer\n"
                   "Vul alle velden in. Zonder burgerservicenummer kunnen wij niets doen.\n"
                   "Pagina 1 van 4\nLange, A.C. de\n554181058\n15-10-1974\nKerkstraat 123B\n"
                   "7317 EG Apeldoorn\n06-89383383\n",
                   "bsn:554181058 | address:Kerkstraat 123B\\n7317 EG Apeldoorn");
  /* a small one does not reach over other lines */
  assert_no_finding ("Naam\nBSN\nKlantnr\nZie de toelichting hieronder bij punt vier.\n"
                     "J. Jansen\n554181058\n1234\n");
  /* one value too few: the blocks do not pair */
  assert_no_finding ("Naam\nGeboortedatum\nBSN\nKlantnr\n\nJ. Jansen\n922795356\n");
}

static void
test_place_first_and_lower_case (void)
{
  assert_findings ("wonende te 6811 AB\nArnhem, Steenstraat 4 hs",
                   "address:6811 AB\\nArnhem, Steenstraat 4 hs");
  assert_findings ("ik woon sinds kort op de molenweg 8 in ede", "address:molenweg 8 in ede");
  assert_findings ("mijn adres is kerkstraat 12 in zeist", "address:kerkstraat 12 in zeist");
  assert_findings ("woonachtig aan de dorpsstraat 3 te baarn", "address:dorpsstraat 3 te baarn");
  /* lower case without a cue of a home */
  assert_no_finding ("we liepen de molenweg 8 keer op en neer in ede");
  /* a list of addresses typed as they come */
  assert_findings ("kerstkaarten 2025 - adressen\n\n- tante nel en ome cor kerkstraat 3 heeze\n"
                   "- jan & els de wit, molenweg 12a, gemonde\n",
                   "address:kerkstraat 3 heeze | address:molenweg 12a, gemonde");
  assert_no_finding ("boodschappen\n\n- kerkstraat 3 heeze ophalen\n- molenweg 12a, gemonde\n");
}

static void
test_leading_zero (void)
{
  assert_findings ("Naam;BSN\nA. Jansen;028065232\nB. Smit;43069630\n",
                   "bsn:028065232 | bsn:43069630");
  /* eight digits outside a BSN column are no BSN */
  assert_no_finding ("Naam;Klantnr\nB. Smit;43069630\n");
  assert_no_finding ("Factuur 43069630 is betaald.");
}

static void
test_keyword_typos (void)
{
  assert_findings ("burgerserivcenummer 215752697", "bsn:215752697");
  assert_findings ("sofi nr 775872064", "bsn:775872064");
  assert_findings ("bsm: 457111100", "bsn:457111100");
  assert_findings ("Burgerserv.nr. 645290415", "bsn:645290415");
  /* ordinary words are never read as a misspelt keyword */
  assert_no_finding ("bus 215752697");
  assert_no_finding ("basis 215752697");
  assert_no_finding ("personeel 215752697");
}

/* ---- values broken by layout -------------------------------------------- */

static void
test_broken_values (void)
{
  assert_findings ("IBAN: NL91 ABNA\n0417 1643 00", "iban:NL91 ABNA\\n0417 1643 00");
  assert_findings ("> rekening NL91ABNA04\n> 17164300", "iban:NL91ABNA04\\n> 17164300");
  /* no-break, narrow no-break and zero-width spaces */
  assert_findings ("BSN: 1234\xc2\xa0"
                   "56\xc2\xa0"
                   "782",
                   "bsn:1234\xc2\xa0"
                   "56\xc2\xa0"
                   "782");
  assert_findings ("BSN: 1234\xe2\x80\xaf"
                   "56\xe2\x80\xaf"
                   "782",
                   "bsn:1234\xe2\x80\xaf"
                   "56\xe2\x80\xaf"
                   "782");
  assert_findings ("IBAN NL91\xe2\x80\x8b"
                   "ABNA0417164300",
                   "iban:NL91\xe2\x80\x8b"
                   "ABNA0417164300");
  assert_findings ("Kerkstraat 12, 3511\xc2\xa0"
                   "AB Utrecht",
                   "address:Kerkstraat 12, 3511\xc2\xa0"
                   "AB Utrecht");
  /* digits typed in boxes, fullwidth digits */
  assert_findings ("BSN: 1 2 3 4 5 6 7 8 2", "bsn:1 2 3 4 5 6 7 8 2");
  assert_findings ("BSN |1|2|3|4|5|6|7|8|2|", "bsn:1|2|3|4|5|6|7|8|2");
  assert_findings ("BSN \xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94\xef\xbc\x95\xef\xbc\x96"
                   "\xef\xbc\x97\xef\xbc\x98\xef\xbc\x92",
                   "bsn:\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94\xef\xbc\x95\xef\xbc\x96"
                   "\xef\xbc\x97\xef\xbc\x98\xef\xbc\x92");
  /* a no-break space between words changes nothing */
  assert_no_finding ("zie\xc2\xa0man\xc2\xa0page 3 of 2048\xc2\xa0KB");
  /* boxes without a label are digits */
  assert_no_finding ("1 2 3 4 5 6 7 8 2");
}

static void
test_source_formats (void)
{
  /* TeX thin spaces, HTML entities, JSON escapes inside a value */
  assert_findings ("BSN & 702\\,158\\,495 \\\\", "bsn:702\\,158\\,495");
  assert_findings ("<td>BSN</td><td>4600&#160;87&#160;198</td>", "bsn:4600&#160;87&#160;198");
  assert_findings ("<td>BSN</td><td>656&#x202F;034&#x202F;828</td>",
                   "bsn:656&#x202F;034&#x202F;828");
  assert_findings ("<td>BSN</td><td>702&nbsp;158&nbsp;495</td>", "bsn:702&nbsp;158&nbsp;495");
  assert_findings ("{\"bsn\": \"218\\u00a0527\\u00a0913\"}", "bsn:218\\u00a0527\\u00a0913");
  assert_findings ("[{\"text\": \"ok. Bsn voor de zekerheid: 578336698 (staat ook op het "
                   "formulier)\"}]",
                   "bsn:578336698");
  /* between words the escapes stay what they are; a tie is no space elsewhere */
  assert_no_finding ("J.~de Graaf, ca.~123456782 keer");
  assert_no_finding ("Artikel&nbsp;123456782");
  assert_no_finding ("~123456782~");
}

static void
test_data_tools (void)
{
  /* pandas: an index column, right-aligned labels, NaN, floats, a wrapped frame */
  assert_findings (">>> df.head()\n"
                   "   relatienr  achternaam          bsn  geboortedatum  \\\n"
                   "0      10231       Evers  497080308.0     1978-09-11   \n"
                   "1      10232   Van Vliet          NaN     1974-04-16   \n"
                   "2      10233     Lammers   42449844.0     1963-01-13   \n",
                   "bsn:497080308 | bsn:42449844");
  /* psql and MySQL */
  assert_findings (" id | achternaam |    bsn    | afdeling\n"
                   "----+------------+-----------+----------\n"
                   "  1 | Evers      | 497080308 | HR\n"
                   "  2 | Mol        | 645290415 | HR\n(2 rows)\n",
                   "bsn:497080308 | bsn:645290415");
  assert_findings ("+-----+-----------+\n| nr  | bsn       |\n+-----+-----------+\n"
                   "| 201 | 497080308 |\n| 202 | 645290415 |\n+-----+-----------+\n",
                   "bsn:497080308 | bsn:645290415");
  /* a fixed-width list with an empty line under its header, grouped BSNs */
  assert_findings ("  DLNR    SOFINR     NAAM          UITK.\n\n"
                   "  007731  497080308  JONKER BP     WAO\n"
                   "  007734  645290415  MOL WM        WAO\n",
                   "bsn:497080308 | bsn:645290415");
  assert_findings ("Patnr   Naam            Geb.datum   BSN           HbA1c\n"
                   "40117   Scholten, H.H.  17-09-1960  497 080 308      66\n"
                   "40146   Kuipers, H.J.   14-07-1961  645 290 415      57\n",
                   "bsn:497 080 308 | bsn:645 290 415");
  /* numbered labels: "bsn_ouder1", "BSN ouder 1" */
  assert_findings ("leerling;bsn;bsn_ouder1\nTess;168348937;313586159\nLuuk;90658309;197947281\n",
                   "bsn:168348937 | bsn:313586159 | bsn:90658309 | bsn:197947281");
  assert_findings ("Nr\tBSN leerling\tOuder/verzorger 1\tBSN ouder 1\n"
                   "1\t168348937\tJ. Brink\t313586159\n2\t197947281\tA. Mol\t645290415\n",
                   "bsn:168348937 | bsn:313586159 | bsn:197947281 | bsn:645290415");
  /* a frame's narrow labels one space apart, the address parts in columns */
  assert_findings (">>> df[['naam', 'straat', 'huisnr', 'toev', 'postcode', 'plaats']]\n"
                   "             naam         straat  huisnr toev postcode    plaats\n"
                   "0     Faber, N.E.  Julianastraat      48   II   2808BZ     Gouda\n",
                   "address:Julianastraat | address:48 | address:II | address:2808BZ | "
                   "address:Gouda");
  /* the same shapes under other columns */
  assert_no_finding ("             naam         artikel  aantal toev ordernr    status\n"
                     "0     Faber, N.E.  Julianastraat      48   II   2808BZ     Gouda\n");
  assert_no_finding ("   relatienr  achternaam     ordernr\n"
                     "0      10231       Evers  497080308.0\n");
  assert_no_finding ("  DLNR    ORDERNR    NAAM\n\n  007731  497080308  JONKER BP\n");
  assert_no_finding ("Patnr   Naam            Klantnr\n"
                     "40117   Scholten, H.H.  497 080 308\n");
  /* a street with its number is a value, not a label */
  assert_no_finding ("Molenweg 1;497080308\nKerkstraat 2;645290415\n");
}

static void
test_repeats (void)
{
  /* once a BSN, every spelling of it in the text is */
  assert_findings ("BSN: 123456782.\nZie bijlage 1234.56.782 en 123 456 782.",
                   "bsn:123456782 | bsn:1234.56.782 | bsn:123 456 782");
  /* the same street and number again */
  assert_findings ("Adres: Kerkstraat 12, 3511 AB Utrecht.\nDe sleutel ligt op Kerkstraat 12.",
                   "address:Kerkstraat 12, 3511 AB Utrecht | address:Kerkstraat 12");
  /* a number that was never named stays a number */
  assert_no_finding ("Zie bijlage 123456782 en 123456782.");
}

static void
test_whole_address_span (void)
{
  assert_findings ("Stuur het naar mr. Troelstralaan 20, 8011 AB zwolle.",
                   "address:mr. Troelstralaan 20, 8011 AB zwolle");
  assert_findings ("Adres: Burg. de Withstraat 4, 3911 AC Rhenen",
                   "address:Burg. de Withstraat 4, 3911 AC Rhenen");
}

/* ---- what must not alarm ----------------------------------------------- */

static void
test_organisations (void)
{
  /* letterheads, signatures, invoices */
  assert_no_finding ("Bakkerij Jansen B.V.\nKerkstraat 12\n3511 AB Utrecht\nKvK 12345678\n");
  assert_no_finding ("Met vriendelijke groet,\n\nEmma de Wit\nAdviseur\nLindeboom Advies\n"
                     "Molenweg 41, 3911 AC Rhenen\nT 0317 123 456 | www.lindeboom.nl\n");
  assert_no_finding ("Bezoekadres: Dorpsstraat 8, 7927 XP Dordrecht");
  assert_no_finding ("Postadres: Kerkstraat 12, 3511 AB Utrecht");
  assert_no_finding ("Notariskantoor Smit, kantoorhoudende te 3511 AB Utrecht, Oudegracht 12");
  assert_no_finding ("Gemeente Rhenen, Molenweg 41, 3911 AC Rhenen");
  assert_no_finding ("Stichting De Linde\nDorpsstraat 8\n7927 XP Dordrecht");
  assert_no_finding ("Huisartsenpraktijk Ede, Molenweg 8, 6711 AB Ede");
  assert_no_finding ("Praktijk De Linde\nMolenweg 8\n6711 AB Ede");
  /* the person's own address in the same letter still alarms */
  assert_findings ("Bakkerij Jansen B.V.\nKerkstraat 12\n3511 AB Utrecht\nKvK 12345678\n\n"
                   "Aan: dhr. P. de Vries\nMolenweg 41\n3911 AC Rhenen\n",
                   "address:Molenweg 41\\n3911 AC Rhenen");
  /* a vCard's work address, a company's row in an export */
  assert_findings ("BEGIN:VCARD\nADR;TYPE=HOME:;;Kerkstraat 12;Utrecht;;3511 AB;Nederland\n"
                   "ADR;TYPE=WORK:;;Molenweg 41;Rhenen;;3911 AC;Nederland\nEND:VCARD\n",
                   "address:Kerkstraat 12 | address:Utrecht | address:3511 AB");
  assert_findings ("nr;soort;naam;straat;huisnummer;postcode;plaats\n"
                   "1;particulier;P. de Vries;Kerkstraat;12;3511 AB;Utrecht\n"
                   "2;zakelijk;Bouwbedrijf Smit B.V.;Molenweg;41;3911 AC;Rhenen\n",
                   "address:Kerkstraat | address:12 | address:3511 AB | address:Utrecht");
  /* places and shops by the words next to them (issue 18) */
  assert_no_finding ("KRUIDVAT FILIAAL 4412\nHoogstraat 61\n3011 PM Rotterdam\n");
  assert_no_finding ("Hotel De Wijnberg\nVrijthof 14\n6211 LE Maastricht\nT +31 (0)43 321 44 60\n");
  assert_no_finding ("Adres: Sportpark De Kuil, Sportlaan 4, 3848 PW Harderwijk");
  assert_no_finding ("in de Grote Kerk, Kerkplein 1, 9201 GA Drachten.");
  assert_no_finding ("Locatie: Dorpshuis De Schakel\nDorpsplein 3\n7933 PN Pesse\n");
  assert_no_finding ("in de trouwzaal van het oude raadhuis,\nKerkplein 6, 3441 BG Woerden.");
  assert_no_finding ("Q-Park Parkeergarage Stationsplein\nStationsplein 10\n3511 ED Utrecht\n");
  assert_no_finding ("DC Tilburg, Transportweg 12, 5048 AA Tilburg\n  art. 44012  pallets  38\n");
  assert_no_finding ("Magazijn Venlo, Industrieweg 9, 5928 PV Venlo");
  assert_no_finding ("Retourneren binnen 14 dagen in de winkel, Hessenweg 178 Harderwijk.");
  assert_no_finding ("DHL ServicePoint Bruna\nArendshof 38\n4901 HV Oosterhout\n"
                     "Openingstijden: ma-vr 9:00-18:00\n");
  assert_no_finding ("Sandra Meijer\nKantoor Zwolle\nDokter van Heesweg 2\n8025 AB Zwolle\n"
                     "T 038 456 78 90\n");
  assert_no_finding ("<Cdtr>\n  <Nm>Lemmens Groothandel B.V.</Nm>\n  <PstlAdr><AdrLine>Molenweg "
                     "41</AdrLine><AdrLine>3911 AC Rhenen</AdrLine></PstlAdr>\n");
  assert_no_finding ("{\n  \"warehouse\": {\n    \"street\": \"Molenweg\",\n    "
                     "\"houseNumber\": \"41\",\n    \"postalCode\": \"3911 AC\",\n    "
                     "\"city\": \"Rhenen\"\n  }\n}\n");
  assert_no_finding ("Afhalen kan ma-vr 9-17 uur:\nMolenweg 41\n3911 AC Rhenen\n");
  assert_no_finding ("Molenweg 41, 3911 AC Rhenen\ninfo@lindeboom.nl\n");
  /* a hyphenated name's last part, a venue's words, a line introducing the block */
  assert_no_finding ("Sint-Bavokerk, Grote Markt 22, 2011 RD Haarlem");
  assert_no_finding ("Schouwburg De Harmonie\nRuiterskwartier 4\n8911 BN Leeuwarden\n");
  assert_no_finding ("GAMMA\nHoogstraat 61\n3011 PM Rotterdam\nFiliaalnr 087\n");
  assert_no_finding ("Per 1 mei is Administratiekantoor Smit gevestigd op:\n\nMolenweg 41\n"
                     "3911 AC Rhenen\n\nOns telefoonnummer blijft gelijk.\n");
  /* a heading across an empty line; a clause after the address that is about
   * someone else; a compound of -instelling */
  assert_no_finding ("Routebeschrijving Smit Advocaten - kantoor Rhenen\n\n"
                     "Adres: Molenweg 41, 3911 AC Rhenen (ingang aan de zijkant)\n\n"
                     "Met de auto vanuit Utrecht neemt u de A12.\n");
  assert_no_finding ("Post voor de zorginstelling gaat naar De Linde, t.a.v. de\n"
                     "administratie, Molenweg 41, 3911 AC Rhenen, maar post voor mijn moeder\n"
                     "graag op haar eigen kamernummer.\n");
  assert_findings ("Beste Jan,\n\nMolenweg 41\n3911 AC Rhenen\n",
                   "address:Molenweg 41\\n3911 AC Rhenen");
  /* a list of one-line records with their labels on the left */
  assert_no_finding ("Onze winkels\n"
                     "Winkel Rhenen        Molenweg 41          3911 AC Rhenen    di-za 10-17\n"
                     "Winkel Utrecht       Kerkstraat 12        3511 AB Utrecht   di-za 9-18\n");
  g_assert_cmpuint (test_count ("Jan Smit             Molenweg 41          3911 AC Rhenen\n"
                                "Els de Wit           Kerkstraat 12        3511 AB Utrecht\n",
                                CG_FINDING_ADDRESS),
                    >=, 2);
  /* a possessive with "adres" is a person's; a place name ending in -kerk is no church */
  assert_findings ("wat is het adres van jullie nieuwe huis?\nmolenweg 41 3911ac rhenen\n"
                   "vlak bij het station!\n",
                   "address:molenweg 41 3911ac rhenen");
  assert_findings ("Mevr. A. Bakker\nMolenweg 41\n3861 AB Nijkerk\n",
                   "address:Molenweg 41\\n3861 AB Nijkerk");
  /* a table of organisations by its header, a table of people by theirs */
  assert_no_finding ("| Kantoor | Adres | Telefoon |\n|---|---|---|\n"
                     "| Utrecht | Kerkstraat 12, 3511 AB Utrecht | 030 123 4567 |\n");
  assert_no_finding ("crediteur;naam;straat;nr;postcode;plaats;kvk\n"
                     "2001;Peters;Molenweg;41;3911 AC;Rhenen;\n");
  assert_findings ("Voornaam\tAfdeling\tStraat\tHuisnr\tPostcode\tWoonplaats\n"
                   "Elif\tMagazijn\tMolenweg\t41\t3911 AC\tRhenen\n",
                   "address:Molenweg | address:41 | address:3911 AC | address:Rhenen");
  /* a person's by theirs: initials and a surname, a home, a BRP extract */
  assert_findings ("D.C. op de Weegh, Molenweg 19 hs, 3861 ZK Nijkerk, 06-64028862",
                   "address:Molenweg 19 hs, 3861 ZK Nijkerk");
  assert_findings ("het woonhuis met ondergrond,\nstaande en gelegen te Molenweg 41, 3911 AC "
                   "Rhenen,\nkadastraal bekend gemeente Rhenen, sectie K",
                   "address:Molenweg 41, 3911 AC Rhenen");
  assert_findings ("Straat en huisnummer        Vughterstraat 29 A\n"
                   "Postcode en woonplaats      5211 GE 's-Hertogenbosch\n"
                   "Gemeente van inschrijving   's-Hertogenbosch\n",
                   "address:Vughterstraat 29 A | address:5211 GE 's-Hertogenbosch");
  assert_findings ("Hij is vorige maand naar de Molenweg 41, 3911 AC Rhenen verhuisd.",
                   "address:Molenweg 41, 3911 AC Rhenen");
  /* and a company's IBAN always alarms */
  assert_findings ("Bakkerij Jansen B.V., IBAN NL91ABNA0417164300, KvK 12345678",
                   "iban:NL91ABNA0417164300");
}

static void
test_post_boxes (void)
{
  assert_no_finding ("Postbus 1234\n9700 AA  Groningen");
  assert_no_finding ("Antwoordnummer 10500, 3500 VB Utrecht");
  assert_no_finding ("Antwoordnummer 10500\n    3500 VB  Utrecht");
  assert_no_finding ("Postbus 94079\n1090 GB Amsterdam\n");
}

static void
test_belgian (void)
{
  /* a four-digit postcode without letters is not a Dutch address */
  assert_no_finding ("Drukkerij Vanderstraeten\nKortrijksesteenweg 210\n9830 Sint-Martens-Latem\n");
  assert_no_finding ("Mevr. A. Peeters, Kerkstraat 12, 2000 Antwerpen");
}

static void
test_years_and_titles (void)
{
  assert_no_finding ("geboren 3 maart 1971 te Leiden");
  assert_no_finding ("Zomer Markt 2025 in Utrecht");
  assert_no_finding ("Jaarverslag 2024 te Ede vastgesteld");
  assert_no_finding ("Sinds 1998 te Zeist werkzaam");
  /* a real postcode in capitals still counts */
  assert_findings ("Geboren te Leiden, wonend Kerkstraat 12, 2311 AB Leiden",
                   "address:Kerkstraat 12, 2311 AB Leiden");
}

static void
test_plural_vetoes (void)
{
  assert_no_finding ("de polissen met de nummers 1234.56.782 en 1112.22.333 zijn verlengd");
  assert_no_finding ("Facturen 1234.56.782 en 1112.22.333 staan open.");
}

/* ---- a long input read in pieces ----------------------------------------- */

static void
test_carry (void)
{
  g_autoptr (CgScanCarry) carry = cg_scan_carry_new ();
  const char *first = "Overzicht\n\nnaam;bsn;plaats\nJansen;645290415;Ede\nSmit;759233275;Baarn\n";
  const char *second = "Visser;425774624;Zeist\n";
  const char *prose = "Hierna volgt een brief.\nBeste Jan,\n";
  const char *context;
  gsize len;

  g_assert_null (cg_scan_carry_context (carry, &len));
  cg_scan_carry_feed (carry, first, strlen (first));
  context = cg_scan_carry_context (carry, &len);
  g_assert_cmpmem (context, len, "naam;bsn;plaats", 15);
  /* the table goes on through the next piece: the same header */
  cg_scan_carry_feed (carry, second, strlen (second));
  context = cg_scan_carry_context (carry, &len);
  g_assert_cmpmem (context, len, "naam;bsn;plaats", 15);
  /* a piece that ends inside a row ends, for this, at its last line end */
  cg_scan_carry_feed (carry, "Bos;1049", 8);
  g_assert_nonnull (cg_scan_carry_context (carry, &len));
  cg_scan_carry_feed (carry, "32521;Ede\n", 10);
  g_assert_nonnull (cg_scan_carry_context (carry, &len));
  /* prose ends the table */
  cg_scan_carry_feed (carry, prose, strlen (prose));
  g_assert_null (cg_scan_carry_context (carry, &len));
  /* a table without a header carries nothing */
  cg_scan_carry_feed (carry, "12;34;56\n78;90;12\n", 18);
  g_assert_null (cg_scan_carry_context (carry, &len));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/layouts/aligned-table", test_aligned_table);
  g_test_add_func ("/layouts/header-further-up", test_header_further_up);
  g_test_add_func ("/layouts/header-not-first", test_header_not_first);
  g_test_add_func ("/layouts/address-cells", test_address_cells);
  g_test_add_func ("/layouts/structured", test_structured);
  g_test_add_func ("/layouts/code-and-exports", test_code_and_exports);
  g_test_add_func ("/layouts/keyword-before-wrapped-line", test_keyword_before_wrapped_line);
  g_test_add_func ("/layouts/question-and-answer", test_question_and_answer);
  g_test_add_func ("/layouts/label-block", test_label_block);
  g_test_add_func ("/layouts/place-first-and-lower-case", test_place_first_and_lower_case);
  g_test_add_func ("/layouts/leading-zero", test_leading_zero);
  g_test_add_func ("/layouts/keyword-typos", test_keyword_typos);
  g_test_add_func ("/layouts/broken-values", test_broken_values);
  g_test_add_func ("/layouts/repeats", test_repeats);
  g_test_add_func ("/layouts/source-formats", test_source_formats);
  g_test_add_func ("/layouts/data-tools", test_data_tools);
  g_test_add_func ("/layouts/whole-address-span", test_whole_address_span);
  g_test_add_func ("/not-personal/organisations", test_organisations);
  g_test_add_func ("/not-personal/post-boxes", test_post_boxes);
  g_test_add_func ("/not-personal/belgian", test_belgian);
  g_test_add_func ("/not-personal/years-and-titles", test_years_and_titles);
  g_test_add_func ("/not-personal/plural-vetoes", test_plural_vetoes);
  g_test_add_func ("/pieces/carry", test_carry);
  return g_test_run ();
}
