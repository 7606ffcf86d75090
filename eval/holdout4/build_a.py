# Part A of the fourth held-out set (articles 1-6): text + gold, written by hand.
# art(...) is defined by ../holdout/build.py, which runs this file.

# 1. Wire copy with dateline and date in the URL, South Africa-Mozambique. Border closure (COERCE),
#    truckers' blockade (PROTEST), signing (SUPPORT), deadline threat, "her Mozambican counterpart, X",
#    "X, who heads ...", statements on Monday/Wednesday/last week.
art("wire-zafmoz-01", "https://www.meridianwire.com/africa/2025/06/12/south-africa-mozambique-reopen-lebombo-border/",
"""MAPUTO, June 12 (Meridian Wire) - South Africa and Mozambique agreed on Thursday to reopen the Lebombo border post to cargo traffic, ending a three-week closure that left hundreds of trucks stranded on both sides of the frontier.

South African International Relations Minister Thandiwe Mokoena and her Mozambican counterpart, Armando Cossa, signed a protocol on joint border management after five hours of talks in the Mozambican capital.

"This closure hurt ordinary people on both sides of the fence, and we owed them a solution," Mokoena told reporters after the signing. "Today we have one."

The crossing was shut by South African authorities on May 21, a day after South African truckers blockaded the N4 highway to protest against what they called unfair competition from foreign drivers.

On Monday, Mozambique's deputy foreign minister, Helena Matsinhe, accused Pretoria of "doing nothing for three weeks while our exporters went bankrupt" and said South Africa should compensate Mozambican firms for spoiled cargo.

Mokoena rejected the demand on Thursday. "Nobody in Pretoria ordered these drivers onto the road," she said. "We closed the border to protect lives, not to punish a neighbour."

Cossa struck a softer tone. Mozambique, he said, would deploy extra police along the highway on its side of the border, and the two ministers pledged to meet every three months to review the arrangement.

"We have had a difficult month, but the relationship is recovering," Cossa said. "South Africa is not a rival. It is family."

Sipho Ndlovu, who heads South Africa's Border Management Authority, said on Wednesday that the agency had given truckers' associations until June 20 to remove their remaining roadblocks or face prosecution.

The two governments had been under pressure to settle the dispute before a regional summit. Mozambique's Prime Minister Benvinda Langa spoke by telephone last week with South Africa's deputy president, Kabelo Dube, according to a Mozambican government statement.

The Southern African Development Community welcomed the deal. Its executive secretary, Tomas Nkhata, said in a statement that the reopening showed "neighbours can settle their quarrels without outside help."

Mokoena said ties between the two countries remained "fundamentally strong" despite the dispute. Transport operators said the first trucks were expected to cross on Friday morning.
""",
"2025-06-12", None,
[("Thandiwe Mokoena", True, "This closure hurt ordinary people on both sides of the fence, and we owed them a solution,", "2025-06-12"),
 ("Thandiwe Mokoena", True, "Today we have one.", "2025-06-12"),
 ("Helena Matsinhe", True, "doing nothing for three weeks while our exporters went bankrupt", "2025-06-09"),
 ("Helena Matsinhe", False, "South Africa should compensate Mozambican firms for spoiled cargo", "2025-06-09"),
 ("Thandiwe Mokoena", True, "Nobody in Pretoria ordered these drivers onto the road,", "2025-06-12"),
 ("Thandiwe Mokoena", True, "We closed the border to protect lives, not to punish a neighbour.", "2025-06-12"),
 ("Armando Cossa", False, "would deploy extra police along the highway on its side of the border", "2025-06-12"),
 ("Armando Cossa", True, "We have had a difficult month, but the relationship is recovering,", "2025-06-12"),
 ("Armando Cossa", True, "South Africa is not a rival. It is family.", "2025-06-12"),
 ("Sipho Ndlovu", False, "the agency had given truckers' associations until June 20 to remove their remaining roadblocks or face prosecution", "2025-06-11"),
 ("Mozambican government", False, "Mozambique's Prime Minister Benvinda Langa spoke by telephone last week with South Africa's deputy president, Kabelo Dube", None),
 ("Tomas Nkhata", False, "the reopening showed \"neighbours can settle their quarrels without outside help.\"", "2025-06-12"),
 ("Tomas Nkhata", True, "neighbours can settle their quarrels without outside help.", "2025-06-12"),
 ("Thandiwe Mokoena", False, "ties between the two countries remained \"fundamentally strong\" despite the dispute", "2025-06-12"),
 ("Thandiwe Mokoena", True, "fundamentally strong", "2025-06-12"),
 ("Transport operators", False, "the first trucks were expected to cross on Friday morning", "2025-06-12"),
],
[("AGREE", ["South Africa", "Mozambique"], "2025-06-12", None, "South Africa and Mozambique agreed on Thursday to reopen the Lebombo border post to cargo traffic"),
 ("SUPPORT", ["Thandiwe Mokoena", "Armando Cossa"], "2025-06-12", "Maputo", "signed a protocol on joint border management"),
 ("CONSULT", ["Thandiwe Mokoena", "Armando Cossa"], "2025-06-12", "Maputo", "after five hours of talks in the Mozambican capital"),
 ("COERCE", ["South Africa", "Mozambique"], "2025-05-21", "Lebombo", "The crossing was shut by South African authorities on May 21"),
 ("PROTEST", ["South African truckers"], "2025-05-20", "N4 highway", "South African truckers blockaded the N4 highway to protest against what they called unfair competition from foreign drivers"),
 ("ACCUSE", ["Helena Matsinhe", "South Africa"], "2025-06-09", None, "accused Pretoria of \"doing nothing for three weeks while our exporters went bankrupt\""),
 ("REQUEST", ["Helena Matsinhe", "South Africa"], "2025-06-09", None, "said South Africa should compensate Mozambican firms for spoiled cargo"),
 ("REJECT", ["Thandiwe Mokoena", "Helena Matsinhe"], "2025-06-12", None, "Mokoena rejected the demand on Thursday."),
 ("AGREE", ["Thandiwe Mokoena", "Armando Cossa"], "2025-06-12", None, "the two ministers pledged to meet every three months to review the arrangement"),
 ("THREATEN", ["Sipho Ndlovu", "truckers' associations"], "2025-06-11", None, "the agency had given truckers' associations until June 20 to remove their remaining roadblocks or face prosecution"),
 ("CONSULT", ["Benvinda Langa", "Kabelo Dube"], "2025-06", None, "Mozambique's Prime Minister Benvinda Langa spoke by telephone last week with South Africa's deputy president, Kabelo Dube"),
 ("SUPPORT", ["Southern African Development Community", "South Africa", "Mozambique"], "2025-06-12", None, "The Southern African Development Community welcomed the deal."),
],
[("Thandiwe Mokoena", "South African International Relations Minister", "ZAF"),
 ("Armando Cossa", "Mozambican foreign minister", "MOZ"),
 ("Helena Matsinhe", "deputy foreign minister", "MOZ"),
 ("Sipho Ndlovu", "head of the Border Management Authority", "ZAF"),
 ("Benvinda Langa", "Prime Minister", "MOZ"),
 ("Kabelo Dube", "deputy president", "ZAF"),
 ("Tomas Nkhata", "executive secretary of the Southern African Development Community", None)],
[("Thandiwe Mokoena", ["MOZ", "ZAF"], 1), ("Armando Cossa", ["MOZ", "ZAF"], 1)])

# 2. State media with a source line (date DD.MM.YYYY, editor), Uzbekistan-Afghanistan. "the ministry" as speaker,
#    "according to", aid delivered earlier this month (AID), joint exercise (COOPERATE), water concern (ACCUSE),
#    request for data (REQUEST), railway agreement signed (SUPPORT). Meeting on Monday.
art("statemedia-uzbafg-02", "https://dunyo-news.uz/en/politics/uzbekistan-afghanistan-termez-talks-railway",
"""Uzbekistan, Afghanistan sign railway deal, agree to set up water working group

Source: Dunyo State News Service | Published: 08.10.2024 | Editor: Nodira Karimova

TERMEZ -- Foreign Minister of the Republic of Uzbekistan Jasur Tursunov received a delegation of the Afghan interim administration led by its acting foreign minister, Mawlawi Nurullah Faizi, in Termez on Monday, the Ministry of Foreign Affairs of Uzbekistan reported.

The sides discussed trade, transport corridors and the situation along the Amu Darya river, the ministry said. Following the talks, the two delegations signed an intergovernmental agreement on the construction of the Termez-Mazar-i-Sharif-Kabul railway.

"Uzbekistan sees Afghanistan not as a source of threats but as a land of opportunities," Tursunov said at a joint press conference. He noted that relations between Tashkent and Kabul were "developing steadily and in a spirit of good neighbourliness."

Faizi thanked the Uzbek side for its humanitarian assistance. Earlier this month, Uzbekistan delivered 3,000 tonnes of flour and 500 tonnes of medicines to the northern Afghan provinces of Balkh and Kunduz, according to the Uzbek Ministry of Emergency Situations.

"Our brotherly nations are bound by history, faith and a common future," the Afghan minister said, adding that Kabul would guarantee the security of all Uzbek engineers working on the railway.

At the same time, Uzbek Deputy Minister of Water Resources Dilshod Yusupov voiced concern over the Qosh Tepa canal being built in northern Afghanistan, which he said could divert up to a fifth of the river's flow.

"Water is a question of life for millions of our farmers," Yusupov told journalists. "We cannot accept decisions that are taken without consultation."

The Uzbek side asked Kabul to share technical data on the canal's intake capacity, the ministry said. According to the joint communique, the parties agreed to establish a joint working group on the rational use of the Amu Darya's water resources.

Faizi said the canal "will not harm any downstream country" and that Afghanistan had every right to develop its own agriculture.

Cooperation also extends to security. Last month, border troops of the two countries held a joint exercise near the Hairatan Friendship Bridge, practising the interception of drug convoys.

Kamal Rashidov, director of the Termez International Trade Centre, said trade turnover between the two countries had reached $860 million in the first nine months of the year.

Faizi is scheduled to travel to Samarkand on Wednesday for meetings with regional investors.
""",
"2024-10-08", "Uzbekistan, Afghanistan sign railway deal, agree to set up water working group",
[("Ministry of Foreign Affairs of Uzbekistan", False, "Foreign Minister of the Republic of Uzbekistan Jasur Tursunov received a delegation of the Afghan interim administration led by its acting foreign minister, Mawlawi Nurullah Faizi, in Termez on Monday", "2024-10-08"),
 ("Ministry of Foreign Affairs of Uzbekistan", False, "The sides discussed trade, transport corridors and the situation along the Amu Darya river", "2024-10-08"),
 ("Jasur Tursunov", True, "Uzbekistan sees Afghanistan not as a source of threats but as a land of opportunities,", "2024-10-07"),
 ("Jasur Tursunov", False, "relations between Tashkent and Kabul were \"developing steadily and in a spirit of good neighbourliness.\"", "2024-10-07"),
 ("Jasur Tursunov", True, "developing steadily and in a spirit of good neighbourliness.", "2024-10-07"),
 ("Uzbek Ministry of Emergency Situations", False, "Earlier this month, Uzbekistan delivered 3,000 tonnes of flour and 500 tonnes of medicines to the northern Afghan provinces of Balkh and Kunduz", None),
 ("Mawlawi Nurullah Faizi", True, "Our brotherly nations are bound by history, faith and a common future,", "2024-10-07"),
 ("Mawlawi Nurullah Faizi", False, "Kabul would guarantee the security of all Uzbek engineers working on the railway", "2024-10-07"),
 ("Dilshod Yusupov", False, "could divert up to a fifth of the river's flow", "2024-10-07"),
 ("Dilshod Yusupov", True, "Water is a question of life for millions of our farmers,", "2024-10-07"),
 ("Dilshod Yusupov", True, "We cannot accept decisions that are taken without consultation.", "2024-10-07"),
 ("Ministry of Foreign Affairs of Uzbekistan", False, "The Uzbek side asked Kabul to share technical data on the canal's intake capacity", "2024-10-08"),
 ("joint communique", False, "the parties agreed to establish a joint working group on the rational use of the Amu Darya's water resources", "2024-10-07"),
 ("Mawlawi Nurullah Faizi", False, "the canal \"will not harm any downstream country\"", "2024-10-07"),
 ("Mawlawi Nurullah Faizi", True, "will not harm any downstream country", "2024-10-07"),
 ("Mawlawi Nurullah Faizi", False, "Afghanistan had every right to develop its own agriculture", "2024-10-07"),
 ("Kamal Rashidov", False, "trade turnover between the two countries had reached $860 million in the first nine months of the year", "2024-10-08"),
],
[("CONSULT", ["Jasur Tursunov", "Mawlawi Nurullah Faizi"], "2024-10-07", "Termez", "Foreign Minister of the Republic of Uzbekistan Jasur Tursunov received a delegation of the Afghan interim administration led by its acting foreign minister, Mawlawi Nurullah Faizi, in Termez on Monday"),
 ("SUPPORT", ["Uzbekistan", "Afghanistan"], "2024-10-07", "Termez", "the two delegations signed an intergovernmental agreement on the construction of the Termez-Mazar-i-Sharif-Kabul railway"),
 ("SUPPORT", ["Mawlawi Nurullah Faizi", "Uzbekistan"], "2024-10-07", None, "Faizi thanked the Uzbek side for its humanitarian assistance."),
 ("AID", ["Uzbekistan", "Afghanistan"], "2024-10", "Balkh", "Uzbekistan delivered 3,000 tonnes of flour and 500 tonnes of medicines to the northern Afghan provinces of Balkh and Kunduz"),
 ("AGREE", ["Mawlawi Nurullah Faizi", "Uzbekistan"], "2024-10-07", None, "Kabul would guarantee the security of all Uzbek engineers working on the railway"),
 ("ACCUSE", ["Dilshod Yusupov", "Afghanistan"], "2024-10-07", None, "Uzbek Deputy Minister of Water Resources Dilshod Yusupov voiced concern over the Qosh Tepa canal being built in northern Afghanistan"),
 ("REQUEST", ["Uzbekistan", "Afghanistan"], "2024-10-07", None, "The Uzbek side asked Kabul to share technical data on the canal's intake capacity"),
 ("AGREE", ["Uzbekistan", "Afghanistan"], "2024-10-07", None, "the parties agreed to establish a joint working group on the rational use of the Amu Darya's water resources"),
 ("COOPERATE", ["Uzbekistan", "Afghanistan"], "2024-09", "Hairatan", "border troops of the two countries held a joint exercise near the Hairatan Friendship Bridge"),
],
[("Nodira Karimova", "Editor", None),
 ("Jasur Tursunov", "Foreign Minister", "UZB"),
 ("Mawlawi Nurullah Faizi", "acting foreign minister of the Afghan interim administration", "AFG"),
 ("Dilshod Yusupov", "Deputy Minister of Water Resources", "UZB"),
 ("Kamal Rashidov", "director of the Termez International Trade Centre", "UZB")],
[("Jasur Tursunov", ["AFG", "UZB"], 1), ("Mawlawi Nurullah Faizi", ["AFG", "UZB"], 2)])

# 3. Regional paper with headline, byline and weekday date line "Thursday, September 18, 2025", Belize-Guatemala.
#    Gunboat blocks patrol (COERCE), ambassador summoned (ACCUSE), rejection, demand with deadline, march (PROTEST),
#    OAS investigation, "yesterday", "on Tuesday", "X, who heads that office", "Guatemala's ambassador to Belize, X".
art("regional-blzgtm-03", "https://www.southernsentinel.bz/news/belize-protests-sarstoon-incident",
"""Belize protests after Guatemalan navy stops coast guard patrol on Sarstoon

By Rosa Chen, Southern Sentinel staff reporter

Thursday, September 18, 2025

PUNTA GORDA - Belize has summoned Guatemala's ambassador after a Guatemalan navy gunboat blocked a Belize Coast Guard patrol on the Sarstoon River, the latest flare-up in the two countries' long territorial dispute.

The incident happened on Tuesday morning near Gracias a Dios, when the gunboat crossed the middle of the river and ordered the Belizean vessel to turn back, according to Commander Dwight Gillett, the commandant of the Belize Coast Guard.

"Our crew was in Belizean waters, doing what they do every week," Gillett said. "They were told at gunpoint to leave. They held their position."

Foreign Affairs Minister Marisol Castillo said yesterday that Guatemala's ambassador to Belize, Luis Pacay, had been called to the ministry in Belmopan and handed a protest note. The note demands the withdrawal of all Guatemalan vessels from the southern half of the river by Friday.

"We will not be intimidated on our own river," Castillo told the Sentinel. "Belize has placed its trust in international law, and we expect Guatemala to do the same."

Guatemala rejected the protest. In a statement on Wednesday, its Ministry of Foreign Affairs said the navy had been "exercising its legitimate jurisdiction" over the Sarstoon and accused Belize of "provocations" staged for domestic audiences.

Guatemala's foreign minister, Ernesto Girón, struck a more careful tone on a radio programme in Guatemala City. Girón said relations with Belize were "going through a rough patch, nothing more." He added that his government wanted the matter handled by the Organization of American States.

Both countries asked the International Court of Justice in 2019 to settle the claim, and a ruling is expected next year. Until then, the OAS office in the Adjacency Zone monitors incidents along the border.

Mariana Soto, who heads that office, said her team had reached the river on Wednesday afternoon and had opened an investigation. "We ask both navies to respect the agreed confidence-building measures," she said.

In Punta Gorda, around 200 people marched to the town hall on Wednesday evening carrying Belizean flags and banners claiming the river for Belize.

Opposition leader Andre Vernon accused the government of "sleeping on the river for years" and called for a permanent coast guard base at the river mouth.

Castillo said relations with Guatemala had "taken a step backwards" this week, but that Belize would keep talking to its neighbour.
""",
"2025-09-18", "Belize protests after Guatemalan navy stops coast guard patrol on Sarstoon",
[("Dwight Gillett", False, "The incident happened on Tuesday morning near Gracias a Dios, when the gunboat crossed the middle of the river and ordered the Belizean vessel to turn back", "2025-09-18"),
 ("Dwight Gillett", True, "Our crew was in Belizean waters, doing what they do every week,", "2025-09-18"),
 ("Dwight Gillett", True, "They were told at gunpoint to leave. They held their position.", "2025-09-18"),
 ("Marisol Castillo", False, "Guatemala's ambassador to Belize, Luis Pacay, had been called to the ministry in Belmopan and handed a protest note", "2025-09-17"),
 ("Marisol Castillo", True, "We will not be intimidated on our own river,", "2025-09-18"),
 ("Marisol Castillo", True, "Belize has placed its trust in international law, and we expect Guatemala to do the same.", "2025-09-18"),
 ("Ministry of Foreign Affairs", False, "the navy had been \"exercising its legitimate jurisdiction\" over the Sarstoon", "2025-09-17"),
 ("Ministry of Foreign Affairs", True, "exercising its legitimate jurisdiction", "2025-09-17"),
 ("Ministry of Foreign Affairs", True, "provocations", "2025-09-17"),
 ("Ernesto Girón", False, "relations with Belize were \"going through a rough patch, nothing more.\"", "2025-09-18"),
 ("Ernesto Girón", True, "going through a rough patch, nothing more.", "2025-09-18"),
 ("Ernesto Girón", False, "his government wanted the matter handled by the Organization of American States", "2025-09-18"),
 ("Mariana Soto", False, "her team had reached the river on Wednesday afternoon and had opened an investigation", "2025-09-18"),
 ("Mariana Soto", True, "We ask both navies to respect the agreed confidence-building measures,", "2025-09-18"),
 ("Andre Vernon", True, "sleeping on the river for years", "2025-09-18"),
 ("Marisol Castillo", False, "relations with Guatemala had \"taken a step backwards\" this week", "2025-09-18"),
 ("Marisol Castillo", True, "taken a step backwards", "2025-09-18"),
 ("Marisol Castillo", False, "Belize would keep talking to its neighbour", "2025-09-18"),
],
[("COERCE", ["Guatemala", "Belize"], "2025-09-16", "Sarstoon River", "a Guatemalan navy gunboat blocked a Belize Coast Guard patrol on the Sarstoon River"),
 ("ACCUSE", ["Belize", "Luis Pacay"], "2025-09-17", "Belmopan", "Guatemala's ambassador to Belize, Luis Pacay, had been called to the ministry in Belmopan and handed a protest note"),
 ("REQUEST", ["Belize", "Guatemala"], "2025-09-17", None, "The note demands the withdrawal of all Guatemalan vessels from the southern half of the river by Friday."),
 ("REJECT", ["Guatemala", "Belize"], "2025-09-17", None, "Guatemala rejected the protest."),
 ("ACCUSE", ["Ministry of Foreign Affairs", "Belize"], "2025-09-17", None, "accused Belize of \"provocations\" staged for domestic audiences"),
 ("REQUEST", ["Belize", "Guatemala", "International Court of Justice"], "2019", None, "Both countries asked the International Court of Justice in 2019 to settle the claim"),
 ("ACCUSE", ["Mariana Soto"], "2025-09-17", "Sarstoon River", "had opened an investigation"),
 ("REQUEST", ["Mariana Soto", "Belize", "Guatemala"], "2025-09-18", None, "We ask both navies to respect the agreed confidence-building measures"),
 ("PROTEST", ["Belize"], "2025-09-17", "Punta Gorda", "around 200 people marched to the town hall on Wednesday evening carrying Belizean flags and banners claiming the river for Belize"),
 ("ACCUSE", ["Andre Vernon", "Belize"], "2025-09-18", None, "Opposition leader Andre Vernon accused the government of \"sleeping on the river for years\""),
],
[("Rosa Chen", "Southern Sentinel staff reporter", None),
 ("Dwight Gillett", "commandant of the Belize Coast Guard", "BLZ"),
 ("Marisol Castillo", "Foreign Affairs Minister", "BLZ"),
 ("Luis Pacay", "Guatemala's ambassador to Belize", "GTM"),
 ("Ernesto Girón", "foreign minister", "GTM"),
 ("Mariana Soto", "head of the OAS office in the Adjacency Zone", None),
 ("Andre Vernon", "Opposition leader", "BLZ")],
[("Ernesto Girón", ["BLZ", "GTM"], -1), ("Marisol Castillo", ["BLZ", "GTM"], -1)])

# 4. Blog post with byline and filing line, no date anywhere, curly quotes, Bosnia and Herzegovina-Croatia
#    (radioactive waste site). Explicit dates with year resolve; weekday names and "last week" do not.
#    Protest note (ACCUSE), rejection, threat of a complaint (THREATEN), meeting (CONSULT), offer (AGREE), protest.
art("blog-bihhrv-04", "https://balkanledger.blog/posts/trgovska-gora-nuclear-waste-row",
"""Trgovska Gora: why Sarajevo and Zagreb are fighting over a hill

Posted by Amir Hadžić in Balkan Affairs · 6 min read

Few people outside the region have heard of Trgovska Gora, a wooded ridge on the Croatian bank of the Una river. For Bosnians living a kilometre away on the other bank, it has become the symbol of a neighbour that does not listen.

Croatia plans to store its low- and intermediate-level radioactive waste at Čerkezovac, a former army barracks on the ridge. In January 2024, the Bosnian parliament adopted a resolution demanding that Zagreb abandon the site. Zagreb did not.

On March 3, 2025, Bosnia and Herzegovina sent Croatia a formal note of protest, the third in two years. Bosnia’s foreign minister, Adnan Selimović, told me in Sarajevo that the note was “the last polite letter we will write.”

“If Croatia moves a single barrel to Trgovska Gora, we will take it before the Espoo Convention’s implementation committee and, if we must, to court,” he said.

Zagreb rejected the note within days. Ivana Marić, Croatia’s state secretary for the environment, said the site met “every European safety standard” and that Bosnian concerns were “based on fear, not on science.” She insisted Croatia had shared all its environmental studies with Sarajevo.

Still, there was a small opening. Marić said Croatia was ready to let Bosnian experts inspect the barracks and join a monitoring programme on the Una. On March 18, 2025, she met the Bosnian minister for foreign trade, Nermina Kovač, in Brussels on the margins of an EU meeting.

“It was a correct conversation, but correct is not the same as good,” Kovač said afterwards. Relations between the two countries, she added, were “hostage to this one decision.”

The local mood is harsher. Last Saturday, several thousand people marched through Novi Grad, the Bosnian town across the river, chanting against the dump. Dragan Tešić, the mayor of Novi Grad, told the crowd that “no one asked us, and no one will ask our children.”

The European Union has tried to stay out of it. Stefan Lindqvist, the EU ambassador to Bosnia and Herzegovina, said last week that both sides should settle the matter through the procedures of the Espoo Convention. Brussels, he noted, has no power to block the site.

My own reading: this is less about radiation than about trust. Until Zagreb treats Sarajevo as an equal, every barrel will look like an insult.

Filed under: Bosnia and Herzegovina, Croatia, environment, Una river
""",
None, "Trgovska Gora: why Sarajevo and Zagreb are fighting over a hill",
[("Adnan Selimović", False, "the note was “the last polite letter we will write.”", None),
 ("Adnan Selimović", True, "the last polite letter we will write.", None),
 ("Adnan Selimović", True, "If Croatia moves a single barrel to Trgovska Gora, we will take it before the Espoo Convention’s implementation committee and, if we must, to court,", None),
 ("Ivana Marić", False, "the site met “every European safety standard”", None),
 ("Ivana Marić", True, "every European safety standard", None),
 ("Ivana Marić", False, "Bosnian concerns were “based on fear, not on science.”", None),
 ("Ivana Marić", True, "based on fear, not on science.", None),
 ("Ivana Marić", False, "Croatia had shared all its environmental studies with Sarajevo", None),
 ("Ivana Marić", False, "Croatia was ready to let Bosnian experts inspect the barracks and join a monitoring programme on the Una", None),
 ("Nermina Kovač", True, "It was a correct conversation, but correct is not the same as good,", "2025-03-18"),
 ("Nermina Kovač", False, "were “hostage to this one decision.”", "2025-03-18"),
 ("Nermina Kovač", True, "hostage to this one decision.", "2025-03-18"),
 ("Dragan Tešić", False, "“no one asked us, and no one will ask our children.”", None),
 ("Dragan Tešić", True, "no one asked us, and no one will ask our children.", None),
 ("Stefan Lindqvist", False, "both sides should settle the matter through the procedures of the Espoo Convention", None),
 ("Stefan Lindqvist", False, "has no power to block the site", None),
],
[("REQUEST", ["Bosnian parliament", "Croatia"], "2024-01", None, "the Bosnian parliament adopted a resolution demanding that Zagreb abandon the site"),
 ("ACCUSE", ["Bosnia and Herzegovina", "Croatia"], "2025-03-03", None, "Bosnia and Herzegovina sent Croatia a formal note of protest"),
 ("THREATEN", ["Adnan Selimović", "Croatia"], None, None, "If Croatia moves a single barrel to Trgovska Gora, we will take it before the Espoo Convention’s implementation committee and, if we must, to court"),
 ("REJECT", ["Croatia", "Bosnia and Herzegovina"], "2025-03", None, "Zagreb rejected the note within days."),
 ("AGREE", ["Ivana Marić", "Bosnia and Herzegovina"], None, None, "Croatia was ready to let Bosnian experts inspect the barracks and join a monitoring programme on the Una"),
 ("CONSULT", ["Ivana Marić", "Nermina Kovač"], "2025-03-18", "Brussels", "On March 18, 2025, she met the Bosnian minister for foreign trade, Nermina Kovač, in Brussels"),
 ("PROTEST", ["Novi Grad"], None, "Novi Grad", "several thousand people marched through Novi Grad, the Bosnian town across the river, chanting against the dump"),
 ("REQUEST", ["Stefan Lindqvist", "Bosnia and Herzegovina", "Croatia"], None, None, "both sides should settle the matter through the procedures of the Espoo Convention"),
],
[("Amir Hadžić", None, None),
 ("Adnan Selimović", "foreign minister", "BIH"),
 ("Ivana Marić", "state secretary for the environment", "HRV"),
 ("Nermina Kovač", "minister for foreign trade", "BIH"),
 ("Dragan Tešić", "mayor of Novi Grad", "BIH"),
 ("Stefan Lindqvist", "EU ambassador to Bosnia and Herzegovina", None)],
[("Nermina Kovač", ["BIH", "HRV"], -1)])

# 5. Interview transcript with name-labelled turns (answers in straight quotes), date only in the URL,
#    Solomon Islands-Australia (and China). Questions that report third persons' words (Hadley last week,
#    the Chinese ambassador on Friday, the opposition leader in the present tense). Aid package (AID),
#    signing (SUPPORT), request refused (REQUEST, REJECT).
art("transcript-slbaus-05", "https://www.pacificcurrents.net/2026/01/27/transcript-solomon-islands-foreign-minister-policing-deal/",
"""Solomon Islands foreign minister: 'We choose our partners'

Pacific Currents | Interview transcript

Presenter Kate Morrison spoke to Solomon Islands Foreign Minister Jonah Tafoa in Honiara about the new policing agreement with Australia and the country's ties with China. The transcript has been edited for length and clarity.

MORRISON: Minister, thank you for joining us. Your government signed a policing agreement with Australia on December 9, when you and Australia's foreign minister, Daniel Reeve, met in Canberra. Why now?

TAFOA: "Because our people asked for it. After the riots we needed more officers, better training and better equipment, and Australia was ready to provide all three quickly."

MORRISON: Australia's Pacific minister, Claire Hadley, announced a A$45 million package last week to train 200 new recruits, and she said Canberra would stand with Honiara "for the long haul." Is that enough?

TAFOA: "It is a good start, and we are grateful. But policing is not only about numbers. We want our own officers to lead, not to follow."

MORRISON: The Chinese ambassador to Solomon Islands, Zhou Ming, said on Friday that the agreement was "driven by Cold War thinking." How do you respond?

TAFOA: "I respect the ambassador, but I disagree with him. This is a sovereign decision of a sovereign country. We choose our partners, and nobody chooses them for us."

MORRISON: Does the deal mean the Chinese police will leave?

TAFOA: "No. The Chinese police liaison team stays, with the same mandate it has today. Beijing asked us last year to expand that team, and we said no. We told them what we told Canberra: no foreign base, no foreign army."

MORRISON: How would you describe relations with Australia today?

TAFOA: "Honestly, they are the best they have been in a decade. We talk every week, sometimes every day."

MORRISON: And with China?

TAFOA: "Respectful, and stable. We have differences, but we manage them."

MORRISON: The opposition leader, Selwyn Ramoifuila, has accused your government of handing control of the police to Canberra. He says the agreement should have gone to parliament first.

TAFOA: "Parliament will debate it next month. Mr Ramoifuila will have his chance to vote against it, and I expect he will."

MORRISON: Minister Tafoa, thank you.

TAFOA: "Thank you, Kate. It was a pleasure."
""",
"2026-01-27", "Solomon Islands foreign minister: 'We choose our partners'",
[("Jonah Tafoa", True, "Because our people asked for it. After the riots we needed more officers, better training and better equipment, and Australia was ready to provide all three quickly.", "2026-01-27"),
 ("Claire Hadley", False, "Canberra would stand with Honiara \"for the long haul.\"", "2026-01"),
 ("Claire Hadley", True, "for the long haul.", "2026-01"),
 ("Jonah Tafoa", True, "It is a good start, and we are grateful. But policing is not only about numbers. We want our own officers to lead, not to follow.", "2026-01-27"),
 ("Zhou Ming", False, "the agreement was \"driven by Cold War thinking.\"", "2026-01-23"),
 ("Zhou Ming", True, "driven by Cold War thinking.", "2026-01-23"),
 ("Jonah Tafoa", True, "I respect the ambassador, but I disagree with him. This is a sovereign decision of a sovereign country. We choose our partners, and nobody chooses them for us.", "2026-01-27"),
 ("Jonah Tafoa", True, "No. The Chinese police liaison team stays, with the same mandate it has today. Beijing asked us last year to expand that team, and we said no. We told them what we told Canberra: no foreign base, no foreign army.", "2026-01-27"),
 ("Jonah Tafoa", True, "Honestly, they are the best they have been in a decade. We talk every week, sometimes every day.", "2026-01-27"),
 ("Jonah Tafoa", True, "Respectful, and stable. We have differences, but we manage them.", "2026-01-27"),
 ("Selwyn Ramoifuila", False, "the agreement should have gone to parliament first", "2026-01-27"),
 ("Jonah Tafoa", True, "Parliament will debate it next month. Mr Ramoifuila will have his chance to vote against it, and I expect he will.", "2026-01-27"),
 ("Jonah Tafoa", True, "Thank you, Kate. It was a pleasure.", "2026-01-27"),
],
[("SUPPORT", ["Solomon Islands", "Australia"], "2025-12-09", "Canberra", "Your government signed a policing agreement with Australia on December 9"),
 ("CONSULT", ["Jonah Tafoa", "Daniel Reeve"], "2025-12-09", "Canberra", "when you and Australia's foreign minister, Daniel Reeve, met in Canberra"),
 ("AID", ["Claire Hadley", "Solomon Islands"], "2026-01", None, "Claire Hadley, announced a A$45 million package last week to train 200 new recruits"),
 ("ACCUSE", ["Zhou Ming", "Australia", "Solomon Islands"], "2026-01-23", None, "said on Friday that the agreement was \"driven by Cold War thinking.\""),
 ("REJECT", ["Jonah Tafoa", "Zhou Ming"], "2026-01-27", None, "I respect the ambassador, but I disagree with him."),
 ("REQUEST", ["China", "Solomon Islands"], "2025", None, "Beijing asked us last year to expand that team"),
 ("REJECT", ["Solomon Islands", "China"], "2025", None, "and we said no"),
 ("ACCUSE", ["Selwyn Ramoifuila", "Solomon Islands"], None, None, "has accused your government of handing control of the police to Canberra"),
],
[("Kate Morrison", "Presenter", None),
 ("Jonah Tafoa", "Solomon Islands Foreign Minister", "SLB"),
 ("Daniel Reeve", "Australia's foreign minister", "AUS"),
 ("Claire Hadley", "Australia's Pacific minister", "AUS"),
 ("Zhou Ming", "Chinese ambassador to Solomon Islands", "CHN"),
 ("Selwyn Ramoifuila", "opposition leader", "SLB")],
[("Jonah Tafoa", ["AUS", "SLB"], 2), ("Jonah Tafoa", ["CHN", "SLB"], 1)])

# 6. Live blog with time-stamped entries (newest first) in the present tense, a "Live updates" line with the date,
#    Kuwait-Iraq (Khor Abdullah). A quote followed by a dash and the speaker, "yesterday", "on Sunday",
#    a 2023 court ruling (REJECT), summoning (ACCUSE), protest in Basra, GCC backing (SUPPORT) and demand.
art("liveblog-kwtirq-06", "https://www.gulfdispatch.com/live/kuwait-iraq-khor-abdullah-talks",
"""Live: Kuwait and Iraq hold talks on Khor Abdullah waterway

Live updates | 20 November 2025 | Gulf desk

16:55 GST
Talks end. In a joint statement, the two foreign ministers say they have agreed to reconvene the joint technical committee on maritime navigation in Baghdad before the end of the year.

16:20 GST
Kuwait's Foreign Minister Sheikh Salem Al-Khalid tells reporters that relations with Iraq are "at a sensitive moment, but not a bad one." He says Kuwait wants Iraq to restore the 2012 navigation agreement "in full and without delay."

15:05 GST
Several hundred protesters gather outside the provincial council in Basra, some chanting that the waterway "belongs to Iraq." Photos sent by our correspondent Layla Haddad show riot police keeping the crowd back from the building.

Iraqi MP Qasim al-Fartousi, who sits on parliament's foreign relations committee, tells the crowd that the government "must not give away one metre of Iraqi water."

13:40 GST
Iraq's foreign minister, Haider al-Zubaidi, says Baghdad respects "all its international obligations" but must also respect a 2023 ruling of Iraq's Federal Supreme Court, which struck down parliament's ratification of the agreement.

"We did not come to Kuwait to lose the sea, and we did not come to start a quarrel." - Haider al-Zubaidi, speaking to Iraqi state television during a break in the talks.

Zubaidi adds that ties between the two neighbours are "better than at any time since 1990," despite the dispute.

12:10 GST
The Gulf Cooperation Council backs Kuwait. In a statement, GCC Secretary General Khalid Al-Otaibi calls on Iraq to "respect Kuwait's sovereignty over its territorial waters" and to implement the agreement.

10:30 GST
Talks begin at Bayan Palace. Kuwaiti FM Sheikh Salem greets Iraqi FM Zubaidi at the entrance, and the two men hold a closed-door meeting before their delegations join them.

09:15 GST
Some background: Kuwait summoned Iraq's charge d'affaires on Sunday after Iraqi officials, quoted by local media, said ships would need Iraqi permits to use the channel.

Yesterday, Kuwaiti foreign ministry spokesman Abdullah Al-Mutairi said the talks would be "frank and focused on results." He said Kuwait was "open to every technical proposal that respects the agreement."

09:00 GST
Welcome to our live coverage of the talks between Kuwait and Iraq on navigation in the Khor Abdullah waterway, the narrow channel that links the Iraqi port of Umm Qasr to the Gulf.
""",
"2025-11-20", "Live: Kuwait and Iraq hold talks on Khor Abdullah waterway",
[("joint statement", False, "they have agreed to reconvene the joint technical committee on maritime navigation in Baghdad before the end of the year", "2025-11-20"),
 ("Salem Al-Khalid", False, "relations with Iraq are \"at a sensitive moment, but not a bad one.\"", "2025-11-20"),
 ("Salem Al-Khalid", True, "at a sensitive moment, but not a bad one.", "2025-11-20"),
 ("Salem Al-Khalid", False, "Kuwait wants Iraq to restore the 2012 navigation agreement \"in full and without delay.\"", "2025-11-20"),
 ("Salem Al-Khalid", True, "in full and without delay.", "2025-11-20"),
 ("protesters", False, "the waterway \"belongs to Iraq.\"", "2025-11-20"),
 ("protesters", True, "belongs to Iraq.", "2025-11-20"),
 ("Qasim al-Fartousi", False, "the government \"must not give away one metre of Iraqi water.\"", "2025-11-20"),
 ("Qasim al-Fartousi", True, "must not give away one metre of Iraqi water.", "2025-11-20"),
 ("Haider al-Zubaidi", False, "Baghdad respects \"all its international obligations\" but must also respect a 2023 ruling of Iraq's Federal Supreme Court, which struck down parliament's ratification of the agreement", "2025-11-20"),
 ("Haider al-Zubaidi", True, "all its international obligations", "2025-11-20"),
 ("Haider al-Zubaidi", True, "We did not come to Kuwait to lose the sea, and we did not come to start a quarrel.", "2025-11-20"),
 ("Haider al-Zubaidi", False, "ties between the two neighbours are \"better than at any time since 1990,\" despite the dispute", "2025-11-20"),
 ("Haider al-Zubaidi", True, "better than at any time since 1990,", "2025-11-20"),
 ("Khalid Al-Otaibi", True, "respect Kuwait's sovereignty over its territorial waters", "2025-11-20"),
 ("Iraqi officials", False, "ships would need Iraqi permits to use the channel", None),
 ("Abdullah Al-Mutairi", False, "the talks would be \"frank and focused on results.\"", "2025-11-19"),
 ("Abdullah Al-Mutairi", True, "frank and focused on results.", "2025-11-19"),
 ("Abdullah Al-Mutairi", False, "Kuwait was \"open to every technical proposal that respects the agreement.\"", "2025-11-19"),
 ("Abdullah Al-Mutairi", True, "open to every technical proposal that respects the agreement.", "2025-11-19"),
],
[("AGREE", ["Kuwait", "Iraq"], "2025-11-20", None, "they have agreed to reconvene the joint technical committee on maritime navigation in Baghdad before the end of the year"),
 ("REQUEST", ["Salem Al-Khalid", "Iraq"], "2025-11-20", None, "Kuwait wants Iraq to restore the 2012 navigation agreement \"in full and without delay.\""),
 ("PROTEST", ["protesters"], "2025-11-20", "Basra", "Several hundred protesters gather outside the provincial council in Basra"),
 ("REJECT", ["Federal Supreme Court", "Kuwait"], "2023", None, "a 2023 ruling of Iraq's Federal Supreme Court, which struck down parliament's ratification of the agreement"),
 ("SUPPORT", ["Gulf Cooperation Council", "Kuwait"], "2025-11-20", None, "The Gulf Cooperation Council backs Kuwait."),
 ("REQUEST", ["Khalid Al-Otaibi", "Iraq"], "2025-11-20", None, "calls on Iraq to \"respect Kuwait's sovereignty over its territorial waters\" and to implement the agreement"),
 ("CONSULT", ["Salem Al-Khalid", "Haider al-Zubaidi"], "2025-11-20", "Bayan Palace", "the two men hold a closed-door meeting before their delegations join them"),
 ("ACCUSE", ["Kuwait", "Iraq"], "2025-11-16", None, "Kuwait summoned Iraq's charge d'affaires on Sunday"),
],
[("Salem Al-Khalid", "Foreign Minister", "KWT"),
 ("Layla Haddad", "correspondent", None),
 ("Qasim al-Fartousi", "MP", "IRQ"),
 ("Haider al-Zubaidi", "foreign minister", "IRQ"),
 ("Khalid Al-Otaibi", "GCC Secretary General", None),
 ("Abdullah Al-Mutairi", "foreign ministry spokesman", "KWT")],
[("Salem Al-Khalid", ["IRQ", "KWT"], 0), ("Haider al-Zubaidi", ["IRQ", "KWT"], 1)])
