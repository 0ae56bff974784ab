"""How each entity type looks on a map, and the colours of communities.

Colours are the Okabe-Ito palette, told apart by people with the common
colour-vision deficiencies; every type also has its own shape, so colour is
never the only cue.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TypeStyle:
    """A node colour, a vis-network shape, and the glyph that stands for it in the legend."""

    color: str
    shape: str
    glyph: str


TYPE_STYLES: dict[str, TypeStyle] = {
    "Person": TypeStyle("#0072B2", "dot", "●"),
    "Organisation": TypeStyle("#E69F00", "square", "■"),
    "Event": TypeStyle("#CC79A7", "diamond", "◆"),
    "Report": TypeStyle("#009E73", "triangle", "▲"),
    "Project": TypeStyle("#D55E00", "hexagon", "⬢"),
    "Place": TypeStyle("#56B4E9", "triangleDown", "▼"),
}
OTHER_STYLE = TypeStyle("#7F7F7F", "dot", "●")

# Distinct colours for the largest communities; smaller ones share OTHER_STYLE's grey.
COMMUNITY_COLORS: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#D55E00",
    "#56B4E9",
    "#A6761D",
    "#6A3D9A",
    "#1B9E77",
    "#E7298A",
    "#66A61E",
    "#B15928",
)


def type_style(entity_type: str) -> TypeStyle:
    """Return the style of `entity_type`, or a grey dot for a type outside the vocabulary."""
    return TYPE_STYLES.get(entity_type, OTHER_STYLE)


def legend_css() -> str:
    """CSS classes `.t-<Type>` that colour each type's legend glyph."""
    return "".join(f".t-{name}{{color:{style.color}}}" for name, style in TYPE_STYLES.items())
