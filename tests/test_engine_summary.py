"""Summary: what happened in one or two of the article's sentences; articles the rules cannot serve."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefs.engine import brief_article
from briefs.engine.doc import Document
from briefs.engine.summary import brief_limits, lead_summary
from briefs.model import Article

SEED = Path(__file__).resolve().parents[1] / "seeds" / "blinken-xi-beijing.txt"

STORY = (
    "The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks. "
    "Drivers will have to use the ring road for at least a year while the bridge is repaired. "
    "The engineers said the cracks had grown quickly over the winter. "
    "The bridge carries 40,000 cars a day, and local shops fear the closure will cost them customers. "
    "A council spokesman said repairs to the bridge would begin in the spring."
)


def test_seed_summary_says_who_did_what():
    summary = lead_summary(Document(SEED.read_text(encoding="utf-8")))
    for term in ("Xi", "Blinken", "progress"):
        assert term in summary.text
    assert len(summary.spans) <= 2 and len(summary.text) <= 450


def test_summary_spans_point_at_its_text():
    text = SEED.read_text(encoding="utf-8")
    summary = lead_summary(Document(text))
    assert " ".join(text[s:e] for s, e in summary.spans) == summary.text


@pytest.mark.parametrize(
    "dateline",
    ["BEIJING (Reuters) - ", "WASHINGTON \u2014 ", "LONDON, June 19 (AP) -- ", "CAIRO \u2014 "],
)
def test_datelines_are_removed(dateline):
    summary = lead_summary(Document(dateline + STORY))
    assert summary.text.startswith("The council voted on Tuesday")


def test_bylines_captions_and_kickers_are_skipped():
    text = (
        "Bridge closure\n\n"
        "By Jane Doe and John Roe\n\n"
        "Photo: The old bridge at dusk (Getty Images)\n\n" + STORY
    )
    summary = lead_summary(Document(text))
    assert summary.text.startswith("The council voted on Tuesday")
    assert "Jane Doe" not in summary.text and "Getty" not in summary.text


def test_an_anecdotal_first_sentence_gives_way_and_the_second_carries_the_topic():
    text = (
        "Mary Smith has walked across the river to her shop every morning for thirty years. "
        "Her grandfather opened the shop when the street still had gas lamps and horses. "
        "The council voted on Tuesday to close the bridge after engineers found deep cracks in the bridge. "
        "The bridge carries 40,000 cars a day, and the council said the bridge repairs would take a year. "
        "Engineers said the cracks in the bridge had grown over the winter."
    )
    summary = lead_summary(Document(text))
    # "Mary Smith has walked…" has no day and no news verb: the news sentence leads instead.
    assert summary.text.startswith("The council voted on Tuesday")
    assert len(summary.spans) == 2
    assert "gas lamps" not in summary.text and "Mary Smith" not in summary.text
    assert "bridge" in summary.text


def test_a_quotation_alone_is_not_the_summary():
    text = '"We are delighted," the mayor said.\n\n' + STORY
    assert lead_summary(Document(text)).text.startswith("The council voted")


def test_an_english_article_has_no_limits():
    assert brief_limits(Document(SEED.read_text(encoding="utf-8"))) == ()


def test_not_english_keeps_to_a_summary_and_says_so():
    text = (
        "Le pr\u00e9sident a rencontr\u00e9 lundi \u00e0 Paris les repr\u00e9sentants des syndicats. "
        "\u00ab Nous allons continuer le dialogue \u00bb, a d\u00e9clar\u00e9 Marie Dupont, ministre du Travail. "
        "Les syndicats demandent une hausse des salaires et une r\u00e9duction du temps de travail. "
        "Une nouvelle r\u00e9union est pr\u00e9vue la semaine prochaine au minist\u00e8re."
    )
    brief = brief_article(Article(text=text))
    assert brief.notes and "not English" in brief.notes[0]
    assert brief.quotes == () and brief.people == ()
    assert brief.summary.text


def test_too_short_and_list_pages_keep_to_a_summary():
    assert "too short" in brief_limits(Document('Short note. "Hello there," Jane Doe said.'))[0]
    listing = "\n".join(f"Headline number {i} about markets" for i in range(20))
    assert "list page" in brief_limits(Document(listing))[0]
    assert brief_article(Article(text=listing)).quotes == ()


def test_empty_text_gives_an_empty_summary():
    assert lead_summary(Document("")).text == ""


def test_page_furniture_is_never_the_summary():
    text = "Sign up for our daily newsletter to get the best stories in your inbox every morning.\n\n" + STORY
    assert lead_summary(Document(text)).text.startswith("The council voted on Tuesday")


def test_sentences_split_after_no_but_not_before_a_number():
    doc = Document("The answer was no. The next day he left. He lives at No. 10 Downing Street. Mr. Smith agreed.")
    assert [s.text for s in doc.sentences] == [
        "The answer was no.",
        "The next day he left.",
        "He lives at No. 10 Downing Street.",
        "Mr. Smith agreed.",
    ]
    assert doc.paragraph_at(5) is doc.paragraphs[0]


def test_a_company_abbreviation_before_a_quotation_ends_the_sentence():
    from briefs.engine.doc import Document

    doc = Document('"It is fair," said Ann Lee, an analyst at Piper & Co. "Selling is hard." Gen. "Mad Dog" Mattis agreed.')
    assert [s.text for s in doc.sentences] == [
        '"It is fair," said Ann Lee, an analyst at Piper & Co.',
        '"Selling is hard.',  # a sentence ends at its full stop; the closing mark is not kept
        'Gen. "Mad Dog" Mattis agreed.',
    ]


ANECDOTE = (
    "The night the letter came, Tomas Brandt was mending a fence behind his farmhouse. He read it twice and went back "
    "to the fence.\n\n"
    '"I did not want to think about it," he said.\n\n'
    "On Tuesday, after a year of protests by farmers like Brandt, the county board voted 5-2 to block the pipeline "
    "from crossing farmland in the valley, the first county in the state to do so.\n\n"
    "The pipeline company said it would appeal the vote. The board's chair, Ruth Owens, said farmland in the county "
    "had to be protected from the pipeline and that the board had heard enough from the company."
)


def test_an_anecdotal_lede_gives_way_to_the_sentence_that_states_the_news():
    summary = lead_summary(Document(ANECDOTE))
    assert summary.text.startswith("On Tuesday, after a year of protests")
    assert "mending a fence" not in summary.text


def test_a_news_lede_stays_first():
    text = (
        "Regulators on Thursday ordered railroads to inspect 1,200 bridges within 60 days after a collapse in Ohio. "
        "The order covers steel bridges built before 1950 on busy lines that carry coal and grain. "
        "Railroads that miss the deadline could face fines, the agency said, and the bridges will be listed."
    )
    assert lead_summary(Document(text)).text.startswith("Regulators on Thursday ordered")


def test_a_sentence_inside_a_quotation_is_not_summary():
    text = (
        "Coach Lena Berg defended her changes after the team drew 1-1 at home on Saturday against a rival side.\n\n"
        '"No. I would do it again. We have played 11 games in 35 days, and I need the players for the spring games," '
        "Berg said after the match in front of reporters.\n\n"
        "The draw leaves the team three points behind the leaders with eight games of the season left to play."
    )
    summary = lead_summary(Document(text))
    assert "We have played 11 games" not in summary.text


def test_a_dateline_with_a_state_abbreviation_is_removed_whole():
    text = (
        "CUPERTINO, Calif. (Reuters) - Apple reported quarterly revenue above Wall Street estimates on Thursday, "
        "helped by a rebound in iPhone sales in China. Revenue rose 6% to $94.9 billion in the quarter, above estimates."
    )
    summary = lead_summary(Document(text))
    assert summary.text.startswith("Apple reported quarterly revenue")


def test_a_summary_does_not_open_on_a_connective_answering_a_sentence_it_left_out():
    text = (
        "The lights in the old town hall burned late into the night, as they so often do here. "
        "But Mayor Ana Ruiz won a second term on Tuesday, keeping in place a leader who has "
        "vowed to cut the council's spending plans by a fifth. "
        "Ruiz said on Wednesday that her second term would start with the council's spending plans."
    )
    summary = lead_summary(Document(text))
    assert summary.text.startswith("Mayor Ana Ruiz won a second term on Tuesday")
    for start, end in summary.spans:
        assert text[start:end] in summary.text


# A caption opens on a credit word followed by a caption mark, a credit word or a name; a news
# sentence may open on the same word followed by its verb (round 11, sentences invented).
@pytest.mark.parametrize(
    "lead",
    [
        "Video posted online on Sunday showed dozens of people queuing outside the closed bank branch.",
        "Reuters reported on Tuesday that the two firms had resumed merger talks after a month's pause.",
        "Images released by the coastguard show the stricken ferry listing badly in heavy seas off the coast.",
        # a name that opens on a credit word is the story's subject, not a credit
        "Credit Suisse will cut 9,000 jobs over three years as it shrinks its investment bank, it said.",
        "EPA Administrator Lee Zeldin said on Tuesday the agency would review the limits on soot.",
        "AP Moller-Maersk warned on Friday that shipping rates would fall sharply next year.",
    ],
)
def test_a_news_sentence_opening_on_a_credit_word_is_prose(lead):
    summary = lead_summary(Document(lead + " " + STORY))
    assert summary.text.startswith(lead)


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Firefighters work to contain the blaze near the highway on Monday evening.",
        "File photo of the harbour master speaking to reporters at the port last year.",
        "Picture by Sam Lee for the Evening Courier, taken at the town hall on Friday.",
    ],
)
def test_a_caption_is_still_not_summary(caption):
    summary = lead_summary(Document(caption + "\n\n" + STORY))
    assert caption[:12] not in summary.text
    assert summary.text.startswith("The council voted on Tuesday")
