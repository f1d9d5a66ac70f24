#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen28.
Kept: title (first line), standfirsts, bylines, datelines, date lines shown with the article, photo captions (without
photo credits). Dropped: site chrome (ee01's repeated title, its caption credit "[AFP]" and the two in-text links "UN hears
accounts of Syria chemical weapons attacks" and "RELATED: The ugly threat of an ISIL with chemical weapons"; ee03's title
bullet, its "Contributed By: - Edited By :" line and the closing tag list; ee05's "/ 4 hours ago" and "00" widget text; ee09's
"Comments" label, the repeated caption and its credit "(Washington Post)"; ee10's language menu "TÜRKÇE KURDÎ", the section
label "NEWS" and the editors' initials "(VC/VK)"). The search tool's own " date YYYY-MM-DD" metadata prefix is not part of any
text. Stored copies that stop mid-sentence are cut at the last complete sentence (ee01, ee02, ee09). No wording changed;
whitespace only normalised (blank lines between paragraphs, indentation removed, line breaks inside a date line joined).
(Method of unseen14.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['ee01_aljazeera-isil-mustard-gas-marea'] = """ISIL suspected of using mustard gas in Syria's Aleppo

Dozens of victims of mortar attack exhibited symptoms of chemical exposure, a medical group reports.

Aleppo province has witnessed attacks ranging from air strikes, barrel bombs and mortar attacks during Syria's war

The Islamic State of Iraq and the Levant (ISIL) group is suspected of having used mustard gas against civilians in Syria's northern Aleppo province.

A medical group reported that those injured after at least 50 mortar shells were fired at residential areas of the town of Marea on Friday were exhibiting symptoms of chemical exposure.

Local sources told the Syrian American Medical Society (SAMS), a non-profit humanitarian organisation, that ISIL fighters engaged in clashes with rebels had carried out the attack.

SAMS said one of its field hospitals in Aleppo received injured civilians with symptoms including respiratory irritation, wheezing, coughing, irritation and redness of the eyes and mucous membranes, skin irritation, and severe itching.

Roughly 30 civilians developed skin blisters, with doctors identifying the cause to be mustard gas, SAMS reported.

No deaths have been reported as of yet.

Mustard gas, also known as sulfur mustard, is a chemical compound which has been used as a chemical weapon during World War I.

The targeting of civilians and the use of mustard gas are violations of international humanitarian law as per the Geneva Convention and Chemical Weapons Convention.

SAMS said its volunteers had taken samples from patient blood, clothing, and hair from the shelling site to be assessed.
"""
A['ee02_ammarjohmani-saraqib-first-elected-council'] = """Idlib: Saraqib votes for its first elected local council

For the first time, hundreds of residents of Saraqib city participated in elections to vote for a local council in the opposition governed areas of rural Idlib on Tuesday.

Speaking to Ammar Johmani, Mohammad Musfra, the director of Public Relations in the former council and head of the electoral center in the city, said “The electoral process for the city local council took place by direct voting. We opened eight polling stations (five for males, three females) which were monitored by community organizations and [members of] the Syrian interim government.”

Musfra said that the election commission distributed 4499 electoral cards to the city’s residents, and the participation rate in the elections was 55%. He explained that everyone who is registered as from the city and has attained 18 years of age, was entitled to vote. He insisted that the voting cards were distributed to all those interesting in voting and not to everyone who is entitled to vote.

According to Musfra, 22 people were originally nominated as candidates in the local council elections, but 7 of them subsequently withdrew. Initially, four candidates competed for the position of Council president, but two candidates withdrew from the race. He pointed out that candidates were required to hold a high school degree or higher degree to run in the elections.

The local council elections in Saraqib are considered the first of their kind in opposition control areas. The local councils in neighboring villages and towns have a more family feel to them, distinguishing Saraqib’s and its choice to hold direct elections for its local council.

Radwan al-Atrash, the head of the Political Commission in Idlib praised Saraqib’s electoral experience highlighting the seriousness of the proceedings, and that all participants abided by the law during the electoral process.
"""
A['ee03_qasioun-salvation-government-72-hours'] = """Syrian Salvation Government Gives The Syrian Interim Government 72 Hours To Evacuate Their Offices

Tuesday 12 December 2017 | 4:43 PM Damascus Local Time

صورة تعبيرية

Idlib (Qasioun) – The Syrian Salvation government in Idlib province gave 72 hours to evacuate their offices in the Syrian opposition held areas in Syria.

The Syrian salvation government issued a warning on Tuesday and calling to evacuate all the offices and personal properties, Under penalty of responsibility.

The statement didn’t reveal the reasons or procedures that will be taken in case of refusal.

Noteworthy that the members of the constitutional body of the Syrian Conference approved to assign Muhammed Al-Sheikh as the prime minister of the Salvation government formed recently in Idlib province, in addition to 11 other names who were assigned to other ministerial positions.
"""
A['ee04_vdc-suleiman-shah-royalties-sheikh-hadid'] = """Afrin:Suleiman Shah Imposes Royalties on Civilians in Sheikh Hadid

August 6, 2018

Brigade “Suleiman Shah”, one of the armed factions loyal to the Turkish army, imposed a sum of 4,000 Syrian pounds per month on each house in Sheikh Hadid and its rural areas in Afrin, in exchange for allowing them to stay in their homes.

The brigade has already arrested dozens of the villagers whose fate is still unknown.
"""
A['ee05_smm-halab-labih-camp-deir-hassan'] = """REFUGEES CONTEMPLATE LEAVING CAMPS IN IDLIB PROVINCE

August 7, 2018

Residents of Halab Labih refugee camp located near Deir Hassan village in Idlib province have voiced concern over the deteriorating conditions in the camp.

According to the refugees, they have received no humanitarian aid since several months. The camp residents also suffer from an acute lack of drinking water and low quality public services.

The refugees added that the situation may force them to leave the camp, as they feel “unwelcome” there.

Halab Labih camp was established in 2016 with the financial support from Qatar. The camp currently hosts around 300 families, mostly from Hama and Homs provinces.
"""
A['ee06_vdc-gendarmerie-zinbaki-drakush'] = """One dead and wounded by Turkish "gendarmerie" north of Idlib

September 7, 2018

Turkish border guards killed a Syrian refugee and wounded another young man, while they tried to cross the border towards Turkey near Zinbaki village , which follows the area of Drakush in the Jisr al-Shughour area in northern Idlib in northern Syria.

Medical sources said: The body of the young man, named Haitham al-Muhammad al-Eid, he is from the town of Buammaru, was identified.

The “gendarme” targeting of Syrian refugees in the border area is repeated as part of its security tightening and the construction of a buffer wall along the border with Syria, which is 911 kilometers long, resulting in deaths and injuries of civilians on a continuous basis.
"""
A['ee07_panarmenian-syaaf-airstrikes-khan-sheikhoun'] = """Syrian Air Force launches heavy airstrikes over Idlib

February 27, 2019 - 10:35 AMT

PanARMENIAN.Net - For the third day in a row, the Syrian Arab Air Force (SyAAF) has launched several airstrikes over the Idlib Governorate, Al-Masdar News reports.

Led by their L-39 Albatros, the Syrian Air Force targeted several areas controlled by the militants of Hay’at Tahrir Al-Sham in and around the town of Khan Sheikhoun.

A source from the Syrian military told Al-Masdar News this afternoon that these airstrikes were conducted in response to Hay’at Tahrir Al-Sham’s missile strike in eastern Idlib last night.

The HTS attack resulted in the death of seven Syrian soldiers and the hospitalization of more than 20 others.
"""
A['ee08_syriacpress-fires-idp-camps-der-hassan-termanin'] = """SYRIA: Fires in lDP-camps in Idlib

North Idlib, Syria – A huge fire broke out in a camp for displaced persons near the town of Der Hassan in the Northern Idlib countryside, burning a large number of tents and (again) displacing more than 100 IDP-families. The fire fortunately only caused material damage and no human casualties. The fire was likely caused by a gas leak or by a defect battery inside the tent. The fire was in the al-Sadaqa camp, which is under Turkish control in Idlib countryside. Al-Sadaqa camp houses displaced people from the rural areas of Hama, Idlib and Aleppo.

In a related context, another fire broke out in al-Laban camp on the outskirts of Termanin, north of Idlib. This fire resulted in the death of a displaced child and injured two other children. Most of the camp’s residents are from Ma’arat Harma as well as from the Idlib countryside.

Several fires have broken out in this way in camps in northern Syria. Other reasons from above were the result of poor fuel used to cook food or high temperatures.
"""
A['ee09_independent-wapo-idlib-tent-camps-concrete-cities'] = """‘This is better than a camp’: Syria’s tent camps are transforming into concrete cities

After years of dithering and deadlock by the international community over the fate of Idlib, one of Syria’s last rebel-held areas, the province is being transformed, writes Kareem Fahim

Sunday 25 July 2021 00:01 BST

Refugees wait for food to be distributed in the Atma camp

Adnan al-Hamdo's neighbourhood is a ruin, the houses pitted by gunfire or crushed by shelling. The shops are empty or shuttered. Fields nearby are barren because the farmers have left.

His town sits along a front line between Syrian rebels and government forces. His neighbours and millions of other people across central and southern Idlib province have fled to the relative safety of areas north, along the Turkish border, where camps for the displaced have swollen into cities.

But Hamdo was standing firm, even as his town was disintegrating around him. “God knows, things might escalate,” he said during a recent interview in his spacious, spare sitting room, as neighbours told him about the latest mortar strike on the town. “This is better than a camp.”

After years of dithering and deadlock by the international community over the fate of Idlib, one of Syria's last rebel-held areas, the province is being transformed. Housing blocks and markets are rising in what were once vast olive groves along the Turkish border as Idlib's centre of gravity shifts from south to north. There, schools are filling with students and electricity is regular in places. There are endless traffic jams.
"""
A['ee10_bianet-qahtani-killed-sarmada'] = """Jihadist leader killed in suicide bombing near Syrian-Turkish border

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
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
