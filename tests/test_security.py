"""Security review, one test per guarantee in SECURITY.md.

Templates run sandboxed and bounded; content is never a template; YAML is
data only; theme files stay inside the theme's folder; nothing is fetched;
output names cannot leave the output folder; HTML escapes content; sizes,
slide counts and render time are limited with clear errors.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import html5lib
import pytest
from click.testing import CliRunner
from tests.conftest import ROOT

from briefkit import templating
from briefkit.cli import cli
from briefkit.errors import BriefkitError, InputError
from briefkit.render import RenderRequest, check_name, render_file
from briefkit.theme import load_theme
from briefkit.yamlio import read_yaml

OK = "meta:\n  title: Safe title\nsummary: Short.\n"
FONT = ROOT / "templates" / "base" / "fonts" / "NotoSans-Regular.ttf"


def _render_with_template(tmp_path: Path, body: str, product: str = "note") -> tuple[Any, Path]:
    """Render a one-line brief through a user template whose entry is ``body``."""
    entry = {"note": "note.md.j2", "slides": "slides.md.j2"}[product]
    (tmp_path / "tpl" / product).mkdir(parents=True)
    (tmp_path / "tpl" / product / entry).write_text(body, encoding="utf-8")
    (tmp_path / "c.yaml").write_text(OK, encoding="utf-8")
    out = tmp_path / "out"
    fmt = ["-f", "md"] if product == "note" else []
    result = CliRunner().invoke(cli, ["render", str(tmp_path / "c.yaml"), "-p", product, *fmt, "-o", str(out),
                                      "--templates", str(tmp_path / "tpl")])
    return result, out


# ----------------------------------------------------------------- templates are sandboxed

SSTI = {
    "mro-subclasses": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "cycler-globals": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "joiner-globals": "{{ joiner.__init__.__globals__ }}",
    "lipsum-globals": "{{ lipsum.__globals__['os'] }}",
    "namespace-globals": "{{ namespace.__init__.__globals__ }}",
    "self-context": "{{ self._TemplateReference__context }}",
    "self-init": "{{ self.__init__.__globals__ }}",
    "config": "{{ config.items() }}",
    "request": "{{ request.application.__globals__ }}",
    "attr-filter": "{{ brief|attr('__class__') }}",
    "format-class": "{{ '{0.__class__}'.format(brief) }}",
    "dict-of-model": "{% set d = meta.__dict__ %}{{ d }}",
    "model-fields": "{{ brief.model_fields['meta'].annotation }}",
    "model-copy": "{{ brief.model_copy(update={'summary': 'x'}).summary }}",
    "model-dump": "{{ brief.model_dump() }}",
    "getitem-dunder": "{{ brief['__class__'] }}",
}


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # pydantic warns before the sandbox refuses
@pytest.mark.parametrize("name", sorted(SSTI))
def test_template_injection_payloads_are_refused(name: str, tmp_path: Path) -> None:
    result, out = _render_with_template(tmp_path, SSTI[name] + "\n")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert ("unsafe" in lines[0] or "is undefined" in lines[0] or "has no attribute" in lines[0]), lines[0]
    assert not out.exists()


def test_pydantic_file_reading_is_refused(tmp_path: Path) -> None:
    """``parse_file`` is pydantic API on every model: it would read any file into the output."""
    secret = tmp_path / "secret.json"
    secret.write_text(json.dumps({"meta": {"title": "TOP-SECRET-VALUE"}}), encoding="utf-8")
    result, out = _render_with_template(tmp_path, f"{{{{ brief.parse_file('{secret}').meta.title }}}}\n")
    assert result.exit_code == 1
    assert "access to attribute 'parse_file' of 'Brief' object is unsafe" in result.stderr
    assert "TOP-SECRET-VALUE" not in result.stdout + result.stderr
    assert not out.exists()


@pytest.mark.parametrize("include", ["/etc/passwd", "../../../../etc/passwd", "!builtin/../../../etc/passwd"])
def test_templates_cannot_include_files_outside_the_template_folders(include: str, tmp_path: Path) -> None:
    result, out = _render_with_template(tmp_path, f'{{% include "{include}" %}}\n')
    assert result.exit_code == 1
    assert f"template '{include}' not found" in result.stderr
    assert "root:" not in result.stdout + result.stderr
    assert not out.exists()


BOMBS = {
    "string-times": ("{{ 'a' * 10**9 }}", "'*' would build a value over the 10,000,000 limit"),
    "list-times": ("{{ [0] * 10**9 }}", "'*' would build a value over the 10,000,000 limit"),
    "power": ("{{ 10 ** 10000000 }}", "'**' would build a number too large to print"),
    "center": ("{{ 'x'|center(10**9) }}", "center(1,000,000,000) is over the 10,000,000 limit"),
    "ljust-method": ("{{ 'x'.ljust(10**9) }}", "ljust(1,000,000,000) is over the 10,000,000 limit"),
    "percent-width": ("{{ '%0999999999d' % 1 }}", "a format width is over the limit"),
    "format-width": ("{{ '{:>999999999}'.format(1) }}", "a format width is over the limit"),
    "replace-growth": ("{{ ('a' * 1000000)|replace('a', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa') }}",
                       "replace would build a value over the 10,000,000 limit"),
    "batch-fill": ("{{ [1]|batch(10**9, 0)|list }}", "batch(1,000,000,000) is over the 10,000,000 limit"),
    "namespace-doubling": ("{% set ns = namespace(s='ab') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
                           "{% endfor %}{{ ns.s }}", "a value of 16,777,216 items is over the 10,000,000 limit"),
    "plus-doubling": ("{% set ns = namespace(s='ab') %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}"
                      "{% endfor %}{{ ns.s }}", "'+' would build a value over the 10,000,000 limit"),
    "block-set-doubling": ("{% set x = 'abcdefgh' %}" + "{% set x %}{{ x }}{{ x }}{% endset %}" * 30 + "{{ x }}",
                           "a block of over 10,000,000 characters is over the limit"),
    # Found by the adversarial probe (issue 19): each reached 1.5-9 GB before a limit applied.
    "percent-star-width": ("{{ '%*d' % (1500000000, 1) }}", "a format width is over the limit"),
    "percent-star-precision": ("{{ '%.*f' % (1500000000, 1.0) }}", "a format width is over the limit"),
    "format-filter-star": ("{{ '%*d'|format(1500000000, 1) }}", "a format width is over the limit"),
    "nested-format-width": ("{{ '{:{}}'.format('x', 1500000000) }}", "a format width is over the limit"),
    "nested-format-keyword": ("{{ '{:{w}}'.format('x', w=1500000000) }}", "a format width is over the limit"),
    "nested-format-text": ("{{ '{:{}}'.format('x', '>1500000000') }}", "a format width is over the limit"),
    "format-repeated": ("{{ ('{}' * 9).format(*(['a' * 9000000] * 9)) }}",
                        "format would build a value over the 10,000,000 limit"),
    "join-repeated": ("{{ (['a' * 9000000] * 9)|join }}", "join would build a value over the 10,000,000 limit"),
    "join-method": ("{{ ''.join(['a' * 9000000] * 9) }}", "join would build a value over the 10,000,000 limit"),
    "string-filter": ("{{ (['a' * 9000000] * 9)|string }}", "string would build a value over the 10,000,000 limit"),
    "tojson-filter": ("{{ (['a' * 9000000] * 9)|tojson }}", "tojson would build a value over the 10,000,000 limit"),
    "tojson-escapes": ("{{ ('<' * 9000000)|tojson }}", "tojson would build a value over the 10,000,000 limit"),
    "escape-filter": ("{{ ('\"' * 9000000)|forceescape }}",
                      "forceescape would build a value over the 10,000,000 limit"),
    "sum-of-lists": ("{{ ([['a'] * 9000000] * 9)|sum(start=[])|length }}",
                     "sum would build a value over the 10,000,000 limit"),
    "block-set-loop": ("{% set x %}{% for i in range(1000) %}{{ 'a' * 9000000 }}{% endfor %}{% endset %}{{ x }}",
                       "a block of over 10,000,000 characters is over the limit"),
    "macro-body-loop": ("{% macro m() %}{% for i in range(1000) %}{{ 'a' * 9000000 }}{% endfor %}{% endmacro %}"
                        "{{ m() }}", "a block of over 10,000,000 characters is over the limit"),
    "call-body-loop": ("{% macro m() %}{{ caller() }}{% endmacro %}{% call m() %}{% for i in range(1000) %}"
                       "{{ 'a' * 9000000 }}{% endfor %}{% endcall %}",
                       "a block of over 10,000,000 characters is over the limit"),
    "filter-block-loop": ("{% filter upper %}{% for i in range(1000) %}{{ 'a' * 9000000 }}{% endfor %}"
                          "{% endfilter %}", "a block of over 10,000,000 characters is over the limit"),
    "macro-recursion": ("{% macro d(s) %}{{ d(s ~ s) }}{% endmacro %}{{ d('ab') }}",
                        "a value of 16,777,216 items is over the 10,000,000 limit"),
    "huge-range": ("{{ range(10**9)|list|length }}", "Range too big."),
    "indent-per-line": ("{{ ('x\\n' * 1000)|indent(100000) }}", "indent(100,000) is over the 10,000,000 limit"),
    "expandtabs-per-tab": ("{{ ('\\t' * 1000).expandtabs(100000) }}",
                           "expandtabs(100,000) is over the 10,000,000 limit"),
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_template_memory_bombs_stop_early(name: str, tmp_path: Path) -> None:
    body, message = BOMBS[name]
    result, out = _render_with_template(tmp_path, body + "\n")
    assert result.exit_code == 1, result.stdout[:200]
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_ordinary_values_pass_the_limits(tmp_path: Path) -> None:
    """Long numbers in text, modest widths and repetitions are not mistaken for bombs."""
    body = ("{{ 'Call 0123456789 or %s' % 'me' }}|{{ 'Ref {} 123456789'.format(7) }}|{{ '%08.2f' % 3.14159 }}|"
            "{{ 'ab' * 3 }}|{{ 2 ** 64 }}|{{ 'x'|center(5) }}|{{ 38000000|number }}\n")
    result, out = _render_with_template(tmp_path, body)
    assert result.exit_code == 0, result.stderr
    text = (out / "c" / "briefing-note.md").read_text(encoding="utf-8")
    assert "Call 0123456789 or me" in text and "Ref 7 123456789" in text and "00003.14" in text
    assert "ababab" in text and "18446744073709551616" in text and "38,000,000" in text


@pytest.mark.parametrize("body", [
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% set r = range(100000) %}{% for i in r %}{% for j in r %}{{ '' }}{% endfor %}{% endfor %}",
])
def test_endless_template_loops_hit_the_time_limit(body: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("briefkit.sandbox.RENDER_SECONDS", 0.5)
    result, out = _render_with_template(tmp_path, body + "\n")
    assert result.exit_code == 1
    assert "rendering took longer than 0.5 s" in result.stderr
    assert not out.exists()


def test_time_limit_leaves_a_running_timer_alone() -> None:
    import signal

    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        with templating.render_limits():
            pass
        remaining = signal.getitimer(signal.ITIMER_REAL)[0]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    assert 90 < remaining <= 100


def test_time_limit_restores_the_previous_alarm_handler() -> None:
    import signal

    def mine(signum: int, frame: Any) -> None:
        """A handler the caller installed before rendering."""

    previous = signal.signal(signal.SIGALRM, mine)
    try:
        with templating.render_limits():
            pass
        assert signal.getsignal(signal.SIGALRM) is mine
    finally:
        signal.signal(signal.SIGALRM, previous)


# ----------------------------------------------------------------- content is never a template

JINJA_TEXT = "{{ 7*7 }} {% if true %}yes{% endif %} {# c #} ${HOME} #{x}"


@pytest.fixture(scope="module")
def hostile_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A brief full of markup and template syntax, rendered as note md + html."""
    tmp = tmp_path_factory.mktemp("hostile")
    content = {
        "meta": {"title": f"T {JINJA_TEXT} <script>alert(1)</script>", "url": "javascript:alert(1)",
                 "authors": ["<img src=x onerror=alert(2)>"]},
        "summary": "<script>alert('s')</script> ![p](http://127.0.0.1:9/p.png) [l](javascript:alert(3)) &amp; &lt;",
        "key_points": ["<iframe src='http://127.0.0.1:9/'></iframe>", "<style>body{display:none}</style>"],
        "sources": [{"title": "Evil <a href='javascript:alert(4)'>x</a>", "url": "javascript:alert(5)"},
                    {"title": "Data", "url": "data:text/html,<script>alert(6)</script>"}],
    }
    path = tmp / "hostile.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    render_file(RenderRequest(path, tmp / "out", ("note",), ("md", "html")))
    # The newsletter's e-mail HTML writer, fed the same document.
    from briefkit.content import load_brief
    from briefkit.packs import find_pack
    from briefkit.render import cached_theme, default_theme_path, document_for
    from briefkit.writers import RenderOptions, get_writer

    doc = document_for(load_brief(path), find_pack("note"), "hostile.json", None)
    email = get_writer("email").render(doc, cached_theme(default_theme_path().resolve()), RenderOptions("newsletter"))
    (tmp / "out" / "hostile" / "email.html").write_bytes(email.data)
    return tmp / "out" / "hostile"


def test_content_is_never_evaluated_as_a_template(hostile_output: Path) -> None:
    html = (hostile_output / "briefing-note.html").read_text(encoding="utf-8")
    md = (hostile_output / "briefing-note.md").read_text(encoding="utf-8")
    text = _html_text(html)
    assert JINJA_TEXT in text
    assert "49" not in text
    assert "{{ 7\\*7 }}" in md or "{{ 7*7 }}" in md


def _html_text(html: str) -> str:
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    return " ".join(" ".join(tree.find("body").itertext()).split())


@pytest.mark.parametrize("name", ["briefing-note.html", "email.html"])
def test_html_output_escapes_content(hostile_output: Path, name: str) -> None:
    html = (hostile_output / name).read_text(encoding="utf-8")
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    assert tree.findall(".//script") == []
    assert tree.findall(".//iframe") == [] and tree.findall(".//img") == []
    assert len(tree.findall(".//style")) <= 1  # the writer's own stylesheet only
    for element in tree.iter():
        for attr, value in element.attrib.items():
            assert not attr.lower().startswith("on"), (element.tag, attr)
            assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:")), (element.tag, value)
    text = _html_text(html)
    assert "<script>alert(1)</script>" in text
    assert "<iframe src='http://127.0.0.1:9/'></iframe>" in text
    assert "&amp; &lt;" in text


@pytest.mark.parametrize("name", ["briefing-note.html", "email.html"])
def test_html_output_loads_nothing_from_elsewhere(hostile_output: Path, name: str) -> None:
    html = (hostile_output / name).read_text(encoding="utf-8")
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    for tag, attr in (("link", "href"), ("img", "src"), ("script", "src"), ("iframe", "src"), ("object", "data"),
                      ("source", "src"), ("video", "src"), ("audio", "src"), ("embed", "src")):
        assert [e.get(attr) for e in tree.iter(tag) if e.get(attr)] == [], tag
    style = " ".join([*(e.text or "" for e in tree.iter("style")), *(e.get("style", "") for e in tree.iter())])
    assert "url(" not in style and "@import" not in style


# ----------------------------------------------------------------- YAML is data only

def test_yaml_python_tags_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    bad = tmp_path / "bad.yaml"
    bad.write_text(f"meta:\n  title: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_yaml(bad)
    assert str(info.value).endswith(":2: YAML tag !!python/object/apply:os.system is not allowed")
    assert not marker.exists()


@pytest.mark.parametrize("tag", ["!!python/object:os.system", "!!python/object/new:os.system",
                                 "!!python/module:os", "!!set", "!!omap", "!!pairs", "!custom", "!<tag:evil,1:x>"])
def test_every_non_core_yaml_tag_is_refused(tag: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    value = "{a: 1}" if tag in ("!!set",) else ("[{a: 1}]" if tag in ("!!omap", "!!pairs") else "x")
    bad.write_text(f"meta: {{title: T}}\nsummary: {tag} {value}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r":2: YAML tag .* is not allowed$"):
        read_yaml(bad)


def test_core_tags_still_load(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("meta: {title: !!str 2024}\nsummary: !!str yes\n", encoding="utf-8")
    data = read_yaml(good)
    assert data["meta"]["title"] == "2024" and data["summary"] == "yes"


_BOMB_LINES = ["a: &a [x, x, x, x, x, x, x, x, x]"] + [
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]" for a, b in zip("abcdefgh", "bcdefghi", strict=True)]


@pytest.mark.parametrize(("block", "message"), [
    ("---\ntitle: T\n" + "\n".join(_BOMB_LINES) + "\nkeywords: *i\n---\n# T\n",
     "1: front matter is not valid YAML: more than 100,000 values (alias expansion?)"),
    ("# T\n\n```chart\ntype: column\ntitle: x\n" + "\n".join(_BOMB_LINES) + "\ndata: *i\n```\n",
     "4: chart: invalid YAML: more than 100,000 values (alias expansion?)"),
    ("---\ntitle: !!python/object/apply:os.system ['true']\n---\n# T\n",
     "1: front matter is not valid YAML: YAML tag !!python/object/apply:os.system is not allowed"),
])
def test_yaml_emitted_by_templates_is_vetted_too(block: str, message: str, tmp_path: Path) -> None:
    """Front matter and chart blocks come from templates: no alias bombs, no tags (the HTML writer hung)."""
    result, out = _render_with_template(tmp_path, block)
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(message), result.stderr
    assert not out.exists()


# ----------------------------------------------------------------- theme files stay in the theme folder

def _theme(tmp_path: Path, fonts: str, extra: str = "") -> Path:
    folder = tmp_path / "theme"
    (folder / "fonts").mkdir(parents=True, exist_ok=True)
    (folder / "fonts" / "Body.ttf").write_bytes(FONT.read_bytes())
    path = folder / "theme.yaml"
    path.write_text(f"fonts:\n  body:\n    name: Body\n    regular: {fonts}\n{extra}", encoding="utf-8")
    return path


@pytest.mark.parametrize("target", ["../../../../etc/passwd", "/etc/passwd", "fonts/../../outside.ttf"])
def test_theme_font_paths_cannot_leave_the_theme_folder(target: str, tmp_path: Path) -> None:
    (tmp_path / "outside.ttf").write_bytes(FONT.read_bytes())
    with pytest.raises(InputError, match="points outside the theme's folder"):
        load_theme(_theme(tmp_path, target))


def test_theme_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "outside.ttf").write_bytes(FONT.read_bytes())
    path = _theme(tmp_path, "fonts/link.ttf")
    os.symlink(tmp_path / "outside.ttf", path.parent / "fonts" / "link.ttf")
    with pytest.raises(InputError, match="points outside the theme's folder"):
        load_theme(path)


def test_theme_logo_cannot_leave_the_theme_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="logo: '/etc/hostname' points outside"):
        load_theme(_theme(tmp_path, "fonts/Body.ttf", "logo: /etc/hostname\n"))


@pytest.mark.parametrize("stack", ["x; background-image: url(http://127.0.0.1:9/t.png)", "x } body { display: none",
                                   "x</style><script>alert(1)</script>", "x\\3b color: red"])
def test_theme_font_lists_cannot_inject_css(stack: str, tmp_path: Path) -> None:
    """The HTML and e-mail writers put the font list into CSS: it may hold font names only."""
    extra = f"  html_stack: {json.dumps(stack)}\n"
    with pytest.raises(InputError, match="is not a list of font names"):
        load_theme(_theme(tmp_path, "fonts/Body.ttf", extra))


def test_theme_inside_the_folder_loads(tmp_path: Path) -> None:
    theme = load_theme(_theme(tmp_path, "fonts/Body.ttf"))
    assert theme.fonts.body.regular == (tmp_path / "theme" / "fonts" / "Body.ttf").resolve()


# ----------------------------------------------------------------- nothing is fetched

@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every attempt to open a connection or resolve a name fail loudly, and record it."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[:2]))
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_the_network_guard_notices_a_fetch(no_network: list[str]) -> None:
    """The guard the two tests below rely on does see a real attempt."""
    import urllib.request

    with pytest.raises(OSError):
        urllib.request.urlopen("http://127.0.0.1:9/x.png", timeout=1)
    assert no_network


def test_rendering_never_touches_the_network(tmp_path: Path, no_network: list[str]) -> None:
    """Every product in every format, with remote images and links in the content."""
    content = {
        "meta": {"title": "Remote ![x](http://127.0.0.1:9/t.png)", "url": "http://127.0.0.1:9/article"},
        "summary": "See ![chart](http://127.0.0.1:9/c.png) and <img src='http://127.0.0.1:9/i.png'>.",
        "key_points": ["[link](http://127.0.0.1:9/l)"],
        "sources": [{"title": "Remote", "url": "http://127.0.0.1:9/s"}],
        "figures": [{"label": "remote", "value": 3, "source": "http://127.0.0.1:9/f"}],
    }
    path = tmp_path / "remote.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    result = render_file(RenderRequest(path, tmp_path / "out", ("note", "slides", "summary"),
                                       ("pdf", "docx", "html", "md")))
    assert len(result.files) >= 6
    assert no_network == []


def test_extracting_an_article_never_touches_the_network(tmp_path: Path, no_network: list[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """An HTML article full of remote images, stylesheets, scripts and frames is read from disk only."""
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "remote.html"
    article.write_text(
        "<html><head><title>Remote article</title><link rel='stylesheet' href='http://127.0.0.1:9/s.css'>"
        "<script src='http://127.0.0.1:9/s.js'></script></head><body><article><h1>Remote article</h1>"
        "<p>Published 16 August 2024. The council approved 38,000 new homes in the region last year.</p>"
        "<img src='http://127.0.0.1:9/i.png'><iframe src='http://127.0.0.1:9/f'></iframe>"
        "<p>It said <a href='http://127.0.0.1:9/l'>more</a> would follow in 2025.</p></article></body></html>",
        encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "-o", str(tmp_path / "out") + "/"])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out" / "remote.yaml").is_file()
    assert no_network == []


# ----------------------------------------------------------------- output names

@pytest.mark.parametrize("name", ["..", ".", "", "../x", "a/b", "a\\b", "x\x00y", "CON", "nul", "Com1", "LPT9.txt",
                                  "aux.yaml", "trailing.", "trailing ", "a" * 121, "é" * 61, "a:b", "a|b", "tab\tx"])
def test_unsafe_output_names_are_refused(name: str) -> None:
    with pytest.raises(BriefkitError):
        check_name(name)


@pytest.mark.parametrize("name", ["ai-cooperation-2024", "briefing-note", "Résumé 2024", "报告", ".hidden", "a" * 120,
                                  "console", "nullable", "COM10"])
def test_ordinary_output_names_pass(name: str) -> None:
    assert check_name(name) == name


@pytest.mark.parametrize("slug", ["../escaped", "..", "/tmp/abs", "CON"])
def test_a_slug_cannot_write_outside_the_output_folder(slug: str, tmp_path: Path) -> None:
    content = tmp_path / "in" / "c.yaml"
    content.parent.mkdir()
    content.write_text(OK, encoding="utf-8")
    with pytest.raises(BriefkitError, match="output folder name"):
        render_file(RenderRequest(content, tmp_path / "in" / "out", ("note",), ("md",), slug=slug))
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["c.yaml", "in"]


# ----------------------------------------------------------------- limits with clear errors

def test_slide_count_is_limited(tmp_path: Path) -> None:
    result, out = _render_with_template(tmp_path, "{% for i in range(600) %}\n# Slide {{ i }}\n\n{% endfor %}\n",
                                        product="slides")
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("up to 601 slides, over the 500-slide limit")
    assert not out.exists()


def test_template_output_size_is_limited(tmp_path: Path) -> None:
    result, out = _render_with_template(tmp_path, "{% for i in range(30000) %}{{ 'x' * 1000 }}{% endfor %}\n")
    assert result.exit_code == 1
    assert "output is over the 20,000,000-character limit" in result.stderr
    assert not out.exists()


def test_value_count_stops_the_parser_early(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The value cap applies while composing: the syntax error after the cap is never reached."""
    from briefkit import yamlio

    monkeypatch.setattr(yamlio, "MAX_NODES", 1000)
    big = tmp_path / "big.yaml"
    big.write_text("meta: {title: T}\nbackground: [" + ",".join(["x"] * 2000) + "]\nbroken: [\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_yaml(big)
    assert str(info.value).endswith("big.yaml: invalid YAML: more than 1,000 values")


def test_content_size_is_limited(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text(OK + "background:\n" + "  - " + "x" * (11 * 1024 * 1024) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="over the 10,485,760-byte limit"):
        read_yaml(big)
