"""Y-tunnus / FO-nummer (Finnish business ID) and ALV-numero (VAT number).

``NNNNNNN-C``: seven digits, a hyphen and a check digit.  With weights
``7 9 10 5 8 4 2`` on the seven digits and 1 on the check digit, the weighted
sum is divisible by 11; a remainder of 1 would need check digit 10, so such
numbers are never issued.  The VAT number is the same eight digits behind
``FI`` and without the hyphen: ``FI12345678`` (often ``FI 1234567-8`` or
``FI-123 45 678``).

How it is checked: ``stdnum.fi.ytunnus`` / ``stdnum.fi.alv``.  Both shapes
are specific (a hyphen before a single last digit, or the ``FI`` prefix), so
a verified check digit scores 1.0.  A bare eight-digit number is not matched
at all: without the hyphen it is indistinguishable from any other number.
A sole trader (toiminimi) has a Y-tunnus of its own, not the owner's HETU.

More information: reference §2.1; ytj.fi "Y-tunnus"; python-stdnum
``fi/ytunnus.py``, ``fi/alv.py``.

>>> R = FiBusinessIdRecognizer()
>>> R.validate_result("2077474-0")              # valid (python-stdnum example)
True
>>> R.check("1234567-1").synthetic              # made up: no test list marks it
False
>>> R.validate_result("2077474-1")              # wrong check digit
False
>>> R.check("FI 20774740").kind                 # the VAT form
'alv'
>>> R.validate_result("FI FI 20774740")         # prefix twice
False
"""

from __future__ import annotations

import re

from stdnum.fi import alv

from recognizers._base import INVALID, Check, NordicRecognizer


class FiBusinessIdRecognizer(NordicRecognizer):
    ENTITY = "FI_BUSINESS_ID"
    PATTERNS = (
        ("alv", r"(?<!\w)FI[ -]{0,2}\d(?:[ -]?\d){7}(?![\w-])", 0.5),
        # The look-behinds keep the digits of a VAT number from matching again.
        ("y_tunnus", r"(?<![\w-])(?<!FI )(?<!FI- )\d{7}-\d(?![\w-])", 0.5),
    )
    REGEX_FLAGS = re.ASCII
    CONTEXT = (
        "y-tunnus", "ytunnus", "y-tunnukset", "yritystunnus", "fo-nummer",
        "företagsnummer", "alv", "alv-numero", "alv-tunniste", "vat",
        "yritys", "company",
    )
    PRIORITY = 70
    COUNTRY = "FI"
    ID_KIND = "business"
    COINCIDENCE = 1 / 11  # modulus 11

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str) or len(text) > 20:
            return INVALID
        compact = text.strip().upper()
        prefixed = compact.startswith("FI")
        # stdnum strips one "FI" and spaces/hyphens; it rejects non-ASCII digits.
        if alv.is_valid(compact):
            return Check(True, checksum=True, kind="alv" if prefixed else "")
        return INVALID
