"""The synthetic Nordic CRM (scanner/demo.py): shape, determinism, atomic
writes, and every identifier checked against python-stdnum / phonenumbers,
never against the generator's own code."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.dk import cpr, cvr
from stdnum.fi import hetu, ytunnus
from stdnum.is_ import kennitala
from stdnum.no import fodselsnummer, kontonr
from stdnum.no import orgnr as no_orgnr_std
from stdnum.se import orgnr as se_orgnr_std
from stdnum.se import personnummer

from scanner import demo

COUNTS = {"kontakter": 2000, "foretag": 200, "anstallda": 50, "order": 3000,
          "webbsessioner": 4000, "Kund Notering": 100}


@pytest.fixture(scope="module")
def crm(tmp_path_factory):
    path = tmp_path_factory.mktemp("crm") / "crm.db"
    summary = demo.generate_crm(path)
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    yield path, summary, con
    con.close()


def rows(con, sql, *args):
    return con.execute(sql, args).fetchall()


def dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def iso(d) -> dt.date:
    return dt.date.fromisoformat(d)


def cpr_mod11(c: str) -> bool:
    return cpr.checksum(cpr.compact(c)) == 0


# stdnum has no birth-date reader for these two: parse per reference §1.4, §1.5
def hetu_birth(h: str) -> dt.date:
    century = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900}.get(h[6], 2000)
    return dt.date(century + int(h[4:6]), int(h[2:4]), int(h[0:2]))


def kennitala_birth(k: str) -> dt.date:
    k = kennitala.compact(k)
    return dt.date({"8": 1800, "9": 1900, "0": 2000}[k[9]] + int(k[4:6]), int(k[2:4]), int(k[0:2]) % 40)


# ---------------------------------------------------------------- shape


def test_row_counts_match_summary(crm):
    path, summary, con = crm
    assert summary == COUNTS
    for table, n in summary.items():
        assert con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == n


def test_columns(crm):
    _, _, con = crm

    def cols(t):
        return [r[1] for r in con.execute("SELECT * FROM pragma_table_info(?)", (t,))]

    assert cols("kontakter") == [
        "id", "förnamn", "efternamn", "personnummer", "land", "email", "telefon", "gatuadress",
        "postnummer", "ort", "födelsedatum", "kön", "created_at", "last_interaction", "anteckningar",
        "nyhetsbrev", "lojalitetspoäng"]
    assert cols("foretag") == ["id", "namn", "organisationsnummer", "land", "iban", "bankgiro"]
    assert cols("anstallda") == ["id", "namn", "epost", "mobil", "kontonummer", "lön", "avdelning"]
    assert cols("order") == ["id", "kontakt_id", "ordernummer", "belopp", "status", "skapad"]
    assert cols("webbsessioner") == ["id", "kontakt_id", "ip_adress", "user_agent", "url", "startad",
                                     "session_token"]


def test_awkward_identifiers_exist_exactly(crm):
    _, _, con = crm
    names = [r[0] for r in rows(con, "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    assert "Kund Notering" in names and "order" in names
    cols = [r[1] for r in con.execute("SELECT * FROM pragma_table_info('Kund Notering')")]
    assert cols == ["Förnamn", 'a"b', "select"]
    values = rows(con, 'SELECT "Förnamn", "a""b", "select" FROM "Kund Notering"')
    assert len(values) == COUNTS["Kund Notering"]
    for first, mail, phone in values:
        assert first and re.fullmatch(r"[^@\s]+@[a-z.]*example\.(com|net|org)", mail)
        assert any(phonenumbers.is_valid_number(phonenumbers.parse(phone, cc)) for cc in demo.COUNTRIES), phone


def test_foreign_keys_resolve(crm):
    _, _, con = crm
    assert rows(con, 'SELECT count(*) FROM "order" o LEFT JOIN kontakter k ON k.id = o.kontakt_id '
                     'WHERE k.id IS NULL')[0][0] == 0
    assert rows(con, "SELECT count(*) FROM webbsessioner w LEFT JOIN kontakter k ON k.id = w.kontakt_id "
                     "WHERE w.kontakt_id IS NOT NULL AND k.id IS NULL")[0][0] == 0


def test_every_country_present(crm):
    _, _, con = crm
    shares = dict(rows(con, "SELECT land, count(*) FROM kontakter GROUP BY land"))
    assert set(shares) == set(demo.COUNTRIES)
    assert all(n >= 80 for n in shares.values()), shares


# ---------------------------------------------------------- determinism


def test_same_seed_same_content(tmp_path):
    a, b = tmp_path / "a" / "crm.db", tmp_path / "b" / "crm.db"
    assert demo.generate_crm(a, contacts=300, seed=11) == demo.generate_crm(b, contacts=300, seed=11)
    assert dump(a) == dump(b)
    assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()


def test_different_seed_different_content(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    demo.generate_crm(a, contacts=300, seed=11)
    demo.generate_crm(b, contacts=300, seed=12)
    da, db_ = dump(a), dump(b)
    assert da != db_
    ids_a = {line for line in da if "INSERT INTO \"kontakter\"" in line}
    ids_b = {line for line in db_ if "INSERT INTO \"kontakter\"" in line}
    assert ids_a and not ids_a & ids_b


def test_same_seed_same_bytes_across_processes(tmp_path):
    # nothing may depend on hash randomisation, the clock or process state
    code = ("import sys; from pathlib import Path; from scanner.demo import generate_crm; "
            "generate_crm(Path(sys.argv[1]), contacts=200, seed=3)")
    digests = set()
    for hashseed in ("1", "2"):
        out = tmp_path / f"crm{hashseed}.db"
        env = {**os.environ, "PYTHONHASHSEED": hashseed}
        subprocess.run([sys.executable, "-c", code, str(out)], check=True, env=env,
                       cwd=Path(demo.__file__).resolve().parents[1])
        digests.add(hashlib.sha256(out.read_bytes()).hexdigest())
    assert len(digests) == 1


def test_small_and_empty_databases(tmp_path):
    summary = demo.generate_crm(tmp_path / "zero.db", contacts=0)
    assert summary["kontakter"] == summary["order"] == summary["webbsessioner"] == 0
    assert summary["foretag"] == 5
    with pytest.raises(ValueError):
        demo.generate_crm(tmp_path / "neg.db", contacts=-1)


# ------------------------------------------------------------- atomicity


def test_written_atomically_no_temp_left(tmp_path):
    target = tmp_path / "out" / "crm.db"
    demo.generate_crm(target, contacts=50)
    assert sorted(p.name for p in target.parent.iterdir()) == ["crm.db"]
    assert target.stat().st_mode & 0o777 == 0o644
    demo.generate_crm(target, contacts=60)  # replacing an existing database
    assert sorted(p.name for p in target.parent.iterdir()) == ["crm.db"]
    con = sqlite3.connect(target)
    assert con.execute("SELECT count(*) FROM kontakter").fetchone()[0] == 60
    con.close()


def test_failure_keeps_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "crm.db"
    demo.generate_crm(target, contacts=20)
    before = target.read_bytes()

    def boom(src, dst):
        assert Path(src).parent == Path(dst).parent  # the temp file sits beside the target
        raise OSError("disk full")

    monkeypatch.setattr(demo.os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        demo.generate_crm(target, contacts=30)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crm.db"]


# ---------------------------------------------- identifiers in the database


def _se_birth(pnr: str, birth: dt.date) -> dt.date:
    digits = re.sub(r"\D", "", pnr)[-10:]
    return dt.date(birth.year, int(digits[2:4]), int(digits[4:6]) - 60)


def check_se_personnummer(con):
    rs = [r for r in rows(con, "SELECT * FROM kontakter WHERE land='SE'")
          if int(re.sub(r"\D", "", r["personnummer"])[-6:-4]) <= 31]
    assert len(rs) > 300
    forms = set()
    for r in rs:
        p = r["personnummer"]
        forms.add(re.sub(r"\d", "9", p))
        assert personnummer.is_valid(p), p
        got, want = personnummer.get_birth_date(p), iso(r["födelsedatum"])
        if len(re.sub(r"\D", "", p)) == 12:
            assert got == want, p
        else:  # stdnum takes the century of a 10-digit form from today's date
            assert (got.year % 100, got.month, got.day) == (want.year % 100, want.month, want.day), p
        assert personnummer.get_gender(p) == ("M" if r["kön"] == "M" else "F")
    assert forms == {"99999999-9999", "999999-9999", "999999999999"}


def check_se_samordningsnummer(con):
    # stdnum 2.2 rejects every samordningsnummer: Luhn (stdnum) and day - 60 instead
    rs = [r for r in rows(con, "SELECT * FROM kontakter WHERE land='SE'")
          if int(re.sub(r"\D", "", r["personnummer"])[-6:-4]) > 60]
    assert 10 <= len(rs) <= 100
    for r in rs:
        ten = re.sub(r"\D", "", r["personnummer"])[-10:]
        assert luhn.is_valid(ten), r["personnummer"]
        assert 61 <= int(ten[4:6]) <= 91
        assert _se_birth(r["personnummer"], iso(r["födelsedatum"])) == iso(r["födelsedatum"])
        assert int(ten[8]) % 2 == (1 if r["kön"] == "M" else 0)


def check_no_fodselsnummer(con):
    rs = rows(con, "SELECT * FROM kontakter WHERE land='NO'")
    d_numbers = 0
    for r in rs:
        f = r["personnummer"]
        assert re.fullmatch(r"\d{11}", f) and fodselsnummer.is_valid(f), f
        assert fodselsnummer.get_birth_date(f) == iso(r["födelsedatum"]), f
        assert fodselsnummer.get_gender(f) == ("M" if r["kön"] == "M" else "F")
        d_numbers += int(f[0]) >= 4
    assert 10 <= d_numbers <= 0.15 * len(rs)


def check_dk_cpr(con):
    rs = rows(con, "SELECT * FROM kontakter WHERE land='DK'")
    with_mod11 = without = 0
    for r in rs:
        c = r["personnummer"]
        assert re.fullmatch(r"\d{6}-\d{4}", c) and cpr.is_valid(c), c
        assert cpr.get_birth_date(c) == iso(r["födelsedatum"]), c
        assert int(c[-1]) % 2 == (1 if r["kön"] == "M" else 0)
        assert not c[7:].startswith("99")  # never a MedCom-style test CPR
        if cpr_mod11(c):
            with_mod11 += 1
        else:
            without += 1
            assert c[:4] == "0101"  # issued without mod-11: 1 January births
    assert with_mod11 > 5 * without > 0


def check_fi_hetu(con):
    rs = rows(con, "SELECT * FROM kontakter WHERE land='FI'")
    signs = {}
    for r in rs:
        h = r["personnummer"]
        assert hetu.is_valid(h), h
        assert hetu.compact(h) == h
        assert hetu_birth(h) == iso(r["födelsedatum"]), h
        assert int(h[7:10]) % 2 == (1 if r["kön"] == "M" else 0)
        signs[h[6]] = signs.get(h[6], 0) + 1
        if h[6] in "YB":
            assert r["created_at"] >= "2024"
    assert set(signs) <= set("-AYB") and signs["-"] > signs.get("Y", 0) > 0 and signs["A"] > 0


def check_is_kennitala(con):
    rs = rows(con, "SELECT * FROM kontakter WHERE land='IS'")
    for r in rs:
        k = r["personnummer"]
        assert re.fullmatch(r"\d{6}-\d{4}", k) and kennitala.is_valid(k), k
        assert kennitala_birth(k) == iso(r["födelsedatum"])
    assert {r["personnummer"][-1] for r in rs} == {"9", "0"}


def check_org_numbers(con):
    validators = {
        "SE": (r"\d{6}-\d{4}", se_orgnr_std.is_valid),
        "NO": (r"[89]\d{2} \d{3} \d{3}", no_orgnr_std.is_valid),
        "DK": (r"[1-9]\d{7}", cvr.is_valid),
        "FI": (r"\d{7}-\d", ytunnus.is_valid),
        "IS": (r"[4-7]\d{5}-\d{4}", kennitala.is_valid),  # organisations: day + 40
    }
    seen = set()
    for r in rows(con, "SELECT * FROM foretag"):
        pattern, valid = validators[r["land"]]
        o = r["organisationsnummer"]
        assert re.fullmatch(pattern, o) and valid(o), (r["land"], o)
        seen.add(r["land"])
        if r["land"] == "SE":
            assert int(o[2]) >= 2  # never month-shaped
    assert seen == set(demo.COUNTRIES)


def check_iban(con):
    seen = set()
    for r in rows(con, "SELECT * FROM foretag"):
        i = r["iban"]
        assert std_iban.is_valid(i), i
        compact = std_iban.compact(i)
        assert compact[:2] == r["land"]
        seen.add(compact[:2])
        if r["land"] == "IS":  # an Icelandic IBAN ends with the holder's kennitala
            assert compact[-10:] == r["organisationsnummer"].replace("-", "")
    assert seen == set(demo.COUNTRIES)


def check_se_bankgiro(con):
    rs = rows(con, "SELECT land, bankgiro FROM foretag WHERE bankgiro IS NOT NULL")
    assert len(rs) > 20
    for land, bg in rs:
        assert land == "SE"
        assert re.fullmatch(r"\d{3,4}-\d{4}", bg) and luhn.is_valid(bg.replace("-", "")), bg
        assert not bg.startswith("90")


def check_no_kontonr(con):
    rs = rows(con, "SELECT mobil, kontonummer FROM anstallda")
    norwegian = [r for r in rs if r["mobil"].startswith("+47")]
    assert norwegian
    for mobil, konto in rs:
        if mobil.startswith("+47"):
            assert re.fullmatch(r"\d{4}\.\d{2}\.\d{5}", konto) and kontonr.is_valid(konto), konto
        else:
            assert konto is None


@pytest.mark.parametrize("check", [
    check_se_personnummer, check_se_samordningsnummer, check_no_fodselsnummer, check_dk_cpr,
    check_fi_hetu, check_is_kennitala, check_org_numbers, check_iban, check_se_bankgiro,
    check_no_kontonr,
], ids=lambda f: f.__name__.removeprefix("check_"))
def test_identifiers_in_database_validate(crm, check):
    check(crm[2])


# --------------------------------------------- the generator functions alone

N = 400


def _births(rng):
    return [dt.date(1936, 1, 1) + dt.timedelta(days=rng.randrange(26000)) for _ in range(N)]


GENERATORS = [
    pytest.param(lambda rng, b: demo.se_personnummer(rng, b, form=rng.choice(("long", "short", "compact"))),
                 personnummer.is_valid, id="se_personnummer"),
    pytest.param(lambda rng, b: demo.se_personnummer(rng, b, samordning=True),
                 lambda s: luhn.is_valid(re.sub(r"\D", "", s)[-10:]) and 61 <= int(s[6:8]) <= 91,
                 id="se_samordningsnummer"),  # stdnum 2.2 rejects all of these
    pytest.param(lambda rng, b: demo.no_fodselsnummer(rng, b), fodselsnummer.is_valid, id="no_fodselsnummer"),
    pytest.param(lambda rng, b: demo.no_fodselsnummer(rng, b, d_number=True),
                 lambda s: fodselsnummer.is_valid(s) and s[0] in "4567", id="no_d_nummer"),
    pytest.param(lambda rng, b: demo.dk_cpr(rng, b), lambda s: cpr.is_valid(s) and cpr_mod11(s),
                 id="dk_cpr_mod11"),
    pytest.param(lambda rng, b: demo.dk_cpr(rng, b, mod11=False), lambda s: cpr.is_valid(s) and not cpr_mod11(s),
                 id="dk_cpr_without_mod11"),
    pytest.param(lambda rng, b: demo.fi_hetu(rng, b, new_sign=rng.random() < 0.3), hetu.is_valid, id="fi_hetu"),
    pytest.param(lambda rng, b: demo.is_kennitala(rng, b), kennitala.is_valid, id="is_kennitala"),
    pytest.param(lambda rng, b: demo.is_kennitala(rng, b, organisation=True),
                 lambda s: kennitala.is_valid(s) and int(s[:2]) > 40, id="is_kennitala_org"),
    pytest.param(lambda rng, b: demo.se_orgnr(rng, rng.choice((2, 5, 7, 8, 9))), se_orgnr_std.is_valid,
                 id="se_orgnr"),
    pytest.param(lambda rng, b: demo.no_orgnr(rng), no_orgnr_std.is_valid, id="no_orgnr"),
    pytest.param(lambda rng, b: demo.dk_cvr(rng), cvr.is_valid, id="dk_cvr"),
    pytest.param(lambda rng, b: demo.fi_ytunnus(rng), ytunnus.is_valid, id="fi_ytunnus"),
    pytest.param(lambda rng, b: demo.se_bankgiro(rng), lambda s: luhn.is_valid(s.replace("-", "")),
                 id="se_bankgiro"),  # no stdnum module: stdnum's Luhn
    pytest.param(lambda rng, b: demo.no_kontonr(rng), kontonr.is_valid, id="no_kontonr"),
] + [
    pytest.param((lambda cc: lambda rng, b: demo.iban(rng, cc))(cc),
                 (lambda cc: lambda s: std_iban.is_valid(s) and s.startswith(cc))(cc), id=f"iban_{cc}")
    for cc in demo.COUNTRIES
]


@pytest.mark.parametrize("make, valid", GENERATORS)
def test_generator_validates_with_stdnum(request, make, valid):
    rng = random.Random(request.node.callspec.id)
    values = [make(rng, b) for b in _births(rng)]
    bad = [v for v in values if not valid(v)]
    assert not bad, bad[:5]
    assert len(set(values)) > N * 0.9


def test_generators_encode_sex_and_birth():
    rng = random.Random(3)
    for b in _births(rng):
        for male in (True, False):
            g = "M" if male else "F"
            assert personnummer.get_gender(demo.se_personnummer(rng, b, male)) == g
            assert personnummer.get_birth_date(demo.se_personnummer(rng, b, male, form="long")) == b
            f = demo.no_fodselsnummer(rng, b, male)
            assert fodselsnummer.get_gender(f) == g and fodselsnummer.get_birth_date(f) == b
            c = demo.dk_cpr(rng, b, male)
            assert cpr.get_birth_date(c) == b and int(c[-1]) % 2 == male
            h = demo.fi_hetu(rng, b, male)
            assert hetu_birth(h) == b and int(h[7:10]) % 2 == male
            assert kennitala_birth(demo.is_kennitala(rng, b)) == b


def test_luhn_digit_matches_stdnum():
    rng = random.Random(5)
    for _ in range(500):
        body = "".join(rng.choice("0123456789") for _ in range(rng.randrange(1, 15)))
        assert demo.luhn_digit(body) == luhn.calc_check_digit(body)


# ------------------------------------------------------------------ phones


@pytest.mark.parametrize("cc", demo.COUNTRIES)
@pytest.mark.parametrize("style", ["national", "international", "e164"])
def test_phone_generator_valid(cc, style):
    rng = random.Random(f"{cc}{style}")
    for _ in range(500):
        p = demo.phone_number(rng, cc, style)
        n = phonenumbers.parse(p, cc)
        assert phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == cc, p
        if style != "national":
            assert phonenumbers.is_valid_number(phonenumbers.parse(p, None)), p


def test_phones_in_database_valid(crm):
    _, _, con = crm
    for land, tel in rows(con, "SELECT land, telefon FROM kontakter WHERE telefon IS NOT NULL"):
        n = phonenumbers.parse(tel, land)
        assert phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == land, tel
    for (mobil,) in rows(con, "SELECT mobil FROM anstallda"):
        n = phonenumbers.parse(mobil, None)
        assert phonenumbers.is_valid_number(n), mobil
        assert phonenumbers.number_type(n) in (phonenumbers.PhoneNumberType.MOBILE,
                                               phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


# ------------------------------------------------- notes, e-mail, the rest


def test_notes(crm):
    _, _, con = crm
    notes = rows(con, "SELECT land, anteckningar FROM kontakter")
    empty = sum(1 for _, n in notes if not n)
    assert 0.20 <= empty / len(notes) <= 0.30
    with_phone = with_email = 0
    for land, note in notes:
        if not note:
            continue
        with_phone += any(True for _ in phonenumbers.PhoneNumberMatcher(note, land))
        with_email += "@" in note
    assert with_phone > 0.05 * len(notes) and with_email > 0.04 * len(notes)
    texts = " ".join(n for _, n in notes if n).lower()
    # no special-category data (and none of the lexicon false friends) for now
    for stem in ("sjuk", "diagnos", "läkare", "syk", "syg", "sairau", "fack", "fagforen", "ammattiliit",
                 "union", "religi", "kyrk", "kirke", "kirkko", "parti", "puolue", "straff", "dom ", "rikos",
                 "politi", "ras ", "genom", "tuomi", "graviditet", "gravid", "raskau", "etni", "hiv", "medicin"):
        assert stem not in texts, stem
    persons = sum(1 for _, n in notes if n and re.search(r"(Kontaktperson|Kollega|Hänvisade|Henviste|"
                                                        r"Yhteyshenkilö|Asiasta|Colleague|Contact person|"
                                                        r"Referred)", n))
    assert persons > 0.02 * len(notes)


def test_emails_use_reserved_domains_only(crm):
    _, _, con = crm
    mails = [r[0] for r in rows(con, "SELECT email FROM kontakter WHERE email IS NOT NULL")]
    mails += [r[0] for r in rows(con, "SELECT epost FROM anstallda")]
    mails += re.findall(r"\S+@\S+?(?=[.,]?(?:\s|$))", " ".join(
        r[0] for r in rows(con, "SELECT anteckningar FROM kontakter WHERE anteckningar LIKE '%@%'")))
    assert len(mails) > 1900
    for m in mails:
        assert re.fullmatch(r"[a-z0-9._-]+@([a-z]+\.)?example\.(com|net|org)", m), m
    staff = [r[0] for r in rows(con, "SELECT epost FROM anstallda")]
    assert len(set(staff)) == len(staff)


def test_ordernummer_uniform_luhn_share(crm):
    _, _, con = crm
    numbers = [r[0] for r in rows(con, 'SELECT ordernummer FROM "order"')]
    assert all(re.fullmatch(r"\d{10}", n) for n in numbers)
    assert len(set(numbers)) == len(numbers)
    share = sum(luhn.is_valid(n) for n in numbers) / len(numbers)
    assert 0.05 <= share <= 0.15, share
    first = [n[0] for n in numbers]
    assert all(first.count(d) > 0.06 * len(numbers) for d in "0123456789")
    # the look-alike trap: some pass Luhn and read as YYMMDD
    date_shaped = [n for n in numbers if luhn.is_valid(n) and 1 <= int(n[2:4]) <= 12 and 1 <= int(n[4:6]) <= 28]
    assert date_shaped


def test_other_columns(crm):
    _, _, con = crm
    for r in rows(con, "SELECT * FROM kontakter"):
        assert r["kön"] in ("M", "K")
        assert r["created_at"] < "2026-11-21"
        if r["last_interaction"] is not None:
            assert r["created_at"] <= r["last_interaction"] < "2026-11-21"
        assert r["nyhetsbrev"] in (0, 1)
        assert 0 <= r["lojalitetspoäng"] <= 5000
        pattern = {"SE": r"[1-9]\d{2} \d{2}", "NO": r"\d{4}", "DK": r"[1-9]\d{3}", "FI": r"\d{5}",
                   "IS": r"\d{3}"}[r["land"]]
        assert re.fullmatch(pattern, r["postnummer"]), r["postnummer"]
    ips = [r[0] for r in rows(con, "SELECT ip_adress FROM webbsessioner")]
    v6 = sum(":" in ip for ip in ips)
    assert 0.2 * len(ips) < v6 < 0.4 * len(ips)
    import ipaddress
    for ip in ips:
        ipaddress.ip_address(ip)
    for url, token in rows(con, "SELECT url, session_token FROM webbsessioner"):
        assert url.startswith("https://www.example.com/")
        assert re.fullmatch(r"[0-9a-f]{32}", token)
    for namn, land in rows(con, "SELECT namn, land FROM foretag"):
        assert namn.endswith({"SE": ("AB", "HB", "KB", "ek. för."), "NO": ("AS",), "DK": ("ApS",),
                              "FI": ("Oy",), "IS": ("ehf.",)}[land]), namn
