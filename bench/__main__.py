"""`python -m bench NAME...` runs the named benchmarks (`make bench BENCH="bot knowledge"`); no name lists them."""

from __future__ import annotations

import subprocess
import sys

BENCHMARKS = {
    "knowledge": "FAQ engine: index build, ask latency and memory, beside rank_bm25",
    "bot": "the /wechat callback under wrk, beside bare aiohttp and aiohttp + wechatpy",
    "complaints": "filing and listing complaints on several workers",
    "appointments": "booking under slot contention",
    "campaigns": "campaign delivery rate and crash safety",
    "photos": "server RSS under hostile photo uploads, decode bounds on and off",
}


def main(argv: list[str]) -> int:
    unknown = [name for name in argv if name not in BENCHMARKS]
    if not argv or unknown:
        if unknown:
            print(f"unknown benchmark: {', '.join(unknown)}")
        print("usage: python -m bench NAME... (each also runs alone: python -m bench.NAME_bench --help)")
        for name, what in BENCHMARKS.items():
            print(f"  {name:<13} {what}")
        return 2 if unknown else 0
    for name in argv:
        print(f"=== {name} ===", flush=True)
        status = subprocess.call([sys.executable, "-m", f"bench.{name}_bench"])
        if status:
            return status
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
