#!/usr/bin/env python3
"""Builds unseen15.gold.json from the hand annotation below (surface string, place, required, kind, note), listed in
reading order. Adapted from unseen14/tools/build_gold.py (same shared ../../tools/gold_builder.py: offsets are UTF-16
code-unit offsets; all texts here are BMP-only, so they equal Python str indices; the node verifier re-checks this).
No nested or raw annotations: names inside organisation or outlet names ("MSF France", "Kurdistan Workers' Party",
"Pakistan Point News"), inside facility names ("Qah Maternity and Children's Hospital"), inside compounds ("Britain-based",
"Moscow-backed") and in the time-zone label "Damascus time" are annotated on their own as optional. Camp names are
annotated whole ("Karama Camps", "Kuwait Preachers Camp"); "Minnigh" (in "the Minnigh airbase") is the air base."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold_builder import GN, DSPL, T, build, dspl, gn, nul, proxy, wp  # noqa: E402,F401

DSPL_R = 'Google DSPL canonical countries.csv country centroid (same value as the earlier sets\' gold, confirmed there in public copies of the table via the code corpus)'
ATME_WP = 'en.wikipedia "Atme" infobox 36°18′40″N 36°41′11″E (same sourced value as seeds/unseen11 gold)'
P = {
 # countries (DSPL centroids, values reused from earlier gold)
 'syria': dspl('Syria', 34.802075, 38.996815, 163843, src=DSPL_R),
 'turkey': dspl('Turkey', 38.963745, 35.243322, 298795, src=DSPL_R),
 'russia': dspl('Russia', 61.52401, 105.318756, 2017370, src=DSPL_R),
 'united-states': dspl('United States', 37.09024, -95.712891, 6252001, src=DSPL_R + ' (unseen12/unseen14 gold)', note='"US"'),
 'united-kingdom': dspl('United Kingdom', 55.378051, -3.435973, 2635167, src=DSPL_R + ' (unseen10/unseen14 gold)', note='only the optional compound "Britain-based"'),
 'france': dspl('France', 46.227638, 2.213749, 3017382, src=DSPL_R + ' (unseen10/unseen14 gold)'),
 'switzerland': dspl('Switzerland', 46.818188, 8.227512, 2658434, src=DSPL_R + ' (unseen5 gold)', note='UOSSM dateline "Geneva, Switzerland-"'),
 'pakistan': dspl('Pakistan', 30.375321, 69.345116, 1168579, src=DSPL_R + ' (unseen9 gold: "PK\\t30.375321\\t69.345116\\tPakistan")', note='only inside the outlet name "Pakistan Point News" (optional)'),
 # governorates / regions
 'idlib-governorate': dict(name='Idlib Governorate', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "35°42′N 36°42′E" (same as seeds gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (35.93062, 36.63393)'),
 'aleppo-governorate': dict(name='Aleppo Governorate', lat=36.2, lon=37.6, kind='governorate', geonames_id=None,
    source='sco.wikipedia.org/wiki/Aleppo_Govrenorate infobox "36°12′N 37°36′E" (same value as unseen-unseen14 gold)', confidence='high',
    note='representative point of the governorate, not Aleppo city (36.20124, 37.16117)'),
 'hama-governorate': dict(name='Hama Governorate', lat=35.2, lon=37.2, kind='governorate', geonames_id=None,
    source='Wikipedia "Hama Governorate" infobox "35°12′N 37°12′E" (same point as seeds/unseen gold)', confidence='high',
    note='"the Hama province"; not Hama city (35.13179, 36.75783)'),
 'afrin-region': wp('Afrin District / Afrin region (Aleppo Governorate)', 36.51, 36.867778, 'region',
    'ru.wikipedia "Африн (район)" 36°30′36″N 36°52′04″E (same sourced value as unseen7/unseen8/unseen11/unseen14 gold)',
    '"seized Afrin, a mainly Kurdish area ... in a March 2018 offensive": the region taken in Operation Olive Branch'),
 'kurdistan': nul('Kurdistan (the Kurdish-inhabited region)', 'region',
    'only inside the organisation name "Kurdistan Workers\' Party" (optional); large transnational region without a representative coordinate (as unseen5 gold)'),
 # cities / towns (GeoNames cities500)
 'azaz': gn('Azaz (A\'zaz)', 172082, 36.58662, 37.04628, 'city', 'GeoNames name "I‘zāz" (same id as unseen11 gold)'),
 'afrin': gn('Afrin (city)', 174186, 36.51194, 36.86954, 'city', 'GeoNames name "‘Afrīn"'),
 'aleppo': gn('Aleppo (city)', 170063, 36.20124, 37.16117, 'city'),
 'damascus': gn('Damascus', 170654, 33.5102, 36.29128, 'city', 'only in the time-zone label "Damascus time" (optional)'),
 'beirut': gn('Beirut', 276781, 33.89332, 35.50157, 'city', 'AFP dateline "Beirut, Aug 8"'),
 'moscow': gn('Moscow', 524901, 55.75222, 37.61556, 'city'),
 'ankara': gn('Ankara', 323786, 39.91987, 32.85427, 'city', '"Ankara backs ...", "Ankara is particularly sensitive": the Turkish government'),
 'geneva': gn('Geneva (Genève)', 2660646, 46.20222, 6.14569, 'city', 'UOSSM International is based there; dateline "Geneva, Switzerland-"'),
 'harim': gn('Harem (Harim)', 169866, 36.21176, 36.52078, 'town', 'GeoNames name "Ḩārim"; "a camp near the town of Harim"'),
 'khan-shaykhun': gn('Khan Shaykhun ("Khan Sheikhoun")', 168325, 35.44208, 36.65095, 'town', 'GeoNames name "Khān Shaykhūn" (same id as unseen2 gold)'),
 'murak': gn('Murak ("Morek")', 166640, 35.37615, 36.6897, 'town', 'GeoNames name "Mūrak"; "the southernmost Turkish outpost at Murak" (same id as unseen6/unseen13 gold)'),
 'maarat-misrin': gn('Maarat Misrin ("Maaret Misrin", Ma\'arrat Misrin)', 167605, 36.01152, 36.67183, 'town', 'GeoNames name "Ma‘arratmişrīn" (same id as unseen10 gold); also the AFP dateline "MAARET MISRIN"'),
 'tal-rifaat': gn('Tell Rifaat ("Tal Rifaat")', 163476, 36.47229, 37.09471, 'town', 'GeoNames name "Tall Rif‘at" (same id as unseen3 gold)'),
 'marea': gn('Mare\' ("Marea")', 167245, 36.48259, 37.19709, 'town', 'GeoNames name "Māri‘" (same id as unseen9 gold); "the town of Marea, just east of Tal Rifaat"'),
 'kafr-zita': gn('Kafr Zita (Hama Governorate)', 168620, 35.37425, 36.6033, 'town', 'GeoNames name "Kafr Zaytā" (same id as unseen13 gold); "the central Syrian town of Kafr Zita"'),
 # other sourced coordinates
 'menagh-air-base': wp('Menagh Air Base ("Minnigh airbase")', 36.52194, 37.04111, 'feature',
    'en.wikipedia "Menagh Air Base" "36°31′19″N 37°2′28″E / 36.52194; 37.04111" (same sourced value as unseen9 gold)',
    '"the YPG seized the Minnigh airbase from rebels" (February 2016); the town of Menagh lies next to it'),
 'qah-camp': wp('Qah IDP camp (old Qah camp), northern Idlib', 36.29028, 36.73056, 'camp',
    'wikimapia.org/33460521/Qah-IDP-Camp "Coordinates: 36°17\'25"N 36°43\'50"E" (stored page, found via search, pages corpus, for unseen15; same value as unseen6 gold)',
    'displaced-persons camp at the village of Qah near the Turkish border, hit by a missile on 20 November 2019; "Qah IDP Camp", "the Qah Camp"; '
    'the wikimili copy of en.wikipedia "Qah missile strike" gives 36°08′N 36°49′E, which lies ~20 km south-east of Qah and was not used'),
 'qah': wp('Qah (قاح), Harem District', 36.29639, 36.72528, 'village',
    'wikiland.org/fr/Qah (fr/en Wikipedia copy) "36°17′47″N 36°43′31″E / 36.29639; 36.72528" (same sourced value as unseen3 gold)',
    '"stretching between the villages of Qah and Atmeh"'),
 'atmeh': wp('Atme ("Atmeh")', 36.31111, 36.68639, 'town', ATME_WP, '"the villages of Qah and Atmeh"'),
 # proxies
 'karama-camps': proxy('Karama Camps (مخيمات الكرامة), northern Idlib', 36.31111, 36.68639, 'camp', ATME_WP,
    '"a cluster of more than 140 settlements stretching between the villages of Qah and Atmeh" (the article); no own coordinate found '
    '(one search: "Karama camps Atmeh Idlib camp cluster location coordinates"; the ACU camp-monitoring pages name an "Al Karama" cluster but give no '
    'coordinate; unseen5 gold left it null); represented by Atmeh, one of its two named ends; Qah is ~4 km east; proxy probably within ~2-4 km'),
 'kuwait-preachers-camp': proxy('Kuwait Preachers Camp, one of the Karama Camps', 36.31111, 36.68639, 'camp', ATME_WP,
    '"the Kuwait Preachers Camp of the Karama Camps" (the article); no own coordinate looked for; represented like the Karama Camps by Atmeh; '
    'proxy probably within a few km'),
 'qastoun': proxy('Qastoun ("Qastun", قسطون), al-Ghab plain, Hama Governorate', 35.68482, 36.33867, 'village', 'GeoNames cities500 172027 Az Ziyārah (al-Ziyarah)',
    '"the village of Qastoun in the Hama province" (the article); Qastun "è un villaggio ... parte di Hama Governorate ... a 35 chilometri al sud-ovest di Idlib ... '
    'nella pianura di Ghab, sulla riva orientale del Fiume Orontes. Le località vicine includono al-Ziyarah nell\'ovest" and is "la più grande località nel '
    'subdistretto di al-Ziyarah" (it.knowledgr.com stored copy of en.wikipedia "Qastun"; found via search, pages corpus); no own coordinate found (one search); '
    'represented by its western neighbour al-Ziyarah; proxy probably within ~2-5 km'),
}

G = 'idlib-governorate'; AG = 'aleppo-governorate'; US = 'united-states'; UK = 'united-kingdom'
ART = {
 'q01_abc-azaz-idlib-hospital-strikes': dict(
  published='2016-02-15', precision='day', outlet='ABC News (Australian Broadcasting Corporation)',
  url='http://www.abc.net.au/news/2016-02-15/14-killed-after-air-strikes-hit-hospitals-schools-in-syria/7170340',
  basis='The URL path /news/2016-02-15/ gives the day of first publication; the date line kept in the text, "Updated February 16, 2016 10:32:24", is an update in the site\'s (Australian eastern) time, i.e. late on 15 February UTC; the strikes were on Monday 15 February 2016 (DW stored page "15.02.2016", VOV stored page "on February 15", Reuters picture captions "Azaz ... February 15, 2016").',
  tops=[T('Syria','syria', note='title "Syria hospital strikes": attributive, required'), T('Azaz','azaz'), T('Idlib', G, note='title "in Azaz and Idlib": the MSF hospital was in Idlib province (Maarat al-Numan)'),
        T('Syria','syria', note='"Syria\'s Azaz and Idlib"'), T('Azaz','azaz'), T('Idlib', G),
        T('Syria','syria', note='key point "in Syria"'), T('Russia','russia', note='"came from Russia or Syria": the governments\' forces'), T('Syria','syria'),
        T('France','france', note='"France\'s Foreign Minister": required'),
        T('Azaz','azaz', note='"sheltering in Azaz, a rebel-held town near the Turkish border"'),
        T('Idlib', G, note='"an MSF hospital in Idlib, in northern Syria": the province'), T('Syria','syria', note='"northern Syria"'),
        T('France','france', req=False, note='inside the organisation name "MSF France" (the charity\'s French section)'),
        T('Russia','russia', note='"either the government or Russia"'), T('Azaz','azaz', note='"An Azaz resident": attributive, required')]),
 'q02_newarab-tal-rifaat-kurdish-forces': dict(
  published='2016-02-16', precision='day', outlet='The New Arab (UK-based Arab news site)',
  url='https://www.newarab.com/news/kurdish-forces-seize-northern-syrian-town-rebels',
  basis='Date line "16 February, 2016" (kept in the text); the town was seized "on Monday" (15 Feb 2016) "on Monday night"; the K24 stored copy (archive.fo) is dated "February 15-2016", the kaaf.at/Tasnim copy "February, 16, 2016" with URL /2016/02/16/.',
  tops=[T('Tal Rifaat','tal-rifaat'), T('Syria','syria', note='"Syria\'s Aleppo province"'), T('Aleppo', AG, note='"Aleppo province"'),
        T('Turkey','turkey', note='"close to the border with Turkey"'), T('Syria','syria'), T('Aleppo', AG), T('Tal Rifaat','tal-rifaat'),
        T('Aleppo', AG, note='"northern Aleppo province"'), T('Turkey','turkey', note='"Turkey shelling the town"'),
        T('Aleppo', AG, note='"It left the rebels in Aleppo with only a few remaining bastions, including ... Marea ... and ... Azaz": the province (the rebels in Aleppo city are named separately below)'),
        T('Marea','marea'), T('Tal Rifaat','tal-rifaat'), T('Azaz','azaz'),
        T('Minnigh','menagh-air-base', note='"the Minnigh airbase"'), T('Aleppo','aleppo', note='"the opposition-held eastern part of Aleppo city"'),
        T('Turkey','turkey'), T('Ankara','ankara'), T('Syria','syria', note='"Syria\'s powerful Kurdish YPG forces"'),
        T('Kurdistan','kurdistan', req=False, note='inside the organisation name "Kurdistan Workers\' Party"')]),
 'q03_defensepost-turkish-convoy-airstrike-idlib': dict(
  published='2019-08-19', precision='day', outlet='The Defense Post (defence news site)',
  url='https://thedefensepost.com/2019/08/19/turkish-military-convoy-airstrike-idlib',
  basis='No date line in the kept text; the URL path /2019/08/19/ gives the day, and the text says "Turkey’s Defense Ministry said on Monday, 19 August" (19 Aug 2019 was a Monday); the urdupoint, Times of Israel, Jerusalem Post and Channel 4 stored copies of the news are dated 19 August 2019.',
  tops=[T('Syria','syria', note='title label "Syria:"'), T('Idlib', G, note='title "Idlib front"'), T('Syria','syria', note='"Syria’s embattled Idlib province"'), T('Idlib', G),
        T('Turkey','turkey', note='"Turkey’s Defense Ministry"'), T('Khan Sheikhoun','khan-shaykhun'), T('Turkey','turkey', note='"Turkey maintains 12 observation posts"'),
        T('Idlib', G), T('Murak','murak'), T('Khan Sheikhoun','khan-shaykhun'), T('Idlib', G, note='"on the ground in Idlib": the province'),
        T('Khan Sheikhoun','khan-shaykhun')]),
 'q04_uossm-qah-camp-missiles': dict(
  published='2019-11-20', precision='day', outlet='UOSSM (Union of Medical Care and Relief Organizations; NGO statement, UOSSM Canada site)',
  url='https://www.uossm-canada.org/breaking_densely_packed_qah_idp_camp_hit_by_missiles_today_idlib_syria',
  basis='No separate date line; the statement is dated by its own text: "Today at 8:24 P.M. Damascus time on November 20, 2019" (title "... Hit By Missiles Today"); the ReliefWeb stored copy of the same statement carries the date 2019-11-21 (its posting the next day); Syrian Archive, VDC and en.wikipedia ("Qah missile strike") date the strike 20 November 2019.',
  tops=[T('Qah','qah-camp', note='title "Qah IDP Camp": the camp'), T('Idlib', G, note='title "- Idlib, Syria"'), T('Syria','syria'),
        T('Geneva','geneva'), T('Switzerland','switzerland'), T('Damascus','damascus', req=False, note='time-zone label "Damascus time": optional'),
        T('Qah','qah-camp', note='"the Qah Camp for the displaced"'), T('Idlib', G, note='"northern Idlib"'),
        T('Qah','qah-camp', req=False, note='inside the facility name "Qah Maternity and Children’s Hospital" (in the camp)'),
        T('Syria','syria', note='"the most densely packed IDP camps in Syria"')]),
 'q05_thenews-afp-maaret-misrin-poultry-farm': dict(
  published='2020-03-06', precision='day', outlet='The News International (Pakistan; AFP copy, print edition)',
  url='https://www.thenews.com.pk/print/624393-russian-strikes-kill-15-civilians-in-idlib',
  basis='No date line in the kept text; the stored page carries the date 2020-03-06 (search-tool date metadata; a /print/ edition item); the strikes were "on Thursday", "on the day the leaders of Russia and Turkey were meeting in Moscow" (Thursday 5 March 2020, the day of the Putin-Erdogan truce, "agreed on March 5, 2020" per the bigsportslive stored page), so the print edition is of the following day.',
  tops=[T('Idlib', G, note='title "in Idlib"'), T('MAARET MISRIN','maarat-misrin', note='AFP dateline'), T('Syria','syria', note='dateline'),
        T('Syria','syria', note='"Syria’s last major opposition bastion of Idlib"'), T('Idlib', G), T('Britain', UK, req=False, note='compound "Britain-based"'),
        T('Maaret Misrin','maarat-misrin', note='"outside the town of Maaret Misrin"'), T('Russia','russia', note='"the leaders of Russia and Turkey"'), T('Turkey','turkey'),
        T('Moscow','moscow', note='"meeting in Moscow": the city'), T('Idlib', G, note='"the situation in Idlib"'), T('Ankara','ankara'),
        T('Moscow','moscow', req=False, note='compound "Moscow-backed"'), T('Idlib', G, note='"the jihadist-dominated Idlib region"'), T('Idlib', G, note='"Idlib was home to three million people"')]),
 'q06_medialine-afrin-fuel-truck-bombing': dict(
  published='2020-04-29', precision='day', outlet='The Media Line (US-based Middle East news agency)',
  url='https://themedialine.org/headlines/40-civilians-killed-in-bombing-in-syrian-town-of-afrin/',
  basis='Date line "04/29/2020" (kept in the text); the bombing was "on Tuesday" (28 April 2020), as the caption says ("on April 28, 2020"); the Taipei Times stored copy is dated 2020-04-30 and the Tasnim URL /2020/04/29/.',
  tops=[T('Afrin','afrin', note='title "Syrian town of Afrin"'), T('Syria','syria', note='caption "northwestern Syria\'s Afrin"'), T('Afrin','afrin'),
        T('Afrin','afrin', note='"detonated in Afrin, Syria"'), T('Syria','syria'), T('Afrin','afrin', note='"central Afrin"'),
        T('Kurdistan','kurdistan', req=False, note='inside the organisation name "Kurdistan Workers’ Party"'), T('Turkey','turkey', note='"Turkey’s military"'),
        T('Afrin','afrin-region', note='"seized Afrin, a mainly Kurdish area about 16 miles from the Turkish border, from the YPG in a March 2018 offensive": the region (the city reading is possible)'),
        T('US', US, note='"US State Department spokeswoman": required'), T('US', US, note='"the US call for a ceasefire"'), T('Syria','syria')]),
 'q07_urdupoint-afp-qastoun-shelling': dict(
  published='2021-08-08', precision='day', outlet='UrduPoint (Pakistan; AFP copy)',
  url='https://www.urdupoint.com/en/miscellaneous/regime-shelling-kills-four-children-in-northw-1321742.html',
  basis='Date line "Sun 08th August 2021 | 08:50 PM" and dateline "Beirut, Aug 8 (... 8th Aug, 2021 )" (both kept in the text); the monitor "said Sunday" (8 Aug 2021) of shelling "late Saturday"; the search tool\'s date metadata for the page is 2021-08-08.',
  tops=[T('Syria','syria', note='title "Northwest Syria"'), T('Beirut','beirut'), T('Pakistan','pakistan', req=False, note='inside the outlet name "Pakistan Point News"'),
        T('Syria','syria', note='"Syria\'s last major rebel bastion"'), T('Britain', UK, req=False, note='compound "Britain-based"'),
        T('Idlib', G, note='"the jihadist-dominated bastion of Idlib"'), T('Qastoun','qastoun'), T('Hama','hama-governorate', note='"the Hama province"'),
        T('Idlib', G, note='"The Idlib region"'), T('Syria','syria', note='"Syria\'s former Al-Qaeda affiliate"'), T('Russia','russia'), T('Turkey','turkey'),
        T('Syria','syria', note='"Syria\'s war"')]),
 'q08_risingnepal-bbc-azaz-market-car-bomb': dict(
  published='2024-03-31', precision='day', outlet='The Rising Nepal (Nepal; BBC copy)',
  url='https://risingnepaldaily.com/news/40956',
  basis='Byline date "Mar 31" kept in the text (no year shown); the year follows from the text (after the 2017 courthouse bombing, Assad still president, Eid al-Fitr "next month" after a March bombing: Ramadan 2024 ran from 11 March to 9 April) and from other stored copies: the heartoforient blog (URL /2024/03/) dates the Azaz market car bomb "early on 31 March" two days after the Israeli strikes on Aleppo of 29 March (2024), and the newsinbox2023 blog copy is under /2024/03/.',
  tops=[T('Syria','syria', note='"northern Syria"'), T('Azaz','azaz'), T('Aleppo', AG, note='"Aleppo province"'), T('Syria','syria', note='"operates in Syria"'),
        T('Azaz','azaz'), T('Syria','syria', note='"large areas of Syria"'), T('Azaz','azaz'), T('Syria','syria', note='"Syria\'s northwest border region"'), T('Azaz','azaz')]),
 'q09_xinhua-karama-camps-cant-go-home': dict(
  published='2025-09-29', precision='day', outlet='Xinhua (China; chinaview.cn)',
  url='http://www.chinaview.cn/20250929/4955be63331748d0bd6c3d1e42a2f29d/c.html',
  basis='Date line "2025-09-29 21:46:30" and dateline "KARAMA CAMPS, Syria, Sept. 29 (Xinhua)" (both kept in the text); the URL path /20250929/ agrees; the caption date (Sept. 25, 2025) is the photo\'s.',
  tops=[T('Karama Camps','karama-camps', note='caption'), T('Idlib', G, note='"Idlib province"'), T('Syria','syria', note='"northwestern Syria"'),
        T('KARAMA CAMPS','karama-camps', note='dateline'), T('Syria','syria', note='dateline'), T('Idlib', G, note='"northern Idlib"'),
        T('Karama Camps','karama-camps'), T('Karama Camps','karama-camps'), T('Qah','qah'), T('Atmeh','atmeh'),
        T('Kafr Zita','kafr-zita'), T('Kuwait Preachers Camp','kuwait-preachers-camp', note='a camp of the Karama cluster; the whole name is the place (not the country Kuwait)'),
        T('Karama Camps','karama-camps')]),
 'q10_delil24-harim-french-camp-siege': dict(
  published='2025-10-22', precision='day', outlet='Delil24 (Syrian news site, English edition)',
  url='https://delil24.com/en/?p=2884',
  basis='No date line in the stored copy; the text gives the weekday and period: the siege was imposed "On Wednesday" after clashes "on Tuesday night into Wednesday", with the clashes "still ongoing" (AFP quote), after "the overthrow of Bashar al-Assad\'s regime in December 2024"; other stored copies date the operation Wednesday 22 October 2025 (Syrian Observer: "On the morning of Wednesday, 22 October 2025"; Shafaq News page dated 2025-10-22; the MENAFN copy 2025-10-23; Le Monde via vidostream: camp surrounded "on the night of October 21 to 22"), so the article is taken to be of 22 October 2025 (a posting on the 23rd cannot be excluded).',
  tops=[T('Idlib', G, note='title "Camp of French Fighters in Idlib"'), T('Harim','harim'), T('Idlib', G, note='"northwestern rural Idlib"'),
        T('France','france', note='"France’s desire": the French government')]),
}

if __name__ == '__main__':
    build('unseen15', P, ART, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
