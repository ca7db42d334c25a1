"""Title kinds that recur across sites (issue 12, fx-title): picks no headline looks like, the rules' pick
weighed against the line labeller, a medium tag, the month cue, the shared word count and interface words.

Made-up pages in each kind's form, read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import found_title as _title

from briefkit.content.model import Brief
from briefkit.extract import extract_article
from briefkit.extract.boilerplate import is_boilerplate
from briefkit.extract.linefeatures import line_features
from briefkit.extract.titlecombine import headline_shaped, no_headline
from briefkit.extract.titlefurniture import is_menu_word
from briefkit.extract.wordcount import word_count

BODY = ("The port authority said freight volumes at the harbour rose 12% in February, the third monthly rise "
        "in a row, as container traffic recovered.\n\n"
        "Port officials said the harbour expects freight volumes to keep rising through the spring, and that "
        "two new cranes would be working by June.\n")
BODY_ZH = ("港务局表示,今年二月港口货物吞吐量增长12%,集装箱运输持续恢复,这是连续第三个月增长。\n\n"
           "港务局官员表示,预计港口货物吞吐量在春季将继续增长,两台新吊机将于六月投入使用。\n")


def _meta(tmp_path: Path, text: str) -> tuple[Brief, list[str]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return extract_article(page)


def test_a_chinese_lede_sentence_is_no_title(tmp_path: Path) -> None:
    # a portal page printing its first paragraph twice (teaser, then story): a sentence closed by 。 heads nothing
    lede = "3月5日上午,港口二期项目开工活动在滨海大道成功举办,共有十个项目集中签约。"
    page = f"发布时间:\n来源:滨海网\n\n{lede}\n\n{lede}\n\n{BODY_ZH}"
    assert _title(tmp_path, page) != lede


def test_a_line_leading_into_a_quote_is_no_title(tmp_path: Path) -> None:
    # a press statement opening on "Commenting on …, NAME said:" and then the quote
    lead = "Commenting on the harbour figures published today, Jane Porter, head of policy at Harbour Watch, said:"
    page = f"{lead}\n\n\"Freight volumes rose 12% in February, and the rise is welcome news for the port.\"\n\n{BODY}"
    assert _title(tmp_path, page) != lead


def test_a_photo_label_is_no_title(tmp_path: Path) -> None:
    page = f"(资料图片)\n\n3月5日,滨海港口集装箱码头。李明 摄\n\n{BODY_ZH}"
    assert _title(tmp_path, page) != "(资料图片)"


def test_a_caption_closed_by_an_agency_credit_is_no_title(tmp_path: Path) -> None:
    caption = "A crane operator loads containers at the harbour in Springfield. — Reuters"
    assert _title(tmp_path, f"{caption}\n\n{BODY}") not in {caption, caption.removesuffix(" — Reuters")}


def test_a_medium_tag_is_no_part_of_the_title(tmp_path: Path) -> None:
    page = f"Harbour freight volumes climb for a third month [Video]\n\nMarch 5, 2024\n\n{BODY}"
    assert _title(tmp_path, page) == "Harbour freight volumes climb for a third month"


def test_a_given_name_is_no_month() -> None:
    # "Jane" read as "Jan" told the labeller a byline was a date line
    assert not line_features("By Jane Smith")["month"]
    assert line_features("Jan. 5, 2024")["month"] and line_features("5 September 2024")["month"]
    assert not line_features("Marine traffic rises")["month"]


def test_one_word_count_for_both_scripts() -> None:
    assert word_count("Port volumes climb") == 3
    assert word_count("港口货物吞吐量增长") == 1 + 4  # one run, and a word for every two characters


def test_one_list_of_interface_words_serves_every_check() -> None:
    # an account prompt: a menu word alone, never a headline, and boilerplate as a sentence
    assert is_menu_word("Subscribe")
    assert not headline_shaped("No Thanks Subscribe")
    assert is_boilerplate("Subscribe to our newsletter for the latest harbour news")
    assert is_menu_word("Follow us:") and is_boilerplate("Follow us on the harbour's channels")


def test_a_section_name_over_the_headline_is_no_title(tmp_path: Path) -> None:
    page = f"Letters to the Editor\n\nTheir cranes, our taxes\n\n{BODY}\nJim Porter\n"
    assert _title(tmp_path, page) == "Their cranes, our taxes"


def test_a_browser_warning_is_no_title(tmp_path: Path) -> None:
    warning = "您的瀏覽器不支援JavaScript功能,若網頁功能無法正常使用時,請開啟瀏覽器JavaScript狀態"
    assert _title(tmp_path, f"{warning}\n\n{BODY_ZH}") != warning


def test_a_speech_salutation_is_no_title(tmp_path: Path) -> None:
    page = f"Check against delivery\n\nMr Speaker,\n\n{BODY}"
    assert _title(tmp_path, page) not in {"Mr Speaker,", "Check against delivery"}


def test_an_inverted_attribution_keeps_the_speaker_in_the_title(tmp_path: Path) -> None:
    title = "Harbour freight climbs for a third month — HPA"
    body = ("SPRINGFIELD, March 5 — Freight volumes at the harbour rose 12% in February, the third monthly rise in "
            "a row, said the Harbour Port Authority (HPA).\n\nThe authority expects volumes to keep rising.\n")
    assert _title(tmp_path, f"{title}\n\n{body}") == title


def _date(tmp_path: Path, text: str) -> str | None:
    brief, _ = _meta(tmp_path, text)
    return brief.meta.date.isoformat() if brief.meta.date else None


def test_a_dotted_month_first_date_under_the_title(tmp_path: Path) -> None:
    page = f"Media Releases\n\nHarbour freight climbs for a third month\n\n08.20.2009\n\n{BODY}"
    assert _date(tmp_path, page) == "2009-08-20"


def test_a_publish_date_note_beats_a_date_widget_over_the_headline(tmp_path: Path) -> None:
    page = (f"Friday, January 16th, 2026\nHarbour freight climbs for a third month\n\n{BODY}\n"
            "Publish Date : 27 May 2021 20:16 PM\n")
    assert _date(tmp_path, page) == "2021-05-27"


def test_a_story_saying_when_it_was_first_published(tmp_path: Path) -> None:
    page = (f"Harbour freight climbs for a third month\n\n{BODY}\nThis column by Jane Porter was originally published "
            "in the Harbour Gazette, June 7, 2018 and is reprinted here.\n")
    assert _date(tmp_path, page) == "2018-06-07"


def test_a_minguo_year_on_a_taiwanese_page(tmp_path: Path) -> None:
    page = f"港口貨運連續三個月成長\n發布日期:114-07-03\n發布單位:港務局\n\n{BODY_ZH}"
    assert _date(tmp_path, page) == "2025-07-03"


def test_the_stamp_of_a_pages_last_change_is_no_title(tmp_path: Path) -> None:
    # a weekly's letter page: the change stamp, the paper's letters policy, then the letter's own heading
    stamp = "• Last modified 12 days ago (Sept. 20, 2018)"
    policy = ("The newspaper welcomes brief letters that express an opinion on a current topic, and letters must "
              "be signed by the writer with a telephone number for checking.")
    page = f"{stamp}\n\n{policy}\n\nFreight figures raise more questions\n\nTo the editor:\n\n{BODY}"
    assert _title(tmp_path, page) != stamp
    assert no_headline(stamp) and no_headline("Last updated 5 March 2021, 10:30")
    assert not no_headline("Revised harbour budget passes after long debate")


def test_a_desks_credit_run_onto_the_headline_is_no_part_of_it(tmp_path: Path) -> None:
    headline = "Harbour freight climbs for a third month"
    title = _title(tmp_path, f"{headline} By the Harbour Gazette staff\n\nMarch 5, 2021\n\n{BODY}")
    assert title == headline


def test_a_counter_widgets_label_and_number_is_no_title(tmp_path: Path) -> None:
    # a site's running counter over the story, each figure on its own line
    widget = "Confirmed: 107,092,208\n\nActive: 25,643,949\n\nRecovered: 79,109,792\n\n"
    assert _title(tmp_path, f"Counter Updates\n\n{widget}{BODY}") != "Confirmed: 107,092,208"
    assert no_headline("Confirmed: 107,092,208") and no_headline("确诊: 1,024")
    assert not no_headline("Budget 2024: five things to know")
