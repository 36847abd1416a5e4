"""What Qt's PDF writer cannot set: subject, keywords, the document language and bookmarks.

Qt 6.11's QPdfWriter sets title, author and creator; it writes no outline (bookmarks), no
subject or keywords in the document information and no /Lang. pypdf (pure Python, a
runtime dependency for this reason) adds them to the finished file in memory. The result
is read back and checked (same page count, the bookmarks present) before it is returned.

PDF/A: this Qt offers PDF/A-1b and PDF/X-4 only (QPagedPaintDevice.PdfVersion), not
PDF/A-2b, and changing the file afterwards would break a PDF/A claim anyway; the report
is plain PDF 1.4.
"""

from __future__ import annotations

import errno
import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject


def finish_pdf(data: bytes, info: dict, marks: list[tuple[int, str, int]], pages: int) -> bytes:
    """DATA with subject, keywords, /Lang and one bookmark per heading (level 1 and 2)."""
    try:
        reader = PdfReader(io.BytesIO(data))
        writer = PdfWriter(clone_from=reader)
        writer.add_metadata({
            "/Title": info.get("title", ""), "/Author": info.get("author", ""),
            "/Subject": info.get("subject", ""), "/Keywords": info.get("keywords", ""),
            "/Creator": "Mamori", "/Producer": "Mamori (Qt, pypdf)",
        })
        if info.get("lang"):
            writer._root_object[NameObject("/Lang")] = TextStringObject(info["lang"])
        parent = None
        for level, text, page in marks:
            page = min(max(page, 0), pages - 1)
            if level == 1:
                parent = writer.add_outline_item(title=text, page_number=page)
            else:
                writer.add_outline_item(title=text, page_number=page, parent=parent)
        writer.page_mode = "/UseOutlines"
        out = io.BytesIO()
        writer.write(out)
        result = out.getvalue()
        check = PdfReader(io.BytesIO(result))
        if len(check.pages) != pages or (marks and not check.outline):
            raise OSError(errno.EIO, "the PDF's bookmarks could not be added")
    except OSError:
        raise
    except Exception as error:  # pypdf raises its own errors on a damaged file
        raise OSError(errno.EIO, f"the PDF could not be finished ({error})") from None
    return result
