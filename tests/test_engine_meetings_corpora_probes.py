"""Meetings across corpora, probed blind with invented short articles (none copied from a corpus).

Round 10 of issue 13: the constructions whose misses recur in more than one family of real news
(dev, Wikinews, other outlets), and the false meetings that do. A meeting told by its noun with
"with X" whose other party is the clause's subject, its agent or the persons named just before
("They held talks with ..."); prizes and ceremonies; a court appearance by a defendant told by
role. Beside them what only reads like a meeting: "hearing a loud bang", topics discussed,
habitual "talks to his son", generic officers interviewing generic friends, a future "table will
be opened", an award received. Every expectation was written before the engine was run on the
batch; the first-pass rate is in bench/README.md ("Round 10: meetings across corpora").
"""

from __future__ import annotations

import pytest
from engine_support import gap_marks
from meeting_probe_support import KeyMeetingProbe as Probe
from meeting_probe_support import key_meeting_problems

PROBES = (
    # --- batch 1: a meeting noun with "with X"; the other party the subject, agent or persons before ---
    Probe(
        "wire-deal-after-negotiations-with-union",
        "Northway Airlines reached a tentative labour deal on Friday after three weeks of negotiations "
        "with the Air Line Pilots Association, the carrier said.\n\nThe agreement still needs a vote of "
        "the union's 4,000 members.\n",
        key=("Northway", "Association"),
    ),
    Probe(
        "broadsheet-they-held-talks-with-executives",
        "The delegation was led by Trade Secretary Ann Corby and her deputy, Raj Mehta. They held talks "
        "with executives from Siemens and Bosch in Munich on Monday.\n\nThe visit is the first by a "
        "British trade secretary since 2019.\n",
        key=("Corby", "Siemens"), place="Munich", when="Monday",
    ),
    Probe(
        "business-closure-announced-by-company-after-negotiations",
        "The closure of the Gary mill was announced by Halvorsen Steel on Wednesday after months of "
        "negotiations with the United Steelworkers.\n\nAbout 900 jobs will go.\n",
        key=("Halvorsen", "Steelworkers"),
    ),
    Probe(
        "tabloid-settlement-with-retailer",
        "Publisher Brightwater Books announced a settlement with Amazon on Thursday over the price of "
        "e-books sold on the site.\n\nThe dispute had kept Brightwater titles off the site for months.\n",
        key=("Brightwater", "Amazon"),
    ),
    Probe(
        "wikinews-officials-held-negotiations-with-company",
        "Monday, May 2, 2022\n\nAir Force officials held months of negotiations with Boeing over the "
        "lease of 80 tanker aircraft, according to emails released on Monday.\n\nThe deal was later "
        "cancelled.\n",
        key=("Force", "Boeing"),
    ),
    Probe(
        "broadsheet-chancellor-series-of-meetings",
        "The Chancellor, Rachel Hume, held a series of meetings with the heads of Barclays and Lloyds "
        "this week, the Treasury said.\n\nMs Hume wants the banks to lend more to small firms.\n",
        key=("Hume", "Barclays"),
    ),
    Probe(
        "wire-government-began-negotiations-with-federation",
        "LIMA (Reuters) - Peru's government on Wednesday began negotiations with the National Mining "
        "Federation to end a strike that has shut three copper mines.\n\nThe talks will resume on "
        "Friday.\n",
        key=("Peru", "Federation"), when="Wednesday",
    ),
    # --- batch 1: prizes and ceremonies ---
    Probe(
        "caption-present-the-prize-to",
        "Actress Lena Park and businessman Omar Diallo present the Lumen Prize to physicist Ruth Adler "
        "on Saturday in Geneva. Adler won for her work on quantum sensors.\n",
        key=("Park", "Adler"),
    ),
    Probe(
        "wire-prize-awarded-to-committee-next",
        "OSLO — The 2031 Peace Prize was awarded on Friday to activist Maria Santos of Brazil. The "
        "Norwegian Nobel Committee praised her defence of the forest's peoples.\n\n\"This prize belongs "
        "to them,\" Santos said.\n",
        key=("Santos", "Committee"),
    ),
    Probe(
        "regional-ribbon-cutting-alongside-mayor",
        "Philanthropist Grace Holt attended a ribbon-cutting ceremony on Tuesday for the new library "
        "that bears her name. Holt cut the ribbon alongside Mayor Dan Ortiz.\n\nThe library opens to "
        "the public next week.\n",
        key=("Holt", "Ortiz"), when="Tuesday",
    ),
    # --- batch 1: a court appearance by a defendant told by role ---
    Probe(
        "regional-pleaded-in-a-courtroom-by-role",
        "A 41-year-old former youth pastor pleaded not guilty on Monday in a Tacoma courtroom to "
        "federal fraud charges.\n\nBrian Keller faces up to 20 years in prison if convicted.\n",
        key=("Keller",), place="Tacoma", when="Monday",
    ),
    # --- batch 1: what only reads like a meeting ---
    Probe(
        "wire-hearing-a-loud-bang",
        "Residents reported seeing a flash and hearing a loud bang near the plant on Thursday, the "
        "regional government was quoted as saying by the Interfax news agency.\n",
        none=True,
    ),
    Probe(
        "wikinews-discussed-problems",
        "In accepting the award, Dr Amina Kim said she was humbled, and discussed social and economic "
        "problems that still face the region.\n",
        none=True,
    ),
    Probe(
        "magazine-habitual-talks-to-his-son",
        "Mayor Ben Castell, who spoke frankly about how he talks to his teenage son about the police, "
        "has been blamed by the union.\n",
        none=True,
    ),
    Probe(
        "wikinews-generic-officers-interviewed-friends",
        "Detectives travelled to Spain and interviewed her friends and family.\n\nNo charges were "
        "brought.\n",
        none=True,
    ),
    Probe(
        "wikinews-future-table-will-be-opened",
        "Undersecretary Marco Bellini said \"a discussion table will be opened with the unions\" after "
        "the ruling.\n",
        none=True,
    ),
    Probe(
        "wikinews-award-received-in-a-quote",
        "His daughter, Priya Rao, wrote: \"Last year my father received the Order of Merit. It was the "
        "happiest day for me.\"\n",
        none=True,
    ),
    Probe(
        "wire-negotiations-expected-to-resume",
        "Negotiations with the Canadian Auto Workers are expected to resume next week, Maple Motors "
        "said on Monday.\n",
        none=True,
    ),
    Probe(
        "business-refused-talks-with-union",
        "Keystone Foods has refused any talks with the Teamsters, its chief executive said.\n",
        none=True,
    ),
    # --- batch 2 (written after batch 1's fixes, before running: do they carry?) ---
    Probe(
        "b2-broadsheet-held-talks-with-teamsters",
        "Transport Secretary Lia Ford held talks with the Teamsters on Thursday in a bid to end the "
        "strike.\n\nThe walkout has closed four ports.\n",
        key=("Ford", "Teamsters"), when="Thursday",
    ),
    Probe(
        "b2-business-executives-began-negotiations",
        "Volkswagen executives began negotiations with IG Metall on Monday over 30,000 job cuts.\n\n"
        "The union has threatened strikes.\n",
        key=("Volkswagen", "Metall"), when="Monday",
    ),
    Probe(
        "b2-wire-they-held-talks-with-premier",
        "Foreign ministers Anna Berg of Sweden and Jonas Lind of Norway arrived in Riga on Sunday. They "
        "held talks with Latvian Prime Minister Edgars Ozols on Monday.\n",
        key=("Berg", "Ozols"), when="Monday",
    ),
    Probe(
        "b2-caption-presents-the-medal",
        "President Ana Ruiz presents the Medal of Honor to Sergeant Tom Hale at the White House on "
        "Friday.\n",
        key=("Ruiz", "Hale"), when="Friday",
    ),
    Probe(
        "b2-uk-appeared-in-a-courtroom-by-age",
        "A 29-year-old nurse appeared in a Leeds courtroom on Wednesday charged with theft from "
        "patients.\n\nSarah Hill was remanded in custody.\n",
        key=("Hill",), place="Leeds", when="Wednesday",
    ),
    Probe(
        "b2-feature-unveiling-standing-alongside",
        "Astronaut Kim Reyes joined the unveiling of the new space museum on Saturday, standing "
        "alongside Governor Paul Grant.\n",
        key=("Reyes", "Grant"), when="Saturday",
    ),
    Probe(
        "b2-business-chipmaker-settlement",
        "Chipmaker Zentrix announced a settlement with Intel on Monday, ending a six-year patent "
        "fight.\n",
        key=("Zentrix", "Intel"), when="Monday",
    ),
    Probe(
        "b2-neg-negotiations-will-resume",
        "Negotiations with the Teamsters will resume on Monday, the company said.\n",
        none=True,
    ),
    Probe(
        "b2-neg-talks-called-off",
        "The talks with Siemens, which had been expected this week, were called off.\n",
        none=True,
    ),
    Probe(
        "b2-neg-alongside-at-press-conference",
        "After the ceremony, Senator Rosa Vidal stood alongside Mayor Dan Ortiz at a press conference.\n",
        none=True,
    ),
    Probe(
        "b2-neg-cheered-alongside-no-event",
        "Fans cheered alongside coach Ray Miles as the team won the final.\n",
        none=True,
    ),
    Probe(
        "b2-neg-hearing-a-lot",
        "Investors are hearing a lot of noise about rates, analyst Joe Park said.\n",
        none=True,
    ),
    Probe(
        "b2-neg-talks-would-continue",
        "A company spokesman said talks with Boeing over the lease would continue.\n",
        none=True,
    ),
    # --- batch 3 (written after batch 2's fixes, before running: other styles, the new rules' edges) ---
    Probe(
        "b3-sport-club-talks-with-unindexed-club",
        "Manchester United held talks with Napoli on Tuesday over a move for the striker, the club "
        "confirmed.\n",
        key=("United", "Napoli"), when="Tuesday",
    ),
    Probe(
        "b3-court-pleaded-guilty-in-a-courtroom-by-age",
        "A 52-year-old businessman pleaded guilty on Thursday in a Manhattan courtroom to bribing city "
        "inspectors.\n\nVictor Lanz admitted paying $2 million over six years.\n",
        key=("Lanz",), when="Thursday",
    ),
    Probe(
        "b3-wire-officials-talks-with-representatives-of",
        "VIENNA (Reuters) - Ukrainian energy minister Olha Marchuk held talks with representatives of "
        "Gazprom on Wednesday over gas transit.\n",
        key=("Marchuk", "Gazprom"), when="Wednesday",
    ),
    Probe(
        "b3-neg-council-addressing-the-shortage",
        "The council is addressing the shortage of housing with new rules, Mayor Ann Lee said on "
        "Monday.\n",
        none=True,
    ),
    Probe(
        "b3-neg-ministers-addressing-concerns",
        "Ministers were addressing concerns raised by farmers, the agriculture department said.\n",
        none=True,
    ),
    Probe(
        "b3-neg-workers-alongside-after-unveiling-delayed",
        "The unveiling of the statue was delayed. Workers laboured alongside engineer Tom Park through "
        "the night.\n",
        none=True,
    ),
    Probe(
        "b3-neg-seeking-a-settlement",
        "Acme Corp is seeking a settlement with Intel, its lawyer said on Friday.\n",
        none=True,
    ),
    Probe(
        "b3-neg-report-presents-the-findings",
        "The report presents the findings to the board, which meets next month.\n",
        none=True,
    ),
    Probe(
        "b3-neg-talks-with-monday-deadline",
        "Union leader Rosa Marin said talks with Delta Foods would begin next week.\n",
        none=True,
    ),
    # --- batch 4 (written after batch 3, before running: more outlets' wordings of the same classes) ---
    Probe(
        "b4-wire-met-with-representatives-of-unindexed",
        "Union leader Carla Dias met with representatives of Maersk on Friday in Rotterdam to discuss "
        "the strike.\n",
        key=("Dias", "Maersk"), place="Rotterdam", when="Friday",
    ),
    Probe(
        "b4-broadsheet-held-a-meeting-with-association",
        "Health Minister Omar Sayed held a meeting with the British Medical Association on Tuesday to "
        "end the doctors' strike.\n",
        key=("Sayed", "Association"), when="Tuesday",
    ),
    Probe(
        "b4-royal-presented-medals-to-a-crew",
        "Prince William presented the medals to the winning crew at a ceremony in Plymouth on Sunday.\n",
        key=("William", "crew"), when="Sunday",
    ),
    Probe(
        "b4-court-former-marine-pleaded-in-courtroom",
        "A former Marine pleaded guilty on Tuesday in a San Diego courtroom to smuggling migrants.\n\n"
        "David Cruz, 34, faces up to 10 years in prison.\n",
        key=("Cruz",), when="Tuesday",
    ),
    Probe(
        "b4-campaign-speaking-to-thousands",
        "Speaking to thousands of supporters in Lagos on Saturday, candidate Bola Ade promised jobs.\n",
        key=("Ade", "supporters"), when="Saturday",
    ),
    Probe(
        "b4-wire-pope-addressed-a-crowd",
        "VATICAN CITY (AP) - Pope Leo addressed a crowd of 50,000 in St Peter's Square on Sunday.\n",
        key=("Leo", "crowd"), when="Sunday",
    ),
    Probe(
        "b4-neg-ceremony-next-month-alongside",
        "The museum will hold a ribbon-cutting ceremony next month alongside Mayor Dan Ortiz.\n",
        none=True,
    ),
    Probe(
        "b4-neg-oscar-awarded-in-2004",
        "The Oscar was awarded to the film's director in 2004, the academy said.\n",
        none=True,
    ),
    Probe(
        "b4-neg-talks-have-not-taken-place",
        "Talks with the Teamsters have not taken place since March, the company said.\n",
        none=True,
    ),
    Probe(
        "b4-neg-demanded-talks-with",
        "The union demanded talks with Amazon over pay.\n",
        none=True,
    ),
    # --- batch 5 (written before running: the brief's construction list, in fresh wordings) ---
    Probe(
        "b5-relative-clause-met-with-key",
        "Senator Maria Okafor, who met with Defense Secretary Paul Brandt on Tuesday, said the base "
        "would stay open.\n\n\"We had a good talk,\" Okafor said.\n",
        key=("Okafor", "Brandt"), when="Tuesday",
    ),
    Probe(
        "b5-headline-like-lead-summit-noun",
        "Summit in Hanoi: Presidents Lee Jae-sung and Nguyen Van Binh agree on trade.\n\nThe two "
        "leaders met for three hours on Monday.\n",
        key=("Lee", "Nguyen"), when="Monday",
    ),
    Probe(
        "b5-roles-only-visit",
        "The French president visited Kyiv on Friday. Emmanuel Roux met Ukrainian President Oleh "
        "Marchenko at the presidential palace.\n",
        key=("Roux", "Marchenko"), when="Friday",
    ),
    Probe(
        "b5-senate-hearing-noun",
        "At a Senate hearing on Wednesday, Federal Reserve chair Janet Moore told the Banking Committee "
        "that rates would stay high.\n",
        key=("Moore", "Committee"), when="Wednesday",
    ),
    Probe(
        "b5-trial-opened",
        "The trial of former minister Karl Weiss opened on Monday at the Vienna Regional Court.\n",
        key=("Weiss", "Court"), when="Monday",
    ),
    Probe(
        "b5-session-of-the-security-council",
        "Russia's ambassador Vasily Orlov addressed an emergency session of the UN Security Council on "
        "Thursday.\n",
        key=("Orlov", "Council"), when="Thursday",
    ),
    Probe(
        "b5-interview-in-passing-results-story",
        "Shares of Brightline Energy fell 8% on Monday after the company cut its forecast.\n\nChief "
        "executive Tom Hale said in an interview with CNBC that demand would recover.\n\nAnalysts "
        "expect a loss in the third quarter.\n",
        none=True,
    ),
    Probe(
        "b5-conference-keynote",
        "Nobel laureate Ada Chen gave the keynote address at the World Health Assembly in Geneva on "
        "Monday.\n",
        key=("Chen", "Assembly"), when="Monday",
    ),
    Probe(
        "b5-neg-rally-planned",
        "Opposition leader Sam Odhiambo plans a rally in Nairobi next week.\n",
        none=True,
    ),
    Probe(
        "b5-neg-summit-postponed",
        "The summit between President Lee and Prime Minister Sato, set for Friday, has been postponed.\n",
        none=True,
    ),
)

# Probes that still fail, each naming its gap (strict: one that passes must leave this list).
GAPS: dict[str, str] = {
    "wire-government-began-negotiations-with-federation": "the party is told as \"Peru's government\" (the "
    "country's body, as Round 6 reads \"Iceland's parliament\"); the probe's 'Peru' asks for the country",
}


@pytest.mark.parametrize("probe", [pytest.param(p, id=p.id, marks=gap_marks(p.id, GAPS)) for p in PROBES])
def test_a_meeting_across_corpora_is_read_as_the_gold_reads_it(probe: Probe) -> None:
    assert key_meeting_problems(probe) == []
