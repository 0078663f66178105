"""Design languages of hip-hop, lo-fi, R&B, soul, funk and gospel."""

from __future__ import annotations

from sleeve.engine.languages.base import language

# fmt: off
LANGUAGES = (
    language(
        "hiphop", "hiphop",
        "#7A1E2C #C0C0C0 #111111 #8B3A2B / #111111 #C0C0C0 #7A1E2C #E6D5B8"
        " / #1E2A3A #E6D5B8 #C0C0C0 #C8A24A",
        "mid-dark", "condensed geometric",
        "mono_grain:2 paper_cut:0.5 risograph:2 typographic_poster:1.5 xerox_collage:1"
        " chrome_type:1",
        "bottom-left top-left edge", "grain halftone", "big", (0.45, 0.72), (78, 102),
    ),
    language(
        "trap", "hiphop",
        "#1A0B2E #7B2CBF #D00000 #E5E5E5 / #0B0B0F #3A0CA3 #E5E5E5 #F72585"
        " / #120808 #C0C0C0 #5A0A0A #D00000",
        "dark-vivid", "condensed",
        "marbled_ink:0.5 flow_field:1 typographic_poster:1.5 onset_grid:1 mono_grain:1"
        " chrome_type:1.5 neon_sign:1",
        "centred bottom-left title-image", "grain", "big", (0.35, 0.8), (125, 165),
    ),
    language(
        "drill", "hiphop",
        "#0A0A0A #5F6B73 #1C2A3A #E6E6E6 / #0D1117 #8A959E #2A3540 #D6DCE0"
        " / #111111 #777777 #333333 #E6E6E6",
        "dark-mono", "condensed",
        "mono_grain:3 onset_grid:1 typographic_poster:1.5 risograph:1",
        "bottom-left corner", "grain", "small", (0.2, 0.85), (135, 150),
    ),
    language(
        "lofi", "lofi",
        "#2B2D42 #F4A261 #8D99AE #E9C46A / #3A3351 #E8A87C #A5A1C4 #F6D6AD"
        " / #F3E6D3 #2B2D42 #8D99AE #E76F51 / #1F2B38 #E9C46A #5C7A8A #F4A261",
        "soft", "rounded script geometric",
        "paper_cut:2 mono_grain:2 risograph:2 typographic_poster:1",
        "bottom-left corner", "grain", "small", (0.55, 0.28), (60, 95),
    ),
    # R&B: no Swiss geometry (two reviewers of the evening's sheets: abstract chevrons
    # that miss the genre), nor dark chrome (WordArt to two earlier ones)
    language(
        "rnb", "rnb",
        "#3B2418 #C68B59 #E9D8C4 #B08D57 / #E9D8C4 #3B2418 #C68B59 #7A4A2E"
        " / #2A1A22 #B5838D #E5C1BD #D4A373",
        "soft", "serif geometric script",
        "mono_grain:2 paper_cut:1 marbled_ink:0.5 typographic_poster:1.5 risograph:1.5",
        "bottom-left corner top-left", "grain", "small", (0.55, 0.42), (60, 110),
    ),
    language(
        "funk", "rnb",
        "#1B1B1B #D4AF37 #FF1493 #7FDBFF / #D4AF37 #1B1B1B #FF1493 #7FDBFF"
        " / #FF1493 #1B1B1B #D4AF37 #7FDBFF / #101A2E #D4AF37 #FF1493 #7FDBFF",
        "vivid", "display script",
        "marbled_ink:0.5 flow_field:1 typographic_poster:2 swiss_geometry:1.5 onset_grid:1"
        " wood_type:1.5 chrome_type:1.5",
        "centred title-image top-left", "grain", "big", (0.8, 0.8), (95, 130),
    ),
    # royal purple, warm gold, white, deep blue: five colours, no doubled gold
    language(
        "gospel", "rnb",
        "#4B2A7B #F2C14E #FFFFFF #1D3557 #FFD23F / #FFFFFF #4B2A7B #F2C14E #1D3557 #E8A317"
        " / #1D3557 #F2C14E #FFFFFF #6A3FB5 #FFD23F / #F2C14E #4B2A7B #FFFFFF #1D3557 #6A3FB5",
        "vivid", "geometric serif",
        "paper_cut:1 swiss_geometry:1.5 typographic_poster:1.5 wood_type:2 risograph:1"
        " marbled_ink:0.5",
        "centred top-left", "grain", "big", (0.8, 0.65),
    ),
)
# fmt: on
