#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen35.
Kept: title (first line), standfirsts, bylines, datelines, date lines shown with the article, story-highlight bullets
(pp05), a photo caption without its credit (pp04), the office line "[International Secretariat]" (pp07) and the
signature / office lines at the end of pp06 and pp09.
Dropped (site chrome): pp03's date line is moved below the title (the stored copy shows "Last updated: 14 June, 2012"
above it; nothing else moved); pp04's duplicated caption line and the photo credit "(Reuters)"; pp05's indentation of the
highlight bullets; pp06's "Check Also" block (a link to another SANA item); pp07's breadcrumb (the Japanese "home" label,
"News Release", "International Secretariat" and the repeated title) and the label "Topic: Regional conflict"; pp08's
author bio fragment ("Jason Ditz is news editor of", cut mid-sentence) and the reader comments after it; pp09's share
counters "0 3" under the title and "You might also like More from author" at the end; pp10's Arabic site labels after the
text (comment count, "most read", "top topics", "top categories"). The search tool's own " date YYYY-MM-DD" metadata
prefix is not part of any text (none of the ten had one).
Stored copies that stop mid-sentence are cut at the last complete sentence: pp01 (inside the last quotation, after
"the people's just demands."), pp02 (before "Panos Moumtzis, the UNHCR's coordinator for Syria, said ..."), pp03 (before
the rebels' graffiti sentence, "... before they evacuated the town"), pp04 (before "It is not cle"), pp07 (before "Some
groups, such as J"). No wording changed; whitespace only normalised (blank lines between paragraphs, indentation and
trailing spaces removed; the double space inside pp10's last sentence is kept).
(Method of unseen34 / unseen32.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['pp01_cnsnews-ap-sarameen-raids'] = """Syrian forces storm northern village, kill 6

By ZEINA KARAM | August 29, 2011 | 10:40 AM EDT

BEIRUT (AP) — Syrian security forces pursuing anti-government protesters stormed several towns and villages Monday, killing at least six people — including a child — and wounding many others during raids and house-to-house searches, activists said.

The largest operation appeared to be in Sarameen in the northern Idlib province, where the London-based Observatory for Human Rights said five people were killed and more than 60 wounded. One person also died during raids in Qara, a suburb of the capital, Damascus.

Similar raids were reported in the village of Heet near the border with Lebanon, along with a military buildup just outside the central town of Rastan, which has become a hotbed of dissent against President Bashar Assad's regime during the 5-month-old uprising.

The prime minister of Turkey, a former close ally, warned Assad that his regime could face a demise like those in Tunisia, Egypt and Libya if the violent suppression of protests does not stop.

Syria has come under blistering international condemnation for its deadly crackdown on anti-government protests that began in March, and U.S. and European leaders have demanded Assad step down.

The comments from Turkey were some of the bluntest warnings yet and were particularly biting because they came from a leader whose government had extensive diplomatic ties with Syria.

"The only way out is to immediately silence arms and to listen to the people's demands," said Prime Minister Recep Tayyip Erdogan of Turkey, speaking in his monthly address aired on Turkish TV late Sunday. "We have been watching the fate of those who did not chose this path in the past few months in Tunisia, in Egypt — and now in Libya — as a warning and with sadness."

"Demands for democracy and freedom are the people's just demands.
"""
A['pp02_todayszaman-refugees-reyhanli-yayladagi'] = """765 more Syrians flee to Turkey escaping violence

March 14, 2012, Wednesday/ 20:14:00/ TODAYSZAMAN.COM

At least 765 Syrian refugees, mostly women and children, have crossed into Turkey since Tuesday night to escape increasing violence in Idlib, which the Syria military recaptured from opposition fighters earlier this week.

The state-run Anatolia news agency reported that 747 Syrian refugees crossed into Turkey through Kavalcık, Kuşaklı and Bükülmez, all villages in Hatay’s Reyhanlı district on the border with Syria. After being processed, all the Syrian refugees were transferred to a refugee camp in Hatay.

With the arrival of the latest groups, more than 1,300 refugees have crossed into Turkey this week alone. Authorities have started setting up additional tents for new arrivals. In addition, 18 Syrians were reported to have entered Turkey through the village of Topraktutan in Hatay’s Yayladağı district.

After the Syrian military recaptured the northern opposition stronghold of Idlib near the Turkish border, a major base that military defectors had held for months, refugees poured into the country. Anatolia reported that more than 500 Syrians arrived in Kavalcık on Tuesday alone; they were sent to a refugee camp set up in Reyhanlı.

Idlib, a predominantly Sunni city of some 150,000 people located about 100 miles (160 kilometers) north of Homs, was among the first to fall in the hands of military defectors last summer. Opposition fighters had held control of large parts of the city for the past few months with government troops present only in some areas.

The UN Refugee Agency said 230,000 Syrians have fled their homes since the uprising against Bashar al-Assad’s regime began last year. The UN says more than 8,000 people have been killed in the past 12 months.
"""
A['pp03_yourmiddleeast-afp-un-observers-al-haffe'] = """UN observers visit Syria’s Al-Haffe, finding it all but deserted

Last updated: 14 June, 2012

United Nations observers on Thursday visited the Syrian town of Al-Haffe and reported finding it all but deserted with a strong stench of dead bodies and most state buildings burned to the ground.

“Most government institutions, including the post office, were set on fire from inside,” the UN Supervisory Mission in Syria (UNSMIS) said in a statement.

“Archives were burnt, stores were looted and set on fire, residential homes appeared rummaged and the doors were open.”

It added that “a strong stench of dead bodies was in the air and there appeared to be pockets in the town were fighting is still ongoing.”

The observers since June 7 had been trying to reach the mainly Sunni Muslim town in northwest Latakia province to check on reports of a possible massacre there by regime forces.

Rebels seeking the ouster of President Bashar al-Assad withdrew from the town on Thursday, allowing regime troops to enter it and take control.

The eight-member UN team that visited the town on Thursday reported that the ruling Baath party headquarters was shelled and appeared to be the site of heavy fighting.

“Remnant of heavy weapons and a range of calibre arms were found in the town,” UNSMIS added. “Cars, both civilian and security, were also set on fire and damaged.”

It said the number of casualties was still unclear.

An AFP correspondent travelling with the UN convoy said municipal buildings, including the local water department and courthouse, as well as several shops had been torched.

There was no sign of life on the streets, except for a few workshops open, already trying to remove traces of the destruction and repair the damage.

Most anti-regime graffiti had been covered in black paint, though part of a Koranic verse was still visible on one building facade.
"""
A['pp04_independent-hamami-killed-latakia'] = """Death of key Free Syrian Army commander heralds a brutal new chapter in conflict

Killing of FSA commander shows Islamist fighters and secular opposition turning against one another

Patrick Cockburn,Richard Hall
Friday 12 July 2013 21:59 BST

Members of the Free Syrian Army in Homs

A new front is opening in the Syrian civil war that looks set to pit rebel against rebel, as confrontations between Western-backed groups and Islamic fundamentalist fighters threaten to spiral out of control.

The assassination of a leading commander of the Free Syrian Army by fighters allied with al-Qa’ida will further divide the rebels in Syria at a time a moment when they are struggling to deal with government forces offensives against opposition strongholds.

Kamal Hamami was killed on Thursday along with his brother at a checkpoint near Latakia in north-west Syria. The assassination was reportedly carried out by the Islamic State of Iraq and the Levant, which has long been conducting a guerrilla war against the Iraqi government and fighting under the banner of the al-Nusra Front in Syria until earlier this year. The Iraq-based part of the movement is likely to have been responsible for killing most of the 44 people shot dead or killed in bomb attacks and shooting in Iraq in recent days.

Mr Hamami, also known as Abu Bassir al-Ladkani, was a member of the Supreme Military Council of the Free Syrian Army (FSA) and commander of an important brigade within the loosely-organised FSA.

A spokesman for the FSA said Mr Hamami had been driving through Latakia on his way to take part in an operation against regime forces when he encountered a checkpoint manned by members of the Islamic State of Iraq and the Levant. When the fighters from the al-Qa’ida-linked group refused to let him pass through, Hamami ordered them to dismantle their checkpoint. After they refused to do so, a confrontation ensued in which Hamami was killed.
"""
A['pp05_cnn-fighting-surges-idlib-city'] = """Fighting surges in Idlib, Syria

Story highlights

• At least 39 people were killed in Idlib clashes, Syrian observatory says
• Rebels from the al-Nusra front storm governor's mansion, police headquarters
• Regime forces have since recaptured them, the observatory says

Al Qaeda-linked rebels battled government forces in deadly clashes in the Syrian city of Idlib on Monday.

At least 39 people were killed in the fighting, including four civilians, the London-based Syrian Observatory for Human Rights said.

Regime forces have recaptured two key government buildings -- the governor's mansion and police headquarters -- after rebels from several groups including the al Qaeda-linked al-Nusra front stormed them, the observatory said.

Fighting between government forces and Islamist rebels is still occurring on the outskirts of the city, the observatory said.

Flashpoint Partners Intelligence, which monitors jihadist communications, said Monday that al-Nusra claims to have captured the town of Tall Mastumah, blocking the Syrian government's supply route to Idlib. Al-Nusra also claims to have captured 12 Syrian soldiers, according to Flashpoint.

Idlib, in northwest Syria not far from the Turkish border, is roughly 66 kilometers (41 miles) from Aleppo, Syria's largest city.
"""
A['pp06_sana-jisr-al-shughour-hospital-siege'] = """Terrorists’ siege of Jisr al-Shughour hospital broken, soldiers freed

Idleb, SANA – The soldiers in the National Hospital in Jisr al-Shughour city in Idleb managed to break the siege imposed by Jabhat al-Nusra since late April, in an operation coordinated with airstrikes and artillery firing.

The soldiers have been freed and left the hospital, carrying their dead or injured fellow members, and are heading to army posts in Idleb countryside.

“The force defending the national hospital of Jisr al-Shughour carried out today morning a tactical maneuver and managed to break the siege successfully,” a military source told SANA.

SANA reporter in Jisr al-Shughour city, which is located in western Idleb province, said the soldiers are now out of the hospital.

Haifa Said
"""
A['pp07_amnesty-armed-groups-aleppo-idleb'] = """SYRIAN ARAB REPUBLIC: Abductions, torture and summary killings at the hands of armed groups

8 Jul 2016
[International Secretariat]

Armed groups operating in Aleppo, Idleb and surrounding areas in the north of Syria have carried out a chilling wave of abductions, torture and summary killings, said Amnesty International in a new briefing published today.

The briefing Torture was my punishment’: Abductions, torture and summary killings under armed group rule in Aleppo and Idleb, Syria offers a rare glimpse of what life is really like in areas under the control of armed opposition groups. Some of them are believed to have the support of governments such as Qatar, Saudi Arabia, Turkey and the USA despite evidence that they are committing violations of international humanitarian law (the laws of war). It also sheds light on the administrative and quasi-judicial institutions set up by armed groups to govern in these areas.

The briefing features abuses committed by five armed groups which have exercised control over parts of the governorates of Aleppo and Idleb since 2012. They include the Nour al-Dine Zinki Movement, al-Shamia Front and Division 16, which joined the Aleppo Conquest coalition of armed groups (also known as Fatah Halab) in 2015. They also include Jabhat al-Nusra and the Ahrar al-Sham Islamic Movement in Idleb, which both joined the Army of Conquest coalition, similarly in 2015.

Some non-state armed groups such as Jabhat al-Nusra, the al-Shamia Front and the Ahrar al-Sham Islamic Movement have established their own Shari’a (Islamic law) “justice systems” in areas they control, as well setting up unofficial prosecution offices, police forces and detention centres.

They have also appointed judges, some of whom have no knowledge of Shari’a.
"""
A['pp08_antiwar-islamist-rebels-clash-idlib'] = """Fighting Rages in Syria’s Idlib Province as Islamist Rebels Clash | Observatory: Both sides deploy heavy weapons in fighting

Fighting earlier this week in the Idlib Province, which saw the Jaish al-Mujahideen wiped out by al-Qaeda’s Nusra Front’, appears to have just been the beginning of infighting among the various Islamist rebel factions in the area, as reports today suggested fighting is heavier than ever, spanning several towns and resulting in large civilian casualties.

The newly formed coalition of rebels surrounding the Islamist faction Ahrar al-Sham has not successfully deterred Nusra, who reportedly begin today’s fighting with heavy tank fire against a Jaish al-Islam force. According to the Syrian Observatory for Human Rights, both sides quickly deployed heavy weaponry in the battle.

As more and more factions of the new coalition got involved, Nusra attacked them as well, and both sides are heavily shelling one another in several towns around the province now, with locals trapped in the middle, and hoping for the fighting to end soon.

The Nusra Front is the largest single faction within the Idlib Province, and had long been closely working with the other rebel factions, particularly the ones they’re now fighting against. The other rebels are involved in a ceasefire, and attending peace talks in Astana, but Nusra has been excluded from those talks. Nusra officials say they view those at the talks as “conspiring” against them, and appear to intend to attack every such group to ensure they don’t challenge them for control of the nation’s northwest.

Author: Jason Ditz
"""
A['pp09_rfs-airstrikes-ieds-fires-idleb'] = """Airstrikes, IEDs and Fires exhaust Idleb!

A woman and her three children were killed and three other civilians were injured as Assad helicopters dropped barrel-bombs over the Habbit town, while regime aircrafts carried out an airstrike with missiles loaded with cluster bombs in the outskirts of the Al-Nqer village in Idleb countryside, causing only material damages.

IEDs victims

A civilian was killed and another was injured today from an IED explosion set by an unknown people in the Terei town near Khan Shaikhoun city in southern Idleb countryside, amidst tensions between Al-Aqsa brigade, close to ISIL, and Tahreer Al-Sham.

In parallel, another IED was detonated near a passing car in the center of the Kafartakharim city on the Syrian-Turkish border, and it is still unknown who set the IED or the reasons for detonating it.

Fires kill children

In addition to daily airstrikes, a series of fires have taken place in Idleb countryside. This morning a child was killed and another was seriously burned as fire started in a civilian house in Sarmeen city, while the civil defense members went to the fire area and saved the injured child.

In addition, a fire started in a shop in the center of Maarat Al-Numan city for unknown reason, causing no casualties as the civil defense teams put the fire out immediately.

Karam Al-Idlibi
RFS – Idleb
"""
A['pp10_orient-idlib-central-bank-car-bomb'] = """Explosion kills, injures civilians in Idlib

An explosion rocked north Syria’s Idlib city, on Thursday (August 2), killing and injuring civilians.

Orient correspondent said a woman was killed and twenty other civilians were injured, according to initial reports.

The explosion resulted from detonating a car bomb near Idlib central bank.

Last week, four people were killed by a car bomb in the town of Sarmin in Idlib countryside.

Idlib is the biggest part of Syria still held by opposition fighters, with a population swollen by Syrians who have fled and forcibly displaced following the regime’s advances in other parts of the  country.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
