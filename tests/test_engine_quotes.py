"""Quotes: marks, speakers, kinds and the scare quotes that must not count."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.engine.doc import Document
from briefs.engine.people import find_people
from briefs.engine.quotes import find_quotes
from briefs.model import Quote

SEED = Path(__file__).resolve().parents[1] / "seeds" / "blinken-xi-beijing.txt"


def quotes_of(text: str) -> tuple[Quote, ...]:
    doc = Document(text)
    return find_quotes(doc, find_people(doc))


def by_text(quotes: tuple[Quote, ...], start: str) -> Quote:
    found = [q for q in quotes if q.text.startswith(start)]
    assert found, f"no quote starting {start!r} in {[q.text for q in quotes]}"
    return found[0]


@pytest.fixture(scope="module")
def seed_quotes() -> tuple[Quote, ...]:
    return quotes_of(SEED.read_text(encoding="utf-8"))


# The seed's gold quotes (text without marks, trailing comma kept) and their speakers.
SEED_GOLD = [
    (
        "The two sides agreed to follow through the common understandings President Biden and I had "
        "reached in Bali. The two sides have also made progress and reached the agreement on some "
        "specific issues. This is very good,",
        "Xi Jinping",
    ),
    ("hopes to see a sound and steady China-US relationship", "Xi Jinping"),
    ("can overcome various difficulties", "Xi Jinping"),
    ("hurt China's legitimate rights and interests", "Xi Jinping"),
    (
        "We must take a responsible attitude toward the people, history and the world, and reverse the "
        "downward spiral of US-China relations,",
        "Wang Yi",
    ),
    ("the need to reduce the risk of misperception and miscalculation", "Antony Blinken"),
    ("This is going to be a process of sustained diplomacy,", "senior State Department official"),
    ("China has no room for compromise or concessions", "Wang Yi"),
    (
        "Qin Gang pointed out that the Taiwan issue is the core of China's core interests, the most "
        "important issue in Sino-US relations, and the most prominent risk,",
        "Qin Gang",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SEED_GOLD, ids=[g[0][:30] for g in SEED_GOLD])
def test_every_gold_quote_of_the_seed_is_found_with_its_speaker(seed_quotes, text, speaker):
    quote = next((q for q in seed_quotes if q.text == text), None)
    assert quote is not None, f"missing {text!r}"
    assert quote.speaker is not None and quote.speaker.endswith(speaker)


def test_seed_quotes_have_spans_into_the_text(seed_quotes):
    text = SEED.read_text(encoding="utf-8")
    for quote in seed_quotes:
        assert text[quote.span[0] : quote.span[1]] == quote.text
        if quote.speaker_span is not None:
            assert 0 <= quote.speaker_span[0] < quote.speaker_span[1] <= len(text)


def test_relayed_quote_goes_to_the_person_quoted_not_the_media(seed_quotes):
    quote = by_text(seed_quotes, "Qin Gang pointed out")
    assert quote.speaker == "Qin Gang"
    assert quote.speaker_role == "foreign minister"


def test_partial_quotes_inside_reported_speech_are_partial(seed_quotes):
    assert by_text(seed_quotes, "hurt China's").kind == "partial"
    assert by_text(seed_quotes, "The two sides agreed").kind == "direct"


def test_scare_quotes_of_the_seed_are_not_quotes(seed_quotes):
    texts = {q.text for q in seed_quotes}
    assert "strategic ambiguity" not in texts
    assert "one China" not in texts
    assert "profound" not in texts


def test_key_quotes_rank_first(seed_quotes):
    assert seed_quotes[0].kind == "direct"
    assert seed_quotes[0].speaker == "Xi Jinping"
    assert seed_quotes[0].score >= seed_quotes[-1].score


def test_inverted_attribution_with_title_and_initials():
    quotes = quotes_of(
        "Economists worry about the deficit.\n\n"
        "\u201cIt\u2019s very much something to worry about,\u201d said C. Eugene Steuerle, a fellow at the "
        "Urban Institute. \u201cEverything else is getting squeezed.\u201d"
    )
    assert [q.speaker for q in quotes] == ["C. Eugene Steuerle", "C. Eugene Steuerle"]


def test_surname_with_honorific_resolves_to_the_full_name():
    quotes = quotes_of(
        "Eric Reeves, a senior fellow at Harvard University, has followed Sudan for years.\n\n"
        "\u201cThere is no reason to believe the guys in charge have changed their stripes,\u201d said Mr. Reeves."
    )
    assert quotes[0].speaker == "Eric Reeves"
    assert quotes[0].cue == "said"


def test_pronoun_goes_to_the_subject_of_the_previous_sentence():
    quotes = quotes_of(
        "Lee Jae-myung, leader of the opposition Democratic Party, criticised President Yoon Suk Yeol.\n\n"
        "Lee also expressed concern about relations with Washington.\n\n"
        "\u201cOur national credibility, as well as diplomacy, has been severely impacted,\u201d he said."
    )
    assert quotes[0].speaker == "Lee Jae-myung"


def test_appositive_between_speaker_and_verb():
    quotes = quotes_of(
        '"We will study the proposal carefully," Qin Gang, the foreign minister, said on Sunday.'
    )
    assert quotes[0].speaker == "Qin Gang"


def test_speaker_named_in_an_appositive_after_a_role():
    quotes = quotes_of(
        "Eloise Parry died in April.\n\n"
        "\u201cShe had taken eight tablets of the drug that night,\u201d her mother, Fiona, said.\n\n"
        "Fiona Parry issued a plea to other young women."
    )
    assert quotes[0].speaker == "Fiona Parry"


def test_organisation_speaks_through_it():
    quotes = quotes_of(
        "The Food Standards Agency warned people about the pills.\n\n"
        "\u201cWe advise the public not to take any tablets containing DNP,\u201d it said in a statement."
    )
    assert quotes[0].speaker == "Food Standards Agency"


def test_according_to_names_the_speaker():
    quotes = quotes_of(
        'Prices "will rise sharply next year for most families in the state," according to Jane Doe, '
        "an analyst at the bank."
    )
    assert quotes[0].speaker == "Jane Doe"


def test_a_paragraph_continuing_a_quotation_is_its_own_quote():
    text = (
        "\u201cAs Eloise deteriorated, the staff did all they could to stabilise her,\u201d said Fiona Parry. "
        "\u201cThey attempted to cool her down, but they were fighting an uphill battle.\n\n"
        "\u201cShe was literally burning up from within.\u201d\n\n"
        "The inquest was adjourned."
    )
    quotes = quotes_of(text)
    texts = [q.text for q in sorted(quotes, key=lambda q: q.span)]
    assert texts[1] == "They attempted to cool her down, but they were fighting an uphill battle."
    assert texts[2] == "She was literally burning up from within."
    assert {q.speaker for q in quotes} == {"Fiona Parry"}


def test_single_and_guillemet_marks_and_apostrophes():
    quotes = quotes_of(
        "The minister\u2019s aide said: \u2018We won\u2019t refuse foreign donations, nor will we register.\u2019\n\n"
        "Marie Dupont told reporters: \u00abNous sommes pr\u00eats \u00e0 discuter avec tout le monde.\u00bb"
    )
    texts = sorted(q.text for q in quotes)
    assert texts == [
        "Nous sommes pr\u00eats \u00e0 discuter avec tout le monde.",
        "We won\u2019t refuse foreign donations, nor will we register.",
    ]


def test_a_title_inside_a_quotation_is_not_a_separate_quote():
    quotes = quotes_of(
        "\u201cI\u2019m not,\u201d Mr. Nehemiah Dejesus said as he stopped the leak. "
        "\u201cIt\u2019s \u2018Showtime at the Apollo.\u2019\u201d"
    )
    texts = [q.text for q in quotes]
    assert "Showtime at the Apollo." not in texts
    assert "It\u2019s \u2018Showtime at the Apollo.\u2019" in texts


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bill would require providers to store so-called \u201cmetadata\u201d for two years.",
        "Winter brings \u201cfreeze-thaw\u201d cycles that weaken pipes.",
        "Facebook wants to label and silence what they believe to be \u201cfake news\u201d on social media.",
        "The United States has long stuck to a policy of \u201cstrategic ambiguity\u201d over Taiwan.",
        "Women are buying \u201cslimming tablets\u201d online.",
    ],
)
def test_scare_quotes_are_rejected(sentence):
    assert quotes_of(sentence) == ()


def test_anonymous_source_keeps_the_role_phrase():
    quotes = quotes_of(
        '"This is going to be a long process," one senior State Department official, '
        "speaking on condition of anonymity, said on Sunday."
    )
    assert quotes[0].speaker == "senior State Department official"


def test_quotations_nobody_can_be_found_to_have_said_are_dropped():
    quotes = quotes_of(
        "The crowd outside was restless.\n\n"
        "\u201cWe are not foreigners in this land and we will not leave it for anyone.\u201d\n\n"
        "A sign read \u201cWelcome\u201d."
    )
    assert quotes == ()


def test_block_quotes_after_a_paragraph_reporting_speech_go_to_that_speaker():
    quotes = quotes_of(
        "A key approach is building a long-term relationship, Mark Zuckerberg said at the trial. "
        "These deals take time, he said according to a transcript.\n\n"
        "\u201cI've been building relationships for years with the founders of these companies.\u201d\n\n"
        "He also stressed the need for a shared vision.\n\n"
        "\u201cIf this deal is going to happen, it's not going to be because we offer a lot of money.\u201d"
    )
    assert [q.speaker for q in sorted(quotes, key=lambda q: q.span)] == [
        "Mark Zuckerberg",
        "Mark Zuckerberg",
    ]


def test_a_run_of_closed_whole_paragraph_quotations_is_a_document_excerpt():
    paragraphs = [
        "Ammar Askar wrote about the flaw in a blog post on Thursday.",
        "\u201cThe vulnerability stems from the fact that the client may send complex data.\u201d",
        "\u201cIn my case, I chose to create lists within lists, down to five levels.\u201d",
        "\u201cThe root of the object contains 300 lists, each with ten sublists.\u201d",
        "\u201cThese were the fixes that I recommended to the developers two years ago.\u201d",
    ]
    assert quotes_of("\n\n".join(paragraphs)) == ()


_ALPHABET = st.sampled_from(
    list("abc XYZ.,;:!?'\"\n\u201c\u201d\u2018\u2019\u00ab\u00bb-\u2014")
    + ["said ", "Mr. ", "he ", "Xi "]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_any_text_gives_quotes_whose_spans_hold_their_text(text):
    for quote in quotes_of(text):
        start, end = quote.span
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == quote.text
        if quote.speaker_span is not None:
            assert 0 <= quote.speaker_span[0] <= quote.speaker_span[1] <= len(text)


def test_the_addressee_of_told_is_not_the_speaker():
    quotes = quotes_of(
        "The prime minister told ministers on Tuesday: \u2018We have to be honest with the country about where we are.\u2019"
    )
    assert quotes[0].speaker == "prime minister"


def test_a_name_in_the_appositive_after_a_role_speaks():
    quotes = quotes_of(
        "The EU's chief negotiator, Michel Barnier, said last week that the bloc was \"ready to be creative\"."
    )
    assert quotes[0].speaker == "Michel Barnier"


def test_a_plural_party_group_can_speak():
    quotes = quotes_of(
        "Chuck Schumer on Tuesday unveiled a plan to repair bridges, setting up a showdown with House "
        'Republicans who have called the proposal "a costly boondoggle."'
    )
    assert quotes[0].speaker == "House Republicans"


def test_surnames_that_look_like_titles_or_months():
    quotes = quotes_of(
        'Theresa May has warned her cabinet that Britain faces "a very real risk" of leaving without a deal.\n\n'
        "Martin Luther King III urged lawmakers to act. \u201cMy father dreamed of a country that invests in "
        "all its people,\u201d King said."
    )
    speakers = [q.speaker for q in sorted(quotes, key=lambda q: q.span)]
    # The fullest name as written keeps its generation; "King" still resolves to him.
    assert speakers == ["Theresa May", "Martin Luther King III"]


def test_a_verb_phrase_in_quotes_before_an_object_is_still_a_quote():
    quotes = quotes_of(
        'Press secretary Karine Jean-Pierre told reporters that the president "strongly supports" the bill.'
    )
    assert [q.text for q in quotes] == ["strongly supports"]


def test_straight_single_quotes_before_a_function_word_close():
    quotes = quotes_of(
        "The prime minister, Boris Johnson, said on Friday that the government would 'do whatever it takes' "
        "to protect jobs."
    )
    assert [(q.text, q.speaker) for q in quotes] == [("do whatever it takes", "Boris Johnson")]


def test_the_subject_is_not_a_noun_inside_a_prepositional_phrase():
    quotes = quotes_of(
        "Officials at the Treasury's headquarters said they were 'exhausted' after the budget."
    )
    assert quotes[0].speaker == "Officials"


def test_according_to_a_document_names_the_document():
    text = (
        "There would be a code including \u2014 according to the explanatory notes of the British Bill \u2014 "
        "\u201cprovision to protect the public interest in the confidentiality of journalistic sources\u201d."
    )
    quote = quotes_of(text)[0]
    assert quote.speaker == "explanatory notes of the British Bill"
    assert text[quote.speaker_span[0] : quote.speaker_span[1]] == quote.speaker


def test_a_possessive_owner_is_not_the_speaker():
    quotes = quotes_of(
        "Police arrested Kevin Walsh on Thursday. In an email, Walsh's attorney, Linda Greer, wrote that her "
        'client "maintains his innocence and looks forward to his day in court."'
    )
    assert quotes[0].speaker == "Linda Greer"


def test_an_unnamed_organisation_speaks_by_what_it_is():
    quotes = quotes_of(
        "The firefighters' union said in a statement that the men \"gave their lives doing the job they loved.\""
    )
    assert quotes[0].speaker == "firefighters' union"


def test_titles_of_works_are_not_quotes():
    quotes = quotes_of(
        'Barack Obama said his memoir "A Promised Land," which sold 1.7 million copies, took years to write. '
        'The New York Times named it one of its "10 Best Books" of the year.'
    )
    assert quotes == ()


def test_an_unnamed_speaker_stops_the_previous_speaker_running_on():
    quotes = quotes_of(
        '"We played well, but we suffered a lot," coach Pep Guardiola said after the match.\n\n'
        '"It was a fair result," said one supporter, who declined to give his name. "They deserved it."'
    )
    speakers = [q.speaker for q in sorted(quotes, key=lambda q: q.span)]
    assert speakers == ["Pep Guardiola", "supporter", "supporter"]


def test_a_description_after_a_named_speaker_is_that_person():
    quotes = quotes_of(
        'Erling Haaland, who scored the winner, said the team had shown "real character" in the second half.\n\n'
        '"It\'s not over," the 24-year-old Norwegian striker added. "There are still ten games to play."'
    )
    assert {q.speaker for q in quotes} == {"Erling Haaland"}


def test_a_described_title_holder_with_an_adverb_before_the_verb():
    quotes = quotes_of(
        "President Barack Obama spoke in Nairobi.\n\n"
        "The president also admitted that some African governments needed to improve their records.\n\n"
        '"Well, they\'re not ideal institutions. But blunt talk with engagement gives us the best opportunity."'
    )
    assert quotes[0].speaker == "Barack Obama"


def test_she_passes_over_a_man_named_mr():
    quotes = quotes_of(
        "Anneliese Dodds replied to Jeremy Corbyn in the debate. Mr Corbyn had called the plan weak.\n\n"
        '"Families across the country cannot wait any longer for help," she said.'
    )
    assert quotes[0].speaker == "Anneliese Dodds"


def test_a_spokesperson_for_an_organisation_is_named_with_it():
    quotes = quotes_of(
        "Ministers defended the plan on Monday.\n\n"
        "A spokesperson for Network Rail, which owns the track, said trains would 'run as normal by Friday'."
    )
    assert by_text(quotes, "run as normal").speaker == "Network Rail spokesperson"


def test_the_company_said_names_the_firm_that_spoke_before_not_the_court_it_named():
    quotes = quotes_of(
        "Brightline said it would ask the full court to rehear the case and appeal to the Supreme Court. "
        '"We disagree with the decision and will keep fighting for our riders," the company said in a statement.'
    )
    assert by_text(quotes, "We disagree").speaker == "Brightline"


def test_the_coach_is_the_recent_speaker_not_a_coach_named_long_before():
    text = (
        'Rival coach Marco Silva said his side deserved the point. "We defended well," Silva said.\n\n'
        'Ella Hart, 21, scored the opener. "I am happy," Hart said.\n\n'
        "Carla Ruiz confirmed that Nadia Berg would miss the final with a knee injury. Maya Lind will start in goal.\n\n"
        '"Nadia is not ready. We will not take a risk," the coach said.'
    )
    assert by_text(quotes_of(text), "Nadia is not ready").speaker == "Carla Ruiz"


def test_an_anonymous_source_named_by_that_person_keeps_its_description():
    text = (
        'Spokesperson Liu Wei condemned the plan. "It is a mistake," Liu said.\n\n'
        "A second person said officials were ready to act alone.\n\n"
        '"At some point we have to decide whether we wait or act," that person said.'
    )
    assert by_text(quotes_of(text), "At some point").speaker == "person"


def test_a_pronoun_inside_the_quotation_is_not_the_speaker():
    text = (
        "The Federal Trade Commission sued last year.\n\n"
        '"The agency has said it does not like mergers," said Priya Nair, an analyst at Jones & Co. '
        '"Selling 200 stores may not be enough."'
    )
    assert by_text(quotes_of(text), "Selling 200 stores").speaker == "Priya Nair"


def test_a_short_phrase_after_a_speech_verb_and_a_hope_is_kept():
    quotes = quotes_of('Mayor Dan Ortiz said he hoped the deal would open "a new chapter" for the city.')
    assert by_text(quotes, "a new chapter").speaker == "Dan Ortiz"


def test_interview_answers_are_the_interviewees_words():
    text = (
        "Dr. Lena Ortiz runs the city's water utility. Ortiz spoke to us on Friday. "
        'Ortiz said the pipes were "older than anyone admits."\n\n'
        "Q: How bad is the leak problem?\n\n"
        "A: Worse than people think. We lose a fifth of our water before it reaches a tap.\n\n"
        "Q: What would fix it?\n\n"
        "A: Money, and time. We need ten years of steady investment, not one-off grants."
    )
    quotes = quotes_of(text)
    answer = by_text(quotes, "Worse than people think")
    assert answer.speaker == "Lena Ortiz" and answer.kind == "direct"
    assert by_text(quotes, "Money, and time").speaker == "Lena Ortiz"
    assert not [q for q in quotes if q.text.startswith("How bad")]


def test_a_single_q_and_a_line_is_not_an_interview():
    quotes = quotes_of("Mayor Jo Kent spoke on Monday.\n\nA: This is a lettered list item about the budget.")
    assert quotes == ()


def test_he_said_after_an_unnamed_relative_names_the_relative():
    text = (
        "Janet Roe, 71, said foxes had torn open the bags. 'It is disgusting,' Mrs Roe said.\n\n"
        "Her husband, a retired miner, said he had called the council nine times. 'Nobody calls back,' he said."
    )
    assert by_text(quotes_of(text), "Nobody calls back").speaker == "Janet Roe's husband"


def test_a_short_quote_followed_by_a_preposition_is_speech_not_a_label():
    quotes = quotes_of('Governor Amy Lund thanked her staff for "keeping us going" during the storm.')
    assert by_text(quotes, "keeping us going").speaker == "Amy Lund"


def test_quotation_paragraphs_after_a_named_speaker_are_that_speakers():
    text = (
        "Teachers voted to strike on Saturday.\n\n"
        "Maria Ochoa, the union's chief negotiator, said the offer did not fix the bonus system.\n\n"
        "\u201cOur members are tired of not knowing what their pay will be. They want a schedule they can plan around.\u201d\n\n"
        "\u201cNobody wants to strike. But we have run out of other options.\u201d"
    )
    quotes = quotes_of(text)
    assert by_text(quotes, "Our members are tired").speaker == "Maria Ochoa"
    assert by_text(quotes, "Nobody wants to strike").speaker == "Maria Ochoa"


def test_she_said_after_an_unnamed_witness_is_the_witness_not_the_last_named_woman():
    text = (
        "Hannah Reed said her partner had been cycling home.\n\n"
        "A neighbour, who did not want to be named, said she heard a bang and ran outside. "
        "'There was nothing anyone could do,' she said."
    )
    assert by_text(quotes_of(text), "There was nothing").speaker == "neighbour"


def test_a_body_named_after_a_country_speaks_as_itself():
    quotes = quotes_of('Officials met on Monday. Cycling UK said the death was "another tragic reminder" of the danger.')
    assert by_text(quotes, "another tragic reminder").speaker == "Cycling UK"


def test_he_passes_over_a_woman_known_by_her_given_name():
    text = (
        "The plan drew on a review by Sarah Lindqvist and was criticised by Tom Reyes, a trader.\n\n"
        "\u201cIt will not work,\u201d he said."
    )
    assert by_text(quotes_of(text), "It will not work").speaker == "Tom Reyes"


def test_a_quotation_after_she_added_in_the_same_paragraph_is_hers():
    text = (
        'Carol Bennett, his daughter, said outside court: "Nobody should die like that."\n\n'
        "She added that the family had waited two years for answers. "
        '"Today we finally heard someone say it was wrong."'
    )
    assert by_text(quotes_of(text), "Today we finally").speaker == "Carol Bennett"


def test_one_of_the_officials_speaks_as_one_official():
    text = (
        "Two Egyptian officials briefed reporters on Sunday.\n\n"
        "\u201cThe gaps have narrowed, but they have not closed,\u201d one of the Egyptian officials said."
    )
    assert by_text(quotes_of(text), "The gaps have narrowed").speaker == "Egyptian official"


def test_she_after_a_mother_described_by_her_sons_ordeal_is_the_mother():
    text = (
        "A Hamas official, Osama Hamdan, said the group would not accept the deal.\n\n"
        "Einav Zangauker, whose son Matan has been held since October, urged the government to accept the deal.\n\n"
        "\u201cEvery minute counts,\u201d she told the crowd."
    )
    assert by_text(quotes_of(text), "Every minute counts").speaker == "Einav Zangauker"


def test_an_owned_body_speaks_as_itself_not_as_its_owner():
    quotes = quotes_of(
        "Japan and Germany agreed to cooperate on Monday.\n\n"
        "China's foreign ministry said Beijing opposed \"the formation of exclusive small circles\" in Asia."
    )
    assert by_text(quotes, "the formation of").speaker == "China's foreign ministry"


def test_an_unknown_firm_that_says_its_is_not_a_person_but_still_speaks():
    text = (
        "Blue Origin said its rocket would launch on Friday.\n\n"
        '"We are ready for this launch," Blue Origin said in a statement.'
    )
    doc = Document(text)
    people = find_people(doc)
    assert people.people() == ()
    assert by_text(find_quotes(doc, people), "We are ready").speaker == "Blue Origin"


def test_a_short_fragment_with_the_attribution_closing_its_sentence_is_kept():
    text = (
        "National Grid said 42,000 homes had no power on Sunday.\n\n"
        'Engineers were working "around the clock" to reconnect customers, the company said.'
    )
    assert by_text(quotes_of(text), "around the clock").speaker == "National Grid"


def test_he_can_be_an_andrea():
    text = (
        "Jokin Aperribay, the club's president, said the player had left on good terms.\n\n"
        "Andrea Berta, Arsenal's sporting director, told The Athletic that the deal was agreed in April. "
        '"Patience was important," he said.'
    )
    assert by_text(quotes_of(text), "Patience was important").speaker == "Andrea Berta"


def test_a_platform_company_is_the_company_that_speaks():
    text = (
        "The Commission fined Meta Platforms on Thursday. It has fined Google three times.\n\n"
        'Meta said it would appeal. "We will comply while we appeal," the company said.'
    )
    assert by_text(quotes_of(text), "We will comply").speaker.startswith("Meta")


def test_a_firms_title_then_its_holder_names_the_holder_as_speaker() -> None:
    quotes = quotes_of(
        '"Prices will fall again before they rise," said Harbor Lane Capital chief strategist, '
        "Paul Mercer.\n\n"
        '"It was a bad day," said Harbor Capital, the bank.\n'
    )
    assert by_text(quotes, "Prices will fall").speaker == "Paul Mercer"
    assert by_text(quotes, "It was a bad day").speaker == "Harbor Capital"


def test_who_after_a_described_person_points_at_the_person_not_the_body() -> None:
    quotes = quotes_of(
        "A contrary view is offered by Paul Mercer, an economist at Oxford University, who stated, "
        '"Growth will return within the year."\n'
    )
    assert by_text(quotes, "Growth will return").speaker == "Paul Mercer"


def test_according_to_at_the_start_of_a_sentence_attributes_the_quote() -> None:
    quotes = quotes_of(
        'According to eyewitness Paul Mercer, "within twenty seconds it exploded. Just a ball of '
        'flames."\n'
    )
    assert by_text(quotes, "within twenty seconds").speaker == "Paul Mercer"


def test_according_to_him_is_the_person_in_focus() -> None:
    quotes = quotes_of(
        "Army spokesman Paul Mercer said the unit had carried out the raid. According to him, it "
        'was done with the help of "friendly people inside the town".\n'
    )
    assert by_text(quotes, "friendly people").speaker == "Paul Mercer"


def test_said_after_a_described_name_and_a_bare_unknown_name() -> None:
    quotes = quotes_of(
        '"This day is very hard for me, as I remember many things," said his father, Paul Mercer, '
        "after the ceremony.\n\n"
        'In his resignation speech, Okonjo said, "Despite the mandate of the people, today I must go."\n'
    )
    assert by_text(quotes, "This day is very hard").speaker == "Paul Mercer"
    assert by_text(quotes, "Despite the mandate").speaker == "Okonjo"


def test_a_family_name_inside_a_double_surname_is_that_person() -> None:
    quotes = quotes_of(
        "Governor Ricardo Molina Vega resigned on Wednesday.\n\n"
        'In his speech, Molina said, "Today I feel that staying would only bring more trouble."\n'
    )
    assert by_text(quotes, "Today I feel").speaker == "Ricardo Molina Vega"


def test_acronyms_names_after_named_and_characterised_as_attribute() -> None:
    quotes = quotes_of(
        'In a statement, the RDF said, "An agreement has been reached with the government today."\n\n'
        'A university student named Okafor said, "Even though the weather was bad, we came out."\n\n'
        'GM said the dealerships it will close are "underperforming and very small."\n\n'
        'The Foreign Ministry of Ruritania characterized the attack as "a grave violation of our '
        'sovereignty".\n'
    )
    assert by_text(quotes, "An agreement").speaker == "RDF"
    assert by_text(quotes, "Even though").speaker == "Okafor"
    assert by_text(quotes, "underperforming").speaker == "GM"
    assert "Ministry" in by_text(quotes, "a grave violation").speaker


def test_a_quote_closing_its_sentence_belongs_to_the_cue_before_it_not_the_next_subject() -> None:
    quotes = quotes_of(
        'Sheriff Tom Hale tweeted that the crash "required all hands on deck." Paul Mercer said the '
        "road would reopen on Monday.\n"
    )
    assert by_text(quotes, "required all hands").speaker == "Tom Hale"  # "Sheriff" is a title, not a name


def test_two_persons_joined_by_and_before_the_cue_speak_through_the_first() -> None:
    quotes = quotes_of(
        'Union president Peter Hall and vice president John Ross said the plan is "extremely '
        'disappointing for every worker."\n'
    )
    assert by_text(quotes, "extremely disappointing").speaker == "Peter Hall"


def test_a_place_after_outside_is_not_the_speaker() -> None:
    quotes = quotes_of(
        "Former governor Peter Hall issued a statement at his farm outside Paris saying, "
        '"The simple fact is this race is far from over."\n'
    )
    assert by_text(quotes, "The simple fact").speaker == "Peter Hall"


def test_he_after_speaking_to_someone_is_not_the_person_spoken_to() -> None:
    quotes = quotes_of(
        "Crown Prince Ali Hassan accepted responsibility, broadcaster PBS revealed. Speaking to "
        'Martin Smith of PBS, he said, "It happened under my watch. I get all the responsibility."\n'
    )
    assert by_text(quotes, "It happened under my watch").speaker == "Ali Hassan"


def test_alleged_is_a_speech_cue() -> None:
    quotes = quotes_of(
        "Government spokesman Peter Hall said the ban was needed. US Ambassador John Ross alleged, "
        'by way of example, the airline had "contributed to incredible human suffering," by '
        "supporting militias.\n"
    )
    assert by_text(quotes, "contributed to incredible").speaker == "John Ross"


def test_a_named_body_after_the_speaks_as_itself() -> None:
    quotes = quotes_of(
        "The Dunmore Sheriff's Office tweeted that the crash \"required all hands on deck.\" "
        "Authorities stated the road was closed.\n"
    )
    assert by_text(quotes, "required all hands").speaker == "Dunmore Sheriff's Office"


def test_a_name_in_apposition_to_a_title_speaks_not_a_body_spoken_to() -> None:
    quotes = quotes_of(
        "Speaking to Agence France-Presse, the president of the Ruritanian League for the Defence of "
        'Human Rights, Jamel Okafor, said, "We are for the freedom to dress as we like."\n'
    )
    assert by_text(quotes, "We are for the freedom").speaker == "Jamel Okafor"


def test_a_participle_after_a_comma_shares_the_main_clause_subject() -> None:
    quotes = quotes_of(
        "Senator Paul Grant spoke on Monday. President Mary Stone congratulated Grant, saying, "
        '"we will get a lot done together."\n\n'
        "Secretary of State Tom Reyes posted a message on Twitter blaming Norway for the delay, "
        'saying there was "no evidence of any fault at all."\n\n'
        "An eyewitness described for news agency Reuters how the fire spread, stating, "
        '"I was crossing the road when I saw the smoke rise above the roofs."\n\n'
        "Boeing did not release any details about the engine, telling Reuters the company "
        '"extends its condolences to the families of those lost."\n'
    )
    assert by_text(quotes, "we will get").speaker == "Mary Stone"
    assert by_text(quotes, "no evidence").speaker == "Tom Reyes"
    assert by_text(quotes, "I was crossing").speaker == "eyewitness"
    assert by_text(quotes, "extends its").speaker == "Boeing"


def test_a_participle_after_the_quote_does_not_name_its_object_as_speaker() -> None:
    quotes = quotes_of(
        "According to news agency Tass, the prosecutor general of Omsk, Ivan Petrov Kalin, said the "
        'five must face "fraud charges", adding Russia will pursue Senator Paul Grant.\n'
    )
    assert by_text(quotes, "fraud charges").speaker == "Ivan Petrov Kalin"


def test_the_agent_of_a_passive_speech_verb_speaks() -> None:
    quotes = quotes_of(
        "Mayor Paul Grant arrived. In a meeting that day he was told by Health Minister Oleg Sorin of "
        '"at least forty people under the rubble", while Deputy Governor Lev Orlov said more.\n'
    )
    assert by_text(quotes, "at least forty").speaker == "Oleg Sorin"


def test_a_title_held_at_a_named_body_speaks_and_not_the_body() -> None:
    quotes = quotes_of(
        "Acme Motors said it would close dealers. "
        '"They are in danger of going out of business anyway," said Acme\'s sales, service, and '
        "marketing vice president in a telephone conference.\n"
    )
    assert by_text(quotes, "They are in danger").speaker == "Acme's sales, service, and marketing vice president"


def test_a_cue_word_after_every_is_a_noun_and_the_subject_speaks() -> None:
    quotes = quotes_of(
        "Officials tell BBC News every claim will be assessed fairly, with no one refused "
        '"based solely on the form".\n'
    )
    assert by_text(quotes, "based solely").speaker == "Officials"


def test_he_after_a_new_paragraph_is_the_subject_named_there_not_an_earlier_speaker() -> None:
    quotes = quotes_of(
        "On Thursday, Hanna Ceylan addressed reporters in Oslo, calling for the killers to be "
        "brought to justice. Ceylan travelled to Oslo for the summit.\n\n"
        "The previous day, broadcaster NTV revealed that in May, Crown Prince Omar bin Talal of "
        "Ruritania accepted responsibility but did not say he ordered it. Speaking to Martin Smith "
        'of NTV, he said, "It happened under my watch."\n'
    )
    assert by_text(quotes, "It happened").speaker == "Omar bin Talal"


def test_he_after_two_coordinated_reports_is_the_last_one_to_speak() -> None:
    quotes = quotes_of(
        'President Adam Nowak said the victims were "joyful girls" in an "appalling tragedy" while '
        "Interior Minister Piotr Lisek wrote he had ordered checks on all escape rooms. He tweeted, "
        '"I want to express my sympathy to the families." Nowak also called the deaths "crushing".\n'
    )
    assert by_text(quotes, "I want to express").speaker == "Piotr Lisek"


def test_she_is_not_a_person_named_only_after_by_when_a_subject_fits() -> None:
    quotes = quotes_of(
        "Emily Stanton met officers Jorn Quill and Niko Rede at a pub. CCTV captured their arrival, after Stanton "
        "smoked a cigarette. In between, she testified, she was attacked by Quill, Rede and a third "
        "officer. She told the court she was forced to drink.\n\n"
        'She told a guard at the door, in French and English, "they attacked me".\n'
    )
    assert by_text(quotes, "they attacked me").speaker == "Emily Stanton"


def test_a_document_speaks_for_its_issuer() -> None:
    quotes = quotes_of(
        "The RIAA sent a notice on Friday. RIAA's DMCA notice alleged the script's purpose was to "
        '"circumvent the protection measures used by streaming services".\n\n'
        "Acme Corp cut prices. In a statement, Acme Corp said it was sorry. The statement said "
        '"we regret the error and we will fix it soon."\n\n'
        'A letter from the Home Office said "failure to return the form may result in a refusal."\n\n'
        'A Reuters report said the plan was "dead in the water", citing two sources.\n'
    )
    assert by_text(quotes, "circumvent").speaker == "RIAA"
    assert by_text(quotes, "we regret").speaker == "Acme Corp"
    assert by_text(quotes, "failure to return").speaker == "Home Office"
    assert by_text(quotes, "dead in the water").speaker == "Reuters"


def test_a_sentence_quoted_after_an_opening_adverbial_belongs_to_the_clause_subject() -> None:
    quotes = quotes_of(
        "Steve Marsh resigned on Wednesday. In part of his resignation, Marsh left this farewell, "
        '"I have made some of the best friends of my life here."\n'
    )
    assert by_text(quotes, "I have made").speaker == "Steve Marsh"


def test_a_role_subject_with_meanwhile_is_the_named_holder_of_the_role() -> None:
    quotes = quotes_of(
        "Finance Minister Lars Berg presented the budget on Monday. Opposition leader Ann Holt "
        'criticised it. "This is a budget for the rich," Holt said. The finance minister meanwhile '
        'said the plan was "fair and balanced".\n'
    )
    assert by_text(quotes, "fair and balanced").speaker == "Lars Berg"


def test_a_body_named_by_its_common_noun_at_the_start_speaks() -> None:
    quotes = quotes_of(
        'Police said in a statement that "no further arrests are expected."\n\n'
        'The town was quiet. Police later said "the suspect fled on foot."\n'
    )
    assert by_text(quotes, "no further arrests").speaker == "police"
    assert by_text(quotes, "the suspect fled").speaker == "police"


def test_it_after_a_body_described_but_not_named_is_that_body() -> None:
    quotes = quotes_of(
        'The ministry of health issued guidance on Friday. It said the virus was "under control".\n\n'
        'The regional council met on Friday. It said the plan was "dead".\n'
    )
    assert by_text(quotes, "under control").speaker == "ministry of health"
    assert by_text(quotes, "dead").speaker == "regional council"


def test_an_unknown_name_after_what_the_speaker_does_speaks_not_the_last_speaker() -> None:
    quotes = quotes_of(
        'The UN chief, António Guterres, said: "The world is watching."\n\n'
        '"Enough is enough!" shouted protester Jo Kerr.\n'
    )
    assert by_text(quotes, "Enough is enough").speaker == "Jo Kerr"


def test_the_statement_speaks_for_whoever_issued_it_in_an_earlier_sentence() -> None:
    quotes = quotes_of(
        'Governor Ray Dunn told reporters "we will not be deterred".\n\n'
        'The ministry issued a statement on Monday. The statement added: "Further measures will follow."\n\n'
        'Acme Corp released a statement on Friday. Governor Ray Dunn said he was "shocked". '
        'The statement said "we regret the error."\n'
    )
    assert by_text(quotes, "Further measures").speaker == "ministry"
    assert by_text(quotes, "we regret").speaker == "Acme Corp"


def test_they_after_persons_of_one_office_are_those_officers() -> None:
    quotes = quotes_of(
        "Egyptian Foreign Minister Sameh Shokr and French foreign minister Jean Ledru gathered in Cairo "
        "on Wednesday. Italian foreign minister Luca Dimo joined them. They concluded that the agreement "
        'is "null and void".\n'
    )
    assert by_text(quotes, "null and void").speaker == "foreign ministers"


def test_a_pronoun_after_a_described_subject_with_its_complement_is_that_description():
    # The last speaker is described, not named ("The head of the ... investigators told the
    # court"): "She" is that description, not the defendant named a sentence before.
    text = (
        "Both officers said they would appeal; Marden wept when the verdict was read.\n\n"
        'The head of the city\'s internal inspectors told the court "Basic checks were not done." '
        'She also said "I regret we were not called at once. We could have secured the scene."'
    )
    quote = by_text(quotes_of(text), "I regret we were not called")
    assert quote.speaker == "head of the city's internal inspectors"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a document speaks for its issuer, also a body no lexicon knows
        ('A NASA statement said: "The launch went perfectly and the crew is safe and well."', "NASA"),
        ('A statement from NASA said: "The launch went perfectly and the crew is safe and well."', "NASA"),
        (
            'On Monday, Acme Corp sent a letter to staff. The letter said: "The plant will close in June."',
            "Acme Corp",
        ),
        # a body defined by its acronym in brackets before the verb
        (
            'Doctors Without Borders (MSF) said: "Thousands have fled across the border since Monday."',
            "Doctors Without Borders",
        ),
        (
            'The United Nations High Commissioner for Refugees (UNHCR) said: "Thousands have fled since Monday."',
            "United Nations High Commissioner for Refugees (UNHCR)",  # as at first reference
        ),
        # a body whose name holds common words after "The"
        ('The World Health Organization said: "Cases have fallen for the third week."', "World Health Organization"),
    ],
)
def test_bodies_and_their_documents_speak(text, speaker):
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a capitalised title as the subject names the person holding it
        ('Chancellor Olaf Scholz spoke on Monday.\n\nThe Chancellor said: "We are confident of victory."', "Olaf Scholz"),
        ('Chancellor Olaf Scholz spoke on Monday.\n\n"We are confident of victory," said the Chancellor.', "Olaf Scholz"),
        # an age as the description of the person in focus
        ('Chancellor Olaf Scholz spoke on Monday.\n\n"We are confident," the 64-year-old said.', "Olaf Scholz"),
        # an aside between dashes is skipped like one between commas
        (
            'Chancellor Olaf Scholz spoke on Monday.\n\nScholz \u2014 who leads the Social Democrats \u2014 '
            'said "we are confident of victory."',
            "Olaf Scholz",
        ),
        # a capitalised name after "The" is still a name
        ('The Guardian said: "We are confident of victory in the vote."', "Guardian"),
    ],
)
def test_titles_ages_and_dash_asides_as_subjects(text, speaker):
    assert [q.speaker for q in quotes_of(text)] == [speaker]


def test_a_possessive_after_a_name_tells_its_gender_for_pronouns():
    # "Quirin wept in his lawyer's arms": Quirin is a man, so a later "she" is not Quirin.
    text = (
        "Ms Ama Spanton first met Officer Kwame Quirin in 2014. On Monday a jury convicted Quirin. "
        "Quirin wept in his lawyer's arms.\n\n"
        '"I was not believed for years," she said.'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ama Spanton"]
