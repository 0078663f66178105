"""Parts of the chladni, grain-gradient and energy-rings styles (not styles
themselves): plate figures, grain scenes, ring layouts and the cover plan they
share. A package, so the style registry and its module check skip it."""
