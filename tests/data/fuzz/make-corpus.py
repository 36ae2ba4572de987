#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the damaged interchange documents that tests/unit/TestImportFuzz.cpp reads.

Run once from anywhere; it replaces every case-*.json beside it. Only the Python
standard library; a fixed seed, so the corpus is the same on every run.
The source is tests/data/checkout-config-rollout.coe.json.
"""
import copy
import json
import pathlib
import random

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE.parent / "checkout-config-rollout.coe.json"
rng = random.Random(20240307)
ORIGINAL = SOURCE.read_bytes()
DOC = json.loads(ORIGINAL)
cases = []


def add(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    cases.append((name, data))


def dump(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8")


def paths(value, prefix=()):
    """Every (path, value) in a JSON value, the root included."""
    yield prefix, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths(v, prefix + (i,))


def replaced(doc, path, new):
    doc = copy.deepcopy(doc)
    if not path:
        return new
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = new
    return doc


ALL_PATHS = [p for p, _ in paths(DOC) if p]
STRING_PATHS = [p for p, v in paths(DOC) if isinstance(v, str)]

# truncations
for i in range(25):
    add(f"truncated-{i}", ORIGINAL[: rng.randrange(len(ORIGINAL))])
# bit flips, one to four per file
for i in range(40):
    b = bytearray(ORIGINAL)
    for _ in range(rng.randint(1, 4)):
        pos = rng.randrange(len(b))
        b[pos] ^= 1 << rng.randrange(8)
    add(f"bitflip-{i}", bytes(b))
# bytes deleted, inserted, duplicated
for i in range(21):
    b = bytearray(ORIGINAL)
    pos = rng.randrange(len(b))
    kind = i % 3
    if kind == 0:
        del b[pos : pos + rng.randint(1, 8)]
    elif kind == 1:
        b[pos:pos] = bytes([rng.choice(b'{}[]:,"\\0123456789-.eE+ntfu\x00\t\n')])
    else:
        n = rng.randint(1, 40)
        b[pos:pos] = b[pos : pos + n]
    add(f"splice-{i}", bytes(b))
# a value swapped for one of another type
SWAPS = [None, True, False, 0, -1, 1.5, 1e300, "", "x", [], {}, [1, "a"], {"k": None}]
for i in range(40):
    path = rng.choice(ALL_PATHS)
    add(f"typeswap-{i}", dump(replaced(DOC, path, rng.choice(SWAPS))))
# huge, tiny and odd numbers in number places and anywhere
NUMBERS = ["1e400", "-1e400", "1e308", "4.9e-324", "-0", "9007199254740993", "1" + "0" * 400,
           "0." + "0" * 300 + "1", "1E+2", "123456789012345678901234567890", "1000000000000000",
           "1000000000000001", "2.5", "5.0000000000000001", "1e-7"]
for i, number in enumerate(NUMBERS):
    for place in ("severity", "customers", "amount", "version")[: 4 if i < 5 else 2]:
        text = ORIGINAL.decode("utf-8")
        if place == "severity":
            text = text.replace('"severity": 2', '"severity": ' + number, 1)
        elif place == "customers":
            text = text.replace('"customers_affected": 41200', '"customers_affected": ' + number, 1)
        elif place == "amount":
            text = text.replace('"amount": 183000', '"amount": ' + number, 1)
        else:
            text = text.replace('"format_version": 1', '"format_version": ' + number, 1)
        add(f"number-{place}-{i}", text)
# numbers that are not JSON
for i, bad in enumerate(["1.", ".5", "+1", "01", "1.e3", "-", "1e", "0x10", "NaN", "Infinity", "1_000"]):
    add(f"badnumber-{i}", ORIGINAL.decode().replace('"severity": 2', '"severity": ' + bad, 1))
# deep nesting, in an unknown key and in place of a value
for depth in (10, 100, 500, 999, 1001, 3000):
    add(f"deep-array-{depth}", dump(DOC)[:-2] + b',\n  "deep": ' + b"[" * depth + b"]" * depth + b"\n}\n")
    add(f"deep-object-{depth}", dump(DOC)[:-2] + b',\n  "deep": ' + b'{"a":' * depth + b"1" + b"}" * depth + b"\n}\n")
add("deep-unclosed", b'{"format": "coe", "x": ' + b"[" * 2000)
# raw control characters inside and outside strings
for i in range(24):
    path = rng.choice(STRING_PATHS)
    value = DOC
    for step in path:
        value = value[step]
    marker = "\ue000MARK\ue000"
    text = dump(replaced(DOC, path, value[: len(value) // 2] + marker + value[len(value) // 2 :])).decode()
    add(f"control-{i}", text.replace(marker, chr(i if i != 0x20 else 0)))
add("control-outside", ORIGINAL.replace(b'"format"', b'\x01"format"', 1))
add("formfeed-outside", ORIGINAL.replace(b'"format"', b'\x0c"format"', 1))
# invalid UTF-8 and other encodings
BAD_UTF8 = [b"\xff", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc3",
            b"\xe2\x82", b"\x80", b"\xfe\xff", b"\xf8\x88\x80\x80\x80"]
for i, seq in enumerate(BAD_UTF8):
    pos = ORIGINAL.index(b"Dana") + 2
    add(f"utf8-in-string-{i}", ORIGINAL[:pos] + seq + ORIGINAL[pos:])
    add(f"utf8-outside-{i}", ORIGINAL[:1] + seq + ORIGINAL[1:])
add("bom-utf8", b"\xef\xbb\xbf" + ORIGINAL)
add("bom-utf8-twice", b"\xef\xbb\xbf\xef\xbb\xbf" + ORIGINAL)
add("bom-utf16le", b"\xff\xfe" + ORIGINAL.decode().encode("utf-16-le"))
add("bom-utf16be", b"\xfe\xff" + ORIGINAL.decode().encode("utf-16-be"))
add("utf16le-no-bom", ORIGINAL.decode().encode("utf-16-le"))
add("utf32", ORIGINAL.decode().encode("utf-32"))
add("bom-in-middle", ORIGINAL.replace(b'"title"', b'\xef\xbb\xbf"title"', 1))
# duplicate keys
for i, key in enumerate(["format", "uuid", "title", "severity", "timeline", "whys", "impact"]):
    text = ORIGINAL.decode()
    value = json.dumps(DOC[key], ensure_ascii=False) if key != "title" else '"Another title"'
    add(f"duplicate-{key}", text.replace("{\n", "{\n  " + json.dumps(key) + ": " + value + ",\n", 1))
# strange but valid characters, escapes and lone surrogates
ODD = ["\ufffe", "\uffff", "\ufeff", "\u2028\u2029", "\U0001F600", "\U0010FFFF", "\u0301e", "<script>",
       "\\", "\"", "a\u0000b"]
for i, odd in enumerate(ODD):
    path = rng.choice(STRING_PATHS)
    add(f"odd-string-{i}", dump(replaced(DOC, path, odd)))
    add(f"odd-string-escaped-{i}", json.dumps(replaced(DOC, path, odd), indent=1, ensure_ascii=True))
for i, esc in enumerate(["\\ud800", "\\udc00", "\\ud83d\\u0041", "\\u00", "\\x41", "\\uZZZZ", "\\"]):
    add(f"escape-{i}", ORIGINAL.decode().replace("Dana Ortiz", "Dana" + esc + "Ortiz", 1))
# instants and zones at the edges
for i, at in enumerate(["2024-03-07T14:05:00Z\n", "2024-03-07T14:05:00.1234Z", "2024-03-07T14:05:00.123000Z",
                        "2024-03-07T14:05Z", "2024-03-07T14:05:00+24:00", "0000-01-01T00:00:00Z",
                        "9999-12-31T23:59:59.999-01:00", "2024-02-30T10:00:00Z", "2024-03-07T14:05:60Z",
                        "2024-03-07t14:05:00z", " 2024-03-07T14:05:00Z"]):
    add(f"instant-{i}", dump(replaced(DOC, ("created_at",), at)))
for i, zone in enumerate(["UTC", "EST5EDT", "Etc/GMT-14", "UTC-12:00", "Mars/Base", "../../etc/passwd", "",
                          "Europe/Dublin\n", "GMT+5", "localtime"]):
    add(f"zone-{i}", dump(replaced(DOC, ("display_time_zone",), zone)))
# uuids, amounts, why chains
for i, uuid in enumerate(["00000000-0000-0000-0000-000000000000", "3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11\n",
                          "{3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11}", "not-a-uuid", ""]):
    add(f"uuid-{i}", dump(replaced(DOC, ("uuid",), uuid)))
for depth, flat in ((100, 0), (101, 0), (100, 1900), (1, 2000), (2001, 0)):
    whys = [{"id": f"w{i}", "parent": (f"w{i - 1}" if 0 < i < depth else None), "why": "x"}
            for i in range(depth + flat)]
    doc = dict(DOC, whys=whys, action_items=[])
    add(f"whys-{depth}-deep-{flat}-flat", json.dumps(doc, separators=(",", ":")))
# whole-document shapes
for i, shape in enumerate([b"", b" ", b"null", b"[]", b"{}", b'"coe"', b"0", b"{" * 5, b"}", b"\x00" * 16,
                           b'{"format":"coe","format_version":1,"title":"t"}\x00']):
    add(f"shape-{i}", shape)
add("valid-original", ORIGINAL)
add("valid-minified", json.dumps(DOC, separators=(",", ":"), ensure_ascii=False))

for old in HERE.glob("case-*.json"):
    old.unlink()
for index, (name, data) in enumerate(cases):
    (HERE / f"case-{index:03d}-{name.replace('/', '_')}.json").write_bytes(data)
print(f"{len(cases)} files, {sum(len(d) for _, d in cases)} bytes")
