"""`python -m sleeve` runs the command line."""

from sleeve.cli import main

main()
