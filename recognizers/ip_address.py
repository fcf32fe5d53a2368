"""IP-adress / IP-osoite / IP-tala (IPv4 and IPv6 addresses).

An IP address is personal data when it can be linked to a subscriber or a
device (CJEU C-582/14 Breyer), and web, VPN and application logs are full of
them.  IPv4 is four decimal octets ``0-255`` without leading zeros; IPv6 is
eight groups of hexadecimal digits, where ``::`` stands for a run of zero
groups and the last 32 bits may be written as IPv4 (``::ffff:192.0.2.1``).

How it is checked: the regex finds four dot-separated numbers, or colon-
separated hexadecimal groups, and Python's ``ipaddress`` module decides.
Three-part version strings (``1.2.3``) and dotted dates (``24.11.2026``) are
not candidates, nor are four dotted numbers right after a version word in
the Nordic languages or English (``version 10.0.19045.3803``, ``versjon``,
``Versio``, ``útgáfa``, ``build``, ``release``, ``rev.``) or after a
document's section word (``section 3.43.1.2``, ``avsnitt``, ``luku``,
``kafli``, ``§``), after an upgrade to them (``Upgrade V8 to 3.6.6.11``,
``uppdaterad till``, ``from 4.4.1 to 4.4.2.2``) or with a Debian revision
in a changelog's header (``socat (1.7.4.1-2)``); an octet above 255 or a
leading zero makes a candidate invalid.  Private and link-local
addresses still count (they fill internal logs and still point to a
device), but ``kind`` tells them apart:
``"public"`` for globally routable addresses, ``"private"`` for the rest.
Loopback addresses (``127.0.0.1``, ``::1``) and the unspecified ones
(``0.0.0.0``, ``::``) are none: they name no device, or the one that reads
them, the same on every host.
Addresses in the documentation ranges (RFC 5737 ``192.0.2.0/24``,
``198.51.100.0/24``, ``203.0.113.0/24``; RFC 3849 ``2001:db8::/32``) are
``synthetic``.  A network, not a host, is no finding: a network's address
with its prefix length, whose host bits are zero (``192.168.0.0/24``),
and an IPv4 netmask (``255.255.255.0``), as configuration writes them; an
interface's address with its prefix length (``10.1.2.3/24``) is a host's.

More information: RFC 791, RFC 4291, RFC 5952, RFC 5737, RFC 3849.

>>> R = IpAddressRecognizer()
>>> R.check("192.0.2.44")
Check(valid=True, checksum=None, synthetic=True, kind='private')
>>> R.check("10.1.2.3").kind
'private'
>>> R.check("127.0.0.1").valid, R.check("::1").valid
(False, False)
>>> R.validate_result("192.168.1.256")          # octet above 255
False
>>> R.check("2001:db8::ff00:42:8329").valid
True
>>> text = "version 1.2.3 den 24.11.2026 från fe80::1"
>>> [text[c.start:c.end] for c in R.candidates(text)]
['fe80::1']
>>> text = "Uppgraderad till version 6.1.7601.1 från 192.0.2.44"
>>> [text[c.start:c.end] for c in R.candidates(text)]
['192.0.2.44']
>>> text = "Se avsnitt 3.43.1.2 i manualen; servern 192.0.2.44"
>>> [text[c.start:c.end] for c in R.candidates(text)]
['192.0.2.44']
"""

from __future__ import annotations

import ipaddress
import re
from bisect import bisect_right

from recognizers._base import INVALID, Check, NordicRecognizer

_DOCUMENTATION = tuple(
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)


_DOTTED_QUAD = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}")


def _ask(ip) -> Check:
    """The check of an address, as ``ipaddress`` classifies it."""
    if ip.is_unspecified or ip.is_loopback:
        # "::" (also "x :: Int") and 0.0.0.0 name no device; 127.0.0.1 and
        # ::1 name the one that reads them, the same on every host
        return INVALID
    mapped = getattr(ip, "ipv4_mapped", None)
    synthetic = any(ip in net or (mapped is not None and mapped in net) for net in _DOCUMENTATION)
    return Check(True, checksum=None, synthetic=synthetic, kind="public" if ip.is_global else "private")


def _ipv4_ranges() -> tuple[list[int], tuple[Check, ...]] | None:
    """The IPv4 space cut into ranges that ``ipaddress`` treats alike, and the check of each.

    The cuts are the edges of every network and address the module keeps
    for its ``is_private``, ``is_global``, ``is_unspecified`` and like
    properties (whatever the Python version names them), and of the
    documentation ranges.  Those properties ask only whether an address
    lies in such a network, so inside one range every address gets the
    answer of the range's first, which is asked once, here.  ``check`` then
    finds an address's range by bisection instead of testing it against
    every network: a log column of addresses costs a split and a lookup per
    value.  None (ask ``ipaddress`` about every address) should the module
    keep its networks elsewhere one day."""
    constants = getattr(ipaddress, "_IPv4Constants", None)
    nets: list = []
    for name in dir(constants) if constants is not None else ():
        value = getattr(constants, name)
        for item in value if isinstance(value, (list, tuple, set, frozenset)) else (value,):
            if isinstance(item, ipaddress.IPv4Address):
                item = ipaddress.ip_network(item)
            if isinstance(item, ipaddress.IPv4Network):
                nets.append(item)
    if not any(ipaddress.ip_address("10.0.0.1") in n for n in nets):
        return None  # not the networks is_private reads
    nets += [n for n in _DOCUMENTATION if n.version == 4]
    cuts = sorted({0} | {int(n.network_address) for n in nets}
                  | {int(n.broadcast_address) + 1 for n in nets} - {2 ** 32})
    return cuts, tuple(_ask(ipaddress.IPv4Address(c)) for c in cuts)


_RANGES = _ipv4_ranges()
# Octets as ipaddress reads them: 0 to 255, without a leading zero.
_OCTETS = {str(o): o for o in range(256)}


# A version word right before four dotted numbers makes them a version
# ("version 10.0.19045.3803", "Versjon 4.5.6.7", "päivitetty versioon
# 2.1.0.7", "build 1.2.0.45", "rev. 3.1.4.1"): a lookbehind of varying
# length, tested on the few characters before each dotted-quad match.
# The word's endings are listed, not matched by \w* ("buildserver
# 10.1.2.3" is a host): Finnish inflects it (version, versiota, versioon,
# versiossa), Scandinavian adds the article (versionen, versjonen).
# A document's section, chapter, clause, figure or table makes them its
# number too ("see section 3.43.1.2", "avsnitt 4.2.1.3", "luvussa
# 2.1.3.4", "§ 7.1.2.3"): manuals and standards number four levels deep.
_VERSION_WORD = re.compile(
    r"(?<![^\W\d_])(?:(?:versio(?:n|nen|ta|on|ssa|sta|lla|lle)?|versjon(?:en)?|ver"
    r"|build(?:s|et|en|nr|nummer|numero)?|release[sd]?|firmware|rev|revision|útgáfa|útgáfu"
    r"|sections?|sect|sec|chapters?|clauses?|paragraphs?|figures?|fig|tables?|appendix|annex"
    r"|avsnitt(?:et)?|afsnit(?:tet)?|sektion(?:en)?|kapit(?:t)?el(?:et)?|kapitlet|paragraf(?:en)?|punkt(?:et|en)?|bilag(?:a|an|et)?"
    r"|figur(?:en)?|tabell(?:en)?|tabel(?:len)?|luku|luvu(?:ssa|sta|n)|kohta|kohda(?:ssa|n)|kappale(?:essa)?"
    r"|pykälä(?:ssä|n)?|liite|liitteessä|taulukko|taulukossa|kafli|kafla)\.?|v\.?|§)"
    r"[ \t]*[:#]?[ \t]*\Z",
    re.IGNORECASE,
)
# An upgrade to it makes four dotted numbers a version too ("Upgrade V8 to
# 3.6.6.11", "Bump Standards-Version to 4.1.4.1", "uppdaterad till
# 2.1.0.7", "from 4.4.1 to 4.4.2.2"): a verb of upgrading, or "from" and a
# version of one to three parts, then "to" within the same clause.  Not
# "from" and an address ("from 10.0.0.1 to 10.0.0.2" is two hosts), nor an
# upgrade of an address: an address's word in the same reach ("Updated the
# customer's IP to ...", "Kundens IP-adress uppdaterades till ...").
_UPGRADE_TO = re.compile(
    r"(?<![^\W\d_])(?:upgrad|updat|bump|patch|uppgrader|uppdater|oppgrader|oppdater|opgrader|opdater"
    r"|from[ \t]+v?\d+(?:\.\d+){0,2}(?:[-~+][\w.~+]*)?(?=[ \t]+to\b))"
    r"[^.;:!?\n]{0,40}?[ \t](?:to|till|til)[ \t]*\Z",
    re.IGNORECASE,
)
_ADDRESS_WORD = re.compile(
    r"(?<![^\W\d_])(?:ip|adress|address|adresse|osoite|host|server|palvelin|dns|gateway|router)", re.IGNORECASE)
_UPGRADE_REACH = 64
# A Debian package's version in its changelog's header, "socat (1.7.4.1-2)
# unstable; urgency=medium": a revision after a hyphen, then the bracket.
_DEBIAN_REVISION = re.compile(r"-[0-9][0-9A-Za-z.+~]*\)")
_VERSION_REACH = 24  # characters before a match that can hold the word


def _a_version(text: str, start: int, end: int) -> bool:
    """True if the four dotted numbers at text[start:end] (start > 0) are a
    version by the words before them or the revision after them."""
    if _VERSION_WORD.search(text, max(0, start - _VERSION_REACH), start) is not None:
        return True
    reach = max(0, start - _UPGRADE_REACH)
    if _UPGRADE_TO.search(text, reach, start) is not None and _ADDRESS_WORD.search(text, reach, start) is None:
        return True
    return text[start - 1] == "(" and _DEBIAN_REVISION.match(text, end) is not None


_PREFIX_LENGTH = re.compile(r"/(\d{1,3})(?![\w.])")


def _network(text: str, start: int, end: int) -> bool:
    """True if text[start:end] names a network, not a host: a network's
    address with its prefix length, whose host bits are all zero
    ("192.168.0.0/24", "2001:db8::/32"), or an IPv4 netmask
    ("255.255.255.0"), as configuration and documentation write them.

    >>> _network("net 10.0.0.0/8", 4, 12), _network("inet 10.1.2.3/24", 5, 13), _network("mask 255.255.252.0", 5, 18)
    (True, False, True)
    """
    address = text[start:end]
    m = _PREFIX_LENGTH.match(text, end)
    if m is not None:
        try:
            ipaddress.ip_network(f"{address}/{m.group(1)}", strict=True)
        except ValueError:
            return False  # host bits set ("10.1.2.3/24"): an interface's address
        return True
    if ":" in address or not address.startswith("255."):
        return False
    bits = int(ipaddress.IPv4Address(address))
    inverted = ~bits & 0xFFFFFFFF
    return inverted & (inverted + 1) == 0  # ones, then zeros only


class IpAddressRecognizer(NordicRecognizer):
    ENTITY = "IP_ADDRESS"
    PATTERNS = (
        # Not part of a longer dotted run ("1.2.3.4.5" is no address), nor the
        # IPv4 tail of an IPv6 address ("::ffff:192.0.2.1"), nor a product
        # version after a name and a slash ("Chrome/122.0.0.0" in a user
        # agent) or Gecko's revision token ("rv:1.9.2.28" in a Firefox 3.x
        # user agent), nor a phone number in dotted pairs after its country
        # code ("+45" and four dotted pairs); "http://192.0.2.1" still counts.
        ("ipv4", r"(?<![\w.])(?<![0-9A-Fa-f]:)(?<!::)(?<![A-Za-z]/)(?<!rv:)(?<!\+\d\d )(?<!\+\d{3} )"
                 r"\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\d)", 0.6),
        # Two to seven "group:" steps and a last group (or a dotted IPv4
        # tail); each step ends with its colon, so the split is unique and
        # the scan linear.
        (
            "ipv6",
            r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4})(?![\w:.])",
            0.6,
        ),
    )
    REGEX_FLAGS = re.ASCII
    CONTEXT = (
        "ip", "ip-adress", "ipadress", "ip-adresse", "ip-osoite", "ip-tala",
        "ipv4", "ipv6", "address", "host", "klient", "client", "remote_addr",
    )
    PRIORITY = 50
    COINCIDENCE = 1.0  # no check digit
    # IPv4 needs a dot, IPv6 a colon.
    NEEDS = ".:"

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language)
        self._v4 = tuple(p for p in self._compiled if p[0] == "ipv4")

    def patterns_for(self, text: str):
        # Without a colon there is no IPv6 address to look for.
        return self._compiled if ":" in text else self._v4

    def matches(self, text: str):
        for cand in super().matches(text):
            if cand.shape == "ipv4" and cand.start and _a_version(text, cand.start, cand.end):
                continue
            if cand.check.valid and _network(text, cand.start, cand.end):
                continue
            yield cand

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str) or not 2 <= len(text) <= 45 or not text.isascii():
            return INVALID
        if ":" not in text:
            if not _DOTTED_QUAD.fullmatch(text):
                return INVALID  # ipaddress alone would take "3232235777" as IPv4
            if _RANGES is not None:
                a, b, c, d = (_OCTETS.get(o) for o in text.split("."))
                if a is None or b is None or c is None or d is None:
                    return INVALID
                cuts, checks = _RANGES
                return checks[bisect_right(cuts, a << 24 | b << 16 | c << 8 | d) - 1]
        elif not text.startswith("::"):
            groups = [g for g in text.split(":") if g]
            if len(groups) <= 2 and all(len(g) <= 2 for g in groups):
                return INVALID  # "0::2", "1::2", "b::": a slice or a scope in code, not an address one writes
        try:
            ip = ipaddress.ip_address(text)
        except ValueError:
            return INVALID
        return _ask(ip)
