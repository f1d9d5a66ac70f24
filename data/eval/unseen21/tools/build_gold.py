#!/usr/bin/env python3
"""Builds unseen21.gold.json from the hand annotation below (surface string, place, required, kind, note), listed in
reading order. Adapted from unseen14/tools/build_gold.py (same shared gold_builder: offsets are UTF-16 code-unit offsets;
all texts here are BMP-only, so they equal Python str indices; the node verifier re-checks this). No nested or raw
annotations: names inside organisation/outlet names ("Syria Direct"), inside compounds ("U.K.-based", "UK-based") and inside
event labels ("Astana 6 decision", the protest-Friday name "Friday for a Dignified Raqqa") are annotated on their own as
optional. "Idlib Governorate" is annotated whole as the governorate."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold_builder import GN, DSPL, T, build, dspl, gn, nul, proxy, wp  # noqa: E402,F401

DSPL_R = 'Google DSPL canonical countries.csv country centroid (same value as the earlier sets\' gold, confirmed there in public copies of the table via the code corpus)'
ZIY = 'GeoNames cities500 172027 Az Ziy\u0101rah (al-Ziyarah, Sahl al-Ghab)'
GHAB_NOTE = ('village of Sahl al-Ghab (north-western Hama Governorate) named by SOHR among the four villages retaken on 18 Aug 2015 '
             '(the article); no own coordinate searched for this set beyond one search ("Tell Wasit village Ghab plain ... Naqus Mansura", '
             'no coordinate); represented by al-Ziyarah as in unseen12/unseen18 gold; proxy probably within ~5-15 km')
P = {
 # countries (DSPL centroids, values reused from earlier gold)
 'syria': dspl('Syria', 34.802075, 38.996815, 163843, src=DSPL_R),
 'turkey': dspl('Turkey', 38.963745, 35.243322, 298795, src=DSPL_R),
 'russia': dspl('Russia', 61.52401, 105.318756, 2017370, src=DSPL_R),
 'china': dspl('China', 35.86166, 104.195397, 1814991, src=DSPL_R + ' (unseen gold)'),
 'united-states': dspl('United States', 37.09024, -95.712891, 6252001, src=DSPL_R + ' (unseen12 gold)', note='"U.S."'),
 'united-kingdom': dspl('United Kingdom', 55.378051, -3.435973, 2635167, src=DSPL_R, note='"Britain"; "U.K." and "UK" only in the optional compounds "U.K.-based", "UK-based"'),
 'france': dspl('France', 46.227638, 2.213749, 3017382, src=DSPL_R + ' (unseen10 gold)'),
 # governorates / regions
 'idlib-governorate': dict(name='Idlib Governorate', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "35\u00b042\u2032N 36\u00b042\u2032E" (same as seeds gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (35.93062, 36.63393)'),
 'aleppo-governorate': dict(name='Aleppo Governorate', lat=36.2, lon=37.6, kind='governorate', geonames_id=None,
    source='sco.wikipedia.org/wiki/Aleppo_Govrenorate infobox "36\u00b012\u2032N 37\u00b036\u2032E" (same value as unseen-unseen14 gold)', confidence='high',
    note='representative point of the governorate, not Aleppo city (36.20124, 37.16117)'),
 'hama-governorate': dict(name='Hama Governorate', lat=35.2, lon=37.2, kind='governorate', geonames_id=None,
    source='Wikipedia "Hama Governorate" infobox "35\u00b012\u2032N 37\u00b012\u2032E" (same sourced value as seeds/unseen gold)', confidence='high',
    note='representative point of the governorate, not Hama city (35.13179, 36.75783)'),
 'latakia-governorate': dict(name='Latakia Governorate', lat=35.6, lon=36.0, kind='governorate', geonames_id=None,
    source='Wikipedia "Latakia Governorate" infobox "35\u00b036\u2032N 36\u00b000\u2032E" (same sourced value as seeds/unseen10 gold)', confidence='high',
    note='"a large plain bordering Latakia": the province (the Ghab borders the Latakia mountains, not the city)'),
 'raqqa-governorate': wp('Raqqa Governorate ("A-Raqqa province")', 36.0, 38.9, 'governorate',
    'en.wikipedia "Raqqa Governorate" infobox "Coordinates (Raqqa): 36\u00b000\u2032N 38\u00b054\u2032E / 36; 38.9" (same sourced value as unseen12 gold)',
    '"A-Raqqa province, located east of Aleppo province"; also the optional "Raqqa" of the protest-Friday name "Friday for a Dignified Raqqa" [province, in Syria\u2019s east]'),
 'jabal-al-zawiya': wp('Jabal al-Zawiya (Mount Zawiya), Idlib', 35.733, 36.7, 'region',
    'en.wikipedia "Jabal Zawiya" "35\u00b044\u2032N 36\u00b042\u2032E / 35.733; 36.700" (same sourced value as unseen/unseen8/unseen9 gold)'),
 'ghab-plain': proxy('Sahl al-Ghab (Ghab plain, "Sahl Al Ghab")', 35.68482, 36.33867, 'region', ZIY,
    'large plain of the Orontes in north-western Hama Governorate, ~60 km long; represented by al-Ziyarah in the plain, as in unseen12 gold'),
 'middle-east': nul('Middle East', 'region', 'macro-region (as unseen gold: not geocoded); "the spread of Western influence in the Middle East": optional, treated like a continent'),
 # cities / towns (GeoNames cities500)
 'amman': gn('Amman', 250441, 31.95522, 35.94503, 'city', 'Reuters/Syria Direct dateline "AMMAN"'),
 'washington': gn('Washington, D.C.', 4140963, 38.89511, -77.03637, 'city', '"whom Washington said was killed": the US government; not the many other Washingtons'),
 'damascus': gn('Damascus', 170654, 33.5102, 36.29128, 'city'),
 'daraya': gn('Darayya ("Daraya")', 170892, 33.45835, 36.23256, 'city', '"the Damascus suburb of Daraya" (same id as unseen2 gold)'),
 'aleppo': gn('Aleppo (city)', 170063, 36.20124, 37.16117, 'city'),
 'beirut': gn('Beirut', 276781, 33.89332, 35.50157, 'city', 'dateline "Beirut:"'),
 'kilis': gn('Kilis (Turkey)', 307864, 36.71611, 37.115, 'city', '"the Turkish cities of Kilis and Gaziantep"'),
 'gaziantep': gn('Gaziantep (Turkey)', 314830, 37.05944, 37.3825, 'city'),
 'azaz': gn('Azaz (A\'zaz)', 172082, 36.58662, 37.04628, 'city', 'GeoNames name "I\u2018z\u0101z"; "the nearby city of Azaz"'),
 'bodrum': gn('Bodrum (Mu\u011fla, Turkey)', 320995, 37.03833, 27.42917, 'town', '"off the shore of Bodrum, southwest Turkey" (caption)'),
 'maaret-al-numan': gn('Ma\'arrat al-Nu\'man ("Maaret al-Numan")', 167611, 35.6483, 36.67693, 'city', 'GeoNames name "Ma\u2018arrat an Nu\u2018m\u0101n"; "the town of Maaret al-Numan"'),
 'darat-izza': gn('Darat Izza (Darat \'Izzah)', 170857, 36.28247, 36.85216, 'town', 'GeoNames name "D\u0101rat \u2018Izzah" (same id as unseen gold); "one of the largest opposition-held cities in western Aleppo province"'),
 'idlib-city': gn('Idlib (city)', 169389, 35.93062, 36.63393, 'city', '"the city of Idlib"'),
 'latakia': gn('Latakia (city)', 173576, 35.53168, 35.79011, 'city', '"fleeing Aleppo toward Latakia and Salamiya"'),
 'salamiyah': gn('Salamiyah ("Salamiya"), Hama Governorate', 164947, 35.01127, 37.05324, 'city', 'GeoNames name "As Salam\u012byah"'),
 'kafr-nabl': gn('Kafr Nabl (Kafranbel)', 168661, 35.61376, 36.56449, 'town', 'GeoNames name "Kafranbel" (same id as unseen/unseen18 gold)'),
 'astana': gn('Astana (Kazakhstan)', 1526273, 51.1801, 71.44598, 'city', 'only in the event label "the Astana 6 decision" (optional)'),
 'al-ziyarah': gn('al-Ziyarah ("Ziyara"), Sahl al-Ghab', 172027, 35.68482, 36.33867, 'village', 'GeoNames name "Az Ziy\u0101rah" (same id as unseen18 gold)'),
 # other sourced coordinates
 'atmeh': wp('Atme ("Atma", Atmeh), northern Idlib', 36.31111, 36.68639, 'town',
    'en.wikipedia "Atme" infobox 36\u00b018\u203240\u2033N 36\u00b041\u203211\u2033E (same sourced value as seeds/unseen11/unseen15 gold)', '"the village of Atma, northern Idlib, on the Syrian-Turkish border"'),
 'bab-al-salameh': wp('Bab al-Salameh (Bab al-Salama) border crossing', 36.634389, 37.08575, 'crossing',
    'de.wikipedia "Bab al-Salameh" "Koordinaten: 36\u00b0 38\u2032 3,8\u2033 N, 37\u00b0 5\u2032 8,7\u2033 O" (same sourced value as unseen5/unseen7/unseen16/unseen18 gold)',
    'crossing north of Azaz opposite \u00d6nc\u00fcp\u0131nar (Kilis)'),
 'bab-al-hawa': wp('Bab al-Hawa border crossing', 36.230639, 36.692639, 'crossing',
    'en.wikipedia "Bab al-Hawa Border Crossing" infobox "36\u00b013\u203250.3\u2033N 36\u00b041\u203233.5\u2033E / 36.230639; 36.692639" (same sourced value as unseen/unseen5 gold)'),
 # proxies
 'kos': proxy('Kos (Greek island)', 36.89295, 27.28768, 'feature', 'GeoNames cities500 259245 Kos (the island\'s main town)',
    '"the Greek island of Kos" (caption); the island is ~40 km long, so the town point is within ~30 km of any part of it'),
 'naqus': proxy('Khirbat al-Naqus ("Naqus", \u062e\u0631\u0628\u0629 \u0627\u0644\u0646\u0627\u0642\u0648\u0633), Sahl al-Ghab', 35.68482, 36.33867, 'village', ZIY,
    GHAB_NOTE + ' (same proxy as unseen18 gold "Khirbat al-Naqous")'),
 'tal-wasit': proxy('Tal Wasit ("Tal Waset", \u062a\u0644 \u0648\u0627\u0633\u0637), Sahl al-Ghab', 35.68482, 36.33867, 'village', ZIY, GHAB_NOTE + ' (same proxy as unseen12 gold)'),
 'mansura-ghab': proxy('al-Mansoura ("Mansura", \u0627\u0644\u0645\u0646\u0635\u0648\u0631\u0629), Sahl al-Ghab', 35.68482, 36.33867, 'village', ZIY,
    GHAB_NOTE + ' (same proxy as unseen12/unseen18 gold); not al-Mansurah of Raqqa (GeoNames 8559276)'),
 'jurin': proxy('Jurin ("Jureen", \u062c\u0648\u0631\u064a\u0646), Sahl al-Ghab: village and army regional headquarters', 35.68482, 36.33867, 'village', ZIY,
    '"the bulwark for Jureen, the army\u2019s regional headquarters" (the article); Jurin camp / Naour Jourin represented by al-Ziyarah in unseen18/unseen20 gold; one search ("Jurin village al-Suqaylabiyah District ...") gave no own coordinate; proxy probably within ~5-10 km'),
 'ihsan-camp': proxy('Ihsan camp (IDP camp near Atme), northern Idlib', 36.31111, 36.68639, 'camp',
    'en.wikipedia "Atme" infobox 36\u00b018\u203240\u2033N 36\u00b041\u203211\u2033E (same sourced value as seeds gold)',
    '"the Ihsan camp near the village of Atma" (the article); no own coordinate looked for; proxy probably within ~2-5 km'),
 # not found
 'qabtan-al-jabal': nul('Qabtan al-Jabal ("Qabtan Al-Jabal", \u0642\u0628\u062a\u0627\u0646 \u0627\u0644\u062c\u0628\u0644), western Aleppo countryside', 'village',
    'not in cities500; no coordinate found (one search, "Qabtan al-Jabal village Aleppo Governorate coordinates"; unseen8 gold also has it null); the article places it "about 25 kilometres (15 miles) west of Aleppo"'),
 'sheikh-suleiman-base': nul('Sheikh Suleiman army base (Base 111 / 111th Regiment, at the village of Sheikh Suleiman, \u0634\u064a\u062e \u0633\u0644\u064a\u0645\u0627\u0646), western Aleppo countryside', 'feature',
    'not in cities500; no coordinate found (one search): syriaphotoguide.com "Sheikh Suleiman" puts the village "roughly three kilometers north of the road connecting Aleppo to Darat Azeh", esyria.sy "18 km north-west of Aleppo", the article "about 25 kilometres west of Aleppo" (the base); no single sourced neighbour, so left null'),
 'khirbat-al-jawz': nul('Khirbat al-Jawz (Khirbet al-Joz, \u062e\u0631\u0628\u0629 \u0627\u0644\u062c\u0648\u0632), western Idlib on the Turkish border', 'village',
    'not in cities500; no coordinate found (one search; unseen8 gold also has it null)'),
 'al-qahira-ghab': nul('al-Qahira ("Al Qahira", \u0627\u0644\u0642\u0627\u0647\u0631\u0629), Sahl al-Ghab', 'village',
    'village of the Ghab fighting of August 2015 (the article); no coordinate found (one search); its position within the ~60 km plain is not sourced, so no proxy'),
 'msheik': nul('Msheik (Mishik?, \u0645\u0634\u064a\u0643), Sahl al-Ghab', 'village',
    'village of the Ghab fighting of August 2015 (the article); no coordinate found (one search, with al-Qahira); position within the plain not sourced, so no proxy'),
}

G = 'idlib-governorate'; AG = 'aleppo-governorate'; HG = 'hama-governorate'; US = 'united-states'; UK = 'united-kingdom'
ART = {
 'd01_lovinlife-reuters-jabal-al-zawiya-storm': dict(
  published='2011-09-14', precision='day', outlet='lovinlife.com (US local news site; Reuters copy)',
  url='http://lovinlife.com/news/2011/sep/14/armored-syrian-forces-storm-towns-near-turkey/',
  basis='Date line "Sep 14, 2011, 6:49 a.m." (kept in the text); the URL path /news/2011/sep/14/ agrees; the storming was "on Wednesday" (14 Sep 2011 was a Wednesday).',
  tops=[T('Turkey','turkey', note='title "near Turkey border": the country'), T('AMMAN','amman', note='Reuters dateline'),
        T('Syria','syria', note='"Syria\'s northwest border"'), T('Turkey','turkey'), T('Jabal al-Zawiya','jabal-al-zawiya'),
        T('Turkey','turkey', note='"tougher rhetoric from Turkey": the government'), T('Russia','russia'), T('China','china'), T('Syria','syria'),
        T('Middle East','middle-east', req=False, note='macro-region, optional like a continent'),
        T('Washington','washington', note='"whom Washington said": the US government'), T('U.S.', US, note='"the U.S. ambassador": attributive, required'),
        T('Syria','syria'), T('Damascus','damascus', note='"the Damascus suburb of Daraya": the city'), T('Daraya','daraya'),
        T('Britain', UK, note='"the ambassadors of Britain and France"'), T('France','france')]),
 'd02_dailynewsegypt-afp-sheikh-suleiman-base': dict(
  published='2012-11-24', precision='day', outlet='Daily News Egypt (AFP copy)',
  url='https://www.dailynewsegypt.com/2012/11/24/syria-rebels-ready-final-assault-on-sheikh-suleiman-base/',
  basis='No date line for the article in the kept text; the URL path /2012/11/24/ gives the day; the caption dates the commander\'s interview "on November 23, 2012" / "on 23 November" (the AFP report from Qabtan al-Jabal), published the next day; the base fell on 9-10 Dec 2012 (naharnet, Peninsula and Toledo Blade stored pages), after this report.',
  tops=[T('Syria','syria', note='title "Syria rebels": attributive, required'), T('Sheikh Suleiman','sheikh-suleiman-base', note='title "Sheikh Suleiman base"'),
        T('Qabtan Al-Jabal','qabtan-al-jabal', note='caption'), T('Aleppo','aleppo', note='caption "west of Aleppo": the city'),
        T('Qabtan Al-Jabal','qabtan-al-jabal', note='second caption'), T('Qabtan Al-Jabal','qabtan-al-jabal', note='dateline "Qabtan Al-Jabal (AFP)"'),
        T('Sheikh Suleiman','sheikh-suleiman-base', note='"Sheikh Suleiman army base"'), T('Syria','syria', note='"northwest Syria"'),
        T('Aleppo','aleppo', note='"from Aleppo to the Turkish border": the city'), T('Syria','syria', note='"Syria\u2019s northern metropolis" (Aleppo, unnamed)'),
        T('Qabtan al-Jabal','qabtan-al-jabal', note='"the nearby town of Qabtan al-Jabal"'), T('Aleppo','aleppo', note='"about 25 kilometres west of Aleppo"')]),
 'd03_syriadirect-kafr-nabl-weekly-commentary': dict(
  published='2013-02-22', precision='day', outlet='Syria Direct (Amman-based Syria news site)',
  url='https://syriadirect.org/inside-syria-kafr-nabls-weekly-political-commentary/',
  basis='Date line "February 22, 2013" (kept in the text; shown twice in the stored copy); the text describes "Friday\u2019s protests" of the same day (22 Feb 2013 was a Friday).',
  tops=[T('Syria','syria', note='title "Inside Syria"'), T('Kafr Nabl','kafr-nabl', note='title "Kafr Nabl\u2019s"'), T('Syria','syria', note='"Friday\u2019s protests in Syria"'),
        T('Raqqa','raqqa-governorate', req=False, note='inside the protest-Friday name "Friday for a Dignified Raqqa" (event label): optional; the bracket says the province is meant'),
        T('Syria','syria', note='"[province, in Syria\u2019s east]"'), T('A-Raqqa','raqqa-governorate', note='"A-Raqqa province"'),
        T('Aleppo', AG, note='"east of Aleppo province"'), T('Kafr Nabl','kafr-nabl'),
        T('Aleppo', AG, note='"the FSA-controlled section of Aleppo province" (sic: Kafr Nabl is in Idlib province, as the caption says); annotated as written, the governorate'),
        T('Kafr Nabl','kafr-nabl'), T('Idlib', G, note='caption "Idlib province\u2019s town of Kafr Nabl"'), T('Kafr Nabl','kafr-nabl'),
        T('Raqqa','raqqa-governorate', req=False, note='caption, inside the protest-Friday name: optional')]),
 'd04_latimes-bab-al-salameh-blast': dict(
  published='2014-05-15', precision='day', outlet='Los Angeles Times (USA)',
  url='https://www.latimes.com/world/middleeast/la-fg-syria-turkey-blast-20140515-story.html',
  basis='No date line in the kept text (the caption\'s "July 2012" is the photo\'s); the URL stamp 20140515 gives the day; the blast was "on Thursday" (15 May 2014 was a Thursday); the BBC stored copy\'s caption dates the video "15 May 2014" and the eyeontheworld blog copy is dated "Thursday, May 15, 2014".',
  tops=[T('Bab al-Salameh','bab-al-salameh', note='caption'), T('Turkey','turkey', note='caption "crossing into Turkey"'),
        T('Syria','syria'), T('Turkey','turkey'), T('Bab al-Salameh','bab-al-salameh'), T('Aleppo','aleppo', note='"north of the city of Aleppo"'),
        T('Syria','syria', note='"activists in Syria"'), T('Turkey','turkey'), T('Aleppo', AG, note='"the northern province of Aleppo"'),
        T('Bab al-Salameh','bab-al-salameh'), T('Kilis','kilis'), T('Gaziantep','gaziantep'), T('Azaz','azaz')]),
 'd05_peninsula-afp-sahl-al-ghab-villages-retaken': dict(
  published='2015-08-19', precision='day', outlet='The Peninsula (Qatar; AFP-based; stored on a mirror domain)',
  url='https://367193.bywedr.asia/article/19/08/2015/Syrian-forces-take-back-major-villages-near-regime-bastion',
  basis='Date line "Published: 19 Aug 2015 - 12:05 am" (kept in the text; the "Last Updated: 01 Nov 2021" is a later site update); the URL path /article/19/08/2015/ agrees; the army retook the villages "yesterday" (18 Aug 2015) after "a Syrian newspaper said" the day before that.',
  tops=[T('Kos','kos', note='caption "the Greek island of Kos"'), T('Bodrum','bodrum'), T('Turkey','turkey', note='"southwest Turkey"'),
        T('Beirut','beirut', note='dateline "Beirut:"'), T('Syria','syria', note='"Syria\u2019s armed forces"'), T('Sahl Al Ghab','ghab-plain'),
        T('Hama', HG, note='"the central province of Hama"'), T('Sahl Al Ghab','ghab-plain'),
        T('Latakia','latakia-governorate', note='"a large plain bordering Latakia, the heartland for the clan of President Bashar Al Assad": the province'),
        T('Syria','syria', note='"Al Qaeda\u2019s Syria affiliate": attributive, required'),
        T('Naqus','naqus'), T('Ziyara','al-ziyarah'), T('Tal Waset','tal-wasit'), T('Mansura','mansura-ghab'),
        T('Jureen','jurin', note='"the bulwark for Jureen, the army\u2019s regional headquarters"'), T('Al Qahira','al-qahira-ghab'), T('Msheik','msheik'),
        T('Sahl Al Ghab','ghab-plain')]),
 'd06_newsweek-msf-hospital-maaret-al-numan': dict(
  published='2016-02-15', precision='day', outlet='Newsweek (Europe edition, USA/UK)',
  url='http://europe.newsweek.com/msf-supported-hospital-syrias-idlib-destroyed-air-strikes-426654',
  basis='No date line in the kept text; the strike was "on Monday" (15 Feb 2016 was a Monday) and the caption dates the first image "February 15"; the embedded MSF tweet (dropped) is dated "February 15, 2016", and the report still has the first-day toll (eight staff missing, nine killed per SOHR); the wideo.ovh stored copy of the AFP video is dated 2016-02-15 and the Sputnik France copy\'s URL 20160215.',
  tops=[T('Syria','syria', note='title "Syria\'s Idlib"'), T('Idlib', G, note='title: the province'), T('Idlib', G, note='"the northwestern Syrian province of Idlib"'),
        T('Maaret al-Numan','maaret-al-numan'), T('U.K.', UK, req=False, note='compound "U.K.-based"')]),
 'd07_newsam-turkish-troops-enter-idlib': dict(
  published='2017-10-14', precision='day', outlet='News.am (Armenia)',
  url='https://news.am/eng/news/415314.html',
  basis='Date line "10:27, 14.10.2017" (kept in the text; the site header "Saturday October 14" was dropped as chrome); the search tool\'s date metadata for the stored copy is 2017-10-14.',
  tops=[T('Turkey','turkey', note='title "Turkey troops": attributive, required'), T('Syria','syria', note='title'),
        T('Idlib Governorate', G), T('Syria','syria'), T('Astana','astana', req=False, note='event label "the Astana 6 decision": optional'),
        T('Syria','syria', note='"a de-escalation zone in Syria"'), T('Idlib', G, note='"entering Idlib": the province'), T('Idlib', G),
        T('Bab al-Hawa','bab-al-hawa'), T('Idlib Governorate', G)]),
 'd08_syriadirect-jts-seizes-darat-izza': dict(
  published='2018-02-26', precision='day', outlet='Syria Direct (Amman-based Syria news site)',
  url='https://syriadirect.org/new-rebel-faction-seizes-cities-and-towns-from-hardline-islamist-coalition-in-syrias-northwest/',
  basis='Date line "26 February 2018" (kept in the text); the seizure was "on Monday" (26 Feb 2018 was a Monday), reported the same day.',
  tops=[T('Syria','syria', note='title "Syria\u2019s northwest"'), T('AMMAN','amman', note='dateline'), T('Aleppo', AG, note='"western Aleppo province"'),
        T('Syria','syria', note='"Syria\u2019s rebel-held northwest"'), T('Darat Izza','darat-izza'), T('Aleppo', AG, note='"western Aleppo province"'),
        T('Syria','syria', req=False, note='inside the outlet name "Syria Direct": optional'), T('Darat Izza','darat-izza'),
        T('Aleppo', AG, note='"western Aleppo and northern Idlib provinces"'), T('Idlib', G),
        T('Aleppo', AG, note='"Monday\u2019s advances in western Aleppo": the province'), T('Idlib', G, note='"northern Idlib": the province'),
        T('Bab al-Hawa','bab-al-hawa'), T('Turkey','turkey'), T('Syria','syria'), T('Idlib', G, note='"Idlib province"'),
        T('Hama', HG, note='"nearby areas of Hama and Aleppo provinces"'), T('Aleppo', AG), T('Syria','syria', note='"Syria\u2019s northwest"'),
        T('Darat Izza','darat-izza', note='caption'), T('Idlib', G, note='"Idlib province"'), T('Hama', HG, note='"Hama and Aleppo provinces"'), T('Aleppo', AG)]),
 'd09_smart-camp-fire-khirbat-al-jawz': dict(
  published='2019-01-28', precision='day', outlet='SMART News Agency (Syrian opposition agency, English desk)',
  url='https://smartnews-agency.com/en/wires/2019-01-28-displaced-man-dies-as-result-of-fire-in-camp-western-idlib',
  basis='Date line "Publication date: 2019/01/28 14:54" (kept in the text); the URL path /wires/2019-01-28- agrees; the fire was "On Monday" (28 Jan 2019 was a Monday).',
  tops=[T('Idlib', G, note='title "western Idlib": the province'), T('Idlib', G, note='dateline "Idlib - SMART": read as the province (SMART datelines name the governorate; the event is in its western countryside); the city reading is possible'),
        T('Khirbat al-Jawz','khirbat-al-jawz'), T('Idlib', G, note='"western Idlib"'), T('Syria','syria', note='"Northern Syria"'),
        T('Ihsan','ihsan-camp', note='"the Ihsan camp": the camp\'s name'), T('Atma','atmeh'), T('Idlib', G, note='"northern Idlib"'),
        T('Syria','syria', note='"Northern Syria"')]),
 'd10_iria-russian-syrian-strikes-idlib-aleppo': dict(
  published='2024-12-02', precision='day', outlet='ir-ia.com (international-affairs news site)',
  url='https://ir-ia.com/news/russia-and-syrian-regime-conduct-airstrikes-in-idlib-and-aleppo-after-armed-rebel-group-resurgence',
  basis='Date line "December 2, 2024" (kept in the text); the embedded White Helmets tweet (dropped) is of "Sunday, December 1, 7:00 PM" / "December 1, 2024", and other stored copies of the news (newsbytesapp, wionews) are dated 2 Dec 2024.',
  tops=[T('Russia','russia', note='title "Russia and Syrian regime conduct airstrikes"'), T('Idlib', G, note='title "in Idlib and Aleppo": bare Idlib read as the province by convention (the strikes hit the city and its countryside)'),
        T('Aleppo','aleppo', note='title: the city'), T('Idlib', G, note='"airstrikes on Idlib and Aleppo": the province by convention'), T('Aleppo','aleppo'),
        T('Aleppo','aleppo', note='"the southeastern outskirts of Aleppo"'), T('UK', UK, req=False, note='compound "UK-based"'),
        T('Aleppo','aleppo', note='"advanced deep into Aleppo"'), T('Idlib','idlib-city', note='"the city of Idlib"'),
        T('Aleppo', AG, note='"the countryside of Aleppo": the rural governorate'), T('Aleppo','aleppo', note='"fleeing Aleppo"'),
        T('Latakia','latakia', note='"toward Latakia and Salamiya": the city'), T('Salamiya','salamiyah')]),
}

if __name__ == '__main__':
    build('unseen21', P, ART, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
