"""Numbered points and quoted titles in drafted content.

An op-ed that argues in numbered points ("1. We hurt US industry…") is drafted with one theme per point,
headed by the point itself; the list numbers never become headings or sentences of their own.  A single
word in quotation marks (a title, a term) is not put on the deck's "In their words" slide.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import drafted

from briefkit.extract import extract_article
from briefkit.extract.sentences import split_sentences

OPED = """Take the costs out of the climate debate

When it comes to climate policy, voters look at their own bills first. Campaigns that talk about models
lose them. Here are four reasons to change the debate:

1. We hurt domestic industry when we ignore emissions. Global companies must operate in a world where
carbon is part of the licence to produce.

2. Climate is a foreign-policy question. Other governments watch what we do and judge us by it.

3. Stop the coming water wars. Shrinking glaciers and droughts are already straining rivers (see "Water",
a documentary series).

4. Reduce coal emissions. All carbons are not created equal.
"""


def test_numbered_points_are_themes_headed_by_the_point(tmp_path: Path) -> None:
    brief = drafted(tmp_path, OPED)
    headings = [section.heading for section in brief.sections]
    assert headings == ["We hurt domestic industry when we ignore emissions", "Climate is a foreign-policy question",
                        "Stop the coming water wars", "Reduce coal emissions"]
    # The point's own sentence heads it; its body is what follows, without the number.
    assert brief.sections[0].paragraphs[0].startswith("Global companies must operate")
    assert all(not p.lstrip().startswith(("1.", "2.", "3.", "4.")) for s in brief.sections for p in s.paragraphs)
    # The lead-in opens the article, not a theme.
    assert all("Here are four reasons" not in p for s in brief.sections for p in s.paragraphs)


def test_a_list_number_is_not_a_sentence() -> None:
    assert split_sentences("1. We hurt industry. Companies must adapt.") == ["1. We hurt industry.",
                                                                            "Companies must adapt."]
    assert split_sentences("Output grew 3. Then it fell.") == ["Output grew 3.", "Then it fell."]


def test_one_quoted_word_or_a_quoted_name_is_not_a_quote(tmp_path: Path) -> None:
    brief = drafted(tmp_path, OPED + '\n"We will not wait for the next drought," the minister said on Monday. '
                             'China proposed the "Global Artificial Intelligence Governance Initiative" in October.\n')
    texts = [quote.text for quote in brief.quotes]
    assert "Water" not in texts
    assert "Global Artificial Intelligence Governance Initiative" not in texts
    assert "We will not wait for the next drought" in texts


def test_a_chinese_idiom_in_quotation_marks_is_not_a_quote(tmp_path: Path) -> None:
    brief = drafted(tmp_path, "新闻发言人名单公布\n\n这份名单涵盖了62个国务院部门,共有75位发言人“榜上有名”。"
                             "主任在发布会上宣布:“从现在起,每年将公布发言人及其工作机构的通讯方式。”\n")
    texts = [quote.text for quote in brief.quotes]
    assert "榜上有名" not in texts
    assert any(text.startswith("从现在起") for text in texts)


def test_a_line_introducing_a_quote_is_text_not_a_heading(tmp_path: Path) -> None:
    brief = drafted(tmp_path, "More funding for nature projects\n\nA new package of government support totalling over "
                             "£2.9 million will focus on conservation, research and connecting people with nature.\n\n"
                             "Biodiversity Minister Lorna Slater said:\n\n"
                             "\u201cA healthy natural environment is crucial to our wellbeing and economy.\u201d\n")
    assert all("said" not in section.heading for section in brief.sections)


def test_a_key_point_closes_the_quotation_it_opens() -> None:
    from briefkit.extract.sentences import closed_quotes
    assert closed_quotes("\u201cThe crises need urgent action across government.") == \
        "\u201cThe crises need urgent action across government.\u201d"
    assert closed_quotes("\u201cIt works,\u201d she said.") == "\u201cIt works,\u201d she said."
    assert closed_quotes('"We will act now.') == '"We will act now."'
    assert closed_quotes("\u4ed6\u8bf4\uff1a\u201c\u4ece\u73b0\u5728\u8d77\u3002") == \
        "\u4ed6\u8bf4\uff1a\u201c\u4ece\u73b0\u5728\u8d77\u3002\u201d"


def test_a_clause_sharing_the_verb_labels_its_own_figure(tmp_path: Path) -> None:
    brief = drafted(tmp_path, "German exports edge down in May\n\nGerman exports fell unexpectedly in May. Exports to "
                             "the U.S. fell by 3.6% and exports to Russia by 7.4%, the statistics office said.\n")
    labels = {figure.value: figure.label for figure in brief.figures}
    assert "Russia" in labels[7.4] and "U.S." not in labels[7.4]
    assert "U.S." in labels[3.6]


def test_a_chinese_figure_is_labelled_by_what_it_counts_not_its_measure_word(tmp_path: Path) -> None:
    brief = drafted(tmp_path, "聚焦十九大新闻中心\n\n"
                             "截至17日,共有3068名中外记者前来采访报道十九大,比十八大时增加19.6%。\n")
    labels = {figure.value: figure.label for figure in brief.figures}
    assert labels[3068].startswith("中外记者"), labels


def test_a_headline_printed_again_under_the_source_line_is_not_a_key_point() -> None:
    # A forum's repost (a development-set page): counter, date, headline, "Source:", the headline again.
    path = Path(__file__).parents[1] / "benchmarks" / "articles" / "m23-du-bls-jobs.txt"
    brief = extract_article(path)[0]
    title = brief.meta.title
    assert title.startswith("Unemployment rate falls to 6.3% in January")
    texts = [p.text for p in brief.key_points] + [brief.summary or ""] + list(brief.background) + \
        [s.heading for s in brief.sections] + [p for s in brief.sections for p in s.paragraphs]
    assert not any(title in text for text in texts)


def test_table_pipes_are_no_sentence_and_a_sentence_printed_twice_is_one_key_point(tmp_path: Path) -> None:
    caption = "China's foreign trade reached 13.32 trillion yuan in the first four months"
    brief = drafted(tmp_path, f"Foreign trade grows | ||||||||\n\n{caption}\n\nChina's foreign trade grew by 5.8 "
                              "percent year on year in the first four months of 2023, customs data showed. Private "
                              "firms accounted for over 50 percent of imports and exports. | ||||||||\n\n"
                              f"{caption}\n\nExports rose 10.6 percent while imports edged up 0.02 percent.\n")
    texts = [p.text for p in brief.key_points] + [brief.summary or ""] + list(brief.background)
    assert not any(set(text) <= set("| ") for text in texts)
    assert "|" not in " ".join(texts)
    assert [p.text for p in brief.key_points].count(caption) <= 1
    assert sum(text.count(caption) for text in texts) <= 1
