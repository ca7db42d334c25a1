"""Title kinds of round 30: site furniture, a date or dateline, a byline, a picture's label or caption, a
kicker label and a numbered part are never taken for the headline, and a page that prints none gets none; a
headline is found by what stands next to it (a dateline paragraph under it, its date line, its signature) and
kept over a standfirst printed twice.

Made-up pages in each kind's form, through :func:`briefkit.extract.extract_article` and the head-line scorer."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import COUNCIL_STORY as BODY
from tests.conftest import extracted
from tests.conftest import found_title as _title

from briefkit.content.model import Brief
from briefkit.extract import headlines, titleshapes

HEADLINE = "County budget keeps property taxes flat"


def _extract(tmp_path: Path, text: str) -> tuple[Brief, list[str]]:
    return extracted(tmp_path, text, "page.txt")


def _pick(lines: list[str], body: str = BODY) -> str | None:
    picked = headlines.pick_title(lines, None, [False] * len(lines), [False] * len(lines), [], body)
    return None if picked is None else picked.value


def test_an_archive_or_feed_label_is_no_headline() -> None:
    for label in ("Tag Archives: Valley County", "Category Archives: Local", "Channel: VALLEY NEWS – Valley Courier",
                  "Posts tagged budget"):
        assert _pick([label]) is None, label
        assert _pick([label, HEADLINE, "March 3, 2024"]) == HEADLINE, label


def test_a_feed_labels_site_suffix_still_names_the_site(tmp_path: Path) -> None:
    assert titleshapes.label_site(["Channel: VALLEY NEWS – Valley Courier"]) == "Valley Courier"
    assert titleshapes.label_site([HEADLINE]) is None


def test_a_pitch_a_site_notice_or_a_motto_is_no_headline(tmp_path: Path) -> None:
    for line in ("Support quality, independent, local journalism…that matters",
                 "We’re building a new ValleyCounty.org.",
                 "Serving proudly since 1889 as the valley's oldest newspaper",
                 "Viewing all 1204 articles"):
        assert _title(tmp_path, f"{line}\n\n{BODY}") is None, line


def test_a_date_in_words_or_a_dateline_alone_is_no_headline(tmp_path: Path) -> None:
    for line in ("Friday, 20, September, 2024", "SPRINGVALE, Ruritania, May 4"):
        assert _title(tmp_path, f"{line}\n\n{BODY}") is None, line
    assert _pick(["May 4 rally draws record crowd to the valley"]) == "May 4 rally draws record crowd to the valley"


def test_a_from_byline_is_no_headline_but_a_from_headline_is(tmp_path: Path) -> None:
    assert _title(tmp_path, f"From John Mensah, Springvale\n\n{BODY}") is None
    assert _pick(["From Farm To Fork: the county's new food plan"]) == "From Farm To Fork: the county's new food plan"


def test_a_contact_or_hours_field_is_no_headline(tmp_path: Path) -> None:
    text = f"Opening Times: 9.00am - 2.40pm\n\nTelephone: +44 (0)20 7946 0000\n\n# {HEADLINE}\n\n{BODY}"
    assert _title(tmp_path, text) == HEADLINE
    assert _pick(["Valley inflation: 21.91%", "March 3, 2024"]) == "Valley inflation: 21.91%"


def test_a_pictures_label_or_a_caption_closing_on_its_courtesy_is_no_headline(tmp_path: Path) -> None:
    caption = ("County Hall. The council has raised the budget by 4 percent to $12 million, effective 1st July "
               "2024. Courtesy")
    assert _title(tmp_path, f"{caption}\n\n{BODY}") is None
    assert _title(tmp_path, f"(相关资料图)\n\n{BODY}") is None


def test_a_captions_figures_still_count_where_it_is_no_headline(tmp_path: Path) -> None:
    caption = "County Hall. The council has cut the fuel levy by 3 percentage points, effective 1st July 2024. Courtesy"
    brief, _ = _extract(tmp_path, f"{caption}\n\n{BODY}")
    assert any(f.value == 3 and f.unit == "percentage points" for f in brief.figures)


def test_a_singular_letter_kicker_leaves_the_headline_under_it(tmp_path: Path) -> None:
    text = f"Letter to the Editor\n\nSave the valley library\n\n{BODY}"
    assert _title(tmp_path, text) == "Save the valley library"


def test_a_question_over_its_signature_is_the_headline_under_furniture(tmp_path: Path) -> None:
    text = (f"LETTERS TO THE EDITOR\n\nHow do our county's property taxes compare?\n\nMary Olsen, Springvale\n\n"
            f"{BODY}")
    assert _title(tmp_path, text) == "How do our county's property taxes compare?"


def test_a_numbered_part_or_a_contents_entry_is_no_headline() -> None:
    assert _pick(["目 录", "案例1 甲公司诉某县市场监管局罚款案", "案例2 乙公司诉某县市场监管局罚款案"],
                 "本文汇编了市场监管领域的典型案例。甲公司诉某县市场监管局罚款案的基本案情如下。") is None
    assert _pick(["Case 1: a trader fined for false labels", "Case 2: a mill fined for a price cartel"]) is None


def test_a_dash_run_keyword_list_is_no_headline(tmp_path: Path) -> None:
    spam = "在线播放精品资源-资源天堂在线观看-高清资源一区二区-久久精品综合在线"
    text = f"{spam}\n\n县城自来水价格听证会举行\n\n来源:县自来水公司 发布时间:2016/3/3\n\n" \
           "3月3日上午,县里举行了自来水调价听证会,居民生活用水价格拟由每吨1.16元调整到1.64元。\n"
    assert _title(tmp_path, text) == "县城自来水价格听证会举行"
    assert _pick([spam], "县里举行了自来水调价听证会。") is None


def test_the_block_over_a_dateline_paragraph_is_the_headline(tmp_path: Path) -> None:
    text = ("We’re building a new ValleyCounty.org.\n\nPress centre\n\n"
            "County executive first official to visit the flooded valley since the spring elections\n\n"
            "SPRINGVALE, 29 February 2008 - The county executive today toured the flooded valley and promised "
            "$2 million in repairs.\n\nResidents said the repairs were long overdue.\n")
    assert _title(tmp_path, text) == \
        "County executive first official to visit the flooded valley since the spring elections"


def test_a_headline_printed_under_a_short_story_over_its_date_line(tmp_path: Path) -> None:
    text = (f"{BODY}\nThe vote is set for next week.\n\n{HEADLINE}\n\n"
            "Staff | Published: January 07, 2012 00:00:00\n\nShare if you like\n")
    assert _title(tmp_path, text) == HEADLINE


def test_a_headline_over_a_standfirst_printed_twice() -> None:
    lines = ["Valley Former Mayor: Budget squeeze not over yet", "Valley has room to grow", "Valley has room to grow",
             "14:40 | Springvale, Sep. 30."]
    body = "The budget squeeze is not over, the former mayor said. The valley must keep its budget in check."
    assert _pick(lines, body) == "Valley Former Mayor: Budget squeeze not over yet"


def test_a_headline_opening_on_a_menu_word_joined_by_a_hyphen_is_a_headline(tmp_path: Path) -> None:
    text = f"News-Courier addresses the county board about its budget\n\n{BODY}"
    assert _title(tmp_path, text) == "News-Courier addresses the county board about its budget"


def test_a_headline_the_copy_ran_twice_on_one_line_is_read_once(tmp_path: Path) -> None:
    doubled = f"{HEADLINE} - What changes for homeowners {HEADLINE} - What changes for homeowners"
    text = f"Valley Courier\n\n{doubled}\n\n06 June 2025, 11:00 PM\n\n{BODY}"
    assert _title(tmp_path, text) == f"{HEADLINE} - What changes for homeowners"


def test_a_caption_with_its_agency_credit_glued_on_is_no_headline(tmp_path: Path) -> None:
    caption = "New tractors of the county's road crew wait outside the depot in SpringvaleThomson Reuters"
    assert _title(tmp_path, f"{caption}\n\n{BODY}") is None


def test_a_browsers_pitch_and_a_contact_block_are_no_headline(tmp_path: Path) -> None:
    text = ("Use the latest browser\n\nGet speed, security and privacy with Microsoft Edge\n\nContact Us\n\n"
            "info@county.example - General Enquiries\n\n(555) 427-4074 - Accounts\n\n"
            f"{HEADLINE}\n\n{BODY}")
    assert _title(tmp_path, text) in (HEADLINE, None)
    assert _pick(["Get speed, security and privacy with Microsoft Edge"]) is None
    assert _pick(["(555) 427-4074 - Accounts", "info@county.example - General Enquiries"]) is None


ZH_BODY = "新华社广州10月31日电 31日,2017年世界城市日全球主场活动在广州开幕,主题是城市治理与开放创新。"


def test_a_chinese_headline_with_a_latin_acronym_is_no_capitals_label() -> None:
    lines = ["澳门CPI7月同比上升5.96%", "2011-08-22 16:09 来源:中国新闻网"]
    assert _pick(lines, "澳门统计暨普查局数据显示,今年7月综合消费物价指数同比上升5.96%。") == "澳门CPI7月同比上升5.96%"
    assert _pick(["CFI.CN 中财网"]) is None


def test_a_chinese_subtitle_under_its_main_headline_is_left_out() -> None:
    lines = ["2017年世界城市日在广州开幕", "聚焦城市治理新模式", "2017-11-01 07:47 来源: 新华社"]
    assert _pick(lines, ZH_BODY) == "2017年世界城市日在广州开幕"


def test_a_short_chinese_kicker_is_joined_to_the_main_headline_under_it() -> None:
    lines = ["彭州媒体奖", "县融媒体中心连获两项大奖"]
    body = "县融媒体中心连获两项大奖,荣获彭州媒体奖冠军及最佳新闻奖。"
    assert _pick(lines, body) == "彭州媒体奖 县融媒体中心连获两项大奖"
    # a reporter's line under a short headline is its byline, never its main headline
    picked = headlines.pick_title(["财政预算", "本报记者王明", "2024-01-02"], None, [False] * 3,
                                  [False, True, False], [], "财政预算的内容。")
    assert picked is not None and picked.value == "财政预算"


def test_a_run_of_bulleted_teasers_is_no_headline_however_long_its_items() -> None:
    lines = ["- Market report: a storm of disappointing results keeps investors cautious",
             "- Investing in the valley – more than just a conference",
             "- An interview with the county's chief investment officer on the new budget"]
    assert _pick(lines) is None


def test_a_report_covers_issue_date_is_no_part_of_its_title_in_capitals() -> None:
    body = "This paper asks how the county should use its carbon tax revenues over the coming decade."
    cover = "HOW THE COUNTY SHOULD USE ITS CARBON TAX REVENUES"
    assert _pick([f"{cover} February 2016"], body) == cover
    dated = "County budget for February 2016 keeps taxes flat"
    assert _pick([dated]) == dated


def test_a_pictures_file_name_or_a_captions_label_over_whom_it_shows_is_no_headline(tmp_path: Path) -> None:
    text = f"Mary Olsen----use\n\nNEW BUDGET: Finance Chair Mary Olsen\n\n{BODY}"
    assert _title(tmp_path, text) is None
    assert _pick(["county-budget-day.jpg"]) is None
    assert _pick(["BREAKING: County budget keeps taxes flat"]) == "County budget keeps taxes flat"


def test_headlines_near_these_kinds_stay_headlines() -> None:
    for line in ("Town's only newspaper closes after 150 years", "Support for local journalism grows in the valley"):
        assert _pick([line, "March 3, 2024"]) == line, line
    assert _pick(["G7 leaders meet over the budget", "March 3, 2024", "G20 ministers gather in the valley"]) \
        == "G7 leaders meet over the budget"


def test_a_row_of_links_is_no_headline_but_a_headline_with_one_such_verb_is() -> None:
    assert _pick(["Browse latest View live"]) is None
    assert _pick(["Print Email Share"]) is None
    assert _pick(["View from the valley: the budget at a glance", "March 3, 2024"]) == \
        "View from the valley: the budget at a glance"
