"""Templates: sandboxed, strict, Markdown-escaping, overridable."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.content import Brief
from briefkit.document import nodes as n
from briefkit.document import parse, plain_text
from briefkit.errors import TemplateError
from briefkit.packs import find_pack
from briefkit.render import markdown_for
from briefkit.templating import fmt_date, fmt_number, fmt_percent, md_escape, render_template


def brief(title: str) -> Brief:
    return Brief.model_validate({"meta": {"title": title}, "summary": "s"})


@pytest.mark.parametrize("title", ["*stars* and _under_", "<script>x</script> & co", "{{ 7*7 }} {% if %}",
                                   "# not a heading", "1. not a list", "[link](http://x)", "back\\slash `tick`"])
def test_content_text_comes_out_literally(title: str) -> None:
    text = markdown_for(brief(title), find_pack("note"), "t.yaml", None)
    doc = parse(text)
    heading = next(b for b in doc.blocks if isinstance(b, n.Heading))
    assert plain_text(heading.children) == title
    assert doc.meta["title"] == title


def test_filters() -> None:
    assert fmt_number(38000) == "38,000"
    assert fmt_number(33.3) == "33.3"
    assert fmt_percent(83) == "83%"
    assert fmt_date("2023-10", "month") == "October 2023"
    assert fmt_date("2024-08-16") == "16 August 2024"
    assert md_escape("a*b\nc") == "a\\*b c"


def test_undefined_name_names_template_line_and_content(tmp_path: Path) -> None:
    pack = tmp_path / "note"
    pack.mkdir()
    (pack / "pack.yaml").write_text("product: note\nentry: note.md.j2\noutput: briefing-note\nformats: {md: md}\n")
    (pack / "note.md.j2").write_text("# {{ meta.title }}\n\n{{ nope }}\n")
    with pytest.raises(TemplateError, match=r"note/note.md.j2:3: 'nope' is undefined \(rendering c.yaml\)"):
        markdown_for(brief("T"), find_pack("note", tmp_path), "c.yaml", tmp_path)


def test_override_can_extend_the_builtin(tmp_path: Path) -> None:
    pack = tmp_path / "note"
    pack.mkdir()
    (pack / "pack.yaml").write_text("product: note\nentry: note.md.j2\noutput: briefing-note\nformats: {md: md}\n")
    (pack / "note.md.j2").write_text('{% include "!builtin/note/note.md.j2" %}\n\nAdded by the override.\n')
    text = markdown_for(brief("Title"), find_pack("note", tmp_path), "c.yaml", tmp_path)
    assert "Added by the override." in text and "# Title" in text


def test_sandbox_refuses_unsafe_attribute(tmp_path: Path) -> None:
    (tmp_path / "t.md.j2").write_text("{{ ''.__class__.__mro__ }}")
    with pytest.raises(TemplateError, match="unsafe"):
        render_template("t.md.j2", {}, "c.yaml", tmp_path)


def test_source_urls_with_brackets_and_spaces_stay_one_link() -> None:
    data = {"meta": {"title": "T"}, "sources": [{"title": "Report (final)", "url": "https://x.example/a b)c?q=1"}]}
    text = markdown_for(Brief.model_validate(data), find_pack("note"), "t.yaml", None)
    links = [i for b in parse(text).blocks if isinstance(b, n.BulletList)
             for item in b.items for p in item.children if isinstance(p, n.Paragraph)
             for i in p.children if isinstance(i, n.Link)]
    assert [plain_text(link.children) for link in links] == ["Report (final)"]
    assert links[0].url == "https://x.example/a%20b)c?q=1"


def test_markdown_writer_keeps_trailing_hashes_in_headings() -> None:
    from briefkit.writers.markdown import MarkdownWriter

    for title in ("T #", "C# and F##", "Issue #"):
        out = MarkdownWriter().visit(n.Heading(1, (n.Text(title),)))
        (heading,) = parse(out).blocks
        assert isinstance(heading, n.Heading) and plain_text(heading.children) == title
