"""Round 9 (issue 13): page furniture other outlets leave in their article text.

Invented lines in the shape of what real pages carry; each furniture class is dropped only when
the whole short paragraph is furniture, and real sentences that look like it are kept.
"""

from __future__ import annotations

import pytest
from furniture_support import LAST, LEAD, SECOND
from furniture_support import harbour_text as _text

from briefs.sources.files import load_bytes

FURNITURE = [
    # a paragraph made only of furniture sentences
    "This story first ran at The Example Wire. Copyright 2019. Follow The Example Wire on Twitter.",
    "This article originally appeared at Harbour Weekly. Copyright 2020.",
    # a reader-submission prompt, with the question to the reader before it
    "Were you caught in the storm? Please share your photos, videos and stories with our newsroom.",
    "Send us your pictures at the address below.",
    # a lead-in to an embedded video
    "To see the new pier from the air, check out the footage below:",
    # related-links headings glued to their list of headlines
    "See Also Storm Closes Ferry Terminal Mayor Opens New Library Council Votes On Budget",
    "More Related to this Story Storm Closes Ferry Terminal Pier Repairs Begin",
    # a section link: "More" and a capitalised section name
    "More Business news, openings, closings and awards",
    # a hashtag-led headline of a linked story
    "#Storm19: A night on the harbour wall",
    # a chart's source and footnote (its title: below, with its source)
    "SOURCE: Harbour Authority; Port Statistics Office.",
    "* Passengers refers to the number of paid single crossings, not counting season tickets.",
    # contact lines and credits in the middle of a body
    "To contact the reporter on this story: Jane Roe in Portsmouth at jroe@example.com",
    "Jane Roe may be reached at jroe@example.com. Follow her on Twitter @JaneRoe. Find Harbour Daily on Facebook.",
    "Example News' John Doe, Mary Major and Sam Poe contributed to this report.",
    "-- Compiled by Sam Poe",
    "Loading Photo Gallery",
]


@pytest.mark.parametrize("line", FURNITURE)
@pytest.mark.parametrize("html", [False, True])
def test_a_furniture_paragraph_from_another_outlet_is_not_article_text(line, html):
    assert _text(line, html=html) == [LEAD, SECOND, LAST]


KEPT = [
    "She followed the story on Twitter until the pier reopened, she said.",
    "He contributed to the report's findings on the storm damage.",
    "The council compiled by hand a list of the damaged moorings.",
    "Jane Roe, the harbour master, may be reached at the pier office most mornings, the authority said.",
    "Follow the money, the auditor said of the repair budget.",
    "Are you ready for the new timetable? Ferry staff asked passengers that question all week.",
    "Please share the road with cyclists near the pier, the police said.",
    "More than 200 people came to watch the first ferry leave the pier on Tuesday morning.",
    "See the council's report for the full list of repairs, the mayor told reporters.",
    "Sources: the mayor and two council members said the vote would come next week.",
    # long enough to be story, even made of sentences that look like furniture
    ("Copyright lawyers were hired by the authority. Follow-up repairs will start in spring, and the "
     "authority said it would publish the full cost of the work, the names of the contractors and the "
     "schedule of the remaining closures on its website before the end of the month."),
]


@pytest.mark.parametrize("line", KEPT)
@pytest.mark.parametrize("html", [False, True])
def test_real_sentences_that_look_like_furniture_are_kept(line, html):
    assert _text(line, html=html) == [LEAD, line, SECOND, LAST]


@pytest.mark.parametrize("html", [False, True])
def test_a_photo_credit_glued_to_its_caption_goes_and_the_caption_stays(html):
    caption = "Jane Roe/Getty Images Crowds watch the first ferry leave the north pier on Tuesday."
    assert _text(caption, html=html) == [
        LEAD, "Crowds watch the first ferry leave the north pier on Tuesday.", SECOND, LAST]
    # a writer's name followed by a slash in a sentence is not a credit
    line = "Jane Roe/Reuters reported the closure first, the authority said."
    assert _text(line, html=html) == [LEAD, line, SECOND, LAST]


def test_markup_typed_in_a_text_file_is_still_kept_as_typed_next_to_a_credit():
    data = ("Harbour reopens\n\n" + LEAD + "\n\nJane Roe/AFP <b>Crowds</b> watch the ferry leave.\n\n"
            "Jane Roe/AFP Crowds watch the ferry leave.\n\n" + SECOND + "\n\n" + LAST + "\n")
    assert load_bytes(data.encode(), source="a.txt", name="a.txt").text.split("\n\n") == [
        LEAD, "Jane Roe/AFP <b>Crowds</b> watch the ferry leave.", "Crowds watch the ferry leave.", SECOND, LAST]


# Round 9 mend (s9-mend-furn): real sentences in the shape of a furniture rule, each kept.
NEAR_MISSES = [
    # "may/can be reached at" without a contact after it
    "The town can be reached at low tide only by boat.",
    "The summit can be reached at the end of a two-day hike, officials said.",
    # a Markdown bullet that is a sentence, not a chart's footnote
    "* The survey indicates that most voters back the plan.",
    # "See also" and "Related to this story" opening a sentence, not a run of links
    "See also the report by the UN, which said 40 people died.",
    "Related to this story, the ministry said the pier would stay open all winter.",
    # a fact-box line with one year is not a chart's title, nor one with a year range in a body
    # with no chart source line
    "Last meeting: 2021",
    "Years in office: 1975 - 2014",
    "Ferry passengers carried: 1990 - 2019 (millions)",
    "Ferries in service since: 1975",
    # a slash after a sentence's words is not a photo credit
    "Prices rose/AP Analysts said the pier would stay busy all year.",
]


@pytest.mark.parametrize("line", NEAR_MISSES)
@pytest.mark.parametrize("html", [False, True])
def test_near_misses_of_the_round_9_furniture_rules_are_kept(line, html):
    assert _text(line, html=html) == [LEAD, line, SECOND, LAST]


@pytest.mark.parametrize("line", [
    "Jane Roe can be reached at +44 20 7946 0000.",
    "Jane Roe may be reached at @JaneRoe on most days.",
    "Related to this story",
])
def test_the_tightened_rules_still_drop_their_furniture(line):
    assert _text(line) == [LEAD, SECOND, LAST]


@pytest.mark.parametrize("title", [
    "Commercial airline accidents and fatalities: 1975 - 2014 (rate per million)",
    "Airline incidents and fatalities since: 1975",
    "Years in office: 1975 - 2014",
])
@pytest.mark.parametrize("html", [False, True])
def test_a_chart_title_goes_with_its_chart_when_the_body_has_the_chart_source_line(title, html):
    source = "SOURCE: Aviation Safety Network; ICAO; WORLD BANK."
    assert _text(title, "Ferries carried 2.1 million passengers last year.", source, html=html) == [
        LEAD, "Ferries carried 2.1 million passengers last year.", SECOND, LAST]
    # the source line glued to a footnote in one paragraph
    glued = "SOURCE: Aviation Safety Network. * Accidents refers to crashes with one death or more."
    assert _text(title, "Ferries carried 2.1 million passengers last year.", glued, html=html) == [
        LEAD, "Ferries carried 2.1 million passengers last year.", SECOND, LAST]


def test_two_credits_glued_to_a_caption_are_cut_and_later_paragraphs_of_a_text_file_stay():
    from briefs.sources.furniture import clean_paragraphs

    first = "First, the harbour authority reopened the north pier on Tuesday after repairs."
    third = "Third, ferries will run on the winter timetable until March, the operator said."
    fourth = "Fourth, the pier had been closed since a storm damaged its moorings in January."
    paragraphs = [first, "Ann Bee/AP Cal Dee/Reuters Crowds march to the pier on Tuesday.",
                  "<b>note</b> here.", third, fourth]
    assert clean_paragraphs(paragraphs, markup_is_text=True) == [
        first, "Crowds march to the pier on Tuesday.", "<b>note</b> here.", third, fourth]


def test_equal_paragraphs_of_a_text_file_stay_in_their_places_around_markup():
    from briefs.sources.furniture import clean_paragraphs

    same = "The council met again on Tuesday and voted on the harbour budget, officials said."
    paragraphs = [LEAD, same, "<b>note</b> here.", same, LAST]
    assert clean_paragraphs(paragraphs, markup_is_text=True) == paragraphs
    assert clean_paragraphs([LEAD, "<i>a</i> b.", same, same, LAST], markup_is_text=True) == [
        LEAD, "<i>a</i> b.", same, same, LAST]
