"""boxes_covered tells exactly whether areas cover a box (fixarea48: a grid of 9 x 9 points per
box let a gap between two areas that fell between the points pass as covered)."""

import pytest

from chats.redaction.images import boxes_covered

SIZE = (1000, 100)
BOX = (100, 10, 900, 30)


def area(left, top, right, bottom):
    """An area in fractions from pixels of SIZE."""
    return {
        "x": left / SIZE[0],
        "y": top / SIZE[1],
        "breedte": (right - left) / SIZE[0],
        "hoogte": (bottom - top) / SIZE[1],
    }


@pytest.mark.parametrize(
    "areas",
    [
        # a gap of 90 px between the grid's points at x 500 and 600
        [area(0, 0, 505, 100), area(595, 0, 1000, 100)],
        # a gap of 3 px rows between two areas one above the other
        [area(0, 0, 1000, 21), area(0, 24, 1000, 100)],
        # an L: the corner right below is bare
        [area(0, 0, 1000, 20), area(0, 0, 850, 100)],
        [],
    ],
)
def test_a_box_with_a_bare_part_is_not_covered(areas):
    assert not boxes_covered([BOX], areas, SIZE)


@pytest.mark.parametrize(
    "areas",
    [
        [area(*BOX)],
        [area(0, 0, 1000, 100)],
        # side by side, touching
        [area(0, 0, 505, 100), area(505, 0, 1000, 100)],
        # overlapping in an L plus the corner
        [area(0, 0, 1000, 20), area(0, 0, 850, 100), area(800, 15, 950, 40)],
        # one above the other, touching
        [area(50, 0, 950, 20), area(50, 20, 950, 30)],
    ],
)
def test_a_box_covered_by_areas_together(areas):
    assert boxes_covered([BOX], areas, SIZE)


def test_every_box_must_be_covered():
    assert not boxes_covered([BOX, (0, 50, 10, 60)], [area(*BOX)], SIZE)
    assert boxes_covered([], [], SIZE)
