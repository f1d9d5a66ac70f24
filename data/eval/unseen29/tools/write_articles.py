#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen29.
Kept: title (first line), standfirsts, bylines, datelines, date lines shown with the article, photo captions (without
photo credits), subheadings and closing reporting credits. Dropped: site chrome (ff02's archive banner "Al-Akhbar is
currently going through a transitional phase ... (" and the "Al-Akhbar Management" label; ff03's video label "VIEWER
DISCRETION ADVISED"; ff04's "Related Topics" label and the closing comment-policy text; ff05's relative-time widget
"/ 6 years ago"; ff06's two in-text links "Syrian civilians flee Aleppo as government siege intensifies" and "Air strikes
on the airwaves – The Listening Post"; ff07's related-videos data block "string(393) ..."; ff08's "News by VICE" label
and the caption credit "Captura de pantalla vía Defensa Civil Siria."; ff09's "3 min read" label, its teaser "AMMAN: Three
airstrikes hit a busy market and a police […]" and the caption credit "Photo courtesy of Aleppo Civil Defense
Directorate."; ff10's clock icon (a non-BMP emoji) and its closing tag list "تقرير حي عسكري هيئة تحرير الشام").
Where a stored page shows the date line above the title (ff05), the title is put first. ff03's stored hrw.org copy
starts at the dateline: its title and subtitle lines are taken from the reteccp.org stored copy of the same release.
Stored copies that stop mid-sentence are cut at the last complete sentence (ff01, ff02, ff03, ff05, ff06, ff08, ff09,
ff10). No wording changed; whitespace only normalised (blank lines between paragraphs, trailing spaces removed).
(Method of unseen28 / unseen14.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['ff01_sdut-ap-troops-seize-maaret-al-numan'] = """Syrian troops seize another town; protests go on

Syrian troops backed by tanks and helicopter gunships seized control early Friday of another northwestern town, activists reported, as fresh accounts emerged of summary executions to suppress the pro-democracy movement.

Thousands of Syrians took to the streets again after the opposition called for a day of massive demonstrations, pressing on with their three-month-old campaign to topple authoritarian President Bashar Assad.

Troops in large numbers poured into Maaret al-Numan, 28 miles (45 kilometers) from the Turkish border, said Syria-based rights activist Mustafa Osso. He said other forces were now massing around Khan Sheikhon, to the south, where gunmen attacked army forces earlier this month.

Omar Idilbi of the Local Coordination Committees, which is documenting the protests, said government forces had taken full control of Maaret al-Numan, a town of 100,000 on the highway linking Damascus with Syria's second-largest city, Aleppo. Many of its residents had fled as troops swept through Idlib province in recent days.

There was no immediate word on casualties.

The attack on Maaret al-Numan and protests throughout Syria come as France and Germany called Friday for strengthening the sanctions against Assad's regime.

Since the protests erupted in mid-March, Assad has unleashed the military to crush street demonstrations. Human rights activists say more than 1,400 Syrians have been killed and 10,000 detained. Some 9,600 others from the northwest have sought refuge in camps in neighboring Turkey.

One of those refugees, asking to be identified only as Mohamed, said he fled with his family as the military besieged Jisr al-Shughour, a rebellious town it recaptured last Sunday.

"I saw people who were beheaded with machine-gun fire from helicopters," and a man tortured to death when security forces "poured acid on to his body," he told The Associated Press.
"""
A['ff02_alakhbar-army-retakes-idlib'] = """Syrian army retakes Idlib as SNC faces internal heat

Published Wednesday, March 14, 2012

Syrian forces have swept through the rebel stronghold of Idlib in the country's northwest, the opposition conceded on Wednesday, in a decisive blow to the armed rebellion.

Idlib, one of the last remaining rebel bastions, was overrun by Syrian forces after a four-day assault to retake the city.

"Since last night there has been no more fighting," said Noureddin al-Abdo, an activist in Idlib, confirming earlier reports by a government newspaper that the city had been recaptured by Syrian authorities.

"The [rebel] Free Syrian Army (FSA) has withdrawn and regime forces have stormed the entire city and are carrying out house-to-house searches," said Abdo by telephone to AFP.

The army launched its assault on the rebellious province of Idlib near the Turkish border on Saturday, bombarding the city of the same name and outlying regions in a bid to root out armed insurgents.

Assad's forces appear determined to restore control over the country and recapture final pockets with a heavy rebel presence.

"The FSA preferred to withdraw because everyone knows it cannot resist the army," Abdo said.

Armed rebels face steep odds against the better-equipped Syrian army as they are said to be mostly rogue gunmen from restive neighborhoods.

Abdelaziz Al-Khayyer, senior figure with the National Coordination Body for Democratic Change in Syria (NCB), told Al-Akhbar on Tuesday that most armed rebels in Syria were not part of any organized military unit.

"The major ratio of the armed people are really civilians who are being armed to defend themselves. They do not obey the orders of any military leadership, they react when they face aggression from the regime's forces," he said.
"""
A['ff03_hrw-bread-lines-aleppo-bakeries'] = """Syria: Government Attacking Bread Lines

Civilian Deaths at Bakeries Are War Crimes

(New York) – Syrian government forces have dropped bombs and fired artillery at or near at least 10 bakeries in Aleppo province over the past three weeks, killing and maiming scores of civilians who were waiting for bread.

The attacks are at least recklessly indiscriminate and the pattern and number of attacks suggest that government forces have been targeting civilians, Human Rights Watch said. Both reckless indiscriminate attacks and deliberately targeting civilians are war crimes.

One attack in the city of Aleppo on August 16, 2012, killed up to 60 people and wounded more than 70. Another attack in the city on August 21 killed at least 23 people and wounded 30.

“Day after day, Aleppo residents line up to get bread for their families, and instead get shrapnel piercing their bodies from government bombs and shells,” said Ole Solvang, emergencies researcher at Human Rights Watch who has just returned from Aleppo. “Ten bakery attacks is not random – they show no care for civilians and strongly indicate an attempt to target them.”

Human Rights Watch researchers visited six of the attacked bakeries and interviewed witnesses:

- Bakery in Maare, northern Aleppo, August 22;
- Bakery in Al-Bab, northeastern Aleppo, August 21 and 22;
- Aqyuol bakery in Bab al-Hadid, Aleppo city, August 21;
- Al-Zarra bakery in Qadi Askar, Aleppo city, August 16;
- Kanjou bakery, al-Maysar, Aleppo city, August 16;
- Bakery in al-Halwaniya, Aleppo city, August 16;

Human Rights Watch collected credible information about four other attacks:

- Bakery in Manbij, northern Aleppo, August 24;
- Hussein bakery in al-Qaterji, Aleppo city, August 16;
- Bakery in Tariq al-Bab, Aleppo city, August 10;
- Bakery in al-Sheikh Sa’id district, Aleppo city, August 11.

After weeks of fighting in Aleppo province between government forces and the opposition Free Syrian Army (FSA), acute shortages of flour have forced many bakeries to close.
"""
A['ff04_reuters-rebels-seize-khan-al-assal'] = """Syria rebels seize government town in Aleppo province

BEIRUT Mon Jul 22, 2013 5:13am EDT

BEIRUT (Reuters) - Syrian rebels seized the northern town of Khan al-Assal on Monday, activists said, one of the last towns in the western part of Aleppo province that was held by President Bashar al-Assad's forces.

An army build-up around the province in order to retake Aleppo city has been dogged by rebel counter-attacks, although a string of government victories elsewhere in Syria has shifted the battlefield tide in Assad's favor after more than two years of bloodshed.

The Syrian Observatory for Human Rights, an anti-Assad monitoring group, said army officers surrendered the town on Monday morning after rebels surrounded a southern district.

Video footage posted on the Internet by rebel groups showed army tanks withdrawing from the town. Another video showed a dead commander who rebels said led the government resistance in the town, which has been besieged for weeks.

Aleppo is part of a crescent of regions in northern Syria that have become a stronghold for rebels fighting to end four decades of rule by the Assad family.

Insurgents have been blockading government-held areas in Aleppo city, Syria's largest urban center and once its commercial hub. Aleppo has been mired in a bloody stalemate since rebels launched an offensive in the province last year.

Assad's forces have responded to the rebel advance on Khan al-Assal with a string of air raids in the area.

The Observatory says more than 100,000 people have been killed in Syria's insurgency, which grew out of street protests in the southern town of Deraa in March 2011. Millions of people have been displaced and ancient buildings and artefacts have been destroyed across the major Arab state.

(Reporting by Oliver Holmes and Reuters TV in Beirut; Editing by Alison Williams)
"""
A['ff05_reuters-isil-leaves-idlib-latakia'] = """Al Qaeda splinter group in Syria leaves two provinces: activists

March 14, 2014 / 5:58 PM

BEIRUT (Reuters) - An al Qaeda splinter group in Syria finished pulling out of two provinces in the country’s northwest on Friday and headed to its eastern strongholds after months of clashes with rival rebels, activists said.

The Islamic State in Iraq and the Levant (ISIL), a former al Qaeda affiliate, and competing insurgents have been fighting since the start of the year, killing some 4,000 people and undermining the revolt against President Bashar al-Assad.

The fighting has weakened ISIL in the northwestern areas, as have recent defections from their ranks, compelling it to leave its bases there and focus on consolidating control in eastern areas where they have a stronger presence, activists said.

On Friday, ISIL finished withdrawing from Idlib and Latakia provinces and moved its forces toward the eastern Raqqa province and the eastern outskirts of the northern city of Aleppo, the Britain-based Syrian Observatory for Human Rights said.

The Observatory, a monitoring group with a network of sources in Syria, said the withdrawal started about a week ago and was overseen by the Nusra Front, al Qaeda’s branch in Syria, making the two provinces “completely free” of ISIL forces.

Aymenn Jawad Al-Tamimi, a fellow at U.S.-based think tank the Middle East Forum, said that following the withdrawal ISIL was likely to focus on strengthening its position in Raqqa, Hasaka and eastern Aleppo provinces.

“Basically, what’s happening is that each side is consolidating its own positions,” he said. “So really it’s heading to a stalemate and each side builds its influence in its respective areas.”

ISIL, which draws strength from a core of experienced foreign fighters, was initially welcomed in many rebel-controlled areas because of its fighting prowess and reputation for being relatively free of corruption.
"""
A['ff06_aljazeera-russian-strikes-jabal-al-akrad'] = """Russian air strikes in Syria kill scores

Syrian Observatory for Human Rights says 45 people have died after bombardment of rebel stronghold in Latakia province.

At least 45 people have been killed when Russian fighter planes launched air strikes in western Syria, activists said.

The Syrian Observatory for Human Rights said the jets targeted the rebel-held Jabal al-Akrad region of the mainly regime-held Latakia province on Tuesday.

The activist group said civilians were amongst the casualties caused by the strikes but did not know exactly how many of the dead were non-combatants.

Rami Abdel Rahman, the director of the group, said dozens of people had also been wounded and that the number of dead could go up as those with serious injuries succumbed to their wounds.

He said those killed included rebel fighter and their families, and identified a rebel commander who died as chief of staff of the First Coastal Division group, a faction fighting under the banner of the “Free Syrian Army”.

Opposition forces have positions in the Jabal al-Akrad region, which is in the far north of coastal Latakia.

Latakia is home to the ancestral village of Syria’s President Bashar al-Assad and has been a key target of Russian air strikes since Moscow began an air campaign in Syria in September.

‘Effectively responding’

Russian President Vladimir Putin said  on Tuesday that Moscow’s intervention in Syria demonstrates it can counter any threats.

“The operation has confirmed that Russia is ready to adequately and effectively respond to terrorist and any other threats to our country,” Putin said in a speech to military and intelligence commanders at the Kremlin, the AFP news agency reported.

Russia says it has hit some 500 “terrorist” targets since launching its campaign.
"""
A['ff07_alalam-nubul-zahraa-siege-broken'] = """VIDEO: Nubul and Al-Zahraa Welcome Syrian Army Troops after 3 Years in Siege

Thu Feb 4, 2016 14:31:46

The Syrian army and its allies have broken a three-year rebel siege of two Shiite towns of Nubul and Zahraa in northwest Syria, government said on Wednesday (February 3), cutting off a main insurgent route to nearby Turkey.

Defence strategists said the two heavily garrisoned towns could become a launching pad for the Syrian army and its allies for wider territorial gains in northern Aleppo province and to tighten the encirclement of the rebel-held part of Aleppo city.
"""
A['ff08_vice-saraqeb-chlorine-helicopter'] = """Syrian rescuers allege chlorine gas dropped on a town near where a Russian helicopter was shot down

Saraqeb was first hit by chemical attacks in 2013, with strong evidence suggesting it came from government helicopters

by Davide Mastracci
Aug 2 2016, 3:05pm

Ciudadanos de Araqeb con máscaras de oxígeno. Imagen fechada el 1 de agosto de 2016 en Saraqeb, Siria.

Barrels of toxic gas were dropped by a helicopter on a northern Syrian town just hours after a Russian helicopter was shot down by ground fire from nearby Aleppo on Monday, according to doctors and rescue groups on the ground.

A spokesperson for Syria Civil Defence, a group of volunteer search and rescuers who work in opposition-controlled regions of Syria, told Reuters that 33 people — mostly women and children — were impacted by the gas attack that took place in Saraqeb. They suspect it's chlorine gas, but could not say for sure. A Youtube video released by the group shows men being given oxygen masks, in what they say is the aftermath of the attack.

Abdel Aziz Bareeh, a doctor working in Saraqeb, told the BBC that the helicopter dropped two barrels of chlorine gas on the town. "We know it's chlorine because we were hit by it in the past and we are familiar with its odor and symptoms," he said.

The Syrian National Coalition has accused president Bashar al-Assad of being behind this chemical attack.

A statement from the group claims, "after shelling, besieging and killing civilians and perpetrating war crimes on them, the Assad regime has resorted once again, and in breach of UN resolutions 2118 and 2235, to using chemical substances and toxic gasses."

The Syrian government has not yet released a statement, according to Reuters, but Assad has denied previous charges of being involved in chemical attacks on the town.
"""
A['ff09_syriadirect-atareb-market-airstrikes'] = """Deadly airstrikes kill, injure scores in northwest Syrian town despite de-escalation agreement

13 November 2017

AMMAN: Three airstrikes hit a busy market and a police station in the northwest Aleppo province town of Atareb on Monday afternoon, killing at least 40 people and injuring scores more despite a standing de-escalation agreement in the area.

The main market in Atareb, an opposition-held town 30km west of Aleppo city, was filled with people at just after 2pm local time on Monday when at least six missiles fired in three consecutive air raids slammed into it and a nearby police station, local civilian and medical sources told Syria Direct.

“The bombings left a 150-square-meter site of total destruction inside the market during peak hours,” Dr. Hassan Ubaid, the director of the Atareb Primary Care Clinic, which is treating some of the wounded, told Syria Direct.

Neither Russian nor Syrian state media commented on the airstrikes.

The nearby station of the Aleppo Free Police, a Turkish-trained civil police force that performs security functions in the opposition-held countryside, was destroyed in the attacks.

Atareb’s market on Monday.

Medical workers in Atareb and the west Aleppo countryside could not give a final death toll or injury count on Monday afternoon as rescuers continued to comb through the rubble.

Ubaid told Syria Direct that to his knowledge “more than 60” people were injured in the attack and as of early evening local time provided a list of the names of 40 people reportedly killed.

“We expect there are more victims under the rubble, and there are critically injured people who may die,” said Ubaid.

“There were more people than this hospital could take,” said the doctor.
"""
A['ff10_smart-assassinations-strike-idlib'] = """Assassinations strike Idlib following cessation of infighting between Hayat Tahrir al-Sham, the Syrian Liberation Front and al-Suqur al-Sham Brigades

تحرير حسن برهان | ترجمة محمد غيث | تحرير الترجمة Freda Hocaine

تم النشر بتاريخ : 27 أبريل، 2018 10:06:22 م

The people of the Idlib governorate barely had the chance to catch their breath following months of infighting between al-Hayat Tahrir al-Sham (HTS) on one side and the Syrian Liberation Front and al-Suqur al-Sham Brigades on the other, before they were struck by a series of killings and explosions which have claimed the lives of both civilians and military commanders in the governorate.

22 civilians and fighters have been killed in two days.

Local activists documented the killing of 12 commanders and fighters belonging to different Islamist battalions, as well as four civilians and several people. The perpetrators of these attacks are still unknown.

The series of assassinations began with the shooting of a military commander from the Jaysh al-Ahrar, called Abu Salim Binnish by an unknown assailant at the edges Binnish city. The series followed the killing Abu al-Ward Kafr Batikh (who is a commander of the HTS) along with a fighter near Maarrat al-Nu’man and Jisr ash-Shughur. Later, four fighters of the Islamic Turkistani Party (most of its fighters are foreign) were shot, north and west of Idlib. Unknown shooters killed three fighters of the Hamza Ibn al-Muttalib battalions near the town of Maarrat Misrin, a fighter of the Syrian Liberation Front, and another fighter, in separate attacks.

The activists reported that unknown shooters killed two people and injured a third in the city of Khan Sheikhoun, south of Idlib. A person was killed on al-Thalatheen street in the city of Idlib.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
