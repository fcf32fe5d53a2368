"""Person names (personnamn, personnavn, henkilönimi, mannanafn) without a model.

No Swedish, Norwegian or Danish spaCy model is published (DESIGN.md "Traps"),
and the scanner may download nothing, so PERSON comes from gazetteers plus
rules.  Two lists ship as package data, ``data/first_names.txt`` (5,448) and
``data/last_names.txt`` (2,084), generated once from Faker's sv_SE, no_NO,
da_DK, fi_FI, is_IS, en_US and en_GB person data by ``data/build_names.py``
(MIT; provenance in the file headers and ``data/NAMES_LICENSE.txt``).

A value is cut into capitalised (or ALL-CAPS) letter tokens; hyphens
(Anna-Karin), apostrophes (O'Brien), particles (af, von, van, de) and middle
initials (Anna K. Lindqvist) stay inside a name.  Icelandic and
Scandinavian patronymics count as known surnames by rule: any -sson or
-dóttir, and -son/-sen on a known given name (Hansen, Helgason).

* A whole cell that is one known given or family name: 0.6 ("Anna",
  "Lindqvist", "Sigurðsson"); names that are mostly words ("Bo", "Per",
  "May", "Berg", "Green") need a second token.
* A whole cell of 2-5 name tokens with a known given name, in any order
  ("LINDQVIST ANNA", "Lindqvist, Anna"): 0.85 with a known family name, else 0.6.
* In free text: a known given name followed by more name tokens
  ("Ringde Anna Lindqvist om fakturan" -> "Anna Lindqvist"): same scores.
  The words before the first known given name are dropped, so sentence
  starts ("Kunden", "Ringde", "Asiakas") never join a name.  A title followed
  by a family name ("Herr Hansen", "Mr Smith"): 0.6, 0.4 when the family
  name is unknown.  "Last, First" is read in whole cells only.
* A lone known given name in free text only right after a word that
  introduces a person: a greeting, thanks or sign-off ("Hej Anna,",
  "Kiitos Matti!", "Dear John", "Mvh Erik"), a person noun ("Kunden Ole",
  "Asiakas Maija") or a verb of contact, with one preposition allowed after
  a verb or thanks ("Ringde Anna", "Ringede til Mette", "Spoke to John",
  "Tack till Anna"): 0.6.  Elsewhere a lone "Anna" may be a product, a boat
  or a storm, and is no name.
* A lone known given name in the genitive right before what only a person
  has, in lower case ("Eriks chef ringde", "Anna's phone", "Lars' adresse",
  "Annan puhelin"): 0.6 over the name without its genitive s; "Karins Kök"
  and "Anna's Kitchen" are firms.
* A given name that is also a word ("Per", "Liv", "Grace") alone or with a
  family name that is one too ("Liv Haug"): only where a person stands,
  greeted ("Hej Per!", "Hi Grace,"), after a verb of contact ("Pratade med
  Bo") or before a finite verb that is no participle ("Per ringde"); never
  a month or a Finnish relative ("Sisko soitti").
* Family-name shapes (-nen, -qvist, -ström, -gaard, ...) count as known
  family names next to a given name ("Maija Meikäläinen"), never alone.

Company names (a legal-form suffix or a company word nearby), street names
(street suffixes and street words), product names (a model number next to
the name) and capitalised common words never become persons.  Column names
are not read here: the engine's column hints add confidence later.  There is
no checksum (``Check.checksum`` is None).

>>> R = PersonRecognizer()
>>> spans = lambda t: [(t[c.start:c.end], c.score) for c in R.candidates(t)]
>>> spans("Ringde Anna Lindqvist om fakturan")      # a name in free text
[('Anna Lindqvist', 0.85)]
>>> spans("LINDQVIST, ANNA")                        # a name cell, Last, First
[('LINDQVIST, ANNA', 0.85)]
>>> spans("Matti Meikäläinen")                      # synthetic: Finland's placeholder name
[('Matti Meikäläinen', 0.85)]
>>> spans("Lindqvist Bygg AB")                      # a company
[]
>>> spans("Anna Lindhs väg 3")                      # a street
[]
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice
from importlib import resources
from typing import Iterator

from recognizers._base import INVALID, Candidate, Check, NordicRecognizer

# -- token classes (bit flags) ---------------------------------------------
FIRST = 1  # a known given name
LAST = 2  # a known family name (list or patronymic rule)
AMB = 4  # a name that is mostly a word: never a name on its own
STOP = 8  # a capitalised common word: never part of a name
CORP = 16  # a company word or legal form
STREET = 32  # a street name or street word
PRODUCT = 64  # a product word (Sofa, Model)
PARTICLE = 128  # af, von, van, de ... (lower case, inside a name only)
TITLE = 256  # Mr, Herr, Fru, Rouva ...
SHAPE = 512  # family-name shaped (-nen, -qvist, -ström): scores, never alone
LOWER = 1024  # not capitalised
HYPHEN_LAST = 2048  # a double family name (Smith-Jones): a company form too
NAMEISH = FIRST | LAST | SHAPE | AMB
BLOCK = STOP | CORP | STREET | PRODUCT | TITLE | LOWER

# -- word lists (case-folded) ----------------------------------------------
# Names that are mostly ordinary words.  They count as a name only next to a
# non-ambiguous known name ("Per Hansen", "Will Smith") and never alone in a
# cell, so "Per capita", "May Day", "Bo kvar" and a colour column of "Green"
# are not persons.  Curated from `build_names.py --report` (names that are
# spaCy stop words, Faker lorem words or Faker city names) plus words a
# reviewer knows; stop words and month names that are also names join this
# set automatically (see _lexicon).
AMBIGUOUS = frozenset("""
    bo per dag hans else alla andra andre inga mina dina sine my del kort lilla
    finna elva sexton ville jo line vera tage liv sten stig tor kai stein ben
    tom gun mille sille minna ellen as
    aina eli veli onni toivo tuuli satu armas koko arvo sisko
    will mark may june april august maj grace hope faith joy ray frank dawn
    holly lily daisy iris amber crystal jade heather hazel chase hunter mason
    earl dean drew sue bob don bill guy summer rose urban junior christian
    kristen jordan india georgia sydney chad austin florence victoria virginia
    paris alexandria savannah dakota
    carolina kent troy israel armenia holland sierra kalmar sky art pat rich
    king prince page price young white
    black brown green gray grey long small little short strong wall west north
    house church field glass law case ball power good best key read day cross
    hall hill wood stone park bell bird cook frost snow winter spring knight
    lord bishop lane ford mills wells lake
    berg holm lund strand ek vik lie sand skov strøm nord bakke haug dal
    mäki koski niemi salo laine järvi lehto kivi aho virta saari kallio harju
    lahti rinne
""".split())

# Capitalised common words: sentence starts, greetings, sign-offs, pronouns,
# articles, conjunctions, prepositions and business nouns in sv/no/da/fi/is/en.
# They end a name ("Anna Lindqvist Tack" -> "Anna Lindqvist") and are never
# names.  Any that is also a gazetteer name moves to AMBIGUOUS instead.
STOPWORDS = frozenset("""
    hej hejsan hei heisann hallå hallo moi terve hei moikka halló góðan hi hello
    hey dear tack takk tak kiitos takk thanks thank mvh mvh. hälsningar hilsen
    hilsner venlig vennlig vänliga vänlig med bästa beste bedste best regards
    ystävällisin terveisin kind sincerely cheers kveðja
    kund kunden kunde kunder asiakas asiakkaan customer client klient klienten
    kontakt kontakten contact kontaktperson ärende ärendet sak saken sag sagen
    order faktura fakturan invoice lasku re fwd fw sv vs ang angående subject
    ämne emne aihe note obs info tel tlf puh mob mobil email epost e-post adress
    adresse osoite address namn navn nimi nafn name
    jag du han hon hen vi ni de dem den det denna detta dessa man en ett
    jeg dere hun vi dei de den det dette disse
    minä sinä hän me te he se ne tämä tuo
    i you he she we they it this that these those the a an
    och eller men om att som för från till på av med hos utan efter innan när
    og eller men om at som for fra til på av med hos uten etter før når
    og men om for fra til på af med hos uden efter før når
    ja tai mutta kun jos että kanssa
    and or but if when then for from to on at of with by about after before
    in into onto over under upon via per
    ringde ring skriv skrev ringte sendte ringede skrev soitti kirjoitti called
    wrote spoke sent met meeting möte møde tapaaminen
    idag igår imorgon i dag i går i morgon today yesterday tomorrow tänään
    eilen huomenna
    ok okej okay ja nej nei ei yes no inte ikke not kanske kanskje måske
    ehkä maybe please snälla vänligen venligst
    totalt summa sum total antal antall määrä count status datum dato
    päivämäärä date
""".split())

# Words that start place names and are never names there, even when they are
# also family names: "West Jacob", "Port Susan", "Lake Edward" (Faker en_US
# cities), "San Marino", "Saint Lucia", "Norra Anna"... ("Anna West" loses
# its family name, a price paid for every "North Kelly".)
PLACE_WORDS = frozenset("""
    north south east west new lake port fort mount saint sainte san santa
    sankt st norra södra östra västra nordre søndre østre vestre nedre övre
    øvre
""".split())

# Months and weekdays (sv, no, da, fi, is, en): never names, except those that
# are also given names (April, May, Maj, June, August), which join AMBIGUOUS.
CALENDAR = frozenset("""
    januari februari mars april maj juni juli augusti september oktober
    november december måndag tisdag onsdag torsdag fredag lördag söndag
    januar februar mai august desember mandag tirsdag lørdag søndag marts
    tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu
    syyskuu lokakuu marraskuu joulukuu maanantai tiistai keskiviikko torstai
    perjantai lauantai sunnuntai
    janúar febrúar apríl maí júní júlí ágúst október nóvember
    mánudagur þriðjudagur miðvikudagur fimmtudagur föstudagur laugardagur
    sunnudagur
    january february march may june july october
    monday tuesday wednesday thursday friday saturday sunday
""".split())

# Words right before a lone given name in free text that make it a person
# ("Hej Anna", "Kunden Ole", "Ringde Anna", "Mvh Erik", "Hälsa Anna",
# "Enligt Anna"): greetings, thanks and sign-offs, person nouns, verbs of
# contact and of addressing, and "according to".  One preposition may stand
# between (LEAD_PREPOSITIONS: "Ringede til Mette", "Mötet med Anna", "Fick
# ett mejl från Anna").  Or right after it, a verb only a person does
# (PERSON_VERBS: "Anna skrev").
LEAD_GREETINGS = frozenset("""
    hej hejsan hallå kära tack hei heisann hallo kjære kjaere takk kære tak
    moi terve hyvä kiitos halló sæl sæll hi hello hey dear thanks
    mvh hälsningar hilsen hilsner hilsener terveisin kveðja regards cheers
    täällä
""".split())  # täällä: "Hei, täällä Aino", as a Finn answers the phone
LEAD_NOUNS = frozenset("""
    kund kunden kunde kontaktperson kontaktpersonen klient klienten patient
    patienten asiakas yhteyshenkilö potilas
    viðskiptavinur viðskiptavinurinn customer client contact
    inköpare inköparen innkjøper innkjøperen indkøber indkøberen ostaja
    buyer
""".split())
LEAD_VERBS = frozenset("""
    ringde ringte ringede mailade mejlade pratade talade träffade snakket
    møtte mødte talte soitti tapasi hringdi called phoned emailed spoke talked
    met
    hälsa fråga kontakta påminn hils spør spørg kontakt minn
    tell ask contact remind
    ring mejla maila messa sms:a smsa
    call phone email e-mail text
    pratat talat träffat ringt mejlat talt mødt
    påminde påmint jagade purret purra rykkede rykket mindede minnet
    chased chase reminded nudged pinged ping told
    frågade frågat spurte spurt spurgte spurgt asked
""".split())
LEAD_THANKS = frozenset("tack takk tak thanks".split())  # "Tack till Anna"
# Meetings and calls are with someone: "Mötet med Anna", "The meeting with John".
MEETING_NOUNS = frozenset("""
    demo demon demoen demot demonstration visning visningen workshop
    workshopen lunch lunchen lunsj frokost middag dinner breakfast
    möte mötet mötena samtal samtalet møte møtet samtale samtalen møde mødet
    meeting call appointment
""".split())
# A message comes from someone, but a flight from Paris and a parcel fra
# Hamar (both given names too): "from" counts after a message only ("Fick
# ett mejl från Anna", "Har du hört något från Ole", "Got an email from John").
MESSAGE_WORDS = frozenset("""
    mejl mejlet mail mailet mailen e-post e-posten e-postet epost brev brevet
    sms meddelande meddelandet besked beskedet beskjed beskjeden svar svaret
    hälsning hälsningar hilsen hilsener något inget noe noget intet
    email e-mail message letter note reply answer word anything nothing
    röstmeddelande röstmeddelandet talebesked talebeskeden telefonbesked
    voicemail voicemails
""".split())
# A case followed up with someone, handed over or assigned to someone
# ("Följ upp med Anna", "Follow up with John", "Återkoppla till Anna",
# "Överlämnat till Erik", "Sagen er overdraget til Mette", "The case was
# assigned to John", "Handed over to Sarah"): the word before the
# preposition.
FOLLOW_UP_WORDS = frozenset("""
    upp opp op up återkoppla återkopplar återkopplade återkoppling
    överlämnat överlämnad överlämnades överlämnas overlatt overlevert overdraget
    overdratt overgivet assigned reassigned delegated over forwarded
""".split())
# A case assigned to someone with no preposition ("Ärendet är tilldelat
# Erik", "Saken er tildelt Ole").
ASSIGNED_WORDS = frozenset("tilldelat tilldelad tilldelades tildelt tildelte tildelat".split())
_WITH_OR_TO = LEAD_VERBS | LEAD_THANKS | MEETING_NOUNS | FOLLOW_UP_WORDS | frozenset(
    "according kopia kopi copy sa sade sagt sagde said".split())  # "Kopia till Anna", "Sa till Anna"
# Waiting for someone, or chasing them ("Väntar på Anna innan vi skickar",
# "Venter på Ole før", "Purret på Ole om betalingen", "Waiting on John
# before we send", "Waiting for Sarah to sign"): the name must end its
# clause or come before one of WAIT_AFTER, for a product is waited for too
# ("Väntar på Linnea i lager", "Waiting on Linnea restock").
WAIT_VERBS = frozenset("""
    väntar vänta väntade väntat venter vente ventet ventede afventer
    purret purre purra waiting wait waited
""".split())
WAIT_AFTER = frozenset("""
    innan före før inden before till til until om about for med with att at
    to som who och og and
""".split())
# A preposition between the lead and the name, and the words it may follow:
# "Ringede til Mette", "Spoke to John", "Pratade med Anna", "Tack till
# Anna", "According to John", "Fick ett mejl från Anna".
LEAD_PREPOSITIONS = {
    **dict.fromkeys("till til med to with w/".split(), _WITH_OR_TO),  # "Spoke w/ John"
    **dict.fromkeys("från fra from".split(), MESSAGE_WORDS),
    "for": MESSAGE_WORDS,  # "Left a voicemail for John", "Beskjed for Ole"
    # on someone's behalf: "på uppdrag av Anna", "på vegne av Ole", "on behalf of John"
    "av": frozenset("uppdrag vegne".split()),
    "af": frozenset(("vegne",)),
    "of": frozenset(("behalf",)),
}
# Prepositions that put a person after them whatever comes before: a view
# according to someone ("Enligt Anna", "Ifølge Ole"), a visit or a booking
# at someone's ("Bokade en tid hos Anna", "Time hos Ole").
PERSON_PREPOSITIONS = frozenset("enligt ifølge hos".split())
_LEADS = LEAD_GREETINGS | LEAD_NOUNS | LEAD_VERBS | PERSON_PREPOSITIONS | ASSIGNED_WORDS
# Clauses that put the subject after its finite verb: a fronted adverbial
# in the Nordic languages ("I går skickade Anna offerten", "Nu har Ole
# svart på tilbudet", "Eilen lähetti Aino tarjouksen"), one of
# ADVERBIAL_ENDS right before the verb ("går", "dag" and "morgon" after
# "i"); a quote before a verb of saying ('"...", sa Anna', '"...," said
# John'); a question ("Har Anna svarat?", "Has John replied?").
ADVERBIAL_ENDS = frozenset("""
    igår idag imorse imorgon imorgen nu nå nyss sedan sen därefter deretter
    derefter senare senere tidigare tidligere tyvärr dessverre desværre då så
    också även også dessutom dessuten desuden veckan uken ugen eftermiddag
    ettermiddag förmiddag formiddag kväll kveld aften måndags fredags
    eilen tänään huomenna nyt sitten myöhemmin aiemmin valitettavasti
""".split())
AFTER_I = frozenset("går dag morse morgon morgen förrgår forgårs".split())  # "i går", "i dag", "i morgon"
CALL_PARTICLES = frozenset("upp opp op up back".split())  # after a verb of contact: "Ring upp Anna"
# Verbs right after a lone given name that only a person does: writing,
# calling, saying, asking, answering, promising, sending, confirming ("Anna
# skrev", "Ole ringer tilbake", "Maija lupasi", "John promised"), thinking,
# buying, complaining, forgetting ("Ole mener", "Mette købte", "Aino
# tilasi", "John forgot"), past and present.  A storm, a boat or a product
# model with a given name does none of these.  Not "maksoi" (paid, and
# cost: "Emma maksoi 500 euroa"), nor the English participles a product
# takes ("paid", "cancelled", "remembered").
PERSON_VERBS = frozenset("""
    skrev skriver ringer ringde lovade lovar sa sade säger svarade svarar
    frågade frågar mejlade mailade skickade skickar meddelade bekräftade
    berättade undrar undrade
    ringte lovet lovte sier svarer svarte spurte spør sendte sender meldte bekreftet
    fortalte lurer lurte
    ringede lovede lover sagde siger svarede spurgte spørger bekræftede
    kirjoitti kirjoittaa soitti soittaa lupasi lupaa sanoi sanoo vastasi
    kysyi kysyy lähetti lähettää ilmoitti vahvisti kertoi kertoo pyysi
    auttoi auttaa hjälpte hjälper hjalp hjelper hjælper helped helps
    ansvarar ansvarade vastaa
    wrote writes called calls phoned promised promises said says replied
    replies answered asked asks sent sends confirmed told tells emailed
    mentioned
    hringdi skrifaði sagði svaraði spurði staðfesti lofaði
    tycker tyckte anser ansåg menar menade tror trodde minns mindes glömde
    glömmer beställde beställer köpte köper betalade betalar avbokade
    klagade klagar reklamerade
    mener mente synes syntes trodde husker husket glemte glemmer bestilte
    bestiller kjøpte kjøper betalte betaler avbestilte klaget klager
    troede huskede købte køber afbestilte klagede
    uskoo uskoi luulee luuli ajattelee ajatteli muistaa muisti unohti
    unohtaa tilasi tilaa osti ostaa peruutti peruuttaa valitti valittaa
    thinks believes knows remembers forgot forgets ordered orders bought
    buys complained complains
    godkände godkjente godtok godkendte accepterede hyväksyi accepted
    approved retired
    avled døde kuoli died signerade signerte underskrev allekirjoitti
    signed återkommer återkom
    tackade tackar takket takker takkede kiitti thanked
    soittivat kirjoittivat lupasivat sanoivat vastasivat kysyivät
    lähettivät ilmoittivat vahvistivat kertoivat pyysivät tilasivat
    hyväksyivät allekirjoittivat
""".split())
# A given name that is also a word ("Per", "Liv", "Tom", "Hans", "Grace")
# counts alone only where a person stands beyond doubt (_word_name_counts):
# greeted in a Nordic language ("Hej Per!", "Hei Liv") or in English with
# the comma of a salutation ("Hi Grace," where "Hello Summer!" is a sale);
# after a verb of contact ("Pratade med Bo", "Spoke to Frank"); or before
# one of WORD_NAME_VERBS, finite forms that are no participle or adjective
# as well ("Per ringde", "Hans skrev", "Ville soitti", "Grace wrote"; not
# "skickade": "Per skickade faktura" is per invoice sent, nor "sent": "Bill
# sent to the customer", nor "ordered" or "bought"); or before a copula and
# a mood or an absence ("Bo är missnöjd", "Grace is upset", MOOD_WORDS),
# or a life event ("Per har flyttet til Trondheim", _event_follows).
# Never a month ("Hej Juni!") or a Finnish relative ("Sisko soitti": my
# sister called); a name that is also a place counts only before such a
# verb ("Kent ringde", but "Send the file to Paris", and "Georgia is
# unhappy" may be the state's).
WORD_NAME_VERBS = frozenset("""
    ringde ringer skrev skriver sa sade säger svarar frågar lovar undrar
    berättar hjälper hjälpte
    ringte sier spør lurer lurte hjelper hjalp
    ringede sagde siger spørger hjælper
    soitti soittaa kirjoitti kirjoittaa sanoi sanoo vastasi kysyi kysyy
    lupasi lähetti ilmoitti vahvisti kertoi kertoo pyysi auttoi
    wrote spoke rang
""".split())
# Thinking, wanting, buying and forgetting, finite and no participle: a
# person's too, but a state or a city "wants" and "buys" as well, so not
# after a place ("Georgia wants" may be the state).
WORD_NAME_DEEDS = frozenset("""
    tycker tyckte anser ansåg menar menade tror trodde minns glömde glömmer
    beställde köpte betalade klagade vill
    mener mente synes syntes husker glemte bestilte kjøpte betalte
    troede købte
    uskoo luulee ajattelee muistaa unohti tilasi osti valitti haluaa
    thinks believes knows remembers forgot forgets wants buys orders
    complains
    godkände godkjente godtok godkendte accepterede hyväksyi
    avled døde kuoli died signerade signerte underskrev allekirjoitti
    återkommer ansvarar ansvarade vastaa
""".split())
ENGLISH_GREETINGS = frozenset("hi hello hey dear thanks regards cheers".split())
PLACE_NAMES = frozenset("""
    paris alexandria savannah dakota carolina kent troy israel armenia
    holland sierra kalmar india georgia sydney chad austin florence victoria
    virginia jordan
""".split())
KIN_NAMES = frozenset("veli sisko".split())

# An auxiliary or a modal between the name and a person's verb ("Anna
# kommer att ringa", "Ole skal ringe", "Maija aikoo soittaa", "John will
# call", "Anna har ringt", "John has already called"), with at most two
# filler words between ("att", "to", "redan", "already", "inte") and the
# verb in the infinitive or the participle (PERSON_FORMS).  Wanting is one
# of them, for a voice assistant wants too ("Anna vill säga upp", "Mette
# vil opsige", "Aino haluaa irtisanoa", "John wants to cancel"; not "Alexa
# wants access"), and the Norwegian and Danish "vil" is "will" as well.
AUXILIARIES = frozenset("""
    kommer ska skall kan vill måste har hade borde brukar tänker önskar
    önskade
    skal vil må hadde pleier havde plejer ønsker ønsket ønskede
    aikoo voi on oli ei haluaa halusi
    will would can could should shall may might must has have had is
    wants wanted
""".split())
AUX_FILLERS = frozenset("""
    att til å at to going redan allerede jo nu nå just också även også
    gärna gjerne gerne nog nok inte ikke not also already
""".split())
PERSON_FORMS = PERSON_VERBS | frozenset("""
    ansvaret ansvar ansvarat
    ringa ringt skriva skrivit svara svarat skicka skickat mejla mejlat
    maila mailat bekräfta bekräftat meddela meddelat återkomma återkommit
    lova lovat kontakta kontaktat berätta berättat
    ringe ringet skrive skrevet svare svart svaret sende sendt melde meldt
    bekrefte bekræfte love kontakte kontaktet spørre spurt spørge spurgt
    fortelle fortælle fortalt
    soittanut kirjoittanut vastata vastannut lähettänyt ilmoittaa
    ilmoittanut vahvistaa vahvistanut luvata luvannut kysyä kysynyt kertonut
    call write written send reply answer confirm email phone phoned promise
    contact contacted ask tell
    säga beställa köpa betala avboka boka klaga reklamera
    si bestille kjøpe betale avbestille klage opsige sige købe afbestille
    irtisanoa tilata ostaa peruuttaa valittaa
    cancel order buy pay complain renew unsubscribe accept approve retire
    godkänna godkjenne godkende hyväksyä
    avlidit dött signera signerat signere signert underskrive underskrevet
    allekirjoittaa allekirjoittanut sign frågat
    beställt bestilt betalat betalt tilannut maksanut paid
    godkänt godkjent godkendt hyväksynyt
""".split())
# Being away, which only a person is ("Anna är sjuk", "Ole er på ferie",
# "Maija on lomalla", "John is off sick"): a copula, then one of AWAY_WORDS
# or a preposition and one of AWAY_NOUNS.
COPULAS = frozenset("är var er on oli is was".split())
AWAY_WORDS = frozenset("""
    sjuk sjukskriven ledig föräldraledig tjänstledig hemma upptagen borta
    syk sykmeldt syg sygemeldt opptatt optaget hjemme borte væk
    sairaana kipeänä lomalla poissa vapaalla sairauslomalla äitiyslomalla
    isyyslomalla palaverissa lounaalla kotona
    sick ill absent
    permitterad permitterade permittert permitteret hjemsendt lomautettu
    lomautettuna furloughed
""".split())
# Or in a mood only a person is in ("Anna är missnöjd", "Ole er
# misfornøyd", "Mette er utilfreds", "Aino on tyytymätön", "John is
# unhappy"): one of MOOD_WORDS after the copula.
MOOD_WORDS = frozenset("""
    nöjd missnöjd arg sur ledsen orolig besviken upprörd irriterad
    fornøyd misfornøyd sint lei bekymret skuffet irritert
    tilfreds utilfreds vred ked skuffet irriteret
    tyytyväinen tyytymätön vihainen huolissaan pettynyt ärsyyntynyt
    unhappy satisfied dissatisfied angry upset worried disappointed annoyed
    frustrated
""".split())
# Dead, which only a person or an animal is said to be in a note ("Anna
# har avlidit", "Ole er død", "Aino on kuollut", "John is deceased").
DEAD_WORDS = frozenset("död avliden død kuollut deceased".split())  # not "dead": a system is too
# Responsible for something ("Mette er ansvarlig for leveringen", "John is
# responsible for the delivery", "Aino on vastuussa toimituksesta").
RESPONSIBLE_WORDS = frozenset("ansvarig ansvarlig responsible vastuussa".split())
_AWAY_OR_MOOD = AWAY_WORDS | MOOD_WORDS | DEAD_WORDS | RESPONSIBLE_WORDS
# Life events a note records of a person (_event_follows): retiring ("Anna
# har gått i pension", "Ole gikk av med pensjon", "Mette er gået på
# pension", "Aino jäi eläkkeelle"), coming back from leave ("Anna kommer
# tillbaka från föräldraledigheten", "Ole er tilbake fra ferie", "Aino palaa
# äitiyslomalta", "John is back from parental leave"; not "tilbage på
# lager", back in stock, nor "tillbaka till varvet"), and moving to a place
# or with a new address ("Ole har flyttet til Trondheim", "Aino muutti
# Tampereelle", "John moved to Leeds", "Anna har flyttat och fått ny
# adress"; not "flyttet seg østover", a storm, nor "flyttet til en ny kaj",
# a boat).
PENSION_WORDS = frozenset("pension pensionen pensjon pensjonen".split())
BACK_WORDS = frozenset("tillbaka tilbake tilbage back".split())
BACK_FROM = frozenset("från fra from".split())
LEAVE_TAILS = (
    "ledighet", "ledigheten", "ledighed", "ledigheden", "permisjon", "permisjonen", "orlov", "orloven",
    "barsel", "barselen", "ferie", "ferien", "semester", "semestern", "skrivning", "skrivningen",
    "melding", "meldingen", "resa", "resan", "reise", "reisen", "rejse", "rejsen",
    "leave", "holiday", "holidays", "vacation", "trip",
)
FI_BACK_VERBS = frozenset("palaa palasi palaavat palannut".split())
FI_LEAVE_TAILS = ("lomalta", "vapaalta", "matkalta")
# And more a note records (_event_follows): passing away ("gick bort",
# "passed away"), asking for something ("bad om", "ba om", "requested a
# new invoice"; not "Alexa requested your location"), getting back to
# someone ("kommer tilbake til oss", "get back to us"; not "kommer ikke
# tilbake", a product), "palaa asiaan" (gets back to the matter), and
# changing a contact detail or a family name ("har bytt telefonnummer",
# "changed his phone number", "har bytt efternamn"; not "har bytt ägare", a
# boat's, nor "har bytt namn", as a product is renamed too).
AWAY_VERBS = frozenset("gick gått gikk gik gået passed".split())
ASK_FOR = frozenset("bad ba".split())
REQUEST_VERBS = frozenset("requested requests".split())
REQUESTS = frozenset("callback call meeting refund".split())
BACK_TO_US = frozenset("oss os us mig meg me dig deg you".split())
CHANGE_VERBS = frozenset("""
    bytt bytte byttet byttede skiftet skiftede ändrat ändrade endret endrede
    ændret ændrede changed updated vaihtoi vaihtanut päivitti
""".split())
DETAIL_TAILS = (
    "nummer", "numre", "adress", "adresse", "telefon", "mejl", "mail", "e-post", "epost",
    "efternamn", "efternavn", "number", "address", "email", "surname",
    "numeroa", "numeron", "osoitetta", "osoitteen", "sähköpostia", "sukunimeä",
)
# Being a customer or a patient ("Anna är kund hos oss", "Ole er kunde",
# "Aino on ollut asiakkaamme", "John has been a customer since 2019"): a
# copula, at most two articles or adjectives, the role noun itself, and
# after it the sentence's end or a preposition ("Linnea är en kundfavorit"
# and "a customer favourite" are products).
CUSTOMER_ROLES = frozenset("""
    kund kunde asiakas asiakkaamme asiakkaana customer client patient potilas
""".split())
ROLE_LEAD_INS = frozenset("""
    en ett ei et a an ny nytt nye nyt new uusi vår vårt vores our trogen
    lojal loyal gammal gamle old tidigare former entinen
""".split())
ROLE_AFTER = frozenset("""
    hos sedan siden since of at på i in och og and med with vuodesta from
    till til to for för
""".split())
_HAVE = frozenset("har has have had hade hadde havde on oli".split())
_BEEN = frozenset("varit vært været been ollut".split())
# Work status (_event_follows): in a meeting ("Anna sitter i möte", "Ole
# sitter i møte", "Mette sidder i møde", "Aino on kokouksessa", "John is in
# a meeting"), working from home ("Anna arbetar hemifrån", "Ole jobber
# hjemmefra", "Aino tekee etätöitä", "John works from home"; not "Alma
# arbetar i bakgrunden"), having quit, at the clause's end, before "och"
# or before a workplace ("Anna har slutat och ersätts", "Ole har sluttet
# i firmaet", "Aino on lopettanut ja ...", "John has left the company"; not
# "har slutat säljas", "er stoppet i produktion", "has left the
# catalogue"), and a new job ("Anna har fått nytt jobb", "har bytt jobb").
SIT_VERBS = frozenset("sitter sitt sidder satt sad sat".split())
MEETINGS = frozenset("""
    möte mötet møte møtet møde mødet meeting kokouksessa palaverissa
    neuvottelussa
""".split())
# Coming to a meeting ("Erik kommer på mötet", "Mette kommer til mødet",
# "Ole deltar i møtet", "Aino osallistuu kokoukseen", "John is joining
# the meeting", "John will attend the meeting").
ATTEND_VERBS = frozenset("""
    kommer kom deltar deltog deltager deltok osallistuu osallistui
    joining joins joined attend attends attended attending
""".split())
ATTEND_FILLERS = frozenset("på till til i to the a an our vårt vores".split())
MEETINGS_TO = frozenset("kokoukseen palaveriin tapaamiseen neuvotteluun".split())
# A birthday ("Anna fyller 50 på lördag", "Mette fylder 40", "Aino
# täyttää 50", "John turns 50"): the verb and an age or "år".
BIRTHDAY_VERBS = frozenset("fyller fyllde fylder fyldte täyttää täytti turns turned".split())
# Taking over a customer or a case ("Anna tar över kunden", "Ole overtar
# kunden", "Mette overtager kontoen", "John takes over the account", "Aino
# ottaa asiakkuuden hoitaakseen").
TAKE_OVER = frozenset("overtar overtok overtager overtog".split())
TAKE_VERBS = frozenset("tar tog takes took take".split())
TAKE_PARTICLES = frozenset("över over".split())
ACCOUNT_NOUNS = frozenset("""
    kunden kunderna kontot kontona ärendet ärendena kundansvaret
    kundene kontoen kontoene saken sakene sagen sagerne
    account accounts customer customers case cases client clients
""".split())
ACCOUNT_FILLERS = frozenset("the a an hela hele min mitt mina mine sin sitt sina our their his her".split())
WORK_VERBS = frozenset("""
    arbetar jobbar jobber arbeider arbejder works working worked
""".split())
FROM_HOME = frozenset("hemifrån hjemmefra".split())
# Working at a firm ("Anna jobbar på Scania", "Ole jobber i Telenor",
# "Mette arbejder hos Maersk", "John works at Ericsson", "Aino työskentelee
# Koneella"): a work verb, one of WORK_AT and a capitalised name; not "works
# on Android", "jobbar i bakgrunden".
WORK_AT = frozenset("på i hos at".split())
FI_WORK_VERBS = frozenset("työskentelee työskenteli työskennellyt".split())
# Starting or leaving on a date ("Anna börjar den 3 mars", "Ole slutter 30.
# april", "Mette starter den 1. april", "Aino aloittaa maaliskuussa", "John
# starts on Monday"): the verb, at most two of DATE_FILLERS, then a date;
# not "Emma börjar säljas den 1 maj", "Linnea starts shipping on Monday".
START_VERBS = frozenset("""
    börjar började slutar slutade begynner begynte slutter sluttet starter
    startet startede aloittaa aloitti lopettaa lopetti starts started
    leaves leaving
""".split())
# Where goods are sold or kept, said in the same clause, makes a product of
# a name that starts, stops or is "at" a firm ("Linnea börjar den 1 maj i
# alla butiker", "Emma slutar i sortimentet", "Emma works at Jysk stores").
RETAIL_WORDS = frozenset("""
    butik butiker butikerna butiken sortiment sortimentet lager lagret
    butikk butikker butikkene sortimentet butikkerne varehus
    kaupoissa kaupoista myymälöissä valikoimassa valikoimasta
    store stores shops shop range users
""".split())
DATE_FILLERS = frozenset("den d. i on in the at per from från fra fr.o.m. end of".split())


def _retail(words: list[str]) -> bool:
    """True if one of RETAIL_WORDS is among ``words`` (as written)."""
    return any(w.casefold().rstrip(_TRAIL) in RETAIL_WORDS for w in words)


def _date_follows(bare: list[str]) -> bool:
    """True if ``bare`` opens with a date: at most two of DATE_FILLERS, then
    a day number, a month or a weekday (CALENDAR, or a Finnish one in a case:
    "maaliskuussa", "maanantaina").

    >>> [_date_follows(t.split()) for t in ("den 3 mars", "30. april", "on monday", "maaliskuussa",
    ...     "säljas den 1 maj", "shipping on monday", "i sortimentet i juni", "at the end of june")]
    [True, True, True, True, False, False, False, True]
    """
    for k, w in enumerate(bare[:5]):
        if w[:1].isdigit() or w in CALENDAR or w.endswith(("kuussa", "kuun", "ntaina", "taina")):
            return True
        if w not in DATE_FILLERS:
            return False
    return False


# Having or putting questions ("Anna hade frågor om avtalet", "Ole hadde
# spørsmål", "John had questions about", "Aino esitti kysymyksiä").
POSE_VERBS = frozenset("ställde stilte stillede esitti esittää raised".split())
_HAVE_OR_POSE = _HAVE | POSE_VERBS
QUESTION_STEMS = ("frågor", "frågan", "spørsmål", "spørgsmål", "question", "queries", "kysymyk")
# Marrying or having a child ("Anna gifte sig", "Ole giftet seg", "Mette
# blev gift", "John got married", "Aino meni naimisiin", "Ole fikk barn",
# "Aino sai lapsen", "Sarah had a baby").
MARRIED = (
    ("gifte", "sig"), ("giftet", "seg"), ("giftede", "sig"), ("blev", "gift"), ("ble", "gift"),
    ("har", "gift", "sig"), ("har", "giftet", "seg"), ("got", "married"), ("gets", "married"),
    ("meni", "naimisiin"), ("had", "a", "baby"), ("has", "had", "a", "baby"),
)
CHILD_WORDS = frozenset("barn baby lapsen lapsi son dotter datter søn child".split())
PART_TIME = frozenset("deltid halvtid part-time parttime half-time osa-aikaisesti osa-aikaisena".split())
# Living somewhere ("Anna bor numera i Örebro", "Ole bor i Bodø nå", "Aino
# asuu nykyään Tampereella", "John lives in Bristol now"): the verb, a time
# word at most, a preposition and a capitalised place (the Finnish one
# capitalised in its case); not "Linnea bor i lagret".
LIVE_VERBS = frozenset("bor bodde bott asuu asui asunut lives lived".split())
LIVE_FILLERS = frozenset("numera nu nå now nykyään still fortfarande fortsatt fortsat stadig yhä".split())
# Not answering ("Ole tar ikke telefonen", "Anna tar inte telefon", "John
# isn't answering", "John doesn't answer his phone"); an assistant is left
# out (ASSISTANT_NAMES).
PICK_UP_VERBS = frozenset("tar tager tok tog".split())
NOT_WORDS = frozenset("inte ikke ikkje not".split())
EN_NOT_AUX = frozenset("isn't wasn't doesn't didn't won't hasn't".split())
ANSWERING = frozenset("answering answer responding respond picking".split())
# Preferring a channel ("Anna föredrar telefon", "Ole foretrekker e-post",
# "John prefers to be contacted by email", "Aino haluaa yhteydenotot
# sähköpostilla"): the verb and, within five words, a channel or a word of
# contact (CHANNEL_STEMS); not "Emma prefers a firm base".
PREFER_VERBS = frozenset("föredrar föredrog foretrekker foretrakk foretrækker foretrak prefers preferred haluaa toivoo".split())
CHANNEL_STEMS = (
    "telefon", "e-post", "epost", "mejl", "mail", "sms", "kontakt", "ringd", "ringt", "phone", "email",
    "e-mail", "text", "call", "contact", "sähköpost", "puhel", "tekstiviest", "yhteydeno", "soitt",
)
REMOTE_WORK = frozenset("etätöitä etätöissä".split())
QUIT_VERBS = frozenset("slutat sluttet stoppet lopettanut left quit resigned".split())
WORKPLACES = frozenset("""
    företaget firman bolaget jobbet tjänsten selskapet firmaet jobben
    stillingen virksomheden arbejdet company firm job position
    us oss os yrityksestä työpaikasta
""".split())
_WORKPLACE_SKIPS = frozenset("på hos i at with the from från fra".split())
GOT_VERBS = frozenset("fått fikk fået fick fik got gotten sai".split())
# A new password or login, which a person is given ("Anna har fått ett
# nytt lösenord", "Mette har fået en ny adgangskode", "Aino sai uuden
# salasanan", "John got a new password"): within three words of GOT_VERBS.
PASSWORD_STEMS = ("lösenord", "passord", "adgangskode", "password", "salasan", "pinkod", "pin-kod", "inlogg",
                  "innlogg", "brukernavn", "användarnamn", "brugernavn", "käyttäjätun", "login")
JOB_NOUNS = frozenset("jobb jobbet job arbete arbeid arbejde tjänst stilling työpaikan".split())
MOVE_VERBS = frozenset("""
    flyttade flyttat flyttar flyttet flytter flyttede muutti muuttaa muuttanut
    moved moves
""".split())
_MOVE_ON = frozenset("och og ja and".split())
AWAY_PREPOSITIONS = frozenset("på on in at off out".split())
AWAY_NOUNS = frozenset("""
    semester semestern tjänsteresa föräldraledighet möte mötet lunch kurs
    ferie ferien møte møtet lunsj permisjon barsel møde mødet frokost kursus
    holiday vacation leave sick
""".split())
# A document sent to someone ("Skicka offerten till Anna", "Jeg sendte
# fakturaen til Ole", "Forward the email to John"): "till/til/to" after one
# of DOCUMENT_WORDS, with one of SEND_VERBS at most three words before it.  A
# parcel is sent to a place ("Skicka paketet till Victoria"), so only
# documents and messages count.
SEND_VERBS = frozenset("""
    skicka skickade skickat skickar mejla mejlade maila mailade
    vidarebefordra vidarebefordrade vidarebefordrat skriv skrev ge gav
    send sende sendte sendt sender videresend videresende videresendte
    videresendt giv forward forwarded sent email emailed mail mailed write
    wrote give gave gi ga
    lämna lämnade lämnat lämnar la legg lagt lagde efterlod left leave
""".split())
DOCUMENT_WORDS = frozenset("""
    mejl mejlet mail mailet mailen e-post e-posten e-postet epost brev brevet
    sms meddelande meddelandet besked beskedet beskjed beskjeden svar svaret
    offert offerten avtal avtalet avtalen aftale aftalen faktura fakturan
    fakturaen underlag underlaget kontrakt kontraktet kontrakten dokument
    dokumentet dokumenten dokumentene dokumenterne filen filerna filene
    filerne rapport rapporten tilbud tilbudet tilbuddet länk länken lenke
    lenken linket blanketten skjema skjemaet
    email e-mail message letter note reply answer invoice contract quote
    offer document documents file files report agreement link details form
    röstmeddelande röstmeddelandet talebesked talebeskeden telefonbesked
    voicemail
""".split())
# Things that are given a name and then do or are what THING_NOUNS says:
# a storm, a boat, a horse, a model, an app or a chat bot ("Båten Maria är
# borta", "Hästen Oskar är sjuk", "Sovellus Alma on poissa käytöstä",
# "Roboten Alma svarar").  Right before the name, such a noun vetoes the
# verb after it (it is no lead word either).
THING_NOUNS = frozenset("""
    storm stormen orkan orkanen uvær uværet myrsky hurricane
    båt båten boat skib skibet skip skipet fartyg fartyget vene ship ferry
    färjan ferja ferjen færgen
    häst hästen hest hesten hevonen horse hund hunden koira dog katt katten
    kat kissa cat
    modell modellen model malli mallia mallin
    app appen sovellus sovelluksen bot boten roboten robotten chatbot
    chatboten chatbotten botti
    system systemet järjestelmä server servern serveren palvelin
    kampanj kampanjen kampanje kampanjen kampagne kampagnen kampanja
    kampanjan campaign kollektion kollektionen kolleksjon kolleksjonen
    collection
""".split())
# Finnish puts a case ending on a lone given name ("Soitin Annalle",
# "Sain viestin Pekalta", "Puhuin Matin kanssa", "Annan mukaan", "Annalla
# on kysymys"); FI_ENDINGS, longest first, are read off and the stem's
# given name is looked up (_fi_given).  The case then needs its own lead:
# a verb of giving or telling before the allative (-lle: to), of getting or
# asking before the ablative (-lta: from), "kanssa"/"mukaan" after the
# genitive (with, according to), "on"/"oli" after the adessive (Anna has).
FI_ENDINGS = ("lle", "lta", "ltä", "lla", "llä", "n")
FI_TO_VERBS = frozenset("""
    siirrettiin siirretty siirsin siirsi siirrä annettiin
    soitin soitti soitimme soita soittakaa lähetin lähetti lähetimme lähetä
    välitin välitti välitä kerroin kertoi kerro sanoin sanoi sano ilmoitin
    ilmoitti ilmoita kirjoitin kirjoitti kirjoita vastasin vastasi annoin
    antoi kiitos terveisiä terveiset varasin varasi varasimme varaa varatkaa
""".split())
FI_FROM_VERBS = frozenset("""
    karhusin karhusi karhuan karhusimme pyysin pyysi pyydä pyysimme
    sain saimme saatiin kysyin kysyi kysy kysykää kuulin kuuli kuulimme
""".split())
FI_MESSAGES = frozenset("""
    vastausta vastauksen vastaus viestiä palautetta kuittausta
    viesti viestin sähköposti sähköpostin tekstiviesti tekstiviestin soitto
    puhelu puhelun lasku laskun tarjous tarjouksen sopimus sopimuksen
    tiedosto tiedoston raportti raportin linkki linkin terveiset ajan
""".split())  # ajan: an appointment booked for someone ("Varasin ajan Annalle")
# The genitive before a postposition that puts a person there: with,
# according to, at, to or from someone's place, on someone's behalf
# ("Matin kanssa", "Annan mukaan", "Kävin Pekan luona", "Soitin Annan
# puolesta").  Not "toimesta" (done by): it is said of firms and offices
# as often ("Elisan toimesta", "poliisin toimesta").
FI_AFTER = {
    "n": frozenset("kanssa mukaan luona luo luota puolesta".split()),
    "lla": frozenset("on oli".split()),
}
FI_AFTER["llä"] = FI_AFTER["lla"]
# A person's role, then a copula, then the name ("Kontaktperson vid
# frånvaro är Anna", "Ansvarig er Ole", "Yhteyshenkilö on Ville", "The
# contact person when away is John"): ROLE_NOUNS at most four words before
# the copula.
ROLE_NOUNS = frozenset("""
    kontaktperson kontaktpersonen kontaktpersoner ansvarig ansvarige
    handläggare handläggaren saksbehandler saksbehandleren sagsbehandler
    sagsbehandleren säljare säljaren selger selgeren sælger sælgeren
    yhteyshenkilö yhteyshenkilönä vastuuhenkilö myyjä käsittelijä
    person personen henkilö
    contact owner manager handler representative
""".split())
# A role or a signature as a label, a colon after it ("Handläggare: Anna",
# "Saksbehandler: Hansen", "Contact person: John", "Signed: J. Smith"):
# what follows the colon is the person who has the role.
SIGN_LABELS = frozenset("""
    signerat signerad signert signeret underskrift underskrevet allekirjoitus
    allekirjoittaja signed signature
""".split())
# A copy line: "cc: John", "Kopio: Aino" (and, with a preposition, "Kopia
# till Anna", "Copy to John": COPY_WORDS in _WITH_OR_TO).
COPY_WORDS = frozenset("cc bcc kopia kopi kopio copy".split())
# A meeting's list of those present: "Deltagare: Anna, Johan och Karin",
# "Til stede: Ole, Lars og Ingrid", "Osallistujat: Aino, Pekka", "Attendees:
# John, Sarah and David" (the series carries the label to every member).
ATTENDANCE_LABELS = frozenset("""
    deltagare deltagarna närvarande deltakere deltakarar stede tilstede
    tilstedeværende deltagere fremmødte osallistujat paikalla läsnä
    attendees participants present
""".split())
LABEL_ROLES = ROLE_NOUNS | SIGN_LABELS | COPY_WORDS | ATTENDANCE_LABELS


def _label_before(prev: str) -> bool:
    """True if ``prev``, the word right before a name, is a role's or a
    signature's label ("Handläggare:", "person:" of "Contact person:").

    >>> [_label_before(w) for w in ("Handläggare:", "Signed:", "handläggare", "Fakturan:")]
    [True, True, False, False]
    """
    return prev.endswith(":") and prev[:-1].casefold() in LABEL_ROLES


# Nordic person nouns right before a name vouch even for one that is
# mostly a word ("Kunden Line", "Asiakas Victoria"): mid-sentence, a
# capitalised word after "kunden" is a name.  Not the English ones: a
# title-case heading puts any word there ("Customer Summer Sale"); nor
# "kontakt", a verb and a subject too.
PERSON_NOUNS = frozenset("""
    kund kunden kunde kontaktperson kontaktpersonen klienten patienten
    asiakas yhteyshenkilö potilas viðskiptavinur viðskiptavinurinn
    inköparen innkjøperen indkøberen
""".split())
# A person who is named ("Jag heter Anna", "Hun hedder Mette", "Kunden
# heter Ole", "en kund som heter Anna", "a customer named John", "She is
# called Grace"): a verb of naming right before the name, and before it
# (past a copula and a relative) a pronoun or a person noun, for a boat, a
# model and a storm are named too ("Båten heter Maria", "The boat is called
# Maria").  "called" with no copula before it is a call ("I called Anna",
# LEAD_VERBS).  Or a name noun and a copula, the name a person's ("Mitt
# namn är Anna", "Mit navn er Mette", "My name is John", "Kundens namn är
# Ole", "Nimeni on Aino", "Asiakkaan nimi on Aino").
NAMING_VERBS = frozenset("heter hedder heiter heitir heiti named called".split())
NAMED_SUBJECTS = frozenset("""
    jag jeg eg ég hon han hun hen hann hún
    kvinna kvinnan mannen damen herren kvinne kvinnen kvinde kvinden manden
    kollega kollegan kollegaen kollegen
    i she he woman man lady gentleman guy girl boy colleague customer client
    caller patient person
""".split()) | LEAD_NOUNS | ROLE_NOUNS | PERSON_NOUNS
NAME_NOUNS = frozenset("namn namnet navn navnet name nimi".split())
OWN_NAME_NOUNS = frozenset("nimeni nimensä nimesi".split())  # Finnish: my, his or her, your name
NAME_OWNERS = frozenset("""
    mitt mit ditt dit hennes hans hendes deras deres
    my your her his their
    minun hänen sinun asiakkaan yhteyshenkilön potilaan
""".split())
_NAMING_SKIPS = COPULAS | frozenset("som der who that 's are were be been being".split())
# "Be Anna att ringa", "Be Ole om å", "Bed Mette om at": asking someone,
# in Swedish, Norwegian and Danish ("be" is no lead in English: only with
# "att"/"om" after the name).
ASK_VERBS = frozenset("be bed".split())
ASK_AFTER = frozenset("att om".split())
# A voice assistant is asked too ("Fråga Alexa om vädret", "Asked Siri
# whether it would rain", "Kysyin Alexalta säätä"): its name is not read as
# the one asked (ASKING_LEADS, the Finnish FI_ASKING before the ablative).
ASSISTANT_NAMES = frozenset("alexa siri cortana bixby".split())
ASKING_LEADS = frozenset("fråga frågade frågat spør spurte spurt spørg spurgte spurgt ask asked".split())
FI_ASKING = frozenset("kysyin kysyi kysy kysykää".split())

# The writer and a colleague ("Anna och jag", "Jag och Anna", "Ole og
# jeg", "Minä ja Aino", "John and I", "Me and Sarah", "Anna og ég"): a
# first-person pronoun joined to the name by one of _SERIES_AND ("I" only
# as written, for "i" is a preposition in the Nordic languages).
WRITER_PRONOUNS = frozenset("jag mig mej jeg meg minä mä ég me".split())

# A colleague from a department ("Anna på kundtjänst", "Ole fra regnskap",
# "Mette fra bogholderiet", "John from accounting", "Sarah in sales"; the
# Finnish elative or ablative after the name: "Aino asiakaspalvelusta",
# "Pekka talousosastolta"): a preposition of DEPARTMENT_PREPOSITIONS and
# one of DEPARTMENTS or a word ending in DEPARTMENT_ENDINGS.  Not a
# warehouse or a shop: a product comes from there too ("Linnea från
# lagret").  "IT" and "HR" count as written only ("it" is a pronoun).
DEPARTMENTS = frozenset("""
    ekonomi ekonomin kundtjänst kundtjänsten kundservice kundservicen
    försäljning försäljningen sälj marknad marknadsföring inköp juridik
    support supporten receptionen växeln redovisning redovisningen
    fakturering faktureringen lönekontoret personal
    regnskap økonomi salg kundesenter kundesenteret kundeservice
    markedsføring marked innkjøp resepsjonen sentralbordet lønn
    bogholderiet bogholderi indkøb løn
    accounting accounts finance sales marketing procurement purchasing legal
    billing payroll reception
    asiakaspalvelusta myynnistä taloushallinnosta kirjanpidosta laskutuksesta
    markkinoinnista hankinnoista henkilöstöhallinnosta tuesta vastaanotosta
    palkanlaskennasta
""".split())
DEPARTMENT_CODES = frozenset("IT HR".split())
DEPARTMENT_ENDINGS = ("avdelningen", "avdelingen", "afdelingen", "department")
FI_DEPARTMENT_ENDINGS = ("osastolta", "osastosta")
DEPARTMENT_PREPOSITIONS = frozenset("från fra from på i in at".split())
_FROM = frozenset("från fra from".split())

# Thanks at a sentence's end ("Tack för i dag, Anna!", "Takk for hjelpen,
# Ole.", "Kiitos avusta, Aino!", "Thanks for your help today, John."): the
# sentence opens with one of THANKS_WORDS and the name ends it.  Not a
# city thanked for an evening ("Thanks for tonight, Sofia!": CITY_NAMES).
THANKS_WORDS = frozenset("tack takk tak kiitos kiitti thanks thank".split())
CITY_NAMES = frozenset("sofia adelaide verona siena valencia".split())
_FOR = frozenset("för for fyrir".split())
_PLACES = CITY_NAMES | PLACE_NAMES

# A given name in the genitive owns what only a person has: a phone, an
# address, a manager, a husband ("Annas telefon är avstängd", "Oles kone
# ringte", "Mettes mobilnummer", "Lars' adresse", "Anna's phone is off",
# "Annan puhelin", _owner_end, _fi_owned).  The owned word is written in lower case: a
# capitalised one makes a firm or a place ("Karins Kök", "Anna's Kitchen",
# "Ainon Kahvilassa"), and a street, a cafe or a bakery owns none of these.
# Compounds are read by their last part, as Nordic compounds are built
# ("mobilnummer", "e-postadress": POSSESSION_TAILS).
POSSESSIONS = frozenset("""
    telefon mobil mobiltelefon nummer mejl mail e-post epost adress chef
    kollega kollegor man fru make maka sambo pojkvän flickvän partner barn
    son dotter mamma pappa mor far bror syster familj underskrift
    namnteckning födelsedag personnummer konto lön sjukskrivning assistent
    sekreterare kalender dator
    adresse leder sjef kolleger kolleg mann kone samboer kjæreste sønn datter
    søster familie signatur bursdag fødselsnummer lønn sykmelding sekretær
    mand hustru kæreste samlever søn fødselsdag løn sygemelding
    phone mobile cell number email e-mail address manager boss supervisor
    colleague colleagues husband wife spouse boyfriend girlfriend daughter
    children kids mother father mum mom dad sister brother family signature
    birthday account salary assistant secretary calendar laptop
""".split())
EN_POSSESSIONS = frozenset("""
    phone mobile cell number email e-mail address manager boss supervisor
    colleague colleagues husband wife spouse boyfriend girlfriend daughter
    children kids mother father mum mom dad sister brother family signature
    birthday account salary assistant secretary calendar laptop
""".split())
POSSESSION_TAILS = ("nummer", "numre", "adress", "adresse", "telefon", "mejl", "mail", "e-post")
# Adjectives that may stand between ("Annas nya adress", "John's new phone").
POSSESSION_FILLERS = frozenset("""
    ny nya nytt nye nyt gamla gamle gammel tidigare förra forrige
    nuvarande nåværende nuværende privata private privat egen eget egna
    new old previous current personal own
""".split())
# Finnish: the nominative of each owned word and its oblique stem, read
# anywhere in the word ("sähköpostiosoitteen", "esimiehen kanssa").
FI_POSSESSIONS = {
    "puhelin": "puhelim", "kännykkä": "kännykä", "numero": "numero",
    "sähköposti": "sähköpost", "osoite": "osoitte", "esimies": "esimieh",
    "pomo": "pomo", "kollega": "kollega", "työkaveri": "työkaveri",
    "vaimo": "vaimo", "mies": "mieh", "puoliso": "puoliso", "lapsi": "lapse",
    "poika": "poja", "tytär": "tyttäre", "äiti": "äidi", "isä": "isä",
    "allekirjoitus": "allekirjoitukse", "syntymäpäivä": "syntymäpäiv",
    "tili": "tili", "palkka": "palka", "kalenteri": "kalenteri",
}
# Genitives of given names that are also verb forms: "Annan" is "Anna's"
# and "I give" ("Annan puhelimen takaisin": I'll give the phone back), so
# there the owned word must be in the nominative ("Annan puhelin on ...").
FI_VERB_GENITIVES = frozenset({"annan"})
_FI_NOMINATIVES = tuple(FI_POSSESSIONS)

# Lower-case particles that stay inside a name: "Carl von Linné", "Anna af
# Klercker", "Ludwig van Beethoven", "Ole de Vries".
PARTICLES = frozenset("af av von van de der den la le du di da del dos ten ter zu".split())

# Titles before a name.  "Herr Hansen" / "Mr Smith" name a person even without
# a given name.  Lower-case forms are how Swedish and Danish write them
# mid-sentence ("ringde fru Lindqvist").
TITLES = frozenset("""
    mr mrs ms miss mx dr prof sir dame herr hr fru fröken frk fr rouva herra
    neiti tohtori
""".split())

# Legal forms, written exactly (case matters: "AS" is a Norwegian company,
# "as" an English word; "Ab" is Finland-Swedish for AB; "ek." opens the
# Swedish "ek. för.", ekonomisk förening, a co-operative).
LEGAL_FORMS = frozenset("""
    AB HB KB AS ASA A/S ApS I/S K/S P/S IVS Oy Oyj Ab Ky Tmi Osk ry ehf hf ohf ek ek.för
    sf slf Ltd Inc LLC LLP GmbH plc PLC Corp Co co AG SA BV NV
""".split())
# Company words, capitalised ("Lindqvist Bygg AB", "Eriksson Holding ehf",
# "Hansen og Sønner", "Smith Group").
# The last lines are a firm's trade after a given name ("Linnea Resor",
# "Emma Møbler"); not the trades that are English family names too
# (Flowers, Baker).
COMPANY_WORDS = frozenset("""
    aktiebolag aktiebolaget handelsbolag kommanditbolag aksjeselskap
    allmennaksjeselskap aktieselskab anpartsselskab osakeyhtiö
    holding group gruppen koncern koncernen konsern konsernet invest
    consulting konsult bygg partners limited incorporated company corporation
    sons son søn sønner söner stiftelse stiftelsen förening föreningen
    forening foreningen foundation institute institutet university
    universitet universitetet kommun kommune fastigheter förvaltning
    forvaltning services solutions systems technologies international
    industries enterprises associates trading
    hotel hotell restaurang restaurant café kafé kafe museum museet galleri
    gallery skola skolan school sjukhus sjukhuset sykehus sygehus hospital
    kyrka kyrkan kirke kirken centrum senter sentrum
    resor reiser rejser travel matkat möbler møbler furniture huonekalut
    bil bilar biler autos måleri maleri bageri bakeri bakery blommor blomster
    design media redovisning regnskap revision revisjon advokatbyrå
    advokatfirma transport logistik logistikk logistics frakt import export
""".split())

# Product words: a catalogue's "Anna Sofa" or "Tesla Model 3" is not a person.
PRODUCT_WORDS = frozenset("""
    sofa soffa sohva stol chair bord table lampa lamp lampe matta rug säng seng
    bed hylla shelf skåp cabinet fåtölj armchair model modell edition series
    serie collection kollektion
""".split())

# Product nouns right before a name make it a product's ("Produkten Georg
# Jensen Daisy är slut", "Tuote Tine Helmelk on loppu").  Not "vara"/"vare"
# (also "to be": "kan vara Anna Lindqvist") nor "model" (a person's job).
PRODUCT_NOUNS = frozenset("""
    produkt produkten produktet produktets tuote tuotteen tuotteet product varan varen
    artikeln artikelen artikkelen
    kollektion kollektionen serien serie mallisto malliston collection series
""".split())

# Goods named by a brand or a designer in lower case right after the name
# make a product of it ("en Karl Lagerfeld väska", "Michael Kors vesker",
# "et Georg Jensen ur", "Hugo Boss puvun", "a Calvin Klein jacket"): a
# person's name stands before no bare noun of these in running text (a
# person owns in the genitive: "Annas väska").  Clothing, accessories,
# scent, watches and furniture, in the forms an order note writes.
PRODUCT_AFTER = frozenset("""
    väska väskan väskor väskorna kostym kostymen kostymer jacka jackan jackor
    skjorta skjortan skjortor byxor byxorna klänning klänningen klänningar
    skor skorna stövlar parfym parfymen parfymer klocka klockan klockor uret
    stol stolen stolar lampa lampan lampor tröja tröjan tröjor solglasögon
    glasögon
    veske vesken vesker veskene dressen jakke jakken jakker jakkene skjorte
    skjorten skjorter skjortene bukse bukser kjole kjolen kjoler skoene
    støvler parfyme parfymen klokke klokken klokker stoler lampe lampen lamper
    lampene genser genseren gensere solbriller briller
    taske tasken tasker taskerne jakkesæt jakkesættet skjorterne kjoler
    parfume parfumen urene stole stolene sweater sweateren solbrillerne
    laukku laukun laukut laukkua laukkuja laukuista puku puvun puvut pukua
    pukuja takki takin takit takkia paita paidan paidat paitoja kengät kenkiä
    hajuvesi hajuveden hajuvettä kello kellon kelloja tuoli tuolin tuolit
    tuoleja valaisin valaisimen valaisimet aurinkolasit mekko mekon mekkoja
    bag bags handbag handbags suit suits jacket jackets shirt shirts jeans
    dress dresses shoes boots sneakers perfume fragrance fragrances watch
    watches chair chairs lamp lamps sunglasses hoodie hoodies sweaters ur
""".split())
# Goods that are other words too count only at a phrase's end ("et Georg
# Jensen ur.", not "ur styrelsen"; not "John Smith watch list"); and none
# before a number, a seat's or a table's ("Erik Johansson stol 4").
_PRODUCT_AT_END = frozenset("ur watch suit dress".split())

# A product's or an app's helpdesk after its name ("Spoke to Alma support",
# "Kontakta Emma kundservice"): the name is the product's.
SUPPORT_WORDS = frozenset("""
    support supporten helpdesk servicedesk kundservice kundtjänst tuki tuen
    tukeen asiakaspalvelu
""".split())

# Brands named after people, or named like them (Emma Sleep, mattresses),
# that notes write without goods after them ("Leasingavtale for en Mercedes
# Benz", "Johnnie Walker and Jim Beam are on the order"): not a person in
# running text, but after a person noun or
# a title ("Kunden Calvin Klein", "Mr Calvin Klein") and in a name column.
# Only names no one else is likely to bear: a brand that is also a common
# name ("Paul Smith", "Hanna Andersson") is a product only by the goods
# after it (PRODUCT_AFTER).
BRAND_NAMES = frozenset(n.replace("_", " ") for n in """
    mercedes_benz johnnie_walker jim_beam jack_daniels jack_daniel's hugo_boss
    calvin_klein tommy_hilfiger ralph_lauren louis_vuitton michael_kors
    marc_jacobs kate_spade jimmy_choo karl_lagerfeld christian_dior
    giorgio_armani estée_lauder stella_mccartney georg_jensen louis_poulsen
    helly_hansen gina_tricot björn_borg arne_jacobsen ole_lynggaard
    malene_birger mads_nørgaard emma_sleep
""".split())

# Street words that follow a street's name ("Karl Johans gate 5", "Anna Lindhs
# väg", "Agnes Sjöbergin kuja").  The Nordic ones in any case; the English ones
# only capitalised, as "way", "place" and "close" are everyday words.
STREET_WORDS = frozenset("""
    väg vägen gata gatan gränd torg torget stig stigen allé alle alléen plan
    gate gaten vei veien veg vegen vej vejen gade stræde plads katu tie kuja
    polku tori bulevardi
""".split())
EN_STREET_WORDS = frozenset("""
    street st str road rd avenue ave drive boulevard blvd terrace crescent
    highway hwy parkway pkwy alley plaza square expressway freeway motorway
    turnpike causeway
""".split())
# Faker en_US street types that are also family names ("Thomas Hill",
# "Anna Park"): a street only next to a house number ("12345 Thomas Hill").
_EN_STREET_TYPES = EN_STREET_WORDS | frozenset("""
    branch bridge brook brooks burg bypass camp canyon cape center circle
    cliff club common corner course court cove creek crest crossing curve dale
    dam divide estate extension falls ferry field fields flat ford forest forge
    fork fort garden gardens gateway glen green grove harbor haven heights hill
    hills hollow inlet island isle junction key knoll lake lakes land landing
    lane light loop mall manor meadow meadows mews mill mills mission mount
    mountain neck orchard oval overpass park pass passage path pike pine pines
    place plain point port prairie ranch rapid rest ridge river route row rue
    run shoal shore shores spring springs station stream summit trace track
    trail tunnel union valley via view village ville vista walk wall way well
    wells
""".split())
EN_STREET_TYPES = _EN_STREET_TYPES | frozenset(w + "s" for w in _EN_STREET_TYPES)  # Keys
# A single token ending like this is a street ("Storgatan", "Nørregade",
# "Mannerheimintie", "Kirkeveien") unless it is a known name ("Bettie").
STREET_SUFFIXES = (
    "gatan", "gata", "gaten", "gate", "vägen", "väg", "veien", "vei", "vegen",
    "veg", "vejen", "vej", "gade", "stræde", "katu", "tie", "kuja", "polku",
    "torget", "stigen", "gränd", "plads", "straße", "strasse", "street", "road",
    "avenue", "lane",
)
# Family-name shapes: they raise a given name + unknown token from 0.6 to
# 0.85 but never make a name alone (a capitalised Finnish "Ensimmäinen"
# at a sentence start is a word).
SHAPE_SUFFIXES = (
    "nen", "qvist", "kvist", "ström", "strøm", "gren", "berg", "lund", "holm",
    "dahl", "gaard", "gård", "stad", "heim", "feldt", "stedt", "blad", "sson",
)
# Words that look like patronymics of a known given name but are not:
# "Person" = Per + son.
NOT_PATRONYMIC = frozenset("person personen persons".split())

_FOLD = str.maketrans({"ø": "o", "æ": "ae", "ð": "d", "þ": "th", "ß": "ss", "œ": "oe", "ł": "l"})


def fold(word: str) -> str:
    """Case- and diacritic-folded form: "Søren" -> "soren", "Jón" -> "jon".

    Databases often strip diacritics (Latin-1 or ASCII columns), so the
    gazetteers hold both spellings.
    """
    s = word.casefold().translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _read(name: str) -> list[str]:
    text = resources.files("recognizers").joinpath(f"data/{name}").read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """(first names, last names, ambiguous, stop words), all case-folded."""
    first: set[str] = set()
    last: set[str] = set()
    for target, fname in ((first, "first_names.txt"), (last, "last_names.txt")):
        for name in _read(fname):
            target.add(name.casefold())
            target.add(fold(name))
    names = first | last
    # A stop word or month that is also a name is ambiguous, not a stop word:
    # "Else", "May", "August" are names next to another name.
    common = STOPWORDS | CALENDAR
    amb = AMBIGUOUS | (common & names)
    stop = common - names
    return frozenset(first), frozenset(last), frozenset(amb), frozenset(stop)


def _patronymic(key: str, first: frozenset) -> bool:
    """True for -sson, -dóttir, and -son/-sen built on a known given name.

    Icelandic patronymics (Sigurðsson, Guðmundsdóttir, Helgason) and the
    Scandinavian surnames made from them (Andersson, Hansen, Olsen) are too
    many to list; the rule reads the father's name back out of the genitive.
    """
    if key in NOT_PATRONYMIC or len(key) < 5:
        return False
    if key.endswith(("dóttir", "dottir")) and len(key) > 8:
        return True
    if key.endswith("sson") and len(key) > 6:
        return True
    if not key.endswith(("son", "sen")):
        return False
    stem = key[:-3]
    options = [stem, stem + "s", stem + "e"]  # Carlson, Hansen, Olsen
    if stem.endswith("s"):
        options.append(stem[:-1])  # Larsen -> Lars (Lars + en)
    if stem.endswith("a"):
        options.append(stem[:-1] + "i")  # Helgason -> Helgi (weak genitive)
    if stem.endswith("ar"):
        options.append(stem[:-2] + "ur")  # Sigurðarson -> Sigurður
    return any(o in first for o in options)


@lru_cache(maxsize=65536)
def classify(token: str) -> int:
    """The class flags of one token (see the flag constants)."""
    first, last, amb, stop = _lexicon()
    if not token[0].isupper():
        key = token.casefold()
        if key in PARTICLES:
            return PARTICLE
        if key in TITLES:
            return TITLE
        return LOWER
    if token in LEGAL_FORMS:
        return CORP
    key = token.casefold()
    if key in COMPANY_WORDS:
        return CORP
    if key in stop or key in PLACE_WORDS:
        return STOP
    if key in TITLES:
        return TITLE
    flags = 0
    if key in first:
        flags |= FIRST
    if key in last or _patronymic(key, first):
        flags |= LAST
    if not flags and "-" in key:
        # Anna-Karin, Marie-Else (given names, one not a word) is a given
        # name.  Lindqvist-Berg (family names) is a double family name, and
        # so is Martin-Bradley when every part is also a family name: Faker
        # and real registers use that form for companies ("Smith-Jones"), so
        # it counts inside a name but not alone in a cell.
        parts = [classify(p[:1].upper() + p[1:]) for p in token.split("-") if p]
        if parts and all(p & FIRST for p in parts) and any(not p & AMB for p in parts) \
                and not all(p & LAST for p in parts):
            flags |= FIRST
        elif parts and all(p & (FIRST | LAST | SHAPE) for p in parts):
            flags |= LAST | HYPHEN_LAST
    if not flags and key.endswith("s") and key[:-1] in last:
        flags |= LAST  # Swedish/Danish genitive: "Anna Lindqvists bil"
    if key in amb:
        flags |= AMB
    if flags:
        return flags
    # Product and street words only when not names: "Matta" (sv "rug") is
    # an Icelandic name, "Stig" (sv "path") a Scandinavian one.
    if key in PRODUCT_WORDS:
        return PRODUCT
    if key in STREET_WORDS or key in EN_STREET_WORDS:
        return STREET
    if len(key) > 4 and key.endswith(STREET_SUFFIXES):
        return STREET
    if token.isupper() and len(token) <= 3:
        return STOP  # an acronym: HR, IT, CEO, VD
    if len(token) == 1:
        return STOP  # a lone capital ("I", a list letter)
    if len(key) > 5 and key.endswith(SHAPE_SUFFIXES):
        return SHAPE
    return 0  # a capitalised unknown word


# A name token: letters, joined by hyphens or by an apostrophe followed by
# two letters (O'Brien, but not the possessive in "Smith's").  The
# lookarounds keep "XC60" and "_id" from yielding tokens.
_TOKEN = re.compile(r"(?<!\w)[^\W\d_]+(?:(?:-|['’](?=[^\W\d_]{2}))[^\W\d_]+)*(?!\w)")
_SPACE = re.compile(r"[ \t\u00a0]{1,3}")
_DOT_SPACE = re.compile(r"\.[ \t\u00a0]{0,3}")
_COMMA = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*")
_HAS_UPPER = re.compile(r"[^\W\d_a-z]")  # cheap screen; exact test is isupper()
_NUMBERISH = re.compile(r"\d{1,5}[A-Za-z]?|\w*\d\w*")  # house no., model code
_WORD = re.compile(r"\S+")
_TRAIL = ".,;:!?)]}\"'"

SCORE_KNOWN = 0.85  # given + family name, both known
SCORE_PARTIAL = 0.6  # one known name + a capitalised unknown; a lone known name
SCORE_TITLE_UNKNOWN = 0.4  # "Dr Pepper": below the threshold without context
SCORE_HINTED_ONLY = 0.4  # a cell "Grace" or "Berg": a name under a name column only

_FULL = Check(True, checksum=None, kind="full_name")
_SINGLE = Check(True, checksum=None, kind="single_name")
_LAST_FIRST = Check(True, checksum=None, kind="last_first")
_TITLED = Check(True, checksum=None, kind="title_name")


def _tokens(text: str) -> list[tuple[int, int, int]]:
    out = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        f = classify(m.group())
        out.append((s, e, f))
    return out


def _linked(text: str, a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """True if tokens a and b are in one run (a space, or "K. " / "Dr. ")."""
    gap_s, gap_e = a[1], b[0]
    if gap_e - gap_s == 1 and text[gap_s] == " ":
        return True
    if _SPACE.fullmatch(text, gap_s, gap_e):
        return True
    if (a[2] & TITLE or a[1] - a[0] == 1) and _DOT_SPACE.fullmatch(text, gap_s, gap_e):
        return True
    return False


def _is_initial(text: str, t: tuple[int, int, int]) -> bool:
    return t[1] - t[0] == 1 and text[t[0]].isupper() and text[t[1]:t[1] + 1] == "."


def _next_words(text: str, end: int, n: int = 3) -> list[str]:
    """Up to n words after ``end``, stopping after sentence punctuation."""
    out = []
    for m in _WORD.finditer(text, end, min(len(text), end + 60)):
        w = m.group()
        out.append(w)
        if len(out) >= n or w[-1] in ".,;:!?":
            break
    return out


def _word_before(text: str, start: int) -> tuple[str, int]:
    """The word right before ``start`` (one to three spaces between) and
    its offset, or ("", start)."""
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    if i == start or i == 0 or start - i > 3:
        return "", start
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:i], j


def _prev_word(text: str, start: int) -> str:
    return _word_before(text, start)[0]


def _words_back(text: str, start: int) -> Iterator[str]:
    """The words before ``start``, nearest first, while one to three spaces
    part them ("Skicka offerten till| Anna" -> "till", "offerten", "Skicka").

    >>> list(_words_back("Skicka offerten till Anna", 21))
    ['till', 'offerten', 'Skicka']
    """
    while True:
        word, start = _word_before(text, start)
        if not word:
            return
        yield word


def _context_rejects(text: str, start: int, end: int, last_flags: int, last_key: str) -> bool:
    """Company, street, product or address context around a name candidate."""
    words = _next_words(text, end)
    known_last = bool(last_flags & (LAST | SHAPE)) and not last_flags & AMB
    for k, w in enumerate(words):
        bare = w.rstrip(_TRAIL)
        if bare in LEGAL_FORMS or bare.rstrip(".") in LEGAL_FORMS:
            # "Anna Lindqvist AB", "Anna Hansen & Co", "John Smith Ltd."
            return True
        if bare[:1].isupper() and bare.casefold() in COMPANY_WORDS:
            return True  # "Matti Virtanen Consulting Oy"
        if k == 0:
            if (bare.islower() and bare in STREET_WORDS) or (
                bare[:1].isupper() and _TOKEN.fullmatch(bare) and classify(bare) & STREET
            ):
                return True  # "Karl Johans gate 5", "Anna Lindhs väg", "John Smith Road"
            if _NUMBERISH.fullmatch(bare) and not known_last:
                return True  # "Tesla Model 3", "Anna Sofa 3": a product or address
            if w.islower() and bare in SUPPORT_WORDS:
                return True  # "Spoke to Alma support", "Hör av dig till Alexa support": a product's helpdesk
            if bare in PRODUCT_AFTER and (len(words) == 1 or bare != w or (
                    bare not in _PRODUCT_AT_END and not _NUMBERISH.fullmatch(words[1].rstrip(_TRAIL)))):
                return True  # "en Karl Lagerfeld väska", "Michael Kors vesker", "et Georg Jensen ur."
        if w[-1] in ".,;:!?":
            break
    prev = _prev_word(text, start)
    if prev[:1].isupper() and prev.casefold() in COMPANY_WORDS:
        return True  # "Hotel Anna Maria", "Stiftelsen Anna Lindqvist"
    if prev.casefold() in PRODUCT_NOUNS:
        return True  # "Produkten Georg Jensen Daisy", "Tuote Tine Helmelk"
    if prev and _NUMBERISH.fullmatch(prev.rstrip(",")):
        # "12345 Thomas Hill": an English-style house number before the name
        # makes a street of a street-type last word or an unknown one.
        if not known_last or last_key in EN_STREET_TYPES:
            return True
    return False


def _scan(text: str) -> list[tuple[int, int, Check, float]]:
    """Every name in ``text``: (start, end, check, score)."""
    if not text or not _HAS_UPPER.search(text):
        return []
    toks = _tokens(text)
    if not toks:
        return []
    whole = _whole_cell(text, toks)
    if whole is not None:
        return [_without_compound(text, whole)]
    return [_without_compound(text, hit) for hit in _free_text(text, toks)]


def _without_compound(text: str, hit: tuple[int, int, Check, float]) -> tuple[int, int, Check, float]:
    """``hit`` ending before a lower-case word that a hyphen joins to the
    name: a compound named after a person ("Erik Lindqvist-gården", "Anna
    Holmberg-priset", "Nils Berg-skolan") holds the name, not its ending, and
    a surrogate takes the ending as it stands.  A given name in lower case
    stays ("Anna-karin").

    >>> t = "Vi besökte Erik Lindqvist-gården"
    >>> s, e, *_ = _without_compound(t, (11, len(t), _FULL, 0.6)); t[s:e]
    'Erik Lindqvist'
    """
    start, end, check, score = hit
    head = max(start, text.rfind(" ", start, end) + 1)
    cut = text.find("-", head, end)
    while cut != -1:
        part = text[cut + 1:end].split("-", 1)[0]
        if part[:1].islower() and not classify(part[:1].upper() + part[1:]) & (FIRST | LAST):
            return start, cut, check, score
        cut = text.find("-", cut + 1, end)
    return hit


def _whole_cell(text: str, toks: list[tuple[int, int, int]]):
    """A cell that is nothing but a name: "Anna", "LINDQVIST, ANNA", ..."""
    lead = len(text) - len(text.lstrip())
    tail = len(text.rstrip())
    if toks[0][0] != lead or toks[-1][1] != tail or len(toks) > 6:
        return None
    comma = -1
    for k in range(len(toks) - 1):
        if _linked(text, toks[k], toks[k + 1]):
            continue
        if comma < 0 and _COMMA.fullmatch(text, toks[k][1], toks[k + 1][0]):
            comma = k
            continue
        return None
    names = []
    for k, t in enumerate(toks):
        f = t[2]
        if f & PARTICLE:
            if 0 < k < len(toks) - 1:
                continue  # "Carl von Linné"
            return None
        if _is_initial(text, t) and 0 < k:
            continue
        if f & BLOCK or f & STOP:
            return None  # "Hej Anna Lindqvist": free text rules decide
        names.append((k, f))
    if not names:
        return None
    if len(names) == 1:
        f = names[0][1]
        if comma < 0 and f & (FIRST | LAST):
            if not f & (AMB | HYPHEN_LAST):
                # "Anna", "Lindqvist", "Sigurðsson", "Anna-Karin"
                return (lead, tail, _SINGLE, SCORE_PARTIAL)
            # "Grace", "Berg", "Smith-Jones": also a word or a company, so a
            # name only where the column name says so (``fornamn``,
            # ``last_name``: the hint lifts SCORE_HINTED_ONLY over the
            # threshold); a cell "Summer" in a ``season`` column is none.
            return (lead, tail, _SINGLE, SCORE_HINTED_ONLY)
        return None
    if len(names) > 5:
        return None
    firsts = [k for k, f in names if f & FIRST and not f & AMB]
    if not firsts:
        # "Per Hansen": an ambiguous given name with a known family name.
        firsts = [k for k, f in names
                  if f & FIRST and any(g & (LAST | SHAPE) and not g & AMB
                                       for j, g in names if j != k)]
    if not firsts and comma < 0 and len(names) == 2 \
            and names[0][1] & FIRST and names[1][1] & LAST:
        # "Liv Holm", "Frank Berg", "Crystal Brown": both are also words, but
        # a cell that is exactly given name + family name, in that order, is
        # a name.  (The price: a cell "May Day" is one too; free text stays
        # strict.)
        return (lead, tail, _FULL, SCORE_PARTIAL)
    if not firsts:
        return None  # "Lindqvist Berg", "Smith Group": no given name
    if comma >= 0:
        left = [f for k, f in names if k <= comma]
        right = [(k, f) for k, f in names if k > comma]
        if len(left) > 2 or not right or len(right) > 3:
            return None
        # Left of the comma only family names or unknowns: "Anna, Erik" is a
        # list of given names, not "Last, First".
        if any(f & FIRST and not f & LAST for f in left):
            return None
        if not any(k in firsts for k, _ in right):
            return None
        known = any(f & (LAST | SHAPE) and not f & AMB for f in left)
        return (lead, tail, _LAST_FIRST, SCORE_KNOWN if known else SCORE_PARTIAL)
    unknown = sum(1 for _, f in names if not f & NAMEISH)
    if unknown > 2:
        return None
    given = firsts[0]
    if any(f == 0 for k, f in names if k < given) and any(
        f & (LAST | SHAPE) and not f & AMB for k, f in names if k > given
    ):
        # "Ringde Anna Lindqvist": a capitalised word before "given family"
        # is a sentence start, not a name; free-text rules trim it.
        return None
    fam = [k for k, f in names if k > given and f & (LAST | SHAPE) and not f & (AMB | FIRST)]
    if fam and any(not f & (FIRST | LAST) for k, f in names if k > fam[0]):
        # "Anna Lindqvist Stockholm": an unknown (or only family-name shaped)
        # word after the family name is a place or a department; free-text
        # rules trim it.
        return None
    known = any(f & (LAST | SHAPE) and not f & AMB for k, f in names if k != given)
    return (lead, tail, _FULL, SCORE_KNOWN if known else SCORE_PARTIAL)


def _free_text(
    text: str, toks: list[tuple[int, int, int]]
) -> Iterator[tuple[int, int, Check, float]]:
    n = len(toks)
    i = 0
    mailed = _mail_spans(text) if "@" in text else ()
    while i < n:
        f = toks[i][2]
        if mailed and any(a <= toks[i][0] < b for a, b in mailed):
            i += 1  # a name inside an e-mail address ("ANNA.LINDQVIST@EXAMPLE.SE") is the address's
            continue
        if f & TITLE and text[toks[i][0]:toks[i][1]].isupper() and toks[i][1] - toks[i][0] > 1 and i + 1 < n \
                and not text[toks[i + 1][0]:toks[i + 1][1]].isupper():
            i += 1  # "MS Visual Studio", "MS Kerberos": an abbreviation, not "Ms" (an all-caps title heads all-caps names)
            continue
        if f & TITLE:
            hit = _titled(text, toks, i)
            if hit:
                yield hit[0]
                i = hit[1]
                continue
        if f & FIRST:
            hit = _name_from(text, toks, i) or _lone_given(text, toks, i)
            if hit:
                if not _brand(text, hit[0][0], hit[0][1]):
                    yield hit[0]
                i = hit[1]
                continue
        if f & (LAST | SHAPE) or _is_initial(text, toks[i]):
            hit = _lone_family(text, toks, i)
            if hit:
                yield hit[0]
                i = hit[1]
                continue
        # A known name may also be another's Finnish case: "Karin" is Kari's,
        # "Kirstin" Kirsti's.
        if not f & BLOCK and text[toks[i][1] - 1] in _FI_LAST_LETTERS:
            hit = _fi_inflected(text, toks, i)
            if hit:
                yield hit
        elif not f & (BLOCK | STOP | FIRST) and text[toks[i][1] - 1] in "sS":
            hit = _genitive(text, toks, i)
            if hit:
                yield hit
        i += 1


_MAIL_WORD = re.compile(r"[^\s<>()\[\],;@]+@[^\s<>()\[\],;@]+")


def _mail_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the words of ``text`` that hold an "@".

    >>> _mail_spans("Mejla ANNA.LINDQVIST@EXAMPLE.SE i dag")
    [(6, 31)]
    """
    return [m.span() for m in _MAIL_WORD.finditer(text)]


def _mentioned(text: str, start: int) -> bool:
    """True if an "@" that starts a word stands right before ``start``: a
    chat's or a mail's mention ("@Anna kan du ringa kunden?").

    >>> [_mentioned(t, t.index("A")) for t in ("@Anna kan du", "Hej @Anna,", "kund@Anna", "Anna")]
    [True, True, False, False]
    """
    return start > 0 and text[start - 1] == "@" and (start == 1 or not text[start - 2].isalnum())


def _brand(text: str, start: int, end: int) -> bool:
    """True if text[start:end] is one of BRAND_NAMES and no person noun
    stands before it.

    >>> [_brand(t, t.index(n), t.index(n) + len(n)) for t, n in (("Leasing av en Mercedes Benz", "Mercedes Benz"),
    ...     ("Kunden Calvin Klein ringde", "Calvin Klein"), ("Anna Lindqvist ringde", "Anna Lindqvist"))]
    [True, False, False]
    """
    return " ".join(text[start:end].split()).casefold() in BRAND_NAMES \
        and _prev_word(text, start).casefold() not in PERSON_NOUNS


def _lone_given(text: str, toks, i: int):
    """A known given name alone after a word that introduces a person
    ("Hej Anna,", "Ringde Anna om", "Spoke to John"): ((start, end, check,
    score), next i), or None."""
    s, e, f = toks[i]
    if f & (BLOCK | STOP):
        return None
    if i + 1 < len(toks) and _linked(text, toks[i], toks[i + 1]) and not toks[i + 1][2] & (STOP | LOWER) \
            and not text[toks[i + 1][0]].islower():
        return None  # a capitalised word follows: "Anna Sofa", "Anna Xyz" (not "Erik den 5 maj": a particle)
    prev = _prev_word(text, s).casefold()
    if _mentioned(text, s):
        pass  # "@Anna kan du ringa kunden?", "Hej @Per," (a chat's mention)
    elif f & AMB and prev not in PERSON_NOUNS and not _label_before(prev):
        key = text[s:e].casefold()
        if not (_word_name_counts(text, s, e, prev) or (key not in PLACE_NAMES and (
                _series_counts(text, toks, i) or (key not in CALENDAR and (
                    _inverted_subject(text, toks, i) or _recipient(text, s, e)))))):
            return None  # but "sa Hans", "I går skickade Per offerten", "Sent Grace the contract"
    elif not (_lead_before(text, s) or _asked(text, s, e) or (
            prev not in THING_NOUNS and (_subject_verb_follows(text, toks, i, prev) or _owner_end(text, s, e, f)
                                         or _contact_follows(text, e) or _from_department(text, e)
                                         or _from_place(text, s, e)))
            or _series_counts(text, toks, i) or _inverted_subject(text, toks, i) or _recipient(text, s, e)
            or _with_writer(text, s, e) or _thanked(text, s, e)):
        return None
    if text[s:e].casefold() in ASSISTANT_NAMES and (prev in ASKING_LEADS or not _lead_before(text, s)):
        return None  # "Fråga Alexa om vädret", "Alexa isn't answering": a voice assistant's deeds
    if _firm_of_names(text, toks, i, at=prev == "hos"):
        return None  # "från Martin, Edwards and Gardner", "from Ryan, Craig and Smith"
    if _retail(_next_words(text, e, 1)):
        return None  # "på vegne af Emma butikkerne": a chain of shops
    if _context_rejects(text, s, e, f, text[s:e].casefold()):
        return None
    return (s, e, _SINGLE, SCORE_PARTIAL), i + 1


def _inverted_subject(text: str, toks, i: int) -> bool:
    """True if toks[i] is the subject of the finite verb right before it, in
    a clause that puts the subject after its verb (ADVERBIAL_ENDS, a quote,
    a question), and the verb is a person's (PERSON_VERBS) or an auxiliary,
    a copula or a verb of coming whose clause reads as a person's when the
    name stands before it ("Nu har Ole svart": "Ole har svart").

    >>> def inverted(t, name):
    ...     toks = _tokens(t)
    ...     return _inverted_subject(t, toks, next(n for n, k in enumerate(toks) if t[k[0]:k[1]] == name))
    >>> [inverted(t, n) for t, n in (("I går skickade Anna offerten", "Anna"), ("Nu har Ole svart på", "Ole"),
    ...     ('"Vi förnyar", sa Anna.', "Anna"), ("Har Anna svarat?", "Anna"), ("I morgon kommer Erik på mötet", "Erik"),
    ...     ("I går skickade vi Anna", "Anna"), ("Nu har Linnea kommit in i lager", "Linnea"),
    ...     ("I går såldes Linnea slut", "Linnea"), ("Has Alexa been updated yet?", "Alexa"),
    ...     ("Tarjouksen hyväksyi Aino eilen", "Aino"), ("Hyväksyi Aino", "Aino"))]
    [True, True, True, True, True, False, False, False, False, True, False]
    """
    verb, at = _word_before(text, toks[i][0])
    word = verb.casefold()
    if not word or not word.isalpha():
        return False
    before, _ = _word_before(text, at)
    head = text[:at].rstrip()
    if head.endswith(('",', ',"', "”,", ",”")):  # '"...", sa Anna': only a verb of saying
        return word in PERSON_VERBS
    opener = before.casefold().rstrip(",")
    fronted = opener in ADVERBIAL_ENDS or (
        opener in AFTER_I and _word_before(text, _word_before(text, at)[1])[0].casefold() == "i")
    question = (not head or head[-1] in ".!?:;") and word in _AUX_OR_COPULA
    if word in FI_SUBJECT_VERBS and before and before[-1] not in ".!?:;":
        return True  # Finnish puts the object first: "Tarjouksen hyväksyi Aino", "Eilen soitti Aino"
    if not (fronted or question):
        return False
    if word in PERSON_VERBS:
        return fronted  # "I går skickade Anna"
    if word not in _AUX_OR_COPULA and word not in ATTEND_VERBS:
        return False
    raw = _next_words(text, toks[i][1], 7)
    return bool(raw) and (_deed_follows([word] + [w.casefold() for w in raw]) or _event_follows([word] + raw))


# Finnish verbs of a person's deed (PERSON_VERBS) whose subject may follow
# them after an object or an adverb ("Tarjouksen hyväksyi Aino",
# "Sopimuksen allekirjoitti Pekka"): a nominative name after one of them
# is its subject, as their objects take other cases.
FI_SUBJECT_VERBS = frozenset("""
    hyväksyi hyväksyy allekirjoitti allekirjoittaa tilasi tilaa soitti
    soittaa kirjoitti kertoi peruutti lupasi kysyi pyysi valitti osti
""".split())  # not "lähetti", "vahvisti", "ilmoitti", "vastasi": a system sends, confirms and replies too


_RECIPIENT_ARTICLES = frozenset("the a an en ett et ei den det de ny nytt nya nye nyt new signed".split())


def _recipient(text: str, start: int, end: int) -> bool:
    """True if the name text[start:end] is the one a document is sent to,
    between a verb of sending and the document ("Skickade Anna avtalet",
    "Sendte Ole kontrakten", "Sent Sarah the contract"); not "Skickade
    Linnea till kunden" nor "Sent Alexa a voice command".

    >>> [_recipient(t, 9, 13) for t in ("Skickade Anna avtalet", "Skickade Anna till kunden",
    ...     "Skickade Anna en ny offert i går", "Skickade Anna en ny soffa")]
    [True, False, True, False]
    """
    if _prev_word(text, start).casefold() not in SEND_VERBS or text[end:end + 1] != " ":
        return False
    for w in _next_words(text, end, 4):
        bare = w.casefold().rstrip(_TRAIL)
        if bare in DOCUMENT_WORDS:
            return True
        if bare not in _RECIPIENT_ARTICLES:
            return False
    return False


def _acronym(text: str, t: tuple[int, int, int]) -> bool:
    """True if token t is an acronym of two or more capitals ("RFH", "IT")."""
    return t[1] - t[0] >= 2 and text[t[0]:t[1]].isupper()


def _lone_family(text: str, toks, i: int):
    """A known family name without its given name, alone or after the given
    name's initials, where a person stands: ((start, end, check, score),
    next i), or None.

    After initials ("A. Lindqvist har godkänt", "Mvh A. K. Virtanen", "J.
    Smith approved") a family name counts by itself.  Alone, it counts in
    the frames of a lone given name: after a word that introduces a person
    ("Kunden Lindqvist", "Pratade med Lindqvist", "Spoke to Smith") or a
    role's label ("Saksbehandler: Hansen"), or before a person's verb
    ("Virtanen soitti"), beside a contact detail ("Lindqvist, tel. ..."),
    in the genitive before what only a person has ("Lindqvists adress"),
    or in a series whose ends make persons ("Lindqvist och Nilsson
    ringde").

    A family name that is mostly a word ("Berg", "Lund", "King", "Koski")
    counts alone only after a person noun or a label or before a role
    ("Kunden Berg", "Ansvarig: Lund", "Vik (daglig leder)"), for a town or
    a thing stands in the other frames too ("Pratade med Lund om
    bygglovet", "Customer Price update"); after initials it counts in them
    ("Mvh A. Lund", "S. Brown approved the quote").  A double family name
    without initials needs a person noun or a label as well ("Mødet holdes
    hos Birch-Iqbal": a firm's form too).  A capitalised word or an acronym
    after the name makes a firm or a place of it ("Kunden Bakke Eiendom
    AS", "hos Moen RFH"), unless it is another family name ("Kunden
    Lindqvist Berg").
    """
    n = len(toks)
    k = i
    while _is_initial(text, toks[k]) and k + 1 < n and _linked(text, toks[k], toks[k + 1]):
        k += 1
    s, e, f = toks[k]
    if not f & (LAST | SHAPE) or f & (BLOCK | STOP):
        return None
    if k + 1 < n and _linked(text, toks[k], toks[k + 1]):
        f1 = toks[k + 1][2]
        if f1 & (LAST | SHAPE) and not f1 & (BLOCK | STOP):
            k += 1
            e = toks[k][1]  # a double family name: "Kunden Lindqvist Berg"
        elif not (f1 & (STOP | LOWER) or text[toks[k + 1][0]].islower()) or _acronym(text, toks[k + 1]):
            return None  # "Kunden Bakke Eiendom AS", "Lindqvist Fastigheter", "hos Moen RFH"
    start = toks[i][0]
    prev = _prev_word(text, start)
    # A person noun or a label before, or a role after: "Kunden Berg",
    # "Ansvarig: Lund", "Vik (daglig leder)", "Bakke, daglig leder,".
    strong = prev.casefold() in PERSON_NOUNS or _label_before(prev) or _role_apposition(text, e)
    first, last, firm = _family_series(text, toks, k)
    if firm:
        return None  # "Spoke to Johnson & Johnson", "hos Lindqvist och Nilsson"
    # A series whose ends make persons of its members: "Lindqvist och
    # Nilsson ringde", "Möte med Hansen og Berg"; a name that is a word
    # needs a partner that is not ("Hansen og Berg", not "Berg og Lund").
    series = first != last and (
        _verb_follows(text, toks, last) or (
            _lead_before(text, toks[first][0]) and _prev_word(text, toks[first][0]).casefold() not in THING_NOUNS)
    ) and (not f & AMB or any(not toks[m][2] & AMB for m in range(first, last + 1) if m != k and toks[m][2] & NAMEISH))
    owned = _owner_end(text, s, e, f) if k == i else None  # "Smith's phone number", "Lindqvists adress"
    if owned is not None:
        e = owned
    if not (strong or series or owned is not None):
        if k == i and f & (AMB | HYPHEN_LAST):
            return None  # "Pratade med Lund" (the town?), "hos Birch-Iqbal" (a firm?)
        if (k == i or f & AMB) and not (_lead_before(text, start) or (
                prev.casefold() not in THING_NOUNS and (_subject_verb_follows(text, toks, k, prev.casefold()) or (
                    not f & AMB and _contact_follows(text, e))))):
            return None  # but "A. Lindqvist", "Mvh A. Lund", "S. Brown approved"
    if _context_rejects(text, start, e, toks[k][2], text[toks[k][0]:e].casefold()):
        return None
    return (start, e, _SINGLE if k == i else _FULL, SCORE_PARTIAL), k + 1


def _family_series(text: str, toks, k: int) -> tuple[int, int, bool]:
    """(first, last, firm): the series of names that family name toks[k]
    stands in, joined by "och", "og", "ja" or "and" (first == last == k
    alone), and whether it is a firm of names: joined by "&" or a comma
    ("Johnson & Johnson", "Bradley, Francis and Parker", "Lindqvist &
    Servera") or met "hos" (at), where firms are met as often as people.
    A member is a known name, given or family, not a place; a family name
    may follow a given one ("Nilsson och Anna Berg ringde").

    >>> def series(t, word):
    ...     toks = _tokens(t)
    ...     k = next(n for n, tok in enumerate(toks) if t[tok[0]:tok[1]] == word)
    ...     first, last, firm = _family_series(t, toks, k)
    ...     return t[toks[first][0]:toks[last][1]], firm
    >>> [series(t, "Lindqvist") for t in ("Lindqvist och Nilsson ringde", "Möte med Nilsson och Lindqvist",
    ...     "Lindqvist och Anna Berg ringde", "Kunden Lindqvist ringde")]
    [('Lindqvist och Nilsson', False), ('Nilsson och Lindqvist', False), ('Lindqvist och Anna Berg', False), \
('Lindqvist', False)]
    >>> [series(t, "Lindqvist")[1] for t in ("Lindqvist & Servera", "hos Lindqvist och Nilsson",
    ...     "Lindqvist, Nilsson och Berg", "Lindqvist, Storgatan 5", "hos Lindqvist och Servera")]
    [True, True, True, False, True]
    """
    def member(n: int) -> bool:
        f = toks[n][2]
        return bool(f & NAMEISH) and not f & (BLOCK | STOP) and text[toks[n][0]:toks[n][1]].casefold() not in PLACE_NAMES

    firm = partner = False
    ends = []
    for step in (1, -1):
        end = k
        while (link := _series_link(text, toks, end, step)) is not None and abs(link[0] - k) <= _SERIES_REACH:
            if link[1] in (",", "&"):
                firm |= link[1] == "&" or member(link[0])  # "Lindqvist & Servera"; not "Lindqvist, Storgatan 5"
            partner |= not toks[link[0]][2] & (STOP | LOWER | BLOCK)  # "Martin och Servera"
            if not member(link[0]) or link[1] != "and":
                break
            end = link[0]
        ends.append(end)
    first, last = ends[1], ends[0]
    while last + 1 < len(toks) and _linked(text, toks[last], toks[last + 1]) \
            and toks[last + 1][2] & (LAST | SHAPE) and not toks[last + 1][2] & BLOCK:
        last += 1  # "och Anna Berg ringde": the last member has a family name
    firm |= partner and _prev_word(text, toks[first][0]).casefold() == "hos"  # "hos Martin och Servera"
    return first, last, firm


def _series_step(text: str, toks, k: int, step: int) -> int | None:
    """The index of the next member (``step`` 1) or the one before (-1) of a
    series of known given names that toks[k] stands in ("Anna, Kalle och
    Erik", "Sarah and John", "Aino ja Pekka"), or None.  A name that is
    also a word is a member ("Per og Kari"), a place is not ("Paris och
    Anna")."""
    link = _series_link(text, toks, k, step)
    if link is None:
        return None
    n = link[0]
    f = toks[n][2]
    if not f & FIRST or f & BLOCK or text[toks[n][0]:toks[n][1]].casefold() in PLACE_NAMES:
        return None
    return n  # a name that is also a word is a name in a series of names ("Per og Kari ringte")


_SERIES_REACH = 24  # tokens each way: a long list of names is read in windows, not end to end per name


def _series_counts(text: str, toks, i: int) -> bool:
    """True if toks[i] stands in a series of known given names whose last
    member has a person's verb after it ("Anna, Kalle och Erik ringde",
    "Aino ja Pekka soittivat") or whose first has a lead word before it
    ("Pratade med Karin och Anna", "Spoke to Sarah and John"): every member
    is a person then, as the one beside the verb or the lead is, unless the
    series is a firm of names (_firm_of_names, read from its first member).

    >>> [_series_counts(t, _tokens(t), 0) for t in ("Anna och Erik ringde", "Anna, Kalle och Erik ringde",
    ...     "Anna och Erik såldes slut", "Anna och Erik Berg skrev")]
    [True, True, False, True]
    >>> t = "Pratade med Karin och Anna om avtalet"
    >>> _series_counts(t, _tokens(t), 4)
    True
    """
    last = i
    while (n := _series_step(text, toks, last, 1)) is not None and n - i <= _SERIES_REACH:
        last = n
    while last + 1 < len(toks) and _linked(text, toks[last], toks[last + 1]) \
            and toks[last + 1][2] & (FIRST | LAST | SHAPE) and not toks[last + 1][2] & BLOCK:
        last += 1  # "och Erik Berg skrev": the last member has a family name
    first = i
    while (n := _series_step(text, toks, first, -1)) is not None and i - n <= _SERIES_REACH:
        first = n
    if not ((last != i and _verb_follows(text, toks, last)) or (first != i and _lead_before(text, toks[first][0]))):
        return False
    # The series as a whole may be a firm ("hos Bradley, Francis and Parker").
    return not _firm_of_names(text, toks, first, at=_prev_word(text, toks[first][0]).casefold() == "hos")


def _word_name_counts(text: str, start: int, end: int, prev: str) -> bool:
    """True if the given name text[start:end], one that is also a word,
    stands where only a person does (WORD_NAME_VERBS); ``prev`` is the word
    before it, case-folded.

    >>> def counts(t, name):
    ...     s = t.index(name)
    ...     return _word_name_counts(t, s, s + len(name), _prev_word(t, s).casefold())
    >>> [counts(t, n) for t, n in (("Per ringde i går", "Per"), ("Hej Per!", "Per"),
    ...     ("Hi Grace, thanks", "Grace"), ("Pratade med Bo om det", "Bo"),
    ...     ("Per skickade faktura", "Per"), ("Hello Summer!", "Summer"), ("Hej Juni!", "Juni"),
    ...     ("Send the file to Paris", "Paris"), ("Sisko soitti", "Sisko"), ("Kent ringde", "Kent"),
    ...     ("Kunden Liv Haug", "Liv Haug"), ("Båten Liv ringde", "Liv"), ("Per och jag", "Per"),
    ...     ("Grace from accounting", "Grace"), ("Thanks for your help, June.", "June"))]
    [True, True, True, True, False, False, False, False, False, True, True, False, True, True, False]
    """
    if _naming(text, start):
        return True  # "Jeg hedder August", "My name is Georgia"
    key = text[start:end].casefold()
    if key in KIN_NAMES:
        return False
    if _relative_verb_follows(text, end):
        return True  # "Det var Maj som ringde", "It was June who called": no month calls
    if key in CALENDAR:
        return False
    lead = prev.rstrip(",!:")
    place = key in PLACE_NAMES
    if lead in LEAD_GREETINGS and not place:  # "Hej Per!", "Hi Grace," but "Hello Summer!"
        return lead not in ENGLISH_GREETINGS or text[end:end + 1] == ","
    if lead in PERSON_NOUNS:
        return True  # "Kunden Liv Haug"
    if lead in THING_NOUNS:
        return False  # "Båten Liv ringde" is no person's
    # "Customer Summer sale": only a Nordic person noun vouches, and only
    # the verb after may still tell ("Customer Liv Haug called" may not).
    if lead not in LEAD_NOUNS and not place and _lead_before(text, start):
        return True  # "Pratade med Bo", "Spoke to Frank"
    if not place and (_role_apposition(text, end) or _contact_follows(text, end)):
        return True  # "Per, ekonomiansvarig, meddelade", "Grace, our finance manager,", "Per (070-...)"
    if not place and (_with_writer(text, start, end) or _from_department(text, end) or _thanked(text, start, end)):
        return True  # "Per och jag", "Grace from accounting", "Takk for hjelpen, Tom."
    if text[end:end + 1] != " ":
        return False
    after = _next_words(text, end, 7)
    if not after:
        return False
    if after[0] in COPULAS and len(after) > 1 and not place and after[1].rstrip(_TRAIL) in _AWAY_OR_MOOD:
        return True  # "Bo är missnöjd", "Grace is upset"
    rest = [w.casefold().rstrip(_TRAIL) for w in after[1:]]
    if after[0] in COPULAS and not place and _role_after_copula(rest, after[0]):
        return True  # "Per är inköpschef", "Grace is head of procurement"
    if after[0] in _HAVE and after[1:2] and after[1] in ("ansvaret", "ansvar") and not place:
        return True  # "Liv har ansvaret for leveransen"
    verb = after[0].rstrip(_TRAIL)
    if verb in WORD_NAME_VERBS or (not place and verb in WORD_NAME_DEEDS):
        return True
    if not place and after[0] == verb and _cares(rest, verb.casefold()):
        return True  # "Per tar hand om reklamationen", "Grace will handle the complaint"
    return not place and _event_follows(after)  # "Per har flyttet til Trondheim"


_FI_LAST_LETTERS = frozenset("neaä")  # the last letters of FI_ENDINGS
_FI_WEAK = frozenset("ktp")


def _fi_given(word: str) -> str | None:
    """The case ending of a Finnish given name with one (FI_ENDINGS), or None:
    the stem, undone for consonant gradation (Peka- -> Pekka), a linking i
    (Kristiani- -> Kristian) and -kse- (Tuomakse- -> Tuomas), must be a
    known given name that is not mostly a word.

    >>> [_fi_given(w) for w in ("Annalle", "Pekalta", "Matin", "Tuomaksen", "Kristianille", "Lomalla", "Anna")]
    ['lle', 'lta', 'n', 'n', 'lle', None, None]
    """
    for ending in FI_ENDINGS:
        if len(word) - len(ending) < 3 or not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        options = [stem]
        if stem[-1] in "aeiouyäö" and stem[-2] in _FI_WEAK and stem[-3] != stem[-2]:
            options.append(stem[:-1] + stem[-2:])  # Peka -> Pekka, Mati -> Matti
        if stem.endswith("i") and stem[-2] not in "aeiouyäö":
            options.append(stem[:-1])  # Kristiani -> Kristian
        if stem.endswith("kse"):
            options.append(stem[:-3] + "s")  # Tuomakse -> Tuomas
        for option in options:
            f = classify(option)
            if f & FIRST and not f & (AMB | BLOCK):
                return ending
    return None


def _fi_family(word: str) -> str | None:
    """The case ending of a Finnish family name with one (FI_ENDINGS), or
    None: the stem -se- undone to -nen (Virtase- -> Virtanen), or a stem
    ending in a vowel other than e or i taken as it is (Heikkilä-), must be
    a known family name that is not mostly a word.

    >>> [_fi_family(w) for w in ("Virtasen", "Korhoselle", "Niemiseltä", "Heikkilän", "Virtanen", "Kosken")]
    ['n', 'lle', 'ltä', 'n', None, None]
    """
    for ending in FI_ENDINGS:
        if len(word) - len(ending) < 3 or not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if stem.endswith("se"):
            option = stem[:-2] + "nen"  # Virtase -> Virtanen
        elif stem[-1] in "aäoöuy":
            option = stem  # Heikkilä
        else:
            continue
        f = classify(option)
        if f & LAST and not f & (AMB | BLOCK | STOP):
            return ending
    return None


# Verbs that take a person in the partitive ("Muistutin Pekkaa laskusta",
# "Kiitin Annaa", "Odotamme Virtasta").
FI_PARTITIVE_VERBS = frozenset("""
    muistutin muistuta muistutti muistutimme kiitin kiitä kiitti kiitimme
    odotan odotamme odota odotti autoin auta autti autoimme
    sijaistaa sijaistan sijaisti sijaistin sijaistamme
""".split())


FI_ILLATIVE_LEADS = frozenset("yhteyttä yhteydessä".split())  # "Otin yhteyttä Annaan"
# Verbs that take a person as their object, in the accusative, which is the
# genitive's form for a name ("Tapasin Annan eilen", "Tavoitin Pekan").
FI_ACCUSATIVE_VERBS = frozenset("""
    tapasin tapasi tapasimme tapaan tapaa tapasivat tavoitin tavoitti tavoitimme tavoitan tavoittaa
""".split())


def _fi_illative(word: str) -> bool:
    """True if ``word`` is a known given or family name, not mostly a word,
    in the illative: its last vowel doubled and n (Annaan, Mattiin,
    Väinöön), -iin after a consonant (Kristianiin), -kseen (Tuomakseen),
    -seen for -nen (Virtaseen).

    >>> [_fi_illative(w) for w in ("Annaan", "Pekkaan", "Mattiin", "Kristianiin", "Tuomakseen", "Virtaseen",
    ...     "Lomaan", "Anna")]
    [True, True, True, True, True, True, False, False]
    """
    if len(word) < 5 or word[-1] != "n" or word[-2] != word[-3] or word[-2] not in "aeiouyäö":
        return False
    stem = word[:-2]
    options = [stem]
    if stem.endswith("i") and stem[-2] not in "aeiouyäö":
        options.append(stem[:-1])  # Kristiani -> Kristian
    if stem.endswith("kse"):
        options.append(stem[:-3] + "s")  # Tuomakse -> Tuomas
    if stem.endswith("se"):
        options.append(stem[:-2] + "nen")  # Virtase -> Virtanen
    for option in options:
        f = classify(option)
        if f & (FIRST | LAST) and not f & (AMB | BLOCK | STOP):
            return True
    return False


def _fi_partitive(word: str) -> bool:
    """True if ``word`` is a known given or family name, not mostly a word,
    in the partitive: -a/-ä after a vowel stem (Annaa, Pekkaa, Mattia,
    Väinöä) or a linking i (Kristiania), -ta/-tä after an s (Tuomasta, and
    Virtasta for Virtanen).

    >>> [_fi_partitive(w) for w in ("Annaa", "Pekkaa", "Mattia", "Kristiania", "Tuomasta", "Virtasta", "Lomaa")]
    [True, True, True, True, True, True, False]
    """
    options = []
    if word.endswith(("ta", "tä")) and word[:-2].endswith("s") and len(word) > 5:
        options += [word[:-2], word[:-3] + "nen"]  # Tuomas, Virtas -> Virtanen
    if word.endswith(("a", "ä")) and len(word) > 3:
        stem = word[:-1]
        options.append(stem)
        if stem.endswith("i") and stem[-2] not in "aeiouyäö":
            options.append(stem[:-1])  # Kristiani -> Kristian
    for option in options:
        f = classify(option)
        if f & (FIRST | LAST) and not f & (AMB | BLOCK | STOP):
            return True
    return False


def is_given_name(word: str) -> bool:
    """True if ``word`` reads as a known given name that is not mostly a
    word, alone or with a Finnish case ending ("Anna", "Annalle"); the held-out
    benches use it to tell that a negative does hold a name.

    >>> [is_given_name(w) for w in ("Anna", "Annalle", "Will", "Lomalla")]
    [True, True, False, False]
    """
    f = classify(word)
    if f & FIRST:
        return not f & (AMB | BLOCK)
    return _fi_given(word) is not None


def holds_given_name(word: str, may_be_word: bool = False) -> bool:
    """True if a word of a held-out negative holds a known given name:
    bare, with a Finnish case ending, or in a genitive ("Karins", "Anna's",
    "Lars'"); with ``may_be_word`` one that is mostly a word counts too
    ("Per").  The held-out benches and their test tell with it that a
    negative does hold a name.

    >>> [holds_given_name(w) for w in ("Karins", "Anna's", "Lars'", "Per")] + [holds_given_name("Per!", True)]
    [True, True, True, False, True]
    """
    word = word.strip(".,!")
    if may_be_word and classify(word) & FIRST:
        return True
    forms = (word, word.removesuffix("'s").removesuffix("’s"), word.rstrip("'’"), word[:-1])
    return any(form and is_given_name(form) for form in forms)


def holds_family_name(word: str) -> bool:
    """True if a word of a held-out negative is a known family name (the
    list's, whether or not it is also a word: "Lund", "Hansen").

    >>> [holds_family_name(w) for w in ("Lindqvist", "Lund.", "Virtanen", "Anna", "offerten")]
    [True, True, True, False, False]
    """
    return bool(classify(word.strip(".,!:;")) & LAST)


def _fi_inflected(text: str, toks, i: int):
    """A lone Finnish given or family name with a case ending after (or
    before) the words its case needs ("Soitin Annalle", "Sain viestin
    Pekalta", "Matin kanssa", "Puhuin Virtasen kanssa", "Lähetin laskun
    Korhoselle"): (start, end, check, score), or None."""
    s, e, _ = toks[i]
    ending = _fi_given(text[s:e]) or _fi_family(text[s:e])
    if ending is None:
        lead = _prev_word(text, s).casefold()
        if ((lead in FI_PARTITIVE_VERBS and _fi_partitive(text[s:e]))
                or (lead in FI_ILLATIVE_LEADS and _fi_illative(text[s:e]))) \
                and not _context_rejects(text, s, e, 0, ""):
            return (s, e, _SINGLE, SCORE_PARTIAL)  # "Muistutin Pekkaa laskusta", "Otin yhteyttä Annaan"
        return None
    back = _words_back(text, s)
    lead = next(back, "").casefold()
    if ending == "n" and lead in FI_ACCUSATIVE_VERBS:
        if text[s:e - 1].casefold() in ASSISTANT_NAMES:
            return None  # "Tapasin Alexan kautta": a voice assistant
        ok = True  # "Tapasin Annan eilen", "Tavoitin Pekan"
    elif ending in FI_AFTER:
        if text[e:e + 1] != " ":
            return None
        after = _next_words(text, e, 1)
        ok = bool(after) and lead not in THING_NOUNS and (
            after[0].rstrip(_TRAIL) in FI_AFTER[ending]
            or (ending == "n" and _fi_owned(after[0], text[s:e])))
    else:
        verbs = FI_TO_VERBS if ending == "lle" else FI_FROM_VERBS
        ok = lead in verbs or (lead in FI_MESSAGES and (
            ending != "lle" or next(back, "").casefold() in verbs))
        if lead in FI_ASKING and text[s:e - len(ending)].casefold() in ASSISTANT_NAMES:
            return None  # "Kysyin Alexalta säätä": a voice assistant
    if not ok or _context_rejects(text, s, e, 0, ""):
        return None
    return (s, e, _SINGLE, SCORE_PARTIAL)


_SIBILANTS = frozenset("sxzSXZ")


def _owner_end(text: str, start: int, end: int, flags: int) -> int | None:
    """The end of the given name if the token text[start:end] (``flags``) is
    one in the genitive, right before what only a person has (POSSESSIONS):
    "Anna's phone", "Lars' adresse", "Lars telefon" (Swedish leaves a name
    ending in s as it is), "Eriks chef" (the name ends before the s), else
    None.

    >>> def owner(t):
    ...     s, e, f = _tokens(t)[0]
    ...     return t[s:_owner_end(t, s, e, f) or s]
    >>> [owner(t) for t in ("Eriks chef ringde", "Anna's phone", "Lars' adresse", "Annas nya adress",
    ...     "Karins Kök", "Anna's Kitchen", "Sofies gate", "Hans telefon")]
    ['Erik', 'Anna', 'Lars', 'Annas', '', '', '', '']
    """
    if flags & (AMB | BLOCK):
        return None  # "Hans telefon": his phone
    word = text[start:end]
    after = end
    unmarked = False  # the Swedish genitive of a name ending in a sibilant: no ending at all
    named = flags & (FIRST | LAST)  # a given name or a family name: "Smith's phone", "Lindqvists adress"
    if text.startswith(("'s ", "’s "), end):  # "Anna's phone"
        if not named:
            return None
        after += 2
    elif text.startswith(("' ", "’ "), end):  # "Lars' adresse"
        if not named or word[-1] not in _SIBILANTS:
            return None
        after += 1
    elif named:
        if word[-1] not in _SIBILANTS:  # "Lars telefon", "Annas telefon"
            return None
        unmarked = not (flags & LAST and not flags & FIRST and word[-1] in "sS")
        if flags & LAST and not flags & FIRST and word[-1] in "sS" and classify(word[:-1]) & LAST:
            end -= 1  # "Lindqvists adress", "Bergs telefonnummer": Lindqvist, Berg + s
    elif word[-1] in "sS" and len(word) > 2:  # "Eriks chef": Erik + s, "Lindqvists adress"
        stem = classify(word[:-1])
        if not stem & (FIRST | LAST) or stem & (AMB | BLOCK):
            return None
        end -= 1
    else:
        return None
    if text[after:after + 1] != " ":
        return None
    words = _next_words(text, after, 2)
    owned = words[0] if words else ""
    if owned in POSSESSION_FILLERS and len(words) > 1:  # "Annas nya adress"
        owned = words[1]
    owned = owned.rstrip(_TRAIL)
    if unmarked and word[-1] in "xzXZ" and owned in EN_POSSESSIONS:
        return None  # "Max number of digits": English marks "Max's" ("Charles signature" is written without)
    if owned.islower() and (owned in POSSESSIONS or owned.endswith(POSSESSION_TAILS)):
        return end
    return None


def _genitive(text: str, toks, i: int):
    """A given or family name in the genitive that is no name itself ("Eriks
    chef ringde", "Mettes mand", "Lindqvists adress"), owning what only a person has:
    (start, end, check, score) over the name without its s, or None."""
    s, e, f = toks[i]
    end = _owner_end(text, s, e, f)
    if end is None or _prev_word(text, s).casefold() in THING_NOUNS:
        return None
    if _context_rejects(text, s, e, 0, ""):
        return None
    return (s, end, _SINGLE, SCORE_PARTIAL)


def _fi_owned(word: str, name: str) -> bool:
    """True if ``word``, after the genitive ``name``, is something only a
    person has (FI_POSSESSIONS, in any case and in compounds: "Annan
    puhelin", "Pekan esimiehen kanssa", "Matin sähköpostiosoite").  After a
    genitive that is also a verb form, only the nominative counts: "Annan
    puhelimen takaisin" is "I give the phone back".

    >>> [_fi_owned(w, n) for w, n in (("puhelin", "Annan"), ("puhelimen", "Annan"),
    ...     ("puhelimen", "Pekan"), ("sähköpostiosoite", "Matin"), ("Kahvilassa", "Ainon"))]
    [True, False, True, True, False]
    """
    w = word.rstrip(_TRAIL)
    if not w.islower():
        return False
    if name.casefold() in FI_VERB_GENITIVES:
        return w.endswith(_FI_NOMINATIVES)
    return any(
        w.startswith((nom, stem)) or w.endswith(nom) or (len(stem) >= 5 and stem in w)
        for nom, stem in FI_POSSESSIONS.items()
    )


def _relative_verb_follows(text: str, end: int) -> bool:
    """True if a relative and a person's verb follow ``end`` ("som ringde",
    ", der ringede", "who called", RELATIVES, PERSON_VERBS)."""
    gap = text[end:end + 2]
    if gap != ", " and gap[:1] != " ":
        return False
    after = _next_words(text, end + (gap == ", "), 2)
    return len(after) == 2 and after[0] in RELATIVES and after[1].rstrip(_TRAIL) in PERSON_VERBS


def _lead_before(text: str, start: int) -> bool:
    """True if a word that introduces a person stands right before ``start``,
    or a preposition after the words it may follow ("Ringede til Mette")."""
    named = _naming(text, start)
    if named is not None:
        return named
    back = _words_back(text, start)
    word = next(back, "")
    if _label_before(word):
        return True
    lead = word.casefold().rstrip(",!:")  # "Hej, Anna", "Kontaktperson: Erik"
    if lead in CALL_PARTICLES and word == lead:
        return next(back, "").casefold() in LEAD_VERBS  # "Ring upp Anna", "Call back John"
    if lead in ("på", "on", "for") and word == lead \
            and _waited_for(text, start, islice(_words_back(text, start), 1, None)):
        return True  # "Väntar på Anna innan", "Waiting on John before" (``back`` left as it is)
    if lead in _VERB_PREPOSITIONS and word == lead:
        verb = next(islice(_words_back(text, start), 1, None), "").casefold()  # ``back`` left as it is
        if lead in _TALK_PREPOSITIONS and verb in TALK_VERBS and _ends_clause(text, start, REACH_AFTER):
            return True  # "Tala med Anna om", "Snakk med Ole", "Talk to John about"; not "Talk to Alma support"
        if lead in _COVER_PREPOSITIONS and verb in COVER_WORDS:
            return True  # "Erik vikarierar för Anna", "Kari er vikar for Ole", "David is covering for John"
        if lead in AGENT_PREPOSITIONS and verb in AGENT_PARTICIPLES and _ends_clause(text, start, REACH_AFTER) \
                and not _place_name(text, start):
            return True  # "Offerten godkändes av Anna i går", "The quote was approved by John"
    if lead in REACH_PREPOSITIONS and word == lead and _reached(text, start):
        return True  # "Hör av dig till Anna", "Ring tilbake til Ole", "Reach out to John"
    if lead in LEAD_PREPOSITIONS:
        before = next(back, "")
        if before.casefold() in LEAD_PREPOSITIONS[lead]:
            return True
        return lead in _TO and _sent_document(before, back)
    if lead in COPULAS and word == lead:
        return _role_before(back)
    return lead in _LEADS


# Reaching someone ("Hör av dig till Anna", "Ring tillbaka till Anna",
# "Ring tilbake til Ole", "Ta fatt i Anna", "Tag fat i Mette", "Reach out
# to John", "Get in touch with John", "Touch base with Sarah"): the
# preposition before the name, the word before it (a key of REACH_WORDS)
# and one of the words before that; the name must end its clause or come
# before one of REACH_AFTER ("Reach out to Alexa support" is a product's).
REACH_WORDS = {
    "dig": frozenset({"av"}), "deg": frozenset({"av"}),
    "tillbaka": LEAD_VERBS, "tilbake": LEAD_VERBS, "tilbage": LEAD_VERBS, "back": LEAD_VERBS,
    "fatt": frozenset("ta tar tog".split()), "tak": frozenset("ta tar tok".split()),
    "fat": frozenset("tag tager tog få".split()),
    "out": frozenset("reach reached reaching reaches".split()), "touch": frozenset({"in"}),
    "base": frozenset({"touch"}),
}
REACH_PREPOSITIONS = frozenset("till til to i with".split())
# The agent of a passive that only a person does: approving, signing,
# ordering, booking ("Offerten godkändes av Anna i går", "Tilbudet ble
# godkjent av Ole", "Tilbuddet blev godkendt af Mette", "The quote was
# approved by John"), where the name ends its clause or comes before a
# preposition or a time word (REACH_AFTER).
AGENT_PREPOSITIONS = frozenset("av af by".split())
# Talking to someone, as a to-do says it ("Tala med Anna om förlängningen",
# "Snakk med Ole", "Tal med Mette", "Talk to John about"): where the name
# ends its clause or comes before a preposition or a time word.
TALK_VERBS = frozenset("tala prata snakk snakke tal tale talk speak".split())
_TALK_PREPOSITIONS = frozenset("med with to till til".split())
# Covering for someone ("Erik vikarierar för Anna", "Kari er vikar for Ole",
# "Søren dækker for Mette", "David is covering for John"): the word before
# "för"/"for".
COVER_WORDS = frozenset("""
    vikarierar vikarierade vikarie vikar vikarierer vikarierte vikarierede
    dækker dækkede covering covers covered
""".split())
_COVER_PREPOSITIONS = frozenset("för for".split())
AGENT_PARTICIPLES = frozenset("""
    godkändes godkänd godkänt godkända signerades signerad signerat
    underskrevs underskriven underskrivet beställdes beställd beställt
    bokades bokad bokat
    godkjent godkjente godkjendt signert signerte underskrevet underskrevne
    bestilt bestilte booket
    godkendt godkendte signeret underskrevne bestilte
    approved signed countersigned ordered booked requested
""".split())
# The prepositions whose verb before them _lead_before reads.
_VERB_PREPOSITIONS = _TALK_PREPOSITIONS | _COVER_PREPOSITIONS | AGENT_PREPOSITIONS
REACH_AFTER = frozenset("""
    i in på on om about for före før innan inden before till til until med
    with att at to och og and
    i morgon imorgon idag tomorrow today next nästa neste næste efter etter
    after this ensi huomenna
""".split())


def _reached(text: str, start: int) -> bool:
    """True if the name at ``start`` is the one to be reached (REACH_WORDS).

    >>> [_reached(t, t.index(n)) for t, n in (("Hör av dig till Anna i morgon", "Anna"),
    ...     ("Ring tilbake til Ole i morgen", "Ole"), ("Tag fat i Mette om fakturaen", "Mette"),
    ...     ("Reach out to John about it", "John"), ("Get in touch with John tomorrow", "John"),
    ...     ("Fly back to Sofia tomorrow", "Sofia"), ("Reach out to Alexa support", "Alexa"))]
    [True, True, True, True, True, False, False]
    """
    back = _words_back(text, start)
    if next(back, "").casefold() not in REACH_PREPOSITIONS:
        return False
    ahead = REACH_WORDS.get(next(back, "").casefold())
    if ahead is None or next(back, "").casefold() not in ahead:
        return False
    return _ends_clause(text, start, REACH_AFTER)


def _place_name(text: str, start: int) -> bool:
    """True if the word at ``start`` is a given name that is also a city or
    a place (CITY_NAMES, PLACE_NAMES): "beställt av Sofia i Bulgarien"."""
    m = _TOKEN.match(text, start)
    return m is not None and m.group().casefold() in _PLACES


def _ends_clause(text: str, start: int, allowed: frozenset[str]) -> bool:
    """True if the name at ``start`` ends its clause or comes before one of
    ``allowed`` (a preposition, a conjunction, a time word), not a noun it
    would modify ("Linnea restock", "Alexa support")."""
    m = _TOKEN.match(text, start)
    if m is None:
        return False
    after = _next_words(text, m.end(), 1)
    return not after or text[m.end():m.end() + 1] in ".,;:!?" or after[0].casefold().rstrip(_TRAIL) in allowed


def _waited_for(text: str, start: int, back: Iterator[str]) -> bool:
    """True if a verb of waiting or chasing stands before the preposition
    before ``start`` (``back`` walks on from it) and the name at ``start``
    ends its clause or comes before one of WAIT_AFTER.

    >>> def waited(t, name):
    ...     start = t.index(name)
    ...     back = _words_back(t, start)
    ...     next(back)
    ...     return _waited_for(t, start, back)
    >>> [waited(t, n) for t, n in (("Väntar på Anna innan vi skickar", "Anna"), ("Waiting on John.", "John"),
    ...     ("Väntar på Linnea i lager", "Linnea"), ("Waiting on Linnea restock", "Linnea"),
    ...     ("Det ligger på Anna", "Anna"))]
    [True, True, False, False, False]
    """
    if next(back, "").casefold() not in WAIT_VERBS:
        return False
    return _ends_clause(text, start, WAIT_AFTER)


def _naming(text: str, start: int) -> bool | None:
    """Whether the words before ``start`` name a person (NAMING_VERBS,
    NAME_NOUNS): True for a pronoun or a person noun before a verb of
    naming, past a copula and a relative ("Jag heter", "en kund som heter",
    "She is called"), or for a person's name noun and a copula ("Mitt namn
    är", "Nimeni on"); False for anything else before a verb of naming
    ("Båten heter", "The boat is called"); None where no naming stands,
    as for "called" right after any other word, a call ("I called").

    >>> [_naming(t, len(t)) for t in ("Jag heter ", "en kund som heter ", "She is called ",
    ...     "The boat is called ", "Båten heter ", "I called ", "Mitt namn är ", "Kundens namn är ", "Det är ")]
    [True, True, True, False, False, None, True, True, None]
    """
    back = _words_back(text, start)
    word = next(back, "")
    lead = word.casefold()
    if lead in NAMING_VERBS:
        before = next(back, "").casefold()
        if lead == "called" and before not in _NAMING_SKIPS:
            return None  # "I called Anna": a call, as LEAD_VERBS has it
        while before in _NAMING_SKIPS:
            before = next(back, "").casefold()
        return before in NAMED_SUBJECTS
    if lead in COPULAS and word == lead and _person_name_noun(next(back, ""), back):
        return True
    return None


def _person_name_noun(word: str, back: Iterator[str]) -> bool:
    """True if ``word`` (before a copula) is a person's name noun: "nimeni"
    (my name), or "namn", "navn", "name", "nimi" after one of NAME_OWNERS
    or a person noun's genitive ("Mitt namn", "My name", "Kundens namn")."""
    word = word.casefold()
    if word in OWN_NAME_NOUNS:
        return True
    if word not in NAME_NOUNS:
        return False
    owner = next(back, "").casefold()
    return owner in NAME_OWNERS or owner.removesuffix("'s").removesuffix("s") in NAMED_SUBJECTS


_TO = frozenset("till til to".split())
_AUX_OR_COPULA = AUXILIARIES | COPULAS


def _role_before(back: Iterator[str]) -> bool:
    """True if one of ROLE_NOUNS is among the next four of the words
    ``back`` walks (_words_back), in the same sentence ("Kontaktperson vid
    frånvaro är")."""
    for word in islice(back, 4):
        if word[-1] in ".;:!?":
            return False
        if word.casefold().rstrip(",") in ROLE_NOUNS:
            return True
    return False


def _asked(text: str, start: int, end: int) -> bool:
    """True for "Be Anna att ...", "Bed Mette om at ..." (ASK_VERBS)."""
    if _prev_word(text, start).casefold() not in ASK_VERBS or text[end:end + 1] != " ":
        return False
    after = _next_words(text, end, 1)
    return bool(after) and after[0].casefold() in ASK_AFTER


def _with_writer(text: str, start: int, end: int) -> bool:
    """True if the name text[start:end] and a first-person pronoun are
    joined by one of _SERIES_AND (WRITER_PRONOUNS).

    >>> [_with_writer(t, t.index(n), t.index(n) + len(n)) for t, n in (("Anna och jag gick", "Anna"),
    ...     ("Jag och Anna gick", "Anna"), ("John and I met", "John"), ("Me and Sarah met", "Sarah"),
    ...     ("Minä ja Aino kävimme", "Aino"), ("Anna och i morgon", "Anna"), ("Anna och Erik", "Anna"),
    ...     ("Alexa and I are not friends", "Alexa"))]
    [True, True, True, True, True, False, False, False]
    """
    def pronoun(word: str) -> bool:
        word = word.rstrip(_TRAIL)
        return word == "I" or (word.casefold() in WRITER_PRONOUNS)

    if text[start:end].casefold() in ASSISTANT_NAMES:
        return False  # "Alexa and I are not friends"
    if text[end:end + 1] == " ":
        after = _next_words(text, end, 2)
        if len(after) == 2 and after[0] in _SERIES_AND and pronoun(after[1]):
            return True
    back = _words_back(text, start)
    word = next(back, "")
    return word in _SERIES_AND and pronoun(next(back, ""))


def _from_department(text: str, end: int) -> bool:
    """True if a department follows the name ending at ``end``, after one of
    DEPARTMENT_PREPOSITIONS or, in Finnish, in the elative or ablative.

    >>> [_from_department(t, t.index(" ")) for t in ("Anna på kundtjänst har svarat", "Ole fra regnskap ringte",
    ...     "John from accounting approved", "Aino asiakaspalvelusta vastasi", "Sarah in HR said",
    ...     "Pekka talousosastolta soitti", "Ole fra IT-avdelingen", "John from the sales department",
    ...     "Linnea från lagret", "Sofia från Arlanda", "Emma in it", "Emma in sales figures rose", "Sarah in sales.")]
    [True, True, True, True, True, True, True, True, False, False, False, False, True]
    """
    after = _next_words(text, end, 4)
    if not after or text[end:end + 1] != " ":
        return False
    first = after[0]
    word = first.rstrip(_TRAIL)
    if word.islower() and (word.endswith(FI_DEPARTMENT_ENDINGS) or (
            word in DEPARTMENTS and word.endswith(("sta", "stä")))):
        return True  # "Aino asiakaspalvelusta", "Pekka talousosastolta"
    if first not in DEPARTMENT_PREPOSITIONS or len(after) < 2:
        return False
    k = 2 if after[1] == "the" and len(after) > 2 else 1  # "John from the sales department"
    dept = after[k].rstrip(_TRAIL)
    if not (dept in DEPARTMENT_CODES or dept.casefold().endswith(DEPARTMENT_ENDINGS) or (
            dept.islower() and dept in DEPARTMENTS)):
        return False
    if first in _FROM or after[k] != dept or k + 1 == len(after):
        return True
    # "på", "i", "in", "at": where a thing is listed too ("Emma in sales
    # figures"), so the department must end the name's phrase
    return after[k + 1].rstrip(_TRAIL).casefold() in _DEPARTMENT_NEXT


FROM_PLACE = frozenset("från fra from i in".split())


def _from_place(text: str, start: int, end: int) -> bool:
    """True if a place (one or two capitalised words after one of
    FROM_PLACE) and a person's deed follow the name text[start:end], which
    is no city itself ("Sofia i Bulgarien har svarat": the city's office).

    >>> [_from_place(t, 0, t.index(" ")) for t in ("Erik från Karlstad ringde i morse", "John from Leeds called",
    ...     "Anna i Nya Zeeland har svarat", "Emma fra Aalborg er udsolgt", "Anna från ekonomi ringde",
    ...     "Anna från Karlstad.", "Sofia i Bulgarien har svarat")]
    [True, True, True, False, False, False, False]
    """
    if text[end:end + 1] != " " or _place_name(text, start):
        return False
    words = _next_words(text, end, 9)
    if len(words) < 3 or words[0] not in FROM_PLACE:
        return False
    k = 1
    while k < 3 and k < len(words) and words[k][:1].isupper() and words[k][-1] not in _TRAIL:
        k += 1
    if k == 1 or k == len(words):
        return False
    rest = words[k:]
    return _deed_follows([w.casefold() for w in rest]) or _event_follows(rest)


def _thanked(text: str, start: int, end: int) -> bool:
    """True if the name text[start:end] ends a sentence that opens with
    thanks (THANKS_WORDS), at most seven words before it.

    >>> [_thanked(t, t.index(n), t.index(n) + len(n)) for t, n in (("Tack för i dag, Anna!", "Anna"),
    ...     ("Thanks for your help today, John.", "John"), ("Kiitos avusta, Aino!", "Aino"),
    ...     ("Tusind tak for hjælpen Mette.", "Mette"), ("Thanks for tonight, Sofia!", "Sofia"),
    ...     ("Tack för resan till Anna.", "Anna"), ("Tack för i dag, Anna, vi ses", "Anna"),
    ...     ("Tack för hjälpen Anna!", "Anna"), ("Thanks for choosing Emma!", "Emma"),
    ...     ("Tack för att du valde Linnea!", "Linnea"), ("Thank you, Sarah.", "Sarah"))]
    [True, True, True, True, False, False, False, True, False, False, True]
    """
    if text[end:end + 1] not in ("", ".", "!") or _place_name(text, start):
        return False
    words = []
    for word in islice(_words_back(text, start), 8):
        if word[-1] in ".!?:;":
            break
        words.append(word)
    if not words or len(words) > 7 or words[0].rstrip(",").casefold() in _NOT_BEFORE_VOCATIVE:
        return False
    at = next((n for n in (len(words) - 1, len(words) - 2) if n >= 0 and words[n].rstrip(",!").casefold()
               in THANKS_WORDS), None)
    if at is None:
        return False
    if words[0].endswith(","):
        return True  # "Tack för i dag, Anna!"
    # Without a comma only thanks "for" one thing ("Tack för hjälpen Anna!",
    # "Kiitos avusta Aino!"), not a deed ("Thanks for choosing Emma!", "Tack
    # för att du valde Linnea!": a product's)
    between = [w.casefold() for w in reversed(words[:at])]
    return (len(between) == 1 or (len(between) == 2 and between[0] in _FOR)) and not between[-1].endswith("ing")


def _sent_document(word: str, back: Iterator[str]) -> bool:
    """True if ``word`` is a document or a message and a verb of sending is
    among the next three of the words ``back`` walks before it (_words_back:
    "Skicka offerten till", "Forward the email to", "Send the signed
    contract to")."""
    if word.casefold() not in DOCUMENT_WORDS:
        return False
    for word in islice(back, 3):
        if word[-1] in ".,;:!?":
            return False
        if word.casefold() in SEND_VERBS:
            return True
    return False


_SERIES_AND = frozenset("and & och og ja".split())


def _series_link(text: str, toks, k: int, step: int = 1) -> tuple[int, str] | None:
    """The token that joins toks[k] in a series of names, after it (``step``
    1) or before it (-1), and what joins them: "," or "&", or "and" for a
    joining word that is a token itself ("och", "og", "ja", "and"); None
    where nothing joins them.  _firm_of_names and _series_step read series
    with it.

    >>> t = "Anna, Kalle och Erik & Co"
    >>> toks = _tokens(t)
    >>> _series_link(t, toks, 0), _series_link(t, toks, 1), _series_link(t, toks, 3), _series_link(t, toks, 3, -1)
    ((1, ','), (3, 'and'), (4, '&'), (1, 'and'))
    """
    j = k + step
    if not 0 <= j < len(toks):
        return None
    gap = text[toks[min(k, j)][1]:toks[max(k, j)][0]]
    if gap == ", ":
        return j, ","
    if gap.strip() in _SERIES_AND:  # "Craig & Smith"
        return j, gap.strip()
    if gap == " " and text[toks[j][0]:toks[j][1]] in _SERIES_AND:
        n = j + step  # "Edwards and Gardner": the word between is a token too
        if 0 <= n < len(toks) and text[toks[min(j, n)][1]:toks[max(j, n)][0]] == " ":
            return n, "and"
    return None


def _firm_of_names(text: str, toks, i: int, at: bool = False) -> bool:
    """True if toks[i] opens a series of names of which one is no given name
    ("Martin, Edwards and Gardner", "Ryan, Craig & Smith"): a firm named after
    its partners, where "Anna, Kalle och Erik" are three persons.

    ``at``: the series follows "hos" (at), where firms are met as often as
    people.  There a series with "&" or a comma is a firm whatever its
    names ("hos Martin & Servera", "hos Bradley, Francis and Parker"), and
    so is one with an unknown capitalised partner ("hos Martin och
    Servera"); "hos Lisa och Kalle" is at their home.

    >>> [_firm_of_names(t, _tokens(t), 0) for t in ("Ryan, Craig & Smith", "Anna, Kalle och Erik", "Anna, tack")]
    [True, False, False]
    >>> [_firm_of_names(t, _tokens(t), 0, at=True) for t in ("Bradley, Francis and Parker", "Martin & Servera",
    ...     "Martin och Servera", "Lisa och Kalle", "Anna, Storgatan 5")]
    [True, True, True, False, False]
    """
    k, members, family, marked = i, 0, False, False
    while (link := _series_link(text, toks, k)) is not None:
        nxt, joint = link
        marked |= joint in (",", "&")
        f = toks[nxt][2]
        if f & (STOP | LOWER) or not (f & NAMEISH or (at and joint != "," and not f & BLOCK)):
            break  # the series ends: "Ryan, Craig & Smith, Storgatan 5"
        family |= not f & FIRST
        members += 1
        k = nxt
    return members > 0 and (family or (at and marked))


# A relative pronoun between the name and the person's verb: a cleft or
# a clause ("Det var Anna som ringde", "Det var Mette, der ringede", "It
# was John who called", "Se oli Aino, joka soitti").  Swedish "som" is a
# thing's too, so the verb still decides ("Det var Linnea som sålde bäst").
RELATIVES = frozenset("som der who that joka".split())
# What may follow a department after "på", "i", "in", "at" (_from_department).
_DEPARTMENT_NEXT = _AUX_OR_COPULA | PERSON_VERBS | WORD_NAME_VERBS | _SERIES_AND | RELATIVES | frozenset(
    "team teamet sa sade sier sagde said says".split())


# A place's prepositions: a name after one is no subject of the verb after
# it ("Maria från Mariestad ringde", "Kunden från Karlstad ringde"), unless
# a relative comes first ("Skickade offerten till Anna som ringde").
_PLACE_PREPOSITIONS = frozenset("från fra from i in på till til to at av of".split())
# No vocative after these (_thanked: "Tack för resan till Anna").
_NOT_BEFORE_VOCATIVE = _PLACE_PREPOSITIONS | frozenset("on för for med with af".split())


def _subject_verb_follows(text: str, toks, i: int, prev: str) -> bool:
    """_verb_follows, for a name that is a verb's subject: ``prev`` (the word
    before, case-folded) is none of _PLACE_PREPOSITIONS, or a relative
    follows.

    >>> [_subject_verb_follows(t, _tokens(t), n, p) for t, n, p in (("Kunden från Karlstad ringde", 2, "från"),
    ...     ("Skickade det till Anna som ringde", 3, "till"), ("Hej, Anna ringde", 1, "hej,"))]
    [False, True, True]
    """
    if prev in _PLACE_PREPOSITIONS:
        after = _next_words(text, toks[i][1], 1)
        if not after or after[0].casefold() not in RELATIVES:
            return False
    return _verb_follows(text, toks, i)


def _verb_follows(text: str, toks, i: int) -> bool:
    """True if what follows toks[i] is what only a person does: a person's
    verb ("Anna skrev"), an auxiliary and one ("Anna kommer att ringa",
    "John has already called"), being away ("Ole er syk", "Maija on
    lomalla", "John is on holiday") or a life event (_event_follows), also
    after a relative (RELATIVES).

    >>> [_verb_follows(t, _tokens(t), 0) for t in ("Anna skrev", "Anna kommer att ringa",
    ...     "Anna kommer att regna", "John is off sick", "Anna är slut", "Anna som ringde",
    ...     "Mette, der ringede", "Linnea som sålde bäst", "Anna, ringde", "Emma was approved",
    ...     "Aino jäi eläkkeelle")]
    [True, True, False, True, False, True, True, False, False, False, True]
    """
    end = toks[i][1]
    if _role_apposition(text, end):
        return True  # "Anna, ekonomiansvarig, meddelade", "John, our finance manager,", "Lindqvist (VD)"
    if text.startswith(("'s ", "’s "), end):  # "John's out until Monday": is
        raw = _next_words(text, end + 2, 6)
        return bool(raw) and _deed_follows(["is"] + [w.casefold() for w in raw])
    if text[end:end + 2] == ", ":  # "Det var Mette, der ringede": only a relative after a comma
        raw = _next_words(text, end + 1, 7)
        if not raw or raw[0].casefold() not in RELATIVES:
            return False
    elif text[end:end + 1] == " ":
        raw = _next_words(text, end, 7)
    else:
        return False
    if raw and raw[0].casefold() in RELATIVES:
        raw = raw[1:]  # "Det var Anna som ringde", "It was John who called"
    if not raw:
        return False
    return _deed_follows([w.casefold() for w in raw]) or _event_follows(raw)


# The last word of an apposition that gives a person's role ("Anna,
# ekonomiansvarig, meddelade", "Ole, daglig leder, ringte", "John, our
# finance manager, confirmed"): one of ROLE_NOUNS or a word ending in one
# of these.  Not "säljare" as an ending: "Linnea, vår bästsäljare," is a
# product.
ROLE_ENDINGS = (
    "ansvarig", "ansvarige", "ansvarlig", "chef", "chefen", "sjef", "sjefen", "leder", "lederen",
    "manager", "director", "officer", "päällikkö", "johtaja", "koordinator", "koordinaattori",
    "assistent", "assistant", "controller", "vd", "ceo", "cfo", "cto", "direktør", "direktör", "direktøren",
)


_PARENTHESES = re.compile(r" ?\(([^\W\d_][^()\d]{0,38})\)")


def _role_apposition(text: str, end: int) -> bool:
    """True if a comma, one to four words that give a person's role and a
    comma follow ``end``, or the role in parentheses (ROLE_NOUNS,
    ROLE_ENDINGS).

    >>> [_role_apposition(t, 4) for t in ("Anna, ekonomiansvarig, meddelade", "John, our finance manager, said",
    ...     "Anna, vår bästsäljare, är slut", "Anna, Erik och Karin", "Anna, ekonomiansvarig", "Anna (VD) är",
    ...     "Anna (daglig leder)", "Emma (the boat) is", "Emma (2019)")]
    [True, True, False, False, False, True, True, False, False]
    """
    inside = _PARENTHESES.match(text, end)
    if inside is not None:  # "Lindqvist (VD)", "Ole (daglig leder)"
        role = inside.group(1).split()[-1].casefold()
        return role in ROLE_NOUNS or role.endswith(ROLE_ENDINGS)
    if text[end:end + 2] != ", ":
        return False
    for w in _next_words(text, end + 1, 4):
        if w[-1:] in ".;:!?":
            return False
        if w.endswith(","):
            role = w[:-1].casefold()
            return role in ROLE_NOUNS or role.endswith(ROLE_ENDINGS)
        if not w.islower():
            return False  # "Anna, Erik och Karin": a series
    return False


# A phone number or an e-mail address right after a name, as a contact
# line writes it ("Anna (070-174 06 05)", "Anna: 070-174 06 05",
# "Lindqvist, tel. 070-174 06 05", "Anna <kund@example.se>"): in
# parentheses, after a colon or in angle brackets, a number must look like
# one (a "+", a trunk "0", or three groups of digits: not "(2019)", "3.2.1"
# or "400123"); after a contact label any seven digits or more do.
_PHONE = r"(?:\+\d(?:[ -]?\d){6,14}|0\d(?:[ -]?\d){5,13}|\d{2,4}(?:[ -]\d{2,4}){2,4})(?!\d)"
_EMAIL = r"[^\s<>@,;()]+@[^\s<>@,;()]+\.[^\W\d_]{2,}"
_CONTACT_LABEL = r"(?:tel|tlf|telefon|mob|mobil|puh|puhelin|phone|mobile|e-post|e-mail|email|mail|sähköposti)\.?:?"
_CONTACT_AFTER = re.compile(
    rf"(?:[ \t]?\([ \t]?(?:{_PHONE}|{_EMAIL})[ \t]?\)"
    rf"|:[ \t]+(?:{_PHONE}|{_EMAIL})(?![\w.])"
    rf"|[ \t]?<{_EMAIL}>"
    rf"|,?[ \t]+{_CONTACT_LABEL}[ \t]*(?:\+?\d(?:[ -]?\d){{6,14}}|{_EMAIL}))",
    re.IGNORECASE,
)


def _contact_follows(text: str, end: int) -> bool:
    """True if a contact detail follows the name ending at ``end``.

    >>> [_contact_follows(t, 4) for t in ("Anna (070-174 06 05) vill", "Anna: 070-174 06 05",
    ...     "Anna, tel. 070-174 06 05", "Anna <kund@example.se>", "Anna (+46 70 174 06 05)",
    ...     "Emma (2019) är", "Emma: 3.2.1", "Emma, art.nr. 400123", "Emma: 20190312", "Emma (1200 x 800 mm)")]
    [True, True, True, True, True, False, False, False, False, False]
    """
    return _CONTACT_AFTER.match(text, end) is not None


def _deed_follows(words: list[str]) -> bool:
    """The verb test of _verb_follows on the case-folded ``words`` after the name."""
    first = words[0].rstrip(_TRAIL)
    if first in PERSON_VERBS:
        return True
    if words[0] != first:
        return False  # "Anna har." ends the clause: no verb follows
    rest = [w.rstrip(_TRAIL) for w in words[1:]]
    if _cares(rest, first):
        return True  # "Anna tar hand om reklamationen", "John will handle the complaint"
    if first not in _AUX_OR_COPULA:
        return False
    if first in COPULAS and rest:
        if _unreachable(rest):
            return True  # "Anna var inte anträffbar", "Ole var ikke å treffe", "John was not reachable"
        if _role_after_copula(rest, first):
            return True  # "Anna är inköpschef", "Aino on asiakkaan ostopäällikkö", "John is head of sales"
        if rest[0] in HAPPY_WORDS and (len(rest) == 1 or rest[1] in HAPPY_AFTER or rest[1].endswith(("sta", "stä"))):
            return True  # "Anna är glad över", "Aino on iloinen uudesta", "John is happy with"
        if rest[0] in _AWAY_OR_MOOD:
            return True
        if rest[0] in AWAY_PREPOSITIONS and any(
                n in AWAY_NOUNS or n in AWAY_WORDS or n.endswith(LEAVE_TAILS) for n in rest[1:3]):
            return True  # "på semester", "on holiday", "off sick", "on maternity leave"
        if rest[:1] == ["out"] and (rest[1:2] in (["until"], ["till"]) or rest[1:3] == ["of", "office"]):
            return True  # "John's out until Monday", "is out of office"; not "out of stock"
    if first == "ei" and "tavoitettavissa" in rest[:3]:
        return True  # "Aino ei ollut tavoitettavissa"
    for k, w in enumerate(rest[:3]):
        if w in PERSON_FORMS:
            if rest[k + 1:k + 2] in (["sig"], ["seg"], ["itself"]) or rest[k + 1:k + 3] == ["for", "itself"]:
                return False  # "Linnea har betalt sig hjem", "Emma has paid for itself"
            if w in PERFECT_ONLY and first not in _HAVE:
                return False  # "Fakturan är betald", "... og Aune er betalt": a state, not a deed
            return not (first in _EN_BE and w in THING_PASSIVES)  # "Emma was approved": a passive
        if w not in AUX_FILLERS or words[k + 1] != w:
            return False
    return False


# Taking care of a case ("Anna tar hand om reklamationen", "Ole tar seg av
# saken", "Mette tager sig af sagen", "Aino hoitaa reklamaation", "John
# will handle the complaint", "John takes care of the account"): the words
# of CARE_PHRASES after the name (or an auxiliary), a determiner at most,
# and a case, a customer or a document (CASE_STEMS); not "Emma tar hand om
# ryggen" (a mattress), nor "Alexa will handle the lights".
CARE_PHRASES = (
    ("tar", "hand", "om"), ("tog", "hand", "om"), ("ta", "hand", "om"), ("tar", "hånd", "om"),
    ("tar", "seg", "av"), ("tok", "seg", "av"), ("ta", "seg", "av"), ("tager", "sig", "af"),
    ("tog", "sig", "af"), ("tage", "sig", "af"), ("sköter",), ("skötte",), ("sköta",), ("hoitaa",),
    ("hoiti",), ("hoitavat",), ("handles",), ("handled",), ("handle",), ("handling",),
    ("takes", "care", "of"), ("took", "care", "of"), ("take", "care", "of"), ("taking", "care", "of"),
)
CASE_DETERMINERS = frozenset("den det de the this that our this denna detta dette denne kunden hans hennes".split())
CASE_STEMS = (
    "ärende", "reklamation", "reklamasjon", "reklamaatio", "sak", "sag", "kund", "faktura", "lever",
    "order", "ordre", "bestilling", "beställning", "avtal", "kontrakt", "offert", "tilbud", "complaint",
    "case", "account", "invoice", "refund", "renewal", "onboarding", "contract", "quote", "asia", "asiak",
    "lasku", "tilau", "sopimu", "tarjou", "uppsägning", "oppsigelse", "opsigelse", "customer", "client",
)


def _cares(rest: list[str], first: str) -> bool:
    """True if ``first`` (the word after the name) and ``rest`` take care of
    a case (CARE_PHRASES, CASE_STEMS); ``first`` may be an auxiliary."""
    words = [first] + rest
    if first in AUXILIARIES and rest:
        words = rest  # "John will handle", "Ole skal ta seg av"
    for phrase in CARE_PHRASES:
        n = len(phrase)
        if tuple(words[:n]) == phrase:
            tail = words[n:n + 2]
            if tail and tail[0] in CASE_DETERMINERS:
                tail = tail[1:]
            return bool(tail) and tail[0].startswith(CASE_STEMS)
    return False


_EN_BE = frozenset("is was are were".split())
# Out of reach, which only a person is said to be ("Anna var inte
# anträffbar", "Ole var ikke å treffe", "Mette var ikke til at træffe",
# "John was not reachable"; the Finnish "Aino ei ollut tavoitettavissa" in
# _deed_follows's auxiliary reading).
UNREACHABLE = frozenset("anträffbar anträffbart nåbar träffbar treffbar kontaktbar reachable contactable".split())


def _unreachable(rest: list[str]) -> bool:
    """True if ``rest`` (case-folded words after a copula) is out of reach.

    >>> [_unreachable(t.split()) for t in ("inte anträffbar", "ikke å treffe", "ikke til at træffe",
    ...     "not reachable", "inte tillgänglig", "ikke å få tak i")]
    [True, True, True, True, False, False]
    """
    if not rest or rest[0] not in NOT_WORDS:
        return False
    tail = rest[1:4]
    return (tail[:1] != [] and tail[0] in UNREACHABLE) or tail[:2] in (["å", "treffe"], ["å", "nå"]) \
        or tail[:3] == ["til", "at", "træffe"]
# Pleased with something ("Anna är glad över", "Ole er glad for", "Aino on
# iloinen uudesta versiosta", "John is happy with"): not "happy to", as a
# firm "is happy to announce".
HAPPY_WORDS = frozenset("glad glada iloinen happy pleased delighted".split())
HAPPY_AFTER = frozenset("över for för med with about over".split())
# A job title after a copula ("Anna är inköpschef", "Ole er innkjøpssjef",
# "Mette er vores indkøbschef", "Aino on asiakkaan ostopäällikkö", "John is
# the new sales manager", "John is head of procurement"): at most two of
# ROLE_FILLERS (or, after the Finnish "on", a genitive), then a word ending
# in one of ROLE_ENDINGS; not "säljare" ("Linnea är bästsäljare").
ROLE_FILLERS = frozenset("""
    en ett et ei a an the our vår vårt vores deres deras their his her hans
    hennes hendes ny nya nye nyt new kundens kundes customer's firmans
    interim
""".split())


def _role_after_copula(rest: list[str], copula: str) -> bool:
    """The job-title test of _deed_follows (``rest``: case-folded words
    after the copula).

    >>> [_role_after_copula(t.split(), c) for t, c in (("inköpschef hos kunden", "är"),
    ...     ("asiakkaan ostopäällikkö", "on"), ("head of procurement", "is"), ("the new sales manager", "is"),
    ...     ("bästsäljare i butiken", "är"), ("slut", "är"), ("markkinajohtaja", "on"), ("markedsleder i Norge", "er"))]
    [True, True, True, True, False, False, False, False]
    """
    k = 0
    while k < 2 and k < len(rest) and (rest[k] in ROLE_FILLERS or (
            copula in ("on", "oli") and rest[k].endswith("n") and k + 1 < len(rest))):
        k += 1
    if k >= len(rest):
        return False
    word = rest[k]
    if word == "head":
        return rest[k + 1:k + 2] == ["of"]
    if k + 1 < len(rest) and rest[k + 1] in ("manager", "director", "officer"):
        word = rest[k + 1]  # "the new sales manager"
    return word.endswith(ROLE_ENDINGS) and not word.startswith(MARKET_LEADER)


# A firm or a product leads its market too ("Alma on markkinajohtaja",
# "Emma er markedsleder"): not a job title.
MARKET_LEADER = ("markkinajoht", "markedsled", "markedsføren", "marknadsled", "markedsfører")
# Participles that are a state after a copula ("Fakturaen er betalt", "is
# paid"): a deed only in the perfect, after "har", "has", "on" (_HAVE).
PERFECT_ONLY = frozenset("beställt bestilt betalat betalt paid godkänt godkjent godkendt".split())
# English participles a thing undergoes as well as a person: after "is" or
# "was" they make a passive that says nothing of who the subject is ("Emma
# was approved", "Linnea was ordered", "Emma was sent"), where "John was
# contacted" still names a person.
THING_PASSIVES = frozenset("approved accepted ordered bought paid sent confirmed retired".split())


def _event_follows(words: list[str]) -> bool:
    """True if ``words`` (as written, after a given name) record a life
    event of a person: retiring, coming back from leave, moving, passing
    away, asking for something, getting back to someone, changing a
    contact detail (PENSION_WORDS ... MOVE_VERBS).

    >>> [_event_follows(t.split()) for t in ("har gått i pension.", "jäi eläkkeelle",
    ...     "er tilbake fra ferie", "is back from parental leave", "palaa äitiyslomalta",
    ...     "er tilbage på lager", "har flyttet til Trondheim", "muutti Tampereelle", "har flyttat och fått",
    ...     "flyttet seg østover", "er flyttet til en ny kaj", "kommer tillbaka till varvet")]
    [True, True, True, True, True, False, True, True, True, False, False, False]
    >>> [_event_follows(t.split()) for t in ("passed away", "bad om en faktura", "requested a new invoice",
    ...     "requested your location", "kommer tilbake til oss", "kommer ikke tilbake", "palaa asiaan",
    ...     "har bytt telefonnummer", "har bytt ägare")]
    [True, True, True, False, True, False, True, True, False]
    """
    bare = []
    for w in words[:6]:
        bare.append(w.casefold().rstrip(_TRAIL))
        if w[-1:] in ".;:!?":
            break
    if _role_follows(bare) or _document_deed(bare) or _occasion_follows(bare) or _in_touch(bare) \
            or any(tuple(bare[:len(p)]) == p for p in MARRIED):
        return True  # _in_touch: "hörde av sig", "tok kontakt", "otti yhteyttä", "got in touch"
    for k, w in enumerate(bare):
        before = bare[k - 1] if k else ""
        if w in PENSION_WORDS and before in ("i", "på", "med") or w == "eläkkeelle":
            return True  # "gått i pension", "gikk av med pensjon", "jäi eläkkeelle"
        if w in BACK_WORDS and bare[k + 1:k + 2] and bare[k + 1] in BACK_FROM:
            return any(n.endswith(LEAVE_TAILS) or n in AWAY_NOUNS for n in bare[k + 2:k + 4])
        if w in BACK_WORDS and bare[k + 1:k + 2] and bare[k + 1] in _TO:
            return bare[k + 2:k + 3] != [] and bare[k + 2] in BACK_TO_US  # "tilbake til oss"
        if w in FI_BACK_VERBS and k + 1 < len(bare):  # "palaa äitiyslomalta", "palaa asiaan"
            return bare[k + 1].endswith(FI_LEAVE_TAILS) or bare[k + 1] == "asiaan"
        if w in AWAY_VERBS and bare[k + 1:k + 2] in (["bort"], ["away"]):
            return True  # "gick bort", "passed away"
        if w in ASK_FOR and bare[k + 1:k + 2] == ["om"]:
            return True  # "bad om en ny faktura"
        if w in REQUEST_VERBS:
            return any(n in DOCUMENT_WORDS or n in REQUESTS for n in bare[k + 1:k + 4])
        if w in CHANGE_VERBS:  # "bytt telefonnummer", "bytt jobb"
            return any(n.endswith(DETAIL_TAILS) or n in JOB_NOUNS for n in bare[k + 1:k + 4])
        if w in SIT_VERBS or (w in COPULAS and k == 0):
            rest = [n for n in bare[k + 1:k + 4] if n not in ("a", "an", "en", "ett", "et")]
            if rest and (rest[0] in MEETINGS or (rest[0] in ("i", "in", "på") and rest[1:2] and rest[1] in MEETINGS)):
                return True  # "sitter i möte", "is in a meeting", "on kokouksessa"
            if rest and rest[0] in REMOTE_WORK:
                return True  # "on etätöissä"
            if w in SIT_VERBS:
                return False
        if ((w in WORK_VERBS and bare[k + 1:k + 2] and bare[k + 1] in WORK_AT and words[k + 2:k + 3]
                and words[k + 2][:1].isupper()) or (w in FI_WORK_VERBS and words[k + 1:k + 2]
                                                    and words[k + 1][:1].isupper())) \
                and not _retail(words):
            return True  # "jobbar på Scania", "arbejder hos Maersk", "works at Ericsson", "työskentelee Koneella"
        if w in START_VERBS and (k == 0 or (k == 1 and bare[0] in AUXILIARIES)) \
                and _date_follows([w.casefold().rstrip(_TRAIL) for w in words[k + 1:k + 6]]) and not _retail(words):
            return True  # "börjar den 3 mars", "slutter 30. april", "starts on Monday", "aloittaa maaliskuussa"
        if w in _HAVE_OR_POSE and any(n.startswith(QUESTION_STEMS) for n in bare[k + 1:k + 3]):
            return True  # "hade frågor om", "had questions about", "esitti kysymyksiä"
        if k == 0 and w in COVER_WORDS and bare[1:2] in (["för"], ["for"]) and words[2:3] and words[2][:1].isupper():
            return True  # "John covers for Sarah", "Erik vikarierar för Anna": both are persons
        if w in GOT_VERBS and any(n in CHILD_WORDS for n in bare[k + 1:k + 4]):
            return True  # "fikk barn", "sai lapsen"
        if w in WORK_VERBS:
            after = bare[k + 1:k + 3]
            if after and (after[0] in PART_TIME or (after[0] == "på" and after[1:2] and (
                    after[1] in PART_TIME or after[1] == "nedsat"))):
                return True  # "jobbar deltid", "arbejder på nedsat tid", "works part-time"
            return bool(after) and (after[0] in FROM_HOME or after == ["from", "home"])  # "jobbar hemifrån"
        if w in LIVE_VERBS:
            at = k + 1
            while at < len(bare) and bare[at] in LIVE_FILLERS:
                at += 1
            if at < len(bare) and w.startswith("asu"):
                return words[at][:1].isupper()  # "asuu Tampereella"
            return at + 1 < len(bare) and bare[at] in ("i", "in", "på") and words[at + 1][:1].isupper()
        if w in PICK_UP_VERBS and bare[k + 1:k + 2] and bare[k + 1] in NOT_WORDS:
            return bare[k + 2:k + 3] != [] and bare[k + 2].startswith("telefon")  # "tar ikke telefonen"
        if (w in EN_NOT_AUX or (w in ("is", "was", "does", "did") and bare[k + 1:k + 2] == ["not"])) and k == 0:
            return any(n in ANSWERING for n in bare[k + 1:k + 3])  # "isn't answering", "doesn't answer"
        if w in PREFER_VERBS and k == 0:
            return any(n.startswith(CHANNEL_STEMS) and ("-" not in n or n.startswith(("e-", "sms-")))
                       for n in bare[k + 1:k + 6])  # "föredrar telefon", not "prefers phone-free evenings"
        if w in REMOTE_WORK:
            return True  # "tekee etätöitä"
        if w in QUIT_VERBS:
            rest = [n for n in bare[k + 1:k + 4] if n not in _WORKPLACE_SKIPS]
            ends = k + 1 == len(bare) or bare[k + 1] in _MOVE_ON
            return ends or (bool(rest) and rest[0] in WORKPLACES)  # "har slutat och", "has left the company"
        if w in GOT_VERBS:
            return any(n in JOB_NOUNS for n in bare[k + 1:k + 3]) or any(
                n.startswith(PASSWORD_STEMS) for n in bare[k + 1:k + 4])  # "har fått nytt jobb", "nytt lösenord"
        if k == 0 and w.isalpha() and w not in _SERIES_AND and w not in _PLACE_PREPOSITIONS and bare[1:3] \
                and ("his" in bare[1:3] or "her" in bare[1:3]):
            return True  # "John reset his password", "Sarah forgot her login"
        if w in MOVE_VERBS:
            if k + 1 >= len(bare):
                return False
            after = words[k + 1:k + 3]
            if bare[k + 1] in _TO:
                return len(after) > 1 and after[1][:1].isupper()  # "til Trondheim", not "til en ny kaj"
            if w.startswith("muut"):
                return after[0][:1].isupper()  # "muutti Tampereelle"
            return bare[k + 1] in _MOVE_ON  # "har flyttat och fått ny adress"
    return False


# Needing or having received a document ("Anna behöver en ny offert", "Ole
# trenger et nytt tilbud", "Mette har brug for et tilbud", "Aino tarvitsee
# uuden tarjouksen", "John needs a quote", "Erik fick fel faktura", "John
# received the wrong invoice"): the verb, at most three of DOCUMENT_FILLERS,
# and a document (DOCUMENT_WORDS, or a Finnish one in FI_MESSAGES).
NEED_VERBS = frozenset("""
    behöver behövde trenger trengte tarvitsee tarvitsi needs needed
    fick fikk fik sai received receives
""".split())
DOCUMENT_FILLERS = frozenset("""
    en ett et ei ny nytt nya nye nyt fel feil forkert forkerte rätt riktig
    korrekt uuden uusi väärän oikean a an the new wrong correct right
    another updated signed
""".split())


# Help that a person needs ("Anna behöver hjälp med inloggningen", "Ole
# trenger hjelp", "John needs help"; not "Alma behöver en uppdatering").
HELP_WORDS = frozenset("hjälp hjelp hjælp help apua".split())
# Logging in, which a person does ("Ole fikk ikke logget inn", "Mette
# kunne ikke logge ind", "John couldn't log in", "Aino ei päässyt
# kirjautumaan"): a verb of logging and "in" among the first five words
# after the name; the Finnish verb alone.
LOGIN_VERBS = frozenset("logga loggade loggat logge logget logget loggede log logged logging".split())
LOGIN_PARTICLES = frozenset("in inn ind on".split())


def _login_follows(bare: list[str]) -> bool:
    """True if ``bare`` (case-folded words after a name) logs in or fails to.

    >>> [_login_follows(t.split()) for t in ("fikk ikke logget inn", "couldn't log in", "loggade in i dag",
    ...     "ei päässyt kirjautumaan sisään", "couldn't load the page", "logget feilen")]
    [True, True, True, True, False, False]
    """
    for k, w in enumerate(bare[:5]):
        if w in LOGIN_VERBS:
            return bare[k + 1:k + 2] != [] and bare[k + 1] in LOGIN_PARTICLES
        if w.startswith("kirjautu"):
            return True
    return False


# Getting in touch ("Anna hörde av sig", "Ole tok kontakt", "Mette tog
# kontakt", "Aino otti yhteyttä", "John got in touch", "John reached
# out"), right after the name or an auxiliary.
IN_TOUCH = (
    ("hörde", "av", "sig"), ("hör", "av", "sig"), ("hört", "av", "sig"), ("tok", "kontakt"), ("tog", "kontakt"),
    ("tar", "kontakt"), ("tager", "kontakt"), ("ta", "kontakt"), ("tatt", "kontakt"), ("taget", "kontakt"),
    ("tagit", "kontakt"), ("otti", "yhteyttä"), ("ottaa", "yhteyttä"), ("ottanut", "yhteyttä"),
    ("got", "in", "touch"), ("gets", "in", "touch"), ("get", "in", "touch"), ("reached", "out"),
    ("reaches", "out"),
)


def _in_touch(bare: list[str]) -> bool:
    """True if ``bare`` opens with one of IN_TOUCH, or an auxiliary and one."""
    words = tuple(bare[1:] if bare[:1] and bare[0] in AUXILIARIES else bare)
    return any(words[:len(p)] == p for p in IN_TOUCH)


# Wanting a document or a demo ("Anna vill ha en offert", "Ole ønsker et
# tilbud", "Mette vil gerne have et tilbud", "Aino haluaa tarjouksen",
# "John wants a quote"): the verb, at most three of DOCUMENT_FILLERS and a
# document; not "Emma vil gerne have en fast madras".
WANT_PHRASES = (
    ("vill", "ha"), ("ville", "ha"), ("vil", "ha"), ("ønsker",), ("ønsket",), ("önskar",), ("vil", "gerne", "have"),
    ("vil", "have"), ("ønsker", "sig"), ("haluaa",), ("halusi",), ("toivoo",), ("wants",), ("wanted",),
    ("would", "like"),
)
DEMO_WORDS = frozenset("demo demon demoen demot demonstration genomgång gennemgang".split())


def _document_deed(bare: list[str]) -> bool:
    """True if ``bare`` (case-folded words after a name) says that the name
    needs or has received a document (NEED_VERBS).

    >>> [_document_deed(t.split()) for t in ("behöver en ny offert", "har brug for et nyt tilbud",
    ...     "sai väärän laskun", "received the wrong invoice", "behöver en ny laddare", "fick nytt tyg")]
    [True, True, True, True, False, False]
    """
    if _login_follows(bare):
        return True  # "fikk ikke logget inn", "couldn't log in", "ei päässyt kirjautumaan"
    want = next((len(p) for p in WANT_PHRASES if tuple(bare[:len(p)]) == p), 0)
    if bare[:3] == ["har", "brug", "for"]:
        k = 3  # Danish: "har brug for"
    elif bare[:1] and bare[0] in NEED_VERBS:
        k = 1
    elif want:
        k = want  # "vill ha en offert", "wants a quote"
    else:
        return False
    if bare[k:k + 1] and bare[k] in HELP_WORDS:
        return True  # "behöver hjälp med inloggningen", "needs help with"
    for w in bare[k:k + 4]:
        if w in DOCUMENT_WORDS or w in FI_MESSAGES or w in DEMO_WORDS or w.startswith("tarjou"):
            return True
        if w not in DOCUMENT_FILLERS:
            return False
    return False


def _occasion_follows(bare: list[str]) -> bool:
    """True if ``bare`` (case-folded words after a name) has the name come to
    a meeting (ATTEND_VERBS), have a birthday (BIRTHDAY_VERBS) or take over
    a customer (TAKE_OVER), at most one auxiliary or copula before.

    >>> [_occasion_follows(t.split()) for t in ("kommer på mötet i morgon", "is joining the meeting",
    ...     "osallistuu kokoukseen", "fyller 50 på lördag", "turns 50", "tar över kunden", "overtar kunden",
    ...     "takes over the account", "ottaa asiakkuuden hoitaakseen", "kommer på besök", "deltar i regattan",
    ...     "fyller på lagret", "tar över marknaden")]
    [True, True, True, True, True, True, True, True, True, False, False, False, False]
    """
    k = 1 if bare[:1] and bare[0] in _AUX_OR_COPULA and bare[0] not in ATTEND_VERBS else 0
    verb = bare[k] if k < len(bare) else ""
    rest = bare[k + 1:k + 5]
    if verb in ATTEND_VERBS:
        for w in rest:
            if w in MEETINGS or w in MEETINGS_TO:
                return True
            if w not in ATTEND_FILLERS:
                return False
        return False
    if verb in BIRTHDAY_VERBS:
        return bool(rest) and (rest[0].isdigit() and len(rest[0]) <= 3 or rest[0] == "år")
    if verb in TAKE_VERBS and rest[:1] and rest[0] in TAKE_PARTICLES:
        rest = rest[1:]
    elif verb in ("ottaa", "otti"):
        return "hoitaakseen" in rest[:3]
    elif verb not in TAKE_OVER:
        return False
    for w in rest:
        if w in ACCOUNT_NOUNS:
            return True
        if w not in ACCOUNT_FILLERS:
            return False
    return False


def _role_follows(bare: list[str]) -> bool:
    """True if ``bare`` (case-folded words after a name, to the sentence's
    end) makes the name a customer or a patient (CUSTOMER_ROLES).

    >>> [_role_follows(t.split()) for t in ("är kund hos oss", "er kunde", "on ollut asiakkaamme vuodesta",
    ...     "has been a customer since", "är en kundfavorit", "has been a customer favourite")]
    [True, True, True, True, False, False]
    """
    if bare[:1] and bare[0] in _HAVE and bare[1:2] and bare[1] in _BEEN:
        k = 2  # "har varit", "has been", "on ollut"
    elif bare[:1] and bare[0] in COPULAS:
        k = 1
    else:
        return False
    for _ in range(2):
        if k < len(bare) and bare[k] in ROLE_LEAD_INS:
            k += 1
    if k >= len(bare) or bare[k] not in CUSTOMER_ROLES:
        return False
    return k + 1 == len(bare) or bare[k + 1] in ROLE_AFTER


def _name_from(text: str, toks, i: int, titled: bool = False):
    """A name starting at given name toks[i]: ((start, end, check, score), next i).

    ``titled``: a title precedes ("Dr. Stig Haugland"), which vouches for an
    ambiguous given name.
    """
    n = len(toks)
    f0 = toks[i][2]
    names = [i]  # indices of name tokens (not particles or initials)
    stage = "given"  # given names, then the family name slot
    surname_unknown = False
    last = i
    k = i + 1
    while k < n and len(names) < 5 and _linked(text, toks[k - 1], toks[k]):
        fk = toks[k][2]
        if fk & PARTICLE:
            # Only inside a name, before a capitalised name word: "Carl von
            # Linné", "Anna af Klercker"; never "Anna von" or "skrevet af Ole".
            nxt = toks[k + 1][2] if k + 1 < n else STOP
            if (nxt & NAMEISH or nxt == 0) and not nxt & (BLOCK | STOP) \
                    and _linked(text, toks[k], toks[k + 1]):
                k += 1
                continue
            break
        if _is_initial(text, toks[k]) and stage == "given":
            k += 1  # "Anna K. Lindqvist"
            continue
        if fk & BLOCK or fk & STOP:
            break
        known_family = bool(fk & (LAST | SHAPE)) and not fk & AMB
        if stage == "given":
            if fk & FIRST and not known_family and len(names) < 3:
                names.append(k)  # another given name: "Anna Maria"
            elif fk & FIRST and k + 1 < n and _linked(text, toks[k], toks[k + 1]) \
                    and toks[k + 1][2] & (LAST | SHAPE) and not toks[k + 1][2] & (BLOCK | STOP):
                names.append(k)  # a given name that is also a family name, mid-name
            elif fk & NAMEISH or fk == 0:
                names.append(k)
                stage = "family"
                surname_unknown = not known_family and not fk & FIRST
            else:
                break
        else:
            # After the family-name slot: more listed family names ("Anna
            # Lindqvist Berg"); after an unknown one, one known family name
            # ("Jón Aðaldal Sigurðsson").  An unknown word here is a title-case
            # phrase ("Grace Period Extended") or a place: stop.
            if known_family and fk & LAST and len(names) < 5:
                # Listed family names only: a shape here is more often a
                # place ("Anna Lindqvist Stockholm").
                names.append(k)
                surname_unknown = False
            elif fk == 0 and surname_unknown:
                return None  # two unknown capitalised words after a given name
            else:
                break
        last = k
        k += 1
    if len(names) < 2:
        return None
    # A Finnish family name with a case ending is a known one ("Lähetin
    # laskun Ville Virtaselle", "Sain viestin Onni Martikaiselta",
    # "Muistutin Christian Anttilaa").
    flags = [toks[j][2] or (LAST if _fi_family(text[toks[j][0]:toks[j][1]])
                            or _fi_partitive(text[toks[j][0]:toks[j][1]]) else 0) for j in names]
    if f0 & AMB and not titled:
        # "Per Hansen", "Per Olof Hansen": an ambiguous given name needs a
        # known, unambiguous partner, so "Per capita", "May Day" and "Bo
        # Kvar" are not names.
        partners = [g for g in flags[1:] if g & (FIRST | LAST | SHAPE) and not g & AMB]
        if not partners and not (
            all(g & (FIRST | LAST) for g in flags[1:]) and any(g & LAST for g in flags[1:])
            and _word_name_counts(text, toks[i][0], toks[last][1], _prev_word(text, toks[i][0]).casefold())
        ):
            # "Liv Haug", "Hazel Brown": names that are words, a name
            # only where a person stands ("Ringde Liv Haug", "Hi Hazel
            # Brown,", "Tom Berg skrev").
            return None
    known = any(g & (LAST | SHAPE) and not g & AMB for g in flags[1:])
    start, end = toks[i][0], toks[last][1]
    last_flags = toks[last][2]
    if _context_rejects(text, start, end, last_flags, text[toks[last][0]:end].casefold()):
        return None
    score = SCORE_KNOWN if known else SCORE_PARTIAL
    return (start, end, _FULL, score), last + 1


def _titled(text: str, toks, i: int):
    """ "Herr Hansen", "Mr Smith", "fru Lindqvist" (no given name)."""
    n = len(toks)
    if i + 1 >= n or not _linked(text, toks[i], toks[i + 1]):
        return None
    f1 = toks[i + 1][2]
    if f1 & FIRST and not f1 & (LAST | AMB):
        return None  # "Dr. Anna Lindqvist": the given-name rule takes it
    if f1 & FIRST:
        hit = _name_from(text, toks, i + 1, titled=True)
        if hit:
            return hit
    if f1 & (BLOCK | STOP | PARTICLE) or not (f1 & NAMEISH or f1 == 0):
        return None
    last = i + 1
    if i + 2 < n and _linked(text, toks[i + 1], toks[i + 2]):
        f2 = toks[i + 2][2]
        if f2 & (LAST | SHAPE) and not f2 & (AMB | BLOCK | STOP):
            last = i + 2  # a double family name: "fru Lindqvist Berg"
    known = any(
        toks[j][2] & (LAST | SHAPE) and not toks[j][2] & AMB for j in range(i + 1, last + 1)
    )
    start, end = toks[i + 1][0], toks[last][1]
    if _context_rejects(text, start, end, toks[last][2], text[toks[last][0]:end].casefold()):
        return None
    score = SCORE_PARTIAL if known else SCORE_TITLE_UNKNOWN
    return (start, end, _TITLED, score), last + 1


class PersonRecognizer(NordicRecognizer):
    ENTITY = "PERSON"
    PATTERNS = ()  # candidates() is overridden: a tokeniser, not a regex per shape
    # Titles are context in every language ("fru Berg", "hr. Berg", "rouva
    # Rantalan"): a title with a family name that is also a word scores
    # SCORE_TITLE_UNKNOWN and needs it.  Not "dr" or "prof": "Dr Pepper".
    CONTEXT = (
        "namn", "navn", "nimi", "nafn", "name", "kund", "kunde", "asiakas",
        "customer", "kontakt", "contact", "kontaktperson", "herr", "fru", "mr",
        "mrs", "ms", "hr", "frk", "fröken", "rouva", "herra", "neiti",
        "ringde", "ringte", "ringede", "soitti", "called", "spoke",
    )
    # Below the default: when a more specific recognizer (a LOCATION
    # gazetteer, an organisation) claims the same span with the same score,
    # it wins.
    PRIORITY = 30
    # No check digit to test against chance: candidates() yields real name
    # matches only, so the verdicts' coincidence test does not apply.
    COINCIDENCE = 1.0
    # Screen for the engine: a value without an upper-case letter holds no
    # capitalised name token.  (The base class knows only "digits"; the lead
    # teaches the engine "upper".)
    NEEDS = "upper"

    @classmethod
    def check(cls, text: str) -> Check:
        """Valid when the whole of ``text`` (stripped) is one name."""
        if not text:
            return INVALID
        stripped = text.strip()
        for start, end, chk, _ in _scan(stripped):
            if start == 0 and end == len(stripped):
                return chk
        return INVALID

    def candidates(self, text: str) -> Iterator[Candidate]:
        """Every name in ``text``; only real matches (no invalid ones)."""
        for start, end, chk, score in _scan(text):
            yield Candidate(start, end, chk.kind, chk, score)
