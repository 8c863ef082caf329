"""The composition root: which domains and channels make up the service (`jiliang.components`), the app
(`jiliang.app`) and the `jiliang` command (`jiliang.cli`). Importing this package installs the components."""

from core.components import install
from jiliang.components import INSTALLED

install(INSTALLED)
