"""Design languages of pop (western, Korean, Japanese), Latin music and music of the
wider world."""

from __future__ import annotations

from sleeve.engine.languages.base import language

# fmt: off
LANGUAGES = (
    # pop: palettes in different hue families, so pop is not one colour; a warm orange
    # as the first palette's third colour (a sunny song was filled with a cold blue).
    # No onset grid for pop or j-pop: its club gear (a dark rig on Candyfloss, a mirror
    # ball on a cherry-blossom ballad) read as pasted on to four art directors
    language(
        "pop", "pop",
        "#F2EFEA #FF4F5A #FF9F1C #1F2A44 #FFC93C / #2B59C3 #F2EFEA #FFC93C #FF4F5A"
        " / #FFC93C #1F2A44 #F2EFEA #FF4F5A / #00A676 #1F2A44 #F2EFEA #FF4F5A",
        "vivid", "geometric display rounded",
        "paper_cut:1 flow_field:1 typographic_poster:2 swiss_geometry:2 risograph:1.5",
        "top-left centred bottom-left", "grain none", "medium", (0.68, 0.62),
    ),
    language(
        "ballad", "pop",
        "#1F2A3A #E8DCCB #8EA4BA #C98B6B / #E8E4DE #2E3440 #9AA5B1 #C98B6B",
        "soft", "serif geometric",
        "mono_grain:1.5 paper_cut:1.5 typographic_poster:1.5 wood_type:1",
        "bottom-left corner", "grain", "small", (0.35, 0.3),
    ),
    language(
        "bedroom_pop", "pop",
        "#EAD9C6 #5B6F8F #D98E73 #2E2A33 / #3A3F58 #EAD9C6 #A3B18A #D98E73",
        "soft", "rounded geometric script",
        "paper_cut:2 risograph:2 typographic_poster:1 swiss_geometry:1 marbled_ink:0.5",
        "bottom-left corner", "grain", "small", (0.5, 0.4),
    ),
    language(
        "kpop", "pop",
        "#F7F3F8 #F7C6D9 #C9E4F6 #9AA3B5 / #C9E4F6 #F7F3F8 #F7C6D9 #5B6C8F"
        " / #FFF4E0 #F7C6D9 #D9DDE3 #7A5CFA / #111111 #F5F5F5 #C0C0C0 #FF2E7E",
        "mid", "geometric",
        "paper_cut:1.5 swiss_geometry:1 chrome_type:1 typographic_poster:1 risograph:2"
        " marbled_ink:0.5 neon_sign:1.5",
        "top-left corner centred", "grain none", "small", (0.75, 0.7),
    ),
    language(
        "jpop", "pop",
        "#F5F1E8 #E94F64 #2F4B7C #F6C445 / #7EC8E3 #FFFFFF #1E2A44 #E94F64"
        " / #F6C445 #1E2A44 #FFFFFF #E94F64 / #1E2A44 #F5F1E8 #7EC8E3 #E94F64",
        "vivid", "geometric rounded display",
        "paper_cut:1.5 flow_field:1 typographic_poster:2 swiss_geometry:1.5"
        " risograph:1",
        "vertical top-left centred", "grain none", "medium", (0.7, 0.7),
    ),
    language(
        "city_pop", "pop",
        "#7FD1FF #1E90FF #FFFFFF #FF8FA3 / #FFFFFF #1E90FF #2E8B57 #FF8FA3"
        " / #FFB38A #1E90FF #FFE3C2 #2E8B57",
        "vivid", "script geometric display",
        "flow_field:1 paper_cut:2 risograph:2 marbled_ink:0.5 neon_sign:1.5 typographic_poster:1",
        "top-left corner", "grain", "small", (0.75, 0.6),
    ),
    # hot pink, acid green and chrome (a cyan-mint read as a wellness brand)
    language(
        "hyperpop", "pop",
        "#FF00E5 #FFF500 #B6FF00 #111111 #E6E6EE / #C0C0C8 #B6FF00 #FFF500 #111111 #FF00E5"
        " / #111111 #FF00E5 #FFF500 #B6FF00 #E6E6EE / #B6FF00 #FF00E5 #111111 #FFFFFF #C0C0C8",
        "neon", "display geometric",
        "marbled_ink:1 pixel_sort:3 typographic_poster:2 onset_grid:1 chrome_type:0.5"
        " neon_sign:1.5",
        "title-image centred vertical", "grain none", "big", (0.7, 0.95), (130, 190),
    ),
    # Latin. Three reviewers of the evening's sheets (2026-12-02) read the Swiss
    # geometry as off-genre abstract shapes on reggaeton (a fan, a zigzag) and bossa (a
    # spiral): chrome lettering and letterpress take its place there, and k-pop halves it
    language(
        "reggaeton", "latin",
        "#111111 #F5F5F5 #00B3A6 #FF3EA5 / #F5F5F5 #111111 #00B3A6 #FF3EA5"
        " / #00B3A6 #111111 #F5F5F5 #FF3EA5",
        "mid", "display geometric",
        "marbled_ink:1 paper_cut:1.5 typographic_poster:2.5 risograph:1.5 chrome_type:1.5"
        " neon_sign:1.5",
        "centred top-left title-image", "grain halftone", "big", (0.7, 0.8), (85, 105),
    ),
    # fluoro on black or white; colours in hue order (pink, orange, yellow, lime): the
    # styles blend neighbours, and pink into lime went through khaki
    language(
        "tropical", "latin",
        "#0A0A0A #FF2E93 #FF7A00 #FFF000 #9BFF00 / #0A0A0A #9BFF00 #FFF000 #FF7A00 #FF2E93"
        " / #FFFFFF #9BFF00 #FFF000 #FF7A00 #FF2E93 / #FF2E93 #FFF000 #FF7A00 #0A0A0A #FFFFFF",
        "neon", "display",
        "marbled_ink:1 paper_cut:1 wood_type:2 typographic_poster:2 risograph:1.5",
        "title-image centred", "halftone grain", "big", (0.85, 0.8),
    ),
    # a white field (Elenco): black, red circles, a sea blue; no black field
    language(
        "bossa", "latin",
        "#FFFFFF #111111 #1F6FA8 #D52B1E / #F6F1E7 #D52B1E #111111 #1F6FA8"
        " / #FFFFFF #D52B1E #111111 #1F6FA8",
        "stark", "geometric display",
        "paper_cut:1.5 wood_type:1.5 typographic_poster:1.5 risograph:1.5"
        " mono_grain:1 marbled_ink:0.5 loudness_horizon:0.5",
        "top-left edge", "grain none", "big", (0.6, 0.35),
    ),
    language(
        "latin", "latin",
        "#F4E9D8 #B3261E #1D3557 #E9A23B / #B3261E #F4E9D8 #1D3557 #E9A23B"
        " / #1D3557 #F4E9D8 #E9A23B #B3261E / #0F5257 #F4E9D8 #E9A23B #B3261E",
        "mid", "serif display script",
        "paper_cut:1.5 marbled_ink:1 wood_type:1.5 typographic_poster:1.5",
        "top-left centred", "grain", "medium", (0.6, 0.6),
    ),
    # the wider world
    language(
        "reggae", "world",
        "#0E0E0E #E4002B #FFD100 #00A651 / #F2E8D5 #0E0E0E #E4002B #00A651"
        " / #1F3B2C #FFD100 #F2E8D5 #E4002B",
        "mid", "slab display",
        "marbled_ink:0.5 paper_cut:1.5 wood_type:2.5 risograph:2 flow_field:0.5 xerox_collage:1",
        "title-image top-left centred", "halftone grain", "big", (0.65, 0.5), (60, 100),
    ),
    # vivid green, yellow, orange, red, black: five colours, so none is filled in
    language(
        "afrobeats", "world",
        "#F2A900 #1B1B1B #1E7F4F #FF6B00 #E03C31 / #1B1B1B #F2A900 #E03C31 #1E9F5A #FF6B00"
        " / #1E7F4F #F2A900 #1B1B1B #FF6B00 #E03C31 / #FF6B00 #1B1B1B #F2A900 #1E7F4F #FFFFFF",
        "vivid", "geometric display script",
        "paper_cut:1.5 marbled_ink:0.5 swiss_geometry:2 onset_grid:1.5 wood_type:1"
        " risograph:1.5 typographic_poster:1.5 flow_field:1",
        "top-left centred title-image", "grain", "big", (0.8, 0.75), (95, 125),
    ),
    language(
        "bollywood", "world",
        "#A47551 #FFC300 #B22222 #FF6B00 / #FF6B00 #FFC300 #2B1A10 #B22222"
        " / #B22222 #FFC300 #F3E3C3 #FF6B00 / #0B4F6C #FFC300 #F3E3C3 #FF6B00",
        "vivid", "display slab",
        "paper_cut:1.5 marbled_ink:0.5 wood_type:2 typographic_poster:2 risograph:1.5"
        " flow_field:0.5",
        "centred title-image top-left", "grain halftone", "big", (0.8, 0.75),
    ),
    language(
        "arabic", "world",
        "#F1E9DA #1D3557 #F2C14E #C1272D / #1D3557 #F1E9DA #F2C14E #C1272D"
        " / #C1272D #F1E9DA #1D3557 #F2C14E",
        "mid", "serif geometric display",
        "paper_cut:1 marbled_ink:1 swiss_geometry:1.5 typographic_poster:1.5"
        " loudness_horizon:0.5",
        "centred top-left edge", "grain", "medium", (0.6, 0.6),
    ),
    # Greek and Mediterranean summer songs: whitewash, Aegean blue, lemon, terracotta
    # (they fell to "world", whose kraft and rust made a beach song brown)
    language(
        "mediterranean", "world",
        "#F7F5EF #1C5BA8 #F4C430 #D2572F / #1C5BA8 #F7F5EF #F4C430 #D2572F"
        " / #F4C430 #1C5BA8 #F7F5EF #D2572F / #7CC6E8 #1C5BA8 #F7F5EF #D2572F",
        "vivid", "serif display geometric",
        "paper_cut:1.5 marbled_ink:0.5 swiss_geometry:2 typographic_poster:1.5 wood_type:1"
        " loudness_horizon:1",
        "top-left centred bottom-left", "grain", "big", (0.75, 0.65),
    ),
    language(
        "world", "world",
        "#E9DFC9 #9C3D2E #2E5E4E #D9A441 / #2E5E4E #E9DFC9 #D9A441 #9C3D2E"
        " / #3B2F5C #E9DFC9 #D9A441 #C4563A",
        "mid", "serif display slab",
        "paper_cut:2 topographic:1 loudness_horizon:0.5 wood_type:1.5 swiss_geometry:1",
        "top-left centred", "grain", "medium", (0.6, 0.55),
    ),
)
# fmt: on
