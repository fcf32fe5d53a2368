"""Organisationsnummer (Swedish organisation number).

``NNNNNN-NNNC``: ten digits, the last a Luhn check digit over all ten.  The
first digit is the group (1 dödsbon, 2 stat/kommun/region/församling,
3 foreign companies, 5 aktiebolag, 6 enkla bolag, 7 ekonomiska föreningar,
8 ideella föreningar och stiftelser, 9 handels- och kommanditbolag); 0 and 4
are not used.  The "month" digits d3-d4 are at least 20, which keeps every
organisationsnummer apart from every personnummer and samordningsnummer
(months 01-12).  Systems that store 12 digits put ``16`` in front; the VAT
number (momsregistreringsnummer) is ``SE`` + the ten digits + ``01``.

How it is checked: the Luhn digit over ten digits, as ``stdnum.se.orgnr``
(``luhn_valid``, tested against stdnum); the group digit and the d3-d4 ≥ 20
rule are ours, because stdnum checks Luhn and length only
(reference §2.1).  A sole trader (enskild firma) has no organisationsnummer of
its own and uses the owner's personnummer, so a VAT number that carries a
personnummer is accepted with kind ``enskild_firma``: it is personal data,
which is why it is worth finding.  A bare personnummer is left to
``se_personnummer``.

More information: reference §2.1; Skatteverket "Organisationsnummer";
sv.wikipedia "Organisationsnummer".

>>> R = NordicSeOrganisationsnummerRecognizer()
>>> R.validate_result("212000-0001")            # valid, group 2
True
>>> R.check("5566771233").kind
'aktiebolag'
>>> R.check("556677-1233").synthetic            # made up: no test list marks it
False
>>> R.validate_result("212000-0002")            # wrong check digit
False
>>> R.validate_result("16212000-0001")          # 12-digit form
True
>>> R.validate_result("811218-9876")            # a personnummer: month 12 < 20
False
>>> R.check("SE811218987601").kind              # VAT number of a sole trader
'enskild_firma'
"""

from __future__ import annotations

import re


from recognizers._base import INVALID, Check, NordicRecognizer, luhn_valid
from recognizers.se_personnummer import NordicSePersonnummerRecognizer

# Group digit -> kind (reference §2.1; fortnox.se, merinfo.se).
GROUPS = {
    "1": "dodsbo",
    "2": "stat_kommun_region",
    "3": "utlandskt_foretag",
    "5": "aktiebolag",
    "6": "enkelt_bolag",
    "7": "ekonomisk_forening",
    "8": "ideell_forening_stiftelse",
    "9": "handels_kommanditbolag",
}


# Not inside a longer token, nor a decimal fraction's digits ("0.5560360793").
_B, _A = r"(?<![\w-])(?<!\d\.)", r"(?![\w-])(?!\.\d)"


class NordicSeOrganisationsnummerRecognizer(NordicRecognizer):
    ENTITY = "SE_ORGANISATIONSNUMMER"
    PATTERNS = (
        ("10_digits_sep", _B + r"\d{6}-\d{4}" + _A, 0.5),
        ("12_digits", _B + r"16\d{6}-?\d{4}" + _A, 0.5),
        # python-stdnum's se.vat reads spaces, hyphens and dots anywhere, and
        # the prefix in any case ("SE 556.383.740.901", "SE-556666-4438-01",
        # "Se ..."); so does this shape.
        ("vat", r"(?<!\w)[Ss][Ee][ .-]?\d(?:[ .-]?\d){9}[ .-]?01(?![\w-])", 0.5),
        ("10_digits", _B + r"\d{10}" + _A, 0.3),
    )
    REGEX_FLAGS = re.ASCII
    CONTEXT = (
        "organisationsnummer", "orgnr", "org.nr", "org-nr", "organisationsnr",
        "momsregistreringsnummer", "momsnr", "vat", "företag", "bolag",
        "organisation", "company",
    )
    PRIORITY = 70
    COUNTRY = "SE"
    ID_KIND = "business"
    # Luhn.  The group digit and the d3-d4 >= 20 rule make a random ten-digit
    # number rarer still (0.064); the Luhn rate is the cautious side.
    COINCIDENCE = 0.1

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str) or len(text) > 20:
            return INVALID
        compact = text.replace(" ", "").upper()
        vat = compact.startswith("SE")
        if vat:
            compact = compact.replace("-", "").replace(".", "")
            if not compact.endswith("01"):
                return INVALID
            compact = compact[2:-2]
        number = compact.replace("-", "", 1)
        if len(number) == 12 and number.startswith("16") and not vat:
            number = number[2:]
        if len(number) != 10 or not luhn_valid(number):
            return INVALID  # stdnum.se.orgnr's check: Luhn over ten ASCII digits
        if number[0] in GROUPS and int(number[2:4]) >= 20:
            return Check(True, checksum=True, kind=GROUPS[number[0]])
        if vat:
            pnr = NordicSePersonnummerRecognizer.check(number)
            if pnr.valid:
                return Check(True, checksum=True, synthetic=pnr.synthetic, kind="enskild_firma")
        return INVALID
