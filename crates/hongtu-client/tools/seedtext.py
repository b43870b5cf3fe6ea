"""Shared helpers for the hongtu-client code generators (stock python3 only).

The PDF extract of the Hongtu seed writes many Chinese characters as look-alike
radical code points (⼈ for 人, ⻋ for 车 ...). `normalize` maps them back to the
ordinary ideographs: NFKC handles the Kangxi radicals block; the CJK Radicals
Supplement block needs the explicit table below.
"""
import os
import unicodedata

SUPPLEMENT = {
    "\u2ecb": "车", "\u2eda": "页", "\u2ed4": "门", "\u2ed3": "长", "\u2ec6": "角",
    "\u2ee9": "黄", "\u2e9f": "母", "\u2ed8": "青", "\u2ef0": "龙", "\u2ee2": "马",
    "\u2ed9": "韦", "\u2ea0": "民", "\u2edb": "风", "\u2edc": "飞", "\u2ec1": "虎",
    "\u2ec4": "西", "\u2ec5": "见",
}


def normalize(text):
    out = []
    for ch in text:
        if ch in SUPPLEMENT:
            out.append(SUPPLEMENT[ch])
        elif 0x2F00 <= ord(ch) <= 0x2FDF:
            out.append(unicodedata.normalize("NFKC", ch))
        else:
            out.append(ch)
    return "".join(out)


def seed_path():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "..", "..", "shared", "seeds", "hongtu-aiot-openapi.txt")
    return os.environ.get("HONGTU_SEED", os.path.normpath(default))


def seed_lines():
    with open(seed_path(), encoding="utf-8") as f:
        return [normalize(l.rstrip("\n")) for l in f]


if __name__ == "__main__":
    import sys
    sys.stdout.write("\n".join(seed_lines()) + "\n")
