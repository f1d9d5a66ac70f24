#!/usr/bin/env python3
"""Builds unseen4.gold.json from the hand annotation below (surface string, place, required, kind, note),
listed in reading order. Adapted from unseen3/tools/build_gold.py. Offsets are computed as UTF-16 code-unit
offsets (all texts here are BMP-only, so UTF-16 offsets equal Python str indices; the node verifier re-checks this)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold_builder import GN, DSPL, T, build, dspl, gn, nul, proxy, wp  # noqa: E402,F401

KASSAB = (35.92639, 35.9897)
ATME = (36.31111, 36.68639)
KAFRANBEL = (35.61376, 36.56449)
DSPL2 = 'Google DSPL canonical countries.csv country centroid (read in a public copy of the table via the code corpus: read_file id 44336002112)'
def dspl2(name, lat, lon, gid, note=None):
    d = dspl(name, lat, lon, gid, note); d['source'] = DSPL2; return d
P = {
 # countries
 'syria': dspl('Syria', 34.802075, 38.996815, 163843),
 'turkey': dspl('Turkey', 38.963745, 35.243322, 298795),
 'russia': dspl('Russia', 61.52401, 105.318756, 2017370),
 'iran': dspl('Iran', 32.427908, 53.688046, 130758),
 'united-kingdom': dspl('United Kingdom', 55.378051, -3.435973, 2635167, 'only an optional mention ("Britain-based")'),
 'lebanon': dspl2('Lebanon', 33.854721, 35.862285, 272103),
 'united-states': dspl2('United States', 37.09024, -95.712891, 6252001),
 'ukraine': dspl2('Ukraine', 48.379433, 31.16558, 690791),
 'israel': dspl2('Israel', 31.046051, 34.851612, 294640),
 # governorates (values as in seeds / unseen2 / unseen3)
 'idlib-governorate': dict(name='Idlib Governorate', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "35°42′N 36°42′E" (same as seeds gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (35.93062, 36.63393)'),
 'hama-governorate': dict(name='Hama Governorate', lat=35.2, lon=37.2, kind='governorate', geonames_id=None,
    source='Wikipedia "Hama Governorate" infobox "35°12′N 37°12′E" (same as seeds gold)', confidence='high',
    note='distinct from Hama city (35.13179, 36.75783)'),
 'aleppo-governorate': dict(name='Aleppo Governorate', lat=36.2, lon=37.6, kind='governorate', geonames_id=None,
    source='sco.wikipedia.org/wiki/Aleppo_Govrenorate infobox "36°12′N 37°36′E" (same as unseen2/unseen3 gold)', confidence='high',
    note='representative point of the governorate, not Aleppo city (36.20124, 37.16117)'),
 'latakia-governorate': dict(name='Latakia Governorate', lat=35.6, lon=36.0, kind='governorate', geonames_id=None,
    source='Wikipedia "Latakia Governorate" infobox "35°36′N 36°00′E" (same as seeds gold)', confidence='high',
    note='distinct from Latakia city (35.53168, 35.79011)'),
 'tartus-governorate': dict(name='Tartus Governorate', lat=34.966667, lon=36.066667, kind='governorate', geonames_id=None,
    source='de.wikipedia.org/wiki/Gouvernement_Tartus "Koordinaten: 34° 58′ N, 36° 4′ O" (found via search, pages corpus)', confidence='high',
    note='representative point of the governorate; distinct from Tartus city (GeoNames 163345: 34.88902, 35.88659)'),
 # GeoNames cities500
 'idlib-city': gn('Idlib (city)', 169389, 35.93062, 36.63393, 'city'),
 'hama-city': gn('Hama (city)', 170017, 35.13179, 36.75783, 'city', 'GeoNames name "Ḩamāh"'),
 'aleppo': gn('Aleppo (city)', 170063, 36.20124, 37.16117, 'city'),
 'damascus': gn('Damascus', 170654, 33.5102, 36.29128, 'city'),
 'beirut': gn('Beirut', 276781, 33.89332, 35.50157, 'city'),
 'maarat-al-numan': gn("Ma'arrat al-Nu'man", 167611, 35.6483, 36.67693, 'city',
    'GeoNames name "Ma‘arrat an Nu‘mān"; spellings here: Maaret al-Numan, Maarat al-Numan'),
 'khan-shaykhun': gn('Khan Shaykhun', 168325, 35.44208, 36.65095, 'town', 'GeoNames name "Khān Shaykhūn"; spellings here: Khan Shaykhun, Khan Sheikhoun'),
 'kafr-zita': gn('Kafr Zita ("Kafar Zita")', 168620, 35.37425, 36.6033, 'town', 'GeoNames name "Kafr Zaytā"'),
 'murak': gn('Murak (Morek)', 166640, 35.37615, 36.6897, 'town', 'GeoNames name "Mūrak"'),
 'ariha': gn('Ariha', 172994, 35.81374, 36.60964, 'town', 'GeoNames name "Arīḩā"'),
 'kassab': gn('Kassab (Kasab, Kessab)', 168519, 35.92639, 35.9897, 'town', 'Armenian town and border crossing with Turkey, north of Latakia'),
 'reyhanli': gn('Reyhanlı (Hatay, Turkey)', 302355, 36.26791, 36.56747, 'town', 'Turkish border town opposite Bab al-Hawa'),
 'harim': gn('Harem (Harim)', 169866, 36.21176, 36.52078, 'city', 'GeoNames name "Ḩārim"'),
 'salqin': gn('Salqin', 164898, 36.13865, 36.45244, 'city', 'GeoNames name "Salqīn"'),
 'ad-dana': gn('ad-Dana ("Dana")', 174259, 36.21254, 36.76998, 'town', 'GeoNames name "Ad Dānā"'),
 # sourced values from seeds / Wikipedia mirrors found with the search tool
 'al-lataminah': wp('al-Lataminah ("Latamina")', 35.320833, 36.6225, 'town',
    'fr.wikipedia "Latamné" 35°19′15″N 36°37′21″E (as sourced in seeds gold; wiki.riteme.site en.wikipedia mirror gives 35.32083, 36.62250)'),
 'hass': wp('Hass (حاس)', 35.616944, 36.595278, 'village', 'en.wikipedia "Hass, Syria" infobox {{coord|35|37|1|N|36|35|43|E}} (as sourced in seeds gold)',
    'village east of Kafr Nabl, Idlib; site of the 26 Oct 2016 school strikes'),
 'atme': wp('Atme (Atmeh)', *ATME, 'town', 'en.wikipedia "Atme" infobox 36°18′40″N 36°41′11″E (as sourced in seeds gold)', 'Harem District, Idlib; on the Turkish border'),
 'sarmada': wp('Sarmada (سرمدا)', 36.182633, 36.731217, 'town',
    'syriaphotoguide.com "Sarmada سرمدا": "Coordinates: 36°10’57.48″N / 36°43’52.38″E" for the Roman funerary monument "on the far eastern side of the rural town" (found via search, pages corpus)',
    'point is on the eastern edge of the town, within ~1 km of its centre', conf='medium'),
 'turmanin': wp('Turmanin ("Termanin", ترمانين)', 36.233, 36.817, 'town',
    'en.wikipedia "Turmanin" infobox "36°14′N 36°49′E / 36.233; 36.817" (wiki.av1.space wikipedia_en_all_mini_2025-06 mirror)',
    'arc-minute precision; town ~4 km NE of ad-Dana (arab-ency.com.sy "ترمانين")', conf='medium'),
 # proxies
 'samra-latakia': proxy('al-Samra (السمرا), Kasab subdistrict, Latakia', *KASSAB, 'village', 'GeoNames cities500 168519 Kassab',
    'coastal village "7 km from the town of Kasab", the last Syrian border point on the Mediterranean coast with Turkey (hawaalsham.com "مشوار لقرية السمرا باللاذقية"; marefa.org "قرية السمرا", ناحية كسب); no own coordinate found; proxy ~5-7 km off'),
 'tramla': proxy('Tramla ("Tarmala", ترملا)', *KAFRANBEL, 'village', 'GeoNames cities500 168661 Kafranbel (Kafr Nabl), as in seeds gold for "Termela"',
    'Jabal Shahshabu village in Kafr Nabl subdistrict, SW Idlib (seeds gold, npasyria.com/?p=17697); proxy may be off by up to ~10 km'),
 'atma-camp': proxy('Atma (Atmeh) IDP camp', *ATME, 'camp', 'en.wikipedia "Atme" infobox 36°18′40″N 36°41′11″E (as in seeds gold)',
    'the "Atma" camp for displaced people lies on the Turkish border next to the town of Atme; proxy within a few km'),
 # not found
 'mediterranean-sea': nul('Mediterranean Sea', 'feature', 'sea; only adjectival / macro-scale mentions ("Mediterranean coast", "Mediterranean heartland"), optional as in unseen3'),
 'middle-east': nul('Middle East', 'region', 'macro-region, optional like continents in the seeds; no point coordinate given'),
 'latmin': nul('Latmin (لطمين)', 'village', 'village in the northern Hama countryside near Kafr Zita / al-Lataminah / Murak (SMART 2019-01-24 lists it with Mourik and Hasraya); no coordinate source found'),
 'maarkaba': nul('Ma\'arkaba ("M’aerkaba", معركبة)', 'village', 'village in the northern Hama countryside near Murak (one of the last three "cities in the north of Hama" per Sputnik/UrduPoint 23 Aug 2019: Morek, Lahaya, Maarkaba); no coordinate source found'),
 'al-lahaya': nul('al-Lahaya (اللحايا)', 'village', 'village in the northern Hama countryside near Murak; no coordinate source found'),
 'al-sayyad': nul('al-Sayyad ("al-Saiyad", الصياد)', 'village', 'village in the southern Idlib countryside near Khan Shaykhun (SANA 23 Aug 2019); no coordinate source found'),
 'sheikh-mustafa': nul('Sheikh Mustafa (الشيخ مصطفى)', 'village', 'village in the southern Idlib countryside (Heish / Kafr Nabl area) taken by the army in Feb 2020; no coordinate source found'),
 'al-naqir': nul('al-Naqir ("Al-Naqeer", النقير)', 'village', 'village in the southern Idlib countryside taken in Feb 2020; no coordinate source found'),
 'kafr-sijnah': nul('Kafr Sijnah (كفر سجنة; "Kafar Sijnah", Kafarsajna)', 'village', 'village of Heish subdistrict, Maarrat al-Nu\'man District, "about 15 km south-west of Ma\'arrat al-Nu\'man, west of the Hama-Aleppo road" (ar.wikipedia "كفر سجنة", kiwix wikipedia_ar_all_maxi_2024-04 copy, infobox coordinates empty); no coordinate found'),
 'arinbah': nul('Arinbah ("Arenabeh", عرينبة)', 'village', 'village in the southern Idlib countryside (seeds gold: "Ureynibe", also null); no coordinate source found'),
 'sutuh-al-deir': nul('Sutuh al-Deir (سطوح الدير)', 'village', 'village in the southern Idlib countryside taken in Feb 2020; no coordinate source found'),
 'deir-sunbul': nul('Deir Sunbul (دير سنبل)', 'village', 'Dead Cities village on Jabal al-Zawiya, "about 5 km from the town of Ihsim" (vodovod-c2.si Arabic article; ASOR incident report); no coordinate source found'),
 'sheikh-damis': nul('al-Sheikh Damis ("Sheikh Damis", الشيخ دامس)', 'village', 'village south-west of Ma\'arrat al-Nu\'man (Syria Times / SANA, Feb 2020: "Sheikh Dams and Hantoutin, west of Ma`rat al-Numan"); no coordinate source found'),
 'hantoutin': nul('Hantoutin (حنتوتين)', 'village', 'village north-west of Ma\'arrat al-Nu\'man (Syria Times / SANA, Feb 2020); no coordinate source found'),
}

G = 'idlib-governorate'; H = 'hama-governorate'; AG = 'aleppo-governorate'; LG = 'latakia-governorate'
OPT_SEA = dict(req=False, note='Mediterranean: sea, macro-scale feature (optional, like continents)')
ART = {
 'x01_yalibnan-afp-maarat-helicopter': dict(
  published='2012-10-17', precision='day', outlet='Ya Libnan (AFP copy)', url='https://yalibnan.com/2012/10/17/syrian-rebels-shoot-down-helicopter-in-idlib/',
  basis='Date in the URL (/2012/10/17/); "Rebels downed a helicopter on Wednesday" and Brahimi in Beirut "on Wednesday" = Wed 17 Oct 2012 (the Arabic aljamaa.net report of the same downing is dated 17 Oct 2012).',
  tops=[T('Idlib',G,note='title "helicopter in Idlib": governorate by convention'),
        T('Damascus','damascus',req=False,note='part of the road name "Damascus-Aleppo highway"'),T('Aleppo','aleppo',req=False,note='part of the road name'),
        T('Maaret al-Numan','maarat-al-numan'),
        T('Middle East','middle-east',req=False,note='macro-region (optional, like continents)'),T('Lebanon','lebanon'),T('Beirut','beirut'),
        T('Syria','syria',req=False,note='"the Syria crisis": event label (seeds: "Syria conflict" optional)'),T('Syria','syria',note='"ceasefire in Syria"'),
        T('Lebanon','lebanon'),T('Turkey','turkey')]),
 'x02_peninsula-kasab-samra-coast': dict(
  published='2014-03-26', precision='day', outlet='The Peninsula (Qatar)', url='http://thepeninsulaqatar.com/news/middle-east/277385/syria-fighters-capture-village-on-mediterranean-coast',
  basis='Page date line "26 Mar 2014 - 4:09"; "activists said yesterday" (25 Mar) and the Kasab offensive "launched ... on Friday" (21 Mar 2014) are consistent.',
  tops=[T('Syria','syria',note='title'),T('Mediterranean','mediterranean-sea',**OPT_SEA),
        T('Kasab','kassab',note='photo caption'),T('Turkey','turkey',note='"border crossing with Turkey"'),T('Latakia',LG,note='"the northwestern province of Latakia"'),
        T('BEIRUT','beirut',note='dateline'),T('Syria','syria',note='"Syria’s Mediterranean coast"'),T('Mediterranean','mediterranean-sea',**OPT_SEA),
        T('Latakia',LG,note='"the coastal province of Latakia"'),T('Syria','syria',note='"the first area of coast in Syria"'),T('Samra','samra-latakia'),
        T('Latakia',LG,note='"Latakia and neighbouring Tartous provinces"'),T('Tartous','tartus-governorate',note='"Tartous provinces": the governorate'),
        T('Mediterranean','mediterranean-sea',**OPT_SEA),T('Syria','syria',note='"central Syria"'),T('Latakia',LG,note='"the Latakia region"'),
        T('Kasab','kassab'),T('Kasab','kassab'),T('Turkey','turkey'),T('Kasab','kassab')]),
 'x03_ap-gcpea-hass-school-strike': dict(
  published='2016-10-27', precision='day', outlet='Associated Press (via GCPEA, protectingeducation.org)', url='https://protectingeducation.org/news/unicef-says-school-attack-a-potential-war-crime/',
  basis='Line "AP, October 27, 2016" on the page; strikes "around midday Wednesday" (26 Oct 2016) reported "a day earlier"; UN News dates the UNICEF statement 27 October 2016.',
  tops=[T('BEIRUT','beirut',note='dateline'),T('Syria','syria',note='"Syria’s rebel-held northern Idlib province"'),T('Idlib',G,note='"Idlib province"'),
        T('Hass','hass'),T('Britain','united-kingdom',req=False,note='"Britain-based" (optional as in seeds)'),T('Syria','syria',note='"a conflict-torn Syria"'),
        T('Idlib',G,note='"Idlib is the main Syrian opposition stronghold": the province'),
        T('U.S.','united-states',req=False,note='"U.S.-led coalition" (like seeds "Iran-backed", optional)')]),
 'x04_trtworld-khan-shaykhun-victims-reyhanli': dict(
  published='2017-04-07', precision='day', outlet='TRT World', url='https://www.trtworld.com:443/article/13089349',
  basis='Date line "April 7, 2017" on the page and page metadata date 2017-04-07 (also at trt.global/world/article/13089349); the attack was on Tue 4 Apr 2017.',
  tops=[T('Turkey','turkey',note='title "treatment in Turkey"'),T('Khan Shaykhun','khan-shaykhun'),T('Khan Sheikhoun','khan-shaykhun',note='photo caption'),
        T('Idlib',G,note='"rebel-held Idlib": governorate'),T('Syria','syria',note='caption'),T('Syria','syria',note='"Syria\'s Idlib"'),T('Idlib',G),
        T('Turkey','turkey'),T('US','united-states',note='"The US government": country for its government'),T('Khan Shaykhun','khan-shaykhun'),
        T('Turkey','turkey',note='"Turkey has said": government'),
        T('Reyhanli','reyhanli',req=False,note='inside the facility name "Reyhanli State Hospital" (names inside names optional)'),T('Turkey','turkey',note='"southeast Turkey"')]),
 'x05_sana-northern-hama-towns-regained': dict(
  published='2019-08-23', precision='day', outlet='SANA (Syrian Arab News Agency, English)', url='https://sana.sy./en/?p=171650',
  basis='No date on the stored page. "on Friday regained control ... following establishing control over ... Khan Sheikhoun": Fri 23 Aug 2019; the same captures are reported on 23 Aug 2019 by Sputnik (UrduPoint "23rd August, 2019"), AP ("said Friday") and Daily Sabah (URL /2019/08/23/, citing SANA).',
  tops=[T('Latamina','al-lataminah',note='title'),T('Kafar Zita','kafr-zita'),T('Latmin','latmin'),T('Morek','murak'),T('M’aerkaba','maarkaba'),T('al-Lahaya','al-lahaya'),
        T('Hama',H,note='"Hama countryside"'),
        T('Hama',H,note='dateline "Hama, SANA-": SANA datelines name the governorate desk; governorate by convention (as unseen3 w06)'),
        T('Latamina','al-lataminah'),T('Kafar Zita','kafr-zita'),T('Latmin','latmin'),T('Morek','murak'),T('M’aerkaba','maarkaba'),T('al-Lahaya','al-lahaya'),
        T('Hama',H,note='"Hama northern countryside"'),T('Khan Sheikhoun','khan-shaykhun'),T('Idleb',G,note='"Idleb southern countryside"'),
        T('Khan Sheikhoun','khan-shaykhun'),T('Idleb',G),T('Hama',H),
        T('Latamina','al-lataminah'),T('Kafar Zita','kafr-zita'),T('Latmin','latmin'),T('Morek','murak'),T('M’aerkaba','maarkaba'),T('al-Lahaya','al-lahaya'),
        T('Khan Sheikhoun','khan-shaykhun'),T('al-Saiyad','al-sayyad'),T('Idleb',G)]),
 'x06_syriacpress-idlib-displaced-border': dict(
  published='2020-02-25', precision='day', outlet='Syriac Press', url='https://syriacpress.com/blog/2020/02/25/displaced-people-along-syrian-turkish-border-concerned-about-syrian-armys-advance-in-idlib/',
  basis='Date in the URL (/blog/2020/02/25/); consistent with the Feb 2020 captures it reports (Sheikh Damis/Hantoutin, Kafr Sijnah).',
  tops=[T('Idlib',G,note='title'),T('IDLIB',G,note='dateline "IDLIB, Syria": governorate by convention (could be read as the city)'),T('Syria','syria',note='dateline'),
        T('Idlib',G,note='"the countryside of Idlib"'),T('Turkey','turkey',note='"Turkey refused": government'),T('Idlib',G),T('Turkey','turkey',note='"flee to Turkey"'),
        T('Idlib',G),T('Turkey','turkey',note='"Turkey’s refusal"'),T('Idlib',G,note='"the southern countryside of Idlib"'),
        T('Sheikh Mustafa','sheikh-mustafa'),T('Al-Naqeer','al-naqir'),T('Kafr Sijnah','kafr-sijnah'),T('Arenabeh','arinbah'),T('Sutuh al-Deir','sutuh-al-deir'),
        T('Deir Sunbul','deir-sunbul'),T('Tarmala','tramla'),T('Sheikh Damis','sheikh-damis'),T('Hantoutin','hantoutin'),T('Maarat al-Numan','maarat-al-numan'),
        T('Idlib',G),T('Atma','atma-camp',note='the “Atma” camp for displaced people'),T('Turkey','turkey'),T('Idlib',G)]),
 'x07_unicef-ariha-children-killed': dict(
  published='2021-10-20', precision='day', outlet='UNICEF UK (statement of the UNICEF Regional Director for MENA)', url='https://www.unicef.org.uk/press-releases/four-children-killed-on-their-way-to-school-in-northwest-syria/',
  basis='Date line "20 October 2021 –" on the page; the Ariha market attack and the Damascus bus bombing were on Wed 20 Oct 2021 (MEE photo caption "20 October 2021").',
  tops=[T('Syria','syria',note='title "northwest Syria"'),T('Ariha','ariha'),
        T('Idlib','idlib-city',note='"Ariha, south of Idlib": Ariha lies in Idlib governorate, ~13 km south of Idlib city, so the city is meant'),
        T('Syria','syria',note='"northwest of Syria"'),T('Damascus','damascus',note='"the capital Damascus"'),T('Syria','syria')]),
 'x08_syriareport-earthquake-collapses': dict(
  published='2023-02-08', precision='month', outlet='The Syria Report (HLP section)', url='https://hlp.syria-report.com/hlp/earthquake-causes-collapse-of-hundreds-of-buildings-across-syria/',
  basis='No date on the stored page and none found (2 look-ups). The text reports White Helmets figures from "the evening of February 07" as a "preliminary overview", so it appeared after 7 Feb 2023, most likely 8-10 Feb 2023; month precision (2023-02), day given as the earliest possible date.',
  tops=[T('Syria','syria',note='title'),T('Syria','syria',note='"Northwest Syria"'),
        T('Aleppo',AG,note='"the governorates of Aleppo, Lattakia, and Idlib"'),T('Lattakia',LG),T('Idlib',G),
        T('Aleppo',AG,note='"most of Aleppo and all of the Lattakia governorates"'),T('Lattakia',LG),T('Idlib',G,note='"the Idlib governorate"'),
        T('Aleppo',AG,note='"the northern countryside of Aleppo"'),T('Syria','syria',note='"northwestern Syria"'),T('Syria','syria',note='"between Syria and Turkey"'),T('Turkey','turkey'),
        T('Syria','syria',req=False,note='part of the organisation name "Syria Civil Defence"'),T('Syria','syria'),T('Syria','syria'),
        T('Syria','syria',req=False,note='part of the outlet name "The Syria Report"'),T('Idlib',G,note='"the most affected areas in Idlib"'),
        T('Harem','harim'),T('Salqin','salqin'),T('Sarmada','sarmada'),T('Dana','ad-dana'),T('Harem','harim'),T('Salqin','salqin'),T('Dana','ad-dana'),
        T('Termanin','turmanin'),T('Dana','ad-dana'),T('Atmeh','atme'),T('Idlib','idlib-city',note='"the city of Idlib"')]),
 'x09_thenational-rebels-enter-hama': dict(
  published='2024-12-06', precision='day', outlet='The National (Abu Dhabi)', url='https://thenational-the-national-prod.cdn.arcpublishing.com/news/2024/12/06/hama-syria-rebels-offensive',
  basis='Date in the URL (/news/2024/12/06/); rebels entered Hama "on Thursday" = 5 Dec 2024, so the piece may first have appeared late on 5 Dec. Title not in the stored copy: the first line is the URL slug.',
  tops=[T('Hama','hama-city',note='slug title "Hama Syria rebels offensive": the article is about the city; city reading'),T('Syria','syria',note='slug title'),
        T('Hama','hama-city',note='"the central city of Hama"'),T('Damascus','damascus',note='"forces loyal to Damascus": capital for the government'),
        T('Hama','hama-city',note='"Hama city"'),T('Hama','hama-city',note='"the city of Hama"'),T('Hama','hama-city',note='"The conquest of Hama"'),
        T('Syria','syria',note='"Syria’s protracted civil war"'),T('Russia','russia'),T('Ukraine','ukraine'),T('Iran','iran'),T('Israel','israel')]),
 'x10_anews-kafar-sijnah-returns': dict(
  published='2025-06-02', precision='day', outlet='A News (anews.com.tr, Turkey)', url='https://www.anews.com.tr/middle-east/2025/06/02/after-assads-exit-refugees-begin-journey-back-to-war-torn-syria',
  basis='Date in the URL (/2025/06/02/) and page metadata date 2025-06-02. Title not in the stored copy: the first line is rebuilt from the URL slug.',
  tops=[T('Syria','syria',note='title (from URL slug)'),T('Syria','syria',note='"authoritarian rule in Syria"'),T('Kafar Sijnah','kafr-sijnah'),T('Kafar Sijnah','kafr-sijnah'),
        T('Idlib',G,note='"south of the Idlib countryside"'),T('Russia','russia',note='"Assad\'s flight to Russia"')]),
}

build('unseen4', P, ART, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
