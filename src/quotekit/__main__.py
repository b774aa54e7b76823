"""``python -m quotekit …``: the same command line as the ``quotekit`` console script."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
