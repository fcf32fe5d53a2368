"""Which rows to read from a table: bounded, deterministic, never the whole table.

Pure functions and no I/O: ``scanner/sources/database.py`` asks them which
strategy to use, which row positions or keys to fetch and how large a
``TABLESAMPLE`` to request, then runs the queries itself. The same seed always
gives the same choice, and the amount read depends on the sample size, not on
the size of the table.

Strategies, in the order database.py tries them:

``full``
    The table is small (at most ``FULL_READ_FACTOR`` x sample size rows): read
    it all in a fixed order and keep ``pick_indices()`` of the rows.
``tablesample``
    PostgreSQL: ``TABLESAMPLE SYSTEM (pct) REPEATABLE (seed)``, a block sample
    of 3 to 6 x the sample size (``tablesample_percent()``), retried with a
    larger percentage when it returns too few rows; the sample size is then
    picked from what it returned. The percentage depends on the row estimate,
    rounded to a power of two, so the sample is the same for the same seed
    and data unless the statistics move across such a step. Without
    statistics the estimate comes from ``PROBE_PAGES`` sampled pages.
``keys``
    A table with an integer key (SQLite's rowid, or an integer single-column
    primary key): ``random_keys()`` drawn in [min, max] and fetched with
    ``WHERE key IN (...)`` in chunks of ``IN_CHUNK``; gaps in the key range are
    made up over ``KEY_ROUNDS`` rounds (``draw_count()``), then, for very
    sparse keys, by seeking the next existing key after random points.
``bernoulli``
    MySQL/MariaDB without an integer key: ``WHERE RAND(seed) < p LIMIT n``
    (``bernoulli_probability()``). A streaming scan without a sort: it reads
    up to the whole table but holds only ``row_cap()`` rows.
``head``
    Last resort (SQLite WITHOUT ROWID table without an integer key): the first
    rows in key order. Not random; database.py logs it.

>>> pick_indices(10, 3, seed=7) == pick_indices(10, 3, seed=7)
True
>>> pick_indices(3, 10, seed=7)
[0, 1, 2]
>>> choose_strategy("postgresql", 1_000_000, 1000, integer_key=True)
'tablesample'
>>> choose_strategy("sqlite", 2_000, 1000, integer_key=True)
'full'
"""

from __future__ import annotations

import math
import random
import zlib
from collections.abc import Iterable, Iterator, Sequence

# A table with at most this many times the sample size is read whole: below
# that, a random-access plan costs more round trips than it saves.
FULL_READ_FACTOR = 4
# How many more rows than the sample size a block sample aims at: SYSTEM
# sampling returns whole pages, so the count it returns varies.
OVERSAMPLE = 3
# Smallest share of a table asked for (a TABLESAMPLE of 0.0001 %).
MIN_FRACTION = 0.000001
# Block-sample / Bernoulli attempts, each four times larger than the last;
# the last one takes the whole table up to the LIMIT (row_cap()), so a table
# with enough rows always yields a full sample, even under a stale estimate.
ATTEMPTS = 4
# Rounds of random keys before falling back to seeking the next existing key.
KEY_ROUNDS = 4
# Pages read to estimate the rows of a PostgreSQL table without statistics.
PROBE_PAGES = 32
# Keys per `IN (...)` list: well under SQLite's and MySQL's parameter limits.
IN_CHUNK = 500
# Assumed lowest share of existing keys when planning the next round of draws.
MIN_HIT_RATE = 0.02


def table_seed(seed: int, schema: str, table: str) -> int:
    """A per-table seed derived from the user's seed, stable across processes.

    (``hash()`` is salted per process; CRC-32 is not.) Fits PostgreSQL's
    ``REPEATABLE`` and MySQL's ``RAND(n)``.

    >>> table_seed(0, "public", "kunder") == table_seed(0, "public", "kunder")
    True
    >>> table_seed(0, "public", "kunder") != table_seed(1, "public", "kunder")
    True
    """
    return zlib.crc32(f"{seed}\x00{schema}\x00{table}".encode()) & 0x7FFFFFFF


def choose_strategy(dialect: str, estimate: int | None, sample_size: int, *, integer_key: bool) -> str:
    """Pick one of ``full``, ``tablesample``, ``keys``, ``bernoulli``, ``head``.

    ``estimate`` None (no statistics) counts as small: database.py reads at
    most ``FULL_READ_FACTOR * sample_size + 1`` rows and, if the table turns
    out larger, counts it and asks again.
    """
    if estimate is None or estimate <= FULL_READ_FACTOR * sample_size:
        return "full"
    if dialect == "postgresql":
        return "tablesample"
    if integer_key:
        return "keys"
    if dialect in ("mysql", "mariadb"):
        return "bernoulli"
    return "head"


def pick_indices(n: int, k: int, seed: int) -> list[int]:
    """``k`` distinct positions out of ``range(n)``, sorted; all of them if ``n <= k``."""
    if n <= k:
        return list(range(n))
    return sorted(random.Random(seed).sample(range(n), k))


def random_keys(lo: int, hi: int, count: int, seed: int, *, round_: int | str = 0,
                exclude: Iterable[int] = ()) -> list[int]:
    """Up to ``count`` distinct integers in ``[lo, hi]`` not in ``exclude``, sorted.

    Fewer only when the range holds fewer candidates. ``round_`` gives each
    round of a plan its own, still deterministic, stream of draws.

    >>> random_keys(1, 5, 10, seed=1)
    [1, 2, 3, 4, 5]
    >>> random_keys(1, 5, 10, seed=1, exclude={2, 4})
    [1, 3, 5]
    """
    if count <= 0 or hi < lo:
        return []
    excluded = {x for x in exclude if lo <= x <= hi}
    span = hi - lo + 1
    available = span - len(excluded)
    rng = random.Random(f"{seed}:{round_}")  # str seeds are hashed with SHA-512: stable
    if available <= count:
        return [x for x in range(lo, hi + 1) if x not in excluded]
    if span <= 4 * (count + len(excluded)):
        # Dense: draw from the explicit list of candidates.
        candidates = [x for x in range(lo, hi + 1) if x not in excluded]
        return sorted(rng.sample(candidates, count))
    # Sparse exclusion (at most a quarter of the range): rejection sampling
    # on the lazy range; each pass keeps at least three quarters of its draws.
    chosen: set[int] = set()
    keys = range(lo, hi + 1)
    while len(chosen) < count:
        for x in rng.sample(keys, count - len(chosen)):
            if x not in excluded:
                chosen.add(x)
    return sorted(chosen)


def draw_count(need: int, *, tried: int, hits: int, available: int, cap: int) -> int:
    """How many keys to draw in the next round to find ``need`` more rows.

    The share of keys that existed so far (``hits / tried``) predicts the
    next; a small margin avoids a nearly empty extra round.

    >>> draw_count(100, tried=0, hits=0, available=10**6, cap=10**4)
    118
    >>> draw_count(100, tried=1000, hits=500, available=10**6, cap=10**4)
    228
    >>> draw_count(100, tried=1000, hits=0, available=10**6, cap=1000)
    1000
    """
    rate = hits / tried if tried else 1.0
    rate = max(rate, MIN_HIT_RATE)
    n = math.ceil(round(need / rate * 1.1, 6)) + 8  # round(): 110.00000000000001 is 110
    return max(0, min(n, available, cap))


def _fraction(estimate: int, sample_size: int, attempt: int) -> float:
    """Share of the table to sample, rounded up to a power of two.

    The rounding makes the plan, hence the sample, insensitive to small
    changes in the row estimate (PostgreSQL's reltuples, InnoDB's TABLE_ROWS
    move with every ANALYZE): it aims at 3 to 6 x the sample size.
    """
    if attempt >= ATTEMPTS - 1:  # the last attempt takes everything (under the LIMIT)
        return 1.0
    f = OVERSAMPLE * sample_size / max(estimate, 1) * 4**attempt
    if f >= 1:
        return 1.0
    return max(MIN_FRACTION, 2.0 ** math.ceil(math.log2(f)))


def tablesample_percent(estimate: int, sample_size: int, attempt: int = 0) -> float:
    """Percentage of pages for ``TABLESAMPLE SYSTEM`` to return about
    ``OVERSAMPLE * sample_size`` rows of ``estimate``; four times more per retry.

    >>> tablesample_percent(1_000_000, 1000)   # 0.3 % rounded up to 2**-8
    0.390625
    >>> tablesample_percent(1_100_000, 1000)   # a moved estimate, the same plan
    0.390625
    >>> tablesample_percent(10_000, 1000)
    50.0
    >>> tablesample_percent(100_000, 1000, attempt=1)
    12.5
    >>> tablesample_percent(10**12, 1)
    0.0001
    """
    return round(_fraction(estimate, sample_size, attempt) * 100, 10)


def bernoulli_probability(estimate: int, sample_size: int, attempt: int = 0) -> float:
    """Per-row probability for ``RAND(seed) < p`` (MySQL/MariaDB), like
    ``tablesample_percent()`` but as a fraction.

    >>> bernoulli_probability(1_000_000, 1000)
    0.00390625
    >>> bernoulli_probability(100, 1000)
    1.0
    """
    return _fraction(estimate, sample_size, attempt)


def probe_percent(pages: int) -> float:
    """``TABLESAMPLE SYSTEM`` percentage that reads about ``PROBE_PAGES`` of
    a table's ``pages``, to estimate its row count without statistics.

    >>> probe_percent(10), probe_percent(3200)
    (100.0, 1.0)
    """
    return round(min(100.0, 100.0 * PROBE_PAGES / max(pages, 1)), 10)


def row_cap(sample_size: int) -> int:
    """Most rows one sampled read may return (a LIMIT): a bound on memory and
    time when an estimate is far too low."""
    return 10 * sample_size


def chunked(items: Sequence[int], size: int = IN_CHUNK) -> Iterator[Sequence[int]]:
    """``items`` in slices of at most ``size``.

    >>> [list(c) for c in chunked([1, 2, 3, 4, 5], 2)]
    [[1, 2], [3, 4], [5]]
    """
    for start in range(0, len(items), size):
        yield items[start:start + size]
