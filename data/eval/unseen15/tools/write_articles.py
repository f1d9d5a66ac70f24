#!/usr/bin/env python3
"""Writes articles/*.txt for unseen15: the article text of each stored page (search tool, corpus `pages`, no live web),
as kept. Kept: the title (first line), standfirsts, bylines, datelines, date lines shown with the article, photo captions
(without their photo credits). Dropped as site chrome: q02's "2 min read" and its second copy of the title, q06's photo
credit, q07's site name "UrduPoint.com", its lower-case repeat of the headline and the agency slug "ah/hkb" at the end,
q08's image credit and its "How did you feel after reading this news?" widget, q09's page-title line ("...-Xinhua"), its
"Source: Xinhua" / "Editor: huaxia" lines and the photo credit "(Str/Xinhua)", q04's "Subscribe to our mailing list",
q02's caption credit "[Anadolu]", and the tool's own " date YYYY-MM-DD" metadata prefix. q06's caption stands
before the title in the stored copy: it is moved after the title, byline and date line so that the title is the first line.
Copies that stop mid-sentence are cut at the last complete sentence (q01, q02, q03, q09, q10). No wording changed;
whitespace only normalised (one blank line between paragraphs, list bullets kept as "• ")."""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}

A['q01_abc-azaz-idlib-hospital-strikes'] = """Syria hospital strikes: 50 killed, eight missing after air strikes hit hospitals, school in Azaz and Idlib

Updated February 16, 2016 10:32:24

At least 50 people have been killed after air strikes in Syria's Azaz and Idlib hit a school and hospitals, including one run by Médecins Sans Frontières (MSF), witnesses say.

Key points:

• Hospital and school air strikes in Syria kill at least 50 people, leave eight MSF personnel missing
• MSF, residents say the strikes came from Russia or Syria
• France's Foreign Minister says the attacks 'constitute war crimes'
• Assad says a ceasefire shouldn't mean all parties stop using weapons

A medic and two residents said 14 people were killed by missiles at a children's hospital and a school where refugees fleeing a major Syrian army offensive were sheltering in Azaz, a rebel-held town near the Turkish border.

In a separate attack, at least seven people were killed and eight are reportedly missing after an attack on an MSF hospital in Idlib, in northern Syria.

"There were at least seven deaths among the personnel and the patients, and at least eight MSF personnel have disappeared, and we don't know if they are alive," MSF France president Mego Terzian said.

"The author of the strike is clearly ... either the government or Russia," he said, adding that it was not the first time MSF facilities had been targeted in the country.

An Azaz resident said another refugee shelter south of the town was also hit by bombs dropped by jets believed to be Russian.

"We have been moving scores of screaming children from the hospital," medic Juma Rahal said, adding at least two children were killed.

Sam Taylor, a senior official in the area with MSF, told the ABC he believed the hospital attacks were deliberate.
"""

A['q02_newarab-tal-rifaat-kurdish-forces'] = """Kurdish forces seize northern Syrian town from rebels

Kurdish forces on Monday seized the strategic town of Tal Rifaat in Syria's Aleppo province, close to the border with Turkey, serving a blow to rebel groups.

16 February, 2016

YPG fighters have been making steady advances on rebel-held positions

Kurdish forces on Monday seized a key rebel bastion in Syria's Aleppo province, extending the opposition's losses in the region after a major regime offensive on the area.

The Kurdish People's Protection Units (YPG) seized control of Tal Rifaat from mostly Islamist rebel forces on Monday night, according to local sources.

Activists told The New Arab that the YPG offensive coincided with intense Russian air raids on the town.

"Kurdish forces entered the town after Russian warplanes carried out over 200 airstrikes, couple by a complete blockade," said Majid Abd al-Nur, an activist from northern Aleppo province.

The YPG capture came despite Turkey shelling the town to try to halt Kurdish forces from advancing after several days of attacks on the one-time rebel stronghold.

It left the rebels in Aleppo with only a few remaining bastions, including the town of Marea, just east of Tal Rifaat, and the border town of Azaz to the north.

Elsewhere, the rebels have largely crumbled in the face of a major regime operation backed by Russian air power and the simultaneous Kurdish attack.

In recent days, the YPG seized the Minnigh airbase from rebels, and regime forces have virtually encircled the opposition-held eastern part of Aleppo city.

The opposition defeats have angered Turkey, a longstanding backer of the uprising against President Bashar al-Assad.

Ankara is particularly sensitive about the YPG advance.

It views Syria's powerful Kurdish YPG forces as affiliates of the Kurdistan Workers' Party (PKK), an outlawed group that waged a decades-long insurgency against the Turkish state.
"""

A['q03_defensepost-turkish-convoy-airstrike-idlib'] = """Syria: Airstrikes hit Turkish military convoy moving towards Idlib front

A convoy carrying supplies to a Turkish military outpost in Syria’s embattled Idlib province was struck by aircraft supporting the Syrian government forces, Turkey’s Defense Ministry said on Monday, 19 August.

The convoy was headed south towards a Turkish observation point near Khan Sheikhoun, where Turkish Army forces and Syrian rebels are at risk of being encircled by the advancing Syrian Army.

“During the transit an air strike launched on our convoy at 8:55 a.m. [0555 GMT] caused three civilians to lose their lives and left 12 civilians wounded,” the statement read, adding that the Turkish government “strongly” condemns the attack.

The convoy included several dozen armored vehicles and personnel carriers, as well as tanks, according to AFP.

Turkey maintains 12 observation posts in Idlib province, which is largely controlled by the National Liberation Front coalition of anti-Assad forces supported by the Turkish army, and Hayat Tahrir al-Sham, an alliance of jihadist groups, some of which have links to al-Qaeda.

Naji Mustafa, a spokesperson for the NLF, told AFP that the convoy was headed to the southernmost Turkish outpost at Murak. The outpost may be encircled if pro-regime forces capture Khan Sheikhoun.

The statement read that the Russian government was informed of the convoy in advance.

The Russian military is advising pro-Syrian regime forces on the ground in Idlib and Russian planes continue to bombard the rebel-held province.

The Syrian government denounced the convoy prior to the strike.

“Turkish vehicles loaded with munitions … are heading towards Khan Sheikhoun to help the terrorists,” a Syrian foreign ministry source told the state-run SANA news agency, using the regime’s blanket term for rebels and jihadists.

This “confirms once again the support provided by the Turkish regime to terrorist groups,” SANA reported the source as saying.
"""

A['q04_uossm-qah-camp-missiles'] = """BREAKING: Densely Packed Qah IDP Camp Hit By Missiles Today - Idlib, Syria

Geneva, Switzerland- Today at 8:24 P.M. Damascus time on November 20, 2019, surface missiles struck the Qah Camp for the displaced in northern Idlib, killing/ maiming scores and causing widespread fires. At least 12 were killed and over 20 were wounded, the majority of victims were children and women. The missile landed near the Qah Maternity and Children’s Hospital causing minor damage to the facility.

“Attacking one of the most densely packed IDP camps in Syria, full of children, is beyond sadistic. The internally displaced people in these camps had been forced to flee their homes, and were now living in terrible conditions, many for years. Can you imagine how difficult life is for families in these camps? To attack a refugee camp is cowardly and truly kicks civilians when they are down. The international community must hold perpetrators accountable for war crimes."- Said Dr. Hussam Al Fakir, Chairman of UOSSM International
"""

A['q05_thenews-afp-maaret-misrin-poultry-farm'] = """Russian strikes kill 15 civilians in Idlib

MAARET MISRIN, Syria: Russian air strikes on Thursday killed at least 15 civilians including a child in Syria’s last major opposition bastion of Idlib, a Britain-based war monitor said.

The strikes after midnight targeted an area where displaced Syrians had gathered outside the town of Maaret Misrin, the Syrian Observatory for Human Rights said. An AFP correspondent saw the bodies of some of the victims wrapped in thick winter blankets at a local hospital.

A rescuer carried in the body of a baby girl, her pink pyjamas caked in dust. At the site of the strikes, two large one-storey buildings lay mostly in rubble near green orchards, and rescuers operated bulldozers to comb through the debris.

The strikes destroyed the poultry farm where the displaced families had been living, and dozens of chickens could be seen picking through the dust.

The Observatory said the death toll was likely to rise further as many wounded were in critical condition. The strikes comes on the day the leaders of Russia and Turkey were meeting in Moscow to discuss the situation in Idlib. Ankara backs some rebel groups in the northwestern region and has become directly involved in fighting in recent weeks.

Moscow-backed regime forces have since December waged a deadly battle against the jihadist-dominated Idlib region, causing almost a million people -- mostly women and children -- to flee their homes and shelters. Even before that offensive, Idlib was home to three million people, around half of them already displaced from other parts of the war-torn country.
"""

A['q06_medialine-afrin-fuel-truck-bombing'] = """40 Civilians Killed in Bombing in Syrian town of Afrin

The Media Line Staff

04/29/2020

Civil defense members try to extinguish fire after an attack in northwestern Syria's Afrin on April 28, 2020.

At least 40 civilians were killed and at least 47 were wounded when a fuel truck was detonated in Afrin, Syria on Tuesday. The bombing happened in a crowded area in central Afrin and among the victims were 11 children. The Turkish Defense Ministry said that the Kurdistan Workers’ Party (PKK) and its Syrian ally, the Kurdish People’s Protection Units (YPG), were responsible for the bombing. Turkey’s military and its Syrian allies seized Afrin, a mainly Kurdish area about 16 miles from the Turkish border, from the YPG in a March 2018 offensive. US State Department spokeswoman Morgan Ortagus condemned the bombing, which, she said, claimed “the lives of dozens of people shopping in the central market as they prepared to break the Ramadan fast.” She said that “many victims were civilians, including children,” and she underscored the US call for a ceasefire in Syria. “Such cowardly acts of evil are unacceptable from any side in this conflict.”
"""

A['q07_urdupoint-afp-qastoun-shelling'] = """Regime Shelling Kills Four Children In Northwest Syria: Monitor

Umer Jamshaid 1 minute ago Sun 08th August 2021 | 08:50 PM

Beirut, Aug 8 (UrduPoint / Pakistan Point News - 8th Aug, 2021 ) :Regime shelling has killed four children in Syria's last major rebel bastion in the northwest of the country, a Britain-based war monitor said Sunday.

The artillery fire late Saturday hit a residential area in the south of the jihadist-dominated bastion of Idlib, the Syrian Observatory for Human Rights said.

The victims in the village of Qastoun in the Hama province were from the same family, it said.

The Idlib region is home to nearly three million people, two-thirds of them displaced from other parts of the country during the decade-long civil war.

It is dominated by Syria's former Al-Qaeda affiliate, but rebels and other jihadists are also present.

A ceasefire deal brokered by regime ally Russia and rebel backer Turkey has largely protected the region from a new government offensive since March 2020.

But regime forces have stepped up their shelling on the south of the bastion since June.

Syrian President Bashar al-Assad took the oath of office for a new term last month, vowing to make "liberating those parts of the homeland that still need to be" one of his top priorities.

Syria's war has killed around half a million people since starting in 2011 with a brutal crackdown on anti-government protests.
"""

A['q08_risingnepal-bbc-azaz-market-car-bomb'] = """Seven dead after Car bomb tears Syrian market

The explosion happened when the market was crowded with shoppers preparing for a religious holiday.

By Youssef Taha and Sean Seddon, Mar 31: At least seven people have been killed in a car bombing which targeted a busy market in northern Syria.

Several more were injured when the explosion tore through the central market of the town of Azaz in Aleppo province, near the Turkish border.

Footage of the aftermath showed bodies lying on the ground, damaged buildings and the remnants of a car on fire.

It is unclear who carried out the attack in the town which is run by pro-Turkish militias.

No group has claimed responsibility.

When the bomb went off the market was busy with shoppers buying new clothes for their children ahead of Eid al-Fitr, which marks the end of the Islamic fasting month of Ramadan next month.

The White Helmets, a volunteer rescue group which operates in Syria, said two children were among the dead.

Azaz is controlled by militias fighting Syrian President Bashar Al-Assad in the country's ongoing civil war.

Turkish forces and their proxies control large areas of Syria along the border the two countries share.

Azaz is home to the Syrian Interim Government, an opposition group which stakes a claim to being the country's legitimate authority.

The town has been described by analysts as strategically important in the context of the civil war because of its proximity to the Turkish border and its value as a supply route.

Bombs targeting crowded civilian areas are not uncommon in Syria's northwest border region, including in Azaz.

In 2017, more than 40 people were killed when a car bomb was detonated outside the town's courthouse.

The Islamic State group - which captured the town in 2013 and briefly held it - claimed responsibility for that attack.
"""

A['q09_xinhua-karama-camps-cant-go-home'] = """Feature: Between rubble and refuge -- The Syrians who can't go home

2025-09-29 21:46:30

A boy rides his bicycle in the Karama Camps in Idlib province, northwestern Syria, Sept. 25, 2025.

by Hummam Sheikh Ali

KARAMA CAMPS, Syria, Sept. 29 (Xinhua) -- On the rocky hills of northern Idlib, near the Turkish border, the Karama Camps sprawl like a city of the displaced. From above, it is a mosaic of cinder block shelters and tin roofs, crisscrossed by dirt alleys where children play barefoot among rubble and trash. What began as rows of tents has hardened into a precarious permanence.

Here, life is suspended between two painful truths: the dream of return, and the reality that for many, there is no home left to return to.

Before the fall of former Syrian President Bashar al-Assad's government in late 2024, the Karama Camps -- a cluster of more than 140 settlements stretching between the villages of Qah and Atmeh -- housed close to 1 million displaced Syrians. Today, aid organizations say more than 70 percent of those families still cannot return home, their houses either destroyed, looted, or uninhabitable.

For Walaa al-Khabbaz, who fled the central Syrian town of Kafr Zita in 2013 and now lives in the Kuwait Preachers Camp of the Karama Camps, the trauma of return is as heavy as displacement itself.

"For me, it is like being caught between two fires -- the war has ended, and you return to your village only to find you no longer have a home. I go and look at the rubble of my house and come back with tears in my eyes. Honestly, the pain is indescribable. Everywhere I look, the destruction is overwhelming, especially in my neighborhood," she told Xinhua.

Her voice softened with a fragile hope: "My wish is that things improve, that our villages are rebuilt from the ground up, so that one day we no longer speak of camps.
"""

A['q10_delil24-harim-french-camp-siege'] = """Syrian Security Forces Besiege Camp of French Fighters in Idlib Amid Security Tensions

On Wednesday, Syrian security forces imposed a full siege on a camp near the town of Harim in northwestern rural Idlib, sheltering extremist French fighters, after their leader Omar Diabi, also known as “Omar Omsen,” entrenched himself inside the camp and refused to surrender, according to a statement by Brigadier General Ghassan Bakir, head of internal security in the province.

Bakir pointed out that the security measures came after receiving several complaints, the latest being the kidnapping of a girl from her mother by an armed group led by Diabi. He added that security forces attempted to negotiate for his voluntary surrender, but he refused, prompting them to completely encircle the camp and establish checkpoints around its perimeter.

Correspondents from the French News Agency and reporters from Al-Arabiya and Al-Hadath channels reported “light” clashes on Tuesday night into Wednesday between Syrian security and the French fighters inside the camp, involving light weapons, with no confirmed reports of casualties.

The camp serves as the main base for the “Strangers Brigade,” led by Diabi, and houses dozens of French fighters suspected of being recruited during the years of the Syrian conflict, along with their families. The siege is part of the new Syrian administration’s efforts to tighten security and hand over French elements wanted by French authorities since the overthrow of Bashar al-Assad’s regime in December 2024.

Jibril Diabi, the French leader’s son, told AFP via WhatsApp that “the clashes began after midnight and are still ongoing,” explaining that the tension is linked to France’s desire to receive two French members of the group.
"""

os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
