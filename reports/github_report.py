"""GitHub Actions workflow commands for ``nordpii check`` (``--format github``).

One ``::error file=...,line=...,col=...,endColumn=...,title=...::message``
per failing finding, which GitHub shows as an annotation on the pull
request's diff; with ``show_all`` baselined findings are ``::warning`` and
passing ones ``::notice``.  A file that could not be read is an ``::error``
on that file.  The last line is the plain summary.

Escaping follows the Actions toolkit (``@actions/core`` ``command.ts``):
in the message ``%``, ``\\r`` and ``\\n`` become ``%25``, ``%0D``, ``%0A``;
in property values ``:`` and ``,`` also become ``%3A`` and ``%2C``, so a
path holding a comma cannot end its property early.  Evidence is masked.
"""

from __future__ import annotations

from reports.check_report import listed, summary
from reports.sarif_report import _message
from scanner.check import CheckResult

_COMMAND = {"fail": "error", "baseline": "warning", "allowed": "notice", "pass": "notice"}


def escape_data(text: str) -> str:
    """The message part of a workflow command.

    >>> escape_data("50%\\nmore")
    '50%25%0Amore'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (``file=``, ``title=``).

    >>> escape_property("a,b:c.py")
    'a%2Cb%3Ac.py'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties) -> str:
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items() if v is not None)
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def render(result: CheckResult, show_all: bool = False) -> str:
    lines = []
    for f in listed(result, show_all):
        lines.append(command(_COMMAND[f.outcome], _message(f), file=f.path, line=f.line, col=f.column,
                             endColumn=f.end_column, title=f"nordpii: {f.entity_type} ({f.kind})"))
    for e in result.errors:
        lines.append(command("error", e.error, file=e.path, title="nordpii: cannot check this file"))
    lines.append(summary(result))
    return "\n".join(lines) + "\n"
