# Part B of the third held-out set (articles 7-12).

# 7. IGO official speaking (UN special envoy), Bangladesh-Myanmar, dateline with a full date "10 February 2026",
#    role after the name, "according to", a female envoy and a pronoun chain, cross-border shelling (ASSAULT),
#    summoning (ACCUSE), border reinforcement (MOBILIZE), food aid (AID); a scheme "has never started".
art("igo-bgdmmr-07", "https://www.humanitarianbrief.org/news/2026/02/un-envoy-cross-border-shelling-rohingya",
"""UN envoy calls for end to cross-border shelling as Rohingya arrivals grow

GENEVA/DHAKA, 10 February 2026 – The United Nations special envoy on Myanmar, Ingrid Solberg, on Tuesday called on Myanmar's military and the Arakan Army to stop firing into Bangladeshi territory, after mortar shells killed two Bangladeshi villagers near the border town of Teknaf over the weekend.

"Civilians on both sides of the Naf river are paying the price of a war they did not choose," Ms. Solberg told reporters in Geneva. "Every shell that lands in Bangladesh makes a regional crisis more likely."

Bangladesh's Ministry of Foreign Affairs summoned Myanmar's ambassador in Dhaka on Sunday to lodge a strong protest, according to a ministry statement, and demanded that Naypyidaw "take immediate measures" to prevent further incidents.

Bangladesh's foreign adviser, Md. Rafiqul Islam Chowdhury, said the country had reinforced its Border Guard Bangladesh units along the 271-kilometre frontier and would not open the border to new arrivals.

"We have sheltered more than a million Rohingya for eight years. We cannot take more," Chowdhury said. "The world must share this burden, and Myanmar must take its people back."

Myanmar's military government said in a statement carried by state television that the shells had been fired by "terrorist insurgents" and that its forces had not targeted Bangladesh. It said Myanmar remained committed to "friendly neighbourly relations" with Dhaka.

Solberg said she had spoken with officials in both capitals last week and that the UN stood ready to support a repatriation process, but only when conditions were "safe, voluntary and dignified." She noted that none of those conditions existed in Rakhine State today.

Asked about the state of relations between Dhaka and Naypyidaw, the envoy said they were "at a very low ebb." "There is no trust, and there is very little contact," she added.

The World Food Programme delivered 12,000 tonnes of rice to the camps in Cox's Bazar in January, and the UN refugee agency said on Monday that around 8,000 Rohingya had crossed into Bangladesh since December.

A pilot repatriation scheme agreed by the two governments in 2023 has never started.
""",
"2026-02-10", "UN envoy calls for end to cross-border shelling as Rohingya arrivals grow",
[("Ingrid Solberg", True, "Civilians on both sides of the Naf river are paying the price of a war they did not choose,", "2026-02-10"),
 ("Ingrid Solberg", True, "Every shell that lands in Bangladesh makes a regional crisis more likely.", "2026-02-10"),
 ("Bangladesh's Ministry of Foreign Affairs", False, "Bangladesh's Ministry of Foreign Affairs summoned Myanmar's ambassador in Dhaka on Sunday to lodge a strong protest", None),
 ("Bangladesh's Ministry of Foreign Affairs", True, "take immediate measures", None),
 ("Md. Rafiqul Islam Chowdhury", False, "the country had reinforced its Border Guard Bangladesh units along the 271-kilometre frontier and would not open the border to new arrivals", None),
 ("Md. Rafiqul Islam Chowdhury", True, "We have sheltered more than a million Rohingya for eight years. We cannot take more,", None),
 ("Md. Rafiqul Islam Chowdhury", True, "The world must share this burden, and Myanmar must take its people back.", None),
 ("Myanmar's military government", False, "the shells had been fired by \"terrorist insurgents\" and that its forces had not targeted Bangladesh", None),
 ("Myanmar's military government", True, "terrorist insurgents", None),
 ("Myanmar's military government", False, "Myanmar remained committed to \"friendly neighbourly relations\" with Dhaka", None),
 ("Myanmar's military government", True, "friendly neighbourly relations", None),
 ("Ingrid Solberg", False, "she had spoken with officials in both capitals last week and that the UN stood ready to support a repatriation process, but only when conditions were \"safe, voluntary and dignified.\"", "2026-02-10"),
 ("Ingrid Solberg", True, "safe, voluntary and dignified.", "2026-02-10"),
 ("Ingrid Solberg", False, "none of those conditions existed in Rakhine State today", "2026-02-10"),
 ("Ingrid Solberg", False, "they were \"at a very low ebb.\"", "2026-02-10"),
 ("Ingrid Solberg", True, "at a very low ebb.", "2026-02-10"),
 ("Ingrid Solberg", True, "There is no trust, and there is very little contact,", "2026-02-10"),
 ("UN refugee agency", False, "around 8,000 Rohingya had crossed into Bangladesh since December", "2026-02-09"),
],
[("REQUEST", ["Ingrid Solberg", "Myanmar"], "2026-02-10", None, "called on Myanmar's military and the Arakan Army to stop firing into Bangladeshi territory"),
 ("ASSAULT", ["Myanmar", "Bangladesh"], None, "Teknaf", "mortar shells killed two Bangladeshi villagers near the border town of Teknaf over the weekend"),
 ("ACCUSE", ["Bangladesh's Ministry of Foreign Affairs", "Myanmar"], "2026-02-08", "Dhaka", "Bangladesh's Ministry of Foreign Affairs summoned Myanmar's ambassador in Dhaka on Sunday to lodge a strong protest"),
 ("REQUEST", ["Bangladesh", "Myanmar"], "2026-02-08", None, "demanded that Naypyidaw \"take immediate measures\" to prevent further incidents"),
 ("MOBILIZE", ["Bangladesh"], None, None, "the country had reinforced its Border Guard Bangladesh units along the 271-kilometre frontier"),
 ("REQUEST", ["Md. Rafiqul Islam Chowdhury", "Myanmar"], None, None, "Myanmar must take its people back"),
 ("REJECT", ["Myanmar's military government", "Bangladesh"], None, None, "the shells had been fired by \"terrorist insurgents\" and that its forces had not targeted Bangladesh"),
 ("CONSULT", ["Ingrid Solberg", "Bangladesh", "Myanmar"], "2026-02", None, "she had spoken with officials in both capitals last week"),
 ("AGREE", ["United Nations", "Bangladesh", "Myanmar"], "2026-02-10", None, "the UN stood ready to support a repatriation process"),
 ("AID", ["World Food Programme", "Bangladesh"], "2026-01", "Cox's Bazar", "The World Food Programme delivered 12,000 tonnes of rice to the camps in Cox's Bazar in January"),
 ("AGREE", ["Bangladesh", "Myanmar"], "2023", None, "A pilot repatriation scheme agreed by the two governments in 2023"),
],
[("Ingrid Solberg", "United Nations special envoy on Myanmar", None),
 ("Md. Rafiqul Islam Chowdhury", "Bangladesh's foreign adviser", "BGD")],
[("Ingrid Solberg", ["BGD", "MMR"], -2)])

# 8. Wire copy with dateline and date in the URL, Peru-Ecuador, interrupted quote, "according to",
#    role after the name, signing (SUPPORT), joint operation (COOPERATE), troops (MOBILIZE), extradition
#    request (REQUEST), admission (CONCEDE), 1995 war (ASSAULT); an electricity project that "could be approved".
art("wire-perecu-08", "https://www.andeanpress.com/region/2023/10/25/peru-ecuador-border-security-pact-piura/",
"""Peru, Ecuador sign border security pact at binational cabinet

LIMA, Oct 25 (Andean Press) - Peru and Ecuador signed an agreement on Wednesday to create a joint task force against illegal mining and drug trafficking along their 1,500-km border, as the two governments held their first binational cabinet meeting in three years.

Peruvian Foreign Minister Rosa Elena Quispe and Ecuador's foreign minister, Martín Salazar Vega, signed the accord in the northern city of Piura, alongside a dozen other ministers from each side.

"Twenty-five years after the peace agreement, Peru and Ecuador are not just neighbours at peace, we are partners," Quispe said at the signing ceremony.

Salazar said organised crime had become "the common enemy" of both countries. "The gangs that terrorise Guayaquil buy their gold and their weapons across this border," he said, "and they will only be defeated if we act together."

According to Peru's Interior Ministry, police from both countries carried out a coordinated operation in the Cordillera del Cóndor last week that destroyed 40 illegal mining dredges and led to the arrest of 23 people. Peru has also deployed 800 additional soldiers to the frontier region of Tumbes, the ministry said.

Not all issues were resolved. Ecuador has asked Peru to extradite a former Ecuadorian prison director accused of collaborating with the Los Choneros gang, who fled to Lima in July. Quispe told reporters the request was "in the hands of the courts" and denied that Lima was protecting the fugitive.

Salazar also raised Ecuador's complaint over Peruvian trawlers fishing in its waters. Peru acknowledged that some of its vessels had crossed the maritime line and agreed to set up a technical commission on the issue, the Ecuadorian Foreign Ministry said in a statement.

Asked to describe relations, Salazar called them "excellent, with some homework pending."

A joint electricity project linking the two grids, first proposed in 2019, could be approved at the next binational cabinet, officials said, though no date has been set.

The two countries fought a brief border war in 1995 before signing a peace agreement in Brasília in 1998.
""",
"2023-10-25", "Peru, Ecuador sign border security pact at binational cabinet",
[("Rosa Elena Quispe", True, "Twenty-five years after the peace agreement, Peru and Ecuador are not just neighbours at peace, we are partners,", "2023-10-25"),
 ("Martín Salazar Vega", False, "organised crime had become \"the common enemy\" of both countries", "2023-10-25"),
 ("Martín Salazar Vega", True, "the common enemy", "2023-10-25"),
 ("Martín Salazar Vega", True, "The gangs that terrorise Guayaquil buy their gold and their weapons across this border,", "2023-10-25"),
 ("Martín Salazar Vega", True, "and they will only be defeated if we act together.", "2023-10-25"),
 ("Peru's Interior Ministry", False, "police from both countries carried out a coordinated operation in the Cordillera del Cóndor last week that destroyed 40 illegal mining dredges and led to the arrest of 23 people", None),
 ("Peru's Interior Ministry", False, "Peru has also deployed 800 additional soldiers to the frontier region of Tumbes", None),
 ("Rosa Elena Quispe", False, "the request was \"in the hands of the courts\"", "2023-10-25"),
 ("Rosa Elena Quispe", True, "in the hands of the courts", "2023-10-25"),
 ("Ecuadorian Foreign Ministry", False, "Peru acknowledged that some of its vessels had crossed the maritime line and agreed to set up a technical commission on the issue", None),
 ("Martín Salazar Vega", True, "excellent, with some homework pending.", "2023-10-25"),
 ("officials", False, "A joint electricity project linking the two grids, first proposed in 2019, could be approved at the next binational cabinet", None),
],
[("SUPPORT", ["Peru", "Ecuador"], "2023-10-25", "Piura", "Peru and Ecuador signed an agreement on Wednesday to create a joint task force against illegal mining and drug trafficking"),
 ("CONSULT", ["Peru", "Ecuador"], "2023-10-25", "Piura", "the two governments held their first binational cabinet meeting in three years"),
 ("COOPERATE", ["Peru", "Ecuador"], "2023-10", "Cordillera del Cóndor", "police from both countries carried out a coordinated operation in the Cordillera del Cóndor last week"),
 ("MOBILIZE", ["Peru"], None, "Tumbes", "Peru has also deployed 800 additional soldiers to the frontier region of Tumbes"),
 ("REQUEST", ["Ecuador", "Peru"], None, None, "Ecuador has asked Peru to extradite a former Ecuadorian prison director"),
 ("ACCUSE", ["Martín Salazar Vega", "Peru"], None, None, "Salazar also raised Ecuador's complaint over Peruvian trawlers fishing in its waters"),
 ("CONCEDE", ["Peru", "Ecuador"], None, None, "Peru acknowledged that some of its vessels had crossed the maritime line"),
 ("AGREE", ["Peru", "Ecuador"], None, None, "agreed to set up a technical commission on the issue"),
 ("ASSAULT", ["Peru", "Ecuador"], "1995", None, "The two countries fought a brief border war in 1995"),
 ("SUPPORT", ["Peru", "Ecuador"], "1998", "Brasília", "signing a peace agreement in Brasília in 1998"),
],
[("Rosa Elena Quispe", "Peruvian Foreign Minister", "PER"), ("Martín Salazar Vega", "Ecuador's foreign minister", "ECU")],
[("Rosa Elena Quispe", ["ECU", "PER"], 2), ("Martín Salazar Vega", ["ECU", "PER"], 1)])

# 9. Regional paper with a weekday date line and an unsigned correspondent byline, Ethiopia-Eritrea, AU envoy
#    speaking, organisation speaking ("The African Union ... called on"), troop build-ups (MOBILIZE),
#    threat, withdrawal (RETREAT), port ban (COERCE); future travel and an "unlikely" meeting are not events.
art("regional-etheri-09", None,
"""AU urges Ethiopia, Eritrea to pull back troops as tensions rise

Thursday, 14 August 2025

By Our Horn of Africa Correspondent

The African Union on Wednesday called on Ethiopia and Eritrea to "exercise maximum restraint" and pull back troops massed along their shared border, amid fears that a war of words over access to the Red Sea could turn into a new conflict.

"The Horn of Africa cannot afford another war," said Ambassador Thandiwe Mokoena, the AU Commission's special envoy for the Horn of Africa, after briefing the Peace and Security Council in Addis Ababa. "Both governments have told me they do not want one. Now they must show it."

Diplomats say Ethiopia has moved several mechanised divisions towards the Bure front in the Afar region in recent weeks, while Eritrea has called up reservists under 50.

Ethiopian Prime Minister's Office spokesman Dawit Alemayehu said the deployments were "routine and defensive" and that Ethiopia had "no intention of invading anyone." He insisted, however, that access to the sea was "an existential question" for a country of 130 million people, and that Ethiopia would pursue it "through peaceful means."

Asmara was not reassured. Eritrea's Information Minister, Yohannes Tesfamariam, accused Addis Ababa of "preparing aggression under the cover of diplomacy" and warned that Eritrea would defend "every inch" of its territory.

"Eritrea's sovereignty is not for sale, not for rent and not up for negotiation," he wrote on X.

The war of words comes two years after Eritrean troops withdrew from most of Tigray, following the 2022 Pretoria agreement that ended the war there. Ethiopian Airlines suspended its flights to Asmara last year, and Eritrea has since barred Ethiopian goods from its ports.

Mokoena said the AU was ready to host direct talks between the two governments "at any level and at any time," and that she would travel to Asmara next week. Eritrea has not responded to the offer, she said.

Asked how she would describe relations between the two neighbours, she said: "Frozen, and getting colder."

Analysts in Addis Ababa said a meeting between the two leaders was unlikely before the end of the year.
""",
"2025-08-14", "AU urges Ethiopia, Eritrea to pull back troops as tensions rise",
[("African Union", True, "exercise maximum restraint", "2025-08-13"),
 ("Thandiwe Mokoena", True, "The Horn of Africa cannot afford another war,", "2025-08-13"),
 ("Thandiwe Mokoena", True, "Both governments have told me they do not want one. Now they must show it.", "2025-08-13"),
 ("Diplomats", False, "Ethiopia has moved several mechanised divisions towards the Bure front in the Afar region in recent weeks, while Eritrea has called up reservists under 50", None),
 ("Dawit Alemayehu", False, "the deployments were \"routine and defensive\"", None),
 ("Dawit Alemayehu", True, "routine and defensive", None),
 ("Dawit Alemayehu", False, "Ethiopia had \"no intention of invading anyone.\"", None),
 ("Dawit Alemayehu", True, "no intention of invading anyone.", None),
 ("Dawit Alemayehu", False, "access to the sea was \"an existential question\" for a country of 130 million people", None),
 ("Dawit Alemayehu", True, "an existential question", None),
 ("Dawit Alemayehu", False, "Ethiopia would pursue it \"through peaceful means.\"", None),
 ("Dawit Alemayehu", True, "through peaceful means.", None),
 ("Yohannes Tesfamariam", True, "preparing aggression under the cover of diplomacy", None),
 ("Yohannes Tesfamariam", False, "Eritrea would defend \"every inch\" of its territory", None),
 ("Yohannes Tesfamariam", True, "every inch", None),
 ("Yohannes Tesfamariam", True, "Eritrea's sovereignty is not for sale, not for rent and not up for negotiation,", None),
 ("Thandiwe Mokoena", False, "the AU was ready to host direct talks between the two governments \"at any level and at any time,\"", None),
 ("Thandiwe Mokoena", True, "at any level and at any time,", None),
 ("Thandiwe Mokoena", False, "she would travel to Asmara next week", None),
 ("Thandiwe Mokoena", False, "Eritrea has not responded to the offer", None),
 ("Thandiwe Mokoena", True, "Frozen, and getting colder.", None),
 ("Analysts", False, "a meeting between the two leaders was unlikely before the end of the year", None),
],
[("REQUEST", ["African Union", "Ethiopia", "Eritrea"], "2025-08-13", None, "The African Union on Wednesday called on Ethiopia and Eritrea to \"exercise maximum restraint\" and pull back troops"),
 ("MOBILIZE", ["Ethiopia"], None, "Afar", "Ethiopia has moved several mechanised divisions towards the Bure front in the Afar region"),
 ("MOBILIZE", ["Eritrea"], None, None, "Eritrea has called up reservists under 50"),
 ("ACCUSE", ["Yohannes Tesfamariam", "Ethiopia"], None, None, "accused Addis Ababa of \"preparing aggression under the cover of diplomacy\""),
 ("THREATEN", ["Yohannes Tesfamariam", "Ethiopia"], None, None, "warned that Eritrea would defend \"every inch\" of its territory"),
 ("RETREAT", ["Eritrea", "Ethiopia"], "2023", "Tigray", "Eritrean troops withdrew from most of Tigray"),
 ("COERCE", ["Ethiopian Airlines", "Eritrea"], "2024", "Asmara", "Ethiopian Airlines suspended its flights to Asmara last year"),
 ("COERCE", ["Eritrea", "Ethiopia"], None, None, "Eritrea has since barred Ethiopian goods from its ports"),
 ("AGREE", ["Thandiwe Mokoena", "Ethiopia", "Eritrea"], None, None, "the AU was ready to host direct talks between the two governments"),
],
[("Thandiwe Mokoena", "AU Commission's special envoy for the Horn of Africa", None),
 ("Dawit Alemayehu", "Ethiopian Prime Minister's Office spokesman", "ETH"),
 ("Yohannes Tesfamariam", "Eritrea's Information Minister", "ERI")],
[("Thandiwe Mokoena", ["ERI", "ETH"], -2)])

# 10. Malaysian regional paper with a date line "April 17, 2024", a byline and a city slug, Indonesia-Malaysia,
#     Malay honorifics (Datuk Seri), a Chinese family-name-first name, interrupted quote, "yesterday",
#     release of fishermen (RETREAT), naval deployment (MOBILIZE), rejected claims (REJECT), hoped-for deal.
art("regional-idnmys-10", None,
"""Malaysia, Indonesia agree to speed up Sulawesi Sea boundary talks

April 17, 2024

By Farah Nadia Ismail

KOTA KINABALU: Malaysia and Indonesia have agreed to speed up negotiations on their maritime boundary in the Sulawesi Sea, including the disputed Ambalat block, and to conclude a deal on the protection of migrant workers before the end of the year.

The commitments were made during the annual consultation between Prime Minister's Department minister Datuk Seri Azman Hakim and Indonesia's Coordinating Minister for Political, Legal and Security Affairs, Bambang Setiadi, in Kota Kinabalu yesterday.

"We are two brothers who sometimes argue over the same inheritance," Azman said at a press conference after the meeting. "But we have never let an argument become a fight, and we will not start now."

Bambang said Jakarta welcomed Malaysia's decision last month to release 37 Indonesian fishermen who had been detained for fishing illegally off Tawau. He described the move as "a gesture of friendship that our people noticed."

However, he said Indonesia remained concerned about the treatment of undocumented Indonesian workers in Sabah's plantations. "Thousands of our citizens are held in immigration depots in conditions that are not acceptable," Bambang said, "and we have asked Malaysia to let our consular staff visit them regularly."

Azman said the depots were open to inspection and that Malaysia deported undocumented migrants "in accordance with the law and with respect for their dignity." He rejected claims by an Indonesian NGO that detainees had died of neglect, calling them "unfounded."

The two ministers also agreed to step up coordinated patrols against kidnap-for-ransom groups in the waters off eastern Sabah.

Sabah Chief Minister's political secretary Liew Chee Meng, who attended the meeting, said the state government hoped the boundary deal would not cost Sabah "a single square inch."

Analysts said the relationship was stable but that the boundary talks, which began in 2005, had moved slowly. "Both sides want the credit for a deal and neither wants the blame for a concession," said Dr Noraini Yusof of Universiti Malaysia Sabah.

Indonesia's navy deployed two corvettes near Ambalat in 2023 after a Malaysian patrol boat entered the area, a move Kuala Lumpur protested at the time.
""",
"2024-04-17", "Malaysia, Indonesia agree to speed up Sulawesi Sea boundary talks",
[("Azman Hakim", True, "We are two brothers who sometimes argue over the same inheritance,", "2024-04-16"),
 ("Azman Hakim", True, "But we have never let an argument become a fight, and we will not start now.", "2024-04-16"),
 ("Bambang Setiadi", False, "Jakarta welcomed Malaysia's decision last month to release 37 Indonesian fishermen who had been detained for fishing illegally off Tawau", None),
 ("Bambang Setiadi", True, "a gesture of friendship that our people noticed.", None),
 ("Bambang Setiadi", False, "Indonesia remained concerned about the treatment of undocumented Indonesian workers in Sabah's plantations", None),
 ("Bambang Setiadi", True, "Thousands of our citizens are held in immigration depots in conditions that are not acceptable,", None),
 ("Bambang Setiadi", True, "and we have asked Malaysia to let our consular staff visit them regularly.", None),
 ("Azman Hakim", False, "the depots were open to inspection and that Malaysia deported undocumented migrants \"in accordance with the law and with respect for their dignity.\"", None),
 ("Azman Hakim", True, "in accordance with the law and with respect for their dignity.", None),
 ("Azman Hakim", True, "unfounded.", None),
 ("Liew Chee Meng", False, "the state government hoped the boundary deal would not cost Sabah \"a single square inch.\"", None),
 ("Liew Chee Meng", True, "a single square inch.", None),
 ("Analysts", False, "the relationship was stable but that the boundary talks, which began in 2005, had moved slowly", None),
 ("Noraini Yusof", True, "Both sides want the credit for a deal and neither wants the blame for a concession,", None),
],
[("AGREE", ["Malaysia", "Indonesia"], "2024-04-16", None, "Malaysia and Indonesia have agreed to speed up negotiations on their maritime boundary in the Sulawesi Sea"),
 ("CONSULT", ["Azman Hakim", "Bambang Setiadi"], "2024-04-16", "Kota Kinabalu", "the annual consultation between Prime Minister's Department minister Datuk Seri Azman Hakim and Indonesia's Coordinating Minister for Political, Legal and Security Affairs, Bambang Setiadi, in Kota Kinabalu yesterday"),
 ("SUPPORT", ["Bambang Setiadi", "Malaysia"], None, None, "Jakarta welcomed Malaysia's decision last month to release 37 Indonesian fishermen"),
 ("RETREAT", ["Malaysia", "Indonesia"], "2024-03", None, "Malaysia's decision last month to release 37 Indonesian fishermen"),
 ("REQUEST", ["Indonesia", "Malaysia"], None, None, "we have asked Malaysia to let our consular staff visit them regularly"),
 ("REJECT", ["Azman Hakim", "Indonesian NGO"], None, None, "He rejected claims by an Indonesian NGO that detainees had died of neglect"),
 ("AGREE", ["Azman Hakim", "Bambang Setiadi"], "2024-04-16", None, "The two ministers also agreed to step up coordinated patrols against kidnap-for-ransom groups"),
 ("MOBILIZE", ["Indonesia"], "2023", "Ambalat", "Indonesia's navy deployed two corvettes near Ambalat in 2023"),
 ("ACCUSE", ["Malaysia", "Indonesia"], "2023", None, "a move Kuala Lumpur protested at the time"),
],
[("Farah Nadia Ismail", "reporter", None), ("Azman Hakim", "Prime Minister's Department minister", "MYS"),
 ("Bambang Setiadi", "Indonesia's Coordinating Minister for Political, Legal and Security Affairs", "IDN"),
 ("Liew Chee Meng", "Sabah Chief Minister's political secretary", "MYS"),
 ("Noraini Yusof", "academic at Universiti Malaysia Sabah", "MYS")],
[("Azman Hakim", ["IDN", "MYS"], 1), ("Analysts", ["IDN", "MYS"], 0)])

# 11. State-media style with a "Moscow, January 22, 2025 (agency)" line, Japan-Russia, organisation speaking
#     (Foreign Ministry statement), female spokeswoman, entry bans and sanctions (COERCE), threat,
#     fisheries talks (CONSULT) and quota (AGREE), suspended visits (SANCTION); a meeting "discussed" only.
art("statemedia-jpnrus-11", "https://novostidigest.ru/en/politics/russia-bars-entry-13-japanese-officials",
"""Russia bars entry to 13 Japanese officials over 'hostile' sanctions

Moscow, January 22, 2025 (Novosti Digest)

The Russian Foreign Ministry has banned 13 Japanese citizens, including two deputy ministers and several members of parliament, from entering Russia indefinitely, in response to Tokyo's latest sanctions, the ministry said in a statement on Wednesday.

"The Japanese government continues its unfriendly anti-Russian course, blindly following Washington," the statement said. "Tokyo must understand that any hostile step will be met with a firm response."

Japan announced new sanctions on January 10 targeting 11 Russian banks and 30 individuals over the war in Ukraine, including an export ban on dual-use goods.

Speaking at a briefing in Moscow, Russian Foreign Ministry spokeswoman Yelena Voronova said relations between Moscow and Tokyo had been "reduced to the lowest level in decades through no fault of Russia." She said Russia was not seeking a confrontation with Japan but would not "beg for dialogue."

Voronova also criticised the deployment of Japanese Self-Defence Forces to joint exercises with the United States near Hokkaido, calling it "an openly provocative step."

In Tokyo, Chief Cabinet Secretary Haruki Nishimura dismissed the entry bans as "completely unacceptable" and said Japan had lodged a protest through diplomatic channels.

"Japan's sanctions are a response to Russia's aggression against Ukraine, and the responsibility for the current situation lies entirely with Russia," Nishimura told a regular news conference. He said Tokyo would continue to seek the return of the four northern islands, which Russia calls the Southern Kurils.

Despite the chill, the two countries held fisheries talks in Moscow last month and agreed on a 2025 quota for Japanese fishing boats operating near the islands, Japan's Fisheries Agency said.

Voronova said visa-free visits to the islands by former Japanese residents, suspended by Moscow in 2022, would not be resumed "as long as Tokyo pursues its hostile policy."

A Russian diplomat in Tokyo, who spoke on condition of anonymity, said a meeting between the two foreign ministers on the sidelines of a G20 gathering had been discussed but was "not realistic" for now.
""",
"2025-01-22", "Russia bars entry to 13 Japanese officials over 'hostile' sanctions",
[("Russian Foreign Ministry", False, "The Russian Foreign Ministry has banned 13 Japanese citizens, including two deputy ministers and several members of parliament, from entering Russia indefinitely, in response to Tokyo's latest sanctions", "2025-01-22"),
 ("Russian Foreign Ministry", True, "The Japanese government continues its unfriendly anti-Russian course, blindly following Washington,", "2025-01-22"),
 ("Russian Foreign Ministry", True, "Tokyo must understand that any hostile step will be met with a firm response.", "2025-01-22"),
 ("Yelena Voronova", False, "relations between Moscow and Tokyo had been \"reduced to the lowest level in decades through no fault of Russia.\"", None),
 ("Yelena Voronova", True, "reduced to the lowest level in decades through no fault of Russia.", None),
 ("Yelena Voronova", False, "Russia was not seeking a confrontation with Japan but would not \"beg for dialogue.\"", None),
 ("Yelena Voronova", True, "beg for dialogue.", None),
 ("Yelena Voronova", True, "an openly provocative step.", None),
 ("Haruki Nishimura", True, "completely unacceptable", None),
 ("Haruki Nishimura", False, "Japan had lodged a protest through diplomatic channels", None),
 ("Haruki Nishimura", True, "Japan's sanctions are a response to Russia's aggression against Ukraine, and the responsibility for the current situation lies entirely with Russia,", None),
 ("Haruki Nishimura", False, "Tokyo would continue to seek the return of the four northern islands, which Russia calls the Southern Kurils", None),
 ("Japan's Fisheries Agency", False, "the two countries held fisheries talks in Moscow last month and agreed on a 2025 quota for Japanese fishing boats operating near the islands", None),
 ("Yelena Voronova", False, "visa-free visits to the islands by former Japanese residents, suspended by Moscow in 2022, would not be resumed \"as long as Tokyo pursues its hostile policy.\"", None),
 ("Yelena Voronova", True, "as long as Tokyo pursues its hostile policy.", None),
 ("Russian diplomat", False, "a meeting between the two foreign ministers on the sidelines of a G20 gathering had been discussed but was \"not realistic\" for now", None),
 ("Russian diplomat", True, "not realistic", None),
],
[("COERCE", ["Russian Foreign Ministry", "Japan"], None, None, "The Russian Foreign Ministry has banned 13 Japanese citizens, including two deputy ministers and several members of parliament, from entering Russia indefinitely"),
 ("ACCUSE", ["Russian Foreign Ministry", "Japan"], "2025-01-22", None, "The Japanese government continues its unfriendly anti-Russian course, blindly following Washington"),
 ("THREATEN", ["Russian Foreign Ministry", "Japan"], "2025-01-22", None, "Tokyo must understand that any hostile step will be met with a firm response"),
 ("COERCE", ["Japan", "Russia"], "2025-01-10", None, "Japan announced new sanctions on January 10 targeting 11 Russian banks and 30 individuals"),
 ("ACCUSE", ["Yelena Voronova", "Japan"], None, None, "Voronova also criticised the deployment of Japanese Self-Defence Forces to joint exercises with the United States near Hokkaido"),
 ("MOBILIZE", ["Japan", "United States"], None, "Hokkaido", "the deployment of Japanese Self-Defence Forces to joint exercises with the United States near Hokkaido"),
 ("ACCUSE", ["Haruki Nishimura", "Russia"], None, None, "dismissed the entry bans as \"completely unacceptable\""),
 ("ACCUSE", ["Japan", "Russia"], None, None, "Japan had lodged a protest through diplomatic channels"),
 ("REQUEST", ["Haruki Nishimura", "Russia"], None, None, "Tokyo would continue to seek the return of the four northern islands"),
 ("CONSULT", ["Japan", "Russia"], "2024-12", "Moscow", "the two countries held fisheries talks in Moscow last month"),
 ("AGREE", ["Japan", "Russia"], "2024-12", None, "agreed on a 2025 quota for Japanese fishing boats operating near the islands"),
 ("SANCTION", ["Russia", "Japan"], "2022", None, "suspended by Moscow in 2022"),
 ("REJECT", ["Yelena Voronova", "Japan"], None, None, "would not be resumed \"as long as Tokyo pursues its hostile policy.\""),
],
[("Yelena Voronova", "Russian Foreign Ministry spokeswoman", "RUS"), ("Haruki Nishimura", "Chief Cabinet Secretary", "JPN")],
[("Yelena Voronova", ["JPN", "RUS"], -2), ("Russian Foreign Ministry", ["JPN", "RUS"], -1),
 ("Haruki Nishimura", ["JPN", "RUS"], -1), ("Russian diplomat", ["JPN", "RUS"], -1)])

# 12. Wire copy with dateline and date in the URL, Turkey-Syria, two interrupted quotes, state news agency
#     statement, organisation and city speaking ("Damascus condemned"), drone strike (ASSAULT), demonstration
#     (PROTEST), crossings closed (COERCE), offer of talks (AGREE); a "possible meeting" of presidents.
art("wire-tursyr-12", "https://www.anatoliawireservice.com/world/2024/07/03/turkey-ready-talks-damascus-minister/",
"""Turkey ready for talks with Damascus, minister says, as anti-Syrian riots spread

ANKARA, July 3 (Anatolia Wire Service) - Turkey is ready to hold talks with the Syrian government "at any level" to end more than a decade of hostility, Turkish Foreign Minister Levent Aydıner said on Wednesday, days after riots targeting Syrian refugees in the central city of Kayseri spread to several provinces.

"We have no problem with the Syrian state, we have a problem with terrorism," Aydıner told reporters after meeting his Iraqi counterpart in Ankara. "If Damascus is serious, we are serious."

Aydıner said Turkish and Syrian intelligence chiefs had met twice this year, in Moscow and in Baghdad, to prepare a possible meeting between the two countries' presidents. He stressed that no date had been set.

The Syrian Foreign Ministry responded with caution. In a statement carried by the state news agency SANA, it said any normalisation must be "based on the withdrawal of the Turkish occupation forces" from northern Syria and an end to Ankara's "support for terrorist groups."

"Words are easy," a Syrian official told our reporter by phone from Damascus. "We have heard them before."

Turkey has thousands of troops in northern Syria and backs the Syrian National Army, an opposition force. Turkish drones struck positions of the Kurdish-led Syrian Democratic Forces near Qamishli on Monday, the Turkish Defence Ministry said, killing what it called "12 terrorists." Damascus condemned the strikes as a "flagrant violation" of Syrian sovereignty.

Aydıner rejected the demand for a withdrawal timetable. "Our soldiers are there because of the threat, and they will leave when the threat is gone," he said, "not one day earlier."

The riots in Kayseri erupted on Sunday after reports that a Syrian man had abused a child. Mobs set fire to Syrian-owned shops and cars. Protesters in the Turkish-controlled town of al-Bab in northern Syria attacked Turkish trucks and tore down Turkish flags on Monday, prompting Ankara to close the Öncüpınar and Cilvegözü border crossings.

Interior Minister Kemal Yurdakul said police had detained 474 people over the riots and insisted Turkey would "not allow anyone to poison" its relations with the Syrians it hosts.
""",
"2024-07-03", "Turkey ready for talks with Damascus, minister says, as anti-Syrian riots spread",
[("Levent Aydıner", False, "Turkey is ready to hold talks with the Syrian government \"at any level\" to end more than a decade of hostility", "2024-07-03"),
 ("Levent Aydıner", True, "at any level", "2024-07-03"),
 ("Levent Aydıner", True, "We have no problem with the Syrian state, we have a problem with terrorism,", "2024-07-03"),
 ("Levent Aydıner", True, "If Damascus is serious, we are serious.", "2024-07-03"),
 ("Levent Aydıner", False, "Turkish and Syrian intelligence chiefs had met twice this year, in Moscow and in Baghdad, to prepare a possible meeting between the two countries' presidents", "2024-07-03"),
 ("Levent Aydıner", False, "no date had been set", "2024-07-03"),
 ("Syrian Foreign Ministry", False, "any normalisation must be \"based on the withdrawal of the Turkish occupation forces\" from northern Syria and an end to Ankara's \"support for terrorist groups.\"", None),
 ("Syrian Foreign Ministry", True, "based on the withdrawal of the Turkish occupation forces", None),
 ("Syrian Foreign Ministry", True, "support for terrorist groups.", None),
 ("Syrian official", True, "Words are easy,", None),
 ("Syrian official", True, "We have heard them before.", None),
 ("Turkish Defence Ministry", False, "Turkish drones struck positions of the Kurdish-led Syrian Democratic Forces near Qamishli on Monday", None),
 ("Turkish Defence Ministry", True, "12 terrorists.", None),
 ("Damascus", True, "flagrant violation", None),
 ("Levent Aydıner", True, "Our soldiers are there because of the threat, and they will leave when the threat is gone,", "2024-07-03"),
 ("Levent Aydıner", True, "not one day earlier.", "2024-07-03"),
 ("Kemal Yurdakul", False, "police had detained 474 people over the riots", None),
 ("Kemal Yurdakul", False, "Turkey would \"not allow anyone to poison\" its relations with the Syrians it hosts", None),
 ("Kemal Yurdakul", True, "not allow anyone to poison", None),
],
[("AGREE", ["Levent Aydıner", "Syria"], "2024-07-03", None, "Turkey is ready to hold talks with the Syrian government \"at any level\""),
 ("CONSULT", ["Levent Aydıner", "Iraq"], "2024-07-03", "Ankara", "meeting his Iraqi counterpart in Ankara"),
 ("CONSULT", ["Turkey", "Syria"], "2024", None, "Turkish and Syrian intelligence chiefs had met twice this year, in Moscow and in Baghdad"),
 ("REQUEST", ["Syrian Foreign Ministry", "Turkey"], None, None, "any normalisation must be \"based on the withdrawal of the Turkish occupation forces\" from northern Syria"),
 ("ASSAULT", ["Turkey", "Syrian Democratic Forces"], "2024-07-01", "Qamishli", "Turkish drones struck positions of the Kurdish-led Syrian Democratic Forces near Qamishli on Monday"),
 ("ACCUSE", ["Damascus", "Turkey"], None, None, "Damascus condemned the strikes as a \"flagrant violation\" of Syrian sovereignty"),
 ("REJECT", ["Levent Aydıner", "Syria"], "2024-07-03", None, "Aydıner rejected the demand for a withdrawal timetable"),
 ("PROTEST", ["Protesters", "Turkey"], "2024-07-01", "al-Bab", "Protesters in the Turkish-controlled town of al-Bab in northern Syria attacked Turkish trucks and tore down Turkish flags on Monday"),
 ("COERCE", ["Turkey", "Syria"], None, None, "prompting Ankara to close the Öncüpınar and Cilvegözü border crossings"),
],
[("Levent Aydıner", "Turkish Foreign Minister", "TUR"), ("Kemal Yurdakul", "Interior Minister", "TUR")],
[("Levent Aydıner", ["SYR", "TUR"], 0), ("Syrian official", ["SYR", "TUR"], -1)])
