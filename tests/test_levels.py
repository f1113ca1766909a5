"""Heading levels when a report's word processor sets items of one list in two near sizes,
and deliberation codes numbered in sequence ("2020-038", "2020-039")."""

from __future__ import annotations

from extractors.pdf.levels import HeadingStyle, heading_levels, list_number


def H(size, marker=None, bold=True):
    return HeadingStyle(size, bold, marker)


def test_an_item_set_a_point_smaller_stays_in_its_list():
    # "2/ Budget" 12 pt, "Recettes :" 11 pt, "3/ Travaux" 12 pt, "4/ Divers" 11 pt, "A/ Temple"
    levels = heading_levels([H(12, "2/"), H(11), H(12, "3/"), H(11, "4/"), H(11, "A/")])
    assert levels[2] == levels[3] == levels[0]
    assert levels[4] > levels[3]


def test_deliberation_codes_in_two_sizes_are_siblings_and_numbered_points_nest_in_them():
    # "2020-038" 11 pt, "2020-039" 12 pt, "1) tarif enfants" 12 pt, "2) adultes", "2020-040"
    levels = heading_levels([H(14), H(11, "2020-038"), H(12, "2020-039"), H(12, "1)"),
                             H(12, "2)"), H(12, "2020-040")])
    assert levels[1] == levels[2] == levels[5] > levels[0]
    assert levels[3] == levels[4] > levels[2]


def test_a_list_in_clearly_larger_type_still_outranks():
    levels = heading_levels([H(14, "1."), H(11, "1."), H(11, "2."), H(14, "2.")])
    assert levels[0] == levels[3] < levels[1] == levels[2]


def test_codes_number_in_sequence_other_codes_do_not():
    assert list_number("2023-04") == ("code", (4,))
    assert list_number("58/9") is None
