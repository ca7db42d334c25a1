"""Dates and numbers in the brief's language (Babel), in templates and in a rendered French brief."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.conftest import SAMPLE, pdftotext

from briefkit import locale
from briefkit.content import load_brief
from briefkit.packs import find_pack
from briefkit.render import RenderRequest, markdown_for, render_file
from briefkit.templating import fmt_date, fmt_figure, fmt_number

DAY = dt.date(2024, 8, 16)


@pytest.mark.parametrize("language, day, month, year", [
    ("en", "16 August 2024", "October 2023", "2018"),
    ("zh", "2024年8月16日", "2023年10月", "2018年"),
    ("zh-Hans", "2024年8月16日", "2023年10月", "2018年"),
    ("fr", "16 août 2024", "octobre 2023", "2018"),
    ("xx", "16 August 2024", "October 2023", "2018"),  # a tag CLDR does not know: English
])
def test_dates_for_each_language(language: str, day: str, month: str, year: str) -> None:
    assert locale.format_date(DAY, language=language) == day
    assert locale.format_date("2024-08-16", "day", language) == day
    assert locale.format_date("2023-10", "month", language) == month
    assert locale.format_date("2018", "year", language) == year


@pytest.mark.parametrize("language, grouped, decimal, percent, compact", [
    ("en", "38,000", "33.3", "83%", "38k"),
    ("zh", "38,000", "33.3", "83%", "3.8万"),
    ("fr", "38\u00a0000", "33,3", "83\u00a0%", "38\u00a0k"),  # no-break: never split across lines
])
def test_numbers_for_each_language(language: str, grouped: str, decimal: str, percent: str,
                                   compact: str) -> None:
    assert locale.format_number(38000, language=language) == grouped
    assert locale.format_number(33.3, language=language) == decimal
    assert locale.format_percent(83, language=language) == percent
    assert locale.format_number(38000, language=language, compact=True) == compact
    assert locale.format_number(1234.5678, 2, language).endswith("57")


def test_template_filters_follow_the_language_being_rendered() -> None:
    with locale.speaking("zh"):
        assert fmt_date(DAY) == "2024年8月16日" and fmt_number(54000, compact=True) == "5.4万"
    with locale.speaking("fr"):
        assert fmt_date("2024-07", "month") == "juillet 2024"
    assert fmt_date(DAY) == "16 August 2024"  # and back to English outside


def test_a_chinese_unit_or_qualifier_takes_no_space() -> None:
    class Fig:
        display = None
        value = 140
        unit = "个国家"
        qualifier = "超过"

    assert fmt_figure(Fig()) == "超过140个国家"
    Fig.unit, Fig.qualifier = "countries", "over"
    assert fmt_figure(Fig()) == "over 140 countries"


def _french(tmp_path: Path) -> Path:
    text = SAMPLE.read_text(encoding="utf-8").replace("  language: en\n", "  language: fr\n")
    english = "title: Strengthening international cooperation in artificial intelligence is at the right time\n"
    text = text.replace(english, "title: Renforcer la coopération internationale en intelligence artificielle\n", 1)
    # Without the English display text, the figures are written by the French locale.
    text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("display:")) + "\n"
    path = tmp_path / "cooperation-ia-fr.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_french_brief_renders_french_dates_and_numbers(tmp_path: Path) -> None:
    path = _french(tmp_path)
    brief = load_brief(path)
    assert brief.meta.language == "fr"
    markdown = markdown_for(brief, find_pack("note", None), path.name, None)
    assert "16 août 2024" in markdown and "16 August 2024" not in markdown
    assert "54\u00a0000 applications" in markdown  # the no-break space survives the template
    render_file(RenderRequest(path, tmp_path / "out", products=("note",), formats=("pdf",)))
    text = pdftotext(tmp_path / "out" / path.stem / "briefing-note.pdf").replace("\u00a0", " ")
    assert "Renforcer la coopération" in text and "16 août 2024" in text
    assert "54 000 applications" in text and "33,3 %" in text  # the prose keeps the content's own "38,000"


def test_a_french_brief_renders_its_own_labels(tmp_path: Path) -> None:
    """The label catalogue (issue 13's briefkit.labels) chooses French words for the furniture."""
    labels = pytest.importorskip("briefkit.labels")
    assert labels.labels_for("fr").get("page_of", page=1, total=2) == "Page 1 sur 2"
    assert labels.labels_for("zh").get("page_of", page=1, total=2) == "第1页，共2页"
    path = _french(tmp_path)
    render_file(RenderRequest(path, tmp_path / "out", products=("note",), formats=("pdf",)))
    text = pdftotext(tmp_path / "out" / path.stem / "briefing-note.pdf")
    assert "Points clés" in text and "Page 1 sur" in text and "Key points" not in text


def test_a_literal_in_a_cached_template_is_formatted_for_each_render() -> None:
    """Jinja would fold ``{{ "2024-07-01" | date }}`` at compile time; the compiled template is cached."""
    from briefkit.templating import make_env

    template = make_env(None).from_string('{{ "2024-07-01" | date }} {{ 38000 | number(compact=true) }}')
    with locale.speaking("zh"):
        assert template.render() == "2024年7月1日 3\\.8万"
    with locale.speaking("fr"):
        assert template.render() == "1 juillet 2024 38\u00a0k"
    assert template.render() == "1 July 2024 38k"


@pytest.mark.parametrize(("display", "unit", "printed"), [
    ("2", "%", "2%"),  # the first end of "2 to 4 percent": its number alone would read as a count
    ("4 percent", "%", "4 percent"),  # the article's own wording stays
    ("~3.5", "%", "~3.5%"),
    ("235", "patients", "235"),  # a count's display under its label reads right as it is
])
def test_a_bare_percentage_gets_its_sign(display: str, unit: str, printed: str) -> None:
    class Fig:
        value, qualifier = 2.0, None

    Fig.display, Fig.unit = display, unit  # type: ignore[attr-defined]
    assert fmt_figure(Fig()) == printed
