"""Reading TimeML: tags stripped with offsets kept, gold TIMEX3s, the DCT as anchor.
Uses small hand-written documents only."""

import datetime

import pytest

from timeline.temporal import timeml

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TITLE>Not part of the text</TITLE>
<TEXT>
Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; rose <TIMEX3 tid="t2" type="DURATION" value="P5Y" mod="APPROX">about five years</TIMEX3> later.
</TEXT>
</TimeML>
"""


def test_text_and_offsets():
    doc = timeml.parse(DOC, "test.tml")
    assert doc.name == "test.tml"
    assert doc.dct == datetime.date(1998, 1, 8)
    assert doc.text == "\nStocks fell yesterday & rose about five years later.\n"
    assert [(t.text, t.type, t.value, t.mod) for t in doc.timexes] == [
        ("yesterday", "DATE", "1998-01-07", None),
        ("about five years", "DURATION", "P5Y", "APPROX"),
    ]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text


def test_dct_is_required():
    with pytest.raises(ValueError):
        timeml.parse("<TimeML><TEXT>no date</TEXT></TimeML>")


def test_read_folder(tmp_path):
    (tmp_path / "a.tml").write_text(DOC, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    docs = timeml.read_folder(tmp_path)
    assert [d.name for d in docs] == ["a.tml"]
