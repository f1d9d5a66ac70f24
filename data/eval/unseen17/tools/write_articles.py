#!/usr/bin/env python3
"""Writes articles/*.txt for unseen17: the article text of each stored page (search tool, corpus `pages`), as kept.

Kept: the title (first line), standfirsts, bylines, datelines, date lines shown with the article, photo captions
(without photo credits). Dropped as site chrome: section labels (j01 "Middle East", j02 "Middle East"), repeated
titles (j02's second "Syrian Turkmen run for their lives" under the byline, j05's second title), reading-time labels
(j05 "3 min read", j09 "6 min read", j10 "9 min read"), the embedded-video headline of j01 ("Al Jazeera returns to
Syria under government supervision"), j02's stray "Ankara" label between the repeated title and the dateline, j03's
duplicated caption and its credit line, j04's image label "Syrian Rebel Town" and credit "Photo by Radwan Homsy/UPI",
j05's "[Twitter]" credit and its "Read more: ..." link, j06's ReliefWeb labels "News and Press Release" /
"Originally published", j07's "To view the original Arabic version of this item, please click here!" line. The search
tool's own " date YYYY-MM-DD" metadata prefix is never part of a text. Stored copies that stop mid-sentence are cut at
the last complete sentence. No wording changed (typos kept); whitespace only normalised (blank lines between
paragraphs, trailing spaces removed, double spaces made single). Method of unseen14."""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}

A['j01_aljazeera-rameh-idlib-tank-assault'] = """Syrian army 'kills four in Idlib province'

Troops kill at least four people in village of Rameh, as Syrian forces press on in a tank-led assault, activists say.

Last Modified: 29 Jun 2011 18:27

Syrian troops have killed at least four people as army tanks and helicopters attacked a village in the northwestern province of Idlib, activists have said.

"The four died in random firing on the village of Rameh from tank machine guns, which has become customary in these unjustified assaults.

The tanks started firing on surrounding woods then directed their fire on the village," Ammar Qarabi, president of the Syrian National Human Rights Organisation, told Reuters news agency on Wednesday, from exile in Cairo.

Hundreds of other residents fled the village, an activist said by telephone from the area.

"The army is entering village after village," he told the AP news agency, asking that his name not be used out of fear for his safety.

"The men have fled to Damascus and into the mountains. They are afraid they'll be tortured or arrested."

The military operation in Idlib is part of a sweep against dissident centres the government fears could become a base for a wider rebellion.

Besides Rameh, the Syrian army advanced on a series of other hamlets: Marayn, Ihsim, Barshoun and the Roman-era village of al-Bara.

The activist said army units set up checkpoints at the entrances of some villages, checking the identity cards of young men.

Over the past three weeks, thousands of Syrians have fled into refugee camps in neighbouring Turkey and to Lebanon.

On Wednesday, hundreds of refugees at two camps along the Turkish border held a simultaneous, hour-long protest against Bashar al-Assad, the Syrian president, and denounced the violence in Idlib province.
"""

A['j02_anadolu-turkmen-flee-to-yamadi'] = """Syrian Turkmen run for their lives

Enduring regime and Russian air bombardment, displaced Turkmen try to live on Turkish aid near border in Latakia's Yamadi village

Feyza Süsal | 25.11.2015 - Update : 27.11.2015

HATAY, Turkey

Syria's northwestern Latakia area, just across Turkey's southern border, has seen a sudden influx of Turkmen and Arabs fleeing shelling from Assad regime forces backed by Russian jets.

Thousands – mostly women and children – are rushing for their lives from the heavily hit Turkmen region of Bayirbucak and Cebel Ekrad (Kurdish Mountain) towards Yamadi village close to Turkish border.

Living conditions are poor in the area which lies just 10 kilometers [six miles] from the Turkish border district of Yayladagi.

As the area has no electricity or water, displaced Turkmen and Arabs have to carry water in barrels from far-away sources.

They also rely on humanitarian aid sent from Turkey, which includes tents, clothes and food supplies.

- 'There are only Turkmens there'

Yamadi village falls right within the region where Russian fighter jets have been bombing since Sept. 30 in an air campaign it claims is directed at Daesh in Syria.

The border region is the source of a recent diplomatic spat between Ankara and Moscow as Turkish F-16s shot down a Russian warplane at the Turkish-Syrian border on Tuesday after repeatedly ignoring warnings that it was violating Turkish airspace.

Turkey already summoned the Russian envoy in Ankara on Friday over the bombing of Turkmen villages, demanding Moscow end the operation.

Premier Ahmet Davutoglu had also warned all sides against attacks targeting civilians on Turkey's border which would lead to further refugee flight.

Speaking to Anadolu Agency, a Turkmen, Nebil Shaki, said the Russian and regime forces bombing the region are targeting civilians who have taken to the roads in search of shelter.
"""

A['j03_huffpost-reuters-kamuna-camp-airstrikes'] = """Airstrikes On Syria Camp For Internally Displaced Kill Dozens, Activists Say

At least 28 people, including women and children, are reported dead.

People inspect the damage after airstrikes on the Kamuna refugee camp near the Syrian town of Sarmada on Thursday. Monitoring groups said dozens were killed.

AMMAN/BEIRUT (Reuters) - Air strikes on a camp housing Syrians uprooted by war killed 28 people near the Turkish border on Thursday, a monitoring group said, and fighting raged in parts of northern Syria despite a temporary deal to cease hostilities in the city of Aleppo.

The Syrian Observatory for Human Rights said the dead included women and children and the death toll from the air strikes, which hit a camp for internally displaced people near the town of Sarmada, was likely to rise.

Footage shared on social media showed rescue workers putting out fires which still burned among charred tent frames, pitched in a muddy field. White smoke billowed from smoldering ashes, and a burned and bloodied torso could be seen in the footage.

"There were two aerial strikes that hit this makeshift camp for refugees who have taken refuge from fighting in southern Aleppo and Palmyra," said Abu Ibrahim al-Sarmadi, an activist from the nearby town of Atmeh who spoke to people near the camp.

Nidal Abdul Qader, an opposition civilian aid official who lives about 1 km (half a mile) from the camp, said around 50 tents and a school had burned down.

The White House said the victims were innocent civilians who had fled their homes to escape violence. "These individuals are in the most desperate situation imaginable, and there is no justification for carrying out military action that's targeting them," spokesman Josh Earnest said.
"""

A['j04_upi-rabiaa-recaptured-latakia'] = """Government Forces Recapture Key Syrian Rebel Town

RABIAA, Syria, Jan. 24 (UPI) — Forces loyal to President Bashar al-Assad have captured a major rebel-held town near the Turkish border in Syria’s Latakia province.

The Syrian Observatory for Human Rights said the Syrian miltary, backed by Lebanese Hezbollah fighters and Russian officers and airstrikes, seized the town of Rabiaa on Sunday.

The Observatory reported regime forces also captured the nearby villages of Daroshan and al-Rawda.

Pro-government forces in the northwestern Syrian province have been on the offensive since Russia intervened and began conducting airstrikes on behalf of Assad in late September.

Prior to Russia’s intervention, pro-government forces had been pushed into positions in the western edge of Syria, including in Latakia province.

Earlier this month, pro-Assad forces captured the town of Salma, a strategically important town in Latakia province overlooking portions of a rural mountainous region known as Jabal al-Akrad. Rebel forces retreated to positions around Rabiaa last week after government troops began attacking into the hills surrounding Salma.

Activists said Russian airstrikes have played prominently in the operation, as have Russian officers advising ground troops.

Further consolidation over the province — which is home to the country’s ruling Alawite minority as well as a major Russian air base — could allow the Syrian military to attempt regaining control over the neighboring Idlib province, where a rebel coalition that includes Nusra Front, al-Qaida’s affiliate in the country, seized all major Syrian government strongholds early in 2015.

SOHR reported the Sunday fighting included “violent clashes” between the Nusra Front and pro-government forces.
"""

A['j05_newarab-hts-bombs-kafr-takharim'] = """Five killed as HTS bombs Syrian town which protested against its rule

The extreme Islamist group Tahrir al-Sham has bombed the town of Kafr Takharim in Syria’s rebel-held Idlib province after protesters violently expelled its officials.

07 November, 2019

HTS militants have besieged the town of Kafr Takharim

The hardline Islamist militant group Hayaat Tahrir al-Sham (HTS) has besieged and bombed a town in Syria's rebel-held Idlib Province following protests against the group and a self-proclaimed "government" associated with it.

At least five people were killed after HTS used heavy weapons to bombard the town of Kafr Takharim.

Residents of the town had protested against HTS and its affiliated "National Salvation Government" two days ago. They stormed olive oil presses and police stations in the town and expelled HTS-affiliated officials.

There has been a lot of discontent with HTS and the National Salvation government's policies in Idlib recently. HTS seized control of most of Idlib province from more moderate rebel groups in January 2019.

Since then, it has repressed political and civil activity outside its control and imposed taxes and levies, particularly on olive oil which is the main source of income in Kafr Takharim.

It has also imprisoned and tortured independent opposition activists.

HTS affiliated officials, based in Kafr Takharim's olive presses, would forcibly collect "zakah" charity from local people. The protesters burned the officials' books and records after expelling them from the town.

Following the protests HTS militants massed around the town and a delegation from the National Salvation Government demanded the handover of 70 people who had taken part in the protests.
"""

A['j06_ocha-lowcock-briefing-northwest-syria'] = """Under Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, Mark Lowcock, Briefing to the Security Council on the humanitarian situation in Syria, 29 January 2020

As delivered

Thank you, Mr. President,

I want today to:

First, express my alarm about the dire and deteriorating humanitarian situation affecting women and children in particular in the northwest of Syria because of the intense bombing, shelling and other fighting we are all seeing;

Second, update you on the humanitarian response in the northeast following passage of your Resolution 2504;

Third, update you on the situation in Rukban; and

Fourth, draw attention to the impact of economic challenges on humanitarian suffering in Syria.

First, Mr. President, hostilities have escalated in recent days in the Idleb area, especially around Ma’arat al-Numan, Saraqeb and western Aleppo. The fighting in these areas appears to be more intense than anything we have seen in the last year.

As the UN High Commissioner for Human Rights, Michelle Bachelet has said, civilians continue to be subject to intense bombardment and shelling. On 11 January, at least 20 civilians in Idleb Governorate were reportedly killed in airstrikes. On 21 January, eight civilians were reportedly killed in Kafr Taal in western Aleppo, after an airstrike landed near their home. Overall in the week of 15-23 January, OHCHR documented incidents in which at least 81 civilians, most of them women and children, were killed as a result of airstrikes and ground-based strikes. This total is in addition to the more than 1,500 civilian deaths that OHCHR has verified since the escalation began in late April.

The most alarming reports, Mr. President, have come from southern Idleb, where hundreds of airstrikes by the Government of Syria and its allies have been concentrated.

Meanwhile, non-State armed groups continue to shell Aleppo city, killing or injuring dozens of civilians.
"""

A['j07_smart-landmine-saraqib-farmland'] = """Landmine explosion kills two people west of Idlib

Editing: Obaida Al Nabwani |
TranslationEditor: Glory Jabr |
Translation: Nouha Salti
Publication date: 2020/05/30 19:02

Idlib - SMART

On Saturday, a landmine killed two people in a farmland near the city of Saraqib, ten kilometers east of the city of Idlib, Northern Syria.

Activists reported to Bawaba Hama, one of SMART media projects, that a landmine, left behind by the Syrian government forces in a farmland near Saraqib exploded and killed Ali Hasan Darwish and Khaled Qasem Haidar, two young men from the city of al-Salamiyah and the village of Tal Darah, east of Hama.

On Mar. 9, 2020, a similar explosion killed two people in a farmland between the city of Morek and the village of Atshan, north of the city of Hama.

Remnants of battles, which included cluster bombs, missiles, and landmines, left behind by the Syrian government forces and the Islamic State, resulted in the killing and injuries of dozens of civilians, including children, in Central and Northern Syria, despite campaigns by several organizations and the Civil Defense to raise people’s awareness about war remnants and how to deal with them.
"""

A['j08_france24-afp-downpour-camps-lakes'] = """Syria downpour turns displacement camps into 'lakes'

Maaret Misrin (Syria) (AFP) –

Heavy rain has battered thousands of displaced Syrians living in tents in the country's rebel-held northwest in recent days, residents and the United Nations said Tuesday.

In the Maaret Misrin district of Idlib province, the makeshift tents of families displaced by war lay marooned in muddy puddles, an AFP correspondent said.

"We've been swimming in water for three days now," Abu Qassem, a father of eight, told AFP.

"Water has seeped into our tents and the women are trying to bail it out."

Nearby, rescue workers from the White Helmets group worked with bulldozers to remove excess mud.

"The camp has turned into a lake, tents in it," Mahmud al-Allawi, another resident, said.

"No words can describe our suffering," the 24-year-old added.

On Sunday, in a camp in the Kafr Uruq area, some residents tried to sweep the mud from the entrance to their tents, the same reporter said.

Thick woollen blankets cast over some dwellings to keep out the cold were sopping wet.

The luckiest adults and children were wearing rubber boots, but others ran around in the puddles in light sportswear, trousers rolled up to the knee and open-toe plastic slip-ons.

Senior UN humanitarian official Mark Cutts said the winter downpour had affected thousands.

"Miserable conditions in the flooded displacement camps in Idlib and other areas," he wrote on social media on Tuesday.

"And more bad weather to come, with forecasts of snow and temperatures dropping to -3 degrees Celsius in the coming days."

On Monday, he said at least 4,000 people in northwest Syria had been "severely affected when heavy rain and strong winds damaged or destroyed over 800 tents".

"Women in the camps told me about desperate conditions: everything drenched, people out in the open and unable to sleep at night," he said.
"""

A['j09_syriadirect-idlib-priorities-shift-damascus'] = """Idlib faces new challenges as priorities shift to Damascus

As some services decline and prices rise in Idlib, residents fear shifting priorities could see the province return to its pre-2011 marginalization.

19 February 2025

IDLIB — More than two months since the Assad regime fell and Hayat Tahrir al-Sham’s Salvation Government led the formation of a caretaker government in Damascus, state interest in Idlib has declined in favor of the capital, impacting living conditions for residents of the northwestern province that hosts Syria’s largest concentration of internally displaced people.

At the start of February, the gas cylinder Asala al-Ali used for cooking and heating at her residence in the al-Ikha displacement camp in northern Idlib ran dry. Usually, this was a minor inconvenience, as she could easily buy a replacement, she told Syria Direct

This time, al-Ali barely managed to scrape together three kilograms of gas to tide her family over until she finally found a replacement three days later with the help of her brother, who lives in the Atma displacement camps.

Searching for household gas, waiting for days to obtain a cylinder or waiting in long lines to buy one was a common experience in formerly regime-controlled areas, but not one al-Ali expected in Idlib, she said.

In the early days after Assad fell on December 8, 2024, Idlib quickly became a destination for tourists and shoppers from other parts of the country. In a province marginalized before the 2011 revolution and mainly associated with displacement and bombardment in the years since, visitors found the fruits of a major economic and urban revival in recent years.

With the opening of Idlib’s markets to the rest of Syria, and the unification of customs tariffs at all crossings under a decision by the General Authority for Land and Maritime Crossings on January 11, prices increased in the northwestern province, even as they fell elsewhere.
"""

A['j10_syriadirect-kurds-return-afrin-maabatli'] = """‘Afrin belongs to its people’: More Kurds return to Afrin, while others wait for guarantees

Returns to Afrin increased following agreements between the SDF and Damascus, with some villages seeing more than 80 percent of their displaced Kurdish residents return. Others are waiting for an organized return with security guarantees.

30 April 2025

AFRIN — At the start of April, Amina Ali finally went home. The 58-year-old and her husband returned to al-Maabatli, their town in Afrin, a Kurdish-majority region of northwestern Syria, more than seven years after they fled a Turkish-backed military offensive in 2018.

Just as displacement was more than simply moving away, Ali’s return meant more than a move back. It was “a moment filled with emotion, like a dream coming true,” she told Syria Direct via WhatsApp, sitting in the garden of her house in al-Maabatli with a neighbor.

“I cried all the way to Afrin. I couldn’t believe we were going home. Approaching the entrance to Afrin, I felt a heavy weight lift from my chest, breathing its air after seven years,” Ali said. She opened the door of her house, “sat down in front of it and cried,” she recalled. “All the years I lived in it came back at once—I finally returned to the place that never left me for a moment.”

As she sat, some of her neighbors gathered around, a few brought to tears themselves. Others ululated in celebration, “the sound of crying mingling with the zaghareet in a moment heavy with feeling,” she said.

On April 1, the Damascus government signed a deal with the Syrian Democratic Forces (SDF) in Aleppo that included the withdrawal of the SDF from the city’s Kurdish-majority Sheikh Maqsoud and Ashrafieh neighborhoods. While the return of displaced Kurds—many of whom live in the neighborhoods—to Afrin was not directly addressed, the number of people returning increased following the agreement.
"""

os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
