#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen13.
Kept: title (first line), standfirsts, bylines, datelines, date lines shown with the article (moved below the title where
the stored copy shows them above it), photo captions (without photo credits). Dropped: site chrome (m01's empty byline
comma before the date line, m03's "[QODLink]" / "Middle East" labels and the "Email Article / Print Article / Share article /
Send Feedback" links, m04's "2 min read" label and its truncated teaser "MORE CW? ... […]" that repeats the first paragraph,
m05's "Source: Getty Images" credit, m06's "See Also" list and copyright line, m08's "actual" label and "|" separator,
m09's "AFP" credits and the duplicated caption block of the stored copy). The search tool's own " date YYYY-MM-DD" metadata
prefix is not part of any text. Stored copies that stop mid-sentence are cut at the last complete sentence. No wording
changed; whitespace only normalised (blank lines between paragraphs). (Method of unseen12.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['m01_ahramonline-hama-countryside-tank-assaults'] = """Syrian tank assaults kill 30: Rights group

Tuesday 9 Aug 2011

Villages surrounding Hama the focus of vicious army attacks on Tuesday

Syrian forces killed at least 30 civilians in tank assaults on Tuesday in the countryside around the city of Hama and on a town near Turkey, the Syrian National Organisation for Human Rights said.

The Organisation, headed by dissident Ammar Qurabi, said in a statement that 26 people were killed and dozens wounded when troops backed by tanks and armoured vehicles overran Soran and other villages north of Hama, the focus of a 10-day assault to crush street protests against Assad's autocratic rule.

Four people were also killed in Binnish, around 30 km (19 miles) from the border with Turkey, in a similar attack on the town that has witnessed an escalation in protests demanding the removal of Assad during the fasting month of Ramadan, the organisation said.
"""
A['m02_aseannewsblog-cnn-qubeir-massacre'] = """Syria activists: 78 killed in village

Thursday, June 07, 2012

At least 78 people were killed in one Syrian village Wednesday, with at least half of the dead women and children, Syrian opposition activists said.

The deaths happened in Qubeir, a small farming village of 200 people in Hama province, according to the Local Coordination Committees of Syria. It blamed the deaths on Syrian government forces.

Just 10 families live in Qubeir in a cluster of about 20 homes, said Lt. Khaled Ali, a spokesman for the rebel Free Syrian Army's military council in Hama.

The Local Coordination Committees said that 35 of the dead are from one family.

Rami Abdulrahman, a spokesman for the Syrian Observatory for Human Rights, another activist group, confirmed "dozens" of deaths in Qubeir but said he could not give a specific number "until all names have been confirmed."

An activist who was less than 2 miles from Qubeir also said that at least 78 people had been killed the village. He said he was working with others to evacuate the bodies, many of which were burned.

He said 38 of the victims were men, and the rest were women and children.

The deaths happened after regime tanks shelled the village for at least an hour, activists say. Militias loyal to the regime then went through the village, executing people with knives and guns, Ali and the Local Coordination Committees said.

Ali said that Qubeir is surrounded by villages that support the Alawite regime of President Bashar al-Assad and that the militia members came from two of the neighboring villages.

Soon after the opposition groups reported the deaths in Qubeir, Syrian state TV reported that government forces were headed to the village to help.

"An official source in Hama says that the security forces have responded to calls for help and complaints from the people in al-Qubeir ... and raided a terrorist cell and killed a number of them and confiscated their weapons," state TV reported.
"""
A['m03_aljazeera-khanasir-supply-route'] = """Syria rebels take control of strategic town

Rebels cut off government troops' supply route out of Aleppo, as President Assad warns US against military action.

Last Modified: 26 Aug 2013 20:56

Syrian rebel forces have taken control of a strategic town in northern Syria, cutting off government forces' only supply route out of the city of Aleppo, the Syrian Observator for Human Rights has said.

The Britain-based monitoring group said the fall of the town of Khanasir, between Aleppo and Hama, would leave forces of President Bashar al-Assad besieged in Aleppo province.

The rebel advance came amid reports that a prominent Alawite religious leader has been killed in the province of Latakia.

The Observatory said on Monday that it had obtained a photograph showing the execution of Badr Ghazal by hardline rebels.

Some Syrians were sceptical about the purported killing of Ghazal, saying there was still no definitive proof, but the Observatory said rebels from the Nusra Front shot Ghazal after he was kidnapped in the northern suburbs of Latakia earlier this month.

Meanwhile, residents in the central province of Homs said rebels also tried on Monday to retake the strategic town of Talkalakh, 4km from Lebanon's northern border.

Its capture would allow rebels in the Homs countryside to replenish their supplies.

For weeks, Assad's forces had been on the offensive in Homs, a province they consider vital to securing their hold from Damascus to the president's coastal stronghold.

The coast is home to a large number of Assad's Alawite minority sect, an offshoot of Shia Islam, who are seen to be supportive of the president.

But the advance near Talkalakh and the purported assassination of an Alawite cleric suggest the rebels are tentatively trying to push back in central Syria.
"""
A['m04_syriadirect-kafr-zeita-chlorine'] = """Activists claim 2 dead in new Kafr Zeita chlorine attack

20 May 2014

MORE CW? Activists in Syria’s central Hama province published photographs and video purporting to show the aftereffects of a chlorine gas attack on the Hama village of Kafr Zeita Monday night, claiming that the attacks had killed two and injured more than 100.

“A 70-year-old man and a 14-year-old boy with special needs were killed after inhaling the gas,” Mamoun Abu Zeid, an activist with the pro-opposition Hama Media Center (HMC) told Syria Direct Tuesday.

The Syrian regime has consistently denied use of chlorine gas in any attacks, though chlorine was not specifically included on the list of chemicals to be removed from Syria.

Syria’s Deputy Foreign Minister Faysal al-Mekdad rejected reports that Damascus used chlorine gas as a weapon last month, telling CNN last week that “chlorine gas has never been used as a weapon.”

Local activists released video Monday night claiming to show adults and children choking violently after the alleged attack.

“Given the severity of the injuries and the number of injured, we believe there was more gas and that the gas was more concentrated” than previous attacks, HMC spokesman Hakam Abu Riyan told Syria Direct Tuesday morning.

The attack, if confirmed, would be the third of its kind against Kafr Zeita in 40 days. Human Rights Watch last week cited “strong evidence” that government forces attacked the village with chlorine-filled barrel bombs on April 11 and 18; eyewitness accounts related to Syria Direct confirm the central details of HRW’s reporting.

Activists say the regime may be targeting the village for its proximity to Mourik, a strategic, rebel-held town that sits some 8km east of Kafr Zeita along the the M5 international highway connecting Damascus with central and northern Syria.
"""
A['m05_sbs-ap-al-quds-hospital-aleppo'] = """MSF 'outraged' by Syrian hospital attack that killed 20

Twenty people, including doctors and children, have died in airstrikes on a hospital in rebel-held Aleppo, Syria. Médecins Sans Frontières has condemned the airstrikes.

Russian airstrikes target hospital in Aleppo

Civil defense members try to rescue people from the wreckage of a field hospital after the Russian airstrikes in Aleppo, Syria on April 28, 2016.

Médecins Sans Frontières has condemned a series of airstrike that have killed at least 20 people in the Syrian city of Aleppo overnight.

The dead included two doctors and three children.

In a tweet, MSF Syria said it was "outraged at the destruction of Al Quds hospital in Aleppo".
MSF Syria said the hospital was the main referral centre for paediatric patients and included an emergency room, and operating theatre and an intensive care unit that had all been destroyed.
It comes as the UN envoy for Syria appealed early Thursday on the US and Russia to help revive the Syrian peace talks and a cease-fire he said "hangs by a thread".

The chief Syrian opposition negotiator Mohammed Alloush blamed the government of President Bashar Assad for the deadly airstrikes on Aleppo.

He told The Associated Press that the latest violence by government forces shows "the environment is not conducive to any political action".

The strikes hit shortly before midnight on Wednesday, according to opposition activists and rescue workers. They struck a well-known field hospital in the rebel-held district of al-Sukkari in Aleppo.

The dead included one of the few pediatricians remaining in the city's opposition-held areas and a dentist, activists said.
The head of the Britain-based Syrian Observatory for Human Rights said at least 20 were killed, including three children, and that the hospital was completely destroyed.
"""
A['m06_samaa-afp-zardana-air-strikes'] = """Air strikes kill 11 civilians in northwest Syria: monitor

June 8, 2018
Samaa Web Desk

Air strikes in northwestern Syria on Thursday, thought to have been carried out by regime ally Russia, killed 11 civilians including two children, a British-based monitor said.

The raids, which hit a residential zone in the area of Zardana in the northwestern province of Idlib, also wounded 50 people, the Syrian Observatory for Human Rights monitoring group said.

The monitor says it relies on sources inside Syria for its information, and determines who carried out strikes according to flight patterns, as well as planes and ammunition involved.

The toll is likely to increase due to a number of victims still under the rubble, Observatory head Rami Abdel Rahman said.

Most of Idlib province lies beyond government control and is held by an array of rebels and jihadists.

Zardana is largely controlled by Islamist rebels, with a small presence of the Hayat Tahrir al-Sham alliance led by Syria’s former Al-Qaeda affiliate.

Since Russia intervened on its side in 2015, the Syrian regime has regained control of around half of the country.

More than 350,000 people have been killed in Syria’s war since it started in 2011 with the brutal repression of anti-government protests. – AFP
"""
A['m07_syrializm-qalaat-al-madiq-advance'] = """The Syrian Army advancing, capturing Qalaat Al Madiq and several other areas

In the northern country side of Hama & southern Idlib the Syrian Army made a huge breakthrough in the past couple of hours, while sources of the opposition armed groups reported that all the opposition groups have retreated from Qalaat Al Madiq, giving the Syrian Army the opportunity to capture it.

Also reported that the Syrian Army have entered besides Qalaat Al Madiq, Tuwaynah, and Kirkat in North Hama countryside.

Presumably they also entered Bab Al Taqa and Shariah towns, while all rebel factions that used to control these areas retreated a few hours ago.

Worth mentioning that some media sources in the northern Syria reported that the Syrian armed groups backed by Turkey, took direct orders for not joining the battle against the Syrian Army, and they are prohibited from launching any attacks on any Syrian government forces in Aleppo or participating in battles in Idlib.
"""
A['m08_mezopotamya-faylaq-al-sham-duwayli-strike'] = """Felyaq El Sham has been hit

14:10 26 October 2020

NEWS CENTER - Russian fighter jets have conducted aerial raids on posts held by Turkey backed mercenaries of Al-Sham Corps (Fayleq AL-Sham) to the west of Idlib, in line with mutual targeting between Syrian government forces and mercenaries in southern Idlib.

Russian military planes launched raids on areas in the Jabal Al-Diwela, in the Harem region, to the north - western of Idlib, at about 9 km from the border with Alexandretta, where many bases held by mercenaries are stationed specially those of Al-Sham Corps (Fayleq AL-Sham) backed by Turkey, according to the Syrian Observatory for Human Rights.

Located in a rural village in Idlib Duveyl, Turkey supported Feylaq headquarters of Al-Sham group were hit from the air. It was claimed that the air attack was carried out by Russian aircraft. According to the first estimations, 50 people died and 80 people were injured in the bombardment.
"""
A['m09_thenational-arshani-water-station'] = """Russian jets hit Idlib water station in Syria attacks

Fighter planes flying at high altitude dropped bombs on several towns, tracking centres say

People assess the damage at Al Arshani water station, which was reportedly struck by Russian jets, north-east of Idlib on January 2, 2022.

Russian jets bombed areas near the north-western Syrian city of Idlib on Sunday, said witnesses and rebels.

The aircraft, which were identified by tracking centres as Sukhoi fighter jets, flew at high altitude and dropped bombs on several towns.

A senior UN official confirmed that a water station serving the overcrowded city of Idlib – the last opposition-held bastion – was "badly damaged" and said such attacks worsened the humanitarian plight of millions of displaced Syrians.

"Continued destruction of civilian infrastructure will only cause more suffering of civilians. Attacks on civilians and civilian infrastructure must stop," UN deputy regional humanitarian co-ordinator Mark Cutts wrote on Twitter.

No comment was available from Russia or the Syrian army, which claims its targets are the hideouts of militant groups that control the region but denies any attacks on civilians.

An official at the city's water utility said the station was out of service as a result of the strikes.

Witnesses said the attacks in the past 24 hours in the rebel-held enclave also damaged livestock and poultry farms close to the Bab Al Hawa border crossing with Turkey.

"The Russians are focusing on infrastructure and economic assets. This is to add to the suffering of people," said Abu Hazem Idlibi, an official in the opposition administration.

A picture taken on January 2, 2022 shows a damaged water pipe at Al Arshani water station.

Other targets included villages in the Jabal Al Zawiya region in the southern part of Idlib province. However, there were no immediate reports of casualties, residents and rescuers said.
"""
A['m10_newspravda-tass-sdf-leave-aleppo'] = """Al Arabiya: About 450 Kurdish fighters left Aleppo in agreement with the authorities in Damascus

TUNIS, April 5. /tass/. About 450 fighters of the Kurdish "Forces of Democratic Syria" (SDF) left the districts of Ashrafiya and Sheikh Maqsoud in the north of the Syrian city of Aleppo on Friday in accordance with the agreement reached with the Syrian Transitional government. Such data is provided by the Al Arabiya TV channel, citing sources.

According to their information, about 450 SDF fighters left Aleppo as part of the first group of evacuated militias. The agreement stipulates that the remaining Kurdish units in the areas of Ashrafiya and Sheikh Maqsood will become part of the public security forces. In addition, according to the agreements reached, 170 representatives of the SDF and about 400 detainees from among the Syrian security forces will be released from prisons. Some of them have already been released in recent days.

On Friday, the SANA news agency reported that the first columns of Kurdish fighters left Aleppo in the direction of the eastern bank of the Euphrates River, accompanied by Syrian security forces.

The Kurdish-populated neighborhoods of Ashrafiya and Sheikh Maqsood have been under the protection of the militia since 2012. After the change of power in Damascus in December 2024, the new administration allowed the Kurdish forces to remain in the north of Aleppo for a while to ensure the safety of civilians.

On March 10, interim Syrian President Ahmed al-Sharaa and SDF commander Mazlum Abdi signed an agreement according to which Kurdish fighters will be included in the armed forces of the transitional government. The parties agreed that all civilian and military facilities, including airports, dams, gas and oil fields located in the territories controlled by the SDF in northeastern Syria, will come under the authority of the new administration in Damascus.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
