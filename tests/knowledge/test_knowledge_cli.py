"""`jiliang ask` and `jiliang kb ...` as a user runs them (subprocesses, no server)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from core.settings import Settings
from tests.support.knowledge import SAMPLE_KB

CONTRACT_FIELDS = {"q", "faq_id", "score", "answer", "suggestions"}


def jiliang(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jiliang", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_ask_jsonl_answers_every_line_with_the_contract_fields(sample_kb_file: Path, tmp_path: Path) -> None:
    questions = ["加油站加油不足怎么办", "帮我点个外卖", "电子称要年检吗", "缺斤少两"]
    stdin = "\n".join(json.dumps({"q": q}, ensure_ascii=False) for q in questions) + "\n"
    done = jiliang("ask", "--jsonl", "--kb", str(sample_kb_file), stdin=stdin, env={"JILIANG_VAR_DIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["q"] for line in lines] == questions
    assert all(set(line) == CONTRACT_FIELDS for line in lines)
    assert lines[0]["faq_id"] == "fuel-short-dispensing"
    assert lines[1]["faq_id"] is None and "12315" in lines[1]["answer"]
    assert lines[2]["faq_id"] == "pricing-scale-verification"
    assert all(isinstance(line["score"], float) and isinstance(line["suggestions"], list) for line in lines)


def test_ask_prints_the_answer(sample_kb_file: Path, tmp_path: Path) -> None:
    done = jiliang("ask", "公平秤在哪里", "--kb", str(sample_kb_file), env={"JILIANG_VAR_DIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert "公平秤是市场开办方设置" in done.stdout


def test_kb_eval_prints_accuracy_rejection_and_confusions(sample_kb_file: Path, tmp_path: Path) -> None:
    labelled = tmp_path / "eval.jsonl"
    rows = [
        {"q": "加油枪少加了油", "id": "fuel-short-dispensing"},
        {"q": "水表走得快", "id": "water-meter-inaccurate"},
        {"q": "羊肉怎么炖", "id": None},
    ]
    labelled.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    done = jiliang("kb", "eval", str(labelled), "--kb", str(sample_kb_file), env={"JILIANG_VAR_DIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert "top-1 (confident, right): 100.0% (2/2)" in done.stdout
    assert "out-of-domain rejected:   100.0% (1/1)" in done.stdout


def test_kb_import_then_export_through_the_database(settings: Settings, sample_kb_file: Path) -> None:
    env = {"JILIANG_DATABASE_URL": settings.database_url, "JILIANG_VAR_DIR": str(settings.var_dir)}
    done = jiliang("kb", "import", str(sample_kb_file), env=env)
    assert done.returncode == 0, done.stderr
    assert f"{len(SAMPLE_KB['entries'])} created" in done.stdout
    again = jiliang("kb", "import", str(sample_kb_file), env=env)
    assert "0 created, 0 updated" in again.stdout
    exported = jiliang("kb", "export", env=env)
    assert exported.returncode == 0, exported.stderr
    data = json.loads(exported.stdout)
    assert sorted(e["id"] for e in data["entries"]) == sorted(e["id"] for e in SAMPLE_KB["entries"])
    broken = sample_kb_file.with_name("broken.json")
    broken.write_text('{"entries": [{"id": "x"}]}', encoding="utf-8")
    refused = jiliang("kb", "import", str(broken), env=env)
    assert refused.returncode == 2 and "不符合要求" in refused.stderr
