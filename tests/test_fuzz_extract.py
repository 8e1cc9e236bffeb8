"""Fuzzing HTML extraction: real pages (cut down to keep examples fast) with bytes flipped, cut,
inserted and duplicated, and any bytes at all. The result is an Article with clean text or
a SourceError naming the page, nothing else. (Random bytes through `load_bytes` are fuzzed in
test_sources; this is the page path.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_fuzz_feeds import assert_clean, mutated

from briefs.errors import SourceError
from briefs.safety import is_fetchable_url
from briefs.sources.extract import extract_html
from briefs.sources.pages import page_article

PAGES = Path(__file__).parent / "fixtures" / "articles"
# The real pages without their scripts and styles (a third of the bytes, the same article).
_DROP = re.compile(rb"<(script|style|svg|noscript)\b.*?</\1\s*>", re.S | re.I)
SEED_PAGES = [_DROP.sub(b"", p.read_bytes()) for p in sorted(PAGES.glob("*.html"))]
URL = "https://pages.example/story"


def test_the_seed_pages_are_articles():
    for page in SEED_PAGES:
        check(extract_html(page, url=URL))


def check(article) -> None:
    assert article.text.strip() and article.title.strip()
    assert_clean(article.text)
    assert_clean(article.title, one_line=True)
    assert_clean(article.byline, one_line=True)
    assert_clean(article.published, one_line=True)
    assert article.url is None or is_fetchable_url(article.url)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.data_too_large])
@given(data=mutated(SEED_PAGES), ctype=st.sampled_from([None, "text/html", "text/html; charset=gb2312",
                                                        "text/html; charset=utf-16", "text/html; charset=x"]))
def test_a_mutated_page_gives_a_clean_article_or_a_source_error(data: bytes, ctype: str | None):
    try:
        article = extract_html(data, url=URL, source="fuzzed page", content_type=ctype)
    except SourceError as exc:
        assert "fuzzed page" in str(exc)
        return
    check(article)


@settings(max_examples=120, deadline=None)
@given(data=st.binary(max_size=2000), ctype=st.sampled_from(["", "text/html", "text/plain",
                                                             "application/octet-stream", "image/png"]))
def test_any_bytes_from_a_server_give_an_article_or_a_source_error(data: bytes, ctype: str):
    try:
        article = page_article(data, url=URL, source=URL, content_type=ctype)
    except SourceError as exc:
        assert "pages.example" in str(exc)
        return
    check(article)


PARA = "Some words here that make a paragraph of text for the reader to see, officials said."


@pytest.mark.parametrize("junk", ["\x01", "\x00", "\x0b\x0c", "\x1b[31m", "\x1f\x08"])
def test_a_page_with_stray_control_characters_still_gives_its_article(junk: str):
    # Found by fuzzing: readability failed on the whole page (and logged a traceback).
    page = (f"<html><head><title>T</title></head><body><article><p>{PARA}<script>x</script>{junk} tail "
            f"{junk}text</p><p>{PARA} Second.</p></article></body></html>").encode()
    article = extract_html(page, url=URL, source="junk page")
    check(article)
    assert "tail text" in article.text and "Second." in article.text
    assert "[31m" not in article.text


def test_a_page_readability_cannot_read_prints_no_traceback(tmp_path):
    import subprocess
    import sys

    page = tmp_path / "ctrl.html"
    page.write_bytes(f"<html><body><article><p>{PARA}<script>x</script>\x01 tail</p></article></body></html>"
                     .encode())
    result = subprocess.run([sys.executable, "-m", "tui.cli", "brief", str(page), "--format", "json"],
                            capture_output=True, text=True, timeout=60,
                            cwd=str(Path(__file__).resolve().parent.parent))
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 2)
