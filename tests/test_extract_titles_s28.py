"""Title kinds of issue 12, round 28: a page that prints no headline gets none (abstention), a broken page's
diagnostic and a wire's end mark are never headlines, and a draft without a title still builds.

Made-up pages in each kind's form, through :func:`briefkit.extract.extract_article` and the CLI."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from pypdf import PdfReader
from tests.conftest import extracted

from briefkit.cli import cli
from briefkit.content.model import Brief
from briefkit.extract import titleabstain

BODY = ("The port authority said freight volumes at the harbour rose 12% in February, the third monthly rise "
        "in a row, as container traffic recovered.\n\n"
        "Port officials said the harbour expects freight volumes to keep rising through the spring, helped by "
        "new cranes.\n")


def _extract(tmp_path: Path, text: str, name: str = "page.txt") -> tuple[Brief, list[str]]:
    return extracted(tmp_path, text, name)


def _titled(warnings: list[str]) -> bool:
    return not any(w.startswith("no title line found") for w in warnings)


def test_a_clock_line_over_a_story_without_headline_gives_no_title(tmp_path: Path) -> None:
    for clock in ("Friday, 10th 2023", "Monday, 4th 2022"):
        brief, warnings = _extract(tmp_path, f"{clock}\n\n{BODY}")
        assert not _titled(warnings), brief.meta.title
        assert brief.meta.title == "page"  # the file name stands in, with its warning


def test_a_software_diagnostic_is_no_headline(tmp_path: Path) -> None:
    for error in ("Error: Unable to load user with ID: 628", "JUser: :_load: Unable to load user with ID: 12"):
        brief, warnings = _extract(tmp_path, f"{error}\n\n{BODY}")
        assert not _titled(warnings), brief.meta.title


def test_a_diagnostic_over_the_headline_leaves_the_headline(tmp_path: Path) -> None:
    text = ('Warning: Undefined array key "user" in /var/www/page.php on line 12\n12 Mar 2021\n\n'
            f"Harbour freight volumes rise 12% in February\n\n{BODY}")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "Harbour freight volumes rise 12% in February"


def test_a_wire_end_mark_is_no_headline(tmp_path: Path) -> None:
    brief, warnings = _extract(tmp_path, f"(END) Harbour Newswires\n\n{BODY}")
    assert not _titled(warnings), brief.meta.title


def test_a_plain_headline_over_its_story_stays(tmp_path: Path) -> None:
    brief, warnings = _extract(tmp_path, f"Harbour freight volumes rise 12% in February\n\n{BODY}")
    assert _titled(warnings)
    assert brief.meta.title == "Harbour freight volumes rise 12% in February"


def test_the_weighing_ranks_a_headline_over_a_widget() -> None:
    """The abstention's cues and weights: a headline about the story, with a credit line under it, scores
    higher than a two-word widget about nothing the story says that the labeller reads as furniture, which
    falls under the threshold."""
    body = BODY.split("\n\n")[0]
    headline = titleabstain.cues_of("Harbour freight volumes rise 12% in February", False,
                                    [_marginals(0.6, 0.2), _marginals(0.0, 0.0, date=0.9)], body)
    widget = titleabstain.cues_of("Most Read", False, [_marginals(0.0, 0.0), _marginals(0.0, 0.9)], body)
    assert titleabstain.probability(headline) > titleabstain.THRESHOLD > titleabstain.probability(widget)


def _marginals(title: float, body: float, date: float = 0.0) -> dict[str, float]:
    rest = max(0.0, 1.0 - title - body - date)
    return {"TITLE": title, "BODY": body, "DATE": date, "BYLINE": 0.0, "SOURCE": 0.0, "OTHER": rest}


def test_a_draft_without_a_title_extracts_and_renders(tmp_path: Path) -> None:
    """A missing title is no file name in the products: they take a working title from the summary's lead."""
    article = tmp_path / "harbour-note.txt"
    article.write_text(f"Error: Unable to load user with ID: 628\n\n{BODY}", encoding="utf-8")
    runner = CliRunner()
    content = tmp_path / "harbour-note.yaml"
    result = runner.invoke(cli, ["extract", str(article), "-o", str(content)])
    assert result.exit_code == 0, result.output
    assert "no title line found" in result.output
    out = tmp_path / "out"
    result = runner.invoke(cli, ["render", str(content), "-p", "note", "-f", "pdf", "-o", str(out)])
    assert result.exit_code == 0, result.output
    pdf = next(out.rglob("*.pdf"))
    text = " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert "Harbour note" not in text and "harbour-note" not in text  # a file name is no title
    assert "The port authority said freight volumes at the harbour rose 12% in February" in text
    assert "Unable to load" not in text


def test_advertising_and_app_store_prompts_are_no_headlines(tmp_path: Path) -> None:
    for prompt in ("Advertise with Harbour Media.", "Are you primarily interested in advertising *",
                   "Get it on the Apple StoreGet it on the Google Play Store"):
        brief, warnings = _extract(tmp_path, f"{prompt}\n\n{BODY}")
        assert not _titled(warnings), brief.meta.title


def test_a_chinese_byline_or_column_label_is_no_headline(tmp_path: Path) -> None:
    body = ("港口管理局表示，二月份港口貨運量上升百分之十二，這是連續第三個月上升，貨櫃運輸持續復甦。\n\n"
            "港口官員表示，預計春季貨運量將繼續上升。\n")
    for line in ("文/專欄作家 李明", "海港日報社論"):
        brief, warnings = _extract(tmp_path, f"{line}\n\n{body}")
        assert not _titled(warnings), brief.meta.title


def test_a_breadcrumb_run_into_the_headline_is_cut_off(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, f"HomeArchiveHarbour freight volumes rise 12% in February\n\n{BODY}")
    assert brief.meta.title == "Harbour freight volumes rise 12% in February"


def test_a_day_with_its_ordinal_dot_is_a_date(tmp_path: Path) -> None:
    text = f"Harbour freight volumes rise 12% in February\n\nHarbour Authority|Published 04. Dec 2018\n\n{BODY}"
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.date is not None and brief.meta.date.isoformat() == "2018-12-04"


def test_a_clock_date_over_the_page_yields_to_its_published_note(tmp_path: Path) -> None:
    text = ("June 24, 2020\n\n19° C, Sunny\n\nFull Forecast\n\nHarbour freight volumes rise 12% in February\n\n"
            "This article was published March 28, 2019, so information in it may no longer be current.\n\n" + BODY)
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.date is not None and brief.meta.date.isoformat() == "2019-03-28"


def test_a_north_american_page_posts_its_numeric_date_month_first(tmp_path: Path) -> None:
    text = (f"Harbour freight volumes rise 12% in February\n\nPosted on 11/05/2019 by Jane Smith\n\n{BODY}\n"
            "Copyright 2019 Springfield Gazette, Springfield, Ill.\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.date is not None and brief.meta.date.isoformat() == "2019-11-05"


def test_an_archive_stamp_yields_to_the_date_beside_the_source(tmp_path: Path) -> None:
    text = ("港口貨運量二月上升百分之十二\n\n归档时间：2023-03-09\n日期：2021-03-05 来源：海港日报\n\n"
            "港口管理局表示，二月份港口貨運量上升百分之十二，這是連續第三個月上升，貨櫃運輸持續復甦。\n\n"
            "港口官員表示，預計春季貨運量將繼續上升。\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.date is not None and brief.meta.date.isoformat() == "2021-03-05"
