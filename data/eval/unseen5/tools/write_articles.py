#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen5.
Kept: title (first line), date lines / datelines shown as part of the article, captions (once). Dropped: navigation,
category labels, byline-only lines, photo credits, repeated headings, 'READ MORE'/'SOURCE:'/editor-slug trailers.
Stored copies that stop mid-sentence are cut at the last complete sentence. No wording changed.
(Adapted from unseen4/tools/write_articles.py.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['y01_theweek-tremseh-massacre'] = """Massacre of over 200 feared in Syrian village of Tremseh

Jul 13, 2012

Attack on rebel village by helicopter gunships and tanks followed up by executions, according to activists

A DAY after the surprise defection of Syrian regime hardliner Nawaf al-Fares to the opposition, news has emerged of a massacre of more than 200 civilians in the war-torn province of Hama.

An opposition group claims that the village of Tremseh came under fire yesterday from helicopter gunships and tanks before pro-government Shabiha militiamen attacked and "executed" civilians.

The Revolution Leadership Council of Hama told Reuters: "More than 220 people fell today in Taramseh. They died from bombardment by tanks and helicopters, artillery shelling and summary executions."

Syrian state television blamed the Tremseh killings on "armed terrorist groups" and said three security personnel had been killed.

An opposition activist from Tremseh, who did not witness the alleged massacre said: "It appears that Alawite militiamen from surrounding villages descended on Taramseh after its rebel defenders pulled out, and started killing the people. Whole houses have been destroyed and burned from the shelling.

"Every family in the town seems to have members killed."

Another local activist said: "So far, we have 20 victims recorded with names and 60 bodies at a mosque. There are more bodies in the fields, bodies in the rivers and in houses."

If confirmed, the Tremseh massacre would be the worst committed so far by the Shiite Alawite regime on the mainly Sunni Muslim opposition. It eclipses the massacre of 108 civilians in Houla two months ago.

Nawaf al-Fares, Syria's ambassador to Iraq, announced this week he was defecting from President Bashar al-Assad's "criminal" regime, urging others to follow him. AFP reports that the defection was a surprise to many opposition activists who saw the former policeman as a regime hardliner.
"""
A['y02_syrianobserver-fatah-army-ariha'] = """Fatah Army Thwarts Regime Attack Near Idleb\u2019s Ariha

Assad forces struggle to reclaim lost checkpoints as opposition fighters advance on Arbaeen Mount, the last remaining regime stronghold in Idleb

Islamist rebels in Idleb have thwarted efforts by Syrian regime forces to reclaim al-Fanar and al-Jameyyat checkpoints, rebel sources say, as fierce clashes continue east of Ariha and near al-Mastouma camp.

The Fatah Army in Idleb siezed control of a strategic al-Fannar military post near Ariha on Tuesday after detonating explosives inside a 700 meter tunnel that rebels were digging for the past 11 months.

The Fatah Army, an alliance of Islamist groups including the Nusra Front, has pressed on towards Arbaeen Mount, the last remaining stronghold of Bashar al-Assad's forces in the province of Idleb.

On another battlefront, the Fatah Amy also seized the town of Museibeen near al-Mastouma camp, activists said.

Abdul Rahman Abu Islam, a Fatah Army fighter, told Zaman al-Wasl that rebels aim to cut supply routes linking Ariha with al-Mastouma camp by seizing the villages of Tal Najd and Nahliya.

The Fatah Army, a reference to the conquests that spread Islam across the Middle East from the 7th century, recently seized large swathes of territory in northern Syrian since March 2015, including the city of Idleb and Jisr al-Shughour.
"""
A['y03_albawaba-foua-kefraya-evacuation'] = """Evacuation buses arrive to besieged Syrian villages, while Aleppo waits

Published December 18th, 2016 - 08:00 GMT
A Syrian boy sits with belongings he collected from the rubble of his house in Aleppo's Al-Arkoub neighborhood on December 17, 2016, after pro-government forces retook the area from rebel fighters.

A convoy of busses arrived Saturday evening outside two government-held villages in north-western Syria to shuttle locals out of the area in a quid-pro-quo move ahead of the resumption of evacuation of civilians and fighters from the rebel enclave of eastern Aleppo.

Some 25 busses arrived at barricades outside the Shiite villages of Foua and Kefraya, the first of two convoys that were to evacuate some 1,500 injured people, women and children, a Syrian military source said.

Meanwhile, thousands of civilians and rebel fighters in eastern Aleppo were awaiting news of the resumption of evacuations from the devastated enclave under a deal brokered by Russia and Turkey.

The evacuations from Aleppo, where government forces have overrun almost all the rebel enclave in recent weeks, came to an abrupt halt on their second day on Friday, apparently after elements on the government side insisted on the evacuations from Foua and Kefraya in return.

Preparations were under way inside the two villages, in Syria's north-western province of Idlib, to evacuate the wounded and sick, the Syrian Observatory for Human Rights - a monitoring group - and government sources said.

Some 20,000 people are estimated to be living under a rebel-imposed siege in the villages.
"""
A['y04_sott-sputnik-turkish-posts-idlib'] = """Turkish special forces, dozen armored vehicles begin setting up observation posts in Syria's Idlib

Turkish soldiers stand near armored vehicles during a demonstration in support of the Turkish army's Idlib near the Turkey-Syria border near Reyhanli, Hatay, on October 10, 2017

Turkish soldiers, including special forces, and 30 armored vehicles entered Idlib on Thursday night as part of de-escalation zones deal.

According to Turkish General Staff, Turkish Armed Forces, operating in the Idlib de-escalation zone to observe ceasefire, ensure humanitarian aid deliveries and to create conditions for the population to return to their homes, began setting up their observation posts on October 12, within the framework of agreements reached in Astana.

Last week Turkish President Recep Tayyip Erdogan has announced new operation in Syria. He said that Turkey plans to further enhance steps in providing safety in Idlib.

Idlib province is one of the four de-escalation zones unveiled in May by the participants in the Astana negotiations, which includes Russia, Iran and Turkey. The three countries are guaranteeing the ceasefire regime in Syria. Three other de-escalation zones are currently operating in south-western Syria, eastern Ghouta (suburbs of Damascus) and northern Homs province.
"""
A['y05_mia-afp-afrin-centre-control'] = """Turkey's Erdogan says Afrin city centre under 'total' control in Syria

Sunday, March 18, 2018  11:13 AM

Ankara, 18 March 2018 (MIA) - Turkish-backed Syrian rebels have taken "total" control of the centre of Afrin, a Kurdish-majority city in northern Syria, AFP quotes President Recep Tayyip Erdogan as saying on Sunday.

"Units of the Free Syrian Army, which are backed by Turkish armed forces, took control of the centre of Afrin this morning at 8:30 am (5.30am)," Erdogan said, adding that de-mining operations were under way.

Taking Afrin has been the main objective of Turkey's operation Olive Branch, a deadly ground and air offensive launched on January 20 with the aim of ousting the People's Protection Units (YPG), a Kurdish militia group.

News of Afrin's capture was also confirmed by the Turkish military, which released a statement saying the city centre was "under control".

"Search operations to locate mines and other explosives are under way," it said.

"Now the Turkish flag will fly over there! The flag of the Free Syrian Army will fly over there!" said Erdogan who was speaking at a ceremony marking the battle to open the Dardanelles during World War I.

As the Turkish operation intensified, more than 200,000 civilians fled the Kurdish-majority city in less than three days, according to the Britain-based Syrian Observatory for Human Rights.

Ankara sees the YPG as a Syrian offshoot of the outlawed Kurdistan Workers' Party (PKK), which has been waging an insurgency inside Turkey since 1984.
"""
A['y06_globeandmail-ap-maaret-market'] = """Market in rebel-held Syrian town hit by air strike; at least 10 killed

BEIRUT
Members of the Syrian Civil Defence recover a victim following an air strike on Dec. 2, 2019 in a market in the town of Maaret al-Numan in the jihadist-run province of Idlib.

An air strike on a market in a rebel-held town in Syria\u2019s northwestern province of Idlib Monday killed at least 10 civilians and wounded others, Syrian opposition activists said.

The air strike comes amid an increase of violence in Idlib province, the country\u2019s last opposition stronghold. Fighting between troops and insurgents there killed dozens of gunmen on both sides over the weekend.

The Britain-based Syrian Observatory for Human Rights said the morning air strike on the market in Maaret al-Numan killed 10 and wounded others. The Aleppo Media Center, an activist collective that covers rebel-held areas in northern Syria, also said 10 civilians were killed and dozens were wounded.

The opposition\u2019s Syrian Civil Defence, also known as White Helmets, said nine civilians, including two women, were killed while 13, including two children, were wounded. The group said the death toll is not final yet.

\u201cThe bombardment of the market that was packed with civilians led to a massacre and wide destruction,\u201d the Civil Defence said on its Facebook page that also posted photos of its paramedic removing bodies from the market. One photo showed a beheaded man in a pool of blood in the market.

The Observatory and the Civil Defence reported another air strike on the nearby town of Saraqeb saying it killed and wounded several people.

Syrian troops launched a four-month offensive earlier this year against Idlib, which is dominated by al-Qaida-linked militants.
"""
A['y07_trtworld-idlib-woman-killed'] = """Shelling by Syrian regime forces kills woman in Idlib
The area has been the subject of multiple ceasefire agreements, which have frequently been violated by the Syrian regime and its allies.
A civil defence worker inspects a damage house after shelling hit the town of Ibleen, a village in southern Idlib province, Syria, July 3, 2021.
October 1, 2021

A Syrian woman was killed and five other people injured in shelling by Bashar al Assad\u2019s regime forces in northwestern Syria, civil defence sources have said.

The regime forces and Iranian-backed foreign militant groups, who were based in the Maarrat al Numan district of Idlib province, shelled the Jisr al Shughur district and numerous villages in the area, sources said.

The injured include an infant and a woman in a refugee camp in the Betinte village, they added.

Idlib falls within a de-escalation zone forged under an agreement between Turkey and Russia. The area has been the subject of multiple ceasefire understandings, which have frequently been violated by the Syrian regime and its allies.
"""
A['y08_mb-afp-quake-aid-crossings'] = """Over 140 aid trucks have entered rebel-held Syria since quake: UN

Published Feb 17, 2023 07:52 pm

GENEVA, Switzerland - More than 140 trucks carrying desperately-needed aid have crossed into rebel-held northwestern Syria from Turkey since a giant earthquake devastated the region last week, the United Nations said Friday.

Trucks part of an aid convoy cross from Turkey into rebel-held north Syria through the Bab al-Salama crossing on February 14, 2023, after it reopened for UN relief after last week's earthquake. The crossing had been closed for UN aid since 2020, under pressure at the UN Security Council from Syrian regime ally Russia, calling instead for all relief for the war-torn country to enter via government-controlled.

"Since February 9 up to last night, we had a total of 143 trucks going through the Bab al-Hawa and Bab al-Salama border crossings," Jens Laerke, a spokesman for the UN humanitarian agency OCHA, told reporters in Geneva.

"The movements continue today. They continue over the weekend and will continue every day for as long as the needs are there."

Eleven days after the quake that killed more than 41,000 people in Turkey and Syria, the situation in Syria's rebel-held northwest remains dire due to the slow arrival of aid to a region ravaged by years of conflict.

Before the earthquake struck, almost all the crucial humanitarian aid for the more than four million people living there was delivered through just one crossing, Bab al-Hawa.

Operations there were temporarily disrupted by the quake damage.

It took four days to get aid moving across that border crossing again, and earlier this week, Damascus agreed to allow the UN to open two further border crossings to help bring in more aid.

"We expect to have trucks crossing every single day," Laerke said.

So far, aid has flowed through the Bab al-Hawa and Bab al-Salama crossings but no trucks have gone through the third crossing, Al Raee, he said.
"""
A['y09_hrw-termanin-cluster-munitions'] = """Northwest Syria: Government Uses Cluster Munitions

(Beirut) \u2013 Syrian government forces used widely banned cluster munitions in an attack on Termanin, a town in northern Idlib, on October 6, 2023, killing two civilians and injuring nine others, Human Rights Watch said today. The next day, a 9-year-old boy picked up a munition that had failed to detonate on impact during the attack. It exploded, injuring him and two others.

This attack was part of a larger military campaign by Syrian and Russian forces on opposition-held northwest Syria that started on October 5 and had, as of October 27, affected more than \u201c2,300 locations\u201d across Idlib and western Aleppo. At least 70 people have been killed, including 3 aid workers, 14 women and 27 children, 338 others injured, and 120,000 newly displaced, according to the United Nations Office for the Coordination of Humanitarian Affairs (OCHA).

\u201cSyrian government forces\u2019 use of cluster munitions during its bombardment of opposition-held areas proves just how tragically indiscriminate these weapons are and their devastating legacy of lasting harm,\u201d said Adam Coogle, deputy Middle East director at Human Rights Watch. \u201cAmid the ongoing bombardment by Syrian and Russian forces, the children of Idlib yet again fall victim to callous and unlawful military actions.\u201d

The attacks, which in some instances involved the use of incendiary weapons, also damaged critical services and infrastructure, including 23 health facilities and hospitals and 17 schools, the UN said. By October 30, the Syria Civil Defence, a volunteer search and rescue group operating in opposition-held areas, reported that airstrikes and artillery shelling was continuing to damage residential areas, schools, and health facilities across the region.
"""
A['y10_xinhua-returns-ain-daqneh'] = """One year after Syria's war ends, displaced families return to ruins, not homes

An aerial photo taken on Sept. 25, 2025 shows the Karama Camps in Idlib province, northwestern Syria.

DAMASCUS, Dec. 7 (Xinhua) -- A year after Syria's prolonged civil conflict ended with the fall of the Bashar al-Assad government, many Syrian families are finding that while the fighting has ceased, displacement persists.

Across Aleppo and parts of Idlib provinces in northern Syria, families who spent years in camps have begun returning to their hometowns only to find them unrecognizable: flattened, emptied, and lacking the basic infrastructure that gives meaning to the word "return."

In the village of Ain Daqneh, in the northern countryside of Aleppo, entire neighborhoods that once housed hundreds of families have been reduced to collapsed stone walls and tangled concrete.

Yousef Mohammad Deeb, a man in his 40s from Ain Daqneh, shared with Xinhua his experience returning from the Bab al-Salam camp, a major Syrian refugee settlement near the Turkish border north of Aleppo, after 10 years of displacement.

"When we came here, we saw the destruction. The whole village is demolished, and there is nothing here. There are no houses to live in, and until now we are still in the camps," he said.

"The good thing is that the war has stopped, but we still don't know what the future holds for us," he added.

For most refugees and displaced people, returning has revealed a harsh reality: the war may be over, but reconstruction has barely begun. Many are unable to rebuild or even find temporary shelter beyond the tents they once hoped to leave behind.

Children are seen in the Karama Camps in Idlib province, northwestern Syria, Sept. 25, 2025.
"""
for k, v in A.items():
    open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8').write(v)
print('wrote', len(A))
