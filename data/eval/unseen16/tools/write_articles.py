#!/usr/bin/env python3
"""Writes articles/*.txt for unseen16: the article text of each stored page (search tool, corpus `pages`) as kept.
Kept: title (first line), standfirsts, bylines, datelines, date lines shown with the article, photo captions (once, without
photo credits), sub-headings inside the body. Dropped: site chrome -- g01's page-title suffix "| WAMU 88.5 - American
University Radio", "Filed Under:" and "Play associated audio"; g03's "- Share via"; g04's "3 min read", the teaser line
"May 26, 2014  By Alex Simon and Mohammad al-Haj Ali [...]", the repeated date "26 May 2014", image file names
("BokqEC0CEAAfbY4.jpg", "Screen_Shot_2014-05-27_at_2.32.32_PM.png") and the credit "Photo courtesy of @mhmadgasem99221.";
g05's " play" markers, repeated captions and the credits "(AFP)", "(AFP/File)"; g06's "WORLD", "3 MIN READ", the repeated
title, the caption credit "/ AA" and "Recommended"; g07's breadcrumb "1. Home 2. Middle East and North Africa 3. Syria", the
repeated caption, its credit "Muhummad Al Hosse/TNH" and "Related stories"; g08's repeated caption and credit "© Twitter /
@mahmod1989512"; g09's repeated caption, its credit "(Mohammed Haj Kadour/Facebook)" and the font buttons "A A A"; g10's
"fbpx", "Join us in championing courageous and independent journalism! Support Daraj" and "Reading time: 5 minutes".
The search tool's own " date YYYY-MM-DD" metadata prefix is not part of any text. Stored copies that stop mid-sentence are
cut at the last complete sentence. No wording changed (typos kept, e.g. g04 "the the a-Salam", g06 "the the town");
whitespace only normalised (blank lines between paragraphs; double spaces made single; trailing spaces removed).
(Method of unseen14.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['g01_wamu-npr-syrians-limbo-border'] = """Turkey Pushes Syrians Into Limbo Across Border

Long before the Syrian uprising, Antakya, Turkey, was a storied place. Once known as Antioch, the city was home to Greeks, some of the earliest Christians, Jews and Armenians. It once was a major stop on the Silk Road.

Most recently, the Turkish city became a hub for the Syrian rebellion. For many months, Turkish authorities tolerated Antakya's status, and even encouraged it. Turkey built refugee camps for tens of thousands of Syrians, and even one for officers who defected from the Syrian army to join the rebel cause.

That support, however, is starting to fade.

At a recent protest, Turkish citizens living in Antakya called for the rebels to be expelled. At the same time, Turkish authorities began knocking on doors of Syrians who rent apartments in Antakya, telling them they have only a few days to get out of town.

The refugee camps have also stopped taking new arrivals, meaning desperate Syrians trying to get into Turkey are stuck in limbo.

Refugees In Waiting

Just across the border into Syria from Turkey, groups of families have taken up shelter in an olive grove. Underneath rows of olive trees, families have built their own tents out of carpets; they're just living out under the sun, and on the dusty, rocky ground.

Em Abdo is one of 3,000 people living there. She says she left her nearby town when the shelling seemed like it would never stop. For now, she says she feels safer under the trees.

In the grove, the branches provide shade and blankets make walls. Many of the children have sores on their faces and are covered in flies. Abdo says she has no idea when the family might be able to leave.

The olive trees Em Abdo lives among sit along the Turkish-Syrian border. Drive a few miles into Syria, and you get to the town of Atme.

Abu Ali has it better than the refugees.
"""
A['g02_yalibnan-forces-bombard-rebels-latakia'] = """Syrian forces bombard rebels near Latakia

Syrian forces have unleashed a new round of heavy shelling and sent reinforcements to a mountainous area near the coastal city of Latakia, where hundreds of rebels have set up base and which has been the scene of fierce fighting in recent days, activists say.

The fighting between government troops backed by helicopter gunships and armed groups in the area of Haffa began on Tuesday. An opposition group said at least 58 soldiers had been killed and more than 200 wounded in the operation there since.

Rami Abdul-Rahman, director of the Britain-based Syrian Observatory for Human Rights, said the heavy losses indicated the seriousness of the challenge in the mountainous area where “hundreds” of rebels were entrenched. His estimated death toll could not be independently verified.

The state-run news agency Sana said “terrorist groups” in Haffa had attacked public and private institutions on Saturday and committed “heinous” crimes against civilians, setting fire to the national hospital and forcing people to leave their homes. It said troops had killed a number of them and arrested several others, adding that it was still pursuing gunmen and working to restore security to the area.

Six children were among 10 people killed by a shell that exploded in a house where they had taken cover during the fighting in the region on Saturday, the Observatory said.

In Homs province at least 35 people have been killed in Syrian army bombardment over the past 24 hours, opposition activists said on Sunday.

The bombardment targeted opposition strongholds in the city of Homs and the nearby towns of Qusair, Talbiseh and Rastan, where Free Syrian Army rebels have been escalating attacks on army patrols, roadblocks and missile batteries, the Syrian Network for Human Rights and other opposition campaigners said.
"""
A['g03_latimes-qaeda-group-seizes-azaz'] = """Al Qaeda-linked group seizes Syrian town from main rebel army

An Al Qaeda-linked group in Syria has seized control of a strategic town near the border with Turkey after clashing with fighters from the mainstream opposition Free Syrian Army, or FSA.

The capture of Azaz puts the Islamic State of Iraq and Syria less than a mile from the Bab al-Salameh border crossing, which has been under opposition control for more than a year. The crossing remains under FSA control after rebels sent reinforcements, including heavy weapons and tanks, said Abu Mahmood Marei, an activist at the crossing.

The Islamic State of Iraq and Syria, which at turns fights alongside and against mainstream rebels, attacked the hospital in Azaz in an attempt to detain a German doctor who was working there, said Marei, who went to the town earlier in the day. It was unclear what charitable organization the doctor was affiliated with. Some activists reported the hospital is run by Doctors Without Borders, but a spokesman for the organization denied this.

“They are extremists,” Marei said of the Islamic State. “This doctor is coming to help us, to give us medicine and treat us, but they consider him an infidel.”

Fighters with the Northern Storm Brigade defended the hospital and clashes erupted, leaving several civilians and fighters dead, Marei and others said. A local activist, Hazim Azazi, attempted to broker a truce but was shot by a sniper with the Islamic State, Marei said.

The Al Qaeda group prevented Azazi from being taken to the hospital and he bled to death, Marei said.

Within hours, the Islamic State seized control of the town, including the hospital, where it detained the doctors, said Mamoon Khateeb, an activist in nearby Marea. The group also attacked rebel checkpoints along the outskirts of the town and seized those as well, he said.
"""
A['g04_syriadirect-rebels-khan-sheikhoun-m5'] = """Rebels move up M5 with Khan Sheikhoun capture

May 26, 2014

By Alex Simon and Mohammad al-Haj Ali

AMMAN: Opposition fighters led by Jabhat a-Nusra wrested control of the last regime-held checkpoint in the Idlib town of Khan Sheikhoun on Monday, giving rebels control not only of the town but also another piece of the M5 international highway connecting Damascus with central and northern Syria.

Less than 24 hours after the town’s capture, it was not immediately clear that the rebels could hold it. But as long as Jabhat a-Nusra controls that part of the highway, “it can cut reinforcements off from major regime military installations,” said Abdallah Jadaan, an Idlib-based correspondent for pro-opposition news network Syria Mubasher.

Rebel fighters claim regime weaponry after seizing the a-Salam checkpoint.

For months Khan Sheikhoun has been divided into zones of government and rebel control, with rebels having launched a major offensive on government positions in March.

Islamist battalion Feilaq a-Sham released video Monday purporting to show its fighters climbing on government tanks in the the a-Salam military base on Khan Sheikhoun’s western flank. The footage comes a day after rebels claimed the al-Khazanat military base to Khan Sheikhoun’s east following twin suicide car bombings by al-Qaeda affiliate Jabhat a-Nusra.

“Khan Sheikhoun’s liberation is extremely important in lifting rebel morale” on the heels of major losses in Homs to the south and Aleppo to the north, Jadaan told Syria Direct on Monday.

The rebels were able to take Khan Sheikhoun, Jadaan said, because they already hold the town of Mourik, 5 km south of Khan Sheikhoun along the M5. Mourik allowed Jabhat a-Nusra to cut regime supply lines at that point on the highway, depriving areas north of it.
"""
A['g05_pulse-afp-turkey-al-bab-captured'] = """In Syria Turkey says Al-Bab completely captured from jihadists

Al-Bab was IS's last stronghold in the northern province of Aleppo.

Turkish-backed Syrian rebels patrol through the town of al-Bab shortly after they captured it from the Islamic State (IS) group

Turkish armed forces and allied Syrian rebels have completely taken the IS bastion of Al-Bab in northern Syria from jihadists, the military said Friday.

"As of February 24, 2017, control of all neighbourhoods in Al-Bab have been secured" by opposition fighters supported by Ankara against the Islamic State group (IS), the army said in a statement.

"Activities continue to clear areas under control of obstacles, mines and hand-made explosives," the military said.

Rebel fighters, part of the Turkey-backed Euphrates Shield alliance, advance on February 20, 2017, towards the city of Al-Bab

Al-Bab, which is 25 kilometres (15 miles) south of the Turkish border, was IS's last stronghold in the northern province of Aleppo.

Syrian rebel commanders claimed the day before they had seized the town from IS militants, saying that it had been completely liberated.

Syrian rebels launched an offensive to capture Al-Bab last year with the support of Turkish ground troops, artillery and air strikes

Turkey launched its unilateral military operation last August supporting Syrian opposition fighters, targeting IS as well as Syrian Kurdish militia.
"""
A['g06_trtworld-rajo-town-centre-afrin'] = """Turkish troops and Free Syrian Army take control of key town in Afrin

In addition to Rajo town centre, the Turkish military and the Free Syrian Army have also liberated five more villages from the YPG terror group during Operation Olive Branch in Syria's Afrin region.

A member of Free Syrian Army (FSA) is seen in Rajo after Turkish Armed Forces and FSA members cleared the the town from YPG on March 3, 2018.

March 3, 2018

The Turkish Armed Forces and Free Syrian Army (FSA) on Saturday liberated five more villages from the PKK-linked YPG and took control of Rajo’s town centre during Operation Olive Branch in Syria’s northwestern Afrin region.

Two villages in the southwest of Afrin and three in the northeast of the city were liberated, Anadolu Agency reported.

Clashes continue in Rajo’s town centre as Turkish forces thwart attacks by militants who are yet to surrender, while mines are being searched and swept.

TRT World's Hasan Abdullah reports the latest from the Turkish city of Kilis near the Syrian border.

Rajo, located in the northwest of Afrin, is the second town centre liberated since the launch of the operation. The Bulbul district was the first.

As of February 26, Turkish forces and the FSA cut the YPG’s connection with Turkey’s border in Afrin by securing a crescent-shaped corridor stretching along Syria's northwestern Idlib province and Aleppo province’s Azaz district.

Since the launch of the operation on January 20, the Turkish military and the FSA have liberated 126 locations including two district centres, 96 villages, 21 strategic mountains and hills and one YPG base.

Turkey launched Operation Olive Branch to clear Afrin of the YPG.
"""
A['g07_newhumanitarian-cholera-idlib'] = """Cholera worries grow in Syria’s Idlib

Can the war-battered region stem a rapidly spreading outbreak?

A small informal displacement camp near the Türkiye-Syria border, where residents live next to an open sewage canal.

As a deadly cholera outbreak spreads in Syria, doctors, aid workers, and civilians in the rebel-held northwest are bracing for impact, worried that a shortage of clean water, cramped living conditions, and limited healthcare options will provide a fertile breeding ground for the disease.

As of 26 September, cholera has killed at least 36 people and infected a suspected number of around 6,000 across the country since President Bashar al-Assad’s Ministry of Health declared an outbreak earlier this month. The source of the outbreak — the first in Syria’s eleven and a half years of war — is believed to be the use of contaminated water from the highly polluted Euphrates River, both directly from the source and reportedly from trucks purporting to sell clean water.

Initially, cases were mostly limited to the northeast. But last week the outbreak crossed the war’s front lines. The rebel-held northwest — which is home to 4.4 million people, most of whom live in extreme poverty, worsened by inflation, rising food prices, and aid cuts — announced its first confirmed case. That number is now nine, although testing capacity is limited, so the real number may be much higher.

Duraid al-Rahmoun, head of primary care at the Idlib Health Directorate, the body that oversees hospitals across the province, fears the worst in a region where many people live in overcrowded and underserved camps, and the healthcare system is in bad shape.
"""
A['g08_france24-observers-quake-rebel-zones'] = """'There's no one to help us': Syria's rebel-controlled zones in ruins after devastating earthquake

A photo showing the destruction in Idlib, in northwestern Syria, caused by the earthquake.

Entire neighbourhoods and villages in northwestern Syria were destroyed after a violent earthquake the morning of February 6 hit Turkey near the border. In between internet outages, several of our Observers in opposition-controlled areas of Syria told us of the heartbreaking scenes as rescue workers struggle to keep up.

The 7.8 magnitude earthquake's epicentre was located about 33 kilometres from Gaziantep, in western Turkey, according to the US Geological Survey. The shake was felt throughout central Turkey and northern Syria, as well as in Cyprus, Lebanon, Greece and Israel. At least 2,300 people were killed in what officials say is one of the region’s most powerful earthquakes since 1999.

Another 7.7 magnitude aftershock hit nearby several hours later, after rescue efforts had begun in both countries.

Syria, already seized by more than 11 years of civil war, has begun grappling with the wreckage. The White Helmets, also known as the Syrian Civil Defence, a volunteer rescue organisation that operates in opposition-held parts of the country, has deployed teams to find survivors among the ruins.

The cities of Idlib and Aleppo were severely impacted, as well as surrounding villages including Salqin, Jindires, Termanin, Sarmada, Jisr al-Shughur and Darkush.

Jindires is a village in northern Syria, in the Aleppo governorate. This resident begs rescue teams to come to his town to help them: “People, Jindires is under the rubble. There is no one here to help us. There is no equipment. I’m speaking out to the Syrian Civil Defence, the ones who are in Aqrabat. Come here! There is no one! The children are under the rubble! Come!”
"""
A['g09_enabbaladi-activists-attacked-idlib-protests'] = """Activists attacked during demonstrations in Idlib, Salvation Govt comments

Demonstrators in the city of Binnish, east of Idlib province, demand the fall of the leader of Hayat Tahrir al-Sham, Abu Mohammad al-Jolani - April 19, 2024

Today, activists in Idlib, northwest Syria, were subjected to assaults concurrent with the protests in the region, calling for the downfall of the leader of Hayat Tahrir al-Sham (HTS), Abu Mohammad al-Jolani.

Today, Friday, April 19, separate demonstrations took place in central Idlib, Atmeh, Jisr al-Shughour, al-Atareb, Hazano, and Binnish calling for the fall of al-Jolani and rejecting the monopolization of decision-making.

According to local reports, an injured activist, Sharif (Abu Abd al-Hadi al-Halabi) who participated in the current demonstrations, was intercepted by individuals from the city of Sarmada, north of Idlib. They smashed his car, beat him with their hands, and one of them stabbed him with a knife, following a previous dispute that was reportedly due to some Sarmada locals slandering after a problem with them.

On his part, the Sarmada police chief, Tahir al-Omar, stated that a brawl occurred between demonstrators and civilians in Sarmada, resulting in one injury. Following that, police patrols headed to the location and organized the necessary proceedings, while the search still continues for the parties involved in the brawl, to arrest them and present them to the judiciary, as reported by the Ministry of Interior in the Syrian Salvation Government (SSG).
"""
A['g10_daraj-returns-kafr-zita-khan-sheikhoun'] = """Displaced Syrians Return to Destroyed Homes and Vanished Graves Following The Withdrawal of Assad’s Army

Published on 04.12.2024

Even cemeteries haven’t been spared the brutality of the Assad regime and its militias. Residents of Khan Sheikhoun discovered that the graves of loved ones in what was once known as the “Martyrs’ Cemetery” had been completely erased.

Khaldoun Al-Ahmad rode his motorcycle down the M5 highway connecting Damascus to Aleppo, his eyes fixed ahead as he approached his hometown of Kafr Zita. Forced to leave five years ago due to the occupation of the city by regime forces and their militias, Khaldoun hoped to catch a glimpse of his home and assess its condition, dreaming of returning from the harsh life of a tent to the warmth of his home among the olive trees.

“I left my house in 2019 when it was like a paradise, with lush greenery and fruit growing everywhere,” Khaldoun told Daraj. “Today, after five years, I came back to my neighborhood, but I couldn’t even recognize my home. Every house in the area has been reduced to rubble. The Assad regime’s militias stripped the metal roofing, ripped out floor tiles, and even took the bathroom fixtures.”

Khaldoun’s story mirrors that of thousands of homes across southern Idlib and rural Hama, areas under regime control since 2019. Before withdrawing under pressure from Syrian armed opposition forces during the Battle to Deter Aggression, these forces looted furniture and valuables, leaving nothing but destruction in their wake.

The Price of Words

Even cemeteries haven’t been spared the brutality of the Assad regime and its militias. Residents of Khan Sheikhoun discovered that the graves of loved ones in what was once known as the “Martyrs’ Cemetery” had been completely erased.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
