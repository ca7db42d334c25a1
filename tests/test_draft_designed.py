"""Products built from drafts nobody curated should still look designed.

Each test builds the products of a small constructed draft and reads them back as a reader meets them
(pdftotext for the PDFs, python-pptx for the deck, python-docx for the Word summary):

- a draft whose article printed no title (its ``meta.title`` is the file name) is titled by a working title
  from its summary's opening sentence, marked as such under it, and the build says so;
- a drafted chart shows only figures of one kind a reader would compare: not customers beside merchants
  under a borrowed unit, not a step list's thresholds, not a change beside its level;
- a drafted theme headed by a run-in lead ("For example:") or a cut sentence is numbered instead;
- a note's second page never holds its Sources alone, and a draft spilling a few lines onto a second page
  fits on one (a chart left out), while a reviewed brief keeps its length;
- a themes list whose only theme was a credit line leaves no "The article's themes:" over nothing;
- a deck's agenda names no section whose slides all went;
- a Chinese chart of percentage points is headed in Chinese;
- a timeline shows two dates or none, and a dated possessive ("This year's Budget") keeps its date;
- a Chinese sentence after an ASCII "!" ("早上好! 今天…") is one sentence of its own, not shown twice;
- a drafted paragraph ending on "said:" with nothing under it is left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from docx import Document as DocxDocument
from pptx import Presentation
from tests.conftest import pdftotext

from briefkit.content.worktitle import working_title
from briefkit.labels import labels_for
from briefkit.render import RenderRequest, RenderResult, render_file


def _build(tmp_path: Path, data: dict[str, Any], products: tuple[str, ...] = ("note", "slides", "summary"),
           formats: tuple[str, ...] = ("pdf", "pptx", "docx")) -> tuple[dict[str, Path], RenderResult]:
    """Write ``data`` as a draft's YAML, build its products, and return them by file name."""
    content = tmp_path / f"{data['meta']['title'] or 'draft'}.yaml"
    content.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = render_file(RenderRequest(content, tmp_path / "out", products=products, formats=formats))
    return {path.name: path for path in result.files}, result


_LEAD = ("Gregg County reported its 14th death from COVID-19 on Wednesday as Texas health officials cited a "
         "record-high 5,551 new coronavirus cases and another record of 4,389 patients in hospital.")


def _untitled(title: str = "gregg-county-covid", summary: str = _LEAD, language: str = "en") -> dict[str, Any]:
    return {"meta": {"title": title, "language": language, "status": "draft"},
            "sources": [{"title": title, "publisher": "Longview News-Journal"}],
            "summary": summary + (" Smith County saw its largest single-day jump in cases." if language == "en"
                                  else "全县经济社会高质量发展注入新的动力。"),
            "key_points": [{"text": "The county has now recorded 422 cases since March, health officials said."}]}


def test_a_draft_without_a_title_is_titled_by_its_lead_marked_as_a_working_title(tmp_path: Path) -> None:
    files, result = _build(tmp_path, _untitled())
    mark = labels_for("en").get("working_title")
    note = " ".join(pdftotext(files["briefing-note.pdf"]).split())
    deck = Presentation(str(files["slides.pptx"]))
    first = deck.slides[0]
    title = first.shapes.title.text_frame.text
    lead = " ".join(_LEAD.split())
    # the lead's main clause, cut before its subordinate clause ("as Texas health officials cited …")
    assert lead.startswith(title) and "Gregg County reported its 14th death" in title and " as " not in title
    assert len(title.split()) <= 14
    assert "Gregg county covid" not in note and "gregg-county-covid" not in note  # no file name, not in Sources
    assert "Longview News-Journal" in note
    assert note.startswith(("DRAFT", title)) and title in note and mark in note
    assert mark in " ".join(s.text_frame.text for s in first.shapes if s.has_text_frame)
    docx = DocxDocument(str(files["summary.docx"]))
    texts = [p.text for p in docx.paragraphs if p.text.strip()]
    assert title in texts[:3] and mark in texts[:4]
    assert any("working title" in w and title in w for w in result.warnings)


def test_a_chinese_draft_without_a_title_leaves_the_papers_dateline_out(tmp_path: Path) -> None:
    lead = ("本报运城3月19日讯(记者吕游 通讯员崔亚伟)日前,闻喜县举行2020年第一季度招商引资项目集中签约仪式,"
            "共签约8个项目,总投资24.7亿元。")
    files, _ = _build(tmp_path, _untitled("h27-sxrb-wenxi", lead, "zh"), ("slides",), ("pptx",))
    title = Presentation(str(files["slides.pptx"])).slides[0].shapes.title.text_frame.text
    assert title.startswith("闻喜县举行") and "记者" not in title and "日前" not in title and len(title) <= 30


def test_a_draft_with_its_own_title_keeps_it(tmp_path: Path) -> None:
    files, result = _build(tmp_path, _untitled("Gregg County records its 14th virus death"), ("slides",), ("pptx",))
    title = Presentation(str(files["slides.pptx"])).slides[0].shapes.title.text_frame.text
    assert title == "Gregg County records its 14th virus death"
    assert not any("working title" in w for w in result.warnings)


def _figure(label: str, value: float, unit: str, display: str, group: str) -> dict[str, Any]:
    return {"label": label, "value": value, "unit": unit, "display": display, "group": group}


def _charted(tmp_path: Path, groups: list[list[dict[str, Any]]]) -> tuple[list[str], str]:
    """The chart titles of a draft's deck (python-pptx) and its note's text, the draft holding ``groups``."""
    data = {"meta": {"title": "Safaricom profit falls", "language": "en", "status": "draft"},
            "summary": "Safaricom recorded a 1.7% drop in net profit in the 2021/2022 financial year.",
            "key_points": [{"text": "Service revenue jumped by 12.3% to KSh 281 billion, the company said."}],
            "figures": [fig for group in groups for fig in group]}
    files, _ = _build(tmp_path, data, ("note", "slides"), ("pdf", "pptx"))
    deck = Presentation(str(files["slides.pptx"]))
    titles = [slide.shapes.title.text_frame.text for slide in deck.slides
              if any(shape.has_chart for shape in slide.shapes) and slide.shapes.title is not None]
    return titles, " ".join(pdftotext(files["briefing-note.pdf"]).split())


def test_a_drafted_chart_shows_only_figures_a_reader_would_compare(tmp_path: Path) -> None:
    customers = [_figure("M-Pesa customers with Lipa na M-Pesa merchants recording", 30e6, "M-Pesa customers",
                         "over 30 million", "customers"),  # customers beside merchants, its unit borrowed
                 _figure("Safaricom now boasts: M-Pesa customers", 5e5, "M-Pesa customers", "half a million",
                         "customers")]
    steps = [_figure("Usage exceeds: kl", 6, "kl", "6", "steps"),  # a step list's thresholds
             _figure("Kl for the month", 10.5, "kl", "10,5", "steps")]
    grain = [_figure("Summer grain output", 13926e4, "tonnes", "139.26 million", "grain"),
             _figure("Decrease", 162e4, "tonnes", "1.62 million", "grain")]  # a change beside its level
    titles, note = _charted(tmp_path, [customers, steps, grain])
    assert titles == [] and "Number of M-Pesa customers" not in note and "Number of kl" not in note
    assert "Values in tonnes" not in note


def test_figures_of_one_kind_are_still_charted(tmp_path: Path) -> None:
    inflation = [_figure("Food inflation", 10.4, "%", "10.40 per cent", "inflation"),
                 _figure("Non-food inflation", 11.38, "%", "11.38 per cent", "inflation")]
    revenue = [_figure("Service revenue", 281e9, "KES", "KSh 281 billion", "revenue"),
               _figure("M-Pesa revenue", 107.7e9, "KES", "KSh 107.7 billion", "revenue")]
    titles, note = _charted(tmp_path, [inflation, revenue])
    assert titles == ["Percentages", "Values in KES"] and "Percentages" in note


def test_a_drafted_theme_is_numbered_where_its_heading_names_no_theme(tmp_path: Path) -> None:
    data = {"meta": {"title": "Water tariffs rise in December", "language": "en", "status": "draft"},
            "summary": "Water tariffs will rise on 1 December under the council's new step tariff.",
            "key_points": [{"text": "The first 6 kl each month stays free for every household, the council said."}],
            "sections": [{"heading": "For example:", "paragraphs": ["Usage between 6 kl and 10,5 kl costs R16,54/kl."]},
                         {"heading": "He was stabbed", "paragraphs": ["The man was taken to hospital in town."]},
                         {"heading": "05:12", "paragraphs": ["The council meets again on Tuesday evening."]},
                         {"heading": "Drought restrictions", "paragraphs": ["Level 3 restrictions remain in force."]}]}
    files, _ = _build(tmp_path, data, ("note", "slides"), ("pdf", "pptx"))
    deck = Presentation(str(files["slides.pptx"]))
    titles = [slide.shapes.title.text_frame.text for slide in deck.slides if slide.shapes.title is not None]
    assert "For example:" not in titles and "He was stabbed" not in titles and "05:12" not in titles
    assert "Drought restrictions" in titles and {"Theme 1", "Theme 2", "Theme 3"} <= set(titles)
    note = " ".join(pdftotext(files["briefing-note.pdf"]).split())
    assert "For example:" not in note and "He was stabbed." not in note and "Drought restrictions." in note
    assert "Usage between 6 kl" in note  # the theme itself is still there


def _page_lines(pdf: Path, page: int) -> list[str]:
    """The lines of one page of ``pdf`` (pdftotext), the running head's marking left out."""
    import subprocess

    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [line.strip() for line in text.splitlines() if line.strip() and "DRAFT" not in line]


def test_a_notes_second_page_never_holds_its_sources_alone(tmp_path: Path) -> None:
    """Whatever the length of the content above, the Sources start no page of their own."""
    seen = {1: 0, 2: 0}
    chart = [_figure("Container traffic", 12, "%", "12%", "traffic"), _figure("Bulk cargo", 7, "%", "7%", "traffic")]
    for count in range(8, 30, 2):
        data = {"meta": {"title": "Harbour freight rises again", "language": "en", "status": "draft",
                         "date": "2024-03-05"},
                "summary": "Freight volumes at the harbour rose 12% in February, the port authority said.",
                "key_points": [{"text": f"Point {i}: the harbour handled more containers than a year ago."}
                               for i in range(1, 6)],
                "background": [f"Paragraph {i} says the port expects the rise to last into the spring months."
                               for i in range(1, count)],
                "sources": [{"title": "Harbour freight rises again", "publisher": "Harbour Times",
                             "date": "2024-03-05"}],
                "figures": chart}  # a chart (kept together on its own) right above the Sources
        (tmp_path / str(count)).mkdir()
        files, _ = _build(tmp_path / str(count), data, ("note",), ("pdf",))
        pdf = files["briefing-note.pdf"]
        second = _page_lines(pdf, 2) if "Page 2 of 2" in pdftotext(pdf) else []
        seen[2 if second else 1] += 1
        if second:
            body = [line for line in second if line not in {"Harbour freight rises again", "Briefing note",
                                                              "Page 2 of 2"}]
            assert body[0] != "Sources", (count, second)  # something of the brief above them on that page
    assert seen[1] and seen[2]  # short ones keep to one page (chart and Sources below the rest), long ones run on


def test_a_draft_spilling_a_few_lines_onto_a_second_page_fits_on_one(tmp_path: Path) -> None:
    """A chart left out (or a list shortened) saves a page of a few lines; a reviewed brief keeps its length."""
    chart = [_figure("Container traffic", 12, "%", "12%", "traffic"), _figure("Bulk cargo", 7, "%", "7%", "traffic")]
    spared = 0
    for count in range(6, 20):
        pages = {}
        for status in ("draft", "reviewed"):
            data = {"meta": {"title": "Harbour freight rises again", "language": "en", "status": status},
                    "summary": "Freight volumes at the harbour rose 12% in February, the port authority said.",
                    "key_points": [{"text": f"Point {i}: the harbour handled more containers than a year ago."}
                                   for i in range(1, 6)],
                    "background": [f"Paragraph {i} says the port expects the rise to last into the spring months."
                                   for i in range(1, count)],
                    "figures": chart}
            folder = tmp_path / f"{count}-{status}"
            folder.mkdir()
            files, result = _build(folder, data, ("note",), ("pdf",))
            text = pdftotext(files["briefing-note.pdf"])
            pages[status] = 2 if "Page 2 of 2" in text else 1
            assert all(f"Point {i}:" in text for i in range(1, 6))  # key points always stay
            if status == "draft" and any("not spilling" in w for w in result.warnings):
                assert pages["draft"] == 1 and f"Paragraph {count - 1} says" in text  # no paragraph trimmed away
        assert pages["draft"] <= pages["reviewed"]
        spared += pages["draft"] < pages["reviewed"]
    assert spared  # some length spills a few lines, and the draft then takes one page


def test_a_themes_list_whose_only_theme_is_a_credit_line_leaves_no_introduction(tmp_path: Path) -> None:
    """"The article's themes:" over nothing reads as a list the printer lost: it goes with its list."""
    data = {"meta": {"title": "Japan's exports fall again", "language": "en", "status": "draft"},
            "summary": "Japan's exports fell 11.3 percent in May from a year earlier, finance ministry data showed.",
            "background": ["Imports fell 13.8 percent in May, matching the median estimate of economists."],
            "sections": [{"heading": "(Reporting by Stanley White",
                          "paragraphs": ["(Reporting by Stanley White; Editing by Chang-Ran Kim)"]}]}
    files, _ = _build(tmp_path, data, ("note",), ("pdf",))
    note = " ".join(pdftotext(files["briefing-note.pdf"]).split())
    assert "Imports fell 13.8 percent" in note and "Stanley White" not in note
    assert "The article's themes" not in note


def test_the_agenda_names_no_section_whose_slides_all_went(tmp_path: Path) -> None:
    """A theme that only repeats the key points goes; the agenda then no longer lists the themes."""
    said = "Norway's central bank raised its key policy interest rate from 0.25% to 0.5% on Thursday."
    data = {"meta": {"title": "Norway raises its key rate", "language": "en", "status": "draft"},
            "summary": "The bank cited the upswing in the economy, which it said was likely to continue.",
            "key_points": [{"text": said}, {"text": "More rate increases are expected if the growth continues."}],
            "timeline": [{"date": "2021-09-23", "event": "The bank raised its rate for the first time since 2018."},
                         {"date": "2021-12-16", "event": "The bank's board met to decide on the rate again."}],
            "sources": [{"title": "Norway raises its key rate", "publisher": "Associated Press"}],
            "sections": [{"heading": "Rate decision", "paragraphs": [said]}]}
    files, _ = _build(tmp_path, data, ("slides",), ("pptx",))
    deck = Presentation(str(files["slides.pptx"]))
    titles = [slide.shapes.title.text_frame.text for slide in deck.slides if slide.shapes.title is not None]
    agenda = next(slide for slide in deck.slides if slide.shapes.title is not None
                  and slide.shapes.title.text_frame.text == "Agenda")
    listed = " ".join(shape.text_frame.text for shape in agenda.shapes if shape.has_text_frame)
    assert "Rate decision" not in titles and "The article's themes" not in listed
    assert "Key points" in listed and "Timeline" in listed and "Sources" in listed  # the slides that are there


def test_a_chinese_chart_of_percentage_points_is_headed_in_chinese(tmp_path: Path) -> None:
    points = [_figure("第一产业比重上升", 3.82, "percentage points", "3.82个百分点", "pp"),
              _figure("城镇化率提高", 1.66, "percentage points", "1.66个百分点", "pp")]  # two rises: a fall is no bar
    data = {"meta": {"title": "2015年全县地区生产总值增长", "language": "zh", "status": "draft"},
            "summary": "2015年全县地区生产总值244394万元，比上年增长13.1%。",
            "key_points": [{"text": "第一产业占地区生产总值的比重上升3.82个百分点。"}], "figures": points}
    files, _ = _build(tmp_path, data, ("slides",), ("pptx",))
    deck = Presentation(str(files["slides.pptx"]))
    titles = [slide.shapes.title.text_frame.text for slide in deck.slides
              if any(shape.has_chart for shape in slide.shapes)]
    assert titles == [f"单位：{labels_for('zh').get('percentage_points')}"] and "percentage" not in titles[0]


def test_a_timeline_shows_two_dates_or_none(tmp_path: Path) -> None:
    """Events all dated "this year" are no timeline: the deck shows none; two dates make one."""
    def deck_titles(events: list[tuple[str, str]]) -> list[str]:
        data = {"meta": {"title": "The budget debate closes", "language": "en", "status": "draft"},
                "summary": "The finance minister closed the budget debate in the House on Tuesday.",
                "key_points": [{"text": "The minister said the country had reasons to be proud this year."}],
                "timeline": [{"date": date, "precision": "year", "event": text} for date, text in events]}
        folder = tmp_path / str(len(list(tmp_path.iterdir())))
        folder.mkdir()
        files, _ = _build(folder, data, ("slides",), ("pptx",))
        deck = Presentation(str(files["slides.pptx"]))
        return [slide.shapes.title.text_frame.text for slide in deck.slides if slide.shapes.title is not None]

    same = [("2008", "Much of this year's debate discussed the global economy."),
            ("2008", "This year's budget displayed the wisdom of the people.")]
    assert "Timeline" not in deck_titles(same)
    assert "Timeline" in deck_titles([("2007", "Last year's budget cut spending on roads."), same[1]])


def test_a_dated_possessive_keeps_its_date_in_the_timeline(tmp_path: Path) -> None:
    from tests.conftest import extracted

    brief, _ = extracted(tmp_path, "Budget debate closes\n\n6 May 2008\n\n"
                         "This year’s Budget has plainly displayed the wisdom of the Jamaican people.\n\n"
                         "The minister said the debate had been spent discussing the economic challenges.\n")
    events = [e.event for e in brief.timeline]
    assert events and all(not e.startswith(("’", "'")) for e in events), events
    assert any(e.startswith("This year’s Budget") for e in events), events


def test_a_chinese_sentence_after_an_ascii_exclamation_mark_is_not_shown_twice(tmp_path: Path) -> None:
    said = "今天我们很高兴请来国家环保总局的两位司长，介绍中国环境保护的有关情况，并回答各位的提问。"
    data = {"meta": {"title": "国新办就中国环境保护的相关情况举行新闻发布会", "language": "zh", "status": "draft"},
            "summary": "国家环保总局官员介绍了中国环境保护的有关情况。",
            "key_points": [{"text": said}, {"text": "下面先请李司长做一个简要的介绍，然后回答记者提问。"}],
            "sections": [{"heading": "开场", "paragraphs": ["女士们、先生们,早上好! " + said]}]}
    files, _ = _build(tmp_path, data, ("slides",), ("pptx",))
    deck = Presentation(str(files["slides.pptx"]))
    shown = " ".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame)
    assert shown.count(said.rstrip("。")) == 1  # on the key points slide, not again under the theme


def test_a_drafted_paragraph_ending_on_said_with_nothing_under_it_is_left_out(tmp_path: Path) -> None:
    data = {"meta": {"title": "Water companies told to share profits", "language": "en", "status": "draft"},
            "summary": "The Consumer Council for Water has called on water companies to share their profits.",
            "key_points": [{"text": "Customers should see the benefit of the profits, the council's chief said."}],
            "background": ["Water bills will rise by 2% on average in April, the regulator said on Monday.",
                           "Mike Keil, Chief Executive of the Consumer Council for Water, said:"],
            "sections": [{"heading": "Bills", "paragraphs": ["The average bill will be £419 a year from April."]},
                         {"heading": "Profits", "paragraphs": ["Companies paid out £1.4bn in dividends last year."]}]}
    files, _ = _build(tmp_path, data, ("note", "summary"), ("pdf", "docx"))
    note = " ".join(pdftotext(files["briefing-note.pdf"]).split())
    assert "Water bills will rise by 2%" in note and "Mike Keil" not in note
    texts = [p.text for p in DocxDocument(str(files["summary.docx"])).paragraphs]
    assert "Mike Keil" not in " ".join(texts) and "The article's themes:" in texts  # the summary's note stays


@pytest.mark.parametrize(("lead", "title"), [
    ("Bank of Jamaica (BOJ) on Tuesday, November 17, 2020, announced its decision to hold the policy rate.",
     "Bank of Jamaica announced its decision to hold the policy rate"),
    ("The council, on Monday, approved the budget for the coming year.",
     "The council approved the budget for the coming year"),
    ("Prices rose on Friday as traders bet on a cut.", "Prices rose as traders bet on a cut"),
])
def test_a_working_title_leaves_the_day_out_with_its_commas(lead: str, title: str) -> None:
    assert working_title(lead) == title


def test_a_drafted_timeline_slide_shows_one_event_a_date(tmp_path: Path) -> None:
    """A data release dates a dozen long sentences by the two months it compares: the deck shows one event a
    date, on one slide, not a wall of text running on to "Timeline (cont.)"; the note keeps them all."""
    sentence = ("The annual headline inflation rate for the month of {m}, 2019 decreased to {v} per cent from "
                "the rate recorded in the previous month, the National Bureau of Statistics said on Monday, "
                "adding that the prices of food and non-food items both slowed in the period under review.")
    events = [{"date": f"2019-{mm}", "precision": "month", "event": sentence.format(m=m, v=v)}
              for mm, m in (("08", "August"), ("09", "September")) for v in ("3.4", "3.5", "3.6", "3.7", "3.8")]
    events.append({"date": "2019-09", "precision": "month", "event": "The bureau published its September index."})
    data = {"meta": {"title": "Inflation eases", "language": "en", "status": "draft"},
            "summary": "Inflation eased in September, the statistics bureau said.",
            "key_points": [{"text": "Food prices slowed in September."}], "timeline": events}
    files, _ = _build(tmp_path, data, ("slides",), ("pptx",))
    deck = Presentation(str(files["slides.pptx"]))
    slides = {slide.shapes.title.text_frame.text: slide for slide in deck.slides if slide.shapes.title is not None}
    assert "Timeline" in slides and not any(title.startswith("Timeline (") for title in slides)
    text = " ".join(shape.text_frame.text for shape in slides["Timeline"].shapes if shape.has_text_frame)
    assert "published its September index" in text and text.count("headline inflation rate") == 1
