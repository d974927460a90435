"""TempEval-3 Task A style scoring of the tagger against TimeML gold annotations.

Spans: strict (same offsets) and relaxed (overlapping) precision, recall and F1. Values:
accuracy over relaxed-matched pairs, and value F1 = relaxed F1 x value accuracy, as in
TempEval-3. Also per TIMEX3 type (gold type for recall, our type for precision) and the most
frequent errors, so rules can be fixed by error class.

    python -m timeline.temporal.evaluation ../shared/timeml/timebank ../shared/timeml/aquaint
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from . import tag, timeml

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    strict: int = 0  # strict matches, counted by gold type (for recall)
    strict_predicted: int = 0  # strict matches, counted by our type (for precision)
    relaxed_gold: int = 0  # gold spans overlapped by a prediction
    relaxed_predicted: int = 0  # predictions overlapping a gold span
    value_correct: int = 0  # among relaxed-matched pairs
    type_correct: int = 0
    pairs: int = 0

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def strict_prf(self) -> tuple[float, float, float]:
        p = self.strict_predicted / self.predicted if self.predicted else 0.0
        r = self.strict / self.gold if self.gold else 0.0
        return p, r, self._f(p, r)

    def relaxed_prf(self) -> tuple[float, float, float]:
        p = self.relaxed_predicted / self.predicted if self.predicted else 0.0
        r = self.relaxed_gold / self.gold if self.gold else 0.0
        return p, r, self._f(p, r)

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.pairs if self.pairs else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.pairs if self.pairs else 0.0

    @property
    def value_f1(self) -> float:
        return self.relaxed_prf()[2] * self.value_accuracy


@dataclass
class Report:
    name: str
    documents: int = 0
    overall: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    missed: Counter = field(default_factory=Counter)
    spurious: Counter = field(default_factory=Counter)
    wrong_value: Counter = field(default_factory=Counter)


def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def score_document(gold: Sequence, predicted: Sequence, report: Report) -> None:
    """Add one document's comparison to ``report``. Both sequences carry start, end, text,
    type and value; they are each sorted by start and non-overlapping."""
    o = report.overall
    o.gold += len(gold)
    o.predicted += len(predicted)
    for g in gold:
        report.by_type.setdefault(g.type, Counts()).gold += 1
    for p in predicted:
        report.by_type.setdefault(p.type, Counts()).predicted += 1
    # One-to-one pairing by overlap, in text order (both lists are sorted and disjoint).
    matched_pred: set[int] = set()
    for g in gold:
        best = None
        for i, p in enumerate(predicted):
            if p.start >= g.end:
                break
            if i not in matched_pred and _overlap(g, p):
                best = i
                break
        if best is None:
            report.missed[(g.type, g.value, g.text.lower())] += 1
            continue
        p = predicted[best]
        matched_pred.add(best)
        for c in (o, report.by_type[g.type]):
            c.relaxed_gold += 1
            c.pairs += 1
            c.value_correct += p.value == g.value
            c.type_correct += p.type == g.type
            c.strict += (p.start, p.end) == (g.start, g.end)
        report.by_type[p.type].relaxed_predicted += 1
        o.relaxed_predicted += 1
        is_strict = (p.start, p.end) == (g.start, g.end)
        report.by_type[p.type].strict_predicted += is_strict
        o.strict_predicted += is_strict
        if p.value != g.value:
            report.wrong_value[(g.type, g.text.lower(), g.value, p.value)] += 1
    for i, p in enumerate(predicted):
        if i not in matched_pred:
            # A prediction that overlaps an already-matched gold span is still not spurious
            # under relaxed matching, but it is not a match either: count it as spurious.
            report.spurious[(p.type, p.value, p.text.lower())] += 1


def evaluate_documents(docs: Iterable[timeml.TimeMLDocument], name: str = "") -> Report:
    report = Report(name)
    for doc in docs:
        report.documents += 1
        predicted = tag(doc.text, doc.dct)
        score_document(doc.timexes, predicted, report)
    return report


def evaluate_folder(folder: str | Path) -> Report:
    return evaluate_documents(timeml.read_folder(folder), Path(folder).name)


def format_report(report: Report, errors: int = 15) -> str:
    lines = [f"== {report.name}: {report.documents} documents, {report.overall.gold} gold TIMEX3, "
             f"{report.overall.predicted} predicted"]
    header = f"{'':10}{'gold':>6}{'pred':>6}  {'strict P':>8} {'R':>6} {'F1':>6}  {'relax P':>8} {'R':>6} {'F1':>6}  {'type acc':>8} {'val acc':>8} {'val F1':>7}"
    lines.append(header)
    rows = [("overall", report.overall)] + [(t, report.by_type[t]) for t in TYPES if t in report.by_type]
    for label, c in rows:
        sp, sr, sf = c.strict_prf()
        rp, rr, rf = c.relaxed_prf()
        lines.append(
            f"{label:10}{c.gold:6d}{c.predicted:6d}  {sp:8.3f} {sr:6.3f} {sf:6.3f}  {rp:8.3f} {rr:6.3f} {rf:6.3f}"
            f"  {c.type_accuracy:8.3f} {c.value_accuracy:8.3f} {c.value_f1:7.3f}"
        )
    if errors:
        for title, counter in (("missed", report.missed), ("spurious", report.spurious), ("wrong value", report.wrong_value)):
            lines.append(f"-- most frequent {title} ({sum(counter.values())} in all)")
            for key, n in counter.most_common(errors):
                lines.append(f"  {n:3d}  " + "  ".join(str(k) for k in key))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", help="folders of TimeML .tml files")
    parser.add_argument("--errors", type=int, default=15, help="how many of each error class to list")
    args = parser.parse_args(argv)
    for folder in args.folders:
        print(format_report(evaluate_folder(folder), args.errors))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
