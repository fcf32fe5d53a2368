"""Which language a text is in, and which country its words name: priors for
an identifier that is valid in two countries.

The same ten digits are often a valid number in two Nordic countries: a
kennitala that also passes the CPR modulus 11, a CPR that is also a valid
samordningsnummer, a HETU with a digit check character that is also a
personnummer (bench/accuracy.py counts them).  A column-name hint or a
context word specific to one of them settles it; without one, two cheap
signals of the surrounding text still carry information:

- **Country words.** Writers name the country of a foreign identifier:
  "svenske personnummer", "isländska kennitala", "Finnish personal identity
  code", "norjalainen henkilötunnus".  ``COUNTRY_WORDS`` holds each
  country's adjective and name stems in Swedish, Norwegian, Danish,
  Finnish, Icelandic and English; a word counts when it starts with one
  (``svensk`` covers svenska, svenske, svenskt).  They only choose between
  readings: they never raise a score on their own, so "Danske Bank" next to
  a date-shaped number does not make it a CPR.
- **The language of the text.** A Danish sentence makes a CPR likelier than a
  personnummer.  ``language_of`` counts each language's most frequent
  function words (``FUNCTION_WORDS``: pronouns, prepositions, conjunctions,
  auxiliaries, common adverbs and the days of the week, a hundred or so per
  language), each word split evenly between the languages that share it
  ("og" is Danish, Norwegian and Icelandic), and adds the letters one group
  of languages writes and the others do not (ð and þ are Icelandic; æ and ø
  Danish and Norwegian; ä Swedish and Finnish) and Finnish case endings.
  It answers only when one language leads clearly; short or mixed text
  gets ``None``.  No model and no download: spaCy's own stop-word lists
  were tried first and miss words as common as Swedish "är".  Danish and
  Norwegian share most function words, so they are the pair it confuses
  most; as a country prior that matters little, because no Norwegian
  identifier has the ten digits the others share.

>>> language_of("Oplysningen blev lagt ind i går, vi vender tilbage efter mødet.")
'da'
>>> language_of("Uppgiften lades in i går och vi återkommer efter mötet.")
'sv'
>>> language_of("Tieto lisättiin järjestelmään eilen, palaan asiaan maanantaina.")
'fi'
>>> language_of("See the entry in last week's attachment.")
'en'
>>> language_of("Ref 4411") is None
True
>>> country_words_in(["svenske", "personnummer"])
frozenset({'SE'})
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Iterable

# Language code (spaCy's) -> the country whose identifiers it makes likelier.
# English names no country.
LANGUAGE_COUNTRY = {"sv": "SE", "nb": "NO", "da": "DK", "fi": "FI", "is": "IS"}
# ... and the countries where the language is also official, whose numbers it
# does not argue against: Swedish is an official language of Finland (a HETU
# is a "personbeteckning" there), so Swedish text does not choose a
# personnummer over a HETU, only over a CPR or a kennitala.
ALSO_SPOKEN = {"sv": frozenset({"FI"})}

# Stems of each country's adjective and name (sv, no/da, fi, is, en).
# Finnish inflects: "ruotsalai" covers ruotsalainen/ruotsalaisen, "ruotsin"
# the genitive of Ruotsi.  Not the bare English "island".
COUNTRY_WORDS: dict[str, tuple[str, ...]] = {
    "SE": ("svensk", "sverige", "swedish", "sweden", "ruotsalai", "ruotsin", "sænsk", "svíþjóð"),
    "NO": ("norsk", "norge", "noreg", "norwegian", "norway", "norjalai", "norjan", "norskur", "noregur"),
    "DK": ("dansk", "danmark", "danish", "denmark", "tanskalai", "tanskan", "danskur", "danmörk"),
    "FI": ("finsk", "finland", "finnish", "suomalai", "suomen", "finnsk"),
    "IS": ("isländsk", "islandsk", "icelandic", "iceland", "islantilai", "islannin", "íslensk", "ísland"),
}

# Each language's words for a kind of number, whoever issues it: a personal
# identity number ("personnummer", "henkilötunnus", "identity number") or a
# business's ("organisasjonsnummer", "y-tunnus", "company registration").
# Beside a word that names a country (COUNTRY_WORDS) in the context window,
# such a word is context for that country's number of the kind: "finsk
# personnummer" for a HETU, "islantilainen henkilötunnus" for a kennitala,
# "norjalainen y-tunnus" for a Norwegian orgnr.  Alone it is context only
# for the recognizers that list it (their CONTEXT): in Finnish text
# "henkilötunnus" is a HETU's word, not a personnummer's.  Matched as context
# words are (equal, or a prefix of at least three letters).
KIND_WORDS: dict[str, frozenset[str]] = {
    "personal": frozenset((
        "personnummer", "personnr", "födelsenummer", "fødselsnummer", "fødselsnr", "identitetsnummer",
        "henkilötunnu", "henkilotunnu", "hetu", "id-nummer", "id-numero", "id-number", "identity", "ssn",
    )),
    "business": frozenset((
        "organisationsnummer", "organisationsnr", "organisasjonsnummer", "organisasjonsnr", "orgnr",
        "org.nr", "org-nr", "företagsnummer", "foretaksnummer", "virksomhedsnummer", "y-tunnus",
        "yritystunnus", "company", "business", "registration", "moms", "mva", "alv", "vat",
    )),
}

# The most frequent function words of each language (Norwegian: Bokmål, with
# a few Nynorsk forms).  A word several languages write counts for each of
# them, split evenly.
FUNCTION_WORDS: dict[str, str] = {
    "sv": """
        och att det som en ett är var har hade inte på med för till av om men så kan ska skall
        kommer blir blev bli blivit vi jag du han hon den de dem oss ni sig sin sitt sina mig dig
        honom henne deras vår våra vårt min mitt mina din ditt dina här där när nu också även
        efter innan före under mellan utan hos mot från genom enligt eller samt än bara mycket
        alla allt andra annan annat något någon några ingen inget inga vill måste får fick gör
        görs gjorde gjort finns fanns sedan redan igen aldrig alltid idag igår går in ut upp
        vecka veckan måndag tisdag onsdag torsdag fredag lördag söndag månad nästa förra hej tack
        vid inom åt mer mest vilken vilket vilka hur varför vad ja nej bra ny nya nytt om även
        denna detta dessa skulle kunde ville sen i tillbaka ju dock
    """,
    "nb": """
        og å det som en et ei er var har hadde ikke ikkje på med for til av om men så kan skal
        kommer blir ble bli blitt vi jeg eg du han hun ho den de dem oss dere seg sin sitt sine
        meg deg ham henne deres vår våre vårt min mitt mine din ditt dine her der når nå også
        etter før under mellom uten hos mot fra gjennom ifølge eller samt enn bare mye alle alt
        andre annen annet noe noen ingen intet vil må får fikk gjør gjøres gjorde gjort finnes
        fantes siden allerede igjen aldri alltid idag går inn ut opp uke uken mandag tirsdag
        onsdag torsdag fredag lørdag søndag måned neste forrige hei takk ved innen mer mest
        hvilken hvilket hvilke hvordan hvorfor hva kva ja nei bra ny nye nytt hvis kun slik
        denne dette disse skulle kunne ville sammen veldig i tilbake
    """,
    "da": """
        og at det som en et er var har havde ikke på med for til af om men så kan skal kommer
        bliver blev blive vi jeg du han hun den de dem os jer sig sin sit sine mig dig ham hende
        deres vores min mit mine din dit dine her der når nu også efter før inden under mellem
        uden hos mod fra gennem ifølge eller samt end bare meget alle alt andre anden andet
        noget nogen nogle ingen intet vil må får fik gør gøres gjorde gjort findes fandtes
        siden allerede igen aldrig altid idag går ind ud op uge ugen mandag tirsdag onsdag
        torsdag fredag lørdag søndag måned næste sidste forrige hej tak ved mere mest hvilken
        hvilket hvilke hvordan hvorfor hvad ja nej god ny nye nyt hvis kun sådan denne dette
        disse skulle kunne ville sammen i tilbage
    """,
    "fi": """
        ja on ei se että oli ovat olla ole olen olet olemme olette olisi ollut hän he me te minä
        sinä tämä tuo joka jotka mikä mitä kun jos niin mutta tai myös vain vielä jo nyt sitten
        kanssa mukaan jälkeen ennen aikana välillä ilman kautta asti alkaen saakka noin hyvin
        paljon kaikki muut jokin joku mitään kukaan voi voidaan pitää täytyy tulee tuli eilen
        tänään huomenna viikko viikon viikolla maanantaina tiistaina keskiviikkona torstaina
        perjantaina lauantaina sunnuntaina kuukausi kuun ensi viime kiitos hei kyllä uusi uuden
        sekä eli siis koska vaan sen sitä siitä siihen niitä heidän meidän minun sinun hänen
        tässä siellä täällä nämä ne tämän tätä kuin jotta takaisin
    """,
    "is": """
        og að það sem er var hefur hafði ekki á með fyrir til af um en svo getur skal mun verður
        varð við ég þú hann hún þeir þær þau sig sinn sín sitt mig þig hans hennar þeirra okkar
        minn mín mitt þinn þín þitt hér þar þegar nú líka eftir undir milli án hjá móti frá
        gegnum samkvæmt eða heldur bara mjög allir allt aðrir annað eitthvað einhver enginn
        ekkert vill má fær fékk gerir gerði gert í vika viku mánudag þriðjudag
        miðvikudag fimmtudag föstudag laugardag sunnudag mánuður næsta síðasta takk já nei ný
        nýr nýtt hvað hvernig hvers vegna þetta þessi þessa
    """,
    "en": """
        the a an and of to in is was are were be been being has have had not on with for at by
        from as or but so can could will would should shall may might must this that these
        those it its we i you he she they them us our your his her their my me him here there
        when now also after before under between without about into over than only very all
        any some no none other another which who whom what how why please thanks thank yes
        yesterday today tomorrow week month monday tuesday wednesday thursday friday saturday
        sunday next last do does did done get got if then just
    """,
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Letters that one group of languages writes and the others do not: a word
# holding one adds LETTER_WEIGHT, split between the group.
_LETTERS = {
    "ð": ("is",), "þ": ("is",),
    "æ": ("da", "nb", "is"), "ø": ("da", "nb"),
    "ä": ("sv", "fi"), "ö": ("sv", "fi", "is"),
}
LETTER_WEIGHT = 1.0
# Spellings that tell Danish, Norwegian and Swedish apart where their
# function words do not (each adds SPELLING_WEIGHT): Norwegian "kj", "gj"
# and "øy" (kjøpe, gjelder, høy; Danish købe, gælder, høj), the definite
# plurals Danish "-erne", Norwegian "-ene", Swedish "-arna/-orna/-erna", the
# Danish past tense "-ede" (flyttede; Norwegian flyttet); Finnish case
# endings and long vowels, for a language that inflects nouns instead of
# placing prepositions.
_SPELLINGS = (
    (re.compile(r"kj|gj|øy"), "nb"),
    (re.compile(r"..ene$"), "nb"),
    (re.compile(r"..erne$|..ede$"), "da"),
    (re.compile(r"..(?:arna|orna|erna)$"), "sv"),
    (re.compile(r"aa|ää|ii|uu|yy|öö|..(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|ksi)$"), "fi"),
)
SPELLING_WEIGHT = 0.5
MIN_SCORE = 1.0  # the leading language's score, at least
MIN_LEAD = 0.75  # ... and its lead over the runner-up


@lru_cache(maxsize=1)
def _function_words() -> dict[str, tuple[str, ...]]:
    """word -> the languages whose list holds it."""
    by_word: dict[str, list[str]] = defaultdict(list)
    for lang, words in FUNCTION_WORDS.items():
        for word in dict.fromkeys(words.split()):
            by_word[word].append(lang)
    return {w: tuple(langs) for w, langs in by_word.items()}


def language_scores(text: str) -> dict[str, float]:
    """Per language, the evidence ``text`` holds for it (see the module doc)."""
    words = _function_words()
    score: dict[str, float] = defaultdict(float)
    for m in _WORD.finditer(text.lower()):
        word = m.group()
        langs = words.get(word)
        if langs:
            for lang in langs:
                score[lang] += 1 / len(langs)
        for letter, letter_langs in _LETTERS.items():
            if letter in word:
                for lang in letter_langs:
                    score[lang] += LETTER_WEIGHT / len(letter_langs)
        if len(word) > 3:
            for rx, lang in _SPELLINGS:
                if rx.search(word):
                    score[lang] += SPELLING_WEIGHT
    return dict(score)


def language_of(text: str) -> str | None:
    """The language ``text`` is written in (a spaCy code), or None if unclear."""
    score = language_scores(text)
    if not score:
        return None
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if top >= MIN_SCORE and top - second >= MIN_LEAD:
        return best
    return None


def country_words_in(words: Iterable[str]) -> frozenset[str]:
    """The countries named by any of ``words`` (lower case)."""
    found = set()
    for word in words:
        for country, stems in COUNTRY_WORDS.items():
            if any(word.startswith(s) for s in stems):
                found.add(country)
    return frozenset(found)
