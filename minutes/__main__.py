"""`python -m minutes ...` runs the command."""

from minutes.cli import main

main()
