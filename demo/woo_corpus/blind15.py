"""The FIFTEENTH BLIND relevance set (issue 17, written before Woo round 16).

Written as a Woo officer would, before any tuning of round 16, without reading the search or
detector code or sets 13 and 14; measured once on main 1ba166d plus this set, then not changed.
Same syntax as blind.py: `{n}` after a line marks the requests it is relevant to, `~` starts the
next day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice note. Generated filler is
relevant to nothing. Names, places, firms and numbers are made up.

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("klopt, morgen klaar"), and a
voice note in the middle of a relevant exchange is relevant. Some chats name their subject only
through context (a colleague's first name, "die bureaus", "de verrassing van vrijdag"); some chats
share words with a request without being relevant to it (an internal glasvezel outage, a
hoogwerker for the Christmas lights, a fire drill).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De verkoop van snippergroen (reststroken gemeentegrond naast tuinen) aan bewoners in "
        "Oosterboer en Haveltermade (2025): de brieven aan de bewoners, de prijs per vierkante "
        "meter, de bezwaren en de beroepen op verjaring.",
        ("snippergroen", "verkoop gemeentegrond bewoners", "verjaring grond"),
    ),
    Request(
        2,
        "De aanleg van glasvezel in Nijeveen en het buitengebied (2025): de graafschade aan kabels "
        "en leidingen, het slechte herstel van stoepen en bermen, de klachten van inwoners en het "
        "overleg met de aannemer.",
        ("glasvezel nijeveen", "graafschade", "stoep herstel glasvezel"),
    ),
    Request(
        3,
        "Het arbeidsongeval met een medewerker van de buitendienst die bij het snoeien uit een "
        "hoogwerker viel (2025): de melding aan de Nederlandse Arbeidsinspectie, het interne "
        "onderzoek, de maatregelen en het contact met de medewerker.",
        ("arbeidsongeval hoogwerker", "melding arbeidsinspectie", "ongeval buitendienst snoeien"),
    ),
    Request(
        4,
        "De aanvraag voor de uitbreiding van een geitenhouderij in Broekhuizen (2025): de "
        "omgevingsvergunning, de stikstofberekening, de zorgen over de gezondheid van omwonenden "
        "(Q-koorts) en het advies van de GGD.",
        ("geitenhouderij broekhuizen", "uitbreiding geitenstal", "q-koorts omwonenden"),
    ),
    Request(
        5,
        "De Koninklijke onderscheidingen bij de lintjesregen van 2025 in Meppel: de voordrachten, "
        "de geheimhouding en de organisatie van de uitreiking, en de gedecoreerde van wie later "
        "een eerdere veroordeling bekend werd.",
        ("lintjesregen 2025", "koninklijke onderscheiding", "lintje intrekken"),
    ),
    Request(
        6,
        "De bezwaren tegen de WOZ-waarde 2025 die via no-cure-no-pay-bureaus zijn ingediend: de "
        "aantallen, de proceskostenvergoedingen die de gemeente moest betalen en de achterstand "
        "bij de afhandeling.",
        ("woz bezwaren no cure no pay", "proceskostenvergoeding", "achterstand woz bezwaar"),
    ),
    Request(
        7,
        "De drukte bij Burgerzaken door de piek in aanvragen van paspoorten en identiteitskaarten "
        "(voorjaar 2025): de wachttijd voor een afspraak, de extra openingstijden, de inhuur van "
        "tijdelijke baliemedewerkers en de klachten.",
        ("paspoort wachttijd", "extra openingstijden burgerzaken", "piek reisdocumenten"),
    ),
    Request(
        8,
        "De brand in seniorencomplex De Wilgenhof (2025): de ontruiming, de tijdelijke opvang van "
        "de bewoners, de kosten voor de gemeente en de nazorg.",
        ("brand wilgenhof", "opvang bewoners na brand", "ontruiming seniorencomplex"),
    ),
    Request(
        9,
        "Het misbruik van een tankpas van de gemeente door een medewerker (2025): de ontdekking "
        "van de afwijkende tankbeurten, het onderzoek, de aangifte en de maatregelen voor het "
        "wagenpark.",
        ("tankpas misbruik", "tankpas medewerker aangifte", "tankbeurten wagenpark controle"),
    ),
    Request(
        10,
        "De uitbraak van mazelen op basisschool De Regenboog (2025): het overleg met de GGD, de "
        "brieven aan ouders, de vaccinatiegraad en het weren van kinderen die niet zijn ingeënt.",
        ("mazelen regenboog", "mazelenuitbraak school", "vaccinatiegraad"),
    ),
    Request(
        11,
        "Woonboten zonder ligplaatsvergunning in de haven en langs het Meppelerdiep (2025): de "
        "controle, de aanschrijvingen en lasten onder dwangsom, de wachtlijst en het nieuwe "
        "ligplaatsenbeleid.",
        ("woonboot ligplaats", "ligplaatsvergunning handhaving", "woonboten dwangsom"),
    ),
)

CHATS = (
    # --- Request 1: snippergroen ---
    Chat(
        "Snippergroen Oosterboer",
        "ruimte",
        "2025-02-10 09:10",
        ["Annelies Kuipers", "Bart Wolters", "Yvonne Smit"],
        """
A: De kaart met alle snippergroenstroken in Oosterboer is klaar, 64 percelen {1}
B: Wat zijn de criteria, alles wat aan een achtertuin grenst? {1}
A: Alles wat geen functie heeft voor de openbare ruimte, geen kabels en leidingen eronder {1}
C: Bij 9 stroken ligt een gasleiding, die vallen af {1}
A: Dan 55 brieven. Concept staat in de map {1}
B: Prijs? {1}
A: €75 per m2 voor tuingrond, kosten notaris en kadaster voor de koper {1}
C: Bewoners gaan vragen waarom het bij de buren vorig jaar goedkoper was {1}
A: Dat was €60, tarief is per 1 januari verhoogd, staat in de nota grondprijzen {1}
~
B: Brieven zijn vandaag de deur uit, reactietermijn 8 weken {1}
C: Eerste telefoontjes al binnen, mensen schrikken van de zin 'anders ontruimen' {1}
A: Die zin hadden we toch afgezwakt? {1}
C: In versie 2 niet, die is verstuurd 😬 {1}
A: Dan een excuustekst op de website en in de FAQ {1}
B: Ik pas de FAQ aan {1}
~
A: Stand: 21 willen kopen, 6 willen huren, 4 bezwaren, rest nog niks {1}
B: Huren kan toch niet meer volgens het nieuwe beleid? {1}
A: Nee, alleen kopen of teruggeven. Ik bel ze {1}
~
C: Meneer van de Kogge wil het stukje naast zijn garage wel, maar alleen als wij de boom eerst weghalen {1}
A: Die boom staat op de bomenlijst, die blijft. Dan maar zonder boom verkopen of niet {1}
B: Ik leg hem beide opties voor {1}
C: Hij kiest voor kopen met boom, onderhoud dan voor hem {1}
A: Dan een kettingbeding over de boom in de akte {1}
""",
    ),
    Chat(
        "Grondzaken wk 12",
        "ruimte",
        "2025-03-17 10:20",
        ["Bart Wolters", "Dirk Postma"],
        """
A: Die meneer aan de Tjalk belde weer. Hij zegt dat het stuk achter zijn schutting al sinds 1992 bij zijn tuin hoort {1}
B: Dan doet hij een beroep op verjaring, 20 jaar te goeder trouw of 20 jaar bezit {1}
A: Hij heeft foto's van de schutting uit 1998 {1}
B: Heeft de gemeente er ooit iets mee gedaan? Gemaaid, gesnoeid? {1}
A: Volgens de wijkploeg nooit sinds de schutting er staat {1}
B: Dan is de kans groot dat hij gelijk krijgt. Laat hem een verklaring sturen {1}
~
A: Nog 3 bewoners in de Schokker met hetzelfde verhaal {1}
B: Verjarinf is per perceel, elk dossier apart beoordelen {1}
A: Kan ik de standaardbrief voor bezitsverklaring gebruiken? {1}
B: Ja, en luchtfoto's van 2000 en 2005 erbij uit het archief {1}
A: Ok, die vraag ik op bij GEO {1}
~
A: De Tjalk: de luchtfoto van 2004 laat de schutting al zien. Ik denk dat we het moeten erkennen {1}
B: Eens. Doorhalen in de lijst en via de notaris laten inschrijven, kosten voor hem {1}
A: Gaat hij blij mee zijn 😅 {1}
B: Eigen grond voor niks, valt mee hoor
A: Andere vraag: heb jij de sleutel van kast 3?
B: Ligt bij de receptie
~
A: Mevrouw uit de Praam zegt dat de vorige eigenaar het stuk al in gebruik had, telt dat mee? {1}
B: Ja, de bezitstermijn van de vorige eigenaar telt mee als het bezit is overgedragen {1}
A: Ze heeft een verklaring van de vorige eigenaar {1}
B: Dan is het rond, ook erkennen {1}
""",
    ),
    Chat(
        "Bezwaren grondverkoop",
        "bestuur",
        "2025-04-02 13:00",
        ["Wethouder Roelofs", "Annelies Kuipers", "Esther de Haan"],
        """
A: Ik krijg mails van bewoners uit Oosterboer over die grondbrieven. Hoeveel zijn het er? {1}
B: 11 bezwaarschriften, en een handtekeningenlijst van de Botter met 30 namen {1}
A: Wat is de kern? {1}
B: Prijs te hoog en ze zijn er jarenlang niet op aangesproken {1}
C: Juridisch is het geen besluit maar een aanbod, dus bezwaar is niet ontvankelijk {1}
A: Maar politiek wel gevoelig. Kunnen we de termijn verlengen? {1}
B: Naar 16 weken kan, dan ook een inloopavond {1}
A: Doen. En rekening houden met mensen met een kleine beurs, betalen in termijnen? {1}
C: Dat vraag ik na bij financiën {1}
~
C: Termijnbetaling kan, max 24 maanden, rente niet {1}
A: Mooi. Raadsvraag van de PvdA komt eraan, over de snippergroenverkoop {1}
B: Ik lever de antwoorden vrijdag {1}
A: Top
~
B: Antwoorden raadsvragen: 64 stroken, 11 bezwaren, prijs €75, termijnbetaling mogelijk {1}
A: Voeg toe dat de opbrengst naar het groenfonds gaat {1}
B: Aangepast {1}
""",
    ),
    Chat(
        "Inmeten",
        "openbare_ruimte",
        "2025-04-22 08:05",
        ["Henk Brouwer", "Annelies Kuipers"],
        """
A: Vandaag bij 6 adressen in Oosterboer de snipper groen stroken uitgezet met piketten {1}
B: Top. Kadaster komt daarna voor de definitieve meting? {1}
A: Ja volgende week. Bij nummer 14 staat de heg 1,5 meter op onze grond, dat wordt meer m2 dan in de brief {1}
B: Dan een nieuwe offerte voor die bewoner {1}
A: En bij 22 ligt een lantaarnpaal in het stuk dat ze willen kopen {1}
B: Die strook valt af dan, of de paal moet verplaatst, kost €1.400 {1}
A: AUDIO {1}
B: Helder, ik overleg met de bewoner {1}
~
A: Alles uitgezet. Foto's in de map {1}
B: Dank!
""",
    ),
    Chat(
        "Haveltermade fase 2",
        "ruimte",
        "2025-06-03 11:00",
        ["Annelies Kuipers", "Yvonne Smit", "Bart Wolters"],
        """
A: Fase 2: Haveltermade. 38 reststroken op de lijst {1}
B: Nieuwe brief met de lessen uit Oosterboer, dus zonder dreigende taal {1}
C: En meteen melden dat verjaring kan, met het formulier erbij {1}
A: Goed idee, scheelt telefoontjes {1}
B: Prijs blijft €75? {1}
A: Ja, tenzij de strook onbebouwbaar en smaller dan 1 meter is, dan €35 {1}
C: Dat geldt dan ook voor Oosterboer met terugwerkende kracht? {1}
A: Zo heeft de wethouder het besloten ja {1}
~
B: Brieven fase 2 verzonden {1}
C: Inloopavond 19 juni in het wijkcentrum {1}
A: Ik ben erbij, Bart ook? {1}
C: Ja {1}
~
B: Opkomst inloop: 40 mensen, meeste willen kopen {1}
A: Mooi resultaat
""",
    ),
    Chat(
        "Portefeuilleoverleg Roelofs",
        "bestuur",
        "2025-05-12 08:30",
        ["Wethouder Roelofs", "Esther de Haan"],
        """
A: Agenda voor vandaag: grondverkoop aan bewoners, WOZ, en de begraafplaats {1,6}
B: Grondverkoop: opbrengst tot nu toe €212.000, 48 overeenkomsten getekend {1}
A: En die verjaringszaken? {1}
B: 7 erkend, 3 lopen nog {1}
A: WOZ: hoe staat het met de bezwaren? {6}
B: 2.140 binnen, waarvan 1.600 van die bureaus {6}
A: Dat is bizar veel {6}
B: Proceskosten zitten nu op €380.000, begroot was 150 {6}
A: Dat moet in de voorjaarsnota {6}
B: Staat erin {6}
A: Begraafplaats volgende keer
""",
    ),
    Chat(
        "Groen wijkploeg oost",
        "openbare_ruimte",
        "2025-03-04 07:40",
        ["Henk Brouwer", "Sjoerd Meijer"],
        """
A: Vandaag de plantsoenen in Oosterboer snoeien, de heesters aan de Botter eerst
B: Groenafval naar de werf of ter plekke versnipperen?
A: Versnipperen, de snippers gaan als bodembedekking terug in de borders
B: Ok. De versnipperaar staat nog in Nijeveen
A: Ik haal hem op
~
B: Bewoner vroeg of we zijn heg ook wilden snoeien, die staat op zijn eigen grond
A: Nee, eigen grond is eigen verantwoordelijkheid
""",
    ),
    # --- Request 2: glasvezel ---
    Chat(
        "Glasvezel Nijeveen",
        "openbare_ruimte",
        "2025-03-03 08:00",
        ["Marco de Jong", "Lotte Veenstra", "Kevin Hulst"],
        """
A: VezelNet start maandag met graven in Nijeveen, eerst de Dorpsstraat en Oosteinde {2}
B: Hebben ze de instemmingsbesluiten allemaal? {2}
A: Ja, 14 tracés, voorwaarden: herstel binnen 5 werkdagen {2}
C: Die termijn halen ze nooit, zag ik in Staphorst {2}
A: Dan bellen we ze er elke keer op aan {2}
~
C: Eerste week: bij de Hoofdweg liggen de tegels er als een golfplaat bij {2}
A: Foto's maken en in de schouwlijst {2}
C: PHOTO "Trottoir Hoofdweg Nijeveen tegels verzakt na graafwerk" {2}
B: Ik stuur ze een vooraankondiging herstel {2}
~
A: Vandaag 3 kabels geraakt, een van de openbare verlichting {2}
C: Hadden ze een klic gedaan? {2}
A: Wel, maar ze graven met een minigraver waar met de hand moet {2}
B: Dat is een overtreding van de voorwaarden, ik maak een verslag {2}
A: En de lantaarnpalen in de Julianastraat zijn nu donker {2}
C: Storingsdienst ingeschakeld, kosten verhalen op VezelNet {2}
~
B: Stand na 4 weken: 41 meldingen van bewoners, 23 over stoepen, 9 over bermen, rest overlast {2}
A: Schouw met hun uitvoerder volgende dinsdag {2}
~
C: Bewoner aan de Oosteinde zegt dat zijn oprit is opgebroken en met los zand dichtgegooid {2}
A: Hoort bij de schouw. Zijn klinkers liggen er nog? {2}
C: Op een hoop in de tuin van de buren 🙄 {2}
B: Ik meld het vandaag nog bij hun uitvoerder {2}
""",
    ),
    Chat(
        "MOR meldingen",
        "openbare_ruimte",
        "2025-03-20 09:30",
        ["Lotte Veenstra", "Priya Ramdin"],
        """
A: Weer 6 meldingen binnen over scheve tegels bij de kabelboeren in Nijeveen {2}
B: Allemaal bij dezelfde straat? {2}
A: Oosteinde en Pr. Julianastraat. Een mevrouw met rollator is gestruikeld {2}
B: Oei. Gewond? {2}
A: Schaafwonden, ze wil een schadeclaim indienen {2}
B: Die claim hoort bij de aannemer, wij zijn wegbeheerder maar zij hebben gegraven {2}
A: Ik stuur haar de gegevens van hun schadeafdeling {2}
~
A: Melding: berm kapot gereden aan de Middenweg, diepe sporen {2}
B: Dat zijn die boorwagens van de vezelaars {2}
A: Ik zet hem door naar Marco {2}
~
B: Kunnen we de meldingen in de app een aparte categorie geven? Glasvezel herstel {2}
A: Regel ik met functioneel beheer {2}
A: Verder: een melding over een omgewaaide boom in het park
B: Die is al weg
~
A: Zelfde mevrouw van de rollator heeft geklaagd dat de aannemer niet terugbelt {2}
B: Dan bellen wij hun schadeafdeling namens haar {2}
A: Ze krijgt €250 voor haar bril en een bos bloemen {2}
A: Nog een: glasvezl kastje midden op de stoep gezet aan de Oosteinde, rolstoel kan er niet langs {2}
B: Verplaatsen, zet het in de schouw {2}
""",
    ),
    Chat(
        "Storing waterleiding Nijeveen",
        "openbare_ruimte",
        "2025-04-08 14:05",
        ["Marco de Jong", "Kevin Hulst"],
        """
A: Waterleiding geraakt aan de Kerkweg, half Nijeveen zonder water {2}
B: Door de boring van de glasvezelploeg? {2}
A: Ja, gestuurde boring dwars door de hoofdleiding {2}
B: Waterbedrijf al ter plaatse? {2}
A: Ja, reparatie duurt tot vanavond. School en zorgcentrum krijgen flessen water {2}
B: Wie betaalt? {2}
A: Waterbedrijf verhaalt het op de netwerkaannemer, wij alleen onze kosten voor het afzetten {2}
~
B: Leiding gerepareerd om 21.40 {2}
A: Ik wil na dit incident een stilleggingsgesprek met VezelNet {2}
B: Ik plan het in {2}
""",
    ),
    Chat(
        "Overleg netwerkaannemer",
        "openbare_ruimte",
        "2025-05-06 10:00",
        ["Marco de Jong", "Lotte Veenstra", "Ruud Kramer"],
        """
A: Afspraken van vanmorgen met VezelNet: elke vrijdag een schouw, herstel binnen 5 dagen, anders doen wij het en sturen we de rekening {2}
C: En de boete voor de geraakte leidingen? {2}
A: Die staat in de overeenkomst, €2.500 per keer {2}
B: Ze zeggen dat de onderaannemer het verpest, niet zij {2}
A: Dat is hun probleem, zij hebben de vergunning {2}
~
B: Schouw vrijdag: 17 punten, 11 hersteld {2}
C: Bermen buitengebied? {2}
B: Nog niks gedaan, ze wachten tot het droger is {2}
A: Uiterlijk 1 juni ingezaaid, zo is het afgesproken {2}
~
B: 1 juni: bermen ingezaaid, nog 4 stoepen open {2}
A: Dan doen wij die 4 en factureren {2}
C: Factuur gestuurd, €6.200 {2}
""",
    ),
    Chat(
        "Raadsvragen",
        "bestuur",
        "2025-05-19 15:00",
        ["Esther de Haan", "Marco de Jong", "Wethouder Kuiper"],
        """
A: Raadsvragen van Dorpsbelang over de graafschade en de stoepen in Nijeveen {2}
C: Wanneer moeten ze binnen zijn? {2}
A: Binnen 30 dagen. Marco, kun jij de cijfers aanleveren? {2}
B: Meldingen 68, geraakte kabels en leidingen 7, stoepen nog open 4 {2}
C: En hoeveel hebben wij zelf moeten herstellen? {2}
B: 4 plekken, rekening €6.200 naar de aannemer {2}
C: Schrijf er ook bij wat we anders doen in de volgende fase buitengebied {2}
B: Vooraf een schouw met foto's, borg van €10.000 {2}
~
A: Concept antwoorden staan klaar {2}
C: Akkoord, door naar het college {2}
""",
    ),
    Chat(
        "ICT storing stadhuis",
        "bedrijfsvoering",
        "2025-04-14 08:15",
        ["Jeroen Mulder", "Priya Ramdin"],
        """
A: Glasvezelverbinding tussen stadhuis en de werf ligt eruit
B: Daarom werkt het zaaksysteem op de werf niet
A: Leverancier zegt dat een kabel in de meterkast is doorgebrand
B: Hoe lang?
A: Monteur komt om 11 uur
~
A: Verbinding hersteld, ook de telefonie weer
B: Top, dank
""",
    ),
    Chat(
        "Buitengebied schouw",
        "openbare_ruimte",
        "2025-06-16 09:00",
        ["Kevin Hulst", "Ruud Kramer"],
        """
A: Rondje buitengebied gedaan na de kabelaanleg. Bij de Dolderweg is een drainage doorgestoken {2}
B: Bij de boer naast de berm? {2}
A: Ja zijn land staat nat, hij is boos {2}
B: Dat moet VezelNet vergoeden, laat hem zelf een claim indienen bij hen {2}
A: Heb ik gezegd. Ook de sloot is half dichtgeschoven met grond {2}
B: Waterschap heeft daar ook al over gebeld {2}
A: AUDIO {2}
B: Ok, ik zet het op de lijst voor vrijdag {2}
""",
    ),
    # --- Request 3: arbeidsongeval hoogwerker ---
    Chat(
        "Team groen west",
        "openbare_ruimte",
        "2025-03-25 09:40",
        ["Sjoerd Meijer", "Henk Brouwer", "Nicole Bakker"],
        """
A: Gerrit is gevallen bij het snoeien aan de Eendrachtsweg, ambulance is onderweg {3}
B: Wat?? Uit de bak? {3}
A: Bak kantelde toen de steunpoot wegzakte in de berm, hij viel van zo'n 4 meter {3}
C: Is hij aanspreekbaar? {3}
A: Ja, maar veel pijn in zijn rug en arm {3}
C: Ik bel zijn vrouw en de leidinggevende {3}
~
A: Hij ligt in Zwolle, gebroken pols en 2 gebroken ribben, rug gekneusd {3}
B: Gelukkig niks ergers {3}
A: Machine staat nog daar, niemand aankomen zegt Nicole {3}
C: Klopt, niks verplaatsen tot de inspectie is geweest {3}
~
B: Jongens wie heeft de sleutels van de bus
A: Hangen in het kastje
~
C: Het team is aangeslagen, de teamleider heeft de vertrouwenspersoon gevraagd langs te komen {3}
A: Goed. Pieter heeft het allemaal gezien en slaapt slecht {3}
C: Dan heeft hij voorrang bij de bedrijfsmaatschappelijk werker {3}
B: Werk aan de Eendrachtsweg staat stil tot het onderzoek rond is? {3}
C: Ja, snoeiwerk in de hele west zone voorlopig alleen vanaf de grond {3}
""",
    ),
    Chat(
        "Melding ongeval buitendienst",
        "bedrijfsvoering",
        "2025-03-25 10:30",
        ["Nicole Bakker", "Karin Vos", "Thijs de Wit"],
        """
A: Ernstig ongeval bij groen: medewerker van 4 meter uit de hoogwerker gevallen, ziekenhuisopname {3}
B: Dan moet het direct gemeld bij de Arbeidsinspectie, dat is meldplichtig {3}
C: Ik doe de melding via hun formulier {3}
B: Ook intern in het incidentensysteem zetten {3}
C: Melding gedaan om 11.05, kenmerk NLA-2025-04417 {3}
A: Inspecteur komt vanmiddag om 14 uur {3}
~
A: Inspecteur is geweest, foto's gemaakt, wil het keuringsrapport van de machine en de opleidingscertificaten {3}
B: Had hij het certificaat hoogwerker? {3}
A: Ja, verlopen in januari, herhalingscursus stond gepland {3}
B: Dat gaat een punt worden {3}
C: Ik zoek het opleidingsdossier op {3}
~
C: Boeterapport van de inspectie verwacht over 6 tot 8 weken {3}
B: Ok. Verzekeraar ook geïnformeerd {3}
~
A: Boeterapport binnen: €13.500 voor het niet borgen van valgevaar en het verlopen certificaat {3}
B: Hoog. Gaan we in bezwaar? {3}
C: Juridisch advies: weinig kans, wel matiging vragen omdat de maatregelen al lopen {3}
B: Doen {3}
A: Zienswijze verstuurd {3}
""",
    ),
    Chat(
        "Onderzoek kanteling",
        "bedrijfsvoering",
        "2025-04-03 13:20",
        ["Thijs de Wit", "Sjoerd Meijer", "Ruud Kramer"],
        """
A: Voor het interne onderzoek naar de val van 25 maart: wie stond er naast de machine? {3}
B: Ik, en Pieter als grondman {3}
A: Is er een ondergrond-check gedaan voor de poten werden uitgezet? {3}
B: Rijplaten lagen in de bus, niet gebruikt. Het was droog dus we dachten dat het kon {3}
C: Verhuurder zegt dat de kantelbeveiliging werkte maar de berm gaf mee {3}
A: Droeg hij een harnas met vanglijn? {3}
B: Harnas wel, lijn niet aangehaakt {3}
A: Dat verklaart de val uit de bak {3}
~
A: Conceptrapport klaar: oorzaken zijn geen rijplaten, niet aangehaakt, verlopen certificaat, geen toezicht {3}
C: Hard maar eerlijk {3}
A: Volgende week naar het MT {3}
~
C: De verhuurder heeft de machine gekeurd na het incident: geen gebrek aan de hoogwerker zelf {3}
A: Staat in het rapport als bijlage {3}
B: Gaan we nog wel bij dezelfde verhuurder huren? {3}
A: Ja, de machine was in orde, het lag aan de ondergrond en aan ons {3}
""",
    ),
    Chat(
        "MT bedrijfsvoering",
        "bestuur",
        "2025-04-14 08:00",
        ["Karin Vos", "Directeur Jansen", "Thijs de Wit"],
        """
B: Rapport over het ongeval gelezen. Wat gaan we doen? {3}
C: Alle hoogwerkerwerk voortaan met rijplaten, altijd aanhaken, toolbox elke maand {3}
A: En geen enkele medewerker de bak in zonder geldig certificaat, de planning checkt dat {3}
B: Akkoord. Hoeveel certificaten zijn verlopen? {3}
A: 6 van de 22 {3}
B: Die allemaal voor 1 juni op cursus {3}
C: Kosten €4.800, uit het opleidingsbudget {3}
B: Goed. Informeer de OR {3}
~
A: OR geïnformeerd, ze willen over 3 maanden een evaluatie {3}
B: Prima
B: Andere punt: de verhuizing van het archief
""",
    ),
    Chat(
        "Gerrit",
        "openbare_ruimte",
        "2025-03-27 18:00",
        ["Nicole Bakker", "Sjoerd Meijer"],
        """
A: Ik ben vanmiddag bij Gerrit thuis geweest, hij is uit het ziekenhuis {3}
B: Hoe gaat het met hem? {3}
A: Veel pijn, arm in het gips, maar goede moed. Hij maakt zich zorgen dat hij het fout deed {3}
B: Hij voelt zich schuldig over die lijn? {3}
A: Ja. Ik heb gezegd dat het onderzoek naar het hele team kijkt, niet naar hem {3}
B: Zullen we met het team een bos bloemen brengen? {3}
A: Goed idee, vrijdag {3}
~
A: Bedrijfsarts heeft gebeld, verwachting 8 tot 12 weken herstel {3}
B: Daarna eerst aangepast werk? {3}
A: Ja, op de werf, niet de bak in {3}
~
B: Gerrit vandaag voor het eerst weer op de werf, koffie gedronken met de ploeg {3}
A: Mooi 🙂 {3}
B: HR vroeg of het arbeids ongeval al in zijn dossier staat, voor de verzekering {3}
A: Ja, met het kenmerk van de inspectie {3}
""",
    ),
    Chat(
        "Kerstverlichting binnenstad",
        "openbare_ruimte",
        "2025-11-10 08:30",
        ["Henk Brouwer", "Kevin Hulst"],
        """
A: De hoogwerker voor de kerstverlichting staat vanaf dinsdag klaar
B: Rijplaten mee, de klinkers op de Markt zijn slecht
A: Ja, en iedereen met harnas, dat weet je
B: Ik check de certificaten van de ploeg
A: Begin bij de Hoofdstraat, daarna de Kerkstraat
~
B: Alle lampjes hangen, twee snoeren kapot
A: Reserve ligt op de werf
""",
    ),
    # --- Request 4: geitenhouderij Broekhuizen ---
    Chat(
        "Aanvraag Broekhuizen",
        "ruimte",
        "2025-02-18 10:00",
        ["Merel Hoekstra", "Jan-Willem Bos", "Sara Dijkstra"],
        """
A: Aanvraag omgevingsvergunning binnen voor de geitenhouderij aan de Broekhuizerweg: van 1.800 naar 4.600 geiten {4}
B: Dat mag toch niet met de geitenstop van de provincie? {4}
A: De geitenstop geldt voor nieuwe bedrijven en uitbreiding van dieraantallen, maar hij zegt dat hij rechten heeft van voor 2017 {4}
C: Dan moeten we dat eerst uitzoeken, anders buitenbehandeling {4}
A: Ik vraag het provinciedossier op {4}
~
B: Provincie zegt: de overgangsregeling geldt alleen als de bouw al vergund was. Dat was zo, stal 2 is in 2016 vergund {4}
A: Dus de aanvraag is ontvankelijk. Shit {4}
C: Dan de gewone toets: ruimtelijk, milieu, stikstof, gezondheid {4}
A: Ik zet een planning op, beslistermijn 8 weken, verlengen met 6 {4}
~
A: Verlengd, bericht aan de aanvrager is de deur uit {4}
~
B: De aanvrager belt elke week, hij wil weten waar hij aan toe is {4}
A: Ik heb gezegd dat het advies van de GGD en de stikstof nog lopen {4}
C: Hij dreigt met een beroep wegens niet tijdig beslissen {4}
A: Termijn loopt tot 15 mei, we zitten er nog binnen {4}
B: Kan de wethouder hem niet even bellen? {4}
A: Liever niet tijdens de procedure, schijn van partijdigheid {4}
""",
    ),
    Chat(
        "Stikstof berekening",
        "ruimte",
        "2025-03-06 14:30",
        ["Sara Dijkstra", "Pieter Zandstra"],
        """
A: De AERIUS berekening bij de geitenaanvraag klopt niet, ze gebruiken de oude emissiefactor {4}
B: Welke stal? {4}
A: De nieuwe potstal, emissiearm volgens hen maar het systeem staat niet op de Rav-lijst {4}
B: Dan is de depositie op het Drentsche Aa-gebied hoger dan 0,00 {4}
A: Ja, volgens mijn berekening 0,04 mol {4}
B: Dan is een natuurvergunning van de provincie nodig, dat is hun bevoegdheid {4}
A: Ik vraag de aanvrager om een nieuwe berekening {4}
~
B: Nieuwe berekening binnen: met extern salderen via een gekochte stal in Rogat komt hij op 0,00 {4}
A: Provincie moet dat beoordelen, wij wachten {4}
~
A: Provincie heeft de salderingsroute goedgekeurd, natuurvergunning wordt verleend {4}
B: Dus de stikstof is geen weigeringsgrond meer {4}
A: Nee, dan blijft de gezondheid over {4}
B: Dan moet het besluit opnieuw gemotiveerd worden {4}
""",
    ),
    Chat(
        "GGD advies veehouderij",
        "samenleving",
        "2025-03-12 11:15",
        ["Sara Dijkstra", "Femke Kok", "Merel Hoekstra"],
        """
A: Vraag aan de GGD gesteld over de geitenuitbreiding: gezondheidsrisico's voor omwonenden {4}
B: Ik ken het onderzoek: binnen 2 km van geitenbedrijven meer longontsteking {4}
A: Er wonen 310 mensen binnen 2 km, inclusief de basisschool {4}
B: Q-koorts is sinds de vaccinatieplicht onder controle, maar de longontsteking blijft {4}
C: Kunnen we de vergunning weigeren op gezondheid? {4}
A: Juridisch lastig, er is geen norm. Wel in de belangenafweging {4}
~
B: GGD advies is binnen: 'ontraden', geen harde grens maar voorzorg {4}
C: Dat wordt de kern van het besluit dan {4}
A: Ik schrijf de motivering {4}
~
A: Kunnen we aan de vergunning voorschriften verbinden, zoals een luchtwasser? {4}
B: Helpt tegen fijnstof, maar de endotoxinen zijn niet helemaal weg {4}
C: En de provincie wil voor heel Drenthe een norm, maar pas in 2027 {4}
A: Dan wegen we voorzorg zwaar, zo staat het in de motivering {4}
""",
    ),
    Chat(
        "Dorpsbelang",
        "bestuur",
        "2025-03-24 19:30",
        ["Wethouder Kuiper", "Merel Hoekstra", "Esther de Haan"],
        """
A: Dorpsbelang Broekhuizen heeft een petitie met 540 handtekeningen tegen die geitenstal {4}
B: Ze willen de petitie aanbieden op de raadsvergadering {4}
A: Ik neem hem aan, maar ik kan niks toezeggen, het is een vergunningprocedure {4}
C: Voorstel: een informatieavond in het dorpshuis met de GGD erbij {4}
A: Goed plan {4}
~
C: Informatieavond 10 april, 120 mensen aanwezig, emotioneel {4}
B: Veel vragen over de q koorts epidemie van 2009, mensen zijn bang {4}
A: Begrijpelijk. Verslag op de website {4}
~
B: Dorpsbelang vraagt om een gesprek met de wethouder na het ontwerpbesluit {4}
A: Dat kan, samen met de juridisch adviseur {4}
C: Ze willen ook de stukken, die gaan via een Woo verzoek zei ik {4}
B: de mensen van de geite houderij waren er ook komma dat gaf wat spanning in de zaal {4}
""",
    ),
    Chat(
        "Zienswijzen geiten",
        "ruimte",
        "2025-05-20 09:00",
        ["Merel Hoekstra", "Jan-Willem Bos"],
        """
A: Ontwerpbesluit ligt ter inzage: weigering op grond van de volksgezondheid en de stikstof {4}
B: Zienswijzen tot 1 juli {4}
~
A: Stand zienswijzen: 212, waarvan 1 van de aanvrager zelf, met een advocaat {4}
B: Wat zegt die advocaat? {4}
A: Dat gezondheid geen weigeringsgrond is zonder wettelijke norm, en dat ze naar de rechter gaan {4}
B: Dat wisten we. De nota van zienswijzen wordt een klus {4}
A: AUDIO {4}
B: Ok, dan splitsen we: ik doe de inhoud, jij de procedure {4}
~
A: Definitief besluit genomen: vergunning geweigerd {4}
B: Beroep van de geitenhouder ingediend bij de rechtbank, zitting pas in 2026 {4}
A: Dorpsbelang stuurt een bedankmail {4}
""",
    ),
    Chat(
        "Kinderboerderij",
        "samenleving",
        "2025-04-28 12:00",
        ["Femke Kok", "Lotte Veenstra"],
        """
A: De kinderboerderij in het park heeft 3 geitjes erbij, de lammetjesdag is zaterdag
B: Leuk! Hebben ze hulp nodig met de verkeersregelaars?
A: Twee vrijwilligers, dat is genoeg
B: En hygiëne, handen wassen bij de uitgang?
A: Staat er, met zeeppomp
""",
    ),
    # --- Request 5: lintjesregen ---
    Chat(
        "Lintjes 2025",
        "bestuur",
        "2025-01-08 09:00",
        ["Joke Timmer", "Burgemeester Van Dam", "Linda Visscher"],
        """
A: Voor de lintjesregen 2025 zijn 14 voordrachten door het Kapittel goedgekeurd {5}
B: Allemaal? Ook die van de voetbalvereniging? {5}
A: Die is afgewezen, te weinig jaren bestuur. De andere 14 gaan door {5}
C: Dan de lijst strikt geheim houden tot 25 april, alleen wij drieën {5}
B: En de aanvragers moeten een geheimhoudingsverklaring tekenen {5}
A: Gaan vandaag met de post {5}
~
A: 13 leden in de Orde van Oranje-Nassau, 1 ridder, de oud-huisarts {5}
B: Mooi. Die ridder reik ik het liefst zelf het eerst uit {5}
C: Staat in het draaiboek {5}
~
C: Aanvraag voor de meneer van de brandweer is te laat binnen, die schuift naar 2026 {5}
A: Ik laat de aanvrager het weten, vertrouwelijk {5}
B: En de aanvragers uitnodigen voor de uitreiking, ze mogen zien hoe het gaat {5}
""",
    ),
    Chat(
        "Uitreiking 25 april",
        "bestuur",
        "2025-03-31 10:00",
        ["Linda Visscher", "Joke Timmer", "Wouter Kamp"],
        """
A: Draaiboek uitreiking: 10 uur in de schouwburg, gedecoreerden komen met een smoes binnen {5}
B: Bij 3 mensen is de smoes lastig, zij gaan vrijdag normaal werken {5}
A: Dan vragen we de werkgever om ze te 'sturen' {5}
C: Catering en bloemen geregeld, 14 boeketten {5}
B: Fotograaf? {5}
C: Ja, van 10 tot 13 {5}
~
A: Partners allemaal gebeld, ze komen om 9.30 via de zijingang {5}
B: Mevrouw Mulder weet nog van niks, haar dochter regelt het {5}
C: PHOTO "Draaiboek uitreiking Koninklijke onderscheidingen 25 april schouwburg" {5}
A: Top, alles klaar {5}
~
A: Uitreiking was prachtig, veel tranen {5}
B: De ridder kreeg een staande ovatie {5}
~
B: Vergeten: mevrouw de Wit is in een rolstoel, is de zaal toegankelijk? {5}
C: Via de achteringang met de lift, ik regel een begeleider {5}
A: Top. En de burgemeester spreekt ze in volgorde van de lijst toe {5}
""",
    ),
    Chat(
        "Vrijdag verrassing",
        "bestuur",
        "2025-04-22 16:00",
        ["Joke Timmer", "Wouter Kamp"],
        """
A: Voor vrijdag: de verrassing voor meneer Hofman, zijn zoon brengt hem om 9.45 {5}
B: Hij denkt dat hij naar een vergadering van de zangvereniging gaat? {5}
A: Ja 😄 En zijn versierselen liggen in de kluis bij het kabinet {5}
B: Ik haal de doosjes donderdag op {5}
A: Vergeet de oorkondes niet, die liggen apart {5}
~
B: 14 doosjes en 14 oorkondes in de auto {5}
A: Dan zijn we er klaar voor {5}
""",
    ),
    Chat(
        "Perscontact lintje",
        "bestuur",
        "2025-05-14 11:30",
        ["Linda Visscher", "Burgemeester Van Dam", "Tom Ruiters"],
        """
C: De krant belt: een van de gedecoreerden van april zou in 2019 veroordeeld zijn voor verduistering bij de vereniging {5}
B: Dat stond niet in de justitiële gegevens? {5}
A: Het Justis-onderzoek was schoon, het was een voorwaardelijke straf die na 5 jaar niet meer meetelt {5}
B: Maar de vereniging is toch benadeeld? {5}
C: Volgens de krant wel, €18.000 {5}
B: Dan moet ik de Kanselarij informeren, en laten we het intrekken onderzoeken {5}
A: Ik bel de kanselarij vandaag {5}
~
A: Kanselarij: intrekking kan bij gedrag dat de onderscheiding onwaardig maakt, ook achteraf {5}
B: Ik wil eerst een gesprek met de man zelf {5}
C: Wat zeg ik tegen de krant? {5}
B: Dat we het onderzoeken, geen details over de persoon {5}
~
B: Gesprek gehad. Hij levert het lint vrijwillig in {5}
C: Persbericht of alleen antwoord op vragen? {5}
B: Alleen antwoord op vragen {5}
~
A: Kanselarij is geïnformeerd dat het lint is ingeleverd, de benoeming wordt ingetrokken bij KB {5}
C: Krant heeft het artikel geplaatst, met de naam {5}
B: Dat konden we niet tegenhouden {5}
A: Les voor volgend jaar: vooraf ook bij de vereniging navragen {5}
""",
    ),
    Chat(
        "Communicatie april",
        "bestuur",
        "2025-04-24 14:00",
        ["Tom Ruiters", "Linda Visscher"],
        """
A: Persbericht met de namen van de gedecoreerden gaat vrijdag om 12 uur uit, na de uitreiking {5}
B: Niet eerder, anders lekt het {5}
A: Foto's van de fotograaf komen om 13 uur, die zet ik op social {5}
B: Let op: 1 van de 14 wil niet met naam in de krant {5}
A: Noted, die haal ik eruit {5}
~
A: Bericht staat online, 4.200 keer bekeken {5}
B: Mooi
A: Ander punt: de nieuwsbrief van juni, input graag voor de 5e
A: Ik zet de lintjes regen ook op Instagram, met de groepsfoto {5}
""",
    ),
    Chat(
        "Koningsdag vlaggen",
        "openbare_ruimte",
        "2025-04-20 07:45",
        ["Henk Brouwer", "Kevin Hulst"],
        """
A: De vlaggen en het oranje lint voor het stadhuis ophangen op 26 april
B: Vlaggenstok op het bordes is nog kapot
A: Dan alleen aan de gevel
B: De wimpels en linten liggen in de kelder
A: Ik haal ze morgen
""",
    ),
    # --- Request 6: WOZ no-cure-no-pay ---
    Chat(
        "Team belastingen",
        "bedrijfsvoering",
        "2025-03-04 09:00",
        ["Marieke Post", "Rick Jonker", "Sanne Hofstra"],
        """
A: Stand WOZ-bezwaren per vandaag: 1.480, vorig jaar rond deze tijd 700 {6}
B: Hoeveel via de bureaus? {6}
A: 1.110, dus 75% {6}
C: Die no cure no pay clubs sturen standaardbrieven, vaak zonder argumenten {6}
B: Maar als we de waarde ook maar met €1.000 verlagen moeten we de proceskosten betalen {6}
A: €650 per bezwaar met hoorzitting, €330 zonder {6}
C: Terwijl de burger zelf niks krijgt, vaak €3 minder aanslag {6}
~
A: Vandaag weer 130 binnen, allemaal van hetzelfde bureau uit Rotterdam {6}
B: Die doen het via advertenties: 'Gratis bezwaar tegen je WOZ' {6}
C: PHOTO "Gratis WOZ bezwaar? Wij regelen het! No cure no pay" {6}
~
A: Bureau uit Rotterdam heeft in 1 nacht 300 bezwaren ingestuurd via het digitale formulier {6}
B: Kan het portaal dat aan? {6}
C: Ja, maar de medewerkers niet 😅 {6}
A: Nieuw record: 2.000 gepasseerd {6}
""",
    ),
    Chat(
        "Proceskosten",
        "bedrijfsvoering",
        "2025-04-15 10:30",
        ["Rick Jonker", "Frank de Boer"],
        """
A: Uitbetaalde proceskostenvergoedingen WOZ tot nu toe: €312.000 {6}
B: Begroting was €150.000 voor het hele jaar {6}
A: Ik verwacht uit te komen op €600.000 {6}
B: Dat moet in de voorjaarsnota. Hoe komt het? {6}
A: Bijna elke gegronde zaak gaat via een bureau. Die krijgen de vergoeding, niet de burger {6}
B: Kunnen we de vergoeding verlagen? {6}
A: Nee, dat is het Besluit proceskosten, landelijk {6}
~
B: Bijdrage voor de voorjaarsnota ingestuurd, €450k extra {6}
A: Ok. Ik maak een overzicht per bureau {6}
A: Top 3 bureaus samen 82% van de vergoedingen {6}
~
B: Overzicht per bureau is klaar: de grootste heeft €148.000 gekregen {6}
A: Voor hoeveel gegronde bezwaren? {6}
B: 230, gemiddeld €8 minder OZB voor de eigenaar {6}
A: Dat zet ik in de notitie voor de wethouder {6}
""",
    ),
    Chat(
        "Achterstand bezwaren",
        "bedrijfsvoering",
        "2025-05-02 08:45",
        ["Marieke Post", "Sanne Hofstra", "Rick Jonker"],
        """
A: We lopen achter: 900 bezwaren nog niet afgehandeld, termijn is 6 weken plus 6 verdaging {6}
B: Als we te laat zijn kunnen ze een ingebrekestelling sturen en dan dwangsom {6}
C: Die bureaus doen dat standaard, zag ik bij Zwolle {6}
A: Dus inhuur van 2 taxateurs, voor 3 maanden {6}
B: Kosten? {6}
A: €95 per uur, ongeveer €60.000 {6}
C: Goedkoper dan de dwangsommen {6}
~
A: Taxateurs beginnen maandag {6}
B: En we sturen iedereen een verdagingsbrief {6}
~
A: Stand: nog 310 open, 8 ingebrekestellingen ontvangen {6}
C: Die 8 eerst {6}
~
A: Alle bezwaren afgehandeld voor 1 september, laatste dwangsom €1.442 betaald {6}
B: Totaal aan dwangsommen? {6}
A: €6.300, veel minder dan gevreesd {6}
C: Volgend jaar eerder inhuren {6}
""",
    ),
    Chat(
        "Wethouder financiën",
        "bestuur",
        "2025-06-10 16:00",
        ["Wethouder Roelofs", "Frank de Boer"],
        """
A: De VNG wil een lobby bij het ministerie over die no-cure-no-pay-bureaus, doen we mee? {6}
B: Zeker. Onze cijfers: 2.140 bezwaren, 1.600 via bureaus, €560.000 kosten {6}
A: Dat is meer dan de hele bijdrage aan de bibliotheek 😐 {6}
B: Ik lever de cijfers aan de VNG {6}
~
A: Minister wil de vergoeding voor WOZ-bezwaren verlagen per 2026 {6}
B: Goed nieuws, maar voor dit jaar helpt het niks {6}
""",
    ),
    Chat(
        "Taxaties Nijeveen",
        "bedrijfsvoering",
        "2025-04-07 11:00",
        ["Sanne Hofstra", "Piet Hendriks"],
        """
A: Die bureaus sturen nu ook bij de nieuwbouw in Nijeveen op elk adres bezwaar {6}
B: Standaardtekst? {6}
A: Ja, 'de waarde is te hoog gelet op de marktontwikkeling', meer niet {6}
B: Bij 4 van de 60 had hij wel een punt, geen garage meegeteld terwijl die er niet is {6}
A: Dan die 4 gegrond, rest ongegrond {6}
B: En de rest gaat dus in beroep naar de rechtbank, let maar op {6}
A: AUDIO {6}
B: Ok, ik plan een hoorzitting voor die 4 {6}
A: weer 45 van nocurenopay binnen vanochtend {6}
B: Zelfde tekst? {6}
A: Letterlijk {6}
""",
    ),
    Chat(
        "Bezwaar omgevingsvergunning",
        "ruimte",
        "2025-05-08 13:00",
        ["Jan-Willem Bos", "Esther de Haan"],
        """
A: De rechtbank heeft het beroep tegen de vergunning voor de schuur aan de Randweg gegrond verklaard
B: Dus nieuw besluit nemen?
A: Ja binnen 6 weken, en we moeten de proceskostenvergoeding van de buurman betalen, €1.814
B: En het griffierecht
A: Ook. Ik zet het in het zaaksysteem
""",
    ),
    # --- Request 7: paspoortpiek Burgerzaken ---
    Chat(
        "Burgerzaken balie",
        "dienstverlening",
        "2025-02-24 08:20",
        ["Ilse Boersma", "Mustafa Yilmaz", "Gea Jonkman"],
        """
A: De afsprakenagenda zit vol tot half april, mensen kunnen pas over 7 weken terecht voor een paspoort {7}
B: Dat is die piek van de 10-jarige geldigheid, alles van 2014 verloopt nu {7}
C: En ze willen allemaal voor de zomervakantie een nieuwe {7}
A: Vanochtend 3 mensen boos aan de balie zonder afspraak {7}
B: Spoedaanvragen blijven we doen, met de toeslag {7}
C: Hoeveel aanvragen per week nu? {7}
A: Rond de 520 reisdocumenten, normaal 250 {7}
~
B: De wachttijd is nu 8 weken {7}
A: Telefoon staat roodgloeiend, KCC vraagt om een standaardantwoord {7}
C: Ik maak een tekst: kijk of je ID-kaart volstaat binnen Europa {7}
~
A: Mevrouw had een vlucht over 10 dagen en geen paspoort, huilend aan de balie {7}
B: Spoedprocedure, klaar binnen 1 werkdag {7}
~
C: Piek lijkt te zakken: deze week 410 aanvragen {7}
A: En de afsprakenagenda? {7}
C: Wachttijd terug naar 4 weken {7}
B: Avondopenstelling kan na juni weer stoppen {7}
""",
    ),
    Chat(
        "Avond en zaterdag",
        "dienstverlening",
        "2025-03-05 12:00",
        ["Gea Jonkman", "Ilse Boersma", "Harm Wiersma"],
        """
C: Voorstel: tot 1 juli op dinsdag- en donderdagavond open tot 20 uur, en de eerste zaterdag van de maand {7}
A: Wie gaat er dan staan? {7}
C: Vrijwillig, met toeslag, en 2 tijdelijke krachten {7}
B: Ik doe de dinsdagavond {7}
A: Ik de zaterdagen {7}
C: Beveiliging moet dan ook aanwezig zijn, kost €1.100 per avond {7}
~
C: MT akkoord met de verruiming, start 18 maart {7}
B: Extra 180 afspraakplekken per week {7}
~
A: Eerste zaterdag: 64 afspraken, allemaal verschenen {7}
C: Mooi, dat scheelt {7}
~
C: Evaluatie: 1.900 extra afspraken in de avonden en zaterdagen {7}
A: Kosten? {7}
C: €41.000 aan toeslagen en beveiliging {7}
B: Graag de zaterdag houden, inwoners waren er blij mee {7}
C: Ik leg het voor aan het MT {7}
""",
    ),
    Chat(
        "Inhuur tijdelijke krachten",
        "bedrijfsvoering",
        "2025-03-06 10:15",
        ["Harm Wiersma", "Karin Vos"],
        """
A: Voor de balie heb ik 2 uitzendkrachten nodig vanaf half maart tot juli {7}
B: Moeten ze gescreend? {7}
A: Ja, VOG en ze moeten de cursus reisdocumenten van de RvIG hebben, 3 dagen {7}
B: Via het uitzendbureau uit de raamovereenkomst? {7}
A: Ja, €48 per uur per persoon {7}
B: Totaal? {7}
A: Ongeveer €62.000, incl. opleiding {7}
B: Akkoord, uit de reserve dienstverlening {7}
~
A: 1 van de 2 is gestopt na een week, te druk aan de balie {7}
B: Vervanger? {7}
A: Begint maandag {7}
""",
    ),
    Chat(
        "KCC klachten",
        "dienstverlening",
        "2025-04-01 09:50",
        ["Mustafa Yilmaz", "Roos Hendriks"],
        """
B: Deze week 34 klachten over de wachttijd voor een pas {7}
A: Veel mensen die al een vlucht hebben geboekt {7}
B: Een man dreigt naar de krant te stappen, hij moet voor werk naar Dubai {7}
A: Kan via de spoedprocedure, €57 extra {7}
B: Dat vindt hij onterecht als wij niet op tijd zijn {7}
A: Klachtenprocedure dan, de toeslag vergoeden we niet {7}
~
B: Klachtenbehandelaar wil weten: hoeveel klachten totaal over de reisdocumenten? {7}
A: 112 sinds februari {7}
B: Ok, ik geef het door {7}
~
B: Nationale ombudsman stuurt een klacht door over de wachttijd {7}
A: Die van de man met Dubai? {7}
B: Ja. Ik bel hem, excuus en uitleg {7}
A: Hij heeft zijn paspoort inmiddels op tijd gekregen {7}
A: mevrouw belde over haar paspoot, ze kon pas in mei terecht en vliegt in april {7}
B: Verwijzen naar de avondopenstelling, daar is nog plek {7}
""",
    ),
    Chat(
        "Campagne op tijd aanvragen",
        "dienstverlening",
        "2025-01-20 14:00",
        ["Tom Ruiters", "Gea Jonkman"],
        """
B: Kun jij een campagne maken: 'Vraag je paspoort op tijd aan'? {7}
A: Ja, social media en de huis-aan-huiskrant {7}
B: Boodschap: kijk nu of je pas verloopt, wachttijd loopt op tot 6 weken {7}
A: PHOTO "Op reis deze zomer? Check je paspoort en ID-kaart nu" {7}
B: Top {7}
~
A: Bereik campagne: 18.000 mensen, 300 klikken naar de afspraakpagina {7}
B: En toch zitten we vol {7}
""",
    ),
    Chat(
        "Indiensttreding",
        "bedrijfsvoering",
        "2025-02-03 09:00",
        ["Karin Vos", "Harm Wiersma"],
        """
A: De nieuwe collega financiën begint 1 maart, heeft de ID-kaart nog niet gekopieerd
B: Die moet hij op de eerste dag meenemen
A: Ook zijn toegangspas voor het stadhuis regelen
B: Facilitair maakt de pas
A: En zijn laptop
""",
    ),
    # --- Request 8: brand De Wilgenhof ---
    Chat(
        "Calamiteit Wilgenhof",
        "veiligheid",
        "2025-02-11 02:40",
        ["Erik Schouten", "Burgemeester Van Dam", "Monique Bakker"],
        """
A: Grote brand in seniorencomplex De Wilgenhof, 3e verdieping, GRIP 1 {8}
B: Slachtoffers? {8}
A: Alle 46 bewoners ontruimd, 2 naar het ziekenhuis met rookinhalatie {8}
C: Opvang in de kantine van de sporthal ernaast geregeld, dekens van het Rode Kruis {8}
B: Ik kom eraan {8}
A: Dak staat in lichterlaaie {8}
~
A: Brand meester om 05.10, 3e verdieping en dak onbewoonbaar, 1e en 2e waterschade {8}
C: 31 bewoners kunnen niet terug {8}
B: Vandaag een plek voor ze, niemand slaapt vannacht op een veldbed {8}
C: Familie neemt 9 mensen op, voor 22 zoeken we een hotel {8}
~
B: Persconferentie om 11 uur bij de sporthal {8}
A: Oorzaak nog onbekend, brandonderzoek volgt {8}
C: Bewoners vragen naar hun huisdieren, 2 katten vermist {8}
A: Brandweer heeft 1 kat gered, zit in de mand bij de buurvrouw {8}
C: 😊 {8}
""",
    ),
    Chat(
        "Opvang bewoners Wilgenhof",
        "samenleving",
        "2025-02-11 09:00",
        ["Monique Bakker", "Anouk Smits", "Willem Dekker"],
        """
A: Hotel aan de A28 heeft 22 kamers voor 2 weken {8}
B: Medicijnen zijn achtergebleven, apotheek levert vandaag aan het hotel {8}
C: Kleding en toiletspullen via het Rode Kruis en Kringloop {8}
A: Een meneer met dementie kan niet in een hotel, Wmo-consulent zoekt respijtzorg {8}
B: Gevonden in zorgcentrum De Schiphorst {8}
~
C: Woningcorporatie zoekt vervangende woonruimte, 14 leegstaande woningen binnen 6 weken {8}
A: En de rest? {8}
C: Tot die tijd hotel, verlengd {8}
~
B: Mevrouw van 91 wil naar haar dochter in Zwolle, geregeld {8}
A: AUDIO {8}
B: Klopt, ik zorg dat de post wordt doorgestuurd {8}
~
A: Hotel heeft gebeld: bewoners willen samen eten, kan de zaal? {8}
C: Ja, het Rode Kruis regelt vrijwilligers voor de maaltijden {8}
B: Wijkteam komt twee keer per week langs in het hotel {8}
A: Apotheek stopt met bezorgen, huisarts heeft het overgenomen {8}
C: Over 2 weken verhuizen de eerste 8 naar de corporatiewoningen {8}
A: Verhuisdozen en een busje geregeld {8}
""",
    ),
    Chat(
        "Kosten Wilgenhof",
        "bedrijfsvoering",
        "2025-02-18 10:00",
        ["Frank de Boer", "Monique Bakker"],
        """
A: Wie betaalt het hotel voor de bewoners van het afgebrande complex? {8}
B: Eerst wij, verhalen op de opstalverzekering van de corporatie voor zover het kan {8}
A: Kosten tot nu toe: hotel €38.000, vervoer €2.100, opvangnacht €4.500 {8}
B: En de inzet van onze mensen, ongeveer 300 uur {8}
A: Die kunnen we niet verhalen {8}
~
A: Corporatie betaalt het hotel vanaf week 3, tot dan is het voor ons {8}
B: Akkoord, vastleggen in een brief {8}
~
A: Eindstand kosten voor de gemeente: €51.700, waarvan €12.000 terug van de corporatie {8}
B: Rest uit de post onvoorzien? {8}
A: Ja, staat in de nota aan het college {8}
B: En de bijzondere bijstand voor bewoners zonder inboedelverzekering? {8}
A: 6 aanvragen, €9.800 totaal {8}
""",
    ),
    Chat(
        "Nazorg",
        "samenleving",
        "2025-03-03 14:00",
        ["Anouk Smits", "Willem Dekker", "Erik Schouten"],
        """
A: Bijeenkomst voor de bewoners van De Wilgenhof op 12 maart, met slachtofferhulp en de brandweer {8}
B: Mensen willen weten wat de oorzaak was {8}
C: Onderzoek wijst op een oplader van een scootmobiel op de 3e {8}
A: Dan moeten we voorzichtig zijn, de bewoner zelf is er ook {8}
C: Geen namen, alleen de oorzaak en tips {8}
~
A: 52 aanwezigen, veel emotie, sommige mensen slapen slecht {8}
B: Praktijkondersteuner van de huisarts komt langs voor wie wil {8}
~
A: Laatste bewoner is vandaag in een nieuwe woning, 14 weken na de brand {8}
C: Fijn {8}
~
B: Twee bewoners hebben nog altijd geen inboedelvergoeding, hun verzekeraar doet moeilijk {8}
A: De schuldhulpmaatje helpt met de formulieren {8}
C: Brandweer geeft in de nieuwe woningen voorlichting over rookmelders {8}
B: Brief aan de oud-bewoners van de wilgehof over het herstel van de bovenste verdieping, klaar in 2026 {8}
""",
    ),
    Chat(
        "Ontruimingsoefening stadhuis",
        "bedrijfsvoering",
        "2025-09-23 09:30",
        ["Erik Schouten", "Karin Vos"],
        """
A: Donderdag om 10 uur de jaarlijkse ontruimingsoefening van het stadhuis
B: Met brandweer?
A: Nee, alleen de BHV, brandalarm gaat af, iedereen naar het verzamelpunt
B: De bezoekers van de balie ook
A: Uiteraard
~
A: Ontruiming in 6 minuten, 1 collega bleef in de lift, die moet worden aangepast
B: Ik meld het aan facilitair
""",
    ),
    # --- Request 9: tankpas ---
    Chat(
        "Wagenpark",
        "bedrijfsvoering",
        "2025-05-05 09:15",
        ["Bas Koster", "Karin Vos"],
        """
A: Bij het controleren van de brandstofkosten zie ik iets raars: bus 12 tankt 3 keer per week {9}
B: Bus 12 rijdt toch alleen binnen Meppel? {9}
A: Ja, max 100 km per week. Maar er wordt 190 liter getankt per week {9}
B: En op welke tijden? {9}
A: Vaak zaterdag, en bij een pomp in Hoogeveen. Ook Euro95 terwijl de bus op diesel rijdt {9}
B: Oei. Wie heeft die pas? {9}
A: Die hoort bij de bus, de sleutel hangt op de werf. Maar de pincode kennen er maar 3 {9}
B: Blokkeer de pas nu en zoek uit over welke periode {9}
~
A: Pas geblokkeerd. Het loopt sinds augustus vorig jaar, schade ongeveer €7.400 {9}
B: Dat moet naar integriteit {9}
~
A: Ik heb de andere 30 passen ook nagelopen, geen afwijkingen {9}
B: Gelukkig. En de andere bussen met dezelfde sleutelkast? {9}
A: Die kast gaat op slot, sleutels alleen via de planner {9}
B: Goed, vanaf morgen {9}
""",
    ),
    Chat(
        "Integriteit melding",
        "bestuur",
        "2025-05-07 11:00",
        ["Karin Vos", "Directeur Jansen", "Ellen Prins"],
        """
A: Melding vermoedelijk misbruik brandstofpas bus 12, schade ±€7.400 {9}
B: Vermoeden wie? {9}
C: Camerabeelden van de pomp in Hoogeveen opgevraagd, 2 keer is dezelfde collega herkenbaar {9}
B: Dan een gesprek met hem, met iemand van P&O erbij {9}
C: En hem tijdens het onderzoek op non-actief {9}
~
C: Gesprek gehad. Hij ontkent eerst, daarna bekent hij dat hij zijn eigen auto en die van zijn zoon tankte {9}
B: Ontslag op staande voet? {9}
C: Juridisch advies: ja, dit is een dringende reden {9}
B: Doen. En aangifte {9}
~
C: Ontslagbrief uitgereikt, hij gaat niet in bezwaar {9}
A: Terugbetalingsregeling van de €7.400 met hem afgesproken {9}
~
B: Intern bericht aan de medewerkers zonder naam {9}
A: Tekst: een medewerker heeft misbruik gemaakt van een brandstofpas, het dienstverband is beëindigd, aangifte is gedaan {9}
C: En een herinnering aan de gedragscode {9}
B: Akkoord, verstuur maar {9}
A: Verstuurd {9}
""",
    ),
    Chat(
        "Aangifte",
        "veiligheid",
        "2025-05-13 10:00",
        ["Ellen Prins", "Erik Schouten"],
        """
A: Vandaag aangifte gedaan bij de politie van verduistering met de tankkaart {9}
B: Wat hebben ze nodig? {9}
A: Transactieoverzicht van de leverancier, camerabeelden, verklaring van de medewerker {9}
B: Heb jij dat overzicht? {9}
A: Van de tankkaartleverancier, alle 164 transacties sinds augustus {9}
~
B: Politie belt: zaak gaat naar het OM {9}
A: Ok, ik houd de directeur op de hoogte {9}
~
A: OM heeft een strafbeschikking gegeven, taakstraf en schadevergoeding {9}
B: Dan loopt de terugbetaling via het CJIB? {9}
A: Nee, via onze eigen regeling, al 3 termijnen betaald {9}
""",
    ),
    Chat(
        "Nieuwe afspraken voertuigen",
        "bedrijfsvoering",
        "2025-06-02 08:45",
        ["Bas Koster", "Karin Vos", "Sjoerd Meijer"],
        """
A: Na het gedoe met de tankpas: elke pas een eigen pincode per bestuurder {9}
B: En een maandelijkse controle van liters tegen kilometers {9}
C: Voor de ploeg betekent dat een kilometerlijst bijhouden? {9}
A: Nee, het volgsysteem in de bussen registreert dat {9}
B: En alleen tanken bij pompen in Meppel en omgeving, de rest blokkeert de leverancier {9}
C: Ook brandstofsoort blokkeren, alleen diesel {9}
~
A: Alle 31 passen omgezet {9}
B: Accountant wil het opnemen in de interne controle {9}
~
C: De jongens mopperen over de pincodes, ze moeten nu elke keer opzoeken {9}
A: Begrijp ik, maar het is na dit incident nodig {9}
B: Na 3 maanden evalueren {9}
A: Evaluatie: geen afwijkende transacties, brandstofkosten 6% omlaag {9}
C: ik heb net de tank pas van bus 7 teruggebracht naar de planner punt pincode zit in de envelop {9}
""",
    ),
    Chat(
        "Laadpassen",
        "bedrijfsvoering",
        "2025-06-16 13:00",
        ["Bas Koster", "Priya Ramdin"],
        """
A: De laadpas van de elektrische dienstauto werkt niet bij de paal op de werf
B: Een nieuwe aanvragen?
A: Ja, via de leverancier, duurt een week
B: Tot die tijd de auto aan de snellader bij het station
""",
    ),
    # --- Request 10: mazelen ---
    Chat(
        "GGD overleg",
        "samenleving",
        "2025-01-27 10:30",
        ["Jolanda Meester", "Peter Lont", "Femke Kok"],
        """
C: Er zijn 4 bevestigde gevallen van mazelen op De Regenboog, 2 in groep 3 en 2 in groep 5 {10}
A: Dat is een uitbraak? {10}
C: Ja, vanaf 2 is het een cluster. Bron onbekend {10}
B: Wat gaan jullie doen? {10}
C: Brief aan alle ouders, kinderen zonder BMR-vaccinatie 2 weken thuis, zuigelingen uit de buurt vroeg inenten {10}
A: Hoeveel kinderen zijn niet gevaccineerd? {10}
C: Op deze school 28%, landelijk 10 {10}
B: Dat is schrikbarend hoog {10}
~
C: Nu 9 gevallen, 1 kind opgenomen met een longontsteking {10}
A: Wethouder wil dagelijks een update {10}
~
C: Ook een geval op een kinderdagverblijf in dezelfde wijk, broertje van een leerling {10}
A: Moeten daar ook kinderen thuis? {10}
C: Alleen de baby's onder 14 maanden die niet ingeënt zijn {10}
B: Ik informeer de wethouder {10}
~
C: Kind met longontsteking is uit het ziekenhuis {10}
A: Gelukkig {10}
""",
    ),
    Chat(
        "Brief ouders",
        "samenleving",
        "2025-01-28 08:00",
        ["Jolanda Meester", "Tom Ruiters"],
        """
A: De GGD brief aan de ouders van De Regenboog, kan de gemeente meelezen? {10}
B: Ja. De zin over 'thuisblijven verplicht' klopt niet, het is een dringend advies {10}
A: GGD past het aan {10}
B: Vertaling in het Arabisch en Pools, veel ouders spreken geen Nederlands {10}
A: Regelen we {10}
~
A: Brief verstuurd, ook via Parro {10}
B: Boze reacties op Facebook van ouders die niet willen inenten, ik reageer niet inhoudelijk {10}
~
A: Tweede brief: de uitbraak is voorbij, de kinderen mogen allemaal weer naar school {10}
B: Met een oproep om de BMR prik alsnog te halen? {10}
A: Ja, met de data van de prikavonden {10}
B: Akkoord {10}
""",
    ),
    Chat(
        "Vaccinatiegraad",
        "samenleving",
        "2025-02-10 13:00",
        ["Femke Kok", "Wethouder Kuiper"],
        """
A: Cijfers RIVM: vaccinatiegraad BMR in Meppel 86%, in 2 wijken onder de 80 {10}
B: Wat kunnen wij doen? {10}
A: Extra prikmomenten in het wijkcentrum, met de jeugdverpleegkundige {10}
B: Goed. En huisbezoeken bij ouders die twijfelen? {10}
A: Alleen op vrijwillige basis, de GGD doet dat {10}
~
A: Eerste prikavond: 41 kinderen ingeënt {10}
B: Mooi, dat is meer dan verwacht {10}
A: Uitbraak op de Regenboog is voorbij, 21 dagen geen nieuwe gevallen {10}
~
B: Raadsvragen over de lage inentingsgraad, vooral in Oosterboer {10}
A: Antwoord: we gaan niet verplichten, wel voorlichting en extra prikken {10}
B: En de cijfers per school openbaar? {10}
A: Nee, dat zijn herleidbare gegevens {10}
""",
    ),
    Chat(
        "Regenboog directie",
        "samenleving",
        "2025-01-30 16:00",
        ["Jolanda Meester", "Sandra Koning"],
        """
B: Nu 6 kinderen ziek met koorts en vlekjes, 2 juffen ook thuis {10}
A: Zijn die juffen ingeënt? {10}
B: 1 weet het niet, ze is van 1970, toen nog geen standaardprik {10}
A: Laat haar testen bij de GGD {10}
B: Ouders van niet-ingeënte kinderen zijn boos dat hun kinderen niet mogen komen {10}
A: Advies van de GGD, school beslist. Ik steun jullie {10}
B: Thuiswerk voor die kinderen geregeld {10}
~
B: Juf is immuun, mag weer werken {10}
A: Fijn {10}
~
B: Kunnen we een ouderavond houden met iemand van de GGD? {10}
A: Ja, ik vraag de arts infectieziekten {10}
B: Ouderavond: 60 ouders, veel vragen over de bijwerkingen van de prik {10}
A: Goed dat het gesprek er was {10}
A: Nog nieuwe mazzelen gevallen? {10}
B: Nee, sinds maandag niet {10}
""",
    ),
    Chat(
        "Griepprik",
        "bedrijfsvoering",
        "2025-10-06 09:00",
        ["Karin Vos", "Anouk Smits"],
        """
A: Griepvaccinatie voor de medewerkers op 20 oktober in de kantine
B: Gratis?
A: Ja, via de arbodienst
B: Kunnen de collega's van de werf ook?
A: Ja, er is een ronde op de werf om 7 uur
""",
    ),
    # --- Request 11: woonboten ---
    Chat(
        "Havenmeester",
        "openbare_ruimte",
        "2025-04-14 08:30",
        ["Jelle Bakker", "Ruud Kramer", "Martin Kok"],
        """
A: Telling gedaan langs de Stoombootkade en het Meppelerdiep: 23 woonboten, 7 zonder geldige vergunning {11}
B: Hoe lang liggen die al? {11}
A: 3 al jaren, 4 deze winter nieuw gekomen {11}
C: Die nieuwe zijn opgekochte ark uit Amsterdam, goedkoper hier {11}
A: En ze tappen water en stroom af van de kade {11}
B: Ik stuur het naar handhaving {11}
~
A: PHOTO "Woonark zonder vergunning Meppelerdiep kade 14" {11}
A: Deze ligt half in de vaargeul {11}
B: Dat is ook nautisch gevaarlijk {11}
~
C: Bewoners van de kade klagen over aggregaten die 's nachts draaien bij die ark {11}
A: Geen walstroom, dus ze draaien op diesel {11}
B: Ook doorgeven aan handhaving {11}
A: Gedaan, met foto van de aggregaat {11}
C: de woon boot bij de sluis ligt er ook weer komma ik heb de eigenaar gesproken hij zegt dat hij een vergunning heeft aangevraagd {11}
A: Staat niet in het systeem {11}
""",
    ),
    Chat(
        "Handhaving ligplaatsen",
        "veiligheid",
        "2025-05-02 10:00",
        ["Ruud Kramer", "Sabine Meijer", "Esther de Haan"],
        """
A: 7 vaartuigen zonder ligplaatsvergunning, eerst een vooraankondiging {11}
B: Voor de 3 die er al lang liggen: gedoogd? {11}
C: Niet schriftelijk, maar het havenbedrijf heeft jarenlang liggeld geïnd. Dat is een probleem {11}
B: Dan hebben die 3 een sterke positie {11}
A: Voor de 4 nieuwe: last onder dwangsom, €250 per week met max €10.000 {11}
C: Termijn 8 weken om te vertrekken {11}
~
A: Aanschrijvingen de deur uit {11}
B: 1 van de 4 is al weg, naar Zwartsluis {11}
~
A: Termijn verlopen, 2 liggen er nog. Dwangsom wordt verbeurd {11}
C: Invordering starten {11}
~
B: De 3 oude: we geven ze een tijdelijke vergunning tot het nieuwe beleid er is {11}
C: Juridisch verstandig, gezien het liggeld dat we hebben geïnd {11}
A: Brieven gaan vandaag {11}
~
A: 1 ark is weggesleept na het verbeuren, kosten €4.200 op de eigenaar verhaald {11}
C: Verzet aangekondigd {11}
""",
    ),
    Chat(
        "Ligplaatsenbeleid",
        "ruimte",
        "2025-06-05 14:00",
        ["Sabine Meijer", "Wethouder Roelofs", "Jelle Bakker"],
        """
A: Concept nieuw beleid voor woonschepen: max 25 plekken, wachtlijst, walstroom verplicht {11}
B: En die 3 oude, die gedoogd lagen? {11}
A: Overgangsregeling, ze krijgen een vergunning als ze aan de eisen voldoen {11}
C: Wachtlijst heeft nu al 14 namen {11}
B: Hoe verdelen we de vrije plekken? {11}
A: Op volgorde van de lijst, niet loten {11}
~
B: Raad wil inspraak, ter inzage 6 weken {11}
C: Bewoners van de kade zijn tegen meer boten, uitzicht {11}
A: Maximum blijft 25, dat is 2 meer dan nu {11}
~
A: Raad heeft het ligplaatsenbeleid vastgesteld, met 1 amendement: walstroom binnen 2 jaar {11}
C: Dan krijgen de eersten van de wachtlijst een brief {11}
B: Liggeld omhoog naar €12 per m2 per jaar {11}
""",
    ),
    Chat(
        "Bezwaar schipper",
        "bestuur",
        "2025-07-08 11:00",
        ["Esther de Haan", "Sabine Meijer"],
        """
A: Bezwaar tegen de dwangsom van een van de arkbewoners {11}
B: Argument? {11}
A: Dat hij op de wachtlijst staat en het beleid nog niet vastgesteld is {11}
B: Maar zonder vergunning mag hij er niet liggen {11}
A: Hij vraagt een voorlopige voorziening bij de rechtbank {11}
~
A: Voorzieningenrechter: afgewezen, hij moet weg {11}
B: Hij ligt sinds gisteren in Zwartsluis {11}
~
A: Bezwaarcommissie: bezwaar ongegrond, dwangsom terecht {11}
B: Hij heeft nog €2.000 open staan {11}
A: Invordering loopt {11}
""",
    ),
    Chat(
        "Sloepverhuur",
        "openbare_ruimte",
        "2025-06-20 09:00",
        ["Jelle Bakker", "Martin Kok"],
        """
A: Sloepverhuur aan de haven wil 4 extra boten, ligplaats bij de Kaapbrug
B: Voor verhuur moeten ze een vergunning van de APV hebben
A: Hebben ze, passanten gaan voor
B: En het liggeld voor passanten blijft €1,50 per meter?
A: Ja
""",
    ),
    # --- Chats with more than one request ---
    Chat(
        "Collegevoorbereiding",
        "bestuur",
        "2025-02-14 08:00",
        ["Burgemeester Van Dam", "Esther de Haan", "Wethouder Kuiper"],
        """
A: Punten dinsdag: de brand in De Wilgenhof, de mazelen, de lintjes {5,8,10}
B: Wilgenhof: alle bewoners hebben onderdak, hotel tot 1 maart {8}
C: Mazelen: 11 gevallen, GGD zegt piek voorbij {10}
A: Lintjes: alles rond, niets delen buiten het college {5}
B: Dan nog de kosten van de opvang van de bewoners {8}
A: Die komen als aparte nota {8}
""",
    ),
)
