#!/usr/bin/env python3
"""Writes articles/*.txt for unseen27: the article text of each stored page (search tool, corpus `pages`) as kept.
Kept: title (first line), standfirsts, bylines, datelines, date lines shown with the article, photo captions (without
photo credits). Dropped: site chrome (i01's caption credit "(Reuters)"; i04's "al-monitor" label, the photo credit
"Photo by REUTERS/Abdalghne Karoof." and the "Topics covered ..." tag list; i05's "Advertisement" labels, the caption credit
"Google Maps image" and the second copy of the repeated caption; i06's "You might also like" and cookie notice; i07's
"To view the original Arabic version of this item, please click here!" link; i08's site slogan ("clear", "Creating new
perspectives since 2009"), the caption credit "[MOHAMMED AL-RIFAI/AFP via Getty Images]" and the "READ: ..." link to another
story; i09's language menu "TÜRKÇE KURDÎ", the "NEWS" label and the editors' initials "(VC/VK)"; i10's aggregator header
"logo" and the related-story box that follows the article ("Uyghurs face discrimination in China ...")). The search tool's
own " date YYYY-MM-DD" metadata prefix is not part of any text. Stored copies that stop mid-sentence are cut at the last
complete sentence. No wording changed; whitespace only normalised (blank lines between paragraphs; single spaces).
(Method of unseen14.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['i01_ahram-afp-bdama-refugee-supply-line'] = """Syrian army cuts off supply line for refugees: residents

AFP , Sunday 19 Jun 2011

Subject to attacks by the Syrian army, refugees feeling to the northern Syrian-Turkish border are also being denied vital supplies

A wounded Syrian man flashes victory signs before he is carried to an ambulance at a refugee camp in the Turkish border town of Yayladagi in Hatay province, Sunday.

The Syrian army has cut off a key border village supplying refugees fleeing to Turkey, closing its only bakery and burning surrounding forests, residents who managed to escape said Sunday.

The security operation in Bdama triggered a new exodus to the frontier, several kilometres away, where thousands have already massed, braving squalid conditions in the open air, undecided whether to cross to Turkey or not.

Ankara announced it was taking urgent food aid across the border for displaced Syrians after sheltering more than 10,500 refugees in tent cities on its own territory.

Speaking near the frontier, witnesses said Syrian security forces had set up checkpoints on roads leading to Bdama, which was now largely deserted.

On Saturday, a line of at least six tanks and 15 troop transporters entered Bdama as part of a major crackdown in the northwestern province of Idlib, according to a Syrian activist.

The crackdown has already resulted in bloodshed in the flashpoint town of Jisr Al-Shughur, from where most of the refugees taking shelter in Turkey had come.

Raka El-Abdu, a 23-year-old Syrian, told AFP that his 14-strong family fled Bdama on Saturday but he was forced to go back Sunday morning to get bread, using mountain routes that only locals would know. He found the village virtually empty.

"They closed the only bakery there. We cannot get bread any more ... I saw soldiers shooting the owner of the bakery. They hit him in the chest and the leg," the man exclaimed. "The army is controlling all the entrances to the village and checking identities to arrest protesters," he added.
"""
A['i02_yourmiddleeast-army-advances-saif-al-dawla'] = """Syria army advances into rebel-held Aleppo district

Last updated: 13 August, 2012

Syria’s army advanced on Monday into a new rebel-held area of the country’s second city Aleppo, days after it seized control of the neighbouring district of Salaheddin, a watchdog said.

“With tanks, Syria’s regime forces have stormed the west of the district of Saif al-Dawla,” said the Syrian Observatory for Human Rights. “They are now clashing with the rebels, and parts of Salaheddin are being shelled.”

Fierce battles have raged since July 20 in Aleppo, the northern metropolis whose fate is seen as pivotal in determining the outcome of the increasingly brutal conflict.

Rebels in July took over several districts, particularly in the city’s southern belt, but regime forces stormed and reclaimed most of the neighbourhood of Salaheddin last week.

Rebels and regime forces have continued to clash in several areas of the city, once the country’s commercial bastion, since the Free Syrian Army was forced to retreat from most of Salaheddin last week.

Rebels are relying mostly on hit-and-run tactics, while the army has been shelling several districts.
"""
A['i03_latimes-rebels-capture-jarrah-air-base'] = """Syrian rebels say they captured military air base near Aleppo

BEIRUT — Syrian opposition forces said Tuesday that they had captured a strategic military air base near the embattled northern city of Aleppo, the latest air facility reportedly overrun by insurgents.

The reported capture of the Jarrah air base, about 40 miles east of Aleppo, came after a 17-day siege during which forces loyal to President Bashar Assad were cut off from supplies, said a representative — reached by Skype — of the Liwa al Islam group, one of the rebel units reported to have taken the airfield.

The reports could not be independently verified.

At least 30 government forces were killed in the assault on the airfield, the rebel officer said. Five opposition fighters were killed, reported the Syrian Observatory for Human Rights, a British-based pro-opposition group.

Syrian warplanes bombarded the base after its capture by the rebels, the observatory said. The opposition says warplanes often attack military facilities after the bases fall into enemy hands.

The reported capture reflects the rebels’ ongoing strategy to lay siege to and eventually capture air bases and thus constrain the government’s ability to use air power against insurgent forces.

Rebels and government forces have been battling since July for control of Aleppo, once the nation’s bustling commercial capital. Large swaths of the city have been reduced to depopulated rubble fields.

Video said to be from the captured airfield shows a number of fighter jets in various states of disrepair, apparently abandoned at the air base.

The base is along the route from Aleppo east to the north-central city of Raqqah, along the Euphrates.

Rebels also captured large caches of ammunition, heavy machine guns and antiaircraft weapons at the base, opposition activists said.

Throughout the almost two-year rebellion, military bases and police stations have been key sources of weaponry for Syrian rebels.
"""
A['i04_almonitor-nusra-blow-mastumah-camp'] = """Jabhat al-Nusra deals blow to Syrian army camp in Idlib

Jabhat al-Nusra and its allies have been waging violent attacks on the strategic al-Mastumah camp in Idlib, thus causing the Syrian army’s loss of control over the area surrounding the camp.

Islamist rebel fighters stand on a tank that belonged to forces loyal to Syria's President Bashar al-Assad in Qarmeed camp after the rebels took control of the area, April 26, 2015.

May 20, 2015

In a new development on Syria's northern front, specifically in the countryside of Idlib, Jabhat al-Nusra — al-Qaeda’s branch in Syria — managed yesterday [May 19] to make a breakthrough in the war of control, after a violent attack that lasted several days at al-Mastumah camp, the largest Syrian army camp in the area, located near the city of Jericho.

Jabhat al-Nusra and its allies waged a violent attack on the Syrian army camp starting about five days ago. They heavily shelled the premises and detonated car bombs, creating a deep pit in the side of the camp. As a result, the Syrian army lost control over the strategic hill facing the camp.

The army tried to regain the points it lost through a massive operation, before retreating from the camp and the adjacent town.

According to a field source who spoke to As-Safir, the attack by Jabhat al-Nusra and its allies on the camp and its surrounding villages was violent, focusing on several fronts. This is seen as a new development in the pattern of battles waged by the organization, which has not been previously able to fight on several fronts at the same time.

However, the attack on al-Mastumah camp and the attempt to advance toward the city of Jericho happened as Jabhat al-Nusra was fighting on three fronts, which were mostly raging in the camp.
"""
A['i05_upi-regime-captures-salma-latakia'] = """Syria: Regime forces capture strategic town in Latakia province

Activists say Salma is strategically important because it allows a high degree of control by fire over the Jabal al-Akrad mountains.

By Fred Lambert

On January 12, 2016, Syrian state news reported pro-government forces captured the town of Salma, which offers wide control by fire over vast portions of a rural mountainous region in Latakia province known as Jabal al-Akrad.

LATAKIA, Syria, Jan. 12 (UPI) -- The Syrian government said Tuesday regime forces captured a strategically important town in the country's northwestern Latakia province.

Syrian military units, backed by pro-government militiamen, gained full control over the suburbs of Salma, according to SANA.

The regime force also reportedly seized the village of Tirtyah and several other locations in the mountainous region.

The Syrian Observatory for Human Rights, an activist group monitoring the conflict, said clashes in Salma were ongoing but that government troops -- backed by Hezbollah fighters and pro-government militias -- had consolidated control over portions of the town.

Speaking to Orient News, a spokesman for Ahrar al-Sham, one of the largest rebel groups fighting the government of Syrian President Bashar al-Assad, denied regime forces gained full control over Salma and said back-and-forth fighting was still occurring in the area.

Other groups fighting government forces in the town include The Islamic Turkestan Party and the Nusra Front, al-Qaida's branch in Syria.

According to SOHR, Salma is strategically important due to its vantage point, which facilitates control by fire over much of a rural mountainous region known as Jabal al-Akrad.
"""
A['i06_muraselon-sdf-turkish-strikes-afrin-dam'] = """Kurdish SDF Report of Turkish Airstrikes on Dam in Afrin

Turkish aviation strikes on the dam in the Maidanka area in Syrian Afrin are threatening the lives of civilians, the media center of the Syrian Democratic Forces (SDF) said.

“Turkish aircraft have struck the Maidanka dam, which raises fears for the lives of civilians,” the media center said.

According to the SDF, clashes between Kurdish militia and the Turkish army, as well as pro-Turkish militants, continue in many parts of Afrin. In particular, fierce fighting is taking place on the Kastal Hill, which holds strategic importance.

The media center also reports that a female Kurdish YPJ fighter took out a Turkish tank.

“Female militia fighter Zeyluh Hamo, born in 1998, codenamed “Avesta-Habur,” set off an explosive device. The tank blew up, but Hamo also died,” an opposition spokesman said.

Since the launch of the Turkish military operation in northern Syria’s Afrin, about 86 civilians have been killed and 198 others wounded, the Syrian SANA news agency reported, adding that the offensive had caused damage to civilian infrastructure, residential buildings and archaeological sites.
"""
A['i07_smart-jarabulus-council-turkish-lira'] = """Local council in Jarabulus, east of Aleppo, announces that Turkish lira is available in its office

Editing: Hazem Halak |

Translation: Glory Jabr

Publication date: 2020/06/19 08:55

Aleppo - SMART

The Jarabulus local council of the Syrian Interim Government, Northern Syria, announced that Turkish currency notes are available in its financial office as a substitute for the Syrian currency.

The media office director of the Jarabulus local council, Hassan Mustafa, reported to SMART that the financial office of the council has all Turkish currency notes.

Mustafa added that the council called on the people to exchange the Syrian currency with the Turkish lira in order to stabilize financial transactions in the city of Jarabulus (106 kilometers northeast of Aleppo).

Mustafa stated that the council aims to put an end to the exploitation of sales and purchases due to the daily collapse of the Syrian pound. Mustafa noted that many exchange centers do not sell the Turkish currency notes.

The local council in Kaljibrin, 40 kilometers north of Aleppo, Northern Syria, introduced Turkish currency notes in the local market as an alternative to the Syrian currency.

On June 7, 2020, the local council in the city of Marea called on the people to set financial transactions and salaries of workers in the Turkish lira in the city of Marea, 35 kilometers north of Aleppo, Northern Syria, to prevent differences. On Jan. 19, 2019, the local council in the city of Azaz decided to deal with Turkish lira in selling bread.

On June 7, 2020, the US dollar exchange rate exceeded 3000 SYP. This rate is yet the worst in the history of Syria since its independence and the separation between the Syrian and Lebanese pounds, as in 1961, one USD made two SYP, in 2005 it made 53 SYP, in 2010 it made 49 SYP, and it began declining rapidly since 2011, losing more than 97.5 percent of its value.
"""
A['i08_memo-first-covid-vaccines-northwest-syria'] = """First batch of covid-19 vaccines arrives in northwest Syria

April 21, 2021 at 9:30 pm

A truck carrying the first batch of AstraZeneca COVID-19 vaccines arrives at Bab al-Hawa border crossing between Syria and Turkey in Syria’s rebel-held northwestern Idlib on 21 April 2021.

Northwest Syria received its first batch of coronavirus vaccinations through the global vaccine-sharing platform COVAX on Wednesday with inoculations set to start May 1. Reuters reports.

A total of 54,000 doses of the AstraZeneca vaccine arrived in Syria’s Idlib, the first for opposition-held Syrian territory, through the Bab al Hawa border crossing with Turkey.

Two more batches are expected to arrive throughout the year to cover around 850,000 people in northwest Syria, said Hossam Kora, who heads coordination for coronavirus within the Idlib health directorate.

Priority will be given to medical and humanitarian workers, those above 60 years old and those with chronic diseases, he said.

The World Health Organisation had said the first rollout of COVAX vaccines in Syria would begin in early May and aims to inoculate nearly 20% of Syria’s population by year-end or almost 5 million people in both government-held areas and the northeast and northwest.

Syria was hard hit by the pandemic last year during two spikes in August and December and with another spike in infections in the last month.
"""
A['i09_bianet-qahtani-killed-suicide-bombing'] = """Jihadist leader killed in suicide bombing near Syrian-Turkish border

Date published: 5 April 2024 14:51 ~ Modified On: 5 April 2024 14:52

Abu Maria al-Qahtani, the former leader of the HTS jihadist group, has been killed in the bombing in Idlib, the stronghold of the militant group.

BIA News Desk

Abu Maria al-Qahtani, a former leader of Hayat Tahrir al-Sham (HTS), which controls Idlib and its surroundings in Syria, was killed yesterday (April 4) in a suicide bombing attack.

Known by the alias "Abu Maria al-Qahtani," Iraqi jihadist leader Meyser Ali Musa Abdullah al-Juburi was among the founders of the organization and was a member of HTS's "Shura Council" until 2023.

According to the London-based Syrian Observatory for Human Rights (SOHR), the suicide attack in the town of Sarmada in Idlib resulted in the death of al-Qahtani, while four others, including former al-Qaeda commanders, were injured. Sarmada is located 10 km from the Turkish border.

In a statement on HTS's media outlet, Amjad, it was stated, "Sheikh Abu Mariya al-Qahtani was martyred as a result of a treacherous attack carried out using an explosive belt by an element affiliated with the ISIS terrorist organization."

So far, no group has claimed responsibility for the assassination.

Meanwhile, the timing of the assassination, occurring after al-Qahtani was released in March 2024 following seven months of detention in August 2023 on charges of espionage, is noteworthy.
"""
A['i10_yalibnan-uyghurs-in-syria-report'] = """What are Uyghurs doing in Syria? Special report

Ya Libnan 24-05-2025

An image released by the Turkistan Islamic Party in Syria shows Masked Uyghur fighters in camouflage stand in lines holding guns

DAMASCUS—On a recent Friday afternoon at the Umayyad Mosque in Syria's capital, Uyghur fighters joined thousands of other worshippers for weekly prayers as just another group of rebels in uniform. Since the fall of dictator Bashar al-Assad, Uyghurs have become increasingly visible around Damascus, but their future in the country is tenuous and could prove an obstacle for a new government in Syria seeking to assure global powers that it can keep foreign fighters from threatening those beyond its borders.

Over the last decade or so, thousands of Uyghurs made their way to Syria from China via Turkey. Today, Uyghur leaders in Syria say their community numbers around 15,000, including 5,000 fighters. Most live in the rebel-held city of Idlib or in enclaves near the city of Jisr al-Shughur. The 'Turkistanis,' as many Syrians refer to them, have opened schools and operate gas stations and restaurants. At neighborhood bakeries, they churn out traditional round, thick flatbreads, which some of their Syrian neighbors have developed a taste for as well. The vast majority do not have passports, but like others in the rebel-held areas, they have ID cards, and hundreds are enrolled in Idlib University, where the interim government has announced they, like local Syrians, can attend tuition-free.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
