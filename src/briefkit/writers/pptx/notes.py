"""Speaker notes: one notes page per slide that has notes, written as PowerPoint writes it.

python-pptx's own notes page copies every placeholder of the notes master
and searches the whole package for a free part name on each call; a deck's
notes pages are numbered here instead, and hold only the slide image and the
notes text.
"""

from __future__ import annotations

from typing import Any

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI

from briefkit.writers.pptx.shapexml import NSDECL, XML_HEAD, xml_text


def _notes_xml(lines: list[str], lang: str) -> str:
    paras = "".join(f'<a:p><a:r><a:rPr lang="{lang}" dirty="0"/><a:t>{xml_text(line)}</a:t></a:r></a:p>'
                    for line in lines)
    return (f'{XML_HEAD}<p:notes {NSDECL}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/>'
            f'<p:cNvGrpSpPr/><p:nvPr/>'
            f'</p:nvGrpSpPr><p:grpSpPr/><p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/>'
            f'<p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr>'
            f'<p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp><p:sp><p:nvSpPr>'
            f'<p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>'
            f'<p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{paras}'
            f'</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>')


def add_notes(master: Any, slide_part: Any, number: int, lines: list[str], lang: str) -> None:
    """Give the ``number``-th slide a notes page on the deck's notes ``master`` (its part) holding ``lines``,
    one paragraph each (``lang`` escaped)."""
    part = Part(PackURI(f"/ppt/notesSlides/notesSlide{number}.xml"), CT.PML_NOTES_SLIDE, slide_part.package,
                _notes_xml(lines, lang).encode())
    part.relate_to(master, RT.NOTES_MASTER)
    part.relate_to(slide_part, RT.SLIDE)
    slide_part.relate_to(part, RT.NOTES_SLIDE)
