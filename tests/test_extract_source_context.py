"""The source scorer's page-wide signals: the lead's opening credit, a host spelling a name, the headline without
its site suffix, furniture lines against story lines; a labelled source's time stamp, a notice's holder before its
mark, a prompt for the site's app or channel."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import page_article

from briefkit.content.model import Brief
from briefkit.extract import extract_article
from briefkit.extract.copyrights import notice_holder
from briefkit.extract.outletcontext import context, openings, signals
from briefkit.extract.outletpromo import promo_outlets
from briefkit.extract.sourcedecide import undated
from briefkit.extract.sources import headline_speaker

STORY = ("The council voted on Tuesday to extend the water restrictions for another month, citing low reservoirs.\n\n"
         "The mayor said the restrictions would be reviewed at the end of March.\n\n"
         "Residents have been asked to water gardens only on weekends.\n")



def _extract(tmp_path: Path, text: str) -> tuple[Brief, list[str]]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return extract_article(path)


@pytest.mark.parametrize(("lead", "outlet"), [
    ("Ridgeway Mirror: The council voted", "Ridgeway Mirror"),
    ("RVN - The council voted", "RVN"),
    ("The Lakeview Courier -- The council voted", "The Lakeview Courier"),
])
def test_a_lead_opening_on_an_outlet_before_a_dash_or_colon_credits_it(tmp_path: Path, lead: str,
                                                                         outlet: str) -> None:
    text = "Water restrictions extended\n\n" + STORY.replace("The council voted", lead, 1)
    found = [(c.name, c.cue) for c in openings(page_article(tmp_path, text))]
    assert (outlet, "opening") in found


@pytest.mark.parametrize("lead", ["LAKEVIEW - The council voted", "NAIROBI - The council voted",
                                  "Update: The council voted", "Meanwhile - The council voted"])
def test_a_town_a_label_or_a_word_opening_the_lead_credits_no_outlet(tmp_path: Path, lead: str) -> None:
    text = "Water restrictions extended\n\n" + STORY.replace("The council voted", lead, 1)
    assert not [c for c in openings(page_article(tmp_path, text)) if c.cue == "opening"]


def test_a_chinese_lead_opening_on_an_outlet_and_xun_credits_it(tmp_path: Path) -> None:
    text = ("市政府召开常务会议\n\n湖滨新闻网讯 3月5日上午,市政府召开常务会议,研究部署当前经济工作和城市建设重点任务,"
            "会议由市长主持,各部门负责人参加会议并发言。\n\n会议强调,要抓好各项工作的落实。\n")
    assert ("湖滨新闻网", "opening") in [(c.name, c.cue) for c in openings(page_article(tmp_path, text))]


def test_a_staff_credit_between_the_paragraphs_is_read(tmp_path: Path) -> None:
    text = "Water restrictions extended\n\n" + STORY + "\n" + STORY + "\nBy the Ridgeway Ledger staff\n\n" + STORY
    found = [(c.name, c.zone) for c in openings(page_article(tmp_path, text))]
    assert ("Ridgeway Ledger", "body") in found


def test_signals_weigh_the_host_the_headline_and_the_furniture(tmp_path: Path) -> None:
    text = ("Ridgeway Ledger\n\nRidgeway Ledger\n\nCouncil extends water restrictions | Ridgeway Ledger\n\n"
            "Council extends water restrictions\n\n" + STORY
            + "\nThe Water Board said the Water Board would publish new figures, the Water Board added.\n\n"
            "Contact: news@ridgewayledger.com\n\nRidgeway Ledger\n")
    page = context(page_article(tmp_path, text))
    ledger, board = signals("Ridgeway Ledger", page), signals("Water Board", page)
    assert ledger["host_agrees"] == 1.0 and board["host_agrees"] == 0.0
    assert ledger["furniture_repeats"] == 1.0 and ledger["furniture_only"] == 1.0
    assert ledger["in_title"] == 0.0  # the title bar's suffix is the site's name, not the headline's subject
    assert board["story_lines"] > 0 and board["short_lines"] == 0.0
    assert signals("council", page)["in_title"] == 1.0


@pytest.mark.parametrize(("value", "outlet"), [
    ("Taipei Courier January 31, 2026 17:14 UTC", "Taipei Courier"),
    ("Lakeview Post, March 3, 2024 at 9:30 a.m. EST", "Lakeview Post"),
    ("SCMP, Nov 4, 2016", "SCMP"),
    ("Lakeview Post March 3, 2024 and the Ridgeway Ledger", "Lakeview Post March 3, 2024 and the Ridgeway Ledger"),
])
def test_a_labelled_source_loses_the_date_and_time_its_line_runs_on(value: str, outlet: str) -> None:
    assert undated(value) == outlet


def test_a_lead_credit_and_the_site_host_give_the_source(tmp_path: Path) -> None:
    text = ("Home | News | Contact\n\nWater restrictions extended for another month\n\n"
            + STORY.replace("The council voted", "Ridgeway Mirror: The council voted", 1)
            + "\nContact us: desk@ridgewaymirror.com\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.source == "Ridgeway Mirror"


@pytest.mark.parametrize(("lead", "outlet"), [
    ("12 March 2024; RVN: The council voted", "RVN"),
    ("Ridgeway, Lakeland, Markets in Lakeland — The council voted", "Markets in Lakeland"),
])
def test_a_lead_credit_after_a_date_or_a_dateline_place_is_read(tmp_path: Path, lead: str, outlet: str) -> None:
    text = "Water restrictions extended\n\n" + STORY.replace("The council voted", lead, 1)
    assert (outlet, "opening") in [(c.name, c.cue) for c in openings(page_article(tmp_path, text))]


@pytest.mark.parametrize("lead", ["FILE: The council voted", "PIC: The council voted"])
def test_a_caption_label_opening_the_lead_credits_no_outlet(tmp_path: Path, lead: str) -> None:
    text = "Water restrictions extended\n\n" + STORY.replace("The council voted", lead, 1)
    assert not [c for c in openings(page_article(tmp_path, text)) if c.cue == "opening"]


def test_a_bracketed_chinese_credit_with_its_date_opening_the_lead_is_read(tmp_path: Path) -> None:
    text = ("企业发布半年报\n\n【湖滨社,10月2日讯】湖滨集团股份有限公司消息,其上半年智能设备类产品营业收入"
            "同比增长百分之十二,毛利率有所提高,公司表示将继续加大研发投入。\n\n公司表示下半年订单充足。\n")
    assert ("湖滨社", "opening") in [(c.name, c.cue) for c in openings(page_article(tmp_path, text))]


@pytest.mark.parametrize(("line", "holder"), [
    ("Ridgeway Ledger ©2009", "Ridgeway Ledger"),
    ("Ridgeway Ledger (c) 2009-2024. All rights reserved.", "Ridgeway Ledger"),
    ("2014-05-20Copyright ©1999-2018", None),
    ("Photo © 2024", None),
])
def test_a_name_before_the_mark_and_its_years_holds_the_notice(line: str, holder: str | None) -> None:
    assert notice_holder(line) == holder


@pytest.mark.parametrize(("line", "outlet"), [
    ("RidgewayPost APP Available Now!", "RidgewayPost"),
    ("要看最快最熱資訊,請來Follow我們 《湖濱日報》WhatsApp Channel.", "湖濱日報"),
])
def test_a_prompt_for_the_site_app_or_channel_names_the_site(line: str, outlet: str) -> None:
    assert promo_outlets([line]) == [outlet]


@pytest.mark.parametrize("verb", ["has suggested", "urged", "has called for"])
def test_a_headline_speaker_in_any_tense_is_no_site(tmp_path: Path, verb: str) -> None:
    text = ("Water should be free for pensioners – LWAG\n\n"
            f"The Lakeview Water Action Group (LWAG) {verb} that the council's water tariff should exempt pensioners "
            "on low incomes.\n\nMs Ada Obi, the convener of LWAG, said many pensioners could not pay their bills.\n")
    assert headline_speaker("LWAG", page_article(tmp_path, text))
    assert not headline_speaker("LWAG", page_article(tmp_path, text.replace(verb, "was formed in 2019 and")))
