"""A regulator's statement in numbered paragraphs, and the key figures a draft shows.

A statement that a firm "has infringed" a law is the story, not a site's copyright notice; numbered
paragraphs whose first sentences are long are the text's paragraphs, not themes headed by half a sentence;
a year that names a law ("the Widgets Act 2001") dates no event; a paragraph's number neither stays behind
when its sentence is printed elsewhere nor opens a timeline event.  A draft's key-figure tiles and chart bars
show no phrase cut out of a sentence, a sum of money is labelled by what it is for, and a chart draws only
bars a reader can tell apart.  A key point stands alone: no quotation's tail, no words given to "he"; a
pointer to further reading is no point, and a release's media contacts are no part of the story.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLE, drafted, extracted

from briefkit.content import Brief, load_brief
from briefkit.content.model import Figure
from briefkit.document.nodes import Heading, plain_text
from briefkit.draftcharts import chart_bars
from briefkit.draftview import key_tiles
from briefkit.extract.boilerplate import is_boilerplate
from briefkit.extract.keypoints import dangles
from briefkit.packs import find_pack
from briefkit.render import document_for
from briefkit.writers.repeats import sentence_key, sentences

STATEMENT = "\n".join([
    "The Widgets Regulator has written to two suppliers and an adviser setting out its provisional findings.",
    "The regulator alleges that the three firms shared prices before bidding for public contracts.",
    "The firms can answer the findings in writing before any decision is taken by the regulator's panel.",
    "1. The Widgets Regulator proposes to find that Alpha Supplies Limited, Beta Trading Limited and Gamma Advice "
    "Limited have infringed the prohibition on price fixing in the Widgets Act 2001.",
    "2. The Widgets Act 2001 prohibits agreements between firms that prevent, restrict or distort competition in "
    "the supply of widgets.",
    "3. A statement of objections gives notice of a proposed infringement decision to the firms under "
    "investigation, which may then answer it in writing and at an oral hearing.",
]) + "\n"


def _all_text(tmp_path: Path) -> tuple[str, list[str], list[str]]:
    brief = drafted(tmp_path, STATEMENT)
    texts = [brief.summary or "", *(p.text for p in brief.key_points), *brief.background,
             *(p for s in brief.sections for p in s.paragraphs)]
    return " ".join(texts), [s.heading for s in brief.sections], [e.event for e in brief.timeline]


def test_a_finding_of_infringement_is_the_story_not_a_notice(tmp_path: Path) -> None:
    text, _, _ = _all_text(tmp_path)
    assert "have infringed the prohibition on price fixing" in text
    assert "proposed infringement decision" in text
    # a site's notice speaks to its reader: that one is still left out
    assert is_boilerplate("If any text reproduced here infringes your rights, tell the site.")
    assert not is_boilerplate("The court found that the firm infringed the patent.")


def test_long_numbered_paragraphs_head_no_theme(tmp_path: Path) -> None:
    _, headings, _ = _all_text(tmp_path)
    assert not any(h.startswith(("The Widgets Regulator proposes", "A statement of objections")) for h in headings)


def test_a_year_naming_a_law_is_no_event_and_an_event_has_no_list_number(tmp_path: Path) -> None:
    _, _, events = _all_text(tmp_path)
    assert not any("Widgets Act 2001" in e for e in events), events
    assert not any(e[:1].isdigit() for e in events), events


def test_a_paragraph_number_goes_with_its_sentence() -> None:
    paragraph = "3. A statement of objections gives notice of a decision. The firms may answer it in writing."
    parts = sentences(paragraph)
    assert parts == ["3. A statement of objections gives notice of a decision.", "The firms may answer it in writing."]
    # printed as a key point without its number, it is the same sentence
    assert sentence_key(parts[0]) == sentence_key("A statement of objections gives notice of a decision.")


def _money(label: str, value: float, unit: str = "GBP") -> Figure:
    return Figure(label=label, value=value, unit=unit, display=f"£{value:g}million")


def test_tiles_show_no_cut_phrase_and_name_what_money_is_for() -> None:
    figures = [_money("Funding allocations", 175), _money("For education", 30), _money("In April in THB", 593),
               _money("Government’s", 2), _money("Increase of", 4), _money("Towards supporting that skills agenda", 20),
               Figure(label="For the first time", value=3, unit="%", display="3%")]
    labels = [fig.label for fig in key_tiles(figures, 8)]
    assert "Funding allocations" in labels and "Education" in labels
    assert not any(label in labels for label in ("In April in THB", "Government’s", "Increase of")), labels
    # a phrase that runs on into a clause, or a share, is not reworded
    assert "Supporting that skills agenda" not in labels and "First time" not in labels


def test_a_chart_of_a_draft_draws_bars_a_reader_can_tell_apart() -> None:
    package = [_money("Singaporeans receive", 0.0007), _money("As part of a package to help them cope", 1500)]
    assert chart_bars(package) == []  # a per-head sum beside the package: one bar, no chart
    budget = [_money("Included in this year’s budget", 75), _money("For the water department", 28),
              _money("For water pollution control", 0.0000235)]
    assert [fig.label for fig in chart_bars(budget)] == ["Included in this year’s budget", "Water department"]


def test_a_key_point_stands_without_the_sentence_before_it() -> None:
    assert dangles("The rise was driven by wage reviews and the minimum wage review.”")  # a quotation's tail
    assert dangles('"We will put in all-out efforts to conclude the talks," he added.')  # whose words?
    assert not dangles('"We will put in all-out efforts to conclude the talks," the minister added.')
    assert not dangles("“We will win,” Jane Doe said.")
    assert not dangles('The pipe is 5" wide and the council will replace it next year.')


RELEASE = "\n\n".join([
    "Widget prices rose 2.1 per cent in the March quarter, the Widgets Office said on Tuesday.",
    "Prices of blue widgets rose 3.4 per cent, while prices of red widgets fell 0.6 per cent over the quarter.",
    "The rise was the largest in a quarter since 2019, led by higher costs of steel and transport.",
    "Further information is available in Widget Prices, March 2024, from the office's website: "
    "https://widgets.example.org/prices.",
    "Widget makers said they expected prices to ease in the second half of the year.",
    "## Media contacts",
    "For interviews, call the Widgets Office press desk on 0100 555 0100 between 8am and 6pm.",
]) + "\n"


def test_a_pointer_to_further_reading_and_the_media_contacts_are_no_points(tmp_path: Path) -> None:
    brief = extracted(tmp_path, RELEASE, "release.md")[0]
    said = " ".join([brief.summary or "", *(p.text for p in brief.key_points)])
    assert "Further information" not in said and "https://" not in said
    everything = " ".join([said, *brief.background, *(p for s in brief.sections for p in s.paragraphs)])
    assert "press desk" not in everything and "Media contacts" not in [s.heading for s in brief.sections]
    assert "largest in a quarter since 2019" in everything


def test_a_name_given_a_question_put_and_a_term_are_no_quotations(tmp_path: Path) -> None:
    brief = drafted(tmp_path, "\n".join([
        "The premier will table his first budget, titled “Building for tomorrow,” on Wednesday afternoon.",
        "When asked in March, “Do you think the tax system favours the wealthy?,” 61% of those polled said yes.",
        "The ranks of the “long-term jobless,” remain high, the statistics office said in its monthly report.",
        "“We will not raise the sales tax this year,” Finance Minister Jane Doe told The Daily Courier.",
    ]) + "\n")
    quotes = {q.text: q.attribution for q in brief.quotes}
    assert not any(t.startswith(("Building for tomorrow", "Do you think", "long-term jobless")) for t in quotes), quotes
    assert quotes.get("We will not raise the sales tax this year") == "Finance Minister Jane Doe"


def test_a_speaker_cut_on_the_left_is_named_from_their_office(tmp_path: Path) -> None:
    brief = drafted(tmp_path, "Retail prices rose again in June across the island, the statistics office said.\n"
                    "Private Sector Organisation of the Island President Maria Lopez, arguing that the country had "
                    "been “borrowing too much for far too long”, said the government had little choice.\n")
    assert [q.attribution for q in brief.quotes] == ["President Maria Lopez"]


def test_an_address_or_a_chart_caption_heads_no_theme(tmp_path: Path) -> None:
    brief = extracted(tmp_path, "\n\n".join([
        "# Council confuses two villages", "jane.reporter@example-news.ie",
        "A council worker confused two villages seven kilometres apart on a visit about a housing repair.",
        "## Figure 1: Repairs by district, 2019-2023",
        "Repairs in the western district took twice as long as those in the town in each of the five years.",
        "## Housing repairs", "The council said it would review how repair visits are arranged by next spring.",
    ]) + "\n", "story.md")[0]
    headings = [s.heading for s in brief.sections]
    assert not any("@" in h or h.startswith("Figure 1") for h in headings), headings


def test_a_bare_quotation_is_no_key_point_on_its_own() -> None:
    assert dangles("“Load shedding will be maintained at Stage 3 until 4pm on Monday.")  # runs on, no one named
    assert dangles("“Two units were shut down during the night.”")
    assert not dangles("“Bold” plans were unveiled by the council on Monday.")


def test_a_tile_label_stopping_on_a_conjunction_is_cut() -> None:
    figures = [Figure(label="Injury to our people if", value=18, unit="%", display="18%"),
               Figure(label="Tariff increase", value=18.65, unit="%", display="18.65%")]
    assert [fig.label for fig in key_tiles(figures, 6)] == ["Tariff increase"]


def test_a_drafted_chart_of_any_currency_says_values_not_a_number_of_it() -> None:
    data = load_brief(SAMPLE).model_dump(mode="json")
    data["meta"]["status"] = "draft"
    data["figures"] = [{"label": label, "value": value, "unit": "ZAR", "display": f"R{value:g} billion",
                        "group": "Revenue sought"} for label, value in (("Revenue sought", 351), ("Next year", 381))]
    doc = document_for(Brief.model_validate(data), find_pack("slides", None), "tariff", None)
    headings = [plain_text(b.children) for b in doc.blocks if isinstance(b, Heading)]
    assert "Values in ZAR" in headings and "Number of ZAR" not in headings, headings


def test_a_dash_marker_and_a_lone_lead_in_are_not_printed(tmp_path: Path) -> None:
    brief = drafted(tmp_path, "\n\n".join([
        "The jobless rate rose to 9.8% in November from 9.6% in October, the labour office said on Friday.",
        "-- Employers added only 39,000 jobs to their payrolls in November, far fewer than forecast.",
        "-- The number of people out of work for six months or longer rose to 6.2 million in November.",
        "Economists had expected the rate to hold steady as hiring picked up before the holidays.",
        "Our original post:",
    ]) + "\n")
    texts = [brief.summary or "", *(p.text for p in brief.key_points), *brief.background]
    assert not any(text.lstrip().startswith("--") or " -- " in text for text in texts), texts
    assert "Our original post:" not in brief.background


def test_a_press_wire_dateline_opens_no_summary(tmp_path: Path) -> None:
    brief = drafted(tmp_path, "Widget Co Reports Results\n\nSPRINGFIELD, OHIO--(Newswire - May 3, 2021) - Widget Co "
                    "reported sales of $2 billion for the year that ended March 31, up 8% on the year before.\n\n"
                    "Net income rose to $81 million, the company said, as demand for blue widgets recovered.\n")
    assert (brief.summary or "").startswith("Widget Co reported sales"), brief.summary


def test_a_stamp_is_no_point_and_a_comparison_base_no_event(tmp_path: Path) -> None:
    brief = drafted(tmp_path, "\n\n".join([
        "Widget Bank said profit climbed 14% to $2.3 billion in the six months to June 30 from the same period "
        "in 2016.",
        "Headline earnings rose 12% to $2.1 billion in the first half, and the bank raised its dividend by 18%.",
        "Non-interest revenue climbed 3.6% to $5.7 billion, led by fees from card payments in the region.",
        "The bank will pay the dividend to shareholders on 12 September 2017, it said on Thursday.",
        "August 17, 2017 03:08 ET (07:08 GMT)",
    ]) + "\n")
    said = [brief.summary or "", *(p.text for p in brief.key_points), *brief.background]
    assert not any("03:08" in text for text in said), said
    assert "2016" not in [event.date for event in brief.timeline]
    assert "2017-09-12" in [event.date for event in brief.timeline]


def test_a_label_opening_on_another_amount_or_stopping_on_the_first_is_cut() -> None:
    figures = [_money("ZAR12.11 billion in the first", 12), _money("In the first", 13), _money("Top 10 exporters", 14)]
    assert [fig.label for fig in key_tiles(figures, 6)] == ["Top 10 exporters"]


def test_an_appeal_for_money_a_live_stamp_and_a_page_note_are_not_the_story(tmp_path: Path) -> None:
    brief = extracted(tmp_path, "\n\n".join([
        "# Minister says the budget will balance", "Readers like you keep news free for everyone.",
        "For the price of one cup of coffee each week you can help keep paywalls away.",
        "This is an archived article that was published in 2006, and information in it may be outdated.",
        "The finance minister said the budget would balance by 2026 without raising income tax rates.",
        "## Updated 1.10pm",
        "The minister told reporters that spending on hospitals would rise by 4% in the coming year.",
    ]) + "\n", "live.md")[0]
    said = " ".join([brief.summary or "", *(p.text for p in brief.key_points), *brief.background,
                     *(p for s in brief.sections for p in s.paragraphs)])
    assert "Readers like you" not in said and "paywalls" not in said
    assert not any(h.startswith("Updated") for h in (s.heading for s in brief.sections))
    assert "2006" not in [event.date for event in brief.timeline]


def test_a_chart_draws_one_bar_a_label() -> None:
    charges = [_money("Amount it charges its customers", 0.98), _money("Amount it charges its customers", 3.4)]
    assert chart_bars(charges) == []


def test_a_photo_credit_with_a_full_width_slash_marks_a_caption(tmp_path: Path) -> None:
    brief = drafted(tmp_path, "\n\n".join([
        "某黨主席召開記者會。（圖／某黨提供）",
        "某黨今日召開記者會指出，地方議會近五年預算平均只刪減0.2%，遠低於中央政府的2.2%，監督力道明顯不足。",
        "該黨表示，將公開預算查詢平台，邀請全民共同監督各縣市議會的預算審查。",
    ]) + "\n")
    said = [brief.summary or "", *(p.text for p in brief.key_points), *brief.background]
    assert not any("圖／" in text or text.startswith("某黨主席召開記者會") for text in said), said


FARES = ("Bus and train fares to rise from December\n\n"
         "The fares council said on Tuesday that bus and train fares will rise by 4.3 per cent from December.\n\n"
         "Adults using travel cards will pay 6 cents more per journey, the council said in a statement.\n\n"
         "• Students and senior citizens card fares: increase by 1 cent\n\n"
         "• Single trip tickets: increase of 10 cents\n\n"
         "The council said the rise is needed because of higher costs and will bring in more fare revenue.\n")


def test_a_bulleted_line_is_list_text_never_a_theme(tmp_path: Path) -> None:
    brief = drafted(tmp_path, FARES)
    headings = [s.heading for s in brief.sections]
    assert not [h for h in headings if "Students and senior" in h or "Single trip" in h]
    text = " ".join([brief.summary, *[p.text for p in brief.key_points], *brief.background])
    assert "Students and senior citizens card fares" in text
    assert "•" not in text


def test_one_clause_cut_at_two_lengths_labels_no_two_bars() -> None:
    # "2019 slightly decreased" and "2019 slightly decreased to cent": one sentence's words, no two things
    rates = [Figure(label="2019 slightly decreased", value=3.4, unit="%", display="3.4 per cent"),
             Figure(label="2019 slightly decreased to cent", value=3.6, unit="%", display="3.6 per cent")]
    assert chart_bars(rates) == []
    apart = [Figure(label="Headline inflation", value=3.4, unit="%", display="3.4 per cent"),
             Figure(label="Core inflation", value=3.6, unit="%", display="3.6 per cent")]
    assert len(chart_bars(apart)) == 2
