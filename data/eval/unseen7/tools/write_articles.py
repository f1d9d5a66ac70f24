#!/usr/bin/env python3
"""Writes articles/*.txt: the article text of each stored page (search tool, corpus `pages`) as kept for unseen7.
Kept: title (first line), subtitle/standfirst, date lines shown as part of the article, datelines, photo captions
(once, without photo credit). Dropped: navigation/category labels, "7 min read", "Live Story" widgets, duplicated
alt texts, photo credits. Stored copies that stop mid-sentence are cut at the last complete sentence.
No wording changed. Titles missing from the stored copy are rebuilt from the URL slug (q04, q09; see README).
(Adapted from unseen6/tools/write_articles.py.)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A = {}
A['q01_csmonitor-bab-al-salama-azaz-safe-zone'] = """Amid squalor and fear on Turkish border, Syrians make plea for safe zone

So many Syrians have shown up along the Turkish border, hoping to cross and enter a refugee camp, that Turkey is calling on the international community to create a safe zone for them inside Syria.

Refugees from the northern Syrian City of Azaz make the best of their situation at the Bab al-Salama border crossing in Kilis, Turkey. Thousands of internally displaced refugees are now living in this border region unable to cross into Turkey for asylum.

In this camp that has sprung up along the Turkish border, 5,000 Syrians who have fled their country's civil war live under covered vehicle lanes on an unfinished section of the Syrian border, waiting to cross into Turkey or return to their homes. Sleeping out in the open on asphalt and scrounging for clean water, they hope that they will be allowed into Turkey, where they can find a truly safe haven in an established refugee camp.

But Turkey, overwhelmed by a surge of Syrian refugees, is instead expected to call on the United Nations today to create a safe zone inside Syria to stem the tide coming over the border.

A safe zone along the border would offer Turkey a place to redirect refugees, but a number of political complications make the formation of such an area unlikely – a reality all too familiar for thousands of beleaguered Syrian refugees unable to enter Turkey or escape the violence in Syria.

“The safe zone is a dream. It will not happen. The world is against us,” says Abdul Qadir Haj, a former Syrian policeman who fled to a camp near the Bab al-Salama border crossing into Turkey, a short drive from Aleppo. The camp is now home to about 5,000 refugees.

In just the past two weeks, the refugee issue has exploded in Turkey and Jordan, the other major recipient of Syrian refugees.
"""
A['q02_mcclatchy-nusra-seizes-idlib-city'] = """Al Qaida affiliate seizes major city in northern Syria

Nusra's Twitter feed carried this image of a fighter displaying the group's flag in Idlib on Saturday.

In a major setback for Syrian President Bashar Assad, al Qaida’s affiliate in Syria and forces from four other Islamist groups captured the city of Idlib on Saturday, the second provincial capital to fall to Islamist extremists.

Videos posted on the Internet showed fighters carrying Nusra’s black flag destroying statues and portraits of Assad in Idlib’s main squares and its government buildings, including the Baath party headquarters and the headquarters of military intelligence.

Anti-government activists said the Islamists killed at least 50 government soldiers in the fighting, but that most of the government’s troops had fled to the al Mastuma camp about 10 miles south of Idlib and to the nearby city of Ariha, both of which remain in government hands. The Islamists also seized at least six tanks from government forces.

The capture of Idlib underscores the complexity of the Syrian battlefield. Two years ago, the government lost control of Raqqa, the other provincial capital to fall to Islamists; that city is now the de facto capital of the Islamic State. The Islamic State once was allied with Nusra but is now its bitter foe. The United States is waging a bombing campaign against the Islamic State and also has struck Nusra Front targets. The Assad government is battling both the Islamic State and Nusra.

Before departing Idlib, government troops allegedly executed 15 prisoners who were being held at military intelligence headquarters.

The whereabouts of Idlib’s mayor, Khair Eldin al Sayyed, was not known, but activists said he apparently escaped with other senior government employees to the city of Jisr al Shugur, west of Idlib.
"""
A['q03_dailysabah-turkish-observation-points-afrin'] = """Turkish military continues to set up observation points near Afrin

The Turkish military continued to establish observation points in Syria's northwestern Idlib province as part of the agreement reached in the Astana talks by Turkey, Russia and Iran.

Jets started reconnaissance flights on Oct. 8, and troops began to be deployed in the region. They are setting up five observation points on Idlib's border with Afrin, a province held by the PKK terrorist group's Syrian affiliate Democratic Union Party (PYD) and its armed People's Protection Units (YPG) militia. According to local sources, the Turkish military stationed throughout Dar Ta izzah, Deir Semaan and Selwa.

Earlier this month, President Tayyip Erdoğan said that Turkey was conducting a "serious operation" with the Free Syrian Army (FSA) as part of the de-escalation deal agreed to last month with Iran and Russia in Kazakhstan.

The Astana agreement with Russia and Iran – Bashar Assad's foreign allies – involves reducing warfare in several regions, including Idlib and adjacent swathes of the northwest, the most populous opposition-held area.

The operation is the second time in over a year that the Turkish military has crossed into Syria. The first, Operation Euphrates Shield, was launched on Aug. 24, 2016, in collaboration with the FSA, and helped liberate several Daesh strongholds such as Jarablus, Dabiq, al-Rai and al-Bab.

In the operation, a staggering blow was dealt to Daesh, and more than 2,000 square kilometers in northern Syria was seized. More than 100,000 Syrian refugees returned to their hometowns in liberated areas.
"""
A['q04_alarabiya-abu-al-duhur-airbase'] = """Syrian army, allies take Idlib air base, says Hezbollah media unit

The Syrian army and allied forces captured Abu al-Duhur airport in Idlib province from insurgents on Saturday, a Hezbollah military media unit said.
They had pushed into the military air base hours earlier, pressing their offensive in Syria’s largest rebel stronghold, said the media unit run by Lebanon’s Hezbollah, which fights along the Damascus government.
"""
A['q05_trend-tass-kafr-nabuda-hama'] = """Syrian government army regains control over Kafr Nabuda in Hama governorate

27 May 2019 04:02 (UTC+04:00)

Syrian government forces have regained control over the city of Kafr Nabuda in the north of the Hama governorate located some 15 kilometers off the Hama-Aleppo highway, SANA news agency reported on Sunday, Trend reports citing TASS.

According to SANA, battered illegal armed groups are retreating eastwards, to the settlement of al-Hobeit.

The Syrian army command on Wednesday took a tactical decision to retreat from Kaft Nabuda to spare the lives of its soldiers. After a series of massive attacks from various directions, the city was seized by Jabhat al-Nusra (a terrorist organization outlawed in Russia) militants. Having received reinforcement, Syrian government troops ultimately dislodged the enemy.

Militants attempted to take another strategic stronghold of the government army in the Qalaat al-Madiq fortress in the River Orontes valley in the northwest of the Hama governorate but were rebuffed.

In retaliation to ceasefire violations by militants in the northern de-escalation zone, the Syrian army on Sunday opened fire at militants’ bases in Khan Shaykhoun and Maaret Naaman in the south of the neighboring Idlib governorate. Strikes were also delivered at militants’ positions in al-Lataman and Kafr Zeit.
"""
A['q06_politico-moscow-idlib-ceasefire'] = """Russia, Turkey agree ceasefire in Syria’s Idlib province
Putin and Erdoğan make announcement after Moscow talks.
Russia and Turkey agreed a cease-fire in Syria's Idlib province, Russian President Vladimir Putin said Thursday after talks with his Turkish counterpart Recep Tayyip Erdoğan in Moscow.
“I express hope that these agreements will serve as a good basis for a cessation of military activity in the Idlib de-escalation zone [and] stop the suffering of the peaceful population and the growing humanitarian crisis,” Putin said, according to Reuters.
Erdoğan said the cease-fire would take effect from midnight. He also said Turkey reserved the right to respond to attacks by the Syrian regime, which is backed by Moscow.
Ankara supports forces opposed to the government in Damascus and has in recent weeks sent thousands of troops to Idlib, a rebel stronghold, to halt a regime advance that has displaced nearly a million people since December.
Turkey and Russia also agreed to establish a "security corridor" along Idlib's M4 highway and start joint patrols along the road from March 15, according to the agreement.
There have been previous cease-fire deals in Idlib, all of which collapsed.
"""
A['q07_syriadirect-umm-jaran-camp-floods'] = """IDPs in northwest Syria: New winter, old ordeal (Photos)
Standing inside a flooded tent in the Umm Jaran informal camp, in the northern countryside of Idlib, Sharif Abu Khlaif was unable to describe their suffering.
19 January 2021
AMMAN, IDLIB — Standing inside a flooded tent in the Umm Jaran informal camp, east of Kafr Arrouq town in the northern countryside of Idlib, Sharif Abu Khlaif was utterly unable to describe the suffering of the camp residents.
The floods have become annual scenes in the opposition-held northwest Syria, which hosts over four million people, half of whom are internally displaced persons (IDPs). However, Abu Khlaif and his family of nine experienced this harsh reality for the first time, as they were displaced from the eastern countryside of Saraqib near the end of last winter.
“The camp residents were displaced from the southern countryside of Idlib; from Saraqib and its countryside and Maarat al-Numan,” Abu Khalif told Syria Direct. “They built the camp on agricultural land that lacks the most basic services.”
According to the “Response Coordination Group,” Umm Jaran camp, which hosts around 650 displaced families, is one of 145 IDP camps affected by the recent heavy rainfall. The humanitarian group’s initial assessment estimates that at least 278 tents were wholly damaged, and 513 tents partially damaged.
Northwest Syria’s informal camps, many of which were established after the military offensive of the Assad regime and its Russian ally that ended in March 2020, are the most affected by the recent rainstorms. However, “the rains even damaged camps that were built years ago with the supervision of NGOs in the region,” Muhammad Hallaj, the director of the “Response Coordination Group,” told Syria Direct.
Further, the numbers issued by the group are preliminary. “This is what has been documented [so far], but we are not done assessing the full damage,” Hallaj added.
"""
A['q08_newarab-quake-harem-jindires-sarmada'] = """Turkey-Syria earthquake: Hope races against despair in 'abandoned' Idlib
Hadia Al Mansour, on the ground in Idlib, speaks to survivors and bears witness to the massive destruction that has befallen the opposition-held region in the face of a lack of aid and assistance, freezing conditions, and extremely limited resources.
11 February, 2023

Four days after the devastating earthquake that hit Turkey and Syria on Monday, hundreds of victims are still trapped under the rubble of their homes in northwest Syria with rescue teams unable to cope with the sheer number of collapsed buildings.

"I felt completely helpless when a woman died shortly before we rescued her […]. We couldn't do any more. I wish we could save everyone," said Fatima Abdo, a Syrian Civil Defence volunteer. She spoke of the sadness at retrieving the corpses of those who had been trapped under the ruins in Harem town (west of Idlib) after the quake.

Fatima also talked about the overwhelming joy and tears and cheering that accompanied every successful rescue, which gave everyone hope and galvanised the team, like when they rescued a child from under his collapsed home in Jindires, north Aleppo, on Wednesday - two days after the quake.

In Jindires too, a baby girl was pulled out alive, miraculously born under the rubble, still connected by the umbilical cord to her dead mother. The baby's entire family had been killed.

Northwest Syria had been already suffering from years of war when the earthquake hit and transformed entire neighbourhoods across a huge area into a mass burial ground.

Huda Abdo (39), her husband and their four children were asleep when the ground started shaking violently beneath them.

Men survey the wreckage of a collapsed building in Sarmada city, Idlib province
"""
A['q09_i24news-rebels-enter-aleppo'] = """Anti-Assad forces enter Aleppo 3 days into surprise offensive

Syrian rebel forces entered the city of Aleppo on Friday amid fierce clashes with the military of President Bashar Assad and allied groups.

Rebels led by the Islamist militant group Hayat Tahrir al-Sham launched an incursion on Wednesday into a dozen towns and villages in the northwestern province of Aleppo, which is controlled by Syrian President Bashar al-Assad's government. On Friday they made significant inroads into Syria's second city, including reaching the central square.

The Syrian military claimed it continued to confront the insurgents' push into the countryside of Aleppo and Idlib.

Mohamed Hussein, a fighter with Hayat Tahrir al-Sham, claimed the attack to be a success: "The operation started three days ago and thank god we liberated the whole western countryside (of Aleppo) with the hands of Mujahideen (fighters)."

The offensive is the largest since March 2020, when a Russia-Turkey agreement de-escalated hostilities in the northwest. Turkey, which backs some rebel groups in the region, has yet to comment on the recent escalation.
"""
A['q10_unhcr-idleb-camp-returns-homs'] = """As displaced Syrians return home, others wait and hope for more aid

Sana Khaled, 55, talks to a UNHCR staff member inside her family's tent in an informal camp in rural Idleb, north-west Syria.
For the past six years, a single tent has been the only home that Sana Khaled and her large family have known. She has made it as comfortable as their circumstances will allow, with piles of cushions bordering the carpeted floor and bright bunches of plastic flowers hanging from the interior fabric walls. But she still craves the security of a solid roof over their heads, especially during the cold winter months.
“A tent is not like a home – the situation in a tent is difficult,” Sana explained. “You’re always in fear of something. There’s never any stability or safety, but what can we do? We can’t afford to rent.”
Together with her husband, six daughters and three orphaned grandchildren, Sana has lived in an informal camp in rural Idleb in north-west Syria since fleeing fighting in their hometown in rural Homs in 2019. With few services and little support available in the camp, the family survives on whatever they can earn from poorly paid and sporadic agricultural labour.
“Money is very tight,” she explained. “We can only eat if we work. If we don’t work, we don’t eat – this is how it is.”
Hoping for home
For the 3.4 million people who remain displaced in the north-west of the country – out of a total 7.4 million internally displaced people across Syria – the fall of the Assad regime on 8 December 2024 sparked fresh hopes of a return home after 14 years of conflict and crisis.
A recent survey carried out by UNHCR, the UN Refugee Agency, and partners showed that of the 1.95 million people still living in camps and informal displacement sites in the north-west, more than 1 million are planning to return home within 12 months.
"""
os.makedirs(os.path.join(ROOT, 'articles'), exist_ok=True)
for k, v in A.items():
    with open(os.path.join(ROOT, 'articles', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print('wrote', len(A))
