"""Design languages of electronic music, dance music, synthwave and ambient."""

from __future__ import annotations

from sleeve.engine.languages.base import language

# fmt: off
LANGUAGES = (
    # electronic
    language(
        "techno", "electronic",
        "#000000 #BDBDBD #3A3A3A #E4312B / #000000 #BDBDBD #5A5A5A #F7D117"
        " / #E4312B #000000 #F2F2F2 #BDBDBD / #D9D9D9 #111111 #7A7A7A #E4312B",
        "stark", "mono condensed geometric",
        "spectrogram:1 mono_grain:1 flow_field:1 onset_grid:3 swiss_geometry:2 ridgeline:0.5"
        " pixel_sort:1",
        "corner top-left edge", "grain none", "small", (0.35, 0.8), (118, 150),
    ),
    language(
        "industrial", "electronic",
        "#0C0C0C #8A8A8A #2E2E2E #C8102E / #1A1A1A #B0B0B0 #6B6B6B #E4E4E4",
        "dark-mono", "condensed mono",
        "mono_grain:2 spectrogram:1 xerox_collage:2 onset_grid:1.5",
        "top-left edge", "grain halftone", "medium", (0.2, 0.9), (100, 150),
    ),
    language(
        "idm", "electronic",
        "#FFFFFF #000000 #9A9A9A #FF3B1F / #F4F4F2 #111111 #B5B5B5 #1F6FFF"
        " / #ECECEA #2A2A2A #7A7A7A #111111",
        "light-mono", "mono geometric",
        "spectrogram:1.5 topographic:1.5 pixel_sort:2 onset_grid:2 chladni:1.5",
        "corner edge", "none grain", "tiny", (0.45, 0.65),
    ),
    language(
        "dnb", "electronic",
        "#0B0F14 #9FB3C8 #1F2A33 #FF9E2C / #0E1216 #C0CCD8 #2A3640 #FFB347"
        " / #101418 #7F95A8 #24303A #FF6B1A",
        "dark", "display geometric",
        "spectrogram:1 flow_field:1 onset_grid:1.5 ridgeline:1 mono_grain:1.5 pixel_sort:1",
        "corner bottom-left", "grain", "small", (0.35, 0.88), (160, 180),
    ),
    language(
        "bass", "electronic",
        "#0B0D0F #A0AAB4 #2B3138 #B6FF3B / #101010 #9A8CB0 #3A2E4A #FF3EA5",
        "dark", "condensed display",
        "spectrogram:1 mono_grain:1.5 flow_field:1 onset_grid:1.5 ridgeline:1"
        " pixel_sort:1",
        "top-left corner", "grain", "medium", (0.3, 0.85), (128, 150),
    ),
    language(
        "electronic", "electronic",
        "#101820 #F2F2F2 #2EC4B6 #FF5A36 / #F2F2F2 #101820 #2EC4B6 #FF5A36"
        " / #1B1B3A #E8E8F0 #6C63FF #FFB400",
        "mid", "geometric mono condensed",
        "flow_field:2 spectrogram:1 topographic:1 swiss_geometry:2 onset_grid:1.5"
        " ridgeline:0.5 pixel_sort:1",
        "top-left corner edge", "grain none", "small", (0.55, 0.7),
    ),
    # dance
    language(
        "house", "dance",
        "#FF5A1F #1C1C1C #F2E9DC #2E6F6A / #1C1C1C #F2E9DC #FF5A1F #F7D117"
        " / #FFE600 #111111 #F5F5F5 #FF00A0",
        "vivid", "geometric display",
        "flow_field:1 marbled_ink:0.5 swiss_geometry:2.5 onset_grid:2 typographic_poster:1.5"
        " risograph:1 neon_sign:1.5",
        "top-left edge centred", "grain none", "big", (0.7, 0.75), (115, 130),
    ),
    # neon on black, yellow, white or ultramarine; the hot pink and acid green always
    # among the colours (a black-and-white middle left styles only a lime to tint)
    language(
        "edm", "dance",
        "#000000 #FF00A0 #FFE600 #39FF14 #F5F5F5 / #FFE600 #39FF14 #000000 #FF00A0 #2D2BFF"
        " / #F5F5F5 #39FF14 #000000 #FF00A0 #2D2BFF / #2D2BFF #000000 #39FF14 #FFE600 #FF00A0",
        "neon", "display geometric",
        "flow_field:1 marbled_ink:0.5 typographic_poster:2.5 onset_grid:1.5 swiss_geometry:1"
        " pixel_sort:1.5 risograph:1 neon_sign:1",
        "centred title-image top-left", "grain none", "big", (0.8, 0.92), (120, 135),
    ),
    language(
        "trance", "dance",
        "#0A1030 #2E6BFF #00E5FF #F5F5FF / #120A30 #7A3CFF #FF4FD8 #E8E8FF",
        "dark-vivid", "geometric display",
        "flow_field:2 onset_grid:1 marbled_ink:1 swiss_geometry:1",
        "centred bottom-left", "grain", "medium", (0.65, 0.85), (128, 145),
    ),
    # synthwave
    language(
        "synthwave", "synthwave",
        "#1A0933 #FF2A6D #05D9E8 #FFB000 / #0D0221 #F706CF #2DE2E6 #FF6C11"
        " / #140A2E #FF3864 #261447 #F9C80E",
        "dark-vivid", "display mono",
        "grain_gradient:1 flow_field:1 retro_sun:3 marbled_ink:0.5 neon_sign:1.5",
        "centred top-left", "grain", "medium", (0.55, 0.7), (80, 130),
    ),
    # the synthwave neons gone pastel (pink, cyan, lemon), not greyed lavender and mauve
    language(
        "vaporwave", "synthwave",
        "#FFB3E6 #01CDFE #FF71CE #1A0933 #FFFB96 / #9CEBFF #FF71CE #1A0933 #01CDFE #FFFB96"
        " / #FFFB96 #FF71CE #01CDFE #1A0933 #B967FF",
        "light", "serif display",
        "grain_gradient:2 marbled_ink:1 retro_sun:2.5 typographic_poster:1 pixel_sort:1.5"
        " neon_sign:1.5",
        "centred vertical", "grain", "medium", (0.55, 0.4),
    ),
    # ambient
    language(
        "ambient", "ambient",
        "#F4F2EE #6E7B80 #C9CFCF #2F3A3F / #2F3A3F #6E7B80 #C9CFCF #F4F2EE"
        " / #EEF1F0 #B7C4C1 #7E9591 #D9C9A8",
        "quiet", "geometric",
        "grain_gradient:1 topographic:2 loudness_horizon:1 chladni:1 mono_grain:1.5"
        " flow_field:1",
        "corner bottom-left", "grain", "tiny", (0.5, 0.15),
    ),
    language(
        "dark_ambient", "ambient",
        "#0E1012 #8A939A #3A4147 #C9CFCF / #12100E #4A4036 #8C8070 #C8BBA5",
        "dark-mono", "geometric serif",
        "mono_grain:2 topographic:2 loudness_horizon:1 chladni:1 ridgeline:1 engraving:1",
        "corner bottom-left", "grain", "tiny", (0.2, 0.15),
    ),
    language(
        "new_age", "ambient",
        "#F3EEE6 #CFE3DF #E8D3C7 #9DB8B0 / #E9F0F4 #C8D8E8 #F2E3D5 #8FA9C4",
        "light", "geometric serif",
        "grain_gradient:1.5 topographic:1 chladni:1 paper_cut:1 flow_field:1",
        "centred bottom-left", "grain", "small", (0.7, 0.12),
    ),
)
# fmt: on
