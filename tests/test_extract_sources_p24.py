"""Outlets credited anywhere a wire story or release puts them, through real extraction.

Each case is a small made-up page in a form wire copy takes on many sites: the national
agencies' datelines (names from the agency list, not one page), the slash and bracket tags,
the press-release newswires' tags, a closing "-AGENCY" or "(With inputs from AGENCY)", a
source label spelling an agency twice, and an outlet's own initials in its dateline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import agencies, extract_article, wires

TITLE = "Council passes budget after long debate\n\nMarch 5, 2024\n\n"
BODY = ("The council approved a new budget on Tuesday after weeks of debate over road repairs and school funding.\n\n"
        "Officials said the plan raises spending by 4 percent and keeps taxes flat for homeowners next year.\n")


def _source(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return extract_article(path)[0].meta.source


@pytest.mark.parametrize(("lead", "source"), [
    ("New Delhi [India], March 5 (ANI): ", "ANI"),
    ("ABU DHABI, 5th March, 2024 (WAM) -- ", "WAM"),
    ("Madrid, Mar 5 (EFE).- ", "EFE"),
    ("WASHINGTON — (AP) ", "AP"),
])
def test_a_national_agencys_dateline_names_the_source(tmp_path: Path, lead: str, source: str) -> None:
    assert _source(tmp_path, TITLE + lead + BODY) == source


@pytest.mark.parametrize(("lead", "source"), [
    ("MOSCOW, March 5. /TASS/. ", "TASS"),
    ("SPRINGFIELD, Ill.--(BUSINESS WIRE)--", "BUSINESS WIRE"),
    ("NEW YORK, NY / ACCESSWIRE / March 5, 2024 / ", "ACCESSWIRE"),
    ("ALEXANDRIA, Va., Feb. 17 /PRNewswire-FirstCall/ -- ", "PRNewswire"),
    ("[Reuters] ", "Reuters"),
])
def test_slash_bracket_and_newswire_tags_name_the_source(tmp_path: Path, lead: str, source: str) -> None:
    assert _source(tmp_path, TITLE + lead + BODY) == source


def test_an_agency_named_mid_sentence_is_no_credit() -> None:
    lead = "The minister told reporters on Monday, in remarks carried by the Associated Press (AP) - that costs rose."
    assert wires.lead_tag(lead) is None


def test_an_outlets_own_initials_in_its_dateline(tmp_path: Path) -> None:
    assert _source(tmp_path, TITLE + "BRUSSELS, 06 April 2022, (TON): " + BODY) == "TON"
    assert _source(tmp_path, TITLE + "SEOUL, March 5 (LEAD): " + BODY) is None  # a wire's tag, not an outlet


@pytest.mark.parametrize(("closing", "source"), [
    ("The ministry will publish the rules next month.-VNA", "VNA"),
    ("The ministry will publish the rules next month. (With inputs from PTI)", "PTI"),
])
def test_an_agency_closing_the_story(tmp_path: Path, closing: str, source: str) -> None:
    assert _source(tmp_path, TITLE + BODY + "\n" + closing + "\n") == source


def test_a_source_label_spelling_an_agency_twice(tmp_path: Path) -> None:
    text = TITLE + BODY + "\nSource: Islamic Republic News Agency – IRNA\n"
    assert _source(tmp_path, text) == "Islamic Republic News Agency"
    assert wires.one_name("人民网-人民日报") == "人民网-人民日报"  # two outlets stay as the page gives them


def test_the_agency_list_keeps_acronyms_that_are_words_exact() -> None:
    assert agencies.is_agency("MAP") and not agencies.is_agency("Map")
    assert agencies.is_agency("The Canadian Press") and agencies.kind("GlobeNewswire") == "newswire"
    assert agencies.full_name("IRNA") == "Islamic Republic News Agency"


def test_an_issuing_body_line_under_a_statement(tmp_path: Path) -> None:
    text = TITLE + BODY + "\nIssued by: Government Communications (GCIS)\n"
    assert _source(tmp_path, text) == "Government Communications (GCIS)"


def test_where_a_chinese_page_took_its_text(tmp_path: Path) -> None:
    body = ("市议会周二通过了新的预算方案，增加道路维修和学校经费。\n\n"
            "官员表示，该计划将支出提高4%，明年房主税收保持不变。\n")
    assert _source(tmp_path, "市议会通过新预算\n\n2024年3月5日\n\n" + body + "\n（转载自：经济日报）\n") == "经济日报"


def test_a_sites_logo_line_is_a_weak_source(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Springfield Herald logo\n\n" + TITLE + BODY, encoding="utf-8")
    brief, warnings = extract_article(path)
    assert brief.meta.source == "Springfield Herald"
    assert any("meta.source is a guess" in w for w in warnings)


def test_a_spam_wrappers_source_label_yields_to_the_storys_dateline(tmp_path: Path) -> None:
    text = ("正在阅读:彩神88\n\n来源:彩神882024-03-06 17:48\n\n外交部发言人:希望美方客观理性看待中美关系\n\n"
            "新华社北京1月11日电(记者 成欣)外交部发言人汪文斌11日表示,中方希望美方有关人士客观理性看待中国。\n\n"
            "当日例行记者会上,有记者问:美国新一届国会众议院成立委员会,研究如何应对中国的影响力。\n")
    assert _source(tmp_path, text) == "新华社"


def test_a_chinese_portals_note_on_the_account_it_took_the_text_from(tmp_path: Path) -> None:
    body = ("市议会周二通过了新的预算方案，增加道路维修和学校经费。\n\n"
            "官员表示，该计划将支出提高4%，明年房主税收保持不变。\n")
    path = tmp_path / "page.txt"
    path.write_text("市议会通过新预算\n\n2024-03-05\n\n本文来自微信公众号“财经早餐”（ID：cjzc），作者：李明\n\n" + body,
                    encoding="utf-8")
    meta = extract_article(path)[0].meta
    assert (meta.source, meta.authors) == ("财经早餐", ["李明"])


@pytest.mark.parametrize(("text", "source"), [
    (TITLE + "By Global Times Published: Mar 05, 2024 10:21 PM\n\n" + BODY, "Global Times"),
    (TITLE + BODY.rstrip() + " (FRANCE 24 with AFP)\n", "FRANCE 24"),
    ("Al Arabiya English\n\n" + TITLE + BODY, "Al Arabiya English"),
])
def test_an_outlet_in_a_bylines_place_or_writing_with_the_wires(tmp_path: Path, text: str, source: str) -> None:
    assert _source(tmp_path, text) == source


def test_the_agency_of_a_reporter_note_opening_the_lead(tmp_path: Path) -> None:
    text = ("市議會通過新預算\n\n2024年3月5日\n\n"
            "（中央社記者李明台北5日電）市議會週二通過了新的預算方案，增加道路維修。\n\n"
            "官員表示，該計劃將支出提高4%，明年房主稅收保持不變。\n")
    assert _source(tmp_path, text) == "中央社"


@pytest.mark.parametrize("text", [
    "Press release\n\nCouncil passes budget after long debate\n\nFrom:\nHM Treasury and The Rt Hon Jane Doe MP\n"
    "Published\n5 March 2024\n\n" + BODY,
    TITLE + BODY + "\nIssued by the HM Treasury\n",
])
def test_a_statements_issuing_body(tmp_path: Path, text: str) -> None:
    assert _source(tmp_path, text) == "HM Treasury"


def test_a_pictures_source_label_is_not_the_pages(tmp_path: Path) -> None:
    assert _source(tmp_path, TITLE.replace("\n\nMarch", "\n\nImage source: Getty Images\nMarch") + BODY) is None


def test_a_reposts_declared_site_yields_to_the_outlet_that_first_ran_it(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text("---\ntitle: Council passes budget\npublisher: Salon.com\n---\n\n" + BODY
                    + "\nThis post originally appeared on Grist.\n", encoding="utf-8")
    assert extract_article(path)[0].meta.source == "Grist"


@pytest.mark.parametrize(("text", "source"), [
    ("Editorial: Council should heed citizens\n\nThe Capital-Journal\nView Comments\n\n" + BODY, "The Capital-Journal"),
    ("Skip to main content\nABC Rural\n\n" + TITLE + "By Maria Lopez\n\n" + BODY, "ABC Rural"),
    ("Opinion\nSCMP Editorial\n\n" + TITLE + BODY, "SCMP"),
    (TITLE + "UNB\nDhaka\n\n" + BODY, "UNB"),
    (" date 2022-05-10 Local\n\n" + TITLE + BODY, None),
])
def test_an_outlets_masthead_or_desk_line(tmp_path: Path, text: str, source: str | None) -> None:
    assert _source(tmp_path, text) == source


def test_a_chinese_story_closing_with_its_papers_name(tmp_path: Path) -> None:
    body = ("市议会周二通过了新的预算方案，增加道路维修和学校经费。\n\n"
            "官员表示，该计划将支出提高4%，明年房主税收保持不变。(云南信息报) |\n")
    assert _source(tmp_path, "市议会通过新预算\n\n2024年3月5日\n\n" + body) == "云南信息报"


def test_a_reposting_sites_tag_before_the_newswires(tmp_path: Path) -> None:
    lead = " date 2020-01-30 /EIN News/ -- CHATHAM, Ontario, Jan. 30, 2020 (GLOBE NEWSWIRE) -- "
    assert _source(tmp_path, "Acme Co-op returns $1 million to members\n\n" + lead + BODY) == "GLOBE NEWSWIRE"


def test_a_contributors_disclaimer_names_the_publisher(tmp_path: Path) -> None:
    text = TITLE + "By Maria Lopez\n\nOpinions expressed by Entrepreneur contributors are their own.\n\n" + BODY
    assert _source(tmp_path, text) == "Entrepreneur"
