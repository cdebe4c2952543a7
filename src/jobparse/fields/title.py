"""The job title: how postings announce the role, trimmed to the role itself.

Rules (weight in brackets; the best-scoring candidate wins, ties go to the
first in the text):

- ``title.label`` [10] — "Job Title: Research Engineer".
- ``title.as`` [5] — "As a Senior Research Scientist, you will ...".
- ``title.heading`` [4] — a posting that opens with a short line that is a
  role: "Senior Software Engineer, Perception".
- ``title.line`` [4] — a posting that opens with a header line naming a role in
  any language, in the shapes of :mod:`jobparse.fields.title_line`: "Fullstack
  Entwickler (m/w/d)", "Kerith - Senior Full Stack Developer - Remote - Full Time".
- ``title.hiring`` [3] — the other languages: "Acme recrute un(e) Ingénieur(e)
  en vision par ordinateur", "Acme sucht eine:n Werkstudent:in" (``fields.hiring``).
- ``title.trigger`` [3] — "seeking an Optical Data Analyst", "looking for
  Applied Scientists", "position is for an experienced Software Engineer",
  "role of a chief architect", "candidates for ... Engineer positions".
- ``title.inner_heading`` — only where no rule above names a role: a paragraph
  that is nothing but a role, in the text's first half, after a company's
  introduction ("Vacancies" / about the company / "Software Developer").
- ``title.academic`` [1] — no role named, but "a fully funded PhD position"
  (→ "PhD Student") or "a postdoc position" (→ "Postdoctoral Researcher").

A candidate must end in a role noun (Engineer, Scientist, Researcher,
Manager, Fellow, ...). Leading adjectives ("highly motivated", "world-class")
are dropped; a title written in capitals scores 2 more, one of several words
1 more, so "Software Engineer" beats "an experienced developer".
"""

from __future__ import annotations

import re

from jobparse import patterns, vocabulary
from jobparse.fields.context import PostingText
from jobparse.fields.fact_lines import labelled_facts
from jobparse.fields.hiring import hiring_sentence, role_before_verb
from jobparse.fields.title_line import line_title
from jobparse.model import Evidence

__all__ = ["infer_title", "trim_title"]

#: Lower-case words that describe the candidate or the post, not the role.
_ADJECTIVES = frozenset(
    """
    a an the our your their this that new first highly very exceptionally extremely
    experienced talented passionate motivated self-motivated skilled smart energetic
    creative inventive enthusiastic proactive collaborative dedicated driven outstanding
    exceptional excellent world-class top strong brilliant curious ambitious hands-on
    seasoned accomplished dynamic innovative qualified fully funded fully-funded full-time
    part-time bright great hardworking hard-working detail-oriented results-driven visionary
    several multiple talented, and or technical successful ideal right perfect additional
    interested potential open
        one two three four five six seven eight nine ten
    """.split()
)
_CONNECTORS = frozenset({"and", "&", "of", "for", "/"})
#: A prose phrase naming who may apply, not a post: "looking for a motivated Master
#: student", "opportunities for undergraduate students" (a "PhD student" is a post).
_AUDIENCES = frozenset(
    {"student", "undergraduate student", "master student", "masters student",
     "master's student", "bachelor student", "bachelor's student"}
)  # fmt: skip
_MINOR_WORDS = frozenset({"and", "or", "of", "for", "the", "in", "to"})


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def trim_title(phrase: str) -> str | None:
    """Trim a phrase to the role it names, ending at its last role noun.

    >>> trim_title("a smart, energetic, and creative Sr Applied Scientist")
    'Sr Applied Scientist'
    >>> trim_title("a highly motivated candidate for a fully funded postdoctoral researcher")
    'Postdoctoral Researcher'
    >>> trim_title("an enthusiastic, proactive Robotics and Automation Engineers")
    'Robotics and Automation Engineer'
    >>> trim_title("people") is None
    True
    """
    leadership = patterns.LEADERSHIP_TITLE.search(phrase)
    if leadership:
        return leadership.group()
    words = patterns.TITLE_WORD.findall(phrase)
    last = None
    for index, word in enumerate(words):
        # "Scientist/Engineer": roles joined by a slash end in a role too.
        if patterns.ROLE_NOUN.fullmatch(word.rsplit("/", 1)[-1]):
            last = index
    if last is None:
        return None
    capitalised = _is_capitalised(words[last])
    start = last
    while start > 0:
        previous = words[start - 1]
        if capitalised:
            if _is_capitalised(previous):
                start -= 1
                continue
            if (
                previous.casefold() in _CONNECTORS
                and start > 1
                and _is_capitalised(words[start - 2])
            ):
                start -= 1
                continue
            break
        if _is_acronym(previous):
            start -= 1  # "PhD students", "ML engineers"
            continue
        if previous in {"or", "and"} and start > 1 and _is_role_word(words[start - 2]):
            start -= 2  # "a summer or fall intern"
            continue
        if previous.casefold() in _ADJECTIVES or _is_capitalised(previous) or previous.isdigit():
            break
        start -= 1
    role = words[start : last + 1]
    role[-1] = _singular(role[-1])
    if not capitalised:
        role = [
            w
            if w.casefold() in _MINOR_WORDS or _is_acronym(w)
            else "/".join(part[:1].upper() + part[1:] for part in w.split("/"))
            for w in role
        ]
    return " ".join(role)


def _is_role_word(word: str) -> bool:
    """A lower-case word that can stand in a role's name (not an adjective or a number)."""
    return word.islower() and word not in _ADJECTIVES and not word.isdigit()


def _is_acronym(word: str) -> bool:
    """Whether a word is written like an acronym: "ML", "PhD", "3D", "NLP"."""
    return sum(c.isupper() for c in word) >= 2 or (word[:1].isdigit() and word[-1:].isupper())


def _singular(word: str) -> str:
    """Strip a plural "s" from a role noun: "Scientists" -> "Scientist" (each of "a/b")."""
    if "/" in word:
        return "/".join(_singular(part) for part in word.split("/"))
    if word.endswith("s") and patterns.ROLE_NOUN.fullmatch(word[:-1]):
        return word[:-1]
    return word


def _score(title: str, weight: float) -> float:
    words = [word.strip("()[]") for word in title.split()]  # "(Customer Engagement)"
    bonus = 2.0 if all(_is_capitalised(w) or w in _MINOR_WORDS for w in words if w) else 0.0
    return weight + bonus + (1.0 if len(words) > 1 else 0.0)


#: The longest phrase after a trigger read for a title: a role is named well within it,
#: and a page of triggers with no stop ("seeking seeking ...") stays linear.
_MAX_PHRASE = 200


#: A footnote's mark after a word: "freelance[0]", "Python[1]".
_FOOTNOTE = re.compile(r"\[\d{1,2}\]")


def _stop(text: str, start: int) -> int:
    """Where a title phrase starting at *start* ends (at most :data:`_MAX_PHRASE` on)."""
    end = min(len(text), start + _MAX_PHRASE)
    stop = patterns.TITLE_STOP.search(text, start, end)
    return stop.start() if stop else end


_MAX_HEADING_WORDS = 8


def _heading_title(line: str) -> str | None:
    """A posting that opens with its title on a line of its own: "Senior Engineer, Perception".

    The line must be short, unpunctuated, capitalised, and start with the role.
    """
    words = line.split()
    if not words or len(words) > _MAX_HEADING_WORDS or patterns.SENTENCE_END.search(line):
        return None
    title = trim_title(line.split(",")[0].split(" - ")[0].split("(")[0])
    if title is None or not title[:1].isupper() or not line.startswith(title.split()[0]):
        return None
    return title


#: What joins a name and a role in a posting's opening line: "Vantor — Senior Data Engineer".
_HEADING_DASHES = (" — ", " – ", " | ")
_MAX_NAME_WORDS = 5


def _dash_heading_title(sentence: str) -> str | None:
    """The role of an opening "Name — Role, place" (or "Role — Name"): "Senior Data Engineer".

    One side, up to its first comma, must name a role and open with it; the
    other must be short and capitalised, like a name.
    """
    for dash in _HEADING_DASHES:
        left, found, right = sentence.partition(dash)
        if not found:
            continue
        for role_side, other in ((right, left), (left, right)):
            phrase = role_side.split(",")[0].split("(")[0].strip(" .")
            title = trim_title(phrase)
            name = other.split("(")[0].split(",")[0].strip(" .")
            if (
                title is not None
                and phrase.startswith(title.split()[0])
                and 0 < len(name.split()) <= _MAX_NAME_WORDS
                and name[:1].isupper()
            ):
                return title
    return None


_MAX_EXTENSION_WORDS = 3


def _extends(line: str, heading: str) -> bool:
    """Whether a header line is its heading and a few words more: "Software Developer iOS"."""
    rest = line[len(heading) :]
    return (
        line.startswith(heading)
        and rest.startswith(" ")
        and "," not in rest
        and len(rest.split()) <= _MAX_EXTENSION_WORDS
    )


#: English labels of one word that head too much else to be read above their value.
_GENERIC_TITLE_LABELS = frozenset({"position", "positions", "role", "job", "title"})
#: The most words of a title its label names though it holds no known role word.
_MAX_NAMED_WORDS = 8
#: The longest labelled title taken whole.
_MAX_LABELLED = 80
#: The longest line read for a labelled title ("Oggetto del tirocinio" / its title).
_LABELLED_LINE = 120


def specific_title_label(line: str) -> bool:
    """Whether a labelled line's label is a title's own, not a word heading much else.

    "Functie: Woningmakelaar", "Stellenbezeichnung: ...", "職種：..." name the job;
    "Position: open until filled" or "Role: ..." may head anything.
    """
    named = line.split(":", 1)[0].split("：", 1)[0].strip()
    return named.casefold() not in _GENERIC_TITLE_LABELS


def named_by_label(value: str) -> bool:
    """Whether a title's own label names *value* as the job though no role word is in it.

    "Functie: Woningmakelaar Sale & Lease Back": a name's length and shape, not a
    sentence, a list's heading or a menu's item.
    """
    value = value.strip()
    return (
        0 < len(value) <= _MAX_LABELLED
        and len(value.split()) <= _MAX_NAMED_WORDS
        and not value.endswith((".", "!", "?", "。"))
        and not vocabulary.is_listing_heading(value)
        and not vocabulary.is_navigation(value)
        and vocabulary.fact_label(value) is None
    )


def _inner_heading(ctx: PostingText) -> str | None:
    """A role standing as a paragraph of its own after the text's opening: "Software Developer".

    Where no rule names a role, a page's text that opens on the organisation
    ("Vacancies", a paragraph about the company) heads its job with a line that
    is nothing but the role's name. Only in the text's first half: a contact
    person's role ("HR Manager") closes a text, unless it carries a gender tag as
    titles do: "Servicedesk Medewerker ITC (M/V/X)" in a box of facts after the text.
    """
    text = ctx.text
    for sentence in ctx.sentences[1:]:
        line = sentence.text
        late = sentence.start > len(text) // 2
        if len(line.split()) > _MAX_HEADING_WORDS or not line[:1].isupper():
            continue
        if late and not vocabulary.has_gender_tag(line):
            continue
        whole = text[sentence.start - 2 : sentence.start] == "\n\n" and text.startswith(
            "\n\n", sentence.end
        )
        if whole and (trim_title(line) == line or (late and vocabulary.has_role(line))):
            return line
    return None


#: The most words of a role of another language read whole after "join us as".
_MAX_JOINED_WORDS = 6


def infer_title(ctx: PostingText) -> tuple[str | None, list[Evidence]]:
    """The role the posting announces, or None when it names none."""
    candidates: list[tuple[float, int, str, Evidence]] = []

    def consider(phrase: str, weight: float, rule: str, quote: str, order: int) -> None:
        title = trim_title(phrase)
        if title and not (rule == "title.trigger" and title.casefold() in _AUDIENCES):
            evidence = Evidence("title", rule, quote.rstrip(" ,;"))
            candidates.append((_score(title, weight), -order, title, evidence))

    for sentence in ctx.sentences:  # labels open a sentence (or a line)
        text = sentence.text
        if ":" in text or " - " in text or "–" in text:
            label = patterns.TITLE_LABEL.match(text)
            if label:
                consider(label.group("title"), 10.0, "title.label", label.group(), sentence.start)
    for value, line in labelled_facts(ctx.text, "title", longest_line=_LABELLED_LINE):
        # A title under its label, in any language ("Oggetto del tirocinio" above
        # "Assistente allo sviluppo software", "募集職種" above "薬剤師"); a label of one
        # English word ("Position", "Role") heads too much else to be read so.
        if not specific_title_label(line):
            continue
        if (
            trim_title(value) is None
            and (vocabulary.has_role(value) or named_by_label(value))
            and len(value) <= _MAX_LABELLED
        ):
            # a role in another language, named by its label: the value whole
            evidence = Evidence("title", "title.label", line)
            candidates.append((_score(value, 10.0), -ctx.text.find(value), value, evidence))
        else:
            consider(value, 10.0, "title.label", line, ctx.text.find(value))
    for sentence in ctx.sentences:  # "Two postdoctoral positions in X are available"
        if " availab" in sentence.text or " open" in sentence.text or " offered" in sentence.text:
            available = patterns.TITLE_AVAILABLE.match(sentence.text)
            if available and vocabulary.has_role(available.group("phrase")):
                phrase = available.group("phrase")
                evidence = Evidence("title", "title.available", available.group())
                candidates.append((_score(phrase, 5.0), -sentence.start, phrase, evidence))
    foreign = ctx.may_match(patterns.FOREIGN_HIRING_VERB)
    for sentence in ctx.sentences if foreign else ():  # "Acme recrute un(e) Ingénieur(e)"
        hiring = hiring_sentence(sentence.text)
        if hiring is not None and hiring.title is not None:
            evidence = Evidence("title", "title.hiring", hiring.quote)
            candidates.append((_score(hiring.title, 3.0), -sentence.start, hiring.title, evidence))
        elif hiring is None and (role := role_before_verb(sentence.text)) is not None:
            evidence = Evidence("title", "title.hiring", sentence.text)  # "bir X arıyoruz"
            candidates.append((_score(role, 3.0), -sentence.start, role, evidence))
    if ctx.sentences:
        first = ctx.sentences[0].text
        heading = _heading_title(first) or _dash_heading_title(first)
        opening = ctx.text.partition("\n")[0]
        header = line_title(opening)
        if header is not None and (heading is None or _extends(header.title, heading)):
            evidence = Evidence("title", "title.line", opening)
            # an advert's own header line outranks a role the body names in passing
            candidates.append((_score(header.title, 6.0), 0, header.title, evidence))
        elif heading:
            evidence = Evidence("title", "title.heading", ctx.sentences[0].text)
            candidates.append((_score(heading, 4.0), 0, heading, evidence))
    text = ctx.text  # the other rules run once over the whole text; order = position
    for match in ctx.finditer(patterns.TITLE_AS):
        phrase = match.group("phrase").rstrip(" \t")
        consider(phrase[: _stop(phrase, 0)], 5.0, "title.as", match.group(), match.start())
    for trigger in (patterns.TITLE_TRIGGER, patterns.FOREIGN_JOIN_AS):
        for match in ctx.finditer(trigger):
            end = _stop(text, match.end())
            if text.startswith("[", end) and _FOOTNOTE.match(text, end):
                # "looking for a freelance[0] experienced Python/Django developer": a
                # footnote's mark stops no phrase
                window = text[match.end() : match.end() + _MAX_PHRASE]
                phrase = _FOOTNOTE.sub("", window)
                cut = _stop(phrase, 0)
                quote = text[match.start() : match.end() + cut + len(window) - len(phrase)]
                consider(phrase[:cut], 3.0, "title.trigger", quote, match.start())
                continue
            quote = text[match.start() : end]
            phrase = text[match.end() : end]
            if trigger is patterns.FOREIGN_JOIN_AS and trim_title(phrase) is None:
                # "Bergabunglah bersama kami sebagai ABK Kapal Jaring": a role of another
                # language, whole, as a hiring sentence reads one
                role = phrase.strip(" \t,")
                if vocabulary.has_role(role) and len(role.split()) <= _MAX_JOINED_WORDS:
                    evidence = Evidence("title", "title.trigger", quote.rstrip(" ,;"))
                    candidates.append((_score(role, 3.0), -match.start(), role, evidence))
                continue
            consider(phrase, 3.0, "title.trigger", quote, match.start())
    if not candidates:
        inner = _inner_heading(ctx)
        if inner is not None:
            return inner, [Evidence("title", "title.inner_heading", inner)]
    if candidates:
        _, _, title, evidence = max(candidates, key=lambda item: (item[0], item[1]))
        return title, [evidence]
    academic = ctx.search(patterns.ACADEMIC_POSITION)
    if academic:
        title = "PhD Student" if academic.group("phd") else "Postdoctoral Researcher"
        return title, [Evidence("title", "title.academic", academic.group())]
    return None, []
