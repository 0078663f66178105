"""The parts styles are built from (not styles themselves): motifs, scenes, inks,
layouts and the title-zone plans, one module per job, named after the style that
uses it. A package, so the style registry and its module check skip it."""
