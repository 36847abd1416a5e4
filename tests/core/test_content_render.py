"""Markdown → safe HTML through one function (`render_markdown`).

The output is parsed with html.parser, so the safety tests look at the tags and
attributes a viewer would see, not at substrings.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.render import LINK_SCHEMES, render_markdown

FORBIDDEN_TAGS = {"script", "style", "iframe", "form", "input", "button", "object", "embed",
                  "link", "meta", "base", "svg", "math", "textarea", "frame", "frameset"}


class Elements(HTMLParser):
    """Every start tag of an HTML fragment with its attributes."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))

    def tags(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.found if tag == name]


def assert_safe(html: str) -> None:
    """No dangerous tag, no event attribute, only allowed link schemes, no remote image."""
    for tag, attrs in Elements(html).found:
        assert tag not in FORBIDDEN_TAGS, html
        for name, value in attrs.items():
            assert not name.startswith("on"), html
            assert name not in ("srcdoc", "formaction", "action"), html
            if name in ("href", "src") and value:
                scheme = value.split(":", 1)[0].lower() if ":" in value.split("/", 1)[0] else ""
                assert scheme in LINK_SCHEMES | {""}, html
        if tag == "img":
            src = attrs.get("src") or ""
            assert ":" not in src and not src.startswith(("/", "\\")), html
            assert ".." not in Path(src).parts, html


@pytest.fixture
def pack(tmp_path) -> Path:
    """A pack with one lesson folder holding an image, and an image outside the pack."""
    root = tmp_path / "pack"
    (root / "lessons" / "basics" / "images").mkdir(parents=True)
    (root / "lessons" / "basics" / "images" / "router.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "shared.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "outside.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return root


def render_in(pack: Path, text: str):
    return render_markdown(text, base_dir=pack / "lessons" / "basics", pack_root=pack)


# -- the Markdown features content uses -------------------------------------------------


def test_tables():
    html = render_markdown("| 項目 | 期限 |\n|---|:-:|\n| 更新 | 14日 |\n").html

    elements = Elements(html)
    assert (len(elements.tags("th")), len(elements.tags("td"))) == (2, 2)
    assert "<td>更新</td>" in html
    assert 'style="text-align: center;"' in html


def test_admonition_with_title():
    html = render_markdown('!!! note "覚えておくこと"\n    更新はその日のうちに。\n').html

    divs = Elements(html).tags("div")
    assert divs == [{"class": "admonition note"}]
    assert '<p class="admonition-title">覚えておくこと</p>' in html
    assert "<p>更新はその日のうちに。</p>" in html


def test_task_lists_become_check_boxes():
    html = render_markdown("- [ ] バックアップを取る\n- [x] 更新を入れる\n- ふつうの行\n").html

    assert Elements(html).tags("li") == [{"class": "task"}, {"class": "task"}, {}]
    assert "☐ バックアップを取る" in html
    assert "☑ 更新を入れる" in html
    assert "[ ]" not in html and "[x]" not in html


def test_headings_get_anchors_for_japanese_and_english():
    html = render_markdown("## なぜ大事か\n\n## Why it matters\n\n[上へ](#なぜ大事か)\n").html

    assert [h["id"] for h in Elements(html).tags("h2")] == ["なぜ大事か", "why-it-matters"]
    assert Elements(html).tags("a") == [{"href": "#なぜ大事か"}]


@pytest.mark.parametrize(
    "href",
    ["https://www.ipa.go.jp/", "http://example.jp/a?b=c", "mailto:info@example.jp",
     "lesson:hajime-update", "item:basic-update-auto", "#section"],
)
def test_allowed_links_are_kept(href):
    rendered = render_markdown(f"[リンク]({href})")

    assert Elements(rendered.html).tags("a") == [{"href": href}]
    assert rendered.problems == ()


# -- raw HTML is never passed through ---------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "<script>alert(1)</script>",
        "<style>body { display: none }</style>",
        '<iframe src="https://evil.example/"></iframe>',
        '<form action="https://evil.example/"><input name="pw"><button>送信</button></form>',
        '<img src="x" onerror="alert(1)">',
        '<a href="https://ipa.go.jp" onclick="alert(1)">IPA</a>',
        '<p onmouseover="alert(1)">hover</p>',
        '<div style="background:url(javascript:alert(1))">x</div>',
        '<svg onload="alert(1)"></svg>',
        '<object data="evil.swf"></object>',
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        "<!-- comment --><script>1</script>",
    ],
)
def test_raw_html_is_shown_as_text(raw):
    for text in (raw, f"前の文 {raw} 後の文", f"段落\n\n{raw}\n\n段落"):
        html = render_markdown(text).html

        assert_safe(html)
        assert Elements(html).found == [("p", {})] * len(Elements(html).tags("p"))
        assert "&lt;" in html


@pytest.mark.parametrize(
    ("href", "scheme"),
    [
        ("javascript:alert(1)", "javascript"),
        ("JavaScript:alert(1)", "javascript"),
        ("<javascript:alert(1)>", "javascript"),
        ("data:text/html;base64,PHNjcmlwdD4=", "data"),
        ("file:///etc/passwd", "file"),
        ("vbscript:msgbox(1)", "vbscript"),
    ],
)
def test_dangerous_links_are_removed_and_reported(href, scheme):
    rendered = render_markdown(f"[押してね]({href})")

    assert Elements(rendered.html).tags("a") == [{}]
    assert "押してね" in rendered.html
    assert [message for _, message in rendered.problems] == [
        f"link '{href.strip('<>')}' was removed: '{scheme}:' links are not allowed"]


def test_reference_style_dangerous_link_is_removed():
    rendered = render_markdown("[押してね][x]\n\n[x]: javascript:alert(1)\n")

    assert Elements(rendered.html).tags("a") == [{}]
    assert len(rendered.problems) == 1


@pytest.mark.parametrize("href", ["other.md", "../secret.txt", "java\tscript:alert(1)"])
def test_links_without_a_scheme_are_removed_and_reported(href):
    rendered = render_markdown(f"[リンク]({href})")

    assert Elements(rendered.html).tags("a") == [{}]
    assert "has no scheme" in rendered.problems[0][1]


# -- images ------------------------------------------------------------------------------------


def test_image_beside_the_lesson_inside_the_pack_is_kept(pack):
    rendered = render_in(pack, "![ルータの図](images/router.png)")

    assert rendered.problems == ()
    assert Elements(rendered.html).tags("img") == [
        {"alt": "ルータの図", "src": "lessons/basics/images/router.png"}]


def test_image_elsewhere_inside_the_pack_is_kept(pack):
    rendered = render_in(pack, "![図](../../shared.png)")

    assert rendered.problems == ()
    assert [img["src"] for img in Elements(rendered.html).tags("img")] == ["shared.png"]


@pytest.mark.parametrize(
    "src",
    ["../../../outside.png", "images/../../../../outside.png", "{outside}", "file://{outside}"],
)
def test_image_path_that_leaves_the_pack_is_removed_and_reported(pack, src):
    src = src.format(outside=pack.parent / "outside.png")

    rendered = render_in(pack, f"前\n\n![外の図]({src})\n\n後")

    assert Elements(rendered.html).tags("img") == []
    assert [message for _, message in rendered.problems] == [
        f"image '{src}' was removed: images must be files inside the pack's folder"]


@pytest.mark.parametrize(
    "src",
    ["https://evil.example/track.png", "http://evil.example/x.png", "//evil.example/x.png",
     "data:image/png;base64,iVBORw0KGgo=", "ftp://evil.example/x.png"],
)
def test_remote_images_are_removed_and_reported(pack, src):
    rendered = render_in(pack, f"![追跡]({src})")

    assert Elements(rendered.html).tags("img") == []
    assert len(rendered.problems) == 1 and src in rendered.problems[0][1]


def test_missing_image_is_reported_once(pack):
    rendered = render_in(pack, "![なし](images/missing.png)")

    assert Elements(rendered.html).tags("img") == []
    assert [message for _, message in rendered.problems] == ["image 'images/missing.png' does not exist"]


def test_image_without_a_pack_is_removed():
    rendered = render_markdown("![図](images/router.png)")

    assert Elements(rendered.html).tags("img") == []
    assert len(rendered.problems) == 1


def test_symlink_out_of_the_pack_is_removed(pack):
    link = pack / "lessons" / "basics" / "images" / "link.png"
    link.symlink_to(pack.parent / "outside.png")

    rendered = render_in(pack, "![図](images/link.png)")

    assert Elements(rendered.html).tags("img") == []
    assert len(rendered.problems) == 1


# -- whatever the text, the output is safe ------------------------------------------------------

FRAGMENTS = st.sampled_from([
    "<", ">", "script", "iframe", "style", "form", "img", " src=", " onerror=", " onclick=",
    "javascript:", "data:", "file:", "https://e.example/", "lesson:x", '"', "'", "=", "/",
    "[", "]", "(", ")", "!", "#", "\n", "\n\n", "    ", "!!! note ", "- [ ] ", "|", "---",
    "&#106;", "&lt;", "`", "*", "<!--", "-->", "\\", "\t", "ア", ":", "../",
])


@settings(max_examples=150, deadline=None, database=None)
@given(st.lists(FRAGMENTS | st.text(max_size=5), max_size=40).map("".join))
def test_any_text_renders_to_safe_html(text):
    assert_safe(render_markdown(text).html)
