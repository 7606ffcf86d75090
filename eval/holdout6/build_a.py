# Part A of the sixth held-out set (articles 1-6): text + gold, written by hand.
# art(...) is defined by ../holdout/build.py, which runs this file.

# 1. Reuters-style wire with a dateline city that is neither capital, a KEY FACTS block and a
#    "(Reporting by ...; Editing by ...)" line. Senegal-Mauritania. Boat seizures, protest, summoning.
art("wire-senmrt-01", "https://www.sahelwire.com/africa/2025/05/14/senegal-mauritania-resume-fishing-talks/",
"""Senegal, Mauritania agree to resume fishing talks after boat seizures

SAINT-LOUIS, Senegal, May 14 (Sahel Wire) - Senegal and Mauritania agreed on Wednesday to resume talks on a fishing accord that lapsed last year, days after Mauritanian coastguards seized six Senegalese pirogues and detained 41 fishermen off Nouadhibou.

Senegalese Fisheries Minister Aminata Diallo Ba met Mauritania's minister of fisheries and maritime economy, Sidi Ould Cheikh, in this northern river city for talks that lasted most of the day, the Senegalese government said in a statement.

"Our fishermen have fished these waters for generations, and they cannot be treated like criminals," Ba told reporters after the meeting. "We came here to find a solution, not to trade insults."

Ould Cheikh said Mauritania had acted within its law because the boats had no licences, but that Nouakchott was ready to release the fishermen "as a gesture of good neighbourliness" once their papers were checked.

The two ministers agreed to set up a joint technical committee that will meet within 30 days to draft a new licensing system for about 500 Senegalese pirogues, according to the statement.

Moustapha Sarr, who heads the Saint-Louis fishing cooperative, said the seizures on May 9 had left hundreds of families without income. On Monday, several hundred fishermen marched to the governor's office in Saint-Louis demanding the release of their colleagues.

"The minister says talks, talks, talks. We want our brothers home," Sarr said.

Senegal's foreign ministry summoned the Mauritanian ambassador in Dakar last week to protest against what it called "the disproportionate use of force" during the seizures. Mauritanian officials denied that coastguards had fired shots.

Ba described relations with Nouakchott as "solid, despite this storm," and said the two countries' joint gas project off their shared coast showed what cooperation could achieve.

KEY FACTS
- Senegal and Mauritania share the Greater Tortue Ahmeyim gas field, which began exporting gas in 2025.
- A fishing accord signed in 2018 allowed Senegalese pirogues to fish in Mauritanian waters; it expired in December 2024.
- Mauritania seized 13 Senegalese boats in 2024, according to the Senegalese fisheries ministry.

(Reporting by Cheikh Ndiaye in Saint-Louis and Mariem Mint Ahmed in Nouakchott; Editing by Paul Whitfield)
""",
"2025-05-14", "Senegal, Mauritania agree to resume fishing talks after boat seizures",
[("Senegalese government", False, "Senegalese Fisheries Minister Aminata Diallo Ba met Mauritania's minister of fisheries and maritime economy, Sidi Ould Cheikh, in this northern river city for talks that lasted most of the day", "2025-05-14"),
 ("Aminata Diallo Ba", True, "Our fishermen have fished these waters for generations, and they cannot be treated like criminals,", "2025-05-14"),
 ("Aminata Diallo Ba", True, "We came here to find a solution, not to trade insults.", "2025-05-14"),
 ("Sidi Ould Cheikh", False, "Mauritania had acted within its law because the boats had no licences", "2025-05-14"),
 ("Sidi Ould Cheikh", False, "Nouakchott was ready to release the fishermen \"as a gesture of good neighbourliness\" once their papers were checked", "2025-05-14"),
 ("Sidi Ould Cheikh", True, "as a gesture of good neighbourliness", "2025-05-14"),
 ("Senegalese government", False, "The two ministers agreed to set up a joint technical committee that will meet within 30 days to draft a new licensing system for about 500 Senegalese pirogues", "2025-05-14"),
 ("Moustapha Sarr", False, "the seizures on May 9 had left hundreds of families without income", "2025-05-14"),
 ("Moustapha Sarr", True, "The minister says talks, talks, talks. We want our brothers home,", "2025-05-14"),
 ("Senegal's foreign ministry", True, "the disproportionate use of force", "2025-05"),
 ("Aminata Diallo Ba", True, "solid, despite this storm,", "2025-05-14"),
 ("Aminata Diallo Ba", False, "the two countries' joint gas project off their shared coast showed what cooperation could achieve", "2025-05-14"),
 ("Senegalese fisheries ministry", False, "Mauritania seized 13 Senegalese boats in 2024", None),
],
[("AGREE", ["Senegal", "Mauritania"], "2025-05-14", None, "Senegal and Mauritania agreed on Wednesday to resume talks on a fishing accord"),
 ("COERCE", ["Mauritania", "Senegal"], "2025-05-09", "Nouadhibou", "Mauritanian coastguards seized six Senegalese pirogues and detained 41 fishermen off Nouadhibou"),
 ("CONSULT", ["Aminata Diallo Ba", "Sidi Ould Cheikh"], "2025-05-14", "Saint-Louis", "Senegalese Fisheries Minister Aminata Diallo Ba met Mauritania's minister of fisheries and maritime economy, Sidi Ould Cheikh, in this northern river city"),
 ("AGREE", ["Sidi Ould Cheikh", "Senegal"], "2025-05-14", None, "Nouakchott was ready to release the fishermen"),
 ("AGREE", ["Senegal", "Mauritania"], "2025-05-14", None, "The two ministers agreed to set up a joint technical committee that will meet within 30 days"),
 ("PROTEST", ["fishermen"], "2025-05-12", "Saint-Louis", "several hundred fishermen marched to the governor's office in Saint-Louis demanding the release of their colleagues"),
 ("ACCUSE", ["Senegal's foreign ministry", "Mauritania"], "2025-05", "Dakar", "Senegal's foreign ministry summoned the Mauritanian ambassador in Dakar last week"),
 ("SUPPORT", ["Senegal", "Mauritania"], "2018", None, "A fishing accord signed in 2018"),
 ("COERCE", ["Mauritania", "Senegal"], "2024", None, "Mauritania seized 13 Senegalese boats in 2024"),
],
[("Aminata Diallo Ba", "Senegalese Fisheries Minister", "SEN"),
 ("Sidi Ould Cheikh", "minister of fisheries and maritime economy", "MRT"),
 ("Moustapha Sarr", "heads the Saint-Louis fishing cooperative", "SEN"),
 ("Cheikh Ndiaye", None, None), ("Mariem Mint Ahmed", None, None), ("Paul Whitfield", None, None)],
[("Aminata Diallo Ba", ["MRT", "SEN"], 1)])

# 2. Press-conference report, several speakers answering in turn, byline, date only in the URL.
#    Argentina-Uruguay. River dredging; "X's remarks on Monday that ..."; interrupted reported clause.
art("presser-argury-02", "https://www.riodelaplatadaily.com/politics/2025/03/07/ministers-spar-over-canal-dredging/",
"""Ministers spar politely over canal dredging at joint press conference

By Lucía Benítez

BUENOS AIRES - The foreign ministers of Argentina and Uruguay took turns at the lectern on Thursday after three hours of talks at the San Martín Palace, and it quickly became clear that they had not settled their dispute over the dredging of the Martín García canal.

Argentine Foreign Minister Gabriela Ruiz spoke first. Argentina, she said, had agreed to share all environmental studies for the project with Montevideo before any work began. "We have nothing to hide. The canal is a shared river and we treat it as one," she said.

Uruguay's foreign minister, Martín Lacalle, answered next. He thanked his host but said Uruguay still objected to the depth of 34 feet that Buenos Aires had proposed. "Thirty-four feet is not a technical detail. It decides which port the ships go to," Lacalle said.

Asked whether Uruguay would take the matter to the International Court of Justice, Lacalle replied that nobody in Montevideo wanted "to go back to The Hague." Argentina took Uruguay to the court over a pulp mill in 2006, a case that froze relations for years.

Hernán Sosa, who heads the binational Administrative Commission of the Río de la Plata, took the third question. The commission would publish its technical opinion by the end of April, he said. "This commission exists for exactly this kind of disagreement," Sosa told reporters.

Rosario Ferreira, the president of Uruguay's National Ports Administration, who attended the talks, told reporters afterwards that Montevideo's port would lose traffic if the canal were dredged deeper than the access channel to Montevideo.

The final question went back to Ruiz, who was asked about Lacalle's remarks on Monday that Argentina was "acting as if the river were its own." She rejected the charge. "That is not how I would describe a government that has just handed over 2,000 pages of studies," she said.

Uruguay sent a diplomatic note in February asking Buenos Aires to open formal consultations, and Argentina postponed the tender for the dredging contract two weeks later.

The two ministers agreed to hold a second round of talks in Montevideo in May. At the end of the press conference, Ruiz said relations with Uruguay were "better than the headlines say." Lacalle was more cautious, calling the two countries "brothers who argue a lot."
""",
"2025-03-07", "Ministers spar politely over canal dredging at joint press conference",
[("Gabriela Ruiz", False, "had agreed to share all environmental studies for the project with Montevideo before any work began", "2025-03-06"),
 ("Gabriela Ruiz", True, "We have nothing to hide. The canal is a shared river and we treat it as one,", "2025-03-06"),
 ("Martín Lacalle", False, "Uruguay still objected to the depth of 34 feet that Buenos Aires had proposed", "2025-03-06"),
 ("Martín Lacalle", True, "Thirty-four feet is not a technical detail. It decides which port the ships go to,", "2025-03-06"),
 ("Martín Lacalle", False, "nobody in Montevideo wanted \"to go back to The Hague.\"", "2025-03-06"),
 ("Martín Lacalle", True, "to go back to The Hague.", "2025-03-06"),
 ("Hernán Sosa", False, "The commission would publish its technical opinion by the end of April", "2025-03-06"),
 ("Hernán Sosa", True, "This commission exists for exactly this kind of disagreement,", "2025-03-06"),
 ("Rosario Ferreira", False, "Montevideo's port would lose traffic if the canal were dredged deeper than the access channel to Montevideo", "2025-03-06"),
 ("Martín Lacalle", False, "Argentina was \"acting as if the river were its own.\"", "2025-03-03"),
 ("Martín Lacalle", True, "acting as if the river were its own.", "2025-03-03"),
 ("Gabriela Ruiz", True, "That is not how I would describe a government that has just handed over 2,000 pages of studies,", "2025-03-06"),
 ("Gabriela Ruiz", False, "relations with Uruguay were \"better than the headlines say.\"", "2025-03-06"),
 ("Gabriela Ruiz", True, "better than the headlines say.", "2025-03-06"),
 ("Martín Lacalle", True, "brothers who argue a lot.", "2025-03-06"),
],
[("CONSULT", ["Argentina", "Uruguay"], "2025-03-06", "Buenos Aires", "three hours of talks at the San Martín Palace"),
 ("AGREE", ["Argentina", "Uruguay"], "2025-03-06", None, "had agreed to share all environmental studies for the project with Montevideo"),
 ("REJECT", ["Uruguay", "Argentina"], "2025-03-06", None, "Uruguay still objected to the depth of 34 feet that Buenos Aires had proposed"),
 ("ACCUSE", ["Argentina", "Uruguay"], "2006", None, "Argentina took Uruguay to the court over a pulp mill in 2006"),
 ("ACCUSE", ["Martín Lacalle", "Argentina"], "2025-03-03", None, "Lacalle's remarks on Monday that Argentina was \"acting as if the river were its own.\""),
 ("REJECT", ["Gabriela Ruiz", "Martín Lacalle"], "2025-03-06", None, "She rejected the charge."),
 ("REQUEST", ["Uruguay", "Argentina"], "2025-02", None, "Uruguay sent a diplomatic note in February asking Buenos Aires to open formal consultations"),
 ("RETREAT", ["Argentina", "Uruguay"], "2025", None, "Argentina postponed the tender for the dredging contract two weeks later"),
 ("AGREE", ["Gabriela Ruiz", "Martín Lacalle"], "2025-03-06", None, "The two ministers agreed to hold a second round of talks in Montevideo in May"),
],
[("Lucía Benítez", None, None), ("Gabriela Ruiz", "Argentine Foreign Minister", "ARG"),
 ("Martín Lacalle", "foreign minister", "URY"),
 ("Hernán Sosa", "heads the binational Administrative Commission of the Río de la Plata", None),
 ("Rosario Ferreira", "president of Uruguay's National Ports Administration", "URY")],
[("Gabriela Ruiz", ["ARG", "URY"], 1), ("Martín Lacalle", ["ARG", "URY"], 0)])

# 3. Editorial board piece citing officials, no byline but "The Editorial Board", date line.
#    Kyrgyzstan-Uzbekistan. Reservoir, water releases, border treaty; officials cited by title once.
art("editorial-kgzuzb-03", None,
"""OPINION | EDITORIAL

The Fergana valley cannot afford another dry summer of blame

The Editorial Board | Thursday, April 2, 2026

Two years after Kyrgyzstan and Uzbekistan ratified the treaty that ended their long quarrel over the border, the water that flows across it is becoming the next test of their friendship.

On Monday, the Kyrgyz energy minister, Nurbek Asanov, announced that releases from the Toktogul reservoir would be cut by a fifth until June to protect winter power supplies. Uzbekistan's minister of water resources, Shavkat Khamidov, replied the next day that the cut "puts the cotton harvest of two million farmers at risk" and asked Bishkek to restore the agreed volumes.

Both men have a point, and both governments know it. Kyrgyzstan cannot keep its lights on in January if it empties its dams in May. Uzbekistan cannot feed the Fergana valley if the canals run dry in July.

What is missing is not goodwill. The two presidents signed a water-sharing memorandum in Tashkent last September, and Uzbekistan has paid for Kyrgyz electricity in summer since 2023. Kyrgyz Foreign Minister Aibek Toktogulov told this newspaper in March that relations with Tashkent were "the best they have been since independence." We believe him.

What is missing is a mechanism. The joint water commission has not met since November. Khamidov has proposed an emergency session in Osh; Asanov said on Tuesday that Bishkek was "ready to sit down tomorrow." Then they should.

The warning signs are already visible. Farmers in the Andijan region blocked a road to the border crossing at Dostuk last week, and Uzbek customs officers held up Kyrgyz fruit trucks for two days in what Bishkek called "a coincidence that nobody believes."

Dilshod Rakhimov, the Uzbek deputy foreign minister, insisted on Wednesday that the delays were technical. Perhaps. But a region that only recently stopped shooting over its borders cannot let water turn into the next weapon.

Both governments should publish their reservoir data every week, and the commission should meet before the end of April. The treaty was the hard part. Sharing the river should be easier.
""",
"2026-04-02", "The Fergana valley cannot afford another dry summer of blame",
[("Nurbek Asanov", False, "releases from the Toktogul reservoir would be cut by a fifth until June to protect winter power supplies", "2026-03-30"),
 ("Shavkat Khamidov", False, "the cut \"puts the cotton harvest of two million farmers at risk\"", "2026-03-31"),
 ("Shavkat Khamidov", True, "puts the cotton harvest of two million farmers at risk", "2026-03-31"),
 ("Aibek Toktogulov", False, "relations with Tashkent were \"the best they have been since independence.\"", "2026-03"),
 ("Aibek Toktogulov", True, "the best they have been since independence.", "2026-03"),
 ("Nurbek Asanov", False, "Bishkek was \"ready to sit down tomorrow.\"", "2026-03-31"),
 ("Nurbek Asanov", True, "ready to sit down tomorrow.", "2026-03-31"),
 ("Bishkek", True, "a coincidence that nobody believes.", "2026-04-02"),
 ("Dilshod Rakhimov", False, "the delays were technical", "2026-04-01"),
],
[("SUPPORT", ["Kyrgyzstan", "Uzbekistan"], "2024", None, "Kyrgyzstan and Uzbekistan ratified the treaty that ended their long quarrel over the border"),
 ("COERCE", ["Nurbek Asanov", "Uzbekistan"], "2026-03-30", None, "releases from the Toktogul reservoir would be cut by a fifth until June"),
 ("REQUEST", ["Shavkat Khamidov", "Kyrgyzstan"], "2026-03-31", None, "asked Bishkek to restore the agreed volumes"),
 ("SUPPORT", ["Kyrgyzstan", "Uzbekistan"], "2025-09", "Tashkent", "The two presidents signed a water-sharing memorandum in Tashkent last September"),
 ("COOPERATE", ["Uzbekistan", "Kyrgyzstan"], None, None, "Uzbekistan has paid for Kyrgyz electricity in summer since 2023"),
 ("AGREE", ["Shavkat Khamidov", "Kyrgyzstan"], None, "Osh", "Khamidov has proposed an emergency session in Osh"),
 ("AGREE", ["Nurbek Asanov", "Uzbekistan"], "2026-03-31", None, "Bishkek was \"ready to sit down tomorrow.\""),
 ("PROTEST", ["Farmers in the Andijan region"], "2026-03", "Dostuk", "Farmers in the Andijan region blocked a road to the border crossing at Dostuk last week"),
 ("COERCE", ["Uzbekistan", "Kyrgyzstan"], None, None, "Uzbek customs officers held up Kyrgyz fruit trucks for two days"),
 ("ACCUSE", ["Bishkek", "Uzbekistan"], None, None, "what Bishkek called \"a coincidence that nobody believes.\""),
 ("REJECT", ["Dilshod Rakhimov", "Kyrgyzstan"], "2026-04-01", None, "Dilshod Rakhimov, the Uzbek deputy foreign minister, insisted on Wednesday that the delays were technical"),
],
[("Nurbek Asanov", "energy minister", "KGZ"), ("Shavkat Khamidov", "minister of water resources", "UZB"),
 ("Aibek Toktogulov", "Kyrgyz Foreign Minister", "KGZ"), ("Dilshod Rakhimov", "Uzbek deputy foreign minister", "UZB")],
[("Aibek Toktogulov", ["KGZ", "UZB"], 2)])

# 4. Translated statement with "(translated)" notes; Gulf outlet's English edition with a date line.
#    Bahrain-Qatar. Detained fishermen, note verbale, release, denial.
art("translated-bhrqat-04", "https://english.gulfdaily-monitor.com/region/bahrain-demands-release-of-fishermen",
"""Bahrain demands release of fishermen held by Qatar

Manama, 21 October 2025 - Gulf Daily Monitor (English edition)

Bahrain's Ministry of Foreign Affairs on Tuesday demanded that Qatar release seven Bahraini fishermen detained by the Qatari coastguard near the Fasht al-Dibal shoal on Sunday, in the sharpest exchange between the two neighbours in two years.

"The Kingdom of Bahrain holds the State of Qatar fully responsible for the safety of its citizens and calls for their immediate release," the ministry said in a statement issued in Arabic (translated by the Monitor).

The statement added that Bahrain had delivered a note verbale to the Qatari embassy in Manama on Monday and reserved "the right to take all measures that guarantee the protection of its citizens" (translated).

Qatar's Ministry of Foreign Affairs said in its own statement that the fishermen had entered Qatari waters "without permission and using prohibited nets" (translated) and that they would be treated "in accordance with the law and with full respect for their rights" (translated).

Its spokesperson, Dr. Hamad al-Mansouri, told Al Jazeera Arabic on Tuesday evening that Doha did not want the case "to spoil what the two brotherly countries have built" (translated). He denied reports that one of the fishermen had been injured during the arrest.

In Muharraq, relatives of the fishermen gathered outside the fishermen's association on Monday. Its chairman, Jassim Bukhowa, said the men had fished the same grounds for 30 years. "They are not smugglers. They are fathers," he said.

Bahrain and Qatar restored diplomatic relations in April 2023 after a six-year break, and Gulf Air resumed flights to Doha a month later. Since then, the two governments have held three rounds of talks on maritime and border issues, most recently in Riyadh in July.

The Secretary-General of the Gulf Cooperation Council, Nasser al-Budaiwi, called on both countries on Tuesday to settle the matter "within the Gulf house." A GCC official said the council had offered to mediate.

Late on Tuesday, Bahrain's foreign minister, Sheikh Khalid bin Rashid Al Khalifa, spoke by telephone with Qatar's minister of state for foreign affairs, Sultan al-Kuwari, the Bahrain News Agency reported. Sheikh Khalid said relations between the two countries were "strong enough to overcome this" (translated).
""",
"2025-10-21", "Bahrain demands release of fishermen held by Qatar",
[("Bahrain's Ministry of Foreign Affairs", True, "The Kingdom of Bahrain holds the State of Qatar fully responsible for the safety of its citizens and calls for their immediate release,", "2025-10-21"),
 ("Bahrain's Ministry of Foreign Affairs", False, "Bahrain had delivered a note verbale to the Qatari embassy in Manama on Monday and reserved \"the right to take all measures that guarantee the protection of its citizens\"", "2025-10-21"),
 ("Bahrain's Ministry of Foreign Affairs", True, "the right to take all measures that guarantee the protection of its citizens", "2025-10-21"),
 ("Qatar's Ministry of Foreign Affairs", False, "the fishermen had entered Qatari waters \"without permission and using prohibited nets\"", "2025-10-21"),
 ("Qatar's Ministry of Foreign Affairs", True, "without permission and using prohibited nets", "2025-10-21"),
 ("Qatar's Ministry of Foreign Affairs", False, "they would be treated \"in accordance with the law and with full respect for their rights\"", "2025-10-21"),
 ("Qatar's Ministry of Foreign Affairs", True, "in accordance with the law and with full respect for their rights", "2025-10-21"),
 ("Hamad al-Mansouri", False, "Doha did not want the case \"to spoil what the two brotherly countries have built\"", "2025-10-21"),
 ("Hamad al-Mansouri", True, "to spoil what the two brotherly countries have built", "2025-10-21"),
 ("Jassim Bukhowa", False, "the men had fished the same grounds for 30 years", "2025-10-20"),
 ("Jassim Bukhowa", True, "They are not smugglers. They are fathers,", "2025-10-20"),
 ("Nasser al-Budaiwi", True, "within the Gulf house.", "2025-10-21"),
 ("GCC official", False, "the council had offered to mediate", "2025-10-21"),
 ("Bahrain News Agency", False, "Bahrain's foreign minister, Sheikh Khalid bin Rashid Al Khalifa, spoke by telephone with Qatar's minister of state for foreign affairs, Sultan al-Kuwari", "2025-10-21"),
 ("Khalid bin Rashid Al Khalifa", False, "relations between the two countries were \"strong enough to overcome this\"", "2025-10-21"),
 ("Khalid bin Rashid Al Khalifa", True, "strong enough to overcome this", "2025-10-21"),
],
[("REQUEST", ["Bahrain's Ministry of Foreign Affairs", "Qatar"], "2025-10-21", None, "Bahrain's Ministry of Foreign Affairs on Tuesday demanded that Qatar release seven Bahraini fishermen"),
 ("COERCE", ["Qatar", "Bahrain"], "2025-10-19", "Fasht al-Dibal", "seven Bahraini fishermen detained by the Qatari coastguard near the Fasht al-Dibal shoal on Sunday"),
 ("ACCUSE", ["Bahrain", "Qatar"], "2025-10-20", "Manama", "Bahrain had delivered a note verbale to the Qatari embassy in Manama on Monday"),
 ("THREATEN", ["Bahrain", "Qatar"], "2025-10-21", None, "reserved \"the right to take all measures that guarantee the protection of its citizens\""),
 ("ACCUSE", ["Qatar's Ministry of Foreign Affairs", "Bahrain"], "2025-10-21", None, "the fishermen had entered Qatari waters \"without permission and using prohibited nets\""),
 ("PROTEST", ["relatives of the fishermen"], "2025-10-20", "Muharraq", "relatives of the fishermen gathered outside the fishermen's association on Monday"),
 ("RETREAT", ["Bahrain", "Qatar"], "2023-04", None, "Bahrain and Qatar restored diplomatic relations in April 2023 after a six-year break"),
 ("CONSULT", ["Bahrain", "Qatar"], "2025-07", "Riyadh", "the two governments have held three rounds of talks on maritime and border issues, most recently in Riyadh in July"),
 ("REQUEST", ["Nasser al-Budaiwi", "Bahrain", "Qatar"], "2025-10-21", None, "called on both countries on Tuesday to settle the matter \"within the Gulf house.\""),
 ("AGREE", ["Gulf Cooperation Council", "Bahrain", "Qatar"], None, None, "the council had offered to mediate"),
 ("CONSULT", ["Khalid bin Rashid Al Khalifa", "Sultan al-Kuwari"], "2025-10-21", None, "Sheikh Khalid bin Rashid Al Khalifa, spoke by telephone with Qatar's minister of state for foreign affairs, Sultan al-Kuwari"),
],
[("Hamad al-Mansouri", "spokesperson", "QAT"), ("Jassim Bukhowa", "chairman", "BHR"),
 ("Nasser al-Budaiwi", "Secretary-General of the Gulf Cooperation Council", None),
 ("Khalid bin Rashid Al Khalifa", "foreign minister", "BHR"),
 ("Sultan al-Kuwari", "minister of state for foreign affairs", "QAT")],
[("Hamad al-Mansouri", ["BHR", "QAT"], 1), ("Khalid bin Rashid Al Khalifa", ["BHR", "QAT"], 1)])

# 5. Leaked document with anonymous sources, byline, date only in the URL. Albania-Greece.
#    Maritime delimitation memo; "a senior official, who spoke on condition of anonymity".
art("leak-albgrc-05", "https://www.balkaninsight-review.com/2026/01/15/leaked-memo-greece-albania-sea-border/",
"""Leaked memo shows Athens ready to shelve sea border case with Albania

By Erion Dervishi and Katerina Pappa

A confidential memo prepared for Greece's foreign minister recommends dropping plans to take the maritime border dispute with Albania to the International Court of Justice and negotiating a political deal instead, according to a copy seen by this publication.

The four-page document, dated December 12 and marked "restricted," was drafted by the ministry's legal department. It argues that a court case "could take a decade and would leave the relationship hostage to lawyers."

A senior Greek official, who spoke on condition of anonymity because he was not authorised to discuss the memo, confirmed that it was genuine. "The minister has read it. Nothing has been decided," the official said.

The memo was written weeks after Albania's parliament approved a resolution on November 20 calling for the dispute to be settled "only by an international court." Greek Foreign Minister Nikos Kalogeropoulos criticised the resolution at the time as "a step backwards."

Kalogeropoulos's spokeswoman, Eleni Vasilaki, declined to comment on "internal documents" on Wednesday but said Greece remained committed to "a fair solution under international law." She said the two foreign ministers had spoken by phone on January 9.

In Tirana, Albania's deputy foreign minister, Ardian Hoxha, said the government had not received any new proposal from Athens. "If Greece wants to talk, our door is open. But we will not negotiate over the heads of our parliament," Hoxha told reporters on Wednesday. He also said relations with Athens were "cooler than they should be."

Two Albanian diplomats, speaking on condition of anonymity, said Tirana had been sounded out informally in December about a joint commission of experts. One of them described the approach as "serious, but premature."

The memo also notes that Albania agreed in 2020 to take the case to The Hague, before its parliament changed course, and that Greece blocked the opening of a chapter of Albania's EU accession talks in 2024 over the rights of the Greek minority.

Opposition lawmakers in Athens accused the government of preparing "a quiet surrender." Kalogeropoulos is due to visit Tirana in February.
""",
"2026-01-15", "Leaked memo shows Athens ready to shelve sea border case with Albania",
[("memo", False, "a court case \"could take a decade and would leave the relationship hostage to lawyers.\"", "2025-12-12"),
 ("memo", True, "could take a decade and would leave the relationship hostage to lawyers.", "2025-12-12"),
 ("senior Greek official", True, "The minister has read it. Nothing has been decided,", "2026-01-15"),
 ("Nikos Kalogeropoulos", True, "a step backwards.", "2025-11"),
 ("Eleni Vasilaki", True, "internal documents", "2026-01-14"),
 ("Eleni Vasilaki", False, "Greece remained committed to \"a fair solution under international law.\"", "2026-01-14"),
 ("Eleni Vasilaki", True, "a fair solution under international law.", "2026-01-14"),
 ("Eleni Vasilaki", False, "the two foreign ministers had spoken by phone on January 9", "2026-01-14"),
 ("Ardian Hoxha", False, "the government had not received any new proposal from Athens", "2026-01-14"),
 ("Ardian Hoxha", True, "If Greece wants to talk, our door is open. But we will not negotiate over the heads of our parliament,", "2026-01-14"),
 ("Ardian Hoxha", False, "relations with Athens were \"cooler than they should be.\"", "2026-01-14"),
 ("Ardian Hoxha", True, "cooler than they should be.", "2026-01-14"),
 ("Albanian diplomats", False, "Tirana had been sounded out informally in December about a joint commission of experts", "2026-01-15"),
 ("Albanian diplomats", True, "serious, but premature.", "2026-01-15"),
 ("Opposition lawmakers", True, "a quiet surrender.", "2026-01-15"),
],
[("ACCUSE", ["Nikos Kalogeropoulos", "Albania"], "2025-11", None, "Greek Foreign Minister Nikos Kalogeropoulos criticised the resolution at the time"),
 ("REQUEST", ["Albania", "Greece"], "2025-11-20", None, "Albania's parliament approved a resolution on November 20 calling for the dispute to be settled \"only by an international court.\""),
 ("CONSULT", ["Greece", "Albania"], "2026-01-09", None, "the two foreign ministers had spoken by phone on January 9"),
 ("AGREE", ["Ardian Hoxha", "Greece"], "2026-01-14", None, "If Greece wants to talk, our door is open."),
 ("CONSULT", ["Greece", "Albania"], "2025-12", None, "Tirana had been sounded out informally in December about a joint commission of experts"),
 ("AGREE", ["Albania", "Greece"], "2020", None, "Albania agreed in 2020 to take the case to The Hague"),
 ("COERCE", ["Greece", "Albania"], "2024", None, "Greece blocked the opening of a chapter of Albania's EU accession talks in 2024"),
 ("ACCUSE", ["Opposition lawmakers", "Greece"], None, "Athens", "Opposition lawmakers in Athens accused the government of preparing \"a quiet surrender.\""),
],
[("Erion Dervishi", None, None), ("Katerina Pappa", None, None),
 ("Nikos Kalogeropoulos", "Greek Foreign Minister", "GRC"), ("Eleni Vasilaki", "spokeswoman", "GRC"),
 ("Ardian Hoxha", "deputy foreign minister", "ALB")],
[("Ardian Hoxha", ["ALB", "GRC"], -1)])

# 6. Sports-diplomacy feature that opens with a scene, curly quotes, weekday date line.
#    New Zealand-Samoa. First test in Apia; visas, apology for the dawn raids.
art("sport-nzlwsm-06", "https://www.pacificpost.co.nz/sport/manu-samoa-all-blacks-apia-test-diplomacy",
"""A rugby test in Apia, and a relationship on the mend

Saturday, August 23, 2025 | By Tavita Leaupepe

APIA — Hours before kick-off, the road to Apia Park was already lined with families under umbrellas, singing hymns and waving blue flags. A group of schoolboys had painted “Welcome home” on a bedsheet for the All Blacks, three of whom have Samoan parents.

Saturday’s match is the first test the All Blacks have played in Samoa since 2015, and both governments have done their best to make it about more than rugby.

New Zealand’s prime minister, Grant Whitmore, flew in on Friday with a delegation of ministers and business leaders. After meeting Samoa’s prime minister, Fiamē Leota Tuilaepa, at the government building, he announced NZ$25 million in funding to rebuild the stadium’s stands and a new seasonal work scheme for 2,000 Samoan workers.

“The relationship between New Zealand and Samoa is family. Families argue, but they turn up for each other,” Whitmore told reporters after the meeting.

Tuilaepa welcomed the package but said Wellington still had work to do on visas. “Our people should not have to wait six months to watch their sons play in Auckland,” she said. She has asked New Zealand to drop visa requirements for short visits, a request she repeated on Friday.

It was Whitmore’s predecessor who apologised in 2021 for the dawn raids of the 1970s, in which police targeted Pacific Island overstayers. Samoa’s deputy prime minister, Lemalu Sefo, said the apology “opened a door that had been shut for fifty years.”

Not everyone is in a forgiving mood. Tofa Iosefa, who chairs the Samoa Rugby Union, complained last week that New Zealand clubs were “taking our best boys at sixteen” and paying the union nothing. The New Zealand Rugby chief executive, Mark Hennessy, rejected the claim on Thursday, saying his organisation had given the union more than NZ$3 million since 2019.

Samoa also hosts a Chinese-funded port upgrade, and Whitmore was asked whether the trip was about competition with Beijing. “This is about our neighbours, not about anyone else,” he said.

By the second half, the politics had faded into the noise. A grandmother in a red puletasi leaned over the rail. “Whoever wins,” she said, “we are all cousins today.”
""",
"2025-08-23", "A rugby test in Apia, and a relationship on the mend",
[("Grant Whitmore", True, "The relationship between New Zealand and Samoa is family. Families argue, but they turn up for each other,", "2025-08-22"),
 ("Fiamē Leota Tuilaepa", False, "Wellington still had work to do on visas", "2025-08-22"),
 ("Fiamē Leota Tuilaepa", True, "Our people should not have to wait six months to watch their sons play in Auckland,", "2025-08-22"),
 ("Lemalu Sefo", False, "the apology “opened a door that had been shut for fifty years.”", "2025-08-23"),
 ("Lemalu Sefo", True, "opened a door that had been shut for fifty years.", "2025-08-23"),
 ("Tofa Iosefa", False, "New Zealand clubs were “taking our best boys at sixteen” and paying the union nothing", "2025-08"),
 ("Tofa Iosefa", True, "taking our best boys at sixteen", "2025-08"),
 ("Mark Hennessy", False, "his organisation had given the union more than NZ$3 million since 2019", "2025-08-21"),
 ("Grant Whitmore", True, "This is about our neighbours, not about anyone else,", "2025-08-23"),
 ("grandmother", True, "Whoever wins,", "2025-08-23"),
 ("grandmother", True, "we are all cousins today.", "2025-08-23"),
],
[("CONSULT", ["Grant Whitmore", "Fiamē Leota Tuilaepa"], "2025-08-22", "Apia", "After meeting Samoa’s prime minister, Fiamē Leota Tuilaepa, at the government building"),
 ("AID", ["Grant Whitmore", "Samoa"], "2025-08-22", None, "he announced NZ$25 million in funding to rebuild the stadium’s stands"),
 ("COOPERATE", ["New Zealand", "Samoa"], "2025-08-22", None, "a new seasonal work scheme for 2,000 Samoan workers"),
 ("SUPPORT", ["Fiamē Leota Tuilaepa", "New Zealand"], "2025-08-22", None, "Tuilaepa welcomed the package"),
 ("REQUEST", ["Fiamē Leota Tuilaepa", "New Zealand"], "2025-08-22", None, "She has asked New Zealand to drop visa requirements for short visits, a request she repeated on Friday."),
 ("CONCEDE", ["New Zealand", "Samoa"], "2021", None, "It was Whitmore’s predecessor who apologised in 2021 for the dawn raids of the 1970s"),
 ("ACCUSE", ["Tofa Iosefa", "New Zealand"], "2025-08", None, "complained last week that New Zealand clubs were “taking our best boys at sixteen”"),
 ("REJECT", ["Mark Hennessy", "Tofa Iosefa"], "2025-08-21", None, "rejected the claim on Thursday"),
 ("AID", ["New Zealand Rugby", "Samoa Rugby Union"], None, None, "his organisation had given the union more than NZ$3 million since 2019"),
],
[("Tavita Leaupepe", None, None), ("Grant Whitmore", "prime minister", "NZL"),
 ("Fiamē Leota Tuilaepa", "prime minister", "WSM"), ("Lemalu Sefo", "deputy prime minister", "WSM"),
 ("Tofa Iosefa", "chairs the Samoa Rugby Union", "WSM"), ("Mark Hennessy", "New Zealand Rugby chief executive", "NZL")],
[("Grant Whitmore", ["NZL", "WSM"], 2), ("Lemalu Sefo", ["NZL", "WSM"], 1)])
