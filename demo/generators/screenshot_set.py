"""Renders varied WhatsApp screenshots with a ground truth, for the screenshot redaction bench.

Each scene is an Android, iPhone or WhatsApp Web screenshot (Web with its chat list), light or
dark, PNG or JPEG, full size or scaled down, a one-to-one chat or a group (sender names, reply
quotes, system notices). Every personal-data item and every must-keep item drawn is recorded with
the pixel rectangles it occupies (one per text line, so an item wrapped over two lines has two).

The sets from this one module never share a seed or a word pool:
- the tuning set (`TUNING`): what the redaction may be tuned on;
- the blind set (`BLIND`): other names, numbers, streets and partly other sentence templates,
  measured only before and after. Its expected items are committed in
  `demo/generators/screenshot_sets/blind_expected.json`, so a changed generator shows up;
- the check set (`CHECK`): the blind set's templates with other values, to tune on;
- the second blind set (`BLIND2`): new values and its own templates (initials, quoted and
  bracketed names, +31 numbers, organisations, dates, letter references), measured only;
  expected items in `demo/generators/screenshot_sets/blind2_expected.json`;
- the third blind set (`BLIND3`): its own values and templates only, and scenes of their own
  (`_scene_rich` with `BLIND3_STYLE`): names of many origins, names that are ordinary words,
  initials and tussenvoegsels; phone numbers in +31/0031/dotted/dashed forms and landlines, grouped and
  ungrouped IBANs, dotted BSNs, house numbers with toevoegingen, postcodes spaced oddly, plates
  written in text, birth dates in several forms; group chats with several senders whose names are
  drawn in their own colour (an unsaved sender as a phone number with a "~ pushname"), forwarded
  messages, quoted replies that quote personal data, contact cards, system notices naming people,
  a member list in the header, Web chat-list previews cut off mid-item, other screen sizes.
  Measured only; expected items in `demo/generators/screenshot_sets/blind3_expected.json`.
- the fourth blind set (`BLIND4`), written before round 7 of the screenshot work: its own values
  and templates, the third set's scenes (`_scene_rich`) with texts of its own (`BLIND4_STYLE`):
  group chats with up to five senders, photos with a caption, long messages that wrap addresses,
  IBANs, phone numbers and e-mail addresses over lines, lowercase names, names that are ordinary
  words, Belgian/German IBANs, numbers with slashes, dots and dashes, the municipality's long
  number in other writings as must-keep; Android 1080x2400/1080x2340/1440x3200/720x1612, iPhone
  1179x2556/1290x2796/1125x2436/750x1334, Web up to 2560x1440; JPEG quality 45-95.
  Measured only; expected items in `demo/generators/screenshot_sets/blind4_expected.json`.
- the fifth blind set (`BLIND5`), written before round 8 of the screenshot work: its own values,
  templates and chat texts (new Meppel subjects: kwijtschelding, snippergroen, traplift,
  hondenbelasting, gladheid, jeugdhonk, ...) with `BLIND5_STYLE`: a surname that is an ordinary
  word ("Hamer", "Mos", "de Bruin") used alone, also lowercase, after the chat named the person,
  and as a saved contact's name (sender, Web chat list); items wrapped over three lines ("!!") and
  bubbles of other widths; location bubbles with a street address; notices "X is gewijzigd in Y";
  Belgian/German/French IBANs, lowercase in groups of four; BSNs with spaces; phone numbers with
  +31 (0)6, dots and brackets; e-mail addresses with dots and hyphens; birth dates in words; the
  municipality's numbers and mailboxes in other writings, project codes, firms as must-keep;
  Android 1080x2400/720x1600/1440x3200/900x1950, iPhone 1170x2532/828x1792/1242x2688, Web
  1366x768/1280x720/1600x900/1920x1080; JPEG quality 30-75.
  Measured only; expected items in `demo/generators/screenshot_sets/blind5_expected.json`.
- the sixth blind set (`BLIND6`), written after round 8 of the screenshot work (main 0390614):
  its own values, templates and chat texts (new Meppel subjects: gehandicaptenparkeerkaart,
  bijzondere bijstand, leerplicht, grafrechten, weekmarkt, naturalisatie, schuldhulp,
  wateroverlast, ...) with `BLIND6_STYLE`: first names that are ordinary words ("Lente", "Jade",
  "Dag") and names of many origins; surnames that are ordinary words ("Haring", "Kooi", "de
  Ruiter") alone, lowercase and as a saved contact ("Buurvrouw Kooi", "haring") in sender labels,
  notices, cards and the Web chat list; items wrapped over two and three lines; photos showing a
  car's licence plate; digits, plates and e-mail addresses rich in OCR-confusable characters
  (0/O, 1/l, 5/S, 8/B); phone numbers with en dashes, slashes, "+31-6-", "0031 (0)6"; IBANs with
  "NL 12" and dashes, Polish/Turkish/Spanish IBANs; BSNs with slashes and en dashes; postcodes
  "NL-7942 AB" and "7942-AB"; birth dates with Roman months and six digits; as must-keep the
  municipality's numbers and mailboxes in other writings, its own IBAN (passed to the detector
  as a keep-value, as Beheer enters it, `SetConfig.keep_values`), companies named after people
  ("Hoveniersbedrijf Kees Zandbergen"), place names, dates, times in words and amounts;
  Android 1080x2400/1220x2712/1344x2992/720x1520, iPhone 1170x2532/1206x2622/1320x2868/640x1136,
  Web 1920x1080/1440x900/1680x1050; JPEG quality 35-85.
  Measured only; expected items in `demo/generators/screenshot_sets/blind6_expected.json`.
- the seventh blind set (`BLIND7`), written after round 9 of the screenshot work (main 88971e1):
  its own values, templates and chat texts (new Meppel subjects: WOZ-bezwaar, hondenbelasting,
  kwijtschelding, snippergroen, leerlingenvervoer, energietoeslag, evenementenvergunning,
  asbest, eikenprocessierups, kapvergunning, jubileumbezoek, invalidenparkeerplaats, ...) with
  `BLIND7_STYLE`: first names that are ordinary words ("Lot", "Mare", "Koen", "Floor") and names
  of many origins; surnames that are ordinary words ("Appel", "Boon", "Slot", "de Kat") alone,
  lowercase and as a saved contact ("Buurman Pijl", "appel") in sender labels, notices, cards and
  the Web chat list; items wrapped over two and three lines; photos showing a car's licence
  plate; digits rich in OCR-confusable characters; phone numbers with brackets "(06)",
  "+31(0)6-", "+31 (6)" and dots; IBANs half grouped, with dots and lowercase flat,
  Romanian/Bulgarian/Ukrainian IBANs; BSNs that start with a zero, with dots and dashes;
  postcodes "NL 7941BX", "7941bx" and "7941.BX"; birth dates in ISO form and with a quote; as
  must-keep the switchboard and 0522 85 95 00 in further writings, role mailboxes, a second
  municipal IBAN (a keep-value, `SetConfig.keep_values`), companies named after people
  ("Rijschool Frits Eleveld"), place names, dates, times in words and amounts;
  Android 1080x2400/1080x2340/1440x3120/720x1600, iPhone 1179x2556/1290x2796/750x1334,
  Web 1920x1080/1536x864/1366x768; JPEG quality 40-90.
  Measured only; expected items in `demo/generators/screenshot_sets/blind7_expected.json`.
- the eighth blind set (`BLIND8`), written after round 10 of the screenshot work (main a81e393):
  its own values, templates and chat texts (new Meppel subjects: trouwen, gestolen rijbewijs,
  geluidsoverlast, lintjesregen, dakkapel, schuldhulp, Tozo-terugbetaling, standplaats kermis,
  uittreksel BRP, leerplicht, woonboot, volkstuin, parkeerboete, inburgering, kliko,
  naamswijziging, reisdocument, ...) with `BLIND8_STYLE`: first names that are ordinary words
  ("Lieve", "Linde", "Hazel", "Puck") and names of many origins; surnames that are ordinary words
  ("Riet", "Stoel", "Kuil", "Hooi", "de Leeuw") alone, lowercase, reversed ("Riet, Lieve") and as
  a saved contact ("Juf Riet", "lieve riet"); three initials; items wrapped over two and three
  lines; every Dutch plate sidecode (1-14) in confusable characters, on photos and in text;
  personal Facebook/Instagram/LinkedIn/TikTok URLs; phone numbers with "+31 06", "+31 (0) 6",
  "0031-6-" and Zwolle's three-digit area code; IBANs split 2-2-4-3-3-3 and lowercase,
  British/Portuguese/Italian IBANs; birth dates flat ("19850312"), with "'85" and in words;
  postcodes "7942 Bx", "7942-bx", "NL-7942bx"; as must-keep KvK numbers, purchase orders
  ("45..."), melding and invoice numbers, both municipal IBANs (the taxes one flat in lowercase),
  the switchboard in further writings ("140522", "+31522859500"), companies named after people
  ("Schoonmaakbedrijf P. de Leeuw", a surname of the set's pool), streets named after people;
  Android 1080x2400/1080x2412/1440x3088/720x1640, iPhone 1170x2532/1179x2556/1284x2778/750x1334,
  Web 1920x1080/1600x900/1280x800; JPEG quality 35-90.
  Measured blind, then read and tuned on in round 12; expected items in
  `demo/generators/screenshot_sets/blind8_expected.json`.
- the ninth blind set (`BLIND9`), written after round 11 of the screenshot work (main ffbaa6f):
  its own values, templates and chat texts (new Meppel subjects: VOG, adreswijziging, leefgeld
  in the opvang for Ukrainians, taalmaatje for a statushouder, lichtmast, bomenkap,
  zonnepanelen, terrasvergunning, Meedoenregeling, Wmo-huishoudelijke hulp, ratten, afvalpas,
  vrijmarkt, ID-kaart, briefadres, energiecoach, jeugdzorg, buurtfeest, urnenmuur,
  kamerverhuur, ...) with `BLIND9_STYLE`: first names that are ordinary words ("Ben", "Wil",
  "Job", "Els") and Frisian, Turkish, Moroccan, Polish, Syrian, Eritrean and Ukrainian names
  ("Aydın" with a dotless i, "el Idrissi" lowercase); surnames that are words ("Kroon", "Bus",
  "Pot") alone, lowercase, reversed with an initial ("Kroon B.") and as a saved contact
  ("Wijkagent Kroon", a lowercase first name "ben" as a sender); initials without dots or
  spaces ("BJ Kroon", "B.J.Kroon"); labels glued to the item ("BSN:...", "tel:...",
  "IBAN:...", wrapped with it: `RichStyle.glue_wraps`); shared documents whose file name holds a
  name (`ChatTexts.documents`); items wrapped over two and three lines; plates rich in D/0,
  T/7, J/1 and X/K on photos and in text; X/Twitter, mobile Facebook, nl.LinkedIn and Instagram
  URLs; an e-mail address written with "(at)"; phone numbers "+316-", "+31 (0)6 - ", "0031 6"
  in pairs and the 0528/0527/0561 area codes; IBANs with the bank code in lowercase, split
  after the bank, Irish/Lithuanian/Czech/Austrian IBANs; BSNs 5-4 and 2.3.4; as must-keep the
  municipality's WhatsApp number (a mobile number, a keep-value) and postbus address, its URLs,
  both municipal IBANs, lamp-post and tree numbers, time spans, OLO and ZK zaak numbers, KvK,
  purchase-order and invoice numbers, companies named after people ("Kapsalon Emine", a first
  name of the pool; "Notariskantoor Mr. J. Pot"), a street holding a surname of the pool
  ("Wethouder Bijlsmastraat"); Android 1080x2400/1080x2376/1440x3200/720x1560, iPhone
  1170x2532/1179x2556/1242x2688/828x1792, Web 1920x1080/1440x900/1366x768; JPEG quality 40-92.
  Read and tuned on in round 13; expected items in
  `demo/generators/screenshot_sets/blind9_expected.json`.
- the tenth blind set (`BLIND10`), written after round 12 of the screenshot work (main a24b0ad):
  its own values, templates and chat texts (new Meppel subjects: geboorteaangifte, carbid
  schieten, stempas and volmacht, ligplaats in the Meppeler Diep, ganzen, monumentensubsidie,
  schoolzwemmen, overlijdensaangifte, scootmobiel, rookmelders, bladkorf, huisnummerbesluit,
  stookoverlast, mantelzorgwaardering, Sint Maarten, ooievaarsnest, ontheffing verhuiswagen,
  vreugdevuur, partnerschap, erkenning, vermiste kat, dodenherdenking, ...) with
  `BLIND10_STYLE`: first names that are ordinary words ("Max", "Jet", "Rosa", "Lis", "Pier") and
  Somali, Afghan, Hungarian, Portuguese, Indonesian, Armenian, Romanian, Iranian and Chinese
  names ("da Silva" lowercase); surnames that are words ("Vonk", "Stok", "Korf", "Haak", "de
  Keizer") alone, lowercase, reversed with a comma ("Vonk, Max") and after role words ("boer
  Vonk", "meester Haak", "buurman korf", "opa Pier", "tante Rosa"), also as saved contacts
  ("Meester Korf", "tante João"); items wrapped over two and three lines; plates rich in G/6,
  R/P, H/N and 2/Z on photos and in text (lowercase); YouTube, numeric Facebook, Linktree and
  wa.me URLs; an e-mail address with "+"; phone numbers "06 12 34 56 78", "+31 6 1234-5678",
  "+31 612 345 678", "0031 (0) 6", "+31-(0)6-", "0031-6...", "0031 6-..." and "0612 345678";
  landlines flat with "+31" and "0031-522-"; IBANs autocapitalised ("Nl91abna...", also
  grouped in lowercase) and with the account flat; BSNs 4-2-3 and 3-2-4 and one starting with a
  zero; postcodes "7942 - AB", "NL 7942AB" and "7942/AB"; birth dates "12 03 1985",
  "12-mrt-1985", with their weekday, "12 Aug 1985" and "maart 12, 1985"; as must-keep the
  municipality's WhatsApp number, postbus and both IBANs (keep-values) in other writings
  ("06-14000522", "06 14 00 05 22", "NL36-BNGH-...", "NL 98 BNGH ..."), the switchboard as
  "14/0522" and "14 0 522", the police's and Veilig Thuis's national numbers (`ORG_PHONE`),
  opening hours (`HOURS`), a KvK number with dots, companies named after people ("Bloemenhuis
  Rosa", a first name of the pool; "Installatiebedrijf R. Vonk"), a street holding a surname of
  the pool ("Burgemeester Vonkweg"), places, dates, times and amounts in words ("170 euro en 73
  cent"). The generator's Hungarian/Greek/Swedish/Croatian IBANs, the other writings of
  `_iban10`, `_landline10`, `_dob10` and the e-mail addresses, and its role mailboxes are not
  drawn on these 30 screenshots (their templates fell outside the drawn chats). Android
  1080x2400/1080x2460/1440x3216/720x1680, iPhone 1170x2532/1179x2556/1290x2796/1125x2436/
  750x1334, Web 1920x1080/2560x1080/1280x1024/1366x768; JPEG quality 38-88. Measured blind,
  then read and tuned on in round 14; expected items in
  `demo/generators/screenshot_sets/blind10_expected.json`.
- the eleventh blind set (`BLIND11`), written before round 14 of the screenshot work (main 1ba166d):
  its own values, templates and chat texts (new Meppel subjects: zwerfafval, a broken climbing
  frame, openbare laadpaal, bewonersvergunning, sloopmelding, ondergrondse container,
  inkomenstoeslag, Wmo-douchestoel, a claim for a loose paving stone, hennepgeur, asverstrooiing, a
  drone at a wedding, VVE-indicatie, kortingspas, bouwdossier, a found wallet, fietswrak, storm
  damage, riool, regenton subsidy, a sports canteen's horeca licence, bedrijf aan huis, collecte,
  gedenkbank, voedselbank, deurbelcamera, vakantieverhuur, loose horses, vrijmarkt, ...) with
  `BLIND11_STYLE`: first names that are ordinary words ("Joy", "Fee", "Bink", "Beer", "Noor", also
  with a surname that is a word: "Fee Pluim") and Vietnamese, Surinamese-Hindustani, Greek, Kurdish,
  Nigerian, Bosnian, Brazilian, Nepali, Irish and Tanzanian names, surnames with an apostrophe
  ("O'Brien", "van 't Zand"), a hyphen ("Bosch-Ensing") and diacritics ("Nguyễn", "Hodžić");
  surnames that are words ("Klomp", "Pluim", "Kalk", "Zeef", "Hert", "Bril", "de Reus", "Wijn")
  alone, lowercase, after "mw.", "dhr." and "fam.", in capitals before the first name as on a
  passport ("KLOMP Thiago", also as a saved contact and in a document's file name); saved contacts
  "Fam. Klomp" and "♥ Fee"; items wrapped over two and three lines; plates rich in F, L, V, 1, 4 and
  7 in sidecodes 4 and 7-14, on photos and in text with spaces or no separators ("VLF 41 L",
  "V174FL"); Telegram, Snapchat, GoFundMe, Marktplaats and Strava URLs; e-mail addresses with an
  underscore and a birth year, a family address ("fam.hert@") and in mixed case
  ("T.Klomp@Example.NL"); mobile numbers "06 123 45 678", "(+31) 6 ...", "(+31)6-...",
  "+31.6.12.34.56.78", "06 – 12 34 56 78", "0612.345.678" and "+31 612345678", landlines of
  Steenwijk, Dalfsen, Hardenberg and Emmen ("+31 (0)521 505701", "(0529) 38 13 08", "0523 - 381
  956"), mobile numbers of family abroad (+32, +49, +48, +90, +233); IBANs with the bank code in
  title case ("NL34 Hsbc ..."), "NL-09 ISAE ...", split 4-4-3-3-4, with a lowercase country
  ("nl38HSBC...") or split after the bank, Finnish and Slovenian IBANs; BSNs 6-3 and 3-3-3, and a
  BSN that starts with a zero written without it (eight digits, `_bsn11_short`); postcodes "79 43
  AB", "7943AB" and "7943 ab"; house numbers with "hs", "-III", "bis", "A-2", "bg", "2hg"; birth
  dates "6-5-1945", "1992/10/20", "02121935", "22 mei 1967", "25 Februari 2001", after "*" and
  "geb."; as must-keep the switchboard as "14 05 22", "14-0522" and "(14) 0522" and the long number
  as "(0522) 85 95 00", "+31 (0)522 85 95 00" and "0031 522 859 500", the WhatsApp number and both
  IBANs (keep-values) in other writings, a firm's VAT number ("NL001585112B49", mod 97, `_btw11`),
  KvK numbers with a dot, decision numbers ("2026/691", "RV-2026-021"), national help numbers
  ("0800-0113", "0900-8020"), events with their date ("Koningsdag 27 april"), dates written like a
  birth date ("08-10-2026"), companies named after people ("Kapsalon Joy", a first name of the pool;
  "Bakkerij Klomp", "Autobedrijf Gebr. Hert"), a street holding a surname of the pool ("Meester de
  Reusstraat"), streets as places, places and amounts. The generator's postbus address, its
  Norwegian/Danish/Slovak/Bosnian IBANs, BSNs 2-2-2-3, hyphenated married names after initials,
  Groningen's landline, "student." mailboxes, Vinted URLs and the "113" help number are not drawn on
  these 30 screenshots (their templates or writings fell outside the drawn chats). Android
  1080x2400/1080x2408/1260x2800/800x1780, iPhone 1170x2532/1179x2556/1080x2340/1242x2208, Web
  1920x1080/2880x1800/1536x960/1600x1200; JPEG quality 28-95. Measured blind, then read and
  tuned on in round 15; expected items in `demo/generators/screenshot_sets/blind11_expected.json`.
- the twelfth blind set (`BLIND12`), written after round 14 of the screenshot work (main a434c1a):
  its own values, templates and chat texts (new Meppel subjects: kerstboominzameling,
  kwijtschelding, riool works announced by a contractor, inlichtingenformulier, emigration, an
  abandoned trailer, an uitbouw without a permit, stookoverlast, zandzakken, a lost passport,
  leges paid twice, Energiebespaarlening, graffiti, a Kerstmarkt pitch, a dead deer, urgentie, a
  full glass container, damage from a pothole, maatjesproject, beehives, snow on a cycle path,
  bewindvoering, ...), written by residents, colleagues (a colleague saved as "Lies gemeente")
  and contractors, with `BLIND12_STYLE`: first names that are words ("Amber", "Rein", "Frank",
  "Lies") and Ethiopian, Japanese, Colombian, Czech, Bulgarian, Albanian, Korean, Pakistani,
  Curaçaoan, Frisian, Tamil and Lithuanian names ("Zdeněk Dvořák", "Rūta Kazlauskienė", "Ji-woo
  Park", a surname that is a word too); surnames that are words ("Blok", "Staal", "Plas", "Spek",
  "Rook", "Muis", "Zeeman", "de Lange", "de Jong") alone, lowercase ("de jong"), after "mw.",
  "fam.", "meneer", "opa", in quotes and as a household contact ("Buren Muis"); an administration's
  "Blok, A."; colleagues' names as personal data; items wrapped over two and three lines; plates
  rich in D, J, Z, 3, 6 and 9 on photos and in text (spaced, lowercase); Threads, Bluesky,
  Mastodon, Pinterest, Calendly and Facebook URLs; mobile numbers "(06) 12 34 56 78",
  "+31 (0) 6 1234 5678", "+31(0)612345678", "+31 6-1234 5678", "0031 6 12 34 56 78", landlines of
  Meppel, Assen, Zwolle, Amsterdam and Wolvega, numbers abroad (+34, +44, +33, +39, +355, +63);
  IBANs with dots between the groups, split after the bank code and in lowercase, Luxembourg,
  Swiss, Estonian, Kosovar, Albanian and Latvian IBANs; BSNs with dots, dashes and in 3-3-3, 4-2-3
  and 2-3-4 groups, a quarter starting with a zero; postcodes "7941-AB", "7941ab", "7941 ab";
  house numbers "-A2", " K", "a-1", " rd", "-bov", " zw", "c", " - 2"; birth dates "03.07.1954",
  "3/7/54", "03-07-54", "3 juli '54", "3 jul. 1954"; as must-keep the switchboard and its long
  number in other writings ("140522", "(0522) 859 500", "+31 522 85 95 00"), role mailboxes,
  both municipal IBANs (also flat and lowercase), the postbus and the WhatsApp number
  (keep-values), companies named after people ("Taxi Rein", "Schildersbedrijf Blok", "Staal
  Infra B.V."), streets holding a surname of the pool ("Wethouder de Jongstraat", "Dokter
  Zeemanlaan"), ROVA and other organisations, national help numbers, dates written like a birth
  date ("17.04.2026", "5-1"), times ("half 2"), amounts, zaak, melding, factuur, KvK,
  purchase-order, besluit and Energiebespaarlening numbers. The generator's Swiss, Estonian,
  Kosovar, Albanian and Latvian IBANs, its Spanish, French, Italian and Albanian numbers, the
  WhatsApp number, role mailboxes other than info@meppel.nl, events and time spans are not drawn
  on these 30 screenshots (their templates or writings fell outside the drawn chats). Android
  1080x2400/1080x2340/1440x3120/720x1600, iPhone 1179x2556/1290x2796/1170x2532, Web
  1920x1080/1680x1050/2560x1440 (828x1792 and 1366x768 not drawn); JPEG quality 35-92. Measured
  blind on main a434c1a (the branch adds only the set): 21 of 439 personal-data items readable
  (PERSON 14, DATE_OF_BIRTH 2, EMAIL 2, ADDRESS 1, IBAN 1, PHONE 1), 7 of 203 must-keep items
  blacked (3.4%), CPU per screenshot median 0.71 s, worst 1.01 s (wall median 2.10, worst 2.77 at
  load 9-11 on 2 cores). Measured only; expected items in
  `demo/generators/screenshot_sets/blind12_expected.json`.
- the thirteenth blind set (`BLIND13`), written on main 96bb6b9: its own values, templates and
  chat texts (new Meppel subjects: a bouwcontainer without a permit, a fence on municipal land,
  chickens in a front garden, isolatiesubsidie, stembureaulid, a stranger registered at one's
  address, paasvuur, wijkbudget, Jeugdfonds, arbeidsmigranten, weesfietsen, erfpacht,
  woningsplitsing, a complaint about an employee, ...) with `BLIND13_STYLE`: first names that are
  words ("Mark", "Ivy", "Dauw", "Zon") and Yoruba, Thai, Georgian, Icelandic, Tibetan, Welsh,
  Serbian, Chilean, Mongolian, Finnish, Sudanese and Māori names, each with a nickname
  (`BLIND13_NICKNAMES`: "Zonnetje", "Gunna", "Rahim"); surnames that are words ("Gans", "Kolk",
  "Hek", "Tol", "de Haas") alone, lowercase, in capitals on a form ("KOLK M.") and as saved
  contacts ("Mevr Gans wijkteam", "Zonnetje kolk"); persons named later by surname only;
  addresses in free forms ("nummer 12", "nr. 12", "12 Slingerpad", "huisnr 12", "12 achter");
  plates rich in B/8, S/5, L/4 (flat, spaced dashes); phone numbers "06/...", "0031-(0)6-",
  "06.1234.5678", "(+31) (0)6", "+316....-...", numbers abroad (+995, +354, +66, +234, +381,
  +56); IBANs "NL 12 BITS ...", dashed, in threes, lowercase, Georgian/Icelandic/Maltese/
  Serbian/Cypriot/Tunisian; BSNs 2-2-2-3, with slashes and spaced dashes; birth dates "4.7.61",
  "1961.07.04", "4e juli 1961", "juli 4, 1961"; as must-keep the switchboard as "14.0522",
  "(14)0522", "140 522" and the long number as "0522.859.500", "+31-522-859500", the IBANs,
  WhatsApp number and postbus in other writings (keep-values), firms named after people
  ("Glazenwasserij Riem", "Kinderdagverblijf Dauw"), streets holding a surname of the pool
  ("Burgemeester Riemstraat"), organisations, places, dates ("woensdag de 12e"), times ("kwart
  over 9") and amounts. 30 screenshots: 13 Android, 10 iPhone, 7 Web, 13 dark, 16 JPEG (quality
  33-94), 11 scaled; 442 personal-data and 191 must-keep items. Measured blind on main 96bb6b9
  (the branch adds only the set): 47 of 442 personal-data items readable (PERSON 25, ADDRESS 7,
  BSN 5, DATE_OF_BIRTH 5, POSTCODE 2, LICENSE_PLATE 1, PHONE 1, URL_PERSONAL 1), 5 of 191
  must-keep items blacked (2.6%), CPU per screenshot median 0.44 s, worst 0.69 s (load 7-8).
  Measured only; expected items in `demo/generators/screenshot_sets/blind13_expected.json`.
- the fourteenth blind set (`BLIND14`), written on main 4ca9bcb: its own values, templates and
  chat texts (work chats of Meppel employees on new subjects: an afvalpas after a move, a
  kapvergunning, a wedding, a Wmo scootmobiel, a broken street lamp, leerlingenvervoer,
  energietoeslag, inburgering, a driving licence collected for a mother, litter with letters in
  it, schuldhulp, a home visit, a parking permit, an event permit, a WOZ objection, a fire,
  kwijtschelding, bijzondere bijstand, a death, ...) with `BLIND14_STYLE`: first names that are
  words ("Kas", "Maan", "Lelie", "Vlinder") alone as a saved contact's sender label, in notices
  ("Lelie heeft de groep verlaten"), in quotes and in the group header's subtitle, which may
  show who is typing or recording ("Maan typt…", "Knoop schilder neemt audio op…",
  `RichStyle.group_subtitles`); Kikuyu, Persian, Zulu, Romanian, Guaraní, Akan, Hawaiian,
  Ukrainian, Turkish, Igbo, Faroese and Hungarian names with nicknames; surnames that are words
  ("Vlam", "Knoop", "Tuin", "de Klerk") alone, lowercase, in capitals on a form ("MAST, D.") and
  as a saved contact with a trade ("Knoop schilder"); addresses with toevoegingen ("-A", "bis",
  "hs", "-II", "rood", "a-01", "A bov", "2e etage", "(achterhuis)", "61-63"); phone numbers
  "06 12 34 56 78", "0612 34 56 78", "(06) 1234 5678", "06 – 12 ...", "+31 (0) 6 ...",
  "+31(0)6...", "0031 6...", "+31.6.12.34.56.78", landlines "(0522) 12 34 56", "+31 (0)38 ...",
  numbers abroad (+254, +98, +27, +40, +380, +298); IBANs by four, split after the bank code,
  flat, lowercase, Romanian/Ukrainian/Bulgarian/Croatian/Lithuanian/Portuguese; BSNs dotted,
  dashed, 3-3-3, 4-2-3, 2-2-2-3 (all passing their checks); birth dates "*20/9/1936",
  "1993-06-03", "8 februari '32", "20 okt. 1959"; plates rich in G/6, T/7, V/Y, also
  lowercase and spaced; e-mail addresses with "+", "_" and capitals; as must-keep the
  municipality's numbers in other writings ("14-0522", "140522", "14 05 22", "(0522) 85 95
  00", "0031 522 859500"), IBANs, WhatsApp number and postbus (keep-values), mailboxes, firms
  and schools named after words or surnames of the pool ("Installatiebedrijf Vlam", "Kindcentrum
  De Vlinder"), streets holding a surname ("Burgemeester Knoopweg", "Tuinstraat"), places,
  dates that are no birth dates (a date of death, deadlines "uiterlijk 15 oktober", "6-6-2026"),
  project codes ("MEP-123-26", "P26.4568", "HvZ fase 2"), besluiten, invoices and amounts.
  30 screenshots: 13 Android, 8 iPhone, 9 Web, 13 dark, 16 JPEG, 7 scaled; 420 personal-data
  and 201 must-keep items (the seed picked among 18 for the mix of screens and item kinds, by
  the rendered counts only). Measured blind on main 4ca9bcb (the branch adds only the set and
  the group subtitles): 43 of 420 personal-data items readable (PERSON 40, ADDRESS 3), 5 of 201
  must-keep items blacked (2.5%), CPU per screenshot median 0.46 s, worst 0.73 s (load 3-4).
  Measured only; expected items in `demo/generators/screenshot_sets/blind14_expected.json`.
- the fifteenth blind set (`BLIND15`), written on main ce8b71c: its own values, templates and
  chat texts (work chats of Meppel employees on new subjects: a birth declared, a wallet found,
  a proxy vote, a charging point, a boat jetty, a speed bump, a stork's nest, an AED volunteer,
  the municipal health policy, a street party, an urgent passport, the neighbourhood bus, a move
  abroad, grave rights, a market stall, truancy, a language course, a care home, a fallen tree,
  a letterbox address, an emergency fund, a refugee's home, ...) with `BLIND15_STYLE`: forwarded
  messages (also a colleague's note "Doorgestuurd van ..."), names at a message's start so a
  quote shows them, long addresses wrapped over two and three lines ("Commissaris Roëll van
  Hazerswoudelaan"), voice notes and documents whose file name holds a name ("Spraakbericht
  Lo.opus", "Audio van ... .m4a"), notices "X heeft Y toegevoegd", "X is van nummer veranderd
  naar ...", "X heeft een nieuw telefoonnummer"; saved contacts with an emoji ("Lo ✿", "☎ Duif
  loodgieter", "~ pushname ★") and under initials ("L.C.A. Duif", "LT de Bok"); first names that
  are words ("Lotus", "Senna", "Bries", "Robijn"); Igbo, Kazakh, Tongan, Uzbek, Irish, Swedish,
  Vietnamese, Serbian, Russian, Chilean, Sudanese and Hawaiian names; surnames that are words
  ("Duif", "Paal", "de Bok", "Haver") alone, lowercase and in capitals before a first name;
  phone numbers "06 / 12 34 56 78", "+31 (0)6-", "0031 (0) 6", "(+31)6", "+316-", "06.1234.",
  "+31-6-1234-", landlines with Wolvega's 0561, numbers abroad (+48, +7, +676, +353, +46, +84,
  +381); IBANs by four, "NL 12 BANK ...", flat, lowercase with dots, Polish/Kazakh/Irish/
  Swedish/Serbian/Greek; BSNs 4.3.2, 3-6, 2-3-4 (all passing their checks); birth dates with
  slashes, year first with dots, spaced, with a weekday, "3e mei 1990"; plates rich in P/R, K/X,
  4/A, also lowercase and without dashes; e-mail addresses in capitals, with "-", "_" and a
  year; as must-keep the municipality's numbers in other writings ("14 0 522", "(14) 0522",
  "0522.859.500", "00 31 522 85 95 00"), IBANs, WhatsApp number and postbus (keep-values),
  mailboxes, firms and schools named after words or surnames of the pool ("Duif Laadpalen
  B.V.", "Kindcentrum Robijn", "OBS De Kampstraat"), places, dates that are no birth dates (a
  date of death, "vóór 12 mrt", "3-4-'26"), project codes ("SWZ-123", "PRJ26-0456", "LP-12/26"),
  besluiten, invoices, KvK numbers, purchase orders and amounts.
  30 screenshots: 14 Android, 8 iPhone, 8 Web, 11 dark, 16 JPEG, 6 scaled; 434 personal-data
  and 188 must-keep items (the seed picked among 4 for the mix of screens and item kinds, by the
  rendered counts only). Measured blind on main ce8b71c: 68 of 433 readable (PERSON 59, PHONE 3,
  DATE_OF_BIRTH 2, BSN 1, EMAIL 1, IBAN 1, POSTCODE 1), 6 of 185 must-keep items blacked (3.2%),
  CPU per screenshot median 0.53 s, worst 0.82 s (load 5-6).
  Measured only; expected items in `demo/generators/screenshot_sets/blind15_expected.json`.
- the sixteenth blind set (`BLIND16`), written on main 4e6658f: its own values, templates and
  chat texts (work chats of Meppel employees with residents, contractors and colleagues on new
  subjects: a dakkapel without a permit, ice on a pavement, an overhanging hedge, the mayor's
  birthday visit, a ribbon nominated, a disabled parking card, fireworks at a wedding, keys
  found, rats, a naturalisation ceremony, solar panels, asbestos, a boat's mooring, a skate park,
  a host family, a lost voting pass, a missing house number sign, a tree pit adopted, Christmas
  trees, a bee hotel, a mobility scooter, graffiti, parking permits, a death reported, debt help,
  ...) with `BLIND16_STYLE`: first names that are words ("April", "Mei" (also a month), "Tijm",
  "Sky") as a saved contact with a trade ("Mei stratenmaker"), in notices, quotes, the Web chat
  list and a group header's typing indicator; a word surname in lower case with a trade ("kool
  hovenier"), nicknames that are words ("Aap"); Somali, Ghanaian, Turkish, Moroccan, Polish,
  Syrian, Indonesian, Ukrainian, Brazilian, Frisian and Hungarian names; surnames that are common
  words ("Kool", "Snel", "Zoet", "Das", "Kraan", "de Hond", "Mosterd") alone, in lower case, in
  capitals before a first name ("SNEL, Sky") and as "Das, L."; colleagues named in work notes;
  phone numbers "06 - 12 34 56 78", "+31(0)6", "(06)", "+ 31 6", "+31.6.12.34.", "0031-6-",
  "06/", landlines of Hoogeveen and Emmen, numbers abroad (+252, +233, +90, +212, +55, +36, +62,
  +380); IBANs by four, dashed, in threes, flat with one space, lowercase, and Turkish/Hungarian/
  Portuguese/Finnish/Estonian/Ukrainian ones; BSNs 4-2-3, 2.3.4, 3 - 3 - 3 (all passing their
  checks); birth dates "3-7-1988", "03/07/'88", ISO, "03.07.88", spaced dashes, "3 Juli 1988",
  "3 jul '88", "3-jul-1988", "3de juli 1988"; addresses with toevoegingen ("a", "bg", " BS",
  "-rd", " 2-hoog", " unit 3", "(achterom)", "3e etage", "nr 12"), long street names wrapped
  ("Burgemeester van Haersma de Withstraat"); postcodes with a dot or lowercase letters; plates
  rich in D/F/H/Z and 1/3/7, spaced or lowercase; personal URLs (TikTok, YouTube, their own domain);
  as must-keep the municipality's numbers, IBANs, WhatsApp number and postbus in other writings
  ("14-0522", "14.0522", "(0522) 85 95 00", "0031 522 859500", "06-14000522"), mailboxes,
  firms and schools named after words or names of the pool ("Schildersbedrijf Snel",
  "Bloemenhuis Mei", "Kindcentrum April"), places ("Elim"), dates that are no birth dates
  ("14.06.26", "5 Mei", "uiterlijk 14 juni"), times ("11h15"), case, melding and project codes.
  30 screenshots: 16 Android, 7 iPhone, 7 Web, 15 dark, 17 JPEG, 8 scaled; 424 personal-data
  and 195 must-keep items (the seed picked among about 30 for the mix of screens and item kinds,
  by the rendered counts only). Measured blind on main 4e6658f: 83 of 424 readable (PERSON 75,
  ADDRESS 3, PHONE 2, DATE_OF_BIRTH 1, IBAN 1, LICENSE_PLATE 1), 17 of 195 must-keep items
  blacked (8.7%), CPU per screenshot median 0.60 s, worst 0.98 s (load 10-12).
  Measured only; expected items in `demo/generators/screenshot_sets/blind16_expected.json`.
- the seventeenth blind set (`BLIND17`), written on main 1478215: its own values, templates and
  chat texts (work chats of Meppel employees with residents, colleagues and contractors on new
  subjects: giant hogweed in a verge, a dead swan, cows loose on the road, a sinkhole, a dog
  walking area, a full bottle bank, a wrecked bus shelter, Burendag, a misspelt street sign, a
  granny flat, an abandoned trailer, an attestatie de vita, the use of a partner's surname, BRP
  secrecy, a driving licence medical, a circus, tree roots lifting tiles, a play street,
  swallows at a school, a wind turbine's hum, a move to a care home, a green roof, a car share
  spot, a busker, a first child's surname, a dog bite, fireworks litter, legionella, bulky
  waste, ...) with `BLIND17_STYLE`: first names that are words ("Door", "Trui", "Rob", "Berk",
  "Toon") with their nicknames ("Doortje", "Robbie") as a saved contact ("Door (Doortje)"), in
  notices, cards, the Web chat list and a group header's typing indicator; a lower-case surname
  that is a word as a saved contact ("vis - buurman"); Filipino, Latvian, Slovak, Pakistani,
  Estonian, Senegalese, Japanese, Bangladeshi and Frisian names and a double first name
  ("Marie-José"); double surnames ("van der Veen-Dekker", a partner's name before one's own:
  "Door Diallo-Vis") and tussenvoegsels ("'t Hart", "uit den Bogaard"); surnames that are words
  ("Vis", "Klok", "Wever", "Zaal", "Rots", "Peer", "de Vos", "Hof") alone, in lower case, in
  capitals ("ZAAL R.") and as "Zaal, R.M."; phone numbers "06 123 456 78", "+31 6-", "(+31) 6",
  "06.12 ...", "0031 (0)6", "06 12-34-56-78", "+31-6...", landlines of Assen, Beilen,
  Dedemsvaart and Heerenveen, numbers abroad (+63, +371, +421, +92, +372, +221, +81, +880);
  IBANs by four, dotted, with spaced dashes, flat, lowercase, and Slovak/Latvian/Pakistani/
  Slovenian/Danish/Norwegian ones; BSNs 4.2.3, 3-3-3, 2.2.2.3, 4 3 2, "3 3-3" (all passing their
  checks); birth dates "3.7.1988", with en dashes, "3/7/88", year first with slashes, "03 07
  '88", "3 JUL 1988", "3 juli, 1988", "3-juli-1988", "03 jul. 1988"; addresses with
  toevoegingen (" boven", " beneden", " app. 4", " kamer 12", "-hs", " ws", "(woonboot)"), the
  number first ("12 Randweg"), long street names wrapped ("Van der Duyn van Maasdamlaan");
  postcodes "NL7942AB", lowercase or with two spaces; plates rich in J/L/N/H and 2/5/6, flat or
  lowercase; e-mail addresses in capitals, on a personal domain ("info@door-vis.nl"); as
  must-keep the municipality's numbers, IBANs, WhatsApp number and postbus in other writings
  ("14-05-22" like a date, "14 - 0522", "0522 – 859500", "00 31 522 859 500", "+31614000522",
  "nl36bngh0285007531"), mailboxes, firms and schools named after words or names of the pool
  ("Visspeciaalzaak Rob", "Akoestiekbureau Door", "Wever Hoveniers", "OBS De Berk"), places
  ("Linde"), streets holding a surname ("Weverstraat"), dates that are no birth dates ("3-7",
  "3-7-'26", "di 3/7", "03.07.2026"), times ("14u"), amounts ("37 euro 50"), KvK and VAT numbers,
  case, melding, besluit, invoice and project codes. 30 screenshots: 13 Android, 7 iPhone, 10
  Web, 13 dark, 13 JPEG, 8 scaled; 489 personal-data and 229 must-keep items (the seed picked
  among 30 for the mix of screens and item kinds, by the rendered counts only). Measured blind on
  main 1478215: 85 of 489 readable (PERSON 66, ADDRESS 10, PHONE 4, BSN 3, DATE_OF_BIRTH 1,
  LICENSE_PLATE 1), 9 of 229 must-keep items blacked (3.9%), CPU per screenshot median 0.64 s,
  worst 0.95 s (load 17-19).
  Measured only; expected items in `demo/generators/screenshot_sets/blind17_expected.json`.
- the eighteenth blind set (`BLIND18`), written on main 35055b0 without reading the detector:
  its own values, templates and chat texts (work chats of Meppel employees with residents of
  the villages and wards, colleagues and contractors on new subjects: an ice rink in Rogat, the
  Nijeveense Merkt, a Keti Koti celebration, a stork's nest, a stray cat colony, brown tap
  water, a church bell's noise, a mole-ridden verge, a mobility scooter, a drone over a school,
  a burning ban, a foreign driving licence exchanged, a death registered, a Ukrainian host
  family, a civic integration exam, a Jeugdfonds grant, Stadsbank debt help, a spectacle grant,
  a shed by a ditch, a sewer smell, a lost passport abroad, a beehive, a Christmas tree bonfire,
  a naturalisation ceremony, ...) with `BLIND18_STYLE`: first names that are Dutch words
  ("Arend", "Koos", "Dries", "Eren", "Tamme") and Frisian, Turkish, Moroccan, Polish and
  Surinamese names with their nicknames ("Zosia", "Koosje"); people saved with a symbol after or
  before the name ("Arend ☀", "♥ Zosia K."); surnames that are words ("Boom", "Bot", "Kers",
  "Ridder", "Stier", "Kuiken", "Spruit", "de Wilde") alone, in lower case and in capitals;
  initials with a surname ("H.J. Sikkema", "HJ Doğan"); names in notices of calls ("Gemiste
  spraakoproep van ..."), group descriptions, cards, forwarded messages and quoted replies;
  phone numbers with dots, spaces, slashes, "+31 (0) 6", "0031 6", numbers abroad (+90, +212,
  +48, +597, 0090, 00212); landlines of Meppel, Steenwijk, Hoogeveen and Zwolle; IBANs split
  "NL 12 ABCD 0123456789", by four with double spaces, dashed 4-4-10, Turkish/Polish/Croatian/
  Hungarian ones; BSNs 3 3 3, 4 2 3, 2 2 2 3 (passing their checks); birth dates with spaced
  dashes, two-digit years after a quote, weekdays, "geb." glued; addresses in Nijeveen, Rogat,
  Broekhuizen, Kolderveen and De Schiphorst with toevoegingen (" achterhuis", " 1e", " unit 4",
  "-zolder"), postcodes flat, spaced, lowercase; as must-keep officials in their role ("de
  wijkagent", "wethouder Sociaal Domein"), villages and streets without a number, firms and
  schools named after words or people of the pool ("Installatiebedrijf Boom", "Bakkerij Koos",
  "CBS De Spruit", "Koos Vorrinkschool"), case, melding, besluit and invoice numbers, amounts,
  times, and the municipality's switchboard, WhatsApp number, IBANs and postbus in other
  writings ("140 522", "0522.85.95.00", "+31 6 1400 0522", "NL36-BNGH-0285-0075-31").
  30 screenshots: 15 Android, 5 iPhone, 10 Web, 18 dark, 9 JPEG, 6 scaled; 504 personal-data
  and 227 must-keep items (the seed picked among 12 for the mix of screens and item kinds, by
  the rendered counts only).
  Measured only; expected items in `demo/generators/screenshot_sets/blind18_expected.json`.
- the nineteenth blind set (`BLIND19`), written on main a99a97d without reading the detector:
  its own values, templates and chat texts (work chats of Meppel employees with residents of
  the villages and wards, colleagues and contractors on new subjects: a flooded cellar, a dead
  swan, a humming heat pump, a grave lease, a tree on a car, pupil transport, a dog bite, solar
  panels on a monument, a town hall wedding, a child's recognition, an estate's executor,
  status holders' advance, a language café, swimming lessons via Leergeld, guardianship, a
  hearing aid grant, a jetty, a blocked drain, an ID card stolen abroad, a hen house, an Easter
  fire, an option for Dutch nationality, a street barbecue, a caravan parked for weeks, a
  streetlight, a residents' parking card, mould, respite care, an energy allowance, a
  kitchen-table talk, the Rogat braderie, a postal address, a hedge, toeslagenherstel, ...) with
  `BLIND19_STYLE`: first names that are Dutch words ("Bob", "Leen", "Dien", "Pit", "Wies") and
  Drents, Frisian, Eritrean, Vietnamese and Syrian names with their nicknames ("Tina",
  "Wiesje", "Yoni"); people saved with a symbol after or before the name ("Leen ★", "✈ Tina
  L", "A. G. Hadders ♪") and an unsaved member with a clover push name; surnames that are words
  ("Kwak", "Kip", "Lok", "Pronk", "Schut", "Rups", "Boter", "de Kraan") alone, in lower case
  and in capitals; initials in new writings ("mw. L.A. Trinh", "B.Kroeze", "LS. HABTE"); names
  in adder, leaver, rename and missed-call notices, group descriptions, cards, forwarded
  messages, quoted replies and the Web chat list; phone numbers "06 – 12 34 56 78", "0 6 ...",
  "+316 1234 5678", "+31 6-..", "(+31)6...", "0031-6...", abroad (+291, 00291, +963, +84, +49,
  0032); landlines of Meppel, Steenwijk, Ommen and Wolvega; IBANs by four with dots, the account
  in fives, dashed 2-2-4-10, lowercase flat and dashed, Belgian/German/French/Spanish ones; BSNs
  5 4, 3-2-4, 2.2.2.3, 3 3-3 (passing their checks); birth dates with slashes, eight flat
  digits, spaced pairs, capitals, the month first; addresses in Nijeveen, Rogat, Broekhuizen,
  Kolderveen, De Schiphorst and Nijentap with toevoegingen (" bis", "-hs", " II", "-boven", "
  (achter)", " woonark", "/3"), "no. 12", "nummer 7"; postcodes spaced, dotted lowercase, "NL
  7948AB", " - "; as must-keep officials in their role ("De handhaver", "Wethouder Wonen"),
  villages and streets without a number, firms and schools named after words or people of the
  pool ("Aannemersbedrijf Kwak", "Slagerij Leen", "Garage Pit Lubberts", "OBS De Bob"), case,
  melding, besluit and invoice numbers, amounts, times, and the municipality's switchboard,
  WhatsApp number, IBANs and postbus in other writings ("14-0522", "0522/859500", "+316 1400
  0522", "NL36.BNGH.0285.0075.31", "Pb 501, 7940 AM Meppel").
  30 screenshots: 12 Android, 4 iPhone, 14 Web, 10 dark, 8 JPEG, 6 scaled; 526 personal-data
  and 243 must-keep items (the seed picked among 12 for the mix of screens and item kinds, by
  the rendered counts only).
  Measured only; expected items in `demo/generators/screenshot_sets/blind19_expected.json`.
- the twentieth blind set (`BLIND20`), written on main 36492c7 without reading the detector:
  its own values, templates and chat texts (work chats of Meppel employees with residents of
  the town and villages, volunteers, colleagues and contractors on new subjects: remission of
  municipal taxes, truancy, a food parcel, a volunteer's VOG, a childminder's housemate, a WOZ
  objection, dog tax after a dog's death, a broken container, black ice, living allowance for
  Ukrainians, a disabled parking card, a stairlift, home help, a job ending benefits, fireworks
  damage, a felling permit, an event permit, a market stall, a child's surname, a death
  registration, a BRP extract abroad, graffiti, rats, oak processionary caterpillars, an ice
  rink, a rough sleeper, an energy coach, a Christmas parcel, a wheelchair, a building plan, a
  carer's parking permit, burendag, the snertloop, re-integration, a broken bench, ...) with
  `BLIND20_STYLE`: first names that are Dutch words ("Riek", "Lief", "Klaar", "Frans", "Bel",
  the last also the imperative "call") and Drents, Frisian, Ukrainian, Somali and Afghan names
  with their nicknames ("Slava", "Lammie", "Fadu"); people saved with a snowflake after the name
  ("Klaar ❄"), a house before a nickname and a two-letter surname ("⌂ Wyts Bo."), an envelope
  before the surname first ("✉ Emmer, R.H. (Riek)"), an unsaved member with an umbrella push
  name; surnames that are words ("Brood", "Beitel", "Emmer", "Zaag", "Kurk", "Lepel", "Mand",
  "de Ploeg") alone, in lower case and in capitals; "dhr."/"mevr." with initials, initials
  without a dot, "e.v." and "geb." names; names in adder, admin, leaver and missed-call notices,
  group icons, cards, forwarded messages, quoted replies and the Web chat list; phone numbers
  "06.12.34.56.78", "06/...", "+31 (0)6 ...", "0031 6 ..", "+31-6-...", "316..." without a
  plus, abroad (+380, 00380, +252, +93, +44, 0041); landlines of Meppel, Hoogeveen, Zwolle and
  Assen; IBANs with a double space, split 4-4-2-8, flat with a space after the bank, lowercase;
  Austrian, Swiss, Portuguese and Ukrainian IBANs; BSNs 4 2 3, 4.2.3, 2 2 2 3, 3-3-3 (passing
  their checks); birth dates dotted, ISO, a short year after an apostrophe, "de 3e van mei
  1961"; addresses in Meppel, Nijeveen, Rogat, Kolderveen, De Schiphorst and Broekhuizen with
  toevoegingen ("a", "-B", " rd", "-1hg", " unit 4", " (zij-ingang)", "-ws"), "nr. 12",
  "huisnr 7"; postcodes dashed, double-spaced, lowercase letters; as must-keep officials in
  their role ("De wijkregisseur", "De gemeentesecretaris"), the town and villages, streets
  without a number, firms and schools named after words or people of the pool ("Timmerbedrijf
  Beitel", "Fietsenmaker Klaar", "OBS De Riek", "Sytse Ulbeschool"), case, melding, besluit,
  bestel and invoice numbers, KvK numbers, amounts, times, and the municipality's switchboard,
  WhatsApp number, IBANs and postbus in other writings ("(14) 0522", "(0522) 85 95 00",
  "0614000522", "nl36bngh0285007531", "postbus 501 - 7940 AM  Meppel").
  30 screenshots: 15 Android, 5 iPhone, 10 Web, 15 dark, 16 JPEG, 8 scaled; 491 personal-data
  and 245 must-keep items (the seed picked among 8 for the mix of screens and item kinds, by
  the rendered counts only).
  Measured only; expected items in `demo/generators/screenshot_sets/blind20_expected.json`.
- the twenty-first blind set (`BLIND21`), written on main cb4302b without reading the detector:
  its own values, templates and chat texts (work chats of Meppel employees with residents of
  the town and villages, contractors and colleagues on new subjects: special assistance for a
  broken washing machine, a carer's compliment, a status holder's keys, a removal van's
  exemption, loitering youths, a municipal tree over a shed, a dog bite, a dark lamp post, a
  passport stolen abroad, a polling station member, a swimming pass via the Meedoenregeling, a
  lost waste pass, a broken slide, a disputed parking fine, a wedding officiant for a day, a leak
  in a village hall, a guardian's account, rent arrears on a caravan site, a speed bump petition,
  bulky waste, a petting-farm volunteer, a façade garden, a Wmo kitchen-table talk, a diamond
  wedding, a hole in a cycle path, an annex for a mother, civic integration, a proxy vote, a
  street sign in a ditch, a Christmas market stall, a WOZ decision, a mobility scooter, ...) with
  `BLIND21_STYLE`: first names that are Dutch words ("Pluk", "Madelief", "Anker", "Mus",
  "Zomer") and Frisian, Drents, Turkish, Polish, Kurdish, Croatian and Chinese names with their
  nicknames ("Kasia", "Grzesiek", "Mingming"); people saved with a cloud after the name ("Mus
  ☁"), a flag before a nickname and a surname's initial without a dot ("⚑ Kasia T"), scissors
  before the surname first ("✂ SCHEP W.A.", "✂ Hark, Jelte"), an unsaved member with a
  lightning push name; surnames that are tools ("Schep", "Hark", "Tang", "Bezem", "Troffel",
  "Kruik", "Gieter", "de Spade") alone, in lower case and in capitals; "mw."/"de heer" with
  initials, initials glued to a surname ("K.Talabani", "KA Liang"), "wed." and slashed double
  names; names in adder, remover, invite-link, rename and missed-call notices, cards, forwarded
  messages, quoted replies, voice notes and file names, and the Web chat list; phone numbers
  "06-12 34 56 78", "+31 6 12 ...", "06 – 1234 5678", "+31 (0) 6 ...", "+31(0)6...",
  "0031(6)...", "0612 34 56 78", "06 12345678", abroad (0048, 0049);
  landlines of Meppel, Steenwijk, Emmen and Heerenveen ("0521/...", "+31 513 ..."); IBANs by
  four, with "NL" apart ("NL 91 ABCD ..."), dashed, split after the check digits, lowercase;
  a Polish IBAN; BSNs 3.3.3, 4 5, 2-2-2-3 and flat (passing their checks); birth dates with
  slashes, one-digit dots, a short year, an asterisk, "17 jul. 1973", "26 Juli 1980", "2 juni
  '32"; addresses in Meppel and the villages with toevoegingen (" A", "-2", "b", "
  boven", "-III", " kamer 3", "-bis", "/1"), "no 12" and the number first ("12 Ezelsdijk");
  postcodes dotted and with "NL"; plates rich in S/5, Z/2 and G/6, on photos and in
  text (flat, lowercase); as must-keep officials in their role ("De boa van dienst", "De
  klantmanager"), the town and villages, streets without a number, firms and schools named after
  words or people of the pool ("Hoveniersbedrijf De Hark", "Tweewielerhuis Anker", "OBS De
  Pluk"), zaak, kenmerk, melding, besluit, vergunning and invoice numbers, lamp-post and tree
  numbers, KvK and VAT numbers, amounts, times, dates written like a birth date, and the
  municipality's switchboard, WhatsApp number, IBANs and postbus in other writings ("140522",
  "0031-522-859500", "+316 1400 0522", "nl98 bngh 0285 1184 50", "Postbus 501, 7940 AM
  MEPPEL"). The generator's numbers abroad with +90, +964, +385 and +86, its Turkish, Croatian
  and German IBANs, BSNs 3 3 3, "12e maart" birth dates and lowercase postcodes are not drawn on
  these 30 screenshots (their templates or writings fell outside the drawn chats).
  30 screenshots: 13 Android, 9 iPhone, 8 Web, 12 dark, 14 JPEG, 12 scaled; 480 personal-data
  and 282 must-keep items (the seed picked among 8 for the mix of screens and item kinds, by
  the rendered counts only).
  Measured only; expected items in `demo/generators/screenshot_sets/blind21_expected.json`.
- the twenty-second blind set (`BLIND22`), written on main 0179deb without reading the detector:
  its own values, templates and chat texts (work chats of Meppel employees with residents of
  the town and villages, contractors and colleagues on new subjects: rats in a shed, a disputed
  fence, a bicycle wreck with a label, a street barbecue permit, a labour migrant still in the
  RNI, truancy, a naturalisation ceremony, expiring grave rights, a missing house number sign,
  a memorial bench, a skip exemption, a Tozo claw-back, debt-help intake, a bus shelter broken
  by fireworks, solar panels on a monument, felling a birch, a charging point, a royal
  decoration, a municipal funeral, a found wallet, a postal address, a flooded cellar, traffic
  controllers, an energy coach, a community-bus driver, a regional-taxi complaint, a full
  container, room letting without a permit, a temporary house number, an income statement, a
  Sinterklaas parade horse, geese on a school field) with `BLIND22_STYLE`: first names that are
  Dutch words ("Eik", "Klaver", "Juni", "Augustus", "Bloesem") and Gronings, Drents, Moroccan,
  Eritrean, Syrian, Portuguese and Romanian names with their nicknames ("Guus", "Mișu",
  "Gonça"); people saved with a note after the name ("Klaver ♪"), an umbrella before a
  nickname and two letters of the surname ("☂ Raf Ou."), a pencil before the surname first
  ("✎ HARP, Eik", "✎ Trom/Juni"), an unsaved member with a sun after the push name; surnames
  that are instruments ("Fluit", "Hoorn", "Trom", "Harp", "Luit", "Snaar", "Orgel", "de Bas")
  alone, in lower case and in capitals; "mevrouw"/"dhr"/"fam." with initials, initials in
  capitals before a surname in capitals, "e.v.", "geb." and "&" double names; names in adder,
  remover, leaver, admin, link-join, number-change, icon and missed-video-call notices, cards,
  forwarded messages, quoted replies, voice notes, file names and the Web chat list; digits
  rich in 0, 1, 8 and 5; phone numbers "06 123 456 78", "0031 6 1234 5678", "06 - 12 - 345 -
  678", "(+31) 6 ...", "+316-...", "06_12345678", abroad (+212, +291, 00963, +351, 0040, +32);
  landlines of Meppel, Zwolle, Hoogeveen and Assen ("038-...", "+31 (0)528 ...", "0592.123.456",
  "tel:0522..."); IBANs by four, bank code then flat digits, dotted, "NL" apart, lowercase
  with "nl" apart; Portuguese, Belgian, Luxembourg and French IBANs; BSNs 3-3-3, 3 2 4, 4.2.3,
  2 2 2 3 and flat (passing their checks); birth dates with spaces, slashed short years, eight
  digits, "3de april 1961", "3 apr 1961", a weekday first; addresses with toevoegingen (" hs",
  " II", " achter", "A-2", " (garage)", "-zw"), "nr. 12", "huisnummer 12" and number ranges;
  postcodes dashed lowercase, with two spaces and "NL-"; plates rich in B/8, D/0, T/7 and L/1,
  on photos and in text (spaced, lowercase); as must-keep officials in their role ("De
  leerplichtambtenaar", "De handhaver"), the town and villages, streets without a number, firms
  and schools named after words or people of the pool ("Muziekhuis De Harp", "Bakkerij
  Klaver", "Wubbo Ockelsschool"), zaak, kenmerk, melding, besluit, ontheffing and invoice
  numbers, charging points, KvK and VAT numbers, amounts, times, dates, and the municipality's
  switchboard, WhatsApp number, IBANs and postbus in other writings ("14.0522", "(14)0522",
  "+31-522-859500", "0614000522", "nl36 bngh 0285 0075 31", "postbus 501 - 7940 AM Meppel").
  The generator's numbers abroad with +212, +291, 00963, 0040 and +32 and its Portuguese,
  Belgian and French IBANs are not drawn on these 30 screenshots (one number in Portugal and one
  Luxembourg IBAN are; the other templates or writings fell outside the drawn chats).
  30 screenshots: 13 Android, 5 iPhone, 12 Web, 17 dark, 13 JPEG, 12 scaled; 479 personal-data
  and 277 must-keep items (the seed picked among 8 for the mix of screens and item kinds, by
  the rendered counts only).
  Measured only; expected items in `demo/generators/screenshot_sets/blind22_expected.json`.
- the twenty-third blind set (`BLIND23`), written on main c727023 without reading the detector:
  its own values, templates and chat texts (work chats of Meppel employees with residents of
  the town and villages, contractors and colleagues on new subjects: gulls nesting on a roof, a
  neighbour's humming heat pump, a sunken boat in the canal, a granny flat in a back garden, the
  mobile counter visiting a housebound resident, a poll worker's fee, moving abroad, bulky
  waste by appointment, adopting a tree pit, a homeless sleeper in the station's bicycle shed,
  a found dog's chip, a smelly wadi, stray cats, fireworks stored in a garage, night noise at a
  skate park, changing a tax direct debit, a Kindpakket bicycle, a work placement, a key
  handover to a status holder, an oliebollen stall, dumped mattresses with a letter in them, a
  mobility scooter charging in a flat's hallway, an overhanging hedge, a wedding officiant for
  a day, a birth tree, a volunteer of the year, a van circling a street, a camper parked for
  weeks, an urgent housing request, a gull with a broken wing) with `BLIND23_STYLE`: first
  names that are Dutch words ("Maas", "Duin", "Parel", "Mink", "Berber") and Drents, Ghanaian,
  Filipino, Bulgarian, Lithuanian, Tamil and Spanish names with their nicknames ("Kobby",
  "Stoycho", "Gintė", "Iñi"); people saved with a flower after the name ("Parel ✿"), a shamrock
  before a nickname and three letters of the surname without a dot ("☘ Niro Fri"), a star before
  the surname first ("★ Wulp (Aleida)", "★ SPECHT G."), an unsaved member with an anchor after
  the push name; surnames that are birds ("Kievit", "Specht", "Reiger", "Havik", "Spreeuw",
  "Koekoek", "Wulp", "de Kwartel") alone, in lower case and in capitals, surnames with "Oude"
  and "van der" and a Spanish double surname ("García López"); "de heer"/"Mevr."/"familie"
  with initials, "Surname, I.J.", double names with a hyphen, "en" and "wed."; names in adder,
  remover, leaver, admin, link-join, number-change and description notices, cards, forwarded
  messages, quoted replies, voice memos, file names and the Web chat list; digits rich in 4, 9,
  6 and 1; phone numbers "06 12 345 678", "+31 (0)6 12 34 56 78", "06 / 1234 5678", "0031
  (0)6 1234.5678", "06/12345678", "+31(0)612345678", abroad (+359, +370, +63, +233, 0094,
  +34, +62); landlines of Meppel, Heerenveen, Kampen, Groningen and Hoogeveen ("(0513) 123
  456", "0522/123456", "+3150 1234567", "0528 12.34.56", "038–1234567"); IBANs by four, "NL
  12" apart, the account after the bank code, flat with a dash, lowercase, bank code only in
  lowercase; Spanish, Lithuanian, Estonian and Slovak IBANs; BSNs 3 3 3, 4 2 3, 2-3-4, dotted
  and flat (passing their checks); birth dates "1-2-'85", "01.2.1985", "01 - 02 - 1985", "12
  mrt. 1985", "12e maart 1985", "12 Maart '85", "di. 12 maart 1985"; addresses with
  toevoegingen (" bov", "-B", "a-1", "/2", " app. 4", " (zijdeur)", " 1e etage", "-k3"), ",
  nr 12", "huisnr. 12" and "12 t/m 16"; postcodes lowercase, with an en dash and "NL "; plates
  rich in F/P, K/X and 4/9, on photos and in text (flat, spaced lowercase); as must-keep
  officials in their role ("De wijkboa", "De consulent Participatie"), the town and villages,
  streets without a number, firms and schools named after words or people of the pool
  ("Oliebollenkraam Parel", "Rijwielhandel Specht", "Bouwbedrijf Brinkhuis B.V.", "Kinderopvang
  De Kievit", "Stad & Esch"), zaak, kenmerk, melding, besluit, vergunning and invoice
  numbers, lamp-post and tree numbers, KvK and VAT numbers, national numbers ("144",
  "0900-8844"), amounts, times, dates, and the municipality's switchboard, WhatsApp number,
  IBANs and postbus in other writings ("tel.nr. 14 0522", "14.05.22", "(0522) 859 500",
  "+31522 859500", "06 14000 522",
  "nl98 bngh 0285 1184 50", "Postbus 501 7940 AM MEPPEL"). The generator's numbers abroad other
  than +233, its Spanish, Lithuanian and Slovak IBANs and the IBANs flat with a dash or with the
  bank code alone in lower case are not drawn on these 30 screenshots (one Ghanaian number and
  one Estonian IBAN are; the other templates or writings fell outside the drawn chats).
  30 screenshots: 13 Android, 10 iPhone, 7 Web, 12 dark, 12 JPEG, 14 scaled; 480 personal-data
  and 281 must-keep items (the seed picked among 16 for the mix of screens and item kinds, by
  the rendered counts only).
  Measured blind once on commit f9356ab (detector of main c727023): 44 of 480 personal-data
  items readable (PERSON 36, ADDRESS 6, PHONE 1, POSTCODE 1), 2 of 281 must-keep items blacked
  (0.7%); CPU median 0.64, worst 1.10 s at load 19-22 on 2 cores. Not read until round 29.
  Tuned on in round 29 (44 -> 37 of 480 readable, 2 of 281 blacked) and round 30 (37 -> 10 of
  480 readable, PERSON 32 -> 10, ADDRESS 3 -> 0, PHONE 1 -> 0, POSTCODE 1 -> 0; 2 -> 2 of 281
  blacked; CPU median 0.66, worst 1.10 s); details in bench/screenshot_bench.py.
  Expected items in `demo/generators/screenshot_sets/blind23_expected.json`.
- the twenty-fourth blind set (`BLIND24`), written on main d1c377f without reading the detector:
  its own values, templates and chat texts (work chats of Meppel employees with residents of
  the town and villages, contractors and colleagues on new subjects: a bee swarm in a lamp
  post, a hole in the pavement, market traders swapping pitches, a passport lost abroad, the
  recognition of an unborn child, a street party, a dog barking all day, a trampoline blown
  onto the road, an e-bike battery fire in a shed, a parking card for a carer, an overgrown
  ditch, a sewer smell, swimming lessons through the Jeugdfonds, an asbestos roof, solar panels
  dazzling a neighbour, a jeu de boules court, a little free library in a front garden, a sports
  club's energy grant, a tree fallen on a car, a speed bump, a smoking wood stove, the lost key
  of a community garden, school transport, a neglected allotment, a broken bench, a swing bridge
  that will not close, a wheelchair taxi, a debt-help intake, a found wallet, graffiti on a
  transformer box, moles on a sports field, a mooring, a loose horse) with `BLIND24_STYLE`:
  first names that are Dutch words ("Heide", "Juli", "Ster", "Rozemarijn", "Pip") and
  Gronings, Slovenian, Nepali, Albanian, Colombian and Cameroonian names with their nicknames
  ("Geuk", "Špeli", "Mita", "Dani", "Yei", "Sène"); people saved with a blossom after the name
  ("Ster ❀"), a four-pointed star before a nickname and a surname's initial without a dot ("✦
  Dani K"), a diamond before the surname first ("♦ Baars, Pip", "♦ ZALM, J.B."), an unsaved
  member with a victory hand after the push name; surnames that are fish ("Baars", "Karper",
  "Paling", "Voorn", "Zalm", "Spiering", "Brasem", "de Schol") alone, in lower case and in
  capitals, surnames with "ten" and "van der" and a Colombian double surname ("Muñoz
  Castaño"); "dhr."/"mw."/"de fam." with initials, "SURNAME IJ", "Surname - First", " - ",
  "&", "e.v." and "geb." double names; names in adder, remover, leaver, admin, link-join,
  number-change and icon notices, cards, forwarded messages, quoted replies, voice messages,
  file names and the Web chat list; digits rich in 3, 8, 5, 2 and 0; phone numbers "06-12 34
  56 78", "(06) 1234 5678", "+31 6-1234 5678", "06 123 456 78", "0031 6 12345678", "06.12.34.
  56.78", "+316 1234 5678", "06–12345678", abroad (+386, +977, +355, +383, +57, +237);
  landlines of Meppel, Steenwijk, Assen, Emmen and Zwolle ("0522 - 12 34 56", "(0592)123456",
  "+31 (0)38 123 4567", "0522.123456"); IBANs by four, with the account in threes, dotted,
  with the account apart, lowercase by four and lowercase flat; Slovenian, Albanian and Kosovar
  IBANs; BSNs 2 2 2 3, 3-3-3, 3 6 and 4.2.3 (passing their checks); birth dates "3/11/1962",
  "03-11-'62", "3.11.62", "1962-11-03", "3 nov '62", "3 NOVEMBER 1962", "dinsdag 3 november
  1962", "3-november-1962"; addresses with toevoegingen (" rd", " achterhuis", "-I", " bis",
  "C-3", "/a", " (boven)", "-01"), "no. 12", "12-14" and "12 en 14"; postcodes lowercase,
  with a dash, two spaces and "NL-"; plates rich in H/N, J/T and 3/8, on photos and in text
  (spaced, lowercase); as must-keep officials in their role ("De marktmeester", "De
  rioolbeheerder"), the town and villages, streets without a number, firms and schools named
  after words or people of the pool ("Visspeciaalzaak Baars", "Zonnestudio Ster", "Loonbedrijf
  Kruizinga", "Restaurant De Schol", "OBS De Zalm"), zaak, kenmerk, melding, besluit,
  vergunning and invoice numbers, lamp-post and tree numbers, KvK and VAT numbers, national
  numbers ("112", "0900-8800", "0800-1351"), amounts, times, dates, and the municipality's
  switchboard, WhatsApp number, IBANs and postbus in other writings ("14/0522",
  "(0522)859500", "+31-(0)522-859500", "06.14.00.05.22", "nl36 bngh 0285 0075 31", "postbus
  501 - 7940 AM Meppel"). The generator's numbers abroad other than +355 and +57, its Albanian
  IBAN, Steenwijk landlines and the switchboard written "14-05-22" or "tel. 140522" are not drawn
  on these 30 screenshots (the other templates or writings fell outside the drawn chats).
  30 screenshots: 14 Android, 9 iPhone, 7 Web, 15 dark, 16 JPEG, 14 scaled; 495 personal-data
  and 271 must-keep items (the seed picked among 12 for the mix of screens and item kinds, by
  the rendered counts only).
  Measured blind once on commit b5a8a48 (detector of main d1c377f): 29 of 495 personal-data
  items readable (PERSON 24, ADDRESS 3, IBAN 1, LICENSE_PLATE 1), 9 of 271 must-keep items
  blacked (3.3%); CPU median 0.66, worst 0.91 s at load 17-20 on 2 cores. Not read.
  Held out during screenshot round 30 and measured again on main c4af1d49 (round 30, text round
  33, the reviews, the Unicode fold and the speed round merged): 25 of 495 readable (PERSON 20,
  ADDRESS 3, IBAN 1, LICENSE_PLATE 1), 9 of 271 blacked (3.3%), CPU median 0.63, worst 0.86 s at
  load ~18; not read.
  Tuned on in round 31 (branch tshot31, from main a4b15af8): 25 -> 20 of 495 readable
  (PERSON 15, ADDRESS 3, IBAN 1, LICENSE_PLATE 1), 9 -> 2 of 271 blacked (0.7%), CPU median
  0.70, worst 1.00 s at load 6-9.
  Expected items in `demo/generators/screenshot_sets/blind24_expected.json`.
- the twenty-fifth blind set (`BLIND25`), written on main a4b15af8 without reading the detector:
  its own values, templates and chat texts (work chats of Meppel employees with residents of
  the town and villages, contractors and colleagues on new subjects: a stork's nest on a
  chimney, a dead swan in a canal, a fair operator's pitch, a move abroad to Tunisia, a wedding
  at the town hall, a Sint-Maarten lantern parade, a humming heat pump, a shopping trolley in
  the water, a caravan parked for months, the energy allowance, a hedge blocking the view at a
  corner, a wasps' nest, a swimming pass through the meedoenregeling, extending a grave's lease,
  a drone over the market, a skate ramp, a missing house-number plate, an ice rink's grant,
  fireworks in a letterbox, bicycle wrecks, a chimney sweep, the key of a youth shelter, a name
  change in the BRP, a neglected cat, a broken bus shelter, an abandoned sloop, a place in the
  night shelter, help with arrears, a dog without a chip, dumped Christmas trees, a hole in a
  cycle path, a mooring, sheep on the road) with `BLIND25_STYLE`: first names that are Dutch
  words ("Roef", "Wiek", "Mirte", "Hinde", "Pol") and Twents, Khmer, Tunisian, Cape Verdean,
  Samoan and Azerbaijani names with their nicknames ("Mien", "Kha", "Hedou", "Djami", "Sio",
  "Aysi"); people saved with a crescent moon after the name ("Mirte ☾"), a black diamond before
  a nickname and a surname's initial ("◆ Mien K"), a flag before the surname first ("⚑ Kraag
  Pol", "⚑ KROES Hinde"), an unsaved member with a sun after the push name; surnames that are
  clothes, food and farm words ("Broek", "Kraag", "Wortel", "Knecht", "Kroes", "Dop",
  "Stroop", "de Zeeuw") alone, in lower case and in capitals, surnames with "Olde", "ten",
  "van de" and "Ben"; "De heer"/"mevr."/"Fam." with initials, "IJ SURNAME", "Surname/First",
  "Surname First", hyphenated, "en", "echtg." and "(meisjesnaam ...)" double names; names in
  adder, remover, leaver, admin, link-join, number-change and description notices, cards,
  forwarded messages, quoted replies, voice memos, file names and the Web chat list; digits
  rich in 1, 7, 6, 9 and 0; phone numbers "06 - 1234 5678", "06 12 345 678", "+31 (6) 1234
  5678", "(+31) 6 12 34 56 78", "0 6 1234 5678", "06/12345678", "06-1234.5678",
  "+31(0)612345678", "0031-6-12345678", "061234-5678", abroad (+855, +216, +238, +685, +994,
  +351); landlines of Meppel, Hoogeveen, Groningen and Zwolle ("0522/123 456", "0522-123.456",
  "+31522123456", "(052) 2123456"); IBANs by four, dashed, with the account in twos, flat, with
  the country apart, lowercase; Tunisian and Portuguese IBANs; BSNs 3 3 3, 4 5, 3.3.3 and 2-3-4
  (passing their checks); birth dates "3.11.1962", "03/11/62", "03 11 1962", "03111962", "3 nov.
  1962", "november 3, 1962", "de 3e november 1962", "di. 3 november 1962"; addresses with
  toevoegingen (" hs", " 2e", "-bov", "ZW", " a/b", "-3hg", " (achter)", ".1"), "nr 12",
  "12/13" and "12 t.o."; postcodes with a dot, lowercase letters, the letters apart and "NL"
  after; plates rich in G/R/D and 1/7/6, on photos and in text (without dashes, spaced dashes);
  as must-keep officials in their role ("De havenmeester", "De kermismeester"), the town and
  villages, streets without a number, firms and schools named after words or people of the
  pool ("Kledingzaak De Broek", "Groentehandel Wortel", "Molen De Wiek", "Café De Kroes", "CBS
  De Kraag", "OBS Het Pol"), zaak, kenmerk, melding, besluit, vergunning and invoice numbers,
  pole, tree and cabinet numbers, KvK and VAT numbers, amounts, times, dates, and the
  municipality's switchboard, WhatsApp number, IBANs and postbus in other writings ("tel: 14
  0522", "140 522", "0522/859500", "0031-522-859500", "0614000522", "NL36-BNGH-0285-0075-31",
  "nl98bngh0285118450", "Postbus 501, 7940AM MEPPEL"). The generator's numbers in Cambodia, Cape
  Verde, Samoa and Portugal, its national numbers ("112", "113", "0800-0113"), "Stroopwafelkraam
  Roef", the switchboard written "14 - 0522", "0522-859 500" or "+31522859500" and "PB 501, 7940
  AM Meppel" are not drawn on these 30 screenshots (the other templates or writings fell outside
  the drawn chats).
  30 screenshots: 14 Android, 8 iPhone, 8 Web, 15 dark, 10 JPEG, 16 scaled; 465 personal-data
  and 303 must-keep items (the seed picked among 12 for the mix of screens and item kinds, by
  the rendered counts only).
  Measured blind once on commit dc5d4928 (detector of main a4b15af8): 30 of 465 personal-data
  items readable (PERSON 26, DATE_OF_BIRTH 1, LICENSE_PLATE 1, PHONE 1, POSTCODE 1), 9 of 303
  must-keep items blacked (3.0%); CPU median 0.71, worst 1.16 s at load 5-6 on 2 cores. Not read.
  Held out during screenshot round 31 and measured again on main 72dd5163 (round 31, the
  review's fixes and Woo round 47 merged): the same 30 of 465 readable and 9 of 303 blacked, CPU
  median 0.69, worst 1.15 s at load ~5; round 31 did not carry over; not read.
  Tuned on in round 32 (branch tshot32, from main 6424424d; rules in chats/redaction/images.py,
  a helper in places.py, tests in test_screenshot_round32.py; bench/pii_snapshot.py output byte-
  identical): before 30 of 465 readable (PERSON 26, DATE_OF_BIRTH 1, LICENSE_PLATE 1, PHONE 1,
  POSTCODE 1), 9 of 303 blacked, CPU median 1.18, worst 1.87 at load ~15-19 -> 3 of 465 readable
  (PERSON 3: 'hinde wortel', 'Wortel', 'roef ten dam', measured before the last three rules that
  aim at them), 2 of 303 blacked (0.7%: 'Molen De Wiek' after "namens", 'Wethouder Jeugd', both
  aimed at by later rules), CPU median 1.18, worst 1.81 at load ~18 (the before figure's load).
  Rules: "X is geen contact"; whom a person speaks/calls before when ("spreekt kroes vanavond");
  an unknown capitalised subject before a verb ("Polleke filmt,"); "Gesprek X in week"; "Dank
  X,"; a closing name before a time read without its colon; voice memos named in lower case; a
  name after "voor" before a full date; two particles before a frequent word; a name wrapped in
  a sentence; "echtg."; a bracketed plate with spaced dashes and its owner; "O6 -" wrapped; a
  dotted postcode after "t.o."; initials before capitals and capitals cut short in chat-list
  rows; business kinds ("Molen", "Dierenopvang", "Loonwerk") and one-word portfolios kept. Left: 1 of 465.
  Final run (main bba8b7f9 plus round 32b, branch tshot32b: app brands and OCR-misread
  compounds no unknown subjects; load 10-20): blind25 1 of 465 readable (PERSON 1), 0 of 303
  blacked, CPU median 1.19, worst 1.88; blind20 0/491, 0/245 (the '-molen' regression gone);
  blind23 10/480, 2/281 (the two 'Woonconcern' blacked by round 32 kept again); blind24 20/495,
  1/271; blind22 8/479, 4/277; blind21 5/480, 0/282; blind17 6/489 (PERSON 5, LICENSE_PLATE 1: one more than before, not looked into), 8/229; CPU medians 1.13-1.22.
  Expected items in `demo/generators/screenshot_sets/blind25_expected.json`.
- the twenty-sixth blind set (`BLIND26`), written on main 6424424d without reading the detector:
  its own values, templates and chat texts (work chats of Meppel employees with residents of
  the town and villages, contractors and colleagues on new subjects: a beaver dam flooding a
  meadow, a tree struck by lightning, ringing elderly people in a heat wave, the downpipe
  disconnection grant, tile-lifting for green gardens, a daubed picnic table, a snapping
  flagpole, Christmas lights for a shopping street, a pumping-station alarm, a canoe jetty,
  Japanese knotweed, a leaf blower on Sunday, a solar meadow, joining the heat network, a mural,
  a missing defibrillator, a daubed statue, bats in a cavity wall, a tree house, a broken public
  toilet, an empty grit bin, a crooked traffic mirror, a dumped sofa, a weather station on a
  school roof, a garden wind turbine, a braderie stopped by thunder, a leaking gutter, a
  removal lift, ice on the Wold Aa, sandbags at high water, a post knocked over in the fog) with
  `BLIND26_STYLE`: first names that are Dutch words ("Bram", "Kamille", "Sijs", "Salie",
  "Flip") and Drents, Basque, Maltese, Malagasy, Lao, Aymara and Fijian names with their
  nicknames ("Lammie", "Aitortxo", "Ċensinu", "Herizo", "Kham", "Siti"); people saved with an
  umbrella after the name ("Salie ☂"), a flower before a nickname and a surname's initial with
  a dot ("✿ Lammie E."), a snowflake before the surname first ("❄ KAST, Bram", "❄ Regen (Ane)"),
  an unsaved member with a lightning bolt after the push name; surnames that are weather and
  furniture words ("Wind", "Regen", "Mist", "Kast", "Kruk", "Spiegel", "Tafel", "de Donder")
  alone, in lower case and in capitals, surnames with "ten" and "van" and one that is a word
  ("Borg"); "Dhr."/"Mw."/"Familie" with initials, "F.K.Surname" without spaces, "Surname -
  First", "SURNAME, First", "Surname F.K.", "Surname (First)", double names with " - ", "+",
  "wed." and "v/h"; names in adder, remover, leaver, admin, link-join, number-change and
  picture notices, cards, forwarded messages, quoted replies, voice memos, file names and the Web
  chat list; digits rich in 4, 9, 2, 5 and 8; phone numbers "0612 345 678", "06 123 45 678",
  "+31 6 123 456 78", "06 1234 56 78", "0031 612 345 678", "+31-612345678", "06 12345678",
  "06.1234.5678", "(0)6-12345678", "+31 0612345678", abroad (+34, +356, +261, +856, +591, +679,
  +376); landlines of Meppel, Steenwijk, Assen, Emmen and Hoogeveen ("0521 - 12 34 56",
  "0592.123456", "+31 (0)591 123456", "05 28 12 34 56", "0522–123456"); IBANs by four with dots
  or double spaces, with the account in threes, flat, with the check digits apart, lowercase
  with dashes, only the country in lower case; Andorran, Montenegrin and Mauritian IBANs; BSNs
  3 2 4, 2 2 2 3, 3-3-3 and 4-2-3 (passing their checks); birth dates "03 - 11 - 1962",
  "3.11.62", "1962/11/03", "3-11-'62", "3-nov-1962", "3 NOVEMBER 1962", "3de november 1962",
  "dinsdag 3 nov 1962"; addresses with toevoegingen (" bis", "-II", " app. 4", "-B2", " bg",
  "/3", " (zijdeur)", "K"), "no. 12", "12-14" and "huisnr. 12"; postcodes with " - ", a slash,
  the second letter in lower case and "NL" before; plates rich in V/N/H/K and 4/9/2 in
  sidecodes 1-6 and 12, on photos and in text (with spaces or dots); as must-keep officials in
  their role ("De gemaalwachter", "De ecoloog"), the town and villages, streets without a
  number, firms, schools and public buildings named after words or people of the pool
  ("Meubelmakerij De Kast", "Zonwering Wind B.V.", "Glashandel De Spiegel", "OBS De Mist",
  "CBS De Regenboog", "Schouwburg Ogterop"), zaak, kenmerk, melding, besluit, vergunning and
  invoice numbers, lamp-post, tree and pumping-station numbers, KvK and VAT numbers, amounts,
  times, dates (also ISO and "'26"), and the municipality's switchboard, WhatsApp number, IBANs
  and postbus in other writings ("14.0522", "(14) 0522", "(0522) 859 500", "0522.859.500",
  "+31-522-859-500", "06 14 00 05 22", "NL36.BNGH.0285.0075.31", "Postbus 501 - 7940 AM
  Meppel").
  30 screenshots: 14 Android, 8 iPhone, 8 Web, 14 dark, 17 JPEG, 14 scaled; 417 personal-data
  and 297 must-keep items (the seed picked among 12 for the mix of screens and item kinds, by
  the rendered counts only).
  Measured blind once on commit defb2bed (detector of main 6424424d): 34 of 417 personal-data
  items readable (PERSON 29, LICENSE_PLATE 3, ADDRESS 1, DATE_OF_BIRTH 1), 11 of 297 must-keep
  items blacked (3.7%); CPU median 1.04, worst 1.72 s at load 19-26 on 2 cores. Not read.
  Tuned on in round 33 (branch tshot33, from main be7fd620): 34 -> 0 of 417 readable, 11 -> 2
  of 297 blacked (0.7%), CPU median 1.05 -> 1.07, worst 1.71 -> 1.77 s at load ~17-21.
  Expected items in `demo/generators/screenshot_sets/blind26_expected.json`.
- the twenty-seventh blind set (`BLIND27`), written on main 4f40cbb4 without reading the detector:
  its own values, templates and chat texts (work chats of Meppel employees with residents of the
  town and villages, contractors and colleagues on new subjects: a birth tree for a newborn, a
  memorial bench, harbour dues for a houseboat, mistletoe in the limes, a parking fine in the blue
  zone with the disc on the dashboard, ants under the pavement, pigeon droppings under the railway
  bridge, tree roots in a sewer pipe, felling the poplars, adopting a tree pit, a street sign
  missing a letter, conkers denting a car, a beech hedge over the cycle path, the neighbourhood
  orchard, a broken drinking-water tap, a tiny forest at a school, tit boxes against caterpillars,
  honeydew from the limes, firewood from felled trees, stump grinding, a nature playground,
  compost day, a sandpit full of cats, an ice-cream van's pitch, a lost house number sign, a
  camper parked for weeks, an extra green bin, a chipped cat found, a split red oak, renting a
  Christmas tree, pollarding willows, a full leaf basket) with `BLIND27_STYLE`: first names that
  are Dutch words ("Kade", "Bes", "Dahlia", "Magnolia", "Dille") and Stellingwerfs, Faroese,
  Catalan, Haitian and Kyrgyz names with their nicknames ("Loffie", "Rúnsi", "Montse", "Wiwi",
  "Janrob", "Nuri"); people saved with a club after the name ("Dahlia ♣"), a leaf before a
  nickname and a surname's initial without a dot ("❦ Nola D"), a flower before the surname first
  ("⚘ WILG Kade", "⚘ Beuk/Bes"), an unsaved member with a club outline after the push name ("~
  Nola ♧"); surnames that are tree words ("Wilg", "Beuk", "Iep", "Populier", "Vlier", "Hazelaar",
  "Den", "de Lariks") alone, in lower case and in capitals, surnames with "ter" and "van" and one
  that is a word ("Plank"); "De heer"/"Mevr."/"Fam." with initials, "FR Surname" without dots,
  "Surname, F.", "SURNAME First", "Surname/First", "Surname, First (R.)", double names with "-",
  "en", "e.v." and "gehuwd met"; names in adder, remover, leaver, admin, link-join, number-change
  and description notices, cards, forwarded messages, quoted replies, voice memos, file names and
  the Web chat list; digits rich in 3, 7, 0 and 6; phone numbers "06 12 34 56 78", "+31 (6) 1234
  5678", "0 6 1234 5678", "06 - 1234 5678", "06/12345678", "+31612345678", "06_1234_5678",
  "0031-6-12345678", "06 1234-5678", abroad (+298, +34, +509, +996, +354, +299); landlines of
  Meppel, Steenwijk, Zwolle and Hoogeveen ("0522/123456", "(038) 12.34.567", "+31 522-123456",
  "0521 12-34-56"); IBANs by four with slashes, with the country apart, in twos and fours, flat,
  with a space after the bank, lowercase by four, with only "nl" in lower case; Faroese,
  Greenlandic and San Marino IBANs; BSNs 4 5, 3 3 3, 2-3-4 and with dots (passing their checks);
  birth dates "03 / 11 / 1962", "1962.11.03", "03-11-62", "03111962", "3 November 1962", "3 nov.
  1962", "dinsdag, 3 november 1962", "de 3e van november 1962"; addresses with toevoegingen ("
  ter", "-III", " kamer 2", "-C1", " hs", " achter", "+1", "D"), "nummer 12", "12/13" and "nr 12";
  postcodes with a dash, a dot, the letters in lower case and "NL-" before; plates rich in T/F/J/X
  and 3/7/0 in sidecodes 1-9, on photos and in text (without dashes or in lower case); as
  must-keep officials in their role ("De boomdeskundige", "De havenmeester"), the town and
  villages, streets without a number, firms, schools and public buildings named after words or
  people of the pool ("Boomkwekerij De Wilg", "Houthandel De Lariks", "Timmerbedrijf Plank B.V.",
  "OBS De Populier", "CBS De Hazelaar", "Museum De Wemme"), zaak, kenmerk, melding, besluit,
  vergunning and invoice numbers, tree, mooring and drain numbers, KvK and VAT numbers, amounts,
  times, dates (also "12/05/26" and "12 okt. '26"), and the municipality's switchboard, WhatsApp
  number, IBANs and postbus in other writings ("14 05 22", "140522", "0522-859500",
  "+31(0)522859500", "0614000522", "NL36/BNGH/0285/0075/31", "POSTBUS 501, 7940 AM MEPPEL").
  30 screenshots: 14 Android, 7 iPhone, 9 Web, 16 dark, 15 JPEG, 16 scaled; 506 personal-data
  and 291 must-keep items (the seed picked among 6 seeds rendered with the final generator, 12
  with an earlier draft, for the mix of screens and item kinds, by the rendered counts only).
  Measured once, blind: measured blind once on main 53cd2440 (this stop's screenshot rounds 32, 32b and 33 merged): 42 of 506 personal-data items readable (PERSON 32, EMAIL 3, ADDRESS 2, IBAN 2, PHONE 2, DATE_OF_BIRTH 1), 10 of 291 must-keep items blacked (3.4%), CPU median 1.15, worst 1.65 s per screenshot (wall median 11.82, worst 29.27) at load ~7-10 on 2 cores. Not read, not tuned on; expected items in
  `demo/generators/screenshot_sets/blind27_expected.json`.
- the twenty-eighth blind set (`BLIND28`), written at stop 43 on main 34ea3639 without reading
  the detector: its own values, templates and chat texts (work chats of Meppel employees with
  residents, volunteers, clubs and colleagues about events, civil affairs and the water: skating
  volunteers, a lantern parade, a 100th birthday and a diamond wedding visited by the mayor, a
  royal honour nomination, orphaned bikes at the station, the gondola parade, a boules court full
  of weeds, a found driving licence, moving house, carbide shooting, fireworks litter, the fair's
  pitches, a street party, an allotment given up, school swimming, a sloop on the quay, the
  Sinterklaas parade, a partner's surname, an address investigation, a ball over the fence, a
  visitor's parking permit, a wedding in the museum, the key of the neighbourhood room, a damaged
  canoe, the skating club, a boat without a name, a wreath on 4 May, party noise, the paper
  collection, a market stall, an escaped goat) with `BLIND28_STYLE`: first names that are Dutch
  words ("Anemoon", "Saffier", "Opaal", "Nova", "Wolk"), Tamil, Georgian, Mongolian, Bosnian and
  Drents names with their nicknames ("Tharsh", "Gogi", "Enkhee", "Edo", "Hinnerk"); people saved
  with an anchor after the name ("Opaal ⚓"), a star before a nickname with the surname in brackets
  ("☆ Noof (Gelashvili)"), the surname first with an envelope ("ROER, Emina ✉"), an unsaved
  member with a note after the push name ("~ Oyu ♫"); surnames that are boat words ("Zeil",
  "Spriet", "Vlet", "Praam", "Boei", "Kiel", "Roer", "de Steiger") alone, in lower case and in
  capitals; surnames with "van 't", "in 't", "op de", "van der", "de la" and "uit de", and on a
  list with the particle after the first name or initial ("Riet, A. van 't");
  "mw."/"dhr."/"wed." and three initials; double names with a spaced dash, "(geb. X)", "weduwe van" and "&"; names in
  create, icon, invite, removal, leaver, admin, link-join and number-change notices, cards,
  forwarded messages, quoted replies, voice memos, file names and the Web chat list; digits rich
  in 5, 8, 1 and 6; phone numbers "(06) 12 34 56 78", "+31 6 123 456 78", "06 123 456 78", "0031 6
  1234 5678", "+31 (0) 6 12 34 56 78", "(06)12345678", "+31 0612345678", "06.1234.5678",
  "06-123-45-678", abroad (+94, +995, +976, +387); landlines of Meppel, Assen, Emmen and
  Heerenveen ("0592-12 34 56", "(0513) 123 456", "+31 (0)591 123456", "0522.123456"); IBANs by four
  with dots, the account in two fives, the country apart ("NL 12 ABCD ..."), flat, with a space
  after the bank code, lowercase with dots or spaces; Georgian and Bosnian IBANs; BSNs with dots
  (4.2.3 and 2.2.2.3) and spaces (2 2 2 3, 4 2 3); birth dates "03.11.1962", "3/11/'62",
  "1962-11-03", "3-11-1962", "3 nov 1962", "3-nov-1962", "november 3, 1962", "3e november '62";
  addresses with toevoegingen (" bis-A", " 1e etage", "-A02", " unit B", " zw", "-2hoog", "½", "
  t/o"), "no. 12", "huisnr. 12" and "12 t/m 16"; postcodes with two spaces, a slash, the letters
  apart or in lower case; plates rich in G/S/Z/B and 5/8/1/6 in sidecodes 4 and 7-14, on photos
  and in text (with spaces or in lower case); e-mail addresses in long lines; as must-keep
  officials in their role ("De sluiswachter", "De ambtenaar burgerlijke stand", "Burgemeester
  Koopmans"), the town and villages, streets without a number (two named after a boat word),
  firms and buildings named after words or people of the pool ("Jachthaven De Boei",
  "Zeilmakerij Spriet & Zn", "Scheepswerf Roer B.V.", "Fietsdepot Kapanadze", "OBS Het Roer",
  "CBS De Praam"), zaak, kenmerk, melding, APV and permit numbers, invoice and payment
  references, jetty, lock and quay numbers, KvK and VAT numbers, amounts, times, dates (also
  "2026-04-27" and "4/12/'26"), and the municipality's switchboard, WhatsApp number, IBANs and
  postbus in other writings ("14-0522", "14 - 0522", "14 0 522", "(0522)859500",
  "+31-(0)522-859500", "06 14 000 522", "NL 36 BNGH 0285 0075 31", "Postbus 501 | 7940 AM Meppel").
  30 screenshots: 14 Android, 8 iPhone, 8 Web, 15 dark, 21 JPEG, 14 scaled (one full-size
  1080x2400); 485 personal-data and 248 must-keep items (the seed picked among 12 rendered with
  the final generator, 16 with earlier drafts, for the mix of screens and item kinds, by the
  rendered counts only). Measured blind once on main d4889894: 70 of 485 readable (PERSON 66),
  7 of 248 must-keep blacked (2.8%), CPU median 0.66, worst 0.98 s; held out. Expected items in
  `demo/generators/screenshot_sets/blind28_expected.json`.
- the twenty-ninth blind set (`BLIND29`), written at stop 44 on main 5b87e2e5 without reading
  the detector: its own values, templates and chat texts (work chats of Meppel employees with
  residents, volunteers, clubs and colleagues about elections, civil affairs, sport, care and the
  neighbourhood: a proxy vote for a mother in hospital, a lost polling card, the naturalisation
  ceremony, a birth registration, scattering ashes in a park, stopping the dog tax, tax
  remission, a volleyball club renting a sports hall, a repair café, Open Monumentendag guides,
  a disabled parking space, a broken mobility scooter, a language buddy, neighbourhood watch and
  an open garage, a street collection, a scouts' campfire, a phone left at the desk, the rain
  barrel grant, sports park lights on all night, traffic controllers for the Avondvierdaagse, a
  car parked at a school every morning, volunteer drivers and a free VOG, a neighbourhood
  budget for planters, a lost ID card, a chess club looking for a room, a forwarded tenant's
  foreign IBAN, the litter-picking day, an extract for a rental contract, the net of a football
  cage, household help, a youth sports pass) with `BLIND29_STYLE`: first names that are Dutch
  words ("Mirre", "Keet", "Sering", "Zilver", "Roek"), Tagalog, Amharic, Macedonian, Māori,
  Breton and Sallands names with their nicknames ("Lio", "Teddy", "Blaže", "Wiri", "Gwen",
  "Dekkie"); people saved with a cup after the name ("Keet ☕"), a sparkle before a nickname and
  surname with "(werk)" after it ("✧ Teddy Alemayehu (werk)"), as on a list with a tick
  ("Te Whare, T.R. ✔"), an unsaved member with a victory hand after the push name ("~ Keetje
  ✌"); surnames that are kitchen words ("Pan", "Vork", "Beker", "Schaal", "Kom", "Bord",
  "Rasp", "de Kruik") alone, in lower case and in capitals; surnames with "te", "aan de", "van
  den", "ten" and a capital "Te" ("Te Whare"), and on a list with the particle after the first
  name ("Lintelo, Derk te"); "mevr."/"de heer"/"fam." and three initials; double names with a
  plain dash, "e/v", "en" and ", geb."; names in create, description, link-join, remover, leaver,
  admin and number-change notices, cards, forwarded messages, quoted replies, voice memos, file
  names and the Web chat list; digits rich in 2, 4, 9 and 0; phone numbers "06 - 12 34 56 78",
  "+31-6-1234 5678", "(+31) 6 12 34 56 78", "06 12 345 678", "+316 1234 5678", "06 12345678",
  "0612 345 678", "+31 6-12345678", "06–12345678", abroad (+63, +251, +389, +64, +33); landlines
  of Meppel, Beilen, Dedemsvaart and Emmeloord ("0523 - 123456", "0593/12 34 56", "+31 527 123
  456", "(0522) 12.34.56"); IBANs by four with dashes, the account in 3-3-4, flat, with a space
  after the check digits, in lower case flat or by four; North Macedonian and French IBANs; BSNs
  with dots (3.3.3), dashes (4-2-3, 2-2-2-3) and spaces (4 3 2) (passing their checks); birth
  dates "03-11-1962", "3.11.1962", "03/11/62", "3-11-'62", "3 XI 1962", "03 NOV 1962", "3 nov.
  '62", "zaterdag 3 november 1962"; addresses with toevoegingen (" app. 3", "-bg", " II", "/4",
  " boven", "-01", " ws", " k12"), "nr.12", "12a" and "12 en 14"; postcodes flat, spaced, in
  lower case and with a dash; plates rich in D/R/N/H and 2/4/9 in sidecodes 1-4 and 7-10, on
  photos and in text (flat or in lower case); e-mail addresses in long lines; as must-keep
  officials in their role ("De buurtsportcoach", "De stembureauvoorzitter", "Wethouder
  Hagedoorn"), the town and villages, streets without a number (two named after a kitchen
  word), firms and buildings named after words or people of the pool ("Cateraar De Beker",
  "Keukenstudio Schaal & Vork", "Taxi Trajkovski", "Verkeersregelaars Te Whare", "OBS De Kruik",
  "CBS Het Bord", "Schouwburg Ogterop"), zaak, kenmerk, melding, permit and hall-rent numbers,
  invoices and payment references, fields, halls and light masts, KvK and VAT numbers, other
  bodies' numbers ("0800-2000", "0900 8844", "14 038"), department mailboxes ("sport@meppel.nl",
  "wmo@meppel.nl", "Belastingen@Meppel.nl"), amounts, times, dates, and the municipality's
  switchboard, WhatsApp number, IBANs and postbus in other writings ("14.0522", "140 522", "14 05
  22", "0522 859 500", "+31522859500", "(06) 1400 0522", "NL36-BNGH-0285-0075-31", "Postbus 501 -
  7940 AM Meppel"). 30 screenshots: 14 Android, 7 iPhone, 9 Web, 13 dark, 16 JPEG, 10 scaled (two
  full-size 1080x2400); 481 personal-data and 257 must-keep items (the seed picked among 29
  rendered with drafts of the generator, by the rendered counts only). Measured blind once on main
  f3ae7a8b: 27 of 481 readable (PERSON 26, ADDRESS 1), 5 of 257 must-keep blacked (1.9%), CPU
  median 0.57, worst 0.85 s. Tuned on in round 36 (branch shot36, rules in
  `chats/redaction/images.py`, tests in `tests/chats/redaction/test_screenshot_round36.py`): 0 of
  481 readable, 1 of 257 blacked (0.4%: 'Wethouder Hagedoorn'), CPU median 0.57, worst 0.89 s at
  load ~6-8. Expected items in
  `demo/generators/screenshot_sets/blind29_expected.json` (`write_expected(BLIND29)`).
- the thirtieth blind set (`BLIND30`), written at stop 44 on main b6b5c9d3 without reading the
  detector: its own values, templates and chat texts (work chats of Meppel employees with
  residents, colleagues and firms about permits, public space, civil affairs, the counter and
  the office: a felling permit for an oak, a memorial bench, swapping a bridge keeper's shift,
  pupil transport, a building skip blocking the street, a new house number, moving abroad, a
  driving licence after a medical, witnesses for a wedding, a broken card for the underground
  container, an energy coach visit, the carer's appreciation, a toddler group place, a WOZ
  objection, graffiti in a tunnel, a blinking lamp post, oak processionary caterpillars at a
  school, stray cats in a shed, an internship at the municipality, standing in at the counter,
  damage to a service car, a resident's parking permit, the lost key of the municipal yard, a
  Christmas hamper to an employee's home address, a food truck at the market, a street
  barbecue, a fence over the boundary, a dormer window, a forwarded refund to a foreign IBAN, a
  found wallet) with `BLIND30_STYLE`: first names that are Dutch words ("Aster", "Kik",
  "Snip"), Somali, Vietnamese, Albanian, Kurdish and Frisian names with their nicknames
  ("Rahmaan", "Huongie", "Besi", "Azo", "Wyb"); people saved with a sun after the name ("Aster
  ☀"), a pencil before a nickname and surname ("✎ Wyb Hiemstra"), as on a list with a telephone
  ("GAAI, Besnik ☎", "Fazant - W.J. ☎"), an unsaved member with a flower after the push name ("~
  Besi ✿"); surnames that are bird words ("Ekster", "Gaai", "Lijster", "Grutto", "Fazant",
  "Kauw", "Wouw", "de Tureluur") alone, in lower case and in capitals; surnames with "op de",
  "in de", "van het" and "ter", and on a list with the particle after the first name ("Woerd,
  Azad op de"); "mw."/"dhr."/"familie" and three initials; double names with a slash, "x",
  "gehuwd met" and "(meisjesnaam X)"; names in create, add, remover, leaver, admin, link-join and
  number-change notices, cards, forwarded messages, quoted replies, voice memos, file names and
  the Web chat list; digits rich in 3, 7, 8 and 1; phone numbers "06 1234 5678", "+31 6 12 34 56
  78", "(06) 123 456 78", "0031 6 1234 5678", "06 - 1234 5678", "06/12345678", "+31-612345678",
  "06.12.34.56.78", "+31 (0)6-12345678", abroad (+252, +84, +355, +383, +964, +49); landlines of
  Meppel, Hoogeveen, Steenwijk and Zwolle ("0528-123 456", "+31 (0)521 12 34 56", "0522.12.34.56",
  "(0521)-123456", "038 - 123 45 67"); IBANs by four, with the account in two and fours, the bank
  code glued to the check digits ("NL12ABCD 0123 ..."), flat, in lower case flat or by four;
  Albanian, Kosovar and German IBANs; BSNs with spaces (3 3 3), dots (4.2.3, 2.2.2.3) and dashes
  (3-3-3) (passing their checks); birth dates "3-11-62", "03.11.'62", "3/11/1962", "1962.11.03",
  "3 nov. 1962", "3 november '62", "3e november 1962", "di 3 nov 1962"; addresses with
  toevoegingen (" A", "-3", " bis", " rood", "/A2", " achter", " 3hg", "-huis"), "no 12" and
  "12-16"; postcodes flat, spaced, in lower case, with a dot and with the letters apart; plates
  rich in K/T/X/F and 3/7/8/1 in sidecodes 3, 4 and 7-14, on photos and in text (with spaces or in
  lower case); e-mail addresses in long lines, one an employee's at the municipality's domain
  ("d.gaai@meppel.nl", personal data); as must-keep officials in their role ("De brugwachter",
  "De toezichthouder bouw", "Wethouder Openbare Ruimte", "De BOA"), the town and villages,
  streets without a number (two named after a bird word), firms and buildings named after words
  or people of the pool ("Boomverzorging De Ekster", "Hoveniersbedrijf Gaai & Zn", "Taxi Hersi",
  "Aannemersbedrijf Hiemstra B.V.", "CBS De Lijster", "OBS De Wouw"), zaak, kenmerk, melding,
  permit and market-pitch numbers, invoices and payment references, masts, posts and bridges,
  KvK and VAT numbers, other bodies' numbers ("0800-6035", "112", "0900-8844"), department
  mailboxes ("vergunningen@meppel.nl", "publiekszaken@meppel.nl", "OpenbareRuimte@meppel.nl"),
  amounts, times, dates, and the municipality's switchboard, WhatsApp number, IBANs and postbus in
  other writings ("14 0522", "14-0522", "14 05 22", "140522", "0522-859500", "+31 522 85 95 00",
  "06 14000522", "NL36BNGH0285007531", "Postbus 501 · 7940 AM Meppel"). 30 screenshots: 15
  Android, 9 iPhone, 6 Web, 12 dark, 12 JPEG, 13 scaled (three full-size 1080x2400); 475
  personal-data and 246 must-keep items (the seed picked among about 240 rendered with drafts of
  the generator, by the rendered counts and the set tests only). Measured blind once, on stop 44's
  final detector (main 07829669, screenshot round 36 and text round 39 merged): 41 of 475
  personal-data items readable (PERSON 28, ADDRESS 7, IBAN 3, POSTCODE 2, PHONE 1), 4 of 246
  must-keep items blacked (1.6%), CPU median 0.53, worst 0.96 s per screenshot. Tuned on in
  screenshot round 37 (branch shot37, rules in the "Round 37" section of
  `chats/redaction/images.py`): 12 of 475 readable (PERSON 11, PHONE 1), 4 of 246 blacked (1.6%),
  CPU median 0.54, worst 0.82 s. Tuned on again in screenshot round 38 (branch shot38, rules in
  the "Round 38" section of `chats/redaction/images.py`, tests in
  `tests/chats/redaction/test_screenshot_round38.py`): 0 of 475 readable, 0 of 246 blacked,
  CPU median 0.54, worst 0.84 s.
  Expected items in `demo/generators/screenshot_sets/blind30_expected.json`
  (`write_expected(BLIND30)`).
- the thirty-first blind set (`BLIND31`), written on main 1bce1751 without reading the detector:
  its own values, templates and chat texts (work chats of Meppel employees with residents,
  colleagues and firms about Wmo, debt help, waste, events, compulsory education, enforcement and
  civil affairs: household help, a broken stair lift, a mobility scooter, wage garnishment, a
  payment plan, the energy allowance, budget management, a wheelie bin run over, bulky waste,
  bags next to the container, a street party on King's Day, a bouncy castle, a fair stall,
  truancy, leave outside the school holidays, an exemption, dog mess, a wreck on the pavement,
  noise at night, a passport lost abroad, moving house, a birth, a death, the choice of a
  surname, swapping a shift at the Wmo desk, a team lunch, leave, respite care, a bathroom
  adaptation, a full underground container, a forwarded refund to a foreign IBAN, a bicycle in
  the depot) with `BLIND31_STYLE`: first names that are Dutch words ("Brons", "Honing", "Munt"),
  Afghan, Bosnian, Eritrean, Surinamese Hindustani, Chinese and Drents names with their
  nicknames ("Zari", "Hare", "Fili", "Ravi", "Xiu", "Hilly"); people saved with a hammer after
  the name ("Brons ⚒"), a gear before a nickname and surname ("⚙ Ravi Karimi"), as on a list
  with a flag ("schaaf, Pien ⚑", "Klink / Haris ⚑"), an unsaved member with a star after the push
  name ("~ Zari ★"); surnames that are hardware words ("Schaaf", "Boor", "Moer", "Klink", "Klem",
  "Schroef", "Ketting", "de Vijl") alone, in lower case and first on a list; surnames with "van den",
  "op 't", "de la" and "van der", and on a list with the particle after the initial ("Hul, W. van
  den"); "mevr."/"Dhr"/"fam." and three initials; double names with a dash, "en", "wed." and
  "geb."; names in create, add, remover, leaver, admin, link-join and number-change notices,
  cards, forwarded messages, quoted replies, voice memos, file names and the Web chat list;
  digits rich in 2, 5, 6 and 9; phone numbers "06 123 45 678", "+31 6 1234 5678", "06 12 345
  678", "+31 (0)6 1234 5678", "06 12 34 56 78", "06-123 45 678", "0031-6-12345678",
  "+31612345678", "06-12345678", abroad (+93, +387, +291, +86, +597, +32); landlines of Meppel,
  Assen, Zwolle and Emmeloord ("0522 - 12 34 56", "0592-123456", "+31 38 123 4567", "0527/12 34
  56", "(038) 123 45 67"); IBANs by four, with the account in threes, the country apart ("NL 12
  ABCD ..."), flat, in lower case flat or by four; Bosnian, Montenegrin and Austrian IBANs; BSNs
  flat, with dots (3.3.3) and spaces (3 2 4, 4 2 3, 3 3 3) (passing their checks); birth dates
  "05-03-1961", "5.3.1961", "05/03/'61", "1961-03-05", "5 maart 1961", "5 mrt '61", "zondag 5
  maart 1961", "5-mrt-1961"; addresses with toevoegingen (" B", "-II", " zw", "/1", " boven", "
  2e", "-A", " unit 4"), "nr. 12" and "12 t/m 18"; postcodes flat, spaced, with a dash, with two
  spaces and in lower case; plates rich in G/Z/N/R/H and 2/5/6/9 in sidecodes 3, 4 and 7-14, on
  photos and in text (flat or in lower case); e-mail addresses in long lines, one an employee's at
  the municipality's domain (personal data); as must-keep officials in their role ("De
  Wmo-consulent", "De leerplichtambtenaar", "De handhaver", "Wethouder Sociaal Domein"), the town
  and villages, streets without a number (two named after a hardware word), firms and buildings
  named after words or people of the pool ("Trapliften De Schroef", "Klussenbedrijf Boor & Zn",
  "Cateraar Karimi", "Taxi Zhou", "OBS De Schaaf", "CBS De Klink"), zaak, kenmerk, melding,
  permit and pitch numbers, invoices and payment references, containers, KvK and VAT numbers,
  other bodies' numbers ("0800-8115", "0800-2025", "088-0303000"), department mailboxes
  ("schuldhulp@meppel.nl", "leerplicht@meppel.nl", "Evenementen@meppel.nl",
  "burgerzaken@meppel.nl"), amounts, times, dates, and the municipality's switchboard, WhatsApp
  number, IBANs and postbus in other writings ("14-0522", "(14) 0522", "14 - 0522",
  "0522-85 95 00", "+31-522-859500", "06-14000522", "nl36 bngh 0285 0075 31",
  "Postbus 501 | 7940 AM Meppel"). 30 screenshots: 14 Android, 6 iPhone, 10 Web, 17 dark, 13
  JPEG, 16 scaled (three full-size 1080x2400); 475 personal-data and 257 must-keep items (the
  seed picked among about 100 rendered with drafts of the generator, by the rendered counts and
  the set tests only). Measured blind once on main a21743af (stop 44's final detector, 1bce1751):
  34 of 475 readable, 7 of 257 blacked; after round 38 (held out) 34 of 475, 6 of 257; tuned on
  in round 39: 4 of 475 readable (PERSON 4), 0 of 257 blacked. Expected items in
  `demo/generators/screenshot_sets/blind31_expected.json` (`write_expected(BLIND31)`).
All personal data is fictitious (numbers pass their checksums so a detector must take them).
"""

from __future__ import annotations

import datetime
import io
import json
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import btw as stdnum_btw

from demo.generators.screenshots import FONT_BOLD, FONT_DIR, FONT_REGULAR, _font

SETS_DIR = Path(__file__).resolve().parent / "screenshot_sets"

# The municipality's own contact data: must stay readable (the bench passes them as keep-values).
SWITCHBOARD = "14 0522"
SWITCHBOARD_LONG = "0522 85 95 00"
ROLE_MAILBOX = "info@meppel.nl"
MUNICIPAL_KEEP_VALUES = (SWITCHBOARD, SWITCHBOARD_LONG, ROLE_MAILBOX)


@dataclass(frozen=True)
class Pools:
    """The words a set draws from; the tuning and blind pools share no personal value."""

    first_names: tuple[str, ...]
    # Surnames that are also ordinary Dutch words (bakker, visser, ...).
    word_surnames: tuple[str, ...]
    surnames: tuple[str, ...]
    streets: tuple[str, ...]
    places: tuple[str, ...]
    groups: tuple[str, ...]
    plates: tuple[str, ...]
    bank_codes: tuple[str, ...]


TUNING_POOLS = Pools(
    first_names=("Kees", "Annet", "Henk", "Marieke", "Johan", "Sanne", "Gerrit", "Ilse"),
    word_surnames=("Visser", "Bakker", "Smit", "Mulder", "Kok", "Schipper", "Boer", "Koster"),
    surnames=("de Vries", "Jansen", "van Dijk", "Hoekstra", "Zwiers", "Lubbers"),
    streets=("Kerkstraat", "Prinsengracht", "Zuideinde", "Wilhelminapark", "Steenwijkerstraatweg"),
    places=("Meppel", "Nijeveen", "Rogat"),
    groups=("Team Wegen", "Buurtapp Centrum", "Wijkteam Oost"),
    plates=("KL-428-V", "7-TXB-42", "GF-916-H"),
    bank_codes=("ABNA", "INGB", "RABO"),
)
BLIND_POOLS = Pools(
    first_names=("Wim", "Femke", "Joost", "Hennie", "Lotte", "Bert", "Anouk", "Roelof"),
    word_surnames=("Brouwer", "Dekker", "Molenaar", "Koning", "Vos", "Timmerman", "Kramer", "Post"),
    surnames=("Bosma", "van der Wal", "Meijer", "Oosterhuis", "Kuipers", "ter Horst"),
    streets=("Hoofdstraat", "Dinxterveen", "Kaapweg", "Sluisplein", "Groenmarktstraat"),
    places=("Meppel", "Havelte", "Broekhuizen"),
    groups=("Team Groen", "Buurtapp Oosterboer", "Overleg Markt"),
    plates=("ZT-593-K", "3-KNR-18", "HX-207-P"),
    bank_codes=("SNSB", "TRIO", "ASNB"),
)


@dataclass(frozen=True)
class SetConfig:
    name: str
    seed: int
    count: int
    pools: Pools
    # Which templates this set may use: "both" and its own tag.
    tag: str
    # The municipality's contact data this set draws besides `MUNICIPAL_KEEP_VALUES` (its own
    # IBAN), passed to the detector as keep-values as Beheer enters them.
    keep_values: tuple[str, ...] = ()


# A third set for tuning against the blind set's kind of sentences (issue 12, second round): the
# blind templates with values neither other set uses. Tune on it; the blind set stays blind.
CHECK_POOLS = Pools(
    first_names=("Gert", "Marloes", "Jeroen", "Tineke", "Sjoerd", "Inge", "Harm", "Esther"),
    word_surnames=("Schaap", "Winter", "Valk", "Smid", "Haan", "Kuiper", "Wolf", "Prins"),
    surnames=("Dijkstra", "van den Berg", "Hofman", "Scholten", "Wiersma", "de Groot"),
    streets=("Kolderveen", "Molenstraat", "Vledderstraat", "Eendrachtstraat", "Oosteinde"),
    places=("Meppel", "Nijeveen", "Ruinerwold"),
    groups=("Team Handhaving", "Buurtapp Haveltermade", "Overleg Kerkplein"),
    plates=("GN-416-K", "5-KPT-38", "HG-882-J"),
    bank_codes=("KNAB", "BUNQ", "RABO"),
)
# A second blind set (issue 12, third round): the check set made the blind templates a tuning
# target, so this one has values no other set uses and only its own templates besides "both".
BLIND2_POOLS = Pools(
    first_names=("Jannie", "Klaas", "Mirjam", "Arjen", "Hilde", "Dirk", "Ria", "Geert"),
    word_surnames=("Hoek", "Zomer", "Baas", "Klein", "Bos", "Haas", "Koopman", "Stam"),
    surnames=(
        "Veenstra",
        "van der Meulen",
        "Kloosterman",
        "Huisman",
        "Bouwmeester",
        "ten Hoeve",
    ),
    streets=("Woldstraat", "Hoogeveenseweg", "Noordeinde", "Kromme Elleboog", "Ezelsmarkt"),
    places=("Koekange", "De Wijk", "IJhorst"),
    groups=("Team Riolering", "Wijkraad Koedijk", "Werkgroep Kaap"),
    plates=("RT-761-B", "8-ZGL-27", "N-394-RK"),
    bank_codes=("RBRB", "FVLB", "NNBA"),
)
# A third blind set (issue 12, fourth round), written before anyone tuned on it: values no other
# set uses, only its own templates, and scenes of its own (see `_scene_rich`, `BLIND3_STYLE`).
BLIND3_POOLS = Pools(
    # Names of many origins; Bas, Roos and Merel are also ordinary words.
    first_names=(
        "Bas",
        "Roos",
        "Fatima",
        "Mehmet",
        "Priya",
        "Wouter",
        "Dewi",
        "Jelle",
        "Merel",
        "Youssef",
    ),
    word_surnames=("de Boer", "Vink", "Groen", "de Wit", "Storm", "Mol", "Zwart", "Veen"),
    surnames=(
        "Yilmaz",
        "El Amrani",
        "van 't Hof",
        "Nguyen",
        "Kowalski",
        "van der Steen",
        "Ait Taleb",
        "Tjon A Fong",
        "de la Cruz",
    ),
    streets=(
        "Burgemeester Knappertlaan",
        "Oude Vaart",
        "Zomerdijk",
        "Stationsweg",
        "Blankenstein",
        "Reest",
    ),
    places=("Zuidwolde", "Staphorst", "Ruinen", "Wanneperveen"),
    groups=("Buurtpreventie Noord", "Team Sociaal Domein", "Speeltuincommissie Berggierslanden"),
    plates=("TN-208-F", "4-VKS-91", "P-553-JD", "GZ-71-LR", "71-XKF-3"),
    bank_codes=("HAND", "NWAB", "ISBK"),
)
# A fourth blind set (issue 12, written before round 7 of the screenshot work): values no other
# set uses, only its own templates, and the third set's scenes with other texts, more senders,
# photos with captions and other screens (see `BLIND4_STYLE`).
BLIND4_POOLS = Pools(
    # Names of many origins; Fleur, Mees and Jasmijn are also ordinary words.
    first_names=(
        "Fleur",
        "Mees",
        "Jasmijn",
        "Ahmed",
        "Siham",
        "Oksana",
        "Chen",
        "Anil",
        "Kwame",
        "Lieke",
        "Sven",
        "Aylin",
    ),
    word_surnames=("Snoek", "Brand", "de Graaf", "Vogel", "Dam", "Kalf", "Roest", "de Jager"),
    surnames=(
        "Öztürk",
        "Boateng",
        "Kovačević",
        "Ramdin",
        "van de Kamp",
        "in 't Veld",
        "O'Neill",
        "Bouzid",
        "Lindeboom",
    ),
    streets=(
        "Ericaweg",
        "Hesselingen",
        "Leonard Springerlaan",
        "Grote Oever",
        "Drogteropslagen",
        "Heerengracht",
    ),
    places=("Uffelte", "Dwingeloo", "Giethoorn", "Havelterberg", "De Schiphorst"),
    groups=("Buurthuis Het Anker", "Team Vergunningen", "Vrijwilligers Kerstmarkt"),
    plates=("VGP-44-T", "K-71-BNS", "8-TR-245", "362-LX-9", "JD-540-B", "S-318-GK"),
    bank_codes=("DEUT", "COBA", "BNPA"),
)
# A fifth blind set (issue 12, written before round 8 of the screenshot work): values no other
# set uses, only its own templates and chat texts (new Meppel subjects), and scenes the earlier
# styles lacked: surnames that are ordinary words used alone after the chat named the person,
# items wrapped over three lines, location bubbles, number-change notices (see `BLIND5_STYLE`).
BLIND5_POOLS = Pools(
    # Iris is also an ordinary word; Jan-Willem has a hyphen.
    first_names=(
        "Hanneke",
        "Egbert",
        "Marjolein",
        "Berend",
        "Zeynep",
        "Tomasz",
        "Nadia",
        "Jan-Willem",
        "Iris",
        "Hidde",
        "Grietje",
        "Ayoub",
    ),
    word_surnames=("Spijker", "Hamer", "Pauw", "de Bruin", "Lam", "Kraai", "Mos", "Kaas"),
    surnames=(
        "Oldenhof",
        "ter Haar",
        "Nijboer",
        "Benali",
        "Wiśniewski",
        "van der Kolk",
        "Mensink",
        "Bulut",
        "Dijkhuis-Smal",
    ),
    streets=(
        "Keizersgracht",
        "Thorbeckelaan",
        "Kleine Oever",
        "Zuiderlaan",
        "Jan Pieter Heijestraat",
        "Brink",
    ),
    places=("Steenwijk", "Diever", "Vledder", "Darp", "Eursinge"),
    groups=(
        "Bewonerscommissie Kaap-Zuid",
        "Team Wmo",
        "Werkgroep Zomerfeest",
        "Projectteam Stationsgebied",
    ),
    plates=("R-627-XD", "ZN-815-G", "2-SGF-64", "TB-39-HZ", "H-407-NV", "51-RGK-7"),
    bank_codes=("BICK", "ADYB", "LOYD"),
)
# A sixth blind set (issue 12, written after round 8 of the screenshot work): values no other
# set uses, only its own templates and chat texts, photos showing a plate, digits rich in
# OCR-confusable characters and the municipality's own IBAN as must-keep (see `BLIND6_STYLE`).
BLIND6_POOLS = Pools(
    # Lente, Jade and Dag are also ordinary words; Mei-Ling has a hyphen.
    first_names=(
        "Lente",
        "Jade",
        "Dag",
        "Teun",
        "Amira",
        "Dragan",
        "Ingrid",
        "Kofi",
        "Mei-Ling",
        "Gijs",
        "Fenna",
        "Hamza",
        "Sterre",
    ),
    word_surnames=("Haring", "Kooi", "Zwaan", "de Ruiter", "Meester", "Ploeg", "Bloem", "Kerkhof"),
    surnames=(
        "Şahin",
        "Nowak",
        "Mahabier",
        "Osei",
        "Papadopoulos",
        "van der Linde",
        "Tran",
        "Rozendaal",
        "Haddou",
        "op den Kamp",
    ),
    streets=(
        "Commissaris de Vos van Steenwijklaan",
        "Nijeveense Bovenboer",
        "Kolderveense Bovenboer",
        "Zwolseweg",
        "Sportlaan",
        "Kruisstraat",
        "Prinses Margrietlaan",
    ),
    places=("Zwartsluis", "Echten", "Blokzijl", "Pesse", "Rouveen", "Hasselt"),
    groups=(
        "Dorpsbelangen Nijeveen",
        "Team Openbare Ruimte",
        "Ouderraad De Sprong",
        "Klankbordgroep Reestdal",
    ),
    plates=("BL-058-S", "8-BS-105", "810-SB-5", "1-GBS-08", "S-810-BZ", "58-BS-15"),
    bank_codes=("VOWA", "DHBN", "FRBK"),
)
# The municipality's own IBAN (fictitious, valid check digits), grouped and written flat.
MUNICIPAL_IBAN = "NL36 BNGH 0285 0075 31"
# A seventh blind set (issue 12, written after round 9 of the screenshot work): values no other
# set uses, only its own templates and chat texts (see `BLIND7_STYLE`).
BLIND7_POOLS = Pools(
    # Lot, Mare, Koen and Floor are also words; Dieuwertje and Sipke are Frisian.
    first_names=(
        "Lot",
        "Mare",
        "Koen",
        "Floor",
        "Bogdan",
        "Fatoumata",
        "Kerem",
        "Xiaomei",
        "Sipke",
        "Dieuwertje",
        "Rania",
        "Olusegun",
        "Svetlana",
    ),
    word_surnames=("Appel", "Boon", "Slot", "Pijl", "Knol", "Raaf", "de Kat", "Peper"),
    surnames=(
        "Adeyemi",
        "Kowalczyk",
        "Demir",
        "Hakobyan",
        "Wongsodikromo",
        "Al-Hassan",
        "Zijlstra",
        "van Wijngaarden",
        "ter Beek",
        "Nieuwenhuis",
        "Mukherjee",
    ),
    streets=(
        "Burgemeester Boerrigterstraat",
        "Galgenkampsweg",
        "Dokter Larijweg",
        "Jan van Riebeeckstraat",
        "Westerboer",
        "Bisschopsweg",
        "Ten Darperweg",
        "Oude Meppeler Dijk",
    ),
    places=("Wapserveen", "Kallenkote", "Nieuwleusen", "Paasloo", "Hoogeveen", "De Pol"),
    groups=(
        "Wijkvereniging Ezinge",
        "Team Burgerzaken",
        "Schoolpleincommissie De Plataan",
        "Mantelzorgcafé Meppel",
    ),
    plates=("GB-815-L", "1-SLB-80", "850-BG-1", "XB-08-SL", "T-581-BB", "55-LSB-8"),
    bank_codes=("ZWLB", "AEGO", "GILL"),
)
# A second account of the municipality (for its taxes; fictitious, valid check digits).
MUNICIPAL_IBAN_TAXES = "NL98 BNGH 0285 1184 50"
# An eighth blind set (issue 12, written after round 10 of the screenshot work): values no other
# set uses, only its own templates and chat texts (see `BLIND8_STYLE`).
BLIND8_POOLS = Pools(
    # Lieve, Linde, Hazel and Puck are also words; Wietske and Gerbrich are Frisian.
    first_names=(
        "Lieve",
        "Linde",
        "Hazel",
        "Puck",
        "Thijs",
        "Wietske",
        "Gerbrich",
        "Ewa",
        "Hüseyin",
        "Nkechi",
        "Anh",
        "Abdelkader",
        "Dunya",
    ),
    word_surnames=("Riet", "Stoel", "Kuil", "Hooi", "Veer", "de Leeuw", "Mossel", "Zout"),
    surnames=(
        "Okonkwo",
        "Wójcik",
        "Çelik",
        "Bouchtaoui",
        "Sewnath",
        "Schuurman",
        "van der Zee",
        "ten Brinke",
        "Tjoa",
        "Dijkema",
        "Oude Luttikhuis",
    ),
    # Streets named after persons: a street without a number is no personal data.
    streets=(
        "Johannes Poststraat",
        "Van Heutszstraat",
        "Koningin Julianastraat",
        "Pieter Stuyvesantlaan",
        "Ds. Fabriciusstraat",
        "Ceintuurbaan",
        "Grote Akkerstraat",
        "Burgemeester Jhr. Mr. Van Karnebeeklaan",
    ),
    places=("Nijensleek", "Frederiksoord", "Wilhelminaoord", "Beilen", "Ommen", "Dalfsen"),
    groups=(
        "Buurtvereniging Koedijkslanden",
        "Team Schuldhulp",
        "Volkstuinvereniging De Eendracht",
        "Oranjecomité Nijeveen",
    ),
    # Every Dutch sidecode (1 to 14), rich in B/8, S/5, Z/2, G/6 and 0/1.
    plates=(
        "BZ-80-15",
        "58-01-GB",
        "61-SB-08",
        "ZG-15-BS",
        "SZ-BG-58",
        "80-GZ-BS",
        "05-BZS-8",
        "8-ZBG-50",
        "GS-150-B",
        "S-801-BZ",
        "ZBS-05-G",
        "B-80-SZG",
        "5-GB-018",
        "018-SB-5",
    ),
    bank_codes=("FTSB", "UGBI", "ARBN"),
)
# A ninth blind set (issue 12, written after round 11 of the screenshot work): values no other
# set uses, only its own templates and chat texts, shared documents (see `BLIND9_STYLE`).
BLIND9_POOLS = Pools(
    # Ben, Wil, Job and Els are also words ("ik ben", "ik wil"); Sjoukje and Wytze are Frisian,
    # Semhar and Tesfay Eritrean, Oleksandr and Olena Ukrainian, Rami Syrian.
    first_names=(
        "Ben",
        "Wil",
        "Job",
        "Els",
        "Sjoukje",
        "Wytze",
        "Emine",
        "Khadija",
        "Agnieszka",
        "Oleksandr",
        "Semhar",
        "Rami",
        "Tesfay",
        "Olena",
    ),
    word_surnames=("Kroon", "Nagel", "Bus", "Ketel", "Pot", "Kwast", "Bijl", "Spaan"),
    surnames=(
        "Aydın",
        "Ghebremedhin",
        "Al-Khatib",
        "Bondarenko",
        "Zieliński",
        "el Idrissi",
        "Terpstra",
        "Bijlsma",
        "van Essen",
        "ten Kate",
        "Tekle",
    ),
    # "Wethouder Bijlsmastraat" holds a surname of the pool: a street, no person.
    streets=(
        "Mr. Harm Smeengestraat",
        "Parkstraat",
        "Jan van Arkelstraat",
        "Emmastraat",
        "Nieuwe Kampen",
        "Dr. Kuyperstraat",
        "Vaart Zuidzijde",
        "Wethouder Bijlsmastraat",
    ),
    places=("Spier", "Vollenhove", "Punthorst", "Zuidveen", "Hollandscheveld", "Kuinre"),
    groups=(
        "Taalmaatjes Meppel",
        "Team Leefbaarheid",
        "Buurtapp Nieuwveense Landen",
        "Werkgroep Kinderboerderij",
    ),
    # Rich in D/0, T/7, J/1 and X/K.
    plates=(
        "DT-802-X",
        "K-771-DD",
        "79-TDX-4",
        "J-009-TN",
        "NJ-44-XK",
        "6-XDT-07",
        "XD-07-TJ",
        "TJX-90-D",
    ),
    bank_codes=("CITI", "UBSW", "SOGE"),
)
# A tenth blind set (issue 12, written after round 12 of the screenshot work): values no other set
# uses, only its own templates and chat texts, names after role words (see `BLIND10_STYLE`).
BLIND10_POOLS = Pools(
    # Max, Jet, Rosa, Lis and Pier are also words ("max 3", "een jet", "rosa", "een lis", "de
    # pier"); Pier is Frisian, Hodan Somali, Farid Afghan, Zsófia Hungarian, João Portuguese,
    # Wulan Indonesian, Aram Armenian, Ioana Romanian, Shirin Iranian, Wei Chinese.
    first_names=(
        "Max",
        "Jet",
        "Rosa",
        "Lis",
        "Pier",
        "Hodan",
        "Farid",
        "Zsófia",
        "João",
        "Wulan",
        "Aram",
        "Ioana",
        "Shirin",
        "Wei",
    ),
    word_surnames=("Vonk", "Stok", "Korf", "Haak", "Room", "Sloot", "Vlot", "de Keizer"),
    surnames=(
        "Latuheru",
        "Warsame",
        "Ahmadi",
        "Farkas",
        "da Silva",
        "Wibowo",
        "Petrosyan",
        "Popescu",
        "Rezaei",
        "Zhang",
        "Westerhof",
        "van Lier",
    ),
    # "Burgemeester Vonkweg" holds a surname of the pool: a street, no person.
    streets=(
        "Touwslagersbaan",
        "Bleekstraat",
        "Prinses Irenelaan",
        "Oude Bovenweg",
        "Werkhorst",
        "Burgemeester Vonkweg",
        "Hendrik van Viandenstraat",
        "Graaf Adolf van Nassaulaan",
    ),
    places=("Ansen", "Nolde", "Rheebruggen", "Wittelte", "Genemuiden", "Oosterhesselen"),
    groups=(
        "Stembureau Vrijwilligers",
        "Buurtapp Slingeland",
        "Carbidclub Nolde",
        "Ouderraad Het Palet",
        "Team Publiekszaken",
    ),
    # Rich in G/6, R/P, H/N and 2/Z.
    plates=(
        "GR-623-P",
        "6-HNG-28",
        "PR-06-GN",
        "NGH-26-R",
        "R-626-HG",
        "62-GH-08",
        "H-206-RN",
        "GP-862-N",
    ),
    bank_codes=("REVO", "KRED", "BOTK"),
)
# An eleventh blind set (issue 12, written before round 14 of the screenshot work): values no
# other set uses, only its own templates and chat texts (see `BLIND11_STYLE`).
BLIND11_POOLS = Pools(
    # Joy, Fee, Bink, Beer and Noor are also words ("joy", "een fee", "een bink", "een beer",
    # "een Noor"); Linh is Vietnamese, Radjesh Surinamese-Hindustani, Eleni Greek, Rojda Kurdish,
    # Chidi Nigerian, Amra Bosnian, Thiago Brazilian, Sushila Nepali, Siobhán Irish, Baraka
    # Tanzanian.
    first_names=(
        "Joy",
        "Fee",
        "Bink",
        "Beer",
        "Noor",
        "Linh",
        "Radjesh",
        "Eleni",
        "Rojda",
        "Chidi",
        "Amra",
        "Thiago",
        "Sushila",
        "Siobhán",
        "Baraka",
    ),
    word_surnames=("Klomp", "Pluim", "Kalk", "Zeef", "Hert", "Bril", "de Reus", "Wijn"),
    # An apostrophe ("O'Brien", "van 't Zand"), a hyphen ("Bosch-Ensing") and diacritics.
    surnames=(
        "O'Brien",
        "Mensah",
        "Nguyễn",
        "Papadopoulou",
        "Barzani",
        "Okafor",
        "Hodžić",
        "dos Santos",
        "Gurung",
        "Bosch-Ensing",
        "van 't Zand",
        "Sharma",
    ),
    # "Meester de Reusstraat" holds a surname of the pool: a street, no person.
    streets=(
        "Ezingerweg",
        "Steenhouwerskade",
        "Reggersweg",
        "Drukkerijweg",
        "Brouwersstraat",
        "Kruiskamp",
        "Laan van Rosmarijn",
        "Meester de Reusstraat",
    ),
    places=("Kolderveen", "Nijentap", "Onna", "Blankenham", "Scheerwolde", "Ten Arlo"),
    groups=(
        "Zwerfafvalbrigade Meppel",
        "Buurtapp Koedijkslanden",
        "Speeltuin De Plataan",
        "Wijkteam Haveltermade",
        "Repair Café Meppel",
    ),
    # Rich in F, L and V and the digits 1, 4 and 7 (L/1, 1/7, F/P), sidecodes 4 and 7 to 14.
    plates=(
        "FL-17-LV",
        "71-VLF-4",
        "1-FVL-47",
        "LF-714-V",
        "V-174-FL",
        "VLF-41-L",
        "F-17-LVF",
        "4-LF-171",
        "741-FV-1",
    ),
    bank_codes=("ISAE", "BUUT", "FBHL", "HSBC"),
)
# A twelfth blind set (issue 12, written on main a434c1a after round 14 of the screenshot work):
# values no other set uses, only its own templates and chat texts (see `BLIND12_STYLE`).
BLIND12_POOLS = Pools(
    # Amber, Rein, Frank and Lies are also words ("amber", "rein", "frank en vrij", "de lies");
    # Tigist is Ethiopian, Haruki Japanese, Valentina Colombian, Zdeněk Czech, Desislava
    # Bulgarian, Arben Albanian, Ji-woo Korean, Ayesha Pakistani, Shurendy Curaçaoan, Jitske
    # Frisian, Tharshini Tamil, Rūta Lithuanian.
    first_names=(
        "Amber",
        "Rein",
        "Frank",
        "Lies",
        "Tigist",
        "Haruki",
        "Valentina",
        "Zdeněk",
        "Desislava",
        "Arben",
        "Ji-woo",
        "Ayesha",
        "Shurendy",
        "Jitske",
        "Tharshini",
        "Rūta",
    ),
    word_surnames=(
        "Blok",
        "Staal",
        "Plas",
        "Spek",
        "Rook",
        "Muis",
        "Zeeman",
        "de Lange",
        "de Jong",
    ),
    # "Park" (Korean) is a Dutch word too; particles in lowercase ("van den Heuvel").
    surnames=(
        "Bekele",
        "Yamamoto",
        "Ramírez",
        "Dvořák",
        "Ivanova",
        "Krasniqi",
        "Park",
        "Qureshi",
        "Martina",
        "Sivakumar",
        "Kazlauskienė",
        "Bouma",
        "van den Heuvel",
        "Pattiasina",
    ),
    # "Wethouder de Jongstraat" and "Dokter Zeemanlaan" hold surnames of the pool: streets.
    streets=(
        "Oranjestraat",
        "Kleine Akkerstraat",
        "Schoolstraat",
        "Hogeweg",
        "Eikenlaan",
        "Marktstraat",
        "Dokter Zeemanlaan",
        "Wethouder de Jongstraat",
    ),
    places=("Eesveen", "Leggeloo", "Fluitenberg", "Zandhuizen", "Doldersum", "Boijl"),
    groups=(
        "Team Belastingen",
        "Buurtapp De Weide",
        "Kerstmarktcommissie Meppel",
        "Bouwoverleg Stadsweide",
        "Vrijwilligers Sneeuwschuivers",
    ),
    # Rich in D, J and Z and the digits 3, 6 and 9 (D/0, J/3, Z/2, 6/9), sidecodes 5 and 7-14.
    plates=(
        "DZ-396-J",
        "3-JDZ-96",
        "93-ZDJ-6",
        "J-693-DZ",
        "ZJD-39-T",
        "D-93-JZT",
        "6-DJ-399",
        "396-JZ-3",
        "NJ-DZ-93",
    ),
    bank_codes=("BINK", "FLOR", "KASA", "LPLN", "HHBA"),
)
BLIND13_POOLS = Pools(
    # Mark, Ivy, Dauw and Zon are also words ("mark", "ivy", "dauw", "zon");
    # Oluwaseun is Yoruba, Sunisa Thai, Nino Georgian, Guðrún Icelandic, Tenzin Tibetan, Rhys
    # Welsh, Dragana Serbian, Ignacia Chilean, Bolormaa Mongolian, Aino Finnish, Abdelrahim
    # Sudanese, Hine Māori. Each has a nickname (`BLIND13_NICKNAMES`).
    first_names=(
        "Mark",
        "Ivy",
        "Dauw",
        "Zon",
        "Oluwaseun",
        "Sunisa",
        "Nino",
        "Guðrún",
        "Tenzin",
        "Rhys",
        "Dragana",
        "Ignacia",
        "Bolormaa",
        "Aino",
        "Abdelrahim",
        "Hine",
    ),
    word_surnames=(
        "Gans",
        "Kolk",
        "Riem",
        "Nap",
        "Hagel",
        "Tol",
        "Hek",
        "de Haas",
        "de Zwaan",
    ),
    surnames=(
        "Adebayo",
        "Srisuk",
        "Beridze",
        "Jónsdóttir",
        "Dorje",
        "Llewelyn",
        "Petrović",
        "Fuentes",
        "Batbayar",
        "Virtanen",
        "Osman",
        "Ngata",
        "van der Ploeg",
        "Quispe",
    ),
    # "Burgemeester Riemstraat" and "Dokter Naplaan" hold surnames of the pool: streets.
    streets=(
        "Hesselingenweg",
        "Warmoesstraat",
        "Slingerpad",
        "Stouwepad",
        "Kastanjelaan",
        "Blankensteinweg",
        "Burgemeester Riemstraat",
        "Dokter Naplaan",
    ),
    places=(
        "Hoogersmilde",
        "Blijdenstein",
        "Veeningen",
        "Bisschopsberg",
        "Wijster",
        "Echtenerbrug",
    ),
    groups=(
        "Team Omgevingsvergunningen",
        "Buurtapp Hesselingenweg",
        "Werkgroep Stadsbos",
        "Stembureauleden 2026",
        "Wijkteam Meppel-Zuid",
    ),
    # Rich in B, S, N and L and the digits 4, 5 and 8 (B/8, S/5, L/4, N/H), sidecodes 4-11.
    plates=(
        "SB-58-LN",
        "NB-548-S",
        "8-SLB-45",
        "45-NSB-8",
        "S-485-LB",
        "LSN-84-B",
        "B-58-SLN",
        "4-BS-585",
        "584-LN-5",
    ),
    bank_codes=("BITS", "RGBK", "ARSN", "ICBK", "BCDM"),
)
BLIND14_POOLS = Pools(
    # Kas, Maan, Lelie and Vlinder are also words ("kas", "maan", "lelie", "vlinder"); Wairimu
    # is Kikuyu, Kaveh Persian, Thandiwe Zulu, Radu Romanian, Anahí Guaraní, Yaw Akan, Leilani
    # Hawaiian, Dmytro Ukrainian, Ayşegül Turkish, Ngozi Igbo, Sigrún Faroese, Ilka Hungarian.
    first_names=(
        "Kas",
        "Maan",
        "Lelie",
        "Vlinder",
        "Wairimu",
        "Kaveh",
        "Thandiwe",
        "Radu",
        "Anahí",
        "Yaw",
        "Leilani",
        "Dmytro",
        "Ayşegül",
        "Ngozi",
        "Sigrún",
        "Ilka",
    ),
    word_surnames=("Vlam", "Knoop", "Schoen", "Tuin", "de Klerk", "Kist", "Lont", "Mast"),
    surnames=(
        "Mwangi",
        "Rahimi",
        "Dlamini",
        "Benítez",
        "Kahale",
        "Kovalenko",
        "Poulsen",
        "Ionescu",
        "Owusu",
        "Nakamura",
        "van Hattem",
    ),
    # "Burgemeester Knoopweg" and "Tuinstraat" hold surnames of the pool: streets.
    streets=(
        "Nieuweveenseweg",
        "Schiphorsterweg",
        "Pieter Oosterhofstraat",
        "Burgemeester Knoopweg",
        "Tuinstraat",
        "Zuiderkade",
        "Wheeme",
        "Havenstraat",
    ),
    places=("Zorgvlied", "Munnekeburen", "Oosterstreek", "Lhee", "Kraloo", "Wapse"),
    groups=(
        "Team Werk en Inkomen",
        "Buurtapp Havenstraat",
        "Werkgroep Hart van Zuid",
        "Team Openbare Ruimte Noord",
        "Trouwambtenaren Meppel",
    ),
    # Rich in G, T, X and V and the digits 2, 6 and 7 (G/6, T/7, Z/2, V/Y), sidecodes 4-11.
    plates=(
        "GT-67-XV",
        "VX-267-G",
        "7-GXT-62",
        "26-VTX-7",
        "G-726-TV",
        "TXG-27-V",
        "V-62-GTX",
        "6-TG-772",
        "672-VG-2",
    ),
    bank_codes=("NTSB", "DLBK", "MHCB", "CHAS", "BOFA"),
)
BLIND15_POOLS = Pools(
    # Lotus, Senna, Bries and Robijn are also words ("lotus", "senna", "bries", "robijn");
    # Chiamaka is Igbo, Aigerim Kazakh, Tevita Tongan, Nilufar Uzbek, Saoirse Irish, Björn
    # Swedish, Hùng Vietnamese, Jovana Serbian, Ekaterina Russian, Matías Chilean, Yusra Sudanese,
    # Kalani Hawaiian.
    first_names=(
        "Lotus",
        "Senna",
        "Bries",
        "Robijn",
        "Chiamaka",
        "Aigerim",
        "Tevita",
        "Nilufar",
        "Saoirse",
        "Björn",
        "Hùng",
        "Jovana",
        "Ekaterina",
        "Matías",
        "Yusra",
        "Kalani",
    ),
    word_surnames=("Duif", "Paal", "Baard", "Hoed", "Bout", "de Bok", "Haver", "Kamp"),
    surnames=(
        "Eze",
        "Tupou",
        "Karimova",
        "Ó Súilleabháin",
        "Lindqvist",
        "Phạm",
        "Jovanović",
        "Sokolova",
        "Herrera",
        "Haddad",
        "Kealoha",
        "te Velde",
    ),
    # "Kampstraat" holds a surname of the pool: a street. Two long names wrap over lines.
    streets=(
        "Kampstraat",
        "Stadsweide",
        "Kerkplein",
        "Groenmarkt",
        "Julianakade",
        "Fokko Kortlanglaan",
        "Commissaris Roëll van Hazerswoudelaan",
        "Ridder Hoenstraat",
    ),
    places=("Oldemarkt", "Dieverbrug", "Witteveen", "Hijken", "Steggerda", "Nijeholtpade"),
    groups=(
        "Balieteam Stadhuis",
        "Team Inburgering",
        "Projectgroep Stadsweide-Zuid",
        "Buurtapp Kampstraat",
        "Team Leerplicht",
    ),
    # Rich in R/P/K/N and the digits 4 and 9 (P/R, K/X, 4/A, 9/g), sidecodes 4-11.
    plates=(
        "RP-44-KN",
        "KN-492-R",
        "4-PRK-49",
        "94-RKP-4",
        "P-449-KR",
        "KRP-94-N",
        "N-44-PRK",
        "9-KP-494",
        "449-RP-9",
    ),
    bank_codes=("DNIB", "HYVE", "KABA", "NWBK", "BKMG"),
)
BLIND16_POOLS = Pools(
    # April, Mei, Tijm and Sky are also words ("april", "mei", "tijm", "sky"); Ayaan is Somali,
    # Akosua Ghanaian, Elif Turkish, Yassine Moroccan, Małgorzata Polish, Rasha Syrian, Putri
    # Indonesian, Taras Ukrainian, Luana Brazilian, Jildou and Tsjerk Frisian, Bence Hungarian.
    first_names=(
        "April",
        "Mei",
        "Tijm",
        "Sky",
        "Ayaan",
        "Akosua",
        "Elif",
        "Yassine",
        "Małgorzata",
        "Rasha",
        "Putri",
        "Taras",
        "Luana",
        "Jildou",
        "Tsjerk",
        "Bence",
    ),
    # Surnames that are common words ("kool", "snel", "zoet", "das", "kraan", "mosterd").
    word_surnames=("Kool", "Snel", "Engel", "Zoet", "Das", "Kraan", "de Hond", "Mosterd"),
    surnames=(
        "Mohamud",
        "Asante",
        "Kaya",
        "Bouazza",
        "Mazur",
        "Al-Masri",
        "Santoso",
        "Shevchenko",
        "Oliveira",
        "Wijnja",
        "Nagy",
        "van Veldhuizen",
    ),
    # "Koolmeesstraat" holds a surname of the pool: a street. Two long names wrap over lines.
    streets=(
        "Nieuwstraat",
        "Prinsenstraat",
        "Vijverlaan",
        "Bergstraat",
        "Sluiskade",
        "Koolmeesstraat",
        "Mr. P.J. Troelstralaan",
        "Burgemeester van Haersma de Withstraat",
    ),
    # "Elim" reads like a first name.
    places=("Kerkenveld", "Alteveer", "Tiendeveen", "Elim", "Stuifzand", "Nijstad"),
    groups=(
        "Team Gladheidsbestrijding",
        "Buurtapp Vijverlaan",
        "Team Bouw- en Woningtoezicht",
        "Projectgroep Sluiskade",
        "Team Evenementen",
    ),
    # Rich in D/F/H/Z and the digits 1, 3 and 7 (D/0, Z/2, 1/7, 3/8), sidecodes 4-11.
    plates=(
        "GD-715-F",
        "3-HFZ-71",
        "71-DFH-3",
        "F-317-GD",
        "HFD-17-Z",
        "Z-71-HFD",
        "7-DZ-713",
        "731-HD-7",
        "DF-13-ZH",
    ),
    bank_codes=("RBOS", "BBRU", "ANDL", "LOCY", "AXAB"),
)
BLIND17_POOLS = Pools(
    # Door, Trui, Rob, Berk and Toon are also words ("door", "trui", "rob", "berk", "toon");
    # Berk is Turkish too. Maricel is Filipino, Jānis Latvian, Zuzana Slovak, Bilal Pakistani,
    # Kadri Estonian, Mamadou Senegalese, Ayumi Japanese, Nasrin Bangladeshi, Douwe and Hiske
    # Frisian, Marie-José a double first name.
    first_names=(
        "Door",
        "Trui",
        "Rob",
        "Berk",
        "Toon",
        "Maricel",
        "Jānis",
        "Zuzana",
        "Bilal",
        "Kadri",
        "Mamadou",
        "Ayumi",
        "Nasrin",
        "Douwe",
        "Hiske",
        "Marie-José",
    ),
    # Surnames that are common words ("vis", "klok", "wever", "zaal", "rots", "peer", "hof").
    word_surnames=("Vis", "Klok", "Wever", "Zaal", "Rots", "Peer", "de Vos", "Hof"),
    # Double surnames, tussenvoegsels ("'t Hart", "uit den Bogaard") and names of other origins.
    surnames=(
        "Dela Cruz",
        "Bērziņš",
        "Horváthová",
        "Chaudhry",
        "Tamm",
        "Diallo",
        "Sato",
        "Rahman",
        "van der Veen-Dekker",
        "Veldkamp-Oosting",
        "'t Hart",
        "uit den Bogaard",
    ),
    # "Weverstraat" holds a surname of the pool: a street. Two long names wrap over lines.
    streets=(
        "Industrieweg",
        "Mandeveld",
        "Dieselstraat",
        "Nijeveenseweg",
        "Randweg",
        "Weverstraat",
        "Van der Duyn van Maasdamlaan",
        "Professor van der Scheerstraat",
    ),
    # "Linde" reads like a first name.
    places=("Linde", "Zeijerveen", "Balkbrug", "Oud-Avereest", "De Stapel", "Dedemsvaart"),
    groups=(
        "Team Parkeren",
        "Buurtapp Mandeveld",
        "Team Jeugd en Onderwijs",
        "Werkgroep Speelnatuur",
        "Team Afval en Reiniging",
    ),
    # Rich in J/L/N/H and the digits 2, 5 and 6 (J/1, L/1, N/H, 2/Z, 5/S, 6/G), sidecodes 4-11.
    plates=(
        "JL-256-N",
        "6-NJH-52",
        "25-LHN-6",
        "H-625-JL",
        "NJL-25-H",
        "L-52-NJH",
        "5-JH-265",
        "562-NL-2",
        "JN-56-LH",
    ),
    bank_codes=("STAL", "DSSB", "KOEX", "OVBN", "ABNC"),
)
BLIND18_POOLS = Pools(
    # Arend ("arend": eagle), Koos ("koos": chose), Dries ("dries": fallow land), Eren ("eren":
    # to honour) and Tamme ("tamme": tame) are also Dutch words; Eren is Turkish too. Hylke and
    # Froukje are Frisian, Gökhan and Songül Turkish, Nordin and Najat Moroccan, Łukasz and Zofia
    # Polish, Kishan, Roshni and Germaine Surinamese.
    first_names=(
        "Arend",
        "Koos",
        "Dries",
        "Eren",
        "Tamme",
        "Hylke",
        "Froukje",
        "Gökhan",
        "Songül",
        "Nordin",
        "Najat",
        "Łukasz",
        "Zofia",
        "Kishan",
        "Roshni",
        "Germaine",
    ),
    # Surnames that are common words ("boom", "bot", "kers", "ridder", "stier", "kuiken", ...).
    word_surnames=("Boom", "Bot", "Kers", "Ridder", "Stier", "Kuiken", "Spruit", "de Wilde"),
    # Frisian, Turkish, Moroccan, Polish and Surinamese surnames; a place in a surname.
    surnames=(
        "Sikkema",
        "Jellema",
        "Doğan",
        "Korkmaz",
        "Azzouzi",
        "El Ouali",
        "Wróbel",
        "Kamińska",
        "Bhagwandin",
        "Doelwijt",
        "van Ommen",
        "Kromosoeto",
    ),
    # Streets of the villages, one named after a village; a long one holds a person's name.
    streets=(
        "Dorpsstraat",
        "Kolderveenseweg",
        "Broekhuizerweg",
        "Rogatsweg",
        "Ridderhof",
        "Spoordijk",
        "Gerrit Jan van der Veenstraat",
        "Koningin Wilhelminastraat",
    ),
    # Wards and hamlets; the villages themselves are `BLIND18_VILLAGES`.
    places=("Haakswold", "Oosterboer", "Berggierslanden", "Koedijkslanden", "Haveltermade"),
    groups=(
        "Team Dorpen en Wijken",
        "Buurtapp Broekhuizerweg",
        "IJsclub Rogat",
        "Klankbordgroep Kolderveen",
        "Team Publiek en Dienstverlening",
    ),
    # Rich in B/8, P/R, K/X and 3 (B/8, P/R, K/X, 3/8), sidecodes 6-14.
    plates=(
        "BP-383-K",
        "8-RPB-38",
        "33-KPR-8",
        "R-838-BP",
        "PKB-83-R",
        "K-38-RPX",
        "3-BR-838",
        "883-PK-3",
        "XR-83-BP",
    ),
    bank_codes=("BKCH", "PCBC", "INSI", "TEBU", "BCIT"),
)
BLIND19_POOLS = Pools(
    # Bob ("bob": a designated driver), Leen ("leen": loan), Dien ("dien": serve), Pit ("pit": a
    # fruit's stone) and Wies ("wies": grew) are also Dutch words. Jantina, Geesje and Okke are Drents
    # and Frisian, Yonas, Semira and Bisrat Eritrean, Thanh and Huong Vietnamese, Nisrine
    # Syrian, Aafke and Tjitske Frisian.
    first_names=(
        "Bob",
        "Leen",
        "Dien",
        "Pit",
        "Wies",
        "Jantina",
        "Okke",
        "Geesje",
        "Yonas",
        "Semira",
        "Thanh",
        "Huong",
        "Nisrine",
        "Bisrat",
        "Aafke",
        "Tjitske",
    ),
    # Surnames that are common words ("kwak": splash, "kip": hen, "lok": lure, "pronk": show,
    # "schut": screen, "rups": caterpillar, "boter": butter, "de Kraan": the tap).
    word_surnames=("Kwak", "Kip", "Lok", "Pronk", "Schut", "Rups", "Boter", "de Kraan"),
    # Drents, Frisian, Eritrean, Vietnamese, Moluccan and Turkish surnames.
    surnames=(
        "Lubberts",
        "Zandstra",
        "Hadders",
        "Kroeze",
        "Gebremedhin",
        "Habte",
        "Trinh",
        "Latumahina",
        "Tuhumury",
        "Yıldız",
        "ter Steege",
        "Bosscher",
    ),
    # Streets of the villages; a long one holds a person's name.
    streets=(
        "De Wheem",
        "Havelterweg",
        "Nijeveense Bergen",
        "Achterlandsweg",
        "Dolderweg",
        "Hendrik Jan Nijenhuisstraat",
        "Burgemeester Bijleveldstraat",
        "Meppelerdijk",
    ),
    # Wards and hamlets; the villages themselves are `BLIND19_VILLAGES`.
    places=("Ezinge", "Oldenhave", "Nieuwveenselanden", "Leeuwte", "Reestdal"),
    groups=(
        "Team Leefomgeving Dorpen",
        "Buurtapp Dolderweg",
        "Dorpsbelang Nijeveen",
        "Oranjecomité De Schiphorst",
        "Team Werk en Zorg Dorpen",
    ),
    # Rich in G/6, Z/2, S/5 and T/7, sidecodes 6-14.
    plates=(
        "GZ-652-T",
        "6-TGS-25",
        "25-SZT-6",
        "T-562-GZ",
        "SGZ-65-T",
        "Z-56-TGS",
        "2-GT-652",
        "562-ZG-7",
        "TS-65-GZ",
    ),
    bank_codes=("GDGB", "HSHN", "ZWFB", "TBSN", "QNTO"),
)
BLIND20_POOLS = Pools(
    # Riek ("riek": a pitchfork), Lief ("lief": sweet), Klaar ("klaar": ready), Frans ("Frans":
    # French) and Bel ("bel": a bell) are also Dutch words. Lammert and Jentje are Drents, Wytske
    # and Sytse Frisian, Yaroslav and Halyna Ukrainian, Abdiqani and Faduma Somali, Zarmina and
    # Farzad Afghan, Albertje Drents.
    first_names=(
        "Riek",
        "Lief",
        "Klaar",
        "Frans",
        "Bel",
        "Lammert",
        "Wytske",
        "Sytse",
        "Jentje",
        "Yaroslav",
        "Halyna",
        "Abdiqani",
        "Faduma",
        "Zarmina",
        "Farzad",
        "Albertje",
    ),
    # Surnames that are common words ("brood": bread, "beitel": chisel, "emmer": bucket, "zaag":
    # saw, "kurk": cork, "lepel": spoon, "mand": basket, "de Ploeg": the plough).
    word_surnames=("Brood", "Beitel", "Emmer", "Zaag", "Kurk", "Lepel", "Mand", "de Ploeg"),
    # Drents, Groningen, Ukrainian, Somali and Afghan surnames.
    surnames=(
        "Bruulsema",
        "Hofsteenge",
        "Boxem",
        "Eefting",
        "Lanting",
        "Dekens",
        "Shevchuk",
        "Popovych",
        "Jama",
        "Nuur",
        "Noorzai",
        "Sultani",
    ),
    # Streets of Meppel and the villages; a long one holds a person's name.
    streets=(
        "Reestlaan",
        "Dr. Larijweg",
        "Zuiderweg",
        "Hesselterweg",
        "Wolfsbergweg",
        "Bisschopsmolen",
        "Pastoor Moormanstraat",
        "Vledderweg",
    ),
    # Wards and hamlets; the villages themselves are `BLIND20_VILLAGES`.
    places=("Noorderboekert", "Broeklanden", "Haakwijk", "Schiphorst-Noord", "Kremerhoek"),
    groups=(
        "Team Sociaal Domein Noord",
        "Buurtapp Reestlaan",
        "Werkgroep Vrijwilligers Rogat",
        "Evenementen Kolderveen 2026",
        "Team Handhaving & Toezicht",
    ),
    # Rich in B/8, D/0 and L/1, sidecodes 6-14.
    plates=(
        "DB-801-L",
        "8-LBD-10",
        "10-BLD-8",
        "L-108-DB",
        "BDL-81-D",
        "D-18-BLD",
        "1-DL-801",
        "801-LD-8",
        "LB-810-D",
    ),
    bank_codes=("QVTB", "XJPM", "WKZD", "UBMV", "YFRH"),
)
BLIND21_POOLS = Pools(
    # Pluk ("pluk": a pick), Madelief ("madelief": a daisy), Anker ("anker": an anchor), Mus
    # ("mus": a sparrow) and Zomer ("zomer": summer) are also Dutch words. Geeske and Jelte are
    # Frisian, Aaltje and Harmen Drents, Emre and Büşra Turkish, Katarzyna and Grzegorz Polish,
    # Rojin Kurdish, Ivana Croatian, Weiming Chinese.
    first_names=(
        "Pluk",
        "Madelief",
        "Anker",
        "Mus",
        "Zomer",
        "Geeske",
        "Jelte",
        "Aaltje",
        "Harmen",
        "Emre",
        "Büşra",
        "Katarzyna",
        "Grzegorz",
        "Rojin",
        "Ivana",
        "Weiming",
    ),
    # Surnames that are tools ("schep": a shovel, "hark": a rake, "tang": pliers, "bezem": a
    # broom, "troffel": a trowel, "kruik": a jug, "gieter": a watering can, "de Spade": the spade).
    word_surnames=("Schep", "Hark", "Tang", "Bezem", "Troffel", "Kruik", "Gieter", "de Spade"),
    # Drents, Frisian, Turkish, Polish, Kurdish, Croatian and Chinese surnames.
    surnames=(
        "Oldenhuis",
        "Zwiep",
        "Hilbolling",
        "Lenters",
        "Tuinstra",
        "Kılıç",
        "Aksoy",
        "Nowakowska",
        "Kaczmarek",
        "Talabani",
        "Marić",
        "Liang",
    ),
    # Streets of Meppel and the villages; two hold a person's name.
    streets=(
        "Schapendrift",
        "Koedijkslanden",
        "Burgemeester Haitsmastraat",
        "Gerard Doustraat",
        "Ebbinge Wubbenlaan",
        "Nijentapseweg",
        "Ezelsdijk",
        "Reinier Postlaan",
    ),
    # Wards and hamlets; the villages themselves are `BLIND21_VILLAGES`.
    places=("Bovenboer", "Nieuwveense Landen", "Het Vledder", "Lange Stouwe", "Rogatsche Hoek"),
    groups=(
        "Team Openbare Ruimte Zuid",
        "Buurtapp Schapendrift",
        "Vrijwilligers Voedselbank",
        "Werkgroep Koningsdag Nijeveen",
        "Team Burgerzaken Balie",
    ),
    # Rich in S/5, Z/2 and G/6, sidecodes 6-11.
    plates=(
        "52-SZG-5",
        "5-ZSN-22",
        "SG-522-Z",
        "Z-25-SGN",
        "GZS-25-S",
        "2-SZ-552",
        "255-ZG-2",
        "S-552-ZG",
        "NZ-25-SG",
    ),
    bank_codes=("RQXK", "ZWPN", "HVYT", "GXMC", "KTQW"),
)
BLIND22_POOLS = Pools(
    # Eik ("eik": an oak), Klaver ("klaver": clover), Juni ("juni": June), Augustus ("augustus":
    # August) and Bloesem ("bloesem": blossom) are also Dutch words. Wubbo and Trijntje are
    # Gronings/Drents, Ikram and Rafik Moroccan, Senait and Haftom Eritrean, Rahaf and Bashar
    # Syrian, Gonçalo and Inês Portuguese, Mihai Romanian.
    first_names=(
        "Eik",
        "Klaver",
        "Juni",
        "Augustus",
        "Bloesem",
        "Wubbo",
        "Trijntje",
        "Ikram",
        "Rafik",
        "Senait",
        "Haftom",
        "Rahaf",
        "Bashar",
        "Gonçalo",
        "Inês",
        "Mihai",
    ),
    # Surnames that are musical instruments ("fluit": a flute, "hoorn": a horn, "trom": a drum,
    # "harp", "luit": a lute, "snaar": a string, "orgel": an organ, "de Bas": the bass).
    word_surnames=("Fluit", "Hoorn", "Trom", "Harp", "Luit", "Snaar", "Orgel", "de Bas"),
    # Gronings, Drents, Moroccan, Eritrean, Syrian, Portuguese and Romanian surnames.
    surnames=(
        "Hemmes",
        "Wubs",
        "Zuiderveen",
        "Ouahabi",
        "El Idrissi",
        "Woldu",
        "Kidane",
        "Kassab",
        "Al-Hamwi",
        "Ferreira",
        "Moldovan",
        "Abraha",
    ),
    # Streets of Meppel and the villages; two hold a person's name.
    streets=(
        "Touwslagerbaan",
        "Zuiderstraat",
        "Kaapstraat",
        "Pottebakkerstraat",
        "Wolddijk",
        "Van Goghstraat",
        "Anne Frankstraat",
        "Nijverheidsweg",
    ),
    # Wards and hamlets; the villages themselves are `BLIND22_VILLAGES`.
    places=("Kaap-Noord", "Stadsweide-Oost", "Slingerland", "Het Haagje", "Schiphorst-Zuid"),
    groups=(
        "Team Toezicht Binnenstad",
        "Buurtapp Touwslagerbaan",
        "Werkgroep Intocht Rogat",
        "Team Wmo-loket Meppel",
        "Straatcoaches Kaap-Noord",
    ),
    # Rich in B/8, D/0, T/7 and L/1, sidecodes 6-11.
    plates=(
        "80-BDT-1",
        "1-TBD-08",
        "BD-180-T",
        "DBL-18-T",
        "7-TD-881",
        "881-BT-7",
        "L-718-BD",
        "TD-81-LB",
        "8-DLT-01",
    ),
    bank_codes=("WPQX", "JZKV", "FQNR", "XBTL", "DVWQ"),
)
BLIND23_POOLS = Pools(
    # Maas ("maas": the river Meuse), Duin ("duin": a dune), Parel ("parel": a pearl), Mink
    # ("mink": a mink) and Berber ("berber": a carpet) are also Dutch words. Aleida is Drents,
    # Abena and Kwabena Ghanaian, Jocelyn and Rodel Filipino, Stoyan and Tsvetelina Bulgarian,
    # Mantas and Gintarė Lithuanian, Nirosha Tamil (Sri Lanka), Íñigo Spanish.
    first_names=(
        "Maas",
        "Duin",
        "Parel",
        "Mink",
        "Berber",
        "Aleida",
        "Abena",
        "Kwabena",
        "Jocelyn",
        "Rodel",
        "Stoyan",
        "Tsvetelina",
        "Mantas",
        "Gintarė",
        "Nirosha",
        "Íñigo",
    ),
    # Surnames that are birds ("kievit": a lapwing, "specht": a woodpecker, "reiger": a heron,
    # "havik": a goshawk, "spreeuw": a starling, "koekoek": a cuckoo, "wulp": a curlew, "de
    # Kwartel": the quail).
    word_surnames=(
        "Kievit",
        "Specht",
        "Reiger",
        "Havik",
        "Spreeuw",
        "Koekoek",
        "Wulp",
        "de Kwartel",
    ),
    # Drents and Twents, Moluccan, Filipino, Bulgarian, Lithuanian, Ghanaian, Tamil and Spanish
    # surnames, one with a tussenvoegsel and one double.
    surnames=(
        "Brinkhuis",
        "Oude Wesselink",
        "van der Horst",
        "Sahetapy",
        "Manuputty",
        "Reyes",
        "Bautista",
        "Dimitrova",
        "Georgiev",
        "Petrauskaitė",
        "Agyeman",
        "Frimpong",
        "Selvarajah",
        "García López",
    ),
    # Streets of Meppel and the villages; two hold a person's name.
    streets=(
        "Westeinde",
        "Hooiweg",
        "Leliestraat",
        "Beukenlaan",
        "Vaartweg",
        "Karel Doormanstraat",
        "Jan Tinbergenlaan",
        "Oude Hoogeveensedijk",
    ),
    # Wards and hamlets; the villages themselves are `BLIND23_VILLAGES`.
    places=(
        "Kaap-Zuid",
        "Berggierslanden-Oost",
        "Ezinge-Zuid",
        "Oosterboer-Noord",
        "Haveltermade-West",
    ),
    groups=(
        "Team Publiekszaken Mobiele Balie",
        "Buurtapp Westeinde",
        "Wijkboa's Meppel-Zuid",
        "Stembureau Nijeveen 2026",
        "Team Participatie en Werk",
    ),
    # Rich in F/P, K/X and 4/9, sidecodes 6-11 and 13-14.
    plates=(
        "49-FPX-4",
        "4-PFK-94",
        "FP-494-X",
        "XKF-49-P",
        "9-FK-449",
        "944-PX-4",
        "K-949-FP",
        "PF-94-KX",
        "4-XPF-49",
    ),
    bank_codes=("YQZW", "JXFK", "VQHZ", "PZJY", "KWXQ"),
)
BLIND24_POOLS = Pools(
    # Heide ("heide": heath), Juli ("juli": July), Ster ("ster": a star), Rozemarijn
    # ("rozemarijn": rosemary) and Pip ("pip": the pip of poultry, "de pip krijgen") are also Dutch words.
    # Roelfien and Geuchien are Gronings, Tadej and Špela Slovenian, Bikash and Sushmita
    # Nepali, Dardan and Blerta Albanian, Yeison and Marisol Colombian, Arsène Cameroonian.
    first_names=(
        "Heide",
        "Juli",
        "Ster",
        "Rozemarijn",
        "Pip",
        "Roelfien",
        "Geuchien",
        "Tadej",
        "Špela",
        "Bikash",
        "Sushmita",
        "Dardan",
        "Blerta",
        "Yeison",
        "Marisol",
        "Arsène",
    ),
    # Surnames that are fish ("baars": a perch, "karper": a carp, "paling": an eel, "voorn": a
    # roach, "zalm": a salmon, "spiering": a smelt, "brasem": a bream, "de Schol": the plaice).
    word_surnames=(
        "Baars",
        "Karper",
        "Paling",
        "Voorn",
        "Zalm",
        "Spiering",
        "Brasem",
        "de Schol",
    ),
    # Gronings and Drents, Slovenian, Nepali, Albanian, Colombian and Cameroonian surnames, one
    # with "ten", one with "van der" and one double.
    surnames=(
        "Kruizinga",
        "Ubbens",
        "ten Napel",
        "van der Laan",
        "Novak",
        "Kranjc",
        "Adhikari",
        "Shrestha",
        "Hoxha",
        "Berisha",
        "Restrepo",
        "Muñoz Castaño",
        "Mbarga",
        "Essomba",
    ),
    # Streets of Meppel and the villages; two hold a person's name.
    streets=(
        "Torenlaan",
        "Esdoornlaan",
        "Zwanenmeer",
        "Stobbenweg",
        "Molenwijk",
        "Jan Steenstraat",
        "Henriëtte Roland Holstlaan",
        "Nieuwe Vaart",
    ),
    # Wards and hamlets; the villages themselves are `BLIND24_VILLAGES`.
    places=(
        "Nijeveen-Noord",
        "Hesselingen-Oost",
        "Stadsweide-Noord",
        "Rogat-Zuid",
        "Koedijk-West",
    ),
    groups=(
        "Team Begraafplaatsen Meppel",
        "Buurtapp Torenlaan",
        "Team Markt en Standplaatsen",
        "Klankbordgroep Zwanenmeer",
        "Team Openbare Verlichting",
    ),
    # Rich in H/N, J/T and 3/8, sidecodes 4-11.
    plates=(
        "38-HNJ-3",
        "3-NHJ-83",
        "HN-383-J",
        "JHN-83-T",
        "8-JN-338",
        "833-HN-8",
        "N-383-HJ",
        "NH-38-JT",
        "3-JNH-88",
    ),
    bank_codes=("HJNV", "TNHQ", "ZJHN", "NQTJ", "JHVZ"),
)
BLIND25_POOLS = Pools(
    # Roef ("roef": a boat's deckhouse), Wiek ("wiek": a windmill's sail), Mirte ("mirte": myrtle), Hinde ("hinde":
    # a doe) and Pol ("pol": a tussock) are also Dutch words. Jannes and Mientje are Twents,
    # Sokha and Chanthou Khmer, Hedi and Amel Tunisian, Edmilson and Djamila Cape Verdean, Sione
    # Samoan, Elvin and Aysel Azerbaijani.
    first_names=(
        "Roef",
        "Wiek",
        "Mirte",
        "Hinde",
        "Pol",
        "Jannes",
        "Mientje",
        "Sokha",
        "Chanthou",
        "Hedi",
        "Amel",
        "Edmilson",
        "Djamila",
        "Sione",
        "Elvin",
        "Aysel",
    ),
    # Surnames that are clothes, food and farm words ("broek": trousers, "kraag": a collar,
    # "wortel": a carrot, "knecht": a farmhand, "kroes": a mug, "dop": a cap, "stroop": syrup,
    # "de Zeeuw": the man from Zeeland).
    word_surnames=(
        "Broek",
        "Kraag",
        "Wortel",
        "Knecht",
        "Kroes",
        "Dop",
        "Stroop",
        "de Zeeuw",
    ),
    # Twents, Khmer, Tunisian, Cape Verdean, Samoan and Azerbaijani surnames, one with "ten", one
    # with "van de", one with "Olde" and one with "Ben".
    surnames=(
        "Hulsbeek",
        "Olde Rikkert",
        "ten Dam",
        "van de Belt",
        "Chea",
        "Sok",
        "Ben Salah",
        "Trabelsi",
        "Tavares",
        "Semedo",
        "Faleolo",
        "Tuilagi",
        "Aliyeva",
        "Mammadov",
    ),
    # Streets of Meppel and the villages; two hold a person's name.
    streets=(
        "Kerkgracht",
        "Ruiterskamp",
        "Dirk Boutsstraat",
        "Sluisstraat",
        "Paradijsweg",
        "Lindenlaan",
        "Aleida Schotlaan",
        "Ganzenweide",
    ),
    # Wards and hamlets; the villages themselves are `BLIND25_VILLAGES`.
    places=(
        "Koedijk-Oost",
        "Haveltermade-Oost",
        "Ezinge-Noord",
        "Kaap-Oost",
        "Nijeveen-Zuid",
    ),
    groups=(
        "Team Kinderopvang Toezicht",
        "Buurtapp Kerkgracht",
        "Werkgroep Ganzenweide",
        "Team Ondermijning",
        "Klankbordgroep Ruiterskamp",
    ),
    # Rich in G/R/D and 1/7/6, sidecodes 4-11.
    plates=(
        "17-GRD-6",
        "6-DRG-71",
        "GD-617-R",
        "RGD-16-7",
        "1-GR-776",
        "716-DG-1",
        "D-671-GR",
        "GR-17-DG",
        "7-RDG-61",
    ),
    bank_codes=("GRDL", "DLGR", "RLDG", "LGDR", "GDRL"),
)
BLIND26_POOLS = Pools(
    # Bram ("braam": a blackberry), Kamille ("kamille": camomile), Sijs ("sijs": a siskin), Salie
    # ("salie": sage) and Flip ("flip": a flip) are also Dutch words. Harmke and Lammechien are
    # Drents, Aitor and Ane Basque, Censu and Ritienne Maltese, Hery and Fanja Malagasy, Khamla
    # Lao, Wayra Aymara and Sitiveni Fijian.
    first_names=(
        "Bram",
        "Kamille",
        "Sijs",
        "Salie",
        "Flip",
        "Harmke",
        "Lammechien",
        "Aitor",
        "Ane",
        "Censu",
        "Ritienne",
        "Hery",
        "Fanja",
        "Khamla",
        "Wayra",
        "Sitiveni",
    ),
    # Surnames that are weather and furniture words ("wind", "regen": rain, "mist": fog, "kast":
    # a cupboard, "kruk": a stool, "spiegel": a mirror, "tafel": a table, "de Donder": the
    # thunder).
    word_surnames=(
        "Wind",
        "Regen",
        "Mist",
        "Kast",
        "Kruk",
        "Spiegel",
        "Tafel",
        "de Donder",
    ),
    # Drents, Basque, Maltese, Malagasy, Lao and Aymara surnames, one with "ten", one with "van"
    # and one that is also a Dutch word ("borg": a guarantee).
    surnames=(
        "ten Hove",
        "Eggens",
        "Hoving",
        "van Hulzen",
        "Etxeberria",
        "Agirre",
        "Camilleri",
        "Borg",
        "Rakotomalala",
        "Rasoanaivo",
        "Phommachanh",
        "Vongsavath",
        "Mamani",
        "Condori",
    ),
    # Streets of Meppel and the villages; two hold a person's name.
    streets=(
        "Bloemenstraat",
        "Rembrandtlaan",
        "Kleine Kampen",
        "Gasthuisstraat",
        "Weteringstraat",
        "Jacob Catsstraat",
        "Willem Lodewijklaan",
        "Zwolsestraatweg",
    ),
    # Hamlets and wards; the villages themselves are `BLIND26_VILLAGES`.
    places=(
        "Lankhorst",
        "Hoogengraven",
        "De Hulst",
        "Berggierslanden-West",
        "Oosterboer-Zuid",
    ),
    groups=(
        "Team Klimaatadaptatie",
        "Buurtapp Bloemenstraat",
        "Werkgroep Hitteplan",
        "Team Gemalen en Stuwen",
        "Klankbordgroep Rembrandtlaan",
    ),
    # Rich in V/N/H/K and 4/9/2, sidecodes 1-6 and 12 (none of blind25's).
    plates=(
        "VN-49-22",
        "94-29-HV",
        "42-NV-90",
        "HN-92-VK",
        "VH-KN-49",
        "92-VN-HK",
        "V-49-HNK",
        "KV-94-42",
        "29-94-NK",
    ),
    bank_codes=("VNHK", "HKVN", "NVKH", "KHNV", "VKNH"),
)
BLIND27_POOLS = Pools(
    # Kade ("kade": a quay), Bes ("bes": a berry), Dahlia ("dahlia"), Magnolia ("magnolia") and
    # Dille ("dille": dill) are also Dutch words. Gerlof and Jikke are Stellingwerfs, Rúni and
    # Sólja Faroese, Jordi, Montserrat and Ferran Catalan, Wideline and Jean-Robert Haitian,
    # Aibek and Nurgül Kyrgyz.
    first_names=(
        "Kade",
        "Bes",
        "Dahlia",
        "Magnolia",
        "Dille",
        "Gerlof",
        "Jikke",
        "Rúni",
        "Sólja",
        "Jordi",
        "Montserrat",
        "Ferran",
        "Wideline",
        "Jean-Robert",
        "Aibek",
        "Nurgül",
    ),
    # Surnames that are tree words ("wilg": a willow, "beuk": a beech, "iep": an elm,
    # "populier": a poplar, "vlier": an elder, "hazelaar": a hazel, "den": a pine, "de Lariks":
    # the larch).
    word_surnames=(
        "Wilg",
        "Beuk",
        "Iep",
        "Populier",
        "Vlier",
        "Hazelaar",
        "Den",
        "de Lariks",
    ),
    # Stellingwerfs and Drents, Faroese, Catalan, Haitian and Kyrgyz surnames, one with "ter",
    # one with "van" and one that is also a Dutch word ("plank": a board).
    surnames=(
        "ter Wee",
        "Dolfing",
        "Nijland",
        "van Goor",
        "Joensen",
        "Dalsgaard",
        "Vilaró",
        "Casals",
        "Pierre-Louis",
        "Desrosiers",
        "Abdyldaev",
        "Toktogulova",
        "Plank",
        "Schuiling",
    ),
    # Streets of Meppel, Havelte and Nijeveen; two hold a person's name, two a tree of the pool.
    streets=(
        "Weeshuisstraat",
        "Oostersingel",
        "Populierenlaan",
        "Wilgenweg",
        "Kolonieweg",
        "Van Helomaweg",
        "Jan Kooistrastraat",
        "Schapenhoek",
    ),
    # Hamlets and wards; the villages themselves are `BLIND27_VILLAGES`.
    places=(
        "Busselte",
        "Nijeveense Kolonie",
        "Rogat-Noord",
        "Haveltermade-Zuid",
        "Kolderveen-Oost",
    ),
    groups=(
        "Team Bomen en Groen",
        "Buurtapp Populierenlaan",
        "Werkgroep Buurtboomgaard",
        "Team Haven en Markt",
        "Klankbordgroep Oostersingel",
    ),
    # Rich in T/F/J/X and 3/7/0, sidecodes 1-9 (none of blind26's).
    plates=(
        "TF-37-03",
        "70-33-JX",
        "07-FT-73",
        "JF-70-TX",
        "XT-JF-37",
        "33-TX-FJ",
        "73-JTF-0",
        "3-FXT-70",
        "TJ-703-F",
    ),
    bank_codes=("TFJX", "XJTF", "JXFT", "FTXJ", "TXFJ"),
)
BLIND28_POOLS = Pools(
    # Anemoon ("anemoon": an anemone), Saffier ("saffier": a sapphire), Opaal ("opaal": an opal),
    # Nova ("nova") and Wolk ("wolk": a cloud) are also Dutch words. Tharshan and Niroshini are
    # Tamil, Giorgi and Tamari Georgian, Enkhjargal, Oyunaa and Temuulen Mongolian, Emina and
    # Edin Bosnian, Geessien and Hindrik Drents.
    first_names=(
        "Anemoon",
        "Saffier",
        "Opaal",
        "Nova",
        "Wolk",
        "Tharshan",
        "Niroshini",
        "Giorgi",
        "Tamari",
        "Enkhjargal",
        "Oyunaa",
        "Temuulen",
        "Emina",
        "Edin",
        "Geessien",
        "Hindrik",
    ),
    # Surnames that are boat words ("zeil": a sail, "spriet": a sprit, "vlet": a punt, "praam":
    # a pram, "boei": a buoy, "kiel": a keel, "roer": a rudder, "de Steiger": the jetty).
    word_surnames=(
        "Zeil",
        "Spriet",
        "Vlet",
        "Praam",
        "Boei",
        "Kiel",
        "Roer",
        "de Steiger",
    ),
    # Dutch surnames with "van 't", "in 't", "op de", "van der", "de la" and "uit de"; Tamil,
    # Georgian, Mongolian and Bosnian surnames.
    surnames=(
        "van 't Riet",
        "in 't Hout",
        "op de Weegh",
        "van der Lugt",
        "de la Croix",
        "uit de Bulten",
        "Kanagaratnam",
        "Thevarajah",
        "Gelashvili",
        "Kapanadze",
        "Ganbold",
        "Batjargal",
        "Hadžić",
        "Mehmedović",
    ),
    # Streets of Meppel; two hold a boat word of the pool.
    streets=(
        "Heerenweg",
        "Brouwersgracht",
        "Sluisweg",
        "Kleine Sluiskade",
        "Schipperstraat",
        "Lijnbaan",
        "Zeilmakersstraat",
        "Bootsmanstraat",
    ),
    # Wards and neighbourhoods; the villages themselves are `BLIND28_VILLAGES`.
    places=(
        "Berggierslanden-Noord",
        "Koedijk-Zuid",
        "Oranjebuurt",
        "Nijentap-Oost",
        "Haveltermade-Noord",
    ),
    groups=(
        "Team Evenementen en Markten",
        "Buurtapp Heerenweg",
        "Werkgroep Gondelvaart",
        "Team Balie en Burgerzaken",
        "Klankbordgroep Brouwersgracht",
    ),
    # Rich in G/S/Z/B and 5/8/1/6, sidecodes 4, 7, 8, 9 and 10 to 14.
    plates=(
        "G-518-SZ",
        "BZS-58-G",
        "5-GB-816",
        "815-SZ-6",
        "ZG-581-B",
        "S-65-BGZ",
        "GS-18-ZB",
        "68-BSG-1",
        "1-ZSB-58",
    ),
    bank_codes=("GSZB", "BZGS", "SGBZ", "ZBSG", "GBZS"),
)
BLIND29_POOLS = Pools(
    # Mirre ("mirre": myrrh), Keet ("keet": a shed), Sering ("sering": a lilac), Zilver
    # ("zilver": silver) and Roek ("roek": a rook) are also Dutch words. Rodelio and Analyn are
    # Tagalog, Meseret and Tewodros Amharic, Blagoja and Snežana Macedonian, Wiremu and Aroha
    # Māori, Gwenaëlle and Erwan Breton, Derk and Aaltien Sallands.
    first_names=(
        "Mirre",
        "Keet",
        "Sering",
        "Zilver",
        "Roek",
        "Rodelio",
        "Analyn",
        "Meseret",
        "Tewodros",
        "Blagoja",
        "Snežana",
        "Wiremu",
        "Aroha",
        "Gwenaëlle",
        "Erwan",
        "Derk",
        "Aaltien",
    ),
    # Surnames that are kitchen words ("pan": a pan, "vork": a fork, "beker": a mug, "schaal":
    # a bowl, "kom": a basin (and "come!"), "bord": a plate, "rasp": a grater, "de Kruik": the
    # jug).
    word_surnames=(
        "Pan",
        "Vork",
        "Beker",
        "Schaal",
        "Kom",
        "Bord",
        "Rasp",
        "de Kruik",
    ),
    # Dutch surnames with "te", "aan de", "van den" and "ten"; Tagalog, Amharic, Macedonian,
    # Māori and Breton surnames (one with a capital particle, "Te Whare", one with "Le").
    surnames=(
        "te Lintelo",
        "aan de Stegge",
        "van den Akker",
        "ten Zolder",
        "Dimaculangan",
        "Macaraeg",
        "Alemayehu",
        "Woldemariam",
        "Trajkovski",
        "Stojanovska",
        "Te Whare",
        "Paewai",
        "Le Goff",
        "Kerjean",
    ),
    # Streets of Meppel; two hold a kitchen word of the pool.
    streets=(
        "Noteboomstraat",
        "Slingerberg",
        "Steenhouwersstraat",
        "Kleine Kerkstraat",
        "Smidsstraat",
        "Bekerstraat",
        "Kruikenpad",
        "Dirk Jansweg",
    ),
    # Wards and neighbourhoods; the villages themselves are `BLIND29_VILLAGES`.
    places=(
        "Koedijkslanden-West",
        "Ezinge-Oost",
        "Bergierslanden",
        "Centrum-Noord",
        "Kaapjeswelle",
    ),
    groups=(
        "Team Sport en Cultuur",
        "Buurtpreventie Slingerberg",
        "Werkgroep Verkiezingen",
        "Team Wmo en Minima",
        "Klankbordgroep Ezinge",
    ),
    # Rich in D/R/N/H and 2/4/9, sidecodes 1 to 4 and 7 to 10.
    plates=(
        "HD-42-92",
        "94-22-RN",
        "49-DH-24",
        "NR-94-HD",
        "24-NDR-9",
        "4-HRD-29",
        "RD-924-N",
        "N-492-DR",
    ),
    bank_codes=("DRNH", "HNRD", "NDHR", "RHDN", "HDRN"),
)
BLIND30_POOLS = Pools(
    # Aster ("aster": an aster), Kik ("kik": a peep) and Snip ("snip": a snipe) are also Dutch
    # words. Abdirahman and Faadumo are Somali, Quang and Hương Vietnamese, Besnik and Drita
    # Albanian, Azad and Berfin Kurdish, Wybren and Tsjitske Frisian.
    first_names=(
        "Aster",
        "Kik",
        "Snip",
        "Abdirahman",
        "Faadumo",
        "Quang",
        "Hương",
        "Besnik",
        "Drita",
        "Azad",
        "Berfin",
        "Wybren",
        "Tsjitske",
    ),
    # Surnames that are bird words ("ekster": a magpie, "gaai": a jay, "lijster": a thrush,
    # "grutto": a godwit, "fazant": a pheasant, "kauw": a jackdaw, "wouw": a kite, "de
    # Tureluur": the redshank).
    word_surnames=(
        "Ekster",
        "Gaai",
        "Lijster",
        "Grutto",
        "Fazant",
        "Kauw",
        "Wouw",
        "de Tureluur",
    ),
    # Dutch surnames with "op de", "in de", "van het" and "ter"; Frisian, Somali, Vietnamese,
    # Albanian and Kurdish surnames.
    surnames=(
        "op de Woerd",
        "in de Betouw",
        "van het Reve",
        "ter Wisch",
        "Hiemstra",
        "Jorna",
        "Hersi",
        "Duale",
        "Trần",
        "Lương",
        "Shala",
        "Gashi",
        "Zêrîn",
    ),
    # Streets of Meppel; two hold a bird word of the pool.
    streets=(
        "Parallelweg",
        "Zuiderhogeweg",
        "Kanaalweg",
        "Eksterlaan",
        "Fazantenhof",
        "Havenstraat-Oost",
        "Vijzelstraat",
        "Stationsweg-Zuid",
    ),
    # Wards and neighbourhoods; the villages themselves are `BLIND30_VILLAGES`.
    places=(
        "Havenkwartier",
        "Koedijkslanden-Oost",
        "Ezinge-Noordwest",
        "Nieuwveense Landen-Zuid",
        "Bedrijventerrein Oevers",
    ),
    groups=(
        "Team Openbare Ruimte Havens",
        "Brugwachters Meppel",
        "Werkgroep Bankjes",
        "Team Vergunningen Bouw",
        "Balie Publiekszaken",
    ),
    # Rich in K/T/X/F and 3/7/8/1, sidecodes 3, 4 and 7 to 14.
    plates=(
        "37-KTF-8",
        "18-XK-73",
        "TX-378-F",
        "8-FKT-37",
        "KF-317-T",
        "X-781-KT",
        "FT-83-KX",
        "713-TK-8",
        "3-XF-718",
        "FK-818-X",
    ),
    bank_codes=("KTXF", "FXTK", "TKFX", "XFKT", "KFXT"),
)
BLIND31_POOLS = Pools(
    # Brons ("brons": bronze), Honing ("honing": honey) and Munt ("munt": a coin, mint) are also
    # Dutch words. Zarghuna and Wahid are Afghan, Haris and Lejla Bosnian, Filmon Eritrean, Ravish
    # and Sunita Surinamese Hindustani, Xiuying and Jun Chinese, Hillechien Drents, Pien Dutch.
    first_names=(
        "Brons",
        "Honing",
        "Munt",
        "Zarghuna",
        "Wahid",
        "Haris",
        "Lejla",
        "Filmon",
        "Ravish",
        "Sunita",
        "Xiuying",
        "Hillechien",
        "Pien",
    ),
    # Surnames that are hardware words ("schaaf": a plane, "boor": a drill, "moer": a nut,
    # "klink": a latch, "klem": a clamp, "schroef": a screw, "ketting": a chain, "de Vijl": the
    # file).
    word_surnames=(
        "Schaaf",
        "Boor",
        "Moer",
        "Klink",
        "Klem",
        "Schroef",
        "Ketting",
        "de Vijl",
    ),
    # Dutch surnames with "van den", "op 't", "de la" and "van der"; Drents, Afghan, Bosnian,
    # Eritrean and Chinese surnames.
    surnames=(
        "van den Hul",
        "op 't Land",
        "de la Rive",
        "van der Sluis",
        "Oldenkamp",
        "Hulsegge",
        "Nijsingh",
        "Ahmadzai",
        "Karimi",
        "Begović",
        "Ghebreab",
        "Zhou",
        "Pepping",
    ),
    # Streets of Meppel; two hold a hardware word of the pool.
    streets=(
        "Commissaris Goemansstraat",
        "Slingerweg",
        "Fabrieksstraat",
        "Wolvenstraat",
        "Koepelweg",
        "Boerhaavelaan",
        "Schaafstraat",
        "Klinkerhof",
    ),
    # Wards and neighbourhoods; the villages themselves are `BLIND31_VILLAGES`.
    places=(
        "Stadsweiden",
        "Oevers-Noord",
        "Bedrijventerrein Noord",
        "Zuideinde-Kaap",
        "Ezinge-Centrum",
    ),
    groups=(
        "Team Wmo Toegang",
        "Schuldhulp Intake Meppel",
        "Werkgroep Koningsdag 2027",
        "Leerplicht & RMC",
        "Handhaving Binnenstad",
    ),
    # Rich in G/Z/N/R/H and 2/5/6/9, sidecodes 3, 4 and 7 to 14.
    plates=(
        "52-GZ-96",
        "ZN-26-RG",
        "69-NGR-5",
        "2-ZHR-69",
        "GN-592-Z",
        "R-956-NZ",
        "ZGN-52-H",
        "N-29-GRZ",
        "6-RZ-259",
        "592-NG-6",
    ),
    bank_codes=("GZNR", "ZRGN", "NGZR", "RZNG", "GNRZ"),
)
# The municipality's WhatsApp number (fictitious), as Beheer enters it: a mobile number that is
# no personal data.
MUNICIPAL_WHATSAPP = "06 1400 0522"
# The municipality's postal address.
MUNICIPAL_POSTBUS = "Postbus 501, 7940 AM Meppel"
TUNING = SetConfig(name="tuning", seed=1201, count=30, pools=TUNING_POOLS, tag="tune")
CHECK = SetConfig(name="check", seed=52_117, count=30, pools=CHECK_POOLS, tag="blind")
BLIND = SetConfig(name="blind", seed=907_331, count=30, pools=BLIND_POOLS, tag="blind")
BLIND2 = SetConfig(name="blind2", seed=640_819, count=30, pools=BLIND2_POOLS, tag="blind2")
BLIND3 = SetConfig(name="blind3", seed=318_463, count=30, pools=BLIND3_POOLS, tag="blind3")
BLIND4 = SetConfig(name="blind4", seed=774_205, count=30, pools=BLIND4_POOLS, tag="blind4")
BLIND5 = SetConfig(name="blind5", seed=562_100, count=30, pools=BLIND5_POOLS, tag="blind5")
BLIND6 = SetConfig(
    name="blind6",
    seed=283_917,
    count=30,
    pools=BLIND6_POOLS,
    tag="blind6",
    keep_values=(MUNICIPAL_IBAN,),
)
BLIND7 = SetConfig(
    name="blind7",
    seed=733_019,
    count=30,
    pools=BLIND7_POOLS,
    tag="blind7",
    keep_values=(MUNICIPAL_IBAN_TAXES,),
)
BLIND8 = SetConfig(
    name="blind8",
    seed=418_662,
    count=30,
    pools=BLIND8_POOLS,
    tag="blind8",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES),
)
BLIND9 = SetConfig(
    name="blind9",
    seed=596_244,
    count=30,
    pools=BLIND9_POOLS,
    tag="blind9",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND10 = SetConfig(
    name="blind10",
    seed=851_377,
    count=30,
    pools=BLIND10_POOLS,
    tag="blind10",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND11 = SetConfig(
    name="blind11",
    seed=469_183,
    count=30,
    pools=BLIND11_POOLS,
    tag="blind11",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND12 = SetConfig(
    name="blind12",
    seed=237_941,
    count=30,
    pools=BLIND12_POOLS,
    tag="blind12",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND13 = SetConfig(
    name="blind13",
    seed=294_613,
    count=30,
    pools=BLIND13_POOLS,
    tag="blind13",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND14 = SetConfig(
    name="blind14",
    seed=715_494,
    count=30,
    pools=BLIND14_POOLS,
    tag="blind14",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND15 = SetConfig(
    name="blind15",
    seed=715_818,
    count=30,
    pools=BLIND15_POOLS,
    tag="blind15",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND16 = SetConfig(
    name="blind16",
    seed=590_116,
    count=30,
    pools=BLIND16_POOLS,
    tag="blind16",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND17 = SetConfig(
    name="blind17",
    seed=384_182,
    count=30,
    pools=BLIND17_POOLS,
    tag="blind17",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND18 = SetConfig(
    name="blind18",
    seed=518_801,
    count=30,
    pools=BLIND18_POOLS,
    tag="blind18",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND19 = SetConfig(
    name="blind19",
    seed=619_902,
    count=30,
    pools=BLIND19_POOLS,
    tag="blind19",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND20 = SetConfig(
    name="blind20",
    seed=915_530,
    count=30,
    pools=BLIND20_POOLS,
    tag="blind20",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND21 = SetConfig(
    name="blind21",
    seed=560_914,
    count=30,
    pools=BLIND21_POOLS,
    tag="blind21",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND22 = SetConfig(
    name="blind22",
    seed=418_207,
    count=30,
    pools=BLIND22_POOLS,
    tag="blind22",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND23 = SetConfig(
    name="blind23",
    seed=926_447,
    count=30,
    pools=BLIND23_POOLS,
    tag="blind23",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND24 = SetConfig(
    name="blind24",
    seed=531_871,
    count=30,
    pools=BLIND24_POOLS,
    tag="blind24",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND25 = SetConfig(
    name="blind25",
    seed=836_903,
    count=30,
    pools=BLIND25_POOLS,
    tag="blind25",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND26 = SetConfig(
    name="blind26",
    seed=226_381,
    count=30,
    pools=BLIND26_POOLS,
    tag="blind26",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND27 = SetConfig(
    name="blind27",
    seed=274_402,
    count=30,
    pools=BLIND27_POOLS,
    tag="blind27",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND28 = SetConfig(
    name="blind28",
    seed=918_273,
    count=30,
    pools=BLIND28_POOLS,
    tag="blind28",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND29 = SetConfig(
    name="blind29",
    seed=290_022,
    count=30,
    pools=BLIND29_POOLS,
    tag="blind29",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND30 = SetConfig(
    name="blind30",
    seed=300_259,
    count=30,
    pools=BLIND30_POOLS,
    tag="blind30",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
BLIND31 = SetConfig(
    name="blind31",
    seed=310_044,
    count=30,
    pools=BLIND31_POOLS,
    tag="blind31",
    keep_values=(MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES, MUNICIPAL_WHATSAPP, MUNICIPAL_POSTBUS),
)
SETS = {
    c.name: c
    for c in (
        TUNING,
        CHECK,
        BLIND,
        BLIND2,
        BLIND3,
        BLIND4,
        BLIND5,
        BLIND6,
        BLIND7,
        BLIND8,
        BLIND9,
        BLIND10,
        BLIND11,
        BLIND12,
        BLIND13,
        BLIND14,
        BLIND15,
        BLIND16,
        BLIND17,
        BLIND18,
        BLIND19,
        BLIND20,
        BLIND21,
        BLIND22,
        BLIND23,
        BLIND24,
        BLIND25,
        BLIND26,
        BLIND27,
        BLIND28,
        BLIND29,
        BLIND30,
        BLIND31,
    )
}

# Message templates. {slot} is filled from the scene; slots in PII_SLOTS are personal data, in
# KEEP_SLOTS must stay readable. A "!" after the slot name asks the renderer to wrap the line
# inside that item; text glued to a slot (quotes, brackets) is drawn against it but is no part of
# the item; "!!" wraps it over three lines. (tag, sender, text)
TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("both", "in", "Goedemorgen, ik ben {name} en ik woon aan de {addr} in {place}."),
    ("both", "in", "U kunt mij bellen op {phone!}, ik ben de hele dag thuis."),
    ("both", "in", "Mijn rekeningnummer is {iban!} wilt u het bedrag daarop terugstorten?"),
    ("both", "in", "Mijn BSN is {bsn} als u dat nodig heeft."),
    ("both", "out", "U kunt ons altijd bellen via {switch} of mailen naar {mailbox}."),
    ("both", "out", "Uw melding heeft zaaknummer {zaak} en we komen {day} langs."),
    ("both", "in", "De auto met kenteken {plate} staat al weken op de stoep."),
    ("tune", "in", "Mijn buurman {third!} heeft ook last van de lantaarnpaal."),
    ("tune", "in", "De postcode is {postcode!} bij het huis naast de kerk."),
    ("tune", "in", "Mijn mail is {email} voor de bevestiging."),
    ("tune", "in", "Groetjes, {first}"),
    ("tune", "out", "Ik heb {sur} gisteren nog gesproken over de stoep."),
    ("tune", "in", "Geboren op {dob} maar dat staat ook in het formulier."),
    ("tune", "out", "Bel gerust het algemene nummer {switch_long}, dan verbinden ze u door."),
    ("tune", "in", "Wij wonen op {addr!} in {place} sinds vorig jaar."),
    ("blind", "in", "Met {name!}, ik stuur dit namens de bewoners van de {street}."),
    ("blind", "in", "Het nummer van mijn dochter is {phone!} als ik niet opneem."),
    ("blind", "in", "Terugbetalen graag op {iban!} t.n.v. {name}."),
    ("blind", "in", "Burgerservicenummer: {bsn}"),
    ("blind", "in", "Wij zitten op {addr!}, {postcode} {place}."),
    ("blind", "in", "{third} zegt dat de bus met {plate} er elke nacht staat."),
    ("blind", "out", "Het klantcontactcentrum is bereikbaar op {switch_long} op werkdagen."),
    ("blind", "out", "Dank je {sur}, ik geef het door aan {group}."),
    ("blind", "in", "Stuur het maar naar {email} of bel {phone}."),
    ("blind", "in", "Mevrouw {third_sur!} van nummer {housenr} klaagt ook over de herrie."),
    ("blind2", "in", "Namens mijn moeder, {initials!}, dien ik een klacht in bij {org}."),
    ("blind2", "out", "Zaak {zaak} staat op {date} gepland, {org} komt dan kijken."),
    ("blind2", "in", "Ik zit tot juni in Spanje, bel gerust {phone_intl!} na zessen."),
    ("blind2", "in", '"{third}" heeft die schutting gezet, dat weet de hele {street}.'),
    (
        "blind2",
        "in",
        "Kunt u de brief sturen naar {initials}, {addr!}, {postcode_compact} {place}?",
    ),
    ("blind2", "in", "Onze mantelzorger ({third_first}) regelt het verder, bel {phone!}."),
    ("blind2", "in", "IBAN {iban!} (t.n.v. {third!}), graag voor {date}."),
    ("blind2", "out", "Uw brief met kenmerk {kenmerk} is doorgestuurd naar {org}."),
    ("blind2", "in", "Gegevens: BSN {bsn}, geboren {dob}, wonend aan de {addr!} te {place}."),
    ("blind2", "out", "Bespreken we in {group} op {date}, ik koppel het aan {zaak}."),
    ("blind2", "in", "Mail maar naar {email} of app {third_first} even op {phone_intl}."),
    ("blind2", "in", "Buurman '{third_sur}' rijdt met de {plate} zo over het trottoir."),
    # blind3: drawn only by the third blind set.
    (
        "blind3",
        "in",
        "Goedenavond, u spreekt met {initials!}. Mijn huisgenoot {other} woont sinds kort op "
        "{addr!}, {postcode} {place}, en krijgt nog steeds de post van de vorige bewoner.",
    ),
    ("blind3", "in", "Ik ben overdag bereikbaar op {phone!} en 's avonds op {landline}."),
    ("blind3", "in", "Het bedrag van {amount} graag terug op {iban!} t.n.v. {initials}."),
    ("blind3", "out", "Uw aanvraag staat onder {zaak}; de buitendienst komt {date} om {time}."),
    ("blind3", "in", "Het gaat om mijn vader {other_initials}, BSN {bsn_dots}, geb. {dob}."),
    (
        "blind3",
        "in",
        "Die witte bestelbus {plate_text} van {other_first} staat weer half op de stoep van de "
        "{street}.",
    ),
    (
        "blind3",
        "out",
        "Voor vragen over de factuur van {amount} belt u {switch_long} of mailt u {mailbox}.",
    ),
    (
        "blind3",
        "in",
        "{org} heeft gisteren de heg gesnoeid, maar buurman {sur_title} zegt dat het niet mocht.",
    ),
    ("blind3", "in", "Mail de beschikking maar naar {email!} dan print {kid} hem voor me uit."),
    ("blind3", "out", "Ik heb het doorgezet naar {org}, zij bellen u voor {date}. Kenmerk {zaak}."),
    (
        "blind3",
        "in",
        "Nieuw adres per 1 mei: {addr!} {postcode_odd} {place}. Mijn nieuwe nummer is {phone2!}",
    ),
    ("blind3", "in", "Onze {kid} is gebeten door de hond van mevrouw {other_sur_title}."),
    ("blind3", "out", "De parkeerboete van {amount} is ingetrokken, u hoeft niets meer te doen."),
    ("blind3", "in", "Hierbij mijn rekeningnummer {iban_flat} en mijn BSN {bsn}."),
    (
        "blind3",
        "in",
        "Bel anders {other_first} even op {phone_intl!}, die is om {time} thuis.",
    ),
    (
        "blind3",
        "out",
        "Het spreekuur van {org} is op {date} om {time} aan de {street}, aanmelden via {switch}.",
    ),
    (
        "blind3",
        "in",
        "Ik ben {first} en ik regel dit voor {other_initials} (geboren {dob}), die op nummer "
        "{housenr} woont.",
    ),
    (
        "blind3",
        "in",
        "Gevonden: grijze kater, gechipt, bij de {street} hoek {street2}. Eigenaar mag bellen naar "
        "{phone2} of mailen naar {email}.",
    ),
    ("blind3", "in", "Mijn auto {plate} is weggesleept terwijl ik een vergunning heb."),
    ("blind3", "out", "Dank u {sur_title}, de melding over de {street} is doorgezet. {zaak}"),
    # blind4: drawn only by the fourth blind set (long messages, items mid-sentence, lowercase).
    ("blind4", "in", "mijn mailadres is veranderd, het is nu {email}"),
    ("blind4", "in", "Voor de zorgaanvraag: {other_initials}, BSN {bsn}, geboortedatum {dob}."),
    (
        "blind4",
        "in",
        "Stuur de bevestiging ook naar {mate_first} via {email!}, zij heeft mijn machtiging.",
    ),
    (
        "blind4",
        "in",
        "hoi, met {first_lc} hier. ik woon sinds kort op {addr!} en de container van ons blok is "
        "al drie weken niet geleegd, kan daar iemand naar kijken?",
    ),
    (
        "blind4",
        "in",
        "Mijn zoon {kid} heeft de aanvraag gedaan, maar het geld ({amount}) graag op mijn eigen "
        "rekening {iban!} en niet op de zijne.",
    ),
    (
        "blind4",
        "in",
        "Kunt u even terugbellen op {phone_spaced!}? Anders neemt mijn man {other} op, die is er "
        "vanaf {time}.",
    ),
    (
        "blind4",
        "out",
        "Uw zaak {zaak} is op {date} behandeld, het besluit volgt binnen zes weken. Vragen? Bel "
        "{switch} of mail {mailbox}.",
    ),
    (
        "blind4",
        "in",
        "Dit is het rekeningnummer van mijn schoonzus in het buitenland: {iban_foreign!} zij "
        "betaalt de leges voor ons.",
    ),
    (
        "blind4",
        "in",
        "{other_lc} van de overkant zegt dat die oranje aanhanger {plate_text} van haar neef is.",
    ),
    ("blind4", "in", "Het BSN van mijn moeder is {bsn_spaced} en ze is geboren op {dob}."),
    (
        "blind4",
        "out",
        "Ik heb {org} gevraagd om contact met u op te nemen over de nota van {amount}.",
    ),
    (
        "blind4",
        "in",
        "Wilt u het verslag naar {email!} sturen? Op mijn werk kan ik geen bijlagen openen.",
    ),
    (
        "blind4",
        "in",
        "We zijn verhuisd van de {street} naar {addr2!}, {postcode} {place}, dus de aanslag klopt "
        "niet meer.",
    ),
    (
        "blind4",
        "out",
        "Het nummer {switch_alt} is op {date} vanaf {time} weer bereikbaar, tot die tijd kunt u "
        "mailen naar {mailbox}.",
    ),
    (
        "blind4",
        "in",
        "Wie heeft het nummer van {mate_first}? Ik heb alleen {phone2} maar daar neemt niemand op.",
    ),
    (
        "blind4",
        "in",
        "Mevrouw {neighbour_title} kan zelf niet appen, haar dochter {mate} regelt alles, zij woont "
        "op {addr!} in {place}.",
    ),
    (
        "blind4",
        "in",
        "Gegevens voor de vergunning: {name}, {addr2!}, {postcode_lc} {place}, tel. {phone!}, "
        "mail {email}.",
    ),
    (
        "blind4",
        "out",
        "Dank u wel {sur_title}, het bedrag van {amount} wordt op {date} teruggestort onder "
        "kenmerk {kenmerk}.",
    ),
    (
        "blind4",
        "in",
        "ik ben {first_lc} {sur_lc} en mijn pas is gestolen, de dader reed weg in een auto met "
        "kenteken {plate}",
    ),
    (
        "blind4",
        "in",
        "Rekeningnummer {iban_lc} ten name van {initials}, graag met vermelding van {zaak}.",
    ),
    (
        "blind4",
        "out",
        "Beste {first}, uw afspraak in het gemeentehuis staat op {date} om {time}. Neem uw ID mee "
        "en het zaaknummer {zaak}.",
    ),
    (
        "blind4",
        "in",
        "Mijn vader {other} (geb. {dob_text}) ligt sinds vorige week in het ziekenhuis, kan de "
        "uitkering worden doorbetaald op {iban!}?",
    ),
    (
        "blind4",
        "in",
        "Update van {mate}: ze is te bereiken op {phone!} of op haar vaste nummer {landline}.",
    ),
    (
        "blind4",
        "out",
        "De melding is doorgezet naar {org}, die komt {date} tussen {time} en {time2} langs aan de "
        "{street2}.",
    ),
    (
        "blind4",
        "in",
        "De pakjes mogen naar {addr2!} maar de brieven moeten naar {addr!}, {postcode} {place}.",
    ),
    (
        "blind4",
        "in",
        "Foto van de schade aan de gevel, {kid} heeft hem gisteren gemaakt. De eigenaar is "
        "{other_initials}, zijn BSN weet ik niet.",
    ),
    (
        "blind4",
        "out",
        "Ontvangen! De factuur van {org} ({amount}) behandelen we onder {kenmerk}, bel bij vragen "
        "{switch_long}.",
    ),
    # blind5: drawn only by the fifth blind set (new Meppel subjects; "!!" wraps over three lines).
    (
        "blind5",
        "in",
        "Goedemiddag, ik wil kwijtschelding aanvragen voor de afvalstoffenheffing. Mijn BSN is "
        "{bsn_spaced} en ik woon op {addr!}.",
    ),
    (
        "blind5",
        "in",
        "Over het snippergroen naast {addr2}: {sur} en ik willen dat stukje samen kopen, kan dat?",
    ),
    (
        "blind5",
        "out",
        "De kapvergunning voor de eik aan de {street} loopt onder {zaak}; bezwaar kan tot {date} "
        "via {mailbox2}.",
    ),
    (
        "blind5",
        "in",
        "Voor {other} (geboren {dob_text}) vragen we een traplift aan, het adres is "
        "{addr!!} in {place}.",
    ),
    (
        "blind5",
        "in",
        "Het leerlingenvervoer van {kid} mag worden vergoed op {iban_lc!!} t.n.v. {initials}.",
    ),
    (
        "blind5",
        "out",
        "Uw bezwaar tegen de WOZ-waarde ({amount}) is ontvangen onder kenmerk {kenmerk}. Bel bij "
        "vragen {switch_var}.",
    ),
    (
        "blind5",
        "in",
        "Vraag het anders even aan {sur_lc}, die heeft de sleutel van het buurthuis aan de "
        "{street2}.",
    ),
    (
        "blind5",
        "in",
        "Ik heb twee honden maar betaal hondenbelasting voor drie, kunt u het verschil ({amount}) "
        "terugstorten op {iban!}?",
    ),
    (
        "blind5",
        "out",
        "Het Zomerfeest valt onder project {project}; {org} zet de hekken op {date} neer.",
    ),
    (
        "blind5",
        "in",
        "Er is gisteren niet gestrooid op de {street}, mijn buur {other_first} is gevallen. "
        "Bel mij op {phone3!!} als u meer wilt weten.",
    ),
    (
        "blind5",
        "in",
        "Bij de glasbak aan de {street2} dumpt de auto met kenteken {plate_text} elke zaterdag "
        "zakken afval. Mijn naam is {name}.",
    ),
    (
        "blind5",
        "in",
        "Kan de bevestiging van de parkeervergunning naar {email2}? Het kenteken is {plate}.",
    ),
    (
        "blind5",
        "out",
        "Uw afspraak voor het paspoort is op {date} om {time2}. Neem zaaknummer {zaak} mee; "
        "afzeggen kan via {switch_alt}.",
    ),
    (
        "blind5",
        "in",
        "Wij willen op {date} om {time} trouwen in de Tuinzaal. Getuige is {mate}, bereikbaar "
        "via {phone!}.",
    ),
    (
        "blind5",
        "in",
        "{mate_first} van hiernaast heeft geen internet, haar vaste nummer is {landline} en haar "
        "BSN {bsn}.",
    ),
    (
        "blind5",
        "in",
        "Ik verhuis per 1 augustus naar {addr2!}, {postcode_lc} {place}. Mijn schoonvader "
        "{other_initials} blijft op het oude adres.",
    ),
    (
        "blind5",
        "out",
        "De energietoeslag van {amount2} is overgemaakt, vragen kunt u mailen naar {mailbox} of "
        "bellen met {switch_long}.",
    ),
    (
        "blind5",
        "in",
        "De ratten komen uit de schuur van {sur_title}, dat is op {addr!} naast de speeltuin.",
    ),
    (
        "blind5",
        "in",
        "Mijn zoon {kid} woont in het buitenland, zijn rekening is {iban_foreign!!} voor de "
        "huurtoeslag.",
    ),
    (
        "blind5",
        "in",
        "geluidsoverlast bij {neighbour_lc} op nummer {housenr}, ik ben {first_lc} en u kunt mij "
        "appen op {phone2}",
    ),
    (
        "blind5",
        "out",
        "Dank u {sur_title}. De bladkorf aan de {street2} staat onder {zaak}, {org} komt {date}.",
    ),
    (
        "blind5",
        "in",
        "Geboortedatum {dob}, BSN {bsn}, e-mail {email}. Meer heb ik niet voor de inschrijving.",
    ),
    (
        "blind5",
        "in",
        "Het jeugdhonk aan de {street} wordt gerund door {other}, bereikbaar op {phone2!}. Het "
        "is open vanaf {time} en de huur is {amount2} per maand.",
    ),
    (
        "blind5",
        "out",
        "De subsidie voor {project} is toegekend ({amount}). De beschikking kunt u opvragen via "
        "{mailbox2} of {switch_var}.",
    ),
    (
        "blind5",
        "in",
        "Voor de inburgering van mijn partner {mate}: geboren op {dob_text}, ons adres is "
        "{addr}, {postcode} {place}.",
    ),
    (
        "blind5",
        "in",
        "Volgens {sur} mag de dakkapel er gewoon komen, maar {org} zegt dat er een vergunning "
        "nodig is.",
    ),
    (
        "blind5",
        "in",
        "De borg voor het straatfeest ({amount}) graag terug op {iban_flat}, de bevestiging "
        "mag naar {email} of naar {addr2}, {postcode_lc}.",
    ),
    (
        "blind5",
        "out",
        "Tot {time} zijn wij bereikbaar op {switch} en op {switch_alt}, daarna via {mailbox}.",
    ),
    # blind6: drawn only by the sixth blind set (new Meppel subjects, must-keep next to personal
    # data: the municipality's own IBAN, companies named after people).
    (
        "blind6",
        "in",
        "Ik wil een gehandicaptenparkeerkaart aanvragen voor mijn vader {other} (geboren {dob}). "
        "Hij woont op {addr3!!} in {place}.",
    ),
    (
        "blind6",
        "in",
        "Er staat iemand op ons adres ingeschreven die hier nooit gewoond heeft: {mate}, BSN "
        "{bsn_spaced!}. Wij wonen zelf op {addr}, {postcode}.",
    ),
    (
        "blind6",
        "out",
        "Uw aanvraag bijzondere bijstand staat onder {zaak}. Het bedrag van {amount} wordt op "
        "{date} overgemaakt; vragen via {mailbox2} of {switch_var}.",
    ),
    (
        "blind6",
        "in",
        "De verkeersdrempel bij de {street2} is kapotgereden door een wagen van {firm}. Mijn "
        "buurman {neighbour_title} heeft het gezien, hij is bereikbaar op {phone!}.",
    ),
    (
        "blind6",
        "in",
        "{sur_title} zei dat ik u hier kon appen. De leerplichtambtenaar belt over {kid} steeds "
        "naar {landline}, maar dat nummer is opgezegd.",
    ),
    (
        "blind6",
        "in",
        "Wilt u het grafrecht van mijn oom {other_initials} verlengen? Betalen gaat van "
        "{iban!!} t.n.v. {initials}.",
    ),
    (
        "blind6",
        "out",
        "Dank u {sur_title}. De standplaats op de weekmarkt van {date} staat op uw naam; de leges "
        "({amount2}) maakt u over naar {iban_gem} o.v.v. {kenmerk}.",
    ),
    (
        "blind6",
        "in",
        "Voor de Meppeler Donderdagen wil ik een kraam. Het bedrijf staat op naam van {firm}, ik "
        "ben privé bereikbaar op {phone3!!}.",
    ),
    (
        "blind6",
        "in",
        "zwerfvuil bij de glasbak aan de {street}, weer dezelfde auto: {plate_text}. groet, "
        "{first_lc} {sur_lc}",
    ),
    (
        "blind6",
        "in",
        "Mijn paspoort is gestolen in {place}. Naam: {name}, geboren {dob_text}, e-mail {email!}.",
    ),
    (
        "blind6",
        "out",
        "Het uittreksel ligt vanaf {time} klaar bij de balie van het stadhuis. Neem uw ID mee; "
        "lukt dat niet, bel dan {switch_long}.",
    ),
    (
        "blind6",
        "in",
        "Kunt u de naturalisatiebrief sturen naar {addr2!}, {postcode_odd} {place}? Mijn man "
        "{mate_short} tekent ook.",
    ),
    (
        "blind6",
        "in",
        "Wij komen er niet meer uit met de schulden. Mijn vrouw heet {mate}, ik ben {first}. "
        "Ons rekeningnummer is {iban!} en mijn BSN {bsn}.",
    ),
    (
        "blind6",
        "out",
        "Buurtbemiddeling van {org} neemt contact met u op. Noem dan kenmerk {kenmerk}; bel bij "
        "spoed {switch}.",
    ),
    (
        "blind6",
        "in",
        "Het oud papier is niet opgehaald in de {street}. De container van nummer {housenr} "
        "staat er nog, die is van {neighbour_lc}.",
    ),
    (
        "blind6",
        "in",
        "Het klimrek in het park is kapot, {kid} heeft zich bezeerd. De foto is van {other_first}, "
        "die op {addr!} woont.",
    ),
    (
        "blind6",
        "in",
        "Mijn nieuwe mailadres is {email2!!}, wilt u dat aanpassen voor de aanslag? Het oude "
        "{email} werkt niet meer.",
    ),
    (
        "blind6",
        "out",
        "De vergunning voor de zonnepanelen is verleend onder {zaak}. Bezwaar kan tot {date} via "
        "{mailbox}; {org} is op de hoogte.",
    ),
    (
        "blind6",
        "in",
        "Wateroverlast in de kelder sinds dinsdag. Het nummer van onze verhuurder {other} is "
        "{phone2!}, dat van mij {phone}.",
    ),
    (
        "blind6",
        "in",
        "De mantelzorgwaardering graag op {iban_foreign!!}, de rekening van mijn zus "
        "{mate_first} in het buitenland. Zij zorgt voor {other_initials}.",
    ),
    (
        "blind6",
        "out",
        "De huwelijksaangifte staat op {date} om {time2}. Getuigen geeft u tot een week vooraf op "
        "via {mailbox2}.",
    ),
    (
        "blind6",
        "in",
        "Mijn geboortedatum is {dob}; de brief van {date} noemt een andere. BSN {bsn_spaced}, "
        "adres {addr2}.",
    ),
    (
        "blind6",
        "in",
        "De wortels van de eik van de gemeente drukken de stoep omhoog voor {addr!}. Bel gerust "
        "{name} op {landline}.",
    ),
    (
        "blind6",
        "in",
        "De afvalpas van {initials} is kwijt. Het adres is {addr3!}, {postcode_odd}.",
    ),
    (
        "blind6",
        "out",
        "Ik heb {firm} gevraagd de lindes op {date} te snoeien, dat staat bij {zaak}. De kosten "
        "({amount}) zijn voor de gemeente.",
    ),
    (
        "blind6",
        "in",
        "Statushouder {other} komt op {addr2} wonen en heeft nog geen rekening. Mag de bijdrage "
        "voorlopig op {iban_flat} van {mate}?",
    ),
    (
        "blind6",
        "in",
        "Kan {org} langskomen voor de scootmobiel? Mijn buurvrouw {neighbour_title} "
        "({phone3}) helpt mij dan.",
    ),
    (
        "blind6",
        "out",
        "U bereikt ons op {switch_alt} of {switch}. Betalingen aan de gemeente gaan naar "
        "{iban_gem_flat}, niet naar {firm}.",
    ),
    (
        "blind6",
        "in",
        "hallo, {first_lc} hier van de {addr2}. de auto {plate} van de overburen staat al "
        "drie weken met een lekke band op de stoep",
    ),
    (
        "blind6",
        "in",
        "Graag de beschikking ook naar mijn dochter {mate_short} sturen via {email2}. Zij regelt "
        "alles sinds ik in {place} woon, na {time_words} is ze thuis.",
    ),
    # blind7: drawn only by the seventh blind set (new Meppel subjects, must-keep next to
    # personal data: a second municipal IBAN, companies named after people).
    (
        "blind7",
        "in",
        "Ik wil bezwaar maken tegen de WOZ-waarde van {addr3!!}. Het huis staat op naam van "
        "{name}, geboren {dob}.",
    ),
    (
        "blind7",
        "in",
        "De aanslag hondenbelasting kwam op naam van {other_initials}, maar die woont hier "
        "niet. Wij wonen op {addr}, {postcode_odd}.",
    ),
    (
        "blind7",
        "out",
        "Uw verzoek om kwijtschelding staat onder {zaak}. Het bedrag van {amount} hoeft u "
        "niet te betalen; vragen via {mailbox2} of {switch_var}.",
    ),
    (
        "blind7",
        "in",
        "Mag ik het snippergroen naast {addr2!} kopen? Mijn buurman {neighbour_title} wil de "
        "andere helft, hij is bereikbaar op {phone!}.",
    ),
    (
        "blind7",
        "in",
        "{sur_title} hier. Het leerlingenvervoer voor {kid} is vanmorgen niet gekomen en de "
        "chauffeur belde naar {landline}.",
    ),
    (
        "blind7",
        "in",
        "De energietoeslag graag overmaken op {iban!!} t.n.v. {initials}, niet meer op de "
        "oude rekening.",
    ),
    (
        "blind7",
        "out",
        "Dank u {sur_title}. De evenementenvergunning voor Koningsdag is verleend; de leges "
        "({amount2}) maakt u voor {date} over naar {iban_gem} o.v.v. {kenmerk}.",
    ),
    (
        "blind7",
        "in",
        "Ik vraag een invalidenparkeerplaats op kenteken {plate} aan voor mijn moeder "
        "{mate}, geboren {dob_text}.",
    ),
    (
        "blind7",
        "in",
        "weer een bus met asbestplaten gedumpt bij de {street}, kenteken {plate_text}. "
        "groetjes {first_lc} {sur_lc}",
    ),
    (
        "blind7",
        "in",
        "Mijn ID-kaart is verlopen en ik zit in {place}. Naam {name}, BSN {bsn_spaced!}, "
        "mail {email!}.",
    ),
    (
        "blind7",
        "out",
        "De ID-kaart van uw zoon ligt vanaf {time} klaar bij de balie. Lukt komen niet, bel "
        "dan {switch_long} of {switch_alt}.",
    ),
    (
        "blind7",
        "in",
        "Wij zijn verhuisd naar {addr2!}, {postcode!} {place}. Mijn vriendin {mate_short} "
        "schrijft zich ook in.",
    ),
    (
        "blind7",
        "in",
        "Door de terugvordering van de bijstand kunnen we de huur niet betalen. Mijn man "
        "heet {other!}, ik ben {first}. Ons rekeningnummer is {iban_flat}.",
    ),
    (
        "blind7",
        "out",
        "Het sociaal wijkteam van {org} belt u deze week. Noem dan kenmerk {kenmerk}; bij "
        "spoed belt u {switch}.",
    ),
    (
        "blind7",
        "in",
        "De bladkorf in de {street2} is al weken vol. Hij staat voor nummer {housenr}, naast "
        "de auto van {neighbour_lc}.",
    ),
    (
        "blind7",
        "in",
        "Er zit eikenprocessierups in de boom achter school, {kid} heeft uitslag. De foto is "
        "van {other_first}, die op {addr!} woont.",
    ),
    (
        "blind7",
        "in",
        "Graag de aanslag gemeentelijke belastingen naar {email2!!} sturen in plaats van {email}.",
    ),
    (
        "blind7",
        "out",
        "De kapvergunning voor de beuk is verleend onder {zaak}. Bezwaar kan tot {date} via "
        "{mailbox}; {org} krijgt een kopie.",
    ),
    (
        "blind7",
        "in",
        "De rioolput stroomt over bij ons achterom. Onze huisbaas {other} is te bereiken op "
        "{phone2!}, ikzelf op {phone}.",
    ),
    (
        "blind7",
        "in",
        "Het leefgeld voor mijn broer {mate_first} mag naar zijn rekening in het buitenland: "
        "{iban_foreign!!}. Hij zorgt voor {other_initials}.",
    ),
    (
        "blind7",
        "out",
        "Het jubileumbezoek van de burgemeester is op {date} om {time2}. Wilt u via "
        "{mailbox2} laten weten wie er komen?",
    ),
    (
        "blind7",
        "in",
        "Op de brief staat als geboortedatum {dob}, maar dat klopt niet. BSN {bsn}, adres {addr3}.",
    ),
    (
        "blind7",
        "in",
        "De lantaarnpaal voor {addr!} brandt al twee weken niet. Bel gerust {name!} op {landline}.",
    ),
    (
        "blind7",
        "in",
        "De ondergrondse container doet het niet met de pas van {initials}. Adres {addr3!!}, "
        "{postcode_odd}.",
    ),
    (
        "blind7",
        "out",
        "{firm} keurt op {date} de speeltoestellen, dat staat bij {zaak}. De rekening "
        "({amount}) is voor de gemeente.",
    ),
    (
        "blind7",
        "in",
        "Nieuwkomer {other} krijgt een woning aan de {addr2} maar heeft nog geen bankpas. "
        "Mag het geld tijdelijk op {iban} van {mate}?",
    ),
    (
        "blind7",
        "in",
        "Komt iemand van {org} naar de traplift kijken? Mijn buurvrouw {neighbour_title} "
        "({phone3}) is er dan bij.",
    ),
    (
        "blind7",
        "out",
        "Wij zijn bereikbaar op {switch} en {switch_alt}. Belastingen betaalt u op "
        "{iban_gem_flat}, nooit aan {firm}.",
    ),
    (
        "blind7",
        "in",
        "hoi, {first_lc} van de {addr2}. de {plate} staat al een maand op de invalidenplek "
        "en er stapt nooit iemand uit",
    ),
    (
        "blind7",
        "in",
        "Stuurt u de brief ook naar mijn zoon {mate_short} op {email2}? Hij regelt mijn "
        "zaken sinds ik in {place} woon, na {time_words} is hij thuis.",
    ),
    # blind8: drawn only by the eighth blind set (new Meppel subjects, must-keep numbers that
    # look like personal data: KvK numbers, purchase orders, melding and invoice numbers).
    (
        "blind8",
        "in",
        "Wij willen op {date} trouwen in de Stadsboerderij. Mijn verloofde is {other!}, geboren "
        "{dob}, en ik ben {name} ({dob_text}).",
    ),
    (
        "blind8",
        "in",
        "Mijn rijbewijs is gestolen uit de auto ({plate}) bij de {street}. BSN {bsn_spaced!}, "
        "adres {addr}, {postcode_odd}.",
    ),
    (
        "blind8",
        "out",
        "Uw melding {melding} over de geluidsoverlast is doorgezet naar {org}. Zij nemen voor "
        "{date} contact op; bij spoed belt u {switch_var}.",
    ),
    (
        "blind8",
        "in",
        "De buren op {addr2!} draaien elke nacht harde muziek. Het gaat om {other_lc}, ik heb "
        "er al met {neighbour_title} over gepraat.",
    ),
    (
        "blind8",
        "in",
        "Voor de lintjesregen dragen wij {initials} voor, geboren {dob_text!} te {place}. Zij "
        "woont op {addr3!!} en is al veertig jaar vrijwilliger.",
    ),
    (
        "blind8",
        "out",
        "Dank u, {sur_title}. De dakkapel aan de {street} valt onder {zaak}; de leges van "
        "{amount} betaalt u op {iban_gem} o.v.v. factuur {factuur}.",
    ),
    (
        "blind8",
        "in",
        "Kunt u de brief van de schuldhulp naar {email!} sturen? Of naar mijn bewindvoerder "
        "{mate}, {phone}.",
    ),
    (
        "blind8",
        "in",
        "Mijn IBAN is {iban!!} ten name van {name_rev}. Het gaat om de terugbetaling van de Tozo.",
    ),
    (
        "blind8",
        "in",
        "Standplaats viskraam op de kermis: {firm} wil weer komen, maar de vergunning staat op "
        "naam van {name}, KvK {kvk}.",
    ),
    (
        "blind8",
        "out",
        "Uw uittreksel BRP ({kenmerk}) ligt klaar. Ophalen kan {date} na {time2} bij de balie, "
        "vragen via {mailbox2}.",
    ),
    (
        "blind8",
        "in",
        "Zie {url!}, {other_first} heeft er foto's van de kapotte schommel aan de {street2} op "
        "gezet.",
    ),
    (
        "blind8",
        "in",
        "Onze zoon {kid} ({dob}) gaat niet meer naar school. Leerplicht kan mij bellen op "
        "{landline} of {phone2!}.",
    ),
    (
        "blind8",
        "in",
        "Wij liggen met de woonboot aan de Stouwe. Post graag naar {addr!}, {postcode} {place}, "
        "t.a.v. {initials}.",
    ),
    (
        "blind8",
        "out",
        "De huur van de volkstuin ({amount2}) voor {group} graag voor {date} op {iban_gem_flat}. "
        "Inkoopnummer {po}.",
    ),
    (
        "blind8",
        "in",
        "Ik kreeg een parkeerboete voor de {plate_text}, maar die auto is van {mate_short}. "
        "Mijn BSN: {bsn}.",
    ),
    (
        "blind8",
        "in",
        "inburgering: {other} ({phone3}) woont sinds kort bij ons op {addr2}. hij spreekt nog "
        "weinig nederlands",
    ),
    (
        "blind8",
        "out",
        "Wij hebben uw mail ontvangen, kenmerk {kenmerk}. {firm} komt {date} om {time} de "
        "kliko vervangen.",
    ),
    (
        "blind8",
        "in",
        "De kliko van {addr3!!} is kapotgereden door een wagen van {org} met kenteken {plate}.",
    ),
    (
        "blind8",
        "in",
        "Hierbij de gegevens voor de naamswijziging: {name}, BSN {bsn_spaced}, geb.datum "
        "{dob}, mail {email2}.",
    ),
    (
        "blind8",
        "in",
        "groetjes van {first_lc} {sur_lc}, de {plate_text} is weer weggesleept hoor. mijn "
        "nummer is {phone!}",
    ),
    (
        "blind8",
        "out",
        "Met {mate_first} van het KCC. Bel voortaan {switch_long} of {switch_alt}; het oude "
        "nummer van {org} is vervallen.",
    ),
    (
        "blind8",
        "in",
        "Kunt u het rekeningnummer aanpassen naar {iban_foreign!!}? Mijn moeder {other_initials} "
        "woont nu in {place}.",
    ),
    (
        "blind8",
        "in",
        "Graag de beschikking bijzondere bijstand naar mijn nieuwe adres: {addr!}, "
        "{postcode_odd} {place}. Tel. {landline}.",
    ),
    (
        "blind8",
        "out",
        "Vragen over melding {melding}? Mail {mailbox} of {mailbox2} en noem KvK {kvk} van "
        "{firm}. Groet, {mate_short}",
    ),
    (
        "blind8",
        "in",
        "De foto's van de wateroverlast bij {addr2} staan op {url!}. Groet, {name}, ook namens "
        "{neighbour_lc}.",
    ),
    (
        "blind8",
        "in",
        "Spoed reisdocument voor {kid} {sur}, BSN {bsn}, geboren {dob_text}. Wij vliegen {date} "
        "om {time}.",
    ),
    (
        "blind8",
        "in",
        "Hoi, met {first}! Het rijbewijs van mijn vader {other} verloopt op {date}; hij woont "
        "op {addr3!!}.",
    ),
    (
        "blind8",
        "out",
        "Welkom in {group}! Vragen over de regeling? {mate} ({email}) of het algemene nummer "
        "{switch}.",
    ),
    # blind9: drawn only by the ninth blind set (new Meppel subjects: VOG, adreswijziging,
    # opvang Oekraïners, statushouders, lichtmast, bomenkap, zonnepanelen, terras, Meedoen,
    # Wmo-huishoudelijke hulp, ratten, afvalpas, vrijmarkt, ID-kaart, briefadres, energiecoach,
    # taalmaatje, jeugdzorg, buurtfeest, urnenmuur, kamerverhuur; labels glued to the item).
    (
        "blind9",
        "in",
        "Goedemiddag, ik vraag een VOG aan voor mijn werk bij {firm}. Naam {name}, geboren "
        "{dob}, BSN:{bsn}",
    ),
    (
        "blind9",
        "in",
        "ik ben verhuisd naar {addr!}, {postcode_odd} {place}. mijn vriendin {other_lc} woont er "
        "ook, kan dat in 1 keer?",
    ),
    (
        "blind9",
        "out",
        "Het leefgeld voor de gasten in de opvang aan de {street} wordt {date} overgemaakt. "
        "Vragen? App ons op {wa_gem} of bel {switch}.",
    ),
    (
        "blind9",
        "in",
        "Ik ben {other} uit Charkiv, wij wonen nu bij familie {sur_title} op {addr2}. Mijn "
        "Oekraïense rekening {iban_foreign!!} werkt hier niet.",
    ),
    (
        "blind9",
        "in",
        "Lichtmast {ref} voor ons huis op {addr3!!} is al een week kapot. Groet, {first_lc}",
    ),
    (
        "blind9",
        "out",
        "De boom met nummer {ref} aan de {street} wordt {date} gekapt door {firm}, tussen "
        "{timespan}.",
    ),
    (
        "blind9",
        "in",
        "Namens {initials}: de zonnepanelen komen op het dak van {addr}. Zijn telefoon is "
        "{phone!}, mail {email}.",
    ),
    (
        "blind9",
        "out",
        "Uw aanvraag omgevingsvergunning staat onder {zaak}. De leges ({amount}) maakt u over op "
        "{iban_gem} o.v.v. {factuur}.",
    ),
    (
        "blind9",
        "in",
        "Terras voor het café aan de {street2}: de vergunning moet op naam van {mate}, KvK {kvk}.",
    ),
    (
        "blind9",
        "in",
        "Kan de Meedoenregeling de contributie van {kid} ({dob_text}) bij de voetbal betalen? "
        "Rekening {iban!} t.n.v. {name_rev}",
    ),
    (
        "blind9",
        "in",
        "Mevrouw {other_sur_title} van de {addr2!} krijgt huishoudelijke hulp via de Wmo, maar "
        "er kwam al twee weken niemand.",
    ),
    (
        "blind9",
        "in",
        "Ratten in de tuin bij {addr2!} en bij de buren. Filmpje staat op {url!}, bel {phone2} "
        "als u komt.",
    ),
    (
        "blind9",
        "out",
        "Uw nieuwe afvalpas ({kenmerk}) wordt opgestuurd. De kosten van {amount2} staan op de "
        "aanslag; vragen via {mailbox2}.",
    ),
    (
        "blind9",
        "in",
        "Voor Koningsdag heb ik een plek op de vrijmarkt bij de {street}, op naam van mijn "
        "dochter {kid} {sur}, tel:{phone3}",
    ),
    (
        "blind9",
        "in",
        "Mijn ID-kaart is kwijt. Ik ben {name}, geb. {dob}, en woon op {addr!} in {place}.",
    ),
    (
        "blind9",
        "in",
        "Briefadres aangevraagd bij mijn broer {mate_short} op {addr3!!}, {postcode}. Kunt u mij "
        "op {landline} bellen?",
    ),
    (
        "blind9",
        "out",
        "Met {mate_first} van Team Leefbaarheid. Ik kom {date} om {time} kijken bij de speelplek "
        "aan de {street2}. Melding {melding}",
    ),
    (
        "blind9",
        "in",
        "De energiecoach mag langskomen bij {initials}, {addr2}. Mijn mail is {email2!}",
    ),
    (
        "blind9",
        "in",
        "Taalmaatje gezocht voor {other} (statushouder uit Eritrea), hij spreekt Tigrinya en een "
        "beetje Engels. Zijn nummer: {phone3!!}",
    ),
    (
        "blind9",
        "out",
        "Post voor de gemeente kan naar {postbus}. Stukken voor de Woo staan op {url_gem}. Zaak "
        "{zaak}.",
    ),
    (
        "blind9",
        "in",
        "De witte bus {plate_text} van {neighbour_lc} staat al drie dagen op de gehandicaptenplek.",
    ),
    (
        "blind9",
        "in",
        "hoi met {first_lc} {sur_lc}!! mijn nieuwe nummer is {phone!} en mijn nieuwe mail {email}",
    ),
    (
        "blind9",
        "in",
        "Stuur de beschikking jeugdzorg voor {kid} (geboren {dob_text}) aan zijn vader {other}, "
        "{addr!}, {postcode_odd}.",
    ),
    (
        "blind9",
        "out",
        "Factuur {factuur} van {firm} ({amount}) is op {date} betaald; inkoopordernummer {po}.",
    ),
    (
        "blind9",
        "in",
        "Subsidie buurtfeest {group}: het bedrag graag op {iban!!} t.n.v. penningmeester {mate}.",
    ),
    (
        "blind9",
        "in",
        "Mijn oom {other_initials} (geb. {dob}) wil een plek in de urnenmuur, hij woont in "
        "{place}. BSN {bsn_spaced}.",
    ),
    (
        "blind9",
        "out",
        "Sorry {first}, verkeerd nummer. De gemeente is {switch_alt}, WhatsApp {wa_gem}. "
        "Kenmerk {kenmerk}.",
    ),
    (
        "blind9",
        "in",
        "Profiel van de verhuurder: {url}. Hij heet {other} en verhuurt een schuur aan de "
        "{street2} als woning.",
    ),
    (
        "blind9",
        "in",
        "Deze auto ({plate}) rijdt elke ochtend veel te hard door de {street}. Groeten, {name}",
    ),
    (
        "blind9",
        "in",
        "Mijn ex {mate} ({phone2}) haalt de kinderen op, {kid} en {push}. Adres voor de brief: "
        "{addr!}.",
    ),
    (
        "blind9",
        "out",
        "Wij hebben {amount2} teruggestort op {iban_flat}; {firm} stuurt u een nieuwe factuur. "
        "Zie ook {url_gem}.",
    ),
    (
        "blind9",
        "in",
        "Voor de Wmo-aanvraag van mijn moeder {other_initials}: BSN {bsn_spaced}, {addr2}, "
        "{postcode}. Ze is slechthorend, dus bel mij.",
    ),
    (
        "blind9",
        "in",
        "Inschrijving na verhuizing uit Gdańsk: {other}, BSN {bsn}, nieuw adres {addr!}, "
        "{postcode_odd} {place}.",
    ),
    (
        "blind9",
        "in",
        "Ik heb via {switch_var} doorgegeven dat {other_first} en ik op {date} trouwen. De "
        "leges graag terug op IBAN:{iban_flat}",
    ),
    # blind10: drawn only by the tenth blind set (new Meppel subjects: geboorteaangifte,
    # carbidschieten, stempas, volmacht, ligplaats, ganzen, monumentensubsidie, schoolzwemmen,
    # overlijdensaangifte, scootmobiel, rookmelders, bladkorf, huisnummerbesluit, stookoverlast,
    # mantelzorgwaardering, Sint Maarten, ooievaarsnest, verhuisontheffing, vreugdevuur,
    # partnerschap, erkenning, sportsubsidie, vermiste kat, bezwaar, dodenherdenking; names after
    # role words).
    (
        "blind10",
        "in",
        "Goedemorgen, ik wil de geboorte van onze dochter {kid} aangeven. Vader: {name}, BSN "
        "{bsn_spaced}, moeder {other}.",
    ),
    (
        "blind10",
        "in",
        "Mag ik op oudejaarsdag carbid schieten op het erf van boer {sur_title} aan de {addr2!}? "
        "Tel {phone}",
    ),
    (
        "blind10",
        "out",
        "Voor carbid schieten is geen vergunning nodig, wel een melding via {url_gem} vóór "
        "{date}. Vragen: {switch_var}.",
    ),
    (
        "blind10",
        "in",
        "Mijn stempas is kwijt. {name}, geboren {dob}, {addr!}, {postcode} {place}.",
    ),
    (
        "blind10",
        "in",
        "Ik geef een volmacht aan mijn buurvrouw {other_lc}, zij woont op {addr3!!}.",
    ),
    (
        "blind10",
        "out",
        "Een vervangende stempas vraagt u tot {date} aan bij Burgerzaken, {hours}. Mail "
        "{mailbox2} of bel {switch_alt}.",
    ),
    (
        "blind10",
        "in",
        "Ligplaats voor onze boot in het Meppeler Diep: eigenaar {mate}, {addr2}, IBAN {iban!} "
        "voor de incasso.",
    ),
    (
        "blind10",
        "in",
        "De ganzen op het veld achter {addr!} maken alles vies. Groeten van opa {first} ({phone2})",
    ),
    (
        "blind10",
        "out",
        "Uw aanvraag monumentensubsidie voor het pand aan de {street} staat onder {zaak}. Het "
        "voorschot van {amount} volgt op {date}.",
    ),
    (
        "blind10",
        "in",
        "meester {neighbour_title} van groep 6 vraagt of {kid} mee mag met schoolzwemmen bij "
        "{org}. Mail: {email}",
    ),
    (
        "blind10",
        "in",
        "Aangifte overlijden van mijn vader {other_initials}, geboren {dob_text}, BSN {bsn}. Ik "
        "ben zijn dochter {first} {sur_title}.",
    ),
    (
        "blind10",
        "in",
        "De scootmobiel van {name_rev} heeft een kapotte accu. Bel mij op {landline} of {phone3!!}",
    ),
    (
        "blind10",
        "out",
        "{firm} plaatst {date} rookmelders bij de woningen aan de {street2}, tussen {timespan}. "
        "Eigen bijdrage: {amount2}.",
    ),
    (
        "blind10",
        "in",
        "De bladkorf aan de {street} is vol, ik woon er tegenover op nummer {housenr}. {first_lc}",
    ),
    (
        "blind10",
        "in",
        "Het huisnummerbesluit voor {addr3!!} staat op naam van {other}. Kan het ook naar "
        "{email2}?",
    ),
    (
        "blind10",
        "in",
        "Stookoverlast! buurman {neighbour_lc} op {addr2!} stookt elke avond zijn houtkachel, de "
        "hele straat ruikt het.",
    ),
    (
        "blind10",
        "out",
        "De mantelzorgwaardering van {amount2} wordt in december overgemaakt. Niet ontvangen? "
        "Mail {mailbox} o.v.v. {kenmerk}.",
    ),
    (
        "blind10",
        "in",
        "Mantelzorgwaardering: ik zorg voor tante {other_first}. Mijn rekening {iban_flat}, naam "
        "{name}.",
    ),
    (
        "blind10",
        "in",
        "Sint Maarten-optocht langs de {street2}: contactpersoon {mate} ({phone!}), we lopen om "
        "{time}.",
    ),
    (
        "blind10",
        "in",
        "Er zit een ooievaar op de paal bij {firm} aan de {street}. Foto van {first_lc} "
        "{sur_lc}, {phone3}",
    ),
    (
        "blind10",
        "out",
        "Ontheffing verhuiswagen voor {addr!} op {date}, {timespan}. Leges {amount} op "
        "{iban_gem}, kenmerk {kenmerk}.",
    ),
    (
        "blind10",
        "in",
        "De auto {plate_text} staat al weken op de invalidenplek bij {addr2}, van {other_sur_title} "
        "zeggen de buren.",
    ),
    (
        "blind10",
        "in",
        "Kerstbomen voor het vreugdevuur: {mate_first} en ik ({name}) willen een plek op het "
        "veld bij {place}. Bel {phone3!!}",
    ),
    (
        "blind10",
        "out",
        "Bedankt voor melding {melding}. De boa komt {date} langs in de {street}. Spoed? Bel de "
        "politie op {org_phone}.",
    ),
    (
        "blind10",
        "in",
        "Wij ({name} en {other}) willen {date} een geregistreerd partnerschap. Mijn BSN is "
        "{bsn_spaced}, geboren {dob}.",
    ),
    (
        "blind10",
        "in",
        "Erkenning ongeboren vrucht: vader {mate}, geboren {dob_text}, wonend {addr3!!}, "
        "{postcode_odd}.",
    ),
    (
        "blind10",
        "out",
        "Subsidie sportvereniging toegekend ({zaak}): {amount} naar {firm}, KvK {kvk}, "
        "inkoopordernummer {po}.",
    ),
    (
        "blind10",
        "in",
        "Vermist: kat Pluis, weg sinds {date} bij de {street2}. Bel {first} op {phone!} of kijk "
        "op {url}",
    ),
    (
        "blind10",
        "out",
        "Dag {first}, de scootmobiel komt {date} om {time2} via {firm}. Vragen? WhatsApp {wa_gem}.",
    ),
    (
        "blind10",
        "out",
        "Bezwaar kan schriftelijk naar {postbus} of via {url_gem}, binnen zes weken. Factuur "
        "{factuur}.",
    ),
    (
        "blind10",
        "in",
        "Dodenherdenking: de krans legt {initials} namens de buurt. Hij woont op {addr2}, mail "
        "{email2}",
    ),
    (
        "blind10",
        "in",
        "Het profiel van mijn dochter {kid} {sur} is {url}, daar staat zelfs ons adres {addr!} op.",
    ),
    (
        "blind10",
        "in",
        "Mijn moeder logeert bij ons in {place}. Haar rekening thuis: {iban_foreign!!} t.n.v. "
        "{other}",
    ),
    (
        "blind10",
        "in",
        "Ik ben {other_first} uit Mogadishu, wij wonen nu op {addr}, {postcode_odd}. Mijn "
        "IBAN:{iban}",
    ),
    # blind11: drawn only by the eleventh blind set (new Meppel subjects: zwerfafval, speeltuin,
    # laadpaal, bewonersvergunning, sloopmelding, ondergrondse container, inkomenstoeslag,
    # woningaanpassing, aansprakelijkstelling, hennepgeur, asverstrooiing, drone, VVE-indicatie,
    # kortingspas, bouwdossier, gevonden voorwerp, fietswrak, stormschade, riool, regenton,
    # paracommercie, bedrijf aan huis, collecte, gedenkbank, voedselbank, deurbelcamera,
    # vakantieverhuur, loslopende paarden, Koningsdag; names after "fam.", "mw.", "dhr.").
    (
        "blind11",
        "in",
        "Ik wil een afvalprikker lenen voor de actie van {group}. Ik ben {name}, {addr!}, tel "
        "{phone}.",
    ),
    (
        "blind11",
        "in",
        "Het klimrek bij {org} is kapot, onze {kid} (*{dob}) viel eraf. Bel mij: {phone3!!}",
    ),
    (
        "blind11",
        "in",
        "Aanvraag openbare laadpaal voor mijn auto {plate_text}. Dhr. {initials}, {addr2!}, "
        "{postcode} {place}.",
    ),
    (
        "blind11",
        "out",
        "Een laadpaal vraagt u aan via {url_gem}. Uw aanvraag staat onder {zaak}; het besluit "
        "volgt uiterlijk {date}.",
    ),
    (
        "blind11",
        "in",
        "Bewonersvergunning centrum voor kenteken {plate}, op naam van {name_rev}, {addr!}. BSN "
        "{bsn_spaced}",
    ),
    (
        "blind11",
        "out",
        "De bewonersvergunning kost {amount} per jaar, te betalen op {iban_gem} o.v.v. "
        "{kenmerk}. Vragen: {switch_var}.",
    ),
    (
        "blind11",
        "in",
        "Sloopmelding voor de oude schuur achter {addr3!!}. Eigenaar is {other}, mail {email}",
    ),
    (
        "blind11",
        "in",
        "De ondergrondse container aan de {street} zit weer vol. Mijn pas staat op {name}, "
        "huisnummer {housenr}.",
    ),
    (
        "blind11",
        "in",
        "Inkomenstoeslag aangevraagd voor {other_first} en mij. Rekening {iban!}, mijn BSN "
        "{bsn_short}",
    ),
    (
        "blind11",
        "in",
        "Een douchestoel via de Wmo voor mijn moeder mw. {other_initials}, geboren {dob_text}, "
        "zij woont bij ons op {addr2!}.",
    ),
    (
        "blind11",
        "out",
        "De Wmo-consulent van {org} komt {date} om {time} bij u langs. Verhinderd? Bel "
        "{switch_alt}, {hours}.",
    ),
    (
        "blind11",
        "in",
        "Ik ben over een losse stoeptegel op de {street2} gevallen, fiets kapot. {name}, "
        "{phone!}, IBAN {iban_flat}",
    ),
    (
        "blind11",
        "in",
        "Al dagen een hennepgeur bij {addr!}. De bewoner heet volgens de buren {neighbour_lc}, "
        "meer weet ik niet.",
    ),
    (
        "blind11",
        "in",
        "Asverstrooiing van opa {other} op het strooiveld. Contact: {mate}, {phone2!}, {email2}",
    ),
    (
        "blind11",
        "in",
        "Mag ik met een drone filmen bij de bruiloft van {first} en {mate_first} in {place} op "
        "{date}? Drone staat op {initials}",
    ),
    (
        "blind11",
        "out",
        "Een drone-ontheffing regelt u bij de ILT. Wij noteren de bruiloft onder {melding}; "
        "mail gerust naar {mailbox2}.",
    ),
    (
        "blind11",
        "in",
        "VVE-indicatie voor onze peuter {kid} {sur_lc}? Vader {name}, tel {landline}, "
        "postcode {postcode_odd}.",
    ),
    (
        "blind11",
        "in",
        "Kortingspas voor ons gezin: {name}, {other} en {kid}. Adres {addr3!!}, {postcode}",
    ),
    (
        "blind11",
        "in",
        "Mag ik het bouwdossier van {addr2} inzien? Het huis is van mijn schoonmoeder "
        "{other_lc}, ik ben {first_lc}.",
    ),
    (
        "blind11",
        "out",
        "Het bouwdossier van de {street} ligt {date} klaar bij Publiekszaken, {timespan}. "
        "Besluit {besluit}.",
    ),
    (
        "blind11",
        "in",
        "Gevonden: portemonnee met rijbewijs van {other}, geb. {dob}. Ligt bij mij op "
        "{addr!}, {phone3!!}",
    ),
    (
        "blind11",
        "in",
        "Er staat al maanden een fietswrak bij {firm} aan de {street2}. Groetjes, fam. "
        "{neighbour_title}",
    ),
    (
        "blind11",
        "in",
        "Door de storm is de boom voor {addr!} op onze auto {plate_text} gevallen. Eigenaar "
        "{name}, {phone!}",
    ),
    (
        "blind11",
        "in",
        "Het riool is verstopt bij {addr2!}. Ik ben de huurder, {first} {sur_title} ({email})",
    ),
    (
        "blind11",
        "out",
        "Het riool in de {street} wordt {date} doorgespoten door {firm}. Kosten {amount2}, "
        "factuur {factuur}.",
    ),
    (
        "blind11",
        "in",
        "Regenton geplaatst voor de subsidie Groene Tuinen. {name_rev}, IBAN {iban!!}",
    ),
    (
        "blind11",
        "in",
        "Horecavergunning voor de kantine van {org}: leidinggevende {mate}, geboren "
        "{dob_text}, BSN {bsn}.",
    ),
    (
        "blind11",
        "out",
        "De vergunning voor de kantine ({zaak}) is verleend aan {firm}, KvK {kvk}, btw-id "
        "{btw}. Leges {amount}.",
    ),
    (
        "blind11",
        "in",
        "Bedrijf aan huis: ik begin een nagelstudio op {addr3!!}. Ik ben {other}, BSN "
        "{bsn_spaced}, {phone}",
    ),
    (
        "blind11",
        "in",
        "Collecte tijdens {event}: coördinator is mw. {initials} ({email2}), telefoon {landline}.",
    ),
    (
        "blind11",
        "out",
        "Vrijwilligers voor {event} melden zich bij {mailbox} of via WhatsApp {wa_gem}.",
    ),
    (
        "blind11",
        "in",
        "Een gedenkbankje bij de vijver voor mijn man {other_initials}, graag vóór {date}. Ik "
        "ben {first}, {addr2}.",
    ),
    (
        "blind11",
        "in",
        "Voedselbank: {name} en {kid} wonen tijdelijk bij mij ({mate}) op {addr!}. Mijn zus "
        "{other_first} belt u uit Gent: {phone_abroad!}",
    ),
    (
        "blind11",
        "in",
        "De deurbelcamera van {neighbour_title} op nummer {housenr} filmt onze hele tuin. "
        "Groet {first}, {phone2}",
    ),
    (
        "blind11",
        "in",
        "Vakantieverhuur op {addr2}: de verhuurder {other} woont in het buitenland, rekening "
        "{iban_foreign!!}",
    ),
    (
        "blind11",
        "in",
        "Loslopende paarden op de {street} bij {place}! Ze zijn van {sur_lc} op nummer "
        "{housenr}, zie {url}",
    ),
    (
        "blind11",
        "out",
        "Onze boa's kijken {date} om {time2} bij de {street2}. Bij spoed: {org_phone}, "
        "of mail {mailbox2}.",
    ),
    (
        "blind11",
        "out",
        "Bezwaar tegen besluit {besluit}? Schrijf naar {postbus} of mail {mailbox}, binnen zes "
        "weken na {date}.",
    ),
    (
        "blind11",
        "in",
        "Hoi, ik ben {push}, de nieuwe buurvrouw van {first_lc} op {addr2!}. Mijn profiel: {url}",
    ),
    (
        "blind11",
        "in",
        "Mijn zus {other_first} is gemachtigd, BSN {bsn_short}, geboren {dob}. Zij belt vanaf "
        "{phone_abroad}.",
    ),
    (
        "blind11",
        "out",
        "Uw melding over de {street2} ligt bij {org} ({zaak}). We bellen u terug {timespan}; "
        "ons nummer is {switch_long}.",
    ),
    (
        "blind11",
        "in",
        "Is {event} aan de {street} ook met kraampjes? Ik ({initials}, {email}) wil er een, "
        "IBAN {iban_flat}",
    ),
    (
        "blind11",
        "out",
        "De vrijmarkt op {event} begint om {time} aan de {street2}. Een plek kost {amount2}, "
        "aanmelden vóór {date} via {url_gem}.",
    ),
    (
        "blind11",
        "out",
        "Uw aanvraag Groene Tuinen ({zaak}) is goedgekeurd: {amount} volgt binnen zes weken. "
        "Vragen? {switch} of {mailbox2}.",
    ),
    (
        "blind11",
        "out",
        "De paarden zijn opgehaald door {firm} uit {place}. Kosten {amount2}, factuur {factuur}, "
        "KvK {kvk}.",
    ),
    # blind12: drawn only by the twelfth blind set (new Meppel subjects: kerstboominzameling,
    # kwijtschelding, riool works, inlichtingenformulier, emigration, aanhangwagen, uitbouw,
    # stookoverlast, zandzakken, vermist paspoort, dubbel betaalde leges, Energiebespaarlening,
    # graffiti, Kerstmarkt standplaats, dode ree, urgentie, glasbak, schade door een gat in de weg,
    # maatjesproject, bijenkasten, sneeuw op het fietspad, bewindvoering; colleagues and
    # contractors writing; names after "mw.", "fam.", "opa", "meneer" and in quotes).
    (
        "blind12",
        "in",
        "Goedemiddag, ik ben {name} van de {addr!} in {place}. Onze kerstboom is niet opgehaald, "
        "bel gerust {phone}.",
    ),
    (
        "blind12",
        "out",
        "Dank u wel. Ik heb er een melding van gemaakt ({melding}); {org} komt {date}, {timespan}.",
    ),
    ("blind12", "in", "Voor de kwijtschelding: IBAN {iban!} t.n.v. {initials}, BSN {bsn}."),
    (
        "blind12",
        "in",
        "Mijn buurvrouw mw. {other_sur_title} ({dob}) kan niet meer zelf bellen, haar dochter "
        "{mate!} wel: {phone3!!}",
    ),
    (
        "blind12",
        "out",
        "Het inlichtingenformulier staat klaar onder zaak {zaak}. Lukt het niet? Bel {switch} of "
        "mail {mailbox}.",
    ),
    (
        "blind12",
        "in",
        "Er staat al drie weken een aanhangwagen met kenteken {plate_text} voor {addr2}, "
        "{postcode_odd}.",
    ),
    (
        "blind12",
        "in",
        "Wij emigreren per {date} naar Spanje. Het nieuwe adres volgt, mijn Spaanse nummer is "
        "{phone_abroad!}",
    ),
    (
        "blind12",
        "in",
        "Hoi, wil jij {sur_lc} even terugbellen? Ze is bereikbaar op {landline!} tot {time}. "
        "Groet, {colleague_first}",
    ),
    (
        "blind12",
        "out",
        "Ik heb het doorgezet naar mijn collega {colleague!}, zij belt u {date} rond {time}.",
    ),
    (
        "blind12",
        "in",
        "Start werkzaamheden riool {street} vanaf {date}. Uitvoerder is {mate}, bereikbaar op "
        "{phone!}. Opdracht {po}.",
    ),
    (
        "blind12",
        "in",
        "Factuur {factuur} van {firm} staat nog open: {amount}. Ons KvK-nummer is {kvk}.",
    ),
    (
        "blind12",
        "out",
        "De leges ({amount2}) kunt u overmaken naar {iban_gem} onder vermelding van {zaak}.",
    ),
    (
        "blind12",
        "in",
        "Ons kind {kid} {sur} (geb. {dob}) heeft een verklaring nodig voor de stage bij {org}.",
    ),
    ("blind12", "in", "Mail de beschikking maar naar {email} of naar mijn man: {email2}"),
    (
        "blind12",
        "in",
        "Dit is het profiel van de verhuurder, ik vertrouw het niet helemaal: {url}",
    ),
    ("blind12", "in", "Het gaat om {name_lc}, {addr3!}, {postcode}. Bsn {bsn_spaced!}."),
    (
        "blind12",
        "in",
        "Mijn nieuwe rekening is {iban_lc} (de oude rekening is opgeheven), graag aanpassen.",
    ),
    (
        "blind12",
        "in",
        "Ik ben {other}, geboren {dob_text!}, en ik maak bezwaar tegen aanslag {kenmerk}.",
    ),
    (
        "blind12",
        "out",
        "Meneer {neighbour_title}, uw bezwaar is binnen. Het besluit volgt uiterlijk {date} "
        "(ref. {besluit}).",
    ),
    (
        "blind12",
        "in",
        "{neighbour_lc} van hiernaast stookt weer, het komt zo onze slaapkamer in. {addr}, "
        "{place}.",
    ),
    (
        "blind12",
        "in",
        "Met {initials!}, eigenaar van {addr2!}. Ik wil een uitbouw van 3 meter, mag dat zonder "
        "vergunning?",
    ),
    ("blind12", "out", "Dat kunt u nagaan via {url_gem}. Het loket is open {hours}."),
    (
        "blind12",
        "in",
        "Kan ik zandzakken ophalen bij de gemeentewerf? Ik ben {mate_first} ({phone2}) van de "
        "{street2} in {place}.",
    ),
    (
        "blind12",
        "in",
        "Het paspoort van mijn moeder {other!} is kwijt, zij is van {dob} en woont op {addr}. Wat "
        "nu?",
    ),
    (
        "blind12",
        "out",
        "Vermissing eerst melden bij {org} of via {org_phone}; daarna een afspraak via "
        "{switch_var}.",
    ),
    (
        "blind12",
        "in",
        "Hallo, ik ben {kid}, de dochter van {name}. Mama ligt in het ziekenhuis, ik regel haar "
        "post: {email}",
    ),
    (
        "blind12",
        "in",
        "De camper {plate} staat al maanden bij de ijsbaan in {place}, de eigenaar heet "
        "{sur_title} geloof ik.",
    ),
    (
        "blind12",
        "in",
        "Graag terugstorten op {iban_flat} (t.n.v. {name}), ik heb {amount} dubbel betaald.",
    ),
    (
        "blind12",
        "in",
        "Wij (fam. {sur_title}) wonen sinds {date} op {addr!} {postcode!}, maar de post gaat nog "
        "naar het oude adres.",
    ),
    (
        "blind12",
        "out",
        "Uw verhuizing is verwerkt in de BRP. Vragen? Mail {mailbox2} of app ons op {wa_gem}.",
    ),
    (
        "blind12",
        "in",
        "Mijn broer {other_first} woont in het buitenland ({phone_abroad}), zijn IBAN is "
        "{iban_foreign!!}",
    ),
    (
        "blind12",
        "in",
        "Ik kreeg het briefje van {colleague} over de boom voor nummer {housenr}. Die waait om!",
    ),
    (
        "blind12",
        "in",
        "Er ligt nog sneeuw op het fietspad langs de {street}, mijn vader ({dob}) is gevallen. Bel "
        "mij op {phone3!}",
    ),
    (
        "blind12",
        "out",
        "Excuses {first_lc}, de strooiwagen van {firm} rijdt er vanmiddag om {time2} langs.",
    ),
    (
        "blind12",
        "in",
        "Stuurt u de brieven voortaan naar mijn bewindvoerder {mate}, {addr3}, {postcode_odd} "
        "{place}?",
    ),
    (
        "blind12",
        "in",
        "Het contract voor de bijenkasten op het talud staat op naam van {name_rev}, tel. "
        "{landline}.",
    ),
    (
        "blind12",
        "out",
        "Uw aanvraag Energiebespaarlening ({project}) is compleet. U ontvangt {amount} rond {date}.",
    ),
    (
        "blind12",
        "in",
        "Op mijn schutting staat '{first_lc} + {other_first}' gespoten. Wie haalt dat weg? Adres "
        "{addr}",
    ),
    (
        "blind12",
        "in",
        "Ik werk bij {firm} en zoek iemand over de kerstmarkt. Ik ben {mate_short}, bereikbaar op "
        "{phone}.",
    ),
    (
        "blind12",
        "out",
        "De standplaats op {event} is toegekend aan {firm}. Kosten {amount2}, de factuur komt van "
        "{mailbox2}.",
    ),
    (
        "blind12",
        "in",
        "Dode ree op de weg bij de {street2}, {place}. Mijn nummer: {phone!}. Groet, {name}",
    ),
    (
        "blind12",
        "in",
        "Urgentie aangevraagd voor mij en {kid} ({dob_text}). Contact via {url} of {email2}",
    ),
    (
        "blind12",
        "out",
        "Ik heb uw dossier {zaak} overgedragen aan {colleague_first} van {group}.",
    ),
    (
        "blind12",
        "in",
        "Wmo-aanvraag voor {other_lc}, {addr2}; BSN {bsn}. Zij is doof, dus graag mailen naar "
        "{email}",
    ),
    (
        "blind12",
        "in",
        "De glasbak aan de {street} is vol sinds {date}. {name}, {addr2!}, {postcode}",
    ),
    (
        "blind12",
        "in",
        "Aanvulling op mijn aanvraag: BSN {bsn_spaced}, rekening {iban!}, mobiel {phone2}.",
    ),
    (
        "blind12",
        "out",
        "Dank voor het doorsturen, {sur_title}. De betaling loopt via {iban_gem}, kenmerk "
        "{kenmerk}.",
    ),
    (
        "blind12",
        "in",
        "Schade aan mijn auto ({plate}) door een gat in de weg bij {street2}. Eigenaar {initials}, "
        "{phone}.",
    ),
    (
        "blind12",
        "in",
        "Opa {other_first} ({dob}) is naar {org} verhuisd; zijn oude huis op {addr!} staat leeg.",
    ),
    (
        "blind12",
        "in",
        "Namens de VvE: contactpersoon is {mate!}, {email2}, telefoon {landline!}.",
    ),
    (
        "blind12",
        "in",
        "Voor het maatjesproject meld ik {other} aan, {dob_text}, woont op {addr}, tel {phone2}.",
    ),
    (
        "blind12",
        "out",
        "Fijn! Kom gerust langs op {date} om {time} in de bibliotheek, of bel {switch_alt}.",
    ),
    # blind13: drawn only by the thirteenth blind set (new Meppel subjects: a bouwcontainer
    # without a permit, a fence on municipal land, chickens in a front garden, isolatiesubsidie,
    # stembureaulid, someone unknown registered at one's address, paasvuur, a car on a verge,
    # kwijtschelding, a Georgian sister-in-law to register, a hall for a golden wedding, stray
    # cats, a speed bump gone, Jeugdfonds, wijkbudget, a complaint about an employee,
    # arbeidsmigranten, the key of the buurthuis, green roofs, dog dirt, a death, weesfietsen,
    # mantelzorg parking permit, discrimination, no heating, erfpacht, woningsplitsing, a
    # container permit; nicknames; names by surname only after the chat named them).
    (
        "blind13",
        "in",
        "Goedemorgen, {name} hier van {addr!}, {postcode}. Er staat sinds {date} een bouwcontainer voor de "
        "deur zonder vergunning, van {firm}.",
    ),
    (
        "blind13",
        "out",
        "Dank u, mevrouw {sur_title}. We hebben het geregistreerd als {melding}; een handhaver "
        "komt {date}, {timespan}.",
    ),
    (
        "blind13",
        "in",
        "De schutting van {other_lc} op {addr2!} staat een meter op gemeentegrond. Op de bel "
        "staat trouwens {other_initials}.",
    ),
    (
        "blind13",
        "in",
        "Voor de isolatiesubsidie: rekening {iban!!} op naam van {name_rev}, BSN {bsn_spaced}.",
    ),
    (
        "blind13",
        "out",
        "De subsidie van {amount} wordt {date} overgemaakt. Vragen? Bel {switch_var} of mail "
        "{mailbox2}.",
    ),
    (
        "blind13",
        "in",
        "Mijn buurvrouw {neighbour_lc} houdt zes kippen in de voortuin op nummer {housenr}, de "
        "haan kraait om vier uur.",
    ),
    (
        "blind13",
        "in",
        "Ik wil me graag aanmelden als stembureaulid. {name}, geboren {dob}, {email!}",
    ),
    (
        "blind13",
        "out",
        "Welkom! De instructieavond is {date} om {time} in het stadhuis. Meer info: {url_gem}.",
    ),
    (
        "blind13",
        "in",
        "Er staat iemand op mijn adres ingeschreven die ik niet ken: {other}, {dob_text}. Ik woon "
        "hier zelf sinds 2019, {addr}, {postcode_odd}.",
    ),
    (
        "blind13",
        "in",
        "Hoi, {colleague_first} hier van team Vergunningen. Kun jij {sur_lc} terugbellen op "
        "{phone2!}? Het gaat over het paasvuur.",
    ),
    (
        "blind13",
        "in",
        "Ons zoontje {kid} is van de wip gevallen in de speeltuin aan de {street}. Mijn nummer is "
        "{phone!!}",
    ),
    (
        "blind13",
        "in",
        "{nick} van hiernaast heeft zijn auto {plate_text} al een maand op het grasveld bij "
        "{street2} gezet.",
    ),
    (
        "blind13",
        "out",
        "We hebben de eigenaar van de {plate} een brief gestuurd, kenmerk {kenmerk}. Na {date} "
        "laten we de auto wegslepen door {firm}.",
    ),
    (
        "blind13",
        "in",
        "Voor de kwijtschelding: ik ben {initials}, BSN {bsn}, bankrekening {iban_flat}. Mijn "
        "inkomen is {amount2} per week.",
    ),
    (
        "blind13",
        "in",
        "Namens mijn moeder {other!}, {addr3}: zij is 91 en wil graag een gesprek met het "
        "wijkteam. Bel mij, {mate_first}, op {phone3}.",
    ),
    (
        "blind13",
        "out",
        "Het wijkteam belt u deze week. U kunt ook zelf bellen via {switch_alt}, {hours}.",
    ),
    (
        "blind13",
        "in",
        "Mijn Georgische schoonzus {mate} staat nog niet ingeschreven. Haar nummer in Tbilisi is "
        "{phone_abroad!}",
    ),
    (
        "blind13",
        "in",
        "Het geld voor de uitvaart van mijn oom mag terug naar {iban_foreign!!}, t.n.v. {mate}.",
    ),
    (
        "blind13",
        "in",
        "Kan ik een zaal van {org} huren voor het 50-jarig huwelijk van opa {other_first} en oma "
        "{mate_first}? Mail: {email2}",
    ),
    (
        "blind13",
        "out",
        "Dat kan! De huur is {amount}, factuur {factuur} volgt. Graag betalen op {iban_gem} onder "
        "vermelding van {zaak}.",
    ),
    (
        "blind13",
        "in",
        "Hierbij de gegevens van de nieuwe huurder: {name_lc}, {dob}, {email}, tel {landline!}.",
    ),
    (
        "blind13",
        "in",
        "Er zitten zwerfkatten in de schuur van fam. {neighbour_title} aan de {addr2!}. Zij weten "
        "ervan.",
    ),
    (
        "blind13",
        "in",
        "De verkeersdrempel bij de {street2} is weg sinds de werkzaamheden van {firm}. Groet, "
        "{name} ({phone2})",
    ),
    (
        "blind13",
        "out",
        "Bedankt {first}. Ik heb {firm} gevraagd dit voor {date} te herstellen, werkorder {po}.",
    ),
    (
        "blind13",
        "in",
        "Aanvraag Jeugdfonds voor mijn dochter {kid} {sur_lc}, BSN {bsn_spaced!}, geboren "
        "{dob_text}.",
    ),
    (
        "blind13",
        "in",
        "Buurman {neighbour_title} zegt dat hij het wijkbudget heeft aangevraagd, maar ik ben de "
        "contactpersoon: {name}, {phone}, {iban!}.",
    ),
    (
        "blind13",
        "out",
        "Het wijkbudget ({project}) is toegekend: {amount}. Besluit {besluit} staat in Mijn "
        "Meppel.",
    ),
    (
        "blind13",
        "in",
        "Ik heb een klacht over uw medewerker {colleague}, die niet terugbelde. Ik ben {initials} "
        "en woon {addr!}, {postcode_odd}.",
    ),
    (
        "blind13",
        "in",
        "Er wonen 14 arbeidsmigranten op {addr3!} bij {postcode}. De verhuurder is "
        "{other_initials}, {url}.",
    ),
    (
        "blind13",
        "in",
        "Kunt u het sleutelnummer van het buurthuis doorgeven aan {mate_short}? Zijn mail is "
        "{email2!}",
    ),
    (
        "blind13",
        "out",
        "De sleutel ligt vanaf {date} bij {org}. Ophalen {hours}, legitimatie meenemen.",
    ),
    (
        "blind13",
        "in",
        "Subsidie groen dak: {name}, {addr}, {postcode}, KvK van mijn bedrijf {kvk}, IBAN "
        "{iban_lc!}.",
    ),
    (
        "blind13",
        "in",
        "Is dit de goede plek? Overal hondenpoep op het pad langs de {street}. Groetjes {nick} "
        "({email})",
    ),
    (
        "blind13",
        "in",
        "Mijn vader {other_first} {sur_lc} is op {date} overleden. Hij woonde op {addr2}, zijn "
        "BSN was {bsn}.",
    ),
    (
        "blind13",
        "out",
        "Gecondoleerd. Burgerzaken neemt contact op; u kunt ook mailen naar {mailbox2} of bellen "
        "met {switch}.",
    ),
    (
        "blind13",
        "in",
        "De fietsenrekken bij het station in {place} staan vol weesfietsen. Eentje is van "
        "{other}: {url}",
    ),
    (
        "blind13",
        "in",
        "Parkeervergunning mantelzorger: auto {plate}, mijn moeder is {other_lc}, {dob_text!}, "
        "{addr3}.",
    ),
    (
        "blind13",
        "in",
        "Het telefoonnummer van {mate} is veranderd, het is nu {phone3!!}, niet meer {phone2}.",
    ),
    (
        "blind13",
        "out",
        "Genoteerd in zaak {zaak}. Betalen kan op {iban_gem}; per post naar {postbus}.",
    ),
    (
        "blind13",
        "in",
        "Melding discriminatie: buurman {neighbour_title} scheldt ons steeds uit. Ik ben {first}, "
        "zijn kenteken is {plate_text}.",
    ),
    (
        "blind13",
        "out",
        "Wat vervelend, {first}. U kunt ook {org_phone} bellen. Wij nemen {date} contact op.",
    ),
    (
        "blind13",
        "in",
        "Mevr. {other_sur_title} van de {addr2} heeft al dagen geen verwarming; haar zoon {mate!} "
        "is bereikbaar op {landline}.",
    ),
    (
        "blind13",
        "in",
        "Ik wil een evenementenvergunning voor {event}. Organisator: {name}, {email}, {phone!}.",
    ),
    (
        "blind13",
        "out",
        "Uw aanvraag voor {event} is binnen ({zaak}). De leges zijn {amount2}; stuur de tekening "
        "naar {mailbox2}.",
    ),
    (
        "blind13",
        "in",
        "Nieuwe rekening voor mijn uitkering: {iban!}. De oude was {iban_lc}. {name_rev}, {bsn}.",
    ),
    (
        "blind13",
        "in",
        "Bij de erfpacht staat nog de naam van {other}, maar die woont nu in {place}. Contact via "
        "{phone_abroad}.",
    ),
    (
        "blind13",
        "out",
        "Dank u. U kunt ons ook WhatsAppen op {wa_gem} of bellen via {switch_long}.",
    ),
    (
        "blind13",
        "in",
        "Woningsplitsing {addr!!}: eigenaar {initials}, geboren {dob}, e-mail {email2}.",
    ),
    (
        "blind13",
        "in",
        "Namens {firm}: wij plaatsen {date} een container bij {addr2}. Aanvrager {name}, {phone2}.",
    ),
    (
        "blind13",
        "out",
        "De ontheffing voor de container ({besluit}) geldt {date}, {timespan}. Factuur "
        "{factuur}, {amount}.",
    ),
    # blind14: drawn only by the fourteenth blind set (work chats of Meppel employees on new
    # subjects: an afvalpas after a move, a kapvergunning, a wedding, a Wmo scootmobiel, a broken
    # street lamp, a trailer on the pavement, leerlingenvervoer, energietoeslag, inburgering, a
    # driving licence collected for a mother, noise at night, litter with letters in it,
    # schuldhulp, a home visit, a parking permit, a stolen gft-container, an event permit, a
    # benefit not paid, a passport, a WOZ objection, a playground, a fire, deferred tax, bijzondere
    # bijstand, a school key, a death; first names that are words ("Kas", "Maan", "Lelie")).
    (
        "blind14",
        "in",
        "Goedemiddag, met {word_first} {sur_lc}. Ik ben verhuisd naar {addr!}, {postcode}; mijn "
        "afvalpas staat nog op het oude adres.",
    ),
    (
        "blind14",
        "out",
        "Dank u. De nieuwe afvalpas wordt {date} bezorgd. Vragen? Bel {switch_var} of mail "
        "{mailbox2}.",
    ),
    (
        "blind14",
        "in",
        "Voor de kapvergunning van de eik: aanvrager {name_rev}, {addr2!}, tel. {phone}.",
    ),
    (
        "blind14",
        "out",
        "De kapvergunning staat onder {zaak}; de leges van {amount} graag op {iban_gem} o.v.v. "
        "{kenmerk}.",
    ),
    (
        "blind14",
        "in",
        "Hoi {colleague_first}, kun jij {sur_title} terugbellen? Ze is bereikbaar op {phone2!} na "
        "{time}.",
    ),
    (
        "blind14",
        "in",
        "Wij willen trouwen op {date}! Bruid {name}, geboren {dob}, bruidegom {other!}, "
        "{dob_text}.",
    ),
    (
        "blind14",
        "out",
        "Gefeliciteerd! De trouwambtenaar belt u. Het huwelijk wordt voltrokken in {place}, "
        "tarief {amount2}.",
    ),
    (
        "blind14",
        "in",
        "Mijn scootmobiel van de Wmo is kapot. {initials}, BSN {bsn!}, {addr3}.",
    ),
    (
        "blind14",
        "out",
        "Ik heb het doorgezet naar {firm}; zij komen {date}, {timespan}.",
    ),
    (
        "blind14",
        "in",
        "De lantaarnpaal voor {addr} is al een week stuk. Groet, {neighbour_title} (buurman van "
        "{other_first})",
    ),
    (
        "blind14",
        "in",
        "Er staat al drie weken een aanhanger met kenteken {plate_text} op de stoep aan de "
        "{street}. Volgens mij is die van {other_lc}.",
    ),
    (
        "blind14",
        "in",
        "Namens {firm}: de offerte voor project {project} is verstuurd naar {mailbox2}. "
        "Contactpersoon {mate}, {landline!}.",
    ),
    (
        "blind14",
        "in",
        "Leerlingenvervoer voor {kid} naar {school}: ophalen op {addr2}, moeder {first} is "
        "bereikbaar op {phone3!}.",
    ),
    (
        "blind14",
        "out",
        "De taxi haalt {kid} vanaf {date} om {time} op. Bij uitval belt u {org_phone}.",
    ),
    (
        "blind14",
        "in",
        "Mijn energietoeslag graag op rekening {iban!!} t.n.v. {name_lc}. Mijn BSN is "
        "{bsn_spaced}.",
    ),
    (
        "blind14",
        "out",
        "De toeslag van {amount} wordt {date} gestort. Uw aanvraag heeft nummer {zaak}.",
    ),
    (
        "blind14",
        "in",
        "Inburgering: mijn zwager {other} (geb. {dob!}) woont nu bij ons op {addr}. Zijn "
        "nummer: {phone_abroad}.",
    ),
    (
        "blind14",
        "in",
        "Mag ik het rijbewijs van mijn moeder {other_initials} ophalen? Zij is geboren op "
        "{dob_text!}, ik ben haar dochter {first}.",
    ),
    (
        "blind14",
        "out",
        "Dat kan met een machtiging. Neem haar ID mee; de balie in het stadhuis is open {hours}.",
    ),
    (
        "blind14",
        "in",
        "Overlast: de buren op {addr3!} hebben tot 3 uur feest. De eigenaar, {other_sur_title}, "
        "neemt niet op ({phone}).",
    ),
    (
        "blind14",
        "in",
        "Zwerfvuil bij {place}: vuilniszakken met post erin op naam van {name}, {addr2!}, "
        "{postcode_odd}.",
    ),
    (
        "blind14",
        "out",
        "Dank u, {sur_title}. De boa gaat erop af; melding {melding}.",
    ),
    (
        "blind14",
        "in",
        "Schuldhulp: mijn vriendin {mate_first} wil een afspraak. Mail haar op {email!}, ze woont "
        "in {place}.",
    ),
    (
        "blind14",
        "out",
        "We nemen binnen vijf werkdagen contact op. Ze kan ook zelf bellen: {switch_alt}.",
    ),
    (
        "blind14",
        "in",
        "Collega's: wie neemt het huisbezoek bij {name} over? {addr!}, bel eerst {phone2}.",
    ),
    (
        "blind14",
        "in",
        "Ik doe het wel, {colleague_first}. Is er een hond? Vorige keer beet die van "
        "{neighbour_lc} bijna.",
    ),
    (
        "blind14",
        "in",
        "Parkeervergunning bewoners: kenteken {plate}, {name_rev}, {addr}. Betaald van "
        "{iban_flat}.",
    ),
    (
        "blind14",
        "out",
        "Uw vergunning {factuur} gaat in op {date}. U hoeft verder niets te doen.",
    ),
    (
        "blind14",
        "in",
        "De gft-container van {addr2} is gestolen. Ik ben {word_first}, de dochter van "
        "{other_lc}; bel {phone3!}.",
    ),
    (
        "blind14",
        "in",
        "Evenementenvergunning: organisator {mate} ({email2}), {landline}. Het gaat om {event}.",
    ),
    (
        "blind14",
        "out",
        "De vergunning ({besluit}) geldt voor {event}. Vragen: {mailbox2} of {wa_gem}.",
    ),
    (
        "blind14",
        "in",
        "Mijn uitkering is niet binnen. Rekening {iban_lc!}, {name}, {bsn}.",
    ),
    (
        "blind14",
        "in",
        "Graag een afspraak voor het paspoort van {kid}, {dob}. We wonen op {addr3}, {postcode}.",
    ),
    (
        "blind14",
        "out",
        "De paspoortbalie heeft plek op {date} om {time2}. Kosten {amount2}; pinnen kan.",
    ),
    (
        "blind14",
        "in",
        "Hoi, {nick} hier (van {neighbour_title} schilder). Ik sta met de bus {plate_text} "
        "voor {firm}.",
    ),
    (
        "blind14",
        "in",
        "Van {other_first}: 'bel me op {phone2} of {landline!}, groet {other_sur_title}'",
    ),
    (
        "blind14",
        "in",
        "De WOZ-beschikking voor {addr!} klopt niet, de waarde is veel te hoog. {initials}, "
        "{email2}.",
    ),
    (
        "blind14",
        "out",
        "U kunt bezwaar maken, {date}. Stuur het naar {postbus} of mail {mailbox}.",
    ),
    (
        "blind14",
        "in",
        "Speeltuin aan de {street}: de schommel is kapot, mijn zoon {kid} viel eraf. {name}, "
        "{phone}.",
    ),
    (
        "blind14",
        "in",
        "{sur_title} van {firm} hier: we starten {date} met project {project} bij {school}.",
    ),
    (
        "blind14",
        "in",
        "Vlam in de pan bij {other_lc} op {addr2!}! De brandweer is er, zij slaapt vannacht bij "
        "{mate_first} in {place}.",
    ),
    (
        "blind14",
        "out",
        "Wat naar. De noodopvang loopt via {org}; zij bellen {other_first} {date}.",
    ),
    (
        "blind14",
        "in",
        "Graag uitstel voor aanslag {factuur}. {name}, geboren {dob_text!}, IBAN {iban_foreign!!}.",
    ),
    (
        "blind14",
        "in",
        "Mijn e-mail is veranderd, nu {email!}. Nieuw nummer {phone3}. Groet, {word_first} "
        "{sur_title}",
    ),
    (
        "blind14",
        "out",
        "Aangepast. De gegevens van {first} {sur_lc} staan nu goed onder {zaak}.",
    ),
    (
        "blind14",
        "in",
        "Bijzondere bijstand voor een wasmachine: {name_rev}, {addr3}, BSN {bsn_spaced!}, {dob}.",
    ),
    (
        "blind14",
        "in",
        "Goedemorgen {colleague}, de sleutel van {school} ligt bij {neighbour_title} op {addr!}.",
    ),
    (
        "blind14",
        "out",
        "Top. Factuur {factuur} ({amount}) gaat naar {firm}, KvK {kvk}.",
    ),
    (
        "blind14",
        "in",
        "Mijn vader {other} is {date} overleden. Hij woonde op {addr2!}, {postcode}. Ik ben "
        "{first}, {phone2}.",
    ),
    (
        "blind14",
        "out",
        "Gecondoleerd. Burgerzaken regelt het verder; u bereikt ons op {switch}.",
    ),
    (
        "blind14",
        "in",
        "Kijk maar op {url}, daar staat de foto van de kapotte stoep bij {addr}.",
    ),
    (
        "blind14",
        "in",
        "Voor de kwijtschelding: mijn BSN is {bsn}, rekening {iban}. Ik woon sinds {date} in "
        "{place}.",
    ),
    (
        "blind14",
        "in",
        "Mijn gegevens voor de Wmo: {name}, BSN {bsn_spaced}, {dob}, {addr!}.",
    ),
    (
        "blind14",
        "in",
        "Kun jij het BSN {bsn} van {other_initials} even checken in {zaak}? Dank, {colleague_first}",
    ),
    (
        "blind14",
        "in",
        "Terugbetaling van de leges graag naar {iban_flat} t.n.v. {initials}, factuur {factuur}.",
    ),
    (
        "blind14",
        "in",
        "Het IBAN van mijn moeder {other} in het buitenland: {iban_foreign!}. Zij belt u vanuit "
        "{place}.",
    ),
    (
        "blind14",
        "in",
        "Overleg over {project} met {firm} is verplaatst naar {date} om {time}, in de raadzaal.",
    ),
    (
        "blind14",
        "in",
        "Ter info: {org} is vanaf {date} bereikbaar via {org_phone}, {hours}.",
    ),
    (
        "blind14",
        "in",
        "Donderdag markt in {place}: {firm} levert de kramen, factuur {factuur} ({amount}), "
        "project {project}.",
    ),
    (
        "blind14",
        "out",
        "Voor {event} in {place} geldt {besluit}; meld u vóór {date} via {mailbox2} of "
        "{switch_alt}.",
    ),
    # blind15: drawn only by the fifteenth blind set (work chats of Meppel employees on new
    # subjects: a birth declared, a wallet found, a proxy vote, a charging point, a boat jetty, a
    # speed bump, a stork's nest, an AED, the municipal health policy, a street party, an urgent
    # passport, a neighbourhood bus, a move abroad, a cemetery, a market stall, truancy, a
    # language course, a care home, a fallen tree, ...; forwarded notes, names at a message's start
    # so a quote shows them, long addresses wrapped over lines).
    (
        "blind15",
        "in",
        "{name} hier. Onze dochter is geboren op {dob!}, ik wil haar aangeven. Wij wonen op "
        "{addr!!}, {postcode}.",
    ),
    (
        "blind15",
        "out",
        "Gefeliciteerd! Maak een afspraak via {url_gem} of bel {switch_var}; neem beide "
        "paspoorten mee.",
    ),
    (
        "blind15",
        "in",
        "{other_sur_title} van de {street} heeft een portemonnee gevonden met het rijbewijs van "
        "{name_rev}, {addr2!}.",
    ),
    (
        "blind15",
        "out",
        "Gevonden voorwerpen staan onder {zaak}. De eigenaar kan het ophalen {hours}.",
    ),
    (
        "blind15",
        "in",
        "Volmacht: ik ({initials}, geb. {dob_text}) machtig mijn buurman {other} om voor mij te "
        "stemmen.",
    ),
    (
        "blind15",
        "in",
        "Laadpaal aangevraagd voor de {plate_text} van {name_lc}, {addr3!}. Telefoon {phone2}.",
    ),
    (
        "blind15",
        "out",
        "De laadpaal valt onder project {project}. {firm} plaatst hem {date}, {timespan}.",
    ),
    (
        "blind15",
        "in",
        "{word_first} {sur_lc} belde over de bootsteiger aan de {street2}: bereikbaar op "
        "{phone!}, mail {email}.",
    ),
    (
        "blind15",
        "in",
        "Verkeersdrempel op de {street}: bewoners {other_lc} en {mate} willen een gesprek. "
        "Nummer {landline}.",
    ),
    (
        "blind15",
        "out",
        "Ik plan het gesprek op {date} om {time} in het stadhuis. Graag bevestigen "
        "via {mailbox2} of {switch_var}.",
    ),
    (
        "blind15",
        "in",
        "Er zit een ooievaarsnest op de paal voor {addr!}. Meldster: {mate_short}, {phone3}.",
    ),
    (
        "blind15",
        "out",
        "Dank u! Ons team kijkt er {date} naar; melding {melding}. Meer info: {url_gem}.",
    ),
    (
        "blind15",
        "in",
        "Nieuwe AED-vrijwilliger: {name}, {dob}, {addr2}, {postcode_odd}. Tel {phone_abroad}.",
    ),
    (
        "blind15",
        "in",
        "Gemeentepolis: mijn moeder {other_initials} (BSN {bsn!}) wil overstappen. Kan dat nog "
        "vóór {date}?",
    ),
    (
        "blind15",
        "out",
        "Dat kan tot {date}. De premie is {amount} per maand; bel {org_phone} voor de aanmelding.",
    ),
    (
        "blind15",
        "in",
        "Straatfeest op {date} aan de {street2}! Aanvrager {neighbour_title}, {addr}, "
        "IBAN voor de borg {iban!!}.",
    ),
    (
        "blind15",
        "out",
        "De borg van {amount2} graag op {iban_gem} o.v.v. {kenmerk}. Besluit volgt als {besluit}.",
    ),
    (
        "blind15",
        "in",
        "Spoedpaspoort voor {kid}, geboren {dob_text!}. Vader {name}, {email2}.",
    ),
    (
        "blind15",
        "in",
        "{nick} vroeg of de buurtbus ook naar {place} rijdt. Ze woont op {addr3}, tel. {phone}.",
    ),
    (
        "blind15",
        "out",
        "De buurtbus rijdt {hours}. Reserveren bij {org} of via {switch_alt}.",
    ),
    (
        "blind15",
        "in",
        "Emigratie: {name_rev} vertrekt {date} naar Polen. Nieuw adres volgt; rekening "
        "{iban_foreign!}.",
    ),
    (
        "blind15",
        "in",
        "Grafrechten {other}: betaald door {mate_first} {sur_lc} van {iban_flat}, BSN "
        "{bsn_spaced}.",
    ),
    (
        "blind15",
        "out",
        "Ontvangen, dank u. Nota {factuur} is voldaan ({amount}). Vragen: {mailbox2}.",
    ),
    (
        "blind15",
        "in",
        "Marktkraam: {firm} staat donderdag op de {street}. Contact {mate}, {phone3!}, KvK {kvk}.",
    ),
    (
        "blind15",
        "in",
        "Leerplicht: {kid} van {school} is al twee weken afwezig. Ouders: {name}, {addr!}, "
        "{phone2}.",
    ),
    (
        "blind15",
        "out",
        "Ik nodig de ouders uit op {date}. Zaak {zaak}; post naar {postbus}.",
    ),
    (
        "blind15",
        "in",
        "Taalcursus voor {other_first} ({dob}) en haar man {mate}. Zij spreken Russisch; "
        "mail {email!}.",
    ),
    (
        "blind15",
        "in",
        "Boom omgewaaid op de auto van {neighbour_lc} ({plate}) bij {addr2}. Schade via {po}?",
    ),
    (
        "blind15",
        "out",
        "De boom ligt bij {firm}; de schade regelt u met ons via {mailbox2}, kenmerk {kenmerk}.",
    ),
    (
        "blind15",
        "in",
        "Zorghuis {org}: bewoner {initials}, geb. {dob!}, kamer 12, heeft een indicatie "
        "nodig. BSN {bsn}.",
    ),
    (
        "blind15",
        "in",
        "{colleague_first}, kun jij de klant {other_lc} terugbellen? Nummer {phone!}, liefst "
        "na {time}.",
    ),
    (
        "blind15",
        "in",
        "Doorgestuurd van {colleague}: {name} verhuist naar {addr!!}, {postcode}. "
        "Oude adres {addr3}.",
    ),
    (
        "blind15",
        "out",
        "Verwerkt in de BRP. De bevestiging gaat naar het nieuwe adres; bel bij vragen "
        "{switch_var} of {switch_long}.",
    ),
    (
        "blind15",
        "in",
        "Hondenpoep bij {school} in {place}. Volgens de juf is de hond van {other_sur_title} "
        "({addr}).",
    ),
    (
        "blind15",
        "in",
        "Ik ben {first} {sur_title}, van nummer veranderd: nieuw nummer {phone3}, oud {phone2}.",
    ),
    (
        "blind15",
        "out",
        "Aangepast, {first}. Voor de zekerheid: uw dossier is {zaak}. Ons WhatsApp-nummer blijft "
        "{wa_gem}.",
    ),
    (
        "blind15",
        "in",
        "Subsidie sportclub: penningmeester {mate}, {email2}, IBAN {iban_lc}. Project {project}.",
    ),
    (
        "blind15",
        "in",
        "Parkeerontheffing voor de verhuiswagen {plate_text} op {date}: {name_rev}, "
        "{addr2!}, {phone_abroad}.",
    ),
    (
        "blind15",
        "out",
        "De ontheffing {besluit} geldt {date}, {timespan}. Leges {amount} op {iban_gem}.",
    ),
    (
        "blind15",
        "in",
        "Kan {word_first} morgen de balie overnemen? {colleague} is ziek. Bel {phone} of "
        "{landline!}.",
    ),
    (
        "blind15",
        "in",
        "Bijzondere bijstand wasmachine: {name}, {addr}, {postcode}, BSN {bsn_spaced!}, "
        "IBAN {iban}.",
    ),
    (
        "blind15",
        "out",
        "Toegekend: {amount} wordt {date} overgemaakt. Beschikking {factuur} volgt per post.",
    ),
    (
        "blind15",
        "in",
        "Mijn schoonvader {other} ({dob_text}) is overleden op {date}. Wie regelt de "
        "uitvaartverzekering? Bel {phone2!}.",
    ),
    (
        "blind15",
        "in",
        "{mate_first} van {firm} stuurt de tekening voor {project}; vragen naar "
        "{email2} of {landline}.",
    ),
    (
        "blind15",
        "in",
        "Inschrijving zonder vaste woonplaats: {initials}, briefadres bij {neighbour_title}, "
        "{addr3!}.",
    ),
    (
        "blind15",
        "out",
        "Het briefadres is ingeschreven. Post voor de gemeente: {postbus}; mail {mailbox}.",
    ),
    (
        "blind15",
        "in",
        "Afspraak huisbezoek {name_lc}: {addr}, {postcode_odd}. Let op: bel aan bij "
        "{neighbour_lc}.",
    ),
    (
        "blind15",
        "in",
        "Fietswrak met slot tegen het hek van {school}; volgens de conciërge van {kid} ({phone3}).",
    ),
    (
        "blind15",
        "out",
        "We labelen het wrak; na {date} haalt {firm} het weg. Melding {melding}.",
    ),
    (
        "blind15",
        "in",
        "Rijbewijskeuring: {name}, geboren {dob}, {addr2}. Arts wil mailen naar {email}.",
    ),
    (
        "blind15",
        "in",
        "Koningsdag: kraam voor {kid} en {other_first} op de {street}. Moeder {mate}, {phone!}.",
    ),
    (
        "blind15",
        "out",
        "Vrijmarktplekken worden {date} verloot. Meer over {event} op {url_gem}.",
    ),
    (
        "blind15",
        "in",
        "WOZ: {name_rev} betwist de waarde van {addr3}. Zijn adviseur: {mate_short}, {email2!}.",
    ),
    (
        "blind15",
        "in",
        "Kentekenbewijs gevonden: {plate}, op naam van {other_lc}, {addr2}, {postcode}.",
    ),
    (
        "blind15",
        "out",
        "Het ligt bij de balie ({hours}). {org} krijgt bericht via {org_phone}.",
    ),
    (
        "blind15",
        "in",
        "Noodfonds: {first} heeft {amount} nodig voor de huur. Rekening {iban_flat!}, {name_rev}.",
    ),
    (
        "blind15",
        "in",
        "Wie kent {word_first}? Ze zegt dat {colleague_first} haar aanvraag {zaak} heeft. "
        "Haar nummer: {phone_abroad}.",
    ),
    (
        "blind15",
        "out",
        "Dat ben ik. Ik bel haar {date}; tot die tijd kan ze {switch} bellen.",
    ),
    (
        "blind15",
        "in",
        "Statushouder {other}, geboren {dob_text}, krijgt de woning {addr!!}. Begeleider "
        "{colleague}, {phone3}.",
    ),
    (
        "blind15",
        "out",
        "Sleuteloverdracht {date} om {time} met {org}; project {project}, {place}.",
    ),
    # blind16: drawn only by the sixteenth blind set (work chats of Meppel employees with
    # residents, contractors and colleagues on new subjects: a dakkapel without a permit, ice
    # on a pavement, a hedge, a mayor's birthday visit, a ribbon, a disabled parking card,
    # fireworks at a wedding, keys found, rats, a naturalisation, solar panels, asbestos, a
    # mooring, a skate park, a host family, a lost voting pass, a house number sign, a tree
    # pit adopted, Christmas trees, a bee hotel, a mobility scooter, graffiti, parking
    # permits, a death reported, debt help, ...).
    (
        "blind16",
        "in",
        "{word_first} hier van de {street}: de dakkapel op {addr!} is zonder vergunning gebouwd. Zie foto.",
    ),
    (
        "blind16",
        "out",
        "Dank je {word_first}. Ik leg het vast als {zaak}; eigenaar {other_initials} moet vóór "
        "{date} reageren.",
    ),
    (
        "blind16",
        "in",
        "Gladheid: bij {addr2!} ligt ijs op de stoep, mevrouw {other_sur_title} is gevallen. Tel. {phone}.",
    ),
    (
        "blind16",
        "out",
        "De strooiwagen komt {timespan}. Letsel graag melden via {mailbox2} met {melding}.",
    ),
    (
        "blind16",
        "in",
        "De heg van {neighbour_lc} op {addr3} hangt over het fietspad van de {street2}.",
    ),
    (
        "blind16",
        "in",
        "Verjaardagsbezoek burgemeester: mevrouw {other}, geboren {dob_text!}, in {org}, {date} om {time}.",
    ),
    (
        "blind16",
        "in",
        "Lintje voorgedragen: {name} ({dob}), {addr}, {postcode} {place}. Contact via {email!}.",
    ),
    (
        "blind16",
        "out",
        "De voordracht staat onder {kenmerk}. Vragen? Bel {switch_var} of mail {mailbox}.",
    ),
    (
        "blind16",
        "in",
        "Gehandicaptenparkeerkaart voor {initials}, BSN {bsn!}, kenteken {plate_text}. De arts belt {landline}.",
    ),
    (
        "blind16",
        "in",
        "Vuurwerk bij de bruiloft van {kid} en {mate_first} op {date}; aanvrager {name_rev}, {phone2!}.",
    ),
    (
        "blind16",
        "out",
        "Voor {event} en bruiloften geldt {besluit}. Leges {amount} op {iban_gem}.",
    ),
    (
        "blind16",
        "in",
        "Sleutelbos gevonden bij de bushalte {street}. Op het label: '{nick}, {addr2}'. Wie belt {phone3}?",
    ),
    (
        "blind16",
        "in",
        "Ratten in de tuin van {other_lc}, {addr!}. Ze vraagt of {firm} kan komen; mail {email2}.",
    ),
    (
        "blind16",
        "out",
        "Melding {melding} is doorgezet naar {org}. Zij bellen {other_first} op {phone2}.",
    ),
    (
        "blind16",
        "in",
        "{name} wil trouwen op {date} in {place}. Getuigen: {mate} en {other}. Tel {phone_abroad}.",
    ),
    (
        "blind16",
        "in",
        "Naturalisatieceremonie: {other}, geboren {dob!}, BSN {bsn_spaced}, woont op {addr3}.",
    ),
    (
        "blind16",
        "out",
        "De ceremonie is {date} om {time} in het stadhuis aan de {street}. De uitnodiging volgt per post.",
    ),
    (
        "blind16",
        "in",
        "Subsidie zonnepanelen: {name_lc}, {addr}, IBAN {iban!!}. Installateur {firm}.",
    ),
    (
        "blind16",
        "out",
        "Toegekend onder {zaak}: {amount} wordt {date} overgemaakt.",
    ),
    (
        "blind16",
        "in",
        "Asbest in de schuur van {neighbour_title} aan de {street2}. Sloper {firm}, KvK {kvk}, belt {landline!}.",
    ),
    (
        "blind16",
        "in",
        "Ligplaats aangevraagd aan de {street2} voor de boot van {name}. Bereikbaar op {phone!} of {email}.",
    ),
    (
        "blind16",
        "out",
        "Ligplaatsvergunning {besluit}: {amount2} per jaar, te betalen op {iban_gem} o.v.v. {kenmerk}.",
    ),
    (
        "blind16",
        "in",
        "Skatebaan {place}: de jongeren willen een overkapping. Woordvoerder {kid} ({dob}), mail {email2!}.",
    ),
    (
        "blind16",
        "in",
        "Gastgezin {neighbour_title} op {addr2} vangt {other} op uit Oekraïne; haar nummer is {phone_abroad}.",
    ),
    (
        "blind16",
        "out",
        "Fijn. Aanmelden bij {org}, {hours}. Formulieren graag naar {postbus}.",
    ),
    (
        "blind16",
        "in",
        "Jeugdlintje voor {kid} van {school}: hij haalde {word_first} {sur_lc} uit de gracht bij de {street}.",
    ),
    (
        "blind16",
        "in",
        "Stempas kwijt: {initials}, {addr}, {postcode_odd}, geb. {dob_text}. Kan de nieuwe pas naar dit adres?",
    ),
    (
        "blind16",
        "out",
        "De nieuwe pas voor {initials} ligt klaar; ophalen tot {date} met ID, {hours}.",
    ),
    (
        "blind16",
        "in",
        "Bij {addr3} ontbreekt het huisnummerbord; de ambulance zocht {other_lc} twintig minuten.",
    ),
    (
        "blind16",
        "in",
        "Boomspiegel adopteren: {mate}, {addr2!}, {phone2}. Ze wil wel hulp van {firm}.",
    ),
    (
        "blind16",
        "out",
        "Adoptie geregeld voor {mate_first}; ik mail de overeenkomst naar {email2}.",
    ),
    (
        "blind16",
        "in",
        "{colleague_first}, wil jij {name_rev} terugbellen over {zaak}? Nummer {phone3!}.",
    ),
    (
        "blind16",
        "in",
        "Doorgestuurd van {colleague}: '{mate_short} van de {street} heeft een klacht, {email}'.",
    ),
    (
        "blind16",
        "out",
        "Klacht beantwoord, kopie naar {mailbox}. Bezwaar kan tot {date} naar {postbus}.",
    ),
    (
        "blind16",
        "in",
        "Kerstbomen ophalen {date}: {neighbour_lc} van {addr} heeft er veertig liggen. Bus {plate}.",
    ),
    (
        "blind16",
        "in",
        "Bijenhotel op het plein van {school}; juf {mate_first} {sur_title} ({phone}) wil hulp.",
    ),
    (
        "blind16",
        "out",
        "{firm} plaatst het bijenhotel {date}, {timespan}. Kosten {amount} via {po}.",
    ),
    (
        "blind16",
        "in",
        "Wmo-aanvraag scootmobiel: {name}, BSN {bsn}, geboren {dob!}, {addr2}, {postcode}.",
    ),
    (
        "blind16",
        "out",
        "Keukentafelgesprek met {first} op {date} om {time}. Iemand van {org} mag mee.",
    ),
    (
        "blind16",
        "in",
        "{word_first} ({url}) zet filmpjes van de balie online met {other_lc} erin. Mag dat zomaar?",
    ),
    (
        "blind16",
        "in",
        "Verhuisd naar {addr!!}, {postcode} {place}: {name_rev}, nieuw nummer {phone}.",
    ),
    (
        "blind16",
        "out",
        "Adres verwerkt onder {zaak}. Vragen: {switch_alt}, of WhatsApp {wa_gem}.",
    ),
    (
        "blind16",
        "in",
        "Graffiti op het trafohuisje aan de {street2}. Melder {neighbour_title}, {landline}, {email2}.",
    ),
    (
        "blind16",
        "in",
        "Parkeervergunning bewoners {addr3}: {plate_text} en {plate} op naam van {name_lc}.",
    ),
    (
        "blind16",
        "out",
        "Vergunning {besluit} geldt vanaf {date}. Leges {amount} graag op {iban_gem} o.v.v. "
        "{factuur}.",
    ),
    (
        "blind16",
        "in",
        "Noodopvang voor het kind van {other_initials}, BSN {bsn_spaced!}, moeder bereikbaar op {phone2}.",
    ),
    (
        "blind16",
        "in",
        "Op {addr} woont volgens de buren een {word_first} {sur_lc}, maar de BRP zegt {other}. Check?",
    ),
    (
        "blind16",
        "out",
        "Adresonderzoek gestart, zaak {zaak}. Ik ga {date} om {time} langs.",
    ),
    (
        "blind16",
        "in",
        "Bezwaar WOZ: {initials}, {addr2}, rekening {iban_lc!}. De taxateur van {firm} belt {landline}.",
    ),
    (
        "blind16",
        "in",
        "Sportclub {place}: penningmeester {mate} ({email!}) wil de subsidie op {iban_foreign}.",
    ),
    (
        "blind16",
        "out",
        "Subsidie {project} is toegekend aan {mate}: {amount2} op {iban_foreign!}.",
    ),
    (
        "blind16",
        "in",
        "{nick} vraagt of de container op de {street} langer mag staan. Ze woont op {addr3}, {phone!}.",
    ),
    (
        "blind16",
        "in",
        "Overlijden gemeld: {other}, geboren {dob_text}, overleden {date}. Zoon {name}, {phone_abroad}.",
    ),
    (
        "blind16",
        "out",
        "Gecondoleerd. Aangifte van overlijden via {url_gem} of aan de balie, {hours}.",
    ),
    (
        "blind16",
        "in",
        "Markt donderdag: {firm} krijgt een plek op de {street}, contactpersoon {mate_short}, {phone3}.",
    ),
    (
        "blind16",
        "in",
        "Schuldhulp: {first} {sur_lc} kan de huur ({amount}) niet betalen. Rekening {iban_flat!}, BSN {bsn}.",
    ),
    (
        "blind16",
        "in",
        "{colleague} is ziek; {word_first} neemt de balie over tot {time}. Bel {phone2} bij vragen.",
    ),
    (
        "blind16",
        "out",
        "Top. Bezoekers kunnen intussen {switch} of {switch_long} bellen.",
    ),
    (
        "blind16",
        "in",
        "Paspoort van {kid} kwijt op vakantie, geb. {dob}. Vader {name}, {addr!}, {email2}.",
    ),
    (
        "blind16",
        "in",
        "Vergunning voor {event}: organisator {name_rev}, {addr2}, {postcode_odd}, tel. {phone}.",
    ),
    (
        "blind16",
        "out",
        "Aanvraag compleet. Verkeersregelaars via {firm}; besluit {besluit} volgt {date}.",
    ),
    (
        "blind16",
        "in",
        "Schade aan de auto ({plate_text}) van {other_lc} door een gat in de {street2}. Mail {email}.",
    ),
    # blind17: drawn only by the seventeenth blind set (work chats of Meppel employees with
    # residents, colleagues and contractors on new subjects: giant hogweed, a dead swan, cows
    # loose, a sinkhole, a dog walking area, a full bottle bank, a bus shelter, Burendag, a
    # misspelt street sign, a granny flat, an abandoned trailer, a life certificate, the use of
    # a partner's name, BRP secrecy, a driving licence medical, a circus, tree roots, a play
    # street, swallows, a wind turbine's hum, a care home move, a green roof, a car share
    # spot, a busker, a first child's surname, a dog bite, fireworks litter, legionella, ...).
    (
        "blind17",
        "in",
        "Berenklauw langs de {street} bij {addr!!}; de buurman, {name_lc}, heeft er blaren van. Tel {phone}.",
    ),
    (
        "blind17",
        "out",
        "Dank u. De maaiploeg van {firm} komt {date}; uw melding staat onder {melding}.",
    ),
    (
        "blind17",
        "in",
        "Dode zwaan in de gracht bij de {street2}, gevonden door {word_first} {sur_lc} ({phone2!}).",
    ),
    (
        "blind17",
        "out",
        "Ik heb {org} gebeld ({org_phone}). Zij halen hem {timespan} op.",
    ),
    (
        "blind17",
        "in",
        "Koeien los op de {street2} bij {place}! Boer {neighbour_title} neemt niet op, zijn vrouw {other} wel: {phone_abroad}.",
    ),
    (
        "blind17",
        "in",
        "Verzakking in de stoep voor {addr3}, {postcode} {place}. {nick} is er met de fiets in gereden.",
    ),
    (
        "blind17",
        "out",
        "Afgezet met hekken. Schade graag melden bij {mailbox2} onder {zaak}.",
    ),
    (
        "blind17",
        "in",
        "Kan er een hondenuitlaatplaats komen aan de {street}? Namens de buurt, {initials}, {addr2}.",
    ),
    (
        "blind17",
        "in",
        "De glasbak bij {school} zit vol. Mevrouw {other_sur_title} van {addr!!} belde er al twee keer over: {landline}.",
    ),
    (
        "blind17",
        "out",
        "De volgende ophaalronde is {date}. Vragen? {switch_var} of WhatsApp {wa_gem}.",
    ),
    (
        "blind17",
        "in",
        "Schuilhokje bij de bushalte {street} vernield. Volgens {neighbour_lc} een jongen op een scooter, kenteken {plate_text}.",
    ),
    (
        "blind17",
        "in",
        "Burendag {date}: {mate} ({email!}) vraagt {amount2} subsidie, rekening {iban!!} t.n.v. de buurtvereniging.",
    ),
    (
        "blind17",
        "out",
        "Subsidie {project} toegekend: {amount2} wordt overgemaakt, ons kenmerk {kenmerk}.",
    ),
    (
        "blind17",
        "in",
        "Het straatnaambord op de hoek van de {street2} is fout gespeld, zegt {colleague}. Kan {firm} een nieuw maken?",
    ),
    (
        "blind17",
        "in",
        "Mantelzorgwoning in de tuin van {name_rev}, {addr3}: is dat vergunningvrij? Bel {phone3!}.",
    ),
    (
        "blind17",
        "out",
        "De vergunningcheck staat op {url_gem}. Anders een afspraak via {switch_alt}, {hours}.",
    ),
    (
        "blind17",
        "in",
        "Aanhanger {plate} staat al drie weken voor {addr2}. Van {other_lc} denk ik, {phone}.",
    ),
    (
        "blind17",
        "in",
        "Attestatie de vita voor {other}, geboren {dob!}, BSN {bsn}. Ze woont op {addr!!}, {postcode_odd}.",
    ),
    (
        "blind17",
        "out",
        "De attestatie is klaar onder {zaak}. Ophalen {date} vanaf {time}, paspoort meenemen.",
    ),
    (
        "blind17",
        "in",
        "Naamgebruik: {name} wil voortaan als {double!} aangeschreven worden. BSN {bsn_spaced}, mail {email2}.",
    ),
    (
        "blind17",
        "out",
        "Naamgebruik aangepast per {date} ({besluit}). Vragen kunnen naar {mailbox}.",
    ),
    (
        "blind17",
        "in",
        "Geheimhouding BRP gevraagd door {initials}, geb. {dob_text}, {addr}. Haar ex {mate_short} zoekt haar.",
    ),
    (
        "blind17",
        "in",
        "Opa {other_first} ({dob}) moet een eigen verklaring doen voor zijn rijbewijs; kleindochter {kid} helpt, {phone2}.",
    ),
    (
        "blind17",
        "out",
        "Dat loopt via {org}. De keuring kost {amount} en duurt {timespan}.",
    ),
    (
        "blind17",
        "in",
        "Hond gevonden bij {place}, de chip staat op naam van {name_rev}, {addr2!!}, {email}.",
    ),
    (
        "blind17",
        "in",
        "Circus op de {street}: directeur {mate} vraagt een standplaats {date}. KvK {kvk}, btw {btw}, tel {phone_abroad!}.",
    ),
    (
        "blind17",
        "out",
        "Standplaats verleend bij {besluit}: leges {amount} op {iban_gem} o.v.v. {factuur}.",
    ),
    (
        "blind17",
        "in",
        "Boomwortels duwen de tegels omhoog bij {addr3}. {word_first} {sur_title} viel met de rollator. Tel. {landline!}.",
    ),
    (
        "blind17",
        "in",
        "Speelstraat voor de {street2} aangevraagd, contact {mate_first} {sur_lc}, {phone3}, {email2!}.",
    ),
    (
        "blind17",
        "out",
        "Een speelstraat kan vanaf {date} met borden van {firm}; aanvragen via {url_gem}.",
    ),
    (
        "blind17",
        "in",
        "De fiets van {kid} is bij het station weggehaald; het frame staat op naam van {name}, {addr}.",
    ),
    (
        "blind17",
        "in",
        "Camper {plate_text} staat voor het huis van {neighbour_title} op {addr2!!}. Buurman {nick} weet van wie: {phone}.",
    ),
    (
        "blind17",
        "out",
        "Handhaving kijkt {date} om {time}. Melding {melding}.",
    ),
    (
        "blind17",
        "in",
        "Zwaluwtil bij {school}: juf {other_first} {sur_title} ({email}) wil dat de nesten blijven.",
    ),
    (
        "blind17",
        "in",
        "De windturbine bromt 's nachts, schrijft {name_lc} van {addr!} ({phone2}). Kan {firm} meten?",
    ),
    (
        "blind17",
        "out",
        "Meting gepland op {date}, {timespan}. Het rapport komt in {zaak}.",
    ),
    (
        "blind17",
        "in",
        "Vrijwilligersvergoeding voor {mate}: {amount} graag op {iban_lc!!}, BSN {bsn}.",
    ),
    (
        "blind17",
        "in",
        "Vergunning voor {event}: aanvrager {other}, {addr2}, {postcode}, {phone_abroad}.",
    ),
    (
        "blind17",
        "out",
        "Voor {event} is een melding genoeg; {other_first} krijgt {kenmerk} per mail.",
    ),
    (
        "blind17",
        "in",
        "Verhuisd naar het verpleeghuis: {initials}, {addr3}. Post graag naar dochter {mate}, {addr!!}, {postcode}.",
    ),
    (
        "blind17",
        "in",
        "Zorgen over buurvrouw {other_lc} ({dob_text}) op {addr2!!}: ze eet niet meer. Gemeld door {name}, {phone!}.",
    ),
    (
        "blind17",
        "out",
        "Ik vraag {org} langs te gaan. Spoed? Bel {org_phone}.",
    ),
    (
        "blind17",
        "in",
        "Subsidie groen dak: {name_rev}, {addr}, IBAN {iban_flat!!}, offerte van {firm} ({amount}).",
    ),
    (
        "blind17",
        "in",
        "Deelautoplek aan de {street2}? Initiatiefnemer {word_first} ({url}) heeft al twintig handtekeningen.",
    ),
    (
        "blind17",
        "out",
        "Mooi initiatief; voorstel {project} staat {date} op de agenda van de raad.",
    ),
    (
        "blind17",
        "in",
        "Straatmuzikant {nick} {sur_title} vraagt of hij op de {street} mag spelen. Tel {phone3}.",
    ),
    (
        "blind17",
        "in",
        "Eerste kind: {name} en {mate} kiezen als achternaam {double}. Afspraak voor {date}? Mail {email!}.",
    ),
    (
        "blind17",
        "out",
        "Staat: {date} om {time}, balie 3. Beide ID-kaarten meenemen. Vragen: {switch}.",
    ),
    (
        "blind17",
        "in",
        "Hondenbeet bij de {street2}: slachtoffer {kid} ({dob}), eigenaar van de hond {other_initials}, {phone_abroad}.",
    ),
    (
        "blind17",
        "in",
        "Vuurwerkafval voor {addr3} en {addr2}; {neighbour_title} heeft foto's. Zijn nummer: {phone2!}.",
    ),
    (
        "blind17",
        "out",
        "{firm} ruimt het {date} op. De kosten ({amount2}) verhalen we, kenmerk {kenmerk}.",
    ),
    (
        "blind17",
        "in",
        "{colleague_first}, bel jij {name_rev} ({bsn_spaced!}) terug over de bijstand? {phone}.",
    ),
    (
        "blind17",
        "in",
        "Notitie van {colleague}: huisbezoek {addr!!}, bewoner {other_initials}, hond aanwezig, bel vooraf {landline}.",
    ),
    (
        "blind17",
        "out",
        "Genoteerd. Verslag in {zaak}, kopie naar {mailbox2}.",
    ),
    (
        "blind17",
        "in",
        "Valpreventiecursus: aanmelding {other}, geb. {dob_text}, {addr3}, {postcode_odd}, {phone3}.",
    ),
    (
        "blind17",
        "in",
        "Legionella in de fontein bij {school}? Gemeld door {word_first} {sur_lc} via {email2}.",
    ),
    (
        "blind17",
        "out",
        "De fontein staat uit tot {date}. {org} neemt {timespan} monsters.",
    ),
    (
        "blind17",
        "in",
        "Grofvuil ophalen bij {name_lc}, {addr2}, {postcode}: bank en kast. Betaald vanaf {iban!}.",
    ),
    (
        "blind17",
        "in",
        "ID-kaart van {kid} ({dob}) afgegeven door {neighbour_lc}, {addr2}. Bellen de ouders {phone2}?",
    ),
    (
        "blind17",
        "in",
        "{nick}, mijn buurmeisje, wil stage lopen bij de gemeente. Geboren {dob_text}, mail {email}.",
    ),
    (
        "blind17",
        "out",
        "Leuk! Solliciteren via {mailbox2} kan tot {date}.",
    ),
    (
        "blind17",
        "in",
        "Loslopende kippen op de {street} van {other_lc}. Nummer van {other_first}: {phone_abroad}; {first} heeft het ook.",
    ),
    (
        "blind17",
        "in",
        "Geluidsscherm {street2}: petitie van {mate} en {name_rev}; crowdfunding op {iban_foreign!!}.",
    ),
    (
        "blind17",
        "out",
        "De petitie is binnen onder {kenmerk} en gaat {date} naar de raad.",
    ),
    # blind18: drawn only by the eighteenth blind set (work chats of Meppel employees with
    # residents of the villages and wards, colleagues and contractors on new subjects).
    (
        "blind18",
        "in",
        "IJsbaan {village}: {name} van {group} vraagt of de sloot langs de {street} onder water mag. Tel {phone}.",
    ),
    (
        "blind18",
        "out",
        "Dag {first}, dat mag na overleg met {org}. {official} komt {date} kijken, kenmerk {kenmerk}.",
    ),
    (
        "blind18",
        "in",
        "Ooievaarsnest op de paal bij {addr!!}, {postcode} {village}. {nick} ziet het vanuit het raam, {phone2}.",
    ),
    (
        "blind18",
        "out",
        "Mooi, {nick}! {firm} zet het nest {date} vast; uw melding is {melding}.",
    ),
    (
        "blind18",
        "in",
        "Zwerfkatten bij de boerderij van {neighbour_title}, {addr2}. Zijn dochter {other_first} belt vanuit Turkije: {phone_abroad}.",
    ),
    (
        "blind18",
        "in",
        "Bruin water uit de kraan op de {street2} in {village}. Bewoner {initials}, {addr3}, {landline}.",
    ),
    (
        "blind18",
        "out",
        "Meneer {other_sur_title}, wij geven het door aan Vitens. Spoed? Bel {switch_var} of app {wa_gem}.",
    ),
    (
        "blind18",
        "in",
        "De kerkklok slaat 's nachts elk kwartier. Klacht van {name_rev}, {addr}, geb. {dob}.",
    ),
    (
        "blind18",
        "out",
        "{official} belt {first_lc} en de kerkvoogdij; verslag in {zaak}.",
    ),
    (
        "blind18",
        "in",
        "Mollen in de berm bij {school}. Meester {other_sur_title} ({email}) zegt dat kinderen struikelen.",
    ),
    (
        "blind18",
        "in",
        "Scootmobiel voor {kid} ({dob_text}), {addr!!}, {postcode_odd}. Moeder {mate} belt op {phone3!}.",
    ),
    (
        "blind18",
        "out",
        "De Wmo-aanvraag voor {kid} staat onder {zaak}. {official} komt {date} om {time} langs.",
    ),
    (
        "blind18",
        "in",
        "Drone boven het schoolplein van {school}; volgens {neighbour_lc} van {addr2} vliegt {other_lc} ermee.",
    ),
    (
        "blind18",
        "in",
        "Stookverbod? {word_first} {sur_lc} heeft een vuurkorf op {addr3}, {village}. Buren bellen {phone}.",
    ),
    (
        "blind18",
        "out",
        "Er geldt {date} een stookadvies. {official} gaat {timespan} naar {word_first} {sur_lc}.",
    ),
    (
        "blind18",
        "in",
        "Omwisselen Pools rijbewijs: {other} ({dob!}), BSN {bsn}, woont op {addr2}, {postcode}.",
    ),
    (
        "blind18",
        "out",
        "{other_first}, dat kan bij de balie met een afspraak via {url_gem}; leges {amount}.",
    ),
    (
        "blind18",
        "in",
        "Aangifte overlijden van {initials}, geboren {dob_text}, laatst wonend {addr!!}, {postcode} {village}.",
    ),
    (
        "blind18",
        "in",
        "Namens de uitvaart: de dochter is {mate}, {phone!}, IBAN voor de teruggave {iban!!}.",
    ),
    (
        "blind18",
        "out",
        "Gecondoleerd, mevrouw {mate}. De akte volgt per post naar {addr2}; kenmerk {kenmerk}, vragen via {switch_long}.",
    ),
    (
        "blind18",
        "in",
        "Gastgezin voor Oekraïners: {name} en {mate_first} {sur_lc} op {addr}, {village}. Leefgeld naar {iban_lc!!}.",
    ),
    (
        "blind18",
        "out",
        "Het leefgeld ({amount2}) gaat per {date} uit; {official} belt {name} op {phone2}.",
    ),
    (
        "blind18",
        "in",
        "Inburgering: {other_initials}, BSN {bsn_spaced}, heeft het examen gehaald! Zijn taalmaatje {colleague} mailt {email2}.",
    ),
    (
        "blind18",
        "in",
        "Jeugdfonds voor {kid}, 11 jaar, voetbal bij {firm}. Vader {name_rev}, {phone2}, {addr2!!}.",
    ),
    (
        "blind18",
        "out",
        "Toegekend voor {kid}: {amount2} gaat rechtstreeks naar de club, besluit {besluit}.",
    ),
    (
        "blind18",
        "in",
        "Schuldhulp: {name} ({bsn!}) heeft een afspraak bij {org}; zijn adres is {addr3}, {postcode}.",
    ),
    (
        "blind18",
        "out",
        "Afspraak voor {name} staat op {date} om {time}. Betalen aan ons gaat via {iban_gem}.",
    ),
    (
        "blind18",
        "in",
        "Bril via de bijzondere bijstand voor {other_lc}, {dob}, rekening {iban_flat!!}.",
    ),
    (
        "blind18",
        "in",
        "Schuurtje aan de sloot op {addr2}: vergunningvrij? Eigenaar {word_first} ({word_nick}), {phone3}.",
    ),
    (
        "blind18",
        "out",
        "Beste {word_first}, kijk op {url_gem}. Twijfel? Bel {switch_alt}, {hours}.",
    ),
    (
        "blind18",
        "in",
        "Rioolgeur in de {street2} bij {village}. {neighbour_title} van nummer {housenr} heeft het al drie dagen. {phone}.",
    ),
    (
        "blind18",
        "out",
        "{firm} spuit het riool {date}; melding {melding}, ik laat het {neighbour_lc} weten.",
    ),
    (
        "blind18",
        "in",
        "Paspoort kwijt in Marokko: {name}, geb. {dob_text}, BSN {bsn}, mobiel daar {phone_abroad!}.",
    ),
    (
        "blind18",
        "out",
        "{first}, ga naar het consulaat; hier een nooddocument na terugkomst. Mail {mailbox2}.",
    ),
    (
        "blind18",
        "in",
        "Bijenkast op het volkstuintje van {other}, {addr2}. Buurvrouw {mate_short} is allergisch, {landline}.",
    ),
    (
        "blind18",
        "in",
        "Kerstboomverbranding {village}: aanvrager {initials}, {email!}, {phone2}, KvK {kvk}.",
    ),
    (
        "blind18",
        "out",
        "Vergunning {besluit}; brandwacht van {org}. Leges {amount} op {iban_gem}, {factuur}.",
    ),
    (
        "blind18",
        "in",
        "Naturalisatie: {other} en haar zoon {kid} willen de ceremonie {date}. Adres {addr!!}, {postcode_odd}.",
    ),
    (
        "blind18",
        "out",
        "Welkom, {other_lc}! Ceremonie {date} om {time} in het stadhuis; de burgemeester reikt uit.",
    ),
    (
        "blind18",
        "in",
        "Keti Koti in de {street}: {name_rev} vraagt {amount2} subsidie, rekening {iban_foreign!!}.",
    ),
    (
        "blind18",
        "out",
        "De subsidie voor {event} is verleend onder {kenmerk}; {name_rev} krijgt bericht op {email}.",
    ),
    (
        "blind18",
        "in",
        "Auto {plate_text} staat al weken op de parkeerplaats van {firm}. Van {other_lc}, zegt {nick}.",
    ),
    (
        "blind18",
        "in",
        "Groepsbeschrijving gewijzigd door {colleague}: bel bij nood {phone3} of mail {email2!}.",
    ),
    (
        "blind18",
        "in",
        'Doorgestuurd van {mate}: "{word_first} {sur_title} woont sinds kort op {addr3}, tel {phone}".',
    ),
    (
        "blind18",
        "out",
        "Dank, ik pas de BRP voor {word_first} aan na een adresonderzoek ({zaak}).",
    ),
    (
        "blind18",
        "in",
        "Bewoner {first_lc} {sur_lc} ({url}) post foto's van het kapotte bankje aan de {street}.",
    ),
    (
        "blind18",
        "out",
        "{firm} vervangt het bankje voor {amount}, project {project}. Dank, {first_lc}!",
    ),
    (
        "blind18",
        "in",
        "Gemiste oproep van {name}? Hij wil het parkeerkenmerk {plate} op {addr2} laten zetten, {phone2}.",
    ),
    (
        "blind18",
        "out",
        "Parkeervergunning kost {amount2} per jaar; {mate_first} kan aanvragen via {url_gem}.",
    ),
    (
        "blind18",
        "in",
        "Lekkage bij {other_initials} op {addr}, {village}: {firm} stuurt de rekening naar {email}.",
    ),
    (
        "blind18",
        "in",
        "Mantelzorgcompliment voor {word_first} ({dob}) die voor {other} zorgt, {addr2}, IBAN {iban!}.",
    ),
    (
        "blind18",
        "out",
        "Het compliment is {amount}; uitbetaling {date} op {iban_lc} onder {kenmerk}.",
    ),
    (
        "blind18",
        "in",
        "{colleague_first}, kun jij {name_lc} terugbellen? {phone3}, gaat over de huurtoeslag. BSN {bsn_spaced!}.",
    ),
    (
        "blind18",
        "in",
        "Huisbezoek {date}: {initials}, {addr3}, {postcode} {village}, hond, aanbellen bij {neighbour_title}.",
    ),
    (
        "blind18",
        "out",
        "Genoteerd door {official}; verslag over {initials} volgt in {zaak}.",
    ),
    (
        "blind18",
        "in",
        "De Nijeveense Merkt: kraam van {name} ({kvk}), btw {btw}, auto {plate_text}, {phone_abroad}.",
    ),
    (
        "blind18",
        "out",
        "Kraamplaats {project} is toegewezen aan {other}. Factuur {factuur} volgt, {amount}.",
    ),
    (
        "blind18",
        "in",
        "Briefadres bij zijn zus {mate}, {addr2!!}, {postcode}: {other_first} slaapt nu in de auto {plate}.",
    ),
    (
        "blind18",
        "in",
        "Het gras op de speelplek aan de {street} is niet gemaaid, zegt {word_first} ({email2}).",
    ),
    (
        "blind18",
        "out",
        "{firm} maait {date}, {timespan}. Sorry, {word_nick}!",
    ),
    (
        "blind18",
        "in",
        "Verhuizing doorgeven: {name_rev}, van {addr} naar {addr3!!}, {postcode_odd}, per {date}.",
    ),
    (
        "blind18",
        "in",
        "Kinderopvangtoeslag terugbetalen? {other} ({dob_text}) weet niet hoe. Bel {phone}, of {mate_first} op {landline}.",
    ),
    (
        "blind18",
        "out",
        "Daar helpt {org} bij ({org_phone}). Of kom met {mate_short} naar ons spreekuur, {hours}.",
    ),
    # blind19: drawn only by the nineteenth blind set (work chats of Meppel employees with
    # residents of the villages and wards, colleagues and contractors on further new subjects).
    (
        "blind19",
        "in",
        "Kelder vol water in {village}: {name} op {addr!!}, {postcode}. Pomp nodig, bel {phone}.",
    ),
    (
        "blind19",
        "out",
        "{first}, de brandweer is gewaarschuwd en {firm} komt {date} pompen; melding {melding}.",
    ),
    (
        "blind19",
        "in",
        "Dode zwaan in de {street} bij {village}, gevonden door {nick} ({phone2}).",
    ),
    (
        "blind19",
        "out",
        "Bedankt {nick}, {official} laat hem {timespan} ophalen.",
    ),
    (
        "blind19",
        "in",
        "Fietspad naar {school} ligt open. {neighbour_title} van {addr2} viel er gisteren, dochter {other_first} belt uit België: {phone_abroad}.",
    ),
    (
        "blind19",
        "in",
        "Warmtepomp van de buren bromt dag en nacht. Klacht van {initials}, {addr3}, {landline}.",
    ),
    (
        "blind19",
        "out",
        "Beste heer {other_sur_title}, wij meten het geluid. Vragen? Bel {switch_var} of app {wa_gem}.",
    ),
    (
        "blind19",
        "in",
        "Grafrecht verlengen voor het graf van moeder {name_rev}; zoon woont op {addr}, geb. {dob}.",
    ),
    (
        "blind19",
        "out",
        "{official} stuurt {first_lc} het formulier; het dossier is {zaak}.",
    ),
    (
        "blind19",
        "in",
        "Boom op een auto gevallen bij {school}. Juf {other_sur_title} ({email}) zag het gebeuren.",
    ),
    (
        "blind19",
        "in",
        "Leerlingenvervoer voor {kid} ({dob_text}), {addr!!}, {postcode_odd}. Vader {mate} is bereikbaar op {phone3!}.",
    ),
    (
        "blind19",
        "out",
        "Taxi voor {kid} rijdt vanaf {date}; {official} belt nog om {time}, kenmerk {kenmerk}.",
    ),
    (
        "blind19",
        "in",
        "Hondenbeet op de {street}: {neighbour_lc} van {addr2} zegt dat de hond van {other_lc} is.",
    ),
    (
        "blind19",
        "in",
        "Zonnepanelen op een monument? {word_first} {sur_lc} wil ze op {addr3}, {village}. Bel {phone}.",
    ),
    (
        "blind19",
        "out",
        "Daar is een vergunning voor nodig. {official} komt {timespan} bij {word_first} {sur_lc}.",
    ),
    (
        "blind19",
        "in",
        "Trouwen in het stadhuis: {other} ({dob!}), BSN {bsn}, nu op {addr2}, {postcode}.",
    ),
    (
        "blind19",
        "out",
        "{other_first}, reserveer de trouwzaal via {url_gem}; de leges zijn {amount}.",
    ),
    (
        "blind19",
        "in",
        "Erkenning van een kind door {initials}, geboren {dob_text}, wonend {addr!!}, {postcode} {village}.",
    ),
    (
        "blind19",
        "in",
        "Van de notaris: executeur is {mate}, {phone!}, rekening van de nalatenschap {iban!!}.",
    ),
    (
        "blind19",
        "out",
        "Dank u, mevrouw {mate}. Post gaat naar {addr2}; ons kenmerk {kenmerk}, bellen kan op {switch_long}.",
    ),
    (
        "blind19",
        "in",
        "Statushouders in {village}: gezin {name} en {mate_first} {sur_lc}, {addr}. Voorschot naar {iban_lc!!}.",
    ),
    (
        "blind19",
        "out",
        "Het voorschot van {amount2} staat {date} klaar; {official} belt {name} op {phone2}.",
    ),
    (
        "blind19",
        "in",
        "Taalcafé: {other_initials}, BSN {bsn_spaced}, is geslaagd voor A2! Maatje {colleague} vraagt via {email2} om een certificaat.",
    ),
    (
        "blind19",
        "in",
        "Zwemles via Leergeld voor {kid}, 8 jaar, bij {firm}. Moeder {name_rev}, {phone2}, {addr2!!}.",
    ),
    (
        "blind19",
        "out",
        "Goedgekeurd voor {kid}: {amount2} naar het zwembad, {besluit}.",
    ),
    (
        "blind19",
        "in",
        "Bewindvoering: {name} ({bsn!}) gaat naar {org}; woonadres {addr3}, {postcode}.",
    ),
    (
        "blind19",
        "out",
        "Intake voor {name} is {date} om {time}. Terugbetalen aan de gemeente kan op {iban_gem}.",
    ),
    (
        "blind19",
        "in",
        "Gehoorapparaat via de bijzondere bijstand voor {other_lc}, {dob}, rekeningnummer {iban_flat!!}.",
    ),
    (
        "blind19",
        "in",
        "Steiger in de vaart bij {addr2}: mag dat? Vraag van {word_first} ({word_nick}), {phone3}.",
    ),
    (
        "blind19",
        "out",
        "Hoi {word_first}, zie {url_gem}. Anders even bellen met {switch_alt}, {hours}.",
    ),
    (
        "blind19",
        "in",
        "Verstopte put op de {street2} in {village}. {neighbour_title} van huisnummer {housenr} staat met de voeten in het water. {phone}.",
    ),
    (
        "blind19",
        "out",
        "{firm} komt {date} de put doorspuiten; melding {melding}, ik bel {neighbour_lc}.",
    ),
    (
        "blind19",
        "in",
        "ID-kaart gestolen in Eritrea: {name}, geb. {dob_text}, BSN {bsn}, daar bereikbaar op {phone_abroad!}.",
    ),
    (
        "blind19",
        "out",
        "{first}, meld het bij de ambassade; na terugkeer maken we een nieuwe. Mail {mailbox2}.",
    ),
    (
        "blind19",
        "in",
        "Kippenhok in de tuin van {other}, {addr2}. Buurman {mate_short} heeft last van de haan, {landline}.",
    ),
    (
        "blind19",
        "in",
        "Paasvuur {village}: organisator {initials}, {email!}, {phone2}, KvK {kvk}.",
    ),
    (
        "blind19",
        "out",
        "Ontheffing {besluit}; toezicht door {org}. Leges {amount} naar {iban_gem}, {factuur}.",
    ),
    (
        "blind19",
        "in",
        "Optievoorwaarde Nederlanderschap: {other} en dochter {kid} komen {date}. Adres {addr!!}, {postcode_odd}.",
    ),
    (
        "blind19",
        "out",
        "Gefeliciteerd, {other_lc}! Het is {date} om {time} in de raadzaal.",
    ),
    (
        "blind19",
        "in",
        "Buurtbarbecue op de {street}: {name_rev} vraagt {amount2} uit het buurtbudget, rekening {iban_foreign!!}.",
    ),
    (
        "blind19",
        "out",
        "Het geld voor {event} is toegekend, {kenmerk}; {name_rev} hoort het via {email}.",
    ),
    (
        "blind19",
        "in",
        "Caravan {plate_text} staat al een maand bij {firm}. Is van {other_lc}, volgens {nick}.",
    ),
    (
        "blind19",
        "in",
        "Nieuwe groepsinfo van {colleague}: storing? {phone3} of {email2!}.",
    ),
    (
        "blind19",
        "in",
        'Doorgestuurd bericht van {mate}: "{word_first} {sur_title} is verhuisd naar {addr3}, nieuw nummer {phone}".',
    ),
    (
        "blind19",
        "out",
        "Ik zet een adresonderzoek uit voor {word_first} ({zaak}).",
    ),
    (
        "blind19",
        "in",
        "{first_lc} {sur_lc} ({url}) filmt de kapotte lantaarnpaal aan de {street}.",
    ),
    (
        "blind19",
        "out",
        "{firm} repareert de paal voor {amount}, project {project}. Top, {first_lc}!",
    ),
    (
        "blind19",
        "in",
        "Terugbelverzoek van {name}: bewonerskaart voor {plate} op {addr2}, {phone2}.",
    ),
    (
        "blind19",
        "out",
        "Een bewonerskaart kost {amount2}; {mate_first} vraagt hem aan via {url_gem}.",
    ),
    (
        "blind19",
        "in",
        "Schimmel in de huurwoning van {other_initials}, {addr}, {village}: {firm} mailt naar {email}.",
    ),
    (
        "blind19",
        "in",
        "Respijtzorg voor {word_first} ({dob}), zorgt voor {other}, {addr2}, IBAN {iban!}.",
    ),
    (
        "blind19",
        "out",
        "De vergoeding is {amount}; we betalen {date} uit op {iban_lc}, {kenmerk}.",
    ),
    (
        "blind19",
        "in",
        "{colleague_first}, wil jij {name_lc} bellen? {phone3}, over de energietoeslag. BSN {bsn_spaced!}.",
    ),
    (
        "blind19",
        "in",
        "Keukentafelgesprek {date}: {initials}, {addr3}, {postcode} {village}, kat, sleutel bij {neighbour_title}.",
    ),
    (
        "blind19",
        "out",
        "Verslag door {official}; het gesprek met {initials} staat in {zaak}.",
    ),
    (
        "blind19",
        "in",
        "Braderie Rogat: standplaats voor {name} ({kvk}), btw {btw}, bus {plate_text}, {phone_abroad}.",
    ),
    (
        "blind19",
        "out",
        "Standplaats {project} gaat naar {other}. Factuur {factuur} volgt, {amount}.",
    ),
    (
        "blind19",
        "in",
        "Postadres bij zijn moeder {mate}, {addr2!!}, {postcode}: {other_first} woont nu in de caravan {plate}.",
    ),
    (
        "blind19",
        "in",
        "De heg bij het speelveld aan de {street} steekt over het fietspad, meldt {word_first} ({email2}).",
    ),
    (
        "blind19",
        "out",
        "{firm} snoeit {date}, {timespan}. Dank je, {word_nick}!",
    ),
    (
        "blind19",
        "in",
        "Inschrijven na verhuizing: {name_rev}, van {addr} naar {addr3!!}, {postcode_odd}, vanaf {date}.",
    ),
    (
        "blind19",
        "in",
        "Toeslagenherstel: {other} ({dob_text}) snapt de brief niet. Bel {phone}, of {mate_first} op {landline}.",
    ),
    (
        "blind19",
        "out",
        "{org} helpt daarbij ({org_phone}). Of loop binnen met {mate_short} bij ons spreekuur, {hours}.",
    ),
    # blind20: drawn only by the twentieth blind set (work chats of Meppel employees with
    # residents of the town and villages, volunteers, colleagues and contractors on new subjects).
    (
        "blind20",
        "in",
        "Kwijtschelding gemeentelijke belastingen voor {name}, {addr!!}, {postcode}. Aanslag ligt bij mij, bel {phone}.",
    ),
    (
        "blind20",
        "out",
        "{first}, het formulier voor {addr} staat op {url_gem}; {official} kijkt mee, {factuur}.",
    ),
    (
        "blind20",
        "in",
        "Schoolverzuim: {kid} ({dob}) is al twee weken niet op {school}. Moeder {other} zegt dat ze ziek is, {phone2}.",
    ),
    (
        "blind20",
        "out",
        "{official} plant een gesprek met {other_lc} en {kid} op {date} om {time}, kenmerk {kenmerk}.",
    ),
    (
        "blind20",
        "in",
        "Voedselpakket voor gezin {other_sur_title} op {addr2}, {village}. Contact via {email}.",
    ),
    (
        "blind20",
        "out",
        "Dank je {nick}, {org} brengt het {timespan} naar {other_sur_title}, {addr2}.",
    ),
    (
        "blind20",
        "in",
        "Vrijwilliger {name_rev} wil bij {event} helpen maar heeft een VOG nodig. BSN {bsn_spaced}, geb. {dob_text}.",
    ),
    (
        "blind20",
        "out",
        "De VOG voor {name_rev} is gratis via {mailbox2}; {official} regelt het, {zaak}.",
    ),
    (
        "blind20",
        "in",
        "Toezicht kinderopvang: gastouder {initials} op {addr3}, {postcode_odd} heeft een nieuwe huisgenoot, {mate}.",
    ),
    (
        "blind20",
        "in",
        "WOZ-bezwaar van {word_first} {sur_lc}, {addr!!}, {postcode}. Mijn rekening {iban!} voor de teruggave.",
    ),
    (
        "blind20",
        "out",
        "Bezwaar van {word_first} {sur_lc} staat onder {zaak}. Teruggaaf op {iban_flat!}; vragen op {switch_var}.",
    ),
    (
        "blind20",
        "in",
        "Hondenbelasting: de hond van {neighbour_lc} op nummer {housenr} is overleden. Wie stopt de aanslag? Bel {landline}.",
    ),
    (
        "blind20",
        "out",
        "Dat doet {official} voor {neighbour_lc}, {addr3}; het gaat per {date} in, {besluit}.",
    ),
    (
        "blind20",
        "in",
        "Container kapot bij {addr2}, bewoner {other_lc} heeft een nieuwe nodig. Kenteken vuilniswagen {plate}.",
    ),
    (
        "blind20",
        "in",
        "Gladheid op de {street} bij {school}: {mate_first} {sur_lc} gleed uit, dochter belt vanuit Kyiv {phone_abroad!}.",
    ),
    (
        "blind20",
        "out",
        "Strooiploeg van {firm}, KvK {kvk}, is onderweg; melding {melding}, ik laat {mate_first} weten.",
    ),
    (
        "blind20",
        "in",
        "Leefgeld Oekraïne: {other} en zoon {kid}, opvang {addr3}, {village}. Rekening {iban_foreign!!}.",
    ),
    (
        "blind20",
        "out",
        "Het leefgeld van {amount2} gaat {date} naar {iban_lc} van {other_first}; {official} belt {phone2}.",
    ),
    (
        "blind20",
        "in",
        "Gehandicaptenparkeerkaart voor {name} ({dob!}), auto {plate_text}, woont {addr}, {postcode} {village}.",
    ),
    (
        "blind20",
        "out",
        "De keuring van {first} {sur_title} is {date} om {time}; leges {amount}, te betalen op {iban_gem}.",
    ),
    (
        "blind20",
        "in",
        "Traplift via de Wmo voor {initials}, {addr2!!}, BSN {bsn}. Schoonzoon {mate} regelt het: {phone3!}.",
    ),
    (
        "blind20",
        "out",
        "{official} komt {timespan} kijken bij {initials}. Dossier {zaak}.",
    ),
    (
        "blind20",
        "in",
        "Huishoudelijke hulp stopt bij {other_lc}, {dob_text}. Haar dochter {kid} mailt vanuit {email2!}.",
    ),
    (
        "blind20",
        "in",
        "Uitkering: {name} heeft een baan bij {firm} vanaf {date}. BSN {bsn_spaced!}, IBAN {iban_lc!!}.",
    ),
    (
        "blind20",
        "out",
        "Fijn {first_lc}! De laatste betaling van {amount} gaat naar {addr2}, {postcode}, met {kenmerk}.",
    ),
    (
        "blind20",
        "in",
        "Vuurwerkschade aan de bushalte op de {street}, dader zou {neighbour_title} van {addr3} zijn, zegt {word_nick}.",
    ),
    (
        "blind20",
        "out",
        "Aangifte tegen {neighbour_title} gedaan, {melding}. {firm} herstelt voor {amount2}, {factuur}.",
    ),
    (
        "blind20",
        "in",
        "Kapvergunning: {word_first} ({email}) wil de eik achter {addr2} in {village} weg. Tel. {phone}.",
    ),
    (
        "blind20",
        "out",
        "Beste {word_first}, zie {url_gem}, bel {switch_alt} of app {wa_gem}; {hours} spreekuur.",
    ),
    (
        "blind20",
        "in",
        "Evenementenvergunning {event}: aanvrager {double}, KvK {kvk}, btw {btw}, {phone2}.",
    ),
    (
        "blind20",
        "out",
        "Vergunning voor {double} verleend bij {besluit}, {project}; {official} belt {phone3}.",
    ),
    (
        "blind20",
        "in",
        "Marktkraam op de Meppeler markt voor {name_rev}, bus {plate_text}, geboren {dob}, {landline}.",
    ),
    (
        "blind20",
        "in",
        "Naamswijziging kind: {kid} krijgt de naam van vader {mate}; moeder is {initials}, {addr}.",
    ),
    (
        "blind20",
        "out",
        "Afspraak voor {kid} en {mate_first} bij Burgerzaken {date} om {time}. Groet, {official}.",
    ),
    (
        "blind20",
        "in",
        "Aangifte overlijden: {other} ({dob_text}), laatst wonend {addr3!!}, {postcode}. Zoon {name} bereikbaar op {phone!}.",
    ),
    (
        "blind20",
        "out",
        "Gecondoleerd, {first}. De akte gaat naar {addr3}; {kenmerk}, vragen via {switch}.",
    ),
    (
        "blind20",
        "in",
        "Uittreksel BRP voor {other_initials} naar {postbus}? Ze woont in Zwitserland: {phone_abroad}.",
    ),
    (
        "blind20",
        "out",
        "Dat kan digitaal via {url_gem}, {other_first}; kosten {amount}, of per post naar {addr}.",
    ),
    (
        "blind20",
        "in",
        "Graffiti op de schuur van {name_lc}, {addr2}. Filmpje staat op {url}.",
    ),
    (
        "blind20",
        "out",
        "{firm} verwijdert het {date}; melding {melding}, dank {first_lc}. Foto's graag naar {wa_gem}.",
    ),
    (
        "blind20",
        "in",
        "Ratten bij de vijver aan de {street2}, meldt {word_first} {sur_title} ({phone3}).",
    ),
    (
        "blind20",
        "in",
        "Eikenprocessierups bij {school}! Juf {neighbour_title} ({email2}) heeft de kinderen binnen gehouden.",
    ),
    (
        "blind20",
        "out",
        "Bestrijding door {firm} {timespan}, project {project}; ik bel {neighbour_title} op {landline}.",
    ),
    (
        "blind20",
        "in",
        "IJsbaan {village}: vereniging vraagt {amount2}, penningmeester {other}, rekening {iban_flat!}.",
    ),
    (
        "blind20",
        "out",
        "Subsidie toegekend, {besluit}. Uitbetaling aan {other} op {date}, {kenmerk}.",
    ),
    (
        "blind20",
        "in",
        "Dakloze man slaapt in de fietsenstalling bij {firm}, volgens {mate_short}. Hij noemt zich {push}.",
    ),
    (
        "blind20",
        "out",
        "{org} gaat vanavond langs; bel {org_phone} als het erger wordt.",
    ),
    (
        "blind20",
        "in",
        "Energiecoach voor {name}, {addr!}, {village}. Vraag van buurvrouw {neighbour_lc}, {phone2}.",
    ),
    (
        "blind20",
        "out",
        "De energiecoach komt {date} {timespan} bij {name}; bevestiging naar {email}.",
    ),
    (
        "blind20",
        "in",
        "Kerstpakket voor vrijwilliger {colleague}, {addr3}, {postcode_odd}; zij is jarig {dob}.",
    ),
    (
        "blind20",
        "in",
        "Rolstoel via de Wmo voor {kid}, {dob_text}, BSN {bsn!}. Vader {other_lc}: {phone}.",
    ),
    (
        "blind20",
        "out",
        "Aanvraag in {zaak}; {official} belt {other_first} {date}.",
    ),
    (
        "blind20",
        "in",
        "Bouwtekening inzien van {addr2} voor buurman {initials}. Hij mailt vanaf {email!}.",
    ),
    (
        "blind20",
        "out",
        "Het archief is open {hours}; inzage via {mailbox2} of {switch_long}.",
    ),
    (
        "blind20",
        "in",
        "Parkeervergunning mantelzorger: {double} zorgt voor moeder op {addr}, kenteken {plate}.",
    ),
    (
        "blind20",
        "out",
        "Vergunning voor {plate_text} loopt tot {date}, kosten {amount2}, {factuur}.",
    ),
    (
        "blind20",
        "in",
        "Burendag {street}: {name_rev} vraagt een aanhanger; {firm} leent er een uit. Mijn nr: {phone_abroad}.",
    ),
    (
        "blind20",
        "in",
        "Snertloop {village}: inschrijving {other}, {dob}, {email2}, rekening {iban}.",
    ),
    (
        "blind20",
        "out",
        "Inschrijving binnen, {other_first}. Start om {time2} bij {school}; {kid} loopt ook mee.",
    ),
    (
        "blind20",
        "in",
        "Re-integratie: {other_initials} begint {date} bij {firm}; begeleider {colleague_first}, {landline}.",
    ),
    (
        "blind20",
        "out",
        "Top, {colleague_first}. Contract van {other_initials} staat in {zaak}; mail {mailbox}.",
    ),
    (
        "blind20",
        "in",
        'Doorgestuurd van {mate}: "{word_first} {sur_lc} is verhuisd naar {addr2}, {postcode}, nieuw nummer {phone3}".',
    ),
    (
        "blind20",
        "out",
        "Verhuizing van {word_first} ({dob}) verwerkt per {date}; {kenmerk}.",
    ),
    (
        "blind20",
        "in",
        "{first_lc} {sur_lc} ({url}) plaatste een foto van de kapotte bank op de {street}.",
    ),
    (
        "blind20",
        "out",
        "{firm} (KvK {kvk}) vervangt de bank voor {amount}, {project}. Dank {first_lc}!",
    ),
    # blind21: drawn only by the twenty-first blind set (work chats of Meppel employees with
    # residents of the town and villages, contractors and colleagues on new subjects).
    (
        "blind21",
        "in",
        "Wasmachine kapot, bijzondere bijstand voor {name}, {addr!!}, {postcode}. Bel haar op {phone}.",
    ),
    (
        "blind21",
        "out",
        "{first}, de aanvraag voor {addr} staat in {zaak}; {official} belt je {date} terug.",
    ),
    (
        "blind21",
        "in",
        "Mantelzorgcompliment aanvragen voor {other}, die zorgt voor haar vader {neighbour_title} op {addr2}.",
    ),
    (
        "blind21",
        "out",
        "Het compliment van {amount2} gaat naar {iban_lc} t.n.v. {other_initials}, {kenmerk}.",
    ),
    (
        "blind21",
        "in",
        "Statushouder {mate} ({dob}) krijgt {date} de sleutel van {addr3!!}, {village}. Tolk: {phone_abroad}.",
    ),
    (
        "blind21",
        "out",
        "Welkom {mate_first}! {org} helpt met de inrichting, bel {org_phone} of {switch}.",
    ),
    (
        "blind21",
        "in",
        "Verhuiswagen {plate_text} van {firm} staat {date} voor {addr}. Ontheffing op naam van {name_rev}.",
    ),
    (
        "blind21",
        "out",
        "Ontheffing {besluit} voor {plate_text} is rond, leges {amount}; {official} weet ervan.",
    ),
    (
        "blind21",
        "in",
        "Hangjongeren bij de speeltuin aan de {street}. Buurman {neighbour_lc} heeft filmpjes: {url}.",
    ),
    (
        "blind21",
        "out",
        "Dank {word_first}, de boa's rijden {timespan} langs; melding {melding}.",
    ),
    (
        "blind21",
        "in",
        "Takken van de gemeenteboom hangen over de schuur van {name_lc}, {addr2!}, {postcode_odd}.",
    ),
    (
        "blind21",
        "out",
        "{firm} snoeit {date} aan de {street2}, boom {ref}. Vragen? {switch_var}.",
    ),
    (
        "blind21",
        "in",
        "Hondenbeet: de hond van {sur_lc} ({addr3}) beet {kid} in het been. Moeder {other_lc}, {phone2!}.",
    ),
    (
        "blind21",
        "out",
        "{official} gaat langs bij {sur_title} op {housenr}. Zaak {zaak}, ik houd {other_first} op de hoogte.",
    ),
    (
        "blind21",
        "in",
        "Lantaarnpaal {ref} brandt niet, {street2} bij nummer {housenr}. Gemeld door {word_first} {sur_title} ({landline}).",
    ),
    (
        "blind21",
        "in",
        "Paspoort gestolen in Kroatië: {other}, geb. {dob_text}, BSN {bsn_spaced}. Ze belt vanaf {phone_abroad!}.",
    ),
    (
        "blind21",
        "out",
        "Noodpaspoort via de ambassade; terug in {village} een afspraak via {url_gem} of {wa_gem}.",
    ),
    (
        "blind21",
        "in",
        "Stembureaulid voor {event}: {double}, {email}, rekening {iban!} voor de vergoeding.",
    ),
    (
        "blind21",
        "out",
        "Top {first_lc}, je zit {date} in het stembureau bij {school} vanaf {time}; {amount2} vergoeding.",
    ),
    (
        "blind21",
        "in",
        "Zwemabonnement via de Meedoenregeling voor {kid} ({dob!}), vader {mate}, BSN {bsn}.",
    ),
    (
        "blind21",
        "out",
        "{kid} kan starten bij {firm}; aanvraag {zaak}, {factuur}. Vragen via {mailbox2}.",
    ),
    (
        "blind21",
        "in",
        "Afvalpas kwijt van {initials}, {addr!}, {village}. Nieuwe graag naar {email2}.",
    ),
    (
        "blind21",
        "out",
        "Nieuwe pas kost {amount}, over te maken op {iban_gem} met {kenmerk}.",
    ),
    (
        "blind21",
        "in",
        "Glijbaan bij {school} is kapot, een kind van {other_sur_title} haalde zijn hand open. Tel {phone3}.",
    ),
    (
        "blind21",
        "out",
        "{firm} (KvK {kvk}) zet er {date} een hek om; {project}, melding {melding}.",
    ),
    (
        "blind21",
        "in",
        "Parkeerboete onterecht, zegt {name} ({plate}). Hij stond voor {addr2}, vergunning {po}.",
    ),
    (
        "blind21",
        "out",
        "Bezwaar van {first} tegen de boete: {zaak}. Schriftelijk naar {postbus}.",
    ),
    (
        "blind21",
        "in",
        "Trouwen als BABS: {colleague} wil het huwelijk van zus {other} en {mate} voltrekken, {date}.",
    ),
    (
        "blind21",
        "out",
        "Beëdiging {colleague_first} bij de rechtbank, leges {amount}; {official} tekent, {besluit}.",
    ),
    (
        "blind21",
        "in",
        "Lekkage in dorpshuis {village}, beheerder {name_rev} stuurt foto's. Loodgieter bellen: {phone}.",
    ),
    (
        "blind21",
        "in",
        "Bewindvoerder {double} meldt zich voor {other_lc}, {addr3}, {postcode}. Rekening {iban_flat!!}.",
    ),
    (
        "blind21",
        "out",
        "Beschikking bewind staat in {zaak}; de toeslag gaat {date} naar {iban_flat}.",
    ),
    (
        "blind21",
        "in",
        "Woonwagenstandplaats: {other_initials} (BSN {bsn!}) staat al {amount2} achter met huur, {phone2}.",
    ),
    (
        "blind21",
        "out",
        "{org} neemt contact op met {other_first}; regeling via {mailbox}, {hours}.",
    ),
    (
        "blind21",
        "in",
        "Verkeersdrempel gevraagd op de {street}, petitie van {word_first} ({email}), {addr}.",
    ),
    (
        "blind21",
        "out",
        "Dank {word_nick}! Het verkeersteam kijkt {timespan}, {project}; zie {url_gem}.",
    ),
    (
        "blind21",
        "in",
        "Grofvuil ophalen bij {neighbour_title}, {addr2}, {village}. Zoon {kid} is er, {phone}.",
    ),
    (
        "blind21",
        "out",
        "{firm} komt {date} tussen {time} en {time2}. Kosten {amount}, {factuur}.",
    ),
    (
        "blind21",
        "in",
        "Vrijwilliger kinderboerderij: {name}, {dob_text}, {addr!!}, {postcode_odd}. VOG volgt.",
    ),
    (
        "blind21",
        "in",
        "Geveltuin aanvragen voor {addr3}? Bewoner {sur_lc} zegt dat {mate_short} het al gevraagd had.",
    ),
    (
        "blind21",
        "out",
        "Geveltuin mag, {first}: {url_gem}, tegels weg {date}. {official} regelt de rest.",
    ),
    (
        "blind21",
        "in",
        "Keukentafelgesprek Wmo bij {other} ({dob}), {addr2!}. Dochter {kid}: {phone3!}.",
    ),
    (
        "blind21",
        "out",
        "{official} komt {date} om {time} bij {other_first}; dossier {zaak}.",
    ),
    (
        "blind21",
        "in",
        "60 jaar getrouwd: {name} en {other}, {addr}, {postcode}. Burgemeester op bezoek? Bel {landline}.",
    ),
    (
        "blind21",
        "out",
        "Burgemeester komt {date} om {time}, {first_lc}. Bloemen van {firm}, {amount2}.",
    ),
    (
        "blind21",
        "in",
        "Gat in het fietspad langs de {street}, {word_first} {sur_lc} viel. Foto op {url}. Zij: {phone}.",
    ),
    (
        "blind21",
        "in",
        "Mantelzorgwoning achter {addr3} voor moeder {other}, {dob_text}. Tekening via {email2!}.",
    ),
    (
        "blind21",
        "out",
        "Omgevingsvergunning {zaak}, behandelaar {official}; de leges {amount} gaan naar {iban_gem}.",
    ),
    (
        "blind21",
        "in",
        "Inburgering: {mate} mist de les bij {org}. Zijn vrouw {kid} belt vanuit {phone_abroad}.",
    ),
    (
        "blind21",
        "in",
        "Volmacht verkiezingen: {name_rev} stemt voor {neighbour_lc}, {addr2}, BSN {bsn_spaced!}.",
    ),
    (
        "blind21",
        "out",
        "Volmacht geldig, {kenmerk}. Stempassen van {first} en {neighbour_title} zijn {date} verstuurd.",
    ),
    (
        "blind21",
        "in",
        "Straatnaambord {street2} ligt in de sloot. Gezien door {push} ({phone2}) en {mate_short}.",
    ),
    (
        "blind21",
        "out",
        "{firm} zet het {timespan} terug, {melding}. Dank {word_first}!",
    ),
    (
        "blind21",
        "in",
        'Doorgestuurd van {colleague}: "{name} woont nu op {addr2!}, {postcode}, tel. {phone3}".',
    ),
    (
        "blind21",
        "out",
        "Adreswijziging {first} ({dob}) verwerkt per {date}, {kenmerk}; {mailbox2}.",
    ),
    (
        "blind21",
        "in",
        "Kerstmarkt {village}: kraam voor {double}, KvK {kvk}, btw {btw}, {iban_foreign!!}.",
    ),
    (
        "blind21",
        "out",
        "Kraam {project} voor {double} staat klaar, {amount}; vragen op {switch_alt}.",
    ),
    (
        "blind21",
        "in",
        "Fout in de WOZ-beschikking van {name_lc}: {addr}, {postcode}. Rekening {iban_lc!}.",
    ),
    (
        "blind21",
        "out",
        "WOZ van {sur_title} wordt herzien, {besluit}; teruggaaf {amount2} op {date}. Info: {switch_long}.",
    ),
    (
        "blind21",
        "in",
        "Scootmobiel van {initials} staat kapot bij {firm}, naast bus {plate_text}. Bel {landline}.",
    ),
    (
        "blind21",
        "out",
        "Reparatie voor {initials} valt onder de Wmo, {zaak}; {org} belt {phone2}.",
    ),
    # blind22: drawn only by the twenty-second blind set (work chats of Meppel employees with
    # residents of the town and villages, contractors and colleagues on new subjects).
    (
        "blind22",
        "in",
        "Ratten in de schuur bij {name}, {addr!!}, {postcode}. Ze is thuis na vijf, {phone}.",
    ),
    (
        "blind22",
        "out",
        "{firm} zet {date} klemmen bij {first} op {housenr}; melding {melding}, vragen via {switch_var}.",
    ),
    (
        "blind22",
        "in",
        "Schutting van {neighbour_title} staat op grond van {other}, {addr2}. Ruzie, buurman belt {landline}.",
    ),
    (
        "blind22",
        "out",
        "{official} meet {date} de grens op bij {other_first} en {neighbour_lc}, {zaak}.",
    ),
    (
        "blind22",
        "in",
        "Fietswrak met label bij {addr3!}, eigenaar volgens de buren {name_rev}, tel {phone2}.",
    ),
    (
        "blind22",
        "out",
        "Wrakken aan de {street} gaan {timespan} weg, {project}. Dank {word_first}, groet aan {other_first}!",
    ),
    (
        "blind22",
        "in",
        "Buurtbarbecue {date} op de {street2}: aanvrager {double}, {email}, {phone3!}.",
    ),
    (
        "blind22",
        "out",
        "Evenementenvergunning {besluit}, leges {amount}; {official} stuurt hem naar {first_lc} ({phone2}).",
    ),
    (
        "blind22",
        "in",
        "Arbeidsmigrant {mate} ({dob}) woont op {addr!}, {village}, maar staat nog in RNI. Werkgever {firm}.",
    ),
    (
        "blind22",
        "out",
        "Inschrijving {mate_first} ({bsn}) op {date} om {time} bij de balie, {kenmerk}. Paspoort mee!",
    ),
    (
        "blind22",
        "in",
        "Leerplicht: {kid} van {sur_lc} is al twee weken niet op {school}. Moeder {other_lc}: {phone}.",
    ),
    ("blind22", "out", "{official} gaat {date} langs bij {sur_title} op {housenr}; {zaak}."),
    (
        "blind22",
        "in",
        "Naturalisatieceremonie: {other} (geb. {dob_text}) en {mate} komen, BSN {bsn_spaced!}.",
    ),
    (
        "blind22",
        "out",
        "Ceremonie voor {other_first} en {mate_first} ({event}) in de raadszaal om {time}; {colleague} leest de namen voor, ook die van {mate}.",
    ),
    (
        "blind22",
        "in",
        "Grafrechten lopen af voor het graf van vader {neighbour_title}; zoon {name} zit in {phone_abroad!}.",
    ),
    ("blind22", "out", "Verlenging kost {amount2}, {name_rev}; graag op {iban_gem} met {factuur}."),
    (
        "blind22",
        "in",
        "Huisnummerbord weg bij {addr2!!}, {postcode_odd}. Postbode kan {initials} niet vinden.",
    ),
    ("blind22", "out", "Nieuw bord voor {addr2} via {firm}, {date}; {melding}. Info op {url_gem}."),
    (
        "blind22",
        "in",
        "Bankje met plaquette voor {other} aan de {street}? Familie {sur_title}, rekening {iban!!}.",
    ),
    (
        "blind22",
        "out",
        "Bankje kan, {amount} eigen bijdrage; {official} neemt contact op met {first} via {email}.",
    ),
    (
        "blind22",
        "in",
        "Containerontheffing voor {addr3}: {name_lc}, aannemer {firm}, kenteken {plate_text}.",
    ),
    (
        "blind22",
        "out",
        "Ontheffing {po} voor {plate_text} tot {date}, leges {amount2}, t.n.v. {name_rev}.",
    ),
    (
        "blind22",
        "in",
        "Terugvordering Tozo van {initials}, BSN {bsn}. Ze kan niet betalen, {email2}.",
    ),
    (
        "blind22",
        "out",
        "{org} helpt {initials} met een regeling; bel {org_phone} of mail {mailbox2}.",
    ),
    ("blind22", "in", "Intake schuldhulp {other} ({dob!}), {addr}, {postcode}. Bank: {iban_flat}."),
    (
        "blind22",
        "out",
        "Intake van {other} staat {date} om {time}, {zaak}; {official} belt {other_first} vooraf.",
    ),
    (
        "blind22",
        "in",
        "Bushokje aan de {street2} kapot na vuurwerk. {kid} zag {name} ervandoor gaan, zie {url}.",
    ),
    (
        "blind22",
        "out",
        "Glaszetter {firm} (KvK {kvk}) komt {timespan}; {name} krijgt de schade {amount} op {factuur}.",
    ),
    ("blind22", "in", "Zonnepanelen op monument {addr2}: eigenaar {double}, {phone2!}, {email}."),
    (
        "blind22",
        "out",
        "{first}, de monumentencommissie kijkt {date} bij {addr2}, {besluit}. Mail naar {mailbox}.",
    ),
    (
        "blind22",
        "in",
        "Kapaanvraag voor de berk van {word_first} {sur_title}, {addr3}, {village}. Hij belt {phone3}.",
    ),
    (
        "blind22",
        "out",
        "Kap bij {addr3} mag niet voor {date}, {kenmerk}; {official} legt het uit aan {word_first}.",
    ),
    ("blind22", "in", "Laadpaal gevraagd door {name} ({plate}) voor {addr}, {postcode}."),
    (
        "blind22",
        "out",
        "Laadpaal {ref} komt aan de {street2} voor {name}; {project}, info {switch_long}.",
    ),
    (
        "blind22",
        "in",
        "Lintje voorstellen: {other}, {dob_text}, {addr2!}, al 40 jaar bij {org}. Dochter {kid}: {phone}.",
    ),
    ("blind22", "out", "Voordracht voor {other} vóór {date} naar {postbus}; {official} tekent."),
    (
        "blind22",
        "in",
        "Gemeentelijke uitvaart: {other_initials} overleden, {addr3}, BSN {bsn!}. Geen familie bekend.",
    ),
    (
        "blind22",
        "out",
        "Uitvaart van {other_initials} via {firm} {date} om {time}, kosten {amount}; {zaak}.",
    ),
    (
        "blind22",
        "in",
        "Portemonnee gevonden op de {street}: rijbewijs van {name_rev}, pasje {iban_lc!}.",
    ),
    (
        "blind22",
        "out",
        "{first}, de portemonnee ligt op het stadhuis, {kenmerk}; ophalen met ID, {hours}.",
    ),
    (
        "blind22",
        "in",
        "Briefadres gevraagd voor {mate} bij {neighbour_lc}, {addr!!}, {village}. Bel {phone_abroad}.",
    ),
    (
        "blind22",
        "out",
        "Briefadres {mate_first} ({dob}) staat in {zaak}; bevestiging via {mailbox2}.",
    ),
    (
        "blind22",
        "in",
        "Kelder onder water bij {sur_lc}, {addr2}, {postcode}. Riool verstopt, {landline}.",
    ),
    (
        "blind22",
        "out",
        "Rioolploeg van {firm} is er {timespan}, {melding}. Sterkte {first}, bel {phone3} bij nood.",
    ),
    (
        "blind22",
        "in",
        "Verkeersregelaars voor {event}: {colleague}, {word_first} {sur_lc} ({dob}), {phone2}.",
    ),
    (
        "blind22",
        "out",
        "Instructie {date} om {time} bij {school}; hesjes bij {official}, vraag naar {colleague_first}.",
    ),
    (
        "blind22",
        "in",
        "Energiecoach naar {other} op {addr3!}, {postcode_odd}. Huur achter, {iban_foreign!!}.",
    ),
    (
        "blind22",
        "out",
        "{org} komt {date}; de energietoeslag {amount2} gaat naar {other_first}, {iban_lc}.",
    ),
    ("blind22", "in", "Buurtbus zoekt chauffeur: {name}, rijbewijs sinds {dob_text}, {email2!}."),
    (
        "blind22",
        "out",
        "Welkom {first_lc} {sur_lc}! Rooster via {url_gem}, startdag {date}, maatje {kid}.",
    ),
    (
        "blind22",
        "in",
        "Klacht regiotaxi: {initials} stond {amount2} te wachten, zegt zoon {kid}, {phone3!}.",
    ),
    (
        "blind22",
        "out",
        "Klacht van {initials} over {firm} staat in {zaak}; {official} belt {kid} terug op {phone}.",
    ),
    (
        "blind22",
        "in",
        "Container bij de flat aan de {street} vol. {push} stuurde foto's, {name_lc} ook.",
    ),
    ("blind22", "out", "Extra lediging {date}, {melding}, dank {push}; wie het ziet: {wa_gem}."),
    ("blind22", "in", "Kamerverhuur zonder vergunning bij {addr}: {name}, KvK {kvk}, btw {btw}."),
    (
        "blind22",
        "out",
        "Handhaving stuurt {sur_title} ({addr}) een vooraankondiging, {besluit}, {kenmerk}.",
    ),
    (
        "blind22",
        "in",
        "Tijdelijk huisnummer voor {double}, nieuwbouw {addr3}, {village}. Tel {phone}.",
    ),
    (
        "blind22",
        "out",
        "Huisnummer {addr3} is vastgesteld, {besluit}; BAG bijgewerkt op {date}, brief naar {double}.",
    ),
    ("blind22", "in", 'Doorgestuurd van {colleague}: "{other} ({dob}), {addr2!}, IBAN {iban}".'),
    (
        "blind22",
        "out",
        "Inkomstenopgave van {other_first} ({bsn_spaced}) ontvangen, {kenmerk}; uitbetaling {amount} op {date} naar {iban_flat}.",
    ),
    (
        "blind22",
        "in",
        "Sinterklaasintocht {village}: paard van {name_rev} met trailer {plate_text}, {phone2}.",
    ),
    (
        "blind22",
        "out",
        "Route {project} langs {addr2} ligt klaar, {official} en {colleague_first} lopen mee vanaf {time}; ruiter {kid} ook.",
    ),
    (
        "blind22",
        "in",
        "Ganzen op het veld bij {school}, {word_nick} {sur_lc} ({addr}) wil hekken. {phone3}.",
    ),
    (
        "blind22",
        "out",
        "Dank {word_nick} {sur_title}, {firm} kijkt {timespan}; {melding}, {switch_alt}.",
    ),
    # blind23: drawn only by the twenty-third blind set (work chats of Meppel employees with
    # residents of the town and villages, contractors and colleagues on new subjects).
    (
        "blind23",
        "in",
        "Meeuwen broeden op het dak van {name}, {addr!}, {postcode}. Ze belt al weken, {phone}.",
    ),
    (
        "blind23",
        "out",
        "{firm} plaatst {date} pinnen op het dak bij {first}; {melding}, vragen via {switch_var}.",
    ),
    (
        "blind23",
        "in",
        "Warmtepomp van {neighbour_title} bromt 's nachts, zegt {other} van {addr2}. Bel {landline}.",
    ),
    (
        "blind23",
        "out",
        "{official} meet {date} het geluid bij {other_first} en {neighbour_lc}, {zaak}.",
    ),
    (
        "blind23",
        "in",
        "Bootje ligt al maanden half gezonken bij de {street}. Eigenaar zou {name_rev} zijn, {phone2!}.",
    ),
    (
        "blind23",
        "out",
        "Wrak aan de {street} wordt {timespan} gelicht, {project}. Dank {word_first}, ook namens {colleague_first}!",
    ),
    (
        "blind23",
        "in",
        "Mantelzorgwoning in de tuin van {double!}, {addr3}, {village}: vader {other} ({dob}) trekt in.",
    ),
    (
        "blind23",
        "out",
        "Vergunningvrij volgens {besluit}; {official} stuurt de uitleg naar {first_lc}, {email}.",
    ),
    (
        "blind23",
        "in",
        "Mobiele balie graag naar {mate} ({dob_text!}), {addr!!}, {village}. Dochter {kid}: {phone3}.",
    ),
    (
        "blind23",
        "out",
        "Mobiele balie komt {date} om {time} bij {mate_first}; {kenmerk}. Oude ID-kaart klaarleggen!",
    ),
    ("blind23", "in", "Stembureaulid: {name}, BSN {bsn}, vergoeding graag op {iban!!}."),
    (
        "blind23",
        "out",
        "Welkom {first}! Instructie {date} in {school}, vergoeding {amount2}, {factuur}. Vragen: {mailbox2}.",
    ),
    (
        "blind23",
        "in",
        "Vertrek naar het buitenland: {other} ({bsn_spaced}) verhuist {date}, nieuw nummer {phone_abroad!}.",
    ),
    (
        "blind23",
        "out",
        "Uitschrijving van {other_initials} staat in {zaak}; bevestiging gaat naar {email2}.",
    ),
    (
        "blind23",
        "in",
        "Grofvuil ophalen bij {sur_lc}, {addr}, {postcode_odd}: bank en matras, {phone}.",
    ),
    (
        "blind23",
        "out",
        "Grofvuil {date} {timespan}, {amount}; op de stoep bij {housenr}, {melding}.",
    ),
    (
        "blind23",
        "in",
        "Boomspiegel adopteren aan de {street2}: {name}, {email!}, met buurjongen {kid}.",
    ),
    (
        "blind23",
        "out",
        "Leuk {first}! {org} brengt {date} plantjes, {project}; {official} belt {phone2}.",
    ),
    (
        "blind23",
        "in",
        "In de fietsenstalling bij het station slaapt {other_lc}, zegt {push}. Geboren {dob!}?",
    ),
    (
        "blind23",
        "out",
        "{org} gaat {timespan} langs bij {other_first}; {kenmerk}, nood: {org_phone}.",
    ),
    (
        "blind23",
        "in",
        "Hond gevonden bij {addr3}, chip staat op {name_lc}, {landline}. Zit nu bij {neighbour_title}.",
    ),
    (
        "blind23",
        "out",
        "Dierenambulance haalt hem om {time}; eigenaar {sur_title} is gebeld, {melding}.",
    ),
    (
        "blind23",
        "in",
        "Wadi achter {addr2} stinkt, kroos en een dode eend. Foto's van {word_first} {sur_lc}, {phone2}.",
    ),
    (
        "blind23",
        "out",
        "{firm} maait de wadi {date}, {project}; dank {word_nick}, info {url_gem}.",
    ),
    (
        "blind23",
        "in",
        "Zwerfkatten bij de schuur van {initials}, {addr}. Vrijwilliger {double}, {phone3!}.",
    ),
    (
        "blind23",
        "out",
        "Kattenvangst {date} met {org}; {official} overlegt met {initials} over {zaak}.",
    ),
    (
        "blind23",
        "in",
        "Vuurwerk opgeslagen in de garage van {name}, {addr3!}, {postcode!}. Auto {plate_text}.",
    ),
    (
        "blind23",
        "out",
        "Handhaving gaat {timespan} met de politie naar {addr3}, {besluit}; melder {other_first} blijft anoniem.",
    ),
    (
        "blind23",
        "in",
        "Skatebaan {place}: {kid} en {other_lc} tot twee uur 's nachts, moeder zegt {phone}.",
    ),
    (
        "blind23",
        "out",
        "{official} praat {date} met de jongeren, ook {kid}; camera bij {ref}, {zaak}.",
    ),
    (
        "blind23",
        "in",
        "Incasso afvalstoffenheffing wijzigen voor {initials}: nieuw rekeningnummer {iban_flat}, was {iban_lc!}.",
    ),
    (
        "blind23",
        "out",
        "Machtiging {initials} aangepast, {kenmerk}; aanslag {amount} van {date} gaat van {iban_flat} af.",
    ),
    (
        "blind23",
        "in",
        "Kindpakket: fiets voor {kid}, zoon van {other} ({bsn}), {addr2}, {postcode}.",
    ),
    (
        "blind23",
        "out",
        "Fiets voor {kid} ligt klaar bij {firm}, {factuur}; ophalen {hours}, {other_first} krijgt een sms op {phone}.",
    ),
    (
        "blind23",
        "in",
        "Werkervaringsplek bij {firm} voor {mate}, geb. {dob}, {email2!}. Coach {colleague}.",
    ),
    (
        "blind23",
        "out",
        "{colleague_first}, de plek voor {mate_first} start {date}, KvK {kvk}; loonkosten {amount2}, {factuur}.",
    ),
    (
        "blind23",
        "in",
        "Sleuteloverdracht statushouder {mate} ({dob_text}) op {addr!}, {village}. Tolk via {phone_abroad}.",
    ),
    (
        "blind23",
        "out",
        "{org} is {date} om {time} bij {addr} met {mate_first}; borg {amount} naar {iban_gem}.",
    ),
    (
        "blind23",
        "in",
        "Standplaats oliebollenkraam: {name_rev}, KvK {kvk}, btw {btw}, wagen {plate}.",
    ),
    (
        "blind23",
        "out",
        "Standplaats aan de {street2} van {date} t/m oud en nieuw, {po}, leges {amount}; {official} keurt de wagen.",
    ),
    (
        "blind23",
        "in",
        "Matrassen gedumpt aan de {street}, er zat een brief bij van {other}, {addr2!}, {postcode_odd}.",
    ),
    (
        "blind23",
        "out",
        "Opruimen {timespan}, {melding}; {official} stuurt {other_initials} een brief, {kenmerk}.",
    ),
    (
        "blind23",
        "in",
        "Scootmobiel van {neighbour_lc} laadt in de gang van de flat aan de {street2}. Buurman {word_first} belt {landline}.",
    ),
    (
        "blind23",
        "out",
        "{org} kijkt {date} naar de brandveiligheid, {zaak}; stalling voor {neighbour_title} bij {ref}.",
    ),
    (
        "blind23",
        "in",
        "Heg van {sur_title} op {housenr} hangt over het fietspad, {other_first} fietste ertegenaan. {url}",
    ),
    (
        "blind23",
        "out",
        "Brief naar {sur_title}: snoeien voor {date}, anders doet {firm} het voor {amount2}; {besluit}.",
    ),
    (
        "blind23",
        "in",
        "Trouwen op {date} in {village}: {double} wil vriend {colleague} als babs, {email}.",
    ),
    (
        "blind23",
        "out",
        "Babs voor een dag kost {amount}, {factuur}; {colleague_first} wordt {date} om {time} beëdigd, {mailbox}.",
    ),
    (
        "blind23",
        "in",
        "Geboorteboom voor {kid} ({dob}), ouders {name} en {mate}, {addr3}. Tel {phone2}.",
    ),
    (
        "blind23",
        "out",
        "Boom voor {kid} gaat {date} de grond in, {event}; {official} mailt {first} vooraf, {switch_long}.",
    ),
    (
        "blind23",
        "in",
        "Vrijwilliger van het jaar: {other} ({dob_text}), {addr}, al 30 jaar bij {org}. Zoon {nick}: {phone3}.",
    ),
    (
        "blind23",
        "out",
        "Voordracht {other_first} ontvangen, graag de brief naar {postbus}; uitreiking op {event}.",
    ),
    (
        "blind23",
        "in",
        "Busje {plate_text} rijdt steeds rondjes bij {addr2}, bestuurder lijkt op {name}. {push} belt {phone!}.",
    ),
    (
        "blind23",
        "out",
        "Dank {push}! De politie weet ervan; {official} zet het in {zaak}, tips via {wa_gem}.",
    ),
    (
        "blind23",
        "in",
        "Camper van {name_rev} staat al zes weken aan de {street}, {plate}. Buren sturen foto's.",
    ),
    (
        "blind23",
        "out",
        "Ontheffing camper {po} tot {date}, daarna wegslepen; {sur_title} hoort het via {switch_alt}.",
    ),
    (
        "blind23",
        "in",
        "Urgentie gevraagd door {other} ({bsn!}), slaapt bij {mate} op {addr3}, {postcode}.",
    ),
    (
        "blind23",
        "out",
        "Aanvraag {other_first} in {zaak}, {org} beslist {date}; bewijs graag naar {mailbox2} of {postbus}.",
    ),
    (
        "blind23",
        "in",
        'Doorgestuurd van {colleague}: "{name} ({dob}), {addr2}, IBAN {iban_foreign!!}, tel {phone2}".',
    ),
    (
        "blind23",
        "out",
        "Betaling aan {name} komt {date} op {iban}, {amount}; {kenmerk}, vragen {switch}.",
    ),
    (
        "blind23",
        "in",
        "Meeuw met gebroken vleugel in de tuin van {word_nick} {sur_title}, {addr}. Hij belt {phone3}.",
    ),
    ("blind23", "out", "Vogelopvang via {org_phone}, {time}; dank {word_nick}, zie ook {url_gem}."),
    # blind24: drawn only by the twenty-fourth blind set (work chats of Meppel employees with
    # residents of the town and villages, contractors and colleagues on new subjects).
    (
        "blind24",
        "in",
        "Bijenzwerm in {ref} voor het huis van {name}, {addr!}, {postcode}. Imker? Bel {phone}.",
    ),
    (
        "blind24",
        "out",
        "{org} haalt de zwerm {timespan} weg bij {sur_title}; dank {first}, vragen: {switch_var}.",
    ),
    (
        "blind24",
        "in",
        "Gat in de stoep voor {addr2}, {village}: {other} ({dob}) is erin gestapt. Zoon belt {phone2!}.",
    ),
    (
        "blind24",
        "out",
        "{firm} zet het gat {date} af; schade via {zaak}, {official} belt {other_first} op {phone2}.",
    ),
    (
        "blind24",
        "in",
        "Marktkoopman {name_rev} wil ruilen van plek met {mate}, wagen {plate}, KvK {kvk}.",
    ),
    (
        "blind24",
        "out",
        "Ruil {mate_first} en {sur_title} mag per {date}, {po}; marktgeld {amount} naar {iban_gem}, vragen {switch_long}.",
    ),
    (
        "blind24",
        "in",
        "Paspoort kwijt op vakantie: {double!}, BSN {bsn_spaced}, nu bereikbaar op {phone_abroad}.",
    ),
    (
        "blind24",
        "out",
        "Noodpaspoort voor {first} {sur_title} via de ambassade; {official} mailt {email}.",
    ),
    (
        "blind24",
        "in",
        "Erkenning ongeboren kind: {mate} en {name}, {addr3}, {postcode_odd}, uitgerekend {date}.",
    ),
    (
        "blind24",
        "out",
        "Afspraak erkenning {date} om {time} bij Burgerzaken; {mate_first} en {first} nemen ID mee, {switch}.",
    ),
    (
        "blind24",
        "in",
        "Buurtfeest aan de {street2} op {date}, aanvrager {initials}, {email2!}, tel. {landline}.",
    ),
    (
        "blind24",
        "out",
        "Vergunning buurtfeest {po} voor {initials}; {firm} levert de hekken, {factuur}.",
    ),
    (
        "blind24",
        "in",
        "Hond van {neighbour_title} blaft de hele dag, zegt {other_lc} van {addr2}. Filmpje op {url}",
    ),
    (
        "blind24",
        "out",
        "{official} gaat {timespan} langs bij {neighbour_lc}; {melding}, melder {other_first} blijft anoniem.",
    ),
    (
        "blind24",
        "in",
        "Trampoline van {sur_lc} op {housenr} is op de {street} gewaaid! {push} belt {phone3}.",
    ),
    (
        "blind24",
        "out",
        "Dank {push}, {firm} haalt hem {timespan} weg; rekening {amount} naar {sur_title}, bel {switch_var}.",
    ),
    (
        "blind24",
        "in",
        "Accu van de e-bike van {name} vloog in brand in de schuur, {addr!!}, {postcode}. Verzekeraar vraagt een brief.",
    ),
    (
        "blind24",
        "out",
        "Brief voor {first_lc} ligt klaar, {zaak}; {official} mailt hem naar {email} en {email2}.",
    ),
    (
        "blind24",
        "in",
        "Mantelzorgparkeerkaart voor {mate} ({dob_text}), zorgt voor {other} op {addr}, auto {plate_text}.",
    ),
    (
        "blind24",
        "out",
        "Kaart voor {mate_first} gaat {date} naar {addr}; kosten {amount2}, zie {url_gem}.",
    ),
    (
        "blind24",
        "in",
        "Sloot achter {addr3} is dichtgegroeid, zegt {word_first} {sur_lc}. Foto's volgen, {phone!}.",
    ),
    (
        "blind24",
        "out",
        "{firm} baggert {date}, {project}; dank {word_nick}, het waterschap weet ervan via {besluit}.",
    ),
    (
        "blind24",
        "in",
        "Rioollucht bij {other_initials}, {addr2!}, {village}; ze belt {landline} of {phone2}.",
    ),
    (
        "blind24",
        "out",
        "Rioolploeg komt {timespan}; {official} belt {other_sur_title} vooraf op {landline}.",
    ),
    (
        "blind24",
        "in",
        "Zwemles voor {kid} ({dob}) via het Jeugdfonds, moeder {name}, IBAN {iban!}.",
    ),
    (
        "blind24",
        "out",
        "Zwemles {kid} is goedgekeurd, {amount} naar {org}; de bus haalt op bij {school}, vragen {mailbox2}.",
    ),
    (
        "blind24",
        "in",
        "Asbestdak van de schuur van {name_rev}, {addr}, {postcode_odd}: subsidie op {iban_flat}?",
    ),
    (
        "blind24",
        "out",
        "Subsidie asbest {amount} voor {name_rev}; {firm} mag saneren na {date}, {zaak}.",
    ),
    (
        "blind24",
        "in",
        "Zonnepanelen van {neighbour_title} verblinden {other} op {addr3}. {push} stuurt foto's, {phone3!}.",
    ),
    (
        "blind24",
        "out",
        "{official} kijkt {date} bij {other_first} op {addr3}; geen vergunning nodig volgens {besluit}.",
    ),
    (
        "blind24",
        "in",
        "Jeu-de-boulesbaan in {place} graag, namens de buurt {double}, {email}, {phone}.",
    ),
    (
        "blind24",
        "out",
        "Buurtbudget {amount2} voor de baan in {place}, {project}; {colleague_first} overlegt met {first}.",
    ),
    (
        "blind24",
        "in",
        "Minibieb in de voortuin van {word_first} {sur_title}, {addr!}. Mag dat? {url}",
    ),
    (
        "blind24",
        "out",
        "Mag zonder vergunning, {word_nick}! Wel 1 meter van de stoep, {official} mailt {mailbox}.",
    ),
    (
        "blind24",
        "in",
        "Energiesubsidie sportclub: penningmeester {name}, {email2}, rekening {iban_lc!!}.",
    ),
    (
        "blind24",
        "out",
        "Aanvraag van {first} ({phone}) voor {firm} in {zaak}, KvK {kvk}, btw {btw}.",
    ),
    (
        "blind24",
        "in",
        "Boom omgewaaid op de auto van {other} ({plate_text}) aan de {street}, {ref}. Hij belt {phone2}.",
    ),
    (
        "blind24",
        "out",
        "{firm} zaagt de boom {timespan}; schade melden bij {org}, {melding}, dank {other_first}.",
    ),
    (
        "blind24",
        "in",
        "Drempel gevraagd op de {street2} door {initials} en {neighbour_lc}, {addr2}. Kinderen {kid} en {nick}.",
    ),
    (
        "blind24",
        "out",
        "Verkeersteller vanaf {date}; uitslag naar {other_initials} op {email}, kopie {mailbox2}.",
    ),
    (
        "blind24",
        "in",
        "Houtkachel van {sur_title} rookt elke avond, {other_lc} ({dob_text!}) met astma op {addr}.",
    ),
    (
        "blind24",
        "out",
        "{official} praat {date} met {neighbour_title} over stoken; {zaak}, zie {url_gem}.",
    ),
    (
        "blind24",
        "in",
        "Sleutel van de buurttuin kwijt, laatst gezien bij {mate_short}. {colleague} heeft een reserve, {phone3}.",
    ),
    (
        "blind24",
        "out",
        "{colleague_first} brengt de sleutel {timespan} naar {addr3}; borg {amount} naar {iban_gem}.",
    ),
    (
        "blind24",
        "in",
        "Leerlingenvervoer voor {kid}, {dob!}, naar {school}. Vader {name}, {addr2}, {phone}.",
    ),
    (
        "blind24",
        "out",
        "Taxi voor {kid} naar {school} rijdt vanaf {date} om {time}; wijzigen via {switch_long}.",
    ),
    (
        "blind24",
        "in",
        "Volkstuin nr. {housenr} ligt er al een jaar bij, huurder {other} ({bsn}) reageert niet.",
    ),
    (
        "blind24",
        "out",
        "Brief naar {other_initials} gaat {date} uit, {kenmerk}; tuin naar wachtlijst in {place}.",
    ),
    (
        "blind24",
        "in",
        "Bankje bij de {street2} kapot, zegt {word_first} ({email!}). Haar buurman {other_first} viel ervan af.",
    ),
    (
        "blind24",
        "out",
        "{firm} plaatst {date} een nieuw bankje; dank {word_nick} en {other_first}, {melding}.",
    ),
    (
        "blind24",
        "in",
        "Draaibrug over de {street} gaat niet meer dicht, brugwachter {mate} belt {phone2}.",
    ),
    (
        "blind24",
        "out",
        "Monteur {firm} is er om {time}, {mate_first} wacht bij de brug; info {wa_gem}.",
    ),
    (
        "blind24",
        "in",
        "Rolstoeltaxi voor {name}, geb. {dob}, {addr!}, {village}. Dochter {kid} op {phone3}.",
    ),
    (
        "blind24",
        "out",
        "Vervoerspas voor {sur_title} gaat {date} op de post, {zaak}; ritten via {org_phone}.",
    ),
    (
        "blind24",
        "in",
        "Schuldhulp intake: {other}, BSN {bsn}, {addr3}, {postcode}; loon op {iban!!}.",
    ),
    (
        "blind24",
        "out",
        "Intake {other_first} {date} om {time} in het stadhuis; {org} schuift aan, verzetten via {switch_alt}.",
    ),
    (
        "blind24",
        "in",
        "Portemonnee gevonden aan de {street2}: pasje op naam van {name_lc}, {iban}, rijbewijs {plate_text}?",
    ),
    (
        "blind24",
        "out",
        "Portemonnee ligt bij Burgerzaken, {hours}; eigenaar {sur_title} gebeld, {melding}.",
    ),
    (
        "blind24",
        "in",
        "Graffiti op de trafokast bij {addr2}, {postcode_odd}, dader lijkt {other_lc}. Tip van {push}: {phone}.",
    ),
    (
        "blind24",
        "out",
        "{firm} reinigt de kast {timespan}; aangifte tegen {other_initials} loopt, {zaak}, dank {push}.",
    ),
    (
        "blind24",
        "in",
        "Mollen op het sportveld in {place}, terreinman {name} ({phone2!}) wil een mollenvanger.",
    ),
    (
        "blind24",
        "out",
        "Mollenvanger {firm} komt {date}, {factuur}; {official} belt {first} in {village}, {switch_alt}.",
    ),
    (
        "blind24",
        "in",
        "Ligplaats aan de {street} voor de boot van {double}, {addr3}, {email2}. Bootje heet 'Juf'.",
    ),
    (
        "blind24",
        "out",
        "Ligplaats {po} per {date}, {amount} per jaar naar {iban_gem}; post naar {postbus}.",
    ),
    (
        "blind24",
        "in",
        "Paard los op de {street2}, eigenaar {name_rev} ({landline}) neemt niet op!",
    ),
    (
        "blind24",
        "out",
        "{org} vangt het paard {timespan}; {sur_title} krijgt {date} een brief, {kenmerk}.",
    ),
    (
        "blind24",
        "in",
        'Doorgestuurd van {colleague}: "{name} ({dob_text}), {addr2}, IBAN {iban_foreign!!}, mob. {phone_abroad}".',
    ),
    (
        "blind24",
        "out",
        "Terugbetaling aan {first} komt {date} op {iban_flat}, {amount}; {factuur}, vragen {switch}.",
    ),
    # blind25: drawn only by the twenty-fifth blind set (work chats of Meppel employees with
    # residents of the town and villages, contractors and colleagues on new subjects).
    (
        "blind25",
        "in",
        "Ooievaarsnest op de schoorsteen van {name}, {addr!}, {postcode}. Mag het blijven? Bel {phone}.",
    ),
    (
        "blind25",
        "out",
        "{org} kijkt {timespan} naar het nest bij {sur_title}; dank {first}, vragen: {switch_var}.",
    ),
    (
        "blind25",
        "in",
        "Dode zwaan in de {street2} bij {addr2}, {village}; gevonden door {other} ({dob}). Bel {phone2!}.",
    ),
    (
        "blind25",
        "out",
        "{firm} haalt de zwaan {date} op; {official} belt {other_first} op {phone2}, {melding}.",
    ),
    (
        "blind25",
        "in",
        "Kermisexploitant {name_rev} vraagt standplaats naast {mate}, wagen {plate}, KvK {kvk}.",
    ),
    (
        "blind25",
        "out",
        "Plek voor {mate_first} en {sur_title} per {date}, {po}; staangeld {amount} naar {iban_gem}, info {switch_long}.",
    ),
    (
        "blind25",
        "in",
        "Verhuisd naar Tunesië: {double!}, BSN {bsn_spaced}, nu op {phone_abroad}, rekening {iban_foreign}.",
    ),
    (
        "blind25",
        "out",
        "Emigratie van {first} {sur_title} verwerkt; {official} mailt de bevestiging naar {email}.",
    ),
    (
        "blind25",
        "in",
        "Trouwen in het stadhuis: {mate} en {name}, {addr3}, {postcode_odd}, datum {date}.",
    ),
    (
        "blind25",
        "out",
        "Trouwafspraak {date} om {time} in de raadzaal; {mate_first} en {first} nemen getuigen mee, {switch}.",
    ),
    (
        "blind25",
        "in",
        "Sint-Maartenoptocht door de {street2} op {date}, aanvrager {initials}, {email2!}, tel. {landline}.",
    ),
    (
        "blind25",
        "out",
        "Ontheffing optocht {po} voor {initials}; {firm} zet de dranghekken, {factuur}.",
    ),
    (
        "blind25",
        "in",
        "Warmtepomp van {neighbour_title} bromt 's nachts, zegt {other_lc} van {addr2}. Geluidsopname op {url}",
    ),
    (
        "blind25",
        "out",
        "{official} meet {timespan} bij {neighbour_lc}; {melding}, melder {other_first} blijft buiten beeld.",
    ),
    (
        "blind25",
        "in",
        "Winkelwagen van {sur_lc} uit nr. {housenr} ligt in de {street}! {push} belt {phone3}.",
    ),
    (
        "blind25",
        "out",
        "Dank {push}, {firm} vist hem {timespan} op; kosten {amount} voor {sur_title}, bel {switch_var}.",
    ),
    (
        "blind25",
        "in",
        "Caravan van {name} staat al maanden op straat, {addr!!}, {postcode}. Buren klagen.",
    ),
    (
        "blind25",
        "out",
        "Brief aan {first_lc} gaat uit, {zaak}; {official} mailt een kopie naar {email} en {email2}.",
    ),
    (
        "blind25",
        "in",
        "Energietoeslag voor {mate} ({dob_text}), woont bij {other} op {addr}, auto {plate_text}.",
    ),
    (
        "blind25",
        "out",
        "Toeslag voor {mate_first} wordt {date} betaald; bedrag {amount2}, zie {url_gem}.",
    ),
    (
        "blind25",
        "in",
        "Heg op de hoek bij {addr3} ontneemt het zicht, meldt {word_first} {sur_lc}. Foto's volgen, {phone!}.",
    ),
    (
        "blind25",
        "out",
        "{firm} snoeit {date}, {project}; dank {word_nick}, de eigenaar krijgt {besluit}.",
    ),
    (
        "blind25",
        "in",
        "Wespennest bij {other_initials}, {addr2!}, {village}; ze belt {landline} of {phone2}.",
    ),
    (
        "blind25",
        "out",
        "Bestrijder komt {timespan}; {official} belt {other_sur_title} vooraf op {landline}.",
    ),
    (
        "blind25",
        "in",
        "Zwempas voor {kid} ({dob}) via de meedoenregeling, vader {name}, IBAN {iban!}.",
    ),
    (
        "blind25",
        "out",
        "Zwempas {kid} goedgekeurd, {amount} naar {org}; ophalen bij {school}, vragen {mailbox2}.",
    ),
    (
        "blind25",
        "in",
        "Grafhuur verlengen voor het graf van de ouders van {name_rev}, {addr}, {postcode_odd}: op {iban_flat}?",
    ),
    (
        "blind25",
        "out",
        "Verlenging grafrecht {amount} voor {name_rev}; {firm} zet de steen recht na {date}, {zaak}.",
    ),
    (
        "blind25",
        "in",
        "Drone boven de markt, bestuurd door {neighbour_title}, zegt {other} van {addr3}. {push} filmt, {phone3!}.",
    ),
    (
        "blind25",
        "out",
        "{official} spreekt {other_first} {date} aan op {addr3}; dronevliegen mag niet volgens {besluit}.",
    ),
    (
        "blind25",
        "in",
        "Skatebaan in {place} gevraagd, namens de jongeren {double}, {email}, {phone}.",
    ),
    (
        "blind25",
        "out",
        "Jeugdbudget {amount2} voor de skatebaan in {place}, {project}; {colleague_first} belt {first}.",
    ),
    (
        "blind25",
        "in",
        "Huisnummerbordje weg bij {word_first} {sur_title}, {addr!}. Pakketbezorger vindt het niet. {url}",
    ),
    (
        "blind25",
        "out",
        "Nieuw bordje komt, {word_nick}! {official} mailt {mailbox} voor de levering.",
    ),
    (
        "blind25",
        "in",
        "Subsidie ijsbaan: penningmeester {name}, {email2}, rekening {iban_lc!!}.",
    ),
    (
        "blind25",
        "out",
        "Aanvrager {first} ({phone}) namens {firm}, {zaak}, KvK {kvk}, btw {btw}.",
    ),
    (
        "blind25",
        "in",
        "Vuurwerk vernielde de brievenbus van {other} ({plate_text} voor de deur) aan de {street}, {ref}. Bel {phone2}.",
    ),
    (
        "blind25",
        "out",
        "{firm} vervangt de bus {timespan}; schade via {org}, {melding}, dank {other_first}.",
    ),
    (
        "blind25",
        "in",
        "Fietswrakken in het rek aan de {street2}, gemeld door {initials} en {neighbour_lc}, {addr2}. Ook {kid} en {nick} zagen het.",
    ),
    (
        "blind25",
        "out",
        "Labels hangen vanaf {date}; overzicht naar {other_initials} op {email}, kopie {mailbox2}.",
    ),
    (
        "blind25",
        "in",
        "Schoorsteenveger bij {sur_title} vond een vogelnest, {other_lc} ({dob_text!}) heeft last van rook op {addr}.",
    ),
    (
        "blind25",
        "out",
        "{official} belt {date} met {neighbour_title} over de schoorsteen; {zaak}, zie {url_gem}.",
    ),
    (
        "blind25",
        "in",
        "Sleutel van de JOP kwijt, laatst bij {mate_short}. {colleague} heeft er nog een, {phone3}.",
    ),
    (
        "blind25",
        "out",
        "{colleague_first} legt de sleutel {timespan} bij {addr3} in de bus; borg {amount} op {iban_gem}.",
    ),
    (
        "blind25",
        "in",
        "Naamswijziging in de BRP voor {kid}, {dob!}, school {school}. Moeder {name}, {addr2}, {phone}.",
    ),
    (
        "blind25",
        "out",
        "Wijziging voor {kid} staat per {date} om {time} in de BRP; vragen via {switch_long}.",
    ),
    (
        "blind25",
        "in",
        "Kat verwaarloosd in tuin nr. {housenr}, bewoner {other} ({bsn}) doet niet open.",
    ),
    (
        "blind25",
        "out",
        "Brief naar {other_initials} gaat {date} weg, {kenmerk}; de kat gaat naar het asiel in {place}.",
    ),
    (
        "blind25",
        "in",
        "Bushokje aan de {street2} kapot, zegt {word_first} ({email!}). Buurman {other_first} zag de dader.",
    ),
    (
        "blind25",
        "out",
        "{firm} zet {date} nieuw glas; dank {word_nick} en {other_first}, {melding}.",
    ),
    (
        "blind25",
        "in",
        "Verlaten sloep in de {street}, eigenaar onbekend; havenmeester {mate} belt {phone2}.",
    ),
    (
        "blind25",
        "out",
        "{firm} sleept de sloep om {time} weg, {mate_first} wacht bij de steiger; info {wa_gem}.",
    ),
    (
        "blind25",
        "in",
        "Daklozenopvang voor {name}, geb. {dob}, laatst {addr!}, {village}. Zus {kid} op {phone3}.",
    ),
    (
        "blind25",
        "out",
        "Bed voor {sur_title} vanaf {date}, {zaak}; nood buiten kantoortijd {org_phone}.",
    ),
    (
        "blind25",
        "in",
        "Hulp bij achterstand: {other}, BSN {bsn}, {addr3}, {postcode}; uitkering op {iban!!}.",
    ),
    (
        "blind25",
        "out",
        "Gesprek {other_first} {date} om {time} in het stadhuis; {org} schuift aan, verzetten via {switch_alt}.",
    ),
    (
        "blind25",
        "in",
        "Hond zonder chip gevonden aan de {street2}: penning met {name_lc}, {iban}, auto {plate_text}?",
    ),
    (
        "blind25",
        "out",
        "De hond zit bij {org}, {hours}; eigenaar {sur_title} gebeld, {melding}.",
    ),
    (
        "blind25",
        "in",
        "Kerstbomen dumpen bij {addr2}, {postcode_odd}, het lijkt {other_lc}. Tip van {push}: {phone}.",
    ),
    (
        "blind25",
        "out",
        "{firm} ruimt {timespan} op; boete voor {other_initials} loopt, {zaak}, dank {push}.",
    ),
    (
        "blind25",
        "in",
        "Kuil in het fietspad bij {place}, fietser {name} ({phone2!}) is gevallen.",
    ),
    (
        "blind25",
        "out",
        "Reparatie door {firm} {date}, {factuur}; {official} belt {first} in {village}, {switch_alt}.",
    ),
    (
        "blind25",
        "in",
        "Steigerplaats aan de {street} voor de sloep van {double}, {addr3}, {email2}. Boot heet 'Wortel'.",
    ),
    (
        "blind25",
        "out",
        "Steigerplaats {po} per {date}, {amount} per jaar naar {iban_gem}; post naar {postbus}.",
    ),
    (
        "blind25",
        "in",
        "Schapen los op de {street2}, eigenaar {name_rev} ({landline}) reageert niet!",
    ),
    (
        "blind25",
        "out",
        "{org} drijft de schapen {timespan} terug; {sur_title} krijgt {date} een brief, {kenmerk}.",
    ),
    (
        "blind25",
        "in",
        'Doorgestuurd door {colleague}: "{name} ({dob_text}), {addr2}, IBAN {iban_foreign!!}, tel. {phone_abroad}".',
    ),
    (
        "blind25",
        "out",
        "Teruggave aan {first} komt {date} op {iban_flat}, {amount}; {factuur}, vragen {switch}.",
    ),
    # blind26: drawn only by the twenty-sixth blind set (work chats of Meppel employees with
    # residents of the town and villages, contractors and colleagues on new subjects).
    (
        "blind26",
        "in",
        "Beverdam in de Wold Aa achter {addr!}, {postcode}: het weiland van {name} loopt onder. Bel {phone}.",
    ),
    (
        "blind26",
        "out",
        "{official} kijkt {timespan} bij de dam; dank {first}, {melding}, vragen {switch_var}.",
    ),
    (
        "blind26",
        "in",
        "Bliksem sloeg in de eik bij {addr2}, {village}. Tak op de auto van {other} ({plate_text}), tel. {phone2!}.",
    ),
    (
        "blind26",
        "out",
        "{firm} zaagt de eik {date} om, {ref}; schade van {other_first} via {org}, {zaak}.",
    ),
    (
        "blind26",
        "in",
        "Hittegolf: {mate} ({dob}) woont alleen op {addr3}, kan iemand bellen? Dochter {kid} op {phone3}.",
    ),
    (
        "blind26",
        "out",
        "Belrondje ouderen: {colleague_first} belt {mate_first} {timespan}, {project}; koelteplek in {place}.",
    ),
    (
        "blind26",
        "in",
        "Afkoppelsubsidie voor {sur_title}, {addr}, {postcode_odd}, rekening {iban!}.",
    ),
    (
        "blind26",
        "out",
        "Subsidie afkoppelen {amount} voor {first} {sur_title} goedgekeurd, {besluit}; info {url_gem}.",
    ),
    (
        "blind26",
        "in",
        "Tegelwippen in de {street2}: {double!} doen mee, {email}, {phone}.",
    ),
    (
        "blind26",
        "out",
        "{firm} haalt de tegels {date} op bij {sur_title}; zakken tuinaarde via {mailbox2}.",
    ),
    (
        "blind26",
        "in",
        "Picknicktafel bij {place} beklad, zegt {word_first} {sur_lc}. Foto van de dader: {url}",
    ),
    (
        "blind26",
        "out",
        "Dank {word_nick}! {firm} schuurt de tafel {timespan}, {melding}.",
    ),
    (
        "blind26",
        "in",
        "Vlaggenmast bij het dorpshuis van {village} knakt; beheerder {name_rev} belt {landline}.",
    ),
    (
        "blind26",
        "out",
        "{official} spreekt {first} {date} om {time} bij de mast; {firm} zet een nieuwe, {factuur}.",
    ),
    (
        "blind26",
        "in",
        "Kerstverlichting {street}: penningmeester {name}, {email2}, rekening {iban_lc!!}.",
    ),
    (
        "blind26",
        "out",
        "Bijdrage {amount2} voor de verlichting naar {first}, {zaak}, KvK {kvk}, btw {btw}.",
    ),
    (
        "blind26",
        "in",
        "Gemaal in {place} geeft alarm, pomp van {neighbour_title} ({addr2}) draait niet. {push} belt {phone2}.",
    ),
    (
        "blind26",
        "out",
        "Storingsdienst van {org} komt {timespan}; {official} belt {push} terug op {phone2}.",
    ),
    (
        "blind26",
        "in",
        "Kano te water laten bij de {street2}? Vraag van {other_initials}, {email!}, {phone3}.",
    ),
    (
        "blind26",
        "out",
        "Kanosteiger {po} voor {other_sur_title} per {date}, {amount} per seizoen naar {iban_gem}.",
    ),
    (
        "blind26",
        "in",
        "Japanse duizendknoop in de tuin van {other_lc}, {addr3}. Buurman {neighbour_lc} wil hulp, {landline}.",
    ),
    (
        "blind26",
        "out",
        "{firm} bestrijdt de duizendknoop {date}; {official} mailt {other_first} op {email}, {kenmerk}.",
    ),
    (
        "blind26",
        "in",
        "Bladblazer van {sur_lc} op zondag om 7 uur, nr. {housenr}. Opname op {url}, tel. {phone!}.",
    ),
    (
        "blind26",
        "out",
        "{official} gaat {date} langs bij {sur_title}; melder {push} blijft anoniem, {melding}.",
    ),
    (
        "blind26",
        "in",
        "Zonneweide bij {place}: {name} ({dob_text}) wil meedoen, {addr}, BSN {bsn_spaced}.",
    ),
    (
        "blind26",
        "out",
        "Inschrijving zonneweide {first} {sur_title} binnen, {zaak}; avond {date} om {time}, {event}.",
    ),
    (
        "blind26",
        "in",
        "Aansluiten op het warmtenet voor {name_rev}, {addr2!}, {postcode}, klantnr. bij {firm}?",
    ),
    (
        "blind26",
        "out",
        "Warmtenet {project}: {colleague} belt {first} {date}; vragen via {switch_long}.",
    ),
    (
        "blind26",
        "in",
        "Muurschildering op de gevel van {double}, {addr3}. Ontwerp van {kid} staat op {url}.",
    ),
    (
        "blind26",
        "out",
        "Vergunning muurschildering {po}, {amount2} uit het cultuurbudget; {official} belt {first}.",
    ),
    (
        "blind26",
        "in",
        "Defibrillator bij de sportclub weg, laatst gezien bij {mate_short}. {colleague} weet meer, {phone3}.",
    ),
    (
        "blind26",
        "out",
        "{org} levert {date} een nieuwe defibrillator; {colleague_first} hangt hem op in {village}, {factuur}.",
    ),
    (
        "blind26",
        "in",
        "Standbeeld op de markt beklad door {other}, geb. {dob}, {addr2}? Getuige {word_first} op {phone}.",
    ),
    (
        "blind26",
        "out",
        "Aangifte gedaan, {kenmerk}; {firm} reinigt het beeld {timespan}, dank {word_nick}.",
    ),
    (
        "blind26",
        "in",
        "Vleermuizen in de spouwmuur van {sur_title} aan de {street}, nr. {housenr}; isoleren mag niet?",
    ),
    (
        "blind26",
        "out",
        "Ontheffing vleermuizen: {official} komt {date}, zie {url_gem}; {sur_title} hoort het via {mailbox}.",
    ),
    (
        "blind26",
        "in",
        "Boomhut in het plantsoen achter {addr}, gebouwd door {kid} en {nick}, ouders {name} ({phone2}).",
    ),
    (
        "blind26",
        "out",
        "De boomhut mag blijven tot {date}, {besluit}; {firm} keurt hem, dank {first}.",
    ),
    (
        "blind26",
        "in",
        "Openbaar toilet bij de haven kapot, melding van {initials}, {email2!}, tel. {landline}.",
    ),
    (
        "blind26",
        "out",
        "{firm} repareert het toilet {timespan}; havenmeester belt {initials}, {melding}.",
    ),
    (
        "blind26",
        "in",
        "Zoutkist leeg op de helling bij {addr3}, {village}; {other} ({phone_abroad}) gleed uit.",
    ),
    (
        "blind26",
        "out",
        "{org} vult de zoutkist vanmiddag; {official} belt {other_first} over de schade, {zaak}.",
    ),
    (
        "blind26",
        "in",
        "Verkeersspiegel bij de uitrit van {name} aan de {street2} hangt scheef, auto {plate}.",
    ),
    (
        "blind26",
        "out",
        "{firm} stelt de spiegel {date} af, {ref}; dank {first}, vragen {switch_alt}.",
    ),
    (
        "blind26",
        "in",
        "Bankstel gedumpt bij {addr2}, {postcode_odd}; het lijkt van {other_lc}. Tip van {push}, {phone3!}.",
    ),
    (
        "blind26",
        "out",
        "{firm} haalt het bankstel {timespan} op; boete voor {other_initials}, {zaak}, dank {push}.",
    ),
    (
        "blind26",
        "in",
        "Weerstation op het dak van {school}, aanvrager {name_rev}, {email}, {phone}.",
    ),
    (
        "blind26",
        "out",
        "Plaatsing weerstation {po} goedgekeurd; {colleague_first} mailt {first} en {mailbox2}.",
    ),
    (
        "blind26",
        "in",
        "Windmolentje in de tuin van {double}, {addr}, {postcode}. Buren ({neighbour_title}) klagen over geluid.",
    ),
    (
        "blind26",
        "out",
        "{official} meet {date} bij {sur_title}; verder via {wa_gem}, {kenmerk}.",
    ),
    (
        "blind26",
        "in",
        "Onweer stopte de braderie; {name}, kraam 12, wil het staangeld terug op {iban_foreign!}.",
    ),
    (
        "blind26",
        "out",
        "Terugbetaling staangeld {amount} aan {first} {sur_title} op {date}, {factuur}; post naar {postbus}.",
    ),
    (
        "blind26",
        "in",
        "Dakgoot van de gymzaal lekt op de fietsen, zegt {word_first} ({email2}). Conciërge {mate} weet ervan.",
    ),
    (
        "blind26",
        "out",
        "{firm} repareert de goot {date}; {mate_first} laat de zaal open, dank {word_nick}.",
    ),
    (
        "blind26",
        "in",
        "Verhuislift voor de deur van {sur_title}, {addr!!}, op {date}? Kenteken {plate_text}.",
    ),
    (
        "blind26",
        "out",
        "Ontheffing verhuislift {po} voor {first}, {amount2} leges naar {iban_gem}, {zaak}.",
    ),
    (
        "blind26",
        "in",
        "Betrouwbaar ijs op de Wold Aa? {other} vroeg het voor de ijsclub, {phone2}, {email}.",
    ),
    (
        "blind26",
        "out",
        "Geen ijs op vaarten, aldus {official}; {other_first} krijgt het bericht op {date}, zie {url_gem}.",
    ),
    (
        "blind26",
        "in",
        "Hoogwater: zandzakken voor {name}, {addr2}, {village}, BSN {bsn}, mobiel {phone3}.",
    ),
    (
        "blind26",
        "out",
        "{org} brengt {timespan} zandzakken naar {first}; nood buiten kantoortijd {org_phone}.",
    ),
    (
        "blind26",
        "in",
        'Doorgestuurd door {colleague}: "{name} ({dob_text}), {addr3}, IBAN {iban_foreign!!}, tel. {phone_abroad}".',
    ),
    (
        "blind26",
        "out",
        "Vergoeding {amount} voor {first} komt {date} op {iban_flat}; {factuur}, vragen {switch}.",
    ),
    (
        "blind26",
        "in",
        "Mist op de {street}: {mate} ({plate_text}) reed de paal bij {place} om. Bel {phone!}.",
    ),
    (
        "blind26",
        "out",
        "{firm} zet {date} een nieuwe paal, {ref}; kosten voor {mate_first} via {org}, {kenmerk}.",
    ),
    # blind27: drawn only by the twenty-seventh blind set (work chats of Meppel employees with
    # residents of the town and villages, contractors and colleagues on new subjects).
    (
        "blind27",
        "in",
        "Geboorteboom voor {kid}, geboren {dob}: ouders {name}, {addr}, {postcode}, tel. {phone}.",
    ),
    (
        "blind27",
        "out",
        "De geboorteboom van {kid} komt in {place}; {official} plant hem {date}, {zaak}.",
    ),
    (
        "blind27",
        "in",
        "Herdenkingsbank voor mijn vader {other} bij de {street2}? Groet, {word_first}, {email}.",
    ),
    (
        "blind27",
        "out",
        "Bank met plaatje {amount} voor {other_first}, {po}; betalen op {iban_gem} o.v.v. {factuur}.",
    ),
    (
        "blind27",
        "in",
        "Havengeld woonboot van {name_rev} aan de {street}: rekening {iban!}, BSN {bsn_spaced}.",
    ),
    (
        "blind27",
        "out",
        "Havengeld {amount2} voor {sur_title} staat klaar, {besluit}; bezwaar per post naar {postbus}.",
    ),
    (
        "blind27",
        "in",
        "Maretak in de lindes langs {addr2}, {village}; {mate} ({phone2}) vraagt of die weg mag.",
    ),
    (
        "blind27",
        "out",
        "{firm} snoeit de lindes {date}, {ref}; dank {mate_first}, vragen {switch_var}.",
    ),
    (
        "blind27",
        "in",
        "Bon in de blauwe zone bij {school} maar parkeerschijf lag er! Auto {plate_text}, {other}, {phone3}.",
    ),
    (
        "blind27",
        "out",
        "Bezwaar {other_first} over de parkeerschijf ontvangen, {kenmerk}; uitspraak {date}, vragen {switch_long}.",
    ),
    (
        "blind27",
        "in",
        "Mierenplaag in de stoep voor {addr3}, zegt {neighbour_title}. Foto's op {url}, {landline}.",
    ),
    (
        "blind27",
        "out",
        "{official} kijkt {timespan} naar de mieren bij {neighbour_title}, {melding}.",
    ),
    (
        "blind27",
        "in",
        "Duivenpoep onder de spoorbrug bij {place}; {push} glijdt bijna uit, tel. {phone!}.",
    ),
    (
        "blind27",
        "out",
        "{org} plaatst pinnen onder de brug {date}; dank {push}, {melding}.",
    ),
    (
        "blind27",
        "in",
        "Wortels van de gemeentewilg in het riool van {double}, {addr!}, {postcode_odd}.",
    ),
    (
        "blind27",
        "out",
        "{firm} freest de wortels {date} weg bij {sur_title}; schade via {mailbox2}, {zaak}.",
    ),
    (
        "blind27",
        "in",
        "Kappen de populieren aan de {street2}? {name}, {email2}, wil bezwaar maken, geb. {dob_text}.",
    ),
    (
        "blind27",
        "out",
        "Kapbesluit populieren {besluit}; bezwaar van {first} {sur_title} loopt, {kenmerk}.",
    ),
    (
        "blind27",
        "in",
        "Boomspiegel adopteren voor {addr2}? {initials}, {phone2}, {email}.",
    ),
    (
        "blind27",
        "out",
        "Adoptie boomspiegel rond, {po}; {colleague_first} brengt {date} bloembollen naar {first}.",
    ),
    (
        "blind27",
        "in",
        "Straatnaambord {street} mist een letter, zegt {word_first} {sur_lc}, nr. {housenr}.",
    ),
    (
        "blind27",
        "out",
        "{firm} vervangt het bord {timespan}; dank {word_nick}, {melding}.",
    ),
    (
        "blind27",
        "in",
        "Kastanjes deuken de auto van {other_lc} ({plate}) aan de {street2}; foto {url}, tel. {phone3}.",
    ),
    (
        "blind27",
        "out",
        "Schade {other_first} niet voor de gemeente, {kenmerk}; {official} legt het uit {date}.",
    ),
    (
        "blind27",
        "in",
        "Beukenhaag van {sur_title}, {addr3}, hangt over het fietspad bij {school}. Meld: {name_rev}.",
    ),
    (
        "blind27",
        "out",
        "{official} schrijft {sur_title} {date} aan over de haag; {zaak}, vragen {switch_long}.",
    ),
    (
        "blind27",
        "in",
        "Buurtboomgaard {place}: {name} ({dob}) wil plukken, {addr2}, {phone!!}.",
    ),
    (
        "blind27",
        "out",
        "Plukdag buurtboomgaard {date} om {time}, {event}; {first} staat op de lijst, {project}.",
    ),
    (
        "blind27",
        "in",
        "Watertappunt in het park kapot, melding van {other_initials}, {email!}, {landline}.",
    ),
    (
        "blind27",
        "out",
        "{org} repareert het tappunt {timespan}; {other_first} krijgt bericht, {melding}.",
    ),
    (
        "blind27",
        "in",
        "Tiny forest bij {school}: vader {mate} helpt planten, {phone3}, {email2}, filmpje op {url}.",
    ),
    (
        "blind27",
        "out",
        "Plantdag tiny forest {date}, {amount2} subsidie, {besluit}; dank {mate_first}.",
    ),
    (
        "blind27",
        "in",
        "Mezenkastjes tegen de rups: {kid} en {nick} timmeren er tien, ouders {double}, {addr3}.",
    ),
    (
        "blind27",
        "out",
        "{firm} hangt de kastjes {date} op; {official} mailt {first} op {email}.",
    ),
    (
        "blind27",
        "in",
        "Honingdauw van de lindes op de auto van {name} ({plate_text}), {addr}, {village}.",
    ),
    (
        "blind27",
        "out",
        "Lindes aan de {street2} blijven, {besluit}; {official} belt {first} {timespan}.",
    ),
    (
        "blind27",
        "in",
        "Brandhout van de gekapte bomen voor {other}, {addr2}? Betaalt op {iban_flat}, {phone}.",
    ),
    (
        "blind27",
        "out",
        "Brandhout {amount} per kuub voor {other_sur_title}, {factuur}; ophalen {date} in {place} bij {firm}, KvK {kvk}.",
    ),
    (
        "blind27",
        "in",
        "Stobbe frezen voor de deur van {sur_lc}, {addr3}, {postcode}. {push} belt {phone2!}.",
    ),
    (
        "blind27",
        "out",
        "{firm} (KvK {kvk}) freest de stobbe {date}, {ref}; dank {push}, {zaak}, vragen {switch_alt}.",
    ),
    (
        "blind27",
        "in",
        "Natuurspeeltuin {place}: {word_first} ({email2}) wil meehelpen met {kid}, tel. {phone3}.",
    ),
    (
        "blind27",
        "out",
        "Bouwdag natuurspeeltuin {date} om {time}; {colleague} belt {word_nick}, {project}.",
    ),
    (
        "blind27",
        "in",
        "Compostdag: {name_rev} uit {village}, {postcode}, wil een aanhanger vol, kenteken {plate}, {phone}.",
    ),
    (
        "blind27",
        "out",
        "Compost gratis op {date} bij {org}; {first} neemt de pas mee, {hours}.",
    ),
    (
        "blind27",
        "in",
        "Zandbak aan de {street} vol katten, zegt {mate_short}. Tel. {landline}, {email}.",
    ),
    (
        "blind27",
        "out",
        "{firm} verschoont de zandbak {timespan}; dank {mate_first}, {melding}.",
    ),
    (
        "blind27",
        "in",
        "IJscokar aan de {street2}: {name}, KvK {kvk}, rekening {iban_lc!!}, BSN {bsn}.",
    ),
    (
        "blind27",
        "out",
        "Standplaats ijscokar {po}, {amount2} per seizoen naar {iban_gem}; btw {btw}.",
    ),
    (
        "blind27",
        "in",
        "Huisnummerbord kwijt na de verbouwing van {double}, {addr2}; post voor {other} komt niet aan.",
    ),
    (
        "blind27",
        "out",
        "Nieuw bord voor {sur_title} via {mailbox} of {postbus}, {amount}; {official} komt {date}.",
    ),
    (
        "blind27",
        "in",
        "Camper van {other} ({plate_text}) staat al weken op de {street}, buurman {neighbour_lc}.",
    ),
    (
        "blind27",
        "out",
        "{official} spreekt {other_first} {date} aan; boete {amount2}, {zaak}.",
    ),
    (
        "blind27",
        "in",
        "Extra groene container voor {initials}, {addr3}, {postcode_odd}, IBAN {iban!}.",
    ),
    (
        "blind27",
        "out",
        "Extra container {amount} per jaar voor {sur_title}, {factuur}; info {url_gem} of {switch_long}.",
    ),
    (
        "blind27",
        "in",
        "Kat met chip gevonden bij {addr}, eigenaar {name_lc}? Vinder {word_first}, {phone_abroad}.",
    ),
    (
        "blind27",
        "out",
        "{org} belde {first}; de kat is thuis, dank {word_nick}, {melding}.",
    ),
    (
        "blind27",
        "in",
        "Valse eik bij {school} scheurt; {colleague} zag het, {mate} ({phone2}) ook.",
    ),
    (
        "blind27",
        "out",
        "Boomcontrole {ref} {date}; {firm} zet hekken, {colleague_first} belt {mate_first}.",
    ),
    (
        "blind27",
        "in",
        "Kerstboom huren: {name}, {addr2}, wil er een met kluit, {email}, IBAN {iban_foreign!!}.",
    ),
    (
        "blind27",
        "out",
        "Kerstboom {amount2} voor {first} {sur_title}, ophalen {date} in {place}; {factuur}.",
    ),
    (
        "blind27",
        "in",
        'Doorgestuurd door {colleague}: "Knotwilgen {name} ({dob_text}), {addr3}, tel. {phone_abroad}".',
    ),
    (
        "blind27",
        "out",
        "Knotploeg {org} komt {date} bij {first}; {amount} vergoeding op {iban_flat}, vragen {switch}.",
    ),
    (
        "blind27",
        "in",
        "Bladkorf vol aan de {street}, zegt {other} ({email2}). Nr. {housenr}, bel {phone3}.",
    ),
    (
        "blind27",
        "out",
        "{firm} leegt de bladkorf {timespan}; dank {other_first}, {project}, {switch_alt}.",
    ),
    # blind28: drawn only by the twenty-eighth blind set (work chats of Meppel employees with
    # residents, volunteers, clubs and colleagues about events, civil affairs and the water).
    ("blind28", "in", "Vrijwilliger ijsbaan: {name}, {addr}, {postcode}, bereikbaar op {phone!}."),
    (
        "blind28",
        "out",
        "Dank {first}, de ijsbaan gaat open zodra {official} het ijs keurt; {zaak}, {date}.",
    ),
    (
        "blind28",
        "in",
        "Lampionnenoptocht loopt langs {addr2} in {village}; aanvraag door {double}, mail graag naar {email} want bellen lukt overdag niet.",
    ),
    (
        "blind28",
        "out",
        "Ontheffing optocht {po}, leges {amount} op {iban_gem} o.v.v. {factuur}; vragen {switch_var}.",
    ),
    (
        "blind28",
        "in",
        "Oma {other} wordt 100 ({dob})! Ze woont aan de {addr3}, {postcode_odd}; kleinzoon {nick}, {phone2!}.",
    ),
    (
        "blind28",
        "out",
        "De burgemeester komt {date} om {time} bij {other_sur_title} langs; {official} regelt bloemen, {kenmerk}.",
    ),
    (
        "blind28",
        "in",
        "Mijn ouders {double} zijn 60 jaar getrouwd, {addr}, {village}. Groet, {mate}, {email2}.",
    ),
    (
        "blind28",
        "out",
        "Felicitatie diamanten paar {date}, {kenmerk}; {colleague_first} bakt taart.",
    ),
    (
        "blind28",
        "in",
        "Voordracht lintje voor {name_rev}, geboren {dob_text}, BSN {bsn_spaced}, wonend {addr!}.",
    ),
    (
        "blind28",
        "out",
        "Voordracht van {first} {sur_title} ontvangen, {zaak}; aanvullingen vóór {date} naar {postbus}.",
    ),
    (
        "blind28",
        "in",
        "Weesfiets bij het station is van {sur_lc}, hij woont op {addr2}; bel even {phone3}.",
    ),
    (
        "blind28",
        "out",
        "Weesfietsen staan bij {firm}, {hours}; ophalen kost {amount2}, {melding}, info {switch_alt}.",
    ),
    (
        "blind28",
        "in",
        "Gondelvaart: boot van {name} doet mee, ligplaats {street}. Inschrijfgeld van {iban!}, tel. {phone}.",
    ),
    (
        "blind28",
        "out",
        "Inschrijving gondelvaart {amount} ontvangen, {factuur}; {event} start {date} om {time}.",
    ),
    (
        "blind28",
        "in",
        "Jeu-de-boulesbaan aan de {street2} vol onkruid, zegt {neighbour_title} van nr. {housenr}, {landline}.",
    ),
    ("blind28", "out", "{firm} harkt de boulesbaan {timespan}; dank {neighbour_title}, {melding}."),
    (
        "blind28",
        "in",
        "Rijbewijs gevonden op de {street}: {other} ({dob}), {addr3}, {postcode}. Ligt bij mij, {word_first}.",
    ),
    (
        "blind28",
        "out",
        "Het rijbewijs van {other_first} kan naar Burgerzaken, {hours}; of bel {switch_long}.",
    ),
    (
        "blind28",
        "in",
        "Verhuizing doorgeven: {name}, BSN {bsn}, van {addr} naar {addr2} in {village}, per {date}.",
    ),
    ("blind28", "out", "Verhuizing {first} verwerkt, {kenmerk}; {official} stuurt de bevestiging."),
    (
        "blind28",
        "in",
        "Carbid schieten op het land van {sur_title} aan de {street2}? Vraagt {push} ({phone_abroad}).",
    ),
    (
        "blind28",
        "out",
        "Carbid mag op oudjaarsdag van {time} tot {time2}, {besluit}; dank {push}, {zaak}.",
    ),
    (
        "blind28",
        "in",
        "Vuurwerkafval ligt nog voor nr. {housenr} aan de {street}, zegt {word_first} {sur_lc}.",
    ),
    ("blind28", "out", "{org} ruimt het {timespan} op; dank {word_nick}, {melding}."),
    (
        "blind28",
        "in",
        "Kermis: exploitant {other}, KvK {kvk}, rekening {iban_lc!!}, mail {email} voor de standplaats.",
    ),
    ("blind28", "out", "Standplaats kermis {po}, {amount2} excl. btw; btw-nr. {btw}, {factuur}."),
    (
        "blind28",
        "in",
        "Straatfeest {street2}: afzetten van 14 tot 23 uur? Contact {mate_short}, {phone!!}.",
    ),
    (
        "blind28",
        "out",
        "Ontheffing straatfeest {zaak}; {firm} brengt hekken {date}, vragen {mailbox2}.",
    ),
    (
        "blind28",
        "in",
        "Volkstuin 12 opzeggen: {initials}, {addr2}, {postcode}, borg terug op {iban_flat}.",
    ),
    (
        "blind28",
        "out",
        "Borg {amount} gaat terug naar {sur_title}, {factuur}; nieuwe huurders via {url_gem}.",
    ),
    (
        "blind28",
        "in",
        "Schoolzwemmen: {kid} van {name} ({school}) mist de bus, mail {email2} of bel {phone3}.",
    ),
    (
        "blind28",
        "out",
        "{school} zwemt weer {date} om {time}, {project}; {colleague} belt {first}.",
    ),
    (
        "blind28",
        "in",
        "Sloep van {other_lc} ligt op de kade en zijn auto ({plate}) ernaast; foto's op {url}.",
    ),
    ("blind28", "out", "{official} bekijkt de kade {date}, {ref}; dank {other_first}."),
    (
        "blind28",
        "in",
        "Intocht: {kid} loopt mee als hulppiet, ouders {double}, {phone3}, {addr3}.",
    ),
    ("blind28", "out", "Intocht {date}, {event}; {colleague} belt {mate_first} over de route."),
    (
        "blind28",
        "in",
        "Naamgebruik: {name_rev} ({dob_text}) wil de naam van partner {mate} voeren, BSN {bsn}.",
    ),
    ("blind28", "out", "Naamgebruik {first} gewijzigd, {kenmerk}, kosten {amount2}."),
    (
        "blind28",
        "in",
        "Post voor {other} op {addr3}, maar die woont er al lang niet meer, zegt {name}: {email!}.",
    ),
    (
        "blind28",
        "out",
        "Adresonderzoek {zaak}; {official} gaat {timespan} langs aan de {street2}.",
    ),
    (
        "blind28",
        "in",
        "Bal van het trapveldje weer in de tuin van {neighbour_lc}, {addr}; {first} belt {phone2}.",
    ),
    ("blind28", "out", "{firm} hoogt het hek op {date}, {melding}; dank {first}."),
    (
        "blind28",
        "in",
        "Bezoekersvergunning: {name}, kenteken {plate_text}, {addr2}, afschrijven van {iban!}.",
    ),
    (
        "blind28",
        "out",
        "Bezoekersvergunning {po}, {amount} per jaar naar {iban_gem}, {factuur}; vragen {switch_long}.",
    ),
    (
        "blind28",
        "in",
        "Trouwen in Museum De Wemme: {double}, getuigen {mate} en {other}, mail {email2}.",
    ),
    (
        "blind28",
        "out",
        "Trouwdatum {date} om {time} staat, {amount2}; {official} neemt contact op met {first}.",
    ),
    (
        "blind28",
        "in",
        "Sleutel buurtkamer ligt bij {word_first} op {addr}, bel {phone!} of app {nick}.",
    ),
    ("blind28", "out", "Sleutel ophalen kan {hours}; of bel {switch_var}, dank {word_nick}."),
    (
        "blind28",
        "in",
        'Doorgestuurd van {colleague_first}: "Kano van {name} ({plate}) beschadigd, {addr2}, IBAN {iban_foreign!!}".',
    ),
    ("blind28", "out", "Schade kano {kenmerk}; {firm} maakt een offerte, vragen {mailbox2}."),
    (
        "blind28",
        "in",
        "IJsclub vrijwilligers: {name_rev}, {mate_short}, {other_initials}, vaste lijn {landline}.",
    ),
    ("blind28", "out", "IJsbaan open {date}, dagkaart {amount}; meer op {url_gem}."),
    (
        "blind28",
        "in",
        "Bootje zonder naam aan de {street}: eigenaar is {sur_title}? {phone3}, {postcode}.",
    ),
    ("blind28", "out", "{official} plakt {date} een sticker, {ref}; dank voor de tip."),
    (
        "blind28",
        "in",
        "4 mei: krans namens {double}, {addr3}; bevestiging naar {email}.",
    ),
    ("blind28", "out", "Krans {amount2} besteld, {event}; {colleague_first} legt hem neer."),
    (
        "blind28",
        "in",
        "Feest bij {sur_lc} op nr. {housenr} tot 4 uur, melder {first} ({phone2}); {other_first} hoorde het ook.",
    ),
    (
        "blind28",
        "out",
        "{official} spreekt {sur_title} aan, {melding}; 's nachts {switch} of {org_phone}.",
    ),
    (
        "blind28",
        "in",
        "Oud papier: penningmeester {name}, rekening {iban_lc}, KvK {kvk}, mail {email2}.",
    ),
    (
        "blind28",
        "out",
        "Vergoeding {amount} per ton, {factuur}; uitbetaling {date}, vragen {switch_var}.",
    ),
    (
        "blind28",
        "in",
        "Marktkraam {name_lc} wil naast {firm}: {addr!!}, {postcode}, tel. {phone_abroad}.",
    ),
    (
        "blind28",
        "out",
        "Marktplek {po} vanaf {date}, {amount2} per week, btw {btw}; vragen {mailbox}.",
    ),
    (
        "blind28",
        "in",
        "Geit van de kinderboerderij in de tuin van {other}, {addr2}; {word_first} belt {phone3}.",
    ),
    (
        "blind28",
        "out",
        "{org} haalt de geit {timespan} op, {project}; WhatsApp {wa_gem} of {switch_alt}.",
    ),
    # blind29: drawn only by the twenty-ninth blind set (work chats of Meppel employees with
    # residents, volunteers, clubs and colleagues about elections, civil affairs, sport, care
    # and the neighbourhood).
    (
        "blind29",
        "in",
        "Volmacht: mijn moeder {double!} ligt in het ziekenhuis, ik stem voor haar. {name}, {phone!}.",
    ),
    (
        "blind29",
        "out",
        "Volmacht voor {other_sur_title} kan tot {date} via {url_gem}; {zaak}.",
    ),
    (
        "blind29",
        "in",
        "Stempas kwijt, {initials}, {addr!}, {postcode}, geboren {dob}. Nieuwe graag!",
    ),
    (
        "blind29",
        "out",
        "Vervangende stempas voor {name} kan {hours} in {school}, of bel {switch}; {kenmerk}.",
    ),
    (
        "blind29",
        "in",
        "Uitnodiging naturalisatie ontvangen: {name_rev}, BSN {bsn_spaced}, met partner {mate}.",
    ),
    (
        "blind29",
        "out",
        "Welkom {first} en {mate_first}! {event} is {date} om {time} in {school}; vragen {switch}.",
    ),
    (
        "blind29",
        "in",
        "Geboorteaangifte van {kid}, vader {name}, {addr2}, {village}; BSN moeder {bsn}.",
    ),
    (
        "blind29",
        "out",
        "Aangifte {kid} verwerkt, {zaak}; gefeliciteerd {first} en {other_first}!",
    ),
    (
        "blind29",
        "in",
        "As van {other} ({dob_text}) uitstrooien in het park aan de {street}? Familie {sur_lc}, {phone2}.",
    ),
    (
        "blind29",
        "out",
        "Toestemming asverstrooiing {other_first} {date}, {besluit}; gecondoleerd, {nick}.",
    ),
    (
        "blind29",
        "in",
        "Hond overleden, hondenbelasting stoppen graag: {initials}, {addr3}, rekening {iban!}.",
    ),
    (
        "blind29",
        "out",
        "Hondenbelasting {sur_title} stopt per {date}, {amount} terug op {iban_flat}; vragen {switch_long}.",
    ),
    (
        "blind29",
        "in",
        "Kwijtschelding: {name}, {addr}, {postcode_odd}, IBAN {iban_flat}, BSN {bsn}, mail {email!}.",
    ),
    (
        "blind29",
        "out",
        "Uw kwijtschelding staat onder {kenmerk}; betalen naar {iban_gem} hoeft nu niet, {first}.",
    ),
    (
        "blind29",
        "in",
        "Volleybal huurt {ref} van {school}, contact {mate_short}, {email2}, {phone3}.",
    ),
    (
        "blind29",
        "out",
        "Zaalhuur {po}: {amount2} per uur, {time} tot {time2}; factuur naar {mate_short}, {email2}.",
    ),
    (
        "blind29",
        "in",
        "Repair Café in de wijkruimte: {name_lc} en {other_lc} repareren, {other_first} neemt de sleutel.",
    ),
    (
        "blind29",
        "out",
        "{org} mag de ruimte {date} gebruiken; {other_first} belt {switch_var} bij storing.",
    ),
    (
        "blind29",
        "in",
        "Gids Open Monumentendag: {other_initials}, {addr3}, {phone!}, kent de {street2} goed.",
    ),
    (
        "blind29",
        "out",
        "Gidsen verzamelen {date} om {time} bij {school}; {colleague} brengt koffie, afmelden via {switch}.",
    ),
    (
        "blind29",
        "in",
        "Gehandicaptenparkeerplaats voor {name}, {addr}, {postcode}, kenteken {plate_text}.",
    ),
    (
        "blind29",
        "out",
        "Aanvraag parkeerplaats {first} {zaak}; {official} meet {timespan} bij nr. {housenr}.",
    ),
    (
        "blind29",
        "in",
        "Scootmobiel van {word_first} {sur_lc} kapot, {addr2}. Zoon {other_first}: {phone_abroad}.",
    ),
    (
        "blind29",
        "out",
        "{firm} (btw {btw}) haalt de scootmobiel {timespan} op, {kenmerk}; dank {word_nick}.",
    ),
    (
        "blind29",
        "in",
        "Taalmaatje gezocht voor {mate}, spreekt Tigrinya; ik ben {name_rev}, {email}, {phone_abroad}.",
    ),
    (
        "blind29",
        "out",
        "{org} koppelt {mate_first} {date}; intake op {school}, {hours}.",
    ),
    (
        "blind29",
        "in",
        "Buurtpreventie: garage van {neighbour_lc} op {addr!!} staat open, zijn auto {plate} weg?",
    ),
    (
        "blind29",
        "out",
        "{official} rijdt langs bij {neighbour_title}, {melding}; bij nood {org_phone}, anders {switch_alt}.",
    ),
    (
        "blind29",
        "in",
        "Collecte voor {org} bij de supermarkt: {double}, {phone3}, KvK {kvk}, rekening {iban_lc!!}.",
    ),
    (
        "blind29",
        "out",
        "Collectevergunning {po} voor {double} tot {date}, leges {amount2} op {iban_gem}.",
    ),
    (
        "blind29",
        "in",
        "Kampvuur scouting bij {village}? Leiding: {mate_short} en {colleague_first}, {phone}, {email}.",
    ),
    (
        "blind29",
        "out",
        "Stookontheffing {po}, {date} van {time} tot {time2}; {besluit}, dank {mate_first}.",
    ),
    (
        "blind29",
        "in",
        "Telefoon laten liggen bij de balie! Van {name}, hoesje met foto van {kid}, bel {landline} of {phone_abroad}.",
    ),
    (
        "blind29",
        "out",
        "{official} heeft de telefoon van {first}, ophalen {hours} met ID.",
    ),
    (
        "blind29",
        "in",
        "Regenton-subsidie: {initials}, {addr3}, {postcode}, IBAN {iban!}, bon op {url}.",
    ),
    (
        "blind29",
        "out",
        "Subsidie {amount2} voor {initials} toegekend, {zaak}; bezwaar naar {postbus}.",
    ),
    (
        "blind29",
        "in",
        "Lichten sportpark branden de hele nacht, zegt {neighbour_title} van nr. {housenr}, {landline}.",
    ),
    (
        "blind29",
        "out",
        "{firm} zet de klok van {ref} goed {timespan}; dank {neighbour_title}, {melding}.",
    ),
    (
        "blind29",
        "in",
        "Avondvierdaagse: verkeersregelaars {name}, {other} en {mate}, app {phone2!} voor de route.",
    ),
    (
        "blind29",
        "out",
        "{event} start {date} om {time}; hesjes voor {other} en {mate} bij {firm}.",
    ),
    (
        "blind29",
        "in",
        "Elke ochtend staat de {plate} op de stoep bij {school}, zegt {word_first} ({phone3}).",
    ),
    (
        "blind29",
        "out",
        "{official} controleert {timespan}, {melding}; dank {word_first}, tip ook via {wa_gem}.",
    ),
    (
        "blind29",
        "in",
        "Vrijwillig chauffeur voor ouderen: {name}, geb. {dob}, {addr2}, {email2}, tel {phone!}.",
    ),
    (
        "blind29",
        "out",
        "Gratis VOG aangevraagd voor {first}, {kenmerk}; {colleague_first} belt nog.",
    ),
    (
        "blind29",
        "in",
        "Buurtbudget plantenbakken {street}: {name_rev}, {addr}, {postcode}; {other} doet mee.",
    ),
    (
        "blind29",
        "out",
        "Buurtbudget {project} goedgekeurd, {amount}; bonnetjes naar {mailbox}, {first}.",
    ),
    (
        "blind29",
        "in",
        "ID-kaart verloren in {village}: {other}, geb. {dob_text}, BSN {bsn_spaced}, nu op {addr2}.",
    ),
    (
        "blind29",
        "out",
        "Vermissing {other_first} staat, {zaak}; afspraak {date} om {time}, kosten {amount2}.",
    ),
    (
        "blind29",
        "in",
        "Schaakclub zoekt zaal: voorzitter {name}, secretaris {other_initials}, {email2}.",
    ),
    (
        "blind29",
        "out",
        "{school} heeft {ref} vrij op dinsdag; {first} mailt {mailbox2} of belt {switch_long}.",
    ),
    (
        "blind29",
        "in",
        'Doorgestuurd van {colleague_first}: "Huurder {other} ({plate}) op {addr3} betaalt via {iban_foreign!!}".',
    ),
    (
        "blind29",
        "out",
        "Opschoondag {date}, grijpers bij {firm} (btw {btw}); {colleague} belt {mate_first}, {switch_alt}.",
    ),
    (
        "blind29",
        "in",
        "Uittreksel nodig voor huurcontract: {name}, {addr}, {village}, mail {email}.",
    ),
    (
        "blind29",
        "out",
        "Uittreksel {amount2} via {url_gem} of aan de balie, {factuur}; {official} helpt, {sur_title}.",
    ),
    (
        "blind29",
        "in",
        "Net van de voetbalkooi kapot, zegt {kid} van {sur_title} ({addr2}); papa {phone3}.",
    ),
    (
        "blind29",
        "out",
        "Nieuw net {date}, {melding}; dank {kid}, groet aan {sur_title}. WhatsApp {wa_gem}.",
    ),
    (
        "blind29",
        "in",
        "Huishoudelijke hulp voor {other}, {addr3}, {postcode_odd}; dochter {first} {sur_lc}, {phone3}.",
    ),
    (
        "blind29",
        "out",
        "{official} komt {date} om {time} voor het keukentafelgesprek, {kenmerk}.",
    ),
    (
        "blind29",
        "in",
        "Sportpas voor {kid}, moeder {double!}, {addr2}, {postcode}, IBAN {iban}.",
    ),
    (
        "blind29",
        "out",
        "Sportpas {kid} goedgekeurd, {besluit}; {official} belt {timespan}, of bel {switch}.",
    ),
    # blind30: drawn only by the thirtieth blind set (work chats of Meppel employees with
    # residents, colleagues and firms about permits, public space, civil affairs, the counter and
    # the office).
    (
        "blind30",
        "in",
        "Kapvergunning voor de eik in onze tuin: {name}, {addr!}, {postcode}, tel. {phone}.",
    ),
    (
        "blind30",
        "out",
        "Kapaanvraag {first} staat onder {zaak}; {official} komt {timespan} kijken bij nr. {housenr}.",
    ),
    (
        "blind30",
        "in",
        "Bankje ter nagedachtenis aan mijn man {other} ({dob_text}), graag aan de {street}. {double}, {phone3}.",
    ),
    (
        "blind30",
        "out",
        "Herdenkingsbankje voor {other_sur_title}: {amount} via {iban_gem}, plaatsing {date} door {firm}.",
    ),
    (
        "blind30",
        "in",
        "Kan iemand mijn brugdienst van {date} overnemen? Groet {colleague}, {phone!}, {email2}.",
    ),
    (
        "blind30",
        "out",
        "Ik neem de dienst van {colleague_first} over, {time} tot {time2} bij de {street2}; rooster naar {mailbox2}.",
    ),
    (
        "blind30",
        "in",
        "Leerlingenvervoer voor {kid} ({dob}), {addr2}, {village}; ouder {name_rev}, {email}.",
    ),
    (
        "blind30",
        "out",
        "{firm} rijdt {kid} vanaf {date} om {time} naar {school}; vragen via {switch}, {kenmerk}.",
    ),
    (
        "blind30",
        "in",
        "Bouwcontainer voor de deur van {neighbour_title} op {addr3}, vrachtwagen {plate_text} blokkeert alles.",
    ),
    (
        "blind30",
        "out",
        "Ontheffing container {po} voor {neighbour_title} loopt tot {date}; {melding}, dank {word_first}.",
    ),
    (
        "blind30",
        "in",
        "Huisnummer aanvragen voor ons nieuwe huis naast {addr!}: {initials}, {email2}, {phone_abroad}.",
    ),
    (
        "blind30",
        "out",
        "Huisnummerbesluit {besluit}: {other_initials} krijgt {addr3}, {postcode_odd}; bezwaar naar {postbus}.",
    ),
    (
        "blind30",
        "in",
        "Wij vertrekken naar het buitenland: {name} en {mate}, BSN {bsn} en {bsn_spaced}.",
    ),
    (
        "blind30",
        "out",
        "Vertrek {first} en {mate_first} verwerkt per {date}, {zaak}; uittreksel kost {amount2}, bel {switch_long}.",
    ),
    (
        "blind30",
        "in",
        "Rijbewijs verlopen, keuring is gedaan: {name_lc}, geb. {dob}, BSN {bsn}, {addr}, {phone2!}.",
    ),
    (
        "blind30",
        "out",
        "{official} legt het rijbewijs van {sur_title} klaar, ophalen {hours} in het {school}.",
    ),
    (
        "blind30",
        "in",
        "Getuigen voor ons huwelijk: {other} en {mate_short}; de aanstaande bruid {name}, {email!}.",
    ),
    (
        "blind30",
        "out",
        "Huwelijk {date} om {time} in {school}, {factuur}; getuigen {other_first} en {mate_first} ID mee.",
    ),
    (
        "blind30",
        "in",
        "Pasje van de ondergrondse container doet het niet: {initials}, {addr2}, {postcode}, {landline}.",
    ),
    (
        "blind30",
        "out",
        "Nieuw containerpasje ligt {date} klaar aan de balie, {melding}; vragen {switch_long} of {mailbox}, {first}.",
    ),
    (
        "blind30",
        "in",
        "Energiecoach graag langs bij {name}, {addr3}, {postcode}; bon terug op {iban!!}.",
    ),
    (
        "blind30",
        "out",
        "Energiecoach {colleague} komt {date} om {time} bij {first}; waardebon {amount2}, {project}.",
    ),
    (
        "blind30",
        "in",
        "Mantelzorgwaardering voor {other}, die zorgt voor mijn moeder {double}; IBAN {iban_flat}.",
    ),
    (
        "blind30",
        "out",
        "Waardering {amount} voor {other_first} gaat {timespan} naar {iban_flat}; {kenmerk}.",
    ),
    (
        "blind30",
        "in",
        "Peuteropvang: is er plek voor {kid}? Moeder {mate}, BSN kind {bsn_spaced}, {phone3}.",
    ),
    (
        "blind30",
        "out",
        "{org} belt {mate_first} {timespan} over een plek bij {school}, {zaak}.",
    ),
    (
        "blind30",
        "in",
        "Bezwaar WOZ-waarde {addr!}, eigenaar {name_rev}, BSN {bsn}, mail {email2}.",
    ),
    (
        "blind30",
        "out",
        "WOZ-bezwaar {sur_title} ontvangen, {kenmerk}; de taxateur komt {date}, vragen {switch_long}.",
    ),
    (
        "blind30",
        "in",
        "Graffiti in de tunnel bij de {street}, de zoon van {neighbour_lc} ({kid}) zag het gebeuren, {phone!}.",
    ),
    (
        "blind30",
        "out",
        "{firm} reinigt de tunnel {timespan}, {melding}; bedankt {word_nick}, tips ook via {wa_gem}.",
    ),
    (
        "blind30",
        "in",
        "Lantaarnpaal {ref} bij {addr3} knippert al weken, zegt {name} ({phone2}, {email}).",
    ),
    (
        "blind30",
        "out",
        "{org} vervangt {ref} {date}, {melding}; bij gevaar {org_phone}, anders {switch_var}.",
    ),
    (
        "blind30",
        "in",
        "Eikenprocessierups op het plein van {school}! Meester {other_lc} heeft foto's, {email}.",
    ),
    (
        "blind30",
        "out",
        "{firm} zuigt de rupsen {timespan} weg, {po}; {official} informeert {other_sur_title}.",
    ),
    (
        "blind30",
        "in",
        "Zwerfkatten in de schuur van {sur_lc} aan de {addr2}, {village}; {first} belt {phone_abroad}.",
    ),
    (
        "blind30",
        "out",
        "{org} vangt de katten {date}, {kenmerk}; dank {nick}, meer info op {url_gem}.",
    ),
    (
        "blind30",
        "in",
        "Stageplek voor {kid} (BSN {bsn_spaced})? Moeder {name}, {addr}, {postcode_odd}, {email!}.",
    ),
    (
        "blind30",
        "out",
        "Stage {kid} bij {group} vanaf {date}, begeleider {colleague}; contract via {mailbox2}.",
    ),
    (
        "blind30",
        "in",
        "Ik val maandag in aan de balie voor {colleague_first}, bel me op {phone3} of {landline}. {word_first}",
    ),
    (
        "blind30",
        "out",
        "Rooster balie {date}: {word_first} {time} tot {time2}, {colleague_first} vrij; ruilen via {mailbox2}.",
    ),
    (
        "blind30",
        "in",
        "Schade aan dienstauto {plate} op de {street2}, tegenpartij {other} ({plate_text}), {phone!}.",
    ),
    (
        "blind30",
        "out",
        "Schade {plate} gemeld bij {firm}, {factuur}; {colleague} vult het formulier in, {zaak}.",
    ),
    (
        "blind30",
        "in",
        "Bewonersvergunning voor {name_rev}, {addr3}, kenteken {plate_text}, IBAN {iban_lc!!}.",
    ),
    (
        "blind30",
        "out",
        "Parkeervergunning {po} voor {sur_title}, {amount} per jaar naar {iban_gem}; balie {hours}.",
    ),
    (
        "blind30",
        "in",
        "Sleutel van de gemeentewerf kwijt, had {colleague} hem? Anders {mate_short}, {phone2!}, {email2}.",
    ),
    (
        "blind30",
        "out",
        "Reservesleutel bij {official}, {time} op de werf; {colleague_first} tekent af, {kenmerk}, of bel {switch_alt}.",
    ),
    (
        "blind30",
        "in",
        "Kerstpakket graag naar mijn huisadres: {name}, {addr!}, {postcode}, {village}. Groet {nick}",
    ),
    (
        "blind30",
        "out",
        "Kerstpakketten {date} via {firm}, {amount2} p.p.; adressen naar {mailbox2}, {project}.",
    ),
    (
        "blind30",
        "in",
        "Foodtruck op de weekmarkt? {initials}, KvK {kvk}, btw {btw}, {phone}, {email2}.",
    ),
    (
        "blind30",
        "out",
        "Standplaats {po} voor {sur_title}, {date} aan de {street}; leges {amount2}, {factuur}, info {switch_var}.",
    ),
    (
        "blind30",
        "in",
        "Buurtbarbecue aan de {street}, aanvrager {double!}, {addr2}, mobiel {phone}.",
    ),
    (
        "blind30",
        "out",
        "Evenementenvergunning {po} {date} tot {time2}; {official} belt {first}, {besluit}.",
    ),
    (
        "blind30",
        "in",
        "Schutting van {neighbour_title} staat op ons erf, {addr!!}, zie de foto. {name}",
    ),
    (
        "blind30",
        "out",
        "{official} meet {timespan} de erfgrens, {zaak}; {neighbour_title} krijgt ook bericht.",
    ),
    (
        "blind30",
        "in",
        "Dakkapel {addr3}: tekening van {firm}, aanvrager {other}, geb. {dob_text}, {url}.",
    ),
    (
        "blind30",
        "out",
        "Omgevingsvergunning {zaak} voor {other_initials}, besluit {date}, leges {amount}.",
    ),
    (
        "blind30",
        "in",
        "Doorgestuurd door {colleague_first}: 'Terugbetaling aan {other} op {iban_foreign!!} graag'.",
    ),
    (
        "blind30",
        "out",
        "Terugbetaling {amount2} aan {other_first} {timespan}, {factuur}; {colleague} keurt goed.",
    ),
    (
        "blind30",
        "in",
        "Portemonnee gevonden bij {school}: van {name}, {addr2}, BSN {bsn_spaced}, {phone_abroad}.",
    ),
    (
        "blind30",
        "out",
        "Portemonnee {first} ligt bij {official}, {hours}; vragen {switch}, {melding}.",
    ),
    # blind31: drawn only by the thirty-first blind set (work chats of Meppel employees with
    # residents, colleagues and firms about Wmo, debt help, waste, events, compulsory
    # education, enforcement and civil affairs).
    (
        "blind31",
        "in",
        "Huishoudelijke hulp aanvragen voor mijn vader {other}, {addr!}, {postcode}; ik ben {name}, {phone}.",
    ),
    (
        "blind31",
        "out",
        "Wmo-melding {zaak} voor {other_sur_title} staat; {official} komt {timespan} langs op nr. {housenr}.",
    ),
    (
        "blind31",
        "in",
        "Traplift bij {initials} op {addr3} is kapot, ze kan niet meer naar boven. Dochter {double!}, {phone3}.",
    ),
    (
        "blind31",
        "out",
        "{firm} repareert de traplift {date} om {time}, {kenmerk}; spoed {org_phone} of {switch}.",
    ),
    (
        "blind31",
        "in",
        "Scootmobiel voor mijn moeder ({dob_text}), {name_rev}, {addr2}, {village}, mail {email}.",
    ),
    (
        "blind31",
        "out",
        "Indicatie scootmobiel {sur_title} akkoord, {besluit}; levering via {firm}, vragen {mailbox2}.",
    ),
    (
        "blind31",
        "in",
        "We staan rood en er komt beslag op het loon van {mate}. Ik ben {first}, {phone2!}, BSN {bsn}.",
    ),
    (
        "blind31",
        "out",
        "Intake schuldhulp {first} en {mate_first} op {date} om {time} in het {school}, {zaak}; papieren mee.",
    ),
    (
        "blind31",
        "in",
        "Betalingsregeling gevraagd bij {firm}, rekening op naam van {name}, IBAN {iban!!}.",
    ),
    (
        "blind31",
        "out",
        "Regeling {amount} per maand loopt vanaf {date}, {kenmerk}; {official} belt {mate_first} {timespan}.",
    ),
    (
        "blind31",
        "in",
        "Energietoeslag nog niet ontvangen: {name_lc}, {addr}, {postcode_odd}, rek. {iban_flat}.",
    ),
    (
        "blind31",
        "out",
        "Energietoeslag {amount2} voor {sur_title} gaat {timespan} de deur uit, {factuur}; info {url_gem}.",
    ),
    (
        "blind31",
        "in",
        "Budgetbeheer {other} graag overnemen, hij woont nu bij {neighbour_title} op {addr3}; {email2}.",
    ),
    (
        "blind31",
        "out",
        "Budgetbeheer {other_first} via {org}, {project}; overleg {date} met {colleague}.",
    ),
    (
        "blind31",
        "in",
        "Kliko is kapot gereden door de wagen! {initials}, {addr!}, {postcode}, {landline}.",
    ),
    (
        "blind31",
        "out",
        "Nieuwe kliko voor {sur_title} komt {date}, {melding}; afvalpas kwijt? {switch_var}.",
    ),
    (
        "blind31",
        "in",
        "Grofvuil ophalen bij {name}, {addr2}, {village}: bankstel en matras. Tel {phone!}.",
    ),
    (
        "blind31",
        "out",
        "Grofvuil {first} op {date}, {amount2} naar {iban_gem} o.v.v. {factuur}; vragen {switch_alt}.",
    ),
    (
        "blind31",
        "in",
        "Buurman {neighbour_lc} zet zijn zakken elke week naast de container aan de {street}, zie foto.",
    ),
    (
        "blind31",
        "out",
        "{official} spreekt {neighbour_title} aan over bijplaatsing, {melding}; dank {word_nick}.",
    ),
    (
        "blind31",
        "in",
        "Aanvraag straatfeest Koningsdag in de {street}, contact {double}, {phone3}, {email!}.",
    ),
    (
        "blind31",
        "out",
        "Evenementenvergunning {po} voor de {street}, {date} tot {time2}; {besluit}, leges {amount2} op {iban_gem}.",
    ),
    (
        "blind31",
        "in",
        "Springkussen van {firm} op het plein, aanvrager {other}, KvK {kvk}, btw {btw}, {phone_abroad}.",
    ),
    (
        "blind31",
        "out",
        "{firm} moet {date} om {time} opgebouwd zijn, {po}; keuring door {official}.",
    ),
    (
        "blind31",
        "in",
        "Braderie: kraam voor {initials}, {addr3}, btw {btw}, mail {email2}, kenteken bus {plate_text}.",
    ),
    (
        "blind31",
        "out",
        "Kraam {po} voor {other_sur_title} bevestigd, {amount} naar {iban_gem} o.v.v. {factuur}.",
    ),
    (
        "blind31",
        "in",
        "{kid} is al drie weken niet op school geweest, zegt de mentor. Moeder {mate}, {phone!}.",
    ),
    (
        "blind31",
        "out",
        "Verzuimmelding {kid} bij {school}, {zaak}; {official} nodigt {mate_first} uit op {date}.",
    ),
    (
        "blind31",
        "in",
        "Vakantieverlof buiten de schoolvakantie voor {kid} ({dob}) en zus, vader {name_rev}, {email}.",
    ),
    (
        "blind31",
        "out",
        "Verlof {kid} afgewezen, {besluit}; bezwaar naar {postbus}, vragen {mailbox2}.",
    ),
    (
        "blind31",
        "in",
        "Vrijstelling leerplicht voor {kid}, BSN {bsn_spaced}, {addr2}, {postcode}; ouder {other_lc}.",
    ),
    (
        "blind31",
        "out",
        "Vrijstelling {kid} loopt via {org}, {kenmerk}; gesprek {date} om {time} met {colleague_first}.",
    ),
    (
        "blind31",
        "in",
        "Hondenpoep voor de deur van {sur_lc} op {addr3} alweer, de hond van {other} uit nr. {housenr}.",
    ),
    (
        "blind31",
        "out",
        "{official} surveilleert {timespan} aan de {street2}, {melding}; dank {first}, tip ook via {wa_gem}.",
    ),
    (
        "blind31",
        "in",
        "Auto {plate} staat al weken op de stoep bij {addr!}, eigenaar {name}, {phone2}.",
    ),
    (
        "blind31",
        "out",
        "Wrak {plate} krijgt een sticker, {kenmerk}; {official} belt {sur_title} {timespan}.",
    ),
    (
        "blind31",
        "in",
        "Geluidsoverlast 's nachts bij {neighbour_title}, {addr2}; melder {first_lc}, {phone3}, {email}.",
    ),
    (
        "blind31",
        "out",
        "Overlast bij {neighbour_title} genoteerd, {melding}; {colleague} gaat {date} met {org} langs.",
    ),
    (
        "blind31",
        "in",
        "Paspoort verloren op vakantie: {name}, geb. {dob}, BSN {bsn}, {addr}, {phone_abroad}.",
    ),
    (
        "blind31",
        "out",
        "Nieuw paspoort {first}: afspraak {date} om {time}, {amount}; {official} maakt de vermissing op.",
    ),
    (
        "blind31",
        "in",
        "Wij zijn verhuisd naar {addr!}, {postcode}, {village}: {name} en {mate}, BSN {bsn_spaced}.",
    ),
    (
        "blind31",
        "out",
        "Verhuizing {sur_title} verwerkt per {date}, {zaak}; uittreksel {amount2}, bel {switch_long}.",
    ),
    (
        "blind31",
        "in",
        "Geboorteaangifte van onze {kid} ({dob_text}), vader {name_rev!}, moeder {mate_short}.",
    ),
    (
        "blind31",
        "out",
        "Aangifte {kid} op {date} om {time} bij {official}, {kenmerk}; ID van {first} mee.",
    ),
    (
        "blind31",
        "in",
        "Overlijden van mijn tante {other}, laatst wonend {addr3}; ik ben {initials}, {email2}.",
    ),
    (
        "blind31",
        "out",
        "Aangifte overlijden {other_sur_title} ontvangen, {zaak}; condoleances, {official} belt {timespan}.",
    ),
    (
        "blind31",
        "in",
        "Naamskeuze: {mate} en {name} willen {sur_title} als achternaam voor {kid}, {phone}.",
    ),
    (
        "blind31",
        "out",
        "Naamskeuze {kid} vastgelegd op {date}, {factuur} naar {iban_gem}; akte ligt klaar {hours}.",
    ),
    (
        "blind31",
        "in",
        "Kan iemand mijn dienst Wmo-loket van {date} ruilen? {colleague}, {phone!}, {email2}.",
    ),
    (
        "blind31",
        "out",
        "Ik neem het loket van {colleague_first} over, {time} tot {time2} in het {school}; rooster via {mailbox2}.",
    ),
    (
        "blind31",
        "in",
        "Lunch met het team bij {firm} op {date}, wie rijdt? {word_first}, {plate_text}, {phone3}.",
    ),
    (
        "blind31",
        "out",
        "{colleague_first} rijdt, vertrek {time} bij het {school}; declareren op {project}, afmelden {switch_long}.",
    ),
    (
        "blind31",
        "in",
        "Verlofaanvraag {colleague}, {date} tot en met vrijdag; overdracht naar {word_first}, {email2!}.",
    ),
    (
        "blind31",
        "out",
        "Verlof {colleague_first} goedgekeurd, {project}; vervanging {word_first}, balie {switch_var}, info {mailbox}.",
    ),
    (
        "blind31",
        "in",
        "Mantelzorger {double} vraagt respijtzorg voor {other}, {addr2}, {village}, {landline}.",
    ),
    (
        "blind31",
        "out",
        "Respijtzorg voor {other_first} via {org} vanaf {date}, {besluit}; eigen bijdrage {amount2}.",
    ),
    (
        "blind31",
        "in",
        "Woningaanpassing badkamer bij {name_rev}, {addr!!}, foto's via {url}.",
    ),
    (
        "blind31",
        "out",
        "Offerte {firm} voor {sur_title}: {amount}, {project}; {official} komt {date} kijken.",
    ),
    (
        "blind31",
        "in",
        "Ondergrondse container zit vol bij {ref}, zegt {other} ({phone2}), {email}.",
    ),
    (
        "blind31",
        "out",
        "{org} leegt {ref} {date}, {melding}; storing buiten kantoortijd {org_phone}.",
    ),
    (
        "blind31",
        "in",
        "Doorgestuurd van {colleague_first}: 'Terugstorten aan {other} op {iban_foreign!!} a.u.b.'",
    ),
    (
        "blind31",
        "out",
        "Terugbetaling {amount2} aan {other_first} {timespan}, {factuur}; {colleague} tekent af.",
    ),
    (
        "blind31",
        "in",
        "Fietswrak bij het station, sleutel van {name}? Ze woont {addr3}, {postcode_odd}, {phone!}.",
    ),
    (
        "blind31",
        "out",
        "Fiets {first} ligt in het depot aan de {street2}, {melding}; ophalen {hours}, bel {switch_alt}.",
    ),
)
# Organisations in the chats (must stay readable).
ORGANISATIONS = (
    "Gemeente Meppel",
    "Woonconcern",
    "Welzijn MensenWerk",
    "GGD Drenthe",
    "Waterschap Drents Overijsselse Delta",
    "Veiligheidsregio Drenthe",
)
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni")
REPLIES = (
    "Dank voor uw bericht, we pakken het deze week op.",
    "Ik zet het door naar de buitendienst.",
    "Klopt, de container wordt vrijdag geleegd.",
    "Graag gedaan!",
    "We houden u op de hoogte.",
)
PII_LABELS = {
    "name": "PERSON",
    "first": "PERSON",
    "sur": "PERSON",
    "third": "PERSON",
    "third_sur": "PERSON",
    "phone": "PHONE",
    "iban": "IBAN",
    "bsn": "BSN",
    "addr": "ADDRESS",
    "postcode": "POSTCODE",
    "plate": "LICENSE_PLATE",
    "email": "EMAIL",
    "dob": "DATE_OF_BIRTH",
    "housenr": "ADDRESS",
    "initials": "PERSON",
    "third_first": "PERSON",
    "phone_intl": "PHONE",
    "postcode_compact": "POSTCODE",
    # blind3
    "other": "PERSON",
    "other_first": "PERSON",
    "other_initials": "PERSON",
    "other_sur_title": "PERSON",
    "sur_title": "PERSON",
    "kid": "PERSON",
    "push": "PERSON",
    "phone2": "PHONE",
    "landline": "PHONE",
    "iban_flat": "IBAN",
    "bsn_dots": "BSN",
    "postcode_odd": "POSTCODE",
    "plate_text": "LICENSE_PLATE",
    # blind4
    "first_lc": "PERSON",
    "sur_lc": "PERSON",
    "other_lc": "PERSON",
    "mate": "PERSON",
    "mate_first": "PERSON",
    "neighbour_title": "PERSON",
    "phone_spaced": "PHONE",
    "iban_lc": "IBAN",
    "iban_foreign": "IBAN",
    "bsn_spaced": "BSN",
    "addr2": "ADDRESS",
    "postcode_lc": "POSTCODE",
    "dob_text": "DATE_OF_BIRTH",
    # blind5
    "neighbour_lc": "PERSON",
    "phone3": "PHONE",
    "email2": "EMAIL",
    # blind6
    "mate_short": "PERSON",
    "addr3": "ADDRESS",
    # blind8
    "name_rev": "PERSON",
    "url": "URL_PERSONAL",
    # blind11
    "bsn_short": "BSN",
    "phone_abroad": "PHONE",
    # blind12
    "name_lc": "PERSON",
    "colleague": "PERSON",
    "colleague_first": "PERSON",
    # blind13
    "nick": "PERSON",
    # blind14
    "word_first": "PERSON",
    # blind17
    "double": "PERSON",
    "word_nick": "PERSON",
}
KEEP_SLOTS = (
    "switch",
    "switch_long",
    "mailbox",
    "zaak",
    "place",
    "group",
    "street",
    "day",
    "org",
    "date",
    "kenmerk",
    "amount",
    "time",
    "street2",
    "switch_alt",
    "time2",
    "switch_var",
    "mailbox2",
    "amount2",
    "project",
    # blind6
    "firm",
    "iban_gem",
    "iban_gem_flat",
    "time_words",
    # blind8
    "melding",
    "kvk",
    "po",
    "factuur",
    # blind9
    "wa_gem",
    "url_gem",
    "postbus",
    "ref",
    "timespan",
    # blind10
    "org_phone",
    "hours",
    # blind11
    "event",
    "btw",
    # blind14
    "school",
    "besluit",
    # blind18
    "village",
    "official",
)

# Keep slots whose label is not their upper-cased name.
KEEP_LABELS = {
    "street2": "STREET",
    "switch_alt": "SWITCH_LONG",
    "time2": "TIME",
    "switch_var": "SWITCH",
    "mailbox2": "MAILBOX",
    "amount2": "AMOUNT",
    "iban_gem": "MUNICIPAL_IBAN",
    "iban_gem_flat": "MUNICIPAL_IBAN",
    "time_words": "TIME",
    "wa_gem": "MUNICIPAL_PHONE",
    "url_gem": "URL_ORG",
    "postbus": "MUNICIPAL_ADDRESS",
    "org_phone": "ORG_PHONE",
    "village": "PLACE",
}


@dataclass
class Item:
    kind: str  # "pii" or "keep"
    label: str
    text: str
    rects: list[tuple[int, int, int, int]] = field(default_factory=list)

    def expected(self) -> dict:
        return {"kind": self.kind, "label": self.label, "text": self.text}


@dataclass
class Shot:
    """One rendered screenshot: its encoded bytes, what is drawn where, and the chat's names."""

    name: str
    layout: str
    dark: bool
    fmt: str
    scaled: bool
    data: bytes
    size: tuple[int, int]
    items: list[Item]
    participants: tuple[str, ...]

    def expected(self) -> dict:
        return {
            "name": self.name,
            "layout": self.layout,
            "dark": self.dark,
            "format": self.fmt,
            "scaled": self.scaled,
            "size": list(self.size),
            "items": [i.expected() for i in self.items if i.rects],
        }


@dataclass(frozen=True)
class Palette:
    bar: tuple[int, int, int]
    bar_text: tuple[int, int, int]
    background: tuple[int, int, int]
    bubble_in: tuple[int, int, int]
    bubble_out: tuple[int, int, int]
    quote: tuple[int, int, int]
    text: tuple[int, int, int]
    meta: tuple[int, int, int]
    sender: tuple[int, int, int]
    chip: tuple[int, int, int]
    pane: tuple[int, int, int]


LIGHT = Palette(
    bar=(0, 128, 105),
    bar_text=(255, 255, 255),
    background=(239, 234, 226),
    bubble_in=(255, 255, 255),
    bubble_out=(217, 253, 211),
    quote=(240, 240, 240),
    text=(17, 27, 33),
    meta=(102, 119, 129),
    sender=(31, 122, 140),
    chip=(255, 245, 196),
    pane=(255, 255, 255),
)
DARK = Palette(
    bar=(32, 44, 51),
    bar_text=(233, 237, 239),
    background=(11, 20, 26),
    bubble_in=(32, 44, 51),
    bubble_out=(0, 92, 75),
    quote=(25, 36, 42),
    text=(233, 237, 239),
    meta=(134, 150, 160),
    sender=(83, 189, 235),
    chip=(24, 34, 41),
    pane=(17, 27, 33),
)


# --- the scene's fictitious data ---------------------------------------------------------------


def _bsn_check(digits: list[int]) -> int:
    """The 11-proef's remainder for a BSN's first eight digits: its ninth digit when below 10."""
    return sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11


def _iban_compact(country: str, body: str) -> str:
    """`body` (bank code and account) behind its country and IBAN check digits, no spaces."""
    return f"{country}{stdnum_iban.calc_check_digits(f'{country}00{body}')}{body}"


def _in_fours(compact: str) -> str:
    """An IBAN as it is usually written: in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        last = _bsn_check(digits)
        if last < 10 and digits[0] != 0:
            return "".join(map(str, digits)) + str(last)


def _iban(rng: random.Random, bank: str) -> str:
    account = "".join(str(rng.randint(0, 9)) for _ in range(10))
    return _in_fours(_iban_compact("NL", f"{bank}{account}"))


def _phone(rng: random.Random) -> str:
    rest = "".join(str(rng.randint(0, 9)) for _ in range(8))
    return rng.choice(
        (
            f"06 {rest[:4]} {rest[4:]}",
            f"06-{rest}",
            f"06 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}",
        )
    ).replace("06 1", "06 4")


def _scene_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first = rng.choice(pools.first_names)
    sur = rng.choice(pools.word_surnames)
    third_first = rng.choice([n for n in pools.first_names if n != first])
    third_sur = rng.choice(pools.surnames)
    street = rng.choice(pools.streets)
    number = str(rng.randint(2, 140))
    values = {
        "first": first,
        "sur": sur,
        "name": f"{first} {sur}",
        "third": f"{third_first} {third_sur}",
        "third_sur": third_sur[0].upper() + third_sur[1:],
        "phone": _phone(rng),
        "iban": _iban(rng, rng.choice(pools.bank_codes)),
        "bsn": _bsn(rng),
        "street": street,
        "addr": f"{street} {number}",
        "housenr": number,
        "postcode": f"79{rng.randint(21, 49)} {rng.choice('ABCDEGHJKLMNPRSTVWX')}{rng.choice('ABCDEGHKLMNPRSTVWX')}",
        "plate": rng.choice(pools.plates),
        "email": f"{first.lower()}.{sur.lower()}{rng.randint(1, 99)}@example.org",
        "dob": f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-19{rng.randint(40, 99)}",
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "switch": SWITCHBOARD,
        "switch_long": SWITCHBOARD_LONG,
        "mailbox": ROLE_MAILBOX,
        "zaak": f"Z-2024-{rng.randint(1000, 9999):06d}",
        "day": rng.choice(("maandag", "dinsdag", "donderdag", "vrijdag")),
    }
    return values | _blind2_values(values)


def _blind2_values(values: dict[str, str]) -> dict[str, str]:
    """The slots only the blind2 templates use. They come from a generator of their own, seeded
    by the scene's values, so the set's generator draws what it drew before and the older sets
    render exactly as they did."""
    rng = random.Random(f"{values['zaak']}|{values['bsn']}")
    digits = "".join(c for c in values["phone"] if c.isdigit())
    day, month = rng.randint(1, 28), rng.randint(1, 6)
    date = rng.choice(
        (
            f"{day} {MONTHS[month - 1]}",
            f"{day:02d}-{month:02d}-2025",
            f"{values['day']} {day} {MONTHS[month - 1]}",
        )
    )
    return {
        "initials": f"{values['first'][0]}. {values['sur']}",
        "third_first": values["third"].split()[0],
        "phone_intl": f"+31 6 {digits[2:6]} {digits[6:]}",
        "postcode_compact": values["postcode"].replace(" ", ""),
        "org": rng.choice(ORGANISATIONS),
        "date": date,
        "kenmerk": f"U25.{rng.randint(1000, 99999):06d}",
    }


# --- text with items --------------------------------------------------------------------------

# A token: (word, item or None, wrap-here flag).
Token = tuple[str, "Item | None", bool]


def _tokens(template: str, values: dict[str, str], items: list[Item]) -> list[Token]:
    """Split a template into words, each tied to the item it belongs to."""
    out: list[Token] = []
    rest = template
    while rest:
        start = rest.find("{")
        if start < 0:
            out += [(w, None, False) for w in rest.split()]
            break
        before, rest = rest[:start], rest[start + 1 :]
        end = rest.find("}")
        slot, rest = rest[:end], rest[end + 1 :]
        wrap = slot.endswith("!")
        # "!!": wrap over three lines (the breaks marked 2, which `_wrap3` always keeps).
        thirds = slot.endswith("!!")
        slot = slot.rstrip("!")
        words = before.split()
        # Punctuation glued to the slot ("{iban},", "({name})") stays its own text, drawn
        # against the item without a space.
        lead = words.pop() if words and not before[-1].isspace() else ""
        out += [(w, None, False) for w in words]
        if lead:
            out.append((lead, None, False))
        value = values[slot]
        item = Item(
            kind="pii" if slot in PII_LABELS else "keep",
            label=PII_LABELS.get(slot, KEEP_LABELS.get(slot, slot.upper())),
            text=value,
        )
        items.append(item)
        parts = value.split()
        cuts = {len(parts) // 3, 2 * len(parts) // 3} - {0} if thirds else set()
        for i, word in enumerate(parts):
            glue = "\x00" if lead and i == 0 else ""
            if thirds:
                out.append((glue + word, item, 2 if i in cuts else False))
                continue
            out.append((glue + word, item, wrap and i == len(parts) // 2 and len(parts) > 1))
        if rest and not rest[0].isspace():
            tail, _, rest = rest.partition(" ")
            out.append(("\x00" + tail, None, False))  # glued to the previous word
    return out


def _layout_lines(
    draw, tokens: list[Token], font, max_width: float, glue_wraps: bool = False
) -> list[list[Token]]:
    """Greedy wrap; a token flagged wrap-here starts a new line (the item breaks there).
    `glue_wraps` (blind9 on): a glued word that does not fit takes the word before it along."""
    lines: list[list[Token]] = [[]]
    width = 0.0
    space = draw.textlength(" ", font=font)
    for word, item, wrap_here in tokens:
        glued = word.startswith("\x00")
        w = draw.textlength(word.lstrip("\x00"), font=font)
        need = w + (0 if glued or not lines[-1] else space)
        if lines[-1] and not glued and (wrap_here or width + need > max_width):
            lines.append([])
            width, need = 0.0, w
        elif glue_wraps and glued and width + need > max_width and len(lines[-1]) > 1:
            # A word glued to the one before ("BSN:123456782") that does not fit takes that
            # word along to the next line instead of running past the edge.
            lead = lines[-1].pop()
            lines.append([lead])
            width = draw.textlength(lead[0].lstrip("\x00"), font=font)
        lines[-1].append((word, item, wrap_here))
        width += need
    return lines


def _draw_lines(draw, x: float, y: float, lines, font, fill, line_h: int) -> None:
    space = draw.textlength(" ", font=font)
    for n, line in enumerate(lines):
        cx = x
        ty = y + n * line_h
        for i, (word, item, _) in enumerate(line):
            glued = word.startswith("\x00")
            word = word.lstrip("\x00")
            if i and not glued:
                cx += space
            draw.text((cx, ty), word, font=font, fill=fill)
            if item is not None:
                box = draw.textbbox((cx, ty), word, font=font)
                _add_rect(item, box)
            cx += draw.textlength(word, font=font)


def _add_rect(item: Item, box) -> None:
    """Merge a word's box into the item's rectangle on the same line, else start a new one."""
    left, top, right, bottom = (round(v) for v in box)
    for i, (l0, t0, r0, b0) in enumerate(item.rects):
        if abs(t0 - top) < (bottom - top) * 0.6:
            item.rects[i] = (min(l0, left), min(t0, top), max(r0, right), max(b0, bottom))
            return
    item.rects.append((left, top, right, bottom))


def _text_item(draw, xy, text: str, font, fill, item: Item | None, anchor=None) -> None:
    draw.text(xy, text, font=font, fill=fill, anchor=anchor)
    if item is not None:
        _add_rect(item, draw.textbbox(xy, text, font=font, anchor=anchor))


# --- scenes -----------------------------------------------------------------------------------


@dataclass
class Entry:
    kind: str  # "bubble", "notice"
    sender: str = "in"  # "in" / "out"
    tokens: list[Token] = field(default_factory=list)
    sender_name: str = ""  # group chats: shown above incoming text
    quote: tuple[str, list[Token]] | None = None  # (quoted sender name, quoted tokens)


def _scene(rng: random.Random, config: SetConfig, index: int, encode: bool = True) -> Shot:
    values = _scene_values(rng, config.pools)
    layout = rng.choice(("android", "android", "ios", "web"))
    dark = rng.random() < 0.4
    fmt = "JPEG" if rng.random() < 0.35 else "PNG"
    scaled = rng.random() < 0.35
    group = rng.random() < 0.4
    items: list[Item] = []

    def pii(slot: str) -> Item:
        item = Item("pii", PII_LABELS[slot], values[slot])
        items.append(item)
        return item

    def keep(text: str, label: str) -> Item:
        item = Item("keep", label, text)
        items.append(item)
        return item

    templates = [t for t in TEMPLATES if t[0] in ("both", config.tag)]
    chosen = rng.sample(templates, 6)
    entries: list[Entry] = []
    if group:
        entries.append(Entry("notice", tokens=_tokens("{name} heeft je toegevoegd", values, items)))
    for n, (_, sender, text) in enumerate(chosen):
        entry = Entry("bubble", sender=sender, tokens=_tokens(text, values, items))
        if group and sender == "in":
            entry.sender_name = "name"
        if n == 3:
            # A reply that quotes an earlier message of the resident.
            quoted = next((e for e in entries if e.kind == "bubble" and e.sender == "in"), None)
            if quoted is not None:
                words = " ".join(w.lstrip("\x00") for w, it, _ in quoted.tokens[:7] if it is None)
                entry.quote = ("name", _tokens(f"{words} ...", values, items))
        entries.append(entry)
        if n == 1:
            entries.append(
                Entry("bubble", sender="out", tokens=_tokens(rng.choice(REPLIES), values, items))
            )
        if n == 4 and group:
            entries.append(
                Entry(
                    "notice",
                    tokens=_tokens("{sur} heeft de groepsbeschrijving gewijzigd", values, items),
                )
            )
    title = values["group"] if group else values["name"]
    participants = (values["name"],)

    if layout == "web":
        size = (1920, 1080)
    elif layout == "ios":
        size = (1170, 2532)
    else:
        size = (1080, 2400)
    palette = DARK if dark else LIGHT
    image = Image.new("RGB", size, palette.background)
    draw = ImageDraw.Draw(image)
    if layout == "web":
        chat_left = _web_chrome(draw, size, palette, values, title, group, rng, pii, keep, items)
        s = 0.8
        region = (chat_left, 150, size[0], size[1] - 90)
    else:
        s = size[0] / 1080
        top = _phone_header(draw, size, palette, layout, title, values, group, pii, keep)
        region = (0, top, size[0], size[1] - round(150 * s))
    _draw_chat(draw, region, s, palette, entries, values, items, pii)

    if scaled:
        factor = rng.choice((0.5, 0.6, 0.667)) if layout != "web" else 0.711
        new = (round(size[0] * factor), round(size[1] * factor))
        image = image.resize(new, Image.Resampling.LANCZOS) if encode else image
        for item in items:
            item.rects = [
                (
                    int(a * factor),
                    int(b * factor),
                    -int(-c * factor),
                    -int(-d * factor),
                )
                for a, b, c, d in item.rects
            ]
        size = new
    buffer = io.BytesIO()
    if fmt == "JPEG":
        quality = rng.choice((70, 82, 92))
        if encode:
            image.save(buffer, format="JPEG", quality=quality)
    elif encode:
        # Lossless: the same pixels as the default level 6 in half the encoding time.
        image.save(buffer, format="PNG", compress_level=1)
    return Shot(
        name=f"{config.name}-{index:02d}-{layout}-{'dark' if dark else 'light'}"
        f"{'-scaled' if scaled else ''}.{fmt.lower().replace('jpeg', 'jpg')}",
        layout=layout,
        dark=dark,
        fmt=fmt,
        scaled=scaled,
        data=buffer.getvalue(),
        size=size,
        items=[i for i in items if i.rects],
        participants=participants,
    )


def _phone_header(draw, size, p: Palette, layout, title, values, group, pii, keep) -> int:
    width, _ = size
    s = width / 1080
    ios = layout == "ios"
    bar = ((246, 246, 246), (0, 0, 0)) if ios and p is LIGHT else (p.bar, p.bar_text)
    if ios and p is DARK:
        bar = ((28, 28, 30), (255, 255, 255))
    status_h = round(141 * width / 1170) if ios else round(63 * s)
    header_h = round(132 * width / 1170) if ios else round(147 * s)
    draw.rectangle((0, 0, width, status_h + header_h), fill=bar[0])
    small = _font(FONT_REGULAR, round(29 * s))
    bold = _font(FONT_BOLD, round(44 * s))
    draw.text((round(40 * s), round(12 * s)), "09:31", font=small, fill=bar[1])
    mid = status_h + header_h // 2
    avatar = round(96 * s)
    ax = round(90 * s)
    draw.ellipse((ax, mid - avatar // 2, ax + avatar, mid + avatar // 2), fill=(200, 210, 215))
    # The header band is blacked out as a whole (it also lists the group's members), so a
    # group's title there is no must-keep item.
    title_item = None if group else pii("name")
    if ios:
        _text_item(draw, (width / 2, mid - round(20 * s)), title, bold, bar[1], title_item, "mm")
        sub = "tik hier voor groepsinfo" if group else "online"
        draw.text((width / 2, mid + round(30 * s)), sub, font=small, fill=bar[1], anchor="mm")
    else:
        _text_item(
            draw,
            (ax + avatar + round(30 * s), mid - round(52 * s)),
            title,
            bold,
            bar[1],
            title_item,
        )
        sub = f"{values['first']}, jij" if group else "online"
        draw.text((ax + avatar + round(30 * s), mid + round(8 * s)), sub, font=small, fill=bar[1])
    return status_h + header_h


def _web_chrome(draw, size, p: Palette, values, title, group, rng, pii, keep, items) -> int:
    """WhatsApp Web: the chat list on the left (30%), the open chat's header on the right."""
    width, height = size
    list_w = round(width * 0.3)
    draw.rectangle((0, 0, list_w, height), fill=p.pane)
    draw.rectangle((0, 0, width, 110), fill=p.bar if p is DARK else (240, 242, 245))
    head_text = p.text
    bold = _font(FONT_BOLD, 30)
    regular = _font(FONT_REGULAR, 26)
    draw.text((30, 38), "Chats", font=bold, fill=head_text)
    # The open chat's header, right of the list.
    draw.ellipse((list_w + 20, 20, list_w + 90, 90), fill=(200, 210, 215))
    title_item = keep(title, "GROUP") if group else pii("name")
    _text_item(draw, (list_w + 110, 28), title, bold, head_text, title_item)
    draw.text((list_w + 110, 68), "online", font=_font(FONT_REGULAR, 22), fill=p.meta)
    # Chat list rows: the open chat, two other residents, the group or a team.
    others = [
        ("name", "Dank u wel!"),
        ("third", "Bel me even op {phone}"),
        ("group", "Vergadering is verplaatst"),
        ("org", "Bel {switch} voor een afspraak"),
    ]
    y = 130
    for kind, preview in others:
        draw.ellipse((20, y + 10, 100, y + 90), fill=(200, 210, 215))
        if kind in ("name", "third"):
            name, item = values[kind], pii(kind)
        elif kind == "group":
            name, item = values["group"], keep(values["group"], "GROUP")
        else:
            name, item = "Gemeente Meppel", keep("Gemeente Meppel", "GROUP")
        _text_item(draw, (120, y + 12), name, bold, p.text, item)
        clock = f"09:2{rng.randint(0, 9)}"
        draw.text((list_w - 90, y + 16), clock, font=_font(FONT_REGULAR, 20), fill=p.meta)
        lines = _layout_lines(draw, _tokens(preview, values, items), regular, 10_000)
        _draw_lines(draw, 120, y + 54, lines, regular, p.meta, 40)
        draw.line(
            (120, y + 100, list_w, y + 100), fill=(60, 70, 80) if p is DARK else (233, 237, 239)
        )
        y += 110
    return list_w


def _draw_chat(draw, region, s, p: Palette, entries, values, items, pii) -> None:
    x0, y, x1, bottom = region
    width = x1 - x0
    regular = _font(FONT_REGULAR, round(40 * s))
    small = _font(FONT_REGULAR, round(29 * s))
    sender_font = _font(FONT_BOLD, round(33 * s))
    line_h = round(52 * s)
    pad = round(26 * s)
    y += round(40 * s)
    chip = "VANDAAG"
    cw = draw.textlength(chip, font=small) + round(50 * s)
    cx = x0 + width / 2
    draw.rounded_rectangle(
        (cx - cw / 2, y, cx + cw / 2, y + round(60 * s)), radius=round(16 * s), fill=p.chip
    )
    draw.text((cx, y + round(30 * s)), chip, font=small, fill=p.meta, anchor="mm")
    y += round(100 * s)
    max_text = width * 0.70
    for entry in entries:
        if entry.kind == "notice":
            lines = _layout_lines(draw, entry.tokens, small, width * 0.8)
            text_w = max(_line_width(draw, line, small) for line in lines)
            h = len(lines) * round(40 * s) + round(24 * s)
            if y + h > bottom:
                break
            draw.rounded_rectangle(
                (cx - text_w / 2 - pad, y, cx + text_w / 2 + pad, y + h),
                radius=round(14 * s),
                fill=p.chip,
            )
            _draw_lines(
                draw, cx - text_w / 2, y + round(10 * s), lines, small, p.meta, round(40 * s)
            )
            y += h + round(22 * s)
            continue
        wrap_width = max_text
        lines = _layout_lines(draw, entry.tokens, regular, wrap_width)
        text_w = max(_line_width(draw, line, regular) for line in lines)
        extra_top = 0
        sender_item = None
        if entry.sender_name:
            extra_top += round(46 * s)
        quote_lines = []
        if entry.quote is not None:
            quote_lines = _layout_lines(draw, entry.quote[1], small, max_text - 2 * pad)
            text_w = max(text_w, max(_line_width(draw, q, small) for q in quote_lines) + 2 * pad)
            extra_top += round(46 * s) + len(quote_lines) * round(40 * s) + round(30 * s)
        bubble_w = (
            max(text_w, draw.textlength(values["first"] * 2, font=sender_font))
            + 2 * pad
            + round(20 * s)
        )
        bubble_h = extra_top + len(lines) * line_h + round(50 * s) + pad
        if y + bubble_h > bottom:
            break
        bx = x0 + round(30 * s) if entry.sender == "in" else x1 - round(30 * s) - bubble_w
        draw.rounded_rectangle(
            (bx, y, bx + bubble_w, y + bubble_h),
            radius=round(20 * s),
            fill=p.bubble_in if entry.sender == "in" else p.bubble_out,
        )
        ty = y + pad // 2 + round(6 * s)
        if entry.sender_name:
            sender_item = pii("name")
            _text_item(draw, (bx + pad, ty), values["name"], sender_font, p.sender, sender_item)
            ty += round(46 * s)
        if entry.quote is not None:
            qh = round(46 * s) + len(quote_lines) * round(40 * s) + round(14 * s)
            draw.rounded_rectangle(
                (bx + pad // 2, ty - 4, bx + bubble_w - pad // 2, ty + qh), radius=10, fill=p.quote
            )
            draw.rectangle((bx + pad // 2, ty - 4, bx + pad // 2 + 6, ty + qh), fill=p.sender)
            _text_item(draw, (bx + pad, ty), values["name"], sender_font, p.sender, pii("name"))
            _draw_lines(
                draw, bx + pad, ty + round(46 * s), quote_lines, small, p.meta, round(40 * s)
            )
            ty += qh + round(16 * s)
        _draw_lines(draw, bx + pad, ty, lines, regular, p.text, line_h)
        clock = f"09:{10 + len(items) % 50:02d}"
        draw.text(
            (
                bx + bubble_w - pad - draw.textlength(clock, font=small),
                y + bubble_h - round(42 * s),
            ),
            clock,
            font=small,
            fill=p.meta,
        )
        y += bubble_h + round(22 * s)


def _line_width(draw, line, font) -> float:
    text = ""
    for word, _, _ in line:
        text += word[1:] if word.startswith("\x00") else (" " + word if text else word)
    return draw.textlength(text, font=font)


# --- the third blind set's scenes --------------------------------------------------------------

BLIND3_ORGANISATIONS = (
    "Zorggroep Noorderboog",
    "Hoveniersbedrijf Van Wijk",
    "Taxi Reinders",
    "Catering De Linde",
    "Bouwbedrijf Lammers & Zn",
    "Bakkerij Doornbos",
    "Kringloop De Ommezet",
)
BLIND3_POSTCODE_DIGITS = ("7961", "7971", "7958", "7955", "7963")
BLIND3_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus")
BLIND3_REPLIES = (
    "Helder, ik kijk er morgen naar.",
    "Top, dank je!",
    "Ik laat het weten zodra ik meer hoor.",
    "Kunt u er een foto van sturen?",
    "Ontvangen, bedankt.",
)
# Group notices that name people (the first after the chat starts, one later on).
BLIND3_JOIN_NOTICES = (
    "{name} heeft {other} toegevoegd",
    "{other} heeft je toegevoegd",
    "{phone2} is lid geworden via de uitnodigingslink van deze groep",
)
BLIND3_LATER_NOTICES = (
    "{other} heeft de groep verlaten",
    "{name} heeft de groepsnaam gewijzigd in '{group}'",
    "{other_first} is nu beheerder",
)
BLIND3_DIRECT_NOTICES = (
    "Je beveiligingscode met {name} is gewijzigd. Tik voor meer info.",
    "Berichten en gesprekken zijn end-to-end versleuteld.",
)
# Sender-name colours of group chats (one per participant), light and dark.
SENDER_COLOURS = {
    False: ((198, 40, 40), (0, 137, 123), (123, 31, 162), (230, 81, 0), (25, 118, 210)),
    True: ((255, 138, 128), (100, 255, 218), (234, 128, 252), (255, 171, 64), (130, 177, 255)),
}
FONT_ITALIC = FONT_DIR / "DejaVuSans-Oblique.ttf"


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _mobile3(rng: random.Random) -> str:
    r = _digits(rng, 8)
    return rng.choice(
        (
            f"+31 6 {r[:4]} {r[4:]}",
            f"+31 (0)6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
            f"0031 6 {r[:4]} {r[4:]}",
            f"06.{r[:2]}.{r[2:4]}.{r[4:6]}.{r[6:]}",
            f"06-{r[:4]}-{r[4:]}",
            f"+316{r}",
            f"06 - {r[:2]} {r[2:5]} {r[5:]}",
        )
    )


def _landline3(rng: random.Random) -> str:
    r = _digits(rng, 6)
    return rng.choice(
        (
            f"0522-{r[:2]} {r[2:4]} {r[4:]}",
            f"(0522) {r}",
            f"+31 522 {r[:3]} {r[3:]}",
            f"0522 - {r}",
        )
    )


def _title(name: str) -> str:
    """A surname without first name or initials starts with a capital ("mevrouw Van 't Hof")."""
    return name[0].upper() + name[1:]


def _amount3(rng: random.Random) -> str:
    euros, cents = rng.randint(12, 2400), rng.randint(0, 99)
    forms = [f"€ {euros},{cents:02d}", f"€{euros},-"]
    if euros >= 1000:
        forms.append(f"EUR {euros // 1000}.{euros % 1000:03d},00")
    return rng.choice(forms)


def _blind3_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, kid, push = rng.sample(pools.first_names, 4)
    sur = rng.choice(pools.word_surnames)
    other_sur = rng.choice(pools.surnames)
    street, street2, street3 = rng.sample(pools.streets, 3)
    number = f"{rng.randint(1, 160)}{rng.choice(('', '', 'a', 'B', '-2', ' hs', '-II', ' A'))}"
    bsn = _bsn(rng)
    pc_digits = rng.choice(BLIND3_POSTCODE_DIGITS)
    pc_letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    day, month, year = rng.randint(1, 28), rng.randint(1, 8), rng.randint(1936, 2009)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 6)
    hour, minute = rng.randint(8, 16), rng.choice((0, 15, 30, 45))
    sur_compact = sur.replace(" ", "").replace("'", "").lower()
    plate = rng.choice(pools.plates)
    return {
        "first": first,
        "sur": sur,
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "initials": f"{first[0]}.{rng.choice('JHMAKPW')}. {sur}",
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_initials": f"{other_first[0]}. {other_sur}",
        "other_sur_title": _title(other_sur),
        "kid": kid,
        "push": push,
        "phone": _mobile3(rng),
        "phone2": _mobile3(rng),
        "phone_intl": f"+31 6 {_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
        "landline": _landline3(rng),
        "iban": _iban(rng, rng.choice(pools.bank_codes)),
        "iban_flat": _iban(rng, rng.choice(pools.bank_codes)).replace(" ", ""),
        "bsn": bsn,
        "bsn_dots": rng.choice(
            (f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}", f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}")
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "postcode": f"{pc_digits} {pc_letters}",
        "postcode_odd": rng.choice(
            (f"{pc_digits}{pc_letters}", f"{pc_digits} {pc_letters.lower()}")
        ),
        "email": rng.choice(
            (
                f"{first.lower()}.{sur_compact}@example.nl",
                f"{first[0].lower()}{sur_compact}{rng.randint(60, 99)}@example.com",
                f"{sur_compact}.{first.lower()}@mail.example",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.replace("-", "").lower(), plate.replace("-", " "))),
        "dob": rng.choice(
            (
                f"{day} {BLIND3_MONTHS[month - 1]} {year}",
                f"{day:02d}-{month:02d}-{year}",
                f"{day:02d}/{month:02d}/{year}",
                f"{day:02d}{month:02d}{year}",
            )
        ),
        "street": street2,
        "street2": street3,
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND3_ORGANISATIONS),
        "switch": SWITCHBOARD,
        "switch_long": SWITCHBOARD_LONG,
        "mailbox": ROLE_MAILBOX,
        "zaak": rng.choice(
            (f"Z/25/{rng.randint(1, 99999):06d}", f"Z-2025-{rng.randint(1, 99999):06d}")
        ),
        "date": rng.choice(
            (
                f"{rng.choice(('maandag', 'woensdag', 'vrijdag'))} {d2} {MONTHS[m2 - 1]}",
                f"{d2:02d}-{m2:02d}-2025",
                f"{d2} {MONTHS[m2 - 1][:3]}.",
            )
        ),
        "time": rng.choice((f"{hour}:{minute:02d}", f"{hour}.{minute:02d} uur")),
        "amount": _amount3(rng),
    }


@dataclass
class Entry3:
    """One thing in a blind3 chat: a date chip, a notice, a bubble or a contact card."""

    kind: str  # "chip", "notice", "bubble", "card", "location", "document"
    sender: str = "in"
    text: str = ""  # the template, so a later quote can draw its start again
    tokens: list[Token] = field(default_factory=list)
    # Group chats: who sent it (template of the sender label, its colour, a "~ pushname").
    who: tuple[str, str] | None = None
    colour: int = 0
    forwarded: str = ""
    quote: Entry3 | None = None
    media: bool = False  # a photo above the text, which is then its caption
    plate: str = ""  # a licence plate shown on that photo (a template, blind6 on)


def _wrap3(
    draw, tokens: list[Token], font, max_width: float, glue_wraps: bool = False
) -> list[list[Token]]:
    """Like `_layout_lines`, but an item asked to wrap does not wrap again right after the line
    already broke inside it (no line holding a lone "6" of "+31 6")."""
    kept = []
    for n, (word, item, wrap_here) in enumerate(tokens):
        if wrap_here is True:
            before = _layout_lines(draw, tokens[:n], font, max_width, glue_wraps)[-1]
            wrap_here = any(it is not item for _, it, _ in before)
        elif wrap_here == 2:
            # A three-line break is kept unless the line holds one lone word of the item.
            before = _layout_lines(draw, kept, font, max_width, glue_wraps)[-1]
            alone = len(before) < 2 and all(it is item for _, it, _ in before)
            wrap_here = 2 if not alone else False
        kept.append((word, item, wrap_here))
    return _layout_lines(draw, kept, font, max_width, glue_wraps)


def _cut(tokens: list[Token], n: int) -> list[Token]:
    """The first `n` words of a message, not stopping inside an item (a quote shows a start)."""
    out: list[Token] = []
    for token in tokens:
        if len(out) >= n and (token[1] is None or token[1] is not out[-1][1]):
            break
        out.append(token)
    return out


@dataclass(frozen=True)
class ChatTexts:
    """The fixed texts a set's chats draw besides its message templates."""

    chips: tuple[str, ...]
    join_notices: tuple[str, ...]  # a group's first notice
    later_notices: tuple[str, ...]  # a group's notice after the fifth message
    direct_notices: tuple[str, ...]  # a one-to-one chat's notice (half of them)
    replies: tuple[str, ...]
    card_owners: tuple[str, ...]
    forwarded: tuple[str, ...] = ("Doorgestuurd", "Doorgestuurd", "Vaak doorgestuurd")
    messages: int = 6
    forward_at: tuple[int, ...] = (0, 1, 2)
    quote_at: tuple[int, ...] = (2, 3)
    card_at: tuple[int, ...] = (0, 1, 3, -1)
    media_at: tuple[int, ...] = ()  # which incoming message is a photo with a caption
    # A location bubble ("title|address" templates) after one of these messages (blind5 on).
    locations: tuple[str, ...] = ()
    location_at: tuple[int, ...] = ()
    # The share of the chat's width a bubble's text may take, one drawn per scene (blind5 on);
    # empty: the older sets' rule.
    text_shares: tuple[float, ...] = ()
    # Plates (templates) a photo may show on a parked car (blind6 on); empty: photos show none.
    photo_plates: tuple[str, ...] = ()
    # A shared document ("file name|size line" templates) after one of these messages (blind9
    # on); empty: no document.
    documents: tuple[str, ...] = ()
    document_at: tuple[int, ...] = ()


BLIND3_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}"),
    join_notices=BLIND3_JOIN_NOTICES,
    later_notices=BLIND3_LATER_NOTICES,
    direct_notices=BLIND3_DIRECT_NOTICES,
    replies=BLIND3_REPLIES,
    card_owners=("{other}", "{name}", "{other}", "Gemeente Meppel"),
)


def _rich_entries(
    rng: random.Random, config: SetConfig, group: bool, senders, chat: ChatTexts
) -> list[Entry3]:
    """What the chat shows, top to bottom, as templates (drawn later, once, with their items)."""
    colours = rng.sample(range(5), len(senders))
    entries = [Entry3("chip", text=rng.choice(chat.chips))]
    if group:
        entries.append(Entry3("notice", text=rng.choice(chat.join_notices)))
    elif rng.random() < 0.5:
        entries.append(Entry3("notice", text=rng.choice(chat.direct_notices)))
    templates = [t for t in TEMPLATES if t[0] == config.tag]
    chosen = rng.sample(templates, chat.messages)
    forward_at = rng.choice(chat.forward_at)
    quote_at = rng.choice(chat.quote_at)
    card_at = rng.choice(chat.card_at)
    media_at = rng.choice(chat.media_at) if chat.media_at else None
    # Drawn only for a set with locations, so the older sets draw what they drew before.
    location_at = rng.choice(chat.location_at) if chat.location_at else None
    # Likewise only for a set with documents (blind9 on).
    document_at = rng.choice(chat.document_at) if chat.document_at else None
    for n, (_, sender, text) in enumerate(chosen):
        entry = Entry3("bubble", sender=sender, text=text, media=n == media_at and sender == "in")
        # Drawn only for a set whose photos show plates, so the older sets draw as before.
        if entry.media and chat.photo_plates:
            entry.plate = rng.choice(chat.photo_plates)
        if group and sender == "in":
            who = rng.randrange(len(senders))
            entry.who, entry.colour = senders[who], colours[who]
        if n == forward_at and sender == "in":
            entry.forwarded = rng.choice(chat.forwarded)
        if n == quote_at:
            earlier = [e for e in entries if e.kind == "bubble"]
            entry.quote = rng.choice(earlier)
        entries.append(entry)
        if n == location_at:
            where = Entry3("location", sender="in", text=rng.choice(chat.locations))
            if group:
                who = rng.randrange(len(senders))
                where.who, where.colour = senders[who], colours[who]
            entries.append(where)
        if n == document_at:
            document = Entry3("document", sender="in", text=rng.choice(chat.documents))
            if group:
                who = rng.randrange(len(senders))
                document.who, document.colour = senders[who], colours[who]
            entries.append(document)
        if n == card_at:
            owner = rng.choice(chat.card_owners)
            card = Entry3("card", sender="out" if owner == "Gemeente Meppel" else "in", text=owner)
            if group and card.sender == "in":
                card.who, card.colour = senders[0], colours[0]
            entries.append(card)
        if n == 1:
            entries.append(Entry3("bubble", sender="out", text=rng.choice(chat.replies)))
        if n == 4 and group:
            entries.append(Entry3("notice", text=rng.choice(chat.later_notices)))
    return entries


@dataclass(frozen=True)
class RichStyle:
    """What a set with scenes of its own (blind3 and later) varies: its values, its chats'
    texts, who writes in a group, the header's member list, the Web chat list and its screens."""

    values: Callable[[random.Random, Pools], dict[str, str]]
    chat: ChatTexts
    senders: tuple[tuple[str, str], ...]  # group members (sender label, "~ pushname")
    unsaved: tuple[str, str]  # a member not in the contacts, in half the scenes
    members: str  # the group header's member list
    web_rows: tuple[tuple[str, str], ...]  # the Web chat list after the open chat
    sizes: dict[str, tuple[tuple[int, int], ...]]
    dark: float
    jpeg: float
    scaled: float
    phone_factors: tuple[float, ...]
    web_factors: tuple[float, ...]
    qualities: tuple[int, ...]
    # A word glued to the one before ("BSN:123456782") wraps with it (blind9 on); off, it may
    # run past the bubble as in the older sets.
    glue_wraps: bool = False
    # A group header's subtitle, one drawn per group scene: who is typing or recording, or the
    # member list (blind14 on); empty: `members`, drawn without a draw as in the older sets.
    group_subtitles: tuple[str, ...] = ()


def _group_subtitle(rng: random.Random, style: RichStyle) -> str:
    """A group header's subtitle (a template): one of the style's `group_subtitles` ("X
    typt…"), or its member list without a draw when it has none (the older sets)."""
    return rng.choice(style.group_subtitles) if style.group_subtitles else style.members


def _scene_rich(rng: random.Random, config: SetConfig, index: int, encode: bool = True) -> Shot:
    """A screenshot of a set with scenes of its own: what varies comes from its `RichStyle`."""
    style = RICH_STYLES[config.tag]
    values = style.values(rng, config.pools)
    layout = rng.choice(("android", "android", "ios", "web"))
    # A size is drawn for every layout (one stream of draws whichever layout it is).
    size = {name: rng.choice(sizes) for name, sizes in style.sizes.items()}[layout]
    dark = rng.random() < style.dark
    fmt = "JPEG" if rng.random() < style.jpeg else "PNG"
    scaled = rng.random() < style.scaled
    group = rng.random() < 0.5
    unsaved = rng.random() < 0.5  # a group member not in the contacts; a 1:1 chat's title
    # Who sends in a group: the residents of the style and maybe an unsaved number.
    senders = list(style.senders) + ([style.unsaved] if unsaved else [])
    entries = _rich_entries(rng, config, group, senders, style.chat)
    items: list[Item] = []

    def tokens(text: str) -> list[Token]:
        # "Gemeente Meppel" on a contact card and in the Web list is a must-keep item.
        if text == "Gemeente Meppel":
            item = Item("keep", "ORG", text)
            items.append(item)
            return [(w, item, False) for w in text.split()]
        return _tokens(text, values, items)

    palette = DARK if dark else LIGHT
    image = Image.new("RGB", size, palette.background)
    draw = ImageDraw.Draw(image)
    if group:
        title, subtitle = values["group"], _group_subtitle(rng, style)
        title_text = None  # the header band also lists the members; no must-keep item there
    else:
        title_text = "{phone}" if unsaved else "{name}"
        title, subtitle = "", rng.choice(("online", "laatst gezien vandaag om 08:12", "typt..."))
    if layout == "web":
        k = size[0] / 1920
        chat_left = _web_chrome3(
            draw, size, palette, (title, title_text, subtitle), style.web_rows, tokens, rng
        )
        s = 0.8 * k
        region = (chat_left, round(150 * k), size[0], size[1] - round(90 * k))
    else:
        s = size[0] / 1080
        top = _phone_header3(draw, size, palette, layout, title, title_text, subtitle, tokens)
        region = (0, top, size[0], size[1] - round(150 * s))
    share = rng.choice(style.chat.text_shares) if style.chat.text_shares else None
    _draw_chat3(draw, region, s, palette, dark, entries, tokens, rng, share, style.glue_wraps)

    if scaled:
        factor = rng.choice(style.phone_factors if layout != "web" else style.web_factors)
        new = (round(size[0] * factor), round(size[1] * factor))
        image = image.resize(new, Image.Resampling.LANCZOS) if encode else image
        for item in items:
            item.rects = [
                (int(a * factor), int(b * factor), -int(-c * factor), -int(-d * factor))
                for a, b, c, d in item.rects
            ]
        size = new
    buffer = io.BytesIO()
    if fmt == "JPEG":
        quality = rng.choice(style.qualities)
        if encode:
            image.save(buffer, format="JPEG", quality=quality)
    elif encode:
        # Lossless: the same pixels as the default level 6 in half the encoding time.
        image.save(buffer, format="PNG", compress_level=1)
    return Shot(
        name=f"{config.name}-{index:02d}-{layout}-{'dark' if dark else 'light'}"
        f"{'-scaled' if scaled else ''}.{fmt.lower().replace('jpeg', 'jpg')}",
        layout=layout,
        dark=dark,
        fmt=fmt,
        scaled=scaled,
        data=buffer.getvalue(),
        size=size,
        items=[i for i in items if i.rects],
        participants=(values["name"], values["other"]) if group else (values["name"],),
    )


def _centred_lines(draw, cx: float, y: float, lines, font, fill, line_h: int) -> None:
    for n, line in enumerate(lines):
        w = _line_width(draw, line, font)
        _draw_lines(draw, cx - w / 2, y + n * line_h, [line], font, fill, line_h)


def _one_line(draw, tokens: list[Token], font, max_width: float) -> list[Token]:
    """The first line of some text, cut off with an ellipsis where it does not fit."""
    lines = _layout_lines(draw, tokens, font, max_width - draw.textlength("…", font=font))
    if len(lines) == 1:
        return lines[0]
    return [*lines[0], ("\x00…", None, False)]


def _phone_header3(draw, size, p: Palette, layout, title, title_text, subtitle, tokens) -> int:
    """Android or iPhone header: a name or number (1:1) or the group with its member list."""
    width, _ = size
    s = width / 1080
    ios = layout == "ios"
    bar = (p.bar, p.bar_text)
    if ios:
        bar = ((246, 246, 246), (0, 0, 0)) if p is LIGHT else ((28, 28, 30), (255, 255, 255))
    status_h = round(141 * width / 1170) if ios else round(63 * s)
    header_h = round(132 * width / 1170) if ios else round(147 * s)
    draw.rectangle((0, 0, width, status_h + header_h), fill=bar[0])
    small = _font(FONT_REGULAR, round(29 * s))
    bold = _font(FONT_BOLD, round(44 * s))
    draw.text((round(40 * s), round(12 * s)), "14:07", font=small, fill=bar[1])
    mid = status_h + header_h // 2
    avatar = round(96 * s)
    ax = round(90 * s)
    draw.ellipse((ax, mid - avatar // 2, ax + avatar, mid + avatar // 2), fill=(200, 210, 215))
    if ios:
        draw.text((round(30 * s), mid), "<", font=bold, fill=(0, 122, 255), anchor="lm")
    # Both apps put the title left, next to the avatar; a long one is cut off.
    x = ax + avatar + round(30 * s)
    room = width - x - round(200 * s)
    head = tokens(title_text) if title_text else [(w, None, False) for w in title.split()]
    _draw_lines(draw, x, mid - round(52 * s), [_one_line(draw, head, bold, room)], bold, bar[1], 0)
    sub = _one_line(draw, tokens(subtitle), small, room)
    _draw_lines(draw, x, mid + round(8 * s), [sub], small, bar[1], 0)
    return status_h + header_h


def _web_chrome3(draw, size, p: Palette, header, web_rows, tokens, rng) -> int:
    """WhatsApp Web: a chat list whose previews are cut off at the list's edge, and the header.
    `web_rows` are the list's rows after the open chat's; a row for the open chat is left out."""
    title, title_text, subtitle = header
    width, height = size
    k = width / 1920
    list_w = round(width * 0.3)
    draw.rectangle((0, 0, list_w, height), fill=p.pane)
    draw.rectangle((0, 0, width, round(110 * k)), fill=p.bar if p is DARK else (240, 242, 245))
    bold = _font(FONT_BOLD, round(30 * k))
    regular = _font(FONT_REGULAR, round(26 * k))
    draw.text((round(30 * k), round(38 * k)), "Chats", font=bold, fill=p.text)
    draw.ellipse((list_w + 20 * k, 20 * k, list_w + 90 * k, 90 * k), fill=(200, 210, 215))
    hx = list_w + round(110 * k)
    # The open chat: a resident's name or number, or the group (a must-keep item here).
    head = title_text or "{group}"
    _draw_lines(
        draw, hx, round(28 * k), [_one_line(draw, tokens(head), bold, 10_000)], bold, p.text, 0
    )
    sub_font = _font(FONT_REGULAR, round(22 * k))
    sub = _layout_lines(draw, tokens(subtitle), sub_font, width - hx - 40)[:1]
    _draw_lines(draw, hx, round(68 * k), sub, sub_font, p.meta, 0)
    rows = [(head, web_rows[0][1])] + [row for row in web_rows[1:] if row[0] != head]
    y = round(130 * k)
    for name, preview in rows:
        row_title = tokens(name)
        draw.ellipse((20 * k, y + 10 * k, 100 * k, y + 90 * k), fill=(200, 210, 215))
        _draw_lines(
            draw,
            round(120 * k),
            y + round(12 * k),
            [_one_line(draw, row_title, bold, list_w - round(230 * k))],
            bold,
            p.text,
            0,
        )
        draw.text(
            (list_w - round(90 * k), y + round(16 * k)),
            f"{rng.randint(8, 13):02d}:{rng.randint(0, 59):02d}",
            font=_font(FONT_REGULAR, round(20 * k)),
            fill=p.meta,
        )
        # The preview is one line, cut off where the list ends (also inside an item).
        shown = _one_line(draw, tokens(preview), regular, list_w - round(150 * k))
        _draw_lines(draw, round(120 * k), y + round(54 * k), [shown], regular, p.meta, 0)
        draw.line(
            (round(120 * k), y + round(100 * k), list_w, y + round(100 * k)),
            fill=(60, 70, 80) if p is DARK else (233, 237, 239),
        )
        y += round(110 * k)
    return list_w


def _draw_chat3(
    draw, region, s, p: Palette, dark, entries, tokens, rng, share=None, glue_wraps=False
) -> None:
    x0, y, x1, bottom = region
    width = x1 - x0
    regular = _font(FONT_REGULAR, round(40 * s))
    small = _font(FONT_REGULAR, round(29 * s))
    italic = _font(FONT_ITALIC, round(29 * s))
    sender_font = _font(FONT_BOLD, round(33 * s))
    card_font = _font(FONT_BOLD, round(38 * s))
    line_h = round(52 * s)
    small_h = round(40 * s)
    pad = round(26 * s)
    cx = x0 + width / 2
    y += round(40 * s)
    max_text = width * (share or (0.62 if width > 1000 * s else 0.70))
    clock = rng.randint(8, 12) * 60 + rng.randint(0, 40)
    for entry in entries:
        if entry.kind in ("chip", "notice"):
            font = small
            lines = _wrap3(draw, tokens(entry.text), font, width * 0.8)
            text_w = max(_line_width(draw, line, font) for line in lines)
            h = len(lines) * small_h + round(24 * s)
            if y + h > bottom:
                break
            draw.rounded_rectangle(
                (cx - text_w / 2 - pad, y, cx + text_w / 2 + pad, y + h),
                radius=round(14 * s),
                fill=p.chip,
            )
            _centred_lines(draw, cx, y + round(10 * s), lines, font, p.meta, small_h)
            y += h + round(26 * s)
            continue
        label = tokens(entry.who[0]) if entry.who else []
        push = tokens(entry.who[1]) if entry.who and entry.who[1] else []
        label_w = _line_width(draw, label, sender_font) if label else 0
        push_w = _line_width(draw, push, small) + round(30 * s) if push else 0
        if entry.kind in ("location", "document"):
            draw_entry = _draw_location if entry.kind == "location" else _draw_document
            y, clock = draw_entry(
                draw, (x0, y, x1, bottom), s, p, entry, (label, push), tokens, (dark, clock, rng)
            )
            if y < 0:
                break
            continue
        if entry.kind == "card":
            card_w = width * 0.55
            name_tokens = tokens(entry.text)
            name_lines = _wrap3(draw, name_tokens, card_font, card_w - round(170 * s))
            body_h = max(round(110 * s), len(name_lines) * line_h + round(30 * s))
            bubble_w = max(card_w, label_w + push_w + 2 * pad)
            top_h = round(46 * s) if label else 0
            bubble_h = top_h + pad + body_h + round(90 * s)
            if y + bubble_h > bottom:
                break
            bx = x0 + round(30 * s) if entry.sender == "in" else x1 - round(30 * s) - bubble_w
            fill = p.bubble_in if entry.sender == "in" else p.bubble_out
            draw.rounded_rectangle(
                (bx, y, bx + bubble_w, y + bubble_h), radius=round(20 * s), fill=fill
            )
            ty = y + pad // 2 + round(6 * s)
            if label:
                colour = SENDER_COLOURS[dark][entry.colour]
                _draw_lines(draw, bx + pad, ty, [label], sender_font, colour, 0)
                ty += top_h
            av = round(90 * s)
            draw.ellipse((bx + pad, ty, bx + pad + av, ty + av), fill=(170, 185, 195))
            _draw_lines(
                draw,
                bx + pad + av + round(30 * s),
                ty + round(18 * s),
                name_lines,
                card_font,
                p.text,
                line_h,
            )
            sep = ty + body_h
            draw.line((bx, sep, bx + bubble_w, sep), fill=p.meta, width=max(1, round(2 * s)))
            buttons = ("Bericht", "Toevoegen") if entry.sender == "in" else ("Bericht", "Opslaan")
            for i, text in enumerate(buttons):
                bcx = bx + bubble_w * (0.25 + 0.5 * i)
                draw.text((bcx, sep + round(45 * s)), text, font=small, fill=p.sender, anchor="mm")
            y += bubble_h + round(22 * s)
            continue
        body = tokens(entry.text)
        lines = _wrap3(draw, body, regular, max_text, glue_wraps)
        text_w = max(_line_width(draw, line, regular) for line in lines)
        extra_top = round(46 * s) if label else 0
        if entry.forwarded:
            extra_top += small_h
            text_w = max(text_w, draw.textlength("↪ " + entry.forwarded, font=italic))
        photo_h = round(380 * s) if entry.media else 0
        if photo_h:
            extra_top += photo_h + round(12 * s)
            text_w = max(text_w, width * 0.5)
        quote_lines, quote_label = [], []
        if entry.quote is not None:
            q = entry.quote
            quote_label = (
                tokens(q.who[0])
                if q.who
                else ([("Jij", None, False)] if q.sender == "out" else tokens("{name}"))
            )
            quote_lines = _wrap3(
                draw,
                _cut(tokens(q.text), rng.randint(7, 12)),
                small,
                max_text - 2 * pad,
                glue_wraps,
            )[:2]
            text_w = max(text_w, max(_line_width(draw, ql, small) for ql in quote_lines) + 2 * pad)
            extra_top += round(46 * s) + len(quote_lines) * small_h + round(30 * s)
        bubble_w = max(text_w, label_w + push_w) + 2 * pad + round(20 * s)
        bubble_h = extra_top + len(lines) * line_h + round(50 * s) + pad
        if y + bubble_h > bottom:
            break
        bx = x0 + round(30 * s) if entry.sender == "in" else x1 - round(30 * s) - bubble_w
        fill = p.bubble_in if entry.sender == "in" else p.bubble_out
        draw.rounded_rectangle(
            (bx, y, bx + bubble_w, y + bubble_h), radius=round(20 * s), fill=fill
        )
        ty = y + pad // 2 + round(6 * s)
        if label:
            colour = SENDER_COLOURS[dark][entry.colour]
            _draw_lines(draw, bx + pad, ty, [label], sender_font, colour, 0)
            if push:
                pw = _line_width(draw, push, small)
                _draw_lines(
                    draw, bx + bubble_w - pad - pw, ty + round(4 * s), [push], small, p.meta, 0
                )
            ty += round(46 * s)
        if entry.forwarded:
            draw.text((bx + pad, ty), "↪ " + entry.forwarded, font=italic, fill=p.meta)
            ty += small_h
        if entry.quote is not None:
            qh = round(46 * s) + len(quote_lines) * small_h + round(14 * s)
            draw.rounded_rectangle(
                (bx + pad // 2, ty - 4, bx + bubble_w - pad // 2, ty + qh), radius=10, fill=p.quote
            )
            q_colour = SENDER_COLOURS[dark][entry.quote.colour] if entry.quote.who else p.sender
            draw.rectangle((bx + pad // 2, ty - 4, bx + pad // 2 + 6, ty + qh), fill=q_colour)
            _draw_lines(draw, bx + pad, ty, [quote_label], sender_font, q_colour, 0)
            _draw_lines(draw, bx + pad, ty + round(46 * s), quote_lines, small, p.meta, small_h)
            ty += qh + round(16 * s)
        if photo_h:
            box = (bx + pad // 2, ty - 4, bx + bubble_w - pad // 2, ty + photo_h)
            _draw_photo(draw, box)
            if entry.plate:
                _draw_car(draw, box, tokens(entry.plate), s)
            ty += photo_h + round(12 * s)
        _draw_lines(draw, bx + pad, ty, lines, regular, p.text, line_h)
        clock += rng.randint(0, 3)
        stamp = f"{clock // 60:02d}:{clock % 60:02d}"
        draw.text(
            (
                bx + bubble_w - pad - draw.textlength(stamp, font=small),
                y + bubble_h - round(42 * s),
            ),
            stamp,
            font=small,
            fill=p.meta,
        )
        y += bubble_h + round(22 * s)


def _draw_photo(draw, box) -> None:
    """A sent photo without text in it (sky, a hill, the sun), so its caption is the only text."""
    left, top, right, bottom = box
    draw.rectangle(box, fill=(132, 170, 201))
    horizon = top + (bottom - top) * 0.6
    draw.polygon(
        [
            (left, bottom),
            (left, horizon),
            ((left + right) / 2, top + (bottom - top) * 0.45),
            (right, horizon),
            (right, bottom),
        ],
        fill=(96, 128, 74),
    )
    r = (bottom - top) * 0.08
    cx, cy = right - (right - left) * 0.2, top + (bottom - top) * 0.22
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(250, 224, 120))


def _draw_car(draw, box, plate: list[Token], s: float) -> None:
    """A parked car in the photo's foreground with a yellow Dutch plate whose text is `plate`."""
    left, top, right, bottom = box
    w = right - left
    body = (left + w * 0.12, top + (bottom - top) * 0.5, right - w * 0.12, bottom - round(18 * s))
    draw.rounded_rectangle(body, radius=round(30 * s), fill=(150, 28, 36))
    glass = (body[0] + w * 0.1, body[1] + round(16 * s), body[2] - w * 0.1, body[1] + round(70 * s))
    draw.rounded_rectangle(glass, radius=round(12 * s), fill=(60, 72, 84))
    font = _font(FONT_BOLD, round(34 * s))
    text_w = _line_width(draw, plate, font)
    cx, py = (left + right) / 2, body[3] - round(78 * s)
    plate_box = (cx - text_w / 2 - round(30 * s), py, cx + text_w / 2 + round(14 * s))
    draw.rectangle((*plate_box, py + round(52 * s)), fill=(247, 196, 0), outline=(20, 20, 20))
    draw.rectangle(
        (plate_box[0], py, plate_box[0] + round(18 * s), py + round(52 * s)), fill=(0, 51, 153)
    )
    _draw_lines(
        draw, cx - text_w / 2 + round(8 * s), py + round(6 * s), [plate], font, (0, 0, 0), 0
    )


def _draw_location(draw, region, s, p: Palette, entry: Entry3, head, tokens, state):
    """A shared location: a map without text, its title and the address under it. Returns the
    next y and the clock, or a y of -1 when the bubble does not fit any more."""
    x0, y, x1, bottom = region
    (label, push), (dark, clock, rng) = head, state
    width = x1 - x0
    small = _font(FONT_REGULAR, round(29 * s))
    bold = _font(FONT_BOLD, round(36 * s))
    sender_font = _font(FONT_BOLD, round(33 * s))
    pad, line_h, small_h = round(26 * s), round(48 * s), round(40 * s)
    title, _, address = entry.text.partition("|")
    map_w = width * 0.58
    title_lines = _wrap3(draw, tokens(title), bold, map_w - 2 * pad)
    address_lines = _wrap3(draw, tokens(address), small, map_w - 2 * pad)
    label_w = _line_width(draw, label, sender_font) if label else 0
    push_w = _line_width(draw, push, small) + round(30 * s) if push else 0
    bubble_w = max(map_w, label_w + push_w + 2 * pad)
    top_h = round(46 * s) if label else 0
    map_h = round(300 * s)
    text_h = len(title_lines) * line_h + len(address_lines) * small_h
    bubble_h = top_h + pad + map_h + round(16 * s) + text_h + round(50 * s)
    if y + bubble_h > bottom:
        return -1, clock
    bx = x0 + round(30 * s)
    draw.rounded_rectangle(
        (bx, y, bx + bubble_w, y + bubble_h), radius=round(20 * s), fill=p.bubble_in
    )
    ty = y + pad // 2 + round(6 * s)
    if label:
        _draw_lines(draw, bx + pad, ty, [label], sender_font, SENDER_COLOURS[dark][entry.colour], 0)
        if push:
            pw = _line_width(draw, push, small)
            _draw_lines(draw, bx + bubble_w - pad - pw, ty + round(4 * s), [push], small, p.meta, 0)
        ty += top_h
    left, right = bx + pad // 2, bx + bubble_w - pad // 2
    draw.rectangle((left, ty, right, ty + map_h), fill=(58, 72, 66) if dark else (229, 236, 220))
    road = (96, 108, 104) if dark else (255, 255, 255)
    for f in (0.3, 0.7):
        draw.line((left, ty + map_h * f, right, ty + map_h * (f - 0.15)), fill=road, width=6)
    draw.line(
        (left + (right - left) * 0.4, ty, left + (right - left) * 0.55, ty + map_h),
        fill=road,
        width=8,
    )
    cx, cy, r = (left + right) / 2, ty + map_h * 0.45, round(22 * s)
    draw.polygon([(cx - r, cy), (cx + r, cy), (cx, cy + 2.2 * r)], fill=(219, 68, 55))
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(219, 68, 55))
    ty += map_h + round(16 * s)
    _draw_lines(draw, bx + pad, ty, title_lines, bold, p.text, line_h)
    ty += len(title_lines) * line_h
    _draw_lines(draw, bx + pad, ty, address_lines, small, p.meta, small_h)
    clock += rng.randint(0, 3)
    stamp = f"{clock // 60:02d}:{clock % 60:02d}"
    draw.text(
        (bx + bubble_w - pad - draw.textlength(stamp, font=small), y + bubble_h - round(42 * s)),
        stamp,
        font=small,
        fill=p.meta,
    )
    return y + bubble_h + round(22 * s), clock


def _draw_document(draw, region, s, p: Palette, entry: Entry3, head, tokens, state):
    """A shared document: a file icon, its name (which may hold a name or a number) and its
    size line. Returns the next y and the clock, or a y of -1 when it does not fit any more."""
    x0, y, x1, bottom = region
    (label, push), (dark, clock, rng) = head, state
    width = x1 - x0
    small = _font(FONT_REGULAR, round(29 * s))
    bold = _font(FONT_BOLD, round(34 * s))
    sender_font = _font(FONT_BOLD, round(33 * s))
    pad, line_h, small_h = round(26 * s), round(46 * s), round(40 * s)
    name, _, meta = entry.text.partition("|")
    box_w = width * 0.62
    icon_w, icon_h = round(64 * s), round(80 * s)
    name_lines = _wrap3(draw, tokens(name), bold, box_w - 3 * pad - icon_w)
    label_w = _line_width(draw, label, sender_font) if label else 0
    push_w = _line_width(draw, push, small) + round(30 * s) if push else 0
    bubble_w = max(box_w, label_w + push_w + 2 * pad)
    top_h = round(46 * s) if label else 0
    file_h = max(icon_h, len(name_lines) * line_h + small_h) + 2 * pad
    bubble_h = top_h + pad // 2 + file_h + round(56 * s)
    if y + bubble_h > bottom:
        return -1, clock
    bx = x0 + round(30 * s)
    draw.rounded_rectangle(
        (bx, y, bx + bubble_w, y + bubble_h), radius=round(20 * s), fill=p.bubble_in
    )
    ty = y + pad // 2 + round(6 * s)
    if label:
        _draw_lines(draw, bx + pad, ty, [label], sender_font, SENDER_COLOURS[dark][entry.colour], 0)
        if push:
            pw = _line_width(draw, push, small)
            _draw_lines(draw, bx + bubble_w - pad - pw, ty + round(4 * s), [push], small, p.meta, 0)
        ty += top_h
    left, right = bx + pad // 2, bx + bubble_w - pad // 2
    draw.rounded_rectangle((left, ty, right, ty + file_h), radius=round(12 * s), fill=p.quote)
    ix, iy = left + pad, ty + pad
    draw.rectangle((ix, iy, ix + icon_w, iy + icon_h), fill=(229, 57, 53))
    draw.polygon(
        [(ix + icon_w * 0.6, iy), (ix + icon_w, iy), (ix + icon_w, iy + icon_h * 0.3)],
        fill=(255, 205, 210),
    )
    tx = ix + icon_w + pad
    _draw_lines(draw, tx, iy, name_lines, bold, p.text, line_h)
    draw.text((tx, iy + len(name_lines) * line_h), meta, font=small, fill=p.meta)
    clock += rng.randint(0, 3)
    stamp = f"{clock // 60:02d}:{clock % 60:02d}"
    draw.text(
        (bx + bubble_w - pad - draw.textlength(stamp, font=small), y + bubble_h - round(42 * s)),
        stamp,
        font=small,
        fill=p.meta,
    )
    return y + bubble_h + round(22 * s), clock


# --- the fourth blind set's values and texts ---------------------------------------------------

BLIND4_ORGANISATIONS = (
    "Politie Drenthe",
    "Rova",
    "Sportbedrijf Meppel",
    "Schildersbedrijf Hofstee",
    "Dierenambulance Zuidwest-Drenthe",
    "Apotheek De Weyert",
    "Stichting Present",
)
BLIND4_POSTCODE_DIGITS = ("7941", "7943", "7944", "7946", "7948", "7975")
BLIND4_MONTHS = ("juli", "augustus", "september", "oktober", "november", "december")


def _mobile4(rng: random.Random) -> str:
    r = _digits(rng, 8)
    return rng.choice(
        (
            f"06 {r[:3]} {r[3:6]} {r[6:]}",
            f"06/{r}",
            f"(06) {r[:4]} {r[4:]}",
            f"+31(0)6-{r}",
            f"06{r[:2]} {r[2:5]} {r[5:]}",
            f"06 {r[:4]}-{r[4:]}",
            f"+31 6-{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        )
    )


def _landline4(rng: random.Random) -> str:
    area, r = rng.choice(("0521", "0529", "038", "0528")), _digits(rng, 7)
    local = r if area == "038" else r[:6]  # a three-digit area code leaves seven digits
    return rng.choice(
        (
            f"{area}-{local[:3]} {local[3:]}",
            f"{area} {local[:2]} {local[2:4]} {local[4:]}",
            f"+31 {area[1:]} {local}",
        )
    )


def _foreign_iban(rng: random.Random) -> str:
    """A Belgian or German IBAN (a resident near the border, family abroad), grouped by four."""
    country, digits = rng.choice((("BE", 12), ("DE", 18)))
    body = "".join(str(rng.randint(0, 9)) for _ in range(digits))
    return _in_fours(_iban_compact(country, body))


def _clock4(rng: random.Random, hour: int, minute: int) -> str:
    return rng.choice((f"{hour}:{minute:02d}", f"{hour}.{minute:02d}u", f"{hour}u{minute:02d}"))


def _amount4(rng: random.Random) -> str:
    euros, cents = rng.randint(8, 3200), rng.choice((0, 50, 95, rng.randint(1, 99)))
    return rng.choice(
        (
            f"€ {euros:,}".replace(",", "."),
            f"{euros} euro",
            f"€ {euros},{cents:02d}",
            f"EUR {euros},-",
        )
    )


def _blind4_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push = rng.sample(pools.first_names, 5)
    sur, neighbour = rng.sample(pools.word_surnames, 2)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    suffix = rng.choice(("", "", " zw", " rood", "-3", " bis", "k", " bg"))
    bsn, plate = _bsn(rng), rng.choice(pools.plates)
    pc = f"{rng.choice(BLIND4_POSTCODE_DIGITS)} {rng.choice('BCDEGHJKLMNPRSTVWXZ')}"
    pc += rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1931, 2011)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 6)
    hour, minute = rng.randint(8, 15), rng.choice((0, 10, 30, 45))
    sur_compact = sur.replace(" ", "").replace("'", "").lower()
    iban = _iban(rng, rng.choice(pools.bank_codes))
    zaak = rng.randint(1, 99_999)
    return {
        "first": first,
        "first_lc": first.lower(),
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "initials": f"{first[0]}.{rng.choice('ABEGLRT')}. {sur}",
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}. {other_sur}",
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "neighbour_title": _title(neighbour),
        "kid": kid,
        "push": push,
        "phone": _mobile4(rng),
        "phone2": _mobile4(rng),
        "phone_spaced": _mobile4(rng),
        "landline": _landline4(rng),
        "iban": iban,
        "iban_lc": rng.choice((iban.lower(), iban.replace(" ", "").lower())),
        "iban_foreign": _foreign_iban(rng),
        "bsn": bsn,
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
                f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            )
        ),
        "addr": f"{street} {rng.randint(1, 212)}{suffix}",
        "addr2": f"{street2} {rng.randint(1, 90)}",
        "postcode": pc,
        "postcode_lc": pc.replace(" ", "").lower(),
        "email": rng.choice(
            (
                f"{first.lower()}+gemeente@example.net",
                f"{first}.{_title(sur).replace(' ', '')}@Example.NL",
                f"{sur_compact}_{first.lower()}{year % 100:02d}@example.org",
                f"{first[0].lower()}.{sur_compact}@student.example.nl",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate.lower(), plate.replace("-", ""), plate.replace("-", " "))),
        "dob": rng.choice(
            (
                f"{day}-{month}-{year}",
                f"{day} {BLIND4_MONTHS[month % 6][:3]}. {year}",
                f"{year}-{month:02d}-{day:02d}",
                f"{day:02d}.{month:02d}.{year}",
            )
        ),
        "dob_text": f"{day} {BLIND4_MONTHS[month % 6]} '{year % 100:02d}",
        "street": street3,
        "street2": street4,
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND4_ORGANISATIONS),
        "switch": SWITCHBOARD,
        "switch_long": SWITCHBOARD_LONG,
        "switch_alt": rng.choice(("0522-859500", "(0522) 85 95 00", "+31 522 85 95 00")),
        "mailbox": ROLE_MAILBOX,
        "zaak": rng.choice((f"Z25.{zaak:06d}", f"ZAAK-2025-{zaak:05d}", f"Z-25-{zaak:06d}")),
        "kenmerk": rng.choice(
            (f"UIT-25-{rng.randint(1, 99999):05d}", f"MEP/2025/{rng.randint(1, 9999):04d}")
        ),
        "date": rng.choice(
            (
                f"{rng.choice(('dinsdag', 'donderdag', 'zaterdag'))} {d2} {BLIND4_MONTHS[m2 - 1]}",
                f"{d2}/{m2 + 6}/2025",
                f"{d2} {BLIND4_MONTHS[m2 - 1][:3]} 2025",
            )
        ),
        "time": _clock4(rng, hour, minute),
        "time2": _clock4(rng, hour + 2, minute),
        "amount": _amount4(rng),
    }


BLIND4_CHAT = ChatTexts(
    chips=("VANDAAG", "ZATERDAG", "{date}", "{date}"),
    join_notices=(
        "{name} heeft {mate} en {other} toegevoegd",
        "{mate} heeft {phone2} toegevoegd",
        "{other_first} heeft deze groep aangemaakt",
    ),
    later_notices=(
        "{mate_first} heeft het groepsicoon gewijzigd",
        "{other} heeft {mate} verwijderd",
        "{phone2} is gewijzigd in een nieuw nummer",
        "{name} heeft de instellingen gewijzigd: alleen beheerders kunnen berichten sturen",
    ),
    direct_notices=(
        "{name} heeft een nieuw telefoonnummer. Tik om een bericht te sturen.",
        "Gemiste spraakoproep om {time}",
    ),
    replies=(
        "Ik check het even bij de collega's, u hoort uiterlijk {date} van ons.",
        "Dat is goed, ik noteer het bij {zaak}.",
        "Fijn, bedankt voor het doorgeven!",
        "Bedoelt u {date} om {time}?",
        "Je hebt dit bericht verwijderd",
    ),
    card_owners=("{mate}", "{other}", "Gemeente Meppel", "{mate}"),
    messages=7,
    forward_at=(0, 1, 2, 3),
    quote_at=(2, 3, 4),
    card_at=(1, 4, -1),
    media_at=(0, 2, 5),
)


# --- the fifth blind set's values and texts ----------------------------------------------------

BLIND5_ORGANISATIONS = (
    "Boomverzorging Noord-Nederland",
    "Rijwielhandel Bouwman",
    "Garage Kroon & Zn",
    "Stichting Leergeld Meppel",
    "Hekwerkverhuur Zwolle",
    "Plaagdierbeheersing Drenthe",
    "Kinderopvang Ot en Sien",
)
BLIND5_POSTCODE_DIGITS = ("7957", "7964", "7966", "7981", "7991")
BLIND5_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
DAY_WORDS = (
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
    "eenentwintig",
    "tweeëntwintig",
    "drieëntwintig",
    "vierentwintig",
    "vijfentwintig",
    "zesentwintig",
    "zevenentwintig",
    "achtentwintig",
)


def _mobile5(rng: random.Random, *, parts: bool = False) -> str:
    """A mobile number with +31 (0)6, dots or brackets; `parts`: one of three words or more."""
    r = _digits(rng, 8)
    spread = (
        f"+31 (0)6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"(06) {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+31 (0) 6 {r[:3]} {r[3:6]} {r[6:]}",
        f"+31 (0)6 {r[:4]} {r[4:]}",
    )
    if parts:
        return rng.choice(spread)
    return rng.choice(
        (
            *spread,
            f"+31 (0)6-{r}",
            f"06.{r[:2]}.{r[2:4]}.{r[4:6]}.{r[6:]}",
            f"06.{r[:4]}.{r[4:]}",
            f"(06)-{r}",
        )
    )


def _landline5(rng: random.Random) -> str:
    area, r = rng.choice(("0561", "0523", "0527")), _digits(rng, 6)
    return rng.choice(
        (
            f"({area}) {r[:2]} {r[2:4]} {r[4:]}",
            f"{area} - {r}",
            f"+31 (0){area[1:]} {r[:3]} {r[3:]}",
            f"{area}.{r[:3]}.{r[3:]}",
        )
    )


BE_BANK_CODES = ("001", "063", "310", "068", "734", "750", "973", "363", "735", "096")


def _foreign_iban5(rng: random.Random) -> str:
    """A Belgian, German or French IBAN in groups of four, sometimes in lowercase."""
    country = rng.choice(("BE", "DE", "FR"))
    if country == "FR":
        bank, branch, account = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        body = f"{bank}{branch}{account}{key:02d}"
    else:
        body = "".join(str(rng.randint(0, 9)) for _ in range(12 if country == "BE" else 18))
        if country == "BE":
            # A known bank's code (picked by the first digit drawn), then the national check:
            # the first ten digits modulo 97 (97 for 0).
            ten = BE_BANK_CODES[int(body[0])] + body[3:10]
            body = f"{ten}{int(ten) % 97 or 97:02d}"
    compact = _iban_compact(country, body)
    grouped = _in_fours(compact)
    return grouped.lower() if rng.random() < 0.4 else grouped


def _amount5(rng: random.Random) -> str:
    euros, cents = rng.randint(9, 4800), rng.choice((0, 40, 75, rng.randint(1, 99)))
    return rng.choice(
        (
            f"€ {euros:,},{cents:02d}".replace(",", ".", 1 if euros >= 1000 else 0),
            f"€{euros},{cents:02d}",
            f"{euros},{cents:02d} euro",
            f"EUR {euros}",
            f"€ {euros},-",
        )
    )


def _clock5(rng: random.Random, hour: int, minute: int) -> str:
    return rng.choice((f"{hour}:{minute:02d}", f"{hour}.{minute:02d} uur", f"{hour}h{minute:02d}"))


def _blind5_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push = rng.sample(pools.first_names, 5)
    sur, neighbour = rng.sample(pools.word_surnames, 2)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    suffix = rng.choice(("", "", " c", "-4", " III", "bis", " zw"))
    bsn, plate = _bsn(rng), rng.choice(pools.plates)
    pc = f"{rng.choice(BLIND5_POSTCODE_DIGITS)} {rng.choice('BCDEGHJKLMNPRSTVWXZ')}"
    pc += rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1929, 2010)
    d2, m2 = rng.randint(1, 28), rng.randint(7, 12)
    hour, minute = rng.randint(8, 15), rng.choice((0, 15, 30, 45))
    compact = sur.replace(" ", "").lower()
    other_compact = other_sur.replace(" ", "").replace("ś", "s").lower()
    iban = _iban(rng, rng.choice(pools.bank_codes))
    number = rng.randint(1, 199)
    zaak = rng.randint(1, 99_999)
    month_name = BLIND5_MONTHS[month - 1]
    return {
        "first": first,
        "first_lc": first.lower(),
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "initials": f"{first[0]}.{rng.choice('CDHMSW')}. {_title(sur)}",
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_initials": f"{other_first[0]}.{rng.choice('AEJN')}. {other_sur}",
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "neighbour_lc": neighbour.lower(),
        "kid": kid,
        "push": push,
        "phone": _mobile5(rng),
        "phone2": _mobile5(rng),
        "phone3": _mobile5(rng, parts=True),
        "landline": _landline5(rng),
        "iban": iban,
        "iban_lc": iban.lower(),
        "iban_flat": _iban(rng, rng.choice(pools.bank_codes)).replace(" ", ""),
        "iban_foreign": _foreign_iban5(rng),
        "bsn": bsn,
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
                f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:4]} {bsn[4:]}",
            )
        ),
        "addr": f"{street} {number}{suffix}",
        "addr2": f"{street2} {rng.randint(1, 120)}",
        "housenr": f"{number}{suffix}",
        "postcode": pc,
        "postcode_lc": rng.choice((pc.lower(), pc.replace(" ", "  "))),
        "email": rng.choice(
            (
                f"{first.lower()}.{compact}@mail-example.nl",
                f"{first[0].lower()}.{compact}-{other_compact}@example-post.nl",
                f"{compact}.{first.lower()}.{year % 100:02d}@example.com",
            )
        ),
        "email2": rng.choice(
            (
                f"{first.lower()}-{compact}@thuis-example.nl",
                f"info.{compact}-{first.lower()}@example.org",
                f"{first.lower()}.{compact}.thuis@example-mail.com",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate.lower(), plate.replace("-", ""), plate.replace("-", " "))),
        "dob": rng.choice(
            (
                f"{day:02d}-{month:02d}-{year}",
                f"{day} {month_name} {year}",
                f"{day}-{month_name[:3]}-{year}",
                f"{day:02d} / {month:02d} / {year}",
            )
        ),
        "dob_text": rng.choice(
            (
                f"{DAY_WORDS[day - 1]} {month_name} {year}",
                f"de {day}e van {month_name} {year}",
                f"{DAY_WORDS[day - 1]} {month_name} '{year % 100:02d}",
            )
        ),
        "street": street3,
        "street2": street4,
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND5_ORGANISATIONS),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("140522", "14-0522", "14 0522")),
        "switch_long": SWITCHBOARD_LONG,
        "switch_alt": rng.choice(
            ("(0522) 859 500", "+31 (0)522 85 95 00", "0522 859 500", "0522.85.95.00")
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "Info@Meppel.nl",
                "INFO@MEPPEL.NL",
                "wmo@meppel.nl",
                "belastingen@meppel.nl",
                "vergunningen@meppel.nl",
            )
        ),
        "zaak": rng.choice((f"Z2025-{zaak:05d}", f"ZK25.{zaak:05d}", f"zaak 2025/{zaak:05d}")),
        "kenmerk": rng.choice(
            (f"BRF/{rng.randint(100, 9999)}/2025", f"OUT-2025-{rng.randint(1, 9999):04d}")
        ),
        "project": rng.choice(
            (
                f"MEP-P{rng.randint(100, 999)}",
                f"PRJ25.{rng.randint(1, 99):02d}",
                f"P-2025-{rng.randint(1, 60):03d}",
            )
        ),
        "date": rng.choice(
            (
                f"{rng.choice(('maandag', 'woensdag', 'vrijdag'))} {d2} {BLIND5_MONTHS[m2 - 1]}",
                f"{d2}-{m2}-2025",
                f"{d2} {BLIND5_MONTHS[m2 - 1]}",
            )
        ),
        "time": _clock5(rng, hour, minute),
        "time2": _clock5(rng, hour + 1, (minute + 15) % 60),
        "amount": _amount5(rng),
        "amount2": _amount5(rng),
    }


BLIND5_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "MAANDAG", "{date}"),
    join_notices=(
        "{name} heeft {mate} en {phone2} toegevoegd",
        "{other} heeft {name} toegevoegd",
        "{mate} heeft de groep '{group}' aangemaakt",
    ),
    later_notices=(
        "{phone} is gewijzigd in {phone3}",
        "{other} heeft het telefoonnummer gewijzigd in een nieuw nummer",
        "{mate_first} heeft {sur_title} verwijderd",
        "{name} heeft de groepsbeschrijving gewijzigd",
    ),
    direct_notices=(
        "{phone2} is gewijzigd in {phone3}. Tik om een bericht te sturen.",
        "Je hebt {mate} toegevoegd aan je contacten.",
    ),
    replies=(
        "Ik leg het voor aan het team.",
        "Komt goed, {sur_title}!",
        "Helder. Heeft u er een foto van?",
        "Dit bericht is verwijderd",
        "We bellen u voor {time} terug.",
    ),
    card_owners=("{other}", "{mate}", "Gemeente Meppel", "{name}"),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd", "Doorgestuurd"),
    messages=6,
    forward_at=(0, 1, 2, 3),
    quote_at=(2, 3, 4, 5),
    card_at=(1, 3, -1),
    media_at=(1, 4),
    locations=(
        "Locatie|{addr}, {postcode} {place}",
        "Huidige locatie van {first}|Bij {addr2}, {postcode}",
        "Gedeelde locatie|{street2}, {place}",
        "Live locatie|{name} deelt tot {time}",
    ),
    location_at=(0, 2, 3, 5),
    text_shares=(0.5, 0.6, 0.75, 0.82),
)


# --- the sixth blind set's values and texts ----------------------------------------------------

BLIND6_ORGANISATIONS = (
    "Buurtbemiddeling Zuidwest-Drenthe",
    "Vluchtelingenwerk Noord Nederland",
    "Humanitas Meppel",
    "Scootmobielpool Drenthe",
    "Brandweer Meppel",
    "Meppeler Ondernemers Vereniging",
)
# Companies named after people: must-keep, although they hold a first name or a surname.
BLIND6_FIRMS = (
    "Hoveniersbedrijf Kees Zandbergen",
    "Autoschade Roelf Wolters",
    "Installatiebedrijf Van der Sluis",
    "Fysiotherapie Anneke Kamphuis",
    "Schildersbedrijf J. Lubbinge",
    "Boomverzorging Hendriks & Zn",
)
BLIND6_POSTCODE_DIGITS = ("7942", "7947", "7951", "7954", "7965")
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
HOUR_WORDS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien")


def _digit6(rng: random.Random) -> str:
    """A digit, more often one OCR confuses with a letter or another digit (0/O, 1/l, 5/S, 8/B)."""
    return rng.choice("0158") if rng.random() < 0.6 else str(rng.randint(0, 9))


def _digits6(rng: random.Random, n: int, first: str = "23456789") -> str:
    return rng.choice(first) + "".join(_digit6(rng) for _ in range(n - 1))


def _bsn6(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(1, 9)] + [int(_digit6(rng)) for _ in range(7)]
        last = _bsn_check(digits)
        if last < 10:
            return "".join(map(str, digits)) + str(last)


def _iban6(rng: random.Random, bank: str) -> str:
    """A Dutch IBAN rich in confusable digits: grouped, with "NL 12" or with dashes."""
    account = "".join(_digit6(rng) for _ in range(10))
    compact = _iban_compact("NL", f"{bank}{account}")
    groups = [compact[i : i + 4] for i in range(0, len(compact), 4)]
    return rng.choice(
        (
            " ".join(groups),
            f"{compact[:2]} {compact[2:4]} " + " ".join(groups[1:]),
            "-".join(groups),
        )
    )


def _foreign_iban6(rng: random.Random) -> str:
    """A Polish, Turkish or Spanish IBAN (family abroad), grouped by four."""
    while True:
        country, digits = rng.choice((("PL", 24), ("TR", 22), ("ES", 20)))
        body = "".join(_digit6(rng) for _ in range(digits))
        if country == "TR":
            body = body[:5] + "0" + body[6:]
        compact = _iban_compact(country, body)
        if stdnum_iban.is_valid(compact):
            return _in_fours(compact)


def _mobile6(rng: random.Random, *, parts: bool = False) -> str:
    """A mobile number in writings the earlier sets lacked; `parts`: three words or more."""
    r = _digits6(rng, 8, first="12345")
    spread = (
        f"06 {r[:2]} {r[2:5]} {r[5:]}",
        f"0031 (0)6 {r[:3]} {r[3:6]} {r[6:]}",
        f"+31 6 {r[:2]} {r[2:4]} {r[4:]}",
    )
    if parts:
        return rng.choice(spread)
    return rng.choice(
        (
            *spread,
            f"+31-6-{r}",
            f"06–{r[:4]} {r[4:]}",
            f"06-{r[:2]}-{r[2:4]}-{r[4:6]}-{r[6:]}",
            f"+31.6.{r[:4]}.{r[4:]}",
            f"06/{r[:4]} {r[4:]}",
        )
    )


def _landline6(rng: random.Random) -> str:
    area, r = rng.choice(("0522", "0591", "0524", "0592")), _digits6(rng, 6)
    return rng.choice(
        (
            f"{area}/{r}",
            f"+31-{area[1:]}-{r}",
            f"{area} {r[:3]}-{r[3:]}",
            f"0031 {area[1:]} {r[:2]} {r[2:4]} {r[4:]}",
        )
    )


def _amount6(rng: random.Random) -> str:
    euros, cents = rng.randint(15, 5800), rng.choice((0, 25, 50, rng.randint(1, 99)))
    return rng.choice(
        (
            f"€ {euros},=",
            f"{euros},- euro",
            f"{euros} EUR",
            f"€{euros}.{cents:02d}",
            f"€ {euros:,},{cents:02d}".replace(",", ".", 1 if euros >= 1000 else 0),
        )
    )


def _clock6(rng: random.Random, hour: int, minute: int) -> str:
    return rng.choice((f"{hour}:{minute:02d} uur", f"{hour}.{minute:02d}", f"{hour}u"))


def _ascii(name: str) -> str:
    return name.replace("Ş", "S").replace("ş", "s").replace(" ", "").replace("-", "").lower()


def _blind6_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push = rng.sample(pools.first_names, 5)
    sur, neighbour = rng.sample(pools.word_surnames, 2)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    long_street = rng.choice([st for st in pools.streets if " " in st])
    suffix = rng.choice(("", "", " B", "-1", " bv", "A-01"))
    bsn, plate = _bsn6(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND6_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    pc = f"{digits} {letters}"
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2012)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 15), rng.choice((0, 15, 30, 45))
    f, c = _ascii(first), _ascii(sur)
    zaak = rng.randint(1, 99_999)
    number = rng.randint(1, 188)
    month_name = BLIND5_MONTHS[month - 1]
    return {
        "first": first,
        "first_lc": first.lower(),
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "initials": f"{first[0]}.{rng.choice('BLSEO')}. {_title(sur)}",
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_initials": f"{other_first[0]}. {other_sur}",
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{mate_first} {_title(mate_sur).split()[-1][0]}.",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "kid": kid,
        "push": push,
        "phone": _mobile6(rng),
        "phone2": _mobile6(rng),
        "phone3": _mobile6(rng, parts=True),
        "landline": _landline6(rng),
        "iban": _iban6(rng, rng.choice(pools.bank_codes)),
        "iban_flat": _iban6(rng, rng.choice(pools.bank_codes)).replace(" ", "").replace("-", ""),
        "iban_foreign": _foreign_iban6(rng),
        "bsn": bsn,
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:3]}/{bsn[3:6]}/{bsn[6:]}",
                f"{bsn[:3]}–{bsn[3:6]}–{bsn[6:]}",
                f"{bsn[:5]} {bsn[5:]}",
                f"{bsn[:3]} {bsn[3:5]} {bsn[5:7]} {bsn[7:]}",
            )
        ),
        "addr": f"{street} {number}{suffix}",
        "addr2": f"{street2} {rng.randint(1, 95)}",
        "addr3": f"{long_street} {rng.randint(2, 150)}{rng.choice(('', ' a', '-5'))}",
        "housenr": f"{number}{suffix}",
        "postcode": pc,
        "postcode_odd": rng.choice(
            (f"NL-{pc}", pc.replace(" ", "-"), f"{digits} {letters.lower()}")
        ),
        "email": rng.choice(
            (
                f"{f}{c[0]}{year}@example.nl",
                f"{c}.{f[0]}1@mail.example.org",
                f"{f}-{c}@example.be",
            )
        ),
        "email2": rng.choice(
            (
                f"mevr.{c}@example-mail.nl",
                f"{f}.{c}.{_ascii(kid)}@example.com",
                f"{c}{year % 100:02d}{f[0]}l@example.org",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate.lower(), plate.replace("-", " "), plate.replace("-", "."))),
        "dob": rng.choice(
            (
                f"{day}-{ROMAN_MONTHS[month - 1]}-{year}",
                f"{day:02d}{month:02d}{year % 100:02d}",
                f"{day}.{month}.{year}",
                f"{day}/{month}/'{year % 100:02d}",
            )
        ),
        "dob_text": rng.choice(
            (f"{day}e {month_name} {year}", f"{DAY_WORDS[day - 1]} {month_name[:3]}. {year}")
        ),
        "street": street3,
        "street2": street4,
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND6_ORGANISATIONS),
        "firm": rng.choice(BLIND6_FIRMS),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("140522", "14 0522", "14-0522")),
        "switch_long": SWITCHBOARD_LONG,
        "switch_alt": rng.choice(
            ("0522-85 95 00", "+31522859500", "0522 – 85 95 00", "0031 522 85 95 00")
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "post@meppel.nl",
                "secretariaat@meppel.nl",
                "burgerzaken@meppel.nl",
                "Leerplicht@Meppel.nl",
                "woo@meppel.nl",
            )
        ),
        "iban_gem": MUNICIPAL_IBAN,
        "iban_gem_flat": MUNICIPAL_IBAN.replace(" ", ""),
        "zaak": rng.choice((f"Z.25.{zaak:05d}", f"2025-Z-{zaak:05d}", f"ZK{zaak:06d}")),
        "kenmerk": rng.choice(
            (f"GM{rng.randint(10_000, 99_999)}", f"2025/MEP/{rng.randint(100, 9999)}")
        ),
        "date": rng.choice(
            (
                f"{rng.choice(('dinsdag', 'donderdag', 'zaterdag'))} {d2} {BLIND5_MONTHS[m2 - 1]}",
                f"{d2}-{m2:02d}-2026",
                f"{d2} {BLIND5_MONTHS[m2 - 1][:3]} '26",
            )
        ),
        "time": _clock6(rng, hour, minute),
        "time2": _clock6(rng, hour + 1, (minute + 30) % 60),
        "time_words": rng.choice(
            (f"half {HOUR_WORDS[hour - 7]}", f"kwart over {HOUR_WORDS[hour - 8]}", "twaalven")
        ),
        "amount": _amount6(rng),
        "amount2": _amount6(rng),
    }


BLIND6_CHAT = ChatTexts(
    chips=("VANDAAG", "DONDERDAG", "{date}", "GISTEREN"),
    join_notices=(
        "{other} heeft {sur_title} en {mate_short} toegevoegd",
        "{name} heeft {phone3} uitgenodigd om lid te worden",
        "Je bent toegevoegd door {mate}",
    ),
    later_notices=(
        "Buurvrouw {neighbour_title} heeft de groep verlaten",
        "{mate} is nu beheerder",
        "{name} heeft {kid} verwijderd",
        "{other_first} heeft het onderwerp gewijzigd in '{group}'",
    ),
    direct_notices=(
        "Je hebt {neighbour_title} geblokkeerd. Tik om de blokkering op te heffen.",
        "{name} heeft verdwijnende berichten ingeschakeld.",
    ),
    replies=(
        "Ik vraag het na bij {firm}.",
        "Dank u, {sur_title}, we komen erop terug.",
        "Klopt dit adres nog: {addr}?",
        "U hoort op {date} van ons.",
        "Wilt u een foto sturen?",
    ),
    card_owners=("{mate}", "{other}", "Gemeente Meppel", "{sur_title}"),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd"),
    messages=6,
    forward_at=(0, 1, 2, 3),
    quote_at=(2, 3, 4, 5),
    card_at=(1, 3, -1),
    media_at=(0, 1, 3, 4),
    locations=(
        "Locatie|{addr3}, {postcode} {place}",
        "{name}|Live locatie tot {time}",
        "Gedeelde locatie|{street}, {place}",
    ),
    location_at=(1, 3, 5),
    text_shares=(0.55, 0.65, 0.72, 0.8),
    photo_plates=("{plate}",),
)


# --- the seventh blind set's values and texts --------------------------------------------------

BLIND7_ORGANISATIONS = (
    "Welzijn MensenWerk",
    "Voedselbank Meppel",
    "Woonconcept",
    "GGD Drenthe",
    "Reddingsbrigade Meppel",
    "Stichting Present Meppel",
)
# Companies named after people: must-keep, although they hold a first name or a surname.
BLIND7_FIRMS = (
    "Transportbedrijf Harm Vinke",
    "Kinderopvang Tante Jo",
    "Rijschool Frits Eleveld",
    "Loodgietersbedrijf De Jong & Zn",
    "Bloemenhuis Anja Koops",
    "Timmerbedrijf W. Stuulen",
)
BLIND7_POSTCODE_DIGITS = ("7941", "7943", "7944", "7948", "7975")
MONTH_ABBREVIATIONS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov")


def _bsn7(rng: random.Random) -> str:
    """A BSN rich in confusable digits; a third of them start with a zero (still nine digits)."""
    while True:
        head = 0 if rng.random() < 0.35 else rng.randint(1, 9)
        digits = [head] + [int(_digit6(rng)) for _ in range(7)]
        last = _bsn_check(digits)
        if last < 10:
            return "".join(map(str, digits)) + str(last)


def _iban7(rng: random.Random, bank: str) -> str:
    """A Dutch IBAN rich in confusable digits, compact: the check digits and bank glued."""
    account = "".join(_digit6(rng) for _ in range(10))
    return _iban_compact("NL", f"{bank}{account}")


def _grouped7(rng: random.Random, compact: str) -> str:
    """Grouped in a writing the earlier sets lacked (three words or more)."""
    groups = [compact[i : i + 4] for i in range(0, len(compact), 4)]
    return rng.choice(
        (
            f"{compact[:8]} " + " ".join(groups[2:]),
            f"{groups[0]} {groups[1]} {compact[8:11]} {compact[11:14]} {compact[14:]}",
            f"{compact[:4]} {compact[4:8]} {compact[8:]}",
        )
    )


def _odd_iban7(rng: random.Random, compact: str) -> str:
    """One word: with dots, flat or lowercase flat."""
    groups = [compact[i : i + 4] for i in range(0, len(compact), 4)]
    return rng.choice((".".join(groups), compact, compact.lower()))


def _foreign_iban7(rng: random.Random) -> str:
    """A Romanian, Bulgarian or Ukrainian IBAN (family abroad), grouped by four."""
    while True:
        country, bank, digits = rng.choice((("RO", "BTRL", 16), ("BG", "UNCR", 14), ("UA", "", 25)))
        body = bank + "".join(_digit6(rng) for _ in range(digits))
        compact = _iban_compact(country, body)
        if stdnum_iban.is_valid(compact):
            return _in_fours(compact)


def _mobile7(rng: random.Random, *, parts: bool = False) -> str:
    """A mobile number in writings the earlier sets lacked; `parts`: three words or more."""
    r = _digits6(rng, 8, first="12345")
    spread = (
        f"(06) {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"06 – {r[:3]} {r[3:6]} {r[6:]}",
        f"+31 (6) {r[:4]} {r[4:]}",
    )
    if parts:
        return rng.choice(spread)
    return rng.choice(
        (
            *spread,
            f"+31(0)6-{r[:4]} {r[4:]}",
            f"06.{r[:4]}.{r[4:]}",
            f"(06)-{r}",
            f"+316{r}",
        )
    )


def _landline7(rng: random.Random) -> str:
    area, r = rng.choice(("0522", "0591", "0529", "0521")), _digits6(rng, 6)
    return rng.choice(
        (
            f"({area}) {r[:2]} {r[2:4]} {r[4:]}",
            f"{area}-{r}",
            f"+31 (0){area[1:]} {r[:3]} {r[3:]}",
            f"{area} – {r[:2]} {r[2:4]} {r[4:]}",
        )
    )


def _amount7(rng: random.Random) -> str:
    euros, cents = rng.randint(9, 4200), rng.choice((0, 50, 95, rng.randint(1, 99)))
    thousands = f"{euros:,}".replace(",", ".")
    return rng.choice(
        (
            f"€ {thousands},-",
            f"EUR {euros},{cents:02d}",
            f"€ {euros},{cents:02d} per maand",
            f"{thousands} euro",
        )
    )


def _blind7_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push = rng.sample(pools.first_names, 5)
    sur, neighbour = rng.sample(pools.word_surnames, 2)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    long_street = rng.choice([st for st in pools.streets if st.count(" ") >= 2])
    suffix = rng.choice(("", "", " hs", "-II", "a", " bis"))
    bsn, plate = _bsn7(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND7_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1928, 2011)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 11)
    hour, minute = rng.randint(8, 15), rng.choice((0, 15, 30, 45))
    f, c = _ascii(first), _ascii(sur)
    zaak, number = rng.randint(1, 99_999), rng.randint(1, 212)
    month_name = BLIND5_MONTHS[month - 1]
    iban = _iban7(rng, rng.choice(pools.bank_codes))
    return {
        "first": first,
        "first_lc": first.lower(),
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "initials": f"{first[0]}.{rng.choice('ILOSB')}. {_title(sur)}",
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_initials": f"{other_first[0]}.{rng.choice('JMC')}. {other_sur}",
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{mate_first} {_title(mate_sur).split()[-1][0]}.",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "kid": kid,
        "push": push,
        "phone": _mobile7(rng),
        "phone2": _mobile7(rng),
        "phone3": _mobile7(rng, parts=True),
        "landline": _landline7(rng),
        "iban": _grouped7(rng, iban),
        "iban_flat": _odd_iban7(rng, _iban7(rng, rng.choice(pools.bank_codes))),
        "iban_foreign": _foreign_iban7(rng),
        "bsn": bsn,
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
                f"{bsn[:4]}-{bsn[4:6]}-{bsn[6:]}",
                f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
                f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
            )
        ),
        "addr": f"{street} {number}{suffix}",
        "addr2": f"{street2} {rng.randint(1, 99)}",
        "addr3": f"{long_street} {rng.randint(2, 180)} {rng.choice(('hs', 'bis', 'A', 'II'))}",
        "housenr": f"{number}{suffix}",
        "postcode": f"{digits} {letters}",
        "postcode_odd": rng.choice(
            (f"NL {digits}{letters}", f"{digits}{letters.lower()}", f"{digits}.{letters}")
        ),
        "email": rng.choice(
            (
                f"{f}.{c}{year % 100:02d}@example.nl",
                f"{c}_{f[0]}0{day}@mail.example.com",
                f"{f}{c}1@example.org",
            )
        ),
        "email2": rng.choice(
            (
                f"fam.{c}.{_ascii(kid)}@example.nl",
                f"{f}.{c}@example-post.nl",
                f"{c}.{f}{year}@example.be",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate.replace("-", ""), plate.replace("-", " "), plate.lower())),
        "dob": rng.choice(
            (
                f"{year}-{month:02d}-{day:02d}",
                f"{day:02d}-{month:02d}-'{year % 100:02d}",
                f"{day}/{month}/{year}",
                f"{day:02d}.{month:02d}.{year % 100:02d}",
            )
        ),
        "dob_text": rng.choice(
            (
                f"{day} {month_name[:3]}. '{year % 100:02d}",
                f"{DAY_WORDS[day - 1]} {month_name} {year}",
            )
        ),
        "street": street3,
        "street2": street4,
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND7_ORGANISATIONS),
        "firm": rng.choice(BLIND7_FIRMS),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("(14) 0522", "140 522", "14 05 22", "14 - 0522")),
        "switch_long": SWITCHBOARD_LONG,
        "switch_alt": rng.choice(
            ("(0522) 85 95 00", "0522 859 500", "+31 (0)522 85 95 00", "0522-859500")
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "vergunningen@meppel.nl",
                "wmo@meppel.nl",
                "Belastingen@Meppel.nl",
                "klantcontact@meppel.nl",
                "evenementen@meppel.nl",
            )
        ),
        "iban_gem": MUNICIPAL_IBAN_TAXES,
        "iban_gem_flat": MUNICIPAL_IBAN_TAXES.replace(" ", ""),
        "zaak": rng.choice((f"Z/26/{zaak:05d}", f"MEP-Z-{zaak:05d}", f"zaak {zaak:06d}")),
        "kenmerk": rng.choice(
            (f"KW-{rng.randint(1000, 9999)}", f"BL/{rng.randint(10_000, 99_999)}/26")
        ),
        "date": rng.choice(
            (
                f"{rng.choice(('maandag', 'woensdag', 'vrijdag'))} de {d2}e",
                f"{d2} {MONTH_ABBREVIATIONS[m2 - 1]}. 2026",
                f"{d2}/{m2}",
            )
        ),
        "time": _clock6(rng, hour, minute).replace(" uur", "u").replace(".", ":"),
        "time2": f"{hour + 1}.{(minute + 15) % 60:02d} uur",
        "time_words": rng.choice(
            (f"kwart voor {HOUR_WORDS[hour - 7]}", f"tien over {HOUR_WORDS[hour - 8]}", "zessen")
        ),
        "amount": _amount7(rng),
        "amount2": _amount7(rng),
    }


BLIND7_CHAT = ChatTexts(
    chips=("VANDAAG", "MAANDAG", "{date}", "VRIJDAG"),
    join_notices=(
        "{mate} heeft {sur_title} en {other_first} toegevoegd",
        "{other} heeft de groep '{group}' aangemaakt",
        "{name} heeft je toegevoegd",
    ),
    later_notices=(
        "Buurman {neighbour_title} heeft de groep verlaten",
        "{other} heeft {mate_short} toegevoegd",
        "{name} heeft de groepsafbeelding gewijzigd",
        "{phone3} neemt deel via een uitnodigingslink",
    ),
    direct_notices=(
        "Je hebt {sur_title} gedeblokkeerd.",
        "{mate} gebruikt een zakelijk account.",
    ),
    replies=(
        "Ik leg het voor aan {firm}.",
        "Bedankt {first}, ik kijk ernaar.",
        "Is {addr2} het juiste adres?",
        "We bellen u {date} terug.",
        "Mailt u het naar {mailbox2}? Of bel {switch_var}.",
    ),
    card_owners=("{other}", "{mate_short}", "Gemeente Meppel", "{name}"),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd"),
    messages=6,
    forward_at=(0, 1, 2, 4),
    quote_at=(2, 3, 4, 5),
    card_at=(0, 2, -1),
    media_at=(0, 2, 3, 4),
    locations=(
        "Locatie|{addr2}, {postcode} {place}",
        "{mate}|Live locatie tot {time2}",
        "Mijn locatie|{street2}, {place}",
    ),
    location_at=(1, 2, 4),
    text_shares=(0.58, 0.68, 0.75, 0.82),
    photo_plates=("{plate}",),
)


# --- the eighth blind set's values and texts ---------------------------------------------------

BLIND8_ORGANISATIONS = (
    "Rova",
    "Humanitas Meppel",
    "Veilig Thuis Drenthe",
    "Vluchtelingenwerk Noord Nederland",
    "Centrum Jeugd en Gezin",
    "Kringloop De Ruil",
)
# Companies named after people (one shares a surname with the pool): must-keep.
BLIND8_FIRMS = (
    "Autobedrijf Gert Hulst",
    "Fysiotherapie Marijke Brink",
    "Schoonmaakbedrijf P. de Leeuw",
    "Installatietechniek Roelof Dekker",
    "Klussenbedrijf Ali Yildiz",
    "Uitvaartzorg Hanna Mulder",
)
BLIND8_POSTCODE_DIGITS = ("7941", "7942", "7945", "7946", "7947", "7957")


def _mobile8(rng: random.Random, *, parts: bool = False) -> str:
    """A mobile number in writings the earlier sets lacked; `parts`: three words or more."""
    r = _digits6(rng, 8, first="12345")
    spread = (
        f"06 {r[:3]} {r[3:6]} {r[6:]}",
        f"+31 (0) 6 {r[:4]} {r[4:]}",
        f"+31 06 {r[:4]} {r[4:]}",
    )
    if parts:
        return rng.choice(spread)
    return rng.choice(
        (
            *spread,
            f"06 - {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
            f"0031-6-{r}",
            f"06-{r[:3]} {r[3:5]} {r[5:]}",
            f"+31 6-{r}",
        )
    )


def _landline8(rng: random.Random) -> str:
    """A landline of Meppel, Steenwijk, Hardenberg or Zwolle (a three-digit area code)."""
    area = rng.choice(("0522", "0521", "0523", "038"))
    r = _digits6(rng, 10 - len(area))
    return rng.choice(
        (
            f"{area} {r}",
            f"({area}) {r[:3]} {r[3:]}",
            f"+31 {area[1:]} {r[:3]} {r[3:]}",
            f"{area}–{r}",
        )
    )


def _iban8(rng: random.Random, bank: str) -> str:
    """A Dutch IBAN rich in confusable digits, written as people type it."""
    c = _iban_compact("NL", bank + "".join(_digit6(rng) for _ in range(10)))
    return rng.choice(
        (
            f"{c[:2]} {c[2:4]} {c[4:8]} {c[8:11]} {c[11:14]} {c[14:]}",
            f"{c[:8]} {c[8:]}",
            _in_fours(c).lower(),
            _in_fours(c),
        )
    )


def _foreign_iban8(rng: random.Random) -> str:
    """A British, Portuguese or Italian IBAN (family abroad), grouped by four."""
    country, bank, digits = rng.choice((("GB", "NWBK", 14), ("PT", "", 21), ("IT", "X", 22)))
    return _in_fours(_iban_compact(country, bank + "".join(_digit6(rng) for _ in range(digits))))


def _dob8(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits and another in words."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1931, 2013)
    digits = rng.choice(
        (
            f"{day}-{month}-{year}",
            f"{day:02d}/{month:02d}/'{year % 100:02d}",
            f"{day}.{month}.{year}",
            f"{year}{month:02d}{day:02d}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1931, 2013)
    words = rng.choice(
        (
            f"{day} {BLIND5_MONTHS[month - 1][:3]} {year}",
            f"{day}e {BLIND5_MONTHS[month - 1]} {year}",
            f"{DAY_WORDS[day - 1]} {BLIND5_MONTHS[month - 1]} '{year % 100:02d}",
        )
    )
    return digits, words


def _blind8_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push = rng.sample(pools.first_names, 5)
    sur, neighbour = rng.sample(pools.word_surnames, 2)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    long_street = rng.choice([st for st in pools.streets if st.count(" ") >= 1])
    suffix = rng.choice(("", "", "-bg", " 2hg", " rd", "A2", "-3"))
    bsn, plate = _bsn7(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND8_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    dob, dob_text = _dob8(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 11)
    hour, minute = rng.randint(8, 15), rng.choice((0, 15, 30, 45))
    f, c = _ascii(first), _ascii(sur)
    zaak, number = rng.randint(1, 99_999), rng.randint(1, 240)
    return {
        "first": first,
        "first_lc": first.lower(),
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_rev": f"{_title(sur)}, {first}",
        "initials": f"{first[0]}.{rng.choice('JWMH')}.{rng.choice('ABC')}. {_title(sur)}",
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}.{rng.choice('MJ')}. {other_sur}",
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{mate_first} {_title(mate_sur).split()[-1][0]}.",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "kid": kid,
        "push": push,
        "phone": _mobile8(rng),
        "phone2": _mobile8(rng),
        "phone3": _mobile8(rng, parts=True),
        "landline": _landline8(rng),
        "iban": _iban8(rng, rng.choice(pools.bank_codes)),
        "iban_foreign": _foreign_iban8(rng),
        "bsn": bsn,
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
                f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}{suffix}",
        "addr2": f"{street2} {rng.randint(1, 99)}{rng.choice(('', 'a', '-1'))}",
        "addr3": f"{long_street} {rng.randint(2, 180)}{rng.choice(('-bg', ' zw', ' B', '-2'))}",
        "postcode": f"{digits} {letters}",
        "postcode_odd": rng.choice(
            (
                f"{digits} {letters[0]}{letters[1].lower()}",
                f"{digits}-{letters.lower()}",
                f"NL-{digits}{letters.lower()}",
            )
        ),
        "email": rng.choice(
            (
                f"{f}+gemeente@example.nl",
                f"{f[0]}.{c}@example-mail.nl",
                f"{c}{rng.randint(10, 99)}@example.com",
                f"info@{c}-{f}.example.nl",
            )
        ),
        "email2": rng.choice(
            (
                f"{_title(f)}.{_title(c)}@Example.nl",
                f"{c}.{f}.{_ascii(kid)}@example.org",
                f"{f}_{c}0{rng.randint(1, 9)}@example.be",
            )
        ),
        "url": rng.choice(
            (
                f"facebook.com/{f}.{c}.{rng.randint(1, 9)}",
                f"www.instagram.com/{c}_{f}",
                f"linkedin.com/in/{f}-{c}-{rng.choice('0158')}b{rng.randint(10, 99)}",
                f"https://www.tiktok.com/@{f}{c}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate.replace("-", ""), plate.lower(), plate.replace("-", " "))),
        "dob": dob,
        "dob_text": dob_text,
        "street": street3,
        "street2": street4,
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND8_ORGANISATIONS),
        "firm": rng.choice(BLIND8_FIRMS),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("140522", "14-0522", "(14)0522", "14.0522")),
        "switch_long": SWITCHBOARD_LONG,
        "switch_alt": rng.choice(
            ("0522-85 95 00", "0522 8595 00", "+31522859500", "0031 522 85 95 00")
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "burgerzaken@meppel.nl",
                "postbus@meppel.nl",
                "schuldhulp@meppel.nl",
                "Leerplicht@meppel.nl",
                "afval@meppel.nl",
            )
        ),
        "iban_gem": MUNICIPAL_IBAN,
        "iban_gem_flat": MUNICIPAL_IBAN_TAXES.replace(" ", "").lower(),
        "zaak": rng.choice((f"Z-2026-{zaak:06d}", f"2026-{zaak:05d}", f"Z26.{zaak:06d}")),
        "kenmerk": rng.choice(
            (f"UIT-{rng.randint(1000, 9999)}", f"BRP/{rng.randint(10_000, 99_999)}")
        ),
        "melding": rng.choice((f"M-{rng.randint(100_000, 999_999)}", f"MOR-26-{zaak:05d}")),
        "kvk": rng.choice("0158") + _digits6(rng, 7, first="0158"),
        "po": "45" + _digits6(rng, 8, first="0158"),
        "factuur": rng.choice((f"F2026-{rng.randint(1, 9999):05d}", f"2026.{zaak:04d}")),
        "date": rng.choice(
            (
                f"{rng.choice(('dinsdag', 'donderdag', 'zaterdag'))} {d2} {BLIND5_MONTHS[m2 - 1]}",
                f"{d2}-{m2:02d}-2026",
                f"{d2} {MONTH_ABBREVIATIONS[m2 - 1]} '26",
                f"{d2}/{m2}/26",
            )
        ),
        "time": _clock6(rng, hour, minute),
        "time2": f"{hour + 1}:{minute:02d}",
        "time_words": rng.choice(
            ("na vieren", f"kwart over {HOUR_WORDS[hour - 8]}", f"half {HOUR_WORDS[hour - 6]}")
        ),
        "amount": _amount7(rng),
        "amount2": _amount6(rng),
    }


BLIND8_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "DINSDAG"),
    join_notices=(
        "{other} heeft deze groep aangemaakt",
        "{mate} heeft {sur_lc} en {first} toegevoegd",
        "Je bent toegevoegd door {name}",
    ),
    later_notices=(
        "{neighbour_title} heeft de groep verlaten",
        "{mate_short} is nu beheerder",
        "{name} heeft de groepsnaam gewijzigd",
        "{phone3} is vertrokken",
    ),
    direct_notices=(
        "{sur_title} heeft een nieuw nummer. Tik om te chatten.",
        "Dit is een zakelijk account van {firm}.",
    ),
    replies=(
        "Dank u, {first}.",
        "Ik stuur het door naar {org}.",
        "Staat {addr2} goed in ons systeem?",
        "Belt u {switch} als het niet lukt.",
        "We komen {date} om {time2} langs.",
    ),
    card_owners=("{mate}", "{other}", "Gemeente Meppel", "Juf {neighbour_title}"),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd"),
    messages=6,
    forward_at=(0, 1, 3, 4),
    quote_at=(2, 3, 4, 5),
    card_at=(0, 3, -1),
    media_at=(0, 1, 2, 4),
    locations=(
        "Locatie|{addr}, {postcode} {place}",
        "{other_first}|Live locatie tot {time2}",
        "Gedeelde locatie|{street2} bij {firm}",
    ),
    location_at=(1, 3, 4),
    text_shares=(0.56, 0.66, 0.74, 0.8),
    photo_plates=("{plate}",),
)


# --- the ninth blind set's values and texts ----------------------------------------------------

BLIND9_ORGANISATIONS = (
    "Voedselbank Meppel",
    "Leger des Heils",
    "Staatsbosbeheer",
    "Stichting Welzijn Ouderen Meppel",
    "Wijkteam Meppel-Noord",
    "Politie Basisteam Zuidwest-Drenthe",
)
# Companies named after people (one after a first name, two after surnames of the pool):
# must-keep.
BLIND9_FIRMS = (
    "Notariskantoor Mr. J. Pot",
    "Groenvoorziening H. Nagel",
    "Kapsalon Emine",
    "Garage Albert Kuipers",
    "Loonbedrijf Gebr. Algra",
    "Taxi Yusuf Meppel",
)
BLIND9_POSTCODE_DIGITS = ("7943", "7944", "7948", "7951", "7955", "7961")


def _ascii9(name: str) -> str:
    """A name as it is typed in an address: no accents, spaces or hyphens, lowercase."""
    folded = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    return "".join(c for c in folded if c.isalnum() and c.isascii()).lower()


def _mobile9(rng: random.Random, *, parts: bool = False) -> str:
    """A mobile number in writings the earlier sets lacked; `parts`: three words or more."""
    r = _digits6(rng, 8, first="12345")
    spread = (
        f"+31 6 {r[:3]} {r[3:5]} {r[5:]}",
        f"0031 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+31 (0)6 - {r[:4]} {r[4:]}",
        f"06 {r[:4]} {r[4:]}",
    )
    if parts:
        return rng.choice(spread)
    return rng.choice((*spread, f"06-{r[:4]}.{r[4:]}", f"+316-{r}", f"06{r}", f"06 {r}"))


def _landline9(rng: random.Random) -> str:
    """A landline of Meppel, Hoogeveen, Emmeloord or Wolvega."""
    area, r = rng.choice(("0522", "0528", "0527", "0561")), _digits6(rng, 6)
    return rng.choice(
        (
            f"{area}-{r[:3]} {r[3:]}",
            f"({area})-{r}",
            f"+31 (0) {area[1:]} {r}",
            f"{area} {r[:2]} {r[2:4]} {r[4:]}",
        )
    )


def _iban9(rng: random.Random, bank: str) -> str:
    """A Dutch IBAN rich in confusable digits: grouped, in mixed case, split after the bank."""
    c = _iban_compact("NL", bank + "".join(_digit6(rng) for _ in range(10)))
    return rng.choice(
        (
            _in_fours(c),
            f"{c[:2]} {c[2:4]} {c[4:8]} {c[8:]}",
            _in_fours(c[:4] + c[4:8].lower() + c[8:]),
            f"{c[:4]} {c[4:8]} {c[8:12]}{c[12:]}",
        )
    )


def _foreign_iban9(rng: random.Random) -> str:
    """An Irish, Lithuanian, Czech or Austrian IBAN (family abroad), grouped by four."""
    while True:
        country, bank, digits = rng.choice(
            (("IE", "AIBK", 14), ("LT", "", 16), ("CZ", "", 20), ("AT", "", 16))
        )
        compact = _iban_compact(country, bank + "".join(_digit6(rng) for _ in range(digits)))
        if stdnum_iban.is_valid(compact):
            return _in_fours(compact)


def _dob9(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits and another in words."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1929, 2014)
    digits = rng.choice(
        (
            f"{day}/{month}/{year}",
            f"{day:02d}.{month:02d}.{year % 100:02d}",
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-'{year % 100:02d}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1929, 2014)
    words = rng.choice(
        (
            f"{day} {BLIND5_MONTHS[month - 1][:3]}. {year}",
            f"{day} {BLIND5_MONTHS[month - 1].capitalize()} {year}",
            f"{day} {BLIND5_MONTHS[month - 1]} {year}",
        )
    )
    return digits, words


def _blind9_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push = rng.sample(pools.first_names, 5)
    sur, neighbour = rng.sample(pools.word_surnames, 2)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    long_street = rng.choice([st for st in pools.streets if st.count(" ") >= 2])
    suffix = rng.choice(("", "", " a", "-A", " III", "bis", "-101"))
    bsn, plate = _bsn7(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND9_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    dob, dob_text = _dob9(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 15), rng.choice((0, 15, 30, 45))
    f, c, n = _ascii9(first), _ascii9(sur), rng.randint(1, 99_999)
    initial = rng.choice("JMHAW")
    return {
        "first": first,
        "first_lc": first.lower(),
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_rev": f"{_title(sur)} {first[0]}.",
        "initials": rng.choice(
            (
                f"{first[0]}. {_title(sur)}",
                f"{first[0]}{initial} {_title(sur)}",
                f"{first[0]}.{initial}.{_title(sur)}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}. {other_sur}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{mate_first} {_title(mate_sur).split()[-1][0]}.",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "kid": kid,
        "push": push,
        "phone": _mobile9(rng),
        "phone2": _mobile9(rng),
        "phone3": _mobile9(rng, parts=True),
        "landline": _landline9(rng),
        "iban": _iban9(rng, rng.choice(pools.bank_codes)),
        "iban_flat": _iban_compact(
            "NL", rng.choice(pools.bank_codes) + "".join(_digit6(rng) for _ in range(10))
        ),
        "iban_foreign": _foreign_iban9(rng),
        "bsn": bsn,
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
                f"{bsn[:5]} {bsn[5:]}",
                f"{bsn[:2]}.{bsn[2:5]}.{bsn[5:]}",
            )
        ),
        "addr": f"{street} {rng.randint(1, 260)}{suffix}",
        "addr2": f"{street2} {rng.randint(1, 120)}{rng.choice(('', 'b', '-4', ' 1e'))}",
        "addr3": f"{long_street} {rng.randint(2, 90)}{rng.choice((' A', ' bis', ' 1e', ' III'))}",
        "postcode": f"{digits} {letters}",
        "postcode_odd": rng.choice(
            (f"{digits}{letters}", f"{digits}{letters.lower()}", f"{digits} {letters.lower()}")
        ),
        "email": rng.choice(
            (
                f"{f[0]}{c}@student.example.nl",
                f"{f}.{c}(at)example.nl",
                f"{f}-{c}{rng.randint(60, 99)}@example.eu",
                f"{c}.{f}@mail.example.com",
            )
        ),
        "email2": rng.choice(
            (
                f"{_title(f)}{_title(c)}@example.com",
                f"{f}{rng.randint(1, 9)}{c}@example.org",
                f"{c}_{f[0]}@example.nl",
            )
        ),
        "url": rng.choice(
            (
                f"x.com/{f}{c}",
                f"twitter.com/{c}_{f}{rng.randint(1, 99)}",
                f"https://m.facebook.com/{f}.{c}.{rng.randint(1, 9)}",
                f"nl.linkedin.com/in/{f}{c}",
                f"instagram.com/{f}.{c}/",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate.lower().replace("-", " "), plate.replace("-", ""))),
        "dob": dob,
        "dob_text": dob_text,
        "street": street3,
        "street2": street4,
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND9_ORGANISATIONS),
        "firm": rng.choice(BLIND9_FIRMS),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14-0522", "140 522", "14 05 22")),
        "switch_long": SWITCHBOARD_LONG,
        "switch_alt": rng.choice(("0522 859 500", "+31 (0)522 85 95 00", "0522-859500")),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "wmo@meppel.nl",
                "vergunningen@meppel.nl",
                "oekraine@meppel.nl",
                "Woo@meppel.nl",
                "jeugd@meppel.nl",
            )
        ),
        "wa_gem": rng.choice(
            (MUNICIPAL_WHATSAPP, MUNICIPAL_WHATSAPP.replace(" ", "-", 1).replace(" ", ""))
            + ("+31 6 1400 0522",)
        ),
        "url_gem": rng.choice(
            ("www.meppel.nl/woo", "meppel.nl/afvalpas", "https://www.meppel.nl/melding")
        ),
        "postbus": MUNICIPAL_POSTBUS,
        "iban_gem": rng.choice((MUNICIPAL_IBAN, MUNICIPAL_IBAN_TAXES.lower())),
        "zaak": rng.choice(
            (f"ZK26-{n:06d}", f"Z/2026/{n:05d}", f"OLO-{rng.randint(10**6, 10**7 - 1)}")
        ),
        "kenmerk": rng.choice(
            (f"VOG-{rng.randint(10_000, 99_999)}", f"WMO/26/{rng.randint(1, 9999):04d}")
        ),
        "melding": rng.choice((f"MOR{n:07d}", f"26-M-{n:05d}")),
        "kvk": _digits6(rng, 8, first="0158"),
        "po": "45" + _digits6(rng, 8, first="0158"),
        "factuur": rng.choice((f"90{_digits6(rng, 8)}", f"FAC-2026-{rng.randint(1, 9999):04d}")),
        "ref": rng.choice(
            (
                f"{rng.randint(1, 40):02d}-{rng.randint(1, 300):03d}",
                f"B{rng.randint(10_000, 99_999)}",
            )
        ),
        "timespan": rng.choice((f"{hour}.00 en {hour + 2}.30 uur", f"{hour}:00 en {hour + 3}:00")),
        "date": rng.choice(
            (
                f"{rng.choice(('maandag', 'woensdag', 'vrijdag'))} {d2} {BLIND5_MONTHS[m2 - 1]}",
                f"{d2}-{m2}-2026",
                f"{d2} {BLIND5_MONTHS[m2 - 1]} 2026",
                f"{d2}/{m2}",
            )
        ),
        "time": rng.choice((f"{hour}:{minute:02d}", f"{hour}.{minute:02d} uur")),
        "time2": f"{hour + 2}.{minute:02d}",
        "amount": rng.choice(
            (f"€ {rng.randint(20, 3800)},{rng.randint(0, 99):02d}", f"€{rng.randint(20, 900)}")
        ),
        "amount2": f"EUR {rng.randint(8, 450)}",
    }


BLIND9_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "ZATERDAG"),
    join_notices=(
        "{mate} heeft {other} en {phone3} toegevoegd",
        "{other_first} heeft je toegevoegd aan {group}",
        "{name} heeft deze groep gemaakt",
    ),
    later_notices=(
        "{other} heeft {neighbour_title} verwijderd",
        "{mate_short} heeft de groepsafbeelding gewijzigd",
        "Verdwijnende berichten ingeschakeld door {mate}",
        "{first_lc} is lid geworden via een link",
    ),
    direct_notices=(
        "Gemiste spraakoproep van {first_lc}",
        "{other} staat niet in je contacten. Blokkeren of toevoegen?",
    ),
    replies=(
        "Bedankt {first}, ik zoek het uit.",
        "Dat regel ik met {org}, zaak {zaak}.",
        "Klopt {addr} nog? Dan komt {org} op {date}.",
        "Betalen kan op {iban_gem} o.v.v. {kenmerk}.",
        "App gerust naar {wa_gem}.",
        "Tot {date} tussen {timespan}.",
    ),
    card_owners=("{name_rev}", "Wijkagent {neighbour_title}", "{other_lc}", "Gemeente Meppel"),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd"),
    messages=6,
    forward_at=(0, 2, 3, 5),
    quote_at=(2, 3, 4, 5),
    card_at=(1, 3, -1),
    media_at=(0, 2, 3),
    locations=(
        "Hier is het|{addr2}, {postcode} {place}",
        "{first}|Live locatie gedeeld",
        "Speelplek|{street} bij {firm}",
    ),
    location_at=(2, 4),
    text_shares=(0.6, 0.7, 0.78),
    photo_plates=("{plate}",),
    documents=(
        "Huurcontract {name}.pdf|2 pagina's · PDF · 184 kB",
        "Scan ID-kaart {other}.jpg|JPG · 1,2 MB",
        "Beschikking {zaak}.pdf|4 pagina's · PDF · 96 kB",
        "Machtiging {initials}.pdf|1 pagina · PDF · 58 kB",
    ),
    document_at=(1, 3, 4),
)


# --- the tenth blind set's values and texts ----------------------------------------------------

BLIND10_ORGANISATIONS = (
    "Brandweer Meppel",
    "Zwembad De Bleker",
    "Stichting Present Meppel",
    "Vluchtelingenwerk Noord-Nederland",
    "Humanitas Zuidwest-Drenthe",
    "Historische Vereniging Meppel",
)
# Companies named after people (one after a first name, two after surnames of the pool):
# must-keep.
BLIND10_FIRMS = (
    "Installatiebedrijf R. Vonk",
    "Bloemenhuis Rosa",
    "Schildersbedrijf Westerhof",
    "Uitvaartzorg Dinie Brink",
    "Verhuisbedrijf Gebr. Hulshof",
    "Fietsenmaker Hendrik Stok",
)
BLIND10_POSTCODE_DIGITS = ("7942", "7945", "7946", "7953", "7957", "7958")
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def _mobile10(rng: random.Random, *, parts: bool = False) -> str:
    """A mobile number in writings the earlier sets lacked; `parts`: three words or more."""
    r = _digits6(rng, 8, first="23456")
    spread = (
        f"06 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+31 6 {r[:4]}-{r[4:]}",
        f"+31 6{r[:2]} {r[2:5]} {r[5:]}",
        f"0031 (0) 6 {r[:4]} {r[4:]}",
    )
    if parts:
        return rng.choice(spread)
    return rng.choice((*spread, f"+31-(0)6-{r}", f"0031-6{r}", f"06{r[:4]} {r[4:]}", f"0031 6-{r}"))


def _landline10(rng: random.Random) -> str:
    """A landline of Meppel, Raalte, Deventer or Rijssen, flat or with the area in brackets."""
    area, r = rng.choice(("0522", "0572", "0570", "0548")), _digits6(rng, 6)
    return rng.choice(
        (
            f"{area}{r}",
            f"+31{area[1:]}{r}",
            f"({area}){r}",
            f"0031-{area[1:]}-{r[:3]} {r[3:]}",
        )
    )


def _iban10(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str]:
    """A Dutch IBAN in three words or more and another in one (autocapitalised or dashed)."""
    c = _iban_compact("NL", rng.choice(banks) + "".join(_digit6(rng) for _ in range(10)))
    pairs = " ".join(c[i : i + 2] for i in range(8, 18, 2))
    grouped = rng.choice(
        (
            f"{c[:4]} {c[4:8]} {pairs}",
            f"{c[:4]} {c[4:8]} {c[8:]}",
            c[0] + _in_fours(c)[1:].lower(),
        )
    )
    c = _iban_compact("NL", rng.choice(banks) + _digits6(rng, 10, "0158"))
    flat = rng.choice((c[0] + c[1:].lower(), f"{c[:2]}-{c[2:4]}-{c[4:8]}-{c[8:]}"))
    return grouped, flat


def _foreign_iban10(rng: random.Random) -> str:
    """A Hungarian, Greek, Swedish or Croatian IBAN (family abroad), grouped by four."""
    while True:
        country, digits = rng.choice((("HU", 24), ("GR", 23), ("SE", 20), ("HR", 17)))
        body = "".join(_digit6(rng) for _ in range(digits))
        compact = _iban_compact(country, body)
        if stdnum_iban.is_valid(compact):
            return _in_fours(compact)


def _dob10(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits and another with its weekday or a capitalised abbreviation."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1932, 2015)
    digits = rng.choice(
        (
            f"{day:02d} {month:02d} {year}",
            f"{day}.{month}.{year % 100:02d}",
            f"{day}-{BLIND5_MONTHS[month - 1][:3]}-{year}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1932, 2015)
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    words = rng.choice(
        (
            f"{weekday} {day} {BLIND5_MONTHS[month - 1]} {year}",
            f"{day} {BLIND5_MONTHS[month - 1][:3].capitalize()} {year}",
            f"{BLIND5_MONTHS[month - 1]} {day}, {year}",
        )
    )
    return digits, words


def _blind10_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push = rng.sample(pools.first_names, 5)
    sur, neighbour = rng.sample(pools.word_surnames, 2)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    long_street = rng.choice([st for st in pools.streets if st.count(" ") >= 2])
    number = f"{rng.randint(1, 240)}{rng.choice(('', '', '-C', ' rood', '.2', 'zw'))}"
    bsn, plate = _bsn7(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND10_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    dob, dob_text = _dob10(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 15), rng.choice((0, 10, 20, 30, 40, 50))
    f, c = _ascii9(first), _ascii9(sur)
    n = rng.randint(1, 99_999)
    kvk = _digits6(rng, 8, first="0158")
    iban, iban_flat = _iban10(rng, pools.bank_codes)
    return {
        "first": first,
        "first_lc": first.lower(),
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_rev": f"{_title(sur)}, {first}",
        "initials": rng.choice(
            (f"{first[0]}. {_title(sur)}", f"{first[0]}.{rng.choice('PRW')}. {_title(sur)}")
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}. {_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{mate_first} {_title(mate_sur).split()[-1][0]}.",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "kid": kid,
        "push": push,
        "phone": _mobile10(rng),
        "phone2": _mobile10(rng),
        "phone3": _mobile10(rng, parts=True),
        "landline": _landline10(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_foreign": _foreign_iban10(rng),
        "bsn": bsn,
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:3]} {bsn[3:5]} {bsn[5:]}",
                f"{bsn[:8]}-{bsn[8]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": f"{street2} {rng.randint(1, 140)}{rng.choice(('', 'c', '/3', ' bov'))}",
        "addr3": f"{long_street} {rng.randint(2, 80)}{rng.choice(('', ' B', '-12'))}",
        "postcode": f"{digits} {letters}",
        "postcode_odd": rng.choice(
            (f"{digits} - {letters}", f"NL {digits}{letters}", f"{digits}/{letters}")
        ),
        "email": rng.choice(
            (
                f"{f}.{c}+gemeente@example.nl",
                f"{f.upper()}.{c.upper()}@EXAMPLE.COM",
                f"{f}{c}[at]example.nl",
                f"{c}{f[0]}@mail.example.org",
            )
        ),
        "email2": rng.choice(
            (f"{f} @ example.nl", f"{f[0]}.{c}@{c}-thuis.example", f"info@{f}{c}.example")
        ),
        "url": rng.choice(
            (
                f"youtube.com/@{f}{c}",
                f"facebook.com/profile.php?id=1000{_digits6(rng, 11)}",
                f"linktr.ee/{f}_{c}",
                f"threads.net/@{c}.{f}",
                f"wa.me/316{_digits6(rng, 8)}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate.lower(), plate.replace("-", "."))),
        "dob": dob,
        "dob_text": dob_text,
        "street": street3,
        "street2": street4,
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND10_ORGANISATIONS),
        "firm": rng.choice(BLIND10_FIRMS),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("tel. 14 0522", "14/0522", "14 0 522")),
        "switch_long": SWITCHBOARD_LONG,
        "switch_alt": rng.choice(("0522 – 859 500", "+31 522 859500", "0522/859500")),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "stembureau@meppel.nl",
                "mantelzorg@meppel.nl",
                "Handhaving@Meppel.nl",
                "subsidies@meppel.nl",
                "ligplaatsen@meppel.nl",
            )
        ),
        "wa_gem": rng.choice(("06-14000522", "+31 6 14000522", "0614000522", "06 14 00 05 22")),
        "url_gem": rng.choice(
            ("meppel.nl/stempas", "https://www.meppel.nl/carbid", "www.meppel.nl/mantelzorg")
        ),
        "postbus": rng.choice((MUNICIPAL_POSTBUS, "Postbus 501 7940 AM Meppel")),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN.replace(" ", "-"),
                "NL 98 BNGH 0285 1184 50",
                MUNICIPAL_IBAN_TAXES,
            )
        ),
        "zaak": rng.choice((f"Z26.{n:06d}", f"2026-{n:05d}-Z", f"ZAAK-26-{n:05d}")),
        "kenmerk": rng.choice(
            (f"MZW-26-{rng.randint(100, 9999)}", f"BZ/{rng.randint(10_000, 99_999)}/26")
        ),
        "melding": rng.choice((f"M-26-{n:06d}", f"MOR-{n:05d}")),
        "kvk": rng.choice((f"{kvk[:4]} {kvk[4:]}", f"{kvk[:2]}.{kvk[2:5]}.{kvk[5:]}")),
        "po": "4500" + _digits6(rng, 6, first="0158"),
        "factuur": f"F26/{rng.randint(1, 99_999):05d}",
        "org_phone": rng.choice(("0900-8844", "0900 8844", "0800-2000", "0800 2000")),
        "hours": rng.choice(
            (
                "ma t/m vr 8.30-17.00 uur",
                "maandag tot en met donderdag van 9.00 tot 16.00 uur",
                "op werkdagen tussen 08:30 en 12:30",
            )
        ),
        "timespan": rng.choice(
            (f"{hour}.30 - {hour + 2}.00 uur", f"{hour}u-{hour + 3}u", f"van {hour} tot {hour + 1}")
        ),
        "date": rng.choice(
            (
                f"{WEEKDAYS[rng.randint(0, 4)]} {d2}/{m2}",
                f"{d2}.{m2}.2026",
                f"{d2} {BLIND5_MONTHS[m2 - 1][:3]}. 2026",
                f"{d2:02d}-{m2:02d}-'26",
            )
        ),
        "time": rng.choice((f"{hour}:{minute:02d}u", f"{hour}.{minute:02d}", f"kwart over {hour}")),
        "time2": f"{hour + 1}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(1, 9)}.{rng.randint(0, 999):03d},{rng.randint(0, 99):02d}",
                f"€{rng.randint(15, 950)},00",
                f"{rng.randint(15, 400)} euro en {rng.randint(5, 95)} cent",
            )
        ),
        "amount2": rng.choice((f"€ {rng.randint(20, 300)},-", f"{rng.randint(20, 300)} EUR")),
    }


BLIND10_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "DONDERDAG"),
    join_notices=(
        "{other_first} heeft de groep '{group}' gemaakt",
        "{name} heeft {mate_short} en {neighbour_title} toegevoegd",
        "Je bent lid geworden via een link van {other}",
    ),
    later_notices=(
        "{mate_first} heeft {first_lc} verwijderd",
        "{other} heeft de groepsbeschrijving gewijzigd",
        "{neighbour_title} is geen beheerder meer",
        "{phone2} heeft de groep verlaten",
    ),
    direct_notices=(
        "Gemiste video-oproep van {name}",
        "Je hebt {other} geblokkeerd. Tik om te deblokkeren.",
    ),
    replies=(
        "Dank je {first_lc}, komt goed.",
        "Ik check het even bij {firm}.",
        "Is {phone} het beste nummer?",
        "Tot {date}, rond {time}.",
        "Het formulier staat op {url_gem}.",
        "Bellen mag ook: {switch_long}, {hours}.",
        "Graag overmaken naar {iban_gem}.",
        "Buiten kantoortijd: politie {org_phone}.",
    ),
    card_owners=("{other}", "Meester {neighbour_title}", "{first_lc} {sur_lc}", "Gemeente Meppel"),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd"),
    messages=6,
    forward_at=(0, 1, 3, 5),
    quote_at=(2, 3, 4, 5),
    card_at=(0, 2, -1),
    media_at=(0, 1, 3),
    locations=(
        "Ophaalpunt|{addr}, {place}",
        "{mate_first}|Live locatie · nog 45 min",
        "Vreugdevuur|Veld achter de {street2}, {place}",
    ),
    location_at=(1, 3, 4),
    text_shares=(0.58, 0.68, 0.76),
    photo_plates=("{plate}",),
    documents=(
        "Geboorteakte {kid} {sur}.pdf|1 pagina · PDF · 212 kB",
        "Volmacht {other}.pdf|PDF · 74 kB",
        "Offerte {firm}.pdf|3 pagina's · PDF · 130 kB",
        "Foto_{plate_text}.jpg|JPG · 2,4 MB",
    ),
    document_at=(2, 4),
)

BLIND11_ORGANISATIONS = (
    "Speeltuinvereniging De Plataan",
    "Voedselbank Meppel",
    "Schouwburg Ogterop",
    "Sportvereniging MSC",
    "Stichting Welzijn Ouderen Meppel",
    "Reddingsbrigade Meppel",
)
# Companies named after people (after a first name and surnames of the pool): must-keep.
BLIND11_FIRMS = (
    "Kapsalon Joy",
    "Bakkerij Klomp",
    "Autobedrijf Gebr. Hert",
    "Hoveniersbedrijf Bink & Zn.",
    "Loodgietersbedrijf J. Pluim",
    "Rioolservice De Reus B.V.",
)
BLIND11_POSTCODE_DIGITS = ("7943", "7944", "7946", "7947", "7948", "7949")
BLIND11_EVENTS = (
    "Koningsdag 27 april",
    "de Meppeler Dinsdagmarkt",
    "Bevrijdingsdag 5 mei",
    "de Landelijke Opschoondag",
    "de Kermis op de Markt",
)


def _mobile11(rng: random.Random, *, parts: bool = False) -> str:
    """A mobile number in writings the earlier sets lacked; `parts`: three words or more."""
    r = _digits6(rng, 8, first="23456")
    spread = (
        f"06 {r[:3]} {r[3:5]} {r[5:]}",
        f"(+31) 6 {r[:4]} {r[4:]}",
        f"+31 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"06 – {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"(+31)6-{r}",
        f"+31.6.{r[:2]}.{r[2:4]}.{r[4:6]}.{r[6:]}",
        f"06{r[:2]}.{r[2:5]}.{r[5:]}",
        f"+31 6{r}",
    )
    return rng.choice((*spread, *flat))


def _abroad11(rng: random.Random) -> str:
    """A mobile number of family abroad: Belgian, German, Polish, Turkish or Ghanaian."""
    r = _digits6(rng, 9, first="2345678")
    return rng.choice(
        (
            f"+32 47{r[0]} {r[1:3]} {r[3:5]} {r[5:7]}",
            f"+49 151 {r[:4]} {r[4:8]}",
            f"+48 5{r[:2]} {r[2:5]} {r[5:8]}",
            f"+90 53{r[0]} {r[1:4]} {r[4:6]} {r[6:8]}",
            f"+233 24 {r[:3]} {r[3:7]}",
        )
    )


def _landline11(rng: random.Random) -> str:
    """A landline of Steenwijk, Dalfsen, Hardenberg, Emmen or Groningen."""
    area = rng.choice(("0521", "0529", "0523", "0591", "050"))
    r = _digits6(rng, 10 - len(area))
    return rng.choice(
        (
            f"{area}-{r}",
            f"({area}) {r[:-4]} {r[-4:-2]} {r[-2:]}",
            f"+31 (0){area[1:]} {r}",
            f"{area} - {r[:3]} {r[3:]}",
        )
    )


def _iban11(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str]:
    """A Dutch IBAN in five words (the bank code in title case or after a dash) and another in
    one or two (the country in lowercase, or split after the bank code)."""
    c = _iban_compact("NL", rng.choice(banks) + "".join(_digit6(rng) for _ in range(10)))
    grouped = rng.choice(
        (
            f"{c[:4]} {c[4]}{c[5:8].lower()} {c[8:12]} {c[12:16]} {c[16:]}",
            f"{c[:2]}-{c[2:4]} {c[4:8]} {c[8:12]} {c[12:16]} {c[16:]}",
            f"{c[:4]} {c[4:8]} {c[8:11]} {c[11:14]} {c[14:]}",
        )
    )
    c = _iban_compact("NL", rng.choice(banks) + _digits6(rng, 10, "0158"))
    flat = rng.choice((c[:2].lower() + c[2:], f"{c[:4]} {c[4:]}"))
    return grouped, flat


def _foreign_iban11(rng: random.Random) -> str:
    """A Norwegian, Danish, Finnish, Slovak, Slovenian or Bosnian IBAN, grouped by four."""
    while True:
        country, digits = rng.choice(
            (("NO", 11), ("DK", 14), ("FI", 14), ("SK", 20), ("SI", 15), ("BA", 16))
        )
        body = "".join(_digit6(rng) for _ in range(digits))
        compact = _iban_compact(country, body)
        if stdnum_iban.is_valid(compact):
            return _in_fours(compact)


def _bsn11_short(rng: random.Random) -> str:
    """A BSN that starts with a zero, written without it (eight digits, as on old papers)."""
    while True:
        digits = [0, rng.randint(1, 9)] + [int(_digit6(rng)) for _ in range(6)]
        last = _bsn_check(digits)
        if last < 10:
            return "".join(map(str, digits[1:])) + str(last)


def _btw11(rng: random.Random) -> str:
    """A company's VAT number of the kind issued since 2020 (mod 97, no BSN in it)."""
    while True:
        number = f"{_digits6(rng, 9, first='0')}B{rng.randint(1, 99):02d}"
        if stdnum_btw.is_valid(number) and not stdnum_bsn.is_valid(number[:9]):
            return "NL" + number


def _dob11(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (unpadded, year first, flat) and another with the month in
    words (an ordinal day, a capitalised month, an abbreviation with a dot)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1931, 2016)
    digits = rng.choice(
        (f"{day}-{month}-{year}", f"{year}/{month:02d}/{day:02d}", f"{day:02d}{month:02d}{year}")
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1931, 2016)
    name = BLIND5_MONTHS[month - 1]
    short = name[:3] + ("." if len(name) > 3 else "")
    words = rng.choice(
        (f"{day}e {name} {year}", f"{day} {name.capitalize()} {year}", f"{day} {short} {year}")
    )
    return digits, words


def _blind11_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push = rng.sample(pools.first_names, 5)
    sur, neighbour = rng.sample(pools.word_surnames, 2)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    long_street = rng.choice([st for st in pools.streets if st.count(" ") >= 2])
    number = f"{rng.randint(1, 260)}{rng.choice(('', ' hs', '-III', ' bis', 'A-2', ' bg'))}"
    bsn, plate = _bsn7(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND11_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    dob, dob_text = _dob11(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 15), rng.choice((0, 15, 30, 45))
    f, c = _ascii9(first), _ascii9(sur)
    year = rng.randint(1960, 2005) % 100
    n = rng.randint(1, 99_999)
    kvk = _digits6(rng, 8, first="0158")
    iban, iban_flat = _iban11(rng, pools.bank_codes)
    return {
        "first": first,
        "first_lc": first.lower(),
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        # As on a passport or an official letter: the surname in capitals before the first name.
        "name_rev": f"{sur.upper()} {first}",
        "initials": rng.choice(
            (
                f"{first[0]}.{rng.choice('AJM')}. {_title(sur)}",
                f"{first[0]}. {_title(sur)}-{_title(other_sur)}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}. {_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{mate_first} {_title(mate_sur).split()[-1][0]}.",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "kid": kid,
        "push": push,
        "phone": _mobile11(rng),
        "phone2": _mobile11(rng),
        "phone3": _mobile11(rng, parts=True),
        "phone_abroad": _abroad11(rng),
        "landline": _landline11(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_foreign": _foreign_iban11(rng),
        "bsn": bsn,
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:6]} {bsn[6:]}",
                f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            )
        ),
        "bsn_short": _bsn11_short(rng),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": f"{street2} {rng.randint(1, 150)}{rng.choice(('', '-1', ' 2hg', 'D'))}",
        "addr3": f"{long_street} {rng.randint(2, 90)}{rng.choice(('', ' hs', '-4'))}",
        "postcode": f"{digits} {letters}",
        "postcode_odd": rng.choice(
            (
                f"{digits[:2]} {digits[2:]} {letters}",
                f"{digits}{letters}",
                f"{digits} {letters.lower()}",
            )
        ),
        "email": rng.choice(
            (
                f"{f}_{c}{year:02d}@example.nl",
                f"{c}.{f}@student.example.nl",
                f"{f[0].upper()}.{c.capitalize()}@Example.NL",
                f"{f}-{c}@example.com",
            )
        ),
        "email2": rng.choice(
            (f"fam.{c}@example.nl", f"{f}{year:02d}@example.org", f"{c}-{f}@mail.example")
        ),
        "url": rng.choice(
            (
                f"t.me/{f}{c}",
                f"snapchat.com/add/{f}.{c}",
                f"gofundme.com/f/help-{f}-{c}",
                f"marktplaats.nl/u/{f}-{c}/{_digits6(rng, 8)}",
                f"vinted.nl/member/{_digits6(rng, 9)}-{f}{c}",
                f"strava.com/athletes/{f}-{c}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate.replace("-", " "), plate.replace("-", ""))),
        "dob": dob,
        "dob_text": dob_text,
        "street": street3,
        "street2": street4,
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND11_ORGANISATIONS),
        "firm": rng.choice(BLIND11_FIRMS),
        "event": rng.choice(BLIND11_EVENTS),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14 05 22", "14-0522", "(14) 0522")),
        "switch_long": SWITCHBOARD_LONG,
        "switch_alt": rng.choice(
            ("(0522) 85 95 00", "+31 (0)522 85 95 00", "0031 522 859 500", "0522-85 95 00")
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "vergunningen@meppel.nl",
                "zwerfafval@meppel.nl",
                "Wmo@meppel.nl",
                "parkeren@meppel.nl",
                "Gemeente@Meppel.nl",
            )
        ),
        "wa_gem": rng.choice(
            ("+31 6 1400 0522", "(06) 14000522", "06-1400 0522", MUNICIPAL_WHATSAPP)
        ),
        "url_gem": rng.choice(
            ("meppel.nl/laadpaal", "https://meppel.nl/parkeren", "www.meppel.nl/zwerfafval")
        ),
        "postbus": rng.choice((MUNICIPAL_POSTBUS, "Postbus 501, 7940AM Meppel")),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN.replace(" ", "").lower(),
                "NL98-BNGH-0285-1184-50",
                MUNICIPAL_IBAN,
                "NL36 BNGH 0285007531",
            )
        ),
        "zaak": rng.choice((f"Z/26/{n:06d}", f"ZK26-{n:06d}", f"2026/Z/{n:05d}")),
        "kenmerk": rng.choice(
            (f"BV-26-{rng.randint(100, 9999)}", f"PV/{rng.randint(10_000, 99_999)}")
        ),
        "melding": rng.choice((f"MOR-26-{n:05d}", f"M{n:07d}")),
        "kvk": rng.choice((kvk, f"{kvk[:4]}.{kvk[4:]}", f"{kvk[:2]} {kvk[2:5]} {kvk[5:]}")),
        "btw": _btw11(rng),
        "besluit": rng.choice(
            (f"2026/{rng.randint(100, 999)}", f"RV-2026-{rng.randint(1, 99):03d}")
        ),
        "factuur": rng.choice(
            (f"F-2026-{rng.randint(1, 9999):04d}", f"26F{rng.randint(1, 99_999):05d}")
        ),
        "org_phone": rng.choice(("0800-0113", "113", "0900-0101", "0900-8020", "0800-0543")),
        "hours": rng.choice(
            (
                "ma-vr 9.00-12.30",
                "dinsdag en donderdag 13.00-16.30 uur",
                "elke werkdag tot 17:00",
            )
        ),
        "timespan": rng.choice(
            (
                f"{hour}:00-{hour + 2}:00",
                f"tussen {hour} en {hour + 1} uur",
                f"{hour}.15 tot {hour + 1}.45",
            )
        ),
        # Dates of events and appointments, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2} {BLIND5_MONTHS[m2 - 1]}",
                f"{WEEKDAYS[rng.randint(0, 5)]} {d2} {BLIND5_MONTHS[m2 - 1]}",
                f"{d2}/{m2}/2026",
                f"{d2:02d}-{m2:02d}-2026",
            )
        ),
        "time": rng.choice(
            (f"{hour}.{minute:02d} uur", f"half {hour + 1}", f"{hour}:{minute:02d}")
        ),
        "time2": f"{hour + 1}.{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(20, 900)},{rng.randint(0, 99):02d}",
                f"EUR {rng.randint(20, 900)}",
                f"{rng.randint(20, 900)},- euro",
            )
        ),
        "amount2": rng.choice((f"€{rng.randint(15, 250)},-", f"{rng.randint(15, 250)} euro")),
    }


BLIND11_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "ZATERDAG"),
    join_notices=(
        "{mate} heeft deze groep gemaakt",
        "{first} heeft {other} en {push} toegevoegd",
        "{phone2} heeft je toegevoegd",
    ),
    later_notices=(
        "{other_first} is nu een beheerder van deze groep",
        "Fam. {neighbour_title} heeft de groep verlaten",
        "{mate_short} heeft het groepsicoon verwijderd",
        "{first_lc} heeft {phone3} toegevoegd",
    ),
    direct_notices=(
        "{name} is overgestapt naar een nieuw nummer. Tik om een bericht te sturen.",
        "Gemiste spraakoproep van {mate} om {time}",
    ),
    replies=(
        "Bedankt {first}, ik geef het door.",
        "Dat loopt via {firm}.",
        "Klopt {phone2} nog?",
        "Prima, dan zien we u {date} om {time}.",
        "Zie ook {url_gem}.",
        "Ons nummer is {switch_var}, {hours}.",
        "De leges graag op {iban_gem}.",
        "Dringend en buiten kantoortijd: {org_phone}.",
    ),
    card_owners=("{mate}", "Fam. {neighbour_title}", "{name_rev}", "Gemeente Meppel"),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd"),
    messages=6,
    forward_at=(0, 2, 4),
    quote_at=(2, 3, 5),
    card_at=(1, 3, -1),
    media_at=(0, 2, 3),
    locations=(
        "Laadpaal gewenst|{addr}, {place}",
        "Live locatie van {first}|nog 1 uur",
        "Strooiveld|Begraafplaats aan de {street2}, {place}",
    ),
    location_at=(1, 2, 4),
    text_shares=(0.55, 0.64, 0.72, 0.8),
    photo_plates=("{plate}",),
    documents=(
        "Sloopmelding {addr2}.pdf|2 pagina's · PDF · 96 kB",
        "Rijbewijs {other}.jpg|JPG · 1,1 MB",
        "Factuur {firm}.pdf|1 pagina · PDF · 58 kB",
        "Uittreksel {name_rev}.pdf|PDF · 140 kB",
    ),
    document_at=(1, 3),
)

# --- the twelfth blind set's values and texts --------------------------------------------------

BLIND12_ORGANISATIONS = (
    "ROVA",
    "Bibliotheek Meppel",
    "Humanitas Meppel",
    "Stichting Cosis",
    "Isala Meppel",
    "Politie Drenthe",
    "Vluchtelingenwerk Noord Nederland",
)
# Companies named after people (first names and surnames of the pool): must-keep.
BLIND12_FIRMS = (
    "Schildersbedrijf Blok",
    "Loonbedrijf Gebr. Plas",
    "Taxi Rein",
    "Bouwbedrijf De Lange & Zn.",
    "Staal Infra B.V.",
    "Fysiotherapie Amber",
    "Hovenier J. Zeeman",
)
BLIND12_POSTCODE_DIGITS = ("7941", "7942", "7944", "7945", "7948", "7949")
MONTHS_SHORT12 = (
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
)
BLIND12_EVENTS = (
    "Open Monumentendag 12 september",
    "de Sinterklaasintocht van 14 november",
    "Meppel Jazz 2026",
    "de Kerstmarkt op 12 december",
    "Oudejaarsavond",
)


def _mobile12(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number; `parts`: written in three words or more."""
    r = rng.choice("12345") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    spread = (
        f"06 {r[:4]} {r[4:]}",
        f"+31 6 {r[:4]} {r[4:]}",
        f"0031 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"(06) {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+31 (0) 6 {r[:4]} {r[4:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06-{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+31(0)6{r}",
        f"06 {r}",
        f"+31 6-{r[:4]} {r[4:]}",
        f"06{r}",
    )
    return rng.choice((*spread, *flat))


def _abroad12(rng: random.Random) -> str:
    """A mobile number abroad: Spanish, British, French, Italian, Albanian or Filipino."""
    r = "".join(str(rng.randint(0, 9)) for _ in range(9))
    return rng.choice(
        (
            f"+34 6{r[:2]} {r[2:5]} {r[5:8]}",
            f"+44 7{r[:3]} {r[3:9]}",
            f"+33 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:8]}",
            f"+39 34{r[0]} {r[1:4]} {r[4:8]}",
            f"+355 69 {r[:3]} {r[3:7]}",
            f"+63 917 {r[:3]} {r[3:7]}",
        )
    )


def _landline12(rng: random.Random) -> str:
    """A landline of Meppel (not the municipality's), Assen, Zwolle, Amsterdam or Wolvega."""
    area = rng.choice(("0522", "0592", "038", "020", "0561"))
    r = rng.choice("2345") + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(area)))
    return rng.choice(
        (
            f"{area}-{r}",
            f"{area} {r[:-4]} {r[-4:-2]} {r[-2:]}",
            f"({area}) {r}",
            f"+31 {area[1:]} {r}",
        )
    )


def _iban12(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN in groups of four (one with dots), one flat (also without the space after
    the bank code) and one in lowercase, grouped or flat."""

    def compact() -> str:
        return _iban_compact(
            "NL", rng.choice(banks) + "".join(str(rng.randint(0, 9)) for _ in range(10))
        )

    c = compact()
    grouped = rng.choice((_in_fours(c), _in_fours(c).replace(" ", "."), f"{c[:8]} {c[8:]}"))
    c = compact()
    flat = rng.choice((c, f"{c[:4]} {c[4:]}"))
    c = compact()
    lower = rng.choice((_in_fours(c).lower(), c.lower()))
    return grouped, flat, lower


def _foreign_iban12(rng: random.Random) -> str:
    """A Luxembourg, Swiss, Estonian, Kosovar, Albanian or Latvian IBAN, grouped by four."""
    while True:
        country, bank, digits = rng.choice(
            (
                ("LU", "", 16),
                ("CH", "", 17),
                ("EE", "", 16),
                ("XK", "", 16),
                ("AL", "", 24),
                ("LV", "HABA", 13),
            )
        )
        body = bank + "".join(str(rng.randint(0, 9)) for _ in range(digits))
        c = _iban_compact(country, body)
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _bsn12(rng: random.Random) -> str:
    """A BSN; a quarter start with a zero."""
    while True:
        head = 0 if rng.random() < 0.25 else rng.randint(1, 9)
        digits = [head] + [rng.randint(0, 9) for _ in range(7)]
        last = _bsn_check(digits)
        if last < 10:
            return "".join(map(str, digits)) + str(last)


def _dob12(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (dots, a two-digit year, slashes) and one with its month in
    words (a two-digit year after an apostrophe, an abbreviation with a dot)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1934, 2015)
    digits = rng.choice(
        (
            f"{day:02d}.{month:02d}.{year}",
            f"{day}/{month}/{year % 100:02d}",
            f"{day:02d}-{month:02d}-{year % 100:02d}",
            f"{day}-{month}-{year}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1934, 2015)
    name, short = BLIND5_MONTHS[month - 1], MONTHS_SHORT12[month - 1]
    words = rng.choice(
        (
            f"{day} {name} '{year % 100:02d}",
            f"{day} {short}{'.' if short != 'mei' else ''} {year}",
            f"{day} {name} {year}",
        )
    )
    return digits, words


def _blind12_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    long_street = rng.choice([st for st in pools.streets if " " in st])
    number = f"{rng.randint(1, 240)}{rng.choice(('', '-A2', ' K', 'a-1', ' rd', '-bov', ' zw'))}"
    bsn, plate = _bsn12(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND12_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    dob, dob_text = _dob12(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 15), rng.choice((0, 10, 30, 45))
    f, c = _ascii9(first), _ascii9(sur)
    year = rng.randint(1958, 2006) % 100
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban12(rng, pools.bank_codes)
    return {
        "first": first,
        "first_lc": first.lower(),
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # As in an administration: the surname first, then an initial.
        "name_rev": f"{_title(sur)}, {first[0]}.",
        "initials": rng.choice(
            (
                f"{first[0]}.{rng.choice('CHW')}. {_title(sur)}",
                f"{first[0]}. {sur}",
                f"dhr. {first[0]}. {_title(sur)}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}. {other_sur}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{mate_first} {_title(mate_sur)[0]}.",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": kid,
        "push": push,
        "phone": _mobile12(rng),
        "phone2": _mobile12(rng),
        "phone3": _mobile12(rng, parts=True),
        "phone_abroad": _abroad12(rng),
        "landline": _landline12(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban12(rng),
        "bsn": rng.choice((bsn, f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
                f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
                f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": f"{street2} {rng.randint(1, 180)}{rng.choice(('', ' B', '-3', ' hs'))}",
        "addr3": f"{long_street} {rng.randint(2, 120)}{rng.choice(('', 'c', ' - 2'))}",
        "postcode": f"{digits} {letters}",
        "postcode_odd": rng.choice(
            (f"{digits}{letters}", f"{digits} {letters.lower()}", f"{digits}-{letters}")
        ),
        "email": rng.choice(
            (
                f"{f}.{c}@example.nl",
                f"{f[0]}.{c}{year:02d}@example.com",
                f"{c}.{f}@mail.example.nl",
                f"{f.capitalize()}{c.capitalize()}@example.nl",
            )
        ),
        "email2": rng.choice(
            (f"{f}_{c[0]}@example.org", f"{c}{f[0]}@example.net", f"{f}-{c}@example.nl")
        ),
        "url": rng.choice(
            (
                f"threads.net/@{f}.{c}",
                f"bsky.app/profile/{f}{c}.bsky.social",
                f"mastodon.social/@{f}{c}",
                f"pinterest.com/{f}_{c}",
                f"calendly.com/{f}-{c}",
                f"facebook.com/{f}.{c}.{year:02d}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.replace("-", " "), plate.lower())),
        "dob": dob,
        "dob_text": dob_text,
        "street": street3,
        "street2": street4,
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND12_ORGANISATIONS),
        "firm": rng.choice(BLIND12_FIRMS),
        "event": rng.choice(BLIND12_EVENTS),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14 0522", "14-0522", "140522", "14 05 22")),
        "switch_long": SWITCHBOARD_LONG,
        "switch_alt": rng.choice(
            ("0522-859500", "+31 522 85 95 00", "0522 859 500", "(0522) 859 500", SWITCHBOARD_LONG)
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "belastingen@meppel.nl",
                "burgerzaken@meppel.nl",
                "Afval@meppel.nl",
                "subsidie@meppel.nl",
                "Info@Meppel.nl",
            )
        ),
        "wa_gem": rng.choice((MUNICIPAL_WHATSAPP, "06-14000522", "+31 6 14 00 05 22")),
        "url_gem": rng.choice(
            (
                "meppel.nl/afval",
                "www.meppel.nl/omgevingsloket",
                "https://www.meppel.nl/kwijtschelding",
            )
        ),
        "postbus": rng.choice((MUNICIPAL_POSTBUS, "Postbus 501 - 7940 AM Meppel")),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN.replace(" ", ""),
                MUNICIPAL_IBAN_TAXES,
                MUNICIPAL_IBAN_TAXES.lower(),
            )
        ),
        "zaak": rng.choice((f"Z26-{n:06d}", f"ZAAK-2026-{n:05d}", f"Z.26.{n:05d}")),
        "kenmerk": rng.choice((f"U26.{n:05d}", f"MEP/2026/{rng.randint(100, 9999)}")),
        "melding": rng.choice((f"M26-{n:05d}", f"melding {rng.randint(10_000, 99_999)}")),
        "kvk": rng.choice((kvk, f"{kvk[:4]} {kvk[4:]}")),
        "po": f"4500{rng.randint(100_000, 999_999)}",
        "project": rng.choice((f"EBL-2026-{rng.randint(1, 999):03d}", f"EBL{n:05d}")),
        "besluit": rng.choice(
            (f"2026-BW-{rng.randint(10, 199)}", f"BSL-26-{rng.randint(1, 999):03d}")
        ),
        "factuur": rng.choice(
            (f"2026-F-{rng.randint(1, 9999):04d}", f"INV{rng.randint(10_000, 99_999)}")
        ),
        "org_phone": rng.choice(("0900-8844", "0800-2000", "0800-0432", "0800 8020")),
        "hours": rng.choice(
            (
                "ma t/m do 8.30-17.00",
                "op werkdagen van 9.00 tot 16.30 uur",
                "vrijdag tot 12:30",
            )
        ),
        "timespan": rng.choice(
            (
                f"tussen {hour} en {hour + 2} uur",
                f"{hour}.00-{hour + 1}.30",
                f"van {hour}:00 tot {hour + 2}:30",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{WEEKDAYS[rng.randint(0, 4)]} {d2} {BLIND5_MONTHS[m2 - 1]}",
                f"{d2:02d}.{m2:02d}.2026",
                f"{d2}-{m2}",
                f"{d2} {MONTHS_SHORT12[m2 - 1]}",
                f"{d2:02d}-{m2:02d}-2026",
            )
        ),
        "time": rng.choice(
            (f"{hour}:{minute:02d}", f"{hour}.{minute:02d} uur", f"half {hour % 12 + 1}")
        ),
        "time2": f"{hour + 1}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(1, 4)}.{rng.randint(0, 999):03d},{rng.randint(0, 99):02d}",
                f"€{rng.randint(20, 900)},{rng.randint(0, 99):02d}",
                f"EUR {rng.randint(20, 900)},00",
            )
        ),
        "amount2": rng.choice((f"€ {rng.randint(15, 300)},-", f"{rng.randint(15, 300)} euro")),
    }


BLIND12_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "MAANDAG"),
    join_notices=(
        "{colleague} heeft deze groep aangemaakt",
        "{first_lc} heeft u toegevoegd",
        "{other} heeft {name} en {phone2} toegevoegd",
        "U heeft {mate} toegevoegd",
    ),
    later_notices=(
        "{other_first} heeft de groep verlaten",
        "{colleague_first} heeft {neighbour_title} verwijderd",
        "{name} heeft de groepsnaam gewijzigd in ‘{group}’",
        "{mate_short} is lid geworden via een uitnodigingslink",
        "{phone3} heeft het nummer gewijzigd in {phone}",
    ),
    direct_notices=(
        "De beveiligingscode van {name} is gewijzigd, tik voor meer informatie.",
        "Gemist videogesprek van {other} om {time}",
        "U heeft {other} geblokkeerd. Tik om te deblokkeren.",
    ),
    replies=(
        "Helder {first}, ik zet het door.",
        "Komt goed, ik app {colleague_first} even.",
        "Staat genoteerd onder {melding}.",
        "Is {phone2} nog uw nummer?",
        "Tot {date} om {time}!",
        "Zie {url_gem} voor de voorwaarden.",
        "Bel anders even {switch}.",
        "Per post kan ook: {postbus}.",
        "Betalen mag op {iban_gem}.",
        "Buiten kantoortijd: {org_phone}.",
    ),
    card_owners=("{colleague}", "{mate}", "{other_initials}", "Gemeente Meppel"),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd"),
    messages=6,
    forward_at=(0, 1, 3),
    quote_at=(2, 4, 5),
    card_at=(0, 2, -1),
    media_at=(1, 2, 4),
    locations=(
        "Huidige locatie|{addr}, {postcode} {place}",
        "Dode ree|{street2} bij {place}",
        "Live locatie van {mate_first}|gedeeld tot {time2}",
        "Hier staat de aanhanger|voor {addr2}, {place}",
    ),
    location_at=(0, 3, 5),
    text_shares=(0.58, 0.66, 0.74, 0.8),
    photo_plates=("{plate}",),
    documents=(
        "Inlichtingenformulier {name}.pdf|3 pagina's · PDF · 212 kB",
        "Offerte {firm}.pdf|2 pagina's · PDF · 74 kB",
        "Huurcontract {other}.pdf|6 pagina's · PDF · 1,4 MB",
        "Scan paspoort {first_lc}.jpg|JPG · 860 kB",
    ),
    document_at=(2, 4),
)


BLIND13_ORGANISATIONS = (
    "Sportbedrijf Meppel",
    "Stichting Leergeld Meppel",
    "Zorggroep Noorderboog",
    "Milieustraat Meppel",
    "Schouwburg Ogterop",
    "Rijkswaterstaat",
    "Stichting Reestmond",
)
# Companies named after people (first names and surnames of the pool): must-keep.
BLIND13_FIRMS = (
    "Glazenwasserij Riem",
    "Rijwielhandel Ivy",
    "Bouwbedrijf Gebr. Kolk",
    "Hagel Installatietechniek B.V.",
    "Loodgieter T. de Haas",
    "Kinderdagverblijf Dauw",
    "Nap & Zn. Sloopwerken",
)
BLIND13_POSTCODE_DIGITS = ("7943", "7944", "7946", "7951", "7957", "7961")
BLIND13_EVENTS = (
    "het paasvuur op 4 april",
    "de Reestdal Fietstocht van 6 juni",
    "Hemelvaartsdag 14 mei",
    "de Meppeler Midzomermarkt",
    "Burendag 26 september",
)
# The names their friends and family use.
BLIND13_NICKNAMES = {
    "Mark": "Markie",
    "Ivy": "Ives",
    "Dauw": "Dauwtje",
    "Zon": "Zonnetje",
    "Oluwaseun": "Seun",
    "Sunisa": "Nisa",
    "Nino": "Ninutsa",
    "Guðrún": "Gunna",
    "Tenzin": "Tenz",
    "Rhys": "Rhysie",
    "Dragana": "Gaga",
    "Ignacia": "Nacha",
    "Bolormaa": "Bolor",
    "Aino": "Ainotje",
    "Abdelrahim": "Rahim",
    "Hine": "Hientje",
}


def _mobile13(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in odd writings; `parts`: written in three words or more."""
    r = rng.choice("12345") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    spread = (
        f"06 - {r[:4]} {r[4:6]} {r[6:]}",
        f"+31 (0)6 {r[:2]} {r[2:5]} {r[5:]}",
        f"+31 6 {r[:2]} {r[2:4]} {r[4:]}",
        f"06 {r[:3]} {r[3:5]} {r[5:]}",
        f"(+31) (0)6 {r[:4]} {r[4:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06/{r}",
        f"0031-(0)6-{r}",
        f"06.{r[:4]}.{r[4:]}",
        f"+316{r[:4]}-{r[4:]}",
        f"06-{r[:3]}.{r[3:]}",
    )
    return rng.choice((*spread, *flat))


def _abroad13(rng: random.Random) -> str:
    """A mobile number abroad: Georgian, Icelandic, Thai, Nigerian, Serbian or Chilean."""
    r = "".join(str(rng.randint(0, 9)) for _ in range(9))
    return rng.choice(
        (
            f"+995 5{r[:2]} {r[2:4]} {r[4:6]} {r[6:8]}",
            f"+354 6{r[:2]} {r[2:6]}",
            f"+66 8{r[0]} {r[1:4]} {r[4:8]}",
            f"+234 80{r[0]} {r[1:4]} {r[4:8]}",
            f"+381 6{r[0]} {r[1:4]} {r[4:8]}",
            f"+56 9 {r[:4]} {r[4:8]}",
        )
    )


def _landline13(rng: random.Random) -> str:
    """A landline of Heerenveen, Drachten, Leeuwarden, Emmen or Meppel (not the municipality's)."""
    area = rng.choice(("0513", "0512", "058", "0591", "0522"))
    r = rng.choice("2345678") + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(area)))
    return rng.choice(
        (
            f"{area}/{r}",
            f"{area} - {r}",
            f"{area}-{r[:2]} {r[2:4]} {r[4:]}",
            f"+31 (0){area[1:]} {r}",
        )
    )


def _iban13(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN in odd groups ("NL 12 RBRB ...", dashes, threes), one flat or split after
    the bank code, and one in lowercase."""

    def compact() -> str:
        return _iban_compact(
            "NL", rng.choice(banks) + "".join(str(rng.randint(0, 9)) for _ in range(10))
        )

    c = compact()
    grouped = rng.choice(
        (
            f"{c[:2]} {c[2:4]} {c[4:8]} {c[8:12]} {c[12:16]} {c[16:]}",
            "-".join(_in_fours(c).split()),
            f"{c[:4]} {c[4:8]} {c[8:11]} {c[11:14]} {c[14:]}",
            _in_fours(c),
        )
    )
    c = compact()
    flat = rng.choice((c, f"{c[:8]} {c[8:]}"))
    c = compact()
    lower = rng.choice((_in_fours(c).lower(), c.lower(), f"{c[:4]} {c[4:]}".lower()))
    return grouped, flat, lower


def _foreign_iban13(rng: random.Random) -> str:
    """A Georgian, Icelandic, Maltese, Serbian, Cypriot or Tunisian IBAN, grouped by four."""
    while True:
        country, bank, digits = rng.choice(
            (
                ("GE", "TB", 16),
                ("IS", "", 22),
                ("MT", "MALT", 23),
                ("RS", "", 18),
                ("CY", "", 24),
                ("TN", "", 20),
            )
        )
        body = bank + "".join(str(rng.randint(0, 9)) for _ in range(digits))
        c = _iban_compact(country, body)
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob13(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (a one-digit month with dots, spaced dashes, year first with
    dots) and one with its month in words (capitalised, "14e", the month first)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2016)
    digits = rng.choice(
        (
            f"{day}.{month}.{year % 100:02d}",
            f"{day:02d} - {month:02d} - {year}",
            f"{year}.{month:02d}.{day:02d}",
            f"{day:02d}/{month:02d}/{year}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2016)
    name = BLIND5_MONTHS[month - 1]
    words = rng.choice(
        (
            f"{day} {name.capitalize()} {year}",
            f"{day}e {name} {year}",
            f"{name} {day}, {year}",
            f"{day} {name}, {year}",
        )
    )
    return digits, words


def _blind13_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 260)}{rng.choice(('', '-C', ' A-3', '-1hg', ' bov', 'f'))}"
    n2, n3 = rng.randint(2, 199), rng.randint(1, 90)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND13_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    dob, dob_text = _dob13(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 15), rng.choice((0, 15, 30, 45))
    nick = BLIND13_NICKNAMES[first]
    f, c, k = _ascii9(first), _ascii9(sur), _ascii9(nick)
    year = rng.randint(1960, 2007)
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban13(rng, pools.bank_codes)
    return {
        "first": first,
        "first_lc": first.lower(),
        "nick": nick,
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # As on a form: the surname in capitals, then the initials.
        "name_rev": rng.choice((f"{sur.upper()} {first[0]}.", f"{_title(sur)} {first[0]}.")),
        "initials": rng.choice(
            (
                f"{first[0]}.{rng.choice('AEM')}.{_title(sur)}",
                f"mw. {first[0]} {sur}",
                f"{first[0]}. {sur.lower()}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}. {other_sur}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{BLIND13_NICKNAMES[mate_first]} {_title(mate_sur)[0]}.",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND13_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND13_NICKNAMES[push].lower(),
        "phone": _mobile13(rng),
        "phone2": _mobile13(rng),
        "phone3": _mobile13(rng, parts=True),
        "phone_abroad": _abroad13(rng),
        "landline": _landline13(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban13(rng),
        "bsn": rng.choice((bsn, f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:3]}/{bsn[3:6]}/{bsn[6:]}",
                f"{bsn[:5]} {bsn[5:]}",
                f"{bsn[:3]} - {bsn[3:6]} - {bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        # Addresses in free forms: "nummer", "nr.", the number first, "huisnr".
        "addr2": rng.choice(
            (f"{street2} nummer {n2}", f"{street2} nr. {n2}", f"{street2} {n2} achter")
        ),
        "addr3": rng.choice(
            (f"{n3} {street3}", f"{street3}, huisnr {n3}", f"{street3} {n3}-{rng.choice('ab')}")
        ),
        "postcode": f"{digits} {letters}",
        "postcode_odd": rng.choice(
            (
                f"{digits}{letters.lower()}",
                f"{digits} - {letters.lower()}",
                f"NL {digits} {letters}",
            )
        ),
        "email": rng.choice(
            (
                f"{k}{year}@example.nl",
                f"{f}.{c}@example.be",
                f"{c}-{f}@example.org",
                f"{f[0]}{c}@example.eu",
            )
        ),
        "email2": rng.choice(
            (
                f"{f.capitalize()}.{c.capitalize()}@Example.com",
                f"{k}.{c}@mail.example.nl",
                f"{c}{year % 100:02d}@example.net",
            )
        ),
        "url": rng.choice(
            (
                f"behance.net/{f}{c}",
                f"soundcloud.com/{k}-{c}",
                f"twitch.tv/{k}{year % 100:02d}",
                f"github.com/{f}-{c}",
                f"vimeo.com/{f}{c}",
                f"patreon.com/{k}{c}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.replace("-", ""), plate.replace("-", " - "))),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND13_ORGANISATIONS),
        "firm": rng.choice(BLIND13_FIRMS),
        "event": rng.choice(BLIND13_EVENTS),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14.0522", "14 - 0522", "140 522", "(14)0522")),
        "switch_long": SWITCHBOARD_LONG,
        "switch_alt": rng.choice(
            (
                "0522 - 85 95 00",
                "0522.859.500",
                "+31-522-859500",
                "(+31) 522 859 500",
                "0522/859500",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "wmo@meppel.nl",
                "vergunningen@meppel.nl",
                "BURGERZAKEN@MEPPEL.NL",
                "klantcontact@meppel.nl",
                "Belastingen@Meppel.nl",
            )
        ),
        "wa_gem": rng.choice(
            ("06 - 1400 0522", "0614000522", "+31614000522", "+31 (0)6 1400 0522")
        ),
        "url_gem": rng.choice(
            (
                "meppel.nl/wijkbudget",
                "https://meppel.nl/bouwcontainer",
                "www.meppel.nl/stembureau",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501, 7940AM Meppel", "POSTBUS 501 7940 AM MEPPEL")
        ),
        "iban_gem": rng.choice(
            (
                "NL 36 BNGH 0285 0075 31",
                "nl36 bngh 0285 0075 31",
                "NL98-BNGH-0285-1184-50",
                MUNICIPAL_IBAN_TAXES.replace(" ", ""),
                MUNICIPAL_IBAN,
            )
        ),
        "zaak": rng.choice((f"Z/26/{n:06d}", f"ZK26.{n:05d}", f"zaak-2026-{n:05d}")),
        "kenmerk": rng.choice((f"MPL-U-26-{n:05d}", f"uw kenmerk 26/{rng.randint(100, 9999)}")),
        "melding": rng.choice((f"MOR-26-{n:05d}", f"M.2026.{rng.randint(1000, 9999)}")),
        "kvk": rng.choice((kvk, f"{kvk[:2]} {kvk[2:5]} {kvk[5:]}")),
        "po": f"45 00{rng.randint(100_000, 999_999)}",
        "project": rng.choice(
            (f"WB-26-{rng.randint(1, 199):03d}", f"Wijkbudget 2026-{n % 100:02d}")
        ),
        "besluit": rng.choice(
            (f"B&W 2026/{rng.randint(100, 999)}", f"OTH-26-{rng.randint(1, 99):02d}")
        ),
        "factuur": rng.choice((f"F26-{rng.randint(1, 9999):05d}", f"2026.{rng.randint(100, 999)}")),
        "org_phone": rng.choice(("0800-7000", "0900-8864", "088-0088 200")),
        "hours": rng.choice(
            (
                "ma-vr 9.00-12.30",
                "dinsdag en donderdag 13.00-16.00",
                "elke werkdag tot 17 uur",
            )
        ),
        "timespan": rng.choice(
            (
                f"tussen {hour}.{minute:02d} en {hour + 3}.00",
                f"{hour}u-{hour + 2}u",
                f"'s ochtends vanaf {hour}:{minute:02d}",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{WEEKDAYS[rng.randint(0, 4)]} de {d2}e",
                f"{d2}.{m2}.26",
                f"{d2:02d}/{m2:02d}/2026",
                f"{d2} {BLIND5_MONTHS[m2 - 1].capitalize()}",
                f"{BLIND5_MONTHS[m2 - 1]} {d2}",
            )
        ),
        "time": rng.choice((f"{hour}u{minute:02d}", f"{hour}:{minute:02d}", f"kwart over {hour}")),
        "time2": f"{hour + 2}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(1, 9)}.{rng.randint(0, 999):03d}",
                f"EUR {rng.randint(20, 900)},{rng.randint(0, 99):02d}",
                f"{rng.randint(100, 2500)} euro",
            )
        ),
        "amount2": rng.choice((f"€{rng.randint(40, 400)}", f"{rng.randint(40, 400)},- euro")),
    }


BLIND13_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "ZATERDAG"),
    join_notices=(
        "{colleague_first} heeft de groep ‘{group}’ aangemaakt",
        "{nick} is toegevoegd door {name}",
        "U bent toegevoegd door {other_lc}",
        "{mate} heeft {phone3} toegevoegd",
    ),
    later_notices=(
        "{mate_first} heeft de groepsafbeelding gewijzigd",
        "{other} heeft {nick} verwijderd",
        "{phone2} is nu beheerder",
        "{neighbour_lc} heeft de groep verlaten",
        "{colleague} heeft de groepsbeschrijving gewijzigd",
    ),
    direct_notices=(
        "Gemist spraakgesprek van {name} om {time}",
        "{nick} heeft een nieuw telefoonnummer: {phone2}. Tik om te chatten.",
        "Dit bedrijf ({firm}) gebruikt een beveiligde dienst van Meta.",
    ),
    replies=(
        "Dank je {nick}, ik zoek het uit.",
        "Goed dat u het meldt, {sur_title}.",
        "Staat onder {zaak}.",
        "Klopt {phone} nog?",
        "Tot {date}!",
        "Meer info op {url_gem}.",
        "Bel gerust {switch_var}.",
        "Of schrijf naar {postbus}.",
        "Het bedrag gaat naar {iban_gem}.",
        "Voor spoed: {org_phone}.",
    ),
    card_owners=("{nick} {sur_lc}", "{mate}", "Mevr {neighbour_title} wijkteam", "Gemeente Meppel"),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd", "Doorgestuurd"),
    messages=6,
    forward_at=(0, 2, 3),
    quote_at=(2, 3, 5),
    card_at=(1, 3, -1),
    media_at=(0, 2, 4),
    locations=(
        "Hier woon ik|{addr}, {postcode} {place}",
        "Weesfietsen|station {place}, {street2}",
        "Live locatie van {nick}|gedeeld tot {time2}",
        "Kippenhok|achter {addr2}, {place}",
    ),
    location_at=(1, 3, 5),
    text_shares=(0.6, 0.68, 0.76, 0.82),
    photo_plates=("{plate}",),
    documents=(
        "Uittreksel BRP {name}.pdf|1 pagina · PDF · 96 kB",
        "Tekening {firm}.pdf|4 pagina's · PDF · 2,1 MB",
        "Loonstrook {other_lc}.pdf|1 pagina · PDF · 140 kB",
        "ID {nick} voorkant.jpeg|JPEG · 1,2 MB",
    ),
    document_at=(2, 4),
)


# --- the fourteenth blind set's values and texts ------------------------------------------------

BLIND14_ORGANISATIONS = (
    "Promens Care",
    "Cosis",
    "Vluchtelingenwerk Noord-Nederland",
    "Kinderopvang Meppel",
    "Brandweer Drenthe",
    "UWV Meppel",
)
# Firms and schools, some named after a word or a surname of the pool: must-keep.
BLIND14_FIRMS = (
    "Schoonmaakbedrijf Kist",
    "Schildersbedrijf Mast & Zn.",
    "Installatiebedrijf Vlam",
    "Hoveniersbedrijf Lelie",
    "Knoop Verhuizingen",
    "Taxi Tuin Meppel",
    "Bakkerij Maan",
)
BLIND14_SCHOOLS = (
    "OBS De Sprong",
    "CBS Het Kompas",
    "Kindcentrum De Vlinder",
    "Stad & Esch",
    "De Toermalijn",
)
BLIND14_POSTCODE_DIGITS = ("7941", "7942", "7945", "7947", "7958", "7963")
BLIND14_EVENTS = (
    "de Koopavond van 10 december",
    "de Meppeler Donderdagen",
    "de Zomerfeestweek",
    "de braderie Hart van Zuid",
    "Koningsdag 27 april",
)
# The names their friends and family use.
BLIND14_NICKNAMES = {
    "Kas": "Kasje",
    "Maan": "Maantje",
    "Lelie": "Lel",
    "Vlinder": "Vlin",
    "Wairimu": "Rimu",
    "Kaveh": "Kavi",
    "Thandiwe": "Thandi",
    "Radu": "Ruru",
    "Anahí": "Nahí",
    "Yaw": "Yawtje",
    "Leilani": "Lani",
    "Dmytro": "Dima",
    "Ayşegül": "Ayşe",
    "Ngozi": "Zizi",
    "Sigrún": "Sigga",
    "Ilka": "Ilkie",
}
BLIND14_MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
)
# A house number's toevoeging as people write it.
BLIND14_TOEVOEGINGEN = ("-A", " bis", " hs", "-II", " rood", "/3", " C2", "-zw", "a-01", " A bov")


def _mobile14(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in many writings; `parts`: written in three words or more."""
    r = rng.choice("123456") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    spread = (
        f"06 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"06{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+31 6 {r[:4]} {r[4:]}",
        f"06 – {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"(06) {r[:4]} {r[4:]}",
        f"+31 (0) 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06-{r}",
        f"+31(0)6{r}",
        f"00316{r}",
        f"+31.6.{r[:2]}.{r[2:4]}.{r[4:6]}.{r[6:]}",
        f"06{r}",
    )
    return rng.choice((*spread, *flat))


def _abroad14(rng: random.Random) -> str:
    """A mobile number abroad: Kenyan, Iranian, South African, Romanian, Ukrainian or Faroese."""
    r = "".join(str(rng.randint(0, 9)) for _ in range(9))
    return rng.choice(
        (
            f"+254 7{r[:2]} {r[2:5]} {r[5:8]}",
            f"+98 91{r[0]} {r[1:4]} {r[4:8]}",
            f"+27 8{r[0]} {r[1:4]} {r[4:8]}",
            f"+40 7{r[:2]} {r[2:5]} {r[5:8]}",
            f"+380 6{r[0]} {r[1:4]} {r[4:6]} {r[6:8]}",
            f"+298 2{r[0]} {r[1:3]} {r[3:5]}",
        )
    )


def _landline14(rng: random.Random) -> str:
    """A landline of Meppel, Steenwijk, Zwolle, Hoogeveen or Assen (not the municipality's)."""
    area = rng.choice(("0522", "0521", "038", "0528", "0592"))
    r = rng.choice("2345678") + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(area)))
    return rng.choice(
        (
            f"{area}-{r}",
            f"({area}) {r[:2]} {r[2:4]} {r[4:]}",
            f"{area} - {r[:2]} {r[2:4]} {r[4:]}",
            f"+31 (0){area[1:]} {r[:3]} {r[3:]}",
            f"{area} {r[:3]} {r[3:]}",
        )
    )


def _iban14(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN by four or split after the bank code; one flat; one in lowercase."""

    def compact() -> str:
        return _iban_compact(
            "NL", rng.choice(banks) + "".join(str(rng.randint(0, 9)) for _ in range(10))
        )

    c = compact()
    grouped = rng.choice((_in_fours(c), f"{c[:4]} {c[4:8]} {c[8:]}", _in_fours(c)))
    c = compact()
    flat = rng.choice((c, f"{c[:8]} {c[8:]}"))
    c = compact()
    lower = rng.choice((_in_fours(c).lower(), c.lower()))
    return grouped, flat, lower


def _foreign_iban14(rng: random.Random) -> str:
    """A Romanian, Ukrainian, Bulgarian, Croatian, Lithuanian or Portuguese IBAN, by four."""
    while True:
        country, bank, digits = rng.choice(
            (
                ("RO", "RNCB", 16),
                ("UA", "", 25),
                ("BG", "BNBG", 14),
                ("HR", "", 17),
                ("LT", "", 16),
                ("PT", "", 21),
            )
        )
        body = bank + "".join(str(rng.randint(0, 9)) for _ in range(digits))
        c = _iban_compact(country, body)
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _bsn14(rng: random.Random) -> str:
    """A BSN passing the 11-proef; a fifth start with a zero."""
    while True:
        head = 0 if rng.random() < 0.2 else rng.randint(1, 9)
        digits = [head] + [rng.randint(0, 9) for _ in range(7)]
        last = _bsn_check(digits)
        if last < 10:
            return "".join(map(str, digits)) + str(last)


def _dob14(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (dashed, ISO, dotted, a short year with an apostrophe, a star)
    and one with its month in words (abbreviated, in capitals, a short year)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1932, 2018)
    digits = rng.choice(
        (
            f"{day:02d}-{month:02d}-{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day}-{month}-'{year % 100:02d}",
            f"*{day}/{month}/{year}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1932, 2018)
    name = BLIND5_MONTHS[month - 1]
    words = rng.choice(
        (
            f"{day} {BLIND14_MONTH_ABBREVIATIONS[month - 1]}. {year}",
            f"{day} {name} '{year % 100:02d}",
            f"{day}-{BLIND14_MONTH_ABBREVIATIONS[month - 1]}-{year}",
            f"{day} {name.upper()} {year}",
        )
    )
    return digits, words


def _blind14_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Kas", "Maan", "Lelie", "Vlinder").
    word_first = rng.choice(
        [n for n in pools.first_names[:4] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 240)}{rng.choice(BLIND14_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 180), rng.randint(1, 95)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND14_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    dob, dob_text = _dob14(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 15), rng.choice((0, 15, 30, 45))
    nick = BLIND14_NICKNAMES[first]
    f, c, k = _ascii9(first), _ascii9(sur), _ascii9(nick)
    year = rng.randint(1958, 2008)
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban14(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # As on a form: the surname first, a comma, then the first name or initial.
        "name_rev": rng.choice((f"{_title(sur)}, {first}", f"{sur.upper()}, {first[0]}.")),
        "initials": rng.choice(
            (
                f"{first[0]}.{rng.choice('BJW')}. {_title(sur)}",
                f"dhr. {first[0]}. {sur}",
                f"{first} {sur[0].upper()}.",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}. {_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{BLIND14_NICKNAMES[mate_first]} {_title(mate_sur)[0]}.",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND14_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND14_NICKNAMES[push].lower(),
        "phone": _mobile14(rng),
        "phone2": _mobile14(rng),
        "phone3": _mobile14(rng, parts=True),
        "phone_abroad": _abroad14(rng),
        "landline": _landline14(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban14(rng),
        "bsn": rng.choice(
            (bsn, f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}", f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}")
        ),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
                f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:2]}.{bsn[2:4]}.{bsn[4:6]}.{bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        # Addresses with toevoegingen, a floor, a range of numbers, a back house.
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND14_TOEVOEGINGEN)}",
                f"{street2} {n2}, 2e etage",
                f"{street2} {n2}-{n2 + 2}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}{rng.choice('abcd')} bovenwoning",
                f"{street3} {n3} (achterhuis)",
                f"{street3} {n3}{rng.choice(BLIND14_TOEVOEGINGEN)}",
            )
        ),
        "postcode": rng.choice((f"{digits} {letters}", f"{digits}{letters}")),
        "postcode_odd": rng.choice(
            (f"{digits} {letters.lower()}", f"NL-{digits}{letters}", f"{digits}{letters.lower()}")
        ),
        "email": rng.choice(
            (
                f"{f}.{c}@example.nl",
                f"{f[0]}.{c}{year}@example.com",
                f"{c}_{f}@example.org",
                f"{f}+gemeente@example.nl",
            )
        ),
        "email2": rng.choice(
            (
                f"{f.capitalize()}{c.capitalize()}@example.net",
                f"{k}.{c}@mail.example.com",
                f"{c}.{f[0]}@example.eu",
            )
        ),
        "url": rng.choice(
            (
                f"instagram.com/{k}.{c}",
                f"tiktok.com/@{k}{year % 100:02d}",
                f"linkedin.com/in/{f}-{c}",
                f"facebook.com/{f}.{c}.{year % 100:02d}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.lower(), plate.replace("-", " "))),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND14_ORGANISATIONS),
        "firm": rng.choice(BLIND14_FIRMS),
        "school": rng.choice(BLIND14_SCHOOLS),
        "event": rng.choice(BLIND14_EVENTS),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14-0522", "140522", "14 05 22", "tel. 14 0522")),
        "switch_long": SWITCHBOARD_LONG,
        "switch_alt": rng.choice(
            (
                "0522 859 500",
                "0522-859 500",
                "+31 522 85 95 00",
                "0031 522 859500",
                "(0522) 85 95 00",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "afval@meppel.nl",
                "trouwen@meppel.nl",
                "Schuldhulp@meppel.nl",
                "WOZ@MEPPEL.NL",
                "leerlingenvervoer@meppel.nl",
            )
        ),
        "wa_gem": rng.choice(("06-14000522", "06 14 00 05 22", "+31 6 1400 0522")),
        "url_gem": rng.choice(
            ("meppel.nl/afvalpas", "https://www.meppel.nl/trouwen", "meppel.nl/energietoeslag")
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501 7940AM MEPPEL", "postbus 501, 7940 am Meppel")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN.replace(" ", ""),
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN_TAXES.lower(),
                "NL98BNGH 0285118450",
            )
        ),
        "zaak": rng.choice((f"Z26-{n:06d}", f"Z.2026.{n:05d}", f"zaak 2026/{n:05d}")),
        "kenmerk": rng.choice((f"MPL/WOZ/26/{n:05d}", f"ons kenmerk {rng.randint(1000, 9999)}-26")),
        "melding": rng.choice((f"MOR26-{n:05d}", f"BOA-{rng.randint(100, 999)}/26")),
        "kvk": rng.choice((kvk, f"{kvk[:4]} {kvk[4:]}")),
        "po": f"PO 26-{rng.randint(10_000, 99_999)}",
        "project": rng.choice(
            (f"MEP-{n % 1000:03d}-26", f"P26.{n % 10_000:04d}", f"HvZ fase {rng.randint(1, 4)}")
        ),
        "besluit": rng.choice(
            (f"EVV-2026-{rng.randint(1, 199):03d}", f"besluit 26/{rng.randint(100, 999)}")
        ),
        "factuur": rng.choice(
            (f"26F{rng.randint(1, 99_999):05d}", f"PV-{rng.randint(1000, 9999)}-26")
        ),
        "org_phone": rng.choice(("0800-1351", "088-0030 400", "0900-8844")),
        "hours": rng.choice(
            ("ma t/m vr 8.30-17.00", "op afspraak, di en do 9-12 uur", "dagelijks tot 16.30")
        ),
        "timespan": rng.choice(
            (
                "tussen 8 en 10 uur",
                f"van {hour}:{minute:02d} tot {hour + 2}:00",
                f"{hour}.{minute:02d}-{hour + 1}.{minute:02d} uur",
            )
        ),
        # Appointments, deadlines and a date of death, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2}-{m2}-2026",
                f"{WEEKDAYS[rng.randint(0, 4)]} {d2} {month2}",
                f"{d2} {BLIND14_MONTH_ABBREVIATIONS[m2 - 1]}.",
                f"{d2:02d}.{m2:02d}.2026",
                f"uiterlijk {d2} {month2}",
            )
        ),
        "time": rng.choice(
            (f"{hour}.{minute:02d} uur", f"{hour}:{minute:02d}", f"half {hour + 1}")
        ),
        "time2": f"{hour + 1}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(20, 999)},{rng.randint(0, 99):02d}",
                f"EUR {rng.randint(1, 4)}.{rng.randint(0, 999):03d},-",
                f"{rng.randint(15, 600)},- euro",
            )
        ),
        "amount2": rng.choice((f"€ {rng.randint(30, 300)},-", f"{rng.randint(30, 300)} euro")),
    }


BLIND14_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "DONDERDAG"),
    join_notices=(
        "{word_first} heeft de groep ‘{group}’ aangemaakt",
        "{neighbour_title} schilder heeft u toegevoegd",
        "{colleague} heeft {word_first} en {phone3} toegevoegd",
        "U heeft {other_first} {sur_lc} toegevoegd",
    ),
    later_notices=(
        "{word_first} heeft de groep verlaten",
        "{sur_title} is verwijderd door {colleague_first}",
        "{phone3} neemt deel via de uitnodigingslink",
        "{word_first} heeft het groepsonderwerp gewijzigd in ‘{group}’",
        "{nick} is nu beheerder",
    ),
    direct_notices=(
        "{word_first} {sur_lc} staat niet in uw contacten. Blokkeren of toevoegen?",
        "{nick} heeft het telefoonnummer gewijzigd naar {phone2}",
        "{word_first} heeft verdwijnende berichten aangezet",
    ),
    replies=(
        "Dank je {word_first}, komt goed.",
        "Ik bel {sur_title} morgen.",
        "Genoteerd onder {zaak}.",
        "Is {phone3} nog juist?",
        "Tot {date}.",
        "Zie {url_gem}.",
        "Bel anders {switch_var}.",
        "Post graag naar {postbus}.",
        "Betalen op {iban_gem} graag.",
        "Groet uit {place}!",
    ),
    card_owners=(
        "{word_first} {sur_lc}",
        "{other}",
        "{neighbour_title} schilder",
        "Gemeente Meppel",
    ),
    forwarded=("Doorgestuurd", "Doorgestuurd", "Vaak doorgestuurd"),
    messages=8,
    forward_at=(0, 2, 4),
    quote_at=(2, 3, 5),
    card_at=(0, 2, -1),
    media_at=(0, 1, 3),
    locations=(
        "Mijn adres|{addr}, {postcode} Meppel",
        "Container weg|{street2}, {place}",
        "Live locatie van {word_first}|gedeeld tot {time2}",
        "Hier ligt het zwerfvuil|bij {addr3}, {place}",
    ),
    location_at=(1, 2, 4),
    text_shares=(0.58, 0.66, 0.74, 0.8),
    photo_plates=("{plate}",),
    documents=(
        "Machtiging {name}.pdf|1 pagina · PDF · 88 kB",
        "Offerte {firm}.pdf|3 pagina's · PDF · 1,4 MB",
        "WOZ-bezwaar {other_lc}.docx|DOCX · 36 kB",
        "Paspoort {word_first} achterkant.jpg|JPEG · 980 kB",
    ),
    document_at=(1, 3),
)


# --- the fifteenth blind set's values and texts -------------------------------------------------

BLIND15_ORGANISATIONS = (
    "Zorgcentrum De Schiphorst",
    "Buurtbus Meppel-Nijeveen",
    "Stichting Welzijn Zorg",
    "Tafeltje Dekje Meppel",
    "Woonstichting Stadsweide",
    "DUO",
)
# Firms and schools, some named after a word or a surname of the pool: must-keep.
BLIND15_FIRMS = (
    "Loonbedrijf Haver",
    "Duif Laadpalen B.V.",
    "Steigerbouw Paal",
    "Hoedenwinkel Lotus",
    "Bout Techniek",
    "Groenvoorziening Kamp & Zn.",
    "Uitvaartcentrum Robijn",
)
BLIND15_SCHOOLS = (
    "OBS De Kampstraat",
    "CBS De Regenboog",
    "Dr. Nassau College",
    "Kindcentrum Robijn",
    "ROC Menso Alting Meppel",
)
BLIND15_POSTCODE_DIGITS = ("7941", "7943", "7944", "7946", "7948", "7961")
BLIND15_EVENTS = (
    "de Koningsdag vrijmarkt",
    "het Pramenrace weekend",
    "de Meppeler Kermis",
    "de Avondvierdaagse",
    "het straatfeest Stadsweide",
)
# The names their friends and family use.
BLIND15_NICKNAMES = {
    "Lotus": "Lo",
    "Senna": "Sen",
    "Bries": "Briesje",
    "Robijn": "Robbie",
    "Chiamaka": "Chi",
    "Aigerim": "Aika",
    "Tevita": "Vita",
    "Nilufar": "Nilu",
    "Saoirse": "Sersh",
    "Björn": "Bjössi",
    "Hùng": "Hùngie",
    "Jovana": "Joca",
    "Ekaterina": "Katja",
    "Matías": "Mati",
    "Yusra": "Yoyo",
    "Kalani": "Kal",
}
# A house number's toevoeging as people write it.
BLIND15_TOEVOEGINGEN = ("-B", " boven", " zw", "-III", " k4", "/2", "bis-A", " huis", "-1hg", " D")


def _mobile15(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in many writings; `parts`: written in three words or more."""
    r = rng.choice("123456") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    spread = (
        f"06 {r}",
        f"06-{r[:3]} {r[3:6]} {r[6:]}",
        f"+31 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+31 (0)6-{r[:4]} {r[4:]}",
        f"0031 (0) 6 {r}",
        f"06 / {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"06 {r[:3]} {r[3:5]} {r[5:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06.{r[:4]}.{r[4:]}",
        f"+316-{r}",
        f"(+31)6{r}",
        f"06–{r[:4]}{r[4:]}",
        f"+31-6-{r[:4]}-{r[4:]}",
    )
    return rng.choice((*spread, *flat))


def _abroad15(rng: random.Random) -> str:
    """A mobile number abroad: Polish, Kazakh, Tongan, Irish, Swedish, Vietnamese or Serbian."""
    r = "".join(str(rng.randint(0, 9)) for _ in range(9))
    return rng.choice(
        (
            f"+48 5{r[:2]} {r[2:5]} {r[5:8]}",
            f"+7 70{r[0]} {r[1:4]} {r[4:6]} {r[6:8]}",
            f"+676 7{r[:2]} {r[2:6]}",
            f"+353 8{r[0]} {r[1:4]} {r[4:8]}",
            f"+46 7{r[0]}-{r[1:4]} {r[4:6]} {r[6:8]}",
            f"+84 9{r[:2]} {r[2:5]} {r[5:8]}",
            f"+381 6{r[0]} {r[1:4]} {r[4:8]}",
        )
    )


def _landline15(rng: random.Random) -> str:
    """A landline of Meppel, Steenwijk, Zwolle, Assen or Wolvega (not the municipality's)."""
    area = rng.choice(("0522", "0521", "038", "0592", "0561"))
    r = rng.choice("2345678") + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(area)))
    return rng.choice(
        (
            f"{area} - {r[:2]} {r[2:4]} {r[4:]}",
            f"{area}-{r[:3]}{r[3:]}",
            f"({area}) {r[:1]} {r[1:3]} {r[3:]}",
            f"+31 (0){area[1:]} {r[:2]} {r[2:4]} {r[4:]}",
            f"{area}{r}",
        )
    )


def _iban15(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN by four or with the check digits apart; one flat; one in lowercase."""

    def compact() -> str:
        return _iban_compact(
            "NL", rng.choice(banks) + "".join(str(rng.randint(0, 9)) for _ in range(10))
        )

    c = compact()
    grouped = rng.choice((_in_fours(c), f"NL {c[2:4]} {c[4:8]} {_in_fours(c[8:])}", _in_fours(c)))
    c = compact()
    flat = rng.choice((c, f"{c[:4]} {c[4:]}"))
    c = compact()
    lower = rng.choice((_in_fours(c).lower(), c.lower(), f"{c[:4]}.{c[4:8]}.{c[8:]}".lower()))
    return grouped, flat, lower


def _foreign_iban15(rng: random.Random) -> str:
    """A Polish, Kazakh, Irish, Swedish, Serbian or Greek IBAN, by four."""
    while True:
        country, bank, digits = rng.choice(
            (
                ("PL", "", 24),
                ("KZ", "", 16),
                ("IE", "AIBK", 14),
                ("SE", "", 20),
                ("RS", "", 18),
                ("GR", "", 23),
            )
        )
        body = bank + "".join(str(rng.randint(0, 9)) for _ in range(digits))
        c = _iban_compact(country, body)
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob15(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (slashes, dots, a short year, year first with dots, spaced)
    and one with its month in words (full, abbreviated without a dot, with a weekday)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1931, 2025)
    digits = rng.choice(
        (
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{day:02d}-{month:02d}-'{year % 100:02d}",
            f"{year}.{month:02d}.{day:02d}",
            f"{day:02d} {month:02d} {year}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1931, 2025)
    name = BLIND5_MONTHS[month - 1]
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    words = rng.choice(
        (
            f"{day} {name} {year}",
            f"{day} {BLIND14_MONTH_ABBREVIATIONS[month - 1]} {year}",
            f"{weekday} {day} {name} {year}",
            f"{day}e {name} {year}",
        )
    )
    return digits, words


def _blind15_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Lotus", "Senna", "Bries", "Robijn").
    word_first = rng.choice(
        [n for n in pools.first_names[:4] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 260)}{rng.choice(BLIND15_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 190), rng.randint(1, 99)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND15_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    dob, dob_text = _dob15(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 15), rng.choice((0, 10, 20, 30, 40, 50))
    nick = BLIND15_NICKNAMES[first]
    f, c, k = _ascii9(first), _ascii9(sur), _ascii9(nick)
    year = rng.randint(1955, 2009)
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban15(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # As on a form: the surname first, a comma, then the first name or initials.
        "name_rev": rng.choice((f"{_title(sur)}, {first}", f"{sur.upper()} {first}")),
        "initials": rng.choice(
            (
                f"{first[0]}.{rng.choice('CMT')}.{rng.choice('AH')}. {_title(sur)}",
                f"mw. {first[0]}. {_title(sur)}",
                f"{first[0]}{rng.choice('CMT')} {sur}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}.{other_sur[0].upper()}. {_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{BLIND15_NICKNAMES[mate_first]} {_title(mate_sur)[0]}.",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND15_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND15_NICKNAMES[push].lower(),
        "phone": _mobile15(rng),
        "phone2": _mobile15(rng),
        "phone3": _mobile15(rng, parts=True),
        "phone_abroad": _abroad15(rng),
        "landline": _landline15(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban15(rng),
        "bsn": rng.choice((bsn, f"{bsn[:4]}.{bsn[4:7]}.{bsn[7:]}", f"{bsn[:3]} {bsn[3:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
                f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
                f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        # Addresses with toevoegingen, a floor, a corner, a flat's letter.
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND15_TOEVOEGINGEN)}",
                f"{street2} {n2}, 1e verdieping",
                f"{street2} {n2} hoek {rng.choice(pools.streets)}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}-{rng.choice('ABCD')}",
                f"{street3} {n3} (zijingang)",
                f"{street3} {n3}{rng.choice(BLIND15_TOEVOEGINGEN)}",
            )
        ),
        "postcode": rng.choice((f"{digits} {letters}", f"{digits}{letters}")),
        "postcode_odd": rng.choice(
            (f"{digits}  {letters}", f"{digits}-{letters.lower()}", f"NL {digits} {letters}")
        ),
        "email": rng.choice(
            (
                f"{f}.{c}{year % 100:02d}@example.nl",
                f"{f[0]}{c}@example.com",
                f"{c}-{f}@example.org",
                f"{f.upper()}.{c.upper()}@EXAMPLE.NL",
            )
        ),
        "email2": rng.choice(
            (
                f"{k}_{c}@example.net",
                f"{f}{year}@mail.example.com",
                f"info.{c}.{f[0]}@example.eu",
            )
        ),
        "url": rng.choice(
            (
                f"instagram.com/{k}_{c}",
                f"facebook.com/{f}{c}",
                f"linkedin.com/in/{c}-{f}-{year}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.lower(), plate.replace("-", ""))),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND15_ORGANISATIONS),
        "firm": rng.choice(BLIND15_FIRMS),
        "school": rng.choice(BLIND15_SCHOOLS),
        "event": rng.choice(BLIND15_EVENTS),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14 0 522", "140 522", "tel: 14-0522", "(14) 0522")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "0522-85 95 00", "0522 8595 00")),
        "switch_alt": rng.choice(
            (
                "+31 (0)522 859 500",
                "0522.859.500",
                "+31522 85 95 00",
                "00 31 522 85 95 00",
                "0522 – 85 95 00",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "burgerzaken@meppel.nl",
                "inburgering@meppel.nl",
                "Leerplicht@Meppel.nl",
                "vergunningen@meppel.nl",
                "gevondenvoorwerpen@meppel.nl",
            )
        ),
        "wa_gem": rng.choice(("06 – 1400 0522", "+31614000522", "06-1400 05 22")),
        "url_gem": rng.choice(
            (
                "www.meppel.nl/geboorteaangifte",
                "meppel.nl/afspraak",
                "https://meppel.nl/laadpaal",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501, 7940 AM  MEPPEL", "Postbus 501 - 7940 AM Meppel")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN.lower(),
                MUNICIPAL_IBAN_TAXES,
                MUNICIPAL_IBAN_TAXES.replace(" ", ""),
            )
        ),
        "zaak": rng.choice((f"ZK26.{n:06d}", f"Z/26/{n:05d}", f"dossier 26-{n:05d}")),
        "kenmerk": rng.choice((f"U26.{n:05d}", f"kenmerk BZ-{rng.randint(100, 999)}-2026")),
        "melding": rng.choice((f"MOR-2026-{n:05d}", f"melding {rng.randint(10_000, 99_999)}")),
        "kvk": rng.choice((kvk, f"{kvk[:2]} {kvk[2:5]} {kvk[5:]}")),
        "po": f"inkooporder 45{rng.randint(10_000_000, 99_999_999)}",
        "project": rng.choice(
            (
                f"SWZ-{n % 1000:03d}",
                f"PRJ26-{n % 10_000:04d}",
                f"Stadsweide fase {rng.randint(1, 3)}",
                f"LP-{n % 100:02d}/26",
            )
        ),
        "besluit": rng.choice(
            (f"OV-2026-{rng.randint(1, 499):04d}", f"besluit nr. {rng.randint(1000, 9999)}")
        ),
        "factuur": rng.choice(
            (f"F26-{rng.randint(1, 99_999):05d}", f"nota 2026.{rng.randint(100, 999)}")
        ),
        "org_phone": rng.choice(("0800-0805", "088 - 030 0400", "0900-1234")),
        "hours": rng.choice(
            ("ma-vr 9.00-16.30", "alleen op afspraak", "di en do van 13 tot 16 uur")
        ),
        "timespan": rng.choice(
            (
                "tussen 13 en 15 uur",
                f"van {hour}.{minute:02d} tot {hour + 1}.{minute:02d}",
                f"{hour}:{minute:02d}-{hour + 3}:00 uur",
            )
        ),
        # Appointments, deadlines and a date of death, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2:02d}/{m2:02d}/2026",
                f"{WEEKDAYS[rng.randint(0, 4)]} {d2} {month2}",
                f"{d2} {month2} 2026",
                f"{d2}-{m2}-'26",
                f"vóór {d2} {BLIND14_MONTH_ABBREVIATIONS[m2 - 1]}",
            )
        ),
        "time": rng.choice(
            (f"{hour}.{minute:02d}", f"{hour}u{minute:02d}", f"{hour}:{minute:02d}")
        ),
        "time2": f"{hour + 2}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€{rng.randint(20, 999)},{rng.randint(0, 99):02d}",
                f"€ {rng.randint(1, 3)}.{rng.randint(0, 999):03d},00",
                f"{rng.randint(15, 600)} euro",
            )
        ),
        "amount2": rng.choice((f"€ {rng.randint(50, 500)},=", f"EUR {rng.randint(50, 500)}")),
    }


BLIND15_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "MAANDAG", "VRIJDAG"),
    join_notices=(
        "{colleague} heeft {other} toegevoegd",
        "{colleague_first} heeft {word_first} {sur_lc} en {phone2} toegevoegd",
        "{nick} ☀ heeft deze groep aangemaakt",
        "U bent toegevoegd door {initials}",
    ),
    later_notices=(
        "{other_first} is van nummer veranderd naar {phone3}",
        "{word_first} heeft {mate} toegevoegd",
        "{mate_short} heeft de groep verlaten",
        "{colleague} heeft de groepsafbeelding gewijzigd",
        "{phone2} is verwijderd door {colleague_first}",
    ),
    direct_notices=(
        "{first} {sur_title} heeft een nieuw telefoonnummer. Tik om het nummer toe te voegen.",
        "{other_first} is van nummer veranderd. U chat nu met het nieuwe nummer {phone3}.",
        "Berichten zijn end-to-end versleuteld. {nick} ✿ staat in uw contacten.",
    ),
    replies=(
        "Top {word_first}, ik zet het door.",
        "Ik spreek {other_sur_title} straks.",
        "Staat in {zaak}.",
        "Is het nog {addr3}?",
        "Klopt {phone2}?",
        "Geregeld vóór {date}.",
        "Info op {url_gem}.",
        "Of bel {switch_alt}.",
        "Mail {mailbox2} maar.",
        "Groetjes uit {place} ☕",
        "App ons op {wa_gem}.",
        "Bel ons gerust op {switch_var}.",
    ),
    card_owners=(
        "{nick} ✿",
        "{initials}",
        "{other}",
        "Gemeente Meppel",
    ),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd", "Doorgestuurd"),
    messages=8,
    forward_at=(0, 1, 3, 5),
    quote_at=(2, 4, 6),
    card_at=(1, 4, -1),
    media_at=(0, 2, 3),
    locations=(
        "Nieuw adres|{addr2}, {postcode} Meppel",
        "Ooievaarsnest|{street2}, {place}",
        "Live locatie {nick} ✿|deelt tot {time2}",
        "Hier staat de verhuiswagen|voor {addr}, {place}",
    ),
    location_at=(0, 3, 5),
    text_shares=(0.55, 0.64, 0.72, 0.8),
    photo_plates=("{plate}",),
    documents=(
        "Spraakbericht {nick}.opus|0:48 · Audio",
        "Audio van {name}.m4a|1:12 · Spraakbericht",
        "Geboorteakte {other_lc}.pdf|1 pagina · PDF · 210 kB",
        "Volmacht {initials}.pdf|2 pagina's · PDF · 155 kB",
        "Tekening {firm} {project}.pdf|5 pagina's · PDF · 3,2 MB",
        "Scan rijbewijs {word_first} {sur_title}.jpg|JPEG · 1,6 MB",
    ),
    document_at=(1, 2, 4),
)


# --- the sixteenth blind set's values and texts -------------------------------------------------

BLIND16_ORGANISATIONS = (
    "Humanitas Meppel",
    "Omgevingsdienst Drenthe",
    "Centrum voor Jeugd en Gezin Meppel",
    "Sportbedrijf Meppel",
    "Dierenambulance Zuidwest-Drenthe",
    "Rijkswaterstaat",
)
# Firms and schools, some named after a word or a name of the pool: must-keep.
BLIND16_FIRMS = (
    "Schildersbedrijf Snel",
    "Dakkapellen Engel B.V.",
    "Hoveniersbedrijf Zoet",
    "Kool Sloopwerken",
    "Aannemersbedrijf De Hond",
    "Bloemenhuis Mei",
    "Kraanverhuur Das & Zn.",
    "Tijm Catering",
)
BLIND16_SCHOOLS = (
    "CBS Het Kompas",
    "IKC Vijverlaan",
    "OBS De Meidoorn",
    "Stad & Esch Meppel",
    "Kindcentrum April",
)
BLIND16_POSTCODE_DIGITS = ("7942", "7945", "7947", "7949", "7971", "7963")
BLIND16_EVENTS = (
    "de Sinterklaasintocht",
    "het Grachtenfestival",
    "de Meppeler Kunstroute",
    "het Zomerfestival Sluiskade",
    "de Nationale Buitenspeeldag",
)
# The names their friends and family use ("Aap" is a word too).
BLIND16_NICKNAMES = {
    "April": "Aap",
    "Mei": "Meimei",
    "Tijm": "Tijmpie",
    "Sky": "Skytje",
    "Ayaan": "Yaya",
    "Akosua": "Kosu",
    "Elif": "Elifje",
    "Yassine": "Yas",
    "Małgorzata": "Gosia",
    "Rasha": "Roro",
    "Putri": "Uti",
    "Taras": "Tarasik",
    "Luana": "Lulu",
    "Jildou": "Jil",
    "Tsjerk": "Tsjerkie",
    "Bence": "Bencus",
}
# A house number's toevoeging as people write it.
BLIND16_TOEVOEGINGEN = ("-C", "a", " 2-hoog", " BS", "/B", "-rd", "-IV", " A-1", "bg", " unit 3")
BLIND16_MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sept",
    "okt",
    "nov",
    "dec",
)


def _ascii16(name: str) -> str:
    """A name as it is typed in an address: "ł" as "l", no accents, spaces or hyphens."""
    return _ascii9(name.replace("ł", "l").replace("Ł", "L"))


def _mobile16(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in many writings; `parts`: written in three words or more."""
    r = rng.choice("123456") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    spread = (
        f"06 - {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+31 6 {r[:4]} {r[4:]}",
        f"+31(0)6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"(06) {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+ 31 6 {r[:3]} {r[3:6]} {r[6:]}",
        f"06 {r[:4]} {r[4:6]} {r[6:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06{r}",
        f"+31.6.{r[:2]}.{r[2:4]}.{r[4:6]}.{r[6:]}",
        f"0031-6-{r}",
        f"06/{r}",
        f"+316 {r}",
    )
    return rng.choice((*spread, *flat))


def _abroad16(rng: random.Random) -> str:
    """A mobile number abroad: Somali, Ghanaian, Turkish, Moroccan, Brazilian, Hungarian,
    Indonesian or Ukrainian."""
    r = "".join(str(rng.randint(0, 9)) for _ in range(9))
    return rng.choice(
        (
            f"+252 61 {r[:3]} {r[3:7]}",
            f"+233 24 {r[:3]} {r[3:7]}",
            f"+90 53{r[0]} {r[1:4]} {r[4:6]} {r[6:8]}",
            f"+212 6{r[:2]}-{r[2:8]}",
            f"+55 11 9{r[:4]}-{r[4:8]}",
            f"+36 30 {r[:3]} {r[3:7]}",
            f"+62 812-{r[:4]}-{r[4:8]}",
            f"+380 67 {r[:3]} {r[3:5]} {r[5:7]}",
        )
    )


def _landline16(rng: random.Random) -> str:
    """A landline of Meppel, Hoogeveen, Steenwijk, Zwolle or Emmen (not the municipality's)."""
    area = rng.choice(("0522", "0528", "0521", "038", "0591"))
    r = rng.choice("2345678") + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(area)))
    return rng.choice(
        (
            f"{area}-{r[:2]} {r[2:4]} {r[4:]}",
            f"({area}) {r}",
            f"{area} {r[:3]} {r[3:]}",
            f"+31 {area[1:]} {r}",
            f"{area} / {r}",
        )
    )


def _iban16(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN by four, dashed or in threes; one flat; one in lowercase."""

    def compact() -> str:
        return _iban_compact(
            "NL", rng.choice(banks) + "".join(str(rng.randint(0, 9)) for _ in range(10))
        )

    c = compact()
    grouped = rng.choice(
        (
            _in_fours(c),
            _in_fours(c).replace(" ", "-"),
            f"{c[:4]} {c[4:8]} {c[8:11]} {c[11:14]} {c[14:]}",
        )
    )
    c = compact()
    flat = rng.choice((c, f"{c[:8]} {c[8:]}"))
    c = compact()
    lower = rng.choice((_in_fours(c).lower(), c.lower(), _in_fours(c).replace(" ", "-").lower()))
    return grouped, flat, lower


def _foreign_iban16(rng: random.Random) -> str:
    """A Turkish, Hungarian, Portuguese, Finnish, Estonian or Ukrainian IBAN, by four."""
    while True:
        country, digits = rng.choice(
            (("TR", 22), ("HU", 24), ("PT", 21), ("FI", 14), ("EE", 16), ("UA", 25))
        )
        body = "".join(str(rng.randint(0, 9)) for _ in range(digits))
        c = _iban_compact(country, body)
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob16(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (dashes without zeros, a short year after a slash, ISO, dots
    with a short year, spaced dashes) and one with its month in words (capitalised, abbreviated
    with a short year, dashed, "12de")."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1929, 2024)
    digits = rng.choice(
        (
            f"{day}-{month}-{year}",
            f"{day:02d}/{month:02d}/'{year % 100:02d}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}.{month:02d}.{year % 100:02d}",
            f"{day:02d} - {month:02d} - {year}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1929, 2024)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1]
    words = rng.choice(
        (
            f"{day} {name.capitalize()} {year}",
            f"{day} {short} '{year % 100:02d}",
            f"{day}-{short}-{year}",
            f"{day}de {name} {year}",
        )
    )
    return digits, words


def _blind16_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("April", "Mei", "Tijm", "Sky").
    word_first = rng.choice(
        [n for n in pools.first_names[:4] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 240)}{rng.choice(BLIND16_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 180), rng.randint(1, 120)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND16_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    dob, dob_text = _dob16(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 16), rng.choice((0, 15, 30, 45))
    nick = BLIND16_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur), _ascii16(nick)
    year = rng.randint(1958, 2008)
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban16(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # As on a form: the surname first, then the first name or an initial.
        "name_rev": rng.choice(
            (f"{_title(sur)}, {first[0]}.", f"{sur.upper()}, {first}", f"{_title(sur)} {first}")
        ),
        "initials": rng.choice(
            (
                f"{first[0]}.{rng.choice('JKW')}. {_title(sur)}",
                f"dhr. {first[0]}. {_title(sur)}",
                f"{first[0]}. {sur.lower()}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}. {_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{BLIND16_NICKNAMES[mate_first]} {_title(mate_sur)[0]}",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND16_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND16_NICKNAMES[push].lower(),
        "phone": _mobile16(rng),
        "phone2": _mobile16(rng),
        "phone3": _mobile16(rng, parts=True),
        "phone_abroad": _abroad16(rng),
        "landline": _landline16(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban16(rng),
        "bsn": rng.choice(
            (bsn, f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}", f"{bsn[:2]}.{bsn[2:5]}.{bsn[5:]}")
        ),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
                f"{bsn[:4]}-{bsn[4:6]}-{bsn[6:]}",
                f"{bsn[:3]} - {bsn[3:6]} - {bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        # Addresses with toevoegingen, a floor, a flat's letter, a back door.
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND16_TOEVOEGINGEN)}",
                f"{street2} {n2}, 3e etage",
                f"{street2} {n2} (achterom)",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}{rng.choice('abcd')}",
                f"{street3} nr {n3}",
                f"{street3} {n3}{rng.choice(BLIND16_TOEVOEGINGEN)}",
            )
        ),
        "postcode": rng.choice((f"{digits} {letters}", f"{digits}{letters}")),
        "postcode_odd": rng.choice(
            (f"{digits} {letters.lower()}", f"{digits}.{letters}", f"{digits} - {letters}")
        ),
        "email": rng.choice(
            (
                f"{f}.{c}@example.nl",
                f"{c}.{f}+gemeente@example.com",
                f"{f[0].upper()}.{c.capitalize()}@Example.nl",
                f"{f}_{c}{year}@example.org",
            )
        ),
        "email2": rng.choice(
            (
                f"{k}{year % 100:02d}@example.net",
                f"fam.{c}@mail.example.nl",
                f"{c}{f[0]}@example.eu",
            )
        ),
        "url": rng.choice(
            (
                f"tiktok.com/@{k}.{c}",
                f"www.{f}-{c}.nl",
                f"youtube.com/@{f}{c}",
                f"instagram.com/{c}.{f}_",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.lower(), plate.replace("-", " "))),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND16_ORGANISATIONS),
        "firm": rng.choice(BLIND16_FIRMS),
        "school": rng.choice(BLIND16_SCHOOLS),
        "event": rng.choice(BLIND16_EVENTS),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14-0522", "14 05 22", "14.0522", "(14)0522")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "0522-859500", "0522 859 500")),
        "switch_alt": rng.choice(
            (
                "+31 522 859 500",
                "0522 - 859 500",
                "(0522) 85 95 00",
                "0031 522 859500",
                "+31 (0) 522 85 95 00",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "bouwentoezicht@meppel.nl",
                "evenementen@meppel.nl",
                "Publiekszaken@meppel.nl",
                "wmo@meppel.nl",
                "openbareruimte@meppel.nl",
            )
        ),
        "wa_gem": rng.choice(("06-14000522", "+31 6 1400 0522", "06 14 00 05 22")),
        "url_gem": rng.choice(
            (
                "www.meppel.nl/evenementen",
                "meppel.nl/melding-openbare-ruimte",
                "https://www.meppel.nl/dakkapel",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501, 7940 AM MEPPEL", "postbus 501, 7940AM Meppel")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN.replace(" ", ""),
                MUNICIPAL_IBAN_TAXES,
                MUNICIPAL_IBAN_TAXES.lower(),
            )
        ),
        "zaak": rng.choice((f"Z-2026-{n:05d}", f"zaak 26.{n:05d}", f"ZK{n:06d}")),
        "kenmerk": rng.choice((f"OV26/{n:05d}", f"ons kenmerk 2026-{rng.randint(100, 999)}")),
        "melding": rng.choice((f"MOR26-{n:05d}", f"meldingnr. {rng.randint(100_000, 999_999)}")),
        "kvk": rng.choice((kvk, f"{kvk[:4]} {kvk[4:]}")),
        "po": f"bestelnummer PO-{rng.randint(100_000, 999_999)}",
        "project": rng.choice(
            (
                f"SLK-{n % 1000:03d}",
                f"P2026.{n % 10_000:04d}",
                f"Sluiskade fase {rng.randint(1, 4)}",
                f"GLD-{n % 100:02d}/26",
            )
        ),
        "besluit": rng.choice(
            (f"BWT-2026-{rng.randint(1, 899):04d}", f"besluit {rng.randint(100, 999)}/2026")
        ),
        "factuur": rng.choice(
            (f"FAC-{rng.randint(1, 99_999):05d}", f"factuurnr. 26{rng.randint(1000, 9999)}")
        ),
        "org_phone": rng.choice(("0800-8844", "088 - 012 4300", "0900 - 0101")),
        "hours": rng.choice(
            ("ma t/m do 8.30-17.00", "op werkdagen tot 12 uur", "wo en vr van 9 tot 13 uur")
        ),
        "timespan": rng.choice(
            (
                "tussen 8 en 10 uur",
                f"van {hour}.{minute:02d} tot {hour + 2}.{minute:02d} uur",
                f"{hour}:{minute:02d} - {hour + 1}:{minute:02d}",
            )
        ),
        # Appointments, deadlines and a date of death, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2}-{m2}-2026",
                f"{WEEKDAYS[rng.randint(0, 4)]} {d2} {BLIND16_MONTH_ABBREVIATIONS[m2 - 1]}",
                f"{d2} {month2.capitalize()}",
                f"{d2:02d}.{m2:02d}.26",
                f"uiterlijk {d2} {month2}",
            )
        ),
        "time": rng.choice(
            (f"{hour}.{minute:02d} uur", f"{hour}:{minute:02d}", f"{hour}h{minute:02d}")
        ),
        "time2": f"{hour + 1}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(20, 999)},{rng.randint(0, 99):02d}",
                f"€{rng.randint(1, 4)}.{rng.randint(0, 999):03d},-",
                f"{rng.randint(15, 600)},00 euro",
            )
        ),
        "amount2": rng.choice((f"€ {rng.randint(25, 400)},-", f"EUR {rng.randint(25, 400)},00")),
    }


BLIND16_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "DINSDAG", "ZATERDAG"),
    join_notices=(
        "{colleague_first} heeft {mate} en {name_lc} toegevoegd",
        "{word_first} {sur_title} heeft deze groep aangemaakt",
        "{colleague} heeft u toegevoegd",
        "{initials} heeft {neighbour_lc} toegevoegd",
    ),
    later_notices=(
        "{mate_first} heeft het groepsonderwerp gewijzigd naar '{street}'",
        "{other_lc} is toegevoegd via een uitnodigingslink",
        "{nick} heeft de groep verlaten",
        "{colleague_first} heeft {phone3} verwijderd",
        "{word_first} is nu beheerder",
    ),
    direct_notices=(
        "{name_rev} staat niet in uw contacten. Blokkeren of toevoegen?",
        "Het beveiligingsnummer van {other} is gewijzigd. Tik voor meer info.",
        "{nick} ❀ gebruikt een zakelijk account.",
    ),
    replies=(
        "Goed zo {word_first}, dank!",
        "Ik bel {neighbour_title} nog even.",
        "Staat genoteerd onder {zaak}.",
        "Was het {addr2}?",
        "Is {phone3} nog goed?",
        "Uiterlijk {date} rond.",
        "Kijk ook even op {url_gem}.",
        "Anders {switch_long} bellen.",
        "Leges graag naar {iban_gem}.",
        "Post mag naar {postbus}.",
        "Stuur het naar {mailbox2}.",
        "Fijne avond vanuit {place} ☂",
        "WhatsApp kan ook: {wa_gem}.",
        "Of bel gewoon {switch_var}.",
    ),
    card_owners=(
        "{nick} ❀",
        "{name_rev}",
        "{mate}",
        "Gemeente Meppel",
    ),
    forwarded=("Doorgestuurd", "Doorgestuurd", "Vaak doorgestuurd"),
    messages=8,
    forward_at=(0, 2, 3, 5),
    quote_at=(2, 4, 6),
    card_at=(1, 3, -1),
    media_at=(0, 2, 4),
    locations=(
        "Losse tegel|{addr3}, {place}",
        "Dakkapel|{addr}, {postcode} Meppel",
        "Live locatie {word_first}|deelt nog tot {time2}",
        "Rattenoverlast|achter {street2} 12, {place}",
    ),
    location_at=(1, 3, 6),
    text_shares=(0.58, 0.66, 0.74, 0.82),
    photo_plates=("{plate}",),
    documents=(
        "Spraakbericht van {word_first}.opus|1:03 · Audio",
        "Tekening dakkapel {name_lc}.pdf|3 pagina's · PDF · 1,8 MB",
        "Foto's {addr2}.zip|ZIP · 14 MB",
        "Aanvraag gpk {other_initials}.pdf|2 pagina's · PDF · 340 kB",
        "Offerte {firm} {project}.pdf|4 pagina's · PDF · 610 kB",
        "ID-kaart {nick} voorkant.jpg|JPEG · 2,1 MB",
    ),
    document_at=(1, 2, 5),
)


# --- the seventeenth blind set's values and texts -----------------------------------------------

BLIND17_ORGANISATIONS = (
    "Regiotaxi Zuidwest-Drenthe",
    "Dierenopvangcentrum Meppel",
    "Stichting Present Meppel",
    "VluchtelingenWerk Noord Nederland",
    "het CBR",
    "de Sociale Verzekeringsbank",
)
# Firms and schools, some named after a word or a name of the pool: must-keep.
BLIND17_FIRMS = (
    "Klok Installatietechniek",
    "Visspeciaalzaak Rob",
    "Transportbedrijf Rots & Zn.",
    "Wever Hoveniers",
    "Zalencentrum De Peer",
    "Fietsenmakerij Toon",
    "Bouwbedrijf Hof B.V.",
    "Akoestiekbureau Door",
)
BLIND17_SCHOOLS = (
    "OBS De Berk",
    "Toon Hermansschool",
    "CBS De Klokkenberg",
    "IKC Mandeveld",
)
BLIND17_POSTCODE_DIGITS = ("7941", "7943", "7944", "7946", "7948", "7957")
BLIND17_EVENTS = (
    "Burendag",
    "de Iftar-avond in het park",
    "het Circus op de Stadsweide",
    "de Avondvierdaagse",
    "de Meppeler Boekenmarkt",
)
# The names their friends and family use ("Doortje" and "Robbie" are words' diminutives too).
BLIND17_NICKNAMES = {
    "Door": "Doortje",
    "Trui": "Truitje",
    "Rob": "Robbie",
    "Berk": "Berkie",
    "Toon": "Toontje",
    "Maricel": "Cel",
    "Jānis": "Jančuks",
    "Zuzana": "Zuzka",
    "Bilal": "Billu",
    "Kadri": "Kati",
    "Mamadou": "Madou",
    "Ayumi": "Ayu",
    "Nasrin": "Nasu",
    "Douwe": "Dou",
    "Hiske": "His",
    "Marie-José": "Mieke",
}
# A house number's toevoeging as people write it.
BLIND17_TOEVOEGINGEN = (
    " boven",
    " beneden",
    "-1",
    " app. 4",
    " kamer 12",
    "-hs",
    "B",
    " II",
    "/2",
    " ws",
)


def _mobile17(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in writings of its own; `parts`: written in three words or more."""
    r = rng.choice("123456") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    spread = (
        f"06 {r[:3]} {r[3:6]} {r[6:]}",
        f"+31 6-{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"(+31) 6 {r[:4]} {r[4:]}",
        f"06.{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"0031 (0)6 {r[:4]} {r[4:]}",
        f"06 {r[:2]}-{r[2:4]}-{r[4:6]}-{r[6:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06-{r[:4]} {r[4:]}",
        f"+31-6{r}",
        f"+316{r}",
        f"06{r[:4]}.{r[4:]}",
        f"06 {r}",
    )
    return rng.choice((*spread, *flat))


def _abroad17(rng: random.Random) -> str:
    """A mobile number abroad: Filipino, Latvian, Slovak, Pakistani, Estonian, Senegalese,
    Japanese or Bangladeshi."""
    r = "".join(str(rng.randint(0, 9)) for _ in range(9))
    return rng.choice(
        (
            f"+63 917 {r[:3]} {r[3:7]}",
            f"+371 2{r[:3]} {r[3:7]}",
            f"+421 9{r[:2]} {r[2:5]} {r[5:8]}",
            f"+92 30{r[0]} {r[1:8]}",
            f"+372 5{r[:3]} {r[3:7]}",
            f"+221 77 {r[:3]} {r[3:5]} {r[5:7]}",
            f"+81 90-{r[:4]}-{r[4:8]}",
            f"+880 17{r[:2]}-{r[2:8]}",
        )
    )


def _landline17(rng: random.Random) -> str:
    """A landline of Meppel, Assen, Beilen, Dedemsvaart or Heerenveen (not the municipality's)."""
    area = rng.choice(("0522", "0592", "0593", "0523", "0513"))
    r = rng.choice("2345678") + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(area)))
    return rng.choice(
        (
            f"{area}-{r}",
            f"{area} – {r[:2]} {r[2:4]} {r[4:]}",
            f"({area}) {r[:2]} {r[2:4]} {r[4:]}",
            f"+31 (0){area[1:]} {r}",
            f"{area}/{r[:2]} {r[2:4]} {r[4:]}",
        )
    )


def _iban17(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN by four, dotted or spaced around dashes; one flat; one in lowercase."""

    def compact() -> str:
        return _iban_compact(
            "NL", rng.choice(banks) + "".join(str(rng.randint(0, 9)) for _ in range(10))
        )

    c = compact()
    grouped = rng.choice(
        (
            _in_fours(c),
            _in_fours(c).replace(" ", "."),
            _in_fours(c).replace(" ", " - "),
        )
    )
    c = compact()
    flat = rng.choice((c, f"{c[:4]} {c[4:]}"))
    c = compact()
    lower = rng.choice((_in_fours(c).lower(), c.lower(), _in_fours(c).replace(" ", ".").lower()))
    return grouped, flat, lower


def _foreign_iban17(rng: random.Random) -> str:
    """A Slovak, Latvian, Pakistani, Slovenian, Danish or Norwegian IBAN, by four."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    while True:
        country, head, digits = rng.choice(
            (
                ("SK", 0, 20),
                ("LV", 4, 13),
                ("PK", 4, 16),
                ("SI", 0, 15),
                ("DK", 0, 14),
                ("NO", 0, 11),
            )
        )
        body = "".join(rng.choice(letters) for _ in range(head))
        body += "".join(str(rng.randint(0, 9)) for _ in range(digits))
        c = _iban_compact(country, body)
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob17(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (dots without zeros, en dashes, slashes with a short year, year
    first with slashes, spaced with a short year) and one with its month in words (capitals,
    a comma before the year, dashed, abbreviated with a dot)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1927, 2024)
    digits = rng.choice(
        (
            f"{day}.{month}.{year}",
            f"{day:02d}–{month:02d}–{year}",
            f"{day}/{month}/{year % 100:02d}",
            f"{year}/{month:02d}/{day:02d}",
            f"{day:02d} {month:02d} '{year % 100:02d}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1927, 2024)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1]
    words = rng.choice(
        (
            f"{day} {short.upper()} {year}",
            f"{day} {name}, {year}",
            f"{day}-{name}-{year}",
            f"{day:02d} {short}. {year}",
        )
    )
    return digits, words


def _blind17_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Door", "Trui", "Rob", "Berk", "Toon").
    word_first = rng.choice(
        [n for n in pools.first_names[:5] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 240)}{rng.choice(BLIND17_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 180), rng.randint(1, 120)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND17_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    dob, dob_text = _dob17(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 16), rng.choice((0, 15, 30, 45))
    nick = BLIND17_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur), _ascii16(nick)
    year = rng.randint(1950, 2008)
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban17(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "word_nick": BLIND17_NICKNAMES[word_first],
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # A double surname: the partner's name before one's own, as a married person may use it.
        "double": rng.choice(
            (
                f"{first} {_title(other_sur)}-{_title(sur)}",
                f"{_title(mate_sur)}-{_title(sur)}",
                f"{first[0]}. {_title(sur)}-{other_sur}",
            )
        ),
        # As on a form: the surname first, then the first name or initials.
        "name_rev": rng.choice(
            (
                f"{_title(sur)}, {first}",
                f"{sur.upper()} {first[0]}.",
                f"{_title(sur)}, {first[0]}.{rng.choice('HMP')}.",
            )
        ),
        "initials": rng.choice(
            (
                f"{first[0]}{rng.choice('HMP')} {_title(sur)}",
                f"mevr. {first[0]}. {sur}",
                f"{first[0]}. {_title(sur)}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}. {_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{BLIND17_NICKNAMES[mate_first]} {_title(mate_sur)[0]}.",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND17_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND17_NICKNAMES[push].lower(),
        "phone": _mobile17(rng),
        "phone2": _mobile17(rng),
        "phone3": _mobile17(rng, parts=True),
        "phone_abroad": _abroad17(rng),
        "landline": _landline17(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban17(rng),
        "bsn": rng.choice(
            (bsn, f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}", f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}")
        ),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:2]}.{bsn[2:4]}.{bsn[4:6]}.{bsn[6:]}",
                f"{bsn[:4]} {bsn[4:7]} {bsn[7:]}",
                f"{bsn[:3]} {bsn[3:6]}-{bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        # Addresses with toevoegingen, a room in a care home, a houseboat.
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND17_TOEVOEGINGEN)}",
                f"{street2} {n2}, kamer {rng.randint(1, 40)}",
                f"{street2} {n2} (woonboot)",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}{rng.choice('ABCD')}",
                f"{street3} no. {n3}",
                f"{n3} {street3}",
                f"{street3} {n3}{rng.choice(BLIND17_TOEVOEGINGEN)}",
            )
        ),
        "postcode": rng.choice((f"{digits} {letters}", f"{digits}{letters}")),
        "postcode_odd": rng.choice(
            (f"{digits}{letters.lower()}", f"NL{digits}{letters}", f"{digits}  {letters}")
        ),
        "email": rng.choice(
            (
                f"{f}.{c}@hotmail.example",
                f"{c}-{f}@example.nl",
                f"info@{f}-{c}.nl",
                f"{f.upper()}.{c.upper()}@EXAMPLE.COM",
            )
        ),
        "email2": rng.choice(
            (
                f"{k}.{year}@example.net",
                f"{c}.{f}.{year % 100:02d}@example.be",
                f"{f[0]}{c}@mail.example.org",
            )
        ),
        "url": rng.choice(
            (
                f"facebook.com/{f}.{c}.{year % 100:02d}",
                f"linkedin.com/in/{f}-{c}-{n % 1000:03d}",
                f"{f}{c}.blogspot.com",
                f"instagram.com/_{k}_",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.lower(), plate.replace("-", ""))),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND17_ORGANISATIONS),
        "firm": rng.choice(BLIND17_FIRMS),
        "school": rng.choice(BLIND17_SCHOOLS),
        "event": rng.choice(BLIND17_EVENTS),
        "btw": _btw11(rng),
        "switch": SWITCHBOARD,
        # "14-05-22" reads like a date.
        "switch_var": rng.choice(("14-0522", "14 - 0522", "14-05-22", "tel. 14 0522")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "0522-85 95 00", "0522 – 859500")),
        "switch_alt": rng.choice(
            (
                "+31 522 85 95 00",
                "00 31 522 859 500",
                "+31(0)522-859500",
                "0522/859500",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "parkeren@meppel.nl",
                "Burgerzaken@meppel.nl",
                "jeugd@meppel.nl",
                "afval@meppel.nl",
                "subsidies@meppel.nl",
            )
        ),
        "wa_gem": rng.choice(("06 14000522", "+31614000522", "06-1400 0522")),
        "url_gem": rng.choice(
            (
                "meppel.nl/speelstraat",
                "www.meppel.nl/naamgebruik",
                "https://meppel.nl/afspraak-maken",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501 7940 AM Meppel", "Postbus 501, 7940 am Meppel")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN.replace(" ", "").lower(),
                MUNICIPAL_IBAN_TAXES,
                MUNICIPAL_IBAN_TAXES.replace(" ", "-"),
            )
        ),
        "zaak": rng.choice((f"Z/26/{n:06d}", f"zaaknr. 2026-{n:06d}", f"DOC-26-{n:05d}")),
        "kenmerk": rng.choice((f"UIT-26-{n:05d}", f"kenmerk {rng.randint(1000, 9999)}/26")),
        "melding": rng.choice((f"M26.{n:05d}", f"melding {rng.randint(100_000, 999_999)}")),
        "kvk": rng.choice((kvk, f"{kvk[:2]}.{kvk[2:5]}.{kvk[5:]}")),
        "po": f"inkoopnummer {rng.randint(4_500_000, 4_599_999)}",
        "project": rng.choice(
            (
                f"RV-26-{n % 1000:03d}",
                f"P26/{n % 10_000:04d}",
                f"Mandeveld deel {rng.randint(1, 4)}",
            )
        ),
        "besluit": rng.choice(
            (
                f"B&W-besluit 2026/{rng.randint(1, 899):03d}",
                f"raadsbesluit 26-{rng.randint(10, 99)}",
            )
        ),
        "factuur": rng.choice(
            (f"F26-{rng.randint(1, 99_999):05d}", f"factuur 2026.{rng.randint(1000, 9999)}")
        ),
        "org_phone": rng.choice(("0900-8844", "0800 - 2000", "088 - 246 8000")),
        "hours": rng.choice(
            ("ma-vr 9.00-12.30", "dinsdag en donderdag tot 20 uur", "alleen op afspraak")
        ),
        "timespan": rng.choice(
            (
                "tussen 13 en 15 uur",
                f"van {hour}:{minute:02d} tot {hour + 1}:{minute:02d}",
                f"{hour}u{minute:02d}-{hour + 2}u{minute:02d}",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2}-{m2}",
                f"{WEEKDAYS[rng.randint(0, 4)][:2]} {d2}/{m2}",
                f"{d2:02d}.{m2:02d}.2026",
                f"{d2} {month2} a.s.",
                f"{d2}-{m2}-'26",
                f"{d2} {month2.capitalize()}",
            )
        ),
        "time": rng.choice((f"{hour}.{minute:02d}u", f"{hour}:{minute:02d} uur", f"{hour}u")),
        "time2": f"{hour + 1}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(1, 9)}.{rng.randint(0, 999):03d},-",
                f"€ {rng.randint(10, 99)},{rng.randint(0, 99):02d}",
                f"{rng.randint(20, 300)} euro {rng.randint(10, 95)}",
            )
        ),
        "amount2": rng.choice((f"€{rng.randint(50, 750)},00", f"{rng.randint(50, 750)} EUR")),
    }


BLIND17_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "MAANDAG", "VRIJDAG"),
    join_notices=(
        "{colleague} heeft {word_first} ({word_nick}) en {other_lc} toegevoegd",
        "{name_rev} heeft groep '{group}' aangemaakt",
        "U bent toegevoegd door {mate_first} {sur_lc}",
        "{neighbour_lc} heeft {initials} toegevoegd",
    ),
    later_notices=(
        "{other_first} heeft de groepsafbeelding gewijzigd",
        "{word_first} ({word_nick}) heeft de groep verlaten",
        "{colleague_first} heeft {name_lc} verwijderd",
        "{mate} is geen beheerder meer",
        "{phone2} neemt deel via de uitnodigingslink van {neighbour_title}",
    ),
    direct_notices=(
        "{double} is een zakelijk account.",
        "Berichten aan {name_rev} zijn end-to-end versleuteld.",
        "Je beveiligingscode met {other_lc} is gewijzigd.",
    ),
    replies=(
        "Dank je wel, {nick}!",
        "Ik app {neighbour_lc} even.",
        "Komt in {zaak}.",
        "Bedoel je {addr3}?",
        "Ben je bereikbaar op {phone2}?",
        "Graag vóór {date}.",
        "Info staat op {url_gem}.",
        "Bellen mag ook: {switch_alt}.",
        "Betalen kan op {iban_gem}.",
        "Een brief naar {postbus} mag ook.",
        "Mail gerust {mailbox2}.",
        "Groeten uit {place}!",
        "Appen kan via {wa_gem}.",
        "Anders even {switch_var} bellen.",
    ),
    card_owners=(
        "{word_first} ({word_nick})",
        "{double}",
        "{other}",
        "Gemeente Meppel",
    ),
    forwarded=("Doorgestuurd", "Doorgestuurd", "Vaak doorgestuurd"),
    messages=8,
    forward_at=(0, 1, 4, 5),
    quote_at=(2, 3, 6),
    card_at=(1, 3, -1),
    media_at=(0, 2, 5),
    locations=(
        "Verzakking|{addr3}, {place}",
        "Berenklauw|langs de {street2}, {postcode} Meppel",
        "Live locatie {nick}|deelt tot {time2}",
        "Camper staat hier|voor {addr2}, {place}",
    ),
    location_at=(1, 4, 6),
    text_shares=(0.56, 0.65, 0.73, 0.81),
    photo_plates=("{plate}",),
    documents=(
        "Spraakmemo {nick}.m4a|0:37 · Audio",
        "Attestatie de vita {other}.pdf|1 pagina · PDF · 98 kB",
        "Verzoek naamgebruik {double}.pdf|2 pagina's · PDF · 190 kB",
        "Foto's {addr3}.zip|ZIP · 9 MB",
        "Meetrapport {firm} {project}.pdf|6 pagina's · PDF · 2,4 MB",
        "Rijbewijs {name_lc} achterkant.jpg|JPEG · 1,2 MB",
    ),
    document_at=(1, 3, 5),
)


# --- the eighteenth blind set's values and texts ------------------------------------------------

BLIND18_ORGANISATIONS = (
    "Stadsbank Oost Nederland",
    "Humanitas Meppel",
    "Zorggroep Noorderboog",
    "het Jeugdfonds Sport & Cultuur",
    "de IND",
    "Stichting Leergeld Meppel",
)
# Firms and schools, some named after a word or a name of the pool: must-keep.
BLIND18_FIRMS = (
    "Installatiebedrijf Boom",
    "Bakkerij Koos",
    "Kuiken Transport B.V.",
    "Autobedrijf Eren",
    "Hoveniersbedrijf Dries Sikkema",
    "Loonbedrijf Ridder & Zn.",
    "Rioolservice Spruit",
    "VV Nijeveen",
)
BLIND18_SCHOOLS = (
    "CBS De Spruit",
    "OBS De Boomgaard",
    "Koos Vorrinkschool",
    "IKC Kolderveen",
)
# The villages of the municipality, named in addresses: must-keep places.
BLIND18_VILLAGES = ("Nijeveen", "Rogat", "Broekhuizen", "Kolderveen", "De Schiphorst")
BLIND18_POSTCODE_DIGITS = ("7948", "7949", "7942", "7946", "7947")
BLIND18_EVENTS = (
    "de Keti Koti-viering",
    "de Nijeveense Merkt",
    "het Sint Maartenfeest",
    "het Suikerfeest in het dorpshuis",
    "de kerstboomverbranding",
)
# Officials named by their role only: must-keep.
BLIND18_OFFICIALS = (
    "De wijkagent",
    "Wethouder Sociaal Domein",
    "De BOA van dienst",
    "De leerplichtambtenaar",
    "De dorpscoördinator",
    "Onze klantmanager",
    "De wijkbeheerder",
)
# The names their friends and family use.
BLIND18_NICKNAMES = {
    "Arend": "Arendje",
    "Koos": "Koosje",
    "Dries": "Driesje",
    "Eren": "Erencik",
    "Tamme": "Tam",
    "Hylke": "Hyl",
    "Froukje": "Frouk",
    "Gökhan": "Gökkie",
    "Songül": "Songi",
    "Nordin": "Nordi",
    "Najat": "Naja",
    "Łukasz": "Łukaszek",
    "Zofia": "Zosia",
    "Kishan": "Kish",
    "Roshni": "Rosh",
    "Germaine": "Mainy",
}
# A house number's toevoeging as people write it.
BLIND18_TOEVOEGINGEN = (
    " achterhuis",
    "-a",
    " 1e",
    " unit 4",
    "-zolder",
    " K",
    "-2B",
    " tuinhuis",
)


def _mobile18(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in writings of its own; `parts`: written in three words or more."""
    r = rng.choice("123456") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    spread = (
        f"06 - {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"0031 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"06/{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+31 (0) 6 {r[:3]} {r[3:6]} {r[6:]}",
        f"06 {r[:2]} {r[2:5]} {r[5:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06.{r[:2]}.{r[2:4]}.{r[4:6]}.{r[6:]}",
        f"06–{r}",
        f"06{r[:2]}-{r[2:]}",
        f"(06){r}",
        f"+31.6.{r[:4]}.{r[4:]}",
    )
    return rng.choice((*spread, *flat))


def _abroad18(rng: random.Random) -> str:
    """A mobile number in Turkey, Morocco, Poland or Suriname, with + or 00."""
    r = "".join(str(rng.randint(0, 9)) for _ in range(9))
    return rng.choice(
        (
            f"+90 5{r[:2]} {r[2:5]} {r[5:7]} {r[7:9]}",
            f"0090 5{r[:2]} {r[2:9]}",
            f"+212 6{r[:2]}-{r[2:8]}",
            f"00212 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:8]}",
            f"+48 {r[:3]} {r[3:6]} {r[6:9]}",
            f"+597 8{r[:2]}-{r[2:6]}",
        )
    )


def _landline18(rng: random.Random) -> str:
    """A landline of Meppel, Steenwijk, Hoogeveen or Zwolle (not the municipality's)."""
    area = rng.choice(("0522", "0521", "0528", "038"))
    r = rng.choice("2345678") + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(area)))
    return rng.choice(
        (
            f"{area} {r[:3]} {r[3:]}",
            f"{area}-{r[:2]}.{r[2:4]}.{r[4:]}",
            f"0031 {area[1:]} {r}",
            f"{area}.{r}",
            f"({area}) {r}",
        )
    )


def _iban18(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN with its check apart, by four with double spaces or dashed 4-4-10; one flat
    or with the bank code in lowercase; one lowercase in two parts."""

    def compact() -> str:
        return _iban_compact(
            "NL", rng.choice(banks) + "".join(str(rng.randint(0, 9)) for _ in range(10))
        )

    c = compact()
    grouped = rng.choice(
        (
            f"{c[:2]} {c[2:4]} {c[4:8]} {c[8:]}",
            _in_fours(c).replace(" ", "  "),
            f"{c[:4]}-{c[4:8]}-{c[8:]}",
        )
    )
    c = compact()
    flat = rng.choice((c, f"{c[:4]}{c[4:8].lower()}{c[8:]}"))
    c = compact()
    lower = rng.choice((f"{c[:8].lower()} {c[8:]}", _in_fours(c).lower()))
    return grouped, flat, lower


def _foreign_iban18(rng: random.Random) -> str:
    """A Turkish, Polish, Croatian or Hungarian IBAN, by four."""
    while True:
        country, digits = rng.choice((("TR", 22), ("PL", 24), ("HR", 17), ("HU", 24)))
        body = "".join(str(rng.randint(0, 9)) for _ in range(digits))
        if country == "TR":
            body = body[:5] + "0" + body[6:]
        c = _iban_compact(country, body)
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob18(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (spaced dashes, a quoted short year, flat dots, year first with
    dots) and one in words (with a weekday, an abbreviated month and a short year, the month
    capitalised)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1931, 2023)
    digits = rng.choice(
        (
            f"{day} - {month} - {year}",
            f"{day:02d}.{month:02d}.'{year % 100:02d}",
            f"{day:02d}-{month:02d}-{year}",
            f"{year}.{month:02d}.{day:02d}",
            f"{day}-{month}-'{year % 100:02d}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1931, 2023)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1]
    words = rng.choice(
        (
            f"{WEEKDAYS[rng.randint(0, 6)]} {day} {name} {year}",
            f"{day} {short} '{year % 100:02d}",
            f"{day} {name.capitalize()} {year}",
            f"{day}e {name} {year}",
        )
    )
    return digits, words


def _blind18_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Arend", "Koos", "Dries", "Eren", "Tamme").
    word_first = rng.choice(
        [n for n in pools.first_names[:5] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 160)}{rng.choice(BLIND18_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 140), rng.randint(1, 95)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND18_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    dob, dob_text = _dob18(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 16), rng.choice((0, 10, 20, 30, 40, 50))
    nick = BLIND18_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur), _ascii16(nick)
    o = _ascii16(other_sur)
    year = rng.randint(1948, 2007)
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban18(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    initial2 = rng.choice("JHKW")
    village = rng.choice(BLIND18_VILLAGES)
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "word_nick": BLIND18_NICKNAMES[word_first],
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # A married name with the partner's surname first, or a double name with a hyphen.
        "double": rng.choice(
            (
                f"{first} {_title(other_sur)}-{_title(sur)}",
                f"{first[0]}.{initial2}. {_title(sur)}-{_title(mate_sur)}",
            )
        ),
        # As on a form or a list: the surname first.
        "name_rev": rng.choice(
            (
                f"{sur.upper()}, {first}",
                f"{_title(sur)} {first[0]}.{initial2}.",
                f"{_title(sur)} ({first})",
            )
        ),
        "initials": rng.choice(
            (
                f"{first[0]}.{initial2}. {_title(other_sur)}",
                f"{first[0]}{initial2} {_title(other_sur)}",
                f"dhr. {first[0]}. {_title(other_sur)}",
                f"{first[0]}. {other_sur.upper()}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}.{initial2}. {_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{BLIND18_NICKNAMES[mate_first]} {_title(mate_sur)[0]}.",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND18_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND18_NICKNAMES[push],
        "phone": _mobile18(rng),
        "phone2": _mobile18(rng),
        "phone3": _mobile18(rng, parts=True),
        "phone_abroad": _abroad18(rng),
        "landline": _landline18(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban18(rng),
        "bsn": rng.choice((bsn, f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:4]}-{bsn[4:6]}-{bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND18_TOEVOEGINGEN)}",
                f"{street2} {n2}",
                f"{street2} nr {n2}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}",
                f"{street3} {n3}-{rng.choice('abc')}",
                f"{street3} {n3}{rng.choice(BLIND18_TOEVOEGINGEN)}",
                f"{n3}, {street3}",
            )
        ),
        "postcode": rng.choice((f"{digits} {letters}", f"{digits}{letters}")),
        "postcode_odd": rng.choice(
            (f"{digits} {letters.lower()}", f"{digits}{letters.lower()}", f"{digits}-{letters}")
        ),
        "email": rng.choice(
            (
                f"{f}.{o}@kpnmail.example",
                f"{c}{year % 100:02d}@example.com",
                f"{k}_{c}@outlook.example",
                f"{f[0]}.{c}@{c}-bouw.nl",
            )
        ),
        "email2": rng.choice(
            (
                f"{k}{year}@example.org",
                f"{o}.{f}@ziggo.example",
                f"{f}-{o}@example.nl",
            )
        ),
        "url": rng.choice(
            (
                f"tiktok.com/@{k}{year % 100:02d}",
                f"youtube.com/@{f}{c}",
                f"{f}-{o}.jouwweb.nl",
                f"facebook.com/{f}.{o}.{n % 100:02d}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.lower(), plate.replace("-", " "))),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "village": village,
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND18_ORGANISATIONS),
        "firm": rng.choice(BLIND18_FIRMS),
        "school": rng.choice(BLIND18_SCHOOLS),
        "event": rng.choice(BLIND18_EVENTS),
        "official": rng.choice(BLIND18_OFFICIALS),
        "btw": _btw11(rng),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("140 522", "14 05 22", "(14) 0522", "14 0522 (lokaal tarief)")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "0522.85.95.00", "0522-859 500")),
        "switch_alt": rng.choice(
            (
                "+31 (0)522 85 95 00",
                "0031522859500",
                "+31 522 859500",
                "(0522) 85 95 00",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "burgerzaken@meppel.nl",
                "wmo@meppel.nl",
                "dorpen@meppel.nl",
                "inkomen@meppel.nl",
                "vergunningen@meppel.nl",
            )
        ),
        "wa_gem": rng.choice(("+31 6 1400 0522", "0614000522", "06-14 00 05 22")),
        "url_gem": rng.choice(
            (
                "meppel.nl/bijzondere-bijstand",
                "www.meppel.nl/rijbewijs",
                "https://www.meppel.nl/vergunningcheck",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501 - 7940 AM Meppel", "postbus 501, 7940AM Meppel")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN.replace(" ", "-"),
                MUNICIPAL_IBAN_TAXES,
                MUNICIPAL_IBAN_TAXES.replace(" ", "").lower(),
            )
        ),
        "zaak": rng.choice((f"zaak Z-2026-{n:05d}", f"ZK26.{n:06d}", f"dossier 26/{n:05d}")),
        "kenmerk": rng.choice((f"MEP-26-{n:06d}", f"ons kenmerk 26U{rng.randint(1000, 9999)}")),
        "melding": rng.choice((f"MOR-{n:06d}", f"meldingnr. 26-{rng.randint(10_000, 99_999)}")),
        "kvk": rng.choice((kvk, f"{kvk[:4]} {kvk[4:]}")),
        "po": f"bestelnummer PO-{rng.randint(460_000, 469_999)}",
        "project": rng.choice(
            (
                f"PRJ-{n % 1000:03d}",
                f"Kolderveen fase {rng.randint(1, 3)}",
                f"kraam {rng.randint(1, 80)}",
            )
        ),
        "besluit": rng.choice(
            (
                f"besluit nr. 26.{rng.randint(100, 999)}",
                f"collegebesluit {rng.randint(1, 28)}-{rng.randint(1, 12)}-2026",
            )
        ),
        "factuur": rng.choice(
            (f"factuurnr. 2026{rng.randint(10_000, 99_999)}", f"FCT-{rng.randint(100, 999)}-26")
        ),
        "org_phone": rng.choice(("0800-1234", "0900 - 0123", "088 - 012 34 00")),
        "hours": rng.choice(
            ("ma t/m do 8.30-17.00", "elke woensdag tot 19.00 uur", "vrijdag alleen ochtend")
        ),
        "timespan": rng.choice(
            (
                "tussen 8 en 10 uur",
                f"van {hour}.{minute:02d} tot {hour + 2}.{minute:02d} uur",
                f"{hour}:{minute:02d}–{hour + 1}:{minute:02d}",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2}/{m2}",
                f"{WEEKDAYS[rng.randint(0, 4)]} {d2} {month2}",
                f"{d2:02d}-{m2:02d}-2026",
                f"uiterlijk {d2} {month2}",
                f"{d2}.{m2}.26",
            )
        ),
        "time": rng.choice((f"{hour}.{minute:02d}", f"{hour}:{minute:02d}u", f"kwart over {hour}")),
        "time2": f"{hour + 1}.{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(10, 999)},-",
                f"EUR {rng.randint(1, 9)}.{rng.randint(0, 999):03d},{rng.randint(0, 99):02d}",
                f"{rng.randint(5, 95)},{rng.randint(0, 99):02d} euro",
            )
        ),
        "amount2": rng.choice((f"€ {rng.randint(40, 900)}", f"{rng.randint(40, 900)},- euro")),
    }


BLIND18_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "DINSDAG", "ZATERDAG"),
    join_notices=(
        "{colleague} heeft {word_first} ☀ en {name_lc} toegevoegd",
        "{initials} heeft deze groep aangemaakt",
        "{mate} heeft de groepsbeschrijving gewijzigd: 'Bij nood {phone2}'",
        "{neighbour_title} ({nick}) heeft u toegevoegd",
    ),
    later_notices=(
        "Gemiste spraakoproep van {name} om {time}",
        "{other_first} heeft {kid} toegevoegd",
        "{word_first} ☀ heeft het groepsicoon verwijderd",
        "{name_rev} is nu beheerder",
        "Gemist videogesprek · {phone2}",
    ),
    direct_notices=(
        "Gemiste spraakoproep · {name} · {time}",
        "{other} gebruikt een zakelijk account van {firm}.",
        "Het nummer van {word_first} ({word_nick}) is gewijzigd in {phone2}.",
    ),
    replies=(
        "Top, {word_nick}!",
        "Ik bel {neighbour_title} zo.",
        "Zit in {zaak}.",
        "Gaat het om {addr2}?",
        "Welk nummer, {phone3}?",
        "Voor {date} graag.",
        "Kijk even op {url_gem}.",
        "Of bel {switch_long}.",
        "Overmaken naar {iban_gem}.",
        "Post naar {postbus} kan ook.",
        "Mailen kan naar {mailbox2}.",
        "Tot in {village}!",
        "WhatsApp ons gerust op {wa_gem}.",
        "{official} weet ervan.",
    ),
    card_owners=(
        "{word_first} ☀",
        "{double}",
        "{name_rev}",
        "Gemeente Meppel",
    ),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd", "Doorgestuurd"),
    messages=8,
    forward_at=(0, 2, 4, 5),
    quote_at=(2, 3, 5, 6),
    card_at=(0, 3, -1),
    media_at=(1, 2, 5),
    locations=(
        "Ooievaarsnest|{addr3}, {village}",
        "IJsbaan|{street2}, {postcode} {village}",
        "Live locatie {word_first} ☀|tot {time2}",
        "Auto staat hier|bij {addr2}, {village}",
    ),
    location_at=(0, 3, 6),
    text_shares=(0.58, 0.66, 0.74, 0.84),
    photo_plates=("{plate}",),
    documents=(
        "Spraakbericht {word_first} {sur_lc}.opus|0:52 · Audio",
        "Overlijdensakte {initials}.pdf|1 pagina · PDF · 120 kB",
        "Rijbewijs {other} voorkant.jpg|JPEG · 860 kB",
        "Huurcontract {addr2}.pdf|4 pagina's · PDF · 310 kB",
        "Offerte {firm} {project}.pdf|2 pagina's · PDF · 88 kB",
        "Contact {name}.vcf|vCard · 1 kB",
    ),
    document_at=(1, 4, 5),
)


# --- the nineteenth blind set's values and texts ------------------------------------------------

BLIND19_ORGANISATIONS = (
    "Stichting Welzijn Mensen in Meppel",
    "MEE Drenthe",
    "Vluchtelingenwerk Noord Nederland",
    "Stichting Leergeld Meppel",
    "het Juridisch Loket",
    "Zorgcentrum De Schiphorst",
)
# Firms and schools, some named after a word or a name of the pool: must-keep.
BLIND19_FIRMS = (
    "Aannemersbedrijf Kwak",
    "Slagerij Leen",
    "Pronk Hoveniers B.V.",
    "Garage Pit Lubberts",
    "Zwembad De Schiphorst",
    "Rups Groenvoorziening",
    "Installatietechniek Lok & Zn.",
    "Loonwerk Zandstra",
)
BLIND19_SCHOOLS = (
    "OBS De Bob",
    "CBS Het Kippenhok",
    "Dien Bakkerschool",
    "IKC Nijeveen",
)
# The villages and a hamlet of the municipality, named in addresses: must-keep places.
BLIND19_VILLAGES = ("Nijeveen", "Rogat", "Broekhuizen", "Kolderveen", "De Schiphorst", "Nijentap")
BLIND19_POSTCODE_DIGITS = ("7948", "7949", "7942", "7946", "7947", "7941")
BLIND19_EVENTS = (
    "de buurtbarbecue",
    "het paasvuur",
    "de braderie in Rogat",
    "het Oranjefeest in De Schiphorst",
    "de taalcafé-avond",
)
# Officials named by their role only: must-keep.
BLIND19_OFFICIALS = (
    "De handhaver",
    "Wethouder Wonen",
    "De consulent inburgering",
    "De opzichter buitendienst",
    "De boa natuur",
    "Onze schuldhulpverlener",
    "De ambtenaar burgerzaken",
)
# The names their friends and family use.
BLIND19_NICKNAMES = {
    "Bob": "Bobbie",
    "Leen": "Leentje",
    "Dien": "Dientje",
    "Pit": "Pitje",
    "Wies": "Wiesje",
    "Jantina": "Tina",
    "Okke": "Ok",
    "Geesje": "Gees",
    "Yonas": "Yoni",
    "Semira": "Semi",
    "Thanh": "Thanhie",
    "Huong": "Hoa",
    "Nisrine": "Nini",
    "Bisrat": "Bisi",
    "Aafke": "Aaf",
    "Tjitske": "Tjits",
}
# A house number's toevoeging as people write it.
BLIND19_TOEVOEGINGEN = (
    " bis",
    "-hs",
    " II",
    "-boven",
    " (achter)",
    " woonark",
    "/3",
    " A",
)


def _mobile19(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in writings of its own; `parts`: written in three words or more."""
    r = rng.choice("123456") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    spread = (
        f"06 – {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"0 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"06 {r[:3]} {r[3:6]} {r[6:]}",
        f"+31 6-{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+316 {r[:4]} {r[4:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"+316{r}",
        f"06 {r}",
        f"06-{r[:3]}.{r[3:6]}.{r[6:]}",
        f"(+31)6{r}",
        f"0031-6{r}",
    )
    return rng.choice((*spread, *flat))


def _abroad19(rng: random.Random) -> str:
    """A mobile number in Eritrea, Syria, Vietnam, Germany or Belgium, with + or 00."""
    r = "".join(str(rng.randint(0, 9)) for _ in range(9))
    return rng.choice(
        (
            f"+291 7 {r[:3]} {r[3:6]}",
            f"00291 7{r[:6]}",
            f"+963 9{r[:2]} {r[2:5]} {r[5:8]}",
            f"+84 9{r[:1]} {r[1:4]} {r[4:6]} {r[6:8]}",
            f"+49 15{r[:1]} {r[1:9]}",
            f"0032 4{r[:2]} {r[2:4]} {r[4:6]} {r[6:8]}",
        )
    )


def _landline19(rng: random.Random) -> str:
    """A landline of Meppel, Steenwijk, Ommen or Wolvega (not the municipality's)."""
    area = rng.choice(("0522", "0521", "0529", "0561"))
    r = rng.choice("2345678") + "".join(str(rng.randint(0, 9)) for _ in range(5))
    return rng.choice(
        (
            f"{area} - {r[:2]} {r[2:4]} {r[4:]}",
            f"{area}/{r}",
            f"+31 {area[1:]} {r[:2]} {r[2:4]} {r[4:]}",
            f"{area} {r[:2]} {r[2:4]} {r[4:]}",
            f"{area}-{r[:3]} {r[3:]}",
        )
    )


def _iban19(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN by four with dots, or with the account in fives; one flat in lowercase or
    with one space after the check; one lowercase with dashes in two or five parts."""

    def compact() -> str:
        return _iban_compact(
            "NL", rng.choice(banks) + "".join(str(rng.randint(0, 9)) for _ in range(10))
        )

    c = compact()
    grouped = rng.choice(
        (
            _in_fours(c).replace(" ", "."),
            f"{c[:4]} {c[4:8]} {c[8:13]} {c[13:]}",
            f"{c[:2]}-{c[2:4]}-{c[4:8]}-{c[8:]}",
        )
    )
    c = compact()
    flat = rng.choice((c.lower(), f"{c[:4]} {c[4:]}"))
    c = compact()
    lower = rng.choice((f"{c[:4].lower()}-{c[4:].lower()}", _in_fours(c).lower().replace(" ", "-")))
    return grouped, flat, lower


def _foreign_iban19(rng: random.Random) -> str:
    """A Belgian, German, French or Spanish IBAN, by four."""
    while True:
        country, digits = rng.choice((("BE", 12), ("DE", 18), ("FR", 23), ("ES", 20)))
        body = "".join(str(rng.randint(0, 9)) for _ in range(digits))
        c = _iban_compact(country, body)
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob19(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (slashes, eight flat digits, dashes without zeros, spaced
    pairs) and one in words (a short year after a quote, an abbreviated month with a dot, the
    month in capitals, the day after the month)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1931, 2023)
    digits = rng.choice(
        (
            f"{day}/{month}/{year}",
            f"{day:02d}{month:02d}{year}",
            f"{day}-{month}-{year}",
            f"{day:02d} {month:02d} {year}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1931, 2023)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1]
    words = rng.choice(
        (
            f"{day} {name} '{year % 100:02d}",
            f"{day} {short}. {year}",
            f"{day} {name.upper()} {year}",
            f"{name} {day}, {year}",
        )
    )
    return digits, words


def _blind19_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Bob", "Leen", "Dien", "Pit", "Wies").
    word_first = rng.choice(
        [n for n in pools.first_names[:5] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 160)}{rng.choice(BLIND19_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 140), rng.randint(1, 95)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND19_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    dob, dob_text = _dob19(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 16), rng.choice((0, 15, 30, 45))
    nick = BLIND19_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur), _ascii16(nick)
    o = _ascii16(other_sur)
    year = rng.randint(1948, 2007)
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban19(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    initial2 = rng.choice("AGTS")
    village = rng.choice(BLIND19_VILLAGES)
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "word_nick": BLIND19_NICKNAMES[word_first],
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # A double name, or initials and a partner's surname.
        "double": rng.choice(
            (
                f"{first} {_title(sur)} - {_title(mate_sur)}",
                f"{first[0]}. {_title(mate_sur)}-{_title(sur)}",
            )
        ),
        # As on a form or a list: the surname first.
        "name_rev": rng.choice(
            (
                f"{_title(sur)}, {first}",
                f"{sur.upper()} {first[0]}.{initial2}.",
                f"{_title(sur)} / {first}",
            )
        ),
        "initials": rng.choice(
            (
                f"{first[0]}. {initial2}. {_title(other_sur)}",
                f"mw. {first[0]}.{initial2}. {_title(other_sur)}",
                f"{first[0]}.{_title(other_sur)}",
                f"{first[0]}{initial2}. {other_sur.upper()}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}. {_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{BLIND19_NICKNAMES[mate_first]} {_title(mate_sur)[0]}",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND19_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND19_NICKNAMES[push],
        "phone": _mobile19(rng),
        "phone2": _mobile19(rng),
        "phone3": _mobile19(rng, parts=True),
        "phone_abroad": _abroad19(rng),
        "landline": _landline19(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban19(rng),
        "bsn": rng.choice((bsn, f"{bsn[:5]} {bsn[5:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:3]}-{bsn[3:5]}-{bsn[5:]}",
                f"{bsn[:2]}.{bsn[2:4]}.{bsn[4:6]}.{bsn[6:]}",
                f"{bsn[:3]} {bsn[3:6]}-{bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND19_TOEVOEGINGEN)}",
                f"{street2} {n2}",
                f"{street2} no. {n2}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}",
                f"{street3} {n3}/{rng.randint(1, 9)}",
                f"{street3} {n3}{rng.choice(BLIND19_TOEVOEGINGEN)}",
                f"{street3} nummer {n3}",
            )
        ),
        "postcode": rng.choice((f"{digits} {letters}", f"{digits}{letters}")),
        "postcode_odd": rng.choice(
            (f"{digits} - {letters}", f"{digits}.{letters.lower()}", f"NL {digits}{letters}")
        ),
        "email": rng.choice(
            (
                f"{f}{o}@hotmail.example",
                f"{c}.{f}{year % 100:02d}@example.com",
                f"{k}-{c}@planet.example",
                f"info@{c}{f}.nl",
            )
        ),
        "email2": rng.choice(
            (
                f"{k}.{year}@example.org",
                f"{f[0]}{o}@home.example",
                f"{o}_{f}@example.nl",
            )
        ),
        "url": rng.choice(
            (
                f"instagram.com/{k}_{c}",
                f"linkedin.com/in/{f}-{o}-{n % 1000:03d}",
                f"{f}{c}.blogspot.com",
                f"x.com/{k}{year % 100:02d}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.lower(), plate.replace("-", ""))),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "village": village,
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND19_ORGANISATIONS),
        "firm": rng.choice(BLIND19_FIRMS),
        "school": rng.choice(BLIND19_SCHOOLS),
        "event": rng.choice(BLIND19_EVENTS),
        "official": rng.choice(BLIND19_OFFICIALS),
        "btw": _btw11(rng),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14-0522", "14.0522", "tel. 14 0522", "140522")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "0522 - 85 95 00", "0522/859500")),
        "switch_alt": rng.choice(
            (
                "+31 522-85 95 00",
                "0031 (0)522 859 500",
                "+31(0)522859500",
                "0522 859 500",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "leerlingenvervoer@meppel.nl",
                "schuldhulp@meppel.nl",
                "buitendienst@meppel.nl",
                "statushouders@meppel.nl",
                "Info@Meppel.nl",
            )
        ),
        "wa_gem": rng.choice(("06 14 00 05 22", "+316 1400 0522", "06-14000522")),
        "url_gem": rng.choice(
            (
                "meppel.nl/trouwen",
                "www.meppel.nl/parkeren",
                "https://meppel.nl/leerlingenvervoer",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501 7940 AM MEPPEL", "Pb 501, 7940 AM Meppel")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN.replace(" ", "."),
                MUNICIPAL_IBAN_TAXES,
                MUNICIPAL_IBAN_TAXES.replace(" ", ""),
            )
        ),
        "zaak": rng.choice((f"zaaknr. {n:06d}", f"Z/26/{n:05d}", f"dossier MEP{n:05d}")),
        "kenmerk": rng.choice((f"kenmerk U26.{n:05d}", f"ref. 2026-{n:05d}")),
        "melding": rng.choice((f"BOR-{n:05d}", f"melding {rng.randint(100_000, 999_999)}")),
        "kvk": rng.choice((kvk, f"{kvk[:2]} {kvk[2:5]} {kvk[5:]}")),
        "po": f"inkoopnummer IO-{rng.randint(470_000, 479_999)}",
        "project": rng.choice(
            (
                f"P26-{n % 1000:03d}",
                f"Nijeveen-Noord fase {rng.randint(1, 4)}",
                f"standplaats {rng.randint(1, 60)}",
            )
        ),
        "besluit": rng.choice(
            (
                f"besluit {rng.randint(100, 999)}/2026",
                f"raadsbesluit van {rng.randint(1, 28)} {month2}",
            )
        ),
        "factuur": rng.choice(
            (f"factuur F26-{rng.randint(1000, 9999)}", f"nota 26.{rng.randint(100, 999)}")
        ),
        "org_phone": rng.choice(("0800 - 8020", "088-2020 300", "0900-1234 567")),
        "hours": rng.choice(
            ("di en do 9.00-12.00", "iedere maandagmiddag", "werkdagen tot half vijf")
        ),
        "timespan": rng.choice(
            (
                "in de ochtend",
                f"tussen {hour}.{minute:02d} en {hour + 1}.{minute:02d}",
                f"{hour}u–{hour + 2}u",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2}-{m2}",
                f"{WEEKDAYS[rng.randint(0, 4)]} de {d2}e",
                f"{d2}/{m2}/2026",
                f"voor {d2} {month2}",
                f"{d2} {month2} a.s.",
            )
        ),
        "time": rng.choice(
            (f"{hour}.{minute:02d} uur", f"{hour}h{minute:02d}", f"half {hour + 1}")
        ),
        "time2": f"{hour + 2}.{minute:02d}",
        "amount": rng.choice(
            (
                f"€{rng.randint(10, 999)},{rng.randint(0, 99):02d}",
                f"€ {rng.randint(1, 9)}.{rng.randint(0, 999):03d}",
                f"{rng.randint(5, 95)} euro",
            )
        ),
        "amount2": rng.choice((f"€{rng.randint(40, 900)},-", f"EUR {rng.randint(40, 900)}")),
    }


BLIND19_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "MAANDAG", "VRIJDAG"),
    join_notices=(
        "{colleague} heeft {word_first} ★ en {other_lc} toegevoegd",
        "{name_rev} heeft de groep '{group}' aangemaakt",
        "{mate} wijzigde de groepsbeschrijving: 'Spoed: {phone3}'",
        "{neighbour_lc} ({word_nick}) heeft jou toegevoegd",
    ),
    later_notices=(
        "Gemiste audio-oproep van {other} om {time}",
        "{mate_first} heeft {push} en {kid} toegevoegd",
        "{word_first} ★ heeft de groepsnaam gewijzigd",
        "{initials} is de groep verlaten",
        "Gemist groepsgesprek · {phone}",
    ),
    direct_notices=(
        "Gemiste videobel · {other} · {time}",
        "{name} chat met een zakelijk account van {firm}.",
        "{word_first} ({word_nick}) heeft een nieuw nummer: {phone2}.",
    ),
    replies=(
        "Prima, {word_nick}.",
        "Ik stuur {neighbour_lc} een appje.",
        "Heb het in {zaak} gezet.",
        "Gaat het om {addr3} of ernaast?",
        "Is dit nummer goed: {phone}?",
        "Liefst uiterlijk {date}.",
        "Staat ook op {url_gem} hoor.",
        "Of probeer {switch_alt} eens.",
        "Betalen op {iban_gem}.",
        "Per post: {postbus}.",
        "Mailtje naar {mailbox2} is ook goed.",
        "Tot straks in {village}!",
        "Stuur gerust een app naar {wa_gem}.",
        "{official} is op de hoogte.",
    ),
    card_owners=(
        "{word_first} ★",
        "{double}",
        "{initials}",
        "Gemeente Meppel",
    ),
    forwarded=("Doorgestuurd", "Doorgestuurd", "Vaak doorgestuurd"),
    messages=8,
    forward_at=(0, 3, 4, 6),
    quote_at=(1, 3, 5, 6),
    card_at=(0, 2, -1),
    media_at=(1, 4, 5),
    locations=(
        "Dode zwaan|{street}, {village}",
        "Kelder onder water|{addr}, {postcode} {village}",
        "Live locatie ✈ {mate_short}|tot {time2}",
        "Caravan|naast {addr2}, {village}",
    ),
    location_at=(0, 2, 6),
    text_shares=(0.6, 0.7, 0.78, 0.86),
    photo_plates=("{plate}",),
    documents=(
        "Spraakmemo {word_first} {sur_lc}.m4a|1:07 · Audio",
        "Erkenning {initials}.pdf|2 pagina's · PDF · 96 kB",
        "ID-kaart {other} achterkant.jpg|JPEG · 1,3 MB",
        "Taxatie {addr3}.pdf|6 pagina's · PDF · 410 kB",
        "Offerte {firm} {project}.pdf|1 pagina · PDF · 64 kB",
        "{name_lc}.vcf|vCard · 2 kB",
    ),
    document_at=(1, 3, 5),
)


# --- the twentieth blind set's values and texts -------------------------------------------------

BLIND20_ORGANISATIONS = (
    "Stichting Thuisadministratie Meppel",
    "SchuldHulpMaatje Meppel",
    "het Sociaal Raadslieden-spreekuur",
    "Vluchtelingenwerk Meppel",
    "Repair Café Meppel",
    "Stichting Mantelzorg Meppel",
)
# Firms and schools, some named after a word or a name of the pool: must-keep.
BLIND20_FIRMS = (
    "Bakkerij Brood & Banket",
    "Timmerbedrijf Beitel",
    "Hoveniersbedrijf Frans Lanting",
    "Kurk Installaties B.V.",
    "Autobedrijf Dekens",
    "Transport Boxem & Zn.",
    "Schoonmaakbedrijf De Emmer",
    "Fietsenmaker Klaar",
)
BLIND20_SCHOOLS = (
    "OBS De Riek",
    "CBS De Lepelaar",
    "Sytse Ulbeschool",
    "IKC Broeklanden",
)
# The villages and hamlets of the municipality, and the town, named in addresses: must-keep.
BLIND20_VILLAGES = ("Meppel", "Nijeveen", "Rogat", "Kolderveen", "De Schiphorst", "Broekhuizen")
BLIND20_POSTCODE_DIGITS = ("7943", "7944", "7945", "7948", "7949", "7946")
BLIND20_EVENTS = (
    "de Meppeler Donderdagavond",
    "het dorpsfeest in Kolderveen",
    "de sinterklaasintocht",
    "de snertloop in Nijeveen",
    "de burendag",
)
# Officials named by their role only: must-keep.
BLIND20_OFFICIALS = (
    "De jeugdconsulent",
    "Wethouder Sociaal Domein",
    "De toezichthouder kinderopvang",
    "De wijkregisseur",
    "Onze medewerker belastingen",
    "De coördinator vrijwilligers",
    "De gemeentesecretaris",
)
# The names their friends and family use.
BLIND20_NICKNAMES = {
    "Riek": "Riekje",
    "Lief": "Liefje",
    "Klaar": "Klaartje",
    "Frans": "Fransje",
    "Bel": "Belleke",
    "Lammert": "Lammie",
    "Wytske": "Wyts",
    "Sytse": "Syts",
    "Jentje": "Jen",
    "Yaroslav": "Slava",
    "Halyna": "Galya",
    "Abdiqani": "Qani",
    "Faduma": "Fadu",
    "Zarmina": "Zari",
    "Farzad": "Farzi",
    "Albertje": "Bertje",
}
# A house number's toevoeging as people write it.
BLIND20_TOEVOEGINGEN = (
    "a",
    "-B",
    " rd",
    "-1hg",
    " unit 4",
    " (zij-ingang)",
    "-ws",
    " C",
)


def _mobile20(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in writings of its own; `parts`: written in three words or more."""
    r = rng.choice("123456") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    spread = (
        f"06 {r[:3]} {r[3:5]} {r[5:]}",
        f"06 - {r[:3]} {r[3:6]} {r[6:]}",
        f"+31 (0)6 {r[:4]} {r[4:]}",
        f"0031 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"06 {r[:4]} {r[4:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06.{r[:2]}.{r[2:4]}.{r[4:6]}.{r[6:]}",
        f"06/{r}",
        f"+31-6-{r}",
        f"06-{r[:4]} {r[4:]}",
        f"316{r}",
    )
    return rng.choice((*spread, *flat))


def _abroad20(rng: random.Random) -> str:
    """A mobile number in Ukraine, Somalia, Afghanistan, the UK or Switzerland, with + or 00."""
    r = "".join(str(rng.randint(0, 9)) for _ in range(9))
    return rng.choice(
        (
            f"+380 67 {r[:3]} {r[3:5]} {r[5:7]}",
            f"00380 50{r[:7]}",
            f"+252 61 {r[:3]} {r[3:7]}",
            f"+93 70 {r[:3]} {r[3:7]}",
            f"+44 7{r[:3]} {r[3:9]}",
            f"0041 79 {r[:3]} {r[3:5]} {r[5:7]}",
        )
    )


def _landline20(rng: random.Random) -> str:
    """A landline of Meppel, Hoogeveen, Zwolle or Assen (not the municipality's)."""
    area, rest = rng.choice((("0522", 6), ("0528", 6), ("038", 7), ("0592", 6)))
    r = rng.choice("2345678") + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))
    return rng.choice(
        (
            f"({area}) {r[:2]} {r[2:4]} {r[4:]}",
            f"{area} {r}",
            f"{area}-{r}",
            f"+31{area[1:]}{r}",
            f"{area} – {r[:3]} {r[3:]}",
        )
    )


def _iban20(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN by four with a double space before the account, or split 4-4-2-8; one flat
    with a space after the bank; one lowercase by four."""

    def compact() -> str:
        return _iban_compact(
            "NL", rng.choice(banks) + "".join(str(rng.randint(0, 9)) for _ in range(10))
        )

    c = compact()
    grouped = rng.choice(
        (
            f"{c[:4]} {c[4:8]}  {c[8:12]} {c[12:16]} {c[16:]}",
            f"{c[:4]} {c[4:8]} {c[8:10]} {c[10:]}",
            _in_fours(c),
        )
    )
    c = compact()
    flat = rng.choice((c, f"{c[:8]} {c[8:]}"))
    c = compact()
    lower = rng.choice((_in_fours(c).lower(), c.lower()))
    return grouped, flat, lower


def _foreign_iban20(rng: random.Random) -> str:
    """An Austrian, Swiss, Portuguese or Ukrainian IBAN, by four."""
    while True:
        country, digits = rng.choice((("AT", 16), ("CH", 17), ("PT", 21), ("UA", 25)))
        body = "".join(str(rng.randint(0, 9)) for _ in range(digits))
        c = _iban_compact(country, body)
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob20(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (dots, ISO, a short year after an apostrophe, dashes with
    zeros) and one in words (with a weekday, "de 3e", the month abbreviated without a dot)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2022)
    digits = rng.choice(
        (
            f"{day:02d}.{month:02d}.{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}-{month}-'{year % 100:02d}",
            f"{day:02d}-{month:02d}-{year}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2022)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1]
    words = rng.choice(
        (
            f"{day} {name} {year}",
            f"de {day}e van {name} {year}",
            f"{day} {short} {year}",
            f"{day} {name.capitalize()} '{year % 100:02d}",
        )
    )
    return digits, words


def _blind20_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Riek", "Lief", "Klaar", "Frans", "Bel").
    word_first = rng.choice(
        [n for n in pools.first_names[:5] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 180)}{rng.choice(BLIND20_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 150), rng.randint(1, 99)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND20_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    dob, dob_text = _dob20(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 16), rng.choice((0, 10, 20, 30, 40, 50))
    nick = BLIND20_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur), _ascii16(nick)
    o = _ascii16(other_sur)
    year = rng.randint(1945, 2008)
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban20(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    initial2 = rng.choice("HJMW")
    village = rng.choice(BLIND20_VILLAGES)
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "word_nick": BLIND20_NICKNAMES[word_first],
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # A double name, or a married woman's name with "e.v." or "geb.".
        "double": rng.choice(
            (
                f"{first} {_title(mate_sur)}-{_title(sur)}",
                f"{first} {_title(sur)} e.v. {_title(mate_sur)}",
                f"{_title(mate_sur)} geb. {_title(sur)}",
            )
        ),
        # As on a form or a list: the surname first.
        "name_rev": rng.choice(
            (
                f"{_title(sur)} {first[0]}.",
                f"{sur.upper()}, {first}",
                f"{_title(sur)}, {first[0]}.{initial2}. ({first})",
            )
        ),
        "initials": rng.choice(
            (
                f"dhr. {first[0]}. {_title(other_sur)}",
                f"{first[0]}.{initial2}.{_title(other_sur)}",
                f"mevr. {first[0]} {_title(other_sur)}",
                f"{first[0]}. {other_sur.upper()}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}. {_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{BLIND20_NICKNAMES[mate_first]} {_title(mate_sur)[:2]}.",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND20_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND20_NICKNAMES[push],
        "phone": _mobile20(rng),
        "phone2": _mobile20(rng),
        "phone3": _mobile20(rng, parts=True),
        "phone_abroad": _abroad20(rng),
        "landline": _landline20(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban20(rng),
        "bsn": rng.choice((bsn, f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
                f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND20_TOEVOEGINGEN)}",
                f"{street2} {n2}",
                f"{street2} nr. {n2}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}",
                f"{street3} {n3}-{rng.randint(1, 12)}",
                f"{street3} {n3}{rng.choice(BLIND20_TOEVOEGINGEN)}",
                f"{street3} huisnr {n3}",
            )
        ),
        "postcode": rng.choice((f"{digits} {letters}", f"{digits}{letters}")),
        "postcode_odd": rng.choice(
            (f"{digits}-{letters}", f"{digits} {letters.lower()}", f"{digits}  {letters}")
        ),
        "email": rng.choice(
            (
                f"{f}.{o}@gmail.example",
                f"{c}{year}@example.com",
                f"{k}_{c}@kpn.example",
                f"{f[0]}.{c}@ziggo.example",
            )
        ),
        "email2": rng.choice(
            (
                f"{k}{year % 100:02d}@example.org",
                f"{o}.{f}@outlook.example",
                f"fam.{c}@example.nl",
            )
        ),
        "url": rng.choice(
            (
                f"facebook.com/{f}.{c}.{n % 100}",
                f"tiktok.com/@{k}{c}",
                f"www.{c}-{f}.nl",
                f"instagram.com/{f}.{o}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.lower(), plate.replace("-", " "))),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "village": village,
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND20_ORGANISATIONS),
        "firm": rng.choice(BLIND20_FIRMS),
        "school": rng.choice(BLIND20_SCHOOLS),
        "event": rng.choice(BLIND20_EVENTS),
        "official": rng.choice(BLIND20_OFFICIALS),
        "btw": _btw11(rng),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14 05 22", "tel 14-0522", "(14) 0522", "14 0 522")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "0522-859500", "(0522) 85 95 00")),
        "switch_alt": rng.choice(
            (
                "+31 (0)522 85 95 00",
                "0031 522 85 95 00",
                "+31-522-859500",
                "0522 – 859 500",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "leerplicht@meppel.nl",
                "belastingen@meppel.nl",
                "vrijwilligers@meppel.nl",
                "wmo@meppel.nl",
                "INFO@MEPPEL.NL",
            )
        ),
        "wa_gem": rng.choice(("06-1400 0522", "+31 6 1400 0522", "0614000522")),
        "url_gem": rng.choice(
            (
                "meppel.nl/kwijtschelding",
                "www.meppel.nl/vrijwilligers",
                "https://www.meppel.nl/leerplicht",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501, 7940AM Meppel", "postbus 501 - 7940 AM  Meppel")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN.replace(" ", "").lower(),
                MUNICIPAL_IBAN_TAXES,
                MUNICIPAL_IBAN_TAXES.replace(" ", "-"),
            )
        ),
        "zaak": rng.choice((f"zaak {n:06d}", f"Z2026-{n:05d}", f"dossiernr. {n:05d}")),
        "kenmerk": rng.choice((f"ons kenmerk UIT-{n:05d}", f"brief 2026/{n:05d}")),
        "melding": rng.choice((f"MOR-26-{n:05d}", f"meldingnr. {rng.randint(200_000, 899_999)}")),
        "kvk": rng.choice((kvk, f"{kvk[:4]} {kvk[4:]}")),
        "po": f"bestelnr. BN-{rng.randint(520_000, 529_999)}",
        "project": rng.choice(
            (
                f"PRJ-{n % 1000:03d}",
                f"Broeklanden deelgebied {rng.randint(1, 5)}",
                f"kraam {rng.randint(1, 80)}",
            )
        ),
        "besluit": rng.choice(
            (
                f"collegebesluit {rng.randint(100, 999)}-2026",
                f"beschikking van {rng.randint(1, 28)} {month2}",
            )
        ),
        "factuur": rng.choice(
            (f"factuurnr. 2026-{rng.randint(1000, 9999)}", f"aanslag {rng.randint(10_000, 99_999)}")
        ),
        "org_phone": rng.choice(("0800-0022", "085 - 048 11 00", "0900 1450")),
        "hours": rng.choice(
            ("ma t/m vr 8.30-12.30", "elke woensdagochtend", "dinsdag en vrijdag tot drie uur")
        ),
        "timespan": rng.choice(
            (
                "in de middag",
                f"van {hour}.{minute:02d} tot {hour + 1}.{minute:02d}",
                f"tussen {hour} en {hour + 2} uur",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2}.{m2:02d}",
                f"{WEEKDAYS[rng.randint(0, 4)]} {d2} {month2}",
                f"{d2:02d}-{m2:02d}-2026",
                f"uiterlijk {d2} {month2}",
                f"per {d2}-{m2}",
            )
        ),
        "time": rng.choice((f"{hour}:{minute:02d}", f"{hour}.{minute:02d}u", f"kwart over {hour}")),
        "time2": f"{hour + 1}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(10, 999)},{rng.randint(0, 99):02d}",
                f"€{rng.randint(1, 9)}.{rng.randint(0, 999):03d},-",
                f"{rng.randint(5, 95)},50 euro",
            )
        ),
        "amount2": rng.choice((f"€ {rng.randint(40, 900)},--", f"{rng.randint(40, 900)} EUR")),
    }


BLIND20_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "DINSDAG", "ZATERDAG"),
    join_notices=(
        "{colleague} heeft {other} en {word_first} ❄ toegevoegd",
        "{initials} heeft deze groep '{group}' gemaakt",
        "{mate} heeft het groepsicoon gewijzigd · app ons op {phone3}",
        "Je bent toegevoegd door {neighbour_title} ({push})",
    ),
    later_notices=(
        "{name} belde om {time} · gemiste spraakoproep",
        "{word_first} ❄ heeft {kid} en {mate_first} toegevoegd",
        "{name_lc} is nu beheerder",
        "{other_initials} heeft de groep verlaten",
        "Gemist videogesprek in de groep · {phone2}",
    ),
    direct_notices=(
        "Gemiste spraakoproep · {mate} · {time}",
        "Berichten aan {firm} worden beheerd door een zakelijk account.",
        "{other} is van nummer veranderd: {phone3}.",
    ),
    replies=(
        "Komt goed, {word_first}.",
        "Zag het op {url}.",
        "Ik vraag het {neighbour_title} even.",
        "Staat nu in {zaak}.",
        "Bedoel je {addr2}?",
        "Klopt dit nummer nog: {phone2}?",
        "Graag voor {date}.",
        "Alles staat op {url_gem}.",
        "Of bel gewoon {switch_long}.",
        "Overmaken naar {iban_gem} graag.",
        "Post kan naar {postbus}.",
        "Mail gerust naar {mailbox2}.",
        "Tot zo in {village}.",
        "Appen mag ook, {wa_gem}.",
        "{official} is ingelicht.",
    ),
    card_owners=(
        "{word_first} ❄",
        "{name_rev}",
        "{double}",
        "Gemeente Meppel",
    ),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd", "Doorgestuurd"),
    messages=8,
    forward_at=(0, 2, 4, 6),
    quote_at=(1, 3, 5, 7),
    card_at=(0, 3, -1),
    media_at=(1, 3, 6),
    locations=(
        "Voedselpakket ophalen|{addr}, {postcode} {village}",
        "Vergaderplek|{street}, {village}",
        "Live locatie {mate_short}|tot {time2}",
        "Schuur|achter {addr3}, {village}",
    ),
    location_at=(0, 3, 5),
    text_shares=(0.62, 0.72, 0.8, 0.88),
    photo_plates=("{plate}",),
    documents=(
        "Spraakbericht {word_first} {sur_lc}.ogg|0:38 · Audio",
        "Verklaring {initials}.pdf|3 pagina's · PDF · 140 kB",
        "Paspoort {other} pagina 2.jpg|JPEG · 1,1 MB",
        "Huurovereenkomst {addr3}.pdf|5 pagina's · PDF · 260 kB",
        "Werkbon {firm} {project}.pdf|1 pagina · PDF · 52 kB",
        "{name}.vcf|vCard · 1 kB",
    ),
    document_at=(2, 4, 6),
)


BLIND21_ORGANISATIONS = (
    "Stichting Leergeld Meppel",
    "Humanitas Meppel",
    "het Taalhuis Meppel",
    "Stichting Present Meppel",
    "Voedselbank Meppel",
    "Sportbedrijf Meppel",
)
# Firms and schools, some named after a word or a name of the pool: must-keep.
BLIND21_FIRMS = (
    "Hoveniersbedrijf De Hark",
    "Verhuisbedrijf De Mus",
    "Loodgietersbedrijf Troffel & Zn.",
    "Bloemenwinkel Madelief",
    "Zwembad De Bezem",
    "Groenbedrijf Oldenhuis",
    "Tweewielerhuis Anker",
    "Sloopbedrijf Tang B.V.",
)
BLIND21_SCHOOLS = (
    "OBS De Pluk",
    "CBS De Zomer",
    "Sjoukje Dijkstraschool",
    "IKC Bovenboer",
)
# The villages and hamlets of the municipality, and the town, named in addresses: must-keep.
BLIND21_VILLAGES = ("Meppel", "Nijeveen", "Rogat", "Kolderveen", "De Schiphorst", "Broekhuizen")
BLIND21_POSTCODE_DIGITS = ("7941", "7942", "7944", "7947", "7948", "7949")
BLIND21_EVENTS = (
    "de gemeenteraadsverkiezing",
    "de Europese verkiezing",
    "het referendum over de Stouwe",
    "de waterschapsverkiezing",
)
# Officials named by their role only: must-keep.
BLIND21_OFFICIALS = (
    "De Wmo-consulent",
    "De boa van dienst",
    "Wethouder Openbare Ruimte",
    "De klantmanager",
    "De vergunningverlener",
    "Onze collega van Burgerzaken",
    "De burgemeester",
)
# The names their friends and family use.
BLIND21_NICKNAMES = {
    "Pluk": "Plukje",
    "Madelief": "Madeliefje",
    "Anker": "Ank",
    "Mus": "Mussie",
    "Zomer": "Zomertje",
    "Geeske": "Gees",
    "Jelte": "Jel",
    "Aaltje": "Aal",
    "Harmen": "Harm",
    "Emre": "Emo",
    "Büşra": "Büşi",
    "Katarzyna": "Kasia",
    "Grzegorz": "Grzesiek",
    "Rojin": "Roji",
    "Ivana": "Iva",
    "Weiming": "Mingming",
}
# A house number's toevoeging as people write it.
BLIND21_TOEVOEGINGEN = (
    " A",
    "-2",
    "b",
    " boven",
    "-III",
    " kamer 3",
    "-bis",
    "/1",
)


def _mobile21(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in writings of its own; `parts`: written in three words or more."""
    r = rng.choice("123456") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    spread = (
        f"06-{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+31 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"06 – {r[:4]} {r[4:]}",
        f"06{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+31 (0) 6 {r[:3]} {r[3:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06 {r}",
        f"+31(0)6{r}",
        f"+31 6{r}",
        f"06{r[:4]}-{r[4:]}",
        f"0031(6){r}",
    )
    return rng.choice((*spread, *flat))


def _abroad21(rng: random.Random) -> str:
    """A mobile number in Turkey, Poland, Iraq, Croatia, China or Germany, with + or 00."""
    r = "".join(str(rng.randint(0, 9)) for _ in range(10))
    return rng.choice(
        (
            f"+90 532 {r[:3]} {r[3:5]} {r[5:7]}",
            f"0048 601 {r[:3]} {r[3:6]}",
            f"+964 750 {r[:3]} {r[3:7]}",
            f"+385 91 {r[:3]} {r[3:7]}",
            f"+86 138 {r[:4]} {r[4:8]}",
            f"0049 171 {r[:7]}",
        )
    )


def _landline21(rng: random.Random) -> str:
    """A landline of Meppel, Steenwijk, Emmen or Heerenveen (not the municipality's)."""
    area, rest = rng.choice((("0522", 6), ("0521", 6), ("0591", 6), ("0513", 6)))
    r = rng.choice("2345678") + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))
    return rng.choice(
        (
            f"{area} {r[:2]} {r[2:4]} {r[4:]}",
            f"{area}/{r}",
            f"({area}) {r[:3]} {r[3:]}",
            f"+31 {area[1:]} {r}",
            f"{area}{r}",
        )
    )


def _iban21(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN by four, with "NL" apart or dashes; one flat or split after the check
    digits; one lowercase by four or flat."""

    def compact() -> str:
        return _iban_compact(
            "NL", rng.choice(banks) + "".join(str(rng.randint(0, 9)) for _ in range(10))
        )

    c = compact()
    grouped = rng.choice(
        (
            _in_fours(c),
            f"{c[:2]} {c[2:4]} {c[4:8]} {c[8:12]} {c[12:16]} {c[16:]}",
            "-".join(_in_fours(c).split()),
        )
    )
    c = compact()
    flat = rng.choice((c, f"{c[:4]} {c[4:]}"))
    c = compact()
    lower = rng.choice((_in_fours(c).lower(), c.lower()))
    return grouped, flat, lower


def _foreign_iban21(rng: random.Random) -> str:
    """A Turkish, Polish, Croatian or German IBAN, by four."""
    while True:
        country, digits = rng.choice((("TR", 22), ("PL", 24), ("HR", 17), ("DE", 18)))
        body = "".join(str(rng.randint(0, 9)) for _ in range(digits))
        c = _iban_compact(country, body)
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob21(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (slashes, one-digit day and month with dots, a short year, an
    asterisk) and one in words (abbreviated with a dot, "12e", capitalised, a short year)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2022)
    digits = rng.choice(
        (
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{day:02d}-{month:02d}-{year % 100:02d}",
            f"*{day:02d}-{month:02d}-{year}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2022)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1]
    words = rng.choice(
        (
            f"{day} {short}. {year}",
            f"{day}e {name} {year}",
            f"{day} {name.capitalize()} {year}",
            f"{day} {name} '{year % 100:02d}",
        )
    )
    return digits, words


def _blind21_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Pluk", "Madelief", "Anker", "Mus", "Zomer").
    word_first = rng.choice(
        [n for n in pools.first_names[:5] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 180)}{rng.choice(BLIND21_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 150), rng.randint(1, 99)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND21_POSTCODE_DIGITS)
    letters = rng.choice("BCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    dob, dob_text = _dob21(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 16), rng.choice((0, 15, 30, 45))
    nick = BLIND21_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur), _ascii16(nick)
    o = _ascii16(other_sur)
    year = rng.randint(1945, 2008)
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban21(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    initial2 = rng.choice("AGKT")
    village = rng.choice(BLIND21_VILLAGES)
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "word_nick": BLIND21_NICKNAMES[word_first],
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # A double name, or a married woman's name with "wed." or a slash.
        "double": rng.choice(
            (
                f"{first} {_title(sur)}-{_title(mate_sur)}",
                f"{first} {_title(mate_sur)} wed. {_title(sur)}",
                f"{first} {_title(sur)} / {_title(mate_sur)}",
            )
        ),
        # As on a form or a list: the surname first.
        "name_rev": rng.choice(
            (
                f"{_title(sur)}, {first}",
                f"{sur.upper()} {first[0]}.{initial2}.",
                f"{_title(sur)} ({first})",
            )
        ),
        "initials": rng.choice(
            (
                f"mw. {first[0]}.{initial2}. {_title(other_sur)}",
                f"{first[0]}{initial2} {_title(other_sur)}",
                f"de heer {first[0]}. {_title(other_sur)}",
                f"{first[0]}.{_title(other_sur)}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}. {_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{BLIND21_NICKNAMES[mate_first]} {_title(mate_sur)[0]}",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND21_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND21_NICKNAMES[push],
        "phone": _mobile21(rng),
        "phone2": _mobile21(rng),
        "phone3": _mobile21(rng, parts=True),
        "phone_abroad": _abroad21(rng),
        "landline": _landline21(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban21(rng),
        "bsn": rng.choice((bsn, f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
                f"{bsn[:4]} {bsn[4:]}",
                f"{bsn[:2]}-{bsn[2:4]}-{bsn[4:6]}-{bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND21_TOEVOEGINGEN)}",
                f"{street2} {n2}",
                f"{street2} no {n2}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}",
                f"{street3} {n3}/{rng.randint(1, 12)}",
                f"{street3} {n3}{rng.choice(BLIND21_TOEVOEGINGEN)}",
                f"{n3} {street3}",
            )
        ),
        "postcode": rng.choice((f"{digits} {letters}", f"{digits}{letters}")),
        "postcode_odd": rng.choice(
            (f"{digits}{letters.lower()}", f"{digits}.{letters}", f"NL{digits} {letters}")
        ),
        "email": rng.choice(
            (
                f"{f}{c}@hotmail.example",
                f"{c}.{f[0]}@planet.example",
                f"{k}.{o}@icloud.example",
                f"{f}-{c}{year % 100:02d}@example.nl",
            )
        ),
        "email2": rng.choice(
            (
                f"{o}{year}@example.com",
                f"{f[0]}{o}@live.example",
                f"familie{c}@example.org",
            )
        ),
        "url": rng.choice(
            (
                f"facebook.com/{k}.{c}",
                f"instagram.com/{f}_{o}",
                f"youtube.com/@{f}{c}",
                f"linkedin.com/in/{f}-{o}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.replace("-", ""), plate.lower())),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "village": village,
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND21_ORGANISATIONS),
        "firm": rng.choice(BLIND21_FIRMS),
        "school": rng.choice(BLIND21_SCHOOLS),
        "event": rng.choice(BLIND21_EVENTS),
        "official": rng.choice(BLIND21_OFFICIALS),
        "btw": _btw11(rng),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14-0522", "14 05 22", "140522", "tel. 14 0522")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "0522 859 500", "0522-85 95 00")),
        "switch_alt": rng.choice(
            (
                "+31 522 85 95 00",
                "+31 (0) 522 859500",
                "0031-522-859500",
                "(0522) 859 500",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "burgerzaken@meppel.nl",
                "bijzonderebijstand@meppel.nl",
                "verkiezingen@meppel.nl",
                "openbareruimte@meppel.nl",
                "Info@Meppel.nl",
            )
        ),
        "wa_gem": rng.choice(("06 14 00 05 22", "+316 1400 0522", "06-14000522")),
        "url_gem": rng.choice(
            (
                "meppel.nl/afspraak",
                "www.meppel.nl/geveltuin",
                "https://meppel.nl/meedoen",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501 7940 AM Meppel", "Postbus 501, 7940 AM MEPPEL")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN.replace(" ", ""),
                MUNICIPAL_IBAN_TAXES,
                MUNICIPAL_IBAN_TAXES.lower(),
            )
        ),
        "zaak": rng.choice((f"zaaknr. {n:06d}", f"Z-26-{n:05d}", f"MEP/2026/{n:05d}")),
        "kenmerk": rng.choice((f"kenmerk {n:05d}/BZ", f"ref. 26-{n:05d}")),
        "melding": rng.choice((f"MELD-{n:06d}", f"BOR 2026 {n:05d}")),
        "kvk": rng.choice((kvk, f"{kvk[:2]} {kvk[2:5]} {kvk[5:]}")),
        "po": f"vergunning PV-{rng.randint(2600, 2699)}-{rng.randint(100, 999)}",
        "project": rng.choice(
            (
                f"werkorder WO-{n % 10_000:04d}",
                f"Stouweplan fase {rng.randint(1, 4)}",
                f"standplaats {rng.randint(1, 60)}",
            )
        ),
        "besluit": rng.choice(
            (
                f"besluit B&W {rng.randint(10, 99)}/2026",
                f"besluit van {rng.randint(1, 28)} {month2} 2026",
            )
        ),
        "factuur": rng.choice(
            (f"factuur F26-{rng.randint(10_000, 99_999)}", f"nota {rng.randint(100_000, 999_999)}")
        ),
        "ref": rng.choice(
            (
                f"mast {rng.randint(1, 40):02d}.{rng.randint(1, 300):03d}",
                f"boomnr. {rng.randint(10_000, 99_999)}",
            )
        ),
        "org_phone": rng.choice(("0800-1351", "088 - 246 12 12", "0900-0101")),
        "hours": rng.choice(
            ("ma-do 9.00-16.00", "op donderdagmiddag", "iedere werkdag tot half vijf")
        ),
        "timespan": rng.choice(
            (
                "vanavond",
                f"tussen {hour}.{minute:02d} en {hour + 2}.{minute:02d}",
                f"van {hour} tot {hour + 1} uur",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2}/{m2:02d}",
                f"{WEEKDAYS[rng.randint(0, 4)]} {d2} {month2}",
                f"{d2:02d}.{m2:02d}.2026",
                f"voor {d2} {month2}",
                f"{d2}-{m2}-'26",
            )
        ),
        "time": rng.choice(
            (f"{hour}:{minute:02d}", f"{hour}u{minute:02d}", f"half {hour % 12 + 1}")
        ),
        "time2": f"{hour + 2}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€{rng.randint(10, 999)},{rng.randint(0, 99):02d}",
                f"EUR {rng.randint(1, 9)}.{rng.randint(0, 999):03d},00",
                f"{rng.randint(5, 95)} euro",
            )
        ),
        "amount2": rng.choice((f"€ {rng.randint(40, 900)},-", f"{rng.randint(40, 900)},00 euro")),
    }


BLIND21_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "MAANDAG", "DONDERDAG"),
    join_notices=(
        "{colleague} heeft {mate} en {word_first} ☁ toegevoegd",
        "{name} heeft de groep '{group}' aangemaakt",
        "{other_initials} heeft de groepsnaam gewijzigd in '{group}'",
        "Je bent toegevoegd door ⚑ {mate_short}",
    ),
    later_notices=(
        "{word_first} ☁ heeft {other} toegevoegd",
        "{mate} heeft {kid} verwijderd",
        "{name_rev} is lid geworden via de uitnodigingslink",
        "{other_first} is gewijzigd in {phone2}",
        "Gemiste spraakoproep van {colleague} om {time}",
    ),
    direct_notices=(
        "Gemist gesprek · {other} · {time}",
        "{firm} gebruikt een beveiligde dienst van Meta om deze chat te beheren.",
        "{name} heeft een nieuw nummer: {phone_abroad}. Tik om een bericht te sturen.",
    ),
    replies=(
        "Prima, {first}.",
        "Heb je {phone3} al geprobeerd?",
        "Ik spreek {neighbour_title} morgen.",
        "Geregistreerd onder {zaak}.",
        "Welk nummer op de {street}?",
        "Check {url} maar.",
        "Liefst voor {date}.",
        "Meer info: {url_gem}.",
        "Anders {switch_var} bellen.",
        "Bedrag graag op {iban_gem}.",
        "Brief naar {postbus}.",
        "Alles graag per mail: {mailbox2}.",
        "Zie je in {village}.",
        "WhatsApp {wa_gem} werkt ook.",
        "{official} is op de hoogte gebracht.",
    ),
    card_owners=(
        "{word_first} ☁",
        "{initials}",
        "✂ {name_rev}",
        "Gemeente Meppel",
    ),
    forwarded=("Doorgestuurd", "Doorgestuurd", "Vaak doorgestuurd"),
    messages=8,
    forward_at=(0, 2, 4, 6),
    quote_at=(1, 3, 5, 7),
    card_at=(0, 2, -1),
    media_at=(1, 4, 6),
    locations=(
        "Sleuteloverdracht|{addr3}, {postcode} {village}",
        "Verzamelpunt|{street}, {village}",
        "Live locatie gedeeld door {mate_short}|tot {time2}",
        "Speeltuin|naast {addr2}, {village}",
    ),
    location_at=(1, 3, 6),
    text_shares=(0.6, 0.7, 0.78, 0.86),
    photo_plates=("{plate}",),
    documents=(
        "Spraakbericht {name_lc}.opus|1:12 · Audio",
        "Aanvraag bijstand {other}.pdf|4 pagina's · PDF · 310 kB",
        "ID-kaart {name_rev} voorkant.jpg|JPEG · 860 kB",
        "Plattegrond {addr2}.pdf|1 pagina · PDF · 95 kB",
        "Offerte {firm} {project}.pdf|2 pagina's · PDF · 77 kB",
        "{other}.vcf|vCard · 1 kB",
    ),
    document_at=(2, 5, 7),
)

BLIND22_ORGANISATIONS = (
    "Vluchtelingenwerk Meppel",
    "Welzijn MensenWerk",
    "Energiecoaches Meppel",
    "Buurtbus Nijeveen",
    "Stichting Urgente Noden Meppel",
    "Schuldhulpmaatjes Meppel",
)
# Firms and schools, some named after a word or a name of the pool: must-keep.
BLIND22_FIRMS = (
    "Muziekhuis De Harp",
    "Schildersbedrijf Trom",
    "Installatiebedrijf Hoorn B.V.",
    "Bakkerij Klaver",
    "Kinderopvang De Eik",
    "Hemmes Transport",
    "Autobedrijf De Fluit",
    "Rioolservice Orgel & Zn.",
)
BLIND22_SCHOOLS = (
    "OBS De Klaver",
    "CBS De Bloesem",
    "Wubbo Ockelsschool",
    "IKC Kaap-Noord",
)
# The villages and hamlets of the municipality, and the town, named in addresses: must-keep.
BLIND22_VILLAGES = ("Meppel", "Nijeveen", "Rogat", "Kolderveen", "De Schiphorst", "Broekhuizen")
BLIND22_POSTCODE_DIGITS = ("7940", "7943", "7945", "7946", "7948", "7949")
BLIND22_EVENTS = (
    "de intocht van Sinterklaas",
    "de Meppeler Donderdag",
    "de avondvierdaagse",
    "de lintjesregen",
)
# Officials named by their role only: must-keep.
BLIND22_OFFICIALS = (
    "De handhaver",
    "De leerplichtambtenaar",
    "De schuldhulpverlener",
    "Wethouder Sociaal Domein",
    "De ambtenaar burgerlijke stand",
    "De energiecoach",
    "Onze collega van Belastingen",
)
# The names their friends and family use.
BLIND22_NICKNAMES = {
    "Eik": "Eikie",
    "Klaver": "Klaf",
    "Juni": "Juun",
    "Augustus": "Guus",
    "Bloesem": "Bloes",
    "Wubbo": "Wub",
    "Trijntje": "Trijn",
    "Ikram": "Iki",
    "Rafik": "Raf",
    "Senait": "Seni",
    "Haftom": "Hafi",
    "Rahaf": "Rara",
    "Bashar": "Bash",
    "Gonçalo": "Gonça",
    "Inês": "Nesi",
    "Mihai": "Mișu",
}
# A house number's toevoeging as people write it.
BLIND22_TOEVOEGINGEN = (
    " hs",
    "-1",
    "c",
    " II",
    " achter",
    "A-2",
    " (garage)",
    "-zw",
)
# Digits OCR confuses with letters (0/O/D, 1/l/I, 8/B, 5/S), drawn more often than the rest.
CONFUSABLE22 = "0011885"


def _digits22(rng: random.Random, n: int) -> str:
    """Digits, half of them from the confusable ones."""
    return "".join(
        rng.choice(CONFUSABLE22) if rng.random() < 0.5 else str(rng.randint(0, 9)) for _ in range(n)
    )


def _mobile22(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in writings of its own; `parts`: written in three words or more."""
    r = rng.choice("123456") + _digits22(rng, 7)
    spread = (
        f"06 {r[:3]} {r[3:6]} {r[6:]}",
        f"0031 6 {r[:4]} {r[4:]}",
        f"+31 6 {r[:4]} {r[4:]}",
        f"06 - {r[:2]} - {r[2:5]} - {r[5:]}",
        f"(+31) 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06{r}",
        f"+31 6-{r}",
        f"06 {r[:4]}-{r[4:]}",
        f"+316-{r}",
        f"06_{r}",
    )
    return rng.choice((*spread, *flat))


def _abroad22(rng: random.Random) -> str:
    """A mobile number in Morocco, Eritrea, Syria, Portugal, Romania or Belgium."""
    r = _digits22(rng, 10)
    return rng.choice(
        (
            f"+212 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:8]}",
            f"+291 7 {r[:3]} {r[3:6]}",
            f"00963 9{r[:2]} {r[2:5]} {r[5:8]}",
            f"+351 912 {r[:3]} {r[3:6]}",
            f"0040 72{r[0]} {r[1:4]} {r[4:7]}",
            f"+32 47{r[0]} {r[1:3]} {r[3:5]} {r[5:7]}",
        )
    )


def _landline22(rng: random.Random) -> str:
    """A landline of Meppel, Zwolle, Hoogeveen or Assen (not the municipality's)."""
    area, rest = rng.choice((("0522", 6), ("038", 7), ("0528", 6), ("0592", 6)))
    r = rng.choice("2345678") + _digits22(rng, rest - 1)
    return rng.choice(
        (
            f"{area}-{r[:2]} {r[2:4]} {r[4:]}",
            f"{area} - {r}",
            f"+31 (0){area[1:]} {r}",
            f"{area}.{r[:3]}.{r[3:]}",
            f"tel:{area}{r}",
        )
    )


def _iban22(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN by four, with the bank code before flat digits or with dots; one flat or
    with the country apart; one lowercase by four or with "nl" apart."""

    def compact() -> str:
        return _iban_compact("NL", rng.choice(banks) + _digits22(rng, 10))

    c = compact()
    grouped = rng.choice(
        (
            _in_fours(c),
            f"{c[:4]} {c[4:8]} {c[8:]}",
            ".".join(_in_fours(c).split()),
        )
    )
    c = compact()
    flat = rng.choice((c, f"{c[:2]} {c[2:]}"))
    c = compact()
    lower = rng.choice((_in_fours(c).lower(), f"nl {c[2:].lower()}"))
    return grouped, flat, lower


def _foreign_iban22(rng: random.Random) -> str:
    """A Portuguese, Belgian, Luxembourg or French IBAN, by four."""
    while True:
        country, digits = rng.choice((("PT", 21), ("BE", 12), ("LU", 16), ("FR", 23)))
        c = _iban_compact(country, _digits22(rng, digits))
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob22(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (spaces, a slashed short year, eight digits, dots) and one in
    words ("3de april", an abbreviation without a dot, a short year, the weekday first)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1931, 2021)
    digits = rng.choice(
        (
            f"{day:02d} {month:02d} {year}",
            f"{day}/{month}/{year % 100:02d}",
            f"{day:02d}{month:02d}{year}",
            f"{day:02d}.{month:02d}.{year}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1931, 2021)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1]
    words = rng.choice(
        (
            f"{day}{'ste' if day in (1, 8) or day >= 20 else 'de'} {name} {year}",
            f"{day} {short} {year}",
            f"{day} {name} '{year % 100:02d}",
            f"{WEEKDAYS[rng.randint(0, 6)]} {day} {name} {year}",
        )
    )
    return digits, words


def _blind22_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Eik", "Klaver", "Juni", "Augustus", "Bloesem").
    word_first = rng.choice(
        [n for n in pools.first_names[:5] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 180)}{rng.choice(BLIND22_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 150), rng.randint(1, 99)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND22_POSTCODE_DIGITS)
    letters = rng.choice("BDGHJKLNPRSTVXZ") + rng.choice("ABDGHJKLNPRSTVXZ")
    dob, dob_text = _dob22(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 16), rng.choice((0, 10, 30, 50))
    nick = BLIND22_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur).replace(" ", ""), _ascii16(nick)
    o = _ascii16(other_sur).replace(" ", "").replace("-", "")
    year = rng.randint(1950, 2009)
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban22(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    initial2 = rng.choice("BDLO")
    village = rng.choice(BLIND22_VILLAGES)
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "word_nick": BLIND22_NICKNAMES[word_first],
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # A double name, a married woman's name with "e.v." or "geb.", or with an ampersand.
        "double": rng.choice(
            (
                f"{first} {_title(mate_sur)}-{_title(sur)}",
                f"{first} {_title(sur)}, e.v. {_title(mate_sur)}",
                f"{first} {_title(mate_sur)} geb. {_title(sur)}",
                f"{first} & {mate_first} {_title(sur)}",
            )
        ),
        # As on a form or a list: the surname first.
        "name_rev": rng.choice(
            (
                f"{_title(sur)}, {first[0]}.",
                f"{sur.upper()}, {first}",
                f"{_title(sur)} {first[0]}{initial2}",
                f"{_title(sur)}/{first}",
            )
        ),
        "initials": rng.choice(
            (
                f"mevrouw {first[0]}. {_title(other_sur)}",
                f"dhr {first[0]}.{initial2}. {_title(other_sur)}",
                f"{first[0]}. {initial2}. {_title(other_sur).upper()}",
                f"fam. {_title(other_sur)}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}.{_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{BLIND22_NICKNAMES[mate_first]} {_title(mate_sur)[:2]}.",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND22_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND22_NICKNAMES[push],
        "phone": _mobile22(rng),
        "phone2": _mobile22(rng),
        "phone3": _mobile22(rng, parts=True),
        "phone_abroad": _abroad22(rng),
        "landline": _landline22(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban22(rng),
        "bsn": rng.choice((bsn, f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:3]} {bsn[3:5]} {bsn[5:]}",
                f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
                f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND22_TOEVOEGINGEN)}",
                f"{street2} {n2}",
                f"{street2} nr. {n2}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}",
                f"{street3} {n3}-{n3 + 2}",
                f"{street3} {n3}{rng.choice(BLIND22_TOEVOEGINGEN)}",
                f"{street3} huisnummer {n3}",
            )
        ),
        "postcode": rng.choice((f"{digits} {letters}", f"{digits}{letters}")),
        "postcode_odd": rng.choice(
            (f"{digits}-{letters.lower()}", f"{digits}  {letters}", f"NL-{digits}{letters}")
        ),
        "email": rng.choice(
            (
                f"{f}.{c}@ziggo.example",
                f"{c}{f[0]}{year % 100:02d}@kpn.example",
                f"{k}_{o}@gmail.example",
                f"info@{c}{f}.example.nl",
            )
        ),
        "email2": rng.choice(
            (
                f"{o}.{f}@outlook.example",
                f"{f[0]}.{o}{year}@home.example",
                f"{k}{o}@example.net",
            )
        ),
        "url": rng.choice(
            (
                f"tiktok.com/@{k}{o}",
                f"facebook.com/{f}.{o}.{year}",
                f"x.com/{c}_{f}",
                f"vimeo.com/{f}{o}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.replace("-", " "), plate.lower())),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "village": village,
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND22_ORGANISATIONS),
        "firm": rng.choice(BLIND22_FIRMS),
        "school": rng.choice(BLIND22_SCHOOLS),
        "event": rng.choice(BLIND22_EVENTS),
        "official": rng.choice(BLIND22_OFFICIALS),
        "btw": _btw11(rng),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14.0522", "(14)0522", "14-05-22", "tel 14 0522")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "0522-859500", "0522 - 85 95 00")),
        "switch_alt": rng.choice(
            (
                "+31 522 859 500",
                "+31-522-859500",
                "0031 (0)522 85 95 00",
                "(+31) 522 85 95 00",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "schuldhulp@meppel.nl",
                "leerplicht@meppel.nl",
                "handhaving@meppel.nl",
                "belastingen@meppel.nl",
                "INFO@MEPPEL.NL",
            )
        ),
        "wa_gem": rng.choice(("0614000522", "+31 6 1400 0522", "06 - 1400 0522")),
        "url_gem": rng.choice(
            (
                "meppel.nl/melding",
                "www.meppel.nl/vergunningen",
                "https://www.meppel.nl/buurtbus",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501, 7940AM Meppel", "postbus 501 - 7940 AM Meppel")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN.lower(),
                MUNICIPAL_IBAN_TAXES,
                MUNICIPAL_IBAN_TAXES.replace(" ", ""),
            )
        ),
        "zaak": rng.choice((f"zaak {n:06d}", f"Z2026-{n:05d}", f"MPL-{n:05d}-26")),
        "kenmerk": rng.choice((f"ons kenmerk {n:05d}", f"kenm. U26.{n:05d}")),
        "melding": rng.choice((f"melding M-{n:06d}", f"MOR-26-{n:05d}")),
        "kvk": rng.choice((kvk, f"{kvk[:4]} {kvk[4:]}")),
        "po": f"ontheffing OH-{rng.randint(2600, 2699)}/{rng.randint(10, 99)}",
        "project": rng.choice(
            (
                f"opdracht OP-{n % 10_000:04d}",
                f"route {rng.randint(1, 9)}",
                f"kavel {rng.randint(1, 40)}",
            )
        ),
        "besluit": rng.choice(
            (
                f"besluit nr. {rng.randint(100, 999)}-2026",
                f"raadsbesluit {rng.randint(1, 28)} {month2} 2026",
            )
        ),
        "factuur": rng.choice(
            (
                f"factuurnr. {rng.randint(20_000, 99_999)}",
                f"debiteur {rng.randint(100_000, 999_999)}",
            )
        ),
        "ref": rng.choice(
            (
                f"laadpunt LP-{rng.randint(100, 999)}",
                f"paal {rng.randint(1, 60)}-{rng.randint(1, 9)}",
            )
        ),
        "org_phone": rng.choice(("0800-8115", "0900 - 1234", "088-0220 500")),
        "hours": rng.choice(("werkdagen 8.30-17.00", "op dinsdagochtend", "tot vijf uur")),
        "timespan": rng.choice(
            (
                "morgenochtend",
                f"tussen {hour}:{minute:02d} en {hour + 1}:{minute:02d}",
                f"rond {hour} uur",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2:02d}/{m2:02d}/2026",
                f"{WEEKDAYS[rng.randint(0, 4)]} de {d2}e",
                f"{d2} {month2[:3]}",
                f"uiterlijk {d2} {month2}",
                f"{d2:02d}-{m2:02d}",
            )
        ),
        "time": rng.choice(
            (f"{hour}.{minute:02d} uur", f"{hour}h{minute:02d}", f"kwart over {hour}")
        ),
        "time2": f"{hour + 1}.{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(10, 999)}.{rng.randint(0, 99):02d}",
                f"EUR {rng.randint(10, 99)},{rng.randint(0, 99):02d}",
                f"{rng.randint(1, 9)}.{rng.randint(0, 999):03d} euro",
            )
        ),
        "amount2": rng.choice((f"€{rng.randint(20, 600)},=", f"{rng.randint(20, 600)} EUR")),
    }


BLIND22_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "DINSDAG", "VRIJDAG"),
    join_notices=(
        "{colleague} heeft {word_first} ♪ en {mate} toegevoegd",
        "{other} heeft deze groep aangemaakt en {kid} toegevoegd",
        "{name} heeft het groepsicoon van {other_first} gewijzigd",
        "☂ {mate_short} heeft je toegevoegd",
    ),
    later_notices=(
        "{word_first} ♪ heeft {name} verwijderd",
        "{other} en {push} hebben de groep verlaten",
        "{mate} en {name} zijn nu beheerder",
        "{kid} heeft zich aangesloten via een link van {colleague}",
        "{name_rev} heeft het nummer gewijzigd in {phone3}",
    ),
    direct_notices=(
        "Gemist videogesprek · {name} · {time}",
        "{other} zit niet in je adresboek · Toevoegen · Blokkeren",
        "Berichten en gesprekken zijn end-to-end versleuteld. {firm} is een zakelijk account.",
    ),
    replies=(
        "Komt goed, {first}.",
        "Bel {phone2} even terug.",
        "{neighbour_title} weet ervan.",
        "Staat onder {zaak}, {other_first}.",
        "Welk huisnummer aan de {street}?",
        "Filmpje staat op {url}.",
        "Graag voor {date}, {nick}.",
        "Zie {url_gem}, {mate_first}.",
        "Anders even {switch_alt} proberen.",
        "Het bedrag mag naar {iban_gem}.",
        "Schriftelijk naar {postbus}.",
        "Mailen mag ook: {mailbox2}.",
        "Tot straks in {village}, {kid}.",
        "Appen kan op {wa_gem}.",
        "{official} pakt het op met {sur_lc}.",
    ),
    card_owners=(
        "{word_first} ♪",
        "{double}",
        "✎ {name_rev}",
        "Gemeente Meppel",
    ),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd", "Doorgestuurd"),
    messages=8,
    forward_at=(0, 2, 4, 6),
    quote_at=(1, 3, 5, 7),
    card_at=(0, 3, -1),
    media_at=(1, 4, 6),
    locations=(
        "Ophaalpunt|{addr2}, {postcode} {village}",
        "Hier staat het wrak|{street2}, {village}",
        "Live locatie van ☂ {mate_short}|nog {time2}",
        "Graf|begraafplaats {village}, vak {project}",
    ),
    location_at=(1, 3, 5),
    text_shares=(0.58, 0.66, 0.75, 0.84),
    photo_plates=("{plate}",),
    documents=(
        "Spraakbericht van {other_lc}.opus|0:48 · Audio",
        "Intake schuldhulp {name}.pdf|6 pagina's · PDF · 410 kB",
        "Rijbewijs {name_rev} achterkant.jpg|JPEG · 1,2 MB",
        "Situatieschets {addr3}.pdf|1 pagina · PDF · 120 kB",
        "Werkbon {firm} {project}.pdf|3 pagina's · PDF · 64 kB",
        "{mate}.vcf|vCard · 2 kB",
    ),
    document_at=(2, 4, 7),
)

BLIND23_ORGANISATIONS = (
    "Humanitas Meppel",
    "Stichting Leergeld Meppel",
    "Woonconcern",
    "Stichting Present Meppel",
    "Kringloop Meppel",
    "Dierenbescherming Drenthe",
)
# Firms and schools, some named after a word or a name of the pool: must-keep.
BLIND23_FIRMS = (
    "Hoveniersbedrijf Havik",
    "Dakdekkersbedrijf De Reiger",
    "Café De Koekoek",
    "Rijwielhandel Specht",
    "Bouwbedrijf Brinkhuis B.V.",
    "Oliebollenkraam Parel",
    "Sahetapy Schoonmaak",
    "Kinderopvang De Kievit",
)
BLIND23_SCHOOLS = (
    "OBS De Kievit",
    "CBS De Spreeuw",
    "Stad & Esch",
    "Kindcentrum Berggierslanden",
)
# The villages and hamlets of the municipality, and the town, named in addresses: must-keep.
BLIND23_VILLAGES = ("Meppel", "Nijeveen", "Rogat", "Kolderveen", "De Schiphorst", "Broekhuizen")
BLIND23_POSTCODE_DIGITS = ("7941", "7942", "7944", "7947", "7948", "7949")
BLIND23_EVENTS = (
    "de Boomfeestdag",
    "de Open Monumentendag",
    "de Nationale Vrijwilligersdag",
    "de Meppeler Kermis",
)
# Officials named by their role only: must-keep.
BLIND23_OFFICIALS = (
    "De wijkboa",
    "De consulent Participatie",
    "De toezichthouder",
    "De adviseur Vergunningen",
    "De wijkcoördinator",
    "Wethouder Wonen",
    "De medewerker Burgerzaken",
)
# The names their friends and family use.
BLIND23_NICKNAMES = {
    "Maas": "Maaske",
    "Duin": "Duun",
    "Parel": "Pareltje",
    "Mink": "Minkie",
    "Berber": "Ber",
    "Aleida": "Leida",
    "Abena": "Abby",
    "Kwabena": "Kobby",
    "Jocelyn": "Jossie",
    "Rodel": "Del",
    "Stoyan": "Stoycho",
    "Tsvetelina": "Tsveti",
    "Mantas": "Mantukas",
    "Gintarė": "Gintė",
    "Nirosha": "Niro",
    "Íñigo": "Iñi",
}
# A house number's toevoeging as people write it.
BLIND23_TOEVOEGINGEN = (
    " bov",
    "-B",
    "a-1",
    "/2",
    " app. 4",
    " (zijdeur)",
    " 1e etage",
    "-k3",
)
# Digits OCR confuses with letters (4/A, 9/g, 6/b, 1/l), drawn more often than the rest.
CONFUSABLE23 = "4499661"


def _digits23(rng: random.Random, n: int) -> str:
    """Digits, half of them from the confusable ones."""
    return "".join(
        rng.choice(CONFUSABLE23) if rng.random() < 0.5 else str(rng.randint(0, 9)) for _ in range(n)
    )


def _mobile23(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in writings of its own; `parts`: written in three words or more."""
    r = rng.choice("123456") + _digits23(rng, 7)
    spread = (
        f"06 {r[:2]} {r[2:5]} {r[5:]}",
        f"+31 (0)6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"06 / {r[:4]} {r[4:]}",
        f"0031 (0)6 {r[:4]}.{r[4:]}",
        f"+31 6 {r[:3]} {r[3:5]} {r[5:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06{r[:4]}.{r[4:]}",
        f"+31(0)6{r}",
        f"06/{r}",
        f"+31-6-{r}",
        f"06{r[:2]}-{r[2:]}",
    )
    return rng.choice((*spread, *flat))


def _abroad23(rng: random.Random) -> str:
    """A mobile number in Bulgaria, Lithuania, the Philippines, Ghana, Sri Lanka, Spain or
    Indonesia."""
    r = _digits23(rng, 10)
    return rng.choice(
        (
            f"+359 88 {r[:3]} {r[3:7]}",
            f"+370 6{r[:2]} {r[2:7]}",
            f"+63 917 {r[:3]} {r[3:7]}",
            f"+233 24 {r[:3]} {r[3:7]}",
            f"0094 77 {r[:3]} {r[3:7]}",
            f"+34 6{r[:2]} {r[2:4]} {r[4:6]} {r[6:8]}",
            f"+62 812-{r[:4]}-{r[4:8]}",
        )
    )


def _landline23(rng: random.Random) -> str:
    """A landline of Meppel, Heerenveen, Kampen, Groningen or Hoogeveen (not the
    municipality's)."""
    area, rest = rng.choice((("0522", 6), ("0513", 6), ("038", 7), ("050", 7), ("0528", 6)))
    r = rng.choice("2345678") + _digits23(rng, rest - 1)
    return rng.choice(
        (
            f"({area}) {r[:3]} {r[3:]}",
            f"{area}/{r}",
            f"+31{area[1:]} {r}",
            f"{area} {r[:2]}.{r[2:4]}.{r[4:]}",
            f"{area}–{r}",
        )
    )


def _iban23(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN by four, with "NL 12" apart or the account after the bank code; one flat
    or with a dash after the check digits; one lowercase by four or with only the bank code
    lowercase."""

    def compact() -> str:
        return _iban_compact("NL", rng.choice(banks) + _digits23(rng, 10))

    c = compact()
    grouped = rng.choice(
        (
            _in_fours(c),
            f"{c[:2]} {c[2:4]} {c[4:8]} {c[8:]}",
            f"{c[:8]} {c[8:]}",
        )
    )
    c = compact()
    flat = rng.choice((c, f"{c[:4]}-{c[4:]}"))
    c = compact()
    lower = rng.choice((_in_fours(c).lower(), c[:4] + c[4:].lower()))
    return grouped, flat, lower


def _foreign_iban23(rng: random.Random) -> str:
    """A Spanish, Lithuanian, Estonian or Slovak IBAN, by four."""
    while True:
        country, digits = rng.choice((("ES", 20), ("LT", 16), ("EE", 16), ("SK", 20)))
        c = _iban_compact(country, _digits23(rng, digits))
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob23(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (a quoted short year, a month without a zero, spaced dashes,
    slashes) and one in words (a dotted abbreviation, "12e", a capitalised month and a quoted
    short year, a weekday abbreviated)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1932, 2022)
    digits = rng.choice(
        (
            f"{day}-{month}-'{year % 100:02d}",
            f"{day:02d}.{month}.{year}",
            f"{day:02d} - {month:02d} - {year}",
            f"{day:02d}/{month:02d}/{year}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1932, 2022)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1]
    words = rng.choice(
        (
            f"{day} {short}. {year}",
            f"{day}e {name} {year}",
            f"{day} {name.capitalize()} '{year % 100:02d}",
            f"{WEEKDAYS[rng.randint(0, 6)][:2]}. {day} {name} {year}",
        )
    )
    return digits, words


def _blind23_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Maas", "Duin", "Parel", "Mink", "Berber").
    word_first = rng.choice(
        [n for n in pools.first_names[:5] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 160)}{rng.choice(BLIND23_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 140), rng.randint(1, 95)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND23_POSTCODE_DIGITS)
    letters = rng.choice("BCEGHKLMNPRSTVWZ") + rng.choice("ABCEGHKLMNPRSTVWZ")
    dob, dob_text = _dob23(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 15), rng.choice((0, 15, 30, 45))
    nick = BLIND23_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur).replace(" ", ""), _ascii16(nick)
    o = _ascii16(other_sur).replace(" ", "").replace("-", "")
    year = rng.randint(1950, 2010)
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban23(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    initial2 = rng.choice("AEJM")
    village = rng.choice(BLIND23_VILLAGES)
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "word_nick": BLIND23_NICKNAMES[word_first],
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # A double name, a couple with "en", or a widow's name with "wed.".
        "double": rng.choice(
            (
                f"{first} {_title(sur)}-{_title(mate_sur)}",
                f"{first} en {mate_first} {_title(sur)}",
                f"{first} {_title(mate_sur)} wed. {_title(sur)}",
                f"{first} {_title(mate_sur)}-{_title(sur)}",
            )
        ),
        # As on a form or a list: the surname first.
        "name_rev": rng.choice(
            (
                f"{_title(sur)} ({first})",
                f"{sur.upper()} {first[0]}.",
                f"{_title(sur)}, {nick}",
                f"{_title(sur)} {first[0]}.{initial2}.",
            )
        ),
        "initials": rng.choice(
            (
                f"de heer {first[0]}. {_title(other_sur)}",
                f"Mevr. {first[0]}.{initial2}. {_title(other_sur)}-{_title(sur)}",
                f"{_title(other_sur)}, {first[0]}.{initial2}.",
                f"familie {_title(other_sur)}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}. {_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{BLIND23_NICKNAMES[mate_first]} {_title(mate_sur)[:3]}",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND23_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND23_NICKNAMES[push],
        "phone": _mobile23(rng),
        "phone2": _mobile23(rng),
        "phone3": _mobile23(rng, parts=True),
        "phone_abroad": _abroad23(rng),
        "landline": _landline23(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban23(rng),
        "bsn": rng.choice((bsn, f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
                f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:2]}-{bsn[2:5]}-{bsn[5:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND23_TOEVOEGINGEN)}",
                f"{street2} {n2}",
                f"{street2}, nr {n2}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}",
                f"{street3} {n3} t/m {n3 + 4}",
                f"{street3} {n3}{rng.choice(BLIND23_TOEVOEGINGEN)}",
                f"{street3} huisnr. {n3}",
            )
        ),
        "postcode": rng.choice(
            (f"{digits} {letters}", f"{digits}{letters}", f"{digits} {letters}")
        ),
        "postcode_odd": rng.choice(
            (f"{digits} {letters.lower()}", f"{digits}–{letters}", f"NL {digits} {letters}")
        ),
        "email": rng.choice(
            (
                f"{f}{c}@hotmail.example",
                f"{c}.{f[0]}@planet.example",
                f"{k}.{o}{year % 100:02d}@icloud.example",
                f"{f}-{o}@xs4all.example",
            )
        ),
        "email2": rng.choice(
            (
                f"{o}{f[0]}@live.example",
                f"{f}.{o}@zonnet.example",
                f"{k}_{year}@gmail.example",
            )
        ),
        "url": rng.choice(
            (
                f"instagram.com/{k}.{o}",
                f"youtube.com/@{f}{c}",
                f"linkedin.com/in/{f}-{o}-{year}",
                f"threads.net/@{k}_{c}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.replace("-", ""), plate.lower().replace("-", " "))),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "village": village,
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND23_ORGANISATIONS),
        "firm": rng.choice(BLIND23_FIRMS),
        "school": rng.choice(BLIND23_SCHOOLS),
        "event": rng.choice(BLIND23_EVENTS),
        "official": rng.choice(BLIND23_OFFICIALS),
        "btw": _btw11(rng),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("140-522", "14.05.22", "tel.nr. 14 0522")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "(0522) 859 500", "0522-85 95 00")),
        "switch_alt": rng.choice(
            (
                "+31 (0) 522 859 500",
                "0031-522-85 95 00",
                "+31522 859500",
                "+31 (0)522-859500",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "publiekszaken@meppel.nl",
                "vergunningen@meppel.nl",
                "participatie@meppel.nl",
                "Info@Meppel.nl",
            )
        ),
        "wa_gem": rng.choice(("06-1400 0522", "+31 (0)6 1400 0522", "06 14000 522")),
        "url_gem": rng.choice(
            (
                "meppel.nl/grofvuil",
                "www.meppel.nl/afspraak",
                "https://meppel.nl/kindpakket",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501 7940 AM MEPPEL", "Postbus 501, 7940 AM, Meppel")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN_TAXES,
                MUNICIPAL_IBAN.replace(" ", ""),
                MUNICIPAL_IBAN_TAXES.lower(),
            )
        ),
        "zaak": rng.choice((f"zaaknr. {n:06d}", f"Z-2026-{n:06d}", f"ZK26.{n:05d}")),
        "kenmerk": rng.choice((f"uw kenmerk {n:05d}", f"kenmerk BZ/26/{n:05d}")),
        "melding": rng.choice((f"meldingnr. {n:05d}", f"MELD-{n:06d}")),
        "kvk": rng.choice((kvk, f"{kvk[:2]}.{kvk[2:5]}.{kvk[5:]}")),
        "po": rng.choice(
            (f"vergunning V26-{rng.randint(1000, 9999)}", f"ontheffing nr. {rng.randint(100, 999)}")
        ),
        "project": rng.choice(
            (
                f"werkorder WO-{n % 100_000:05d}",
                f"project {rng.randint(100, 999)}",
                f"vak {rng.randint(1, 30)}",
            )
        ),
        "besluit": rng.choice(
            (
                f"besluit {rng.randint(1000, 9999)}/2026",
                f"collegebesluit van {rng.randint(1, 28)} {month2}",
            )
        ),
        "factuur": rng.choice(
            (
                f"factuur F26-{rng.randint(10_000, 99_999)}",
                f"klantnr. {rng.randint(100_000, 999_999)}",
            )
        ),
        "ref": rng.choice(
            (
                f"lichtmast {rng.randint(100, 999)}",
                f"boom nr. {rng.randint(1000, 9999)}",
                f"paal {rng.randint(1, 80)}-{rng.randint(1, 9)}",
            )
        ),
        "org_phone": rng.choice(("144", "0900-8844", "0800 - 0432")),
        "hours": rng.choice(("ma-vr 9.00-16.30", "op donderdagavond", "tussen twaalf en één")),
        "timespan": rng.choice(
            (
                "vanmiddag",
                f"tussen {hour} en {hour + 2} uur",
                f"voor {hour}.00 uur",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2}-{m2}-2026",
                f"{WEEKDAYS[rng.randint(0, 4)]} {d2} {month2}",
                f"{d2}/{m2}",
                f"in week {rng.randint(2, 50)}",
                f"{d2} {month2} a.s.",
            )
        ),
        "time": rng.choice((f"{hour}:{minute:02d}", f"{hour}.{minute:02d} u", f"half {hour + 1}")),
        "time2": f"{hour + 1}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(10, 999)},{rng.randint(0, 99):02d}",
                f"{rng.randint(10, 999)} euro",
                f"EUR {rng.randint(1, 9)}.{rng.randint(0, 999):03d},-",
            )
        ),
        "amount2": rng.choice((f"€ {rng.randint(20, 600)},-", f"{rng.randint(20, 600)},00 euro")),
    }


BLIND23_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "MAANDAG", "ZATERDAG"),
    join_notices=(
        "{colleague} heeft {word_first} ✿ en {other} toegevoegd",
        '{mate} heeft de groep "{group}" aangemaakt',
        "{name} heeft de groepsbeschrijving gewijzigd",
        "☘ {mate_short} heeft {kid} toegevoegd",
    ),
    later_notices=(
        "{word_first} ✿ heeft {other} verwijderd",
        "{name} heeft de groep verlaten",
        "{colleague} heeft {mate} beheerder gemaakt",
        "{push} is lid geworden via de uitnodigingslink",
        "{name_rev} heeft een nieuw nummer: {phone3}",
    ),
    direct_notices=(
        "Gemist spraakgesprek · {other} · {time}",
        "{name} is geen contact · Toevoegen · Blokkeren",
        "{firm} gebruikt een beveiligde dienst van Meta om dit gesprek te beheren.",
        "Tijdelijke berichten staan aan. Ingesteld door {mate}.",
    ),
    replies=(
        "Top, {first}!",
        "Ik bel {phone3} zo.",
        "{sur_title} is op de hoogte.",
        "Staat in {zaak}, {mate_first}.",
        "Welke kant van de {street2}?",
        "Zie {url}.",
        "Uiterlijk {date}, {nick}.",
        "Kijk op {url_gem}, {other_first}.",
        "Of bel {switch_var}.",
        "Het geld gaat naar {iban_gem}.",
        "Stuur het op naar {postbus}.",
        "Mailen naar {mailbox2} mag ook.",
        "Zie je in {village}, {kid}!",
        "Ons appnummer is {wa_gem}.",
        "{official} neemt contact op met {neighbour_lc}.",
    ),
    card_owners=(
        "{word_first} ✿",
        "{double}",
        "★ {name_rev}",
        "Gemeente Meppel",
    ),
    forwarded=("Doorgestuurd", "Doorgestuurd", "Vaak doorgestuurd"),
    messages=8,
    forward_at=(1, 3, 5),
    quote_at=(2, 4, 6, 7),
    card_at=(1, 4, -1),
    media_at=(0, 3, 5),
    locations=(
        "Grofvuil staat hier|{addr2}, {postcode} {village}",
        "Boot ligt hier|{street}, {village}",
        "Live locatie van ☘ {mate_short}|nog tot {time2}",
        "Skatebaan|{place}, {village}",
    ),
    location_at=(2, 4, 6),
    text_shares=(0.6, 0.7, 0.78, 0.86),
    photo_plates=("{plate}",),
    documents=(
        "Spraakmemo {other_lc}.m4a|1:12 · Audio",
        "Aanvraag kindpakket {name}.pdf|3 pagina's · PDF · 220 kB",
        "Paspoort {name_rev}.jpg|JPEG · 980 kB",
        "Tekening mantelzorgwoning {addr3}.pdf|2 pagina's · PDF · 340 kB",
        "Prijsopgave {firm} {project}.pdf|1 pagina · PDF · 58 kB",
        "Contact {kid}.vcf|vCard · 1 kB",
    ),
    document_at=(1, 3, 6),
)

BLIND24_ORGANISATIONS = (
    "Jeugdfonds Sport & Cultuur Drenthe",
    "Stichting Urgente Noden Meppel",
    "Waterschap Drents Overijsselse Delta",
    "Dierenambulance Meppel",
    "Vluchtelingenwerk Meppel",
    "Imkervereniging Meppel",
)
# Firms, some named after a word or a name of the pool: must-keep.
BLIND24_FIRMS = (
    "Visspeciaalzaak Baars",
    "Hengelsport De Karper",
    "Paling & Zo",
    "Loonbedrijf Kruizinga",
    "Grondwerken Ubbens B.V.",
    "Zonnestudio Ster",
    "Hoveniersbedrijf De Heide",
    "Restaurant De Schol",
)
BLIND24_SCHOOLS = (
    "OBS De Zalm",
    "Kindcentrum Stobbenweg",
    "Prakticum Meppel",
    "De Ambelt",
)
# The villages and hamlets of the municipality, and the town, named in addresses: must-keep.
BLIND24_VILLAGES = ("Meppel", "Nijeveen", "Rogat", "Kolderveen", "De Schiphorst", "Broekhuizen")
BLIND24_POSTCODE_DIGITS = ("7943", "7945", "7946", "7941", "7948", "7943")
BLIND24_EVENTS = (
    "de Nationale Bijendag",
    "de Week van het Geld",
    "de Meppeler Donderdagen",
    "Burendag",
)
# Officials named by their role only: must-keep.
BLIND24_OFFICIALS = (
    "De marktmeester",
    "De beheerder Begraafplaatsen",
    "De rioolbeheerder",
    "De verkeerskundige",
    "De schuldhulpverlener",
    "Wethouder Sport",
    "De medewerker Openbare Verlichting",
)
# The names their friends and family use.
BLIND24_NICKNAMES = {
    "Heide": "Hei",
    "Juli": "Juul",
    "Ster": "Sterretje",
    "Rozemarijn": "Rozie",
    "Pip": "Pippie",
    "Roelfien": "Fien",
    "Geuchien": "Geuk",
    "Tadej": "Tadi",
    "Špela": "Špeli",
    "Bikash": "Biku",
    "Sushmita": "Mita",
    "Dardan": "Dani",
    "Blerta": "Bleri",
    "Yeison": "Yei",
    "Marisol": "Mari",
    "Arsène": "Sène",
}
# A house number's toevoeging as people write it.
BLIND24_TOEVOEGINGEN = (
    " rd",
    " achterhuis",
    "-I",
    " bis",
    "C-3",
    "/a",
    " (boven)",
    "-01",
)
# Digits OCR confuses with letters or each other (3/8, 5/S, 2/Z, 0/O), drawn more often.
CONFUSABLE24 = "3388520"


def _digits24(rng: random.Random, n: int) -> str:
    """Digits, half of them from the confusable ones."""
    return "".join(
        rng.choice(CONFUSABLE24) if rng.random() < 0.5 else str(rng.randint(0, 9)) for _ in range(n)
    )


def _mobile24(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in writings of its own; `parts`: written in three words or more."""
    r = rng.choice("123456") + _digits24(rng, 7)
    spread = (
        f"06-{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"(06) {r[:4]} {r[4:]}",
        f"+31 6-{r[:4]} {r[4:]}",
        f"06 {r[:3]} {r[3:6]} {r[6:]}",
        f"0031 6 {r}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06{r[:2]} {r[2:]}",
        f"06.{r[:2]}.{r[2:4]}.{r[4:6]}.{r[6:]}",
        f"+316 {r[:4]} {r[4:]}",
        f"+31 6{r}",
        f"06–{r}",
    )
    return rng.choice((*spread, *flat))


def _abroad24(rng: random.Random) -> str:
    """A mobile number in Slovenia, Nepal, Albania, Kosovo, Colombia or Cameroon."""
    r = _digits24(rng, 10)
    return rng.choice(
        (
            f"+386 41 {r[:3]} {r[3:6]}",
            f"+977 98{r[:2]}-{r[2:8]}",
            f"+355 69 {r[:3]} {r[3:7]}",
            f"+383 44 {r[:3]} {r[3:6]}",
            f"+57 31{r[:1]} {r[1:4]} {r[4:8]}",
            f"+237 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:8]}",
        )
    )


def _landline24(rng: random.Random) -> str:
    """A landline of Meppel, Steenwijk, Assen, Emmen or Zwolle (not the municipality's)."""
    area, rest = rng.choice((("0522", 6), ("0521", 6), ("0592", 6), ("0591", 6), ("038", 7)))
    r = rng.choice("2345678") + _digits24(rng, rest - 1)
    return rng.choice(
        (
            f"{area} - {r[:2]} {r[2:4]} {r[4:]}",
            f"({area}){r}",
            f"+31 (0){area[1:]} {r[:3]} {r[3:]}",
            f"{area} {r[:2]} {r[2:4]} {r[4:]}",
            f"{area}.{r}",
        )
    )


def _iban24(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN by four, with the account in threes or after "IBAN:"-less dots; one flat
    or with the account apart; one lowercase by four or lowercase flat."""

    def compact() -> str:
        return _iban_compact("NL", rng.choice(banks) + _digits24(rng, 10))

    c = compact()
    grouped = rng.choice(
        (
            _in_fours(c),
            f"{c[:4]} {c[4:8]} {c[8:11]} {c[11:14]} {c[14:]}",
            ".".join(_in_fours(c).split()),
        )
    )
    c = compact()
    flat = rng.choice((c, f"{c[:8]} {c[8:]}"))
    c = compact()
    lower = rng.choice((_in_fours(c).lower(), c.lower()))
    return grouped, flat, lower


def _foreign_iban24(rng: random.Random) -> str:
    """A Slovenian, Albanian or Kosovar IBAN, by four."""
    while True:
        country, digits = rng.choice((("SI", 15), ("AL", 24), ("XK", 16)))
        c = _iban_compact(country, _digits24(rng, digits))
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob24(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (slashes without zeros, dashes with a quoted short year, dots
    with a short year, ISO) and one in words (a short month with a quoted year, the month in
    capitals, a full weekday, dashes between words)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2021)
    digits = rng.choice(
        (
            f"{day}/{month}/{year}",
            f"{day:02d}-{month:02d}-'{year % 100:02d}",
            f"{day}.{month:02d}.{year % 100:02d}",
            f"{year}-{month:02d}-{day:02d}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2021)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1]
    words = rng.choice(
        (
            f"{day} {short} '{year % 100:02d}",
            f"{day} {name.upper()} {year}",
            f"{WEEKDAYS[rng.randint(0, 6)]} {day} {name} {year}",
            f"{day}-{name}-{year}",
        )
    )
    return digits, words


def _blind24_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Heide", "Juli", "Ster", "Rozemarijn", "Pip").
    word_first = rng.choice(
        [n for n in pools.first_names[:5] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 180)}{rng.choice(BLIND24_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 150), rng.randint(1, 99)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND24_POSTCODE_DIGITS)
    letters = rng.choice("BDGHJKLNPRSTVXZ") + rng.choice("ABDEGHJKLNPRSTVXZ")
    dob, dob_text = _dob24(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 15), rng.choice((0, 10, 20, 30, 40, 50))
    nick = BLIND24_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur).replace(" ", ""), _ascii16(nick)
    o = _ascii16(other_sur).replace(" ", "").replace("-", "")
    year = rng.randint(1950, 2010)
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban24(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    initial2 = rng.choice("BGHT")
    village = rng.choice(BLIND24_VILLAGES)
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "word_nick": BLIND24_NICKNAMES[word_first],
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # A double name, a couple with "&", or a married name with "e.v." or "geb.".
        "double": rng.choice(
            (
                f"{first} {_title(mate_sur)} - {_title(sur)}",
                f"{first} & {mate_first} {_title(sur)}",
                f"{first} {_title(sur)} e.v. {_title(mate_sur)}",
                f"{first} {_title(mate_sur)} geb. {_title(sur)}",
            )
        ),
        # As on a form or a list: the surname first.
        "name_rev": rng.choice(
            (
                f"{_title(sur)}, {first}",
                f"{sur.upper()}, {first[0]}.{initial2}.",
                f"{_title(sur)} ({nick})",
                f"{_title(sur)} - {first}",
            )
        ),
        "initials": rng.choice(
            (
                f"dhr. {first[0]}.{initial2}. {_title(other_sur)}",
                f"mw. {first[0]}. {_title(sur)}-{_title(other_sur)}",
                f"{_title(other_sur).upper()} {first[0]}{initial2}",
                f"de fam. {_title(other_sur)}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}.{initial2}. {_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{BLIND24_NICKNAMES[mate_first]} {_title(mate_sur)[0]}",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND24_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND24_NICKNAMES[push],
        "phone": _mobile24(rng),
        "phone2": _mobile24(rng),
        "phone3": _mobile24(rng, parts=True),
        "phone_abroad": _abroad24(rng),
        "landline": _landline24(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban24(rng),
        "bsn": rng.choice((bsn, f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
                f"{bsn[:3]} {bsn[3:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND24_TOEVOEGINGEN)}",
                f"{street2} {n2}",
                f"{street2} no. {n2}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}",
                f"{street3} {n3}-{n3 + 2}",
                f"{street3} {n3}{rng.choice(BLIND24_TOEVOEGINGEN)}",
                f"{street3} {n3} en {n3 + 2}",
            )
        ),
        "postcode": rng.choice(
            (f"{digits} {letters}", f"{digits}{letters}", f"{digits}-{letters}")
        ),
        "postcode_odd": rng.choice(
            (f"{digits}{letters.lower()}", f"{digits}  {letters}", f"NL-{digits} {letters}")
        ),
        "email": rng.choice(
            (
                f"{f}.{c}@kpnmail.example",
                f"{c}{year % 100:02d}@ziggo.example",
                f"{k}{o}@outlook.example",
                f"{f[0]}.{o}@proton.example",
            )
        ),
        "email2": rng.choice(
            (
                f"{o}.{f}@telfort.example",
                f"{k}.{c}@hetnet.example",
                f"{f}{year}@yahoo.example",
            )
        ),
        "url": rng.choice(
            (
                f"facebook.com/{f}.{o}",
                f"tiktok.com/@{k}{year % 100:02d}",
                f"marktplaats.nl/u/{f}-{c}",
                f"instagram.com/{c}_{k}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.replace("-", " "), plate.lower())),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "village": village,
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND24_ORGANISATIONS),
        "firm": rng.choice(BLIND24_FIRMS),
        "school": rng.choice(BLIND24_SCHOOLS),
        "event": rng.choice(BLIND24_EVENTS),
        "official": rng.choice(BLIND24_OFFICIALS),
        "btw": _btw11(rng),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14-05-22", "tel. 140522", "14/0522")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "0522 - 85 95 00", "(0522)859500")),
        "switch_alt": rng.choice(
            (
                "+31 522 85 95 00",
                "+31-(0)522-859500",
                "0031 522 859 500",
                "+31 (0)522 85 95 00",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "markt@meppel.nl",
                "begraafplaatsen@meppel.nl",
                "schuldhulp@meppel.nl",
                "INFO@MEPPEL.NL",
            )
        ),
        "wa_gem": rng.choice(("06 - 1400 0522", "+316 1400 0522", "06.14.00.05.22")),
        "url_gem": rng.choice(
            (
                "meppel.nl/parkeren",
                "www.meppel.nl/markt",
                "https://www.meppel.nl/afval",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "postbus 501 - 7940 AM Meppel", "Postbus 501 7940AM Meppel")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN_TAXES,
                MUNICIPAL_IBAN.lower(),
                MUNICIPAL_IBAN_TAXES.replace(" ", ""),
            )
        ),
        "zaak": rng.choice((f"zaak {n:07d}", f"Z26-{n:06d}", f"ZAAK-2026-{n:05d}")),
        "kenmerk": rng.choice((f"ons kenmerk {n:06d}", f"kenmerk U26.{n:05d}")),
        "melding": rng.choice((f"melding {n:06d}", f"MOR-{n:05d}")),
        "kvk": rng.choice((kvk, f"{kvk[:4]} {kvk[4:]}")),
        "po": rng.choice(
            (f"vergunning OV-{rng.randint(1000, 9999)}", f"ontheffing O26-{rng.randint(10, 999)}")
        ),
        "project": rng.choice(
            (
                f"opdracht OP-{n % 100_000:05d}",
                f"bestek {rng.randint(100, 999)}",
                f"wijkplan {rng.randint(1, 12)}",
            )
        ),
        "besluit": rng.choice(
            (
                f"raadsbesluit {rng.randint(10, 99)}/2026",
                f"besluit van {rng.randint(1, 28)} {month2}",
            )
        ),
        "factuur": rng.choice(
            (
                f"factuurnr. {rng.randint(100_000, 999_999)}",
                f"debiteur {rng.randint(10_000, 99_999)}",
            )
        ),
        "ref": rng.choice(
            (
                f"lantaarnpaal {rng.randint(100, 999)}",
                f"boomnummer {rng.randint(1000, 9999)}",
                f"mast {rng.randint(1, 90)}.{rng.randint(1, 9)}",
            )
        ),
        "org_phone": rng.choice(("112", "0900-8800", "0800-1351")),
        "hours": rng.choice(("ma t/m do 8.30-17.00", "op vrijdagochtend", "na vijf uur")),
        "timespan": rng.choice(
            (
                "morgenochtend",
                f"tussen {hour}.00 en {hour + 3}.00",
                f"na {hour} uur",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2}-{m2}-'26",
                f"{WEEKDAYS[rng.randint(0, 4)][:2]} {d2}/{m2}",
                f"{d2}.{m2}.2026",
                f"na week {rng.randint(2, 50)}",
                f"{d2} {month2}",
            )
        ),
        "time": rng.choice((f"{hour}:{minute:02d}", f"{hour}h{minute:02d}", f"kwart over {hour}")),
        "time2": f"{hour + 2}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€{rng.randint(10, 999)},{rng.randint(0, 99):02d}",
                f"{rng.randint(10, 999)},- euro",
                f"EUR {rng.randint(10, 999)}.{rng.randint(0, 99):02d}",
            )
        ),
        "amount2": rng.choice((f"€ {rng.randint(20, 900)}", f"{rng.randint(20, 900)} EUR")),
    }


BLIND24_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "DINSDAG", "VRIJDAG"),
    join_notices=(
        "{colleague} heeft {word_first} ❀ en {mate} toegevoegd",
        '{other} heeft de groep "{group}" gemaakt',
        "{name} heeft het groepsicoon gewijzigd",
        "✦ {mate_short} heeft {push} toegevoegd",
    ),
    later_notices=(
        "{word_first} ❀ heeft {kid} verwijderd",
        "{other} is uit de groep gegaan",
        "{colleague} is geen beheerder meer",
        "{name_rev} is toegevoegd via een link",
        "{mate} is van nummer gewisseld naar {phone3}",
    ),
    direct_notices=(
        "Gemist videogesprek van {name} om {time}",
        "{other} staat niet in je contacten · Blokkeren · Toevoegen",
        "{firm} is een zakelijk account.",
        "Berichten verdwijnen na 7 dagen. Ingesteld door {other}.",
    ),
    replies=(
        "Dank je, {first}!",
        "Bel je {phone3} even terug?",
        "{sur_title} weet het.",
        "Loopt via {zaak}, {mate_first}.",
        "Welk huisnummer aan de {street2}?",
        "Zie ook {url}.",
        "Voor {date} graag, {nick}.",
        "Info op {url_gem}, {other_first}.",
        "Of bel ons: {switch_var}.",
        "Storten graag op {iban_gem}.",
        "Per post naar {postbus}.",
        "Of mail {mailbox2}.",
        "Tot in {village}, {kid}!",
        "Een appje naar {wa_gem} kan ook.",
        "{official} belt {neighbour_lc} morgen.",
    ),
    card_owners=(
        "{word_first} ❀",
        "{double}",
        "✦ {mate_short}",
        "Gemeente Meppel",
    ),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd", "Doorgestuurd"),
    messages=8,
    forward_at=(0, 2, 5),
    quote_at=(3, 4, 6, 7),
    card_at=(2, 5, -1),
    media_at=(1, 3, 6),
    locations=(
        "Gat in de stoep|{addr2}, {postcode} {village}",
        "Paard staat hier|{street2}, {village}",
        "Live locatie van ✦ {mate_short}|nog {time2}",
        "Volkstuinen|{place}, {village}",
    ),
    location_at=(1, 4, 6),
    text_shares=(0.62, 0.72, 0.8, 0.88),
    photo_plates=("{plate}",),
    documents=(
        "Spraakbericht {name_lc}.opus|0:48 · Audio",
        "Aanvraag leerlingenvervoer {other}.pdf|2 pagina's · PDF · 180 kB",
        "Rijbewijs {name_rev}.jpeg|JPEG · 1,2 MB",
        "Schets minibieb {addr3}.pdf|1 pagina · PDF · 96 kB",
        "Offerte {firm} {project}.pdf|2 pagina's · PDF · 72 kB",
        "{mate}.vcf|vCard · 1 kB",
    ),
    document_at=(0, 3, 7),
)

BLIND25_ORGANISATIONS = (
    "Dierenopvang De Wissel",
    "Stichting Leergeld Meppel",
    "Vogelasiel De Ganzenhoeve",
    "Welzijn Mensenwerk Meppel",
    "Leger des Heils Meppel",
    "Stichting Present Meppel",
)
# Firms, some named after a word or a name of the pool: must-keep.
BLIND25_FIRMS = (
    "Kledingzaak De Broek",
    "Groentehandel Wortel",
    "Stroopwafelkraam Roef",
    "Loonwerk Hulsbeek",
    "Transportbedrijf Olde Rikkert B.V.",
    "Café De Kroes",
    "Molen De Wiek",
    "Hoveniers Mirte & Co",
)
BLIND25_SCHOOLS = (
    "CBS De Kraag",
    "Kindcentrum Ganzenweide",
    "Stad & Esch Meppel",
    "OBS Het Pol",
)
# The villages and hamlets of the municipality, and the town, named in addresses: must-keep.
BLIND25_VILLAGES = ("Meppel", "Nijeveen", "Rogat", "Kolderveen", "De Schiphorst", "Broekhuizen")
BLIND25_POSTCODE_DIGITS = ("7942", "7944", "7947", "7941", "7949", "7961")
BLIND25_EVENTS = (
    "de Sint-Maartenoptocht",
    "de Meppeler Kermis",
    "het Ganzenfeest",
    "de Nacht van de Nacht",
)
# Officials named by their role only: must-keep.
BLIND25_OFFICIALS = (
    "De havenmeester",
    "De boa Dierenwelzijn",
    "De ambtenaar Burgerzaken",
    "De geluidsadviseur",
    "De kermismeester",
    "Wethouder Jeugd",
    "De beheerder Sportparken",
)
# The names their friends and family use.
BLIND25_NICKNAMES = {
    "Roef": "Roefie",
    "Wiek": "Wiekie",
    "Mirte": "Mir",
    "Hinde": "Hin",
    "Pol": "Polleke",
    "Jannes": "Jans",
    "Mientje": "Mien",
    "Sokha": "Kha",
    "Chanthou": "Thou",
    "Hedi": "Hedou",
    "Amel": "Meli",
    "Edmilson": "Edmi",
    "Djamila": "Djami",
    "Sione": "Sio",
    "Elvin": "Elvi",
    "Aysel": "Aysi",
}
# A house number's toevoeging as people write it.
BLIND25_TOEVOEGINGEN = (
    " hs",
    " 2e",
    "-bov",
    "ZW",
    " a/b",
    "-3hg",
    " (achter)",
    ".1",
)
# Digits OCR confuses with letters or each other (1/l/I, 7/1, 6/b/G, 9/g, 0/O), drawn more often.
CONFUSABLE25 = "1176690"


def _digits25(rng: random.Random, n: int) -> str:
    """Digits, half of them from the confusable ones."""
    return "".join(
        rng.choice(CONFUSABLE25) if rng.random() < 0.5 else str(rng.randint(0, 9)) for _ in range(n)
    )


def _mobile25(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in writings of its own; `parts`: written in three words or more."""
    r = rng.choice("123456") + _digits25(rng, 7)
    spread = (
        f"06 - {r[:4]} {r[4:]}",
        f"06 {r[:2]} {r[2:5]} {r[5:]}",
        f"+31 (6) {r[:4]} {r[4:]}",
        f"(+31) 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"0 6 {r[:4]} {r[4:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06/{r}",
        f"06-{r[:4]}.{r[4:]}",
        f"+31(0)6{r}",
        f"0031-6-{r}",
        f"06{r[:4]}-{r[4:]}",
    )
    return rng.choice((*spread, *flat))


def _abroad25(rng: random.Random) -> str:
    """A mobile number in Cambodia, Tunisia, Cape Verde, Samoa, Azerbaijan or Portugal."""
    r = _digits25(rng, 10)
    return rng.choice(
        (
            f"+855 12 {r[:3]} {r[3:6]}",
            f"+216 2{r[:1]} {r[1:4]} {r[4:7]}",
            f"+238 9{r[:2]} {r[2:4]} {r[4:6]}",
            f"+685 72{r[:5]}",
            f"+994 50 {r[:3]} {r[3:5]} {r[5:7]}",
            f"+351 91{r[:1]} {r[1:4]} {r[4:7]}",
        )
    )


def _landline25(rng: random.Random) -> str:
    """A landline of Meppel, Hoogeveen, Staphorst, Groningen or Zwolle (not the municipality's)."""
    area, rest = rng.choice((("0522", 6), ("0528", 6), ("0522", 6), ("050", 7), ("038", 7)))
    r = rng.choice("2345678") + _digits25(rng, rest - 1)
    return rng.choice(
        (
            f"{area}/{r[:3]} {r[3:]}",
            f"{area}-{r[:3]}.{r[3:]}",
            f"+31{area[1:]}{r}",
            f"{area} {r[:3]} {r[3:]}",
            f"({area[:3]}) {area[3:]}{r}" if len(area) == 4 else f"({area}) {r}",
        )
    )


def _iban25(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN by four, by four with a dash between groups or with the account in twos;
    one flat or with the country apart; one lowercase by four or lowercase flat."""

    def compact() -> str:
        return _iban_compact("NL", rng.choice(banks) + _digits25(rng, 10))

    c = compact()
    grouped = rng.choice(
        (
            _in_fours(c),
            "-".join(_in_fours(c).split()),
            f"{c[:4]} {c[4:8]} {' '.join(c[i : i + 2] for i in range(8, 18, 2))}",
        )
    )
    c = compact()
    flat = rng.choice((c, f"{c[:2]} {c[2:]}"))
    c = compact()
    lower = rng.choice((_in_fours(c).lower(), c.lower()))
    return grouped, flat, lower


def _foreign_iban25(rng: random.Random) -> str:
    """A Tunisian or Portuguese IBAN, by four."""
    while True:
        country, digits = rng.choice((("TN", 20), ("PT", 21)))
        c = _iban_compact(country, _digits25(rng, digits))
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob25(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (dots without zeros, slashes with a short year, spaces, compact
    day-month-year) and one in words (a short month with a dot, the month first, "de ..."
    with the year in words' place, a weekday abbreviated)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2021)
    digits = rng.choice(
        (
            f"{day}.{month}.{year}",
            f"{day:02d}/{month:02d}/{year % 100:02d}",
            f"{day:02d} {month:02d} {year}",
            f"{day:02d}{month:02d}{year}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2021)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1]
    words = rng.choice(
        (
            f"{day} {short}. {year}",
            f"{name} {day}, {year}",
            f"de {day}e {name} {year}",
            f"{WEEKDAYS[rng.randint(0, 6)][:2]}. {day} {name} {year}",
        )
    )
    return digits, words


def _blind25_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Roef", "Wiek", "Mirte", "Hinde", "Pol").
    word_first = rng.choice(
        [n for n in pools.first_names[:5] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 240)}{rng.choice(BLIND25_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 150), rng.randint(1, 99)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND25_POSTCODE_DIGITS)
    letters = rng.choice("CDGLMRTWZ") + rng.choice("ACDGLMRTWZ")
    dob, dob_text = _dob25(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 15), rng.choice((0, 10, 20, 30, 40, 50))
    nick = BLIND25_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur).replace(" ", ""), _ascii16(nick)
    o = _ascii16(other_sur).replace(" ", "").replace("-", "")
    year = rng.randint(1950, 2010)
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban25(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    initial2 = rng.choice("DGLR")
    village = rng.choice(BLIND25_VILLAGES)
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "word_nick": BLIND25_NICKNAMES[word_first],
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # A double name, a couple with "&", or a married name with "e.v." or "geb.".
        "double": rng.choice(
            (
                f"{first} {_title(mate_sur)}-{_title(sur)}",
                f"{first} en {mate_first} {_title(sur)}",
                f"{first} {_title(sur)} echtg. {_title(mate_sur)}",
                f"{first} {_title(mate_sur)} (meisjesnaam {_title(sur)})",
            )
        ),
        # As on a form or a list: the surname first.
        "name_rev": rng.choice(
            (
                f"{_title(sur)} {first}",
                f"{sur.upper()} {first}",
                f"{_title(sur)}, {first[0]}.{initial2}. ({nick})",
                f"{_title(sur)}/{first}",
            )
        ),
        "initials": rng.choice(
            (
                f"De heer {first[0]}. {_title(other_sur)}",
                f"mevr. {first[0]}.{initial2}. {_title(other_sur)}-{_title(sur)}",
                f"Fam. {_title(sur)}",
                f"{first[0]}{initial2} {_title(other_sur).upper()}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}.{initial2}. {_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{BLIND25_NICKNAMES[mate_first]} {_title(mate_sur)[0]}",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND25_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND25_NICKNAMES[push],
        "phone": _mobile25(rng),
        "phone2": _mobile25(rng),
        "phone3": _mobile25(rng, parts=True),
        "phone_abroad": _abroad25(rng),
        "landline": _landline25(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban25(rng),
        "bsn": rng.choice((bsn, f"{bsn[:2]}-{bsn[2:5]}-{bsn[5:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
                f"{bsn[:4]} {bsn[4:]}",
                f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND25_TOEVOEGINGEN)}",
                f"{street2} {n2}",
                f"{street2} nr {n2}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}",
                f"{street3} {n3}/{n3 + 1}",
                f"{street3} {n3}{rng.choice(BLIND25_TOEVOEGINGEN)}",
                f"{street3} {n3} t.o.",
            )
        ),
        "postcode": rng.choice(
            (f"{digits} {letters}", f"{digits}{letters}", f"{digits}.{letters}")
        ),
        "postcode_odd": rng.choice(
            (
                f"{digits} {letters.lower()}",
                f"{digits}{letters[0]} {letters[1]}",
                f"{digits} {letters} NL",
            )
        ),
        "email": rng.choice(
            (
                f"{f}_{c}@hotmail.example",
                f"{c}.{year}@home.example",
                f"{k}-{o}@gmail.example",
                f"{f[0]}{o}@xs4all.example",
            )
        ),
        "email2": rng.choice(
            (
                f"{o}{f[0]}@live.example",
                f"{k}{year % 100:02d}@planet.example",
                f"{f}.{o}@icloud.example",
            )
        ),
        "url": rng.choice(
            (
                f"youtube.com/@{f}{c}",
                f"linkedin.com/in/{f}-{o}",
                f"snapchat.com/add/{k}{year % 100:02d}",
                f"x.com/{c}_{f}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.replace("-", ""), plate.replace("-", " - "))),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "village": village,
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND25_ORGANISATIONS),
        "firm": rng.choice(BLIND25_FIRMS),
        "school": rng.choice(BLIND25_SCHOOLS),
        "event": rng.choice(BLIND25_EVENTS),
        "official": rng.choice(BLIND25_OFFICIALS),
        "btw": _btw11(rng),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14 - 0522", "tel: 14 0522", "140 522")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "0522/859500", "0522-859 500")),
        "switch_alt": rng.choice(
            (
                "+31522859500",
                "+31 (0) 522 859 500",
                "0031-522-859500",
                "(+31) 522 85 95 00",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "burgerzaken@meppel.nl",
                "haven@meppel.nl",
                "jeugd@meppel.nl",
                "Info@Meppel.nl",
            )
        ),
        "wa_gem": rng.choice(("0614000522", "+31 6 1400 0522", "06-1400 0522")),
        "url_gem": rng.choice(
            (
                "meppel.nl/trouwen",
                "www.meppel.nl/kermis",
                "https://meppel.nl/meedoen",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501, 7940AM MEPPEL", "PB 501, 7940 AM Meppel")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN_TAXES,
                "-".join(MUNICIPAL_IBAN.split()),
                MUNICIPAL_IBAN_TAXES.replace(" ", "").lower(),
            )
        ),
        "zaak": rng.choice((f"zaaknr {n:06d}", f"Z/26/{n:06d}", f"zaak 2026.{n:05d}")),
        "kenmerk": rng.choice((f"kenmerk UIT-{n:05d}", f"ons kenmerk 26U{n:06d}")),
        "melding": rng.choice((f"meldnr. {n:06d}", f"MELDING-{n:05d}")),
        "kvk": rng.choice((kvk, f"{kvk[:4]} {kvk[4:]}")),
        "po": rng.choice(
            (f"vergunning EV-{rng.randint(1000, 9999)}", f"ontheffing 2026/{rng.randint(10, 999)}")
        ),
        "project": rng.choice(
            (
                f"werkorder WO-{n % 100_000:05d}",
                f"project {rng.randint(100, 999)}",
                f"buurtplan {rng.randint(1, 12)}",
            )
        ),
        "besluit": rng.choice(
            (
                f"collegebesluit {rng.randint(10, 99)}-2026",
                f"het besluit van {rng.randint(1, 28)} {month2}",
            )
        ),
        "factuur": rng.choice(
            (
                f"factuur F{rng.randint(100_000, 999_999)}",
                f"klantnr. {rng.randint(10_000, 99_999)}",
            )
        ),
        "ref": rng.choice(
            (
                f"paal nr. {rng.randint(100, 999)}",
                f"boom {rng.randint(1000, 9999)}",
                f"kast {rng.randint(1, 90)}-{rng.randint(1, 9)}",
            )
        ),
        "org_phone": rng.choice(("112", "0800-0113", "113")),
        "hours": rng.choice(("ma-vr 9.00-16.30", "op woensdagmiddag", "tot 12 uur")),
        "timespan": rng.choice(
            (
                "vanmiddag",
                f"van {hour} tot {hour + 2} uur",
                f"voor {hour}.30",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2}/{m2}/2026",
                f"{WEEKDAYS[rng.randint(0, 4)]} {d2}-{m2}",
                f"{d2:02d}-{m2:02d}-2026",
                f"in week {rng.randint(2, 50)}",
                f"{d2} {month2} a.s.",
            )
        ),
        "time": rng.choice(
            (f"{hour}.{minute:02d} uur", f"{hour}:{minute:02d}u", f"half {hour + 1}")
        ),
        "time2": f"{hour + 2}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(10, 999)},{rng.randint(0, 99):02d}",
                f"{rng.randint(10, 999)} euro",
                f"€{rng.randint(1, 9)}.{rng.randint(100, 999)},-",
            )
        ),
        "amount2": rng.choice((f"€{rng.randint(20, 900)},-", f"EUR {rng.randint(20, 900)}")),
    }


BLIND25_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "MAANDAG", "DONDERDAG"),
    join_notices=(
        "{colleague} heeft {word_first} ☾ en {mate} toegevoegd aan de groep",
        '{other} heeft de groepsnaam gewijzigd in "{group}"',
        "{name} heeft de groepsomschrijving gewijzigd",
        "◆ {mate_short} heeft {push} uitgenodigd",
    ),
    later_notices=(
        "{word_first} ☾ heeft {kid} uit de groep verwijderd",
        "{other} is weggegaan uit de groep",
        "{colleague} is nu beheerder",
        "{name_rev} kwam erbij via de groepslink",
        "{mate} heeft een nieuw nummer: {phone3}",
    ),
    direct_notices=(
        "Gemiste spraakoproep van {name}, {time}",
        "{other} is geen contact · Blokkeren · Toevoegen aan contacten",
        "{firm} gebruikt een beveiligde dienst van Meta.",
        "{other} heeft verdwijnende berichten uitgezet.",
    ),
    replies=(
        "Helemaal goed, {first}!",
        "Kun je {phone3} terugbellen?",
        "{sur_title} weet ervan, hoor.",
        "Genoteerd in {zaak}, {mate_first}.",
        "Welk nummer aan de {street2} was het?",
        "Kijk op {url}.",
        "Liefst voor {date}, {nick}.",
        "Meer op {url_gem}, {other_first}.",
        "Bellen kan ook: {switch_var}.",
        "Overmaken op {iban_gem} graag.",
        "Een brief kan naar {postbus}.",
        "Mailen mag: {mailbox2}.",
        "Groeten uit {village}, {kid}!",
        "Of app {wa_gem}.",
        "{official} spreekt {neighbour_lc} vanavond.",
    ),
    card_owners=(
        "{word_first} ☾",
        "{double}",
        "◆ {mate_short}",
        "Gemeente Meppel Burgerzaken",
    ),
    forwarded=("Doorgestuurd", "Doorgestuurd", "Vaak doorgestuurd"),
    messages=8,
    forward_at=(1, 3, 6),
    quote_at=(2, 4, 5, 7),
    card_at=(3, 6, -1),
    media_at=(0, 2, 5),
    locations=(
        "Dode zwaan|{addr2}, {postcode} {village}",
        "Schapen staan hier|{street2}, {village}",
        "Live locatie van ◆ {mate_short}|nog {time2}",
        "Sportpark|{place}, {village}",
    ),
    location_at=(2, 4, 7),
    text_shares=(0.6, 0.7, 0.78, 0.87),
    photo_plates=("{plate}",),
    documents=(
        "Spraakmemo {name_lc}.m4a|1:12 · Audio",
        "Aanvraag energietoeslag {other}.pdf|3 pagina's · PDF · 210 kB",
        "ID-kaart {name_rev}.jpg|JPG · 0,9 MB",
        "Plattegrond {addr3}.pdf|1 pagina · PDF · 140 kB",
        "Werkbon {firm} {project}.pdf|1 pagina · PDF · 64 kB",
        "Contact {mate}.vcf|vCard · 1 kB",
    ),
    document_at=(1, 4, 6),
)

BLIND26_ORGANISATIONS = (
    "Waterschap Drents Overijsselse Delta",
    "Stichting Bevernet Drenthe",
    "Rode Kruis Meppel",
    "Wij Meppel Ouderenwerk",
    "Natuurmonumenten Reestdal",
    "Energiecoöperatie Meppel",
)
# Firms, some named after a word or a name of the pool: must-keep.
BLIND26_FIRMS = (
    "Meubelmakerij De Kast",
    "Stoffeerderij Kruk & Zn",
    "Glashandel De Spiegel",
    "Zonwering Wind B.V.",
    "Boomverzorging Eggens",
    "Brasserie De Tafel",
    "Installatiebedrijf Hoving",
    "Tuincentrum De Braam",
)
# Schools and public buildings: must-keep.
BLIND26_SCHOOLS = (
    "CBS De Regenboog",
    "OBS De Mist",
    "Schouwburg Ogterop",
    "Drukkerijmuseum Meppel",
)
# The villages and hamlets of the municipality, and the town, named in addresses: must-keep.
BLIND26_VILLAGES = ("Meppel", "Nijeveen", "Rogat", "Kolderveen", "De Schiphorst", "Broekhuizen")
BLIND26_POSTCODE_DIGITS = ("7943", "7946", "7948", "7942", "7944", "7961")
BLIND26_EVENTS = (
    "de Meppeler Braderie",
    "de Dag van de Duurzaamheid",
    "het Reestdalfestival",
    "de Open Monumentendag",
)
# Officials named by their role only: must-keep.
BLIND26_OFFICIALS = (
    "De klimaatadviseur",
    "De ecoloog",
    "De wijkbeheerder",
    "De gladheidscoördinator",
    "De boa Milieu",
    "Wethouder Duurzaamheid",
    "De gemaalwachter",
)
# The names their friends and family use.
BLIND26_NICKNAMES = {
    "Bram": "Brammetje",
    "Kamille": "Kam",
    "Sijs": "Sijsje",
    "Salie": "Saal",
    "Flip": "Flippie",
    "Harmke": "Harmpie",
    "Lammechien": "Lammie",
    "Aitor": "Aitortxo",
    "Ane": "Anetxu",
    "Censu": "Ċensinu",
    "Ritienne": "Riti",
    "Hery": "Herizo",
    "Fanja": "Fafa",
    "Khamla": "Kham",
    "Wayra": "Wayi",
    "Sitiveni": "Siti",
}
# A house number's toevoeging as people write it.
BLIND26_TOEVOEGINGEN = (
    " bis",
    "-II",
    " app. 4",
    "-B2",
    " bg",
    "/3",
    " (zijdeur)",
    "K",
)
# Digits OCR confuses with letters or each other (4/A, 9/g, 2/Z, 5/S, 8/B), drawn more often.
CONFUSABLE26 = "44992258"


def _digits26(rng: random.Random, n: int) -> str:
    """Digits, half of them from the confusable ones."""
    return "".join(
        rng.choice(CONFUSABLE26) if rng.random() < 0.5 else str(rng.randint(0, 9)) for _ in range(n)
    )


def _mobile26(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in writings of its own; `parts`: written in three words or more."""
    r = rng.choice("123456") + _digits26(rng, 7)
    spread = (
        f"06{r[:2]} {r[2:5]} {r[5:]}",
        f"06 {r[:3]} {r[3:5]} {r[5:]}",
        f"+31 6 {r[:3]} {r[3:6]} {r[6:]}",
        f"06 {r[:4]} {r[4:6]} {r[6:]}",
        f"0031 6{r[:2]} {r[2:5]} {r[5:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"+31-6{r}",
        f"06 {r}",
        f"06.{r[:4]}.{r[4:]}",
        f"(0)6-{r}",
        f"+31 06{r}",
    )
    return rng.choice((*spread, *flat))


def _abroad26(rng: random.Random) -> str:
    """A mobile number in Spain, Malta, Madagascar, Laos, Bolivia, Fiji or Andorra."""
    r = _digits26(rng, 10)
    return rng.choice(
        (
            f"+34 6{r[:2]} {r[2:5]} {r[5:8]}",
            f"+356 79{r[:2]} {r[2:6]}",
            f"+261 32 {r[:2]} {r[2:5]} {r[5:7]}",
            f"+856 20 {r[:4]} {r[4:8]}",
            f"+591 7{r[:7]}",
            f"+679 9{r[:2]} {r[2:6]}",
            f"+376 3{r[:5]}",
        )
    )


def _landline26(rng: random.Random) -> str:
    """A landline of Meppel, Steenwijk, Assen, Emmen or Hoogeveen (not the municipality's)."""
    area = rng.choice(("0522", "0521", "0592", "0591", "0528"))
    r = rng.choice("2345678") + _digits26(rng, 5)
    return rng.choice(
        (
            f"{area} - {r[:2]} {r[2:4]} {r[4:]}",
            f"{area}.{r}",
            f"+31 (0){area[1:]} {r}",
            f"{area[:2]} {area[2:]} {r[:2]} {r[2:4]} {r[4:]}",
            f"{area}–{r[:3]}{r[3:]}",
        )
    )


def _iban26(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN by four with dots, by four with double spaces or with the account in threes
    after the bank; one flat with a colon-free label or the check digits apart; one lowercase
    with dashes or the bank in capitals."""

    def compact() -> str:
        return _iban_compact("NL", rng.choice(banks) + _digits26(rng, 10))

    c = compact()
    grouped = rng.choice(
        (
            ".".join(_in_fours(c).split()),
            "  ".join(_in_fours(c).split()),
            f"{c[:4]} {c[4:8]} {c[8:11]} {c[11:14]} {c[14:]}",
        )
    )
    c = compact()
    flat = rng.choice((c, f"{c[:4]} {c[4:]}"))
    c = compact()
    lower = rng.choice(("-".join(_in_fours(c).split()).lower(), f"{c[:4].lower()}{c[4:8]}{c[8:]}"))
    return grouped, flat, lower


def _foreign_iban26(rng: random.Random) -> str:
    """An Andorran, Montenegrin or Mauritian IBAN, by four."""
    while True:
        country = rng.choice(("AD", "ME", "MU"))
        if country == "AD":
            body = _digits26(rng, 8) + _digits26(rng, 12)
        elif country == "ME":
            body = _digits26(rng, 18)
        else:
            body = "MCBL" + _digits26(rng, 19) + "MUR"
        c = _iban_compact(country, body)
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob26(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (spaced dashes, day without a zero and a short year, the year
    first with slashes, dashes and a quoted year) and one in words (a short month between
    dashes, the month in capitals, "12de", a full weekday with a short month)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2021)
    digits = rng.choice(
        (
            f"{day:02d} - {month:02d} - {year}",
            f"{day}.{month:02d}.{year % 100:02d}",
            f"{year}/{month:02d}/{day:02d}",
            f"{day}-{month}-'{year % 100:02d}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2021)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1]
    words = rng.choice(
        (
            f"{day}-{short}-{year}",
            f"{day} {name.upper()} {year}",
            f"{day}de {name} {year}",
            f"{WEEKDAYS[rng.randint(0, 6)]} {day} {short} {year}",
        )
    )
    return digits, words


def _blind26_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Bram", "Kamille", "Sijs", "Salie", "Flip").
    word_first = rng.choice(
        [n for n in pools.first_names[:5] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 240)}{rng.choice(BLIND26_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 150), rng.randint(1, 99)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND26_POSTCODE_DIGITS)
    letters = rng.choice("BHKNPSVX") + rng.choice("BHKNPSVX")
    dob, dob_text = _dob26(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 15), rng.choice((0, 15, 30, 45))
    nick = BLIND26_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur).replace(" ", ""), _ascii16(nick)
    o = _ascii16(other_sur).replace(" ", "").replace("-", "")
    year = rng.randint(1950, 2010)
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban26(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    initial2 = rng.choice("HKNV")
    village = rng.choice(BLIND26_VILLAGES)
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "word_nick": BLIND26_NICKNAMES[word_first],
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # A double name, a couple with "+", a widow ("wed.") or a name with "v/h" (formerly).
        "double": rng.choice(
            (
                f"{first} {_title(sur)} - {_title(mate_sur)}",
                f"{first} + {mate_first} {_title(sur)}",
                f"{first} {_title(mate_sur)} wed. {_title(sur)}",
                f"{first} {_title(sur)} v/h {_title(mate_sur)}",
            )
        ),
        # As on a form or a list: the surname first.
        "name_rev": rng.choice(
            (
                f"{_title(sur)} - {first}",
                f"{sur.upper()}, {first}",
                f"{_title(sur)} {first[0]}.{initial2}.",
                f"{_title(sur)} ({first})",
            )
        ),
        "initials": rng.choice(
            (
                f"Dhr. {first[0]}.{initial2}. {_title(other_sur)}",
                f"Mw. {first[0]}. {_title(sur)}-{_title(other_sur)}",
                f"Familie {_title(sur)}",
                f"{first[0]}.{initial2}.{_title(other_sur)}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}. {initial2}. {_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{BLIND26_NICKNAMES[mate_first]} {_title(mate_sur)[0]}.",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND26_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND26_NICKNAMES[push],
        "phone": _mobile26(rng),
        "phone2": _mobile26(rng),
        "phone3": _mobile26(rng, parts=True),
        "phone_abroad": _abroad26(rng),
        "landline": _landline26(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban26(rng),
        "bsn": rng.choice((bsn, f"{bsn[:4]}-{bsn[4:6]}-{bsn[6:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:3]} {bsn[3:5]} {bsn[5:]}",
                f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND26_TOEVOEGINGEN)}",
                f"{street2} {n2}",
                f"{street2} no. {n2}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}",
                f"{street3} {n3}-{n3 + 2}",
                f"{street3} {n3}{rng.choice(BLIND26_TOEVOEGINGEN)}",
                f"{street3} huisnr. {n3}",
            )
        ),
        "postcode": rng.choice(
            (f"{digits} {letters}", f"{digits}{letters}", f"{digits} - {letters}")
        ),
        "postcode_odd": rng.choice(
            (
                f"{digits}/{letters}",
                f"{digits} {letters[0]}{letters[1].lower()}",
                f"NL{digits}{letters}",
            )
        ),
        "email": rng.choice(
            (
                f"{f}.{c}{year % 100:02d}@ziggo.example",
                f"{c}-{f[0]}@kpnmail.example",
                f"{k}_{o}@outlook.example",
                f"{f}{o}@proton.example",
            )
        ),
        "email2": rng.choice(
            (
                f"{o}.{f}@telfort.example",
                f"{k}.{c}@hetnet.example",
                f"{f[0]}.{c}{year}@online.example",
            )
        ),
        "url": rng.choice(
            (
                f"threads.net/@{f}.{c}",
                f"bsky.app/profile/{k}{o}.bsky.social",
                f"pinterest.com/{f}{c}",
                f"strava.com/athletes/{c}-{f}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.replace("-", " "), plate.replace("-", "."))),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "village": village,
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND26_ORGANISATIONS),
        "firm": rng.choice(BLIND26_FIRMS),
        "school": rng.choice(BLIND26_SCHOOLS),
        "event": rng.choice(BLIND26_EVENTS),
        "official": rng.choice(BLIND26_OFFICIALS),
        "btw": _btw11(rng),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14.0522", "14-0522", "(14) 0522")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "(0522) 859 500", "0522.859.500")),
        "switch_alt": rng.choice(
            (
                "+31-522-859-500",
                "+31 522 85 95 00",
                "0031 (0)522 859500",
                "+31 (0)522-859500",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "klimaat@meppel.nl",
                "openbareruimte@meppel.nl",
                "subsidies@meppel.nl",
                "INFO@MEPPEL.NL",
            )
        ),
        "wa_gem": rng.choice(("06 14 00 05 22", "06-14000522", "+31 614000522")),
        "url_gem": rng.choice(
            (
                "meppel.nl/afkoppelen",
                "www.meppel.nl/hitte",
                "https://www.meppel.nl/subsidies",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501 - 7940 AM Meppel", "postbus 501, 7940 am Meppel")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN_TAXES,
                ".".join(MUNICIPAL_IBAN.split()),
                MUNICIPAL_IBAN_TAXES.replace(" ", ""),
            )
        ),
        "zaak": rng.choice((f"zaak-id {n:06d}", f"ZK26-{n:06d}", f"dossier 26/{n:05d}")),
        "kenmerk": rng.choice((f"uw kenmerk MEP/{n:05d}", f"kenmerk 2026-U-{n:05d}")),
        "melding": rng.choice((f"melding #{n:06d}", f"MOR-{n:06d}")),
        "kvk": rng.choice((kvk, f"{kvk[:2]}.{kvk[2:5]}.{kvk[5:]}")),
        "po": rng.choice(
            (f"vergunning OV-{rng.randint(1000, 9999)}", f"ontheffing nr. {rng.randint(100, 999)}")
        ),
        "project": rng.choice(
            (
                f"opdracht OP-{n % 100_000:05d}",
                f"projectnr. {rng.randint(1000, 9999)}",
                f"fase {rng.randint(1, 4)}",
            )
        ),
        "besluit": rng.choice(
            (
                f"raadsbesluit {rng.randint(10, 99)}/2026",
                f"het collegebesluit van {rng.randint(1, 28)} {month2}",
            )
        ),
        "factuur": rng.choice(
            (
                f"factuurnr. {rng.randint(100_000, 999_999)}",
                f"debiteur {rng.randint(10_000, 99_999)}",
            )
        ),
        "ref": rng.choice(
            (
                f"lichtmast {rng.randint(100, 999)}",
                f"boomnr. {rng.randint(1000, 9999)}",
                f"gemaal G{rng.randint(10, 99)}",
            )
        ),
        "org_phone": rng.choice(("112", "0900-8844", "088 - 2468000")),
        "hours": rng.choice(("ma t/m vr 8.30-17.00", "op dinsdagochtend", "vanaf 13 uur")),
        "timespan": rng.choice(
            (
                "morgenochtend",
                f"tussen {hour} en {hour + 1} uur",
                f"na {hour}.15",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2}-{m2}-'26",
                f"{WEEKDAYS[rng.randint(0, 4)]} {d2} {month2}",
                f"{d2:02d}.{m2:02d}.2026",
                f"uiterlijk {d2} {month2}",
                f"2026-{m2:02d}-{d2:02d}",
            )
        ),
        "time": rng.choice((f"{hour}.{minute:02d}u", f"{hour}h{minute:02d}", f"kwart over {hour}")),
        "time2": f"{hour + 1}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(10, 999)},{rng.randint(0, 99):02d}",
                f"{rng.randint(10, 999)},- euro",
                f"EUR {rng.randint(1, 9)}.{rng.randint(100, 999)},00",
            )
        ),
        "amount2": rng.choice((f"€ {rng.randint(20, 900)}", f"{rng.randint(20, 900)} EUR")),
    }


BLIND26_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "DINSDAG", "ZATERDAG"),
    join_notices=(
        "{colleague} heeft {word_first} ☂ en {mate} toegevoegd",
        '{other} wijzigde de groepsnaam in "{group}"',
        "{name} heeft de groepsafbeelding gewijzigd",
        "✿ {mate_short} heeft {push} toegevoegd via een uitnodiging",
    ),
    later_notices=(
        "{word_first} ☂ heeft {kid} verwijderd",
        "{other} is uit de groep gestapt",
        "{colleague} is als beheerder gestopt",
        "{name_rev} is binnengekomen via de link van de groep",
        "{mate} is overgestapt naar {phone3}",
    ),
    direct_notices=(
        "Gemiste video-oproep van {name} om {time}",
        "{other} is onbekend · Blokkeren of toevoegen",
        "{firm} is een geverifieerd bedrijf.",
        "{other} heeft berichten die na 7 dagen verdwijnen aangezet.",
    ),
    replies=(
        "Top, {first}, dank je!",
        "Wil je {phone3} nog terugbellen?",
        "{sur_title} weet het al, hoor.",
        "Vastgelegd onder {zaak}, {mate_first}.",
        "Op welk nummer aan de {street2}?",
        "Kijk even op {url}.",
        "Graag uiterlijk {date}, {nick}.",
        "Alles op {url_gem}, {other_first}.",
        "Bellen mag ook via {switch_var}.",
        "Graag naar {iban_gem}.",
        "Per brief via {postbus}.",
        "Een mailtje naar {mailbox2} kan ook.",
        "Fijne dag in {village}, {kid}!",
        "App gerust {wa_gem}.",
        "{official} zoekt {neighbour_lc} morgen op.",
    ),
    card_owners=(
        "{word_first} ☂",
        "{double}",
        "✿ {mate_short}",
        "Gemeente Meppel Openbare Ruimte",
    ),
    forwarded=("Doorgestuurd", "Doorgestuurd", "Vaak doorgestuurd"),
    messages=8,
    forward_at=(0, 2, 5),
    quote_at=(1, 3, 6, 7),
    card_at=(2, 5, -1),
    media_at=(1, 3, 6),
    locations=(
        "Beverdam|{addr2}, {postcode} {village}",
        "Zoutkist leeg|{street2}, {village}",
        "Live locatie van ✿ {mate_short}|nog {time2}",
        "Gemaal|{place}, {village}",
    ),
    location_at=(1, 4, 6),
    text_shares=(0.58, 0.66, 0.75, 0.85),
    photo_plates=("{plate}",),
    documents=(
        "Ingesproken {name_lc}.opus|0:48 · Audio",
        "Aanvraag afkoppelsubsidie {other}.pdf|2 pagina's · PDF · 180 kB",
        "Foto rijbewijs {name_rev}.heic|HEIC · 1,4 MB",
        "Tekening {addr3}.pdf|1 pagina · PDF · 96 kB",
        "Prijsopgave {firm} {project}.pdf|2 pagina's · PDF · 72 kB",
        "Visitekaartje {mate}.vcf|vCard · 1 kB",
    ),
    document_at=(0, 3, 7),
)

BLIND27_ORGANISATIONS = (
    "Stichting Dierenambulance Meppel",
    "ROVA Meppel",
    "IVN Meppel",
    "Landschapsbeheer Drenthe",
    "Stichting Knotwilgen Reestdal",
    "ProRail",
)
# Firms, some named after a word or a name of the pool: must-keep.
BLIND27_FIRMS = (
    "Boomkwekerij De Wilg",
    "Hoveniersbedrijf Beuk & Zn",
    "Houthandel De Lariks",
    "Timmerbedrijf Plank B.V.",
    "Loonbedrijf Dolfing",
    "Rioolservice Nijland",
    "Tuincentrum De Vlier",
    "Stratenmakersbedrijf Ter Wee",
)
# Schools and public buildings: must-keep.
BLIND27_SCHOOLS = (
    "OBS De Populier",
    "CBS De Hazelaar",
    "Museum De Wemme",
    "Sporthal Ezinge",
)
# The villages and hamlets of the municipality, and the town, named in addresses: must-keep.
BLIND27_VILLAGES = (
    "Meppel",
    "Nijeveen",
    "Havelte",
    "Rogat",
    "Broekhuizen",
    "De Schiphorst",
    "Kolderveen",
)
BLIND27_POSTCODE_DIGITS = ("7941", "7945", "7947", "7971", "7973", "7949")
BLIND27_EVENTS = (
    "de Nationale Boomfeestdag",
    "de Natuurwerkdag",
    "de Oogstmarkt in het Wilhelminapark",
    "de Landelijke Compostdag",
)
# Officials named by their role only: must-keep.
BLIND27_OFFICIALS = (
    "De boomdeskundige",
    "De havenmeester",
    "De handhaver parkeren",
    "De groenbeheerder",
    "De rioolbeheerder",
    "Wethouder Groen",
    "De buurtconciërge",
)
# The names their friends and family use.
BLIND27_NICKNAMES = {
    "Kade": "Kaatje",
    "Bes": "Bessie",
    "Dahlia": "Dahl",
    "Magnolia": "Nola",
    "Dille": "Dil",
    "Gerlof": "Loffie",
    "Jikke": "Jik",
    "Rúni": "Rúnsi",
    "Sólja": "Sollie",
    "Jordi": "Jordiet",
    "Montserrat": "Montse",
    "Ferran": "Ferranet",
    "Wideline": "Wiwi",
    "Jean-Robert": "Janrob",
    "Aibek": "Aibo",
    "Nurgül": "Nuri",
}
# A house number's toevoeging as people write it.
BLIND27_TOEVOEGINGEN = (
    " ter",
    "-III",
    " kamer 2",
    "-C1",
    " hs",
    " achter",
    "+1",
    "D",
)
# Digits OCR confuses with letters or each other (3/8, 7/1, 0/O, 6/b), drawn more often.
CONFUSABLE27 = "33770066"


def _digits27(rng: random.Random, n: int) -> str:
    """Digits, half of them from the confusable ones."""
    return "".join(
        rng.choice(CONFUSABLE27) if rng.random() < 0.5 else str(rng.randint(0, 9)) for _ in range(n)
    )


def _mobile27(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in writings of its own; `parts`: written in three words or more."""
    r = rng.choice("123456") + _digits27(rng, 7)
    spread = (
        f"06 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+31 (6) {r[:4]} {r[4:]}",
        f"0 6 {r[:4]} {r[4:]}",
        f"+31 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"06 - {r[:4]} {r[4:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06/{r}",
        f"+316{r}",
        f"06_{r[:4]}_{r[4:]}",
        f"0031-6-{r}",
        f"06 {r[:4]}-{r[4:]}",
    )
    return rng.choice((*spread, *flat))


def _abroad27(rng: random.Random) -> str:
    """A mobile number in the Faroe Islands, Catalonia (Spain), Haiti, Kyrgyzstan, Iceland or
    Greenland."""
    r = _digits27(rng, 10)
    return rng.choice(
        (
            f"+298 2{r[:5]}",
            f"+34 7{r[:2]} {r[2:4]} {r[4:6]} {r[6:8]}",
            f"+509 3{r[:3]} {r[3:7]}",
            f"+996 70{r[:1]} {r[1:4]} {r[4:7]}",
            f"+354 8{r[:2]} {r[2:6]}",
            f"+299 5{r[:5]}",
        )
    )


def _landline27(rng: random.Random) -> str:
    """A landline of Meppel, Steenwijk, Zwolle or Hoogeveen (not the municipality's): ten
    digits with the area code."""
    area = rng.choice(("0522", "0521", "038", "0528"))
    r = rng.choice("2345678") + _digits27(rng, 9 - len(area))
    return rng.choice(
        (
            f"{area}/{r}",
            f"{area} {r[:3]} {r[3:]}",
            f"+31 {area[1:]}-{r}",
            f"({area}) {r[:2]}.{r[2:4]}.{r[4:]}",
            f"{area} {r[:2]}-{r[2:4]}-{r[4:]}",
        )
    )


def _iban27(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """A Dutch IBAN by four with slashes, by four with a space after the country only, or in
    groups of two and four; one flat in capitals or with a space after the bank; one lowercase by
    four or with the check digits in capitals."""

    def compact() -> str:
        return _iban_compact("NL", rng.choice(banks) + _digits27(rng, 10))

    c = compact()
    grouped = rng.choice(
        (
            "/".join(_in_fours(c).split()),
            f"{c[:2]} {c[2:4]} {c[4:8]} {c[8:12]} {c[12:16]} {c[16:]}",
            f"{c[:4]} {c[4:8]} {c[8:10]} {c[10:14]} {c[14:]}",
        )
    )
    c = compact()
    flat = rng.choice((c, f"{c[:8]} {c[8:]}"))
    c = compact()
    lower = rng.choice((_in_fours(c).lower(), f"nl{c[2:4]} {c[4:].lower()}"))
    return grouped, flat, lower


def _foreign_iban27(rng: random.Random) -> str:
    """A Faroese, Greenlandic or San Marino IBAN, by four."""
    while True:
        country = rng.choice(("FO", "GL", "SM"))
        if country in ("FO", "GL"):
            body = _digits27(rng, 14)
        else:
            body = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + _digits27(rng, 10) + _digits27(rng, 12)
        c = _iban_compact(country, body)
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob27(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (slashes with spaces, the year first with dots, a short year
    with dashes and leading zeros, day and month glued) and one in words (a capitalised month,
    a short month with a dot, the weekday after a comma, "de 3e")."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2021)
    digits = rng.choice(
        (
            f"{day:02d} / {month:02d} / {year}",
            f"{year}.{month:02d}.{day:02d}",
            f"{day:02d}-{month:02d}-{year % 100:02d}",
            f"{day:02d}{month:02d}{year}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2021)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1]
    words = rng.choice(
        (
            f"{day} {name.capitalize()} {year}",
            f"{day} {short}. {year}",
            f"{WEEKDAYS[rng.randint(0, 6)]}, {day} {name} {year}",
            f"de {day}e van {name} {year}",
        )
    )
    return digits, words


def _blind27_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Kade", "Bes", "Dahlia", "Magnolia", "Dille").
    word_first = rng.choice(
        [n for n in pools.first_names[:5] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 240)}{rng.choice(BLIND27_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 150), rng.randint(1, 99)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND27_POSTCODE_DIGITS)
    letters = rng.choice("DFJLRTXZ") + rng.choice("DFJLRTXZ")
    dob, dob_text = _dob27(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 15), rng.choice((0, 10, 20, 40, 50))
    nick = BLIND27_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur).replace(" ", ""), _ascii16(nick)
    o = _ascii16(other_sur).replace(" ", "").replace("-", "")
    year = rng.randint(1950, 2010)
    n = rng.randint(1, 99_999)
    kvk = "".join(str(rng.randint(0, 9)) for _ in range(8))
    iban, iban_flat, iban_lc = _iban27(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    initial2 = rng.choice("TFJR")
    village = rng.choice(BLIND27_VILLAGES)
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "word_nick": BLIND27_NICKNAMES[word_first],
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # A double name with "-", a couple with "en", a name with "gehuwd met" or "e.v." (wife of).
        "double": rng.choice(
            (
                f"{first} {_title(sur)}-{_title(mate_sur)}",
                f"{first} en {mate_first} {_title(sur)}",
                f"{first} {_title(mate_sur)} e.v. {_title(sur)}",
                f"{first} {_title(sur)} gehuwd met {_title(mate_sur)}",
            )
        ),
        # As on a form or a list: the surname first.
        "name_rev": rng.choice(
            (
                f"{_title(sur)}, {first[0]}.",
                f"{sur.upper()} {first}",
                f"{_title(sur)}/{first}",
                f"{_title(sur)}, {first} ({initial2}.)",
            )
        ),
        "initials": rng.choice(
            (
                f"De heer {first[0]}. {_title(other_sur)}",
                f"Mevr. {first[0]}.{initial2}. {_title(sur)}",
                f"Fam. {_title(other_sur)}-{_title(sur)}",
                f"{first[0]}{initial2} {_title(other_sur)}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        "other_initials": f"{other_first[0]}.{initial2}. {_title(other_sur)}",
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        "mate_short": f"{BLIND27_NICKNAMES[mate_first]} {_title(mate_sur)[0]}",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND27_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND27_NICKNAMES[push],
        "phone": _mobile27(rng),
        "phone2": _mobile27(rng),
        "phone3": _mobile27(rng, parts=True),
        "phone_abroad": _abroad27(rng),
        "landline": _landline27(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban27(rng),
        "bsn": rng.choice((bsn, f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:4]} {bsn[4:]}",
                f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
                f"{bsn[:2]}-{bsn[2:5]}-{bsn[5:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND27_TOEVOEGINGEN)}",
                f"{street2} {n2}",
                f"{street2} nummer {n2}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}",
                f"{street3} {n3}/{n3 + 1}",
                f"{street3} {n3}{rng.choice(BLIND27_TOEVOEGINGEN)}",
                f"{street3} nr {n3}",
            )
        ),
        "postcode": rng.choice(
            (f"{digits} {letters}", f"{digits}{letters}", f"{digits}-{letters}")
        ),
        "postcode_odd": rng.choice(
            (
                f"{digits} {letters.lower()}",
                f"{digits}.{letters}",
                f"NL-{digits} {letters}",
            )
        ),
        "email": rng.choice(
            (
                f"{c}.{f}@gmail.example",
                f"{f[0]}{c}{year % 100:02d}@caiway.example",
                f"{k}.{o}@icloud.example",
                f"{o}-{f}@planet.example",
            )
        ),
        "email2": rng.choice(
            (
                f"{f}_{o}@xs4all.example",
                f"{k}{year}@live.example",
                f"info@{c}{o}.example",
            )
        ),
        "url": rng.choice(
            (
                f"instagram.com/{k}_{c}",
                f"tiktok.com/@{f}{o}",
                f"youtube.com/@{c}.{f}",
                f"flickr.com/photos/{f}-{o}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.replace("-", ""), plate.lower())),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "village": village,
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND27_ORGANISATIONS),
        "firm": rng.choice(BLIND27_FIRMS),
        "school": rng.choice(BLIND27_SCHOOLS),
        "event": rng.choice(BLIND27_EVENTS),
        "official": rng.choice(BLIND27_OFFICIALS),
        "btw": _btw11(rng),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14 05 22", "140522", "14/0522")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "0522-859500", "0522 - 85 95 00")),
        "switch_alt": rng.choice(
            (
                "+31(0)522859500",
                "0031-522-859500",
                "+31 522 859500",
                "+31 (522) 85 95 00",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "groen@meppel.nl",
                "haven@meppel.nl",
                "parkeren@meppel.nl",
                "Info@Meppel.nl",
            )
        ),
        "wa_gem": rng.choice(("0614000522", "06-1400-0522", "06 1400 05 22")),
        "url_gem": rng.choice(
            (
                "meppel.nl/bomen",
                "www.meppel.nl/haven",
                "https://meppel.nl/parkeren",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501 7940AM Meppel", "POSTBUS 501, 7940 AM MEPPEL")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN_TAXES,
                "/".join(MUNICIPAL_IBAN.split()),
                MUNICIPAL_IBAN_TAXES.replace(" ", "").lower(),
            )
        ),
        "zaak": rng.choice((f"zaaknr. Z/{n:06d}", f"Z27.{n:06d}", f"dossiernummer {n:05d}-27")),
        "kenmerk": rng.choice((f"ons kenmerk GR/{n:05d}", f"ref. 27-{n:05d}")),
        "melding": rng.choice((f"meldingnr. {n:06d}", f"BOR/{n:06d}")),
        "kvk": rng.choice((kvk, f"{kvk[:4]} {kvk[4:]}")),
        "po": rng.choice(
            (f"vergunning GV-{rng.randint(1000, 9999)}", f"standplaatsnr. {rng.randint(10, 99)}")
        ),
        "project": rng.choice(
            (
                f"werkorder WO-{n % 100_000:05d}",
                f"projectcode {rng.randint(1000, 9999)}",
                f"perceel {rng.randint(1, 9)}",
            )
        ),
        "besluit": rng.choice(
            (
                f"besluit B&W {rng.randint(10, 99)}-2026",
                f"het raadsbesluit van {rng.randint(1, 28)} {month2}",
            )
        ),
        "factuur": rng.choice(
            (
                f"factuur F{rng.randint(100_000, 999_999)}",
                f"debiteurnr. {rng.randint(10_000, 99_999)}",
            )
        ),
        "ref": rng.choice(
            (
                f"boom {rng.randint(1000, 9999)}",
                f"ligplaats L{rng.randint(10, 99)}",
                f"put {rng.randint(100, 999)}",
            )
        ),
        "org_phone": rng.choice(("112", "0900-0245", "038 - 4567000")),
        "hours": rng.choice(("za 9-12 uur", "op woensdagmiddag", "tot 16.30 uur")),
        "timespan": rng.choice(
            (
                "overmorgen",
                f"tussen {hour}.00 en {hour + 2}.00",
                f"rond {hour} uur",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2:02d}/{m2:02d}/26",
                f"{WEEKDAYS[rng.randint(0, 4)]} de {d2}e",
                f"{d2}.{m2}.2026",
                f"vóór {d2} {month2}",
                f"{d2} {BLIND16_MONTH_ABBREVIATIONS[m2 - 1]}. '26",
            )
        ),
        "time": rng.choice(
            (f"{hour}:{minute:02d} uur", f"{hour}u{minute:02d}", f"half {hour + 1}")
        ),
        "time2": f"{hour + 2}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€{rng.randint(10, 999)},{rng.randint(0, 99):02d}",
                f"{rng.randint(10, 999)} euro",
                f"€ {rng.randint(1, 9)}.{rng.randint(100, 999)},-",
            )
        ),
        "amount2": rng.choice((f"€ {rng.randint(20, 900)},-", f"EUR {rng.randint(20, 900)}")),
    }


BLIND27_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "WOENSDAG", "VRIJDAG"),
    join_notices=(
        "{colleague} heeft {word_first} ♣ en {mate} toegevoegd",
        '{other} heeft de groepsnaam gewijzigd naar "{group}"',
        "{name} wijzigde de groepsbeschrijving",
        "❦ {mate_short} heeft {push} toegevoegd via een link",
    ),
    later_notices=(
        "{word_first} ♣ heeft {kid} uit de groep verwijderd",
        "{other} heeft de groep verlaten (ging weg)",
        "{colleague} is geen groepsbeheerder meer",
        "{name_rev} is via de groepslink lid geworden",
        "{mate} is gewisseld naar een nieuw nummer: {phone3}",
    ),
    direct_notices=(
        "Gemiste spraakoproep van {name} om {time}",
        "{other} staat niet in je contacten · Blokkeren",
        "{firm} gebruikt een zakelijk account.",
        "{other} heeft verdwijnende berichten uitgeschakeld.",
    ),
    replies=(
        "Prima geregeld, {first}!",
        "Kun je {phone3} even bellen?",
        "{sur_title} is al op de hoogte.",
        "Staat onder {zaak}, {mate_first}.",
        "Welk huisnummer is het aan de {street2}?",
        "Foto staat op {url}.",
        "Graag vóór {date}, {nick}.",
        "Lees meer op {url_gem}, {other_first}.",
        "Bellen kan via {switch_var}.",
        "Graag overmaken op {iban_gem}.",
        "Schriftelijk kan naar {postbus}.",
        "Of mail {mailbox2} even.",
        "Groetjes uit {village}, {kid}!",
        "WhatsApp {wa_gem} kan ook.",
        "{official} belt {neighbour_lc} vanmiddag.",
    ),
    card_owners=(
        "{word_first} ♣",
        "{double}",
        "❦ {mate_short}",
        "Gemeente Meppel Groen",
    ),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd", "Doorgestuurd"),
    messages=8,
    forward_at=(1, 3, 6),
    quote_at=(2, 4, 5, 7),
    card_at=(3, 6, -1),
    media_at=(0, 4, 6),
    locations=(
        "Geboorteboom|{addr2}, {postcode} {village}",
        "Bladkorf vol|{street2}, {village}",
        "Live locatie van ❦ {mate_short}|tot {time2}",
        "Ligplaats|{place}, {village}",
    ),
    location_at=(2, 4, 7),
    text_shares=(0.55, 0.64, 0.72, 0.82),
    photo_plates=("{plate}",),
    documents=(
        "Spraakbericht {name_lc}.m4a|1:12 · Audio",
        "Bezwaar kapbesluit {other}.pdf|3 pagina's · PDF · 210 kB",
        "Scan paspoort {name_rev}.jpg|JPG · 2,1 MB",
        "Situatieschets {addr3}.pdf|1 pagina · PDF · 88 kB",
        "Offerte {firm} {project}.pdf|3 pagina's · PDF · 64 kB",
        "Contactkaart {mate}.vcf|vCard · 2 kB",
    ),
    document_at=(1, 4, 7),
)


BLIND28_ORGANISATIONS = (
    "IJsvereniging Meppel",
    "Stichting Gondelvaart Meppel",
    "Kinderboerderij De Bult",
    "Oranjevereniging Nijeveen",
    "Reddingsbrigade Meppel",
    "Politie Drenthe",
)
# Firms, some named after a word or a name of the pool: must-keep.
BLIND28_FIRMS = (
    "Jachthaven De Boei",
    "Zeilmakerij Spriet & Zn",
    "Scheepswerf Roer B.V.",
    "Rondvaart De Vlet",
    "Bootverhuur Kiel",
    "Fietsdepot Kapanadze",
    "Evenementenbureau Van der Lugt",
    "Verhuurbedrijf De Steiger",
)
# Schools and public buildings: must-keep.
BLIND28_SCHOOLS = (
    "OBS Het Roer",
    "CBS De Praam",
    "Zwembad De Bijenkorf",
    "Bibliotheek Meppel",
)
# The town and the villages named in addresses: must-keep.
BLIND28_VILLAGES = (
    "Meppel",
    "Nijeveen",
    "Rogat",
    "Broekhuizen",
    "De Schiphorst",
    "Kolderveen",
    "Nijentap",
)
BLIND28_POSTCODE_DIGITS = ("7942", "7944", "7946", "7948", "7951", "7961")
BLIND28_EVENTS = (
    "de Gondelvaart",
    "de Sinterklaasintocht",
    "de Nationale Dodenherdenking",
    "de Meppeler Donderdagen",
)
# Officials named by their role only: must-keep.
BLIND28_OFFICIALS = (
    "De evenementencoördinator",
    "De ambtenaar burgerlijke stand",
    "De baliemedewerker",
    "De BOA",
    "De sluiswachter",
    "Burgemeester Koopmans",
    "De kabinetschef",
)
# The names their friends and family use.
BLIND28_NICKNAMES = {
    "Anemoon": "Moontje",
    "Saffier": "Saf",
    "Opaal": "Opaaltje",
    "Nova": "Noof",
    "Wolk": "Wolkje",
    "Tharshan": "Tharsh",
    "Niroshini": "Nishi",
    "Giorgi": "Gogi",
    "Tamari": "Tamo",
    "Enkhjargal": "Enkhee",
    "Oyunaa": "Oyu",
    "Temuulen": "Temka",
    "Emina": "Emi",
    "Edin": "Edo",
    "Geessien": "Sien",
    "Hindrik": "Hinnerk",
}
# A house number's toevoeging as people write it.
BLIND28_TOEVOEGINGEN = (
    " bis-A",
    " 1e etage",
    "-A02",
    " unit B",
    " zw",
    "-2hoog",
    "½",
    " t/o",
)
# Digits OCR confuses with letters or each other (5/S, 8/B, 1/I, 6/G), drawn more often.
CONFUSABLE28 = "558811660123456789"


def _digits28(rng: random.Random, n: int) -> str:
    """Digits, about half of them the confusable ones."""
    return "".join(rng.choice(CONFUSABLE28) for _ in range(n))


def _mobile28(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in writings of its own; `parts`: written in three words or more."""
    r = rng.choice("1235678") + _digits28(rng, 7)
    spread = (
        f"(06) {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+31 6 {r[:3]} {r[3:6]} {r[6:]}",
        f"06 {r[:3]} {r[3:6]} {r[6:]}",
        f"0031 6 {r[:4]} {r[4:]}",
        f"+31 (0) 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"(06){r}",
        f"+31 06{r}",
        f"06.{r[:4]}.{r[4:]}",
        f"06-{r[:3]}-{r[3:5]}-{r[5:]}",
    )
    return rng.choice((*spread, *flat))


def _abroad28(rng: random.Random) -> str:
    """A mobile number in Sri Lanka, Georgia, Mongolia or Bosnia and Herzegovina."""
    r = _digits28(rng, 10)
    return rng.choice(
        (
            f"+94 77 {r[:3]} {r[3:7]}",
            f"+94 (0)71-{r[:7]}",
            f"+995 599 {r[:2]} {r[2:4]} {r[4:6]}",
            f"+976 99{r[:2]} {r[2:6]}",
            f"+387 61 {r[:3]} {r[3:6]}",
            f"+387 (0)62 {r[:3]}-{r[3:6]}",
        )
    )


def _landline28(rng: random.Random) -> str:
    """A landline of Meppel, Assen, Emmen or Heerenveen (not the municipality's)."""
    area = rng.choice(("0522", "0592", "0591", "0513"))
    r = rng.choice("2345678") + _digits28(rng, 5)
    return rng.choice(
        (
            f"{area}-{r[:2]} {r[2:4]} {r[4:]}",
            f"({area}) {r[:3]} {r[3:]}",
            f"+31 (0){area[1:]} {r}",
            f"{area}.{r}",
            f"{area} {r[:4]} {r[4:]}",
        )
    )


def _iban28(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """Dutch IBANs: by four with dots, the account in two fives, or "IBAN"-less with the country
    apart; one flat or with a space after the bank code; one in lower case with dots or spaces."""

    def compact() -> str:
        return _iban_compact("NL", rng.choice(banks) + _digits28(rng, 10))

    c = compact()
    grouped = rng.choice(
        (
            ".".join(_in_fours(c).split()),
            f"{c[:4]} {c[4:8]} {c[8:13]} {c[13:]}",
            f"NL {c[2:4]} {c[4:8]} {c[8:12]} {c[12:16]} {c[16:]}",
        )
    )
    c = compact()
    flat = rng.choice((c, f"{c[:4]}{c[4:8]} {c[8:]}"))
    c = compact()
    lower = rng.choice((".".join(_in_fours(c).lower().split()), _in_fours(c).lower()))
    return grouped, flat, lower


def _foreign_iban28(rng: random.Random) -> str:
    """A Georgian or a Bosnian IBAN, by four."""
    while True:
        if rng.random() < 0.5:
            c = _iban_compact("GE", rng.choice(("TB", "BG", "LB")) + _digits28(rng, 16))
        else:
            c = _iban_compact("BA", _digits28(rng, 16))
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob28(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (dots, slashes with a short year after an apostrophe, the ISO
    order, one-digit day and month with dashes) and one in words (a month without a dot, with
    dashes, the month first, "3e" and a short year)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1924, 2020)
    digits = rng.choice(
        (
            f"{day:02d}.{month:02d}.{year}",
            f"{day}/{month}/'{year % 100:02d}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}-{month}-{year}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1924, 2020)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1]
    words = rng.choice(
        (
            f"{day} {short} {year}",
            f"{day}-{short}-{year}",
            f"{name} {day}, {year}",
            f"{day}e {name} '{year % 100:02d}",
        )
    )
    return digits, words


def _particle_last(name: str) -> tuple[str, str]:
    """A surname's core and its particle ("Riet", "van 't"), as an alphabetical list splits it."""
    words = name.split()
    core = next(i for i, w in enumerate(words) if w[0].isupper())
    return " ".join(words[core:]), " ".join(words[:core])


def _blind28_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Fleur", "Lieve", "Noor", "Puck", "Lotus").
    word_first = rng.choice(
        [n for n in pools.first_names[:5] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 260)}{rng.choice(BLIND28_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 180), rng.randint(1, 88)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND28_POSTCODE_DIGITS)
    letters = rng.choice("BGSZHK") + rng.choice("BGSZHKLR")
    dob, dob_text = _dob28(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(9, 16), rng.choice((0, 5, 25, 35, 55))
    nick = BLIND28_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur).replace(" ", ""), _ascii16(nick)
    o = _ascii16(other_sur).replace(" ", "").replace("'", "")
    year = rng.randint(1948, 2009)
    n = rng.randint(1, 99_999)
    kvk = _digits28(rng, 8)
    iban, iban_flat, iban_lc = _iban28(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    i2, i3 = rng.sample("GSBZHW", 2)
    core, particle = _particle_last(other_sur)
    village = rng.choice(BLIND28_VILLAGES)
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "word_nick": BLIND28_NICKNAMES[word_first],
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # A double name with a spaced dash, a maiden name after "geb.", "weduwe van", a couple
        # with "&".
        "double": rng.choice(
            (
                f"{first} {_title(sur)} - {_title(mate_sur)}",
                f"{first} {_title(sur)} (geb. {_title(mate_sur)})",
                f"{first} weduwe van {_title(mate_sur)}",
                f"{first} & {mate_first} {_title(sur)}",
            )
        ),
        # As on a list: the surname first, its particle after the first name, or in capitals.
        "name_rev": rng.choice(
            (
                f"{_title(sur)}, {first[0]}.{i2}.",
                f"{core}, {first} {particle}".strip(),
                f"{_title(sur)} {first[0]}.",
                f"{sur.upper()}, {first}",
            )
        ),
        "initials": rng.choice(
            (
                f"{first[0]}.{i2}.{i3}. {other_sur}",
                f"mw. {first[0]}. {_title(sur)}",
                f"dhr. {_title(other_sur)}",
                f"wed. {_title(sur)}-{_title(other_sur)}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        # As on a list: the particle after the initial ("Riet, A. van 't").
        "other_initials": f"{core}, {other_first[0]}. {particle}".strip(),
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        # A nickname with the surname in brackets ("Yoni (Tesfamariam)").
        "mate_short": f"{BLIND28_NICKNAMES[mate_first]} ({_title(mate_sur)})",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND28_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND28_NICKNAMES[push],
        "phone": _mobile28(rng),
        "phone2": _mobile28(rng),
        "phone3": _mobile28(rng, parts=True),
        "phone_abroad": _abroad28(rng),
        "landline": _landline28(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban28(rng),
        "bsn": rng.choice((bsn, f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:2]} {bsn[2:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:2]}.{bsn[2:4]}.{bsn[4:6]}.{bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND28_TOEVOEGINGEN)}",
                f"{street2} {n2}",
                f"{street2} no. {n2}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}",
                f"{street3} {n3} t/m {n3 + 4}",
                f"{street3} {n3}{rng.choice(BLIND28_TOEVOEGINGEN)}",
                f"{street3} huisnr. {n3}",
            )
        ),
        "postcode": rng.choice(
            (f"{digits} {letters}", f"{digits}{letters}", f"{digits}  {letters}")
        ),
        "postcode_odd": rng.choice(
            (
                f"{digits}{letters.lower()}",
                f"{digits} {letters[0]} {letters[1]}",
                f"{digits}/{letters}",
            )
        ),
        "email": rng.choice(
            (
                f"{f[:4]}.{c}{year % 100:02d}@hotmail.example",
                f"{c}-{o}.familie@ziggo.example",
                f"{k}.{o}{year % 100:02d}@outlook.example",
                f"{f[0]}.{c}@kpnmail.example",
            )
        ),
        "email2": rng.choice(
            (
                f"{o}.{f}.{c}@gmail.example",
                f"{k}_{c}@yahoo.example",
                f"secr.{c}@club.example",
            )
        ),
        "url": rng.choice(
            (
                f"facebook.com/{f}.{o}",
                f"instagram.com/{k}.{c}",
                f"linkedin.com/in/{f}-{c}-{o}",
                f"strava.com/athletes/{k}{o}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.replace("-", " "), plate.replace("-", "").lower())),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "village": village,
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND28_ORGANISATIONS),
        "firm": rng.choice(BLIND28_FIRMS),
        "school": rng.choice(BLIND28_SCHOOLS),
        "event": rng.choice(BLIND28_EVENTS),
        "official": rng.choice(BLIND28_OFFICIALS),
        "btw": _btw11(rng),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14-0522", "14 - 0522", "14 0 522")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "0522-85 95 00", "(0522)859500")),
        "switch_alt": rng.choice(
            (
                "+31 522 85 95 00",
                "+31-(0)522-859500",
                "0031 522 85 95 00",
                "+31 522 859 500",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "evenementen@meppel.nl",
                "burgerzaken@meppel.nl",
                "vergunningen@meppel.nl",
                "INFO@MEPPEL.NL",
            )
        ),
        "wa_gem": rng.choice(("06-14000522", "+31 6 1400 0522", "06 14 000 522")),
        "url_gem": rng.choice(
            (
                "meppel.nl/evenementen",
                "www.meppel.nl/burgerzaken",
                "https://www.meppel.nl/vergunningen",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501 | 7940 AM Meppel", "postbus 501, 7940 AM Meppel")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN_TAXES,
                MUNICIPAL_IBAN.replace(" ", ""),
                MUNICIPAL_IBAN_TAXES.lower(),
                "NL 36 BNGH 0285 0075 31",
            )
        ),
        "zaak": rng.choice((f"zaak 2026-{n:06d}", f"Z-26-{n:05d}", f"aanvraagnr. {n:05d}/26")),
        "kenmerk": rng.choice((f"kenmerk EV/2026/{n:05d}", f"uw ref. BZ-{n:05d}")),
        "melding": rng.choice((f"melding M-{n:06d}", f"MOR {n:06d}")),
        "kvk": rng.choice((kvk, f"{kvk[:2]} {kvk[2:5]} {kvk[5:]}")),
        "po": rng.choice(
            (f"ontheffing APV-{rng.randint(100, 999)}", f"vergunning EVV {rng.randint(10, 99)}/26")
        ),
        "project": rng.choice(
            (
                f"opdracht OPD-{n % 10_000:04d}",
                f"kostenplaats {rng.randint(6000, 6999)}",
                f"route {rng.randint(1, 9)}B",
            )
        ),
        "besluit": rng.choice(
            (
                f"APV-besluit {rng.randint(10, 99)}/2026",
                f"het collegebesluit van {rng.randint(1, 28)} {month2}",
            )
        ),
        "factuur": rng.choice(
            (
                f"factuurnr. 2026-{rng.randint(1000, 9999)}",
                f"betalingskenmerk {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            )
        ),
        "ref": rng.choice(
            (
                f"steiger S{rng.randint(1, 40)}",
                f"sluis {rng.randint(1, 5)}",
                f"kade-vak {rng.randint(10, 99)}",
            )
        ),
        "org_phone": rng.choice(("112", "0900-8844", "0800-1351")),
        "hours": rng.choice(("ma-vr 8.30-12.30", "op dinsdagavond", "tot 17.00 uur")),
        "timespan": rng.choice(
            (
                "na het weekend",
                f"tussen {hour}:00 en {hour + 1}:30",
                f"voor {hour} uur",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2:02d}.{m2:02d}.2026",
                f"{d2}/{m2}/'26",
                f"2026-{m2:02d}-{d2:02d}",
                f"uiterlijk {d2} {month2}",
                f"{WEEKDAYS[rng.randint(0, 5)]} {d2}-{m2}",
            )
        ),
        "time": rng.choice((f"{hour}.{minute:02d}u", f"{hour}:{minute:02d}", f"kwart over {hour}")),
        "time2": f"{hour + 3}.{minute:02d} uur",
        "amount": rng.choice(
            (
                f"€ {rng.randint(1, 9)}.{rng.randint(100, 999)},{rng.randint(0, 99):02d}",
                f"EUR {rng.randint(10, 999)},00",
                f"{rng.randint(10, 99)} euro's",
            )
        ),
        "amount2": rng.choice((f"€{rng.randint(15, 950)},-", f"€ {rng.randint(15, 950)},50")),
    }


BLIND28_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "DINSDAG", "ZATERDAG"),
    join_notices=(
        "{colleague} heeft {word_first} ⚓ en {mate} aan de groep toegevoegd",
        "{other} heeft het groepsicoon gewijzigd",
        "{name} heeft deze groep aangemaakt",
        "☆ {mate_short} heeft {push} uitgenodigd",
    ),
    later_notices=(
        "{word_first} ⚓ heeft {other} verwijderd",
        "{other_initials} is uit de groep gestapt",
        "{colleague} heeft {mate_short} tot beheerder gemaakt",
        "{name_rev} is lid geworden via een uitnodigingslink",
        "{mate} heeft een nieuw telefoonnummer: {phone3}",
    ),
    direct_notices=(
        "Gemist videogesprek van {name} · {time}",
        "{other} is geen contact · Toevoegen",
        "{firm} chat met je als zakelijk account.",
        "{other} heeft verdwijnende berichten ingeschakeld.",
    ),
    replies=(
        "Top geregeld, {first}!",
        "Bel jij {phone3} even terug?",
        "{sur_title} weet er al van.",
        "Zit in {zaak}, {mate_first}.",
        "Welk nummer aan de {street2}?",
        "Het filmpje: {url}.",
        "Graag {date}, {nick}.",
        "Zie {url_gem}, {other_first}.",
        "Bellen? {switch_var}.",
        "Betaling graag op {iban_gem}.",
        "Per brief: {postbus}.",
        "Mail ook {mailbox2} even.",
        "Klopt dit IBAN: {iban_foreign}?",
        "Appen mag ook: {wa_gem}.",
        "{official} belt {neighbour_lc} nog.",
    ),
    card_owners=(
        "{word_first} ⚓",
        "{double}",
        "☆ {mate_short}",
        "Gemeente Meppel Burgerzaken",
    ),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd", "Doorgestuurd"),
    messages=8,
    forward_at=(0, 2, 5),
    quote_at=(3, 4, 6, 7),
    card_at=(2, 5, -1),
    media_at=(1, 3, 5),
    locations=(
        "Startpunt optocht|{addr2}, {postcode} {village}",
        "Kermisterrein|{street2}, {village}",
        "Live locatie van ☆ {mate_short}|tot {time2}",
        "Aanlegsteiger|{place}, {village}",
    ),
    location_at=(1, 3, 6),
    text_shares=(0.58, 0.66, 0.74, 0.86),
    photo_plates=("{plate}",),
    documents=(
        "Spraakmemo {name_lc}.opus|0:48 · Audio",
        "Aanvraag ontheffing {other}.pdf|2 pagina's · PDF · 180 kB",
        "Kopie rijbewijs {name_rev}.jpeg|JPEG · 1,8 MB",
        "Plattegrond {addr3}.pdf|1 pagina · PDF · 120 kB",
        "Offerte {firm} {project}.pdf|2 pagina's · PDF · 55 kB",
        "Contact {mate}.vcf|vCard · 3 kB",
    ),
    document_at=(0, 4, 7),
)


BLIND29_ORGANISATIONS = (
    "Voedselbank Meppel",
    "Repair Café Meppel",
    "Scouting Meppel",
    "Stichting Taalhuis Meppel",
    "Vluchtelingenwerk Noord-Nederland",
    "Politie Drenthe",
)
# Firms, some named after a word or a name of the pool: must-keep.
BLIND29_FIRMS = (
    "Cateraar De Beker",
    "Pannenkoekenhuis De Pan",
    "Keukenstudio Schaal & Vork",
    "Taxi Trajkovski",
    "Schoonmaakbedrijf Alemayehu",
    "Fietsenmaker Rasp B.V.",
    "Zorgwinkel De Kom",
    "Verkeersregelaars Te Whare",
)
# Schools and public buildings: must-keep.
BLIND29_SCHOOLS = (
    "OBS De Kruik",
    "CBS Het Bord",
    "Schouwburg Ogterop",
    "Sporthal Ezinge",
    "Stadhuis Meppel",
)
# The town and the villages named in addresses: must-keep.
BLIND29_VILLAGES = (
    "Meppel",
    "Nijeveen",
    "Rogat",
    "Broekhuizen",
    "De Schiphorst",
    "Kolderveen",
    "Nijeveense Bovenboer",
)
BLIND29_POSTCODE_DIGITS = ("7941", "7943", "7944", "7942", "7948", "7949")
BLIND29_EVENTS = (
    "de Open Monumentendag",
    "de Avondvierdaagse",
    "de Nationale Opschoondag",
    "de gemeenteraadsverkiezingen",
    "de naturalisatieceremonie",
)
# Officials named by their role only: must-keep.
BLIND29_OFFICIALS = (
    "De buurtsportcoach",
    "De Wmo-consulent",
    "De wijkagent",
    "De stembureauvoorzitter",
    "De medewerker verkiezingen",
    "Wethouder Hagedoorn",
    "De conciërge van het stadhuis",
)
# The names their friends and family use.
BLIND29_NICKNAMES = {
    "Mirre": "Mirretje",
    "Keet": "Keetje",
    "Sering": "Sies",
    "Zilver": "Zil",
    "Roek": "Roekie",
    "Rodelio": "Lio",
    "Analyn": "Lyn",
    "Meseret": "Mesi",
    "Tewodros": "Teddy",
    "Blagoja": "Blaže",
    "Snežana": "Sneža",
    "Wiremu": "Wiri",
    "Aroha": "Ro",
    "Gwenaëlle": "Gwen",
    "Erwan": "Ewen",
    "Derk": "Dekkie",
    "Aaltien": "Tientje",
}
# A house number's toevoeging as people write it.
BLIND29_TOEVOEGINGEN = (
    " app. 3",
    "-bg",
    " II",
    "/4",
    " boven",
    "-01",
    " ws",
    " k12",
)
# Digits OCR confuses with letters or each other (2/Z, 4/A, 9/g, 0/O), drawn more often.
CONFUSABLE29 = "224499000123456789"


def _digits29(rng: random.Random, n: int) -> str:
    """Digits, about half of them the confusable ones."""
    return "".join(rng.choice(CONFUSABLE29) for _ in range(n))


def _mobile29(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in writings of its own; `parts`: written in three words or more."""
    r = rng.choice("1234569") + _digits29(rng, 7)
    spread = (
        f"06 - {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"+31-6-{r[:4]} {r[4:]}",
        f"(+31) 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"06 {r[:2]} {r[2:5]} {r[5:]}",
        f"+316 {r[:4]} {r[4:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06 {r}",
        f"06{r[:2]} {r[2:5]} {r[5:]}",
        f"+31 6-{r}",
        f"06–{r}",
    )
    return rng.choice((*spread, *flat))


def _abroad29(rng: random.Random) -> str:
    """A mobile number in the Philippines, Ethiopia, North Macedonia, New Zealand or France."""
    r = _digits29(rng, 10)
    return rng.choice(
        (
            f"+63 917 {r[:3]} {r[3:7]}",
            f"+63 (0)918-{r[:7]}",
            f"+251 91 {r[:3]} {r[3:7]}",
            f"+389 70 {r[:3]} {r[3:6]}",
            f"+64 21 {r[:3]} {r[3:7]}",
            f"+33 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:8]}",
        )
    )


def _landline29(rng: random.Random) -> str:
    """A landline of Meppel, Beilen, Dedemsvaart or Emmeloord (not the municipality's)."""
    area = rng.choice(("0522", "0593", "0523", "0527"))
    r = rng.choice("2345679") + _digits29(rng, 5)
    return rng.choice(
        (
            f"{area} - {r}",
            f"{area}/{r[:2]} {r[2:4]} {r[4:]}",
            f"+31 {area[1:]} {r[:3]} {r[3:]}",
            f"{area}-{r[:3]} {r[3:]}",
            f"({area[:4]}) {r[:2]}.{r[2:4]}.{r[4:]}",
        )
    )


def _iban29(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """Dutch IBANs: by four with dashes, the account in three, three and four, or by four after
    "IBAN:"-less; one flat or with a space after the country's check digits; one in lower case,
    flat or by four."""

    def compact() -> str:
        return _iban_compact("NL", rng.choice(banks) + _digits29(rng, 10))

    c = compact()
    grouped = rng.choice(
        (
            "-".join(_in_fours(c).split()),
            f"{c[:4]} {c[4:8]} {c[8:11]} {c[11:14]} {c[14:]}",
            _in_fours(c),
        )
    )
    c = compact()
    flat = rng.choice((c, f"{c[:4]} {c[4:]}"))
    c = compact()
    lower = rng.choice((c.lower(), _in_fours(c).lower()))
    return grouped, flat, lower


def _foreign_iban29(rng: random.Random) -> str:
    """A North Macedonian or a French IBAN, by four."""
    while True:
        if rng.random() < 0.5:
            c = _iban_compact("MK", _digits29(rng, 15))
        else:
            c = _iban_compact("FR", _digits29(rng, 23))
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob29(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (dashes, one-digit day and month with dots, slashes with a short
    year, dashes with a short year after an apostrophe) and one in words (a Roman month, a
    month in capitals as on a passport, an abbreviation with a short year, a weekday)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1924, 2020)
    digits = rng.choice(
        (
            f"{day:02d}-{month:02d}-{year}",
            f"{day}.{month}.{year}",
            f"{day:02d}/{month:02d}/{year % 100:02d}",
            f"{day}-{month}-'{year % 100:02d}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1924, 2020)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1]
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    words = rng.choice(
        (
            f"{day} {roman[month - 1]} {year}",
            f"{day:02d} {short.rstrip('.').upper()} {year}",
            f"{day} {short.rstrip('.')}. '{year % 100:02d}",
            f"{weekday} {day} {name} {year}",
        )
    )
    return digits, words


def _blind29_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Mirre", "Keet", "Sering", "Zilver", "Roek").
    word_first = rng.choice(
        [n for n in pools.first_names[:5] if n not in (first, other_first, mate_first)]
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 240)}{rng.choice(BLIND29_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 190), rng.randint(1, 96)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND29_POSTCODE_DIGITS)
    letters = rng.choice("DRNHKL") + rng.choice("DRNHPT")
    dob, dob_text = _dob29(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(9, 16), rng.choice((0, 10, 20, 40, 45))
    nick = BLIND29_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur).replace(" ", ""), _ascii16(nick)
    o = _ascii16(other_sur).replace(" ", "")
    year = rng.randint(1950, 2008)
    n = rng.randint(1, 99_999)
    kvk = _digits29(rng, 8)
    iban, iban_flat, iban_lc = _iban29(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    i2, i3 = rng.sample("DRNHKW", 2)
    core, particle = _particle_last(other_sur)
    village = rng.choice(BLIND29_VILLAGES)
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "word_nick": BLIND29_NICKNAMES[word_first],
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # A double name with a plain dash, "e/v" (echtgenote van), "en" and a maiden name after
        # a comma with "geb.".
        "double": rng.choice(
            (
                f"{first} {_title(mate_sur)}-{_title(sur)}",
                f"{first} {_title(sur)} e/v {_title(mate_sur)}",
                f"{first} en {mate_first} {_title(sur)}",
                f"{first} {_title(sur)}, geb. {_title(mate_sur)}",
            )
        ),
        # As on a list: the surname first in capitals with initials, its particle after the
        # initials, or with a semicolon.
        "name_rev": rng.choice(
            (
                f"{sur.upper()} {first[0]}.{i2}.",
                f"{core}, {first[0]}.{i2}. {particle}".strip(),
                f"{_title(sur)}; {first}",
                f"{_title(sur)}, {first} ({nick})",
            )
        ),
        "initials": rng.choice(
            (
                f"{first[0]}.{i2}.{i3}. {_title(other_sur)}",
                f"mevr. {first[0]}.{i2}. {_title(sur)}",
                f"de heer {first[0]}. {other_sur}",
                f"fam. {_title(sur)}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        # As on a list: the particle after the first name ("Lintelo, Derk te").
        "other_initials": f"{core}, {other_first} {particle}".strip(),
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        # A nickname with the surname ("Teddy Alemayehu"); saved with "(werk)" after it.
        "mate_short": f"{BLIND29_NICKNAMES[mate_first]} {_title(mate_sur)}",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND29_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND29_NICKNAMES[push],
        "phone": _mobile29(rng),
        "phone2": _mobile29(rng),
        "phone3": _mobile29(rng, parts=True),
        "phone_abroad": _abroad29(rng),
        "landline": _landline29(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban29(rng),
        "bsn": rng.choice((bsn, f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:4]}-{bsn[4:6]}-{bsn[6:]}",
                f"{bsn[:2]}-{bsn[2:4]}-{bsn[4:6]}-{bsn[6:]}",
                f"{bsn[:4]} {bsn[4:7]} {bsn[7:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND29_TOEVOEGINGEN)}",
                f"{street2} {n2}",
                f"{street2} nr.{n2}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}",
                f"{street3} {n3} en {n3 + 2}",
                f"{street3} {n3}{rng.choice(BLIND29_TOEVOEGINGEN)}",
                f"{street3} {n3}{rng.choice('abc')}",
            )
        ),
        "postcode": rng.choice(
            (f"{digits} {letters}", f"{digits}{letters}", f"{digits} {letters.lower()}")
        ),
        "postcode_odd": rng.choice(
            (
                f"{digits}{letters.lower()}",
                f"{digits} {letters.lower()}",
                f"{digits}-{letters.lower()}",
            )
        ),
        "email": rng.choice(
            (
                f"{f}.{c}{year % 100:02d}@live.example",
                f"fam.{c}.{o}@planet.example",
                f"{k}{o}{year}@gmail.example",
                f"{f[0]}{f[-1]}.{c}@hetnet.example",
            )
        ),
        "email2": rng.choice(
            (
                f"{o}_{f}@icloud.example",
                f"{k}.{c}.{year % 100:02d}@outlook.example",
                f"penningmeester.{c}@vereniging.example",
            )
        ),
        "url": rng.choice(
            (
                f"facebook.com/{f}{c}",
                f"tiktok.com/@{k}.{o}",
                f"linkedin.com/in/{f}{o}",
                f"youtube.com/@{k}{c}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.replace("-", ""), plate.lower())),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "village": village,
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND29_ORGANISATIONS),
        "firm": rng.choice(BLIND29_FIRMS),
        "school": rng.choice(BLIND29_SCHOOLS),
        "event": rng.choice(BLIND29_EVENTS),
        "official": rng.choice(BLIND29_OFFICIALS),
        "btw": _btw11(rng),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14.0522", "140 522", "14 05 22")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "0522 - 85 95 00", "0522 859 500")),
        "switch_alt": rng.choice(
            (
                "+31 (0)522 85 95 00",
                "+31 522-859 500",
                "0031 (0)522 859500",
                "+31522859500",
            )
        ),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "sport@meppel.nl",
                "verkiezingen@meppel.nl",
                "wmo@meppel.nl",
                "Belastingen@Meppel.nl",
            )
        ),
        "wa_gem": rng.choice(("06-1400 0522", "+316 14000522", "(06) 1400 0522")),
        "url_gem": rng.choice(
            (
                "meppel.nl/verkiezingen",
                "www.meppel.nl/sport",
                "https://www.meppel.nl/wmo",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501 - 7940 AM Meppel", "Postbus 501, 7940AM Meppel")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN_TAXES,
                "NL36-BNGH-0285-0075-31",
                MUNICIPAL_IBAN.lower(),
                MUNICIPAL_IBAN_TAXES.replace(" ", ""),
            )
        ),
        "zaak": rng.choice((f"zaaknr. {n:06d}", f"Z/26/{n:05d}", f"aanvraag 2026.{n:05d}")),
        "kenmerk": rng.choice((f"kenmerk SC/2026/{n:05d}", f"ons kenmerk WMO-{n:05d}")),
        "melding": rng.choice((f"melding {n:06d}", f"meldingnr. BOR-{n:05d}")),
        "kvk": rng.choice((kvk, f"{kvk[:4]} {kvk[4:]}")),
        "po": rng.choice(
            (f"ontheffing STOOK-{rng.randint(100, 999)}", f"zaalhuur ZH {rng.randint(10, 99)}/26")
        ),
        "project": rng.choice(
            (
                f"budget BB-{n % 10_000:04d}",
                f"kostenplaats {rng.randint(7000, 7999)}",
                f"stembureau {rng.randint(1, 28)}",
            )
        ),
        "besluit": rng.choice(
            (
                f"raadsbesluit {rng.randint(10, 99)}/2026",
                f"het mandaatbesluit van {rng.randint(1, 28)} {month2}",
            )
        ),
        "factuur": rng.choice(
            (
                f"factuur F26-{rng.randint(1000, 9999)}",
                f"betalingskenmerk {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                f"{rng.randint(1000, 9999)}",
            )
        ),
        "ref": rng.choice(
            (
                f"veld {rng.randint(1, 8)}",
                f"zaal {rng.choice('ABC')}",
                f"lichtmast {rng.randint(10, 60)}",
            )
        ),
        "org_phone": rng.choice(("0800-2000", "0900 8844", "14 038")),
        "hours": rng.choice(("ma t/m do 9.00-16.00", "op woensdagmiddag", "vóór 12.30 uur")),
        "timespan": rng.choice(
            (
                "deze week nog",
                f"tussen {hour}.00 en {hour + 2}.00 uur",
                f"na {hour} uur",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2:02d}-{m2:02d}-2026",
                f"{d2}.{m2}.2026",
                f"{d2}/{m2}",
                f"vóór {d2} {month2}",
                f"{WEEKDAYS[rng.randint(0, 5)]} {d2} {month2}",
            )
        ),
        "time": rng.choice((f"{hour}.{minute:02d} uur", f"{hour}:{minute:02d}u", f"half {hour}")),
        "time2": f"{hour + 2}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(1, 9)}.{rng.randint(100, 999)},{rng.randint(0, 99):02d}",
                f"EUR {rng.randint(10, 999)},-",
                f"{rng.randint(10, 99)},50 euro",
            )
        ),
        "amount2": rng.choice((f"€ {rng.randint(5, 900)},00", f"€{rng.randint(5, 900)},95")),
    }


BLIND29_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "WOENSDAG", "VRIJDAG"),
    join_notices=(
        "{colleague} heeft {word_first} ☕ en {other} toegevoegd",
        "{mate} heeft de groepsomschrijving gewijzigd",
        "{name} heeft groep '{group}' aangemaakt",
        "✧ {mate_short} (werk) heeft {push} toegevoegd via de uitnodigingslink",
    ),
    later_notices=(
        "{name_rev} ✔ heeft {other} verwijderd",
        "{other_initials} is vertrokken",
        "{colleague} is nu groepsbeheerder",
        "{word_first} ☕ heeft deelgenomen via een uitnodigingslink",
        "{other} is gewijzigd naar {phone3}",
    ),
    direct_notices=(
        "Gemiste spraakoproep van {name} vandaag om {time}",
        "{other} is geen contact · Blokkeren · Toevoegen · Melden",
        "{firm} is een zakelijk account · Meer info",
        "{mate} heeft de timer voor verdwijnende berichten op 7 dagen gezet.",
    ),
    replies=(
        "Dank je wel, {first}!",
        "{sur_title} belt je terug op {phone3}.",
        "Is dit {other_first} van de {street2}?",
        "Staat in {zaak}, {nick}.",
        "Kijk op {url_gem}, {mate_first}.",
        "Zijn profiel: {url}.",
        "Liever {date}, {word_nick}.",
        "Algemeen nummer: {switch_var}.",
        "IBAN gemeente: {iban_gem}, o.v.v. je naam.",
        "Post naar {postbus}.",
        "Cc {mailbox2} even.",
        "Klopt {iban_foreign} zo?",
        "Of appen naar {wa_gem}.",
        "{official} spreekt {neighbour_lc} morgen.",
        "Ok {other_sur_title}, ik kom {time}.",
    ),
    card_owners=(
        "{word_first} ☕",
        "{double}",
        "✧ {mate_short} (werk)",
        "Gemeente Meppel",
    ),
    forwarded=("Doorgestuurd", "Vaak doorgestuurd", "Doorgestuurd"),
    messages=8,
    forward_at=(0, 2, 5),
    quote_at=(3, 4, 6, 7),
    card_at=(2, 5, -1),
    media_at=(1, 3, 5),
    locations=(
        "Stembureau|{addr2}, {postcode} {village}",
        "Verzamelpunt|{street2}, {village}",
        "Live locatie van ✧ {mate_short}|tot {time2}",
        "Sporthal|{place}, {village}",
    ),
    location_at=(1, 3, 6),
    text_shares=(0.6, 0.68, 0.76, 0.84),
    photo_plates=("{plate}",),
    documents=(
        "PTT-{name_lc}.opus|1:12 · Audio",
        "Volmacht {other}.pdf|1 pagina · PDF · 96 kB",
        "Scan ID-kaart {name_rev}.jpg|JPEG · 2,1 MB",
        "Tekening {addr3}.pdf|1 pagina · PDF · 140 kB",
        "Factuur {firm} {project}.pdf|1 pagina · PDF · 48 kB",
        "{mate}.vcf|vCard · 4 kB",
    ),
    document_at=(0, 4, 7),
)


BLIND30_ORGANISATIONS = (
    "Bibliotheek Meppel",
    "Stichting Present Meppel",
    "Dierenambulance Drenthe",
    "Stichting Leergeld Meppel",
    "Enexis Netbeheer",
    "Kinderopvang Het Kikkertje",
)
# Firms, some named after a word or a name of the pool: must-keep.
BLIND30_FIRMS = (
    "Boomverzorging De Ekster",
    "Hoveniersbedrijf Gaai & Zn",
    "Taxi Hersi",
    "Aannemersbedrijf Hiemstra B.V.",
    "Schildersbedrijf Lijster",
    "Containerverhuur Jorna",
    "Snackbar De Grutto",
    "Autoschade Shala",
)
# Schools and public buildings: must-keep.
BLIND30_SCHOOLS = (
    "CBS De Lijster",
    "OBS De Wouw",
    "Bibliotheek aan de Zuiderhogeweg",
    "Sportfondsenbad Meppel",
    "Gemeentewerf Meppel",
    "Gemeentehuis Meppel",
)
# The town and the villages named in addresses: must-keep.
BLIND30_VILLAGES = (
    "Meppel",
    "Nijeveen",
    "Rogat",
    "Broekhuizen",
    "De Schiphorst",
    "Kolderveen",
    "Havelte",
)
BLIND30_POSTCODE_DIGITS = ("7941", "7942", "7943", "7944", "7946", "7948")
# Officials named by their role only: must-keep.
BLIND30_OFFICIALS = (
    "De boomdeskundige",
    "De brugwachter",
    "De toezichthouder bouw",
    "De baliemedewerker",
    "De teamleider Publiekszaken",
    "Wethouder Openbare Ruimte",
    "De vergunningverlener",
    "De BOA",
)
# The names their friends, family and colleagues use.
BLIND30_NICKNAMES = {
    "Aster": "Assie",
    "Kik": "Kikkie",
    "Snip": "Snippie",
    "Abdirahman": "Rahmaan",
    "Faadumo": "Faay",
    "Quang": "Quangie",
    "Hương": "Huongie",
    "Besnik": "Besi",
    "Drita": "Dita",
    "Azad": "Azo",
    "Berfin": "Bero",
    "Wybren": "Wyb",
    "Tsjitske": "Tsjit",
}
# A house number's toevoeging as people write it.
BLIND30_TOEVOEGINGEN = (
    " A",
    "-3",
    " bis",
    " rood",
    "/A2",
    " achter",
    " 3hg",
    "-huis",
)
# Digits OCR confuses with letters or each other (3/8, 7/1, 1/l, 8/B), drawn more often.
CONFUSABLE30 = "337788110123456789"


def _digits30(rng: random.Random, n: int) -> str:
    """Digits, about half of them the confusable ones."""
    return "".join(rng.choice(CONFUSABLE30) for _ in range(n))


def _mobile30(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in writings of its own; `parts`: written in three words or more."""
    r = rng.choice("1234568") + _digits30(rng, 7)
    spread = (
        f"06 {r[:4]} {r[4:]}",
        f"+31 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
        f"(06) {r[:3]} {r[3:6]} {r[6:]}",
        f"0031 6 {r[:4]} {r[4:]}",
        f"06 - {r[:4]} {r[4:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06/{r}",
        f"+31-6{r}",
        f"06.{r[:2]}.{r[2:4]}.{r[4:6]}.{r[6:]}",
        f"+31 (0)6-{r}",
    )
    return rng.choice((*spread, *flat))


def _abroad30(rng: random.Random) -> str:
    """A mobile number in Somalia, Vietnam, Albania, Kosovo, Iraq (Kurdistan) or Germany."""
    r = _digits30(rng, 10)
    return rng.choice(
        (
            f"+252 61 {r[:3]} {r[3:7]}",
            f"+84 91 {r[:3]} {r[3:7]}",
            f"+355 69 {r[:3]} {r[3:7]}",
            f"+383 44 {r[:3]} {r[3:6]}",
            f"+964 750 {r[:3]} {r[3:7]}",
            f"+49 151 {r[:4]} {r[4:8]}",
        )
    )


def _landline30(rng: random.Random) -> str:
    """A landline of Meppel, Hoogeveen, Steenwijk or Zwolle (not the municipality's)."""
    r = rng.choice("2345679") + _digits30(rng, 6)
    area = rng.choice(("0522", "0528", "0521"))
    return rng.choice(
        (
            f"{area}-{r[:3]} {r[3:6]}",
            f"+31 (0){area[1:]} {r[:2]} {r[2:4]} {r[4:6]}",
            f"{area}.{r[:2]}.{r[2:4]}.{r[4:6]}",
            f"({area})-{r[:6]}",
            f"038 - {r[:3]} {r[3:5]} {r[5:]}",
        )
    )


def _iban30(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """Dutch IBANs: by four, the account in two and the rest in fours, or the bank code glued to
    the check digits; one flat or with a space after the bank code; one in lower case, flat or
    by four."""

    def compact() -> str:
        return _iban_compact("NL", rng.choice(banks) + _digits30(rng, 10))

    c = compact()
    grouped = rng.choice(
        (
            _in_fours(c),
            f"{c[:4]} {c[4:8]} {c[8:10]} {c[10:14]} {c[14:]}",
            f"{c[:8]} {c[8:12]} {c[12:16]} {c[16:]}",
        )
    )
    c = compact()
    flat = rng.choice((c, f"{c[:8]} {c[8:]}"))
    c = compact()
    lower = rng.choice((c.lower(), _in_fours(c).lower()))
    return grouped, flat, lower


def _foreign_iban30(rng: random.Random) -> str:
    """An Albanian, a Kosovar or a German IBAN, by four."""
    while True:
        country, length = rng.choice((("AL", 24), ("XK", 16), ("DE", 18)))
        c = _iban_compact(country, _digits30(rng, length))
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob30(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (a short year with dashes, dots with an apostrophe, slashes
    unpadded, year first with dots) and one in words (an abbreviated month, a short year after
    an apostrophe, an ordinal day, a short weekday)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1926, 2021)
    digits = rng.choice(
        (
            f"{day}-{month}-{year % 100:02d}",
            f"{day:02d}.{month:02d}.'{year % 100:02d}",
            f"{day}/{month}/{year}",
            f"{year}.{month:02d}.{day:02d}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1926, 2021)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1].rstrip(".")
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()][:2]
    words = rng.choice(
        (
            f"{day} {short}. {year}",
            f"{day} {name} '{year % 100:02d}",
            f"{day}e {name} {year}",
            f"{weekday} {day} {short} {year}",
        )
    )
    return digits, words


def _blind30_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Aster", "Kik", "Snip").
    word_first = rng.choice(
        [n for n in pools.first_names[:3] if n not in (first, other_first, mate_first)]
        or list(pools.first_names[:3])
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 260)}{rng.choice(BLIND30_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 180), rng.randint(1, 88)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND30_POSTCODE_DIGITS)
    letters = rng.choice("KTXFLM") + rng.choice("KTXFBS")
    dob, dob_text = _dob30(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 16), rng.choice((0, 15, 30, 45))
    nick = BLIND30_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur).replace(" ", ""), _ascii16(nick)
    o = _ascii16(other_sur).replace(" ", "")
    year = rng.randint(1952, 2007)
    n = rng.randint(1, 99_999)
    kvk = _digits30(rng, 8)
    iban, iban_flat, iban_lc = _iban30(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    i2, i3 = rng.sample("KTFWJ", 2)
    core, particle = _particle_last(other_sur)
    sur_core, sur_particle = _particle_last(sur)
    village = rng.choice(BLIND30_VILLAGES)
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "word_nick": BLIND30_NICKNAMES[word_first],
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # A double name with a slash, "x" (married to), "gehuwd met" and "(meisjesnaam X)".
        "double": rng.choice(
            (
                f"{first} {_title(sur)}/{_title(mate_sur)}",
                f"{first} {_title(mate_sur)} x {_title(sur)}",
                f"{first} {_title(sur)} gehuwd met {_title(mate_sur)}",
                f"{first} {_title(sur)} (meisjesnaam {_title(mate_sur)})",
            )
        ),
        # As on a list: the surname first in capitals after a comma, its particle after the
        # first name, or with a dash and initials.
        "name_rev": rng.choice(
            (
                f"{sur.upper()}, {first}",
                f"{sur_core}, {first} {sur_particle}".strip(),
                f"{_title(sur)} - {first[0]}.{i2}.",
                f"{_title(sur)} {first} ({nick})",
            )
        ),
        "initials": rng.choice(
            (
                f"{first[0]}.{i2}. {_title(other_sur)}",
                f"mw. {first[0]}.{i2}.{i3}. {_title(sur)}",
                f"dhr. {first[0]}. {other_sur}",
                f"familie {_title(sur)}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        # As on a list: the core, the first name and then the particle ("Woerd, Azad op de").
        "other_initials": f"{core}, {other_first} {particle}".strip(),
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        # A nickname with the surname ("Wyb Hiemstra"); saved with a pencil before it.
        "mate_short": f"{BLIND30_NICKNAMES[mate_first]} {_title(mate_sur)}",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND30_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND30_NICKNAMES[push],
        "phone": _mobile30(rng),
        "phone2": _mobile30(rng),
        "phone3": _mobile30(rng, parts=True),
        "phone_abroad": _abroad30(rng),
        "landline": _landline30(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban30(rng),
        "bsn": rng.choice((bsn, f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
                f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
                f"{bsn[:2]}.{bsn[2:4]}.{bsn[4:6]}.{bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND30_TOEVOEGINGEN)}",
                f"{street2} {n2}",
                f"{street2} no {n2}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}",
                f"{street3} {n3}-{n3 + 4}",
                f"{street3} {n3}{rng.choice(BLIND30_TOEVOEGINGEN)}",
                f"{street3} {n3}{rng.choice('ABD')}",
            )
        ),
        "postcode": rng.choice(
            (f"{digits} {letters}", f"{digits}{letters}", f"{digits}{letters.lower()}")
        ),
        "postcode_odd": rng.choice(
            (
                f"{digits} {letters.lower()}",
                f"{digits}.{letters}",
                f"{digits} {letters[0]} {letters[1]}".lower(),
            )
        ),
        "email": rng.choice(
            (
                f"{f}{c}@ziggo.example",
                f"{c}.{f}{year % 100:02d}@kpnmail.example",
                f"{k}_{o}@hotmail.example",
                f"{f}.{o}{year}@xs4all.example",
            )
        ),
        "email2": rng.choice(
            (
                f"{f[0]}.{c}@meppel.nl",
                f"{k}.{o}@zakelijk.example",
                f"info.{c}{year % 100:02d}@ondernemer.example",
            )
        ),
        "url": rng.choice(
            (
                f"instagram.com/{k}_{o}",
                f"facebook.com/{f}.{c}",
                f"x.com/{f}{o}{year % 100:02d}",
                f"marktplaats.nl/u/{k}{c}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.replace("-", " "), plate.lower())),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "village": village,
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND30_ORGANISATIONS),
        "firm": rng.choice(BLIND30_FIRMS),
        "school": rng.choice(BLIND30_SCHOOLS),
        "official": rng.choice(BLIND30_OFFICIALS),
        "btw": _btw11(rng),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14-0522", "14 05 22", "140522")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "0522-859500", "0522 859500")),
        "switch_alt": rng.choice(("+31 522 85 95 00", "0031 522 859 500", "+31 (0) 522-859500")),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "vergunningen@meppel.nl",
                "publiekszaken@meppel.nl",
                "personeelszaken@meppel.nl",
                "OpenbareRuimte@meppel.nl",
            )
        ),
        "wa_gem": rng.choice(("06 14000522", "+31 6 1400 0522", "06-14 00 05 22")),
        "url_gem": rng.choice(
            (
                "meppel.nl/vergunningen",
                "www.meppel.nl/melding",
                "https://www.meppel.nl/afval",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501 · 7940 AM Meppel", "Postbus 501, 7940 AM  MEPPEL")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN_TAXES,
                MUNICIPAL_IBAN.replace(" ", ""),
                MUNICIPAL_IBAN_TAXES.lower(),
            )
        ),
        "zaak": rng.choice((f"zaak {n:06d}", f"Z-2026-{n:05d}", f"dossier OV/{n:05d}")),
        "kenmerk": rng.choice((f"kenmerk PZ-26-{n:05d}", f"uw kenmerk OR/{n:05d}")),
        "melding": rng.choice((f"melding MOR-{n:06d}", f"meldnummer {n:05d}")),
        "kvk": rng.choice((kvk, f"{kvk[:2]} {kvk[2:5]} {kvk[5:]}")),
        "po": rng.choice(
            (
                f"ontheffing OH-{rng.randint(100, 999)}",
                f"vergunning EV 26/{rng.randint(10, 99)}",
                f"standplaats {rng.randint(1, 40)}",
            )
        ),
        "project": rng.choice(
            (
                f"kostenplaats {rng.randint(6000, 6999)}",
                f"project OR-{n % 10_000:04d}",
                f"budgetregel {rng.randint(100, 999)}",
            )
        ),
        "besluit": rng.choice(
            (
                f"collegebesluit {rng.randint(100, 999)}/2026",
                f"het besluit van {rng.randint(1, 28)} {month2}",
            )
        ),
        "factuur": rng.choice(
            (
                f"factuur 2026-{rng.randint(10_000, 99_999)}",
                f"betalingskenmerk {rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            )
        ),
        "ref": rng.choice(
            (
                f"mast {rng.randint(100, 999)}",
                f"paal OV-{rng.randint(1000, 9999)}",
                f"brug {rng.randint(1, 9)}",
            )
        ),
        "org_phone": rng.choice(("0800-6035", "112", "0900-8844")),
        "hours": rng.choice(("ma t/m vr 8.30-12.30", "op donderdagavond", "na 13.00 uur")),
        "timespan": rng.choice(
            (
                "volgende week",
                f"tussen {hour}.30 en {hour + 1}.30",
                f"vóór {hour + 1} uur",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2}-{m2}-2026",
                f"{d2:02d}.{m2:02d}.26",
                f"{d2} {month2}",
                f"uiterlijk {d2}/{m2}",
                f"{WEEKDAYS[rng.randint(0, 4)]} {d2}-{m2}",
            )
        ),
        "time": rng.choice(
            (f"{hour}.{minute:02d}", f"{hour}:{minute:02d} uur", f"kwart over {hour}")
        ),
        "time2": f"{hour + 3}.{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(100, 999)},{rng.randint(0, 99):02d}",
                f"€{rng.randint(1, 9)}.{rng.randint(100, 999)},-",
                f"{rng.randint(10, 99)} euro",
            )
        ),
        "amount2": rng.choice((f"€ {rng.randint(5, 600)},50", f"EUR {rng.randint(5, 600)}")),
    }


BLIND30_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "MAANDAG", "DONDERDAG"),
    join_notices=(
        "{colleague} heeft {word_first} ☀ en {other} toegevoegd",
        "{name} heeft de groep '{group}' gemaakt",
        "✎ {mate_short} heeft {push} toegevoegd",
        "{mate} heeft deze groep aangemaakt",
    ),
    later_notices=(
        "{name_rev} ☎ heeft {other} verwijderd",
        "{other_initials} heeft de groep verlaten (werk)",
        "{colleague} is nu beheerder van de groep",
        "{word_first} ☀ is lid geworden via de link",
        "{other} heeft een nieuw telefoonnummer: {phone3}",
    ),
    direct_notices=(
        "Gemist videogesprek van {name} om {time} (2x)",
        "{other} staat niet in je contacten · Melden · Blokkeren · Toevoegen",
        "{firm} gebruikt een zakelijk account",
        "{mate} heeft verdwijnende berichten uitgezet.",
    ),
    replies=(
        "Top, dank je {first}!",
        "{sur_title} belt je vanmiddag op {phone3}.",
        "Bedoel je {other_first} van de {street2}?",
        "Genoteerd in {zaak}, {nick}.",
        "Staat ook op {url_gem}, {mate_first}.",
        "Dit is haar account: {url}.",
        "Kan ook {date}, {word_nick}.",
        "Bel anders even {switch_var} (algemeen).",
        "Rekening gemeente: {iban_gem}, o.v.v. het zaaknummer.",
        "Bezwaar schriftelijk naar {postbus}.",
        "Zet {mailbox2} even in de cc.",
        "Is {iban_foreign} goed overgenomen?",
        "Of app de gemeente: {wa_gem}.",
        "{official} gaat morgen naar {neighbour_lc}.",
        "Prima {other_sur_title}, tot {time}.",
        "Ik bel {switch_alt} wel even.",
    ),
    card_owners=(
        "{word_first} ☀",
        "{double}",
        "✎ {mate_short}",
        "Gemeente Meppel",
    ),
    forwarded=("Doorgestuurd", "Doorgestuurd", "Vaak doorgestuurd"),
    messages=8,
    forward_at=(0, 3, 5),
    quote_at=(2, 4, 6, 7),
    card_at=(1, 4, -1),
    media_at=(0, 2, 5),
    locations=(
        "Gemeentewerf|{street2}, {village}",
        "Bouwcontainer|{addr2}, {postcode} {village}",
        "Live locatie van ✎ {mate_short}|tot {time2}",
        "Brug|{place}, {village}",
    ),
    location_at=(1, 4, 6),
    text_shares=(0.62, 0.7, 0.78, 0.86),
    photo_plates=("{plate}",),
    documents=(
        "Spraakbericht {name_lc}.m4a|0:48 · Audio",
        "Kapaanvraag {other}.pdf|2 pagina's · PDF · 210 kB",
        "Foto rijbewijs {name_rev}.jpeg|JPEG · 1,8 MB",
        "Situatieschets {addr3} (v2).pdf|1 pagina · PDF · 93 kB",
        "Offerte {firm} {project}.pdf|3 pagina's · PDF · 71 kB",
        "Contact {colleague}.vcf|vCard · 2 kB",
    ),
    document_at=(0, 3, 7),
)

BLIND31_ORGANISATIONS = (
    "Humanitas Thuisadministratie",
    "Schuldhulpmaatje Meppel",
    "Zorggroep Noorderboog",
    "ROVA",
    "Centrum voor Jeugd en Gezin Meppel",
    "Vluchtelingenwerk Meppel",
)
# Firms, some named after a word or a name of the pool: must-keep.
BLIND31_FIRMS = (
    "Trapliften De Schroef",
    "Klussenbedrijf Boor & Zn",
    "Verhuur Oldenkamp",
    "Cateraar Karimi",
    "Podiumbouw Klink B.V.",
    "Beveiliging Nijsingh",
    "Taxi Zhou",
    "Springkussenverhuur De Ketting",
)
# Schools and public buildings: must-keep.
BLIND31_SCHOOLS = (
    "OBS De Schaaf",
    "CBS De Klink",
    "Stad & Esch",
    "Schouwburg Ogterop",
    "Milieustraat Meppel",
    "Stadhuis Meppel",
)
# The town and the villages named in addresses: must-keep.
BLIND31_VILLAGES = (
    "Meppel",
    "Nijeveen",
    "Rogat",
    "Kolderveen",
    "De Schiphorst",
    "Broekhuizen",
    "Havelte",
)
BLIND31_POSTCODE_DIGITS = ("7940", "7942", "7945", "7947", "7948", "7949")
# Officials named by their role only: must-keep.
BLIND31_OFFICIALS = (
    "De Wmo-consulent",
    "De leerplichtambtenaar",
    "De schuldhulpverlener",
    "De handhaver",
    "De evenementencoördinator",
    "Wethouder Sociaal Domein",
    "De afvalcoach",
    "De ambtenaar burgerzaken",
)
# The names their friends, family and colleagues use.
BLIND31_NICKNAMES = {
    "Brons": "Bronsje",
    "Honing": "Hon",
    "Munt": "Muntje",
    "Zarghuna": "Zari",
    "Wahid": "Wahi",
    "Haris": "Hare",
    "Lejla": "Leki",
    "Filmon": "Fili",
    "Ravish": "Ravi",
    "Sunita": "Suni",
    "Xiuying": "Xiu",
    "Hillechien": "Hilly",
    "Pien": "Pientje",
}
# A house number's toevoeging as people write it.
BLIND31_TOEVOEGINGEN = (
    " B",
    "-II",
    " zw",
    "/1",
    " boven",
    " 2e",
    "-A",
    " unit 4",
)
# Digits OCR confuses with letters or each other (2/Z, 5/S, 6/G/b, 9/g), drawn more often.
CONFUSABLE31 = "225566990123456789"


def _digits31(rng: random.Random, n: int) -> str:
    """Digits, about half of them the confusable ones."""
    return "".join(rng.choice(CONFUSABLE31) for _ in range(n))


def _mobile31(rng: random.Random, *, parts: bool = False) -> str:
    """A Dutch mobile number in writings of its own; `parts`: written in three words or more."""
    r = rng.choice("1234568") + _digits31(rng, 7)
    spread = (
        f"06 {r[:3]} {r[3:5]} {r[5:]}",
        f"+31 6 {r[:4]} {r[4:]}",
        f"06 {r[:2]} {r[2:5]} {r[5:]}",
        f"+31 (0)6 {r[:4]} {r[4:]}",
        f"06 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
    )
    if parts:
        return rng.choice(spread)
    flat = (
        f"06-{r[:3]} {r[3:5]} {r[5:]}",
        f"0031-6-{r}",
        f"+316{r}",
        f"06-{r}",
    )
    return rng.choice((*spread, *flat))


def _abroad31(rng: random.Random) -> str:
    """A mobile number in Afghanistan, Bosnia, Eritrea, China, Suriname or Belgium."""
    r = _digits31(rng, 10)
    return rng.choice(
        (
            f"+93 70 {r[:3]} {r[3:7]}",
            f"+387 61 {r[:3]} {r[3:6]}",
            f"+291 7 {r[:3]} {r[3:6]}",
            f"+86 139 {r[:4]} {r[4:8]}",
            f"+597 8{r[:2]}-{r[2:6]}",
            f"+32 470 {r[:2]} {r[2:4]} {r[4:6]}",
        )
    )


def _landline31(rng: random.Random) -> str:
    """A landline of Meppel, Zwolle, Assen or Emmeloord (not the municipality's)."""
    r = rng.choice("2345679") + _digits31(rng, 6)
    return rng.choice(
        (
            f"0522 - {r[:2]} {r[2:4]} {r[4:6]}",
            f"0592-{r[:6]}",
            f"+31 38 {r[:3]} {r[3:7]}",
            f"0527/{r[:2]} {r[2:4]} {r[4:6]}",
            f"(038) {r[:3]} {r[3:5]} {r[5:7]}",
        )
    )


def _iban31(rng: random.Random, banks: tuple[str, ...]) -> tuple[str, str, str]:
    """Dutch IBANs: by four, the account in threes and a four, or the country glued to the
    bank code; one flat; one in lower case by four or flat."""

    def compact() -> str:
        return _iban_compact("NL", rng.choice(banks) + _digits31(rng, 10))

    c = compact()
    grouped = rng.choice(
        (
            _in_fours(c),
            f"{c[:4]} {c[4:8]} {c[8:11]} {c[11:14]} {c[14:]}",
            f"{c[:2]} {c[2:4]} {c[4:8]} {c[8:12]} {c[12:16]} {c[16:]}",
        )
    )
    c = compact()
    flat = c
    c = compact()
    lower = rng.choice((_in_fours(c).lower(), c.lower()))
    return grouped, flat, lower


def _foreign_iban31(rng: random.Random) -> str:
    """A Bosnian, a Montenegrin or an Austrian IBAN, by four."""
    while True:
        country, length = rng.choice((("BA", 16), ("ME", 18), ("AT", 16)))
        c = _iban_compact(country, _digits31(rng, length))
        if stdnum_iban.is_valid(c):
            return _in_fours(c)


def _dob31(rng: random.Random) -> tuple[str, str]:
    """One birth date in digits (padded with dashes, dots unpadded, slashes with an apostrophe,
    ISO) and one in words (the full month, an abbreviated month after an apostrophe year, a
    full weekday, the month abbreviated between dashes)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1925, 2022)
    digits = rng.choice(
        (
            f"{day:02d}-{month:02d}-{year}",
            f"{day}.{month}.{year}",
            f"{day:02d}/{month:02d}/'{year % 100:02d}",
            f"{year}-{month:02d}-{day:02d}",
        )
    )
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1925, 2022)
    name = BLIND5_MONTHS[month - 1]
    short = BLIND16_MONTH_ABBREVIATIONS[month - 1].rstrip(".")
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    words = rng.choice(
        (
            f"{day} {name} {year}",
            f"{day} {short} '{year % 100:02d}",
            f"{weekday} {day} {name} {year}",
            f"{day}-{short}-{year}",
        )
    )
    return digits, words


def _blind31_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first, other_first, mate_first, kid, push, colleague_first = rng.sample(pools.first_names, 6)
    # A first name that is an ordinary word ("Brons", "Honing", "Munt").
    word_first = rng.choice(
        [n for n in pools.first_names[:3] if n not in (first, other_first, mate_first)]
        or list(pools.first_names[:3])
    )
    sur, neighbour, colleague_sur = rng.sample(pools.word_surnames, 3)
    other_sur, mate_sur = rng.sample(pools.surnames, 2)
    street, street2, street3, street4 = rng.sample(pools.streets, 4)
    number = f"{rng.randint(1, 240)}{rng.choice(BLIND31_TOEVOEGINGEN)}"
    n2, n3 = rng.randint(2, 160), rng.randint(1, 96)
    bsn, plate = _bsn14(rng), rng.choice(pools.plates)
    digits = rng.choice(BLIND31_POSTCODE_DIGITS)
    letters = rng.choice("GZNRHV") + rng.choice("GZNRSE")
    dob, dob_text = _dob31(rng)
    d2, m2 = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(8, 16), rng.choice((0, 10, 30, 45))
    nick = BLIND31_NICKNAMES[first]
    f, c, k = _ascii16(first), _ascii16(sur).replace(" ", ""), _ascii16(nick)
    o = _ascii16(other_sur).replace(" ", "").replace("'", "")
    year = rng.randint(1950, 2008)
    n = rng.randint(1, 99_999)
    kvk = _digits31(rng, 8)
    iban, iban_flat, iban_lc = _iban31(rng, pools.bank_codes)
    month2 = BLIND5_MONTHS[m2 - 1]
    i2, i3 = rng.sample("GHNRJ", 2)
    core, particle = _particle_last(other_sur)
    sur_core, sur_particle = _particle_last(sur)
    village = rng.choice(BLIND31_VILLAGES)
    return {
        "first": first,
        "first_lc": first.lower(),
        "word_first": word_first,
        "nick": nick,
        "word_nick": BLIND31_NICKNAMES[word_first],
        "sur": sur,
        "sur_lc": sur.lower(),
        "sur_title": _title(sur),
        "name": f"{first} {sur}",
        "name_lc": f"{first} {sur}".lower(),
        # A double name with a dash, "en", "wed." (widow of) and "geb." (born).
        "double": rng.choice(
            (
                f"{first} {_title(sur)}-{_title(mate_sur)}",
                f"{first} {_title(mate_sur)} en {_title(sur)}",
                f"{first} {_title(sur)} wed. {_title(mate_sur)}",
                f"{first} {_title(mate_sur)} geb. {_title(sur)}",
            )
        ),
        # As on a list: the surname first in lower case after a comma, its particle after
        # the initials, with a slash, or with the nickname in quotes.
        "name_rev": rng.choice(
            (
                f"{sur.lower()}, {first}",
                f"{sur_core}, {first[0]}.{i2}. {sur_particle}".strip(),
                f"{_title(sur)} / {first}",
                f"{first} '{nick}' {_title(sur)}",
            )
        ),
        "initials": rng.choice(
            (
                f"{first[0]}.{i2}.{i3}. {_title(other_sur)}",
                f"mevr. {first[0]}. {_title(sur)}",
                f"Dhr {first[0]}.{i2}. {other_sur}",
                f"fam. {_title(sur)}",
            )
        ),
        "other": f"{other_first} {other_sur}",
        "other_first": other_first,
        "other_lc": f"{other_first} {other_sur}".lower(),
        # As on a list: the core, the initial and then the particle ("Hul, W. van den").
        "other_initials": f"{core}, {other_first[0]}. {particle}".strip(),
        "other_sur_title": _title(other_sur),
        "mate": f"{mate_first} {mate_sur}",
        "mate_first": mate_first,
        # A nickname with the surname ("Ravi Karimi"); saved with a gear before it.
        "mate_short": f"{BLIND31_NICKNAMES[mate_first]} {_title(mate_sur)}",
        "neighbour_title": _title(neighbour),
        "neighbour_lc": neighbour.lower(),
        "colleague": f"{colleague_first} {colleague_sur}",
        "colleague_first": colleague_first,
        "kid": BLIND31_NICKNAMES[kid] if rng.random() < 0.5 else kid,
        "push": BLIND31_NICKNAMES[push],
        "phone": _mobile31(rng),
        "phone2": _mobile31(rng),
        "phone3": _mobile31(rng, parts=True),
        "phone_abroad": _abroad31(rng),
        "landline": _landline31(rng),
        "iban": iban,
        "iban_flat": iban_flat,
        "iban_lc": iban_lc,
        "iban_foreign": _foreign_iban31(rng),
        "bsn": rng.choice((bsn, f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}")),
        "bsn_spaced": rng.choice(
            (
                f"{bsn[:3]} {bsn[3:5]} {bsn[5:]}",
                f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
                f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            )
        ),
        "addr": f"{street} {number}",
        "housenr": number,
        "addr2": rng.choice(
            (
                f"{street2} {n2}{rng.choice(BLIND31_TOEVOEGINGEN)}",
                f"{street2} {n2}",
                f"{street2} nr. {n2}",
            )
        ),
        "addr3": rng.choice(
            (
                f"{street3} {n3}",
                f"{street3} {n3} t/m {n3 + 6}",
                f"{street3} {n3}{rng.choice(BLIND31_TOEVOEGINGEN)}",
                f"{street3} {n3}{rng.choice('abc')}",
            )
        ),
        "postcode": rng.choice(
            (f"{digits} {letters}", f"{digits}{letters}", f"{digits}-{letters}")
        ),
        "postcode_odd": rng.choice(
            (
                f"{digits}{letters.lower()}",
                f"{digits}  {letters}",
                f"{digits} {letters.lower()}",
            )
        ),
        "email": rng.choice(
            (
                f"{f}.{c}@planet.example",
                f"{c}{f[0]}{year % 100:02d}@outlook.example",
                f"{k}-{o}@live.example",
                f"fam.{c}@home.example",
            )
        ),
        "email2": rng.choice(
            (
                f"{f}.{c}@meppel.nl",
                f"{f[0]}{o}@werk.example",
                f"administratie.{c}@bedrijf.example",
            )
        ),
        "url": rng.choice(
            (
                f"linkedin.com/in/{f}-{c}",
                f"tiktok.com/@{k}{o}",
                f"instagram.com/{f}.{c}.{year % 100:02d}",
                f"youtube.com/@{k}_{c}",
            )
        ),
        "plate": plate,
        "plate_text": rng.choice((plate, plate.replace("-", ""), plate.lower())),
        "dob": dob,
        "dob_text": dob_text,
        "street": street4,
        "street2": rng.choice([st for st in pools.streets if st not in (street, street2)]),
        "place": rng.choice(pools.places),
        "village": village,
        "group": rng.choice(pools.groups),
        "org": rng.choice(BLIND31_ORGANISATIONS),
        "firm": rng.choice(BLIND31_FIRMS),
        "school": rng.choice(BLIND31_SCHOOLS),
        "official": rng.choice(BLIND31_OFFICIALS),
        "btw": _btw11(rng),
        "switch": SWITCHBOARD,
        "switch_var": rng.choice(("14-0522", "(14) 0522", "14 - 0522")),
        "switch_long": rng.choice((SWITCHBOARD_LONG, "0522-85 95 00", "0522 - 859 500")),
        "switch_alt": rng.choice(("+31 (0)522 859500", "+31-522-859500", "0031 522 85 95 00")),
        "mailbox": ROLE_MAILBOX,
        "mailbox2": rng.choice(
            (
                "schuldhulp@meppel.nl",
                "leerplicht@meppel.nl",
                "Evenementen@meppel.nl",
                "burgerzaken@meppel.nl",
            )
        ),
        "wa_gem": rng.choice(("06-14000522", "+31 (0)6 1400 0522", "06 - 1400 0522")),
        "url_gem": rng.choice(
            (
                "meppel.nl/schuldhulp",
                "www.meppel.nl/leerplicht",
                "https://www.meppel.nl/evenementen",
            )
        ),
        "postbus": rng.choice(
            (MUNICIPAL_POSTBUS, "Postbus 501 | 7940 AM Meppel", "postbus 501, 7940AM Meppel")
        ),
        "iban_gem": rng.choice(
            (
                MUNICIPAL_IBAN,
                MUNICIPAL_IBAN_TAXES,
                MUNICIPAL_IBAN.lower(),
                MUNICIPAL_IBAN_TAXES.replace(" ", ""),
            )
        ),
        "zaak": rng.choice((f"zaaknr. 2026-{n:05d}", f"Wmo-{n:06d}", f"dossier SHV/{n:05d}")),
        "kenmerk": rng.choice((f"ons kenmerk LP-{n:05d}", f"kenmerk HH/26/{n % 10_000:04d}")),
        "melding": rng.choice((f"melding BOR-{n:05d}", f"MOR {n:06d}")),
        "kvk": rng.choice((kvk, f"{kvk[:4]} {kvk[4:]}")),
        "po": rng.choice(
            (
                f"EVT-26-{rng.randint(100, 999)}",
                f"ontheffing geluid G-{rng.randint(10, 99)}",
                f"standplaats SP {rng.randint(1, 60)}",
            )
        ),
        "project": rng.choice(
            (
                f"kostenplaats {rng.randint(7000, 7999)}",
                f"project SD-{n % 10_000:04d}",
                f"grootboek {rng.randint(4000, 4999)}",
            )
        ),
        "besluit": rng.choice(
            (
                f"besluit {rng.randint(1000, 9999)}/2026",
                f"beschikking van {rng.randint(1, 28)} {month2}",
            )
        ),
        "factuur": rng.choice(
            (
                f"factuur F26-{rng.randint(10_000, 99_999)}",
                f"betalingskenmerk {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            )
        ),
        "ref": rng.choice(
            (
                f"container GFT-{rng.randint(100, 999)}",
                f"verzamelcontainer {rng.randint(10, 99)}",
                f"zuil R-{rng.randint(1000, 9999)}",
            )
        ),
        "org_phone": rng.choice(("0800-8115", "0800-2025", "088-0303000")),
        "hours": rng.choice(("ma t/m do 9.00-16.00", "op dinsdagmiddag", "vanaf 10.00 uur")),
        "timespan": rng.choice(
            (
                "deze week nog",
                f"tussen {hour} en {hour + 2} uur",
                f"na {hour}.30",
            )
        ),
        # Appointments and deadlines, some written like a birth date: must-keep.
        "date": rng.choice(
            (
                f"{d2:02d}-{m2:02d}-2026",
                f"{d2}.{m2}.2026",
                f"{d2} {month2} a.s.",
                f"vóór {d2}/{m2}",
                f"{WEEKDAYS[rng.randint(0, 4)]} {d2} {month2}",
            )
        ),
        "time": rng.choice(
            (f"{hour}.{minute:02d} uur", f"{hour}:{minute:02d}", f"half {hour + 1}")
        ),
        "time2": f"{hour + 4}:{minute:02d}",
        "amount": rng.choice(
            (
                f"€ {rng.randint(20, 999)},{rng.randint(0, 99):02d}",
                f"€{rng.randint(1, 9)}.{rng.randint(100, 999)},00",
                f"{rng.randint(10, 99)},- euro",
            )
        ),
        "amount2": rng.choice((f"€ {rng.randint(5, 500)},-", f"{rng.randint(5, 500)} EUR")),
    }


BLIND31_CHAT = ChatTexts(
    chips=("VANDAAG", "GISTEREN", "{date}", "DINSDAG", "VRIJDAG"),
    join_notices=(
        "{colleague} heeft {word_first} ⚒ en {other} toegevoegd aan het overleg",
        "{name} heeft groep '{group}' aangemaakt voor het overleg",
        "⚙ {mate_short} heeft {push} toegevoegd",
        "{mate} heeft je toegevoegd",
    ),
    later_notices=(
        "{name_rev} ⚑ heeft {other} uit de groep verwijderd",
        "{other_initials} is vertrokken uit de groep (nieuwe baan)",
        "{colleague} heeft de beheerrechten ingeleverd",
        "{word_first} ⚒ is lid geworden via een uitnodigingslink",
        "{other} is overgestapt naar {phone3}",
    ),
    direct_notices=(
        "Gemiste spraakoproep van {name} om {time}, terugbellen?",
        "{other} staat niet in je contacten. Blokkeren · Toevoegen",
        "{firm} is een zakelijk account",
        "{mate} heeft verdwijnende berichten aangezet (24 uur).",
    ),
    replies=(
        "Dank je wel {first}, fijn!",
        "{sur_title} belt u morgen terug op {phone3}.",
        "Bedoelt u {other_first} uit de {street2}?",
        "Genoteerd onder {zaak}, {nick}.",
        "Zie ook {url_gem}, {mate_first}.",
        "Haar profiel: {url}.",
        "Past {date} ook, {word_nick}?",
        "U kunt ook bellen met {switch_var}.",
        "Betalen op {iban_gem} o.v.v. het dossiernummer.",
        "Bezwaar kan per brief: {postbus}.",
        "Mail het even naar {mailbox2} a.u.b.",
        "Is {iban_foreign} het goede rekeningnummer?",
        "Of app ons op {wa_gem}.",
        "{official} loopt vanmiddag langs bij {neighbour_lc}.",
        "Goed {other_sur_title}, tot {time}.",
        "Bel anders {switch_alt} even.",
    ),
    card_owners=(
        "{word_first} ⚒",
        "{double}",
        "⚙ {mate_short}",
        "Gemeente Meppel",
    ),
    forwarded=("Doorgestuurd", "Doorgestuurd", "Vaak doorgestuurd"),
    messages=8,
    forward_at=(0, 3, 5),
    quote_at=(2, 4, 6, 7),
    card_at=(1, 4, -1),
    media_at=(0, 2, 5),
    locations=(
        "Milieustraat|{street2}, {village}",
        "Kliko kapot|{addr2}, {postcode} {village}",
        "Live locatie van ⚙ {mate_short}|tot {time2}",
        "Feestterrein|{place}, {village}",
    ),
    location_at=(1, 4, 6),
    text_shares=(0.6, 0.68, 0.76, 0.84),
    photo_plates=("{plate}",),
    documents=(
        "Spraakmemo {name_lc}.opus|1:12 · Audio",
        "Aanvraag Wmo {other}.pdf|3 pagina's · PDF · 184 kB",
        "Scan paspoort {name_rev} voorkant.jpg|JPG · 2,4 MB",
        "Plattegrond straatfeest {addr3}.pdf|1 pagina · PDF · 88 kB",
        "Budgetplan {sur_title} {project}.xlsx|XLSX · 41 kB",
        "Contactkaart {colleague}.vcf|vCard · 1 kB",
    ),
    document_at=(0, 3, 7),
)

# --- sets -------------------------------------------------------------------------------------


BLIND3_STYLE = RichStyle(
    values=_blind3_values,
    chat=BLIND3_CHAT,
    senders=(("{name}", ""), ("{other}", "")),
    unsaved=("{phone2}", "~ {push}"),
    members="{first}, {other_first}, {phone2}, jij",
    web_rows=(
        ("", "Ik stuur de gegevens zo door"),
        ("{phone2}", "Mijn IBAN is {iban} en het bedrag is {amount}"),
        ("{other}", "Mijn nieuwe adres is {addr}, {postcode} {place}"),
        ("{group}", "{first}: wie heeft het nummer van {other_initials}?"),
        ("Gemeente Meppel", "Bel {switch} of mail {mailbox} voor een afspraak"),
    ),
    sizes={
        "android": ((1080, 2400), (1080, 2400), (720, 1600), (1440, 3120)),
        "ios": ((1170, 2532), (1284, 2778)),
        "web": ((1920, 1080), (1920, 1080), (1366, 768)),
    },
    dark=0.45,
    jpeg=0.4,
    scaled=0.35,
    phone_factors=(0.5, 0.6, 0.75, 0.8),
    web_factors=(0.711, 0.833),
    qualities=(60, 75, 88),
)
BLIND4_STYLE = RichStyle(
    values=_blind4_values,
    chat=BLIND4_CHAT,
    senders=(("{name}", ""), ("{other}", ""), ("{mate}", ""), ("{kid}", "")),
    unsaved=("{phone2}", "~ {push}"),
    members="{other_first}, {mate}, {phone2}, jij",
    web_rows=(
        ("", "Foto"),
        ("{mate}", "Rekening {iban_foreign} t.n.v. {other}"),
        ("{phone2}", "Mijn mail is {email}, bel anders {phone}"),
        ("{group}", "{mate_first}: wie kent {other_lc}?"),
        ("Gemeente Meppel", "Bel {switch_long} of mail {mailbox}"),
        ("{kid}", "Om {time} thuis, de {plate} staat voor de deur"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (1080, 2340),
            (1440, 3200),
            (720, 1612),
        ),
        "ios": ((1179, 2556), (1290, 2796), (750, 1334), (1125, 2436)),
        "web": ((1920, 1080), (2560, 1440), (1536, 864)),
    },
    dark=0.5,
    jpeg=0.45,
    scaled=0.3,
    phone_factors=(0.45, 0.55, 0.7, 0.9),
    web_factors=(0.75, 0.9),
    qualities=(45, 65, 80, 95),
)
BLIND5_STYLE = RichStyle(
    values=_blind5_values,
    chat=BLIND5_CHAT,
    # A saved contact under a surname alone ("Hamer"), an ordinary word.
    senders=(("{name}", ""), ("{other}", ""), ("{mate}", ""), ("{sur_title}", "")),
    unsaved=("{phone3}", "~ {push}"),
    members="{first}, {sur_title}, {mate_first}, {phone3}, jij",
    web_rows=(
        ("", "Locatie"),
        ("{other}", "~ {mate_first}: mail {email2} of {addr2}"),
        ("{phone3}", "Hoi, met {first_lc}, mijn IBAN is {iban}"),
        ("{group}", "{sur_title}: ik bel {phone} wel even"),
        ("Gemeente Meppel", "Mail {mailbox2} of bel {switch_var}"),
        ("{mate}", "Staat de {plate} nog bij de {street}?"),
        ("{sur_title}", "Spraakbericht (0:14)"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (720, 1600),
            (1440, 3200),
            (900, 1950),
        ),
        "ios": ((1170, 2532), (1170, 2532), (828, 1792), (1242, 2688)),
        "web": ((1366, 768), (1920, 1080), (1600, 900), (1280, 720)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.3,
    phone_factors=(0.5, 0.65, 0.8),
    web_factors=(0.8,),
    qualities=(30, 40, 55, 75),
)
BLIND6_STYLE = RichStyle(
    values=_blind6_values,
    chat=BLIND6_CHAT,
    # Saved contacts under a role word and a surname that is a word ("Buurvrouw Kooi"), and a
    # first name with an initial ("Jade T.").
    senders=(
        ("{name}", ""),
        ("{other}", ""),
        ("{mate_short}", ""),
        ("Buurvrouw {neighbour_title}", ""),
    ),
    unsaved=("{phone3}", "~ {push}"),
    members="{other_first}, Buurvrouw {neighbour_title}, {mate_short}, {phone3}, jij",
    web_rows=(
        ("", "Oké, tot {time}"),
        ("{mate_short}", "Mijn nummer is {phone}, bel na {time2}"),
        ("Buurvrouw {neighbour_title}", "De {plate} staat er weer"),
        ("{phone3}", "~ {push}: IBAN {iban_foreign} graag"),
        ("{group}", "{other_first}: het BSN van {kid} is {bsn}"),
        ("Gemeente Meppel", "Bel {switch_var} of mail {mailbox2}"),
        ("{firm}", "Uw offerte van {amount} staat klaar"),
        ("{sur_lc}", "Foto"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (1220, 2712),
            (1344, 2992),
            (720, 1520),
        ),
        "ios": ((1170, 2532), (1170, 2532), (1206, 2622), (1320, 2868), (640, 1136)),
        "web": ((1920, 1080), (1920, 1080), (1440, 900), (1680, 1050)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.35,
    phone_factors=(0.55, 0.7, 0.85),
    web_factors=(0.75, 0.9),
    qualities=(35, 50, 65, 85),
)
BLIND7_STYLE = RichStyle(
    values=_blind7_values,
    chat=BLIND7_CHAT,
    # Saved contacts under a role word and lowercase under a surname that is a word ("appel").
    senders=(
        ("{name}", ""),
        ("{mate}", ""),
        ("Buurman {neighbour_title}", ""),
        ("{sur_lc}", ""),
    ),
    unsaved=("{phone3}", "~ {push}"),
    members="{mate_short}, Buurman {neighbour_title}, {sur_lc}, {phone3}, jij",
    web_rows=(
        ("", "Top, tot {time2}"),
        ("{other}", "Ik sta op {addr}"),
        ("Buurman {neighbour_title}", "Kenteken {plate_text} alweer"),
        ("{phone2}", "~ {push}: mijn BSN is {bsn_spaced}"),
        ("{group}", "{mate_first}: rekening {iban} graag"),
        ("Gemeente Meppel", "Tel. {switch_var}, mail {mailbox2}"),
        ("{firm}", "Factuur van {amount2} verstuurd"),
        ("{sur_lc}", "Spraakbericht"),
        ("{mate_short}", "Geboren {dob}, klopt dat?"),
    ),
    sizes={
        "android": ((1080, 2400), (1080, 2400), (1080, 2340), (1440, 3120), (720, 1600)),
        "ios": ((1179, 2556), (1179, 2556), (1290, 2796), (750, 1334)),
        "web": ((1920, 1080), (1920, 1080), (1536, 864), (1366, 768)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.35,
    phone_factors=(0.6, 0.75, 0.9),
    web_factors=(0.7, 0.85),
    qualities=(40, 55, 70, 90),
)
BLIND8_STYLE = RichStyle(
    values=_blind8_values,
    chat=BLIND8_CHAT,
    # Saved contacts under a role word with a surname that is a word ("Juf Riet") and in
    # lowercase first name and surname ("lieve riet").
    senders=(
        ("{name}", ""),
        ("{other}", ""),
        ("Juf {neighbour_title}", ""),
        ("{first_lc} {sur_lc}", ""),
    ),
    unsaved=("{phone3}", "~ {push}"),
    members="{other_first}, Juf {neighbour_title}, {first_lc}, {phone3}, jij",
    web_rows=(
        ("", "Oké, ik hoor het wel"),
        ("{other}", "Mijn nieuwe adres: {addr2}, {postcode}"),
        ("Juf {neighbour_title}", "{kid} was vandaag weer niet op school"),
        ("{phone2}", "~ {push}: IBAN {iban} klopt"),
        ("{group}", "{mate_first}: kenteken {plate} staat er weer"),
        ("Gemeente Meppel", "Bel {switch_var} of mail {mailbox2}"),
        ("{firm}", "Offerte {factuur}: {amount}"),
        ("{first_lc} {sur_lc}", "Foto"),
        ("{mate_short}", "Zie {url}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (1080, 2412),
            (1440, 3088),
            (720, 1640),
        ),
        "ios": ((1170, 2532), (1179, 2556), (1284, 2778), (750, 1334)),
        "web": ((1920, 1080), (1920, 1080), (1600, 900), (1280, 800)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.35,
    phone_factors=(0.5, 0.7, 0.85),
    web_factors=(0.75, 0.9),
    qualities=(35, 50, 70, 90),
)
BLIND9_STYLE = RichStyle(
    values=_blind9_values,
    chat=BLIND9_CHAT,
    # Saved contacts under a role word with a surname that is a word ("Wijkagent Kroon") and
    # under a lowercase first name that is a word ("ben", "wil").
    senders=(
        ("{name}", ""),
        ("{other}", ""),
        ("Wijkagent {neighbour_title}", ""),
        ("{first_lc}", ""),
    ),
    unsaved=("{phone3}", "~ {push}"),
    members="{other_first}, Wijkagent {neighbour_title}, {first_lc}, {phone3}, jij",
    web_rows=(
        ("", "Prima, dank u wel"),
        ("{other}", "IBAN {iban_foreign} klopt toch?"),
        ("Wijkagent {neighbour_title}", "De {plate_text} is van {first_lc}"),
        ("{phone3}", "~ {push}: geb. {dob}, BSN {bsn}"),
        ("{group}", "{mate_short}: wie woont er op {addr2}?"),
        ("Gemeente Meppel", "WhatsApp {wa_gem} of {url_gem}"),
        ("{firm}", "Factuur {factuur} is betaald"),
        ("{first_lc}", "Document"),
        ("{mate}", "Mijn mail: {email2}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (1080, 2376),
            (1440, 3200),
            (720, 1560),
        ),
        "ios": ((1170, 2532), (1179, 2556), (1242, 2688), (828, 1792)),
        "web": ((1920, 1080), (1920, 1080), (1440, 900), (1366, 768)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.35,
    phone_factors=(0.55, 0.7, 0.85),
    web_factors=(0.75, 0.9),
    qualities=(40, 60, 75, 92),
    glue_wraps=True,
)
BLIND10_STYLE = RichStyle(
    values=_blind10_values,
    chat=BLIND10_CHAT,
    # Saved contacts under a role word with a surname that is a word ("Meester Haak") and under a
    # lowercase role word with a first name ("tante Rosa").
    senders=(
        ("{name}", ""),
        ("{mate}", ""),
        ("Meester {neighbour_title}", ""),
        ("tante {other_first}", ""),
    ),
    unsaved=("{phone3}", "~ {push}"),
    members="{mate_first}, Meester {neighbour_title}, tante {other_first}, {phone3}, jij",
    web_rows=(
        ("", "Fijn, bedankt!"),
        ("{mate}", "Stempas van {other} ligt hier"),
        ("Meester {neighbour_title}", "{kid} mag mee zwemmen"),
        ("{phone2}", "~ {push}: mijn IBAN {iban_flat}"),
        ("{group}", "{mate_first}: carbid bij {addr2}?"),
        ("Gemeente Meppel", "App {wa_gem} of bel {switch_var}"),
        ("{firm}", "Rookmelder geplaatst, {amount2}"),
        ("tante {other_first}", "Spraakbericht (1:02)"),
        ("{first_lc} {sur_lc}", "Geboren {dob_text}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (1080, 2460),
            (1440, 3216),
            (720, 1680),
        ),
        "ios": ((1170, 2532), (1179, 2556), (1290, 2796), (1125, 2436), (750, 1334)),
        "web": ((1920, 1080), (1920, 1080), (2560, 1080), (1280, 1024), (1366, 768)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.35,
    phone_factors=(0.6, 0.75, 0.9),
    web_factors=(0.8, 0.9),
    qualities=(38, 58, 72, 88),
    glue_wraps=True,
)
BLIND11_STYLE = RichStyle(
    values=_blind11_values,
    chat=BLIND11_CHAT,
    # Saved contacts as a family with a surname that is a word ("Fam. Klomp") and with a heart
    # before a first name ("♥ Fee").
    senders=(
        ("{name}", ""),
        ("{other}", ""),
        ("Fam. {neighbour_title}", ""),
        ("♥ {mate_first}", ""),
    ),
    unsaved=("{phone2}", "~ {push}"),
    members="{other_first}, Fam. {neighbour_title}, ♥ {mate_first}, {phone2}, jij",
    web_rows=(
        ("", "Top, dank je!"),
        ("{other}", "Sloopmelding is verstuurd"),
        ("Fam. {neighbour_title}", "De {plate_text} staat voor onze deur"),
        ("{phone2}", "~ {push}: BSN {bsn_short}"),
        ("{group}", "{mate_first}: wie woont er op {addr}?"),
        ("Gemeente Meppel", "Bel {switch_alt} of app {wa_gem}"),
        ("{firm}", "Factuur {factuur} volgt"),
        ("♥ {mate_first}", "{url}"),
        ("{name_rev}", "Geboren {dob}, mail {email}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (1080, 2408),
            (1260, 2800),
            (800, 1780),
        ),
        "ios": ((1170, 2532), (1179, 2556), (1080, 2340), (1242, 2208)),
        "web": ((1920, 1080), (1920, 1080), (2880, 1800), (1536, 960), (1600, 1200)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.35,
    phone_factors=(0.5, 0.66, 0.8),
    web_factors=(0.67, 0.85),
    qualities=(28, 50, 68, 82, 95),
    glue_wraps=True,
)
BLIND12_STYLE = RichStyle(
    values=_blind12_values,
    chat=BLIND12_CHAT,
    # Saved contacts as a household with a surname that is a word ("Buren Blok") and as a
    # colleague's first name with "gemeente" ("Lies gemeente").
    senders=(
        ("{name}", ""),
        ("{other}", ""),
        ("Buren {neighbour_title}", ""),
        ("{colleague_first} gemeente", ""),
    ),
    unsaved=("{phone2}", "~ {push}"),
    members="{other_first}, Buren {neighbour_title}, {colleague_first} gemeente, {phone2}, jij",
    web_rows=(
        ("", "Oké, ik wacht het bericht af"),
        ("{other}", "Bedankt voor het snelle antwoord!"),
        ("Buren {neighbour_title}", "De aanhanger {plate_text} staat er nog"),
        ("{phone2}", "~ {push}: mijn BSN is {bsn}"),
        ("{group}", "{colleague_first}: wie neemt {addr2}?"),
        ("Gemeente Meppel", "U kunt ons bellen op {switch_alt}"),
        ("{firm}", "Factuur {factuur} is verstuurd"),
        ("{colleague_first} gemeente", "Bel jij {sur_lc} terug? {phone}"),
        ("{mate}", "{email2}"),
        ("{name_rev}", "Geboren {dob_text}, {iban_flat}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (1080, 2340),
            (1440, 3120),
            (720, 1600),
        ),
        "ios": ((1179, 2556), (1290, 2796), (1170, 2532), (828, 1792)),
        "web": ((1920, 1080), (1920, 1080), (1680, 1050), (2560, 1440), (1366, 768)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.35,
    phone_factors=(0.55, 0.7, 0.85),
    web_factors=(0.6, 0.8),
    qualities=(35, 55, 70, 85, 92),
    glue_wraps=True,
)
BLIND13_STYLE = RichStyle(
    values=_blind13_values,
    chat=BLIND13_CHAT,
    # Saved contacts as a colleague with a surname that is a word and a role ("Mevr Gans
    # wijkteam") and as a nickname with a lowercase surname ("Zonnetje kolk").
    senders=(
        ("{name}", ""),
        ("{other}", ""),
        ("Mevr {neighbour_title} wijkteam", ""),
        ("{nick} {sur_lc}", ""),
    ),
    unsaved=("{phone3}", "~ {push}"),
    members="{other_first}, Mevr {neighbour_title} wijkteam, {nick}, {phone3}, u",
    web_rows=(
        ("", "Prima, dan hoor ik het wel"),
        ("{other}", "Fijn dat het geregeld is!"),
        ("Mevr {neighbour_title} wijkteam", "Huisbezoek {addr3}, {postcode_odd}"),
        ("{phone3}", "~ {push}: kenteken {plate_text}"),
        ("{group}", "{colleague_first}: wie belt {nick} terug?"),
        ("Gemeente Meppel", "Bel ons gerust op {switch_alt}"),
        ("{firm}", "Werkorder {po} is klaar"),
        ("{nick} {sur_lc}", "Mijn BSN: {bsn_spaced}"),
        ("{mate}", "{email2} / {url}"),
        ("{name_rev}", "Geboren {dob_text}, {iban_lc}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2412),
            (1440, 3168),
            (720, 1544),
        ),
        "ios": ((1179, 2556), (1170, 2532), (1284, 2778), (750, 1334)),
        "web": ((1920, 1080), (1920, 1080), (1600, 900), (2048, 1152), (1440, 960)),
    },
    dark=0.45,
    jpeg=0.5,
    scaled=0.3,
    phone_factors=(0.5, 0.66, 0.8),
    web_factors=(0.66, 0.75),
    qualities=(33, 48, 64, 80, 94),
    glue_wraps=True,
)
BLIND14_STYLE = RichStyle(
    values=_blind14_values,
    chat=BLIND14_CHAT,
    # Saved contacts under a surname that is a word with a trade ("Knoop schilder") and under a
    # bare first name that is a word ("Maan", "Lelie").
    senders=(
        ("{name}", ""),
        ("{other}", ""),
        ("{neighbour_title} schilder", ""),
        ("{word_first}", ""),
    ),
    unsaved=("{phone3}", "~ {push}"),
    members="{word_first}, {neighbour_title} schilder, {other_first}, {phone3}, u",
    web_rows=(
        ("", "Oké, dan wacht ik uw bericht af"),
        ("{other}", "Ik stuur de machtiging vanavond"),
        ("{neighbour_title} schilder", "Bus {plate_text} staat bij {addr2}"),
        ("{phone3}", "~ {push}: IBAN {iban_flat}"),
        ("{group}", "{word_first}: wie gaat naar {addr}?"),
        ("Gemeente Meppel", "Bel {switch_var} of {switch_alt}"),
        ("{firm}", "Project {project} loopt volgens plan"),
        ("{word_first}", "{word_first} typt…"),
        ("{mate}", "Geb. {dob}, BSN {bsn}"),
        ("{name_rev}", "{email} · {phone}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (1080, 2340),
            (1440, 3200),
            (720, 1600),
        ),
        "ios": ((1170, 2532), (1179, 2556), (1290, 2796), (750, 1334)),
        "web": ((1920, 1080), (1920, 1080), (1366, 768), (1600, 900), (2560, 1440)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.35,
    phone_factors=(0.5, 0.7, 0.85),
    web_factors=(0.7, 0.8),
    qualities=(30, 45, 60, 78, 92),
    glue_wraps=True,
    # A group's header: who is typing or recording, or the member list.
    group_subtitles=(
        "{word_first} typt…",
        "{neighbour_title} schilder neemt audio op…",
        "{other_first} en {word_first} typen…",
        "{word_first}, {neighbour_title} schilder, {other_first}, {phone3}, u",
    ),
)
BLIND15_STYLE = RichStyle(
    values=_blind15_values,
    chat=BLIND15_CHAT,
    # Saved contacts with an emoji ("Lo ✿", "☎ Duif loodgieter") and under initials.
    senders=(
        ("{name}", ""),
        ("{nick} ✿", ""),
        ("☎ {neighbour_title} loodgieter", ""),
        ("{initials}", ""),
    ),
    unsaved=("{phone2}", "~ {push} ★"),
    members="{nick} ✿, {initials}, {other_first}, {phone2}, u",
    web_rows=(
        ("", "Prima, dan wacht ik op de brief"),
        ("{nick} ✿", "Spraakbericht (0:48)"),
        ("☎ {neighbour_title} loodgieter", "Busje {plate_text} staat op {addr3}"),
        ("{phone2}", "~ {push} ★: mijn BSN is {bsn}"),
        ("{group}", "{colleague_first}: {other} is van nummer veranderd"),
        ("Gemeente Meppel", "Afspraak via {url_gem} of {switch_var}"),
        ("{school}", "Ouderavond {date} om {time}"),
        ("{initials}", "Geboren {dob}, IBAN {iban_lc}"),
        ("{mate} ♥", "{email2}"),
        ("{name_rev}", "↪ Doorgestuurd: {addr2}, {phone}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (1080, 2412),
            (1440, 3088),
            (720, 1612),
        ),
        "ios": ((1179, 2556), (1170, 2532), (1284, 2778), (828, 1792)),
        "web": ((1920, 1080), (1920, 1080), (1536, 864), (1680, 1050), (2560, 1440)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.35,
    phone_factors=(0.5, 0.66, 0.8),
    web_factors=(0.75, 0.85),
    qualities=(35, 50, 65, 80, 95),
    glue_wraps=True,
    group_subtitles=(
        "{nick} ✿ typt…",
        "☎ {neighbour_title} loodgieter neemt audio op…",
        "{other_first} en {initials} typen…",
        "{nick} ✿, {initials}, {other_first}, {phone2}, u",
    ),
)
BLIND16_STYLE = RichStyle(
    values=_blind16_values,
    chat=BLIND16_CHAT,
    # Saved contacts under a word first name with a role ("Mei stratenmaker"), a lower-case
    # surname that is a word with a trade ("kool hovenier"), a nickname with a flower.
    senders=(
        ("{name}", ""),
        ("{word_first} stratenmaker", ""),
        ("{neighbour_lc} hovenier", ""),
        ("{nick} ❀", ""),
    ),
    unsaved=("{phone3}", "~ {push} ☘"),
    members="{word_first} stratenmaker, {nick} ❀, {other_first}, {phone3}, u",
    web_rows=(
        ("", "Top, tot donderdag dan"),
        ("{word_first} stratenmaker", "Tegels liggen er weer in bij {addr3}"),
        ("{neighbour_lc} hovenier", "Foto"),
        ("{phone3}", "~ {push} ☘: geb. {dob_text}"),
        ("{group}", "{mate_first}: {neighbour_title} komt morgen"),
        ("Gemeente Meppel", "Melding {melding}: leges op {iban_gem}"),
        ("{firm}", "Offerte {factuur} in de bijlage"),
        ("{nick} ❀", "Mijn nieuwe nummer is {phone2}"),
        ("{other}", "{url}"),
        ("{name_rev}", "IBAN {iban_foreign} t.n.v. {initials}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (1080, 2340),
            (1440, 3120),
            (720, 1520),
        ),
        "ios": ((1170, 2532), (1179, 2556), (1290, 2796), (1125, 2436)),
        "web": ((1920, 1080), (1920, 1080), (1366, 768), (1600, 1000), (2560, 1440)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.33,
    phone_factors=(0.5, 0.62, 0.78),
    web_factors=(0.7, 0.8),
    qualities=(32, 47, 62, 78, 92),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} stratenmaker typt…",
        "{neighbour_lc} hovenier neemt audio op…",
        "{nick} ❀ en {other_first} typen…",
        "{word_first} stratenmaker, {nick} ❀, {other_first}, {phone3}, u",
    ),
)
BLIND17_STYLE = RichStyle(
    values=_blind17_values,
    chat=BLIND17_CHAT,
    # Saved contacts under a word first name with its nickname in brackets ("Door (Doortje)") and
    # under a lower-case surname that is a word with the role in words ("vis - buurman").
    senders=(
        ("{name}", ""),
        ("{other}", ""),
        ("{word_first} ({word_nick})", ""),
        ("{neighbour_lc} - buurman", ""),
    ),
    unsaved=("{phone3}", "~ {push} ☼"),
    members="{word_first} ({word_nick}), {neighbour_lc} - buurman, {other_first}, {phone3}, u",
    web_rows=(
        ("", "Goed, dan hoor ik het morgen"),
        ("{word_first} ({word_nick})", "Zwaluwen zitten nog bij {school}"),
        ("{neighbour_lc} - buurman", "Camper {plate_text} staat er weer"),
        ("{phone3}", "~ {push} ☼: BSN {bsn_spaced}"),
        ("{group}", "{colleague_first}: huisbezoek {addr3} gaat door"),
        ("Gemeente Meppel", "Afspraak? Bel {switch_long} of app {wa_gem}"),
        ("{firm}", "Werkbon {po} afgerond"),
        ("{double}", "Naamgebruik geregeld, zie {url}"),
        ("{other}", "Geb. {dob_text}, {email2}"),
        ("{name_rev}", "{iban_lc} · {phone}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (1080, 2408),
            (1440, 3200),
            (720, 1600),
        ),
        "ios": ((1170, 2532), (1179, 2556), (1206, 2622), (828, 1792)),
        "web": ((1920, 1080), (1920, 1080), (1440, 900), (1680, 1050), (2560, 1600)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.33,
    phone_factors=(0.52, 0.64, 0.8),
    web_factors=(0.72, 0.84),
    qualities=(34, 49, 63, 79, 93),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} ({word_nick}) typt…",
        "{neighbour_lc} - buurman neemt audio op…",
        "{other_first} en {neighbour_lc} typen…",
        "{word_first} ({word_nick}), {neighbour_lc} - buurman, {other_first}, {phone3}, u",
    ),
)
BLIND18_STYLE = RichStyle(
    values=_blind18_values,
    chat=BLIND18_CHAT,
    # Saved contacts with a symbol after a word first name ("Arend ☀") or before a nickname and
    # initial ("♥ Zosia K."); a member saved as initials and surname with an anchor.
    senders=(
        ("{name}", ""),
        ("{word_first} ☀", ""),
        ("♥ {mate_short}", ""),
        ("{initials} ⚓", ""),
    ),
    unsaved=("{phone_abroad}", "~ {push} ✿"),
    members="{word_first} ☀, ♥ {mate_short}, {initials} ⚓, {phone_abroad}, u",
    web_rows=(
        ("", "Prima, tot dinsdag"),
        ("{word_first} ☀", "Het ooievaarsnest in {village} is bewoond"),
        ("♥ {mate_short}", "{plate_text} staat weer op de stoep"),
        ("{phone_abroad}", "~ {push} ✿: mijn BSN is {bsn}"),
        ("{group}", "{colleague_first}: huisbezoek {addr2} verzet"),
        ("Gemeente Meppel", "Bel {switch_var} of app {wa_gem}"),
        ("{firm}", "Bestelling {po} geleverd"),
        ("{initials} ⚓", "Geb. {dob}, {email}"),
        ("{double}", "Rekening {iban_flat}"),
        ("{other}", "Gemiste oproep · {phone}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (1080, 2340),
            (1440, 3120),
            (720, 1612),
        ),
        "ios": ((1170, 2532), (1284, 2778), (1179, 2556), (750, 1334)),
        "web": ((1920, 1080), (1920, 1080), (1366, 768), (1600, 900), (2560, 1440)),
    },
    dark=0.45,
    jpeg=0.45,
    scaled=0.3,
    phone_factors=(0.55, 0.7, 0.85),
    web_factors=(0.75, 0.9),
    qualities=(38, 52, 68, 82, 95),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} ☀ typt…",
        "♥ {mate_short} neemt audio op…",
        "{initials} ⚓ en {other_first} typen…",
        "{word_first} ☀, ♥ {mate_short}, {initials} ⚓, {phone_abroad}, u",
    ),
)
BLIND19_STYLE = RichStyle(
    values=_blind19_values,
    chat=BLIND19_CHAT,
    # Saved contacts with a star after a word first name ("Leen ★"), a plane before a nickname
    # and an initial without a dot ("✈ Tina L"); a member saved as initials and surname with a
    # note.
    senders=(
        ("{name}", ""),
        ("{word_first} ★", ""),
        ("✈ {mate_short}", ""),
        ("{initials} ♪", ""),
    ),
    unsaved=("{phone_abroad}", "~ {push} ☘"),
    members="{word_first} ★, ✈ {mate_short}, {initials} ♪, {phone_abroad}, jij",
    web_rows=(
        ("", "Goed, tot vrijdag"),
        ("{word_first} ★", "De zwaan in {village} is opgehaald"),
        ("✈ {mate_short}", "Caravan {plate_text} staat er nog"),
        ("{phone_abroad}", "~ {push} ☘: BSN {bsn_spaced}"),
        ("{group}", "{colleague_first}: gesprek {addr3} gaat niet door"),
        ("Gemeente Meppel", "Bellen kan op {switch_var}, appen op {wa_gem}"),
        ("{firm}", "Order {po} is verzonden"),
        ("{initials} ♪", "Geboren {dob_text}, {email2}"),
        ("{double}", "IBAN {iban}"),
        ("{name_lc}", "Gemist gesprek · {phone2}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (1080, 2412),
            (1344, 2992),
            (720, 1600),
        ),
        "ios": ((1179, 2556), (1290, 2796), (1125, 2436), (828, 1792)),
        "web": ((1920, 1080), (1920, 1080), (1440, 900), (1680, 1050), (2560, 1440)),
    },
    dark=0.5,
    jpeg=0.4,
    scaled=0.3,
    phone_factors=(0.6, 0.75, 0.9),
    web_factors=(0.8, 0.9),
    qualities=(42, 55, 70, 85, 92),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} ★ typt…",
        "✈ {mate_short} neemt een spraakbericht op…",
        "{initials} ♪ en {other_first} zijn aan het typen…",
        "{word_first} ★, ✈ {mate_short}, {initials} ♪, {phone_abroad}, jij",
    ),
)
BLIND20_STYLE = RichStyle(
    values=_blind20_values,
    chat=BLIND20_CHAT,
    # Saved contacts with a snowflake after a word first name ("Klaar ❄"), a house before a nickname
    # with the surname cut to two letters ("⌂ Wyts Bo."); a member saved with the surname first and an
    # envelope.
    senders=(
        ("{name}", ""),
        ("{word_first} ❄", ""),
        ("⌂ {mate_short}", ""),
        ("✉ {name_rev}", ""),
    ),
    unsaved=("{phone3}", "~ {push} ☂"),
    members="{word_first} ❄, ⌂ {mate_short}, ✉ {name_rev}, {phone3}, jij",
    web_rows=(
        ("", "Oké, dan hoor ik het na de kerst"),
        ("{word_first} ❄", "Het voedselpakket staat klaar in {village}"),
        ("⌂ {mate_short}", "Bus {plate_text} blokkeert de inrit"),
        ("{phone3}", "~ {push} ☂: mijn BSN {bsn}"),
        ("{group}", "{colleague_first}: wie gaat naar {addr2}?"),
        ("Gemeente Meppel", "Vragen? {switch_var} of WhatsApp {wa_gem}"),
        ("{firm}", "Bestelling {po} klaar, KvK {kvk}"),
        ("✉ {name_rev}", "Geb. {dob}, mail {email}"),
        ("{other}", "Rekening {iban_flat}"),
        ("{double}", "Gemiste spraakoproep · {phone}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (1080, 2340),
            (1440, 3200),
            (720, 1600),
        ),
        "ios": ((1170, 2532), (1179, 2556), (1290, 2796), (750, 1334)),
        "web": ((1920, 1080), (1920, 1080), (1366, 768), (1536, 864), (2560, 1440)),
    },
    dark=0.5,
    jpeg=0.45,
    scaled=0.33,
    phone_factors=(0.55, 0.7, 0.85),
    web_factors=(0.75, 0.88),
    qualities=(40, 55, 68, 84, 93),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} ❄ typt…",
        "⌂ {mate_short} neemt audio op…",
        "✉ {name_rev} en {other_first} typen…",
        "{word_first} ❄, ⌂ {mate_short}, ✉ {name_rev}, {phone3}, jij",
    ),
)
BLIND21_STYLE = RichStyle(
    values=_blind21_values,
    chat=BLIND21_CHAT,
    # Saved contacts with a cloud after a word first name ("Anker ☁"), a flag before a nickname
    # and a surname's initial without a dot ("⚑ Kasia N"); a member saved with the surname first
    # and scissors.
    senders=(
        ("{name}", ""),
        ("{word_first} ☁", ""),
        ("⚑ {mate_short}", ""),
        ("✂ {name_rev}", ""),
    ),
    unsaved=("{phone3}", "~ {push} ⚡"),
    members="{word_first} ☁, ⚑ {mate_short}, ✂ {name_rev}, {colleague_first}, jij",
    web_rows=(
        ("", "Dan spreken we na de verkiezing af"),
        ("{word_first} ☁", "Sleutel ligt bij de buren in {village}"),
        ("⚑ {mate_short}", "Wagen {plate_text} staat voor de deur"),
        ("{phone3}", "~ {push} ⚡: BSN is {bsn_spaced}"),
        ("{group}", "{colleague_first}: wie pakt {addr3}?"),
        ("Gemeente Meppel", "U kunt bellen met {switch_var}, appen: {wa_gem}"),
        ("{firm}", "Offerte {project}, KvK {kvk}"),
        ("✂ {name_rev}", "Geboren {dob}, {email2}"),
        ("{initials}", "IBAN {iban_lc}"),
        ("{other_lc}", "Gemist gesprek · {landline}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2400),
            (1080, 2460),
            (1440, 3120),
            (720, 1520),
        ),
        "ios": ((1170, 2532), (1179, 2556), (1284, 2778), (828, 1792)),
        "web": ((1920, 1080), (1920, 1080), (1440, 900), (1600, 900), (2560, 1600)),
    },
    dark=0.45,
    jpeg=0.5,
    scaled=0.3,
    phone_factors=(0.5, 0.66, 0.8),
    web_factors=(0.7, 0.85),
    qualities=(35, 50, 62, 78, 90),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} ☁ typt…",
        "⚑ {mate_short} neemt een spraakbericht op…",
        "✂ {name_rev} en {colleague_first} typen…",
        "{word_first} ☁, ⚑ {mate_short}, ✂ {name_rev}, {colleague_first}, jij",
    ),
)
BLIND22_STYLE = RichStyle(
    values=_blind22_values,
    chat=BLIND22_CHAT,
    # Saved contacts with a note after a word first name ("Klaver ♪"), an umbrella before a
    # nickname and a surname's first two letters ("☂ Raf Ou."); a member saved with the surname
    # first and a pencil.
    senders=(
        ("{name}", ""),
        ("{word_first} ♪", ""),
        ("☂ {mate_short}", ""),
        ("✎ {name_rev}", ""),
    ),
    unsaved=("{phone2}", "~ {push} ☀"),
    members="{word_first} ♪, ☂ {mate_short}, ✎ {name_rev}, {colleague}, jij",
    web_rows=(
        ("", "Tot donderdag bij de balie"),
        ("{word_first} ♪", "Ratten zitten weer in {village}"),
        ("☂ {mate_short}", "Trailer {plate_text} is weg"),
        ("{phone2}", "~ {push} ☀: mijn BSN {bsn}"),
        ("{group}", "{colleague}: wie gaat naar {addr2}?"),
        ("Gemeente Meppel", "Bel {switch_long} of app {wa_gem}"),
        ("{firm}", "Werkbon {project}, btw {btw}"),
        ("✎ {name_rev}", "Geb. {dob_text}, tel {landline}"),
        ("{double}", "Nieuw rekeningnr: {iban_flat}"),
        ("{neighbour_lc}", "Spraakbericht (0:31)"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2340),
            (1080, 2400),
            (1440, 3200),
            (720, 1600),
        ),
        "ios": ((1170, 2532), (1179, 2556), (1290, 2796), (750, 1334)),
        "web": ((1920, 1080), (1920, 1080), (1366, 768), (1680, 1050), (2560, 1440)),
    },
    dark=0.45,
    jpeg=0.5,
    scaled=0.35,
    phone_factors=(0.55, 0.7, 0.85),
    web_factors=(0.75, 0.9),
    qualities=(40, 55, 70, 85, 92),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} ♪ typt…",
        "☂ {mate_short} neemt audio op…",
        "✎ {name_rev}, {colleague} en 2 anderen typen…",
        "{word_first} ♪, ☂ {mate_short}, ✎ {name_rev}, {colleague}, jij",
    ),
)
BLIND23_STYLE = RichStyle(
    values=_blind23_values,
    chat=BLIND23_CHAT,
    # Saved contacts with a flower after a word first name ("Parel ✿"), a shamrock before a
    # nickname and a surname's first three letters without a dot ("☘ Del Rey"); a member saved
    # with the surname first and a star.
    senders=(
        ("{name}", ""),
        ("{word_first} ✿", ""),
        ("☘ {mate_short}", ""),
        ("★ {name_rev}", ""),
    ),
    unsaved=("{phone3}", "~ {push} ⚓"),
    members="{word_first} ✿, ☘ {mate_short}, ★ {name_rev}, {colleague_first}, jij",
    web_rows=(
        ("", "Tot vrijdag bij de mobiele balie"),
        ("{word_first} ✿", "Meeuwen zitten weer op het dak in {village}"),
        ("☘ {mate_short}", "Camper {plate_text} staat er nog"),
        ("{phone3}", "~ {push} ⚓: BSN {bsn_spaced}"),
        ("{group}", "{colleague}: ik ga wel naar {addr3}"),
        ("Gemeente Meppel", "Whatsappen via {wa_gem} of bellen met {switch_alt}"),
        ("{firm}", "Prijsopgave {project}, KvK {kvk}"),
        ("★ {name_rev}", "Geboren {dob}, mail {email}"),
        ("{initials}", "Nieuwe IBAN {iban}"),
        ("{sur_lc}", "Gemist spraakgesprek · {landline}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2412),
            (1080, 2400),
            (1440, 3216),
            (720, 1640),
        ),
        "ios": ((1170, 2532), (1179, 2556), (1206, 2622), (828, 1792)),
        "web": ((1920, 1080), (1920, 1080), (1440, 900), (1280, 800), (2560, 1440)),
    },
    dark=0.45,
    jpeg=0.5,
    scaled=0.35,
    phone_factors=(0.5, 0.65, 0.8),
    web_factors=(0.72, 0.86),
    qualities=(38, 52, 66, 80, 94),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} ✿ typt…",
        "☘ {mate_short} neemt een spraakbericht op…",
        "★ {name_rev} en {kid} typen…",
        "{word_first} ✿, ☘ {mate_short}, ★ {name_rev}, {colleague_first}, jij",
    ),
)
BLIND24_STYLE = RichStyle(
    values=_blind24_values,
    chat=BLIND24_CHAT,
    # Saved contacts with a blossom after a word first name ("Ster ❀"), a four-pointed star
    # before a nickname and a surname's initial without a dot ("✦ Dani K"); a member saved
    # with the surname first and a fish.
    senders=(
        ("{name}", ""),
        ("{word_first} ❀", ""),
        ("✦ {mate_short}", ""),
        ("♦ {name_rev}", ""),
    ),
    unsaved=("{phone3}", "~ {push} ✌"),
    members="{word_first} ❀, ✦ {mate_short}, ♦ {name_rev}, {colleague_first}, jij",
    web_rows=(
        ("", "Tot dinsdag op de markt"),
        ("{word_first} ❀", "De sloot in {village} is weer vol kroos"),
        ("✦ {mate_short}", "Auto {plate_text} staat er nog steeds"),
        ("{phone3}", "~ {push} ✌: mijn BSN is {bsn_spaced}"),
        ("{group}", "{colleague}: ik rijd langs {addr3}"),
        ("Gemeente Meppel", "Appen naar {wa_gem} of bel {switch_alt}"),
        ("{firm}", "Offerte {project} gestuurd, KvK {kvk}"),
        ("♦ {name_rev}", "Geb. {dob}, mail {email2}"),
        ("{initials}", "Rekening {iban}"),
        ("{sur_lc}", "Gemist videogesprek · {landline}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2340),
            (1080, 2400),
            (1440, 3200),
            (720, 1600),
        ),
        "ios": ((1170, 2532), (1179, 2556), (1290, 2796), (750, 1334)),
        "web": ((1920, 1080), (1920, 1080), (1536, 864), (1600, 900), (2560, 1440)),
    },
    dark=0.45,
    jpeg=0.45,
    scaled=0.4,
    phone_factors=(0.55, 0.7, 0.85),
    web_factors=(0.75, 0.9),
    qualities=(42, 58, 70, 85, 95),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} ❀ typt…",
        "✦ {mate_short} neemt audio op…",
        "♦ {name_rev} en {push} typen…",
        "{word_first} ❀, ✦ {mate_short}, ♦ {name_rev}, {colleague_first}, jij",
    ),
)
BLIND25_STYLE = RichStyle(
    values=_blind25_values,
    chat=BLIND25_CHAT,
    # Saved contacts with a crescent moon after a word first name ("Mirte ☾"), a black diamond
    # before a nickname and a surname's initial ("◆ Mien K"); a member saved with the surname
    # first and a pin.
    senders=(
        ("{name}", ""),
        ("{word_first} ☾", ""),
        ("◆ {mate_short}", ""),
        ("⚑ {name_rev}", ""),
    ),
    unsaved=("{phone3}", "~ {push} ☀"),
    members="{word_first} ☾, ◆ {mate_short}, ⚑ {name_rev}, {colleague_first}, jij",
    web_rows=(
        ("", "Zie je donderdag op de kermis"),
        ("{word_first} ☾", "Het ooievaarsnest in {village} is bewoond"),
        ("◆ {mate_short}", "Caravan {plate_text} staat er nog"),
        ("{phone3}", "~ {push} ☀: BSN {bsn_spaced}"),
        ("{group}", "{colleague}: ik ga langs {addr3}"),
        ("Gemeente Meppel", "App ons op {wa_gem} of bel {switch_alt}"),
        ("{firm}", "Werkbon {project} verstuurd, KvK {kvk}"),
        ("⚑ {name_rev}", "Geboren {dob}, mail {email2}"),
        ("{initials}", "IBAN {iban}"),
        ("{sur_lc}", "Gemiste spraakoproep · {landline}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2412),
            (1080, 2400),
            (1440, 3088),
            (720, 1612),
        ),
        "ios": ((1170, 2532), (1179, 2556), (1284, 2778), (828, 1792)),
        "web": ((1920, 1080), (1920, 1200), (1366, 768), (1680, 1050), (2560, 1440)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.45,
    phone_factors=(0.5, 0.66, 0.8),
    web_factors=(0.7, 0.85),
    qualities=(45, 60, 72, 88, 95),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} ☾ typt…",
        "◆ {mate_short} neemt een spraakbericht op…",
        "⚑ {name_rev} en {push} typen…",
        "{word_first} ☾, ◆ {mate_short}, ⚑ {name_rev}, {colleague_first}, jij",
    ),
)
BLIND26_STYLE = RichStyle(
    values=_blind26_values,
    chat=BLIND26_CHAT,
    # Saved contacts with an umbrella after a word first name ("Salie ☂"), a flower before a
    # nickname and a surname's initial with a dot ("✿ Lammie E."); a member saved with the
    # surname first and a snowflake.
    senders=(
        ("{name}", ""),
        ("{word_first} ☂", ""),
        ("✿ {mate_short}", ""),
        ("❄ {name_rev}", ""),
    ),
    unsaved=("{phone3}", "~ {push} ⚡"),
    members="{word_first} ☂, ✿ {mate_short}, ❄ {name_rev}, {colleague_first}, jij",
    web_rows=(
        ("", "Tot zaterdag op de braderie"),
        ("{word_first} ☂", "De bever is weer bezig bij {village}"),
        ("✿ {mate_short}", "Verhuislift {plate_text} staat er al"),
        ("{phone3}", "~ {push} ⚡: mijn BSN is {bsn_spaced}"),
        ("{group}", "{colleague}: ik fiets straks naar {addr3}"),
        ("Gemeente Meppel", "App ons via {wa_gem} of bel {switch_alt}"),
        ("{firm}", "Prijsopgave {project} is verstuurd, KvK {kvk}"),
        ("❄ {name_rev}", "Geb. {dob}, mailadres {email2}"),
        ("{initials}", "Mijn rekeningnummer: {iban}"),
        ("{sur_lc}", "Gemiste video-oproep · {landline}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2340),
            (1080, 2400),
            (1440, 3200),
            (720, 1600),
        ),
        "ios": ((1170, 2532), (1290, 2796), (1125, 2436), (750, 1334)),
        "web": ((1920, 1080), (1600, 900), (1366, 768), (1440, 900), (2560, 1440)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.45,
    phone_factors=(0.5, 0.6, 0.75),
    web_factors=(0.75, 0.9),
    qualities=(40, 55, 70, 85, 92),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} ☂ is aan het typen…",
        "✿ {mate_short} neemt audio op…",
        "❄ {name_rev} en {push} zijn aan het typen…",
        "{word_first} ☂, ✿ {mate_short}, ❄ {name_rev}, {colleague_first}, jij",
    ),
)
BLIND27_STYLE = RichStyle(
    values=_blind27_values,
    chat=BLIND27_CHAT,
    # Saved contacts with a club (a tree) after a word first name ("Dahlia ♣"), a leaf before a
    # nickname and a surname's initial without a dot ("❦ Nola D"); a member saved with the
    # surname first and a flower.
    senders=(
        ("{name}", ""),
        ("{word_first} ♣", ""),
        ("❦ {mate_short}", ""),
        ("⚘ {name_rev}", ""),
    ),
    unsaved=("{phone3}", "~ {push} ♧"),
    members="{word_first} ♣, ❦ {mate_short}, ⚘ {name_rev}, {colleague_first}, jij",
    web_rows=(
        ("", "Tot woensdag bij de boomgaard"),
        ("{word_first} ♣", "De mieren zitten weer in {village}"),
        ("❦ {mate_short}", "Camper {plate_text} staat er nog"),
        ("{phone3}", "~ {push} ♧: BSN {bsn_spaced} klopt"),
        ("{group}", "{colleague}: ik rijd zo naar {addr3}"),
        ("Gemeente Meppel", "WhatsApp {wa_gem} of bel {switch_alt}"),
        ("{firm}", "Offerte {project} is onderweg, KvK {kvk}"),
        ("⚘ {name_rev}", "Geboren {dob}, mail {email2}"),
        ("{initials}", "Rekening: {iban}, graag terugstorten"),
        ("{sur_lc}", "Spraakoproep gemist · {landline}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2412),
            (1080, 2340),
            (1440, 3088),
            (720, 1612),
        ),
        "ios": ((1179, 2556), (1170, 2532), (1242, 2688), (828, 1792)),
        "web": ((1920, 1080), (1536, 864), (1366, 768), (1680, 1050), (2560, 1440)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.45,
    phone_factors=(0.5, 0.65, 0.8),
    web_factors=(0.7, 0.85),
    qualities=(45, 60, 75, 88, 95),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} ♣ is aan het typen…",
        "❦ {mate_short} neemt een spraakbericht op…",
        "⚘ {name_rev} en {push} typen…",
        "{word_first} ♣, ❦ {mate_short}, ⚘ {name_rev}, {colleague_first}, jij",
    ),
)
BLIND28_STYLE = RichStyle(
    values=_blind28_values,
    chat=BLIND28_CHAT,
    # Saved contacts with an anchor after a word first name ("Fleur ⚓"), a star before a
    # nickname with the surname in brackets ("☆ Yoni (Tesfamariam)"); a member saved with the
    # surname first and an envelope.
    senders=(
        ("{name}", ""),
        ("{word_first} ⚓", ""),
        ("☆ {mate_short}", ""),
        ("{name_rev} ✉", ""),
    ),
    unsaved=("{phone3}", "~ {push} ♫"),
    members="{word_first} ⚓, ☆ {mate_short}, {name_rev} ✉, {colleague_first}, u",
    web_rows=(
        ("", "Zaterdag de optocht, tot dan"),
        ("{word_first} ⚓", "De kermis staat al in {village}"),
        ("☆ {mate_short}", "Auto {plate_text} staat weer op de kade"),
        ("{phone3}", "~ {push} ♫: mijn BSN is {bsn_spaced}"),
        ("{group}", "{colleague}: ben bij {addr3}"),
        ("Gemeente Meppel", "App {wa_gem} of bel {switch_long}"),
        ("{firm}", "KvK {kvk}, offerte {project}"),
        ("{name_rev} ✉", "Geb. {dob}, mailadres {email}"),
        ("{initials}", "Mijn IBAN: {iban}"),
        ("{sur_lc}", "Gemist gesprek · {landline}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2400),
            (1080, 2376),
            (1440, 3120),
            (720, 1600),
        ),
        "ios": ((1179, 2556), (1284, 2778), (1125, 2436), (750, 1334)),
        "web": ((1920, 1080), (1440, 900), (1366, 768), (1600, 1000), (2560, 1600)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.45,
    phone_factors=(0.55, 0.7, 0.85),
    web_factors=(0.75, 0.9),
    qualities=(40, 55, 70, 85, 92),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} ⚓ typt…",
        "☆ {mate_short} neemt audio op…",
        "{name_rev} ✉ en {push} zijn aan het typen…",
        "{word_first} ⚓, ☆ {mate_short}, {name_rev} ✉, {colleague_first}, u",
    ),
)
BLIND29_STYLE = RichStyle(
    values=_blind29_values,
    chat=BLIND29_CHAT,
    # Saved contacts with a cup after a word first name ("Keet ☕"), a sparkle before a
    # nickname and surname with "(werk)" after it ("✧ Teddy Alemayehu (werk)"); a member saved
    # as on a list with a tick after it.
    senders=(
        ("{name}", ""),
        ("{word_first} ☕", ""),
        ("✧ {mate_short} (werk)", ""),
        ("{name_rev} ✔", ""),
    ),
    unsaved=("{phone3}", "~ {push} ✌"),
    members="{word_first} ☕, ✧ {mate_short} (werk), {name_rev} ✔, {colleague_first}, jij",
    web_rows=(
        ("", "Tot woensdag in de sporthal"),
        ("{word_first} ☕", "Stembureau in {village} is klaar"),
        ("✧ {mate_short} (werk)", "Busje {plate_text} staat op de stoep"),
        ("{phone3}", "~ {push} ✌: BSN {bsn_spaced}, klopt dat?"),
        ("{group}", "{colleague}: ik ben bij {addr3}"),
        ("Gemeente Meppel", "App {wa_gem} of bel {switch}"),
        ("{firm}", "KvK {kvk}, btw {btw}, {project}"),
        ("{name_rev} ✔", "Geboren {dob}, mail {email2}"),
        ("{initials}", "IBAN: {iban}"),
        ("{sur_lc}", "Gemiste spraakoproep (2) · {landline}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2340),
            (1080, 2400),
            (1440, 3200),
            (720, 1600),
        ),
        "ios": ((1170, 2532), (1290, 2796), (1179, 2556), (828, 1792)),
        "web": ((1920, 1080), (1536, 864), (1366, 768), (1680, 1050), (2560, 1440)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.45,
    phone_factors=(0.5, 0.65, 0.8),
    web_factors=(0.7, 0.85),
    qualities=(45, 60, 72, 85, 94),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} ☕ is aan het typen…",
        "✧ {mate_short} (werk) neemt een spraakbericht op…",
        "{name_rev} ✔ en {push} typen…",
        "{word_first} ☕, ✧ {mate_short} (werk), {name_rev} ✔, {colleague_first}, jij",
    ),
)
BLIND30_STYLE = RichStyle(
    values=_blind30_values,
    chat=BLIND30_CHAT,
    # Saved contacts with a sun after a word first name ("Aster ☀"), a pencil before a
    # nickname and surname ("✎ Wyb Hiemstra"); a member saved as on a list with a telephone
    # after it ("GAAI, Besnik ☎").
    senders=(
        ("{name}", ""),
        ("{word_first} ☀", ""),
        ("✎ {mate_short}", ""),
        ("{name_rev} ☎", ""),
    ),
    unsaved=("{phone3}", "~ {push} ✿"),
    members="{word_first} ☀, ✎ {mate_short}, {name_rev} ☎, {colleague_first}, jij",
    web_rows=(
        ("", "Fijne dienst op de brug vandaag"),
        ("{word_first} ☀", "Container staat nog in {village}"),
        ("✎ {mate_short}", "Dienstauto {plate_text} is weer terug"),
        ("{phone3}", "~ {push} ✿: is mijn BSN {bsn_spaced} goed?"),
        ("{group}", "{colleague}: sta nu bij {addr3}"),
        ("Gemeente Meppel", "App ons op {wa_gem} of bel {switch_var}"),
        ("{firm}", "KvK {kvk}, btw {btw}, offerte {project}"),
        ("{name_rev} ☎", "Geb. {dob}, mail {email}"),
        ("{initials}", "Rekening: {iban}"),
        ("{sur_lc}", "Gemist gesprek (3) · {landline}"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2412),
            (1080, 2400),
            (1440, 3088),
            (720, 1560),
        ),
        "ios": ((1170, 2532), (1179, 2556), (1242, 2688), (750, 1334)),
        "web": ((1920, 1080), (1600, 900), (1366, 768), (1440, 900), (2560, 1440)),
    },
    dark=0.5,
    jpeg=0.5,
    scaled=0.45,
    phone_factors=(0.55, 0.67, 0.8),
    web_factors=(0.75, 0.85),
    qualities=(42, 58, 70, 86, 93),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} ☀ typt…",
        "✎ {mate_short} neemt een spraakbericht op…",
        "{name_rev} ☎ en {push} zijn aan het typen…",
        "{word_first} ☀, ✎ {mate_short}, {name_rev} ☎, {colleague_first}, jij",
    ),
)
BLIND31_STYLE = RichStyle(
    values=_blind31_values,
    chat=BLIND31_CHAT,
    # Saved contacts with a hammer after a word first name ("Brons ⚒"), a gear before a
    # nickname and surname ("⚙ Ravi Karimi"); a member saved as on a list with a flag
    # after it ("schaaf, Pien ⚑").
    senders=(
        ("{name}", ""),
        ("{word_first} ⚒", ""),
        ("⚙ {mate_short}", ""),
        ("{name_rev} ⚑", ""),
    ),
    unsaved=("{phone3}", "~ {push} ★"),
    members="{word_first} ⚒, ⚙ {mate_short}, {name_rev} ⚑, {colleague_first}, jij",
    web_rows=(
        ("", "Goed weekend allemaal"),
        ("{word_first} ⚒", "Kliko's in {village} zijn geleegd"),
        ("⚙ {mate_short}", "Bus {plate_text} staat bij de milieustraat"),
        ("{phone3}", "~ {push} ★: klopt mijn BSN {bsn_spaced}?"),
        ("{group}", "{colleague}: ben nu bij {addr3}"),
        ("Gemeente Meppel", "WhatsApp {wa_gem} of bel {switch_long}"),
        ("{firm}", "KvK {kvk} · btw {btw} · {project}"),
        ("{name_rev} ⚑", "Geboren {dob}, mailadres {email}"),
        ("{initials}", "Mijn rekening is {iban}"),
        ("{sur_lc}", "Gemiste spraakoproep (2) · {landline} · gisteren"),
    ),
    sizes={
        "android": (
            (1080, 2400),
            (1080, 2340),
            (1080, 2400),
            (1440, 3216),
            (720, 1600),
        ),
        "ios": ((1170, 2532), (1290, 2796), (1125, 2436), (750, 1334)),
        "web": ((1920, 1080), (1680, 1050), (1366, 768), (1536, 864), (2560, 1440)),
    },
    dark=0.5,
    jpeg=0.45,
    scaled=0.45,
    phone_factors=(0.5, 0.62, 0.75, 0.85),
    web_factors=(0.7, 0.8),
    qualities=(40, 55, 68, 82, 92),
    glue_wraps=True,
    group_subtitles=(
        "{word_first} ⚒ is aan het typen…",
        "⚙ {mate_short} neemt audio op…",
        "{name_rev} ⚑ en {push} typen…",
        "{word_first} ⚒, ⚙ {mate_short}, {name_rev} ⚑, {colleague_first}, jij",
    ),
)
RICH_STYLES = {
    "blind3": BLIND3_STYLE,
    "blind4": BLIND4_STYLE,
    "blind5": BLIND5_STYLE,
    "blind6": BLIND6_STYLE,
    "blind7": BLIND7_STYLE,
    "blind8": BLIND8_STYLE,
    "blind9": BLIND9_STYLE,
    "blind10": BLIND10_STYLE,
    "blind11": BLIND11_STYLE,
    "blind12": BLIND12_STYLE,
    "blind13": BLIND13_STYLE,
    "blind14": BLIND14_STYLE,
    "blind15": BLIND15_STYLE,
    "blind16": BLIND16_STYLE,
    "blind17": BLIND17_STYLE,
    "blind18": BLIND18_STYLE,
    "blind19": BLIND19_STYLE,
    "blind20": BLIND20_STYLE,
    "blind21": BLIND21_STYLE,
    "blind22": BLIND22_STYLE,
    "blind23": BLIND23_STYLE,
    "blind24": BLIND24_STYLE,
    "blind25": BLIND25_STYLE,
    "blind26": BLIND26_STYLE,
    "blind27": BLIND27_STYLE,
    "blind28": BLIND28_STYLE,
    "blind29": BLIND29_STYLE,
    "blind30": BLIND30_STYLE,
    "blind31": BLIND31_STYLE,
}


def render_set(config: SetConfig, *, encode: bool = True) -> list[Shot]:
    """Every screenshot of a set, deterministic for its seed. `encode=False` leaves out the
    pixels' last steps (scaling, JPEG/PNG encoding; a third of the time): the same shots and
    items, with empty `data`."""
    rng = random.Random(config.seed)
    scene = _scene_rich if config.tag in RICH_STYLES else _scene
    return [scene(rng, config, i, encode) for i in range(config.count)]


def expected_items(shots: list[Shot]) -> list[dict]:
    return [shot.expected() for shot in shots]


def write_expected(config: SetConfig, path: Path | None = None) -> Path:
    path = path or SETS_DIR / f"{config.name}_expected.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(expected_items(render_set(config)), ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    return path


if __name__ == "__main__":
    import sys

    which = sys.argv[1] if len(sys.argv) > 1 else "tuning"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"screenshots-{which}")
    out.mkdir(exist_ok=True)
    for shot in render_set(SETS[which]):
        (out / shot.name).write_bytes(shot.data)
    print(out)
