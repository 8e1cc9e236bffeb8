"""Untrusted text, URLs and titles are neutralised before they are shown, fetched or saved."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from briefs.errors import FetchError
from briefs.safety import cell_width, check_url, clean_line, clean_text, is_fetchable_url, safe_stem


@pytest.mark.parametrize(
    "hostile, shown",
    [
        ("\x1b[31mred\x1b[0m title", "red title"),
        ("\x1b]8;;http://evil/\x07click\x1b]8;;\x07", "click"),
        ("bell\x07 and NUL\x00", "bell and NUL"),
        ("abc\u202edcba", "abcdcba"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("Vladi\u00admir Putin", "Vladimir Putin"),
        ("C1\x9b31m text", "C1 text"),
    ],
)
def test_escape_sequences_and_invisible_characters_are_removed(hostile, shown):
    assert clean_text(hostile) == shown


def test_clean_text_keeps_newlines_and_tabs_and_normalises_carriage_returns():
    assert clean_text("a\r\nb\rc\td") == "a\nb\nc\td"


def test_clean_line_folds_to_one_line_and_cuts_long_titles():
    assert clean_line("  two\n\nlines  ") == "two lines"
    cut = clean_line("x" * 500, max_len=20)
    assert len(cut) == 20 and cut.endswith("\u2026")


@pytest.mark.parametrize("url", ["http://example.com/a", "https://example.com", " https://x.org/?q=1 "])
def test_http_and_https_urls_are_allowed(url):
    assert check_url(url) == url.strip()


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://x.org/", "/etc/passwd", "http://"],
)
def test_other_schemes_and_hostless_urls_are_refused_with_a_message(url):
    with pytest.raises(FetchError) as caught:
        check_url(url, source="feed.xml")
    assert "feed.xml" in str(caught.value)
    assert not is_fetchable_url(url)


@pytest.mark.parametrize(
    "title",
    ["../../etc/passwd", "/", "\x00", "CON", "nul.txt", "...", "a/b\\c", "\u202e\u200b", "x" * 300, "é" * 300],
)
def test_any_title_gives_one_safe_file_name(title):
    stem = safe_stem(title)
    assert stem and "/" not in stem and "\\" not in stem and "\x00" not in stem
    assert not stem.startswith(".")
    assert stem.split(".")[0] not in {"con", "nul", "prn", "aux"}
    assert len(stem.encode("utf-8")) <= 80


def test_a_plain_title_gives_a_readable_slug():
    assert safe_stem("Blinken meets Xi in Beijing: 'progress'") == "blinken-meets-xi-in-beijing-progress"


@given(st.text(max_size=400))
def test_safe_stem_never_yields_a_path_or_nothing(title):
    stem = safe_stem(title)
    assert stem and stem not in {".", ".."}
    assert all(sep not in stem for sep in ("/", "\\", "\x00"))
    assert len(stem.encode("utf-8")) <= 80


@given(st.text(max_size=400))
def test_clean_line_leaves_no_control_characters(text):
    line = clean_line(text)
    assert "\n" not in line
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in line)


def _clean_text_slowly(text: str) -> str:
    """clean_text as it was before its one-scan shortcut: the reference the shortcut must match."""
    import briefs.safety as s

    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = s._ANSI.sub("", text)
    text = s._INVISIBLE.sub("", text)
    return s._SURROGATE.sub("\ufffd", s._CONTROL.sub("", text))


@given(st.lists(st.one_of(
    st.text(), st.text(st.characters(categories=["Cs"]), max_size=2), st.sampled_from(["\x1b[", "\x1b]", "\x9b", "\x9d", "\r\n", "\r", "\u202e",
                                "\u200b", "\u200d", "\U0001f469", "\ufe0f", "\ufeff", "\x07", "\x1b\\", "a", " ",
                                "\n", "31m"]),
)))
def test_clean_text_shortcut_changes_nothing(parts):
    text = "".join(parts)
    assert clean_text(text) == _clean_text_slowly(text)


def test_fit_cells_cuts_and_pads_by_terminal_columns_not_characters():
    from briefs.safety import cell_width, fit_cells

    for text in ("seeds", "人民日报 国际版 新华社新华社新华社", "🎉 Party 🎉 " * 5, "Ze\u0301ro a\u0308\u0308", ""):
        for width in (1, 5, 24, 79):
            fitted = fit_cells(text, width)
            assert cell_width(fitted) == width, (text, width, fitted)
    assert fit_cells("人民日报 国际版", 8) == "人民日… "  # a wide character that would not fit: a space
    assert fit_cells("Ze\u0301ro", 6) == "Ze\u0301ro  "  # a combining mark takes no column


FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # 👩‍👩‍👧
RAINBOW_FLAG = "\U0001f3f3\ufe0f\u200d\U0001f308"  # 🏳️‍🌈
EMOJI_SEQUENCES = [FAMILY, RAINBOW_FLAG, "\U0001f469\U0001f3fd\u200d\U0001f4bb", "\u2764\ufe0f\u200d\U0001f525",
                   "\U0001f642\u200d\u2194\ufe0f", "\U0001f43b\u200d\u2744\ufe0f", "\U0001f3f3\ufe0f\u200d\u26a7\ufe0f"]


@pytest.mark.parametrize("sequence", EMOJI_SEQUENCES)
def test_a_zero_width_joiner_goes_even_between_two_emoji_so_a_row_lines_up_in_any_terminal(sequence):
    # rich measures a joined sequence as one emoji; tmux 3.3, xterm and VTE draw its parts.
    parts = sequence.replace("\u200d", "")
    assert clean_text(f"Day out {sequence}!") == f"Day out {parts}!"
    assert clean_line(f"\x1b[31m{sequence}\u202e x") == f"{parts} x"
    assert cell_width(clean_text(sequence)) == cell_len(parts)


@pytest.mark.parametrize(
    "hostile, shown",
    [
        ("pay\u200dpal", "paypal"),  # inside a word: a spoof
        ("\u200dstart and end\u200d", "start and end"),
        ("\U0001f469\u200dx", "\U0001f469x"),  # one side only
        ("x\u200d\U0001f469", "x\U0001f469"),
        ("\U0001f469\u200d\u200d\U0001f467", "\U0001f469\U0001f467"),  # doubled: nothing joined
        ("\u4e2d\u200d\u56fd", "\u4e2d\u56fd"),  # CJK is not emoji
        ("a\u200b\u200d\U0001f469", "a\U0001f469"),
    ],
)
def test_a_zero_width_joiner_anywhere_is_removed(hostile, shown):
    assert clean_text(hostile) == shown


def test_cell_width_measures_as_the_screen_does():
    """The CLI's tables and the reader's list cut clean lines (no zero-width joiner) by the same
    count of columns as rich draws."""
    from rich.cells import cell_len

    from briefs.safety import cell_width

    for text in ["seeds", "人民日报", "Ze\u0301ro a\u0308\u0308", "\U0001f44d\U0001f3fd", "\u2764\ufe0f",
                 "\U0001f1eb\U0001f1f7", "\U0001f389 Party", *EMOJI_SEQUENCES, f"{FAMILY} family {RAINBOW_FLAG}"]:
        text = clean_line(text)
        assert cell_width(text) == cell_len(text), text


@pytest.mark.parametrize("text", ["人民日报 国际版 新华社", clean_text(f"{FAMILY} family {RAINBOW_FLAG} flag " * 3),
                                  "Ze\u0301ro e\u0301te\u0301 cafe\u0301 " * 3, "a" + "\U0001f44d\U0001f3fd" * 9])
def test_a_cut_keeps_whole_characters_then_the_ellipsis(text):
    from briefs.safety import cell_width, cut_cells

    for width in range(1, cell_width(text) + 2):
        shown = cut_cells(text, width)
        assert cell_width(shown) <= width, (width, shown)
        if shown != text:
            head = shown[:-1]
            assert shown.endswith("\u2026") and text.startswith(head) and head == head.rstrip(), (width, shown)
            rest = text[len(head):].lstrip(" ")
            # The cut falls between two characters: never before a mark, a variation selector or a skin tone.
            assert not rest or not (rest[0] in "\u0301\ufe0f" or "\U0001f3fb" <= rest[0] <= "\U0001f3ff"), (width, shown)
