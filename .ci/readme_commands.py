"""Print the README's two fresh-machine commands, NUL-separated, for .ci/run.

They are the command lines of the README's first ``bash`` block (comments and
blank lines left out).  Anything but exactly two is an error, so a README that
loses or splits a command fails CI instead of going stale.
"""

from __future__ import annotations

import sys
from pathlib import Path


def commands(readme: str) -> list[str]:
    """The command lines of the first fenced bash block."""
    block = readme.split("```bash\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def main() -> int:
    """Write the two commands to standard output, each followed by a NUL byte."""
    found = commands(Path(sys.argv[1]).read_text(encoding="utf-8"))
    if len(found) != 2:
        print(f"README: expected 2 commands in its first bash block, found {len(found)}", file=sys.stderr)
        return 1
    sys.stdout.write("".join(f"{c}\0" for c in found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
