"""Accuracy of the special-category recognizers (GDPR Art. 9 and Art. 10).

A labelled corpus is generated here, at run time: sentences in sv, no, da,
fi and en as they stand in CRM notes, support tickets and HR records, written
from what people write about health, origin, politics, religion, unions,
genes, biometrics, sexuality and crime (not from the lexicon), plus negatives
of two kinds: the false-positive traps of reference §4.11 (Kommunal the
adjective, "genom" = through, "dom" = they, Høyre/Venstre as directions,
raskas = heavy, Tuomi the tree and the surname, penalties in sport, recipes,
Religion the school subject, "tro/tror", room codes and vitamins) and
ordinary business sentences (those of ``scanner.demo`` and more).  Slots
({name}, {city}, {month}, ...) are filled from Faker and demo lists, so the
same template appears several times with other names and numbers.

Value level
    Four sets: the main set, on which the lexicon was tuned; a held-out set
    written afterwards (see the note above HOLDOUT_POSITIVE for what its
    first run changed); a second held-out set (special_holdout2.yaml); and
    technical text (special_technical.yaml: changelogs, manuals, code and
    IT tickets, whose header says what its first run found).  Each sentence
    is detected alone (``Detector.detect_value``, no column) and an entity
    counts when one of its hits does by the verdict rule for a notes column
    (scanner/verdicts.py): score >= 0.5, and >= 0.8 or context.
    A sentence labelled E that yields E is a true positive; an E on a sentence
    not labelled E is a false positive (traps, business sentences and the
    other categories' sentences alike).  Precision and recall per category
    and language; PASS needs both >= 0.9 (the issue's target).
Column level
    Labelled columns (codes, union names, payroll lines, party lists, room
    codes, vitamins ...) through ``Detector.detect`` and ``verdicts.judge``,
    as a scan runs them: the column name is a hint.  A column labelled E that
    reports E is a true positive; an unlabelled report a false positive.
Speed
    Microseconds per cell that the nine recognizers add to the engine,
    measured on the cells of a generated demo CRM (which hold no
    special-category data), best of five runs, against the same engine
    without them.

    python bench/special_accuracy.py [--seed N] [--repeat N] [--misses]

Only synthetic data; evidence in the output is masked.  The exit code is 0
whatever the numbers (a benchmark, not a test).
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

from recognizers import all_recognizer_classes  # noqa: E402
from scanner.demo import _MONTHS, _NOTES  # noqa: E402
from scanner.detection import Detector, DetectorConfig  # noqa: E402
from scanner.masking import mask  # noqa: E402
from scanner.models import Sample, Unit  # noqa: E402
from scanner.verdicts import VerdictRules, judge  # noqa: E402

CATEGORIES = {
    "H": "HEALTH_DATA", "E": "ETHNIC_ORIGIN", "P": "POLITICAL_OPINION", "R": "RELIGIOUS_BELIEF",
    "U": "TRADE_UNION", "G": "GENETIC_DATA", "B": "BIOMETRIC_DATA", "S": "SEXUAL_ORIENTATION",
    "C": "CRIMINAL_OFFENCE",
}
SPECIAL = frozenset(CATEGORIES.values())
LANGS = ("sv", "no", "da", "fi", "en")
TARGET = 0.9
HOLDOUT2_FILE = Path(__file__).with_name("special_holdout2.yaml")
TECHNICAL_FILE = Path(__file__).with_name("special_technical.yaml")
_FAKER = {"sv": "sv_SE", "no": "no_NO", "da": "da_DK", "fi": "fi_FI", "en": "en_GB"}

# -- positives: (labels, template) -------------------------------------------------
# Labels are category letters.  A gene test result alone (a BRCA mutation) is
# G: genetic data is its own Art. 9 category, which the taxonomy reports under
# "health"; a sentence that also names a disease or a pregnancy is G and H.

POSITIVE: dict[str, list[tuple[str, str]]] = {
    "sv": [
        ("H", "{name} är sjukskriven på heltid till och med {date}."),
        ("H", "Sjukskrivning 50 % enligt läkarintyg, åter i tjänst i {month}."),
        ("H", "Har diabetes typ 1 och behöver kunna ta pauser för insulin."),
        ("H", "Medarbetaren har utmattningssyndrom och går på rehabilitering via företagshälsovården."),
        ("H", "Kunden berättade att hon är gravid i vecka 20 och vill skjuta upp leveransen."),
        ("H", "Allergisk mot nötter, beställ specialkost till konferensen."),
        ("H", "Har genomgått cancerbehandling under våren och ber om förlängd betalningsfrist."),
        ("H", "Behöver anpassad arbetsplats efter en arbetsskada i ryggen."),
        ("H", "Sjukanmälde sig i morse med feber, {name} tar över hans kunder."),
        ("H", "Går i samtal hos psykolog för sin ångest, vill ha färre resor."),
        ("H", "Uppgav att han har epilepsi och inte kan köra truck."),
        ("H", "Läkaren har skrivit ut medicin mot depression."),
        ("H", "Diagnos F41.1 enligt intyget från vårdcentralen."),
        ("H", "Vabbar idag, barnet har magsjuka."),
        ("E", "Hon har samisk bakgrund och talar nordsamiska hemma."),
        ("E", "Familjen är romer och har bott i {city} i tio år."),
        ("E", "Uppgiven etnicitet: kurdisk."),
        ("E", "Medarbetaren har utländsk bakgrund och vill ha tolk till mötet."),
        ("E", "Född i Somalia, har somaliska som modersmål."),
        ("E", "Tillhör den nationella minoriteten tornedalingar."),
        ("E", "Klagade på att han blivit särbehandlad på grund av sin hudfärg."),
        ("ER", "Judisk familj, vill inte ha leveranser på lördagar."),
        ("P", "Är aktiv i Moderaterna och kandiderar i kommunvalet."),
        ("P", "Berättade att han röstade på Sverigedemokraterna i senaste valet."),
        ("P", "Medlem i Socialdemokraterna sedan 2010."),
        ("P", "Hon är förtroendevald för Centerpartiet i kommunfullmäktige."),
        ("P", "Vill inte ha utskick om fossila bränslen, han är övertygad kommunist."),
        ("P", "Partimedlem i Vänsterpartiet, betalar medlemsavgift via autogiro."),
        ("P", "Har deltagit i politiska demonstrationer mot kärnkraft."),
        ("P", "Sympatiserar öppet med Miljöpartiet och vill ha papperslösa fakturor."),
        ("R", "Kyrkoavgift dras enligt lönespecifikationen för {month}."),
        ("R", "Hon är muslim och ber om ett bönerum under konferensen."),
        ("R", "Är medlem i Svenska kyrkan och vill gifta sig i kyrkan i {city}."),
        ("R", "Katolik, önskar ledigt på trettondagen."),
        ("R", "Är ateist och vill inte delta i julandakten."),
        ("R", "Tillhör Jehovas vittnen och firar inte födelsedagar."),
        ("R", "Önskar halalkost på grund av sin tro."),
        ("R", "Går i frikyrkan varje söndag och leder söndagsskolan."),
        ("U", "Medlem i Kommunal, fackavgiften dras via lönen."),
        ("U", "Är ansluten till IF Metall sedan hon började på fabriken."),
        ("U", "Fackligt ansluten via Unionen sedan 2018."),
        ("U", "Hon är skyddsombud för Handels på lagret i {city}."),
        ("U", "Vill att facket är med på mötet om uppsägningen."),
        ("U", "Bytte från Vision till Akademikerförbundet SSR i år."),
        ("U", "Medlemsavgift Vårdförbundet 320 kr per månad."),
        ("U", "Är med i a-kassan och i facket."),
        ("G", "Genetisk test visade att hon bär på en BRCA1-mutation."),
        ("G", "DNA-prov har lämnats för faderskapstest."),
        ("GH", "Har en ärftlig hjärtsjukdom enligt den genetiska utredningen."),
        ("G", "Deltar i en forskningsstudie där hela genomet sekvenseras."),
        ("GH", "Är anlagsbärare för cystisk fibros."),
        ("G", "Skickade in salivprov till ett DNA-test för släktforskning."),
        ("G", "Resultat från gentestet: heterozygot för faktor V Leiden."),
        ("B", "Inpassering sker med fingeravtryck i läsaren vid entrén."),
        ("B", "Ansiktsigenkänning används när personalen stämplar in."),
        ("B", "Biometrisk mall lagrad för tidrapporteringen."),
        ("B", "Medarbetaren vägrar lämna fingeravtryck till stämpelklockan."),
        ("B", "Irisskanning krävs för att komma in i serverhallen."),
        ("B", "Röstavtryck används för att verifiera kunden i telefon."),
        ("S", "Lever i ett samkönat äktenskap med sin fru {name2}."),
        ("S", "Berättade att han är homosexuell och inte vill att det sprids."),
        ("S", "Bisexuell, vill inte att det nämns för teamet."),
        ("S", "Är med i RFSL och engagerad i hbtq-frågor."),
        ("S", "Hennes sexuella läggning har kommenterats av en kollega."),
        ("S", "Hon är lesbisk och gift med {name2}."),
        ("S", "Har kommit ut som gay för familjen och kollegorna."),
        ("C", "Utdrag ur belastningsregistret visar en dom för misshandel."),
        ("C", "Dömd till villkorlig dom och böter för ringa narkotikabrott 2019."),
        ("C", "Avtjänar ett fängelsestraff, kontakt sker via Kriminalvården."),
        ("C", "Misstänkt för bedrägeri, polisen har inlett förundersökning."),
        ("C", "Åtalad för rattfylleri, rättegången hålls i {month}."),
        ("C", "Har fotboja och får bara arbeta dagtid."),
        ("C", "Anmäld för stöld av en kollegas plånbok."),
        ("C", "Tingsrättens dom: samhällstjänst 80 timmar."),
    ],
    "no": [
        ("H", "{name} er sykmeldt 100 % ut {month}."),
        ("H", "Legeerklæring mottatt, sykefraværet forlenges med to uker."),
        ("H", "Hun har diabetes type 2 og trenger fleksible pauser."),
        ("H", "Er gravid og ønsker redusert stilling fra {month}."),
        ("H", "Har vært innlagt på sykehus etter et hjerteinfarkt."),
        ("H", "Egenmelding i tre dager, oppgir migrene."),
        ("H", "Medarbeideren sliter med angst og depresjon og går til psykolog."),
        ("H", "Allergisk mot skalldyr, gi beskjed til kantina."),
        ("H", "Har søkt om arbeidsavklaringspenger etter lang tids sykdom."),
        ("H", "Mottar uføretrygd 50 % og jobber resten."),
        ("H", "Fastlegen har henvist henne til spesialist for ryggplager."),
        ("E", "Hun er same og snakker samisk hjemme."),
        ("E", "Oppgitt etnisitet: pakistansk."),
        ("E", "Har innvandrerbakgrunn fra Eritrea."),
        ("E", "Tilhører den kvenske minoriteten i Nord-Troms."),
        ("E", "Klaget over diskriminering på grunn av hudfarge."),
        ("E", "Foreldrene kommer fra Somalia, morsmål somali."),
        ("E", "Er romani og reiser mye om sommeren."),
        ("ER", "Jødisk familie, ønsker ikke levering på lørdager."),
        ("P", "Er medlem av Høyre og sitter i kommunestyret."),
        ("P", "Fortalte at han stemte på Fremskrittspartiet ved valget."),
        ("P", "Aktiv i Arbeiderpartiet lokallag i {city}."),
        ("P", "Hun er partimedlem i SV."),
        ("P", "Leder for AUF i {city}."),
        ("P", "Stilte til valg for Senterpartiet i fjor."),
        ("P", "Har politisk bakgrunn fra Rødt."),
        ("P", "Deltok i demonstrasjon foran Stortinget mot oljeboring."),
        ("R", "Er medlem av Den norske kirke."),
        ("R", "Hun er muslim og ønsker fri til id."),
        ("R", "Katolikk, ønsker fri på katolske helligdager."),
        ("R", "Tilhører Jehovas vitner og feirer ikke bursdager."),
        ("R", "Er humanetiker og ønsker borgerlig seremoni."),
        ("R", "Bruker hijab og ønsker tilpasset uniform."),
        ("R", "Har meldt seg ut av statskirken."),
        ("RE", "Jødisk, spiser bare kosher mat."),
        ("U", "Er medlem av Fagforbundet."),
        ("U", "Fagforeningskontingent trekkes av lønn hver måned."),
        ("U", "Tillitsvalgt for Fellesforbundet på verkstedet."),
        ("U", "Er organisert i LO via Handel og Kontor."),
        ("U", "Meldte seg inn i Utdanningsforbundet i fjor."),
        ("U", "Hun er medlem av Delta."),
        ("U", "Er verneombud og representerer de ansatte på lageret."),
        ("U", "Ber om at tillitsvalgt deltar i drøftingsmøtet."),
        ("G", "Gentest viste at hun er bærer av BRCA2."),
        ("G", "DNA-test tatt i forbindelse med farskapssak."),
        ("GH", "Har en arvelig sykdom i familien."),
        ("GH", "Genetisk veiledning anbefalt etter prøvesvar."),
        ("GH", "Kromosomanalyse ble gjort i svangerskapet."),
        ("GH", "Arveanlegg for høyt kolesterol påvist."),
        ("G", "Deltar i biobankstudie og har avgitt DNA-prøve."),
        ("G", "Familien har fått sekvensert genomet sitt."),
        ("B", "Adgang til lageret med fingeravtrykk."),
        ("B", "Ansiktsgjenkjenning brukes ved innlogging på terminalen."),
        ("B", "Biometriske data lagres i adgangssystemet."),
        ("B", "Stemmeavtrykk brukes for å verifisere kunder på telefon."),
        ("B", "Den ansatte har registrert fingeravtrykket sitt i stemplingsuret."),
        ("S", "Han er homofil og gift med en mann."),
        ("S", "Bifil, ønsker ikke at det deles med avdelingen."),
        ("S", "Lever i et likekjønnet ekteskap."),
        ("S", "Er aktiv i FRI, Foreningen for kjønns- og seksualitetsmangfold."),
        ("S", "Hun er lesbisk og bor sammen med {name2}."),
        ("S", "Skeiv ungdom, trenger støtte fra lederen."),
        ("S", "Seksuell orientering ble tatt opp i personalsamtalen."),
        ("C", "Politiattest viser en tidligere dom for vold."),
        ("C", "Dømt for promillekjøring i 2020."),
        ("C", "Har sonet en fengselsstraff for tyveri."),
        ("C", "Siktet for bedrageri, saken er henlagt."),
        ("C", "Har samfunnsstraff og kan ikke jobbe kveld."),
        ("C", "Tiltalt for underslag, rettssaken starter i {month}."),
        ("C", "Anmeldt til politiet for innbrudd."),
        ("C", "Har fått forelegg for narkotikabesittelse."),
    ],
    "da": [
        ("H", "{name} er sygemeldt med stress siden {month}."),
        ("H", "Lægeerklæring modtaget, sygefraværet forlænges."),
        ("H", "Har diabetes og skal have mulighed for pauser."),
        ("H", "Hun er gravid og går på barsel til foråret."),
        ("H", "Fik konstateret kræft sidste år og er stadig i behandling."),
        ("H", "Allergisk over for gluten, husk glutenfri frokost."),
        ("H", "Har fået tilkendt førtidspension."),
        ("H", "Medarbejderen lider af angst og går til psykolog."),
        ("H", "Arbejdsskade anmeldt efter faldulykke på lageret."),
        ("H", "Er i fleksjob på grund af en rygskade."),
        ("E", "Hun er af grønlandsk herkomst og taler grønlandsk."),
        ("E", "Etnicitet oplyst i ansøgningen: tyrkisk."),
        ("E", "Indvandrer fra Syrien, har brug for tolk."),
        ("E", "Er efterkommer af indvandrere fra Pakistan."),
        ("E", "Klagede over at blive forskelsbehandlet på grund af sin hudfarve."),
        ("E", "Tilhører inuit-befolkningen i Nuuk."),
        ("E", "Ikke-vestlig baggrund ifølge HR-statistikken."),
        ("R", "Er jøde og holder sabbat."),
        ("P", "Er medlem af Venstre og sidder i byrådet."),
        ("P", "Fortalte, at hun stemte på Enhedslisten."),
        ("P", "Aktiv i Dansk Folkeparti lokalt i {city}."),
        ("P", "Partimedlem i Socialdemokratiet siden 2015."),
        ("P", "Er opstillet for Radikale Venstre ved kommunalvalget."),
        ("P", "Deltog i demonstrationen mod regeringen."),
        ("P", "Formand for DSU i {city}."),
        ("P", "Hans politiske holdning er tydeligt venstreorienteret."),
        ("R", "Kirkeskat trækkes over lønsedlen."),
        ("R", "Er medlem af folkekirken."),
        ("R", "Han er muslim og beder om et bederum."),
        ("R", "Katolik, ønsker fri på Kristi himmelfartsdag."),
        ("R", "Er ateist og vil ikke deltage i gudstjenesten."),
        ("R", "Tilhører Jehovas Vidner."),
        ("R", "Bærer tørklæde af religiøse grunde."),
        ("R", "Hinduistisk familie, vegetarisk mad til julefrokosten."),
        ("U", "Medlem af 3F, kontingentet trækkes automatisk."),
        ("U", "Er i HK og ønsker sin tillidsrepræsentant med til mødet."),
        ("U", "Fagforeningskontingent fradrages på lønsedlen."),
        ("U", "Har meldt sig ind i Krifa."),
        ("U", "Tillidsrepræsentant for FOA på plejehjemmet."),
        ("U", "Er medlem af Dansk Metal."),
        ("U", "Har meldt sig ud af fagforeningen."),
        ("U", "A-kasse og fagforening via Djøf."),
        ("G", "Gentest viste, at hun er bærer af BRCA1."),
        ("G", "Faderskabstest bestilt via retten."),
        ("GH", "Har en arvelig hjertesygdom."),
        ("G", "DNA-test til slægtsforskning bestilt online."),
        ("GH", "Genetisk udredning på Rigshospitalet."),
        ("GH", "Kromosomfejl konstateret ved fostervandsprøve."),
        ("GH", "Anlægsbærer for cystisk fibrose."),
        ("G", "Helgenomsekventering i forbindelse med et forskningsprojekt."),
        ("B", "Adgangskontrol med fingeraftryk ved indgangen."),
        ("B", "Ansigtsgenkendelse bruges til tidsregistrering."),
        ("B", "Biometrisk skabelon gemt i systemet."),
        ("B", "Medarbejderen har afgivet fingeraftryk til stempeluret."),
        ("B", "Irisscanning ved indgangen til serverrummet."),
        ("S", "Han er bøsse og gift med sin mand."),
        ("S", "Biseksuel, ønsker diskretion."),
        ("S", "Er i registreret partnerskab med {name2}."),
        ("S", "Hun er lesbisk og bor med sin kæreste."),
        ("S", "Medlem af LGBT+ Danmark."),
        ("S", "Seksuel orientering nævnt i klagen."),
        ("C", "Straffeattesten viser en dom for vold."),
        ("C", "Dømt for spirituskørsel i 2021."),
        ("C", "Afsoner en fængselsstraf for tyveri."),
        ("C", "Sigtet for bedrageri, sagen kører ved byretten."),
        ("C", "Har fodlænke og arbejder kun om dagen."),
        ("C", "Børneattest indhentet med anmærkning om blufærdighedskrænkelse."),
        ("C", "Politianmeldt for indbrud i et sommerhus."),
        ("C", "Idømt 40 timers samfundstjeneste."),
    ],
    "fi": [
        ("H", "{name} on sairauslomalla {date} asti."),
        ("H", "Lääkärintodistus toimitettu, sairauspoissaolo jatkuu kaksi viikkoa."),
        ("H", "Hänellä on tyypin 1 diabetes ja hän tarvitsee taukoja."),
        ("H", "Työntekijä on raskaana ja jää äitiyslomalle keväällä."),
        ("H", "Asiakas kertoi sairastavansa syöpää ja pyysi maksuaikaa."),
        ("H", "Allerginen pähkinöille, huomioi tarjoilussa."),
        ("H", "Masennusdiagnoosin vuoksi työaikaa on lyhennetty."),
        ("H", "Työuupumuksen takia kuntoutus alkaa {month}."),
        ("H", "Käy työterveyslääkärillä ahdistuksen vuoksi."),
        ("H", "Hänellä todettiin epilepsia viime vuonna."),
        ("H", "Leikattu polvesta, kevyitä töitä kuukauden ajan."),
        ("E", "Hän on saamelainen ja puhuu pohjoissaamea."),
        ("E", "Ilmoitettu etninen tausta: somali."),
        ("E", "Maahanmuuttajataustainen työntekijä tarvitsee tulkin."),
        ("E", "Kuuluu romanivähemmistöön."),
        ("E", "Asiakas valitti syrjinnästä ihonvärinsä vuoksi."),
        ("E", "Äidinkieli arabia, syntymämaa Irak."),
        ("E", "Hänen syntyperänsä on venäläinen."),
        ("ER", "Juutalainen perhe, ei toimituksia lauantaisin."),
        ("P", "Hän on kokoomuksen jäsen ja kunnanvaltuutettu."),
        ("P", "Äänesti viime vaaleissa perussuomalaisia."),
        ("P", "Toimii SDP:n paikallisosaston puheenjohtajana."),
        ("P", "Vihreiden kannattaja, ei halua mainoksia fossiilisista polttoaineista."),
        ("P", "Keskustan kunnallisvaaliehdokas {city}ssa."),
        ("P", "Hän on puoluejäsen vasemmistoliitossa."),
        ("P", "Osallistui mielenosoitukseen eduskuntatalon edessä."),
        ("P", "Poliittinen kanta: vahvasti vasemmistolainen."),
        ("R", "Kirkollisvero pidätetään palkasta."),
        ("R", "Kuuluu evankelis-luterilaiseen kirkkoon."),
        ("R", "On muslimi ja toivoo rukoustilaa."),
        ("R", "Ortodoksi, pitää vapaata ortodoksisena pääsiäisenä."),
        ("R", "Erosi kirkosta viime vuonna ja on nyt uskonnoton."),
        ("R", "Jehovan todistaja, ei juhli syntymäpäiviä."),
        ("R", "Katolinen perhe, ruokavalio paaston aikana."),
        ("R", "Kuuluu helluntaiseurakuntaan."),
        ("U", "Hän on ammattiliiton jäsen."),
        ("U", "Ay-jäsenmaksu peritään palkasta."),
        ("U", "Kuuluu Teollisuusliittoon ja on luottamusmies."),
        ("U", "JHL:n jäsen vuodesta 2012."),
        ("U", "Liittyi Tehyyn valmistuttuaan."),
        ("U", "Luottamusmies osallistuu neuvotteluun."),
        ("U", "Maksaa jäsenmaksua PAM:lle."),
        ("U", "Akavalainen ammattijärjestö hoitaa hänen työttömyyskassansa."),
        ("G", "Geenitesti osoitti BRCA1-mutaation."),
        ("G", "Isyystesti tehtiin käräjäoikeuden päätöksellä."),
        ("GH", "Hänellä on perinnöllinen sydänsairaus."),
        ("G", "DNA-testi sukututkimusta varten."),
        ("G", "Geneettinen neuvonta suositeltu."),
        ("GH", "Kromosomipoikkeama todettu sikiöseulonnassa."),
        ("GH", "Kantaja kystisen fibroosin geenille."),
        ("G", "Genomin sekvensointi osana tutkimusta."),
        ("B", "Kulunvalvonta sormenjäljellä pääovella."),
        ("B", "Kasvojentunnistus käytössä työajanseurannassa."),
        ("B", "Biometrinen tunniste tallennettu järjestelmään."),
        ("B", "Työntekijä antoi sormenjälkensä leimauslaitteeseen."),
        ("B", "Asiakkaan äänijälki tallennetaan tunnistusta varten."),
        ("S", "Hän on homoseksuaali ja naimisissa miehen kanssa."),
        ("S", "Biseksuaali, ei halua että asiasta kerrotaan tiimille."),
        ("S", "Elää samaa sukupuolta olevan kumppanin kanssa."),
        ("S", "Aktiivinen Setan toiminnassa."),
        ("S", "Hän on lesbo ja asuu {name2}n kanssa."),
        ("S", "Seksuaalinen suuntautuminen mainittu valituksessa."),
        ("C", "Rikosrekisteriotteessa on merkintä pahoinpitelystä."),
        ("C", "Tuomittu ehdolliseen vankeuteen rattijuopumuksesta."),
        ("C", "Istuu vankilassa petoksesta."),
        ("C", "Epäilty varkaudesta, poliisi tutkii asiaa."),
        ("C", "Syyte kavalluksesta käsitellään käräjäoikeudessa."),
        ("C", "Sai sakot huumausainerikoksesta."),
        ("C", "Valvontarangaistus, töissä vain päivisin."),
        ("C", "Rikosilmoitus tehty murrosta varastoon."),
    ],
    "en": [
        ("H", "{name} is on sick leave until {date}."),
        ("H", "Doctor's note received, sickness absence extended by two weeks."),
        ("H", "Has type 1 diabetes and needs regular breaks."),
        ("H", "Customer mentioned she is pregnant and asked to delay delivery."),
        ("H", "Undergoing chemotherapy, requested a payment holiday."),
        ("H", "Severe nut allergy, inform catering."),
        ("H", "Off work with depression, referred to occupational health."),
        ("H", "Diagnosed with ADHD, needs a quiet workspace."),
        ("H", "Back after knee surgery, light duties for a month."),
        ("H", "Suffers from epilepsy and cannot drive the forklift."),
        ("E", "Ethnicity: Black British (self-declared)."),
        ("E", "Has a Sami background and speaks Northern Sami."),
        ("E", "Complained about being treated differently because of his skin colour."),
        ("E", "Is of Roma origin and travels in the summer."),
        ("E", "Immigrant background, needs an interpreter."),
        ("ER", "Jewish family, no deliveries on Saturdays."),
        ("E", "Belongs to an indigenous community in northern Norway."),
        ("E", "Racial discrimination complaint filed by the employee."),
        ("P", "Member of the Labour Party, volunteers for campaigns."),
        ("P", "Told us he voted for the Green Party."),
        ("P", "Political views: strongly conservative, do not contact about climate campaigns."),
        ("P", "Is a party member of the Social Democrats."),
        ("P", "Donated to the campaign of a local councillor."),
        ("P", "Known political activist, attends protests regularly."),
        ("P", "Her political affiliation is listed as Liberal."),
        ("P", "Stood as a candidate for the Centre Party."),
        ("R", "Church tax deducted according to payroll."),
        ("R", "She is Muslim and asked for a prayer room."),
        ("R", "Practising Catholic, requests leave on holy days."),
        ("R", "Is an atheist and prefers a civil ceremony."),
        ("R", "Jehovah's Witness, does not celebrate birthdays."),
        ("R", "Wears a hijab for religious reasons."),
        ("R", "Member of the local Baptist church."),
        ("U", "Union member, dues deducted from salary."),
        ("U", "Is a member of Unite and asked for a union rep at the hearing."),
        ("U", "Trade union representative will attend the disciplinary meeting."),
        ("U", "Joined the union last year."),
        ("U", "Shop steward for Unison at the depot."),
        ("U", "On strike with the rest of the team last Tuesday."),
        ("U", "Union dues: 1.2% of gross pay."),
        ("U", "Unionised employee covered by the collective agreement."),
        ("G", "Genetic test showed a BRCA2 mutation."),
        ("G", "Paternity test ordered by the court."),
        ("GH", "Has a hereditary heart condition."),
        ("G", "DNA test results uploaded to a genealogy site."),
        ("GH", "Carrier status for cystic fibrosis confirmed."),
        ("G", "Whole genome sequencing as part of a research study."),
        ("G", "23andMe results shared with HR by mistake."),
        ("GH", "Chromosomal abnormality found in prenatal screening."),
        ("B", "Access to the warehouse via fingerprint scanner."),
        ("B", "Facial recognition is used for clocking in."),
        ("B", "Employee biometric data stored in the time-clock system."),
        ("B", "Voiceprint used to verify callers."),
        ("B", "Employees' fingerprints are collected for the time clock."),
        ("B", "Iris scan required for the data centre."),
        ("S", "He is gay and married to his husband."),
        ("S", "Bisexual, asked us not to share this with the team."),
        ("S", "Lives with her same-sex partner {name2}."),
        ("S", "Member of an LGBT staff network."),
        ("S", "Sexual orientation mentioned in the grievance."),
        ("S", "Came out as lesbian to her manager."),
        ("C", "Criminal record check shows a conviction for assault."),
        ("C", "Convicted of drink driving in 2019."),
        ("C", "Currently serving a prison sentence for theft."),
        ("C", "Charged with fraud, court date in {month}."),
        ("C", "On probation and must report to the probation officer weekly."),
        ("C", "Arrested for shoplifting last week."),
        ("C", "DBS check flagged a caution for possession of drugs."),
        ("C", "Police report filed against the employee for harassment."),
    ],
}

# -- negatives: traps (reference §4.11) and business sentences ---------------------

NEGATIVE: dict[str, list[str]] = {
    "sv": [
        "Kommunal skatt och arbetsgivaravgifter redovisas månadsvis.",
        "Kommunal vuxenutbildning erbjuds i {city} från hösten.",
        "Vi reser genom Danmark på väg till mässan i Hamburg.",
        "Genomgång av avtalet sker genom Teams på torsdag.",
        "Dom sa att dom skulle återkomma nästa vecka.",
        "Domaren dömde straff i sista minuten och vi förlorade matchen.",
        "Straffsparken avgjorde cupfinalen, hela kontoret firade.",
        "Receptet på kanelbullar finns i personalköket.",
        "Eleverna har prov i religion och matematik på fredag.",
        "Jag tror att leveransen kommer i morgon.",
        "Vi tror på ett långsiktigt samarbete med {name}.",
        "Begravningsavgift 0,25 % enligt lönespecifikationen.",
        "Mötet är flyttat till rum B12 på plan 3.",
        "Beställde vitamin B12 och D3 till personalrummet.",
        "Nätverksdiagnostik visar paketförlust på routern.",
        "Kunden väntar på behandlingen av sitt ärende.",
        "Vår vision är att bli Nordens bästa CRM.",
        "Transport av varorna sker med lastbil på tisdag.",
        "Tillgänglighetsanpassad entré och handikapparkering finns på baksidan.",
        "Produkten är allergivänlig och parfymfri.",
        "Registerutdrag enligt GDPR skickat till kunden.",
        "Pride AB har beställt 300 tröjor till eventet.",
        "Företagets DNA är innovation och kundfokus.",
        "Fingeravtrycksläsaren på laptopen fungerar inte efter uppdateringen.",
        "Böter för felparkering utanför kontoret betalas av föraren.",
        "Inbrottslarmet testas av installatören på måndag.",
        "Hundens ras: labrador, vaccinerad och chippad.",
        "Han röstade för förslaget på årsstämman.",
        "Partiet med 500 pallar levereras på fredag.",
        "Sjukt bra service, tack för hjälpen!",
        "Unionen av de två avdelningarna genomförs efter sommaren.",
        "Handelsbanken har bytt clearingnummer för kontot.",
        "Skickade offert på 20 licenser, återkommer efter semestern.",
        "Leveransen är försenad, kunden erbjuds fri frakt.",
        "Kunden vill ha fakturorna uppdelade per avdelning.",
        "Lösenordet återställt efter tre felaktiga inloggningsförsök.",
        "Avtalet förlängs automatiskt med tolv månader.",
        "Servicefönster på söndag mellan 02 och 04.",
    ],
    "no": [
        "Sving til høyre ved rundkjøringen og kjør rett frem.",
        "Venstre side av bilen ble skadet under transporten.",
        "Høyre hånd på tastaturet, venstre på musen.",
        "Det stemmer at leveransen er forsinket.",
        "Jeg tror vi kan levere før jul.",
        "Dommeren dømte straffespark i siste minutt.",
        "Parkeringsbot på 900 kroner må betales innen 14 dager.",
        "Oppskrift på julekaker ligger i kantina.",
        "Elevene har prøve i religion og etikk på fredag.",
        "Kjøper ny datamaskin med fingeravtrykkleser til salg.",
        "Vi har en voldsom pågang av bestillinger.",
        "Delta på kundemøtet neste uke om mulig.",
        "Parat til levering fra fredag.",
        "Behandling av personopplysninger skjer i henhold til GDPR.",
        "Møtet er flyttet til rom B12.",
        "Sykt bra service, takk!",
        "Rase på hunden: golden retriever.",
        "Han stemte for forslaget på årsmøtet.",
        "Vi gikk gjennom avtalen i går.",
        "Tilbud på 20 lisenser sendt, følger opp etter ferien.",
        "Kunden ønsker fakturaen delt på to avdelinger.",
        "Passordet er tilbakestilt etter tre mislykkede forsøk.",
        "Avtalen fornyes automatisk for tolv måneder.",
        "Vedlikeholdsvindu søndag mellom 02 og 04.",
    ],
    "da": [
        "Drej til venstre ved krydset og fortsæt ligeud.",
        "Venstre forlygte er defekt, bilen skal på værksted.",
        "Jeg tror leveringen kommer i morgen.",
        "Dommeren dømte straffespark i sidste minut.",
        "Opskrift på æblekage ligger i frokoststuen.",
        "Parkeringsbøde på 510 kr skal betales af chaufføren.",
        "Eleverne har religion og historie om fredagen.",
        "Mødet er flyttet til lokale B12.",
        "Vores vision er at være Nordens bedste CRM.",
        "Alternativet er at levere i to omgange.",
        "Behandling af personoplysninger sker efter GDPR.",
        "Ny bærbar med fingeraftrykslæser bestilt til salgsafdelingen.",
        "Race på Roskilde Ring i weekenden, firmaet sponsorerer.",
        "Gennemgang af kontrakten sker gennem advokaten.",
        "Sygt god service, tak!",
        "Tyverialarmet er installeret på lageret.",
        "Vi har fået en bøde for sen indberetning af moms.",
        "Tilbud på 20 licenser sendt, følger op efter ferien.",
        "Kunden ønsker fakturaen delt på to afdelinger.",
        "Adgangskoden er nulstillet efter tre mislykkede forsøg.",
        "Aftalen fornyes automatisk i tolv måneder.",
        "Servicevindue søndag mellem 02 og 04.",
    ],
    "fi": [
        "Raskas kuorma, purkamiseen tarvitaan trukki.",
        "Raskaan liikenteen lupa uusittu.",
        "Tuomi kukkii pihalla toukokuussa.",
        "Matti Tuomi soitti tilauksesta.",
        "Tuomari vihelsi rangaistuspotkun viime minuutilla.",
        "Pysäköintivirhemaksu 80 euroa maksettava 14 päivän kuluessa.",
        "Pullan resepti on henkilökunnan keittiössä.",
        "Keskustan toimipiste muuttaa uusiin tiloihin.",
        "Vihreä paita, koko M.",
        "Alkuperäinen lasku lähetetty uudelleen.",
        "Koiran rotu: saksanpaimenkoira.",
        "Lähetetty tarjous 20 lisenssistä, palataan asiaan lomien jälkeen.",
        "Kokous siirretty huoneeseen B12.",
        "Pro-paketti sisältää raportoinnin.",
        "Super hyvä palvelu, kiitos!",
        "Henkilötietojen käsittely tapahtuu GDPR:n mukaisesti.",
        "Varkauden toimipisteeseen toimitus tiistaina.",
        "Uskontotunnilla käsiteltiin maailmanuskontoja.",
        "Kannettava tietokone sormenjälkitunnistimella.",
        "Asiakas haluaa laskun jaettuna kahdelle osastolle.",
        "Salasana nollattu kolmen epäonnistuneen yrityksen jälkeen.",
        "Sopimus jatkuu automaattisesti kaksitoista kuukautta.",
        "Huoltokatko sunnuntaina klo 02-04.",
    ],
    "en": [
        "The feature was disabled by the administrator.",
        "Penalty kick in the last minute decided the match.",
        "Parking fine of 60 pounds to be paid by the driver.",
        "Recipe for cinnamon buns is in the staff kitchen.",
        "Students have a religion exam on Friday.",
        "I believe the delivery will arrive tomorrow.",
        "Meeting moved to room B12.",
        "Vitamin B12 and D3 supplements ordered for the office.",
        "Race day sponsorship confirmed for the city marathon.",
        "Our company DNA is built on innovation.",
        "New laptop with fingerprint reader ordered for sales.",
        "The SSH key fingerprint changed after the server rebuild.",
        "Genetic algorithm used to optimise delivery routes.",
        "Processing of personal data follows GDPR.",
        "Pride Ltd ordered 300 t-shirts for the event.",
        "Anti-theft tags attached to all items in the shop.",
        "Treatment plant upgrade scheduled for the third quarter.",
        "Customer suspects the parcel was left at the wrong address.",
        "No offence taken, the invoice was corrected.",
        "Please check the sentence structure in the contract draft.",
        "Password reset after three failed attempts.",
        "Contract renews automatically for twelve months.",
        "Maintenance window on Sunday between 02:00 and 04:00.",
    ],
}

# -- held out: written after the lexicon was tuned on the main set ---------------------
# Its first run (32 of 45 cells PASS, precision 1.00, recall: ethnic 0.73,
# political 0.67, health 0.85, union 0.87, religion 0.93, others 1.00) led to
# four fixes, all vocabulary rather than sentences: elected bodies and
# membership verbs as cues (bystyre, kommunalbestyrelse, valtuusto, council,
# kuuluu, meldt ind), "siden" (= since) no longer a veto, Sami compounds
# (pohjoissaame), and, for the organisation sentences added last, company
# vocabulary (ordered, collective agreement, recruiting) as vetoes with party
# names demoted to weak.  Numbers on this set are therefore no longer blind.

HOLDOUT_POSITIVE: dict[str, list[tuple[str, str]]] = {
    "sv": [
        ("H", "Hon har varit sjukskriven sedan operationen i mars."),
        ("H", "Kunden nämnde att han fått en stroke och pratar långsamt."),
        ("H", "Har migrän och vill ha dämpad belysning vid skrivbordet."),
        ("E", "Hennes pappa är same från Jokkmokk."),
        ("E", "Anställd med invandrarbakgrund, söker mentorprogram."),
        ("E", "Ansökan anger etniskt ursprung: assyrier."),
        ("P", "Han är kommunpolitiker för Liberalerna i {city}."),
        ("P", "Sverigedemokrat, vill inte ha kontakt med vår mångfaldsavdelning."),
        ("P", "Hon var valarbetare åt Kristdemokraterna i förra valet."),
        ("R", "Är troende katolik och går i mässan varje söndag."),
        ("R", "Vill inte arbeta sena kvällar under ramadan eftersom hon är muslim."),
        ("R", "Lönespecifikationen visar kyrkoavgift för Svenska kyrkan."),
        ("U", "Anställd är medlem i Seko och vill ha ombud vid förhandlingen."),
        ("U", "Fackavgift till Unionen dras från och med {month}."),
        ("U", "Hon är huvudskyddsombud och aktiv i Kommunal."),
        ("G", "Släktforskning via DNA visade okända halvsyskon."),
        ("GH", "Patienten har genomgått genetisk testning för Huntingtons sjukdom."),
        ("G", "Genotypning av prov från biobanken."),
        ("B", "Vi lagrar anställdas fingeravtryck i tidsystemet."),
        ("B", "Kameran använder ansiktsigenkänning vid lagrets port."),
        ("B", "Biometrisk inloggning aktiverad för ekonomiavdelningen."),
        ("S", "Hon är bisexuell och har en flickvän."),
        ("S", "Kollegan har frågat om hans sexualitet på ett olämpligt sätt."),
        ("S", "Han och hans man har adopterat, båda är homosexuella."),
        ("C", "Har suttit i fängelse för grov stöld."),
        ("C", "Polisanmälan gjord mot anställd för misshandel på festen."),
        ("C", "Belastningsregistret visar en dom för narkotikabrott."),
    ],
    "no": [
        ("H", "Er sykmeldt etter en ryggoperasjon."),
        ("H", "Har astma og trenger luftrenser på kontoret."),
        ("H", "Den ansatte er gravid i uke 30."),
        ("E", "Oppgir samisk som morsmål."),
        ("E", "Har etnisk minoritetsbakgrunn og ønsker mentor."),
        ("E", "Foreldrene er innvandrere fra Vietnam."),
        ("P", "Sitter i bystyret for Høyre."),
        ("P", "Medlem av Venstre siden studietiden."),
        ("P", "Er aktiv i Miljøpartiet De Grønne."),
        ("R", "Er muslim og ber om bønnerom på jobb."),
        ("R", "Ønsker fri på langfredag fordi han er katolikk."),
        ("R", "Er medlem av Human-Etisk Forbund."),
        ("U", "Medlem av Fagforbundet, kontingent trekkes."),
        ("U", "Er tillitsvalgt i Fellesforbundet."),
        ("U", "Han er organisert i Parat."),
        ("GH", "Tok en gentest for arvelig brystkreft."),
        ("G", "Blodprøve sendt til DNA-analyse."),
        ("G", "Genetisk testing er gjort på sykehuset."),
        ("B", "Fingeravtrykk brukes ved inngangen til lageret."),
        ("B", "Ansiktsgjenkjenning testes i resepsjonen."),
        ("B", "Biometrisk pålogging på arbeidstelefonen."),
        ("S", "Hun er bifil og samboer med en kvinne."),
        ("S", "Han er homofil og gift."),
        ("S", "Spørsmål om seksuell legning hører ikke hjemme i intervjuet."),
        ("C", "Dømt til fengsel for grovt tyveri."),
        ("C", "Politiattesten har en merknad om vold."),
        ("C", "Er siktet for narkotikalovbrudd."),
    ],
    "da": [
        ("H", "Er sygemeldt efter en knæoperation."),
        ("H", "Har astma og har brug for en luftrenser."),
        ("H", "Medarbejderen er gravid i 7. måned."),
        ("E", "Er af pakistansk oprindelse og taler urdu."),
        ("E", "Har grønlandsk baggrund."),
        ("E", "Indvandrer fra Bosnien, kom til Danmark i 1995."),
        ("P", "Sidder i kommunalbestyrelsen for Venstre."),
        ("P", "Medlem af Enhedslisten og aktiv i fagbevægelsen."),
        ("P", "Stemte på Socialdemokratiet ved sidste valg."),
        ("R", "Er muslim og faster under ramadanen."),
        ("R", "Katolik, ønsker fri til messe juleaften."),
        ("R", "Har meldt sig ud af folkekirken."),
        ("U", "Medlem af HK, ønsker bisidder fra fagforeningen."),
        ("U", "Tillidsrepræsentant for 3F på byggepladsen."),
        ("U", "Er meldt ind i Dansk Metal."),
        ("GH", "Har fået lavet en gentest for arvelig kræft."),
        ("G", "DNA-prøve taget i forbindelse med faderskabssag."),
        ("G", "Genetisk undersøgelse viste en mutation."),
        ("B", "Fingeraftryk bruges til at åbne døren til lageret."),
        ("B", "Ansigtsgenkendelse ved indgangen."),
        ("B", "Biometrisk login på arbejdstelefonen."),
        ("S", "Han er homoseksuel og gift med en mand."),
        ("S", "Hun er biseksuel."),
        ("S", "Spørgsmål om seksualitet hører ikke til i jobsamtalen."),
        ("C", "Dømt for vold i 2018."),
        ("C", "Straffeattest med en dom for tyveri."),
        ("C", "Sigtet for narkotikasmugling, sagen er i retten."),
    ],
    "fi": [
        ("H", "On sairauslomalla polvileikkauksen jälkeen."),
        ("H", "Hänellä on astma ja hän tarvitsee ilmanpuhdistimen."),
        ("H", "Työntekijä on raskaana, laskettu aika {month}."),
        ("E", "Hänen äidinkielensä on pohjoissaame."),
        ("E", "Maahanmuuttajataustainen asiakas toivoo tulkkia."),
        ("E", "Kuuluu romaniväestöön."),
        ("P", "Istuu kaupunginvaltuustossa keskustan edustajana."),
        ("P", "Perussuomalaisten jäsen vuodesta 2015."),
        ("P", "Äänesti vihreitä viime eduskuntavaaleissa."),
        ("R", "On ortodoksi ja viettää pääsiäistä eri aikaan."),
        ("R", "Muslimi, toivoo halal-ruokaa."),
        ("R", "Kirkollisvero näkyy palkkalaskelmassa."),
        ("U", "JHL:n jäsen, haluaa luottamusmiehen mukaan."),
        ("U", "Ammattiliiton jäsenmaksu vähennetään palkasta."),
        ("U", "Kuuluu Tehyyn."),
        ("GH", "Geenitestillä todettiin perinnöllinen syöpäalttius."),
        ("G", "DNA-näyte otettu isyyden selvittämiseksi."),
        ("G", "Geneettinen tutkimus tehtiin yliopistollisessa sairaalassa."),
        ("B", "Sormenjälkitunnistus käytössä varaston ovella."),
        ("B", "Kasvojentunnistus otettu käyttöön aulassa."),
        ("B", "Biometrinen kirjautuminen työpuhelimessa."),
        ("S", "Hän on biseksuaali."),
        ("S", "Homoseksuaali työntekijä koki syrjintää."),
        ("S", "Kysymys seksuaalisesta suuntautumisesta ei kuulu haastatteluun."),
        ("C", "Tuomittiin vankeuteen pahoinpitelystä."),
        ("C", "Rikosrekisteriotteessa on merkintä varkaudesta."),
        ("C", "Epäillään huumausainerikoksesta."),
    ],
    "en": [
        ("H", "Signed off work for six weeks after a back operation."),
        ("H", "Has asthma and needs an air purifier at the desk."),
        ("H", "She is expecting a baby in {month}."),
        ("E", "Her father is Sami from northern Sweden."),
        ("E", "Describes himself as British Pakistani."),
        ("E", "Applicant belongs to an ethnic minority group."),
        ("P", "Sits on the city council for the Conservative Party."),
        ("P", "Party member since university, canvasses at elections."),
        ("P", "Voted for the Social Democrats last year."),
        ("R", "Observant Muslim, fasts during Ramadan."),
        ("R", "Is a Catholic and attends Mass every Sunday."),
        ("R", "Church tax is shown on the payslip."),
        ("U", "Member of the union, wants a representative at the meeting."),
        ("U", "Shop steward for the transport workers' union."),
        ("U", "Trade union dues are deducted monthly."),
        ("GH", "Took a genetic test for hereditary breast cancer."),
        ("G", "DNA sample taken to establish paternity."),
        ("G", "Genome sequencing results stored in the research database."),
        ("B", "Fingerprint scanners control access to the warehouse."),
        ("B", "Facial recognition at the front desk."),
        ("B", "Biometric login enabled on the work phone."),
        ("S", "She is bisexual."),
        ("S", "Gay employee reported harassment."),
        ("S", "Questions about sexual orientation are not allowed in interviews."),
        ("C", "Sentenced to prison for aggravated theft."),
        ("C", "Criminal record shows a conviction for violence."),
        ("C", "Suspected of drug trafficking, case pending in court."),
    ],
}

# The last five of each language name an organisation (a hospital, a union, a
# party) as a customer or a counterparty: no person's special-category data.
HOLDOUT_NEGATIVE: dict[str, list[str]] = {
    "sv": [
        "Kan ni skicka fakturan till vår nya adress?",
        "Supportärende: skrivaren i rum C14 fungerar inte.",
        "Genom att byta leverantör sparar vi tio procent.",
        "Dom på lagret säger att pallen kommer i morgon.",
        "Matchen slutade 2-1 efter straff i förlängningen.",
        "Tror du att vi hinner före jul?",
        "Religion är ett valbart ämne på gymnasiet.",
        "Kommunal förvaltning byter ekonomisystem i höst.",
        "Vi behöver fler kassaskåp, stöldskyddet är för dåligt.",
        "Konferensen serverar vegetarisk lunch.",
        "Vi söker en sjuksköterska till vårdcentralen i {city}.",
        "Leverans av 40 stolar till Sahlgrenska sjukhuset på tisdag.",
        "Läkemedelsföretaget har förnyat sitt avtal med oss.",
        "Kollektivavtal med Unionen och Sveriges Ingenjörer gäller för alla tjänstemän.",
        "Moderaterna i {city} har beställt valaffischer.",
    ],
    "no": [
        "Kan dere sende fakturaen til ny adresse?",
        "Skriveren på rom C14 virker ikke.",
        "Vi kjørte gjennom tunnelen i morges.",
        "Dommeren blåste av kampen etter straffe.",
        "Tror du vi rekker det før jul?",
        "Høyre kolonne i regnearket viser summen.",
        "Trykk på knappen til venstre.",
        "Religion og etikk er fag på ungdomsskolen.",
        "Vi har en voldsom vekst i år.",
        "Delta gjerne på webinaret på torsdag.",
        "Sykehuset har bestilt 200 lisenser.",
        "Tariffavtale med Fagforbundet gjelder for alle ansatte i kommunen.",
        "Vi leverer kontorrekvisita til Arbeiderpartiet.",
        "Apoteket bestilte nytt kassesystem.",
        "Kurs i førstehjelp for alle ansatte.",
    ],
    "da": [
        "Kan I sende fakturaen til den nye adresse?",
        "Printeren i lokale C14 virker ikke.",
        "Vi kørte gennem tunnelen i morges.",
        "Dommeren gav straffespark i overtiden.",
        "Tror du vi når det før jul?",
        "Kolonnen til højre viser summen.",
        "Tryk på knappen til venstre.",
        "Religion er et fag i folkeskolen.",
        "Alternativet er at vente til næste uge.",
        "Tyverisikring af lageret er bestilt.",
        "Rigshospitalet har fornyet aftalen.",
        "Overenskomst med HK gælder for alle funktionærer.",
        "Dansk Folkeparti har bestilt 500 plakater.",
        "Kursus i førstehjælp for medarbejderne.",
        "Medicinalfirmaet har bestilt nyt CRM.",
    ],
    "fi": [
        "Voitteko lähettää laskun uuteen osoitteeseen?",
        "Tulostin huoneessa C14 ei toimi.",
        "Raskas ajoneuvo tukki tien aamulla.",
        "Tuomari antoi rangaistuspotkun jatkoajalla.",
        "Luuletko, että ehdimme ennen joulua?",
        "Keskustan myymälä on suljettu remontin ajan.",
        "Vihreät kuoret tilattu lisää.",
        "Uskonto on valinnainen oppiaine.",
        "Alkuperäinen sopimus löytyy arkistosta.",
        "Tuomen marjat kypsyvät elokuussa.",
        "Sairaanhoitopiiri tilasi 30 lisenssiä.",
        "Työehtosopimus JHL:n kanssa koskee kaikkia kunnan työntekijöitä.",
        "Kokoomus tilasi vaalimainoksia.",
        "Ensiapukurssi kaikille työntekijöille.",
        "Apteekki tilasi uuden kassajärjestelmän.",
    ],
    "en": [
        "Could you send the invoice to our new address?",
        "The printer in room C14 is not working.",
        "We drove through the tunnel this morning.",
        "The referee gave a penalty in extra time.",
        "Do you think we will make it before Christmas?",
        "The column on the right shows the total.",
        "Click the button on the left.",
        "Religion is an optional subject at school.",
        "The alternative is to wait until next week.",
        "Anti-theft locks ordered for the warehouse.",
        "The hospital ordered 200 licences.",
        "Collective agreement with Unite covers all warehouse staff.",
        "The Labour Party ordered 500 campaign posters.",
        "First aid course for all employees.",
        "The pharmacy chain renewed its contract.",
    ],
}

# -- columns: (language, column, values, expected entities) -------------------------

COLUMNS: list[tuple[str, str, list[str], set[str]]] = [
    ("sv", "diagnoskod", ["F32.1", "J45.9", "E11.9", "M54.5", "F41.1", "Z73.0", "I10.9", "K21.0"], {"HEALTH_DATA"}),
    ("sv", "avdelning", ["B12", "C14", "A03", "B12", "D01", "C20", "A11"], set()),
    ("sv", "fackforbund", ["Kommunal", "Unionen", "IF Metall", "Vision", "Handels", "Vårdförbundet", "LO", ""],
     {"TRADE_UNION"}),
    ("sv", "loneart", ["Månadslön", "Kyrkoavgift", "Begravningsavgift", "Kommunalskatt", "Sjuklön dag 2-14",
                       "Karensavdrag", "Fackavgift Unionen", "Semesterersättning", "Övertid 50 %"],
     {"RELIGIOUS_BELIEF", "HEALTH_DATA", "TRADE_UNION"}),
    ("sv", "loneart", ["Månadslön", "Begravningsavgift", "Kommunalskatt", "Semesterersättning", "Traktamente"],
     set()),
    ("sv", "parti", ["S", "M", "SD", "V", "C", "KD", "MP", "L"], {"POLITICAL_OPINION"}),
    ("sv", "specialkost", ["Vegetarisk", "Glutenfri", "Nötallergi", "Laktosfri", "Vegan", "Ingen"],
     {"HEALTH_DATA"}),
    ("sv", "religion", ["Kristen", "Muslim", "Ingen", "Katolik", "Ateist", "Buddhist"], {"RELIGIOUS_BELIEF"}),
    ("sv", "produktkod", ["A12", "B34", "C56", "X200", "Z90", "M12"], set()),
    ("no", "diagnosekode", ["F321", "J459", "E119", "M545", "F411", "R51"], {"HEALTH_DATA"}),
    ("no", "fagforening", ["Fagforbundet", "Fellesforbundet", "Delta", "Parat", "NSF", "Utdanningsforbundet", "LO"],
     {"TRADE_UNION"}),
    ("no", "parti", ["Høyre", "Arbeiderpartiet", "Venstre", "Rødt", "SV", "FrP", "KrF", "MDG"],
     {"POLITICAL_OPINION"}),
    ("no", "lonnsart", ["Fastlønn", "Fagforeningskontingent", "Sykepenger", "Feriepenger", "Overtid"],
     {"TRADE_UNION", "HEALTH_DATA"}),
    ("no", "rom", ["B12", "A101", "C14", "B12"], set()),
    ("da", "diagnosekode", ["DF321", "DE119", "DJ459", "DM545", "DI109", "DZ733"], {"HEALTH_DATA"}),
    ("da", "fagforening", ["3F", "HK", "FOA", "Dansk Metal", "Krifa", "DJØF"], {"TRADE_UNION"}),
    ("da", "loenart", ["Grundløn", "Kirkeskat", "Fagforeningskontingent", "Sygedagpenge refusion", "Feriepenge"],
     {"RELIGIOUS_BELIEF", "TRADE_UNION", "HEALTH_DATA"}),
    ("da", "lokale", ["B12", "C14", "D01", "A22"], set()),
    ("fi", "diagnoosikoodi", ["E10.3+H36.0*", "F32.1", "J45.0", "E11.9", "G63.2*", "M54.5"], {"HEALTH_DATA"}),
    ("fi", "ammattiliitto", ["JHL", "PAM", "Tehy", "Teollisuusliitto", "OAJ", "Pro", "Super"], {"TRADE_UNION"}),
    ("fi", "palkkalaji", ["Kuukausipalkka", "Kirkollisvero", "Ay-jäsenmaksu", "Sairausajan palkka", "Lomaraha"],
     {"RELIGIOUS_BELIEF", "TRADE_UNION", "HEALTH_DATA"}),
    ("fi", "uskontokunta", ["Evankelis-luterilainen", "Ortodoksinen", "Ei kuulu", "Katolinen"],
     {"RELIGIOUS_BELIEF"}),
    ("fi", "huone", ["B12", "C14", "A03"], set()),
    ("en", "icd10", ["F32.1", "J45.9", "E11.9", "U07.1", "M54.5"], {"HEALTH_DATA"}),
    ("en", "medication", ["N06AB06", "C09AA05", "A10BA02", "R03AC02"], {"HEALTH_DATA"}),
    ("en", "vitamins", ["B12", "D3", "C", "B6", "K2"], set()),
    ("en", "sku", ["A12BC34", "B12", "X200", "N64", "P30"], set()),
    ("en", "criminal_record", ["No convictions", "Conviction for assault (2019)", "Caution for theft",
                               "No convictions", "Spent conviction"], {"CRIMINAL_OFFENCE"}),
    ("en", "genotype", ["rs429358 CT", "rs7412 CC", "rs1801133 AG", "rs429358 TT"], {"GENETIC_DATA"}),
    ("en", "sexual_orientation", ["Heterosexual", "Gay", "Bisexual", "Prefer not to say", "Lesbian"],
     {"SEXUAL_ORIENTATION"}),
    ("en", "ethnicity", ["White British", "Black African", "Asian Indian", "Mixed", "Prefer not to say"],
     {"ETHNIC_ORIGIN"}),
    ("en", "notes", ["Called about invoice 51234.", "Wants a quote for 20 licences.", "Moved to room B12.",
                     "New address updated.", "Asked for quarterly invoicing."], set()),
]


# -- corpus ----------------------------------------------------------------------------


def _slots(lang: str, rng: random.Random, fakers) -> dict[str, str]:
    fk = fakers[lang]
    day = rng.randrange(1, 28)
    month_no = rng.randrange(1, 13)
    return {
        "name": fk.first_name(),
        "name2": fk.first_name(),
        "city": fk.city(),
        "month": rng.choice(_MONTHS[lang]),
        "date": f"{day}/{month_no}" if lang != "en" else f"{day} {rng.choice(_MONTHS['en'])}",
        "inv": str(rng.randrange(10000, 99999)),
        "phone": "070-174 06 05",
        "email": "anna@example.se",
        "person": f"{fk.first_name()} {fk.last_name()}",
    }


def corpus(seed: int, repeat: int, positive=POSITIVE, negative=NEGATIVE,
           demo_notes: bool = True) -> list[tuple[str, frozenset[str], str, str]]:
    """(language, labels, sentence, kind) with kind "positive", "trap/business" or "business"."""
    from faker import Faker

    rng = random.Random(seed)
    fakers = {}
    for lang, loc in _FAKER.items():
        fakers[lang] = Faker(loc)
        fakers[lang].seed_instance(rng.getrandbits(32))
    out = []
    for lang in LANGS:
        for labels, template in positive[lang]:
            for _ in range(repeat):
                out.append((lang, frozenset(CATEGORIES[c] for c in labels),
                            template.format(**_slots(lang, rng, fakers)), "positive"))
        for template in negative[lang]:
            for _ in range(repeat):
                out.append((lang, frozenset(), template.format(**_slots(lang, rng, fakers)), "trap/business"))
        if demo_notes:
            for kinds in _NOTES[lang].values():  # the demo CRM's notes: ordinary business
                for template in kinds:
                    out.append((lang, frozenset(), template.format(**_slots(lang, rng, fakers)), "business"))
    return out


# -- evaluation ------------------------------------------------------------------------


def counted(detector: Detector, value: str, rules: VerdictRules = VerdictRules()) -> dict[str, float]:
    """Special entities a notes column would count in ``value``, with their best score."""
    result = detector.detect_value(value)
    out: dict[str, float] = {}
    for h in result.hits:
        if h.entity_type in SPECIAL and h.score >= rules.threshold and (h.score >= rules.strong or h.context):
            out[h.entity_type] = max(out.get(h.entity_type, 0.0), h.score)
    return out


def column_findings(detector: Detector, column: str, values: list[str]) -> set[str]:
    values = [v for v in values if v.strip()]
    sample = Sample(Unit("bench", {"table": "t", "column": column}, column), tuple(values))
    verdicts = judge(sample, detector.detect(values, column), traits=detector.traits, hints=detector.hints)
    return {v.entity_type for v in verdicts if v.entity_type in SPECIAL}


def _fmt(tp: int, fp: int, fn: int) -> tuple[str, bool]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"{p:.2f}/{r:.2f}", p >= TARGET and r >= TARGET


def speed(seed: int) -> tuple[float, float, int]:
    """Microseconds per cell the nine recognizers add, on demo CRM cells."""
    import sqlite3

    from scanner.demo import generate_crm

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "crm.db"
        generate_crm(path, contacts=1000, seed=seed)
        con = sqlite3.connect(path)
        cells = []
        q = lambda n: '"' + n.replace('"', '""') + '"'  # noqa: E731
        for (table,) in con.execute("select name from sqlite_master where type='table'"):
            for col in [r[1] for r in con.execute(f"pragma table_info({q(table)})")]:
                for (v,) in con.execute(f"select {q(col)} from {q(table)}"):
                    if isinstance(v, (str, int)) and str(v).strip():
                        cells.append(str(v))
        con.close()
    entities = tuple(c.ENTITY for c in all_recognizer_classes())
    with_special = Detector(DetectorConfig(entities=entities))
    without = Detector(DetectorConfig(entities=tuple(e for e in entities if e not in SPECIAL)))

    def best(det: Detector) -> float:
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            for v in cells:
                det.detect_value(v)
            times.append(time.perf_counter() - t0)
        return min(times)

    t_without, t_with = best(without), best(with_special)
    return (t_with - t_without) / len(cells) * 1e6, t_with / len(cells) * 1e6, len(cells)


def value_table(detector: Detector, cases, misses: list[str], title: str) -> list[tuple[str, str]]:
    """Print precision/recall per category and language; return the failing cells."""
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    for lang, labels, text, kind in cases:
        got = counted(detector, text)
        for entity in SPECIAL:
            t = tally[(entity, lang)]
            if entity in labels and entity in got:
                t[0] += 1
            elif entity in got:
                t[1] += 1
                misses.append(f"FP {lang} {entity:<19} {kind:<13} {text}")
            elif entity in labels:
                t[2] += 1
                misses.append(f"FN {lang} {entity:<19} {kind:<13} {text}")
    n_pos = sum(1 for c in cases if c[1])
    print(f"{title}: {len(cases)} sentences ({n_pos} positive, {len(cases) - n_pos} negative);"
          f" precision/recall, PASS = both >= {TARGET}")
    header = f"{'category':<20}" + "".join(f"{lang:>15}" for lang in LANGS) + f"{'all':>15}"
    print(header)
    print("-" * len(header))
    failed = []
    for entity in sorted(SPECIAL):
        row = f"{entity:<20}"
        tot = [0, 0, 0]
        for lang in LANGS:
            tp, fp, fn = tally[(entity, lang)]
            tot = [x + y for x, y in zip(tot, (tp, fp, fn))]
            cell, ok = _fmt(tp, fp, fn)
            row += f"{cell + (' PASS' if ok else ' FAIL'):>15}"
            if not ok:
                failed.append((entity, lang))
        cell, ok = _fmt(*tot)
        row += f"{cell + (' PASS' if ok else ' FAIL'):>15}"
        print(row)
    print(f"{45 - len(failed)} of 45 category x language cells PASS"
          + (": FAIL " + ", ".join(f"{e}/{lang}" for e, lang in failed) if failed else "") + "\n")
    return failed


def load_holdout2(path: Path = HOLDOUT2_FILE):
    """Positives, negatives and columns of a set kept in YAML beside this script
    (the second held-out set, the technical set)."""
    data = yaml.safe_load(path.read_text("utf-8"))
    lang = lambda k: "no" if k is False else str(k)  # noqa: E731  (YAML 1.1 reads a bare no as False)
    positive = {lg: [] for lg in LANGS}
    negative = {lg: [] for lg in LANGS}
    positive.update({lang(k): [(labels, text) for labels, text in v] for k, v in data["positive"].items()})
    negative.update({lang(k): list(v) for k, v in data["negative"].items()})
    columns = [(lang(lg), column, [str(x) for x in values], {CATEGORIES[c] for c in labels})
               for lg, column, values, labels in data.get("columns", ())]
    return positive, negative, columns


def column_table(detector: Detector, columns, title: str) -> list[str]:
    """Print each labelled column's verdict and P/R per category; return the failing columns."""
    print(f"\n{title}")
    col_tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    failed = []
    for lang, column, values, expected in columns:
        got = column_findings(detector, column, values)
        ok = got == expected
        if not ok:
            failed.append(f"{lang}/{column}")
        for entity in SPECIAL:
            t = col_tally[entity]
            if entity in expected and entity in got:
                t[0] += 1
            elif entity in got:
                t[1] += 1
            elif entity in expected:
                t[2] += 1
        shown = ", ".join(mask("HEALTH_DATA", v) for v in values[:3])
        print(f"  {'PASS' if ok else 'FAIL'} {lang} {column:<20} expected {sorted(expected) or '-'}"
              f" got {sorted(got) or '-'}  ({shown}, ...)")
    print(f"{'category':<20}{'columns P/R':>14}")
    for entity in sorted(SPECIAL):
        tp, fp, fn = col_tally[entity]
        if tp + fp + fn:
            cell, ok = _fmt(tp, fp, fn)
            print(f"{entity:<20}{cell + (' PASS' if ok else ' FAIL'):>14}")
    return failed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3, help="fillings per template")
    ap.add_argument("--misses", action="store_true", help="list every miss and false positive (masked)")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args(argv)

    detector = Detector(DetectorConfig())
    sets = [
        ("main set (the lexicon was tuned on it)", corpus(args.seed, args.repeat)),
        ("held-out set (written after the first lexicon; see the note above HOLDOUT_POSITIVE)",
         corpus(args.seed, args.repeat, HOLDOUT_POSITIVE, HOLDOUT_NEGATIVE, demo_notes=False)),
    ]
    positive2, negative2, columns2 = load_holdout2()
    sets.append((f"held-out set 2 ({HOLDOUT2_FILE.name}, written before the second lexicon round)",
                 corpus(args.seed, args.repeat, positive2, negative2, demo_notes=False)))
    positive3, negative3, _ = load_holdout2(TECHNICAL_FILE)
    sets.append((f"technical set ({TECHNICAL_FILE.name}: changelogs, manuals, code, tickets)",
                 corpus(args.seed, args.repeat, positive3, negative3, demo_notes=False)))
    summary, all_misses = [], []
    for title, cases in sets:
        misses: list[str] = []
        failed = value_table(detector, cases, misses, "Value level, " + title)
        summary.append(f"{45 - len(failed)}/45")
        all_misses.append((title.split(" (")[0], misses))

    failed_columns = column_table(detector, COLUMNS, "Column level, main set "
                                  "(Detector.detect + verdicts.judge; the column name is a hint)")
    failed_columns += column_table(detector, columns2, f"Column level, held-out set 2 ({HOLDOUT2_FILE.name})")
    print(f"\nCells PASS (main, held-out, held-out 2, technical): {', '.join(summary)};"
          f" columns failing: {', '.join(failed_columns) or 'none'}")

    if args.misses:
        for title, misses in all_misses:
            print(f"\nMisses and false positives, {title} (sentences are synthetic):")
            for line in sorted(set(misses)):
                print("  " + line)

    if not args.no_speed:
        added, total, n = speed(args.seed)
        print(f"\nSpeed: the nine recognizers add {added:.2f} us per cell to the engine"
              f" ({total:.2f} us per cell in all), {n} demo CRM cells, best of 5")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
