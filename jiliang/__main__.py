"""`python -m jiliang ...` is the `jiliang` command."""

import sys

from jiliang.cli import main

sys.exit(main())
