#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen10.
Kept: title (first line), subtitles/standfirsts, date lines shown with the article, datelines, bylines/desk lines,
photo captions (without photo credits), an embedded tweet quoted in the article, headings. Dropped: site chrome
(navigation, section labels, "This article is more than 11 years old", "WORLD"/"2 MIN READ", language switch, the
site's current-date line, rights notice, repeated title and repeated captions, image alt text), photo credits, the
search tool's own " date YYYY-MM-DD" metadata prefix. Stored copies that stop mid-sentence are cut at the last complete
sentence. No wording changed; whitespace only normalised (blank lines, trailing spaces). Where the stored copy shows a
caption or date above the title, the title is put first and the rest keeps its stored order. (Method of unseen9.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['t01_guardian-latakia-palestinian-camp-assault'] = """Syria assault on Latakia drives 5,000 Palestinians from refugee camp

Smoke billows from southern Latakia after President Bashar al-Assad's forces attacked the city with gunboats and ground troops.

Palestinian refugees in Syria flee attack by Assad gunboats and soldiers on their camp in port city of Latakia

More than 5,000 Palestinian refugees have fled a camp in Latakia, Syria, after President Bashar al-Assad's forces attacked the port city in the latest military crackdown on dissent, the UN said on Monday.

UNRWA, the UN agency that aids Palestinian refugees, said the camp's residents fled after Latakia came under fire from gunboats and ground troops over the weekend. It was not immediately clear where the refugees were seeking shelter.

"We are calling for access to the camp to find out what is going on," said UNRWA spokesman Chris Gunness. "There were 10,000 refugees in the camp and we need to find out what is happening to them."

Assad has dramatically escalated the crackdown on the five-month-old uprising since the start of the holy month of Ramadan. Despite international outrage, the regime is trying to re-establish firm control in rebellious areas by unleashing tanks, snipers and – in a new tactic – gunships.

On Monday, Turkey's Foreign Minister Ahmet Davutoglu called on Syria to end the bloodshed immediately and threatened unspecified "steps" if it fails to do so.

"If the operations do not end, there would be nothing more to discuss about steps that would be taken," Davutoglu said, without elaborating.

Turkey, a former close ally of Syria, has been increasingly frustrated with the brutal crackdown by Damascus.
"""
A['t02_latimes-jisr-shughur-refugees-turkey'] = """More Syrian refugees pour into Turkey

A fresh wave of refugees poured across Syria’s border with Turkey on Monday, fleeing an ongoing military crackdown in the northern city of Jisr Shughur and surrounding areas, according to witnesses and activist accounts.

Turkish authorities said about 1,000 Syrians had crossed the border into Turkey since Sunday, bringing the number of Syrian refugees who have settled in tent camps in the border towns of Yayladagi and Altinozu to nearly 7,000, according to Turkey’s semiofficial Anatolia news agency. The refugees, mostly from Idlib province, have fled Syrian President Bashar Assad’s violent suppression of a pro-democracy movement inspired by recent “Arab Spring” uprisings in Egypt and Tunisia.

A 31-year-old Syrian activist in Turkey with the nom de guerre Fadi Mustafa Sufi told The Times in a telephone interview from the Turkish border town of Guvecci on Monday that refugees were arriving with new descriptions of chaos and horror.

“They are seeing a lot of dead bodies in the streets and in the countryside,” he said. The security forces “burned crops and other things. They left Jisr Shughur to go to the other villages. They raided one village, Kastan, and opened fire with helicopters.”

Video said to have been taken along the Turkish-Syrian border on Sunday shows what appears to be a group of refugees near a tent chanting, “With my soul, blood, I sacrifice myself for you, Jisr,” with shelling audible in the background.

Violence appeared to have intensified in areas near Jisr Shughur a day after Syrian troops said they had regained control of the town of 50,000. Syrian government news outlets said Monday that army units were hunting down remaining members of what it called “armed terrorist gangs” in the mountainous area along the border and in the village of Mhambel.

The official Syrian Arab News Agency said the men being sought had been wreaking havoc in Jisr Shughur and elsewhere.
"""
A['t03_banglanews24-safira-taken-aleppo'] = """Key northern Syria town taken by regime forces

International Desk |
Update: 2013-11-02 07:20:38

DHAKA: Syrian government forces Friday took control of a key town in the north after several weeks of heavy fighting and a rebel withdrawal.

Syrian state television said government forces had taken full control of the town of Safira, southeast of Aleppo, ‘after a series of strategic operations’.

‘The importance of this new success for our armed forces is due to its strategic importance at the eastern gates of Aleppo,’ a spokesman for the Syrian army said in a televised statement, TDS publishes this report on Saturday.

Col Malek al-Kurdi, the deputy head of the Turkey-based Free Syrian Army rebel leadership, told media that the loss of Safira was ‘important ... but not the end of the road’.

‘It can be recovered; the war is a game of cat and mouse. The (nearby) town of Khanasser has changed hands several times’ between government forces and rebels, he said.

Kurdi and opposition sources said that mainstream FSA units, the Ahrar al-Sham Islamist militia and the hard-line Islamic State of Iraq and Greater Syria (ISIS) had decided to withdraw from the town.

Opposition sources said the loss of Safira could help the regime relieve pressure on government forces in the divided city of Aleppo, by sending medical and military supplies there.

BDST: 1717 HRS, NOV 02, 2013
RoR/JCK
"""
A['t04_mypaper-turkey-downs-russian-jet-latakia'] = """Turkey downs Russian warplane near Syrian border

Nov 25, 2015

TURKISH F-16 fighter jets shot down a Russian warplane near the Syrian border yesterday after repeated warnings over airspace violations, causing the death of at least one pilot of the Su-24.

"The data we have is very clear. There were two planes approaching our border, we warned them as they were getting too close," a senior Turkish official told Reuters.

Russia's Defence Ministry said the aircraft had been over Syria for the duration of its flight, while President Vladimir Putin accused Turkey of "stabbing Russia in the back" and warned of "serious consequences" from the incident.

Footage from private Turkish broadcaster Haberturk TV showed the warplane going down in flames in a woodland area in northern Syria's Latakia province, which is known to the Turks as Turkmen Mountain.

Separate footage from Turkey's Anadolu Agency showed two pilots parachuting out of the jet before it crashed.

Sources from rebel groups fighting to oust the Syrian government of Bashar Al-Assad, an ally of Russia, said one pilot was killed by the opposition forces who shot at him as he landed, reported Agence France-Presse.

The second pilot might hvae been captured by Turkmen forces in Syria.

Russian military helicopters were searching for the pilots.

Russia has been carrying out strikes against insurgent groups in Syria since late September, as Nato planes target extremist groups there, including the militant Islamic State in Iraq and Syria.

Turkey called this week for a United Nations Security Council meeting to discuss attacks on Turkmens in neighbouring Syria.

Ankara has traditionally expressed solidarity with Syrian Turkmens, who are Syrians of Turkish descent.
"""
A['t05_mesop-ea-rebels-open-hama-front'] = """MESOP NEWS UPDATE SYRIA : Rebels Advance in Damascus, Open Hama Front

March 22  By Scott Lucas – eawolrdview – Anti-Assad forces test regime by opening two-front war — is a third front on the way?

UPDATE 0730 GMT: Local sources say rebels have captured the village of Khattab, and nearby ammunition dumps, in northern Hama Province.The sources say rebels have pressed farther to the west, near the village of al-Sheer (see map).Part of the road between Hama city and Mahardeh to the northwest is under rebel control.The Free Syrian Army said another two tanks were captured when a checkpoint was seized.

Syria’s rebels advanced in their offensive inside Damascus and opened another front in northern Hama Province on Tuesday.

A coalition of rebel forces, led by Faylaq al-Rahman and Ahrar al-Sham, took more territory in Jobar in the northeast of the capital on the third day of their attacks. They reached and held Abbassiyeen Square, the Fares Khoury road leading to it, and the bus garage.

The advance knocked back the Assad regime’s attempts on Monday to reclaim territory after the initial gains by the rebels.Meanwhile, the anti-Assad forces tested the stretched regime army and its allies further by launching an offensive in northern Hama in western Syria, making dramatic gains within hours.The forces, including the Free Syrian Army’s Jaish al-Nasr and the Hay’at Tahrir al-Sham bloc, launched the assault with a suicide vehicle bomb in Souran. They quickly took the town and advanced south, reportedly capturing the village of Ma’ardas. Other villages such as Khattab are under threat.Rebels had claimed a series of towns and villages, including Souran and Ma’ardas, in their last successes in Syria between August and October 2016.
"""
A['t06_trtworld-strikes-maaret-kansafra-khan-subul'] = """Regime air strikes kill four civilians in Syria's Idlib – monitor
Britain-based Syrian Observatory for Human Rights says the civlians, including two children, were killed on the outskirts of Maaret al Numan town and in the villages of Kansafra and Khan al Subul.
Idlib, the last bastion of anti-regime militants and rebels after eight years of civil war, remains under heavy bombardment by regime and ally Russia.
June 22, 2019

Syrian regime air strikes on the rebel-held northwest killed four civilians, two of them children, on Saturday, a war monitor said, as a two-month flare-up showed no let-up.

The two children were killed in a garage on the edge of the town of Maaret al Numan in Idlib, the Britain-based Syrian Observatory for Human Rights said.

The other two civilians were killed in strikes on the Idlib province villages of Kansafra and Khan al Subul, the Observatory said.

Idlib buffer zone deal

The Idlib region of some three million people is supposed to be protected by a September buffer zone deal, but the militants and rebel-run enclave has come under mounting bombardment by the regime and its ally Russia since late April.

The September deal signed by Russia and Turkey was supposed to set up a buffer zone around the Idlib region, but it was never fully implemented as the militants refused to pull back from the front lines.

Hostilities deepened in January when Hayat Tahrir al Sham, an alliance led by Syria's former al Qaeda affiliate, took over administrative control of the region.

Hundreds killed since April

Since late April, more than 460 civilians have been killed in the regime or Russian bombardment, according to the Observatory.

The violence has forced around 330,000 people to flee their homes and hit 23 health centres, according to the UN.
"""
A['t07_northpress-sarmada-fuel-market-bombed'] = """Government and Russian forces bomb fuel market in Syria’s Idlib
IDLIB, Syria (North Press) – On Monday, Syrian government and Russian forces targeted locations of the opposition groups in Idlib on the Syrian-Turkish border, and a fuel market, which led to the outbreak of huge fires.
Idlib and parts of the governorates of Aleppo, Hama and Latakia have been included, since March 2020, in an agreement between Moscow and Ankara to stop hostilities in the northwest of the country.
Field sources told North Press that the Russian forces stationed west of the city of Aleppo targeted Sarmada near the Turkish border, north of Idlib, with artillery shells and high-explosive missiles.
The Russian bombing hit the fuel market of the Watad Petroleum Company tied to Hayat Tahrir al-Sham, which led to the outbreak of huge fires, without any news of casualties, the source said.
Watad, which was established by the Salvation Government (the civilian wing of Hayat Tahrir al-Sham) more than two years ago, is the only party responsible for importing fuel to Idlib.
Furthermore, the government forces continued their artillery and missile strikes against opposition groups’ sites in the villages and towns of al-Bara, al-Fatira, Kansafra and Sufuhn, south of Idlib.
On Sunday, Russian warplanes launched air strikes on sites in the city of Sarmada and the factories of the Watad Petroleum Company near Bab al-Hawa border crossing with Turkey for the first time in years.
Eight people were killed and others were wounded in the artillery shelling by government forces on Maghara Hospital near the city of Atarib, west of Aleppo, which led to the hospital being completely out of service.
"""
A['t08_maritimeexec-latakia-port-airstrike'] = """Report: Israeli Airstrike Sparks Fire at Syrian Port of Latakia

Latakia in better times, 2008

According to the government of Syria, Israeli missile strikes have hit the port of Latakia twice in the span of a month, including an attack Tuesday that sparked a major fire at the port's container terminal.

Israel routinely conducts airstrikes against Iranian and Iranian-aligned activity within Syria. Iran provides direct military assistance to the Syrian government and to the Shiite militia group Hezbollah, which fights alongside government forces in Syria's decade-long civil war.

For Israel, arms shipments to archenemy Hezbollah are a clear red line. The Israeli military has quietly targeted Iranian weapons cargoes and Hezbollah's activity in Syria for years, conducting hundreds of airstrikes within Syria's borders.

Israel has not acknowledged responsibility for Tuesday's airstrike. However, in comments during a visit to a military airbase later on Tuesday, Defense Minister Benny Gantz said that "Israel will not allow Iran to stream game-changing weapons to its proxies and to threaten our citizens."

According to Syrian state media, the strike hit the terminal at 0320 hours Tuesday. A large secondary explosion could be heard for miles, Syrian officials said, and the resulting fire burned for hours.

Bystander video released on social media appears to show a large conflagration at a container storage depot.

Much of Latakia port cargo unloading area is ablaze, 3-4 targets hit per @AndrewBritani pic.twitter.com/7Id3fwGPTH — ELINT News (@ELINTNews) December 28, 2021

Several open-source intelligence analysts have noted that an Iranian-flagged container ship, the Shiba, called at Latakia on a voyage from Bandar Abbas on December 24. The airstrike on the container depot may have been targeting recently-unloaded boxes of military equipment.
"""
A['t09_aljazeera-homs-drone-idlib-attacks'] = """Syria mourns Homs drone victims as gov’t, Russian attacks in Idlib kill 11

Funerals held for victims of attack on military academy during graduation ceremony.

Coffins carrying the bodies of some of the people killed in an attack on a military academy lie on the ground outside a military hospital in Homs, Syria

Eleven civilians, including a two-year-old child, have been killed in opposition-held Idlib, as Syrians began burying the dozens of people killed in Thursday’s large-scale drone attack on a military academy in the western city of Homs.

Government forces stepped up shelling and missile attacks on Idlib after the Homs strike, the deadliest attack on government-held territory in years. Fourteen people were killed by government attacks in Idlib on Thursday, according to the Syrian Civil Defence, before three more were killed on Friday.

The two-year-old child was killed in a Russian air attack on a family home in the village of Jaftallak Haj Hamoud, north of Jisr al-Shughour, according to the Civil Defence, medics and locals.

A married couple was among four people killed in Idlib city, where Syrian government artillery hit residential neighbourhoods on Friday evening.

Friday prayers were cancelled by authorities in opposition-held areas of Idlib and Aleppo, out of fear that mosques could be attacked.

The bombardment has left civilians fearful of what may come in the next few days.

“I was sleeping and suddenly the sounds of a strong explosion rang out,” said Muhammad al-Sameeh, a resident of Termanin, where four people were killed. “It was like judgement day… It turned out that there was bombing in our neighborhood. I felt very afraid. We were already displaced because of the bombing and military escalation, but it followed us here. Now we have to move again, but I don’t know where to.”
"""
A['t10_thenational-idlib-arms-depot-explosion'] = """Six dead in 'arms depot' explosion in Syria's Idlib

A plume of smoke rises following an explosion in Maarat Misrin in Syria's Idlib province on July 24.

War monitor says blast ripped through ammunition warehouse at base of non-Syrian fighters

The National

August 14, 2025

A powerful blast rocked Syria's north-western Idlib province on Thursday, killing at least six people and injuring eight, the Syrian Observatory for Human Rights said.

Syrian state news agency Sana reported "an explosion in the vicinity of the city of Idlib". Though Syrian state media has yet to reveal the cause of the blast, the UK-based observatory reported that it occurred at an ammunition warehouse and headquarters of non-Syrian fighters.

At least two of those killed were civilians, including one child, according to the observatory. Syria's civil defence said on X that there were two children among the dead and that the blast caused a fire at the site.

The observatory said the blast coincided with flights by drones over the region.

On July 24, another large explosion occurred at an ammunition depot near the town of Maarat Misrin in Idlib. At least six people were killed and more than 100 were injured, the civil defence said.

Syria TV reported “war remnants and ammunition” had exploded at the site.

Syria is struggling to recover from a nearly 14-year civil war involving numerous armed groups, including fighters from abroad.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
