"""``briefkit extract`` end to end: validated YAML that renders, --update that keeps edits, other shapes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from briefkit.content import load_brief
from briefkit.extract import extract_article
from conftest import ARTICLE


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefkit", *args], capture_output=True, text=True, cwd=cwd)


def test_extract_writes_content_that_validates_and_renders(tmp_path: Path) -> None:
    result = _run("extract", str(ARTICLE), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    content = tmp_path / "content" / "ai-cooperation-2024.yaml"
    assert result.stdout.strip() == str(Path("content") / "ai-cooperation-2024.yaml")
    brief = load_brief(content)
    assert brief.meta.source == "XinhuaNet"
    rendered = _run("render", str(content), "-p", "note", "-f", "md", "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert rendered.returncode == 0, rendered.stderr
    markdown = next((tmp_path / "out").rglob("*.md")).read_text(encoding="utf-8")
    assert "# Strengthening international cooperation in artificial intelligence is at the right time" in markdown
    assert "over 140" in markdown and "Equal development is an important principle" in markdown
    again = _run("extract", str(ARTICLE), cwd=tmp_path)
    assert again.returncode == 1 and "--update" in again.stderr


def test_extract_is_deterministic(tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert _run("extract", str(ARTICLE), "--out", f"{name}.yaml", cwd=tmp_path).returncode == 0
    assert (tmp_path / "a.yaml").read_bytes() == (tmp_path / "b.yaml").read_bytes()


def test_update_keeps_edits_and_comments(tmp_path: Path) -> None:
    target = tmp_path / "brief.yaml"
    assert _run("extract", str(ARTICLE), "--out", str(target), cwd=tmp_path).returncode == 0
    text = target.read_text(encoding="utf-8")
    lines = text.splitlines()
    start = lines.index("figures:")
    end = lines.index("timeline:")
    edited = "\n".join(lines[:start] + lines[end:]) + "\n"
    edited = edited.replace("meta:\n", "meta:\n  # reviewed by the desk\n", 1)
    edited = edited.replace("  source: XinhuaNet\n", "  source: Xinhua News Agency\n", 1)
    target.write_text(edited, encoding="utf-8")
    result = _run("extract", str(ARTICLE), "--out", str(target), "--update", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    merged = target.read_text(encoding="utf-8")
    assert "# reviewed by the desk" in merged
    assert "source: Xinhua News Agency" in merged
    assert "updated, 0 new item(s)" in result.stdout
    assert load_brief(target).figures == []  # the reviewer deleted them: they stay deleted


def test_update_adds_what_the_article_gained_but_not_what_the_reviewer_deleted(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(ARTICLE.read_bytes())
    target = tmp_path / "brief.yaml"
    assert _run("extract", str(article), "--out", str(target), cwd=tmp_path).returncode == 0
    drafted = load_brief(target)
    gone = drafted.figures[0]
    lines = target.read_text(encoding="utf-8").splitlines()
    start = lines.index("figures:")
    item_end = next(i for i in range(start + 2, len(lines)) if lines[i].startswith("  - ") or lines[i][:1] != " ")
    target.write_text("\n".join(lines[:start + 1] + lines[item_end:]) + "\n", encoding="utf-8")
    assert len(load_brief(target).figures) == len(drafted.figures) - 1
    with article.open("a", encoding="utf-8") as handle:
        handle.write("\nA follow-up survey found that 47% of firms now run AI pilots, up from 12% a year ago.\n")
    result = _run("extract", str(article), "--out", str(target), "--update", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    figures = load_brief(target).figures
    values = sorted(f.value for f in figures)
    assert 47 in values and 12 in values  # new in the article: offered
    assert gone.value not in [f.value for f in figures if f.label == gone.label]  # deleted: not offered again
    assert len(figures) == len(drafted.figures) - 1 + 2
    again = _run("extract", str(article), "--out", str(target), "--update", cwd=tmp_path)
    assert "0 new item(s)" in again.stdout


def test_several_articles_into_a_folder(tmp_path: Path) -> None:
    other = tmp_path / "Short Note.txt"
    other.write_text("Port traffic rises\n2024-02-01\nTraffic at the port rose 12% in January, the authority "
                     "said on Thursday, after a slow December.\n", encoding="utf-8")
    result = _run("extract", str(ARTICLE), str(other), "--out", "drafts", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "drafts").iterdir()) == ["ai-cooperation-2024.yaml", "short-note.yaml"]
    short = load_brief(tmp_path / "drafts" / "short-note.yaml")
    assert [(f.value, f.unit) for f in short.figures] == [(12, "%")]
    assert short.meta.date is not None and short.meta.date.isoformat() == "2024-02-01"


def test_french_article(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text("Les ports européens accélèrent leur transition\nPublié le 12 mars 2024\n"
                    "Selon l'Organisation mondiale du commerce, près de 38 000 navires ont fait escale dans les "
                    "ports européens l'an dernier, soit 7,5 % de plus qu'en 2022. La Commission prévoit "
                    "3 milliards d'euros d'investissements. « Nous devons aller plus vite », a déclaré la ministre.\n",
                    encoding="utf-8")
    brief, _ = extract_article(path)
    assert brief.meta.language == "fr"
    assert brief.meta.date is not None and brief.meta.date.isoformat() == "2024-03-12"
    values = {(f.value, f.unit) for f in brief.figures}
    assert {(38000, "navires"), (7.5, "%"), (3e9, "EUR")} <= values
    assert [q.text for q in brief.quotes] == ["Nous devons aller plus vite"]


def test_stdout_and_slug_clashes(tmp_path: Path) -> None:
    printed = _run("extract", str(ARTICLE), "--out", "-", cwd=tmp_path)
    assert printed.returncode == 0 and printed.stdout.startswith("# Drafted by briefkit extract")
    assert "meta:\n  title: Strengthening international cooperation" in printed.stdout
    assert not (tmp_path / "content").exists()
    copy = tmp_path / "elsewhere" / ARTICLE.name
    copy.parent.mkdir()
    copy.write_bytes(ARTICLE.read_bytes())
    clash = _run("extract", str(ARTICLE), str(copy), "--out", "drafts", cwd=tmp_path)
    assert clash.returncode == 1 and "several articles would be written" in clash.stderr
    assert not (tmp_path / "drafts").exists()


def test_update_of_the_curated_sample_only_inserts(tmp_path: Path) -> None:
    import difflib

    from conftest import SAMPLE

    target = tmp_path / "curated.yaml"
    original = SAMPLE.read_text(encoding="utf-8")
    target.write_text(original, encoding="utf-8")
    result = _run("extract", str(ARTICLE), "--out", str(target), "--update", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    merged = target.read_text(encoding="utf-8")
    ops = difflib.SequenceMatcher(None, original.splitlines(), merged.splitlines()).get_opcodes()
    assert {op for op, *_ in ops} <= {"equal", "insert"}, [o for o in ops if o[0] != "equal"]
    assert sum(1 for op, *_ in ops if op == "insert") >= 1
    brief = load_brief(target)
    assert len([f for f in brief.figures if f.value == 54000]) == 1  # reworded figures are not duplicated
    assert len(brief.key_points) == len(load_brief(SAMPLE).key_points)  # editorial lists stay the reviewer's
    again = _run("extract", str(ARTICLE), "--out", str(target), "--update", cwd=tmp_path)
    assert "0 new item(s)" in again.stdout and target.read_text(encoding="utf-8") == merged


def test_an_article_named_like_a_windows_device_gets_a_usable_content_name(tmp_path: Path) -> None:
    article = tmp_path / "CON.txt"
    article.write_bytes(ARTICLE.read_bytes())
    done = _run("extract", str(article), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in (tmp_path / "content").iterdir()] == ["con-article.yaml"]
    built = _run("build", "content/con-article.yaml", "--product", "note", "--format", "md", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "output" / "con-article" / "briefing-note.md").is_file()


def test_url_cites_the_address_and_names_the_site_where_the_page_names_no_outlet(tmp_path: Path) -> None:
    page = tmp_path / "rates.txt"
    page.write_text("Rates on hold as prices climb\n\nThe central bank kept its policy rate at 5.5 percent on "
                    "Thursday, citing sticky services inflation, officials said.\n\nThe bank said it would review "
                    "the rate in June, when new figures are due.\n\nLakeviewPost on WhatsApp\n", encoding="utf-8")
    address = "https://www.lakeviewpost.com/news/rates"
    result = _run("extract", str(page), "--url", address, "--out", "rates.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    brief = load_brief(tmp_path / "rates.yaml")
    assert brief.meta.source == "LakeviewPost" and brief.meta.url == address
    assert "meta.source is the page's address" in result.stderr
    several = _run("extract", str(page), str(ARTICLE), "--url", address, "--out", "drafts", cwd=tmp_path)
    assert several.returncode == 1 and "--url" in several.stderr and "Traceback" not in several.stderr
    assert not (tmp_path / "drafts").exists()
    wrong = _run("extract", str(page), "--url", "lakeviewpost", "-o", "-", cwd=tmp_path)
    assert wrong.returncode == 1 and "no web address" in wrong.stderr and "Traceback" not in wrong.stderr
