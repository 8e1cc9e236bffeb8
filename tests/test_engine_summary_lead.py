"""Summary: the lede without its dateline, front matter or a second sentence that only repeats it.

Invented wording throughout (no sentence here is taken from an article of any corpus).
"""

from __future__ import annotations

import pytest

from briefs.engine.doc import Document
from briefs.engine.summary import lead_summary

STORY = (
    "The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks. "
    "Drivers will have to use the ring road for at least a year while the bridge is repaired. "
    "The engineers said the cracks had grown quickly over the winter. "
    "The bridge carries 40,000 cars a day, and local shops fear the closure will cost them customers. "
    "A council spokesman said repairs to the bridge would begin in the spring."
)


# --- datelines with a region name, an agency glued to the lede, an agency alone ----------------

@pytest.mark.parametrize(
    "dateline",
    [
        "PORTLAND, Oregon (CNN) -- ",
        "TOLEDO, Spain (Reuters) -- ",
        "Lyon, France (AFP)",
        "(CNN)",
        "(Reuters) -- ",
        "(CNN)  -- ",
        "SANTA FE, New Mexico (AP) \u2014 ",
        # a city in mixed case before its agency, also one whose name is a given name
        "Austin (AP) -- ",
        "New York (CNN) -- ",
        "Santa Fe (AP) \u2014 ",
        "Victoria, Texas (AP) -- ",
        "Tel Aviv (AFP) - ",
    ],
)
def test_a_dateline_with_a_region_or_an_agency_alone_is_removed(dateline):
    summary = lead_summary(Document(dateline + STORY))
    assert summary.text.startswith("The council voted on Tuesday")


@pytest.mark.parametrize(
    "opening",
    [
        "Denver, Colorado, voted on Tuesday to close the old bridge to traffic after engineers found cracks. ",
        "NASA (the space agency) said on Tuesday that it would close the old launch tower after engineers found cracks. ",
        "BBC (World Service) Director Ann Hale said on Tuesday the old studio would close after engineers found cracks. ",
        "Paris, Texas (population 25,000) voted on Tuesday to close the old bridge after engineers found cracks. ",
        # a name and a party in brackets, then an apposition set off by dashes: not a dateline
        "Councillor Ruth Okafor (Green) - the longest-serving member of the council - said on Tuesday the "
        "old bridge would close. ",
        "Mayor Dev Anand (Independent) -- who chairs the roads board -- told residents on Tuesday that the "
        "old bridge would close. ",
        "Priya Noor (Labour) \u2013 a former engineer \u2013 warned on Tuesday that the old bridge would have to close. ",
        # a name and a party in brackets, then a dash and a capital: the lede, not a dateline
        "John Smith (Labour) -- The MP said on Tuesday the old bridge would have to close. ",
        "Tom Hale (Conservative) \u2014 The member for the ward warned on Tuesday that the old bridge would close. ",
        "Councillor Ruth Okafor (Green) - The vote on the old bridge was put back on Tuesday. ",
        "Ann Lee (Independent) -- Residents will lose the old bridge next week, the councillor said on Tuesday. ",
    ],
)
def test_a_place_or_a_parenthesis_that_is_part_of_the_sentence_stays(opening):
    summary = lead_summary(Document(opening + STORY))
    assert summary.text.startswith(opening.split()[0])


# --- a second sentence that only repeats the first ---------------------------------------------

def test_a_second_sentence_that_repeats_the_lede_gives_way():
    text = (
        "The city council closed the old Main Street bridge on Tuesday after engineers found deep cracks "
        "in its supports.\n\n"
        "The old Main Street bridge was closed by the city council on Tuesday after the cracks were found.\n\n"
        "Drivers will have to use the ring road for a year while repairs to the bridge supports are made.\n\n"
        "The council said the engineers had checked the bridge supports twice before closing it."
    )
    summary = lead_summary(Document(text))
    assert summary.text.startswith("The city council closed")
    assert "was closed by the city council" not in summary.text


def test_a_caption_restating_the_lede_with_a_label_gives_way():
    text = (
        "A baker in a small coastal town has won a national prize for a loaf made with seaweed flour, "
        "the judges announced on Sunday.\n\n"
        "Proud: The baker won the national prize for his loaf made with seaweed flour, the judges said.\n\n"
        "The seaweed loaf beat 300 other entries from bakeries across the country in the final round.\n\n"
        "The baker said he had spent two years getting the seaweed flour right."
    )
    summary = lead_summary(Document(text))
    assert "Proud:" not in summary.text
    assert "seaweed" in summary.text


def test_a_second_sentence_that_shares_the_subject_but_adds_news_stays():
    text = (
        "The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks.\n\n"
        "The old bridge carries 40,000 cars a day, and shops near the bridge fear the closure will cost "
        "them customers.\n\n"
        "A spokesman said the decision had been hard.\n\n"
        "The council has closed two other bridges in the last decade."
    )
    summary = lead_summary(Document(text))
    assert "40,000 cars a day" in summary.text


def test_a_second_sentence_that_names_the_same_people_and_moves_on_stays():
    text = (
        "Two climbers who went missing on the north face of the mountain were found alive by rescuers on Friday.\n\n"
        "The two climbers were flown to hospital in the valley with frostbite, and both are expected to "
        "recover, doctors at the hospital said.\n\n"
        "The mountain has claimed eleven lives since the spring, and the rescue service has asked for more "
        "money.\n\n"
        "The climbers had set out on Tuesday."
    )
    summary = lead_summary(Document(text))
    assert "flown to hospital" in summary.text


# --- front matter before the dateline: an editor's note, a caption -----------------------------

def test_front_matter_before_a_dateline_with_an_agency_is_not_the_lede():
    text = (
        "Editor's note: Our correspondents report from towns along the river this week. "
        "Here, one of them walks the dry banks.\n\n"
        "A fisherman on the cracked riverbed at dawn.\n\n"
        "MEMPHIS, Tennessee (CNN) -- The river has dropped to its lowest level in a century, stranding "
        "barges and closing two ports on Monday.\n\n"
        "Shipping companies said the barges could wait for weeks before the river rises again.\n\n"
        "The ports handle a third of the region's grain exports, the port authority said."
    )
    summary = lead_summary(Document(text))
    assert summary.text.startswith("The river has dropped")
    assert "Editor" not in summary.text


def test_an_editors_note_is_not_the_summary_even_without_a_dateline():
    text = "Editor's note: This story was updated on Wednesday with new figures from the council.\n\n" + STORY
    summary = lead_summary(Document(text))
    assert summary.text.startswith("The council voted on Tuesday")


def test_a_shouted_slogan_later_in_the_story_does_not_remove_the_lede():
    text = (
        STORY + "\n\n"
        "SAVE OUR BRIDGE -- protesters chanted outside the council building on Tuesday evening after the vote."
    )
    summary = lead_summary(Document(text))
    assert summary.text.startswith("The council voted on Tuesday")


def test_a_later_paragraph_with_a_dateline_does_not_remove_a_lede_that_has_one():
    text = (
        "WASHINGTON (Reuters) - The Senate passed a bill on Monday to fund the highway agency for two more "
        "years, sending it to the president.\n\n"
        "The bill passed by 71 votes to 28 after a week of debate over its cost to the highway fund.\n\n"
        "NEW YORK (Reuters) - Shares of construction firms rose on the news, traders said on Monday."
    )
    summary = lead_summary(Document(text))
    assert summary.text.startswith("The Senate passed a bill")


# --- a sentence that ends inside a quotation keeps its closing mark ----------------------------

@pytest.mark.parametrize("open_q,close_q", [('"', '"'), ("\u201c", "\u201d")])
def test_a_lede_ending_inside_a_quotation_keeps_its_closing_mark(open_q, close_q):
    text = (
        f"The old wing of the county hospital on the hill is known to its nurses as the {open_q}cold corridor.{close_q} "
        "Patients there wait longer for heating repairs than anywhere else in the county, a report found on Monday.\n\n"
        "The county said the repairs to the hospital heating would start in the new year."
    )
    summary = lead_summary(Document(text))
    assert f"{open_q}cold corridor.{close_q}" in summary.text
    assert " ".join(text[s:e] for s, e in summary.spans) == summary.text


def test_a_sentence_with_its_quotation_closed_takes_no_mark_from_the_next():
    text = (
        'The mayor called the vote to close the old bridge "a hard choice" for the town on Tuesday. '
        '"We had no other way," the mayor told reporters at the town hall after the vote on Tuesday evening.\n\n'
        "Drivers will have to use the ring road for at least a year while the old bridge is repaired."
    )
    summary = lead_summary(Document(text))
    first = summary.text[: summary.spans[0][1] - summary.spans[0][0]]
    assert first.endswith("for the town on Tuesday.")
    assert " ".join(text[s:e] for s, e in summary.spans) == summary.text


# --- a second sentence must not lean on a name only a skipped sentence introduced --------------

def test_a_surname_introduced_by_a_skipped_sentence_brings_that_sentence_instead():
    text = (
        "A regional court on Thursday ordered a chemical plant near the river to halt production after a "
        "leak killed thousands of fish in the river.\n\n"
        "Judge Martina Keller said the company had ignored three warnings from inspectors last year.\n\n"
        "Keller's order also makes the chemical plant pay for cleaning the river and restocking the fish "
        "killed by the leak from the plant.\n\n"
        "The company said it would appeal."
    )
    summary = lead_summary(Document(text))
    assert "Judge Martina Keller said" in summary.text
    assert "Keller's order" not in summary.text


def test_a_surname_after_a_title_counts_as_the_surname_alone():
    text = (
        "The mayor of a northern port city has resigned after a row over the sale of the city harbour to "
        "a private company.\n\n"
        "Tomas Varga, who had led the city for nine years, announced his decision at a council meeting on "
        "Monday.\n\n"
        "Mr Varga said the sale of the city harbour to the private company had been the hardest decision "
        "of his time as mayor of the port city.\n\n"
        "The company has promised to keep the harbour open to fishing boats."
    )
    summary = lead_summary(Document(text))
    assert "Tomas Varga, who had led the city" in summary.text
    assert "Mr Varga said" not in summary.text


def test_a_sentence_that_names_its_person_in_full_stays():
    text = (
        "The mayor of a northern port city has resigned after a row over the sale of the city harbour to "
        "a private company.\n\n"
        "Tomas Varga, who had led the city for nine years, announced his decision on Monday.\n\n"
        "Harbour master Elena Brandt said fishing crews had collected 4,000 signatures against the sale "
        "of the harbour in a week.\n\n"
        "Boats still use it."
    )
    summary = lead_summary(Document(text))
    assert "Harbour master Elena Brandt said" in summary.text


def test_a_surname_the_lede_already_gave_stays():
    text = (
        "Mayor Tomas Varga of a northern port city has resigned after a row over the sale of the city "
        "harbour to a private company.\n\n"
        "The council will choose a new mayor next month.\n\n"
        "Varga said fishing crews had collected 4,000 signatures against the sale of the harbour in a "
        "single week.\n\n"
        "The company has promised to keep the harbour open to fishing boats."
    )
    summary = lead_summary(Document(text))
    assert "Varga said fishing crews" in summary.text


def test_a_body_the_article_also_writes_in_lower_case_is_not_a_surname():
    text = (
        "Residents of a river town have been told to boil their tap water after a burst main flooded the "
        "treatment works on Sunday.\n\n"
        "A spokesman for Riverside Council said engineers were working through the night.\n\n"
        "Council engineers expect the treatment works to be back in service by Wednesday, and the boil "
        "notice on tap water will stay in place until then, the council said.\n\n"
        "Bottled water is being handed out at the town hall."
    )
    summary = lead_summary(Document(text))
    assert "Council engineers expect" in summary.text


# --- a quotation whose speaker is only a pronoun ------------------------------------------------

def test_a_quotation_attributed_to_he_or_she_is_not_the_second_sentence():
    text = (
        "The last bookshop on the high street of a small market town will close next month after 60 years, "
        "its owner announced on Saturday.\n\n"
        "\"This bookshop has been my whole life and the town's bookshop for 60 years,\" she said on Saturday "
        "outside the bookshop.\n\n"
        "Rising rents and online sales have closed four other shops on the high street since the spring.\n\n"
        "The town council said it would look for a new tenant."
    )
    summary = lead_summary(Document(text))
    assert "she said" not in summary.text


def test_a_quotation_with_its_speaker_named_can_be_the_second_sentence():
    text = (
        "The last bookshop on the high street of a small market town will close next month after 60 years, "
        "its owner announced on Saturday.\n\n"
        "\"This bookshop has been my whole life and the town's bookshop for 60 years,\" owner Ruth Adley "
        "said on Saturday outside the bookshop.\n\n"
        "It opened in 1965.\n\n"
        "The town council said it would look for a new tenant."
    )
    summary = lead_summary(Document(text))
    assert "owner Ruth Adley said" in summary.text
