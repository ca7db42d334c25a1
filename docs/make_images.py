"""Regenerate the README's preview images in docs/ from a fresh build of the sample.

Builds ``content/ai-cooperation-2024.yaml`` (all products, and a 3-up and a
notes handout) into a temporary folder, turns the deck, the note and the
handouts into PNG pages with poppler's ``pdftoppm``, and the Word summary
into PDF with LibreOffice first.  Needs poppler-utils and LibreOffice (the
packages of ``.ci/debian-packages.txt``).  Run from the repository root:

    python docs/make_images.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SAMPLE = ROOT / "content" / "ai-cooperation-2024.yaml"
RESOLUTION = "50"
HANDOUT_RESOLUTION = "40"


def run(*cmd: str) -> None:
    """Run a command; stop with its output if it fails."""
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stdout}{done.stderr}")


def pages(pdf: Path, stem: str) -> None:
    """``pdf`` as docs/<stem>-N.png, one image a page (numbered from 1, two digits for decks)."""
    with tempfile.TemporaryDirectory() as tmp:
        run("pdftoppm", "-png", "-r", RESOLUTION, str(pdf), f"{tmp}/page")
        for image in sorted(Path(tmp).glob("page-*.png")):
            number = int(image.stem.split("-")[-1])
            name = f"{stem}-{number:02d}.png" if stem == "slides" else f"{stem}-{number}.png"
            shutil.move(str(image), DOCS / name)


def main() -> None:
    """Build, convert and copy every image the README shows."""
    briefkit = [sys.executable, "-m", "briefkit"]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        run(*briefkit, "render", str(SAMPLE), "--out", str(out / "all"))
        folder = out / "all" / SAMPLE.stem
        for old in [*DOCS.glob("slides-[0-9]*.png"), *DOCS.glob("note-[0-9]*.png"), *DOCS.glob("summary-[0-9]*.png")]:
            old.unlink()
        pages(folder / "slides.pdf", "slides")
        pages(folder / "briefing-note.pdf", "note")
        run("soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(folder / "summary.docx"))
        pages(out / "summary.pdf", "summary")
        for layout in ("3", "notes"):
            run(*briefkit, "render", str(SAMPLE), "-p", "slides", "--handout", layout, "--out", str(out / layout))
            handout = next((out / layout / SAMPLE.stem).glob("*handout*.pdf"))
            with tempfile.TemporaryDirectory() as pngs:
                run("pdftoppm", "-png", "-r", HANDOUT_RESOLUTION, "-f", "1", "-l", "1", str(handout), f"{pngs}/p")
                shutil.move(str(next(Path(pngs).glob("p-*.png"))), DOCS / f"slides-handout-{layout}.png")
    print(f"images written to {DOCS}")


if __name__ == "__main__":
    main()
