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
    # The dependencies come from the environment running the tests (no downloads), whether
    # that is a venv or the system's: a .pth file appends its site-packages folders.  Only
    # the wheel is installed into the new venv, whose own site-packages comes first, and
    # the test environment's .pth files (an editable briefkit among them) are not run.
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    ours = [p for p in sys.path if p.endswith("-packages") and Path(p).is_dir()]
    (Path(purelib) / "test-deps.pth").write_text("\n".join(ours) + "\n", encoding="utf-8")
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
