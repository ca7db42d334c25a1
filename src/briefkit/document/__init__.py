"""The document tree between templates and writers (see :mod:`.nodes`)."""

from briefkit.document.nodes import Document, block_text, plain_text
from briefkit.document.parse import parse
from briefkit.document.syntax import DIRECTIVES

__all__ = ["DIRECTIVES", "Document", "block_text", "parse", "plain_text"]
