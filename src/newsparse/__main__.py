"""`python -m newsparse`."""

from newsparse.cli.app import main

main()
