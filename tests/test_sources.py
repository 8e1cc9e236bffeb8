"""Reading articles from text, Markdown and HTML files, folders and raw bytes."""

from __future__ import annotations

import codecs
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefs.errors import SourceError
from briefs.sources.files import article_files, load_bytes, load_file, load_path, title_from_name

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
SEED = FIXTURES / "blinken-xi-beijing.txt"

PAGE = b"""<!doctype html><html><head><title>Harbour reopens | Example News</title>
<meta property="og:site_name" content="Example News"></head><body><article>
<h1>Harbour reopens</h1>
<p>The harbour reopened on Tuesday after three weeks of repairs, the port authority said in a statement.</p>
<p>"We are glad to welcome the ships back," said Anna Berg, the harbour master, at a short ceremony.</p>
<p>Fishing crews had waited since early March for the quay to be rebuilt after the winter storms.</p>
</article></body></html>"""


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_a_text_file_without_a_headline_takes_its_title_from_the_file_name():
    article = load_file(SEED)
    assert article.title == "Blinken Xi Beijing"
    assert article.text.startswith("China's Xi Jinping hailed \"progress\"")
    assert article.source == str(SEED)


def test_the_comment_notice_at_the_end_of_the_seed_is_not_article_text():
    text = load_file(SEED).text
    for furniture in ("COMMENTS", "Comments are moderated", "Comments FAQ"):
        assert furniture not in text
    assert text.rstrip().endswith("Commerce Secretary Gina Raimondo.")
    assert "Taiwan core issue" in text  # a subheading inside the story stays


def test_a_headline_line_followed_by_a_blank_line_is_the_title():
    article = load_file(FIXTURES / "te3-memorial-raids.txt")
    assert article.title == "Russian police and tax inspectors raid rights group Memorial"
    assert not article.text.startswith("Russian police and tax inspectors raid rights")
    assert article.text.startswith("Russian police and tax inspectors have raided")
    assert '"foreign agents"' in article.text


def test_a_first_sentence_is_not_mistaken_for_a_headline(tmp_path):
    path = _write(tmp_path / "harbour-news.txt", "The harbour reopened on Tuesday.\n\nShips came back.\n")
    article = load_file(path)
    assert article.title == "Harbour News"
    assert article.text.startswith("The harbour reopened on Tuesday.")


def test_hard_wrapped_paragraphs_are_joined_and_paragraphs_kept_apart(tmp_path):
    body = (
        "Harbour reopens\n\n"
        "The harbour reopened on Tuesday after three weeks of repairs to the\n"
        "quay, the port authority said in a statement on its website.\n\n"
        "Fishing crews had waited since early March.\n"
    )
    article = load_file(_write(tmp_path / "a.txt", body))
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == (
        "The harbour reopened on Tuesday after three weeks of repairs to the quay, "
        "the port authority said in a statement on its website."
    )
    assert paragraphs[1] == "Fishing crews had waited since early March."


def test_a_markdown_file_uses_its_heading_as_title_and_loses_the_markup(tmp_path):
    body = (
        "# Harbour *reopens*\n\n"
        "The harbour [reopened](https://example.com/x) on **Tuesday** after repairs, officials said.\n\n"
        "## Crews return\n\n"
        "> Fishing crews had waited since early March for the quay to be rebuilt.\n\n"
        "The port_authority_api feed showed _ships_ queuing, __officials__ said.\n"
    )
    article = load_file(_write(tmp_path / "story.md", body))
    assert article.title == "Harbour reopens"
    assert "The harbour reopened on Tuesday after repairs, officials said." in article.text
    assert "Crews return" in article.text
    assert "The port_authority_api feed showed ships queuing, officials said." in article.text
    assert "Fishing crews had waited" in article.text
    for markup in ("](", "**", "# ", "> "):
        assert markup not in article.text


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_files_are_extracted(tmp_path, suffix):
    article = load_file(_write(tmp_path / f"page{suffix}", PAGE))
    assert article.title == "Harbour reopens"
    assert "We are glad to welcome the ships back" in article.text
    assert "<p>" not in article.text


def test_a_folder_is_read_recursively_in_sorted_order_skipping_other_files(tmp_path):
    _write(tmp_path / "b.txt", "Second story\n\nThe second story has a body of its own, officials said.\n")
    _write(tmp_path / "a" / "z.html", PAGE)
    _write(tmp_path / "a" / "c.md", "# First story\n\nThe first story has a body of its own, they said.\n")
    _write(tmp_path / "notes.json", "{}")
    _write(tmp_path / ".hidden.txt", "Hidden\n\nThis must not be read at all, said no one.\n")
    _write(tmp_path / ".git" / "x.txt", "Hidden\n\nNeither must this be read, said no one.\n")
    files = article_files(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in files] == ["a/c.md", "a/z.html", "b.txt"]
    titles = [a.title for a in load_path(tmp_path)]
    assert titles == ["First story", "Harbour reopens", "Second story"]


def test_a_folder_skips_a_bad_file_but_keeps_the_good_ones(tmp_path):
    _write(tmp_path / "a.txt", b"\x00\x01\x02binary")
    _write(tmp_path / "b.txt", "Good story\n\nThe good story has a body, officials said.\n")
    assert [a.title for a in load_path(tmp_path)] == ["Good story"]


def test_a_missing_file_is_a_source_error_naming_it(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(SourceError, match="nope.txt"):
        load_path(missing)


def test_a_folder_with_no_articles_is_a_source_error_naming_it(tmp_path):
    (tmp_path / "empty").mkdir()
    _write(tmp_path / "empty" / "data.csv", "a,b\n")
    with pytest.raises(SourceError, match="empty.*no articles"):
        load_path(tmp_path / "empty")


def test_a_binary_file_is_refused(tmp_path):
    path = _write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(SourceError, match="photo.txt: binary"):
        load_file(path)


@pytest.mark.parametrize(
    "content", [b"", b"   \n\n  \t\n", b"Just a headline\n\n", "\u200b\u202e\n".encode()]
)
def test_an_empty_article_is_refused(tmp_path, content):
    path = _write(tmp_path / "empty.txt", content)
    with pytest.raises(SourceError, match="empty.txt"):
        load_file(path)


def test_windows_1252_without_a_declaration_is_decoded(tmp_path):
    text = (
        "Caf\u00e9 owners protest\n\n"
        "\u201cWe will not close,\u201d said Ren\u00e9e Dupr\u00e9, who runs a caf\u00e9 \u2013 "
        "the oldest in town \u2013 near the station, on Monday morning."
    )
    article = load_file(_write(tmp_path / "cafe.txt", text.encode("cp1252")))
    assert article.title == "Caf\u00e9 owners protest"
    assert "\u201cWe will not close,\u201d said Ren\u00e9e Dupr\u00e9" in article.text
    assert "\ufffd" not in article.text


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_byte_order_marks_pick_the_encoding_and_are_not_text(tmp_path, bom, encoding):
    text = "Zürich votes\n\nVoters in Zürich approved the plan on Sunday, officials said."
    article = load_file(_write(tmp_path / "z.txt", bom + text.encode(encoding)))
    assert article.title == "Zürich votes"
    assert article.text == "Voters in Zürich approved the plan on Sunday, officials said."


def test_invalid_bytes_do_not_stop_the_article(tmp_path):
    data = b"Storm hits coast\n\nThe storm hit the coast on Monday, forecasters said." + b"\xff\xfe\xfa"
    article = load_file(_write(tmp_path / "s.txt", data))
    assert article.text.startswith("The storm hit the coast on Monday")


def test_escape_sequences_and_control_characters_never_reach_the_article(tmp_path):
    data = (
        "Alert \x1b[31mred\x1b[0m title\n\n"
        "The council met \x1b]8;;http://evil\x07here\x1b]8;;\x07 on Monday\u202e and voted, officials said.\x07"
    )
    article = load_file(_write(tmp_path / "x.txt", data))
    for bad in ("\x1b", "\x07", "\u202e"):
        assert bad not in article.title
        assert bad not in article.text
    assert article.title == "Alert red title"


def test_stdin_bytes_are_sniffed_as_html_or_text():
    page = load_bytes(b"\n  " + PAGE, source="-")
    assert page.title == "Harbour reopens"
    assert page.source == "-"
    text = load_bytes(b"Plain story\n\nA plain story, told in plain text, officials said.", source="-")
    assert text.title == "Plain story"
    assert text.text == "A plain story, told in plain text, officials said."


def test_a_text_file_that_mentions_tags_is_not_parsed_as_html(tmp_path):
    body = "Markup row\n\nThe <p> tag was discussed at length by the committee, members said.\n"
    article = load_file(_write(tmp_path / "m.txt", body))
    assert "The <p> tag was discussed" in article.text


MARKUP_PARAGRAPHS = ["<b>note</b>", "[bold]x[/bold]", "<script>alert(1)</script>", "[link=https://evil.example]click[/link]"]


def test_a_paragraph_of_markup_in_a_text_file_is_kept_as_the_text_it_is(tmp_path):
    """Above the first paragraph, between two and at the end (where short non-sentences are
    a page's labels and credits): in a .txt they are what the writer typed."""
    first, middle, *last = MARKUP_PARAGRAPHS
    body = "\n\n".join(["Council meets", first, "The council met on Tuesday to discuss the budget, members said.",
                         middle, "The mayor said the vote would come next week.", *last]) + "\n"
    article = load_file(_write(tmp_path / "markup.txt", body))
    assert article.title == "Council meets"
    assert article.text.split("\n\n") == [first, "The council met on Tuesday to discuss the budget, members said.",
                                          middle, "The mayor said the vote would come next week.", *last]
    alone = load_file(_write(tmp_path / "only.txt", "Note\n\n<b>note</b>\n"))
    assert alone.text == "<b>note</b>"


def test_furniture_around_markup_in_a_text_file_still_goes_and_a_page_keeps_its_rules(tmp_path):
    body = ("Council meets\n\nAdvertisement\n\n<b>note</b>\n\nThe council met on Tuesday to discuss the budget, "
            "members said.\n\nShare this\n")
    assert load_file(_write(tmp_path / "a.txt", body)).text.split("\n\n") == [
        "<b>note</b>", "The council met on Tuesday to discuss the budget, members said."]
    # A web page's markup is markup: its short labels above and below the body go as before.
    page = PAGE.replace(b"<h1>Harbour reopens</h1>", b"<h1>Harbour reopens</h1><p><b>Advertisement</b></p>")
    page = page.replace(b"</article>", b"<p><b>Follow us</b></p></article>")
    text = load_file(_write(tmp_path / "page.html", page)).text
    assert "Advertisement" not in text and "Follow us" not in text and "<b>" not in text
    # A Markdown file's markup is Markdown: read as it was.
    markdown = load_file(_write(tmp_path / "a.md", "# Council meets\n\nThe council met on Tuesday, members "
                                                   "said.\n\n**Follow us**\n"))
    assert markdown.text == "The council met on Tuesday, members said."


def test_title_from_name_reads_like_a_title():
    assert title_from_name("blinken-xi-beijing.txt") == "Blinken Xi Beijing"
    assert title_from_name("2024_budget vote.md") == "2024 Budget Vote"


def test_the_bundled_seeds_all_load():
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    articles = load_path(seeds)
    assert len(articles) >= 4
    assert all(a.text and a.title for a in articles)


def test_a_symlinked_folder_is_not_followed(tmp_path):
    outside = tmp_path / "outside"
    _write(outside / "secret.txt", "Secret\n\nThis is outside the folder, officials said.\n")
    inside = tmp_path / "inside"
    _write(inside / "ok.txt", "Ok story\n\nThis one is inside the folder, officials said.\n")
    try:
        (inside / "link").symlink_to(outside, target_is_directory=True)
    except OSError:
        pytest.skip("no symlinks here")
    assert [p.name for p in article_files(inside)] == ["ok.txt"]
    shutil.rmtree(outside)


def test_a_file_link_leading_out_of_the_folder_is_not_read(tmp_path):
    outside = tmp_path / "outside"
    _write(outside / "secret.txt", "Secret\n\nThis is outside the folder, officials said.\n")
    inside = tmp_path / "inside"
    _write(inside / "ok.txt", "Ok story\n\nThis one is inside the folder, officials said.\n")
    try:
        (inside / "story.txt").symlink_to(outside / "secret.txt")
        (inside / "alias.txt").symlink_to(inside / "ok.txt")
    except OSError:
        pytest.skip("no symlinks here")
    assert [p.name for p in article_files(inside)] == ["alias.txt", "ok.txt"]
    assert all("outside the folder" not in a.text for a in load_path(inside))


def test_a_saved_brief_read_back_takes_title_and_url_from_its_front_matter(tmp_path):
    body = (
        '---\ntitle: "Harbour: \\"reopens\\""\nurl: "https://example.com/h"\nstate: null\n---\n\n'
        "# Harbour reopens\n\nThe harbour reopened on Tuesday after repairs, the port authority said.\n"
    )
    article = load_file(_write(tmp_path / "2026-01-01-harbour.md", body))
    assert article.title == 'Harbour: "reopens"'
    assert article.url == "https://example.com/h"
    assert "state:" not in article.text and "---" not in article.text


# --- never a traceback, whatever the bytes ---------------------------------------------------


_TAGS = st.sampled_from(["<p>", "</p>", "<div class='share'>", "</div>", "<br>", "<h1>", "<a href='x'>",
                         "</a>", "<script>", "<!--", "-->", "<meta charset='gb2312'>", "<em>", "\x1b[2J",
                         "\u202e", "\x00", "&amp;", "&#0;", "<![CDATA[", "Said the mayor. "])
_HTMLISH = st.lists(st.one_of(_TAGS, st.text(max_size=40)), max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=400), _HTMLISH.map(lambda s: s.encode("utf-8", "surrogatepass"))),
       name=st.sampled_from([None, "a.txt", "a.html", "a.md"]))
def test_any_bytes_give_an_article_or_a_source_error_naming_the_source(data, name):
    try:
        article = load_bytes(data, source="fuzz-source", name=name)
    except SourceError as exc:
        assert "fuzz-source" in str(exc)
        return
    assert article.text.strip()
    for bad in ("\x00", "\x1b", "\u202e"):
        assert bad not in article.text and bad not in article.title


def test_a_short_first_line_right_above_a_paragraph_is_the_title(tmp_path):
    body = "Storm hits the coast\nThe storm hit the coast on Monday night, flooding roads, forecasters said.\n"
    article = load_file(_write(tmp_path / "storm.txt", body))
    assert article.title == "Storm hits the coast"
    assert article.text == "The storm hit the coast on Monday night, flooding roads, forecasters said."


def test_a_folder_that_is_not_a_news_folder_is_refused_by_its_size(tmp_path, monkeypatch):
    """`add /` or `add ~` must stop with a reason, not walk (and re-read on every refresh) a disk."""
    import briefs.sources.files as files

    for i in range(6):
        _write(tmp_path / "many" / f"{i}.txt", f"Story {i}\n\nThe story has a body of its own, officials said.\n")
    monkeypatch.setattr(files, "MAX_FOLDER_FILES", 5)
    with pytest.raises(SourceError, match=r"many: more than 5 article files"):
        article_files(tmp_path / "many")
    monkeypatch.setattr(files, "MAX_FOLDER_FILES", 10_000)
    for i in range(4):
        (tmp_path / "wide" / f"d{i}").mkdir(parents=True)
        _write(tmp_path / "wide" / f"d{i}" / "x.bin", "x")
    monkeypatch.setattr(files, "MAX_FOLDER_ENTRIES", 6)
    with pytest.raises(SourceError, match=r"wide: more than 6 files and folders"):
        load_path(tmp_path / "wide")


@pytest.mark.parametrize("declaration", [
    b'<?xml version="1.0" encoding="ISO-8859-1"?>\n',
    b"\xef\xbb\xbf<?xml version='1.0' encoding='utf-8' ?>",
])
def test_an_xhtml_page_with_an_xml_declaration_is_read(tmp_path, declaration):
    """XHTML files (docs, old sites) open with `<?xml … encoding=…?>`; lxml refuses such a str."""
    body = PAGE.replace(b"<!doctype html><html>", b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                        b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml">')
    article = load_file(_write(tmp_path / "page.xhtml", declaration + body))
    assert article.title == "Harbour reopens"
    assert "The harbour reopened on Tuesday" in article.text


LEAD = ("Steve Jobs, founder of Apple, has chosen to step down from his post as chief executive "
        "officer of the company, the firm said on Wednesday.")


@pytest.mark.parametrize("line", ["Thursday, August 25, 2011", "2011-08-25", "25 August 2011"])
def test_a_first_line_that_is_only_a_date_is_the_published_date_not_the_title(tmp_path, line):
    path = tmp_path / "wn-jobs.txt"
    path.write_text(f"{line}\n\n{LEAD}\n\nTim Cook will succeed Jobs as CEO.\n", encoding="utf-8")
    (article,) = load_path(path)
    assert article.published == "2011-08-25"
    # No headline line after the date: the lead sentence, cut at a word boundary.
    assert article.title == ("Steve Jobs, founder of Apple, has chosen to step down from his post "
                             "as chief executive…")
    assert article.text.startswith("Steve Jobs, founder") and "2011" not in article.text


def test_a_headline_line_after_the_date_line_is_the_title(tmp_path):
    path = tmp_path / "dated.txt"
    path.write_text(f"Thursday, August 25, 2011\n\nJobs resigns as Apple chief\n\n{LEAD}\n", encoding="utf-8")
    (article,) = load_path(path)
    assert (article.title, article.published) == ("Jobs resigns as Apple chief", "2011-08-25")
    assert article.text == LEAD


def test_a_headline_that_starts_with_a_month_stays_the_title(tmp_path):
    path = tmp_path / "may.txt"
    path.write_text(f"May 2011 be the year of the tablet\n\n{LEAD}\n", encoding="utf-8")
    (article,) = load_path(path)
    assert (article.title, article.published) == ("May 2011 be the year of the tablet", None)


def test_a_lead_title_ends_at_the_first_sentence_not_at_an_abbreviation():
    from briefs.sources.files import lead_title

    assert lead_title("The co-founder of Apple Inc. Steve Jobs has died. He was 56.") == \
        "The co-founder of Apple Inc. Steve Jobs has died"
    assert lead_title('He said "no." Then he left.') == 'He said "no."'


def test_a_lead_title_knows_the_engines_abbreviations_and_reads_none_of_the_engine():
    # "Maj." and "Adm." are in the engine's lexicon (engine/lexicons/abbreviations.txt), which the
    # files stage reads as data: a file or stdin added never loads the engine.
    script = (
        "import sys\n"
        "from briefs.sources.files import lead_title, load_bytes\n"
        "print(lead_title('Maj. Smith led the unit across the river. Then it rained.'))\n"
        "print(lead_title('Adm. Ruiz spoke first. Others followed.'))\n"
        "load_bytes(b'A long lead without any headline line, read from stdin by the brief command.', source='-')\n"
        "print(sorted(m for m in sys.modules if m.startswith('briefs.engine')))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["Maj. Smith led the unit across the river", "Adm. Ruiz spoke first", "[]"]


def test_stdin_text_without_a_headline_is_titled_by_its_lead_sentence():
    # One title maker for text without a headline: the lead sentence (it was the first twelve
    # words and "…" for stdin, the lead sentence for a dated file).
    text = load_bytes(b"The harbour reopened on Monday after a week of storms, the port authority said. "
                      b"Ferries will run again from Tuesday.", source="-")
    assert text.title == "The harbour reopened on Monday after a week of storms, the port authority said"
    short = load_bytes(b"Schools close early. Parents were told on Friday.", source="-")
    assert short.title == "Schools close early"
