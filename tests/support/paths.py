"""Where the repository and the tests' data are, wherever a test module sits under tests/."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEST_DATA = ROOT / "tests" / "data"
