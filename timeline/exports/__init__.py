"""Exporting exactly the filtered view: CSV, JSON and TimelineJS, streamed.

``evidence`` reads the filtered events a keyset batch at a time with their evidence;
``csv``, ``json`` and ``timelinejs`` each write one format from those batches. The
streamed CSV (``csv_chunks``) reads instead the cells each event keeps ready in
``timeline_event_export`` and works out from those batches only the cells gone stale.
The views, the ``export_events`` command and the benchmark all go through these same
generators.
"""

from timeline.exports.evidence import with_evidence

__all__ = ["with_evidence"]
