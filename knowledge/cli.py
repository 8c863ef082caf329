"""`jiliang ask` and `jiliang kb ...`: the FAQ engine from the command line.

`jiliang ask` builds the index straight from kb.json (no database or server needed, as on a fresh checkout);
`--db` answers from the database instead, i.e. with the staff's latest edits.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path

from core.settings import Settings
from knowledge.kbfile import KB_PATH

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("ask", help="问一个问题，打印机器人的回答")
    p.add_argument("question", nargs="?", help="问题原文")
    p.add_argument("--jsonl", action="store_true", help='stdin 每行 {"q": ...}，stdout 每行一个回答')
    p.add_argument("--kb", type=Path, default=KB_PATH, help="知识库文件（默认 knowledge/data/kb.json）")
    p.add_argument("--db", action="store_true", help="从数据库而不是文件回答")
    p.set_defaults(handler=ask_command)

    p = subparsers.add_parser("kb", help="知识库：评测、导入、导出")
    sub = p.add_subparsers(dest="kb_command", required=True)
    ev = sub.add_parser(
        "eval", help='用 {"q", "id"[, "kind"]} 的 JSONL 文件评测首选、前三命中率和领域外拒答（并按类别）'
    )
    ev.add_argument("file", type=Path, help="评测问题文件（JSONL）")
    ev.add_argument("--kb", type=Path, default=KB_PATH, help="知识库文件（默认 knowledge/data/kb.json）")
    ev.add_argument("--misses", action="store_true", help="列出每个答错的问题")
    ev.add_argument("--baselines", action="store_true", help="同时评测 BM25（jieba 分词）和 TF-IDF（字 1-3 元组）基线")
    ev.set_defaults(handler=eval_command)
    cal = sub.add_parser("calibrate", help="在标注的 JSONL 文件上拟合置信度校准（data/calibration.json）")
    cal.add_argument("files", type=Path, nargs="+", help='{"q", "id"} 行；不得使用留出集')
    cal.add_argument("--kb", type=Path, default=KB_PATH, help="知识库文件（默认 knowledge/data/kb.json）")
    cal.add_argument("--write", action="store_true", help="写入 knowledge/data/calibration.json")
    cal.set_defaults(handler=calibrate_command)
    imp = sub.add_parser("import", help="把知识库文件按 id 写入数据库（可重复执行）")
    imp.add_argument("file", type=Path, nargs="?", default=KB_PATH, help="知识库文件（默认 knowledge/data/kb.json）")
    imp.set_defaults(handler=lambda s, a: asyncio.run(import_command(s, a)))
    exp = sub.add_parser("export", help="把数据库中的知识库导出为 kb.json 格式")
    exp.add_argument("file", nargs="?", default="-", help="输出文件（默认 - 即标准输出）")
    exp.set_defaults(handler=lambda s, a: asyncio.run(export_command(s, a)))


def _file_index(settings: Settings, path: Path):
    from knowledge.kbfile import KbFileError
    from knowledge.runtime import feature_cache, index_from_file

    try:
        return index_from_file(path, cache_dir=settings.var_dir / "jieba", feature_cache=feature_cache(settings))
    except (KbFileError, json.JSONDecodeError) as exc:
        raise SystemExit(f"知识库文件无效：{path}: {exc}") from None


async def _db_index(settings: Settings):
    from core.db import orm_context
    from knowledge.index import build_index
    from knowledge.runtime import feature_cache, shared_analyzer
    from knowledge.service import published_records

    async with orm_context(settings.database_url):
        records = await published_records()
    cache = feature_cache(settings)
    index = build_index(records, analyzer=shared_analyzer(settings.var_dir / "jieba"), version="db", cache=cache)
    cache.store(index)
    return index


def contract_line(answer) -> dict[str, object]:
    return {
        "q": answer.question,
        "faq_id": answer.faq_id,
        "score": round(answer.score, 4),
        "answer": answer.answer,
        "suggestions": [s.faq_id for s in answer.suggestions],
    }


def ask_command(settings: Settings, args: argparse.Namespace) -> int:
    from knowledge.runtime import respond

    if not args.jsonl and not (args.question or "").strip():
        print('用法：jiliang ask "问题"  或  jiliang ask --jsonl < questions.jsonl', file=sys.stderr)
        return 2
    index = asyncio.run(_db_index(settings)) if args.db else _file_index(settings, args.kb)
    if not args.jsonl:
        answer, _ = respond(index, args.question.strip())
        print(answer.answer)
        if answer.faq_id:
            print(f"[{answer.faq_id} · {answer.score:.2f}]", file=sys.stderr)
        return 0
    out = sys.stdout
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            question = str(json.loads(line)["q"])
        except (ValueError, KeyError, TypeError):
            print(f'line {number}: expected a JSON object with "q"', file=sys.stderr)
            out.write(json.dumps({"q": None, "faq_id": None, "score": 0.0, "answer": "", "suggestions": []}) + "\n")
            continue
        answer, _ = respond(index, question)
        out.write(json.dumps(contract_line(answer), ensure_ascii=False) + "\n")
        out.flush()
    return 0


def eval_command(settings: Settings, args: argparse.Namespace) -> int:
    from knowledge.evaluation import evaluate

    items = _read_labelled(args.file)
    index = _file_index(settings, args.kb)
    report = evaluate(index, items)
    print(f"knowledge base: {args.kb} ({len(index)} entries)")
    print("\n".join(report.lines()))
    if args.misses:
        for question, expected, got, confidence in report.misses:
            print(f"  {confidence:.2f}  {question}  expected={expected} got={got}")
    if args.baselines:
        _print_baselines(settings, index.records, items)
    return 0


def _read_labelled(path: Path) -> list[tuple[str, str | None, str]]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            items.append((str(data["q"]), data.get("id"), str(data.get("kind") or "")))
    return items


def calibrate_command(settings: Settings, args: argparse.Namespace) -> int:
    from knowledge.calibration import CALIBRATION_FILE, fit_calibrator
    from knowledge.lexicon import DATA_DIR

    index = _file_index(settings, args.kb)
    rows, labels = [], []
    for path in args.files:
        for question, expected, _ in _read_labelled(path):
            signals, candidates = index.signals(question)
            if not candidates:
                continue
            rows.append(signals)
            labels.append(int(expected is not None and candidates[0].faq_id == expected))
    calibrator = fit_calibrator(rows, labels, trained_on=", ".join(p.name for p in args.files))
    print(f"fitted on {len(rows)} questions ({sum(labels)} ranked right first)")
    for name, weight in zip(calibrator.to_json()["features"], calibrator.weights, strict=True):
        print(f"  {name:<18} {weight:+.3f}")
    probabilities = [calibrator.probability(row) for row in rows]
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9):
        answered = [label for p, label in zip(probabilities, labels, strict=True) if p >= threshold]
        wrong = len(answered) - sum(answered)
        print(f"  p >= {threshold:.1f}: answers {len(answered)}, of which wrong {wrong}")
    if args.write:
        path = DATA_DIR / CALIBRATION_FILE
        path.write_text(json.dumps(calibrator.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    return 0


def _print_baselines(settings: Settings, records, items: list[tuple[str, str | None, str]]) -> None:
    from knowledge.baselines import Bm25Baseline, CharTfidfBaseline

    for name, baseline in (
        ("BM25 (jieba tokens)", Bm25Baseline(records, cache_dir=settings.var_dir / "jieba")),
        ("TF-IDF (char 1-3-grams)", CharTfidfBaseline(records)),
    ):
        inside = [(q, e) for q, e, _ in items if e is not None]
        right = sum(1 for q, e in inside if baseline.search(q)[0] == e)
        print(f"baseline {name}: ranked first {right / len(inside):.1%} (no rejection: it always answers)")


async def import_command(settings: Settings, args: argparse.Namespace) -> int:
    from core.db import orm_context
    from core.progress import progress
    from knowledge.kbfile import KbFileError, read_kb
    from knowledge.service import import_kb

    try:
        kb = read_kb(args.file)
    except (OSError, KbFileError, json.JSONDecodeError) as exc:
        print(f"无法读取知识库文件 {args.file}: {exc}", file=sys.stderr)
        return 2
    with progress("导入知识库", total=len(kb.entries)) as advance:
        async with orm_context(settings.database_url):
            report = await import_kb(kb, advance=advance)
    print(f"imported {args.file}: {report.created} created, {report.updated} updated, {report.unchanged} unchanged")
    if report.created or report.updated:
        await _announce(settings)
    return 0


async def _announce(settings: Settings) -> None:
    """Running workers notice table changes on their own within seconds; with a Redis URL, tell them now."""
    if settings.redis_url is None:
        return
    from redis.asyncio import Redis

    from knowledge.runtime import RELOAD_CHANNEL, VERSION_KEY

    redis = Redis.from_url(settings.redis_url, decode_responses=True)
    try:
        version = await redis.incr(VERSION_KEY)
        await redis.publish(RELOAD_CHANNEL, str(version))
    finally:
        await redis.aclose()


async def export_command(settings: Settings, args: argparse.Namespace) -> int:
    from core.db import orm_context
    from core.progress import progress
    from knowledge.service import export_kb

    with progress("导出知识库") as advance:
        async with orm_context(settings.database_url):
            payload = await export_kb(version="db-export", advance=advance)
    text = json.dumps(payload, ensure_ascii=False, indent=1) + "\n"
    if args.file == "-":
        sys.stdout.write(text)
    else:
        await asyncio.to_thread(Path(args.file).write_text, text, encoding="utf-8")
        print(f"exported {len(payload['entries'])} entries to {args.file}")
    return 0
