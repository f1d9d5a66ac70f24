#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen36.
Kept: title (first line), standfirsts, second headline lines, bylines, datelines, date lines shown with the article,
sub-headings, photo captions (without photo credits), agency signatures. Dropped (site chrome): rr01's duplicated photo
caption (the page shows it twice, once as image text followed by the credit "Reuters"; kept once, without the credit);
rr02: nothing (the stored page is the article only); rr03: nothing; rr04's section label "Middle East" above the title and
the first, truncated copy of the photo caption ("... as they remove it from the rubble…"; the full caption is kept);
rr05's site header date ("Sunday, May 19, 2024", the day the page was stored, not the article's date), breadcrumb
("HomeNewsAttacks on Civilian Facilities" and the truncated title after it) and the "Related News" block (three other
items); rr06's section label "WORLD" and the photo credit " / Photo: AA Archive" after the caption; rr07's "Skip to main
content", the reading-time label "2 min read" and the photo credit "[Getty]" after the caption; rr08: nothing (the
repeated headline above the date line, the editor's initials "A-H" and the agency signature "ANHA" are kept as shown);
rr09's second copy of the photo caption and the photo credit "(Photo: AFP)"; rr10: nothing. The search tool's own
" date YYYY-MM-DD" metadata prefix is not part of any text. Stored copies that stop mid-sentence are cut at the last
complete sentence: rr01 (before "Syria's northwest corner, i"), rr04 (before "Bordering"), rr05 (before "The international
community must pressure ... support the political tran"), rr06 (before "The Syrian regime and its allies, however, have
consistently broken the terms of the cease-fire, launching frequent attacks inside"), rr09 (before "His appointment
signals ... affiliated with the former"), rr10 (before "According to humani"). rr02, rr03, rr07 and rr08 end at a
sentence end as stored (and may be whole). No wording changed (typos and spellings kept: "Marratinnuman", "Bicgas",
"Bdeite", "Kafranbil", "Headquarter", "They added said", "ofresidential", "Heidar", "SPHR"); whitespace only normalised
(blank lines between paragraphs, trailing spaces removed; the spaces inside rr08's date line "19 August 2024   14:41" are
kept). (Method of unseen34.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['rr01_trtworld-regime-shells-south-idlib-returns'] = """Syrian regime targets south Idlib amid return of displaced residents

The Syrian Observatory for Human Rights reported "around 3,000 people" returned to the northern Hama and the southern Idlib countryside from other areas under regime control.

A Syrian regime soldier holds a Syrian flag as he stands on a military vehicle in Khan Shaykhun, Idlib. August 24, 2019

Syrian regime troops shelled the south of Idlib on Sunday, according to rescuers and residents in the rebel stronghold where a ceasefire had halted a fierce army offensive two weeks ago.

Artillery fire battered Maarat al Numan town and nearby villages in the south Idlib countryside over the past two days, after warplanes struck there on Thursday.

A rebel official said fighters were on high alert and had reinforced the frontlines. "We are responding directly by targeting the positions from where the shells are fired," said Naji Mustafa of the National Liberation Front opposition force.

The fighting is taking place as some displaced Syrians are returning to the areas they previously fled.

"Thousands of citizens return to their villages and towns of the northern Hama countryside and the southern Idlib countryside," state news agency SANA said.

The Syrian Observatory for Human Rights, a Britain-based monitor, reported "around 3,000 people" going home from other areas under regime control.

Since August 31, a ceasefire announced by regime backer Russia has largely held in northwestern Syria, though the Observatory has reported sporadic bombardment.

State media said the returns came amid "government efforts to return the displaced to their towns and villages".

The Idlib region of around three million people, many of them displaced by fighting in other areas, is one of the last holdouts of opposition to forces backing regime leader Bashar al Assad.
"""
A['rr02_ummnews-memo-aa-bara-belyun-strikes'] = """Syria: Airstrikes by Assad regime, Russian kill 19 civilians in Idlib

09 Dec 2019; MEMO: Russian and Syrian regime fighter jets on Saturday struck what is supposed to be a cease-fire zone in northwestern Syria, leaving at least 19 civilians dead, according to the opposition aircraft observatory, reports Anadolu Agency.

The observatory said Russian jets struck settlements in villages in Idlib, Syria in the southern Marratinnuman district, while regime forces mounted air and ground attacks on the town of Kafranbil and other local villages.

According to Syrian opposition Civil Defense (White Helmets), Russian jets killed four civilians in the village of Al-Bara and eight in the marketplace in the village of Belyun.

Regime airstrikes also left one civilian dead in the village of Bicgas, five others dead in the village of Bdeite, and one dead in the marketplace in the village of Tel Mennis.

Many civilians were also reported wounded in the airstrikes, and children were among those killed. The wounded civilians were taken to nearby health facilities with the White Helmets’ help.

Notably, in the village of Bara, Russian jets struck a school, mosque, and bakery.

With bombardments ongoing, it is feared the death toll will rise.

In the past week alone, regime and Russian aggression has caused up to 25,000 Syrians to flee to regions near the Turkish border.

Since Moscow and Ankara reached a deal in September 2018, over 1,300 civilians have been killed in the Idlib de-escalation zone. Also, since that time, over a million Syrians have moved near the Turkish border following intense attacks.
"""
A['rr03_syrializm-army-responds-hama-idlib'] = """The Syrian army responds to an attack by terrorist groups on its positions in Idlib in response to an attack on the positions of government forces

On Sunday, the Syrian army targeted locations of armed factions in the governorates of Hama and Idlib in response to an attack launched on Saturday by government forces.

The Syrian army targeted “locations of terrorists in the rural west Hama and southern Idlib”, and directly hit them, in response to their attacks on points and their violation of the ceasefire agreement in the de-escalation zone.

A field source that the Syrian army units operating in the northwestern countryside of Hama and southern Idlib had targeted artillery fire from the artillery points and movements of al Sham Liberation Headquarter “Al Nusra Front” terrorist groups in the villages of Mansoura, Qalidin, and al Hamidiya in the western countryside of Hama, and in the villages of al Barah, Flaifel, and Fatira in Jabal al Zawiya in Southern Idlib countryside, with direct hits.

The Hmeimim Center for Reconciliation of the Warring Parties in Syria, which is affiliated with the Russian Ministry of Defense, announced on Saturday evening that the Syrian army repelled an attack by about 250 armed men, organized by the al Sham Liberation Headquarter “Al Nusra Front” on sites of government forces in Idlib province, and managed to neutralize 8 of the attackers.
"""
A['rr04_voa-afp-ehsim-sarja-shelling'] = """Syria Regime Fire Kills 7 in Rebel Bastion, Monitor Says

By Agence France-Presse
July 18, 2021

Members of the Syrian Civil Defence (White Helmets) cover the body of a woman with a blanket, as they remove it from the rubble of a house hit by regime artillery fire in the village of Ehsim, Syria, July 18, 2021.

EHSIM, SYRIA - Syrian regime artillery fire killed seven civilians including three children in the country's last major rebel bastion of Idlib, a Britain-based war monitor said Sunday.

The shelling hit in the village of Ehsim late Saturday, in the south of the Idlib region, the Syrian Observatory for Human Rights said.

A family member told AFP that visitors had gathered to congratulate a male relative on getting married when the shelling struck their home.

Earlier in the day, rockets fired by pro-government forces killed six civilians in the village of Sarja, including three children and a rescue worker, meaning at least 13 were killed in total in Idlib on Saturday.

The shelling in Ehsim came hours after President Bashar al-Assad took the oath of office for a fourth term, pledging to "liberate" areas still beyond government control.

The deaths are the latest violations of a ceasefire deal agreed by rebel backer Turkey and government ally Russia in March 2020 to stem a regime offensive on the jihadist-dominated stronghold.

An AFP photographer in Ehsim saw rescue workers under floodlights cut through a collapsed ceiling to retrieve the body of a woman.

Bundling her body up in a blanket, they then gently lowered it down a ladder and carried it into an ambulance.

The Observatory said she was among four women and three girls killed in the bombardment.
"""
A['rr05_snhr-afes-market-shelling'] = """Syrian regime forces killed two civilians in shelling of a market east of Idlib on February 27

Two civilians, Hussein Aboud al Aboud and Ismail Farzat Mas’oud were killed, and two others, one of them a teacher, were wounded in Syrian regime forces’ artillery shelling of the main market in the center of Afes village in the eastern suburbs of Idlib governorate, on February 27, 2022. The shelling also severely damaged several shops and market facilities.

SNHR notes that the village’s main market has been almost empty recently as most of the village residents were displaced as a result of previous military operations by the Syrian-Russian alliance in the region.

Through this bombardment, Syrian regime forces have unquestionably violated UN Security Council Resolutions 2139 and 2254, which prohibit arbitrary attacks, as well as willfully disregarding international humanitarian law concerning the distinction between civilians and combatants. Such actions also contribute to spreading further fear amongst civilians, uprooting them from their homes and lands and forcing them into displacement, with the number of IDPs in Syria now reaching around 6.5 million Syrian citizens.
"""
A['rr06_trtworld-aa-attacks-idlib-displace-thousands'] = """Regime, allies attacks on Syria's Idlib displace thousands

In the span of just one week, 6,382 civilians have been displaced from their homes, with a total of 22 civil service centres, including health facilities and schools, being targeted in the attacks.

As a result of the attacks, a wave of migration has occurred from the villages.

September 7, 2023

The Syrian regime army, Iran-backed terrorist groups, and Russia have carried out over 1,400 attacks in Syria's Idlib and its surrounding areas over the past week, forcing more than 6,000 civilians to flee their homes.

According to the Syrian opposition, the regime and Iran-backed terrorist groups targeted villages in the south of Idlib at least 1,360 times using ground-to-ground weapons.

Simultaneously, Russian warplanes conducted 46 air strikes in these regions, it added.

Al Fatira, Kafr Aweed, Kansafra, Baynin, Al Bara and Balion villages in the south of Idlib and Kafr Tal and Sahara villages in the western countryside of Aleppo are among the most targeted settlements.

Mohammed Hallaj, the director of the Syria Emergency Response Coordinator, told Anadolu that five civilians were killed and 10 others injured in the attacks.

Hallaj emphasised that in the span of just one week, 6,382 civilians have been displaced from their homes, with a total of 22 civil service centres, including health facilities and schools, being targeted in the attacks.

New wave of migration

As a result of the attacks, a wave of migration has occurred from the villages of Kansafra, Balion, Al Bara, and Kafr Aweed to the northern regions of Idlib.

In September 2018, Türkiye and Russia agreed to turn Idlib into a de-escalation zone where acts of aggression are expressly prohibited.
"""
A['rr07_newarab-darat-izza-kabashin-shelling'] = """Syrian regime shelling kills 6 civilians in Aleppo province

Syrian regime shelling kills six civilians in rebel-held areas of Aleppo province

01 January, 2024

Artillery and rocket attacks by the Syrian regime kill six and injure 11 in Darat Izza and surrounding villages in Aleppo province.

Several towns in the eastern Idlib countryside suspended schools on Monday as a result of the attacks.

Six civilians were killed and 11 others were injured, including two children, an infant, and two women, by artillery and rocket shelling by the Syrian regime on Monday.

According to the Syrian Civil Defence, also known as the White Helmets, the shelling targeted the rebel-held town of Darat Izza and the villages of Kabashin and Burj Heidar in the west of Aleppo province.

The White Helmets' media office said that three deaths occurred in Darat Izza, two in the village of Burj Heidar, and one in Kabashin village.

They added said that some of the injuries were critical and reported that rescue and ambulance teams were finding it difficult to reach the injured due to the continued intense regime shelling ofresidential areas and roads.

According to a post by the White Helmets on social media, the shelling in the city of Darat Izza targeted a public electricity utility, the city's bakery, mosque, market, and civilian homes.

Several towns in the eastern Idlib countryside suspended schools on Monday as a result of the regime attacks.

On Sunday evening, Syrian regime forces targeted residential neighbourhoods and popular markets in the city of Idlib, injuring eight civilians, including three women and two children, according to the Syrian Civil Defense.

The Syrian Network for Human Rights said in its annual report that 1032 civilians were killed in Syria in 2023, including 181 children, 150 women, and 57 individuals, due to torture.
"""
A['rr08_hawar-shirawa-bineh-drone-strike'] = """4 citizens injured by Turkish occupation shelling

Four citizens were injured in a drone strike by the Turkish occupation army on the Shirawa countryside, part of Afrin and Shahba Canton in the North and East Syria region.

4 citizens injured by Turkish occupation shelling
19 August 2024   14:41
SHAHBA

The village of Bineh in the Shirawa countryside was shelled by the Turkish occupation army and its mercenaries with artillery.

Amid the ongoing ground shelling, a drone belonging to the Turkish occupation army and its mercenaries targeted a car in the village, belonging to a citizen from Kafr Naya, nicknamed "Abu Zakour," resulting in his injury.

As locals rushed to the site of the targeted car, the drone struck again, injuring three more people.

According to hospital records in Tal Rifaat, the injured are: Haidar Mohammed (45 years old), Yousef Al-Aaraj (27 years old), and Mustafa Rifaat Sheikho (28 years old).

The ground shelling is still ongoing, with Turkish occupation drones heavily flying over the area.

A-H

ANHA
"""
A['rr09_kurdistan24-arza-hama-gunmen'] = """Syria’s Alawite Community Under Attack as Gunmen Kill Ten in Hama

According to the observatory, the attack took place in the village of Arza in northern Hama, where gunmen carried out an execution-style massacre, using “silenced firearms” to target residents.

This aerial photograph shows a partial view of the central Syrian city of Hama on Jan. 25, 2025.

Feb. 1, 2025

ERBIL (Kurdistan24) – At least ten people were killed late Friday when armed assailants stormed a village inhabited by Alawites in Syria’s central Hama province, the Syrian Observatory for Human Rights (SPHR) reported on Saturday.

According to the observatory, the attack took place in the village of Arza in northern Hama, where gunmen carried out an execution-style massacre, using “silenced firearms” to target residents.

The victims were all civilians from the Alawite sect, the same religious minority as ousted Syrian President Bashar al-Assad.

The killings come amid a surge in revengeful violence following the overthrow of the Syrian government by Hayat Tahrir al-Sham (HTS), a hardline Islamist faction that has since taken control of the country.

The group's fighters have been conducting a series of punitive actions against former intelligence operatives and Assad loyalists.

The incident has heightened fears among Syria’s minority communities, particularly the Alawites, who worry about the potential for large-scale reprisals at the hands of HTS militants.

Concerns over sectarian violence have escalated as the group consolidates its authority.

Meanwhile, Syria’s new ruling coalition has named HTS leader Ahmed al-Sharaa as the head of the country’s transitional government for a four-year term.
"""
A['rr10_northpress-nayrab-war-remnants-explosion'] = """Death Toll Rises to Seven in Syria’s Idlib Explosion Caused by War Remnants

By Kardo Roj

IDLIB, Syria (North Press) – The death toll from an explosion caused by unexploded ordnance in rural Idlib, northwestern Syria, has risen to seven, local sources reported on Thursday.

According to eyewitnesses and local activists, the blast occurred inside a residential building in the town of Nayrab, east of Idlib, resulting in the complete collapse of the structure. Rescue teams from the Syrian Civil Defense, also known as the White Helmets, have been working tirelessly to search for survivors trapped under the rubble.

The explosion, believed to have been triggered by war remnants from previous battles in the region, highlights the persistent danger posed by unexploded ordnance (UXO) in conflict-affected areas.

Civil defense teams rushed to the scene, navigating through the debris in search of any remaining survivors. A spokesperson for the White Helmets stated, “We fear that the death toll may rise further as we continue to remove rubble and locate missing individuals.”

Videos circulating on social media showed extensive destruction, with emergency workers using specialized equipment and their hands to sift through the collapsed structure. The spokesperson emphasized the urgent need for demining efforts in Idlib and other war-torn areas to prevent similar tragedies.

Idlib, the last major stronghold of opposition forces in Syria, has witnessed years of intense fighting between government forces and rebel factions. As a result, large swathes of the province remain littered with unexploded bombs, landmines, and other hazardous war remnants.

The Syrian war, now in its 14th year, has left behind a deadly legacy of unexploded ordnance, posing an ongoing risk to civilians, especially in areas that have seen heavy bombardment. Despite local and international efforts to clear these explosives, the sheer scale of contamination remains a formidable challenge.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
