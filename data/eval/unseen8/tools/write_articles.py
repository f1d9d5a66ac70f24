#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen8.
Kept: title (first line), subtitle/standfirst, date lines shown with the article, datelines, bylines, photo captions
(without photo credit / image file name). Dropped: site labels ("World News", "Print Article", "logo"), topic lists,
comment/blog widgets, source-link lines, photo credits. Stored copies that stop mid-sentence are cut at the last
complete sentence. No wording changed; whitespace only normalised (r02's hard-wrapped blog copy joined into paragraphs).
Where the stored copy shows the date line above the title, the title is put first (r01). r02's title and subtitle come
from a second stored copy of the same press release (see README). (Method of unseen7/tools/write_articles.py.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['r01_irishtimes-khirbet-al-jouz-border'] = """Syria: Syrian troops massing on border in the Khirbat al-Jouz area, hundreds fleed in panic crossing turkish border

Thursday, June 23, 2011

Syrian troops massed on the Turkish border overnight, witnesses said today, escalating tensions with Ankara as President Bashar al-Assad uses increasing military force against a popular revolt.

Hundreds of terrified refugees crossed into Turkey today to escape an army assault on the border regions, witnesses said.

Witnesses said the refugees streamed into Turkey from the Khirbet al-Jouz region in Syria to near Guvecci in Turkey.

Thousands of refugees are camped on the Syrian side of the border having escaped attacks on their villages and towns further south. More than 10,000 have crossed into Turkey over the past two weeks and are now in four official camps.

Protests have grown in northern areas bordering Turkey, following military assaults on towns and villages in the Jisr al-Shughour region of Idlib province to the west of Aleppo that had sent more than 10,000 fleeing to Turkey.

Troops were advancing on a main road leading from Aleppo, the commercial hub, to Turkey, residents said.
"""
A['r02_hrw-idlib-war-crimes-taftanaz'] = """Syria: War Crimes in Idlib During Peace Negotiations
Executions, Destruction of Property, and Arbitrary Detentions

A man is overcome with grief in front of a destroyed mosque in Taftanaz where local residents gathered those killed after government forces attacked the town on April 3 and 4. According to local activists, at least 65 people were killed during the two-day attack.

(New York) – Syrian government forces killed at least 95 civilians and burned or destroyed hundreds of houses during a two-week offensive in northern Idlib governorate shortly before the ceasefire, Human Rights Watch said in a report released today. The attacks happened in late March and early April, as United Nations special envoy Kofi Annan was negotiating with the Syrian government to end the fighting.

The 38-page report, “‘They Burned My Heart’: War Crimes in Northern Idlib during Peace Plan Negotiations,” documents dozens of extrajudicial executions, killings of civilians, and destruction of civilian property that qualify as war crimes, as well as arbitrary detention and torture. The report is based on a field investigation conducted by Human Rights Watch in the towns of Taftanaz, Saraqeb, Sarmeen, Kelly, and Hazano in Idlib governorate in late April.

“While diplomats argued over details of Annan’s peace plan, Syrian tanks and helicopters attacked one town in Idlib after another,” said Anna Neistat, associate director for program and emergencies at Human Rights Watch. “Everywhere we went, we saw burnt and destroyed houses, shops, and cars, and heard from people whose relatives were killed. It was as if the Syrian government forces used every minute before the ceasefire to cause harm.”
"""
A['r03_almonitor-rebels-latakia-offensive'] = """Syrian Rebel Forces Set Sights on Latakia

Al-Qaeda and affiliated jihadist groups have reportedly taken the lead in an offensive on Syrian Alawite villages.

A Syrian soldier stands next to a car with "Free Army" written on it in Haffeh village near Latakia city, June 14, 2012.

Aug 7, 2013

Just hours after Syrian President Bashar al-Assad’s speech vowing victory over the rebels and “terrorist” groups in several areas of the country, those groups have launched a major offensive on the Latakia countryside in northwest Syria, the regime's stronghold.

The offensive, which the rebels have named "the battle for the liberation of the Syrian Coast,” has surprised the regime forces, said a Syrian source close to the government who spoke to Al-Monitor Aug. 5 on condition of anonymity.

He added that about 2,000 fighters from jihadist organizations, including Jabhat al-Nusra and the State of Iraq and Al-sham groups known to be affiliated with al-Qaeda, have been behind the assault that came from the village of Salma to the Alawite villages located in Al-Haffa, call the operation “the campaign of grandsons of Um al-Mo’menin Aisha,” the controversial wife of the Prophet Muhammad.

This military strike has both a strategic importance and a symbolic one. On the strategic level, the villages are located on high hills that allow those who hold them to control the areas located below. Latakia is the main port in Syria and crucial to the rebels' goal of toppling the Assad regime.

The symbolic importance of controlling those villages stems from their location in Latakia governorate, the bastion of the Alawites and stronghold of Assad and his regime.
"""
A['r04_reuters-nusra-deir-sonbol-jabal-zawiya'] = """Al Qaeda group seizes bastion of Western-backed rebels in Syria's Idlib region

BEIRUT (Reuters) - Islamist militants affiliated to al Qaeda seized the last remaining stronghold of Western-backed rebels in Syria’s northwest province of Idlib on Saturday after days of fighting, rebels and a monitoring group said.

Backed by other hardline Islamist groups, the Nusra Front are waging a major military campaign against the Syria Revolutionaries’ Front led by Jamal Maarouf, a key figure in the armed opposition to President Bashar al-Assad, after accusing him of being corrupt and working for the West against them.

The Nusra Front is al Qaeda’s official affiliate in the Syrian civil war and was once one of the strongest insurgent groups fighting to topple Assad. But it has been overshadowed by the Islamic State, which has seized swathes of northern and eastern Syria and is now being targeted by U.S.-led air strikes

In the past few days, the Nusra Front captured several villages in the Jabal al-Zawiya region of Idlib province and on Saturday it entered the village of Deir Sonbol, the stronghold of the Revolutionaries’ Front, forcing Maarouf to pull out.

“Dozens of his fighters defected and joined Nusra, that is why the group won,” Rami Abdulrahman, head of the Syrian Observatory for Human Rights told Reuters.

A Nusra fighter confirmed the report, saying: “They left him because they knew he was wrong and delusional.”

“He left his fighters in the battle and pulled out. Last night, we heard them on the radio shouting ‘Abu Khaled (Maarouf) escaped, Abu Khaled escaped’,” he added.

Maarouf’s group is loosely defined as part of the “Free Syrian Army”, a term used to refer to dozens of groups fighting to overthrow Assad. They have little or no central coordination and are often in competition with each other.
"""
A['r05_newshub-reuters-khan-touman-iran'] = """Iran suffers huge loss near Aleppo

08/05/2016

By Bozorgmehr Sharafedin

Thirteen Iranian soldiers have been killed in a battle with Islamist militants over a village near the Syrian city of Aleppo, Tehran says, in one of Iran's biggest single-day losses since it sent forces to support President Bashar al-Assad.

Russia meanwhile said that a truce in Aleppo itself had been extended until Monday.

Islamist forces seized Khan Touman village, about 15 km southwest of Aleppo, on Friday and dozens of people were reported to have been killed in the fighting.

The attack was launched by an alliance of Islamist insurgents known as Jaish al-Fatah, including the al Qaeda-linked Nusra Front.

Iran's Fars news agency on Saturday quoted a Revolutionary Guards official as saying that 13 Iranian military advisors had been killed and 21 wounded.

Jaish al-Fatah and affiliates posted videos and photos on social media of what appeared to be the bodies of Iranians or Shi'ite militiamen who were killed in Khan Touman.

They included footage of wallets, personal documents and Iranian currency.

Tehran, along with Russia, has been a principle ally of Assad in the five-year-old civil war, while Gulf Arab states and the West have supported various rebel factions.

Iran has been particularly involved in campaigns around Aleppo in northwest Syria, which was the country's commercial and industrial centre before the war and is now divided between government and rebel forces.

Fighting in the countryside to the south of Aleppo has escalated in recent days despite a ceasefire in city itself since Wednesday.

The Russian defence ministry said a "regime of calm" truce in Aleppo and parts of Latakia province had been extended for 72 hours beginning at 1am local time on Saturday, Syrian state news agency SANA reported.
"""
A['r06_kuwaittimes-afp-al-jineh-mosque-strike'] = """US claims Syria strike, denies hitting mosque

AL-JINEH, Syria: The US said it carried out an air strike in Syria against an Al-Qaeda meeting but denied deliberately targeting a mosque where a monitor said yesterday 46 people were killed. The Syrian Observatory for Human Rights said most of the dead in the Thursday evening raid on the village of Al-Jineh, in the northern province of Aleppo, were civilians.

“We did not target a mosque, but the building that we did target – which was where the meeting took place – is about 50 feet (15 meters) from a mosque that is still standing,” said Colonel John J Thomas, spokesman for US Central Command. According to a Centcom statement: “US forces conducted an air strike on an Al-Qaeda in Syria meeting location March 16 in Idlib, Syria, killing several terrorists.”

The Centcom spokesman later clarified that the precise location of the strike was unclear – but that it was the same one widely reported to have hit the village mosque in Al-Jineh, in Aleppo province. “We are going to look into any allegations of civilian casualties in relation to this strike,” he added. The US-led coalition striking the Islamic State group in Iraq and Syria did not mention the raid in its daily round-up for Thursday, indicating that the strike was carried out unilaterally by the US. An AFP correspondent saw rescue workers in white helmets working under spotlights with picks and shovels late on Thursday to dig people out of the rubble.

Much of the building, identified by a black placard outside as a mosque, had been flattened. The empty prayer hall was covered in debris, and rescue workers stepped through it carefully, deliberating how to break down a wall to search for more survivors. Fearing additional air strikes, weekly Friday prayers were cancelled in towns and villages across northern Syria, AFP’s correspondent said.
"""
A['r07_iswnews-hts-western-aleppo-countryside'] = """Tahrir Al Sham Capture Western Countryside of Aleppo

Saturday, 5 January 2019 - 20:36

Islamic World News Analysis Group: After four days of bloody clashes between Hayat Tahrir Al Sham(HTS) and Nour Al-Din Zenki militants, almost all of the western suburbs of Aleppo were seized by HTS.

In recent days, northwest Syria, especially the western countryside of Aleppo, witnessed bloody clashes between Hayat Tahrir Al Sham and Nour Al-Din Zenki, one the main groups of National Front for Liberation.

In these clashes, many areas have been captured by HTS, such as Darat Ezza, Sheikh Barakat mountain, Deir Sam’an, Khan Al Asal, Uwayjil, Kafrantin, KafrBisin, Bilinta, Anjarah, Ma’arat Al Artiq, Qabtān Al Jabal, Habatah, Makalbis, Babis etc.

Meanwhile, a significant number of areas without conflict, with the agreement of the inhabitants of the region were seized by Hayat Tahrir Al Sham; also Nour Al-Din Zenki forces fled to the Afrin area.
"""
A['r08_theweek-aleppo-province-anadan-retaken'] = """Syrian state forces retake Aleppo province after Russian-backed offensive: Reports

First time since 2012 that the Aleppo region has been completely under state control

In this photo released Wednesday, Feb. 12, 2020, by the Syrian official news agency SANA, Syrian government soldiers on a tank hold up their rifles and flash victory signs, as they patrol the highway that links the capital Damascus with the northern city of Aleppo, Syria

Ever since the Syrian Civil War began in 2011, the city of Aleppo has been one of its frontlines. The Battle of Aleppo lasted four years between 2012 and 2016. But, even though Syrian government forces officially prevailed in 2016 following a rebel withdrawal, fighting has continued in parts of the province that were held by rebels for many years since.

On Sunday, a major offensive by Russian warplanes and the Syrian army resulted in victory for the government, which seized back towns that had been taken over by Iranian-backed militias according to activists speaking to Reuters.

Russian planes launched airstrikes on multiple rebel-held regions including Anadan, with the government declaring victory later in the day. Earlier this week, Syrian forcesrecaptured the strategic M5 highway linking Aleppo to the city of Damascus.

According to pro-government news source Al-Masdar News, the Syrian Arab Army captured “the last remaining areas under jihadist control” in the city and its surrounded areas, after the capture of the Layramoun and Kafr Hamra sectors.

The report said that the Syrian Army took control of the Al-Zahra Association Quarter, which it called the main battlefield in Aleppo for most of the war. It also said that government forces took towns in the Anadan Plain including Hraytan, Babis and Anadan.
"""
A['r09_syrianarchive-kafr-jallis-camps-cluster'] = """Cluster Missile Attacks in the Kafr Jallis Camps, in the Western Countryside of Idlib

January 31, 2023

An investigation into attacks hitting multiple IDP camps in the western countryside of Idlib

About the incident

  • Place of incident: village Kafr Jallis  in Idlib governorate
  • Impact site: Residential camps for the displaced in the vicinity of the village (Maram camp -Watan, Wadi Haj Khaled, Kafr Rouhin Water Station Camp, Morin Village Camp, Baeiba Camp) west of Idlib
  • Date: Sunday, 6 November 2022
  • Time: Around 06:50 and 07:15 Damascus time
  • Victims: 10 people, including four children and two women, and approximately 75 people were injured
  • Type of attack: Surface-to-surface missiles carrying what appear to be cluster bombs, preceded by alleged fixed-wing air strikes near the impact site
  • Munitions likely used: rockets (220mm 9M27-K) and (300mm 9M55k) loaded with cluster bombs (9N235)
  • Potentially responsible: Syrian government forces and the Russian Air Force

Introduction

On the morning of 6 November 2022, six camps for internally displaced persons were attacked between the hours of 6:50 and 7:15 resulting in the deaths of 10 individuals and the injury of approximately 75 others. All available open source information points to Syrian government forces and the Russian Air Force being responsible for the attack.

One day before the incident, on November 5, 2022, the Russian Center for Reconciliation in Syria warned that what it called Jabhat al-Nusra (Hayat Tahrir al-Sham) planning to carry out a provocation in the camps for the displaced in the Syrian province of Idlib.
"""
A['r10_syriacpress-latakia-wildfires-qastal-maaf'] = """Massive wildfires sweep Latakia countryside, forcing authorities to evacuate villages
LATAKIA, Syria — In recent years, Syria has experienced extreme heatwaves, declining rainfall, and devastating forest fires — the latest of which erupted on Friday in the Latakia countryside, specifically in the areas of Al-Basit, Qastal Maaf, and Mount Turkmen in the northwest of the country. Authorities have described these blazes as among the most difficult wildfires the country has faced in recent times.
According to Abdel Kafi Kayyal, Director of the Syrian Civil Defense Directorate in Latakia Governorate, firefighting teams are struggling to contain the flames due to high winds, severe drought, rugged terrain, the presence of landmines and unexploded ordnance, and the inaccessibility of fire hotspots, along with a lack of nearby fire lines.
Due to the rapid spread of the fires, Kayyal told the Syrian state news agency SANA that the flames in Qastal Maaf had reached populated villages, prompting emergency teams and civil defense forces to evacuate residents for their safety.
The Syrian Civil Defense has warned that smoke from the fires may reach the northern sections of the coastal mountains, as well as the city of Hemto (Hama), its surrounding countryside, and southern Idlib. The agency also reported damage to orchards and fruit fields in several areas of Latakia countryside. It urged citizens to report individuals suspected of intentionally starting fires in the forested regions.
As part of the emergency response, Syrian Minister of Emergency and Disaster Management Raed Al-Saleh announced a field meeting with Turkish officials to coordinate joint intervention and response efforts. Al-Saleh confirmed the agreement to deploy two firefighting helicopters and the entry of 11 firefighting units, including eight fire trucks and three water supply trailers.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
