# Part B of the fifth held-out set (articles 7-12): text + gold, written by hand.
# art(...) is defined by ../holdout/build.py, which runs this file.

# 7. Newsletter digest: masthead, issue line, numbered items with capitalised subheads, "Our take",
#    "Compiled by ... Edited by ...", no date anywhere and no URL. Uganda-South Sudan, Burundi-Rwanda.
art("digest-ugassd-07", None,
"""East Africa Brief

Your weekly digest of diplomacy in the Great Lakes and the Horn | Issue 214

Good morning. This week: Juba reopens the road to Kampala, Burundi keeps its border with Rwanda shut, and the African Union picks a new envoy for Sudan. As always, reply to this email with tips.

1. UGANDA-SOUTH SUDAN: FUEL TRUCKS ROLL AGAIN

South Sudan on Tuesday lifted a two-week ban on Ugandan fuel tankers at the Nimule crossing, ending a standoff that had pushed petrol prices in Juba to record highs. The ban was imposed after Ugandan traffic police impounded 30 South Sudanese trucks at Elegu in a dispute over axle-load fees.

Uganda's State Minister for Regional Cooperation, Florence Akello, told the Brief that Kampala had released the trucks on Monday "as a goodwill gesture" and that the fees would be waived until a joint technical team reported in March. She admitted that the impounding had been "a mistake by officers on the ground".

"Juba and Kampala are like two hands of one body. When one hurts, the other feels it," she said.

Deng Malual Kuol, South Sudan's foreign ministry spokesperson, said relations had "never been in danger". The ban, the spokesperson insisted, had been "a technical measure, not a political one".

Our take: the spat was short, but it showed how fragile the Northern Corridor remains for a landlocked country that imports almost all its fuel by road.

2. BURUNDI-RWANDA: STILL CLOSED

Burundi's interior minister, Martin Ndikumana, said on Wednesday that the border with Rwanda, closed since January 2024, would stay shut until Kigali handed over the suspects in the 2015 coup attempt.

"The ball is in Rwanda's court," he told a rally in Cibitoke province.

Rwanda's government spokesperson, Alice Uwase, called the demand "an old excuse" in a post on X and said Kigali had "nothing to hand over".

Traders on both sides say smuggling across the Rusizi river has grown since the closure.

3. SUDAN: A NEW ENVOY

The African Union on Thursday named Carlos Mabunda, a former Mozambican prime minister, as its special envoy for Sudan. Mabunda is expected to travel to Port Sudan next week and to Nairobi after that.

WHAT WE'RE READING

Joan Atim on why the East African Crude Oil Pipeline still divides Kampala and its donors.

A long interview with Kenya's new trade envoy to Juba, on the one-stop border post that never opened.

Compiled by Peter Okello. Edited by Sarah Nakato. Forward this to a colleague who should be reading it.
""",
None, "East Africa Brief",
[("Florence Akello", False, "Kampala had released the trucks on Monday \"as a goodwill gesture\" and that the fees would be waived until a joint technical team reported in March", None),
 ("Florence Akello", True, "as a goodwill gesture", None),
 ("Florence Akello", False, "the impounding had been \"a mistake by officers on the ground\"", None),
 ("Florence Akello", True, "a mistake by officers on the ground", None),
 ("Florence Akello", True, "Juba and Kampala are like two hands of one body. When one hurts, the other feels it,", None),
 ("Deng Malual Kuol", False, "relations had \"never been in danger\"", None),
 ("Deng Malual Kuol", True, "never been in danger", None),
 ("Deng Malual Kuol", False, "had been \"a technical measure, not a political one\"", None),
 ("Deng Malual Kuol", True, "a technical measure, not a political one", None),
 ("Martin Ndikumana", False, "the border with Rwanda, closed since January 2024, would stay shut until Kigali handed over the suspects in the 2015 coup attempt", None),
 ("Martin Ndikumana", True, "The ball is in Rwanda's court,", None),
 ("Alice Uwase", True, "an old excuse", None),
 ("Alice Uwase", False, "Kigali had \"nothing to hand over\"", None),
 ("Alice Uwase", True, "nothing to hand over", None),
 ("Traders", False, "smuggling across the Rusizi river has grown since the closure", None),
],
[("RETREAT", ["South Sudan", "Uganda"], None, "Nimule", "South Sudan on Tuesday lifted a two-week ban on Ugandan fuel tankers at the Nimule crossing"),
 ("COERCE", ["South Sudan", "Uganda"], None, "Nimule", "The ban was imposed"),
 ("COERCE", ["Uganda", "South Sudan"], None, "Elegu", "Ugandan traffic police impounded 30 South Sudanese trucks at Elegu"),
 ("RETREAT", ["Uganda", "South Sudan"], None, None, "Kampala had released the trucks on Monday"),
 ("CONCEDE", ["Florence Akello", "South Sudan"], None, None, "She admitted that the impounding had been \"a mistake by officers on the ground\""),
 ("COERCE", ["Burundi", "Rwanda"], "2024-01", None, "the border with Rwanda, closed since January 2024"),
 ("REQUEST", ["Martin Ndikumana", "Rwanda"], None, None, "would stay shut until Kigali handed over the suspects in the 2015 coup attempt"),
 ("REJECT", ["Alice Uwase", "Martin Ndikumana"], None, None, "called the demand \"an old excuse\""),
],
[("Florence Akello", "State Minister for Regional Cooperation", "UGA"), ("Deng Malual Kuol", "foreign ministry spokesperson", "SSD"),
 ("Martin Ndikumana", "interior minister", "BDI"), ("Alice Uwase", "government spokesperson", "RWA"),
 ("Carlos Mabunda", "special envoy for Sudan", "MOZ"), ("Joan Atim", None, None),
 ("Peter Okello", None, None), ("Sarah Nakato", None, None)],
[("Florence Akello", ["SSD", "UGA"], 2), ("Deng Malual Kuol", ["SSD", "UGA"], 1)])

# 8. A local-language outlet's English edition: "Post Report", a Bikram Sambat date with the Gregorian
#    date in brackets, "speaking in Nepali", "Dr" title, translation note. Nepal-India, with China.
art("nepali-nplind-08", "https://english.himalayanpost.com.np/national/2025/11/28/nepal-protests-lipulekh-road",
"""Nepal protests Indian road work in Lipulekh, proposes foreign secretary-level talks

Post Report

Kathmandu, Mangsir 12 (November 28, 2025) -- Nepal on Thursday sent a diplomatic note to India objecting to the widening of a road through the Lipulekh pass, territory claimed by both countries, and proposed that the two sides' foreign secretaries meet to settle the boundary question.

Foreign Minister Dr Sabitri Ghimire told the House of Representatives on Friday that the note had been handed to the Indian embassy in Kathmandu on Thursday afternoon.

"Lipulekh, Kalapani and Limpiyadhura are Nepali territory. This is not a position any government in Kathmandu can change," she said, speaking in Nepali.

The note asks New Delhi to halt construction until the boundary question is resolved through dialogue, according to officials at the Ministry of Foreign Affairs.

Ghimire said relations with India were "deep and multidimensional" but that "unresolved border issues cast a shadow over them".

In New Delhi, External Affairs Ministry spokesperson Rakesh Menon said at a weekly briefing on Thursday that the road lay "entirely within Indian territory" and that India's position was "well known and consistent". India remained open to "constructive dialogue" with Nepal on outstanding boundary issues, he added.

The dispute flared in August, when China and India agreed to reopen border trade through Lipulekh, prompting protests by students outside Singha Durbar, the seat of government. Nepal published a new political map including all three areas in 2020, a move India called "untenable".

Earlier this week, on Tuesday, the Indian ambassador to Nepal, Arvind Kulkarni, met Ghimire at the ministry and briefed her on plans for a new integrated check post at Birgunj, officials said.

Bhesh Raj Adhikari, a former ambassador to India who now teaches at Tribhuvan University, said the note was "necessary but not sufficient".

"Kathmandu must also talk to Beijing, because the pass is a trijunction," he told the Post.

In the House, lawmaker Krishna Bahadur Thapa of the main opposition party accused the government of "waking up too late" and demanded that the prime minister address Parliament on the issue. Speaker Devraj Khanal adjourned the session until Sunday.

This story was translated from the Nepali edition of the Post.
""",
"2025-11-28", "Nepal protests Indian road work in Lipulekh, proposes foreign secretary-level talks",
[("Sabitri Ghimire", False, "the note had been handed to the Indian embassy in Kathmandu on Thursday afternoon", "2025-11-28"),
 ("Sabitri Ghimire", True, "Lipulekh, Kalapani and Limpiyadhura are Nepali territory. This is not a position any government in Kathmandu can change,", "2025-11-28"),
 ("officials at the Ministry of Foreign Affairs", False, "The note asks New Delhi to halt construction until the boundary question is resolved through dialogue", "2025-11-28"),
 ("Sabitri Ghimire", False, "relations with India were \"deep and multidimensional\" but that \"unresolved border issues cast a shadow over them\"", "2025-11-28"),
 ("Sabitri Ghimire", True, "deep and multidimensional", "2025-11-28"),
 ("Sabitri Ghimire", True, "unresolved border issues cast a shadow over them", "2025-11-28"),
 ("Rakesh Menon", False, "the road lay \"entirely within Indian territory\" and that India's position was \"well known and consistent\"", "2025-11-27"),
 ("Rakesh Menon", True, "entirely within Indian territory", "2025-11-27"),
 ("Rakesh Menon", True, "well known and consistent", "2025-11-27"),
 ("Rakesh Menon", False, "India remained open to \"constructive dialogue\" with Nepal on outstanding boundary issues", "2025-11-27"),
 ("Rakesh Menon", True, "constructive dialogue", "2025-11-27"),
 ("officials", False, "Earlier this week, on Tuesday, the Indian ambassador to Nepal, Arvind Kulkarni, met Ghimire at the ministry and briefed her on plans for a new integrated check post at Birgunj", "2025-11-28"),
 ("Bhesh Raj Adhikari", False, "the note was \"necessary but not sufficient\"", "2025-11-28"),
 ("Bhesh Raj Adhikari", True, "necessary but not sufficient", "2025-11-28"),
 ("Bhesh Raj Adhikari", True, "Kathmandu must also talk to Beijing, because the pass is a trijunction,", "2025-11-28"),
 ("India", True, "untenable", "2020"),
 ("Krishna Bahadur Thapa", True, "waking up too late", "2025-11-28"),
],
[("ACCUSE", ["Nepal", "India"], "2025-11-27", None, "Nepal on Thursday sent a diplomatic note to India objecting to the widening of a road through the Lipulekh pass"),
 ("AGREE", ["Nepal", "India"], "2025-11-27", None, "proposed that the two sides' foreign secretaries meet to settle the boundary question"),
 ("REQUEST", ["Nepal", "India"], "2025-11-27", None, "The note asks New Delhi to halt construction until the boundary question is resolved through dialogue"),
 ("AGREE", ["Rakesh Menon", "Nepal"], "2025-11-27", None, "India remained open to \"constructive dialogue\" with Nepal on outstanding boundary issues"),
 ("AGREE", ["China", "India"], "2025-08", None, "China and India agreed to reopen border trade through Lipulekh"),
 ("PROTEST", ["students"], "2025-08", "Kathmandu", "prompting protests by students outside Singha Durbar"),
 ("REJECT", ["India", "Nepal"], "2020", None, "a move India called \"untenable\""),
 ("CONSULT", ["Arvind Kulkarni", "Sabitri Ghimire"], "2025-11-25", "Kathmandu", "the Indian ambassador to Nepal, Arvind Kulkarni, met Ghimire at the ministry"),
 ("ACCUSE", ["Krishna Bahadur Thapa", "government"], "2025-11-28", None, "accused the government of \"waking up too late\""),
 ("REQUEST", ["Krishna Bahadur Thapa", "prime minister"], "2025-11-28", None, "demanded that the prime minister address Parliament on the issue"),
],
[("Sabitri Ghimire", "Foreign Minister", "NPL"), ("Rakesh Menon", "External Affairs Ministry spokesperson", "IND"),
 ("Arvind Kulkarni", "Indian ambassador to Nepal", "IND"), ("Bhesh Raj Adhikari", "former ambassador to India", "NPL"),
 ("Krishna Bahadur Thapa", "lawmaker", "NPL"), ("Devraj Khanal", "Speaker", "NPL")],
[("Sabitri Ghimire", ["IND", "NPL"], 0)])

# 9. Q&A with an ambassador: headline quote in single quotes, outlet-and-weekday date line, turns labelled
#    "THE OBSERVER:" / "AMBASSADOR CHILESHE:", answers in curly quotes, interview "on Saturday".
#    Zambia-DR Congo. Questions that report third persons' words.
art("qa-zmbcod-09", "https://www.lusakaobserver.co.zm/interviews/zambia-envoy-kinshasa-trade-trucks-border",
"""'We are neighbours, not rivals': Zambia's envoy to Kinshasa on trade, trucks and the border

The Lusaka Observer | Tuesday, June 10, 2025

Zambia's ambassador to the Democratic Republic of Congo, Mwansa Chileshe, has spent the past month shuttling between Lusaka and Kinshasa after the Congolese government banned imports of Zambian maize meal in May. He spoke to Observer diplomatic editor Thandiwe Banda in Lusaka on Saturday. The interview has been edited for length.

THE OBSERVER: Kinshasa says the ban protects Congolese millers. Is that the real reason?

AMBASSADOR CHILESHE: “I will not speculate about motives. What I can say is that the ban hurts families on both sides of the border, and we have told our Congolese friends so, frankly but respectfully.”

THE OBSERVER: Your critics say Lusaka has been too soft.

AMBASSADOR CHILESHE: “Soft? We sent a formal protest note on May 14, and our minister raised the matter directly with Foreign Minister Patrick Ilunga Mbaya in Lubumbashi on May 22. Diplomacy is not a shouting match.”

THE OBSERVER: Congo's trade minister, Jean-Claude Mpoyi, told reporters on June 4 that the ban would stay "until Zambian exporters meet our standards". Can that be done quickly?

AMBASSADOR CHILESHE: “Our mills already meet regional standards. But we have agreed to a joint inspection, and Congolese experts will visit the Copperbelt this month.”

THE OBSERVER: How would you describe relations today?

AMBASSADOR CHILESHE: “Strong, with a stone in the shoe. Our trade is worth more than a billion dollars a year, and most of Congo's copper from Katanga leaves through Zambia. Neither of us can afford a quarrel.”

THE OBSERVER: Truckers at Kasumbalesa blocked the border for two days earlier this month over a new Congolese road toll. Will Lusaka ask Kinshasa to scrap it?

AMBASSADOR CHILESHE: “We have asked for it to be suspended while the two revenue authorities talk. The Congolese side has not said no.”

THE OBSERVER: And the Lobito corridor? Some in Lusaka say it will take Congolese copper away from Zambian roads.

AMBASSADOR CHILESHE: “There is enough cargo for every corridor. Competition is healthy.”

In a statement on Monday, the Congolese trade ministry said the inspection would begin on June 16 and that the ban could be lifted "within weeks" if the results were satisfactory.

Zambia's minister of foreign affairs, Bwalya Sichone, is due in Kinshasa later this month for a session of the joint permanent commission.
""",
"2025-06-10", "'We are neighbours, not rivals': Zambia's envoy to Kinshasa on trade, trucks and the border",
[("Kinshasa", False, "the ban protects Congolese millers", None),
 ("Mwansa Chileshe", True, "I will not speculate about motives. What I can say is that the ban hurts families on both sides of the border, and we have told our Congolese friends so, frankly but respectfully.", "2025-06-07"),
 ("critics", False, "Lusaka has been too soft", None),
 ("Mwansa Chileshe", True, "Soft? We sent a formal protest note on May 14, and our minister raised the matter directly with Foreign Minister Patrick Ilunga Mbaya in Lubumbashi on May 22. Diplomacy is not a shouting match.", "2025-06-07"),
 ("Jean-Claude Mpoyi", False, "the ban would stay \"until Zambian exporters meet our standards\"", "2025-06-04"),
 ("Jean-Claude Mpoyi", True, "until Zambian exporters meet our standards", "2025-06-04"),
 ("Mwansa Chileshe", True, "Our mills already meet regional standards. But we have agreed to a joint inspection, and Congolese experts will visit the Copperbelt this month.", "2025-06-07"),
 ("Mwansa Chileshe", True, "Strong, with a stone in the shoe. Our trade is worth more than a billion dollars a year, and most of Congo's copper from Katanga leaves through Zambia. Neither of us can afford a quarrel.", "2025-06-07"),
 ("Mwansa Chileshe", True, "We have asked for it to be suspended while the two revenue authorities talk. The Congolese side has not said no.", "2025-06-07"),
 ("Some in Lusaka", False, "it will take Congolese copper away from Zambian roads", None),
 ("Mwansa Chileshe", True, "There is enough cargo for every corridor. Competition is healthy.", "2025-06-07"),
 ("Congolese trade ministry", False, "the inspection would begin on June 16 and that the ban could be lifted \"within weeks\" if the results were satisfactory", "2025-06-09"),
 ("Congolese trade ministry", True, "within weeks", "2025-06-09"),
],
[("COERCE", ["Democratic Republic of Congo", "Zambia"], "2025-05", None, "the Congolese government banned imports of Zambian maize meal in May"),
 ("ACCUSE", ["Zambia", "Democratic Republic of Congo"], "2025-05-14", None, "We sent a formal protest note on May 14"),
 ("CONSULT", ["Zambia", "Bwalya Sichone", "Patrick Ilunga Mbaya"], "2025-05-22", "Lubumbashi", "our minister raised the matter directly with Foreign Minister Patrick Ilunga Mbaya in Lubumbashi on May 22"),
 ("AGREE", ["Zambia", "Democratic Republic of Congo"], None, None, "we have agreed to a joint inspection"),
 ("PROTEST", ["Truckers"], "2025-06", "Kasumbalesa", "Truckers at Kasumbalesa blocked the border for two days earlier this month"),
 ("REQUEST", ["Zambia", "Democratic Republic of Congo"], None, None, "We have asked for it to be suspended while the two revenue authorities talk."),
],
[("Mwansa Chileshe", "ambassador to the Democratic Republic of Congo", "ZMB"), ("Thandiwe Banda", "diplomatic editor", None),
 ("Patrick Ilunga Mbaya", "Foreign Minister", "COD"), ("Jean-Claude Mpoyi", "trade minister", "COD"),
 ("Bwalya Sichone", "minister of foreign affairs", "ZMB")],
[("Mwansa Chileshe", ["COD", "ZMB"], 1)])

# 10. Feature that opens with a scene: byline, no date anywhere (not in the URL), present-tense scene quotes
#     ("he says"), "told me", interrupted reported clause, events in past years. Oman-Yemen.
art("feature-omnyem-10", "https://www.gulfquarterly.com/features/sarfait-crossing-oman-yemen",
"""At the Sarfait crossing, Oman's quiet diplomacy meets Yemen's long war

By Layla Haddad

The queue of pickups at the Sarfait crossing starts before dawn. Drivers from Yemen's al-Mahra province sleep in their cabs, engines idling against the mountain cold, waiting for the Omani gate to open at six. Ahmed Saleh Bin Kalshat, a 54-year-old fisherman turned trader, has made the trip twice a week for a decade.

"Oman is our lung," he says, tapping the steering wheel. "When they close this gate, we cannot breathe."

For years Oman has been the one neighbour that every Yemeni faction still talks to. Its capital, Muscat, has hosted envoys of the Houthi movement since 2015 and has quietly brokered prisoner exchanges between the Houthis and the Saudi-backed government.

That role was on display again in March, when Omani Foreign Minister Salim bin Nasser Al Hinai hosted talks in Muscat between Houthi negotiator Abdulkarim al-Ghurbani and a delegation of the Yemeni government led by the country's deputy foreign minister, Nabil al-Sharjabi. The talks produced an agreement to release 250 detainees, who were freed in April.

Al Hinai told me in his office overlooking the Gulf of Oman that Muscat's approach was simple. "We do not choose sides in Yemen. We choose Yemenis," he said.

Not everyone in Yemen sees it that way. Officials of the internationally recognised government have at times accused Oman of turning a blind eye to weapons smuggling through al-Mahra, a charge Muscat has consistently rejected.

Yemen's ambassador to Oman, Abdullah al-Saadi, was more diplomatic. Relations with Muscat, he said, were "historic and brotherly". He added that Yemen wanted Oman to station more customs officers at Sarfait and at the Shahan crossing further north.

Oman has also been generous. In 2023 it delivered 40 tonnes of medical supplies to hospitals in al-Ghaydah, and its engineers rebuilt a stretch of the coastal road damaged by Cyclone Tej.

But the border is not always open. Oman briefly closed the Sarfait gate in January 2024 after a gunfight between rival tribes on the Yemeni side, stranding hundreds of trucks for three days.

Sheikh Ali bin Salem al-Mahri, a tribal elder in al-Ghaydah, says such closures are felt in every household. "For us Oman is not foreign. Half my family lives on the other side," he says.

At six o'clock the gate swings open. Bin Kalshat starts his engine. "Another day," he says, and drives into Oman.
""",
None, "At the Sarfait crossing, Oman's quiet diplomacy meets Yemen's long war",
[("Ahmed Saleh Bin Kalshat", True, "Oman is our lung,", None),
 ("Ahmed Saleh Bin Kalshat", True, "When they close this gate, we cannot breathe.", None),
 ("Salim bin Nasser Al Hinai", False, "Muscat's approach was simple", None),
 ("Salim bin Nasser Al Hinai", True, "We do not choose sides in Yemen. We choose Yemenis,", None),
 ("Abdullah al-Saadi", False, "were \"historic and brotherly\"", None),
 ("Abdullah al-Saadi", True, "historic and brotherly", None),
 ("Abdullah al-Saadi", False, "Yemen wanted Oman to station more customs officers at Sarfait and at the Shahan crossing further north", None),
 ("Ali bin Salem al-Mahri", False, "such closures are felt in every household", None),
 ("Ali bin Salem al-Mahri", True, "For us Oman is not foreign. Half my family lives on the other side,", None),
 ("Ahmed Saleh Bin Kalshat", True, "Another day,", None),
],
[("CONSULT", ["Salim bin Nasser Al Hinai", "Abdulkarim al-Ghurbani", "Nabil al-Sharjabi"], None, "Muscat", "Omani Foreign Minister Salim bin Nasser Al Hinai hosted talks in Muscat between Houthi negotiator Abdulkarim al-Ghurbani and a delegation of the Yemeni government led by the country's deputy foreign minister, Nabil al-Sharjabi"),
 ("AGREE", ["Abdulkarim al-Ghurbani", "Nabil al-Sharjabi"], None, None, "The talks produced an agreement to release 250 detainees"),
 ("RETREAT", ["Houthi movement", "Saudi-backed government"], None, None, "who were freed in April"),
 ("ACCUSE", ["Officials of the internationally recognised government", "Oman"], None, None, "Officials of the internationally recognised government have at times accused Oman of turning a blind eye to weapons smuggling through al-Mahra"),
 ("REJECT", ["Oman", "Officials of the internationally recognised government"], None, None, "a charge Muscat has consistently rejected"),
 ("REQUEST", ["Abdullah al-Saadi", "Oman"], None, None, "Yemen wanted Oman to station more customs officers at Sarfait"),
 ("AID", ["Oman", "Yemen"], "2023", "al-Ghaydah", "In 2023 it delivered 40 tonnes of medical supplies to hospitals in al-Ghaydah"),
 ("AID", ["Oman", "Yemen"], "2023", None, "its engineers rebuilt a stretch of the coastal road damaged by Cyclone Tej"),
 ("COERCE", ["Oman", "Yemen"], "2024-01", "Sarfait", "Oman briefly closed the Sarfait gate in January 2024"),
],
[("Layla Haddad", None, None), ("Ahmed Saleh Bin Kalshat", "trader", "YEM"),
 ("Salim bin Nasser Al Hinai", "Foreign Minister", "OMN"), ("Abdulkarim al-Ghurbani", "Houthi negotiator", "YEM"),
 ("Nabil al-Sharjabi", "deputy foreign minister", "YEM"), ("Abdullah al-Saadi", "ambassador to Oman", "YEM"),
 ("Ali bin Salem al-Mahri", "tribal elder", "YEM")],
[("Abdullah al-Saadi", ["OMN", "YEM"], 1)])

# 11. Breaking-news story updated twice: "UPDATE 2-" headline, "First published ... | Updated ..." line, an
#     update note, a quote followed by a dash and the speaker, "on Tuesday, before the latest arrests".
#     Sri Lanka-India.
art("update-lkaind-11", "https://www.southasiawire.com/asia/sri-lanka-navy-arrests-indian-fishermen-delft",
"""UPDATE 2-Sri Lanka navy arrests 14 Indian fishermen; New Delhi summons envoy

First published: 14 January 2026, 08:05 IST | Updated: 14 January 2026, 16:40 IST

(Adds Indian foreign ministry summoning Sri Lankan envoy in paragraphs 6-7, fishermen's union comment in paragraph 9)

COLOMBO/CHENNAI - Sri Lanka's navy arrested 14 Indian fishermen and seized two trawlers off the island of Delft early on Wednesday, accusing them of poaching in Sri Lankan waters, the navy said.

Navy spokesman Commander Gayan Wickramasuriya said the fishermen, from Rameswaram in the southern Indian state of Tamil Nadu, had been handed over to fisheries officials in Jaffna and would be produced before a magistrate.

"Bottom trawling destroys the livelihoods of our northern fishermen. We will continue to enforce the law," he told reporters in Colombo.

The arrests were the third this month. Sri Lankan courts released 22 Indian fishermen on January 6 after they paid fines, according to the Indian High Commission in Colombo.

Tamil Nadu's fisheries minister, R. Selvaraj, said in a statement that the arrests were "a humiliation" and urged New Delhi to "take up the matter at the highest level".

Later on Wednesday, India's External Affairs Ministry summoned Sri Lanka's acting high commissioner, Nirosha Perera, and conveyed its "strong concern" over the arrests, the ministry said.

"The livelihood issues of fishermen must be addressed in a humane and humanitarian manner" - ministry spokesperson Anjali Rao, at a briefing in New Delhi.

Sri Lankan FM Nalin Jayasekara said on Tuesday, before the latest arrests, that relations with India were "excellent" but that fishing remained "the one thorn".

N. Devadas, president of the Rameswaram Mechanised Boat Fishermen's Association, said fishermen would strike from Friday unless all the detainees were freed. "Our boats will stay in the harbour. Let Delhi count the losses," he said.

Fisheries officials of the two countries last met in Colombo in October 2025 but failed to agree on a timetable to phase out bottom trawling in the Palk Bay.

Sri Lanka says Indian trawlers damage its seabed and nets, while Tamil Nadu fishermen say they have fished the waters for generations.

(Reporting by Shirani Fernando in Colombo and Karthik Subramanian in Chennai)
""",
"2026-01-14", "UPDATE 2-Sri Lanka navy arrests 14 Indian fishermen; New Delhi summons envoy",
[("navy", False, "Sri Lanka's navy arrested 14 Indian fishermen and seized two trawlers off the island of Delft early on Wednesday, accusing them of poaching in Sri Lankan waters", "2026-01-14"),
 ("Gayan Wickramasuriya", False, "the fishermen, from Rameswaram in the southern Indian state of Tamil Nadu, had been handed over to fisheries officials in Jaffna and would be produced before a magistrate", "2026-01-14"),
 ("Gayan Wickramasuriya", True, "Bottom trawling destroys the livelihoods of our northern fishermen. We will continue to enforce the law,", "2026-01-14"),
 ("Indian High Commission", False, "Sri Lankan courts released 22 Indian fishermen on January 6 after they paid fines", "2026-01-14"),
 ("R. Selvaraj", False, "the arrests were \"a humiliation\"", "2026-01-14"),
 ("R. Selvaraj", True, "a humiliation", "2026-01-14"),
 ("R. Selvaraj", True, "take up the matter at the highest level", "2026-01-14"),
 ("External Affairs Ministry", False, "India's External Affairs Ministry summoned Sri Lanka's acting high commissioner, Nirosha Perera, and conveyed its \"strong concern\" over the arrests", "2026-01-14"),
 ("External Affairs Ministry", True, "strong concern", "2026-01-14"),
 ("Anjali Rao", True, "The livelihood issues of fishermen must be addressed in a humane and humanitarian manner", "2026-01-14"),
 ("Nalin Jayasekara", False, "relations with India were \"excellent\" but that fishing remained \"the one thorn\"", "2026-01-13"),
 ("Nalin Jayasekara", True, "excellent", "2026-01-13"),
 ("Nalin Jayasekara", True, "the one thorn", "2026-01-13"),
 ("N. Devadas", False, "fishermen would strike from Friday unless all the detainees were freed", "2026-01-14"),
 ("N. Devadas", True, "Our boats will stay in the harbour. Let Delhi count the losses,", "2026-01-14"),
 ("Sri Lanka", False, "Indian trawlers damage its seabed and nets", None),
 ("Tamil Nadu fishermen", False, "they have fished the waters for generations", None),
],
[("COERCE", ["Sri Lanka's navy", "India"], "2026-01-14", "Delft", "Sri Lanka's navy arrested 14 Indian fishermen and seized two trawlers off the island of Delft early on Wednesday"),
 ("RETREAT", ["Sri Lanka", "India"], "2026-01-06", None, "Sri Lankan courts released 22 Indian fishermen on January 6"),
 ("REQUEST", ["R. Selvaraj", "India"], "2026-01-14", None, "urged New Delhi to \"take up the matter at the highest level\""),
 ("ACCUSE", ["External Affairs Ministry", "Nirosha Perera", "Sri Lanka"], "2026-01-14", "New Delhi", "India's External Affairs Ministry summoned Sri Lanka's acting high commissioner, Nirosha Perera"),
 ("THREATEN", ["N. Devadas"], "2026-01-14", None, "fishermen would strike from Friday unless all the detainees were freed"),
 ("CONSULT", ["India", "Sri Lanka"], "2025-10", "Colombo", "Fisheries officials of the two countries last met in Colombo in October 2025"),
],
[("Gayan Wickramasuriya", "Navy spokesman", "LKA"), ("R. Selvaraj", "fisheries minister", "IND"),
 ("Nirosha Perera", "acting high commissioner", "LKA"), ("Anjali Rao", "ministry spokesperson", "IND"),
 ("Nalin Jayasekara", "FM", "LKA"),
 ("N. Devadas", "president of the Rameswaram Mechanised Boat Fishermen's Association", "IND"),
 ("Shirani Fernando", None, None), ("Karthik Subramanian", None, None)],
[("Nalin Jayasekara", ["IND", "LKA"], 1)])

# 12. Profile of a new foreign minister: byline, date only in the URL, career in apposition, "her
#     predecessor", "last Thursday", "on Sunday", surname-only references, diacritics. Slovakia-Hungary.
art("profile-svkhun-12", "https://www.centraleuropeanreview.eu/profiles/2026/05/05/zuzana-kovacova-slovakia-foreign-minister",
"""The diplomat who wants to talk to Budapest 'like a neighbour'

By Tomáš Hruška

When Zuzana Kováčová was sworn in as Slovakia's foreign minister last Thursday, she became the first career diplomat in a decade to run the ministry.

Kováčová, 47, spent most of her career in Hungary, first as a junior consul in Budapest and later, from 2019 to 2023, as Slovakia's ambassador to Hungary. She speaks fluent Hungarian, a rarity among Slovak politicians and, her supporters say, an asset at a time when relations between the two neighbours are strained by a dispute over minority rights.

Her first trip abroad, on Monday, was to Budapest, where she held talks with Hungarian Foreign Minister Bence Tóth.

"We agreed that our ministries will meet every quarter, and that no dispute between us will be left to grow in silence," Kováčová told reporters after the meeting.

Tóth called the visit "a good sign" and said Hungary was ready to reopen talks on a joint Danube flood-protection plan.

The relationship has been bumpy. In December Slovakia's parliament passed a law that made questioning the post-war Beneš decrees a criminal offence, which Budapest condemned as an affront to the Hungarian minority in southern Slovakia.

Gábor Csonka, who chairs the Hungarian Community Forum party, welcomed the appointment but demanded that the government repeal the law "without delay".

Asked about the law in Budapest, Kováčová said it would not be repealed but that she was open to "a dialogue about how it is applied".

"Slovak-Hungarian relations are better than the headlines, but not as good as they should be," she said in an interview with the public broadcaster STVR on Sunday, her first as minister.

Her predecessor, Miroslav Kollár, said on April 28 that she was "the right person for a difficult job". Opposition lawmaker Martina Šimková was more sceptical, describing her as "competent but constrained" by a government that has picked fights with Brussels.

Czech Foreign Minister Petr Dvořák congratulated her in a phone call on Friday and invited her to Prague for the Visegrad Group meeting in June.

Colleagues describe Kováčová as meticulous and hard to rattle. "She reads every file to the last page, and she remembers it," said Ján Marko, who served as her deputy at the embassy in Budapest.

Whether that will be enough to steady relations with Budapest is another matter.
""",
"2026-05-05", "The diplomat who wants to talk to Budapest 'like a neighbour'",
[("Zuzana Kováčová", True, "We agreed that our ministries will meet every quarter, and that no dispute between us will be left to grow in silence,", "2026-05-04"),
 ("Bence Tóth", True, "a good sign", "2026-05-04"),
 ("Bence Tóth", False, "Hungary was ready to reopen talks on a joint Danube flood-protection plan", "2026-05-04"),
 ("supporters", False, "an asset at a time when relations between the two neighbours are strained by a dispute over minority rights", "2026-05-05"),
 ("Gábor Csonka", True, "without delay", "2026-05-05"),
 ("Zuzana Kováčová", False, "it would not be repealed but that she was open to \"a dialogue about how it is applied\"", "2026-05-04"),
 ("Zuzana Kováčová", True, "a dialogue about how it is applied", "2026-05-04"),
 ("Zuzana Kováčová", True, "Slovak-Hungarian relations are better than the headlines, but not as good as they should be,", "2026-05-03"),
 ("Miroslav Kollár", False, "she was \"the right person for a difficult job\"", "2026-04-28"),
 ("Miroslav Kollár", True, "the right person for a difficult job", "2026-04-28"),
 ("Martina Šimková", True, "competent but constrained", "2026-05-05"),
 ("Ján Marko", True, "She reads every file to the last page, and she remembers it,", "2026-05-05"),
],
[("CONSULT", ["Zuzana Kováčová", "Bence Tóth"], "2026-05-04", "Budapest", "she held talks with Hungarian Foreign Minister Bence Tóth"),
 ("AGREE", ["Slovakia", "Hungary"], "2026-05-04", None, "our ministries will meet every quarter"),
 ("SUPPORT", ["Bence Tóth", "Zuzana Kováčová"], "2026-05-04", None, "Tóth called the visit \"a good sign\""),
 ("AGREE", ["Bence Tóth", "Slovakia"], "2026-05-04", None, "Hungary was ready to reopen talks on a joint Danube flood-protection plan"),
 ("ACCUSE", ["Hungary", "Slovakia"], "2025-12", None, "which Budapest condemned as an affront to the Hungarian minority in southern Slovakia"),
 ("SUPPORT", ["Gábor Csonka", "Zuzana Kováčová"], None, None, "welcomed the appointment"),
 ("REQUEST", ["Gábor Csonka", "government"], None, None, "demanded that the government repeal the law \"without delay\""),
 ("REJECT", ["Zuzana Kováčová", "Gábor Csonka"], "2026-05-04", "Budapest", "it would not be repealed"),
 ("CONSULT", ["Petr Dvořák", "Zuzana Kováčová"], "2026-05-01", None, "congratulated her in a phone call on Friday"),
 ("SUPPORT", ["Petr Dvořák", "Zuzana Kováčová"], "2026-05-01", None, "Czech Foreign Minister Petr Dvořák congratulated her"),
],
[("Tomáš Hruška", None, None), ("Zuzana Kováčová", "foreign minister", "SVK"),
 ("Bence Tóth", "Hungarian Foreign Minister", "HUN"), ("Gábor Csonka", "chairs the Hungarian Community Forum party", "SVK"),
 ("Miroslav Kollár", "predecessor", "SVK"), ("Martina Šimková", "Opposition lawmaker", "SVK"),
 ("Petr Dvořák", "Czech Foreign Minister", "CZE"), ("Ján Marko", "deputy at the embassy in Budapest", "SVK")],
[("Zuzana Kováčová", ["HUN", "SVK"], 0), ("Bence Tóth", ["HUN", "SVK"], 1)])
