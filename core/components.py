"""The registration surface: what a domain or channel package contributes to the service.

Each package exposes one `Component` (in its `component.py`); the composition root (`jiliang/`) lists the
installed ones and calls `install()` once. Core only reads that list: it names no domain or channel itself.
Heavy parts (routes, jobs, demo data) are loaders called when needed, so `jiliang ask` does not import the web app.
"""

from __future__ import annotations

import argparse
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from arq.cron import CronJob
from pydantic import ValidationError
from pydantic_settings import BaseSettings

from core.settings import ConfigError, Settings, env_names

CleanupContext = Callable[[web.Application], AsyncIterator[None]]
CliRegistrar = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]
DemoSeeder = Callable[[Settings], Awaitable[None]]


@dataclass(frozen=True)
class OperationDocs:
    """What a package says about its own operations in /api/openapi.json, by operationId, beyond what the
    generated spec and core/openapi_contract's generic rules give them."""

    success: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # status -> response (files, CSV, 204)
    extra_errors: Mapping[str, frozenset[int]] = field(default_factory=dict)  # error statuses the code answers
    request_bodies: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # a body the handler reads itself
    public: frozenset[str] = frozenset()  # citizen/enterprise operations that need no bearer token
    no_outage: frozenset[str] = frozenset()  # answered without the database or Redis: never a 503

    @staticmethod
    def merged(parts: Sequence[OperationDocs]) -> OperationDocs:
        success: dict[str, Mapping[str, Any]] = {}
        extra_errors: dict[str, frozenset[int]] = {}
        request_bodies: dict[str, Mapping[str, Any]] = {}
        public: set[str] = set()
        no_outage: set[str] = set()
        for part in parts:
            clash = (
                (success.keys() & part.success.keys())
                | (extra_errors.keys() & part.extra_errors.keys())
                | (request_bodies.keys() & part.request_bodies.keys())
            )
            if clash:
                raise ValueError(f"operation documented twice: {sorted(clash)}")
            success.update(part.success)
            extra_errors.update(part.extra_errors)
            request_bodies.update(part.request_bodies)
            public |= part.public
            no_outage |= part.no_outage
        return OperationDocs(
            success=success,
            extra_errors=extra_errors,
            request_bodies=request_bodies,
            public=frozenset(public),
            no_outage=frozenset(no_outage),
        )


@dataclass(frozen=True)
class WebContribution:
    """What a package adds to the web app. Setups run before any route is added (middlewares, templates);
    cleanup contexts open in the order of the installed components and close in reverse."""

    routes: Sequence[web.RouteTableDef] = ()
    setups: Sequence[Callable[[web.Application], None]] = ()
    cleanup_contexts: Sequence[CleanupContext] = ()
    operations: OperationDocs = OperationDocs()


@dataclass(frozen=True)
class JobContribution:
    """arq functions (taking `ctx` first) and cron jobs run by every job worker."""

    functions: Sequence[Any] = ()
    cron_jobs: Sequence[CronJob] = ()


@dataclass(frozen=True)
class Component:
    name: str
    model_modules: Sequence[str] = ()  # Tortoise model modules, in the one "models" app
    cli: Sequence[CliRegistrar] = ()  # each adds subcommands to `jiliang`
    web: Callable[[], WebContribution] | None = None
    jobs: Callable[[], JobContribution] | None = None
    demo: DemoSeeder | None = None  # idempotent demo data for `jiliang serve --demo`
    settings: Sequence[type[BaseSettings]] = ()  # its own settings classes, read by `Settings.section`


_installed: tuple[Component, ...] | None = None


def install(components: Sequence[Component]) -> None:
    """Called by the composition root; installing the same list again is a no-op."""
    global _installed
    names = [c.name for c in components]
    if len(set(names)) != len(names):
        raise ValueError(f"component installed twice: {names}")
    _installed = tuple(components)


def installed() -> tuple[Component, ...]:
    if _installed is None:
        raise RuntimeError("no components installed: import the composition root (jiliang) before using the app")
    return _installed


def model_modules() -> list[str]:
    return [module for component in installed() for module in component.model_modules]


def web_contributions() -> list[WebContribution]:
    return [component.web() for component in installed() if component.web is not None]


def job_contributions() -> list[JobContribution]:
    return [component.jobs() for component in installed() if component.jobs is not None]


def cli_registrars() -> list[CliRegistrar]:
    return [registrar for component in installed() for registrar in component.cli]


def demo_seeders() -> list[tuple[str, DemoSeeder]]:
    return [(component.name, component.demo) for component in installed() if component.demo is not None]


def settings_classes() -> list[type[BaseSettings]]:
    """Core's Settings and every installed component's own settings classes: together they read every
    JILIANG_* variable the service knows."""
    return [Settings, *(cls for component in installed() for cls in component.settings)]


def load_sections(settings: Settings) -> None:
    """Read every installed component's settings now (at startup), so that a bad value stops the command with
    the variable's name instead of failing the first job that needs it."""
    for component in installed():
        for cls in component.settings:
            try:
                settings.section(cls)
            except ValidationError as exc:
                names = env_names(cls)
                lines = [
                    f"{names.get(str(err['loc'][0]), str(err['loc'][0])) if err['loc'] else cls.__name__}: {err['msg']}"
                    for err in exc.errors(include_url=False)
                ]
                raise ConfigError("invalid configuration:\n  " + "\n  ".join(lines)) from None
