"""The words of job pages in several languages (``data/job_words.json``), as quick tests.

Every test folds its text first (accents and case dropped, ``"Técnico"`` is
``"tecnico"``) and looks it up in sets built once, on first use: single words
by set membership, phrases of several words by a search of the folded text
padded with spaces, Japanese fragments by substring. Texts are short (a
title, a card's line), so each test is a few microseconds.

The tests live in four modules, re-exported here: :mod:`.core` (the tables,
folded and loaded once), :mod:`.roles` (what a line names: a role, a list, a
section, a menu, an organisation), :mod:`.employment` (kinds of employment)
and :mod:`.links` (apply controls, field labels, links of job pages).
"""

from __future__ import annotations

from jobparse.vocabulary.core import (
    fold,
    split_words,
)
from jobparse.vocabulary.employment import (
    completed_before,
    elided_kinds,
    employment_type,
    employment_type_at,
    employment_types,
    names_a_contract,
    names_only_a_type,
    offered_kind,
)
from jobparse.vocabulary.links import (
    apply_text,
    ats_url,
    before_apply_call,
    closing_fact_start,
    contact_url,
    fact_label,
    filter_url,
    job_url,
    label_field,
)
from jobparse.vocabulary.no_jobs import is_status_badge, names_no_jobs, states_no_openings
from jobparse.vocabulary.roles import (
    asks_for_someone,
    bracketed_role,
    has_gender_tag,
    has_role,
    is_department,
    is_listing_heading,
    is_navigation,
    is_not_posting,
    is_office_word,
    is_section_heading,
    is_work_mode,
    names_a_list,
    names_an_organisation,
    role_lemma,
    wanted_phrase,
)

__all__ = [
    "apply_text",
    "asks_for_someone",
    "ats_url",
    "before_apply_call",
    "bracketed_role",
    "closing_fact_start",
    "completed_before",
    "contact_url",
    "elided_kinds",
    "employment_type",
    "employment_type_at",
    "employment_types",
    "fact_label",
    "filter_url",
    "fold",
    "has_gender_tag",
    "has_role",
    "is_department",
    "is_listing_heading",
    "is_navigation",
    "is_not_posting",
    "is_office_word",
    "is_section_heading",
    "is_status_badge",
    "is_work_mode",
    "job_url",
    "label_field",
    "names_a_contract",
    "names_a_list",
    "names_an_organisation",
    "names_no_jobs",
    "names_only_a_type",
    "offered_kind",
    "role_lemma",
    "split_words",
    "states_no_openings",
    "wanted_phrase",
]
