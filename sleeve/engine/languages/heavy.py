"""Design languages of metal, punk and rock."""

from __future__ import annotations

from sleeve.engine.languages.base import language

# fmt: off
LANGUAGES = (
    # metal
    language(
        "black_metal", "metal",
        "#0B0B0B #E6E2D8 #76726A #4F5D66 / #101214 #C9CCD1 #5A6068 #8A9299"
        " / #0E0E0E #BDB8AE #3E3C38 #6B6F73",
        "dark-mono", "blackletter",
        "mono_grain:3 ridgeline:1 typographic_poster:1 engraving:1.5",
        "corner top-left edge", "grain", "tiny", (0.12, 0.8), (130, 210),
    ),
    language(
        "death_metal", "metal",
        "#120D0D #C8B89A #2F3A2E #8B1A1A / #0E0B0A #B5A58A #4A0E0E #9A2A1A"
        " / #141210 #C8B89A #3A2F28 #8B1A1A",
        "dark", "blackletter condensed",
        "mono_grain:3 ridgeline:0.5 typographic_poster:1.5 engraving:1.5",
        "top-left centred edge", "grain halftone", "big", (0.1, 0.95),
    ),
    language(
        "heavy_metal", "metal",
        "#111111 #C8102E #FFC72C #1F3B8F / #0D0D12 #1F3B8F #C8102E #FFC72C"
        " / #140C08 #E25822 #FFC72C #8A1C0C",
        "dark-vivid", "condensed slab",
        "flow_field:2 mono_grain:1 marbled_ink:0.5 ridgeline:1 typographic_poster:1"
        " engraving:1",
        "top-left centred bottom-left", "grain", "big", (0.35, 0.9),
    ),
    # desaturated: bone, ash and dried blood on black (no navy, no buff tan)
    language(
        "doom_metal", "metal",
        "#14110E #D9D0BC #4A4440 #8A1020 / #0F1012 #D9D0BC #5A5A5A #8A1020"
        " / #100C0C #C8BFAE #3A2A28 #8A1020",
        "dark", "condensed blackletter",
        "mono_grain:2 marbled_ink:0.5 ridgeline:0.5 typographic_poster:1 engraving:1.5",
        "top-left bottom-left edge", "grain", "medium", (0.15, 0.55), (45, 90),
    ),
    # punk
    language(
        "punk", "punk",
        "#0A0A0A #F4F1EA #FF5F00 #FFF200 / #F4F1EA #0A0A0A #E4002B #FFF200"
        " / #FFF200 #0A0A0A #E4002B #F4F1EA",
        "stark", "condensed geometric slab script mono",
        "xerox_collage:3 typographic_poster:2 risograph:1.5 mono_grain:1.5 wood_type:1",
        "title-image edge top-left", "halftone grain", "big", (0.35, 0.92), (140, 210),
    ),
    language(
        "hardcore", "punk",
        "#0A0A0A #EDEAE0 #D7261E #6A6A6A / #EDEAE0 #111111 #555555 #D7261E",
        "stark", "condensed slab mono",
        "xerox_collage:3 typographic_poster:2 mono_grain:2 risograph:1 wood_type:1",
        "title-image edge top-left", "halftone grain", "big", (0.25, 0.97), (140, 210),
    ),
    # rock
    language(
        "post_punk", "rock",
        "#000000 #EDEAE3 #8C7B65 #B8975A / #0B0B0D #C9C4BA #5E5A55 #8C7B65"
        " / #101012 #D8D4CC #6E6A64 #4F5D66",
        "dark-mono", "geometric serif",
        "ridgeline:3 mono_grain:2 topographic:0.5 xerox_collage:1 engraving:1",
        "corner bottom-left top-left", "grain none", "tiny", (0.25, 0.55), (110, 160),
    ),
    # paper, sepia, gold and a haze blue (ART-DIRECTION), not mauve and lavender
    language(
        "dream_pop", "rock",
        "#EDEAE3 #8C7B65 #2B2A33 #B8975A / #1E1C24 #C9C4BA #8FA3B8 #B8975A"
        " / #DCE3EA #A9BCD0 #F0D9CF #5E6B7D",
        "soft", "geometric serif",
        "grain_gradient:1 mono_grain:2 paper_cut:1.5 risograph:1.5 marbled_ink:1",
        "bottom-left corner", "grain", "small", (0.5, 0.35),
    ),
    language(
        "shoegaze", "rock",
        "#E0218A #8E2A8C #FF8FC7 #2B0A2E / #3A5F9E #8FB1E0 #C9DAF2 #1B2A4A"
        " / #D9632B #F29E6B #FBD3B5 #5A1F0F",
        "vivid", "geometric",
        "grain_gradient:1 marbled_ink:1.5 mono_grain:2 flow_field:1 risograph:1.5",
        "bottom-left corner", "grain", "tiny", (0.45, 0.6),
    ),
    language(
        "grunge", "rock",
        "#0E0E0E #EDEDED #3A3A3A #9A9A9A / #1A1712 #D8D2C4 #4A4236 #8A7F6A",
        "dark-mono", "condensed mono",
        "mono_grain:3 flow_field:1 xerox_collage:1.5 typographic_poster:1.5",
        "bottom-left top-left", "grain", "small", (0.3, 0.75),
    ),
    language(
        "psychedelic", "rock",
        "#FF4F00 #7B2CBF #00A86B #FFD100 / #7B2CBF #FFD100 #FF4F00 #00A86B"
        " / #00A86B #FF4F00 #FFD100 #7B2CBF",
        "vivid", "display geometric",
        "marbled_ink:3 flow_field:2 risograph:1.5 chladni:1.5",
        "title-image centred", "grain", "big", (0.7, 0.7),
    ),
    language(
        "prog", "rock",
        "#1B2A49 #2C7A7B #E0A458 #F1E3C8 / #F1E3C8 #1B2A49 #2C7A7B #E0A458"
        " / #24343B #5E7F78 #D9B26F #EEE3CC",
        "mid", "display serif",
        "loudness_horizon:2 topographic:1.5 paper_cut:1 swiss_geometry:1 engraving:1",
        "top-left corner centred", "grain", "small", (0.5, 0.6),
    ),
    language(
        "post_rock", "rock",
        "#20262B #8A9AA3 #D8D4CC #C27A4A / #E9E6E0 #2E3A40 #7F8C8D #B5651D"
        " / #2B2F36 #A3A9B0 #E4E0D8 #6F8FA6",
        "soft", "geometric serif",
        "loudness_horizon:2 topographic:2 ridgeline:2 chladni:0.5 engraving:1.5",
        "corner bottom-left", "grain", "tiny", (0.45, 0.55),
    ),
    language(
        "indie", "rock",
        "#F2EDE4 #D94F30 #2B4C7E #1A1A1A / #2B4C7E #F2EDE4 #E8B23A #D94F30"
        " / #E8B23A #1A1A1A #F2EDE4 #2B4C7E",
        "mid", "geometric condensed serif",
        "paper_cut:1.5 flow_field:1 risograph:2 swiss_geometry:1.5 typographic_poster:1",
        "top-left bottom-left edge", "grain halftone", "medium", (0.55, 0.65),
    ),
    language(
        "rock", "rock",
        "#141414 #D7261E #F2EDE4 #FFC72C / #F2EDE4 #D7261E #141414 #2B4C7E"
        " / #1B2A49 #E0A458 #F2EDE4 #D7261E",
        "mid", "condensed geometric",
        "flow_field:1.5 mono_grain:1.5 ridgeline:1 typographic_poster:1.5 risograph:1"
        " engraving:0.5",
        "top-left bottom-left edge", "grain", "medium", (0.5, 0.75),
    ),
)
# fmt: on
