#!/usr/bin/env python3
"""Builds unseen32.gold.json from the hand annotation below (surface string, place, required, kind, note),
listed in reading order. Adapted from unseen30/tools/build_gold.py (same shared gold_builder: offsets are UTF-16
code-unit offsets; all texts here are BMP-only, so they equal Python str indices; the node verifier re-checks this).
No nested or raw annotations: names inside organisation names ("Syria Direct", "the Turkestan Islamic Movement"),
inside compounds ("UK-based", "US-led", "Damascus-affiliated"), inside a road name ("the M4/Aleppo-Latakia Highway")
and the attributive "US troops" are annotated on their own as optional. "Idlib Governorate"/"Idlib governorate",
"Kurdistan Region" and "Zawiya Mountain" are annotated whole."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold_builder import GN, DSPL, T, build, dspl, gn, nul, proxy, wp  # noqa: E402,F401

DSPL_E = 'Google DSPL canonical countries.csv country centroid (same value as the earlier sets\' gold, where it was confirmed in public copies of the table)'
JZ_SRC = 'en.wikipedia "Jabal Zawiya" "35°44′N 36°42′E / 35.733; 36.700" (same sourced value as unseen/unseen8/unseen9/unseen12/unseen17/unseen18 gold)'
YAQ_SRC = 'de.wikipedia "Al-Yaʿqūbiyya" infobox "Koordinaten: 35° 55′ N, 36° 19′ O" (de.wikiup.org and de.zxc.wiki stored copies; found via search, pages corpus)'
P = {
 # countries (DSPL centroids, values as in the earlier sets' gold)
 'syria': dspl('Syria', 34.802075, 38.996815, 163843, src=DSPL_E, note='optional inside the outlet name "Syria Direct"'),
 'turkey': dspl('Turkey', 38.963745, 35.243322, 298795, src=DSPL_E),
 'russia': dspl('Russia', 61.52401, 105.318756, 2017370, src=DSPL_E),
 'united-kingdom': dspl('United Kingdom ("UK")', 55.378051, -3.435973, 2635167, src=DSPL_E, note='only in the compound "UK-based" (optional)'),
 'united-states': dspl('United States ("US")', 37.09024, -95.712891, 6252001, src=DSPL_E,
    note='only attributive: "US-led" (compound) and "two US troops" (used like the demonym "American"); both optional'),
 # governorates / regions
 'idlib-governorate': dict(name='Idlib Governorate', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "35°42′N 36°42′E" (same point as seeds/unseen gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (35.93062, 36.63393)'),
 'aleppo-governorate': dict(name='Aleppo Governorate', lat=36.2, lon=37.6, kind='governorate', geonames_id=None,
    source='sco.wikipedia.org/wiki/Aleppo_Govrenorate infobox "36°12′N 37°36′E" (same value as unseen-unseen30 gold)', confidence='high',
    note='"Aleppo countryside", "northern Aleppo", "the provinces of Idlib and Aleppo": the governorate, not Aleppo city (36.20124, 37.16117)'),
 'hama-governorate': dict(name='Hama Governorate', lat=35.2, lon=37.2, kind='governorate', geonames_id=None,
    source='Wikipedia "Hama Governorate" infobox "35°12′N 37°12′E" (same point as seeds/unseen gold)', confidence='high',
    note='"Hama province", "northern Hama countryside", "countryside of Hama"; distinct from Hama city'),
 'deir-ez-zor-governorate': dict(name='Deir ez-Zor Governorate', lat=35.336, lon=40.145, kind='governorate', geonames_id=None,
    source='en.wikipedia "Deir ez-Zor Governorate" infobox "Coordinates (Deir ez-Zor): 35°20′10″N 40°08′42″E / 35.336; 40.145" (same sourced value as unseen12/unseen23 gold)',
    confidence='high', note='"the eastern Deir ez-Zor province"'),
 'kurdistan-region': wp('Kurdistan Region (Iraq)', 36.183, 44.0, 'region',
    'Wikipedia "Iraqi Kurdistan"/"Kurdistan Region" infobox capital point "36°11′N 44°00′E" (same sourced value as unseen/unseen9/unseen30 gold)',
    'only in the dateline "ERBIL, Kurdistan Region -"'),
 'jabal-al-zawiya': wp('Jabal al-Zawiya ("Zawiya Mountain"; Mount Zawiya)', 35.733, 36.7, 'region', JZ_SRC),
 'turkestan': nul('Turkestan (historical region of Central Asia / East Turkestan, Xinjiang)', 'region',
    'only inside the organisation name "the Turkestan Islamic Movement" (optional); a historical region with no single point'),
 # cities / towns (GeoNames cities500)
 'damascus': gn('Damascus', 170654, 33.5102, 36.29128, 'city',
    'datelines "DAMASCUS, March 3 (Xinhua)" and "Damascus, Aug 27 (IANS)"; "Damascus government forces", "Damascus and Washington", "Damascus blamed": the capital for the government; "the Mar Elias Church in Damascus": the city; optional in the compound "Damascus-affiliated"'),
 'washington': gn('Washington, D.C.', 4140963, 38.89511, -77.03637, 'city', '"Damascus and Washington also accused": the capital for the US government'),
 'moscow': gn('Moscow', 524901, 55.75222, 37.61556, 'city', '"reached an agreement in Moscow"'),
 'erbil': gn('Erbil', 95446, 36.18333, 44.01193, 'city', 'dateline "ERBIL, Kurdistan Region -"'),
 'aleppo': gn('Aleppo (city)', 170063, 36.20124, 37.16117, 'city', '"Enab Baladi‘s correspondent in Aleppo" (the city; noted); optional inside the road name "M4/Aleppo-Latakia Highway"'),
 'latakia': gn('Latakia (city)', 173576, 35.53168, 35.79011, 'city', 'only inside the road name "M4/Aleppo-Latakia Highway" (optional)'),
 'idlib-city': gn('Idlib (city)', 169389, 35.93062, 36.63393, 'city', 'datelines "IDLIB —" and "IDLIB, Syria (North Press)"'),
 'hama-city': gn('Hama (city)', 170017, 35.13179, 36.75783, 'city', 'GeoNames name "Ḩamāh"; "The city of Hama", "People of Hama"'),
 'jisr-al-shughur': gn('Jisr al-Shughur', 169023, 35.81418, 36.31983, 'city', 'GeoNames name "Jisr ash Shughūr"'),
 'ariha': gn('Ariha', 172994, 35.81374, 36.60964, 'city', 'GeoNames name "Arīḩā"'),
 'maarat-al-numan': gn('Ma\'arrat al-Nu\'man ("Maaret Al Numan")', 167611, 35.6483, 36.67693, 'city', 'GeoNames name "Ma‘arrat an Nu‘mān"; "the Maaret Al Numan road" (the road to the town, named for it), "the attack on Maaret Al Numan"'),
 'kafr-zita': gn('Kafr Zita ("Kafr Zeita")', 168620, 35.37425, 36.6033, 'town', 'GeoNames name "Kafr Zaytā"'),
 'murak': gn('Murak ("Morek")', 166640, 35.37615, 36.6897, 'town', 'GeoNames name "Mūrak"'),
 'nubl': gn('Nubl', 166331, 36.37867, 36.99294, 'town'),
 'al-safira': gn('al-Safira', 172503, 36.07696, 37.37251, 'town', 'GeoNames name "As Safīrah"'),
 'zarbah': gn('al-Zirbah ("Zarba")', 172045, 36.06771, 36.98012, 'town', 'GeoNames name "Az Zarbah"; "the Zarba area of Aleppo"'),
 'palmyra': gn('Palmyra (Tadmur)', 163808, 34.5624, 38.28402, 'city', 'GeoNames name "Tadmur"'),
 # other sourced coordinates (earlier sets' sourced entries or pages read for this set)
 'al-lataminah': wp('al-Lataminah ("Latamneh", "al-Latamneh")', 35.320833, 36.6225, 'town',
    'fr.wikipedia "Latamné" 35°19′15″N 36°37′21″E (defzone.net mirror; same sourced value as seeds/unseen7 gold)'),
 'al-zahraa': wp('al-Zahraa ("Zahra", الزهراء), north-west of Aleppo', 36.358583, 37.010667, 'town',
    'en.wikipedia "Al-Zahraa" infobox "Coordinates: 36°21′30.9″N 37°00′38.4″E" (same sourced value as unseen3/unseen29 gold)'),
 'al-bara': wp('al-Bara ("Al-Bara", البارة), Jabal al-Zawiya', 35.683, 36.533, 'village',
    'en.wikipedia "Bara, Syria" infobox {{coord|35.683|36.533}} (oenc.net/116814.html stored copy of the wiki source; found via search, pages corpus)',
    '"the Al-Bara axis in the southern countryside of Idlib"; earlier sets used a Jabal al-Zawiya proxy for al-Bara; this point is the ancient site\'s (the town adjoins it)'),
 'al-yaqubiyah': wp('al-Yaqubiyah ("al-Yaqoubia", اليعقوبية), north of Jisr al-Shughur', 35.916667, 36.316667, 'village', YAQ_SRC,
    'the source gives whole minutes only (±1 km)'),
 # proxies
 'al-jadida-jisr': proxy('al-Jadida (al-Jadidah, الجديدة), north of Jisr al-Shughur', 35.916667, 36.316667, 'village', YAQ_SRC + ' (al-Yaqubiyah)',
    '"the outskirts of the villages of al-Yaqoubia and al-Jadida, north of the city of Jisr al-Shughur" (the article; other stored copies: "أطراف بلدة الجديدة واليعقوبية"); no own coordinate found (one search); represented by al-Yaqubiyah, named with it; proxy probably within a few km'),
 'kafr-nouran': proxy('Kafr Nouran (Kafr Nuran, كفرنوران), western Aleppo countryside', 36.13907, 36.82504, 'village',
    'GeoNames cities500 174030 Al Atārib (Atarib) (same proxy as unseen20 gold)',
    'thiqa-agency.com stored page (search, pages corpus): the village lies "about 4 km" from Atarib; no own coordinate found (one search)'),
 'mazraa-zawiya': proxy('Mazraa (al-Mazra\'a, المزرعة), Jabal al-Zawiya', 35.733, 36.7, 'village', JZ_SRC + ', the region point',
    '"the village of Mazraa in Zawiya Mountain south of Idlib" (the article); not looked up; proxy may be off by ~10 km'),
}

G = 'idlib-governorate'; AG = 'aleppo-governorate'; HG = 'hama-governorate'
ART = {
 'kk01_xinhua-rebel-attack-northern-hama': dict(
  published='2019-03-03', precision='day', outlet='Xinhua (China, English service, xinhuanet.com)',
  url='http://www.xinhuanet.com/english/2019-03/03/c_137865840.htm',
  basis='Date line "Source: Xinhua| 2019-03-03 18:16:23" and dateline "DAMASCUS, March 3 (Xinhua)" kept in the text; the URL path /2019-03/03/ agrees; the attack was "on Sunday" (3 March 2019 was a Sunday).',
  tops=[T('DAMASCUS', 'damascus', note='dateline'), T('Hama', HG, note='"the northern countryside of Hama province"'), T('Syria', 'syria', note='"central Syria"'),
        T('Hama', HG, note='"northern Hama countryside"'), T('Syria', 'syria', note='"rebel presence in Syria"'), T('Hama', HG, note='"the northern countryside of Hama"'),
        T('Hama', HG, note='"the countryside of Hama"'), T('UK', 'united-kingdom', req=False, note='compound "UK-based"'), T('Turkey', 'turkey'), T('Russia', 'russia'),
        T('Hama', HG, note='"government-controlled areas in Hama": read as the province (the front is in its northern countryside)')]),
 'kk02_orient-latamneh-kafr-zeita-bombed': dict(
  published='2019-07-07', precision='day', outlet='Orient News (Syrian opposition outlet, English service of orient-news.net)',
  url='https://orient-news.net/ar/news_show/169161',
  basis='Date line "Orient Net 2019-07-07 06:03:00" kept in the text; the deaths in Morek were "On Saturday (July 6)" (6 July 2019 was a Saturday), the day before.',
  tops=[T('Latamneh', 'al-lataminah', note='title'), T('Kafr Zeita', 'kafr-zita', note='title'), T('Hama', HG, note='title "in Hama countryside"'),
        T('Kafr Zeita', 'kafr-zita'), T('al-Latamneh', 'al-lataminah'), T('Hama', HG, note='"in Hama northern countryside"'), T('Morek', 'murak', note='"the town of Morek"'),
        T('Hama', HG, note='"in Hama northern countryside"'), T('Hama', HG, note='"Hama northern countryside is within ..."'), T('Russia', 'russia'), T('Turkey', 'turkey'),
        T('Hama', 'hama-city', note='"The city of Hama"'), T('Hama', 'hama-city', note='"People of Hama largely took part in demonstrations" (after "The city of Hama": read as the city; the province reading is possible)')]),
 'kk03_snhr-ariha-vital-facilities': dict(
  published='2020-03-04', precision='day', outlet='Syrian Network for Human Rights (SNHR, NGO), news.sn4hr.org',
  url='https://news.sn4hr.org/2020/03/04/russian-forces-bombed-vital-facilities-ariha-city-idlib-march-3/',
  basis='No date line in the text; the URL path /2020/03/04/ gives the day of posting; the strike itself is dated "on March 3, 2020" in the text (SNHR posts such notes the next day, as its other items in the same URL series show).',
  tops=[T('Ariha', 'ariha', note='title "Ariha city"'), T('Idlib', G, note='title "Ariha city in Idlib": the governorate'), T('Ariha', 'ariha', note='"Ariha city"'), T('Idlib governorate', G)]),
 'kk04_syriadirect-idlib-housing-crisis': dict(
  published='2021-12-21', precision='day', outlet='Syria Direct (Syrian news organisation)',
  url='https://syriadirect.org/constant-uprooting-idlibs-long-housing-crisis/',
  basis='Date line "21 December 2021" shown with the article (kept in the text).',
  tops=[T('Idlib', G, note='title "Idlib’s long housing crisis": the province'), T('Idlib', G, note='standfirst "displaced to Idlib": the province'),
        T('IDLIB', 'idlib-city', note='dateline "IDLIB —": a dateline names the city'), T('Idlib', G, note='"Idlib province"'), T('Syria', 'syria', note='"northwest Syria"'),
        T('Syria', 'syria', note='"northwest Syria"'), T('Hama', HG, note='"the countryside of Hama"'), T('Syria', 'syria', req=False, note='inside the outlet name "Syria Direct"'),
        T('Idlib', G, note='"Idlib’s highly unstable rental market": the province')]),
 'kk05_northpress-jadida-yaqoubia-airstrike': dict(
  published='2022-07-22', precision='day', outlet='North Press Agency (Syrian, Qamishli-based, English edition, npasyria.com)',
  url='https://npasyria.com/en/80818/',
  basis='No date in the kept text; the strike was "on Friday morning ... today at down" (reported the same day). Other stored copies of the same news date it Friday 22 July 2022 (22 July 2022 was a Friday): the sawaleif.com copy embeds a tweet of "July 22, 2022" about the same strike, a24now.com\'s Arabic report has the URL path /2022/07/, PNN reports it "اليوم الجمعة" (today, Friday), and islamicnews.de (URL /2022/07/31/) dates it "letzte Woche Freitag".',
  tops=[T('Syria', 'syria', note='title "Syria’s Idlib"'), T('Idlib', G, note='title: the province'), T('IDLIB', 'idlib-city', note='dateline "IDLIB, Syria (North Press)"'),
        T('Syria', 'syria', note='dateline'), T('Jisr al-Shughur', 'jisr-al-shughur', note='"the countryside of Jisr al-Shughur area"'), T('Idlib Governorate', G),
        T('Syria', 'syria', note='"northwest Syria"'), T('al-Yaqoubia', 'al-yaqubiyah'), T('al-Jadida', 'al-jadida-jisr'), T('Jisr al-Shughur', 'jisr-al-shughur', note='"the city of Jisr al-Shughur"'),
        T('Mazraa', 'mazraa-zawiya', note='"the village of Mazraa"'), T('Zawiya Mountain', 'jabal-al-zawiya'),
        T('Idlib', G, note='"Zawiya Mountain south of Idlib": read as the province (southern Idlib); the city reading is possible'),
        T('Idlib', G, note='"villages in Idlib countryside"'), T('Russia', 'russia'), T('Idlib', G, note='"operation ... on Idlib": the province'), T('Syria', 'syria', note='"northwest Syria"'),
        T('Russia', 'russia'), T('Turkey', 'turkey'), T('Moscow', 'moscow'),
        T('Aleppo', 'aleppo', req=False, note='inside the road name "the M4/Aleppo-Latakia Highway"'), T('Latakia', 'latakia', req=False, note='inside the road name "the M4/Aleppo-Latakia Highway"')]),
 'kk06_miraclesix-ians-tunnel-attack-idlib': dict(
  published='2023-08-27', precision='day', outlet='IANS (India, wire, citing Xinhua; miraclesix.com copy)',
  url='https://www.miraclesix.com/2023/08/11-soldiers-killed-in-rebel-attack-in-syria/',
  basis='Dateline "Damascus, Aug 27 (IANS)" kept in the text; the URL path /2023/08/ agrees; the Observatory spoke "on Saturday" (26 August 2023 was a Saturday), the day before the dateline.',
  tops=[T('Syria', 'syria', note='title'), T('Damascus', 'damascus', note='dateline "Damascus, Aug 27 (IANS)"'), T('Idlib', G, note='"the country’s northwestern province of Idlib"'),
        T('Idlib', G, note='"the southern countryside of Idlib"'), T('Turkestan', 'turkestan', req=False, note='inside the organisation name "the Turkestan Islamic Movement"'),
        T('Syria', 'syria', note='"northern Syria"'), T('Aleppo', AG, note='"the western countryside of Aleppo": the governorate'), T('Syria', 'syria', note='"northern Syria"'),
        T('Idlib', G, note='"the northwestern provinces of Idlib and Hama"'), T('Hama', HG, note='"the northwestern provinces of Idlib and Hama"'),
        T('Idlib', G, note='"the Idlib region"'), T('Idlib', G, note='"a large swathe of Idlib"')]),
 'kk07_hawar-kafr-nouran-bara-bombardment': dict(
  published='2023-11-28', precision='day', outlet='Hawar News Agency (ANHA, Kurdish, north-east Syria, English edition)',
  url='https://hawarnews.com/en/missile-bombardment-on-aleppo-countryside',
  basis='Date line "28 November 2023   12:07" shown with the article (kept in the text); the bombardment was "This morning".',
  tops=[T('Aleppo', AG, note='title "Aleppo countryside": the governorate'), T('Aleppo', AG, note='"the Aleppo countryside"'),
        T('Damascus', 'damascus', note='"Damascus government forces": the capital for the government'), T('Idlib', G, note='"the Idlib countryside"'),
        T('Damascus', 'damascus', note='"Damascus government forces"'), T('Kafr Nouran', 'kafr-nouran', note='"the village of Kafr Nouran"'),
        T('Aleppo', AG, note='"the western countryside of Aleppo"'), T('Damascus', 'damascus', note='"Damascus government forces"'),
        T('Al-Bara', 'al-bara', note='"the Al-Bara axis": the front line at the town'), T('Idlib', G, note='"the southern countryside of Idlib"')]),
 'kk08_enabbaladi-nubl-zahra-limited-return': dict(
  published='2024-12-05', precision='day', outlet='Enab Baladi (Syrian, English edition)',
  url='https://english.enabbaladi.net/archives/2024/12/return-of-limited-number-of-residents-to-nubl-and-zahra-in-aleppo/',
  basis='Date line "2024/12/05 11:30 pm" shown with the article (kept in the text, date bullets joined); the URL path /archives/2024/12/ agrees; the caption photo is of "December 4, 2024".',
  tops=[T('Nubl', 'nubl', note='title'), T('Zahra', 'al-zahraa', note='title'), T('Aleppo', AG, note='title "Nubl and Zahra in Aleppo": the governorate'),
        T('Nubl', 'nubl', note='caption'), T('Zahra', 'al-zahraa', note='caption'), T('Nubl', 'nubl'), T('Zahra', 'al-zahraa'),
        T('Aleppo', AG, note='"northern Aleppo"'), T('Aleppo', AG, note='"the northern rural areas of Aleppo"'), T('Nubl', 'nubl'), T('Zahra', 'al-zahraa'),
        T('al-Safira', 'al-safira', note='"the city of al-Safira"'), T('al-Safira', 'al-safira'),
        T('Aleppo', 'aleppo', note='"Enab Baladi‘s correspondent in Aleppo": read as the city (taken by the opposition days before); the province reading is possible'),
        T('Syria', 'syria', note='"northeastern Syria"'), T('al-Safira', 'al-safira', note='"east of al-Safira"')]),
 'kk09_rudaw-isis-cell-iraqis-idlib': dict(
  published='2025-08-07', precision='day', outlet='Rudaw (Kurdistan Region of Iraq, English edition)',
  url='https://www.rudaw.net/english/middleeast/syria/070820252',
  basis='Date line "07-08-2025" (DD-MM-YYYY) shown with the article (kept in the text); the Rudaw URL id 070820252 is the same date plus a counter; the ministry spoke "on Thursday" (7 August 2025 was a Thursday); other stored copies of the news agree (Shafaq News date metadata 2025-08-07, arrahmah citing SANA "7/8/2025").',
  tops=[T('Syria', 'syria', note='title'), T('ERBIL', 'erbil', note='dateline'), T('Kurdistan Region', 'kurdistan-region', note='dateline'),
        T('Syria', 'syria', note='"Syria’s interior ministry"'), T('Idlib', G, note='"the northwestern Idlib province"'), T('Idlib', G, note='"Idlib security chief": the province'),
        T('Syria', 'syria', note='"ISIS attacks in Syria"'), T('Syria', 'syria', note='"north and east Syria"'),
        T('Damascus', 'damascus', req=False, note='compound "Damascus-affiliated"'), T('Damascus', 'damascus', note='"the Mar Elias Church in Damascus": the city'),
        T('Damascus', 'damascus', note='"Damascus blamed ISIS": the capital for the government'), T('Syria', 'syria', note='"swathes of Syria"'),
        T('US', 'united-states', req=False, note='compound "US-led"'), T('Deir ez-Zor', 'deir-ez-zor-governorate', note='"the eastern Deir ez-Zor province"')]),
 'kk10_thenational-isis-cell-idlib-aleppo': dict(
  published='2025-12-17', precision='day', outlet='The National (UAE)',
  url='https://www.thenationalnews.com/news/mena/2025/12/17/syria-says-security-troops-have-arrested-isis-cell-behind-attacks-in-idlib-and-aleppo',
  basis='No date line in the kept text; the URL path /2025/12/17/ gives the day; the ministry spoke "On Wednesday" (17 December 2025 was a Wednesday), the attack near Maaret al-Numan was "on Sunday" (14 December) and the Palmyra shooting "on Saturday" (13 December); consistent with this, the stored Shafaq News report of the first arrests has date metadata 2025-12-16 and quotes Interior Ministry posts of "December 16, 2025", and The National\'s text reports the ministry\'s further statement "On Wednesday".',
  tops=[T('Syria', 'syria', note='title'), T('Idlib', G, note='title "attacks in Idlib and Aleppo": the province'), T('Aleppo', AG, note='title: the province'),
        T('Syria', 'syria', note='"Syria\'s Interior Ministry"'), T('Idlib', G, note='"the provinces of Idlib and Aleppo"'), T('Aleppo', AG, note='"the provinces of Idlib and Aleppo"'),
        T('Maaret Al Numan', 'maarat-al-numan', note='"the Maaret Al Numan road": the road to the town, named for it (read as a mention of the town)'), T('Idlib', G, note='"in Idlib": the province'),
        T('Damascus', 'damascus', note='"Damascus and Washington": the capital for the government'), T('Washington', 'washington', note='the capital for the US government'),
        T('US', 'united-states', req=False, note='"two US troops": attributive, like the demonym "American"'), T('Palmyra', 'palmyra'),
        T('Idlib', G, note='"the attack in Idlib": the province'), T('Idlib', G, note='caption: the province'), T('Aleppo', AG, note='caption: the province'),
        T('Maaret Al Numan', 'maarat-al-numan', note='"the attack on Maaret Al Numan" (the attack on the road near the town)'), T('Idlib', G, note='"personnel in Idlib": the province'),
        T('Zarba', 'zarbah', note='"the Zarba area of Aleppo"'), T('Aleppo', AG, note='"the Zarba area of Aleppo": the province'),
        T('Idlib', G, note='"The Idlib region"'), T('Syria', 'syria', note='"Syria\'s civil war"')]),
}

if __name__ == '__main__':
    build('unseen32', P, ART, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
