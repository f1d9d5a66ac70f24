#!/usr/bin/env python3
"""Builds unseen34.gold.json from the hand annotation below (surface string, place, required, kind, note),
listed in reading order. Adapted from unseen32/tools/build_gold.py (same shared gold_builder: offsets are UTF-16
code-unit offsets; all texts here are BMP-only, so they equal Python str indices; the node verifier re-checks this).
No nested or raw annotations: names inside organisation or outlet names ("Anadolu" in "Anadolu Agency", "Pakistan" in
"Pakistan Point News", "Syria" in "A24 North Syria", "Türkiye" in "Doctors of the World Türkiye", "U.S." in "The U.S.
Agency for International Development"), inside compounds ("Britain-based") and the attributive "U.S." ("U.S. foreign
assistance", "U.S. cuts") are annotated on their own as optional, and so are the continent "Europe" and the macro-region
"Middle East" / "middle East". "Idlib governorate" is annotated whole."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold_builder import GN, DSPL, T, build, dspl, gn, nul, proxy, wp  # noqa: E402,F401

DSPL_E = 'Google DSPL canonical countries.csv country centroid (same value as the earlier sets\' gold, where it was confirmed in public copies of the table)'
BAR_SRC = 'en.wikipedia "Barisha, Harem District" infobox "36°09′58″N 36°38′10″E / 36.16611; 36.63611" (same sourced value as unseen9 gold)'
KNB = 'GeoNames cities500 168661 Kafranbel (Kafr Nabl)'
P = {
 # countries (DSPL centroids, values and geonameids as in the earlier sets' gold)
 'syria': dspl('Syria', 34.802075, 38.996815, 163843, src=DSPL_E, note='optional inside the outlet name "A24 North Syria"'),
 'turkey': dspl('Turkey (Türkiye)', 38.963745, 35.243322, 298795, src=DSPL_E,
    note='"Türkiye" occurs only inside the organisation name "Doctors of the World Türkiye" (optional)'),
 'russia': dspl('Russia', 61.52401, 105.318756, 2017370, src=DSPL_E),
 'iran': dspl('Iran', 32.427908, 53.688046, 130758, src=DSPL_E),
 'israel': dspl('Israel', 31.046051, 34.851612, 294640, src=DSPL_E),
 'lebanon': dspl('Lebanon', 33.854721, 35.862285, 272103, src=DSPL_E),
 'jordan': dspl('Jordan', 30.585164, 36.238414, 248816, src=DSPL_E),
 'saudi-arabia': dspl('Saudi Arabia', 23.885942, 45.079162, None, src=DSPL_E),
 'united-states': dspl('United States ("U.S.")', 37.09024, -95.712891, 6252001, src=DSPL_E,
    note='"the United States" (required); "U.S." only attributive or inside the agency name (optional)'),
 'united-kingdom': dspl('United Kingdom ("Britain")', 55.378051, -3.435973, 2635167, src=DSPL_E, note='only in the compound "Britain-based" (optional)'),
 'pakistan': dspl('Pakistan', 30.375321, 69.345116, 1168579, src=DSPL_E, note='only inside the outlet name "Pakistan Point News" (optional)'),
 'europe': nul('Europe', 'region', 'continent; optional mention only (as in seeds gold)'),
 'middle-east': nul('Middle East', 'region', 'macro-region with no single point; treated like a continent (optional)'),
 'anatolia': nul('Anatolia ("Anadolu")', 'region', 'only inside the agency name "Anadolu Agency" (optional); a region with no single point'),
 # governorates / regions
 'idlib-governorate': dict(name='Idlib Governorate', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "35°42′N 36°42′E" (same point as seeds/unseen gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (35.93062, 36.63393)'),
 'aleppo-governorate': dict(name='Aleppo Governorate', lat=36.2, lon=37.6, kind='governorate', geonames_id=None,
    source='sco.wikipedia.org/wiki/Aleppo_Govrenorate infobox "36°12′N 37°36′E" (same value as unseen-unseen32 gold)', confidence='high',
    note='"Aleppo countryside", "Aleppo province", "eastern Aleppo": the governorate, not Aleppo city (36.20124, 37.16117)'),
 'hama-governorate': dict(name='Hama Governorate', lat=35.2, lon=37.2, kind='governorate', geonames_id=None,
    source='Wikipedia "Hama Governorate" infobox "35°12′N 37°12′E" (same point as seeds/unseen gold)', confidence='high',
    note='"Hama province", "the Hama countryside"; distinct from Hama city'),
 'suwayda': gn('Suwayda ("Suweida"), the Druze south', 172408, 32.70896, 36.56951, 'governorate',
    'GeoNames name "As-Suwayda" (the city, capital of the governorate); "settling in present-day Lebanon and Suweida": read as the region / governorate, given the capital\'s point; the city reading is possible'),
 'barisha-area': wp('Barisha area ("the Jabal Al-Summaq, or Barisha, area")', 36.16611, 36.63611, 'region', BAR_SRC,
    'the area named after the town of Barisha; given the town\'s point'),
 'jabal-al-summaq': proxy('Jabal al-Summaq (Jabal al-A\'la), northern Idlib', 36.16611, 36.63611, 'region', BAR_SRC + ' (Barisha)',
    'the text equates it with "the Barisha area"; no own coordinate found (one search, with Qalb Lozeh); an upland region, so the proxy may be off by ~10 km'),
 # cities / towns (GeoNames cities500)
 'aleppo': gn('Aleppo (city)', 170063, 36.20124, 37.16117, 'city', '"between Idlib and Aleppo" (the highway between the cities), "Aleppo city", "east of Aleppo"'),
 'idlib-city': gn('Idlib (city)', 169389, 35.93062, 36.63393, 'city', '"between Idlib and Aleppo" (the highway), "the outskirts of Idlib city"'),
 'latakia': gn('Latakia (city)', 173576, 35.53168, 35.79011, 'city', '"the coastal city of Latakia"'),
 'jisr-al-shughur': gn('Jisr al-Shughur ("Jisr Shoughur")', 169023, 35.81418, 36.31983, 'city', 'GeoNames name "Jisr ash Shughūr"'),
 'al-bab': gn('al-Bab ("Al-Bab")', 174018, 36.37051, 37.5157, 'city', 'GeoNames name "Al Bāb"'),
 'kafr-nabl': gn('Kafr Nabl (Kafranbel)', 168661, 35.61376, 36.56449, 'town', 'GeoNames name "Kafranbel"'),
 'khan-shaykhun': gn('Khan Shaykhun ("Khan Sheykhun")', 168325, 35.44208, 36.65095, 'town', 'GeoNames name "Khān Shaykhūn"'),
 'kafr-zita': gn('Kafr Zita', 168620, 35.37425, 36.6033, 'town', 'GeoNames name "Kafr Zaytā"'),
 'atarib': gn('al-Atarib ("al-Atareb")', 174030, 36.13907, 36.82504, 'town', 'GeoNames name "Al Atārib"'),
 # other sourced coordinates (earlier sets' sourced entries or pages read for this set)
 'maan': wp('Ma\'an ("Maan", معان), north of Hama', 35.359586, 36.795702, 'town',
    'en.wikipedia "Ma\'an, Syria" infobox "Coordinates: 35°21′35″N 36°47′45″E / 35.359586°N 36.795702°E" (wikiclassic.com and movatter.jp stored copies; found via search, pages corpus)'),
 'al-quniyah': wp('al-Quniyah ("Qunaya", القنية), north of Jisr al-Shughur', 35.917, 36.317, 'village',
    'en.wikipedia "Al-Quniyah" infobox "Coordinates: 35°55′N 36°19′E / 35.917°N 36.317°E" (kampuspedia.com and other stored copies; found via search, pages corpus)',
    'the source gives whole minutes only (±1 km)'),
 'hass': wp('Hass (حاس), southern Idlib', 35.616944, 36.595278, 'town', 'en.wikipedia "Hass, Syria" infobox {{coord|35|37|1|N|36|35|43|E}} (same sourced value as seeds/unseen2 gold)'),
 'hbit': wp('Hbit ("Hobait", الهبيط), southern Idlib', 35.44, 36.536667, 'village', 'en.wikipedia "Hbit" infobox {{coord|35|26|24|N|36|32|12|E}} (same sourced value as seeds/unseen20 gold)'),
 'kafr-nabudah': wp('Kafr Nabudah, Hama Governorate', 35.431667, 36.492778, 'town', 'pl.wikipedia "Kafr Nabuda" 35°25′54″N 36°29′34″E (same sourced value as seeds/unseen7/unseen22 gold)'),
 'al-lataminah': wp('al-Lataminah ("Ltamenah")', 35.320833, 36.6225, 'town', 'fr.wikipedia "Latamné" 35°19′15″N 36°37′21″E (same sourced value as seeds/unseen7/unseen12/unseen32 gold)'),
 'sarmada': wp('Sarmada (سرمدا)', 36.182633, 36.731217, 'town', 'syriaphotoguide.com "Sarmada" 36°10′57.48″N 36°43′52.38″E (same sourced value as unseen4/unseen6/unseen10 gold)'),
 # proxies
 'kafr-uwayd': proxy('Kafr Uwayd ("Kafr Aweed", كفرعويد), southern Idlib', 35.659444, 36.485556, 'village',
    'ar.wikipedia "كنصفرة" 35°39′34″N 36°29′08″E (Kansafrah), the proxy of unseen12 gold\'s Kafr Uwayd entry',
    'the text locates it only "in the southern suburbs of Idlib"; no own coordinate found (one search: a stored eSyria page puts it at the end of Jabal al-Zawiya, overlooking the Ghab); proxy reused from an earlier set, probably within a few km'),
 'al-fatira': proxy('al-Fatira ("Fatterah", الفطيرة), southern Idlib', 35.61376, 36.56449, 'village', KNB + ' (same proxy as unseen10 gold)',
    'named in the same list as Kafr Nabl ("Idlib province\'s towns of Kafr Nabl and Khan Sheykhun as well as the villages of ..."); no own coordinate found (one search); proxy may be off by ~10 km'),
 'tramla': proxy('Tramla (Tarmala, ترملا), southern Idlib', 35.61376, 36.56449, 'village', KNB + ' (same proxy as unseen4/unseen12 gold)',
    'named in the same list as Kafr Nabl; not looked up; proxy may be off by ~10 km'),
 'kaftin': proxy('Kaftin ("Kaftein"), Jabal al-Summaq', 36.16611, 36.63611, 'village', BAR_SRC + ' (Barisha)',
    'one of the Druze villages "in Jabal Al-Summaq" (the text\'s "Barisha area"); no coordinate found (one search, with Qalb Lozeh); proxy may be off by ~10 km'),
 'maarat-al-ikhwan': proxy('Maarat al-Ikhwan ("Maarat Al-Ikhwan"), Jabal al-Summaq', 36.16611, 36.63611, 'village', BAR_SRC + ' (Barisha)',
    'a Druze village "in Jabal Al-Summaq"; no coordinate found (one search, with Qalb Lozeh); proxy may be off by ~10 km'),
 'qalb-lozeh': proxy('Qalb Lozeh ("Qalb Louzeh", قلب لوزة), Jabal al-Summaq', 36.16611, 36.63611, 'village', BAR_SRC + ' (Barisha; same proxy as unseen9 gold)',
    'a Druze village "in Jabal Al-Summaq"; stored pages (wn.com copy of Wikipedia) say it is "near Barisha"; no coordinate found (one search)'),
 'koko': proxy('Koko (Kuku), Jabal al-Summaq', 36.16611, 36.63611, 'village', BAR_SRC + ' (Barisha)',
    'one of "the villages" of the Druze of Jabal Al-Summaq; not looked up; proxy may be off by ~10 km'),
 'tal-dweir': proxy('Tal Dweir, Jabal al-Summaq', 36.16611, 36.63611, 'village', BAR_SRC + ' (Barisha)',
    'one of "the villages" of the Druze of Jabal Al-Summaq; not looked up; proxy may be off by ~10 km'),
 'tal-teita': proxy('Tal Teita, Jabal al-Summaq', 36.16611, 36.63611, 'village', BAR_SRC + ' (Barisha)',
    'one of "the villages" of the Druze of Jabal Al-Summaq; not looked up; proxy may be off by ~10 km'),
 # no coordinate
 'armanaya': nul('"Armanaya" (unidentified village, southern Idlib)', 'village',
    'one of "the villages" of Idlib province in the list; not identified (not looked up), so no coordinate'),
 'deir-sunbul': nul('Deir Sunbul (دير سنبل), southern Idlib', 'village', 'one of "the villages" of Idlib province in the list; no coordinate found (one search; earlier sets found none either)'),
}

G = 'idlib-governorate'; AG = 'aleppo-governorate'; HG = 'hama-governorate'
ART = {
 'nn01_anews-aa-regime-attacks-kafr-nabl-hass': dict(
  published='2019-05-26', precision='day', outlet='A News (anews.com.tr, Turkey), Anadolu Agency wire story',
  url='https://anews.com.tr/world/2019/05/26/regime-attacks-kill-6-in-syrias-de-escalation-zones',
  basis='Date line "Published May 26,2019" kept in the text; the URL path /world/2019/05/26/ agrees; the White Helmets sources spoke "on Sunday" (26 May 2019 was a Sunday) of "overnight attacks".',
  tops=[T('Syria', 'syria', note='title "Syria\'s de-escalation zones"'), T('Anadolu', 'anatolia', req=False, note='inside the agency name "Anadolu Agency" (byline)'),
        T('Syria', 'syria', note='"Syria\'s northwestern de-escalation zones"'), T('Idlib', G, note='"Idlib province\'s towns"'),
        T('Kafr Nabl', 'kafr-nabl'), T('Khan Sheykhun', 'khan-shaykhun'), T('Armanaya', 'armanaya'), T('Fatterah', 'al-fatira'),
        T('Tramla', 'tramla'), T('Deir Sunbul', 'deir-sunbul'), T('Hass', 'hass'), T('Hobait', 'hbit'),
        T('Kafr Nabudah', 'kafr-nabudah'), T('Ltamenah', 'al-lataminah'), T('Kafr Zita', 'kafr-zita'), T('Hama', HG, note='"Hama province"'),
        T('Idlib', G, note='"reside in Idlib": the province'), T('Turkey', 'turkey'), T('Russia', 'russia'),
        T('Idlib', G, note='"turn Idlib into a de-escalation zone": the province'), T('Syria', 'syria')]),
 'nn02_orient-atareb-aerial-attacks': dict(
  published='2019-07-31', precision='day', outlet='Orient News (Syrian opposition outlet, English service of orient-news.net)',
  url='https://orient-news.net/ar/news_show/170104',
  basis='Date line "Orient Net 2019-07-31 05:14:00" kept in the text; the civilian was killed "on Tuesday (July 30)" (30 July 2019 was a Tuesday), the day before.',
  tops=[T('Aleppo', AG, note='title "Aleppo\'s al-Atareb": the province the town belongs to'), T('al-Atareb', 'atarib', note='title'),
        T('Aleppo', AG, note='"a town in Aleppo northern countryside"'), T('al-Atareb', 'atarib', note='"the town of al-Atareb"'),
        T('Idlib', 'idlib-city', note='"the high way between Idlib and Aleppo": the road between the cities'),
        T('Aleppo', 'aleppo', note='"the high way between Idlib and Aleppo": the city'),
        T('Aleppo', AG, note='"Aleppo countryside"'), T('Russia', 'russia'), T('Turkey', 'turkey'),
        T('Aleppo', 'aleppo', note='"Aleppo city"'), T('Aleppo', AG, note='"Aleppo countryside"')]),
 'nn03_urdupoint-afp-maan-pistachio-farmers': dict(
  published='2020-07-16', precision='day', outlet='UrduPoint / Pakistan Point News (Pakistan), AFP wire story',
  url='https://www.urdupoint.com/en/miscellaneous/syria-pistachio-farmers-return-to-orchards-af-975820.html',
  basis='Dateline "Maan, Syria, (UrduPoint / Pakistan Point News - 16th Jul, 2020 )" kept in the text; the stored page\'s date metadata is 2020-07-16; other stored copies of the same AFP story agree (Arab News Pakistan "Updated 16 July 2020", with photos "taken on June 24, 2020"; Al Bawaba\'s slideshow "Published July 19th, 2020", later).',
  tops=[T('Syria', 'syria', note='title'), T('Maan', 'maan', note='dateline'), T('Syria', 'syria', note='dateline'),
        T('Pakistan', 'pakistan', req=False, note='inside the outlet name "Pakistan Point News"'),
        T('Maan', 'maan', note='"his village of Maan"'), T('Hama', HG, note='"battle-scarred Hama province"'),
        T('Syria', 'syria', note='"Syria\'s famed pistachio production"'), T('middle East', 'middle-east', req=False, note='"across the middle East" (sic); macro-region, optional'),
        T('Hama', HG, note='"the villages of the Hama countryside"'), T('Syria', 'syria'), T('Middle East', 'middle-east', req=False, note='macro-region, optional'),
        T('Saudi Arabia', 'saudi-arabia'), T('Lebanon', 'lebanon'), T('Jordan', 'jordan'), T('Europe', 'europe', req=False, note='continent'),
        T('Syria', 'syria'), T('Iran', 'iran'), T('United States', 'united-states', note='"the United States"'), T('Turkey', 'turkey')]),
 'nn04_syriareport-druze-jabal-al-summaq-confiscations': dict(
  published='2020-09-09', precision='day', outlet='The Syria Report (Syrian economic and housing-land-property news, HLP section)',
  url='https://hlp.syria-report.com/hlp/in-northern-idlib-hts-property-confiscations-threaten-small-druze-community/',
  basis='Date line "09-09-2020" shown with the article (kept in the text; the category and author labels after it dropped); day and month coincide, so the date is unambiguous.',
  tops=[T('Idlib', G, note='title "In Northern Idlib"'), T('Jabal Al-Summaq', 'jabal-al-summaq'),
        T('Barisha', 'barisha-area', kind='region', note='"the Jabal Al-Summaq, or Barisha, area": the area named after the town'),
        T('Idlib governorate', G), T('Jabal Al-Summaq', 'jabal-al-summaq'), T('Kaftein', 'kaftin'), T('Maarat Al-Ikhwan', 'maarat-al-ikhwan'),
        T('Qalb Louzeh', 'qalb-lozeh'), T('Idlib', G, note='"the rural northern Idlib province"'), T('Aleppo', AG, note='"neighbouring Aleppo province"'),
        T('Jabal Al-Summaq', 'jabal-al-summaq', note='"the Jabal Al-Summaq region"'), T('Lebanon', 'lebanon'), T('Suweida', 'suwayda'),
        T('Idlib', G, note='"Druze residents of northern Idlib"'), T('Idlib', G, note='"other parts of Idlib province"'),
        T('Qalb Louzeh', 'qalb-lozeh'), T('Koko', 'koko'), T('Tal Dweir', 'tal-dweir'), T('Tal Teita', 'tal-teita'), T('Kaftein', 'kaftin'),
        T('Idlib', G, note='"government-held territory in Idlib and Aleppo": read as the provinces (their government-held parts); the city reading is possible'),
        T('Aleppo', AG, note='"government-held territory in Idlib and Aleppo": read as the province; the city reading is possible')]),
 'nn05_thenational-idlib-hospitals-air-strikes-covid': dict(
  published='2021-09-28', precision='day', outlet='The National (UAE)',
  url='https://www.thenationalnews.com/mena/syria/2021/09/28/syria-air-strikes-threaten-to-overwhelm-idlib-hospitals/',
  basis='No date line in the kept text; the URL path /2021/09/28/ gives the day; consistent with the text: air strikes "On Sunday" (26 September 2021 was a Sunday, two days before).',
  tops=[T('Syria', 'syria', note='title'), T('Idlib', G, note='title "Idlib hospitals": the province\'s'), T('Russia', 'russia'),
        T('Idlib', G, note='"a bombing campaign in Idlib"'), T('Idlib', G, note='pull-quote attribution "Idlib doctor": read as the province; the city reading is possible'),
        T('Idlib', G, note='sub-heading "Idlib\'s forever war"'), T('Russia', 'russia'), T('Turkey', 'turkey'),
        T('Idlib', G, note='"Idlib has remained in a state of semi-permanent war"'), T('Idlib', G, note='"healthcare workers in Idlib"')]),
 'nn06_a24-al-bab-mourns-abu-ghannoum': dict(
  published='2022-10-08', precision='day', outlet='A24 North Syria (Syrian opposition news agency, a24na.com; video-news script)',
  url='https://a24na.com/archives/53614/trackback',
  basis='Field "Date: 08/10/2022" kept in the text, read as 8 October 2022 (DD/MM): the text says "today, Saturday" and 8 October 2022 was a Saturday (10 August 2022 was a Wednesday); the Interim Government\'s statement "on Friday evening" fits. Other stored pages agree: SNHR\'s Arabic note (URL /2022/10/08/) dates the killing 7-10-2022; the Syrian Observer reports the couple attacked "on Friday evening" and the strike "On Saturday morning".',
  tops=[T('Syria', 'syria', note='title'), T('Aleppo', AG, note='title "Aleppo mourns": read as the province (al-Bab is in its eastern countryside); the city reading is possible'),
        T('Al-Bab', 'al-bab', note='"Location: Al-Bab, east of Aleppo, Syria"'), T('Aleppo', 'aleppo', note='"east of Aleppo": the city'), T('Syria', 'syria', note='Location field'),
        T('Syria', 'syria', req=False, note='inside the outlet name "A24 North Syria"'),
        T('Al-Bab', 'al-bab', note='"Al-Bab city"'), T('Aleppo', AG, note='"Al-Bab city in eastern Aleppo": the province'), T('Syria', 'syria', note='"northern Syria"'),
        T('Al-Bab', 'al-bab', note='"Al-Bab activists"'), T('Al-Bab', 'al-bab', note='"the city of Al-Bab"'), T('Al-Bab', 'al-bab', note='"Al-Bab area"')]),
 'nn07_snhr-kafr-aweed-shelling': dict(
  published='2023-05-15', precision='day', outlet='Syrian Network for Human Rights (SNHR, NGO), news.snhr.org',
  url='https://news.snhr.org/2023/05/15/civilian-killed-in-a-ground-based-attack-by-syrian-regime-forces-in-southern-idlib-governorate-may-15-2023/',
  basis='No date line with the article in the stored copy (its site header shows the day the page was stored, 26 April 2024, dropped); the URL path /2023/05/15/ gives the day of posting, the same day as the killing ("killed on May 15, 2023", also in the title).',
  tops=[T('Idlib governorate', G, note='title "southern Idlib governorate"'), T('Kafr Aweed', 'kafr-uwayd', note='"Kafr Aweed village"'),
        T('Idlib', G, note='"the southern suburbs of Idlib": the province'), T('Syria', 'syria')]),
 'nn08_24newshd-afp-russian-strikes-idlib-latakia': dict(
  published='2024-10-17', precision='day', outlet='24 News HD (Pakistan, 24newshd.tv), AFP wire story',
  url='https://24newshd.tv/17-Oct-2024/russian-strikes-kill-10-in-northwest-syria-monitor',
  basis='URL path /17-Oct-2024/; consistent with the text: the monitor spoke "late Wednesday" (16 October 2024 was a Wednesday) and state media "said Thursday" (17 October). Other stored copies of the AFP story agree: The Moscow Times (URL /2024/10/17/, date metadata 2024-10-17) and a mirror copy of The New Arab\'s report ("17 October, 2024").',
  tops=[T('Syria', 'syria', note='title "northwest Syria"'), T('Syria', 'syria', note='"northwest Syria"'),
        T('Idlib', G, note='"The number of people killed in Idlib": the province'), T('Idlib', G, note='"Idlib countryside"'),
        T('Britain', 'united-kingdom', req=False, note='compound "Britain-based"'), T('Russia', 'russia'), T('Idlib', 'idlib-city', note='"the outskirts of Idlib city"'),
        T('Syria', 'syria', note='"Syria\'s \\"White Helmets\\""'), T('Idlib', G, note='"the Idlib bombardment": the province'), T('Idlib', G, note='"Idlib province"'),
        T('Russia', 'russia'), T('Turkey', 'turkey'), T('Latakia', 'latakia', note='sub-heading "Israeli air strike hits Latakia"'),
        T('Latakia', 'latakia', note='"the coastal city of Latakia"'), T('Latakia', 'latakia', note='"above Latakia"'), T('Latakia', 'latakia', note='"the entrance to Latakia"'),
        T('Israel', 'israel'), T('Lebanon', 'lebanon')]),
 'nn09_dotw-usaid-freeze-sarmada-clinics': dict(
  published='2025-03-11', precision='day', outlet='Doctors of the World Türkiye (Dünya Doktorları, NGO), dunyadoktorlari.org.tr (English page)',
  url='https://dunyadoktorlari.org.tr/en/news/usaid-freeze-impact-on-humanitarian-aid-in-syria/',
  basis='Date line "11.03.2025" kept in the text (the category label before it dropped), read as 11 March 2025 (DD.MM.YYYY, the Turkish site\'s format): the text says the US "halted U.S. foreign assistance last month", and other stored pages put the freeze in January-February 2025 (The New Humanitarian, URL /2025/02/17/: "Three weeks after US President Donald Trump’s order to freeze foreign aid"; The American Prospect: the suspension notices of "February 27"); read as MM.DD the date would be 3 November 2025, which does not fit "last month".',
  tops=[T('SYRIA', 'syria', note='title (upper case)'), T('Sarmada', 'sarmada', note='"the town of Sarmada"'), T('Syria', 'syria', note='"northern Syria"'),
        T('Türkiye', 'turkey', req=False, note='inside the organisation name "Doctors of the World Türkiye"'),
        T('U.S.', 'united-states', req=False, note='attributive "U.S. foreign assistance"'), T('U.S.', 'united-states', req=False, note='inside the agency name "The U.S. Agency for International Development"'),
        T('Türkiye', 'turkey', req=False, note='inside the organisation name'), T('Syria', 'syria', note='"northern Syria"'),
        T('Türkiye', 'turkey', req=False, note='inside the organisation name ("Doctors of the World Türkiye’s clinic")'),
        T('Idlib', G, note='"Idlib’s Sarmada": the province'), T('Sarmada', 'sarmada'), T('Syria', 'syria', note='"This part of Syria"'),
        T('U.S.', 'united-states', req=False, note='attributive "the sudden U.S. cuts"')]),
 'nn10_syriarevisited-idlib-christians-qunaya': dict(
  published='2025-08-12', precision='day', outlet='Syria Revisited (Gregory Waters; independent newsletter on Syria, Substack)',
  url='https://www.syriarevisited.com/p/idlibs-christians-between-safety',
  basis='Date line "Aug 12, 2025" shown with the post (kept in the text); the author\'s visit was "In July" (2025), before it.',
  tops=[T('Idlib', G, note='title "Idlib\'s Christians": the province\'s'), T('Idlib', G, note='"Idlib’s Christian community"'),
        T('Idlib', G, note='"northwest Idlib"'), T('Syria', 'syria', note='"across Syria"'), T('Qunaya', 'al-quniyah', note='caption "St Joseph’s Church in Qunaya"'),
        T('Jisr Shoughur', 'jisr-al-shughur', note='"the three Christian villages north of Jisr Shoughur"'), T('Idlib', G, note='"Idlib’s countryside"')]),
}

if __name__ == '__main__':
    build('unseen34', P, ART, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
