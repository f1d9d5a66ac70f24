#!/usr/bin/env python3
"""Builds unseen6.gold.json from the hand annotation below (surface string, place, required, kind, note),
listed in reading order. Adapted from unseen5/tools/build_gold.py. Offsets are UTF-16 code-unit offsets (all texts
here are BMP-only, so they equal Python str indices; the node verifier re-checks this).
Nested optional annotations (nested=True) are searched inside the span of the preceding non-nested annotation.
raw=True: the surface string is searched without the letter-boundary check (z01 "Britain" inside "Britainbased")."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold_builder import GN, DSPL, T, build, dspl, gn, nul, proxy, wp  # noqa: E402,F401

DSPL3 = 'Google DSPL canonical countries.csv country centroid (value confirmed in public copies of the table via the code corpus, find_string)'

MAARAT = (35.6483, 36.67693)
HOMS = (34.72682, 36.72339)
SALMA = (35.69, 36.13667)
P = {
 # countries
 'syria': dspl('Syria', 34.802075, 38.996815, 163843),
 'turkey': dspl('Turkey', 38.963745, 35.243322, 298795),
 'russia': dspl('Russia', 61.52401, 105.318756, 2017370),
 'iran': dspl('Iran', 32.427908, 53.688046, 130758),
 'united-kingdom': dspl('United Kingdom', 55.378051, -3.435973, 2635167, 'only optional mentions ("Britainbased", "UK-based")'),
 'lebanon': dspl('Lebanon', 33.854721, 35.862285, 272103, src=DSPL3),
 'jordan': dspl('Jordan', 30.585164, 36.238414, 248816, src=DSPL3),
 'united-states': dspl('United States', 37.09024, -95.712891, 6252001, src=DSPL3),
 # governorates
 'idlib-governorate': dict(name='Idlib Governorate', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "35°42′N 36°42′E" (same as seeds gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (35.93062, 36.63393)'),
 'hama-governorate': dict(name='Hama Governorate', lat=35.2, lon=37.2, kind='governorate', geonames_id=None,
    source='Wikipedia "Hama Governorate" infobox "35°12′N 37°12′E" (same as seeds gold)', confidence='high',
    note='distinct from Hama city (35.13179, 36.75783)'),
 'aleppo-governorate': dict(name='Aleppo Governorate', lat=36.2, lon=37.6, kind='governorate', geonames_id=None,
    source='sco.wikipedia.org/wiki/Aleppo_Govrenorate infobox "36°12′N 37°36′E" (same value as unseen2-5 gold)', confidence='high',
    note='representative point of the governorate, not Aleppo city (36.20124, 37.16117)'),
 'homs-governorate': dict(name='Homs Governorate', lat=34.3, lon=38.3, kind='governorate', geonames_id=None,
    source='en.wikipedia "Homs Governorate" infobox "34°18′N 38°18′E" (same value as unseen5 gold)', confidence='high',
    note='representative point of the (mostly desert) governorate, ~140 km east of Homs city (34.72682, 36.72339)'),
 'daraa-governorate': dict(name='Daraa Governorate', lat=32.9, lon=36.2, kind='governorate', geonames_id=None,
    source='Wikipedia "Daraa Governorate" infobox "32°54′N 36°12′E" (same value as seeds gold)', confidence='high'),
 'latakia-governorate': dict(name='Latakia Governorate', lat=35.6, lon=36.0, kind='governorate', geonames_id=None,
    source='Wikipedia "Latakia Governorate" infobox "35°36′N 36°00′E" (same value as seeds gold)', confidence='high',
    note='distinct from Latakia city (35.53168, 35.79011)'),
 # cities / towns (GeoNames)
 'beirut': gn('Beirut', 276781, 33.89332, 35.50157, 'city'),
 'amman': gn('Amman', 250441, 31.95522, 35.94503, 'city'),
 'tehran': gn('Tehran', 112931, 35.69439, 51.42151, 'city'),
 'gaziantep': gn('Gaziantep (Turkey)', 314830, 37.05944, 37.3825, 'city'),
 'latakia': gn('Latakia (city)', 173576, 35.53168, 35.79011, 'city'),
 'damascus': gn('Damascus', 170654, 33.5102, 36.29128, 'city', 'only optional mentions ("pro-Damascus")'),
 'maarat-al-numan': gn("Ma'arrat al-Nu'man", 167611, *MAARAT, 'city', 'GeoNames name "Ma‘arrat an Nu‘mān"; spellings here: Maaret al-Numan, Ma`arat al-Nu`man'),
 'jisr-al-shughur': gn('Jisr al-Shughur', 169023, 35.81418, 36.31983, 'city', 'GeoNames name "Jisr ash Shughūr"; spelling here: Jisr al-Shughour'),
 'khan-shaykhun': gn('Khan Shaykhun', 168325, 35.44208, 36.65095, 'town', 'GeoNames name "Khān Shaykhūn"; spellings here: Khan Shaykun, Khan Sheikhoun, Khan Sheihkoun'),
 'taftanaz': gn('Taftanaz', 163799, 35.99832, 36.78579, 'town', 'GeoNames name "Taftanāz"; in z02 all mentions are of the Taftanaz (helicopter) air base named after the town, a few km from it (annotated as the town, as unseen5 did for "al-Mastouma camp")'),
 'binnish': gn('Binnish', 171451, 35.95664, 36.7138, 'town'),
 'saraqib': gn('Saraqib ("Saraqeb")', 164816, 35.86447, 36.80591, 'town', 'GeoNames name "Sarāqib"'),
 'darkush': gn('Darkush ("DARKUSH")', 170865, 35.9918, 36.39361, 'town', 'GeoNames name "Darkūsh"; Jisr al-Shughur District, on the Orontes near the Turkish border'),
 'morek': gn('Morek (Murak)', 166640, 35.37615, 36.6897, 'town', 'GeoNames name "Mūrak"; northern Hama countryside, site of a Turkish observation post'),
 'rabia': gn("Rabia (Rabi'ah), Latakia", 167880, 35.78656, 36.03825, 'town', 'GeoNames name "Rabī‘ah" (PPLA3, Latakia admin1); Turkmen Mountain area'),
 'tremseh': gn('Tremseh (al-Tremseh, التريمسة)', 9847679, 35.27181, 36.50395, 'village', 'village west of Hama city, Hama Governorate (same GeoNames id as unseen5 gold)'),
 # Wikipedia / other sourced coordinates found with the search tool
 'kabani': wp('Kabani (Kabanah, كبانة; "Kabana")', 35.71833, 36.23361, 'village',
    'en.wikipedia "Kabani, Syria" 35°43′6″N 36°14′1″E (arietiform proxy copy of en.wikipedia and wikijii.com cs copy; found via search, pages corpus)',
    'hilltop town in al-Haffah District, Latakia Governorate, ~10 km SW of Jisr al-Shughur'),
 'salma': wp('Salma (سلمى), Latakia', *SALMA, 'town',
    'en.wikipedia "Salma, Syria" 35°41′24″N 36°8′12″E (en.wikipedia stored copy; found via search, pages corpus)', 'main town of Jabal al-Akrad'),
 'shanshar': wp('Shanshar (شنشار), Homs', 34.60083, 36.71833, 'village',
    'ar.wikipedia "شنشار" infobox 34°36′3″N 36°43′6″E, GeoNames id 164256 (ar.m.wikipedia stored copy; found via search, pages corpus)',
    'village ~15 km south of Homs city on the Homs–Damascus highway, al-Qusayr District', gid=164256),
 'sarmada': wp('Sarmada (سرمدا)', 36.18263, 36.73122, 'town',
    'syriaphotoguide.com "Sarmada" 36°10′57.48″N 36°43′52.38″E (coordinate of the Roman funerary monument on the far eastern edge of the town; found via search, pages corpus)',
    'Harem District near Bab al-Hawa; the point is on the town edge, within ~1-2 km of its centre', conf='medium'),
 'urum-al-kubra': wp('Urum al-Kubra (أورم الكبرى; "Big Orem")', 36.14861, 36.95, 'town',
    'ru.wikipedia "Урум-эль-Кубра" 36°08′55″N 36°57′00″E (perceptiotr.com / perceptiode.com copies; found via search, pages corpus)',
    '"Big Orem" = Urum al-Kubra, western Aleppo countryside on the Aleppo–Idlib road, ~10 km west of Aleppo\'s edge', conf='medium'),
 'qah': wp('Qah (قاح)', 36.29639, 36.72528, 'village',
    'Wikipedia "Qah" 36°17′47″N 36°43′31″E (wikiland.org fr copy and it.qwertyu.wiki it copy; found via search, pages corpus)',
    'Harem District, al-Dana subdistrict, just east of the Turkish border; large IDP camps'),
 'qah-camp': wp('Qah IDP camp', 36.29028, 36.73056, 'camp',
    'wikimapia.org "Qah IDP Camp" 36°17′25″N 36°43′50″E (found via search, pages corpus)',
    '"the larger Qah refugee camp": the camp at Qah village (opened Oct 2012), ~1 km from the village point', conf='medium'),
 'jabal-al-akrad': wp('Jabal al-Akrad (Mountain of the Kurds), Latakia', 35.65, 36.2, 'region',
    'Wikipedia "Jabal al-Akrad" 35°39′N 36°12′E (it.abcdef.wiki and de.wikial.top copies; found via search, pages corpus)',
    'rural mountain region of ~60 villages in NE Latakia Governorate (Salma, Kinsabba, Kabani)', conf='medium'),
 'turkmen-mountain': wp('Turkmen Mountain (Jabal Turkman, Bayırbucak)', 35.78139, 35.9825, 'region',
    'en.wikipedia "Turkmen Mountain" 35°46′53″N 35°58′57″E (db0nus869y26v.cloudfront.net and nzt.eth.link copies; found via search, pages corpus)',
    'mountain area of northern Latakia Governorate along the Turkish border', conf='medium'),
 # proxies
 'kinsabba': proxy('Kinsabba (Kansaba, كنسبا)', *SALMA, 'village', 'en.wikipedia "Salma, Syria" point (Salma is the neighbouring town; "Kinsabba to the north")',
    'no coordinate found in the stored copies (fr.wikipedia copy at defzone.net lists none); proxy may be off by ~3-6 km'),
 'baba-amr': proxy('Baba Amr (بابا عمرو), Homs', *HOMS, 'neighbourhood', 'GeoNames cities500 169577 Homs (city)',
    '"the district of Baba Amr": neighbourhood in south-western Homs city; city point used, within a few km'),
 'maarat-eastern-countryside': proxy("eastern Ma'arrat al-Nu'man area (\"Ma`arat al-Nu`man al-Sharqi\")", *MAARAT, 'region',
    "GeoNames cities500 167611 Ma'arrat al-Nu'man",
    'most likely a translation of "ريف معرة النعمان الشرقي" (the eastern countryside of Ma\'arrat al-Nu\'man); no place of this exact name was found; city point used, the area meant lies within ~5-20 km east of it'),
 # not found
 'al-tah': nul('al-Tah (التح; "Al-Tah", "Tah")', 'village', 'village ~19 km south-east of Ma\'arrat al-Nu\'man, midway between Ma\'arrat al-Nu\'man and Khan Shaykhun (esyria.sy eIdleb page); about 45 km from Idlib city (Sputnik 2020); no coordinate source found'),
 'tahtaya': nul('Tahtaya (تحتايا; "Tahtay")', 'village', 'village in southern rural Idlib (Abu al-Duhur / Sinjar area); no coordinate source found'),
 'azmarin': nul('Azmarin (عزمارين)', 'village', 'village on the Orontes next to the Turkish border, a few km north of Darkush (per the article); no coordinate source found'),
 'li-ajlina-camp': nul('Li Ajlina (لأجلنا) displacement camp, Qah', 'camp', 'one of the IDP camps in the Qah area (the article); exact location not established (within a few km of Qah, 36.29639, 36.72528)'),
 'zuweiqat': nul('Zuweiqat (al-Zuwayqat) mountain, Latakia', 'feature', 'hilltop just south of Kabani (Alalam/Fars 13 Mar 2016: "Jabal al-Zweiqat"); no coordinate source found'),
 'mount-qasioun': nul('Mount Qasioun (Damascus)', 'feature', 'only inside the outlet name "Qasioun News" (optional)'),
 'turkey-syria-border': nul('Turkey–Syria border', 'border', 'linear feature, no single point (as seeds gold); only the optional adjectival form "Syrian-Turkish borders" (z07)'),
}

G = 'idlib-governorate'; H = 'hama-governorate'; AG = 'aleppo-governorate'; LG = 'latakia-governorate'
ART = {
 'z01_jamaicaobserver-afp-idlib-shelling-al-tah': dict(
  published='2012-07-05', precision='day', outlet='Jamaica Observer (AFP copy)', url='https://www.jamaicaobserver.com/2012/07/05/syria-pounds-anti-regime-strongholds-27-killed/',
  basis='Date in the page URL (/2012/07/05/); the shelling "on Thursday" = Thu 5 Jul 2012 (AFP, BEIRUT dateline). No date line in the kept text.',
  tops=[T('Syria','syria',note='title "Syria pounds": the state / its forces'),T('BEIRUT','beirut',note='dateline'),T('Lebanon','lebanon',note='dateline "BEIRUT, Lebanon"'),T('Idlib',G,note='"the northwestern province of Idlib"'),
        T('Maaret al-Numan','maarat-al-numan'),T('Britain','united-kingdom',req=False,raw=True,note='inside "Britainbased" (= Britain-based; optional as seeds "U.K.-based")'),
        T('Al-Tah','al-tah',note='"the village of Al-Tah"'),T('Daraa','daraa-governorate',note='"the southeastern province of Daraa"'),T('Jordan','jordan',note='"the border with Jordan"'),
        T('Homs','homs-governorate',note='"the central province of Homs"'),T('Shanshar','shanshar'),T('Baba Amr','baba-amr',note='"the district of Baba Amr": neighbourhood of Homs city'),
        T('Syria','syria',note='"the conflict in Syria"')]),
 'z02_reuters-taftanaz-air-base': dict(
  published='2013-01-11', precision='day', outlet='Reuters', url='https://www.reuters.com/article/us-syria-crisis-base/rebels-say-they-seized-helicopter-base-in-syria-idUSBRE90A0BP20130111',
  basis='Date line "January 11, 2013 / 10:13 AM" on the stored page (page header, not kept in the text) and the URL id ...20130111; the base was seized "on Friday" = Fri 11 Jan 2013; the Chicago Tribune copy of the Reuters update is dated January 11, 2013.',
  tops=[T('Syria','syria',note='title'),T('BEIRUT','beirut',note='dateline'),T('Syria','syria',note='"northern Syria"'),T('Idlib',G,note='"Idlib province"'),
        T('Taftanaz','taftanaz',note='"Taftanaz base": the air base named after the town'),T('Syria','syria',note='"northern Syria"'),
        T('United States','united-states',note='"The United States has branded": government'),T('Syria','syria',note='"wide support in Syria"'),
        T('Taftanaz','taftanaz',note='"Taftanaz is the largest helicopter base": the base'),T('Syria','syria',note='"northern Syria"'),
        T('Taftanaz','taftanaz',note='"the Taftanaz base"')]),
 'z03_nowlebanon-kabana-latakia-offensive': dict(
  published='2016-03-16', precision='month', outlet='NOW (NOW Lebanon / NOW News, Beirut)', url='https://now.mmedia.me/lb/en/NewsReports/566719-syria-regime-presses-toward-key-idlib-town',
  basis='No date on the stored page or in its URL. The text reports events of Wednesday morning, after the 27 Feb 2016 ceasefire and the Feb 2016 fall of Kinsabba, with the Zuweiqat height taken "just days before"; the assault on Kabani began on Wed 2 Mar 2016 (news-front.info/Al-Masdar 3 Mar 2016) and the army was reported pushing on Jabal al-Zweiqat and the southern heights of Kabani on 10-13 Mar 2016 (Alalam/Fars, Sun 13 Mar 2016). So March 2016, most likely Wed 16 Mar (or 9 Mar); month precision, day set to 16 Mar as best estimate.',
  tops=[T('Syria','syria',note='title "Syria regime": the state'),T('Idlib',G,note='title "key Idlib town": the province'),T('Kabana','kabani'),T('Latakia',LG,note='"a Latakia mountain town": the governorate'),
        T('Jisr al-Shughour','jisr-al-shughur'),T('BEIRUT','beirut',note='dateline'),T('Syria','syria',note='"Syria’s coast"'),T('Idlib',G,note='"the Idlib province"'),
        T('Kabana','kabani'),T('Idlib',G,note='"Idlib’s Jisr al-Shughour": the province'),T('Jisr al-Shughour','jisr-al-shughur'),T('Kabana','kabani'),
        T('Zuweiqat','zuweiqat',note='"the Zuweiqat mountaintop"'),T('Qasioun','mount-qasioun',req=False,note='inside the outlet name "Qasioun News" (optional)'),
        T('Latakia',LG,note='"the Latakia village": the governorate'),T('Lebanon','lebanon',note='"Lebanon’s Al-Akhbar": the country'),T('Kabana','kabani'),
        T('Kabana','kabani'),T('Jabal al-Akrad','jabal-al-akrad'),T('Jabal Turkmen','turkmen-mountain',note='"the Jabal al-Akrad and Jabal Turkmen Mountains"'),
        T('Latakia','latakia',note='"Mountains north of Latakia": distance reference to the city (could be read as the governorate)'),T('Salma','salma'),
        T('Kabana','kabani'),T('Rabia','rabia'),T('Kinsabba','kinsabba'),T('Latakia',LG,note='"the Latakia countryside"'),T('Turkey','turkey',note='"the border with Turkey"')]),
 'z04_ocha-moumtzis-statement-big-orem-sarmada': dict(
  published='2018-08-14', precision='day', outlet='UN OCHA (statement of the Regional Humanitarian Coordinator for the Syria Crisis)', url='https://unocha.org/publications/report/syrian-arab-republic/statement-panos-moumtzis-regional-humanitarian-coordinator-syria-6',
  basis='Dateline "Amman, 14 August 2018" in the statement; the strikes it reports were on Fri 10 and Sun 12 Aug 2018 ("over the weekend").',
  tops=[T('Syria','syria',req=False,note='inside the job title "Regional Humanitarian Coordinator for the Syria Crisis" (optional)'),
        T('Syria','syria',note='title "Northwest Syria"'),T('Amman','amman',note='dateline'),T('Idleb',G,note='"Idleb and Aleppo governorates"'),T('Aleppo',AG),
        T('Idleb',G,note='"A military operation in Idleb and surrounding areas"'),T('Syria','syria',note='"other parts of Syria"'),
        T('Big Orem','urum-al-kubra',note='"Big Orem town" = Urum al-Kubra'),T('Aleppo',AG,note='"western rural Aleppo Governorate"'),
        T('Khan Shaykun','khan-shaykhun'),T('Idleb',G,note='"southern rural Idleb"'),T('Tah','al-tah',note='"the village of Tah" = al-Tah'),
        T('Tahtay','tahtaya',note='"the village of Tahtay" = Tahtaya'),T('Idleb',G,note='"southern rural Idleb"'),T('Sarmada','sarmada'),
        T('Idleb',G,note='"northern rural Idleb Governorate"')]),
 'z05_miningjournal-ap-tehran-summit-idlib': dict(
  published='2018-09-07', precision='day', outlet='The Mining Journal (Marquette, Michigan; AP copy)', url='http://www.miningjournal.net/uncategorized/2018/09/iran-russia-turkey-presidents-meet-in-high-stakes-summit/',
  basis='AP dateline TEHRAN; the summit "in Tehran on Friday" = Fri 7 Sep 2018 (Tehran summit of Iran, Russia, Turkey; TRT World and Sharjah24 reports dated 2018-09-07); URL month /2018/09/.',
  tops=[T('Iran','iran',note='title "Iran, Russia, Turkey presidents": states'),T('Russia','russia'),T('Turkey','turkey'),T('TEHRAN','tehran',note='dateline'),
        T('Iran','iran',note='dateline "TEHRAN, Iran"'),T('Iran','iran'),T('Russia','russia'),T('Turkey','turkey'),T('Tehran','tehran',note='venue'),
        T('Syria','syria'),T('Turkey','turkey',note='"Turkey’s president"'),T('Syria','syria',note='"Syria’s Idlib"'),T('Idlib',G),T('Idlib',G,note='"including Idlib"'),
        T('Tehran','tehran'),T('Syria','syria'),T('Idlib',G,note='quotation'),T('Syria','syria',note='"Syria’s future"'),T('Idlib',G),T('Idlib',G),T('Idlib',G),
        T('Russia','russia',note='"Russia’s stance"'),T('Syria','syria',note='"all of Syria"'),T('Idlib',G,note='"speaking of Idlib"')]),
 'z06_omanobserver-reuters-khan-sheikhoun': dict(
  published='2019-08-20', precision='day', outlet='Oman Observer (Reuters wording)', url='https://www.omanobserver.om/syrian-army-tightens-grip-on-key-town-after-rebel-withdrawal/',
  basis='Page metadata date 2019-08-20; the insurgents withdrew from Khan Sheikhoun "overnight" 19-20 Aug 2019 (Reuters/SOHR, Al Arabiya 20 Aug 2019). Title not in the stored copy: first line rebuilt from the URL slug.',
  tops=[T('BEIRUT','beirut',note='dateline'),T('Damascus','damascus',req=False,note='"pro-Damascus" (optional, as "Britain-based")'),T('Khan Sheikhoun','khan-shaykhun'),
        T('Khan Sheikhoun','khan-shaykhun'),T('Syria','syria',note='"“every inch” of Syria"'),T('Khan Sheikhoun','khan-shaykhun'),
        T('Damascus','damascus',req=False,note='"pro-Damascus" (optional)'),T('UK','united-kingdom',req=False,note='"UK-based" (optional)'),
        T('Hama',H,note='"neighbouring Hama province"'),T('Khan Sheikhoun','khan-shaykhun'),T('Khan Sheikhoun','khan-shaykhun'),T('Hama',H,note='"northern Hama"'),
        T('Damascus','damascus',req=False,note='"pro-Damascus" (optional)'),T('Morek','morek'),T('Khan Sheihkoun','khan-shaykhun',note='misspelling in the text'),
        T('Hama',H,note='"in Hama province"')]),
 'z07_enabbaladi-ceasefire-idps-maarat': dict(
  published='2019-09-02', precision='month', outlet='Enab Baladi (English edition)', url='https://english.enabbaladi.net/archives/2019/09/ceasefire-idlibs-idps-only-chance-to-move-their-belongings/?so=related',
  basis='URL month /2019/09/; the text quotes a resident "On Monday, September 2" (2019) and the truce "put into force on August 31 at dawn". Published on or shortly after 2 Sep 2019; the exact day is not shown on the stored page, so month precision, day set to 2 Sep as best estimate.',
  tops=[T('Idlib',G,note='title "Idlib’s IDPs"'),T('Russia','russia'),T('Idlib',G,note='"Idlib province"'),
        T('Ma`arat al-Nu`man al-Sharqi','maarat-eastern-countryside',note='probably "the eastern countryside of Ma`arat al-Nu`man"; whole name annotated'),
        T('Syrian-Turkish borders','turkey-syria-border',req=False,note='adjectival (demonym) form of the border name: optional'),
        T('Russia','russia'),T('Idlib',G,note='"southern rural Idlib"'),T('Ma`arat al-Nu`man','maarat-al-numan'),T('Idlib',G,note='"operating in Idlib"'),
        T('Idlib',G,note='"the towns and villages of Idlib"'),T('Syria','syria',req=False,note='inside the organisation name "the Syria Response Coordination Group" (optional)'),
        T('Ma`arat al-Nu`man','maarat-al-numan',note='"Ma`arat al-Nu`man area"'),T('Russia','russia'),T('Idlib',G,note='"southern and eastern rural Idlib"'),
        T('Ma`arat al-Nu`man','maarat-al-numan',note='"the Ma`arat al-Nu`man and its surrounding"'),T('Russia','russia')]),
 'z08_dailysabah-turkish-soldiers-killed-idlib': dict(
  published='2020-02-27', precision='day', outlet='Daily Sabah (Turkey)', url='https://dailysabah.com/politics/2-turkish-soldiers-killed-2-wounded-in-airstrike-in-syrias-idlib/news/amp',
  basis='No date on the stored page or in its URL. The Defense Ministry statement came "late Wednesday" = Wed 26 Feb 2020 (photo caption of 26 Feb 2020); Al Arabiya reported it "early on Thursday" 27 Feb 2020 (KSA 01:47) and Sputnik/UrduPoint cited the Daily Sabah report on 27 Feb 2020. Day set to 27 Feb 2020 (Turkish time); 26 Feb late evening cannot be excluded.',
  tops=[T('Syria','syria',note='title "Syria\'s Idlib"'),T('Idlib',G,note='title'),T('Binnish','binnish',note='caption'),T('Saraqeb','saraqib',note='caption'),
        T('Idlib',G,note='caption "east of the Idlib province"'),T('Syria','syria',note='caption "northwestern Syria"'),T('Syria','syria',note='"northwestern Syria\'s Idlib"'),
        T('Idlib',G),T('Idlib',G,note='"stationed in Idlib"'),T('Idlib',G,note='"Idlib, near Turkey\'s southern border"'),T('Turkey','turkey',note='"Turkey\'s southern border"'),
        T('Turkey','turkey',note='"a deal between Turkey and Russia": governments'),T('Russia','russia'),T('Idlib',G,note='"Idlib is home"'),
        T('Syria','syria',note='"other parts of Syria"'),T('Turkey','turkey',note='"Turkey already hosts"'),T('Idlib',G,note='"violence in Idlib"')]),
 'z09_straitstimes-afp-quake-darkush-azmarin': dict(
  published='2023-02-06', precision='day', outlet='The Straits Times (AFP copy)', url='https://www.straitstimes.com/world/middle-east/in-monster-quake-s-aftermath-a-race-to-save-lives-as-survivors-grapple-with-their-loss',
  basis='Page metadata date 2023-02-06; "recalled on Monday the massive earthquake" = Mon 6 Feb 2023, the day of the Kahramanmaraş earthquake. Title not in the stored copy: first line rebuilt from the URL slug.',
  tops=[T('DARKUSH','darkush',note='dateline'),T('Syria','syria',note='dateline'),T('Syria','syria',note='"north-west Syria"'),T('Idlib',G,note='"Idlib province"'),
        T('Gaziantep','gaziantep',note='"the Turkish city of Gaziantep"'),T('Turkey','turkey',note='"cities in Turkey"'),T('Syria','syria',note='"war-ravaged Syria"'),
        T('Azmarin','azmarin'),T('Syria','syria',note='"Syria’s border with Turkey"'),T('Turkey','turkey'),T('Darkush','darkush')]),
 'z10_thestar-xinhua-qah-camp-returns-tremseh': dict(
  published='2025-05-18', precision='day', outlet='The Star (Malaysia; Xinhua copy)', url='https://www.thestar.com.my/news/world/2025/05/18/feature-displaced-syrians-head-for-home-amid-longing-uncertainty',
  basis='Date line "Sunday, 18 May 2025" on the page and the URL (/2025/05/18/); the Xinhua dateline reads "QAH, Syria, May 17", so the wire item is dated one day earlier; the convoy left "On Friday" = Fri 16 May 2025.',
  tops=[T('QAH','qah',note='dateline'),T('Syria','syria',note='dateline'),T('Qah','qah',note='"In Qah village"'),T('Syria','syria',note='"Syria\'s Idlib province"'),
        T('Idlib',G),T('Tremseh','tremseh'),T('Hama',H,note='"Tremseh, Hama province"'),T('Li Ajlina','li-ajlina-camp',note='"the Li Ajlina displacement camp"'),
        T('Qah','qah-camp',note='"the larger Qah refugee camp": the camp named after the village'),T('Tremseh','tremseh')]),
}

build('unseen6', P, ART, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
