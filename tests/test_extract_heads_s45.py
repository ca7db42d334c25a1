"""Head facts in layouts first met on held-back pages (stop 45): reprint notes, a CMS's half-empty source field,
a section's heading, a passive's agent, a newsletter's tagline, a letter signed "(via email)", a Markdown escape."""

from __future__ import annotations

from pathlib import Path

from conftest import HARBOUR_BODY, HARBOUR_TITLE, drafted, found_title, source_of


def test_a_reprint_note_names_the_outlet_over_the_one_its_lead_sums_up(tmp_path: Path) -> None:
    text = ("Charities urge action on child hunger\n\n"
            "\"Countries with the most hungry children must act faster,\" according to a joint report released on "
            "Friday by two charities, Harbour Wire reports.\n\n" + HARBOUR_BODY +
            "\nThis article was reprinted from lakeviewhealthnews.org with permission from the Lakeview Trust. "
            "Lakeview Health News, an editorially independent news service, is a programme of the trust.\n")
    assert source_of(tmp_path, text) == "Lakeview Health News"


def test_a_dated_line_naming_the_paper_that_printed_a_column(tmp_path: Path) -> None:
    text = (HARBOUR_TITLE + HARBOUR_BODY + "\nOpinion in The Lakeview Courier, October 06, 2006\n\nNo comments:\n")
    assert source_of(tmp_path, text) == "The Lakeview Courier"


def test_a_source_field_whose_outlet_slot_is_empty_names_its_writer(tmp_path: Path) -> None:
    text = ("General News\n\n" + HARBOUR_TITLE + HARBOUR_BODY + "\nSource: / Kofi Mensah\n\nRelated Articles\n")
    brief = drafted(tmp_path, text)
    assert brief.meta.source is None
    assert brief.meta.authors == ["Kofi Mensah"]


def test_a_passives_agent_in_a_sentence_is_no_byline(tmp_path: Path) -> None:
    text = (HARBOUR_TITLE + HARBOUR_BODY +
            "\nFounded in 2015 by Caroline Dunmore and David Brett, Core Harbour Logistics has built a strong "
            "position in freight consulting over the past few years, and now plans to grow abroad.\n")
    assert drafted(tmp_path, text).meta.authors == []


def test_a_newsletters_tagline_is_no_title(tmp_path: Path) -> None:
    text = ("HarbourPLUS is your weekly update on all that matters in shipping and ports\n" + HARBOUR_BODY)
    assert found_title(tmp_path, text) is None


def test_a_letter_signed_with_initials_via_email(tmp_path: Path) -> None:
    text = ("RE the 20 per cent increase in hospital parking charges, I think this is the first of many increases "
            "that the managers will have to make to pay for the new wing.\n\n"
            "I agree with earlier writers that the rise will hit people on low incomes hardest.\n\n"
            "MR A D GORDON (via email).\n")
    assert drafted(tmp_path, text).meta.authors == ["A D GORDON"]


def test_a_markdown_escape_in_a_headline_comes_off(tmp_path: Path) -> None:
    text = "Harbour gets $86m upgrade\\, minister announces\n\n" + HARBOUR_BODY
    assert found_title(tmp_path, text) == "Harbour gets $86m upgrade, minister announces"


def test_a_zero_between_chinese_units_holds_a_place(tmp_path: Path) -> None:
    text = ("港市明年度總預算三讀通過\n\n港市明年度總預算經市議會決議刪減八千零二十三萬元,十七日三讀通過。"
            "歲入預算照委員會審查意見,刪除一千三百零八萬元修正通過。市府尊重議會決議,感謝議員支持。\n")
    brief = drafted(tmp_path, text)
    assert {80230000.0, 13080000.0} <= {f.value for f in brief.figures}
    assert not any(o.name.startswith("照") for o in brief.organisations)  # "照" opens "according to the committee's …"


def test_a_pages_own_dollar_sign_gives_its_bare_dollars(tmp_path: Path) -> None:
    text = ("Roads get EC$79.8 million this year\n\n"
            "This year some EC$79.8 million has been allocated for ongoing roads, bridges and maintenance projects "
            "across the island, the ministry said.\n\n"
            "Of the $79.8 million, $11.4 million will go toward the rehabilitation of roads.\n\n"
            "Minister for Infrastructure, Hon. Jane Doe elaborated on the plans during the budget debate.\n")
    brief = drafted(tmp_path, text)
    assert sorted((f.value, f.unit) for f in brief.figures) == [(11400000.0, "XCD"), (79800000.0, "XCD")]
    assert all(p.text.split()[-1] != "Hon." for p in brief.key_points)  # "Hon." ends no sentence


def test_a_paywalls_scrambled_paragraph_is_no_text_and_a_cents_value_has_no_float_noise(tmp_path: Path) -> None:
    text = (HARBOUR_TITLE + "The board proposes a harbour dues cut of about 3.7 cents a tonne, its fourth in a row.\n\n"
            "kA 4=2DDlQAbQm“~FC 4:E:K6?D @F89E E@ 36 92AAJ E92E H6 4@?E:?F6 E@ =@H6C E96 AC@A6CEJ E2I C2E6[” "
            "#:4< s2G:D[ 4:EJ >2?286C[ D2:5] `a_ 52JD]”k^Am\n\n" + HARBOUR_BODY)
    brief = drafted(tmp_path, text)
    assert [repr(f.value) for f in brief.figures if f.unit == "USD"] == ["0.037"]
    assert "4=2DD" not in " ".join([brief.summary or "", *brief.background])


def test_a_sum_that_is_its_clauses_subject_is_labelled_by_what_it_goes_to(tmp_path: Path) -> None:
    from briefkit.extract.figures import sentence_figures

    labels = [f.label for t in ("Some EC$79.8 million has been allocated for ongoing roads, bridges and drains.",
                                "Another $5 million has been set aside for the new hospital.")
              for f in sentence_figures(t)]
    assert labels == ["Ongoing roads", "New hospital"]


def test_a_comment_forms_notes_and_a_sites_disclaimers_are_no_key_points(tmp_path: Path) -> None:
    text = (HARBOUR_TITLE + HARBOUR_BODY + "\nThis article was posted in its entirety as received by harbournews.com. "
            "This media house does not correct any spelling or grammatical error within press releases.\n\n"
            "The views expressed therein are not necessarily those of harbournews.com, its sponsors or advertisers."
            "\n\nLeave a Reply\n\nYour email address will not be published.\n\n"
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.\n")
    brief = drafted(tmp_path, text)
    said = " ".join([brief.summary or "", *(p.text for p in brief.key_points), *brief.background])
    assert not any(w in said for w in ("email address", "comment data", "views expressed", "spelling"))


def test_a_portraits_caption_over_the_lede_heads_no_section(tmp_path: Path) -> None:
    text = (HARBOUR_TITLE + "By Harbour Ministry\nApril 17, 2019\n\nShare\n\nHarbour Minister Stephenson Grant\n\n"
            "(PRESS RELEASE) — " + HARBOUR_BODY +
            "\nMinister Stephenson Grant told the board the new cranes would be in service by June.\n")
    brief = drafted(tmp_path, text)
    assert all("Stephenson Grant" not in s.heading for s in brief.sections)


def test_a_subscription_menu_and_a_section_kicker_over_an_op_ed(tmp_path: Path) -> None:
    text = ("Digital Access\nAccess from all your digital devices and receive breaking news and updates from around "
            "the area.\n\nText Alerts\nChoose your news! Select the text alerts you want to receive: breaking news, "
            "school closings, weather, and more.\n\nEmail Newsletters\nWe'll deliver news & updates to your inbox. "
            "Sign up for free e-newsletters today.\nNational Editorials & Columns\n\n"
            "Why harbour towns want a bigger port budget\n\n" + HARBOUR_BODY +
            "\nAdjusted for inflation to 2014 dollars, harbour dues were worth $7.40 a tonne in 1950.\n")
    brief = drafted(tmp_path, text)
    assert brief.meta.title == "Why harbour towns want a bigger port budget"
    said = " ".join([brief.summary or "", *(p.text for p in brief.key_points), *brief.background])
    assert "inbox" not in said and "devices" not in said
    assert 2014.0 not in {f.value for f in brief.figures}
