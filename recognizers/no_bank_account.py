"""Kontonummer (Norwegian bank account number).

Eleven digits written ``XXXX.XX.XXXXX`` (bank registration number, account
group, account): the last is a mod-11 check digit with weights
``5 4 3 2 7 6 5 4 3 2`` (remainder 10 is never issued).  Old Postgiro
accounts are bank code ``0000`` and seven digits with a Luhn check.

How it is checked: ``stdnum.no.kontonr``.  The trap: the weights and the rule
are exactly those of the second check digit of a fødselsnummer, so every
valid fødselsnummer is also a valid bare kontonummer.  The grouped 4.2.5
shapes (``8601.11.17947``, ``8601 11 17947``) are how account numbers are
written and nothing else is, so a verified check digit scores 1.0 there; the
bare eleven-digit shape keeps its low base score even when the check digit
holds (``AMBIGUOUS_SHAPES``) and needs context (``kontonummer``,
``kontonr``, ``bankkonto``, ``konto``, ``account``) to count, while the
fødselsnummer recognizer scores the same digits 1.0 on its two checks.

More information: reference §2.2; python-stdnum ``no/kontonr.py``.

>>> R = NoBankAccountRecognizer()
>>> R.validate_result("8601 11 17947")          # valid (python-stdnum example)
True
>>> R.check("1234.56.78903").synthetic  # made up: no test list marks it; nordpii: allow
False
>>> R.validate_result("8601 11 17949")          # wrong check digit
False
>>> R.check("0000.4090403").kind                # Postgiro, Luhn
'postgiro'
>>> [(c.shape, c.score) for c in R.candidates("konto 8601.11.17947")]
[('dotted', 1.0)]
>>> [(c.shape, c.score) for c in R.candidates("86011117947")]   # bare: needs context
[('11_digits', 0.3)]
"""

from __future__ import annotations

import re
from typing import ClassVar

from stdnum.no import kontonr

from recognizers._base import INVALID, Check, NordicRecognizer


_SEPARATORS = str.maketrans("", "", " .-")  # deleted from a candidate before checking


class NoBankAccountRecognizer(NordicRecognizer):
    ENTITY = "NO_BANK_ACCOUNT"
    PATTERNS = (
        ("dotted", r"(?<![\w.])\d{4}\.\d{2}\.\d{5}(?![\w]|\.\d)", 0.5),
        # "(?<!\d )", "(?! \d)": not inside a longer run of digit groups.
        # The same separator twice, written out rather than as a
        # backreference: a pattern with none joins the recognizer's one-regex
        # screen (recognizers/_base.py).
        ("spaced", r"(?<![\w-])(?<!\d[. ])\d{4}(?: \d{2} |-\d{2}-)\d{5}(?![\w-]|\.\d)(?! \d)", 0.5),
        ("postgiro", r"(?<![\w.])0000[. ]?\d{7}(?![\w]|\.\d)", 0.5),
        ("11_digits", r"(?<![\w.])\d{11}(?![\w]|\.\d)", 0.3),
    )
    REGEX_FLAGS = re.ASCII
    # Finnish too ("norjalainen tilinumero"), as the IBAN recognizer has it.
    CONTEXT = (
        "kontonummer", "kontonr", "konto", "bankkonto", "bankkontonummer",
        "kontonr.", "utbetalingskonto", "lønnskonto", "account", "tilinumero",
        "pankkitili",
    )
    PRIORITY = 45
    COUNTRY = "NO"
    COINCIDENCE = 1 / 11  # modulus 11 (Postgiro: Luhn, 1/10)
    # Every valid fødselsnummer passes the kontonr check (same weights as its
    # K2), so on the bare shape a passing check digit is no evidence and the
    # pattern's base score is kept.  (The base class has no per-shape
    # checksum score yet; see the note to the lead.)
    AMBIGUOUS_SHAPES: ClassVar[frozenset[str]] = frozenset({"11_digits"})

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str) or len(text) > 20:
            return INVALID
        compact = text.translate(_SEPARATORS)
        if not (compact.isascii() and compact.isdigit()) or len(compact) != 11:
            return INVALID
        if kontonr.is_valid(compact):
            kind = "postgiro" if compact.startswith("0000") else ""
            return Check(True, checksum=True, kind=kind)
        return INVALID

