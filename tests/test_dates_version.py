"""The version an article's dates are stored under: a fingerprint of the code that found them."""

from timeline.ingest.versions import dates_sources, dates_version, fingerprint


def test_the_version_covers_the_engine_and_the_steps_that_make_mentions_and_events():
    names = {path.relative_to(path.parent.parent).as_posix() for path in dates_sources()}
    assert {"temporal/resolution.py", "temporal/patterns.py", "temporal/rules.py", "temporal/tagger.py"} <= names
    assert {"ingest/mentions.py", "ingest/statements.py", "ingest/titles.py", "ingest/events.py"} <= names
    assert all(path.is_file() for path in dates_sources())


def test_any_change_to_that_code_is_a_new_version(tmp_path):
    rules = tmp_path / "rules.py"
    rules.write_text("RULES = ('weekday',)\n")
    other = tmp_path / "titles.py"
    other.write_text("LIMIT = 100\n")
    before = fingerprint([rules, other])
    assert fingerprint([rules, other]) == before, "the same code is the same version"
    rules.write_text("RULES = ('weekday', 'overnight')\n")
    assert fingerprint([rules, other]) != before


def test_the_version_is_short_and_the_same_all_along_a_process():
    assert len(dates_version()) == 12 and dates_version() == dates_version()


def test_other_month_names_from_the_library_are_part_of_the_version(monkeypatch):
    from timeline.temporal import foreign_months

    before = dates_version()
    dates_version.cache_clear()
    monkeypatch.setitem(foreign_months.MONTH_FORMS, "newmonthname", 3)  # as a dateparser upgrade might
    try:
        assert dates_version() != before
    finally:
        dates_version.cache_clear()
