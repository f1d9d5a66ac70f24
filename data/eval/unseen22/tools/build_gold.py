#!/usr/bin/env python3
"""Builds unseen22.gold.json from the hand annotation below (surface string, place, required, kind, note), listed in
reading order. Adapted from unseen14/tools/build_gold.py (same shared gold_builder: offsets are UTF-16 code-unit offsets;
all texts are BMP-only, so they equal Python str indices; the node verifier re-checks this). No nested or raw
annotations: names inside organisation names ("Islamic State in Iraq and Syria"), compounds ("Britain-based",
"Turkey-backed", "Hollywood trailer-style") and monument names ("the Aleppo Citadel") are annotated on their own as
optional. Road names ("the M5 highway") are not annotated, as in the earlier sets."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold_builder import GN, DSPL, T, build, dspl, gn, nul, proxy, wp  # noqa: E402,F401

DSPL_R = ('Google DSPL canonical countries.csv country centroid (same value as the earlier sets\' gold, printed from their '
          'place tables by name; confirmed there in public copies of the table via the code corpus)')
P = {
 # countries (DSPL centroids, values reused from earlier gold place tables)
 'syria': dspl('Syria', 34.802075, 38.996815, 163843, src=DSPL_R),
 'turkey': dspl('Turkey', 38.963745, 35.243322, 298795, src=DSPL_R),
 'russia': dspl('Russia', 61.52401, 105.318756, 2017370, src=DSPL_R),
 'united-states': dspl('United States', 37.09024, -95.712891, 6252001, src=DSPL_R, note='"U.S.", "US"'),
 'united-kingdom': dspl('United Kingdom', 55.378051, -3.435973, 2635167, src=DSPL_R, note='only in the optional compound "Britain-based"'),
 'iraq': dspl('Iraq', 33.223191, 43.679291, 99237, src=DSPL_R + ' (unseen gold)', note='only inside the organisation name "Islamic State in Iraq and Syria" (optional)'),
 # governorates / provinces (sourced values reused from earlier gold)
 'idlib-governorate': dict(name='Idlib Governorate', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "35°42′N 36°42′E" (same as seeds and earlier sets\' gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (GeoNames 169389: 35.93062, 36.63393)'),
 'hama-governorate': dict(name='Hama Governorate', lat=35.2, lon=37.2, kind='governorate', geonames_id=None,
    source='Wikipedia "Hama Governorate" infobox "35°12′N 37°12′E" (same value as seeds/unseen gold)', confidence='high',
    note='representative point of the governorate, not Hama city; "northwestern Hama" (its countryside)'),
 'latakia-governorate': dict(name='Latakia Governorate', lat=35.6, lon=36.0, kind='governorate', geonames_id=None,
    source='Wikipedia "Latakia Governorate" infobox "35°36′N 36°00′E" (same value as seeds/unseen10 gold)', confidence='high',
    note='"the western province of Latakia"'),
 'daraa-governorate': dict(name='Daraa Governorate', lat=32.9, lon=36.2, kind='governorate', geonames_id=None,
    source='Wikipedia "Daraa Governorate" infobox "32°54′N 36°12′E" (same value as seeds/unseen6/unseen12 gold)', confidence='high',
    note='"the restive southern region of Deraa"'),
 'hatay-province': proxy('Hatay Province (Turkey)', 36.20655, 36.15722, 'governorate', 'GeoNames cities500 323779 Antakya, the provincial seat (same proxy as unseen5/unseen17 gold)',
    '"the southern province of Hatay"; no single representative point used; the seat stands for the province'),
 # crossings
 'bab-al-hawa': wp('Bab al-Hawa Border Crossing', 36.230639, 36.692639, 'crossing',
    'en.wikipedia "Bab al-Hawa Border Crossing" 36°13′50.3″N 36°41′33.5″E (same sourced value as unseen/unseen5 gold)',
    'Syrian side of the main Idlib–Hatay crossing; "Syria’s Bab al-Hawa post", "the Bab Al Hawa crossing"'),
 'cilvegozu': proxy('Cilvegözü ("Cilvegozu") border gate, Reyhanlı, Hatay (Turkey)', 36.230639, 36.692639, 'crossing',
    'en.wikipedia "Bab al-Hawa Border Crossing" infobox "36°13′50.3″N 36°41′33.5″E" (same proxy as unseen20 gold)',
    'the Turkish gate facing Bab al-Hawa ("the Cilvegozu crossing ... opposite Syria’s Bab al-Hawa post", the article); proxy within ~1-2 km'),
 # cities / towns (GeoNames cities500)
 'idlib-city': gn('Idlib (city)', 169389, 35.93062, 36.63393, 'city'),
 'aleppo': gn('Aleppo (city)', 170063, 36.20124, 37.16117, 'city'),
 'damascus': gn('Damascus', 170654, 33.5102, 36.29128, 'city'),
 'homs': gn('Homs (city)', 169577, 34.72682, 36.72339, 'city'),
 'daraa': gn('Daraa (city)', 170905, 32.61889, 36.10213, 'city', 'GeoNames name "Dar‘ā" (same id as unseen18 gold)'),
 'beirut': gn('Beirut', 276781, 33.89332, 35.50157, 'city', 'datelines "BEIRUT:" / "BEIRUT •"'),
 'ankara': gn('Ankara', 323786, 39.91987, 32.85427, 'city'),
 'moscow': gn('Moscow', 524901, 55.75222, 37.61556, 'city', 'used for the Russian government ("Moscow said", "ally Moscow")'),
 'maarat-al-numan': gn('Maarat al-Numan ("Maaret al-Numan")', 167611, 35.6483, 36.67693, 'city', 'GeoNames name "Ma‘arrat an Nu‘mān"'),
 'bdama': gn('Bdama (بداما), Jisr al-Shughur District', 171494, 35.81151, 36.19649, 'village', 'GeoNames name "Bdāmā" (admin1 12 = Idlib)'),
 'reyhanli': gn('Reyhanlı ("Reyhanli"), Hatay (Turkey)', 302355, 36.26791, 36.56747, 'town', 'same id as unseen20 gold'),
 'mhardeh': gn('Mhardeh (Muhradah), Hama Governorate', 166742, 35.2479, 36.5725, 'town', 'GeoNames name "Muḩradah"'),
 'suqaylabiyah': gn('al-Suqaylabiyah ("Al-Sqaylabiyeh"), Hama Governorate', 163921, 35.36674, 36.39359, 'town', 'GeoNames name "As Suqaylibīyah"'),
 'ariha': gn('Ariha, Idlib Governorate', 172994, 35.81374, 36.60964, 'city', 'GeoNames name "Arīḩā"; "Ariha, south of Idlib"'),
 'zarbah': gn('al-Zirbah ("al-Zarbah"), southern Aleppo countryside', 172045, 36.06771, 36.98012, 'town', 'GeoNames name "Az Zarbah" (admin1 09 = Aleppo), on the M5 south-west of Aleppo'),
 'hollywood': gn('Hollywood (Los Angeles, USA)', 5357527, 34.09834, -118.32674, 'neighbourhood', 'only the optional attributive "a Hollywood trailer-style voiceover" (the film industry)'),
 # other sourced coordinates (values reused from earlier gold)
 'kafr-nabudah': wp('Kafr Nabudah ("Kafr Naboudeh"), Hama Governorate', 35.431667, 36.492778, 'town',
    'pl.wikipedia "Kafr Nabuda" 35°25′54″N 36°29′34″E (wikizero mirror; same sourced value as seeds/unseen7 gold)', '"the Kafr Naboudeh front"'),
 'al-eis': wp('al-Eis ("al-Ess", العيس), southern Aleppo countryside', 35.996389, 37.000556, 'town',
    'pl.wikipedia "Al-Is" 35°59′47″N 37°00′02″E (same sourced value as unseen11 gold)', '"the town of al-Eis"'),
 'sheikh-maqsoud': wp('Sheikh Maqsoud (Sheikh Maqsood), Aleppo', 36.23611, 37.15167, 'neighbourhood',
    'en.wikipedia "Sheikh Maqsood" infobox "36°14′10″N 37°9′6″E / 36.23611; 37.15167" (same sourced value as unseen13 gold; the wiki-gateway stored copy was seen again in a search for unseen22)',
    'Kurdish-majority neighbourhood of northern Aleppo city'),
 # proxies
 'ashrafieh': proxy('al-Ashrafiyah ("Ashrafieh"), Aleppo', 36.23611, 37.15167, 'neighbourhood',
    'en.wikipedia "Sheikh Maqsood" 36°14′10″N 37°9′6″E (the bordering neighbourhood; same proxy as unseen13/unseen17 gold)',
    'Kurdish-majority neighbourhood next to Sheikh Maqsoud ("the Sheikh Maqsoud and Ashrafieh neighborhoods"); no own coordinate; proxy within ~1-2 km'),
 'baba-amr': proxy('Baba Amr (بابا عمرو), Homs', 34.72682, 36.72339, 'neighbourhood', 'GeoNames cities500 169577 Homs (city) (same proxy as unseen6 gold)',
    'neighbourhood of Homs city ("the Baba Amr rebel stronghold in the city of Homs", the article); no own coordinate; proxy within a few km'),
 'khaldieh': proxy('al-Khalidiyah ("Khaldieh"), Homs', 34.72682, 36.72339, 'neighbourhood', 'GeoNames cities500 169577 Homs (city)',
    '"the rebel-held neighborhood of Khaldieh in Homs" (the article); no own coordinate looked up; proxy within a few km'),
 'saif-al-dawla': proxy('Saif al-Dawla (Sayf al-Dawla) district, Aleppo', 36.20124, 37.16117, 'neighbourhood', 'GeoNames cities500 170063 Aleppo (city)',
    '"the Saif al-Dawla district of the northern city of Aleppo" (the caption); no own coordinate found (one search, "Saif al-Dawla district Aleppo neighborhood coordinates", gave only city pages); proxy within a few km'),
 'khirbet-al-joz': proxy('Khirbet al-Joz (خربة الجوز), Jisr al-Shughur District, on the Turkish border', 35.81151, 36.19649, 'village',
    'GeoNames cities500 171494 Bdama',
    'ar.wikipedia "خربة الجوز" (artikeldigital.com stored copy; found via search, pages corpus): a village of Jisr al-Shughur District, Idlib, on the Syrian-Turkish border, about 2 km from it, facing Güveççi in Hatay; the article names it with Bdama ("the nearby villages of Bdama and Khirbet al-Joz"); no coordinate found (unseen8 gold also "not found"); represented by Bdama; proxy may be off by ~5-10 km'),
 'tal-malah': proxy('Tal Malah (Tell Meleh, تل ملح), hilltop in the northern Hama countryside', 35.2479, 36.5725, 'feature', 'GeoNames cities500 166742 Mhardeh',
    '"the key hilltop of Tal Malah", "the imperative roadway that links ... Mhardeh and Al-Sqaylabiyeh" (the article); "Tal Malah overlooks the main road between Mhardeh and Sqaylabiyeh" (rantburg/Al-Masdar stored page), and Syrian troops driven from Jibeen "retreated towards the town of Mhardeh" (de.news-front stored page); no coordinate found (one search); represented by Mhardeh; proxy may be off by ~5-10 km'),
 'jibeen': proxy('Jibeen (Jubbayn, Jbain, جبين), northern Hama countryside', 35.2479, 36.5725, 'village', 'GeoNames cities500 166742 Mhardeh',
    '"the nearby town of Jibeen" (next to Tal Malah, the article); government troops in Jibeen "withdrew towards the town of Mhardeh" (de.news-front stored page, June 2019); no coordinate found (one search); represented by Mhardeh; proxy may be off by ~5-10 km'),
 'barqum': proxy('Barqum (برقوم), southern Aleppo countryside', 36.06771, 36.98012, 'town', 'GeoNames cities500 172045 Az Zarbah (al-Zirbah)',
    'one of "three towns located along the M5 highway ... Barqum, al-Zarbah and al-Salehiyah" (the article; the newstube/Ruptly stored page places Barqum near the M5 in the south-western countryside of Aleppo); no coordinate found (two searches); represented by al-Zirbah; proxy probably within ~5 km'),
 'salehiyah': proxy('al-Salihiyah ("al-Salehiyah"), southern Aleppo countryside', 36.06771, 36.98012, 'town', 'GeoNames cities500 172045 Az Zarbah (al-Zirbah)',
    'one of "three towns located along the M5 highway ... Barqum, al-Zarbah and al-Salehiyah" (the article); not the Damascus district of the same name; no coordinate found (one search); represented by al-Zirbah; proxy probably within ~5 km'),
 'ain-shib': proxy('Ain Shib (عين شيب), west of Idlib city', 35.93062, 36.63393, 'village', 'GeoNames cities500 169389 Idlib (city)',
    '"near Ain Shib, west of Idlib" (the article; the AFP copies: "near Ain Shib, west of the city of Idlib"); no coordinate found (one search); represented by Idlib city; proxy probably within ~5 km'),
}

G = 'idlib-governorate'; US = 'united-states'; UK = 'united-kingdom'; IC = 'idlib-city'
ART = {
 'c01_abc-idlib-city-captured': dict(
  published='2012-03-15', precision='day', outlet='ABC News (Australian Broadcasting Corporation)',
  url='http://www.abc.net.au/news/2012-03-15/syrian-troops-capture-idlib/3890732',
  basis='Date line "Updated March 15, 2012 14:33:32" (kept in the text) and the URL path /news/2012-03-15/ agree; the city fell after "four days" of shelling from the assault launched "on Saturday" (10 March 2012; theaustralianeye AFP copy "Added ... on March 11, 2012": troops "stormed the rebel stronghold of Idlib on Saturday"); the euronews copy is dated 2012/03/14 and the amwalalghad copy quotes the activist "on Wednesday" (14 March), so the first version may be of the 14th; the ABC page itself gives the 15th.',
  tops=[T('Idlib', IC, note='title "key city of Idlib"'), T('Idlib', IC, note='"the north-western city of Idlib"'), T('Baba Amr','baba-amr'),
        T('Idlib', IC, note='"Rebel troops in Idlib fled the city"'), T('Idlib', IC, note='"Idlib lies close to the border with Turkey": the city'),
        T('Turkey','turkey'), T('Idlib', IC, note='"Activists inside Idlib"'), T('Baba Amr','baba-amr'), T('Homs','homs', note='"the city of Homs"'),
        T('Syria','syria'), T('Daraa','daraa', note='"In Daraa, near the Jordanian border": read as the city (the governorate reading is possible)'),
        T('Syria','syria'), T('Syria','syria'),
        T('Hollywood','hollywood', req=False, note='attributive "a Hollywood trailer-style voiceover" (the film industry): optional')]),
 'c02_dailystar-maaret-al-numan-seized': dict(
  published='2012-10-10', precision='day', outlet='The Daily Star (Lebanon; AFP-based)',
  url='http://www.dailystar.com.lb/News/Middle-East/2012/Oct-10/190816-rebels-seize-key-town-near-aleppo.ashx',
  basis='No date line in the kept text; the URL path /2012/Oct-10/ gives the day; the rebels seized the town "Tuesday" (9 Oct 2012, a Tuesday) and the caption photo is of "October 9, 2012", so the report is of the following day.',
  tops=[T('Aleppo','aleppo', note='title "near Aleppo"'), T('Saif al-Dawla','saif-al-dawla'), T('Aleppo','aleppo', note='caption "the northern city of Aleppo"'),
        T('BEIRUT','beirut'), T('Aleppo','aleppo', note='"the metropolis of Aleppo"'), T('Maaret al-Numan','maarat-al-numan'),
        T('Idlib', G, note='"the governorate of Idlib"'), T('Khaldieh','khaldieh'), T('Homs','homs'), T('Maaret al-Numan','maarat-al-numan'),
        T('Damascus','damascus', note='"the highway linking Damascus with Aleppo"'), T('Aleppo','aleppo'),
        T('Britain', UK, req=False, note='compound "Britain-based"'), T('Damascus','damascus'), T('Aleppo','aleppo'), T('Aleppo','aleppo'),
        T('Maaret al-Numan','maarat-al-numan'), T('Maaret al-Numan','maarat-al-numan'), T('Bdama','bdama'), T('Khirbet al-Joz','khirbet-al-joz'),
        T('Turkey','turkey', note='"areas bordering Turkey"'), T('Maaret al-Numan','maarat-al-numan'), T('Homs','homs'), T('Khaldieh','khaldieh')]),
 'c03_scmp-cilvegozu-car-blast': dict(
  published='2013-02-11', precision='day', outlet='South China Morning Post (Hong Kong)',
  url='http://www.scmp.com/news/world/article/1148278/car-blast-kills-least-10-turkey-syria-border',
  basis='Date line "PUBLISHED : Monday, 11 February, 2013, 11:35pm" (kept in the text, with "UPDATED : Tuesday, 12 February, 2013, 12:28am", Hong Kong time); the car "exploded on Monday" (11 Feb 2013); the antiwar.com copy (URL /2013/02/11/) and the arabmediaculturepolitics blog ("Today, February 11, 2013") agree.',
  tops=[T('Turkey','turkey', note='title "on Turkey-Syria border": the border between the two countries, required'), T('Syria','syria'),
        T('Turkey','turkey', note='"the border between Turkey and Syria"'), T('Syria','syria'), T('Cilvegozu','cilvegozu', note='"the Cilvegozu border crossing"'),
        T('Reyhanli','reyhanli'), T('Hatay','hatay-province', note='"the southern province of Hatay"'), T('Cilvegozu','cilvegozu'),
        T('Syria','syria', note='"Syria’s Bab al-Hawa post"'), T('Bab al-Hawa','bab-al-hawa'), T('Syria','syria', note='"war-torn Syria"'),
        T('US', US, note='"the US embassy in Ankara": attributive, required'), T('Ankara','ankara')]),
 'c04_straitstimes-idlib-market-strikes': dict(
  published='2015-12-21', precision='day', outlet='The Straits Times (Singapore; Reuters-based)',
  url='https://www.straitstimes.com/world/middle-east/market-in-syrian-city-hit-by-russian-warplanes',
  basis='No dated byline; the note kept at the end of the text says the article "appeared in the print edition of The Straits Times on December 21, 2015"; the strikes were "yesterday", and the IBTimes UK copy dates them "on Sunday, 20 December" (the Reuters Arabic copy on masress: "اليوم الأحد (20 ديسمبر كانون الأول 2015)"); so the day is 21 December 2015.',
  tops=[T('BEIRUT','beirut', note='dateline "BEIRUT •"'), T('Idlib', IC, note='"the rebel-held city of Idlib"'), T('Syria','syria', note='"north-west Syria"'),
        T('Russia','russia', note='"Russia began a major aerial campaign"'), T('Idlib', G, note='"the loss of Idlib province"'),
        T('Moscow','moscow', note='"Moscow said": the Russian government'), T('Iraq','iraq', req=False, note='inside the name "Islamic State in Iraq and Syria"'),
        T('Syria','syria', req=False, note='inside the name "Islamic State in Iraq and Syria"'), T('Idlib', IC, note='"took Idlib city"')]),
 'c05_blouinnews-mi8-shot-down-idlib': dict(
  published='2016-08-01', precision='day', outlet='Blouin News (USA)',
  url='https://www.blouinnews.com/92654/story/russian-chopper-shot-dead-syria%E2%80%99s-idlib-province',
  basis='Date line "Aug 01, 2016, 7:50 AM EDT" (kept in the text); the helicopter was shot down "on Monday" (1 Aug 2016, a Monday); the lasexta copy (URL 20160801) and the maghress copy ("الإثنين (الأول من غشت 2016)") agree.',
  tops=[T('Syria','syria', note='title "Syria’s Idlib province"'), T('Idlib', G), T('Russia','russia', note='caption "Russia\'s Mi-8 aircraft": attributive, required'),
        T('Syria','syria'), T('Idlib', G), T('Russia','russia', note='"Russia\'s main air base"'), T('Latakia','latakia-governorate', note='"the western province of Latakia"'),
        T('Aleppo','aleppo', note='"the city of Aleppo"'), T('Russia','russia', note='"Russia’s defense ministry"'), T('Russia','russia'),
        T('Syria','syria'), T('U.S.', US, note='"the U.S. and Russia agreed": the government'), T('Russia','russia'), T('Syria','syria')]),
 'c06_thenews-reuters-heavy-weapons-withdrawal': dict(
  published='2018-10-07', precision='day', outlet='The News International (Pakistan; Reuters copy)',
  url='https://www.thenews.com.pk/print/377575-syrian-rebels-start-to-withdraw-heavy-weapons-from-idlib',
  basis='Date line "October 7, 2018" under the "REUTERS" byline (kept in the text; the site header "Sun October 07, 2018" was dropped as chrome, and the search result\'s date metadata is 2018-10-07); the withdrawal began "on Saturday" (6 Oct 2018); the timesofislamabad copy is under /07-Oct-2018/.',
  tops=[T('Idlib', G, note='title "from Idlib": the province (the demilitarised zone rings the Idlib region)'), T('BEIRUT','beirut'),
        T('Turkey','turkey', req=False, note='compound "Turkey-backed"'), T('Turkey','turkey', note='"agreed by Turkey and Russia"'), T('Russia','russia'),
        T('Syria','syria', note='"northwest Syria"'), T('Turkey','turkey', req=False, note='compound "Turkey-backed"'), T('Syria','syria', note='"Syria’s rebel-held Idlib province"'),
        T('Idlib', G), T('Turkey','turkey', note='"the deal agreed ... between Turkey and ..."'), T('Moscow','moscow', note='"key ally Moscow": the Russian government'),
        T('Idlib', G, note='"the Idlib region"'), T('Idlib', G, note='"the Idlib area"'), T('Ankara','ankara', note='"rebel backer Ankara": the Turkish government'),
        T('Moscow','moscow', note='"government ally Moscow"'), T('Idlib', G, note='"the Idlib region"')]),
 'c07_panarmenian-tal-malah-hilltop': dict(
  published='2019-06-28', precision='day', outlet='PanARMENIAN.Net (Armenia; Al-Masdar News-based)',
  url='http://www.panarmenian.net/eng/news/270457/',
  basis='Date line "June 28, 2019 - 10:51 AMT" (kept in the text; Armenia time, UTC+4); the next PanARMENIAN item (news/270489, dated 2019-06-28) reports a new attack on Tal Malah "Friday, June 28"; the rantburg copy of the Al-Masdar report on an earlier attempt is dated 2019-06-25.',
  tops=[T('Hama','hama-governorate', note='title "supply line in Hama": the northern Hama countryside, read as the governorate'),
        T('Hama','hama-governorate', note='"northwestern Hama"'), T('Tal Malah','tal-malah'), T('Tal Malah','tal-malah'), T('Jibeen','jibeen'),
        T('Tal Malah','tal-malah'), T('Jibeen','jibeen'), T('Mhardeh','mhardeh'), T('Al-Sqaylabiyeh','suqaylabiyah'),
        T('Tal Malah','tal-malah'), T('Jibeen','jibeen'), T('Kafr Naboudeh','kafr-nabudah')]),
 'c08_uprootedpalestinians-m5-towns-captured': dict(
  published='2020-02-09', precision='day', outlet='Uprooted Palestinians (WordPress blog; SouthFront-based)',
  url='https://uprootedpalestinians.wordpress.com/2020/02/09/syrian-army-captures-three-towns-along-m5-highway-from-hts/',
  basis='Date line "Posted on February 9, 2020 by martyrashrakat" (kept in the text); the URL path /2020/02/09/ and the search result\'s date metadata agree; the towns were taken "On February 9", a day after al-Eis.',
  tops=[T('Barqum','barqum'), T('al-Zarbah','zarbah'), T('al-Salehiyah','salehiyah'), T('al-Eis','al-eis'),
        T('Damascus','damascus', note='"the capital, Damascus"'), T('Aleppo','aleppo', note='"the northern city of Aleppo"')]),
 'c09_thenational-ain-shib-strikes': dict(
  published='2023-08-23', precision='day', outlet='The National (UAE)',
  url='https://www.thenationalnews.com/world/2023/08/23/russian-air-strikes-kill-two-civilians-in-rebel-held-idlib/',
  basis='No date line in the kept text; the URL path /world/2023/08/23/ gives the day; rescuers spoke "on Wednesday" (23 Aug 2023) about strikes late Tuesday; the Al Arabiya (URL 2023/08/23) and euronews (URL 2023/08/23) copies agree.',
  tops=[T('Idlib', G, note='title "rebel-held Idlib": the province (standfirst "the north-western Syrian province")'),
        T('Idlib', IC, note='caption "the western outskirts of Idlib": the city'), T('Syria','syria', note='"Syria\'s rebel-held north-west"'),
        T('Moscow','moscow', note='"attacks by Moscow": the Russian government'), T('Ain Shib','ain-shib'), T('Idlib', IC, note='"west of Idlib": the city'),
        T('Idlib', G, note='"the Idlib region"'), T('Idlib', G, note='"strikes in Idlib"'), T('Deraa','daraa-governorate', note='"the restive southern region of Deraa"'),
        T('Syria','syria'), T('Ariha','ariha'), T('Idlib', IC, note='"south of Idlib": the city'), T('Russia','russia'),
        T('Idlib', IC, note='"the outskirts of Idlib"'), T('Moscow','moscow'), T('Syria','syria', note='"north-western Syria"'),
        T('Bab Al Hawa','bab-al-hawa', note='"the Bab Al Hawa crossing"')]),
 'c10_turkiyetoday-aleppo-sdf-ceasefire': dict(
  published='2025-10-07', precision='day', outlet='Türkiye Today (Turkey)',
  url='https://www.turkiyetoday.com/region/syrian-forces-sdf-reach-ceasefire-in-aleppo-after-deadly-clashes-3208068',
  basis='Date line "October 07, 2025 09:03 AM GMT+03:00" (kept in the text); the ceasefire was agreed "on Tuesday" (7 Oct 2025) after the clashes of Monday 6 October (the Enab Baladi copy on the ammarjohmani blog: "came to a complete halt on Tuesday, October 7").',
  tops=[T('Aleppo','aleppo', note='title'), T('Damascus','damascus', note='caption "in Damascus, Oct. 5, 2025"'), T('Aleppo','aleppo'),
        T('Syria','syria', note='"Syria\'s security force"'), T('Aleppo','aleppo', note='"bombardments on Aleppo"'), T('Sheikh Maqsoud','sheikh-maqsoud'),
        T('Ashrafieh','ashrafieh'), T('Aleppo','aleppo', req=False, note='inside the monument name "the Aleppo Citadel" (the Citadel is not annotated, as in unseen14)'),
        T('Syria','syria', note='"one of Syria\'s important historical structures"'), T('Aleppo','aleppo', note='caption "in Aleppo, Syria"'), T('Syria','syria'),
        T('Aleppo','aleppo', note='subheading "How did fighting begin in Aleppo?"'), T('Sheikh Maqsoud','sheikh-maqsoud'), T('Ashrafieh','ashrafieh')]),
}

if __name__ == '__main__':
    build('unseen22', P, ART, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
