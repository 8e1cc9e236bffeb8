"""Links are resolved exactly as urljoin resolves them, with or without its parses skipped."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.sources.feeds import _urljoin

BASES = ["http://127.0.0.1:8000/feed/1.xml", "https://news.example/rss", "HTTP://News.Example/",
         "https://a.example/x/y?q=1#f", ""]
TRICKY = [
    "http://a.example/x", "https://a.example/x", "http://a.example", "http://a.example/x?",
    "http://a.example/x#", "http://a.example/x?#f", "http://a.example/x?q#", "http://a.example/x??",
    "http://a.example/x;p", "http://a.example/x;", "http://[::1]/x", "http://[::1/x", "http:///x",
    "http:/x", "HTTP://a.example/x", "http://a.example/./x/../y", "http://user:pw@a.example:81/x",
    "http://a.example/x y", "http://a.example/\tx", " http://a.example/x", "http://a.example/%zz",
    "//a.example/x", "/x", "x", "?q", "#f", "ftp://a.example/x", "http://a.example/x#f?g",
    "http://a.example:/x", "http://a.example/x\\y", "https://a.example/\u00e9",
]


def _same_as_urljoin(base: str, url: str) -> None:
    """`_urljoin` gives `urljoin`'s answer, or raises where it raises."""
    try:
        expected = urljoin(base, url)
    except ValueError:
        with pytest.raises(ValueError):
            _urljoin(base, url)
        return
    assert _urljoin(base, url) == expected


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("url", TRICKY)
def test_a_link_resolves_as_urljoin_resolves_it(base: str, url: str):
    _same_as_urljoin(base, url)


_URLISH = st.text(alphabet="abcAB01:/.?#;[]@%&=+-_~!$'()*, \t", max_size=30)


@settings(max_examples=800, deadline=None)
@given(base=st.sampled_from(BASES), scheme=st.sampled_from(["http://", "https://", "HTTP://", "", "//"]),
       rest=_URLISH)
def test_any_link_resolves_as_urljoin_resolves_it(base: str, scheme: str, rest: str):
    url = scheme + rest
    _same_as_urljoin(base, url)
