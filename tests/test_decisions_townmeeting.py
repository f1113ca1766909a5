"""A town meeting's record: articles moved ("X moved that the Town ...") and closed by a vote
line ("VOTED: Unanimous by voice vote.", "VOTED: Motion carries by majority vote.", "The
Moderator declared the motion carried ...", "The motion fails."), the same vote line
closing each motion moved before it. Invented sentences (issue 14 item 4)."""

from __future__ import annotations

from test_decisions import decide, one  # noqa: F401 (shared helpers)

_ARTICLES = (
    "ARTICLE 1. To hear the reports of the Town officers.\n\n"
    "Ms. Ames moved that the Town accept the reports of the Town officers as printed.\n\n"
    "VOTED: Unanimous by voice vote.\n\n"
    "ARTICLE 2. To see if the Town will raise a sum for the library roof.\n\n"
    "Mr. Bell moved that the Town raise and appropriate $90,000 for the library roof.\n\n"
    "VOTED: Motion carries by majority vote.\n\n"
    "ARTICLE 3. To see if the Town will amend the Zoning Bylaw, Section 4.2.\n\n"
    "Ms. Cruz moved that the Town amend the Zoning Bylaw, Section 4.2, as printed in the Warrant.\n\n"
    "VOTED: Two-thirds vote required. Standing count: Yes 101, No 88. The motion fails.\n\n"
    "ARTICLE 4. To see if the Town will adopt a bylaw on dogs in parks.\n\n"
    "Ms. Ames moved that the Town adopt a new Section 12-3 of the General Bylaws, Dogs in Parks.\n\n"
    "VOTED: Motion carries by majority vote.\n\n"
    "ARTICLE 5. To see if the Town will buy a fire engine.\n\n"
    "Mr. Bell moved that the Town appropriate $800,000 to purchase a fire engine.\n\n"
    "VOTED: Two-thirds vote required. Standing count: Yes 240, No 60.\n"
    "The Moderator declared the motion carried by the required two-thirds.\n\n"
    "ARTICLE 6. To see if the Town will ban plastic bags.\n\n"
    "Mr. Diaz moved to table Article 6 until the Fall Special Town Meeting.\n\n"
    "VOTED: Motion to table carries by majority vote.\n"
)
_HEADINGS = tuple(line for line in _ARTICLES.split("\n") if line.startswith("ARTICLE"))


def test_each_article_moved_is_one_decision_closed_by_its_vote_line():
    found = decide(_ARTICLES, "en", headings=_HEADINGS)
    assert [d.outcome for d in found] == ["approved", "approved", "rejected", "adopted", "approved", "postponed"]
    for d, words in zip(found, ("accept the reports", "library roof", "amend the Zoning Bylaw", "Dogs in Parks",
                                "fire engine", "to table Article 6")):
        assert words in d.text


def test_the_same_vote_line_closes_a_second_motion_but_a_repeated_header_closes_nothing():
    found = decide(_ARTICLES, "en", headings=_HEADINGS)
    assert "Dogs in Parks" in found[3].text and "VOTED: Motion carries" in found[3].text
    text = ("3. Tarifs\n\nLe maire propose d'adopter les tarifs 2031.\n\nRésultat : adopté\n\n"
            "4. Subvention\n\nLe maire propose d'attribuer 500 € au club.\n\nRésultat : adopté\n")
    found = decide(text, "fr", headings=("3. Tarifs", "4. Subvention"))
    assert [d.outcome for d in found] == ["adopted", "approved"] and "500 €" in found[1].text
