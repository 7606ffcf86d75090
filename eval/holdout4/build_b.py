# Part B of the fourth held-out set (articles 7-12): text + gold, written by hand.
# art(...) is defined by ../holdout/build.py, which runs this file.

# 7. Ministry press release (letterhead, place-and-date line "Dodoma, 14 May 2024", "Hon." titles, issuing officer),
#    Tanzania-Malawi (Lake Nyasa). "the Ministry" as speaker, "yesterday", "on 7 May 2024", "last week",
#    "the country's deputy foreign minister, X". Release of fishermen (RETREAT), MoU signed (SUPPORT),
#    joint request with a deadline (REQUEST), concern (ACCUSE), an admission (CONCEDE).
art("pressrelease-tzamwi-07", None,
"""PRESS RELEASE

MINISTRY OF FOREIGN AFFAIRS AND EAST AFRICAN COOPERATION
THE UNITED REPUBLIC OF TANZANIA

Dodoma, 14 May 2024

TANZANIA AND MALAWI AGREE TO RESUME MEDIATION ON LAKE NYASA BOUNDARY

The Ministry of Foreign Affairs and East African Cooperation wishes to inform the public that the Minister for Foreign Affairs and East African Cooperation, Hon. Dr. Amina Mfinanga (MP), held bilateral talks yesterday in Dodoma with the Minister of Foreign Affairs of the Republic of Malawi, Hon. Moses Chirwa. Hon. Chirwa was accompanied by the country's deputy foreign minister, Ms. Grace Banda.

During the talks, the two Ministers agreed to resume the mediation process on the boundary on Lake Nyasa under the SADC Panel of Elders, which has not met since 2021. The two Ministers jointly requested the SADC Secretariat to convene the Panel not later than 30 June 2024.

Speaking after the talks, Hon. Mfinanga said: "Tanzania and Malawi are bound by blood, by history and by this lake. Our relations have never been stronger, and no boundary question will be allowed to divide our people."

Hon. Chirwa, for his part, said that relations between Malawi and Tanzania remained good and that Malawi was committed to a peaceful solution. He confirmed that Malawi had suspended all oil and gas exploration activities in the disputed waters since March pending the outcome of the mediation.

The Ministers also signed a Memorandum of Understanding on cross-border trade and the movement of small-scale traders at the Kasumulu-Songwe border post.

At the same time, the Minister expressed concern over reports that Malawian patrol boats had harassed Tanzanian fishermen near Mbamba Bay last week, and asked the Malawian side to investigate the matter. Hon. Chirwa acknowledged that one Malawian patrol had entered Tanzanian waters by mistake. Hon. Chirwa promised that the reports would be looked into.

In a related development, the Minister for Livestock and Fisheries, Hon. Juma Kassim (MP), announced that fourteen Malawian fishermen who had been detained in Kyela District in April were released on 7 May 2024 as a gesture of goodwill. "These men are our neighbours, and they have gone home to their families," he said.

The Ministry wishes to reaffirm that the Government of the United Republic of Tanzania remains committed to resolving the matter through peaceful means, in accordance with international law and the principles of the African Union.

The Ministry further calls upon fishermen and residents of the lakeshore districts to continue with their lawful activities and to report any incident to the nearest authorities.

Issued by:
Government Communication Unit,
Ministry of Foreign Affairs and East African Cooperation,
Dodoma.
Mr. Emmanuel Mollel, Director of Government Communication
""",
"2024-05-14", "TANZANIA AND MALAWI AGREE TO RESUME MEDIATION ON LAKE NYASA BOUNDARY",
[("Ministry of Foreign Affairs and East African Cooperation", False, "the Minister for Foreign Affairs and East African Cooperation, Hon. Dr. Amina Mfinanga (MP), held bilateral talks yesterday in Dodoma with the Minister of Foreign Affairs of the Republic of Malawi, Hon. Moses Chirwa", "2024-05-14"),
 ("Amina Mfinanga", True, "Tanzania and Malawi are bound by blood, by history and by this lake. Our relations have never been stronger, and no boundary question will be allowed to divide our people.", "2024-05-13"),
 ("Moses Chirwa", False, "relations between Malawi and Tanzania remained good", "2024-05-13"),
 ("Moses Chirwa", False, "Malawi was committed to a peaceful solution", "2024-05-13"),
 ("Moses Chirwa", False, "Malawi had suspended all oil and gas exploration activities in the disputed waters since March pending the outcome of the mediation", "2024-05-13"),
 ("Moses Chirwa", False, "one Malawian patrol had entered Tanzanian waters by mistake", "2024-05-13"),
 ("Moses Chirwa", False, "the reports would be looked into", "2024-05-13"),
 ("Juma Kassim", False, "fourteen Malawian fishermen who had been detained in Kyela District in April were released on 7 May 2024 as a gesture of goodwill", "2024-05-14"),
 ("Juma Kassim", True, "These men are our neighbours, and they have gone home to their families,", "2024-05-14"),
 ("Ministry of Foreign Affairs and East African Cooperation", False, "the Government of the United Republic of Tanzania remains committed to resolving the matter through peaceful means, in accordance with international law and the principles of the African Union", "2024-05-14"),
],
[("CONSULT", ["Amina Mfinanga", "Moses Chirwa"], "2024-05-13", "Dodoma", "held bilateral talks yesterday in Dodoma with the Minister of Foreign Affairs of the Republic of Malawi, Hon. Moses Chirwa"),
 ("AGREE", ["Amina Mfinanga", "Moses Chirwa"], "2024-05-13", None, "the two Ministers agreed to resume the mediation process on the boundary on Lake Nyasa under the SADC Panel of Elders"),
 ("REQUEST", ["Tanzania", "Malawi", "SADC Secretariat"], "2024-05-13", None, "The two Ministers jointly requested the SADC Secretariat to convene the Panel not later than 30 June 2024."),
 ("RETREAT", ["Malawi", "Tanzania"], "2024-03", None, "Malawi had suspended all oil and gas exploration activities in the disputed waters since March"),
 ("SUPPORT", ["Tanzania", "Malawi"], "2024-05-13", "Dodoma", "The Ministers also signed a Memorandum of Understanding on cross-border trade"),
 ("ACCUSE", ["Amina Mfinanga", "Malawi"], "2024-05-13", None, "the Minister expressed concern over reports that Malawian patrol boats had harassed Tanzanian fishermen near Mbamba Bay last week"),
 ("REQUEST", ["Amina Mfinanga", "Malawi"], "2024-05-13", None, "asked the Malawian side to investigate the matter"),
 ("CONCEDE", ["Moses Chirwa", "Tanzania"], "2024-05-13", None, "Hon. Chirwa acknowledged that one Malawian patrol had entered Tanzanian waters by mistake."),
 ("AGREE", ["Moses Chirwa", "Tanzania"], "2024-05-13", None, "Hon. Chirwa promised that the reports would be looked into."),
 ("RETREAT", ["Tanzania", "Malawi"], "2024-05-07", "Kyela District", "fourteen Malawian fishermen who had been detained in Kyela District in April were released on 7 May 2024"),
 ("COERCE", ["Tanzania", "Malawi"], "2024-04", "Kyela District", "fourteen Malawian fishermen who had been detained in Kyela District in April"),
],
[("Amina Mfinanga", "Minister for Foreign Affairs and East African Cooperation", "TZA"),
 ("Moses Chirwa", "Minister of Foreign Affairs of the Republic of Malawi", "MWI"),
 ("Grace Banda", "deputy foreign minister", "MWI"),
 ("Juma Kassim", "Minister for Livestock and Fisheries", "TZA"),
 ("Emmanuel Mollel", "Director of Government Communication", "TZA")],
[("Amina Mfinanga", ["MWI", "TZA"], 2), ("Moses Chirwa", ["MWI", "TZA"], 1)])

# 8. Analysis piece with byline and no date anywhere, Pakistan-Afghanistan. Analysts and officials, the
#    spokesperson as speaker, dates with years resolve, "last week" does not. Airstrikes (ASSAULT), deportations
#    and border closure (COERCE), demand (REQUEST), rejection, threat, talks in Beijing (CONSULT, AGREE).
art("analysis-pakafg-08", "https://www.southasiaobserver.com/analysis/pakistan-taliban-pressure-keeps-failing",
"""Analysis: Why Pakistan's pressure on the Taliban keeps failing

By Farah Naqvi

Islamabad expected a friendly government in Kabul. Four years after the Taliban returned to power, it has instead a neighbour that it accuses of sheltering its deadliest enemy, the Tehreek-e-Taliban Pakistan (TTP).

Pakistan has tried almost every form of pressure. Since late 2023 it has deported more than half a million Afghans, many of whom had lived in Pakistan for decades. It has closed the Torkham crossing repeatedly, and in March 2024 its air force struck what it called TTP hideouts in the Afghan provinces of Khost and Paktika.

None of it has changed Kabul's behaviour. "We have asked the Afghan interim government again and again to act against the TTP, and we have given them the evidence," Mumtaz Ahmed, the spokesperson of Pakistan's Foreign Office, told a weekly briefing last week. The spokesperson added that Pakistan "reserves the right to respond" to attacks launched from Afghan soil.

The Taliban reject the charge. Their chief spokesman, Qari Hamdullah Saqib, said the TTP was "Pakistan's internal problem" and that Afghanistan did not allow its territory to be used against any country. After the March 2024 strikes, Kabul summoned Pakistan's charge d'affaires and warned of "consequences."

Pakistan's Defence Minister Khalid Rehman has gone further. In a television interview in October 2024, he said Pakistan would strike again "wherever the terrorists hide, on this side of the border or the other."

Analysts in Islamabad are pessimistic. "Coercion has produced resentment, not cooperation," said Ayesha Malik, who heads the Centre for Regional Security Studies in Islamabad. "The Taliban have learned that Pakistan needs them more than they need Pakistan."

Tariq Durrani, a former Pakistani ambassador to Afghanistan, described relations as "in free fall," adding that the two governments no longer trusted each other's word.

China has tried to help. Its foreign minister hosted his Pakistani and Afghan counterparts in Beijing in May 2025, and the three sides agreed to extend the China-Pakistan Economic Corridor into Afghanistan. Malik called the meeting "a pause, not a peace."

The deeper problem, in Malik's view, is that Pakistan's leverage is mostly negative. Trade through Torkham and Chaman is a lifeline for Afghanistan, but closing the crossings hurts traders in Peshawar and Quetta as much as those in Kabul.

Durrani argues that Islamabad should offer something in return for cooperation: visas, transit rights, a share of the corridor's revenues. "You cannot build a relationship on threats alone," he said.

For now, there is little sign of that. Ahmed said Pakistan would keep the deportation programme running until every undocumented Afghan had left.
""",
None, "Analysis: Why Pakistan's pressure on the Taliban keeps failing",
[("Mumtaz Ahmed", True, "We have asked the Afghan interim government again and again to act against the TTP, and we have given them the evidence,", None),
 ("Mumtaz Ahmed", False, "Pakistan \"reserves the right to respond\" to attacks launched from Afghan soil", None),
 ("Mumtaz Ahmed", True, "reserves the right to respond", None),
 ("Qari Hamdullah Saqib", False, "the TTP was \"Pakistan's internal problem\"", None),
 ("Qari Hamdullah Saqib", True, "Pakistan's internal problem", None),
 ("Qari Hamdullah Saqib", False, "Afghanistan did not allow its territory to be used against any country", None),
 ("Afghanistan", True, "consequences.", "2024-03"),
 ("Khalid Rehman", False, "Pakistan would strike again \"wherever the terrorists hide, on this side of the border or the other.\"", "2024-10"),
 ("Khalid Rehman", True, "wherever the terrorists hide, on this side of the border or the other.", "2024-10"),
 ("Ayesha Malik", True, "Coercion has produced resentment, not cooperation,", None),
 ("Ayesha Malik", True, "The Taliban have learned that Pakistan needs them more than they need Pakistan.", None),
 ("Tariq Durrani", True, "in free fall,", None),
 ("Tariq Durrani", False, "the two governments no longer trusted each other's word", None),
 ("Ayesha Malik", True, "a pause, not a peace.", None),
 ("Tariq Durrani", False, "Islamabad should offer something in return for cooperation: visas, transit rights, a share of the corridor's revenues", None),
 ("Tariq Durrani", True, "You cannot build a relationship on threats alone,", None),
 ("Mumtaz Ahmed", False, "Pakistan would keep the deportation programme running until every undocumented Afghan had left", None),
],
[("COERCE", ["Pakistan", "Afghanistan"], "2023", None, "Since late 2023 it has deported more than half a million Afghans"),
 ("COERCE", ["Pakistan", "Afghanistan"], None, "Torkham", "It has closed the Torkham crossing repeatedly"),
 ("ASSAULT", ["Pakistan", "Afghanistan"], "2024-03", "Khost", "in March 2024 its air force struck what it called TTP hideouts in the Afghan provinces of Khost and Paktika"),
 ("REQUEST", ["Pakistan", "Afghanistan"], None, None, "We have asked the Afghan interim government again and again to act against the TTP"),
 ("THREATEN", ["Mumtaz Ahmed", "Afghanistan"], None, None, "Pakistan \"reserves the right to respond\" to attacks launched from Afghan soil"),
 ("REJECT", ["Taliban", "Pakistan"], None, None, "The Taliban reject the charge."),
 ("ACCUSE", ["Afghanistan", "Pakistan"], "2024-03", "Kabul", "Kabul summoned Pakistan's charge d'affaires"),
 ("THREATEN", ["Afghanistan", "Pakistan"], "2024-03", None, "warned of \"consequences.\""),
 ("THREATEN", ["Khalid Rehman", "Afghanistan"], "2024-10", None, "he said Pakistan would strike again"),
 ("CONSULT", ["China", "Pakistan", "Afghanistan"], "2025-05", "Beijing", "Its foreign minister hosted his Pakistani and Afghan counterparts in Beijing in May 2025"),
 ("AGREE", ["China", "Pakistan", "Afghanistan"], "2025-05", None, "the three sides agreed to extend the China-Pakistan Economic Corridor into Afghanistan"),
],
[("Farah Naqvi", None, None),
 ("Mumtaz Ahmed", "spokesperson of Pakistan's Foreign Office", "PAK"),
 ("Qari Hamdullah Saqib", "chief spokesman", "AFG"),
 ("Khalid Rehman", "Defence Minister", "PAK"),
 ("Ayesha Malik", "head of the Centre for Regional Security Studies", "PAK"),
 ("Tariq Durrani", "former Pakistani ambassador to Afghanistan", "PAK")],
[("Tariq Durrani", ["AFG", "PAK"], -2)])

# 9. Page opening with a section label and a "Last updated" line (no byline, no date in the URL),
#    North Macedonia-Bulgaria. "X's remarks that ...", "X, who is ...", "the German ambassador to North Macedonia, X",
#    "earlier this month", weekday names. Veto (REJECT), ambassador recalled (SANCTION), protest, demand, support.
art("lastupdated-mkdbgr-09", "https://www.continentaldaily.eu/europe/western-balkans/bulgaria-blocks-north-macedonia-eu-talks",
"""EUROPE | Western Balkans

Bulgaria blocks North Macedonia's EU talks again as Skopje recalls ambassador

Last updated: 6 February 2025, 14:20 CET

Bulgaria on Tuesday blocked the opening of the first cluster of North Macedonia's EU accession talks, saying Skopje had still not amended its constitution to recognise the country's Bulgarian minority.

Bulgarian Foreign Minister Georgi Stoyanov told reporters in Brussels on Tuesday that Sofia would lift its objection "the day the amendment is adopted, and not a day earlier."

North Macedonia responded on Wednesday by recalling its ambassador in Sofia, Vesna Trajkovska, for consultations.

"Sofia is holding the whole region hostage to its history books," Foreign Minister Aleksandar Petrovski said in Skopje, adding that relations between the two neighbours were "at their lowest point since 2020."

Stoyanov dismissed Petrovski's remarks that Bulgaria was acting in bad faith. "Nobody is holding anyone hostage. We are asking North Macedonia to keep a promise it made in 2022," he said in a statement on Thursday. Relations with Skopje, the minister added, were "difficult but not broken."

Ilir Bajrami, who is North Macedonia's deputy prime minister for European affairs, said the government could not find the two-thirds majority needed to change the constitution "while Sofia keeps moving the goalposts."

Earlier this month, the prime ministers of the two countries met on the sidelines of a European Council meeting in Brussels but failed to narrow their differences.

The European Commission said it regretted the delay. An EU spokesperson, Annika Berg, said the intergovernmental conference could not go ahead without unanimity and urged both governments to "return to the spirit of the 2022 compromise."

In Skopje, several thousand people gathered outside the government building on Wednesday evening, some carrying banners against what they called Bulgarian blackmail.

The German ambassador to North Macedonia, Petra Drexler, said on Monday, before the Brussels meeting, that Berlin stood "firmly behind Skopje's European path" and that Sofia should show flexibility.

North Macedonia has been a candidate for EU membership since 2005. Albania, which had been coupled with it, opened its talks separately last year.

Bajrami said the government would not call an early vote on the amendment. "We will not hold a vote that we know we will lose," he said.
""",
"2025-02-06", "Bulgaria blocks North Macedonia's EU talks again as Skopje recalls ambassador",
[("Bulgaria", False, "Skopje had still not amended its constitution to recognise the country's Bulgarian minority", "2025-02-04"),
 ("Georgi Stoyanov", False, "Sofia would lift its objection \"the day the amendment is adopted, and not a day earlier.\"", "2025-02-04"),
 ("Georgi Stoyanov", True, "the day the amendment is adopted, and not a day earlier.", "2025-02-04"),
 ("Aleksandar Petrovski", True, "Sofia is holding the whole region hostage to its history books,", "2025-02-06"),
 ("Aleksandar Petrovski", False, "relations between the two neighbours were \"at their lowest point since 2020.\"", "2025-02-06"),
 ("Aleksandar Petrovski", True, "at their lowest point since 2020.", "2025-02-06"),
 ("Aleksandar Petrovski", False, "Bulgaria was acting in bad faith", None),
 ("Georgi Stoyanov", True, "Nobody is holding anyone hostage. We are asking North Macedonia to keep a promise it made in 2022,", "2025-02-06"),
 ("Georgi Stoyanov", False, "were \"difficult but not broken.\"", "2025-02-06"),
 ("Georgi Stoyanov", True, "difficult but not broken.", "2025-02-06"),
 ("Ilir Bajrami", False, "the government could not find the two-thirds majority needed to change the constitution \"while Sofia keeps moving the goalposts.\"", "2025-02-06"),
 ("Ilir Bajrami", True, "while Sofia keeps moving the goalposts.", "2025-02-06"),
 ("European Commission", False, "it regretted the delay", "2025-02-06"),
 ("Annika Berg", False, "the intergovernmental conference could not go ahead without unanimity", "2025-02-06"),
 ("Annika Berg", True, "return to the spirit of the 2022 compromise.", "2025-02-06"),
 ("Petra Drexler", False, "Berlin stood \"firmly behind Skopje's European path\"", "2025-02-03"),
 ("Petra Drexler", True, "firmly behind Skopje's European path", "2025-02-03"),
 ("Petra Drexler", False, "Sofia should show flexibility", "2025-02-03"),
 ("Ilir Bajrami", False, "the government would not call an early vote on the amendment", "2025-02-06"),
 ("Ilir Bajrami", True, "We will not hold a vote that we know we will lose,", "2025-02-06"),
],
[("REJECT", ["Bulgaria", "North Macedonia"], "2025-02-04", None, "Bulgaria on Tuesday blocked the opening of the first cluster of North Macedonia's EU accession talks"),
 ("SANCTION", ["North Macedonia", "Bulgaria"], "2025-02-05", "Sofia", "North Macedonia responded on Wednesday by recalling its ambassador in Sofia, Vesna Trajkovska, for consultations."),
 ("ACCUSE", ["Aleksandar Petrovski", "Bulgaria"], "2025-02-06", None, "Sofia is holding the whole region hostage to its history books"),
 ("REJECT", ["Georgi Stoyanov", "Aleksandar Petrovski"], "2025-02-06", None, "Stoyanov dismissed Petrovski's remarks that Bulgaria was acting in bad faith."),
 ("REQUEST", ["Georgi Stoyanov", "North Macedonia"], "2025-02-06", None, "We are asking North Macedonia to keep a promise it made in 2022"),
 ("CONSULT", ["North Macedonia", "Bulgaria"], "2025-02", "Brussels", "the prime ministers of the two countries met on the sidelines of a European Council meeting in Brussels"),
 ("REQUEST", ["Annika Berg", "North Macedonia", "Bulgaria"], "2025-02-06", None, "urged both governments to \"return to the spirit of the 2022 compromise.\""),
 ("PROTEST", ["North Macedonia"], "2025-02-05", "Skopje", "several thousand people gathered outside the government building on Wednesday evening, some carrying banners against what they called Bulgarian blackmail"),
 ("SUPPORT", ["Petra Drexler", "North Macedonia"], "2025-02-03", None, "Berlin stood \"firmly behind Skopje's European path\""),
 ("REQUEST", ["Petra Drexler", "Bulgaria"], "2025-02-03", None, "Sofia should show flexibility"),
],
[("Georgi Stoyanov", "Bulgarian Foreign Minister", "BGR"),
 ("Vesna Trajkovska", "ambassador in Sofia", "MKD"),
 ("Aleksandar Petrovski", "Foreign Minister", "MKD"),
 ("Ilir Bajrami", "deputy prime minister for European affairs", "MKD"),
 ("Annika Berg", "EU spokesperson", None),
 ("Petra Drexler", "German ambassador to North Macedonia", "DEU")],
[("Aleksandar Petrovski", ["BGR", "MKD"], -2), ("Georgi Stoyanov", ["BGR", "MKD"], 0)])

# 10. News article with byline and date line "March 11, 2026" and a correction note dated the next day at the end,
#     Costa Rica-Nicaragua. Detention (COERCE), partial release (RETREAT), 48-hour demand and threat of a complaint,
#     state-television statement on Monday (ACCUSE), police deployment announced (MOBILIZE), call (CONSULT).
art("correction-crinic-10", "https://www.ticotribune.cr/news/costa-rica-demands-release-of-farmers-detained-by-nicaragua",
"""Costa Rica demands release of farmers detained by Nicaraguan soldiers

By Luis Araya | March 11, 2026

SAN JOSÉ - Costa Rica has demanded that Nicaragua release three Costa Rican farmers who were detained by Nicaraguan soldiers near the San Juan River on Sunday, and has sent a protest note to Managua, the Foreign Ministry said on Wednesday.

Two of the men were released on Tuesday at the Las Tablillas border crossing, but the third, Óscar Jiménez, 54, remains in custody in the Nicaraguan town of San Carlos, according to Costa Rica's deputy foreign minister, Ana Lucía Porras.

"We want Óscar Jiménez home with his family within 48 hours," Porras told reporters. "If he is not released, we will take this case to the Inter-American Commission on Human Rights."

Foreign Minister Javier Quesada discussed the case on Monday with the secretary general of the Organization of American States, his office said. Quesada described relations with Managua as "the worst they have been in a decade."

Nicaragua's government said in a statement read on state television on Monday that the farmers had "illegally entered national territory" and would be "dealt with according to the law." The statement accused Costa Rica of allowing "coup-plotting groups" to operate from its border towns.

Nicaragua's ambassador to Costa Rica, Mauricio Téllez, did not respond to requests for comment.

Costa Rica's security minister, Rodrigo Salas, announced that 150 additional border police officers would be deployed to the northern zone by the end of the week. "Our police are not there to provoke anyone. They are there to protect our people," Salas said.

In the village of Medio Queso, Marta Jiménez, the detained farmer's wife, said her husband had been cutting wood on land the family has owned for forty years.

"He does not know where the border is. Nobody here does," she said. "There is no fence, no sign, nothing."

The two countries have a long history of border disputes along the San Juan. In 2015, the International Court of Justice ruled that Nicaragua had violated Costa Rican sovereignty by building a military camp on Isla Portillos.

Porras said Costa Rica was not seeking a confrontation. "We are neighbours, and we will remain neighbours," she said. "But neighbours do not arrest each other's farmers."

Correction, March 12, 2026: An earlier version of this article misstated Ana Lucía Porras's title. She is Costa Rica's deputy foreign minister, not its foreign minister. It also gave the wrong location for the release of two of the farmers; they were released at the Las Tablillas crossing, not at Peñas Blancas.
""",
"2026-03-11", "Costa Rica demands release of farmers detained by Nicaraguan soldiers",
[("Foreign Ministry", False, "Costa Rica has demanded that Nicaragua release three Costa Rican farmers who were detained by Nicaraguan soldiers near the San Juan River on Sunday, and has sent a protest note to Managua", "2026-03-11"),
 ("Ana Lucía Porras", False, "Two of the men were released on Tuesday at the Las Tablillas border crossing, but the third, Óscar Jiménez, 54, remains in custody in the Nicaraguan town of San Carlos", "2026-03-11"),
 ("Ana Lucía Porras", True, "We want Óscar Jiménez home with his family within 48 hours,", "2026-03-11"),
 ("Ana Lucía Porras", True, "If he is not released, we will take this case to the Inter-American Commission on Human Rights.", "2026-03-11"),
 ("Javier Quesada", True, "the worst they have been in a decade.", "2026-03-11"),
 ("Nicaragua", False, "the farmers had \"illegally entered national territory\" and would be \"dealt with according to the law.\"", "2026-03-09"),
 ("Nicaragua", True, "illegally entered national territory", "2026-03-09"),
 ("Nicaragua", True, "dealt with according to the law.", "2026-03-09"),
 ("Nicaragua", True, "coup-plotting groups", "2026-03-09"),
 ("Rodrigo Salas", False, "150 additional border police officers would be deployed to the northern zone by the end of the week", "2026-03-11"),
 ("Rodrigo Salas", True, "Our police are not there to provoke anyone. They are there to protect our people,", "2026-03-11"),
 ("Marta Jiménez", False, "her husband had been cutting wood on land the family has owned for forty years", "2026-03-11"),
 ("Marta Jiménez", True, "He does not know where the border is. Nobody here does,", "2026-03-11"),
 ("Marta Jiménez", True, "There is no fence, no sign, nothing.", "2026-03-11"),
 ("Ana Lucía Porras", False, "Costa Rica was not seeking a confrontation", "2026-03-11"),
 ("Ana Lucía Porras", True, "We are neighbours, and we will remain neighbours,", "2026-03-11"),
 ("Ana Lucía Porras", True, "But neighbours do not arrest each other's farmers.", "2026-03-11"),
],
[("REQUEST", ["Costa Rica", "Nicaragua"], "2026-03", None, "Costa Rica has demanded that Nicaragua release three Costa Rican farmers"),
 ("COERCE", ["Nicaragua", "Costa Rica"], "2026-03-08", "San Juan River", "three Costa Rican farmers who were detained by Nicaraguan soldiers near the San Juan River on Sunday"),
 ("ACCUSE", ["Costa Rica", "Nicaragua"], "2026-03", None, "has sent a protest note to Managua"),
 ("RETREAT", ["Nicaragua", "Costa Rica"], "2026-03-10", "Las Tablillas", "Two of the men were released on Tuesday at the Las Tablillas border crossing"),
 ("REQUEST", ["Ana Lucía Porras", "Nicaragua"], "2026-03-11", None, "We want Óscar Jiménez home with his family within 48 hours"),
 ("THREATEN", ["Ana Lucía Porras", "Nicaragua"], "2026-03-11", None, "If he is not released, we will take this case to the Inter-American Commission on Human Rights."),
 ("CONSULT", ["Javier Quesada", "Organization of American States"], "2026-03-09", None, "Foreign Minister Javier Quesada discussed the case on Monday with the secretary general of the Organization of American States"),
 ("ACCUSE", ["Nicaragua", "Costa Rica"], "2026-03-09", None, "The statement accused Costa Rica of allowing \"coup-plotting groups\" to operate from its border towns."),
 ("MOBILIZE", ["Rodrigo Salas", "Costa Rica"], "2026-03-11", "northern zone", "150 additional border police officers would be deployed to the northern zone by the end of the week"),
 ("ACCUSE", ["International Court of Justice", "Nicaragua"], "2015", "Isla Portillos", "the International Court of Justice ruled that Nicaragua had violated Costa Rican sovereignty"),
],
[("Luis Araya", None, None),
 ("Óscar Jiménez", "farmer", "CRI"),
 ("Ana Lucía Porras", "deputy foreign minister", "CRI"),
 ("Javier Quesada", "Foreign Minister", "CRI"),
 ("Mauricio Téllez", "Nicaragua's ambassador to Costa Rica", "NIC"),
 ("Rodrigo Salas", "security minister", "CRI"),
 ("Marta Jiménez", "the detained farmer's wife", "CRI")],
[("Javier Quesada", ["CRI", "NIC"], -2), ("Ana Lucía Porras", ["CRI", "NIC"], 0)])

# 11. Round-up of several countries with country subheads, date only in the URL, Benin-Niger (main pair),
#     Algeria-Mali and Chad-Sudan. Talks (CONSULT), border closure in 2023 and airspace closure (COERCE),
#     ban lifted (RETREAT), drone downed (ASSAULT), ambassadors recalled (SANCTION), UN accusation, rejection, EU aid.
art("roundup-benner-11", "https://www.africabriefing.net/2025/07/23/sahel-roundup-benin-niger-algeria-mali-chad-sudan/",
"""Sahel round-up: Benin and Niger talk borders, Algeria keeps Mali out of its skies, Chad rejects Sudan's charges

Africa Briefing | Compiled by Aicha Diallo

BENIN, NIGER

Officials from Benin and Niger met in Niamey on Monday for the first talks on reopening their border since Niger's military government closed it in July 2023. Benin's government spokesman, Rodrigue Akplogan, said the talks had been "frank and useful" and that a technical committee would meet again in Cotonou next month.

Niger PM Moussa Garba said on Tuesday that Niamey wanted "written guarantees" that Benin's territory would not be used to destabilise Niger. Relations between the two neighbours, he said, were "slowly thawing."

Earlier this month, Benin lifted its ban on loading Nigerien crude at the port of Seme, allowing exports through the pipeline to resume.

ALGERIA, MALI

Algeria will keep its airspace closed to Malian flights, Foreign Minister Karim Belhadj told parliament in Algiers on Sunday. Algeria closed its skies to Mali in April, days after its air defences shot down a Malian army drone near the border town of Tinzaouaten. Both countries then recalled their ambassadors.

Belhadj said the drone had entered Algerian airspace "by two kilometres, and with hostile intent."

Mali's foreign minister, Abdoulaye Konate, responded on Monday. He called the shootdown "an act of aggression against a sovereign neighbour" and said relations with Algiers had "never been worse." Bamako, he added, would not send its ambassador back until Algeria apologised.

CHAD, SUDAN

Chad has rejected accusations by Sudan's army-backed government that it allows weapons for the Rapid Support Forces to cross its territory.

Sudan's ambassador to the United Nations, Hassan Osman, told the Security Council last week that Chad had become "a corridor for mercenaries and arms." In a statement on Tuesday, Chad's government spokesman Mahamat Allamine called the charges "baseless" and said Chad was hosting more than 800,000 Sudanese refugees "with very little help from anyone."

The European Union announced on Monday 30 million euros in humanitarian aid for Sudanese refugees in eastern Chad.

WHAT TO WATCH

Ministers of the Alliance of Sahel States, which groups Mali, Niger and Burkina Faso, are due to meet in Ouagadougou next week. Benin is not a member, but Akplogan said Cotonou would send an observer if invited.
""",
"2025-07-23", "Sahel round-up: Benin and Niger talk borders, Algeria keeps Mali out of its skies, Chad rejects Sudan's charges",
[("Rodrigue Akplogan", False, "the talks had been \"frank and useful\"", "2025-07-23"),
 ("Rodrigue Akplogan", True, "frank and useful", "2025-07-23"),
 ("Rodrigue Akplogan", False, "a technical committee would meet again in Cotonou next month", "2025-07-23"),
 ("Moussa Garba", False, "Niamey wanted \"written guarantees\" that Benin's territory would not be used to destabilise Niger", "2025-07-22"),
 ("Moussa Garba", True, "written guarantees", "2025-07-22"),
 ("Moussa Garba", False, "were \"slowly thawing.\"", "2025-07-22"),
 ("Moussa Garba", True, "slowly thawing.", "2025-07-22"),
 ("Karim Belhadj", False, "Algeria will keep its airspace closed to Malian flights", "2025-07-20"),
 ("Karim Belhadj", False, "the drone had entered Algerian airspace \"by two kilometres, and with hostile intent.\"", "2025-07-20"),
 ("Karim Belhadj", True, "by two kilometres, and with hostile intent.", "2025-07-20"),
 ("Abdoulaye Konate", True, "an act of aggression against a sovereign neighbour", "2025-07-21"),
 ("Abdoulaye Konate", False, "relations with Algiers had \"never been worse.\"", "2025-07-21"),
 ("Abdoulaye Konate", True, "never been worse.", "2025-07-21"),
 ("Abdoulaye Konate", False, "would not send its ambassador back until Algeria apologised", "2025-07-21"),
 ("Hassan Osman", False, "Chad had become \"a corridor for mercenaries and arms.\"", "2025-07"),
 ("Hassan Osman", True, "a corridor for mercenaries and arms.", "2025-07"),
 ("Mahamat Allamine", True, "baseless", "2025-07-22"),
 ("Mahamat Allamine", False, "Chad was hosting more than 800,000 Sudanese refugees \"with very little help from anyone.\"", "2025-07-22"),
 ("Mahamat Allamine", True, "with very little help from anyone.", "2025-07-22"),
 ("Rodrigue Akplogan", False, "Cotonou would send an observer if invited", "2025-07-23"),
],
[("CONSULT", ["Benin", "Niger"], "2025-07-21", "Niamey", "Officials from Benin and Niger met in Niamey on Monday for the first talks on reopening their border"),
 ("COERCE", ["Niger", "Benin"], "2023-07", None, "Niger's military government closed it in July 2023"),
 ("REQUEST", ["Moussa Garba", "Benin"], "2025-07-22", None, "Niamey wanted \"written guarantees\" that Benin's territory would not be used to destabilise Niger"),
 ("RETREAT", ["Benin", "Niger"], "2025-07", "Seme", "Benin lifted its ban on loading Nigerien crude at the port of Seme"),
 ("COERCE", ["Algeria", "Mali"], "2025-04", None, "Algeria closed its skies to Mali in April"),
 ("ASSAULT", ["Algeria", "Mali"], "2025-04", "Tinzaouaten", "its air defences shot down a Malian army drone near the border town of Tinzaouaten"),
 ("SANCTION", ["Algeria", "Mali"], "2025-04", None, "Both countries then recalled their ambassadors."),
 ("ACCUSE", ["Abdoulaye Konate", "Algeria"], "2025-07-21", None, "He called the shootdown \"an act of aggression against a sovereign neighbour\""),
 ("ACCUSE", ["Hassan Osman", "Chad"], "2025-07", "Security Council", "told the Security Council last week that Chad had become \"a corridor for mercenaries and arms.\""),
 ("REJECT", ["Chad", "Sudan"], "2025-07-22", None, "Chad has rejected accusations by Sudan's army-backed government"),
 ("AID", ["European Union", "Chad"], "2025-07-21", "eastern Chad", "The European Union announced on Monday 30 million euros in humanitarian aid for Sudanese refugees in eastern Chad."),
],
[("Aicha Diallo", None, None),
 ("Rodrigue Akplogan", "government spokesman", "BEN"),
 ("Moussa Garba", "PM", "NER"),
 ("Karim Belhadj", "Foreign Minister", "DZA"),
 ("Abdoulaye Konate", "foreign minister", "MLI"),
 ("Hassan Osman", "Sudan's ambassador to the United Nations", "SDN"),
 ("Mahamat Allamine", "government spokesman", "TCD")],
[("Rodrigue Akplogan", ["BEN", "NER"], 1), ("Moussa Garba", ["BEN", "NER"], 1), ("Abdoulaye Konate", ["DZA", "MLI"], -2)])

# 12. Op-ed with an author line and a bio line at the end, no date anywhere, curly quotes, Philippines-China
#     (and the US). Officials quoted with dates that carry years; the rest unresolved. Boarding (ASSAULT),
#     provisional understanding (AGREE), joint patrols (COOPERATE), treaty backing (SUPPORT), demand, threat.
art("oped-phlchn-12", "https://www.manilaforum.ph/opinion/ayungin-quiet-diplomacy-has-run-its-course",
"""Opinion: Manila’s quiet diplomacy at Ayungin Shoal has run its course

By Teresa Villanueva

For two decades, the Philippines has kept a handful of marines aboard the BRP Sierra Madre, a rusting warship grounded on Ayungin Shoal, and for two decades China has tried to make their lives impossible. The question is no longer whether Beijing will escalate. It is how Manila should respond when it does.

On June 17, 2024, Chinese coast guard personnel armed with knives and axes boarded Philippine navy boats on a resupply mission to the ship, injuring eight sailors. Manila lodged a diplomatic protest. Beijing rejected it. The day after the clash, Chinese foreign ministry spokesperson Wang Lei said the Philippines bore “full responsibility” for what he called an illegal intrusion.

In July 2024, the two governments reached a “provisional understanding” on resupply missions. It has held, more or less. Ramon Dizon, the spokesperson of the National Maritime Council, told me that the missions had continued “without serious incident” since then.

But the understanding settles nothing. China’s ambassador in Manila, Huang Jian, has repeatedly called on the Philippines to tow the Sierra Madre away, and he describes relations between the two countries as being “at a crossroads.” Defence Secretary Gilberto Ocampo sees it differently. “Relations with Beijing are worse than at any time since 2016,” he said in a speech at the National Defense College in January 2025. “If they board our boats again, we will respond.”

Manila has not been standing still. In 2025, Philippine and American ships carried out joint patrols near Scarborough Shoal, and Japanese coast guard vessels joined some of them. Washington’s support has been explicit. Margaret Ellison, the US ambassador to the Philippines, said in March 2025 that the American commitment under the 1951 Mutual Defense Treaty was “ironclad,” and that relations between Washington and Manila had “never been stronger.”

That is reassuring, up to a point. Alliances deter, but they do not resupply a ship. What the Philippines needs is a strategy that does not depend on either Beijing’s restraint or Washington’s attention.

First, Manila should make every resupply mission public, with journalists aboard. Sunlight has been our best weapon. Second, it should take its case back to the Permanent Court of Arbitration, whose 2016 award Beijing still refuses to recognise. Third, it should work with Vietnam and Malaysia on a common code of conduct rather than wait for one from ASEAN as a whole.

Quiet diplomacy bought us time. It will not buy us the shoal.

Teresa Villanueva is a former Philippine ambassador to ASEAN. The views expressed are her own.
""",
None, "Opinion: Manila’s quiet diplomacy at Ayungin Shoal has run its course",
[("Wang Lei", False, "the Philippines bore “full responsibility” for what he called an illegal intrusion", "2024-06-18"),
 ("Wang Lei", True, "full responsibility", "2024-06-18"),
 ("Ramon Dizon", False, "the missions had continued “without serious incident” since then", None),
 ("Ramon Dizon", True, "without serious incident", None),
 ("Huang Jian", False, "relations between the two countries as being “at a crossroads.”", None),
 ("Huang Jian", True, "at a crossroads.", None),
 ("Gilberto Ocampo", True, "Relations with Beijing are worse than at any time since 2016,", "2025-01"),
 ("Gilberto Ocampo", True, "If they board our boats again, we will respond.", "2025-01"),
 ("Margaret Ellison", False, "the American commitment under the 1951 Mutual Defense Treaty was “ironclad,”", "2025-03"),
 ("Margaret Ellison", True, "ironclad,", "2025-03"),
 ("Margaret Ellison", False, "relations between Washington and Manila had “never been stronger.”", "2025-03"),
 ("Margaret Ellison", True, "never been stronger.", "2025-03"),
],
[("ASSAULT", ["China", "Philippines"], "2024-06-17", "Ayungin Shoal", "Chinese coast guard personnel armed with knives and axes boarded Philippine navy boats on a resupply mission to the ship, injuring eight sailors"),
 ("ACCUSE", ["Philippines", "China"], "2024-06", None, "Manila lodged a diplomatic protest."),
 ("REJECT", ["China", "Philippines"], "2024-06", None, "Beijing rejected it."),
 ("ACCUSE", ["Wang Lei", "Philippines"], "2024-06-18", None, "Wang Lei said the Philippines bore “full responsibility” for what he called an illegal intrusion"),
 ("AGREE", ["Philippines", "China"], "2024-07", None, "the two governments reached a “provisional understanding” on resupply missions"),
 ("REQUEST", ["Huang Jian", "Philippines"], None, None, "has repeatedly called on the Philippines to tow the Sierra Madre away"),
 ("THREATEN", ["Gilberto Ocampo", "China"], "2025-01", None, "If they board our boats again, we will respond."),
 ("COOPERATE", ["Philippines", "United States"], "2025", "Scarborough Shoal", "Philippine and American ships carried out joint patrols near Scarborough Shoal"),
 ("SUPPORT", ["Margaret Ellison", "Philippines"], "2025-03", None, "the American commitment under the 1951 Mutual Defense Treaty was “ironclad,”"),
 ("REJECT", ["China", "Permanent Court of Arbitration"], None, None, "whose 2016 award Beijing still refuses to recognise"),
],
[("Teresa Villanueva", "former Philippine ambassador to ASEAN", "PHL"),
 ("Wang Lei", "Chinese foreign ministry spokesperson", "CHN"),
 ("Ramon Dizon", "spokesperson of the National Maritime Council", "PHL"),
 ("Huang Jian", "China’s ambassador in Manila", "CHN"),
 ("Gilberto Ocampo", "Defence Secretary", "PHL"),
 ("Margaret Ellison", "US ambassador to the Philippines", "USA")],
[("Huang Jian", ["CHN", "PHL"], 0), ("Gilberto Ocampo", ["CHN", "PHL"], -2), ("Margaret Ellison", ["PHL", "USA"], 2)])
