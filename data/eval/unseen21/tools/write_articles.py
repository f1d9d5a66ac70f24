#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen21.
Kept: title (first line), bylines, datelines, date lines shown with the article, standfirst-like source lines, photo
captions (without photo credits). Dropped as site chrome: d02's "5 Min Read" and the caption credits ")(P PHOTO / FRANCISCO
LEONG)" / "(AFP PHOTO / FRANCISCO LEONG)"; d03's "< 1 min read | Idlib, Politics, Reports" label line, the second copy of its
date line, the credit lines "Photo courtesy of Signs of Lafetat Kafr Nabl Facebook page" (twice) and "Video courtesy of
Lafetat Kafr Nabl Facebook page", and "More Latest..."; d04's "Advertisement" labels, "Share" button, the caption credit
"(Adem Altan / AFP/ Getty Images)" and the second (duplicate) copy of its caption; d05's masthead ("CHAIRMAN: ...",
"EDITOR-IN-CHIEF: ...") and "World / Middle East" section label; d06's tag line "Syria Air Strike MSF Idlib", the caption
credit "MSF" and an embedded tweet (MSF International, 15 Feb 2016); d07's site-header date ("News / Saturday / October 14 /
News"), the "Region:Turkey, Middle East" and "Theme: Politics" metadata and the "This text available in ..." language links;
d08's "4 min read", the teaser copy of its first sentence ("AMMAN: The newly formed rebel faction Jabhat Tahrir Souria seized
[...]") and the caption credit "Photo courtesy of Idlib Plus."; d09's "To view the original Arabic version of this item,
please click here!"; d10's "Middle East, News", "No Comments on <title>", "5 minute read" and an embedded tweet (The White
Helmets, 1 Dec 2024). The search tool's own " date YYYY-MM-DD" metadata prefix is not part of any text. Stored copies that
stop mid-sentence are cut at the last complete sentence. No wording changed; whitespace only normalised (blank lines
between paragraphs; line breaks inside a sentence joined with a space). (Method of unseen14.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['d01_lovinlife-reuters-jabal-al-zawiya-storm'] = """Armored Syrian forces storm towns near Turkey border

Sep 14, 2011, 6:49 a.m.

By Khaled Oweis AMMAN (Reuters) - Dozens of tanks and hundreds of soldiers stormed towns and villages near Syria's northwest border with Turkey on Wednesday, stepping up President Bashar al-Assad's efforts to crush popular unrest and pursue army defectors, local activists said.

Security forces and armed men loyal to Assad, fired machineguns randomly as they swept into at least 10 villages and towns in Jabal al-Zawiya from a nearby highway, after blocking access to the region and cutting off communications.

"There are casualties but no way yet to ascertain the numbers because it is difficult to communicate," one local activist said.

Assad faces Western outrage and tougher rhetoric from Turkey but no U.N. Security Council action over a ferocious military campaign to stop a six-month uprising demanding political freedoms and an end to his family's autocratic rule.

Support from Russia and China, which have oil concessions in Syria and want to limit the spread of Western influence in the Middle East, have helped frustrate a Western-led U.N. resolution for sanctions on Assad and the ruling hierarchy.

International rights groups, Western and Arab diplomats and local activists cite many more mass arrests in the last two weeks, including of wounded protesters in hospitals, more assassinations of street protest leaders, as well as more activists being reported tortured to death in prison.

The latest activist to die in prison was 25-year-old Ghayath Mater, whom Washington said was killed by the authorities for his "brave commitment to confronting the regime's despicable violence with peaceful protest."

Robert Ford, the U.S. ambassador in Syria, paid condolences at Matar's wake in the Damascus suburb of Daraya this week, together with the ambassadors of Britain and France.
"""
A['d02_dailynewsegypt-afp-sheikh-suleiman-base'] = """Syria rebels ready final assault on Sheikh Suleiman base

Liliana Mihaila

Sheikh Tawfik, head of the Noureddin Zinki battalion under the Free Syrian Army (FSA), smiles as he speaks to journalists at his headquarters in Qabtan Al-Jabal, about 25 kilometres (15 miles) west of Aleppo, on November 23, 2012.

Sheikh Tawfik, head of the Noureddin Zinki battalion under the Free Syrian Army (FSA), smiles as he speaks to journalists at his headquarters in Qabtan Al-Jabal on 23 November.

Qabtan Al-Jabal (AFP) \u2013 Rebels who have besieged Sheikh Suleiman army base for nearly two months are confident it will fall in days, giving them full control of a swathe of northwest Syria from Aleppo to the Turkish border.

Their optimism has been buoyed by a steady stream of defectors from the ranks of the several hundred troops defending the strategic base, the last major garrison still in army hands between the border and Syria\u2019s northern metropolis.

\u201cWe have been besieging the base for nearly two months, the 300 or 400 soldiers entrenched inside are in a desperate situation,\u201d rebel commander Sheikh Tawfik told AFP.

\u201cMany have deserted. Just this morning five more escaped; they are with us now,\u201d beams the bearded commander, whose authority is now unquestioned in the nearby town of Qabtan al-Jabal.

The base sprawls over nearly 200 hectares of rocky hills about 25 kilometres west of Aleppo.

Sheikh Tawfiq says according to the deserters, morale among rank and file conscripts is at rock bottom and it is only the officers, mostly drawn from the same Alawite minority as President Bashar Al-Assad, who prevent a full surrender.

\u201cEvery soldier in the base understands that the end of the regime is near. They are just waiting for an opportunity to lay down their arms, but their Alawite officers prevent them,\u201d he said.
"""
A['d03_syriadirect-kafr-nabl-weekly-commentary'] = """Inside Syria: Kafr Nabl\u2019s weekly political commentary

February 22, 2013

Friday\u2019s protests in Syria took place under the rubric \u201cFriday for a Dignified Raqqa\u201d [province, in Syria\u2019s east]. A-Raqqa province, located east of Aleppo province, was the site this week of clashes between rebels and the Syrian army. One of the protests took place in Kafr Nabl, a town in the FSA-controlled section of Aleppo province. Kafr Nabl is known among Syrians for its witty, wry and intense political commentary, often portrayed in the form of hand-drawn posters. Below, a few samples:

Friday protest in Idlib province\u2019s town of Kafr Nabl under the banner \u201cFriday for a Dignified Raqqa.\u201d
"""
A['d04_latimes-bab-al-salameh-blast'] = """Blast along Syrian-Turkish border kills more than 40, say activists

A rebel fighter is seen holding a rifle and a Syrian flag at the Bab al-Salameh border crossing into Turkey in July 2012. According to one opposition group, more than 40 people were killed in a bomb blast at the crossing Thursday.

An explosion at a border crossing between Syria and Turkey on Thursday killed more than 40 people and left scores wounded, activists said.

The blast ripped through the Bab al-Salameh crossing about 30 miles north of the city of Aleppo. It was caused by about 1 ton of explosives that were in a van parked in a garage and apparently were remotely detonated.

The Syrian Observatory for Human Rights, a British-based opposition group with a network of activists in Syria, reported that 43 people were killed, including five women and three children. That number was likely to rise because many of the wounded were in critical condition, the group said.

One of two border crossings between Turkey and the northern province of Aleppo, Bab al-Salameh represents a vital link for Syrians residing in the Turkish cities of Kilis and Gaziantep, many of them refugees. The explosion occurred in the early afternoon, a peak time for the hundreds of travelers going between the two countries before the weekend.

\u201cI was heading to the crossing when I saw a big bloom of fire followed by a very strong quake,\u201d Abu Yazid Halaby, a media activist based in the nearby city of Azaz, said via Skype. \u201cWhen I got there, there were body parts strewn around and people panicking everywhere.... I\u2019m still shaken by the horror of the scene.\u201d
"""
A['d05_peninsula-afp-sahl-al-ghab-villages-retaken'] = """Syrian forces take back major villages near regime bastion

Published: 19 Aug 2015 - 12:05 am | Last Updated: 01 Nov 2021 - 09:13 am

Peninsula

Syrian migrants leave for the Greek island of Kos aboard a boat yesterday off the shore of Bodrum, southwest Turkey.

Beirut: Syria\u2019s armed forces yesterday wrested back control of a series of key villages near the regime\u2019s coastal bastion that had been overrun by a rebel alliance, a monitor said.

The Syrian Observatory for Human Rights said government troops backed by militiamen seized four villages and other strategic locations in Sahl Al Ghab, in the central province of Hama.

Sahl Al Ghab is a large plain bordering Latakia, the heartland for the clan of President Bashar Al Assad and the Alawite sect from which he hails.

A rebel alliance including Al Qaeda\u2019s Syria affiliate, Al Nusra Front, had been advancing steadily in the area since the end of July, but pro-Assad forces recently began to push them back.

\u201cSyrian troops, backed by Lebanese Shia group Hezbollah and other pro-regime groups, retook control of four villages from the opposition fighters,\u201d said Observatory head Rami Abdel Rahman. Abdel Rahman named the villages as Naqus, Ziyara, Tal Waset, and Mansura, and said the regime had also seized other smaller positions in the area.

\u201cThese villages are the bulwark for Jureen,\u201d the army\u2019s regional headquarters that had been a key target for rebels, Abdel Rahman said.

Clashes and heavy shelling were ongoing, particularly in the villages of Al Qahira and Msheik.

Abdel Rahman said the battles had claimed lives on both sides, though he did not have specific details.

The regime\u2019s gains come a day after a Syrian newspaper said the army was preparing for a large pushback in Sahl Al Ghab.
"""
A['d06_newsweek-msf-hospital-maaret-al-numan'] = """MSF-Supported Hospital in Syria's Idlib Destroyed by Air Strikes

An initial image of the damage caused by the strike on the hospital on February 15 was shared by MSF on social media.

Air strikes destroyed a hospital supported by the international aid group Doctors Without Borders (MSF) in the northwestern Syrian province of Idlib on Monday, leaving at least eight staff members missing, according to a MSF statement.

At least four strikes hit the hospital in the town of Maaret al-Numan, the aid group said. They did not comment on the number of casualties caused by the strikes. However, the U.K.-based monitoring group the Syrian Observatory for Human Rights (SOHR) said that they killed nine people and wounded dozens, the Associated Press (AP) reported.

"This appears to be a deliberate attack on a health structure, and we condemn this attack in the strongest possible terms," said Massimiliano Rebaudengo, MSF's Head of Mission.

"The destruction of the hospital leaves the local population of around 40,000 people without access to medical services in an active zone of conflict."

There was no immediate claim of responsibility for the strikes but SOHR said that the Russian air force, which is supporting the regime of Syrian President Bashar al-Assad, was responsible.

Opposition activist Yahya al-Sobeih told AP that paramedics were at the scene to remove the rubble and search for survivors at the hospital that staffed 54 people and held 30 beds.

MSF has financed the medical facility since September 2015 and supplies medicine and equipment. It hosts two operating theaters, an outpatients department and an emergency room, the aid group said in a statement.
"""
A['d07_newsam-turkish-troops-enter-idlib'] = """Turkey troops enter Syria

10:27, 14.10.2017

Turkish armed forces have entered the Idlib Governorate of Syria under the pretext of setting up observation posts in accordance with the Astana 6 decision on creating a de-escalation zone in Syria, reported the state-run Syrian Arab News Agency (SANA).

The Turkish General Staff statement says the military is entering Idlib in the context of setting up observation posts.

Turkish President Recep Tayyip Erdo\u011fan, for his part, announced that the troops have entered Idlib together with the \u201cFree Army.\u201d

Reuters news agency and Turkish media stress that militants from the Al-Nusra Front accompanied the Turkish forces when crossing the Bab al-Hawa border checkpoint of the Idlib Governorate.
"""
A['d08_syriadirect-jts-seizes-darat-izza'] = """New rebel faction seizes cities and towns from hardline Islamist coalition in Syria\u2019s northwest

26 February 2018

AMMAN: The newly formed rebel faction Jabhat Tahrir Souria seized a major city in opposition-controlled western Aleppo province and at least half a dozen other towns and villages across Syria\u2019s rebel-held northwest from rival Hay\u2019at Tahrir a-Sham on Monday.

Jabhat Tahrir Souria (JTS) \u201cliberated\u201d Darat Izza, one of the largest opposition-held cities in western Aleppo province, on Monday, Mohammad Adeeb, a spokesman for the group told Syria Direct. Darat Izza has an estimated 40,000 residents.

JTS forces captured six other towns in western Aleppo and northern Idlib provinces from the hardline Islamist coalition Hay\u2019at Tahrir a-Sham (HTS) the same day, the spokesman added.

Monday\u2019s advances in western Aleppo and northern Idlib place JTS fighters within 10 kilometers of Bab al-Hawa, a key border crossing with Turkey held by HTS since July 2017. The recent JTS gains appear to be one of the most significant challenges to HTS dominance in Syria\u2019s rebel-held northwest since the latter seized near-total control of Idlib province and nearby areas of Hama and Aleppo provinces from rival factions in July 2017.

Rebel infighting erupted early last week after JTS announced its formation in a merger between the Islamist factions Ahrar a-Sham and Harakat Nour e-Din a-Zinki. Both groups previously clashed with HTS in a series of inter-rebel conflicts that have plagued Syria\u2019s northwest for more than a year.

Fighters with Jabhat Tahrir Souria stand with Darat Izza residents on Monday.

HTS, a hardline Islamist coalition formed in January 2017, is led by Jabhat Fatah a-Sham, formerly Al-Qaeda\u2019s Syrian affiliate Jabhat a-Nusra. The rebel coalition largely controls Idlib province and adjacent rebel-held areas of Hama and Aleppo provinces.
"""
A['d09_smart-camp-fire-khirbat-al-jawz'] = """Displaced man dies as result of fire in camp, western Idlib

Editing: Abd Allah Al Darwesh | TranslationEditor: Farah Nassif | Translation: Glory Jabr

Publication date: 2019/01/28 14:54

Idlib - SMART

On Monday, a displaced man died after a fire broke out in a camp for forcibly displaced people near the village of Khirbat al-Jawz in western Idlib, Northern Syria.

Local activists reported that the fire broke out due to the misuse of the heater, noting that the Civil Defense fire team was able to extinguish it before extending it to the rest of the tents.

On Jan 25, a fire broke out at the Ihsan camp near the village of Atma, northern Idlib, on the Syrian-Turkish border, causing only material damage.

The fire incidents repeatedly occur in Northern Syria, especially in the refugee camps, due to the widespread use of non-refined fuel, and the lack of children\u2019s awareness to use the fuel, causing fires that killed and injured a number of civilians, including children and women.
"""
A['d10_iria-russian-syrian-strikes-idlib-aleppo'] = """Russia and Syrian regime conduct airstrikes in Idlib and Aleppo after armed rebel group resurgence

December 2, 2024

Russian and Syrian warplanes launched airstrikes on Idlib and Aleppo for the first time since 2016. The resurgence of violence follows a surprise offensive by rebel factions that seized significant portions of the city.

Russian and Syrian fighter jets targeted the southeastern outskirts of Aleppo, including civilian vehicles at a roundabout, resulting in at least 16 deaths and 20 injuries, according to the UK-based Syrian Observatory for Human Rights. These airstrikes came after the rebel alliance, led by the Islamist militant group Hayat Tahrir al-Sham (HTS), advanced deep into Aleppo, capturing strategic sites and neighborhoods.

According to the Syrian civil defense group the White Helmets, the preliminary toll of victims from the Syrian regime and Russian airstrikes on the city of Idlib, its countryside, and the countryside of Aleppo, includes fatalities of 18 civilians, including five children, two women, and 11 men. In addition, about 125 civilians including 54 women and 39 children have been injured.

The resurgence of violence and surprise attack by the rebels left thousands of civilians fleeing Aleppo toward Latakia and Salamiya. Residents rapidly packed into cars, leaving behind their homes and belongings. The United Nations estimates that 14,000 people have been displaced in the past week alone.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
