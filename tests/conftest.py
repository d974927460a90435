"""Shared fixtures: the bundled sample corpus, ingested into the test database."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = ROOT / "sample_corpus" / "kursk-2025"


@pytest.fixture
def sample_corpus() -> Path:
    return SAMPLE_CORPUS


@pytest.fixture
def ingested(db, sample_corpus):
    """The sample corpus, ingested; returns the ingest report."""
    from timeline.ingest.pipeline import ingest_paths

    report = ingest_paths([sample_corpus])
    assert report.ok, report.errors
    return report
