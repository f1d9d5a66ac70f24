#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen14.
Kept: title (first line), standfirsts, bylines, datelines, date lines shown with the article, photo captions (without
photo credits). Dropped: site chrome (k01's masthead "The Washington Post" and the caption credit "(Loual Beshara/AFP/GETTY
IMAGES)", k02's "Middle East" section label, k03's repeated heading fragment "Neighborhoods in Aleppo" under the title,
k04's caption credit "(Uncredited / Associated Press)", k05's comment form "Leave a Reply ...", k08's site-header date
"Friday, Jul 22, 2022", its "International" label and the caption credit "Associated Press (AP)", k09's "A+ A-" font
buttons, k10's "READ: ..." link to another story). The search tool's own " date YYYY-MM-DD" metadata prefix is not part of
any text. Stored copies that stop mid-sentence are cut at the last complete sentence. No wording changed; whitespace only
normalised (blank lines between paragraphs; line breaks inside a sentence (k05) joined with a space; double spaces made
single). (Method of unseen12/unseen13.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['k01_washingtonpost-ford-heads-to-hama'] = """U.S. ambassador to Syria heads to restive city of Hama ahead of planned protests

US ambassador in Syria Robert Ford (L) speaks to an unidentified US military personnel on June 20, 2011.

The U.S. ambassador to Syria has positioned himself in the restive city of Hama ahead of planned demonstrations this weekend, State Department officials said Thursday, in an unusual move that appears aimed at discouraging new violence against protesters.

Ambassador Robert Ford acted without official Syrian blessing in traveling to the city of 700,000 that has been at the center of the country’s four-month-old uprising, U.S. officials said. Ford met with townspeople and visited a hospital where injured protesters are being treated.

He planned to stay overnight with the intention of “seeing the activity” on Friday, when thousands were expected to take to the streets following weekly prayer services, State Department spokeswoman Victoria Nuland said.

“For him to go personally at this time and stand with the people of Hama expresses in physical terms, not to mention political terms, our view that the people of Hama have a right to express themselves peacefully,” Nuland said.

The U.S. Embassy in Damascus informed the Syrian government in advance that embassy employees were traveling to Hama and did specifically mention Ford, said Nuland. Ford’s vehicle was allowed to pass through at least one military checkpoint en route.

Hama resumed its place as the focal point of the anti-government uprising this week after security forces renewed their assault on the demonstrators after a nearly three-week lull. After government troops vacated the city last month to deal with protests elsewhere, Hama took on a festive air, with daily demonstrations and claims by protesters that their city was liberated.
"""
A['k02_dailystar-aleppo-umayyad-mosque-fighting'] = """Fierce fighting damages historic mosque in Aleppo’s Old City

Syrian rebels take position at the Umayyad Mosque in Aleppo hours before the Syrian army retook control of the complex.

ALEPPO: Syria’s army regained control Sunday of the Grand Mosque in Aleppo after fierce clashes with rebels in and around the area damaged the historic site.

A leading human rights group accused the Syrian regime of stepping up its use of cluster bombs in the north as a response to recent rebel gains, while Turkey banned all Syrian aircraft from its airspace, a day after the authorities in Damascus took a similar step against Ankara.

“The army has expelled the armed groups from the Umayyad mosque,” a rebel military official told an AFP journalist at the scene in Aleppo. The Syrian Observatory for Human Rights confirmed the reports.

“Regime forces have managed to retake control of the Omayyad Mosque, following fierce clashes against rebel fighters around the mosque and the withdrawal of the rebel groups,” the group said.

An AFP correspondent in Aleppo reported that clashes were extremely fierce and that they had moved into areas around the mosque. Rebels had taken control of parts of the complex Saturday. They said regime forces had been based there since fighting erupted in Aleppo in mid-summer.

“The army was using the mosque as a base, because of its strategic location in the center of the Old City,” spokesman for the Revolutionary Council in Aleppo Abu Firas told AFP via the Internet.

“They were prohibiting people from going to pray there,” he added. “The [rebel] Free Syrian Army had orders not to open fire inside the mosque.”

Construction of the mosque began in the early 8th century, though it was destroyed by the Mongols and later rebuilt. Next to it is a library that holds a collection of rare religious books. The nearby souks were damaged by a fire that was sparked by clashes late last month.
"""
A['k03_snhr-barrel-bombs-aleppo-neighborhoods'] = """Barrel Bombs Targets Neighborhoods in Aleppo

Government forces targeted on the morning of Sunday 22 December, 2013, the highway in Masaken Hananou neighborhood. This area is known for being highly crowded especially in the morning. Government forces targeted the area with eight barrel bombs; two were dropped on an urban market in Al-Ahmadiya neighborhood. Also, Al-Haydariya neighborhood and Al-Fylat Street in As-Sakhour neighborhood were targeted and a few hours later B’iden neighborhood, which is next to Hananou neighborhood, was targeted.

This report relies on the investigation carried out by SNHR in Aleppo city which involved interviews with residents and activists. It includes four testimonies in addition to the news and pictures that were sent to us by cooperating activists from the city.

The first eyewitness’s testimony, his name is (S), and can be found on Skype via his account: (rh7.syr)

“At 8:30 AM approximately, we heard the sounds of explosions in Aleppo –The explosions haven’t stopped in Aleppo in a week- we realized that a new massacre has occurred. The barrel bombs were dropped about 100 meters away from my home. I saw the destruction, the panic, and the scattered body parts. Many were wounded, there were an ambulance that was targeted and everyone inside it had died. ”

The Second eyewitness’s testimony, his name is Abu-Salah and can be found on Skype via his account: (abosalah.shaher)

“I was in my car and the explosion happened about 1 kilometers away from me. I headed there and my car was affected by shrapnel from the barrel bombs. A crowded bus burned and everyone inside it had died. Whole buildings were destroyed, everyone was scared and cars were burning. Even the ambulance was targeted the medical staff was killed.”

The third eyewitness’s testimony, his name is Rami:

“About 9:00 PM, four barrel bombs were dropped on Hananou highway. This area is highly crowded especially in the morning.
"""
A['k04_latimes-carlton-citadel-hotel-blast'] = """Landmark Syrian hotel destroyed as rebels set off underground blast

Amateur video posted by Syrian opposition activists shows an explosion that destroyed the Carlton Citadel Hotel in Aleppo.

A huge blast destroyed a hotel in the historic heart of the northern Syrian city of Aleppo on Thursday after rebels detonated explosives in a tunnel dug beneath government lines, according to opposition and government accounts.

The explosion ripped through the Carlton Citadel Hotel, near the landmark medieval Citadel and Aleppo’s walled Old City, both deemed United Nations World Heritage sites. Opposition activists said the onetime luxury hotel had become a military base.

Islamist rebels tunneled beneath the hotel and “detonated a large quantity of explosives,” said the Syrian Observatory for Human Rights, a pro-opposition monitoring group based in Britain. The hotel was “completely collapsed,” the group said, along with several neighboring buildings.

At least 14 soldiers and “pro-regime militants” were killed in the blast and during subsequent clashes, the observatory said.

The Islamic Front, a major umbrella group of hard-core militants who reportedly receive funding from Saudi Arabia, claimed responsibility for the blast. The Islamic Front, along with the Al Qaeda-affiliated Nusra Front, are among the major rebel groups fighting in Syria.

As much as 28 tons of explosives were used in the attack, according to one opposition account.

The state media reported “huge damage to the historic site” after rebels blew up “tunnels they dug under archaeological buildings.”

Video posted on the Internet purporting to document the explosion showed a massive blast and a plume of smoke erupting into the air and drifting over the city, followed by automatic weapons fire.
"""
A['k05_247newsupdate-kuwairis-siege-broken'] = """ISIS siege of Kuwairis airbase broken by Syrian army

Government forces have broken a siege by Islamic State (IS) of an airbase in northern Syria, according to a state media report.

Army units had made contact with troops defending Kuwairis airbase, east of Aleppo, and eliminated large numbers of militants, the Sana news agency said.

The facility had been under attack by the jihadists for nearly two years.

Meanwhile, at least 22 people were killed and many more wounded by rebel shellfire in the Mediterranean city of Latakia, state media and activists say.

The blasts hit two separate areas of the city, according to the Britain-based Syrian Observatory for Human Rights. With many of the wounded in serious condition, the death toll is expected to rise, the Observatory said.

Latakia, which lies in the heartland of President Bashar al-Assad’s minority Alawite sect, has largely escaped the conflict that has devastated most of Syria and killed more than 250,000 people.

Syrian government forces were holed up inside the Kuwairis base under siege from Islamic State, while pro-government forces tried to reach them with air support from Russia.

The successful assault on the base comes a week after the Syrian army battled Islamic State to regain control of a road southeast of Aleppo and took back control of the government’s only supply route into the city.

Areas around Aleppo have seen weeks of heavy fighting after Syrian troops, backed by Lebanese and Iranian fighters, launched an offensive to retake surrounding territory from rebels and jihadist

The regime offensive has so far focused on clearing rebel-held areas south of Aleppo, rather than targeting the city itself.
"""
A['k06_zeenews-afp-rashidin-evacuee-bombing'] = """Car bombing hits Syrian evacuees, several dead: Monitor

AFP | Last Updated: Saturday, April 15, 2017 - 19:34

Beirut: A car bomb blast killed several people Saturday at a transit point for Syrians being transferred out of two besieged government-held towns under an evacuation deal, a monitoring group said.

The Syrian Observatory for Human Rights said the explosion occurred at Rashidin, west of second city Aleppo, where buses were waiting to transport thousands of people who left Fuaa and Kafraya a day earlier.
"""
A['k07_zerohedge-su25-shot-down-idlib'] = """Russian Fighter Jet Shot Down By Syrian Rebels, Pilot Killed

A Russian Su-25 warplane was shot down above Idlib province by Syrian rebels, the first Russian fighter jet downed above Syria since 2015, and its pilot was reportedly killed. A Russian defense ministry official confirmed the plane was shot down: "The plane was flying around the de-escalation zone of Idlib," the Russian military stated.

The plane is said to have been downed in a rebel-held area of north-western Syria near Maasaran in Idlib.

Video posted on social media appeared to show the plane being hit, while other video showed burning wreckage with a red star on a wing.

Locals tweeted more video of the flaming wreckage on the ground.

The Russian Ministry of Defense said that the the pilot ejected himself from the downing aircraft and survived the crash, but was killed during a fight with terrorists. Photos and a video posted on Twitter reportedly show his dead body: "The pilot reported on a bailout in an area controlled by rebels Jabhat al-Nusra. When conducting a fight with terrorists, the pilot died," the Defense Ministry said.

According to the ministry, Russia and Turkey, peace guarantor in Syria's Idlib de-escalation zone, are taking all possible efforts to bring the body of the killed pilot back.

The Russian Ministry of Defense also said that the aircraft might have been shot down with the help of a man-portable air defense system.

Russian aircraft supporting Assad’s army have been targeting Syrian rebels in the area of Idlib province.

Russia has acted alongside its Syrian allies targeting rebels in the area. Syrian government troops launched a major offensive around Idlib in late December, backed by Russian jets. The UN says some 100,000 civilians have been displaced.

The Syrian Observatory told Agence France-Presse there had been dozens of Russian air strikes in the area over the past 24 hours.
"""
A['k08_outlookindia-ap-jisr-al-shoghour-strike'] = """Russian Airstrike Kills 7 People Including Children In Syria: Rights Group

The Syrian Observatory for Human Rights and opposition media outlet Orient TV say the airstrike in Idlib's town of Jisr al-Shoghour was carried out by a Russian warplane.

Airstrike on Syrian village.(File photo-Representational image)

Updated: 22 Jul 2022 4:19 pm

A monitoring rights group says a Russian warplane struck a house on Friday in northwestern Syria near the Turkish border, killing seven civilians, including four children.

Syrian Civil Defence volunteers rushed to the house to remove the bodies under the rubble.

The Syrian Observatory for Human Rights and opposition media outlet Orient TV say the airstrike in Idlib's town of Jisr al-Shoghour was carried out by a Russian warplane following four other Russian airstrikes in a town further north.

The sources of the airstrikes on Idlib could not be independently verified.

The northwestern region of Syria is home to the country's last rebel enclave.

The province of Idlib is under the control of Hayat Tahrir al-Sham, an al-Qaida-linked group, while northern Aleppo province is under the control of Turkish-backed rebel groups.

More than 90 per cent of the population in that area live in extreme poverty, relying on humanitarian aid to survive.

The Syrian government in Damascus, alongside key ally Russia, frequently launch airstrikes in the area.

Turkey has warned it intends to launch a new military operation targeting the US-backed Syrian Democratic Forces in northwestern Syria. Turkey says the Kurdish-led forces pose a security threat and deem them a terrorist group.
"""
A['k09_rudaw-jindires-newroz-killings'] = """Rojava administration condemns killing of four Kurds in Jindires Newroz celebrations

21-03-2023

Rudaw

ERBIL, Kurdistan Region - The autonomous Syrian Kurdish administration in northeast Syria (Rojava) condemned Tuesday the killing of four Kurdish citizens in the rebel-held town of Jindires near Afrin in the country’s northwest by a Turkish-backed militia as they were celebrating Newroz.

Turkish-backed fighters of the Ahrar al-Sharqiya armed militia opened gunfire on a Kurdish family celebrating the Kurdish New Year – Newroz – in Jindires on Monday, killing at least four people, according to the Syrian Observatory for Human Rights (SOHR) and a Kurdish human rights lawyer.

“We condemn this horrific and heinous act of hatred and malice, and we call on the international community, human rights organizations, and the United Nations Security Coucil to find out the reasons for this heinous crime and its circumstances,” the Autonomous Administration of North and East Syria (AANES) said in a statement.

The family was targeted as they were attempting to light a bonfire to celebrate the Newroz occasion.

Hundreds of protestors took to the streets of Jindires on Tuesday to protest the killings while waving the Kurdish flag as burial processions commenced.

In the statement, AANES urged “the need to hold the perpetrator and those behind him accountable.”

Jindires was seized by Turkey and Turkish-backed forces in 2018 during an operation to drive Kurdish forces of the People’s Protection Units (YPG) from the Afrin area.

The Ahrar al-Sharqiya militia is known for various human rights violations and assassinations against Kurds in the country.

Two years ago, the US Treasury sanctioned the militia group accused of assassinating Kurdish female politician Hevrin Khalaf in 2019.
"""
A['k10_levantis-israeli-strike-aleppo-hezbollah'] = """Israeli strike targeting Hezbollah kills 36 Syrian soldiers

Israeli strike in Aleppo

The Syrian Observatory for Human Rights reported that a March 29th Israeli air strike on Syria’s Aleppo targeting Lebanese militant group Hezbollah, killed at least 42, with 36 being Syrian soldiers — the deadliest toll for the army since the beginning of the Israel-Hamas war, according to the Arab News and agencies

“Israeli strikes” targeted “a rockets depot belonging to Lebanon’s Hezbollah” close to Aleppo airport, the UK-based organisation — which has a network of sources inside Syria — explained.

The Syrian Arab News Agency (SANA) also quoted a military source, reporting that “at approximately 1:45 am, the Israeli enemy launched an air attack from the direction of Athriya, southeast of Aleppo.” It added that “civilians and military personnel” were killed and wounded.

Contacted by Agence France-Presse (AFP) from Jerusalem, the Israel Defence Forces (IDF) said it would “not comment on reports in the foreign media.”

The Observatory also reported additional strikes targeting “defence factories” controlled by other pro-Iran, Aleppo-based groups.

Since civil war broke out in Syria in 2011, Israel has launched hundreds of air strikes following October 7th. Damascus and Hamas ally Hezbollah largely remains the target of these attacks, and has consistently fought alongside Damascus throughout the civil war.

March 29th’s attack came just hours after another reported strike in the Damascus countryside. Syrian state media reported the deaths of two civilians killed in an “Israeli air attack that targeted a residential building” on March 28th.

The airstrikes targeted the Sayyida Zeinab area — a stronghold of pro-Iran armed groups south of the capital — the Observatory reported.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
