#!/usr/bin/env python3
"""Writes articles/*.txt for unseen18: the article text of each stored page (search tool, corpus `pages`), as kept.
Kept: title (first line), standfirsts, bylines, datelines, date lines shown with the article, sub-headings, photo captions
(without photo credits). Dropped: site chrome (mastheads, section labels, header clocks, "N min read", repeated titles and
captions, teaser fragments, reader comments, "Filed under" lines, "Check Also" / "Connect with us" boxes) and photo
credits ("DHA photo", "[Getty]", "(AFP)", "(photo by: ...)", "Photo courtesy of ..."). The search tool's own
" date YYYY-MM-DD" metadata prefix is not part of any text. Stored copies that stop mid-sentence are cut at the last
complete sentence. No wording changed; whitespace only normalised (blank lines between paragraphs, single spaces).
Method of unseen12-unseen14 (see README.md for the per-article list of what was dropped)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['h01_cnn-binnish-security-forces-storm'] = """Security forces storm Syrian city, activists say

October 13th, 2011 01:39 PM ET

Security forces raided a northern Syrian city amid explosions and gunfire early Thursday and casualties have been reported, activists said.

The forces clashed with gunmen believed to be dissidents in the city of Binnish in Idlib province, according to the Syrian Observatory for Human Rights.

The Local Coordination Committees of Syria, another activist group, said 14 people had been killed, including 12 in Binnish and one each in Homs and Daraa. Among those dead are at least two young children, the group said.

"Syrian military forces supported by tanks and armored personnel carriers stormed the city early this morning," Syrian Observatory said. "Heavy machine guns and shelling have been heard around the city."
"""
A['h02_hurriyet-afp-rebels-third-border-post'] = """Syrian rebels capture third post on Turkish border: diplomat

ISTANBUL - Agence France-Presse

Photo shows the Jarablus border post after it was seized by Syrian rebels.

Syrian rebels were in control of three border posts along the frontier with Turkey today, a diplomat and reports said, as an amateur video showed armed men celebrating the takeover of one crossing.

The rebels now controlled Jarabulus, Bab al-Hawa and Al-Salama border crossings along the Turkish frontier, a Turkish diplomat and Turkey's Anatolia news agency said.

The Al-Salama border post, north of the Syrian city of Aleppo, was taken over on Sunday at 0400 GMT, the diplomat said on condition of anonymity.

The Bab al-Hawa crossing was taken over on Thursday, while the Jarabulus post came under the control of the rebels on Tuesday.

Amateur video distributed by the Syrian Observatory for Human Rights watchdog group showed armed men carrying the flag of the Syrian uprising at the Al-Salama border crossing.

The crossing faces the southern Turkish border post of Öncupınar in the southern Kilis province.

The video footage shows one fighter, who identifies himself as spokesman for the "Northern Storm Brigade" of the rebel Free Syrian Army, said the border post was now under their control.

"Bab al-Salama has been liberated from the hands of Assad's mafia, after a suffocating siege on them," he said, without giving his name.

Regime forces "withdrew after suffering losses," he added, describing Turkey as a "sister nation." Several men standing behind him hold up their weapons to celebrate, chanting: "Allahu Akbar! (God is greatest)." The man called the takeover of the outpost a step on the road "to liberate Aleppo, and then Damascus, and then the presidential palace."
"""
A['h03_syriadirect-rebels-squeezed-north-aleppo'] = """Rebels squeezed in north Aleppo after Islamic State advances

AMMAN: Syrian rebels are fighting to hold their ground in the north Aleppo countryside on Tuesday after losing a large portion of their territory to a surprise Islamic State offensive that began on Friday.

Last Friday, Islamic State (IS) fighters attacked westward from their strongholds in northeast Aleppo province and took control of several villages in the pocket of territory held by Free Syrian Army [FSA] and Islamist brigades near the city of Azaz, just south of the Turkish border.

Driving westward, IS also cut off the northern portion of the rebel-held Azaz pocket from the town of Marea—a rebel stronghold approximately 20km north of Aleppo city—and the neighboring town of Sheikh Issa on Friday.

On Saturday, rebel factions in Sheikh Issa handed the town over to the Syrian Democratic Forces (SDF), a multi-ethnic alliance led by the Kurdish People’s Protection Units (YPG) based in northwest Aleppo province. As a result, Marea is now an island of rebel territory, with the SDF to the west and IS to the north, east and south.

One fighter inside Marea says that the YPG, a key member of the SDF, has called on rebel factions to hand over the town.

“Rebels are being pressured by IS on one side and the SDF on the other,” he told Syria Direct on Tuesday, requesting anonymity. “The situation is very difficult.”

Residents of rebel-held north Aleppo flee to Kurdish-held territories on Saturday.

Opposition fighters are now “attempting the break the encirclement of Marea” from the north, he said, requesting anonymity.

Enmity between Marea rebels and the SDF dates back to the latter’s formation in late 2015.
"""
A['h04_almonitor-afp-idlib-civilian-council-vote'] = """Syrians elect first civilian council to run Idlib city

Syrians in northwestern Idlib cast their ballots on Tuesday for members of the first civilian council to run their city, two years after it was overrun by rebels and jihadists.

Regime forces were expelled from Idlib city in March 2015 by the Army of Conquest, led by the Fateh al-Sham Front, which changed its name from Al-Nusra Front when it broke ties with Al-Qaeda.

Since then, a committee appointed by the Army of Conquest had run the city's affairs, electoral commission head Mohammad Salim Khodr told AFP.

But "after efforts from the city's residents, the Army of Conquest was persuaded to hand over the city's affairs to its residents, who would vote for a local council to manage it", Khodr said.

An AFP correspondent saw hundreds of people crowd around voting stations across the city on Tuesday to check they were registered before casting their ballots.

Voters, who had to be at least 25 years old and originally from Idlib, could choose from among 85 candidates who were running for the 25-member council.

Polling stations opened at 8:00am local time (0600 GMT) for 12 hours.

"I came here to vote in these free elections, which make us hold our heads up high," voter Mustafa al-Mohammad told AFP.

According to Khodr, the council's 25 members will later elect a 10-member executive committee led by the equivalent of a mayor.

They will be responsible for "overseeing services and development projects... as well as aid and support to refugees and displaced people from other cities," Khodr said.

Since Syria’s conflict broke out, the population of Idlib city has swelled to an estimated 200,000 people as rebels and civilians flocked to the city from the besieged second city of Aleppo
"""
A['h05_worldbulletin-olive-branch-nesriyya-dukkan'] = """Turkish, Free Syrian forces capture villages in W.Afrin

13:06, 09 February 2018 Friday

Operation Olive Branch in full force as villages of Nesriyya, Dukkan in Afrin, northwestern Syria cleared of PYD/PKK

World Bulletin / News Desk

Turkish and Free Syrian Army (FSA) forces on Friday liberated two more villages from PYD/PKK terrorists as part of Operation Olive Branch in northwestern Syria.

The villages of Nesriyya and Dukkan in Jandaris, western Afrin were cleared of PYD/PKK terrorists during the operation.

Turkish troops and the FSA also cleared Nesriyya Hill of terrorists.

Last night, Turkish aircraft carried out airstrikes in many points of Afrin, including Mt. Baflun, the village of Sheik Huruz, the towns of Sheran and Jandaris, as well as some terrorist meeting points.

Since the operation began, Turkish forces and the FSA have liberated a total of 43 zones, including 26 villages and 13 strategic mountains or hills.

Turkey on Jan. 20 launched Operation Olive Branch to remove PYD/PKK and ISIL terrorists from Afrin.

According to the Turkish General Staff, the operation aims to establish security and stability along Turkey’s borders and the region as well as protect Syrians people from terrorist cruelty and oppression.

The operation is being carried out under the framework of Turkey’s rights based on international law, UN Security Council resolutions, its self-defense rights under the UN charter, and respect for Syria's territorial integrity, the military said.

The military has also said that only terrorist targets are being destroyed and "utmost care" is being taken to avoid harming civilians.

Afrin has been a major hideout for the PYD/PKK since July 2012 when the Assad regime in Syria left the city to the terror group without a fight.
"""
A['h06_newarab-syria-weekly-maarat-evacuation'] = """Syria Weekly: Syrians organise evacuation of besieged Maarat Al-Numan

Syrians have shared #IdlibIsUnderFire to help save the town of Maarat Al-Numan.

21 December, 2019

Thousands are fleeing the market town of Maarat Al-Numan

In little more than 24 hours, Idlib province has been subjected to hundreds of air strikes, leading to an exodus of tens of thousands of civilians from the area.

Much of the bombing has been centred on Maarat Al-Numan and the surrounding villages, which swelled when a stream of refugees from other parts of Syria fled to the market town with the estimated population growing to 110,000 inhabitants.

The recent bombardment has seen the population reduced to around 30,000, with 80,000 people fleeing towards the Turkish border this week.

The regime's latest assault on Maarat Al-Numan, said to be the heaviest bombardment of the area during the war, appears designed at capturing the town and surrounding countryside, but more importantly the M5 motorway.

The highway between Syria's two largest cities - Aleppo and Damascus - passes through Maarat Al-Numan but is controlled by opposition forces with Turkish observers also present.

Capturing the road has been a major goal of the regime, with previous offensives seeing allied militias take other towns and villages on the route, including Khan Sheikhoun.

Sources told The New Arab's Arabic-language service this week that the bombardment could also be an attempt to pressure opposition forces to hand over the west of Idlib province in exchange for a ceasefire.

Campaign of extermination

Over the past few days, Russia and the Syrian regime have enacted a campaign of "extermination" in the south Idlib town, activists say, designed to empty it of human life and open it up for a ground assault.
"""
A['h07_sana-army-liberates-hama-northwestern-villages'] = """Army liberates more villages in Hama northwestern countryside

Hama, SANA – Syrian Arab Army units continued their operations against terrorist organizations in the villages positioned between Idleb southern countryside and Hama northwestern countryside, liberating more villages after fierce battles with terrorists, most of them foreign mercenaries.

SANA’s reporter on the ground said that in less than 24 hours after liberating the strategic Shahshabou mountain and seven villages, army units liberated on Friday the villages of al-Mansoura, al-Ziyara, Khurbat al-Naqous, Tal Wasel, and Zaizoun Jadeeda in Hama’s northwestern countryside and Idleb’s southern countryside after intensive operations followed and heavy artillery and rocket bombardments.

The reporter said that the operations resulted in killing and injuring many terrorists in addition to destroying their fortified bases, weapons, and vehicles, and that army units continue to pursue the terrorists fleeing towards Kansafra town in Idleb’s southern countryside.

Army units liberated on Thursday the villages of al-Huwash, al-Huweijah, Tanjara, al-Ankawi, al-Ameiqa, Shermghar, al-Areimah and the strategic Shahashibo mountain in al-Ghab Plain in Hama northwestern countryside.

Baraa Ali / Hazem Sabbagh
"""
A['h08_northpress-opposition-bombs-government-after-ariha'] = """Turkish-backed opposition bombs government forces northwest Syria

IDLIB, Syria (North Press) – On Wednesday, Turkish-backed armed opposition factions bombed sites of Syrian government forces in the countryside of Idlib, Aleppo and Hama, northwest Syria.

Al-Fateh al-Mubin Operations Room, which includes several factions, bombed the government forces’ points, opposition military sources told North Press.

The villages and towns of al-Dana, Kawkaba and Ma’sran, south of Idlib, and the towns of Kherbet Jadraya, al-Arbikh, Mardikh, Dadikh, and Jobas in Idlib eastern countryside, were all shelled with heavy artillery shells and Grad missiles, the sources added.

The government forces’ points, near the towns of Ainjara, Miznaz and Kafr Halab in the western countryside of Aleppo, were shelled as well with heavy artillery shells and rocket launchers, according to the same sources.

Al-Fateh al-Mubin Operations Room also bombed the government forces’ sites inside Jurin camp in the Gap Plain area, west of Hama, with heavy artillery and mortars shells, the sources noted.

According to the sources, the bombing came in response to the government’s targeting of the city of Ariha, south of Idlib, which killed ten people and injured more than 40 others with various injuries.

The Syrian government forces, stationed in the city of Kafranbel, bombed the opposition factions’ fortifications near the towns of al-Ruwaiha and Benin in the Zawiya Mountain area, south of Idlib.

For months, areas in Syria’s northwest have been witnessing mutual shelling between parties to the conflict in different areas amid news on government military reinforcements to different areas in the region.

Although the de-escalation zone in northwest Syria is subject to a Russian-Turkish ceasefire agreement signed in March 2020, the area witnesses frequent mutual bombardment despite the entry of the ceasefire into force.

Reporting by Samir Awad
"""
A['h09_exbulletin-enabbaladi-displaced-unprepared-winter'] = """Displaced people unprepared for winter in northern Syria

Khaled al-Taleb, a 45-year-old man, lives with his six children in the Bakri camp, north of Idlib, in an old, uninsulated tent. He was unable to change any part of his structure as winter approached due to his financial difficulties.

Al-Taleb said Enab Baladi that he is currently unemployed and that his family's expenses depend on the work of his two daughters sewing baby diapers, which provides for their basic needs.

Last winter, the family received 40 kilos of firewood and the same amount of olive pomace as support from an organization, which is a small amount compared to the family's needs during the winter. . They have not yet received any support for this winter.

According to what Enab BaladiAs the correspondent observed, the price of a ton of hazelnut shells used for heating is $145, firewood is $160, and olive pomace is $140.

No heating equipment

Al-Taleb will not be able to obtain heating equipment for the winter, except for what his wife collected from animal droppings during the summer and prepared for heating.

Fatima al-Aref, a 70-year-old resident of al-Layth camp in the eastern suburbs of Harbanoush, said: Enab Baladi that she collected plastic bags to burn to heat her dilapidated tent, despite the damage it caused to her health.

The Al-Arefs tent has not had its plastic cover replaced in five years and it is not insulated. Last winter, she used blankets instead of insulation, but they didn't stop the water from draining.

As for Mustafa al-Dibo, 45, he picks up some fallen olive branches and leaves them around his tent in the Harbanoush camp. There are no supplies this year and the weather is already very cold, he said.
"""
A['h10_aawsat-afp-syrians-stuck-atme-camp'] = """Syrians Stuck in Camps After Finding Homes Destroyed

People walk in the camp of Atme for displaced people, on the outskirts of Idlib in northwestern Syria, on February 5, 2025, nearly two months after the opposition toppled Syrian President Bashal al-Assad.

Mehdi al-Shayesh thought he would quickly resettle in his central Syrian home town after Bashar al-Assad was ousted, but like many others stuck in camps, he found his home uninhabitable.

"We were unbelievably happy when the regime fell," the 40-year-old said from his small, concrete-block house in Atme displacement camp, one of the largest and most crowded in the Idlib area in the northwest.

But "when we reached our village" in Hama province "we were disappointed", said the father of four, who has been displaced since 2012.

"Our home used to be like a small paradise... but it was hit by bombing." Now, after years of abandonment, it "is no longer habitable", he told AFP.

Assad's December 8 ouster sparked the hope of return to millions of displaced across Syria and refugees abroad. However, many now face the reality of finding their homes and basic infrastructure badly damaged or destroyed.

Syria's transitional authorities are counting on international support to rebuild the country after almost 14 years of devastating war.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
