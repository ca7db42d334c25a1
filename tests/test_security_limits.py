"""Bounded reads, one-line errors, interrupts and locks (through the real CLI, under a memory limit).

Each input is the worst an attacker or an accident can hand briefkit: an
endless device, a FIFO nobody writes to, a sparse 3 GB file, a zip bomb, a
10 MB flow list, numbers that are not numbers, a read-only or full disk, a
250-character file name, SIGTERM and Ctrl-C mid-build, a second build into
the same folder.  Every run is a subprocess limited to 1 GiB of memory (see
:mod:`tests.securitykit`), so a blow-up fails the test, not the machine.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from tests.conftest import ARTICLE, ROOT
from tests.securitykit import OK, bk, env, one_line_error, spawn, tree
from tests.test_security import BOMBS

MD = ("-p", "note", "-f", "md")
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX devices, FIFOs and signals")


# ------------------------------------------------------------------ 4. templates are bounded as values grow

_PROBE_BOMBS = ["percent-star-width", "percent-star-precision", "format-filter-star", "nested-format-width",
                "nested-format-keyword", "nested-format-text", "format-repeated", "join-repeated", "join-method",
                "string-filter", "tojson-filter", "tojson-escapes", "escape-filter", "sum-of-lists", "block-set-loop",
                "macro-body-loop", "call-body-loop", "filter-block-loop", "string-times", "block-set-doubling"]


@pytest.mark.parametrize("name", _PROBE_BOMBS)
def test_template_bombs_stop_under_a_gigabyte(name: str, tmp_path: Path) -> None:
    """The probe's payloads (and their neighbours) through the real CLI with 1 GiB of address space."""
    body, message = BOMBS[name]
    (tmp_path / "tpl" / "note").mkdir(parents=True)
    (tmp_path / "tpl" / "note" / "note.md.j2").write_text(body + "\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    result = bk(tmp_path, "render", "a.yaml", *MD, "-o", "out", "--templates", "tpl", timeout=120)
    assert one_line_error(result) == f"tpl/note/note.md.j2:1: {message} (rendering a.yaml)"
    assert not (tmp_path / "out").exists()


# ------------------------------------------------------------------ 5. every input is bounded while it is read


@posix_only
@pytest.mark.parametrize(("args", "message"), [
    (("validate", "/dev/zero"), "/dev/zero: not a regular file (a device)"),
    (("render", "/dev/zero", *MD, "-o", "out"), "/dev/zero: not a regular file (a device)"),
    (("extract", "/dev/zero", "-o", "c"), "/dev/zero: not a regular file (a device)"),
    (("check", "a.yaml", "--against", "/dev/zero"), "/dev/zero: not a regular file (a device)"),
    (("build", "/dev/zero", "-o", "out"), "/dev/zero: not a regular file or folder (a device, pipe or socket)"),
])
def test_an_endless_device_is_refused_without_reading_it(args: tuple[str, ...], message: str, tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    result = bk(tmp_path, *args, timeout=60)
    assert "Traceback" not in result.stderr and result.returncode in (1, 2)
    assert message in result.stderr.strip().splitlines()


@posix_only
@pytest.mark.parametrize("command", ["validate", "render", "extract", "build", "check"])
def test_a_fifo_is_refused_instead_of_waiting_forever(command: str, tmp_path: Path) -> None:
    name = "a.txt" if command in ("extract", "check") else "a.yaml"
    os.mkfifo(tmp_path / name)
    (tmp_path / "c.yaml").write_text(OK, encoding="utf-8")
    args = {"validate": ("validate", name), "render": ("render", name, *MD, "-o", "out"),
            "extract": ("extract", name, "-o", "c"), "build": ("build", name, "-o", "out"),
            "check": ("check", "c.yaml", "--against", name)}[command]
    result = bk(tmp_path, *args, timeout=60)  # a read would block: the timeout fails the test
    assert "Traceback" not in result.stderr and result.returncode in (1, 2), result.stderr
    assert any(part in result.stderr for part in ("not a regular file (a pipe)", "is not a regular file",
                                                  "not a regular file or folder"))


def _sparse(path: Path, size: int, head: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(size)


def test_a_huge_article_is_refused_before_it_is_hashed_or_read(tmp_path: Path) -> None:
    """3 GB (sparse): neither build's cache key nor the reader reads it whole."""
    _sparse(tmp_path / "big.txt", 3 * 1024**3, b"A title\n\nSome text.\n")
    result = bk(tmp_path, "build", "big.txt", "-o", "out", *MD, "--quiet", timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0] == ("failed big: big.txt: file is 3,221,225,472 bytes, over the "
                                             "20,971,520-byte limit for articles")
    assert one_line_error(bk(tmp_path, "extract", "big.txt", "-o", "c")) == (
        "big.txt: file is 3,221,225,472 bytes, over the 20,971,520-byte limit for articles")


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    """A 200 MB document.xml of zeros packs into 200 KB: its declared size refuses it."""
    with zipfile.ZipFile(tmp_path / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as package, \
            package.open("word/document.xml", "w") as member:
        for _ in range(200):
            member.write(b"\0" * (1 << 20))
    assert (tmp_path / "bomb.docx").stat().st_size < 1_000_000
    result = bk(tmp_path, "extract", "bomb.docx", "-o", "c", timeout=60)
    assert one_line_error(result) == ("bomb.docx: the Word document unpacks to 209,715,200 bytes, over the "
                                      "104,857,600-byte limit")


def test_a_docx_with_too_many_parts_is_refused(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "many.docx", "w") as package:
        for index in range(2001):
            package.writestr(f"p/{index}.xml", b"")
    assert one_line_error(bk(tmp_path, "extract", "many.docx", "-o", "c")) == (
        "many.docx: 2,001 parts in the Word document, over the 2,000-part limit")


@pytest.mark.parametrize("shape", ["flow", "block", "json"])
def test_a_yaml_file_of_a_million_values_is_counted_before_it_is_built(shape: str, tmp_path: Path) -> None:
    """Under 10 MiB, but a million values: refused by counting parser events, never built (1 GiB limit)."""
    values = 1_000_000
    text = {"flow": "meta: {title: T}\nkey_points: [" + ", ".join(["x"] * values) + "]\n",
            "block": "meta: {title: T}\nkey_points:\n" + "- x\n" * values,
            "json": '{"meta": {"title": "T"}, "key_points": [' + ",".join(["1"] * values) + "]}"}[shape]
    name = "big.json" if shape == "json" else "big.yaml"
    (tmp_path / name).write_text(text, encoding="utf-8")
    assert len(text) < 10 * 1024 * 1024
    for args in (("validate", name), ("build", name, "-o", "out", *MD, "--quiet")):
        result = bk(tmp_path, *args, timeout=120)
        assert f"{name}: invalid YAML: more than 100,000 values" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr and result.returncode == 1


# ------------------------------------------------------------------ 6. words kept, one-line errors


def test_json_surrogate_pairs_keep_their_character(tmp_path: Path) -> None:
    """``json.dump`` escapes 😀 as ``\\ud83d\\ude00``: the character must reach the output."""
    brief = {"meta": {"title": "Smile 😀 here"}, "summary": "Text with 𝄞 and 😀.", "key_points": ["𝔘nicode"]}
    (tmp_path / "a.json").write_text(json.dumps(brief), encoding="utf-8")
    assert "\\ud83d\\ude00" in (tmp_path / "a.json").read_text(encoding="utf-8")
    result = bk(tmp_path, "render", "a.json", *MD, "-o", "out")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "out" / "a" / "briefing-note.md").read_text(encoding="utf-8")
    assert "Smile 😀 here" in text and "𝄞" in text and "𝔘nicode" in text


@pytest.mark.parametrize(("value", "message"), [
    ("1e309", "a.yaml:4: invalid value: 1e309 is not a finite number"),
    ("-1e400", "a.yaml:4: invalid value: -1e400 is not a finite number"),
    (".nan", "a.yaml:4: invalid value: .nan is not a finite number"),
    (".inf", "a.yaml:4: invalid value: .inf is not a finite number"),
    ("'nan'", "a.yaml:4: figures[0].value: Input should be a finite number"),
    ("'1e309'", "a.yaml:4: figures[0].value: Input should be a finite number"),
    ("'-Infinity'", "a.yaml:4: figures[0].value: Input should be a finite number"),
])
def test_figures_that_are_not_finite_numbers_are_refused(value: str, message: str, tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(f"meta: {{title: T}}\nfigures:\n  - label: share\n    value: {value}\n",
                                     encoding="utf-8")
    assert one_line_error(bk(tmp_path, "validate", "a.yaml")) == message
    result = bk(tmp_path, "build", "a.yaml", "-o", "out", "-p", "summary", "-f", "docx", "--quiet")
    assert "Traceback" not in result.stderr and f"failed a: {message}" in result.stderr


def test_json_non_finite_numbers_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('{"meta": {"title": "T"}, "figures": [{"label": "x", "value": 1e999}]}')
    assert one_line_error(bk(tmp_path, "validate", "a.json")) == "a.json:1: invalid value: 1e999 is not a finite number"


def test_building_into_an_unwritable_folder_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    result = bk(tmp_path, "build", "a.yaml", "-o", "/proc/briefkit-out", *MD)
    assert one_line_error(result) == ("/proc/briefkit-out: cannot write into the output folder: "
                                      "No such file or directory")


def test_an_unwritable_report_path_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    result = bk(tmp_path, "build", "a.yaml", "-o", "out", *MD, "--report", "/proc/self/briefkit/report.json",
                "--quiet")
    assert one_line_error(result).startswith("/proc/self/briefkit/report.json: cannot write the build report: ")
    assert (tmp_path / "out" / "a" / "briefing-note.md").is_file()


def test_a_full_disk_leaves_all_or_none_of_an_item_and_one_line(tmp_path: Path) -> None:
    """Writes past 30 kB fail (RLIMIT_FSIZE, as a full disk would): the item's PDF does not fit, so none of its
    files is written, no temporary file stays, the failure is one line and the rest of the build goes on."""
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    result = bk(tmp_path, "build", "a.yaml", "-o", "out", "-p", "note", "-f", "md", "-f", "html", "-f", "pdf",
                "--quiet", file_size=30_000)
    assert "Traceback" not in result.stderr and result.returncode == 1
    failure = [line for line in result.stderr.splitlines() if line.startswith("failed a: ")]
    assert len(failure) == 1 and failure[0].endswith(": cannot write: File too large"), result.stderr
    assert [p for p in tree(tmp_path / "out") if p.startswith("a/")] == []
    assert not list((tmp_path / "out").rglob("*.tmp"))


def test_extracting_an_article_with_a_long_name_works(tmp_path: Path) -> None:
    name = "a" * 246 + ".txt"  # 250 bytes: the content file's name is 251, its temporary file must be shorter
    (tmp_path / name).write_bytes(ARTICLE.read_bytes())
    result = bk(tmp_path, "extract", name, "-o", "c")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "c" / ("a" * 246 + ".yaml")).is_file()


def test_memory_error_is_one_line(tmp_path: Path) -> None:
    """Whatever runs out of memory, the CLI says so in one line with exit 1 (a fault injected into rendering)."""
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    script = ("import sys, briefkit.render as r\n"
              "def boom(*a, **k):\n    raise MemoryError\n"
              "r.render_brief = boom\n"
              "sys.argv = ['briefkit', 'render', 'a.yaml', '-p', 'note', '-f', 'md', '-o', 'out']\n"
              "from briefkit.cli import main\nmain()\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env(), capture_output=True, text=True,
                            timeout=120)
    assert one_line_error(result) == "out of memory: the input is too large for the memory available"


# ------------------------------------------------------------------ 7. interrupts and concurrency


def _many(tmp_path: Path, count: int = 60) -> None:
    content = tmp_path / "content"
    content.mkdir()
    for index in range(count):
        (content / f"b{index:03d}.yaml").write_text(OK.replace("A fine title", f"Brief {index}"), encoding="utf-8")


def _wait_for_progress(proc: subprocess.Popen[str], out: Path) -> None:
    journal = out / ".briefkit-cache.jsonl"
    deadline = time.monotonic() + 120
    while not (journal.exists() and journal.stat().st_size) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "the build finished before it could be interrupted"


def _children(pid: int) -> list[int]:
    try:
        found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(child) for child in found]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@posix_only
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_sigterm_stops_the_workers_too(tmp_path: Path) -> None:
    _many(tmp_path)
    proc = spawn(tmp_path, "build", "content", "-o", "out", "-j", "2", *MD, "--quiet")
    _wait_for_progress(proc, tmp_path / "out")
    workers = _children(proc.pid)
    assert workers, "no worker processes found"
    proc.send_signal(signal.SIGTERM)  # the parent only, as a service manager would
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 143 and stderr.strip().splitlines()[-1] == "terminated", stderr
    assert "Traceback" not in stderr
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers), "workers outlived the parent"
    rerun = bk(tmp_path, "build", "content", "-o", "out", "-j", "2", *MD, "--quiet")
    assert rerun.returncode == 0 and not list((tmp_path / "out").rglob("*.tmp"))
    summary = json.loads((tmp_path / "out" / "build-report.json").read_text(encoding="utf-8"))["summary"]
    assert summary["skipped"] >= 1 and summary["built"] + summary["skipped"] == 60  # what finished was kept


@posix_only
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_ends_with_interrupted_and_130(jobs: str, tmp_path: Path) -> None:
    _many(tmp_path)
    proc = spawn(tmp_path, "build", "content", "-o", "out", "-j", jobs, *MD, "--quiet")
    _wait_for_progress(proc, tmp_path / "out")
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends: the whole foreground group
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1] == "interrupted" and "Aborted!" not in stderr
    assert "Traceback" not in stderr


@posix_only
def test_a_second_build_into_the_same_folder_is_refused_clearly(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    with (out / ".briefkit.lock").open("w") as held:  # another build holds the folder
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        result = bk(tmp_path, "build", "a.yaml", "-o", "out", *MD)
        assert one_line_error(result) == ("out: another briefkit command is writing into this folder; wait for it to "
                                          "finish or choose another --out")
        assert sorted(tree(out)) == [".briefkit.lock"]
    result = bk(tmp_path, "build", "a.yaml", "-o", "out", *MD)
    assert result.returncode == 0, result.stderr


# ------------------------------------------------------------------ 8. messages cannot drive the terminal


@pytest.mark.parametrize("command", ["validate", "build"])
def test_escape_sequences_in_names_and_keys_are_shown_escaped(command: str, tmp_path: Path) -> None:
    name = "a\x1b]0;pwned\x07\x1b[2J.yaml"
    (tmp_path / name).write_text("meta: {title: T}\n\"x\\e[31mred\\r\\u202e\": 1\n", encoding="utf-8")
    args = ("validate", name) if command == "validate" else ("build", name, "-o", "out", *MD, "--quiet")
    result = bk(tmp_path, *args)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert not any(c in result.stderr for c in "\x1b\x07\r\u202e")
    assert "\\x1b[2J" in result.stderr and "\\x07" in result.stderr and "\\x1b[31mred\\r\\u202e" in result.stderr


# ------------------------------------------------------------------ 8. links, time, newsletters


_LINKS = {"Diag": "ms-msdt:/id PCWDiagnostic /skip force", "Search": "search-ms:query=invoice&crumb=location:x",
          "Relative": "//evil.example/share", "Data": "data:text/html;base64,PHNjcmlwdD4=",
          "Script": "javascript:alert(1)", "File": "file:///etc/passwd", "Backslash": "https:\\\\evil.example/",
          "Good": "https://example.org/ok"}


def _link_targets(out: Path) -> dict[str, set[str]]:
    from pypdf import PdfReader

    pdf = {str(a.get_object().get("/A", {}).get("/URI", "")) for page in PdfReader(out / "briefing-note.pdf").pages
           for a in page.get("/Annots", []) or []} - {""}
    with zipfile.ZipFile(out / "briefing-note.docx") as package:
        rels = package.read("word/_rels/document.xml.rels").decode("utf-8")
    docx = set(re.findall(r'Target="([^"]*)" TargetMode="External"', rels))
    html = set(re.findall(r'href="([^"]*)"', (out / "briefing-note.html").read_text(encoding="utf-8")))
    return {"pdf": pdf, "docx": docx, "html": html}


def test_only_web_and_mail_links_become_links_in_every_format(tmp_path: Path) -> None:
    sources = "".join(f"  - title: {name} source\n    url: '{url}'\n" for name, url in _LINKS.items())
    (tmp_path / "a.yaml").write_text(OK + "sources:\n" + sources, encoding="utf-8")
    result = bk(tmp_path, "build", "a.yaml", "-o", "out", "-p", "note", "-f", "pdf", "-f", "docx", "-f", "html")
    assert result.returncode == 0, result.stderr
    targets = _link_targets(tmp_path / "out" / "a")
    assert targets["pdf"] == targets["docx"] == {"https://example.org/ok"}, targets
    assert {t for t in targets["html"] if not t.startswith("#")} == {"https://example.org/ok"}
    html = (tmp_path / "out" / "a" / "briefing-note.html").read_text(encoding="utf-8")
    assert all(f"{name} source" in html for name in _LINKS)  # the words stay, as text
    letter = bk(tmp_path, "newsletter", "a.yaml", "-o", "nl", "-f", "html")
    assert letter.returncode == 0, letter.stderr
    email = (tmp_path / "nl" / "newsletter" / "newsletter.html").read_text(encoding="utf-8")
    assert {t for t in re.findall(r'href="([^"]*)"', email) if not t.startswith("#")} <= {"https://example.org/ok"}


def test_a_slow_item_hits_the_per_item_time_limit_and_the_rest_builds(tmp_path: Path) -> None:
    points = "".join(f"- Point number {i} says something rather long about cooperation.\n" for i in range(20000))
    (tmp_path / "slow.yaml").write_text("meta: {title: Slow}\nkey_points:\n" + points, encoding="utf-8")
    (tmp_path / "fast.yaml").write_text(OK, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "briefkit", "build", "slow.yaml", "fast.yaml", "-o", "out", "-p",
                             "note", "-f", "pdf", "-j", "2", "--quiet"], cwd=tmp_path,
                            env={**env(), "BRIEFKIT_ITEM_SECONDS": "1"}, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0] == ("failed slow: slow.yaml: took over 1 s of processing time, the per-item "
                                             "limit (BRIEFKIT_ITEM_SECONDS); not built")
    report = json.loads((tmp_path / "out" / "build-report.json").read_text(encoding="utf-8"))
    assert {i["slug"]: i["status"] for i in report["items"]} == {"slow": "failed", "fast": "built"}


def test_a_docx_of_empty_paragraphs_is_refused_quickly(tmp_path: Path) -> None:
    body = "<w:p/>" * 150_000
    document = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}</w:body></w:document>")
    import docx

    template = docx.Document()
    template.save(tmp_path / "base.docx")
    with zipfile.ZipFile(tmp_path / "base.docx") as src, zipfile.ZipFile(tmp_path / "empty.docx", "w",
                                                                          zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, document if info.filename == "word/document.xml" else src.read(info))
    assert one_line_error(bk(tmp_path, "extract", "empty.docx", "-o", "c")) == (
        "empty.docx: 150,000 paragraphs, over the 100,000-paragraph limit for articles")


def test_a_newsletter_merges_identical_briefs_and_warns_before_mail_clients_clip_it(tmp_path: Path) -> None:
    sample = (ROOT / "content" / "ai-cooperation-2024.yaml").read_text(encoding="utf-8")
    (tmp_path / "c").mkdir()
    count = 60  # enough distinct briefs that the e-mail passes the clipping size once repeats are merged
    for index in range(count):
        # A distinct brief has its own figures too: a key-figure row said by an earlier item is not repeated.
        text = sample if index % 3 == 0 else sample.replace("title:", f"title: Part {index} -", 1).replace(
            "  - label: ", f"  - label: Part {index} ")
        (tmp_path / "c" / f"b{index:02d}.yaml").write_text(text, encoding="utf-8")
    result = bk(tmp_path, "newsletter", "c", "-o", "nl", "-f", "html")
    assert result.returncode == 0, result.stderr
    warnings = result.stderr.splitlines()
    merged = [w for w in warnings if "the same brief as c/b00.yaml; included once" in w]
    assert len(merged) == len(range(3, count, 3))  # every third brief repeats b00
    kept = count - len(merged)
    size = (tmp_path / "nl" / "newsletter" / "newsletter.html").stat().st_size
    assert size > 102 * 1024
    assert (f"warning: newsletter.html: {size:,} bytes; mail clients clip messages over about 102 KB (Gmail at "
            f"102 KB), so readers will not see all {kept} briefs: split the issue") in warnings
    html = (tmp_path / "nl" / "newsletter" / "newsletter.html").read_text(encoding="utf-8")
    assert f"In this issue: {kept}" in html and f"In this issue: {count}" not in html
    small = bk(tmp_path, "newsletter", "c/b00.yaml", "c/b01.yaml", "-o", "nl2", "-f", "html")
    assert small.returncode == 0 and "mail clients clip" not in small.stderr


def test_extract_stops_a_slow_article_at_the_time_limit(tmp_path: Path) -> None:
    """markdown-it is quadratic in unclosed brackets: 30,000 take minutes; the limit ends it with one line."""
    (tmp_path / "a.md").write_text("# T\n\n" + "[" * 30000 + "x" + "]" * 30000 + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "briefkit", "extract", "a.md", "-o", "c"], cwd=tmp_path,
                            env={**env(), "BRIEFKIT_ITEM_SECONDS": "1"}, capture_output=True, text=True, timeout=300)
    assert one_line_error(result) == ("a.md: took over 1 s of processing time, the per-item limit "
                                      "(BRIEFKIT_ITEM_SECONDS)")
    assert not (tmp_path / "c").exists()


def test_escape_sequences_in_a_pack_description_are_shown_escaped(tmp_path: Path) -> None:
    (tmp_path / "tpl" / "note").mkdir(parents=True)
    (tmp_path / "tpl" / "note" / "pack.yaml").write_text(
        'product: note\ndescription: "x\\e]8;;http://evil.example\\a click\\e[2J"\nentry: note.md.j2\n'
        "output: n\nformats: {md: md}\n", encoding="utf-8")
    result = bk(tmp_path, "templates", "list", "--templates", "tpl")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "x\\x1b]8;;http://evil.example\\x07 click\\x1b[2J" in result.stdout


@posix_only
@pytest.mark.parametrize("command", ["render", "newsletter"])
def test_render_and_newsletter_refuse_a_folder_another_command_is_writing(command: str, tmp_path: Path) -> None:
    options = MD if command == "render" else ("-f", "md")
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    with (out / ".briefkit.lock").open("w") as held:  # a build (with --clean, say) holds the folder
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        result = bk(tmp_path, command, "a.yaml", "-o", "out", *options)
        assert one_line_error(result) == ("out: another briefkit command is writing into this folder; wait for it "
                                          "to finish or choose another --out")
        assert sorted(tree(out)) == [".briefkit.lock"]
    result = bk(tmp_path, command, "a.yaml", "-o", "out", *options)
    assert result.returncode == 0, result.stderr
    assert any(name.endswith(".md") for name in tree(out))
