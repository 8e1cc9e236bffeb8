"""Web page extraction: body, metadata, charsets and page furniture, on real pages."""

from __future__ import annotations

import json
import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from briefs.errors import SourceError
from briefs.sources.decode import decode_html
from briefs.sources.extract import extract_html
from briefs.sources.furniture import Block, drop_furniture

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def _norm(text: str) -> str:
    return " ".join(text.translate(_STRAIGHT).split())


def _page(name: str):
    path = FIXTURES / name
    return extract_html(path.read_bytes(), source=str(path))


# Real pages from the dev corpus (copied): boilerplate that must go, quotes that must stay.
REAL_PAGES = {
    "nytimes-1.html": (
        ["Continue reading the main story", "Related Coverage",
         "U.S. Sweetens Offer to Take Sudan Off Terrorist List", "interested in your feedback on this page"],
        ["There is no reason to believe the guys in charge have changed their stripes,",
         "These guys are the worst of the worst.", "deal with the devil."],
    ),
    "cnet.html": (
        ["CNET chronicles tech's role in providing new kinds of accessibility",
         "Original works of short fiction with unique perspectives on tech",
         "Governments suck at social media", "Battle of the CES robot baristas",
         "BECOME A CNET MEMBER FOR FREE", "James Martin/CNET"],
        ["If this [deal] is going to happen, it's not going to be because we offer a lot of money"],
    ),
    "wapo-1.html": (
        ["[Read:", "Bardo museum houses amazing Roman treasures",
         "Map: Flow of foreign fighters to Syria", "Show Comments"],
        ["Our nation is in danger,",
         "This attack today is meant to threaten authorities, to frighten tourists and to negatively affect the economy,"],
    ),
    "schema-org-context-object.html": (
        ["IE 11 is not supported", "NEXT STEPS FOR VETS", "Create your free profile",
         "NBC News freelance producer", "Getty Images"],
        ["caused anxiety and inconvenience to the public.",
         "I deeply regret this and sincerely apologize to the citizens who were alarmed,"],
    ),
}


@pytest.mark.parametrize("name", sorted(REAL_PAGES))
def test_page_furniture_is_dropped_and_the_quotes_are_kept(name):
    boilerplate, quotes = REAL_PAGES[name]
    text = _norm(_page(name).text)
    for string in boilerplate:
        assert _norm(string) not in text, f"{name}: furniture {string!r} reached the article"
    for quote in quotes:
        assert _norm(quote) in text, f"{name}: lost article text {quote[:40]!r}"


def test_metadata_comes_from_the_page_head():
    article = _page("nytimes-1.html")
    assert article.title == "United States to Lift Sudan Sanctions"
    assert article.byline == "Jeffrey Gettleman"
    assert article.published == "2017-01-13T00:00:04-05:00"  # article:published, to the second
    assert article.url == "https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html"
    assert article.text.startswith("LONDON \u2014 After nearly 20 years of hostile relations")


def test_metadata_comes_from_json_ld_even_inside_cdata():
    article = _page("schema-org-context-object.html")
    assert article.title.startswith("South Korean president\u2019s impeachment fails")
    assert article.byline == "Stella Kim and Jennifer Jett"
    assert article.published is not None and article.published.startswith("2024-12-0")
    assert article.url is not None and article.url.startswith("https://www.nbcnews.com/news/world/")


def test_a_byline_element_gives_the_author_without_the_date():
    article = _page("wapo-1.html")
    assert article.byline == "Erin Cunningham"
    assert article.title == "Attack stokes instability fears in North Africa"


def test_the_title_loses_a_site_name_suffix_but_not_its_own_words():
    page = b"""<html><head><title>x</title>
    <meta property="og:title" content="Dam bursts upstream | River Times">
    <meta property="og:site_name" content="River Times"></head><body><article>
    <p>The dam burst upstream on Sunday night, flooding three villages, the district office said.</p>
    <p>Rescue teams reached the villages by boat on Monday morning and moved families to schools.</p>
    </article></body></html>"""
    assert extract_html(page, source="t").title == "Dam bursts upstream"


def test_a_time_element_gives_the_date_and_relative_canonical_links_are_resolved():
    page = b"""<html><head><link rel="canonical" href="/news/dam.html"></head><body><article>
    <h1>Dam bursts</h1><time datetime="2024-03-05T08:30:00Z">5 March</time>
    <p>The dam burst upstream on Sunday night, flooding three villages, the district office said.</p>
    <p>Rescue teams reached the villages by boat on Monday morning and moved families to schools.</p>
    </article></body></html>"""
    article = extract_html(page, url="https://example.com/a?b=c", source="https://example.com/a?b=c")
    assert article.published == "2024-03-05T08:30:00+00:00"
    assert article.url == "https://example.com/news/dam.html"


def test_a_javascript_canonical_url_is_not_kept():
    page = b"""<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><article>
    <p>The dam burst upstream on Sunday night, flooding three villages, the district office said.</p>
    </article></body></html>"""
    assert extract_html(page, source="t").url is None


def test_a_page_that_declares_gb2312_but_is_utf8_comes_out_readable():
    body = "Zürich’s “new” mayor — 市长 — took office on Monday, the city council said in a statement."
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f"<title>Mayor</title></head><body><article><p>{body}</p><p>{body}</p></article></body></html>"
    ).encode()
    article = extract_html(page, source="p")
    assert body in article.text


def test_a_real_gb2312_page_is_decoded_with_its_declaration():
    body = "北京市政府星期一宣布，新的地铁线路将于明年开通，市民对此表示欢迎。" * 3
    page = (
        '<html><head><meta charset="gb2312"><title>地铁</title></head>'
        f"<body><article><p>{body}</p></article></body></html>"
    ).encode("gb2312")
    assert body in extract_html(page, source="p").text


def test_the_http_header_charset_is_used():
    body = "Les élèves ont manifesté devant l’école mardi matin, a indiqué la préfecture."
    page = f"<html><body><article><p>{body}</p><p>{body}</p></article></body></html>".encode("cp1252")
    article = extract_html(page, source="p", content_type="text/html; charset=windows-1252")
    assert body in article.text


def test_windows_1252_without_any_declaration_is_sniffed():
    body = "“We will not close,” said Renée Dupré, who runs the oldest café in town, on Monday morning."
    page = f"<html><body><article><p>{body}</p><p>{body}</p></article></body></html>".encode("cp1252")
    assert decode_html(page).count(body) == 2


def test_a_utf16_page_with_a_bom_is_decoded():
    body = "The council approved the budget on Tuesday after a long debate, the mayor said."
    page = "\ufeff<html><body><article><p>" + body + "</p></article></body></html>"
    assert body in extract_html(page.encode("utf-16-le"), source="p").text


def test_hostile_markup_and_escapes_in_a_page_never_reach_the_article():
    page = (
        b"<html><head><title>Hi \x1b[2J\x1b]0;pwned\x07 [b]bold[/b]</title></head><body><article>"
        b"<script>alert('x')</script><style>p{}</style>"
        b"<p>The council approved the budget \xe2\x80\xae on Tuesday after a long debate, the mayor said.</p>"
        b"<p>Opposition members walked out before the final vote, saying they had not been consulted.</p>"
        b"</article></body></html>"
    )
    article = extract_html(page, source="p")
    for bad in ("\x1b", "\x07", "\u202e", "alert(", "p{}"):
        assert bad not in article.title
        assert bad not in article.text
    assert "[b]bold[/b]" in article.title  # kept as plain text; screens must not read it as markup


def test_a_page_without_article_text_is_a_source_error_naming_it():
    with pytest.raises(SourceError, match="empty-page.html"):
        extract_html(b"<html><body><nav>Home</nav></body></html>", source="empty-page.html")


def test_extraction_runs_in_a_process_pool():
    data = (FIXTURES / "wapo-1.html").read_bytes()
    pickle.dumps((extract_html, data))
    with ProcessPoolExecutor(max_workers=1) as pool:
        article = pool.submit(extract_html, data, source="wapo-1.html").result(timeout=60)
    assert article.title == "Attack stokes instability fears in North Africa"
    assert pickle.loads(pickle.dumps(article)) == article


# --- furniture rules on blocks ---------------------------------------------------------------

STORY = [
    Block("The dam burst upstream on Sunday night, flooding three villages, the district office said."),
    Block("Rescue teams reached the villages by boat on Monday morning and moved families to schools."),
    Block("Officials said the cause of the failure would be investigated by an independent panel."),
]


def test_link_dense_blocks_bracketed_inserts_and_ads_are_dropped():
    blocks = [
        STORY[0],
        Block("Advertisement"),
        Block("Five things we learned from the flood", link_ratio=1.0, has_link=True),
        Block("[Read: Why the dam was never repaired]"),
        STORY[1],
        Block("Sign up for our morning newsletter to get the news first"),
        STORY[2],
    ]
    assert drop_furniture(blocks) == [b.text for b in STORY]


def test_a_comments_heading_in_the_second_half_cuts_the_tail():
    blocks = STORY + [Block("COMMENTS"), Block("Comments are moderated and will be posted if on-topic.")]
    assert drop_furniture(blocks) == [b.text for b in STORY]


def test_an_author_bio_and_credits_at_the_end_are_dropped():
    blocks = STORY + [
        Block("Jane Doe covers the environment. Since joining the Courier in 2015 she has reported from 40 countries."),
        Block("Follow her on Twitter @janedoe"),
    ]
    assert drop_furniture(blocks) == [b.text for b in STORY]


def test_real_sentences_that_mention_newsletters_or_comments_are_kept():
    blocks = [
        Block("The mayor said the council newsletter had misreported the vote, and asked for a correction."),
        Block("Residents left hundreds of comments on the proposal before the deadline on Friday."),
        STORY[2],
    ]
    assert drop_furniture(blocks) == [b.text for b in blocks]


def test_the_only_paragraph_is_never_dropped_as_a_stray_line():
    assert drop_furniture([Block("Storm warning for the coast")]) == ["Storm warning for the coast"]


def test_the_headline_and_byline_repeated_in_the_body_are_dropped():
    blocks = [Block("Dam bursts upstream"), Block("By Jane Doe"), *STORY]
    assert drop_furniture(blocks, title="Dam bursts upstream", byline="Jane Doe") == [b.text for b in STORY]


def test_a_body_whose_class_mentions_share_is_kept_but_the_share_bar_goes():
    para = "<p>" + "The council met on Monday and voted to approve the new budget, officials said. " * 2 + "</p>"
    page = (
        '<html><body><div class="nav">Home</div><div class="story-body has-share-tools">'
        + para * 5
        + '<div class="share-bar">Share on Facebook</div></div></body></html>'
    ).encode()
    paragraphs = extract_html(page, source="p").text.split("\n\n")
    assert len(paragraphs) == 5
    assert all(p.startswith("The council met on Monday") for p in paragraphs)


def test_menu_items_and_kickers_above_the_first_paragraph_are_dropped():
    blocks = [Block("Home"), Block("World news"), *STORY]
    assert drop_furniture(blocks) == [b.text for b in STORY]


def test_an_itemprop_date_published_gives_the_date():
    article = _page("cnet.html")
    assert article.published == "2017-01-18T23:00:00-08:00"
    assert article.byline == "Steven Musil"


@pytest.mark.parametrize("depth", [300, 20000])
def test_deeply_nested_pages_are_read_or_refused_cleanly(depth):
    sentence = "The council met on Monday and voted to approve the new budget after a long debate."
    page = ("<html><body>" + "<div>" * depth + f"<p>{sentence}</p>" * 3 + "</div>" * depth).encode()
    try:
        article = extract_html(page, source="deep.html")
    except SourceError as exc:
        assert depth > 1000 and "deep.html" in str(exc)
    else:
        assert sentence in article.text


def test_a_block_quotation_reads_as_quoted_words_in_the_text():
    said = "We move quickly when we see a company we like, and we pay a fair price for it."
    page = f"""<html><body><article>
    <p>The chief executive described the strategy to the court on Tuesday, according to a transcript.</p>
    <blockquote><p>{said}</p></blockquote>
    <blockquote><p>\u201cAlready quoted words stay as they are,\u201d he added in the same testimony.</p></blockquote>
    <blockquote class="twitter-tweet"><p>Big day in court for the whole team today, thanks all</p></blockquote>
    <p>The trial is expected to last another two weeks, lawyers for both sides said outside court.</p>
    </article></body></html>""".encode()
    text = extract_html(page, source="q").text
    assert f"\u201c{said}\u201d" in text
    assert "\u201c\u201cAlready" not in text
    assert "\u201cBig day in court" not in text
    assert _page("cnet.html").text.count("\u201cI've been building relationships") == 1


def test_common_cms_and_wire_furniture_is_dropped():
    page = b"""<html><body><div class="post">
    <p>Updated 10:42 AM EST, Mon March 4, 2024</p>
    <p>The dam burst upstream on Sunday night, flooding three villages, the district office said.</p>
    <p>Image source, Getty Images</p>
    <p>Rescue teams reached the villages by boat on Monday morning and moved families to schools.</p>
    <p>Sign up for our Morning Briefing newsletter</p>
    <p>Officials said the cause of the failure would be investigated by an independent panel.</p>
    <p>(Reporting by Jane Doe; Editing by John Roe)</p>
    <p>Tags: floods, dams, rescue</p>
    <p>Share this:</p>
    <p>Explore more on these topics</p>
    <p>Floods</p><p>Dams</p>
    </div></body></html>"""
    paragraphs = extract_html(page, source="wire").text.split("\n\n")
    assert paragraphs == [b.text for b in STORY]


def test_a_section_label_around_the_meta_title_gives_way_to_the_pages_own_headline():
    page = b"""<html><head>
    <meta property="og:title" content="Asia-pacific - Third blogger attacked in Dhaka"></head><body>
    <h1><a href="/">Example 24 - International news</a></h1>
    <article><h1>Third blogger attacked in Dhaka</h1>
    <p>A blogger was attacked by assailants in Dhaka on Tuesday, the third attack in three months.</p>
    <p>Police said they were searching for the attackers, who fled on foot after the assault.</p>
    </article></body></html>"""
    assert extract_html(page, source="p").title == "Third blogger attacked in Dhaka"


def test_a_script_built_page_falls_back_to_its_json_ld_article_body():
    body = (
        "The dam burst upstream on Sunday night, flooding three villages, the district office said.\n\n"
        "Rescue teams reached the villages by boat on Monday morning and moved families to schools.<br>"
        "Officials said the cause of the failure would be investigated by an independent panel."
    )
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Dam bursts",
                     "articleBody": body})
    page = f"""<html><head><script type="application/ld+json">{ld}</script></head>
    <body><div id="root"><p>Loading the story, please wait a moment.</p></div></body></html>""".encode()
    article = extract_html(page, source="spa")
    assert article.title == "Dam bursts"
    assert article.text.split("\n\n") == [b.text for b in STORY]


def test_a_page_wrapped_in_one_form_keeps_its_story():
    para = "<p>" + "The council met on Monday and voted to approve the new budget, officials said. " * 2 + "</p>"
    page = ("<html><body><form id='aspnetForm'><div class='main'>" + para * 4
            + "</div><form class='search'><input name='q'>Search</form></form></body></html>").encode()
    paragraphs = extract_html(page, source="p").text.split("\n\n")
    assert len(paragraphs) == 4 and "Search" not in paragraphs[-1]


def test_a_utf16_declaration_on_an_ascii_readable_page_is_ignored():
    page = '<html><head><meta charset="utf-16"></head><body><p>Caf\u00e9 \u201cnews\u201d today.</p></body></html>'
    assert "Caf\u00e9 \u201cnews\u201d today." in decode_html(page.encode("cp1252"))


def test_lone_surrogates_spelled_in_json_ld_never_reach_the_article():
    ld = json.dumps({"@type": "NewsArticle", "headline": "Bad \ud800 title", "author": [{"name": "X \udfff Y"}]})
    page = f"""<html><head><script type="application/ld+json">{ld}</script></head><body><article>
    <p>The dam burst upstream on Sunday night, flooding three villages, the district office said.</p>
    </article></body></html>""".encode()
    article = extract_html(page, source="s")
    assert article.title == "Bad \ufffd title" and article.byline == "X \ufffd Y"
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")


def test_escape_sequences_in_metadata_never_reach_the_article():
    page = (
        b'<html><head><link rel="canonical" href="https://example.com/a\x1b[2Jb">'
        b'<meta name="author" content="Jane \x1b]0;x\x07Doe"><meta property="article:published_time" '
        b'content="2024-01-02\x1b[0m"></head><body><article>'
        b"<p>The dam burst upstream on Sunday night, flooding three villages, the district office said.</p>"
        b"</article></body></html>"
    )
    article = extract_html(page, source="p")
    for value in (article.url, article.byline, article.published, article.title, article.text):
        assert value is None or ("\x1b" not in value and "\x07" not in value)
    assert article.url == "https://example.com/ab" and article.byline == "Jane Doe"


def test_a_long_closing_paragraph_that_looks_like_a_credit_is_kept():
    closing = (
        "Jane Doe reported from the flooded villages for three days, describing families on rooftops, "
        "rescue boats running out of fuel, and a district office that had warned about the dam for years "
        "without any answer from the capital, where ministers were busy with the budget and the election "
        "campaign that followed it."
    )
    assert drop_furniture([*STORY, Block(closing)]) == [b.text for b in STORY] + [closing]


# --- titles as plain text -------------------------------------------------------------------

_BODY = b"""<article>
    <p>The dam burst upstream on Sunday night, flooding three villages, the district office said.</p>
    <p>Rescue teams reached the villages by boat on Monday morning and moved families to schools.</p>
    </article>"""


@pytest.mark.parametrize(
    "head",
    [
        # og:title escaped twice by the CMS: lxml decodes one layer, we decode the other.
        b'<meta property="og:title" content="&amp;#8216;The Medium is the Message&amp;#8217; costs &amp;#163;5">',
        # JSON-LD is JSON, never HTML-decoded: entities and tags arrive as written.
        b'<script type="application/ld+json">{"@type": "NewsArticle", "headline":'
        b' "&#8216;The Medium is the <em>Message</em>&#8217; costs &pound;5"}</script>',
        b"<title>&amp;lsquo;The Medium is the Message&amp;rsquo; costs &amp;#163;5</title>",
    ],
)
def test_entities_and_tags_in_a_page_title_are_decoded_once(head):
    page = b"<html><head>" + head + b"</head><body>" + _BODY + b"</body></html>"
    article = extract_html(page, source="t")
    assert article.title == "\u2018The Medium is the Message\u2019 costs \u00a35"


def test_a_title_keeps_ampersands_and_angle_brackets_that_are_words():
    page = (b'<html><head><meta property="og:title" content="AT&amp;T and R&amp;D: x &lt; y, &amp;c">'
            b"</head><body>" + _BODY + b"</body></html>")
    assert extract_html(page, source="t").title == "AT&T and R&D: x < y, &c"


def test_entities_in_a_text_or_markdown_file_title_are_decoded(tmp_path):
    from briefs.sources.files import load_file

    story = "\n\nThe dam burst upstream on Sunday night, flooding three villages, officials said.\n"
    (tmp_path / "a.txt").write_text("Price of bread hits &#163;5\n" + story, encoding="utf-8")
    (tmp_path / "b.md").write_text('---\ntitle: "&#8216;Quoted&#8217; <i>title</i>"\n---\n' + story,
                                   encoding="utf-8")
    assert load_file(tmp_path / "a.txt").title == "Price of bread hits \u00a35"
    assert load_file(tmp_path / "b.md").title == "\u2018Quoted\u2019 title"


# --- the publication date, wherever the page puts it (and none when it gives none) ------------


def _dated(head: bytes = b"", body: bytes = b"", url: str | None = None):
    page = b"<html><head>" + head + b"</head><body>" + body + _BODY + b"</body></html>"
    return extract_html(page, url=url, source=url or "t").published


@pytest.mark.parametrize(
    ("head", "body", "url", "expected"),
    [
        (b'<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
         b'{"@type": "WebSite", "name": "x"}, {"@type": ["NewsArticle"], "headline": "Dam",'
         b' "datePublished": ["2023-06-19T08:00:00Z"]}]}</script>', b"", None,
         "2023-06-19T08:00:00+00:00"),
        (b'<script type="application/ld+json">[{"@type": "WebPage", "mainEntity": {"@type":'
         b' "Article", "datePublished": "2022-02-01"}}]</script>', b"", None, "2022-02-01"),
        (b'<meta name="parsely-pub-date" content="2021-05-04T10:00:00Z">', b"", None,
         "2021-05-04T10:00:00+00:00"),
        (b'<meta name="dc.date" content="2020-01-02">', b"", None, "2020-01-02"),
        (b'<meta property="article:published_time" content="not a date">'
         b'<meta name="citation_publication_date" content="2019/07/08">', b"",
         "https://example.com/news/2018/03/05/dam.html", "2019-07-08"),
        (b'<meta property="article:published_time" content="not a date">', b"",
         "https://example.com/news/2018/03/05/dam.html", "2018-03-05"),
        (b'<meta name="article:publicationdate" content="Fri Mar 13 21:30:09 EST 2015">', b"", None,
         "2015-03-13"),
        (b"", b'<time datetime="2024-03-05T08:30:00Z">5 March</time>', None,
         "2024-03-05T08:30:00+00:00"),
        (b"", b"", "https://example.com/environment/2019/jan/03/whales", "2019-01-03"),
        (b"", b'<span class="buzz_datetime">posted on April 21, 2015, at 11:29 a.m.</span>', None,
         "2015-04-21"),
    ],
)
def test_the_date_is_found_wherever_the_page_puts_it(head, body, url, expected):
    assert _dated(head, body, url) == expected


def test_a_date_in_the_first_sentence_of_a_publish_marked_article_is_not_its_date():
    page = (b'<html><body><article class="post status-publish"><p>On March 3, 2019, the dam burst '
            b"upstream, flooding three villages, the district office said in its report.</p>"
            + _BODY + b"</article></body></html>")
    assert extract_html(page, source="t").published is None


def test_an_undated_page_stays_undated():
    # A copyright year, a date in the text and a far-future placeholder are not the news date.
    body = b'<footer>Copyright 2015</footer><p class="note">Updated on March 3</p>'
    head = b'<meta property="article:published_time" content="9999-12-31">'
    assert _dated(head, body, "https://example.com/news/dam-bursts") is None
