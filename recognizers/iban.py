"""IBAN (International Bank Account Number, ISO 13616), every country.

Country code, two check digits and the national account number (BBAN) of a
fixed length and structure per country, written compact
(``SE4550000000058398257466``) or in groups of four
(``SE45 5000 0000 0583 9825 7466``), in capitals or, as web forms and
chats get it, in lower case.  Nordic lengths: NO 15, DK/FI/FO/GL 18, SE 24,
IS 26.

How it is checked: ``stdnum.iban`` (ISO 7064 mod-97 over the whole number,
the country's BBAN structure from the SWIFT registry, and the national check
where stdnum has one, e.g. the Norwegian kontonummer digit).  The candidate
regex is built from the same registry, one exact length per country, so an
IBAN followed by more letters or digits in running text is matched at its
true length.  ``kind`` is the country code.

An Icelandic IBAN ends with the account holder's kennitala (reference §2.2):
``embedded_kennitala`` returns it so that the engine can run the kennitala
recognizer on it and count it as an Icelandic personal identifier too.

More information: reference §2.2; SWIFT "IBAN registry"; python-stdnum
``iban.py``, ``iban.dat``.

>>> R = NordicIbanRecognizer()
>>> R.check("SE45 5000 0000 0583 9825 7466").kind     # python-stdnum example
'SE'
>>> R.check("GB82 WEST 1234 5698 7654 32")  # synthetic: the registry's specimen; nordpii: allow
Check(valid=True, checksum=True, synthetic=False, kind='GB')
>>> R.validate_result("SE45 5000 0000 0583 9825 7467")   # wrong check digits
False
>>> R.validate_result("NO23 8601 1117 946")   # mod-97 holds, the kontonr digit does not
False
>>> text = "IBAN FI21 1234 5600 0007 85 (OP)"
>>> [text[c.start:c.end] for c in R.candidates(text)]
['FI21 1234 5600 0007 85']
>>> text = "iban: se45 5000 0000 0583 9825 7466"      # typed in lower case
>>> [text[c.start:c.end] for c in R.candidates(text) if c.check.valid]
['se45 5000 0000 0583 9825 7466']
>>> embedded_kennitala("IS14 0159 2600 7654 5510 7303 39")
'5510730339'
"""

from __future__ import annotations

import re
from collections import defaultdict

from stdnum import iban, numdb

from recognizers._base import INVALID, Check, NordicRecognizer


def _bban_lengths() -> dict[int, list[str]]:
    """BBAN length -> country codes, from python-stdnum's copy of the registry."""
    by_length: dict[int, list[str]] = defaultdict(list)
    for _, cc, _, props, _ in numdb.get("iban").prefixes:
        structure = props.get("bban", "")
        length = sum(int(n) for n in re.findall(r"(\d+)!?[nac]", structure))
        if len(cc) == 2 and length:
            by_length[length].append(cc)
    return dict(sorted(by_length.items()))


def _pattern(separated: bool) -> str:
    # One alternative per BBAN length; every repetition is bounded and each
    # step consumes a separator or a character, so matching stays linear.
    sep = "[ .]?" if separated else ""
    head = "[ ]?" if separated else ""
    alts = "|".join(
        f"(?:{'|'.join(ccs)}){head}[0-9]{{2}}(?:{sep}[A-Z0-9]){{{n}}}"
        for n, ccs in _bban_lengths().items()
    )
    return rf"(?<![A-Za-z0-9])(?:{alts})(?![A-Za-z0-9])"


def embedded_kennitala(number: str) -> str | None:
    """The account holder's kennitala in a valid Icelandic IBAN, else None.

    The last ten digits of an Icelandic BBAN are the holder's kennitala
    (``DDMMYYRRQC``, returned compact, without its hyphen).  It is returned
    as found: whether it passes the kennitala check (which numbers issued
    since February 2026 do not) is for the kennitala recognizer to say.

    >>> embedded_kennitala("IS140159260076545510730339")
    '5510730339'
    >>> embedded_kennitala("SE45 5000 0000 0583 9825 7466") is None
    True
    >>> embedded_kennitala("IS14 0159 2600 7654 5510 7303 38") is None   # invalid IBAN
    True
    """
    if not isinstance(number, str) or len(number) > 64:
        return None
    compact = iban.compact(number)
    if not compact.startswith("IS") or not NordicIbanRecognizer.check(number).valid:
        return None
    return compact[-10:]


class NordicIbanRecognizer(NordicRecognizer):
    ENTITY = "IBAN_CODE"
    PATTERNS = (
        ("compact", _pattern(separated=False), 0.5),
        ("spaced", _pattern(separated=True), 0.5),
    )
    REGEX_FLAGS = re.ASCII | re.IGNORECASE
    CONTEXT = (
        "iban", "konto", "kontonummer", "kontonr", "bankkonto", "tilinumero",
        "pankkitili", "reikningsnúmer", "reikningur", "account", "bank",
    )
    PRIORITY = 65
    COINCIDENCE = 1 / 97  # ISO 7064 mod 97-10 (the BBAN structure makes it rarer)

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str) or len(text) > 64:
            return INVALID
        compact = iban.compact(text)
        if not (compact.isascii() and compact.isalnum()):
            return INVALID
        if iban.is_valid(compact):  # check_country: national checks too
            return Check(True, checksum=True, kind=compact[:2])
        return INVALID

    def embedded(self, text, candidate):
        """The holder's kennitala inside an Icelandic IBAN (reference §2.2).

        >>> R = NordicIbanRecognizer()
        >>> text = "IBAN IS14 0159 2600 7654 5510 7303 39"
        >>> [(e, text[s:t]) for c in R.candidates(text) for e, s, t in R.embedded(text, c)]
        [('IS_KENNITALA', '5510 7303 39')]
        """
        if candidate.check.kind != "IS":
            return
        digit_positions = [i for i in range(candidate.start, candidate.end) if text[i] in "0123456789"]
        if len(digit_positions) >= 10:
            yield "IS_KENNITALA", digit_positions[-10], digit_positions[-1] + 1
