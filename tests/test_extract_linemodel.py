"""The learned head-line labeller: the packaged model, its training script and its place beside the rules."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefkit.extract import extract_article
from briefkit.extract.linecues import LineCues
from briefkit.extract.linemodel import ENV, MODEL, label_page
from briefkit.readers import read_article

ROOT = Path(__file__).resolve().parents[1]
BODY = ("The city council on Tuesday approved a new budget for the schools, raising spending on teachers and "
        "buildings after a long debate about taxes.\n\n"
        "Members said the plan would add forty teachers over the next two years and repair six school roofs.\n")
# A byline that credits the paper itself, not a person ("By Medicine Hat News on …")
OUTLET_BYLINE = ("Rural council could shrink by one seat\n\nBy Prairie Valley News on March 4, 2020.\n\n"
                 "The rural municipality council voted on Tuesday to ask the province to cut the number of its seats "
                 "from seven to six, a change that would take effect at the next election.\n\n"
                 "Councillors said the smaller council would save money on meetings and travel, and that the "
                 "number of residents had fallen over the past decade.\n")


def _page(tmp_path: Path, text: str, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_packaged_model_labels_title_byline_date_and_body(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    assert MODEL.is_file()
    page = _page(tmp_path, "Council approves new budget for city schools\n\nBy Jane Smith\n\nMarch 5, 2021\n\n" + BODY)
    top, _ = label_page(read_article(page))
    assert [item.label for item in top] == ["TITLE", "BYLINE", "DATE", "BODY", "BODY"]
    assert all(0.5 < item.probability[item.label] <= 1.0 for item in top)


def _train(corpus: Path, out: Path) -> bytes:
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "train_lines.py"), "--corpus", str(corpus),
                    "--out", str(out)], check=True, capture_output=True, text=True)
    return out.read_bytes()


def test_training_is_deterministic(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pages = [("Council approves new budget", "Jane Smith", "2021-03-05", "March 5, 2021"),
             ("Port volumes climb again", "Li Ming", "2022-07-19", "July 19, 2022"),
             ("Water bills to rise in spring", "Tom Lee", "2020-01-02", "2 January 2020")]
    for i, (title, author, iso, written) in enumerate(pages):
        _page(corpus, f"Skip to main content\n\n{title}\n\nBy {author}\n\n{written}\n\n{BODY}", f"p{i}.txt")
        (corpus / f"p{i}.expected.yaml").write_text(f"title: {title}\ndate: {iso}\nauthors: [{author}]\n",
                                                    encoding="utf-8")
    first = _train(corpus, tmp_path / "a.crfsuite")
    second = _train(corpus, tmp_path / "b.crfsuite")
    assert first and first == second


def test_the_environment_names_the_model_or_turns_it_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(tmp_path, OUTLET_BYLINE)
    copy = tmp_path / "copy.crfsuite"
    shutil.copyfile(MODEL, copy)
    monkeypatch.setenv(ENV, str(copy))
    assert label_page(read_article(page))[0]
    monkeypatch.setenv(ENV, str(tmp_path / "missing.crfsuite"))
    assert label_page(read_article(page)) == ([], [])
    monkeypatch.setenv(ENV, "off")
    assert label_page(read_article(page)) == ([], [])
    assert LineCues.of(read_article(page)).source() == (None, [])  # no model, no guess from it


def test_a_byline_crediting_the_outlet_gives_the_source_as_a_guess(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # the fallback the extractor asks when its rules found no source: the line the model marks as a credit is
    # read by the rules' parsers, and the answer carries its weak-guess warning
    monkeypatch.delenv(ENV, raising=False)
    source, warnings = LineCues.of(read_article(_page(tmp_path, OUTLET_BYLINE))).source()
    assert source == "Prairie Valley News"
    assert warnings and warnings[0].startswith("meta.source is a guess (the line model read 'By Prairie Valley News")
    brief, _ = extract_article(_page(tmp_path, OUTLET_BYLINE))
    assert brief.meta.source == "Prairie Valley News" and brief.meta.authors == []
