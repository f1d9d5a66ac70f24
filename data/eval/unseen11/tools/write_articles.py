#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen11.
Kept: title (first line), subtitles/standfirsts, bylines, date lines shown with the article, datelines, photo captions
(without photo credits), source/date lines at the foot of the article, an embedded tweet shown in the article (p06).
Dropped: site chrome (the Arabic "make us your home page" bar and "Font- Font+" of p02, "News by VICE" of p05, the site
name header of p07, the repeated title of p03), the embed placeholder URL of a tweet (p06), photo credits, the search
tool's own " date YYYY-MM-DD" metadata prefix. Stored copies that stop mid-sentence are cut at the last complete
sentence. No wording changed; whitespace only normalised (blank lines; p02's caption, broken over three lines in the
stored copy, joined with single spaces). (Method of unseen9/unseen8.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['p01_asdnews-afp-saraqeb-checkpoints'] = """Rebel attacks kill 28 soldiers in Syria's north: watchdog

Syrian rebels killed 28 soldiers in attacks on three army checkpoints on the main road from Damascus to the embattled city of Aleppo on Thursday, in some cases executing wounded prisoners, a watchdog said.

Five rebels were also killed in the attacks near the city of Saraqeb in Syria's northwest, the Britain-based Syrian Observatory for Human Rights said.

A video of the attack posted on YouTube -- whose authenticity could not be verified -- showed the rebels beating about 10 wounded soldiers before lining them on the ground and shooting them with automatic rifles.

A rebel is heard telling a prisoner: "Do you not know that we belong to the people of this country?" The soldier replied: "I swear in the name of God I did not fire."

Observatory director Rami Abdel Rahman condemned the summary killings.

"In the same way the Observatory condemns executions in the regime's prison, it rejects those of prisoners of war by the rebels," he told AFP.

The rebels did not capture the checkpoints, where they would be exposed to regime air strikes, but did seize several armoured vehicles, said the Observatory.

Syria's northwestern Idlib province has become a key battleground in the country's conflict, especially after rebel forces seized the town of Maaret al-Numan on the Damascus-Aleppo road early last month.

Fighting has since raged at the Wadi Deif army base near Maaret al-Numan, where rebel forces have laid siege to regime troops.

by Amal Jayasinghe © 2012 AFP

Source: AFP
Date: Nov 1, 2012
"""
A['p02_maannews-reuters-halfaya-bakery-strike'] = """Dozens killed in airstrike on bakery in Hama
Published Sunday 23/12/2012 (updated) 28/12/2012 11:17

A view shows an illustration of Syrian President Bashar Assad riddled with bullets on a wall of an infantry college in the countryside in Aleppo, Dec. 21.

BEIRUT (Reuters) - Dozens of people were killed and many more wounded in an air strike that hit a Syrian bakery where a large crowd was queuing for bread on Sunday, activists said.

If confirmed, it would be one of the deadliest air strikes of Syria's civil war.

"There is no way to really know yet how many people were killed. When I got there, I could see piles of bodies all over the ground. There were women and children," said Samer al-Hamawi, an activist in the town of Halfaya. "There are also dozens of wounded people."

Rami Abdelrahman, of the Syrian Observatory for Human Rights, also said the death toll was still very unclear:

"From looking at the videos, I expect the death toll to be around or above 50, and not higher than 100. But for now I am keeping my estimate at dozens killed, until we have more information."

Halfaya, in the central province of Hama, had been seized by rebels last week in a push to seize new territory in their 21-month-old revolt against President Bashar Assad,

Another activist said residents picking through the bodies were still determining which were wounded and which were dead.

Hamawi, who spoke via Skype, uploaded a video of the scene that showed dozens of dust-coated bodies lined up near a pile of rubble beside a concrete building with blackened walls.

Screams could be heard in the video as some men rushed to the scene on motorcycles and other residents limped away. Dozens of dead bodies could be seen.

The authenticity of the video could not be immediately verified, as the government restricts access into Syria.
"""
A['p03_foreignpolicy-idlib-isis-dispatch'] = """You Win Some, You Lose Some

IDLIB PROVINCE, Syria — I drove across northern Syria this winter under the protection of the Free Syrian Army (FSA): There were three cars in our convoy and a total of seven fighters, carrying AK-47 machine guns and grenades in their pockets. As we proceeded on our journey, we passed towns and villages controlled by the jihadist Islamic State of Iraq and al-Sham (ISIS) nestled along the northern border with Turkey and further to the south. "Those calling for democracy are an enemy of Islam," read one of the group’s slogans plastered on the walls we passed. "There’s no hope for people who have the Quran, but don’t appreciate it," read another.

What would normally be a two-hour journey was transformed into a seven-hour ordeal as we took routes designed to avoid the numerous ISIS checkpoints dotting the roads. We passed the town of al-Atareb, where the jihadists’ black flag fluttered atop a hill dominating the village. While both ISIS and FSA were present in the town at that point in December, their co-existence was uneasy: The month prior, it had been the site of the execution of seven fighters from the FSA battalion of Ghurabaa al-Sham, including their leader Hassan Jazarah — a brutal act meant to show ISIS’s strength, and cow the more moderate rebels into silence.

Large swaths of the northern Idlib and Aleppo provinces fell under the control of ISIS toward the end of 2013, as moderate rebels were busy fighting the regime. ISIS exploited the fractured nature of the battalions in this region, quickly becoming too large for any single group to face alone. It first targeted small rebel groups that did not have the protection of other battalions, seizing the towns of Azaz, ad-Dana, and Atmeh — all three of which lie strategically near the Turkish border.
"""
A['p04_kurdpress-xinhua-menagh-airbase-kurds'] = """Syria Kurds take control of airbase in Aleppo province
Kurdish fighters and allied militias have captured a Syrian airbase from the jihadist militants in the northern province of Aleppo, a monitor group reported on Thursday.

According to Xinhua the Kurdish People's Protection Units (YPG) and the allied Jaish al-Thuwar managed to capture the town of Menagh and an old airbase inside the town in the northern countryside of Aleppo, said the Syrian Observatory for Human Rights.

The London-based group said the capture of the town and its airbase came after intense battles between the YPG and radical groups, which had been in control of the town since 2013.

The Observatory said warplanes, believed to be Russians, aided the Kurds in their push to capture the airbase.

Other activists said the fall of the airbase and the town to the Kurds came also through an indirect cooperation with the Syrian army.

The airbase, home to the 4th Flying Training Squadron, had been equipped with MBB 223 Flamingo training aircraft and Mi-8 helicopters.

The latest development came as the Syrian army makes strides against jihadist groups in the northern countryside of Aleppo, as part of a major offensive to close the borders with Turkey, from which many militants and much of their supplies allegedly come from.

Date: 2016/02/11
"""
A['p05_vice-aleppo-siege-ramousah'] = """Syrian rebels say they broke the siege of Aleppo

A rebel success would be the first victory for the group that replaced al-Qaeda's Syrian offshoot, but the Assad regime says the claims aren't real.

by Alberto Riva
Aug 6 2016, 5:35pm

Combatientes rebeldes en un tanque en Alepo, 6 de agosto de 2016..

Two rebel groups said on Saturday they had broken the siege of Aleppo after days of fierce fighting in the southwest of the city. If that is confirmed, it would be the first victory for the group that replaced the Syrian branch of al Qaeda, which is playing a relevant part in the fighting. It would also be a setback for Russia, which supports the Syrian regime and has been involved militarily in the country since last fall.

The siege of Aleppo by government forces and the attempt by rebels to break through are important because the city is, or at least was before the war, Syria's largest — and because a success by the rebels would connect territory they hold east of Aleppo with insurgent territory in the west of Syria.

"Fighters from outside the city met their brother fighters from inside the city and work is under way to establish control over remaining positions to break the siege," said a statement by Jabhat Fateh al-Sham, the rebel group that came from the rebranding of al-Qaeda's Syrian offshoot, Jabhat al-Nusra. The new group's name is Arabic for "Front for the conquest of the Levant."

A commander from another, more moderate rebel group also told Reuters the siege had been broken, but said it was early days and matters were "not easy". Pro-government online media denied the claim, however

The British-based Syrian Observatory for Human Rights also said the siege had not been broken but that fighting was very intense in the Ramousah area of southwest Aleppo, where rebels have been battling for control of a major military artillery base.
"""
A['p06_defensepost-hmeimim-tartus-drones'] = """Russia thwarted attack on Syrian bases, defense ministry says
Attackers targeted Hmeimim and Tartus bases with 13 drones
Russia’s defense ministry said Monday that militants had used drones to attack key naval and air bases in Syria, an assault claimed over the weekend by one of the country’s rebel groups.
The Ministry of Defence said in a statement that Russian security had warded off terror attacks at Tartus naval base and Hmeimim air base on January 5-6. The militants used 10 drones at Hmeimim and another three at Tartus, according to the statement.
“Three of them were landed on the controlled area outside the base, and another three UAVs exploded as they touched the ground.” the ministry said. “Seven UAVs were eliminated by the Pantsir-S anti-aircraft missile complexes operated by the Russian air defence units on 24-hours alert.”
According to the ministry, analysis of the drones revealed that they were launched from a distance of more than 50 kilometers (31 miles) “using [a] modern GPS guidance system.”
On Saturday, the Free Alawite Movement faction of the Free Syrian Army said it attacked Hmeimim with drones, taking out an S-400 missile defense system. In a statement, the group said Russia would not be able to stay in Syria for another six months, and promised “pain” for President Vladimir Putin ahead of the upcoming Russian election.
Contradicting the FSA claim, Moscow said there were no casualties or damage at either base.
Photos published on Twitter on Saturday purport to show a similar done shot down a week earlier near Latakia, about 81 kilometers from Tartus and 26 kilometers from Hmeimim air base.
A homemade drone was recently show down near #Russia's airbase Khmeimim airbase at #Latakia in #Syria pic.twitter.com/U3EhCSTc3d
— Robert Postings (@RobertPostings) January 7, 2018
"""
A['p07_sohr-sarmada-depot-explosion'] = """At least 18 casualties so far and others recovered alive from under the rubles caused by the bombing in Sarmada town and continuous search operations in the area

Idlib Province, the Syrian Observatory for Human Rights: the Syrian Observatory for Human Right monitored teams of the civil defense continue searching for survivors under the ruble in Sarmada town on Sunday, the 12th of August 2018, and also searching for bodies of people who died as a result of the explosion that shook the town, which is near the Syrian-Turkish border, and intersected sources confirmed to the Syrian Observatory that at least 18 people have been pulled out of the rubble, also some people were recovered alive, and there are still tens of people missing under the rubble of the destroyed building, which collapsed over its inhabitants, the majority of whom are of displaced people from Homs province, and the death toll is expected to rise because there are some people in critical situation, and because there are still missing people, information indicated that it was caused by the explosion of an ammunition depot of an arms dealer who works with Hayyaat Tahrir al-Sham, the explosion took place at the bottom of a residential building in Bab al-Hawa Square area inside the town, which caused the collapse of the building over its residents.
"""
A['p08_sana-army-600-km-idleb-aleppo'] = """Army regains control over tens of villages, towns and strategic hills in Idleb, Aleppo countryside, Army Command says-video

Damascus, SANA- Army and Armed Forces General Command has announced that units of the Syrian Arab Army operating in Idleb and Aleppo provinces regained, over the past few days, control over 600 square km and liberated tens of villages, towns and strategic hills.

The General Command said in a statement on Sunday that army units operating in Idleb and Aleppo provinces continued their field advance to eliminate terrorist organizations which have escalated their acts of aggression through targeting the safe residential areas and the civilians with rocket shells, escalated their provocative measures against the civilians, continued to prevent them from  leaving terrorist-held areas and took them as human shields.

The General Command added that the Syrian Armed Forces have achieved significant field advance as the forces advancing from Idleb eastern countryside have met the forces advancing from the direction of southern Aleppo, reestablishing control over an area of about 600 square km and liberating tens of villages, towns and strategic hills.

The liberated areas included Khan al-Sabil, Kafer Battikh, Joubas, al-Nairab, Tal Mardikh, Kafer amim, Afes, Saraqeb, Tal al-Tabariz, Maharim, Ebla University, Rasem al-Ess, al-Sheikh Ahmad, Zamar, Houir al-Ess, Tal Bajer, Rasem al-Sahrij, Tal Touqan, Jazraya, Khan Touman, Khalsa, al-Qarasi, Zitan, al-Sheikh Idris, al-Rayan, Louf, al-Ess.

The statement stressed that the army continued carrying out its national duties in defending the sovereignty of the homeland and the dignity of citizens and eliminating the dangers of the armed terrorist organizations and preventing them from confiscating citizens’ will and controlling their life.
"""
A['p09_northpress-hts-jindires-afrin'] = """HTS takes full control of Jindires district in Syria’s Afrin

IDLIB, Syria (North Press) – Hayat Tahrir al-Sham (HTS) seized on Wednesday Jindires district, in Afrin countryside in northern Syria, following fierce clashes with armed factions of the Turkish-backed Syrian National Army (SNA).

A local source told North Press, “The clashes started at 04:30 pm and ended around 06:00 pm, after the HTS took full control of the town reaching to the livestock Souk.”

The SNA factions has been fighting each other for days following the assassination of media activist Abu Ghannoum and his wife by Hamza Division faction in al-Bab city in Aleppo eastern countryside, northern Syria.

The source added, “The HTS used foreign militants in its operation to take control of Jindires.”

The source said that the HTS captured Kafr Safra and Jindires coming from the axis of Salwa village in Aleppo northern countryside.

He continued, “The HTS arrested 15 members of the Levant Front and killed three of them as well, but the rest of the latter’s militants withdrew towards the city of Afrin.”

The source said, “The SNA factions of al-Sham Legion, al-Zenki, al-Amshat and Ahrar al-Sham began to support the HTS by closing roads and preparing to hand over their areas to it, given the fact that they are allies to the HTS.”

The SNA were divided between the factions that support the Hamza Division – represented by the factions of Sultan Murad (al-Amshat) and Liwa Suqour al-Shamal – and those against Hamza, which are the Levant Front and Ahrar al-Sharqiya.

Reporting by Hani Salem
"""
A['p10_lokmattimes-ians-hts-offensive-western-aleppo'] = """Radical militant groups launch major offensive on Syrian military sites in Aleppo

Damascus, Nov 27 The Hayat Tahrir al-Sham (HTS) rebel group and allied factions launched a major attack on Syrian military positions in western Aleppo on Wednesday, a war monitor reported.

According to the Syrian Observatory for Human Rights, HTS and factions from the al-Fatah al-Mubin operations room advanced in western rural Aleppo, seizing control of strategic points in Qubtan al-Jabal and Sheikh Aqil near the 46th Regiment.

The attack was marked by intense exchanges of artillery and rocket fire between government forces and HTS-aligned factions.

Syrian government forces shelled the rear positions of the factions around the city of Atarib, Darat Izza, and surrounding villages, the observatory said, adding that a Russian warplane also conducted airstrikes using vacuum missiles.

There were no immediate reports of casualties, Xinhua news agency reported.

On Tuesday, the western countryside of Aleppo witnessed a significant displacement of civilians from Atarib and nearby villages, driven by HTS military buildups near the front lines, according to the observatory.

Hayat Tahrir al-Sham, formerly the Nusra Front, is considered a terrorist organization by Syria, Russia, and several other countries.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
