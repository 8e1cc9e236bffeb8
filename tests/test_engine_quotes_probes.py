"""Quotes by construction: invented news paragraphs, one per way English news writing quotes someone.

Each probe names the quotations a careful reader finds and who said them (the last word of the
speaker's name, or the head noun of an unnamed speaker's description; several are alternatives).
None of these sentences comes from a corpus: they cover the constructions (wire and British styles,
speaker before, inside and after the quotation, titles and appositives, back-references across
paragraphs, marks of every kind, organisations, documents, interviews, posts) so that the rules hold
on news nobody tuned them for.
"""

from __future__ import annotations

import pytest
from quote_probe_support import assert_article_speakers, assert_quotations

from briefs.engine.doc import Document
from briefs.engine.people import find_people

# (id, article text, [(quotation, speaker alternatives "a|b")], number of quotes expected or None)
PROBES: list[tuple[str, str, list[tuple[str, str]], int | None]] = [
    # --- wire style: quotation first, speaker after ---
    (
        "wire-said-after",
        'The council voted to close the library.\n\n"We will not back down," Paula Smith said on Tuesday.',
        [("We will not back down", "smith")],
        1,
    ),
    (
        "wire-inverted-with-appositive",
        'Shares fell sharply.\n\n"The vote is close," said Maria Lopez, a senior analyst at Brightwater Capital.',
        [("The vote is close", "lopez")],
        1,
    ),
    (
        "told-reporters",
        'Rescue teams reached the village.\n\n"It is a sad day for all of us," Gareth Jones told reporters on Tuesday.',
        [("It is a sad day for all of us", "jones")],
        1,
    ),
    (
        "added",
        'Officials ordered an inquiry.\n\n"Safety comes first, always," Chen Bo added.',
        [("Safety comes first, always", "bo")],
        1,
    ),
    (
        "asked",
        'Residents packed the hall.\n\n"Who will pay for this?" asked Peter Mold, a local councillor.',
        [("Who will pay for this?", "mold")],
        1,
    ),
    (
        "speaker-inside-quote",
        'The team lost again.\n\n"We did our best," Tom Adams said, "but it was not enough on the day."',
        [("We did our best", "adams"), ("but it was not enough on the day", "adams")],
        None,
    ),
    (
        "says-present-of",
        'Markets are jittery.\n\n"The market is nervous about the budget," says Julia Wren of Halden Partners.',
        [("The market is nervous about the budget", "wren")],
        1,
    ),
    (
        "age-after-name",
        'The factory will close in June.\n\n"I have worked here for thirty years," Ron Tapper, 58, said.',
        [("I have worked here for thirty years", "tapper")],
        1,
    ),
    (
        "told-news-agency",
        'The ceasefire held overnight.\n\n"People are starting to come back," Hana Sato told The Associated Press.',
        [("People are starting to come back", "sato")],
        1,
    ),
    # --- British style: speaker first, colon, single marks ---
    (
        "colon-double",
        'The bill passed its second reading.\n\nMr Lopez said: "We expect more cuts next year."',
        [("We expect more cuts next year", "lopez")],
        1,
    ),
    (
        "colon-single-british",
        "Ministers were criticised.\n\nMr Hughes said: 'It is a shambles from start to finish.'",
        [("It is a shambles from start to finish", "hughes")],
        1,
    ),
    (
        "single-inverted-courtesy",
        "The charity won the award.\n\n'We are delighted and humbled,' said Ms Grey.",
        [("We are delighted and humbled", "grey")],
        1,
    ),
    (
        "single-colon-unclosed",
        "The strike entered its third week.\n\nUnion leader Frank Hughes said: 'We will not give in to threats.",
        [("We will not give in to threats", "hughes")],
        1,
    ),
    (
        "told-inquiry-single",
        "The inquiry resumed on Monday.\n\nMr Sharma, 61, told the inquiry: 'I regret every decision I made that night.'",
        [("I regret every decision I made that night", "sharma")],
        1,
    ),
    (
        "told-outlet-colon",
        'The plan was announced last week.\n\nMs Park told the BBC: "I was not consulted at any stage."',
        [("I was not consulted at any stage", "park")],
        1,
    ),
    # --- titles before the name ---
    (
        "title-club-coach",
        'Rovers won 2-0.\n\n"We were the better side," said Rovers coach Ann Bell.',
        [("We were the better side", "bell")],
        1,
    ),
    (
        "title-party-mp",
        'The bill faces a rebellion.\n\n"The numbers do not add up," said Labour MP Dan Crisp.',
        [("The numbers do not add up", "crisp")],
        1,
    ),
    (
        "title-inverted-office",
        'Talks ended without a deal.\n\n"We remain ready to talk," said Foreign Secretary Tom Reed.',
        [("We remain ready to talk", "reed")],
        1,
    ),
    (
        "long-role-before-name",
        'Production stopped at the mine.\n\n"We saw nothing unusual," said the company\'s chief operating officer, Karen Alba.',
        [("We saw nothing unusual", "alba")],
        1,
    ),
    (
        "inverted-long-affiliation",
        'Cases are rising.\n\n"We are not there yet," said Dr Helen Brooks, director of the Marlow Institute for Public Health.',
        [("We are not there yet", "brooks")],
        1,
    ),
    (
        "someones-spokesman",
        'The mayor was absent.\n\n"We are hopeful of a deal," said Ben Cruz, the mayor\'s spokesman.',
        [("We are hopeful of a deal", "cruz")],
        1,
    ),
    (
        "premier-told-parliament",
        'The budget was tabled.\n\n"This is a historic day," Premier Li Ming told parliament.',
        [("This is a historic day", "ming|li")],
        1,
    ),
    # --- appositives and long roles before the verb ---
    (
        "who-clause-subject",
        "The union met on Friday.\n\nNora Hale, who has led the union since 2019 and previously ran its legal office, said: "
        '"Members are angry and they are tired."',
        [("Members are angry and they are tired", "hale")],
        1,
    ),
    (
        "the-office-name-appositive-partial",
        'The vote was annulled.\n\nThe prime minister, Ana Silva, said the vote was "a disgrace to democracy".',
        [("a disgrace to democracy", "silva")],
        1,
    ),
    (
        "possessive-lawyer-named",
        'The trial opened in Leeds.\n\nSmith\'s lawyer, Jane Roe, said: "My client denies every charge."',
        [("My client denies every charge", "roe")],
        1,
    ),
    # --- back-references across paragraphs ---
    (
        "pronoun-nearest-fitting",
        "Energy Minister Raj Patel unveiled the plan on Monday.\n\n"
        "Opposition leader Sue Carr attacked it in parliament.\n\n"
        '"It is reckless and it is unfunded," she said.',
        [("It is reckless and it is unfunded", "carr")],
        1,
    ),
    (
        "pronoun-nearest-subject-same-gender",
        "Coach Mark Doyle was sacked on Sunday.\n\n"
        "His assistant, Peter Kemp, was promoted to replace him.\n\n"
        '"I am honoured to lead this club," he said.',
        [("I am honoured to lead this club", "kemp")],
        1,
    ),
    (
        "the-minister-back-reference",
        "Finance Minister Omar Saleh met the bankers on Monday. Central bank governor Lina Haddad also attended.\n\n"
        '"Rates must fall this year," the minister said.',
        [("Rates must fall this year", "saleh")],
        1,
    ),
    (
        "the-governor-back-reference",
        "Finance Minister Omar Saleh met the bankers on Monday. Central bank governor Lina Haddad also attended.\n\n"
        '"Inflation is still too high," the governor said.',
        [("Inflation is still too high", "haddad")],
        1,
    ),
    (
        "role-meanwhile-said",
        "Finance Minister Omar Saleh flew to Paris. Protesters gathered outside.\n\n"
        'The finance minister meanwhile said: "There will be no new taxes."',
        [("There will be no new taxes", "saleh")],
        1,
    ),
    (
        "prepositional-mention-not-subject",
        'The talks lasted two hours.\n\nAfter talks with Mr Lee, Mr Cho said: "We found common ground on trade."',
        [("We found common ground on trade", "cho")],
        1,
    ),
    (
        "next-sentence-subject-not-taken",
        "Rebel leader Ali Noor said the fighters would return. "
        '"We will be back for good." Then a government spokesman countered: "That is a fantasy."',
        [("We will be back for good", "noor"), ("That is a fantasy", "spokesman")],
        2,
    ),
    # --- partial quotes inside a sentence ---
    (
        "partial-called",
        'The report was published on Monday.\n\nPatel called the report "deeply flawed" and said it would be ignored.',
        [("deeply flawed", "patel")],
        1,
    ),
    (
        "partial-said-that",
        'The deal was signed on Friday.\n\nHale said that the deal was "a fair compromise for both sides".',
        [("a fair compromise for both sides", "hale")],
        1,
    ),
    # --- multi-paragraph quotations and reopened quotations ---
    (
        "multi-paragraph",
        'The families met the police.\n\n"We have waited long enough," said Ruth Evans. "The families deserve answers.\n\n'
        '"We will keep fighting until they get them."',
        [
            ("We have waited long enough", "evans"),
            ("We will keep fighting until they get them", "evans"),
        ],
        None,
    ),
    (
        "multi-paragraph-speaker-first",
        'Ruth Evans spoke outside the court.\n\n"The families deserve answers.\n\n"We will keep fighting until they get them," she said.',
        [
            ("The families deserve answers", "evans"),
            ("We will keep fighting until they get them", "evans"),
        ],
        None,
    ),
    (
        "reopened-same-paragraph",
        'The storm hit the coast.\n\n"We must act now," Governor Amy Ross said. "Time is short and the money is running out."',
        [("We must act now", "ross"), ("Time is short and the money is running out", "ross")],
        2,
    ),
    (
        "reopened-without-closer",
        'The storm hit the coast.\n\nGovernor Amy Ross added: "We must act now. "Time is short and the money is running out."',
        [("We must act now", "ross"), ("Time is short and the money is running out", "ross")],
        None,
    ),
    # --- closing marks of every kind ---
    (
        "two-apostrophe-closer",
        "The bridge reopened.\n\n``We are ready for the traffic,'' Sam Brown said.",
        [("We are ready for the traffic", "brown")],
        1,
    ),
    (
        "curly-double-apostrophe-closer",
        "The bridge reopened.\n\n\u201cWe are ready for the traffic,\u2019\u2019 Sam Brown said.",
        [("We are ready for the traffic", "brown")],
        1,
    ),
    (
        "curly-marks",
        "The bridge reopened.\n\n\u201cWe are ready for the traffic,\u201d Sam Brown said.",
        [("We are ready for the traffic", "brown")],
        1,
    ),
    (
        "quote-within-quote",
        "The trial heard evidence.\n\n\"He told me, 'Go home now,' and I did,\" Lucy Moss said.",
        [("He told me, 'Go home now,' and I did", "moss")],
        1,
    ),
    # --- documents and organisations ---
    (
        "statement-said-issuer",
        'Halden Mining issued a statement on Friday.\n\n"We regret the loss of life," the statement said.',
        [("We regret the loss of life", "mining")],
        1,
    ),
    (
        "ministry-said-in-statement",
        'The border was closed.\n\n"The border remains closed until further notice," the Interior Ministry said in a statement.',
        [("The border remains closed until further notice", "ministry")],
        1,
    ),
    (
        "in-a-statement-the-club-said",
        'Hartley Rovers sacked their manager on Sunday.\n\nIn a statement, the club said: "We thank him for his service."',
        [("We thank him for his service", "rovers")],
        1,
    ),
    (
        "organisation-colon",
        'A new strain was found.\n\nThe World Health Organization said: "The risk to the public remains low."',
        [("The risk to the public remains low", "organization")],
        1,
    ),
    (
        "spokeswoman-for-body",
        'The man was deported.\n\nA spokeswoman for the Home Office said: "We do not comment on individual cases."',
        [("We do not comment on individual cases", "spokeswoman|office")],
        1,
    ),
    (
        "witness-anonymous",
        'Fire broke out at dawn.\n\n"It was chaos," one witness, who asked not to be named, told Reuters.',
        [("It was chaos", "witness")],
        1,
    ),
    # --- according to, interviews, posts ---
    (
        "according-to-partial",
        'The plan faces opposition.\n\nThe plan is "dead on arrival," according to Senator Ruth Vance.',
        [("dead on arrival", "vance")],
        1,
    ),
    (
        "in-an-interview-with-outlet",
        'The director resigned in May.\n\nIn an interview with the Daily Courier, Grant Oakes said: "I have no regrets."',
        [("I have no regrets", "oakes")],
        1,
    ),
    (
        "wrote-on-x",
        'The vote failed.\n\n"This is a disgrace," Kim Ode wrote on X, formerly Twitter.',
        [("This is a disgrace", "ode")],
        1,
    ),
    (
        "posted-colon",
        'The bill was withdrawn.\n\nSenator Ray Cole posted on X: "This bill is dead and buried."',
        [("This bill is dead and buried", "cole")],
        1,
    ),
    (
        "wrote-on-facebook-appositive",
        'Floods hit the town.\n\n"Thank you to every volunteer," the mayor, Paul Dunn, wrote on Facebook.',
        [("Thank you to every volunteer", "dunn")],
        1,
    ),
    (
        "qa-interview",
        "Chief executive Laura Finch spoke to us about the recall.\n\n"
        "Q: What went wrong?\n\nA: We were too slow to act on the reports.\n\n"
        "Q: Will you resign?\n\nA: No. I intend to fix this.",
        [("We were too slow to act on the reports", "finch"), ("I intend to fix this", "finch")],
        None,
    ),
    # --- names that are also words ---
    (
        "surname-he",
        'Scientists met in Geneva.\n\nChinese scientist He Wei told the conference: "Our data is open to all."\n\n'
        '"We share everything we find," He said.',
        [("Our data is open to all", "wei|he"), ("We share everything we find", "wei|he")],
        2,
    ),
    (
        "surname-may",
        'The speech was short.\n\n"We will deliver on the vote," said Theresa May.\n\n"There is no going back," Mrs May said.',
        [("We will deliver on the vote", "may"), ("There is no going back", "may")],
        2,
    ),
    (
        "given-will",
        'The film premiered in London.\n\n"I never saw it coming," Will Turner said.',
        [("I never saw it coming", "turner")],
        1,
    ),
    (
        "given-mark",
        'The side was relegated.\n\n"We lost focus in the second half," Mark Hill said.',
        [("We lost focus in the second half", "hill")],
        1,
    ),
    # --- duplicates and what is not a quotation ---
    (
        "headline-duplicates-body",
        "'We will rebuild,' says mayor after floods\n\n"
        'Floods hit Dunmore on Monday.\n\n"We will rebuild," Mayor Paul Dunn said.',
        [("We will rebuild", "dunn")],
        1,
    ),
    (
        "caption-duplicates-body",
        'Floods hit Dunmore on Monday.\n\n"We will rebuild every home," Mayor Paul Dunn said.\n\n'
        'Mayor Paul Dunn: "We will rebuild every home."',
        [("We will rebuild every home", "dunn")],
        1,
    ),
    (
        "scare-and-title-quotes",
        'The so-called "peace plan" was rejected. The film "Dark Water" won the prize.',
        [],
        0,
    ),
    (
        "dash-aside-in-attribution",
        'The plant closed.\n\n"We had no warning," said Ivan Petrov \u2014 a shift manager for twenty years \u2014 on Monday.',
        [("We had no warning", "petrov")],
        1,
    ),
    (
        "insisted-with-role-subject",
        "Health Secretary Jo Marsh visited the hospital.\n\n"
        '"The NHS is not broken," the health secretary insisted.',
        [("The NHS is not broken", "marsh")],
        1,
    ),
    (
        "she-same-paragraph-named-first",
        'Judge Karen Wolfe sentenced the men on Friday. "These were cruel crimes," she said.',
        [("These were cruel crimes", "wolfe")],
        1,
    ),
    # --- more attribution verbs, passives, descriptions and documents ---
    (
        "standalone-after-subject",
        'Talks collapsed on Friday.\n\nAnna Smith was blunt about the failure. "We have failed the people of this city."',
        [("We have failed the people of this city", "smith")],
        1,
    ),
    (
        "split-quote-middle",
        'Growth slowed.\n\n"The economy," Anna Smith said, "is in real trouble this winter."',
        [("is in real trouble this winter", "smith")],
        None,
    ),
    (
        "appointed-in-may",
        'The board met.\n\n"We will change course," said Lena Fox, who was appointed in May.',
        [("We will change course", "fox")],
        1,
    ),
    (
        "statement-released-by-lawyer",
        'The actor was charged.\n\n"I am innocent of these charges," Ray Dunne said in a statement released by his lawyer.',
        [("I am innocent of these charges", "dunne")],
        1,
    ),
    (
        "statement-from-ministry-read",
        'Flights were grounded.\n\n"All airports will reopen on Monday," a statement from the transport ministry read.',
        [("All airports will reopen on Monday", "ministry")],
        1,
    ),
    (
        "report-by-body",
        'Amnesty International published a report on Tuesday.\n\n"Detainees were beaten and starved," the report said.',
        [("Detainees were beaten and starved", "international|amnesty")],
        1,
    ),
    (
        "speaking-to-reporters",
        'The summit ended.\n\nSpeaking to reporters in Geneva, Carla Weiss said: "Nobody got everything they wanted."',
        [("Nobody got everything they wanted", "weiss")],
        1,
    ),
    (
        "said-of",
        'The court ruled on Monday.\n\n"It is a victory for common sense," Ian Rook said of the decision.',
        [("It is a victory for common sense", "rook")],
        1,
    ),
    (
        "adding-that-partial",
        'Prices rose again.\n\n"Families are struggling," Ian Rook said, adding that the rise was "entirely avoidable".',
        [("Families are struggling", "rook"), ("entirely avoidable", "rook")],
        2,
    ),
    (
        "referring-to",
        'Governor Tom Nye and Senator Kate Lund clashed.\n\n"He has no plan at all," she said, referring to the governor.',
        [("He has no plan at all", "lund")],
        1,
    ),
    (
        "adding-colon",
        'The cuts were announced.\n\nIan Rook said the cuts were "unfair", adding: "We will fight them in court."',
        [("unfair", "rook"), ("We will fight them in court", "rook")],
        2,
    ),
    (
        "joint-statement",
        'The two firms merged.\n\n"This is a new chapter for both companies," Smith and Jones said in a joint statement.',
        [("This is a new chapter for both companies", "jones|smith")],
        1,
    ),
    (
        "quoted-as-saying-by-agency",
        'The talks resumed.\n\n"We are ready for dialogue," Wang Lei was quoted as saying by the Xinhua news agency.',
        [("We are ready for dialogue", "lei|wang")],
        1,
    ),
    (
        "told-newspaper",
        'Rents rose.\n\n"Young people cannot afford to live here," Ruth Amos told the Guardian newspaper.',
        [("Young people cannot afford to live here", "amos")],
        1,
    ),
    (
        "tweeted-inverted",
        'The result came late.\n\n"What a night for the party," tweeted Omar Diaz.',
        [("What a night for the party", "diaz")],
        1,
    ),
    (
        "tweeted-colon",
        'The result came late.\n\nOmar Diaz tweeted: "What a night for the party."',
        [("What a night for the party", "diaz")],
        1,
    ),
    (
        "possessive-spokesman-named",
        'The president was ill.\n\n"He is resting and in good spirits," said the president\'s spokesman, Bob Ray.',
        [("He is resting and in good spirits", "ray")],
        1,
    ),
    (
        "spokesman-for-person",
        'The singer cancelled the tour.\n\n"She needs time to recover," said a spokesman for Ms Vale.',
        [("She needs time to recover", "spokesman|vale")],
        1,
    ),
    (
        "whose-son",
        'The crash killed six.\n\n"Nobody has said sorry," said Mary Hanlon, whose son died in the crash.',
        [("Nobody has said sorry", "hanlon")],
        1,
    ),
    (
        "mr-dot",
        'The firm was sold.\n\n"It was the right price," said Mr. Gordon.',
        [("It was the right price", "gordon")],
        1,
    ),
    (
        "sen-party-tag",
        'The bill stalled.\n\n"This bill is going nowhere," Sen. Ruth Vance, R-Ohio, said.',
        [("This bill is going nowhere", "vance")],
        1,
    ),
    (
        "rep-bracket-tag",
        'The bill stalled.\n\n"This bill is going nowhere," said Rep. Ann Cole (D-Calif.).',
        [("This bill is going nowhere", "cole")],
        1,
    ),
    (
        "a-democrat-told-cnn",
        'The bill stalled.\n\n"We need a vote now," Cole, a Democrat, told CNN.',
        [("We need a vote now", "cole")],
        1,
    ),
    (
        "hyphen-name",
        'The election was called.\n\n"France needs stability," said Jean-Pierre Dubois.',
        [("France needs stability", "dubois")],
        1,
    ),
    (
        "al-name",
        'Oil prices rose.\n\n"The market is well supplied," said Sheikh Ahmed al-Thani.',
        [("The market is well supplied", "al-thani|thani")],
        1,
    ),
    (
        "korean-name",
        'The missile flew 600 km.\n\n"Our deterrent is ready," Kim Jong-un said.',
        [("Our deterrent is ready", "jong-un")],
        1,
    ),
    (
        "warned-that-partial",
        'Storms are forecast.\n\nForecaster Liam Ward warned that "the worst is yet to come".',
        [("the worst is yet to come", "ward")],
        1,
    ),
    (
        "had-earlier-said",
        'The deal was signed.\n\nLiam Ward had earlier said: "We will never sign this deal."',
        [("We will never sign this deal", "ward")],
        1,
    ),
    (
        "speaking-at-rally",
        'The campaign began.\n\nDana Holt, speaking at a rally in Ohio, said: "We are going to win this state."',
        [("We are going to win this state", "holt")],
        1,
    ),
    (
        "before-adding",
        'The campaign began.\n\n"We are going to win," Dana Holt told a news conference, before adding: "And we will win big."',
        [("We are going to win", "holt"), ("And we will win big", "holt")],
        2,
    ),
    (
        "speaker-paragraph-colon-then-quote-paragraph",
        'The minister was defiant.\n\nIn a speech on Monday, Omar Saleh said:\n\n"We will not raise taxes. Not this year and not next year."',
        [("We will not raise taxes", "saleh")],
        1,
    ),
    (
        "in-a-letter-chairman",
        'Members were angry.\n\nIn a letter to members, the chairman, Alan Fry, wrote: "I share your frustration."',
        [("I share your frustration", "fry")],
        1,
    ),
    (
        "letter-read-issuer",
        'Alan Fry wrote to members on Monday.\n\n"I share your frustration," the letter read.',
        [("I share your frustration", "fry")],
        1,
    ),
    (
        "two-speakers-one-paragraph",
        '"The plan is sound," Omar Saleh said. But Sue Carr disagreed: "It is a fantasy."',
        [("The plan is sound", "saleh"), ("It is a fantasy", "carr")],
        2,
    ),
    (
        "officials-said",
        'The bridge collapsed.\n\n"At least four people were on the bridge," officials said.',
        [("At least four people were on the bridge", "officials")],
        1,
    ),
    (
        "police-said-in-statement",
        'A man was arrested.\n\nPolice said in a statement: "A 34-year-old man has been charged."',
        [("A 34-year-old man has been charged", "police")],
        1,
    ),
    (
        "police-chief-told-reporters",
        'A man was arrested.\n\nPolice Chief Aaron Vale told reporters: "The threat is over."',
        [("The threat is over", "vale")],
        1,
    ),
    (
        "in-his-speech",
        'The conference opened.\n\nIn his speech, Omar Saleh said: "The old order is gone."',
        [("The old order is gone", "saleh")],
        1,
    ),
    (
        "said-on-twitter",
        'The result came late.\n\n"What a night," Omar Diaz said on Twitter.',
        [("What a night", "diaz")],
        1,
    ),
    (
        "age-of-town",
        'The floods came fast.\n\nJim Kerr, 45, of Leeds, said: "The water came up to the windows."',
        [("The water came up to the windows", "kerr")],
        1,
    ),
    (
        "asked-whether-replied",
        'The scandal grew.\n\nAsked whether he would resign, Omar Saleh replied: "Absolutely not, I have work to do."',
        [("Absolutely not, I have work to do", "saleh")],
        1,
    ),
    (
        "asked-about-partial",
        'The deal was signed.\n\nAsked about the deal, Omar Saleh said it was "a good start for both sides".',
        [("a good start for both sides", "saleh")],
        1,
    ),
    (
        "verbs-after",
        'The vote was close.\n\n"We lost by a whisker," Ana Cruz admitted.\n\n"We will be back," she vowed.\n\n"It is not over," Ben Holt stressed.\n\n"Nobody saw it coming," Lee Park recalled.',
        [
            ("We lost by a whisker", "cruz"),
            ("We will be back", "cruz"),
            ("It is not over", "holt"),
            ("Nobody saw it coming", "park"),
        ],
        4,
    ),
    (
        "one-of-organisers-named",
        'The march passed off peacefully.\n\n"We expected a thousand people," said one of the organisers, Mia Lund.',
        [("We expected a thousand people", "lund")],
        1,
    ),
    (
        "continued",
        'The hearing went on.\n\n"We were not told," Ms Lund said. "Nobody told us anything," Ms Lund continued.',
        [("We were not told", "lund"), ("Nobody told us anything", "lund")],
        2,
    ),
    (
        "quoted-by-state-media",
        'The talks resumed.\n\n"Peace is possible," Xi Jinping was quoted by state media as saying.',
        [("Peace is possible", "jinping|xi")],
        1,
    ),
    (
        "says-now",
        'She quit the band in 1999.\n\nJo Kemp looks back without anger. "It was the right thing to do," she says now.',
        [("It was the right thing to do", "kemp")],
        1,
    ),
    (
        "he-after-object",
        'Mark Bell sued his former employer, Halden Mining, in 2019.\n\n"They ruined my life," he said.',
        [("They ruined my life", "bell")],
        1,
    ),
    (
        "nearest-he-not-first",
        'Prime Minister Tom Ash named a new cabinet on Monday. Among them was Paul Kerr, a former banker.\n\nKerr said he was surprised. "I did not expect the call," he said.',
        [("I did not expect the call", "kerr")],
        1,
    ),
    (
        "they-officials",
        'Health officials confirmed ten new cases on Monday.\n\n"The risk remains low," they said.',
        [("The risk remains low", "officials")],
        1,
    ),
    (
        "the-company-said",
        'Halden Mining cut 500 jobs on Monday.\n\n"These decisions are never easy," the company said.',
        [("These decisions are never easy", "mining|halden")],
        1,
    ),
    (
        "the-firm-said-later",
        'Halden Mining cut 500 jobs on Monday. Workers protested outside its offices.\n\n"These decisions are never easy," the firm said.',
        [("These decisions are never easy", "mining|halden")],
        1,
    ),
    (
        "semicolon-guillemets",
        "Les élections approchent.\n\n«We will win», said Marc Roux.",
        [("We will win", "roux")],
        1,
    ),
    (
        "lower-title-before-name-inverted",
        'The company reported losses.\n\n"It was a tough year," said chief executive Nils Berg.',
        [("It was a tough year", "berg")],
        1,
    ),
    (
        "the-body-s-title-comma-name-after",
        'The company reported losses.\n\n"It was a tough year," Halden Mining\'s chief executive, Nils Berg, said.',
        [("It was a tough year", "berg")],
        1,
    ),
    (
        "stated-comma",
        'The park will close.\n\nRangers chief Tim Holt stated, "The trails are no longer safe for visitors."',
        [("The trails are no longer safe for visitors", "holt")],
        1,
    ),
    (
        "told-wikinews-comma",
        'The festival was cancelled.\n\nOrganiser Jan Frey told Wikinews, "We had no other option this year."',
        [("We had no other option this year", "frey")],
        1,
    ),
    (
        "no-comma-inside",
        'The festival was cancelled.\n\n"We had no other option this year" Jan Frey said.',
        [("We had no other option this year", "frey")],
        1,
    ),
    (
        "said-no-punct",
        'The festival was cancelled.\n\nJan Frey said "we had no other option this year".',
        [("we had no other option this year", "frey")],
        1,
    ),
    (
        "press-release-stated",
        'Halden Mining closed the pit.\n\nIn a press release, the company stated "the pit is no longer viable after the flooding".',
        [("the pit is no longer viable after the flooding", "mining|halden")],
        1,
    ),
    (
        "reported-as-saying",
        'The talks stalled.\n\nThe BBC reported Omar Saleh as saying "there will be no deal this year".',
        [("there will be no deal this year", "saleh")],
        1,
    ),
    (
        "commented-that",
        'The talks stalled.\n\nOmar Saleh commented that "nobody wants to move first".',
        [("nobody wants to move first", "saleh")],
        1,
    ),
    (
        "according-to-comma-full",
        'The talks stalled.\n\nAccording to Omar Saleh, "nobody wants to move first, and nobody will".',
        [("nobody wants to move first, and nobody will", "saleh")],
        1,
    ),
    (
        "statement-read-colon",
        'The talks stalled.\n\nOmar Saleh\'s statement read: "Nobody wants to move first, and nobody will."',
        [("Nobody wants to move first, and nobody will", "saleh")],
        1,
    ),
    (
        "comma-outside-british",
        "The talks stalled.\n\n'Nobody wants to move first', said Omar Saleh.",
        [("Nobody wants to move first", "saleh")],
        1,
    ),
    (
        "also-noted",
        'The talks stalled.\n\nOmar Saleh also noted "the gap between the sides is still wide".',
        [("the gap between the sides is still wide", "saleh")],
        1,
    ),
    (
        "speaking-to-comma-said",
        'The talks stalled.\n\nOmar Saleh, speaking to Reuters, said "the gap between the sides is still wide".',
        [("the gap between the sides is still wide", "saleh")],
        1,
    ),
    (
        "statement-continued",
        'Halden Mining closed the pit on Monday. "The pit is no longer viable," the company said in a statement.\n\n"We will support every worker," the statement continued.',
        [
            ("The pit is no longer viable", "mining|halden"),
            ("We will support every worker", "mining|halden"),
        ],
        2,
    ),
    (
        "it-said-org",
        'Halden Mining closed the pit on Monday.\n\n"We will support every worker," it said.',
        [("We will support every worker", "mining|halden")],
        1,
    ),
    (
        "he-continued-split",
        'The talks stalled.\n\n"Nobody wants to move first," Omar Saleh said. "But," he continued, "we will keep talking."',
        [("Nobody wants to move first", "saleh"), ("we will keep talking", "saleh")],
        None,
    ),
    (
        "described-as",
        'The talks stalled.\n\nOmar Saleh described the offer as "an insult to the workers".',
        [("an insult to the workers", "saleh")],
        1,
    ),
    (
        "urged-to",
        'Storms are due.\n\nMayor Paul Dunn urged residents to "stay indoors and stay safe".',
        [("stay indoors and stay safe", "dunn")],
        1,
    ),
    (
        "went-on-to-say",
        'The talks stalled.\n\nOmar Saleh went on to say "the gap between the sides is still wide".',
        [("the gap between the sides is still wide", "saleh")],
        1,
    ),
    (
        "when-asked-he-said",
        'Omar Saleh spoke in Cairo.\n\nWhen asked about the protests, he said "people have every right to be angry".',
        [("people have every right to be angry", "saleh")],
        1,
    ),
    (
        "website-said",
        'The Dunmore Singers disbanded on Monday.\n\nThe group\'s website said "we thank our fans for twenty great years".',
        [("we thank our fans for twenty great years", "singers")],
        1,
    ),
    (
        "wikinews-interview-two",
        'Wikinews spoke to Jan Frey, the organiser.\n\n"We had no other option," Frey told Wikinews. "The weather was against us."',
        [("We had no other option", "frey"), ("The weather was against us", "frey")],
        2,
    ),
    (
        "reported-media-said",
        'The talks stalled. Omar Saleh flew home.\n\nAl Jazeera reported that Saleh said "there is no point staying".',
        [("there is no point staying", "saleh")],
        1,
    ),
    (
        "spokesperson-named-after-body",
        'The airline cancelled flights.\n\nAn Aerolux spokesperson, Jo Kent, said "safety is our priority".',
        [("safety is our priority", "kent")],
        1,
    ),
    (
        "wrote-in-blog",
        'The editor resigned.\n\nIn a blog post, Jan Frey wrote: "It has been an honour to lead this paper."',
        [("It has been an honour to lead this paper", "frey")],
        1,
    ),
    (
        "claimed",
        'The trial continued.\n\nThe defendant, Ray Dunne, claimed "I was never at the house".',
        [("I was never at the house", "dunne")],
        1,
    ),
    (
        "a-statement-by-named-org",
        'The strike ended.\n\nA statement by the National Union of Rail Workers said "members voted to accept the offer".',
        [("members voted to accept the offer", "workers|union")],
        1,
    ),
    (
        "announced-colon",
        'The strike ended.\n\nUnion chief Ray Dunne announced: "The strike is over."',
        [("The strike is over", "dunne")],
        1,
    ),
    (
        "the-two-said",
        'Two climbers were rescued.\n\nJo Kent and Ray Dunne were found on Sunday. "We thought we would die," they said.',
        [("We thought we would die", "dunne|kent")],
        1,
    ),
    (
        "noun-phrase-said-after-long",
        'Cases rose.\n\n"We are not there yet," the country\'s chief medical officer, Dr Helen Brooks, said on Monday.',
        [("We are not there yet", "brooks")],
        1,
    ),
    (
        "colon-role-title",
        'The vote was held.\n\nOpposition leader Sue Carr said: "This vote is a sham."\n\nThe prime minister, Ana Silva, replied: "The people have spoken."',
        [("This vote is a sham", "carr"), ("The people have spoken", "silva")],
        2,
    ),
    (
        "plural-possessive-lawyers",
        'The trial continued.\n\n"Our client is innocent," Dunne\'s lawyers said.',
        [("Our client is innocent", "lawyers")],
        1,
    ),
    (
        "said-with-location",
        'Floods hit the north.\n\n"We lost everything," Jo Kent said from her flooded home in Selby.',
        [("We lost everything", "kent")],
        1,
    ),
    # --- unknown names, ranks, relations, transcripts ---
    (
        "unknown-name-she",
        'Oluwaseun Adeyemi, 42, runs a bakery in Lagos.\n\n"Business is slow this year," she said.',
        [("Business is slow this year", "adeyemi")],
        1,
    ),
    (
        "unknown-name-he-after-role",
        'The village head, Nguyen Van Thanh, led the rescue.\n\n"We worked through the night," he said.',
        [("We worked through the night", "thanh")],
        1,
    ),
    (
        "interview-name-labels",
        "Wikinews interviewed candidate Priya Raman.\n\nWikinews: Why are you running?\n\nPriya Raman: Because the city deserves better schools.\n\nWikinews: What would you change first?\n\nRaman: The bus routes, which have been cut twice.",
        [
            ("Because the city deserves better schools", "raman"),
            ("The bus routes, which have been cut twice", "raman"),
        ],
        2,
    ),
    (
        "military-rank",
        'The base was attacked.\n\n"Two soldiers were wounded," said Lt. Col. Dan Ebert, an army spokesman.',
        [("Two soldiers were wounded", "ebert")],
        1,
    ),
    (
        "gen-abbrev-before",
        'The base was attacked.\n\nGen. Ravi Menon told reporters: "Two soldiers were wounded."',
        [("Two soldiers were wounded", "menon")],
        1,
    ),
    (
        "prof-dot",
        'The study was published.\n\n"The effect is small but real," said Prof. Ines Kuhn of Leipzig University.',
        [("The effect is small but real", "kuhn")],
        1,
    ),
    (
        "the-54-year-old",
        'Dan Ebert was sworn in on Monday.\n\n"I am ready," the 54-year-old said.',
        [("I am ready", "ebert")],
        1,
    ),
    (
        "office-of-person",
        'The senator was absent.\n\n"She is recovering at home," Senator Vance\'s office said.',
        [("She is recovering at home", "office|vance")],
        1,
    ),
    (
        "source-close-to",
        'The deal is near.\n\n"It could be signed this week," a source close to the talks said.',
        [("It could be signed this week", "source")],
        1,
    ),
    (
        "sources-said-plural",
        'The deal is near.\n\n"It could be signed this week," sources said.',
        [("It could be signed this week", "sources")],
        1,
    ),
    (
        "daughter-named",
        'Ray Dunne died on Friday.\n\n"He was a kind man," his daughter, Ella Dunne, said.',
        [("He was a kind man", "dunne")],
        1,
    ),
    (
        "family-statement",
        'Ray Dunne died on Friday.\n\n"He was a kind man," his family said in a statement.',
        [("He was a kind man", "family")],
        1,
    ),
    (
        "resident-first-name",
        'Floods hit the town.\n\n"We have nothing left," said a resident who gave only her first name, Maria.',
        [("We have nothing left", "maria|resident")],
        1,
    ),
    (
        "initials-name",
        'The book sold a million copies.\n\n"I am stunned," said J.K. Rowling.',
        [("I am stunned", "rowling")],
        1,
    ),
    (
        "jr-name",
        'The march was peaceful.\n\n"We shall overcome," said Martin Luther King Jr.',
        [("We shall overcome", "king|jr.")],
        1,
    ),
    (
        "in-a-tweet",
        'The bill passed.\n\nIn a tweet, Senator Ray Cole said: "A great day for families."',
        [("A great day for families", "cole")],
        1,
    ),
    (
        "his-remarks",
        'The summit opened.\n\nIn his opening remarks, President Ana Silva warned: "Time is running out."',
        [("Time is running out", "silva")],
        1,
    ),
    (
        "two-men-nearest",
        'Manager Tom Ash was sacked. His assistant, Ray Kerr, was kept on.\n\nKerr spoke to reporters on Sunday. "It is a sad day," he said.',
        [("It is a sad day", "kerr")],
        1,
    ),
    (
        "previous-paragraph-subject-speech",
        'Union leader Dan Ebert said members would strike on Monday.\n\n"We have no choice," he said. "The offer is an insult."',
        [("We have no choice", "ebert"), ("The offer is an insult", "ebert")],
        2,
    ),
    (
        "she-after-two-women-subject",
        'Judge Karen Wolfe heard from the victim\'s mother, Ann Ross.\n\nRoss wept as she spoke. "My son was my world," she said.',
        [("My son was my world", "ross")],
        1,
    ),
    (
        "colon-paragraph-block",
        'Finance Minister Omar Saleh set out his plan in parliament:\n\n"We will cut the deficit in half by 2028."',
        [("We will cut the deficit in half by 2028", "saleh")],
        1,
    ),
    (
        "name-said-they",
        'Residents of Dunmore said they felt abandoned.\n\n"Nobody came to help us," said Jo Kent, 71.',
        [("Nobody came to help us", "kent")],
        1,
    ),
    (
        "name-with-particle",
        'The bank held rates.\n\n"Inflation is falling," said Ursula von der Berg, the bank\'s president.',
        [("Inflation is falling", "berg")],
        1,
    ),
    (
        "dutch-van",
        'The bank held rates.\n\n"Inflation is falling," Pieter van Dijk said.',
        [("Inflation is falling", "dijk")],
        1,
    ),
    (
        "arab-name-al",
        'The talks resumed.\n\n"We want peace," Foreign Minister Ayman al-Safadi said.',
        [("We want peace", "al-safadi|safadi")],
        1,
    ),
    (
        "spanish-double",
        'The vote was held.\n\n"Mexico has spoken," said Andrés Manuel López Obrador.',
        [("Mexico has spoken", "obrador|lópez")],
        1,
    ),
    (
        "said-then-quote-next-sentence-attrib",
        'The storm passed.\n\nMayor Paul Dunn surveyed the damage. He said: "We were lucky this time."',
        [("We were lucky this time", "dunn")],
        1,
    ),
    (
        "quote-then-he-added-new-para",
        'Mayor Paul Dunn surveyed the damage on Monday.\n\n"We were lucky this time," he said.\n\nHe added: "Next time we may not be."',
        [("We were lucky this time", "dunn"), ("Next time we may not be", "dunn")],
        2,
    ),
    (
        "statement-from-lawyer",
        'The singer denied the claims.\n\n"My client has done nothing wrong," a statement from her lawyer, Joan Pike, said.',
        [("My client has done nothing wrong", "pike")],
        1,
    ),
    (
        "the-ministry-before-colon",
        'Egypt\'s foreign ministry responded on Monday.\n\nThe ministry said: "These claims are baseless."',
        [("These claims are baseless", "ministry")],
        1,
    ),
    (
        "his-wife-named-before",
        'Tom Kent died on Friday. His wife, Mary Kent, was at his side.\n\n"He was a kind man," his wife said.',
        [("He was a kind man", "kent")],
        1,
    ),
    (
        "her-lawyer",
        'Jo Kent was charged on Friday.\n\n"She denies every charge," her lawyer said.',
        [("She denies every charge", "lawyer")],
        1,
    ),
    # --- fragments in reported speech, relative clauses, bodies speaking for people ---
    (
        "which-clause-body-fragment",
        'In 2019, Norland\'s Supreme Court, which hears constitutional cases, said the ban amounted to "unequal treatment" under the law.',
        [("unequal treatment", "court")],
        1,
    ),
    (
        "her-campaign-described-as",
        'Governor Ann Holt declared victory on Tuesday. Her campaign described the lawsuit as "a stunt to raise money".',
        [("a stunt to raise money", "holt|campaign")],
        1,
    ),
    (
        "company-which-fragment",
        'Halden Mining, which runs six pits, said the closure was "a precaution" after the flood.',
        [("a precaution", "mining")],
        1,
    ),
    (
        "called-two-fragments",
        'Prime Minister Ana Silva called the deal "null and void" and "legally absurd".',
        [("null and void", "silva"), ("legally absurd", "silva")],
        2,
    ),
    (
        "called-then-he-added",
        'Prime Minister Ana Silva called the deal "null and void". "It ignores every law we know," she added.',
        [("null and void", "silva"), ("It ignores every law we know", "silva")],
        2,
    ),
    (
        "speaking-participle-subject",
        'On Tuesday, Prime Minister Ana Silva, speaking to a think tank in Washington, called the deal "legally absurd".',
        [("legally absurd", "silva")],
        1,
    ),
    (
        "fragment-in-reported-with-said",
        'Mick Dunn, head of the rail union, said the offer was "nowhere near enough."',
        [("nowhere near enough", "dunn")],
        1,
    ),
    (
        "document-fragment",
        'The form, which runs to 30 pages, "must be completed in English", the Home Office said.',
        [("must be completed in English", "office")],
        1,
    ),
    (
        "vowed-to",
        'Ana Silva vowed to "fight on until the last vote is counted".',
        [("fight on until the last vote is counted", "silva")],
        1,
    ),
    (
        "insisted-that-partial",
        'Ana Silva insisted that the talks were "going well" and that a deal was "days away".',
        [("going well", "silva"), ("days away", "silva")],
        2,
    ),
    (
        "promised-colon-later-para",
        'Opposition leader Sue Carr promised a full inquiry.\n\n"Those responsible will be held to account," Carr said.',
        [("Those responsible will be held to account", "carr")],
        1,
    ),
    (
        "pronoun-second-sentence-object",
        'Sue Carr met Ana Silva on Monday. She later told reporters the talks had been "frank".',
        [("frank", "carr")],
        1,
    ),
    (
        "which-the-union-rejected-as",
        'The Allied Nurses Union called the strike on Monday. The hospital offered 2%, which the union rejected as "an insult to every nurse".',
        [("an insult to every nurse", "union")],
        1,
    ),
    (
        "his-office-said",
        'Senator Ray Cole was taken to hospital on Monday.\n\n"He is in good spirits," his office said.',
        [("He is in good spirits", "cole")],
        1,
    ),
    # --- back-references among several people ---
    (
        "subject-with-who-then-he",
        'Ana Silva met Tom Ash in Lisbon. Ash, who leads the opposition, said the talks were useful. "We agreed on very little," he said.',
        [("We agreed on very little", "ash")],
        1,
    ),
    (
        "he-added-after-speaker-mentions-suspect",
        'Police Chief Aaron Vale said the suspect, Mark Bell, had been arrested. "He will appear in court on Monday," Vale said. "He is cooperating with us," he added.',
        [("He will appear in court on Monday", "vale"), ("He is cooperating with us", "vale")],
        2,
    ),
    (
        "lawyer-she-after-client-he",
        'Tom Ash, 45, was arrested on Friday.\n\nHis lawyer, Jane Roe, said he was innocent. "My client denies everything," she said.',
        [("My client denies everything", "roe")],
        1,
    ),
    (
        "deputy-less-upbeat",
        '"We are hopeful," said Ana Silva. Her deputy, Tom Ash, was less upbeat. "It will take years," he said.',
        [("We are hopeful", "silva"), ("It will take years", "ash")],
        2,
    ),
    (
        "told-outlet-that-then-he",
        'Tom Ash told the BBC that he would stand for the leadership. "I am ready," he said.',
        [("I am ready", "ash")],
        1,
    ),
    (
        "by-agent-then-he",
        'The report was written by Tom Ash, a former judge. "It was hard to write," he told reporters.',
        [("It was hard to write", "ash")],
        1,
    ),
    (
        "praise-object-then-speakers",
        'Ana Silva praised Tom Ash on Monday. "He did a fine job," she said. "I owe her a lot," Ash said.',
        [("He did a fine job", "silva"), ("I owe her a lot", "ash")],
        2,
    ),
    (
        "they-group",
        'Union leaders met on Monday night.\n\n"We will strike if we have to," they said.',
        [("We will strike if we have to", "leaders")],
        1,
    ),
    (
        "he-after-she-quote-male-named",
        'Tom Ash, the mayor, opened the bridge. His wife, Ana, cut the ribbon. "It is a proud day," she said.\n\n"We waited ten years for this," he said.',
        [("It is a proud day", "ana|ash"), ("We waited ten years for this", "ash")],
        2,
    ),
    (
        "minister-said-two-ministers",
        'Health Minister Ana Silva and Finance Minister Tom Ash announced the budget.\n\n"Hospitals will get more money," the health minister said.',
        [("Hospitals will get more money", "silva")],
        1,
    ),
    (
        "the-former-x",
        'Former president Tom Ash attended the funeral.\n\n"He was my friend," the former president said.',
        [("He was my friend", "ash")],
        1,
    ),
    (
        "new-para-she-nearest",
        'Ana Silva leads the party. Its spokeswoman, Kim Dunne, spoke after the vote.\n\n"We are disappointed," she said.',
        [("We are disappointed", "dunne")],
        1,
    ),
    (
        "the-president-of-other-country",
        'President Ana Silva of Portugal met President Tom Ash of Ireland.\n\n"Our countries are friends," Ash said.',
        [("Our countries are friends", "ash")],
        1,
    ),
    (
        "name-first-in-para-then-quote-no-cue",
        'Kim Dunne has run the shelter for ten years.\n\n"Every winter it gets worse," she said. "This year is the worst yet."',
        [("Every winter it gets worse", "dunne"), ("This year is the worst yet", "dunne")],
        2,
    ),
    (
        "she-passes-over-a-man-of-another-language",
        "Police questioned Piotr Nowak on Monday. Agnieszka Wrobel, his neighbour, had called them.\n\n"
        '"I heard shouting all night," she said.',
        [("I heard shouting all night", "wrobel")],
        1,
    ),
    (
        "he-passes-over-a-woman-of-another-language",
        'Oksana Melnyk, the mayor, met Jonas Berg on Friday.\n\n"We found a way forward," he said later.',
        [("We found a way forward", "berg")],
        1,
    ),
    # --- US wire details, titles of works and nicknames in quote marks ---
    (
        "said-weekday-no-on",
        'The strike ended.\n\n"We got what we wanted," union leader Ray Kerr said Tuesday.',
        [("We got what we wanted", "kerr")],
        1,
    ),
    (
        "phone-interview",
        'The strike ended.\n\n"We got what we wanted," Ray Kerr said in a phone interview.',
        [("We got what we wanted", "kerr")],
        1,
    ),
    (
        "tv-show-title-in-attribution",
        'The bill stalled.\n\n"We do not have the votes," Sen. Ruth Vance said on NBC\'s "Meet the Press."',
        [("We do not have the votes", "vance")],
        1,
    ),
    (
        "tv-show-title-before",
        'The bill stalled.\n\nAppearing on CNN\'s "State of the Union," Sen. Ruth Vance said: "We do not have the votes."',
        [("We do not have the votes", "vance")],
        1,
    ),
    (
        "op-ed",
        'The bill stalled.\n\n"This bill would hurt families," Ruth Vance wrote in an op-ed for The Washington Post.',
        [("This bill would hurt families", "vance")],
        1,
    ),
    (
        "video-posted",
        'The bill stalled.\n\n"We will keep fighting," Ruth Vance said in a video posted on social media.',
        [("We will keep fighting", "vance")],
        1,
    ),
    (
        "told-nyt",
        'The bill stalled.\n\n"We will keep fighting," Ruth Vance told The New York Times.',
        [("We will keep fighting", "vance")],
        1,
    ),
    (
        "caption-photo-credit",
        'Mayor Paul Dunn speaks to reporters on Monday. (Photo: Jim Barr/Reuters)\n\n"We will rebuild," Dunn said.',
        [("We will rebuild", "dunn")],
        1,
    ),
    (
        "book-title-in-sentence",
        'In her memoir "A Long Road Home," Ruth Vance wrote: "I never wanted to be a politician."',
        [("I never wanted to be a politician", "vance")],
        1,
    ),
    ("song-title-scare", 'The band played "Hey Jude" before the speech.', [], 0),
    (
        "nickname-quotes",
        'Former boxer Ray "The Hammer" Kerr said: "I miss the ring every day."',
        [("I miss the ring every day", "kerr")],
        1,
    ),
    (
        "two-speakers-alternate-paras",
        'Ruth Vance and Ray Cole debated on Monday.\n\n"Taxes must rise," Vance said.\n\n"Taxes must fall," Cole replied.\n\n"That is fantasy economics," she said.',
        [
            ("Taxes must rise", "vance"),
            ("Taxes must fall", "cole"),
            ("That is fantasy economics", "vance"),
        ],
        3,
    ),
    # --- bodies, agencies and governments speaking ---
    (
        "un-agency-acronym",
        'Boats capsized off Libya.\n\n"Hundreds are missing," the UN refugee agency UNHCR said.',
        [("Hundreds are missing", "unhcr|agency")],
        1,
    ),
    (
        "us-state-department",
        'Talks resumed.\n\n"We welcome the talks," the U.S. State Department said in a statement.',
        [("We welcome the talks", "department")],
        1,
    ),
    (
        "org-possessive-title-name",
        'Talks resumed.\n\n"Detainees are still held," Amnesty International\'s Middle East director, Lina Saleh, said.',
        [("Detainees are still held", "saleh")],
        1,
    ),
    (
        "inverted-org-acronym-bracket",
        'Two reporters were jailed.\n\n"Journalism is not a crime," said the Committee to Protect Journalists (CPJ).',
        [("Journalism is not a crime", "journalists|cpj")],
        1,
    ),
    (
        "org-said-in-report-colon",
        'Growth slowed.\n\nThe World Bank said in a report: "Poverty is rising for the first time in decades."',
        [("Poverty is rising", "bank")],
        1,
    ),
    (
        "white-house",
        'The bill was signed.\n\n"The president is pleased," the White House said.',
        [("The president is pleased", "house")],
        1,
    ),
    (
        "downing-street",
        'The talks failed.\n\n"We are disappointed," a Downing Street spokesperson said.',
        [("We are disappointed", "spokesperson|street")],
        1,
    ),
    (
        "kremlin-spokesman-title",
        'The talks failed.\n\n"Moscow is open to dialogue," Kremlin spokesman Dmitry Peskov told reporters.',
        [("Moscow is open to dialogue", "peskov")],
        1,
    ),
    (
        "capital-as-government",
        'Tariffs rose.\n\n"These tariffs are unjustified," Beijing said.',
        [("These tariffs are unjustified", "beijing")],
        1,
    ),
    (
        "pentagon",
        'A drone was shot down.\n\n"No US personnel were hurt," the Pentagon said.',
        [("No US personnel were hurt", "pentagon")],
        1,
    ),
    (
        "ministry-of-full-name",
        'A drone was shot down.\n\nThe Ministry of Defence said: "Our forces responded in self-defence."',
        [("Our forces responded in self-defence", "defence|ministry")],
        1,
    ),
    (
        "police-force-named",
        'A man was arrested.\n\n"Inquiries are continuing," West Yorkshire Police said.',
        [("Inquiries are continuing", "police")],
        1,
    ),
    # --- names that are also words; she and a person of unknown sex ---
    (
        "title-may",
        'The talks failed.\n\n"Brexit means Brexit," Prime Minister May said.',
        [("Brexit means Brexit", "may")],
        1,
    ),
    (
        "in-may-month",
        'The law came into force in May. "It has changed nothing," Ray Kerr said.',
        [("It has changed nothing", "kerr")],
        1,
    ),
    (
        "will-modal-then-name",
        'Will the plan work? "I hope so," said Will Turner, the project manager.',
        [("I hope so", "turner")],
        1,
    ),
    (
        "hope-given-name",
        'The memo leaked.\n\n"I never saw it," Hope Hicks told the committee.',
        [("I never saw it", "hicks")],
        1,
    ),
    (
        "vice-premier-he-said",
        'Vice Premier He Lifeng led the Chinese side.\n\n"The talks were candid," He said.',
        [("The talks were candid", "lifeng|he")],
        1,
    ),
    (
        "he-pronoun-after-he-name-female",
        'Vice Premier He Lifeng met Janet Hale.\n\n"We made progress," she said.',
        [("We made progress", "hale")],
        1,
    ),
    (
        "mark-carney",
        'Rates were held.\n\n"Inflation is falling," said Mark Carney.',
        [("Inflation is falling", "carney")],
        1,
    ),
    (
        "grace-name",
        'The charity opened.\n\n"This is for the children," Grace Mugabe said.',
        [("This is for the children", "mugabe")],
        1,
    ),
    # --- reported speech with a quoted fragment ---
    (
        "accused-of",
        'The row deepened.\n\nRuth Vance accused the minister of "lying to parliament".',
        [("lying to parliament", "vance")],
        1,
    ),
    (
        "passive-accused-by",
        'The row deepened.\n\nThe minister was accused by Ruth Vance of "lying to parliament".',
        [("lying to parliament", "vance")],
        1,
    ),
    (
        "praised-for",
        'The rescue ended.\n\nRuth Vance praised the crews for their "extraordinary courage".',
        [("extraordinary courage", "vance")],
        1,
    ),
    (
        "urged-to",
        'Storms hit.\n\nRuth Vance urged people to "stay at home unless it is an emergency".',
        [("stay at home unless it is an emergency", "vance")],
        1,
    ),
    (
        "remarks-that",
        'The row deepened.\n\nRuth Vance\'s remark that the plan was "a disaster waiting to happen" angered ministers.',
        [("a disaster waiting to happen", "vance")],
        1,
    ),
    (
        "according-statement-from-ministry",
        'A drone was shot down.\n\nAccording to a statement from the Defence Ministry, "all crew members are safe".',
        [("all crew members are safe", "ministry")],
        1,
    ),
    (
        "quoted-from-letter-by",
        'The row deepened.\n\nIn a letter seen by the BBC, Ruth Vance wrote that the plan was "deeply flawed".',
        [("deeply flawed", "vance")],
        1,
    ),
    (
        "told-parliament-that",
        'The row deepened.\n\nRuth Vance told parliament that the plan was "deeply flawed".',
        [("deeply flawed", "vance")],
        1,
    ),
    (
        "agreed-that",
        'The summit ended.\n\nBoth leaders agreed that the situation was "extremely serious".',
        [("extremely serious", "leaders")],
        1,
    ),
    (
        "promised-that",
        'The summit ended.\n\nRay Kerr promised that talks would continue "until we have a deal".',
        [("until we have a deal", "kerr")],
        1,
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "count"), [p[1:] for p in PROBES], ids=[p[0] for p in PROBES]
)
def test_quotation_constructions_find_the_words_and_the_speaker(text, expected, count):
    assert_quotations(text, expected, count)


# Whole invented articles: the constructions together, with several people, bodies and outlets.
FLOOD_ARTICLE = """Flooding forces thousands from homes in northern Valdoria

Heavy rain over the weekend caused rivers to burst their banks across northern Valdoria, forcing about 12,000 people from their homes, officials said on Monday.

The National Emergency Agency said three people had died and at least 40 were injured. "The situation remains critical in the districts along the Tamar river," agency director Helena Voss told reporters in the capital, Marsk. "We expect water levels to rise again tonight."

Prime Minister Adrian Kowal visited the town of Brenn on Sunday. Speaking to residents in a school gymnasium that now serves as a shelter, he promised that "nobody will be left behind". Kowal also said the government would release 50 million crowns in emergency aid.

Opposition leader Marta Lindqvist criticised the response. "The warnings were there for days. The government did nothing until the water was in people's kitchens," she said. Lindqvist, whose Social Democrats lead in the polls, called for an independent inquiry.

Residents described scenes of chaos. "We had ten minutes to get out," said Piotr Zielinski, 67, a retired teacher. "I took my dog and my medicine. Everything else is gone."

His neighbour, Anna Berg, said the water had reached the first floor. "I have lived here for forty years and I have never seen anything like this," she said.

The Valdorian Red Cross said it had set up 15 shelters. "Our volunteers are working around the clock," a spokesperson for the organisation said. In a statement, the charity appealed for donations of blankets and food.

Meteorologist Jonas Feld of the state weather service said more rain was forecast for Wednesday. "The ground is saturated, so even moderate rain could cause new flooding," Feld said.

Kowal is due to chair an emergency cabinet meeting on Tuesday.
"""

COURT_ARTICLE = """Former mayor jailed for seven years over housing fraud

A former mayor of Carver City was sentenced on Friday to seven years in prison for steering $4 million in housing contracts to companies owned by his friends.

Judge Elaine Rourke told Dennis Marlow, 61, that he had "betrayed the trust of every resident of this city." Marlow, who served two terms as mayor before resigning in 2022, showed no emotion as the sentence was read.

"You used your office as a private bank," Rourke said. "The people who paid the price were families waiting for homes."

Marlow's lawyer, Sean Whitaker, said his client would appeal. "We believe the jury was misled about the nature of these payments," Whitaker told reporters outside the courthouse. He declined to say when the appeal would be filed.

Prosecutors had asked for ten years. "Today's sentence sends a clear message that public office is not for sale," District Attorney Lena Park said in a statement.

The case began in 2021 when a city housing officer, Maria Gomez, reported irregularities to the state auditor. Gomez, who has since left the city's employment, said she felt vindicated. "For two years people told me I was making trouble," she said. "I was just doing my job."

Two of Marlow's friends, builder Frank Ossi and property agent Ray Dunne, pleaded guilty last year and are awaiting sentence.

The current mayor, Kim Tran, said the city had changed its rules on awarding contracts. "It can never happen again," she said.
"""

TALKS_ARTICLE = """China and Norland agree to resume trade talks

China and Norland agreed on Wednesday to resume trade talks that broke down last year, after a meeting between their foreign ministers in Geneva.

Chinese Foreign Minister Wang Lei and his Norland counterpart, Erik Dahl, met for three hours. "The two sides had candid and in-depth exchanges," the Chinese foreign ministry said in a statement after the meeting. It said both countries "agreed to properly handle differences".

Dahl described the talks as "constructive but difficult". "We did not agree on everything. But we agreed to keep talking, and that matters," he told a news conference.

Wang was quoted by the state news agency Xinhua as saying China "is willing to work with Norland to bring relations back on track". He also warned Norland not to "interfere in China's internal affairs".

The talks had been suspended after Norland imposed tariffs on Chinese steel. Norland's trade minister, Sofie Holm, said the tariffs would stay for now. "Nothing changes until we see results," Holm told the newspaper Dagsposten.

Analysts were cautious. "This is a first step, not a breakthrough," said Li Na, a professor of international relations at Fudan University in Shanghai. "Both sides need a win at home."

A spokesman for the European Commission welcomed the meeting. "Dialogue is always better than escalation," the spokesman said.
"""

SENATE_ARTICLE = """Senate passes border bill after all-night session

WASHINGTON (AP) — The Senate passed a $20 billion border security bill early Friday after an all-night session, sending it to the House, where its fate is uncertain.

The bill passed 54-46. "This is a serious bill for a serious problem," Senate Majority Leader Dan Ortiz, D-N.M., said on the floor before the vote.

Republicans said the bill did too little. ``It's a Band-Aid on a bullet wound,'' said Sen. Karen Blake, R-Texas. ``We'll fix this when we have the votes.''

Two Republicans, Sens. Mark Ellis of Maine and Joan Pruitt of Alaska, voted for the bill. Ellis said in a statement that he backed it "because doing nothing is not an option."

House Speaker Tom Wade, R-Ohio, told reporters he would not bring the bill to a vote in its current form. "The Senate bill is dead on arrival in the House," Wade said.

The White House welcomed the vote. "The president thanks senators of both parties who put the country first," press secretary Leah Moran said.

A senior Democratic aide, who spoke on condition of anonymity to discuss private talks, said leaders were already working on a compromise. "Nobody wants to go home empty-handed," the aide said.
"""

STUDY_ARTICLE = """Study finds microplastics in alpine lakes

Researchers have found microplastic particles in every one of 30 alpine lakes they sampled, suggesting the pollution travels long distances through the air, according to a study published on Tuesday in the journal Nature Water.

"We went to some of the most remote places in Europe, and we found plastic everywhere," said the study's lead author, Dr. Sabine Keller of the University of Innsbruck. "There is no pristine lake left."

The team collected water and sediment between 2019 and 2022. Keller said the particles were mostly fibres from clothing and fragments of packaging.

Prof. Martin Olsen, an environmental chemist at the University of Bergen who was not involved in the research, called the findings "alarming but not surprising." "We have known for some time that plastic moves with the wind," he said. "This study shows how far."

The European Environment Agency said it would review the study. A spokeswoman for the agency said: "Microplastics are a priority for our work this year."

The researchers called for limits on synthetic fibres. "Our clothes are part of the problem," Keller said.
"""

SACKING_ARTICLE = """Rovers sack manager Hale after fifth straight defeat

Hartley Rovers have sacked manager Steve Hale after a 3-0 defeat at home to Dunmore City left the club two points above the relegation zone.

Hale, 52, was appointed in the summer on a three-year contract. In a statement, the club said: 'We would like to thank Steve for his efforts and wish him well for the future.'

Assistant manager Colin Price will take charge of the team for Saturday's trip to Kettering Town. Price, a former Rovers captain, said he was 'honoured' to step in. 'The players know what is at stake,' he said. 'We need points, and we need them now.'

Hale had been defiant after Tuesday's defeat. 'I'm not a quitter and I never have been,' he told BBC Radio Hartley. 'The lads are playing for me, I'm sure of that.'

Rovers chairman Bernard Quinn had given Hale his backing only last month. Quinn said on Wednesday that the decision had been 'the hardest of my time at the club'.

Supporters' trust chair Linda Marsh welcomed the move. 'Something had to change,' she said. 'But the board has to take its share of the blame too.'

City manager Paulo Ferreira said he felt for his opposite number. 'It's a cruel game,' said the Portuguese, who took over at City in 2020.
"""

INTERVIEW_ARTICLE = """Wikinews interviews independent candidate for Dunmore mayor

Wikinews spoke to Rosa Delgado, an independent candidate in next month's election for mayor of Dunmore, about housing, transport and her campaign.

Delgado, a former nurse, told Wikinews she decided to run after a hospital ward in the town closed. "Nobody asked the people who use it," she stated. "That is not how a town should be run."

Her main rival, the incumbent mayor Tom Reyes, has said the closure was a decision for the health authority. Reyes did not respond to Wikinews' request for comment.

Wikinews: What is the first thing you would change?

Rosa Delgado: The bus routes. Half of the town cannot get to the hospital in Kettering without a car.

Wikinews: How will you pay for it?

Rosa Delgado: We would stop the new council offices, which cost twelve million. People need buses more than offices.

The election is on May 4. A poll published by the Dunmore Courier last week put Reyes on 41 percent and Delgado on 37 percent. Pollster Anita Shah said the race was "too close to call".
"""

LAUNCH_ARTICLE = """Space agency postpones lunar lander launch

On Monday, the Norland Space Agency (NSA) postponed the launch of its first lunar lander, citing a fault in the rocket's second stage. The launch had been scheduled for Thursday from the Vardo spaceport.

In a press release, the agency stated the fault was found during a routine test on Sunday. "The safety of the mission comes first," the NSA said. "We will announce a new date once engineers have completed their review."

Mission director Karin Lund told reporters the delay could last "several weeks". According to Lund, the lander itself was not affected. "The spacecraft is healthy and ready to fly," she said.

The rocket's maker, Orbital Dynamics, said it was working with the agency. Company spokesperson Henrik Aas said in an email to Wikinews: "We understand the disappointment. Our engineers are already working on a fix."

The lander, named Selene, is designed to study water ice near the Moon's south pole. Astronomer Ole Brandt of the University of Tromso, who is not part of the mission, told Wikinews the delay was "frustrating but sensible". He said: "It is much better to wait a few weeks than to lose the spacecraft."

The NSA's previous mission, a Mars orbiter, launched in 2021 after two delays.
"""

RESIGNATION_ARTICLE = """Dunmore council leader resigns over expenses claims

The leader of Dunmore Council, Philip Crane, resigned on Tuesday after a newspaper reported he had claimed expenses for trips that never took place.

In a statement released by the council, Crane said he had "made mistakes" but denied acting dishonestly. "I have decided to step down so that the council can get on with its work," he said. "I will cooperate fully with any investigation."

The Dunmore Courier reported last week that Crane had claimed £4,300 for travel to conferences he did not attend. The newspaper's editor, Sarah Flynn, said the paper stood by its story.

Opposition councillors had called for Crane to go. "This is the right decision, but it should have come a week ago," said Liberal Democrat group leader Mike Osei. Green councillor Jane Hollis said residents "deserve better than this".

Deputy leader Anita Rao will lead the council until a vote on May 14. Rao, who has been a councillor since 2011, said: "My priority is to restore trust."

Police said they had received a complaint and were "assessing the information". A spokesman for Dunmore Police said no one had been arrested.
"""

FERRY_ARTICLE = """Ferry operator fined £2m over deck collapse

By Helen Marsh, Transport Correspondent

A ferry operator has been fined £2 million after part of a car deck collapsed, injuring 11 passengers.

Image caption: Passengers were taken to hospital after the collapse in Portsmouth

Northstar Ferries admitted breaching safety law at Southwark Crown Court. Judge Amanda Reid said the company had ignored "repeated warnings" from its own engineers.

"This was not an accident waiting to happen. It was an accident that had been predicted," she said.

Read more: Ferry passengers describe moment deck gave way

One passenger, Colin Ward, 58, told the BBC he still suffered back pain. "I was lucky. Others were not so lucky," he said.

In a statement, Northstar Ferries said: "We deeply regret the events of that day and have made significant changes to our maintenance procedures."

The Maritime and Coastguard Agency (MCA) welcomed the fine. Its chief executive, Virginia McVey, said: "Operators must put safety first."

Related Topics
Portsmouth
Ferry travel
"""

TRANSFER_ARTICLE = """Striker Kane Doyle signs for Dunmore in record deal

Dunmore City have signed striker Kane Doyle from Kettering Town for a club-record fee of £12 million.

The 24-year-old, who scored 21 goals last season, has agreed a five-year contract. 'It's a dream come true,' said Doyle. 'I've supported this club since I was a kid, and my dad used to bring me to every home game.'

City boss Maria Santos said she had wanted Doyle for two years. 'He's quick, he's brave and he scores goals,' she told the club's website. 'We had to be patient, but we've got our man.'

Kettering chairman Roy Bates admitted the club could not turn the offer down. 'We're sad to see him go,' he said, 'but this money secures the club's future.'

Doyle's former team-mate, goalkeeper Sam Okoro, posted on Instagram: 'Go and show them what you can do, bro.'

Doyle could make his debut against Hartley Rovers on Saturday. 'I can't wait,' the striker added.
"""

COALITION_ARTICLE = """Coalition talks collapse in Valdoria

Coalition talks in Valdoria collapsed on Friday after the two largest parties failed to agree on a budget, raising the prospect of a new election.

Prime Minister Adrian Kowal, whose Centre Party won the most seats in March, blamed his rival. "Mr Berger was never serious about these talks," Kowal said. "He wanted the finance ministry and nothing else."

Stefan Berger, leader of the Social Democrats, rejected the claim. He told the newspaper Marsk Dagblad that Kowal had "moved the goalposts every week". "We offered a fair deal on pensions. They said no," he said.

President Lukas Hoffmann, who must now decide whether to call an election, met both men on Saturday. His spokesman, Markus Vogel, said the president would "take the time he needs".

"The president has several options," Vogel told reporters. "An election is only one of them."

Kowal later said he was ready to lead a minority government. Asked whether he would resign if he lost a confidence vote, he replied: "I never plan for defeat."

Berger, speaking at a party rally in Brenn on Sunday, said his party was ready for an election. "We will win it," he told supporters.
"""

EARTHQUAKE_ARTICLE = """Earthquake kills at least 40 in mountain region

An earthquake of magnitude 6.8 struck the mountainous north of Valdoria on Sunday night, killing at least 40 people and injuring more than 300, officials said.

The quake hit at 11:42 pm local time near the town of Oskar, according to the national seismology institute. "It was the strongest earthquake in the region for more than a century," the institute's director, Dr. Irena Kovac, told state television.

Rescue workers were searching collapsed buildings through the night. "We can hear people under the rubble," a firefighter in Oskar, who did not give his name, told the Associated Press. "We are digging with our hands."

Local media reported that a school and a hospital had been badly damaged. Regional governor Pavel Novak said the hospital had been evacuated. "All patients are safe," he said, "but we need tents, water and doctors."

Interior Minister Ana Horvat, who flew to the region on Monday, said the death toll was likely to rise. She said 1,500 soldiers had been sent to help. "No one will be forgotten," Horvat said.

Neighbouring countries offered help. A spokesperson for the European Union said teams from five member states were on their way.
"""

CARMAKER_ARTICLE = """Carmaker Halvorsen to cut 3,000 jobs as sales slump

OSLANDER, Norland (Reuters) - Halvorsen Motors will cut 3,000 jobs, about a tenth of its workforce, and close its plant in Kettering by the end of next year, the Norland carmaker said on Thursday.

Chief executive Ingrid Sorensen said the company had been hit by weak demand in Europe and a costly shift to electric vehicles. "These are painful decisions, but they are necessary to secure the future of Halvorsen," Sorensen said in a statement.

The company's shares rose 4 percent in early trading. "The market had expected something like this," said Tom Harding, an analyst at Brookfield Securities. "The question is whether it is enough."

Unions reacted angrily. "This is a betrayal of workers who have given their lives to this company," said Gary Walsh, general secretary of the Amalgamated Engineering Union. He said the union would consider strike action.

Britain's business minister, Priya Shah, said she was "deeply disappointed" by the decision. A spokesman for her department said officials would meet Halvorsen management next week.

Sorensen, who took over in 2021, has already sold the group's truck business. Asked on a call with analysts whether more cuts would follow, she said: "We do not rule anything out."

The Kettering plant opened in 1978. Local MP David Okafor called the closure "a hammer blow for the town". "Families here have worked at that plant for three generations," he told the BBC.

Halvorsen said it would offer voluntary redundancy first. "We will do everything we can to support our people," the company said.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            FLOOD_ARTICLE,
            [
                ("The situation remains critical", "voss"),
                ("We expect water levels", "voss"),
                ("nobody will be left behind", "kowal"),
                ("The warnings were there for days", "lindqvist"),
                ("We had ten minutes", "zielinski"),
                ("I took my dog", "zielinski"),
                ("I have lived here for forty years", "berg"),
                ("Our volunteers are working", "spokesperson|cross"),
                ("The ground is saturated", "feld"),
            ],
        ),
        (
            COURT_ARTICLE,
            [
                ("betrayed the trust", "rourke"),
                ("You used your office", "rourke"),
                ("The people who paid the price", "rourke"),
                ("We believe the jury", "whitaker"),
                ("Today's sentence", "park"),
                ("For two years people", "gomez"),
                ("I was just doing my job", "gomez"),
                ("It can never happen again", "tran"),
            ],
        ),
        (
            TALKS_ARTICLE,
            [
                ("The two sides had candid", "ministry"),
                ("agreed to properly handle", "ministry"),
                ("constructive but difficult", "dahl"),
                ("We did not agree", "dahl"),
                ("is willing to work with Norland", "lei|wang"),
                ("interfere in China", "lei|wang"),
                ("Nothing changes", "holm"),
                ("This is a first step", "na|li"),
                ("Both sides need", "na|li"),
                ("Dialogue is always better", "spokesman|commission"),
            ],
        ),
        (
            SENATE_ARTICLE,
            [
                ("This is a serious bill", "ortiz"),
                ("It's a Band-Aid", "blake"),
                ("We'll fix this", "blake"),
                ("because doing nothing", "ellis"),
                ("The Senate bill is dead", "wade"),
                ("The president thanks", "moran"),
                ("Nobody wants to go home", "aide"),
            ],
        ),
        (
            STUDY_ARTICLE,
            [
                ("We went to some of the most remote", "keller"),
                ("There is no pristine lake", "keller"),
                ("alarming but not surprising", "olsen"),
                ("We have known for some time", "olsen"),
                ("This study shows how far", "olsen"),
                ("Microplastics are a priority", "spokeswoman|agency"),
                ("Our clothes are part", "keller"),
            ],
        ),
        (
            SACKING_ARTICLE,
            [
                ("We would like to thank Steve", "rovers"),
                ("honoured", "price"),
                ("The players know", "price"),
                ("We need points", "price"),
                ("I'm not a quitter", "hale"),
                ("The lads are playing", "hale"),
                ("the hardest of my time", "quinn"),
                ("Something had to change", "marsh"),
                ("But the board has to take", "marsh"),
                ("It's a cruel game", "ferreira"),
            ],
        ),
        (
            INTERVIEW_ARTICLE,
            [
                ("Nobody asked the people", "delgado"),
                ("That is not how a town", "delgado"),
                ("The bus routes", "delgado"),
                ("We would stop the new council", "delgado"),
                ("too close to call", "shah"),
            ],
        ),
        (
            LAUNCH_ARTICLE,
            [
                ("The safety of the mission", "nsa|agency"),
                ("We will announce a new date", "nsa|agency"),
                ("several weeks", "lund"),
                ("The spacecraft is healthy", "lund"),
                ("We understand the disappointment", "aas"),
                ("frustrating but sensible", "brandt"),
                ("It is much better to wait", "brandt"),
            ],
        ),
        (
            RESIGNATION_ARTICLE,
            [
                ("made mistakes", "crane"),
                ("I have decided to step down", "crane"),
                ("I will cooperate fully", "crane"),
                ("This is the right decision", "osei"),
                ("deserve better than this", "hollis"),
                ("My priority is to restore trust", "rao"),
                ("assessing the information", "police"),
            ],
        ),
        (
            FERRY_ARTICLE,
            [
                ("repeated warnings", "reid"),
                ("This was not an accident", "reid"),
                ("I was lucky", "ward"),
                ("We deeply regret", "ferries"),
                ("Operators must put safety first", "mcvey"),
            ],
        ),
        (
            TRANSFER_ARTICLE,
            [
                ("It's a dream come true", "doyle"),
                ("I've supported this club", "doyle"),
                ("He's quick", "santos"),
                ("We had to be patient", "santos"),
                ("We're sad to see him go", "bates"),
                ("but this money secures", "bates"),
                ("Go and show them", "okoro"),
                ("I can't wait", "doyle"),
            ],
        ),
        (
            COALITION_ARTICLE,
            [
                ("Mr Berger was never serious", "kowal"),
                ("He wanted the finance ministry", "kowal"),
                ("moved the goalposts", "berger"),
                ("We offered a fair deal", "berger"),
                ("take the time he needs", "vogel"),
                ("The president has several options", "vogel"),
                ("An election is only one", "vogel"),
                ("I never plan for defeat", "kowal"),
                ("We will win it", "berger"),
            ],
        ),
        (
            EARTHQUAKE_ARTICLE,
            [
                ("It was the strongest earthquake", "kovac"),
                ("We can hear people under the rubble", "firefighter"),
                ("We are digging with our hands", "firefighter"),
                ("All patients are safe", "novak"),
                ("but we need tents", "novak"),
                ("No one will be forgotten", "horvat"),
            ],
        ),
        (
            CARMAKER_ARTICLE,
            [
                ("These are painful decisions", "sorensen"),
                ("The market had expected", "harding"),
                ("The question is whether", "harding"),
                ("This is a betrayal", "walsh"),
                ("deeply disappointed", "shah"),
                ("We do not rule anything out", "sorensen"),
                ("a hammer blow for the town", "okafor"),
                ("Families here have worked", "okafor"),
                ("We will do everything we can", "halvorsen|motors"),
            ],
        ),
    ],
    ids=[
        "flood",
        "court",
        "talks",
        "senate",
        "study",
        "sacking",
        "interview",
        "launch",
        "resignation",
        "ferry",
        "transfer",
        "coalition",
        "earthquake",
        "carmaker",
    ],
)
def test_every_quotation_of_an_invented_article_has_its_speaker(text, expected):
    assert_article_speakers(text, expected)


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (LAUNCH_ARTICLE, {"Karin Lund", "Henrik Aas", "Ole Brandt"}),
        (FERRY_ARTICLE, {"Amanda Reid", "Colin Ward", "Virginia McVey"}),
        (TRANSFER_ARTICLE, {"Kane Doyle", "Maria Santos", "Roy Bates", "Sam Okoro"}),
        (COALITION_ARTICLE, {"Adrian Kowal", "Stefan Berger", "Markus Vogel", "Lukas Hoffmann"}),
        (
            RESIGNATION_ARTICLE,
            {"Philip Crane", "Anita Rao", "Sarah Flynn", "Mike Osei", "Jane Hollis"},
        ),
        (
            CARMAKER_ARTICLE,
            {"Ingrid Sorensen", "Tom Harding", "Gary Walsh", "Priya Shah", "David Okafor"},
        ),
    ],
    ids=["launch", "ferry", "transfer", "coalition", "resignation", "carmaker"],
)
def test_the_people_of_an_invented_article_are_its_persons_and_no_firm_or_paper(text, persons):
    assert {p.name for p in find_people(Document(text)).people()} == persons
