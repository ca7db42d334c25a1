"""Kinds of figure miss that recur across batches written on different sites (issue 12, the blind set's gap):
counts written as words, link texts of other stories after the story, a currency the page's country names, a
percentage before a colon, and the drafted labels of Chinese figures.

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

HEAD = "A made-up page for one kind of figure\n\n"


def _figures(tmp_path: Path, body: str) -> list[tuple[float, str | None]]:
    brief = drafted(tmp_path, HEAD + body + "\n")
    return [(f.value, f.unit) for f in brief.figures]


def _values(tmp_path: Path, body: str) -> set[float]:
    return {value for value, _ in _figures(tmp_path, body)}


@pytest.mark.parametrize(("body", "value"), [
    ("Deputies made another seven arrests at the weekend, the sheriff's office said in a statement.", 7),
    ("Officers closed fifteen warrants during the operation, which ran across the county.", 15),
    ("Eight hospital researchers joined the project, which the university funds for a year.", 8),
    ("The regulator sent its objections to two energy suppliers and a consultancy on Tuesday.", 2),
    ("Voters in four states will decide on higher wages in November, organisers said.", 4),
    ("The council plans to merge three rural districts before the next election, officials said.", 3),
])
def test_a_count_in_words_before_its_noun_is_a_figure(tmp_path: Path, body: str, value: float) -> None:
    # "seven arrests" counts arrests as "7 arrests" does: the same figure, written out
    assert (float(value), None) in [(v, None) for v, _ in _figures(tmp_path, body)]


@pytest.mark.parametrize(("body", "absent"), [
    # a set the story already named, a frequency, a vague pair, a figure of speech, a rank's set, an item's name
    ("Trade between the two countries rose after five new ministers were sworn in, the ministry said.", 2),
    ("The committee meets every two weeks and has hired five new inspectors, the council said.", 2),
    ("One or two people complained after five new inspectors were hired, the firm said.", 2),
    ("There are three reasons why five new inspectors were hired, the chief executive said.", 3),
    ("Exports to its top three trading partners rose after five new factories opened, the ministry said.", 3),
    ("Argument two shows why five new inspectors were hired, the report said.", 2),
    ("The club won the title two seasons ago and has hired five new coaches, it said.", 2),
])
def test_count_words_that_count_nothing_new_are_no_figures(tmp_path: Path, body: str, absent: float) -> None:
    values = _values(tmp_path, body)
    assert 5.0 in values  # "five new inspectors": the count the sentence reports
    assert float(absent) not in values


def test_link_texts_after_the_story_give_no_figures(tmp_path: Path) -> None:
    # a box of other stories the page kept without its heading: one line each, no closing full stop
    body = ("The city council approved a budget of $12.5 million on Monday, officials said.\n\n"
            "Property taxes will rise by 2.4% for the average homeowner, the mayor said.\n\n"
            "Water rates will go up by 3% from July, the council said.\n\n"
            "Flooding closes 14 roads across the north of the state\n\n"
            "Police arrest 23 people after a protest outside parliament\n\n"
            "A senior official faces an inquiry over 400 missing files…\n\n"
            "Storm cuts power to 9,000 homes across the valley\n")
    values = _values(tmp_path, body)
    assert {12.5e6, 2.4, 3.0} <= values
    assert not values & {14.0, 23.0, 400.0, 9000.0}


def test_a_list_without_marks_after_the_story_keeps_its_figures(tmp_path: Path) -> None:
    # the items of a budget's list open on their figures: the story's own, however unpunctuated (and the box of
    # links after them is still no part of the story)
    body = ("The council approved its budget on Monday. It includes the following items.\n\n"
            "The plan was agreed after three hearings, the mayor said.\n\n"
            "$220,000 for building maintenance\n\n"
            "$1.3 million for equipment replacement\n\n"
            "10% increase for the medical insurance fund\n\n"
            "The budget takes effect on July 1, the city manager said.\n\n"
            "Police arrest 23 people after a protest outside parliament\n\n"
            "A senior official faces an inquiry over 400 missing files…\n\n"
            "Storm cuts power to 9,000 homes across the valley\n")
    values = _values(tmp_path, body)
    assert {220000.0, 1.3e6, 10.0} <= values
    assert not values & {23.0, 400.0, 9000.0}


@pytest.mark.parametrize(("body", "present", "absent"), [
    ("Finance Minister Ann Bell defended the plan on Friday. Spending rises by 4% next year.\n\n"
     "Debt falls to 80% of output by 2027, the minister said.\n\nMore to follow...\n\n"
     "The court gave Khan two weeks to appear, and fined him $40,000, the registrar said.\n", 4.0, {2.0, 40000.0}),
    ("Fuel prices rise by 5% on Wednesday, the energy fund said. Diesel rises by 3%.\n\n"
     "In other news – Singer claims to have been single for over 4 years\n", 5.0, {4.0}),
])
def test_what_follows_the_story_s_end_is_another_story(tmp_path: Path, body: str, present: float,
                                                        absent: set[float]) -> None:
    values = _values(tmp_path, body)
    assert present in values
    assert not values & absent


@pytest.mark.parametrize(("body", "value", "unit"), [
    # a Malaysian Chinese page writes 元 for the ringgit: the page's country decides
    ("(吉隆坡讯)马来西亚财政部长指出,政府今年拨出3225亿令吉的开销。财长说,拨3225亿元的预算是我国史上最高开销,"
     "其中发展开销占690亿元。", 69e9, "MYR"),
    # glued cents with a price's unit, the rand's on a South African page
    ("Motorists in Gauteng will pay more from Wednesday. Petrol will go up by 81c a litre, the Central Energy "
     "Fund in Johannesburg said, while the rand weakened.", 0.81, "ZAR"),
    ("Petrol will go up by 11c/l from Wednesday, the American Automobile Association in Washington said.", 0.11,
     "USD"),
])
def test_a_shared_currency_sign_takes_the_page_s_country(tmp_path: Path, body: str, value: float,
                                                         unit: str) -> None:
    assert any(abs(v - value) < 1e-6 and u == unit for v, u in _figures(tmp_path, body))


@pytest.mark.parametrize(("body", "absent"), [
    ("Both 95 and 93 octane petrol will rise by 3% on Wednesday, the energy fund said.", 95),
    ("The price of 93 octane petrol rises by 3% on Wednesday, the energy fund said.", 93),
])
def test_a_step_of_a_scale_is_no_figure(tmp_path: Path, body: str, absent: float) -> None:
    assert float(absent) not in _values(tmp_path, body)


_PARTICLES = ("的", "以及", "及", "和", "与", "與", "为", "為", "以", "在", "约", "約", "达", "達")


@pytest.mark.parametrize(("body", "value", "names"), [
    # a verb of change alone says nothing: what changed is the clause before's subject
    ("今年前三季度,全市外贸进出口总值4584.5亿元。其中,出口3098.5亿元,增长15.4%;进口1486.9亿元,增长14.7%。",
     14.7, "进口"),
    ("据初步统计,今年全省粮食总产量达到5712万吨,比去年增产247万吨,增长4.5%,创历史新高。", 4.5, "粮食总产量"),
    # a label never opens on a particle or a comparison's frame
    ("统计显示,全市旅游收入达到120亿元,与2023年同期相比增长12.1%,游客人数再创新高。", 12.1, "旅游收入"),
])
def test_a_chinese_label_names_what_changed(tmp_path: Path, body: str, value: float, names: str) -> None:
    brief = drafted(tmp_path, "一个关于数字的测试页面\n\n" + body + "\n")
    labels = [f.label for f in brief.figures if abs(f.value - value) < 1e-6]
    assert labels and all(names in label for label in labels)
    assert not any(label.startswith(_PARTICLES) for label in labels)


@pytest.mark.parametrize(("body", "value", "unit"), [
    # a percentage before a headline's colon is still a percentage ("8:30" stays a time)
    ("马来西亚电信公司收入下降 8.7%:分析师正在重新审视他们的模型。", 8.7, "%"),
    ("Profits fall 12.5%: the board blames the weather, and sales fell by 3% in May.", 12.5, "%"),
    # a sign garbled by a page read in the wrong encoding keeps its currency
    ("In October the president vowed to provide farmers with ÂŁ890 million in bank loans.", 890e6, "GBP"),
    ("The government set aside Â£4 billion for the scheme, the Treasury said.", 4e9, "GBP"),
    # "pounds of copper" weighs a material, however large the number
    ("The mine produced 23.1-million pounds of copper in the quarter, up by 13%.", 23.1e6, "lb"),
])
def test_a_figure_keeps_its_unit_class(tmp_path: Path, body: str, value: float, unit: str) -> None:
    assert any(abs(v - value) < 1e-6 and u == unit for v, u in _figures(tmp_path, body))


@pytest.mark.parametrize(("body", "absent"), [
    # "20年前" places the paper's founding in time; "过去5年" is the span a summary covers
    ("20年前,这家报纸在上海创刊,如今日均发行量达到35万份。", 20),
    ("财政司长表示,这份预算案总结过去5年的工作,今年赤字约为1000亿元。", 5),
])
def test_a_point_in_time_in_chinese_is_no_figure(tmp_path: Path, body: str, absent: float) -> None:
    assert float(absent) not in _values(tmp_path, body)


def test_headlines_listed_before_the_title_s_own_place_give_no_figures(tmp_path: Path) -> None:
    # a live page lists its headlines (the story's among them) as links, then prints the story under its title
    page = ("Budget Live\n\nCouncil meeting set for June 6\n\nRs170bn mini budget proposed for next year\n\n"
            "Higher education may get Rs45bn in next year's budget\n\nDar lambasts analysts over default rumours\n\n"
            "Council meeting set for June 6\n\n"
            "A meeting of the National Economic Council has been convened for June 6, officials said. It is likely "
            "to approve a development plan of Rs950 billion for the next financial year.\n")
    values = {f.value for f in drafted(tmp_path, page).figures}
    assert 950e9 in values
    assert not values & {170e9, 45e9}


def test_a_count_takes_no_other_number_s_phrase_as_its_unit(tmp_path: Path) -> None:
    # "813 five years ago": the years place the count in time, they are not what it counts
    brief = drafted(tmp_path, HEAD + "Enrolment at the school was 813 five years ago and is 640 now, the board said.\n")
    units = {f.unit for f in brief.figures if f.value == 813}
    assert units and not any(u and "year" in u for u in units)
