"""What embedding fonts costs: bytes added per Word/PowerPoint file, and render time.

Renders the sample's note and summary DOCX and the sample newsletter DOCX
with ``embed_fonts`` on and off (with the font subsets made afresh and reused), and a small python-pptx deck with and
without embedded fonts; prints sizes, the difference and median times.
Prints figures; asserts nothing.  Run from the repository root:

    python benchmarks/fonts_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "content" / "ai-cooperation-2024.yaml"
sys.path.insert(0, str(ROOT / "src"))


def plain_theme(folder: Path) -> Path:
    """A copy of the built-in theme with ``embed_fonts: false``."""
    base = ROOT / "templates" / "base"
    shutil.copytree(base / "fonts", folder / "fonts")
    text = (base / "theme.yaml").read_text(encoding="utf-8").replace("embed_fonts: true", "embed_fonts: false")
    (folder / "theme.yaml").write_text(text, encoding="utf-8")
    return folder / "theme.yaml"


def word_files(theme: Path | None, repeat: int) -> tuple[dict[str, int], float, float]:
    """Sizes of the sample's Word files and the median seconds to render them all, cold and warm.

    Cold: the font subsets are made afresh (the first document of a process,
    or one with characters outside the shared base set).  Warm: they are
    reused, as every later document of a batch whose characters fall in the
    base set (ASCII, Latin-1, common punctuation) finds them.
    """
    from briefkit.batch.issue import collect_issue
    from briefkit.batch.newsletter import NewsletterRequest, render_newsletter
    from briefkit.content import load_brief
    from briefkit.render import RenderRequest, render_brief
    from briefkit.writers.ooxml_fonts import _subset

    brief = load_brief(SAMPLE)
    request = RenderRequest(SAMPLE, Path("out"), ("note", "summary"), ("docx",), theme=theme)
    plan = collect_issue([SAMPLE], None, None, None, None)
    news = NewsletterRequest(Path("out"), ("docx",), theme=theme)
    times: dict[bool, list[float]] = {True: [], False: []}
    sizes: dict[str, int] = {}
    for run in range(2 * repeat + 1):  # the first run warms imports and caches
        cold = run % 2 == 1
        if cold:
            _subset.cache_clear()
        start = time.perf_counter()
        files = {p.name: d for p, d in render_brief(brief, request, SAMPLE.name).files.items()}
        files.update({f"newsletter/{p.name}": d for p, d in render_newsletter(plan.issue, plan.briefs,
                                                                              news).files.items()})
        if run:
            times[cold].append(time.perf_counter() - start)
        sizes = {name: len(data) for name, data in files.items()}
    return sizes, statistics.median(times[True]), statistics.median(times[False])


def deck(embed: bool) -> int:
    """Bytes of a two-slide python-pptx deck in Noto Sans, fonts embedded or not."""
    from pptx import Presentation

    from briefkit.writers.docx.package import zip_members
    from briefkit.writers.ooxml_fonts import Family
    from briefkit.writers.pptx_fonts import pptx_embed

    prs = Presentation()
    for title in ("Generative-AI patent applications, 2014–2023", "Four principles for AI governance"):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = "People first · Innovation cooperation · Equal development · Governance"
    out = io.BytesIO()
    prs.save(out)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as package:
        blobs = {name: package.read(name) for name in package.namelist()}
    if embed:
        fonts = ROOT / "templates" / "base" / "fonts"
        pptx_embed(blobs, [Family("Calibri", {"regular": fonts / "NotoSans-Regular.ttf",
                                              "bold": fonts / "NotoSans-Bold.ttf"})])
    return len(zip_members(blobs))


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        embedded, cold_on, warm_on = word_files(None, args.repeat)
        plain, _, warm_off = word_files(plain_theme(Path(tmp)), args.repeat)
    print(f"{'file':<28}{'plain':>10}{'embedded':>10}{'added':>10}")
    for name in sorted(embedded):
        print(f"{name:<28}{plain[name]:>10,}{embedded[name]:>10,}{embedded[name] - plain[name]:>+10,}")
    without, with_fonts = deck(False), deck(True)
    print(f"{'python-pptx deck (2 slides)':<28}{without:>10,}{with_fonts:>10,}{with_fonts - without:>+10,}")
    print(f"render time, note + summary + newsletter DOCX (median of {args.repeat}): {warm_off * 1000:.0f} ms plain; "
          f"embedded {warm_on * 1000:.0f} ms with the batch's subsets ({(warm_on - warm_off) * 1000:+.0f} ms), "
          f"{cold_on * 1000:.0f} ms making them ({(cold_on - warm_off) * 1000:+.0f} ms)")


if __name__ == "__main__":
    main()
