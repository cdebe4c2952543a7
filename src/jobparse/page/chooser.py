"""Choosing a page's postings among the candidate record sets: how much each looks like jobs.

Every record is read as a card and scored by what job listings show and
other lists do not:

==============================================  =====
a role in the title ("Engineer", "Técnico")      +2
a gender tag ("(m/w/d)", "(H/F)")                +1.5
an apply link                                    +1.5
a link whose address reads like a job's          +1
a link to a search of jobs (a facet, a filter)    −2
a place, an employment type, a labelled fact     +1 each (once)
a date line                                      +0.5
a title that is navigation or a section heading  −3
("Home", "Read more", "Your profile")
a title naming jobs in the plural ("... jobs")   −2
a sentence for a title (news, prose)             −1
==============================================  =====

A spontaneous application or a job alert entry is no posting and is left
out. Records are clustered by their parent (a department's group, one list
of several on the page); a cluster whose records score below
:data:`_MIN_CLUSTER_MEAN` on average (a list of employers, a pager), or
whose group heading names what a portal lists beside its jobs ("Bourses",
"Events"), is dropped. A set's score is the sum of its kept records' scores; a set wins
when its records score :data:`_MIN_MEAN` on average (more for a set of two).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import attrs
from lxml import etree

from jobparse import patterns, vocabulary
from jobparse.fields.cjk_places import has_cjk
from jobparse.fields.dates import parse_date
from jobparse.fields.locations import is_place_line
from jobparse.page.card_titles import is_title_line
from jobparse.page.cards import Card, read_record
from jobparse.page.contact_cards import a_contact_card, reads_as_contacts
from jobparse.page.heading_kinds import in_dialog
from jobparse.page.held_posts import a_quotation, a_team, a_timeline, below_a_quotation
from jobparse.page.job_lines import a_duty_line, a_sentence
from jobparse.page.record_kinds import a_bare_sentence, a_no_jobs_group, a_term_alone, column_names
from jobparse.page.records import Record, RecordSet
from jobparse.page.render import element_text
from jobparse.page.repeats import Scored, once_each, summary_clusters
from jobparse.page.same_titles import TitleIndex
from jobparse.page.worth_reading import has_apply, under_roles_heading, worth_reading_sets

__all__ = ["Candidate", "best_candidates", "card_score", "listing_of_titles"]

_MIN_MEAN = 1.5
_MIN_MEAN_OF_TWO = 2.0
_MIN_CLUSTER_MEAN = 1.0
_MAX_LINES_READ = 8
_SENTENCE_WORDS = 12


@attrs.frozen
class Candidate:
    """A set of records read as cards, with its score and how it was found."""

    kind: str
    cards: tuple[Card, ...]
    score: float
    records: tuple[Record, ...] = ()

    @property
    def mean(self) -> float:
        """The average score of its cards."""
        return self.score / len(self.cards) if self.cards else 0.0

    def describe(self) -> str:
        """One line for ``jobparse explain``: "9 records anchored by links, score 38.5"."""
        return f"{len(self.cards)} records anchored by {self.kind}s, score {self.score:.1f}"


def card_score(card: Card, record: Record | None = None) -> float:
    """How much one card looks like a job posting (see the module's docstring)."""
    title = card.title
    if vocabulary.is_navigation(title) or vocabulary.is_section_heading(title):
        return -3.0
    score = 0.0
    if vocabulary.names_a_list(title):
        score -= 2.0  # "Senior Analyst jobs": a link to a list of jobs, not a job
    role = (vocabulary.has_role(title) or vocabulary.asks_for_someone(title)) and is_title_line(
        title
    )  # not "Secretaria: SSPC", a labelled fact whose label is a role word
    if role:
        score += 2.0  # "Data Engineer"; "Hulp gezocht in Ede", "Se busca camarero"
    elif record is not None and under_roles_heading(record):
        score += 2.0  # "기획 (웹 및 UI/UX 기획)" under "모집분야": a field, named as a job
    if vocabulary.has_gender_tag(title):
        score += 1.5
    if card.apply_url or card.panel or (role and record is not None and has_apply(record)):
        score += 1.5  # an Apply button (a role's may be an e-mail); a tab opening the job's text
    if card.url and vocabulary.filter_url(card.url):
        score -= 2.0  # a facet or a filter: a link to a list of jobs, not a job
    elif card.url and vocabulary.job_url(card.url):
        score += 1.0
    words = title.split()
    if len(words) > _SENTENCE_WORDS or (title.endswith((".", "!", "?")) and len(words) > 6):
        score -= 1.0
    elif "。" in title.rstrip("。") or (has_cjk(title) and a_sentence(title)):
        score -= 3.0  # "挨拶、返事、…目指しています。未経験者でも…": prose, no title
    elif a_duty_line(title):
        score -= (
            3.0  # "1、后台服务功能模块的设计与开发；": a task of a job, its role word in passing
        )
    place = kind = labelled = date = False
    for line in card.lines[:_MAX_LINES_READ]:
        labelled = labelled or vocabulary.fact_label(line) is not None
        kind = kind or vocabulary.employment_type(line) is not None
        place = place or is_place_line(line)
        date = date or parse_date(line) is not None
    return score + place + kind + labelled + 0.5 * date


def _candidate(found: RecordSet, base: str | None) -> Candidate | None:
    # Keyed by the element itself: lxml makes a new proxy (and id) for a node once the
    # old one is collected, so ids of elements not held are no identity.
    clusters: dict[etree._Element, list[Scored]] = defaultdict(list)
    if a_team(found.records):
        return None  # "Alice Dupont" over "Chef de Projet": a team's people, their posts held
    for record in found.records:
        card = read_record(record, base)
        own_page = card.url is not None and not vocabulary.contact_url(card.url)
        if not any(c.isalpha() for c in card.title):
            continue  # "02" opening a card with no role below it; "2014-04-24"
        if vocabulary.is_not_posting(card.title) and not own_page:
            continue  # "Spontaneous application" with no page of its own (a contact page's)
        if vocabulary.is_section_heading(card.title) and card.url is None:
            continue  # "Contact", "Benefits" after a list of roles: the page's, not a job
        if vocabulary.is_listing_heading(card.title) and card.url is None:
            continue  # "Open roles" above its roles: the list's heading, not a job
        if patterns.AUDIENCE_GROUP.match(card.title):
            continue  # "Prospective postdocs: please email me ...": a group addressed, no post
        if a_term_alone(card) and card.url is None:
            continue  # "正社員" over its terms of employment: a type, no job
        if a_bare_sentence(card) or card.title.rstrip().endswith((",", ";")):
            continue  # "<h3>All inquiries will be kept ...</h3>"; "Być kierowcą,": a clause
        anchor_text = element_text(record.anchor)
        if _COPYRIGHT_LINE.match(anchor_text) or any(
            patterns.PERIOD_OF_YEARS.fullmatch(text.strip())
            for text in (anchor_text, record.heading or "")
        ):
            # "© 2023 BlueRide": the footer's line, boxed like the job above it; "2003 -
            # 2007" heading "Konstruktor": a CV's or a history's period, a post held then
            continue
        if a_contact_card(card) or reads_as_contacts(card.title):
            # "Gerard Altamirano - Director General COO" over a mail and a phone; a
            # footer's "Telp : (024)-76413701 Email : hrd@…" boxed like the jobs above it
            continue
        if a_quotation(card.title) or below_a_quotation(record.anchor):
            continue  # a testimonial: '"Ik werk vanuit Leeuwarden …"' over its speaker's post
        if column_names(card):
            continue  # "Tjänst | Sista ansökningsdatum": a grid's header row, built like a row
        parent = record.nodes[0].getparent()
        clusters[record.nodes[0] if parent is None else parent].append(
            (card, card_score(card, record), record)
        )
    for parent, cluster in clusters.items():
        clusters[parent] = _without_page_sections(cluster, by_headings=found.kind == "heading")
    summaries = summary_clusters(list(clusters.values()))
    kept_records = {
        record
        for cluster in clusters.values()
        if sum(score for _, score, _ in cluster) / len(cluster) >= _MIN_CLUSTER_MEAN
        and not a_no_jobs_group(cluster[0][2])
        and id(cluster) not in summaries
        for _, _, record in cluster
    }
    # In page order: records of different parents may interleave (one employer's single
    # job is a whole box, another's two jobs are items of a paragraph).
    kept = [
        scored for cluster in clusters.values() for scored in cluster if scored[2] in kept_records
    ]
    order = {record: number for number, record in enumerate(found.records)}
    kept.sort(key=lambda scored: order[scored[2]])
    kept = once_each(kept)
    if len(kept) < 2 and not (kept and found.one_titled_row):
        return None  # one record is a list only as the one row of a table of positions
    return Candidate(
        found.kind,
        tuple(card for card, _, _ in kept),
        sum(score for _, score, _ in kept),
        tuple(record for _, _, record in kept),
    )


#: A copyright line: "© 2023 BlueRide", "Copyright 2020 Acme".
_COPYRIGHT_LINE = re.compile(r"\s*(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)


#: What a record of a list of jobs scores with a role and a fact of its own, and with a role.
_FULL_JOB = 4.0
_ROLE = 2.0
_FULL_JOBS_NEEDED = 2


def _without_page_sections(cluster: list[Scored], *, by_headings: bool) -> list[Scored]:
    """A cluster without the page's own sections among its jobs.

    Where two or more records are jobs with their facts (a role, its places or
    type), a sibling heading that names no role and states nothing, with no
    page of its own, is a section of the page under the same heading level:
    "往期工作" (past work) and "團隊資源" (the team's resources) after four roles.
    """
    # a role heading over its posting's parts ("What you will do", "What we are looking
    # for") is a whole job too, as a section of the page
    full = sum(
        score >= _FULL_JOB or (by_headings and score >= _ROLE and _heads_job_parts(card))
        for card, score, _ in cluster
    )
    if full >= _FULL_JOBS_NEEDED:
        return [
            (card, score, record)
            for card, score, record in cluster
            # "商务代表" over its "岗位职责" and "任职资格": a job, its role word unknown
            if score > 0 or card.url is not None or (by_headings and _heads_job_parts(card))
        ]
    if sum(score >= _ROLE for _, score, _ in cluster) < _FULL_JOBS_NEEDED:
        return cluster
    # among roles, one title repeated and naming none is a slot to fill ("VIP slot na 30
    # dní." four times over a board's cards), no job
    titles = Counter(card.title for card, score, _ in cluster if score <= 0 and card.url is None)
    return [scored for scored in cluster if titles[scored[0].title] < 2 or scored[1] > 0]


#: The parts of a posting a role's record heads to be a whole job: "Requirements", "We offer".
_JOB_PARTS = 2


def _heads_job_parts(card: Card) -> bool:
    """Whether a card's lines head a posting's parts ("What you will do", "Wymagania")."""
    return sum(1 for line in card.lines if vocabulary.is_section_heading(line)) >= _JOB_PARTS


#: The fewest cards of a set read as jobs below a list's heading, though its mean is low.
_FEWEST_UNDER_HEADING = 3
#: The nearest heading before an element that has a text (an empty "<h2></h2>" says nothing).
_HEADINGS_BEFORE = (
    "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5][normalize-space()][1]"
)


def _under_a_listing_heading(candidate: Candidate) -> bool:
    """Whether a set's cards, half of them at least naming a role, follow a list's heading.

    "Vacantes" above five headed paragraphs ("Director de arte", "Animador",
    "Revisionista de Storyboard"...): the heading says what they are, though
    the vocabulary knows only some of their role words.
    """
    cards = candidate.cards
    if len(cards) < _FEWEST_UNDER_HEADING:
        return False
    if 2 * sum(1 for card in cards if vocabulary.has_role(card.title)) < len(cards):
        return False
    before = candidate.records[0].anchor.xpath(_HEADINGS_BEFORE)
    heading = before[0] if isinstance(before, list) and before else None
    return isinstance(heading, etree._Element) and vocabulary.is_listing_heading(
        element_text(heading)
    )


def best_candidates(sets: list[RecordSet], base: str | None) -> list[Candidate]:
    """The record sets that look like job listings, best first."""
    best: dict[frozenset[etree._Element], Candidate] = {}
    timelines: list[Candidate] = []
    for found in worth_reading_sets(sets):
        # "h4 > a": a heading and its link anchor the same records; once they make a
        # candidate, the other anchors of the same records are not read again.
        signature = found.signature
        if signature in best and found.kind not in ("heading", best[signature].kind):
            # A second anchor of the same kind in each record (a category badge's link
            # above the title's link) is read too: the better of the two wins.
            continue
        candidate = _candidate(found, base)
        if candidate is None:
            continue
        if a_timeline(list(candidate.cards)):
            timelines.append(candidate)  # "Depuis Octobre 2023" over "Directeur Général": a CV
            continue
        floor = _MIN_MEAN_OF_TWO if len(candidate.cards) <= 2 else _MIN_MEAN
        listed = candidate.mean >= floor or _under_a_listing_heading(candidate)
        if listed and (signature not in best or candidate.score > best[signature].score):
            # The same records anchored twice: a badge above each card's heading
            # ("Festanstellung" over "Hörgeräteakustiker Meister") loses to the heading.
            best[signature] = candidate
    # a list a visitor sees before one in modals (each job's details, opened from it)
    ranked = sorted(best.values(), key=lambda c: (not _in_modals(c), c.score), reverse=True)
    if timelines:
        # a CV entry's own headings ("Professeur de langue Chinoise"): parts of a post held
        held = {
            element for c in timelines for r in c.records for n in r.nodes for element in n.iter()
        }
        ranked = [c for c in ranked if not all(r.anchor in held for r in c.records)]
    return _sections_over_summary(ranked)


def _in_modals(candidate: Candidate) -> bool:
    """Whether every record of a candidate lies in a dialog a visitor opens."""
    return bool(candidate.records) and all(in_dialog(r.anchor) for r in candidate.records)


def listing_of_titles(
    sets: list[RecordSet], base: str | None, titles: list[str | None]
) -> Candidate | None:
    """The visible list that holds a job the page's structured data names, scored or not.

    A JobPosting for "Agenti di vendita e procacciatori di affari" beside its card
    and a second card ("Personale per attività di telemarketing") that the data
    leaves out: the data says what the list is, though its titles' words alone
    would not.
    """
    index = TitleIndex(titles)
    for found in sets:
        if not any(index.matching(element_text(anchor)) for anchor in found.anchors):
            continue
        candidate = _candidate(found, base)
        if candidate is None or not any(index.matching(c.title) for c in candidate.cards):
            continue
        # "Andere Position?" beside the jobs: an invitation to apply unprompted, no job
        kept = [
            (card, record)
            for card, record in zip(candidate.cards, candidate.records, strict=True)
            if not card.title.rstrip().endswith("?")
        ]
        return attrs.evolve(
            candidate,
            cards=tuple(card for card, _ in kept),
            records=tuple(record for _, record in kept),
        )
    return None


#: The share of a summary's titles that sections below must repeat to stand for it.
_SUMMARY_SHARE = 2 / 3


def _sections_over_summary(candidates: list[Candidate]) -> list[Candidate]:
    """The sections of the jobs a bare summary list names first, where the page has both.

    "<ul><li>Accounting/Controller</li>...</ul>" above "<h3>Accounting/Controller</h3>
    <p>Job Purpose: ...</p>": the list only names the jobs the sections describe.
    Of the sections, those that name no role and say nothing more are left out
    ("<h3>All inquiries will be kept strictly confidential.</h3>").
    """
    if len(candidates) < 2 or any(card.lines or card.url for card in candidates[0].cards):
        return candidates
    titles = {vocabulary.fold(card.title) for card in candidates[0].cards}
    for index, other in enumerate(candidates[1:], start=1):
        shared = sum(1 for card in other.cards if vocabulary.fold(card.title) in titles)
        if shared < _SUMMARY_SHARE * len(titles) or not any(c.lines for c in other.cards):
            continue
        kept = [
            (card, record)
            for card, record in zip(other.cards, other.records, strict=True)
            if card.lines or vocabulary.has_role(card.title)
        ]
        sections = Candidate(
            other.kind,
            tuple(card for card, _ in kept),
            other.score,
            tuple(record for _, record in kept),
        )
        return [sections, *candidates[:index], *candidates[index + 1 :]]
    return candidates
