"""When a name standing alone in free text is a person (person.py).

A known given name or family name without the other part counts only where
a person stands beyond doubt (``_lone_given``, ``_lone_family``): after a
word that introduces a person (_person_before), before a person's verb or
event (_person_after), in the genitive before what only a person has
("Eriks chef", "Annan puhelin"), in a Finnish case ending after a verb that
takes a person ("Soitin Annalle"), beside a contact detail ("Lindqvist,
tel. ..."), in a series of names whose ends are persons ("Anna och Ole
ringde"), or joined to a person's full name ("Anna och Erik Lindqvist").
Brands, voice assistants, departments, places and products that bear a
given name are told apart here ("en madrass från Emma Sleep", "Fråga Alexa
om vädret", "Flyget till Sofia", "Linnea i lager").  The scores and Check
kinds of every PERSON candidate are here too, as these rules make
candidates as well as the full-name reader.

>>> from recognizers._names import _tokens
>>> t = "Hej Anna, tack för samtalet"
>>> _lone_given(t, _tokens(t), 1)[0][:2]
(4, 8)
>>> t = "Anna i lager igen"
>>> _lone_given(t, _tokens(t), 0) is None
True
"""

from __future__ import annotations

import re
from itertools import islice

from recognizers._base import Check
from recognizers._names import (
    AMB, BLOCK, CALENDAR, COMPANY_WORDS, EN_STREET_WORDS, FIRST, HYPHEN_LAST, LAST, LEGAL_FORMS, LOWER, SHAPE,
    STOP, STREET, STREET_WORDS, TITLE, TITLE_ABBREVIATIONS, _TOKEN, _fi_family, _fi_given, _next_words,
    _prev_word, _word_before, _words_back, classify, fold,
)
from recognizers._person_after import (
    ATTEND_VERBS, COPULAS, DOCUMENT_WORDS, FI_MESSAGES, PERSON_VERBS, RELATIVES, _AUX_OR_COPULA,
    _AWAY_OR_MOOD, _HAVE, _PLACE_PREPOSITIONS, _SERIES_AND, _TRAIL, _cares, _deed_follows, _event_follows,
    _retail, _role_after_copula, _role_apposition, _verb_follows,
)
from recognizers._person_before import (
    LEAD_GREETINGS, LEAD_NOUNS, PERSON_NOUNS, PLACE_NAMES, SEND_VERBS, _label_before, _lead_before, _naming,
    _place_name,
)

NAMEISH = FIRST | LAST | SHAPE | AMB
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
KIN_NAMES = frozenset("veli sisko".split())
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
_FOR = frozenset("för for fyrir".split())
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
_SPACE = re.compile(r"[ \u00a0]{1,3}")  # not a tab: it parts columns ("-v VAR\t Positiv hvis")
_DOT_SPACE = re.compile(r"\.[ \u00a0]{0,3}")
_NUMBERISH = re.compile(r"\d{1,5}[A-Za-z]?|\w*\d\w*")  # house no., model code
SCORE_KNOWN = 0.85  # given + family name, both known
SCORE_PARTIAL = 0.6  # one known name + a capitalised unknown; a lone known name
SCORE_TITLE_UNKNOWN = 0.4  # "Dr Pepper": below the threshold without context
SCORE_HINTED_ONLY = 0.4  # a cell "Grace" or "Berg": a name under a name column only
_FULL = Check(True, checksum=None, kind="full_name")
_SINGLE = Check(True, checksum=None, kind="single_name")
_LAST_FIRST = Check(True, checksum=None, kind="last_first")
_TITLED = Check(True, checksum=None, kind="title_name")


def _linked(text: str, a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """True if tokens a and b are in one run (a space, or "K. " / "Dr. ").

    After a title that is a word, not an abbreviation, a full stop ends a
    sentence as often ("... nylig fru. Anholdelse de ..."): the run goes on
    only to a known name ("Kontakta fru. Lindqvist")."""
    gap_s, gap_e = a[1], b[0]
    if gap_e - gap_s == 1 and text[gap_s] == " ":
        return True
    if _SPACE.fullmatch(text, gap_s, gap_e):
        return True
    if (a[1] - a[0] == 1 or (a[2] & TITLE and (text[a[0]:a[1]].casefold() in TITLE_ABBREVIATIONS
                                                or b[2] & (FIRST | LAST | SHAPE)))) \
            and _DOT_SPACE.fullmatch(text, gap_s, gap_e):
        return True
    return False


def _is_initial(text: str, t: tuple[int, int, int]) -> bool:
    return t[1] - t[0] == 1 and text[t[0]].isupper() and text[t[1]:t[1] + 1] == "."


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
    prev = _prev_word(text, start) or _line_end_number(text, start)
    if prev[:1].isupper() and prev.casefold() in COMPANY_WORDS:
        return True  # "Hotel Anna Maria", "Stiftelsen Anna Lindqvist"
    if prev.casefold() in PRODUCT_NOUNS:
        return True  # "Produkten Georg Jensen Daisy", "Tuote Tine Helmelk"
    if prev and _NUMBERISH.fullmatch(prev.rstrip(",")) and not _dated(text, start, end):
        # "12345 Thomas Hill": an English-style house number before the name
        # makes a street of a street-type last word or an unknown one.
        if not known_last or last_key in EN_STREET_TYPES:
            return True
    return False


_COPYRIGHT = re.compile(r"(?:copyright|copr\.|\(c\)|©)[\s:]*(?:(?:19|20)\d\d(?:\s*[-–,]\s*)?)+[\s,]*$", re.IGNORECASE)


def _dated(text: str, start: int, end: int) -> bool:
    """True if the number before the name at ``start`` is a copyright's
    year ("Copyright 2010 Anna Kowalczyk", "© 2019, 2021 Anna Berg"), or
    an e-mail address or a phone number follows the name ("2010 Anna
    Kowalczyk <ak@...>"): not a house number.

    >>> _dated("Copyright (C) 2019 Anna Kowalczyk", 19, 33), _dated("12345 Thomas Hill", 6, 17)
    (True, False)
    """
    return _COPYRIGHT.search(text, max(0, start - 60), start) is not None or _contact_follows(text, end)


# A line of an address block that ends with a flat's or a house's number
# ("Flat 47\nLinda Cape", "Studio 24\nHugh Pass"): the number before a
# name that starts the next line.
_LINE_END_NUMBER = re.compile(r"(?:^|\s)(\d{1,5}[A-Za-z]?),?[ \t]*\r?\n[ \t]*$")


def _line_end_number(text: str, start: int) -> str:
    """The number that ends the line before the one ``start`` begins, or
    "": an address block's flat or house number, read as the word before.

    >>> _line_end_number("Flat 47\\nLinda Cape", 8), _line_end_number("Mvh\\nAnna", 4)
    ('47', '')
    """
    m = _LINE_END_NUMBER.search(text, max(0, start - 12), start)
    return m.group(1) if m else ""


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
                    _inverted_subject(text, toks, i) or _recipient(text, s, e)
                    or (key not in KIN_NAMES and _with_full_name(text, toks, i))))))):
            return None  # but "sa Hans", "I går skickade Per offerten", "Per och Ole Hansen kommer"
    elif not (_lead_before(text, s) or _asked(text, s, e) or (
            prev not in THING_NOUNS and (_subject_verb_follows(text, toks, i, prev) or _owner_end(text, s, e, f)
                                         or _contact_follows(text, e) or _from_department(text, e)
                                         or _from_place(text, s, e)))
            or _series_counts(text, toks, i) or _inverted_subject(text, toks, i) or _recipient(text, s, e)
            or _with_writer(text, s, e) or _thanked(text, s, e) or _with_full_name(text, toks, i)):
        return None
    if text[s:e].casefold() in ASSISTANT_NAMES and (prev in ASKING_LEADS or not _lead_before(text, s)):
        return None  # "Fråga Alexa om vädret", "Alexa isn't answering": a voice assistant's deeds
    first = _series_start(text, toks, i)
    before_first = prev if first == i else _prev_word(text, toks[first][0]).casefold()
    if _firm_of_names(text, toks, first, at=before_first == "hos"):
        return None  # "från Martin, Edwards and Gardner", "Howard, Powell and Dunn har betalat"
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

    >>> from recognizers._names import _tokens
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
    if k > i and toks[i][0] >= 2 and text[toks[i][0] - 1] == "." and text[toks[i][0] - 2].isalnum():
        return None  # an attribute path, no initials: "Parser.C.COLON", "obj.A.Lindqvist"
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
                    not f & AMB and _contact_vouches(text, s, e))))):
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

    >>> from recognizers._names import _tokens
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

    >>> from recognizers._names import _tokens
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


def _with_full_name(text: str, toks, i: int) -> bool:
    """True if toks[i], a known given name alone, is joined by "och", "og",
    "ja", "and" or "&" to a person's full name right after or right before
    it: a couple or two colleagues, written as one ("Anna och Erik Lindqvist
    kommer på fredag", "Bokningen gäller Karin Berg och Anna", "Mette og
    Lars Hansen", "Sarah Jones and John").  The full name is a known given
    name and a known family name or shape, not both mostly words, and no
    firm ("Linnea och Erik Lindqvist AB", "Emma og Ole Hansen AS"); a place
    is no member ("Paris och Erik Lindqvist").

    >>> from recognizers._names import _tokens
    >>> [_with_full_name(t, _tokens(t), k) for t, k in (("Anna och Erik Lindqvist kommer", 0),
    ...     ("Gäller Karin Berg och Anna", 4), ("Anna och Erik kommer", 0),
    ...     ("Linnea och Erik Lindqvist AB levererar", 0), ("Anna, Erik Lindqvist", 0))]
    [True, True, False, False, False]
    """
    if text[toks[i][0]:toks[i][1]].casefold() in PLACE_NAMES:
        return False
    for step in (1, -1):
        link = _series_link(text, toks, i, step)
        if link is None or link[1] == ",":
            continue
        # The full name's tokens, read away from toks[i]: given names, then
        # family names (or, reading back, family names, then given names).
        k, names = link[0], []
        while 0 <= k < len(toks) and toks[k][2] & (FIRST | LAST | SHAPE) and not toks[k][2] & BLOCK \
                and (not names or _linked(text, *sorted((toks[names[-1]], toks[k])))):
            names.append(k)
            k += step
        names.sort()
        flags = [toks[n][2] for n in names]
        given = next((n for n, f in zip(names, flags) if f & FIRST), None)
        if given is None or given != names[0] or not any(f & (LAST | SHAPE) for f in flags[1:]) \
                or all(f & AMB for f in flags):
            continue
        s, e, f = toks[names[0]][0], toks[names[-1]][1], flags[-1]
        if not _context_rejects(text, s, e, f, text[toks[names[-1]][0]:e].casefold()):
            return True
    return False


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

    >>> from recognizers._names import _tokens
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


def _series_link(text: str, toks, k: int, step: int = 1) -> tuple[int, str] | None:
    """The token that joins toks[k] in a series of names, after it (``step``
    1) or before it (-1), and what joins them: "," or "&", or "and" for a
    joining word that is a token itself ("och", "og", "ja", "and"); None
    where nothing joins them.  _firm_of_names and _series_step read series
    with it.

    >>> from recognizers._names import _tokens
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


def _series_start(text: str, toks, i: int) -> int:
    """The first member of the series of names that toks[i] ends or stands
    in, read back over ",", "&", "och", "og", "ja" and "and" ("Howard,
    Powell and Dunn" from Dunn: Howard); i where none stands before it.
    _firm_of_names reads a series from its first member.

    >>> from recognizers._names import _tokens
    >>> t = "Howard, Powell and Dunn har betalat"
    >>> toks = _tokens(t)
    >>> _series_start(t, toks, 3), _series_start(t, toks, 0)
    (0, 0)
    """
    k = i
    while (link := _series_link(text, toks, k, -1)) is not None and i - link[0] <= _SERIES_REACH:
        f = toks[link[0]][2]
        if not f & NAMEISH or f & (BLOCK | STOP):
            break
        k = link[0]
    return k


def _firm_of_names(text: str, toks, i: int, at: bool = False) -> bool:
    """True if toks[i] opens a series of names of which one is no given name
    ("Martin, Edwards and Gardner", "Ryan, Craig & Smith"): a firm named after
    its partners, where "Anna, Kalle och Erik" are three persons.  A series
    with a comma or "&" counts its first member too ("Reid, Scott and
    Martin"); joined by "och" alone it does not ("Lindqvist och Anna
    ringde": two persons).

    ``at``: the series follows "hos" (at), where firms are met as often as
    people.  There a series with "&" or a comma is a firm whatever its
    names ("hos Martin & Servera", "hos Bradley, Francis and Parker"), and
    so is one with an unknown capitalised partner ("hos Martin och
    Servera"); "hos Lisa och Kalle" is at their home.

    >>> from recognizers._names import _tokens
    >>> [_firm_of_names(t, _tokens(t), 0) for t in ("Ryan, Craig & Smith", "Anna, Kalle och Erik", "Anna, tack",
    ...     "Reid, Scott and Martin", "Lindqvist och Anna ringde", "Olsen og Anna, to netter")]
    [True, False, False, True, False, False]
    >>> [_firm_of_names(t, _tokens(t), 0, at=True) for t in ("Bradley, Francis and Parker", "Martin & Servera",
    ...     "Martin och Servera", "Lisa och Kalle", "Anna, Storgatan 5")]
    [True, True, True, False, False]
    """
    k, members, family, marked = i, 0, False, False
    while (link := _series_link(text, toks, k)) is not None:
        nxt, joint = link
        f = toks[nxt][2]
        if f & (STOP | LOWER) or not (f & NAMEISH or (at and joint != "," and not f & BLOCK)):
            break  # the series ends: "Ryan, Craig & Smith, Storgatan 5"
        marked |= joint in (",", "&")  # within the series: not "Kari Olsen og Anna, to netter"
        family |= not f & FIRST
        members += 1
        k = nxt
    return members > 0 and (family or (marked and not toks[i][2] & FIRST) or (at and marked))


# What may follow a department after "på", "i", "in", "at" (_from_department).
_DEPARTMENT_NEXT = _AUX_OR_COPULA | PERSON_VERBS | WORD_NAME_VERBS | _SERIES_AND | RELATIVES | frozenset(
    "team teamet sa sade sier sagde said says".split())
# No vocative after these (_thanked: "Tack för resan till Anna").
_NOT_BEFORE_VOCATIVE = _PLACE_PREPOSITIONS | frozenset("on för for med with af".split())


def _subject_verb_follows(text: str, toks, i: int, prev: str) -> bool:
    """_verb_follows, for a name that is a verb's subject: ``prev`` (the word
    before, case-folded) is none of _PLACE_PREPOSITIONS, or a relative
    follows.

    >>> from recognizers._names import _tokens
    >>> [_subject_verb_follows(t, _tokens(t), n, p) for t, n, p in (("Kunden från Karlstad ringde", 2, "från"),
    ...     ("Skickade det till Anna som ringde", 3, "till"), ("Hej, Anna ringde", 1, "hej,"))]
    [False, True, True]
    """
    if prev in _PLACE_PREPOSITIONS:
        after = _next_words(text, toks[i][1], 1)
        if not after or after[0].casefold() not in RELATIVES:
            return False
    return _verb_follows(text, toks, i)


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


_ANGLE_MAIL = re.compile(r"[ \t]?<([^\s<>@,;()]+)@")


def _contact_vouches(text: str, start: int, end: int) -> bool:
    """_contact_follows for a family name alone at text[start:end]: before
    "<address>" the address must echo it, as a firm named by a family name
    signs its mail so too ("Från: Oksanen <drauhala@...>"; "Från: Lindqvist
    <lindqvist@...>" and "Lindqvist (070-174 06 05)" are persons).

    >>> [_contact_vouches(t, 6, 6 + len(n)) for t, n in (("Från: Oksanen <drauhala@example.fi>", "Oksanen"),
    ...     ("Från: Virtanen <m.virtanen@example.fi>", "Virtanen"), ("Från: Oksanen (070-174 06 10)", "Oksanen"))]
    [False, True, True]
    """
    if not _contact_follows(text, end):
        return False
    m = _ANGLE_MAIL.match(text, end)
    return m is None or fold(text[start:end]) in fold(m.group(1))


def _contact_follows(text: str, end: int) -> bool:
    """True if a contact detail follows the name ending at ``end``.

    >>> [_contact_follows(t, 4) for t in ("Anna (070-174 06 05) vill", "Anna: 070-174 06 05",
    ...     "Anna, tel. 070-174 06 05", "Anna <kund@example.se>", "Anna (+46 70 174 06 05)",
    ...     "Emma (2019) är", "Emma: 3.2.1", "Emma, art.nr. 400123", "Emma: 20190312", "Emma (1200 x 800 mm)")]
    [True, True, True, True, True, False, False, False, False, False]
    """
    return _CONTACT_AFTER.match(text, end) is not None
