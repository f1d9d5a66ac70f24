#!/usr/bin/env python3
"""Writes articles/*.txt for unseen22: the article text of each stored page (search tool, corpus `pages`) as kept.
Kept: title (first line), standfirst, bylines, datelines, date lines shown with the article, photo captions (without
photo credits), subheadings. Dropped: site chrome (c02's "Middle East" section label and the caption credit
"(AFP PHOTO/Tauseef MUSTAFA)", c04's "Print Edition | Subscribe" links, c05's caption credit "(Source: Pavel
Kazachkov/flickr)", c06's site-header date "Sun October 07, 2018" and "World" label, c08's "Click to see full-size map"
and its list of related-post links, c09's "Powered by automated translation" and the caption credit "AFP", c10's
menu/social buttons "Close newsletters Newsletters X Instagram Youtube", the "Photo BigPhoto" labels, the repeated copy
of each caption and the credits "(AFP Photo)" / "(AA Photo)"). The search tool's own " date YYYY-MM-DD" metadata prefix is
not part of any text. Stored copies that stop mid-sentence are cut at the last complete sentence (c02, c03, c06, c09,
c10). No wording changed; whitespace only normalised (blank lines between paragraphs). Method of unseen14."""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['c01_abc-idlib-city-captured'] = """Syrian troops capture key city of Idlib

Updated March 15, 2012 14:33:32

Syrian forces have seized control of the north-western city of Idlib, after pounding the rebel stronghold with artillery for four days.

The capture comes a day after an Amnesty International report detailed claims of torture by Syrian troops, and two weeks after the fall of rebel stronghold Baba Amr.

Rebel troops in Idlib fled the city, which has been a stronghold of the Free Syrian Army (FSA) for weeks, as government soldiers closed in.

Idlib lies close to the border with Turkey - an area where the Syrian regime is accused of planting landmines to stop refugees fleeing.

"Since last night there has been no more fighting," activist Noureddin al-Abdo said.

"The FSA preferred to withdraw because everyone knows it cannot resist the army."

Activists inside Idlib say security forces are now carrying out house to house searches.

Mr Abdo says residents who have not managed to flee are hiding in their homes, "fearful that security forces will break in" and make arrests.

"Those who escaped did so by night to avoid the snipers," he said.

The army launched its assault on the rebellious province on Saturday, bombarding the city and outlying regions in a bid to root out armed insurgents.

Two weeks after regime forces stormed the Baba Amr rebel stronghold in the city of Homs following a month-long blitz that activists said left hundreds dead.

Similar military operations have continued elsewhere in Syria.

In Daraa, near the Jordanian border, at least 20 people were reportedly killed by regime forces. Most were civilians, but several were defected soldiers.

'This is not a movie'

As the bloodshed continues, activists have released a mock movie trailer which they hope will draw worldwide attention to the crisis in Syria.

Titled This Is Not A Movie Trailer!, the video features scenes of the fighting in Syria, along with dead bodies and mourning civilians, with a Hollywood trailer-style voiceover.
"""
A['c02_dailystar-maaret-al-numan-seized'] = """Rebels seize key town near Aleppo

Syrian rebel fighters patrol during clashes against Syrian government forces in the Saif al-Dawla district of the northern city of Aleppo on October 9, 2012.

BEIRUT: Syrian rebels seized a key town in the northwest Tuesday, in a move that was expected to slow the regime’s efforts to break a stalemate in the metropolis of Aleppo.

The rebel advance on the town of Maaret al-Numan in the governorate of Idlib came as the regime said its troops entered the rebel-held neighborhood of Khaldieh in Homs, although activist groups denied that government forces had overrun the district.

The rebel battalions overran Maaret al-Numan, located on the highway linking Damascus with Aleppo, after a fierce 48-hour gunbattle and heavy shelling, the Britain-based Syrian Observatory for Human Rights said.

“This is a strategic location on the route from Damascus to Aleppo. All the regime reinforcements headed to Aleppo must pass through Maaret al-Numan,” it added.

“This is your tank, O Bashar!” a group of about 20 rebels shouted in a video posted by activists online as they fired off celebratory gunfire at a captured army checkpoint.

Rebels have released a series of videos detailing the battle for Maaret al-Numan, as well as the taking of nearby villages of Bdama and Khirbet al-Joz, which they say will bolster their control over areas bordering Turkey.

The rebels’ seizure of the Maaret al-Numan came as government soldiers moved into Homs, farther south on the same highway, in a bid to finish off insurgents in the central city and free up forces for northern battle zones.

While pro-opposition websites acknowledged that the army entered part of the neighborhood, the Observatory said Khaldieh remained in rebel hands, although fighting was intense.
"""
A['c03_scmp-cilvegozu-car-blast'] = """Car blast kills at least 10 on Turkey-Syria border

PUBLISHED : Monday, 11 February, 2013, 11:35pm
UPDATED : Tuesday, 12 February, 2013, 12:28am

At least 10 people were killed and dozens wounded when a car exploded on Monday near the border between Turkey and Syria, officials said, although the cause was not immediately clear.

A Syrian-registered car is believed to have been at the centre of the blast in a buffer zone at the frontier, a foreign ministry official told reporters, adding that the likelihood of it being a terrorist attack was “51 per cent”.

The official said the dead included four Turks and six Syrians.

Dozens of ambulances were dispatched to the scene at the Cilvegozu border crossing near the Turkish town of Reyhanli in the southern province of Hatay.

The official said the blast that happened barely 40 metres into the buffer zone from the Cilvegozu crossing triggered a fire that damaged around 15 humanitarian aid vehicles.

“There are up to 50 wounded people, so the number of dead could go up,” the official said.

Television footage showed plumes of smoke rising from the parking lot and body parts could be seen scattered across the site.

Another Turkish foreign ministry official said the explosion did not appear to have been caused by a mortar but that a suicide bomber might have been involved in the blast that smashed apart the gates at the crossing, opposite Syria’s Bab al-Hawa post.

“It is too early to make a conclusion as the enquiry is still going on,” the official told reporters on condition of anonymity.

The car was believed to have been parked at a crowded lot filled with trucks ready to leave for war-torn Syria with humanitarian supplies, he added.

The explosion comes after a suicide bomber attacked the US embassy in Ankara on February 1, killing a Turkish security guard and wounding three others.
"""
A['c04_straitstimes-idlib-market-strikes'] = """Market in Syrian city hit by 'Russian warplanes'

BEIRUT • Air strikes believed to have been carried out by Russian warplanes killed scores of people in the centre of the rebel-held city of Idlib in north-west Syria, rescue workers and residents said.

They said at least six strikes had hit a busy marketplace in the heart of the city, several government buildings and residential areas yesterday. Rescue workers said they had confirmed 43 dead, adding that at least 30 more bodies had been retrieved but had yet to be identified.

"There are a lot of corpses under the rubble," said civil defence worker Yasser Hammo, adding that he, his colleagues and volunteers were still pulling bodies out.

Russia began a major aerial campaign on Sept 30 in support of Syrian President Bashar al-Assad, its ally, who earlier in the year had suffered a series of setbacks including the loss of Idlib province.

Moscow said it targets Islamic State in Iraq and Syria militants. Rebels and residents, however, said it is causing hundreds of civilian casualties through indiscriminate bombing of areas well away from the front lines.

Residents said they distinguish Russian planes that fly at high altitudes in sorties from Syrian helicopters, which mainly drop indiscriminate barrel bombs at much lower heights.

A coalition of Islamist rebels took Idlib city, the capital of a north-western province of the same name, earlier this year. It had previously been largely spared by Russian warplanes.

A version of this article appeared in the print edition of The Straits Times on December 21, 2015, with the headline 'Market in Syrian city hit by 'Russian warplanes''.
"""
A['c05_blouinnews-mi8-shot-down-idlib'] = """Russian chopper shot dead in Syria’s Idlib province

Aug 01, 2016, 7:50 AM EDT

Russia's Mi-8 aircraft

The Russian defense ministry said that one of the country’s Mi-8 transport aircraft was shot down in Syria’s Idlib province on Monday. The helicopter, carrying five people, was on its way to back to Russia's main air base in the western province of Latakia after delivering humanitarian aid to the city of Aleppo. The crash site is about 40km from rebel-held parts where opposition fighters have launched a major offensive to break a government siege.

It remained unclear which group downed the helicopter, writes the BBC. Pictures circulated on social media showed gunmen gathered at the crash site, with charred wreckage and bodies lying around.

Russia’s defense ministry said that two officers and three crew members were present in the helicopter when it was struck, notes Reuters. Russia, a close ally of Syrian President Bashar al-Assad, has been assisting pro-government forces with air strikes on rebels.

This is the deadliest assault on the Russian military since it began its operations in Syria, reports Deutsche Welle. Recently, the U.S. and Russia agreed to share intelligence for coordinating air strikes in Syria amid renewed international push to bring warring sides back to negotiation tables.
"""
A['c06_thenews-reuters-heavy-weapons-withdrawal'] = """Syrian rebels start to withdraw heavy weapons from Idlib

REUTERS
October 7, 2018

BEIRUT: Two Turkey-backed Syrian rebel officials told Reuters that rebel groups on Saturday began to withdraw heavy weaponry from a demilitarized zone agreed by Turkey and Russia in northwest Syria.

"The process of withdrawing heavy weapons began this morning and will continue for a number of days," a rebel group commander told Reuters.

The official said the Turkey-backed National Front for Liberation (NFL) rebel alliance will extract its heavy weaponry - such as rocket launchers and artillery vehicles - and bring it 20 km from the contact line between insurgents in Syria’s rebel-held Idlib province and government forces.

"Light and medium weapons and heavy machine guns up to 57 mm will remain in place," the official said.

Under the deal agreed last month between Turkey and Syrian President Bashar al-Assad’s key ally Moscow, "radical" rebels will be required to withdraw by the middle of this month from the demilitarisation zone. The agreement halted a threatened Syrian government offensive.

The United Nations had warned such an attack would create a humanitarian catastrophe in the Idlib region, home to about 3 million people.

The main Jihadist group in the Idlib area, Tahrir al-Sham, has yet to say whether it will comply with the agreement.

The buffer zone, agreed last month between rebel backer Ankara and government ally Moscow, aims to separate regime fighters from the myriad rebel and jihadist forces of the Idlib region.

The accord, reached on September 17, aims to stave off a massive regime assault on the last major rebel bastion by creating a 15 to 20-kilometre buffer zone ringing the area.

All rebels in the demilitarised zone must withdraw heavy arms by October 10, and radical groups must leave by October 15.
"""
A['c07_panarmenian-tal-malah-hilltop'] = """Syrian army storms key hilltop to reopen supply line in Hama

June 28, 2019 - 10:51 AMT

PanARMENIAN.Net - Just one day after several failed attacks by the militants in northwestern Hama, the Syrian Arab Army took the initiative and stormed the key hilltop of Tal Malah, Al-Masdar News reports.

Led by the Tiger Forces, the Syrian Army began the day by storming the Jaysh Al-Izza’s defenses at the western axis of Tal Malah and the nearby town of Jibeen.

Thus far, no advances have been reported by the Syrian Arab Army.

The primary goal of recapturing Tal Malah and Jibeen has to do with reopening the imperative roadway that links the two government strongholds of Mhardeh and Al-Sqaylabiyeh.

Earlier this month, Hay’at Tahrir Al-Sham and Jaysh Al-Izza launched a surprise attack on Tal Malah and Jibeen, resulting in the subsequent capture of these sites.

The militant assault on these sites caught the Syrian Army off guard as they were primarily concentrated on the Kafr Naboudeh front.
"""
A['c08_uprootedpalestinians-m5-towns-captured'] = """SYRIAN ARMY CAPTURES THREE TOWNS ALONG M5 HIGHWAY FROM HTS

Posted on February 9, 2020 by martyrashrakat

On February 9, the Syrian Arab Army (SAA) captured three towns located along the M5 highway from al-Qaeda-affiliated Hay’at Tahrir al-Sham (HTS) and its allies.

Army units stormed the towns, Barqum, al-Zarbah and al-Salehiyah, in the early morning. The towns were fully secured within a few hours.

The SAA began advancing along the M5 highway a day earlier after liberating the town of al-Eis. The army captured many towns north and south of the highway in a matter of hours.

HTS and its Turkish-backed allies are reportedly withdrawing their militants from the remaining part of the M5. This reflects the terrorist groups desperation.

The army is now 14 km away from securing the entire highway, which links the capital, Damascus, with the northern city of Aleppo.
"""
A['c09_thenational-ain-shib-strikes'] = """Russian air strikes kill two civilians in rebel-held Idlib

Woman and children were also injured in the strikes on a water station in the north-western Syrian province

A house damaged by Russian air strikes on the western outskirts of Idlib.

At least two civilians were killed when Russian air strikes hit an abandoned water pumping station in Syria's rebel-held north-west, rescuers said on Wednesday.

Two men were killed in the attack, while five other people – including a woman and two children – were injured, a volunteer from the White Helmets rescue group said.

It comes amid a sharp increase in attacks by Moscow.

The attack targeted the pumping station near Ain Shib, west of Idlib, where the civilians had been living.

It comes amid a recent increase in Russian strikes on the Idlib region, swathes of which are controlled by Hayat Tahrir Al Sham, once affiliated with Al Qaeda.

Recent regime and Russian strikes in Idlib and fighting in the restive southern region of Deraa have marked the worst violence to hit Syria in recent years.

Russian forces also hit Ariha, south of Idlib, in overnight strikes, according to the Syrian Observatory for Human Rights, which reported that three HTS members were killed in a Russian strike on a rebel base earlier on Tuesday.

Five civilians were also reported wounded.

Russia is a firm supporter of Syrian President Bashar Al Assad and his regime, and has helped the government consolidate territorial gains and reclaim most of the country from rebel groups.

It killed 13 HTS fighters in strikes on the outskirts of Idlib on Monday, while three civilians were killed in an August 5 strike.

Moscow has also used its veto powers at the UN to block vital aid to millions of people in north-western Syria.

It vetoed a nine-month extension to UN aid deliveries through the Bab Al Hawa crossing in July, leaving the fates of millions of civilians uncertain.
"""
A['c10_turkiyetoday-aleppo-sdf-ceasefire'] = """Syrian forces, SDF reach ceasefire in Aleppo after deadly clashes

A member of Syrian security forces stands guard outside a polling station where members of Syrian local committees have been casting their votes, in Damascus, Oct. 5, 2025.

October 07, 2025 09:03 AM GMT+03:00

Syrian government forces and the terrorist group YPG-led SDF agreed to a ceasefire in Aleppo on Tuesday, state media reported, after tensions escalated into deadly bombardments that killed at least two people and wounded 25 civilians.

At least one member of Syria's security force and a civilian were killed late Monday in SDF's bombardments on Aleppo, Syrian state television reported. Interior Ministry spokesperson Nureddin al-Baba said 25 civilians were wounded in the attacks, and one journalist sustained minor injuries.

The ceasefire agreement covers the Sheikh Maqsoud and Ashrafieh neighborhoods, both of which are occupied by the SDF. A security official told the state news agency SANA that the agreement had taken effect, though no further details were provided.

People visit the Aleppo Citadel, one of Syria's important historical structures, in Aleppo, Syria, on September 27, 2025.

How did fighting begin in Aleppo?

Clashes began on Monday morning when snipers deployed by the SDF in the Sheikh Maqsoud and Ashrafieh districts targeted security checkpoints controlled by the Interior Ministry.

Fighting intensified through the evening as mortar and artillery fire hit residential areas adjacent to the two neighborhoods, forcing dozens of families to flee their homes.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
