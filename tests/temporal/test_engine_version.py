"""The engine's version names what it finds in stored articles.

``manage.py retag`` resolves again the articles stored under another version, so a change
to what ``tag()`` returns must come with a new ``ENGINE_VERSION``. This test notices such
a change wherever it reaches the bundled articles (the sample corpus and the test news).
"""

import csv
import datetime
import hashlib
from pathlib import Path

from timeline.temporal import ENGINE_VERSION, tag

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = (ROOT / "sample_corpus" / "kursk-2025", ROOT / "tests" / "fixtures" / "news")

# What tag() found in the bundled articles under each version (the newest is checked).
DIGESTS = {
    "2026-12-06": "2fb2c9653d35c5608202d19c3e81a44bf52602fdeed4c95dd02823e0abb90b68",
    # Ranges of days ("March 10-12"): none in the bundled articles.
    "2026-12-07": "2fb2c9653d35c5608202d19c3e81a44bf52602fdeed4c95dd02823e0abb90b68",
}


def output_digest() -> str:
    digest = hashlib.sha256()
    for folder in FOLDERS:
        with open(folder / "manifest.csv", encoding="utf-8", newline="") as manifest:
            rows = sorted(csv.DictReader(manifest), key=lambda row: row["file"])
        for row in rows:
            text = (folder / row["file"]).read_text(encoding="utf-8")
            anchor = datetime.date.fromisoformat(row["published"])
            for e in tag(text, anchor):
                fields = (row["file"], e.start, e.end, e.type, e.value, e.first_day, e.last_day,
                          e.granularity, e.resolved_against, e.reference, e.rule)
                digest.update(repr(fields).encode())
    return digest.hexdigest()


def test_a_change_in_what_the_engine_finds_comes_with_a_new_version():
    assert DIGESTS.get(ENGINE_VERSION) == output_digest(), (
        "What the engine finds in the bundled articles changed: set ENGINE_VERSION "
        "(timeline/temporal/__init__.py) to today's date and record this digest under it, "
        "so that `manage.py retag` resolves stored articles again."
    )


def test_the_version_is_a_date():
    datetime.date.fromisoformat(ENGINE_VERSION[:10])
