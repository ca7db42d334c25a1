"""Kinds of figure miss on pages nobody tuned on (stop 29): Chinese ages, counts written with a small Chinese
numeral and a measure word, Chinese clauses that open on a figure after an ASCII comma, the span a Chinese
total is counted over, labels that open on a conjunction and labels that cut the number out of a name.

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

HEAD = "A made-up page for one kind of figure\n\n"
ZH_HEAD = "一个虚构的页面\n\n"


def _figures(tmp_path: Path, body: str, head: str = HEAD) -> list[tuple[float, str | None, str]]:
    brief = drafted(tmp_path, head + body + "\n")
    return [(round(f.value, 6), f.unit, f.label) for f in brief.figures]


def _values(tmp_path: Path, body: str, head: str = HEAD) -> list[float]:
    return [value for value, _, _ in _figures(tmp_path, body, head)]


@pytest.mark.parametrize("body", [
    "本次调查覆盖全省25至59岁的居民，其中女性占比为52%。",
    "調查對象為18到64歲的民眾，受訪者中有六成表示支持新政策。",
    "全市60岁以上老人达到120万人，占总人口的21%。",
])
def test_chinese_ages_are_no_figures(tmp_path: Path, body: str) -> None:
    figures = _figures(tmp_path, body, ZH_HEAD)
    assert not {25.0, 59.0, 18.0, 64.0, 60.0} & {value for value, unit, _ in figures if unit != "%"}
    assert figures  # the sentence's own figures stay


def test_a_chinese_label_loses_the_conjunction_it_opens_on(tmp_path: Path) -> None:
    labels = [label for _, unit, label in _figures(tmp_path, "该县共有居民12万人，但其中农村人口占比为43%。", ZH_HEAD)
              if unit == "%"]
    assert labels and not labels[0].startswith(("但", "其中"))


@pytest.mark.parametrize(("body", "figure"), [
    ("法院宣判一起非法拘禁案，来自外地的十名被告人被判有罪，其余九人被判缓刑。", (10.0, "名")),
    ("法院宣判一起非法拘禁案，来自外地的十名被告人被判有罪，其余九人被判缓刑。", (9.0, "人")),
    ("该区检察院去年办理了至少六起类似案件。", (6.0, "起")),
    ("環保部門上月公告三項新規，要求企業申報排放量。", (3.0, "項")),
    ("全省共有二十三家企业入选示范名单。", (23.0, "家")),
    ("政府先后推出了兩輪紓困措施，支持中小企業渡過難關。", (2.0, "輪")),
])
def test_a_small_chinese_numeral_before_a_measure_word_counts(tmp_path: Path, body: str,
                                                              figure: tuple[float, str]) -> None:
    assert figure in [(v, u) for v, u, _ in _figures(tmp_path, body, ZH_HEAD)]


@pytest.mark.parametrize("body", [
    "研究团队将创新划分为发起、实施、应用和考核四个环节，并逐一评估。",  # the count of a list just named
    "会议要求各地围绕这三个环节推进改革。",  # a set a demonstrative points back to
    "会议提出加快建设“五个中心”，推动高质量发展。",  # a slogan's name in quotation marks
    "发言人用四个关键词概括了当前的经济形势。",  # a noun of speech, as "four reasons"
    "这是一个重要的机遇，双方将一起努力，两个月后再次会谈。",  # 一 is no count, 两个月 a length of time
])
def test_chinese_numerals_that_count_no_quantity(tmp_path: Path, body: str) -> None:
    assert not [v for v in _values(tmp_path, body, ZH_HEAD) if v in {2.0, 3.0, 4.0, 5.0}]


def test_a_chinese_clause_after_an_ascii_comma_opens_on_its_figure(tmp_path: Path) -> None:
    values = _values(tmp_path, "事故造成3人受伤(其中1人为本地居民,2人为外地游客),警方已介入调查。", ZH_HEAD)
    assert {3.0, 1.0, 2.0} <= set(values)


def test_the_span_a_chinese_total_is_counted_over_is_no_figure(tmp_path: Path) -> None:
    values = _values(tmp_path, "报告显示,全市经济稳步增长,5年增量超过3000亿元,相当于再造一个中等城市。", ZH_HEAD)
    assert 3e11 in values and 5.0 not in values


@pytest.mark.parametrize(("body", "words"), [
    ("The Class of 2024 graduated with 300 students.", "Class of 2024"),
    ("Expo 2020 Dubai welcomed 24 million visits.", "Expo 2020 Dubai"),
])
def test_a_label_keeps_the_number_of_a_name(tmp_path: Path, body: str, words: str) -> None:
    labels = [label for _, _, label in _figures(tmp_path, body)]
    assert labels and words in labels[0]


@pytest.mark.parametrize(("body", "figure"), [
    ("The inquiry was led by a team of 12 and reported in May.", (12.0, "members")),
    ("The report was written by a panel of five and published on Monday.", (5.0, "members")),
])
def test_a_group_size_without_a_noun_counts_its_members(tmp_path: Path, body: str, figure: tuple[float, str]) -> None:
    assert figure in [(v, u) for v, u, _ in _figures(tmp_path, body)]


def test_a_tally_among_a_body_is_two_counts_not_a_share(tmp_path: Path) -> None:
    figures = _figures(tmp_path, "The rate was kept on hold and five out of six members voted for the decision.")
    assert (5.0, "members") in [(v, u) for v, u, _ in figures] and (6.0, "members") in [(v, u) for v, u, _ in figures]
    assert "%" not in [u for _, u, _ in figures]
    shares = _figures(tmp_path, "Nine out of 10 food banks said demand had risen since the spring.")
    assert (90.0, "%") in [(v, u) for v, u, _ in shares]  # a base of ten is a share


def test_the_whole_of_a_tally_in_words_counts(tmp_path: Path) -> None:
    values = _values(tmp_path, "Four of the five commissioners agreed that customers could not afford the increase.")
    assert {4.0, 5.0} <= set(values)
    assert 2.0 not in _values(tmp_path, "The two countries signed a trade deal on Tuesday.")


def test_a_figure_whose_clause_is_a_date_takes_the_clause_before(tmp_path: Path) -> None:
    labels = [label for _, _, label in _figures(tmp_path, "Net loss for the year ended December 31, 2021 was $4.5 "
                                                          "million, the company said.")]
    assert labels and labels[0].startswith("Net loss")


def test_a_one_character_chinese_label_gives_way(tmp_path: Path) -> None:
    labels = [label for _, _, label in _figures(tmp_path, "报告显示,月收入较高的用户增长最快,达16.6%。", ZH_HEAD)]
    assert labels and len(labels[0]) > 1


@pytest.mark.parametrize("body", [
    "市民可拨打12345政务服务热线反映问题，全年共受理诉求120万件。",  # a hotline's number
    "某品牌Mate 60手机今年销量突破1000万台。",  # a model's number after its Latin name
    "主队以3比1战胜客队，晋级八强，现场观众达到5万人。",  # a match's score
])
def test_numbers_that_name_in_chinese_copy_are_no_figures(tmp_path: Path, body: str) -> None:
    values = _values(tmp_path, body, ZH_HEAD)
    assert values and not {12345.0, 60.0, 3.0, 1.0} & set(values)


def test_a_ratio_s_parts_stay_figures_in_chinese(tmp_path: Path) -> None:
    assert {10.0, 40.0, 50.0} <= set(_values(tmp_path, "全县三次产业结构比为10:40:50。", ZH_HEAD))


def test_a_tally_is_labelled_by_what_its_whole_counts(tmp_path: Path) -> None:
    labels = {label for _, _, label in _figures(tmp_path, "Four of the five commissioners agreed that customers "
                                                          "could not afford the increase.")}
    assert labels == {"Commissioners agreed"}


def test_a_list_of_sums_is_labelled_by_each_purpose(tmp_path: Path) -> None:
    labels = [found for _, _, found in _figures(tmp_path, "The settlement includes an extra £50million for housing, "
                                                          "£25million for schools, £12million for roads and £8million "
                                                          "for parks.")]
    assert labels == ["Housing", "Schools", "Roads", "Parks"]  # the last is no repeat of the one before


def test_a_sum_s_purpose_label_reads_as_a_noun_phrase(tmp_path: Path) -> None:
    labels = [found for _, _, found in _figures(tmp_path, "It includes a total of nearly $9 million for the parks "
                                                          "department.")]
    assert labels == ["Parks department"]  # not the clause with its number cut out ("… a total of for the …")


def test_a_label_cut_to_an_owner_takes_the_noun_after_the_number(tmp_path: Path) -> None:
    labels = [label for _, unit, label in _figures(tmp_path, "Inflation rose to 3.1% in May, above the central "
                                                             "bank’s 2% target for the fourth month.") if unit == "%"]
    assert "Bank’s target" in labels or "Central bank’s target" in labels


@pytest.mark.parametrize(("body", "ages"), [
    ("Children ages 5 to 11 can now get the shot at 40 clinics.", {5.0, 11.0}),
    ("Adults 18 and older will receive a payment of $600 this month.", {18.0}),
    ("Unemployment among 16- to 24-year-olds rose to 12% in the spring.", {16.0, 24.0}),
])
def test_english_ages_are_no_figures(tmp_path: Path, body: str, ages: set[float]) -> None:
    values = _values(tmp_path, body)
    assert values and not ages & set(values)


def test_junction_numbers_name_the_junctions(tmp_path: Path) -> None:
    values = _values(tmp_path, "The motorway was closed between junctions 3 and 5 on Sunday, and 2,000 drivers "
                               "were stuck.")
    assert 2000.0 in values and not {3.0, 5.0} & set(values)
