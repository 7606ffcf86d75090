# Part A of the third held-out set (articles 1-6): text + gold, written by hand.
# art(...) is defined by ../holdout/build.py, which runs this file.

# 1. Wire copy with dateline and date in the URL, straight quotes, interrupted quote, "according to".
#    Egypt-Sudan. Aid delivered (AID), aid promised (AGREE), denied troop deployment and an unscheduled visit.
art("wire-egysdn-01", "https://www.nilewire.com/africa/2025/06/11/egypt-sudan-agree-reopen-argeen-crossing/",
"""CAIRO, June 11 (Nile Wire) - Egypt and Sudan agreed on Wednesday to reopen the Argeen border crossing to commercial traffic and to set up a joint committee on refugees, after talks in Cairo between the two countries' foreign ministers.

Egyptian Foreign Minister Hossam Abdel-Rahman received his Sudanese counterpart, Omar Siddig al-Tayeb, for a two-day working visit, the first by a senior Sudanese official to Cairo this year.

"Sudan's stability is a matter of Egyptian national security," Abdel-Rahman told a joint news conference. "We will not abandon our brothers, and we will not accept any attempt to divide Sudan."

Al-Tayeb thanked Egypt for hosting more than 1.2 million Sudanese who have fled the war since April 2023. He said Khartoum wanted "a partnership, not charity," and asked Cairo to ease visa rules for Sudanese students and patients.

"Our relations have never been closer," al-Tayeb said, "but closeness also means honesty, and we told our Egyptian friends where we need more from them."

According to a statement from the Egyptian Foreign Ministry, Egypt will send a further 40 trucks of medical supplies and flour to Port Sudan this month. An Egyptian air force plane carrying 15 tonnes of medicine landed in Port Sudan on Tuesday, the ministry said.

The two ministers also discussed the Grand Ethiopian Renaissance Dam. Abdel-Rahman accused Addis Ababa of "imposing a fait accompli" on the downstream countries and called on Ethiopia to sign a binding agreement on filling and operating the dam.

Asked whether Egypt would deploy troops to help the Sudanese army, Abdel-Rahman said there were no such plans. "Egypt does not send its soldiers to fight other people's wars," he said. He described ties between Cairo and Khartoum as "historic and unbreakable."

A Sudanese diplomat, speaking on condition of anonymity, said a visit to Cairo by Sudan's army chief was being prepared but had not been scheduled.

Egypt's relations with Sudan have been strained at times by a long-running dispute over the Halayeb triangle, which both countries claim. Neither minister mentioned the issue in public on Wednesday.

Trade between the two neighbours fell by nearly half in 2024 as fighting cut the main roads linking Khartoum with the north.
""",
"2025-06-11", None,
[("Hossam Abdel-Rahman", True, "Sudan's stability is a matter of Egyptian national security,", "2025-06-11"),
 ("Hossam Abdel-Rahman", True, "We will not abandon our brothers, and we will not accept any attempt to divide Sudan.", "2025-06-11"),
 ("Omar Siddig al-Tayeb", False, "Khartoum wanted \"a partnership, not charity,\"", "2025-06-11"),
 ("Omar Siddig al-Tayeb", True, "a partnership, not charity,", "2025-06-11"),
 ("Omar Siddig al-Tayeb", True, "Our relations have never been closer,", "2025-06-11"),
 ("Omar Siddig al-Tayeb", True, "but closeness also means honesty, and we told our Egyptian friends where we need more from them.", "2025-06-11"),
 ("Egyptian Foreign Ministry", False, "Egypt will send a further 40 trucks of medical supplies and flour to Port Sudan this month", None),
 ("Egyptian Foreign Ministry", False, "An Egyptian air force plane carrying 15 tonnes of medicine landed in Port Sudan on Tuesday", None),
 ("Hossam Abdel-Rahman", True, "imposing a fait accompli", "2025-06-11"),
 ("Hossam Abdel-Rahman", False, "there were no such plans", "2025-06-11"),
 ("Hossam Abdel-Rahman", True, "Egypt does not send its soldiers to fight other people's wars,", "2025-06-11"),
 ("Hossam Abdel-Rahman", True, "historic and unbreakable.", "2025-06-11"),
 ("Sudanese diplomat", False, "a visit to Cairo by Sudan's army chief was being prepared but had not been scheduled", None),
],
[("AGREE", ["Egypt", "Sudan"], "2025-06-11", None, "Egypt and Sudan agreed on Wednesday to reopen the Argeen border crossing to commercial traffic"),
 ("CONSULT", ["Hossam Abdel-Rahman", "Omar Siddig al-Tayeb"], None, "Cairo", "Egyptian Foreign Minister Hossam Abdel-Rahman received his Sudanese counterpart, Omar Siddig al-Tayeb, for a two-day working visit"),
 ("SUPPORT", ["Omar Siddig al-Tayeb", "Egypt"], "2025-06-11", None, "Al-Tayeb thanked Egypt for hosting more than 1.2 million Sudanese"),
 ("REQUEST", ["Omar Siddig al-Tayeb", "Egypt"], "2025-06-11", None, "asked Cairo to ease visa rules for Sudanese students and patients"),
 ("AGREE", ["Egypt", "Sudan"], None, "Port Sudan", "Egypt will send a further 40 trucks of medical supplies and flour to Port Sudan this month"),
 ("AID", ["Egypt", "Sudan"], "2025-06-10", "Port Sudan", "An Egyptian air force plane carrying 15 tonnes of medicine landed in Port Sudan on Tuesday"),
 ("ACCUSE", ["Hossam Abdel-Rahman", "Ethiopia"], "2025-06-11", None, "Abdel-Rahman accused Addis Ababa of \"imposing a fait accompli\""),
 ("REQUEST", ["Hossam Abdel-Rahman", "Ethiopia"], "2025-06-11", None, "called on Ethiopia to sign a binding agreement on filling and operating the dam"),
 ("SUPPORT", ["Hossam Abdel-Rahman", "Sudan"], "2025-06-11", None, "He described ties between Cairo and Khartoum as \"historic and unbreakable.\""),
],
[("Hossam Abdel-Rahman", "Egyptian Foreign Minister", "EGY"), ("Omar Siddig al-Tayeb", "Sudanese Foreign Minister", "SDN")],
[("Omar Siddig al-Tayeb", ["EGY", "SDN"], 1), ("Hossam Abdel-Rahman", ["EGY", "SDN"], 2)])

# 2. State-media style (headline, source line with date, time and editor), Vietnam-China, Chinese names
#    family-name-first cited by family name, "according to", "noted", "stressed", water cannon (ASSAULT),
#    protest note (ACCUSE) rejected (REJECT).
art("statemedia-vnmchn-02", "http://english.capitalwire-cn.com/world/8c41e07d2a5f/c.html",
"""China, Vietnam pledge to properly manage maritime differences

Source: Capital Wire | 2024-09-18 19:42:07 | Editor: Zhao Min

BEIJING, Sept. 18 -- China and Vietnam have agreed to properly manage their differences at sea and to speed up consultations on a code of conduct in the South China Sea, Chinese Foreign Ministry spokesman Wang Jianmin said on Wednesday.

Wang made the remarks at a regular press briefing after Chinese Vice Foreign Minister Sun Xiaobo and Vietnamese Deputy Foreign Minister Do Minh Tuan held the 17th round of government-level talks on the boundary issue in Beijing on Tuesday.

"The two sides had an in-depth exchange of views on maritime issues in a candid and friendly atmosphere," Wang said. He said the talks had reached "important common understandings."

China and Vietnam are socialist neighbours with a shared future, Wang noted, adding that the China-Vietnam comprehensive strategic cooperative partnership was "at its best in history."

According to Wang, the two sides agreed to set up a hotline between their fisheries authorities and to hold joint search-and-rescue drills in the Gulf of Tonkin next year.

Asked about a report that Chinese coast guard vessels had fired water cannon at Vietnamese fishing boats near the Paracel Islands earlier this month, Wang said Chinese law enforcement vessels had taken "necessary measures" against boats that had entered China's waters illegally. He urged the Vietnamese side to "educate and manage its fishermen."

China firmly opposes any country interfering in South China Sea affairs, the spokesman stressed, in an apparent reference to the United States.

The Vietnamese Foreign Ministry said in a statement on Wednesday that Hanoi had lodged a protest with Beijing over the incident and demanded compensation for the fishermen. It said Vietnam "resolutely opposes" the use of force against its citizens.

Wang rejected the protest, saying the Paracels were Chinese territory and Vietnam's claims had "no legal basis."

Last year, two-way trade between China and Vietnam exceeded 170 billion U.S. dollars, and China has remained Vietnam's largest trading partner for 19 consecutive years.
""",
"2024-09-18", "China, Vietnam pledge to properly manage maritime differences",
[("Wang Jianmin", False, "China and Vietnam have agreed to properly manage their differences at sea and to speed up consultations on a code of conduct in the South China Sea", "2024-09-18"),
 ("Wang Jianmin", True, "The two sides had an in-depth exchange of views on maritime issues in a candid and friendly atmosphere,", "2024-09-18"),
 ("Wang Jianmin", False, "the talks had reached \"important common understandings.\"", "2024-09-18"),
 ("Wang Jianmin", True, "important common understandings.", "2024-09-18"),
 ("Wang Jianmin", False, "China and Vietnam are socialist neighbours with a shared future", "2024-09-18"),
 ("Wang Jianmin", False, "the China-Vietnam comprehensive strategic cooperative partnership was \"at its best in history.\"", "2024-09-18"),
 ("Wang Jianmin", True, "at its best in history.", "2024-09-18"),
 ("Wang Jianmin", False, "the two sides agreed to set up a hotline between their fisheries authorities and to hold joint search-and-rescue drills in the Gulf of Tonkin next year", "2024-09-18"),
 ("Wang Jianmin", False, "Chinese law enforcement vessels had taken \"necessary measures\" against boats that had entered China's waters illegally", "2024-09-18"),
 ("Wang Jianmin", True, "necessary measures", "2024-09-18"),
 ("Wang Jianmin", True, "educate and manage its fishermen.", "2024-09-18"),
 ("Wang Jianmin", False, "China firmly opposes any country interfering in South China Sea affairs", "2024-09-18"),
 ("Vietnamese Foreign Ministry", False, "Hanoi had lodged a protest with Beijing over the incident and demanded compensation for the fishermen", "2024-09-18"),
 ("Vietnamese Foreign Ministry", False, "Vietnam \"resolutely opposes\" the use of force against its citizens", "2024-09-18"),
 ("Vietnamese Foreign Ministry", True, "resolutely opposes", "2024-09-18"),
 ("Wang Jianmin", False, "the Paracels were Chinese territory and Vietnam's claims had \"no legal basis.\"", "2024-09-18"),
 ("Wang Jianmin", True, "no legal basis.", "2024-09-18"),
],
[("AGREE", ["China", "Vietnam"], None, None, "China and Vietnam have agreed to properly manage their differences at sea"),
 ("CONSULT", ["Sun Xiaobo", "Do Minh Tuan"], "2024-09-17", "Beijing", "Chinese Vice Foreign Minister Sun Xiaobo and Vietnamese Deputy Foreign Minister Do Minh Tuan held the 17th round of government-level talks on the boundary issue in Beijing on Tuesday"),
 ("AGREE", ["China", "Vietnam"], None, None, "the two sides agreed to set up a hotline between their fisheries authorities"),
 ("ASSAULT", ["China", "Vietnam"], "2024-09", "Paracel Islands", "Chinese coast guard vessels had fired water cannon at Vietnamese fishing boats near the Paracel Islands"),
 ("REQUEST", ["Wang Jianmin", "Vietnam"], "2024-09-18", None, "He urged the Vietnamese side to \"educate and manage its fishermen.\""),
 ("ACCUSE", ["Vietnam", "China"], None, None, "Hanoi had lodged a protest with Beijing over the incident"),
 ("REQUEST", ["Vietnam", "China"], None, None, "demanded compensation for the fishermen"),
 ("REJECT", ["Wang Jianmin", "Vietnam"], "2024-09-18", None, "Wang rejected the protest"),
],
[("Wang Jianmin", "Chinese Foreign Ministry spokesman", "CHN"), ("Sun Xiaobo", "Chinese Vice Foreign Minister", "CHN"),
 ("Do Minh Tuan", "Vietnamese Deputy Foreign Minister", "VNM"), ("Zhao Min", "Editor", None)],
[("Wang Jianmin", ["CHN", "VNM"], 1)])

# 3. Blog with byline, "Share this", "Read more:" and "Tags:" lines, curly quotes, no date anywhere.
#    Lithuania-Belarus. Border closure (COERCE), threats, an organisation and the European Commission speaking.
art("blog-ltublr-03", "https://balticfrontline.eu/posts/vilnius-shuts-border-crossings-balloons",
"""Vilnius shuts border crossings again as balloon incursions continue

By Rasa Jankauskaitė | Baltic Frontline

Share this: Facebook | X | LinkedIn | Email

Lithuania closed its two remaining border crossings with Belarus on Monday, after dozens of smuggling balloons from Belarusian territory forced Vilnius airport to suspend flights for the third time in a week.

Interior Minister Dovilė Sakalauskienė said the balloons were “not an accident but a hybrid attack” organised with the knowledge of the authorities in Minsk.

“We will not wait until one of these balloons brings down a passenger plane,” Sakalauskienė told journalists at the Medininkai checkpoint. “Minsk can stop this in a day if it wants to.”

She said the crossings would stay closed for at least a month and warned that Lithuania could also halt rail transit of Belarusian goods to Kaliningrad.

Read more: Five years on, Lithuania’s border fence and the people still trying to cross it

Minsk dismissed the accusations. The Belarusian Foreign Ministry said in a statement that Vilnius was “inventing threats” to justify its “anti-Belarusian course,” and accused Lithuania of harming ordinary people on both sides of the border.

Belarusian Deputy Foreign Minister Ihar Savitski went further, calling the closure “an act of economic terrorism.” He said Belarus reserved the right to take “mirror measures,” including a ban on Lithuanian trucks, and insisted that the balloons were launched by smugglers acting on their own.

Hundreds of Lithuanian lorries are stuck on the Belarusian side, according to the road carriers’ association Linava. Its chairman, Tomas Grigas, called on both governments “to think about the drivers first.”

Relations between the neighbours, never warm since the disputed 2020 Belarusian election, are at their lowest point in years, said Gintarė Vaitkutė, a researcher at the Vilnius Institute of Eastern Studies.

“There is practically no channel of communication left apart from the border guards,” she said. “Each side is waiting for the other to blink.”

The European Commission said it stood with Lithuania and had asked Frontex to deploy additional officers to the border.

Read more: Belarusian opposition in exile warns of “new wave” of repression

Tags: Lithuania, Belarus, border, hybrid threats, balloons
""",
None, "Vilnius shuts border crossings again as balloon incursions continue",
[("Dovilė Sakalauskienė", False, "the balloons were “not an accident but a hybrid attack” organised with the knowledge of the authorities in Minsk", None),
 ("Dovilė Sakalauskienė", True, "not an accident but a hybrid attack", None),
 ("Dovilė Sakalauskienė", True, "We will not wait until one of these balloons brings down a passenger plane,", None),
 ("Dovilė Sakalauskienė", True, "Minsk can stop this in a day if it wants to.", None),
 ("Dovilė Sakalauskienė", False, "the crossings would stay closed for at least a month", None),
 ("Dovilė Sakalauskienė", False, "Lithuania could also halt rail transit of Belarusian goods to Kaliningrad", None),
 ("Belarusian Foreign Ministry", False, "Vilnius was “inventing threats” to justify its “anti-Belarusian course,”", None),
 ("Belarusian Foreign Ministry", True, "inventing threats", None),
 ("Belarusian Foreign Ministry", True, "anti-Belarusian course,", None),
 ("Ihar Savitski", True, "an act of economic terrorism.", None),
 ("Ihar Savitski", False, "Belarus reserved the right to take “mirror measures,” including a ban on Lithuanian trucks", None),
 ("Ihar Savitski", True, "mirror measures,", None),
 ("Ihar Savitski", False, "the balloons were launched by smugglers acting on their own", None),
 ("Linava", False, "Hundreds of Lithuanian lorries are stuck on the Belarusian side", None),
 ("Tomas Grigas", True, "to think about the drivers first.", None),
 ("Gintarė Vaitkutė", False, "Relations between the neighbours, never warm since the disputed 2020 Belarusian election, are at their lowest point in years", None),
 ("Gintarė Vaitkutė", True, "There is practically no channel of communication left apart from the border guards,", None),
 ("Gintarė Vaitkutė", True, "Each side is waiting for the other to blink.", None),
 ("European Commission", False, "it stood with Lithuania and had asked Frontex to deploy additional officers to the border", None),
],
[("COERCE", ["Lithuania", "Belarus"], None, None, "Lithuania closed its two remaining border crossings with Belarus on Monday"),
 ("ACCUSE", ["Dovilė Sakalauskienė", "Belarus"], None, None, "the balloons were “not an accident but a hybrid attack” organised with the knowledge of the authorities in Minsk"),
 ("THREATEN", ["Dovilė Sakalauskienė", "Belarus"], None, None, "warned that Lithuania could also halt rail transit of Belarusian goods to Kaliningrad"),
 ("REJECT", ["Belarus", "Lithuania"], None, None, "Minsk dismissed the accusations"),
 ("ACCUSE", ["Belarusian Foreign Ministry", "Lithuania"], None, None, "accused Lithuania of harming ordinary people on both sides of the border"),
 ("ACCUSE", ["Ihar Savitski", "Lithuania"], None, None, "calling the closure “an act of economic terrorism.”"),
 ("THREATEN", ["Ihar Savitski", "Lithuania"], None, None, "Belarus reserved the right to take “mirror measures,”"),
 ("REQUEST", ["Tomas Grigas", "Lithuania", "Belarus"], None, None, "called on both governments “to think about the drivers first.”"),
 ("SUPPORT", ["European Commission", "Lithuania"], None, None, "The European Commission said it stood with Lithuania"),
 ("REQUEST", ["European Commission", "Frontex"], None, None, "had asked Frontex to deploy additional officers to the border"),
],
[("Rasa Jankauskaitė", "author", None), ("Dovilė Sakalauskienė", "Interior Minister", "LTU"),
 ("Ihar Savitski", "Belarusian Deputy Foreign Minister", "BLR"), ("Tomas Grigas", "chairman of Linava", "LTU"),
 ("Gintarė Vaitkutė", "researcher at the Vilnius Institute of Eastern Studies", "LTU")],
[("Gintarė Vaitkutė", ["BLR", "LTU"], -2)])

# 4. Regional paper with a headline, a date line "March 6, 2025" and a byline. Nigeria-Cameroon.
#    Roles before and after the name, pronoun chain, joint operation (COOPERATE), deployment (MOBILIZE),
#    promise to investigate (AGREE), march (PROTEST), "X denied that P".
art("regional-ngacmr-04", None,
"""Nigeria, Cameroon to step up joint patrols after Bakassi kidnappings

March 6, 2025

By Chinedu Okafor, Calabar

Nigeria and Cameroon have agreed to step up joint naval patrols around the Bakassi peninsula, after gunmen kidnapped eleven fishermen from a Nigerian-run settlement on the Cameroonian side last week.

The decision was taken on Wednesday at a meeting of the Nigeria-Cameroon Trans-Border Security Committee in Calabar, the Cross River State capital. Nigeria's Minister of State for Defence, Aminu Bello Danjuma, led the Nigerian delegation. He said the two navies had already carried out a joint operation on Sunday that freed four of the fishermen.

"This is what good neighbours do," Danjuma said. "Criminals do not respect borders, so our security forces should not be stopped by them either."

Cameroon's Minister Delegate for Defence, Jean-Pierre Mbarga Ndzana, described the operation as "a model for the whole Gulf of Guinea." He told the meeting that Yaoundé had deployed two additional patrol boats and a company of its Rapid Intervention Battalion to the peninsula.

The relationship between Abuja and Yaoundé "has matured," Mbarga Ndzana said, more than two decades after the International Court of Justice awarded Bakassi to Cameroon. "We had a border dispute. Today we have a border partnership."

Not everyone in Calabar shares that optimism. Community leaders from Bakassi accused Cameroonian gendarmes of harassing Nigerian fishermen and demanding illegal levies. Chief Effiong Asuquo, a traditional ruler displaced from the peninsula, said residents were "caught between the kidnappers and the gendarmes."

Danjuma said he had raised the complaints with his Cameroonian counterpart, who promised to investigate.

Mbarga Ndzana denied that the gendarmes demanded levies and said Cameroon treated all residents of Bakassi equally.

The two sides also agreed to share intelligence on piracy and to hold the next committee meeting in Buea in September.

About 150 people marched through the streets of Calabar on Thursday to demand the release of the remaining seven fishermen. Danjuma said Nigeria would not pay any ransom.
""",
"2025-03-06", "Nigeria, Cameroon to step up joint patrols after Bakassi kidnappings",
[("Aminu Bello Danjuma", False, "the two navies had already carried out a joint operation on Sunday that freed four of the fishermen", "2025-03-05"),
 ("Aminu Bello Danjuma", True, "This is what good neighbours do,", "2025-03-05"),
 ("Aminu Bello Danjuma", True, "Criminals do not respect borders, so our security forces should not be stopped by them either.", "2025-03-05"),
 ("Jean-Pierre Mbarga Ndzana", True, "a model for the whole Gulf of Guinea.", "2025-03-05"),
 ("Jean-Pierre Mbarga Ndzana", False, "Yaoundé had deployed two additional patrol boats and a company of its Rapid Intervention Battalion to the peninsula", "2025-03-05"),
 ("Jean-Pierre Mbarga Ndzana", False, "The relationship between Abuja and Yaoundé \"has matured,\"", "2025-03-05"),
 ("Jean-Pierre Mbarga Ndzana", True, "has matured,", "2025-03-05"),
 ("Jean-Pierre Mbarga Ndzana", True, "We had a border dispute. Today we have a border partnership.", "2025-03-05"),
 ("Effiong Asuquo", False, "residents were \"caught between the kidnappers and the gendarmes.\"", None),
 ("Effiong Asuquo", True, "caught between the kidnappers and the gendarmes.", None),
 ("Aminu Bello Danjuma", False, "he had raised the complaints with his Cameroonian counterpart, who promised to investigate", None),
 ("Jean-Pierre Mbarga Ndzana", False, "Cameroon treated all residents of Bakassi equally", None),
 ("Aminu Bello Danjuma", False, "Nigeria would not pay any ransom", None),
],
[("AGREE", ["Nigeria", "Cameroon"], "2025-03-05", None, "Nigeria and Cameroon have agreed to step up joint naval patrols around the Bakassi peninsula"),
 ("CONSULT", ["Nigeria", "Cameroon"], "2025-03-05", "Calabar", "a meeting of the Nigeria-Cameroon Trans-Border Security Committee in Calabar"),
 ("COOPERATE", ["Nigeria", "Cameroon"], "2025-03-02", None, "the two navies had already carried out a joint operation on Sunday that freed four of the fishermen"),
 ("SUPPORT", ["Jean-Pierre Mbarga Ndzana", "Nigeria"], "2025-03-05", None, "described the operation as \"a model for the whole Gulf of Guinea.\""),
 ("MOBILIZE", ["Cameroon"], None, "Bakassi", "Yaoundé had deployed two additional patrol boats and a company of its Rapid Intervention Battalion to the peninsula"),
 ("ACCUSE", ["Community leaders from Bakassi", "Cameroon"], None, None, "Community leaders from Bakassi accused Cameroonian gendarmes of harassing Nigerian fishermen"),
 ("AGREE", ["Jean-Pierre Mbarga Ndzana", "Aminu Bello Danjuma"], None, None, "his Cameroonian counterpart, who promised to investigate"),
 ("REJECT", ["Jean-Pierre Mbarga Ndzana", "Community leaders from Bakassi"], None, None, "Mbarga Ndzana denied that the gendarmes demanded levies"),
 ("AGREE", ["Nigeria", "Cameroon"], "2025-03-05", None, "The two sides also agreed to share intelligence on piracy"),
 ("PROTEST", ["protesters"], "2025-03-06", "Calabar", "About 150 people marched through the streets of Calabar on Thursday to demand the release of the remaining seven fishermen"),
],
[("Chinedu Okafor", "reporter", None), ("Aminu Bello Danjuma", "Nigeria's Minister of State for Defence", "NGA"),
 ("Jean-Pierre Mbarga Ndzana", "Cameroon's Minister Delegate for Defence", "CMR"),
 ("Effiong Asuquo", "traditional ruler displaced from the peninsula", "NGA")],
[("Jean-Pierre Mbarga Ndzana", ["CMR", "NGA"], 2), ("Aminu Bello Danjuma", ["CMR", "NGA"], 1)])

# 5. Interview transcript (Q/A turns, answers in straight quotes), single-quote headline, Sweden-Turkey.
#    Memorandum signed (SUPPORT), police information exchange (COOPERATE), extradition demand refused (REJECT),
#    summoning (ACCUSE), lifted restrictions (RETREAT); a possible presidential visit that is not an event.
art("interview-swetur-05", "https://www.nordicaffairsweekly.se/en/2024/11/21/interview-holmgren-turkey",
"""'Ankara kept its word, and so did we': Sweden's top diplomat on Turkey

STOCKHOLM - Anders Holmgren, state secretary at Sweden's Ministry for Foreign Affairs, spoke to Nordic Affairs Weekly on Wednesday, after returning from two days of talks in Ankara with Turkish Deputy Foreign Minister Selim Karaca. The interview has been edited for clarity.

Q: Ten months after Turkey ratified Sweden's NATO membership, how are relations?

Holmgren: "Better than most people expected. We have a working relationship again, and regular contact. Ankara kept its word, and so did we. That does not mean we agree on everything."

Q: What did you discuss in Ankara?

Holmgren: "Counter-terrorism cooperation, mainly. Our police and the Turkish police have exchanged information on PKK financing networks since the spring, and we signed a memorandum on that in Ankara on Tuesday. We also talked about trade and about defence industry cooperation."

Q: Karaca told Turkish television that Sweden must extradite "dozens of terrorists" before relations can be fully normal. Will Sweden do that?

Holmgren: "No. Extradition is decided by our courts, not by the government, and that will not change. I said that to my Turkish colleagues very clearly, and I think they understand it."

Q: Turkey has protested again about a Quran burning outside its embassy in Stockholm last month.

Holmgren: "The government condemned that act the same day. It was disgraceful. But we will not change the constitution because of one provocateur."

In Ankara, Karaca struck a more demanding tone. He told reporters that Stockholm had made "some progress" but that Turkey expected "concrete steps, not words," and he accused Swedish authorities of allowing PKK sympathisers to raise funds openly. Turkey summoned Sweden's chargé d'affaires in October over the Quran burning.

Q: Is a visit by the Turkish president to Stockholm on the table?

Holmgren: "It has been mentioned. Nothing has been decided. If it happens, it would be a strong signal."

Q: And arms exports? Sweden lifted its restrictions on sales to Turkey in 2022.

Holmgren: "Those licences are being processed normally. Turkey is a NATO ally, and we treat it as one."
""",
"2024-11-21", "'Ankara kept its word, and so did we': Sweden's top diplomat on Turkey",
[("Anders Holmgren", True, "Better than most people expected. We have a working relationship again, and regular contact. Ankara kept its word, and so did we. That does not mean we agree on everything.", "2024-11-20"),
 ("Anders Holmgren", True, "Counter-terrorism cooperation, mainly. Our police and the Turkish police have exchanged information on PKK financing networks since the spring, and we signed a memorandum on that in Ankara on Tuesday. We also talked about trade and about defence industry cooperation.", "2024-11-20"),
 ("Selim Karaca", False, "Sweden must extradite \"dozens of terrorists\" before relations can be fully normal", None),
 ("Selim Karaca", True, "dozens of terrorists", None),
 ("Anders Holmgren", True, "No. Extradition is decided by our courts, not by the government, and that will not change. I said that to my Turkish colleagues very clearly, and I think they understand it.", "2024-11-20"),
 ("Anders Holmgren", True, "The government condemned that act the same day. It was disgraceful. But we will not change the constitution because of one provocateur.", "2024-11-20"),
 ("Selim Karaca", False, "Stockholm had made \"some progress\" but that Turkey expected \"concrete steps, not words,\"", None),
 ("Selim Karaca", True, "some progress", None),
 ("Selim Karaca", True, "concrete steps, not words,", None),
 ("Anders Holmgren", True, "It has been mentioned. Nothing has been decided. If it happens, it would be a strong signal.", "2024-11-20"),
 ("Anders Holmgren", True, "Those licences are being processed normally. Turkey is a NATO ally, and we treat it as one.", "2024-11-20"),
],
[("CONSULT", ["Anders Holmgren", "Selim Karaca"], None, "Ankara", "two days of talks in Ankara with Turkish Deputy Foreign Minister Selim Karaca"),
 ("SUPPORT", ["Turkey", "Sweden"], "2024-01", None, "Turkey ratified Sweden's NATO membership"),
 ("COOPERATE", ["Sweden", "Turkey"], None, None, "Our police and the Turkish police have exchanged information on PKK financing networks since the spring"),
 ("SUPPORT", ["Sweden", "Turkey"], "2024-11-19", "Ankara", "we signed a memorandum on that in Ankara on Tuesday"),
 ("REQUEST", ["Selim Karaca", "Sweden"], None, None, "Sweden must extradite \"dozens of terrorists\""),
 ("REJECT", ["Anders Holmgren", "Turkey"], "2024-11-20", None, "No. Extradition is decided by our courts, not by the government, and that will not change."),
 ("ACCUSE", ["Turkey", "Sweden"], None, None, "Turkey has protested again about a Quran burning outside its embassy in Stockholm"),
 ("REQUEST", ["Selim Karaca", "Sweden"], None, None, "Turkey expected \"concrete steps, not words,\""),
 ("ACCUSE", ["Selim Karaca", "Sweden"], None, None, "he accused Swedish authorities of allowing PKK sympathisers to raise funds openly"),
 ("ACCUSE", ["Turkey", "Sweden"], "2024-10", None, "Turkey summoned Sweden's chargé d'affaires in October over the Quran burning"),
 ("RETREAT", ["Sweden", "Turkey"], "2022", None, "Sweden lifted its restrictions on sales to Turkey in 2022"),
],
[("Anders Holmgren", "state secretary at Sweden's Ministry for Foreign Affairs", "SWE"),
 ("Selim Karaca", "Turkish Deputy Foreign Minister", "TUR")],
[("Anders Holmgren", ["SWE", "TUR"], 1), ("Selim Karaca", ["SWE", "TUR"], 0)])

# 6. Analysis piece with byline, several analysts, curly quotes, no date anywhere, Qatar-UAE.
#    Embassies reopened (RETREAT), coordination (COOPERATE), media accusation (ACCUSE) rejected (REJECT);
#    an expected attendance and a "possible visit" that are not events; unnamed official speaking.
art("analysis-qatare-06", "https://www.gulfaffairsreview.com/analysis/qatar-uae-thaw-thermometer",
"""Qatar and the UAE: a thaw that still needs a thermometer

Analysis by Hannah Whitcombe | Gulf Affairs Review

Two years after Qatar and the United Arab Emirates reopened their embassies in each other’s capitals, the relationship between the two Gulf rivals looks, on paper, fully repaired. Flights are full, a joint business council met for the first time last spring, and Emirati investors have announced plans to put money into Qatari real estate and logistics.

Yet analysts say the reconciliation remains shallower than the handshakes suggest.

“It is a cold peace that has warmed up, not a friendship,” said Layla Haddad, a senior fellow at the London-based Centre for Gulf Studies. “The two leaderships talk, they trade, but they still compete for influence everywhere from Sudan to Afghanistan.”

Haddad noted that the two countries had backed rival camps in Libya and Sudan.

Officials in both capitals reject that picture. Qatari Foreign Ministry spokesman Khalid Al-Hajri told the review that relations with Abu Dhabi were “on a very positive track” and that the two governments coordinated “closely and regularly” on regional crises.

An Emirati official, who asked not to be identified, insisted that the past was “behind us” and said the UAE was ready to expand cooperation with Qatar “in every field.”

Others see a mixed picture. Hamad Al-Mansoori, a political scientist at Abu Dhabi’s Emirates Policy Forum, said the economic ties were “real and growing,” but warned that the media war between the two sides had “never completely stopped.”

“When a Qatari channel airs a critical documentary, or when Emirati accounts attack Doha online, you can see how quickly the old reflexes return,” Al-Mansoori said.

Earlier this year, the Emirati National Media Council accused a Qatari-funded channel of “spreading lies” about the UAE’s role in Sudan, and Doha’s Government Communications Office rejected the charge as “baseless.”

The test, Haddad argued, will come when the next regional crisis forces both to choose sides. “The blockade ended with a signature,” she said. “Trust does not come back with a signature.”

For now, neither government seems inclined to look for trouble. A Qatari minister is expected to attend an investment forum in Dubai later this year, and officials on both sides have talked of a possible visit by the Emirati president to Doha.
""",
None, "Qatar and the UAE: a thaw that still needs a thermometer",
[("analysts", False, "the reconciliation remains shallower than the handshakes suggest", None),
 ("Layla Haddad", True, "It is a cold peace that has warmed up, not a friendship,", None),
 ("Layla Haddad", True, "The two leaderships talk, they trade, but they still compete for influence everywhere from Sudan to Afghanistan.", None),
 ("Layla Haddad", False, "the two countries had backed rival camps in Libya and Sudan", None),
 ("Khalid Al-Hajri", False, "relations with Abu Dhabi were “on a very positive track”", None),
 ("Khalid Al-Hajri", True, "on a very positive track", None),
 ("Khalid Al-Hajri", False, "the two governments coordinated “closely and regularly” on regional crises", None),
 ("Khalid Al-Hajri", True, "closely and regularly", None),
 ("Emirati official", False, "the past was “behind us”", None),
 ("Emirati official", True, "behind us", None),
 ("Emirati official", False, "the UAE was ready to expand cooperation with Qatar “in every field.”", None),
 ("Emirati official", True, "in every field.", None),
 ("Hamad Al-Mansoori", False, "the economic ties were “real and growing,”", None),
 ("Hamad Al-Mansoori", True, "real and growing,", None),
 ("Hamad Al-Mansoori", False, "the media war between the two sides had “never completely stopped.”", None),
 ("Hamad Al-Mansoori", True, "never completely stopped.", None),
 ("Hamad Al-Mansoori", True, "When a Qatari channel airs a critical documentary, or when Emirati accounts attack Doha online, you can see how quickly the old reflexes return,", None),
 ("Emirati National Media Council", True, "spreading lies", None),
 ("Government Communications Office", True, "baseless.", None),
 ("Layla Haddad", False, "will come when the next regional crisis forces both to choose sides", None),
 ("Layla Haddad", True, "The blockade ended with a signature,", None),
 ("Layla Haddad", True, "Trust does not come back with a signature.", None),
],
[("RETREAT", ["Qatar", "United Arab Emirates"], None, None, "Qatar and the United Arab Emirates reopened their embassies in each other’s capitals"),
 ("CONSULT", ["Qatar", "United Arab Emirates"], None, None, "a joint business council met for the first time last spring"),
 ("COOPERATE", ["Qatar", "United Arab Emirates"], None, None, "the two governments coordinated “closely and regularly” on regional crises"),
 ("AGREE", ["United Arab Emirates", "Qatar"], None, None, "the UAE was ready to expand cooperation with Qatar “in every field.”"),
 ("ACCUSE", ["Emirati National Media Council", "Qatar"], None, None, "the Emirati National Media Council accused a Qatari-funded channel of “spreading lies” about the UAE’s role in Sudan"),
 ("REJECT", ["Government Communications Office", "Emirati National Media Council"], None, None, "Doha’s Government Communications Office rejected the charge as “baseless.”"),
],
[("Hannah Whitcombe", "analyst, Gulf Affairs Review", None),
 ("Layla Haddad", "senior fellow at the London-based Centre for Gulf Studies", None),
 ("Khalid Al-Hajri", "Qatari Foreign Ministry spokesman", "QAT"),
 ("Hamad Al-Mansoori", "political scientist at Abu Dhabi’s Emirates Policy Forum", "ARE")],
[("analysts", ["ARE", "QAT"], 0), ("Layla Haddad", ["ARE", "QAT"], 0), ("Khalid Al-Hajri", ["ARE", "QAT"], 2),
 ("Emirati official", ["ARE", "QAT"], 1), ("Hamad Al-Mansoori", ["ARE", "QAT"], 0)])
