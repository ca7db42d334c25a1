"""Writer credits in forms seen on few pages but on many sites: each case is a made-up page, extracted end to end.

A slash parting two writers ("By: Ann Oduya/Tom Mensah"), a comment count glued to the name ("By Jane Doe080"),
a template's unfilled field ("Author: author"), an office before the signer's name ("by Executive Director Jane
Doe") and a signature run into the last paragraph after a dash ("… -JANE DOE, Springfield").  Controls keep what
must not change: a clause after a dash is no signature, a plain byline keeps its name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import fields, signoffs
from conftest import extracted

BODY = ("The central bank kept its policy rate at 6 percent on Thursday, citing easing inflation and a stable "
        "currency.\n\nThe committee said it would watch food prices closely in the coming months.\n")
HEAD = "Central bank holds policy rate at 6 percent\n\n"


@pytest.mark.parametrize(("byline", "authors"), [
    ("By: Ann Oduya/Tom Mensah", ["Ann Oduya", "Tom Mensah"]),
    ("By Jane Doe080", ["Jane Doe"]),
    ("by Executive Director Jane Doe", ["Jane Doe"]),
    ("By Jane Doe", ["Jane Doe"]),
])
def test_byline_forms(tmp_path: Path, byline: str, authors: list[str]) -> None:
    brief, _ = extracted(tmp_path, HEAD + byline + "\n\n" + BODY)
    assert brief.meta.authors == authors


def test_unfilled_author_field_names_nobody(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, HEAD + "Author: author\n\n" + BODY)
    assert brief.meta.authors == []


def test_field_names_parts_slash_and_drops_glued_digits() -> None:
    assert fields.names("Ann Oduya/Tom Mensah") == ["Ann Oduya", "Tom Mensah"]
    assert fields.names("Jane Doe12") == ["Jane Doe"]
    assert fields.names("reporter") == []


def test_office_before_a_name_is_no_part_of_it() -> None:
    assert fields.strip_office("Deputy Prime Minister Tom Lee") == "Tom Lee"
    assert fields.strip_office("President Biden") == "President Biden"  # one word left: the office stays


@pytest.mark.parametrize(("paragraph", "signers"), [
    ("Thieves prosper in this town. -JANE DOE, Springfield, via e-mail, May 3.", ["Jane Doe"]),
    ("Growth is set to slow to six percent. - TOM MENSAH, The Daily Star", ["Tom Mensah"]),
    ("Growth is set to slow. - Ann Oduya", ["Ann Oduya"]),
    ("Growth is set to slow - the bank said so.", []),
    ("Growth is set to slow. - Reuters", []),
])
def test_signature_run_into_last_paragraph(paragraph: str, signers: list[str]) -> None:
    assert signoffs.run_on_signature(paragraph) == signers


def test_letter_signed_in_its_last_paragraph(tmp_path: Path) -> None:
    text = ("Power theft\n\nThere is talk of cutting power prices for the city. Thieves prosper here, and the "
            "authorities look away. -JANE DOE, Springfield, via e-mail, May 3.\n")
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.authors == ["Jane Doe"]


def test_speaker_led_chinese_title_names_no_author(tmp_path: Path) -> None:
    # the name over the title is a tag; the body speaks of the person: the title gives what they said
    text = ("即时国内\n\n李明华\n\n财政预算案\n\n人民联盟\n\n进步党\n\n李明华:不提呈明年财案 留待新政府拟定\n\n"
            "李明华:“明年州财政预算案应由人民委托的新政府来提出。”\n\n李明华今日出席港口发展项目动土仪式后受访时表示,明年州财政预算案应由新政府提出,预计选举后完成。\n\n"
            "他说,州政府将继续推动各项发展计划,确保民生项目不受影响。\n")
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.authors == []
    assert brief.meta.title == "李明华:不提呈明年财案 留待新政府拟定"


def test_chinese_essay_title_led_by_its_authors(tmp_path: Path) -> None:
    text = ("王建国 赵丽:从政府创新到政府创新管理:一个分析框架\n\n王建国   赵丽\n\n"
            "摘要:创新激励、创新能力和创新应用是政府创新管理的三个维度,本文据此提出一个分析框架并加以检验。\n\n"
            "政府创新管理的研究近年增长很快,但各地实践差异仍然很大,需要系统比较。\n")
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.authors == ["王建国", "赵丽"]


@pytest.mark.parametrize("credit", ["陳大明\\臺中報導", "陳大明／臺中報導", "記者陳大明／臺中報導"])
def test_taiwanese_filed_credit_run_into_the_lead(tmp_path: Path, credit: str) -> None:
    text = ("教育局重視學生健康 將口腔保健列入推動議題\n\n" + credit + " 臺中市政府教育局重視學生健康,並將口腔保健列入"
            "健康促進學校推動議題之一,要求各校加強宣導。\n\n教育局表示,今年將有一百二十所學校參與計畫。\n")
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.authors == ["陳大明"]


@pytest.mark.parametrize(("line", "found"), [
    ("Rep: Ani Wijaya/ Red: Budi Santoso", [("authors", ["Ani Wijaya"]), ("editors", ["Budi Santoso"])]),
    ("Pewarta: Ani Wijaya Editor: Budi Santoso", [("authors", ["Ani Wijaya"]), ("editors", ["Budi Santoso"])]),
    ("Red: 5% of voters", []),  # a chart's legend: a short label alone is no credit
    ("Prep: 10 minutes", []),
])
def test_indonesian_credit_labels(line: str, found: list[tuple[str, list[str]]]) -> None:
    assert [(fields.kind(label), fields.names(value)) for label, value in fields.labelled_fields(line)] == found


def test_reporter_who_took_the_photograph_is_still_the_writer(tmp_path: Path) -> None:
    text = (HEAD + "Kamis 23 Nov 2023 15:10 WIB\n\nRep: Ani Wijaya/ Red: Budi Santoso\n\n"
            "Foto: Harian/Ani Wijaya\n\n" + BODY)
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.authors == ["Ani Wijaya"]
    assert brief.meta.editors == ["Budi Santoso"]
