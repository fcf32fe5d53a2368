"""nordpii: find, judge and pseudonymise personal data in Nordic databases and file shares."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("nordpii")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
