#!/usr/bin/env python3
"""Builds unseen35.gold.json from the hand annotation below (surface string, place, required, kind, note),
listed in reading order. Adapted from unseen34/tools/build_gold.py (same shared gold_builder: offsets are UTF-16
code-unit offsets; all texts here are BMP-only, so they equal Python str indices; the node verifier re-checks this).
No nested or raw annotations: names inside organisation or coalition names ("Anatolia" for the Turkish news agency,
"Syria" in "UN Supervisory Mission in Syria", "Iraq" and "the Levant" in "Islamic State of Iraq and the Levant",
"Aleppo" in "Aleppo Conquest", "Halab" in "Fatah Halab"), compounds ("London-based", "Iraq-based") and attributive
country names ("U.S. and European leaders", "the Syria military") are annotated on their own as optional.
For "Idlib province", "Idleb countryside", "Jisr al-Shughour city", "Latakia province", "Hatay's Reyhanlı district"
and the like only the name is annotated (as in unseen34)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold_builder import GN, DSPL, T, build, dspl, gn, nul, proxy, wp  # noqa: E402,F401

DSPL_E = 'Google DSPL canonical countries.csv country centroid (same value as the earlier sets\' gold, where it was confirmed in public copies of the table)'
KS = 'GeoNames cities500 168325 Khān Shaykhūn (Khan Shaykhun)'
REY = 'GeoNames cities500 302355 Reyhanlı'
YAY = 'GeoNames cities500 297466 Yayladağı'
P = {
 # countries (DSPL centroids; values as in the earlier sets' gold)
 'syria': dspl('Syria ("Syrian Arab Republic")', 34.802075, 38.996815, 163843, src=DSPL_E,
    note='optional where attributive ("the Syria military") or inside an organisation name ("UN Supervisory Mission in Syria")'),
 'turkey': dspl('Turkey', 38.963745, 35.243322, 298795, src=DSPL_E),
 'lebanon': dspl('Lebanon', 33.854721, 35.862285, 272103, src=DSPL_E),
 'tunisia': dspl('Tunisia', 33.886917, 9.537499, None, src=DSPL_E + ' (unseen10 gold: TN 33.886917, 9.537499)'),
 'egypt': dspl('Egypt', 26.820553, 30.802498, None, src=DSPL_E + ' (unseen10 gold: EG 26.820553, 30.802498)'),
 'libya': dspl('Libya', 26.3351, 17.228331, None, src=DSPL_E + ' (seeds gold: 26.3351, 17.228331)'),
 'iraq': dspl('Iraq', 33.223191, 43.679291, None, src=DSPL_E + ' (unseen/unseen8/unseen9 gold)',
    note='required in "shooting in Iraq"; optional inside the group name "Islamic State of Iraq and the Levant" and the compound "Iraq-based"'),
 'qatar': dspl('Qatar', 25.354826, 51.183884, None, src=DSPL_E + ' (unseen28 gold: QA 25.354826, 51.183884)'),
 'saudi-arabia': dspl('Saudi Arabia', 23.885942, 45.079162, None, src=DSPL_E + ' (unseen14/unseen25 gold)'),
 'united-states': dspl('United States ("USA", "U.S.")', 37.09024, -95.712891, 6252001, src=DSPL_E,
    note='"the USA" (required, pp07); "U.S." only attributive in "U.S. and European leaders" (optional, pp01)'),
 'levant': nul('Levant (region)', 'region', 'only inside the group name "Islamic State of Iraq and the Levant" (optional); a region with no single point (as in earlier sets)'),
 'anatolia': nul('Anatolia (the Turkish state news agency\'s name)', 'region',
    'only as the name of the "state-run Anatolia news agency" (optional); a region with no single point (as unseen34\'s "Anadolu")'),
 # governorates / provinces / districts
 'idlib-governorate': dict(name='Idlib Governorate ("Idleb")', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "35°42′N 36°42′E" (same point as seeds/unseen gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (35.93062, 36.63393)'),
 'aleppo-governorate': dict(name='Aleppo Governorate', lat=36.2, lon=37.6, kind='governorate', geonames_id=None,
    source='sco.wikipedia.org/wiki/Aleppo_Govrenorate infobox "36°12′N 37°36′E" (same value as unseen-unseen34 gold)', confidence='high',
    note='pp07: "the governorates of Aleppo and Idleb"; distinct from Aleppo city (36.20124, 37.16117)'),
 'latakia-governorate': dict(name='Latakia Governorate', lat=35.6, lon=36.0, kind='governorate', geonames_id=None,
    source='Wikipedia "Latakia Governorate" infobox "35°36′N 36°00′E" (same value as seeds/unseen10/unseen12 gold)', confidence='high',
    note='"northwest Latakia province" (pp03); "driving through Latakia" (pp04, read as the province)'),
 'hatay-province': proxy('Hatay Province (Turkey)', 36.20655, 36.15722, 'governorate',
    'GeoNames cities500 323779 Antakya, the provincial seat (same proxy as unseen5/unseen17/unseen20/unseen22 gold)',
    '"Hatay\'s Reyhanlı district", "a refugee camp in Hatay", "Hatay\'s Yayladağı district"'),
 'reyhanli-district': proxy('Reyhanlı district, Hatay (Turkey)', 36.26791, 36.56747, 'district', REY + ', the district seat',
    '"all villages in Hatay\'s Reyhanlı district on the border with Syria"; given the seat\'s point'),
 'yayladagi-district': proxy('Yayladağı district, Hatay (Turkey)', 35.9025, 36.06272, 'district', YAY + ', the district seat (same proxy as unseen17 gold)',
    '"the village of Topraktutan in Hatay\'s Yayladağı district"; given the seat\'s point'),
 # cities / towns (GeoNames cities500)
 'beirut': gn('Beirut', 276781, 33.89332, 35.50157, 'city', 'AP dateline "BEIRUT (AP)"'),
 'damascus': gn('Damascus', 170654, 33.5102, 36.29128, 'city', '"the capital, Damascus"'),
 'homs': gn('Homs (city)', 169577, 34.72682, 36.72339, 'city', '"north of Homs" (pp02); caption "the Free Syrian Army in Homs" (pp04)'),
 'aleppo': gn('Aleppo (city)', 170063, 36.20124, 37.16117, 'city', '"66 kilometers (41 miles) from Aleppo, Syria\'s largest city"'),
 'idlib-city': gn('Idlib (city)', 169389, 35.93062, 36.63393, 'city',
    'pp02: "violence in Idlib, which the Syria military recaptured", "Idlib, a predominantly Sunni city"; pp05: "the Syrian city of Idlib"; pp10: "Idlib city", "Idlib central bank"'),
 'latakia': gn('Latakia (city)', 173576, 35.53168, 35.79011, 'city', '"a checkpoint near Latakia in north-west Syria" (pp04)'),
 'jisr-al-shughur': gn('Jisr al-Shughur ("Jisr al-Shughour")', 169023, 35.81418, 36.31983, 'city', 'GeoNames name "Jisr ash Shughūr"'),
 'astana': gn('Astana (Kazakhstan)', 1526273, 51.1801, 71.44598, 'city', '"attending peace talks in Astana": the city where the talks were held (literal mention, required)'),
 'london': gn('London', 2643743, 51.50853, -0.12574, 'city', 'only in the compound "London-based" (optional)'),
 'sarmin': gn('Sarmin ("Sarameen", "Sarmeen")', 164782, 35.90403, 36.72501, 'town', 'GeoNames name "Sarmīn"'),
 'rastan': gn('al-Rastan ("Rastan"), Homs', 172946, 34.92667, 36.73241, 'town', 'GeoNames name "Ar Rastan"'),
 'qara': gn('Qara (Qārah), Qalamoun, Rif Dimashq', 166111, 34.15558, 36.74284, 'town',
    'the text calls it "a suburb of the capital, Damascus"; the GeoNames Qārah (admin1 Rif Dimashq) lies in the Qalamoun, ~75 km north of Damascus; no other Qara near the capital in cities500', conf='medium'),
 'al-haffah': gn('al-Haffah ("Al-Haffe"), Latakia', 173856, 35.59824, 36.03006, 'town', 'GeoNames name "Al Ḩaffah" (same id as unseen3/unseen8/unseen16 gold)'),
 'kafr-takharim': gn('Kafr Takharim ("Kafartakharim")', 168629, 36.1168, 36.51522, 'town', 'GeoNames name "Kafr Takhārīm"'),
 'maarat-al-numan': gn('Maarat al-Numan ("Maarat Al-Numan")', 167611, 35.6483, 36.67693, 'city', 'GeoNames name "Ma‘arrat an Nu‘mān"'),
 'khan-shaykhun': gn('Khan Shaykhun ("Khan Shaikhoun")', 168325, 35.44208, 36.65095, 'city', 'GeoNames name "Khān Shaykhūn"'),
 'reyhanli': gn('Reyhanlı (town), Hatay (Turkey)', 302355, 36.26791, 36.56747, 'town', '"a refugee camp set up in Reyhanlı"'),
 # villages (sourced values from earlier sets' gold)
 'hbit': wp('Hbit ("Habbit", الهبيط), southern Idlib', 35.44, 36.536667, 'village',
    'en.wikipedia "Hbit" infobox {{coord|35|26|24|N|36|32|12|E}} (same sourced value as seeds/unseen7/unseen20/unseen34 gold)'),
 'al-mastumah': wp('al-Mastumah ("Tall Mastumah", المسطومة), south of Idlib city', 35.87444, 36.63111, 'village',
    'en.wikipedia "Al-Mastumah" infobox 35°52′28″N 36°37′52″E (same sourced value as unseen5/unseen20/unseen33 gold)',
    '"the town of Tall Mastumah" on the government\'s supply route to Idlib'),
 # proxies
 'terei': proxy('"Terei" (unidentified town near Khan Shaykhun)', 35.44208, 36.65095, 'town', KS,
    '"the Terei town near Khan Shaikhoun city in southern Idleb countryside": not identified; the text locates it only relative to Khan Shaykhun'),
 'kavalcik': proxy('Kavalcık, Reyhanlı district, Hatay (Turkey)', 36.26791, 36.56747, 'village', REY,
    'one of "all villages in Hatay\'s Reyhanlı district on the border with Syria"; not in cities500; no coordinate looked up successfully (one search); proxy may be off by ~10 km'),
 'kusakli': proxy('Kuşaklı, Reyhanlı district, Hatay (Turkey)', 36.26791, 36.56747, 'village', REY,
    'one of "all villages in Hatay\'s Reyhanlı district on the border with Syria"; not in cities500; proxy may be off by ~10 km'),
 'bukulmez': proxy('Bükülmez, Reyhanlı district, Hatay (Turkey)', 36.26791, 36.56747, 'village', REY,
    'one of "all villages in Hatay\'s Reyhanlı district on the border with Syria"; not in cities500; proxy may be off by ~10 km'),
 'topraktutan': proxy('Topraktutan, Yayladağı district, Hatay (Turkey)', 35.9025, 36.06272, 'village', YAY,
    '"the village of Topraktutan in Hatay\'s Yayladağı district"; not in cities500; proxy may be off by ~10 km'),
 # no coordinate
 'al-naqir': nul('al-Naqir ("Al-Nqer", النقير), southern Idlib', 'village',
    '"the Al-Nqer village in Idleb countryside"; no coordinate found (one search; unseen4 found none either); a stored Arabic page places it in the far south of Idlib governorate'),
 'heet': nul('Hit ("Heet"), Homs countryside near the Lebanese border', 'village',
    '"the village of Heet near the border with Lebanon"; not in cities500; no coordinate found (one search)'),
}

G = 'idlib-governorate'; AG = 'aleppo-governorate'; LG = 'latakia-governorate'
ART = {
 'pp01_cnsnews-ap-sarameen-raids': dict(
  published='2011-08-29', precision='day', outlet='CNSNews.com (United States), Associated Press wire story',
  url='http://www.cnsnews.com/news/article/syrian-forces-storm-northern-village-kill-6',
  basis='Byline date line "By ZEINA KARAM | August 29, 2011 | 10:40 AM EDT" kept in the text; the raids took place "Monday" (29 August 2011 was a Monday) and Erdogan spoke "late Sunday". Another stored copy (Pakistan Today, AFP, URL /2011/08/29/) reports the same Sarmin raids on Monday.',
  tops=[T('BEIRUT', 'beirut', note='AP dateline'), T('Sarameen', 'sarmin'), T('Idlib', G, note='"the northern Idlib province"'),
        T('London', 'london', req=False, note='compound "London-based"'), T('Qara', 'qara', note='"Qara, a suburb of the capital, Damascus"'),
        T('Damascus', 'damascus'), T('Heet', 'heet'), T('Lebanon', 'lebanon'), T('Rastan', 'rastan'), T('Turkey', 'turkey', note='"The prime minister of Turkey"'),
        T('Tunisia', 'tunisia'), T('Egypt', 'egypt'), T('Libya', 'libya'), T('Syria', 'syria'),
        T('U.S.', 'united-states', req=False, note='attributive "U.S. and European leaders"'), T('Turkey', 'turkey'), T('Syria', 'syria'),
        T('Turkey', 'turkey', note='"Recep Tayyip Erdogan of Turkey"'), T('Tunisia', 'tunisia'), T('Egypt', 'egypt'), T('Libya', 'libya')]),
 'pp02_todayszaman-refugees-reyhanli-yayladagi': dict(
  published='2012-03-14', precision='day', outlet="Today's Zaman (Turkey, English-language daily), todayszaman.com",
  url='http://www.todayszaman.com/latest-news_765-more-syrians-flee-to-turkey-escaping-violence_274345.html',
  basis='Date line "March 14, 2012, Wednesday/ 20:14:00/ TODAYSZAMAN.COM" kept in the text (14 March 2012 was a Wednesday); the refugees crossed "since Tuesday night" and "on Tuesday". A Reuters story of the same day on the same crossings (stored copy headed "Wednesday, March 14, 2012") agrees.',
  tops=[T('Turkey', 'turkey', note='title'), T('Turkey', 'turkey'), T('Idlib', 'idlib-city', note='"violence in Idlib, which the Syria military recaptured ... earlier this week": the city (the text calls it "a predominantly Sunni city")'),
        T('Syria', 'syria', req=False, note='attributive "the Syria military"'),
        T('Anatolia', 'anatolia', req=False, note='the agency name "the state-run Anatolia news agency"'), T('Turkey', 'turkey'),
        T('Kavalcık', 'kavalcik'), T('Kuşaklı', 'kusakli'), T('Bükülmez', 'bukulmez'), T('Hatay', 'hatay-province', note='"Hatay’s Reyhanlı district"'),
        T('Reyhanlı', 'reyhanli-district', note='"Hatay’s Reyhanlı district": the district'), T('Syria', 'syria'),
        T('Hatay', 'hatay-province', note='"a refugee camp in Hatay": the province'), T('Turkey', 'turkey'), T('Turkey', 'turkey'),
        T('Topraktutan', 'topraktutan'), T('Hatay', 'hatay-province'), T('Yayladağı', 'yayladagi-district', note='"Hatay’s Yayladağı district": the district'),
        T('Idlib', 'idlib-city', note='"the northern opposition stronghold of Idlib near the Turkish border, a major base ...": the city'),
        T('Anatolia', 'anatolia', req=False, note='"Anatolia reported": the agency'), T('Kavalcık', 'kavalcik'),
        T('Reyhanlı', 'reyhanli', note='"a refugee camp set up in Reyhanlı": the town'),
        T('Idlib', 'idlib-city', note='"Idlib, a predominantly Sunni city"'), T('Homs', 'homs')]),
 'pp03_yourmiddleeast-afp-un-observers-al-haffe': dict(
  published='2012-06-14', precision='day', outlet='Your Middle East (yourmiddleeast.com, regional news site), AFP wire story',
  url='https://yourmiddleeast.com/2012/06/14/un-observers-visit-syrias-al-haffe-finding-it-all-but-deserted/',
  basis='Date line "Last updated: 14 June, 2012" kept in the text (moved below the title); the URL path /2012/06/14/ agrees; the observers visited "on Thursday" (14 June 2012 was a Thursday). Other stored copies agree: Xinhua "DAMASCUS, June 14 (Xinhua)" on the same visit, and the same site\'s AFP story "Last updated: June 13, 2012" on the rebels\' withdrawal the day before.',
  tops=[T('Syria', 'syria', note='title "Syria’s Al-Haffe"'), T('Al-Haffe', 'al-haffah', note='title'), T('Al-Haffe', 'al-haffah', note='"the Syrian town of Al-Haffe"'),
        T('Syria', 'syria', req=False, note='inside the mission name "UN Supervisory Mission in Syria"'),
        T('Latakia', LG, note='"northwest Latakia province"')]),
 'pp04_independent-hamami-killed-latakia': dict(
  published='2013-07-12', precision='day', outlet='The Independent (United Kingdom)',
  url='https://www.independent.co.uk/news/world/middle-east/death-of-key-free-syrian-army-commander-heralds-a-brutal-new-chapter-in-conflict-8705975.html',
  basis='Date line "Friday 12 July 2013 21:59 BST" kept in the text (12 July 2013 was a Friday); Hamami was killed "on Thursday" (11 July). Other stored copies agree on the day of the killing: Reuters via the Chicago Tribune (URL /2013-07-11/, "July 11, 2013|Reuters", killed "on Thursday") and RFE/RL (the FSA spokesman spoke "on July 12").',
  tops=[T('Homs', 'homs', note='photo caption "Members of the Free Syrian Army in Homs"'), T('Syria', 'syria', note='"the rebels in Syria"'),
        T('Latakia', 'latakia', note='"a checkpoint near Latakia in north-west Syria": the city'), T('Syria', 'syria', note='"north-west Syria"'),
        T('Iraq', 'iraq', req=False, note='inside the group name "Islamic State of Iraq and the Levant"'),
        T('Levant', 'levant', req=False, note='inside the group name "Islamic State of Iraq and the Levant"'),
        T('Syria', 'syria', note='"the al-Nusra Front in Syria"'), T('Iraq', 'iraq', req=False, note='compound "Iraq-based"'), T('Iraq', 'iraq', note='"shooting in Iraq"'),
        T('Latakia', LG, note='"driving through Latakia on his way to ... an operation": read as the province (the killing was in the Latakia countryside); the city reading is possible'),
        T('Iraq', 'iraq', req=False, note='inside the group name'), T('Levant', 'levant', req=False, note='inside the group name')]),
 'pp05_cnn-fighting-surges-idlib-city': dict(
  published='2014-10-27', precision='day', outlet='CNN (United States), cnn.com',
  url='http://www.cnn.com/2014/10/27/world/meast/syria-civil-war/index.html',
  basis='No date line in the kept text; the URL path /2014/10/27/ gives the day; consistent with the text: the clashes were "on Monday" and Flashpoint spoke "Monday" (27 October 2014 was a Monday). Another stored copy (BBC, "Nusra Front rebels attack Idlib") reports the same attack on the city (no date shown in the stored copy).',
  tops=[T('Idlib', 'idlib-city', note='title "Fighting surges in Idlib, Syria": the city'), T('Syria', 'syria', note='title'),
        T('Idlib', 'idlib-city', note='highlight "killed in Idlib clashes": the clashes in the city'), T('Idlib', 'idlib-city', note='"the Syrian city of Idlib"'),
        T('London', 'london', req=False, note='compound "London-based"'), T('Tall Mastumah', 'al-mastumah', note='"the town of Tall Mastumah"'),
        T('Idlib', 'idlib-city', note='"supply route to Idlib": the city'), T('Idlib', 'idlib-city', note='"Idlib, in northwest Syria ... 66 kilometers ... from Aleppo": the city'),
        T('Syria', 'syria', note='"northwest Syria"'), T('Aleppo', 'aleppo', note='the city ("Syria\'s largest city")'), T('Syria', 'syria')]),
 'pp06_sana-jisr-al-shughour-hospital-siege': dict(
  published='2015-05-22', precision='day', outlet='SANA (Syrian Arab News Agency, Syrian state news agency, English service)',
  url='https://sana.sy./en/?p=41886',
  basis='No date in the kept text (SANA URLs carry no date); the soldiers broke out "today morning", and other stored copies date the break-out to Friday 22 May 2015: The Daily Star (Lebanon), URL /2015/May-23/, "A highly watched siege ... ended Friday", with a Reuters photo caption "Jisr al-Shughur, Idlib province May 22, 2015"; a later SANA item (p=42111) says the army force broke the siege "On Friday" and the soldiers reached Lattakia "on Sunday".',
  tops=[T('Jisr al-Shughour', 'jisr-al-shughur', note='title'), T('Idleb', G, note='dateline "Idleb, SANA": read as the governorate (SANA datelines name provinces); the city reading is possible'),
        T('Jisr al-Shughour', 'jisr-al-shughur', note='"Jisr al-Shughour city"'), T('Idleb', G, note='"Jisr al-Shughour city in Idleb": the province'),
        T('Idleb', G, note='"Idleb countryside"'), T('Jisr al-Shughour', 'jisr-al-shughur'), T('Jisr al-Shughour', 'jisr-al-shughur', note='"Jisr al-Shughour city"'),
        T('Idleb', G, note='"western Idleb province"')]),
 'pp07_amnesty-armed-groups-aleppo-idleb': dict(
  published='2016-07-08', precision='day', outlet='Amnesty International (NGO), English news release as posted by Amnesty International Japan (amnesty.or.jp/en/)',
  url='https://www.amnesty.or.jp/en/news/2016/0708_6171.html',
  basis='Date line "8 Jul 2016" kept in the text; the URL path /news/2016/0708_6171 agrees. Caveat: this is the Japanese section\'s posting of the International Secretariat\'s release; other stored copies show the briefing itself was published on 5 July 2016 (a blog copy headed "Tuesday, July 5, 2016", the report PDF "July 2016"), so "published today" in the text refers to 5 July; the gold keeps the date of the page kept here.',
  tops=[T('SYRIAN ARAB REPUBLIC', 'syria', note='title (upper case): the country'),
        T('Aleppo', AG, note='"Armed groups operating in Aleppo, Idleb and surrounding areas": read as the governorates (the text speaks of "the governorates of Aleppo and Idleb"); the city reading is possible'),
        T('Idleb', G), T('Syria', 'syria', note='"the north of Syria"'),
        T('Aleppo', AG, note='report title "... under armed group rule in Aleppo and Idleb, Syria": the governorate'), T('Idleb', G, note='report title'), T('Syria', 'syria', note='report title'),
        T('Qatar', 'qatar'), T('Saudi Arabia', 'saudi-arabia'), T('Turkey', 'turkey'), T('USA', 'united-states', note='"the USA"'),
        T('Aleppo', AG, note='"the governorates of Aleppo and Idleb"'), T('Idleb', G, note='"the governorates of Aleppo and Idleb"'),
        T('Aleppo', 'aleppo', req=False, note='inside the coalition name "Aleppo Conquest"'), T('Halab', 'aleppo', req=False, note='inside the coalition name "Fatah Halab" (Arabic name of Aleppo)'),
        T('Idleb', G, note='"the Ahrar al-Sham Islamic Movement in Idleb"')]),
 'pp08_antiwar-islamist-rebels-clash-idlib': dict(
  published='2017-01-27', precision='day', outlet='Antiwar.com (United States, independent news site), news.antiwar.com',
  url='http://news.antiwar.com/2017/01/27/fighting-rages-in-syrias-idlib-province-as-islamist-rebels-clash/',
  basis='No date line in the kept text; the URL path /2017/01/27/ gives the day; consistent with the text ("reports today", "today\'s fighting", after fighting "earlier this week" in which Jaish al-Mujahideen was wiped out).',
  tops=[T('Syria', 'syria', note='title "Syria’s Idlib Province"'), T('Idlib', G, note='title "Idlib Province"'), T('Idlib', G, note='"the Idlib Province"'),
        T('Idlib', G, note='"within the Idlib Province"'), T('Astana', 'astana', note='"peace talks in Astana": literal mention of the city')]),
 'pp09_rfs-airstrikes-ieds-fires-idleb': dict(
  published='2017-02-16', precision='day', outlet='RFS Media Office (Revolutionary Forces of Syria media office, Syrian opposition outlet), rfsmediaoffice.com',
  url='https://rfsmediaoffice.com/en/2017/02/16/airstrikes-ieds-fires-exhaust-idleb/',
  basis='No date line in the kept text; the URL path /2017/02/16/ gives the day; consistent with the text ("killed ... today", "This morning").',
  tops=[T('Idleb', G, note='title "exhaust Idleb!": the province'), T('Habbit', 'hbit', note='"the Habbit town"'), T('Al-Nqer', 'al-naqir', note='"the Al-Nqer village"'),
        T('Idleb', G, note='"Idleb countryside"'), T('Terei', 'terei', note='"the Terei town near Khan Shaikhoun city"'), T('Khan Shaikhoun', 'khan-shaykhun'),
        T('Idleb', G, note='"southern Idleb countryside"'), T('Kafartakharim', 'kafr-takharim', note='"the Kafartakharim city on the Syrian-Turkish border"'),
        T('Idleb', G, note='"Idleb countryside"'), T('Sarmeen', 'sarmin', note='"Sarmeen city"'), T('Maarat Al-Numan', 'maarat-al-numan', note='"Maarat Al-Numan city"'),
        T('Idleb', G, note='signature "RFS – Idleb": the office\'s province; the city reading is possible')]),
 'pp10_orient-idlib-central-bank-car-bomb': dict(
  published='2018-08-02', precision='day', outlet='Orient News (Syrian opposition outlet, English service of orient-news.net)',
  url='https://orient-news.net/ar/news_show/152069',
  basis='No year or date line in the kept text; the explosion was "on Thursday (August 2)", which falls on a Thursday only in 2012 and 2018 within the war; 2018 fits the text (Idlib city held by the opposition, "the biggest part of Syria still held by opposition fighters", people "forcibly displaced following the regime’s advances"; in 2012 the city was government-held: pp02 reports the army recapturing it in March 2012, and a stored SNHR report (September 2017, docslib.org copy) says the regime lost the city only by late March 2015) and the page id (152069, below the 170104 of an Orient item of 31 July 2019 in unseen34). A stored Turkish report (habermerkezi.com.tr) describes the same car bomb at the former central bank in Idlib city (one woman killed, 17 injured) without a date. Day taken as the day of the explosion ("on Thursday").',
  tops=[T('Idlib', 'idlib-city', note='title "civilians in Idlib": the explosion was in the city'), T('Syria', 'syria', note='"north Syria’s Idlib city"'),
        T('Idlib', 'idlib-city', note='"Idlib city"'), T('Idlib', 'idlib-city', note='"Idlib central bank": the bank in the city'),
        T('Sarmin', 'sarmin', note='"the town of Sarmin"'), T('Idlib', G, note='"Idlib countryside"'),
        T('Idlib', G, note='"Idlib is the biggest part of Syria still held by opposition fighters": the province'), T('Syria', 'syria')]),
}

if __name__ == '__main__':
    build('unseen35', P, ART, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
