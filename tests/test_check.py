"""``briefkit check``: the curated sample passes; any changed number, date or quote fails."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefkit.check import check_content
from briefkit.extract.numbers import find_numbers, same_number
from conftest import ARTICLE, SAMPLE


def _changed(tmp_path: Path, old: str, new: str) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "changed.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_curated_sample_passes() -> None:
    assert check_content(SAMPLE, ARTICLE) == []


@pytest.mark.parametrize(("old", "new", "field", "message"), [
    ("value: 6276", "value: 6267", "figures[2].value", "6267 is not a number"),
    ("filed 38,000 of the 54,000", "filed 39,000 of the 54,000", "key_points[0].text", "'39,000'"),
    ("83% of Chinese decision makers", "88% of Chinese decision makers", "summary", "'88%'"),
    ('date: "2023-10"', 'date: "2023-11"', "timeline[2].date", "2023-11"),
    ("original: October last year", "original: November last year", "timeline[2].original", "original wording"),
    ("text: small courtyards and high walls", "text: small yards and high walls", "quotes[1].text", "quote"),
    ("(October 2023)", "(October 2022)", "summary", "October 2022"),
])
def test_a_changed_claim_fails_with_its_line(tmp_path: Path, old: str, new: str, field: str, message: str) -> None:
    path = _changed(tmp_path, old, new)
    problems = check_content(path, ARTICLE)
    assert len(problems) == 1, [str(p) for p in problems]
    assert problems[0].field == field and message in problems[0].message
    line = path.read_text(encoding="utf-8").splitlines()[(problems[0].line or 0) - 1]
    assert new.split(":")[0].split()[0] in line or field in {"summary", "key_points[0].text"}


def test_cli_exit_codes(tmp_path: Path) -> None:
    ok = subprocess.run([sys.executable, "-m", "briefkit", "check", str(SAMPLE), "--against", str(ARTICLE)],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    bad = _changed(tmp_path, "value: 193", "value: 195")
    failed = subprocess.run([sys.executable, "-m", "briefkit", "check", str(bad), "--against", str(ARTICLE)],
                            capture_output=True, text=True)
    assert failed.returncode == 1
    assert "figures[10].value: 195 is not a number of the article" in failed.stderr
    assert "Traceback" not in failed.stderr


def test_extracted_content_checks_clean(tmp_path: Path) -> None:
    out = tmp_path / "x.yaml"
    subprocess.run([sys.executable, "-m", "briefkit", "extract", str(ARTICLE), "--out", str(out)], check=True,
                   capture_output=True)
    assert [str(p) for p in check_content(out, ARTICLE)] == []


@pytest.mark.parametrize(("claimed", "written"), [
    ("38,000", "38000"), ("38000", "38 000"), ("1.2 billion", "1,200 million"), ("33%", "one third of"),
    ("$3.5bn", "3.5 billion dollars"),
])
def test_number_normalisation(claimed: str, written: str) -> None:
    claim = find_numbers(claimed)[0]
    found = find_numbers(written)[0]
    assert same_number(claim.value, found.value, claim.decimals, claim.scale)


def test_numbers_that_differ_do_not_match() -> None:
    claim = find_numbers("54,100")[0]
    assert not same_number(claim.value, find_numbers("54000")[0].value, claim.decimals, claim.scale)
    assert find_numbers("in 2024 the G20 met; COVID-19 and the 78th session")[0].is_year
    assert len(find_numbers("in 2024 the G20 met; COVID-19 and the 78th session")) == 1
