"""`python -m newsparse`."""

from newsparse.cli import main

main()
