"""Context words in all five languages, for every identifier.

The issue: "Context words in all five languages raise scores."  For each
identifier recognizer, one sentence per language (sv, no, da, fi, en) with
the word that language uses for the number, and the hit on the number must
carry ``context``.  A language with no word of its own for another
country's number names the country beside its word for the kind of number
("finsk personnummer", "ruotsalainen henkilötunnus", "norjalainen
y-tunnus"): ``ID_KIND`` and ``KIND_WORDS`` (recognizers/_language.py).

Every identifier is synthetic or published as an example: Skatteverket,
Skatteetaten (Tenor), MedCom, DVV and Þjóðskrá test numbers, python-stdnum's
examples, the PTS fictional phone range, example.* domains, documentation
IP addresses (RFC 5737) and the card networks' test numbers.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from recognizers import CONTEXT_BOOST, REPORT_THRESHOLD, all_recognizer_classes
from recognizers._language import COUNTRY_WORDS, KIND_WORDS
from scanner.detection import Detector

LANGUAGES = ("sv", "no", "da", "fi", "en")

# entity -> (the value as written, {language: sentence holding it})
SENTENCES: dict[str, tuple[str, dict[str, str]]] = {
    "SE_PERSONNUMMER": ("810107-9294", {
        "sv": "Kundens personnummer är 810107-9294.",
        "no": "Svensk personnummer: 810107-9294.",
        "da": "Hans svenske personnummer er 810107-9294.",
        "fi": "Ruotsalainen henkilötunnus on 810107-9294.",
        "en": "Swedish personal identity number 810107-9294.",
    }),
    "NO_FODSELSNUMMER": ("49860699787", {
        "sv": "Norskt personnummer 49860699787 registrerades.",
        "no": "Fødselsnummer: 49860699787.",
        "da": "Norsk personnummer 49860699787 er oplyst.",
        "fi": "Norjalainen henkilötunnus 49860699787 kirjattiin.",
        "en": "Norwegian national identity number 49860699787.",
    }),
    "DK_CPR": ("251248-9996", {
        "sv": "Danskt CPR-nummer 251248-9996.",
        "no": "CPR-nummer 251248-9996 er registrert.",
        "da": "CPR-nr.: 251248-9996",
        "fi": "Tanskalainen CPR-numero 251248-9996.",
        "en": "Danish CPR number 251248-9996.",
    }),
    "FI_PERSONAL_IDENTITY_CODE": ("010594Y9032", {
        "sv": "Personbeteckning 010594Y9032.",
        "no": "Finsk personnummer 010594Y9032 er registrert.",
        "da": "Hendes finske personnummer er 010594Y9032.",
        "fi": "Henkilötunnus: 010594Y9032.",
        "en": "Finnish personal identity code 010594Y9032.",
    }),
    "IS_KENNITALA": ("281191-3049", {
        "sv": "Isländskt personnummer 281191-3049.",
        "no": "Islandsk personnummer 281191-3049 er oppgitt.",
        "da": "Islandsk personnummer 281191-3049 er oplyst.",
        "fi": "Islantilainen henkilötunnus 281191-3049.",
        "en": "Icelandic identity number 281191-3049.",
    }),
    "SE_ORGANISATIONSNUMMER": ("556677-1233", {
        "sv": "Organisationsnummer 556677-1233.",
        "no": "Svensk organisasjonsnummer 556677-1233.",
        "da": "Svensk virksomhedsnummer 556677-1233.",
        "fi": "Ruotsalainen y-tunnus 556677-1233.",
        "en": "Swedish company registration number 556677-1233.",
    }),
    "NO_ORGNR": ("988 077 917", {
        "sv": "Norskt organisationsnummer 988 077 917.",
        "no": "Org.nr. 988 077 917",
        "da": "Norsk virksomhedsnummer 988 077 917.",
        "fi": "Norjalainen y-tunnus 988 077 917.",
        "en": "Norwegian company number 988 077 917.",
    }),
    "DK_CVR": ("13585628", {
        "sv": "Danskt CVR-nummer 13585628.",
        "no": "CVR-nummer 13585628.",
        "da": "CVR-nr. 13585628",
        "fi": "Tanskalainen CVR-numero 13585628.",
        "en": "Danish CVR number 13585628.",
    }),
    "FI_BUSINESS_ID": ("2077474-0", {
        "sv": "FO-nummer 2077474-0.",
        "no": "Finsk organisasjonsnummer 2077474-0.",
        "da": "Finsk virksomhedsnummer 2077474-0.",
        "fi": "Y-tunnus 2077474-0.",
        "en": "Finnish business ID 2077474-0.",
    }),
    "IBAN_CODE": ("SE45 5000 0000 0583 9825 7466", {
        "sv": "Betala till konto SE45 5000 0000 0583 9825 7466.",
        "no": "Kontonummer SE45 5000 0000 0583 9825 7466.",
        "da": "Bankkonto SE45 5000 0000 0583 9825 7466.",
        "fi": "Tilinumero SE45 5000 0000 0583 9825 7466.",
        "en": "Account SE45 5000 0000 0583 9825 7466.",
    }),
    "SE_BANKGIRO": ("4321-7652", {
        "sv": "Betala till bankgiro 4321-7652.",
        "no": "Betal til giro 4321-7652.",
        "da": "Indbetal på svensk bankgiro 4321-7652.",
        "fi": "Maksa bankgiro-tilille 4321-7652.",
        "en": "Pay to bank giro 4321-7652.",
    }),
    "NO_BANK_ACCOUNT": ("8601.11.17947", {
        "sv": "Norskt kontonummer 8601.11.17947.",
        "no": "Kontonr. 8601.11.17947",
        "da": "Norsk kontonummer 8601.11.17947.",
        "fi": "Norjalainen tilinumero 8601.11.17947.",
        "en": "Account 8601.11.17947.",
    }),
    "PHONE_NUMBER": ("070-174 06 05", {
        "sv": "Ring 070-174 06 05.",
        "no": "Tlf. 070-174 06 05.",
        "da": "Telefon 070-174 06 05.",
        "fi": "Puh. 070-174 06 05.",
        "en": "Phone 070-174 06 05.",
    }),
    "EMAIL_ADDRESS": ("anna.svensson@example.se", {
        "sv": "E-post: anna.svensson@example.se",
        "no": "E-postadresse anna.svensson@example.se",
        "da": "Mail anna.svensson@example.se",
        "fi": "Sähköposti anna.svensson@example.se",
        "en": "Email anna.svensson@example.se",
    }),
    "IP_ADDRESS": ("192.0.2.17", {
        "sv": "IP-adress 192.0.2.17.",
        "no": "IP-adresse 192.0.2.17.",
        "da": "IP-adressen 192.0.2.17.",
        "fi": "IP-osoite 192.0.2.17.",
        "en": "IP address 192.0.2.17.",
    }),
    "CREDIT_CARD": ("4111 1111 1111 1111", {
        "sv": "Kortnummer 4111 1111 1111 1111.",
        "no": "Betalingskort 4111 1111 1111 1111.",
        "da": "Betalingskort 4111 1111 1111 1111.",
        "fi": "Luottokortti 4111 1111 1111 1111.",
        "en": "Card 4111 1111 1111 1111.",
    }),
}


@lru_cache(maxsize=1)
def _detector() -> Detector:
    return Detector()


def _hit_or_none(text: str, value: str, entity: str):
    """The hit of ``entity`` on ``value`` in ``text``; None if there is none."""
    start = text.index(value)
    hits = [h for h in _detector().detect([text])[text].hits
            if h.entity_type == entity and (h.start, h.end) == (start, start + len(value))]
    assert len(hits) <= 1
    return hits[0] if hits else None


def _hit(text: str, value: str, entity: str):
    hit = _hit_or_none(text, value, entity)
    assert hit is not None, (entity, text, _detector().detect([text])[text].hits)
    return hit


CASES = [(entity, lang) for entity in SENTENCES for lang in LANGUAGES]


def _alone(text: str, value: str, entity: str) -> float:
    """The recognizer's own score for ``value`` in ``text``, before context."""
    start = text.index(value)
    (score,) = [c.score for c in _detector()._by_entity[entity].candidates(text)
                if (c.start, c.end) == (start, start + len(value)) and c.check.valid]
    return score


@pytest.mark.parametrize(("entity", "lang"), CASES, ids=[f"{e}-{lang}" for e, lang in CASES])
def test_context_word_in_each_language(entity, lang):
    value, sentences = SENTENCES[entity]
    text = sentences[lang]
    hit = _hit(text, value, entity)
    assert hit.context is True
    # the context raised the score by CONTEXT_BOOST, up to 1.0
    assert hit.score == round(min(1.0, _alone(text, value, entity) + CONTEXT_BOOST), 4)
    assert hit.score >= REPORT_THRESHOLD


def test_every_identifier_recognizer_has_a_table():
    identifiers = {cls.ENTITY for cls in all_recognizer_classes()
                   if cls.ENTITY not in ("PERSON", "LOCATION") and cls.NEEDS != ""}
    special = {cls.ENTITY for cls in all_recognizer_classes() if cls.__module__.endswith("special_categories")}
    assert identifiers - special == set(SENTENCES)
    assert all(set(sentences) == set(LANGUAGES) for _, sentences in SENTENCES.values())


@pytest.mark.parametrize(("text", "value", "entity"), [
    # a weak shape, whose score the context decides: a kennitala without a
    # check digit (0.35 alone) and a bare CVR number (0.3 alone)
    ("Islantilainen henkilötunnus 120174-3389.", "120174-3389", "IS_KENNITALA"),
    ("Tanskalainen y-tunnus 13585628.", "13585628", "DK_CVR"),
])
def test_a_kind_word_beside_the_country_raises_the_score(text, value, entity):
    hit = _hit(text, value, entity)
    assert hit.context is True and hit.score >= REPORT_THRESHOLD


@pytest.mark.parametrize(("text", "value", "entity"), [
    # the kind word alone: in Finnish text "henkilötunnus" is a HETU's word
    ("Henkilötunnus 120174-3389.", "120174-3389", "IS_KENNITALA"),
    # the country alone: "Danske Bank" makes no number a CPR (nor a kennitala)
    ("Islandsk bank, ref 120174-3389.", "120174-3389", "IS_KENNITALA"),
    # the kind word of another kind: a company word is no personal ID's context
    ("Islantilainen yritys 120174-3389.", "120174-3389", "IS_KENNITALA"),
])
def test_the_kind_word_and_the_country_are_needed_together(text, value, entity):
    hit = _hit_or_none(text, value, entity)
    assert hit is None or (hit.context is False and hit.score < REPORT_THRESHOLD)


def test_kind_words_and_country_words_do_not_overlap():
    # A word that named a country and a kind at once would make itself context.
    stems = {s for group in COUNTRY_WORDS.values() for s in group}
    assert not {w for words in KIND_WORDS.values() for w in words if any(w.startswith(s) for s in stems)}


@pytest.mark.parametrize(("text", "value", "entity"), [
    # an address's domain is no word of the text: "tele.example" is no "tel"
    ("Skrivet av zelko@tele.example 0701740605", "0701740605", "PHONE_NUMBER"),
    # nor is "mail.example.se" an e-mail context word for the next address
    # (a mail's References header: identifiers, whose column argues against)
    ("<a1.4711@mail.example.se> <CAH1x2yZ=b2@mail.example.se>", "b2@mail.example.se", "EMAIL_ADDRESS"),
])
def test_a_domain_is_no_context_word(text, value, entity):
    hit = _hit_or_none(text, value, entity)
    assert hit is None or hit.context is False


def test_the_word_before_an_address_is_context():
    hit = _hit("Tel 0701740605, mejl zelko@tele.example", "0701740605", "PHONE_NUMBER")
    assert hit.context is True and hit.score >= REPORT_THRESHOLD


@pytest.mark.parametrize(("text", "value"), [
    # a short context word is no prefix: these words only start with one
    ("telemetry id 20161217", "20161217"),
    ("low-level calls rather than curses (cf: 20161217).", "20161217"),  # a date (ncurses' changelog)
    ("ringbuffer size 22334455", "22334455"),
    ("cellspacing 22334455", "22334455"),
    ("callback 22334455", "22334455"),
    ("puhdas 22334455", "22334455"),  # Finnish: clean
    (" '61367180':{'en': 'Ringarooma'},", "61367180"),  # a town beside a prefix (phonenumbers' geodata)
    ("Faxe 22334455", "22334455"),  # a Danish town  # nordpii: allow PHONE_NUMBER
])
def test_a_short_phone_word_is_context_only_whole(text, value):
    hit = _hit_or_none(text, value, "PHONE_NUMBER")
    assert hit is None or (hit.context is False and hit.score < REPORT_THRESHOLD)


@pytest.mark.parametrize("text", [
    "Tel. 0701740605", "tel.nr 0701740605", "telnr: 0701740605", "Ring 0701740605", "Ringer du 0701740605",
    "ringde 0701740605 i går", "Called 0701740605 yesterday", "cell 0701740605", "puh. 0701740605",
    "tlf.nr 0701740605", "telefonnumret 0701740605",
    # a fax number is a line of the same plan (glibc's locale files: "% Fax: +45 - ...")
    "Fax: 0701740605", "telefax 0701740605", "faksnummer 0701740605", "Faksi 0701740605",
])
def test_the_whole_phone_words_and_their_forms_are_context(text):
    # PTS's fictional range, written bare: a shape that needs context
    hit = _hit(text, "0701740605", "PHONE_NUMBER")
    assert hit.context is True and hit.score >= REPORT_THRESHOLD
