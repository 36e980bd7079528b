"""`python -m factaudit` runs the command line."""

from factaudit.cli import main

main()
