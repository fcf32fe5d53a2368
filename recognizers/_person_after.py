"""What follows a lone name in free text when it is a person (person.py).

A given or family name alone in a sentence ("Anna", "Lindqvist") may be a
product, a boat, a storm or a street as well.  It is a person when what
follows is what only a person does or is: a person's verb ("Anna skrev",
"Maija lupasi", "John promised"), an auxiliary and such a verb ("Ole skal
ringe"), being away, in a mood, dead or responsible for something ("Aino
on lomalla", "John is unhappy"), or an event a note records of a person:
retiring, moving, marrying, starting or leaving a job, a birthday, logging
in, a meeting ("_event_follows").  The word lists here are case-folded;
each names the traps it leaves out (a product is "paid", "ordered" and
"sold", so those verbs are not here).

>>> from recognizers._names import _tokens
>>> _verb_follows("Anna skrev till oss", _tokens("Anna skrev till oss"), 0)
True
>>> _verb_follows("Linnea som sålde bäst", _tokens("Linnea som sålde bäst"), 0)
False
"""

from __future__ import annotations

import re

from recognizers._names import CALENDAR, _next_words

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
FI_MESSAGES = frozenset("""
    vastausta vastauksen vastaus viestiä palautetta kuittausta
    viesti viestin sähköposti sähköpostin tekstiviesti tekstiviestin soitto
    puhelu puhelun lasku laskun tarjous tarjouksen sopimus sopimuksen
    tiedosto tiedoston raportti raportin linkki linkin terveiset ajan
""".split())  # ajan: an appointment booked for someone ("Varasin ajan Annalle")
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
_TRAIL = ".,;:!?)]}\"'"
# Covering for someone ("Erik vikarierar för Anna", "Kari er vikar for Ole",
# "Søren dækker for Mette", "David is covering for John"): the word before
# "för"/"for".
COVER_WORDS = frozenset("""
    vikarierar vikarierade vikarie vikar vikarierer vikarierte vikarierede
    dækker dækkede covering covers covered
""".split())

_TO = frozenset("till til to".split())
_AUX_OR_COPULA = AUXILIARIES | COPULAS

_SERIES_AND = frozenset("and & och og ja".split())

# A relative pronoun between the name and the person's verb: a cleft or
# a clause ("Det var Anna som ringde", "Det var Mette, der ringede", "It
# was John who called", "Se oli Aino, joka soitti").  Swedish "som" is a
# thing's too, so the verb still decides ("Det var Linnea som sålde bäst").
RELATIVES = frozenset("som der who that joka".split())

# A place's prepositions: a name after one is no subject of the verb after
# it ("Maria från Mariestad ringde", "Kunden från Karlstad ringde"), unless
# a relative comes first ("Skickade offerten till Anna som ringde").
_PLACE_PREPOSITIONS = frozenset("från fra from i in på till til to at av of".split())


def _verb_follows(text: str, toks, i: int) -> bool:
    """True if what follows toks[i] is what only a person does: a person's
    verb ("Anna skrev"), an auxiliary and one ("Anna kommer att ringa",
    "John has already called"), being away ("Ole er syk", "Maija on
    lomalla", "John is on holiday") or a life event (_event_follows), also
    after a relative (RELATIVES).

    >>> from recognizers._names import _tokens
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
        if w.startswith("kirjautu") and not w.startswith("kirjautumi"):
            return True  # not the noun: "Viimeinen kirjautuminen", "kirjautumisaika"
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
