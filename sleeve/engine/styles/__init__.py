"""Visual styles: one module per style, each with STYLE and render(direction, size)."""
