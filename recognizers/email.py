"""E-postadress / sähköpostiosoite / netfang (e-mail address).

``local@domain``: a local part of at most 64 characters and a domain of dot-
separated labels (1-63 characters, letters, digits and inner hyphens) ending
in an alphabetic top-level domain, 253 characters at most (RFC 5321, 1035).
Internationalised addresses are accepted: Unicode letters in the local part
(RFC 6531) and in the domain (IDNA, ``anna@räksmörgås.example``).

How it is checked: a bounded regex finds the candidate and ``check`` applies
the length and label rules and encodes the domain with Python's ``idna``
codec.  No public-suffix list and no network: whether the domain exists is
not asked (Presidio's own recognizer fetches a suffix list through
tldextract; DESIGN.md "Traps").  No checksum; an address that passes is
unmistakable, so it scores high on its own.  Addresses at the reserved
example and test domains (RFC 2606, RFC 6761, and ``example.<tld>`` as used
throughout this project's fixtures) are ``synthetic``, and so are those at
the placeholders manuals write for the reader's own domain
(``user@domain.tld``, ``admin@yourdomain.com``, AWS's ``anycompany.com``),
the programmers' ``foo@bar.com`` (foo, bar, baz, qux and quux, in the
local part or as the domain's name), tests' mailboxes (``test-user@``,
``user1@``, ``john.doe@``) and Amazon SES's mailbox simulator.  A
package's version (``wildfly-common@2.6.0.final``) and a machine's
service account (``*.gserviceaccount.com``) are no mailboxes, and a quote
before an address in code is not part of it.  A role's mailbox
(``info@``, ``support@``, ``noreply@``, ``kundtjanst@``, ``postmottak@``,
``kirjaamo@``) and a mailing list's (``debian-user@lists.debian.org``,
``python-dev@``) reach whoever holds the function, no one in particular:
they are not reported, as a freephone number is not (a test address at a
reserved domain stays synthetic).
A local part without a letter or digit is a pattern's wildcard
(``LIKE '%@gmail.com'``), and an "@" in a URL's user information
(``https://user:password@proxy.example``) or in an SSH location
(``git@github.com:owner/repo.git``) is no mailbox's, and nor is a mail's
identifier in angle brackets after ``Message-ID:``, ``In-Reply-To:``,
``References:`` or a Received line's ``with SMTP id``.  The "E" of a Perl
POD escape right after an address (``E<lt>anna@firma.exampleE<gt>``) is
read off it.

More information: RFC 5321 §4.5.3.1; RFC 6531; RFC 2606; RFC 6761.

>>> R = NordicEmailRecognizer()
>>> R.check("anna.svensson@example.se")
Check(valid=True, checksum=None, synthetic=True, kind='')
>>> R.validate_result("anna..svensson@example.se")   # empty atom in the local part
False
>>> R.validate_result("logo@2x.png"), R.validate_result("umac-64@openssh.com")   # a file, an SSH algorithm
(False, False)
>>> R.validate_result("anna@-example.se")            # label starts with a hyphen
False
>>> R.validate_result("%@gmail.com")                 # an SQL LIKE pattern
False
>>> R.check("user@domain.tld").synthetic, R.check("admin@yourdomain.com").synthetic
(True, True)
>>> R.check("foo@bar.com").synthetic, R.check("foo.bar@firma.example").synthetic
(True, True)
>>> [c.check.valid for c in R.candidates("https://username:password@proxy.se")]
[]
>>> text = "Skriv till kundtjänst@bolaget.example.se."
>>> [text[c.start:c.end] for c in R.candidates(text)]
['kundtjänst@bolaget.example.se']
>>> R.validate_result("kundtjänst@bolaget.se"), R.validate_result("zelko@bolaget.se")  # nordpii: allow EMAIL_ADDRESS
(False, True)
"""

from __future__ import annotations

import re

from recognizers._base import INVALID, Candidate, Check, NordicRecognizer

# Reserved for documentation and testing (RFC 2606, RFC 6761).
_RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost"})
# Placeholders a configuration's comment writes ("Your Name <user@your.domain>",
# "user@domain.tld") and a machine's own unnamed domain: no TLD, no one's
# mailbox.
_PLACEHOLDER_TLDS = frozenset({"domain", "localdomain", "tld"})
# The names manuals give the reader's own domain ("admin@yourdomain.com",
# "kerberosuser@MYDOMAIN.ORG", AWS's "johndoe@anycompany.com"): whoever
# holds the registration, the address in a manual is nobody's.
_PLACEHOLDER_NAMES = frozenset({
    "yourdomain", "mydomain", "your-domain", "my-domain", "yourcompany", "mycompany", "your-company",
    "anycompany", "domainname", "yourdomainname",
})
# A file name with a pixel-density suffix ("logo@2x.png", "icons-64x64@2.tar"),
# and an SSH algorithm's name ("umac-64@openssh.com",
# "chacha20-poly1305@openssh.com"): an "@" that is no address's.
_DENSITY = re.compile(r"\d{1,2}x?\.(?:png|jpe?g|gif|svg|webp|ico|bmp|tiff?|pdf|tar|gz|bz2|xz|zip)", re.IGNORECASE)
_SSH_NAME = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)+")
_SSH_DOMAINS = frozenset({"openssh.com", "libssh.org"})
_RESERVED_DOMAINS = frozenset({"example.com", "example.net", "example.org"})

# The words programmers write for any name ("foo@bar.com", "ed@foo.com"):
# an address made of them, or at a domain named by one, is nobody's.
_METASYNTACTIC = frozenset({"foo", "bar", "baz", "qux", "quux", "foobar", "fubar"})
# The same for the local part, with the words tests give a mailbox
# ("test-user@...", "user1@...", "example@...") and the placeholder
# persons' ("john.doe@...").
_PLACEHOLDER_LOCAL = _METASYNTACTIC | frozenset({
    "test", "testuser", "tester", "user", "username", "example", "sample", "someone", "somebody", "dummy",
})
_PLACEHOLDER_PERSONS = frozenset({"johndoe", "janedoe"})
# A role's mailbox: the names RFC 2142 gives a site's services (info,
# support, postmaster, ...), a machine's senders (noreply, mailer-daemon),
# a business's functions in English and in the Nordic languages (kontakt,
# kundtjanst, faktura, postmottak, kirjaamo: a Norwegian or Finnish public
# body's registry) and its privacy officer's (dpo, dataskyddsombud).
# Whoever reads it, the address names a function, not a person, as a
# freephone number reaches a service, not a line.  Compared folded to ASCII
# ("kundtjänst" is kundtjanst, "økonomi" okonomi).
_ROLE_LOCAL = frozenset("""
    info marketing sales support abuse noc security postmaster hostmaster usenet news webmaster www uucp ftp
    noreply no-reply no_reply donotreply do-not-reply do_not_reply mailer-daemon bounce bounces notification
    notifications notify alerts newsletter nyhetsbrev nyhedsbrev uutiskirje
    admin administrator root contact contacts help helpdesk servicedesk service office billing invoice invoices
    accounts accounting finance hr jobs careers recruitment press media privacy dpo gdpr legal compliance
    feedback enquiries inquiries customerservice customer-service customercare hello team reception orders
    order returns shop booking bookings reservations itsupport it-support
    kontakt kundtjanst kundservice kundeservice kundesenter kundecenter asiakaspalvelu myynti tuki laskutus
    faktura fakturor fakturering fakturaer ekonomi okonomi regnskab regnskap bokforing post postmottak
    postkasse firmapost vaxel sentralbord omstilling receptionen resepsjon registrator registratur kirjaamo
    rekrytering rekruttering rekry jobb tilaukset markkinointi marknad salg forsaljning dataskydd
    dataskyddsombud personvern personvernombud databeskyttelse tietosuoja hej hei moi
""".split())
# A mailing list's address: "<list>-users@", "<list>-devel@", LISTSERV's
# "<list>-l@", its owner's and its request robot's ("owner-<list>@",
# "<list>-request@"), or any address at a lists host ("@lists.debian.org").
_LIST_LOCAL = re.compile(
    r"(?:.+-(?:users|devel|dev|announce|discuss|request|bugs|owner|commits|general|help|list|l)|owner-.+)",
    re.IGNORECASE)
_LIST_HOSTS = ("lists.", "list.", "listserv.")
_ROLE_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "ø": "o", "æ": "ae", "ü": "u"})
_LOCAL_WORDS = re.compile(r"[.+_-]")
# Machines' addresses: Google Cloud's service accounts
# ("app@project.iam.gserviceaccount.com") are no one's mailbox.
_MACHINE_DOMAINS = ("gserviceaccount.com",)
# Amazon SES's mailbox simulator (success@, bounce@, ooto@, complaint@,
# suppressionlist@simulator.amazonses.com): published test addresses.
_TEST_DOMAINS = frozenset({"simulator.amazonses.com"})
# What stands before a URL's user information ("https://user:password@proxy",
# "ftp://anonymous@ftp.example.org"): the "@" there is no mailbox's.
_URL_USERINFO = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s/@\"'<>]*\Z")
# A colon and a path right after the host: an scp-style SSH location
# ("git@github.com:npm/cli.git", "backup@host.example:/srv", "u@h:~/x"),
# whose user is an account on that host, not a mailbox.  A colon before
# anything else is a field separator ("anna@firma.example:070...:Umeå").
_SSH_PATH = re.compile(r":(?:[~/]|[\w.-]+/|[\w.-]+\.git\b)")
# The identifiers of a mail's headers ("Message-ID: <...@mail.firma.se>",
# "In-Reply-To:", "References:" with the ids before it, a Received line's
# "with SMTP id <...>"): an address's shape in angle brackets, no mailbox.
# Any other "id" keeps its address ("user id <anna@firma.example>").
_MESSAGE_ID_BEFORE = re.compile(
    r"(?i:(?:(?:resent-)?message-id|in-reply-to|references|content-id)[ \t]*:[ \t]*(?:<[^<>\s]+>[\s,]*)*"
    r"|\bwith[ \t]+[A-Za-z]+[ \t]+id[ \t]+)<[^<>\s@]*\Z")

# Not from a quote: "'anna@firma.example'" in code is the address without
# its quote (an apostrophe inside stays: "o'neil@...").
_LOCAL = r"[\w%+-](?:[\w.%+'-]{0,62}[\w%+'-])?"
_LABEL = r"[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?"  # letters, digits, inner hyphens
_TLD = r"(?:xn--[a-z0-9-]{1,59}|[^\W\d_]{2,63})"
_LOCAL_CHARS = re.compile(r"[\w.%+'-]+")
_NO_ALNUM = re.compile(r"[\W_]+")
_LABEL_RX = re.compile(_LABEL)
_ACE_TLD = re.compile(r"xn--[a-z0-9-]+")


def _role(local: str, ascii_domain: str) -> bool:
    """True if the address is a role's or a mailing list's, not a person's:
    a role's name alone, or first or last among words that name no one
    ("kundservice.stockholm", "aws-devicefarm-support"; not "anna.info").

    >>> _role("Kundtjänst", "bolaget.se"), _role("no-reply", "firma.no"), _role("debian-user", "lists.debian.org")
    (True, True, True)
    >>> _role("kundservice.stockholm", "bolaget.se"), _role("info-no", "firma.no"), _role("aws-devicefarm-support", "a.com")
    (True, True, True)
    >>> _role("anna.info", "firma.se"), _role("support.hanna", "firma.se"), _role("hanna", "firma.se")
    (False, False, False)
    """
    if _LIST_LOCAL.fullmatch(local) is not None or ascii_domain.startswith(_LIST_HOSTS):
        return True
    folded = local.lower().translate(_ROLE_FOLD)
    if folded in _ROLE_LOCAL:
        return True
    words = [w for w in _LOCAL_WORDS.split(folded) if w]
    if len(words) < 2 or not (words[0] in _ROLE_LOCAL or words[-1] in _ROLE_LOCAL):
        return False
    from recognizers._names import FIRST, LAST, classify

    return not any(classify(w.capitalize()) & (FIRST | LAST) for w in words if w not in _ROLE_LOCAL)


def _placeholder_local(local: str) -> bool:
    """True if a local part is made of placeholders' words, each with digits
    after it or not ("foo.bar", "test-user", "user1", "john.doe").

    >>> _placeholder_local("test-user"), _placeholder_local("user1"), _placeholder_local("john.doe")
    (True, True, True)
    >>> _placeholder_local("anna.test"), _placeholder_local("john")
    (False, False)
    """
    words = [w.lower().rstrip("0123456789") for w in _LOCAL_WORDS.split(local)]
    words = [w for w in words if w]
    return bool(words) and (all(w in _PLACEHOLDER_LOCAL for w in words) or "".join(words) in _PLACEHOLDER_PERSONS)


class NordicEmailRecognizer(NordicRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    # Every repetition is bounded, and the look-behind lets a local part
    # start only at its first character, so the scan stays linear in the
    # length of the text.
    PATTERNS = (
        ("address", rf"(?<![\w.%+@-]){_LOCAL}@(?:{_LABEL}\.){{1,16}}{_TLD}(?![\w-])", 0.9),
    )
    CONTEXT = (
        "e-post", "epost", "e-postadress", "e-postadresse", "mejl", "mail",
        "e-mail", "email", "sähköposti", "sposti", "netfang", "tölvupóstur",
    )
    PRIORITY = 60
    COINCIDENCE = 1.0  # no check digit
    NEEDS = "@"

    def matches(self, text: str):
        for cand in super().matches(text):
            if cand.check.valid and (_URL_USERINFO.search(text, max(0, cand.start - 256), cand.start)
                                     or _SSH_PATH.match(text, cand.end)
                                     or ("<" in text[max(0, cand.start - 64):cand.start]
                                         and _MESSAGE_ID_BEFORE.search(text, max(0, cand.start - 4096), cand.start))):
                continue  # "https://username:password@proxy.example.com", "git@github.com:npm/cli.git", "Message-ID: <"
            if text.startswith("<gt>", cand.end) and text[cand.end - 1] == "E":
                # Perl's POD writes "E<lt>anna@firma.exampleE<gt>": the "E" is the escape's.
                check = self.check(text[cand.start:cand.end - 1])
                cand = Candidate(cand.start, cand.end - 1, cand.shape, check,
                                 self.score_for(cand.shape, "", check, self.base_scores[cand.shape]) if check.valid else 0.0)
            yield cand

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str) or not 6 <= len(text) <= 254 or text.count("@") != 1:
            return INVALID
        local, domain = text.split("@")
        if not 1 <= len(local) <= 64 or ".." in local or local[0] == "." or local[-1] == ".":
            return INVALID
        if not _LOCAL_CHARS.fullmatch(local) or _NO_ALNUM.fullmatch(local):
            return INVALID  # "%@gmail.com": a LIKE pattern's wildcard, no mailbox
        labels = domain.split(".")
        if len(labels) < 2 or len(domain) > 253:
            return INVALID
        if _DENSITY.fullmatch(domain) or (domain.lower() in _SSH_DOMAINS and _SSH_NAME.fullmatch(local)):
            return INVALID
        for label in labels:
            if not _LABEL_RX.fullmatch(label):
                return INVALID
        tld = labels[-1].lower()
        if not (tld.isalpha() or _ACE_TLD.fullmatch(tld)):
            return INVALID
        if sum(label.isdigit() for label in labels[:-1]) >= 2:
            return INVALID  # "wildfly-common@2.6.0.final": a package and its version
        if domain.isascii():
            # What the idna codec gives an ASCII name whose labels are 1-63
            # characters (checked above), without the codec.
            ascii_domain = domain.lower()
        else:
            try:
                ascii_domain = domain.encode("idna").decode("ascii").lower()
            except (UnicodeError, ValueError):
                return INVALID
        if len(ascii_domain) > 253:
            return INVALID
        ascii_labels = ascii_domain.split(".")
        if any(ascii_domain == d or ascii_domain.endswith("." + d) for d in _MACHINE_DOMAINS):
            return INVALID  # a service account's: a machine's address
        synthetic = (
            ascii_labels[-1] in _RESERVED_TLDS
            or ascii_labels[-1] in _PLACEHOLDER_TLDS
            or ".".join(ascii_labels[-2:]) in _RESERVED_DOMAINS
            or "example" in ascii_labels[:-1]
            or ascii_labels[-2] in _PLACEHOLDER_NAMES
            or ascii_labels[-2] in _METASYNTACTIC
            or _placeholder_local(local)
            or ascii_domain in _TEST_DOMAINS
        )
        if not synthetic and _role(local, ascii_domain):
            return INVALID  # "kundtjanst@", "noreply@", "debian-user@lists.": a function's, no one's
        return Check(True, checksum=None, synthetic=synthetic)
