"""Source and author kinds seen on pages nobody tuned the extractor on, through real extraction.

Each case is a small made-up article in the kind's form (furniture words beside a date, a wire's
"AGENCY | Place" line over a repost, a byline run into the lead, a headline's speaker after a dash,
a photographer's credit, a Chinese page's controls and bracketed reporters); it is written to a
file and extracted end to end, as ``briefkit extract`` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.content.model import Brief
from briefkit.extract import extract_article

BODY = ("The port authority said on Tuesday that container volumes rose 12% in February from a year "
        "earlier, helped by stronger demand for farm goods.\n\n"
        "Officials expect growth to slow later in the year as freight rates ease across the region.\n")
ZH_BODY = "市统计局日前发布数据显示,今年前两个月,全市规模以上工业增加值同比增长7.5%。专家表示,经济运行总体平稳。"


def _extract(tmp_path: Path, text: str) -> Brief:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return extract_article(path)[0]


@pytest.mark.parametrize("furniture", ["Political News", "Watch Live", "Subscribers", "Premium Business News"])
def test_section_and_interface_words_beside_a_date_name_no_outlet(tmp_path: Path, furniture: str) -> None:
    brief = _extract(tmp_path, f" date 2023-05-10 {furniture}\n\nPort volumes climb in February\n\n{BODY}")
    assert brief.meta.source is None


def test_a_name_beside_a_date_is_still_the_outlet(tmp_path: Path) -> None:
    brief = _extract(tmp_path, f" date 2023-05-10 Harbour Gazette\n\nPort volumes climb in February\n\n{BODY}")
    assert brief.meta.source == "Harbour Gazette"


@pytest.mark.parametrize(("tag", "agency"), [("PTI  |  New Delhi", "PTI"), ("Reuters | London", "Reuters")])
def test_a_wire_tag_line_beats_the_reposting_masthead(tmp_path: Path, tag: str, agency: str) -> None:
    text = (f"Morning Ledger\n\nPort volumes climb in February\n\nContainer volumes rose in February.\n\n"
            f"{tag}\n\n{BODY}")
    assert _extract(tmp_path, text).meta.source == agency


@pytest.mark.parametrize(("lead", "name"), [
    ("By Maria Santos The port authority said", "Maria Santos"),
    ("By Tom Okafor According to the port authority, volumes", "Tom Okafor"),
])
def test_a_byline_run_into_the_lead_gives_its_writer(tmp_path: Path, lead: str, name: str) -> None:
    text = f"Port volumes climb in February\n\nPublished Mar 3, 2024\n\n{lead} rose 12% in February.\n\n{BODY}"
    brief = _extract(tmp_path, text)
    assert brief.meta.authors == [name]


def test_a_headline_speaker_after_a_dash_is_no_site(tmp_path: Path) -> None:
    text = ("Exports likely peaked in the third quarter — PPA\n\nMarch 5, 2024\n\n"
            "The Philippine Ports Authority (PPA) said Tuesday exports likely peaked in the third quarter.\n\n" + BODY)
    assert _extract(tmp_path, text).meta.source is None


@pytest.mark.parametrize("credit", ["— Picture by Ahmed Rahim", "— Photo by Lena Fischer"])
def test_a_picture_credit_names_no_writer(tmp_path: Path, credit: str) -> None:
    text = (f"Port volumes climb in February\n\nMarch 5, 2024\n\n"
            f"Cranes at the container terminal in March. {credit}\n\n{BODY}")
    assert _extract(tmp_path, text).meta.authors == []


@pytest.mark.parametrize("credit", ["Photo: Carlos Mendes", "— Picture by Ahmed Rahim"])
def test_a_picture_credit_on_the_byline_is_left_out(tmp_path: Path, credit: str) -> None:
    text = f"Port volumes climb in February\n\nBy Jane Doe {credit}\n\nMarch 5, 2024\n\n{BODY}"
    assert _extract(tmp_path, text).meta.authors == ["Jane Doe"]


def test_a_read_aloud_control_names_no_writer(tmp_path: Path) -> None:
    text = f"全市工业生产平稳增长\n\n发布日期:2024-03-05 阅读次数: 作者:admin  语音阅读:\n\n{ZH_BODY}\n"
    assert _extract(tmp_path, text).meta.authors == []


@pytest.mark.parametrize(("text", "names"), [
    (f"全市工业生产平稳增长\n\n2024-03-05\n\n{ZH_BODY}\n\n各项目进展顺利。 (王晓明)\n", ["王晓明"]),
    (f"全市工业生产平稳增长\n\n2024-03-05\n\n【新华社南京3月5日电】(刘洋 洪文){ZH_BODY}\n", ["刘洋", "洪文"]),
])
def test_bracketed_chinese_reporters_are_the_writers(tmp_path: Path, text: str, names: list[str]) -> None:
    assert _extract(tmp_path, text).meta.authors == names


def test_a_closing_bracket_that_is_no_name_credits_no_one(tmp_path: Path) -> None:
    text = f"全市工业生产平稳增长\n\n2024-03-05\n\n{ZH_BODY}\n\n各项目进展顺利。 (完)\n"
    assert _extract(tmp_path, text).meta.authors == []


def test_a_date_run_into_a_chinese_source_is_cut(tmp_path: Path) -> None:
    text = f"全市工业生产平稳增长\n\n来源:人民日报海外版2024-02-06\n\n{ZH_BODY}\n"
    assert _extract(tmp_path, text).meta.source == "人民日报海外版"


@pytest.mark.parametrize(("byline", "name"), [
    ("By: Minister for Transport and Ports; Aoife Brennan", "Aoife Brennan"),
    ("By: Secretary of State for Trade; Daniel Osei", "Daniel Osei"),
])
def test_an_office_before_its_holder_on_a_byline_is_no_author(tmp_path: Path, byline: str, name: str) -> None:
    text = f"From Department of Transport\n{byline}\nPublished on 27 September 2022\n\nPort plan published\n\n{BODY}"
    assert _extract(tmp_path, text).meta.authors == [name]


def test_a_chinese_outlet_tag_closing_the_story_is_the_source(tmp_path: Path) -> None:
    text = f"全市工业生产平稳增长\n\n{ZH_BODY}\n\n《港灣通訊社25日專訊》\n"
    assert _extract(tmp_path, text).meta.source == "港灣通訊社"


@pytest.mark.parametrize(("pointer", "outlet"), [
    ("Read the full Harbour Review article.", "Harbour Review"),
    ("See the complete Coastal Monitor story here.", "Coastal Monitor"),
])
def test_a_pointer_naming_the_outlet_gives_the_source(tmp_path: Path, pointer: str, outlet: str) -> None:
    text = f"Port volumes climb in February\n\nMarch 5, 2024\n\n{BODY}\n{pointer}\n"
    assert _extract(tmp_path, text).meta.source == outlet


@pytest.mark.parametrize(("role", "outlet"), [("HERALD STAFF WRITERS", "Herald"),
                                               ("Gazette Staff Reporter", "Gazette")])
def test_a_staff_role_on_the_byline_names_the_outlet(tmp_path: Path, role: str, outlet: str) -> None:
    text = f"Port volumes climb in February\n\nBY JANE DOE and TOM LEE, {role}\n\nMarch 5, 2024\n\n{BODY}"
    assert _extract(tmp_path, text).meta.source == outlet


def test_a_lower_case_byline_gives_the_writer(tmp_path: Path) -> None:
    text = f"Port volumes climb in February\n\nby maria santos\n\nMarch 5, 2024\n\n{BODY}"
    assert _extract(tmp_path, text).meta.authors == ["Maria Santos"]


def test_a_lower_case_line_that_is_no_name_credits_no_one(tmp_path: Path) -> None:
    text = f"Port volumes climb in February\n\nby container volume\n\nMarch 5, 2024\n\n{BODY}"
    assert _extract(tmp_path, text).meta.authors == []


def test_a_writer_at_an_outlet_gives_both(tmp_path: Path) -> None:
    text = f"Port volumes climb in February\n\nMaria Santos at Coastal Times\n\nMarch 5, 2024\n\n{BODY}"
    brief = _extract(tmp_path, text)
    assert (brief.meta.title, brief.meta.authors, brief.meta.source) == (
        "Port volumes climb in February", ["Maria Santos"], "Coastal Times")


@pytest.mark.parametrize("link", ["https://bio.site/portdeals88", "https://linktr.ee/portdeals"])
def test_a_link_hub_address_over_the_story_names_no_outlet(tmp_path: Path, link: str) -> None:
    text = f"{link}\n\nPort volumes climb in February\n\nMarch 5, 2024\n\n{BODY}"
    assert _extract(tmp_path, text).meta.source is None
