#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen34.
Kept: title (first line), bylines, datelines, date lines shown with the article, standfirsts, sub-headings, pull quotes,
photo captions (without photo credits), the video-script fields of nn06 (Location / Language / Voice / Source / Date,
"Shot list", "Soundbite"). Dropped (site chrome): nn01's "Contact Us" and "Subscribe" labels and the section label "WORLD"
after the byline "Anadolu Agency"; nn02's image placeholder label "expressive image"; nn03's site name line
"UrduPoint.com" above the title; nn04's navigation menu, breadcrumb, "Print Friendly, PDF & Email" and, on the date line,
the category / author labels "/in HLP, News /by admin" after the date "09-09-2020"; nn05's "Powered by automated
translation" label; nn07's site header date ("Friday, April 26, 2024", the day the page was stored, not the article's
date), breadcrumb, empty "Date:" label and the "Related News" block (two other items); nn08's "Stay tuned with 24 News HD
Android App" line; nn09's "1 dakika" / "NOW READING ..." header and the category label "Artıcles" before the date
"11.03.2025"; nn10's repeated newsletter name, "Share this post" / "Share" buttons, section label "Interviews", avatar
label, "∙ Paid" label, like / comment counts and the photo credit "Photo Credit Nick Waters". The search tool's own
" date YYYY-MM-DD" metadata prefix is not part of any text. Stored copies that stop mid-sentence are cut at the last
complete sentence (nn04, nn05, nn06, nn07, nn08, nn10). No wording changed; whitespace only normalised (blank lines
between paragraphs, trailing spaces removed; a double space inside nn06's first paragraph is kept).
nn01, nn02, nn03 and nn09 end at a sentence end as stored (nn03 and nn09 may be the opening part of longer pages).
(Method of unseen32 / unseen30.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['nn01_anews-aa-regime-attacks-kafr-nabl-hass'] = """Regime attacks kill 6 in Syria's de-escalation zones

Anadolu Agency
Published May 26,2019

Six civilians were killed in regime airstrikes in Syria's northwestern de-escalation zones, sources with the White Helmets civil defense agency said on Sunday.

The overnight attacks targeted Idlib province's towns of Kafr Nabl and Khan Sheykhun as well as the villages of Armanaya, Fatterah, Tramla, Deir Sunbul, Hass and Hobait, the sources said.

Regime forces also attacked the towns of Kafr Nabudah, Ltamenah and Kafr Zita in Hama province, the sources said.

Some 1.5 million people currently reside in Idlib, half are displaced from other parts of the war-torn country.

Turkey and Russia agreed last September to turn Idlib into a de-escalation zone in which acts of aggression would be expressly prohibited.

The Syrian regime, however, has consistently broken the terms of the cease-fire, launching frequent attacks inside the de-escalation zone.

Syria has only just begun to emerge from a devastating conflict that began in early 2011 when the Bashar al-Assad regime cracked down on demonstrators with unexpected severity.
"""
A['nn02_orient-atareb-aerial-attacks'] = """Civilian killed by Assad aerial attacks on Aleppo's al-Atareb

Orient Net 2019-07-31 05:14:00

One civilian lost his life on Tuesday (July 30) after Assad militiamen attacked a town in Aleppo northern countryside, Orient News correspondent said."

Three airstrikes were conducted on the town of al-Atareb, killing a civilian and injuring others, The White Helmets volunteers said.

Three rockets were fired at the same time, killing a young man, in his twenties, while the following airstrikes injured a number of civilians and destroyed many buildings in the town.

Similar airstrikes were reported in the International Centre for Agricultural Research in Dry Areas (ICARDA) on the high way between Idlib and Aleppo.

Aleppo countryside is within the de-escalation zone deal reached by Russia and Turkey last September.

Aleppo city is controlled by the Assad militias and their allies while Aleppo countryside is controlled by the Free Syrian Army backed by the Turkish military and by opposition fighters and anti-regime factions.
"""
A['nn03_urdupoint-afp-maan-pistachio-farmers'] = """Syria Pistachio Farmers Return To Orchards After Years Of War

Maan, Syria, (UrduPoint / Pakistan Point News - 16th Jul, 2020 ) :Pruning scissors in hand, Syrian pistachio farmer Fadi al-Mahmoud inspected his orchard, hoping for his first harvest after years of war, as nearby army de-miners swept the ground for buried explosives.

"I will be fine as long as my orchard is fine," said the 40-year-old, who returned to his village of Maan in the north of battle-scarred Hama province only months ago, after years of displacement.

The region, long a centre of Syria's famed pistachio production, was controlled for years by militants and rebels, but it fell to President Bashar al-Assad's government forces early this year.

After the violence subsided, many farmers like Mahmoud returned, hoping this season would mark the revival of what was once a leading industry, its produce beloved across the middle East.

"The pistachio tree is the lung that allows the villages of the Hama countryside to breathe," Mahmoud told AFP during a break from pruning the trees with shears and a small saw.

Parting the green leaves, he examined the pistachios, looking for the purple hue on their greenish cream-coloured outer casing that indicates they are ready to be picked.

Syria was once a top exporter of the green nut that is widely used in sweets and sprinkled on ice cream across the Middle East.

The country produced up to 80,000 tonnes a year before the start of the conflict in 2011,mostly for export to Saudi Arabia, Lebanon, Jordan and Europe.

In 2013, according to the United Nations food and Agriculture Organization, Syria was still the world's fourth largest pistachio producer after Iran, the United States and Turkey.
"""
A['nn04_syriareport-druze-jabal-al-summaq-confiscations'] = """In Northern Idlib, HTS Property Confiscations Threaten Small Druze Community

09-09-2020

Hardline Islamist group Hay’at Tahrir Al-Sham (HTS) has seized some Druze-owned properties in towns within the Jabal Al-Summaq, or Barisha, area in the northern part of the Idlib governorate.

Members of the Druze religious minority group historically live in 18 villages in Jabal Al-Summaq, the most important of which are Kaftein, Maarat Al-Ikhwan and Qalb Louzeh. Their villages are interspersed among majority Sunni Muslim villages in the rural northern Idlib province and neighbouring Aleppo province. Some 20,000 Druze people were estimated to be living in the area in 2015, although their numbers have now diminished to 10,000, according to estimates by local councils.

The oldest known mention of Druze people in the Jabal Al-Summaq region dates back 1,000 years. Since then, residents have left in droves, settling in present-day Lebanon and Suweida. Druze residents of northern Idlib have historically had peaceful relations with their Muslim neighbours, including after the start of the Syrian revolution in 2011. They rejected offers from regime forces to take up arms and fight on their side of the war. As the war progressed, local Druze villages saw an influx of displaced people from other parts of Idlib province. Meanwhile, regime and Russian warplanes repeatedly bombed the villages of Qalb Louzeh, Koko, Tal Dweir, Tal Teita and Kaftein. Some residents fled towards government-held territory in Idlib and Aleppo, as most of them are public sector employees.
"""
A['nn05_thenational-idlib-hospitals-air-strikes-covid'] = """Syria air strikes threaten to overwhelm Idlib hospitals

Regime bombardments, Russian air attacks and Covid-19 have brought healthcare in the northern province to its knees

Russia and the Syrian government are intensifying a bombing campaign in Idlib that is straining a health sector already overwhelmed by the Delta variant of the coronavirus.

On Sunday, air strikes killed at least 12 civilians and five fighters belonging to the Turkish-backed Free Syrian Army, who are among the remnants of the armed opposition active in the north of the country.

Almost daily artillery and air bombardments could foreshadow worse days to come.

There's no way to avoid Covid due to the crowded conditions people face, and the spread of refugee camps in the region
Fuad Al Absi, Idlib doctor

Syrian President Bashar Al Assad has long stated his ambition to re-take remaining rebel-held territory.

Idlib's forever war

Three years have passed since the Syrian government, Russia and Turkey agreed on “demilitarising” the northern region.

But the truce broke down within days and Idlib has remained in a state of semi-permanent war ever since.

The increase in air strikes has brought back memories of the worst period of the war for many health workers.

In mid-2019, Syrian government forces, backed by Russian air power, pushed into the province in an ill-fated offensive.

Their gains were slim, but hundreds of medical centres were put out of service and hundreds of medical personnel were killed or injured. According to the International Rescue Committee NGO, by 2020, 80 per cent of healthcare workers in Idlib knew at least one person or patient killed in an air strike.

That has worsened a shortage of staff and by the start of last year, the World Health Organisation said at least 70 per cent of medical workers had left the country.
"""
A['nn06_a24-al-bab-mourns-abu-ghannoum'] = """Syria – Aleppo mourns prominent media activist Muhammad Abu Ghannoum and his wife

Location: Al-Bab, east of Aleppo, Syria

Language: Arabic

Voice: Natural

Source: A24 North Syria

Date: 08/10/2022

Thousands of residents of Al-Bab city in eastern Aleppo, today, Saturday, mourned prominent media activist Muhammad Abu Ghannoum and his wife after they were assassinated by unknown gunmen in northern Syria.  Al-Bab activists called, in a unified statement, for civil disobedience and a comprehensive closure of the city, starting this morning, Saturday, in protest against the assassination of revolutionary activist Abu Ghanoum, and in rejection of all policies of institutions, factions and external influencers. They underscored that the aim of the strike and disobedience was to “put an urgent end to the security chaos in the city, which resulted from the corruption of officials and their blind dependence on external parties.” The “Syrian Interim Government” had issued a statement earlier, on Friday evening, condemning “this cowardly operation, which falls within the context of operations aimed at intimidating civilians and destabilizing security in the region.”

Shot list:

Soundbite (Naim Alloman – Activist):

“The assassination is a catastrophe for all people of the city of Al-Bab and the displaced, both young and old. There is no one in the city does not know Abu Ghannoum. He was well-known for helping the oppressed. He was always defending the oppressed and demanding justice and equity. Amid the absence of institutions that take measures to hold the corrupt accountable, people turned to him to restore their rights. This is the real reason for his assassination.”

Soundbite (Muhamad Ali – Activist):

“Our sit-in today is a protest against the assassination of the martyr. Al-Bab area is not sad, but angry and rebellious. Our sit-in today is for all the martyrs and victims who spoke the word of truth.
"""
A['nn07_snhr-kafr-aweed-shelling'] = """Civilian killed in a ground-based attack by Syrian regime forces in southern Idlib governorate, May 15, 2023

A 40-year-old man, identified as Suleiman Mohammad al-Salim, from Kafr Aweed village in the southern suburbs of Idlib, was killed on May 15, 2023, in shelling of the village by Syrian regime artillery forces who fired multiple shells. One of the shells also landed near Abdul Qader Mosque with no damages recorded.

The area, which is under the joint control of armed opposition factions and Hay’at Tahrir al-Sham (HTS), is located near the dividing lines with territories controlled by Syrian regime forces.

The Syrian Network for Human Rights (SNHR) condemns the bombardment of populated areas by Syrian regime forces. It should be noted that, through this and similar attacks, Syrian regime forces have unequivocally violated Security Council resolutions 2139 & 2254, both of which categorically prohibit indiscriminate attacks, as well as violating the rules of international humanitarian law on distinguishing between civilians and fighters. Such attacks aim solely to spread fear and panic among civilians, drive them from their lands and homes, and forcibly displace them. It is estimated that 6.5 million people are currently internally displaced in Syria.

The international community must put pressure on the Syrian regime and its allies to compensate the displaced victims, repair the damaged homes and civilian facilities, and support a process of political transition.
"""
A['nn08_24newshd-afp-russian-strikes-idlib-latakia'] = """Russian strikes kill 10 in northwest Syria: monitor

Russian strikes on sites including a furniture workshop in northwest Syria killed 10 people and wounded 30 others, a war monitoring organisation said late Wednesday.

"The number of people killed in Idlib has risen to ten civilians including a child, due to the Russian airstrikes on Idlib countryside," the Syrian Observatory for Human Rights said.

The wounded included 14 children, the Britain-based monitor said.

Russia hit "a sawmill, a furniture workshop and an olive presser" on the outskirts of Idlib city, the Observatory said.

Syria's "White Helmets" civil defence force said its teams recovered the bodies of those killed in the Russian bombardment.

The Wednesday strikes "targeted a furniture manufacturing workshop while workers were inside, killing 10 civilians and seriously wounding 32 others," the civil defence force said.

The Russian military, which is allied with Syrian President Bashar al-Assad, has not commented on the Idlib bombardment.

About half of Idlib province and other areas are controlled by former Al-Qaeda affiliate Hayat Tahrir al-Sham (HTS).

The region is subject to a ceasefire brokered by Russia and Turkey after a Syrian government offensive in March 2020. Despite being repeatedly violated, the ceasefire is still largely holding.

Israeli air strike hits Latakia

Syrian state media said Thursday an Israeli air strike hit the coastal city of Latakia, targeting a weapons depot according to a war monitor.

"Anti-aircraft defence intercepted hostile targets above Latakia," SANA said without mentioning casualties or damage.

The news agency reported "fires were triggered by the Israeli aggression" at the entrance to Latakia, a stronghold of President Bashar al-Assad.

The government is allied to Hezbollah, which is at war with Israel in neighbouring Lebanon.
"""
A['nn09_dotw-usaid-freeze-sarmada-clinics'] = """USAID FREEZE IMPACT ON HUMANITARIAN AID IN SYRIA

11.03.2025

In the town of Sarmada in northern Syria, Dr. Mohammad Fares, Medical Coordinator of Doctors of the World Türkiye, unlocked a clinic that once bustled with patients. Now it’s empty, and shelves of medicine reduced to a few boxes of bandages and expired drugs.

This is what it looks like after the Trump administration halted U.S. foreign assistance last month. The U.S. Agency for International Development, USAID, issued stop-work orders during a 90-day review for what the administration has alleged is wasteful spending.

Fares had been working in three clinics run by Médecins du Monde, or Doctors of the World Türkiye, offering free health care to the displaced population in northern Syria.

Médecins du Monde/Doctors of the World Türkiye’s clinic in Idlib’s Sarmada used to support 16 camps in the region, assisting approximately 35,000 people. Since the aid freeze, 10 such clinics receiving USAID funding had to close, and the organization had to lay off over 200 people.

“If the support is not resumed, there will be a major disaster and serious harm to vulnerable groups,” said Fares, who heads the organization’s medical programs. “Operating costs of clinics are much lower than those of hospitals. The cessation of work in these clinics will put increased pressure on emergency hospitals and other healthcare facilities.”

This part of Syria lacks centralized government healthcare, leaving people reliant on non-profit providers and making the impact of the sudden U.S. cuts especially dire, aid workers and experts said.
"""
A['nn10_syriarevisited-idlib-christians-qunaya'] = """Idlib's Christians Between Safety and Oppression: Interview

Gregory Waters
Aug 12, 2025

Idlib’s Christian community has lived outside the control of Assad since their villages were liberated by local opposition factions in late 2012. Yet this freedom soon came with its own challenges: criminal gangs and abusive armed groups robbed and kidnapped Christians, while many Syrian and foreign fighters seized their homes and farmland. These villages then endured a brief period of ISIS rule followed by years of rule under a mix of armed factions including Jabhat al-Nusra. Finally, with the formation of the Syrian Salvation Government in 2018 and Nusra’s transformation into Hayat Tahrir al-Sham (HTS), Ahmed al-Shara’a and his chief religious advisor Sheikh Abdul Rahman Atoun began engaging with the remaining Christian families in northwest Idlib.

These meetings focused on addressing the years of violations against the community - from Free Syrian Army groups, ISIS, and Nusra itself. Gradually, between 2019 and 2023 most of the stolen homes and farmland were returned to their owners or Christian caretakers, security improved, and some public religious rites were allowed again.

The fall of Assad and HTS’s takeover of the entire country has brought renewed focus on the status of Christians under the rule of what was once a hardcore Islamist insurgent group. However, the experiences of Christian communities across Syria are extremely varied, as are the community’s opinions on the new government.

St Joseph’s Church in Qunaya.

In July, I visited the three Christian villages north of Jisr Shoughur in Idlib’s countryside.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
