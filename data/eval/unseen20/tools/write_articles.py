#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen20.
Kept: title (first line), standfirsts, bylines, datelines, date lines shown with the article, photo captions (without
photo credits). Dropped: site chrome (f01's "YOU ARE HERE: LAT HomeCollections"; f02's "TÜRKİYE" and "2 MIN READ" labels,
the repeated title under the standfirst, the caption credit "/ AP", "RECOMMENDED", the source line "SOURCE:TRTWorld and
agencies" and the "Explore" list of other stories; f03's site name line "The Syrian Observatory For Human Rights" is not in
this copy; f04's "Check Also" teaser; f05's caption credit "[File: Khalil Ashawi/Reuters]"; f06's "Middle East" section
label, the repeated title at the end and the subscription notice; f07's slogan "Creating new perspectives since 2009",
the caption credit "[Mohammed Said – Anadolu Agency]" and the "READ: ..." link; f10's bullet marks, the caption's second
copy and its credit "(Enab Baladi/Samah Alloush)"). The search tool's own " date YYYY-MM-DD" metadata prefix is not part
of any text. Stored copies that stop mid-sentence are cut at the last complete sentence. No wording changed; whitespace
only normalised (blank lines between paragraphs). (Method of unseen12-unseen14.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['f01_latimes-reyhanli-car-bombs'] = """Car bombs in Turkey kill at least 42 near Syria border

The blasts injure more than 140 in the town of Reyhanli, where there has been tension between Turks and Syrian refugees.

May 11, 2013|By Patrick J. McDonnell, Los Angeles Times

BEIRUT — At least 42 people were reported dead Saturday in a pair of car bombings in the southern Turkish town of Reyhanli, the latest apparent example of spillover violence from the conflict in nearby Syria.

More than 140 people were injured, with at least 20 in critical condition, according to Turkish officials and news reports.

The blasts reportedly caused panic in the town, where tension has arisen between Syrian refugees and Turkish residents. Reyhanli, in Hatay province, is just a few miles from the Syrian border and has been a magnet for Syrian refugees and rebels.

After the bombings, outraged Turks attacked Syrians and cars with Syrian license plates, according to reports from a resident and the BBC, which quoted local news reports.

Some Turks have objected to the influx of Syrian refugees and express fear that the region is being dragged into the Syrian conflict.

"I never witnessed any explosions when I was in Syria so they brought them here so I wouldn't miss out," said a Syrian woman, Fairouz, reached in her home in Reyhanli. "Today they are giving us many surprises."

Video from Reyhanli showed a chaotic scene of blasted debris, buildings with blown-out windows and dazed survivors amid smoking rubble.

Turkish authorities immediately linked the attacks to the civil war in Syria, now in its third year at a cost of more than 70,000 lives, according to United Nations estimates. But there was no definitive word on who was behind the attacks.

"Those who for whatever reason attempt to bring the external chaos into our country will get a response," Turkish Foreign Minister Ahmet Davutoglu said from Berlin, according to the English-language website of the Turkish newspaper Today's Zaman.
"""
A['f02_trtworld-kilis-reyhanli-rockets-afrin'] = """Turkish border town's residents struggle to cope amid Afrin operation

As Operation Olive Branch continues, Daesh and the YPG have fired a number of rockets from across the border in Syria into Kilis and Reyhanli border towns.

People look at the damage caused by a rocket fired overnight from Syria, across the border into the town of Kilis, Turkey, January 21, 2018.

By Ayşe Nur Dok

January 29, 2018

Dozens of rockets have hit the Turkish border towns of Kilis and Reyhanli after Turkey started Operation Olive Branch to remove YPG/PKK and Daesh from Afrin in northwestern Syria.

The operation launched on January 20 aims to establish security and stability along Turkey’s borders and in the region.

At least two civilians were killed and 11 others were injured, when rockets fired by the YPG/PKK from Afrin region struck a mosque during prayers and a house in Kilis on Wednesday, according to the provincial governor.

"A rocket came down just next to us and I carried on working. But it's difficult to convince your children that it's going to be okay. Since the rockets started coming down my children have been afraid. But we try and convince them that it's going to be okay," said Basheer, a Syrian refugee.

The people of Kilis know the next few weeks are likely to be tough, and are trying to live their lives as normally as they can.

TRT World'sAbubakr al Shamahi reports.
"""
A['f03_sohr-warplanes-kabbaneh-latakia-mountains'] = """After one month of absence from the area and less than 24 hours after the attack of Hurras al-Dien, warplanes bomb Latakia mountains connected with Sahl al-Ghab and Jesr al-Shughur

Latakia province, the Syrian Observatory for Human Rights: the Syrian Observatory for Human Rights monitored explosions that shook areas in the Latakia mountains in the northern countryside of the city morning of today, the 3rd of month June 2018, caused by raids by warplanes on places in Kabbaneh area in Jabal al-Akrad in the northern countryside of Latakia, but no information about casualties until the moment, this comers after more than 30 days of absence from the area, where warplanes were the warplanes last targeted the area on the 2nd of May 2018.
"""
A['f04_sana-naour-jourin-suqailabiya-rockets'] = """Update-Fourteen civilians including two children martyred in terrorist rocket attacks in Hama and Aleppo

Hama, Aleppo, SANA – Seven civilians including two girls children were martyred and several others were injured on Monday in terrorist rocket attacks on Naour Jourin village and al-Suqailabiya town in Hama’s countryside.

SANA’s reporter in Hama said that terrorists located in the de-escalation zone in Idleb fired a number of rockets on Naour Jourin village in Hama’s northwestern countryside, and one of the rockets hit a vehicle which led to the martyrdom of 7 civilians including two children, in addition to injuring a number of civilians.

Earlier in the day, SANA’s reporter said terrorists located in the towns of al-Habbit in Idleb’s southern countryside and Kafr Zeta in Hama’s northern countryside fired rockets at residential neighborhoods in al-Suqailabiya town in Hama’s northern countryside, inflicting wounds of varying severity on four civilians including a child, and causing damage to houses and shops.

A source at al-Suqailabiya Hospital told the reporter that four civilians have been admitted to the hospital with shrapnel injuries, and they received the necessary treatment.

Syrian Arab Army units operating in Hama countryside retaliated, destroying a number of rocket launchers and killing a number of terrorists in al-Habbit and Kafr Zeta.

Meanwhile, seven civilians were martyred and many others wounded in an attack by terrorist groups with rocket shells and explosive bullets on residential neighborhoods in al-Hamadaniyah and Jamiliyah in Aleppo.

A police source told SANA that terrorist groups, positioned in al-Rashideen area to the west of Aleppo, targeted al-Hamadaniyah and Jamiliyah neighborhoods with rocket shells and explosive bullets at rush hour time, killing seven civilians and injuring many others and causing material damage and fires to properties and cars.

Hazem Sabbagh/Mazen
"""
A['f05_aljazeera-coronavirus-idlib-bab-al-hawa'] = """‘We’re scared’: Coronavirus hits Syria’s war-torn Idlib

Three doctors and nurse are first cases to contract COVID19 amid fears of rapid spread at IDP camps in northwest Syria.

A displaced girl wears a face mask as she takes part in an event organzied by Violet Organization

Idlib has been the scene of fierce fighting since Syrian government forces launched an offensive in late 2019

Syria-Turkey border – Three doctors and a nurse tested positive for the novel coronavirus in Syria’s northwest Idlib governorate, the first cases to emerge in the region, raising fears it could rapidly spread through densely populated camps for internally displaced Syrians.

The number of people living in the sprawling camps has increased in recent months after Russian-backed Syrian government forces launched a campaign to regain control of the last rebel-held bastion in the war-torn country.

“The first case of the new coronavirus was confirmed on Thursday night. He is a doctor working in Bab al-Hawa border hospital,” Emad Zahran, media manager at Idlib’s health directorate, said on Saturday, adding the physician appeared to have contracted the virus during a visit to his family in Turkey last month.

“The patient developed symptoms including a dry cough and a high temperature last week. He was tested in Idlib and the results came back as positive. He has been quarantining since,” Zahran told Al Jazeera.

The health directorate said it immediately asked all doctors, patients, and other staff at Bab al-Hawa hospital to quarantine as tests for the coronavirus were conducted on people who visited the facility since June 25.

Maram al-Sheikh, the minister of health in Syria’s interim government, told Al Jazeera a couple of days after the first infection was confirmed, three more people tested positive. Two were doctors and one was a nurse working in Idlib.
"""
A['f06_anadolu-briquette-houses-meshed-idlib'] = """Turkish NGOs build briquette houses for Syrians

More than 380 houses to host war-weary families in Syria’s northwestern Idlib province

Gökhan Ergöçün | 02.05.2021 - Update : 02.05.2021

IDLIB, Syria

Turkey’s non-governmental organizations (NGOs) have built a briquette housing camp in the Meshed town of Syria’s northwestern Idlib province.

The camp, containing 384 houses, a mosque, and a clinic, will host hundreds of war-weary families, including dozens of orphans.

The camp, named after a Turkish lawyer, Necip Kibar, who passed away last December, was jointly built by the Free Thought and Educational Rights Society (Ozgurder), Orphan Foundation and Fetih Association, in coordination with Turkey’s state-run Disaster and Emergency Management Presidency (AFAD).

Kibar was also a board member of Ozgurder.

As part of the opening ceremony of the camp, an iftar, or fast-breaking dinner, was organized for locals.

Ridvan Kaya, the head of Ozgurder, said the camp was built in an area, where Turkish NGOs and institutions have built thousands of houses for needy people.

Previously, Turkey’s Interior Minister Suleyman Soylu had announced that Turkish NGOs and institutions will build 50,000 briquette houses in Syria's northern provinces. Of them, half of the houses have already been built.

Turkish President Recep Tayyip Erdogan has also donated 50 houses through AFAD.

Murat Yilmaz, the head of Orphan Foundation, said families will get better shelter in this camp.

Yilmaz Bulat, the chairman of Fetihder, also said those who escaped the Syrian regime’s attacks in the last winter season will reside at the camp.
"""
A['f07_memo-sarmin-atarib-shelling'] = """Civilians killed in Syria regime's shelling of Idlib

April 11, 2023 at 12:36 pm

Syrians stage a demonstration against Bashar al-Assad regime within the 12th anniversary of the Syrian Civil War in Idlib, Syria

The Syrian Civil Defence also known as White Helmets said a number of civilians, mainly children, were killed as a result of Syrian regime and Russian shelling of residential neighbourhoods in the city of Sarmin, in Idlib’s eastern countryside.

The rescue group indicated a child was killed and four others, including an infant, were wounded, as a result of the regime and Russia targeting with four artillery shells, residential neighbourhoods in the city of Sarmin.

“One person was killed and four civilians, including two women, were wounded, on Thursday March 23, the first day of the blessed month of Ramadan, as a result of artillery shelling by the regime forces and Russia, which targeted residential neighbourhoods and popular markets in the city of Atarib and the villages of Al-Abzimo and Al-Jina in Aleppo western countryside,” it added.

The group confirmed that, since the beginning of this year to 8 April, it had responded to about 110 attacks by the Syrian regime and Russia in northwestern Syria. The attacks killed four people, including a woman, and wounded 28 others, including ten children and six women.

The regions targeted by the regime’s attacks are reeling from the effects of two deadly earthquakes which shook the areas on 6 February.
"""
A['f08_syriacpress-protests-azaz-bab-al-salama-kayseri'] = """Mass protests erupt in northwestern Syria against violence targeting Syrians in Turkey, deportation of Syrian refugees, and rapprochement with Assad regime

KAYSERI, Turkey / EDLEB and HOLEB, Syria — In response to violent attacks on Syrian families in Kayseri, Turkey, where homes and properties were set on fire, residents of northwestern Syria organized mass demonstrations.

Protesters took to the streets in Azaz, the Bab al-Salama border crossing, and the al-Rai area in the countryside of Holeb (Aleppo). Demonstrators stormed the Bab al-Salama border crossing, burning 11 Turkish vehicles and lowering Turkish flags. In response, Turkish Army forces fired directly at the protesters, killing several people.

Hundreds of residents also demonstrated in front of Turkish military checkpoints in Atarib, Kafranwan, and the village of Al-Mastumah, west of Holeb. Consequently, over 250 members of Hayat Tahrir al-Sham (HTS) were mobilized to protect the Bab al-Hawa border crossing and Turkish bases from further demonstrations or armed attacks.

In related news, the Syrian Democratic Council (SDC) expressed support for Syrians in northern Syria against Turkish forces. “We salute the steadfastness and uprising of Syrians everywhere. We consider their goals and rightful demands to be a compass for our struggle and political work,” the SDC stated.
"""
A['f09_anews-syrians-return-hatay-border-gates'] = """Syrians in Türkiye continue to return home through border crossings

Syrians who sought refuge in Türkiye during the 13-year civil war are continuing to return home on Tuesday following the collapse of the 61-year Baath Party regime.

They are crossing through the Cilvegozu, Yayladagi, and Zeytindali border gates in Türkiye's southeastern province of Hatay, bordering northern Syria.

At the Cilvegozu Border Gate in Reyhanli, Syrians wait in orderly lines for customs procedures, guided by corridors set up by gendarmerie forces to maintain order.

Teams from the provincial migration office assist returnees in transporting their belongings, including clothes and household items, using wheeled carts.

Once customs procedures are complete, Syrians cross the border, with priority given to women and children.

The Turkish Red Crescent and other aid organizations are distributing hot soup and refreshments to families and personnel at the crossings.

Mobile service units of the Directorate General of Migration Management stationed at the border crossings are also helping to speed up the departure processes.

Betul Esumen, who is traveling back to Idlib province with eight family members, said she is leaving Türkiye after five years to reunite with her extended family.

"I will return to my studies back home," she said. "I want to be a doctor and help people. Leaving Türkiye is hard because I made good friends here."

Halil Abdullah, who is crossing through the Yayladagi Border Gate with his wife and two children, said he had lived in Mersin, a port city in southern Türkiye, after fleeing Syria.

"I never had any problems in Türkiye," Abdullah said. "I'm thankful to Türkiye and its people. After 14 years, I'm going home. Türkiye has been good to us, but home is home."

During the Syrian civil war, some 4 million Syrians took shelter in Türkiye, more than any other country in the world.
"""
A['f10_enabbaladi-idlib-countryside-rehabilitation'] = """Efforts to rehabilitate Idlib countryside remain inadequate compared to needs

2025/02/19

11:51 pm

Local initiatives and efforts are insufficient to restore services to the towns of Idlib countryside - February 2025

Idlib – Samah Alloush

As’ad (45 years old) decided to leave his shop in the city of Idlib and return to his hometown, Saraqib, to partially repair his damaged shop so he could reopen it and make it easier for the residents of his city to buy the necessary plumbing and electrical supplies, in an attempt to revive the city that was mostly destroyed by the previous Syrian regime and its allies.

As’ad told Enab Baladi that the number of returnees has started to rise and life is beginning to return to the city, despite the destruction inflicted on the buildings. He added that several entities have taken on the task of repairing roads, clearing rubble, and rehabilitating schools.

He noted that his sales have doubled compared to what they were in Idlib, due to the need for household sewage network supplies, materials for unclogging and opening drains, water taps, and wires for internal electrical installations and circuit breakers, which were either stolen or damaged due to bombardment.

Whether through individual efforts, governmental entities, or volunteer groups, many are striving to restore services to the cities and towns of Idlib countryside that were either under the control of the previous Syrian regime before Bashar al-Assad’s flight on December 8, 2024, or along the contact lines. However, these efforts remain insufficient against the scale of the needs.

Positive indicators

Mustafa relocated his home electrical wiring workshop from Killi, northern Idlib, to Saraqib after demand increased for his services, as he is well-known in the area.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
