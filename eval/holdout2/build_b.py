# Part B of the second held-out set (articles 7-12).

# 7. IGO official speaking (AU Commission chairperson), Rwanda-DR Congo, organisations speaking, role after the
#    name, "according to", ceasefire (RETREAT), offensive (ASSAULT), aid (AID); date in the URL.
art("igo-rwacod-07", "https://www.greatlakesobserver.org/2024/07/17/au-chief-ceasefire-eastern-congo",
"""AU chief urges Kigali and Kinshasa to respect truce as fighting ebbs in North Kivu

ADDIS ABABA — The chairperson of the African Union Commission, Amadou Sy Diallo, on Wednesday urged Rwanda and the Democratic Republic of Congo to honour a humanitarian truce that took effect at midnight, after weeks of fighting around the town of Sake in North Kivu.

"This truce is fragile, and it will only hold if those who have influence over the armed groups use it," Diallo told reporters at the AU headquarters. "The people of eastern Congo have suffered long enough."

The two-week truce, announced by the United States and backed by Angola's mediation, requires the M23 rebels and Congolese forces to halt hostilities so that aid can reach more than 200,000 displaced people. The World Food Programme said its first convoy of 40 trucks had reached Goma on Tuesday.

Congo's government spokesman, Jean-Pierre Kalala Mbuyi, accused Rwanda of deploying "thousands of its soldiers" alongside the M23 and demanded that Kigali withdraw them. "There will be no lasting peace while Rwandan troops occupy our territory," he said.

Rwanda rejected the claims. Government spokeswoman Claudine Uwera said Kigali was taking "defensive measures" against the FDLR, a militia founded by perpetrators of the 1994 genocide, and accused Kinshasa of arming it.

According to a report by UN experts published this month, M23 fighters seized the mining town of Rubaya in April and have since controlled its coltan trade.

Diallo said relations between Kigali and Kinshasa were "at their lowest point in years," but that both governments had told him they remained committed to the Luanda process. Foreign ministers of the two countries held talks in Luanda last week, Angola's presidency said.
""",
"2024-07-17", "AU chief urges Kigali and Kinshasa to respect truce as fighting ebbs in North Kivu",
[("Amadou Sy Diallo", True, "This truce is fragile, and it will only hold if those who have influence over the armed groups use it,", "2024-07-17"),
 ("Amadou Sy Diallo", True, "The people of eastern Congo have suffered long enough.", "2024-07-17"),
 ("World Food Programme", False, "its first convoy of 40 trucks had reached Goma on Tuesday", None),
 ("Jean-Pierre Kalala Mbuyi", True, "thousands of its soldiers", None),
 ("Jean-Pierre Kalala Mbuyi", True, "There will be no lasting peace while Rwandan troops occupy our territory,", None),
 ("Claudine Uwera", False, "Kigali was taking \"defensive measures\" against the FDLR, a militia founded by perpetrators of the 1994 genocide", None),
 ("Claudine Uwera", True, "defensive measures", None),
 ("UN experts", False, "M23 fighters seized the mining town of Rubaya in April and have since controlled its coltan trade", None),
 ("Amadou Sy Diallo", False, "relations between Kigali and Kinshasa were \"at their lowest point in years,\" but that both governments had told him they remained committed to the Luanda process", "2024-07-17"),
 ("Amadou Sy Diallo", True, "at their lowest point in years,", "2024-07-17"),
 ("Angola's presidency", False, "Foreign ministers of the two countries held talks in Luanda last week", None),
],
[("REQUEST", ["Amadou Sy Diallo", "Rwanda", "Democratic Republic of Congo"], "2024-07-17", None, "urged Rwanda and the Democratic Republic of Congo to honour a humanitarian truce"),
 ("RETREAT", ["M23", "Democratic Republic of Congo", "United States"], None, None, "a humanitarian truce that took effect at midnight"),
 ("AID", ["World Food Programme"], "2024-07-16", "Goma", "its first convoy of 40 trucks had reached Goma on Tuesday"),
 ("ACCUSE", ["Jean-Pierre Kalala Mbuyi", "Rwanda"], None, None, "accused Rwanda of deploying \"thousands of its soldiers\" alongside the M23"),
 ("REQUEST", ["Jean-Pierre Kalala Mbuyi", "Rwanda"], None, None, "demanded that Kigali withdraw them"),
 ("REJECT", ["Rwanda", "Democratic Republic of Congo"], None, None, "Rwanda rejected the claims."),
 ("ACCUSE", ["Claudine Uwera", "Democratic Republic of Congo"], None, None, "accused Kinshasa of arming it"),
 ("ASSAULT", ["M23"], "2024-04", "Rubaya", "M23 fighters seized the mining town of Rubaya in April"),
 ("CONSULT", ["Rwanda", "Democratic Republic of Congo"], "2024-07", "Luanda", "Foreign ministers of the two countries held talks in Luanda last week"),
],
[("Amadou Sy Diallo", "chairperson of the African Union Commission", None), ("Jean-Pierre Kalala Mbuyi", "Congo's government spokesman", "COD"),
 ("Claudine Uwera", "Government spokeswoman", "RWA")],
[("Amadou Sy Diallo", ["COD", "RWA"], -2)])

# 8. Kenyan regional paper, Kenya-Somalia, no date anywhere, khat ban lifted (RETREAT), flights agreement,
#    intelligence sharing (COOPERATE), pronoun chain, role nouns ("the envoy"), "noted", "stressed".
art("nairobi-kensom-08", None,
"""Nairobi and Mogadishu mend fences as Somalia lifts miraa ban

By Our Foreign Affairs Reporter

Somalia has lifted its ban on imports of miraa from Kenya, ending a dispute that had cost farmers in Meru County millions of shillings and soured relations between the two neighbours for most of the year.

The decision was announced in Nairobi on Monday after talks between Foreign Affairs Cabinet Secretary Wanjiru Kamau and Somalia's Foreign Minister Abdirahman Hassan Warsame. The two ministers also agreed to restore direct flights between Nairobi and Mogadishu within a month.

Kamau said the talks had been "frank and very productive." She noted that Kenya had more than 3,000 troops serving with the African Union mission in Somalia and stressed that "the security of Somalia is the security of Kenya."

Warsame, for his part, said Somalia had never intended to punish Kenyan farmers. The ban, he told reporters, had been imposed over concerns about flights carrying cargo to regions outside the control of the federal government.

"Kenya and Somalia are brothers. Brothers quarrel, but they do not stop being brothers," the minister said.

The Somali foreign minister added that the two intelligence services had been sharing information on al-Shabaab movements along the border, which he said had helped foil an attack on a police camp in Mandera last month.

Not everyone in Mogadishu welcomed the thaw. Somali opposition MP Fadumo Ali Jama accused Nairobi of interfering in the affairs of the federal member state of Jubaland and called on the government to demand guarantees before reopening the skies.

In Meru, where thousands of families depend on the crop, traders said they were relieved and expected the first cargo flights to leave within days.

Kamau will travel to Mogadishu next month for a meeting of the joint cooperation commission, officials said. The maritime boundary, which the International Court of Justice ruled on in 2021, was not discussed.
""",
None, "Nairobi and Mogadishu mend fences as Somalia lifts miraa ban",
[("Wanjiru Kamau", False, "the talks had been \"frank and very productive.\"", None),
 ("Wanjiru Kamau", True, "frank and very productive.", None),
 ("Wanjiru Kamau", False, "Kenya had more than 3,000 troops serving with the African Union mission in Somalia", None),
 ("Wanjiru Kamau", True, "the security of Somalia is the security of Kenya.", None),
 ("Abdirahman Hassan Warsame", False, "Somalia had never intended to punish Kenyan farmers", None),
 ("Abdirahman Hassan Warsame", False, "had been imposed over concerns about flights carrying cargo to regions outside the control of the federal government", None),
 ("Abdirahman Hassan Warsame", True, "Kenya and Somalia are brothers. Brothers quarrel, but they do not stop being brothers,", None),
 ("Abdirahman Hassan Warsame", False, "the two intelligence services had been sharing information on al-Shabaab movements along the border", None),
 ("Abdirahman Hassan Warsame", False, "had helped foil an attack on a police camp in Mandera last month", None),
 ("traders", False, "they were relieved and expected the first cargo flights to leave within days", None),
 ("officials", False, "Kamau will travel to Mogadishu next month for a meeting of the joint cooperation commission", None),
],
[("RETREAT", ["Somalia", "Kenya"], None, None, "Somalia has lifted its ban on imports of miraa from Kenya"),
 ("CONSULT", ["Wanjiru Kamau", "Abdirahman Hassan Warsame"], None, "Nairobi", "talks between Foreign Affairs Cabinet Secretary Wanjiru Kamau and Somalia's Foreign Minister Abdirahman Hassan Warsame"),
 ("AGREE", ["Wanjiru Kamau", "Abdirahman Hassan Warsame"], None, None, "The two ministers also agreed to restore direct flights between Nairobi and Mogadishu within a month."),
 ("COOPERATE", ["Kenya", "Somalia"], None, None, "the two intelligence services had been sharing information on al-Shabaab movements along the border"),
 ("ACCUSE", ["Fadumo Ali Jama", "Kenya"], None, None, "accused Nairobi of interfering in the affairs of the federal member state of Jubaland"),
 ("REQUEST", ["Fadumo Ali Jama", "Somalia"], None, None, "called on the government to demand guarantees before reopening the skies"),
],
[("Wanjiru Kamau", "Foreign Affairs Cabinet Secretary", "KEN"), ("Abdirahman Hassan Warsame", "Somalia's Foreign Minister", "SOM"),
 ("Fadumo Ali Jama", "Somali opposition MP", "SOM")],
[("Wanjiru Kamau", ["KEN", "SOM"], 2), ("Abdirahman Hassan Warsame", ["KEN", "SOM"], 1)])

# 9. Wire with dateline and single-quote headline, curly quotes, Morocco-Algeria, UN envoy, military drills
#    (MOBILIZE), threat, offer of dialogue (AGREE) rejected (REJECT), denial, hypothetical talks.
art("wire-maralg-09", "https://www.maghrebwire.com/2023/10/12/algeria-rejects-moroccan-offer-border-drills",
"""Algeria rejects Moroccan offer of talks, calls it 'a manoeuvre'

ALGIERS, Oct 12 (Maghreb Wire) — Algeria on Thursday rejected an offer by Morocco to open a dialogue on reopening their land border, which has been closed since 1994, calling it “a public relations manoeuvre” aimed at foreign audiences.

Morocco’s King had said in a speech on Tuesday that his country was ready to hold talks “without preconditions” and extended “a sincere hand” to the Algerian people.

Algerian Foreign Ministry spokesman Karim Bensalah said there could be no normalisation while Rabat “occupies Western Sahara and conspires with foreign powers against Algeria.”

“Algeria does not respond to slogans. It responds to acts,” Bensalah said.

The statement came a day after the Algerian army began large-scale exercises near Tindouf, about 50 kilometres from the Moroccan frontier, involving tanks, artillery and fighter jets. An Algerian general told state television that the drills were “a message to anyone who thinks of touching our borders.”

Moroccan government spokesman Yassine Lahlou said Rabat regretted the response but that the offer “remains on the table.” He denied Algerian claims that Moroccan drones had entered Algerian airspace last month.

“We will not be dragged into an arms race or a war of words,” Lahlou told a news conference in Rabat.

Algeria severed diplomatic relations with Morocco in August 2021 and later closed its airspace to Moroccan aircraft.

The UN Secretary-General’s personal envoy for Western Sahara, Lars Henriksen, who visited Algiers and Rabat last week, said he was “deeply concerned” by the rhetoric. “The two countries have far more to gain from talking than from shouting,” he said.

Diplomats in Rabat said a meeting between the two foreign ministers on the sidelines of the UN General Assembly had been discussed but had not taken place.
""",
"2023-10-12", "Algeria rejects Moroccan offer of talks, calls it 'a manoeuvre'",
[("Algeria", True, "a public relations manoeuvre", "2023-10-12"),
 ("Morocco’s King", False, "his country was ready to hold talks “without preconditions”", "2023-10-10"),
 ("Morocco’s King", True, "without preconditions", "2023-10-10"),
 ("Morocco’s King", True, "a sincere hand", "2023-10-10"),
 ("Karim Bensalah", False, "there could be no normalisation while Rabat “occupies Western Sahara and conspires with foreign powers against Algeria.”", "2023-10-12"),
 ("Karim Bensalah", True, "occupies Western Sahara and conspires with foreign powers against Algeria.", "2023-10-12"),
 ("Karim Bensalah", True, "Algeria does not respond to slogans. It responds to acts,", "2023-10-12"),
 ("Algerian general", False, "the drills were “a message to anyone who thinks of touching our borders.”", None),
 ("Algerian general", True, "a message to anyone who thinks of touching our borders.", None),
 ("Yassine Lahlou", False, "Rabat regretted the response but that the offer “remains on the table.”", None),
 ("Yassine Lahlou", True, "remains on the table.", None),
 ("Yassine Lahlou", True, "We will not be dragged into an arms race or a war of words,", None),
 ("Lars Henriksen", False, "he was “deeply concerned” by the rhetoric", None),
 ("Lars Henriksen", True, "deeply concerned", None),
 ("Lars Henriksen", True, "The two countries have far more to gain from talking than from shouting,", None),
 ("Diplomats", False, "a meeting between the two foreign ministers on the sidelines of the UN General Assembly had been discussed but had not taken place", None),
],
[("REJECT", ["Algeria", "Morocco"], "2023-10-12", None, "Algeria on Thursday rejected an offer by Morocco to open a dialogue on reopening their land border"),
 ("AGREE", ["Morocco’s King", "Algeria"], "2023-10-10", None, "his country was ready to hold talks “without preconditions”"),
 ("ACCUSE", ["Karim Bensalah", "Morocco"], "2023-10-12", None, "Rabat “occupies Western Sahara and conspires with foreign powers against Algeria.”"),
 ("MOBILIZE", ["Algeria"], "2023-10-11", "Tindouf", "the Algerian army began large-scale exercises near Tindouf, about 50 kilometres from the Moroccan frontier"),
 ("THREATEN", ["Algerian general", "Morocco"], None, None, "the drills were “a message to anyone who thinks of touching our borders.”"),
 ("SANCTION", ["Algeria", "Morocco"], "2021-08", None, "Algeria severed diplomatic relations with Morocco in August 2021"),
 ("COERCE", ["Algeria", "Morocco"], None, None, "later closed its airspace to Moroccan aircraft"),
 ("CONSULT", ["Lars Henriksen", "Algeria", "Morocco"], "2023-10", None, "who visited Algiers and Rabat last week"),
],
[("Karim Bensalah", "Algerian Foreign Ministry spokesman", "DZA"), ("Yassine Lahlou", "Moroccan government spokesman", "MAR"),
 ("Lars Henriksen", "UN Secretary-General’s personal envoy for Western Sahara", None)],
[("Karim Bensalah", ["DZA", "MAR"], -2), ("Lars Henriksen", ["DZA", "MAR"], -1)])

# 10. Wire with dateline, Colombia-Venezuela, interrupted quote, joint operation (COOPERATE), shelters (AID),
#     opposition criticism, denial, future meeting (not an event).
art("wire-colven-10", "https://www.andeswire.com/latam/2025/01/29/colombia-venezuela-joint-operation-catatumbo/",
"""CUCUTA, Colombia, Jan 29 (Andes Wire) - Colombia and Venezuela said on Wednesday that their armed forces had carried out a first coordinated operation against ELN guerrillas along their shared border, after fighting in Colombia's Catatumbo region forced more than 40,000 people from their homes.

Colombian Defence Minister Hernán Villamizar said troops on both sides of the border had moved against ELN camps in a "synchronised" operation on Monday and Tuesday, destroying three camps and seizing weapons.

"The border cannot be a refuge for those who murder peasants," Villamizar told reporters in Cucuta. "For the first time in years, we are acting together with Venezuela, and the results are visible."

Venezuela's Interior Minister Douglas Rangel confirmed the operation in a televised address from Caracas. Venezuela, he said, had opened shelters for some 3,000 Colombian families who had crossed into Tachira state. "Venezuela does not abandon its brothers," he added, "whatever the politics." He called relations with Bogota "normal and respectful."

Rangel denied reports that ELN commanders had been living openly in Venezuelan towns.

Relations between Bogota and Caracas were restored in 2022 after a three-year rupture.

Not everyone in Bogota was convinced. Opposition senator Paloma Restrepo accused the government of "handing our security to a dictatorship" and demanded that Congress be briefed on the terms of the cooperation.

Colombian officials said the fighting in Catatumbo, which began in mid-January, was the worst humanitarian crisis in the region in decades.

The two defence ministers are due to meet in San Cristobal next week to plan further operations, Villamizar said.
""",
"2025-01-29", None,
[("Colombia and Venezuela", False, "their armed forces had carried out a first coordinated operation against ELN guerrillas along their shared border", "2025-01-29"),
 ("Hernán Villamizar", False, "troops on both sides of the border had moved against ELN camps in a \"synchronised\" operation on Monday and Tuesday, destroying three camps and seizing weapons", None),
 ("Hernán Villamizar", True, "synchronised", None),
 ("Hernán Villamizar", True, "The border cannot be a refuge for those who murder peasants,", None),
 ("Hernán Villamizar", True, "For the first time in years, we are acting together with Venezuela, and the results are visible.", None),
 ("Douglas Rangel", False, "had opened shelters for some 3,000 Colombian families who had crossed into Tachira state", None),
 ("Douglas Rangel", True, "Venezuela does not abandon its brothers,", None),
 ("Douglas Rangel", True, "whatever the politics.", None),
 ("Douglas Rangel", True, "normal and respectful.", None),
 ("Paloma Restrepo", True, "handing our security to a dictatorship", None),
 ("Colombian officials", False, "the fighting in Catatumbo, which began in mid-January, was the worst humanitarian crisis in the region in decades", None),
 ("Hernán Villamizar", False, "The two defence ministers are due to meet in San Cristobal next week to plan further operations", None),
],
[("COOPERATE", ["Colombia", "Venezuela"], "2025-01", None, "their armed forces had carried out a first coordinated operation against ELN guerrillas along their shared border"),
 ("AID", ["Venezuela", "Colombia"], None, "Tachira", "had opened shelters for some 3,000 Colombian families who had crossed into Tachira state"),
 ("RETREAT", ["Colombia", "Venezuela"], "2022", None, "Relations between Bogota and Caracas were restored in 2022 after a three-year rupture"),
 ("ACCUSE", ["Paloma Restrepo", "Colombia"], None, None, "accused the government of \"handing our security to a dictatorship\""),
 ("REQUEST", ["Paloma Restrepo", "Colombia"], None, None, "demanded that Congress be briefed on the terms of the cooperation"),
],
[("Hernán Villamizar", "Colombian Defence Minister", "COL"), ("Douglas Rangel", "Venezuela's Interior Minister", "VEN"),
 ("Paloma Restrepo", "Opposition senator", "COL")],
[("Hernán Villamizar", ["COL", "VEN"], 1), ("Douglas Rangel", ["COL", "VEN"], 1)])

# 11. Live blog with timestamps, Mexico-Ecuador, embassy raid and arrest (COERCE), relations broken (SANCTION),
#     demonstration (PROTEST), OAS criticism, hypothetical ICJ case; date in the URL.
art("liveblog-mexecu-11", "https://www.latamlive.news/live/2026/05/14/mexico-ecuador-embassy-raid",
"""Live: Mexico breaks off relations with Ecuador after police enter embassy in Quito

Updates from our correspondents in Mexico City and Quito. All times local.

09:10 — Good morning. Ecuadorian police entered the Mexican embassy in Quito late on Wednesday and detained a former energy minister who had been sheltering there since February and was granted asylum by Mexico this week.

09:45 — Mexican President Mariana Olvera has announced that Mexico is breaking off diplomatic relations with Ecuador "effective immediately." In a post on X she called the raid "an unacceptable violation of international law and of the sovereignty of Mexico."

10:30 — Ecuador's Foreign Minister Andrés Viteri defends the operation. The former minister, he says, was a convicted criminal and "no embassy can be a hiding place for corruption." He insists Ecuador had warned Mexico that it would not grant safe passage.

11:15 — Mexico's foreign secretary, Julián Cárdenas, says all Mexican diplomatic staff will leave Quito on a commercial flight tonight. "Our people were pushed to the ground. One of them was injured," Cárdenas tells reporters. "Relations with this government are over. This is a line that cannot be crossed."

12:40 — The Organization of American States has condemned the raid. Its secretary general, Rafael Benítez, says embassies are "inviolable under any circumstances" and urges Ecuador to respect the Vienna Convention.

13:05 — A few hundred people have gathered outside the Ecuadorian embassy in Mexico City, chanting and holding Mexican flags.

13:50 — Cárdenas says Mexico could take the case to the International Court of Justice. No decision has been made, he adds.

14:20 — Viteri tells a radio station that relations with Mexico had been "deteriorating for months" and that Quito "regrets" the decision to break ties.
""",
"2026-05-14", "Live: Mexico breaks off relations with Ecuador after police enter embassy in Quito",
[("Mariana Olvera", False, "Mexico is breaking off diplomatic relations with Ecuador \"effective immediately.\"", "2026-05-14"),
 ("Mariana Olvera", True, "effective immediately.", "2026-05-14"),
 ("Mariana Olvera", True, "an unacceptable violation of international law and of the sovereignty of Mexico.", "2026-05-14"),
 ("Andrés Viteri", False, "was a convicted criminal and \"no embassy can be a hiding place for corruption.\"", "2026-05-14"),
 ("Andrés Viteri", True, "no embassy can be a hiding place for corruption.", "2026-05-14"),
 ("Andrés Viteri", False, "Ecuador had warned Mexico that it would not grant safe passage", "2026-05-14"),
 ("Julián Cárdenas", False, "all Mexican diplomatic staff will leave Quito on a commercial flight tonight", "2026-05-14"),
 ("Julián Cárdenas", True, "Our people were pushed to the ground. One of them was injured,", "2026-05-14"),
 ("Julián Cárdenas", True, "Relations with this government are over. This is a line that cannot be crossed.", "2026-05-14"),
 ("Rafael Benítez", False, "embassies are \"inviolable under any circumstances\"", "2026-05-14"),
 ("Rafael Benítez", True, "inviolable under any circumstances", "2026-05-14"),
 ("Julián Cárdenas", False, "Mexico could take the case to the International Court of Justice", "2026-05-14"),
 ("Julián Cárdenas", False, "No decision has been made", "2026-05-14"),
 ("Andrés Viteri", False, "relations with Mexico had been \"deteriorating for months\" and that Quito \"regrets\" the decision to break ties", "2026-05-14"),
 ("Andrés Viteri", True, "deteriorating for months", "2026-05-14"),
 ("Andrés Viteri", True, "regrets", "2026-05-14"),
],
[("COERCE", ["Ecuador", "Mexico"], "2026-05-13", "Quito", "Ecuadorian police entered the Mexican embassy in Quito late on Wednesday and detained a former energy minister"),
 ("SANCTION", ["Mariana Olvera", "Ecuador"], "2026-05-14", None, "Mexico is breaking off diplomatic relations with Ecuador \"effective immediately.\""),
 ("ACCUSE", ["Mariana Olvera", "Ecuador"], "2026-05-14", None, "she called the raid \"an unacceptable violation of international law and of the sovereignty of Mexico.\""),
 ("ACCUSE", ["Organization of American States", "Ecuador"], "2026-05-14", None, "The Organization of American States has condemned the raid."),
 ("REQUEST", ["Rafael Benítez", "Ecuador"], "2026-05-14", None, "urges Ecuador to respect the Vienna Convention"),
 ("PROTEST", ["Ecuador"], "2026-05-14", "Mexico City", "A few hundred people have gathered outside the Ecuadorian embassy in Mexico City"),
],
[("Mariana Olvera", "Mexican President", "MEX"), ("Andrés Viteri", "Ecuador's Foreign Minister", "ECU"),
 ("Julián Cárdenas", "Mexico's foreign secretary", "MEX"), ("Rafael Benítez", "secretary general of the Organization of American States", None)],
[("Julián Cárdenas", ["ECU", "MEX"], -2), ("Andrés Viteri", ["ECU", "MEX"], -2)])

# 12. Regional paper with a weekday date line, Kyrgyzstan-Tajikistan, border shooting (ASSAULT), ceasefire
#     (RETREAT), admission (CONCEDE), reinforcements (MOBILIZE), UN official, interrupted quote, threat.
art("regional-kgztjk-12", None,
"""Batken calm after border guards agree ceasefire, but villagers stay wary

Thursday, 12 September 2024

BATKEN — Kyrgyz and Tajik border guards exchanged fire for almost two hours on Tuesday near the village of Dostuk, wounding three Kyrgyz guards and one Tajik civilian, before the heads of the two countries' border services agreed a ceasefire by telephone that evening.

Kyrgyz border service chief Colonel Almaz Toktogulov said the shooting began when Tajik guards tried to set up a new observation post on an unmarked section of the frontier. "We warned them twice," he said. "They answered with automatic fire."

In an unusual step, Tajikistan's State Committee for National Security admitted on Wednesday that a Tajik unit had "acted without orders" and said the officers involved had been suspended.

Kyrgyz President's spokeswoman Aizada Sultanova welcomed the admission as "a responsible gesture," but said Bishkek had sent additional troops and armoured vehicles to Batken as a precaution. "Kyrgyzstan wants peace with its neighbour," she said, "but if our citizens are shot at again, the response will be firm."

Tajik Foreign Ministry spokesman Farrukh Nazarov said relations between Dushanbe and Bishkek were "better than they have been for years" and that a single incident "must not undo the work of the delimitation commissions." The two commissions are due to meet in Khujand later this month.

The UN resident coordinator in Kyrgyzstan, Sofia Lindqvist, urged both governments to keep communication channels open and to investigate the incident jointly.

Residents of Dostuk were less hopeful. Many still remember the clashes of 2022, when fighting along the border killed about 100 people and forced tens of thousands of villagers on both sides to flee their homes for weeks.
""",
"2024-09-12", "Batken calm after border guards agree ceasefire, but villagers stay wary",
[("Almaz Toktogulov", False, "the shooting began when Tajik guards tried to set up a new observation post on an unmarked section of the frontier", None),
 ("Almaz Toktogulov", True, "We warned them twice,", None),
 ("Almaz Toktogulov", True, "They answered with automatic fire.", None),
 ("Tajikistan's State Committee for National Security", False, "a Tajik unit had \"acted without orders\"", "2024-09-11"),
 ("Tajikistan's State Committee for National Security", True, "acted without orders", "2024-09-11"),
 ("Tajikistan's State Committee for National Security", False, "the officers involved had been suspended", "2024-09-11"),
 ("Aizada Sultanova", True, "a responsible gesture,", None),
 ("Aizada Sultanova", False, "Bishkek had sent additional troops and armoured vehicles to Batken as a precaution", None),
 ("Aizada Sultanova", True, "Kyrgyzstan wants peace with its neighbour,", None),
 ("Aizada Sultanova", True, "but if our citizens are shot at again, the response will be firm.", None),
 ("Farrukh Nazarov", False, "relations between Dushanbe and Bishkek were \"better than they have been for years\" and that a single incident \"must not undo the work of the delimitation commissions.\"", None),
 ("Farrukh Nazarov", True, "better than they have been for years", None),
 ("Farrukh Nazarov", True, "must not undo the work of the delimitation commissions.", None),
],
[("ASSAULT", ["Kyrgyzstan", "Tajikistan"], "2024-09-10", "Dostuk", "Kyrgyz and Tajik border guards exchanged fire for almost two hours on Tuesday near the village of Dostuk"),
 ("RETREAT", ["Kyrgyzstan", "Tajikistan"], "2024-09-10", None, "the heads of the two countries' border services agreed a ceasefire by telephone that evening"),
 ("CONCEDE", ["Tajikistan's State Committee for National Security", "Kyrgyzstan"], "2024-09-11", None, "Tajikistan's State Committee for National Security admitted on Wednesday that a Tajik unit had \"acted without orders\""),
 ("SUPPORT", ["Aizada Sultanova", "Tajikistan"], None, None, "welcomed the admission as \"a responsible gesture,\""),
 ("MOBILIZE", ["Kyrgyzstan"], None, "Batken", "Bishkek had sent additional troops and armoured vehicles to Batken as a precaution"),
 ("THREATEN", ["Aizada Sultanova", "Tajikistan"], None, None, "but if our citizens are shot at again, the response will be firm."),
 ("REQUEST", ["Sofia Lindqvist", "Kyrgyzstan", "Tajikistan"], None, None, "urged both governments to keep communication channels open and to investigate the incident jointly"),
 ("ASSAULT", ["Kyrgyzstan", "Tajikistan"], "2022", None, "the clashes of 2022, when fighting along the border killed about 100 people"),
],
[("Almaz Toktogulov", "Kyrgyz border service chief", "KGZ"), ("Aizada Sultanova", "Kyrgyz President's spokeswoman", "KGZ"),
 ("Farrukh Nazarov", "Tajik Foreign Ministry spokesman", "TJK"), ("Sofia Lindqvist", "UN resident coordinator in Kyrgyzstan", None)],
[("Aizada Sultanova", ["KGZ", "TJK"], 0), ("Farrukh Nazarov", ["KGZ", "TJK"], 1)])
