"""Every documented JILIANG_* variable is read by exactly one settings class: core's own, or a domain's."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from appointments.settings import AppointmentSettings
from complaints.settings import ComplaintSettings
from core.components import load_sections, settings_classes
from core.settings import ConfigError, Settings, env_names

README = Path(__file__).resolve().parents[2] / "README.md"
# Variables the README names that configure the test harness, not the service.
HARNESS = {"JILIANG_FUZZ_SECONDS", "JILIANG_CONFORMANCE_SECONDS"}


def _configuration_table() -> set[str]:
    """The names in the README's configuration table; `_DUE` after `JILIANG_..._BOOKING` stands for
    `JILIANG_..._DUE` (the last part of the previous full name replaced)."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    names: set[str] = set()
    for row in section.splitlines():
        if not row.startswith("| `"):
            continue
        first_cell = row.split("|")[1]
        previous = ""
        for token in re.findall(r"`(JILIANG_[A-Z0-9_]+|_[A-Z0-9_]+)`", first_cell):
            if token.startswith("_"):
                assert previous, row
                token = previous.rsplit("_", 1)[0] + token
            names.add(token)
            previous = token
    return names


def _readers() -> Counter[str]:
    return Counter(name for cls in settings_classes() for name in env_names(cls).values())


def test_each_documented_variable_is_read_by_exactly_one_settings_class() -> None:
    documented = _configuration_table()
    assert {"JILIANG_DATABASE_URL", "JILIANG_APPOINTMENT_TEMPLATE_DUE", "JILIANG_STAFF_LOCKOUT_MINUTES"} <= documented
    readers = _readers()
    assert not [name for name in documented if readers[name] != 1], {n: readers[n] for n in documented}
    assert not [name for name, count in readers.items() if count > 1]


def test_every_setting_is_documented_and_every_name_in_the_readme_is_a_setting() -> None:
    text = README.read_text(encoding="utf-8")
    mentioned = set(re.findall(r"JILIANG_[A-Z0-9_]*[A-Z0-9]", text)) | _configuration_table()
    readers = set(_readers())
    assert not sorted(readers - mentioned), "settings missing from the README"
    assert not sorted(mentioned - readers - HARNESS), "README names variables no settings class reads"


def test_domain_settings_keep_their_environment_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JILIANG_APPOINTMENT_TEMPLATE_DUE", "tpl-from-env")
    monkeypatch.setenv("JILIANG_APPOINTMENT_REMINDER_DAYS", "[14, 3]")
    monkeypatch.setenv("JILIANG_COMPLAINT_STATUS_TEMPLATE_ID", "tpl-complaint-env")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    appointments = settings.section(AppointmentSettings)
    assert (appointments.template_due, appointments.reminder_days) == ("tpl-from-env", [14, 3])
    assert settings.section(ComplaintSettings).status_template_id == "tpl-complaint-env"
    assert settings.section(AppointmentSettings) is appointments  # read once per Settings
    preset = settings.with_sections(ComplaintSettings(status_template_id="tpl-preset"))
    assert preset.section(ComplaintSettings).status_template_id == "tpl-preset"
    assert settings.section(ComplaintSettings).status_template_id == "tpl-complaint-env"


def test_a_bad_domain_value_stops_startup_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JILIANG_APPOINTMENT_NO_SHOW_GRACE_HOURS", "-3")
    with pytest.raises(ConfigError, match="JILIANG_APPOINTMENT_NO_SHOW_GRACE_HOURS"):
        load_sections(Settings(_env_file=None))  # type: ignore[call-arg]
