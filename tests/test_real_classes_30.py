"""Failure classes the thirtieth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse import vocabulary

SET = Path(__file__).parent / "pages" / "heldout_real_30"


def test_chinese_film_and_animation_trades_are_roles() -> None:
    # the 2022 classification's groups 2-09 and 4-13: "模型师", "剪辑师", "导演"
    for role in ("模型师", "剪辑师", "特效师", "动画师", "导演"):
        assert vocabulary.has_role(role), role
    postings = jobparse.parse_file(SET / "06_bitone_joinus_zh.html")
    assert len(postings) == 13
    assert [p.title for p in postings[:3]] == ["项目经理", "模型师", "美术"]


def test_a_town_after_a_postal_code_by_its_local_name() -> None:
    # "Ukázková 123/4, 100 00 Praha 10": GeoNames names Prague in English, "Praha" is another
    postings = jobparse.parse_file(SET / "02_geovzor_kariera_cs.html")
    assert {loc.city for p in postings for loc in p.locations} == {"Prague"}


def test_czech_main_employment_contract_is_full_time() -> None:
    # "HPP i zkrácený pracovní úvazek": a main contract or reduced hours, the first named
    postings = jobparse.parse_file(SET / "03_mazal_kariera_cs.html")
    assert [p.employment_type for p in postings] == ["full_time", "full_time"]


def test_a_language_switch_is_navigation() -> None:
    # "CHN" / "ENG" / "英语": a game server's language menu, "ENG" no engineer
    assert vocabulary.is_navigation("ENG")
    assert vocabulary.is_navigation("Deutsch")
    assert not vocabulary.is_navigation("Indonesia")
    assert jobparse.parse_file(SET / "08_qxgw_joinus_zh.html") == []
