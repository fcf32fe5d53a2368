"""Build the PERSON gazetteers (first_names.txt, last_names.txt, places.txt).

nordpii's ``PersonRecognizer`` (``recognizers/person.py``) finds names without
a downloaded spaCy model: it looks tokens up in two plain-text lists shipped as
package data.  This script generates those lists from the person-name data that
Faker (MIT licence, see NAMES_LICENSE.txt) carries for the Nordic and English
locales.  It runs once, by hand, whenever Faker's data should be refreshed; the
scanner itself never imports Faker at run time (importing it costs ~0.3 s and it
is a generator, not a lexicon).

Usage, from the repository root::

    .venv/bin/python recognizers/data/build_names.py            # rewrite both files
    .venv/bin/python recognizers/data/build_names.py --check    # exit 1 if stale
    .venv/bin/python recognizers/data/build_names.py --report   # name/word overlaps

``--report`` lists names that are also common words, month names or Faker
city names; ``_names.py``'s hand-kept ``AMBIGUOUS`` set is curated from it.

Output: one name per line, original spelling (not case-folded: the recognizer
case-folds and diacritic-folds at load time), unique by case-folded form,
sorted by case-folded form, after a ``#`` header recording provenance.
Multi-word entries and entries with characters other than letters, hyphens
and apostrophes are dropped.  Icelandic has no surname list: patronymics
(-son, -dóttir) are recognised by a rule in ``_names.py`` instead of listing
every father's name twice.

places.txt holds the place names of two words or more that a name could be
read in ("Jan Mayen", "Sierra Leone", "Rio de Janeiro", "Saint Lucia"): the
country names of Faker's address providers for the same locales (MIT), the
city and island names of the IANA time-zone database (public domain, read
through ``zoneinfo`` on the machine that builds), and EXTRA_PLACES below.
The recognizer drops a name read inside one (``person.py``).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from pathlib import Path

from recognizers._names import fold

HERE = Path(__file__).resolve().parent

# Locales whose person provider feeds the lists.  There is no nb_NO in Faker
# (DESIGN.md "Traps"); no_NO is Norwegian bokmål.
LOCALES = ("sv_SE", "no_NO", "da_DK", "fi_FI", "is_IS", "en_US", "en_GB")

# The languages of the Nordic countries' largest groups born abroad that
# write their names in Latin letters (German, Polish, Turkish, Estonian,
# Lithuanian, Bosnian-Croatian-Serbian, Romanian), and the romanised names
# of two more that Faker holds (Indian, among the largest groups given work
# permits in Sweden and Norway, and Thai): a Nordic CRM's customers and staff
# carry their names too.  Their names that are also words (WORDS below) are
# left out: "Till" and "Över" are Turkish and German given names, "Eller",
# "Mark" and "Post" Estonian and Polish family names.
#
# Then the Pakistani names Faker holds (en_PK: romanised Muslim given and
# family names, which are also Arab ones: Pakistan is among Norway's and
# Denmark's largest groups born abroad, Syria and Iraq among Sweden's), and
# the French, Spanish, Italian, Portuguese and Dutch ones: a Nordic CRM's
# contacts at its customers abroad.
MORE_LOCALES = ("de_DE", "pl_PL", "tr_TR", "et_EE", "lt_LT", "hr_HR", "ro_RO", "en_IN", "en_TH",
                "en_PK", "fr_FR", "es_ES", "it_IT", "pt_PT", "nl_NL")

# Where each locale's data comes from, as Faker's own source comments say.
UPSTREAM = {
    "sv_SE": "first: Isof top 500 (2023); last: Skatteverket top 500 (2025)",
    "no_NO": "SSB top-100 first (male, female) and last names",
    "da_DK": "Faker da_DK (no upstream source stated)",
    "fi_FI": "avoindata.fi most popular given names and surnames (DVV)",
    "is_IS": "fzaninotto/Faker (PHP, MIT) is_IS Person.php; first names only",
    "en_US": "SSA top-200 names by decade 1960s-1990s; US Census top-1000 surnames",
    "en_GB": "ONS (UK) first and last names tables",
    "de_DE": "de.wiktionary most frequent given names; namenforschung.net DFD family names",
    "pl_PL": "Faker pl_PL (no upstream source stated); family names: unisex and male (-ski), female forms derived (-ska)",
    "tr_TR": "Faker tr_TR (no upstream source stated)",
    "et_EE": "Statistics Estonia top given names (2017); Eesti Ekspress top-500 family names",
    "lt_LT": "Faker lt_LT (no upstream source stated)",
    "hr_HR": "Faker hr_HR (no upstream source stated)",
    "ro_RO": "Faker ro_RO (no upstream source stated)",
    "en_IN": "first: pampers.com Indian baby names (boys, girls); last: no upstream source stated",
    "en_TH": "Faker en_TH, romanised Thai names (no upstream source stated)",
    "en_PK": "mummyname.net Pakistani boy names (first and last)",
    "fr_FR": "Faker fr_FR (no upstream source stated)",
    "es_ES": "first: Alvaro Mondejar Rubio's lists; last: no upstream source stated",
    "it_IT": "en.wikipedia Italian given names categories; en.wiktionary Italian surnames",
    "pt_PT": "Faker pt_PT (no upstream source stated)",
    "nl_NL": "Faker nl_NL (no upstream source stated)",
}

# The added locales' names that are words in the Nordic languages or in
# English, left out of the lists.  Found by looking every added name up, in
# lower case, among the words of the Nordic and English messages of the
# Debian packages' catalogues (/usr/share/locale/*/LC_MESSAGES) and of
# /usr/share/doc, then read by hand: a word seen lower-case there three
# times or more, or an English or Nordic word read so ("Roman", "German",
# "Toy"); names that only show up in lower case as someone's e-mail address
# ("justus@", "christos@") stay.  Compared case- and diacritic-folded, as
# the recognizer compares ("Şide" is the Danish and Norwegian "side",
# "Gül" the Swedish "gul").  A known given name before any capitalised
# word reads as a full name ("Roman Empire"), so a word among the given
# names costs more than one among the family names.  For en_IN and en_TH
# (added 2026-12-08) the same counts, made by a script: every name seen in
# small letters in the Nordic messages at all, or three times or more in the
# English ones or in /usr/share/doc outside an e-mail address (a few family
# names read so stay: Aggarwal, Naidu, Mitra, Bhat), and every name of
# three letters or fewer but Raj, Rao, Jha, Dey and Lal; then read by hand for
# the Nordic and English words the counts missed (the second block:
# "prima", "kala", "lila", "goda", "tank", "merchant", "warrior").  For
# en_PK, fr_FR, es_ES, it_IT, pt_PT and nl_NL (added 2026-12-08, the third
# block) the same counts, and every flagged name read by hand: kept are
# names seen in small letters only as someone's user name or a program's
# (Federico, Jasper, Dijkstra, Colin); left out are words ("Börja" and
# "sådan" folded, "Pilar", "Floor", "Mesa", "Pages"), a mathematician's
# name as his method ("Jacobi", "Legendre", "Fibonacci") and every name
# of three letters or fewer but Luc, Liz and Teo (Jean-Luc).
WORDS = frozenset(fold(w) for w in """
    till server över peer us elif maks blanka sina meta reda gabi ute tule ene engin mengi matas ema bali
    mihin harm rene rena henni ante argu grit nas roman cora ira emin nada baba german lore toy cord hardy
    falk tan nico eba efe lilo evi uli urs sylvester ivo
    eller och must block link org post job vain such blank grund mark drop vill fit parts lange han bas
    junk franc väli fik dela lis korta graf heller alas ring mitt raja dering linke gul sasak rej maj kut
    cop ogonek mende kallas grunt grab bak sorbian soon madura lätt dyka basa baka para stroka smal seta
    sager roots rand myk hak front forma filas dörr bok allas stiller stempel roter macha toom fac mak
    rust laas raid cal pyc ott ots kara seven urb mans killer sip poczta raud beer cis pal uss idec czech
    suits oks luik dywan topa peda muc gal zyga jas luks
    side etta esim mate ide indre sidar jiri rasa ika oge ruta hana enno draga adal uge oget nika markas klare
    zero las lower proc sama magic bus langa koska bogus basic lys zic skala topic sade gron gas sever
    ban pula korda hande toma roda skoda kopa frys kott kuk kulma lukk kuba bara
    anda sanda rada stan florin veta nae alin gregorian adi pop ica georgian
""".split()) | frozenset(fold(w) for w in """
    agate andra anon ati avi babu bail bal bali ben bir borde char dada dar dara das dash date datta dave de
    deep deo dev dhar din doctor dua eta forum gera handa hans harrison harsh hora ira jai kalla kanda kant kar
    kara kata lad lanka lata lohit lucky mall mani master modi more natt oak om oni oza pai pak pal parin parsa
    pau rai raja rajan ram ratta rau rege sai sama sami sane sant sem sen sethi sha shan som sur tailor tak
    tata vala varma veda vig virk yug
    amble anne aurora bath contractor falan gade gala goda kala kale laban lila loyal magar mane manne merchant
    morar nori pant prima quincy ravel reva sandal savant tank vasa veer warrior
""".split()) | frozenset(fold(w) for w in """
    africa ainoa ale amor ani awj aya blas borja cas che demi dex edu faas fay febe fem floor gil iban ibn ise
    ivy ize jad jet jip kay kick lex lut luz nail noe paz pien pilar pim pio puk raf rens rik rui ruy
    saal sad sadan sep sienna sil sole taj ties ugo yar abad abba altera amo andre andres arenas berre blin
    blot bou brands bru brun bud cant cases catalan chamorro cid cocci coll company cousin cuda dalla delle dias
    eco emo espanol falcon farre fermi fibonacci foa font frias gemen hoz jacobi julia kas kof kok kort lage
    leal legendre losa mace mallien mangel manuel mari masse mens mesa milla mir moll mur nek oda olive pages
    paiva pareja parent pi pino pla pol pou real rek rey rio robin roger room salvo sam sans sas satta
    sole spies spiker torrent torrents tur valdes vaz vera verda verdi verdier vi volta vos grande ooms
""".split())

# The added locales' names that are also a place are left out too ("Pula",
# "Sakarya", "Kunda"): a cell or a sentence that names a town is no person's.
# The places: every Faker address provider's single-word cities, states,
# regions and countries, the IANA time-zone database's cities, and the
# single-word names of ISO 3166-2's subdivisions ("Sabah", "Hidalgo",
# "Artigas"); with them the single-word names of ISO 639-2's languages
# ("Danish", "Breton", "Lombard"), which en_PK and fr_FR hold as names.  The
# ISO lists are read from Debian's iso-codes package on the machine that
# builds (LGPL; nothing of it is shipped: it only takes names out).
ISO_CODES = Path("/usr/share/iso-codes/json")


def _iso_names() -> set[str]:
    if not ISO_CODES.is_dir():
        raise SystemExit(f"build_names: {ISO_CODES} is missing; install Debian's iso-codes package")
    found: set[str] = set()
    for name, key in (("iso_3166-2.json", "3166-2"), ("iso_639-2.json", "639-2")):
        for entry in json.loads((ISO_CODES / name).read_text("utf-8"))[key]:
            for part in entry["name"].split(";"):
                if NAME_RE.match(part.strip()):
                    found.add(fold(part.strip()))
    return found


def _places_of_one_word() -> set[str]:
    import pkgutil
    import zoneinfo

    import faker.providers.address as address

    found: set[str] = _iso_names()
    for info in pkgutil.iter_modules(address.__path__):
        provider = importlib.import_module(f"faker.providers.address.{info.name}").Provider
        for attr in ("cities", "states", "regions", "countries", "provinces", "municipalities"):
            for place in getattr(provider, attr, ()):
                if isinstance(place, str) and NAME_RE.match(place.strip()):
                    found.add(fold(place.strip()))
    for zone in zoneinfo.available_timezones():
        city = zone.rsplit("/", 1)[-1]
        if NAME_RE.match(city):
            found.add(fold(city))
    return found


# Polish family names in -ski, -cki and -dzki have a feminine form in -ska,
# -cka, -dzka, which Faker derives at run time and does not list.
_PL_FEMININE = re.compile(r"(?:s|c|dz)ki$")

# Places a name could be read in that neither source lists: Nordic
# territories and well-known places whose first word is a given name.
EXTRA_PLACES = (
    "Dronning Maud Land", "Drottning Maud Land", "Kuningatar Maudin maa", "Peter I Island", "Peter I øy",
    "Peter I:s ö", "Tristan da Cunha", "Nova Scotia", "Prince Edward Island", "Rio de Janeiro",
    "Rio Grande", "Milton Keynes", "Reggio Emilia", "Santa Cruz", "San Francisco", "San Diego", "San José",
    "Victoria Island", "Mo i Rana",
)

NAME_RE = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")


def _names(attr: object) -> list[str]:
    # Faker keeps weighted lists as OrderedDict (name -> weight) and plain ones
    # as tuples; both iterate over the names.
    return [str(n).strip() for n in attr]  # type: ignore[union-attr]


# In these locales a family name that is one of the locale's own given
# names is left out of the family names: "Jean", "Pierre", "Marie",
# "Carlos" and "Diego" are given names first, and as family names too they
# would make "Jean-Pierre" a double family name, a firm's form (the
# hyphen rule in ``_names.classify``).  Not in en_PK, whose family names
# are fathers' given names.
GIVEN_FIRST_LOCALES = ("fr_FR", "es_ES", "it_IT", "pt_PT", "nl_NL")


def _given_names(provider: object) -> set[str]:
    return {n.casefold() for attr in ("first_names", "first_names_male", "first_names_female")
            for n in _names(getattr(provider, attr, ()))}


def collect() -> tuple[dict[str, str], dict[str, str], str]:
    """Case-folded key -> spelling, for first and last names; Faker version."""
    import faker  # imported here: importing this module must stay cheap

    first: dict[str, str] = {}
    last: dict[str, str] = {}
    left_out = WORDS | _places_of_one_word()  # for MORE_LOCALES only
    for loc in LOCALES + MORE_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        more = loc in MORE_LOCALES
        own_given = _given_names(provider) if loc in GIVEN_FIRST_LOCALES else set()
        family = ("last_names", "unisex_last_names", "male_last_names") if loc == "pl_PL" else ("last_names",)
        for target, attrs in ((first, ("first_names",)), (last, family)):
            if loc == "is_IS" and target is last:
                continue  # a single generator stub, not data
            for attr in attrs:
                for name in _names(getattr(provider, attr, ())):
                    if loc == "pl_PL" and name == "Doe":
                        continue  # pl_PL's last_names: a stub, its data is in the other two
                    forms = (name, name[:-1] + "a") if loc == "pl_PL" and _PL_FEMININE.search(name) else (name,)
                    for form in forms:
                        if target is last and form.casefold() in own_given:
                            continue
                        if NAME_RE.match(form) and not (more and fold(form) in left_out):
                            target.setdefault(form.casefold(), form)
    return first, last, faker.VERSION


def render(kind: str, names: dict[str, str], version: str) -> str:
    header = [
        f"# nordpii PERSON gazetteer: {kind} names, one per line.",
        "# GENERATED by recognizers/data/build_names.py; do not edit by hand.",
        f"# Source: Faker {version} (https://github.com/joke2k/faker),",
        "#   faker/providers/person/<locale>/__init__.py, attribute "
        + ("first_names." if kind == "first" else "last_names."),
        "# Licence: MIT, Copyright (c) 2012 Daniele Faraglia; full text in NAMES_LICENSE.txt.",
        "# Upstream data per locale (as stated in Faker's source):",
    ]
    header += [f"#   {loc}: {UPSTREAM[loc]}" for loc in LOCALES + MORE_LOCALES
               if not (kind == "last" and loc == "is_IS")]
    header.append(f"# The last {len(MORE_LOCALES)} locales' names that are Nordic or English words (WORDS), places or"
                  " languages are left out.")
    if kind == "last":
        header.append(f"# So are the family names of {', '.join(GIVEN_FIRST_LOCALES)} that are the same locale's given names.")
    header.append(f"# {len(names)} names, unique by case-folded form.")
    body = [names[k] for k in sorted(names)]
    return "\n".join(header + body) + "\n"


def collect_places() -> tuple[list[str], str]:
    """Place names of two words or more, unique by case-folded form; the tz
    database's version."""
    import zoneinfo

    found: dict[str, str] = {}

    def add(name: str) -> None:
        name = re.sub(r"\s*\(.*?\)", "", name).replace("_", " ").strip()
        if " " in name and "Ã" not in name:  # "CÃ´te d'Ivoire": mojibake in one locale
            found.setdefault(name.casefold(), name)

    for loc in LOCALES:
        if loc == "is_IS":
            continue  # no address provider
        provider = importlib.import_module(f"faker.providers.address.{loc}").Provider
        for country in getattr(provider, "countries", ()):
            add(str(country))
    for zone in zoneinfo.available_timezones():
        add(zone.rsplit("/", 1)[-1])
    for place in EXTRA_PLACES:
        add(place)
    try:
        from importlib.metadata import version
        tz = "tzdata " + version("tzdata")
    except Exception:  # the system's zoneinfo
        tz = "the system's IANA tz database"
    return [found[k] for k in sorted(found)], tz


def render_places(places: list[str], version: str, tz: str) -> str:
    header = [
        "# nordpii PERSON gazetteer: place names of two words or more, one per line.",
        "# GENERATED by recognizers/data/build_names.py; do not edit by hand.",
        f"# Sources: Faker {version} address providers' country names ({', '.join(LOCALES[:4] + LOCALES[5:])}),",
        "#   MIT, Copyright (c) 2012 Daniele Faraglia, full text in NAMES_LICENSE.txt;",
        f"#   the city and island names of {tz} (IANA, public domain);",
        "#   build_names.py's EXTRA_PLACES.",
        f"# {len(places)} places, unique by case-folded form.",
    ]
    return "\n".join(header + places) + "\n"


def report(first: dict[str, str], last: dict[str, str]) -> None:
    """Print names that are also common words or places (for AMBIGUOUS)."""
    from faker.providers.lorem.da_DK import Provider as DaLorem
    from faker.providers.lorem.en_US import Provider as EnLorem

    words: set[str] = set()
    for lang in ("sv", "nb", "da", "fi", "en", "is"):
        try:
            mod = importlib.import_module(f"spacy.lang.{lang}.stop_words")
        except ImportError:
            continue
        words |= {w.casefold() for w in mod.STOP_WORDS}
    words |= {w.casefold() for w in DaLorem.word_list}
    words |= {w.casefold() for w in EnLorem.word_list}
    places: set[str] = set()
    for loc in ("sv_SE", "no_NO", "da_DK", "fi_FI", "en_US"):
        prov = importlib.import_module(f"faker.providers.address.{loc}").Provider
        places |= {c.casefold() for c in getattr(prov, "cities", ())}
    for kind, names in (("first", first), ("last", last)):
        print(f"{kind} names that are common words:",
              " ".join(sorted(names.keys() & words)))
        print(f"{kind} names that are Faker city names:",
              " ".join(sorted(names.keys() & places)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the files are stale")
    ap.add_argument("--report", action="store_true", help="print name/word overlaps")
    args = ap.parse_args(argv)
    first, last, version = collect()
    if args.report:
        report(first, last)
        return 0
    stale = False
    places, tz = collect_places()
    outputs = [(HERE / f"{kind}_names.txt", render(kind, names, version), len(names))
               for kind, names in (("first", first), ("last", last))]
    outputs.append((HERE / "places.txt", render_places(places, version, tz), len(places)))
    for path, text, count in outputs:
        if args.check:
            if not path.exists() or path.read_text("utf-8") != text:
                print(f"stale: {path}", file=sys.stderr)
                stale = True
        else:
            path.write_text(text, "utf-8")
            print(f"wrote {path} ({count} entries)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
