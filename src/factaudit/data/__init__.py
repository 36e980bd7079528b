"""Data files shipped with factaudit: word lists used by matching."""
