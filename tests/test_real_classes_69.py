"""The sixty-ninth held-out set (issue 21), kept aside and scored once: Chinese and Japanese."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse.page.render import element_text
from jobparse.page.tree import parse_html

SET = Path(__file__).parent / "pages" / "heldout_real_69"


def test_reacts_streamed_segments_are_read_where_the_page_puts_them() -> None:
    # "</body></html><div hidden id="S:2">招聘要求 …</div><script>$RC("B:2","S:2")</script>"
    root = parse_html((SET / "01_jingpeng_zhaopin_zh.html").read_text(encoding="utf-8"))
    text = element_text(root)
    assert "幕墙，门窗制作安装师傅" in text
    assert text.index("招聘要求") < text.index("柳州市")  # in its boundary, before the footer
    assert not [e for e in root.iter() if (e.get("id") or "").startswith(("S:", "B:"))]


def test_markup_after_the_documents_end_is_kept() -> None:
    root = parse_html("<html><body><p>Intro</p></body></html><div><h2>Welder</h2></div>")
    assert "Welder" in element_text(root)


def test_a_row_of_tabs_is_one_list_and_chat_links_are_no_jobs() -> None:
    # <li class="on"> (the open tab) among seven plain <li>; "<a href="tencent://…">售前客服"
    postings = jobparse.parse_file(SET / "04_qiyuan_zhaopin_zh.html")
    assert [p.title for p in postings] == [
        "商务经理", "招聘主管经理", "人事行政主管", "培训主管", "美工", "运营", "续签客服", "前台",
    ]  # fmt: skip
    assert {place.city for p in postings for place in p.locations} == {"Tianjin"}


def test_roles_listed_as_mail_links_stay_jobs() -> None:
    # set 30: "<li><a href="mailto:info@bitone.com">剪辑师</a></li>": apply by mail
    page = SET.parent / "heldout_real_30" / "06_bitone_joinus_zh.html"
    assert "剪辑师" in [p.title for p in jobparse.parse_file(page)]


def test_czech_trades_of_isco_groups_5_to_9_are_roles() -> None:
    # set 70 (a role-play board): "Vyhazovač." (bouncer), "Dřevorubec." (woodcutter)
    from jobparse import vocabulary

    for word in ("Vyhazovač", "Dřevorubec", "Automechanik", "Pokladní", "Hasič", "Jeřábník"):
        assert vocabulary.has_role(word), word
    page = SET.parent / "heldout_real_70" / "01_leosight_prace_cs.html"
    titles = [p.title for p in jobparse.parse_file(page)]
    assert "Vyhazovač." in titles
    assert not any(title.startswith("VIP slot") for title in titles)


def test_a_repeated_slot_among_roles_is_no_job() -> None:
    # set 70: four "VIP slot na 30 dní." cards beside the employers' cards of roles
    page = SET.parent / "heldout_real_70" / "01_leosight_prace_cs.html"
    titles = [p.title for p in jobparse.parse_file(page)]
    assert "Automechanik." in titles
    assert "Realitní makléř/ka." in titles
    assert len(titles) == 7


def test_a_group_of_job_news_to_join_is_no_posting() -> None:
    # "叮~邀请您加入精算&统计实习与就业信息群" (join the internship and job news group)
    assert jobparse.parse_file(SET / "03_actuarygarden_zhaopin_zh.html") == []
