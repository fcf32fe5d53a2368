"""The engine's shortcuts change no finding (scanner/detection.py, recognizers/_base.py).

The batch engine skips work it can prove useless: a recognizer whose
patterns need a longer run of digits than the value holds
(``min_digit_run``), a screen search at positions where no match can start
(``first_class``), the nine special-category recognizers screened once as a
group, a value without letters turned away by the lexicon before its
screen, Luhn computed without python-stdnum's clean-up, and phone numbers
parsed without libphonenumber's general-purpose parser and typed with its
patterns compiled once, the lexicon's stem closure built from each
stem's prefixes, screens left out by a relaxed screen run once per
value shape (every digit read as 0), IPv4 addresses classified by a table
of ranges instead of ``ipaddress``, and the records built per match by a
cheaper ``__init__`` (``quick_init``).  Each test
compares the shortcut with the long way on the same values: the demo CRM,
python-stdnum's vectors, the official test numbers, free text in five
languages, junk, and random strings of digit groups.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import ipaddress
import json
import pickle
import random
import re
import sqlite3
from pathlib import Path

import pytest
from stdnum import luhn

from recognizers import special_categories
from recognizers._base import first_class, luhn_valid, min_chars, min_digit_run, relaxed, shape_of
from scanner.demo import generate_crm
from recognizers.ip_address import IpAddressRecognizer as IP
from scanner.detection import Detector, DetectorConfig

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

TEXTS = [
    "Kunden ringde från 070-123 45 67 om personnummer 811218-9876, sjukskriven sedan mars.",
    "Ring 22 33 44 55 eller +47 912 34 567; fødselsnummer 01010012356, konto 8601.11.17947.",
    "CPR-nummer 010203-1234, tlf. 33 12 34 56, CVR DK 12345674, fagforening HK.",
    "Hetu 131052-308T, puhelin 040 123 4567, Y-tunnus 0737546-2, ammattiliitto.",
    "Kennitala 120174-3399, sími 555 1234, IBAN IS14 0159 2600 7654 5510 7303 39.",
    "Server 192.0.2.44 and 2001:db8::ff00:42:8329 logged in at 2024-12-03 01:11:38.",
    "Order 0000314778, bankgiro 5050-1055, card 4111 1111 1111 1111, SE556677123301.",
    "version 1.2.3 den 24.11.2026 från fe80::1, Chrome/122.0.0.0, rv:1.9.2.28",
    "Diagnos F32.1 enligt FK 7263; rs12345 i genetiskt test; ICD-10 J45.",
]


def _demo_values(tmp: Path) -> list[str]:
    path = tmp / "crm.db"
    generate_crm(path, contacts=150, seed=5)
    con = sqlite3.connect(path)
    values: set[str] = set()
    try:
        for (table,) in con.execute("select name from sqlite_master where type='table'"):
            cur = con.execute(f'select * from "{table}"')
            for row in cur:
                values.update(str(v) for v in row if v is not None)
    finally:
        con.close()
    return sorted(values)


def _random_values(n: int, seed: int = 3) -> list[str]:
    rnd = random.Random(seed)
    seps = [" ", "-", ".", ":", "+", "/", "", "", "", " ", ", "]
    words = ["SE", "DK", "FI", "NO", "IS", "tlf", "konto", "hetu", "a", "Ab", "0x", "@x.se", "(0)"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 6)):
            if rnd.random() < 0.2:
                parts.append(rnd.choice(words))
            else:
                parts.append("".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 12))))
            parts.append(rnd.choice(seps))
        out.append("".join(parts).strip() or "0")
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    values = set(_demo_values(tmp_path_factory.mktemp("crm")))
    for name in ("stdnum_vectors.json", "official_test_ids.json"):
        for item in json.loads((SHARED / name).read_text("utf-8")):
            values.add(item["value"])
            values.add(f"nummer {item['value']} enligt kunden")
    values.update(TEXTS)
    values.update(_random_values(6000))
    values.update(["", " ", "1", "12", "٨١١٢١٨٩٨٧٦", "８１１２１８－９８７６", "1" * 400])
    return sorted(values)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectorConfig())


def _digit_runs(text: str) -> int:
    return max((len(r) for r in re.findall(r"\d+", text)), default=0)


def test_min_digit_run_never_exceeds_a_real_match(detector, corpus):
    # Every match of every pattern holds a digit run at least the bound.
    checked = 0
    for rec in detector.recognizers:
        for shape, rx, _ in getattr(rec, "_compiled", ()):
            bound = min_digit_run(rx.pattern, rx.flags)
            for value in corpus:
                for m in rx.finditer(value):
                    assert _digit_runs(m.group()) >= bound, (rec.ENTITY, shape, bound)
                    checked += 1
    assert checked > 5000
    # ... and the bounds are not all zero: the skip does something.
    by_entity = {r.ENTITY: getattr(r, "min_digit_run", 0) for r in detector.recognizers}
    assert by_entity["SE_PERSONNUMMER"] == 6
    assert by_entity["FI_PERSONAL_IDENTITY_CODE"] == 6
    assert by_entity["NO_BANK_ACCOUNT"] == 5


def test_first_class_screen_finds_what_the_plain_union_finds(detector, corpus):
    prefixed = 0
    for rec in detector.recognizers:
        regexes = [r for _, r, _ in getattr(rec, "PATTERNS", ())]
        if not regexes or rec.screen is None or not isinstance(rec.screen, re.Pattern):
            continue
        plain = re.compile("|".join(f"(?:{r})" for r in regexes), rec.REGEX_FLAGS)
        prefixed += rec.screen.pattern.startswith("(?=[")
        for value in corpus:
            a, b = rec.screen.search(value), plain.search(value)
            assert (a and a.span()) == (b and b.span()), (rec.ENTITY, value)
    assert prefixed >= 15


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"\d{3}", "[\\d]"),
        (r"(?<!\w)(?:NO ?)?\d{9}", "[N\\d]"),
        (r"x*y", "[xy]"),
        (r"(?:ab|)c", "[ac]"),
        (r"\+4[5-7]", "[\\x2b]"),
        (r".x", None),
        (r"\Dx", None),
        (r"(?i:a)b", None),
        (r"(?:a|b)?", None),
        (r"\b", None),
    ],
)
def test_first_class_cases(pattern, expected):
    got = first_class(pattern)
    assert got == expected
    if got is not None:  # the prefix never turns away a match
        for text in ("xy", "abc", "c", "+45", "NO 123456789", "123", "q123"):
            assert bool(re.search(f"(?={got})(?:{pattern})", text)) == bool(re.search(pattern, text))


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"\d{6}[-+]?\d{4}", 6),
        (r"\d\d(?: \d\d){3}", 2),
        (r"(?:\d{2}){3}-\d", 6),
        (r"\d{2,4}\d?x", 2),
        (r"[0-9]{3}|[0-9]{5}", 3),
        (r"\d(?=\d)\d", 2),
        (r"[\dA-F]{8}", 0),
        (r"\d*", 0),
        (r"(\d)\1", 1),
    ],
)
def test_min_digit_run_cases(pattern, expected):
    assert min_digit_run(pattern) == expected


def test_min_chars_counts_only_certain_members():
    assert min_chars(r"[A-Z][0-9]{2}", str.isalpha) == 1
    assert min_chars(r"D[A-Z][0-9]{2}|rs\d{3}", str.isalpha) == 2
    assert min_chars(r"[ACGT]{20}", str.isalpha) == 20
    assert min_chars(r"\w+|x", str.isalpha) == 0
    assert min_chars(r"(?:ab)?c", str.isalpha) == 1


def _reference(detector: Detector, value: str):
    """detect_value the long way: every recognizer, each screening itself."""
    groups = tuple((None, (r,)) for r in detector.recognizers)
    lexicon = special_categories.lexicon()
    saved_applicable, saved_letter = detector._applicable, lexicon._needs_letter
    detector._applicable = lambda _value: groups
    lexicon._needs_letter = False
    lexicon._last = None
    try:
        return detector.detect_value(value)
    finally:
        detector._applicable = saved_applicable
        lexicon._needs_letter = saved_letter
        lexicon._last = None


def test_shortcuts_change_no_detection(detector, corpus):
    found = 0
    for value in corpus:
        fast = detector.detect_value(value)
        slow = _reference(detector, value)
        assert fast == slow, value
        found += len(fast.hits)
    assert found > 1000


def test_lexicon_turns_letterless_values_away_only_when_every_term_has_a_letter():
    assert special_categories.lexicon()._needs_letter is True
    rules = copy.deepcopy(special_categories._rules())
    rules["HEALTH_DATA"]["terms"]["sv"]["strong"].append("4711")
    lexicon = special_categories.Lexicon(rules)
    assert lexicon._needs_letter is False
    assert lexicon.analysis("kod 4711").passed
    assert lexicon.analysis("4711").passed  # no letter, and still looked at
    assert not special_categories.lexicon().analysis("4711").passed


def test_relaxed_screen_finds_every_shape_whose_value_the_screen_finds(detector, corpus):
    # The engine drops a group when its relaxed screen finds nothing in the
    # value's shape: that must never drop a screen that finds the value.
    screens = [r.screen for r in detector.recognizers if isinstance(r.screen, re.Pattern)]
    assert len(screens) >= 15
    relaxed_screens = [(rx, relaxed(rx)) for rx in screens]
    assert all(r is not None for _, r in relaxed_screens)
    found = dropped = 0
    for value in corpus + _random_values(4000, seed=11):
        shape = shape_of(value)
        for rx, loose in relaxed_screens:
            if rx.search(value) is not None:
                found += 1
                assert loose.search(shape) is not None, (rx.pattern[:60], value)
            elif loose.search(shape) is None:
                dropped += 1
    assert found > 5000 and dropped > 50_000  # and it does leave screens out


@pytest.mark.parametrize("pattern, value, shape_found", [
    (r"(?<!\d)19\d{2}-[01]\d", "1985-11", True),    # digit literals read as 0
    (r"[2-9]\d{7}", "12345678", True),                # a class with digits admits 0
    (r"(?!5)\d{3}", "512", True),                     # a digit-telling lookahead dropped
    (r"(?<![\w+])\d{3}", "a123", False),              # a lookbehind alike to every digit kept
    (r"(\d)\1", "11", True),                          # equal digits stay equal
    (r"[A-Z]{2}\d", "SE4", True),
    (r"(?<![0-9])[^0-9]5", "1x5", False),               # classes of every digit kept, either way
])
def test_relaxed_cases(pattern, value, shape_found):
    rx = re.compile(pattern)
    loose = relaxed(rx)
    assert loose is not None
    assert (loose.search(shape_of(value)) is not None) is shape_found
    if rx.search(value) is not None:
        assert shape_found


@pytest.mark.parametrize("pattern", [
    r"(?>[1-9]+)0",      # atomic: a wider group could take what the rest needs
    r"\d++0",            # possessive, likewise
    r"[^0-4]\d",         # a negated class that tells digits apart
    r"[^5]x",            # a negated character that is a digit
])
def test_relaxed_refuses_what_it_cannot_widen_soundly(pattern):
    assert relaxed(re.compile(pattern)) is None


def test_stem_closure_is_every_shorter_stem_that_prefixes_it():
    # The closure is built from each stem's own prefixes; the definition
    # compares every stem with every other (quadratic: 1 s of start-up).
    lexicon = special_categories.lexicon()
    sizes = []
    for index in (lexicon._prefix_ci, lexicon._prefix_cs, lexicon._infix_ci, lexicon._infix_cs):
        stems = sorted(index.table)
        assert index.closure == {s: tuple(t for t in stems if s.startswith(t)) for s in stems}
        sizes.append(len(stems))
    assert sum(sizes) > 1000
    assert any(len(c) > 1 for c in lexicon._prefix_ci.closure.values())


def test_luhn_valid_answers_as_stdnum():
    rnd = random.Random(11)
    for _ in range(50_000):
        s = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(0, 20)))
        assert luhn_valid(s) == luhn.is_valid(s), s
    for s in ("", " ", "12 34", "1-2", "٨١", "１２", "8112189876"):
        assert luhn_valid(s) == luhn.is_valid(s), s


def _phone_inputs(n: int, seed: int = 5):
    """(number, region) pairs of every shape ``NordicPhoneRecognizer.check`` parses."""
    rnd = random.Random(seed)

    def digits(k: int) -> str:
        return "".join(rnd.choice("0123456789") for _ in range(k))

    for _ in range(n):
        k = rnd.random()
        if k < 0.3:
            cc = rnd.choice(["46", "47", "45", "358", "354", "44", "1", "4", "35"])
            yield "+" + cc + digits(rnd.randint(0, 14)), None
        elif k < 0.6:
            yield "0" + digits(rnd.randint(3, 12)), rnd.choice(["SE", "FI"])
        elif k < 0.8:
            yield digits(8), rnd.choice(["NO", "DK"])
        elif k < 0.9:  # starting with the plan's own country code
            yield rnd.choice(["47", "45", "4", "9", "2"]) + digits(6), rnd.choice(["NO", "DK"])
        else:  # Iceland's international prefixes 00, 1001, 1010, 1020, 1100
            yield rnd.choice(["", "00", "1001", "1010", "1020", "1100", "354", "5"]) + digits(rnd.randint(3, 7)), "IS"


def test_phone_fast_parse_is_phonenumbers_parse():
    import phonenumbers

    from recognizers.phone import _parse

    def outcome(parse, number, region):
        try:
            return parse(number, region)
        except phonenumbers.NumberParseException as exc:
            return ("raises", exc.error_type)

    shortcuts = 0
    for number, region in _phone_inputs(150_000):
        fast = outcome(_parse, number, region)
        assert fast == outcome(phonenumbers.parse, number, region), (number, region)
        shortcuts += not isinstance(fast, tuple)
    assert shortcuts > 60_000


def _typed_numbers(n: int, seed: int = 9):
    """PhoneNumbers near every type's example number of the Nordic plans, and random ones."""
    import phonenumbers
    from phonenumbers import PhoneNumberType

    rnd = random.Random(seed)
    examples = []
    for region in ("SE", "NO", "DK", "FI", "IS", "AX", "SJ", "GB", "DE", "US"):
        for kind in vars(PhoneNumberType).values():
            if isinstance(kind, int):
                example = phonenumbers.example_number_for_type(region, kind)
                if example is not None:
                    examples.append((example.country_code, str(example.national_number)))
    assert len(examples) > 40
    for _ in range(n):
        cc, nsn = rnd.choice(examples)
        keep = rnd.randint(0, len(nsn))
        tail = "".join(rnd.choice("0123456789") for _ in range(len(nsn) - keep + rnd.randint(-1, 1)))
        digits = (nsn[:keep] + tail).lstrip("0") or "1"
        number = phonenumbers.PhoneNumber(country_code=cc, national_number=int(digits))
        if rnd.random() < 0.05:
            number.italian_leading_zero, number.number_of_leading_zeros = True, rnd.randint(1, 2)
        yield number


def test_phone_number_type_is_phonenumbers_number_type():
    import phonenumbers
    from phonenumbers import PhoneNumberType

    from recognizers.phone import _number_type

    kinds = set()
    for number in _typed_numbers(60_000):
        kind = _number_type(number)
        assert kind == phonenumbers.number_type(number), number
        kinds.add(kind)
    # Every branch of the type order was taken, valid and invalid.
    assert {PhoneNumberType.UNKNOWN, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE,
            PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE} <= kinds
    assert len(kinds) >= 7


def _crm_columns(path) -> list:
    from scanner.models import Sample, Unit

    generate_crm(path, contacts=400, seed=3)
    con = sqlite3.connect(path)
    samples = []
    try:
        for (table,) in con.execute("select name from sqlite_master where type='table'"):
            cur = con.execute(f'select * from "{table}"')
            names = [d[0] for d in cur.description]
            rows = cur.fetchall()
            for i, name in enumerate(names):
                values = tuple(str(r[i]) for r in rows if r[i] is not None)
                if values:
                    samples.append(Sample(Unit("sqlite", {"table": table, "column": name}, name), values))
    finally:
        con.close()
    assert len(samples) > 30
    return samples


def test_parallel_judging_gives_the_same_verdicts(tmp_path):
    # Groups of columns go to a forked worker and to this process, which
    # also takes back queued groups no worker has begun: the verdicts are
    # those of one process, column for column.
    from scanner.detection import BatchDetector
    from scanner.verdicts import VerdictRules

    samples = _crm_columns(tmp_path / "crm.db")
    one = BatchDetector(DetectorConfig(), workers=1).judge_samples(samples, VerdictRules())
    batch = BatchDetector(DetectorConfig(), workers=2, min_parallel=0)
    try:
        two = batch.judge_samples(samples, VerdictRules())
    finally:
        batch.close()
    assert two == one
    assert sum(len(v) for v in one) > 20  # the demo's personal data is found


def test_a_worker_that_dies_leaves_its_units_to_this_process(tmp_path, kill_workers, capfd):
    # Every task a worker begins kills it (as the kernel's out-of-memory
    # killer would): the batch is judged here, the verdicts are the same, the
    # next batch stays in this process, and nothing but one warning line
    # reaches stderr (CPython 3.11's pool prints a traceback and hangs when
    # a cancelled future meets a dead worker; nordpii cancels none).
    import logging

    import scanner.detection as detection
    from scanner.detection import BatchDetector
    from scanner.verdicts import VerdictRules

    samples = _crm_columns(tmp_path / "crm.db")
    one = BatchDetector(DetectorConfig(), workers=1).judge_samples(samples, VerdictRules())
    kill_workers(detection, "judge_with")
    batch = BatchDetector(DetectorConfig(), workers=2, min_parallel=0)
    try:
        handler = logging.StreamHandler()  # as the CLI's: warnings to stderr
        detection.log.addHandler(handler)
        two = batch.judge_samples(samples, VerdictRules())
        assert batch.workers == 1 and batch._pool is None
        again = batch.judge_samples(samples[:3], VerdictRules())
    finally:
        detection.log.removeHandler(handler)
        batch.close()
    assert two == one
    assert again == one[:3]
    err = capfd.readouterr().err
    assert err.splitlines() == ["a worker process stopped; this process judges its units instead"]


def test_claims_give_each_task_to_one_side_unless_both_move_at_once():
    import multiprocessing

    from scanner.detection import Claims

    claims = Claims(multiprocessing.get_context("fork"))
    first, second, third = claims.new(), claims.new(), claims.new()
    assert Claims.begin(claims.flags, first)  # a worker begins it: it cannot be taken back
    assert not claims.take_back(first)
    assert claims.take_back(second)  # taken back first: the worker skips it
    assert not Claims.begin(claims.flags, second)
    assert not claims.take_back(second)  # and only once
    assert Claims.begin(claims.flags, third)
    # The flags are reused in turn: a fresh task's flag is clear again.
    for _ in range(Claims.RING - 3):
        claims.new()
    again = claims.new()
    assert again % Claims.RING == first % Claims.RING and claims.take_back(again)


def test_a_pool_that_refuses_a_group_loses_none(tmp_path, monkeypatch):
    # The pool breaks while groups are handed out: its second submit is
    # refused (BrokenProcessPool, as when a worker died in between).  The
    # refused group is judged here like the rest: every verdict is the
    # one-process one.
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    import scanner.detection as detection
    from scanner.detection import BatchDetector
    from scanner.verdicts import VerdictRules

    class Refusing(ProcessPoolExecutor):
        submitted = 0

        def submit(self, *args, **kwargs):
            Refusing.submitted += 1
            if Refusing.submitted == 2:
                raise BrokenProcessPool("a worker died")
            return super().submit(*args, **kwargs)

    samples = _crm_columns(tmp_path / "crm.db")
    one = BatchDetector(DetectorConfig(), workers=1).judge_samples(samples, VerdictRules())
    monkeypatch.setattr(detection, "ProcessPoolExecutor", Refusing)
    batch = BatchDetector(DetectorConfig(), workers=2, min_parallel=0)
    try:
        assert batch.judge_samples(samples, VerdictRules()) == one
    finally:
        batch.close()
    assert Refusing.submitted == 2 and batch.workers == 1


def _ip_reference(text: str):
    """What ``IP.check`` answers on a dotted quad, asked of ``ipaddress`` alone."""
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return (False, False, "")
    if ip.is_unspecified or ip.is_loopback:
        return (False, False, "")
    synthetic = any(ip in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"))
    return (True, synthetic, "public" if ip.is_global else "private")


def test_the_ipv4_range_table_answers_as_ipaddress_does():
    """``check`` looks IPv4 addresses up in a table of ranges instead of
    asking ``ipaddress``; its answers must be the module's: on both sides of
    every edge of the table and of the networks the module reads for
    ``is_global``, at every first octet, and on random quads (a fixed seed)
    with leading zeros and octets above 255 among them."""
    from recognizers.ip_address import _RANGES

    assert _RANGES is not None  # the table is built on this Python
    constants = ipaddress._IPv4Constants
    edges = set(_RANGES[0])
    for net in getattr(constants, "_private_networks", []) + [getattr(constants, "_public_network")]:
        edges.update({int(net.network_address), int(net.broadcast_address) + 1})
    quads = {str(ipaddress.IPv4Address(n)) for e in edges for n in (e - 1, e, e + 1) if 0 <= n < 2 ** 32}
    for first in range(256):
        quads.update({f"{first}.0.0.0", f"{first}.255.255.255", f"{first}.1.2.3"})
    rng = random.Random(7)
    octet = lambda: rng.choice([str(rng.randrange(256)), str(rng.randrange(256, 1000)), f"0{rng.randrange(100)}"])
    quads.update(".".join(octet() for _ in range(4)) for _ in range(20_000))
    wrong = [q for q in sorted(quads)
             if (lambda c: (c.valid, c.synthetic, c.kind))(IP.check(q)) != _ip_reference(q)]
    assert len(quads) > 20_000 and wrong == []


@pytest.mark.parametrize("record", ["Check", "Candidate", "Hit", "ValueResult"])
def test_records_built_by_quick_init_are_the_dataclass_records(record):
    """Each record keeps what ``dataclass(frozen=True)`` gives it: the same
    parameters and defaults (against a twin built without quick_init),
    equality, hashing, pickling, ``replace``, and no assignment."""
    import recognizers._base as base
    import scanner.models as models

    cls = getattr(base, record, None) or getattr(models, record)
    twin = dataclasses.dataclass(frozen=True)(type(record, (), {
        "__annotations__": dict(cls.__annotations__),
        **{f.name: f for f in dataclasses.fields(cls)}}))
    # quick_init's __init__ stores into the instance's __dict__; dataclass's own does not
    assert "__dict__" in cls.__init__.__code__.co_names
    assert "__dict__" not in twin.__init__.__code__.co_names
    shape = lambda c: [(p.name, p.kind, p.default) for p in inspect.signature(c.__init__).parameters.values()]
    assert shape(cls) == shape(twin)
    values = {f.name: f"v{i}" for i, f in enumerate(dataclasses.fields(cls))}
    one, two = cls(**values), cls(*values.values())
    assert one == two and hash(one) == hash(two) and pickle.loads(pickle.dumps(one)) == one
    assert [getattr(one, k) for k in values] == list(values.values())
    required = {f.name: f"v{i}" for i, f in enumerate(dataclasses.fields(cls)) if f.default is dataclasses.MISSING}
    assert vars(cls(**required)) == vars(twin(**required))
    first = dataclasses.fields(cls)[0].name
    assert getattr(dataclasses.replace(one, **{first: "other"}), first) == "other"
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(one, first, "other")


def test_quick_init_refuses_what_it_cannot_build():
    from scanner.models import quick_init

    @dataclasses.dataclass(frozen=True)
    class Listed:
        items: list = dataclasses.field(default_factory=list)

    @dataclasses.dataclass
    class Mutable:
        x: int

    for cls in (Listed, Mutable):
        with pytest.raises(TypeError, match="quick_init"):
            quick_init(cls)
