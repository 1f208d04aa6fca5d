"""Realistic Dutch chat text for a generated archive (benchmarks and demos); no Django.

Every record gets a topic; its messages mix topic sentences with everyday chat, filled with
Meppel street names, neighbourhoods, dates and amounts, so the index sees a real vocabulary.
Originals sometimes hold a phone number, a name or an e-mail address; the redacted text has the
placeholder instead, exactly as the redaction pipeline would leave it.
"""

import random
from dataclasses import dataclass

STRATEN = (
    "Hoofdstraat",
    "Kerkplein",
    "Zuideinde",
    "Woldstraat",
    "Prinsengracht",
    "Groenmarkt",
    "Stationsweg",
    "Kromme Elleboog",
    "Keizersgracht",
    "Kaapsedijk",
    "Steenwijkerstraatweg",
    "Zomerdijk",
    "Reestlaan",
    "Hesselingen",
    "Mr. Cramerstraat",
    "Wilhelminapark",
    "Eendrachtstraat",
    "Blankenstein",
    "Noord Ten Oosten",
    "Leonard Springerlaan",
    "Oosterboer",
    "Bovenboer",
    "Slingerplein",
    "Torenlaan",
    "Havelterweg",
    "Ezinge",
)
WIJKEN = (
    "Koedijkslanden",
    "Haveltermade",
    "Oosterboer",
    "Berggierslanden",
    "Nieuwveense Landen",
    "Ezinge",
    "Nijeveen",
    "Rogat",
    "Broekhuizen",
    "Kolderveen",
    "de Schiphorst",
    "het centrum",
)
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
WETHOUDERS = ("de wethouder", "de burgemeester", "het college", "de gemeenteraad", "de raad")
PARTNERS = (
    "Rendo",
    "de woningcorporatie",
    "het waterschap",
    "de provincie Drenthe",
    "Stichting Welzijn",
    "de aannemer",
    "de politie",
    "de brandweer",
    "Veiligheidsregio Drenthe",
    "de GGD",
    "de ondernemersvereniging",
    "het wijkteam",
    "de buurtvereniging",
    "de school",
)
NAMEN = ("Jan", "Petra", "Henk", "Fatima", "Sanne", "Kees", "Annemiek", "Mohammed", "Gerrit")


@dataclass(frozen=True)
class Topic:
    key: str
    onderwerp: str
    zaaktype: str
    zaaktype_omschrijving: str
    procestype: int
    afdeling: str
    zinnen: tuple[str, ...]


TOPICS = (
    Topic(
        "boom",
        "Omgewaaide boom {straat}",
        "MELDING-OR",
        "Melding openbare ruimte",
        15,
        "openbare_ruimte",
        (
            "De boom aan de {straat} is omgewaaid en ligt over het fietspad.",
            "Kunnen jullie de omgewaaide boom vandaag nog weghalen?",
            "De ploeg van de buitendienst gaat er {dag} om {tijd} naartoe.",
            "Er ligt nog veel takken en blad op de stoep bij nummer {getal}.",
            "De stormschade in {wijk} is groter dan we dachten.",
            "Wie betaalt de schade aan de geparkeerde auto onder de boom?",
            "De boomdeskundige zegt dat de wortels al jaren rot waren.",
            "We planten in het najaar een nieuwe linde terug.",
        ),
    ),
    Topic(
        "bestemmingsplan",
        "Bestemmingsplan {wijk}",
        "OMGEVINGSVERGUNNING",
        "Omgevingsvergunning",
        11,
        "ruimte",
        (
            "Het ontwerp bestemmingsplan centrum ligt vanaf {dag} ter inzage.",
            "De zienswijze van de bewoners van de {straat} komt morgen binnen.",
            "Kunnen we het bestemmingsplan nog voor de raadsvergadering van {datum} agenderen?",
            "De provincie heeft vragen over de woningbouw in {wijk}.",
            "Er zijn {getal} zienswijzen ingediend, vooral over parkeren en verkeer.",
            "Het omgevingsplan moet eerst langs de welstandscommissie.",
            "Ik stuur je de planregels en de verbeelding als bijlage.",
            "De projectontwikkelaar wil {getal} woningen bouwen in plaats van 40.",
        ),
    ),
    Topic(
        "vergunning",
        "Omgevingsvergunning dakkapel {straat}",
        "OMGEVINGSVERGUNNING",
        "Omgevingsvergunning",
        11,
        "ruimte",
        (
            "De aanvraag omgevingsvergunning voor de dakkapel is compleet.",
            "De buren aan de {straat} hebben bezwaar gemaakt tegen de uitbouw.",
            "De vergunning is verleend, de brief gaat {dag} de deur uit.",
            "Heb je de bouwtekening met de juiste maten ontvangen?",
            "De beslistermijn verloopt op {datum}, we moeten opschieten.",
            "De constructeur keurt de berekening goed.",
            "Het monument aan de {straat} vraagt om extra advies van erfgoed.",
            "Kun je de leges van {bedrag} nog controleren?",
        ),
    ),
    Topic(
        "subsidie",
        "Subsidieaanvraag {wijk}",
        "SUBSIDIE",
        "Subsidie verstrekken",
        8,
        "samenleving",
        (
            "De subsidieaanvraag voor het buurtfeest in {wijk} is binnen.",
            "Ze vragen {bedrag} subsidie voor het zomerfestival.",
            "De subsidie is verleend onder voorwaarde van een verantwoording achteraf.",
            "Het budget voor sport en cultuur is dit jaar bijna op.",
            "Kunnen we de beschikking {dag} versturen?",
            "De vereniging heeft de begroting nog niet aangeleverd.",
            "Volgens de subsidieregeling mag dit niet voor catering worden gebruikt.",
            "De vaststelling van de subsidie volgt na het verslag.",
        ),
    ),
    Topic(
        "wateroverlast",
        "Wateroverlast {straat}",
        "MELDING-OR",
        "Melding openbare ruimte",
        15,
        "openbare_ruimte",
        (
            "Bij hevige regen staat de {straat} weer blank.",
            "Het riool kan de hoeveelheid water niet aan.",
            "Het waterschap komt {dag} kijken naar de gemalen.",
            "Bewoners hebben water in de kelder, ze zijn boos.",
            "We zetten zandzakken neer bij nummer {getal}.",
            "De klimaatadaptatie in {wijk} moet hoger op de agenda.",
            "Er komt een wadi in het plantsoen om regenwater op te vangen.",
            "Is de put bij de kruising al schoongemaakt?",
        ),
    ),
    Topic(
        "asbest",
        "Asbest in schuur {straat}",
        "HANDHAVING",
        "Toezicht en handhaving",
        10,
        "veiligheid",
        (
            "Er is asbest gevonden in de schuur aan de {straat}.",
            "De eigenaar heeft zonder melding het asbestdak gesloopt.",
            "De toezichthouder gaat {dag} langs voor een controle.",
            "We leggen een last onder dwangsom op van {bedrag}.",
            "Het saneringsbedrijf heeft het asbest inmiddels verwijderd.",
            "De omwonenden maken zich zorgen over hun gezondheid.",
            "De Omgevingsdienst Drenthe neemt de handhaving over.",
            "Het rapport van de asbestinventarisatie komt {datum}.",
        ),
    ),
    Topic(
        "windpark",
        "Windmolens {wijk}",
        "BESTUURLIJK-OVERLEG",
        "Bestuurlijk overleg met derden",
        19,
        "bestuur",
        (
            "De informatieavond over de windmolens bij {wijk} was druk bezocht.",
            "{wethouder} wil eerst de participatie met bewoners afronden.",
            "De energiecoöperatie wil {getal} windturbines plaatsen.",
            "Er is veel weerstand tegen de hoogte van de windmolens.",
            "Het college besluit {dag} over het standpunt.",
            "Kunnen we de geluidsnormen nog eens laten toetsen?",
            "De opbrengst gaat deels naar een omgevingsfonds.",
            "Het zonnepark langs de A28 is een alternatief.",
        ),
    ),
    Topic(
        "evenement",
        "Evenementenvergunning {evenement}",
        "EVENEMENT",
        "Evenementenvergunning",
        11,
        "veiligheid",
        (
            "De evenementenvergunning voor de {evenement} is aangevraagd.",
            "De politie wil een extra veiligheidsplan voor de kermis.",
            "Mogen de kramen op de Groenmarkt tot {tijd} blijven staan?",
            "De brandweer heeft de vluchtroutes goedgekeurd.",
            "Er komen naar schatting {getal} bezoekers.",
            "De organisatie vraagt ontheffing voor het geluid tot middernacht.",
            "We sluiten de {straat} af tussen {tijd} en 23.00 uur.",
            "De afvalinzameling na afloop is geregeld met de gemeentewerf.",
        ),
    ),
    Topic(
        "jeugd",
        "Overleg jeugdzorg {wijk}",
        "JEUGD",
        "Jeugdhulp verlenen",
        7,
        "samenleving",
        (
            "Het wijkteam in {wijk} heeft een nieuwe aanmelding voor jeugdhulp.",
            "De wachtlijst voor jeugdzorg is nog steeds te lang.",
            "Kunnen we {dag} overleggen met de zorgaanbieder?",
            "De beschikking jeugdhulp loopt op {datum} af.",
            "De kosten van de jeugdzorg lopen dit jaar op tot {bedrag}.",
            "De school maakt zich zorgen over de thuissituatie.",
            "Ik heb het dossier doorgestuurd naar de casusregisseur.",
            "De ouders willen graag een gesprek met de gemeente.",
        ),
    ),
    Topic(
        "afval",
        "Afvalinzameling {wijk}",
        "MELDING-OR",
        "Melding openbare ruimte",
        15,
        "openbare_ruimte",
        (
            "De containers in {wijk} zijn {dag} niet geleegd.",
            "Er is weer afval gedumpt naast de glasbak aan de {straat}.",
            "De ondergrondse container zit vast, kan iemand kijken?",
            "Het nieuwe afvalbeleid met diftar roept veel vragen op.",
            "De inzamelaar heeft een storing aan de vuilniswagen.",
            "We plaatsen een camera tegen het dumpen van afval.",
            "De kliko's met GFT worden voortaan om de week geleegd.",
            "Bewoners klagen over ongedierte bij de containers.",
        ),
    ),
    Topic(
        "parkeren",
        "Parkeerbeleid {wijk}",
        "BESTUURLIJK-OVERLEG",
        "Bestuurlijk overleg met derden",
        19,
        "ruimte",
        (
            "De parkeerdruk in {wijk} is na zes uur erg hoog.",
            "Ondernemers in de binnenstad willen gratis parkeren op zaterdag.",
            "Het aantal parkeervergunningen voor de {straat} is op.",
            "We onderzoeken een blauwe zone rond het station.",
            "De parkeergarage bij het Kerkplein is {dag} gesloten voor onderhoud.",
            "De raad heeft een motie over parkeertarieven aangenomen.",
            "Kun je het parkeeronderzoek van {datum} nog een keer sturen?",
            "Er komen {getal} extra laadpalen voor elektrische auto's.",
        ),
    ),
    Topic(
        "woo",
        "Informatieverzoek {onderwerp}",
        "WOO-VERZOEK",
        "Woo-verzoek behandelen",
        6,
        "bestuur",
        (
            "Er is een Woo-verzoek binnengekomen over de {onderwerp}.",
            "De beslistermijn van het informatieverzoek verloopt op {datum}.",
            "Kun je alle documenten over het dossier verzamelen?",
            "De journalist wil ook de chatberichten van {wethouder} ontvangen.",
            "We moeten de derdenbelanghebbenden om een zienswijze vragen.",
            "Persoonsgegevens worden gelakt op grond van artikel 5.1.",
            "Het besluit op het Woo-verzoek wordt {dag} gepubliceerd.",
            "Er zijn {getal} documenten gevonden die onder het verzoek vallen.",
        ),
    ),
    Topic(
        "inkoop",
        "Aanbesteding {inkoop}",
        "INKOOP",
        "Inkopen",
        18,
        "bedrijfsvoering",
        (
            "De aanbesteding voor de {inkoop} sluit op {datum}.",
            "Er zijn {getal} inschrijvingen binnengekomen.",
            "De leverancier vraagt om uitstel van de levering.",
            "De offerte van {bedrag} ligt boven het budget.",
            "Het contract met de aannemer loopt eind van het jaar af.",
            "Kunnen we de gunning {dag} bekendmaken?",
            "De afwijzingsbrief voor de andere inschrijvers is klaar.",
            "Inkoop adviseert een Europese aanbesteding.",
        ),
    ),
    Topic(
        "wegwerk",
        "Wegwerkzaamheden {straat}",
        "MELDING-OR",
        "Melding openbare ruimte",
        15,
        "openbare_ruimte",
        (
            "De wegwerkzaamheden aan de {straat} lopen vertraging op.",
            "De omleiding via de {straat2} zorgt voor files.",
            "Bewoners hebben geen bericht gekregen over de afsluiting.",
            "De aannemer begint {dag} met het asfalteren.",
            "Het nieuwe fietspad is volgens planning klaar op {datum}.",
            "De bus rijdt tijdelijk niet door {wijk}.",
            "Er is een gasleiding geraakt bij het graven.",
            "De verkeersborden staan nog verkeerd, kun je dat regelen?",
        ),
    ),
    Topic(
        "raad",
        "Voorbereiding raadsvergadering",
        "BESTUURLIJK-OVERLEG",
        "Bestuurlijk overleg met derden",
        19,
        "bestuur",
        (
            "De raadsvergadering van {datum} wordt een lange avond.",
            "De fractie heeft schriftelijke vragen gesteld over de begroting.",
            "{wethouder} wil het raadsvoorstel nog aanpassen.",
            "Het amendement over de woningbouw haalt waarschijnlijk een meerderheid.",
            "Kun je de beantwoording van de raadsvragen {dag} klaarzetten?",
            "De commissie Ruimte bespreekt het voorstel volgende week.",
            "Er is een motie vreemd aan de orde van de dag aangekondigd.",
            "De griffie vraagt om de stukken uiterlijk {dag} aan te leveren.",
        ),
    ),
    Topic(
        "sporthal",
        "Nieuwe sporthal {wijk}",
        "BESTUURLIJK-OVERLEG",
        "Bestuurlijk overleg met derden",
        19,
        "samenleving",
        (
            "De bouw van de nieuwe sporthal in {wijk} wordt {bedrag} duurder.",
            "De sportverenigingen willen meer zaaltijd op de avonden.",
            "Het ontwerp van de sporthal gaat {dag} naar de klankbordgroep.",
            "De turnvereniging vraagt om een vaste toestellenberging.",
            "De aannemer meldt dat de fundering is gestort.",
            "Kunnen we de opening van de sporthal op {datum} plannen?",
            "Het zwembad en de sporthal delen straks de parkeerplaats.",
            "De exploitatie van de sporthal gaat naar een stichting.",
        ),
    ),
    Topic(
        "zwembad",
        "Renovatie zwembad",
        "INKOOP",
        "Inkopen",
        18,
        "bedrijfsvoering",
        (
            "Het zwembad gaat {dag} dicht voor groot onderhoud.",
            "De lekkage in het bad is groter dan gedacht.",
            "De badmeesters maken zich zorgen over de chloorinstallatie.",
            "Er zijn {getal} klachten over de watertemperatuur.",
            "De renovatie van de kleedkamers kost {bedrag}.",
            "Kan het schoolzwemmen tijdelijk naar Steenwijk?",
            "De zwemvereniging wil inspraak in het nieuwe rooster.",
            "Het energieverbruik van het zwembad moet omlaag.",
        ),
    ),
    Topic(
        "opvang",
        "Opvang statushouders",
        "BESTUURLIJK-OVERLEG",
        "Bestuurlijk overleg met derden",
        19,
        "samenleving",
        (
            "Het COA vraagt of Meppel extra opvangplekken kan bieden.",
            "De taakstelling voor statushouders is dit halfjaar {getal} personen.",
            "De woningcorporatie heeft {getal} woningen beschikbaar gesteld.",
            "De buurtbewoners willen een informatiebijeenkomst over de opvang.",
            "Vluchtelingenwerk begeleidt de gezinnen bij de inburgering.",
            "Kunnen we {dag} de locatie aan de {straat} bekijken?",
            "De noodopvang in de sporthal sluit op {datum}.",
            "De school heeft plek voor de kinderen in de taalklas.",
        ),
    ),
    Topic(
        "markt",
        "Weekmarkt",
        "EVENEMENT",
        "Evenementenvergunning",
        11,
        "veiligheid",
        (
            "De marktkooplieden klagen over de nieuwe standplaatsen.",
            "De weekmarkt verhuist tijdelijk naar het Kerkplein.",
            "Er zijn {getal} aanvragen voor een vaste standplaats.",
            "De marktmeester heeft een kraam zonder vergunning weggestuurd.",
            "Het marktgeld gaat volgend jaar met drie procent omhoog.",
            "Kunnen de viskramen dichter bij de stroompunten staan?",
            "De ondernemers willen de markt op zaterdag verlengen tot {tijd}.",
            "De rommelmarkt op {datum} is goedgekeurd.",
        ),
    ),
    Topic(
        "bibliotheek",
        "Bibliotheek en cultuur",
        "SUBSIDIE",
        "Subsidie verstrekken",
        8,
        "samenleving",
        (
            "De bibliotheek wil een vestiging openen in {wijk}.",
            "Het theater vraagt om een garantiesubsidie van {bedrag}.",
            "De cultuurnota wordt {dag} in het college besproken.",
            "Het museum heeft een nieuwe expositie over de drukkerijgeschiedenis.",
            "De muziekschool heeft een wachtlijst voor pianoles.",
            "Kunnen we de openingstijden van de bibliotheek verruimen?",
            "De amateurkunstverenigingen krijgen een eenmalige bijdrage.",
            "Het kunstwerk op de rotonde is beschadigd.",
        ),
    ),
    Topic(
        "verkeer",
        "Verkeersveiligheid {straat}",
        "MELDING-OR",
        "Melding openbare ruimte",
        15,
        "openbare_ruimte",
        (
            "Ouders vragen om een zebrapad bij de basisschool aan de {straat}.",
            "Er wordt te hard gereden, de snelheidsmeting gaf {getal} km per uur.",
            "De verkeersdrempel is {dag} aangelegd.",
            "Het kruispunt bij de {straat} is een ongevallenlocatie.",
            "De politie wil een extra flitspaal op de Zomerdijk.",
            "Kunnen we een 30-kilometerzone instellen in {wijk}?",
            "De fietsersbond heeft een lijst met gevaarlijke punten gestuurd.",
            "De schoolzone krijgt nieuwe borden en belijning.",
        ),
    ),
    Topic(
        "begroting",
        "Begroting en voorjaarsnota",
        "BESTUURLIJK-OVERLEG",
        "Bestuurlijk overleg met derden",
        19,
        "bedrijfsvoering",
        (
            "De voorjaarsnota laat een tekort zien van {bedrag}.",
            "De algemene uitkering van het gemeentefonds valt lager uit.",
            "{wethouder} wil de ozb niet verder verhogen.",
            "De accountant heeft vragen over de jaarrekening.",
            "Kun je de meerjarenraming {dag} aanleveren bij financiën?",
            "De reserves zijn voldoende om de tegenvaller op te vangen.",
            "Er komt een bezuinigingsronde van {getal} maatregelen.",
            "De auditcommissie vergadert op {datum}.",
        ),
    ),
    Topic(
        "zonnepark",
        "Zonnepark {wijk}",
        "OMGEVINGSVERGUNNING",
        "Omgevingsvergunning",
        11,
        "ruimte",
        (
            "De initiatiefnemer wil een zonnepark van {getal} hectare aanleggen.",
            "De netbeheerder heeft geen transportcapaciteit meer.",
            "De landschappelijke inpassing met een houtwal is akkoord.",
            "Omwonenden krijgen een financiële participatie in het zonnepark.",
            "De agrariër wil zonnepanelen op de stal in plaats van op het land.",
            "Het zonnepark ligt in de ecologische verbindingszone.",
            "De aanvraag voor het zonnepark is {dag} ontvankelijk verklaard.",
            "Kunnen we de zonneladder nog eens uitleggen aan de raad?",
        ),
    ),
    Topic(
        "ondermijning",
        "Ondermijning bedrijventerrein",
        "HANDHAVING",
        "Toezicht en handhaving",
        10,
        "veiligheid",
        (
            "Er zijn signalen van ondermijning op het bedrijventerrein.",
            "De Bibob-toets voor de horecavergunning loopt nog.",
            "De politie heeft een hennepkwekerij opgerold aan de {straat}.",
            "De burgemeester sluit het pand voor {getal} maanden.",
            "Het RIEC adviseert een integrale controle.",
            "De verhuurder van de loods reageert niet op onze brieven.",
            "Kunnen we {dag} samen met de belastingdienst langsgaan?",
            "De bestuurlijke rapportage gaat vertrouwelijk naar het college.",
        ),
    ),
    Topic(
        "wmo",
        "Wmo-voorziening",
        "JEUGD",
        "Jeugdhulp verlenen",
        7,
        "samenleving",
        (
            "De aanvraag voor een traplift is toegekend.",
            "De huishoudelijke hulp kan {dag} niet komen.",
            "De indicatie voor begeleiding loopt op {datum} af.",
            "De zorgaanbieder vraagt om een hoger uurtarief.",
            "De eigen bijdrage voor de scootmobiel roept vragen op.",
            "Het keukentafelgesprek staat gepland voor {dag}.",
            "De woningaanpassing kost {bedrag}.",
            "De cliëntondersteuner wil bij het gesprek aanwezig zijn.",
        ),
    ),
    Topic(
        "groen",
        "Groenonderhoud {wijk}",
        "MELDING-OR",
        "Melding openbare ruimte",
        15,
        "openbare_ruimte",
        (
            "Het gras in {wijk} is al weken niet gemaaid.",
            "De bewoners willen zelf het plantsoen onderhouden.",
            "De eikenprocessierups is gesignaleerd aan de {straat}.",
            "De bermen worden voortaan ecologisch beheerd.",
            "Er staan {getal} nieuwe bomen op de planning.",
            "De hovenier begint {dag} met snoeien.",
            "De speeltuin heeft een nieuwe valondergrond nodig.",
            "Kunnen we een bloemrijke berm inzaaien langs de Reestlaan?",
        ),
    ),
    Topic(
        "datalek",
        "Datalek",
        "INKOOP",
        "Inkopen",
        18,
        "bedrijfsvoering",
        (
            "Er is een e-mail met persoonsgegevens naar de verkeerde ontvanger gestuurd.",
            "De functionaris gegevensbescherming beoordeelt of we moeten melden.",
            "De melding bij de Autoriteit Persoonsgegevens is {dag} gedaan.",
            "Het wachtwoord van het gedeelde account is direct gewijzigd.",
            "De leverancier meldt een beveiligingsincident in het zaaksysteem.",
            "Kun je het verwerkingsregister bijwerken?",
            "De betrokkenen krijgen {dag} een brief over het datalek.",
            "Er moet een nieuwe verwerkersovereenkomst komen.",
        ),
    ),
    Topic(
        "hondenbelasting",
        "Belastingen en bezwaar",
        "BEZWAAR",
        "Bezwaar behandelen",
        3,
        "dienstverlening",
        (
            "De bezwaarschriften tegen de WOZ-waarde stapelen zich op.",
            "De hondenbelasting wordt per {datum} afgeschaft.",
            "Er zijn {getal} bezwaren tegen de aanslag rioolheffing.",
            "De hoorzitting van de bezwaarcommissie is op {dag}.",
            "Het no-cure-no-pay-bureau heeft weer een serie bezwaren ingediend.",
            "De kwijtschelding is toegekend.",
            "Kun je de uitspraak op bezwaar nog controleren?",
            "De beroepstermijn loopt af op {datum}.",
        ),
    ),
    Topic(
        "paspoort",
        "Publiekszaken",
        "BRP",
        "Basisregistratie personen",
        2,
        "dienstverlening",
        (
            "De wachttijd voor een afspraak bij burgerzaken is opgelopen.",
            "De paspoortaanvragen nemen voor de zomer sterk toe.",
            "Er is een adresonderzoek gestart naar de {straat}.",
            "De balie is {dag} gesloten wegens een storing in de reisdocumentenapparatuur.",
            "Kunnen we extra openingstijden op zaterdag aanbieden?",
            "Het rijbewijs kan pas na {getal} werkdagen worden opgehaald.",
            "De inschrijving op het briefadres is goedgekeurd.",
            "De huwelijksvoltrekking op {datum} gaat door in het stadhuis.",
        ),
    ),
    Topic(
        "klacht",
        "Klacht over de gemeente",
        "KLACHT",
        "Klachten behandelen",
        4,
        "dienstverlening",
        (
            "Er is een klacht binnengekomen over de bejegening aan de telefoon.",
            "De klachtencoördinator neemt {dag} contact op met de klager.",
            "De klager is niet tevreden en stapt naar de ombudsman.",
            "De klacht over het afval is inmiddels opgelost.",
            "Kunnen we de klacht informeel afhandelen?",
            "De reactietermijn van zes weken verloopt op {datum}.",
            "Er zijn dit kwartaal {getal} klachten binnengekomen.",
            "De excuusbrief is verstuurd.",
        ),
    ),
)

ALGEMEEN = (
    "Goedemorgen!",
    "Dank je wel.",
    "Top, bedankt voor het doorsturen.",
    "Ik kijk er even naar.",
    "Kun je me even bellen?",
    "Ik zit nu in een overleg, ik bel je straks terug.",
    "Prima, zo doen we het.",
    "Zal ik het doorsturen naar {wethouder}?",
    "Ik heb het contact gelegd met {partner}.",
    "Graag vandaag nog een reactie.",
    "Is dit al besproken in het teamoverleg?",
    "Ik ben {dag} vrij, daarna pak ik het op.",
    "Helder, ik zet het in de mail.",
    "Heb je het verslag van het gesprek nog?",
    "Ik neem het mee naar het overleg van {dag}.",
    "Akkoord.",
    "Goed weekend!",
    "Wil je het vastleggen in de zaak?",
    "Ik heb {partner} gesproken, ze komen erop terug.",
    "Fijn dat het opgelost is.",
    "Even ter info: de planning is verschoven naar {datum}.",
)
PII = (
    ("bel mij op {telefoon}", "bel mij op [TELEFOONNUMMER]"),
    ("mijn nummer is {telefoon}", "mijn nummer is [TELEFOONNUMMER]"),
    ("de melder is {naam}", "de melder is [NAAM]"),
    ("mail het naar {email}", "mail het naar [E-MAILADRES]"),
    ("ze wonen op {straat} {getal}", "ze wonen op [ADRES]"),
)
EVENEMENTEN = ("Meppeler Donderdagen", "kermis", "Dag van het Water", "Koningsdag", "Jazz Festival")
INKOPEN = ("groenonderhoud", "straatverlichting", "schoonmaak gemeentehuis", "ICT-werkplekken")
WOO_ONDERWERPEN = ("windmolens", "nieuwe sporthal", "stationsgebied", "zwembad", "opvang")


class _Slots(dict):
    """Template slots, each drawn only when the template uses it."""

    def __init__(self, rng: random.Random, year: int):
        super().__init__()
        self.rng = rng
        self.year = year

    def __missing__(self, key: str) -> str:
        rng = self.rng
        if key in ("straat", "straat2"):
            return rng.choice(STRATEN)
        if key == "wijk":
            return rng.choice(WIJKEN)
        if key == "dag":
            return rng.choice(DAGEN)
        if key == "tijd":
            return f"{rng.randint(7, 22)}.{rng.choice(('00', '15', '30', '45'))} uur"
        if key == "datum":
            return f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-{self.year}"
        if key == "getal":
            return str(rng.randint(2, 250))
        if key == "bedrag":
            return f"€ {rng.randint(2, 900) * 50:,}".replace(",", ".")
        if key == "wethouder":
            return rng.choice(WETHOUDERS)
        if key == "partner":
            return rng.choice(PARTNERS)
        if key == "evenement":
            return rng.choice(EVENEMENTEN)
        if key == "inkoop":
            return rng.choice(INKOPEN)
        if key == "onderwerp":
            return rng.choice(WOO_ONDERWERPEN)
        raise KeyError(key)


@dataclass(frozen=True)
class GeneratedMessage:
    text: str
    text_redacted: str


class ChatGenerator:
    """Deterministic (seeded) generator of records, messages and their redacted form."""

    def __init__(self, seed: int = 42):
        self.rng = random.Random(seed)

    def _fill(self, template: str, topic_year: int) -> str:
        if "{" not in template:
            return template
        return template.format_map(_Slots(self.rng, topic_year))

    def topic(self) -> Topic:
        return self.rng.choice(TOPICS)

    def onderwerp(self, topic: Topic, year: int) -> str:
        return self._fill(topic.onderwerp, year)[:200]

    def message(self, topic: Topic, year: int) -> GeneratedMessage:
        """One chat message: a topic sentence, chat talk, or both; now and then personal data."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.55:
            parts = [rng.choice(topic.zinnen)]
        elif roll < 0.8:
            parts = [rng.choice(ALGEMEEN)]
        else:
            parts = [rng.choice(ALGEMEEN), rng.choice(topic.zinnen)]
        text = " ".join(self._fill(part, year) for part in parts)
        text = text[0].upper() + text[1:]
        redacted = text
        if rng.random() < 0.06:
            original, placeholder = rng.choice(PII)
            filled = original.format(
                telefoon=f"06-{rng.randint(10000000, 99999999)}",
                naam=f"{rng.choice(NAMEN)} {rng.choice(('de Vries', 'Bakker', 'Jansen', 'Smit'))}",
                email=f"{rng.choice(NAMEN).lower()}{rng.randint(1, 99)}@voorbeeld.nl",
                straat=rng.choice(STRATEN),
                getal=rng.randint(1, 200),
            )
            text = f"{text} {filled[0].upper()}{filled[1:]}."
            redacted = f"{redacted} {placeholder[0].upper()}{placeholder[1:]}."
        return GeneratedMessage(text=text, text_redacted=redacted)
