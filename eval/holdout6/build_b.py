# Part B of the sixth held-out set (articles 7-12): text + gold, written by hand.
# art(...) is defined by ../holdout/build.py, which runs this file.

# 7. Regional paper; officials named with full titles once and by surname thereafter. Kenya-Uganda.
#    Migingo island: arrests of fishermen, police deployment, joint survey, summons.
art("regional-kenuga-07", "https://www.lakeregiontimes.co.ke/news/2025/11/12/migingo-row-flares-again",
"""Migingo row flares again as Kampala deploys marine police

By Otieno Okoth, Kisumu Bureau

KISUMU - Kenya on Wednesday summoned Uganda's high commissioner in Nairobi over the arrest of 23 Kenyan fishermen near Migingo Island, the rocky outcrop in Lake Victoria that both countries claim.

The Cabinet Secretary for Foreign and Diaspora Affairs, Dr. Wanjiru Kamau, told a press briefing in Nairobi that the fishermen had been "beaten, robbed of their catch and held without charge" by Ugandan marine police since Saturday. Kamau said Kenya wanted them freed within 72 hours.

"Migingo is not a battlefield. These are poor men feeding their families," Kamau said.

Uganda's Minister of State for Foreign Affairs (Regional Cooperation), Hon. Peter Ssekandi, said in a statement from Kampala that the men had been fishing with illegal nets in Ugandan waters. Ssekandi denied that any of them had been mistreated and said they would appear before a magistrate in Jinja on Thursday.

On Monday, Uganda deployed two additional patrol boats and about 40 marine police officers to the island, according to residents. Ssekandi described the deployment as "routine."

The Member of Parliament for Suba South, Caroli Omondi Achieng, who represents the lakeside constituency, accused Nairobi of neglecting the island for years. "Every government promises a survey, and every government forgets," Achieng said. He led a small demonstration of fishermen at Sori pier on Tuesday.

The two governments agreed in 2009 to a joint survey of the border on the lake, which placed the island in Kenya but its waters largely in Uganda. The Kenya-Uganda Joint Permanent Commission last met in March, when the two sides agreed to set up a joint patrol unit that has yet to be deployed.

Kamau said she had spoken by phone with her Ugandan counterpart, Mr. Ssekandi, on Tuesday evening and that both wanted "a calm solution." She said relations between Nairobi and Kampala remained "very strong, whatever happens on one rock."

Ssekandi struck a less warm note. Relations, he said, would be "tested, not broken" by the dispute, but Kenya should "respect Uganda's laws on Ugandan waters."

A regional analyst, Dr. Esther Nabwire of Makerere University, said neither capital wanted the row to escalate. "Both presidents need each other on trade, on the pipeline, on the railway," she said.
""",
"2025-11-12", "Migingo row flares again as Kampala deploys marine police",
[("Wanjiru Kamau", False, "the fishermen had been \"beaten, robbed of their catch and held without charge\" by Ugandan marine police since Saturday", "2025-11-12"),
 ("Wanjiru Kamau", True, "beaten, robbed of their catch and held without charge", "2025-11-12"),
 ("Wanjiru Kamau", False, "Kenya wanted them freed within 72 hours", "2025-11-12"),
 ("Wanjiru Kamau", True, "Migingo is not a battlefield. These are poor men feeding their families,", "2025-11-12"),
 ("Peter Ssekandi", False, "the men had been fishing with illegal nets in Ugandan waters", "2025-11-12"),
 ("Peter Ssekandi", False, "they would appear before a magistrate in Jinja on Thursday", "2025-11-12"),
 ("residents", False, "On Monday, Uganda deployed two additional patrol boats and about 40 marine police officers to the island", "2025-11-12"),
 ("Peter Ssekandi", True, "routine.", "2025-11-12"),
 ("Caroli Omondi Achieng", True, "Every government promises a survey, and every government forgets,", "2025-11-12"),
 ("Wanjiru Kamau", False, "she had spoken by phone with her Ugandan counterpart, Mr. Ssekandi, on Tuesday evening and that both wanted \"a calm solution.\"", "2025-11-12"),
 ("Wanjiru Kamau", True, "a calm solution.", "2025-11-12"),
 ("Wanjiru Kamau", False, "relations between Nairobi and Kampala remained \"very strong, whatever happens on one rock.\"", "2025-11-12"),
 ("Wanjiru Kamau", True, "very strong, whatever happens on one rock.", "2025-11-12"),
 ("Peter Ssekandi", False, "would be \"tested, not broken\" by the dispute, but Kenya should \"respect Uganda's laws on Ugandan waters.\"", "2025-11-12"),
 ("Peter Ssekandi", True, "tested, not broken", "2025-11-12"),
 ("Peter Ssekandi", True, "respect Uganda's laws on Ugandan waters.", "2025-11-12"),
 ("Esther Nabwire", False, "neither capital wanted the row to escalate", "2025-11-12"),
 ("Esther Nabwire", True, "Both presidents need each other on trade, on the pipeline, on the railway,", "2025-11-12"),
],
[("ACCUSE", ["Kenya", "Uganda"], "2025-11-12", "Nairobi", "Kenya on Wednesday summoned Uganda's high commissioner in Nairobi"),
 ("COERCE", ["Uganda", "Kenya"], "2025-11-08", "Migingo Island", "the arrest of 23 Kenyan fishermen near Migingo Island"),
 ("REQUEST", ["Wanjiru Kamau", "Uganda"], "2025-11-12", None, "Kenya wanted them freed within 72 hours"),
 ("ACCUSE", ["Peter Ssekandi", "Kenya"], "2025-11-12", None, "the men had been fishing with illegal nets in Ugandan waters"),
 ("MOBILIZE", ["Uganda"], "2025-11-10", "Migingo Island", "Uganda deployed two additional patrol boats and about 40 marine police officers to the island"),
 ("ACCUSE", ["Caroli Omondi Achieng", "Kenya"], "2025-11-12", None, "accused Nairobi of neglecting the island for years"),
 ("PROTEST", ["Caroli Omondi Achieng"], "2025-11-11", "Sori", "He led a small demonstration of fishermen at Sori pier on Tuesday."),
 ("AGREE", ["Kenya", "Uganda"], "2009", None, "The two governments agreed in 2009 to a joint survey of the border on the lake"),
 ("CONSULT", ["Kenya", "Uganda"], "2025-03", None, "The Kenya-Uganda Joint Permanent Commission last met in March"),
 ("AGREE", ["Kenya", "Uganda"], "2025-03", None, "the two sides agreed to set up a joint patrol unit"),
 ("CONSULT", ["Wanjiru Kamau", "Peter Ssekandi"], "2025-11-11", None, "she had spoken by phone with her Ugandan counterpart, Mr. Ssekandi, on Tuesday evening"),
 ("REQUEST", ["Peter Ssekandi", "Kenya"], "2025-11-12", None, "Kenya should \"respect Uganda's laws on Ugandan waters.\""),
],
[("Otieno Okoth", None, None), ("Wanjiru Kamau", "Cabinet Secretary for Foreign and Diaspora Affairs", "KEN"),
 ("Peter Ssekandi", "Minister of State for Foreign Affairs (Regional Cooperation)", "UGA"),
 ("Caroli Omondi Achieng", "Member of Parliament for Suba South", "KEN"),
 ("Esther Nabwire", "regional analyst", None)],
[("Wanjiru Kamau", ["KEN", "UGA"], 2), ("Peter Ssekandi", ["KEN", "UGA"], 0)])

# 8. Weekly "what happened this week" digest of several pairs, issue line with a date.
#    Dominican Republic-Haiti, Guyana-Suriname, Honduras-El Salvador.
art("digest-domhti-08", "https://newsletters.caribbeanbrief.org/this-week/112",
"""The Week in Caribbean Diplomacy

Issue 112 · Friday, 13 June 2025 · What happened this week, in five minutes

1. DOMINICAN REPUBLIC - HAITI: BORDER GATES SHUT AGAIN

The Dominican Republic closed its four official border crossings with Haiti on Monday after an attack on a Dominican army post near Dajabón, in which two soldiers were wounded. Defence Minister Gen. Rafael Peña Duarte said on Monday that the gates would stay closed "until Haiti shows it can control its side."

Haiti's transitional foreign minister, Marie-Claude Jean-Baptiste, called the closure "a collective punishment of people who have done nothing" and asked Santo Domingo on Wednesday to reopen at least the Dajabón market. The Dominican foreign ministry replied that it "does not take lessons" from a government that does not control its capital.

Our take: this is the third closure since 2023. Each one lasts longer.

2. GUYANA - SURINAME: A RIVER COMMISSION, AT LAST

Guyana's foreign minister, Hugh Whitfield, and Suriname's foreign minister, Anand Ramdin, met in Nickerie on Tuesday and signed an agreement creating a joint commission for the Corentyne river. Speaking after the signing, Ramdin said relations "have never been better." Whitfield, who called the deal "overdue by fifty years," said the commission would meet for the first time in September.

Ramdin added that the two had "parked" their old dispute over the New River Triangle.

3. HONDURAS - EL SALVADOR: DEPORTATION FLIGHTS

El Salvador deported 46 Honduran nationals on Thursday, the latest of several flights since May. Honduras's deputy foreign minister, Carla Mejía, said Tegucigalpa had not been told in advance and had sent a protest note. "We learn about our own citizens from the airport's arrivals board," she told Radio América.

A Salvadoran security official said on condition of anonymity that the deportees had criminal records.

WHAT WE'RE WATCHING NEXT WEEK

Haiti's prime minister is expected to raise the border closure at the OAS General Assembly. The Dominican Republic has said it will not attend a session on the subject.

Compiled by Ana Lucía Reyes. Edited by Marcus Blake.
""",
"2025-06-13", "The Week in Caribbean Diplomacy",
[("Rafael Peña Duarte", False, "the gates would stay closed \"until Haiti shows it can control its side.\"", "2025-06-09"),
 ("Rafael Peña Duarte", True, "until Haiti shows it can control its side.", "2025-06-09"),
 ("Marie-Claude Jean-Baptiste", True, "a collective punishment of people who have done nothing", "2025-06-11"),
 ("Dominican foreign ministry", False, "it \"does not take lessons\" from a government that does not control its capital", "2025-06-13"),
 ("Dominican foreign ministry", True, "does not take lessons", "2025-06-13"),
 ("Anand Ramdin", False, "relations \"have never been better.\"", "2025-06-10"),
 ("Anand Ramdin", True, "have never been better.", "2025-06-10"),
 ("Hugh Whitfield", True, "overdue by fifty years,", "2025-06-10"),
 ("Hugh Whitfield", False, "the commission would meet for the first time in September", "2025-06-10"),
 ("Anand Ramdin", False, "the two had \"parked\" their old dispute over the New River Triangle", "2025-06-10"),
 ("Anand Ramdin", True, "parked", "2025-06-10"),
 ("Carla Mejía", False, "Tegucigalpa had not been told in advance and had sent a protest note", "2025-06-13"),
 ("Carla Mejía", True, "We learn about our own citizens from the airport's arrivals board,", "2025-06-13"),
 ("Salvadoran security official", False, "the deportees had criminal records", "2025-06-13"),
 ("Dominican Republic", False, "it will not attend a session on the subject", "2025-06-13"),
],
[("COERCE", ["Dominican Republic", "Haiti"], "2025-06-09", None, "The Dominican Republic closed its four official border crossings with Haiti on Monday"),
 ("ASSAULT", ["Haiti", "Dominican Republic"], "2025-06", "Dajabón", "an attack on a Dominican army post near Dajabón, in which two soldiers were wounded"),
 ("THREATEN", ["Rafael Peña Duarte", "Haiti"], "2025-06-09", None, "the gates would stay closed \"until Haiti shows it can control its side.\""),
 ("ACCUSE", ["Marie-Claude Jean-Baptiste", "Dominican Republic"], "2025-06-11", None, "called the closure \"a collective punishment of people who have done nothing\""),
 ("REQUEST", ["Marie-Claude Jean-Baptiste", "Dominican Republic"], "2025-06-11", None, "asked Santo Domingo on Wednesday to reopen at least the Dajabón market"),
 ("REJECT", ["Dominican foreign ministry", "Haiti"], None, None, "The Dominican foreign ministry replied that it \"does not take lessons\""),
 ("CONSULT", ["Hugh Whitfield", "Anand Ramdin"], "2025-06-10", "Nickerie", "Guyana's foreign minister, Hugh Whitfield, and Suriname's foreign minister, Anand Ramdin, met in Nickerie on Tuesday"),
 ("SUPPORT", ["Guyana", "Suriname"], "2025-06-10", "Nickerie", "signed an agreement creating a joint commission for the Corentyne river"),
 ("COERCE", ["El Salvador", "Honduras"], "2025-06-12", None, "El Salvador deported 46 Honduran nationals on Thursday"),
 ("ACCUSE", ["Honduras", "El Salvador"], None, None, "had sent a protest note"),
 ("REJECT", ["Dominican Republic", "Haiti"], None, None, "The Dominican Republic has said it will not attend a session on the subject."),
],
[("Rafael Peña Duarte", "Defence Minister", "DOM"), ("Marie-Claude Jean-Baptiste", "transitional foreign minister", "HTI"),
 ("Hugh Whitfield", "foreign minister", "GUY"), ("Anand Ramdin", "foreign minister", "SUR"),
 ("Carla Mejía", "deputy foreign minister", "HND"), ("Ana Lucía Reyes", None, None), ("Marcus Blake", None, None)],
[("Anand Ramdin", ["GUY", "SUR"], 2)])

# 9. Court report from The Hague (dateline neither country's capital), agents and counsel speaking in turn.
#    Gabon-Equatorial Guinea. Islands dispute, hearings, a 1900 convention, an oil licence.
art("court-gabgnq-09", "https://www.hagueobserver.eu/courts/2025/09/18/gabon-equatorial-guinea-islands-hearing",
"""Gabon and Equatorial Guinea trade claims over islands as hearings open

THE HAGUE, Sept 18 (Hague Observer) - Equatorial Guinea accused Gabon on Thursday of occupying three small islands in Corisco Bay "by force and without title," as the second round of hearings in a case over the tiny territories opened at the Peace Palace.

Equatorial Guinea's agent before the court, Ambassador Domingo Nsue Obama, told the 15 judges that Gabonese soldiers had landed on Mbanié in 1972 and had never left. "A flag planted by soldiers is not a title," he said.

His Gabonese counterpart, Marie-Laure Ndong Mba, who is Gabon's minister of justice, rejected the charge. Gabon, she said, had exercised "peaceful and continuous sovereignty" over Mbanié, Cocotiers and Conga for more than half a century.

"Equatorial Guinea accepted our presence for thirty years. It now asks the court to pretend that it did not," Ndong Mba said.

The two countries agreed in 2016, under mediation by the United Nations, to bring the dispute to the International Court of Justice. In a first ruling in May 2025 the court found that a 1974 document invoked by Gabon was not a treaty in force.

Outside the court, Equatorial Guinea's deputy foreign minister, Teodora Esono, told reporters that her government had asked Gabon last month to freeze an oil exploration licence it granted near the islands in June. "You do not auction a house while the court decides who owns it," she said.

Libreville suspended the licence on Tuesday, a Gabonese official confirmed.

Professor Alain Pellet-Duval, a French lawyer for Gabon, argued on Thursday afternoon that Equatorial Guinea's claim rested on "a colonial map that even Madrid did not believe."

Both delegations said the hearings had been held in a "constructive atmosphere." Esono went further, saying relations between Malabo and Libreville were "much better than the case suggests." The hearings close on September 26. A judgment is expected next year.
""",
"2025-09-18", "Gabon and Equatorial Guinea trade claims over islands as hearings open",
[("Equatorial Guinea", True, "by force and without title,", "2025-09-18"),
 ("Domingo Nsue Obama", False, "Gabonese soldiers had landed on Mbanié in 1972 and had never left", "2025-09-18"),
 ("Domingo Nsue Obama", True, "A flag planted by soldiers is not a title,", "2025-09-18"),
 ("Marie-Laure Ndong Mba", False, "had exercised \"peaceful and continuous sovereignty\" over Mbanié, Cocotiers and Conga for more than half a century", "2025-09-18"),
 ("Marie-Laure Ndong Mba", True, "peaceful and continuous sovereignty", "2025-09-18"),
 ("Marie-Laure Ndong Mba", True, "Equatorial Guinea accepted our presence for thirty years. It now asks the court to pretend that it did not,", "2025-09-18"),
 ("Teodora Esono", False, "her government had asked Gabon last month to freeze an oil exploration licence it granted near the islands in June", "2025-09-18"),
 ("Teodora Esono", True, "You do not auction a house while the court decides who owns it,", "2025-09-18"),
 ("Gabonese official", False, "Libreville suspended the licence on Tuesday", "2025-09-18"),
 ("Alain Pellet-Duval", False, "Equatorial Guinea's claim rested on \"a colonial map that even Madrid did not believe.\"", "2025-09-18"),
 ("Alain Pellet-Duval", True, "a colonial map that even Madrid did not believe.", "2025-09-18"),
 ("delegations", False, "the hearings had been held in a \"constructive atmosphere.\"", "2025-09-18"),
 ("delegations", True, "constructive atmosphere.", "2025-09-18"),
 ("Teodora Esono", False, "relations between Malabo and Libreville were \"much better than the case suggests.\"", "2025-09-18"),
 ("Teodora Esono", True, "much better than the case suggests.", "2025-09-18"),
],
[("ACCUSE", ["Equatorial Guinea", "Gabon"], "2025-09-18", "The Hague", "Equatorial Guinea accused Gabon on Thursday of occupying three small islands in Corisco Bay"),
 ("ASSAULT", ["Gabon", "Equatorial Guinea"], "1972", "Mbanié", "Gabonese soldiers had landed on Mbanié in 1972"),
 ("REJECT", ["Marie-Laure Ndong Mba", "Domingo Nsue Obama"], "2025-09-18", None, "rejected the charge"),
 ("AGREE", ["Gabon", "Equatorial Guinea"], "2016", None, "The two countries agreed in 2016, under mediation by the United Nations, to bring the dispute to the International Court of Justice"),
 ("REJECT", ["International Court of Justice", "Gabon"], "2025-05", None, "the court found that a 1974 document invoked by Gabon was not a treaty in force"),
 ("REQUEST", ["Equatorial Guinea", "Gabon"], "2025-08", None, "her government had asked Gabon last month to freeze an oil exploration licence"),
 ("RETREAT", ["Gabon", "Equatorial Guinea"], "2025-09-16", None, "Libreville suspended the licence on Tuesday"),
 ("ACCUSE", ["Alain Pellet-Duval", "Equatorial Guinea"], "2025-09-18", None, "Equatorial Guinea's claim rested on \"a colonial map that even Madrid did not believe.\""),
],
[("Domingo Nsue Obama", "agent", "GNQ"), ("Marie-Laure Ndong Mba", "minister of justice", "GAB"),
 ("Teodora Esono", "deputy foreign minister", "GNQ"), ("Alain Pellet-Duval", "French lawyer for Gabon", "FRA")],
[("Teodora Esono", ["GAB", "GNQ"], 1)])

# 10. Explainer with question subheads ("What happened?", "What does Minsk say?"), "Last updated" line,
#     no byline. Poland-Belarus. Border crossing closed, balloons, detained journalist, exchange.
art("explainer-polblr-10", "https://www.centraleuropemonitor.com/explainers/poland-belarus-border-what-we-know",
"""EXPLAINER

Poland shuts its last Belarus crossing: what we know

Last updated: 10 February 2026, 09:15 CET

What happened?

Poland closed the Terespol-Brest crossing, its last open road link with Belarus, at midnight on Sunday. Interior Minister Tomasz Wróbel said the closure would last "as long as the threat lasts." Warsaw says Belarusian services have sent dozens of smuggling balloons and more than 2,000 migrants towards the border since January. Poland also expelled a Belarusian diplomat from its embassy in Warsaw on Monday.

"We will not let Minsk use human beings and balloons as weapons against Poland," Wróbel told TVN24 on Monday.

What does Minsk say?

Belarus's foreign ministry called the closure "a hostile act that harms ordinary people on both sides" and summoned the Polish chargé d'affaires on Monday. Its spokesman, Andrei Klimovich, said Poland was "inventing threats to justify its own isolation." Minsk has denied sending the balloons.

Is anyone negotiating?

Barely. The deputy foreign ministers met in Brest in November to discuss the case of Andrzej Poczobut, a Polish-Belarusian journalist jailed in Belarus since 2021, but the talks produced nothing. Poland's deputy foreign minister, Joanna Sadowska, said on Friday that Warsaw had offered to reopen one crossing if Poczobut was released. "The offer is on the table. It has been for months," she said.

What about the EU?

The European Commission backed Poland's decision. A Commission spokesperson, Lena Vogt, said the EU "stands fully behind Poland" and was preparing new sanctions on Belarusian officials linked to the balloon flights.

What does it mean for trade?

About 1,000 lorries a day used Terespol before the closure, according to the Polish road hauliers' association, whose head, Piotr Mazur, warned of losses running into millions of euros. Lithuanian authorities said they expected more traffic at their own crossings.

What happens next?

Wróbel is due to brief parliament on Wednesday. Sadowska said relations with Minsk were "at their lowest point since 1991."
""",
"2026-02-10", "Poland shuts its last Belarus crossing: what we know",
[("Tomasz Wróbel", False, "the closure would last \"as long as the threat lasts.\"", "2026-02-10"),
 ("Tomasz Wróbel", True, "as long as the threat lasts.", "2026-02-10"),
 ("Warsaw", False, "Belarusian services have sent dozens of smuggling balloons and more than 2,000 migrants towards the border since January", "2026-02-10"),
 ("Tomasz Wróbel", True, "We will not let Minsk use human beings and balloons as weapons against Poland,", "2026-02-09"),
 ("Belarus's foreign ministry", True, "a hostile act that harms ordinary people on both sides", "2026-02-09"),
 ("Andrei Klimovich", False, "Poland was \"inventing threats to justify its own isolation.\"", "2026-02-10"),
 ("Andrei Klimovich", True, "inventing threats to justify its own isolation.", "2026-02-10"),
 ("Joanna Sadowska", False, "Warsaw had offered to reopen one crossing if Poczobut was released", "2026-02-06"),
 ("Joanna Sadowska", True, "The offer is on the table. It has been for months,", "2026-02-06"),
 ("Lena Vogt", False, "the EU \"stands fully behind Poland\" and was preparing new sanctions on Belarusian officials linked to the balloon flights", "2026-02-10"),
 ("Lena Vogt", True, "stands fully behind Poland", "2026-02-10"),
 ("Polish road hauliers' association", False, "About 1,000 lorries a day used Terespol before the closure", "2026-02-10"),
 ("Lithuanian authorities", False, "they expected more traffic at their own crossings", "2026-02-10"),
 ("Joanna Sadowska", False, "relations with Minsk were \"at their lowest point since 1991.\"", "2026-02-10"),
 ("Joanna Sadowska", True, "at their lowest point since 1991.", "2026-02-10"),
],
[("COERCE", ["Poland", "Belarus"], "2026-02-08", "Terespol", "Poland closed the Terespol-Brest crossing, its last open road link with Belarus, at midnight on Sunday"),
 ("SANCTION", ["Poland", "Belarus"], "2026-02-09", "Warsaw", "Poland also expelled a Belarusian diplomat from its embassy in Warsaw on Monday"),
 ("ACCUSE", ["Warsaw", "Belarus"], "2026-02-10", None, "Warsaw says Belarusian services have sent dozens of smuggling balloons and more than 2,000 migrants towards the border"),
 ("ACCUSE", ["Belarus's foreign ministry", "Poland"], "2026-02-09", None, "summoned the Polish chargé d'affaires on Monday"),
 ("ACCUSE", ["Andrei Klimovich", "Poland"], None, None, "Poland was \"inventing threats to justify its own isolation.\""),
 ("CONSULT", ["Poland", "Belarus"], "2025-11", "Brest", "The deputy foreign ministers met in Brest in November"),
 ("COERCE", ["Belarus", "Andrzej Poczobut"], "2021", None, "a Polish-Belarusian journalist jailed in Belarus since 2021"),
 ("AGREE", ["Poland", "Belarus"], None, None, "Warsaw had offered to reopen one crossing if Poczobut was released"),
 ("SUPPORT", ["European Commission", "Poland"], None, None, "The European Commission backed Poland's decision."),
],
[("Tomasz Wróbel", "Interior Minister", "POL"), ("Andrei Klimovich", "spokesman", "BLR"),
 ("Andrzej Poczobut", "Polish-Belarusian journalist", None), ("Joanna Sadowska", "deputy foreign minister", "POL"),
 ("Lena Vogt", "Commission spokesperson", None), ("Piotr Mazur", "head of the Polish road hauliers' association", "POL")],
[("Joanna Sadowska", ["BLR", "POL"], -2)])

# 11. Story built on social-media posts ("in a post on X"), a quote followed by a dash, no date anywhere.
#     India-Maldives. Deleted posts, boycott calls, a helicopter deal, a visit.
art("social-indmdv-11", "https://www.oceanregionreview.com/south-asia/india-maldives-posts-row",
"""Posts, deletions and a phone call: how an online row tested India-Maldives ties

A row that began with a string of posts by a junior Maldivian minister has ended, for now, with a phone call between the two foreign ministers and a promise to "move on."

It started when Aishath Rasheeda, the Maldives' deputy minister of youth, wrote on X that Indian tourists "treat our islands like a cheap backyard." The post was deleted within hours, but screenshots spread fast. By the next morning the hashtag #BoycottMaldives was trending in India, and two Indian travel platforms had suspended bookings to Malé.

India's Ministry of External Affairs said it had "taken up the matter strongly" with the Maldivian high commissioner in New Delhi. The Maldivian government suspended Rasheeda the same day and said her views "do not represent the government."

"The Maldives values its friendship with India, our closest neighbour and first responder in every crisis," Maldivian Foreign Minister Ibrahim Faisal Shareef wrote in a post on X. He later spoke to India's External Affairs Minister, Dr. Vivek Menon, and the two agreed that the posts should not derail a planned visit by Maldivian President Mohamed Latheef to New Delhi.

Menon's office said he had told Shareef that India expected "respect for our people" from all Maldivian officials. In his own post, Menon wrote: "Relations between India and the Maldives are deeper than any tweet." The post drew more than 40,000 likes.

Not everyone was appeased. "An apology from the foreign minister is not an apology from the government" - Rohan Kapoor, president of the Travel Agents Federation of India, in a post on LinkedIn.

In Malé, former foreign minister Hussain Didi, now an opposition lawmaker, accused the government of "letting amateurs run foreign policy on their phones." He urged President Latheef to apologise in person during his visit.

The row comes months after India agreed to replace its military personnel operating two helicopters in the Maldives with civilian crews, a concession Malé had demanded. The two countries also signed a currency-swap agreement worth $400 million in the spring.

Analysts said the episode showed how fragile the relationship remains. "Governments can repair a quarrel in a day. The public mood takes longer," said Nimmi Haroon, a researcher at the Maldives National University.
""",
None, "Posts, deletions and a phone call: how an online row tested India-Maldives ties",
[("Aishath Rasheeda", False, "Indian tourists \"treat our islands like a cheap backyard.\"", None),
 ("Aishath Rasheeda", True, "treat our islands like a cheap backyard.", None),
 ("India's Ministry of External Affairs", False, "it had \"taken up the matter strongly\" with the Maldivian high commissioner in New Delhi", None),
 ("India's Ministry of External Affairs", True, "taken up the matter strongly", None),
 ("Maldivian government", False, "her views \"do not represent the government.\"", None),
 ("Maldivian government", True, "do not represent the government.", None),
 ("Ibrahim Faisal Shareef", True, "The Maldives values its friendship with India, our closest neighbour and first responder in every crisis,", None),
 ("Vivek Menon", False, "India expected \"respect for our people\" from all Maldivian officials", None),
 ("Vivek Menon", True, "respect for our people", None),
 ("Vivek Menon", True, "Relations between India and the Maldives are deeper than any tweet.", None),
 ("Rohan Kapoor", True, "An apology from the foreign minister is not an apology from the government", None),
 ("Hussain Didi", True, "letting amateurs run foreign policy on their phones.", None),
 ("Nimmi Haroon", True, "Governments can repair a quarrel in a day. The public mood takes longer,", None),
 ("Analysts", False, "the episode showed how fragile the relationship remains", None),
],
[("ACCUSE", ["Aishath Rasheeda", "India"], None, None, "wrote on X that Indian tourists \"treat our islands like a cheap backyard.\""),
 ("PROTEST", ["India"], None, None, "the hashtag #BoycottMaldives was trending in India"),
 ("ACCUSE", ["India's Ministry of External Affairs", "Maldives"], None, "New Delhi", "it had \"taken up the matter strongly\" with the Maldivian high commissioner in New Delhi"),
 ("CONCEDE", ["Maldivian government", "India"], None, None, "The Maldivian government suspended Rasheeda the same day"),
 ("CONSULT", ["Ibrahim Faisal Shareef", "Vivek Menon"], None, None, "He later spoke to India's External Affairs Minister, Dr. Vivek Menon"),
 ("AGREE", ["Ibrahim Faisal Shareef", "Vivek Menon"], None, None, "the two agreed that the posts should not derail a planned visit"),
 ("REQUEST", ["Vivek Menon", "Maldives"], None, None, "India expected \"respect for our people\" from all Maldivian officials"),
 ("ACCUSE", ["Hussain Didi", "Maldivian government"], None, "Malé", "accused the government of \"letting amateurs run foreign policy on their phones.\""),
 ("REQUEST", ["Hussain Didi", "Mohamed Latheef"], None, None, "He urged President Latheef to apologise in person during his visit."),
 ("AGREE", ["India", "Maldives"], None, None, "India agreed to replace its military personnel operating two helicopters in the Maldives with civilian crews"),
 ("REQUEST", ["Maldives", "India"], None, None, "a concession Malé had demanded"),
 ("SUPPORT", ["India", "Maldives"], None, None, "The two countries also signed a currency-swap agreement worth $400 million"),
],
[("Aishath Rasheeda", "deputy minister of youth", "MDV"), ("Ibrahim Faisal Shareef", "Maldivian Foreign Minister", "MDV"),
 ("Vivek Menon", "External Affairs Minister", "IND"), ("Mohamed Latheef", "Maldivian President", "MDV"),
 ("Rohan Kapoor", "president of the Travel Agents Federation of India", "IND"),
 ("Hussain Didi", "former foreign minister", "MDV"), ("Nimmi Haroon", "researcher at the Maldives National University", "MDV")],
[("Ibrahim Faisal Shareef", ["IND", "MDV"], 2), ("Vivek Menon", ["IND", "MDV"], 1), ("Analysts", ["IND", "MDV"], -1)])

# 12. Wire story with photo captions and a TIMELINE block, dateline in a border town, date in URL.
#     Thailand-Myanmar. Shelling spillover, refugees, humanitarian corridor, protest note.
art("timeline-thamma-12", "https://www.mekongwire.com/2025/12/05/thailand-myanmar-mae-sot-shelling/",
"""Thailand protests to Myanmar after shells land in Mae Sot

MAE SOT, Thailand, Dec 5 (Mekong Wire) - Thailand lodged a formal protest with Myanmar's military government on Friday after two artillery shells fired during fighting across the Moei river landed in a rice field on the outskirts of this border town, injuring a farmer.

[Photo caption: Thai soldiers inspect a crater in a field near Mae Sot, December 4, 2025. Credit: Mekong Wire]

Foreign ministry spokeswoman Kanokwan Srisuk said the Thai embassy in Naypyitaw had delivered a note demanding that Myanmar's armed forces "take every measure to ensure this never happens again." Thailand also asked Myanmar to compensate the injured farmer, she said.

Army Region 3 commander Lieutenant General Prasert Wongsawat told reporters in Mae Sot on Thursday that his troops had returned fire "as a warning" and had been placed on high alert. He said 3,000 extra soldiers had been moved to the border since the weekend.

Myanmar's junta spokesman, Major General Zaw Htun, blamed "terrorist groups" for the shelling and said the army had not fired towards Thai territory. "We respect the sovereignty of our neighbour," he said in a statement on state television.

About 4,000 people have crossed into Thailand since Tuesday, according to the provincial governor, Somsak Chaiyaporn, who said temporary shelters would be opened at two schools. "We will not push anyone back into a war," Somsak said.

Thai Foreign Minister Pornthip Rattanawong spoke by phone with her Myanmar counterpart on Thursday and proposed a humanitarian corridor monitored by the Association of Southeast Asian Nations. She said on Friday that relations with Naypyitaw were "under real strain."

TIMELINE
- Feb 2021: Myanmar's military seizes power.
- April 2024: Resistance forces take Myawaddy; thousands flee to Mae Sot.
- Oct 2025: Thailand and Myanmar agree to reopen the second Friendship Bridge for trade.
- Dec 4, 2025: Shells land near Mae Sot.

[Photo caption: Refugees wait at a school in Mae Sot, December 5, 2025. Credit: Mekong Wire]

The second Friendship Bridge was closed again on Thursday, the Tak provincial office said. A senior Thai diplomat, who asked not to be named, said Bangkok was reviewing electricity sales to Myawaddy.

(Reporting by Nattapong Kaewmanee in Mae Sot; Writing by Sarah Lim; Editing by David Holmes)
""",
"2025-12-05", "Thailand protests to Myanmar after shells land in Mae Sot",
[("Kanokwan Srisuk", False, "the Thai embassy in Naypyitaw had delivered a note demanding that Myanmar's armed forces \"take every measure to ensure this never happens again.\"", "2025-12-05"),
 ("Kanokwan Srisuk", True, "take every measure to ensure this never happens again.", "2025-12-05"),
 ("Kanokwan Srisuk", False, "Thailand also asked Myanmar to compensate the injured farmer", "2025-12-05"),
 ("Prasert Wongsawat", False, "his troops had returned fire \"as a warning\" and had been placed on high alert", "2025-12-04"),
 ("Prasert Wongsawat", True, "as a warning", "2025-12-04"),
 ("Prasert Wongsawat", False, "3,000 extra soldiers had been moved to the border since the weekend", "2025-12-04"),
 ("Zaw Htun", True, "terrorist groups", "2025-12-05"),
 ("Zaw Htun", False, "the army had not fired towards Thai territory", "2025-12-05"),
 ("Zaw Htun", True, "We respect the sovereignty of our neighbour,", "2025-12-05"),
 ("Somsak Chaiyaporn", False, "About 4,000 people have crossed into Thailand since Tuesday", "2025-12-05"),
 ("Somsak Chaiyaporn", False, "temporary shelters would be opened at two schools", "2025-12-05"),
 ("Somsak Chaiyaporn", True, "We will not push anyone back into a war,", "2025-12-05"),
 ("Pornthip Rattanawong", False, "relations with Naypyitaw were \"under real strain.\"", "2025-12-05"),
 ("Pornthip Rattanawong", True, "under real strain.", "2025-12-05"),
 ("Tak provincial office", False, "The second Friendship Bridge was closed again on Thursday", "2025-12-05"),
 ("senior Thai diplomat", False, "Bangkok was reviewing electricity sales to Myawaddy", "2025-12-05"),
],
[("ACCUSE", ["Thailand", "Myanmar"], "2025-12-05", None, "Thailand lodged a formal protest with Myanmar's military government on Friday"),
 ("ASSAULT", ["Myanmar", "Thailand"], "2025-12-04", "Mae Sot", "two artillery shells fired during fighting across the Moei river landed in a rice field on the outskirts of this border town, injuring a farmer"),
 ("REQUEST", ["Thailand", "Myanmar"], None, "Naypyitaw", "the Thai embassy in Naypyitaw had delivered a note demanding that Myanmar's armed forces \"take every measure to ensure this never happens again.\""),
 ("REQUEST", ["Thailand", "Myanmar"], None, None, "Thailand also asked Myanmar to compensate the injured farmer"),
 ("ASSAULT", ["Thailand", "Myanmar"], None, None, "his troops had returned fire \"as a warning\""),
 ("MOBILIZE", ["Thailand"], None, None, "3,000 extra soldiers had been moved to the border since the weekend"),
 ("ACCUSE", ["Zaw Htun", "terrorist groups"], "2025-12-05", None, "blamed \"terrorist groups\" for the shelling"),
 ("CONSULT", ["Pornthip Rattanawong", "Myanmar"], "2025-12-04", None, "Thai Foreign Minister Pornthip Rattanawong spoke by phone with her Myanmar counterpart on Thursday"),
 ("REQUEST", ["Pornthip Rattanawong", "Myanmar"], "2025-12-04", None, "proposed a humanitarian corridor monitored by the Association of Southeast Asian Nations"),
 ("AGREE", ["Thailand", "Myanmar"], "2025-10", None, "Thailand and Myanmar agree to reopen the second Friendship Bridge for trade"),
 ("COERCE", ["Thailand", "Myanmar"], "2025-12-04", None, "The second Friendship Bridge was closed again on Thursday"),
],
[("Kanokwan Srisuk", "Foreign ministry spokeswoman", "THA"),
 ("Prasert Wongsawat", "Army Region 3 commander", "THA"), ("Zaw Htun", "junta spokesman", "MMR"),
 ("Somsak Chaiyaporn", "provincial governor", "THA"), ("Pornthip Rattanawong", "Thai Foreign Minister", "THA"),
 ("Nattapong Kaewmanee", None, None), ("Sarah Lim", None, None), ("David Holmes", None, None)],
[("Pornthip Rattanawong", ["MMR", "THA"], -1), ("Zaw Htun", ["MMR", "THA"], 1)])
