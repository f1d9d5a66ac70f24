#!/usr/bin/env python3
"""Builds unseen14.gold.json from the hand annotation below (surface string, place, required, kind, note),
listed in reading order. Adapted from unseen13/tools/build_gold.py (same shared gold_builder: offsets are UTF-16
code-unit offsets; all texts here are BMP-only, so they equal Python str indices; the node verifier re-checks this).
No nested or raw annotations: names inside organisation names ("Agence France-Presse", "Israel Defence Forces",
"Autonomous Administration of North and East Syria"), inside compounds ("Britain-based", "UK-based", "US-backed",
"pro-Iran", "Aleppo-based") and inside event labels ("Israel-Hamas war") are annotated on their own as optional.
"Aleppo airport" is annotated whole as the airport (feature)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold_builder import GN, DSPL, T, build, dspl, gn, nul, proxy, wp  # noqa: E402,F401

DSPL_U = 'Google DSPL canonical countries.csv country centroid (same value as the earlier sets\' gold; re-read for unseen14 in a public copy of the table via the code corpus: duckduckgo/iOS Core/country-data.js, read_file id 20576524882)'
DSPL_R = 'Google DSPL canonical countries.csv country centroid (same value as the earlier sets\' gold, confirmed there in public copies of the table via the code corpus)'
ALEPPO_GN = 'GeoNames cities500 170063 Aleppo (city)'
AL_NB = ('eastern Aleppo city neighbourhood, bombed with barrel bombs on 22 December 2013 (the SNHR report); no own coordinate found '
         '(two searches: "Hanano district Aleppo", "al-Sakhour neighborhood Aleppo Hanano Haydariyah"; only relations: "Massaken Hanano neighborhood '
         'in Aleppo city" (SANA stored page, 2 Dec 2016), "B’iden neighborhood, which is next to Hananou neighborhood" (the article)); '
         'represented by the Aleppo city point; proxy probably within ~2-5 km')
P = {
 # countries (DSPL centroids)
 'syria': dspl('Syria', 34.802075, 38.996815, 163843, src=DSPL_U),
 'turkey': dspl('Turkey', 38.963745, 35.243322, 298795, src=DSPL_U),
 'russia': dspl('Russia', 61.52401, 105.318756, 2017370, src=DSPL_U),
 'united-states': dspl('United States', 37.09024, -95.712891, 6252001, src=DSPL_U, note='"U.S.", "US"'),
 'united-kingdom': dspl('United Kingdom', 55.378051, -3.435973, 2635167, src=DSPL_R, note='"Britain", "UK"'),
 'lebanon': dspl('Lebanon', 33.854721, 35.862285, 272103, src=DSPL_R + ' (unseen4, unseen13 gold)'),
 'saudi-arabia': dspl('Saudi Arabia', 23.885942, 45.079162, None, src='Google DSPL canonical countries.csv country centroid, read in a public copy of the table via the code corpus (duckduckgo/iOS Core/country-data.js, "from https://developers.google.com/public-data/docs/canonical/countries_csv", read_file id 20576524882: SA 23.885942, 45.079162)'),
 'israel': dspl('Israel', 31.046051, 34.851612, 294640, src=DSPL_R + ' (unseen10 gold)'),
 'iran': dspl('Iran', 32.427908, 53.688046, 130758, src=DSPL_R + ' (seeds gold)', note='only the optional compound "pro-Iran"'),
 'france': dspl('France', 46.227638, 2.213749, 3017382, src=DSPL_R + ' (unseen3, unseen10 gold)', note='only inside "Agence France-Presse" (optional)'),
 # governorates / regions
 'idlib-governorate': dict(name='Idlib Governorate', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "35°42′N 36°42′E" (same as seeds gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (35.93062, 36.63393)'),
 'aleppo-governorate': dict(name='Aleppo Governorate', lat=36.2, lon=37.6, kind='governorate', geonames_id=None,
    source='sco.wikipedia.org/wiki/Aleppo_Govrenorate infobox "36°12′N 37°36′E" (same value as unseen-unseen13 gold)', confidence='high',
    note='representative point of the governorate, not Aleppo city (36.20124, 37.16117)'),
 'kurdistan-region': wp('Kurdistan Region (Iraq)', 36.183, 44.0, 'region',
    'Wikipedia "Iraqi Kurdistan"/"Kurdistan Region" infobox capital point "36°11′N 44°00′E / 36.183; 44.000" (same sourced value as unseen gold)',
    '"ERBIL, Kurdistan Region -" (Rudaw dateline)'),
 'afrin-region': wp('Afrin District / Afrin region (Aleppo Governorate)', 36.51, 36.867778, 'region',
    'ru.wikipedia "Африн (район)" 36°30′36″N 36°52′04″E (same sourced value as unseen7/unseen8/unseen11 gold)', '"the Afrin area"'),
 'rojava': nul('Rojava (Autonomous Administration of North and East Syria, AANES)', 'region',
    'de facto autonomous region of north-eastern Syria ("The Autonomous Administration of North and East Syria (AANES), also known as Rojava, is a de facto autonomous region in northeastern Syria", theinfolist/owiki stored copies of en.wikipedia); large region, no representative coordinate found (one search; the infoboxes found give no coordinate and name different capitals: Qamishli, Ayn Issa)'),
 'mediterranean-sea': nul('Mediterranean Sea', 'feature', 'sea, no single point (as unseen3/unseen4/unseen9 gold); only the attributive "the Mediterranean city of Latakia" (optional)'),
 # features
 'old-city-aleppo': wp('Old City of Aleppo (Ancient City of Aleppo)', 36.2025, 37.162778, 'neighbourhood',
    'en.wikipedia "Ancient City of Aleppo" infobox "Coordinates 36°12′09″N 37°09′46″E" (kiwix.lema.org wikipedia_en_all_mini_2024-02 stored copy "Old_city_of_Aleppo"; found via search, pages corpus); the UNESCO list entry (unesco-world-heritage.silk.co stored copy) gives N36 13 59.988 E37 10 0.012',
    'historic walled centre of Aleppo city with the Citadel and the Great (Umayyad) Mosque; "Aleppo’s Old City", "the Old City"'),
 'kuweires-air-base': wp('Kuweires Military Airbase ("Kuwairis airbase")', 36.18694, 37.58306, 'feature',
    'en.wikipedia "Kuweires Military Aviation Institute" "36°11′13″N 37°34′59″E / 36.18694; 37.58306" (same sourced value as unseen9 gold)',
    'air base east of Aleppo ("Kuwairis airbase, east of Aleppo"); the village Kuwayris Sharqī (GeoNames 167713, 36.16685, 37.53815) is ~5 km west-south-west'),
 'aleppo-airport': wp('Aleppo International Airport', 36.184508, 37.227333, 'feature',
    'it.wikipedia "Aeroporto internazionale di Aleppo" "36°11′04.23″N 37°13′38.4″E" (same sourced value as unseen9 gold)', '"close to Aleppo airport"'),
 # cities / towns (GeoNames cities500)
 'damascus': gn('Damascus', 170654, 33.5102, 36.29128, 'city'),
 'aleppo': gn('Aleppo (city)', 170063, 36.20124, 37.16117, 'city'),
 'hama-city': gn('Hama (city)', 170017, 35.13179, 36.75783, 'city', 'GeoNames name "Ḩamāh"'),
 'latakia': gn('Latakia (city)', 173576, 35.53168, 35.79011, 'city'),
 'beirut': gn('Beirut', 276781, 33.89332, 35.50157, 'city', 'dateline "Beirut:" (AFP)'),
 'ankara': gn('Ankara', 323786, 39.91987, 32.85427, 'city', '"a similar step against Ankara": the Turkish government'),
 'erbil': gn('Erbil', 95446, 36.18333, 44.01193, 'city', 'dateline "ERBIL"'),
 'jerusalem': gn('Jerusalem', 281184, 31.76904, 35.21633, 'city', '"Contacted by Agence France-Presse (AFP) from Jerusalem"; not Jerusalem, New Zealand (2189425)'),
 'afrin': gn('Afrin (city)', 174186, 36.51194, 36.86954, 'city', 'GeoNames name "‘Afrīn"; "the rebel-held town of Jindires near Afrin"'),
 'jindires': gn('Jindires', 169190, 36.39496, 36.6889, 'town', 'GeoNames name "Jindayris" (same id as unseen/unseen11 gold)'),
 'jisr-al-shughur': gn('Jisr al-Shughur ("Jisr al-Shoghour")', 169023, 35.81418, 36.31983, 'city', 'GeoNames name "Jisr ash Shughūr" (same id as unseen10 gold)'),
 # other sourced coordinates
 'al-fuah': wp('al-Fu\'ah ("Fuaa", الفوعة)', 35.98167, 36.70167, 'town',
    'en.wikipedia "Al-Fu\'ah" infobox 35°58′54″N 36°42′6″E (same sourced value as unseen5 gold)', 'besieged government-held town north-east of Idlib city'),
 'kafriya': wp('Kafriya ("Kafraya", كفريا)', 35.98972, 36.6775, 'village',
    'en.wikipedia "Kafriya" infobox {{coord|35|59|23|N|36|40|39|E}} (same sourced value as unseen5 gold)', 'besieged government-held village next to al-Fu\'ah'),
 'ithriya': wp('Ithriya ("Athriya", أثريا), Hama Governorate', 35.3692, 37.7859, 'village',
    'en.wikipedia "Ithriya" infobox {{coord|35.3692|37.7859}} (friendlywiki.com stored copy of the source; found via search, pages corpus)',
    '"from the direction of Athriya, southeast of Aleppo" (SANA quote): the village on the Khanasir-Ithriya road (Salamiyah District, Hama), "the last highway under government control connecting the city of Aleppo to Khanasir and the Salamiyah region" (chaos.owiki.org stored copy)'),
 'sayyida-zaynab': wp('Sayyidah Zaynab ("Sayyida Zeinab")', 33.44722, 36.33611, 'town',
    'en.wikipedia "Sayyidah Zaynab" infobox "33°26′50″N 36°20′10″E / 33.44722; 36.33611" (review.clateway.com, db0nus869y26v.cloudfront.net and fouman.com stored copies; found via search, pages corpus)',
    'town in Rif Dimashq 10 km south of Damascus; "the Sayyida Zeinab area"'),
 # proxies
 'rashidin': proxy('al-Rashidin ("Rashidin", al-Rashideen), western outskirts of Aleppo', 36.199667, 37.107, 'neighbourhood',
    'en.wikipedia "New Aleppo" infobox "36°11′58.8″N 37°06′25.2″E / 36.199667; 37.107000" (en.wiki.x.io stored copy; found via search, pages corpus)',
    '"Rashidin, west of second city Aleppo" (the article); New Aleppo "is surrounded by ... Al-Rashideen town (West)" (en.wikipedia "New Aleppo", same copy); no own coordinate found (one search); proxy probably within ~2-4 km'),
 'maasaran': proxy('Ma\'saran ("Maasaran", معصران), eastern Idlib countryside', 35.86447, 36.80591, 'village',
    'GeoNames cities500 164816 Sarāqib (Saraqib)',
    '"near Maasaran in Idlib" (the article); the Su-25 was downed "deasupra bl. ... satului Maceran, situat la 15 km sud de Sarakiba" (deschide.md stored page: "the village of Maceran, 15 km south of Saraqib"), "فوق بلدة معصران" (youm7/okaz stored pages), "between Maarat al Numan and Saraqeb" (business24.ro stored page, SOHR); no own coordinate found (two searches); represented by Saraqib; proxy may be off by ~15 km'),
 'hananou': proxy('Masaken Hananou / Hananou (Masakin Hanano, Hanano district), Aleppo', 36.20124, 37.16117, 'neighbourhood', ALEPPO_GN,
    AL_NB + '; "Masaken Hananou neighborhood", "Hananou neighborhood", "Hananou highway" (the road through it)'),
 'ahmadiya': proxy('al-Ahmadiya ("Al-Ahmadiya"), Aleppo', 36.20124, 37.16117, 'neighbourhood', ALEPPO_GN, AL_NB),
 'haydariya': proxy('al-Haydariya ("Al-Haydariya", Haidarieh), Aleppo', 36.20124, 37.16117, 'neighbourhood', ALEPPO_GN, AL_NB),
 'sakhour': proxy('al-Sakhour ("As-Sakhour", Sakhur), Aleppo', 36.20124, 37.16117, 'neighbourhood', ALEPPO_GN, AL_NB),
 'baiden': proxy('Ba‘iden ("B’iden", Baedeen), Aleppo', 36.20124, 37.16117, 'neighbourhood', ALEPPO_GN, AL_NB + '; "next to Hananou neighborhood"'),
}

G = 'idlib-governorate'; AG = 'aleppo-governorate'; US = 'united-states'; UK = 'united-kingdom'
ART = {
 'k01_washingtonpost-ford-heads-to-hama': dict(
  published='2011-07-07', precision='day', outlet='The Washington Post (USA)',
  url='https://www.washingtonpost.com/national/national-security/us-ambassador-to-syria-heads-to-restive-city-of-hama-ahead-of-planned-protests/2011/07/07/gIQANxZn2H_story.html',
  basis='No date line in the kept text (the caption date "June 20, 2011" is the photo\'s); the URL path /2011/07/07/ gives the day; "State Department officials said Thursday" (7 July 2011 was a Thursday) and "the activity on Friday" (the 8 July protests) agree; the pentagonbrief blog stored copy of the story is under /2011/07/, and a Debka-based blog stored page dates Ford\'s visits "Thursday" and "Friday, July 8".',
  tops=[T('U.S.', US, note='title "U.S. ambassador to Syria": attributive, required'), T('Syria','syria'), T('Hama','hama-city'),
        T('US', US, note='caption "US ambassador in Syria"'), T('Syria','syria'), T('US', US, note='caption "US military personnel"'),
        T('U.S.', US), T('Syria','syria'), T('Hama','hama-city', note='"the restive city of Hama"'),
        T('U.S.', US, note='"U.S. officials"'), T('Hama','hama-city', note='"the people of Hama"'), T('Hama','hama-city'),
        T('U.S.', US, note='"The U.S. Embassy in Damascus"'), T('Damascus','damascus', note='the embassy\'s seat'), T('Hama','hama-city'),
        T('Hama','hama-city'), T('Hama','hama-city')]),
 'k02_dailystar-aleppo-umayyad-mosque-fighting': dict(
  published='2012-10-15', precision='day', outlet='The Daily Star (Lebanon)',
  url='http://www.dailystar.com.lb/News/Middle-East/2012/Oct-15/191428-fierce-fighting-damages-historic-mosque-in-aleppos-old-city.ashx',
  basis='No date line in the kept text; the URL path /2012/Oct-15/ gives the day; the army "regained control Sunday" (14 Oct 2012) after rebels "had taken control of parts of the complex Saturday" (13 Oct); the PRI stored page of the same news is dated 2012-10-15 in its URL, and the AP copies (Washington Times, newstribune) are dated "Monday, October 15, 2012".',
  tops=[T('Aleppo','aleppo', note='title "Aleppo’s Old City"'), T('Old City','old-city-aleppo'), T('Aleppo','aleppo', note='caption'),
        T('ALEPPO','aleppo', note='dateline "ALEPPO:"'), T('Syria','syria', note='"Syria’s army"'), T('Aleppo','aleppo', note='"the Grand Mosque in Aleppo" (the mosque name is not annotated)'),
        T('Turkey','turkey', note='"Turkey banned all Syrian aircraft": the government'), T('Damascus','damascus', note='"the authorities in Damascus": the government'),
        T('Ankara','ankara', note='"against Ankara": the Turkish government'), T('Aleppo','aleppo'), T('Aleppo','aleppo'), T('Aleppo','aleppo'),
        T('Old City','old-city-aleppo'), T('Aleppo','aleppo', note='"the Revolutionary Council in Aleppo"')]),
 'k03_snhr-barrel-bombs-aleppo-neighborhoods': dict(
  published='2013-12-23', precision='day', outlet='Syrian Network for Human Rights (SNHR, NGO report)',
  url='https://sn4hr.org/blog/2013/12/23/4335/',
  basis='No date line for the report itself in the kept text; the URL path /blog/2013/12/23/ gives the posting day; the text dates the bombing "on the morning of Sunday 22 December, 2013" (22 Dec 2013 was a Sunday), so the report is of the following day.',
  tops=[T('Aleppo','aleppo', note='title "Neighborhoods in Aleppo"'), T('Masaken Hananou','hananou'), T('Al-Ahmadiya','ahmadiya'), T('Al-Haydariya','haydariya'),
        T('As-Sakhour','sakhour', note='"Al-Fylat Street in As-Sakhour neighborhood" (the street name is not annotated)'), T('B’iden','baiden'),
        T('Hananou','hananou', note='"Hananou neighborhood"'), T('Aleppo','aleppo', note='"SNHR in Aleppo city"'), T('Aleppo','aleppo'), T('Aleppo','aleppo'),
        T('Hananou','hananou', note='"Hananou highway": the road through the Hanano district, annotated as the neighbourhood')]),
 'k04_latimes-carlton-citadel-hotel-blast': dict(
  published='2014-05-08', precision='day', outlet='Los Angeles Times (USA)',
  url='https://www.latimes.com/world/middleeast/la-fg-syrian-hotel-aleppo-blast-20140508-story.html',
  basis='No date line in the kept text; the URL stamp 20140508 gives the day; the blast was "on Thursday" (8 May 2014 was a Thursday); en.wikipedia "Carlton Citadel Hotel bombing" (wikiwand / azureedge stored copies) dates it 8 May 2014, and the South Asian Times stored copy has "Damascus, May 8 ... Update: 08 May, 2014".',
  tops=[T('Aleppo','aleppo', note='caption "the Carlton Citadel Hotel in Aleppo" (hotel name not annotated)'), T('Aleppo','aleppo', note='"the northern Syrian city of Aleppo"'),
        T('Aleppo','aleppo', note='"Aleppo’s walled Old City" (the Citadel, a monument like the hotel and the mosques, is not annotated)'), T('Old City','old-city-aleppo'),
        T('Britain', UK, note='"a pro-opposition monitoring group based in Britain": required'), T('Saudi Arabia','saudi-arabia'), T('Syria','syria')]),
 'k05_247newsupdate-kuwairis-siege-broken': dict(
  published='2015-11-10', precision='day', outlet='247newsupdate (WordPress news blog; BBC-based copy)',
  url='https://247newsupdate.com/2015/11/10/isis-siege-of-kuwairis-airbase-broken-by-syrian-army/',
  basis='No date line in the kept text; the URL path /2015/11/10/ gives the day; the siege was broken "on Tuesday" (10 Nov 2015; Reuters copy on military-quotes.com: "Syrian soldiers fought their way into an airbase ... on Tuesday"; warsintheworld stored page "Wednesday, November 11, 2015 ... said on Tuesday"; noticiabrasil: "Na terça-feira (10)").',
  tops=[T('Kuwairis','kuweires-air-base', note='title "Kuwairis airbase"'), T('Syria','syria', note='"northern Syria"'), T('Kuwairis','kuweires-air-base'),
        T('Aleppo','aleppo', note='"east of Aleppo": the city'), T('Mediterranean','mediterranean-sea', req=False, note='attributive "the Mediterranean city of Latakia": optional'),
        T('Latakia','latakia'), T('Britain', UK, req=False, note='compound "Britain-based"'), T('Latakia','latakia'), T('Syria','syria'),
        T('Kuwairis','kuweires-air-base', note='"the Kuwairis base"'), T('Russia','russia'), T('Aleppo','aleppo', note='"a road southeast of Aleppo"'),
        T('Aleppo','aleppo', note='"Areas around Aleppo"'), T('Aleppo','aleppo', note='"rebel-held areas south of Aleppo"')]),
 'k06_zeenews-afp-rashidin-evacuee-bombing': dict(
  published='2017-04-15', precision='day', outlet='Zee News (India; AFP copy)',
  url='http://zeenews.india.com/world/car-bombing-hits-syrian-evacuees-several-dead-monitor-1996467.html',
  basis='Date line "AFP | Last Updated: Saturday, April 15, 2017 - 19:34" (kept in the text); the blast was "Saturday" (15 Apr 2017); cobwebs.com and wikipedia-based stored pages date the Rashidin bombing 15 April 2017.',
  tops=[T('Beirut','beirut'), T('Rashidin','rashidin'), T('Aleppo','aleppo', note='"west of second city Aleppo"'), T('Fuaa','al-fuah'), T('Kafraya','kafriya')]),
 'k07_zerohedge-su25-shot-down-idlib': dict(
  published='2018-02-03', precision='day', outlet='ZeroHedge (US financial/news blog)',
  url='https://www.zerohedge.com/news/2018-02-03/russian-fighter-jet-shot-down-syrian-rebels-pilot-reportedly-killed',
  basis='No date line in the kept text; the URL path /news/2018-02-03/ gives the day; the downing was on Saturday 3 Feb 2018 (jerusalemonline, standardmedia stored pages: "on Saturday"; the yemenextra copy is dated 2018/02/03 "today"; bnnews1 blog /2018/02/).',
  tops=[T('Idlib', G, note='"above Idlib province"'), T('Syria','syria'), T('Idlib', G, note='"the de-escalation zone of Idlib"'), T('Syria','syria', note='"north-western Syria"'),
        T('Maasaran','maasaran'), T('Idlib', G, note='"near Maasaran in Idlib"'), T('Russia','russia'), T('Turkey','turkey'), T('Syria','syria', note='"Syria\'s Idlib de-escalation zone"'),
        T('Idlib', G), T('Idlib', G, note='"the area of Idlib province"'), T('Russia','russia', note='"Russia has acted alongside its Syrian allies"'), T('Idlib', G, note='"a major offensive around Idlib": read as the province (the city reading is possible)'),
        T('France','france', req=False, note='inside the agency name "Agence France-Presse"')]),
 'k08_outlookindia-ap-jisr-al-shoghour-strike': dict(
  published='2022-07-22', precision='day', outlet='Outlook India (AP copy)',
  url='https://www.outlookindia.com/international/russian-airstrike-kills-7-people-including-children-in-syria-rights-group-news-211203',
  basis='Date line "Updated: 22 Jul 2022 4:19 pm" (kept in the text; the site-header date "Friday, Jul 22, 2022" was dropped as chrome); the strike was "on Friday" (22 Jul 2022); the BSS/AFP stored copy has the dateline "JISR ASH SHUGHUR, Syria, July 22, 2022" and the Middle East Monitor URL is dated 20220722.',
  tops=[T('Syria','syria', note='title'), T('Idlib', G, note='"Idlib\'s town of Jisr al-Shoghour": the province'), T('Jisr al-Shoghour','jisr-al-shughur'),
        T('Syria','syria', note='"northwestern Syria"'), T('Idlib', G), T('Jisr al-Shoghour','jisr-al-shughur'), T('Idlib', G, note='"the airstrikes on Idlib"'),
        T('Syria','syria', note='"The northwestern region of Syria"'), T('Idlib', G, note='"The province of Idlib"'), T('Aleppo', AG, note='"northern Aleppo province"'),
        T('Damascus','damascus', note='"The Syrian government in Damascus"'), T('Russia','russia'), T('Turkey','turkey'), T('US', US, req=False, note='compound "US-backed"'),
        T('Syria','syria', note='"northwestern Syria"'), T('Turkey','turkey')]),
 'k09_rudaw-jindires-newroz-killings': dict(
  published='2023-03-21', precision='day', outlet='Rudaw (Kurdistan Region of Iraq)',
  url='https://www.rudaw.net/english/middleeast/syria/21032023',
  basis='Date line "21-03-2023" (kept in the text); the URL ends /21032023; the administration "condemned Tuesday" (21 Mar 2023) the killings of "Monday" (20 Mar; jinhaagency and targetplatform stored pages: "on the evening of March 20"); the New Arab stored copy is dated "21 March, 2023".',
  tops=[T('Rojava','rojava', note='title "Rojava administration"'), T('Jindires','jindires'), T('ERBIL','erbil'), T('Kurdistan Region','kurdistan-region'),
        T('Syria','syria', note='"northeast Syria"'), T('Rojava','rojava'), T('Jindires','jindires'), T('Afrin','afrin', note='"the rebel-held town of Jindires near Afrin": the city'),
        T('Jindires','jindires'), T('Syria','syria', req=False, note='inside the name "Autonomous Administration of North and East Syria"'), T('Jindires','jindires'),
        T('Jindires','jindires'), T('Turkey','turkey', note='"seized by Turkey"'), T('Afrin','afrin-region', note='"the Afrin area"'),
        T('US', US, note='"the US Treasury": the US government')]),
 'k10_levantis-israeli-strike-aleppo-hezbollah': dict(
  published='2024-03-29', precision='day', outlet='Levantis (Levant news site)',
  url='https://levantis.me/2024/03/29/israeli-strike-targeting-hezbollah-kills-36-syrian-soldiers/',
  basis='No date line in the kept text; the URL path /2024/03/29/ gives the day; the text dates the strike "a March 29th Israeli air strike" (early hours) and the previous strike "on March 28th"; DW, ABC and lbcgroup stored copies of the news are dated 2024-03-29.',
  tops=[T('Aleppo','aleppo', note='caption "Israeli strike in Aleppo"'), T('Syria','syria', note='"Syria’s Aleppo"'), T('Aleppo','aleppo'),
        T('Israel','israel', req=False, note='event label "the Israel-Hamas war"'), T('Lebanon','lebanon', note='"Lebanon’s Hezbollah"'),
        T('Aleppo airport','aleppo-airport'), T('UK', UK, req=False, note='compound "UK-based"'), T('Syria','syria'),
        T('Athriya','ithriya'), T('Aleppo','aleppo', note='"southeast of Aleppo"'), T('France','france', req=False, note='inside "Agence France-Presse"'),
        T('Jerusalem','jerusalem'), T('Israel','israel', req=False, note='inside "the Israel Defence Forces"'), T('Iran','iran', req=False, note='compound "pro-Iran"'),
        T('Aleppo','aleppo', req=False, note='compound "Aleppo-based"'), T('Syria','syria'), T('Israel','israel', note='"Israel has launched"'),
        T('Damascus','damascus', note='"Damascus and Hamas ally Hezbollah": the Syrian government'), T('Damascus','damascus', note='"alongside Damascus"'),
        T('Damascus','damascus', note='"the Damascus countryside" (Rif Dimashq): represented by the city'), T('Sayyida Zeinab','sayyida-zaynab'),
        T('Iran','iran', req=False, note='compound "pro-Iran"')]),
}

if __name__ == '__main__':
    build('unseen14', P, ART, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
