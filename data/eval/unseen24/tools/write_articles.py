#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen24.
Kept: title (first line), standfirsts, bylines, datelines, date lines shown with the article (also a "Last updated" line
and a source/time line), photo captions (without photo credits). Dropped: site chrome (section labels such as "Middle East"
and "WORLD", "N min read" labels, topic tag rows, "Top Stories" and follow/share buttons, a repeated title / date line /
caption that the page layout shows twice, a truncated teaser that repeats the first sentence, photo credits such as
"(REUTERS/...)", "[Getty]", "/ Photo: AA Archive", "(Edited by Enab Baladi)", a caption that is only a credit, a mirror
site's spam header and the "TOP STORIES / EDITOR'S CHOICE" footer, a comments disclaimer). The search tool's own
" date YYYY-MM-DD" metadata prefix is not part of any text. Stored copies that stop mid-sentence are cut at the last
complete sentence. No wording changed; whitespace only normalised (blank lines between paragraphs; double spaces made
single). (Method of unseen12-unseen14.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['a01_khaleejtimes-ap-kindi-hospital-aleppo'] = """Syrian rebels seize strategic hospital in Aleppo

The shattered remains of the five-story Kindi hospital is close to Aleppo’s besieged central prison.

By (AP)

Published: Sat 21 Dec 2013, 8:35 PM

Last updated: Tue 7 Apr 2015, 5:33 PM

Syrian rebels have gained control of a strategic hospital in the city of Aleppo despite days of relentless barrel bombings of opposition-held areas in the northern city, activists said.

The shattered remains of the five-story Kindi hospital is close to Aleppo’s besieged central prison, which rebels have been trying to capture for months to free their comrades.

The rebels captured the hospital on Friday, according to two activist groups — the Aleppo Media Centre and the British-based Syrian Observatory for Human Rights. Aleppo-based activist Abu Al Hassan Marea said the rebels who overran the ruins of the hospital included both conservative Muslim groups and Al Qaeda linked factions.

At least 35 rebels were killed in the battle for Kindi, the activists said, a relatively high toll for a single day that spoke to the intensity of the fighting even by the brutal standards of Syria’s three-year civil war, said the Observatory, which has a network of activists on the ground. It was not clear how many soldiers were killed.

An 18-year-old Syrian photographer was also killed in the fighting, said the activists. Marea said the photographer was shot but that the circumstances of his death were not immediately clear. He said the photographer’s brother, a rebel fighter, was also killed in the same battle.

Syria is one of the world’s most dangerous places for reporters to work. The New York-based media rights group, the Committee to Project Journalists, says 22 journalists were killed in Syria this year. That toll did not include the photographer.
"""
A['a02_dailystar-water-war-aleppo'] = """Water war takes its toll on Aleppo

A boy fills buckets with water sourced from underground wells in Aleppo May 10, 2014.

BEIRUT: Pro- and anti-Assad Aleppo residents, as well as rights groups, have slammed what they call the collective punishment of civilians by suspending services and utilities, as a water crisis there entered its 12th day.

While water began return to some areas in Aleppo Tuesday, large swathes of both eastern, mainly rebel-held areas and western, government-controlled parts of the city remained dry Thursday, affecting an estimated 1 million people.

The Syrian Foreign Ministry told the U.N. Wednesday that rebels were using “collective punishment” against civilian populations by targeting water supplies, something it has been accused of itself through blockades of rebel areas and the indiscriminate use of “barrel bombs” on civilian neighborhoods in Aleppo.

Those tactics prompted Islamist rebel groups to cut electricity to regime-held neighborhoods in the city in April in order to pressure the regime to ease its barrel campaign.

Under a deal with the Al-Qaeda-linked Nusra Front, the local Shariah Committee and the Syrian government, the rebels agreed to restore power if the regime ceased using barrel bombs on rebel-controlled areas, threatening to cut the water supply lines to regime-held neighborhoods if they failed to do so.

The deal collapsed, and the barrel bombs continued to fall.

Rebel factions, meanwhile, traded blame over the water cut, which affected large areas of their own opposition support base, as civilian anger and misery mounted in the city.

A spokesman for the Islamic Front coalition involved in the negotiations over electricity accused the Islamic State of Iraq and Greater Syria (ISIS), an Al-Qaeda splinter group, of cutting the water supply at the Khafsah station outside Aleppo.

“The water supply was cut from the ISIS-dominated area,” the spokesman said.
"""
A['a03_aljazeera-euphrates-shield-jarablus'] = """Operation 'Euphrates Shield' ends ISIL rule in Jarablus

Syrian rebels backed by Turkish forces drove ISIL out of Jarablus, a strategic town on border with Turkey.

Karkamis - On Wednesday Turkish troops and special forces backed by the Free Syria Army launched operation "Euphrates Shield" against the Islamic State of Iraq and the Levant (ISIL, also known as ISIS) to liberate the strategic Syrian city of Jarablus on the border with Turkey.

About 40 Turkish tanks and 2,000 Free Syrian Army fighters have entered into Jarablus around midday, shortly after Turkish air forces conducted raids targeting ISIL positions in Jarablus.

The Turkish army ordered the evacuation of Karkamis, a Turkish town on the border with Jarablus, a day before the operation began.

The battle for Jarablus lasted 14 hours before the FSA announced on its Twitter account that they captured the city and raised the Syrian Revolution flags over its buildings.

Euphrates Shield operation is considered to be the first Turkish ground intervention in Syria since the Syrian crisis started in 2011.
"""
A['a04_egypttoday-syrian-refugees-home-for-eid'] = """Syrian refugees return home for Eid

Sun, 25 Jun 2017 - 12:00 GMT

CAIRO – 25 June 2017: This Eid, Syrian refugees are going on a one-of-a-kind pilgrimage. Adults, youngsters and toddlers are leaving their new homes in Turkey to find their old neighborhoods in war-struck Syria after Turkish authorities have allowed their passage in the spirit of the three-day Eid al-Fitr celebration.

For weeks before Eid, Syrians, with proper travel documents were allowed to pass through two border crossings, Cilvegozur/Bab al-Hawa and Oncupinar/Bab al-Salam. After passing through the Turkish checkpoints where they received a permit that would allow them to return, they headed to the Syrian checkpoint where they needed to pick a return date – a mechanism authorities developed in an attempt to avoid overcrowding on the return, Al-Monitor reported.

Ramadan celebrations in Syria have already received plenty of media attention this month with pictures of Muslims having iftar in the ruined town of Douma going viral.

For some, the return was not just about Eid celebrations; it was about family reunions.

Ismail Hadidi Jafar, 21, who left Syria two years ago, told The Associated Press, “I have a young sibling whom I’ve never met.”

Since 2015, Turkey, being among the countries receiving most Syrian refugees since the beginning of the crisis in 2011, has been attempting to curb the influx by building border walls and controlling entry. However, TRT World, produced by Turkey’s national public broadcaster, reported that Turkey regularly allows the passage of refugees to Syria and their return to Turkey each Eid holiday. Last year, around 13,000 had returned by the end of Ramadan and around 28,000 by Eid al-Adha, according to TRT World.
"""
A['a05_xinhua-turkish-wall-afrin'] = """Turkish forces continue to build wall in northern Syria

Source: Xinhua| 2019-05-11 22:32:11|Editor: yan

DAMASCUS, May 11 (Xinhua) -- The Turkish forces are continuing to build a wall around the Afrin area in northern Syria, a war monitor reported on Saturday.

The wall length has exceeded 2 km as the Turkish forces are trying to protect its forces from possible attacks by the Kurdish-led groups in northern Syria, according to the Syrian Observatory for Human Rights.

Afrin enclave had been controlled by the Kurdish People's Protection Units (YPG) and other allied militia groups.

Last year, Turkey spearheaded an operation to dislodge the YPG and took control of the city with the help of its allied rebels in northern Syria.

Several explosions have rocked the city since it fell to the Turkey-backed rebels.

Around 350,000 people were displaced from Afrin when the Ankara-backed rebels took control.
"""
A['a06_rudaw-turkish-shelling-tal-rifaat'] = """Turkish shelling kills three civilians in Syria’s Tal Rifaat: local sources

ERBIL, Kurdistan Region — Three civilians, including two children, were killed and multiple others wounded on Saturday in Turkish shelling of the Syrian Kurdish-controlled city of Tal Rifaat, north of Aleppo, according to local sources.

The UK-based conflict monitor Syrian Observatory for Human Rights reported three civilians were killed and eleven wounded with injuries “of varying degrees.”

Five-year-old Yasser Sakran and twelve-year-old Ebid al-Mohsen were both killed. The third person who died, Nazliye Mohammed Mustafa, was originally from Afrin, according to Hawar News Agency, an outlet affiliated with the Syrian Democratic Forces (SDF).

More than 22,000 people originally from the Afrin region are living in Tal Rifaat, according to the Observatory. They moved there after fleeing their homes during Turkey’s Olive Branch military operation against Afrin launched in January 2018. Tal Rifaat is under the control of Kurdish forces, and Turkish and Russian personnel are also present in the area.

At least six others were injured in the attack.

North Press Agency (NPA) said that the six injured were transferred to Afrin Hospital, some of them in critical condition. The Rojava Information Centre reported 11 wounded.

Ankara has conducted three military campaigns in northern Syria since 2016, mainly targeting Kurdish forces, the People’s Protection Units (YPG), it believes are linked to the Kurdistan Workers’ Party (PKK). With its Syrian militia proxies, Turkey now controls Afrin, areas north of Aleppo, and pockets of territory within the Kurdish region in the northeast known as Rojava.

In Turkey’s latest offensive, in October 2019, large numbers of civilians were displaced and the US Commission on International Religious Freedom (USCIRF) warned Ankara was relocating Syrian refugees from other areas of the country in “religious, ethnic, and cultural replacement.”
"""
A['a07_newarab-protests-turkish-reconciliation-call'] = """Northern Syria erupts in protest after Turkish FM suggests regime 'reconciliation'

Protests have erupted across northern Syria after Turkish Foreign Minister Mevlut Cavusoglu said Syria's opposition and regime needed to reconcile to end the war.

12 August, 2022

Syrians in Idlib province and parts of Aleppo province took to the streets to denounce any reconciliation with the regime

Thousands of Syrians in rebel-held areas in Northern Syria took to the streets on Thursday and Friday to protest against a proposal from Turkish Foreign Minister Mevlut Cavusoglu for reconciliation between the Syrian government and opposition.

"We have to somehow get the opposition and the regime to reconcile in Syria. Otherwise, there will be no lasting peace, we always say this," the Turkish FM told diplomats on Thursday.

In Idlib province and parts of Aleppo province - the only remaining areas in the war-ravaged country held by Syrian opposition groups - protesters took to the streets en masse to denounce reconciliation with what they called a "criminal" regime, with some demonstrators burning Turkish flags.

More than 500,000 people have been killed in Syria, largely at the hands of the regime and at its ally Russia, since the war began in 2011. At least 11 million more have been displaced from their homes.

Activists have used the Arabic-language hashtag "We_Will_Not_Reconcile" on social media sites to highlight their disgust at the move.

It follows growing signs that Turkey and the Syrian regime might restore ties, including a brief meeting between Cavusoglu and his Syrian counterpart Faisal Mekdad in Belgrade.

He has also said he would support any Syrian regime military operations against Kurdish militias in the north, after a decade-long boycott of Assad by Ankara.

This and other signs of normalisation have led to protests by Syrians.
"""
A['a08_trtworld-un-aid-bab-al-salam-al-rai'] = """UN gets authorisation to deliver aid to quake-hit northern Syria

United Nations will resume aid deliveries to Syria through the Bab al Salam and Al Rai border crossings from Türkiye until November 13.

The UN Security Council voted in 2014 to authorise four border crossings to let aid into opposition-held areas of the north and northwest, where more than four million people live.

By Eren Doguoglu

August 9, 2023

The United Nations has said it secured a green light to keep sending aid into earthquake-hit Syrian opposition-controlled zones, with two border crossings reopened and talks underway on a third blocked since last month.

The Syrian regime agreed to a second three-month extension of two border crossings that were opened to UN humanitarian workers after the February earthquake and had been due to close on August 13.

"We greatly welcome the extension of permission by the government of Syria to utilise the Bab al Salam and Al Rai border crossings until November 13," said Eri Kaneko, spokesperson for the UN Office for the Coordination of Humanitarian Affairs.

The February 6 quakes in Türkiye and Syria killed more than 55,000 people. After criticism of slow aid, Damascus agreed to the two border crossings to let in supplies including tents, blankets and anti-cholera kits.

Syria — already devastated by more than a decade of civil war that has left half a million people dead — needs some $15 billion to recover from the earthquake, according to a UN assessment released in May.

The UN Security Council voted in 2014 to authorise four border crossings to let aid into opposition-held areas of the north and northwest, where more than four million people live.
"""
A['a09_enabbaladi-jolani-one-man-rule'] = """Al-Jolani: The one-man rule

2024/04/22

2:17 pm

The head of the General Security Service, Diaa al-Omar, the head of the Shura Council, Mustafa Moussa, the head of the Salvation Government, Mohamed al-Bashir, and the commander of Hayat Tahrir al-Sham, Abu Mohammad al-Jolani

Hassan Ibrahim | Jana al-Issa | Razam al-Sawadi

Four civil and military bodies control the joints of life in the city of Idlib in northwestern Syria and large parts of its countryside, including parts of the rural areas of Aleppo and Latakia, and the al-Ghab Plain northwest of Hama. Represented by the Syrian Salvation Government (SSG), the General Shura Council, the General Security Service, and the Hayat Tahrir al-Sham (HTS), these entities share services, economic, security, and military responsibilities. Meanwhile, the HTS imposes itself as the strongest voice and leader in most files.

In the city, which escaped the grip of the Syrian regime in 2015, the Salvation Government and the Shura Council emerged, two civil bodies established with a push from the HTS, which have remained associated with it at least in service, economic, and even educational matters. They did not distance themselves (willingly or otherwise) from bestowing on their leader, Abu Mohammad al-Jolani, the forefront of the scene and granting him titles such as “sheikh” and “brother”, besides the title of “leader of the liberated areas.”

These entities and their resultant smaller circles and formations govern Idlib today with extreme centralization, clear hierarchy, local control, superficial structures, a discourse that has abandoned its harsh tone for years, and a diplomacy in dealing with political files.
"""
A['a10_syriadirect-rockets-obein-camps-latakia'] = """More civilian terror, displacement as regime rockets hit encampment

2 February 2016

Hundreds of residents fled rebel-held Jabel Turkman in north Latakia on Saturday after advancing regime forces fired dozens of rockets into camps for displaced civilians, reported London-based pro-opposition al-Arabi al-Jadid.

The rockets hit camps clustered around rebel-controlled Obein, a town on the Latakia-Turkish border in Jabel Turkman where more than 1,500 Syrians fleeing the front lines in Idlib and Latakia lived. Many have been there for three years or more.

An estimated 20 civilians were wounded and dozens of tents destroyed in the ensuing fire, Salim al-Umr, a citizen journalist in northern Latakia who was at the scene, told al-Arabi al-Jadid in the same report.

Despite the Turkish government temporarily opening up the unofficial Kharbat al-Jouz and al-Yamadiya border crossings to more than 1,000 families, another 1,000 residents from the Obein camps are still “sleeping under trees in the freezing cold” at the border as they wait to enter Turkey, Ali Adra, an activist who lives in Obein, tells Syria Direct.

The targeting of an encampment loaded with homeless Syrians unfolds as international talks continue in Geneva. The goal, ostensibly, is to end the Syrian war. For the thousands of civilians stranded in north Latakia whose only shelter, a flimsy piece of canvas, is taken from them in a fiery attack, Geneva has nothing to offer, Ali Adra and Salim al-Umr, the citizen journalist, tell Syria Direct’s Noura Hourani.

“There were still some who had faith in the negotiations,” says Adra.

“Now, they have lost their trust in everything.”

Ali Adra, an activist from Obein, where there are five camps for displaced Syrians:

Q: How many people from Obein are waiting on the border as of now? Have some of them entered Turkey?
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
