"""The finding level the review starts from, in a module of its own: the command line names it as an
option's default at start-up, and reading it from the review module imported the baseline, the classifier
and the file lock with it (55 ms of the 380 ms a `factaudit extract` run spends starting)."""

from __future__ import annotations

from typing import Final

# Errors and warnings are what the gate can act on; agreements and series are there for completeness.
DEFAULT_REVIEW_LEVEL: Final = "warning"
