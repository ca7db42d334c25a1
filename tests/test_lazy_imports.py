"""Commands import only what they use: a cold process pays for no library it does not need."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ARTICLE, ROOT, SAMPLE

WRITER_LIBRARIES = {"reportlab", "docx", "pptx", "fontTools", "xlsxwriter"}


def modules_after(args: list[str], cache: str | None = None) -> set[str]:
    """The modules loaded once ``briefkit ARGS`` ran (in a fresh interpreter), whatever its exit code."""
    code = ("import json, sys\nfrom briefkit.cli import cli\n"
            "try:\n    cli.main(sys.argv[1:], prog_name='briefkit', standalone_mode=False)\n"
            "except SystemExit:\n    pass\n"
            "print(json.dumps(sorted(sys.modules)))")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    if cache is not None:
        env["BRIEFKIT_CACHE_DIR"] = cache
    run = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    loaded: list[str] = json.loads(run.stdout.strip().splitlines()[-1])
    return set(loaded)


def roots(modules: set[str]) -> set[str]:
    """The top-level packages among ``modules``."""
    return {name.split(".")[0] for name in modules}


def test_validate_and_check_load_no_writer() -> None:
    assert not roots(modules_after(["validate", str(SAMPLE)])) & (WRITER_LIBRARIES | {"jinja2", "markdown_it"})
    checked = modules_after(["check", str(SAMPLE), "--against", str(ARTICLE)])
    assert not roots(checked) & WRITER_LIBRARIES
    assert "briefkit.extract" in checked, "check reads the article: the guard above saw a real run"


def test_build_of_content_loads_no_extraction_and_no_subsetter_when_cached(tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    first = modules_after(["build", str(SAMPLE), "--out", str(tmp_path / "a"), "-q"], cache)
    assert {"reportlab", "docx", "pptx"} <= roots(first), "a build of all products did run every writer"
    assert "fontTools.subset" in first, "an empty cache subsets the embedded fonts"
    warm = modules_after(["build", str(SAMPLE), "--out", str(tmp_path / "b"), "-q"], cache)
    assert "fontTools.subset" not in warm, "a warm cache serves the subsets"
    for loaded in (first, warm):
        assert not {m for m in loaded if m.startswith(("briefkit.extract", "briefkit.readers"))}


def test_noop_rebuild_loads_no_renderer(tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    modules_after(["build", str(SAMPLE), "--out", out, "-q"], str(tmp_path / "cache"))
    again = modules_after(["build", str(SAMPLE), "--out", out, "-q"], str(tmp_path / "cache"))
    assert (tmp_path / "out" / SAMPLE.stem / "briefing-note.pdf").is_file()
    assert not roots(again) & (WRITER_LIBRARIES | {"jinja2", "markdown_it"})
    assert "briefkit.content.model" not in again, "nothing is loaded to render"
