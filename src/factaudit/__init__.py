"""factaudit: extract the numeric claims of a set of sources, match them and flag disagreements."""

__version__ = "0.1.0"
