"""Fonts: display faces per typographic role and per-character fallback by coverage.

Display faces come from PyPI font wheels (fontpkg-*); the fallbacks come from Debian's
fonts-noto-core (Latin, Greek, Cyrillic, Arabic, Hebrew), fonts-wqy-microhei (CJK,
kana, hangul) and fonts-dejavu-core. Coverage is read from each font's character map.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont
from PIL import ImageFont

NOTO = Path("/usr/share/fonts/truetype/noto")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


@dataclass(frozen=True)
class FontFace:
    """One font file, with the variation axes to set (weight) when it is variable."""

    path: Path
    weight: float | None = None

    def sized(self, size: int) -> ImageFont.FreeTypeFont:
        """The Pillow font at `size` pixels (cached)."""
        return _load(self.path, max(1, int(size)), self.weight)


def _wheel_font(package: str, name: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "files" / name
    return path if path.is_file() else None


def _first(*candidates: Path | None) -> Path | None:
    return next((path for path in candidates if path is not None and path.is_file()), None)


def _role_choices(role: str, weight: float) -> list[tuple[Path | None, float | None]]:
    """The display faces of a role, best first; later ones cover more scripts (Bebas
    Neue and League Spartan have no Cyrillic, League Spartan no Greek)."""
    condensed = _wheel_font("fontpkg_roboto_condensed", "RobotoCondensed[wght].ttf")
    manrope = _wheel_font("fontpkg_manrope", "Manrope[wght].ttf")
    choices: dict[str, list[tuple[Path | None, float | None]]] = {
        "condensed": [
            (_wheel_font("fontpkg_bebas_neue", "BebasNeue-Regular.ttf"), None),
            (condensed, weight),
        ],
        "geometric": [
            (_wheel_font("fontpkg_league_spartan", "LeagueSpartan[wght].ttf"), weight),
            (manrope, weight),
        ],
        "serif": [(_wheel_font("fontpkg_noto_serif", "NotoSerif[wdth,wght].ttf"), weight - 100)],
        "mono": [
            (_wheel_font("fontpkg_jetbrains_mono", "JetBrainsMono[wght].ttf"), weight),
            (_first(DEJAVU / "DejaVuSansMono-Bold.ttf"), None),
        ],
        "rounded": [(_wheel_font("fontpkg_nunito", "Nunito[wght].ttf"), weight), (manrope, weight)],
    }
    return choices.get(role, choices["geometric"])


@lru_cache
def role_faces(role: str, weight: float = 800.0) -> tuple[FontFace, ...]:
    """Every available display face for a typographic role ("condensed", "geometric",
    "serif", "mono", "rounded"), best first, at `weight` where the face is variable."""
    faces = tuple(FontFace(path, axis) for path, axis in _role_choices(role, weight) if path)
    return faces or (fallback_chain()[0],)


def role_face(role: str, heavy: bool = True) -> FontFace:
    """The role's first display face."""
    return role_faces(role, 800.0 if heavy else 500.0)[0]


def title_face(text: str, role: str, weight: float = 800.0) -> FontFace:
    """The role's first face that draws every character of `text`, so a Cyrillic title
    stays in one condensed face; the role's first face when none does (per-character
    fallback then fills the gaps)."""
    faces = role_faces(role, float(round(weight / 50) * 50))
    for face in faces:
        if all(covers(face, char) for char in text):
            return face
    return faces[0]


@lru_cache
def fallback_chain() -> tuple[FontFace, ...]:
    """Fonts tried, in order, for characters the display face lacks."""
    paths = [
        _wheel_font("fontpkg_inter", "Inter[opsz,wght].ttf"),
        NOTO / "NotoSans-Bold.ttf",
        NOTO / "NotoSansArabic-Bold.ttf",
        NOTO / "NotoSansHebrew-Bold.ttf",
        NOTO / "NotoSansDevanagari-Bold.ttf",
        NOTO / "NotoSansThai-Bold.ttf",
        WQY,
        DEJAVU / "DejaVuSans-Bold.ttf",
    ]
    faces = []
    for path in paths:
        if path is not None and path.is_file():
            faces.append(FontFace(path, 700.0 if "[" in path.name else None))
    return tuple(faces)


@lru_cache(maxsize=64)
def coverage(path: Path) -> frozenset[int]:
    """The code points a font file can draw."""
    if path.suffix.lower() == ".ttc":
        font = TTCollection(str(path), lazy=True).fonts[0]
    else:
        font = TTFont(str(path), lazy=True)
    cmap = font.getBestCmap() or {}
    return frozenset(cmap)


def covers(face: FontFace, char: str) -> bool:
    """Whether `face` has a glyph for `char` (spaces and joiners always pass)."""
    code = ord(char)
    return char.isspace() or code in (0x200C, 0x200D, 0xFE0F) or code in coverage(face.path)


def face_for(char: str, primary: FontFace) -> FontFace | None:
    """The first face, primary then fallbacks, that draws `char` (None if none does)."""
    for face in (primary, *fallback_chain()):
        if covers(face, char):
            return face
    return None


def split_runs(text: str, primary: FontFace) -> list[tuple[str, FontFace]]:
    """Cut text into runs that one face can draw whole. Spaces join the current run."""
    runs: list[tuple[str, FontFace]] = []
    for char in text:
        face = face_for(char, primary) or primary
        if runs and (runs[-1][1] == face or char.isspace()):
            runs[-1] = (runs[-1][0] + char, runs[-1][1])
        else:
            runs.append((char, face))
    return runs


def missing_glyphs(text: str, role: str = "geometric") -> list[str]:
    """Characters of `text` that no available font can draw."""
    primary = title_face(text, role)
    return [char for char in text if face_for(char, primary) is None]


@lru_cache(maxsize=256)
def _load(path: Path, size: int, weight: float | None) -> ImageFont.FreeTypeFont:
    font = ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.RAQM)
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
