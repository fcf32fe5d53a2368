"""One renderer per output format.

Each module has ``render(report) -> str``; the table renderer also writes
straight to a terminal (``print_table``).  ``FORMATS`` lists the ``--format``
values; each maps to a module by name, so adding a format is adding a module
and a line here.  ``reports.summary`` holds what several renderers count.
"""

from __future__ import annotations

import importlib

FORMATS = ("table", "json", "html", "markdown", "csv")
_MODULES = {"table": "table_report", "json": "json_report", "html": "html_report",
            "markdown": "markdown_report", "csv": "csv_report"}


def renderer(fmt: str):
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    return importlib.import_module(f"reports.{_MODULES[fmt]}")
