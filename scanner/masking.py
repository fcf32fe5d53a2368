"""Masked evidence: enough shape to recognise the kind of value, never the value.

Rules: identifiers keep their separators and their first two characters
(century or day, or an IBAN's country code); e-mail addresses keep the first
letter and the top-level domain; phone numbers keep the country code or
trunk prefix; names keep initials; special-category terms (GDPR Art. 9 and
10) keep their first two letters, one for a term of three letters or fewer,
then a fixed "***".  Nothing of the masked part survives, not even its
length in letters for names and special-category terms.
"""

from __future__ import annotations

import re

_ALNUM = re.compile(r"[^\W_]", re.UNICODE)

# GDPR Art. 9 and Art. 10 entities (rules/taxonomy.yaml, special: true).  A
# term such as "diabetes" or "Kommunal" is itself the sensitive fact, so its
# evidence shows the kind of word and no more.
SPECIAL_ENTITIES = frozenset({
    "HEALTH_DATA", "ETHNIC_ORIGIN", "POLITICAL_OPINION", "RELIGIOUS_BELIEF", "TRADE_UNION",
    "GENETIC_DATA", "BIOMETRIC_DATA", "SEXUAL_ORIENTATION", "CRIMINAL_OFFENCE",
})


def _mask_special(text: str) -> str:
    """The first two letters (one of a short term) and a fixed "***"."""
    keep = 2 if len(text) > 3 else 1
    return text[:keep] + "***"


def _keep_prefix(text: str, keep: int) -> str:
    out, seen = [], 0
    for ch in text:
        if ch.isalnum():
            out.append(ch if seen < keep else "*")
            seen += 1
        else:
            out.append(ch)
    return "".join(out)


def mask(entity: str, text: str) -> str:
    """Mask one matched value for a report.

    >>> mask("SE_PERSONNUMMER", "811218-9876")
    '81****-****'
    >>> mask("EMAIL_ADDRESS", "anna.lindqvist@example.se")
    'a***@***.se'
    >>> mask("PHONE_NUMBER", "+46 70 174 06 05")
    '+46 ** *** ** **'
    >>> mask("PERSON", "Anna-Karin Lindqvist")
    'A*** L***'
    >>> mask("IP_ADDRESS", "192.0.2.17")
    '192.*.*.*'
    >>> mask("HEALTH_DATA", "diabetes"), mask("HEALTH_DATA", "F32.1"), mask("TRADE_UNION", "LO")
    ('di***', 'F3***', 'L***')
    """
    text = text.strip()
    if entity in SPECIAL_ENTITIES:
        return _mask_special(text)
    if entity == "EMAIL_ADDRESS" and "@" in text:
        local, _, domain = text.rpartition("@")
        tld = domain.rsplit(".", 1)[-1] if "." in domain else "***"
        return f"{local[:1]}***@***.{tld}"
    if entity == "PHONE_NUMBER":
        if text.startswith("+"):  # keep the country code: +46, +47, +45, +358, +354
            return "+" + _keep_prefix(text[1:], 3 if text[1:3] == "35" else 2)
        if text.startswith("00"):
            return _keep_prefix(text, 5 if text[2:4] == "35" else 4)
        return _keep_prefix(text, 1)  # the trunk prefix 0
    if entity == "PERSON":
        return " ".join(f"{w[0]}***" for w in text.split() if w)
    if entity == "IP_ADDRESS":
        if ":" in text:
            head = text.split(":", 1)[0]
            return f"{head}:****"
        head = text.split(".", 1)[0]
        return f"{head}.*.*.*"
    if entity == "URL":
        return re.sub(r"(?<=//)[^/]+", "***", text, count=1)[:40]
    return _keep_prefix(text, 2)
