"""Generate ``templates/summary/reference.docx``: the Word styles of briefkit's documents.

The DOCX writer takes every paragraph, character and table style from a
reference document, as Pandoc does; this script makes the built-in one.  It
starts from python-docx's default template, drops what a briefing does not
need (dozens of table styles, the thumbnail), defines the styles below and
colours them with the default theme, then saves with fixed zip timestamps so
re-running it gives the same bytes.

Run from the repository root::

    python scripts/make_reference_docx.py

An organisation can instead pass its own template with ``--reference-docx``;
styles it lacks are copied from this file.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefkit.theme import load_theme  # noqa: E402
from briefkit.writers.docx.package import normalise_zip  # noqa: E402
from briefkit.writers.docx.theming import apply_theme  # noqa: E402

OUT = ROOT / "templates" / "summary" / "reference.docx"
KEEP_TABLE_STYLES = {"TableNormal", "TableGrid"}

# Colours and fonts below are placeholders that apply_theme() overwrites from
# theme.yaml; spacing, borders, keep-with-next and numbering are the design.
PARAGRAPH = """
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>
  <w:pPr><w:spacing w:after="100" w:line="264" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:rFonts w:ascii="Noto Sans" w:hAnsi="Noto Sans" w:cs="Noto Sans" w:eastAsia="Microsoft YaHei"/>
  <w:color w:val="1E1E1E"/><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>
  <w:next w:val="Subtitle"/><w:uiPriority w:val="10"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:spacing w:before="0" w:after="80" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:color w:val="1F3A5F"/><w:kern w:val="28"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>
  <w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:spacing w:before="0" w:after="80"/></w:pPr>
  <w:rPr><w:color w:val="5B6770"/><w:sz w:val="27"/><w:szCs w:val="27"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Byline"><w:name w:val="Byline"/><w:basedOn w:val="Normal"/>
  <w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="6" w:color="C8102E"/></w:pBdr>
  <w:spacing w:before="40" w:after="240"/></w:pPr>
  <w:rPr><w:color w:val="5B6770"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
  <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="2" w:color="C9D1D9"/></w:pBdr>
  <w:spacing w:before="280" w:after="100"/><w:outlineLvl w:val="0"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:color w:val="1F3A5F"/><w:sz w:val="27"/><w:szCs w:val="27"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
  <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
  <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:color w:val="1F3A5F"/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>
  <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
  <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="40"/><w:outlineLvl w:val="2"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:i/><w:iCs/><w:color w:val="1E1E1E"/><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>
  <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/>
  <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/></w:pPr>
</w:style>
<w:style w:type="paragraph" w:styleId="ListBullet2"><w:name w:val="List Bullet 2"/><w:basedOn w:val="Normal"/>
  <w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="40"/></w:pPr>
</w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>
  <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/>
  <w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:spacing w:after="60"/></w:pPr>
</w:style>
<w:style w:type="paragraph" w:styleId="ListNumber2"><w:name w:val="List Number 2"/><w:basedOn w:val="Normal"/>
  <w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr><w:spacing w:after="40"/></w:pPr>
</w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/>
  <w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:pBdr><w:left w:val="single" w:sz="18" w:space="10" w:color="C8102E"/></w:pBdr>
  <w:spacing w:before="160" w:after="40"/><w:ind w:left="400" w:right="400"/></w:pPr>
  <w:rPr><w:i/><w:iCs/><w:color w:val="1F3A5F"/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="QuoteAttribution"><w:name w:val="Quote Attribution"/>
  <w:basedOn w:val="Quote"/><w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:keepNext w:val="0"/><w:spacing w:before="0" w:after="160"/></w:pPr>
  <w:rPr><w:i w:val="0"/><w:iCs w:val="0"/><w:color w:val="5B6770"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>
  <w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>
  <w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:color w:val="1F3A5F"/><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SourceNote"><w:name w:val="Source Note"/>
  <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:spacing w:before="60" w:after="200"/></w:pPr>
  <w:rPr><w:color w:val="5B6770"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/>
  <w:basedOn w:val="Normal"/><w:qFormat/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="FigureValueParagraph"><w:name w:val="Figure Tile"/>
  <w:basedOn w:val="TableText"/><w:qFormat/>
  <w:pPr><w:spacing w:before="40" w:after="20"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:color w:val="1F3A5F"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SourceCode"><w:name w:val="Source Code"/>
  <w:basedOn w:val="Normal"/><w:qFormat/>
  <w:pPr><w:shd w:val="clear" w:color="auto" w:fill="EEF2F6"/>
  <w:spacing w:before="120" w:after="120" w:line="240" w:lineRule="auto"/>
  </w:pPr><w:rPr><w:rFonts w:ascii="Liberation Mono" w:hAnsi="Liberation Mono" w:cs="Liberation Mono"/>
  <w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/>
  <w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/>
  <w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
  <w:uiPriority w:val="39"/><w:unhideWhenUsed/>
  <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9630"/></w:tabs>
  <w:spacing w:before="40" w:after="40"/></w:pPr>
</w:style>
<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
  <w:uiPriority w:val="39"/><w:unhideWhenUsed/>
  <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9630"/></w:tabs><w:spacing w:before="0" w:after="20"/>
  <w:ind w:left="220"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>
  <w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:pPr><w:tabs><w:tab w:val="center" w:pos="4815"/><w:tab w:val="right" w:pos="9630"/></w:tabs>
  <w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:color w:val="5B6770"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>
  <w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="C9D1D9"/></w:pBdr>
  <w:tabs><w:tab w:val="center" w:pos="4815"/><w:tab w:val="right" w:pos="9630"/></w:tabs>
  <w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:color w:val="5B6770"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
"""

CHARACTER = """
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/>
  <w:unhideWhenUsed/><w:rPr><w:color w:val="1F3A5F"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="FigureValue"><w:name w:val="Figure Value"/>
  <w:qFormat/><w:rPr><w:b/><w:bCs/><w:color w:val="1F3A5F"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="VerbatimChar"><w:name w:val="Verbatim Char"/>
  <w:rPr><w:rFonts w:ascii="Liberation Mono" w:hAnsi="Liberation Mono" w:cs="Liberation Mono"/>
  <w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
"""

_CELL_MARGINS = ('<w:tblCellMar><w:top w:w="50" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>'
                 '<w:bottom w:w="50" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>')
TABLE = f"""
<w:style w:type="table" w:customStyle="1" w:styleId="BriefkitFigures"><w:name w:val="Briefkit Figures"/>
  <w:basedOn w:val="TableNormal"/><w:uiPriority w:val="40"/><w:qFormat/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
  <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="1F3A5F"/>
  <w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F3A5F"/>
  <w:insideH w:val="single" w:sz="4" w:space="0" w:color="C9D1D9"/></w:tblBorders>{_CELL_MARGINS}</w:tblPr>
  <w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr>
  <w:tblPr/><w:trPr><w:tblHeader/></w:trPr>
  <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3A5F"/></w:tcPr></w:tblStylePr>
  <w:tblStylePr w:type="band2Horz"><w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EEF2F6"/></w:tcPr>
  </w:tblStylePr>
</w:style>
<w:style w:type="table" w:customStyle="1" w:styleId="BriefkitCallout"><w:name w:val="Briefkit Callout"/>
  <w:basedOn w:val="TableNormal"/><w:uiPriority w:val="41"/><w:qFormat/>
  <w:pPr><w:spacing w:after="60"/></w:pPr>
  <w:tblPr><w:tblBorders><w:left w:val="single" w:sz="24" w:space="0" w:color="C8102E"/></w:tblBorders>
  <w:tblCellMar><w:top w:w="120" w:type="dxa"/><w:left w:w="200" w:type="dxa"/><w:bottom w:w="80" w:type="dxa"/>
  <w:right w:w="200" w:type="dxa"/></w:tblCellMar></w:tblPr>
  <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EEF2F6"/></w:tcPr>
</w:style>
<w:style w:type="table" w:customStyle="1" w:styleId="BriefkitPlain"><w:name w:val="Briefkit Plain"/>
  <w:basedOn w:val="TableNormal"/><w:uiPriority w:val="42"/><w:qFormat/>
  <w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>
  <w:bottom w:w="0" w:type="dxa"/><w:right w:w="240" w:type="dxa"/></w:tblCellMar></w:tblPr>
</w:style>
<w:style w:type="table" w:customStyle="1" w:styleId="BriefkitTiles"><w:name w:val="Briefkit Tiles"/>
  <w:basedOn w:val="TableNormal"/><w:uiPriority w:val="43"/><w:qFormat/>
  <w:tblPr><w:tblBorders><w:insideV w:val="single" w:sz="24" w:space="0" w:color="FFFFFF"/></w:tblBorders>
  <w:tblCellMar><w:top w:w="80" w:type="dxa"/><w:left w:w="140" w:type="dxa"/><w:bottom w:w="100" w:type="dxa"/>
  <w:right w:w="140" w:type="dxa"/></w:tblCellMar></w:tblPr>
  <w:tcPr><w:tcBorders><w:top w:val="single" w:sz="18" w:space="0" w:color="C8102E"/></w:tcBorders>
  <w:shd w:val="clear" w:color="auto" w:fill="EEF2F6"/></w:tcPr>
</w:style>
"""


def _level(ilvl: int, fmt: str, text: str, style: str, font: str = "") -> str:
    indent = 340 * (ilvl + 1)
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent}" w:hanging="340"/></w:pPr>{rpr}</w:lvl>')


def numbering_xml() -> str:
    """Two lists: bullets (numId 1) and numbers (numId 2), three levels each."""
    bullets = "".join(_level(i, "bullet", mark, style) for i, (mark, style) in
                      enumerate((("•", "ListBullet"), ("–", "ListBullet2"), ("▪", ""))))
    numbers = "".join(_level(i, fmt, f"%{i + 1}.", style) for i, (fmt, style) in
                      enumerate((("decimal", "ListNumber"), ("lowerLetter", "ListNumber2"), ("lowerRoman", ""))))
    return (f'<w:numbering {nsdecls("w")}>'
            f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{bullets}</w:abstractNum>'
            f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>{numbers}</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')


def define_numbering(document: docx.document.Document) -> None:
    """Replace the template's numbering definitions with briefkit's two lists."""
    numbering = document.part.numbering_part.element
    for old in list(numbering):
        numbering.remove(old)
    for new in parse_xml(numbering_xml()):
        numbering.append(new)


def _styles(xml: str) -> list[object]:
    return list(parse_xml(f"<w:styles {nsdecls('w')}>{xml}</w:styles>"))


def define_styles(document: docx.document.Document) -> None:
    """Replace or add every style briefkit uses; drop the table styles it does not."""
    root = document.styles.element
    for style in list(root.findall(qn("w:style"))):
        if style.get(qn("w:type")) == "table" and style.get(qn("w:styleId")) not in KEEP_TABLE_STYLES:
            root.remove(style)
    for new in _styles(PARAGRAPH + CHARACTER + TABLE):
        style_id = new.get(qn("w:styleId"))  # type: ignore[attr-defined]
        old = root.find(f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']")
        if old is not None:
            old.addprevious(new)
            root.remove(old)
        else:
            root.append(new)


def drop_extras(document: docx.document.Document) -> None:
    """Remove the template's thumbnail, custom XML and stylesWithEffects parts."""
    package = document.part.package
    for rel in list(package.rels.values()):
        if rel.reltype.endswith("/thumbnail"):
            del package.rels[rel.rId]
    for rel in list(document.part.rels.values()):
        if rel.reltype.endswith(("/customXml", "/stylesWithEffects")):
            del document.part.rels[rel.rId]


APP_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           "<Template>Normal.dotm</Template><Application>briefkit</Application><DocSecurity>0</DocSecurity>"
           "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
           "<HyperlinksChanged>false</HyperlinksChanged></Properties>")


def plain_app_properties(document: docx.document.Document) -> None:
    """Replace the template's app.xml (Word for Mac, page and word counts of nothing)."""
    for part in document.part.package.iter_parts():
        if part.partname == "/docProps/app.xml":
            part._blob = APP_XML.encode("utf-8")


def main() -> None:
    """Build the reference document and write it."""
    theme = load_theme(ROOT / "templates" / "base" / "theme.yaml")
    document = docx.Document()
    drop_extras(document)
    plain_app_properties(document)
    define_styles(document)
    define_numbering(document)
    body = document.element.body
    for block in list(body):
        if block.tag != qn("w:sectPr"):
            body.remove(block)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(theme.page.margin_mm))
    section.header_distance = section.footer_distance = Mm(9)
    apply_theme(document, theme)
    props = document.core_properties
    props.title, props.author, props.comments = "briefkit reference styles", "briefkit", ""
    OUT.parent.mkdir(parents=True, exist_ok=True)
    raw = OUT.with_suffix(".tmp")
    document.save(str(raw))
    OUT.write_bytes(normalise_zip(raw.read_bytes()))
    raw.unlink()
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
