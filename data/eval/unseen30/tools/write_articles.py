#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen30.
Kept: title (first line), standfirsts/summaries, bylines, datelines, date lines shown with the article, photo captions
(without photo credits). Dropped: site chrome (hh01's trust.org banner "Our award-winning reporting has moved ... inclusive
economies.", the caption credit "SANA/Handout via REUTERS" and the "Image Caption and Rights Information" toggle; hh05's
date bullets (the date and time joined on one line), the repeated caption and its credit "(edited by Enab Baladi)"; hh06's
"5 min read" label; hh07's "Left Menu" label; hh09's repeated caption, its credit "(Syria Civil Defense)" and the "A A A"
font-size widget; hh10's Arabic site menu, the masthead lines "Supervisor ..." / "Editor in Chief ..." and the "ads"
label). The search tool's own " date YYYY-MM-DD" metadata prefix is not part of any text. Stored copies that stop
mid-sentence are cut at the last complete sentence (hh01, hh03, hh04, hh05, hh06, hh08, hh09, hh10). No wording changed;
whitespace only normalised (blank lines between paragraphs, trailing spaces removed). hh02 and hh07 are complete as
stored. (Method of unseen28 / unseen14.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['hh01_trust-reuters-um-jalal-shelling'] = """Syrian government shelling kills 7 in rebel-held northwest-civil defence

by Reuters
Thursday, 18 April 2019 13:53 GMT

A Syrian Army soldier loyal to Syria's President Bashar al-Assad forces stands next to a military weapon in Idlib, Syria January 21, 2018. Picture taken January 21, 2018.

Most of the deaths were women and children, said the White Helmets, known officially as the Syrian civil defence

BEIRUT, April 18 (Reuters) - Syrian government shelling killed at least seven people and wounded many others on Thursday in the last major territory still held by rebels seeking to overthrow President Bashar al-Assad, rescue workers in the rebel-held area said.

The deaths occurred in Um Jalal village in southeast Idlib province, the Syrian White Helmets told journalists on the WhatsApp messaging service. The Syrian Observatory for Human Rights, a monitoring group, put the death toll at 10.

Most of the deaths were women and children, said the White Helmets, known officially as the Syrian civil defence.

Syrian state media made no mention of shelling in that area. State news agency SANA said militants had blown up a bridge in the northern Hama area which is adjacent to Idlib.

The northwest is the last big piece of territory held by rebels opposed to Assad, who has recaptured most of the rest of the country since 2015 when Russia joined the Syrian civil war on his government's behalf. The war is now entering its ninth year, with half of Syria's population displaced and many hundreds of thousands of people killed.

On Sunday, militants in the northwest fired rockets at the government-held city of Aleppo, killing at least 11 civilians in al-Khalidiya neighbourhood, SANA reported.
"""
A['hh02_snhr-mardikh-russian-strike'] = """Russian forces killed civilians in Mardikh village in Idlib suburbs, on December 19

SNHR: at least three civilians (two children and a woman) were killed fixed- wing warplanes we believe were Russian fired missiles on Mrdikh village in the eastern suburbs of Idlib governorate, on December 19, 2019. We note that this bombing followed an aerial attack by Syrian regime forces using barrel bombs resulting in the death of a civilian.
"""
A['hh03_rudaw-afrin-hamza-prison-sisters'] = """Kurdish sisters identified among women held at illegal Turkish-backed militia prison in Afrin

ERBIL, Kurdistan Region — Two Kurdish sisters have been identified as among almost a dozen women who were held in illegal detention by a Turkish-backed Syrian armed faction in Afrin, a UK-based relative has told Rudaw, and have since been transferred to another facility controlled by the faction.

Sisters Lonjin Mohammed, 25, and Rojin Mohammed, 19, were arrested in Afrin city center on June 25, 2018, along with their father, Mohammed Khalil Ebdo. Accounts for the grounds of their arrest have conflicted, but the sisters' uncle told Rudaw from the UK on Tuesday that they are being held "on charges of [Lonjin] carrying a driver's license issued by the autonomous administration," referring to the Kurdish-led Autonomous Administration of North and East Syria.

The uncle, who wished to remain anonymous fearing possible reprisals against his relatives in Afrin, added that they have information the sisters are held at "al-Hamza's headquarters in the village of Basuta," south of the city of Afrin.

Hamza Division is among the ranks of the Syrian National Army umbrella group, formed of scattered anti-Assad rebels equipped, trained and bankrolled by Turkey who wrested control of Afrin from the Kurdish-led Syrian Democratic Forces (SDF) in March 2018.

The Mohammed sisters' uncle says the charges attributed to Ebdo, their father, were that he had allegedly extorted money from local businesses to funnel to the Democratic Union Party (PYD) and the People's Protection Units (YPG), the Kurdish forces that controlled Afrin before the region's takeover by Turkey and their backed Syrian proxy groups in March 2018.

"They are all baseless accusations," the uncle said. "They were arrested for their Kurdish identity, not for anything related to the YPG and PYD."

The fate of the sisters is unknown, the uncle said, and their father's whereabouts remain unaccounted for.
"""
A['hh04_dunyanews-ap-idlib-virus-terror'] = """Virus threat 'a new terror' in Syria's scarred Idlib region

Last updated on: 19 November,2020 04:56 pm

COVID-19 infections in last opposition-controlled territory in Syria have been increasing rapidly.

IDLIB (AP) — Nurses hover over a patient to insert a breathing tube as his condition suddenly deteriorates. ICU beds fill up almost overnight. As one patient dies of the coronavirus and is wheeled out, another is whisked in to take his place. An exhausted doctor leans against a wheelchair for a breather.

The pace is dizzying at the largest isolation hospital in Syria’s northwestern city of Idlib. There are no bombs falling outside and the wounded don’t crowd bloodstained corridors amid a shaky cease-fire in the country’s decade old civil war. Still, the intensive care unit staff is overwhelmed with beds full of elderly patients gasping for air.

COVID-19 infections in the last opposition-controlled territory in Syria have been increasing rapidly. Spared until July, the region is now recording 300-500 infections a day, and the number is rising fast.

The area, battered by repeated military offensives from the government of President Bashar Assad, is home to nearly 4 million people, most of them displaced and living in tent camps or unfinished buildings.

Infection rates jumped nearly twentyfold between September and October, the U.N. said. Since then, it has climbed 300%, with nearly 11,900 cases recorded by Nov. 16, up from 8,100 a week earlier.

The number of infections is probably much higher. Cities have been hit hardest, but workers fear the virus will take hold in overcrowded camps.

“There are many patients, most in very bad condition. We have no time to give them all they need,” said Aref Shabib, one of over 95 nurses and technicians in the 70-bed isolation hospital, one of two in the city of Idlib, now a virus hot spot.
"""
A['hh05_enabbaladi-hts-foreign-factions-turkman'] = """Hayat Tahrir al-Sham driving out foreign factions, why?

2021/11/04 6:49 pm

Hayat Tahrir al-Sham (HTS)’s leader Abu Mohammed al-Golani and HTS fighters

Enab Baladi – Khaled al-Jeratli

After the end of Hayat Tahrir al-Sham (HTS)’s militaristic rhetoric and escalation against Junud al-Sham, a Sunni Islamic “jihadist” militant group of mostly Chechen fighters, the HTS fighters launched a war on the headquarters of foreign fighters, whose identity the HTS did not name initially, in the Jabal al-Turkman area.

After hours of battles and circulated videos of capturing operations on both sides on 24 October, HTS announced that its offensives are limited to two groups of foreign fighters, excluding the Junud al-Sham group.

HTS did not name Junud al-Sham among its targeted groups because of the presence of a previous political settlement between the two sides, under which Junud al-Sham exited confrontation areas.

A temporary truce between HTS and Junud al-Sham

HTS communications director, Taqi al-Din Omar, told Enab Baladi that the “military tension” in Jabal al-Turkman in Latakia’s northern countryside with “a group of extremists involved in security cases and sheltering wanted persons,” ended under certain conditions on 28 October.

HTS required the remaining fighters of these groups to turn themselves into the HTS to investigate their security records. It also requested the handover of those wanted for security reasons, who are members of foreign factions, and the release of HTS captivated fighters.

Omar added that the ceasefire was achieved after some leaders in these groups were killed and a number injured during confrontations with HTS, noting that all military action in Jabal al-Turkman had ended and that HTS fighters had returned to the frontlines with the regime.
"""
A['hh06_syriadirect-idlib-teachers-strike'] = """‘We cannot go on’: Unpaid teachers on strike for ‘dignity’ in Idlib province

In opposition-held Idlib, thousands of teachers have been working without pay due to lost funding, some for as long as two years. Now at their breaking point, they are on strike.

16 February 2022

PARIS — Since the start of the spring semester on February 5, teachers in Syria’s opposition-held northwestern Idlib province have been on an open-ended strike, demanding to be paid salaries after years of working as volunteers.

A number of schools affiliated with the Idlib and Hama Education Directorates issued a statement, a copy of which was reviewed by Syria Direct, announcing a “work stoppage until the teachers’ due rights are secured.” The statement represented “all the volunteer schools under the Idlib Education [Directorate], with all their assemblies: Jisr a-Shughour, Ariha, Harem, Maarat Misreen, Idlib, and Dana.”

On Sunday, dozens of teachers, alongside students and activists in solidarity with them, held a protest under the slogan “Dignity Strike.” It was the second protest since the strike began. They held up signs reading “depriving a teacher of their most basic rights pushes the rest of the educational process to the brink,” and stressing that “work is suspended until our demands are met and teachers are treated with dignity.”

“The strike came after we were completely exhausted,” said Muhammad al-Mustafa, a math teacher at Abdul Karim Ladhiqani High School in Idlib city. His school lost funding two years ago, after it had previously been supported by the American development consulting firm Chemonics. “A teacher is the weakest link in the liberated [opposition-held] areas,” he said.
"""
A['hh07_devdiscourse-reuters-azaz-rocket-attack'] = """Five civilians killed, five wounded in rocket attack on Syria's Azaz - nurse, activist

A rocket attack on the rebel-held northwestern Syrian city of Azaz killed five civilians and wounded five others on Tuesday, a nurse at a local hospital and a local activist said. The dead included a child and four men, the nurse at the hospital in Azaz and the activist told Reuters.

A rocket attack on the rebel-held northwestern Syrian city of Azaz killed five civilians and wounded five others on Tuesday, a nurse at a local hospital and a local activist said.

The dead included a child and four men, the nurse at the hospital in Azaz and the activist told Reuters. Reuters was not immediately able to verify the source of the rocket attack, which took place in an area near the Turkish border that is under the control of Turkey-backed Islamist rebels.

The incident follows attacks by Turkish drones and warplanes on the Kurdish YPG militia in Syria in the last few days as Turkey and the YPG escalated tit-for-tat strikes that have killed civilians on both sides of the border. Turkey said its warplanes destroyed 89 targets in Syria and Iraq on Sunday, with 184 militants killed in operations targeting the YPG and PKK on Sunday and Monday.

Ankara said its weekend operation was retaliation for a bomb attack in an Istanbul last week that killed six people, and which authorities blamed on the militants. Nobody has claimed responsibility and the PKK and SDF have denied involvement.
"""
A['hh08_aa-qoqfin-olive-workers-killed'] = """Syrian regime forces kill 9 people working in olive fields in Idlib

Syrian army of Bashar al-Assad's regime, Iranian-backed terrorist groups in southern Idlib province attack agricultural workers collecting olives in Kokfin village, says civil defense body

ANKARA / IDLIB, Syria

At least nine people working in olive fields were killed and another injured in attacks by Syrian regime forces on Saturday in northwestern Syria, according to the White Helmets civil defense organization.

The Syrian army of Bashar al-Assad's regime and Iranian-backed terrorist groups stationed in the village of Khan al Subul in southern Idlib province attacked agricultural workers collecting olives in the village of Kokfin.

The White Helmets said in a statement that nine civilians were killed and another injured in the attack.

Meanwhile, the National Coalition of Syrian Opposition and Revolutionary Forces condemned the attack.

“It requires a firm international stance that will strengthen the international accountability of this criminal regime,” the group said, referring to “Assad’s forces.”

The statement, which called for the implementation of the agreements and protocols signed by the guarantor countries of the Astana process, stressed: "All kinds of hostile actions against civilians and public facilities should be prevented while there is a ceasefire agreement."

The group also urged the UN Security Council (UNSC) to condemn the war crimes committed and to make effective use of various legal and political mechanisms to stop the crimes of the Syrian government and its allies.

Situation in Idlib

Türkiye, Russia, and Iran created four "de-escalation zones" in Syria in areas not under the control of the Syrian government at a meeting in Astana, Kazakhstan in 2017.

The Damascus administration, Iran-backed terrorists and Russia continued attacks, seized three out of four districts, and headed for Idlib.
"""
A['hh09_enabbaladi-suicide-drones-ghab'] = """13 suicide drone attacks in northern Syria since the beginning of 2024

The aftermath of targeting a civilian car by a suicide drone launched from sites controlled by the Syrian regime forces in Qastoun village in al-Ghab Plain in northwestern Hama countryside - February 22, 2024

The Syria Civil Defense teams have documented 13 attacks by suicide drones launched by the Syrian regime forces, Russia, and Iranian militias in the northwestern regions of Syria since the beginning of the current year until today, Thursday, February 22.

According to statistics obtained by Enab Baladi from the Syria Civil Defense, the regime’s forces and their allies carried out six suicide drone attacks today, out of 13 attacks. The rescue teams responded to the attacks targeting civilian environments, all of which resulted in the injury of seven civilians, including two children.

The six attacks were concentrated in the al-Ghab Plain area, one of the most fertile agricultural regions in Syria, cultivated with grains, especially wheat, the main food for the population in Syria. The area also has the Qarqur dam, frequented by civilians for fishing.

Since the beginning of the current year, the regime forces, Russia, and the Iranian militias have unprecedentedly escalated their attacks with suicide drones, in a new approach to targeting civilians in northwest Syria and threatening their lives.

The Syria Civil Defense considered these attacks as undermining the livelihood of the locals and preventing them from accessing and exploiting their agricultural land.
"""
A['hh10_seenews-idp-camps-harsh-winter'] = """3.5 Mln Syrians Endure Harsh Winter in Makeshift Camps

Mon 27 Jan 2025 | 05:01 PM
Israa Farhan

The prolonged crisis in Syria has led to severe humanitarian, economic, and security challenges, displacing millions internally.

Over 3.5 million internally displaced persons (IDPs) now reside in northern Syria, primarily in Idlib and northern Aleppo, according to a recent report by the UN Office for the Coordination of Humanitarian Affairs (OCHA).

Many live in informal camps that lack basic necessities.

The dire conditions in these camps have been exacerbated by the harsh winter. Sheikhmous Ahmed, head of humanitarian organizations in Syria, highlighted the grim reality, noting a severe shortage of drinking water, heating, and essential facilities in camps across northwestern Syria and regions east of the Euphrates.

He emphasized the growing need for winter-specific aid, including replacing damaged tents, improving drainage systems, and providing heating fuel.

Ahmed criticized the insufficient aid from the United Nations, stating that the support provided to camps in areas like Idlib, Afrin, and Azaz is minimal and falls far short of meeting the needs of the displaced population.

Camps in northern Aleppo, housing over 125,000 people, face critical shortages of food and supplies.

He called on international organizations and the global community to increase support for rebuilding infrastructure in war-damaged towns to facilitate the return of displaced Syrians.

Efforts should include rebuilding homes, schools, healthcare facilities, and utilities like water and electricity to ensure sustainable living conditions for returnees.

Journalist Osama Khalaf shed light on the situation in Raqqa’s countryside, home to several camps like Ain Issa and Tal Abyad.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
