"""One renderer per output format.

Each module has ``render(report) -> str``; the table renderer also writes
straight to a terminal (``print_table``).  ``RENDERERS`` maps ``--format``
values to modules, found by name, so adding a format is adding a module.
"""

from __future__ import annotations

import importlib

FORMATS = ("table", "json")
_MODULES = {"table": "table_report", "json": "json_report"}


def renderer(fmt: str):
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    return importlib.import_module(f"reports.{_MODULES[fmt]}")
