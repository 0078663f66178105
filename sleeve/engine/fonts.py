"""Fonts: display faces per typographic role and per script, and the face for each
character cluster (checked on the font's character map).

Latin, Greek and Cyrillic display faces come from PyPI font wheels (fontpkg-*), the
blackletter for black, death and doom metal from Debian's fonts-blankenburg; CJK from
Debian's fonts-noto-cjk, emoji from fonts-noto-color-emoji, the rest of the fallbacks
from fonts-noto-core, fonts-wqy-microhei and fonts-dejavu-core. Loading and coverage are
cached per process.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont
from PIL import ImageFont

from sleeve.engine.scripts import SERIF_ROLES, cjk_variant, dominant_script, script_of

NOTO = Path("/usr/share/fonts/truetype/noto")
NOTO_OT = Path("/usr/share/fonts/opentype/noto")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
EMOJI = NOTO / "NotoColorEmoji.ttf"
BLACKLETTER = Path("/usr/share/fonts/truetype/blankenburg/Blankenburg_UNZ1A.ttf")  # Latin only
EMOJI_STRIKE = 109  # the one size the CBDT bitmaps of Noto Color Emoji come in
CJK_INDEX = {"ja": 0, "ko": 1, "zh": 2}  # face order inside the Noto CJK collections
JOINERS = frozenset((0x200C, 0x200D, 0xFE0E, 0xFE0F, 0x2060))


@dataclass(frozen=True)
class FontFace:
    """One font file (and face index in a collection), the weight to set when it is
    variable, the role it was chosen for (so other scripts get a face of the same
    flavour), and whether it is the colour emoji font (drawn at EMOJI_STRIKE, scaled)."""

    path: Path
    weight: float | None = None
    index: int = 0
    role: str = "geometric"
    emoji: bool = False

    def sized(self, size: int) -> ImageFont.FreeTypeFont:
        """The Pillow font at `size` pixels (cached); emoji fonts only at their strike."""
        if self.emoji:
            return _load(self.path, EMOJI_STRIKE, None, 0)
        return _load(self.path, max(1, int(size)), self.weight, self.index)


def _wheel(package: str, name: str) -> Path | None:
    spec = importlib.util.find_spec(f"fontpkg_{package}")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "files" / name
    return path if path.is_file() else None


V = "var"  # a variable face: set its weight axis
# Latin (with Greek and Cyrillic where the face has them), best first per role; later
# faces cover more of Greek and Cyrillic.
_LATIN: dict[str, tuple[tuple[str, str, str | None], ...]] = {
    "condensed": (
        ("anton", "Anton-Regular.ttf", None),
        ("oswald", "Oswald[wght].ttf", V),
        ("roboto_condensed", "RobotoCondensed[wght].ttf", V),
    ),
    "geometric": (
        ("league_spartan", "LeagueSpartan[wght].ttf", V),
        ("manrope", "Manrope[wght].ttf", V),
    ),
    "slab": (("alfa_slab_one", "AlfaSlabOne-Regular.ttf", None),),
    "serif": (
        ("playfair_display", "PlayfairDisplay[wght].ttf", V),
        ("bodoni_moda", "BodoniModa[opsz,wght].ttf", V),
        ("noto_serif", "NotoSerif[wdth,wght].ttf", V),
    ),
    "rounded": (("fredoka", "Fredoka[wdth,wght].ttf", V), ("nunito", "Nunito[wght].ttf", V)),
    "script": (("caveat", "Caveat[wght].ttf", V),),
    "mono": (
        ("space_mono", "SpaceMono-Bold.ttf", None),
        ("jetbrains_mono", "JetBrainsMono[wght].ttf", V),
    ),
    "display": (
        ("unbounded", "Unbounded[wght].ttf", V),
        ("archivo_black", "ArchivoBlack-Regular.ttf", None),
    ),
    # metal's gothic lettering (the art direction's "Debian blackletter"): reviewers
    # read book serifs and a rounded slab on doom, black and death metal as too polite
    "blackletter": (BLACKLETTER,),
}
# Other scripts: (sans flavour, serif flavour) candidates; (wheel, file) or a Debian path
_SCRIPTS: dict[str, tuple[tuple, tuple]] = {
    "Arab": (
        (("noto_kufi_arabic", "NotoKufiArabic[wght].ttf", V), NOTO / "NotoSansArabic-Bold.ttf"),
        (("amiri", "Amiri-Bold.ttf", None), NOTO / "NotoNaskhArabic-Bold.ttf"),
    ),
    "Hebr": (
        (("heebo", "Heebo[wght].ttf", V), NOTO / "NotoSansHebrew-Bold.ttf"),
        (("frank_ruhl_libre", "FrankRuhlLibre[wght].ttf", V), NOTO / "NotoSerifHebrew-Bold.ttf"),
    ),
    "Thai": (
        (("noto_sans_thai", "NotoSansThai[wdth,wght].ttf", V), NOTO / "NotoSansThai-Bold.ttf"),
        (NOTO / "NotoSerifThai-Bold.ttf", NOTO / "NotoSansThai-Bold.ttf"),
    ),
    "Deva": (
        (
            ("noto_sans_devanagari", "NotoSansDevanagari[wdth,wght].ttf", V),
            NOTO / "NotoSansDevanagari-Bold.ttf",
        ),
        (NOTO / "NotoSerifDevanagari-Bold.ttf", NOTO / "NotoSansDevanagari-Bold.ttf"),
    ),
    "CJK": ((NOTO_OT / "NotoSansCJK-Bold.ttc", WQY), (NOTO_OT / "NotoSerifCJK-Bold.ttc", WQY)),
}
_FALLBACKS = (
    NOTO / "NotoSans-Bold.ttf",
    NOTO / "NotoSansArabic-Bold.ttf",
    NOTO / "NotoSansHebrew-Bold.ttf",
    NOTO / "NotoSansDevanagari-Bold.ttf",
    NOTO / "NotoSansThai-Bold.ttf",
    # the other living scripts of fonts-noto-core (a Tamil title was left out)
    *(
        NOTO / f"NotoSans{script}-Bold.ttf"
        for script in (
            "Bengali",
            "Tamil",
            "Telugu",
            "Kannada",
            "Malayalam",
            "Gujarati",
            "Gurmukhi",
            "Oriya",
            "Sinhala",
            "Georgian",
            "Armenian",
            "Ethiopic",
            "Khmer",
            "Lao",
            "Myanmar",
        )
    ),
    NOTO_OT / "NotoSansCJK-Bold.ttc",
    WQY,
    DEJAVU / "DejaVuSans-Bold.ttf",
    NOTO / "NotoSansSymbols2-Regular.ttf",
    NOTO / "NotoSansMath-Regular.ttf",
)


def _face(entry, weight: float, role: str, index: int = 0) -> FontFace | None:
    if isinstance(entry, Path):
        return FontFace(entry, None, index, role) if entry.is_file() else None
    package, name, axis = entry
    path = _wheel(package, name)
    return FontFace(path, weight if axis else None, index, role) if path else None


@lru_cache(maxsize=128)
def role_faces(role: str, weight: float = 800.0) -> tuple[FontFace, ...]:
    """The Latin/Greek/Cyrillic display faces of a role (languages.FACE_ROLES), best
    first, at `weight` where the face is variable; an unknown role gets "geometric"."""
    entries = _LATIN.get(role, _LATIN["geometric"])
    faces = [face for entry in entries if (face := _face(entry, weight, role))]
    serif = role in SERIF_ROLES
    backup = ("noto_serif", "NotoSerif[wdth,wght].ttf", V) if serif else NOTO / "NotoSans-Bold.ttf"
    faces += [face for face in (_face(backup, weight, role),) if face]
    return tuple(faces) or fallback_chain()


@lru_cache(maxsize=256)
def script_faces(script: str, role: str, weight: float, variant: str = "") -> tuple[FontFace, ...]:
    """Faces for a non-Latin script ("Arab", "Hebr", "Thai", "Deva", "CJK") in the
    role's flavour (serif or sans), best first; `variant` picks the CJK language."""
    flavours = _SCRIPTS.get(script)
    if flavours is None:
        return ()
    serif, sans = flavours[1], flavours[0]
    entries = (*serif, *sans) if role in SERIF_ROLES else sans
    index = CJK_INDEX.get(variant, 0) if script == "CJK" else 0
    faces = []
    for entry in entries:
        face = _face(entry, weight, role, index if str(entry).endswith("CJK-Bold.ttc") else 0)
        if face is not None and face not in faces:
            faces.append(face)
    return tuple(faces)


def title_face(text: str, role: str, weight: float = 800.0) -> FontFace:
    """The primary face of a title: for a title in Latin, Greek or Cyrillic, the role's
    first face that draws all its letters (so a Cyrillic title stays in one face);
    for a title mostly in another script, that script's face of the role's flavour."""
    weight = float(round(weight / 50) * 50)
    main = dominant_script(text)
    if main not in ("Latn", "Grek", "Cyrl", ""):
        key, variant = _script_key(main, text)
        faces = script_faces(key, role, weight, variant)
        if faces:
            return faces[0]
    faces = role_faces(role, weight)
    letters = [char for char in text if script_of(char) in ("Latn", "Grek", "Cyrl")]
    for face in faces:
        if all(covers(face, char) for char in letters):
            return face
    return faces[0]


def _script_key(script: str, text: str) -> tuple[str, str]:
    """The faces table key of a script (CJK scripts share one) and the CJK variant."""
    if script in ("Hani", "Hira", "Kana", "Hang", "Bopo"):
        return "CJK", cjk_variant(text)
    return script, ""


@lru_cache
def emoji_face() -> FontFace | None:
    """The colour emoji font, when installed."""
    return FontFace(EMOJI, emoji=True) if EMOJI.is_file() else None


@lru_cache
def fallback_chain() -> tuple[FontFace, ...]:
    """Fonts tried, in order, for characters no face of the title's role draws."""
    return tuple(
        FontFace(path, None, 2 if path.suffix == ".ttc" and "CJK" in path.name else 0)
        for path in _FALLBACKS
        if path.is_file()
    )


@lru_cache(maxsize=64)
def coverage(path: Path, index: int = 0) -> frozenset[int]:
    """The code points a font file (face `index` of a collection) can draw."""
    if path.suffix.lower() == ".ttc":
        font = TTCollection(str(path), lazy=True).fonts[index]
    else:
        font = TTFont(str(path), lazy=True)
    return frozenset(font.getBestCmap() or {})


def covers(face: FontFace, char: str) -> bool:
    """Whether `face` has a glyph for `char` (spaces, joiners and variation selectors
    always pass: they draw nothing of their own)."""
    code = ord(char)
    if char.isspace() or code in JOINERS or 0xFE00 <= code <= 0xFE0F or 0xE0020 <= code <= 0xE007F:
        return True
    return code in coverage(face.path, face.index)


def covers_all(face: FontFace, text: str) -> bool:
    """Whether `face` draws every character of `text`."""
    return all(covers(face, char) for char in text)


@lru_cache(maxsize=256)
def _load(path: Path, size: int, weight: float | None, index: int) -> ImageFont.FreeTypeFont:
    font = ImageFont.truetype(str(path), size, index=index, layout_engine=ImageFont.Layout.RAQM)
    if weight is not None:
        try:
            axes = font.get_variation_axes()
        except OSError:
            return font  # not a variable font after all
        values = []
        for axis in axes:
            name = axis.get("name", b"")
            name = name.decode() if isinstance(name, bytes) else str(name)
            value = weight if name.lower() == "weight" else axis.get("default", axis["minimum"])
            values.append(min(max(value, axis["minimum"]), axis["maximum"]))
        font.set_variation_by_axes(values)
    return font
