"""TempEval-3 style scoring, on hand-made gold and predictions."""

from types import SimpleNamespace as S

import pytest

from timeline.temporal import evaluation, timeml


def span(start, end, type_, value, text="x"):
    return S(start=start, end=end, type=type_, value=value, text=text)


def test_strict_relaxed_and_value_scores():
    gold = [span(0, 9, "DATE", "1998-01-07", "yesterday"), span(20, 30, "DURATION", "P5Y", "five years"),
            span(40, 45, "DATE", "1998", "1998")]
    predicted = [span(0, 9, "DATE", "1998-01-07"), span(14, 30, "DURATION", "P4Y"), span(50, 53, "SET", "P1Y", "a year")]
    report = evaluation.Report("t")
    evaluation.score_document(gold, predicted, report)
    o = report.overall
    assert o.strict_prf() == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert o.relaxed_prf() == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert o.value_accuracy == pytest.approx(0.5)
    assert o.value_f1 == pytest.approx(2 / 3 * 0.5)
    assert report.by_type["DATE"].relaxed_prf()[1] == pytest.approx(0.5)
    assert report.missed[("DATE", "1998", "1998")] == 1
    assert report.spurious[("SET", "P1Y", "a year")] == 1
    assert report.wrong_value[("DURATION", "five years", "P5Y", "P4Y")] == 1


def test_one_prediction_matches_one_gold_only():
    gold = [span(0, 5, "DATE", "A"), span(6, 10, "DATE", "B")]
    report = evaluation.Report("t")
    evaluation.score_document(gold, [span(0, 10, "DATE", "A")], report)
    assert report.overall.relaxed_gold == 1


def test_evaluate_documents_end_to_end_and_format():
    doc = timeml.parse(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2025-03-13" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
        '<TEXT>Putin visited Kursk on <TIMEX3 tid="t1" type="DATE" value="2025-03-12">Wednesday</TIMEX3>.</TEXT></TimeML>'
    )
    report = evaluation.evaluate_documents([doc], "mini")
    assert report.overall.value_f1 == 1.0
    table = evaluation.format_report(report)
    assert "overall" in table and "DATE" in table and "mini" in table
