"""The wheel ships the built-in templates and fonts and works outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from tests.conftest import ROOT, SAMPLE


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    (found,) = dist.glob("briefkit-*.whl")
    return found


def test_wheel_contains_templates_and_fonts(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("briefkit/_templates/note/pack.yaml", "briefkit/_templates/base/theme.yaml",
                     "briefkit/_templates/base/fonts/NotoSans-Regular.ttf", "briefkit/cli/__init__.py"):
        assert required in names


def test_installed_wheel_builds_the_sample(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    # System site-packages provide the dependencies (no downloads); the wheel
    # itself goes into the venv, which comes first on sys.path.
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True)
    work = tmp_path / "work"
    (work / "content").mkdir(parents=True)
    (work / "content" / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = subprocess.run([str(python), "-c", "import briefkit; print(briefkit.__file__)"], cwd=work, env=env,
                           check=True, capture_output=True, text=True).stdout
    assert str(venv) in where
    result = subprocess.run([str(venv / "bin" / "briefkit"), "build"], cwd=work, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    produced = sorted(p.name for p in (work / "output" / SAMPLE.stem).iterdir())
    for name in ("briefing-note.pdf", "briefing-note.docx", "briefing-note.html", "briefing-note.md",
                 "slides.pdf", "summary.docx"):
        assert name in produced
