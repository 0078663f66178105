"""Design languages of jazz, blues, classical, folk, children's songs and spoken audio."""

from __future__ import annotations

from sleeve.engine.languages.base import language

# fmt: off
LANGUAGES = (
    # jazz: black and paper with one spot colour, or the spot as the field (Blue Note)
    language(
        "jazz", "jazz",
        "#111111 #F2EDE4 #5A5A5A #1C5FA8 / #F2EDE4 #111111 #8A8A8A #E8702A"
        " / #1C5FA8 #F2EDE4 #111111 #E8702A / #E8702A #111111 #F2EDE4 #1C5FA8",
        "stark", "condensed geometric serif",
        "mono_grain:1.5 paper_cut:1 typographic_poster:2.5 swiss_geometry:2.5 risograph:1.5",
        "title-image top-left edge", "grain halftone", "big", (0.55, 0.5),
    ),
    language(
        "blues", "jazz",
        "#13202E #2F5D8A #D9CBB0 #C1440E / #D9CBB0 #13202E #8C6A43 #C1440E",
        "mid", "slab condensed serif",
        "mono_grain:2 wood_type:1.5 typographic_poster:1.5 risograph:1",
        "top-left bottom-left", "grain", "medium", (0.35, 0.5),
    ),
    # classical
    language(
        "classical", "classical",
        "#F7F4EC #111111 #7A1F2B #FFD400 / #FFD400 #111111 #F7F4EC #7A1F2B"
        " / #F4EFE6 #2B2B2B #8A7A5A #1F3A5F",
        "light", "serif",
        "flow_field:1.5 topographic:0.5 paper_cut:1 swiss_geometry:2 chladni:1.5"
        " engraving:1.5",
        "top-left centred", "grain none", "medium", (0.55, 0.4),
    ),
    language(
        "chamber", "classical",
        "#F7F6F2 #1E1E1E #8A9299 #3F5661 / #E9EAE6 #2E3438 #A3ABB0 #5B6E76"
        " / #2A2F33 #D9DAD6 #8A9299 #A69B85",
        "muted", "serif geometric",
        "loudness_horizon:1 topographic:0.5 mono_grain:1.5 chladni:1 engraving:2",
        "corner bottom-left top-left", "grain", "tiny", (0.4, 0.25),
    ),
    language(
        "cinematic", "classical",
        "#0F141A #C9A227 #E8E2D0 #5A6B7A / #10161E #8FA6BF #E8E2D0 #C9A227"
        " / #1A120C #B5651D #F0E1C4 #6B4226",
        "dark", "serif condensed",
        "loudness_horizon:1.5 flow_field:2 topographic:1 ridgeline:0.5 engraving:2",
        "centred bottom-left", "grain", "medium", (0.5, 0.75),
    ),
    # folk and country
    language(
        "folk", "folk",
        "#F3E9D2 #2F3A2F #6B8F71 #B5651D / #E8DCC2 #3B3A36 #8C6A43 #A23B2A"
        " / #2F3A2F #F3E9D2 #8C6A43 #D4A017",
        "soft", "serif slab",
        "paper_cut:2.5 loudness_horizon:1 topographic:0.5 wood_type:2 risograph:1.5"
        " engraving:1.5",
        "top-left centred bottom-left", "grain", "medium", (0.55, 0.35),
    ),
    language(
        "country", "folk",
        "#F3E9D2 #C0392B #1F3A5F #D4A017 / #1F3A5F #F3E9D2 #C0392B #D4A017"
        " / #D4A017 #1F1A14 #F3E9D2 #C0392B",
        "mid", "slab display condensed",
        "paper_cut:1.5 mono_grain:1 wood_type:3 risograph:1.5 typographic_poster:1 engraving:2",
        "title-image top-left centred", "grain halftone", "big", (0.6, 0.55),
    ),
    language(
        "celtic", "folk",
        "#1E3B2F #E8E0C8 #6B8F71 #C9A227 / #E8E0C8 #1E3B2F #2F5D8A #8C6A43",
        "mid", "serif display",
        "topographic:1 paper_cut:1.5 loudness_horizon:1 wood_type:1.5 engraving:1.5",
        "top-left centred", "grain", "medium", (0.6, 0.55),
    ),
    # children's songs: light and vivid primaries, never dark; red, yellow, lime, blue
    # in hue order so no blend or deep shade turns olive; no grain gradient (a bold disc
    # or a pink skyline on a duck song read as wrong to two art directors), nor the flow
    # field (two of the evening's reviewers graded its cold line field on
    # Supercalifragilisticexpialidocious N)
    language(
        "children", "children",
        "#FFF6E0 #FF595E #FFCA3A #8AC926 #1982C4 / #FFCA3A #FF595E #FFFFFF #8AC926 #1982C4"
        " / #BDE0FE #FF595E #FFCA3A #8AC926 #1982C4 / #5BC0FF #FFFFFF #8AC926 #FFCA3A #FF595E",
        "bright", "rounded",
        "paper_cut:3 swiss_geometry:2 wood_type:1.5 typographic_poster:1",
        "centred top-left", "none grain", "big", (0.9, 0.6),
    ),
    language(
        "lullaby", "children",
        "#E8EEF8 #A9B8E0 #F6E3B4 #7A86B8 / #F6EFE4 #E8C5B8 #B8C9E0 #8FA5C9",
        "light", "rounded script",
        "paper_cut:2.5 risograph:1.5 swiss_geometry:1",
        "centred bottom-left", "grain", "medium", (0.7, 0.1),
    ),
    # podcasts, jingles and spoken word: clear brand-like marks
    language(
        "jingle", "spoken",
        "#FFFFFF #1A1A1A #0057FF #FF5A36 / #0057FF #FFFFFF #1A1A1A #FFD400"
        " / #F2F2F2 #1A1A1A #6A6A6A #00A86B",
        "mid", "geometric",
        "grain_gradient:1 topographic:0.5 swiss_geometry:2 typographic_poster:2"
        " paper_cut:1.5 risograph:1",
        "centred top-left", "none", "big", (0.65, 0.55),
    ),
    language(
        "spoken_word", "spoken",
        "#F4F1EA #1A1A1A #8A8A8A #C0392B / #1A1A1A #F4F1EA #8A8A8A #C0392B",
        "stark", "serif geometric",
        "mono_grain:1 typographic_poster:3 swiss_geometry:1",
        "top-left corner", "grain none", "medium", (0.5, 0.3),
    ),
)
# fmt: on
