"""The exported PDF read back with pypdf: text, page numbers, embedded font, A4."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from tests.support.summary_support import COMPANY, pdf_page_texts, squash, summary_input

PAGE_NUMBER = re.compile(r"(\d+)\s*/\s*(\d+)\s*ページ")
RADICALS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")  # CJK radicals supplement + Kangxi radicals


@pytest.fixture(scope="module")
def reader(exports) -> PdfReader:
    return PdfReader(str(exports[1]["pdf"]))


def test_pdf_has_the_company_and_the_japanese_headings(pdf_texts):
    first, whole = squash(pdf_texts[0]), squash("".join(pdf_texts))
    assert COMPANY in first
    assert first.startswith("情報セキュリティ対策状況報告書")
    for heading in ("ひと目でわかる状況", "宣言", "対応が必要な評価基準と計画", "改善計画", "従業員教育の状況"):
        assert heading in whole, heading


def test_every_page_is_numbered_n_of_total(pdf_texts):
    total = len(pdf_texts)
    assert total > 1, "the requirements-level report spans several pages"
    for index, text in enumerate(pdf_texts, start=1):
        numbers = PAGE_NUMBER.findall(text)
        assert numbers and numbers[-1] == (str(index), str(total)), f"page {index}: {numbers}"


def test_every_page_has_the_company_and_date_in_the_footer(pdf_texts, exports):
    for index, text in enumerate(pdf_texts, start=1):
        assert squash(f"{COMPANY}") in squash(text), index
        assert exports[0]["date"] in text, index


def test_the_pdf_title_names_the_company(reader):
    assert reader.metadata.title == f"{COMPANY} 情報セキュリティ対策 状況報告書"


def test_pages_are_a4_portrait(reader):
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - 595.3) < 1.5 and abs(height - 841.9) < 1.5


def _fonts(page):
    resources = page.get("/Resources", {})
    fonts = resources.get_object().get("/Font", {}) if resources else {}
    return [font.get_object() for font in fonts.get_object().values()] if fonts else []


def _descriptor(font):
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    return font.get("/FontDescriptor").get_object() if font.get("/FontDescriptor") else None


def test_every_font_is_embedded(reader):
    for number, page in enumerate(reader.pages, start=1):
        fonts = _fonts(page)
        assert fonts, f"page {number} uses no font"
        for font in fonts:
            descriptor = _descriptor(font)
            assert descriptor is not None, f"page {number}: {font.get('/BaseFont')} has no descriptor"
            embedded = [key for key in descriptor if key in ("/FontFile", "/FontFile2", "/FontFile3")]
            assert embedded, f"page {number}: {font.get('/BaseFont')} is not embedded"
    assert any("NotoSansJP" in str(f.get("/BaseFont")) for page in reader.pages for f in _fonts(page))


def test_kanji_are_not_extracted_as_kangxi_radicals(pdf_texts):
    """日, 山, 田 ... must come out as the normal ideographs, not as look-alike radicals
    (U+2F00–U+2FDF): otherwise copy, search and screen readers go wrong."""
    whole = "".join(pdf_texts)
    assert not RADICALS.findall(whole), sorted(set(RADICALS.findall(whole)))
    assert "山田" in whole and "日本" in whole


def test_digits_next_to_latin_text_survive(pdf_texts, exports):
    """Versions and the SHA-256 note: digits inside Latin text runs come out as digits."""
    summary = exports[0]
    text = squash("".join(pdf_texts))
    assert f"Mamori{summary['app_version']}" in text
    assert summary["content_version"] in text
    assert "SHA-256" in text
    assert f"SCS評価制度要求事項:{summary['scheme_versions']['scs']}" in text


def _open(summary: dict) -> list[dict]:
    """The criteria the requirements-level PDF lists one by one (partly met, not met, unknown)."""
    return [c for c in summary["schemes"]["scs-star4"]["criteria"] if c["status"] in ("partial", "not_met", "unknown")]


def _without_footers(pdf_texts, summary) -> str:
    """The pages' text squashed and joined, without the footers (a row may run on to the next page)."""
    total = len(pdf_texts)
    return "".join(squash(text).replace(f"{squash(COMPANY)}{summary['date']}{n}/{total}ページ", "")
                   for n, text in enumerate(pdf_texts, start=1))


def test_criterion_titles_are_searchable(pdf_texts, exports):
    text = _without_footers(pdf_texts, exports[0])
    titles = [c["title"] for c in _open(exports[0]) if "・" not in c["title"]]
    assert len(titles) > 20
    # A row that runs on to the next page is extracted cell by cell, so a long title may be
    # interrupted by the next cells: its start and its end must both be there.
    missing = [title for title in titles
               if squash(title) not in text and not (squash(title)[:15] in text and squash(title)[-6:] in text)]
    assert not missing, missing[:5]


def test_katakana_middle_dot_survives(pdf_texts, exports):
    text = _without_footers(pdf_texts, exports[0])
    titles = [c["title"] for c in _open(exports[0]) if "・" in c["title"]]
    assert titles
    assert all(squash(title) in text for title in titles)


def test_a_long_company_name_does_not_run_into_the_page_number(model, qapp, tmp_path):
    """The footer has the company on the left and "date  n / N ページ" on the right; a long
    name is shortened with … instead of being drawn over the page number."""
    from desktop.core.summary import build_summary
    from desktop.report.build import write_summary

    name = "株式会社山田日本精密機械製作所ホールディングス関東第二工場品質保証部情報システム課サプライチェーン推進室"
    path = tmp_path / "long.pdf"
    write_summary(build_summary(model, summary_input(model, {}, {}, name=name), "summary"), "pdf", path)
    texts = pdf_page_texts(path)
    for index, text in enumerate(texts, start=1):
        footer = text.rstrip().splitlines()[-3:]
        assert any("…" in line for line in footer), footer
        assert PAGE_NUMBER.findall(text)[-1] == (str(index), str(len(texts)))


def test_latin_ligatures_come_out_as_plain_letters(model, qapp, tmp_path):
    """"ff", "fi" and "fl" must not turn into ligature characters (ﬀ, ﬁ) in copy and search."""
    from desktop.core.summary import build_summary
    from desktop.report.build import write_summary

    name = "Office Affinity Flow 株式会社"
    path = tmp_path / "ligatures.pdf"
    write_summary(build_summary(model, summary_input(model, {}, {}, name=name), "summary"), "pdf", path)
    text = "".join(pdf_page_texts(path))
    assert "Office" in text and "Affinity" in text and "Flow" in text
    assert not re.search("[\ufb00-\ufb06]", text)

