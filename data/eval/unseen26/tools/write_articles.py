#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen26.
Kept: title (first line), standfirsts, bylines, datelines, date lines shown with the article, photo captions (without
photo credits). Dropped: site chrome (l01's "Accessibility links" / "Breaking News" bar and the repeated caption, l02's
newsletter box, its "[further information]" link label and the copyright footer, l03's "(Photo: Reuters)" credit, l04's
"This story is over 5 years old." banner and "Photo via STR/EPA" credit, l05's "World / Middle East" section label, the
title repeated under the date line and the "[Photo/Agencies]" credit, l06's title repeated under the date line, l07's
comment form, l09's navigation bar ("The Jerusalem Post - Israel News Coronavirus ... Opinion"), the repeated caption and
the "(photo credit: REUTERS)" credits, l10's "You might also like" box). The search tool's own " date YYYY-MM-DD" metadata
prefix is not part of any text. Stored copies that stop mid-sentence are cut at the last complete sentence. No wording
changed (typos and odd punctuation kept); whitespace only normalised (blank lines between paragraphs).
(Method of unseen12/unseen13/unseen14.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['l01_voa-rebels-capture-harem'] = """Activists: Syrian Rebels Capture Northern Town

A Free Syrian Army fighter fires an anti-aircraft artillery weapon during an air strike in Binsh near Idlib, December 23, 2012.

Syrian rights activists say rebels have captured a northern town near the border with Turkey, driving out government troops after a siege that lasted several weeks.

The activists say the rebels seized the last military base in the Idlib provincial town of Harem early Tuesday, extending rebel control over northern areas adjacent to Turkey. There was no independent confirmation because Syria restricts reporting by foreign journalists.

International peace envoy Lakhdar Brahimi continued his visit to Damascus Tuesday, meeting members of an opposition group tolerated by the government of President Bashar al-Assad.

After the talks, the head of the National Coordination Body for Democratic Change said Brahimi briefed the delegation on his efforts to secure an American-Russian agreement on resolving Syria's 21-month long conflict. Hassan Abdul Azim expressed support for what he called a moderate and political solution that would "rescue the Syrian people."

Azim's group is not part of the exiled Syrian National Coalition that recently won recognition from more than 110 states as the legitimate representative of the Syrian people.

The six member states of the Gulf Cooperation Council were among those to recognize the exiled coalition. After holding a summit in the Bahraini capital, Manama, they issued a statement Tuesday, urging the international community to take quick and serious action to stop massacres in Syria. The GCC also called for humanitarian aid to be sent to the Syrian people.

GCC member Kuwait said Monday it plans to host an international conference in late January to try to solve Syria's growing humanitarian crisis.
"""
A['l02_kurdwatch-tall-hasil-tall-aran-fighting'] = """Aleppo: Fighting between Kurdish Front Brigade and FSA

KURDWATCH, August 15, 2013\u2014On July 28 and 29, 2013, Free Syrian Army (FSA) units attacked the Kurdish Front Brigade's positions in the Kurdish villages of Tall Hasil and Tall \u02bfAran, a few kilometers southeast of the international airport in Aleppo, and brought the villages under its control. A dozen of the brigade's fighters were reportedly killed in the process. Numerous village residents, mostly supporters of the Democratic Union Party (PYD), were allegedly kidnapped. According to PYD\u2011media, around forty civilians were killed; however, the images released in this context consist of older photos of dead civilians in Latakia and a video from Haddad (twenty-five kilometers south of al\u2011Qahtaniyah [Tirbes\u00eep\u00ee]). A source close to the FSA told KurdWatch: \u00bbKurdish FSA units were not involved in the fighting against the Kurdish Front Brigade. Since their capture, however, the villages have been policed by Kurdish FSA units, including the Azad\u00ee Battalion.\u00ab The Kurdish Front Brigade is a unit of the PYD that does not officially appear as such. In April 2013, it briefly fought with the FSA against government troops in Aleppo.
"""
A['l03_ahramonline-afp-isil-retreats-azaz'] = """ISIL jihadists retreat from parts of north Syria: Monitor

AFP , Friday 28 Feb 2014

Free Syrian Army fighters prepare to launch a mortar towards forces loyal to Syria's President Bashar al-Assad in the Jabal al-Akrad area in Syria's northwestern Latakia province February 25, 2014

The jihadist Islamic State of Iraq and the Levant has begun withdrawing from parts of northern Syria ahead of a deadline set by a rival group, a monitor said Thursday.

The Syrian Observatory for Human Rights said the group was retreating east towards its stronghold in the city of Raqa.

The withdrawal comes four days after the Al-Qaeda affiliated Al-Nusra Front issued ISIL an ultimatum to go before an Islamic court for mediation or face being forced from Syria altogether.

The deadline expires on Saturday.

"ISIS has withdrawn from Aazaz, its most important bastion in Aleppo province, as well as the Minnigh military airport, the Mayer region and the villages of Deir Jamal and Kafin," the Observatory said.

"Aleppo region is their weakest link, so they fear being attacked there" by Al-Nusra and other rebels after the deadline expires, Observatory director Rami Abdel Rahman told AFP.

"ISIL is heading to areas that neighbour Raqa province where it has its main stronghold in the city of Raqa," he said.

ISIL fighters had regrouped in particular in Jarabulus and Manbij, on the far eastern border of Aleppo province and close to Raqa, he added.

The withdrawal was confirmed by the opposition Aazaz Media Centre, which claimed it as a victory for rival rebel fighters.

"God is great. The heros of the Free Syrian Army and the Northern Storm (brigade) have liberated the town of Aazaz from the dogs of Baghdadi," the centre wrote on its Facebook page, referring to ISIL leader Abu Bakr al-Baghdadi.

Video from the town posted online showed a demonstration of residents chanting "the Free Syrian Army forever" after ISIL's withdrawal.
"""
A['l04_vice-nusra-qalb-loze-druze'] = """At Least 20 Syrians Massacred by Al Nusra Front In Shootout

When villagers tried to stop a Tunisian al Nusra member from seizing a home, jihadists called in reinforcements.

June 11, 2015, 1:15pm

Syrian al Qaeda affiliate Jabhat al-Nusra killed at least 20 members of Syria's Druze minority in a shootout sparked by a dispute over a house, activists said Thursday.

The incident took place in the village of Qalb Loze in Idlib province when residents attempted to stop a Tunisian al-Nusra member from seizing a home that was either empty or owned by a supporter of the Syrian regime, according to conflicting accounts. The dispute erupted into a gunfight that ultimately left between 20 and 30 villagers dead as well as at least one al-Nusra fighter.

Druze is an offshoot of Shia Islam that the hardline Sunni al Qaeda view as heretical. Idlib is almost entirely controlled by an alliance of mostly Islamist rebel groups, of which al Nusra is the most powerful. The group has held the area around the village for over a year.

The UK-based Syrian Observatory for Human Rights, which gathers intelligence from a network of local activists, said in a statement that an al-Nusra fighter had shot and killed one Qalb Loze resident during the course of the dispute, at which point a crowd of villagers had seized his weapon and fired back, killing one of the militants.

The jihadists then called for reinforcements and "opened heavy machine gun fire on the civilians leading to the death of 20," SOHR said, adding that at least one child and elderly person were amongst the dead.

Local ARA News quoted local activists as saying that al Nusra had executed "dozens" at the village entrance and gave the death toll as 30.

The state-run SANA news agency also said that at least 30 had been killed, including five members of one family, three clerics and two women.
"""
A['l05_chinadaily-army-advances-south-aleppo'] = """Syrian army advances in south of Aleppo province

(Agencies) Updated: 2015-11-12 22:37

Civilians fleeing the recent fightings in their area sit at the back of a pickup truck with their belongings in the southern countryside of Aleppo, Syria October 21, 2015.

DAMASCUS -- The Syrian troops backed by Russian airstrikes made new progress in the southern countryside of the northern province of Aleppo, just two days after breaking the militant siege on a key airbase there, state-run SANA news agency reported Thursday.

The Syrian forces recaptured several villages and farmlands southwest of Aleppo on Thursday, said SANA, adding that the villages of Tal Arabain, Khurbet Mazareh and Nuzha have all fallen to the army.

Meanwhile, the pan-Arab al-Mayadeen TV said the Syrian forces and allied troops captured on Thursday the city of Hader, south of Aleppo.

The report said intense battles were raging in the city between the Syrian army and the armed militant groups, adding that the army units also clashed with the Islamic State (IS) group near the Thermal Station east of Aleppo.

The Syrian army broke the fortifications of the armed militants, including the al-Qaida-linked Nusra Front, in the vicinity of Hader, before entering it, the report added.

The development came just two days after the Syrian army backed by Russian air cover managed to break years of siege by the IS group on the Kweiris airbase in the eastern countryside of Aleppo.

The state media and officials hailed the recent victory, saying it's a prelude to opening more fronts against the IS militants in the eastern countryside of Aleppo.

The Syrian forces unleashed a wide-scale offensive on the southern countryside of Aleppo in mid-October under the support of the Russian air force, which has started striking the militant groups' positions in Syria late last September.
"""
A['l06_townhall-ap-dabiq-captured'] = """Turkish-backed Syrian opposition captures Dabiq from IS

AP News
Posted: Oct 16, 2016 6:10 PM

BEIRUT (AP) \u2014 Turkish-backed Syrian opposition forces captured the symbolically-significant town of Dabiq from the Islamic State group on Sunday as government forces reversed recent rebel advances in the center of the country.

Though only a small town of marginal strategic importance in northern Syria, Dabiq has figured centrally in IS propaganda. Citing Islamic lore, the extremist group claims it will be the stage for an apocalyptic battle between Crusaders and an army of the Muslim caliphate that will herald doomsday.

Meanwhile, southwest of Dabiq, Syrian government forces pounded rebel-held districts in the contested city of Aleppo, culminating in a devastating airstrike on a residential building in the Qaterji neighborhood late in the evening that killed at least 25 people, according to the Civil Defense search-and-rescue outfit. Spokesman Ibrahim Alhaj said some families remain trapped under the rubble.

The Qaterji attack brought the death toll to 49 from strikes on opposition-run eastern Aleppo on Sunday, according to Al Haj.

The Britain-based Syrian Observatory for Human Rights group, which monitors the conflict through local contacts, put the toll from the Qaterji attack at no less than 15 civilian fatalities, and Sunday's tally for the eastern portion of the city at 31 civilians.

Russian jets are also known to fly sorties over east Aleppo. Russia is a key backer of embattled Syrian President Bashar Assad in the country's raging war.

In Dabiq, Islamic State fighters put up "minimal" resistance in defending the town, according to a commander of the Syrian opposition Hamza Brigade, before they withdrew south to al-Bab, which remains under IS control.

Saif Abu Bakr said some 2,000 opposition fighters pushed into Dabiq with tank and artillery support from the Turkish army.
"""
A['l07_eot-fuah-kefriya-evacuation'] = """Syrian government evacuates residents of two villages in Idlib province

18.07.2018, Idlib.

The evacuation of the residents of al-Fu\u2019ah and Kefriya was started in the Syrian province of Idlib, Syrian Arab News Agency (SANA) informs on July 18.

On July 18 several dozen buses escorted by military and ambulances entered the villages that had been besieged by terrorists.

The residents of al-Fu\u2019ah and Kefriya are being evacuated as a part of the agreement between militants and the government. Earlier, in the framework of this agreement, the liberation of hostages from Ishtabraq was announced.

Source: Rossa Primavera News Agency
"""
A['l08_japantimes-josef-airstrikes-idlib'] = """Syria regime airstrikes kill five civilians in Idlib buffer zone, monitor says

Syrian regime airstrikes killed five civilians, including two children, Sunday in a northwestern bastion of the opposition, a war monitor said.

The Idlib region of some 3 million people is supposed to be protected by a September buffer zone deal, but the jihadist-run enclave has come under mounting bombardment by the government and its ally, Russia, since late April.

An air raid by Damascus aircraft on Sunday killed five civilians, including two sisters under the age of 10, in the village of Josef in Idlib province, said the Syrian Observatory for Human Rights.

The strikes also wounded several people, some of whom were in serious condition, said the Observatory.

Since Wednesday, more than 60 civilians have been killed in regime air raids in the surrounding anti-government enclave, the Britain-based monitoring group says.

Since the start of the escalation in late April, more than 470 civilians have died in regime and Russian bombardments there.

In addition, 780 rebel and jihadi fighters and more than 610 pro-regime fighters have died in raids and clashes on the ground.

The violence has forced around 330,000 people to flee their homes and hit 23 health centers, the United Nations says.

The September deal signed by Russia and rebel backer Turkey was supposed to set up a buffer zone around the Idlib region, but the accord was never fully implemented as jihadis refused to pull back from the front lines.

In January, Hayat Tahrir al-Sham \u2014 an alliance led by Syria's former al-Qaida affiliate \u2014 took over administrative control of the region, which is made up of a large part of the Idlib province and slivers of neighboring governorates.

The Syria conflict has killed more than 370,000 people and displaced millions since it erupted in 2011 with the brutal repression of protests against President Bashar Assad.
"""
A['l09_jpost-ballistic-missiles-oil-facilities'] = """Ballistic missiles target north Syria oil facilities in rare attack

Many alleged Russia and the Syrian regime were behind the attack which appears aimed at denying Turkish-backed Syrian groups from trading oil.

By SETH J. FRANTZMAN
MARCH 6, 2021 12:05

Missile fire is seen from Damascus, Syria May 10, 2018.

An unusual attack on oil facilities in Turkish-occupied northern Syria occurred on Friday evening. Locals reported large explosions near Al-Bab and Jarablus. Turkey invaded this area in the fall of 2016 in Operation Euphrates Shield. The use of ballistic missiles points to a sophisticated state-backed operation against the oil facilities. Many alleged Russia and the Syrian regime were behind the attack which appears aimed at denying Turkish-backed Syrian groups from trading oil.

Turkish media and other major reports did not speculate on who fired the missiles. Anadolu, a state-backed channel in Turkey, said that three people were. Killed and dozens wounded. It said that \u201cballistic missiles were fired. On Tarhin region of al-Bab district and Al-Hamran region of Jarablus district on the border with Turkey. \u201cThere are oil refining facilities operated by primitive methods in the regions where the attacks took place. Violent explosions occurred after many tankers in the area caught fire.\u201d

In the past Russia has targeted oil facilities in Syria used by ISIS. In 2015 Russia accused Turkey of shooting down a Russian plane out of a desire to protect \u201coil supply lines to Turkish territory\u201d that come from ISIS-held areas. In December 2015 Russia carried out airstrikes on areas where ISIS was conducting oil trade.
"""
A['l10_a24now-al-bab-market-shelling'] = """Artillery and missile shelling on Al-Bab city leaves dozens of civilian casualties

Artillery and missile shelling targeted this morning a local market in Al-Bab city in eastern countryside of Aleppo, northern Syria. The strike killed at least fourteen people and wounded dozens, most are seriously injured, which will likely result in death toll rise. The shelling, which targeted \u2018Thursday Market\u2019 and residential neighborhoods in the city, coincided with a massive turnout at the city\u2019s market. The strike was launched before a protest that was supported to take place after Friday prayer to denounce the call for reconciliation between the Syrian regime and the opposition. The shelling was accompanied with an intense flight of a reconnaissance plane, since early hours of the morning, over Al-Bab city. Field observatories identified the source of the missile shelling as the village of Dar Shaala, which is under the control of al-Assad forces and Syrian Democratic Forces (SDF). Activists reported that hospitals in Al-Bab launched distress calls to donate blood, as wounded civilians arrived for treatment. Escalation increased in the past few days on the front line in northern and northeastern countryside of Aleppo, amid artillery and aerial shelling exchanged between Turkish forces on one hand and al-Assad forces and SDF on the other. A Turkish drone attack, launched on August 16 killed and wounded seventeen members of al-Assad forces near Ayn al-Arab city (Kobani).
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
