#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen4.
Kept: title (first line), date lines / datelines shown as part of the article, captions. Dropped: navigation,
byline-only lines, photo credits, 'Check Also'/'SOURCE:'/ENDS trailers, HTML anchor markup (anchor text kept).
Stored copies that stop mid-sentence are cut at the last complete sentence. No wording changed."""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['x01_yalibnan-afp-maarat-helicopter'] = """Syrian rebels shoot down helicopter in Idlib

Rebels downed a helicopter on Wednesday as troops fought to take back a key Syrian town, a watchdog said, as international peace envoy Lakhdar Brahimi warned the conflict risks setting the region ablaze.

Fighting for control of the Damascus-Aleppo highway raged around the northwestern town of Maaret al-Numan even as Brahimi appeared to have won tentative support for a ceasefire proposal.

Brahimi, the UN and Arab League envoy, warned of the conflict spreading in the Middle East as he visited neighbouring Lebanon, the latest leg of a regional tour aimed at ending more than 19 months of bloodshed.

\u201cThis crisis cannot remain confined within Syrian territory,\u201d the veteran troubleshooter told reporters in Beirut.

\u201cEither it is solved, or it gets worse \u2026 and sets (the region) ablaze. A truce for (the Muslim holiday of) Eid al-Adha would be a microscopic step on the road to solving the Syria crisis.\u201d

Brahimi called this week for a temporary ceasefire in Syria during the four-day Eid al-Adha holiday starting on October 26.

\u201cThe Syrian people, on both sides, are burying some 100 people a day,\u201d he said on Wednesday.

\u201cCan we not ask that this toll falls for this holiday? This will not be a happy holiday for the Syrians, but we should at least strive to make it less sad.

\u201cIf the Syrian government accepts, and I understand there is hope, and if the opposition accepts,\u201d a truce would be a step \u201ctowards a more global ceasefire,\u201d said Brahimi.

The Syrian conflict began in March 2011 with pro-reform protests inspired by the Arab Spring uprisings.

It has since transformed into a civil war pitting mainly Sunni rebels against President Bashar al-Assad\u2019s regime, which is dominated by his minority Alawite sect, an offshoot of Shiite Islam.

At times it has also spilled over into neighbouring countries, including Lebanon and Turkey.
"""
A['x02_peninsula-kasab-samra-coast'] = """Syria fighters capture village on Mediterranean coast

26 Mar 2014 - 4:09

A rebel fighter checks a launcher near the village of Kasab and the border crossing with Turkey, in the northwestern province of Latakia.

BEIRUT: Islamist rebels captured a village on Syria\u2019s Mediterranean coast for the first time and battled to hold territory abutting the nearby Turkish border taken from President Bashar Al Assad\u2019s forces, activists said yesterday.
Video footage showed six fighters holding the black banner of the Ansar Al Sham brigade on a rocky beach, a symbolic rebel victory in the coastal province of Latakia that has been an Assad stronghold throughout three years of conflict.
\u201cThis is the first area of coast in Syria to be liberated,\u201d said an activist who used the name Abu Bakr, referring to the beach and nearby village of Samra.
Latakia and neighbouring Tartous provinces together form the Mediterranean heartland of Assad\u2019s minority Alawite faith and have remained loyal to him as he battles mainly Sunni Muslim rebels in a civil war which has killed more than 140,000 people.
After months of setbacks in central Syria, Islamist rebels launched an offensive on Friday into the Latakia region, taking the border crossing and the Armenian Christian village of Kasab.
Since then, Assad has sent army and militia reinforcements, backed by air power, to repulse the rebels, leading to heavy fighting across the strip of territory along the Turkish border.
The Syrian Observatory for Human Rights said 14 pro-Assad fighters and six rebels \u2014 mostly foreign jihadis \u2014 were killed yesterday fighting for a strategic hilltop close to Kasab. Seventy-five wounded rebels were taken for treatment in Turkey.
The ferocity of the fighting highlights the significance which Assad \u2014 one of whose cousins, Hilal, a militia commander, was killed near Kasab on Sunday \u2014 attaches to repelling the rebel thrust.
"""
A['x03_ap-gcpea-hass-school-strike'] = """UNICEF says school attack a potential war crime

AP, October 27, 2016

BEIRUT (AP) \u2014 The U.N. Children\u2019s agency called the airstrikes in Syria\u2019s rebel-held northern Idlib province a day earlier an \u201coutrage,\u201d suggesting it may be the deadliest attack on a school since the country\u2019s war began nearly six years ago. The attack, according to UNICEF, killed 22 children and six of their teachers.

A series of airstrikes in the village of Hass around midday Wednesday hit a residential compound that houses a school complex as children gathered outside. The Syrian Civil Defense first responder team and the Britain-based Syrian Observatory for Human Rights said Thursday the airstrikes killed at least 35, most of them children. Initially, the estimated death toll was 22.

The Observatory put the death toll among children at 16 children and five women. It was not immediately possible to reconcile the two figures, but divergent death tolls are not uncommon in a conflict-torn Syria that has been largely inaccessible to international media for over two years.

UNICEF and the Civil Defense said the death toll is likely to rise, as rescue efforts continue. The civil defense said there were two schools in the area hit with 11 airstrikes around midday.

UNICEF Executive Director Anthony Lake called the airstrikes an \u201coutrage.\u201d He added if found to be deliberate, the attacks would be considered a war crime.

\u201cThis latest atrocity may be the deadliest attack on a school since the war began more than five years ago,\u201d Lake said in a statement. \u201cWhen will the world\u2019s revulsion at such barbarity be matched by insistence that this must stop?\u201d

Idlib is the main Syrian opposition stronghold, though radical militant groups also have a large presence there. It has regularly been hit by Syrian and Russian warplanes as well as the U.S.-led coalition targeting Islamic State militants.
"""
A['x04_trtworld-khan-shaykhun-victims-reyhanli'] = """Syrian regime chemical attack victims undergoing treatment in Turkey
Tuesday's attack on the town of Khan Shaykhun killed at least 100 people and injured more than 500, according to the Syrian opposition's health minister, Firas Jundi.
A civil defence member breathes through an oxygen mask, after what rescue workers described as a suspected gas attack in the town of Khan Sheikhoun in rebel-held Idlib, Syria April 4, 2017.
April 7, 2017

Dozens of the victims from the suspected chemical attack in Syria's Idlib are undergoing treatment in Turkey.

The US government has said it had no doubt that Syrian regime was responsible for the chemical weapons attack that killed scores of civilians in the town of Khan Shaykhun on Tuesday.

Turkey has said initial tests on victims show they suffered from chemical poisoning, likely to be the nerve agent Sarin gas

TRT World correspondent EdizTiyansan has gained exclusive access to the Reyhanli State Hospital in southeast Turkey, and met the victims in person.
"""
A['x05_sana-northern-hama-towns-regained'] = """Army regains control over Latamina, Kafar Zita, Latmin, Morek , M\u2019aerkaba ,and al-Lahaya towns in Hama countryside

Hama, SANA- Syrian Arab Army\u2019s units on Friday regained control over towns of Latamina, Kafar Zita, Latmin, Morek , M\u2019aerkaba ,and al-Lahaya in Hama northern countryside, and eliminated the last terrorists\u2019 remnants in them, following establishing control over strategic city of Khan Sheikhoun in Idleb southern countryside.

SANA\u2019s reporter said that army units established control over Khan Sheikhoun city in Idleb southern countryside, combed the city from terrorists\u2019 remnants, and continued the operations to the south towards the terrorist organizations\u2019 positions in Hama northern countryside, restoring control over Latamina, Kafar Zita, Latmin, Morek , M\u2019aerkaba ,and al-Lahaya towns after clashes with Jabhat al-Nusra terrorists.

The reporter added that the army units carried out wide combing operations in Khan Sheikhoun city , and the surrounding farms and hills after the terrorists had fled from them in front of the army\u2019s strikes .

The army\u2019s engineering units dismantled mines and explosives planted in the main and side streets inside the city, as well as the hills and tunnels, which the terrorist groups used them to hide from the army\u2019s strikes , were also combed, the reporter said.

In parallel, the army units conducted intensive artillery strikes against fortified points and supply routes for terrorist organizations in the direction of al-Saiyad village in Idleb southern countryside , destroying these fortified points , and restoring control over the village , in addition to eliminating a number of terrorists.
"""
A['x06_syriacpress-idlib-displaced-border'] = """Displaced people along Syrian-Turkish border concerned about Syrian army\u2019s advance in Idlib

IDLIB, Syria \u2013 The Syrian Arab Army (SAA) has been undertaking a violent campaign in the countryside of Idlib to take back territory it hasn\u2019t held for years. Fearing the ongoing war, approximately a million people fled north towards the Turkish border. The humanitarian crises worsened when Turkey refused to open its borders to the fleeing masses.

While in the years prior to the crises in Idlib, civilians were able to flee to Turkey, the Turkish government stopped issuing refugee documentation to new arrivals in mid-2018 and increased deportations, according to Human Rights Watch.  The ensuing humanitarian crises in Idlib has only worsened by Turkey\u2019s refusal to open its borders, forcing those fleeing to stay in whatever accommodations they can find. Many people do not have adequate shelter and there have been several reports of children and the elderly freezing to death in the winter cold.

The SAA, meanwhile, announced the capture of several villages in the southern countryside of Idlib, including Sheikh Mustafa, Al-Naqeer, Kafr Sijnah, Arenabeh, and Sutuh al-Deir. The SAA is currently advancing towards Deir Sunbul and Tarmala.

These developments come after the SAA took control of the villages of Sheikh Damis and Hantoutin southwest and northwest of Maarat al-Numan in the southern countryside of Idlib.

The government advance at one point even reached the borders of the \u201cAtma\u201d camp for displaced people, near the Turkish border, according to a resident in the camp.  The camp resident commented on the SAA\u2019s progress saying that, \u201cThe regime today is advancing from everywhere, and we are besieged here on the borders.\u201d

The camp\u2019s residents fear that they will get stuck in an active combat zone between the SAA and the Turkish border.

Fearing a new refugee crisis, Turkey has pushed thousands of its forces to Idlib over the past few weeks.
"""
A['x07_unicef-ariha-children-killed'] = """Four children killed on their way to school in northwest Syria

20 October 2021 \u2013 \u201cFour children \u2013 three boys and one girl \u2013 and a teacher were confirmed killed while on their way to school this morning in an attack on a market in Ariha, south of Idlib, northwest of Syria. The numbers of children injured and killed continue to increase.

\u201cEarlier this morning, a bus came under attack in the capital Damascus. While the attack took place on a crowded street, UNICEF is not able to confirm if children were among those affected.

\u201cToday\u2019s violence is yet another reminder that the war in Syria has not come to an end. Civilians, among them many children, keep bearing the brunt of a brutal decade-long conflict.

\u201cAttacks on civilians including children are a violation of international humanitarian law. Children should be able to reach their schools safely. We repeat our calls on those fighting that children are not a target. They should be protected at all times especially in times of conflict.\u201d
"""
A['x08_syriareport-earthquake-collapses'] = """Earthquake Causes Collapse of Hundreds of Buildings Across Syria
The earthquake that occurred at dawn on Monday, February 06, caused the total or partial collapse of thousands of buildings in Northwest Syria. The collapses were concentrated in parts of the governorates of Aleppo, Lattakia, and Idlib either controlled by the Syrian government, which controls most of Aleppo and all of the Lattakia governorates; the Syrian Salvation Government affiliated with Hayat Tahrir al-Sham, which controls most of the Idlib governorate; and the Turkish-backed Syrian Interim Government (SIG), which controls the northern countryside of Aleppo.
Here is a preliminary overview of the most affected areas.
Opposition areas
In the opposition areas in northwestern Syria, the most affected areas were located in the border strip between Syria and Turkey, where the largest concentrations of internally displaced peoples (IDPs) and their camps are spread. In the evening of February 07, the Syria Civil Defence, also known as the White Helmets, estimated that 360 buildings entirely collapsed in northwestern Syria, killing 1,020 people. The White Helmets also indicated the partial collapse of more than 1,000 buildings, while thousands of buildings had cracks. The White Helmets is a voluntary organisation that operates in opposition areas in northwestern Syria.
Sources on the ground told The Syria Report that the most affected areas in Idlib were the cities of Harem, Salqin, Sarmada, and Dana. In Harem, about 10 buildings within a modern residential complex collapsed and in Salqin about 15 buildings collapsed. In Dana, an entire modern neighbourhood of ten-storey buildings collapsed. In the town of Termanin, east of Dana, a new residential complex consisting of eight buildings also collapsed, while in the town of Atmeh on the Turkish border, three buildings collapsed. In the city of Idlib, at least two buildings collapsed.
"""
A['x09_thenational-rebels-enter-hama'] = """Hama Syria rebels offensive

Syrian rebel forces entered the central city of Hama on Thursday after a two-day battle, marking another major territorial gain in their week-long offensive against the forces loyal to Damascus and their Russian and Iranian allies. The Syrian army confirmed that rebel forces had entered Hama city after intense clashes, prompting its units to redeploy outside the city, according to a statement published by state media. The army added that its forces "fought fierce battles to repel and thwart the violent and successive attacks launched by the rebels on the city of Hama". Abu Muhammad Al Golani, the leader of Hayat Tahrir Al Sham, an Al Qaeda offshoot that has led the offensive, said the rebels entered the city \u201cto cleanse a 40-year-long wound. The conquest of Hama will contain no revenge\u201d. The latest escalation in Syria\u2019s protracted civil war comes as President Bashar Al Assad's key allies are preoccupied with their own conflicts: Russia in Ukraine and Hezbollah and Iran with Israel.
"""
A['x10_anews-kafar-sijnah-returns'] = """After Assad's exit, refugees begin journey back to war-torn Syria

Following the fall of Bashar al-Assad and the end of decades-long authoritarian rule in Syria, thousands of Syrian refugees are beginning to return home, despite widespread destruction. Many had endured years of hardship in refugee camps under harsh conditions. Now, with peace gradually returning, displaced Syrians like Mohammad Rahmon and Al-Rezzaq Mohammed are choosing to rebuild their lives on the ruins of their homes in villages such as Kafar Sijnah.

"We lived in extremely harsh conditions in refugee camps. But now we thank God that our land was liberated," said Mohammad Rahmon, who returned after six years abroad to the village of Kafar Sijnah, south of the Idlib countryside. "We are returning to our home country even if it was destroyed."

Though war damage and looting have left towns devastated, returnees say the dignity of living in their homeland outweighs the suffering of displacement. Assad's flight to Russia in December marked the collapse of the Baath regime, with transitional president Ahmad al-Sharaa now leading the country toward recovery.
"""
for k, v in A.items():
    open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8').write(v)
print(len(A), 'articles written')
