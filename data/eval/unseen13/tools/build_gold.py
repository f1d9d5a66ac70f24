#!/usr/bin/env python3
"""Builds unseen13.gold.json from the hand annotation below (surface string, place, required, kind, note),
listed in reading order. Adapted from unseen12/tools/build_gold.py (same shared gold_builder: offsets are UTF-16
code-unit offsets; all texts here are BMP-only, so they equal Python str indices; the node verifier re-checks this).
No nested or raw annotations are used in unseen13: names inside outlet/organisation names ("Syria Direct", "MSF Syria",
"Hama Media Center", "Forces of Democratic Syria") and inside compounds ("Britain-based", "Turkey backed") are annotated
on their own as optional."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold_builder import GN, DSPL, T, build, dspl, gn, nul, proxy, wp  # noqa: E402,F401

DSPL_U = 'Google DSPL canonical countries.csv country centroid (same value as the earlier sets\' gold, confirmed there in public copies of the table via the code corpus)'
QM = 'GeoNames cities500 166227 Qal‘at al Maḑīq (Qalaat al-Madiq)'
SALQIN = 'GeoNames cities500 164898 Salqīn (Salqin)'
DWELI_REL = ('en.wikipedia "Harim Mountains" (en.wikipedia.org stored copy, found via search, pages corpus): Mount Wastani "extends for 40 km from Salqin in the north ... '
             'the northern mass is sometimes considered a separate mountain called Mount Dweli (جبل الدويلة)"; Airwars stored page (airwars.org/?p=71607): the strikes hit '
             '"the Al Dwailah area near Salqin, west of the city of Kafr Takharim"; Sputnik stored page: "Jabal Duwayli near the Haram town"')
P = {
 # countries (DSPL centroids, reused from earlier gold)
 'syria': dspl('Syria', 34.802075, 38.996815, 163843, src=DSPL_U),
 'turkey': dspl('Turkey', 38.963745, 35.243322, 298795, src=DSPL_U),
 'russia': dspl('Russia', 61.52401, 105.318756, 2017370, src=DSPL_U),
 'united-states': dspl('United States', 37.09024, -95.712891, 6252001, src=DSPL_U + ' (unseen7-unseen9, unseen12 gold)', note='"US"'),
 'lebanon': dspl('Lebanon', 33.854721, 35.862285, 272103, src=DSPL_U + ' (unseen4 gold)'),
 'united-kingdom': dspl('United Kingdom', 55.378051, -3.435973, 2635167, src=DSPL_U, note='only the optional mentions "Britain-based"'),
 # governorates (same values as seeds / earlier gold)
 'idlib-governorate': dict(name='Idlib Governorate', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "35°42′N 36°42′E" (same as seeds gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (35.93062, 36.63393)'),
 'aleppo-governorate': dict(name='Aleppo Governorate', lat=36.2, lon=37.6, kind='governorate', geonames_id=None,
    source='sco.wikipedia.org/wiki/Aleppo_Govrenorate infobox "36°12′N 37°36′E" (same value as unseen-unseen12 gold)', confidence='high',
    note='representative point of the governorate, not Aleppo city (36.20124, 37.16117)'),
 'hama-governorate': dict(name='Hama Governorate', lat=35.2, lon=37.2, kind='governorate', geonames_id=None,
    source='Wikipedia "Hama Governorate" infobox "35°12′N 37°12′E" (same as seeds gold)', confidence='high',
    note='representative point of the governorate; distinct from Hama city (35.13179, 36.75783)'),
 'latakia-governorate': dict(name='Latakia Governorate', lat=35.6, lon=36.0, kind='governorate', geonames_id=None,
    source='Wikipedia "Latakia Governorate" infobox "35°36′N 36°00′E" (same as seeds gold)', confidence='high',
    note='representative point of the governorate; distinct from Latakia city (35.53168, 35.79011)'),
 'homs-governorate': dict(name='Homs Governorate', lat=34.3, lon=38.3, kind='governorate', geonames_id=None,
    source='en.wikipedia "Homs Governorate" infobox "34°18′N 38°18′E" (same value as unseen5-unseen7, unseen11 gold)', confidence='high',
    note='representative point of the governorate; distinct from Homs city (34.72682, 36.72339)'),
 # regions / features
 'jabal-al-zawiya': wp('Jabal al-Zawiya (Mount Zawiya)', 35.733, 36.7, 'region',
    'en.wikipedia "Jabal Zawiya" "35°44′N 36°42′E / 35.733; 36.700" (same sourced value as unseen/unseen8/unseen9/unseen12 gold)', 'highland region in southern Idlib Governorate'),
 'bab-al-hawa': wp('Bab al-Hawa Border Crossing', 36.230639, 36.692639, 'crossing',
    'en.wikipedia "Bab al-Hawa Border Crossing" infobox "36°13′50.3″N 36°41′33.5″E / 36.230639; 36.692639" (same sourced value as unseen/unseen5 gold)',
    '"the Bab Al Hawa border crossing with Turkey"'),
 'euphrates': nul('Euphrates River', 'feature', 'linear feature, no single point (as seeds/unseen7/unseen12 gold); "the eastern bank of the Euphrates River" (m10, required)'),
 # cities / towns (GeoNames cities500)
 'damascus': gn('Damascus', 170654, 33.5102, 36.29128, 'city'),
 'aleppo': gn('Aleppo (city)', 170063, 36.20124, 37.16117, 'city'),
 'idlib-city': gn('Idlib (city)', 169389, 35.93062, 36.63393, 'city'),
 'hama-city': gn('Hama (city)', 170017, 35.13179, 36.75783, 'city', 'GeoNames name "Ḩamāh"'),
 'latakia': gn('Latakia (city)', 173576, 35.53168, 35.79011, 'city'),
 'tunis': gn('Tunis', 2464470, 36.81897, 10.16579, 'city', 'dateline "TUNIS, April 5." (TASS); not Tunis, Indonesia (8417399)'),
 'suran': gn('Suran ("Soran"), Hama Governorate', 163915, 35.29193, 36.74848, 'town',
    'GeoNames name "Şūrān"; "Soran and other villages north of Hama" (same place and id as unseen10 gold); not the homonym Şūrān 163913 in northern Aleppo Governorate'),
 'binnish': gn('Binnish', 171451, 35.95664, 36.7138, 'town', 'town north-east of Idlib city (same id as unseen gold)'),
 'khanasir': gn('Khanasir', 168351, 35.78159, 37.49919, 'town', 'GeoNames name "Khanāşir"; on the road from Hama to Aleppo, SE of Aleppo (same id as unseen10 gold)'),
 'talkalakh': gn('Tall Kalakh ("Talkalakh")', 163533, 34.66842, 36.25995, 'town', 'GeoNames name "Tallkalakh", alternate name "Talkalakh"; western Homs Governorate near the Lebanese border'),
 'kafr-zita': gn('Kafr Zita ("Kafr Zeita")', 168620, 35.37425, 36.6033, 'town', 'GeoNames name "Kafr Zaytā"; northern Hama countryside (same id as unseen3 gold)'),
 'murak': gn('Murak ("Mourik", Morek)', 166640, 35.37615, 36.6897, 'town', 'GeoNames name "Mūrak"; on the M5 "some 8km east of Kafr Zeita" (the article; GeoNames points ~7.7 km apart)'),
 'qalaat-al-madiq': gn('Qalaat al-Madiq ("Qalaat Al Madiq")', 166227, 35.41465, 36.39085, 'town', 'GeoNames name "Qal‘at al Maḑīq"; al-Ghab, NW Hama Governorate (same id as unseen7 gold)'),
 # other sourced coordinates
 'al-qubeir': wp('al-Qubeir ("Qubeir", "al-Qubeir", القبير), Hama', 35.17694, 36.515, 'village',
    'en.wikipedia "Al-Qubeir massacre" infobox "Location Al-Qubeir, Hama, Syria; Coordinates 35°10′37″N 36°30′54″E / 35.17694; 36.51500" (nzt.eth.link and techsciencenews.com stored copies; found via search, pages corpus)',
    'small farming village west of Hama near Maarzaf (مزرعة القبير); the infobox point is the massacre\'s location, i.e. the village'),
 'sheikh-maqsoud': wp('Sheikh Maqsoud (Sheikh Maqsood), Aleppo', 36.23611, 37.15167, 'neighbourhood',
    'en.wikipedia "Sheikh Maqsood" infobox "36°14′10″N 37°9′6″E / 36.23611; 37.15167" (en.wikipedia.org, wikimili and wiki-gateway stored copies; found via search, pages corpus)',
    'Kurdish-majority neighbourhood in northern Aleppo city; "Sheikh Maqsoud", "Sheikh Maqsood"'),
 # proxies
 'ashrafiyah': proxy('al-Ashrafiyah ("Ashrafiya"), Aleppo', 36.23611, 37.15167, 'neighbourhood',
    'en.wikipedia "Sheikh Maqsood" 36°14′10″N 37°9′6″E (the bordering neighbourhood)',
    'neighbourhood of northern Aleppo city; "Bordering Ashrafiyah are Sheikh Maqsoud from the northeast" (en.wikipedia "Ashrafiyah, Aleppo" stored copy, no coordinate); proxy within ~1-2 km'),
 'al-sukkari': proxy('al-Sukkari (السكري), Aleppo', 36.20124, 37.16117, 'neighbourhood', 'GeoNames cities500 170063 Aleppo (city)',
    '"the rebel-held district of al-Sukkari in Aleppo" (the article): a district of (then rebel-held eastern/southern) Aleppo city; no own coordinate found (two searches); proxy may be off by ~3-5 km'),
 'zardana': proxy('Zardana (زردنا), Idlib', 36.01152, 36.67183, 'town', 'GeoNames cities500 167605 Ma‘arratmişrīn (Maarrat Misrin)',
    'town "to the north-east of the city of Idlib at about 14 km and to the east of the town of Maarratmisrin" (esyria.sy eIdleb stored page, Arabic; found via search, pages corpus); no own coordinate found (two searches, one find_string); proxy probably within ~5 km'),
 'tuwaynah': proxy('al-Tuwaynah ("Tuwaynah"; Tuwaini, الطوينة), al-Ghab', 35.41465, 36.39085, 'village', QM,
    'identified with "Al-Tuwayni" / "Tuwaini", which en.wikipedia "Qalaat al-Madiq" (stored copies found via search) lists among its nearby localities "to the west"; seeds gold has al-Tuwaynah with no coordinate; proxy probably within ~3-5 km'),
 'kirkat': proxy('Kirkat (al-Karkat, كركات), al-Ghab', 35.41465, 36.39085, 'village', QM,
    '"Two nearby villages of Tal Hawash and al-Karkat" captured with Qalaat al-Madiq (eblnews.com stored page); the army "pushing toward Kirkat town further North" of Qalaat al-Madiq (defence-point.com stored page); no own coordinate found (two searches); proxy probably within ~5 km'),
 'jabal-al-duwayli': proxy('Jabal al-Duwayli ("Jabal Al-Diwela"; Mount Dweli, جبل الدويلة)', 36.13865, 36.45244, 'feature', SALQIN,
    DWELI_REL + '; no coordinate found (one search); proxy may be off by ~5 km'),
 'duwaylah': proxy('al-Duwaylah ("Duveyl"), Harem District', 36.13865, 36.45244, 'village', SALQIN,
    '"a rural village in Idlib Duveyl" (the article); the Faylaq al-Sham camp area on Jabal al-Duwayli ("the town of Duwaylah", overtdefense.com stored page); ' + DWELI_REL + '; proxy may be off by ~5 km'),
 'harem-region': proxy('Harem region (Harem/Harim District), Idlib', 36.21176, 36.52078, 'region', 'GeoNames cities500 169866 Ḩārim (Harem town, the district seat)',
    '"in the Harem region, to the north - western of Idlib" (the article): the district/area around Harem; represented by its seat'),
 'hatay-alexandretta': proxy('Hatay Province ("Alexandretta"; Sanjak of Alexandretta / Liwa Iskenderun)', 36.20655, 36.15722, 'region', 'GeoNames cities500 323779 Antakya (seat of Hatay Province)',
    '"the border with Alexandretta": Syrian/Kurdish usage for the Turkish province of Hatay ("Arabic: لواء إسكندرون, romanized: Liwa Iskenderun", enguide.com copy of en.wikipedia "Hatay Province"; "The administrative capital is Antakya ... the port city of İskenderun (Alexandretta)", piglix copy); no province coordinate found (one search); represented by its seat Antakya; the city of İskenderun (GeoNames 311111, 36.58718, 36.17347) is ~42 km north'),
 'al-arshani': proxy('al-Arshani ("Al Arshani", العرشاني) water station / village, Idlib', 35.93062, 36.63393, 'village', 'GeoNames cities500 169389 Idlib (city)',
    'the water station "in the outskirts of Idleb city" (ECHO Daily Flash 4 Jan 2022, reliefweb stored page); "Al Arshani village, west of Idlib city" (Syrian Archive stored page), "north-east of Idlib" (the article\'s caption), "شمال غربي إدلب" (hdhod.com stored page); no own coordinate found (one search); proxy probably within ~5 km'),
 # not found
 'bab-al-taqa': nul('Bab al-Taqa (باب الطاقة), al-Ghab', 'village', 'village of the al-Ghab / Qalaat al-Madiq area taken with Qalaat al-Madiq in May 2019 (syriatoday.info stored page, 10 May 2019); no coordinate source found (as seeds gold)'),
 'shariah': nul('al-Shariah ("Shariah"; Ash-Sharia, الشريعة), al-Ghab', 'village', 'village of the al-Ghab / Qalaat al-Madiq area taken with Qalaat al-Madiq in May 2019 ("Ash-Sharia", syriatoday.info stored page, 10 May 2019); no coordinate source found (one search)'),
}

G = 'idlib-governorate'; AG = 'aleppo-governorate'; HG = 'hama-governorate'; LG = 'latakia-governorate'; HOG = 'homs-governorate'
ART = {
 'm01_ahramonline-hama-countryside-tank-assaults': dict(
  published='2011-08-09', precision='day', outlet='Ahram Online (Egypt, English)',
  url='http://english.ahram.org.eg/NewsPrint/18479.aspx',
  basis='Date line ", Tuesday 9 Aug 2011" shown under the title (kept in the text without the empty-byline comma); the assaults were "on Tuesday" (9 Aug 2011 was a Tuesday); "the focus of a 10-day assault" fits the Hama assault from 31 July 2011 (RNZ stored page "9:59 pm on 31 July 2011").',
  tops=[T('Hama','hama-city',note='subtitle "Villages surrounding Hama": the city'),T('Hama','hama-city',note='"the countryside around the city of Hama"'),
        T('Turkey','turkey',note='"a town near Turkey"'),T('Soran','suran'),T('Hama','hama-city',note='"villages north of Hama": relative to the city'),
        T('Binnish','binnish'),T('Turkey','turkey',note='"the border with Turkey"')]),
 'm02_aseannewsblog-cnn-qubeir-massacre': dict(
  published='2012-06-07', precision='day', outlet='The ASEAN News blog (blogspot; CNN copy)',
  url='https://theaseannewsblog.blogspot.com/2012/06/syria-activists-78-killed-in-village.html',
  basis='Blog date line "Thursday, June 07, 2012" shown above the title (kept in the text, moved below it); the URL path /2012/06/ agrees; the killings were "Wednesday" (6 June 2012; en.wikipedia "Al-Qubeir massacre" stored copies: 6 June 2012); a CRIN stored page of the same news is dated "[7 June 2012]".',
  tops=[T('Syria','syria',note='title "Syria activists"'),T('Qubeir','al-qubeir'),T('Hama',HG,note='"in Hama province"'),
        T('Syria','syria',req=False,note='inside the organisation name "Local Coordination Committees of Syria"'),
        T('Qubeir','al-qubeir'),T('Hama','hama-city',note='"the rebel Free Syrian Army\'s military council in Hama": read as the city (the province reading is possible)'),
        T('Qubeir','al-qubeir'),T('Qubeir','al-qubeir'),T('Qubeir','al-qubeir'),T('Qubeir','al-qubeir'),
        T('Hama','hama-city',note='"An official source in Hama": the city (as "A police source in Aleppo" in unseen12)'),T('al-Qubeir','al-qubeir')]),
 'm03_aljazeera-khanasir-supply-route': dict(
  published='2013-08-26', precision='day', outlet='Al Jazeera English',
  url='http://www.aljazeera.com/news/middleeast/2013/08/2013826124946176888.html',
  basis='Date line "Last Modified: 26 Aug 2013 20:56" (kept in the text); the URL stamp 2013826124946 = 2013-08-26 12:49:46; "The Observatory said on Monday" and "tried on Monday" = Mon 26 Aug 2013; the AFP report of the same capture on GlobalPost has the URL stamp 130826.',
  tops=[T('Syria','syria',note='title "Syria rebels"'),T('Aleppo','aleppo',note='standfirst "supply route out of Aleppo": the city ("out of the city of Aleppo" in the text)'),
        T('US','united-states',note='"Assad warns US": the US government'),T('Syria','syria'),T('Aleppo','aleppo',note='"the city of Aleppo"'),
        T('Britain','united-kingdom',req=False,note='compound "Britain-based"'),T('Khanasir','khanasir'),
        T('Aleppo','aleppo',note='"between Aleppo and Hama": the city'),T('Hama','hama-city',note='"between Aleppo and Hama": the city'),
        T('Aleppo',AG,note='"besieged in Aleppo province"'),T('Latakia',LG,note='"the province of Latakia"'),
        T('Latakia','latakia',note='"the northern suburbs of Latakia": the city'),T('Homs',HOG,note='"the central province of Homs"'),
        T('Talkalakh','talkalakh'),T('Lebanon','lebanon',note='"Lebanon\'s northern border"'),T('Homs',HOG,note='"the Homs countryside"'),
        T('Homs',HOG,note='"in Homs, a province they consider vital"'),T('Damascus','damascus',note='"from Damascus to the president\'s coastal stronghold"'),
        T('Talkalakh','talkalakh'),T('Syria','syria',note='"central Syria"')]),
 'm04_syriadirect-kafr-zeita-chlorine': dict(
  published='2014-05-20', precision='day', outlet='Syria Direct (news site on Syria, English)',
  url='https://syriadirect.org/news/activists-claim-2-dead-in-new-kafr-zeita-chlorine-attack/',
  basis='Date line "20 May 2014" shown with the article (kept in the text); the attack was "Monday night" (19 May 2014) and the activists "told Syria Direct Tuesday" (20 May); "chlorine-filled barrel bombs on April 11 and 18" and "the third of its kind ... in 40 days" fit.',
  tops=[T('Kafr Zeita','kafr-zita',note='title'),T('Syria','syria',note='"Syria\'s central Hama province"'),T('Hama',HG,note='"central Hama province"'),
        T('Hama',HG,note='"the Hama village of Kafr Zeita": the province'),T('Kafr Zeita','kafr-zita'),
        T('Hama','hama-city',req=False,note='inside the organisation name "Hama Media Center"'),
        T('Syria','syria',req=False,note='inside the outlet name "Syria Direct"'),T('Syria','syria',note='"removed from Syria"'),
        T('Syria','syria',note='"Syria\'s Deputy Foreign Minister"'),T('Damascus','damascus',note='"Damascus used chlorine gas": the Syrian government'),
        T('Syria','syria',req=False,note='inside the outlet name "Syria Direct"'),T('Kafr Zeita','kafr-zita'),
        T('Syria','syria',req=False,note='inside the outlet name "Syria Direct"'),T('Mourik','murak'),T('Kafr Zeita','kafr-zita'),
        T('Damascus','damascus',note='"the M5 international highway connecting Damascus with central and northern Syria" (the road name M5 is not annotated, as in earlier sets)'),
        T('Syria','syria',note='"central and northern Syria"')]),
 'm05_sbs-ap-al-quds-hospital-aleppo': dict(
  published='2016-04-28', precision='day', outlet='SBS News (Australia; AP copy)',
  url='https://phoenix.platform.edsqa01.aws.sbs.com.au/news/article/msf-outraged-by-syrian-hospital-attack-that-killed-20/udro2rg3d',
  basis='No date line in the kept text; the caption dates the airstrikes "on April 28, 2016"; the UN envoy "appealed early Thursday" (Thu 28 Apr 2016) and the strikes hit "shortly before midnight on Wednesday" (27 Apr); MSF\'s stored press release of the same news is dated "28 Apr 2016" and the MSF review dates the attack 27 April 2016. Same-day publication assumed (Australian time may already be 29 April; 28 April is the story\'s date).',
  tops=[T('Aleppo','aleppo',note='standfirst "rebel-held Aleppo, Syria"'),T('Syria','syria'),
        T('Aleppo','aleppo',note='caption heading "Russian airstrikes target hospital in Aleppo"'),T('Aleppo','aleppo',note='caption'),T('Syria','syria',note='caption "Aleppo, Syria"'),
        T('Aleppo','aleppo',note='"the Syrian city of Aleppo"'),T('Syria','syria',req=False,note='inside the organisation name "MSF Syria"'),
        T('Aleppo','aleppo',note='"Al Quds hospital in Aleppo" (the hospital name is not annotated)'),T('Syria','syria',req=False,note='inside the organisation name "MSF Syria"'),
        T('Syria','syria',note='"the UN envoy for Syria"'),T('US','united-states',note='"on the US and Russia": governments'),T('Russia','russia'),
        T('Aleppo','aleppo',note='"the deadly airstrikes on Aleppo"'),T('al-Sukkari','al-sukkari'),T('Aleppo','aleppo',note='"al-Sukkari in Aleppo"'),
        T('Britain','united-kingdom',req=False,note='compound "Britain-based"')]),
 'm06_samaa-afp-zardana-air-strikes': dict(
  published='2018-06-08', precision='day', outlet='Samaa TV (Pakistan, English; AFP copy)',
  url='https://www.samaa.tv/global/2018/06/air-strikes-kill-11-civilians-in-northwest-syria-monitor/',
  basis='Date line "June 8, 2018" shown under the title (kept in the text); the URL path /2018/06/ agrees; the search tool\'s page metadata gives 2018-06-08; the strikes were "on Thursday" (7 June 2018; the same Zardana strike is reported in the Arabic alarabipost stored page).',
  tops=[T('Syria','syria',note='title "northwest Syria"'),T('Syria','syria',note='"northwestern Syria"'),T('Russia','russia',note='"regime ally Russia"'),
        T('Zardana','zardana'),T('Idlib',G,note='"the northwestern province of Idlib"'),T('Syria','syria',note='"sources inside Syria"'),
        T('Idlib',G,note='"Idlib province"'),T('Zardana','zardana'),T('Syria','syria',note='"Syria\'s former Al-Qaeda affiliate"'),
        T('Russia','russia'),T('Syria','syria',note='"Syria\'s war"')]),
 'm07_syrializm-qalaat-al-madiq-advance': dict(
  published='2019-05-09', precision='day', outlet='Syrializm (Syrian news site, English)',
  url='http://new.syrializm.com/2019/05/09/the-syrian-army-advancing-capturing-qalaat-al-madiq-and-several-other-areas/',
  basis='No date line in the kept text; the URL path /2019/05/09/ gives the day; "in the past couple of hours"; other stored pages date the army\'s entry into Qalaat al-Madiq to 9 May 2019 (defence-point.com 2019/05/09 "on the same day of 2019, the town was liberated"; eblnews.com "on Thursday" = 9 May 2019; pl.wikipedia "9 maja 2019").',
  tops=[T('Qalaat Al Madiq','qalaat-al-madiq',note='title'),T('Hama',HG,note='"the northern country side of Hama"'),T('Idlib',G,note='"southern Idlib"'),
        T('Qalaat Al Madiq','qalaat-al-madiq'),T('Qalaat Al Madiq','qalaat-al-madiq'),T('Tuwaynah','tuwaynah'),T('Kirkat','kirkat'),
        T('Hama',HG,note='"North Hama countryside"'),T('Bab Al Taqa','bab-al-taqa'),T('Shariah','shariah'),T('Syria','syria',note='"the northern Syria"'),
        T('Turkey','turkey',note='"backed by Turkey"'),T('Aleppo',AG,note='"any Syrian government forces in Aleppo": the Turkish-backed groups faced government forces in the Aleppo countryside; read as the province (the city reading is possible)'),
        T('Idlib',G,note='"battles in Idlib"')]),
 'm08_mezopotamya-faylaq-al-sham-duwayli-strike': dict(
  published='2020-10-26', precision='day', outlet='Mezopotamya Agency (MA, Kurdish news agency, English)',
  url='http://mezopotamyaajansi25.com/en/NEWS/content/view/113745',
  basis='Date line "14:10 26 October 2020" shown with the article (kept in the text); the Russian strike on the Faylaq al-Sham camp was on Monday 26 October 2020 (al-Masdar stored pages dated 2020-10-26 "on Monday"; Airwars "on October 26, 2020").',
  tops=[T('Turkey','turkey',req=False,note='compound "Turkey backed mercenaries" (written without hyphen; as "Ankara-backed")'),
        T('Idlib',G,note='"to the west of Idlib": read as the governorate (as unseen12 "West of Idlib"); the city reading is possible'),
        T('Idlib',G,note='"southern Idlib"'),T('Jabal Al-Diwela','jabal-al-duwayli'),T('Harem','harem-region',note='"the Harem region"'),
        T('Idlib',G,note='"to the north - western of Idlib"'),T('Alexandretta','hatay-alexandretta',note='"the border with Alexandretta": the Turkish province of Hatay'),
        T('Turkey','turkey',note='"backed by Turkey"'),T('Idlib',G,note='"a rural village in Idlib Duveyl": the province'),T('Duveyl','duwaylah'),
        T('Turkey','turkey',req=False,note='compound "Turkey supported Feylaq headquarters"')]),
 'm09_thenational-arshani-water-station': dict(
  published='2022-01-03', precision='day', outlet='The National (UAE, English)',
  url='https://www.thenationalnews.com/mena/syria/2022/01/03/russian-jets-hit-idlib-water-station-in-syria-attacks/',
  basis='No date line in the kept text; the URL path /2022/01/03/ gives the day; the captions date the damage "on January 2, 2022" and the jets bombed "on Sunday" (2 Jan 2022); the ECHO Daily Flash of 4 January 2022 (reliefweb stored page) dates the strike on the station to 2 January.',
  tops=[T('Idlib','idlib-city',note='title "Idlib water station": the station serves the city'),T('Syria','syria',note='title "Syria attacks"'),
        T('Al Arshani','al-arshani',note='caption "Al Arshani water station"'),T('Idlib','idlib-city',note='caption "north-east of Idlib": relative to the city'),
        T('Idlib','idlib-city',note='"the north-western Syrian city of Idlib"'),T('Idlib','idlib-city',note='"the overcrowded city of Idlib"'),
        T('Russia','russia',note='"No comment was available from Russia"'),T('Bab Al Hawa','bab-al-hawa'),T('Turkey','turkey'),
        T('Al Arshani','al-arshani',note='caption'),T('Jabal Al Zawiya','jabal-al-zawiya'),T('Idlib',G,note='"the southern part of Idlib province"')]),
 'm10_newspravda-tass-sdf-leave-aleppo': dict(
  published='2025-04-05', precision='day', outlet='Pravda network (syria.news-pravda.com; TASS copy, English)',
  url='https://syria.news-pravda.com/en/world/2025/04/05/22396.html',
  basis='Dateline "TUNIS, April 5. /tass/." (kept in the text; no year); the URL path /2025/04/05/ gives the year and day; the fighters left "on Friday" (4 April 2025; Watan stored page: "On April 4, the first batch of SDF fighters withdrew from Aleppo"); "On March 10 ... signed an agreement" and "the change of power in Damascus in December 2024" fit.',
  tops=[T('Aleppo','aleppo',note='title "left Aleppo"'),T('Damascus','damascus',note='title "the authorities in Damascus": the government'),
        T('TUNIS','tunis',note='dateline'),T('Syria','syria',req=False,note='inside the organisation name "Forces of Democratic Syria" (SDF)'),
        T('Ashrafiya','ashrafiyah'),T('Sheikh Maqsoud','sheikh-maqsoud'),T('Aleppo','aleppo',note='"the Syrian city of Aleppo"'),
        T('Aleppo','aleppo'),T('Ashrafiya','ashrafiyah'),T('Sheikh Maqsood','sheikh-maqsoud'),T('Aleppo','aleppo'),
        T('Euphrates River','euphrates',note='"the eastern bank of the Euphrates River"'),T('Ashrafiya','ashrafiyah'),T('Sheikh Maqsood','sheikh-maqsoud'),
        T('Damascus','damascus',note='"the change of power in Damascus"'),T('Aleppo','aleppo',note='"the north of Aleppo": the city'),
        T('Syria','syria',note='"northeastern Syria"'),T('Damascus','damascus',note='"the new administration in Damascus"')]),
}

build('unseen13', P, ART, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
