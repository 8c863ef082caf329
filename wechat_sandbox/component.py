"""The sandbox's contribution: the `jiliang sandbox` command."""

from __future__ import annotations

import argparse

from core.components import Component


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from wechat_sandbox.sandbox import register as register_sandbox

    register_sandbox(subparsers)


COMPONENT = Component(name="wechat_sandbox", cli=[register])
