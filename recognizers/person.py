"""Person names (personnamn, personnavn, henkilönimi, mannanafn) without a model.

No Swedish, Norwegian or Danish spaCy model is published (DESIGN.md "Traps"),
and the scanner may download nothing, so PERSON comes from gazetteers plus
rules.  Two lists ship as package data, ``data/first_names.txt`` (11,089) and
``data/last_names.txt`` (11,041), generated from Faker's sv_SE, no_NO, da_DK,
fi_FI, is_IS, en_US and en_GB person data, and from its de_DE, pl_PL, tr_TR,
et_EE, lt_LT, hr_HR, ro_RO, en_IN, en_TH, en_PK, fr_FR, es_ES, it_IT, pt_PT
and nl_NL data less the names that are Nordic or English words, places or
languages, by ``data/build_names.py`` (MIT; provenance in the
file headers and ``data/NAMES_LICENSE.txt``); a third, ``data/places.txt``
(216), holds the places of two words or more a name is read in ("Jan
Mayen"), where it is none (``_in_place``).

A value is cut into capitalised (or ALL-CAPS) letter tokens; hyphens
(Anna-Karin), apostrophes (O'Brien), particles (af, von, van, de; also
capitalised in a cell that is nothing but a name, João Dos Santos, and in
free text after a known given name, Barbara De Clercq) and middle
initials (Anna K. Lindqvist) stay inside a name.
A token the lists lack is looked up again without the marks of other
languages' letters ("Antônio" as Antonio; not å, ä, ö, æ, ø, ð).  Icelandic and
Scandinavian patronymics count as known surnames by rule: any -sson or
-dóttir, and -son/-sen on a known given name (Hansen, Helgason).

* A whole cell that is one known given or family name: 0.6 ("Anna",
  "Lindqvist", "Sigurðsson"); names that are mostly words ("Bo", "Per",
  "May", "Berg", "Green") need a second token.
* A whole cell of 2-5 name tokens with a known given name, in any order
  ("LINDQVIST ANNA", "Lindqvist, Anna"): 0.85 with a known family name, else 0.6.
* A whole cell of one to three capitalised words the lists lack and a
  known family name after them or before a comma ("Bruna Brito", "Brito,
  Bruna"): 0.4, a name only under a column that names persons.
* In free text: a known given name followed by more name tokens
  ("Ringde Anna Lindqvist om fakturan" -> "Anna Lindqvist"): same scores.
  One or two given names the lists lack and a known family name count
  where a word that introduces a person stands before them ("Ringde Bruna
  Brito", "Kunden Lautaro Nahuel Garcia", "Handläggare: Bruna Brito"): 0.6.
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

The parts, each a private module of its own: ``_names`` (the gazetteers,
the token classes, the tokenizer), ``_person_before`` and
``_person_after`` (what stands before and after a lone name when it is a
person) and ``_person_alone`` (when a lone given or family name counts, and
the scores).  This module reads whole cells and full names in free text.

>>> R = PersonRecognizer()
>>> spans = lambda t: [(t[c.start:c.end], c.score) for c in R.candidates(t)]
>>> spans("Ringde Anna Lindqvist om fakturan")      # a name in free text
[('Anna Lindqvist', 0.85)]
>>> spans("LINDQVIST, ANNA")                        # a name cell, Last, First
[('LINDQVIST, ANNA', 0.85)]
>>> spans("Matti Meikäläinen")                      # Finland's placeholder name
[('Matti Meikäläinen', 0.85)]
>>> R.check("Matti Meikäläinen").synthetic          # counted as synthetic
True
>>> spans("Lindqvist Bygg AB")                      # a company
[]
>>> spans("Anna Lindhs väg 3")                      # a street
[]
"""

from __future__ import annotations

import re
from typing import Iterator

from recognizers._base import INVALID, Candidate, Check, NordicRecognizer
from recognizers._names import (
    AMB, BLOCK, CAPITAL_PARTICLES, FIRST, HYPHEN_LAST, LAST, LOWER, PARTICLE, SHAPE, STOP, TITLE, _fi_family, _prev_word, _tokens,
    fold, place_word, places,
    classify,
)
from recognizers._person_alone import (
    NAMEISH, SCORE_HINTED_ONLY, SCORE_KNOWN, SCORE_PARTIAL, SCORE_TITLE_UNKNOWN, _FULL, _LAST_FIRST, _SINGLE,
    _TITLED, _brand, _context_rejects, _fi_inflected, _fi_partitive, _genitive, _is_initial, _linked,
    _lone_family, _lone_given, _mail_spans, _word_name_counts,
)
from recognizers._person_before import _lead_before

_COMMA = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*")
_HAS_UPPER = re.compile(r"[^\W\d_a-z]")  # cheap screen; exact test is isupper()


def _scan(text: str) -> list[tuple[int, int, Check, float]]:
    """Every name in ``text``: (start, end, check, score)."""
    if not text or not _HAS_UPPER.search(text):
        return []
    marks = ()
    if "ÞÍ" in text:
        marks = tuple(m.start() for m in _IS_SYNTHETIC.finditer(text))
        if marks:  # the same length: every span still points into the value as written
            text = _IS_SYNTHETIC.sub("Þ.", text)
    toks = _tokens(text)
    if not toks:
        return []
    whole = _whole_cell(text, toks)
    hits = [whole] if whole is not None else _free_text(text, toks)
    out = []
    for hit in hits:
        hit = _without_compound(text, hit)
        if hit is not None and not _in_place(text, toks, hit[0], hit[1]):
            out.append(hit)
    if "<" in text and "@" in text:
        out = _display_names(text, toks, out)
    return [_placeholder(text, hit, marks) for hit in out]


# Þjóðskrá's synthetic population (its "gervigögn") carries the marker "ÞÍ"
# where a middle name stands ("Baldur ÞÍ Jónsson"; reference §1.5): it is
# read as a middle initial, and the name is synthetic.
_IS_SYNTHETIC = re.compile(r"(?<![^\W\d_])ÞÍ(?![^\W\d_])")


# Placeholder names: the made-up persons that forms, manuals, specimen
# cards and test data write for anyone ("Ola Nordmann" on a Norwegian form,
# "Matti Meikäläinen" in a Finnish one, "Erika Mustermann" on the German
# identity card's specimen, "John Doe" and "Joe Bloggs" in English).  A
# finding of one is still reported, but marked synthetic, as an official
# test number is, so that `nordpii check` passes a fixture that uses one.
# A family name that is itself the placeholder's word (meikäläinen "one of
# us", menigmand "commoner", mustermann "specimen man") makes any full name
# a placeholder; a family name that real people commonly carry (Nordmann,
# Doe, Roe, Bloggs) only with the placeholder's given names: "Ola
# Nordmann", not "Hans Nordmann".  Common real names that also serve as
# placeholders ("Sven Svensson", "Jón Jónsson", "Anders Andersen") stay real.
_PLACEHOLDER_FAMILIES = frozenset("meikäläinen mustermann musterfrau menigmand".split())
_PLACEHOLDER_PAIRS = frozenset({
    ("ola", "nordmann"), ("kari", "nordmann"), ("john", "doe"), ("jane", "doe"), ("baby", "doe"),
    ("richard", "roe"), ("jane", "roe"), ("joe", "bloggs"), ("fred", "bloggs"),
})
_WORDS = re.compile(r"[^\W\d_]+")


def _placeholder(text: str, hit: tuple[int, int, Check, float],
                 marks: tuple[int, ...] = ()) -> tuple[int, int, Check, float]:
    """The hit, marked synthetic if it is a placeholder's full name, in
    either order ("Ola Nordmann", "NORDMANN, OLA", "Maija Meikäläinen"), or
    holds one of the ``marks`` of a synthetic population ("Baldur ÞÍ Jónsson").

    >>> _placeholder("Kari Nordmann", (0, 13, _FULL, 0.85))[2].synthetic
    True
    >>> _placeholder("Hans Nordmann", (0, 13, _FULL, 0.85))[2].synthetic
    False
    """
    start, end, chk, score = hit
    words = _WORDS.findall(text, start, end)
    if len(words) < 2:
        return hit
    first, last = words[0].casefold(), words[-1].casefold()
    if (any(start <= k < end for k in marks) or first in _PLACEHOLDER_FAMILIES or last in _PLACEHOLDER_FAMILIES
            or (first, last) in _PLACEHOLDER_PAIRS or (last, first) in _PLACEHOLDER_PAIRS):
        return start, end, Check(True, checksum=None, synthetic=True, kind=chk.kind), score
    return hit


# An e-mail address's display name: two to four words right before the
# address in angle brackets, as a mail header, an address list, a contact
# export or a copyright line writes it ("From: Salvatore Rossetti
# <salvatore.rossetti@...>").
_DISPLAY = re.compile(r"((?:[^\W\d_][\w'’.-]*[ \u00a0]){1,3}[^\W\d_][\w'’-]*)[ \u00a0]?<([^\s<>@]+)@[^\s<>@]+>")
# What may stand before one: nothing, a header's label ("From:", "Till:"), a
# list's comma or semicolon, a quote or a bracket, a copyright's year.
_DISPLAY_BEFORE = frozenset(",;:\"'“”«»([")
# A mailbox that is a role's, not a person's: its display name is a team's
# or a firm's ("Kundtjänst Volvo <kundtjanst@...>", "Support Team <support@...>").
ROLE_MAILBOXES = frozenset("""
    info support kundtjanst kundservice kundeservice kundesenter asiakaspalvelu noreply no-reply donotreply
    admin administrator webmaster postmaster hostmaster sales salg myynti faktura fakturor lasku laskutus invoice
    invoices billing order ordrer tilaus tilaukset ekonomi okonomi talous hr jobb jobs careers rekrytering press
    presse kontakt contact hello hei hej team office kontor post mail security abuse help helpdesk service
    marketing news newsletter nyhetsbrev redaktion redaksjon redaktionen toimitus bokning booking reception
    sale sales offers deals kampanj kampanje kampagne tilbud tarjous erbjudande
    """.split())


def _bare_initial(text: str, t) -> bool:
    """True if token t is one capital letter: an initial, with or without
    its full stop (``_is_initial`` wants the full stop; a display name
    writes "Andreas Ø Berg" too)."""
    return t[1] - t[0] == 1 and text[t[0]].isupper()


# Words that make a display name a group's ("Debian Java Team", "Samba
# Developers", "GNU Libc Maintainers").
GROUP_WORDS = frozenset("""
    team teamet tiimi project projekt prosjekt projekti maintainers developers developer community
    discussion devel list lista listen group gruppe
    """.split())


def _display_names(text: str, toks, hits: list) -> list:
    """``hits`` with the display names of ``text``'s e-mail addresses in.

    Two to four capitalised words before "<address>" count as a whole (0.6,
    replacing what was read inside them) if the address's local part holds
    one of them, not only the first ("Salvatore Rossetti
    <s.rossetti@...>", "<srossetti@...>"), or one of them is a known
    given or family name, even one that is also a word ("Christian Perrin
    <cpn@...>").  A sentence's words before the name are left out
    ("Kontakta Aleksander Nowak <a.nowak@...>", "Skickat av Ömer Çelik
    <omer.celik@...>"); a role's mailbox (ROLE_MAILBOXES: "Kundtjänst Volvo
    <kundtjanst@...>") and a name with a company, street, product, group
    (GROUP_WORDS: "Samba Developers") or common word in it are none, and
    neither is a firm's mailbox that echoes only its first word ("Nordic
    Data <nordic@...>").

    >>> def names(t): return [t[s:e] for s, e, *_ in _display_names(t, _tokens(t), [])]
    >>> names("From: Salvatore Rossetti <s.rossetti@example.org>")
    ['Salvatore Rossetti']
    >>> names("Kontakta Aleksander Nowak <a.nowak@example.se>"), names("Skickat av Ömer Çelik <omer.celik@example.se>")
    (['Aleksander Nowak'], ['Ömer Çelik'])
    >>> names("Kundtjänst Volvo <kundtjanst@example.se>"), names("Nordic Data <nordic@example.se>")
    ([], [])
    """
    for m in _DISPLAY.finditer(text):
        start, end = m.span(1)
        local = fold(m.group(2))
        parts = re.split(r"[._+-]", local)
        if set(parts) & ROLE_MAILBOXES:
            continue
        inside = [t for t in toks if start <= t[0] and t[1] <= end]
        echoes = [t[1] - t[0] >= 3 and fold(text[t[0]:t[1]]) in local for t in inside]
        # A sentence's words before the name: lower case ("av"), common
        # ("Skriv", "Hej"), or an unknown word the address does not echo
        # before two more ("Kontakta") or before a given name ("Mejla Anna").
        while inside and (not text[inside[0][0]].isupper() or inside[0][2] & (BLOCK | STOP) or (
                len(inside) > 2 and inside[0][2] == 0 and not echoes[0] and not _bare_initial(text, inside[1])) or (
                len(inside) == 2 and inside[0][2] == 0 and not echoes[0]
                and inside[1][2] & FIRST and not inside[1][2] & LAST  # "Mejla Anna <anna@...>"
                and not _initial_and_name(parts, text, inside[0], inside[1]))):  # not "Zelko Dieter <zdieter@...>"
            inside, echoes = inside[1:], echoes[1:]
        if not 2 <= len(inside) <= 4 or any(
                (t[2] & (BLOCK | STOP) and not t[2] & PARTICLE and not (k and _bare_initial(text, t))) or
                (not text[t[0]].isupper() and not t[2] & PARTICLE) or text[t[0]:t[1]].casefold() in GROUP_WORDS
                for k, t in enumerate(inside)):
            continue  # but a middle initial is one: "Hans K. Nordvik", "Andreas Ø Berg"
        start = inside[0][0]
        before = text[:start].rstrip()
        if before and before[-1] not in _DISPLAY_BEFORE and not before[-1].isdigit() \
                and not (any(echoes) or inside[0][2] & (FIRST | LAST | SHAPE)):
            continue  # "Mejla Anna <anna@...>": the lone-name rules decide
        # A known name; one that is also a word only as the given name, first
        # ("Christian Perrin <cpn@...>", not "... Signing Key <cdimage@...>").
        named = any(t[2] & (FIRST | LAST) and not t[2] & AMB for t in inside) or bool(inside[0][2] & FIRST)
        if not named and not (any(echoes[1:]) or (echoes[0] and len(parts) > 1)):
            continue  # no known name, and the address echoes a firm's first word at most
        if any(s <= start and end <= e for s, e, *_ in hits):
            continue  # read already, whole
        hits = [h for h in hits if h[1] <= start or h[0] >= end]
        hits.append((start, end, _FULL, SCORE_PARTIAL))
    return sorted(hits, key=lambda h: h[0])


def _initial_and_name(parts: list[str], text: str, first, second) -> bool:
    """True if an address's local part (cut into ``parts`` at dots, hyphens
    and the like) is the initial of the ``first`` token and the ``second``
    ("zdieter", "z.dieter"), as firms build their addresses: the first word
    is then the person's given name, not a sentence's word.

    >>> t = "Zelko Dieter"; a, b = _tokens(t)
    >>> _initial_and_name(["zdieter"], t, a, b), _initial_and_name(["z", "dieter"], t, a, b), _initial_and_name(["dieter"], t, a, b)
    (True, True, False)
    """
    initial, name = fold(text[first[0]:first[1]])[:1], fold(text[second[0]:second[1]])
    return initial + name in parts or any(a == initial and b == name for a, b in zip(parts, parts[1:]))


def _without_compound(text: str, hit: tuple[int, int, Check, float]) -> tuple[int, int, Check, float] | None:
    """``hit`` ending before a lower-case word that a hyphen joins to the
    name: a compound named after a person ("Erik Lindqvist-gården", "Anna
    Holmberg-priset", "Nils Berg-skolan") holds the name, not its ending, and
    a surrogate takes the ending as it stands.  A given name in lower case
    stays ("Anna-karin").  None if the word the ending joins is no known
    name, nor is one after a space (Finnish writes "Egon Animator
    -animaatio"): a given name and a capitalised word are a product's or a
    program's name there ("Visa GStreamer-flaggor", "Egon
    Animator-animering", "Visa CTF-information").

    >>> t = "Vi besökte Erik Lindqvist-gården"
    >>> s, e, *_ = _without_compound(t, (11, len(t), _FULL, 0.6)); t[s:e]
    'Erik Lindqvist'
    >>> t = "Visa GStreamer-flaggor"
    >>> _without_compound(t, (0, len(t), _FULL, 0.6)) is None
    True
    """
    start, end, check, score = hit
    head = max(start, text.rfind(" ", start, end) + 1)
    cut = text.find("-", head, end)
    while cut != -1:
        part = text[cut + 1:end].split("-", 1)[0]
        if part[:1].islower() and not classify(part[:1].upper() + part[1:]) & (FIRST | LAST):
            return (start, cut, check, score) if _known_before(text, head, cut) else None
        cut = text.find("-", cut + 1, end)
    if _SPACED_COMPOUND.match(text, end) and not _known_before(text, head, end):
        return None
    return hit


_SPACED_COMPOUND = re.compile(r" -[^\W\d_A-Z]")  # Finnish: "Egon Animator -animaatio"


def _known_before(text: str, head: int, cut: int) -> bool:
    """True if the word text[head:cut], or its last hyphened part, is a
    known name or a family-name shape."""
    word = text[head:cut].rsplit("-", 1)[-1]
    return bool(word) and bool(classify(word) & (FIRST | LAST | SHAPE))


# A saint's or a place's word right before a name ("Saint George
# Basseterre", "Sankt Peter", "San Pedro de Macorís", "São Miguel",
# "St. Olavs hospital"): a place, a church or a saint, not a person.
_SAINTLY = re.compile(r"(?:\b(?:[Ss]aint|[Ss]ainte|San|Santa|Santo|S[ãa]o|[Ss]ankt|[Ss]ankta|[Ss]ankti)"
                      r"|\bS(?:ain)?t\.|\bS:t|\bS:ta)[ \u00a0]+$")
# A geographic noun that ends a place ("Prince Edward Island", "Baffin
# Bay"): never a family name.
GEO_NOUNS = frozenset("Island Islands Isle Isles Bay River Creek Mountains Mountain Valley Falls County Ocean".split())
# Finnish case endings on a place's last word ("Sierra Leonen", "Jan
# Mayenilla").
_FI_PLACE_ENDINGS = ("n", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "en", "an", "ään", "iin",
                     "ista", "illa", "ille", "ilta", "issa", "in")


def _in_place(text: str, toks, start: int, end: int) -> bool:
    """True if the name text[start:end] is read in a place's name: after a
    saint's word (_SAINTLY), ending in a geographic noun (GEO_NOUNS), or
    inside a place of ``data/places.txt`` ("Jan Mayen", "Kunden i San
    Marino", "Sierra Leonen tasavalta").

    >>> t = "Svalbard och Jan Mayen"
    >>> [_in_place(t, _tokens(t), 13, 22), _in_place("Jan Mayenilla", _tokens("Jan Mayenilla"), 0, 13)]
    [True, True]
    >>> t = "Anna Lindqvist"
    >>> _in_place(t, _tokens(t), 0, 14)
    False
    """
    if _SAINTLY.search(text, max(0, start - 8), start):
        return True
    inside = [k for k, t in enumerate(toks) if start <= t[0] and t[1] <= end]
    if not inside:
        return False
    last = toks[inside[-1]]
    if text[last[0]:last[1]] in GEO_NOUNS:
        return True
    known = places()
    a, b = inside[0], inside[-1]
    n = len(toks)
    for size in (2, 3, 4, 5):
        for s in range(max(0, a - size + 1), min(b, n - size) + 1):
            run = toks[s:s + size]
            if any(not _PLACE_GAP.fullmatch(text, x[1], y[0]) for x, y in zip(run, run[1:])):
                continue
            words = [place_word(text[t[0]:t[1]]) for t in run]
            if tuple(words) in known:
                return True
            tail = words[-1]
            if any(tail.endswith(e) and tuple(words[:-1] + [tail[:-len(e)]]) in known for e in _FI_PLACE_ENDINGS):
                return True
    return False


_PLACE_GAP = re.compile(r"[ \u00a0]{1,2}|\. | & ")  # "St. Helena", "Svalbard & Jan Mayen Islands"


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
        if f & PARTICLE or (0 < k < len(toks) - 1 and text[t[0]:t[1]].casefold() in CAPITAL_PARTICLES):
            if 0 < k < len(toks) - 1:
                continue  # "Carl von Linné", "Barbara De Clercq"
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
        if _family_after_unknown(names, comma) and not any(True for _ in _free_text(text, toks)):
            # "Bruna Brito", "Lautaro Nahuel Garcia", "Brito, Bruna": given
            # names the lists lack with a known family name; a name only
            # where the column says so, as a lone "Berg" is.  Where free
            # text reads a name that counts alone ("Bruna R. Brito": an
            # initial and a family name), that reading stands.
            return (lead, tail, _LAST_FIRST if comma >= 0 else _FULL, SCORE_HINTED_ONLY)
        return None  # "Lindqvist Berg", "Smith Group": no given name
    if comma >= 0:
        left = [f for k, f in names if k <= comma]
        right = [(k, f) for k, f in names if k > comma]
        if len(left) > 2 or not right or len(right) > 3:
            return None
        # Left of the comma only family names or unknowns: "Anna, Erik" is a
        # list of given names as often as "Last, First" with a family name
        # that is a given name too ("Hanna, Christian"): persons either way,
        # but only under a column that names persons.
        if any(f & FIRST and not f & LAST for f in left):
            if len(left) == 1 and len(right) == 1 and right[0][1] & FIRST:
                return (lead, tail, _LAST_FIRST, SCORE_HINTED_ONLY)
            return None
        known = any(f & (LAST | SHAPE) and not f & AMB for f in left)
        # A given name that is also a word counts after a known family name,
        # as in "Per Hansen": "Hanna, Christian".
        if not any(k in firsts or (known and f & FIRST) for k, f in right):
            return None
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


def _family_after_unknown(names: list[tuple[int, int]], comma: int) -> bool:
    """True if ``names`` (a whole cell's name tokens and their classes) is
    one to three capitalised words the lists do not know, and one known
    family name that is no word, after them or before a comma.

    >>> from recognizers._names import classify
    >>> cell = lambda *ws: [(k, classify(w)) for k, w in enumerate(ws)]
    >>> _family_after_unknown(cell("Bruna", "Brito"), -1), _family_after_unknown(cell("Brito", "Bruna"), 0)
    (True, True)
    >>> _family_after_unknown(cell("Lindqvist", "Berg"), -1), _family_after_unknown(cell("Brito", "Bruna"), -1)
    (False, False)
    """
    if comma < 0:
        head, family = names[:-1], names[-1:]
    else:
        family = [(k, f) for k, f in names if k <= comma]
        head = [(k, f) for k, f in names if k > comma]
    return (1 <= len(head) <= 3 and len(family) == 1 and bool(family[0][1] & LAST)
            and not family[0][1] & (AMB | HYPHEN_LAST) and all(f == 0 for _, f in head))


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
        if f == 0:
            hit = _unknown_given_family(text, toks, i)
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


_FI_LAST_LETTERS = frozenset("neaä")  # the last letters of FI_ENDINGS


def _unknown_given_family(text: str, toks, i: int):
    """One or two given names the lists lack, from toks[i], and a known
    family name, where a word that introduces a person stands before them
    ("Ringde Bruna Brito om fakturan", "Kunden Lautaro Nahuel Garcia",
    "Handläggare: Bruna Brito"): ((start, end, check, score), next i), or
    None.  Elsewhere two capitalised words are as often a firm, a product or
    a heading as a person, and a capitalised word after the family name
    makes a firm of them ("Ring Bruna Brito Consulting").

    >>> from recognizers._names import _tokens
    >>> def found(t):
    ...     hit = _unknown_given_family(t, _tokens(t), 1)
    ...     return None if hit is None else t[hit[0][0]:hit[0][1]]
    >>> found("Ringde Bruna Brito om fakturan"), found("Bruna Brito ringde"), found("Ringde Bruna Brito Consulting")
    ('Bruna Brito', None, None)
    """
    n = len(toks)
    j = i + 1
    while j < n and j - i <= 2 and _linked(text, toks[j - 1], toks[j]) and toks[j][2] == 0:
        j += 1
    if j >= n or j - i > 2 or not _linked(text, toks[j - 1], toks[j]):
        return None
    f = toks[j][2]
    if not f & LAST or f & (AMB | BLOCK | STOP | HYPHEN_LAST):
        return None
    if j + 1 < n and _linked(text, toks[j], toks[j + 1]) and not toks[j + 1][2] & (LOWER | STOP):
        return None  # "Bruna Brito Consulting": a firm, or a name longer than this reads
    start, end = toks[i][0], toks[j][1]
    if not _lead_before(text, start):  # a greeting, a verb of contact, a person noun, a role's label
        return None
    if _context_rejects(text, start, end, f, text[toks[j][0]:end].casefold()):
        return None
    return (start, end, _FULL, SCORE_PARTIAL), j + 1


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
    particled = False
    last = i
    k = i + 1
    while k < n and len(names) < 5 and _linked(text, toks[k - 1], toks[k]):
        fk = toks[k][2]
        capital = not fk & PARTICLE and stage == "given" and text[toks[k][0]:toks[k][1]].casefold() in CAPITAL_PARTICLES
        if fk & PARTICLE or capital:
            # Only inside a name, before a capitalised name word: "Carl von
            # Linné", "Anna af Klercker", and capitalised after the given
            # names, a particle or two before the family name: "Barbara De
            # Clercq", "Irène Van den Bergh"; never "Anna von", "skrevet af
            # Ole" or the Swedish "De" (they) before a word in small letters.
            m = k + 1
            while m < n and m - k < 3 and toks[m][2] & PARTICLE and _linked(text, toks[m - 1], toks[m]):
                m += 1  # "Van den", "Op de"
            nxt = toks[m][2] if m < n else STOP
            if (nxt & NAMEISH or nxt == 0) and not nxt & (BLOCK | STOP) \
                    and _linked(text, toks[m - 1], toks[m]):
                # A capitalised particle says a family name follows, known
                # or not: "Oscar Le Brizec" scores as a known one would.
                particled = particled or capital
                k = m
                continue
            if not capital:
                break
            # No name after it: a capitalised particle is read as what it
            # is besides, a family name ("Ringde Anna Le om fakturan": Lê)
            # or a word that ends the name ("Ringde Anna De ville ha").
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
    known = particled or any(g & (LAST | SHAPE) and not g & AMB for g in flags[1:])
    start, end = toks[i][0], toks[last][1]
    if not known and text[start:end].isupper() and _shouted(text, start):
        return None  # "Ohjelmalla EI OLE TAKUUTA siinä": capitals in a sentence that has lower case
    last_flags = toks[last][2]
    if _context_rejects(text, start, end, last_flags, text[toks[last][0]:end].casefold()):
        return None
    score = SCORE_KNOWN if known else SCORE_PARTIAL
    return (start, end, _FULL, score), last + 1


def _shouted(text: str, start: int) -> bool:
    """True if the word before ``start`` is in capitals too, and the text
    has lower-case letters: a phrase set in capitals for emphasis ("Ohjelmalla
    EI OLE TAKUUTA", "Please DO NOT BILL"), not a name cell or a note
    written in capitals.

    >>> _shouted("Ohjelmalla EI OLE TAKUUTA", 14), _shouted("RING ANNA KOWALCZYK", 5), _shouted("Hej ANNA", 4)
    (True, False, False)
    """
    word = _prev_word(text, start)
    return len(word) > 1 and word.isupper() and any(c.islower() for c in text)


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
