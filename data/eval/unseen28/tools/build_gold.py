#!/usr/bin/env python3
"""Builds unseen28.gold.json from the hand annotation below (surface string, place, required, kind, note),
listed in reading order. Adapted from unseen14/tools/build_gold.py (same shared gold_builder: offsets are UTF-16
code-unit offsets; all texts here are BMP-only, so they equal Python str indices; the node verifier re-checks this).
No nested or raw annotations: names inside organisation names ("Islamic State of Iraq and the Levant"), inside
compounds ("London-based"), inside event/treaty labels ("Geneva Convention") and time-zone labels ("Damascus Local
Time") are annotated on their own as optional. "Idlib Governorate" is annotated whole."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold_builder import GN, DSPL, T, build, dspl, gn, nul, proxy, wp  # noqa: E402,F401

DSPL_R = 'Google DSPL canonical countries.csv country centroid (same value as the earlier sets\' gold; re-read for unseen28 in a public copy of the table via read_file: duckduckgo/iOS Core/country-data.js, id 20576524882)'
SARMADA_SRC = 'syriaphotoguide.com "Sarmada" 36°10′57.48″N 36°43′52.38″E (same sourced value as unseen4/unseen6/unseen10/unseen11 gold)'
DEIR_HASSAN_SRC = 'ar.wikipedia "دير حسان" infobox الإحداثيات 36°13′53″N 36°45′45″E (iiab.me kiwix wikipedia_ar_all_maxi_2022-09; same sourced value as unseen3 gold)'
TERMANIN_SRC = 'en.wikipedia "Turmanin" infobox "36°14′N 36°49′E / 36.233; 36.817" (same sourced value as unseen4/unseen5/unseen10/unseen16 gold)'
P = {
 # countries (DSPL centroids)
 'syria': dspl('Syria', 34.802075, 38.996815, 163843, src=DSPL_R),
 'turkey': dspl('Turkey', 38.963745, 35.243322, 298795, src=DSPL_R),
 'qatar': dspl('Qatar', 25.354826, 51.183884, None, src='Google DSPL canonical countries.csv country centroid, read in a public copy of the table via read_file (duckduckgo/iOS Core/country-data.js, "from https://developers.google.com/public-data/docs/canonical/countries_csv", id 20576524882: QA 25.354826, 51.183884)'),
 'iraq': dspl('Iraq', 33.223191, 43.679291, None, src=DSPL_R + ' (unseen gold; IQ 33.223191, 43.679291 in the same copy)', note='only inside the organisation name "Islamic State of Iraq and the Levant" (optional)'),
 # governorates / regions
 'idlib-governorate': dict(name='Idlib Governorate', lat=35.7, lon=36.7, kind='governorate', geonames_id=None,
    source='en.wikipedia.org/wiki/Idlib_Governorate infobox "Coordinates: 35°42′N 36°42′E" (same point as seeds/unseen gold)', confidence='high',
    note='representative point of the governorate; distinct from Idlib city (35.93062, 36.63393)'),
 'aleppo-governorate': dict(name='Aleppo Governorate', lat=36.2, lon=37.6, kind='governorate', geonames_id=None,
    source='sco.wikipedia.org/wiki/Aleppo_Govrenorate infobox "36°12′N 37°36′E" (same value as unseen-unseen14 gold)', confidence='high',
    note='representative point of the governorate, not Aleppo city (36.20124, 37.16117)'),
 'hama-governorate': dict(name='Hama Governorate', lat=35.2, lon=37.2, kind='governorate', geonames_id=None,
    source='Wikipedia "Hama Governorate" infobox "35°12′N 37°12′E" (same point as seeds/unseen gold)', confidence='high',
    note='"Hama and Homs provinces", "the rural areas of Hama, Idlib and Aleppo"'),
 'homs-governorate': dict(name='Homs Governorate', lat=34.3, lon=38.3, kind='governorate', geonames_id=None,
    source='en.wikipedia "Homs Governorate" infobox "34°18′N 38°18′E" (same value as unseen5-unseen7/unseen11 gold)', confidence='high',
    note='"Hama and Homs provinces"'),
 'afrin-region': wp('Afrin District / Afrin region (Aleppo Governorate)', 36.51, 36.867778, 'region',
    'ru.wikipedia "Африн (район)" 36°30′36″N 36°52′04″E (same sourced value as unseen7/unseen8/unseen11/unseen14 gold)',
    'the Kurdish-majority district north-west of Aleppo taken in the 2018 Olive Branch operation; title label "Afrin:" and "its rural areas in Afrin"'),
 'levant': nul('Levant (region; Arabic al-Sham)', 'region', 'large historical region, no single point (as unseen11 gold); only inside the organisation name "Islamic State of Iraq and the Levant" (optional)'),
 # cities / towns (GeoNames cities500)
 'damascus': gn('Damascus', 170654, 33.5102, 36.29128, 'city', 'only in the time-zone label "Damascus Local Time" of a date line (optional)'),
 'aleppo': gn('Aleppo (city)', 170063, 36.20124, 37.16117, 'city'),
 'idlib-city': gn('Idlib (city)', 169389, 35.93062, 36.63393, 'city'),
 'saraqib': gn('Saraqib', 164816, 35.86447, 36.80591, 'city', 'GeoNames name "Sarāqib"; "Saraqib city"'),
 'sheikh-hadid': gn('Sheikh Hadid (Shaykh al-Hadid, شيخ الحديد), Afrin', 164354, 36.50069, 36.59945, 'town', 'GeoNames name "Shaykh al Ḩadīd" (PPLA3, subdistrict seat in Afrin District)'),
 'darkush': gn('Darkush ("Drakush")', 170865, 35.9918, 36.39361, 'town', 'GeoNames name "Darkūsh" (same id as unseen16 gold); "the area of Drakush"'),
 'jisr-al-shughur': gn('Jisr al-Shughur ("Jisr al-Shughour")', 169023, 35.81418, 36.31983, 'city', 'GeoNames name "Jisr ash Shughūr" (same id as unseen10/unseen14 gold); "the Jisr al-Shughour area"'),
 'khan-sheikhoun': gn('Khan Sheikhoun (Khan Shaykhun)', 168325, 35.44208, 36.65095, 'town', 'GeoNames name "Khān Shaykhūn" (same id as unseen15/unseen16 gold)'),
 'marea': gn('Mare\' ("Marea", مارع), northern Aleppo Governorate', 167245, 36.48259, 37.19709, 'town', 'GeoNames name "Māri‘" (same id as unseen15 gold)'),
 'geneva': gn('Geneva (Genève)', 2660646, 46.20222, 6.14569, 'city', 'only inside the treaty label "the Geneva Convention" (optional)'),
 'london': gn('London', 2643743, 51.50853, -0.12574, 'city', 'only in the compound "London-based" (optional)'),
 # other sourced coordinates
 'sarmada': wp('Sarmada (سرمدا)', 36.182633, 36.731217, 'town', SARMADA_SRC, '"the town of Sarmada in Idlib"'),
 'deir-hassan': wp('Deir Hassan ("Der Hassan", دير حسان), northern Idlib', 36.231389, 36.7625, 'village', DEIR_HASSAN_SRC,
    '"Deir Hassan village" (ee05), "the town of Der Hassan" (ee08)'),
 'termanin': wp('Turmanin ("Termanin", ترمانين)', 36.233, 36.817, 'town', TERMANIN_SRC, '"on the outskirts of Termanin, north of Idlib"'),
 'atma-camps': wp('Atma (Atme, Atmeh) displacement camps', 36.31111, 36.68639, 'camp',
    'en.wikipedia "Atme" infobox 36°18′40″N 36°41′11″E, the point of Atme town (same sourced value as the atme-camps/atma-camps places of unseen/unseen17 gold)',
    '"the Atma camp" (caption): the camp cluster around Atme on the Turkish border'),
 # proxies
 'halab-labih-camp': proxy('Halab Labih camp (مخيم حلب لبيه), near Deir Hassan', 36.231389, 36.7625, 'camp', DEIR_HASSAN_SRC + ' (Deir Hassan point)',
    '"Halab Labih refugee camp located near Deir Hassan village in Idlib province" (the article); no own coordinate found (none searched separately); proxy probably within ~1-3 km'),
 'al-sadaqa-camp': proxy('al-Sadaqa camp, near Deir Hassan', 36.231389, 36.7625, 'camp', DEIR_HASSAN_SRC + ' (Deir Hassan point)',
    '"a camp for displaced persons near the town of Der Hassan ... The fire was in the al-Sadaqa camp" (the article); no own coordinate found; proxy probably within ~1-3 km'),
 'al-laban-camp': proxy('al-Laban camp, outskirts of Turmanin', 36.233, 36.817, 'camp', TERMANIN_SRC + ' (Turmanin point)',
    '"al-Laban camp on the outskirts of Termanin" (the article); no own coordinate found; proxy probably within ~1-3 km'),
 'zinbaki': proxy('Zinbaki ("Zinbaki village"; Zanbaqi, زنبقي?), Darkush area, Jisr al-Shughur District', 35.9918, 36.39361, 'village', 'GeoNames cities500 170865 Darkūsh (Darkush)',
    '"near Zinbaki village, which follows the area of Drakush in the Jisr al-Shughour area" (the article): a border village of the Darkush subdistrict; no own coordinate found (one search, "Zanbaqi village Jisr al-Shughur coordinates": only Zarzur pages); represented by Darkush; proxy may be off by ~5-10 km'),
 'maarat-harma': proxy('Ma\'arrat Hurmah ("Ma’arat Harma", "Ma’aret Hurmah", معرة حرمة), southern Idlib countryside', 35.44208, 36.65095, 'village', 'GeoNames cities500 168325 Khān Shaykhūn (Khan Sheikhoun)',
    '"In the southern Idlib countryside, northwest of Khan Shaykhun, a village by the name Ma’aret Hurmah" (english.enabbaladi.net stored page, Oct 2019; found via search, pages corpus); "Maaret Herme town ... 20 km to the southwest of Maaret al-Noman city" (sana.sy/en stored page); no own coordinate found (one search); represented by Khan Sheikhoun; proxy may be off by ~5-10 km'),
 # not found
 'buammaru': nul('Buammaru (unidentified hometown of the victim; Idlib area?)', 'town',
    '"he is from the town of Buammaru" (the article); the name could not be identified with any place (no search spent on it); left without a coordinate'),
}

G = 'idlib-governorate'; AG = 'aleppo-governorate'
ART = {
 'ee01_aljazeera-isil-mustard-gas-marea': dict(
  published='2015-08-24', precision='day', outlet='Al Jazeera English (Qatar)',
  url='https://www.aljazeera.com/news/2015/08/isil-chemical-weapons-syria-aleppo-mustard-gas-150824051212809.html',
  basis='No date line in the kept text; the URL path /news/2015/08/ and its stamp 150824051212809 (2015-08-24 05:12) give the day; the shelling was "on Friday" (21 Aug 2015), which agrees: an aajsy.com stored page dates the Marea attack 21 August 2015, and the koreaportal copy (URL /20150825/) says "last Friday".',
  tops=[T('Syria','syria', note='title "Syria\'s Aleppo"'), T('Aleppo','aleppo', note='title "Syria\'s Aleppo": read as the city by the convention of the earlier sets (the attack was in Marea, northern Aleppo province; the province reading is possible)'),
        T('Aleppo', AG, note='caption "Aleppo province"'), T('Syria','syria', note='"Syria\'s war"'),
        T('Iraq','iraq', req=False, note='inside the organisation name "Islamic State of Iraq and the Levant"'), T('Levant','levant', req=False, note='inside the organisation name'),
        T('Syria','syria', note='"Syria\'s northern Aleppo province"'), T('Aleppo', AG, note='"northern Aleppo province"'),
        T('Marea','marea', note='"the town of Marea"'), T('Aleppo','aleppo', note='"one of its field hospitals in Aleppo": read as the city by the convention (the province reading is possible)'),
        T('Geneva','geneva', req=False, note='treaty label "the Geneva Convention"')]),
 'ee02_ammarjohmani-saraqib-first-elected-council': dict(
  published='2017-07-01', precision='month', outlet='Ammar Johmani (Syrian journalist\'s news blog, Blogspot)',
  url='https://ammarjohmani.blogspot.com/2017/07/idlib-saraqib-votes-for-its-first.html',
  basis='No date line in the stored copy; the Blogspot URL path /2017/07/ gives the month of posting; the vote was "on Tuesday" but which Tuesday of July 2017 could not be established (one further search found no other copy), so the precision is "month" (day set to 01 by convention).',
  tops=[T('Idlib', G, note='title label "Idlib:"'), T('Saraqib','saraqib'), T('Saraqib','saraqib', note='"Saraqib city"'), T('Idlib', G, note='"rural Idlib"'),
        T('Saraqib','saraqib'), T('Saraqib','saraqib', note='"Saraqib’s"'), T('Idlib', G, note='"the head of the Political Commission in Idlib"'), T('Saraqib','saraqib', note='"Saraqib’s electoral experience"')]),
 'ee03_qasioun-salvation-government-72-hours': dict(
  published='2017-12-12', precision='day', outlet='Qasioun News Agency (Syrian opposition outlet, English edition)',
  url='https://www.qasioun-news.com/en/news/show/116641/Syrian_Salvation_Government_Gives_The_Syrian_Interim_Government__Hours_To_Evacuate_Their_Offices',
  basis='Date line shown with the article and kept in the text: "Tuesday 12 December 2017 | 4:43 PM Damascus Local Time" (12 Dec 2017 was a Tuesday); the text says the warning was issued "on Tuesday", which agrees.',
  tops=[T('Damascus','damascus', req=False, note='time-zone label "Damascus Local Time" in the date line'),
        T('Idlib','idlib-city', note='dateline "Idlib (Qasioun) –": a dateline names the city'), T('Idlib', G, note='"in Idlib province"'), T('Syria','syria'),
        T('Idlib', G, note='"formed recently in Idlib province"')]),
 'ee04_vdc-suleiman-shah-royalties-sheikh-hadid': dict(
  published='2018-08-06', precision='day', outlet='Violations Documentation Center in Northern Syria (VDC-NSY, NGO)',
  url='https://vdc-nsy.com/en/archives/2665',
  basis='Date line "August 6, 2018" shown with the article under the title (kept in the text).',
  tops=[T('Afrin','afrin-region', note='title label "Afrin:"'), T('Sheikh Hadid','sheikh-hadid'), T('Sheikh Hadid','sheikh-hadid', note='"each house in Sheikh Hadid and its rural areas"'),
        T('Afrin','afrin-region', note='"its rural areas in Afrin"')]),
 'ee05_smm-halab-labih-camp-deir-hassan': dict(
  published='2018-08-07', precision='day', outlet='SMM Syria (Syrian news site)',
  url='https://smmsyria.com/2018/08/07/refugees-contemplate-leaving-camps-in-idlib-province/',
  basis='Date line "August 7, 2018" shown with the article (kept in the text; the site\'s "4 hours ago" widget dropped); the URL path /2018/08/07/ and the search tool\'s date metadata (2018-08-07) agree.',
  tops=[T('IDLIB', G, note='title "IN IDLIB PROVINCE"'), T('Halab Labih','halab-labih-camp', note='"Halab Labih refugee camp"'), T('Deir Hassan','deir-hassan'),
        T('Idlib', G, note='"in Idlib province"'), T('Halab Labih','halab-labih-camp'), T('Qatar','qatar'),
        T('Hama','hama-governorate', note='"Hama and Homs provinces"'), T('Homs','homs-governorate')]),
 'ee06_vdc-gendarmerie-zinbaki-drakush': dict(
  published='2018-09-07', precision='day', outlet='Violations Documentation Center in Northern Syria (VDC-NSY, NGO)',
  url='https://vdc-nsy.com/en/archives/4464',
  basis='Date line "September 7, 2018" shown with the article under the title (kept in the text).',
  tops=[T('Idlib', G, note='title "north of Idlib": read as the province (the incident is in the Darkush area, north-west of the city; the city reading is possible)'),
        T('Turkey','turkey'), T('Zinbaki','zinbaki'), T('Drakush','darkush'), T('Jisr al-Shughour','jisr-al-shughur', note='"the Jisr al-Shughour area"'),
        T('Idlib', G, note='"northern Idlib"'), T('Syria','syria', note='"northern Syria"'), T('Buammaru','buammaru'),
        T('Syria','syria', note='"the border with Syria"')]),
 'ee07_panarmenian-syaaf-airstrikes-khan-sheikhoun': dict(
  published='2019-02-27', precision='day', outlet='PanARMENIAN.Net (Armenia; Al-Masdar News-based)',
  url='http://www.panarmenian.net/eng/news/265896/',
  basis='Date line "February 27, 2019 - 10:35 AMT" shown with the article (kept in the text).',
  tops=[T('Idlib', G, note='title "over Idlib"'), T('Idlib Governorate', G), T('Khan Sheikhoun','khan-sheikhoun'), T('Idlib', G, note='"eastern Idlib"')]),
 'ee08_syriacpress-fires-idp-camps-der-hassan-termanin': dict(
  published='2020-05-17', precision='day', outlet='SyriacPress (Syriac news agency)',
  url='https://syriacpress.com/blog/2020/05/17/syria-fires-in-ldp-camps-in-idlib/',
  basis='No date line in the kept text; the URL path /blog/2020/05/17/ gives the day.',
  tops=[T('SYRIA','syria', note='title label "SYRIA:"'), T('Idlib', G, note='title "camps in Idlib"'),
        T('Idlib', G, note='dateline "North Idlib, Syria –": the region of the province'), T('Syria','syria', note='dateline'),
        T('Der Hassan','deir-hassan', note='"the town of Der Hassan"'), T('Idlib', G, note='"the Northern Idlib countryside"'),
        T('al-Sadaqa','al-sadaqa-camp', note='"the al-Sadaqa camp"'), T('Idlib', G, note='"in Idlib countryside"'), T('Al-Sadaqa','al-sadaqa-camp', note='"Al-Sadaqa camp"'),
        T('Hama','hama-governorate', note='"the rural areas of Hama, Idlib and Aleppo": the provinces'), T('Idlib', G), T('Aleppo', AG, note='"the rural areas of ... Aleppo": the province'),
        T('al-Laban','al-laban-camp', note='"al-Laban camp"'), T('Termanin','termanin'),
        T('Idlib','idlib-city', note='"Termanin, north of Idlib": the city (Termanin is itself in the province)'),
        T('Ma’arat Harma','maarat-harma'), T('Idlib', G, note='"the Idlib countryside"'), T('Syria','syria', note='"northern Syria"')]),
 'ee09_independent-wapo-idlib-tent-camps-concrete-cities': dict(
  published='2021-07-25', precision='day', outlet='The Independent (UK; Washington Post story by Kareem Fahim)',
  url='http://independent.co.uk/news/world/middle-east/syria-idlib-tent-cities-turkey-b1887820.html',
  basis='Date line "Sunday 25 July 2021 00:01 BST" shown with the article (kept in the text; 25 July 2021 was a Sunday).',
  tops=[T('Syria','syria', note='title "Syria’s tent camps"'), T('Idlib', G, note='standfirst "the fate of Idlib ... the province"'), T('Syria','syria', note='"one of Syria’s last rebel-held areas"'),
        T('Atma','atma-camps', note='caption "the Atma camp"'), T('Idlib', G, note='"central and southern Idlib province"'),
        T('Idlib', G, note='"the fate of Idlib ... the province"'), T('Syria','syria'), T('Idlib', G, note='"Idlib\'s centre of gravity"')]),
 'ee10_bianet-qahtani-killed-sarmada': dict(
  published='2024-04-05', precision='day', outlet='bianet (Turkey, English edition)',
  url='https://bianet.org/haber/jihadist-leader-killed-in-suicide-bombing-near-syrian-turkish-border-293939',
  basis='Date line "Date published: 5 April 2024 14:51" shown with the article (kept in the text); the text dates the killing "yesterday (April 4)"; the search tool\'s date metadata (2024-04-05) and the other stored copies of the news (lbcgroup, thedefensepost URL /2024/04/05/) agree.',
  tops=[T('Idlib', G, note='"killed in the bombing in Idlib, the stronghold": the province'), T('Idlib', G, note='"controls Idlib and its surroundings"'), T('Syria','syria'),
        T('London','london', req=False, note='compound "London-based"'), T('Sarmada','sarmada'), T('Idlib', G, note='"the town of Sarmada in Idlib"'),
        T('Sarmada','sarmada')]),
}

if __name__ == '__main__':
    build('unseen28', P, ART, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
