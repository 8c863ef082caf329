"""`python -m jiliang.client_types FILE` (`make client`): the mini-program's TypeScript types generated from the
spec of the app with every component installed (core.openapi_typescript alone sees no components)."""

import jiliang  # noqa: F401  (importing the composition root installs the components)
from core.openapi_typescript import main

if __name__ == "__main__":
    main()
