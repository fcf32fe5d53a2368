"""What stands before a lone name in free text when it is a person (person.py).

A lone given name counts right after a word that introduces a person: a
greeting, thanks or a sign-off ("Hej Anna", "Kiitos Matti", "Mvh Erik"), a
person noun ("Kunden Ole"), a verb of contact with at most one preposition
("Ringede til Mette", "Spoke to John"), a role's label ("Handläggare:
Anna"), a naming ("Kunden heter Anna", "His name is John"), or waiting for
someone at the clause's end ("Väntar på Anna innan vi skickar").  A
preposition alone is no lead: a flight comes "from Paris", a parcel "fra
Hamar".

>>> _lead_before("Ringde Anna", 7), _lead_before("Ringede til Mette", 12)
(True, True)
>>> _lead_before("Flyget från Paris", 12)
False
"""

from __future__ import annotations

from itertools import islice
from typing import Iterator

from recognizers._names import _TOKEN, _next_words, _words_back
from recognizers._person_after import COPULAS, COVER_WORDS, DOCUMENT_WORDS, ROLE_NOUNS, _TO, _TRAIL

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
    buyer c/o
""".split())  # c/o: an address's "care of", then the one who takes the post ("Anna Berg c/o Lindqvist")
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
CALL_PARTICLES = frozenset("upp opp op up back".split())  # after a verb of contact: "Ring upp Anna"
PLACE_NAMES = frozenset("""
    paris alexandria savannah dakota carolina kent troy israel armenia
    holland sierra kalmar india georgia sydney chad austin florence victoria
    virginia jordan
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
CITY_NAMES = frozenset("sofia adelaide verona siena valencia".split())
_PLACES = CITY_NAMES | PLACE_NAMES


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
