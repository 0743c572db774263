"""Make resources/fonts/DangjianSymbols.ttf: the symbols the app draws that the shipped CJK fonts lack, cut
from DejaVu Sans (Bitstream Vera licence, redistributable) and renamed so it never clashes with a system copy.

    pip install fonttools && python tools/make_symbols_font.py /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
        resources/fonts/DangjianSymbols.ttf
"""
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

SYMBOLS = "✓✔✗✘✕✖⚠•‣›‹»«▶◀▲▼►◄●○◆◇★☆■□▪▫…–—‧·←→↑↓⇒√×÷±≥≤≠✚✎☐☑☒"
src = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else "DangjianSymbols.ttf"
opts = subset.Options()
opts.name_IDs = ["*"]
opts.notdef_outline = True
opts.layout_features = []
opts.hinting = True
font = subset.load_font(src, opts)
sub = subset.Subsetter(opts)
sub.populate(unicodes=[ord(c) for c in SYMBOLS])
sub.subset(font)
for rec in font["name"].names:
    if rec.nameID in (1, 4, 16):
        rec.string = "Dangjian Symbols"
    elif rec.nameID == 6:
        rec.string = "DangjianSymbols"
    elif rec.nameID == 3:
        rec.string = "DangjianSymbols-1.0 (subset of DejaVu Sans 2.37)"
font.save(out)
have = {c for c in SYMBOLS if ord(c) in TTFont(out).getBestCmap()}
print(out, "has", "".join(sorted(have)), "missing", "".join(c for c in SYMBOLS if c not in have))
