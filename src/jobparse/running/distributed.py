"""Building blocks for running jobparse on a cluster (Dask, Spark, Ray).

Each function is a plain module-level function of picklable arguments and
results, so a scheduler can ship it to workers: map :func:`page_json_lines`
over page paths or URLs and write the lines out. ``jobparse[dask]`` adds
:func:`postings_bag`, a ready-made ``dask.bag`` pipeline (see
``examples/dask_batch.py`` and ``docs/distributed.md``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from jobparse.api import iter_pages
from jobparse.convert import posting_to_dict
from jobparse.errors import PageError
from jobparse.sources.inputs import DEFAULT_MAX_BYTES, expand

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag

__all__ = ["page_json_lines", "page_records", "page_specs", "postings_bag"]

log = logging.getLogger("jobparse")


def page_specs(inputs: Iterable[str]) -> list[str]:
    """The pages named by files, directories and URLs (directories expanded, in name order)."""
    return list(expand(inputs))


def page_records(spec: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[dict[str, Any]]:
    """The postings of one page as JSON-ready dicts; a page that cannot be read gives none.

    The error is logged (logger ``jobparse``) rather than raised, so one bad page
    never fails a whole distributed job.
    """
    records: list[dict[str, Any]] = []
    for _, result in iter_pages([spec], max_bytes=max_bytes):
        if isinstance(result, PageError):
            log.error("%s", result)
        else:
            records += (posting_to_dict(posting) for posting in result)
    return records


def page_json_lines(spec: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[str]:
    """The postings of one page as JSON Lines (the ``jsonl`` format, without newlines)."""
    return [
        json.dumps(record, ensure_ascii=False) for record in page_records(spec, max_bytes=max_bytes)
    ]


def postings_bag(inputs: Iterable[str], *, npartitions: int | None = None) -> dask.bag.Bag:
    """A ``dask.bag`` of JSON Lines strings, one per posting, in input order.

    Needs the ``dask`` extra: ``pip install 'jobparse[dask]'``.
    """
    import dask.bag  # an optional dependency: imported only here

    specs = page_specs(inputs)
    partitions = npartitions or max(1, min(len(specs), 32))
    pages = dask.bag.from_sequence(specs, npartitions=partitions)  # type: ignore[no-untyped-call]
    bag: dask.bag.Bag = pages.map(page_json_lines).flatten()
    return bag
