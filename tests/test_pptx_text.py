"""The PowerPoint deck's slides are written as XML text: markup characters, links and stray controls.

The deck is reopened with python-pptx (which parses every slide) and its
text compared with what the content says, character for character.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from typing import Any

from lxml import etree
from pptx import Presentation

from briefkit.document import parse
from briefkit.render import cached_theme, default_theme_path
from briefkit.writers import RenderOptions, get_writer

ODD = """---
title: "Odd & <chars>"
date: 2024-01-02
---

## Fish & chips <daily> "special"

- Salt & vinegar > ketchup, 'always'
- See [the menu](https://example.com/menu?day=1&lang=en) first

| Dish & side | Price <EUR> |
|---|---|
| "Cod" | 9 > 8 |

::: notes
Say "fish & chips" <loudly>.
:::

---

## Bell\x01 in the title

- one\x01two
"""


def _render(markdown: str) -> bytes:
    doc = parse(markdown, "odd.md")
    theme = cached_theme(default_theme_path().resolve())
    return get_writer("pptx").render(doc, theme, RenderOptions(product="slides")).data


def _texts(slide: Any) -> list[str]:
    return [" ".join(shape.text_frame.text.split()) for shape in slide.shapes if shape.has_text_frame]


def test_markup_characters_links_and_table_cells_read_back_as_written() -> None:
    prs = Presentation(io.BytesIO(_render(ODD)))
    slide = prs.slides[0]
    texts = _texts(slide)
    assert " ".join(slide.shapes.title.text.split()) == 'Fish & chips <daily> "special"'
    assert any(t.startswith("Salt & vinegar > ketchup, 'always'") for t in texts)
    links = [r.hyperlink.address for s in slide.shapes if s.has_text_frame for p in s.text_frame.paragraphs
             for r in p.runs if r.hyperlink.address]
    assert links == ["https://example.com/menu?day=1&lang=en"]
    table = next(s for s in slide.shapes if s.has_table).table
    cells = [[" ".join(c.text.split()) for c in row.cells] for row in table.rows]
    assert cells == [["Dish & side", "Price <EUR>"], ['"Cod"', "9 > 8"]]
    assert slide.notes_slide.notes_text_frame.text == 'Say "fish & chips" <loudly>.'


def test_a_character_xml_cannot_hold_is_left_out_not_a_broken_deck() -> None:
    data = _render(ODD)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                etree.fromstring(package.read(name))  # every part is well-formed XML
    slide = Presentation(io.BytesIO(data)).slides[1]
    assert " ".join(slide.shapes.title.text.split()) == "Bell in the title"
    assert "onetwo" in " ".join(_texts(slide))


def test_relationship_targets_are_relative_as_posixpath_makes_them() -> None:
    from briefkit.writers.pptx.package import relative_ref

    names = ["/ppt/slides/slide1.xml", "/ppt/slideLayouts/slideLayout2.xml", "/ppt/media/image1.png",
             "/docProps/core.xml", "/ppt/presentation.xml", "/ppt/notesSlides/notesSlide3.xml"]
    bases = ["/", "/ppt", "/ppt/slides", "/ppt/notesSlides", "/docProps", "/ppt/slides/deeper"]
    for name in names:
        for base in bases:
            expected = name[1:] if base == "/" else posixpath.relpath(name, base)
            assert relative_ref(name, base) == expected, (name, base)


def test_a_space_between_two_styles_is_written_once() -> None:
    data = _render("## Decision\n\n**Decision required:** Agree that the team prepares the line by *6 September* "
                   "and **circulates** it.\n\n- A long bullet with **bold words** that wraps onto another line of the "
                   "slide because it goes on and on about the *policy line* and its timing.\n")
    texts = ["".join(run.text for run in paragraph.runs)
             for slide in Presentation(io.BytesIO(data)).slides for shape in slide.shapes if shape.has_text_frame
             for paragraph in shape.text_frame.paragraphs]
    assert any(t.startswith("Decision required: Agree") for t in texts), texts
    page_numbers = [t for t in texts if t.startswith(" / ")]  # "N / M": the slide number is a field before it
    assert not [t for t in texts if t not in page_numbers and ("  " in t or t.startswith(" "))]
