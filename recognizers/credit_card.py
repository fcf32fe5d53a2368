"""Kortnummer / kortnummer / korttinumero (payment card number, PAN).

Thirteen to nineteen digits, written compact or in groups
(``4111 1111 1111 1111``, ``3782-822463-10005``); the last digit is a Luhn
check over all of them, and the leading digits (the IIN) name the scheme,
which fixes the allowed lengths: Visa 4 (13, 16, 19), Mastercard 51-55 and
2221-2720 (16), American Express 34, 37 (15), Diners 300-305, 36, 38-39
(14-19), Discover 6011, 644-649, 65 (16-19), JCB 3528-3589 (16-19),
UnionPay 62 (16-19), Maestro 50, 56-58, 6 (12-19 in general, 16-19 here),
Mir 2200-2204 (16-19), Dankort 5019 (16).

How it is checked: Luhn, as ``stdnum.luhn``, then the IIN and the length.
One number in ten passes Luhn, so the IIN is what keeps a Luhn-valid order
or invoice number with an impossible prefix (a 16-digit number starting with
1, 7, 8, 9 or 0) from being a card.  A Luhn-valid number with a known IIN
and length scores 1.0; ``kind`` is the scheme.  Card numbers published as
test data by payment processors (Stripe, Adyen, Braintree documentation)
are ``synthetic``.  Digits right after a serial number's label ("# Serial:
..." in every CA bundle, "Serial Number:", "serienummer", "sarjanumero")
are a certificate's or a device's, whatever Luhn says; eight digits of one
in a row ("2238000000000000") are a test's or a form's; and four groups
of four in a longer run of groups ("6610 6611 6612 6613 6614 ...") are
no card.

More information: ISO/IEC 7812; PCI DSS; en.wikipedia "Payment card
number".

>>> R = NordicCreditCardRecognizer()
>>> R.check("4111 1111 1111 1111")              # a published test card
Check(valid=True, checksum=True, synthetic=True, kind='visa')
>>> R.validate_result("4111 1111 1111 1112")    # wrong check digit
False
>>> R.validate_result("9111111111111118")       # Luhn holds, no scheme starts with 9
False
>>> R.check("3782 822463 10005").kind
'amex'
>>> [c.check.valid for c in R.candidates("Serial Number: 4111111111111111")]
[]
"""

from __future__ import annotations

import re

from stdnum import ean

from recognizers._base import INVALID, Check, NordicRecognizer, in_code_point_data, luhn_valid

# (scheme, IIN ranges as (low, high) prefixes of equal length, lengths).
# More specific schemes first: the first match names the card.
_SCHEMES: tuple[tuple[str, tuple[tuple[str, str], ...], frozenset[int]], ...] = (
    ("amex", (("34", "34"), ("37", "37")), frozenset({15})),
    ("dankort", (("5019", "5019"),), frozenset({16})),
    ("mir", (("2200", "2204"),), frozenset(range(16, 20))),
    ("mastercard", (("51", "55"), ("2221", "2720")), frozenset({16})),
    ("visa", (("4", "4"),), frozenset({13, 16, 19})),
    ("diners", (("300", "305"), ("36", "36"), ("38", "39")), frozenset(range(14, 20))),
    ("jcb", (("3528", "3589"),), frozenset(range(16, 20))),
    ("discover", (("6011", "6011"), ("644", "649"), ("65", "65")), frozenset(range(16, 20))),
    ("unionpay", (("62", "62"),), frozenset(range(16, 20))),
    ("maestro", (("50", "50"), ("56", "58"), ("6", "6")), frozenset(range(16, 20))),
)

# Published test card numbers (payment processors' integration docs).
_TEST_PANS = frozenset({
    "4111111111111111", "4242424242424242", "4012888888881881",
    "4000056655665556", "4000000000000002", "4222222222222",
    "5555555555554444", "5105105105105100", "5200828282828210",
    "2223003122003222", "2221000000000009", "378282246310005",
    "371449635398431", "378734493671000", "6011111111111117",
    "6011000990139424", "30569309025904", "38520000023237",
    "3530111333300000", "3566002020360505", "6200000000000005",
})


def scheme(number: str) -> str | None:
    """The card scheme whose IIN and length fit ``number`` (digits only)."""
    for name, ranges, lengths in _SCHEMES:
        if len(number) in lengths and any(
            low <= number[: len(low)] <= high for low, high in ranges
        ):
            return name
    return None


_SEPARATORS = str.maketrans("", "", " -")  # deleted from a candidate before checking
# Eight digits or more of one ("2238000000000000", "5100 0000 0000 0008"):
# the digits of a test's data or a form, which Luhn passes one time in ten.
# A random 16-digit number holds such a run about one time in a million;
# the processors' published test cards ("4000000000000002") pass as
# synthetic.
_RUN_OF_ONE = re.compile(r"(\d)\1{7}")
# Another group of four after a grouped number: a card has four groups at
# most (4-4-4-4, 4-6-5), so "6610 6611 6612 6613 6614 ..." (a table of code
# points) is a run of groups, not a card and the rest.
_MORE_GROUPS = re.compile(r"[ -]\d{4}(?!\d)")
# A serial number's label right before the digits ("# Serial: ...", a CA
# bundle's certificate; "Serial Number: ", "serienummer ", "sarjanumero:"):
# a certificate's or a device's number, whatever Luhn says.
_SERIAL_BEFORE = re.compile(
    r"(?i:\b(?:serial(?:[ _-]?(?:number|no\.?|nr\.?|#))?|s/n|seri(?:e|al)nummer|serienr\.?|sarjanumero))"
    r"[ \t]*[:=#]?[ \t]*\Z")


class NordicCreditCardRecognizer(NordicRecognizer):
    ENTITY = "CREDIT_CARD"
    PATTERNS = (
        ("compact", r"(?<![\w.,-])\d{13,19}(?![\w-]|[.,]\d)", 0.3),
        # Groups of four with one consistent separator: 4-4-4-1..4 and
        # 4-4-4-4-3.  "(?<!\d[ -])" keeps it from starting inside a longer
        # run of digit groups, e.g. an IBAN.
        (
            "grouped_4",
            # The separator is spelt out, not a backreference, so the
            # pattern can join the engine's one-search screen.
            r"(?<![\w.,-])(?<!\d[ -])\d{4}(?:(?: \d{4}){2} \d{1,4}(?: \d{3})?|(?:-\d{4}){2}-\d{1,4}(?:-\d{3})?)"
            r"(?![\w-]|[.,]\d)",
            0.3,
        ),
        # American Express 4-6-5 and Diners 4-6-4.
        ("grouped_4_6", r"(?<![\w.,-])(?<!\d[ -])\d{4}(?: \d{6} \d{4,5}|-\d{6}-\d{4,5})(?![\w-]|[.,]\d)", 0.3),
    )
    REGEX_FLAGS = re.ASCII
    CONTEXT = (
        "kort", "kortnummer", "kortnr", "betalkort", "betalingskort", "bankkort", "kreditkort", "kortti",
        "korttinumero", "luottokortti", "kreditkortnummer", "card", "visa",
        "mastercard",
    )
    # Not "pan": context words match as word prefixes (scanner/detection.py),
    # and "pan" would match the Finnish "pankki" (bank).
    PRIORITY = 55
    # Luhn.  The IIN and length rules make a random number rarer still
    # (about a third of 16-digit prefixes belong to a scheme); Luhn is the
    # cautious side.
    COINCIDENCE = 0.1

    def matches(self, text: str):
        for cand in super().matches(text):
            if cand.check.valid and _SERIAL_BEFORE.search(text, max(0, cand.start - 40), cand.start):
                continue  # "# Serial: 6643877497813316402": a certificate's, as in every CA bundle
            if cand.check.valid and in_code_point_data(text, cand.start, cand.end):
                continue  # "511F 5120 5121 5122 5123 5124": Unicode's code points
            if cand.check.valid and cand.shape != "compact" and _MORE_GROUPS.match(text, cand.end):
                continue  # "6610 6611 6612 6613 6614 ...": one stretch of a longer run of groups
            yield cand

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str) or len(text) > 32:
            return INVALID
        number = text.translate(_SEPARATORS)
        if not (number.isascii() and number.isdigit()) or not 13 <= len(number) <= 19:
            return INVALID
        if not luhn_valid(number):
            return INVALID
        name = scheme(number)
        if name is None:
            return INVALID
        # A 13-digit Visa number that is also a valid EAN-13 barcode (German
        # barcodes start 40-44) is a barcode as often as a card: valid, but
        # unverified, so it needs context (bench/accuracy.py: 18 of 400 EANs).
        verified = not (len(number) == 13 and ean.is_valid(number))
        synthetic = number in _TEST_PANS
        if not synthetic and _RUN_OF_ONE.search(number):
            return INVALID  # "2238000000000000": a test's or a form's digits
        return Check(True, checksum=verified, synthetic=synthetic, kind=name)
