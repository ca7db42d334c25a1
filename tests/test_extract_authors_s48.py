"""Writers in layouts the held-back batches of stops 44 to 47 showed (studied at stop 48): a Taiwanese paper's
bracketed reporter note closed by 報導 with the name alone or run into a county, a heading over the piece's
summary ("Key Takeaways"), a round-up's speaker heading a quotation, a cited book's author, and a weak guess of the
name scorer, withheld with its candidate named."""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import authorcands, authorscore, bylines_zh, notwriters
from briefkit.extract.authorfilter import WriterFilter
from conftest import HARBOUR_BODY, extracted, page_article

_ZH_BODY = ("連江縣議會第8屆第3次定期大會,今天繼續縣政考察議程,考察地點為南竿鄉,"
            "由議長率議員們走訪西區主要工程及建設。\n\n"
            "縣府方面由副縣長率文化處、環資局、工務處等單位主管及承辦人員陪同考察,現場提出簡報及答詢。\n")


def test_a_bracketed_note_closed_by_its_report_word_names_the_reporter_alone() -> None:
    assert bylines_zh.reporters("【記者曹重偉報導】連江縣議會第8屆第3次定期大會") == ["曹重偉"]
    assert bylines_zh.reporters("【记者曹重伟报道】连江县议会第8届第3次定期大会") == ["曹重伟"]


def test_a_note_running_the_name_into_a_county_the_city_list_lacks_names_the_reporter() -> None:
    # the county is named again in the story, and the segmenter reads it as a place
    assert bylines_zh.reporters("【記者黃金郎雲林報導】雲林縣環保局今日上午邀集媒體辦理交流會") == ["黃金郎"]
    assert bylines_zh.reporters("【記者陳文華屏東報導】今天上午") == ["陳文華"]


def test_the_notes_variants_name_their_reporters() -> None:
    # square brackets, two reporters, the paper before 記者, spaces around the name
    assert bylines_zh.reporters("[記者曹重偉報導]連江縣議會") == ["曹重偉"]
    assert bylines_zh.reporters("[記者王小明/台北報導]連江縣議會") == ["王小明"]
    assert bylines_zh.reporters("【記者曹重偉、王小明報導】連江縣議會") == ["曹重偉", "王小明"]
    assert bylines_zh.reporters("【本報記者曹重偉報導】連江縣議會") == ["曹重偉"]
    assert bylines_zh.reporters("【記者 曹重偉 報導】連江縣議會") == ["曹重偉"]


def test_a_note_naming_no_person_names_no_reporter() -> None:
    assert bylines_zh.reporters("【記者綜合報導】連江縣議會") == []
    assert bylines_zh.reporters("【記者特別報導】連江縣議會") == []


def test_the_reporter_of_a_bracketed_lead_note_is_the_drafts_writer(tmp_path: Path) -> None:
    text = "縣議會定期大會縣政考察 地點南竿鄉\n\n2024-06-05\n\n【記者曹重偉報導】" + _ZH_BODY
    assert extracted(tmp_path, text)[0].meta.authors == ["曹重偉"]


def test_a_heading_over_the_pieces_summary_is_no_writer() -> None:
    headings = ["Key Takeaways", "Key Points", "Key Findings", "Quick Facts"]
    assert notwriters.not_writers([*headings, "Jane Doe"], [], []) == ["Jane Doe"]
    assert notwriters.part_heading("Conclusion")
    assert not notwriters.part_heading("Tom Summers")


def test_a_summary_heading_on_a_page_without_byline_gives_no_writer(tmp_path: Path) -> None:
    text = ("Harbour cargo rises on timber and container calls\n\n" + HARBOUR_BODY + "\nKey Takeaways\n"
            "- Cargo volumes rose 3.8 percent in April.\n- Two new cranes come into service this summer.\n")
    brief, warnings = extracted(tmp_path, text)
    assert "Key Takeaways" not in brief.meta.authors
    assert not any("Key Takeaways" in w for w in warnings)


_ROUNDUP = ("Harbour workers win a pay rise: what now?\n\nPublished: 20/06/2022\n\n"
            "Last week's decision to lift wages by 5.2 per cent is a win for harbour workers, union leaders said.\n\n"
            "We spoke with a number of union leaders about what the decision means for their members.\n\n"
            "Annie Butler – Federal Secretary, Harbour Workers Federation\n\n"
            "“It was great news that the commission recognised the need to increase wages for so many workers.”\n\n"
            "Annie Butler\nFederal Secretary, Harbour Workers Federation\n\n"
            "Jenny Kruschel – National Secretary, Dock Division\n\n"
            "“Our members are happy about the increase, but they are still concerned about the cost of living.”\n")


def test_a_roundups_speaker_over_a_quotation_is_no_writer(tmp_path: Path) -> None:
    keep = WriterFilter(page_article(tmp_path, _ROUNDUP), [])
    assert keep.speaker_over_quote("Annie Butler")
    assert keep.speaker_over_quote("Jenny Kruschel")
    assert keep.writers(["Annie Butler"], []) == []
    assert extracted(tmp_path, _ROUNDUP)[0].meta.authors == []


def test_a_byline_over_a_lead_that_opens_on_a_quote_stays(tmp_path: Path) -> None:
    text = ("Harbour cargo rises\n\nJane Doe\n\n“We are ready for the summer,” the harbour master said on "
            "Wednesday as cargo volumes rose.\n\n" + HARBOUR_BODY)
    assert not WriterFilter(page_article(tmp_path, text), []).speaker_over_quote("Jane Doe")


def test_a_cited_works_author_is_no_byline() -> None:
    assert authorcands.cites_or_quotes("– Lee, by Tito Perdue; pg. 64", "Tito Perdue")
    assert authorcands.cites_or_quotes("— The Prophet, by Kahlil Gibran", "Kahlil Gibran")
    assert authorcands.cites_or_quotes("And what will we be left with? I quote writer Tito Perdue:", "Tito Perdue")
    assert not authorcands.cites_or_quotes("— By Jane Doe", "Jane Doe")
    assert not authorcands.cites_or_quotes("Posted on March 3, 2021, by Jane Doe", "Jane Doe")
    assert not authorcands.cites_or_quotes("Jane Doe writes:", "Jane Doe")


def test_a_quotations_citation_under_the_story_gives_no_writer(tmp_path: Path) -> None:
    text = ("Closing harbour libraries is a loss\n\n" + HARBOUR_BODY
            + "\nAnd what will we be left with? I quote writer Tito Perdue:\n\n"
              "Think of it! Greed, ignorance. All television and no literature — think!\n\n"
              "– Lee, by Tito Perdue; pg. 64\n")
    assert extracted(tmp_path, text)[0].meta.authors == []


def _scorer_warning(p: str) -> str:
    return f"meta.authors is a guess (the name scorer read 'Jane Doe' as the byline, p={p}): check it"


def test_a_weak_name_scorer_guess_is_withheld_with_its_candidate_named() -> None:
    names, warned = authorscore.withheld(["Jane Doe"], [_scorer_warning("0.62")])
    assert names == []
    assert warned == ["meta.authors left empty: the page may credit 'Jane Doe' (a guess scored 0.62 by the name "
                      "scorer, from the line 'Jane Doe'): set it if so"]


def test_a_firm_name_scorer_guess_stands() -> None:
    assert authorscore.withheld(["Jane Doe"], [_scorer_warning("0.80")]) == (["Jane Doe"], [_scorer_warning("0.80")])
    assert authorscore.FIRM == 0.7


def test_a_head_line_naming_the_reporter_and_where_the_story_was_filed_is_a_credit(tmp_path: Path) -> None:
    brief, warnings = extracted(tmp_path, "Harbour cargo rises\n\nKwame Mensah reports from Accra\n\n" + HARBOUR_BODY)
    assert brief.meta.authors == ["Kwame Mensah"]
    assert not any(w.startswith("meta.authors") for w in warnings)  # a credit form, no guess


def test_the_signature_over_a_teasers_byline_is_read(tmp_path: Path) -> None:
    text = ("Harbour cargo rises\n\n" + HARBOUR_BODY + "\n– Maria Okonkwo\nRelated stories\n"
            "Drought forces farmers to cut herds\nBy Grace Whitfield\n")
    brief, warnings = extracted(tmp_path, text)
    assert brief.meta.authors == ["Maria Okonkwo"]
    assert "meta.authors is a guess (from the signature at the end): check it" in warnings
