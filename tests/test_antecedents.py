"""pipeline.verify.antecedents: what a statement offers the sentences after it."""

from __future__ import annotations

from spacy.language import Language

from pipeline.verify.antecedents import antecedents, owner_name, passive_doer, subject_name
from pipeline.verify.reading import read


def test_he_or_she_after_a_persons_work_is_the_person(nlp: Language) -> None:
    before = read(nlp("Toni Morrison's Beloved won the National Book Award in 1988.")[:])
    about = subject_name(before)
    assert (about, owner_name(before, about)) == ("Beloved", "Toni Morrison")
    she = read(nlp("Five years later she won the Nobel Prize.")[:], referent=about, owner="Toni Morrison")
    assert [p.text for p in she.parts if p.kind == "name" and p.role == "subj"] == ["Toni Morrison"]
    it = read(nlp("It sold a million copies.")[:], referent=about, owner="Toni Morrison")
    assert [p.text for p in it.parts if p.kind == "name" and p.role == "subj"] == ["Beloved"]  # "it" is the book


def test_he_after_a_persons_pupil_is_not_the_master(nlp: Language) -> None:
    before = read(nlp("Leonardo's pupil Salaì joined the workshop in 1490.")[:])
    assert owner_name(before, subject_name(before)) == ""  # a pupil is a person: "he" is more likely him
    work = read(nlp("Leonardo's Mona Lisa hangs in the Louvre.")[:])
    assert owner_name(work, subject_name(work)) == "Leonardo"


def test_pronoun_object_may_stand_for_what_was_spoken_of_before(nlp: Language) -> None:
    before = antecedents(read(nlp("Joseph Priestley focused sunlight and collected the gas that came off.")[:]))
    assert before[:2] == ("gas", "sunlight") and before[-1] == "Joseph Priestley"  # acted on first, the doer last
    s = read(nlp("He called it \"dephlogisticated air\".")[:], referent="Joseph Priestley", before=before)
    (it,) = [p for p in s.parts if p.kind == "pronoun"]
    assert it.value == ("gas", "sunlight")  # not the one who called it
    # in the same sentence, what came before it first
    s = read(nlp("Lothar Meyer reached a similar arrangement and published it in 1870.")[:], before=("table",))
    (it,) = [p for p in s.parts if p.kind == "pronoun"]
    assert it.value == ("arrangement", "table")


def test_subject_name_is_the_last_named_subject(nlp: Language) -> None:
    s = read(nlp("Midnight's Children took the Booker in 1981, and Hilary Mantel has won it twice.")[:])
    assert subject_name(s) == "Hilary Mantel"


def test_a_passive_sentence_is_about_its_grammatical_subject(nlp: Language) -> None:
    # "... The prototype first flew": the prototype is Concorde's, not the company's
    s = read(nlp("Concorde was developed by the British Aircraft Corporation.")[:])
    assert subject_name(s) == "Concorde"


def test_he_after_someones_thing_is_its_owner(nlp: Language) -> None:
    before = read(nlp("Pasteur's anthrax vaccine had already been demonstrated in public in 1881.")[:])
    assert subject_name(before) == "" and owner_name(before, "") == "Pasteur"
    wife = read(nlp("Einstein's wife studied physics in Zurich.")[:])
    assert owner_name(wife, subject_name(wife)) == ""  # "She" after it is the wife


def test_a_copulas_named_complement_is_who_the_sentence_is_about(nlp: Language) -> None:
    from pipeline.verify.antecedents import subject_name

    assert subject_name(read(nlp("The star of the 1948 Games was Fanny Blankers-Koen.")[:])) == "Fanny Blankers-Koen"


def test_an_owners_sentence_is_about_the_owner(nlp: Language) -> None:
    from pipeline.verify.antecedents import subject_name

    said = read(nlp("Ernest Hemingway's boyhood hero was Theodore Roosevelt.")[:])
    assert subject_name(said) != "Theodore Roosevelt"


def test_a_passive_s_doer_is_no_subject_of_it(nlp: Language) -> None:
    poured = read(nlp("The replacement was poured at Whitechapel in 1858 by George Mears.")[:])
    assert subject_name(poured) == "George Mears" and passive_doer(poured, "George Mears")
    cast = read(nlp("George Mears cast the bell in 1858.")[:])
    assert not passive_doer(cast, "George Mears")
