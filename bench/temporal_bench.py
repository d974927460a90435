"""Speed of the temporal engine against dateparser's search_dates, on the same news sentences.

    .venv/bin/python bench/temporal_bench.py

Sentences come from the sample corpus and, when present, the TimeML text in ../shared/timeml.
Our engine tags every sentence; dateparser, being far slower, tags an evenly spaced sample of
them (the output says how many). Both rates are sentences per second on that machine. On a
shared machine a single pass is noisy, so the comparison is made in paired rounds, each timing
both engines on the same slice of sentences in turn; the ratio is that of the total times,
with the rounds' spread beside it. Also prints how tagging time grows with input size
(~0.5 MB vs ~1 MB), to show it is linear.
"""

from __future__ import annotations

import datetime
import re
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.temporal import tag  # noqa: E402
from timeline.temporal import timeml  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPORA = [ROOT / "sample_corpus" / "kursk-2025", SHARED / "corpus" / "kursk-2025"]
TIMEML = [SHARED / "timeml" / "timebank", SHARED / "timeml" / "aquaint"]
DATEPARSER_SAMPLE = 400
OUR_PASSES = 7  # best of: our engine is fast, so several passes cost little
DATEPARSER_PASSES = 1  # a second pass over the same sentences would time its caches
ROUNDS = 8
_SPLIT = re.compile(r"(?<=[a-z0-9][.!?])\s+(?=[A-Z“\"])|\n+")


def sentences() -> list[tuple[str, datetime.date]]:
    out: list[tuple[str, datetime.date]] = []
    for folder in CORPORA:
        manifest = folder / "manifest.csv"
        if manifest.is_file():
            for line in manifest.read_text().splitlines()[1:]:
                name, published = line.split(",")[:2]
                text = (folder / name).read_text(encoding="utf-8")
                anchor = datetime.date.fromisoformat(published)
                out += [(s, anchor) for s in _SPLIT.split(text) if len(s) > 20]
            break
    for folder in TIMEML:
        if folder.is_dir():
            for doc in timeml.read_folder(folder):
                out += [(s.strip(), doc.dct) for s in _SPLIT.split(doc.text) if len(s.strip()) > 20]
    return out


def rate(fn, items, passes: int = 1) -> tuple[float, float]:
    """Sentences per second and seconds of the fastest of ``passes`` passes over ``items``."""
    best = float("inf")
    for _ in range(passes):
        start = time.perf_counter()
        for text, anchor in items:
            fn(text, anchor)
        best = min(best, time.perf_counter() - start)
    return len(items) / best, best


def main() -> None:
    items = sentences()
    missing = [str(folder) for folder in TIMEML if not folder.is_dir()]
    print(f"{len(items)} sentences" + (f" (no TimeML at {', '.join(missing)}: the sample corpus alone)" if missing else ""))
    tag("warm up on Friday, March 3, 2025", datetime.date(2025, 3, 13))
    ours, ours_s = rate(tag, items, OUR_PASSES)
    print(f"timeline.temporal.tag     : {ours:10.0f} sentences/s  ({len(items)} sentences, best of {OUR_PASSES} passes: {ours_s:.2f} s)")

    from dateparser.search import search_dates

    warnings.filterwarnings("ignore")
    step = max(1, len(items) // DATEPARSER_SAMPLE)
    sample = items[::step][:DATEPARSER_SAMPLE]

    def dp(text, anchor):
        base = datetime.datetime.combine(anchor, datetime.time())
        return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})

    dp(*sample[0])  # dateparser builds its language data lazily: keep that out of the timing
    # Paired rounds: each round times both engines on the same slice of the sample, one right
    # after the other, so that load from other work on the machine weighs on both alike.
    # Dateparser sees each sentence once (a second pass would time its caches); our engine,
    # which keeps no cache, takes the best of its passes.
    ours_total = theirs_total = 0.0
    ratios = []
    for round_items in (sample[i::ROUNDS] for i in range(ROUNDS)):
        _, ours_s = rate(tag, round_items, OUR_PASSES)
        _, theirs_s = rate(dp, round_items, DATEPARSER_PASSES)
        ours_total += ours_s
        theirs_total += theirs_s
        ratios.append(theirs_s / ours_s)
    print(
        f"dateparser.search_dates   : {len(sample) / theirs_total:10.0f} sentences/s  "
        f"(a sample of {len(sample)} of the {len(items)} sentences, every {step}th, each once)"
    )
    print(f"timeline.temporal.tag on that same sample: {len(sample) / ours_total:.0f} sentences/s (best of {OUR_PASSES} passes)")
    ratios.sort()
    print(
        f"speed ratio (ours / dateparser, same sample): {theirs_total / ours_total:.1f}x "
        f"({ROUNDS} paired rounds: median {statistics.median(ratios):.1f}x, lowest {ratios[0]:.1f}x, highest {ratios[-1]:.1f}x)"
    )

    # Linearity: one long text, then twice as long.
    text = "\n".join(s for s, _ in items)
    unit = (text * (1 + 500_000 // max(1, len(text))))[:500_000]
    anchor = datetime.date(2000, 1, 1)
    times = []
    for size in (1, 2):
        big = unit * size
        t0 = time.perf_counter()
        tag(big, anchor)
        times.append(time.perf_counter() - t0)
        print(f"tag() on {len(big) / 1e6:.1f} MB: {times[-1]:.2f} s")
    print(f"doubling the input multiplied the time by {times[1] / times[0]:.2f}")


if __name__ == "__main__":
    main()
