import pytest

from core.districts import all_districts, resolve_district
from core.errors import InvalidInput


def test_nine_divisions_and_the_development_zone() -> None:
    districts = all_districts()
    assert len(districts) == 10
    assert {d.kind for d in districts} == {"district", "county", "banner", "development_zone"}


@pytest.mark.parametrize("value", ["saihan", "赛罕区", "赛罕", "150105"])
def test_resolves_slug_name_alias_and_code(value: str) -> None:
    assert resolve_district(value).slug == "saihan"


def test_unknown_district_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput) as info:
        resolve_district("朝阳区")
    assert "朝阳区" in info.value.message
    assert "新城区" in info.value.message
