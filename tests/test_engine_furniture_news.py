"""Round 11 (issue 13): page furniture mainstream news pages leave in their article text.

Invented lines, in new wording, of the classes pool4's golds list as furniture: contributor
credits, update notes and pointers to other posts, wire story codes, link text glued into a
paragraph, question headings of an explainer, "read it here" link lines, photo captions signed by
an agency. Each is dropped from the article text (what the Article tab shows and what the brief
is made from); real story sentences in the same shapes are kept, word for word.
"""

from __future__ import annotations

import pytest
from furniture_support import LAST, LEAD, SECOND
from furniture_support import harbour_text as _text

from briefs.engine import brief_article
from briefs.sources.files import load_bytes

FURNITURE = [
    # contributor credits
    "Contributing: Ann Lee and Sam Poe, The Coastal Star; Tom Ray, Bay Herald; The Associated Press",
    "Contributing writers: Ann Lee, Sam Poe",
    "With files from Ann Lee",
    "With files from The Coastal Press, Reuters",
    "Bay Herald's Tom Ray contributed reporting.",
    # update notes and pointers to other posts
    "We\u2019ll update this post when the ferry company responds.",
    "We will have more when we hear from the harbour master.",
    "This story will be updated.",
    "We have published a separate story on the storm's damage to the coast road.",
    # link lines
    "For the full timetable, read the operator's notice here.",
    "You can watch the council's debate on the pier here.",
    "Check out our live coverage of the storm.",
    "Click to share on Facebook (Opens in new window)",
    "Related: Storm closes the coast road for a second night",
    # question headings of an explainer (story follows them)
    "Why was the pier closed?",
    "What happens to the winter ferries now?",
    "Who is the new harbour master?",
    # captions and credits
    "FILE PHOTO: A ferry leaves the north pier in heavy rain on January 3, 2019.",
    "A ferry leaves the north pier in heavy rain on January 3. REUTERS/Jane Roe/File Photo",
    "Getty Images",
    "___",
    # notes about the page and the wire's notices
    "Correction: An earlier version of this story gave the wrong date for the storm.",
    "An earlier version of this article misstated the number of ferries.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Have a news tip? Email the newsroom at tips@example.com.",
    "Follow Jane Roe on Twitter: @janeroe",
    "Media caption Divers inspect the damaged moorings of the north pier",
    "For a graphic on ferry traffic since 2010, click tmsnrt.rs/2xYz9Q",
    "-- Updated at 3:17 p.m.",
    "Follow our coverage of the winter storms at https://example.com/storms",
    "Share this with",
    "Update at 6:40 a.m. ET. Ferries Cancelled:",
    # round 11 rules that had no line of their own here
    "Scroll down for video",
    "Media playback is unsupported on your device",
    "Our standards: The Thomson Reuters Trust Principles.",
    "This article was amended on 4 January to correct the name of the ferry.",
    "Editor's note: This story has been updated with the operator's statement.",
    "Clarification: The pier is owned by the town, not the harbour authority.",
    "PA Media",
    "With reporting from Ann Lee in Portsmouth",
    "Updated at 11:02 p.m. ET Second Storm Expected",
]


@pytest.mark.parametrize("line", FURNITURE)
@pytest.mark.parametrize("html", [False, True])
def test_a_furniture_paragraph_of_a_news_page_is_not_article_text(line, html):
    assert _text(line, html=html) == [LEAD, SECOND, LAST]


# Furniture glued into a paragraph of story: the furniture goes, the story's sentences stay.
GLUED = [
    # a wire story code
    ("Shares of the ferry operator fell 3% [L2N1XY00Z] on Tuesday, traders said.",
     "Shares of the ferry operator fell 3% on Tuesday, traders said."),
    ("[nL1N2AB3CD] Repairs to the south pier will start in April, the authority said.",
     "Repairs to the south pier will start in April, the authority said."),
    # a linked headline, its full stop outside the link
    ("The first ferry left at noon. Storm closes coast road, police say . Passengers were told to wait.",
     "The first ferry left at noon. Passengers were told to wait."),
    ("Crews worked through the night to clear the pier. See our earlier coverage of the storm .",
     "Crews worked through the night to clear the pier."),
    # a live page's update stamp
    ("Update at 4:20 p.m. ET: The council voted 7-2 to fund the repairs.",
     "The council voted 7-2 to fund the repairs."),
    ("Updated 9:05 a.m. \u2014 The ferry company said the first crossing was full.",
     "The ferry company said the first crossing was full."),
    # a pointer to another post
    ("The coast road also flooded on Monday. We've written a separate post on the road closures.",
     "The coast road also flooded on Monday."),
]


@pytest.mark.parametrize("line,shown", GLUED)
@pytest.mark.parametrize("html", [False, True])
def test_furniture_glued_into_a_paragraph_goes_and_the_story_stays(line, shown, html):
    assert _text(line, html=html) == [LEAD, shown, SECOND, LAST]


KEPT = [
    # "contributed" money, not reporting
    "Local businesses contributed $40,000 to the repair fund, the mayor said.",
    "Contributing to the delays was a shortage of crew, the operator said.",
    "With files from the harbour archive, the museum built an exhibition on the pier's history.",
    # a real quote that asks a question
    '"Why did nobody warn us?" asked one ferry passenger who waited four hours.',
    'He asked: "Who pays for the repairs?"',
    # paragraphs starting "Follow" that are story text
    "Follow-up inspections will take place in the spring, the authority said.",
    "Follow the signs to the temporary terminal, officials told passengers on Tuesday.",
    # update and "we" sentences of a quoted speaker
    "We'll update the timetable when we know more about the damage, the operator said.",
    "We have written to the minister about the pier, the harbour master said.",
    # a reader of the story "here" in the story
    "Residents came to watch the storm from the harbour wall here.",
    # a story's sentence with a stray space before its full stop (it tells what someone said)
    "The pier reopened on Tuesday. Crews said the work was finished .",
    # update, follow and graphic sentences of the story
    "Updates to the timetable will be posted at the terminal, the operator said.",
    "Update 2 of the harbour plan was published on Monday, officials said.",
    "For the first time since 2010, the ferry company will see a profit, its chief executive said.",
    "Follow-up checks found the deck safe, according to the report at www.example.com/report.",
    "Media coverage of the storm was criticised by the council on Tuesday.",
    # a sentence in the middle of a quotation is the speaker's, whatever its shape
    ("\u201cThe pier is closed. We will update our page when we know more. Ferries are cancelled "
     "until Friday,\u201d the operator said."),
    '"The queue was long. Nobody knew anything . We waited four hours," one passenger said.',
    # an ellipsis is not a link's full stop
    '"What a mess . . . nobody told us anything," one passenger said.',
    # a bracketed word in a quote is not a wire code
    'She said the repairs "[were] long overdue" and cost [EUR] 2 million.',
    # a long question is the writer's sentence, not a heading
    ("How much will the new pier, built with steel from three countries and designed by a firm "
     "from Oslo, cost the town over the next ten years?"),
]


@pytest.mark.parametrize("line", KEPT)
@pytest.mark.parametrize("html", [False, True])
def test_story_sentences_in_the_shape_of_news_furniture_are_kept(line, html):
    assert _text(line, html=html) == [LEAD, line, SECOND, LAST]


@pytest.mark.parametrize("name", ["Maria Lopez", "David K. Osei", "Sarah Whitcombe-Hale"])
@pytest.mark.parametrize("html", [False, True])
def test_a_photographer_name_line_between_paragraphs_is_a_credit(name, html):
    caption = "Passengers wait for the first ferry at the north pier on Tuesday morning."
    assert _text(caption, name, html=html) == [LEAD, caption, SECOND, LAST]


@pytest.mark.parametrize("html", [False, True])
def test_a_name_line_labelling_the_next_paragraph_is_kept(html):
    """A round-up's label: the paragraph after it names the same person."""
    label, about = "Maria Lopez", "Lopez, the harbour master since 2015, signed off the repairs on Monday."
    assert _text(label, about, html=html) == [LEAD, label, about, SECOND, LAST]


@pytest.mark.parametrize(
    "about",
    [
        "A former nurse, she has run the clinic on Harbour Street for twenty years and wants a new hospital.",
        "He is a teacher who says the town's schools need more money and smaller classes.",
        "The 52-year-old lawyer has promised to reopen the north pier within a year.",
    ],
)
@pytest.mark.parametrize("html", [False, True])
def test_a_name_line_over_a_paragraph_about_that_person_is_kept(about, html):
    """A round-up's label: the paragraph after it goes on about the person without naming them."""
    assert _text("Maria Lopez", about, html=html) == [LEAD, "Maria Lopez", about, SECOND, LAST]


@pytest.mark.parametrize("line", ["Rising Costs", "Harbour Works", "The Long Wait"])
def test_a_short_subheading_that_is_not_a_name_is_not_taken_for_a_credit(line):
    assert _text(line) == [LEAD, line, SECOND, LAST]


@pytest.mark.parametrize("html", [False, True])
def test_an_interviewers_question_answered_in_the_first_person_is_kept(html):
    """A Q&A: the answer after the question opens on 'I' or 'We'; without the question it is lost."""
    qa = ["Why did you close the pier?", "I had no choice. The moorings had cracked and two ferries broke loose.",
          "When will it reopen?", "We hope to reopen it in March, once the engineers have checked every pile."]
    assert _text(*qa, html=html) == [LEAD, *qa, SECOND, LAST]


def test_a_run_of_questions_is_the_writer_asking_them():
    questions = ["Who pays for the repairs?", "Who decides when the pier reopens?"]
    assert _text(*questions) == [LEAD, *questions, SECOND, LAST]


def test_a_question_at_the_end_of_the_body_is_kept():
    data = "Harbour reopens\n\n" + "\n\n".join([LEAD, SECOND, "What will the harbour look like in ten years?"])
    text = load_bytes(data.encode(), source="a.txt", name="a.txt").text.split("\n\n")
    assert text == [LEAD, SECOND, "What will the harbour look like in ten years?"]


def test_the_article_tab_keeps_every_story_paragraph_of_a_page_full_of_furniture():
    """A news page with a question heading, a wire code, a linked headline, a pointer to another
    post, a currency note and a contributor line: the article the brief is made of (and the Article
    tab shows) holds every story paragraph, in order, and none of the furniture."""
    story = [
        LEAD,
        "Why did the pier close?",
        "A storm on January 3 tore two ferries from their moorings [L2N1XY00Z] and cracked the deck.",
        "Engineers said the deck could carry cars again. Pier repairs: what we know . Work went on at night.",
        "The operator said fares would not rise. We've written a separate story on the fares.",
        "Repairs cost 4 million euros, the authority said.",
        "($1 = 0.9120 euros)",
        SECOND,
        "Contributing: Ann Lee, The Coastal Star; The Associated Press",
        LAST,
        "Jane Roe may be reached at jroe@example.com. Follow her on Twitter @janeroe.",
    ]
    data = "Harbour reopens\n\n" + "\n\n".join(story) + "\n"
    article = load_bytes(data.encode(), source="a.txt", name="a.txt")
    expected = [
        LEAD,
        "A storm on January 3 tore two ferries from their moorings and cracked the deck.",
        "Engineers said the deck could carry cars again. Work went on at night.",
        "The operator said fares would not rise.",
        "Repairs cost 4 million euros, the authority said.",
        SECOND,
        LAST,
    ]
    assert article.text.split("\n\n") == expected
    brief = brief_article(article)
    assert brief.article.text.split("\n\n") == expected


@pytest.mark.parametrize("html", [False, True])
def test_a_text_that_spaces_every_full_stop_keeps_its_short_sentences(html):
    """Tokenized text (every full stop after a space, as in the CNN/DailyMail story files) is not
    a page of link lines: its short sentences are story."""
    paragraphs = [
        "A storm tore two ferries from their moorings on Tuesday night , the harbour authority said .",
        "Nobody was hurt . Three tugs attended the scene . The cause is not yet known .",
        "The pier reopened on Friday .",
        "Passengers were moved to the south terminal . Repairs will start next month .",
    ]
    if html:
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        data = f"<html><head><title>Storm</title></head><body><article>{body}</article></body></html>"
    else:
        data = "Storm\n\n" + "\n\n".join(paragraphs) + "\n"
    name = "page.html" if html else "a.txt"
    assert load_bytes(data.encode(), source=name, name=name).text.split("\n\n") == paragraphs
