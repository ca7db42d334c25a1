"""What a draft says: a summary and key points that stand alone, each sentence said once.

Small made-up articles in the forms real pages take (a standfirst the lede repeats, a government
release of long sentences, a sentence that points back with "This", an op-ed without a number),
extracted end to end through the reader as ``briefkit extract`` does.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefkit.content.model import Brief
from briefkit.readers.plaintext import words
from briefkit.writers.repeats import sentences as product_sentences
from conftest import extracted

RELEASE = """Minister sets out a plan for growth

The Minister has today promised to take immediate action to repair the foundations of the economy.

The Minister has today (8 July) promised to take immediate action to repair the foundations of the economy.

In her first speech as Minister, Jane Doe pledged to leaders of the country's leading industries to build \
growth on strong foundations built on stability, investment and reform, and forged through a new \
partnership with the private sector.

Addressing the difficult inheritance this government faces, she committed to taking immediate action to \
drive sustained growth, the only route to improving the prosperity of the country and the living \
standards of working people.

Setting out her first steps to deliver on the commitments in the manifesto that every action will be \
based on sound money, the Minister promised a new economic model that will grow the economy and keep \
taxes, inflation and mortgages as low as possible.

The Minister said had the economy grown at the average rate of its neighbours over the fourteen years \
from 2010, it would be 143.3 billion dollars larger, worth 5,053 dollars for every household in the country. \
This could have brought in an additional 58 billion dollars in tax revenues in the last year alone.

Taking decisive action, the government is today announcing a series of measures to lay the foundations \
for a modern and growing economy, including urgent steps to build 1.5 million homes over the next five \
years and the removal of the ban on onshore wind, as part of its clean energy mission.
"""

OPED = """Why our town needs its library

Libraries remain the one public place where anyone may sit, read and learn without paying anything.
Our council wants to cut the opening hours to save money, and that would be a serious mistake.
Families without computers depend on the library to apply for jobs and complete school work.
Older residents come for company as much as for books, and loneliness costs the town dearly.
Volunteers have offered to help keep the doors open, and the council should accept their offer.
"""


def _extract(tmp_path: Path, text: str) -> Brief:
    return extracted(tmp_path, text)[0]


def _said(brief: Brief) -> list[str]:
    """Every sentence the summary, the key points and the background say, in the products' own splitting."""
    texts = [brief.summary, *(p.text for p in brief.key_points), *brief.background]
    return [s for text in texts for s in product_sentences(text)]


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def test_a_long_release_gets_three_to_five_points_of_at_most_35_words(tmp_path: Path) -> None:
    brief = _extract(tmp_path, RELEASE)
    assert 3 <= len(brief.key_points) <= 5
    article = " ".join(RELEASE.split())
    for point in brief.key_points:
        assert words(point.text) <= 35
        assert point.source_text is not None and point.source_text in article
        # a shortened point is the sentence's own words: nothing added
        assert _words(point.text) <= _words(point.source_text)


def test_no_sentence_is_said_twice_and_a_near_copy_counts(tmp_path: Path) -> None:
    brief = _extract(tmp_path, RELEASE)
    said = _said(brief)
    assert len(said) == len(set(said))
    copies = [s for s in said if s.startswith("The Minister has today")]
    assert len(copies) == 1  # the standfirst and the lede that repeats it with "(8 July)" are one sentence


def test_a_sentence_pointing_back_never_stands_alone(tmp_path: Path) -> None:
    brief = _extract(tmp_path, RELEASE)
    for point in brief.key_points:
        assert not point.text.startswith(("This ", "It ", "She ", "He ", "They "))
    assert not brief.summary.startswith("This ")


def test_a_dangling_sentence_comes_with_the_one_it_points_to(tmp_path: Path) -> None:
    text = ("Exports fell sharply in March\n\n"
            "Exports fell 4.2 percent in March from February, the statistics office said on Tuesday.\n\n"
            "Imports rose 1.1 percent, leaving a trade surplus of 18.4 billion euros for the month.\n\n"
            "Analysts had expected a surplus of 20 billion euros. This was the smallest surplus since 2019.\n\n"
            "The office will publish revised figures for the first quarter in May.\n\n"
            "Economists said weaker demand from China weighed on machinery and car exports.\n\n"
            "Car exports alone dropped 7 percent, the industry association said separately.\n")
    brief = _extract(tmp_path, text)
    alone = [p for p in brief.key_points if p.text.startswith("This was the smallest")]
    assert not alone
    joined = [p for p in brief.key_points if "This was the smallest" in p.text]
    assert all(p.text.startswith("Analysts had expected") for p in joined)


def test_an_op_ed_without_numbers_gets_three_key_points(tmp_path: Path) -> None:
    brief = _extract(tmp_path, OPED)
    assert brief.figures == []
    assert len(brief.key_points) >= 3
    assert len(_said(brief)) == len(set(_said(brief)))


def test_a_quotation_is_never_cut_short(tmp_path: Path) -> None:
    quotation = ('"The plan will keep taxes flat, protect the services residents rely on every day, repair roads '
                 'across every region of the country, and hire thousands of new nurses for the hospitals," the '
                 'Minister said.')
    brief = _extract(tmp_path, RELEASE + "\n" + quotation + "\n")
    assert any(words(p.source_text or "") > 35 for p in brief.key_points)  # long sentences are shortened …
    for point in brief.key_points:  # … but a quotation never is
        assert not point.text.startswith('"The plan will keep taxes flat') or point.text == point.source_text


def test_a_list_bullet_is_no_part_of_a_point(tmp_path: Path) -> None:
    text = ("Trade deficit narrows in March\n\n"
            "The goods and services deficit was 40.4 billion dollars in March, down 6.5 billion from February.\n\n"
            "* Exports of goods and services decreased 1.2 billion dollars to 177.0 billion in March.\n"
            "* Imports of goods and services decreased 7.7 billion dollars to 217.4 billion in March.\n"
            "* The goods deficit decreased 6.0 billion dollars to 58.5 billion in March.\n"
            "* The services surplus increased 0.5 billion dollars to 18.1 billion in March.\n")
    brief = _extract(tmp_path, text)
    assert brief.key_points
    assert not any(p.text.startswith(("*", "•")) for p in brief.key_points)
    assert not brief.summary.startswith("*")


def test_a_month_abbreviation_ends_no_sentence_in_the_products() -> None:
    """'on Nov. 21, her office said' is one sentence: cut after 'Nov.', a standfirst ending 'on Nov. 21.'
    would take the lede's first half as a repeat and leave '21, her office said Thursday.' behind."""
    assert product_sentences("She will table it on Nov. 21, her office said Thursday. More follows.") == [
        "She will table it on Nov. 21, her office said Thursday.", "More follows."]


def test_a_linking_word_is_dropped_and_a_connective_answering_the_last_sentence_is_no_point(tmp_path: Path) -> None:
    text = ("Central bank expected to hold rates\n\n"
            "The central bank is expected to hold its key interest rate at 1.75 per cent on Wednesday morning.\n\n"
            "A resilient economy has let the bank keep rates on hold while its peers have cut them this year.\n"
            "Even so, the bank has warned that this resilience will be tested by persistent global trade conflicts.\n\n"
            "However, investors will watch closely what the bank says about its outlook for the economy.\n\n"
            "Changes in the key rate affect the prime rates at the major banks and what borrowers pay.\n\n"
            "Economists polled last week expect the next cut in the first half of next year.\n\n"
            "The bank will publish its next forecast for growth and inflation in January.\n")
    brief = _extract(tmp_path, text)
    texts = [p.text for p in brief.key_points]
    assert not any(t.startswith(("Even so", "However")) for t in texts)
    assert "Investors will watch closely what the bank says about its outlook for the economy." in [
        *texts, *product_sentences(brief.summary)]


def test_a_point_is_never_cut_before_its_main_clause(tmp_path: Path) -> None:
    long = ("The latest trade data shows that during the first seven months of the year, the growth rate of the "
            "country's trade surpassed that of Germany, Japan and South Korea, consolidating its status as the "
            "world's top commodity trading country.")
    brief = _extract(tmp_path, RELEASE + "\n" + long + "\n")
    assert not any(p.text.endswith("of the year.") for p in brief.key_points)
    assert not brief.summary.endswith("of the year.")


def test_a_pronoun_after_a_linking_word_still_points_back(tmp_path: Path) -> None:
    text = ("Survey finds donors wary after phone-in scandal\n\n"
            "Almost half of respondents to a new survey said they were less likely to donate to charity appeals.\n\n"
            "Forty-four per cent of the 1,660 people polled said they were now less likely to give to the appeals.\n\n"
            "The share rose to 48 per cent among women and to almost 50 per cent among younger adults.\n\n"
            "A spokesperson for the charity said it hoped supporters would see the difference between the two.\n"
            "However, she admitted that the integrity of the programme was crucial to keeping the audience's trust.\n\n"
            "The broadcaster has suspended all phone-in competitions while it reviews its procedures.\n")
    brief = _extract(tmp_path, text)
    assert not any(p.text.startswith(("She admitted", "However, she")) for p in brief.key_points)


def test_a_chinese_draft_is_verbatim_and_joins_its_sentences_without_spaces(tmp_path: Path) -> None:
    text = ("安徽外贸上半年保持增长\n\n"
            "海关总署安徽分署7月20日发布数据,全省外贸规模创历史同期新高,增速居中部地区前列。\n\n"
            "海关负责人介绍,对东盟进出口增长较快,占全省外贸总值的比重有所提高。\n\n"
            "今年上半年,全省进出口总值4585.4亿元,同比增长15.2%。其中,出口3098.5亿元,增长15.4%。\n\n"
            "从产品看,机电产品出口增长明显,新能源汽车出口大幅增加。\n\n"
            "民营企业进出口保持活跃,继续发挥外贸主力军作用。\n\n"
            "加工贸易进出口有所回落,一般贸易比重继续提升。\n\n"
            "下半年,全省将继续推动外贸稳规模优结构。\n")
    brief = _extract(tmp_path, text)
    article = text.replace("\n", "")
    assert "。 " not in brief.summary and len(brief.summary) > 30
    for sentence in product_sentences(brief.summary):
        assert sentence in article
    for point in brief.key_points:
        assert point.source_text is not None and point.source_text in article
        assert not point.text.startswith("其中")


def test_a_point_never_opens_a_pair_it_does_not_close(tmp_path: Path) -> None:
    paired = ("The country not only focuses on strengthening its own research capabilities in the new technologies, "
              "but also attaches great importance to helping developing countries in Africa, Asia and Latin America "
              "build capabilities of their own through training programmes and joint laboratories that dozens of "
              "partner nations have joined.")
    brief = _extract(tmp_path, RELEASE + "\n" + paired + "\n")
    for point in brief.key_points:
        assert "not only" not in point.text or "but" in point.text.split("not only", 1)[1]


def test_a_stored_pages_date_stamp_is_no_part_of_what_the_draft_says(tmp_path: Path) -> None:
    text = (" date 2023-08-18 Fonterra has cut its forecast for the farmgate milk price this season "
            "for a second time.\n"
            "The co-operative now expects to pay farmers between $6 and $7.50 per kilogram of milk solids.\n"
            "That is down from its revised range of $6.25 to $7.75 announced a fortnight ago.\n"
            "A lower milk price is going to further squeeze dairy farmers already facing high costs.\n"
            "Banks had warned of a cut after prices fell at the last two global dairy auctions.\n")
    brief = _extract(tmp_path, text)
    assert brief.meta.date is not None and brief.meta.date.isoformat() == "2023-08-18"
    assert not brief.summary.startswith("date ")
    assert not any(p.text.startswith("date ") for p in brief.key_points)
    assert any("Fonterra has cut its forecast" in t for t in [brief.summary, *(p.text for p in brief.key_points)])


def test_a_shortened_point_keeps_when_it_happened(tmp_path: Path) -> None:
    when = ("In January, notable job gains in professional and business services and in both public and private "
            "education were offset by losses in leisure and hospitality, in retail trade, in health care and in "
            "transportation, the report showed.")
    brief = _extract(tmp_path, RELEASE + "\n" + when + "\n")
    for point in brief.key_points:
        assert "job gains" not in point.text or "January" in point.text
