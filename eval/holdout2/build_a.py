# Part A of the second held-out set (articles 1-6): text + gold, written by hand.
# art(...) is defined by ../holdout/build.py, which runs this file.

# 1. Wire copy with dateline, straight quotes, interrupted quote, family-name-first Cambodian minister,
#    Thai given-name usage. Thailand-Cambodia. Border clash (ASSAULT), embargo (COERCE), denial.
art("wire-thakhm-01", "https://www.meridianwire.com/asia/2026/02/18/thailand-cambodia-pull-back-heavy-weapons/",
"""BANGKOK, Feb 18 (Meridian Wire) - Thailand and Cambodia agreed on Wednesday to pull heavy weapons back from a disputed stretch of their border, a week after an exchange of fire near an ancient temple killed one Cambodian soldier and wounded two Thai rangers.

Thai Defence Minister Somchai Rattanakul and his Cambodian counterpart Tea Vireak met for four hours at a border checkpoint in Sa Kaeo province, the Thai defence ministry said.

"Nobody wins when soldiers shoot at each other across a line drawn a hundred years ago," Somchai told reporters after the talks. "What we agreed today is a first step, and only a first step."

Under the deal, both armies will withdraw artillery and armoured vehicles at least 10 kilometres from the frontier within seven days, according to a joint statement. The two sides also agreed to reactivate their Joint Boundary Commission, which has not met since 2012.

Tea said Cambodia had accepted the arrangement "in good faith" but insisted that the clash had been started by Thai troops who crossed into Cambodian territory.

"We did not fire first," he said, "and we will not apologise for defending our soil." He described relations with Bangkok as "at a low point."

Thailand rejected the accusation. Army spokesman Colonel Winai Sukprasert said the rangers had been on a routine patrol on the Thai side of the line when they came under fire. He denied reports that Thai units had laid new mines near the temple.

The Cambodian Foreign Ministry last week asked the International Court of Justice to rule on four disputed areas along the frontier. Bangkok rejected the move, saying it recognised only bilateral mechanisms for settling the boundary.

Trade has also suffered. Cambodia banned imports of Thai fruit and vegetables after the clash, and long queues of lorries formed at the Aranyaprathet crossing.

The Philippines, which chairs ASEAN this year, welcomed the agreement in a statement and said it stood ready to send observers to the border if both sides asked.

Somchai said relations with Phnom Penh were "bruised but not broken."
""",
"2026-02-18", None,
[("Thai defence ministry", False, "Thai Defence Minister Somchai Rattanakul and his Cambodian counterpart Tea Vireak met for four hours at a border checkpoint in Sa Kaeo province", "2026-02-18"),
 ("Somchai Rattanakul", True, "Nobody wins when soldiers shoot at each other across a line drawn a hundred years ago,", "2026-02-18"),
 ("Somchai Rattanakul", True, "What we agreed today is a first step, and only a first step.", "2026-02-18"),
 ("joint statement", False, "Under the deal, both armies will withdraw artillery and armoured vehicles at least 10 kilometres from the frontier within seven days", "2026-02-18"),
 ("Tea Vireak", False, "Cambodia had accepted the arrangement \"in good faith\"", "2026-02-18"),
 ("Tea Vireak", True, "in good faith", "2026-02-18"),
 ("Tea Vireak", False, "the clash had been started by Thai troops who crossed into Cambodian territory", "2026-02-18"),
 ("Tea Vireak", True, "We did not fire first,", "2026-02-18"),
 ("Tea Vireak", True, "and we will not apologise for defending our soil.", "2026-02-18"),
 ("Tea Vireak", True, "at a low point.", "2026-02-18"),
 ("Winai Sukprasert", False, "the rangers had been on a routine patrol on the Thai side of the line when they came under fire", "2026-02-18"),
 ("Bangkok", False, "it recognised only bilateral mechanisms for settling the boundary", None),
 ("The Philippines", False, "it stood ready to send observers to the border if both sides asked", None),
 ("Somchai Rattanakul", False, "relations with Phnom Penh were \"bruised but not broken.\"", "2026-02-18"),
 ("Somchai Rattanakul", True, "bruised but not broken.", "2026-02-18"),
],
[("AGREE", ["Thailand", "Cambodia"], "2026-02-18", None, "Thailand and Cambodia agreed on Wednesday to pull heavy weapons back from a disputed stretch of their border"),
 ("ASSAULT", ["Cambodia", "Thailand"], "2026-02", None, "an exchange of fire near an ancient temple killed one Cambodian soldier and wounded two Thai rangers"),
 ("CONSULT", ["Somchai Rattanakul", "Tea Vireak"], "2026-02-18", "Sa Kaeo province", "Thai Defence Minister Somchai Rattanakul and his Cambodian counterpart Tea Vireak met for four hours at a border checkpoint in Sa Kaeo province"),
 ("AGREE", ["Thailand", "Cambodia"], "2026-02-18", None, "The two sides also agreed to reactivate their Joint Boundary Commission"),
 ("ACCUSE", ["Tea Vireak", "Thailand"], "2026-02-18", None, "insisted that the clash had been started by Thai troops who crossed into Cambodian territory"),
 ("REJECT", ["Thailand", "Tea Vireak"], "2026-02-18", None, "Thailand rejected the accusation."),
 ("REQUEST", ["Cambodian Foreign Ministry", "International Court of Justice"], "2026-02", None, "The Cambodian Foreign Ministry last week asked the International Court of Justice to rule on four disputed areas"),
 ("REJECT", ["Thailand", "Cambodian Foreign Ministry"], None, None, "Bangkok rejected the move"),
 ("COERCE", ["Cambodia", "Thailand"], "2026-02", None, "Cambodia banned imports of Thai fruit and vegetables after the clash"),
 ("SUPPORT", ["The Philippines", "Thailand", "Cambodia"], None, None, "The Philippines, which chairs ASEAN this year, welcomed the agreement"),
],
[("Somchai Rattanakul", "Thai Defence Minister", "THA"), ("Tea Vireak", "Cambodian Defence Minister", "KHM"),
 ("Winai Sukprasert", "Army spokesman", "THA")],
[("Somchai Rattanakul", ["KHM", "THA"], 0), ("Tea Vireak", ["KHM", "THA"], -1)])

# 2. State-media style (source line with date and time, editor), Iran-Saudi Arabia, organisation speaking,
#    "according to", many speech verbs (stressed, noted, added, expressed), visit and agreements.
art("statemedia-irnsau-02", "https://en.irna-style-agency.ir/news/85123456/Iran-Saudi-foreign-ministers-hold-talks-in-Tehran",
"""Iranian, Saudi foreign ministers hail 'new chapter' in Tehran talks

Source: Islamic Republic News Service | 2025-03-11 19:42 | Editor: Mina Rostami

TEHRAN, March 11 -- Iranian Foreign Minister Hossein Karimi and his Saudi counterpart Prince Saad bin Abdulrahman held talks in Tehran on Tuesday on expanding bilateral cooperation and regional developments, the Iranian Foreign Ministry said in a statement.

During the meeting, Karimi stressed that relations between the Islamic Republic of Iran and the Kingdom of Saudi Arabia were "on the right track" and noted that the two countries had taken "important and practical steps" since the resumption of ties.

"The security of the region must be provided by the countries of the region themselves," the Iranian minister said, adding that Tehran was ready to expand cooperation with Riyadh in all fields.

The Saudi foreign minister, for his part, conveyed the greetings of the Saudi leadership and expressed the Kingdom's desire to strengthen relations with Iran. He described the talks as "constructive and candid."

According to the statement, the two sides agreed to resume direct flights between Tehran and Riyadh before the start of the Hajj season and to activate a joint economic commission. They also signed a memorandum of understanding on cooperation in sports and youth affairs.

Karimi welcomed Saudi Arabia's decision to release 12 Iranian fishermen who had been detained in the Persian Gulf last year, calling it "a humanitarian gesture that builds trust."

Iran and Saudi Arabia restored diplomatic relations in 2023 under an agreement brokered by China, seven years after Riyadh cut ties following attacks on its diplomatic missions in Iran.

Prince Saad is expected to travel to Baghdad on Wednesday.
""",
"2025-03-11", "Iranian, Saudi foreign ministers hail 'new chapter' in Tehran talks",
[("Iranian Foreign Ministry", False, "Iranian Foreign Minister Hossein Karimi and his Saudi counterpart Prince Saad bin Abdulrahman held talks in Tehran on Tuesday on expanding bilateral cooperation and regional developments", "2025-03-11"),
 ("Hossein Karimi", False, "relations between the Islamic Republic of Iran and the Kingdom of Saudi Arabia were \"on the right track\"", "2025-03-11"),
 ("Hossein Karimi", True, "on the right track", "2025-03-11"),
 ("Hossein Karimi", False, "the two countries had taken \"important and practical steps\" since the resumption of ties", "2025-03-11"),
 ("Hossein Karimi", True, "important and practical steps", "2025-03-11"),
 ("Hossein Karimi", True, "The security of the region must be provided by the countries of the region themselves,", "2025-03-11"),
 ("Hossein Karimi", False, "Tehran was ready to expand cooperation with Riyadh in all fields", "2025-03-11"),
 ("Saad bin Abdulrahman", True, "constructive and candid.", "2025-03-11"),
 ("Iranian Foreign Ministry", False, "the two sides agreed to resume direct flights between Tehran and Riyadh before the start of the Hajj season and to activate a joint economic commission", "2025-03-11"),
 ("Hossein Karimi", True, "a humanitarian gesture that builds trust.", "2025-03-11"),
],
[("CONSULT", ["Hossein Karimi", "Saad bin Abdulrahman"], "2025-03-11", "Tehran", "Iranian Foreign Minister Hossein Karimi and his Saudi counterpart Prince Saad bin Abdulrahman held talks in Tehran on Tuesday"),
 ("AGREE", ["Hossein Karimi", "Saudi Arabia"], "2025-03-11", None, "Tehran was ready to expand cooperation with Riyadh in all fields"),
 ("AGREE", ["Saad bin Abdulrahman", "Iran"], "2025-03-11", None, "expressed the Kingdom's desire to strengthen relations with Iran"),
 ("AGREE", ["Iran", "Saudi Arabia"], "2025-03-11", None, "the two sides agreed to resume direct flights between Tehran and Riyadh before the start of the Hajj season and to activate a joint economic commission"),
 ("SUPPORT", ["Iran", "Saudi Arabia"], "2025-03-11", None, "They also signed a memorandum of understanding on cooperation in sports and youth affairs."),
 ("SUPPORT", ["Hossein Karimi", "Saudi Arabia"], "2025-03-11", None, "Karimi welcomed Saudi Arabia's decision to release 12 Iranian fishermen"),
 ("RETREAT", ["Saudi Arabia", "Iran"], None, None, "Saudi Arabia's decision to release 12 Iranian fishermen who had been detained in the Persian Gulf last year"),
 ("RETREAT", ["Iran", "Saudi Arabia"], "2023", None, "Iran and Saudi Arabia restored diplomatic relations in 2023 under an agreement brokered by China"),
 ("SANCTION", ["Saudi Arabia", "Iran"], "2016", None, "Riyadh cut ties following attacks on its diplomatic missions in Iran"),
],
[("Mina Rostami", "Editor", None), ("Hossein Karimi", "Iranian Foreign Minister", "IRN"),
 ("Saad bin Abdulrahman", "Saudi foreign minister", "SAU")],
[("Hossein Karimi", ["IRN", "SAU"], 2), ("Saad bin Abdulrahman", ["IRN", "SAU"], 1)])

# 3. Blog with byline and boilerplate, curly quotes, Canada-India, diplomats expelled (SANCTION),
#    protest, denial, no date anywhere.
art("blog-canind-03", "https://northpolicyblog.ca/posts/ottawa-new-delhi-expel-diplomats-again",
"""Ottawa and New Delhi expel diplomats as consular row deepens

By Priya Sandhu | North Policy Blog

Share this: Facebook | X | LinkedIn | Email

Canada expelled two Indian diplomats on Friday, accusing them of gathering information on Sikh activists in the Greater Toronto Area, and India responded within hours by ordering two Canadian officials to leave New Delhi.

Global Affairs Canada said the diplomats had been declared persona non grata after the RCMP presented “credible evidence” that they had directed a network of informants. Foreign Affairs Minister Catherine Boulanger told reporters in Ottawa that Canada “will not tolerate foreign interference on Canadian soil, from any country.”

“We have shared our evidence with the Indian government,” Boulanger said. “We asked for cooperation. We did not get it.”

India’s Ministry of External Affairs rejected the allegations as “absurd and politically motivated” and summoned Canada’s acting high commissioner to lodge a strong protest. Ministry spokesman Arvind Joshi said Ottawa had “yet again” failed to share any evidence and accused the Canadian government of giving shelter to extremists.

“India expects Canada to act against those who openly call for violence against Indian diplomats,” Joshi said.

Read more: What the Nijjar case did to Canada–India ties

The tit-for-tat comes just months after the two countries had restored their high commissioners and resumed talks on a trade agreement. Boulanger admitted the relationship had “taken a step back,” but said Ottawa still wanted to work with India on trade and security.

She denied reports that Canada planned to suspend visa processing in India.

On Saturday, several hundred people rallied outside the Indian consulate in Toronto, waving flags and chanting slogans.

Analysts were gloomy. “Every time the two governments rebuild a bridge, something sets it on fire,” said Marc Tremblay, a former Canadian diplomat who now teaches at the University of Ottawa. “This is going to be a long winter.”

Tags: Canada, India, diplomacy, foreign interference
Share this article
""",
None, "Ottawa and New Delhi expel diplomats as consular row deepens",
[("Global Affairs Canada", False, "the diplomats had been declared persona non grata after the RCMP presented “credible evidence” that they had directed a network of informants", None),
 ("Global Affairs Canada", True, "credible evidence", None),
 ("Catherine Boulanger", False, "Canada “will not tolerate foreign interference on Canadian soil, from any country.”", None),
 ("Catherine Boulanger", True, "will not tolerate foreign interference on Canadian soil, from any country.", None),
 ("Catherine Boulanger", True, "We have shared our evidence with the Indian government,", None),
 ("Catherine Boulanger", True, "We asked for cooperation. We did not get it.", None),
 ("India’s Ministry of External Affairs", True, "absurd and politically motivated", None),
 ("Arvind Joshi", False, "Ottawa had “yet again” failed to share any evidence", None),
 ("Arvind Joshi", True, "yet again", None),
 ("Arvind Joshi", True, "India expects Canada to act against those who openly call for violence against Indian diplomats,", None),
 ("Catherine Boulanger", False, "the relationship had “taken a step back,”", None),
 ("Catherine Boulanger", True, "taken a step back,", None),
 ("Catherine Boulanger", False, "Ottawa still wanted to work with India on trade and security", None),
 ("Marc Tremblay", True, "Every time the two governments rebuild a bridge, something sets it on fire,", None),
 ("Marc Tremblay", True, "This is going to be a long winter.", None),
],
[("SANCTION", ["Canada", "India"], None, None, "Canada expelled two Indian diplomats on Friday"),
 ("ACCUSE", ["Canada", "India"], None, None, "accusing them of gathering information on Sikh activists in the Greater Toronto Area"),
 ("SANCTION", ["India", "Canada"], None, "New Delhi", "India responded within hours by ordering two Canadian officials to leave New Delhi"),
 ("REQUEST", ["Catherine Boulanger", "India"], None, None, "We asked for cooperation."),
 ("REJECT", ["India’s Ministry of External Affairs", "Canada"], None, None, "India’s Ministry of External Affairs rejected the allegations"),
 ("ACCUSE", ["India’s Ministry of External Affairs", "Canada"], None, None, "summoned Canada’s acting high commissioner to lodge a strong protest"),
 ("ACCUSE", ["Arvind Joshi", "Canada"], None, None, "accused the Canadian government of giving shelter to extremists"),
 ("REQUEST", ["Arvind Joshi", "Canada"], None, None, "India expects Canada to act against those who openly call for violence against Indian diplomats,"),
 ("RETREAT", ["Canada", "India"], None, None, "the two countries had restored their high commissioners"),
 ("CONSULT", ["Canada", "India"], None, None, "resumed talks on a trade agreement"),
 ("AGREE", ["Catherine Boulanger", "India"], None, None, "Ottawa still wanted to work with India on trade and security"),
 ("PROTEST", ["India"], None, "Toronto", "several hundred people rallied outside the Indian consulate in Toronto"),
],
[("Priya Sandhu", "author", None), ("Catherine Boulanger", "Foreign Affairs Minister", "CAN"),
 ("Arvind Joshi", "Ministry of External Affairs spokesman", "IND"), ("Marc Tremblay", "former Canadian diplomat", "CAN")],
[("Catherine Boulanger", ["CAN", "IND"], -1), ("Marc Tremblay", ["CAN", "IND"], -2)])

# 4. Regional paper, headline + date line, pronoun chains, female minister with role before and after the name,
#    "she argued", joint police operation (COOPERATE), deportations (COERCE), troops (MOBILIZE). Chile-Bolivia.
art("regional-chlbol-04", None,
"""Northern outpost wary as Santiago and La Paz talk borders, not the sea

November 6, 2024

COLCHANE — In this windswept village 3,700 metres above sea level, the arrival of two government ministers on Tuesday drew more soldiers than residents.

Chile's interior minister, Ximena Araya, and Bolivia's government minister, Eduardo Quispe, met in Colchane on Tuesday and signed a protocol to share migration data and coordinate patrols along the 860-kilometre border, the Chilean government said.

Araya described the meeting as "the most productive in years." She said the two police forces had carried out a joint operation last month that dismantled a ring smuggling stolen cars into Bolivia.

"We have shown that when Chile and Bolivia work together, criminals lose," she told reporters in Colchane on Tuesday. "That is the message we want to send."

Quispe was more guarded. He welcomed the protocol but insisted that Chile stop expelling migrants across the border without informing Bolivian authorities. "Bolivia is not Chile's waiting room," he said.

He said La Paz had sent a diplomatic note in October protesting against the deportation of 130 Venezuelan migrants to Bolivian territory, and that it was still waiting for a reply.

Araya rejected the criticism. The expulsions, she argued, had been carried out "in full compliance with the law." She noted that Chile had deployed 600 additional soldiers to the northern border since February under an emergency decree.

The two countries have had no ambassadors since 1978, when Bolivia broke off relations over failed talks on access to the Pacific. The International Court of Justice ruled in 2018 that Chile was not obliged to negotiate on the issue.

Quispe said Bolivia "will never renounce" its claim to the sea, but that the question had not been raised in Colchane. "Today we talked about security. The sea is a matter for presidents," he said.

Local residents, many of whom trade on both sides of the border, were sceptical that anything would change.

The ministers agreed to meet again in the Bolivian city of Oruro in March.
""",
"2024-11-06", "Northern outpost wary as Santiago and La Paz talk borders, not the sea",
[("Chilean government", False, "Chile's interior minister, Ximena Araya, and Bolivia's government minister, Eduardo Quispe, met in Colchane on Tuesday and signed a protocol to share migration data and coordinate patrols along the 860-kilometre border", None),
 ("Ximena Araya", True, "the most productive in years.", "2024-11-05"),
 ("Ximena Araya", False, "the two police forces had carried out a joint operation last month that dismantled a ring smuggling stolen cars into Bolivia", "2024-11-05"),
 ("Ximena Araya", True, "We have shown that when Chile and Bolivia work together, criminals lose,", "2024-11-05"),
 ("Ximena Araya", True, "That is the message we want to send.", "2024-11-05"),
 ("Eduardo Quispe", False, "Chile stop expelling migrants across the border without informing Bolivian authorities", "2024-11-05"),
 ("Eduardo Quispe", True, "Bolivia is not Chile's waiting room,", "2024-11-05"),
 ("Eduardo Quispe", False, "La Paz had sent a diplomatic note in October protesting against the deportation of 130 Venezuelan migrants to Bolivian territory, and that it was still waiting for a reply", "2024-11-05"),
 ("Ximena Araya", False, "had been carried out \"in full compliance with the law.\"", "2024-11-05"),
 ("Ximena Araya", True, "in full compliance with the law.", "2024-11-05"),
 ("Ximena Araya", False, "Chile had deployed 600 additional soldiers to the northern border since February under an emergency decree", "2024-11-05"),
 ("Eduardo Quispe", False, "Bolivia \"will never renounce\" its claim to the sea, but that the question had not been raised in Colchane", "2024-11-05"),
 ("Eduardo Quispe", True, "will never renounce", "2024-11-05"),
 ("Eduardo Quispe", True, "Today we talked about security. The sea is a matter for presidents,", "2024-11-05"),
],
[("CONSULT", ["Ximena Araya", "Eduardo Quispe"], "2024-11-05", "Colchane", "Chile's interior minister, Ximena Araya, and Bolivia's government minister, Eduardo Quispe, met in Colchane on Tuesday"),
 ("SUPPORT", ["Ximena Araya", "Eduardo Quispe"], "2024-11-05", "Colchane", "signed a protocol to share migration data and coordinate patrols along the 860-kilometre border"),
 ("COOPERATE", ["Chile", "Bolivia"], "2024-10", None, "the two police forces had carried out a joint operation last month that dismantled a ring smuggling stolen cars into Bolivia"),
 ("SUPPORT", ["Eduardo Quispe", "Chile"], "2024-11-05", None, "He welcomed the protocol"),
 ("REQUEST", ["Eduardo Quispe", "Chile"], "2024-11-05", None, "insisted that Chile stop expelling migrants across the border without informing Bolivian authorities"),
 ("ACCUSE", ["Bolivia", "Chile"], "2024-10", None, "La Paz had sent a diplomatic note in October protesting against the deportation of 130 Venezuelan migrants"),
 ("COERCE", ["Chile", "Bolivia"], None, None, "the deportation of 130 Venezuelan migrants to Bolivian territory"),
 ("REJECT", ["Ximena Araya", "Eduardo Quispe"], "2024-11-05", None, "Araya rejected the criticism."),
 ("MOBILIZE", ["Chile"], None, None, "Chile had deployed 600 additional soldiers to the northern border since February"),
 ("SANCTION", ["Bolivia", "Chile"], "1978", None, "Bolivia broke off relations over failed talks on access to the Pacific"),
 ("AGREE", ["Ximena Araya", "Eduardo Quispe"], None, None, "The ministers agreed to meet again in the Bolivian city of Oruro in March."),
],
[("Ximena Araya", "Chile's interior minister", "CHL"), ("Eduardo Quispe", "Bolivia's government minister", "BOL")],
[("Ximena Araya", ["BOL", "CHL"], 1), ("Eduardo Quispe", ["BOL", "CHL"], 0)])

# 5. Interview transcript (Q/A turns, answers in straight quotes), Ukraine-Hungary, an EU spokeswoman,
#    veto lifted (CONCEDE), entry bans (COERCE), summoning (ACCUSE), hypothetical events.
art("interview-ukrhun-05", "https://www.dniprodaily.com.ua/en/2025/09/24/interview-marchenko-hungary-veto",
"""'We are not asking Budapest to love us': Ukraine's deputy foreign minister on Hungary

KYIV - Olena Marchenko, Ukraine's deputy foreign minister for European integration, spoke to Dnipro Daily on Tuesday, a day after Hungary lifted its veto on a 1.5-billion-euro tranche of EU military aid for Kyiv. The interview has been edited for length.

Q: Hungary has finally unblocked the tranche. Is this a breakthrough?

Marchenko: "It is a relief, not a breakthrough. Budapest blocked this money for five months. We welcome the decision, but we have no illusions about what comes next."

Q: Hungarian Foreign Minister Bence Halász says Kyiv must first restore the rights of the Hungarian minority in Zakarpattia before accession talks can open. Will you?

Marchenko: "We have already changed the law on national minorities twice. Our experts met their Hungarian counterparts in Uzhhorod two weeks ago and went through every article. We are ready to continue that work. But we will not accept that minority rights are used as a pretext to block our path to the EU."

Q: How would you describe relations with Hungary today?

Marchenko: "Difficult, frankly. There is dialogue at the expert level, there is almost none at the political level. We are not asking Budapest to love us. We are asking it not to stand in the way."

Q: Last week Ukraine banned three Hungarian officials from entering the country. Why?

Marchenko: "Because our security service established that they were involved in intelligence activity against Ukraine. This is not a political decision."

Budapest reacted angrily to the entry bans. Halász summoned Ukraine's ambassador last Thursday and accused Kyiv of "fabricating a spy scandal." In a post on Facebook on Monday he said Hungary "will respond to every hostile step," and warned that Budapest could reconsider its electricity exports to Ukraine.

He also claimed that Hungary had delivered more humanitarian aid to Zakarpattia than "many countries that lecture us."

A European Commission spokeswoman, Ingrid Vermeulen, said the Commission welcomed the lifting of the veto and urged both governments "to resolve their bilateral issues through dialogue."

Q: Will Prime Minister-level talks happen this year?

Marchenko: "If Budapest is ready, we are ready. The invitation stands."
""",
"2025-09-24", "'We are not asking Budapest to love us': Ukraine's deputy foreign minister on Hungary",
[("Olena Marchenko", True, "It is a relief, not a breakthrough. Budapest blocked this money for five months. We welcome the decision, but we have no illusions about what comes next.", "2025-09-23"),
 ("Bence Halász", False, "Kyiv must first restore the rights of the Hungarian minority in Zakarpattia before accession talks can open", None),
 ("Olena Marchenko", True, "We have already changed the law on national minorities twice. Our experts met their Hungarian counterparts in Uzhhorod two weeks ago and went through every article. We are ready to continue that work. But we will not accept that minority rights are used as a pretext to block our path to the EU.", "2025-09-23"),
 ("Olena Marchenko", True, "Difficult, frankly. There is dialogue at the expert level, there is almost none at the political level. We are not asking Budapest to love us. We are asking it not to stand in the way.", "2025-09-23"),
 ("Olena Marchenko", True, "Because our security service established that they were involved in intelligence activity against Ukraine. This is not a political decision.", "2025-09-23"),
 ("Bence Halász", True, "fabricating a spy scandal.", "2025-09-18"),
 ("Bence Halász", False, "Hungary \"will respond to every hostile step,\"", "2025-09-22"),
 ("Bence Halász", True, "will respond to every hostile step,", "2025-09-22"),
 ("Bence Halász", False, "Budapest could reconsider its electricity exports to Ukraine", "2025-09-22"),
 ("Bence Halász", False, "Hungary had delivered more humanitarian aid to Zakarpattia than \"many countries that lecture us.\"", None),
 ("Bence Halász", True, "many countries that lecture us.", None),
 ("Ingrid Vermeulen", False, "the Commission welcomed the lifting of the veto", None),
 ("Ingrid Vermeulen", True, "to resolve their bilateral issues through dialogue.", None),
 ("Olena Marchenko", True, "If Budapest is ready, we are ready. The invitation stands.", "2025-09-23"),
],
[("CONCEDE", ["Hungary", "Ukraine"], "2025-09-22", None, "Hungary lifted its veto on a 1.5-billion-euro tranche of EU military aid for Kyiv"),
 ("REJECT", ["Hungary", "Ukraine"], None, None, "Budapest blocked this money for five months"),
 ("SUPPORT", ["Olena Marchenko", "Hungary"], "2025-09-23", None, "We welcome the decision"),
 ("REQUEST", ["Bence Halász", "Ukraine"], None, None, "Kyiv must first restore the rights of the Hungarian minority in Zakarpattia"),
 ("CONSULT", ["Ukraine", "Hungary"], "2025-09", "Uzhhorod", "Our experts met their Hungarian counterparts in Uzhhorod two weeks ago"),
 ("REJECT", ["Olena Marchenko", "Hungary"], "2025-09-23", None, "we will not accept that minority rights are used as a pretext to block our path to the EU"),
 ("COERCE", ["Ukraine", "Hungary"], "2025-09", None, "Ukraine banned three Hungarian officials from entering the country"),
 ("ACCUSE", ["Bence Halász", "Ukraine"], "2025-09-18", None, "Halász summoned Ukraine's ambassador last Thursday and accused Kyiv of \"fabricating a spy scandal.\""),
 ("THREATEN", ["Bence Halász", "Ukraine"], "2025-09-22", None, "warned that Budapest could reconsider its electricity exports to Ukraine"),
 ("AID", ["Hungary", "Ukraine"], None, "Zakarpattia", "Hungary had delivered more humanitarian aid to Zakarpattia"),
 ("SUPPORT", ["Ingrid Vermeulen", "Hungary"], None, None, "the Commission welcomed the lifting of the veto"),
 ("REQUEST", ["Ingrid Vermeulen", "Ukraine", "Hungary"], None, None, "urged both governments \"to resolve their bilateral issues through dialogue.\""),
],
[("Olena Marchenko", "Ukraine's deputy foreign minister for European integration", "UKR"), ("Bence Halász", "Hungarian Foreign Minister", "HUN"),
 ("Ingrid Vermeulen", "European Commission spokeswoman", None)],
[("Olena Marchenko", ["HUN", "UKR"], -1)])

# 6. Analysis piece, analysts quoted, curly quotes, Chinese names family-name-first, Australia-China,
#    no date anywhere; tariffs lifted (RETREAT), navy drills (MOBILIZE), protest note (ACCUSE).
art("analysis-auschn-06", "https://www.pacificledger.com.au/analysis/australia-china-thaw-stress-test",
"""ANALYSIS: The Australia–China thaw faces its first real stress test

Two years ago, Canberra and Beijing could point to a thaw that was paying off. China had lifted its punishing tariffs on Australian wine and barley, ministers were flying again, and China's premier had visited Canberra, the first such trip in seven years.

Now the warmth is being tested. Last month, three Chinese navy vessels conducted live-fire drills in the Tasman Sea without giving the usual notice, forcing commercial flights to divert. Australia lodged a formal protest with the Chinese embassy, its first in more than a year.

Beijing was unmoved. Foreign ministry spokeswoman Lin Jiahui told reporters that the exercises complied with international law and that Australia should “stop hyping” normal naval activity. Ambassador Xiao Qiming went further, warning in a speech in Sydney that “those who follow others to contain China will find that the costs are their own.”

Canberra insists the relationship is still on track. Foreign Minister Sarah Nguyen said last week that Australia would “cooperate where we can, disagree where we must,” a formula she has used since 2022. She noted that two-way trade had reached a record A$320 billion.

Analysts are less sure. “Stabilisation was always the goal, not friendship, and stabilisation is holding — just,” said Helen Withers, a senior fellow at the Canberra Institute for Strategic Policy. “But each incident like this chips away at the trust built since 2022.”

Zhang Wei, a professor of international relations at Fudan University in Shanghai, argued that Beijing saw the drills as a signal about AUKUS rather than a rupture. “From China’s side, the relationship is basically stable,” Zhang said. “But Beijing wants Canberra to understand that the submarine deal has a price.”

Others are bleaker. James O’Connell, a former defence official, told the Pacific Ledger that the two countries were “drifting back towards the deep freeze.”

Beijing and Canberra are due to hold their annual strategic dialogue in the new year. Whether it goes ahead, and at what level, will say a lot about where the relationship is heading.
""",
None, "ANALYSIS: The Australia–China thaw faces its first real stress test",
[ ("Canberra", False, "the relationship is still on track", None),
 ("Lin Jiahui", False, "the exercises complied with international law", None),
 ("Lin Jiahui", False, "Australia should “stop hyping” normal naval activity", None),
 ("Lin Jiahui", True, "stop hyping", None),
 ("Xiao Qiming", True, "those who follow others to contain China will find that the costs are their own.", None),
 ("Sarah Nguyen", False, "Australia would “cooperate where we can, disagree where we must,”", None),
 ("Sarah Nguyen", True, "cooperate where we can, disagree where we must,", None),
 ("Sarah Nguyen", False, "two-way trade had reached a record A$320 billion", None),
 ("Helen Withers", True, "Stabilisation was always the goal, not friendship, and stabilisation is holding — just,", None),
 ("Helen Withers", True, "But each incident like this chips away at the trust built since 2022.", None),
 ("Zhang Wei", False, "Beijing saw the drills as a signal about AUKUS rather than a rupture", None),
 ("Zhang Wei", True, "From China’s side, the relationship is basically stable,", None),
 ("Zhang Wei", True, "But Beijing wants Canberra to understand that the submarine deal has a price.", None),
 ("James O’Connell", False, "the two countries were “drifting back towards the deep freeze.”", None),
 ("James O’Connell", True, "drifting back towards the deep freeze.", None),
],
[("RETREAT", ["China", "Australia"], None, None, "China had lifted its punishing tariffs on Australian wine and barley"),
 ("CONSULT", ["China", "Australia"], None, "Canberra", "China's premier had visited Canberra"),
 ("MOBILIZE", ["China"], None, "Tasman Sea", "three Chinese navy vessels conducted live-fire drills in the Tasman Sea without giving the usual notice"),
 ("ACCUSE", ["Australia", "China"], None, None, "Australia lodged a formal protest with the Chinese embassy"),
 ("REQUEST", ["Lin Jiahui", "Australia"], None, None, "Australia should “stop hyping” normal naval activity"),
 ("THREATEN", ["Xiao Qiming", "Australia"], None, "Sydney", "warning in a speech in Sydney that “those who follow others to contain China will find that the costs are their own.”"),
],
[("Lin Jiahui", "Foreign ministry spokeswoman", "CHN"),
 ("Xiao Qiming", "Ambassador", "CHN"), ("Sarah Nguyen", "Foreign Minister", "AUS"),
 ("Helen Withers", "senior fellow at the Canberra Institute for Strategic Policy", "AUS"),
 ("Zhang Wei", "professor of international relations at Fudan University", "CHN"), ("James O’Connell", "former defence official", "AUS")],
[("Canberra", ["AUS", "CHN"], 1), ("Sarah Nguyen", ["AUS", "CHN"], 1), ("Helen Withers", ["AUS", "CHN"], 0), ("Zhang Wei", ["AUS", "CHN"], 0),
 ("James O’Connell", ["AUS", "CHN"], -2)])
