"""A single posting's own page: one job, its heading, facts and description.

The shape it recognises::

    <header><nav><h2>Open positions</h2> ...</nav></header>     <- site furniture, dropped
    <main>
      <h1>Projektleiter Photovoltaik (m/w/d)</h1>                  <- the title
      <ul><li>Standort: Hamburg</li><li>Anstellungsart: Vollzeit</li></ul>   <- labelled facts
      <p>Du planst und steuerst ...</p>                            <- the description
      <a href="/apply/4471">Jetzt bewerben</a>                     <- the apply link
    </main>

The title is the job's own heading: the first ``h1`` of the main content that
is no navigation or listing heading ("Open positions"), else ``og:title`` or
``<title>`` without the site's name. Labelled facts in any of the languages
of :mod:`jobparse.vocabulary` ("Location", "Standort", "Ubicación", "Lieu";
"Bewerbungsschluss", "Fecha límite") are read as facts.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from lxml import etree

from jobparse import patterns, vocabulary
from jobparse.fields.cjk_places import has_cjk
from jobparse.fields.hiring import asks_only_for_staff, hiring_sentence
from jobparse.fields.locations import is_place_line
from jobparse.fields.places import scan_places
from jobparse.page import Facts, RawPosting
from jobparse.page.card_titles import without_wanted_suffix
from jobparse.page.cards import apply_url_of
from jobparse.page.contact_cards import a_contact_heading
from jobparse.page.feature_headings import among_features, feature_headings
from jobparse.page.header_employer import employer_under_heading
from jobparse.page.heading_kinds import (
    asks_for_staff,
    captioned_in_cjk,
    in_dialog,
    under_a_section,
)
from jobparse.page.held_posts import below_a_held_period, below_a_persons_name
from jobparse.page.job_lines import (
    a_sentence,
    a_slogan,
    enumerated_roles,
    labelled_lines,
    names_no_job_line,
    role_joined_as,
    stated_title,
    stated_titles,
    wanted_role,
)
from jobparse.page.render import absolute_links, element_text, render, split_paragraphs
from jobparse.page.role_fields import role_titles, with_roles
from jobparse.page.role_lines import role_line, role_under_listing
from jobparse.page.role_lists import counted_roles, joined_roles, listed_roles
from jobparse.page.site import meta, registered_name

__all__ = ["single_posting", "title_from_metadata"]

_MIN_MAIN_TEXT = 40
_MAX_HEADER_LINE = 80
#: How many paragraphs from the top the job's heading is looked for in.
_HEADING_SEARCH = 12
_MAX_HEADER_LINES = 5
MAX_FACT_LINES = 60


def _split_at_company(title: str) -> tuple[str, str | None]:
    """("Staff Engineer", "Tidewater Robotics") from "Staff Engineer at Tidewater Robotics".

    The first " at " whose rest, to the end, can be a company's name splits it.
    """
    for at in patterns.TITLE_AT.finditer(title):
        rest = title[at.end() :]
        if at.start() > 0 and patterns.TITLE_COMPANY.fullmatch(rest.rstrip("\n")):
            return title[: at.start()], rest.strip()
    return title, None


def title_from_metadata(
    root: etree._Element, site_name: str | None
) -> tuple[str | None, str | None]:
    """(title, company) from ``og:title`` or ``<title>``, without the site's name."""
    raw = meta(root, "og:title", "twitter:title")
    if raw is None:
        element = root.find(".//title")
        raw = element_text(element) if element is not None else None
    if not raw:
        return None, None
    parts = [p for p in patterns.TITLE_SEPARATORS.split(raw) if p]
    if site_name:
        parts = [p for p in parts if p.casefold() != site_name.casefold()] or parts
    kept = [p for p in parts if not vocabulary.is_listing_heading(p)] or parts
    if len(parts) == 2 and len(kept) == 1:
        # "Trabalhe Conosco — BSM Advogados": a careers page and its site, whose name may
        # end in a profession ("Advogados", lawyers); no job's title
        return None, None
    parts = kept
    named = next((p for p in parts if vocabulary.has_role(p)), parts[0])  # "Acme - Data Engineer"
    return _split_at_company(named)


def _main(root: etree._Element) -> tuple[etree._Element, str]:
    """The page's main content and its text, unless it holds only furniture (a form)."""
    for path in (".//main", ".//article", ".//*[@role='main']"):
        found = root.find(path)
        if found is None or len(element_text(found)) < _MIN_MAIN_TEXT:
            continue
        text = render(found)
        if len(text) >= _MIN_MAIN_TEXT:
            return found, text
    body = root.find(".//body")
    main = body if body is not None else root
    return main, render(main)


def _heading_text(heading: etree._Element) -> str:
    """A heading's text, or the role its label names ("募集要項【X】", "Cargo: Vendedor")."""
    text = element_text(heading)
    label = vocabulary.fact_label(text)
    if label is not None and label[0] == "title" and vocabulary.has_role(label[1]):
        return label[1]  # "Cargo: Vendedor": the label's value names the job
    return vocabulary.bracketed_role(text) or text


def _heading(
    main: etree._Element, root: etree._Element, site_names: set[str]
) -> tuple[str, str, str] | None:
    """The job's heading (its title, its line, its tag): the first naming a role, ``h1`` first.

    Without one, the first ``h1`` that names no list, no site and no generic page
    ("Open positions", "Job offer", the site's name): a page whose only heading
    is its site's name leaves the title to the text.
    """
    for scope in (main, root):
        for heading in scope.iter("h1"):
            text = _heading_text(heading)
            if has_cjk(text) and (hiring := hiring_sentence(text)) and hiring.title:
                return hiring.title, element_text(heading), heading.tag  # "X株式会社招聘Y"
            if (
                text
                and vocabulary.has_role(text)
                and not names_no_job_line(text)
                and not vocabulary.is_section_heading(text)  # "社員の声": employees' voices
                and not asks_for_staff(text)
                and not a_sentence(text)  # "Nie szukamy pracownika. Szukamy kogoś, …."
            ):
                return text, element_text(heading), heading.tag
    for heading in main.iter("h1", "h2", "h3", "h4"):
        if in_dialog(heading):
            continue
        text = _heading_text(heading)
        hiring = hiring_sentence(text)
        # "Vi søker blikkenslager / taktekker med fagbrev.", "Tuyển dụng Nhân viên Kinh
        # doanh" (recruiting: sales staff): the role it hires, as a title
        role = hiring.title if hiring is not None else wanted_role(text) or role_joined_as(text)
        if (
            role
            and vocabulary.has_role(role)
            and not asks_only_for_staff(role)
            and not asks_for_staff(role)  # "スタッフ募集中 Help Wanted": staff in general
        ):
            return role[:1].upper() + role[1:], element_text(heading), heading.tag
    for heading in main.iter("h2", "h3", "h4"):
        text = _heading_text(heading)
        if (  # "PhD positions": the job named in the plural is still its heading
            text
            and vocabulary.has_role(text)
            and not patterns.AUDIENCE_HEADING.match(text)  # "Kun for ledere": an audience
            and not in_dialog(heading)
            and not vocabulary.is_listing_heading(text)
            and not vocabulary.is_navigation(text)
            and not vocabulary.is_section_heading(text)
            and (text != element_text(heading) or not among_features(heading))  # "【X】"
            and not asks_for_staff(text)
            and not under_a_section(heading)
            and not captioned_in_cjk(heading)  # "Worker" over "選べる働き方": a display word
            and not a_contact_heading(heading)  # "Ana Ruiz - CEO" over her address
            and not below_a_persons_name(heading)  # "Alice Dupont" over her post, held
            and not below_a_held_period(heading)  # "Depuis Octobre 2023" over a CV's post
        ):
            return text, element_text(heading), heading.tag
    for scope in (main, root):
        for heading in scope.iter("h1"):
            text = _heading_text(heading)
            if (
                text
                and not names_no_job_line(text)
                and not vocabulary.is_section_heading(text)
                and vocabulary.fold(text) not in site_names
                and len(text.split()) <= _LONGEST_HEADING_TITLE  # a paragraph as a heading
            ):
                return text, element_text(heading), heading.tag
    return None


#: The most words of a page's main heading read as its title when it names no role.
_LONGEST_HEADING_TITLE = 25


def _staff_wanted(main: etree._Element) -> bool:
    """Whether a heading of the page asks for staff in general ("スタッフ募集中").

    Not a list's heading ("人才招聘", recruitment): a page of jobs heads its list so.
    """
    texts = (_heading_text(heading) or "" for heading in main.iter("h1", "h2", "h3"))
    return any(asks_for_staff(text) and not vocabulary.is_listing_heading(text) for text in texts)


def _site_names(root: etree._Element, site_name: str | None) -> set[str]:
    """The names the site gives itself: ``og:site_name``, and the parts of ``<title>``.

    A part of the title names the site when it names no role ("LATIS Software
    Development - University of Minnesota").
    """
    names = {vocabulary.fold(site_name)} if site_name else set()
    element = root.find(".//title")
    if element is not None:
        for part in patterns.TITLE_SEPARATORS.split(element_text(element)):
            if part.strip() and not vocabulary.has_role(part):
                names.add(vocabulary.fold(part.strip()))
    return names


def _from_heading(paragraphs: list[str], title: str | None) -> list[str]:
    """The text after the job's heading: breadcrumbs and banners above it are not the job's."""
    for index, paragraph in enumerate(paragraphs[:_HEADING_SEARCH]):
        first, _, rest = paragraph.partition("\n")
        if first.strip() == title:
            return ([rest] if rest.strip() else []) + paragraphs[index + 1 :]
    return paragraphs


def _place_above(paragraphs: list[str], heading: str | None) -> list[str]:
    """The fact lines right above the job's heading, as a card writes them.

    A place ("Stockholm") or a row of chips ("Engineering" / "Voltijds" / "Gent · hybride"):
    the short lines of the paragraph just above, read for places and employment types.
    """
    for paragraph, after in itertools.pairwise(["", *paragraphs]):
        lines = [line.strip(" •") for line in after.split("\n")]
        if heading not in lines:
            continue
        at = lines.index(heading)
        above = lines[:at] if at else [line.strip(" •") for line in paragraph.split("\n")]
        above = above[-_CHIPS:]
        if any(len(line) > _MAX_HEADER_LINE for line in above):
            return []
        found = [line for line in above if _one_place(line) or vocabulary.employment_types(line)]
        return found if above and (found == above or above[-1] in found) else []
    return []


#: The most chip lines a card writes above its title.
_CHIPS = 3


def _one_place(line: str) -> bool:
    """Whether a line names one town and nothing else: "Stockholm", not a brand."""
    if not is_place_line(line):
        return False
    scan = scan_places(line)
    return len(scan.locations) == 1 and not scan.unknown_words


def _header_lines(paragraphs: Sequence[str]) -> list[str]:
    """The short lines above a posting's text (place, company, date), as on a card."""
    lines: list[str] = []
    for paragraph in paragraphs:
        for line in paragraph.split("\n"):
            if len(line) > _MAX_HEADER_LINE or line.rstrip().endswith((".", "!", "?", ":")):
                return lines
            lines.append(line.strip(" •"))
            if len(lines) >= _MAX_HEADER_LINES:
                return lines
    return lines


def _fact_lines(paragraphs: Sequence[str]) -> list[str]:
    """The labelled facts of the text ("Standort: Hamburg"), in any of the languages."""
    return [line for line, _ in labelled_lines(paragraphs) if len(line) <= _MAX_HEADER_LINE]


def _apply_url(main: etree._Element, root: etree._Element, base: str | None) -> str | None:
    for scope in (main, root):
        found = apply_url_of(list(scope.iter("a", "button")), base)
        if found is not None:
            return found
    return None


#: A word and a number alone: a form's or a process's step ("Fase 01", "Step 2", "Bước 1").
_A_STEP = re.compile(r"[^\W\d_]+[ \t]*0?\d{1,2}")


def single_posting(root: etree._Element, base: str | None, own_url: str | None) -> list[RawPosting]:
    """The one posting of a job's own page (none if the page has no text)."""
    site_name = meta(root, "og:site_name", "application-name")
    main, text = _main(root)
    title, company = title_from_metadata(root, site_name)
    if title is not None and not vocabulary.has_role(title):
        title = None  # "Careers | Acme", a page's leftover title: the text says better
    found = _heading(main, root, _site_names(root, site_name))
    heading, heading_line, level = found if found is not None else (None, None, None)
    if heading_line and has_cjk(heading_line) and (hiring := hiring_sentence(heading_line)):
        company = hiring.company or company  # "羽石株式会社招聘赴日程序员": the heading's hirer
    if heading is not None and vocabulary.states_no_openings(heading):
        return []  # "Hiện Macbook Saigon không tuyển nhân viên": the page's heading says none
    if level not in (None, "h1") and vocabulary.states_no_openings(text):
        # "Nenhuma vaga aberta encontrada" on a page whose role heading is a card's, not
        # the page's own ("Supervisor de Vendas" among the areas one may filter by)
        return []
    if heading is None or not vocabulary.has_role(heading) or registered_name(heading):
        # "夜の数時間で、稼ぐ。" above "職種: 運転代行ドライバー": a slogan heads the page,
        # its details name the job (here or in a row of roles, read later), or else
        # the page's own title ("株式会社ミナト｜システムエンジニア募集")
        roles = role_titles(root)
        named = heading is not None and registered_name(heading)
        heading = (
            stated_title(text)
            or role_under_listing(text)
            or (None if roles else title)
            # the company's registered name heads the page ("华响设计有限公司"): its label
            # names the job, though above the part of the page read as its text
            or (stated_title(render(root)) if named else heading)
        )
        if heading is None and not roles and _staff_wanted(main):
            # "スタッフ募集中 / Help Wanted" heads the page, asking for staff in general:
            # the role stands alone on a line below ("美容施術者及び美容セミナー開催者")
            heading = role_line(text, feature_headings(main))
        if heading is not None and a_slogan(heading) and not roles:
            # "Help us turn ideas into brands." over "Intern"; not a feature card's heading
            heading = role_line(text, feature_headings(main))
    title = heading or title
    if title is not None and not asks_for_staff(title):
        title = without_wanted_suffix(title)  # "メイドさん大募集中": maids wanted
    if title is not None and not any(char.isalpha() for char in title):
        title = None  # "12 4 2022": a placeholder card's date, no job's name
    if (
        title
        and (_A_STEP.fullmatch(title) or vocabulary.is_section_heading(title))
        and not vocabulary.has_role(title)
    ):
        # "QUY TRÌNH TUYỂN DỤNG" (the hiring process): a part of any posting; "Fase 01" of an
        # application form: a step
        title = None
    # a heading ending in a colon introduces what follows: "Наша фирма приглашает на работу
    # квалифицированных специалистов:" above its list of trades
    introduces = title is not None and title.rstrip().endswith((":", "："))
    listed = (
        []
        if title and not introduces
        else (listed_roles(text) or enumerated_roles(text) or counted_roles(text))
    )  # "Job Openings:" / roles; "A、招聘…" lines; "Số lượng cần tuyển: 3 thợ điện, 3 …"
    if not title and not listed and (wanted := wanted_role(text)) is not None:
        listed = [wanted]  # "Ведется набор электромонтажников.": recruiting electricians
    asking = heading_line if title and title == heading else None
    if asking and vocabulary.asks_for_someone(asking) and (joined := joined_roles(title or "")):
        listed = joined  # "DI BUTUHKAN SEGERA CHEF DE PARTIE, COOK, BARISTA DAN WAITERS"
    paragraphs = list(split_paragraphs(text))
    if listed:  # "Job Openings:" / "Cafeteria Substitute": the list's heading stays
        title = listed[0]
    above: list[str] = []
    if not listed:
        cut_at = heading_line if found is not None and title == found[0] else title
        company = company or employer_under_heading(paragraphs, cut_at or role_line(text))
        above = _place_above(paragraphs, cut_at)
        paragraphs = _from_heading(paragraphs, cut_at)
    paragraphs = [p for p in paragraphs if not vocabulary.apply_text(p)]
    if not paragraphs and not title:
        return []
    apply_url = _apply_url(main, root, base)
    lines = above + _header_lines(paragraphs)
    lines += [line for line in _fact_lines(paragraphs) if line not in lines]
    facts = Facts(
        source="html.page",
        title=title,
        company=company,
        apply_url=apply_url,
        url=own_url,
        site_name=site_name,
        lines=tuple(lines),
    )
    links = tuple(link for link in absolute_links(main, base) if link != apply_url)
    posting = RawPosting(
        index=0, paragraphs=tuple(paragraphs), apply_url=apply_url, links=links, facts=facts
    )
    stated = list(dict.fromkeys(stated_titles(text))) or listed
    if len(stated) > 1 and title in stated:
        # "Puesto: Operador de Maquinaria" / "Puesto: Supervisor de Calidad" / ...: a list
        # of the roles, each labelled, the rest of the page shared
        return with_roles([posting], stated)
    return [posting]
