"""Development tool: the local stand-in for WeChat's server API (`jiliang sandbox`, `serve --demo`, the tests).

Not a layer of the service: no domain or channel imports it (checked by import-linter).
"""
