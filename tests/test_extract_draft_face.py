"""The face of a draft, built for real and read back from its PDFs: the site's appeal and its notes on the page
are no key point nor theme, a picture's alt text heads no theme, a tile's label never ends on its currency's
prefix, a chart is headed by what its bars measure and sets no fall beside rises nor a growth rate beside a
share, and a slide shows no timeline of one date."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from briefkit.content import Brief
from briefkit.document import nodes as n
from briefkit.extract import extract_article
from briefkit.packs import find_pack
from briefkit.render import RenderRequest, document_for, render_brief

ARTICLE = """Harbour council approves new ferry link

Ferry logo Ferry
The Harbour Council has approved a new ferry link between the two islands, officials said on Monday. The ferry \
will carry up to 400 passengers a day from next spring. Work on the new pier starts in March and is expected to \
last six months. The council said the link would cut the crossing time from two hours to forty minutes.

Island residents have campaigned for the link for a decade, saying the old crossing was too slow for workers. \
The council's transport committee voted seven to two in favour of the plan after a long debate. The operator \
will be chosen by tender later this year, the council said.

This article was produced by Coast News while it was part of the Regional Press Service. For more information \
contact the editors.

Our ability to deliver independent reporting on island life rests on a few key principles: local expertise and \
a commitment to our readers.

We need your help to sustain and expand our work. Your donation will support our journalism and keep our \
reporters on the islands.
"""


def _pdf_text(brief: Brief, product: str, tmp_path: Path) -> str:
    request = RenderRequest(content=Path("draft.yaml"), out_dir=tmp_path, products=(product,), formats=("pdf",))
    result = render_brief(brief, request, "draft")
    data = next(d for p, d in result.files.items() if p.suffix == ".pdf")
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages)


def test_the_sites_appeal_and_note_and_a_logos_alt_text_stay_out_of_the_drafts_products(tmp_path: Path) -> None:
    page = tmp_path / "ferry.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    brief, _ = extract_article(page)
    drafted = " ".join([brief.summary or "", *(p.text for p in brief.key_points),
                        *(s.heading for s in brief.sections), *(t for s in brief.sections for t in s.paragraphs)])
    assert "ferry link" in drafted  # the story is there …
    for site in ("your help", "donation", "deliver independent reporting", "was produced by", "logo"):
        assert site not in drafted  # … the site's voice and the logo's alt text are not
    slides = _pdf_text(brief, "slides", tmp_path)
    assert "400 passengers" in slides and "donation" not in slides and "Ferry logo" not in slides


def _draft(**fields: object) -> Brief:
    data: dict[str, object] = {"meta": {"title": "Development bank approves loans", "status": "draft"},
                               "summary": "The bank approved loans for three countries on Thursday."}
    data.update(fields)
    return Brief.model_validate(data)


def test_a_tiles_label_loses_the_prefix_of_its_currency(tmp_path: Path) -> None:
    figures = [{"label": "Loan of US", "value": 14.66e6, "unit": "USD", "display": "$14.66 million",
                "source_text": "A loan of US $14.66 million is aimed at helping member states."},
               {"label": "US", "value": 1.37e6, "unit": "USD", "display": "$1.37 million",
                "source_text": "Guinea-Bissau will receive US $1.37 million for rural programmes."}]
    doc = document_for(_draft(figures=figures), find_pack("slides", None), "draft", None)
    tiles = [n.plain_text(t.label) for b in doc.blocks if isinstance(b, n.Figures) for t in b.items]
    assert tiles == ["Loan", "Guinea-Bissau will receive"]
    slides = _pdf_text(_draft(figures=figures), "slides", tmp_path)
    assert "Loan of US" not in slides and "Guinea-Bissau will receive" in slides


def _charts(brief: Brief) -> list[n.Chart]:
    return [b for b in document_for(brief, find_pack("slides", None), "draft", None).blocks if isinstance(b, n.Chart)]


def test_a_drafted_chart_is_headed_by_what_its_bars_measure_and_compares_like_with_like(tmp_path: Path) -> None:
    zh = {"title": "前三季度经济数据", "status": "draft", "language": "zh"}
    levels = [{"label": f"第{k}产业增加值", "value": v, "unit": "CNY", "display": f"{v}亿元", "group": "g"}
              for k, v in (("一", 54779), ("二", 350189), ("三", 465300))]
    charts = _charts(_draft(meta=zh, figures=levels))
    assert [c.title for c in charts] == ["增加值"]
    rates = [{"label": "第一产业同比增长", "value": 4.2, "unit": "%", "group": "r"},
             {"label": "第二产业同比增长", "value": 3.9, "unit": "%", "group": "r"},
             {"label": "第三产业对经济增长的贡献率", "value": 9.3, "unit": "%", "group": "r"}]
    charts = _charts(_draft(meta=zh, figures=rates))
    assert [[p.label for p in c.points] for c in charts] == [["第一产业同比增长", "第二产业同比增长"]]
    shares = [{"label": "第二产业比重提高", "value": 1.1, "unit": "percentage points", "group": "s"},
              {"label": "第三产业比重下降", "value": 1.1, "unit": "percentage points", "group": "s"}]
    assert _charts(_draft(meta=zh, figures=shares)) == []  # a fall would stand up beside the rise
    reviewed = _draft(meta={**zh, "status": "reviewed"}, figures=shares)
    assert len(_charts(reviewed)) == 1  # a person's chart is drawn as they made it
    slides = _pdf_text(_draft(meta=zh, figures=levels), "slides", tmp_path)
    assert "增加值" in slides and "单位：CNY" not in slides.split("增加值")[0][-12:]


def test_a_drafts_deck_shows_no_timeline_of_one_date(tmp_path: Path) -> None:
    one = [{"date": "2022-10-31", "event": "The statistics bureau released the third-quarter figures."}]
    doc = document_for(_draft(timeline=one), find_pack("slides", None), "draft", None)
    assert not [b for b in doc.blocks if isinstance(b, n.Timeline)]
    two = [*one, {"date": "2023-01-17", "event": "The bureau released the full-year figures."}]
    doc = document_for(_draft(timeline=two), find_pack("slides", None), "draft", None)
    assert [len(b.events) for b in doc.blocks if isinstance(b, n.Timeline)] == [2]


def test_a_tiles_label_cut_inside_a_bracket_loses_the_brackets_stray_close() -> None:
    figures = [{"label": "GDP)同比增长", "value": 3.0, "unit": "%",
                "source_text": "国内生产总值(GDP)同比增长3%。"}]
    meta = {"title": "前三季度经济数据", "status": "draft", "language": "zh"}
    doc = document_for(_draft(meta=meta, figures=figures), find_pack("slides", None), "draft", None)
    assert [n.plain_text(t.label) for b in doc.blocks if isinstance(b, n.Figures) for t in b.items] == ["GDP同比增长"]


def test_a_drafted_chart_sets_no_total_beside_its_part() -> None:
    meta = {"title": "全区财政决算", "status": "draft", "language": "zh"}
    figures = [{"label": "加上转移性收入", "value": 66.61e8, "unit": "CNY", "display": "66.61亿元", "group": "g"},
               {"label": "收入合计", "value": 120.69e8, "unit": "CNY", "display": "120.69亿元", "group": "g"}]
    assert _charts(_draft(meta=meta, figures=figures)) == []


ZH_RELEASE = """前7月全市规模以上工业增加值增长6.1%

今年1-7月，全市规模以上工业增加值同比增长6.1%，增速比上半年加快0.3个百分点。分门类看，采矿业增加值增长4.2%，\
制造业增长6.5%，电力、热力、燃气及水生产和供应业增长3.8%。全市规模以上工业企业产品销售率为97.5%。

分经济类型看，国有控股企业增加值增长5.2%，股份制企业增长6.4%，外商及港澳台商投资企业增长4.9%，私营企业增长7.3%。

高技术制造业增加值增长9.8%，占规模以上工业增加值的比重为12.4%，比上年同期提高0.8个百分点。

工业增加值增长速度：即工业增长速度，是用来反映一定时期工业生产物量增减变动程度的指标。

来源：市统计局
"""


def test_a_chinese_glossary_line_and_credit_line_are_no_key_points(tmp_path: Path) -> None:
    page = tmp_path / "release.txt"
    page.write_text(ZH_RELEASE, encoding="utf-8")
    brief, _ = extract_article(page)
    said = " ".join([brief.summary or "", *(p.text for p in brief.key_points)])
    assert "增长" in said and "是用来反映" not in said and "来源" not in said


def test_a_label_running_on_to_the_next_sums_currency_prefix_stops_before_it() -> None:
    figures = [{"label": "Social needs and GEL", "value": 317e6, "display": "317 million",
                "source_text": "317 million is being allocated for social needs and GEL 430 million for roads."},
               {"label": "Minimum wage on May", "value": 23000, "display": "23,000",
                "source_text": "The minimum wage on May 1 rose to 23,000."}]
    doc = document_for(_draft(figures=figures), find_pack("slides", None), "draft", None)
    tiles = [n.plain_text(t.label) for b in doc.blocks if isinstance(b, n.Figures) for t in b.items]
    # "May" prefixes no currency; the month cut before its day ("on May" of "on May 1") is left off the label
    assert tiles == ["Social needs", "Minimum wage"]


def test_a_publishers_disclaimer_is_no_key_point(tmp_path: Path) -> None:
    page = tmp_path / "results.txt"
    page.write_text("Widget maker reports higher profit\n\nPlease note that tax and pension rules can change and the "
                    "information contained in this article may now be inaccurate.\n\nWidget maker Acme booked a 20% "
                    "rise in first-half profit on Tuesday. Revenue rose 12% to £172.3m. The company declared an "
                    "interim dividend of 1.75p per share. Its shares rose 4% in early trading in London.\n",
                    encoding="utf-8")
    brief, _ = extract_article(page)
    said = " ".join([brief.summary or "", *(p.text for p in brief.key_points)])
    assert "first-half profit" in said and "Please note" not in said


def test_a_chinese_label_listing_figures_respectively_is_no_bar() -> None:
    meta = {"title": "工业增速", "status": "draft", "language": "zh"}
    figures = [{"label": "增速分别比规模以上工业快", "value": 4.2, "unit": "percentage points", "group": "g"},
               {"label": "增速分别比规模以上工业快4.2和", "value": 2.1, "unit": "percentage points", "group": "g"},
               {"label": "高技术产业增加值比重提高", "value": 0.7, "unit": "percentage points", "group": "g"}]
    assert _charts(_draft(meta=meta, figures=figures)) == []


def test_a_drafts_timeline_leaves_out_an_event_pointing_back_to_the_sentence_before() -> None:
    events = [{"date": "2021-03-01", "event": "It's higher than the last year's allotment and the revised estimate."},
              {"date": "2022-03-01", "event": "The minister presented the budget for the coming year."},
              {"date": "2023-03-01", "event": "The budget for education rose to a record level."}]
    doc = document_for(_draft(timeline=events), find_pack("slides", None), "draft", None)
    shown = [n.plain_text(e.children) for b in doc.blocks if isinstance(b, n.Timeline) for e in b.events]
    assert len(shown) == 2 and not any(text.startswith("It's") for text in shown)


def test_an_answer_to_the_question_before_does_not_stand_alone_as_a_key_point() -> None:
    from briefkit.extract.keypoints import dangles

    assert dangles("No, not really.") and dangles("Yes, the ministry has published the figures.")
    assert dangles("date 2022-02-01 No, not really.")  # a stored page's date stamp is no part of the sentence
    assert not dangles("Norway, Sweden and Finland joined the scheme.")


def test_a_drafted_charts_measure_is_a_whole_word_and_no_period_nor_fraction() -> None:
    zh = {"title": "人口数据", "status": "draft", "language": "zh"}

    def heading(labels: list[str], unit: str = "") -> list[str]:
        figures = [{"label": label, "value": 10.0 * (i + 1), "unit": unit, "group": "g"}
                   for i, label in enumerate(labels)]
        return [c.title for c in _charts(_draft(meta=zh, figures=figures))]

    assert heading(["城镇人口", "乡村人口"]) == ["人口"]
    assert heading(["台灣10月外銷訂單", "大陸10月外銷訂單"], "USD") == ["外銷訂單"]
    assert heading(["三分之一", "四分之一"]) == ["数值"]  # a fraction's end names nothing


def test_a_chart_bar_is_not_labelled_by_a_clause_holding_another_amount() -> None:
    figures = [{"label": "Goods and services deficit", "value": 40.4e9, "unit": "USD", "group": "g"},
               {"label": "Deficit was $40.4 billion in March, down", "value": 6.5e9, "unit": "USD", "group": "g"},
               {"label": "Exports of goods", "value": 35.1e9, "unit": "USD", "group": "g"}]
    charts = _charts(_draft(figures=figures))
    assert [[p.label for p in c.points] for c in charts] == [["Goods and services deficit", "Exports of goods"]]
