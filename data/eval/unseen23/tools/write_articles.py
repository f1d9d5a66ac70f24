#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen23.
Kept: title (first line), standfirsts, bylines, datelines, date lines shown with the article, photo captions (without
photo credits). Dropped: site chrome (b01's header date "31 Jul 2011" above the title; b02's "Blog Widget by LinkWithin";
b03's list label "1. Uneasy Allies" and the photo credits "AFP PHOTO / MOHAMMED AL-KHATIEB", "(Photo credit should read
...)" and "Mohammed Al-Khatieb/AFP/Getty"; b04's "Comments 0 comments", "© 2015 AFP" and "0 Comments To This Article";
b05's programme label "World Today", the credit "(Thiqa News via AP)" and "Follow Alaa Ebrahim on Twitter ..."; b06's
duplicated caption and its credit "(Ugur Can/DHA via AP)"; b07's credit "Photo: AP"; b09's bullet mark before the date
line; b10's label "In Pictures" and the bracketed photo credits "[Khalil Hamra/AP Photo]"). The search tool's own
" date YYYY-MM-DD" metadata prefix is not part of any text. Where the stored copy shows the date line or a caption above
the title, the title is moved to the first line (b01, b02, b07, b09). Stored copies that stop mid-sentence are cut at the
last complete sentence. No wording changed; whitespace only normalised (blank lines between paragraphs; runs of spaces
and stray line breaks inside a paragraph made single spaces). (Method of unseen12-unseen14.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['b01_rnz-syrian-troops-storm-hama'] = """Syrian troops storm Hama

9:59 pm on 31 July 2011

Syrian tanks have stormed the city of Hama killing at least 45 civilians, a leading rights group says.

Earlier, a doctor confirmed that 24 people had been killed and residents reported "intense gunfire" as Syrian forces moved in from several sides.

The doctor also said there are scores of wounded people and a shortage of blood for transfusions.

Speaking in London, Rami Abdel Rahman of the Syrian Observatory for Human Rights said the latest toll, based on his contacts with Syrian activists, was 45 dead and several more wounded.

Hama, a hub of anti-government protest, has been besieged for nearly a month.

Opposition activists in Syria are also reporting army raids on the cities of Deir el Zoor in the east and Deraa in the south.

There are unconfirmed reports of security forces arresting dozens of residents in both cities.

In the capital Damascus, there are reports one suburb has been sealed off by the army.

The army is signalling that it will not tolerate large scale unrest ahead of the month of Ramadan, when protests are expected to grow reports the BBC.

Hama is Syria's fourth largest city and has a population of about 700,000.

Syria has seen more than four months of protests against the rule of the President, Bashar al-Assad.
"""
A['b02_deepbluehorizon-bbc-syria-downs-turkish-f4'] = """Breaking: Syria shoots down Turkish F-4

Friday, June 22, 2012

Turkey's government has called an emergency security meeting amid reports that one of its fighter jets was shot down by Syrian security forces.

The Turkish military lost contact with an F-4 Phantom over the Mediterranean Sea, south-west of Hatay province.

Prime Minister Recep Tayyip Erdogan has told a news conference there is still no confirmation of what brought the jet down, nor of the fate of its two crew.

He was earlier quoted as saying: "The other side have expressed regret".

Relations between Turkey and Syria, once close allies, have deteriorated sharply since the uprising against Syrian President Bashar al-Assad began in March 2011.

'Syrian waters'

Witnesses in the Syrian coastal city of Latakia meanwhile told BBC Arabic that Syrian air defences had shot down an unidentified aircraft near the town of Ras al-Basit.

Lebanon's al-Manar television channel - controlled by Lebanon's Shia Hezbollah movement, an ally of the Syrian government - also reported that Syrian security sources had said that "Syrian air defences shot down a Turkish warplane and hit another in Syrian airspace".
"""
A['b03_dailybeast-us-suspends-aid-bab-al-hawa'] = """U.S. Suspends Some Aid to Syria

A rebel fighter from the Free Syrian Army holds a position with a Belgium made FAL rifle at a front line in the Salah al-Din neighbourhood of the northern Syrian city of Aleppo, on December 1, 2013. A Syrian regime air raid on the northern town of Al-Bab, in the Aleppo province, killed at least eleven people, in a second day of deadly strikes, the Syrian Observatory for Human Rights said.

The United States has suspended all non-lethal aid to Syria after the hardline Islamic Front seized control of the headquarters of the U.S.-friendly Supreme Military Council, a U.S. spokesman in Ankara said. According to the U.S. armed forces code, non-lethal aid generally consists of communications equipment, medical supplies, intelligence assistance, and body armor. The Islamic Front, a union of six rebel groups, also took control of the Free Syrian Army bases at Bab al-Hawa near Syria’s border with Turkey on Friday. Turkey closed its border crossing at the Hatay province after reports of increased clashes on the Syrian side.

The Islamic Front is in the doghouse with Washington.
"""
A['b04_expatica-afp-hama-offensive-russian-air-cover'] = """Syria army in major operation with Russia air cover: military source

7th October 2015

Syria's army and pro-regime forces launched a major ground operation on Wednesday in Hama province backed by air support from Russian warplanes, a military source told AFP.

"The Syrian army and allied forces began a ground operation in the northern parts of Hama province (central Syria)... with fire cover from the Russian air force," the source said.

Russian President Vladimir Putin earlier on Wednesday confirmed that Moscow's efforts "will be synchronised with the actions of the Syrian army on the ground... (to) effectively support the offensive operation of the Syrian army."

Russian warplanes have been conducting air strikes in Syria since September 30, targeting the country's north, centre and east.

The Syrian military source told AFP the Hama operation would target "the edges of the villages of Latmeen, west of Morek, in preparation for heading towards Kafr Zeita".

The army was fighting a range of opposition forces in the area, including moderate and Islamist rebels, as well as the Al-Qaeda affiliate, Al-Nusra Front.

"The Syrian army in its latest operations is working on cutting off the southern parts of Idlib province from the northern parts of Hama province," a military source in Hama added.

Idlib province borders Hama and is held by the powerful Army of Conquest rebel alliance, which includes Al-Nusra.

The grouping has tried in recent months to advance from Idlib into Hama and seize territory that would allow it to target the neighbouring regime stronghold of Latakia on the coast.

The source in Hama province said the ground attack would also aim to secure part of a nearby highway running from Damascus through Hama and then north to Aleppo city, half of which is under regime control.
"""
A['b05_cgtn-aleppo-evacuations-begin'] = """Evacuations from Aleppo begin as part of cease-fire deal

This image released by the Thiqa News Agency, shows civilians gathering for evacuation from eastern Aleppo, Syria, Thursday, Dec. 15, 2016.

A convoy of ambulances carrying civilians and rebels began leaving eastern Aleppo on Thursday, marking the start of the long-awaited pullout from the last rebel enclave in the embattled Syrian city.

CCTV’s Alaa Ebrahim reports.

Syrian TV showed live footage of a long convoy of ambulances and green buses driving out and crossing the Ramouseh bridge, en route through government territory and into a rural, rebel-held part of Aleppo province.

The evacuation is part of a cease-fire deal reached this week to have the rebels surrender their last foothold in Aleppo to Syrian government control.

Syrian President Bashar Assad said that ‘history is being made’ with the defeat of insurgents in Aleppo.

Ambulances carrying the ill and wounded were also seen leaving alongside the buses.

Ingy Sedky, Damascus spokeswoman for the International Committee of the Red Cross, told The Associated Press that 13 ambulances, each carrying two wounded people, and 20 buses, each carrying up to 50 people, left in the convoy. The evacuation included some critically wounded people.

“This is the first convoy today,” she said, adding that more are expected later in the day.

Plans to evacuate on Wednesday were scuttled when the area erupted in violence, raising the haunting possibility that all-out war could consume the city again. Much of eastern Aleppo has been reduced to a scene of devastation and rubble.

Earlier Thursday, the ICRC confirmed its staff arrived together with the Syrian Arab Red Cross to evacuate 200 wounded people from the enclave, some in critical condition.

Reporting by The Associated Press and Xinhua.
"""
A['b06_arkansasonline-ap-idlib-protests-defy-assad'] = """Attack feared, Syrians defy Assad

Protesters fill streets in nation’s last rebel-held province

Thousands of protesters attend a demonstration against the Syrian government offensive to Idlib, in the northwestern town of Maarat al-Numan, also known as al-Maʿarra, south of Idlib, Syria, Friday, Sept 14, 2018. In cities and towns across Syria's last opposition-held province, Idlib, residents poured into the streets on Friday to demonstrate against President Bashar Assad's government in defiance of an expected offensive to retake the territory.

BEIRUT -- In cities and towns across Syria's last opposition-held province, Idlib, residents poured into the streets Friday to demonstrate against President Bashar Assad's government in defiance of an expected offensive to retake the territory.

In the provincial capital, Idlib city, and in towns including Kafranbel, Dana, Azaz, Maaret al-Numan and al-Bab, demonstrators filled the streets after noon prayers and chanted against Assad, raising the tri-color green, white and black flag that has become the banner of Syria's 2011 uprising, activists said.

"The rebels are our hope; Turks are our brothers; the terrorists are Bashar, Hezbollah and Russia," read a banner carried by residents in the village of Kneiset Bani Omar, referring to Turkey which backs the opposition, and Lebanon's Hezbollah and Russia that have joined the war along with Assad's forces.
"""
A['b07_scmp-atareb-hospital-shelled'] = """Seven killed after Russian jets hit Syria hospital near Turkish border, say witnesses

Blood on a hospital floor in Atareb, a town in rural western Aleppo, Syria on Sunday. Artillery shells fired from government areas killed at least five civilians and wounded medical staff when they landed in front of the hospital.

- A woman and a child were among the seven civilians killed when mortar rounds hit the hospital in the city of Atareb
- A gas facility was hit near Sarmada city in Idlib province, but there were no immediate reports of casualties
"""
A['b08_snhr-blizzard-idp-camps-nw-syria'] = """A blizzard & heavy rain hit the IDPs’ Camps in NW Syria in the early hours of January 19

A blizzard and heavy rain hit the northwestern region of Syria, devastating IDP camps there, in the early hours of January 19, 2022, causing many tents to collapse completely, as well as partially or severely damaging others. The residents of the Jabal Camp in the Bulbul region of Afrin city in northern Aleppo governorate have called for emergency evacuation from the area as the road leading to the camps has been blocked by the snow, while the heavy rain has caused torrential flooding in the Atama Camps in the north of Idlib governorate.

SNHR stresses that the extreme weather conditions have a severe impact on the lives of the IDPs and forcibly displaced people, especially the residents of dozens of haphazardly erected camps and tents in northwest Syria, the vast majority of which lack the required residential facilities to withstand the impact of these weather conditions.

SNHR calls on international relief organizations, including the UN Office for the Coordination of Humanitarian Affairs, to urgently respond to the rainstorms and blizzards and provide alternate residential units, protective covering, and heating materials for the displaced, as well as helping to excavate channels for rainwater as an emergency measure to drain it from inside the camps.

Exclusive image by SNHR shows a camp in Ma’rein in Izaz city north of Aleppo after the blizzard.

A blizzard hit the IDPs’ Camps in Syria 19-1-2022
"""
A['b09_awp-abu-al-zendin-crossing-protests'] = """Crossing Opening Between Syria and Aleppo Triggers Protests

Wednesday, July 3, 2024 at 7:27 AM
Last Update : Saturday, July 6, 2024 at 12:53 PM

(AWP) - Widespread protests erupted after the opening of the Abu al-Zendin crossing in Aleppo near the city of Al-Bab in northern Syria. The crossing separated an area controlled by Russian and Turkish forces with Ankara-backed factions (primarily the Syrian National Army) from Syrian government-controlled areas in the northeastern part of the province.

According to the Syrian Observatory for Human Rights, scores of residents of al-Bab and its countryside, along with displaced people from Deir Ezzor and Raqqa, protested the opening earlier this week, storming the crossing and destroying its facilities.

Anti-Syrian regime locals fear that the crossing, reopened under a Russian-Turkish agreement, will be exploited for political gains for President Bashar Assad’s regime, at the expense of the opposition.

Maher Aliwi, a local resident and university student in al-Bab, said, “This is a process of normalizing the regime in the liberated areas and the beginning of accepting the regime in those areas. Today it’s the Abu al-Zendin crossing, tomorrow it will be the Saraqib crossing, and the day after that, we do not know. Perhaps we will see the regime’s flags in the centre of Al-Bab or Azaz and other places?”

He added, “This is a purely political issue. The political leaders of the liberated areas or the Syrian revolution are condemning the regime in all international forums and everywhere the regime is present, and today we are opening a crossing for all goods to enter including [the stimulant] captagon and other goods, and we applaud and welcome those who bombed us with planes and those who killed our children.”

Others called for strict supervision of the opened crossing.
"""
A['b10_aljazeera-tal-rifaat-returnees-ruins'] = """Returning home to Tal Rifaat, Syrians find ruins and rubble

Tal Rifaat’s returnees grapple with extensive war damage, crumbling infrastructure, and a need for extensive rebuilding.

Syrians returning to the town of Tel Rifaat find homes in ruins and underground tunnels

Omar Badran, 60, removes rubble from the back yard of his damaged home in the town of Tal Rifaat in the Aleppo region of northern Syria.

Published On 10 Feb 2025

Streets strewn with rubble and piles of ruins where their homes once stood.

This is what displaced residents are confronted with upon returning to their town of Tal Rifaat in northern Syria, a crucial battleground in the conflict between Syrian Kurdish fighters and Turkish armed groups.

During Syria’s war, Tal Rifaat became part of the repeated cycles of fighting and displacement that have played out since antigovernment protests erupted in the country in 2011.

Syrian Kurdish forces took control of the town in 2016, displacing most of its population. In other places, like the town of Afrin, Kurdish residents were displaced after Turkish-backed forces took control, and many fled to Tal Rifaat.

In December last year, during a lightning offensive by opposition fighters that led to the removal of President Bashar al-Assad, the tables were turned again as Turkish-backed forces seized Tal Rifaat from the Kurdish-led Syrian Democratic Forces, or SDF.

Signs of hurried departures are visible everywhere — abandoned belongings, scattered debris, and makeshift barricades hastily dismantled.

Still, the people of Tal Rifaat say they are busy clearing the rubble and getting their lives back on track.

A Free Syrian Army fighter is seen through an opening to tunnels built by the Kurdish Syrian Democratic Forces.

Two girls walk past destroyed homes in Tal Rifaat.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
