# Part A of the fifth held-out set (articles 1-6): text + gold, written by hand.
# art(...) is defined by ../holdout/build.py, which runs this file.

# 1. Reuters-style wire story: dateline, "(Reporting by ...; Editing by ...)" at the end. Ghana-Togo.
#    Roles after the name, "X, who heads ...", "last week", "on Monday", "yesterday", passive closure.
art("wire-ghatgo-01", "https://www.harbourwire.com/world/africa/2025/03/12/ghana-togo-agree-joint-border-patrols/",
"""Ghana and Togo agree joint patrols after deadly border clash

ACCRA, March 12 (Harbour Wire) - Ghana and Togo agreed on Wednesday to launch joint police patrols along their shared border, a week after a clash between Ghanaian customs officers and suspected fuel smugglers near Aflao left two people dead.

The agreement was reached in Accra at talks between Ghana's foreign minister, Efua Boateng, and Togolese Foreign Minister Komlan Agbodjan, the Ghanaian foreign ministry said in a statement.

"Criminal networks do not respect our border, so our police must not stop at it either," Boateng told reporters after the meeting. "We have agreed to share intelligence in real time."

Police from the two countries already carried out a first joint operation near Aflao on Sunday, seizing 12,000 litres of fuel, officials said.

Togolese FM Agbodjan said Togo would deploy an additional 200 gendarmes to the district facing Aflao by the end of the month. He described relations between Lome and Accra as "closer than they have been in a decade."

The two ministers also agreed to reopen the Aflao crossing to pedestrians from Thursday. It was closed by Ghanaian authorities on March 5 after the shooting.

Togo had demanded an inquiry into the deaths, one of whom was a Togolese national. Last week, Togo's interior minister, Yao Dzidzogbe, accused Ghanaian officers of using "excessive force" against unarmed traders.

Ghana's Customs Division, which is headed by Commissioner Daniel Owusu-Ampem, rejected that account on Monday, saying its officers had been fired on first. Owusu-Ampem told a local radio station yesterday that the smugglers had been carrying "rifles, not just jerrycans."

Asked about the dispute, Boateng said Ghana had agreed to a joint investigation led by the ECOWAS Commission and would publish its findings.

ECOWAS Commission President Abdoulaye Sy welcomed the agreement and urged both governments to move quickly on a regional fuel-pricing plan, according to a statement from Abuja.

Fuel smuggling across the border has surged since pump prices in the two countries diverged last year.

Traders in Aflao said the closure had cost them a week of income. "We are not criminals, we are mothers feeding our children," said Mawuena Kpodo, a cloth seller at the Aflao market.

The two ministers are due to meet again in Lome in June to review the patrols.

(Reporting by Kwame Asante in Accra and Afi Mensah in Lome; Editing by Peter Hollis)
""",
"2025-03-12", "Ghana and Togo agree joint patrols after deadly border clash",
[("Ghanaian foreign ministry", False, "The agreement was reached in Accra at talks between Ghana's foreign minister, Efua Boateng, and Togolese Foreign Minister Komlan Agbodjan", "2025-03-12"),
 ("Efua Boateng", True, "Criminal networks do not respect our border, so our police must not stop at it either,", "2025-03-12"),
 ("Efua Boateng", True, "We have agreed to share intelligence in real time.", "2025-03-12"),
 ("officials", False, "Police from the two countries already carried out a first joint operation near Aflao on Sunday, seizing 12,000 litres of fuel", "2025-03-12"),
 ("Komlan Agbodjan", False, "Togo would deploy an additional 200 gendarmes to the district facing Aflao by the end of the month", "2025-03-12"),
 ("Komlan Agbodjan", True, "closer than they have been in a decade.", "2025-03-12"),
 ("Yao Dzidzogbe", True, "excessive force", "2025-03"),
 ("Customs Division", False, "its officers had been fired on first", "2025-03-10"),
 ("Daniel Owusu-Ampem", False, "the smugglers had been carrying \"rifles, not just jerrycans.\"", "2025-03-11"),
 ("Daniel Owusu-Ampem", True, "rifles, not just jerrycans.", "2025-03-11"),
 ("Efua Boateng", False, "Ghana had agreed to a joint investigation led by the ECOWAS Commission and would publish its findings", "2025-03-12"),
 ("Traders in Aflao", False, "the closure had cost them a week of income", "2025-03-12"),
 ("Mawuena Kpodo", True, "We are not criminals, we are mothers feeding our children,", "2025-03-12"),
],
[("AGREE", ["Ghana", "Togo"], "2025-03-12", None, "Ghana and Togo agreed on Wednesday to launch joint police patrols along their shared border"),
 ("ASSAULT", ["Ghanaian customs officers", "suspected fuel smugglers"], "2025-03", "Aflao", "a clash between Ghanaian customs officers and suspected fuel smugglers near Aflao left two people dead"),
 ("CONSULT", ["Efua Boateng", "Komlan Agbodjan"], "2025-03-12", "Accra", "talks between Ghana's foreign minister, Efua Boateng, and Togolese Foreign Minister Komlan Agbodjan"),
 ("COOPERATE", ["Ghana", "Togo"], "2025-03-09", "Aflao", "Police from the two countries already carried out a first joint operation near Aflao on Sunday"),
 ("MOBILIZE", ["Togo"], "2025-03-12", None, "Togo would deploy an additional 200 gendarmes to the district facing Aflao"),
 ("AGREE", ["Efua Boateng", "Komlan Agbodjan"], "2025-03-12", None, "The two ministers also agreed to reopen the Aflao crossing to pedestrians from Thursday"),
 ("COERCE", ["Ghana", "Togo"], "2025-03-05", "Aflao", "It was closed by Ghanaian authorities on March 5"),
 ("REQUEST", ["Togo", "Ghana"], None, None, "Togo had demanded an inquiry into the deaths"),
 ("ACCUSE", ["Yao Dzidzogbe", "Ghana"], "2025-03", None, "accused Ghanaian officers of using \"excessive force\" against unarmed traders"),
 ("REJECT", ["Customs Division", "Yao Dzidzogbe"], "2025-03-10", None, "rejected that account on Monday"),
 ("AGREE", ["Ghana", "ECOWAS Commission"], None, None, "Ghana had agreed to a joint investigation led by the ECOWAS Commission"),
 ("SUPPORT", ["Abdoulaye Sy", "Ghana", "Togo"], None, None, "ECOWAS Commission President Abdoulaye Sy welcomed the agreement"),
 ("REQUEST", ["Abdoulaye Sy", "Ghana", "Togo"], None, None, "urged both governments to move quickly on a regional fuel-pricing plan"),
],
[("Efua Boateng", "foreign minister", "GHA"), ("Komlan Agbodjan", "Foreign Minister", "TGO"),
 ("Yao Dzidzogbe", "interior minister", "TGO"), ("Daniel Owusu-Ampem", "Commissioner", "GHA"),
 ("Abdoulaye Sy", "ECOWAS Commission President", None), ("Mawuena Kpodo", "cloth seller", "GHA"),
 ("Kwame Asante", None, None), ("Afi Mensah", None, None), ("Peter Hollis", None, None)],
[("Komlan Agbodjan", ["GHA", "TGO"], 2)])

# 2. AFP-style story: dateline in capitals with the agency in brackets, date only in the URL, staff
#    initials at the end. Peru-Chile, with Venezuela. Summoning, note of protest, phone call on Monday.
art("afp-perchl-02", "https://www.andespresse.com/en/2024/08/21/peru-troops-chile-border-migrants",
"""Peru sends troops to Chile border as stranded migrants pile up

LIMA (Andes Presse) - Peru deployed soldiers to its southern border with Chile on Wednesday and declared a 60-day state of emergency in the Tacna region, where hundreds of migrants have been stranded since Chile tightened controls at the Chacalluta crossing.

"We will not allow Tacna to become a camp for people that another country has decided to push out," Peru's Interior Minister Walter Quispe told a news conference in Lima.

Quispe said about 400 soldiers and police would reinforce the Santa Rosa border post and that the army had set up a field kitchen for families camped by the highway.

Most of those stranded are Venezuelans who left Chile after Santiago launched a campaign of expulsions of irregular migrants in July. Chilean police have since stepped up checks on the roads leading north, according to Peruvian officials.

Chile's Undersecretary of the Interior, Manuel Ortuzar, rejected Peruvian criticism on Tuesday. "Chile is not expelling anyone into Peru. People are leaving our country voluntarily, and Peru has a duty to manage its own border," he told Radio Cooperativa.

In Lima, Foreign Minister Rosa Elena Tapia summoned the Chilean ambassador, Andres Valdivieso, and handed him a note of protest, the foreign ministry said. The note asks Santiago to restart a humanitarian corridor that had allowed Venezuelans to travel on to Ecuador.

Tapia called relations with Chile "solid but strained by this crisis". She said she had spoken by telephone with her Chilean counterpart, Javiera Montt, on Monday and that both had agreed to convene the binational border committee in Arica next week.

Montt, in a post on social media, said the call had been "frank and useful" and that Chile remained "committed to a regional solution".

The UN refugee agency UNHCR said on Tuesday that at least 350 people, including 90 children, were sleeping in the open at temperatures close to freezing. Its representative in Peru, Federico Lanz, urged both countries on Wednesday to "put people before paperwork".

Venezuela's government accused Chile of "xenophobic persecution" of its citizens and said it would send planes to fly home any migrant who wanted to return.

jrm/lc/dva
""",
"2024-08-21", "Peru sends troops to Chile border as stranded migrants pile up",
[("Walter Quispe", True, "We will not allow Tacna to become a camp for people that another country has decided to push out,", "2024-08-21"),
 ("Walter Quispe", False, "about 400 soldiers and police would reinforce the Santa Rosa border post", "2024-08-21"),
 ("Walter Quispe", False, "the army had set up a field kitchen for families camped by the highway", "2024-08-21"),
 ("Peruvian officials", False, "Chilean police have since stepped up checks on the roads leading north", "2024-08-21"),
 ("Manuel Ortuzar", True, "Chile is not expelling anyone into Peru. People are leaving our country voluntarily, and Peru has a duty to manage its own border,", "2024-08-20"),
 ("foreign ministry", False, "Foreign Minister Rosa Elena Tapia summoned the Chilean ambassador, Andres Valdivieso, and handed him a note of protest", "2024-08-21"),
 ("Rosa Elena Tapia", True, "solid but strained by this crisis", "2024-08-21"),
 ("Rosa Elena Tapia", False, "she had spoken by telephone with her Chilean counterpart, Javiera Montt, on Monday and that both had agreed to convene the binational border committee in Arica next week", "2024-08-21"),
 ("Javiera Montt", False, "the call had been \"frank and useful\" and that Chile remained \"committed to a regional solution\"", "2024-08-21"),
 ("Javiera Montt", True, "frank and useful", "2024-08-21"),
 ("Javiera Montt", True, "committed to a regional solution", "2024-08-21"),
 ("UNHCR", False, "at least 350 people, including 90 children, were sleeping in the open at temperatures close to freezing", "2024-08-20"),
 ("Federico Lanz", True, "put people before paperwork", "2024-08-21"),
 ("Venezuela's government", True, "xenophobic persecution", "2024-08-21"),
 ("Venezuela's government", False, "it would send planes to fly home any migrant who wanted to return", "2024-08-21"),
],
[("MOBILIZE", ["Peru"], "2024-08-21", "Tacna", "Peru deployed soldiers to its southern border with Chile on Wednesday"),
 ("COERCE", ["Chile"], "2024-07", None, "Santiago launched a campaign of expulsions of irregular migrants in July"),
 ("REJECT", ["Manuel Ortuzar", "Peru"], "2024-08-20", None, "Manuel Ortuzar, rejected Peruvian criticism on Tuesday"),
 ("ACCUSE", ["Rosa Elena Tapia", "Andres Valdivieso", "Chile"], "2024-08-21", "Lima", "Foreign Minister Rosa Elena Tapia summoned the Chilean ambassador, Andres Valdivieso, and handed him a note of protest"),
 ("REQUEST", ["Peru", "Chile"], "2024-08-21", None, "The note asks Santiago to restart a humanitarian corridor"),
 ("CONSULT", ["Rosa Elena Tapia", "Javiera Montt"], "2024-08-19", None, "she had spoken by telephone with her Chilean counterpart, Javiera Montt, on Monday"),
 ("AGREE", ["Rosa Elena Tapia", "Javiera Montt"], "2024-08-19", None, "both had agreed to convene the binational border committee in Arica next week"),
 ("REQUEST", ["Federico Lanz", "Peru", "Chile"], "2024-08-21", None, "urged both countries on Wednesday to \"put people before paperwork\""),
 ("ACCUSE", ["Venezuela's government", "Chile"], None, None, "Venezuela's government accused Chile of \"xenophobic persecution\" of its citizens"),
],
[("Walter Quispe", "Interior Minister", "PER"), ("Manuel Ortuzar", "Undersecretary of the Interior", "CHL"),
 ("Rosa Elena Tapia", "Foreign Minister", "PER"), ("Andres Valdivieso", "Chilean ambassador", "CHL"),
 ("Javiera Montt", "Chilean foreign minister", "CHL"), ("Federico Lanz", "UNHCR representative in Peru", None)],
[("Rosa Elena Tapia", ["CHL", "PER"], 0), ("Javiera Montt", ["CHL", "PER"], 1)])

# 3. Government readout of a phone call: letterhead, place-and-date line, "READOUT:" headline as a whole
#    line, no URL, "Minister X" / "the Turkmen side" / "the parties". Kazakhstan-Turkmenistan.
art("readout-kaztkm-03", None,
"""Ministry of Foreign Affairs of the Republic of Kazakhstan
Press Service

Astana, 14 October 2025

READOUT: Telephone conversation between the Foreign Ministers of Kazakhstan and Turkmenistan

On 14 October 2025, Minister of Foreign Affairs of the Republic of Kazakhstan Nurlan Seitkali held a telephone conversation with the Minister of Foreign Affairs of Turkmenistan, Serdar Annamuradov.

The ministers discussed the implementation of agreements reached during the state visit of the President of Turkmenistan to Astana in August, as well as cooperation in transport, energy and water management.

Minister Seitkali noted that relations between Kazakhstan and Turkmenistan were "at the level of strategic partnership and steadily moving forward". He stressed that Astana attached particular importance to the Trans-Caspian International Transport Route.

For his part, Minister Annamuradov thanked the Kazakh side for its humanitarian assistance to flood-affected districts of Lebap province in September, when Kazakhstan sent 40 tonnes of food, medicine and tents. He said Ashgabat supported the Kazakh proposal to expand the Bolashak-Serhetyaka railway crossing and was ready to set up a joint working group.

The parties agreed to hold the next meeting of the Intergovernmental Commission on Economic Cooperation in Ashgabat before the end of the year. The commission is co-chaired by Deputy Prime Minister of Kazakhstan Aibek Zhunusov and Deputy Chairman of the Cabinet of Ministers of Turkmenistan Myrat Orazov.

Particular attention was paid to the situation in the Caspian Sea. Minister Seitkali expressed concern over the decline in the sea's water level and called on all littoral states to pool their scientific resources. Turkmenistan's minister said Ashgabat would host an expert meeting on the issue in November.

The sides also discussed the temporary suspension of Kazakh grain shipments through the Turkmen port of Turkmenbashi, which was imposed by Turkmen authorities on 2 October for what Ashgabat described as "technical reasons". Minister Annamuradov assured his counterpart that traffic would resume "within days".

The Turkmen side accepted an invitation to take part in the Astana International Forum next spring.

At the end of the conversation, the ministers confirmed their mutual commitment to further strengthening Kazakh-Turkmen relations of good-neighbourliness, friendship and strategic partnership.

"Our two countries are bound by history, by geography and by a common vision of the future of Central Asia," Minister Seitkali said after the call.

For media enquiries: Aigerim Baimukhanova, Head of the Press Service
""",
"2025-10-14", "READOUT: Telephone conversation between the Foreign Ministers of Kazakhstan and Turkmenistan",
[("Nurlan Seitkali", False, "relations between Kazakhstan and Turkmenistan were \"at the level of strategic partnership and steadily moving forward\"", "2025-10-14"),
 ("Nurlan Seitkali", True, "at the level of strategic partnership and steadily moving forward", "2025-10-14"),
 ("Nurlan Seitkali", False, "Astana attached particular importance to the Trans-Caspian International Transport Route", "2025-10-14"),
 ("Serdar Annamuradov", False, "Ashgabat supported the Kazakh proposal to expand the Bolashak-Serhetyaka railway crossing and was ready to set up a joint working group", "2025-10-14"),
 ("Serdar Annamuradov", False, "Ashgabat would host an expert meeting on the issue in November", "2025-10-14"),
 ("Ashgabat", True, "technical reasons", None),
 ("Serdar Annamuradov", False, "traffic would resume \"within days\"", "2025-10-14"),
 ("Serdar Annamuradov", True, "within days", "2025-10-14"),
 ("Nurlan Seitkali", True, "Our two countries are bound by history, by geography and by a common vision of the future of Central Asia,", "2025-10-14"),
],
[("CONSULT", ["Nurlan Seitkali", "Serdar Annamuradov"], "2025-10-14", None, "Nurlan Seitkali held a telephone conversation with the Minister of Foreign Affairs of Turkmenistan, Serdar Annamuradov"),
 ("CONSULT", ["Turkmenistan", "Kazakhstan"], "2025-08", "Astana", "the state visit of the President of Turkmenistan to Astana in August"),
 ("SUPPORT", ["Serdar Annamuradov", "Kazakhstan"], "2025-10-14", None, "Minister Annamuradov thanked the Kazakh side for its humanitarian assistance"),
 ("AID", ["Kazakhstan", "Turkmenistan"], "2025-09", "Lebap province", "Kazakhstan sent 40 tonnes of food, medicine and tents"),
 ("SUPPORT", ["Serdar Annamuradov", "Kazakhstan"], "2025-10-14", None, "Ashgabat supported the Kazakh proposal to expand the Bolashak-Serhetyaka railway crossing"),
 ("AGREE", ["Serdar Annamuradov", "Kazakhstan"], "2025-10-14", None, "was ready to set up a joint working group"),
 ("AGREE", ["Kazakhstan", "Turkmenistan"], "2025-10-14", None, "The parties agreed to hold the next meeting of the Intergovernmental Commission on Economic Cooperation in Ashgabat"),
 ("REQUEST", ["Nurlan Seitkali"], "2025-10-14", None, "called on all littoral states to pool their scientific resources"),
 ("COERCE", ["Turkmenistan", "Kazakhstan"], "2025-10-02", "Turkmenbashi", "the temporary suspension of Kazakh grain shipments through the Turkmen port of Turkmenbashi, which was imposed by Turkmen authorities on 2 October"),
 ("AGREE", ["Serdar Annamuradov", "Kazakhstan"], "2025-10-14", None, "assured his counterpart that traffic would resume"),
 ("AGREE", ["Turkmenistan", "Kazakhstan"], "2025-10-14", None, "The Turkmen side accepted an invitation to take part in the Astana International Forum"),
 ("AGREE", ["Nurlan Seitkali", "Serdar Annamuradov"], "2025-10-14", None, "the ministers confirmed their mutual commitment to further strengthening Kazakh-Turkmen relations"),
],
[("Nurlan Seitkali", "Minister of Foreign Affairs", "KAZ"), ("Serdar Annamuradov", "Minister of Foreign Affairs", "TKM"),
 ("Aibek Zhunusov", "Deputy Prime Minister", "KAZ"), ("Myrat Orazov", "Deputy Chairman of the Cabinet of Ministers", "TKM"),
 ("Aigerim Baimukhanova", "Head of the Press Service", "KAZ")],
[("Nurlan Seitkali", ["KAZ", "TKM"], 2)])

# 4. Parliamentary debate report: byline with a role, weekday date line, MPs with roles after the name,
#    "X, who leads ...", minister answering in the chamber, Serbian reaction "yesterday". Montenegro-Serbia.
art("parl-mnesrb-04", "https://www.adriaticobserver.me/politics/parliament-resolution-serbia-interference",
"""Montenegro's parliament condemns Belgrade 'interference' after heated debate

By Milica Radovic, parliamentary correspondent
Thursday, 6 November 2025

PODGORICA - Montenegro's parliament on Wednesday adopted a resolution condemning what it called Serbian interference in the country's internal affairs, after a nine-hour debate that exposed deep divisions over relations with Belgrade.

The resolution, drafted by the foreign affairs committee, passed by 43 votes to 31. It calls on the government to demand the recall of the Serbian ambassador, Dragan Stefanovic, within 30 days.

Opening the debate, committee chair Ana Vujosevic said the ambassador had "crossed every line a diplomat may cross" by attending a rally last month at which speakers questioned Montenegro's independence.

"We are not against Serbia. We are against anyone who treats Montenegro as a province," she told deputies.

Opposition MPs accused the coalition of staging a crisis. Goran Lalevic, who leads the pro-Serbian Popular Unity group, said the resolution would "poison relations between two brotherly peoples for a generation."

Amer Kurtagic, a deputy from the Bosniak Party, backed the text but warned that "resolutions do not replace diplomacy."

Foreign Minister Petar Raicevic told the chamber that the government would "study the resolution carefully". Relations with Belgrade, he said, were "going through a difficult phase", and he had raised the ambassador's conduct with his Serbian counterpart, Nenad Pavlovic, in Belgrade on October 21.

Belgrade reacted within hours. The Serbian foreign ministry summoned Montenegro's charge d'affaires on Wednesday evening and said the resolution was "an unfriendly act". It also rejected Vujosevic's remarks that Stefanovic had behaved "like a party activist, not a diplomat".

Pavlovic told the state broadcaster RTS yesterday that Belgrade would respond "proportionately" if Stefanovic were expelled.

The head of the EU delegation in Podgorica, Johanna Lind, said in a statement on Wednesday that good neighbourly relations remained a key condition on Montenegro's path to membership.

Montenegro expelled a Serbian ambassador once before, in 2020, after he described the country's 1918 union with Serbia as a liberation. Serbia responded by expelling Montenegro's envoy, though both decisions were later reversed.

Outside the building, a few dozen opposition supporters waved Serbian flags and chanted against the resolution as deputies voted.

The government has 30 days to respond to the resolution.
""",
"2025-11-06", "Montenegro's parliament condemns Belgrade 'interference' after heated debate",
[("Ana Vujosevic", False, "the ambassador had \"crossed every line a diplomat may cross\" by attending a rally last month at which speakers questioned Montenegro's independence", "2025-11-05"),
 ("Ana Vujosevic", True, "crossed every line a diplomat may cross", "2025-11-05"),
 ("Ana Vujosevic", True, "We are not against Serbia. We are against anyone who treats Montenegro as a province,", "2025-11-05"),
 ("Goran Lalevic", False, "the resolution would \"poison relations between two brotherly peoples for a generation.\"", "2025-11-05"),
 ("Goran Lalevic", True, "poison relations between two brotherly peoples for a generation.", "2025-11-05"),
 ("Amer Kurtagic", True, "resolutions do not replace diplomacy.", "2025-11-05"),
 ("Petar Raicevic", False, "the government would \"study the resolution carefully\"", "2025-11-05"),
 ("Petar Raicevic", True, "study the resolution carefully", "2025-11-05"),
 ("Petar Raicevic", False, "were \"going through a difficult phase\", and he had raised the ambassador's conduct with his Serbian counterpart, Nenad Pavlovic, in Belgrade on October 21", "2025-11-05"),
 ("Petar Raicevic", True, "going through a difficult phase", "2025-11-05"),
 ("Serbian foreign ministry", False, "the resolution was \"an unfriendly act\"", "2025-11-05"),
 ("Serbian foreign ministry", True, "an unfriendly act", "2025-11-05"),
 ("Ana Vujosevic", False, "Stefanovic had behaved \"like a party activist, not a diplomat\"", None),
 ("Ana Vujosevic", True, "like a party activist, not a diplomat", None),
 ("Nenad Pavlovic", False, "Belgrade would respond \"proportionately\" if Stefanovic were expelled", "2025-11-05"),
 ("Nenad Pavlovic", True, "proportionately", "2025-11-05"),
 ("Johanna Lind", False, "good neighbourly relations remained a key condition on Montenegro's path to membership", "2025-11-05"),
],
[("ACCUSE", ["Montenegro's parliament", "Serbia"], "2025-11-05", None, "Montenegro's parliament on Wednesday adopted a resolution condemning what it called Serbian interference"),
 ("REQUEST", ["Montenegro's parliament", "Dragan Stefanovic"], "2025-11-05", None, "It calls on the government to demand the recall of the Serbian ambassador, Dragan Stefanovic, within 30 days."),
 ("ACCUSE", ["Ana Vujosevic", "Dragan Stefanovic"], "2025-11-05", None, "the ambassador had \"crossed every line a diplomat may cross\""),
 ("ACCUSE", ["Opposition MPs", "coalition"], "2025-11-05", None, "Opposition MPs accused the coalition of staging a crisis."),
 ("SUPPORT", ["Amer Kurtagic", "Montenegro's parliament"], "2025-11-05", None, "backed the text"),
 ("CONSULT", ["Petar Raicevic", "Nenad Pavlovic"], "2025-10-21", "Belgrade", "he had raised the ambassador's conduct with his Serbian counterpart, Nenad Pavlovic, in Belgrade on October 21"),
 ("ACCUSE", ["Serbian foreign ministry", "Montenegro"], "2025-11-05", "Belgrade", "The Serbian foreign ministry summoned Montenegro's charge d'affaires on Wednesday evening"),
 ("REJECT", ["Serbian foreign ministry", "Ana Vujosevic"], "2025-11-05", None, "It also rejected Vujosevic's remarks"),
 ("PROTEST", ["opposition supporters"], "2025-11-05", "Podgorica", "a few dozen opposition supporters waved Serbian flags and chanted against the resolution"),
 ("THREATEN", ["Nenad Pavlovic", "Montenegro"], "2025-11-05", None, "Belgrade would respond \"proportionately\" if Stefanovic were expelled"),
 ("SANCTION", ["Montenegro", "Serbia"], "2020", None, "Montenegro expelled a Serbian ambassador once before, in 2020"),
 ("SANCTION", ["Serbia", "Montenegro"], "2020", None, "Serbia responded by expelling Montenegro's envoy"),
 ("RETREAT", ["Montenegro", "Serbia"], None, None, "both decisions were later reversed"),
],
[("Milica Radovic", "parliamentary correspondent", None), ("Dragan Stefanovic", "Serbian ambassador", "SRB"),
 ("Ana Vujosevic", "committee chair", "MNE"), ("Goran Lalevic", "leader of the Popular Unity group", "MNE"),
 ("Amer Kurtagic", "deputy from the Bosniak Party", "MNE"), ("Petar Raicevic", "Foreign Minister", "MNE"),
 ("Nenad Pavlovic", "Serbian foreign minister", "SRB"), ("Johanna Lind", "head of the EU delegation in Podgorica", None)],
[("Goran Lalevic", ["MNE", "SRB"], -1), ("Petar Raicevic", ["MNE", "SRB"], -1), ("Serbian foreign ministry", ["MNE", "SRB"], -1)])

# 5. Summit communique story: the communique as a speaker, a reservation, sideline meeting on Wednesday,
#    date only in the URL, curly quotes. Papua New Guinea-Indonesia, Melanesian Spearhead Group.
art("summit-pngidn-05", "https://www.pacificledger.com/news/2025-08-28/msg-summit-communique-papua",
"""Melanesian leaders press Jakarta on Papua as PNG urges ‘quiet diplomacy’

PORT VILA, Vanuatu – Leaders of the Melanesian Spearhead Group ended their summit in Port Vila on Thursday with a communique calling on Indonesia to allow a United Nations human rights mission to visit its Papua provinces “without further delay”.

The communique, adopted after two days of closed-door talks, also expressed “deep concern” over reports of civilian displacement in the highlands, and the leaders agreed to send a ministerial delegation to Jakarta before the end of the year.

Papua New Guinea, which shares a 760-km land border with Indonesia, signed the communique but entered a reservation on the paragraph on the UN mission. Prime Minister Joseph Kaupa told reporters that PNG preferred “quiet diplomacy” with its neighbour.

“Indonesia is our biggest neighbour and we have a border to manage together. Shouting at Jakarta from Port Vila will not help one family in Papua,” PM Kaupa said.

Kaupa said he had met Indonesian Deputy Foreign Minister Arief Santoso on the sidelines of the summit on Wednesday and that the two had agreed to reconvene their Joint Border Committee in Jayapura in October. He described ties with Jakarta as “the best they have been in years”.

Indonesia, an associate member of the group, rejected the call. Santoso said Jakarta “will not accept interference in the domestic affairs of a sovereign state” and that a visit by the UN human rights office had been “under discussion for some time”. Relations with Port Moresby, he added, were “growing stronger every year”.

The summit host, Vanuatu Prime Minister Kalo Tabimasmas, made no secret of his view. “The people of West Papua are our Melanesian brothers and sisters. We cannot be silent,” he said at the closing ceremony.

Fiji’s foreign minister, Lisiate Rokodi, said Suva backed the communique in full.

The United Liberation Movement for West Papua, whose spokesman Yosia Kogoya attended as an observer, welcomed the communique and repeated its request for full membership of the group. Leaders deferred a decision to their next summit.

The group’s director-general, Sakiusa Tuiloma, said the ministerial delegation would be led by Vanuatu’s foreign minister and would include PNG.
""",
"2025-08-28", "Melanesian leaders press Jakarta on Papua as PNG urges ‘quiet diplomacy’",
[("communique", True, "without further delay", "2025-08-28"),
 ("communique", True, "deep concern", "2025-08-28"),
 ("Joseph Kaupa", False, "PNG preferred “quiet diplomacy” with its neighbour", "2025-08-28"),
 ("Joseph Kaupa", True, "quiet diplomacy", "2025-08-28"),
 ("Joseph Kaupa", True, "Indonesia is our biggest neighbour and we have a border to manage together. Shouting at Jakarta from Port Vila will not help one family in Papua,", "2025-08-28"),
 ("Joseph Kaupa", False, "he had met Indonesian Deputy Foreign Minister Arief Santoso on the sidelines of the summit on Wednesday and that the two had agreed to reconvene their Joint Border Committee in Jayapura in October", "2025-08-28"),
 ("Joseph Kaupa", True, "the best they have been in years", "2025-08-28"),
 ("Arief Santoso", False, "Jakarta “will not accept interference in the domestic affairs of a sovereign state” and that a visit by the UN human rights office had been “under discussion for some time”", "2025-08-28"),
 ("Arief Santoso", True, "will not accept interference in the domestic affairs of a sovereign state", "2025-08-28"),
 ("Arief Santoso", True, "under discussion for some time", "2025-08-28"),
 ("Arief Santoso", False, "were “growing stronger every year”", "2025-08-28"),
 ("Arief Santoso", True, "growing stronger every year", "2025-08-28"),
 ("Kalo Tabimasmas", True, "The people of West Papua are our Melanesian brothers and sisters. We cannot be silent,", "2025-08-28"),
 ("Lisiate Rokodi", False, "Suva backed the communique in full", "2025-08-28"),
 ("Sakiusa Tuiloma", False, "the ministerial delegation would be led by Vanuatu’s foreign minister and would include PNG", "2025-08-28"),
],
[("CONSULT", ["Melanesian Spearhead Group"], "2025-08-28", "Port Vila", "Leaders of the Melanesian Spearhead Group ended their summit in Port Vila on Thursday"),
 ("REQUEST", ["Melanesian Spearhead Group", "Indonesia"], "2025-08-28", None, "a communique calling on Indonesia to allow a United Nations human rights mission to visit its Papua provinces"),
 ("ACCUSE", ["Melanesian Spearhead Group", "Indonesia"], "2025-08-28", None, "also expressed “deep concern” over reports of civilian displacement in the highlands"),
 ("AGREE", ["Melanesian Spearhead Group", "Indonesia"], "2025-08-28", None, "the leaders agreed to send a ministerial delegation to Jakarta before the end of the year"),
 ("SUPPORT", ["Papua New Guinea", "Melanesian Spearhead Group"], "2025-08-28", None, "Papua New Guinea, which shares a 760-km land border with Indonesia, signed the communique"),
 ("REJECT", ["Papua New Guinea", "Melanesian Spearhead Group"], "2025-08-28", None, "entered a reservation on the paragraph on the UN mission"),
 ("CONSULT", ["Joseph Kaupa", "Arief Santoso"], "2025-08-27", "Port Vila", "he had met Indonesian Deputy Foreign Minister Arief Santoso on the sidelines of the summit on Wednesday"),
 ("AGREE", ["Joseph Kaupa", "Arief Santoso"], "2025-08-27", None, "the two had agreed to reconvene their Joint Border Committee in Jayapura in October"),
 ("REJECT", ["Indonesia", "Melanesian Spearhead Group"], "2025-08-28", None, "Indonesia, an associate member of the group, rejected the call."),
 ("SUPPORT", ["Lisiate Rokodi", "Melanesian Spearhead Group"], None, None, "Suva backed the communique in full"),
 ("SUPPORT", ["United Liberation Movement for West Papua", "Melanesian Spearhead Group"], None, None, "welcomed the communique"),
 ("REQUEST", ["United Liberation Movement for West Papua", "Melanesian Spearhead Group"], None, None, "repeated its request for full membership of the group"),
],
[("Joseph Kaupa", "Prime Minister", "PNG"), ("Arief Santoso", "Indonesian Deputy Foreign Minister", "IDN"),
 ("Kalo Tabimasmas", "Vanuatu Prime Minister", "VUT"), ("Lisiate Rokodi", "foreign minister", "FJI"),
 ("Yosia Kogoya", "spokesman", None), ("Sakiusa Tuiloma", "director-general", None)],
[("Joseph Kaupa", ["IDN", "PNG"], 2), ("Arief Santoso", ["IDN", "PNG"], 1)])

# 6. Fact-check piece: "CLAIM:" / "VERDICT:" blocks, claims in quotes with a dash and the speaker and a
#    date, "Published D | By X" line. Moldova-Russia, with Ukraine and the European Commission.
art("factcheck-mdarus-06", "https://www.verificat.md/en/fact-check-moldova-gas-crisis-claims",
"""FACT CHECK: Did Russia cut off gas to Moldova, and who is to blame?

Published 3 February 2025 | By Irina Ceban, Verificat

Claims about the gas crisis in Moldova's breakaway Transnistria region have spread widely since Gazprom halted supplies on January 1. We checked four statements made by politicians in Chisinau and Moscow.

CLAIM: "Moscow is using gas as a weapon to destabilise Moldova before our parliamentary elections." - Prime Minister Victor Lungu, January 8

VERDICT: Mostly true. Gazprom stopped deliveries citing a debt of some $709 million, a figure Moldova disputes; an international audit in 2022 put it at less than $9 million. Transit through Ukraine ended when Kyiv declined to renew its contract with Gazprom, but supplies could have continued via the TurkStream pipeline, energy analyst Sorin Munteanu of the Expert-Grup think tank told Verificat.

CLAIM: "Chisinau is blocking humanitarian aid to Transnistria." - Russian foreign ministry spokeswoman Yelena Kornilova, at a briefing on January 15

VERDICT: False. Moldova offered on January 10 to supply Transnistria with electricity and to buy gas on its behalf, according to government documents seen by Verificat. The separatist authorities in Tiraspol rejected the offer, saying they would accept only Russian gas.

CLAIM: "The European Union has abandoned Moldova." - opposition deputy Igor Rusu, in a television interview on January 22

VERDICT: False. The European Commission announced on January 29 a 250 million euro energy support package for Moldova, including direct budget support and funds to buy electricity for Transnistria. Brussels had already pledged emergency gas purchases in December.

CLAIM: "Relations with Russia are at their lowest point since independence." - Foreign Minister Elena Girlea, January 20

VERDICT: True. Moldova expelled three Russian diplomats in December after accusing them of interfering in its presidential election, and Moscow responded by expelling two Moldovan diplomats. Direct flights between the two countries have been suspended since 2022, and Chisinau left several bodies of the Commonwealth of Independent States last year.

Girlea told Verificat that she stood by her statement. "Our door is open to any country that respects our sovereignty. Russia has chosen not to walk through it," she said.

Russia's embassy in Chisinau did not respond to a request for comment.

How we rate claims: True, Mostly true, Misleading, False. Read our methodology.
""",
"2025-02-03", "FACT CHECK: Did Russia cut off gas to Moldova, and who is to blame?",
[("Victor Lungu", True, "Moscow is using gas as a weapon to destabilise Moldova before our parliamentary elections.", "2025-01-08"),
 ("Sorin Munteanu", False, "supplies could have continued via the TurkStream pipeline", "2025-02-03"),
 ("Yelena Kornilova", True, "Chisinau is blocking humanitarian aid to Transnistria.", "2025-01-15"),
 ("government documents", False, "Moldova offered on January 10 to supply Transnistria with electricity and to buy gas on its behalf", None),
 ("Tiraspol", False, "they would accept only Russian gas", None),
 ("Igor Rusu", True, "The European Union has abandoned Moldova.", "2025-01-22"),
 ("Elena Girlea", True, "Relations with Russia are at their lowest point since independence.", "2025-01-20"),
 ("Elena Girlea", False, "she stood by her statement", "2025-02-03"),
 ("Elena Girlea", True, "Our door is open to any country that respects our sovereignty. Russia has chosen not to walk through it,", "2025-02-03"),
],
[("COERCE", ["Gazprom", "Moldova"], "2025-01-01", None, "Gazprom halted supplies on January 1"),
 ("ACCUSE", ["Victor Lungu", "Russia"], "2025-01-08", None, "Moscow is using gas as a weapon to destabilise Moldova"),
 ("REJECT", ["Ukraine", "Gazprom"], None, None, "Kyiv declined to renew its contract with Gazprom"),
 ("ACCUSE", ["Yelena Kornilova", "Moldova"], "2025-01-15", None, "Chisinau is blocking humanitarian aid to Transnistria."),
 ("AGREE", ["Moldova", "Tiraspol"], "2025-01-10", None, "Moldova offered on January 10 to supply Transnistria with electricity and to buy gas on its behalf"),
 ("REJECT", ["Tiraspol", "Moldova"], None, None, "The separatist authorities in Tiraspol rejected the offer"),
 ("ACCUSE", ["Igor Rusu", "European Union"], "2025-01-22", None, "The European Union has abandoned Moldova."),
 ("AID", ["European Commission", "Moldova"], "2025-01-29", None, "The European Commission announced on January 29 a 250 million euro energy support package for Moldova"),
 ("AID", ["Brussels", "Moldova"], "2024-12", None, "Brussels had already pledged emergency gas purchases in December"),
 ("SANCTION", ["Moldova", "Russia"], "2024-12", None, "Moldova expelled three Russian diplomats in December"),
 ("ACCUSE", ["Moldova", "Russia"], "2024-12", None, "accusing them of interfering in its presidential election"),
 ("SANCTION", ["Russia", "Moldova"], "2024-12", None, "Moscow responded by expelling two Moldovan diplomats"),
 ("SANCTION", ["Moldova", "Commonwealth of Independent States"], "2024", None, "Chisinau left several bodies of the Commonwealth of Independent States last year"),
],
[("Irina Ceban", None, None), ("Victor Lungu", "Prime Minister", "MDA"), ("Sorin Munteanu", "energy analyst", None),
 ("Yelena Kornilova", "foreign ministry spokeswoman", "RUS"), ("Igor Rusu", "opposition deputy", "MDA"),
 ("Elena Girlea", "Foreign Minister", "MDA")],
[("Elena Girlea", ["MDA", "RUS"], -2)])
