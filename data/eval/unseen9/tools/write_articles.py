#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen9.
Kept: title (first line), subtitles/standfirsts, pull-quote, date lines shown with the article, datelines, bylines,
photo captions (without photo credits), headings and bullets. Dropped: site chrome (breadcrumbs, "back to all"/"back to
top", notices of the site, repeated title, "Image Caption and Rights Information" label), related-item widgets, photo
credits, the search tool's own " date YYYY-MM-DD" metadata prefix. Stored copies that stop mid-sentence are cut at
the last complete sentence. No wording changed; whitespace only normalised (blank lines, leading spaces of a bullet).
Where the stored copy shows a caption above the title, the title is put first (s09). (Method of unseen8.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['s01_townhall-reuters-idlib-tanks-jabal-zawya'] = """Syrian tanks shell villages in Idlib region-residents

Reuters News
Posted: Jun 28, 2011 6:24 PM

AMMAN (Reuters) - Syrian tanks shelled a hill region in the northwestern province of Idlib, residents and activists said on Tuesday, in a widening military assault to suppress protests in rural regions that have already driven thousands of refugees to Turkey.

The assault came a day after the authorities announced they would invite opponents to July 10 talks to set a framework for a dialogue promised by President Bashar al-Assad.

Opposition leaders have dismissed the offer, saying it is not credible while mass killings and arrests continue as part of a move crush a three month uprising against Assad's autocratic rule.

Syrian authorities say more than 250 soldiers and police have died in clashes they say were provoked by militant groups.

"I can hear heavy explosions 20 km to the north, around the villages of Rama and Orum al-Joz. My relatives there say the shelling is random," said a resident of Kin Safra village in Jabal al-Zawya region, west of the main highway linking the cities of Hama and Aleppo.

Opposition figure Ammar al-Qarabi, head of the Syrian National Organisation for Human Rights said the shelling appeared in preparation for storming Jabal al-Zawya, a region of several villages 35 km south of Turkey that has been witnessing spreading protests against Assad's 11 year rule.

"Jabal al-Zawya was one of the first regions in Syria where people took to street demanding the downfall of the regime. The military attacks have now reached them and they will likely result in more killings and in more refugees to Turkey," Qarabi, who is from Idlib, told Reuters by phone from Cairo.
"""
A['s02_stabroek-reuters-armoured-column-aleppo-azaz'] = """Syrian armoured column closes in on Aleppo

AZAZ, Syria, (Reuters) – The Syrian army turned its forces on Aleppo yesterday, ordering an armoured column to advance on the country’s second biggest city and pounding rebels there with artillery and attack helicopters, opposition activists said.

As hostilities intensified near the Turkish border, Ankara said it was closing its crossing posts, although the United Nations said refugees fleeing Syria would be allowed through.
At the Syrian town of Azaz, a few miles south of the Turkish border, rebels appeared in control after heavy clashes over the past month in which they succeeded in driving out government forces, leaving the place a rubble-strewn ghost-town.

Syria’s ambassadors to the United Arab Emirates and Cyprus – a married couple – have deserted their posts, becoming the latest officials to abandon the Damascus government, rebels said.
The 16-month revolt against President Bashar al-Assad has been transformed from an insurgency in remote provinces into a battle for control of the two main cities, Aleppo and the capital, Damascus, where fighting exploded last week.

Assad’s forces have launched massive counter assaults in both cities. They appear to have beaten rebels back from neighbourhoods in the capital and are turning towards Aleppo, a commercial hub in the north.

North of Aleppo, the town of Azaz has been almost completely destroyed by heavy fighting. Burnt-out armoured personnel carriers sat on the roads where rebels hit them with rocket-propelled grenades. Bullet casings were scattered everywhere.

Most residents fled during the latest fighting, which drove Assad’s forces out over the past month and ended in the rebels taking the Bab al-Salam border crossing with Turkey on Sunday.
"""
A['s03_japantimes-minnigh-air-base-aleppo'] = """Rebels seize key air base in Aleppo

Rebels fighting to overthrow Syrian President Bashar Assad have captured a key air base in the northern province of Aleppo after a months-long battle, a monitoring group reported Tuesday.

“The Islamic State of Iraq and the Levant (jihadist group) and other opposition groups took total control at dawn today of Minnigh air base,” said the Syrian Observatory for Human Rights.

Rebel groups have been fighting loyalists for Minnigh air base for some eight months, as part of a battle in Aleppo province to stop the regime from using warplanes to strike areas in opposition hands.

Months earlier the rebels captured Al-Jarrah military airport and Base 80, also in Aleppo province. Aleppo International Airport and Nayrab and Kwayris air bases are still in loyalist hands.
"""
A['s04_alalam-aleppo-central-prison-siege-hilan'] = """Exclusive footage of breaking Aleppo prison’s siege by Syrian army

Thu May 22, 2014 12:51:13

A long siege on the Aleppo Central Prison imposed by al-Qaeda-linked militant groups has been Brocken by Syrian army special forces.

The Syrian military forces then deployed troops within 200 meters of the prison compound before storming its immediate surroundings.

According to Al-Alam reporter in Aleppo, army units had earlier gained control over the town of Hilan and other areas in the vicinity of the prison before launching the main operation to eradicate the militant groups that had besieged the military compound for over 18 months.

The development came as army troops further carried out several operations on the axis of the industrial city, also near the Aleppo prison, Handarat, Hreitan, Kafar Saghir, Kafar Naha, the vicinity of the Infantry College, al-Kastello, Baidin, Jandoul, Azaz, al-Atareb, Mare', Daret Ezza and Andan, inflicting heavy blows on the foreign-sponsored militants.
"""
A['s05_vdc-flash-report-chlorine-sarmin-qmenas'] = """Flash Report Syria: Chemical Attacks on Idlib

Use of Chlorine Gas as a Weapon Results in Civilian Casualties

Violations Documentation Center in Syria

March 2015

Syrian government forces continue their deliberate and indiscriminate use of barrel bombs, particularly those embedded with cylinders of chlorine gas, against civilian population in areas controlled by opposition armed forces. Syrian forces have been using these barrels as a weapon on populated areas since 2015 just to add new crimes to the hundreds of other war crimes they have committed during the past years.

The Violations Documentation Center in Syria (VDC) has documented the use of chlorine as a weapon by the Syrian government on Syrian governorates and towns more than twenty times on  during the past year. The attacks documented by VDC are: Hama Governorate (Keferzita in particular), Idlib governorate (Taman'a in particular) and Damascus and its Suburbs. The center has issued several reports on these incidents, the latest of which was Syria is Chocking Again. Other international and human rights organizations issued similar reports providing evidence suggesting that Syrian government helicopters used industrial chemical as a weapon, an act banned by the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction. The report of the Fact-Finding Mission of OPCW stated, with a high degree of confidence, that chlorine had been used as a weapon in villages in northern Syria from April to August 2014.

Sarmin and Qmenas Attacks:

On 16/03/2015, at about 10:00 pm, activists from Idlib governorate reported that the Syrian government forces used chlorine gas in Sarmin town, an administrative part of Idlib governorate northwest of Syria.
"""
A['s06_trust-reuters-halfaya-northern-hama'] = """Syrian rebels make gains in northern Hama province, capture strategic town

by Reuters
Tuesday, 30 August 2016 00:40 GMT

A rebel fighter who was evacuated from the besieged Damascus suburb of Daraya, after an agreement reached on Thursday between rebels and Syria's army, gestures as his bus arrives at the rebel-controlled Qalaat al-Madiq town in Hama province August 27, 2016.

Jaish al Ezza threatened in a statement to hit the Mahrada power plant near the town if civilians areas in rebel-held areas were bombed in retaliation

By Suleiman Al-Khalidi

AMMAN, Aug 30 (Reuters) - Syrian rebels have captured a strategic town in northern Hama province in a major offensive that threatens government loyalist towns populated by minority Christians and Alawites north of the provincial capital, rebels and a monitor said on Tuesday.

The town of Halfaya was stormed on Monday after the hardline jihadist Jund al-Aqsa alongside Free Syrian Army (FSA) brigades launched a battle overnight that overran several army and pro-government checkpoints in northern Hama countryside.

The town, which is near a main road that links the coastal areas with the Aleppo-Damascus highway is only a few kilometers from the historic Christian town of Mahrada to the west.

"We are now cleansing the town after liberating it from the regime and will have more surprises in store," said Abu Kinan, a commander in Jaish al Ezza, a rebel group that fought in the town.

A rapid collapse in government defences allowed the rebels to also take a string of villages including Buwaydah, Zalin and Masassnah. They were threatening Taybat al Imam to the east of Halfaya.
"""
A['s07_tsi-syria-update-hts-ahrar-idlib'] = """TSI Syria Update: July 20, 2017

Fighting between Hayat Tahrir al-Sham and Ahrar al-Sham continued across Idlib province for the third day, after HTS refused an attempted mediation initiative by a group of Islamic scholars. The fighting has triggered a sorting of the opposition as smaller armed factions have defected on both sides, most notably the group Nour al-Din al-Zenki announced its separation from HTS after it rejected the mediation effort. Fighting is currently ongoing near the Bab al-Hawa border crossing, with reports that Turkey has dispatched a contingent of affiliated opposition fighters to support Ahrar al-Sham against  HTS. The infighting has prompted civilian protests, notably in Saraqeb where relentless anti-HTS demonstrations have reportedly pushed the group to withdraw to checkpoints on the periphery  of the city.  The situation across Idlib was fluid at the time of writing, and all reporting is subject to rapid developments.

• 19-20 JUL: Fighting between Hayat Tahrir al-Sham (HTS – a coalition led by the former al-Qaeda affiliate Jabhat al-Nusra) and Ahrar al-Sham continued for the third day today, after clashes between the two groups erupted Tuesday evening. HTS rejected an attempted mediation effort, reportedly saying it would only accept the full merger of all groups in the area in order to end the fragmentation of the opposition in northern Syria. As a result, fighting continued across the Idlib province, with HTS seizing control of several towns, including Isqat, Sarmada, and Aqrabat. Ahrar reportedly captured Tiermalla and al-Tawba villages, and mobilized its forces near the Bab al-Hawa border crossing. At least 13 civilians were injured by errant fire near camps for displaced persons in northern Idlib. There are also reports that a contingent of around 150 Turkey-backed FSA forces have arrived in Idlib to assist Ahrar al-Sham in the fight against HTS.
"""
A['s08_france24-afp-barisha-baghdadi-village'] = """Barisha, the Syrian village where Baghdadi died

Barisha (Syria) (AFP) –

Abu Bakr al-Baghdadi, the elusive leader of the Islamic State group and the world's most wanted man, met his demise near a small village in northwestern Syria called Barisha.

This is what we know about the area:

- Geography -

Barisha is located less than five kilometres from Turkey and close to Bab al-Hawa, one of the main border crossings between the two countries.

The house targeted in the overnight US special forces raid that US President Donald Trump says killed Baghdadi was on the edge of the village.

The area is mountainous and sparsely populated, about 25 kilometres (15.5 miles) north of Idlib city, the capital of the province.

It lies barely five kilometres east of Qalb Lozeh, which is one of a scattering of ancient villages listed as world heritage by UNESCO and hosts a Byzantine church that is thought to have inspired the design of Notre Dame in Paris.

The agricultural area, like many others in Idlib province, is home to small informal settlements of displaced people from other parts of Syria.

Barisha's population of some 7,000 inhabitants is impoverished, with many relying on aid, local television station Aleppo TV said in a report on the village in January.

- Control -

The area where Barisha lies is nominally under the control of Hayat Tahrir al-Sham, an outfit that includes ex-members of Al-Qaeda's former Syria affiliate.

But IS sleeper cells and the Al-Qaeda-linked Hurras al-Deen group are also present in the area, the Syrian Observatory for Human Rights monitor says.

The village is near the border with Turkey but far from the regions where US forces were deployed and used to operating.

The mountainous region is known for smuggling and porous enough for other armed groups than HTS to operate in.

The IS fighters who managed to flee the Kurdish-led offensive that eradicated their "caliphate" in eastern Syria earlier this year scattered in different directions.
"""
A['s09_rudaw-atmeh-isis-leader-raid'] = """Rudaw: President Biden confirms ISIS leader killed in overnight Idlib operation

The aftermath of the operation in Atmeh, Syria

ERBIL, Kurdistan Region – The leader of Islamic State (ISIS) Abu Ibrahim al-Hashimi al-Qurayshi was killed by US special operations forces in an overnight raid in the early hours of Thursday in northwest Syria, President Joe Biden has confirmed.

“Last night at my direction, U.S. military forces successfully undertook a counterterrorism operation. Thanks to the bravery of our Armed Forces, we have removed from the battlefield Abu Ibrahim al-Hashimi al-Qurayshi – the leader of ISIS,” President Biden said in a statement on Thursday.

The killing of the high-ranking leader took place on his property in Atmeh, north of Idlib and just east of the border with Turkey.

The death of Abu Ibrahim al-Hashimi al-Qurayshi comes three years after US special forces killed former ISIS leader Abu Bakr al-Baghdadi in a similar-style attack in 2019 in the same area.

On top of Abu Ibrahim al-Hashimi al-Qurayshi, the attack left twelve others dead, including four children and three women, the UK-based Syrian Observatory for Human Rights (SOHR) told Rudaw English on Thursday.

The United Nations Children’s Fund (UNICEF) has raised the death toll of children higher, “confirming” that “at least six children were killed and one girl was badly injured overnight.”

Following the operation, the US Defense Department said it was a “successful” mission, with no US casualties. Reports from the ground and footage shared on social media showed a what appeared to be the wreckage of a US helicopter.

Atmeh is also home to a vast camp for families displaced by the decade-long Syrian conflict. Experts have warned that the area was being used by jihadists as a place to hide among civilians.
"""
A['s10_urdupoint-app-coast-alawite-killings'] = """Syria Forces Beef Up Security Amid Reports Of Mass Killings Of Alawites
Umer Jamshaid Published March 09, 2025 | 09:30 AM
Beirut, (APP - UrduPoint / Pakistan Point News - 9th Mar, 2025) Syrian security forces deployed heavily in the Alawite heartland on the Mediterranean coast on Saturday, after a war monitor reported that government and allied forces killed nearly 750 civilians from the religious minority in recent days.
Residents of the region continued to report killings of civilians after deadly clashes broke out on Thursday between Syria's new authorities and gunmen loyal to toppled president Bashar al-Assad, himself an Alawite.
The Syrian Observatory for Human Rights reported that 745 Alawite civilians were killed in the coastal provinces of Latakia and Tartus.
The Britain-based Observatory said they were killed in "executions" carried out by security personnel or pro-government fighters, accompanied by the "looting of homes and properties".
The civilian deaths took the overall toll from violence in the region since Thursday to 1,018, after fighting killed 125 members of the new government's security forces and 148 pro-Assad fighters, according to the Observatory's figures.
The official SANA news agency reported that security forces had deployed to Latakia, as well as Jableh and Baniyas farther south, to restore order.
Baniyas resident Samir Haidar, 67, told AFP two of his brothers and his niece were killed by "armed groups" that entered people's homes, adding that there were "foreigners among them".
He managed to escape to a Sunni neighbourhood, but said: "If I had been five minutes late, I would have been killed... we were saved in the last minutes."
Though himself an Alawite, Haidar was part of the leftist opposition to the Assads and was imprisoned for more than a decade under their rule.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
