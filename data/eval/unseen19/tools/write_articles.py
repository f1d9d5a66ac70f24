#!/usr/bin/env python3
"""Writes articles/*.txt for unseen19: the text of each stored page (search tool, corpus `pages`, no live web) as kept.
Kept: the title (first line), standfirsts, bylines, datelines, date lines shown with the article and photo captions
(without their credits). Dropped as site chrome: e01's "Quantcast", "Get breaking news alerts via email", "Click here to
manage your alerts", its related-story teaser ("'Brutal' direction >> U.N. released a report ...") and "Join the
Discussion Post a Comment"; e01's caption credit "(AP Photo/ Khalil Hamra)"; e02's footer "Copyright (c) 2022, The Dai...";
e03's "READ MORE: ..." link and the embedded video title "Turkish-backed rebels secure Jarablus in northeastern Syria";
e04's masthead line "Asharq Al-awsat English Middle-east and International News ..." and the repeated title, the caption
credit "(Photo: AFP)"; e06's "WORLD" label, "RECOMMENDED" and the caption credit "/ AP"; e07's caption credits
"[Ali Hajj Suleiman/Al Jazeera]" and the heading "Continuing strikes" (nothing of its section survives the cut); e08's
"Security" label, "author_image" placeholder, the second copy of the caption, its credit "(Photo: Manbij Military
Council)", the tag line and the site footer (copyright, radio frequencies, app stores, site map); e09's and e10's second
copy of the caption and its credit "(Syria Civil Defence/Facebook)" / "(Enab Baladi/Samah Alloush)". The search tool's
own " date YYYY-MM-DD" metadata prefix is not part of any text. A caption stored before the title is placed after it.
Stored copies that stop mid-sentence are cut at the last complete sentence. No wording changed; whitespace only
normalised (blank lines between paragraphs; e09's and e10's date and time, stored as two list items, on one line).
(Method of unseen14.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['e01_sltrib-ap-azaz-warplanes-bomb'] = """Syrian warplanes bomb rebel-held town in deadly attack

First Published Aug 15 2012 12:55 pm • Last Updated Aug 15 2012 05:49 pm

Injured Syrian women arrive at a field hospital after an air strike hit their homes in the town of Azaz on the outskirts of Aleppo, Syria, Wednesday, Aug. 15, 2012.

Azaz, Syria • Syrian fighter jets screamed through the sky Wednesday over this rebel-held town, dropping bombs that leveled the better part of a poor neighborhood and wounded scores of people, many of them women and children buried under piles of rubble. Activists said more than 20 people were killed.

The Britain-based Syrian Observatory for Human Rights said 23 people died in the double airstrike and more than 200 were wounded. Mohammed Nour, a local activist reached by phone, put the death toll at 25. Neither figure could be independently confirmed.

Reporters from The Associated Press saw nine dead bodies in the bombings’ immediate aftermath, including a baby.

The bombings sent panicked civilians fleeing for cover. So many were wounded that the local hospital locked its doors, directing residents to drive to the nearby Turkish border so the injured could be treated on the other side. One person’s remains were bundled into a small satchel.

A group of young men found a man buried in the wreckage of destroyed homes, his clothes torn and his limbs dirty, but still alive.

"God is great! God is great!" they chanted as they yanked him out and laid him on a blanket.

Nearby, a woman sat on a pile of bricks that once was her home, cradling a dead baby wrapped in a dirty cloth. Two other bodies lay next to her, covered in blankets. She screamed and threw stones at a TV crew that tried to film her.
"""
A['e02_albawaba-aleppo-barrel-bombs-jarablus-rai'] = """Regime attacks kill at least 10 dead in Aleppo as barrel bombings continue with no sign of abating

Published February 12th, 2014 - 07:48 GMT

Regime barrel-bomb strikes on Aleppo neighborhoods Tuesday killed at least 10 people, as rebels pushed forward with their campaign against the Islamic State of Iraq and Greater Syria (ISIS, also known as ISIL).

The Britain-based Syrian Observatory for Human Rights said helicopters dropped crude barrel bombs on two areas in the northern city, killing five children and five adults.

In rural Deir Al Zor, one fighter from ISIS was killed along with five rebels in clashes between the two sides, one day after ISIS militants were chased from most of their positions in the province. Rebels were also massing for attacks on ISIS positions in the Aleppo town of Jarablus and the village of Rai, the Observatory said, while six ISIS fighters and one rebel were killed in clashes near the village of Qara Kubra.

Near the Aleppo village of Aziza, rebels killed six regime troops Monday. The Observatory said rebels decapitated the corpses and placed the heads on display, calling them a “present” for Gen. Suheil Al Hasan, a regime commander in Aleppo.

In Homs province, clashes continued around the village of Zara near Tal Kalakh, on the Lebanese border. Five rebels and a regime lieutenant have been killed in the clashes over the last 48 hours, the Observatory said.

Although ISIS is fighting rebels throughout much of northern Syria, its militants and a rebel group staged a suicide blast in Jobar, on the outskirts of Damascus, that killed at least 32 regime troops Sunday, the Observatory said.

In the Yarmouk refugee camp, preparations were underway for a withdrawal of rebels from the besieged district, with their places to be taken by “Palestinian gunmen” and members of a pro-regime Palestinian group, the Observatory said.

Monday’s death toll stood at 248, of whom 192 were fighters, the Observatory said.
"""
A['e03_aljazeera-turkish-tanks-al-rai-front'] = """Turkish tanks enter Syria in new front against ISIL

Turkey sends in more tanks west of Jarablus, opening new front in battle against Islamic State of Iraq and the Levant.

Turkey has sent more tanks into northern Syria to the west of a border town seized from the Islamic State of Iraq and the Levant (ISIL) group last week, opening a new front in a cross-border intervention aimed at sweeping its fighters from the area.

Saturday's development came after Turkish forces and allied Syrian rebels seized the strategic border town Jarablus from ISIL on August 25.

Turkey and Syrian rebel forces are now continuing an offensive against ISIL in the area, with rebels capturing several other towns on Saturday close to the border with Turkey.

"Today, the rebel factions managed to take control of the villages of Arab Ezza, al-Fursan, and have moved towards Lilwa," Ahmed Othman, a commander in the pro-Turkey rebel group Sultan Murad, told Al Jazeera from Aleppo's northern suburbs.

The UK-based Syrian Observatory for Human Rights, a monitoring group that records daily developments in the war, confirmed that the rebels had taken several villages.

"Since Jarablus, we have headed west and managed to take over 17 villages from ISIL," said Othman.

"The goal is to take control of all the villages between al-Rai and Jarablus".

The Sultan Murad group and other rebel outfits affiliated with the Free Syrian Army (FSA), have already driven ISIL out of both towns.

"Today the tanks and armoured personnel started crossing in to Syria," said Al Jazeera's Hashem Ahelbarra on Saturday, reporting from Gaziantep on the Turkish border with Syria.
"""
A['e04_aawsat-regime-forces-abu-al-duhur-sinjar'] = """14 Kilometers Separate Regime Forces from Abu al-Duhur

Monday, 8 January, 2018 - 08:30

A picture shows the damage following an explosion at a base for Asian jihadists in a rebel-held area of the northwestern Syrian city of Idlib on Jan 7, 2018.

Syrian regime's forces continue to advance in Idlib's southern countryside, north of Syria, where they reached the border of Aleppo's administrative district after controlling the town of Sinjar and approaching Abu al-Duhur military airport. Meanwhile, Tahrir al-Sham Front stated that regime's operation in Idlib "is no picnic".

Director of Syrian Observatory for Human Rights (SOHR) Rami Abdul Rahman declared: "Regime forces took control of Sinjar and five other villages in Idlib's south-eastern countryside."

Regime forces are now 14 kilometers away from Abu al-Duhur military airport, Abdul Rahman told Agence France Presse.

A source at the Free Syrian Army told Asharq Al-Awsat that the regime adopted the policy of "scorched earth" in Idlib.

"It is advancing without any resistance as a result of the Astana agreement, which led to Turkey's commitment to the withdrawal of Tahrir al-Sham from the region," said the source, adding that it is likely Ankara won't be allowed to enter now because it will create a backlash.

SOHR pointed out that, since October 22, 2017, regime forces took control of over 95 villages in Hama and Idlib, including about 60 in Idlib alone over the past 14 days, during which more than 70,000 civilians were displaced.

Abu al-Duhur airport was the last military center of the regime forces in Idlib, and since the factions took control of it, the presence of regime forces is limited to loyal fighters in the besieged villages of al-Foua and Kefraya.
"""
A['e05_thenews-afp-kafranbel-russian-strikes'] = """Russia air strikes kill 10 civilians in northwest Syria

KAFRANBEL, Syria: Air strikes by Syrian regime ally Russia have killed 10 civilians including five children in a northwestern jihadist bastion, a monitor said on Monday, hours after Moscow announced a ceasefire there.

The Russian army said the air raids overnight on the town of Kafranbel, in Idlib province, came after it pinpointed the area as the launchpad for rocket fire on its key Syria airbase of Hmeimim.

Syria’s former al-Qaeda affiliate, Hayat Tahrir al-Sham, controls a large part of Idlib province as well as parts of neighbouring Aleppo, Hama and Latakia provinces. The jihadist stronghold is supposed to be protected from a government offensive by a September buffer zone deal, but regime and Russian bombardment has increased there since late April.

The Syrian Observatory for Human Rights said Russian air strikes overnight killed five children, four women, and one man in Kafranbel. The raids hit near a hospital in the town, knocking it out of service, the Britain-based monitor said.

An AFP correspondent saw five homes on the edges on the town that were destroyed or damaged after the strikes. Survivors picked through the debris to save the belongings they could, the reporter said, while a young man covered in dust from head to toe leant against a wall, shell-shocked after his father was killed.

Umm Wasel narrowly missed the air strike on her home after relatives invited her over to break her daily fast of Ramazan with them. "I came back at night to find my home devastated," said the 72-year-old, dressed in a long red robe and a black scarf covering her hair.
"""
A['e06_trtworld-afp-sarmeen-air-strikes'] = """Air strikes in northwest Syria kill 9 civilians

Seven of those killed in regime and Russian strikes in Sarmeen town of Idlib province were all members of one family, Syrian Observatory for Human Rights says.

Syrian rescuers use a bulldozer to remove rubble of a destroyed building that covers a street after air strikes in the town of Ariha, in Idlib province, Syria, Thursday, January 30, 2020.

February 2, 2020

Air strikes by the regime and its Russian ally on Sunday killed at least nine civilians in the last major opposition bastion of Idlib in northwestern Syria, a Britain-based war monitor said.

The Syrian Observatory for Human Rights said seven of those killed were all members of one family in the town of Sarmeen in Idlib province.

A correspondent of AFP news agency saw a man weeping as rescue workers pulled bodies from a crumpled two-storey building.

They belonged to his nine-year-old daughter and a 13-year-old son.

A regime air strike also killed a child in the town of Binnish, and a Russian raid took the life of a woman in the town of Atareb, the Observatory said.

The Russian-backed regime and militant forces are advancing on the rebel-held town of Saraqeb amid a double-pronged push into Idlib province, home to some three million people, half of whom have been displaced from other parts of the country.

The fighting in Idlib and in western Aleppo over the past week has killed 205 pro-regime militants and 220 anti-regime combatants, the SOHR said.

Thousands displaced

UNICEF said Saturday that violence this week forced 6,500 children to flee daily, bringing the total number of displaced children in northwest Syria to more than 300,000 since early December.

The regime of Bashar al Assad, which controls more than 70 percent of Syria, has repeatedly vowed to reclaim the entire country, including volatile Idlib.
"""
A['e07_aljazeera-kansafra-children-killed'] = """Children killed in Syria’s Idlib amid displacement crisis

Russian-backed Syrian government forces launch attacks on villages in southern Idlib, activists and residents say.

Pro-al-Assad forces are seeking to take control of strategically located Jabal al-Zawiya, making it easier for them to oversee the opening of the M4 highway

Russian-backed government forces have targeted the village of Kansfara, south of Idlib province, killing four children in a series of attacks on the rebel stronghold in northwestern Syria.

The children’s mother survived with her baby during the attack. Her husband was tending sheep near the village, and rushed to his wife after hearing the sound of the attack on Friday to find his children had been crushed under the rubble of his house.

Attacks that hit another house resulted in the injury of three civilian farm workers, and two other children were wounded as a result of artillery fire that targeted western Aleppo province, bordering Idlib.

The incident came a day after another attack killed five children

The two children were visiting the grave of their father in the village of Kafr Naha, west of Aleppo province. One of them, an eight year old, was taken to a Turkish hospital.

“There was a Russian military reconnaissance plane since five in the morning in the skies of Kansafra, and after half an hour the attack began,” Mustafa al-Hussein, an activist living in the village, told Al Jazeera.

“We rushed to the scene of the attack on foot for fear of reconnaissance aircraft. We arrived too late, we found the children turned to pieces between the ruins,” he added.

Laser missile attacks known as “Krasnopol” have recently been a common method to strike southern Idlib, where reconnaissance planes give precise coordinates to launch rocket attacks.
"""
A['e08_kurdistan24-turkish-drones-manbij-shara'] = """Turkish drones and shelling hit Manbij and northern Aleppo

Turkish drones and artillery shelling on Tuesday hit positions in northern Aleppo and Manbij.

Wladimir van Wilgenburg

Turkish shelling and drone strikes hit Manbij on Tuesday

ERBIL (Kurdistan 24) – Turkish drones and artillery shelling on Tuesday hit positions of the Manbij Military Council and the Syrian army in Afrin’s Shara district in northern Aleppo amidst continued escalation in the area.

The Manbij Military Council (MMC) in a statement said two of their fighters were killed by a Turkish drone strike in the countryside of Manbij. Furthermore, Turkish military forces shelled positions near Manbij.

Moreover, the local Hawar News Agency (ANHA) reported that a Turkish drone reportedly hit Syrian government forces in the vicinity of the village of Tanab in the Shara district of Afrin.

The UK-based Syrian Observatory for Human Rights (SOHR) also reported that three Syrian soldiers were killed by Turkish shelling in the vicinity of Aqiba village in Sherawa district in Afrin, which lies in northern Aleppo.

Turkish forces recently also with heavy artillery shelled several villages in northern Aleppo controlled by Kurdish forces and the Syrian government, and carried out several Turkish drone strikes.
"""
A['e09_enabbaladi-drones-idlib-countryside'] = """Drones target civilians in Idlib countryside

2024/07/25 3:57 pm

A Syria Civil Defence member inspects a house in the Idlib countryside after it was targeted by a suicide drone originating from regime forces - July 24, 2024

Regime forces targeted civilian homes in the village of Mantaf, south of Idlib, with four suicide drones this morning, Thursday, July 25, marking the third such attack this week.

A correspondent from Enab Baladi in Idlib reported that the drone attack did not result in civilian casualties, only material damage.

Activists on social media circulated videos of the attack site, showing a damaged car they claimed belonged to a civilian.

The attacks on northwestern Syria in recent days have not been limited to drones. Artillery shelling from areas jointly controlled by regime forces and the Syrian Democratic Forces (SDF) targeted the town of Anab in the Afrin countryside, north of Aleppo, late Wednesday night, July 24.

Artillery shelling by regime forces on Tuesday also targeted civilian homes in the town of al-Nairab, east of Idlib.

Another artillery shelling by regime forces on Sunday, July 21, targeted residential neighborhoods in the villages of al-Bara and Kansafra in the southern Idlib countryside.

According to the Syria Civil Defence rescue agency, the artillery shelling did not result in casualties but caused material damage.

Escalation in attacks

The Syrian regime and Russia have intensified their drone attacks on northern Syria.

On Wednesday, a suicide drone originating from regime forces exploded inside a residential house in the village of Taqad, west of Aleppo, causing a room to collapse without casualties.
"""
A['e10_enabbaladi-rehabilitate-idlib-countryside'] = """Efforts to rehabilitate Idlib countryside remain inadequate compared to needs

2025/02/19 11:51 pm

Local initiatives and efforts are insufficient to restore services to the towns of Idlib countryside - February 2025

Idlib – Samah Alloush

As’ad (45 years old) decided to leave his shop in the city of Idlib and return to his hometown, Saraqib, to partially repair his damaged shop so he could reopen it and make it easier for the residents of his city to buy the necessary plumbing and electrical supplies, in an attempt to revive the city that was mostly destroyed by the previous Syrian regime and its allies.

As’ad told Enab Baladi that the number of returnees has started to rise and life is beginning to return to the city, despite the destruction inflicted on the buildings. He added that several entities have taken on the task of repairing roads, clearing rubble, and rehabilitating schools.

He noted that his sales have doubled compared to what they were in Idlib, due to the need for household sewage network supplies, materials for unclogging and opening drains, water taps, and wires for internal electrical installations and circuit breakers, which were either stolen or damaged due to bombardment.

Whether through individual efforts, governmental entities, or volunteer groups, many are striving to restore services to the cities and towns of Idlib countryside that were either under the control of the previous Syrian regime before Bashar al-Assad’s flight on December 8, 2024, or along the contact lines. However, these efforts remain insufficient against the scale of the needs.

Positive indicators

Mustafa relocated his home electrical wiring workshop from Killi, northern Idlib, to Saraqib after demand increased for his services, as he is well-known in the area.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
