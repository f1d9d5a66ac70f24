#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen12.
Kept: title (first line), standfirsts, bylines/source lines, date lines shown with the article (moved after the title where
the stored copy shows them above it), datelines, photo/map/video captions (without photo credits). Dropped: site chrome
(n01's "Article  •" label, n02's Arabic "read this in Arabic" link, n07's run-in "(AA)" credit, n08's "(AFP Photo)" credit,
n06's "/almasdarnews" image credit, n09's comment form, n10's leading "-"), the search tool's own " date YYYY-MM-DD" metadata
prefix. Stored copies that stop mid-sentence are cut at the last complete sentence. No wording changed; whitespace only
normalised (blank lines between paragraphs; n07's standfirst, caption and first paragraph, run together without spaces in the
stored copy, put on separate lines). (Method of unseen11/unseen9.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['n01_souriahouria-bbc-jabal-al-zawiya-kafrouaid'] = """Syria unrest: Jabal al-Zawiya ‘massacres’ – BBC

Publié sur Souria Houria le 21 décembre 2011

In recent days, human rights groups and opposition activists say some 200 people have been killed by Syrian security forces in the hills and villages of the north-western province of Idlib.

Most of those killed in the Jabal al-Zawiya area, 40km (25 miles) south-west of the provincial capital Idlib, have reportedly been army defectors.

In what activists say was one of the deadliest massacres of the nine-month uprising against President Bashar al-Assad, up to 70 soldiers were mown down by machine-guns on Monday after hundreds fled their positions between the villages of Kafrouaid and Kansafra.

Survivors said they had been attempting to reach Turkey, not far away to the north-west, where other defectors have formed the Free Syrian Army, a rebel group that has mounted increasingly deadly cross-border raids.

Map: Key locations in Idlib province

The state news agency, Sana, said security forces in the area had killed at least one « terrorist » and wounded several others.

On Tuesday, government forces backed by tanks reportedly launched an operation to hunt down the defectors who managed to escape.

Activists said there was fierce fighting around Kafrouaid for much of the day, as troops picked off the defectors one-by-one. They then reportedly fired on civilians trying to flee to nearby woods out of fear of detention.

The London-based Syrian Observatory for Human Rights said at least 111 had been killed in an « organised massacre ». The Local Co-ordination Committees, another activist group, put Tuesday’s death toll at 100.

Video posted online on 21 December 2011 purportedly showing young boy wounded in Jabal al-Zawiya

Activists have posted videos online purportedly showing wounded children in Jabal al-Zawiya
"""
A['n02_naharnet-khan-al-assal-police-academy'] = """Hundreds Killed in Syria Police Academy Battle, Says NGO

Hundreds of Syrian troops and rebels were killed in a week-long battle for a police academy in the northern province of Aleppo, with insurgents seizing control of most of the complex, a monitoring group said on Sunday.

"Rebels have seized most of a police academy in Khan al-Assal in Aleppo province ... after eight days of fighting that left 200 troops and rebels dead," said the Syrian Observatory for Human Rights.

The Britain-based group said at least 120 army troops were among those killed in the battle for one of the regime's last remaining bastions in the west of Aleppo province. On Sunday alone, rebels had killed more than 34 troops at the facility.

A police source in Aleppo confirmed that much of the academy had fallen into rebel hands, reporting that 40 security forces were believed dead. As many as 300 rebels were among those killed, he said.

Amateur video shot by Islamist rebels and distributed by the anti-regime Aleppo Media Center showed a black flag flying over one of the academy buildings, while a large poster of President Bashar Assad had been torn.

Another video showed rebels aboard a captured military vehicle and stashes of ammunition seized from the academy.

Elsewhere, three mortars hit an area near the army general command headquarters and a customs complex in the heart of Damascus, said the Observatory.

The heavily-guarded area housing the army command headquarters was last year targeted by a car bombing claimed by the jihadist Al-Nusra Front, and two mortar rounds hit the area on February 21.

Also on Sunday, rebels in the southern province of Daraa seized an artillery battalion in Jamla village near the armistice line with Israel, according to the Observatory said.

Earlier on Sunday, Jihadist rebels seized control of a prison in the northern Raqa province and freed "hundreds" of detainees overnight, the Syrian Observatory for Human Rights reported.
"""
A['n03_aysor-cnn-sheikh-najjar-aleppo-siege'] = """Syrian troops march toward Aleppo

10/07/2014 09:28

Syria's opposition says the once-bustling commercial capital of Aleppo might soon fall victim to a crushing siege if government troop advances continue unabated, CNN reported.

Fears of encirclement rose after the Syrian army, backed by pro-government militias, wrested control of the Sheikh Najjar neighborhood and the nearby village of Kafr Saghir, a strategic industrial area at the northeastern entrance to Aleppo city.

Government troops also advanced toward central Aleppo from the western suburbs, most of which it controls, including the Hamdaniya district along the key Damascus-Aleppo Highway.

Rebels called the defeats a strategic withdrawal and announced the formation of a 600-strong elite force to combat the escalating offensive, the opposition-run Aleppo Media Center reported.

The Syrian military is focused on capturing the Handaraat settlement, which links the opposition-controlled neighborhoods of Aleppo city with the Turkish border. If successful, the Syrian government will be in a position to besiege an estimated 300,000 civilians and isolate fighters from a vital supply line, the Aleppo Provincial Council tells CNN.

"The rebels are fortifying themselves on the edge of the city" Mohammed Wisam, a spokesman for the Aleppo Media Center told CNN, "but residents fear a siege."

Fighters from the National Defense Forces, a Syrian paramilitary group, and the Lebanese Shiite militia Hezbollah arrived in Aleppo ahead of what activists believe will be a full-scale assault on Handaraat.

"This will be the route to death," Abdul Rahman Dadam, head of Aleppo's Provincial Council, tells CNN, "The humanitarian crisis will be huge, and the civilians will pay the price."
"""
A['n04_eldorar-russian-strikes-north-hama'] = """Russia begins first air strikes on the liberated areas north of Hama

Eldorar Alshamia Editor | 30 September, 2015

ElDorar AlShamia:
Activists said on Wednesday that the Russian aviation launched the first air strikes against rebel controlled areas northern Hama countryside.

The source explained that the four warplanes belonging to the Russian base in Latakia carried out several air raids on the liberated city of Al-Lataminah countryside north of Hama, which targeted sites for the rebels and the civilian communities, and there were no information on the size of the losses, amid heavy flight in the atmosphere of the region.

In the same context warplanes carried out air raids on the villages of Tal Wasit and Mansoura in the Ghab plain western countryside of Hama.

This comes as Russia continues to mobilize its military forces in Humaimam air base near the city of Latakia, a stronghold of Syrian President Bashar al-Assad includes the crowd on helicopters and tanks, heavy artillery , armored personnel vehicles and advanced air defenses.

US officials said on Tuesday that the United States believes that Russia sent four additional planes to the air base, from Sukhoi 34, a multi-functional enjoys a variety of capacities fighter aircraft, according to "Reuters"agency.
"""
A['n05_gc4hr-raed-fares-kafranbel'] = """Syria: Human rights defender Raed Fares assassinated along with Hamoud Jneed

24.11.18

On 23 November 2018, human rights defender Raed Fares and media activist Hamoud Jneed were shot dead by unknown assailants wielding machine guns in Kafranbel, in a rebel-held area near Idlib, northwestern Syria. Fares, who founded the Kafranbel Media Centre, was well-known for his peaceful protests against the war, and for his popular “Radio Fresh” broadcasts.

The murder was premeditated because the assassins waited in a van outside the office the two men shared and then followed them before murdering them in their car.

Fares was a popular local protest leader who wrote signs in English with colourful images to attract international attention. He campaigned for education, democracy, the rights of women and children and an end to the carnage of the war. Fares, 46 years old, leaves behind three sons. His friend Jneed was a media activist and a photographer.

Fares may have been the sole intended target. A previous assassination attempt on 29 January 2014 was unsuccessful, which Fares survived with two bullet wounds in the arm and shoulder. The perpetrators were unknown but Fares' colleagues reported that he had been receiving threats from local extremist armed groups.

A CBC journalist speculated that it was the extremists that finally killed Fares. (CBC also reposted an interview in English with Fares from 2014.)

Various media reported that Fares had been kidnapped and tortured by Da’esh on more than one occasion, but fortunately released. On 28 December 2013, militants from Da’esh attacked the Kafranbel Media Centre. The Centre was also bombed by Syrian government forces.

The murders of Fares and Jneed provoked strong grief and condemnation across social media. In Kafranbel, over 2000 people reportedly attended their funeral.
"""
A['n06_syriatoday-russian-strikes-after-ceasefire'] = """Russian Aircraft Struck First Blows After Ceasefire

Russian Air Force launches first strikes over Idlib

Over the past day, the Russian Aerospace Forces have attacked the positions of militants in the Al-Dahr and Kafr Maris in the west of Idlib province. These are the first airstrikes that Russian aviation inflicted upon completion of the ceasefire agreement in Idlib.

Meanwhile, Syrian militias fired on the positions of militants in the city of Kafr Nabl, as well as in the Tarmala, Shaykh Mustafa and Rakayah in the south of Idlib province. In addition, SAA attacked opponents in the village Al- Haddadah and Tardin located in the north of Latakia province. An information center associated with Kurdish troops reports the destruction of one of the leaders of the Islamic State on the Syrian-Iraqi border in Hasaka province.

12. 09. 2019, 05:05
"""
A['n07_monitorulapararii-aa-afrin-hospital'] = """YPG/PKK attack on hospital in Syria's Afrin kills many patients

12 iunie 2021

Terrorist attack kills at least 13 civilians and injures some 27 others, says a statement by governor's office in southern Turkey.

Local officials inspect the private Shifa Hospital in the centre of the Afrin district, Syria after a YPG/PKK terror attack on the facility on June 12, 2021.

A YPG/PKK terrorist attack on a hospital in northwestern Syria killed at least 13 civilian patients and injured more than 27, according to officials in southern Turkey.
"""
A['n08_dailysabah-al-bab-missile-strike'] = """Missile strike targets Syria's al-Bab, kills 9 civilians

People gather at the sight of a reported regime bombing at a busy market in al-Bab, Syria, Aug.19, 2022.

At least nine civilians were killed and 15 others injured when a missile targeted the town of al-Bab in northern Syria on Friday, according to initial reports from the ground.

Children were among those killed in the attack, which hit a civilian-heavy part of the town. The injured were taken to hospitals by civil defense teams. Hospitals in the region called for the need for all blood groups for the treatment of the injured. There was no immediate claim of responsibility so far.

Türkiye launched Operation Euphrates Shield in northern Syria on Aug. 24, 2016, to eliminate Daesh and other terrorists and help the safe and voluntary return of Syrians to their homes.

The operation lasted 216 days and ended on March 29, 2017. During the operation, more than 2,600 Daesh terrorists were killed and 413 terrorists were eliminated. Jarablus, al-Rai, Dabiq, Qabasin and al-Bab were all liberated from terrorists.
"""
A['n09_levant24-jisr-al-shughur-market-strike'] = """Russia Strikes a Market in Jisr al-Shughur, West of Idlib, Resulting in a Massacre

Russia has escalated its airstrikes on the province of Idlib in northwestern Syria, targeting residential areas in the center of the province and a vegetable market in the city of Jisr al-Shughur.

The Syrian Civil Defense organization reported that Russian fighter jets attacked a vegetable and fruit market on the outskirts of Jisr al-Shughur early Sunday morning.

The organization indicated that there were civilian casualties as a result of the attack, stating that its teams had arrived at the scene to evacuate the dead and wounded.

According to activists, the initial toll of the airstrikes is seven dead and over 25 injuries, some of which are critical. All of the victims were traders, farmers, and civilians who frequented the market.

The Russian airstrikes also targeted the western outskirts of the city of Idlib, and according to images circulated on social media, residential buildings were hit.

Additionally, the Russian strikes reached the area of Mount Forty near the city of Ariha, as well as the outskirts of the towns of Binnin and Sarja in the Jabal al-Zawiya region, south of Idlib.

The hills of al-Kabina in the northern countryside of Latakia also experienced several airstrikes.
"""
A['n10_levantnews-tishrin-dam-clashes'] = """Continued Clashes Between SDF and Armed Factions Loyal to Ankara Around the Tishrin Dam

Clashes continue between the Syrian Democratic Forces (SDF) and armed factions loyal to Ankara in northern Syria, with renewed fighting around the Tishrin Dam after nearly a month of continuous combat.

In a statement issued today, the SDF media center confirmed that attempts to attack the Tishrin Dam had been thwarted, noting that Kurdish forces had inflicted significant losses on Turkish-backed factions across multiple fronts. The statement also mentioned the destruction of armored military vehicles and radar sites, in addition to targeting the factions' gatherings despite Turkish support through drones.

On the other hand, reports indicated that Turkish drones have been flying heavily since Sunday evening until Monday morning over the Tishrin Dam countryside, accompanied by intense artillery shelling using Grad missiles.

It is worth mentioning that armed factions launched an attack on the villages of "Aloush" and "Tel Arish" yesterday, but SDF was able to repel their assault, according to the media center.

As a result of the clashes, the Syrian Observatory for Human Rights reported over 100 casualties among the SDF and factions during Saturday and Sunday. The fighting has also intensified in the countryside of Manbij in northern Syria as Turkish forces have increased their air and ground attacks.

Since the end of November 2024, the predominantly Kurdish SDF has faced repeated attacks from Ankara-backed factions in an effort to gain control over areas in northeastern Syria, including the city of Tabqa, the center of Raqqa province, and the towns of Al-Hasakah and Maskanah west of the Euphrates River. Despite the SDF controlling all of Hasakah province and the northern eastern countryside of Deir ez-Zor, their proximity to the Turkish border raises concerns for Ankara, which has repeatedly threatened to eliminate the SDF unless they relinquish their weapons.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
