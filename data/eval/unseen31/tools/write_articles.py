#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen31.
Kept: title (first line), standfirsts, bylines / credits, datelines, date lines shown with the article, photo captions
(without photo credits), an author note shown with the byline (jj08). Dropped: site chrome — jj02's Reuters site menu
("FinancialGovernment Solutions... Innovation @ Thomson Reuters"), the "#World News" label, the repeated title and the
"2 Min Read" label; jj04's "Contact Us" link; jj05's teaser line ("IS advances in northern Aleppo The Islamic State (IS)
seized [...]"), the "4 min read" label and the photo credit "Photo courtesy of Akhtarin City."; jj06's list of related
headlines after the article; jj07's "Off the wire" headline ticker, "You are here: Home" and "Adjust font size:"; jj09's
PDF running header "1 snhr [email protected] www.sn4hr.org"; jj10's "To view the original Arabic version of this item,
please click here!" link. The search tool's own " date YYYY-MM-DD" metadata prefix is not part of any text. jj03's
stored copy puts the date line above the title; the title is moved to the first line, the date line follows it.
Stored copies that stop mid-sentence are cut at the last complete sentence (jj03, jj04, jj05, jj08, jj09). No wording
changed (typos, spellings, the gaps of jj09's PDF transcription and its hyphenated line breaks are kept); whitespace
only normalised (blank lines between paragraphs, trailing spaces removed). (Method of unseen30.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['jj01_yalibnan-jabal-zawiya-rama-crackdown'] = """11 civilians killed by security forces in northern Syrian town

11 civilians were killed Wednesday in the northern town of Jabal Zawiya along the Syrian-Turkish border — one of the first towns to participate in the months-long uprising against the 11-year rule of Bashar Assad — also was the scene of nighttime security crackdowns.as security forces stormed two northern towns in the larger governorate of Idlib, human rights activist stated .

Ammar Qarabi, president of the Syrian National Human Rights Organization, told Reuters that Syrian security troops, still loyal to the Syrian President Bashar Assad also entered the town of Rama and used tank machine guns against civilians, killing four.

Wissam Tarif, director of human rights organization INSAN, said “a military operation” was going on in Idlib and that the army entered three more towns early in the morning.

Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, told AFP that soldiers were deployed in the villages to conduct house raids.

The Local Coordination Committees reported Wednesday that Syrian security forces also launched attacks on schools and universities breaking for the annual summer vacation.

Amateur footage posted on the Internet allegedly shows high school students protesting in the towns of Saqba, Homs, Madaya, Dara and Deir Ezzor on Wednesday demanding the overthrow of the regime.

In the video posted above, senior high school students take to the streets in Saqba.

“Leave us alone, we don’t like you,” they chanted, addressing the Syrian president. One banner in the large crowds reads, “Death rather than humiliation.”

LAT, agencies
"""
A['jj02_reuters-tanks-pound-rouge-plain'] = """Syrian tanks pound province near Turkey-activists

April 8, 2012 / 8:00 AM / in 6 years

Reuters Staff

ANTAKYA, Turkey (Reuters) - Syrian forces loyal to President Bashar al-Assad shelled an area in the rebellious province of Idlib near the border with Turkey on Sunday, killing and injuring dozens of people, opposition activists said.

Around 90 tanks and armored vehicles, backed by helicopters, bombarded the al-Rouge Plain southwest of Idlib city, the provincial capital, activists inside Syria and on the border with Turkey told Reuters.

Fighters from the rebel Free Syrian Army were surrounded in al-Bashiriya, one of about 40 villages in the plain, activists added.

“The army is shelling al-Rouge with tanks, and helicopters are firing rockets at al-Bashiriya. Tens of people have fallen dead or injured but we cannot get to them because the bombardment is heavy,” said activist Mahmoud Ali, with the sound of helicopters audible on the phone.

A major Syrian army offensive to seize back large swathes of Idlib that had fallen under rebel control has killed and wounded hundreds of people in the last 10 days. Thousands of Syrians have fled to Turkey.

A peace plan drawn up by U.N.-Arab League envoy Kofi Annan requires Assad to “begin pullback of military concentrations in and around population centers” by Tuesday for a truce to start 48 hours later. But that looks in doubt with each side accusing the other of intensifying assaults as the deadline approaches.

Reporting by Khaled Yacoub Oweis; Editing by Robin Pomeroy
"""
A['jj03_reuters-alaneh-siege-tactics-salqin'] = """In Syria's Idlib, tired rebels try siege tactics to gain ground

October 23, 2012 / 11:08 AM / in 5 years

AL-ALANEH, Syria (Reuters) - From a rooftop, Abdullah called out to the Syrian government soldiers hiding in a hilltop encampment that his rebel unit had surrounded: “Defect, defect, we promise your safety!”

The response came swiftly with a volley of gunfire, sending the young rebel in faded camouflage pants diving for cover.

The scene took place around the edges of Syria’s Idlib Province just a stone’s throw from the Turkish border.

In a switch of tactics, rebels fighting to overthrow President Bashar al-Assad are trying to seize towns and military positions in Idlib’s impoverished frontier region by surrounding them and slowly starving the soldiers out.

After the blast of gunfire, the frustrated Abdullah tried again: “I swear, defect and we won’t kill you!”

Then, a government MiG warplane streaked over a mountaintop to drop a bomb on the nearby town of Salqin, its deafening blast shaking the valley.

In the trash and bullet-littered alleys of the village of Al-Alaneh, Abdullah and his comrades winced over the disaster that had likely befallen Salqin, a few km (miles) away.

They had surrounded the government soldiers on the hilltop, a cluster of white tents just visible behind the trees, and were biding their time.

“There are 150 soldiers in there. We’ve cut off their food and weapons supply for four days now. When we feel they are weak enough, we can go in and storm it and take them prisoner,” said Abdullah’s commander, Anas al-Zeir, who heads the Youssef al-Azma Brigade.

The commander hobbled around on crutches as he gave orders, his leg bound up from wounds in a previous battle.

The cost of this strategy is far less than what his fighters faced before, he said.

“We only had eight martyrs (dead) in the last siege.”
"""
A['jj04_catholicireland-priest-killed-gassanieh'] = """Priest killed in Syria

By editor - 03 July, 2013

On Sunday, 23rd June a Syrian priest, François Murad was killed in Gassanieh, in northern Syria.

Fides Agency has confirmed priest’s death but stated that the circumstances are not fully understood. Mainstream newspapers say the priest was beheaded and a video of the killing was broadcast.

Fides states that the monastery where Fr Murad was staying was attacked by militants linked to the jihadi group Jabhat al-Nusra. Fr François, 49, after being ordained a priest had started the construction of a coenobitic monastery dedicated to St Simon Stylites in the village of Gassanieh.

After the start of the Civil War, the monastery of St. Simon had been bombed and Fr Murad had moved to the convent of the Custody for safety reasons and to give support to the few who remained, along with another religious and nuns of the Rosary.

“Let us pray,” wrote the Custos of the Holy Land Pierbattista Pizzaballa OFM ” so that this absurd and shameful war ends soon and that the people of Syria can go back to living a normal life.”

Archbishop Jacques Behnan Hindo, titular of the Syrian Catholic archeparchy in Hassaké-Nisibis said to Fides: “The whole story of Christians in the Middle East is marked and made fruitful by the blood of the martyrs of many persecutions. Lately, father Murad sent me some messages that clearly showed how conscious he was of living in a dangerous situation, and offered his life for peace in Syria and around the world.

Aid agencies have been very busy taking care of those who flee the war in Syria. By April 2013, the Syria conflict had claimed 93,000 lives, of those, 1,729 were under the age of 10. As the crisis enters its third year, Caritas a sister aid agency to Trocaire has stated that the refugees are not just fleeing conflict but also a lack of food, medicine, healthcare and education as the country collapses.
"""
A['jj05_syriadirect-is-takes-akhterin-mork'] = """Syria Direct: News Update 8-13-2014

13 August 2014

IS advances in northern Aleppo

The Islamic State (IS) seized control of a series of villages, including the strategic town Akhterin in northern Aleppo province after clashes with rebels Wednesday, the pro-opposition news agency Aleppo Media Center reported.

Immediately after taking control of the area, IS began arresting those associated with the Free Syrian Army, reported the pro-opposition group Shahba Press Agency.

By taking Akhterin and the surrounding villages, IS has opened up a path to the nearby northern towns of Marea and Azaz. Marea is a major stronghold for the Islamic Front, a coalition of Islamist groups fighting the regime and IS. Azaz is located on the Turkish border where IS has repeatedly attempted to establish a supply route.

Jabhat a-Nusra and other groups affiliated with the FSA had previously controlled the area, but withdrew from the region in late July, according to the monitoring group Syrian Observatory for Human Rights.

Meanwhile, SANA, the official state news agency, quoted a “military source” as saying that the regime “targeted terrorist groups…in Akhterin.”  The claim could not be independently verified.

IS has previously cooperated with a-Nusra and other opposition groups in Aleppo, but was pushed out of the province in January when it became clear that the groups have separate goals.

The center of IS power in Aleppo is the city of al-Bab.

Akhtirin IS captures a series of strategic villages in northern Aleppo.

Rebels disrupt Hama supply route

Rebels affiliated with the FSA allegedly captured the southern part of the strategic city Mork in northern Hama province on Wednesday, reported the Operations Room of Mork, a local rebel-affiliated news outlet.
"""
A['jj06_alarabiya-afp-saraqeb-air-raids'] = """Monitor: Air raids kill 24 around battleground Syria city

Two children were among 12 people killed when a barrel bomb hit a shelter in the rebel-held town of Saraqeb, southeast of Idlib

At least 24 people have been killed in a series of Syrian government air strikes around the city of Idlib, which rebels seized earlier this month, a monitoring group said on Wednesday.

Two children were among 12 people killed when a barrel bomb hit a shelter in the rebel-held town of Saraqeb, southeast of Idlib, on Tuesday, the Syrian Observatory for Human Rights said.

The regime’s use of the crude unguided munitions has drawn heavy criticism because of the indiscriminate toll they cause among civilians.

A missile strike on a village southwest of Idlib killed a woman, the Britain-based Observatory said.

Inside the city, a wave of missile strikes killed 11 men, it added, without specifying whether they were rebel fighters or civilians.

The state SANA news agency cited a military source as saying that the air force had targeted “terrorist positions” in Idlib and its outskirts.

Rebels, including Al Qaeda loyalists, seized the northwestern city earlier this month after heavy fighting.

Human Rights Watch said on Tuesday that eyewitness accounts and other evidence “strongly” suggested that regime forces had dropped barrel bombs filled with toxic chemicals in the province on three occasions during the battle for Idlib.

In the southern province of Daraa, meanwhile, the Observatory said barrel bombs had killed at least 10 people on Tuesday, eight of them children.
"""
A['jj07_xinhua-drone-jisr-al-shughour-commander'] = """Unidentified drone targets key rebel leader in Syria's Idlib

Xinhua, October 3, 2016

An unidentified drone targeted a senior leader in the Jabhat Fateh al-Sham (JFS) group, a monitor group as well as other rebels reported on Monday.

The Syrian Observatory for Human Rights said a commander in the JFS was killed when an unknown drone targeted him in the city of Jisr al-Shughour in the northwestern province of Idlib, near the Turkish border.

Other opposition sites identified the slain commander as Abu al-Faraj al-Masri, who is an Egyptian al-Qaida operative.

Al-Masri, which in Arabic means the Egyptian, is the nom de guerre of Ahmad Salama Mabruk, a 60-year-old JFS leader, previously called the al-Qaida-linked Nusra Front, who later changed its name from Nusra Front to JFS after officially severing its ties with al-Qaida.

Al-Masri was among 14 individuals subjected to extraordinary rendition by the United States' Central Intelligence Agency before the U.S. declared a "War on Terror" in 2001.

The JFS enjoys a considerable sway in Idlib, as almost the entire province is under the control of the JFS and the al-Fateh Army, or the Army of Conquest. Endit
"""
A['jj08_syriauntold-idlib-local-councils-trust'] = """Idlib Local Councils Face Crisis of Trust Under Difficult Circumstances

There is no doubt that local councils have filled a huge gap following the retreat of the state. But there are still many obstacles that challenge their work, some stemming from limited support, others from the lack of experience, and from traditional and anti-democratic patterns of thought.

03 September 2017

Huda Yahya

Huda Yahya is a journalist and activist from Idlib countryside. She holds an Islamic degree (ijazah) in History.

Translated by: Yaaser Azzayyaat

(Idlib) Many rebel-held areas in the north of Syria have managed to partially administer their affairs and fill the gap left by withdrawn state institutions. Amid endless challenges and transformations on the political, economic and military levels, local councils serve as mini-governments concerned with the provision of public services.

But these councils have shown some forms of disorganization, undemocratic practices, representation of families and underrepresentation of women. They have also failed to win the trust of the citizenry.

The idea behind these councils has evolved among activist groups within the coordination committees, which took the initiative to engage administrative affairs and follow up relief efforts in collaboration and coordination with supporting organizations based outside of Syria. Their efforts soon crystallized and were directed towards providing services to the population of rebel-held areas, including water, street cleaning and electricity.

The first local council was established in early 2012 in the town of Sarmada, Idlib countryside, before other local councils followed its lead in all of Idlib regions. According to the media officer in the Kafranbel Local Council, Abdul Rahman al-Bayush, they have reached a total number of 118 councils in Idlib province.
"""
A['jj09_snhr-idlib-de-escalation-one-year'] = """Governorate One Year after the De-Escalation Agreement Commenced

Syrian-Russian Alliance Forces Have Killed 1,109 Civilians, including 225 Children, and Endless Violations

Wednesday, June 13, 2018

The Syrian Network for Human Rights (SNHR), founded in June 2011, is a non-governmental, independent group that is considered a primary source for the OHCHR on all death toll-related analyses in .

Contents I. Introduction and Historical Context • is a Destination for the Forcibly Displaced • The Impact the De-Escalation Agreement Had on Killing Rates in Idlib Governorate II. Executive Summary III. Details IV. Conclusions and Recommendations

Late March 2015 Introduction and Historical Context Factions from the armed opposition have managed to establish their control over Idlib governorate with al Nussra Front (current- ly named Hay’at Tahrir al Sham) and end all existence for Syrian regime forces in the governorate. As such, Idlib governorate was effectively out of the Syrian regime control except for al Fou’a and Kafrayya towns which remained within the grasp of Syrian regime forces through pro-regime militias. The two towns fell to a siege enforced by factions from the armed opposition. September 24, 2015 A number of regions in Idlib governorate (Idlib city and the towns of Ma’aret Misreen, Binnesh, T’oum, , and ) saw an agreement that came to be called the Four Cities Agreement. Struck primarily between Ahrar al Sham, an armed opposition fac- tion, and the Syrian regime, the agreement provided for a complete cease of all land and air attacks on these areas in exchange for granting access to food aids into Kafrayya and al Fou’a towns, in addition to other terms on Madaya an al Zabadani in Damascus suburbs. The truce has been violated multiple times, and we’ve re- corded numerous Russian and Syrian attacks that targeted vital ci- vilian facilities and populated areas.
"""
A['jj10_smart-shelling-akrad-mountains-latakia'] = """Syrian government forces shell outposts in al-Akrad mountainous area, Latakia

Editing: Obaida Al Nabwani |
TranslationEditor: Farah Nassif |
Translation: Muhammad Ghaith
Publication date: 2018/11/13 14:57

Latakia - SMART

On Tuesday, the Syrian government artillery forces stationed in nearby headquarters shelled outposts in the al-Akrad mountainous area in the Latakia countryside, Western Syria.

Imad Usi, the commander of the Tenth Brigade in the al-Sham Legion belonging to the Free Syrian Army said that the Syrian government forces re-intensified bombings on the Latakia countryside. Usi added that the bombing hit outposts and supply routes without causing injuries.

Usi added that on Monday, the Syrian government forces shelled outposts in the al-Akrad mountainous area. Usi noted that the shelling was focused on the Latakia highway and al-Zaytoona area. Usi said that on Sunday, the Syrian government forces launched a Cornet missile against a vehicle belonging to the Tenth Brigade, injuring three fighters.

Usi added that the Hayat Tahrir al-Sham (HTS) targeted Syrian government forces’ outposts in the village of Nahshaba, killing eight members and injuring others. Usi noted that the HTS said that the attack came in response to the Syrian government forces’ recent attack on the al-Izzah Army’s outposts in the Hama countryside.

In September 2014, the Civil Defense documented the killing of 14 civilians and injuring 31 others, including women and children following 46 suspected Russian airstrikes against 200 villages and towns in the Jisr al-Shughur area, Western Idlib. Some of the airstrikes hit a street market and three schools.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
