# Part A of the held-out set (articles 1-6): text + gold, written by hand.
# art(...) is defined by ../holdout/build.py, which runs this file.

# 1. Wire service with dateline, straight quotes, interrupted quote. Japan-South Korea.
art("wire-jpkor-01", "https://www.wirewatch-news.com/world/asia-pacific/2024/03/14/japan-south-korea-restart-economic-dialogue/",
"""TOKYO, March 14 (Wirewatch) - Japan and South Korea agreed on Thursday to restart a high-level economic dialogue that has been frozen since 2019, the latest sign of a thaw between the two U.S. allies after years of disputes over wartime history.

Japanese Foreign Minister Kenji Morimoto and his South Korean counterpart Park Seo-yeon held talks in Tokyo for nearly three hours, officials from both sides said.

"We have turned a difficult page," Morimoto told reporters after the meeting, "and now the task is to fill the next one with concrete cooperation."

Park said the two governments would set up a working group on supply chains for semiconductors and batteries before the end of June. She described the talks as "frank and forward-looking."

"Relations between Seoul and Tokyo are better today than at any time in the past decade," Park said. "But we must not be complacent, because the history issues have not disappeared."

The two ministers also agreed to resume regular exchanges between their coast guards, according to a joint statement released by Japan's Foreign Ministry.

Not everything went smoothly. Park raised Seoul's concerns over a Japanese school textbook review and asked Tokyo to "show sincerity" on the issue of wartime forced labour. Morimoto said Japan had explained its position and would continue to do so.

A South Korean official, who asked not to be named, said a summit between the two countries' leaders could take place in the autumn, but no date had been set.

Ties have improved steadily since 2023, when the leaders of the two countries resumed mutual visits after a 12-year gap. Business groups in both countries have welcomed the rapprochement, and two-way tourism has hit record levels this year, with more than nine million trips recorded in 2023 alone.

Analysts cautioned that the improvement remains vulnerable to domestic politics in both capitals, where public opinion on the colonial past remains sharply divided.
""",
"2024-03-14", None,
[("Japan's Foreign Ministry", False, "The two ministers also agreed to resume regular exchanges between their coast guards", None),
 ("officials from both sides", False, "Japanese Foreign Minister Kenji Morimoto and his South Korean counterpart Park Seo-yeon held talks in Tokyo for nearly three hours", "2024-03-14"),
 ("Kenji Morimoto", True, "We have turned a difficult page,", "2024-03-14"),
 ("Kenji Morimoto", True, "and now the task is to fill the next one with concrete cooperation.", "2024-03-14"),
 ("Park Seo-yeon", False, "the two governments would set up a working group on supply chains for semiconductors and batteries before the end of June", "2024-03-14"),
 ("Park Seo-yeon", True, "frank and forward-looking.", "2024-03-14"),
 ("Park Seo-yeon", True, "Relations between Seoul and Tokyo are better today than at any time in the past decade,", "2024-03-14"),
 ("Park Seo-yeon", True, "But we must not be complacent, because the history issues have not disappeared.", "2024-03-14"),
 ("Park Seo-yeon", True, "show sincerity", "2024-03-14"),
 ("Kenji Morimoto", False, "Japan had explained its position and would continue to do so", "2024-03-14"),
 ("South Korean official", False, "a summit between the two countries' leaders could take place in the autumn, but no date had been set", None),
 ("Analysts", False, "the improvement remains vulnerable to domestic politics in both capitals, where public opinion on the colonial past remains sharply divided", None),
],
[("AGREE", ["Japan", "South Korea"], "2024-03-14", None, "Japan and South Korea agreed on Thursday to restart a high-level economic dialogue"),
 ("CONSULT", ["Kenji Morimoto", "Park Seo-yeon"], "2024-03-14", "Tokyo", "Japanese Foreign Minister Kenji Morimoto and his South Korean counterpart Park Seo-yeon held talks in Tokyo"),
 ("AGREE", ["Kenji Morimoto", "Park Seo-yeon"], "2024-03-14", None, "The two ministers also agreed to resume regular exchanges between their coast guards"),
 ("REQUEST", ["Park Seo-yeon", "Japan"], "2024-03-14", None, "asked Tokyo to \"show sincerity\" on the issue of wartime forced labour"),
 ("CONSULT", ["Japan", "South Korea"], "2023", None, "the leaders of the two countries resumed mutual visits after a 12-year gap"),
],
[("Kenji Morimoto", "Japanese Foreign Minister", "JPN"), ("Park Seo-yeon", "South Korean Foreign Minister", "KOR")],
[("Kenji Morimoto", ["JPN", "KOR"], 1), ("Park Seo-yeon", ["JPN", "KOR"], 1), ("Analysts", ["JPN", "KOR"], 0)])

# 2. State-media style, headline + source line, date only in text/URL path without slashes. China-India. Female spokeswoman, "according to", denial.
art("statemedia-cnind-02", "http://english.newsagency-cn.com/20241022/8f3a1c2d9e/c.html",
"""China, India reach resolution on border issues: FM spokeswoman

Source: Xinhua-style Wire | 2024-10-22 21:04:15 | Editor: Liu Fang

BEIJING, Oct. 22 -- China and India have reached a resolution on relevant issues concerning the China-India border area through close communication via diplomatic and military channels, Chinese Foreign Ministry spokeswoman Hua Lingyun said Tuesday.

China appreciates the positive efforts made by both sides, Hua told a regular press briefing, adding that China will work with India to implement the resolution properly.

"Frontier troops of the two sides have started the disengagement process at the two friction points as agreed," the spokeswoman said, noting that the work was "proceeding smoothly."

Hua said the two neighbours, as ancient civilizations and major developing countries, should "view and handle bilateral relations from a strategic height and long-term perspective."

"A sound and stable China-India relationship serves the fundamental interests of the two peoples," she said. "It is also conducive to peace, stability and prosperity in the region and the world."

Asked about remarks by Indian opposition lawmaker Rohan Mehta, who accused Beijing of "nibbling" at Indian territory, Hua said the claims were groundless and urged Indian politicians to stop making irresponsible remarks.

The Chinese side denied reports that its troops had set up new posts in the Depsang plains in recent weeks.

According to the spokeswoman, the two sides held the 31st meeting of the Working Mechanism for Consultation and Coordination on China-India Border Affairs in New Delhi in late August, where they had "frank, constructive and forward-looking" exchanges.

The Chinese Foreign Ministry said the special representatives of the two countries would hold a new round of talks at an appropriate time.

Relations between the two Asian giants deteriorated sharply after a deadly clash in the Galwan Valley in June 2020. Since then, the two sides have held more than 20 rounds of corps commander-level talks.
""",
"2024-10-22", "China, India reach resolution on border issues: FM spokeswoman",
[("Hua Lingyun", False, "China and India have reached a resolution on relevant issues concerning the China-India border area through close communication via diplomatic and military channels", "2024-10-22"),
 ("Hua Lingyun", False, "China appreciates the positive efforts made by both sides", "2024-10-22"),
 ("Hua Lingyun", False, "China will work with India to implement the resolution properly", "2024-10-22"),
 ("Hua Lingyun", True, "Frontier troops of the two sides have started the disengagement process at the two friction points as agreed,", "2024-10-22"),
 ("Hua Lingyun", False, "the work was \"proceeding smoothly.\"", "2024-10-22"),
 ("Hua Lingyun", True, "proceeding smoothly.", "2024-10-22"),
 ("Hua Lingyun", False, "the two neighbours, as ancient civilizations and major developing countries, should \"view and handle bilateral relations from a strategic height and long-term perspective.\"", "2024-10-22"),
 ("Hua Lingyun", True, "view and handle bilateral relations from a strategic height and long-term perspective.", "2024-10-22"),
 ("Hua Lingyun", True, "A sound and stable China-India relationship serves the fundamental interests of the two peoples,", "2024-10-22"),
 ("Hua Lingyun", True, "It is also conducive to peace, stability and prosperity in the region and the world.", "2024-10-22"),
 ("Rohan Mehta", True, "nibbling", None),
 ("Hua Lingyun", False, "the claims were groundless", "2024-10-22"),
 ("Hua Lingyun", False, "the two sides held the 31st meeting of the Working Mechanism for Consultation and Coordination on China-India Border Affairs in New Delhi in late August, where they had \"frank, constructive and forward-looking\" exchanges", "2024-10-22"),
 ("Hua Lingyun", True, "frank, constructive and forward-looking", "2024-10-22"),
 ("Chinese Foreign Ministry", False, "the special representatives of the two countries would hold a new round of talks at an appropriate time", "2024-10-22"),
],
[("AGREE", ["China", "India"], None, None, "China and India have reached a resolution on relevant issues concerning the China-India border area"),
 ("RETREAT", ["China", "India"], None, None, "Frontier troops of the two sides have started the disengagement process at the two friction points"),
 ("ACCUSE", ["Rohan Mehta", "China"], None, None, "accused Beijing of \"nibbling\" at Indian territory"),
 ("REJECT", ["Hua Lingyun", "Rohan Mehta"], "2024-10-22", None, "Hua said the claims were groundless"),
 ("REQUEST", ["Hua Lingyun", "India"], "2024-10-22", None, "urged Indian politicians to stop making irresponsible remarks"),
 ("SUPPORT", ["China", "India"], "2024-10-22", None, "China appreciates the positive efforts made by both sides"),
 ("CONSULT", ["China", "India"], "2024-08", "New Delhi", "the two sides held the 31st meeting of the Working Mechanism for Consultation and Coordination on China-India Border Affairs in New Delhi in late August"),
 ("ASSAULT", ["China", "India"], "2020-06", "Galwan Valley", "a deadly clash in the Galwan Valley in June 2020"),
 ("CONSULT", ["China", "India"], None, None, "the two sides have held more than 20 rounds of corps commander-level talks"),
],
[("Hua Lingyun", "Chinese Foreign Ministry spokeswoman", "CHN"), ("Rohan Mehta", "Indian opposition lawmaker", "IND"), ("Liu Fang", "Editor", None)],
[("Hua Lingyun", ["CHN", "IND"], 1)])

# 3. Blog repost with boilerplate, curly quotes, Turkey-Greece, setback.
art("blog-turgrc-03", "https://aegeanwatchblog.net/posts/athens-summons-turkish-envoy-airspace",
"""Athens summons Turkish envoy as airspace row flares again

By Nikos Pappas | Aegean Watch

Share this: Facebook | X | WhatsApp | Email

Greece’s Foreign Ministry summoned Turkey’s ambassador on Wednesday to protest what it called a “flagrant violation” of Greek airspace by Turkish fighter jets over the eastern Aegean, ending a months-long lull in a dispute that had seemed to be cooling.

Foreign Ministry spokeswoman Eleni Kostaki said Turkish F-16s had entered Greek airspace 14 times in a single day and twice flew over the inhabited island of Agathonisi.

“This is unacceptable behaviour from a country that claims to want calm waters,” Kostaki told reporters in Athens. “We expect Ankara to stop these provocations immediately.”

She added that Greece would raise the matter with NATO and the European Union.

Read more: Greek and Turkish leaders pledge “positive agenda” at Athens summit

Ankara rejected the complaint. In a written statement, Turkey’s Ministry of National Defence said its aircraft had carried out “routine training flights in international airspace” and accused Greece of militarising islands whose demilitarised status is guaranteed by treaty.

Turkish Defence Ministry spokesman Murat Aksoy went further. “Greece should stop trying to turn the Aegean into a Greek lake,” he said. He said Turkey would “not hesitate to protect its rights” in the region.

The flare-up comes less than a year after the two NATO neighbours signed a joint declaration on friendly relations in Athens, which committed both sides to avoid statements and actions that could harm bilateral ties.

Kostaki said the declaration “has not been buried,” but that it meant nothing unless it was respected in practice.

“The relationship is going backwards, and it is not Athens that is moving it backwards,” she said.

Read more: Why the Aegean remains NATO’s most stubborn internal dispute

Tags: Greece, Turkey, Aegean, NATO
Share this article
""",
None, "Athens summons Turkish envoy as airspace row flares again",
[("Greece’s Foreign Ministry", True, "flagrant violation", None),
 ("Eleni Kostaki", False, "Turkish F-16s had entered Greek airspace 14 times in a single day and twice flew over the inhabited island of Agathonisi", None),
 ("Eleni Kostaki", True, "This is unacceptable behaviour from a country that claims to want calm waters,", None),
 ("Eleni Kostaki", True, "We expect Ankara to stop these provocations immediately.", None),
 ("Eleni Kostaki", False, "Greece would raise the matter with NATO and the European Union", None),
 ("Turkey’s Ministry of National Defence", False, "its aircraft had carried out “routine training flights in international airspace”", None),
 ("Turkey’s Ministry of National Defence", True, "routine training flights in international airspace", None),
 ("Murat Aksoy", True, "Greece should stop trying to turn the Aegean into a Greek lake,", None),
 ("Murat Aksoy", False, "Turkey would “not hesitate to protect its rights” in the region", None),
 ("Murat Aksoy", True, "not hesitate to protect its rights", None),
 ("Eleni Kostaki", False, "the declaration “has not been buried,” but that it meant nothing unless it was respected in practice", None),
 ("Eleni Kostaki", True, "has not been buried,", None),
 ("Eleni Kostaki", True, "The relationship is going backwards, and it is not Athens that is moving it backwards,", None),
],
[("ACCUSE", ["Greece’s Foreign Ministry", "Turkey"], None, None, "Greece’s Foreign Ministry summoned Turkey’s ambassador on Wednesday to protest"),
 ("REQUEST", ["Eleni Kostaki", "Turkey"], None, None, "We expect Ankara to stop these provocations immediately."),
 ("REJECT", ["Turkey", "Greece"], None, None, "Ankara rejected the complaint."),
 ("ACCUSE", ["Turkey’s Ministry of National Defence", "Greece"], None, None, "accused Greece of militarising islands"),
 ("REQUEST", ["Murat Aksoy", "Greece"], None, None, "Greece should stop trying to turn the Aegean into a Greek lake,"),
 ("THREATEN", ["Murat Aksoy", "Greece"], None, None, "Turkey would “not hesitate to protect its rights” in the region"),
 ("SUPPORT", ["Greece", "Turkey"], None, "Athens", "the two NATO neighbours signed a joint declaration on friendly relations in Athens"),
 ("ACCUSE", ["Eleni Kostaki", "Turkey"], None, None, "This is unacceptable behaviour from a country that claims to want calm waters,"),
],
[("Nikos Pappas", "author", None), ("Eleni Kostaki", "Foreign Ministry spokeswoman", "GRC"), ("Murat Aksoy", "Turkish Defence Ministry spokesman", "TUR")],
[("Eleni Kostaki", ["GRC", "TUR"], -2), ("Murat Aksoy", ["GRC", "TUR"], -1)])

# 4. Regional paper, headline + date line, pronoun chains, female speaker. Germany-Poland.
art("regional-deupol-04", None,
"""Border town caught in the middle as Berlin and Warsaw trade barbs over reparations

September 5, 2023

FRANKFURT (ODER) — On the bridge that links this city with Słubice on the Polish bank of the Oder, traffic moved slowly on Tuesday as German police carried out spot checks. Twenty kilometres away, in a conference hall, the two countries' interior ministers were trying to keep a quarrel over migration from spilling into the wider relationship.

German Interior Minister Thomas Brandauer and his Polish counterpart Agnieszka Wrona met for two hours and agreed to set up joint patrols along the border by the end of the year, according to a statement from the German ministry.

Wrona struck a conciliatory tone at first. She told reporters that cooperation between the two police forces had "never been closer." Then she turned to history.

"Germany has never settled its account for the destruction of Poland during the Second World War," she said. "We are not asking for charity. We are asking for justice."

Warsaw has demanded 1.3 trillion euros in war reparations from Berlin, a claim that Germany considers legally closed. Brandauer repeated that position on Tuesday. He said the question of reparations had been settled and that Germany would not reopen it.

He added, however, that Germany was ready to do more to commemorate Polish victims. "We know what we owe to our neighbours, and we will not forget it," he said.

Local officials on both sides of the river were unimpressed by the sparring. Słubice mayor Piotr Zawada said residents on both banks depended on an open border for work, shopping and school.

"People here do not care about politics in Berlin and Warsaw," he said. "They care about whether they can get to work on time."

The Frankfurt (Oder) city council last month passed a resolution calling on both governments to avoid permanent checks. A decision on whether to extend the controls beyond October is expected next month.
""",
"2023-09-05", "Border town caught in the middle as Berlin and Warsaw trade barbs over reparations",
[("German ministry", False, "German Interior Minister Thomas Brandauer and his Polish counterpart Agnieszka Wrona met for two hours and agreed to set up joint patrols along the border by the end of the year", "2023-09-05"),
 ("Agnieszka Wrona", False, "cooperation between the two police forces had \"never been closer.\"", "2023-09-05"),
 ("Agnieszka Wrona", True, "never been closer.", "2023-09-05"),
 ("Agnieszka Wrona", True, "Germany has never settled its account for the destruction of Poland during the Second World War,", "2023-09-05"),
 ("Agnieszka Wrona", True, "We are not asking for charity. We are asking for justice.", "2023-09-05"),
 ("Thomas Brandauer", False, "the question of reparations had been settled and that Germany would not reopen it", "2023-09-05"),
 ("Thomas Brandauer", False, "Germany was ready to do more to commemorate Polish victims", "2023-09-05"),
 ("Thomas Brandauer", True, "We know what we owe to our neighbours, and we will not forget it,", "2023-09-05"),
 ("Piotr Zawada", False, "residents on both banks depended on an open border for work, shopping and school", None),
 ("Piotr Zawada", True, "People here do not care about politics in Berlin and Warsaw,", None),
 ("Piotr Zawada", True, "They care about whether they can get to work on time.", None),
],
[("CONSULT", ["Thomas Brandauer", "Agnieszka Wrona"], "2023-09-05", None, "German Interior Minister Thomas Brandauer and his Polish counterpart Agnieszka Wrona met for two hours"),
 ("AGREE", ["Thomas Brandauer", "Agnieszka Wrona"], "2023-09-05", None, "agreed to set up joint patrols along the border by the end of the year"),
 ("ACCUSE", ["Agnieszka Wrona", "Germany"], "2023-09-05", None, "Germany has never settled its account for the destruction of Poland during the Second World War,"),
 ("REQUEST", ["Poland", "Germany"], None, None, "Warsaw has demanded 1.3 trillion euros in war reparations from Berlin"),
 ("REJECT", ["Thomas Brandauer", "Poland"], "2023-09-05", None, "the question of reparations had been settled and that Germany would not reopen it"),
 ("AGREE", ["Thomas Brandauer", "Poland"], "2023-09-05", None, "Germany was ready to do more to commemorate Polish victims"),
 ("REQUEST", ["Frankfurt (Oder) city council", "Germany", "Poland"], "2023-08", None, "passed a resolution calling on both governments to avoid permanent checks"),
],
[("Thomas Brandauer", "German Interior Minister", "DEU"), ("Agnieszka Wrona", "Polish Interior Minister", "POL"), ("Piotr Zawada", "Słubice mayor", "POL")],
[("Agnieszka Wrona", ["DEU", "POL"], 0), ("Thomas Brandauer", ["DEU", "POL"], 0)])

# 5. Transcript-like briefing report. UK-France. Straight quotes, "the spokeswoman", Q/A.
art("briefing-gbrfra-05", "https://www.crossborder-briefings.co.uk/2025/02/11/quai-dorsay-briefing-channel-crossings",
"""Quai d'Orsay briefing: France says UK migration deal "working", rejects British demand for joint patrols

PARIS - The following is a report of the French Foreign Ministry's daily press briefing on Tuesday, conducted by spokeswoman Claire Fontaine.

On the Channel

Q: British Home Secretary Daniel Whitcombe said yesterday that France was "not doing enough" to stop small boats. What is your response?

Fontaine: "We have heard these remarks. I would simply recall that French forces prevented more than 30,000 crossings last year, often at great risk to themselves. France does not take lessons on this subject."

Q: London has asked for British officers to patrol French beaches. Will Paris accept?

Fontaine: "No. The sovereignty of France over its own coastline is not up for discussion. British officers are welcome in our coordination centre, as they already are, but operations on French soil are carried out by French forces."

The spokeswoman said the two governments had held "intensive" technical talks in Calais last week and would meet again at ministerial level in March.

On the wider relationship

Q: Is the relationship with London in crisis?

Fontaine: "Not at all. Our relationship with the United Kingdom is excellent on defence, on Ukraine, on energy. On migration we have a disagreement about methods, not about the objective."

She said Britain had transferred a second tranche of funding under the 2023 agreement to buy drones and night-vision equipment for French police, and that the deal was "working."

Asked about reports that Paris planned to expel a British diplomat over an espionage case, Fontaine said she was not aware of any such plan.

Later on Tuesday, the British Home Office said in a statement that it "welcomed the continued cooperation" of French authorities but that "far more needs to be done to stop the criminal gangs."
""",
"2025-02-11", "Quai d'Orsay briefing: France says UK migration deal \"working\", rejects British demand for joint patrols",
[("Daniel Whitcombe", True, "not doing enough", "2025-02-10"),
 ("Daniel Whitcombe", False, "France was \"not doing enough\" to stop small boats", "2025-02-10"),
 ("Claire Fontaine", True, "We have heard these remarks. I would simply recall that French forces prevented more than 30,000 crossings last year, often at great risk to themselves. France does not take lessons on this subject.", "2025-02-11"),
 ("Claire Fontaine", True, "No. The sovereignty of France over its own coastline is not up for discussion. British officers are welcome in our coordination centre, as they already are, but operations on French soil are carried out by French forces.", "2025-02-11"),
 ("Claire Fontaine", False, "the two governments had held \"intensive\" technical talks in Calais last week and would meet again at ministerial level in March", "2025-02-11"),
 ("Claire Fontaine", True, "intensive", "2025-02-11"),
 ("Claire Fontaine", True, "Not at all. Our relationship with the United Kingdom is excellent on defence, on Ukraine, on energy. On migration we have a disagreement about methods, not about the objective.", "2025-02-11"),
 ("Claire Fontaine", False, "Britain had transferred a second tranche of funding under the 2023 agreement to buy drones and night-vision equipment for French police, and that the deal was \"working.\"", "2025-02-11"),
 ("Claire Fontaine", True, "working.", "2025-02-11"),
 ("Claire Fontaine", False, "she was not aware of any such plan", "2025-02-11"),
 ("British Home Office", False, "it \"welcomed the continued cooperation\" of French authorities but that \"far more needs to be done to stop the criminal gangs.\"", "2025-02-11"),
 ("British Home Office", True, "welcomed the continued cooperation", "2025-02-11"),
 ("British Home Office", True, "far more needs to be done to stop the criminal gangs.", "2025-02-11"),
],
[("ACCUSE", ["Daniel Whitcombe", "France"], "2025-02-10", None, "France was \"not doing enough\" to stop small boats"),
 ("REQUEST", ["United Kingdom", "France"], None, None, "London has asked for British officers to patrol French beaches"),
 ("REJECT", ["Claire Fontaine", "United Kingdom"], "2025-02-11", None, "No. The sovereignty of France over its own coastline is not up for discussion."),
 ("CONSULT", ["France", "United Kingdom"], "2025-02", "Calais", "the two governments had held \"intensive\" technical talks in Calais last week"),
 ("AID", ["United Kingdom", "France"], None, None, "Britain had transferred a second tranche of funding under the 2023 agreement"),
 ("SUPPORT", ["British Home Office", "France"], "2025-02-11", None, "it \"welcomed the continued cooperation\" of French authorities"),
 ("ACCUSE", ["British Home Office", "France"], "2025-02-11", None, "\"far more needs to be done to stop the criminal gangs.\""),
],
[("Claire Fontaine", "French Foreign Ministry spokeswoman", "FRA"), ("Daniel Whitcombe", "British Home Secretary", "GBR")],
[("Claire Fontaine", ["FRA", "GBR"], 1)])

# 6. Multi-paragraph quote (opening mark each paragraph), Ethiopia-Egypt, curly quotes, future/hypothetical events.
art("addis-ethegy-06", "https://addisherald-online.com/2024/06/19/gerd-egypt-talks-collapse",
"""Ethiopia blames Cairo as Nile dam talks end without deal

ADDIS ABABA — Ethiopia on Wednesday accused Egypt of sabotaging negotiations over the Grand Ethiopian Renaissance Dam after a fourth round of talks in Addis Ababa ended without agreement.

The talks, which brought together water ministers Dawit Alemu of Ethiopia and Hossam Eldin Farouk of Egypt, broke up a day early. Sudan’s delegation attended as an observer.

In a statement read out on state television, Ethiopian Foreign Ministry spokesman Yohannes Bekele said Cairo had come to the table “with the sole intention of blocking progress.”

“Ethiopia has negotiated in good faith for more than a decade. We have accommodated concerns about drought years, about filling schedules, about data sharing.

“Every time we approach a deal, Egypt raises new conditions that have nothing to do with the dam and everything to do with preserving an unfair colonial-era allocation of the Nile.

“The door remains open, but Ethiopia will not ask anyone’s permission to develop its own resources.”

Egypt’s Foreign Ministry rejected the accusation in a statement issued in Cairo a few hours later, saying Ethiopia bore “full responsibility” for the failure and that Egypt “reserves its right to defend its water security by all means guaranteed under international law.”

Farouk said Egypt had offered technical solutions that were “brushed aside.” He said Cairo would now consider asking the United Nations Security Council to take up the issue.

The two sides have not set a date for further talks. Diplomats said the African Union might attempt to convene a new round later this year, but no invitation has been issued.

Ethiopia completed the fourth filling of the dam’s reservoir last September, a move that Egypt condemned at the time as a violation of a 2015 declaration of principles signed by the three countries.
""",
"2024-06-19", "Ethiopia blames Cairo as Nile dam talks end without deal",
[("Yohannes Bekele", False, "Cairo had come to the table “with the sole intention of blocking progress.”", "2024-06-19"),
 ("Yohannes Bekele", True, "with the sole intention of blocking progress.", "2024-06-19"),
 ("Yohannes Bekele", True, "Ethiopia has negotiated in good faith for more than a decade. We have accommodated concerns about drought years, about filling schedules, about data sharing.", "2024-06-19"),
 ("Yohannes Bekele", True, "Every time we approach a deal, Egypt raises new conditions that have nothing to do with the dam and everything to do with preserving an unfair colonial-era allocation of the Nile.", "2024-06-19"),
 ("Yohannes Bekele", True, "The door remains open, but Ethiopia will not ask anyone’s permission to develop its own resources.", "2024-06-19"),
 ("Egypt’s Foreign Ministry", False, "Ethiopia bore “full responsibility” for the failure and that Egypt “reserves its right to defend its water security by all means guaranteed under international law.”", "2024-06-19"),
 ("Egypt’s Foreign Ministry", True, "full responsibility", "2024-06-19"),
 ("Egypt’s Foreign Ministry", True, "reserves its right to defend its water security by all means guaranteed under international law.", "2024-06-19"),
 ("Hossam Eldin Farouk", False, "Egypt had offered technical solutions that were “brushed aside.”", None),
 ("Hossam Eldin Farouk", True, "brushed aside.", None),
 ("Hossam Eldin Farouk", False, "Cairo would now consider asking the United Nations Security Council to take up the issue", None),
 ("Diplomats", False, "the African Union might attempt to convene a new round later this year, but no invitation has been issued", None),
],
[("ACCUSE", ["Ethiopia", "Egypt"], "2024-06-19", None, "Ethiopia on Wednesday accused Egypt of sabotaging negotiations over the Grand Ethiopian Renaissance Dam"),
 ("CONSULT", ["Dawit Alemu", "Hossam Eldin Farouk"], None, "Addis Ababa", "a fourth round of talks in Addis Ababa ended without agreement"),
 ("REJECT", ["Egypt’s Foreign Ministry", "Ethiopia"], "2024-06-19", "Cairo", "Egypt’s Foreign Ministry rejected the accusation"),
 ("THREATEN", ["Egypt’s Foreign Ministry", "Ethiopia"], "2024-06-19", None, "Egypt “reserves its right to defend its water security by all means guaranteed under international law.”"),
 ("ACCUSE", ["Egypt", "Ethiopia"], "2023-09", None, "a move that Egypt condemned at the time as a violation of a 2015 declaration of principles"),
 ("SUPPORT", ["Ethiopia", "Egypt", "Sudan"], "2015", None, "a 2015 declaration of principles signed by the three countries"),
],
[("Dawit Alemu", "water minister", "ETH"), ("Hossam Eldin Farouk", "water minister", "EGY"), ("Yohannes Bekele", "Ethiopian Foreign Ministry spokesman", "ETH")],
[("Yohannes Bekele", ["EGY", "ETH"], -2), ("Egypt’s Foreign Ministry", ["EGY", "ETH"], -2)])
