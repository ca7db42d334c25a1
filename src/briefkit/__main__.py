"""Entry point for ``python -m briefkit``."""

from briefkit.cli import main

if __name__ == "__main__":
    main()
