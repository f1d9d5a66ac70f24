#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen33.
Kept: title (first line), standfirsts, bylines, datelines, date lines shown with the article, photo captions (without
photo credits). Dropped (site chrome): mm03's breadcrumb list "1. Home / 2. Middle East and North Africa / 3. Syria",
the photo credit "Jodi Hilton/IRIN" and the repeated short caption "... (Dec 2012)"; mm04's first copy of the lead
paragraph (the page repeats it; the second copy, with an em dash, is kept); mm05's repeated title line and the
related-items JSON dump ("string(1098) ...") after the text; mm06's related-links list after the text ("-" and the
teasers that follow it); mm07's photo credit "Photo: ARA News"; mm08's repeated title lines, the "Follow" button label
and the photo credit "(AFP / Omar Haj Kadour)"; mm09's "Contact Us" and "Subscribe" labels and the section label
"MIDDLE EAST" after the byline. The search tool's own " date YYYY-MM-DD" metadata prefix is not part of any text.
Stored copies that stop mid-sentence are cut at the last complete sentence (mm01, mm02, mm03, mm04, mm07, mm09).
No wording changed; whitespace only normalised (blank lines between paragraphs, trailing spaces removed).
mm05, mm06, mm08 and mm10 are complete as stored. (Method of unseen32.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['mm01_doumarevolution-enn-idlib-events-1-dec-2011'] = """Summary and Videos of Events in Idlib, on Thursday, 1 Dec 2011 From: E.N.N

– Herbnoush:

The 36 years old, Maher Mustafa Hmoush, was killed in Filoun during the storming of the town, he lived in Al-Mstoumeh and he is the 1st martyr from the town of Herbnoush.

– Jesr Al-Shoghour:

• A strike was in effect in Jesr Al-Shoghour in protest of the violence of security against the unarmed civilians. Security forced some stores to open by breaking the locks of the stores to force the owners to open their stores.

• 2 helicopters flew over Jesr Al-Shoghour and photographed the area.

– Tal Menes Maarat Al-Numan:

Security with the support of the army burned 3 homes in the village of Maar Shamsha, whose owners are believed to be activists. In addition to arresting the 25 years old Fouad Al-Musa lives in Tal Menes, and works as a public transportation truck driver, he was arrested while at work.

– Sirmin:

A general strike was in effect in the city, in honor of the martyrs of Idlib province. Stores and schools were closed, and employees did not go to work. A large demonstration was held and called for the execution of Bashar Al-Assad, demanded international intervention, a No-Fly-Zone, a buffer zone, chanted in support of the Free Syrian Army and in solidarity with Al-Nirab, Idlib, Homs, and all other stricken cities.

– Taftanaz:

Regime forces, which have been surrounding the town since 20 Nov 2011, connected a landline to coordinate with the command of Taftanaz airport, and this proves that they plan to continue the siege for a long time.

– Kafr Takharim:

Military reinforcement, of 17 Zil vehicles carrying around 1,500 elements and 8 Range Rovers, stormed the town and got stationed at Al-Hurriya square. This reinforcement came after a helicopter flew yesterday for a long while in the sky over Kafr Takharim then the helicopter headed to the western mountain.
"""
A['mm02_aljazeera-inside-idlib-crackdown'] = """Inside Idlib: Assad crackdown grows in ferocity

The anxiety, and the fear, is palpable. The people of this area are all too aware of what is coming. This, they say, is going to be the “next Homs”.

Winter still clings to the ancient cultivated hillsides of the northern Syrian province of Idlib. Nights are chillingly cold mornings alternate between mist and feeble sun. Under the gnarled olive trees, the soil is naked and neatly raked.

Tens of thousands of trees in rows follow the contours of the hills to the horizon and beyond. Around here, the olives are usually harvested in November, but some local families have only just begun to try to take their crop. It’s anyone’s guess what will happen to the harvest this year.

All the old rhythms and routines have been disrupted. People don’t venture out, most shops are shuttered. Petrol for transport and heating is running short. Cell phones no longer work, there is no internet and locals warn the old landlines are monitored. Families listen carefully to traffic on the roads, alert to anything unusual, to anything that sounds “military”.

The anxiety, and the fear, is palpable.  Grainy YouTube videos on the television show Syrian army tanks heading for the provincial capital of Idlib City.  The government has dug trenches around some of the towns. Military bases are being reinforced.  The people of this area are all too aware of what is coming.

This, they say, is going to be the “next Homs”.

For months now, Idlib has breathed a thin air of defiance and bravado.  The hope was that a “Syrian Benghazi” was in the making here – an area that had succeeded in keeping President Bashar al-Assad’s forces at bay.  But the fragility of that hope is clear now to everyone.

“We cannot go back, because going back is more dangerous”, one activist explains to me, as we hide together in a safe house in a border village close to Turkey.
"""
A['mm03_irin-idps-winter-qah-atma-camps'] = """IDPs brace for winter in rebel-controlled camps

Displaced Syrians at Atma Camp on the Syrian side just over the border with Turkey on December 2, 2012. Atma has become the temporary home to more than 11,000 people who have fled the violence as war flared in Syria

Ragad, 10, uses crutches to gingerly make her way up a muddy hillside. On her right foot, she wears a bright blue rubber shoe. The other foot is missing, amputated below the knee.

She was injured when a bomb destroyed her family home in Hass, 86km southwest of Syria’s largest city, Aleppo. Many parts of Aleppo are now in ruins after nearly six months of urban warfare; and most of the 25,000 inhabitants of Hass have fled.

Ragad and her family live in a tent on a mud-covered slope. They are among 4,000 people marooned in more than 500 tents at Qah camp for displaced people close to the Turkish border, set up three months ago. More families arrive every day, many from Hass. Another 10,000 people live nearby in the only other known camp in the north, called Atma. Across the country, at least 2.5 million people are internally displaced within Syria, according to the Syrian Arab Red Crescent.

Cold and afraid, many here say they want desperately to leave Syria’s nearly two-year conflict behind and cross into Turkey. But for the moment, their northern neighbour has refused to accept them, citing overcrowding. Fourteen Turkish camps, hosting 141,000 people, are already well over capacity, with thousands of people sleeping in communal tents or in neighbouring villages for lack of space.

Turkey's Disaster and Emergency Management Directorate (AFAD) says its door is still open: “Syrian citizens have been coming to our country every day in different numbers and different intensity," its press department said in an email.
"""
A['mm04_foreignpolicy-atmeh-border-camps'] = """In the Camps

For Syrian refugees stuck along the Turkish border, war brings a slow and simmering cruelty.

ATMEH, Syria — The town of Reyhanli, Turkey, on the Syrian-Turkish border is bursting at the seams. Its population of Turks and Alawi, Sunni, and Christian Arabs has recently doubled with the arrival of Syrian refugees. The crisis has boosted the local economy but also brought tragedy — a car bombing on May 11, almost certainly the work of Bashar al-Assad’s intelligence services, killed 51 people. It was the worst terrorist atrocity in Turkey’s history.

A hotel in Reyhanli served as my base in late June while I worked with refugees on the Syrian side of the border. It felt something like the setting of a Graham Greene novel: Salim Idris, chief of staff of the Supreme Council of the Free Syrian Army, wandered in one evening, while expatriate Syrians, charity workers, and weapons smugglers smoked shisha in the courtyard. An American called Eric, with no surname, introducing himself as "a researcher," visited the charity offices outside.

With well over a quarter of a million refugees now lodged in Turkish camps, many displaced Syrians are refused entry into Turkey. Instead they shelter in the fields and at roadsides nearby — including at the Atmeh camp, planted exactly on the border.
"""
A['mm05_alalam-isil-islamic-front-sarmada-checkpoint'] = """Syria terrorists in infighting over checkpoint in Idlib

Fri Jan 3, 2014 10:41:53

Militants of the terrorist Islamic State in Iraq and the Levant (ISIL) have clashed with insurgents from the terrorist group of Islamic Front over control of a checkpoint in Syria's northwestern province of Idlib.

The fighting broke out in the village of Sarmada on Wednesday and caused several casualties from both sided.

Hundreds of people also demonstrated in the Idlib town of Maaret al-Numan against ISIL, demanding that that the group set free all of those it has seized.

Some observers have focused on the growing clout of ISIL, as well as the notion that the Al-Qaeda-inspired group supposedly “learned its lessons” from years past in Iraq, where it had engaged in terrorizing civilian populations.

But in many areas, the group has been accused of engaging in systematic arrest campaigns of civilian activists, as well as clashing with militant groups.

Syria has been gripped by deadly unrest since 2011. According to reports, Western powers and their regional allies - especially Qatar, Saudi Arabia, and Turkey - are supporting the militants operating inside the country.
"""
A['mm06_alarabiya-afp-air-raids-saraqeb-idlib'] = """Monitor: Air raids kill 24 around battleground Syria city

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
A['mm07_aranews-anti-qaeda-protests-maarat'] = """Anti-Qaeda protests continue for the third day in Syria’s Idlib

Anti-Qaeda protesters roaming streets of Maarat al-Numan town in Syria's northwestern Idlib province.

ARA News

IDLIB – Protests continued in the Maarat al-Numan city in Syria’s northwestern Idlib province for the third consecutive day, where people expressed their anger with the practices of the al-Qaeda-affiliated Nusra Front against civilians and moderate rebels, activists reported on Wednesday.

“The protesters demanded Nusra militants to withdraw from Maarat al-Nusma and the entire [Idlib] province,” Sarhan al-Muhammad, one of the organizers of anti-Nusra protests, told ARA News.

“Extremists of Nusra Front are trying to impose their regulations on the people of Maarat al-Numan and other areas of Idlib, besides excluding moderate rebel groups who are the real representatives of our revolution against Assad dictatorship,” al-Muhammad said.

“We won’t stop protesting against Nusra until it withdraws from the region completely,” he told ARA News. “People of Idlib will not accept radical ideologies like that of al-Qaeda of ISIS.”

Hundreds of people have been taking to the street in several areas of Idlib province since Monday, denouncing what they described “aggression of the Nusra Front (al-Qaeda branch in Syria) against civilians and moderate rebels”.

Local sources confirmed that angry protesters have broken into Nusra headquarters in the town of Maarat al-Numan and burned a few buildings earlier this week.

Speaking to ARA News in Maarat al-Numan, rights activist Samer Idlibi said that the protests broke out after the Nusra insurgents stormed headquarters of the Division 13— which operates under the banner of the Syrian Free Army (FSA)—where clashes claimed lives of dozens of fighters on both sides.
"""
A['mm08_arabnews-afp-ariha-government-raids'] = """11 killed in government raids on northwest Syria: monitor

Syrian civil defense volunteers, known as the White Helmets, carry a body retrieved from the rubble following reported government airstrike on the Syrian town of Ariha, in the northwestern province of Idlib, on Monday.

Updated 27 February 2017

BEIRUT, Lebanon: Government air strikes on northwest Syria killed at least 11 people overnight, most of them civilians, the Syrian Observatory for Human Rights said Monday.

“Government warplanes carried out air strikes after midnight on several areas in the town of Ariha” in Idlib province, said the monitoring group’s head Rami Abdel Rahman.

“The preliminary toll is 11 killed, including at least seven civilians,” three of them children, he said.

Others were still missing and rescue teams were searching for anyone trapped under the rubble, Abdel Rahman added.

Leith Fares, a rescue worker in Ariha, told AFP his team had pulled at least 20 wounded people out of the rubble.

“We’ve been working since 3:00 am (0100 GMT) to rescue victims still under the rubble of two four-story buildings that totally collapsed on the residents inside,” he said.

“We’re still looking for two families, estimated at eight to 10 members each, that are still trapped,” Fares said.

The deaths come two days after 10 civilians were killed in government air strikes on Ariha, held since spring 2015 by an anti-regime coalition dominated by jihadists.

Idlib province has been battered by heavy air strikes in recent weeks, with intensifying bombing raids by regime warplanes in particular, according to the Observatory.

It has also been rocked by infighting between rebel and jihadist factions, including Al-Qaeda’s former Syrian affiliate, Fateh Al-Sham Front.
"""
A['mm09_anews-aa-ghouta-evacuation-convoy-idlib'] = """Evacuation convoy reaches Syria’s Idlib from E. Ghouta

Anadolu Agency

Published March 23,2018

A first convoy of vehicles carrying civilians and opposition fighters from the Harasta district of Syria's Eastern Ghouta region reached Idlib and Aleppo on Friday.

An Anadolu Agency correspondent reported that 30 buses had reached Idlib and the western countryside of Aleppo province on Friday carrying more than 1,900 people, including women and children.

One female evacuee reportedly gave birth while making the trip, while a second died due to a chronic health condition.

Evacuees will be accommodated in refugee camps set up in Idlib and Aleppo by local civil society groups.

After making the 10-hour trip, evacuees were given humanitarian supplies provided by Turkey's Humanitarian Relief Foundation (İHH).

Speaking to Anadolu Agency, İHH spokesman Selim Tosun said supplies included food packages, fruit, water and cleaning materials.

The evacuations come as a part of a Russia-brokered agreement between Syria's Assad regime and armed opposition groups.

A total of 8,000 people -- including opposition fighters and their families -- are now slated for evacuation from Eastern Ghouta, a regime-besieged suburb of capital Damascus.

On Feb. 24, the UN Security Council unanimously adopted Resolution 2401, which called for a ceasefire in Syria -- especially in Eastern Ghouta -- to allow the delivery of humanitarian aid.

Despite the ceasefire resolution, however, the regime and its allies early this month launched a major ground offensive -- backed by Russian air power -- aimed at capturing opposition-held parts of the district.

Since Feb. 19, more than 1,000 people have reportedly been killed in attacks by the regime and its allies in Eastern Ghouta.
"""
A['mm10_snhr-hass-hospital-barrel-bombs'] = """Syrian regime forces bombed a hospital in Hass village in Idlib suburbs, on September 8

SNHR: Syrian regime helicopters dropped 2 barrel bombs in front of Nabd al Hayat Hospital in south of Hass village in Idlib governorate southern suburbs, severely damaging its equipment and burning its generators, on September 8, 2018.
"""

if __name__ == '__main__':
    os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
    for k, v in A.items():
        with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
            f.write(v)
    print(len(A), 'articles written')
