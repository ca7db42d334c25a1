"""Nothing outside its folder: --clean, symlinks, manifests, reference documents (through the real CLI).

Every case plays an attacker who controls one input — a cache file, a
template pack, a content folder, a manifest, a reference document, the output
folder — and checks that briefkit neither reads, writes nor removes a file
outside the folder that input belongs to.  Each run is a subprocess under a
1 GiB memory limit (see :mod:`tests.securitykit`).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.conftest import ROOT
from tests.securitykit import OK, bk, one_line_error, tree

MD = ("-p", "note", "-f", "md")
SECRET = "TOPSECRET-4711"


@pytest.fixture()
def victim(tmp_path: Path) -> Path:
    """A folder outside every input folder, holding a file that must never be read, changed or removed."""
    folder = tmp_path / "victim"
    folder.mkdir()
    (folder / "secret.txt").write_text(f"{SECRET}\n", encoding="utf-8")
    return folder


def _record(path: Path) -> dict[str, object]:
    data = path.read_bytes()
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "mtime_ns": path.stat().st_mtime_ns}


# ------------------------------------------------------------------ 1. --clean removes only its own files


def test_clean_never_removes_files_outside_the_output_folder(tmp_path: Path, victim: Path) -> None:
    """A forged cache naming ``../x``, an absolute path or a path through a symlink, with the right hashes."""
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    assert bk(tmp_path, "build", "a.yaml", "-o", "out", *MD).returncode == 0
    out = tmp_path / "out"
    (out / "link").symlink_to(victim, target_is_directory=True)
    (tmp_path / "beside.txt").write_text("beside\n", encoding="utf-8")
    forged = {"../beside.txt": tmp_path / "beside.txt", str(victim / "secret.txt"): victim / "secret.txt",
              "a/../../beside.txt": tmp_path / "beside.txt", "link/secret.txt": victim / "secret.txt",
              "./../victim/secret.txt": victim / "secret.txt"}
    cache = json.loads((out / ".briefkit-cache.json").read_text(encoding="utf-8"))
    entry = cache["items"]["a"]
    entry["earlier"] = [{"path": p, **_record(f)} for p, f in forged.items()]
    forged_outputs = [{"path": p, **_record(f)} for p, f in forged.items()]
    cache["items"]["gone"] = {**entry, "slug": "gone", "outputs": forged_outputs}
    (out / ".briefkit-cache.json").write_text(json.dumps(cache), encoding="utf-8")
    result = bk(tmp_path, "build", "a.yaml", "-o", "out", "--clean", *MD)
    assert result.returncode == 0, result.stderr
    assert (victim / "secret.txt").read_text(encoding="utf-8") == f"{SECRET}\n"
    assert (tmp_path / "beside.txt").exists() and (out / "link").is_symlink()
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert report["old_outputs"]["paths"] == []


def test_clean_removes_only_files_holding_the_bytes_it_wrote(tmp_path: Path) -> None:
    """An earlier output someone edited, or replaced by a symlink, is no longer briefkit's: it stays."""
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.yaml").write_text(OK, encoding="utf-8")
    assert bk(tmp_path, "build", ".", "-o", "out", "-p", "note", "-f", "md", "-f", "html").returncode == 0
    out = tmp_path / "out"
    (out / "b" / "briefing-note.html").write_text("my own notes\n", encoding="utf-8")
    (out / "c" / "briefing-note.html").unlink()
    (out / "c" / "briefing-note.html").symlink_to(tmp_path / "c.yaml")
    result = bk(tmp_path, "build", ".", "-o", "out", "--clean", *MD)
    assert result.returncode == 0, result.stderr
    assert not (out / "a" / "briefing-note.html").exists()  # unchanged since briefkit wrote it: removed
    assert (out / "b" / "briefing-note.html").read_text(encoding="utf-8") == "my own notes\n"
    assert (out / "c" / "briefing-note.html").is_symlink() and (tmp_path / "c.yaml").read_text() == OK
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert report["old_outputs"] == {"removed": True, "paths": ["a/briefing-note.html"]}


def test_a_forged_cache_entry_cannot_make_the_build_read_a_device(tmp_path: Path) -> None:
    """A cache or an output record pointing at /dev/zero is ignored, not read (the memory limit would catch it)."""
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    assert bk(tmp_path, "build", "a.yaml", "-o", "out", *MD).returncode == 0
    out = tmp_path / "out"
    cache = json.loads((out / ".briefkit-cache.json").read_text(encoding="utf-8"))
    cache["items"]["a"]["outputs"] = [{"path": "/dev/zero", "sha256": "0" * 64, "size": 0, "mtime_ns": 0}]
    (out / ".briefkit-cache.json").write_text(json.dumps(cache), encoding="utf-8")
    (out / ".briefkit-cache.jsonl").symlink_to("/dev/zero")
    result = bk(tmp_path, "build", "a.yaml", "-o", "out", "--clean", *MD, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads((out / "build-report.json").read_text())["items"][0]["status"] == "built"


# ------------------------------------------------------------------ 2. no symlink leads out of a folder


def _pack(tmp_path: Path, entry: str = "note.md.j2", body: str = "# {{ meta.title }}\n") -> Path:
    pack = tmp_path / "tpl" / "note"
    pack.mkdir(parents=True)
    (pack / "pack.yaml").write_text(f"product: note\nentry: {entry}\noutput: briefing-note\nformats: {{md: md}}\n",
                                    encoding="utf-8")
    if body:
        (pack / "note.md.j2").write_text(body, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    return pack


def test_a_symlinked_entry_template_is_refused(tmp_path: Path, victim: Path) -> None:
    pack = _pack(tmp_path, body="")
    (pack / "note.md.j2").symlink_to(victim / "secret.txt")
    result = bk(tmp_path, "render", "a.yaml", "-o", "out", *MD, "--templates", "tpl")
    assert one_line_error(result) == ("tpl/note/note.md.j2: a template must be a regular file inside its folder, "
                                      "not a symbolic link, device or folder")
    assert not (tmp_path / "out").exists()
    shown = bk(tmp_path, "templates", "show", "note", "--templates", "tpl")
    assert SECRET not in shown.stdout and shown.returncode == 1


def test_a_symlinked_include_is_refused(tmp_path: Path, victim: Path) -> None:
    pack = _pack(tmp_path, body="{% include 'note/part.md.j2' %}\n")
    (pack / "part.md.j2").symlink_to(victim / "secret.txt")
    result = bk(tmp_path, "build", "a.yaml", "-o", "out", *MD, "--templates", "tpl", "--quiet")
    assert result.returncode == 1 and SECRET not in result.stderr + result.stdout
    assert "tpl/note/part.md.j2: a template must be a regular file inside its folder" in result.stderr
    assert all(SECRET.encode() not in data for data in tree(tmp_path / "out").values())


def test_a_symlinked_template_folder_is_refused(tmp_path: Path, victim: Path) -> None:
    """A folder inside the pack that links elsewhere: templates reached through it are refused."""
    pack = _pack(tmp_path, body="{% include 'note/parts/secret.txt' %}\n")
    (pack / "parts").symlink_to(victim, target_is_directory=True)
    result = bk(tmp_path, "render", "a.yaml", "-o", "out", *MD, "--templates", "tpl")
    assert one_line_error(result).startswith("tpl/note/parts/secret.txt: a template must be a regular file")


def test_a_symlinked_pack_is_refused(tmp_path: Path, victim: Path) -> None:
    elsewhere = _pack(victim, body=f"{SECRET}\n")
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "note").symlink_to(elsewhere, target_is_directory=True)
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    result = bk(tmp_path, "render", "a.yaml", "-o", "out", *MD, "--templates", "tpl")
    assert one_line_error(result) == ("tpl/note/pack.yaml: a pack and its pack.yaml must be real files and folders "
                                      "inside the templates folder, not symbolic links")


@pytest.mark.parametrize("entry", ["../../victim/secret.txt", "/etc/passwd", "sub/../../x.j2"])
def test_a_pack_entry_must_stay_inside_the_pack(entry: str, tmp_path: Path, victim: Path) -> None:
    _pack(tmp_path, entry=entry)
    result = bk(tmp_path, "render", "a.yaml", "-o", "out", *MD, "--templates", "tpl")
    assert one_line_error(result) == "tpl/note/pack.yaml:2: entry: must be a template file inside the pack"


def test_symlinks_in_a_content_folder_are_skipped(tmp_path: Path, victim: Path) -> None:
    (victim / "leak.yaml").write_text(f"meta: {{title: {SECRET}}}\n", encoding="utf-8")
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.yaml").write_text(OK, encoding="utf-8")
    (content / "leak.yaml").symlink_to(victim / "leak.yaml")
    result = bk(tmp_path, "build", "content", "-o", "out", *MD)
    assert result.returncode == 0, result.stderr
    assert sorted(tree(tmp_path / "out")) == [".briefkit-cache.json", ".briefkit.lock", "a/briefing-note.md",
                                              "build-report.json"]


@pytest.mark.parametrize(("manifest", "message"), [
    ("items: [../victim/x.yaml]", "briefkit.yaml:1: items: '../victim/x.yaml' must be a path inside the "
                                  "manifest's folder (no '..', not absolute)"),
    ("items: [VICTIM/x.yaml]", "briefkit.yaml:1: items: 'VICTIM/x.yaml' must be a path inside the manifest's "
                               "folder (no '..', not absolute)"),
    ("items: [link/x.yaml]", "briefkit.yaml:1: items: 'link/x.yaml' is or passes through a symbolic link; items "
                             "must be real files and folders inside the manifest's folder"),
    ("items: [link]", "briefkit.yaml:1: items: 'link' is or passes through a symbolic link; items must be real "
                      "files and folders inside the manifest's folder"),
    ("items: ['li*/*.yaml']", "briefkit.yaml:1: items: 'li*/*.yaml' matches no file"),
    ("items: [a.yaml]\nout: ../victim", "briefkit.yaml:2: out: '../victim' must be a folder inside the manifest's "
                                        "folder (no '..', not absolute, no symbolic link)"),
    ("items: [a.yaml]\nout: VICTIM", "briefkit.yaml:2: out: 'VICTIM' must be a folder inside the manifest's folder "
                                     "(no '..', not absolute, no symbolic link)"),
    ("items: [a.yaml]\nout: link", "briefkit.yaml:2: out: 'link' must be a folder inside the manifest's folder "
                                   "(no '..', not absolute, no symbolic link)"),
])
def test_a_manifest_cannot_reach_outside_its_folder(manifest: str, message: str, tmp_path: Path,
                                                    victim: Path) -> None:
    (victim / "x.yaml").write_text(f"meta: {{title: {SECRET}}}\n", encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    (project / "a.yaml").write_text(OK, encoding="utf-8")
    (project / "link").symlink_to(victim, target_is_directory=True)
    (project / "briefkit.yaml").write_text(manifest.replace("VICTIM", str(victim)) + "\n", encoding="utf-8")
    before = tree(victim)
    result = bk(project, "build", *MD)
    assert one_line_error(result) == message.replace("VICTIM", str(victim))
    assert tree(victim) == before


def test_a_manifest_inside_its_folder_still_builds(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.yaml").write_text(OK, encoding="utf-8")
    (tmp_path / "briefkit.yaml").write_text("items: [./content, 'content/*.yaml']\nout: ./site/out\n",
                                            encoding="utf-8")
    result = bk(tmp_path, "build", *MD)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "out" / "a" / "briefing-note.md").is_file()


def test_a_symlink_inside_the_output_folder_does_not_redirect_writes(tmp_path: Path, victim: Path) -> None:
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a").symlink_to(victim, target_is_directory=True)
    (victim / ".stale.tmp").write_text("not briefkit's\n", encoding="utf-8")
    before = tree(victim)
    result = bk(tmp_path, "build", "a.yaml", "-o", "out", *MD, "--quiet")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert ("failed a: out/a: is a symbolic link or outside the output folder; briefkit writes only into real "
            "folders inside it") in result.stderr.splitlines()
    assert tree(victim) == before


# ------------------------------------------------------------------ 3. reference documents link nowhere


_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _reference(extra: dict[str, bytes], patch: dict[str, tuple[bytes, bytes]] | None = None) -> bytes:
    """The built-in reference.docx with parts added (``extra``) or edited (``patch``: old → new bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(ROOT / "templates" / "summary" / "reference.docx") as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if patch and info.filename in patch:
                data = data.replace(*patch[info.filename])
            dst.writestr(info.filename, data)
        for name, data in extra.items():
            dst.writestr(name, data)
    return out.getvalue()


_ATTACHED = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_RELS_NS}">'
             f'<Relationship Id="rId1" Type="{_OFFICE}/attachedTemplate" '
             'Target="http://evil.example/track/Normal.dotm" TargetMode="External"/></Relationships>').encode()


def _all_parts(docx: Path) -> bytes:
    with zipfile.ZipFile(docx) as package:
        return b"\n".join(package.read(name) for name in package.namelist())


def test_the_attached_template_of_a_reference_document_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "ref.docx").write_bytes(_reference(
        {"word/_rels/settings.xml.rels": _ATTACHED},
        {"word/settings.xml": (b"<w:zoom ", b'<w:attachedTemplate r:id="rId1"/><w:zoom ')}))
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    result = bk(tmp_path, "build", "a.yaml", "-o", "out", "-p", "summary", "-f", "docx", "--reference-docx",
                "ref.docx")
    assert result.returncode == 0, result.stderr
    parts = _all_parts(tmp_path / "out" / "a" / "summary.docx")
    assert b"evil.example" not in parts and b"attachedTemplate" not in parts
    assert b'TargetMode="External"' not in parts


@pytest.mark.parametrize("part", ["word/_rels/document.xml.rels", "word/_rels/header1.xml.rels", "_rels/.rels"])
def test_a_reference_document_with_an_external_link_is_refused(part: str, tmp_path: Path) -> None:
    rel = (f'<Relationship Id="rId99" Type="{_OFFICE}/image" Target="https://evil.example/pixel.png" '
           'TargetMode="External"/>').encode()
    if part == "word/_rels/header1.xml.rels":
        reference = _reference({part: f'<Relationships xmlns="{_RELS_NS}">'.encode() + rel + b"</Relationships>"})
    else:
        reference = _reference({}, {part: (b"</Relationships>", rel + b"</Relationships>")})
    (tmp_path / "ref.docx").write_bytes(reference)
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    result = bk(tmp_path, "render", "a.yaml", "-o", "out", "-p", "summary", "-f", "docx", "--reference-docx",
                "ref.docx")
    assert one_line_error(result) == (f"ref.docx: {part} links outside the document (https://evil.example/pixel.png); "
                                      "a reference document must not load or link anything from elsewhere")
    assert not (tmp_path / "out").exists()


def test_a_reference_document_zip_bomb_is_refused(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "ref.docx", "w", zipfile.ZIP_DEFLATED) as package, \
            package.open("word/bomb.xml", "w") as member:
        for _ in range(200):
            member.write(b"\0" * (1 << 20))
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    assert os.path.getsize(tmp_path / "ref.docx") < 1_000_000
    result = bk(tmp_path, "render", "a.yaml", "-o", "out", "-p", "summary", "-f", "docx", "--reference-docx",
                "ref.docx")
    assert one_line_error(result) == ("ref.docx: unpacks to 209,715,200 bytes, over the 104,857,600-byte limit")


# ------------------------------------------------------------------ property: no generated path gets out

_PARTS = st.sampled_from(["a", "b", "..", ".", "", "link", "out", "victim", "secret.txt", "C:", "\\", "..\\..",
                          "~", "\0", " ", "a\nb", "\x1b[2J", "%2e%2e", "…", "/"])
_PATHS = st.lists(_PARTS, min_size=1, max_size=6).map("/".join)


@settings(max_examples=300, derandomize=True, deadline=None, database=None)
@given(rel=_PATHS)
def test_no_plain_path_leaves_its_folder(rel: str) -> None:
    """Whatever :func:`plain_parts` accepts stays below the folder once joined and normalised."""
    from briefkit.safepath import plain_parts

    parts = plain_parts(rel)
    if parts is not None:
        joined = os.path.normpath(os.path.join("/root-folder", *parts))
        assert joined.startswith("/root-folder/") and ".." not in parts and "" not in parts


@settings(max_examples=60, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paths=st.lists(_PATHS, min_size=1, max_size=8))
@example(paths=["a/secret.txt", "../secret.txt", "link/secret.txt"])
def test_clean_removes_nothing_a_forged_cache_names_outside(paths: list[str], tmp_path_factory: pytest.TempPathFactory
                                                           ) -> None:
    """Random forged records, each with the true hash of the victim's bytes: only files below OUT may go."""
    from briefkit.batch.cache import BuildCache
    from briefkit.batch.stale import leftovers, remove

    base = tmp_path_factory.mktemp("forged")
    out, victim = base / "out", base / "victim"
    out.mkdir()
    victim.mkdir()
    (victim / "secret.txt").write_text(SECRET, encoding="utf-8")
    (base / "secret.txt").write_text(SECRET, encoding="utf-8")
    (out / "link").symlink_to(victim, target_is_directory=True)
    (out / "victim").symlink_to(victim, target_is_directory=True)
    (out / "a").mkdir()
    (out / "a" / "secret.txt").write_text(SECRET, encoding="utf-8")  # briefkit's own: may go when named exactly
    record = _record(victim / "secret.txt")
    cache = BuildCache(out)
    cache.entries = {"gone": {"slug": "gone", "outputs": [{"path": p, **record} for p in paths], "earlier": []}}
    previous = {"gone": {p: (str(record["sha256"]), int(str(record["size"]))) for p in paths}}
    old = leftovers(previous, [], out)
    remove(out, old, cache, set(), previous)
    assert (victim / "secret.txt").read_text(encoding="utf-8") == SECRET
    assert (base / "secret.txt").read_text(encoding="utf-8") == SECRET
    assert (out / "link").is_symlink() and (out / "victim").is_symlink()
    assert (out / "a" / "secret.txt").exists() == ("a/secret.txt" not in paths)


@pytest.mark.parametrize("command", ["render", "newsletter"])
def test_render_and_newsletter_do_not_write_through_a_symlink_either(command: str, tmp_path: Path,
                                                                     victim: Path) -> None:
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    (tmp_path / "out").mkdir()
    slug = "a" if command == "render" else "newsletter"
    (tmp_path / "out" / slug).symlink_to(victim, target_is_directory=True)
    before = tree(victim)
    args = ("render", "a.yaml", *MD, "-o", "out") if command == "render" else ("newsletter", "a.yaml", "-f", "md",
                                                                              "-o", "out")
    assert one_line_error(bk(tmp_path, *args)) == (f"out/{slug}: is a symbolic link or outside the output folder; "
                                                   "briefkit writes only into real folders inside it")
    assert tree(victim) == before


def test_a_symlinked_pack_theme_is_not_read(tmp_path: Path, victim: Path) -> None:
    """``--templates DIR`` with ``base/theme.yaml`` linking elsewhere: the built-in theme is used instead."""
    (victim / "theme.yaml").write_text(f"{SECRET}: 1\n", encoding="utf-8")
    (tmp_path / "tpl" / "base").mkdir(parents=True)
    (tmp_path / "tpl" / "base" / "theme.yaml").symlink_to(victim / "theme.yaml")
    (tmp_path / "a.yaml").write_text(OK, encoding="utf-8")
    result = bk(tmp_path, "render", "a.yaml", *MD, "-o", "out", "--templates", "tpl")
    assert result.returncode == 0, result.stderr
    assert SECRET not in result.stderr + result.stdout
