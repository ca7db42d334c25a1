"""A catalogue of broken inputs, each run through the real CLI.

Every case states the exact lines briefkit must print on stderr and its exit
code (1 for a bad input, 2 for a usage error); none may show a traceback or
leave anything in the output folder.  Inputs are generated in a fresh folder
that is the working directory, so messages name short relative paths.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.conftest import ROOT

from briefkit.cli import cli

OK = "meta:\n  title: A fine title\nsummary: Short.\n"
FONTS = ROOT / "templates" / "base" / "fonts"


@dataclass(frozen=True)
class Case:
    """One broken input: files to create, the command, and what it must print."""

    files: dict[str, str | bytes]
    expected: list[str]
    args: tuple[str, ...] = ("render", "bad.yaml", "-p", "note", "-f", "md", "-o", "out")
    code: int = 1
    setup: Callable[[Path], None] | None = field(default=None, compare=False)
    seconds: float = 1.0
    """The render time limit: short, so that a runaway template fails fast."""


def _theme(extra: str, fonts: str) -> dict[str, str | bytes]:
    """A theme folder ``th/`` whose body font is given by the ``fonts`` lines, plus ``extra`` lines."""
    return {"bad.yaml": OK, "th/theme.yaml": f"fonts:\n  body:\n    name: Body\n{fonts}{extra}"}


def _copy_font(tmp: Path) -> None:
    (tmp / "th" / "fonts").mkdir(parents=True, exist_ok=True)
    (tmp / "th" / "fonts" / "Body.ttf").write_bytes((FONTS / "NotoSans-Regular.ttf").read_bytes())


def _tpl(body: str, name: str = "note.md.j2") -> dict[str, str | bytes]:
    return {"bad.yaml": OK, f"tpl/note/{name}": body}


TPL_ARGS = ("render", "bad.yaml", "-p", "note", "-f", "md", "-o", "out", "--templates", "tpl")
THEME_ARGS = ("render", "bad.yaml", "-p", "note", "-f", "md", "-o", "out", "--theme", "th/theme.yaml")
_ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
) + "meta: {title: boom}\n"


def _sparse_file(path: Path, size: int) -> None:
    """A file of ``size`` bytes that takes no disk space (a hole after a short header)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        handle.write(b"meta: {title: big}\n")
        handle.truncate(size)


def _sparse(size: int) -> Callable[[Path], None]:
    return lambda tmp: _sparse_file(tmp / "bad.yaml", size)


CASES: dict[str, Case] = {
    # ------------------------------------------------------------- content: syntax
    "yaml-unclosed-bracket": Case({"bad.yaml": "meta:\n  title: [unclosed\n"},
                                  ["bad.yaml:2: invalid YAML: expected ',' or ']', but got '<stream end>'"]),
    "yaml-bad-indent": Case({"bad.yaml": "meta:\n  title: x\n summary: y\n"},
                            ["bad.yaml:3: invalid YAML: expected <block end>, but found '<block mapping start>'"]),
    "yaml-tab-indent": Case({"bad.yaml": "meta:\n\ttitle: x\n"},
                            ["bad.yaml:2: invalid YAML: found character '\\t' that cannot start any token"]),
    "yaml-colon-in-plain": Case({"bad.yaml": "meta: {title: x}\nsummary: a: b\n"},
                                ["bad.yaml:2: invalid YAML: mapping values are not allowed here"]),
    "yaml-duplicate-key": Case({"bad.yaml": "meta: {title: x}\nsummary: a\nsummary: b\n"},
                               ['bad.yaml:3: invalid YAML: found duplicate key "summary" with value "b" '
                                '(original value: "a")']),
    "yaml-unclosed-quote": Case({"bad.yaml": 'meta: {title: "x}\n'},
                                ["bad.yaml:1: invalid YAML: found unexpected end of stream"]),
    "json-syntax": Case({"bad.json": '{"meta": {"title": "x"}\n "summary": "y"}\n'},
                        ["bad.json:2: invalid YAML: expected ',' or '}', but got '<scalar>'"],
                        args=("render", "bad.json", "-p", "note", "-f", "md", "-o", "out")),
    # ------------------------------------------------------------- content: model
    "empty-file": Case({"bad.yaml": ""},
                       ["bad.yaml:1: the file must hold a mapping with at least 'meta: {title: …}'"]),
    "top-level-list": Case({"bad.yaml": "- meta\n- title\n"},
                           ["bad.yaml:1: the file must hold a mapping with at least 'meta: {title: …}'"]),
    "top-level-scalar": Case({"bad.yaml": "just a sentence\n"},
                             ["bad.yaml:1: the file must hold a mapping with at least 'meta: {title: …}'"]),
    "missing-meta": Case({"bad.yaml": "summary: no meta\n"}, ["bad.yaml:1: meta: required field is missing"]),
    "missing-title": Case({"bad.yaml": "meta:\n  date: 2024-08-16\n"},
                          ["bad.yaml:1: meta.title: required field is missing"]),
    "empty-title": Case({"bad.yaml": "meta:\n  title: ''\n"},
                        ["bad.yaml:2: meta.title: String should have at least 1 character"]),
    "title-is-list": Case({"bad.yaml": "meta:\n  title: [a, b]\n"},
                          ["bad.yaml:2: meta.title: Input should be a valid string"]),
    "figure-value-text": Case({"bad.yaml": "meta: {title: T}\nfigures:\n  - label: patents\n    value: lots\n"},
                              ["bad.yaml:4: figures[0].value: Input should be a valid number, "
                               "unable to parse string as a number"]),
    "figure-missing-label": Case({"bad.yaml": "meta: {title: T}\nfigures:\n  - value: 3\n"},
                                 ["bad.yaml:3: figures[0].label: required field is missing"]),
    "unknown-top-key": Case({"bad.yaml": "meta: {title: T}\nsumary: x\n"},
                            ["bad.yaml:2: sumary: unknown key (did you mean 'summary'?)"]),
    "unknown-nested-key": Case({"bad.yaml": "meta:\n  title: T\n  autors: [A]\n"},
                               ["bad.yaml:3: meta.autors: unknown key (did you mean 'authors'?)"]),
    "unknown-key-no-hint": Case({"bad.yaml": "meta: {title: T}\nzzzz: 1\n"}, ["bad.yaml:2: zzzz: unknown key"]),
    "language-not-a-tag": Case({"bad.yaml": "meta:\n  title: T\n  language: 'en\" onload=\"x'\n"},
                               ["bad.yaml:3: meta.language: 'en\" onload=\"x' is not a language tag such as en, zh "
                                "or pt-BR"]),
    "bad-date": Case({"bad.yaml": "meta:\n  title: T\n  date: 2024-13-45\n"},
                     ["bad.yaml:3: invalid value: month must be in 1..12"]),
    "event-precision": Case({"bad.yaml": "meta: {title: T}\ntimeline:\n  - date: 2024-07\n    event: x\n"},
                            ["bad.yaml:3: timeline[0]: date '2024-07' does not match precision 'day'"]),
    "several-problems": Case({"bad.yaml": "meta:\n  titel: T\nkey_points: [1]\n"},
                             ["bad.yaml:1: meta.title: required field is missing",
                              "bad.yaml:2: meta.titel: unknown key (did you mean 'title'?)",
                              "bad.yaml:3: key_points[0]: Input should be a valid dictionary or instance of Point"]),
    # ------------------------------------------------------------- content: hostile
    "python-object-tag": Case({"bad.yaml": "meta:\n  title: !!python/object/apply:os.system ['touch pwned']\n"},
                              ["bad.yaml:2: YAML tag !!python/object/apply:os.system is not allowed"]),
    "python-name-tag": Case({"bad.yaml": "meta: {title: T}\nsummary: !!python/name:os.system\n"},
                            ["bad.yaml:2: YAML tag !!python/name:os.system is not allowed"]),
    "custom-tag": Case({"bad.yaml": "meta: {title: T}\nsummary: !include /etc/passwd\n"},
                       ["bad.yaml:2: YAML tag !include is not allowed"]),
    "binary-tag": Case({"bad.yaml": "meta: {title: T}\nsummary: !!binary aGVsbG8=\n"},
                       ["bad.yaml:2: YAML tag !!binary is not allowed"]),
    "alias-bomb": Case({"bad.yaml": _ALIAS_BOMB}, ["bad.yaml: more than 100,000 values (alias expansion?)"]),
    "recursive-alias": Case({"bad.yaml": "meta: {title: T}\nbackground: &a [*a]\n"},
                            ["bad.yaml: more than 100,000 values (alias expansion?)"]),
    "deep-nesting": Case({"bad.yaml": "meta: {title: T}\nbackground: " + "[" * 3000 + "]" * 3000 + "\n"},
                         ["bad.yaml:2: invalid YAML: nested more than 64 levels deep"]),
    "file-100mb": Case({}, ["bad.yaml: file is 104,857,600 bytes, over the 10,485,760-byte limit"],
                       setup=_sparse(100 * 1024 * 1024)),
    "binary-png": Case({"bad.yaml": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, ["bad.yaml:1: not valid UTF-8 (byte 0)"]),
    "nul-bytes": Case({"bad.yaml": b"meta:\n  title: x\x00y\n"}, ["bad.yaml:2: binary data (NUL byte) in a text file"]),
    "latin1-text": Case({"bad.yaml": "meta:\n  title: caf\u00e9\n".encode("latin-1")},
                        ["bad.yaml:2: not valid UTF-8 (byte 18)"]),
    "utf16-file": Case({"bad.yaml": OK.encode("utf-16")}, ["bad.yaml:1: not valid UTF-8 (byte 0)"]),
    "huge-integer": Case({"bad.yaml": "meta: {title: T}\nfigures:\n  - label: x\n    value: " + "9" * 5000 + "\n"},
                         ["bad.yaml:4: invalid value: Exceeds the limit (4300 digits) for integer string "
                          "conversion: value has 5000 digits"]),
    "missing-file": Case({}, ["Error: Invalid value for 'CONTENT...': bad.yaml: no such file or folder"], code=2),
    # ------------------------------------------------------------- templates (--templates)
    "template-syntax": Case(_tpl("# {{ meta.title }}\n{% if %}\n"),
                            ["tpl/note/note.md.j2:2: Expected an expression, got 'end of statement block' "
                             "(rendering bad.yaml)"], args=TPL_ARGS),
    "template-unclosed-block": Case(_tpl("{% for x in brief.figures %}\n{{ x }}\n"),
                                    ["tpl/note/note.md.j2:2: Unexpected end of template. Jinja was looking for the "
                                     "following tags: 'endfor' or 'else'. The innermost block that needs to be "
                                     "closed is 'for'. (rendering bad.yaml)"], args=TPL_ARGS),
    "template-undefined": Case(_tpl("# {{ meta.title }}\n\n{{ brief.nonsense }}\n"),
                               ["tpl/note/note.md.j2:3: 'briefkit.content.model.Brief object' has no attribute "
                                "'nonsense' (rendering bad.yaml)"], args=TPL_ARGS),
    "template-undefined-name": Case(_tpl("{{ headline }}\n"),
                                    ["tpl/note/note.md.j2:1: 'headline' is undefined (rendering bad.yaml)"],
                                    args=TPL_ARGS),
    "template-missing-parent": Case(_tpl('{% extends "note/nowhere.md.j2" %}\n'),
                                    ["tpl/note/note.md.j2:1: template 'note/nowhere.md.j2' not found "
                                     "(rendering bad.yaml)"], args=TPL_ARGS),
    "template-endless-loop": Case(
        _tpl("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n"),
        ["tpl/note/note.md.j2:1: rendering took longer than 1 s (rendering bad.yaml)"], args=TPL_ARGS),
    "template-huge-range": Case(_tpl("{% for i in range(10**9) %}x{% endfor %}\n"),
                                ["tpl/note/note.md.j2:1: Range too big. The sandbox blocks ranges larger than "
                                 "MAX_RANGE (100000). (rendering bad.yaml)"], args=TPL_ARGS),
    "template-huge-output": Case(_tpl("{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}\n"),
                                 ["tpl/note/note.md.j2: output is over the 20,000,000-character limit "
                                  "(rendering bad.yaml)"], args=TPL_ARGS,
                                 # The output limit must stop it, however slow a loaded machine renders.
                                 seconds=60.0),
    "template-100mb": Case({"bad.yaml": OK},
                           ["tpl/note/note.md.j2: template is 104,857,600 bytes, over the 1,048,576-byte limit"],
                           args=TPL_ARGS, setup=lambda tmp: _sparse_file(tmp / "tpl" / "note" / "note.md.j2",
                                                                         100 * 1024 * 1024)),
    "template-unknown-directive": Case(_tpl("# T\n\n::: sidebar\nx\n:::\n"),
                                       ["note/note.md.j2 (rendered for bad.yaml):3: unknown directive 'sidebar' "
                                        "(known: notes, figures, timeline, callout, columns, column)"],
                                       args=TPL_ARGS),
    "template-division-by-zero": Case(_tpl("{{ 1 / 0 }}\n"),
                                      ["tpl/note/note.md.j2:1: division by zero (rendering bad.yaml)"], args=TPL_ARGS),
    "pack-yaml-missing-entry": Case(
        {"bad.yaml": OK, "tpl/note/pack.yaml": "product: note\noutput: n\nformats: {md: md}\n"},
        ["tpl/note/pack.yaml:1: entry: Field required"], args=TPL_ARGS),
    "pack-output-escapes": Case(
        {"bad.yaml": OK, "tpl/note/note.md.j2": "# x\n",
         "tpl/note/pack.yaml": "product: note\nentry: note.md.j2\noutput: ../../escaped\nformats: {md: md}\n"},
        ["note/pack.yaml: output '../../escaped' contains a path separator, a control character or one of "
         '<>:"|?*'], args=TPL_ARGS),
    # ------------------------------------------------------------- themes (--theme)
    "theme-missing-font": Case(_theme("", "    regular: fonts/Missing.ttf\n"),
                               ["th/theme.yaml: fonts.body.regular: file 'fonts/Missing.ttf' not found beside the "
                                "theme or in the built-in theme"],
                               args=THEME_ARGS),
    "theme-font-outside": Case(_theme("", "    regular: ../../../../etc/passwd\n"),
                               ["th/theme.yaml: fonts.body.regular: '../../../../etc/passwd' points outside the "
                                "theme's folder"], args=THEME_ARGS),
    "theme-font-absolute": Case(_theme("", "    regular: /etc/passwd\n"),
                                ["th/theme.yaml: fonts.body.regular: '/etc/passwd' points outside the theme's "
                                 "folder"], args=THEME_ARGS),
    "theme-bad-colour": Case(_theme("colors:\n  primary: navy\n", "    regular: fonts/Body.ttf\n"),
                             ["th/theme.yaml:6: colors.primary: Value error, 'navy' is not a colour of the form "
                              "#RRGGBB"], args=THEME_ARGS, setup=_copy_font),
    "theme-logo-outside": Case(_theme("logo: ../bad.yaml\n", "    regular: fonts/Body.ttf\n"),
                               ["th/theme.yaml: logo: '../bad.yaml' points outside the theme's folder"],
                               args=THEME_ARGS, setup=_copy_font),
    "theme-logo-not-image": Case(_theme("logo: fonts/Body.ttf\n", "    regular: fonts/Body.ttf\n"),
                                 ["th/theme.yaml: logo: 'fonts/Body.ttf' is not a PNG or JPEG image"],
                                 args=THEME_ARGS, setup=_copy_font),
    "theme-unknown-key": Case(_theme("colours: {}\n", "    regular: fonts/Body.ttf\n"),
                              ["th/theme.yaml:5: colours: Extra inputs are not permitted"],
                              args=THEME_ARGS, setup=_copy_font),
    "theme-css-injection": Case(_theme("  html_stack: 'x; background: url(http://127.0.0.1:9/)'\n",
                                       "    regular: fonts/Body.ttf\n"),
                                ["th/theme.yaml:5: fonts.html_stack: Value error, 'x; background: "
                                 "url(http://127.0.0.1:9/)' is not a list of font names (letters, digits, spaces, "
                                 "quotes, commas, dots and hyphens only)"], args=THEME_ARGS, setup=_copy_font),
    "theme-not-mapping": Case({"bad.yaml": OK, "th/theme.yaml": "- a list\n"},
                              ["th/theme.yaml:1: a theme must be a mapping"], args=THEME_ARGS),
    "theme-font-not-a-font": Case(_theme("", "    regular: fonts/Body.ttf\n"),
                                  ["{tmp}/th/fonts/Body.ttf: cannot use this font: Not a recognized TrueType font: "
                                   "version=0x6E6F7420"],
                                  args=(*THEME_ARGS[:5], "pdf", *THEME_ARGS[6:]),
                                  setup=lambda tmp: (tmp / "th" / "fonts").mkdir(parents=True)
                                  or (tmp / "th" / "fonts" / "Body.ttf").write_bytes(b"not a font")),
    # ------------------------------------------------------------- CLI misuse
    "unknown-product": Case({"bad.yaml": OK}, ["Error: Invalid value for '--product' / '-p': 'memo' is not one of "
                                               "'note', 'slides', 'summary', 'all'."],
                            args=("render", "bad.yaml", "-p", "memo", "-o", "out"), code=2),
    "unknown-format": Case({"bad.yaml": OK}, ["Error: Invalid value for '--format' / '-f': 'odt' is not one of "
                                              "'pdf', 'docx', 'html', 'md', 'pptx'."],
                           args=("render", "bad.yaml", "-f", "odt", "-o", "out"), code=2),
    "no-content": Case({}, ["Error: Missing argument 'CONTENT...'."], args=("render", "-o", "out"), code=2),
    "unknown-command": Case({}, ["Error: No such command 'rendr'."], args=("rendr", "bad.yaml"), code=2),
    "templates-missing": Case({"bad.yaml": OK}, ["Error: Invalid value for '--templates': nope: no such file or "
                                                 "folder"],
                              args=("render", "bad.yaml", "--templates", "nope", "-o", "out"), code=2),
    "theme-missing": Case({"bad.yaml": OK}, ["Error: Invalid value for '--theme': nope.yaml: no such file or "
                                             "folder"],
                          args=("render", "bad.yaml", "--theme", "nope.yaml", "-o", "out"), code=2),
    "content-is-folder": Case({"bad.yaml/x": "x"}, ["Error: Invalid value for 'CONTENT...': bad.yaml: is a folder, "
                                                    "not a file"], code=2),
    "out-is-file": Case({"bad.yaml": OK, "out": "a file"}, ["out: output folder is a file"]),
    "out-parent-is-file": Case({"bad.yaml": OK, "blocker": "a file"},
                               ["blocker/out/bad/briefing-note.md: cannot write: Not a directory"],
                               args=("render", "bad.yaml", "-p", "note", "-f", "md", "-o", "blocker/out")),
    "out-unwritable": Case({"bad.yaml": OK}, ["/proc/briefkit-out/bad/briefing-note.md: cannot write: "
                                              "No such file or directory"],
                           args=("render", "bad.yaml", "-p", "note", "-f", "md", "-o", "/proc/briefkit-out")),
    "slug-dotdot": Case({"...yaml": OK}, ["...yaml: output folder name '..' is empty or only dots"],
                        args=("render", "...yaml", "-p", "note", "-f", "md", "-o", "out")),
    "slug-reserved": Case({"NUL.yaml": OK}, ["NUL.yaml: output folder name 'NUL' is a device name Windows reserves"],
                          args=("render", "NUL.yaml", "-p", "note", "-f", "md", "-o", "out")),
    "build-out-is-file": Case({"bad.yaml": OK, "out": "a file"}, ["out: output folder is a file"],
                              args=("build", "bad.yaml", "-f", "md", "-o", "out")),
    "build-missing-path": Case({}, ["Error: Invalid value for '[PATHS]...': nothing: no such file or folder"],
                               args=("build", "nothing", "-o", "out"), code=2),
    # ------------------------------------------------------------- articles (briefkit extract)
    "article-empty": Case({"a.txt": ""}, ["a.txt: the file is empty"], args=("extract", "a.txt", "-o", "out/")),
    "article-binary": Case({"a.txt": b"\x00\x01\x02binary\x00" * 50},
                           ["a.txt: binary file (NUL bytes), not a text article"],
                           args=("extract", "a.txt", "-o", "out/")),
    "article-png-as-markdown": Case({"a.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
                                    ["a.md: binary file (a PNG image), not a text article"],
                                    args=("extract", "a.md", "-o", "out/")),
    "article-only-boilerplate": Case(
        {"a.txt": "Special statement: This article is for reference only.\nContact: editor@example.com\n"
                  "All rights reserved. Copyright 2024.\n"},
        ["a.txt: no article text left once boilerplate is removed (1 boilerplate sentences)"],
        args=("extract", "a.txt", "-o", "out/")),
    "article-missing": Case({}, ["Error: Invalid value for 'ARTICLES...': a.txt: no such file or folder"],
                            args=("extract", "a.txt", "-o", "out/"), code=2),
    "check-binary-article": Case({"bad.yaml": OK, "a.txt": b"\x00binary\x00" * 20},
                                 ["a.txt: binary file (NUL bytes), not a text article"],
                                 args=("check", "bad.yaml", "--against", "a.txt")),
    "check-hostile-content": Case({"bad.yaml": "meta:\n  title: !!python/object/apply:os.system ['touch pwned']\n",
                                   "a.txt": "An article.\n"},
                                  ["bad.yaml:2: YAML tag !!python/object/apply:os.system is not allowed"],
                                  args=("check", "bad.yaml", "--against", "a.txt")),
    "validate-bad": Case({"bad.yaml": "meta: {}\n"}, ["bad.yaml:1: meta.title: required field is missing"],
                         args=("validate", "bad.yaml")),
    # ------------------------------------------------------------- issue 19: what an adversarial probe found
    "figure-infinite": Case({"bad.yaml": "meta: {title: T}\nfigures:\n  - {label: x, value: 1e309}\n"},
                            ["bad.yaml:3: invalid value: 1e309 is not a finite number"]),
    "figure-nan": Case({"bad.yaml": "meta: {title: T}\nfigures:\n  - {label: x, value: .NaN}\n"},
                       ["bad.yaml:3: invalid value: .NaN is not a finite number"]),
    "figure-nan-text": Case({"bad.yaml": "meta: {title: T}\nfigures:\n  - {label: x, value: 'inf'}\n"},
                            ["bad.yaml:3: figures[0].value: Input should be a finite number"]),
    "json-infinite": Case({"bad.json": '{"meta": {"title": "T"},\n "figures": [{"label": "x", "value": -1E999}]}'},
                          ["bad.json:2: invalid value: -1E999 is not a finite number"],
                          args=("validate", "bad.json")),
    "content-fifo": Case({}, ["bad.yaml: not a regular file (a pipe)"], args=("validate", "bad.yaml"),
                         setup=lambda tmp: os.mkfifo(tmp / "bad.yaml")),
    "article-fifo": Case({}, ["a.txt: not a regular file (a pipe)"], args=("extract", "a.txt", "-o", "out/"),
                         setup=lambda tmp: os.mkfifo(tmp / "a.txt")),
    "template-symlink": Case({"bad.yaml": OK, "secret.txt": "TOPSECRET\n", "tpl/note/x": ""},
                             ["tpl/note/note.md.j2: a template must be a regular file inside its folder, not a "
                              "symbolic link, device or folder"], args=TPL_ARGS,
                             setup=lambda tmp: (tmp / "tpl/note/note.md.j2").symlink_to(tmp / "secret.txt")),
    "template-fifo": Case({"bad.yaml": OK, "tpl/note/x": ""},
                          ["tpl/note/note.md.j2: a template must be a regular file inside its folder, not a "
                           "symbolic link, device or folder"], args=TPL_ARGS,
                          setup=lambda tmp: os.mkfifo(tmp / "tpl/note/note.md.j2")),
    "pack-entry-outside": Case({"bad.yaml": OK, "tpl/note/pack.yaml": "product: note\nentry: ../../secret.txt\n"
                                                                      "output: n\nformats: {md: md}\n"},
                               ["tpl/note/pack.yaml:2: entry: must be a template file inside the pack"],
                               args=TPL_ARGS),
    "pack-symlink": Case({"bad.yaml": OK, "elsewhere/note/pack.yaml": "product: note\nentry: note.md.j2\n"
                                                                       "output: n\nformats: {md: md}\n",
                          "elsewhere/note/note.md.j2": "x\n", "tpl/.keep": ""},
                         ["tpl/note/pack.yaml: a pack and its pack.yaml must be real files and folders inside the "
                          "templates folder, not symbolic links"], args=TPL_ARGS,
                         setup=lambda tmp: (tmp / "tpl/note").symlink_to(tmp / "elsewhere/note")),
    "manifest-item-climbs": Case({"briefkit.yaml": "items: [../x.yaml]\n"},
                                 ["briefkit.yaml:1: items: '../x.yaml' must be a path inside the manifest's folder "
                                  "(no '..', not absolute)"], args=("build", "briefkit.yaml", "-f", "md")),
    "manifest-item-absolute": Case({"briefkit.yaml": "items: [/etc/passwd]\n"},
                                   ["briefkit.yaml:1: items: '/etc/passwd' must be a path inside the manifest's "
                                    "folder (no '..', not absolute)"], args=("build", "briefkit.yaml", "-f", "md")),
    "manifest-out-absolute": Case({"briefkit.yaml": "items: [bad.yaml]\nout: /tmp\n", "bad.yaml": OK},
                                  ["briefkit.yaml:2: out: '/tmp' must be a folder inside the manifest's folder (no "
                                   "'..', not absolute, no symbolic link)"],
                                  args=("build", "briefkit.yaml", "-f", "md")),
    "theme-font-huge": Case(_theme("", "    regular: fonts/Body.ttf\n"),
                            ["th/theme.yaml: fonts.body.regular: 'fonts/Body.ttf' is 104,857,600 bytes, over the "
                             "67,108,864-byte limit"], args=THEME_ARGS,
                            setup=lambda tmp: _sparse_file(tmp / "th" / "fonts" / "Body.ttf", 100 * 1024 * 1024)),
    "docx-zip-bomb": Case({}, ["a.docx: the Word document unpacks to 209,715,200 bytes, over the 104,857,600-byte "
                               "limit"], args=("extract", "a.docx", "-o", "out/"),
                          setup=lambda tmp: _zip_bomb(tmp / "a.docx")),
    "reference-attached-remote-image": Case(
        {"bad.yaml": OK}, ["ref.docx: word/_rels/document.xml.rels links outside the document "
                           "(http://evil.example/x.png); a reference document must not load or link anything "
                           "from elsewhere"],
        args=("render", "bad.yaml", "-p", "summary", "-f", "docx", "-o", "out", "--reference-docx", "ref.docx"),
        setup=lambda tmp: _remote_reference(tmp / "ref.docx")),
}


def _zip_bomb(path: Path) -> None:
    """200 MB of zeros as one part: about 200 KB packed."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package, package.open("word/document.xml", "w") as part:
        for _ in range(200):
            part.write(b"\0" * (1 << 20))


def _remote_reference(path: Path) -> None:
    """The built-in reference.docx with a remote image relationship added."""
    rel = (b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
           b'image" Target="http://evil.example/x.png" TargetMode="External"/></Relationships>')
    with zipfile.ZipFile(ROOT / "templates" / "summary" / "reference.docx") as src, \
            zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info.filename, data.replace(b"</Relationships>", rel)
                         if info.filename == "word/_rels/document.xml.rels" else data)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Exact message and exit code, no traceback, nothing written."""
    case = CASES[name]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("briefkit.sandbox.RENDER_SECONDS", case.seconds)
    for rel, data in case.files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    if case.setup is not None:
        case.setup(tmp_path)
    args = [str(tmp_path / "tpl") if a == "tpl" and "--templates" in case.args else a for a in case.args]
    before = _snapshot(tmp_path)

    result = CliRunner().invoke(cli, args)

    lines = result.stderr.strip().splitlines()
    assert result.exit_code == case.code, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    if case.code == 2:
        assert case.expected[0] in lines
    else:
        assert lines == [line.replace("{tmp}", str(tmp_path)) for line in case.expected]
    assert _snapshot(tmp_path) == before, "an output file was written"
    assert not (tmp_path / "pwned").exists()


def test_catalogue_is_large_enough() -> None:
    """The issue asks for at least 40 broken inputs."""
    assert len(CASES) >= 40


@pytest.mark.skipif(os.name != "posix" or not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_device_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A device reports size 0 but never ends: reading stops at the size limit."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["validate", "/dev/zero"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == ["/dev/zero: not a regular file (a device)"]
