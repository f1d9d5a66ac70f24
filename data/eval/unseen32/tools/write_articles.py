#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen32.
Kept: title (first line), standfirsts, bylines, datelines, date lines shown with the article, photo captions (without
photo credits). Dropped (site chrome): kk01's "Video PlayerClose" label; kk02's image placeholder label "expressive image";
kk04's "6 min read" label (shown above the title) and the related-post shortcode line "[irp posts=... name=...]"; kk06's
site tagline "News, Sports, Entertainment" and the comment-form footer "Leave A Reply / Your email address will not be
published."; kk07's repeated title line above the date line; kk08's date bullets (date and time joined on one line), the
repeated caption and its credit "(Sham Legion)"; kk09's "A+ A-" font-size widget; kk10's "English / Arabic" language
toggle, the repeated caption and its credit "Photo: Sana". The search tool's own " date YYYY-MM-DD" metadata prefix is
not part of any text. Stored copies that stop mid-sentence are cut at the last complete sentence (kk01, kk04, kk08, kk09,
kk10). No wording changed; whitespace only normalised (blank lines between paragraphs, trailing spaces removed).
kk02, kk03, kk05, kk06 and kk07 are complete as stored. (Method of unseen30 / unseen28.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['kk01_xinhua-rebel-attack-northern-hama'] = """Syrian army responds to major rebel attack in de-militarized zone in central region

Source: Xinhua| 2019-03-03 18:16:23|Editor: zh

DAMASCUS, March 3 (Xinhua) -- The Syrian army responded to a heavy rebel attack before the crack of dawn on Sunday in areas in the northern countryside of Hama province in central Syria, the Syrian army said in a statement.

The attackers targeted several military positions in northern Hama countryside, which are included in the de-escalation zones' deal established last September.

The rebels used various weapons and took advantage of the bad and stormy weather conditions, said the Syrian army, adding that the Syrian forces responded to the attack with bravery and inflicted a big toll on the assailants.

The army said a number of Syrian soldiers were killed in the confrontation without giving a number.

It stressed the Syrian army's readiness to respond to the attacks of the rebels in the areas that are still witnessing rebel presence in Syria.

Meanwhile, the state news agency SANA posted photos of slain rebel militants who were killed in the battles in the northern countryside of Hama.

Meanwhile, the Syrian Observatory for Human Rights war monitor said at least 20 Syrian soldiers were killed by rebels' attack Sunday.

The rebels infiltrated government-controlled area in the countryside of Hama, engaging in battles with the Syrian forces, killing 20 while five of the assailants were killed, according to the Observatory.

The UK-based watchdog group said the attackers withdrew, adding that the death toll could likely rise as many are in critical conditions.

The targeted area is included in the de-escalation zone's deal reached by Turkey and Russia late last year.

Syrian state media report the targeting of rebels infiltrating government-controlled areas in Hama almost on daily basis.
"""
A['kk02_orient-latamneh-kafr-zeita-bombed'] = """Latamneh, Kafr Zeita in Hama countryside continuously bombed by Assad militiamen

Orient Net 2019-07-07 06:03:00

Assad militiamen and Russian warplanes shell and bomb cities of Kafr Zeita and al-Latamneh in Hama northern countryside round the clock, Orient News correspondent Jamil al-Hasen says.

Media activist Mahmood Alhamwi posts footage videos on his social media accounts of the aerial attacks on the residential areas every day.

On Saturday (July 6), three civilians were killed by the Assad shells in the town of Morek near the Turkish observation point in Hama northern countryside.

Hama northern countryside is within the de-escalation zone agreement reached by Russia and Turkey last September.

The city of Hama is controlled by the Assad and Iranian militias.

People of Hama largely took part in demonstrations against the Assad regime after the Syrian revolution broke out in 2011.
"""
A['kk03_snhr-ariha-vital-facilities'] = """Russian forces bombed vital facilities in Ariha city in Idlib, on March 3

SNHR: fixed- wing warplanes we believe were Russian fired missiles on three vital facilities (Imam Malek School, Martyr Abdul Ghany al Sayyadi School and al Sena’a Mosque) in Ariha city in the southern suburbs of Idlib governorate, partially destroying facilities’ buildings and damaging their furniture, on March 3, 2020.
"""
A['kk04_syriadirect-idlib-housing-crisis'] = """Constant uprooting: Idlib’s long housing crisis

Families displaced to Idlib struggle to find stability amidst a severe housing shortage and exploitation by landlords and rental offices.

21 December 2021

IDLIB — Finding housing has become a nightmare for the 2.7 million residents of Idlib province in northwest Syria, including around 1.7 million internally displaced Syrians who found refuge in the last opposition-held territory.

Large-scale displacement continues to feed a severe housing crisis across the overcrowded province. Many families settled in informal camps in olive groves or in former schools turned into collective shelters. Luckier ones – around half of displaced households in northwest Syria, according to a nationwide humanitarian assessment – live in houses or apartments, most often rented.

Despite the relative comfort of living in a proper building, tenants are plagued by poor living conditions, the risk of eviction, and legal and economic vulnerability in the real estate market.

“Landlords and rental offices exploited me for my situation as a widow and a displaced mother,” Alaa al-Ahmad, 30, who was displaced from the countryside of Hama and lived in eleven houses over the course of a single year, told Syria Direct. “Knowing that I receive aid from NGOs and charities led them to ask for more money in rent and fees,” she added.

A highly unstable market

Like al-Ahmad, many women suffer from the economic, psychological and health effects of Idlib’s highly unstable rental market. Few people manage to live in the same home for an entire year.
"""
A['kk05_northpress-jadida-yaqoubia-airstrike'] = """Casualties reported in Russian airstrike in Syria’s Idlib

IDLIB, Syria (North Press) – About 20 individuals, most of them children, were killed and wounded, on Friday morning, in Russian airstrikes, targeting population centers in the countryside of Jisr al-Shughur area, west of Idlib Governorate, northwest Syria.

Russian warplanes targeted, today at down, the homes of residents on the outskirts of the villages of al-Yaqoubia and al-Jadida, north of the city of Jisr al-Shughur, using high-explosive missiles, eyewitnesses told North Press.

The aerial bombardment caused the killing of seven civilians, including five children, four of them from one family, in addition to the injury of 14 others, including 8 children, the victims were transferred to medical points near the area, the eyewitnesses added.

According to the eyewitnesses, most of the victims of the bombing are IDPs.

The Russian raids coincided with artillery bombardment by Syrian government forces that targeted a number of civilian vehicles that were transporting construction materials in the village of Mazraa in Zawiya Mountain south of Idlib. Only material damage was reported.

The Russian raids came days after Turkish officers demanded IDPs of villages in Idlib countryside to return to their homes and promised that there would not be any military operation by Russia or Syrian government forces on Idlib.

Although the de-escalation zone in northwest Syria is subjected to a Russian-Turkish ceasefire agreement signed in March 2020, the area witnesses frequent mutual bombardment despite the entry of the ceasefire into force.

In March 2020, Russia and Turkey reached an agreement in Moscow that stipulated a ceasefire, the establishment of a safe corridor, and the conduct of joint patrols on the M4/Aleppo-Latakia Highway.

Reporting by Baha’ al-Nobani
"""
A['kk06_miraclesix-ians-tunnel-attack-idlib'] = """11 soldiers killed in rebel attack in Syria

Damascus, Aug 27 (IANS) Eleven Syrian military personnel were killed, and 20 others were injured in a rebel attack in the country’s northwestern province of Idlib, a war monitor reported.

The attackers carried out an assault and detonated explosive devices concealed in tunnels beneath Syrian Army positions in the southern countryside of Idlib, said the Syrian Observatory for Human Rights on Saturday.

The observatory added that the attackers are from factions, including the Ansar al-Tawhid group and the Turkestan Islamic Movement, both affiliates of the Hayat Tahrir al-Sham (HTS) rebel group, Xinhua news agency reported.

Tension has been brewing between the HTS and the Syrian Army, with both sides exchanging fire in northern Syria.

On Friday, seven HTS members were killed by the army forces in the western countryside of Aleppo in northern Syria, according to the observatory.

On Monday, Syrian forces intercepted and shot down three weaponised drones dispatched by the HTS in the northwestern provinces of Idlib and Hama, according to the state news agency SANA.

On the same day, Russian airstrikes conducted in the Idlib region killed eight HTS militants, according to the observatory.

HTS, previously known as the al-Qaida-linked Nusra Front, has established control over a large swathe of Idlib.
"""
A['kk07_hawar-kafr-nouran-bara-bombardment'] = """Missile bombardment on Aleppo countryside

The vicinity of a village in the Aleppo countryside witnessed missile bombardment carried out by Damascus government forces, and they also carried out bombing on an axis in the Idlib countryside, which led to the killing of a Turkish occupation mercenary.

28 November 2023   12:07

This morning, Damascus government forces bombed with missiles the vicinity of the village of Kafr Nouran in the western countryside of Aleppo, without information about any deaths or injuries, according to the Syrian Observatory for Human Rights.

In a related context, a mercenary affiliated with the "Tahrir al-Sham" mercenaries was killed in an artillery shelling carried out by Damascus government forces, on the Al-Bara axis in the southern countryside of Idlib, within the so-called "De-escalation" area.

Thus, the number of those killed has risen to 598 in ground attacks within the “De-escalation” area since the beginning of 2023, during 411 operations that varied between attacks, sniper operations, clashes, and targeting, and more than 263 soldiers and mercenaries of the Turkish occupation and 203 citizens were injured in the aforementioned operations.
"""
A['kk08_enabbaladi-nubl-zahra-limited-return'] = """Return of limited number of residents to Nubl and Zahra in Aleppo

2024/12/05 11:30 pm

Members of opposition factions meet with residents of the towns of Nubl and Zahra to persuade them to return to their areas - December 4, 2024

The towns of Nubl and Zahra in northern Aleppo have witnessed a limited return of their residents, following the complete control of opposition factions over the northern rural areas of Aleppo and large parts of the governorate.

Videos obtained by Enab Baladi show that a number of Nubl and Zahra residents were transported by buses sent by the “Deterrence of Aggression” factions from the outskirts of the city of al-Safira, where the residents of the two towns had been displaced after military operations.

According to the recordings, a section of the residents returned while another portion refused to return and preferred to stay at the outskirts of al-Safira.

Enab Baladi‘s correspondent in Aleppo confirmed the return of a small number of residents from the two towns, estimated at about 70 people, most of whom are children and elderly.

Meanwhile, the majority had left for northeastern Syria, where the Syrian Democratic Forces (SDF) or areas controlled by the regime prevail.

The media office official for the Sham Legion, Malik Ahmad, one of the factions participating in the “Deterrence of Aggression” operation, stated that coordination with the residents had been made through the relations officers who visited the displaced persons from the two towns in their locations east of al-Safira.

Opposition factions pledged that their security administration would guarantee the protection of their lives and property, according to Ahmad’s statement to Enab Baladi.
"""
A['kk09_rudaw-isis-cell-iraqis-idlib'] = """Syria dismantles suspected ISIS cell accused of killing Iraqis

07-08-2025
Rudaw

ERBIL, Kurdistan Region - Syria’s interior ministry said on Thursday that security forces arrested a suspected Islamic State (ISIS) cell in the northwestern Idlib province, accused of assassinating five Iraqi nationals.

“The operation resulted in the complete dismantling of the terrorist cell, as it was revealed that its members were involved in carrying out assassinations” against five Iraqi nationals, Idlib security chief Ghassan Mohammed Bakir said, as cited by the state-run SANA news agency.

During the operation, a weapons depot containing explosive vests, bombs, sniper rifles, machine guns, and mortar shells was seized.

“A workshop dedicated to manufacturing and detonating explosives” was also located, according to Bakir.

ISIS attacks in Syria have largely been focused on the Kurdish-held regions of north and east Syria, but attacks in areas held by the new Damascus-affiliated authorities remain rare.

In June, a deadly bombing struck the Mar Elias Church in Damascus during Sunday mass. Two assailants opened fire on worshippers before detonating an explosive vest, killing 25 people and injuring 63 others. Damascus blamed ISIS for the attack.

ISIS rose to power and swept through swathes of Syria in a brazen offensive in 2014, declaring a so-called “caliphate.”

But the militants were territorially defeated in 2019 as local Syrian and Kurdish fighters, supported by a US-led international coalition, clawed back territory from the group.

ISIS has continued to carry out attacks on Kurdish-led forces. On Wednesday, two Kurdish-led Syrian Democratic Forces (SDF) fighters were killed in an ISIS attack in the eastern Deir ez-Zor province.
"""
A['kk10_thenational-isis-cell-idlib-aleppo'] = """ISIS cell members arrested in Syria following attacks in Idlib and Aleppo

Syria's Interior Ministry said government troops have arrested members of an ISIS cell believed to be responsible for attacks on security and military personnel in the provinces of Idlib and Aleppo.

The arrests followed an attack on Sunday claimed by ISIS, in which the ministry said four security personnel were killed while on patrol on the Maaret Al Numan road in Idlib.

Damascus and Washington also accused a lone gunman, who killed two US troops and an interpreter in Palmyra on Saturday, of having links with the group. ISIS has not claimed responsibility for that attack.

On Wednesday, the Syrian Interior Ministry said it had increased surveillance and intensified its investigations after the attack in Idlib, which led to the identification of the vehicle used by the suspects.

“Through monitoring and surveillance operations, security units were able to arrest three individuals, while another was neutralised. During interrogations, the detainees confessed to the involvement of four other individuals who participated in carrying out the terrorist operations,” the ministry said.

Syrian security troops carry out raids against ISIS in Idlib and Aleppo.

Security troops said they carried out a second operation in which they arrested five additional people. During interrogation, the suspects confessed to carrying out three “terrorist operations”, the ministry said, including the attack on Maaret Al Numan, an assault on Ministry of Defence personnel in Idlib, and an operation attacking customs officers in the Zarba area of Aleppo.

Explosive belts, silencers, M-16 missiles and M4 machine guns were seized during the raids.

The Idlib region was a bastion of rebel and extremist groups, including foreign fighters, during Syria's civil war.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
