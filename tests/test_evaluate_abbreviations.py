"""The scorer matches a body named in full to a gold that writes part of it by its
acronym ("Consejo Ciudadano de Radio Universidad Autónoma de X" / "... de Radio UAX")."""

from pipeline.evaluate import abbreviations


def test_a_body_in_full_matches_a_gold_written_with_its_acronym():
    got = "Consejo Técnico de Radio Universidad Estatal de Colima"
    assert "Consejo Técnico de Radio UEC" in abbreviations(got)
    assert "Consejo Técnico de Radio UAA" not in abbreviations(got)
