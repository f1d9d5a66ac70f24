#!/usr/bin/env python3
"""Builds unseen27.gold.json from the hand annotation below (surface string, place, required, kind, note),
listed in reading order. Adapted from unseen14/tools/build_gold.py (same shared gold_builder: offsets are UTF-16
code-unit offsets; all texts here are BMP-only, so they equal Python str indices; the node verifier re-checks this).
No nested or raw annotations: names inside organisation or outlet names ("The Islamic Turkestan Party", "Turkistan
Islamic Party", "Idlib health directorate", "Idlib University", "Ya Libnan"), inside compounds ("London-based") and
inside a currency name ("US dollar") are annotated on their own as optional. "Maidanka dam" and "Kastal Hill" are
annotated whole as features; "Jarrah" (always "the Jarrah air base") as the air base."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold_builder import GN, DSPL, T, build, dspl, gn, nul, proxy, wp  # noqa: E402,F401

DSPL_R = 'Google DSPL canonical countries.csv country centroid (same value as the earlier sets\' gold, confirmed there in public copies of the table via the code corpus)'
P = {
 # countries (DSPL centroids, values reused from earlier gold)
 'syria': dspl('Syria', 34.802075, 38.996815, 163843, src=DSPL_R + ' (seeds gold)'),
 'turkey': dspl('Turkey', 38.963745, 35.243322, 298795, src=DSPL_R + ' (seeds gold)'),
 'china': dspl('China', 35.86166, 104.195397, 1814991, src=DSPL_R + ' (unseen gold)'),
 'lebanon': dspl('Lebanon', 33.854721, 35.862285, 272103, src=DSPL_R + ' (unseen4/unseen13 gold)', note='only inside the outlet name "Ya Libnan" (optional)'),
 'united-states': dspl('United States', 37.09024, -95.712891, 6252001, src=DSPL_R + ' (unseen12/unseen14 gold)', note='only in the currency name "US dollar" (optional)'),
 # governorates / regions
 'idlib-governorate': dict(name='Idlib Governorate', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "Coordinates: 35°42′N 36°42′E" (same value as seeds gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (35.93062, 36.63393)'),
 'latakia-governorate': wp('Latakia Governorate', 35.6, 36.0, 'governorate', 'Wikipedia "Latakia Governorate" infobox "35°36′N 36°00′E" (same sourced value as seeds gold)',
    '"Latakia province"'),
 'hatay-province': proxy('Hatay Province (Turkey)', 36.20655, 36.15722, 'governorate', 'GeoNames cities500 323779 Antakya',
    'represented by Antakya, the provincial seat (same proxy as unseen5/unseen13/unseen17/unseen23 gold); "the Turkish border town of Yayladagi in Hatay province"'),
 'afrin-region': wp('Afrin District / Afrin region (Aleppo Governorate)', 36.51, 36.867778, 'region',
    'ru.wikipedia "Африн (район)" 36°30′36″N 36°52′04″E (same sourced value as unseen7/unseen8/unseen11/unseen14 gold)', '"Dam in Afrin", "Syrian Afrin", "many parts of Afrin", "northern Syria’s Afrin": the district/enclave', conf='medium'),
 'jabal-al-akrad': wp('Jabal al-Akrad (Kurd Mountain), Latakia', 35.65, 36.2, 'region',
    'en.wikipedia "Jabal al-Akrad" "Coordinates 35°39′N 36°12′E" (same sourced value as unseen3/unseen6/unseen17 gold)'),
 'east-turkestan': wp('East Turkestan (Xinjiang, China)', 41, 85, 'region', 'en.wikipedia "Xinjiang" infobox {{coord|41|85}} (same sourced value as seeds/unseen3 gold)',
    'only inside the group names "The Islamic Turkestan Party" / "Turkistan Islamic Party" (optional)', conf='medium'),
 'euphrates': nul('Euphrates River', 'feature', 'linear feature, no single point (as seeds/unseen7/unseen12 gold); "along the Euphrates" (required)'),
 # features
 'jirah-air-base': wp('Jirah Military Airbase ("Jarrah air base", al-Jarrah)', 36.0975, 37.94028, 'feature',
    'en.wikipedia "Jirah Military Airbase" "36°5′51″N 37°56′25″E / 36.09750; 37.94028" (same sourced value as unseen9 gold)',
    '"the Jarrah air base, about 40 miles east of Aleppo"'),
 'mastumah-camp': wp('al-Mastumah military camp (معسكر المسطومة), south of Idlib city', 35.87444, 36.63111, 'feature',
    'en.wikipedia "Al-Mastumah" infobox 35°52′28″N 36°37′52″E (the village; same sourced value as unseen5/unseen7/unseen20 gold)',
    'the army camp by the village of al-Mastumah ("the heavily-fortified Mastoumeh camp ... the village, hill ... all also called Mastoumeh", eaworldview stored page); the village point is used', conf='medium'),
 'qarmeed-camp': proxy('al-Qarmeed military camp ("Qarmeed camp", the Brick Factory camp), Idlib', 35.87444, 36.63111, 'feature',
    'en.wikipedia "Al-Mastumah" infobox 35°52′28″N 36°37′52″E (same sourced value as unseen5 gold)',
    'no own coordinate looked up; "the nearby Qarmeed (Brick Factory) camp" (eaworldview stored page on the Mastoumeh battle); represented by al-Mastumah, probably within ~5 km'),
 'afrin-dam': wp('Afrin Dam (17 April Dam, Maydanki Dam; "Maidanka dam")', 36.623103, 36.873184, 'feature',
    'en.wikipedia "Afrin Dam" infobox coordinates 36°37′23″N 36°52′23″E / 36.623103; 36.873184 (it.qaz.wiki copy; the en.wikipedia stored page gives "officially 17 April Dam ... also called Maydanki Dam ... 12 km from the town of Afrin, near the village of Midaneka (Maydanki)"; found via search, pages corpus)'),
 'maydanki': proxy('Maydanki (Midaneka, ميدانكي), Afrin District ("the Maidanka area")', 36.623103, 36.873184, 'village',
    'en.wikipedia "Afrin Dam" 36°37′23″N 36°52′23″E (it.qaz.wiki copy)',
    'village by the dam ("near the village of Midaneka (Maydanki)", en.wikipedia "Afrin Dam"; the dam "is about two kilometres from the town of Maydanki", alwatannews stored page); represented by the dam point, ~2 km'),
 'mount-barsa': wp('Mount Barsa / Barsaya ("Kastal Hill", Qastal hill), between Azaz and Afrin districts', 36.63333, 37.02333, 'feature',
    'en.wikipedia "Mount Barsa" coordinates 36°38′0″N 37°1′24″E / 36.63333; 37.02333 (wikiland.org French copy; yoda.wiki copy gives the same; found via search, pages corpus)',
    '"Qastal hill and Mount Barsaya are alternative names for the same peak" (Rudaw stored page, 28 January 2018, on the same day\'s fighting in Shara district)'),
 'bab-al-hawa': wp('Bab al-Hawa Border Crossing', 36.230639, 36.692639, 'crossing',
    'en.wikipedia "Bab al-Hawa Border Crossing" infobox "36°13′50.3″N 36°41′33.5″E / 36.230639; 36.692639" (same sourced value as unseen/unseen5 gold)'),
 # cities / towns / villages (GeoNames cities500)
 'damascus': gn('Damascus', 170654, 33.5102, 36.29128, 'city'),
 'aleppo': gn('Aleppo (city)', 170063, 36.20124, 37.16117, 'city'),
 'latakia': gn('Latakia (city)', 173576, 35.53168, 35.79011, 'city', 'dateline "LATAKIA, Syria"'),
 'beirut': gn('Beirut', 276781, 33.89332, 35.50157, 'city', 'dateline "BEIRUT —"'),
 'ankara': gn('Ankara', 323786, 39.91987, 32.85427, 'city', '"Ankara announced": the Turkish government'),
 'london': gn('London', 2643743, 51.50853, -0.12574, 'city', 'only in the compound "London-based" (optional)'),
 'idlib-city': gn('Idlib (city)', 169389, 35.93062, 36.63393, 'city'),
 'jisr-al-shughur': gn('Jisr al-Shughur ("Jisr Al-Shughur")', 169023, 35.81418, 36.31983, 'city', 'GeoNames name "Jisr ash Shughūr"'),
 'bdama': gn('Bdama (بداما), Jisr al-Shughur District', 171494, 35.81151, 36.19649, 'village', 'GeoNames name "Bdāmā" (same id as unseen22 gold)'),
 'yayladagi': gn('Yayladağı ("Yayladagi"), Hatay (Turkey)', 297466, 35.9025, 36.06272, 'town', 'same id as unseen10 gold'),
 'raqqa': gn('Raqqa ("Raqqah", city)', 172955, 35.95283, 39.00788, 'city', 'GeoNames name "Ar Raqqah"; "the north-central city of Raqqah"'),
 'ariha': gn('Ariha ("Jericho", أريحا), Idlib', 172994, 35.81374, 36.60964, 'city',
    'GeoNames name "Arīḩā". The Al-Monitor text (a translation from As-Safir) renders أريحا as "the city of Jericho": the camp is "located near the city of Jericho"; al-Mastumah lies ~7 km north-east of Ariha, and the Long War Journal stored page on the same battle names "the road between Al Mastoumah and the regime-held town of Ariha". Not Jericho in the West Bank.'),
 'jarabulus': gn('Jarablus ("Jarabulus")', 169179, 36.8175, 38.01111, 'town', 'GeoNames name "Jarābulus" (same id as unseen12 gold)'),
 'marea': gn('Mare\' ("Marea")', 167245, 36.48259, 37.19709, 'town', 'GeoNames name "Māri‘" (same id as unseen15 gold)'),
 'azaz': gn('Azaz (A\'zaz)', 172082, 36.58662, 37.04628, 'city', 'GeoNames name "I‘zāz" (same id as unseen11 gold)'),
 # other sourced coordinates
 'salma': wp('Salma (سلمى), Jabal al-Akrad', 35.69, 36.13667, 'town',
    'en.wikipedia.org/wiki/Salma,_Syria "Coordinates: 35°41′24″N 36°8′12″E / 35.69000; 36.13667" (same sourced value as unseen3/unseen6/unseen17 gold)'),
 'sarmada': wp('Sarmada (سرمدا)', 36.182633, 36.731217, 'town',
    'syriaphotoguide.com "Sarmada" 36°10′57.48″N 36°43′52.38″E (same sourced value as unseen4/unseen6/unseen10 gold)', 'point on the eastern edge of the town', conf='medium'),
 # proxies
 'saif-al-dawla': proxy('Saif al-Dawla (Sayf al-Dawla) district, Aleppo', 36.20124, 37.16117, 'neighbourhood', 'GeoNames cities500 170063 Aleppo (city)',
    'western Aleppo city district next to Salaheddin; no own coordinate looked up (unseen22 gold: one search gave only city pages); proxy within a few km'),
 'salah-al-din': proxy('Salah al-Din ("Salaheddin") neighbourhood, Aleppo', 36.20124, 37.16117, 'neighbourhood', 'GeoNames cities500 170063 Aleppo (city)',
    'south-western Aleppo city neighbourhood; no own coordinate looked up (as unseen23 gold); proxy probably within ~2-4 km'),
 'tartiyah': proxy('Tartiyah ("Tirtyah", Tartayah), Jabal al-Akrad, Latakia', 35.69, 36.13667, 'village',
    'en.wikipedia "Salma, Syria" 35°41′24″N 36°8′12″E (same sourced value as unseen17 gold)',
    'no own coordinate found (one search, "Tartiyah village Latakia Jabal al-Akrad coordinates"); "The village of Tartiyah is strategically situated to the east of the rebel stronghold of Salma" (repsrpskaenglish stored page, 13 Jan 2016); represented by Salma, probably within a few km'),
 'kaljibrin': proxy('Kaljibrin (Kiljibrin, كلجبرين), Azaz District', 36.5667, 37.1628, 'village',
    'en.wikipedia "Kafra, Syria" infobox 36°34′00″N 37°09′46″E (de.wikial.top copy; found via search, pages corpus)',
    'no own coordinate found (one search); the Kafra article places "Kaljibrin 5 km south-west" of Kafra (and Kafra "about 35 km north of Aleppo, 10 km east of Azaz"); the text gives "Kaljibrin, 40 kilometers north of Aleppo"; represented by Kafra, ~5 km'),
}

G = 'idlib-governorate'; LG = 'latakia-governorate'; AR = 'afrin-region'
ART = {
 'i01_ahram-afp-bdama-refugee-supply-line': dict(
  published='2011-06-19', precision='day', outlet='Ahram Online (AFP copy)',
  url='https://english.ahram.org.eg/NewsContent/2/8/14599/World/Region/Syrian-army-cuts-off-supply-line-for-refugees-resi.aspx',
  basis='Date line "AFP , Sunday 19 Jun 2011" (kept in the text); residents "said Sunday" and the troops entered Bdama "On Saturday" (18 June 2011; CNN\'s stored blog post of June 18th and the Al Jazeera page, URL 2011/06/20116181..., report the entry the day before).',
  tops=[T('Yayladagi','yayladagi', note='caption "the Turkish border town of Yayladagi"'), T('Hatay','hatay-province', note='"Hatay province"'),
        T('Turkey','turkey', note='"refugees fleeing to Turkey"'), T('Bdama','bdama'), T('Turkey','turkey'), T('Ankara','ankara'),
        T('Bdama','bdama'), T('Bdama','bdama'), T('Idlib', G, note='"the northwestern province of Idlib"'), T('Jisr Al-Shughur','jisr-al-shughur'),
        T('Turkey','turkey'), T('Bdama','bdama')]),
 'i02_yourmiddleeast-army-advances-saif-al-dawla': dict(
  published='2012-08-13', precision='day', outlet='Your Middle East (AFP-based)',
  url='https://yourmiddleeast.com/2012/08/13/syria-army-advances-into-rebel-held-aleppo-district/',
  basis='Date line "Last updated: 13 August, 2012" (kept in the text) and the URL path /2012/08/13/; the army "advanced on Monday" (13 Aug 2012).',
  tops=[T('Syria','syria', note='title "Syria army"'), T('Aleppo','aleppo', note='"rebel-held Aleppo district"'), T('Syria','syria', note='"Syria’s army"'),
        T('Aleppo','aleppo', note='"the country’s second city Aleppo"'), T('Salaheddin','salah-al-din'), T('Syria','syria', note='"Syria’s regime forces"'),
        T('Saif al-Dawla','saif-al-dawla'), T('Salaheddin','salah-al-din'), T('Aleppo','aleppo'), T('Salaheddin','salah-al-din'), T('Salaheddin','salah-al-din')]),
 'i03_latimes-rebels-capture-jarrah-air-base': dict(
  published='2013-02-12', precision='day', outlet='Los Angeles Times (USA)',
  url='https://www.latimes.com/world/la-xpm-2013-feb-12-la-fg-wn-syrian-rebels-military-base-20130212-story.html',
  basis='No date line in the kept text; the URL gives 2013-feb-12 / 20130212; the forces "said Tuesday" (12 Feb 2013); the AP copy on startribune.com is dated "February 12, 2013" and the rantburg repost of this LA Times piece is dated 2013-02-13.',
  tops=[T('Aleppo','aleppo', note='title "near Aleppo"'), T('BEIRUT','beirut'), T('Aleppo','aleppo', note='"the embattled northern city of Aleppo"'),
        T('Jarrah','jirah-air-base', note='"the Jarrah air base"'), T('Aleppo','aleppo', note='"about 40 miles east of Aleppo"'),
        T('Aleppo','aleppo', note='"control of Aleppo"'), T('Aleppo','aleppo', note='"the route from Aleppo east"'), T('Raqqah','raqqa'),
        T('Euphrates','euphrates', note='"along the Euphrates"')]),
 'i04_almonitor-nusra-blow-mastumah-camp': dict(
  published='2015-05-20', precision='day', outlet='Al-Monitor (translation of As-Safir)',
  url='https://www.al-monitor.com/pulse/sites/almonitor/contents/articles/security/2015/05/syria-north-idlib-jabhat-al-nusra-army-camp-control.html',
  basis='Date line "May 20, 2015" (kept in the text); the breakthrough was "yesterday [May 19]"; other stored copies of the news (warsintheworld AFP repost, "Wednesday, May 20, 2015") agree.',
  tops=[T('Idlib', G, note='title "Syrian army camp in Idlib": the province'), T('al-Mastumah','mastumah-camp', note='"the strategic al-Mastumah camp"'),
        T('Idlib', G, note='"camp in Idlib"'), T('Syria','syria', note='"Syria\'s President"'), T('Qarmeed','qarmeed-camp', note='"Qarmeed camp"'),
        T('Syria','syria', note='"Syria\'s northern front"'), T('Idlib', G, note='"the countryside of Idlib"'), T('Syria','syria', note='"al-Qaeda’s branch in Syria"'),
        T('al-Mastumah','mastumah-camp'), T('Jericho','ariha', note='"the city of Jericho": Ariha (أريحا) in translation'),
        T('al-Mastumah','mastumah-camp'), T('Jericho','ariha', note='"toward the city of Jericho": Ariha')]),
 'i05_upi-regime-captures-salma-latakia': dict(
  published='2016-01-12', precision='day', outlet='UPI (USA)',
  url='https://www.upi.com/Top_News/World-News/2016/01/12/Syria-Regime-forces-capture-strategic-town-in-Latakia-province/8771452623186/',
  basis='Dateline "LATAKIA, Syria, Jan. 12 (UPI)" (kept in the text) and the URL path /2016/01/12/; the government "said Tuesday" (12 Jan 2016); the caption dates the state-news report "January 12, 2016".',
  tops=[T('Syria','syria', note='title "Syria:"'), T('Latakia', LG, note='title "Latakia province"'), T('Salma','salma'), T('Jabal al-Akrad','jabal-al-akrad', note='"the Jabal al-Akrad mountains"'),
        T('Salma','salma'), T('Latakia', LG, note='"Latakia province"'), T('Jabal al-Akrad','jabal-al-akrad'),
        T('LATAKIA','latakia', note='dateline'), T('Syria','syria', note='dateline "LATAKIA, Syria"'), T('Latakia', LG, note='"the country\'s northwestern Latakia province"'),
        T('Salma','salma'), T('Tirtyah','tartiyah'), T('Salma','salma'), T('Salma','salma'),
        T('Turkestan','east-turkestan', req=False, note='inside the group name "The Islamic Turkestan Party"'), T('Syria','syria', note='"al-Qaida\'s branch in Syria"'),
        T('Salma','salma'), T('Jabal al-Akrad','jabal-al-akrad')]),
 'i06_muraselon-sdf-turkish-strikes-afrin-dam': dict(
  published='2018-01-28', precision='day', outlet='Muraselon (English edition; Sputnik-based)',
  url='https://en.muraselon.com/2018/01/kurdish-sdf-report-turkish-airstrikes-dam-afrin/',
  basis='No date line in the kept text and the URL gives only 2018/01; the same Sputnik report is dated 28 January 2018 in its German (de.sputniknews.com URL 20180128...) and Portuguese (jb.com.br URL 2018/01/28) stored copies; the YPG press centre\'s statement on the dam strikes is dated "January 28, 2018" and Rudaw\'s stored page of 28 January reports the fighting on Qastal hill "on Sunday" (28 Jan 2018). Day taken from these; the muraselon post could be a day later (see README caveats).',
  tops=[T('Afrin', AR, note='title "Dam in Afrin": the district'), T('Maidanka','maydanki', note='"the Maidanka area"'), T('Afrin', AR, note='"Syrian Afrin"'),
        T('Maidanka dam','afrin-dam'), T('Afrin', AR, note='"many parts of Afrin"'), T('Kastal Hill','mount-barsa'),
        T('Syria','syria', note='"northern Syria’s Afrin"'), T('Afrin', AR, note='"northern Syria’s Afrin"')]),
 'i07_smart-jarabulus-council-turkish-lira': dict(
  published='2020-06-19', precision='day', outlet='SMART News Agency (Syrian opposition agency, English wire)',
  url='https://smartnews-agency.com/en/wires/2020-06-19-local-council-in-jarabulus-east-of-aleppo-announces-that-turk',
  basis='Date line "Publication date: 2020/06/19 08:55" (kept in the text); the URL path /wires/2020-06-19-...',
  tops=[T('Jarabulus','jarabulus', note='title'), T('Aleppo','aleppo', note='title "east of Aleppo"'), T('Aleppo','aleppo', note='dateline "Aleppo - SMART"'),
        T('Jarabulus','jarabulus', note='"The Jarabulus local council"'), T('Syria','syria', note='"Northern Syria"'), T('Jarabulus','jarabulus', note='"the Jarabulus local council"'),
        T('Jarabulus','jarabulus', note='"the city of Jarabulus"'), T('Aleppo','aleppo', note='"106 kilometers northeast of Aleppo"'),
        T('Kaljibrin','kaljibrin'), T('Aleppo','aleppo', note='"40 kilometers north of Aleppo"'), T('Syria','syria', note='"Northern Syria"'),
        T('Marea','marea'), T('Marea','marea'), T('Aleppo','aleppo', note='"35 kilometers north of Aleppo"'), T('Syria','syria', note='"Northern Syria"'),
        T('Azaz','azaz'), T('US','united-states', req=False, note='currency name "the US dollar"'), T('Syria','syria', note='"the history of Syria"')]),
 'i08_memo-first-covid-vaccines-northwest-syria': dict(
  published='2021-04-21', precision='day', outlet='Middle East Monitor (UK; Reuters-based)',
  url='https://www.middleeastmonitor.com/20210421-first-batch-of-covid-19-vaccines-arrives-in-northwest-syria/',
  basis='Date line "April 21, 2021 at 9:30 pm" (kept in the text) and the URL path /20210421-...; the vaccines arrived "on Wednesday" (21 Apr 2021), as the caption says.',
  tops=[T('Syria','syria', note='title "northwest Syria"'), T('Bab al-Hawa','bab-al-hawa', note='caption "Bab al-Hawa border crossing"'), T('Syria','syria', note='"between Syria and Turkey"'),
        T('Turkey','turkey'), T('Syria','syria', note='"Syria’s rebel-held northwestern Idlib"'), T('Idlib', G, note='caption "northwestern Idlib": the province'),
        T('Syria','syria', note='"Northwest Syria received"'), T('Syria','syria', note='"Syria’s Idlib"'), T('Idlib', G, note='"Syria’s Idlib": the province'),
        T('Bab al Hawa','bab-al-hawa', note='"the Bab al Hawa border crossing"'), T('Turkey','turkey'), T('Syria','syria', note='"northwest Syria"'),
        T('Idlib', G, req=False, note='inside the body name "the Idlib health directorate"'), T('Syria','syria', note='"COVAX vaccines in Syria"'),
        T('Syria','syria', note='"Syria’s population"'), T('Syria','syria', note='"Syria was hard hit"')]),
 'i09_bianet-qahtani-killed-suicide-bombing': dict(
  published='2024-04-05', precision='day', outlet='bianet (Turkey, English service)',
  url='https://bianet.org/haber/jihadist-leader-killed-in-suicide-bombing-near-syrian-turkish-border-293939',
  basis='Date line "Date published: 5 April 2024 14:51 ~ Modified On: 5 April 2024 14:52" (kept in the text); the bombing was "yesterday (April 4)"; the LBCI (AFP) stored copy is dated 2024-04-05.',
  tops=[T('Idlib', G, note='"killed in the bombing in Idlib, the stronghold of the militant group": the province/region'), T('Idlib', G, note='"which controls Idlib and its surroundings"'),
        T('Syria','syria'), T('London','london', req=False, note='compound "London-based"'), T('Sarmada','sarmada'), T('Idlib', G, note='"the town of Sarmada in Idlib"'),
        T('Sarmada','sarmada')]),
 'i10_yalibnan-uyghurs-in-syria-report': dict(
  published='2025-05-24', precision='day', outlet='Ya Libnan (Lebanon; copy on the daily8.com aggregator)',
  url='https://www.daily8.com/en/article/2218fc47cdcdc86085837b5369249392',
  basis='Date line "Ya Libnan 24-05-2025" shown with the article in the stored copy (kept in the text; in the copy the outlet name and the date run together: "Ya Libnan24-05-2025"); the aggregator\'s tag page lists the same report as "Ya Libnan time24-05-2025". No other date is given.',
  tops=[T('Syria','syria', note='title'), T('Libnan','lebanon', req=False, note='inside the outlet name "Ya Libnan"'),
        T('Turkistan','east-turkestan', req=False, note='inside the group name "the Turkistan Islamic Party"'), T('Syria','syria', note='"the Turkistan Islamic Party in Syria"'),
        T('DAMASCUS','damascus', note='dateline "DAMASCUS—"'), T('Syria','syria', note='"Syria\'s capital"'), T('Damascus','damascus', note='"around Damascus"'),
        T('Syria','syria', note='"a new government in Syria"'), T('Syria','syria', note='"made their way to Syria"'), T('China','china'), T('Turkey','turkey'),
        T('Syria','syria', note='"Uyghur leaders in Syria"'), T('Idlib','idlib-city', note='"the rebel-held city of Idlib"'), T('Jisr al-Shughur','jisr-al-shughur'),
        T('Idlib','idlib-city', req=False, note='inside the name "Idlib University" (in Idlib city)')]),
}

if __name__ == '__main__':
    build('unseen27', P, ART, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
