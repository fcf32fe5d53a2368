"""The HTML report: one self-contained file a security lead can mail to a DPO.

What it holds: summary counts per status, a bar chart (inline SVG) and a
table of findings per category and status, per source a table of findings
per table and the findings themselves, the policy's retention counts, and
the errors.  The same numbers as the JSON report (``reports.summary``).

Self-contained and inert: CSS is embedded, the chart is inline SVG, there is
no script, no link, no image, no font and no URL of any kind, and a
Content-Security-Policy forbids the browser to load or run anything should
something slip in.  Every name from a database (tables and columns can be
called ``<script>``) is escaped; a ``://`` in any text is written
``&#58;//`` so the file holds no address a mail filter or viewer could
follow (masked URL evidence keeps its scheme).  Evidence is masked
upstream; no raw value reaches this renderer.
"""

from __future__ import annotations

import html

from reports.summary import (
    STATUSES,
    category_counts,
    large_files_note,
    location_text,
    overdue_total,
    source_urls,
    sorted_findings,
    status_counts,
    table_counts,
    table_text,
)
from scanner.models import Report

COLOURS = {"prohibited": "#b3261e", "unexpected": "#e8a317", "expected": "#2e7d32"}
TEXT_ON = {"prohibited": "#ffffff", "unexpected": "#1b1b1b", "expected": "#ffffff"}
SPECIAL = ' <span class="special">(special)</span>'
MEANING = {
    "prohibited": "a category the policy says is never processed (special categories by default)",
    "unexpected": "personal data the policy does not declare where it was found",
    "expected": "declared in the policy for this place",
}

CSS = """
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5f6368; --line: #d9dce1; --band: #f5f6f8; }
* { box-sizing: border-box; }
body { margin: 0; padding: 28px 40px 48px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto,
       "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1180px; margin: 0 auto; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 15px; margin: 20px 0 8px; }
p { margin: 6px 0; }
.meta, .note { color: var(--muted); }
.sources { margin: 6px 0 0; padding-left: 18px; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
              font-size: 12.5px; }
.tiles { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
.tile { flex: 1 1 150px; border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px;
        padding: 10px 14px; background: #fff; }
.tile .n { display: block; font-size: 28px; font-weight: 700; line-height: 1.1; }
.tile .l { color: var(--muted); }
.tile.prohibited { border-left-color: #b3261e; } .tile.prohibited .n { color: #b3261e; }
.tile.unexpected { border-left-color: #e8a317; } .tile.unexpected .n { color: #9a6700; }
.tile.expected { border-left-color: #2e7d32; } .tile.expected .n { color: #2e7d32; }
.tile.retention { border-left-color: #6a3fb5; } .tile.retention .n { color: #6a3fb5; }
.tile.errors { border-left-color: #5f6368; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--band); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: 700; border-top: 2px solid var(--line); }
td.loc, td.ev { overflow-wrap: break-word; }
table.counts { width: auto; min-width: 560px; }
table.counts td.num, table.counts th.num { min-width: 92px; }
.badge { display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: 11.5px; font-weight: 700;
         letter-spacing: .02em; text-transform: uppercase; white-space: nowrap; }
.badge.prohibited { background: #b3261e; color: #fff; }
.badge.unexpected { background: #e8a317; color: #1b1b1b; }
.badge.expected { background: #2e7d32; color: #fff; }
.special { color: #b3261e; font-weight: 600; }
.overdue { color: #6a3fb5; font-weight: 700; }
.chart { margin: 4px 0 8px; max-width: 100%; height: auto; }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 36px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted);
         font-size: 12.5px; }
@media print { body { padding: 0; } tr { break-inside: avoid; } h2 { break-after: avoid; } }
"""

# default-src 'none': nothing is fetched or run; inline styles only.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; base-uri 'none'; "
       "form-action 'none'")


def esc(value: object) -> str:
    """Text for HTML (element content or quoted attribute), with no address in it.

    >>> esc('<script src="x">')
    '&lt;script src=&quot;x&quot;&gt;'
    >>> esc("https://***/kontakt")
    'https&#58;//***/kontakt'
    """
    return html.escape(str(value), quote=True).replace("://", "&#58;//")


def _num(n: int, attrs: str = "") -> str:
    return f'<td class="num"{attrs}>{int(n)}</td>'


def chart(rows: list[tuple[str, bool, dict[str, int]]]) -> str:
    """A horizontal stacked bar per category: findings by status, worst first."""
    if not rows:
        return '<p class="empty">No personal data found.</p>'
    label_w, bar_w, row_h, bar_h, top = 190, 560, 30, 20, 34
    width = label_w + bar_w + 60
    height = top + row_h * len(rows) + 8
    biggest = max(sum(c.values()) for _, _, c in rows)
    scale = bar_w / biggest
    out = [f'<svg class="chart" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           f'aria-labelledby="chart-title">',
           '<title id="chart-title">Findings per category and status</title>',
           f'<g font-family="system-ui, Arial, DejaVu Sans, sans-serif" font-size="12">']
    x = label_w
    for status in STATUSES:  # legend
        out.append(f'<rect x="{x}" y="6" width="12" height="12" rx="2" fill="{COLOURS[status]}"/>'
                   f'<text x="{x + 17}" y="16.5" fill="#1b1b1b">{status}</text>')
        x += 110
    for i, (category, special, counts) in enumerate(rows):
        y = top + i * row_h
        label = esc(category) + (" (special)" if special else "")
        colour = "#b3261e" if special else "#1b1b1b"
        out.append(f'<text x="{label_w - 10}" y="{y + bar_h / 2 + 4.5:.1f}" text-anchor="end" '
                   f'fill="{colour}">{label}</text>')
        x = float(label_w)
        for status in STATUSES:
            n = counts[status]
            if not n:
                continue
            w = n * scale
            out.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{COLOURS[status]}">'
                       f'<title>{label}: {n} {status}</title></rect>')
            if w >= 9 * len(str(n)) + 6:
                out.append(f'<text x="{x + w / 2:.1f}" y="{y + bar_h / 2 + 4.5:.1f}" text-anchor="middle" '
                           f'fill="{TEXT_ON[status]}" font-weight="700">{n}</text>')
            x += w
        out.append(f'<text x="{x + 6:.1f}" y="{y + bar_h / 2 + 4.5:.1f}" fill="#5f6368">'
                   f'{sum(counts.values())}</text>')
    out.append("</g></svg>")
    return "\n".join(out)


def _status_table(rows: list[tuple[str, dict[str, int]]], first: str, table_id: str, cls: str) -> list[str]:
    out = [f'<table id="{table_id}" class="{cls}"><thead><tr><th>{first}</th>'
           + "".join(f'<th class="num">{s}</th>' for s in STATUSES) + '<th class="num">total</th></tr></thead><tbody>']
    totals = dict.fromkeys(STATUSES, 0)
    for label_html, counts in rows:
        out.append("<tr><td class=\"loc\">" + label_html + "</td>"
                   + "".join(_num(counts[s]) for s in STATUSES) + _num(sum(counts.values())) + "</tr>")
        for s in STATUSES:
            totals[s] += counts[s]
    if len(rows) > 1:
        out.append('<tr class="total"><td>total</td>' + "".join(_num(totals[s]) for s in STATUSES)
                   + _num(sum(totals.values())) + "</tr>")
    out.append("</tbody></table>")
    return out


def render(report: Report) -> str:
    findings = sorted_findings(report)
    counts = status_counts(findings)
    categories = category_counts(findings)
    urls = source_urls(report)
    st = report.stats
    policy = report.policy or "none"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>nordpii report: {esc(policy)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body><main>",
        "<header>",
        "<h1>Personal data report</h1>",
        f'<p class="meta">Policy <b>{esc(policy)}</b> · nordpii {esc(report.version)} · '
        f'{int(st.get("units", 0))} columns judged, {int(st.get("values_sampled", 0))} values sampled '
        f'in {esc(st.get("seconds", 0))} s{" · " + esc(large_files_note(st)) if large_files_note(st) else ""}</p>',
        '<ul class="sources">' + "".join(f"<li><code>{esc(u)}</code></li>" for u in urls) + "</ul>",
        "</header>",
        '<section id="summary">',
        "<h2>Summary</h2>",
        '<div class="tiles">',
    ]
    for status in STATUSES:
        out.append(f'<div class="tile {status}"><span class="n" data-count="{status}">{counts[status]}</span>'
                   f'<span class="l">{status} findings</span></div>')
    out += [
        f'<div class="tile retention"><span class="n" data-count="overdue">{overdue_total(report)}</span>'
        f'<span class="l">rows overdue for deletion or anonymisation</span></div>',
        f'<div class="tile errors"><span class="n" data-count="errors">{len(report.errors)}</span>'
        f'<span class="l">errors</span></div>',
        "</div>",
        "<p class=\"note\">" + "; ".join(f"<b>{s}</b>: {MEANING[s]}" for s in STATUSES) + ".</p>",
        "</section>",
        '<section id="categories">',
        "<h2>Findings per category</h2>",
        chart(categories),
    ]
    if categories:
        rows = [(esc(c) + (SPECIAL if special else ""), n) for c, special, n in categories]
        out += _status_table(rows, "category", "category-counts", "counts")
    out.append("</section>")

    for i, url in enumerate(urls, 1):
        mine = [f for f in findings if f.verdict.unit.source == url]
        out += [f'<section class="source" id="source-{i}">', f"<h2>Source <code>{esc(url)}</code></h2>"]
        if not mine:
            out.append('<p class="empty">No personal data found in this source.</p>')
        else:
            out.append("<h3>Findings per table</h3>")
            rows = [(f"<code>{esc(table_text(loc))}</code>", n) for loc, n in table_counts(findings, url)]
            out += _status_table(rows, "table", f"source-{i}-tables", "counts table-counts")
            out += [
                "<h3>Findings</h3>",
                f'<table id="source-{i}-findings" class="findings"><thead><tr><th>status</th><th>column</th>'
                '<th>entity</th><th>category</th><th class="num">hits / sampled</th>'
                '<th class="num">test ids</th><th class="num">score</th><th>evidence (masked)</th></tr></thead><tbody>',
            ]
            for f in mine:
                v = f.verdict
                category = esc(f.category) + (SPECIAL if f.special_category else "")
                evidence = ", ".join(f"<code>{esc(x)}</code>" for x in v.evidence)
                out.append(
                    f'<tr><td><span class="badge {esc(f.status)}">{esc(f.status)}</span></td>'
                    f'<td class="loc"><code>{esc(location_text(v.unit.location))}</code></td>'
                    f"<td>{esc(v.entity_type)}</td><td>{category}</td>"
                    f'<td class="num">{int(v.hits)} / {int(v.sampled)}</td>'
                    f'<td class="num">{int(v.synthetic) if v.synthetic else ""}</td>'
                    f'<td class="num">{float(v.score):.2f}</td><td class="ev">{evidence}</td></tr>'
                )
            out.append("</tbody></table>")
        out.append("</section>")

    out += ['<section id="retention">', "<h2>Retention</h2>"]
    if not report.retention:
        out.append('<p class="empty">No retention rule of the policy covers a scanned table.</p>')
    else:
        out += [
            f'<p>Rows whose last interaction is older than the policy allows: '
            f'<span class="overdue">{overdue_total(report)}</span>.</p>',
            '<table id="retention-counts"><thead><tr><th>source</th><th>table</th><th>last-interaction column</th>'
            '<th class="num">max age</th><th>action</th><th>older than</th><th class="num">overdue rows</th>'
            '<th class="num">rows</th><th class="num">share</th></tr></thead><tbody>',
        ]
        for r in report.retention:
            share = f"{100 * r.overdue / r.total:.0f}%" if r.total else ""
            out.append(
                f'<tr><td class="loc"><code>{esc(r.source)}</code></td>'
                f'<td class="loc"><code>{esc(table_text(r.location))}</code></td>'
                f'<td class="loc"><code>{esc(r.location.get("column", ""))}</code></td>'
                f'<td class="num">{int(r.max_age_months)} months</td><td>{esc(r.action)}</td>'
                f"<td>{esc(r.cutoff[:10])}</td>"
                f'<td class="num overdue">{int(r.overdue)}</td><td class="num">{int(r.total)}</td>'
                f'<td class="num">{share}</td></tr>'
            )
        out.append("</tbody></table>")
    out.append("</section>")

    out += ['<section id="errors">', f"<h2>Errors ({len(report.errors)})</h2>"]
    if not report.errors:
        out.append('<p class="empty">None: every table was read.</p>')
    else:
        out.append('<table id="error-list"><thead><tr><th>source</th><th>location</th><th>error</th></tr></thead>'
                   "<tbody>")
        for e in report.errors:
            out.append(f'<tr><td class="loc"><code>{esc(e.source)}</code></td>'
                       f'<td class="loc"><code>{esc(location_text(e.location))}</code></td>'
                       f"<td>{esc(e.error)}</td></tr>")
        out.append("</tbody></table>")
    out += [
        "</section>",
        "<footer>",
        "<p><b>hits / sampled</b>: sampled values holding the entity / non-empty values sampled from the column. "
        "<b>test ids</b>: hits that are official test or synthetic identifiers. "
        "<b>score</b>: confidence, 0 to 1.</p>",
        "<p>Evidence is masked: this file holds no raw value. It loads nothing and runs nothing; "
        "open it in any browser, offline.</p>",
        "</footer>",
        "</main></body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"
