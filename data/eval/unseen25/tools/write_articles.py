#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen25.
Kept: title (first line), standfirsts, bylines and source lines, datelines, date lines shown with the article, photo
captions (without photo credits). Dropped: site chrome (o02's "Get Today's Headlines in your inbox ..." newsletter box,
its photo credit and the caption's second copy; o03's "Middle East" section label; o04's "Skip to main content", the
credit "George Ourfalian, AFP |" before the caption and the "4 min" reading time; o05's second copy of the title; o06's
credit "[Ugur Can/DHA via AP]"; o07's credits "Picture: AFP" / "Picture: Firas Makdesi / REUTERS", the caption's second
copy and the "Share" button; o09's embedded tweet (its emoji are outside the BMP) and the "Flight Tracker" embed line;
o10's site-header clock "Tuesday, 02 January 2024 12:17 GMT", the agency end mark "(end)" and the MENAFN reference
number). The search tool's own " date YYYY-MM-DD" metadata prefix is not part of any text. Stored copies that stop
mid-sentence are cut at the last complete sentence. No wording changed; whitespace only normalised (blank lines between
paragraphs; a double space made single in o08). (Method of unseen14.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['o01_deseretnews-ap-latakia-armed-gangs'] = """Gangs of armed young men roam Syrian seaside city

By Zeina Karam

Associated Press

Published: Sunday, March 27 2011 12:00 a.m. MDT

LATAKIA, Syria — Gangs of young men, some armed with swords and hunting rifles, roamed Sunday through the streets of a Syrian seaside city, closing alleys with barricades and roughly questioning passersby in streets scarred by days of anti-government unrest.

The scenes in Latakia, a Mediterranean port once known as a summmer tourist draw, were a remarkable display of anarchy in what had been one of the Mideast's most tightly controlled countries.

Syria has been rocked by more than a week of demonstrations that began in the drought-parched southern agricultural city of Daraa and exploded nationwide on Friday, with security forces opening fire on demonstrators in at least six places and killing dozens.

A Damascus-based activist said residents of an impoverished hillside neighborhood of the capital known as Mezah-86 reported that government forces were attacking demonstrators there Sunday night.

The activist said two residents reported hearing gunfire in the area as they spoke to him by phone.

"I heard shouting, screaming, fighting and shooting," he said.

One of the residents reported seeing security forces breaking into the home of at least one person who had attended an anti-government protest earlier in the evening, the activist said.

His account could not be independently confirmed because Syria maintains tight restrictions on journalists and many areas have become unsafe in recent days.

The government has also tried to calm the situation with concessions, and President Bashar Assad is expected to announce Tuesday that he is lifting a nearly 50-year state of emergency and moving to annul other harsh restrictions on civil liberties and political freedoms.
"""
A['o02_bostonglobe-ap-rebels-take-northern-town'] = """Syrian rebels take northern town, attack air base

Opposition strengthens grip

Free Syrian Army fighters ran toward the scene of a government airstrike in the suburb of Halfaya, Syria.

BEIRUT — Syrian rebels fully captured a northern town near the Turkish border on Tuesday after weeks of heavy fighting and attacked a regime air base in a neighboring province, activists said.

The air base is in Aleppo Province, where opposition fighters have already captured three large military bases in recent months. Rebels have also laid siege to the international airport in the city of Aleppo, Syria’s commercial capital, and launched an offensive on the police academy near the city.

With steady rebel gains across the north, President Bashar Assad’s regime is having increasing difficulty sending supplies by land to Aleppo Province, especially after rebels cut a major thoroughfare from Damascus.

It is just another sign that the opposition is consolidating its grip across large swathes of territory in northern Syria near the Turkish border.

In another blow to the Assad government, activists said that Mohammed Adnan Arabo, a member of Syria’s Parliament, has left the country and joined the opposition. Ahmad Ramadan, an executive council member of the opposition Syrian National Council group, and other activists said Arabo arrived in Turkey on Tuesday.

He said the government’s hold on power is deteriorating and rebels are besieging military bases for weeks until they either take over or negotiate with local army commanders to surrender. He added that some regime forces are being diverted to the capital to fight there.
"""
A['o03_dailystar-aleppo-university-blasts'] = """Over 80 killed in Aleppo university carnage

Syrians gather at the site of explosions that hit a university in Aleppo, Syria.

BEIRUT: Two explosions tore through one of Syria’s biggest universities on the first day of student exams Tuesday, killing more than 80 people and wounding dozens, according to the government and an activist group.

Each side in the 22-month-old conflict blamed the other for the blasts at the University of Aleppo, located in a government-held area of Syria’s most populous city.

Some activists in Aleppo said a government attack caused the explosions, while state television accused “terrorists” – a term it uses to describe the rebels – of firing two rockets at the school. A rebel fighter said the blasts appeared to have been caused by “ground-to-ground” missiles.

The Syrian Observatory for Human Rights, a Britain-based anti-regime activist group, said 83 people were killed and dozens wounded, but it could not identify the source of the blasts.

“Dozens are in critical condition,” the Observatory said in a statement, citing doctors and students.

State television showed a body lying on the street and several cars burning. One of the university buildings was damaged.

Video footage showed students carrying books out of the university after one of the explosions, walking quickly away from rising smoke. The camera then shakes to the sound of another explosion and people begin to run.

“A cowardly terrorist act targeted the students of Aleppo University as they sat for their mid-term examinations,” Syria’s United Nations ambassador, Bashar Jaafari, told the U.N. Security Council in New York.

He said 82 students had died and 162 more were wounded. If confirmed, the regime’s report of a rocket attack would suggest rebels in the area had been able to obtain and deploy more powerful weapons than before. The nearest rebel-controlled area, Bustan al-Qasr, is nearly 2 km from the university.
"""
A['o04_france24-aleppo-offensive-iranian-support'] = """Syrian army launches Aleppo offensive with Iranian support

Syrian army soldiers walk around Kweyris military airport in the eastern Aleppo province on October 16, 2015

Syrian troops backed by Hezbollah and Iranian fighters launched an offensive south of Aleppo province on Friday, expanding the army’s counter-attack against rebels across western Syria with support from Russian air strikes.

The assault means the army is now pressing insurgents on several fronts near Syria’s main cities in the west, control of which would secure President Bashar al-Assad’s hold on power even if the east of the country is still held by the Islamic State group.

Aleppo, a commercial and industrial hub near the border with Turkey, was Syria’s largest city before its four-year civil war, which grew out of protests against Assad’s rule.

Control of the city, still home to two million people, is divided between the government and rebels.

“This is the promised battle,” a senior military source in Syria told Reuters in reference to the offensive.

As many as 2,000 Iranian and Iran-backed forces are currently in Syria helping regime troops near Aleppo, a US official told AFP on Friday.

"We are now seeing a coordinated effort between Iran and Russia to assist Assad with fighting opposition groups," the official said, speaking on condition of anonymity.

"There could be as many as 2,000 Iranian-enabled forces," he added.

The official defined those forces as consisting of Iranians including Quds special forces, Iranian-funded proxies and Hezbollah, noting it was difficult to determine a precise number of fighters.

‘Broad military operation’

The Syrian army said in a statement that its forces were engaged in battles in several areas in the country, including in Joubar and Harasta town near the capital Damascus, Homs and Aleppo provinces.
"""
A['o05_townhall-ap-dabiq-captured-qaterji-strike'] = """Turkish-backed Syrian opposition captures Dabiq from IS

AP News

Posted: Oct 16, 2016 6:10 PM

BEIRUT (AP) — Turkish-backed Syrian opposition forces captured the symbolically-significant town of Dabiq from the Islamic State group on Sunday as government forces reversed recent rebel advances in the center of the country.

Though only a small town of marginal strategic importance in northern Syria, Dabiq has figured centrally in IS propaganda. Citing Islamic lore, the extremist group claims it will be the stage for an apocalyptic battle between Crusaders and an army of the Muslim caliphate that will herald doomsday.

Meanwhile, southwest of Dabiq, Syrian government forces pounded rebel-held districts in the contested city of Aleppo, culminating in a devastating airstrike on a residential building in the Qaterji neighborhood late in the evening that killed at least 25 people, according to the Civil Defense search-and-rescue outfit. Spokesman Ibrahim Alhaj said some families remain trapped under the rubble.

The Qaterji attack brought the death toll to 49 from strikes on opposition-run eastern Aleppo on Sunday, according to Al Haj.

The Britain-based Syrian Observatory for Human Rights group, which monitors the conflict through local contacts, put the toll from the Qaterji attack at no less than 15 civilian fatalities, and Sunday's tally for the eastern portion of the city at 31 civilians.

Russian jets are also known to fly sorties over east Aleppo. Russia is a key backer of embattled Syrian President Bashar Assad in the country's raging war.

In Dabiq, Islamic State fighters put up "minimal" resistance in defending the town, according to a commander of the Syrian opposition Hamza Brigade, before they withdrew south to al-Bab, which remains under IS control.

Saif Abu Bakr said some 2,000 opposition fighters pushed into Dabiq with tank and artillery support from the Turkish army.
"""
A['o06_aljazeera-idlib-city-twin-bombings'] = """Twin bombings kill at least 15 people in Syria’s Idlib city

Idlib is dominated by an alliance led by Syria’s former al-Qaeda affiliate, the Hay’et Tahrir al-Sham armed group.

Fighters from the Syrian opposition stand near a checkpoint in Idlib city last October

A double bomb attack on Monday in Syria’s northwestern city of Idlib killed at least 15 people, including four children, a war monitor reported. Dozens of others were wounded.

The first blast was caused by an explosive device planted under a car in Qusour neighbourhood during rush hour, the UK-based Syrian Observatory for Human Rights said.

A motorcycle bomb then detonated after ambulances arrived at the scene of the first blast, said the group, which relies on a network of sources based in Syria for its information.

There was no immediate claim of responsibility for the attack which the Syrian Observatory said also wounded at least 50 others.

The Local Coordination Committees and the Syrian Civil Defence, a group of first responders, also reported casualties.

The city has been hit by a series of bombings in recent months that have killed or wounded scores of people.

The Observatory and Civil Defence earlier reported government shelling of rebel-held towns south of Idlib, saying several people were wounded.

‘Salvation Government’

Idlib, the last major part of Syria still outside the control of President Bashar al-Assad’s government, is dominated by an alliance led by Syria’s former al-Qaeda affiliate, Hay’et Tahrir al-Sham (HTS).

The group took administrative control of the entire region last month after overpowering smaller Turkey-backed rebel factions.

Islamic State of Iraq and the Levant (ISIL, ISIS) also has sleeper cells in Idlib.

A local office of the “Salvation Government”, an administrative body created by HTS, is located on the street targeted in Monday’s attack.

Four HTS fighters were killed in the blast, the Syrian Observatory said.
"""
A['o07_iol-afp-israeli-strike-aleppo-airport-quake-aid'] = """Israeli strike knocks out Aleppo airport, halts aid flights –Syrian ministry

Algerian rescue aid arrives at Aleppo International Airport on February 7, 2023, one day after a deadly earthquake hit Syria.

Published Mar 7, 2023

Damascus - Israeli warplanes struck Aleppo airport on Tuesday, causing significant damage that halted flights to and from Syria's war- and quake-battered second city, the defence ministry said.

The airport has been a major conduit for aid flights since a February 6 earthquake devastated swathes of south-eastern Türkiye and neighbouring Syria, and they too were brought to a stop, a transport ministry official said.

"At exactly 2.07am, the Israeli enemy carried out an air attack from the Mediterranean west of Latakia targeting Aleppo international airport," the defence ministry said in a statement.

The damage forced the authorities to close the airport to all flights, the ministry added. There was no immediate word on any casualties.

More than 80 aid flights have landed in Aleppo over the past month with relief supplies for quake-hit areas, transport ministry official Suleiman Khalil told AFP.

A Saudi aid plane is seen offloading humanitarian aid, in the aftermath of a deadly earthquake, at Aleppo airport, Syria on February 14, 2023.

Foreign donors including the United Arab Emirates, Iran, Saudi Arabia and Algeria have flown aid into Aleppo airport since the earthquake, Syrian state media has reported.

The Syrian foreign ministry, in a statement, condemned the attack as a "double crime", saying it had hit a civilian airport and "one of the primary channels for delivering humanitarian assistance" to people affected by the earthquake.

The earthquake killed 1,414 deaths in government-held parts of the country, the government has said.
"""
A['o08_rudaw-afrin-olive-harvest-blocked'] = """Militants prevent Afrin’s Kurdish farmers from harvesting olives

ERBIL, Kurdistan Region - Members of a Turkey-backed militia group in northwest Syria are preventing Kurdish farmers from harvesting their olives, a local source said.

Commanders of the Sulaiman Shah Brigade have blocked Kurdish farmers from entering their olive orchards in the Kurzele village of Afrin region, a local source to Rudaw on Saturday, speaking on condition of anonymity.

Seventeen Kurdish families, who have around 4,000 olive trees, have been affected.

The Sulaiman Shah Brigade is based in northern Syria and is accused of numerous human rights violations, especially against Kurdish residents. In 2023, the United States sanctioned the group for “serious human rights abuses committed in northern Syria, including abduction, severe physical abuse, and rape.”

Olives are an important economic crop in Afrin.

Abdulrahman Korajo is a Germany-based Kurdish activist from the enclave. He said Arab settlers have confiscated and stolen olives from Kurdish farmers and local authorities have done nothing to stop them.

“The people of Kurzele village have been banned from entering their farms. Arabs affiliated with this brigade harvest the olives in the light of day but there is no one to hold them accountable. Our people of Afrin have been working these farms for years but Arabs have confiscated and stolen them,” he said.

Afrin was invaded by Turkey and its Syrian proxies in 2018 after years of Kurdish rule under the People’s Protection Units (YPG).

Human rights groups and the United Nations have published reports detailing arbitrary arrests, detention and pillaging, among other violations in Afrin since 2018.

Hussein Omer contributed to this article
"""
A['o09_anadolu-first-flight-damascus-aleppo'] = """1st flight from Damascus to Aleppo lands after Assad's fall

Syrian Airlines passenger plane takes off from reopened Damascus Airport in capital

DAMASCUS, Syria

Following the overthrow of the Baath regime in Syria, the first passenger flight from the reopened Damascus Airport successfully landed at Aleppo Airport.

A Syrian Airlines passenger plane from Damascus Airport landed at Aleppo, marking the first flight between the two cities – the country’s largest – since the regime's collapse.

Aleppo Airport Director Mohammed al-Masri told Anadolu that necessary technical preparations had been completed, enabling the successful operation of the first flight from the capital Damascus.

He also expressed optimism that Aleppo Airport would resume full operations soon.

Journalist Musa al-Omar, who was among the passengers, shared his excitement about being on the flight from the capital to Aleppo.

"Both Damascus and Aleppo airports are 100% ready. I am thrilled to be part of this flight and consider myself very fortunate," Omar said.

"According to information from officials, Damascus Airport will soon be opened to international flights as well," he added.

The airport, which ceased flights after the regime's collapse on Dec. 8, reopened after preparations were completed.

Bashar Assad, Syria’s leader for nearly 25 years, fled to Russia after anti-regime groups took control of Damascus on Dec. 8, ending the Baath Party regime, which had been in power since 1963.
"""
A['o10_menafn-kuna-azerbaijani-gas-via-kilis'] = """Azerbaijan Natural Gas Flows Into Syria Via Turkiye

2025-08-02 08:04:19

(MENAFN- Kuwait News Agency (KUNA)) ISTANBUL, Aug 2 (KUNA) -- Azerbaijan's natural gas started on Saturday flowing into Syria via the Turkish province of Kilis.

Up to two billion cubic meters of natural gas can be exported annually to Syria through this pipeline, Turkish Anadolu Ajansi quoted Turkish minister of Energy and Natural Resources Alparslan Bayraktar as saying.

He said they opened the Turkish-Syria gas pipeline as a symbol of friendship, hoping this would achieve surplus and prosperity to the two countries and their nations, and bring peace to the region.

Electricity is exported to Syria through eight points, and it will be increased by 25 percent and then more than double, he noted.

Bayraktar revealed that he met with his Syrian peer Mohammad Al-Bashir last May to discuss technical support and opportunities to boost electrical infrastructure and natural gas in Syria through rebuilding.

He indicated that they visited Damascus to discuss key topics like electricity, natural gas and oil, adding they signed a memorandum of understanding on energy, mining and hydrocarbon fields.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
