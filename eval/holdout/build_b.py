# Part B of the held-out set (articles 7-12).

# 7. Single quotes in headline, straight quotes in body, arrests (COERCE), attack (ASSAULT), "according to". Serbia-Kosovo. No date.
art("balkan-srbkos-07", None,
"""Kosovo PM says Belgrade 'playing with fire' after three police officers detained

PRISTINA - Kosovo's Prime Minister Arben Krasniqi accused Serbia on Sunday of "state kidnapping" after Serbian security forces detained three Kosovo police officers near the boundary line, and demanded their immediate release.

According to Kosovo's Interior Ministry, the officers were on a routine patrol near the village of Jarinje when they were surrounded by armed men and taken across the boundary. Belgrade says the three crossed into central Serbia and were arrested on Serbian soil.

"This is an act of aggression, and Belgrade is playing with fire," Krasniqi told a news conference in Pristina. "We will not negotiate over the freedom of our officers. They must be returned today."

He said Kosovo had informed NATO's peacekeeping mission, KFOR, and the European Union, and had asked both to intervene.

Serbian President Dragan Milovanović rejected the accusations. The officers, he said, were "armed intruders" who would face trial under Serbian law. He said Serbia would not be blackmailed by Pristina and warned that any attempt to "free them by force" would meet a firm response.

"Serbia wants peace, but Serbia will defend its territory," Milovanović said in a televised address.

The detentions came two days after unidentified gunmen attacked a Kosovo police patrol near Zubin Potok with automatic weapons, wounding one officer. Kosovo blamed Serbian-backed groups for the attack; Belgrade denied any involvement.

The EU's special envoy for the Belgrade-Pristina dialogue, Marta Kovács, held separate phone calls with Krasniqi and Milovanović and urged both sides to show restraint. She said the dialogue was "in its most difficult phase since 2013," but that neither side had walked away from it.

KFOR said it had increased patrols in the north. A NATO spokeswoman said the alliance was "closely following" the situation.
""",
None, "Kosovo PM says Belgrade 'playing with fire' after three police officers detained",
[("Arben Krasniqi", True, "state kidnapping", None),
 ("Kosovo's Interior Ministry", False, "the officers were on a routine patrol near the village of Jarinje when they were surrounded by armed men and taken across the boundary", None),
 ("Belgrade", False, "the three crossed into central Serbia and were arrested on Serbian soil", None),
 ("Arben Krasniqi", True, "This is an act of aggression, and Belgrade is playing with fire,", None),
 ("Arben Krasniqi", True, "We will not negotiate over the freedom of our officers. They must be returned today.", None),
 ("Arben Krasniqi", False, "Kosovo had informed NATO's peacekeeping mission, KFOR, and the European Union, and had asked both to intervene", None),
 ("Dragan Milovanović", False, "were \"armed intruders\" who would face trial under Serbian law", None),
 ("Dragan Milovanović", True, "armed intruders", None),
 ("Dragan Milovanović", False, "Serbia would not be blackmailed by Pristina and warned that any attempt to \"free them by force\" would meet a firm response", None),
 ("Dragan Milovanović", True, "free them by force", None),
 ("Dragan Milovanović", True, "Serbia wants peace, but Serbia will defend its territory,", None),
 ("Marta Kovács", False, "the dialogue was \"in its most difficult phase since 2013,\" but that neither side had walked away from it", None),
 ("Marta Kovács", True, "in its most difficult phase since 2013,", None),
 ("KFOR", False, "it had increased patrols in the north", None),
 ("NATO spokeswoman", False, "the alliance was \"closely following\" the situation", None),
 ("NATO spokeswoman", True, "closely following", None),
],
[("ACCUSE", ["Arben Krasniqi", "Serbia"], None, None, "accused Serbia on Sunday of \"state kidnapping\""),
 ("COERCE", ["Serbia", "Kosovo"], None, "Jarinje", "Serbian security forces detained three Kosovo police officers near the boundary line"),
 ("REQUEST", ["Arben Krasniqi", "Serbia"], None, None, "demanded their immediate release"),
 ("REQUEST", ["Kosovo", "KFOR", "European Union"], None, None, "had asked both to intervene"),
 ("REJECT", ["Dragan Milovanović", "Arben Krasniqi"], None, None, "Serbian President Dragan Milovanović rejected the accusations."),
 ("THREATEN", ["Dragan Milovanović", "Kosovo"], None, None, "warned that any attempt to \"free them by force\" would meet a firm response"),
 ("ASSAULT", ["Kosovo"], None, "Zubin Potok", "unidentified gunmen attacked a Kosovo police patrol near Zubin Potok with automatic weapons, wounding one officer"),
 ("ACCUSE", ["Kosovo", "Serbia"], None, None, "Kosovo blamed Serbian-backed groups for the attack"),
 ("CONSULT", ["Marta Kovács", "Arben Krasniqi"], None, None, "held separate phone calls with Krasniqi and Milovanović"),
 ("CONSULT", ["Marta Kovács", "Dragan Milovanović"], None, None, "held separate phone calls with Krasniqi and Milovanović"),
 ("REQUEST", ["Marta Kovács", "Kosovo", "Serbia"], None, None, "urged both sides to show restraint"),
 ("MOBILIZE", ["KFOR"], None, None, "it had increased patrols in the north"),
],
[("Arben Krasniqi", "Kosovo's Prime Minister", "XKX"), ("Dragan Milovanović", "Serbian President", "SRB"), ("Marta Kovács", "EU's special envoy for the Belgrade-Pristina dialogue", None)],
[("Arben Krasniqi", ["SRB", "XKX"], -2), ("Dragan Milovanović", ["SRB", "XKX"], -1), ("Marta Kovács", ["SRB", "XKX"], -1)])

# 8. Curly quotes, agreement signed (SUPPORT), Vietnam-Philippines, progress; date in URL.
art("manila-vnmphl-08", "https://www.manilaharbourtimes.ph/news/2024/01/30/vietnam-philippines-sign-coast-guard-pact",
"""Manila, Hanoi sign coast guard pact as summit warms ties

HANOI — The Philippines and Vietnam signed two agreements on Tuesday to boost cooperation between their coast guards and prevent incidents in the South China Sea, where both countries have overlapping claims with China.

The memoranda were signed in Hanoi in the presence of Philippine President Ramon Villanueva and Vietnamese President Tran Van Hai after talks at the Presidential Palace.

“Our two countries are not rivals in the sea; we are partners,” Villanueva said at a joint press appearance. “Today we have given that partnership a practical form.”

Tran said relations between Hanoi and Manila were at “their best point in history” and that the two sides would work towards a strategic partnership.

One of the agreements sets up a hotline between the two coast guards. The other covers joint search-and-rescue drills and the exchange of information on illegal fishing. Vietnamese Deputy Foreign Minister Le Thi Mai, who led the working-level negotiations, said the hotline would be “operational within weeks.”

She said the two countries had also agreed to resume talks on delimiting their continental shelves, which have been stalled since 2019.

Villanueva praised Vietnam’s handling of a dispute last year over a fishing boat, which Hanoi returned to its Philippine owners with its crew. “That is how neighbours should behave,” he said.

Neither leader mentioned China by name. Beijing’s foreign ministry said it hoped the two countries would “refrain from actions that complicate the situation.”

The two presidents also witnessed the signing of a rice trade deal under which Vietnam will supply up to 1.5 million tonnes a year to the Philippines for five years.

Villanueva is scheduled to fly to Ho Chi Minh City on Wednesday to meet business leaders.
""",
"2024-01-30", "Manila, Hanoi sign coast guard pact as summit warms ties",
[("Ramon Villanueva", True, "Our two countries are not rivals in the sea; we are partners,", "2024-01-30"),
 ("Ramon Villanueva", True, "Today we have given that partnership a practical form.", "2024-01-30"),
 ("Tran Van Hai", False, "relations between Hanoi and Manila were at “their best point in history” and that the two sides would work towards a strategic partnership", "2024-01-30"),
 ("Tran Van Hai", True, "their best point in history", "2024-01-30"),
 ("Le Thi Mai", False, "the hotline would be “operational within weeks.”", None),
 ("Le Thi Mai", True, "operational within weeks.", None),
 ("Le Thi Mai", False, "the two countries had also agreed to resume talks on delimiting their continental shelves, which have been stalled since 2019", None),
 ("Ramon Villanueva", True, "That is how neighbours should behave,", "2024-01-30"),
 ("Beijing’s foreign ministry", False, "it hoped the two countries would “refrain from actions that complicate the situation.”", None),
 ("Beijing’s foreign ministry", True, "refrain from actions that complicate the situation.", None),
],
[("SUPPORT", ["Philippines", "Vietnam"], "2024-01-30", "Hanoi", "The Philippines and Vietnam signed two agreements on Tuesday to boost cooperation between their coast guards"),
 ("CONSULT", ["Ramon Villanueva", "Tran Van Hai"], "2024-01-30", "Hanoi", "after talks at the Presidential Palace"),
 ("AGREE", ["Tran Van Hai", "Philippines"], "2024-01-30", None, "the two sides would work towards a strategic partnership"),
 ("AGREE", ["Philippines", "Vietnam"], None, None, "the two countries had also agreed to resume talks on delimiting their continental shelves"),
 ("SUPPORT", ["Ramon Villanueva", "Vietnam"], "2024-01-30", None, "Villanueva praised Vietnam’s handling of a dispute last year over a fishing boat"),
 ("RETREAT", ["Vietnam", "Philippines"], "2023", None, "which Hanoi returned to its Philippine owners with its crew"),
 ("REQUEST", ["Beijing’s foreign ministry", "Philippines", "Vietnam"], None, None, "it hoped the two countries would “refrain from actions that complicate the situation.”"),
 ("SUPPORT", ["Ramon Villanueva", "Tran Van Hai"], "2024-01-30", None, "The two presidents also witnessed the signing of a rice trade deal"),
],
[("Ramon Villanueva", "Philippine President", "PHL"), ("Tran Van Hai", "Vietnamese President", "VNM"), ("Le Thi Mai", "Vietnamese Deputy Foreign Minister", "VNM")],
[("Ramon Villanueva", ["PHL", "VNM"], 2), ("Tran Van Hai", ["PHL", "VNM"], 2)])

# 9. Israel-Jordan: ambassador recalled (SANCTION), organisation speaking, role nouns, denial; no date.
art("levant-isrjor-09", None,
"""Jordan recalls ambassador from Israel, says ties at 'lowest point'

AMMAN (Levant Daily) — Jordan recalled its ambassador to Israel on Wednesday and told Israel's envoy, who is currently out of the country, not to return to Amman, in the sharpest diplomatic rebuke by the kingdom in decades.

The Jordanian Foreign Ministry said the decision was "an expression of Jordan's rejection and condemnation" of the Israeli military campaign in Gaza, which it said was killing innocent civilians and creating an unprecedented humanitarian catastrophe.

Foreign Ministry spokeswoman Sana Haddad said the ambassador would return only when Israel stopped the war on Gaza. The spokeswoman said relations between the two countries were at their "lowest point" since the 1994 peace treaty.

"We are not cutting relations," she told state broadcaster Al-Mamlaka, "but we cannot pretend that everything is normal while our brothers are being killed."

Asked whether Jordan would suspend the peace treaty itself, she said all options were on the table. She denied reports that Amman had already frozen a water-for-energy deal signed with Israel in 2022.

In Jerusalem, Israel's Foreign Ministry said it "regrets" the Jordanian decision. A spokesman for the ministry, Eitan Shalev, said Israel was fighting a war of self-defence and expected its neighbours to understand that. He accused Jordanian officials of "repeating Hamas propaganda."

"Israel values its peace with Jordan," Shalev said. "It is a strategic asset for both countries, and we will not allow it to be held hostage."

Jordan's King has called repeatedly for an immediate ceasefire and for humanitarian aid to be allowed into Gaza. Thousands of Jordanians have demonstrated near the Israeli embassy in Amman in recent weeks.

Jordan's foreign minister, Ayman Khatib, will travel to Washington next week for talks on the crisis, the ministry said.
""",
None, "Jordan recalls ambassador from Israel, says ties at 'lowest point'",
[("Jordanian Foreign Ministry", False, "the decision was \"an expression of Jordan's rejection and condemnation\" of the Israeli military campaign in Gaza", None),
 ("Jordanian Foreign Ministry", True, "an expression of Jordan's rejection and condemnation", None),
 ("Jordanian Foreign Ministry", False, "was killing innocent civilians and creating an unprecedented humanitarian catastrophe", None),
 ("Sana Haddad", False, "the ambassador would return only when Israel stopped the war on Gaza", None),
 ("Sana Haddad", False, "relations between the two countries were at their \"lowest point\" since the 1994 peace treaty", None),
 ("Sana Haddad", True, "lowest point", None),
 ("Sana Haddad", True, "We are not cutting relations,", None),
 ("Sana Haddad", True, "but we cannot pretend that everything is normal while our brothers are being killed.", None),
 ("Sana Haddad", False, "all options were on the table", None),
 ("Israel's Foreign Ministry", False, "it \"regrets\" the Jordanian decision", None),
 ("Israel's Foreign Ministry", True, "regrets", None),
 ("Eitan Shalev", False, "Israel was fighting a war of self-defence and expected its neighbours to understand that", None),
 ("Eitan Shalev", True, "repeating Hamas propaganda.", None),
 ("Eitan Shalev", True, "Israel values its peace with Jordan,", None),
 ("Eitan Shalev", True, "It is a strategic asset for both countries, and we will not allow it to be held hostage.", None),
 ("Jordanian Foreign Ministry", False, "Jordan's foreign minister, Ayman Khatib, will travel to Washington next week for talks on the crisis", None),
],
[("SANCTION", ["Jordan", "Israel"], None, None, "Jordan recalled its ambassador to Israel on Wednesday"),
 ("SANCTION", ["Jordan", "Israel"], None, None, "told Israel's envoy, who is currently out of the country, not to return to Amman"),
 ("ACCUSE", ["Jordanian Foreign Ministry", "Israel"], None, None, "which it said was killing innocent civilians and creating an unprecedented humanitarian catastrophe"),
 ("REQUEST", ["Sana Haddad", "Israel"], None, None, "the ambassador would return only when Israel stopped the war on Gaza"),
 ("ACCUSE", ["Eitan Shalev", "Jordan"], None, None, "He accused Jordanian officials of \"repeating Hamas propaganda.\""),
 ("REQUEST", ["Jordan", "Israel"], None, None, "Jordan's King has called repeatedly for an immediate ceasefire"),
 ("PROTEST", ["Jordan", "Israel"], None, "Amman", "Thousands of Jordanians have demonstrated near the Israeli embassy in Amman"),
],
[("Sana Haddad", "Foreign Ministry spokeswoman", "JOR"), ("Eitan Shalev", "spokesman for Israel's Foreign Ministry", "ISR"), ("Ayman Khatib", "Jordan's foreign minister", "JOR")],
[("Sana Haddad", ["ISR", "JOR"], -2), ("Eitan Shalev", ["ISR", "JOR"], 0)])

# 10. Wire with dateline, Venezuela-Guyana, threats, mediated meeting, pledge not to use force; interrupted quote.
art("wire-venguy-10", "https://www.wirewatch-news.com/world/americas/2023/12/14/venezuela-guyana-leaders-pledge-no-force",
"""KINGSTOWN, St. Vincent, Dec 14 (Wirewatch) - The leaders of Venezuela and Guyana pledged on Thursday not to threaten or use force against each other in their dispute over the oil-rich Essequibo region, easing fears of a military confrontation after weeks of escalating rhetoric.

Venezuelan President Nicolás Ferrer and Guyanese President Anand Persaud met for more than two hours on the Caribbean island of St. Vincent, in talks mediated by Brazil and the Caribbean Community.

A joint declaration read out after the meeting said the two countries "will not, directly or indirectly, threaten or use force against one another in any circumstances." It also said they would set up a joint commission of foreign ministers to address matters "as mutually agreed."

But neither side gave ground on the substance of the dispute. "Essequibo belongs to Venezuela," Ferrer told reporters, "and that truth does not change because of a meeting."

Persaud said Guyana would continue to rely on the International Court of Justice to settle the border. "Guyana is not the aggressor," he said. "We came here to keep the peace, not to negotiate away our territory."

Earlier this month Caracas held a referendum on creating a Venezuelan state in the Essequibo, and Ferrer ordered the state oil company to issue licences for exploration there. Guyana called the move an "existential threat" and asked the U.N. Security Council to intervene.

Brazil's foreign minister, Helena Duarte, who attended the talks, said the outcome was "a victory for dialogue." She said Brazil had moved additional troops to its northern border as a precaution but had no intention of taking sides.

The two presidents agreed to meet again in Brazil within three months, according to the declaration.

Guyana's vice president said on Thursday evening that oil production in the Stabroek block, operated by a U.S.-led consortium, would continue as planned.
""",
"2023-12-14", None,
[("joint declaration", False, "the two countries \"will not, directly or indirectly, threaten or use force against one another in any circumstances.\"", "2023-12-14"),
 ("joint declaration", True, "will not, directly or indirectly, threaten or use force against one another in any circumstances.", "2023-12-14"),
 ("joint declaration", False, "they would set up a joint commission of foreign ministers to address matters \"as mutually agreed.\"", "2023-12-14"),
 ("joint declaration", True, "as mutually agreed.", "2023-12-14"),
 ("Nicolás Ferrer", True, "Essequibo belongs to Venezuela,", "2023-12-14"),
 ("Nicolás Ferrer", True, "and that truth does not change because of a meeting.", "2023-12-14"),
 ("Anand Persaud", False, "Guyana would continue to rely on the International Court of Justice to settle the border", "2023-12-14"),
 ("Anand Persaud", True, "Guyana is not the aggressor,", "2023-12-14"),
 ("Anand Persaud", True, "We came here to keep the peace, not to negotiate away our territory.", "2023-12-14"),
 ("Guyana", True, "existential threat", "2023-12"),
 ("Helena Duarte", False, "the outcome was \"a victory for dialogue.\"", "2023-12-14"),
 ("Helena Duarte", True, "a victory for dialogue.", "2023-12-14"),
 ("Helena Duarte", False, "Brazil had moved additional troops to its northern border as a precaution but had no intention of taking sides", "2023-12-14"),
 ("joint declaration", False, "The two presidents agreed to meet again in Brazil within three months", "2023-12-14"),
 ("Guyana's vice president", False, "oil production in the Stabroek block, operated by a U.S.-led consortium, would continue as planned", "2023-12-14"),
],
[("AGREE", ["Venezuela", "Guyana"], "2023-12-14", None, "The leaders of Venezuela and Guyana pledged on Thursday not to threaten or use force against each other"),
 ("CONSULT", ["Nicolás Ferrer", "Anand Persaud"], "2023-12-14", "St. Vincent", "Venezuelan President Nicolás Ferrer and Guyanese President Anand Persaud met for more than two hours on the Caribbean island of St. Vincent"),
 ("AGREE", ["Venezuela", "Guyana"], "2023-12-14", None, "they would set up a joint commission of foreign ministers"),
 ("ACCUSE", ["Guyana", "Venezuela"], "2023-12", None, "Guyana called the move an \"existential threat\""),
 ("REQUEST", ["Guyana", "U.N. Security Council"], "2023-12", None, "asked the U.N. Security Council to intervene"),
 ("MOBILIZE", ["Brazil"], None, None, "Brazil had moved additional troops to its northern border"),
 ("SUPPORT", ["Helena Duarte"], "2023-12-14", None, "the outcome was \"a victory for dialogue.\""),
 ("AGREE", ["Nicolás Ferrer", "Anand Persaud"], "2023-12-14", None, "The two presidents agreed to meet again in Brazil within three months"),
],
[("Nicolás Ferrer", "Venezuelan President", "VEN"), ("Anand Persaud", "Guyanese President", "GUY"), ("Helena Duarte", "Brazil's foreign minister", "BRA")],
[("Nicolás Ferrer", ["GUY", "VEN"], -1), ("Anand Persaud", ["GUY", "VEN"], 0), ("Helena Duarte", ["GUY", "VEN"], 1)])

# 11. Gulf state-media style, Saudi Arabia-Qatar reconciliation; no date anywhere; RETREAT (easing), SUPPORT, CONSULT.
art("gulf-saqat-11", None,
"""Saudi-Qatari Coordination Council holds seventh meeting, signs investment accord

RIYADH — His Royal Highness Crown Prince Faisal bin Khalid, Chairman of the Saudi-Qatari Coordination Council, and His Highness Sheikh Hamad bin Nasser Al Thani, Prime Minister and Minister of Foreign Affairs of the State of Qatar, on Monday chaired the seventh meeting of the council in Riyadh.

During the meeting, the two sides reviewed the historic fraternal relations between the two brotherly countries and ways to enhance them in all fields, in a manner that serves the interests of the two brotherly peoples.

Crown Prince Faisal bin Khalid affirmed that relations between the Kingdom and Qatar "are witnessing a qualitative leap" and expressed the Kingdom's keenness to develop them further.

For his part, Sheikh Hamad bin Nasser expressed his thanks and appreciation for the warm reception and generous hospitality. He stressed that the Saudi-Qatari partnership was "a cornerstone of Gulf unity."

At the conclusion of the meeting, the two sides signed an agreement on the mutual protection and promotion of investments, as well as a memorandum of understanding on cooperation in cybersecurity. The minutes of the meeting were signed by Saudi Minister of State for Foreign Affairs Abdulaziz Al-Otaibi and Qatari Minister of State Mohammed Al-Khulaifi.

The two sides also agreed to abolish remaining restrictions on the movement of goods across the Salwa border crossing, which will be fully reopened to commercial traffic.

"The page of the past has been turned for good," Al-Otaibi said in remarks to reporters after the signing. "Today we are building, not repairing."

The council was established in 2018 and reactivated after the Al-Ula declaration ended a three-and-a-half-year rift among Gulf states, during which Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic and trade ties with Doha.

The Qatari Prime Minister extended an invitation to the Crown Prince to chair the eighth meeting of the council in Doha, which the Crown Prince accepted.

Share this:
Related: Qatar, Saudi Arabia discuss regional developments in phone call
""",
None, "Saudi-Qatari Coordination Council holds seventh meeting, signs investment accord",
[("Faisal bin Khalid", False, "relations between the Kingdom and Qatar \"are witnessing a qualitative leap\"", None),
 ("Faisal bin Khalid", True, "are witnessing a qualitative leap", None),
 ("Hamad bin Nasser Al Thani", False, "the Saudi-Qatari partnership was \"a cornerstone of Gulf unity.\"", None),
 ("Hamad bin Nasser Al Thani", True, "a cornerstone of Gulf unity.", None),
 ("Abdulaziz Al-Otaibi", True, "The page of the past has been turned for good,", None),
 ("Abdulaziz Al-Otaibi", True, "Today we are building, not repairing.", None),
],
[("CONSULT", ["Faisal bin Khalid", "Hamad bin Nasser Al Thani"], None, "Riyadh", "on Monday chaired the seventh meeting of the council in Riyadh"),
 ("SUPPORT", ["Saudi Arabia", "Qatar"], None, None, "the two sides signed an agreement on the mutual protection and promotion of investments"),
 ("SUPPORT", ["Abdulaziz Al-Otaibi", "Mohammed Al-Khulaifi"], None, None, "The minutes of the meeting were signed by Saudi Minister of State for Foreign Affairs Abdulaziz Al-Otaibi and Qatari Minister of State Mohammed Al-Khulaifi"),
 ("AGREE", ["Saudi Arabia", "Qatar"], None, "Salwa", "The two sides also agreed to abolish remaining restrictions on the movement of goods across the Salwa border crossing"),
 ("SUPPORT", ["Hamad bin Nasser Al Thani", "Saudi Arabia"], None, None, "expressed his thanks and appreciation for the warm reception and generous hospitality"),
 ("RETREAT", ["Saudi Arabia", "Qatar"], None, None, "the Al-Ula declaration ended a three-and-a-half-year rift among Gulf states"),
 ("SANCTION", ["Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt", "Qatar"], None, None, "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic and trade ties with Doha"),
 ("AGREE", ["Faisal bin Khalid", "Hamad bin Nasser Al Thani"], None, None, "The Qatari Prime Minister extended an invitation to the Crown Prince to chair the eighth meeting of the council in Doha, which the Crown Prince accepted"),
],
[("Faisal bin Khalid", "Crown Prince, Chairman of the Saudi-Qatari Coordination Council", "SAU"), ("Hamad bin Nasser Al Thani", "Prime Minister and Minister of Foreign Affairs of the State of Qatar", "QAT"),
 ("Abdulaziz Al-Otaibi", "Saudi Minister of State for Foreign Affairs", "SAU"), ("Mohammed Al-Khulaifi", "Qatari Minister of State", "QAT")],
[("Faisal bin Khalid", ["QAT", "SAU"], 2), ("Abdulaziz Al-Otaibi", ["QAT", "SAU"], 2), ("Hamad bin Nasser Al Thani", ["QAT", "SAU"], 1)])

# 12. Brazil-Argentina, female foreign minister, seizure (COERCE), denial, mixed stance; byline blog-ish regional outlet; date in URL.
art("mercosur-braarg-12", "https://www.riodelaplata-post.com/2025/05/20/argentina-brazil-trucks-customs-row/",
"""Brazil protests seizure of trucks as Argentina insists ties are 'solid'

By Lucía Méndez, Buenos Aires correspondent

BUENOS AIRES — Argentina's customs agency seized 42 Brazilian trucks carrying auto parts at the Paso de los Libres border crossing over the weekend, prompting a formal protest from Brasília and exposing fresh strains between South America's two largest economies.

Brazil's Ministry of Foreign Affairs said on Tuesday that it had summoned Argentina's ambassador and demanded the "immediate release" of the vehicles, which it said had complied with all Mercosur rules.

Argentine Foreign Minister Valeria Sosa played down the dispute. Speaking to reporters outside the Casa Rosada, she said the seizure was a technical matter for customs and had "no political motivation whatsoever."

"The relationship with Brazil is solid, it is strategic, and no truck is going to change that," she said. "We talk to our Brazilian friends every day."

Sosa said she had spoken by phone with her Brazilian counterpart, Rodrigo Almeida, on Monday and that the two had agreed to set up a working group to resolve the case within ten days. She denied reports that Argentina was preparing to impose new tariffs on Brazilian steel.

Almeida was less upbeat. In an interview with a São Paulo radio station, he said Brazil was "tired of surprises" from Buenos Aires and warned that Brazil could take the matter to Mercosur's dispute settlement tribunal if the trucks were not released by Friday.

"We want good relations, but good relations need rules that are respected," he said.

Brazilian truck drivers' unions have threatened to block border crossings if the vehicles remain impounded. Industry groups in São Paulo estimate losses at more than $3 million a day.

Trade between the two countries reached $28 billion last year, and Brazil remains Argentina's largest trading partner.

Share this story
Read more: Mercosur summit postponed as members squabble over EU deal
""",
"2025-05-20", "Brazil protests seizure of trucks as Argentina insists ties are 'solid'",
[("Brazil's Ministry of Foreign Affairs", False, "it had summoned Argentina's ambassador and demanded the \"immediate release\" of the vehicles, which it said had complied with all Mercosur rules", "2025-05-20"),
 ("Brazil's Ministry of Foreign Affairs", True, "immediate release", "2025-05-20"),
 ("Valeria Sosa", False, "the seizure was a technical matter for customs and had \"no political motivation whatsoever.\"", None),
 ("Valeria Sosa", True, "no political motivation whatsoever.", None),
 ("Valeria Sosa", True, "The relationship with Brazil is solid, it is strategic, and no truck is going to change that,", None),
 ("Valeria Sosa", True, "We talk to our Brazilian friends every day.", None),
 ("Valeria Sosa", False, "she had spoken by phone with her Brazilian counterpart, Rodrigo Almeida, on Monday and that the two had agreed to set up a working group to resolve the case within ten days", None),
 ("Rodrigo Almeida", False, "Brazil was \"tired of surprises\" from Buenos Aires and warned that Brazil could take the matter to Mercosur's dispute settlement tribunal if the trucks were not released by Friday", None),
 ("Rodrigo Almeida", True, "tired of surprises", None),
 ("Rodrigo Almeida", True, "We want good relations, but good relations need rules that are respected,", None),
],
[("COERCE", ["Argentina", "Brazil"], "2025-05", "Paso de los Libres", "Argentina's customs agency seized 42 Brazilian trucks carrying auto parts at the Paso de los Libres border crossing"),
 ("ACCUSE", ["Brazil's Ministry of Foreign Affairs", "Argentina"], None, None, "it had summoned Argentina's ambassador"),
 ("REQUEST", ["Brazil's Ministry of Foreign Affairs", "Argentina"], None, None, "demanded the \"immediate release\" of the vehicles"),
 ("CONSULT", ["Valeria Sosa", "Rodrigo Almeida"], "2025-05-19", None, "she had spoken by phone with her Brazilian counterpart, Rodrigo Almeida, on Monday"),
 ("AGREE", ["Valeria Sosa", "Rodrigo Almeida"], "2025-05-19", None, "the two had agreed to set up a working group to resolve the case within ten days"),
 ("ACCUSE", ["Rodrigo Almeida", "Argentina"], None, None, "Brazil was \"tired of surprises\" from Buenos Aires"),
 ("THREATEN", ["Rodrigo Almeida", "Argentina"], None, None, "warned that Brazil could take the matter to Mercosur's dispute settlement tribunal if the trucks were not released by Friday"),
 ("THREATEN", ["Brazilian truck drivers' unions"], None, None, "Brazilian truck drivers' unions have threatened to block border crossings"),
],
[("Lucía Méndez", "Buenos Aires correspondent", None), ("Valeria Sosa", "Argentine Foreign Minister", "ARG"), ("Rodrigo Almeida", "Brazilian foreign minister", "BRA")],
[("Valeria Sosa", ["ARG", "BRA"], 2), ("Rodrigo Almeida", ["ARG", "BRA"], -1)])
