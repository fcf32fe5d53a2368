"""CVR-nummer (Danish company registration number, also the VAT number).

Eight digits, the first not 0, with a mod-11 check over all eight (weights
``2 7 6 5 4 3 2 1``, weighted sum divisible by 11).  As a VAT number it is
written with the country prefix: ``DK12345678``, ``DK 12 34 56 78``,
``DK-12345678``.  SE-numre (tax units within a company) use the same format
and check.

How it is checked: ``stdnum.dk.cvr``.  Eight-digit numbers are everywhere in
Denmark and Norway: every phone number has eight digits and is written
``12 34 56 78``, just like a CVR, and one random eight-digit number in eleven
passes the check.  So only the ``DK``-prefixed shape is specific enough to
score 1.0 on its check digit; a bare or pair-spaced eight-digit number keeps
its low base score even when the check digit holds (``AMBIGUOUS_SHAPES``) and
needs context to count: a context word (``cvr``, ``cvr-nr``, ``moms`` ...) in
free text or a column-name hint.  We chose a low score over a hard context
requirement in the regex because the engine already adds the context boost,
and a column named ``cvr`` full of bare numbers must still be found.

More information: reference §2.1; virk.dk "CVR-nummer"; python-stdnum
``dk/cvr.py``.

>>> R = DkCvrRecognizer()
>>> R.validate_result("DK 13585628")             # valid (python-stdnum example)
True
>>> R.check("12345674").synthetic               # made up: no test list marks it
False
>>> R.validate_result("DK 13585627")             # wrong check digit
False
>>> R.validate_result("03585628")                # first digit 0
False
>>> [(c.shape, c.score) for c in R.candidates("tlf. 12345674")]   # bare: needs context
[('8_digits', 0.3)]
>>> [(c.shape, c.score) for c in R.candidates("moms: DK12345674")]
[('prefixed', 1.0)]
"""

from __future__ import annotations

import re
from typing import ClassVar

from stdnum.dk import cvr

from recognizers._base import INVALID, Check, NordicRecognizer


class DkCvrRecognizer(NordicRecognizer):
    ENTITY = "DK_CVR"
    PATTERNS = (
        ("prefixed", r"(?<!\w)DK[ :-]{0,2}[1-9](?: ?\d){7}(?![\w-])", 0.5),
        # The look-behinds keep the digits of a prefixed number from matching
        # again on their own; "(?<!\d )", "(?! \d)" keep the spaced shape
        # from matching inside a longer run of digit pairs.
        ("spaced", r"(?<![\w-])(?<!\d[.:])(?<!DK[ :-])(?<!DK: )(?<!\d )[1-9]\d(?: \d\d){3}(?![\w-]|\.\d)(?! \d)", 0.3),
        ("8_digits", r"(?<![\w-])(?<!\d[.:])(?<!DK[ :-])(?<!DK: )[1-9]\d{7}(?![\w-]|\.\d)", 0.3),
    )
    REGEX_FLAGS = re.ASCII
    CONTEXT = (
        "cvr", "cvr-nr", "cvrnr", "cvr-nummer", "virksomhedsnummer", "se-nr",
        "se-nummer", "moms", "momsnummer", "momsnr", "vat-nr", "virksomhed",
        "firma", "company",
    )
    PRIORITY = 70
    COUNTRY = "DK"
    ID_KIND = "business"
    COINCIDENCE = 1 / 11  # modulus 11
    # Shapes where a passing check digit is no evidence: phone numbers have
    # the same shape and pass one time in eleven.  A valid match on these
    # keeps the pattern's base score.  (The base class has no per-shape
    # checksum score yet; see the note to the lead.)
    AMBIGUOUS_SHAPES: ClassVar[frozenset[str]] = frozenset({"spaced", "8_digits"})

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str) or len(text) > 20:
            return INVALID
        # stdnum strips "DK" and separators; it rejects non-ASCII digits.
        if cvr.is_valid(text):
            return Check(True, checksum=True)
        return INVALID

