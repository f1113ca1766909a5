"""Cross-document resolution of people."""

from pipeline.people import interventions_to_people
from pipeline.records import Intervention, Provenance
from pipeline.text import fold, stable_id


def iv(doc, hon, given, family, kind="speaks"):
    name = " ".join(p for p in (hon, given, family) if p)
    return Intervention(doc_id=doc, name_as_written=name, kind=kind,
                        prov=Provenance(doc, 1, 0, len(name), "speakers", "1"),
                        honorific=hon, given_name=given, family_name=family)


def test_same_person_across_honorifics_and_documents():
    items = [iv("a", "M.", "Jean-François", "SOUSSANA"), iv("b", "Dr", "Jean-François", "SOUSSANA"),
             iv("b", "M.", None, "SOUSSANA"), iv("a", None, "Paul", "LUU"), iv("c", "M.", None, "LUU")]
    people, resolved = interventions_to_people(items)
    assert len(people) == 2
    ids = [i.person_id for i in resolved]
    assert ids[0] == ids[1] == ids[2] != ids[3] and ids[3] == ids[4]
    assert ids[0] == stable_id(fold("SOUSSANA"), fold("Jean François"))
    luu = next(p for p in people if p.family_name == "LUU")
    assert luu.given_name == "Paul" and luu.name == "Paul LUU"


def test_shared_family_name_is_not_merged_and_bare_name_stays_apart():
    items = [iv("a", None, "Marielle", "SAUGET"), iv("a", None, "Marc", "SAUGET"), iv("b", "M.", None, "SAUGET")]
    people, resolved = interventions_to_people(items)
    assert len(people) == 3
    assert len({i.person_id for i in resolved}) == 3


def test_bare_family_name_with_no_full_form_is_its_own_person():
    people, resolved = interventions_to_people([iv("a", "Mme", None, "TEXEIRA"), iv("b", "Mme", None, "texeira")])
    assert len(people) == 1 and resolved[0].person_id == resolved[1].person_id


def test_initials_match_a_single_given_name():
    people, resolved = interventions_to_people(
        [iv("a", None, "Jean-François", "SOUSSANA"), iv("b", "Dr", "J.-F.", "SOUSSANA")])
    assert len(people) == 1 and resolved[0].person_id == resolved[1].person_id


def test_first_name_only_people_stay_within_their_document():
    people, resolved = interventions_to_people(
        [iv("a", "M.", "John", None), iv("a", "M.", "John", None), iv("b", "M.", "John", None)])
    assert len(people) == 2
    assert resolved[0].person_id == resolved[1].person_id != resolved[2].person_id


def test_accents_and_case_do_not_split_people():
    people, _ = interventions_to_people([iv("a", None, "Béatrice", "BRETON-ASKAR"),
                                         iv("b", "Mme", "Beatrice", "Breton-Askar")])
    assert len(people) == 1 and people[0].honorific == "Mme"


def test_first_name_only_joins_the_one_full_name_of_its_document():
    items = [iv("a", "M.", "Gaston", "MERCIER"), iv("a", None, "Gaston", None),
             iv("b", None, "Gaston", None),                        # no full form in b
             iv("c", None, "Lise", "AUBERT"), iv("c", None, "Lise", "CAZAL"), iv("c", None, "Lise", None)]
    people, resolved = interventions_to_people(items)
    ids = [i.person_id for i in resolved]
    assert ids[0] == ids[1] != ids[2]
    assert len({ids[3], ids[4], ids[5]}) == 3       # two Lises in c: the bare one stays apart
    assert len(people) == 5


def role_only(doc, role, body):
    return Intervention(doc_id=doc, name_as_written=role, kind="speaks",
                        prov=Provenance(doc, 1, 0, len(role), "speakers", "1"), role=role,
                        affiliation=body)


def test_a_person_known_only_by_a_role_is_keyed_by_role_and_body():
    items = [role_only("a", "Clerk", "Town Council of Avonford"),
             role_only("b", "clerk", "Town Council of Avonford"),     # the same office
             role_only("c", "Clerk", "Parish Council of Brenley"),    # another body's clerk
             role_only("d", "Clerk", None), role_only("e", "Clerk", None)]   # no body: per report
    people, resolved = interventions_to_people(items)
    ids = [i.person_id for i in resolved]
    assert ids[0] == ids[1] and len(set(ids)) == 4 and len(people) == 4
    assert {p.name for p in people} >= {"Clerk (Town Council of Avonford)", "Clerk"}
    assert all(p.family_name is None for p in people)
