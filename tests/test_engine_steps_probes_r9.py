"""Next steps on invented news in other outlets' manner, round 9: US regional papers, tabloids,
business wires, magazine features, opinion columns, sport and tech news. Steps told as promises,
work under way, schedules and launches; look-alikes that are not steps (past agreements,
economists' outlooks, plans already carried out, a columnist's "should", what a product will do,
events already held, a feature's scene-setting, appearances and unknowns). Each batch was written
before the engine was run on it; the first-pass rates are in bench/README.md ("Round 9: next steps
on other outlets' news")."""

from __future__ import annotations

import pytest
from step_probe_support import assert_story_steps, next_steps_in

# Batch 1 (blind).
NEXT_STEPS = (
    # US regional
    "The school board will vote on the proposal at its Jan. 12 meeting.",
    "A public hearing on the rezoning is scheduled for 7 p.m. Tuesday at Town Hall.",
    "Calling hours will be held Thursday from 4 to 7 p.m. at the Smith Funeral Home.",
    "The township committee is expected to introduce the ordinance next month.",
    "Route 9 will remain closed through Friday while crews repair the water main.",
    "The new library branch on Elm Street is set to open in the fall of 2027.",
    pytest.param(
        "The credit union has partnered with a Portland brokerage and will offer wealth management services to its members.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="gap: an undated 'will' with no one the people index knows reads as how things will be "
            "('the combined company will operate 3,400 stores')",
        ),
    ),
    # tabloid
    "The Brooklyn man is due back in court Dec. 3.",
    pytest.param(
        "He faces up to 25 years behind bars if convicted.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="gap: found at the threshold score with no name or time and dropped by the ranker",
        ),
    ),
    "Cops are still searching for a second suspect, police sources said.",
    "Investigators are still trying to determine whether the nanny had an accomplice.",
    # business wire
    "The company will report fourth-quarter results on Feb. 4.",
    "The tender offer expires at 5 p.m. New York time on Jan. 15.",
    "The acquisition is expected to close in the first half of 2027, pending shareholder approval.",
    "Apple is appealing the ruling and has said it will take the case to the Supreme Court if necessary.",
    "The carmaker now promises it will do a better job of testing its software before release.",
    # magazine feature
    "The new president is promising to bring order to the procurement system.",
    "She hopes to open a second bakery in the spring.",
    "Khan is planning to build a cold-storage warehouse outside Kandahar.",
    "The search now seems certain to shift to a recovery effort.",
    "Water samples are being tested to determine whether the spill reached the reservoir.",
    # sport
    "The Wolverines host Ohio State on Saturday at noon.",
    "Smith is expected to miss four to six weeks with a sprained ankle.",
    "The league is expected to review the hit on Monday.",
    "Game 7 is Wednesday night in Boston.",
    # tech
    "The update will roll out to all users next month.",
    "Preorders begin Friday, with shipping starting Oct. 24.",
    "An Android version will follow later this year.",
)

NOT_NEXT_STEPS = (
    # past agreements and plans already carried out
    "The city agreed last year to pay the family $1.2 million to settle the lawsuit.",
    "In 2019 the two firms agreed to share the cost of the pipeline, a deal that collapsed a year later.",
    "The mayor had said he would veto the ordinance, and on Tuesday he did.",
    "The couple had originally planned to marry in June.",
    "The Hendersons had initially hoped to drive to Ohio for the holiday, but the storm changed their minds.",
    # economists' and analysts' outlooks
    "Economists say inflation will probably ease through the rest of the year.",
    "Capital Economics thinks the economy will contract in the second half.",
    "Most forecasters expect growth of about 2 percent next year.",
    "Analysts at Barclays see the stock climbing to $180 over the next 12 months.",
    "Home prices will likely cool further in 2027, according to Zillow economists.",
    "Shares could rise as much as 20 percent if the deal goes through, analysts said.",
    # opinion columns
    "Congress should stop pretending the deficit does not matter.",
    "The league should scrap the replay rule before next season.",
    "In the world these companies want to build, every commute would be priced by the minute.",
    "What this city needs is a mayor who will fix the potholes.",
    "The idea may sound far-fetched, but it is not new.",
    "It might look like a toy, but the drone can fly for an hour.",
    # what a product will do
    "The watch will come in three colors and will ship with a USB-C charger.",
    "The app will let users split restaurant bills with friends.",
    "The acquisition will make Acme the third-largest cereal maker in the country.",
    # events already held
    "The festival ran from Friday to Sunday at the county fairgrounds.",
    "Local artists were invited to perform at the June 5 benefit concert, which raised $30,000.",
    "The event, held Saturday, drew about 500 people.",
    # feature scene-setting and narrative
    '"We are going to the market," she tells the driver.',
    "Ahmadi is going to show us the field where he grew up.",
    "Most of the passengers were tourists headed for Bali.",
    "The bus, headed for Atlantic City, overturned on the turnpike.",
    '"He will ruin me with my own money," the farmer complains.',
    # unknowns (open issues, not steps) and purposes
    "Fans are not sure who will replace the coach.",
    "It is unclear who will pay for the repairs.",
    "The mission of the food bank is to make sure no child in the county goes hungry.",
    # sport verdicts and counterfactuals
    "He will go down as one of the greatest linebackers to play the game.",
    "The Ducks could have won if they had made their free throws.",
    # tabloid
    "Fans will be glad to know the show is coming back.",
)


@pytest.mark.parametrize("sentence", NEXT_STEPS)
def test_promises_work_under_way_schedules_and_launches_are_steps(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_NEXT_STEPS)
def test_past_deals_outlooks_opinions_products_held_events_and_scenes_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


STORIES = {
    "council": (
        """WESTFIELD -- The Town Council on Tuesday approved a $4.2 million plan to rebuild the Elm Street bridge, ending a two-year debate over the crossing.

Construction is expected to begin in April and last about 18 months. The bridge will be closed to traffic during that time, and a detour will be posted on Route 28.

Council President Maria Lopez said the town had originally planned to repair the old span, but engineers found the steel beams too corroded. "We did the responsible thing," she said.

Residents can comment on the detour plan at a public meeting on Feb. 9 at 7 p.m. in the municipal building.

The bridge was built in 1958.""",
        (("Construction", "April"), ("detour",), ("public meeting",)),
        ("originally planned", "1958", "responsible thing"),
    ),
    "gadget": (
        """Sony on Wednesday unveiled the Aria 5, a smaller version of its noise-cancelling headphones, priced at $299.

The headphones will come in black, silver and blue and will last up to 40 hours on a charge, the company said.

Preorders open Thursday, and the headphones go on sale in the U.S. and Europe on Oct. 3. A cheaper model will follow early next year.

Analysts expect the category to keep growing as more people work from home.""",
        (("Preorders",), ("on sale", "Oct. 3"), ("cheaper",)),
        ("40 hours", "keep growing"),
    ),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_a_regional_or_tech_story_gives_its_dates_ahead_and_not_its_history(name: str) -> None:
    assert_story_steps(*STORIES[name])


# Batch 2 (blind: written after the rules for the classes the outlets' tune half showed, before the
# engine was run on these sentences): weather and the days ahead, opening hours, a fear told in a
# quotation, appearances, generic "someone who", an aim as a setting, "agree with" as an opinion;
# and look-alikes that stay steps (a storm's landfall, a promise made now, a reduced "set to" with
# its year, "would look to", a weekday after a clock time).
NEXT_STEPS_2 = (
    "Hurricane Lena is expected to make landfall near Corpus Christi on Wednesday.",
    "The utility has promised regulators that it will bury its power lines in fire zones.",
    "The mayor now promises she will hire 200 more officers.",
    pytest.param(
        "The stadium, set to open in the spring of 2028, will seat 60,000 fans.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="gap: a clause gets one cue; the main verb's capacity ('will seat 60,000') marks it "
            "down and the aside's schedule is not tried",
        ),
    ),
    pytest.param(
        "The company would look to cut costs through store closures, the chief executive said.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="gap: a 'would' attributed after it reads like a verdict or a condition told the same "
            "way ('would be deeply unpopular, analysts said'); taking it cost two earlier probes",
        ),
    ),
    "A candlelight vigil is planned for 7 p.m. Friday at Lincoln Park.",
    "The trial is expected to resume Monday in Essex County Superior Court.",
    "Snow removal crews will work through the weekend to clear side streets.",
    "The county agreed with the developer to build a new access road by 2028.",
)

NOT_NEXT_STEPS_2 = (
    "Temperatures will stay below freezing through the weekend.",
    "Heavy rain will continue into Tuesday, the National Weather Service said.",
    "Tomorrow will be a much colder day across the region.",
    "The museum is open from 10 a.m. to 5 p.m. Tuesday through Sunday.",
    '"They will take our land and give us nothing," one villager fears.',
    "The plan might seem generous, but it leaves out part-time workers.",
    "The new phone may feel familiar to anyone who owned the last one.",
    "It is a club where anyone who wants to play is welcome to join a team.",
    "In the city the governor wants to build, every neighborhood would have a park.",
    "Many parents agree with teachers regarding class sizes and are asking the board to do better.",
)


@pytest.mark.parametrize("sentence", NEXT_STEPS_2)
def test_landfalls_promises_made_now_and_us_schedules_are_steps(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_NEXT_STEPS_2)
def test_weather_hours_fears_appearances_and_settings_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


# Batch 3 (blind: written before the engine was run on these sentences): things named by a plan
# in a relative clause, the future of a past moment in features and obituaries ("would go on to"),
# sport and tabloid speculation, effects foreseen; schedules in US regional and sport style.
NEXT_STEPS_3 = (
    "The plants that the carmaker will close next year employ 20,000 people.",
    "The council will take up the measure at its next meeting.",
    "Opening statements are scheduled to begin Tuesday.",
    "Tickets go on sale Friday at 10 a.m. through the box office.",
    "The Mets visit Atlanta for a three-game series beginning Friday.",
    "The library will be closed Monday for Presidents Day.",
)

NOT_NEXT_STEPS_3 = (
    "The price that the tickets will be sold at has not been disclosed.",
    "Years later, she would become the first woman to lead the firm.",
    "He would go on to win three titles with the club.",
    "Little did they know the storm would change everything.",
    "The couple could be headed for divorce, sources say.",
    "The win should give the Tigers plenty of confidence heading into the playoffs.",
    "The stock has fallen 30 percent this year, and it could fall further.",
    "The chip will make phones faster and cheaper to run.",
)


@pytest.mark.parametrize("sentence", NEXT_STEPS_3)
def test_us_schedules_and_dated_plans_in_relative_clauses_are_steps(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_NEXT_STEPS_3)
def test_named_plans_futures_of_the_past_speculation_and_effects_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


# Batch 4 (blind: written before the engine was run on these sentences): more of the classes the
# task names, in new wording: product details and releases told as past, plans already carried
# out, events already held, outlooks, opinion "should"s; and a storm's course, which stays a step.
NEXT_STEPS_4 = (
    "The storm, now headed for the Carolinas, is expected to make landfall Thursday night.",
    "The console will be available in stores Nov. 15 for $499.",
    "Verizon said it would begin selling the phone next week.",
    "The company plans to release a cheaper version of the headset in 2027.",
)

NOT_NEXT_STEPS_4 = (
    # product details told with "will"
    "The new model will feature a larger screen and a faster processor.",
    "The laptop will come with 16 gigabytes of memory and a one-year warranty.",
    "Owners will be able to unlock the car with their phones.",
    # releases and plans already carried out
    "The phone, which went on sale in September, was expected to sell 10 million units in its first month.",
    "As planned, the company cut 500 jobs in March.",
    "The governor, who had vowed to veto any tax increase, signed the budget on Friday.",
    "Last month the firm said it would sell its European unit, a deal it completed on Tuesday.",
    # events already held
    "The parade, which was scheduled to start at 9 a.m., stepped off about 20 minutes late.",
    "About 300 people attended the vigil, which had been planned for weeks.",
    # outlooks
    "Wall Street analysts expect earnings to rise 8 percent in the fourth quarter.",
    "Economists polled by Bloomberg see unemployment peaking at 5 percent next year.",
    # opinion
    "The county should have acted years ago.",
    "Readers should not expect miracles from the new law.",
    "Someone should tell the mayor that potholes do not fix themselves.",
)


@pytest.mark.parametrize("sentence", NEXT_STEPS_4)
def test_a_storms_course_and_product_dates_ahead_are_steps(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_NEXT_STEPS_4)
def test_product_details_plans_carried_out_held_events_outlooks_and_opinions_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


# Batch 5 (blind: written before the engine was run on these sentences): legal challenges under
# way and reduced "set to" schedules, with their look-alikes.
NEXT_STEPS_5 = (
    "The union is challenging the decision in federal court.",
    "Both men are appealing their convictions.",
    "The former senator is contesting the ruling, his lawyer said.",
    "Workers broke ground on the clinic, set to open in the summer of 2027.",
)

NOT_NEXT_STEPS_5 = (
    "The idea is appealing to many young voters.",
    "The album, set to music by a local composer, was released in 2019.",
    "Climbing the route is challenging even for experienced guides.",
)


@pytest.mark.parametrize("sentence", NEXT_STEPS_5)
def test_challenges_under_way_and_reduced_schedules_are_steps(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_NEXT_STEPS_5)
def test_appealing_as_an_adjective_and_set_to_music_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence
