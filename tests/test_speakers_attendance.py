"""Attendance with proxies, in lists and in tables (issue 14 item 3): the giver of a proxy
is excused, its holder attends; invented reports."""

from extractors.speakers import document_to_interventions
from pipeline.text import document_from_text


def kinds(text, lang):
    got = document_to_interventions(document_from_text(text, language=lang), None)
    return [(i.family_name, i.kind) for i in got]


def test_a_represented_list_gives_excused_givers_and_attending_holders():
    got = kinds("Présents : M. Octave Brun, Mme Alix Terrier.\n"
                "Représentés : Mme Zoé Marchal (pouvoir à M. Octave Brun), M. Rémi Sauvage.\n"
                "Absents : M. Hugo Lenoir.\n", "fr")
    assert got == [("Brun", "attends"), ("Terrier", "attends"), ("Marchal", "excused"),
                   ("Brun", "attends"), ("Sauvage", "excused"), ("Lenoir", "absent")]


def test_present_or_represented_members_attend():
    got = kinds("Membres présents ou représentés : M. Octave Brun, Mme Alix Terrier.\n", "fr")
    assert got == [("Brun", "attends"), ("Terrier", "attends")]


def test_a_holder_named_after_the_marker_without_brackets_attends():
    got = kinds("Asistentes: D. Ciro Lozano Peña, Dña. Berta Ibarra Sol.\n"
                "Representados: Dña. Noelia Cruz Vega, representada por D. Ciro Lozano Peña.\n", "es")
    assert got == [("Lozano Peña", "attends"), ("Ibarra Sol", "attends"),
                   ("Cruz Vega", "excused"), ("Lozano Peña", "attends")]


def test_an_honorific_with_its_dot_ends_no_list():
    got = kinds("Ausentes con excusa: D. Ciro Lozano Peña, Dña. Berta Ibarra Sol, D. Luis Amat Roig.\n", "es")
    assert got == [("Lozano Peña", "excused"), ("Ibarra Sol", "excused"), ("Amat Roig", "excused")]


def test_proxy_rows_of_an_attendance_table_are_excused():
    fr = kinds("Membre            Statut\nOctave BRUN       Présent\nAlix TERRIER      Excusée\n"
               "Hugo LENOIR       Absent\nZoé MARCHAL       Pouvoir à O. BRUN\n", "fr")
    assert fr[:4] == [("BRUN", "attends"), ("TERRIER", "excused"), ("LENOIR", "absent"), ("MARCHAL", "excused")]
    en = kinds("Member            Attendance\nNina Cobb         Present\nOwen Pratt        Apologies\n"
               "Ruth Kemp         Absent\nSeth Vance        Proxy (N. Cobb)\n", "en")
    assert en[:4] == [("Cobb", "attends"), ("Pratt", "excused"), ("Kemp", "absent"), ("Vance", "excused")]


def test_role_fields_inside_an_attendance_block_stay_in_the_list():
    got = kinds("ASISTENTES:\nAlcaldesa: Dña. Nuria Peral Sanz\n"
                "Concejales: D. Iván Cano Ríos, Dña. Eva Soler Gil\n"
                "Ausentes con excusa: D. Raúl Mir Pons\n", "es")
    assert got[1:] == [("Cano Ríos", "attends"), ("Soler Gil", "attends"), ("Mir Pons", "excused")]
