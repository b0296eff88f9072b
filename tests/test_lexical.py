"""pipeline.verify.lexical: when two words or names say the same, the opposite, or another thing."""

from __future__ import annotations

import pytest

from pipeline.verify import lexical


@pytest.mark.parametrize(
    "a, b, relation",
    [
        (("curie",), ("marie", "curie"), "part"),  # a surname for the whole name
        (("pierre", "curie"), ("marie", "curie"), "clash"),  # same family, another person
        (("apollo", "11"), ("apollo", "13"), "clash"),  # another mission
        (("los", "angeles", "games"), ("los", "angeles", "olympics"), "same"),  # synonyms inside a name
        (("curies",), ("curie",), "same"),  # a plural surname
        (("paris",), ("pasteur", "institute"), "other"),
        (("j", "s", "bach"), ("johann", "sebastian", "bach"), "same"),  # initials of the given names
        (("p", "curie"), ("marie", "curie"), "clash"),  # another initial
        (("met", "dept"), ("meteorological", "department"), "same"),  # written abbreviations, word by word
        (("armagh", "obs"), ("armagh", "observatory"), "same"),
        # (a word written short within a longer name that holds the rest)
        (("rural", "electrification", "admin"), ("us", "rural", "electrification", "administration"), "part"),
        (("rural", "electrification", "admin"), ("us", "rural", "telephone", "administration"), "clash"),
        (("new", "york"), ("new", "yorkshire"), "clash"),  # a word of its own abbreviates nothing
        (("fort", "ann"), ("fort", "anne"), "clash"),  # nor does one letter less
        (("bell", "labs"), ("bell", "telephone", "laboratories"), "part"),  # a word left out, another said alike
        (("bell", "labs"), ("bell", "aircraft", "corporation"), "clash"),  # another firm of the same first word
        (("apollo", "13"), ("apollo", "11", "mission"), "clash"),
    ],
)
def test_name_relation(a: tuple[str, ...], b: tuple[str, ...], relation: str) -> None:
    assert lexical.name_relation(a, b) == relation


@pytest.mark.parametrize(
    "short, long, same",
    [
        ("FDA", ("us", "food", "and", "drug", "administration"), True),
        ("HPV", ("human", "papillomavirus"), True),  # letters from inside the last word
        ("WHO", ("world", "health", "organization"), True),
        ("UN", ("united", "kingdom"), False),  # every word must give its initial
        ("Paris", ("pasteur", "institute"), False),  # only initials written in capitals
        ("USSR", ("soviet", "union"), True),  # one thing in WordNet, whatever the letters
        ("America", ("united", "states"), True),
        ("Britain", ("england",), False),  # one inside the other is not one thing
        ("Ireland", ("scotland",), False),
    ],
)
def test_initials(short: str, long: tuple[str, ...], same: bool) -> None:
    assert (lexical.same_name(short, (short.lower(),), " ".join(long), long) == "same") == same


@pytest.mark.parametrize(
    "claim, fact, backed",
    [
        ("player", "golfer", True),  # the claim says less than the fact
        ("golfer", "player", False),  # the claim says more: not backed
        ("discovery", "discover", True),  # a derivation
        ("laboratories", "laboratory", True),
    ],
)
def test_same_thing_is_directional(claim: str, fact: str, backed: bool) -> None:
    assert lexical.same_thing(claim, fact) == backed


@pytest.mark.parametrize(
    "a, b, relation",
    [
        ("launch", "launch", "same"),
        ("set_up", "found", "same"),  # WordNet synonyms
        ("award", "receive", "converse"),  # one transfer from either side
        ("sell", "buy", "converse"),
        ("win", "receive", "same"),  # one group of transfer verbs
        ("die", "kill", "result"),  # killing brings dying about
        ("come_out", "publish", "same"),  # "be issued or published"
        ("lose", "win", ""),  # defined as "fail to win", yet an antonym
        ("nominate", "win", ""),
        ("hit", "score", ""),  # synonyms only in hit's eighth sense
        ("release", "issue", "same"),  # in a common sense of both
        ("abstain", "vote", ""),  # "refrain from voting": a definition that denies the verb
        ("go_live", "launch", "same"),  # "went live": a launch
        ("go_live", "go", "same"),  # or a going into service
        ("go_live", "leave", ""),  # never a leaving, which WordNet's "go" may be
        ("give_up", "receive", ""),  # a thing given up is no transfer of one received
        ("sell", "buy", "converse"),  # (an antonym in WordNet, one transfer all the same)
    ],
)
def test_act_relation(a: str, b: str, relation: str) -> None:
    assert lexical.act_relation(a, b) == relation


@pytest.mark.parametrize("act, noun, named", [
    ("discover", "discovery", True),
    ("fly", "flight", True),  # WordNet links "flight" to "fly" through its synonym "flying"
    ("launch", "flight", False),
    ("win", "flight", False),
    ("publish", "book", False),
])
def test_noun_of_act(act: str, noun: str, named: bool) -> None:
    assert lexical.noun_of_act(act, noun) == named


@pytest.mark.parametrize("a, b", [("rise", "fall"), ("win", "lose"), ("open", "close")])
def test_opposite_acts(a: str, b: str) -> None:
    assert lexical.opposite_acts(a, b)


@pytest.mark.parametrize("word, yes", [("Chinese", True), ("Soviet", True), ("French", True), ("oral", False)])
def test_nationality(word: str, yes: bool) -> None:
    assert lexical.nationality(word) == yes


@pytest.mark.parametrize("words, yes", [(("kraków",), True), (("northern", "ireland"), True),
                                        (("sorbonne",), False), (("water", "cube"), False),
                                        (("atlantic",), True), (("thames",), True),  # water and landforms
                                        (("rock",), False)])
def test_is_place(words: tuple[str, ...], yes: bool) -> None:
    assert lexical.is_place(words) == yes


@pytest.mark.parametrize("a, b, nested", [(("soho",), ("london",), True), (("berlin",), ("germany",), True),
                                           (("british", "columbia"), ("canada",), True), (("lyon",), ("paris",), False)])
def test_nested_places(a: tuple[str, ...], b: tuple[str, ...], nested: bool) -> None:
    assert lexical.nested_places(a, b) == nested and lexical.nested_places(b, a) == nested


def test_rivals_are_two_things_of_one_specific_kind() -> None:
    assert lexical.rivals("leukaemia", "anaemia")
    assert lexical.rivals("physics", "chemistry")
    assert not lexical.rivals("train", "locomotive")  # artifacts are too broad a kind to rival


def test_a_noun_for_a_people_names_its_nationality() -> None:
    assert [lexical.demonym(w) for w in ("Frenchman", "Austrians", "Dutchman", "Greek")] == [
        "French", "Austrian", "Dutch", "Greek"]
    assert lexical.demonym("Paris") == "" and lexical.demonym("writer") == ""
    assert lexical.of_another_nation("French", ("greece",))
    assert not lexical.of_another_nation("English", ("britain",))  # one inside the other


def test_names_match_without_their_accents() -> None:
    assert lexical.name_relation(("vorg",), ("ludwig", "vörg")) == "part"
    assert lexical.name_relation(("schoffer",), ("schöffer",)) == "same"


def test_a_broad_place_is_a_country_or_a_continent() -> None:
    assert lexical.broad_place(("france",)) and lexical.broad_place(("africa",))
    assert not lexical.broad_place(("bristol",)) and not lexical.broad_place(("everest",))


@pytest.mark.parametrize("word, award", [("prize", True), ("medals", True), ("Oscar", True), ("trophy", True),
                                         ("train", False), ("money", False)])
def test_award_word(word: str, award: bool) -> None:
    assert lexical.award_word(word) == award


def test_adjective_of_place() -> None:
    assert lexical.adjective_of_place("European", ("europe",))
    assert not lexical.adjective_of_place("European", ("india",))


@pytest.mark.parametrize(
    "a, b, siblings",
    [
        ("wrought_iron", "cast_iron", True),
        ("suspension_bridge", "cantilever_bridge", True),
        ("heavyweight", "light_heavyweight", True),  # a light heavyweight is no heavyweight
        ("gold_medal", "silver_medal", True),
        ("bridge", "suspension_bridge", False),  # a kind and its own kind: says more, or less
        ("cell_phone", "mobile_phone", False),  # one thing
        ("nobel_prize", "prize", False),
    ],
)
def test_sibling_kinds(a: str, b: str, siblings: bool) -> None:
    assert lexical.sibling_kinds(a, b) is siblings


def test_two_kinds_named_with_one_noun_are_distinct() -> None:
    assert lexical.compound("long", "jump") == "long_jump" and lexical.compound("swing", "bridge") == ""
    assert lexical.distinct_kinds("long_jump", "triple_jump")
    assert not lexical.distinct_kinds("high_school", "secondary_school")  # one under the other


def test_letters_nfkd_keeps_are_spelt_out() -> None:
    assert lexical.name_relation(("lærdal", "tunnel"), ("laerdal", "tunnel")) == "same"
    assert lexical.name_relation(("bjørgen",), ("bjorgen",)) == "same"


@pytest.mark.parametrize(
    "name, thing",
    [("International Olympic Committee", True), ("Tower Bridge", True), ("Congress", True),
     ("Marie Curie", False), ("Rowland Hill", False), ("Thomas Bell", False), ("Bell", False)],
)
def test_not_a_person(name: str, thing: bool) -> None:
    assert lexical.not_a_person(name) is thing


def test_an_act_done_again_is_another_act() -> None:
    assert lexical.act_relation("reopen", "open") == ""  # "reopened in 1946" is not the 1778 opening
    assert lexical.act_relation("rebuild", "build") == ""
    assert lexical.act_relation("co-found", "found") == "same"
    assert lexical.act_relation("give", "list") == ""  # "give or make a list of": "give" is light there


def test_a_kind_of_a_verb_defined_by_another() -> None:
    # "beat" is a kind of "defeat", defined as "win a victory over"
    assert lexical.kind_of_defined("beat", "win")
    assert not lexical.kind_of_defined("lose", "win")


def test_mixed_case_initials_name_the_small_words() -> None:
    assert lexical.same_name("DoD", ("dod",), "Department of Defense", ("department", "defense")) == "same"
    assert lexical.same_name("DoE", ("doe",), "Department of Defense", ("department", "defense")) != "same"


def test_initials_for_some_words_of_a_longer_name() -> None:
    assert lexical.same_name("US Forest Service", ("us", "forest", "service"), "United States Forest Service",
                             ("united", "states", "forest", "service")) == "same"
    assert lexical.same_name("US Army", ("us", "army"), "United States Navy", ("united", "states", "navy")) != "same"
    # (capitals are no initials of a short form they begin: "US Navy" is no part of "USS Shenandoah")
    assert lexical.same_name("USS Shenandoah", ("uss", "shenandoah"), "US Navy", ("us", "navy")) == "other"


def test_a_us_state_by_its_postal_code() -> None:
    assert lexical.same_name("PA", ("pa",), "Pennsylvania", ("pennsylvania",)) == "same"
    assert lexical.same_name("PA", ("pa",), "Ohio", ("ohio",)) != "same"


@pytest.mark.parametrize("a, b, related", [
    ("relocate_out", "relocate", True),  # "relocated its works out to X" / "relocated its works to X"
    ("sell_off", "sell", True),
    ("relocate_out", "sell", False),
    ("call_off", "call", False),  # (a phrasal verb WordNet has may mean another thing)
    ("turn_down", "turn", False),
])
def test_a_particle_of_direction_keeps_the_act(a: str, b: str, related: bool) -> None:
    assert (lexical.act_relation(a, b) in ("same", "broader")) is related


def test_an_initial_both_names_write_is_one() -> None:
    assert lexical.name_relation(("e", "o", "wilson"), ("edward", "o", "wilson")) == "same"
    assert lexical.name_relation(("a", "o", "wilson"), ("edward", "o", "wilson")) != "same"


@pytest.mark.parametrize("a, b, other", [
    ("chinese", "japanese", True),
    ("american", "canadian", True),  # ("America" holds Canada; the United States does not)
    ("scottish", "british", False),  # one inside the other
    ("catalan", "spanish", False),
    ("harvard", "american", False),  # not a nation's word
])
def test_other_nations_are_two_countries_neither_inside_the_other(a: str, b: str, other: bool) -> None:
    assert lexical.other_nations(a, b) is other


@pytest.mark.parametrize("a, b, relation", [
    (("charles", "ii"), ("charles", "i"), "clash"),  # regnal numbers are numbers, not initials
    (("wembley", "arena"), ("wembley", "stadium"), "clash"),  # two buildings, whatever WordNet's synonyms
    (("tokyo", "games"), ("tokyo", "olympics"), "same"),
    (("ben", "franklin"), ("benjamin", "franklin"), "same"),  # a first name said short
    (("jo", "smith"), ("john", "smith"), "clash"),  # (not two letters)
    (("marie", "curie"), ("pierre", "curie"), "clash"),
])
def test_name_relation_of_regnal_numbers_and_buildings(a: tuple[str, ...], b: tuple[str, ...], relation: str) -> None:
    assert lexical.name_relation(a, b) == relation


def test_holds_place_has_a_direction() -> None:
    assert lexical.holds_place(("england",), ("birmingham",))
    assert not lexical.holds_place(("birmingham",), ("england",))


@pytest.mark.parametrize("a, b, relation", [
    ("launch", "introduce", "same"),  # a brand or a model put before the public
    ("release", "unveil", "same"),
    ("introduce", "found", ""),  # setting up a firm is another event than bringing out its product
])
def test_bringing_out_a_product(a: str, b: str, relation: str) -> None:
    assert lexical.act_relation(a, b) == relation


@pytest.mark.parametrize("adjective, place, of", [
    ("British", ("uk",), True),  # Great Britain is also a name of the United Kingdom
    ("British", ("united", "kingdom"), True),
    ("French", ("france",), True),
    ("English", ("canada",), False),
])
def test_a_nations_adjective_meets_its_places_other_names(adjective: str, place: tuple[str, ...], of: bool) -> None:
    assert lexical.adjective_of_place(adjective, place) is of


@pytest.mark.parametrize("a, b, other", [("close", "open", True), ("die", "bear", True), ("shut_down", "open", True),
                                         ("end_up", "begin", False), ("lose", "win", False), ("open", "open", False)])
def test_the_two_ends_of_a_life(a: str, b: str, other: bool) -> None:
    assert lexical.other_stage(a, b) is other


@pytest.mark.parametrize("a, b, relation", [
    (("teddy", "roosevelt"), ("president", "theodore", "roosevelt"), "part"),
    (("bill", "clinton"), ("william", "clinton"), "same"),
    (("franklin", "roosevelt"), ("theodore", "roosevelt"), "clash"),
])
def test_a_given_name_said_short(a: tuple[str, ...], b: tuple[str, ...], relation: str) -> None:
    assert lexical.name_relation(a, b) == relation


@pytest.mark.parametrize("short, text, words", [
    ("NP", "Gran Paradiso was Italy's first national park.", ("national", "park")),
    ("NPS", "director of the National Park Service", ("national", "park", "service")),
    ("MIT", "the Massachusetts Institute of Technology", ("massachusetts", "institute", "of", "technology")),
    ("NP", "there was no park there", None),
    ("Np", "a national park", None),
])
def test_initialism(short: str, text: str, words: tuple[str, ...] | None) -> None:
    assert lexical.initialism(short, text) == words


@pytest.mark.parametrize("a, b", [
    # (the twenty-second stop's review: the nicknames list links names each given in full)
    (("jonathan", "swift"), ("john", "swift")),
    (("rupert", "brooke"), ("robert", "brooke")),
    (("louise", "bourgeois"), ("louis", "bourgeois")),
])
def test_two_given_names_the_list_links_are_two(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    assert lexical.name_relation(a, b) == "clash"


def test_a_relation_in_the_family_and_a_post_are_no_rivals() -> None:
    # (the twenty-third stop: "His uncle, Pliny the Elder" and "the naval commander at Misenum")
    assert not lexical.rivals("uncle", "commander")
    assert lexical.rivals("uncle", "nephew")


def test_a_definition_with_another_particle_does_not_define_a_phrasal_verb() -> None:
    # ("leave": "go away from a place" uses "go", not "go on", which is to continue or to happen)
    assert lexical.act_relation("go_on", "leave") == ""
    assert lexical.act_relation("go", "leave") == "same"


@pytest.mark.parametrize("short, long, same", [
    ("Strad", "Stradivarius", True),  # WordNet's "Strad", spelled "Stradavarius" there
    ("Tele", "Telecaster", True),  # a one-word name clipped
    ("Harry", "Harrington", False),  # a given name is no clipping
    ("Rich", "Richardson", False),  # nor an English word
    ("Brunel", "Brunelleschi", False),  # nor the start of a person WordNet knows
])
def test_a_one_word_name_clipped_is_the_same_name(short: str, long: str, same: bool) -> None:
    assert (lexical.same_name(short, (short.lower(),), long, (long.lower(),)) == "same") is same


def test_a_calling_a_few_steps_above_backs_the_narrower_one() -> None:
    # "a German eye doctor" for "the German ophthalmologist"; not the other way round, nor another calling
    assert lexical.same_thing("doctor", "ophthalmologist")
    assert not lexical.same_thing("ophthalmologist", "doctor")
    assert not lexical.same_thing("surgeon", "ophthalmologist")
    assert not lexical.rivals("doctor", "ophthalmologist")
    # (above only WordNet's first "captain", the army's: a ship's captain is no army officer)
    assert not lexical.same_thing("officer", "captain")


@pytest.mark.parametrize("word, day", [
    ("Christmas", True), ("Easter", True), ("Sunday", True), ("Thanksgiving", True),
    ("spring", False), ("weekend", False), ("morning", False), ("bridge", False),
])
def test_a_holiday_or_a_weekday_is_a_calendar_day(word: str, day: bool) -> None:
    assert lexical.calendar_day(word) is day


@pytest.mark.parametrize("short, long, dotted, expected", [
    ("prod", "production", True, True),  # written "prod.": a word of its own, cut short all the same
    ("prod", "production", False, False),
    ("cat", "category", True, False),  # three letters: too many words it may be
    ("dept", "department", False, True),
])
def test_a_word_cut_short_with_its_full_stop(short: str, long: str, dotted: bool, expected: bool) -> None:
    assert lexical._abbreviates(short, long, dotted) is expected


def test_synonyms_are_one_thing_not_a_kind_of_it() -> None:
    from pipeline.verify.lexical import synonyms

    assert synonyms("washer", "washing_machine")
    assert not synonyms("timer", "parking_meter")


def test_a_phrasal_verb_of_several_words_and_a_bracketed_list_in_a_definition() -> None:
    from pipeline.verify.lexical import act_relation

    # WordNet's "invent": "come up with (an idea, plan, explanation, theory, or principle) after a mental effort"
    assert act_relation("come_up_with", "invent") == "same"
    assert act_relation("work", "develop") == ""  # "develop" is "work out", not "work"


def test_an_informal_term_is_the_word_it_stands_for_in_another_register() -> None:
    assert lexical.same_thing("dad", "father") and lexical.same_thing("mom", "mother")
    assert not lexical.same_thing("dad", "mother")


def test_an_informal_term_meets_only_the_main_sense_of_the_fact_s_word() -> None:
    # ("cop" is a policeman, not any "officer": the first review's "... was a cop" against "a military officer")
    assert not lexical.same_thing("cop", "officer")


def test_a_town_wordnet_files_without_a_holonym_is_where_its_gloss_puts_it() -> None:
    # (Dunkirk: "a seaport in northern France on the North Sea")
    assert lexical.nested_places(("dunkirk",), ("france",)) and lexical.holds_place(("france",), ("dunkirk",))
    assert not lexical.nested_places(("dunkirk",), ("england",))


def test_a_verb_in_a_rare_sense_is_a_kind_of_another() -> None:
    # "cut" a record is to record it (WordNet's nineteenth sense of "cut"), which no first sense says
    assert lexical.kind_in_some_sense("cut", "record")
    assert lexical.act_relation("cut", "record") == ""
    assert not lexical.kind_in_some_sense("record", "cut")


# --- the thirty-sixth stop ---

@pytest.mark.parametrize(("word", "expected"), [("polar", False), ("tropical", False), ("equatorial", False),
                                                ("French", True), ("Parisian", True), ("American", True)])
def test_a_word_of_a_point_or_a_line_on_the_globe_is_no_nationality(word: str, expected: bool) -> None:
    # "polar" pertains to a pole: "the polar bear" is of no people ("nationality: polar vs Germany")
    assert lexical.nationality(word) is expected


# --- the thirty-seventh stop ---

@pytest.mark.parametrize(("act", "noun", "expected"), [("watch", "viewers", True), ("watch", "viewer", True),
                                                       ("visit", "visitors", True), ("watch", "children", False),
                                                       ("watch", "television", False)])
def test_an_agent_is_one_who_does_the_act(act: str, noun: str, expected: bool) -> None:
    # "73 million viewers" counts the people who watched: a viewer is a watcher in WordNet's first sense
    assert lexical.agent_of(act, noun) is expected


@pytest.mark.parametrize(("a", "b", "expected"), [(("frazier", "i"), ("joe", "frazier"), "other"),
                                                  (("henry", "i"), ("henry", "tudor"), "clash"),
                                                  (("charles", "i"), ("charles", "ii"), "clash")])
def test_a_surname_with_a_numeral_is_neither_that_person_nor_another(a: tuple, b: tuple, expected: str) -> None:
    # ("Frazier I" may be a bout, "Bush II" a son, "Creed II" a sequel; "Henry I" and "Henry Tudor" are two)
    assert lexical.name_relation(a, b) == expected


# --- the thirty-eighth stop ---

@pytest.mark.parametrize(("a", "b", "relation"), [
    (("oscars",), ("academy", "awards"), "same"),  # one thing under two names, as WordNet files them
    (("oscar",), ("academy", "award"), "same"),
    (("london",), ("new", "york"), "other"),
    (("golden", "bear"), ("academy", "award"), "other"),
    (("feature", "oscar"), ("academy", "award"), "part"),  # named with a word more
    (("oscar",), ("special", "achievement", "academy", "award"), "part"),
    # (from review) not a place's old and new names, nor a person's nickname, which WordNet files as one
    (("russia",), ("soviet", "union"), "other"),
    (("iron", "lady"), ("margaret", "thatcher"), "other"),
])
def test_two_names_of_one_thing(a: tuple[str, ...], b: tuple[str, ...], relation: str) -> None:
    assert lexical.name_relation(a, b) == relation


# --- the fortieth stop ---

@pytest.mark.parametrize(("word", "stuff"), [
    ("wooden", "wood"),  # an adjective whose first sense is "made of" a substance
    ("earthen", "earth"),
    ("stone", "stone"),  # a noun WordNet files as a substance in its first three senses
    ("iron", "iron"),
    ("tower", ""),
    ("golden", ""),  # (a colour's adjective, not a stuff's)
])
def test_the_stuff_a_qualifier_says_a_thing_is_made_of(word: str, stuff: str) -> None:
    assert lexical.material(word) == stuff


@pytest.mark.parametrize(("a", "b", "other"), [
    ("stone", "wooden", True),
    ("iron", "wooden", True),
    ("timber", "wooden", False),  # (timber is "the wood of trees")
    ("oak", "wood", False),  # (a kind of wood)
    ("steel", "iron", False),  # (steel is "an alloy of iron")
    ("stone", "stone", False),
    ("tower", "wooden", False),  # (no stuff at all)
])
def test_two_qualifiers_that_make_a_thing_of_two_stuffs(a: str, b: str, other: bool) -> None:
    assert lexical.other_materials(a, b) == other


@pytest.mark.parametrize(("a", "b", "noun", "other"), [
    ("stone", "wooden", "tower", True),
    ("gold", "silver", "medal", True),  # (WordNet's "gold medal" is "made of gold")
    ("gas", "iron", "lamp", False),  # (WordNet's "gas lamp" burns gas; from review)
    ("paper", "stone", "mill", False),  # (a "paper mill" makes paper)
    ("carbon", "gas", "emission", False),  # (what is given off, no made thing: Climate-FEVER)
])
def test_two_stuffs_of_one_made_thing(a: str, b: str, noun: str, other: bool) -> None:
    assert lexical.other_materials(a, b, noun) == other


def test_a_county_is_its_name_alone() -> None:
    # "off County Cork" is in Ireland, as Cork is
    assert lexical.nested_places(("ireland",), ("county", "cork"))
    assert not lexical.nested_places(("france",), ("county", "cork"))
    # (against a country only: WordNet's one Durham is in North Carolina; from review)
    assert not lexical.nested_places(("north", "carolina"), ("county", "durham"))


@pytest.mark.parametrize(("a", "b", "relation"), [
    (("macquarie", "light"), ("macquarie", "lighthouse"), "same"),  # a lighthouse is a "beacon light"
    (("wembley", "arena"), ("wembley", "stadium"), "clash"),  # (two buildings, whatever WordNet's synonyms)
    (("kelmscott", "manor"), ("kelmscott", "house"), "clash"),  # (from review: WordNet's "manor house" is one word)
])
def test_a_buildings_name_in_a_phrase_wordnet_gives_for_it(a: tuple[str, ...], b: tuple[str, ...],
                                                           relation: str) -> None:
    assert lexical.name_relation(a, b) == relation


# --- the thirty-ninth stop ---

@pytest.mark.parametrize(("a", "b", "rival"), [
    ("man", "rider", False),  # a person by sex and one by what they do: the first man to win may be the first rider
    ("woman", "pilot", False),
    ("man", "woman", True),
    ("rider", "pilot", True),
])
def test_a_person_by_sex_is_no_rival_of_one_by_trade(a: str, b: str, rival: bool) -> None:
    assert lexical.rivals(a, b) == rival


# --- the forty-first stop ---

@pytest.mark.parametrize(("word", "count"), [
    ("triple", 3),  # "having three units or components"
    ("quadruple", 4),
    ("double", 2),  # (its second sense: "consisting of or involving two parts")
    ("fourfold", 4),  # "four times as great or many"
    ("twofold", 2),  # "twice as great or many"
    ("single", 0),  # (no count in its glosses: "being or characteristic of a single thing")
    ("red", 0),
])
def test_how_many_a_multiplying_adjective_says(word: str, count: int) -> None:
    assert lexical.multiple(word) == count


# --- the forty-second stop ---

@pytest.mark.parametrize(("a", "b", "opposed"), [
    ("off-duty", "on-duty", True),  # opposite particles before one word
    ("pre-war", "postwar", True),  # (hyphened or solid)
    ("inbound", "outbound", True),
    ("off-duty", "off-duty", False),
    ("on-duty", "on-board", False),  # (another word after them)
    ("pre-war", "post-it", False),
])
def test_opposite_particles_before_one_word(a: str, b: str, opposed: bool) -> None:
    assert lexical.opposite(a, b, "a") is opposed


# --- the forty-third stop ---

@pytest.mark.parametrize(("noun", "is_calling"), [
    ("dentist", True), ("schoolmaster", True), ("clergyman", True), ("confectioner", True), ("chemist", True),
    ("frenchman", False), ("teenager", False), ("friend", False), ("student", False), ("wife", False),
])
def test_a_calling_is_what_someone_does_not_what_they_are_born(noun: str, is_calling: bool) -> None:
    assert lexical.calling(noun) is is_calling


def test_an_adverb_is_of_its_adjective() -> None:
    assert lexical.adverb_of("official", "officially")
    assert not lexical.adverb_of("official", "finally")


@pytest.mark.parametrize(("place", "known"), [(("sicily",), True), (("spain",), True), (("south", "holland"), False)])
def test_a_place_in_a_known_country(place: tuple[str, ...], known: bool) -> None:
    assert lexical.in_known_country(place) is known


# --- the forty-fourth stop ---

@pytest.mark.parametrize(("a", "b", "nested"), [("French", "European", True), ("Scottish", "British", True),
                                                ("Chinese", "Japanese", False), ("American", "Olympic", False),
                                                ("Chinese", "European", False)])
def test_a_nations_place_inside_anothers(a: str, b: str, nested: bool) -> None:
    assert lexical.nations_nested(a, b) is nested


def test_acts_of_deeming_are_a_closed_set() -> None:
    assert {"consider", "regard", "deem"} <= lexical.DEEMING_ACTS and "build" not in lexical.DEEMING_ACTS


# --- the forty-eighth stop ---

def test_a_country_named_for_its_adjective_inside_one_name() -> None:
    assert lexical.name_relation(("us", "junior", "crown"), ("american", "junior", "crown")) == "same"
    assert lexical.name_relation(("french", "junior", "crown"), ("us", "junior", "crown")) == "clash"
    # (not a nation's adjective against its country alone)
    assert lexical.name_relation(("french",), ("france",)) != "same"


def test_one_country_said_two_ways() -> None:
    assert lexical.same_nation("us", "american") and lexical.same_nation("american", "usa")
    assert not lexical.same_nation("french", "american") and not lexical.same_nation("us", "us")
    # (a name that is of no other place: not Russia, which is the Federation too, nor China, the People's Republic)
    assert lexical.same_country("us", "american") and lexical.same_country("usa", "american")
    assert not lexical.same_country("russia", "soviet") and not lexical.same_country("china", "taiwanese")


def test_a_country_for_its_adjective_only_by_its_own_name_and_inside_a_longer_name() -> None:
    assert lexical.name_relation(("us", "grand", "prix"), ("american", "grand", "prix")) == "same"
    # ("Chinese" is Taiwan's too, in WordNet: another tournament)
    assert lexical.name_relation(("taiwan", "open"), ("chinese", "open")) != "same"
    assert lexical.name_relation(("taiwan", "football", "association"),
                                 ("chinese", "football", "association")) != "same"
    # (one word besides the country's: two airlines)
    assert lexical.name_relation(("us", "airways"), ("american", "airways")) != "same"


# --- the fiftieth stop ---

@pytest.mark.parametrize(("act", "expected"), [("die", True), ("behead", True), ("execute", True),
                                               ("assassinate", True), ("guillotine", True),
                                               ("shoot", False), ("hang", False), ("build", False)])
def test_ends_a_life_by_wordnets_first_sense(act: str, expected: bool) -> None:
    from pipeline.verify.lexical import ends_a_life

    assert ends_a_life(act) is expected


# --- the fifty-third stop ---

@pytest.mark.parametrize(("act", "noun", "other", "undone"), [
    # WordNet's "cancel officially" and "do away with", done to the noun of the other act
    ("lift", "ban", "ban", True), ("repeal", "tax", "tax", True), ("abolish", "ban", "ban", True),
    ("revoke", "licence", "license", True), ("lift", "tax", "ban", False),  # (the noun names the other act)
    # (not another act on it, nor the act itself)
    ("announce", "ban", "ban", False), ("impose", "ban", "ban", False), ("ban", "ban", "ban", False),
])
def test_undoes(act: str, noun: str, other: str, undone: bool) -> None:
    assert lexical.undoes(act, noun, other) is undone

