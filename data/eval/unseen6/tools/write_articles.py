#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen6.
Kept: title (first line), date lines / datelines shown as part of the article, captions (once, without photo credit).
Dropped: navigation/category labels, byline lines, photo credits, 'Attachments'. Stored copies that stop mid-sentence
are cut at the last complete sentence. Whitespace normalised (blank-line runs, a title split over two lines joined).
No wording changed. Titles missing from the stored copy are rebuilt from the URL slug (z06, z09; see README).
(Adapted from unseen5/tools/write_articles.py.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['z01_jamaicaobserver-afp-idlib-shelling-al-tah'] = """Syria pounds anti-regime strongholds, 27 killed
BEIRUT, Lebanon (AFP) — Syrian troops rained shells on several areas of the northwestern province of Idlib on Thursday, where anti-regime sentiment is strong, as a total of 27 people were killed across the country, monitors said.
They shelled Maaret al-Numan, site of frequent violence, killing six people including a man, a woman and their child, said the Britainbased Syrian Observatory for Human Rights.
They also pounded the village of Al-Tah, killing at least five people, the watchdog said, adding that dozens were wounded, some critically.
An amateur video posted on YouTube and distributed by the Observatory showed gruesome images of bloodied bodies sprawled on the floor of a house.
A man picked up the hand of one of the victims of the shelling, which had been severed. “God curse you, O Bashar!” the amateur cameraman cried out in despair, describing the events as a “massacre committed by the regime.”
Elsewhere, a rebel was killed in clashes with regime forces in the southeastern province of Daraa, cradle of the 16-month uprising against President Bashar al-Assad’s regime, the Observatory said, noting that the battle took place near the border with Jordan.
And in the central province of Homs, a brigadier general was killed in a targeted assassination near the village of Shanshar.
Rebel forces also hit a helicopter in the district of Baba Amr, around which rebels and troops have engaged in fierce fighting in recent weeks, the Observatory said.
It is not possible to independently verify death tolls for the conflict in Syria since the UN at the end of 2011 ceased compiling such figures.
However, the Observatory estimates that more than 16,500 people have been killed since the uprising erupted in mid-March last year.
"""
A['z02_reuters-taftanaz-air-base'] = """Rebels say they seized helicopter base in Syria

BEIRUT (Reuters) - Rebels seized a strategic air base in northern Syria on Friday after months of fighting, activists and insurgents said, further weakening President Bashar al-Assad’s grip on the region.

Rebels had fought for the base used by military helicopters in Idlib province for months, but it only fell after Islamist units reinforced them earlier this month.

The Syrian military struck back hours after fighters captured the base, launching air strikes on the area, the pro-opposition Syrian Observatory for Human Rights said.

“Taftanaz base is being bombarded by Syrian war planes, which are trying to destroy the airport after it was seized by fighters,” it said.

These came from several Islamist battalions strong in northern Syria such as Ahrar al-Sham, the Islamic Vanguard and al-Nusra Front, which has links to al Qaeda.

The United States has branded Nusra a terrorist organization although it enjoys wide support in Syria for its combat skills.

Rebels from the Islamic Front, an alliance of several Islamist units, said Taftanaz is the largest helicopter base in northern Syria and the second largest in the country.

They posted an online video showing armed men in camouflage jackets tearing down posters of Assad and shouting “Allahu akbar (God is Greatest)” at what they said was the Taftanaz base.

The videos could not be verified independently. The government has imposed strict curbs on foreign media access.

In another video, men climbed atop a helicopter, hoisted assault rifles in the air and displayed a black Islamic flag. At least four corpses, said to be government pilots, lay in a dirt hole in another video.

Since the summer, rebels have been surrounding and attacking government air bases to ground warplanes and helicopters that have pounded their positions and made it harder to take and hold ground.
"""
A['z03_nowlebanon-kabana-latakia-offensive'] = """Syria regime presses toward key Idlib town

Clashes are raging around Kabana, a Latakia mountain town a little over 10-kilometers southwest of Jisr al-Shughour.

BEIRUT – Pro-regime forces have continued to press their offensive in the mountains northeast of Syria’s coast, advancing in the direction of a key rebel-held town on the edge of the Idlib province.

The Syrian Observatory for Human Rights reported Wednesday morning that “hit and run” clashes were ongoing around the mountainous Kabana area that lies a little over 10 kilometers southwest of Idlib’s Jisr al-Shughour.

Regime troops have not yet been able to advance into Kabana, although they seized the Zuweiqat mountaintop overlooking the village from its southern outskirts just days before.

The pro-opposition Qasioun News outlet said Wednesday morning that Syrian rebel forces “foiled an attempt by the regime forces and Hezbollah” to storm the Latakia village, while Lebanon’s Al-Akhbar—a newspaper that supports Assad—touted  recent regime advances around Kabana.

The fighting for Kabana follows on the heels of a number of regime victories in the Jabal al-Akrad and Jabal Turkmen Mountains north of Latakia. On January 12, the Syrian army and allied militias seized the major-rebel stronghold of Salma—which lies 8 kilometers southwest of Kabana—before routing opposition forces on January 21 in Rabia, another key opposition redoubt.

Amid quickly shattering opposition lines, pro-regime forces—backed by heavy Russian airstrikes—seized the village of Kinsabba on February 2, further turning the screws on beleaguered rebels who face total defeat in the Latakia countryside straddling the border with Turkey.
"""
A['z04_ocha-moumtzis-statement-big-orem-sarmada'] = """Statement by Panos Moumtzis, Regional Humanitarian Coordinator for the Syria Crisis, on Civilian Casualties in Northwest Syria [EN/AR]

Amman, 14 August 2018

I am appalled over the reported deaths of at least 116 civilians, many of them women and children, in Idleb and Aleppo governorates over the weekend due to ongoing violence and hostilities.

This extreme violence is completely unacceptable. I remain deeply concerned for the safety and protection of the millions of civilians living in this area, many of them displaced multiple times, and am alarmed such incidents are part of a further escalation of the conflict in the area.

A military operation in Idleb and surrounding areas similar to what was seen in other parts of Syria will not only endanger many of the more than 3 million civilians in this densely populated area, but will likely severely impact humanitarian partners’ ability to deliver life-saving assistance.

On Friday alone, heavy airstrikes on Big Orem town in western rural Aleppo Governorate reportedly killed at least 37 people, over half of whom were children, and injured dozens more.

Separately, at least nine people were reportedly killed and at least 40 people were injured, including women and children, after shelling on the town of Khan Shaykun in southern rural Idleb, while two people reportedly lost their lives after barrel bombs were dropped on the village of Tah and one person was killed in shelling on the village of Tahtay in southern rural Idleb.

On Sunday, at least 67 civilians lost their lives, 17 of them children, when a weapons and ammunition depot in a residential building near Sarmada town in northern rural Idleb Governorate exploded, injuring dozens more. Seventeen people were rescued from under the debris.

The UN condemns these horrific attacks directed against civilians and civilian infrastructure, including hospitals and schools.
"""
A['z05_miningjournal-ap-tehran-summit-idlib'] = """Iran, Russia, Turkey presidents meet in high stakes summit

TEHRAN, Iran (AP) — The presidents of Iran, Russia and Turkey met in a high stakes summit in Tehran on Friday to discuss the future of Syria as a bloody military operation looms in the last rebel-held area of the war-ravaged nation, each laying out terms and issues on the battlefield most critical to their own concerns.

Turkey’s president appealed for a cease-fire in Syria’s Idlib, saying a government offensive in the northwestern province would be a national security threat to his country and unleash a humanitarian catastrophe.

His call appeared to be at odds with statements by Russian President Vladimir Putin who said the Syrian government “has the right” to regain control over all Syrian territory, including Idlib.

The two leaders, along with Iranian President Hassan Rouhani spoke at a summit meeting in Tehran to discuss the future of Syria as a bloody military operation looms in the last rebel-held area of the war-ravaged nation.

“Idlib isn’t just important for Syria’s future, it is of importance for our national security and for the future of the region,” Turkish President Recep Tayyip Erdogan said.

“Any attack on Idlib would result in a catastrophe. Any fight against terrorists requires methods based on time and patience,” he added, saying “we don’t want Idlib to turn into a bloodbath.

“We must find a reasonable way out for Idlib,” he said.

Putin reiterated Russia’s stance that Assad’s government should be able to regain control of all of Syria.

“We should think together over all aspects of this complicated issue,” Putin said, speaking of Idlib. “We should solve this issue together and (we should) all realize that the legitimate Syrian government has the right and eventually should be able to regain control of all of its territory.”
"""
A['z06_omanobserver-reuters-khan-sheikhoun'] = """Syrian army tightens grip on key town after rebel withdrawal

BEIRUT: Syrian government forces looked set to recover a strategic town that has been in rebel hands since 2014 in a major Russian-backed offensive into the opposition’s last major stronghold. An organisation that monitors the war and a pro-Damascus military source said insurgents had withdrawn from Khan Sheikhoun overnight, though the main insurgent group in the area said rebels still held part of the town and fighting continued. Capturing Khan Sheikhoun would be an important gain for President Bashar al Assad into the northwestern region where his bid to recover “every inch” of Syria has hit complications including Turkish forces on the ground.

Syrian state media, in a broadcast from near the town, reported that government forces had widened their control including by seizing a highway running through Khan Sheikhoun, which was targeted in a sarin gas attack in 2017. The pro-Damascus military source said the town was under army control after the rebels were caught in a pincer movement and fled. “There are some pockets and explosive devices, there are a few who refuse to withdraw and want to die,” the source said. The Syrian Observatory for Human Rights, a UK-based war monitoring group, said rebels had withdrawn from their last piece of territory in neighbouring Hama province in addition to Khan Sheikhoun.

The most powerful insurgent group in the area, Hayat Tahrir al Sham, denied this and said the battle continued. In a statement on its Telegram channel, Hayat Tahrir al Sham said rebels still held part of Khan Sheikhoun and nearby areas in northern Hama despite what it described as a redeployment in the town after fierce enemy bombardment. The Observatory and the pro-Damascus military source said Syrian rebels had withdrawn to a Turkish military position in the town of Morek, to the south of Khan Sheihkoun in Hama province.
"""
A['z07_enabbaladi-ceasefire-idps-maarat'] = """Ceasefire, Idlib’s IDPs Only Chance To Move Their Belongings
A day into the one-sided truce that Russia and the Syrian regime declared in Idlib province, Jamil Mustafa, one of Ma`arat al-Nu`man al-Sharqi’s residents, returned home, to move his furniture and the basic belongings he might need, urged by the absence of warplanes and helicopters from the airspace.
Jamil, accompanied by his family, escaped his bombarded area in the past few days, seeking refuge in less-bombed ones on the Syrian-Turkish borders.
On Monday, September 2, the young man narrated the following to Enab Baladi: “We fled, taking none of our belongings. We escaped with our lives,” pointing out that he seized the opportunity, the current ceasefire, to move his furniture and essential household items, which he will definitely need at the place he was displaced to.
Jamil noted that the truce, declared by the Syrian regime and Russia, covers “aerial action only,” for southern rural Idlib, Ma`arat al-Nu`man and its vicinity in particular, are yet enduring artillery and missile shelling.
The truce was put into force on August 31 at dawn, to which the opposition factions, operating in Idlib, committed themselves without making any official statements concerning the matter. The Syrian regime, however, violated it, as it showered the towns and villages of Idlib with dozens of mortars and rockets.
On August 29, the Syria Response Coordination Group (SRCG) documented the displacement of more than nine thousand civilians from Ma`arat al-Nu`man area in 24 hours, who escaped the missile and artillery shelling conducted by Russia and the Syrian regime.
The SRCG, back then, published a report saying that the extensive displacement of civilians from areas in southern and eastern rural Idlib is yet ongoing, especially from the Ma`arat al-Nu`man and its surrounding, owing to the bombing the Syrian regime and Russia have embarked on.
"""
A['z08_dailysabah-turkish-soldiers-killed-idlib'] = """2 Turkish soldiers killed, 2 wounded in airstrike in Syria's Idlib
Smoke billows above the rebel-controlled town of Binnish near the regime-controlled town of Saraqeb, east of the Idlib province in northwestern Syria, Feb. 26, 2020, during airstrikes carried out by pro-regime forces.

Two Turkish soldiers were killed and two others wounded in an airstrike in northwestern Syria's Idlib, the Defense Minister said late Wednesday.

The statement added that the Turkish forces retaliated and destroyed several Assad regime targets in the area. The soldiers were stationed in Idlib to monitor the cease-fire.

Idlib, near Turkey's southern border, falls within a de-escalation zone laid out in a deal between Turkey and Russia in late 2018.

The Syrian regime and its allies, however, have consistently broken the terms of the cease-fire, launching frequent attacks inside the territory where acts of aggression are expressly prohibited.

Idlib is home to some 3 million people, many of them displaced from other parts of Syria in earlier bouts of violence. Some 1 million refugees have moved towards the Turkish border in recent months, fleeing attacks by the Assad regime and its allies which caused a desperate humanitarian situation.

Turkey already hosts 3.5 million Syrian refugees, and the current wave of violence in Idlib has raised concerns about a new surge in displaced civilians fleeing toward the Turkish border.
"""
A['z09_straitstimes-afp-quake-darkush-azmarin'] = """In monster quake's aftermath, a race to save lives as survivors grapple with their loss
DARKUSH, Syria – At a hospital in north-west Syria, Mr Osama Abdel Hamid was holding back tears as he recalled on Monday the massive earthquake that toppled his home just hours earlier.
“We were fast asleep when we felt a huge earthquake,” Mr Abdel Hamid said at the Al-Rahma hospital in Idlib province, where he was being treated for a head injury.
The magnitude 7.8 pre-dawn quake – with the epicentre near the Turkish city of Gaziantep – wiped out entire sections of cities in Turkey and war-ravaged Syria, killing more than 1,400 people in their sleep.
When it shook the village of Azmarin, near Syria’s border with Turkey, Mr Abdel Hamid said, “I woke up my wife and children, and we ran towards the exit door.”
“We opened the door, and suddenly the entire building collapsed,” he said.
Within moments, Mr Abdel Hamid found himself under the rubble of the four-storey building.
All of his neighbours died, but the family made it out alive.
“The walls collapsed over us, but my son was able to get out,” Mr Abdel Hamid said. “He started screaming and people gathered around, knowing there were survivors, and they pulled us out from under the rubble.”
They were taken to the hospital in Darkush, a town several kilometres to the south along the Turkish border.
The facility soon had to take in patients far beyond its capacity and received at least 30 dead bodies.
An AFP photographer saw multiple ambulances arriving at Al-Rahma one after the other, carrying casualties, including many children.
“The situation is bad,” said Dr Majid Ibrahim, a general surgeon at the hospital, where by late morning some 150 people injured in the quake had arrived.
“A lot of people are still under the debris of the buildings,” he said. “We need urgent help for the area, especially medical help.”
"""
A['z10_thestar-xinhua-qah-camp-returns-tremseh'] = """Feature: Displaced Syrians head for home amid longing, uncertainty

Sunday, 18 May 2025

QAH, Syria, May 17 (Xinhua) -- In Qah village, located in Syria's Idlib province, dozens of Syrian families were loading their few belongings onto trucks and pickups for a journey back to their hometown in Tremseh, Hama province, leaving behind the dusty expanse of the Li Ajlina displacement camp, where they have lived for more than a decade.

On Friday, 100 families set out in what is likely the final convoy from the larger Qah refugee camp. Once home to 400 families, the internal displacement camp now shelters only about 30, following two mass departures in the past month.

With mattresses lashed atop refrigerators, gas stoves precariously balanced on plastic crates, and children clutching buckets or their siblings, the families embarked on a return journey, with a daunting task of rebuilding lives they were forced to abandon.

Akram Deeb Al-Hussein, a man in his 60s, stood beside an overloaded pickup truck, awaiting departure.

"We came here in 2012 after the civil war forced us from our homes. We lived on dirt floors inside tents, and the suffering was unbearable," he said. "Now we return with a lump in our hearts because nothing is left in our town. No homes. No life."

The displaced families' return was facilitated by humanitarian initiatives offering free trips to their original villages. Tremseh, like many other areas ravaged by unrest since 2011, bears the scars of war. Although large-scale hostilities have ceased, the destruction remains overwhelming there.

Yasser Abu Zaid, a father in his 50s who arrived in the camp 13 years ago, recalled nights in flooding tents and the constant threat of snake bites that kept families on edge.

"We have endured immense suffering," he said. "Now we're returning to rubble. More than half of the houses are either completely destroyed or in desperate need of repair."
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
