"""Drafted text reads as sentences: a sentence the page broke over two lines is no key point in either half,
and the background prints it whole; a draft's own title is never said again as a key point, and one as long
as a sentence is shortened where the products show it."""

from __future__ import annotations

from pathlib import Path

from briefkit.content.worktitle import titled
from briefkit.extract import extract_article

BROKEN = ("Central bank holds rate at 7%\n\n"
          "The monetary policy committee decided to keep the policy rate at 7 percent on Monday. "
          "The committee noted that the domestic recovery has gained some further traction since November. "
          "Most indicators of consumer and business sentiment have shown continued improvement this quarter.\n\n"
          "Utility tariff increases may cause a brief uptick in inflation, the committee said in its statement. "
          "As a result, inflation is still expected to fall within the previously announced\n\n"
          "range of 7-9 percent for the fiscal year and to trend toward the target range over the medium term. "
          "Exporters welcomed the decision, saying that stable rates help them plan their investment.\n")


def _draft(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_half_of_a_broken_sentence_is_a_point_and_the_background_joins_them(tmp_path: Path) -> None:
    brief = extract_article(_draft(tmp_path, BROKEN))[0]
    told = [brief.summary, *(p.text for p in brief.key_points)]
    assert not any(t.startswith("range of") or t.rstrip().endswith("announced") for t in told)
    background = " ".join(brief.background)
    assert "previously announced range of 7-9 percent" in background


LEAD = ("Acme chief executive Jane Doe announced the full-year results as the company celebrated twenty years "
        "since its founding in the capital")


def test_a_drafted_title_said_again_as_a_key_point_is_said_once_and_shortened(tmp_path: Path) -> None:
    text = (f"{LEAD}\n\n"
            "Acme recorded a 2% drop in net profit to 67 billion shillings in the financial year, its report shows. "
            "Service revenue on the other hand jumped by 12% to 281 billion shillings over the same period.\n\n"
            f"{LEAD}. The board has recommended a dividend of 0.75 shillings per share for the whole year. "
            "The company now has over 30 million customers on its mobile money platform across the country.\n\n"
            "Analysts said the results were in line with their expectations for the sector this year.\n")
    brief = extract_article(_draft(tmp_path, text))[0]
    if brief.meta.title != LEAD:  # the page's first line is what the draft calls its title
        return
    shown, _ = titled(brief, "")
    assert len(shown.meta.title.split()) < len(LEAD.split())
    assert shown.meta.title.startswith("Acme chief executive Jane Doe announced")
    assert not any(p.text.rstrip(".") == LEAD for p in shown.key_points)


def test_a_list_of_the_storys_own_lines_stays_and_list_items_in_the_summary_take_a_stop(tmp_path: Path) -> None:
    """A new cabinet, one minister a line, is the story (no box of links: no title is cut short), and the
    summary that gives two of its unpunctuated lines does not run them into one sentence."""
    ministers = "\n\n".join(f"{name}, Minister of {office}" for name, office in [
        ("Dr Amina Yusuf Bello", "Education and Higher Learning"), ("Eng. Samuel Okoro Adeyemi", "Transport"),
        ("Mrs Grace Ndlovu Banda", "Health and Social Welfare"), ("Mr Peter Mwangi Kariuki", "Finance"),
        ("Dr Fatima Ali Hassan", "Foreign Affairs and Cooperation")])
    text = ("Cabinet restructured by decree\n\n"
            "The President has issued a decree restructuring the Council of Ministers as follows:\n\n"
            f"{ministers}\n")
    brief = extract_article(_draft(tmp_path, text))[0]
    told = [brief.summary, *(p.text for p in brief.key_points), *brief.background,
            *(s.heading for s in brief.sections), *(p for s in brief.sections for p in s.paragraphs)]
    assert any("Minister of Finance" in t for t in told) and any("Minister of Transport" in t for t in told)
    assert not any("Cooperation Dr" in t or "Welfare Mr" in t or "Learning Eng" in t for t in told)


def test_a_summary_of_unpunctuated_list_items_gives_each_its_stop() -> None:
    from briefkit.extract.body import Sentence
    from briefkit.extract.summary import summarise

    items = [f"Official cash rate at {rate}% in {month} 2024 (vs. prior at {prior}%)" for rate, month, prior in
             [(5.54, "March", 5.5), (5.57, "June", 5.43), (5.5, "September", 5.3), (5.4, "December", 5.2),
              (5.3, "January", 5.1), (5.2, "February", 5.0), (5.1, "April", 4.9), (5.0, "May", 4.8)]]
    summary = summarise([Sentence(t, i, i, None) for i, t in enumerate(items)], set())[0]
    assert summary.count("%). Official") == summary.count("Official") - 1 >= 1
