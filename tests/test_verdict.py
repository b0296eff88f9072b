"""pipeline.verify.verdict (with align): a claim judged part by part against candidate facts.

Each case is a claim and the fact it is judged against; the reason must name the parts.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.model import Fact
from pipeline.verify.verifier import RULES, Thresholds, build_index, judge_claim, verify_pair
from pipeline.verify.factcache import read_texts


def pair(nlp: Language, claim: str, fact: str, rules: frozenset[str] = RULES):
    return verify_pair(nlp, claim, fact, Thresholds(rules=rules))


@pytest.mark.parametrize(
    "claim, fact, words, rule",
    [
        # another entity in the same place of the same event
        ("1888: The Pasteur Institute opened in Lyon.", "The Pasteur Institute opened in Paris in 1888.",
         ["Lyon", "Paris"], "places"),
        ("Pierre Curie won the 1911 Nobel Prize in Chemistry.", "Marie Curie won the 1911 Nobel Prize in Chemistry.",
         ["Pierre Curie", "Marie Curie"], "names"),
        ("X-rays were discovered by Marie Curie in 1895.", "Wilhelm Röntgen discovered X-rays in 1895.",
         ["Marie Curie", "Röntgen"], "names"),
        # the claim's doer is in the fact, but another name did the act there
        ("In 1861 James Clerk Maxwell photographed a tartan ribbon.",
         "The first colour photograph, of a tartan ribbon, was taken in 1861 by Thomas Sutton using James Clerk "
         "Maxwell's method.", ["Maxwell", "Sutton"], "names"),
        # a fact plainly about the same event names another hotel, another field, another city
        ("May 1929: first Academy Awards ceremony, Beverly Hills Hotel", "The first Academy Awards ceremony was "
         "held on 16 May 1929 at the Hollywood Roosevelt Hotel.", ["Beverly Hills Hotel", "Hollywood Roosevelt"],
         "places"),
        ("Seaborg and McMillan shared the 1951 Nobel Prize in Physics.", "Glenn Seaborg and Edwin McMillan shared "
         "the 1951 Nobel Prize in Chemistry.", ["Physics", "Chemistry"], "names"),
        # a line without a verb lists who took part: one of its names against a doer it leaves out
        ("K2, 31 July 1954, Compagnoni, Bonatti", "Lino Lacedelli and Achille Compagnoni made the first ascent of "
         "K2 on 31 July 1954.", ["Bonatti", "Lacedelli"], "names"),
        # a fact opening with its date and then its doers ("On 3 June 1950 Herzog and Lachenal reached")
        ("Herzog and Terray reached the summit of Annapurna on 3 June 1950.", "On 3 June 1950 Maurice Herzog and "
         "Louis Lachenal reached the summit of Annapurna.", ["Terray", "Lachenal"], "names"),
        # the date of the fact's clause whose act is the claim's ("The Jikji, printed in 1377, is ...")
        ("Jikji was printed in 1337.", "The Jikji, printed in Korea in 1377 at Heungdeok Temple, is the oldest "
         "surviving book printed with movable metal type.", ["1337", "1377"], "dates"),
        # "over" the ocean is where, as "in" is
        ("Amelia Earhart disappeared over the Atlantic in July 1937.", "Amelia Earhart and her navigator Fred "
         "Noonan disappeared over the central Pacific on 2 July 1937.", ["place", "Atlantic", "Pacific"], "places"),
        # a country is too broad to tell another event: the date still conflicts
        ("In America, Ulysses S. Grant signed the Pacific Railway Act in July 1862.", "Ulysses S. Grant signed the "
         "Pacific Railway Act on 1 July 1864.", ["1862", "1864"], "dates"),
        # a noun for a people is a nationality: "a Frenchman" against "of Greece"
        ("Demetrios Vikelas, a Frenchman, was the first IOC president.", "Demetrios Vikelas of Greece was the "
         "first president of the IOC.", ["French", "Greece"], "names"),
        # another date, amount, rank of the same thing
        ("The Global Polio Eradication Initiative was launched in 1985.",
         "The Global Polio Eradication Initiative was launched in 1988.", ["1985", "1988"], "dates"),
        # the act in other words, the same participants: the one difference is the claim's error
        ("Blue Origin, the company Jeff Bezos started in 2004, builds rockets.", "Jeff Bezos founded Blue Origin "
         "in 2000.", ["2004", "2000"], "dates"),
        ("Roughly 18 million children took part in the 1954 field trial.",
         "About 1.8 million children took part in the 1954 field trial.", ["18 million", "1.8 million"], "amounts"),
        ("That made smallpox the second human disease to be eradicated.",
         "Smallpox is the first human disease to have been eradicated worldwide.", ["second", "first"], "ranks"),
        # polarity, exclusivity, swapped roles
        ("Remarkably, Koch was never awarded a Nobel Prize in 1905.",
         "Robert Koch received the Nobel Prize in Physiology or Medicine in 1905.", ["polarity"], "polarity"),
        ("Fleming alone received the 1945 Nobel Prize in Physiology or Medicine.",
         "The 1945 Nobel Prize in Physiology or Medicine was shared by Alexander Fleming, Howard Florey and "
         "Ernst Chain.", ["Florey"], "alone"),
        ("In July 1909 Blériot flew across the Channel from Dover to Calais.",
         "In July 1909 Louis Blériot flew across the English Channel from Calais to Dover.", ["swapped"], "roles"),
        ("1888: Georges Méliès sells the Théâtre Robert-Houdin.", "Georges Méliès bought the Théâtre Robert-Houdin "
         "in 1888.", ["swapped"], "roles"),
        # one qualifier, another noun in the same place ("atomic weight" / "atomic number")
        ("1913: Moseley orders the elements by atomic weight.", "In 1913 Henry Moseley showed that the elements "
         "are ordered by atomic number.", ["weight", "number"], "names"),
        # the year opening the sentence dates its second clause too
        ("In 1796 Edward Jenner took matter from the sores of James Phipps and used it to inoculate Sarah Nelmes.",
         "On 14 May 1796, Edward Jenner inoculated James Phipps with material from a cowpox lesion.",
         ["Sarah Nelmes", "James Phipps"], "names"),
        # "made the first flight" is "flew"; a measure in several units is one sum
        ("1933: Wiley Post flies solo around the world in under a week.", "In July 1933 Wiley Post made the first "
         "solo flight around the world, taking 7 days, 18 hours and 49 minutes.", ["under a week"], "amounts"),
        # the mission names the occasion; the owner of a work is its maker
        ("Earthrise was taken by Frank Borman on Apollo 8.", "Astronaut William Anders took the Earthrise "
         "photograph during Apollo 8 on 24 December 1968.", ["Frank Borman", "William Anders"], "names"),
        ("Dorothea Lange's Migrant Mother was taken in Nipomo, Arizona, in 1936.", "Dorothea Lange photographed "
         "Migrant Mother in Nipomo, California, in 1936.", ["Arizona", "California"], "places"),
        # a fronted phrase without its comma: "Curie" is the subject, not part of a name
        ("During the First World War Curie set up some 200 mobile radiography units.", "During the First World "
         "War, Marie Curie set up about 20 mobile radiography units.", ["200", "20"], "amounts"),
        # a route written with a dash names its ends
        ("September 1981: first TGV line, Paris–Marseille, opens to passengers", "The first TGV high-speed "
         "line, between Paris and Lyon, opened to passengers in September 1981.", ["Marseille", "Lyon"], "places"),
        # a year before 1500 is a year too
        ("In 1454 Johannes Gutenberg printed the Bible in Mainz.", "Johannes Gutenberg printed the Bible in Mainz "
         "in 1455.", ["1454", "1455"], "dates"),
        # another day of the same month (the day used to be below the dates' precision)
        ("Apollo 11 landed on the Moon on 21 July 1969.", "Apollo 11 landed on the Moon on 20 July 1969.",
         ["21 July 1969", "20 July 1969"], "dates"),
        # another kind WordNet names with the same noun
        ("The Iron Bridge was the first major bridge built of wrought iron.", "The Iron Bridge was the first "
         "major bridge in the world built of cast iron.", ["wrought iron", "cast iron"], "things"),
        ("Cassius Clay won the heavyweight gold.", "Cassius Clay won the light heavyweight boxing gold medal at the "
         "1960 Rome Olympics.", ["heavyweight", "light heavyweight"], "things"),
        ("James Connolly won the long jump in 1896.", "James Connolly won the triple jump at the 1896 Athens Games.",
         ["long jump", "triple jump"], "things"),
        # a country in brackets after a person is the person's
        ("Paavo Nurmi (Sweden): 9 golds over three Games", "Finnish runner Paavo Nurmi won nine Olympic gold "
         "medals at the 1920, 1924 and 1928 Games.", ["Sweden", "Finnish"], "names"),
        # a verb with no subject after a clause with one: the same runner
        ("Sydney - Cathy Freeman lights the cauldron, then wins the 200 m", "Cathy Freeman lit the Olympic "
         "cauldron at the 2000 Sydney Olympics and went on to win the 400 metres at the same Games.",
         ["200 m", "400 metres"], "amounts"),
        # a name spelt with "ae" for "æ" is the same name
        ("2000 - Laerdal road tunnel opens in Sweden", "The Lærdal Tunnel in Norway, opened in 2000, is the "
         "longest road tunnel in the world.", ["Sweden", "Norway"], "places"),
    ],
)
def test_contradictions_name_the_parts(nlp: Language, claim: str, fact: str, words: list[str], rule: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == "contradicted", m.reason
    assert all(w in m.reason for w in words), m.reason
    assert m.reason.endswith("in fact"), m.reason
    # the conflict is that rule's doing: switched off, the claim is no longer contradicted
    assert pair(nlp, claim, fact, RULES - {rule}).verdict != "contradicted"


@pytest.mark.parametrize(
    "claim, fact",
    [
        ("Marie Curie was born in Warsaw in 1867.", "Marie Curie was born in Warsaw on 7 November 1867."),
        ("The Saturn V rocket was 363 feet tall.", "The Saturn V rocket was 110.6 metres tall."),  # units
        ("The Apollo missions brought back about 842 pounds of lunar rock.",
         "The Apollo missions brought back 382 kilograms of lunar rock."),  # the unit's noun goes with its amount
        ("In 1911 Curie won the Nobel Prize in Chemistry for her work on radium.",
         "Marie Curie won the 1911 Nobel Prize in Chemistry."),  # a circumstance may go unbacked
        ("Smallpox was declared eradicated by the World Health Assembly in May 1980.",
         "Smallpox was declared eradicated by the World Health Assembly on 8 May 1980."),
        ("Jonas Salk's vaccine was approved by the FDA in 1955.",
         "Jonas Salk's vaccine was approved by the US Food and Drug Administration in 1955."),  # initials
        ("The USSR launched Sputnik 1 in 1957.", "The Soviet Union launched Sputnik 1 on 4 October 1957."),  # WordNet
        ("Apollo 11 landed on the Moon on July 20, 1969.", "Apollo 11 landed on the Moon on 20 July 1969."),
        ("Seaborgium was named after Glenn Seaborg after his death.",
         "Seaborgium was named after Glenn Seaborg after his death."),
        ("Concorde first flew from Toulouse on 2 March 1969.", "Concorde made its first flight on 2 March 1969, "
         "from Toulouse."),  # "first flew" is "its first flight"
        ("No country has won more Winter Olympic medals than Norway.",
         "Norway has won more Winter Olympic medals than any other country."),  # a superlative is no denial
        ("James Connolly, an American, became the first modern Olympic champion.", "James Connolly of the United "
         "States became the first modern Olympic champion."),  # a nationality is its country's
        ("Pelée (Martinique), May 1902: approx. 28k dead", "The eruption of Mount Pelée on Martinique on 8 May "
         "1902 killed about 28,000 people."),  # "approx." and "28k" as notes write them
        ("Steve Jobs founded Apple in 1976.", "Steve Jobs co-founded Apple with Steve Wozniak in 1976."),  # co-founding
        ("Skylab re-entered the atmosphere in July 1979.", "Skylab re-entered the atmosphere in July 1979 over "
         "Western Australia."),
        ("The flu pandemic killed 50mn people.", "The 1918 flu pandemic killed about 50 million people."),
        ("The Brooklyn Bridge should have opened in 1880, but it opened in 1883.",
         "The Brooklyn Bridge opened on 24 May 1883."),  # what should have been is not checked
        ("Usain Bolt won a medal in the 100 metres in 2008.", "Usain Bolt won the gold medal in the 100 metres "
         "in 2008."),  # a medal, said less closely
        ("Paavo Nurmi won nine golds.", "Finnish runner Paavo Nurmi won nine Olympic gold medals at the 1920, 1924 "
         "and 1928 Games."),  # "golds" are gold medals
        ("Cassius Clay won the light heavyweight gold.", "Cassius Clay won the light heavyweight boxing gold medal "
         "at the 1960 Rome Olympics."),
    ],
)
def test_supported_when_every_core_part_is_backed(nlp: Language, claim: str, fact: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == "supported", m.reason
    assert "fact" in m.reason


@pytest.mark.parametrize(
    "claim, fact",
    [
        # a part no fact backs: a person should look
        ("Marie Curie was born in Warsaw in 1867 and married Pierre Curie in 1895.",
         "Marie Curie was born in Warsaw in 1867."),
        # another act of the same person on the same day
        ("Tolstoy was nominated for the Nobel Prize in 1902.", "Tolstoy won the Nobel Prize in 1902."),
        # a fact that says almost nothing supports nothing
        ("Apollo 11 landed on the Moon in July 1969.", "Results."),
        # an event that dates the act is when it happened, as a date would be
        ("Seaborgium was named after Glenn Seaborg only after his death.",
         "Seaborgium was named after Glenn Seaborg while he was still alive."),
        # another actor *and* another date is another event, not a contradiction
        ("1935: Irène Joliot-Curie wins the Nobel Prize in Chemistry.", "Marie Curie won the 1911 Nobel Prize in "
         "Chemistry."),
        # an unresolved pronoun: said of someone unnamed
        ("It was the first element ever made artificially.", "Technetium was the first element made artificially."),
        # a name the fact does not give, wherever it stands in the claim
        ("Hilary Mantel won the Booker Prize for Wolf Hall and its sequel The Mirror and the Light.",
         "Hilary Mantel won the Booker Prize for Wolf Hall in 2009."),
        ("Dickens died at his home in Doughty Street on 9 June 1870.", "Charles Dickens died on 9 June 1870."),
        # a subordinate clause that names someone is checked too
        ("MGM was created in 1924, when Louis Mayer bought Metro Pictures.", "MGM was created in 1924."),
        # a cleft: what it asserts is its relative clause, not the name alone
        ("It was Antoine Lavoisier who gave oxygen its name.", "Antoine Lavoisier founded a company in 1777."),
        # the same words in a rare sense are not the same act ("hit" means "score" in its eighth sense)
        ("The Moscow Olympics of 1980 were hit by a boycott.", "Nadia Comăneci scored a perfect 10 at the 1976 "
         "Montreal Olympics."),
        # a place inside the fact's place is no rival of it
        ("In 1936 Jesse Owens won four gold medals in Berlin.", "Jesse Owens won four gold medals in Germany in 1936."),
        # a negated claim is never backed by the affirmative fact
        ("Koch did not announce the discovery of the tuberculosis bacterium.",
         "Robert Koch announced a new method of staining in 1882."),
        # one of a series is not named by a fact on another member ("Apollo 1" once read as "Apollo")
        ("1972: Apollo 17 in December, the last time anyone landed on the Moon.",
         "A cabin fire during a launch rehearsal test killed the three Apollo 1 astronauts in January 1967."),
        # "no negative from which copies could be printed" denies the printing; the copula only frames
        ("Its great selling point was that a daguerreotype could be printed many times.",
         "A daguerreotype is a one-of-a-kind image with no negative from which copies could be printed."),
        # a year in a clause of its own time dates nothing else: "some years before he received ...")
        ("Kazuo Ishiguro won in 1989 for The Remains of the Day, some years before he received the Nobel Prize.",
         "Kazuo Ishiguro won the 1989 Booker Prize for The Remains of the Day."),
        # one of the listed years agrees
        ("Usain Bolt won the 100 m at three Olympics in a row (2008, 2012, 2016).",
         "Usain Bolt won the 100 metres at the 2008 Beijing Olympics."),
        # a town or mountain the fact does not place the act at makes it another event (not a country)
        ("Wilbur Wright flew at Le Mans in August 1908.", "On 17 December 1903 Wilbur Wright flew 852 feet in 59 "
         "seconds."),
        # what narrows a rank must be backed: the first book to name its printers is not the first in colour
        ("The Mainz Psalter was the first book printed in colour.", "The Mainz Psalter, printed by Johann Fust and "
         "Peter Schöffer in 1457, was the first printed book to give the names of its printers."),
        # a kind the fact does not say: the office held, the kind of whale, the event
        ("Golda Meir served as foreign minister of Israel.", "Golda Meir served as prime minister of Israel."),
        ("Moby Dick is a sperm whale.", "Moby Dick is an albino whale."),
        ("Carl Lewis won the long jump gold medal at the 1984 Olympics.", "Carl Lewis won the 100 metres gold "
         "medal at the 1984 Olympics."),
        # a figure inside a range is the claim's own
        ("The Colosseum held 60,000 spectators.", "The Colosseum could hold 50,000 to 80,000 spectators."),
        # "sea level" is not backed by the fact's "sea floor", however alike "level" and "floor"
        ("Sea level rise is slowing down.", "The raising of the sea floor reduced the capacity of the Indian Ocean, "
         "producing a rise in the global sea level."),
        # a count of hospitals is no count of hospital beds
        ("The city has 12 hospitals.", "The city has 12 hospital beds per 1,000 residents."),
        # a nationality is the country a person is of, not where something happened
        ("Charles Dickens, an American, toured the United States in 1842.",
         "Charles Dickens toured the United States in 1842."),
        # "only" says one of a kind; "first" does not
        ("London is still the only city to have hosted the Summer Games three times.", "London was the first city "
         "to host the Summer Olympics three times, in 1908, 1948 and 2012."),
        # a later clause's "it" is the thing the sentence named: what it says of it must be backed
        ("Tower Bridge opened on 30 June 1894; it is a road tunnel.", "Tower Bridge in London, a combined "
         "bascule and suspension bridge, opened on 30 June 1894."),
        # a subordinate clause with another act, whose doer the fact has in another role
        ("MGM was created in 1924, when Louis B. Mayer bought Marcus Loew's Metro Pictures.",
         "Metro-Goldwyn-Mayer was formed in 1924 when Marcus Loew merged Metro Pictures, Goldwyn Pictures and "
         "Louis B. Mayer Pictures."),
    ],
)
def test_unverified(nlp: Language, claim: str, fact: str) -> None:
    assert pair(nlp, claim, fact).verdict == "unverified"


def test_a_fact_that_backs_a_clause_in_full_outweighs_a_conflict_elsewhere(nlp: Language) -> None:
    facts = [Fact("p03", "Marie Curie shared the 1903 Nobel Prize in Physics with Pierre Curie.", "", "", "", "a"),
             Fact("c11", "Marie Curie won the 1911 Nobel Prize in Chemistry.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Marie Curie shared a Nobel Prize in Physics with Pierre Curie."])
    m = judge_claim("c", claim, index).match
    assert (m.verdict, m.fact_id) == ("supported", "p03"), m.reason


def test_listed_things_may_be_backed_by_two_facts(nlp: Language) -> None:
    facts = [Fact("gnu", "Richard Stallman launched the GNU Project in the 1980s.", "", "", "", "a"),
             Fact("fsf", "Richard Stallman launched the Free Software Foundation in the 1980s.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["In the 1980s Richard Stallman launched the GNU Project and the Free Software "
                                "Foundation."])
    m = judge_claim("c", claim, index).match
    assert m.verdict == "supported", m.reason
    assert "gnu" in m.reason and "fsf" in m.reason  # one fact for each listed thing


def test_a_rank_and_its_holder_come_from_one_fact(nlp: Language) -> None:
    # the holder from one fact and "the first champion" from another is no support
    facts = [Fact("connolly", "James Connolly of the United States became the first modern Olympic champion when "
                  "he won the triple jump at the 1896 Athens Games.", "", "", "", "a"),
             Fact("louis", "Spyridon Louis won the marathon at the 1896 Athens Olympics.", "", "", "", "a")]
    index = build_index(facts, nlp)
    for text in ("First modern Olympic champion: Spyridon Louis (marathon, 1896)",
                 "First Black African Olympic champion: Spyridon Louis (1896)"):
        (claim,) = read_texts(nlp, [text])
        m = judge_claim("c", claim, index).match
        assert m.verdict != "supported", (text, m.reason)


def test_a_name_given_in_full_by_another_fact_is_not_refuted_by_a_fact_with_part_of_it(nlp: Language) -> None:
    facts = [Fact("old", "The original Gotthard rail tunnel in Switzerland, about 15 km long, opened in 1882.",
                  "", "", "", "a"),
             Fact("base", "The Gotthard Base Tunnel in Switzerland was officially opened on 1 June 2016.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["The Gotthard Base Tunnel opened on 1 June 2016, 57 km long."])
    assert judge_claim("c", claim, index).match.verdict != "contradicted"
    (claim,) = read_texts(nlp, ["The Gotthard Base Tunnel opened on 1 June 2017."])
    m = judge_claim("c", claim, index).match
    assert (m.verdict, m.fact_id) == ("contradicted", "base"), m.reason


@pytest.mark.parametrize(
    "claim, fact",
    [
        ("Anthony Eden was foreign minister in 1955.", "Anthony Eden was prime minister in 1955."),  # posts overlap
        ("The cheetah uses its legs to steer.", "The cheetah uses its hind legs to push off."),
        ("Les Paul made an electric guitar in 1941.", "Les Paul made a solid-body guitar in 1941."),
    ],
)
def test_no_kind_conflict_where_kinds_may_overlap(nlp: Language, claim: str, fact: str) -> None:
    assert pair(nlp, claim, fact).verdict != "contradicted"


def test_a_figure_one_end_of_a_range_agrees_with_is_no_contradiction(nlp: Language) -> None:
    fact = "The Colosseum could hold 50,000 to 80,000 spectators."
    assert pair(nlp, "The Colosseum held about 50,000 spectators.", fact).verdict != "contradicted"
    assert pair(nlp, "The Colosseum held 20,000 spectators.", fact).verdict == "contradicted"


def test_a_difference_is_not_the_measure(nlp: Language) -> None:
    m = pair(nlp, "That beats the Akashi Kaikyō Bridge, whose central span is 1,991 m, by 32 metres.",
             "The Akashi Kaikyō Bridge in Japan has a central span of 1,991 metres.")
    assert m.verdict != "contradicted", m.reason


def test_a_people_acts_for_its_country(nlp: Language) -> None:
    fact = "The United States led a boycott of the 1980 Moscow Olympics."
    assert pair(nlp, "In 1980 the Americans led a boycott of the Moscow Olympics.", fact).verdict == "supported"
    assert pair(nlp, "In 1980 the French led a boycott of the Moscow Olympics.", fact).verdict == "contradicted"


def test_one_wrong_clause_makes_the_claim_wrong(nlp: Language) -> None:
    facts = [Fact("measles", "The first measles vaccine was licensed in the United States in 1963.", "", "", "", "a"),
             Fact("mmr", "The combined MMR vaccine was licensed in 1971.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["The first measles vaccine was licensed in the United States in 1963, and the "
                                "combined MMR vaccine was licensed in 1975."])
    m = judge_claim("c", claim, index).match
    assert (m.verdict, m.fact_id) == ("contradicted", "mmr"), m.reason


def test_unverified_reason_names_what_no_fact_states(nlp: Language) -> None:
    m = pair(nlp, "Marie Curie died in July 1934 at a sanatorium in Passy.", "Pierre Curie was born in Paris.")
    assert m.verdict == "unverified"
    assert "closest" in m.reason


def test_no_candidate_says_so(nlp: Language) -> None:
    index = build_index([Fact("f", "Apollo 11 landed on the Moon.", "", "", "", "a")], nlp)
    (claim,) = read_texts(nlp, ["Octopuses have three hearts."])
    m = judge_claim("c", claim, index).match
    assert (m.verdict, m.fact_id) == ("unverified", "")
    assert "no curated fact shares" in m.reason


def test_a_clause_one_fact_backs_in_its_core_is_not_contradicted_by_another(nlp: Language) -> None:
    facts = [Fact("beijing", "Michael Phelps won eight gold medals at the 2008 Beijing Olympics.", "", "", "", "a"),
             Fact("total", "Michael Phelps won 28 Olympic medals.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["At the 2008 Beijing Olympics, in the Water Cube, Michael Phelps won eight gold "
                                "medals."])
    m = judge_claim("c", claim, index).match
    # the Water Cube is named by no fact: not supported; the career total is another measure: not contradicted
    assert m.verdict == "unverified", m.reason


def test_a_date_taken_from_the_line_above_need_not_be_in_the_fact(nlp: Language) -> None:
    # "1957: Sputnik 1 launched" / "- Sputnik had a mass of 83.6 kilograms": the bullet does not say 1957
    from pipeline.verify.dates import DateSpan
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    fact = Fact("mass", "Sputnik 1 had a mass of 83.6 kilograms.", "", "", "high", "space")
    f = read(nlp(fact.statement)[:])
    bullet = read(nlp("Sputnik 1 had a mass of 83.6 kilograms.")[:], context_dates=[DateSpan(1957, 1957)])
    assert judge("c", bullet, [(fact, f)]).match.verdict == "supported"
    # written in the claim, the year is a part to back
    line = read(nlp("Sputnik 1 had a mass of 83.6 kilograms.")[:], context_dates=[DateSpan(1957, 1957)],
                text="1957: Sputnik 1 had a mass of 83.6 kilograms.")
    assert judge("c", line, [(fact, f)]).match.verdict == "unverified"
    # and either way it may conflict with a fact's date
    dated = Fact("launch", "Sputnik 1 had a mass of 83.6 kilograms in 1958.", "", "", "high", "space")
    assert judge("c", bullet, [(dated, read(nlp(dated.statement)[:]))]).match.verdict == "contradicted"


def test_a_referent_is_backed_only_by_a_participant_not_by_a_place(nlp: Language) -> None:
    # "It" under "Plutonium: the Berkeley years" read as Berkeley: the fact has Berkeley only as
    # the place something was done, which says nothing of what Berkeley was
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    fact = Fact("np", "Edwin McMillan and Philip Abelson produced neptunium, the first transuranium element, "
                "at Berkeley in 1940.", "", "", "high", "chemistry")
    f = read(nlp(fact.statement)[:])
    guessed = read(nlp("It was the first element ever made artificially.")[:], referent="Berkeley")
    assert judge("c", guessed, [(fact, f)]).match.verdict != "supported"
    # the same referent as the fact's participant is backed
    named = Fact("np2", "Neptunium was the first element ever made artificially.", "", "", "high", "chemistry")
    right = read(nlp("It was the first element ever made artificially.")[:], referent="Neptunium")
    assert judge("c", right, [(named, read(nlp(named.statement)[:]))]).match.verdict == "supported"


def test_it_is_backed_by_what_it_may_stand_for_and_by_nothing_else(nlp: Language) -> None:
    # "... collected the gas that came off. He called it dephlogisticated air."
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    fact = Fact("ox", "Joseph Priestley isolated oxygen, which he called \"dephlogisticated air\".", "", "", "high", "c")
    f = read(nlp(fact.statement)[:])
    claim = 'He called it "dephlogisticated air".'
    gas = read(nlp(claim)[:], referent="Joseph Priestley", before=("gas", "sunlight"))
    m = judge("c", gas, [(fact, f)]).match
    assert m.verdict == "supported", m.reason  # oxygen is a gas
    nothing = read(nlp(claim)[:], referent="Joseph Priestley")
    assert judge("c", nothing, [(fact, f)]).match.verdict == "unverified"  # "it" could be anything
    other = read(nlp(claim)[:], referent="Joseph Priestley", before=("metal",))
    assert judge("c", other, [(fact, f)]).match.verdict == "unverified"  # oxygen is no metal


def test_an_it_read_as_the_name_before_may_be_a_thing_spoken_of(nlp: Language) -> None:
    # "Oskar Barnack designed a small camera. It was launched as the Leica I in 1925."
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    fact = Fact("leica", "The Leica I, a camera that used 35 mm film, was launched in 1925.", "", "", "high", "c")
    f = read(nlp(fact.statement)[:])
    claim = "It was launched as the Leica I in 1925."
    thing = read(nlp(claim)[:], referent="Oskar Barnack", before=("camera", "Oskar Barnack"))
    m = judge("c", thing, [(fact, f)]).match
    assert m.verdict == "supported" and "it (camera)" in m.reason and "Barnack" not in m.reason, m.reason
    name_only = read(nlp(claim)[:], referent="Oskar Barnack")
    assert judge("c", name_only, [(fact, f)]).match.verdict == "unverified"  # Barnack was not launched


@pytest.mark.parametrize("claim, before, fact, verdict", [
    # "it" must fill its own side of the act, with a fact part no other part of the claim met
    ("Digital Equipment bought it in 1998.", ("maker", "Compaq"), "Compaq bought Digital Equipment in 1998.",
     "unverified"),
    ("It was bought by Fujifilm.", ("Kodak", "Xerox"), "Kodak bought Fujifilm.", "unverified"),
    ("It bought Kodak in 1990.", ("Kodak", "Polaroid"), "Kodak bought Polaroid in 1990.", "unverified"),
    ("Kodak bought it in 1990.", ("Polaroid", "Xerox"), "Kodak bought Polaroid in 1990.", "supported"),
    ("He sold it to Kodak.", ("camera", "Kodak"), "Edison sold Kodak to the camera.", "unverified"),
    ("Kasparov beat it in 1997.", ("Deep Blue",), "Deep Blue defeated Kasparov in 1997.", "unverified"),  # a broader act
])
def test_it_stands_in_its_own_role(nlp: Language, claim: str, before: tuple[str, ...], fact: str,
                                   verdict: str) -> None:
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    f = Fact("f", fact, "", "", "high", "c")
    c = read(nlp(claim)[:], referent="Edison" if claim.startswith("He ") else "", before=before)
    m = judge("c", c, [(f, read(nlp(fact)[:]))]).match
    assert m.verdict == verdict, m.reason


def test_him_is_someone_named_before_or_no_one(nlp: Language) -> None:
    # "Gutenberg borrowed money from Johann Fust. He sued him in 1455.": "him" is not backed by guesswork
    m = pair(nlp, "Gutenberg sued him in 1455.", "Gutenberg sued Johann Fust in 1455.")
    assert m.verdict == "unverified" and "him" in m.reason, m.reason


def test_it_may_be_the_facts_own_it(nlp: Language) -> None:
    m = pair(nlp, "Tolstoy was nominated for the Nobel Prize in Literature several times and finally won it in 1902.",
             "Leo Tolstoy was nominated for the Nobel Prize in Literature several times but never received it.")
    assert m.verdict == "contradicted" and "polarity" in m.reason, m.reason


@pytest.mark.parametrize("claim, fact, verdict", [
    ("Curie worked in Paris, France.", "Curie worked in Paris.", "supported"),  # where Paris is
    ("Sweynheym printed books at Subiaco, Italy.", "Sweynheym printed books at Subiaco.", "unverified"),  # unknown to WordNet
    ("The films were shown at the Grand Café, Berlin.", "The films were shown at the Grand Café in Paris.", "contradicted"),
    ("Curie worked in Paris, Texas.", "Curie worked in Paris.", "unverified"),  # Paris, Texas is not in France
    ("The team climbed the peak, not by the north ridge.", "The team climbed the peak by the north ridge.",
     "unverified"),  # what the claim denies is no support
])
def test_where_a_place_is_and_what_is_denied(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_a_referent_alone_is_not_something_the_claim_says(nlp: Language) -> None:
    # "From Gutenberg to Helvetica" / "... this one's for you": "this one" read as Gutenberg backs
    # the referent and nothing the sentence says
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    fact = Fact("g", "Johannes Gutenberg printed the 42-line Bible in Mainz.", "", "", "high", "print")
    f = read(nlp(fact.statement)[:])
    chatter = read(nlp("If you ever chose a font for an invitation, this one is for you.")[:], referent="Gutenberg")
    assert judge("c", chatter, [(fact, f)]).match.verdict != "supported"
    said = read(nlp("He printed the 42-line Bible in Mainz.")[:], referent="Johannes Gutenberg")
    assert judge("c", said, [(fact, f)]).match.verdict == "supported"


def test_a_comparison_a_copula_asserts_must_be_backed(nlp: Language) -> None:
    # "older" is a light word in "the old town", not in "X is older than Y"
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    fact = Fact("l", "Lithography was invented by Alois Senefelder in 1796.", "", "", "high", "print")
    f = read(nlp(fact.statement)[:])
    claim = read(nlp("Lithography is roughly a century older than offset printing.")[:])
    assert "older" in {p.text for p in claim.parts if p.kind == "mod"}
    assert judge("c", claim, [(fact, f)]).match.verdict != "supported"


def test_a_line_without_a_verb_says_its_names_even_after_a_dash(nlp: Language) -> None:
    # a timeline line: the label before the dash, the party after it; Hillary is in no fact
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    fact = Fact("k", "Joe Brown and George Band made the first ascent of Kangchenjunga on 25 May 1955.",
                "", "", "high", "mountains")
    f = read(nlp(fact.statement)[:])
    wrong = read(nlp("Kangchenjunga - Band & Hillary, 25 May 1955")[:])
    assert judge("c", wrong, [(fact, f)]).match.verdict != "supported"
    right = read(nlp("Kangchenjunga - Brown & Band, 25 May 1955")[:])
    assert judge("c", right, [(fact, f)]).match.verdict == "supported"


def test_it_may_stand_for_a_common_noun_that_opened_its_sentence(nlp: Language) -> None:
    # "Lithography is a printing method ... It was invented by Alois Senefelder"
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    fact = Fact("s", "Alois Senefelder invented lithography in Bavaria in 1796.", "", "", "high", "print")
    f = read(nlp(fact.statement)[:])
    claim = read(nlp("It was invented by Alois Senefelder in Bavaria in 1796.")[:], referent="Alois Senefelder",
                 before=("Lithography", "method"))
    m = judge("c", claim, [(fact, f)]).match
    assert m.verdict == "supported", m.reason
    assert "It (lithography)" in m.reason


def test_it_does_not_stand_for_what_its_own_clause_names(nlp: Language) -> None:
    # "Several parties died on it ... It was finally climbed in July 1938 by a party of four": the
    # "it" is not the party, so the Matterhorn's party of seven in 1865 is another event
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    fact = Fact("m", "The first ascent of the Matterhorn was made on 14 July 1865 by a party of seven led by "
                "the English climber Edward Whymper, by way of the Hörnli ridge.", "", "", "high", "mountains")
    f = read(nlp(fact.statement)[:])
    claim = read(nlp("It was finally climbed in July 1938 by a party of four.")[:], referent="Eiger",
                 before=("party",))
    assert judge("c", claim, [(fact, f)]).match.verdict == "unverified"


def test_a_lines_own_date_dates_its_participle_clause(nlp: Language) -> None:
    # "June: Jaws opens, directed by George Lucas": the line's date pins the directing too
    from pipeline.verify.dates import DateSpan
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    fact = Fact("j", "Steven Spielberg directed Jaws, which Universal Pictures released in June 1975.",
                "", "", "high", "film")
    f = read(nlp(fact.statement)[:])
    line = read(nlp("Jaws opens, directed by George Lucas")[:], context_dates=[DateSpan(1975, 1975, 6)],
                text="June: Jaws opens, directed by George Lucas")
    m = judge("c", line, [(fact, f)]).match
    assert m.verdict == "contradicted" and "George Lucas" in m.reason, m.reason
    undated = read(nlp("Jaws opens, directed by George Lucas")[:])
    assert judge("c", undated, [(fact, f)]).match.verdict == "unverified"


def test_an_englishman_is_english(nlp: Language) -> None:
    m = pair(nlp, "Edward Whymper, an Englishman, led the first party to the top of the Matterhorn on 14 July 1865.",
             "The first ascent of the Matterhorn was made on 14 July 1865 by a party led by the English climber "
             "Edward Whymper.")
    assert m.verdict != "contradicted", m.reason
    statement = read_texts(nlp, ["Edward Whymper, an Englishman, led the party."])[0]
    assert [p.text for p in statement.parts if p.kind == "mod"] == ["English"]


def test_an_aside_a_fact_backs_does_not_make_that_fact_a_rival(nlp: Language) -> None:
    # "— Woolf famously disliked it" meets the Mrs Dalloway fact through Woolf alone; that fact's
    # publisher is no rival of Ulysses's
    facts = [Fact("u", "James Joyce's Ulysses was published in Paris by Sylvia Beach in February 1922.", "", "", "", "l"),
             Fact("d", "Virginia Woolf's Mrs Dalloway was published by the Hogarth Press in May 1925.", "", "", "", "l")]
    index = build_index(facts, nlp)
    claim = read_texts(nlp, ["Ulysses published in Paris by Sylvia Beach in February 1922 \u2014 Woolf famously "
                             "disliked it"])[0]
    assert judge_claim("c", claim, index).match.verdict != "contradicted"


def test_a_date_another_fact_backs_with_the_same_names_is_no_conflict(nlp: Language) -> None:
    # the Kodak fact of 1888 dates the line; the Eastman Kodak digital camera of 1975 is another event
    facts = [Fact("k", "George Eastman introduced the Kodak camera in 1888, sold loaded with a roll of film for "
                  "100 exposures.", "", "", "", "p"),
             Fact("s", "Steven Sasson built the first self-contained digital camera at Eastman Kodak in 1975.",
                  "", "", "", "p")]
    index = build_index(facts, nlp)
    from pipeline.verify.dates import DateSpan
    from pipeline.verify.reading import read

    line = read(nlp("Eastman's Kodak camera, $25, film for 100 exposures")[:], context_dates=[DateSpan(1888, 1888)],
                text="1888: Eastman's Kodak camera, $25, film for 100 exposures")
    assert judge_claim("c", line, index).match.verdict != "contradicted"
    wrong = read(nlp("Eastman's Kodak camera, film for 100 exposures")[:], context_dates=[DateSpan(1890, 1890)],
                 text="1890: Eastman's Kodak camera, film for 100 exposures")
    assert judge_claim("c", wrong, index).match.verdict == "contradicted"


@pytest.mark.parametrize(
    "claim, fact",
    [
        # a date of another clause of the fact, about another thing, does not back the claim's
        ("The Jikji was printed in 1455.", "The Jikji, printed in Korea in 1377, is older than the Gutenberg Bible, "
         "printed in 1455."),
        ("Gutenberg printed the Bible in 1454.", "Gutenberg, who printed indulgences in 1454, printed the Bible in 1455."),
    ],
)
def test_a_date_of_another_clause_about_another_thing_does_not_back(nlp: Language, claim: str, fact: str) -> None:
    assert pair(nlp, claim, fact).verdict != "supported"


@pytest.mark.parametrize(
    "claim, fact",
    [
        # a people's noun and its own country agree; a people that acts is a participant
        ("Pierre de Coubertin, a Frenchman, founded the IOC in 1894.", "Pierre de Coubertin of France founded the IOC "
         "in 1894."),
        ("Germans invaded Poland in September 1939.", "Germany invaded Poland in September 1939."),
        # "Eleanor of Aquitaine" is one name: a region, not a country she is of
        ("Eleanor, a Frenchwoman, married Henry in 1152.", "Eleanor of Aquitaine married Henry in 1152."),
    ],
)
def test_nationality_nouns_do_not_conflict_with_their_own_country(nlp: Language, claim: str, fact: str) -> None:
    assert pair(nlp, claim, fact).verdict != "contradicted"


def test_a_circa_year_is_a_few_years_either_way(nlp: Language) -> None:
    assert pair(nlp, "Gutenberg printed the Bible in Mainz circa 1450.",
                "Gutenberg printed the Bible in Mainz in 1455.").verdict != "contradicted"
    assert pair(nlp, "Gutenberg printed the Bible in Mainz circa 1420.",
                "Gutenberg printed the Bible in Mainz in 1455.").verdict == "contradicted"


@pytest.mark.parametrize("claim, fact, verdict", [
    # a bound backs only a claim that says no more than it does
    ("The Longitude Act was passed in 1714; the top prize was £10,000.",
     "The British Parliament passed the Longitude Act in 1714, offering prizes of up to £20,000.", "unverified"),
    # (two bounds name one limit: "up to £25,000" is not the Act's limit; the seventeenth stop)
    ("The Longitude Act of 1714 offered prizes of up to £25,000.",
     "The British Parliament passed the Longitude Act in 1714, offering prizes of up to £20,000.", "contradicted"),
    ("The Longitude Act of 1714 offered prizes of up to £20,000.",
     "The British Parliament passed the Longitude Act in 1714, offering prizes of up to £20,000.", "supported"),
    ("The sinking of the Empress of Ireland killed more than 1,000 people in 1914.",
     "The sinking of the Empress of Ireland killed 1,012 people in 1914.", "supported"),
])
def test_a_bound_backs_only_what_it_implies(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    assert pair(nlp, claim, fact).verdict == verdict


def test_a_count_in_a_side_clause_must_be_backed(nlp: Language) -> None:
    m = pair(nlp, "Vladimir Kramnik beat Kasparov in London in 2000, losing only one game.",
             "Vladimir Kramnik won the 2000 Classical World Chess Championship against Kasparov in London without "
             "losing a game.")
    assert m.verdict != "supported", m.reason


def test_codes_are_compared_as_written(nlp: Language) -> None:
    assert pair(nlp, "The King's Gambit begins 1.e4 e5 2.f3.", "The King's Gambit begins 1.e4 e5 2.f4.").verdict \
        != "supported"
    assert pair(nlp, "The Caro-Kann begins 1.e4 c6.", "The Caro\u2013Kann Defence begins 1.e4 c6.").verdict == "supported"
    # another opening's name is no listed item a second fact may back
    facts = [Fact("op-sicilian", "The Sicilian Defence begins 1.e4 c5.", "", "", "", "a"),
             Fact("op-caro-kann", "The Caro\u2013Kann Defence begins 1.e4 c6.", "", "", "", "a")]
    index = build_index(facts, nlp)
    m = judge_claim("c", read_texts(nlp, ["Sicilian Defence: 1.e4 c6"])[0], index, Thresholds()).match
    assert m.verdict != "supported", m.reason


@pytest.mark.parametrize("claim, fact, verdict", [
    # a date to the day and the thing pin a verbless line's event: another place is a conflict
    ("12 October 1492: first landfall, in Cuba", "Columbus made his first landfall in the Americas, in the "
     "Bahamas, on 12 October 1492.", "contradicted"),
    # a passive with its doer after a label's dash is the line's statement
    ("1851 London, first international tournament - won by Howard Staunton", "Adolf Anderssen won the London "
     "1851 tournament, the first international chess tournament.", "contradicted"),
    ("1851 London, first international tournament - won by Adolf Anderssen", "Adolf Anderssen won the London "
     "1851 tournament, the first international chess tournament.", "supported"),
    # the act in other words, the same people and year: another place is the claim's error
    ("Magnus Carlsen took the title from Viswanathan Anand in Moscow in 2013.", "Magnus Carlsen won the world "
     "title from Viswanathan Anand in Chennai in November 2013.", "contradicted"),
    # ...but another act, with little else shared, is another story
    ("Marie Curie studied in Paris.", "Marie Curie was born in Warsaw in 1867.", "unverified"),
])
def test_what_pins_an_event_down(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_a_date_backs_only_through_the_clause_that_tells_the_act(nlp: Language) -> None:
    fact = "Henry Smith founded the firm in London on 3 May 1901 and sold it on 9 June 1920."
    assert pair(nlp, "Henry Smith sold the firm on 3 May 1901.", fact).verdict != "supported"
    assert pair(nlp, "Henry Smith sold the firm on 9 June 1920.", fact).verdict == "supported"
    assert pair(nlp, "Henry Smith founded the firm on 3 May 1901.", fact).verdict == "supported"


def test_an_adjective_opening_a_sentence_as_its_subject_is_a_name(nlp: Language) -> None:
    fact = "Titanic struck an iceberg in the North Atlantic on 14 April 1912."
    assert pair(nlp, "The Titanic struck an iceberg on 14 April 1912.", fact).verdict == "supported"


@pytest.mark.parametrize("claim, verdict", [
    ("But K. took the match 4-2.", "supported"),  # an initial for the one fact name it opens
    ("But D. took the match 4-2.", "unverified"),
    ("But K. took the match 5-1.", "contradicted"),
])
def test_scores_and_initials(nlp: Language, claim: str, verdict: str) -> None:
    assert pair(nlp, claim, "Garry Kasparov won the match 4\u20132.").verdict == verdict


def test_an_initial_is_never_a_rival(nlp: Language) -> None:
    fact = "Juan Sebastián Elcano sailed for the Spanish crown in 1519."
    m = pair(nlp, "M. sailed for the Spanish crown in 1519.", fact)
    assert m.verdict == "unverified", m.reason  # "M." opens no surname of the fact's: unbacked, but no conflict
    assert pair(nlp, "E. sailed for the Spanish crown in 1519.", fact).verdict == "supported"


def test_a_place_is_backed_by_the_adjective_of_a_thing_of_it_not_of_a_nationality(nlp: Language) -> None:
    fact = "Vasco da Gama reached Calicut in India in May 1498, completing the first European voyage to India by sea."
    assert pair(nlp, "1498 - Vasco da Gama reaches Calicut (first sea route Europe -> India)", fact).verdict \
        == "supported"
    fact = "Of the 1938 Eiger party, Anderl Heckmair and Ludwig Vorg were German, while Heinrich Harrer and Fritz " \
           "Kasparek were Austrian."
    m = pair(nlp, "Heckmair and Vorg were Austrians, and Harrer and Kasparek came from Germany.", fact)
    assert m.verdict != "supported", m.reason


@pytest.mark.parametrize("claim, verdict", [
    ("Tabei (China) = first woman on top, May 1975", "contradicted"),  # a country in brackets is hers
    ("Tabei (Japan) = first woman on top, May 1975", "supported"),
])
def test_notes_with_an_equals_sign_and_a_country_in_brackets(nlp: Language, claim: str, verdict: str) -> None:
    fact = "Junko Tabei of Japan became the first woman to reach the summit of Mount Everest, on 16 May 1975."
    assert pair(nlp, claim, fact).verdict == verdict


def test_an_equals_sign_says_is(nlp: Language) -> None:
    fact = ("Francis Drake's voyage of 1577 to 1580 in the Golden Hind was the second circumnavigation of the world "
            "and the first by an English captain.")
    m = pair(nlp, "Drake's voyage in the Golden Hind = the first circumnavigation ever", fact)
    assert m.verdict == "contradicted" and "first" in m.reason, m.reason


def test_an_aside_name_is_backed_only_by_a_fact_about_the_claim(nlp: Language) -> None:
    facts = [Fact("tabei", "Junko Tabei became the first woman to reach the summit of Mount Everest in May 1975.",
                  "", "", "", "a"),
             Fact("china", "China declared its independence from the Qing empire in 1912.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Junko Tabei (from China) became the first woman to reach the summit of Mount "
                                "Everest in May 1975."])
    m = judge_claim("c", claim, index).match
    assert m.verdict != "supported", m.reason


def test_a_clause_after_a_place_label_and_a_dash_is_the_statement(nlp: Language) -> None:
    fact = "Harry Nelson Pillsbury won the Hastings 1895 tournament."
    m = pair(nlp, "Hastings - Pillsbury wins, his debut international event", fact)
    assert m.verdict == "unverified", m.reason  # the debut is the claim's own
    assert pair(nlp, "Hastings - Pillsbury wins the tournament", fact).verdict == "supported"


@pytest.mark.parametrize("claim, verdict", [
    ("1969: first Booker Prize goes to V. S. Naipaul", "contradicted"),  # a prize that goes to someone is won
    ("1969: first Booker Prize goes to P. H. Newby", "supported"),
    ("1969: the first train goes to Newby", "unverified"),  # a train is no prize
])
def test_an_award_that_goes_to_someone_is_won(nlp: Language, claim: str, verdict: str) -> None:
    assert pair(nlp, claim, "P. H. Newby won the first Booker Prize in 1969.").verdict == verdict



@pytest.mark.parametrize("claim, fact, verdict", [
    # the review's probes: a place adjective backs only a name in an aside, never where something happened
    ("The Chinese rocket crashed in China in 2021.", "The Chinese rocket crashed into the Indian Ocean in 2021.",
     "contradicted"),
    ("French fries were invented in France.", "French fries were invented in the 17th century.", "unverified"),
    # a lone capital is a name outside brackets
    ("Twitter was rebranded as X in July 2023.", "Twitter was rebranded as Threads in July 2023.", "unverified"),
    # sets in order
    ("Nadal won the final 6-4, 6-3.", "Nadal won the final 6\u20133, 6\u20134.", "contradicted"),
    # an initial is only the doer of the fact's act
    ("C. discovered penicillin in 1928.", "Alexander Fleming discovered penicillin in 1928, and Chain purified it "
     "later.", "unverified"),
    # a code spelt another way is no rival
    ("Fischer played 2.Nf3 against Spassky.", "Fischer played Nf3 against Spassky on move two.", "unverified"),
    # a region is no rival country; a day's date does not pin a place WordNet does not know
    ("Scott (Britain) reached the South Pole in January 1912.", "Scott of the Antarctic reached the South Pole in "
     "January 1912.", "unverified"),
    ("6 June 1944: paratroopers landing, in Normandy", "On 6 June 1944, Allied troops also landed on Omaha Beach.",
     "unverified"),
    ("22 November 1963: death of C. S. Lewis, in Oxford", "John F. Kennedy died in Dallas on 22 November 1963.",
     "unverified"),
])
def test_review_probes(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("claim, fact, verdict, words", [
    # a qualifier against its opposite, whichever word class the tagger gave either
    ("In August 2023, India's Chandrayaan-3 landed near the Moon's north pole.",
     "India's Chandrayaan-3 landed near the south pole of the Moon on 23 August 2023.", "contradicted",
     ["north", "south"]),
    ("Surtsey, off Iceland's north coast, appeared in 1963.", "The island of Surtsey, off the south coast of "
     "Iceland, was formed by an eruption that began in November 1963.", "contradicted", ["north", "south"]),
    # the side of a named place, abbreviated as notes do
    ("2010 - Haiti, 12 Jan, epicentre ~25 km E of Port-au-Prince", "The Haiti earthquake of 12 January 2010 had its "
     "epicentre about 25 km west of Port-au-Prince.", "contradicted", ["E", "west"]),
    ("The Haiti quake of 2010 struck north of Port-au-Prince.", "The Haiti earthquake of 12 January 2010 had its "
     "epicentre about 25 km west of Port-au-Prince.", "contradicted", ["north", "west", "Port-au-Prince"]),
    ("The Haiti quake of 2010 struck west of Port-au-Prince.", "The Haiti earthquake of 12 January 2010 had its "
     "epicentre about 25 km west of Port-au-Prince.", "supported", []),
    # a magnitude as seismologists write it, and a bare score after a verb
    ("1964 - 27 Mar (Good Friday), Alaska, M8.2", "The Good Friday earthquake in Alaska on 27 March 1964 had a "
     "magnitude of 9.2.", "contradicted", ["M8.2", "9.2"]),
    ("Tambora was rated 6 on the Volcanic Explosivity Index.", "The 1815 eruption of Tambora is rated 7 on the "
     "Volcanic Explosivity Index.", "contradicted", ["6", "7"]),
    # "twice" is a count the fact must give
    ("Gagarin flew aboard Vostok 1 and circled the Earth twice.", "Gagarin's Vostok 1 flight made a single orbit "
     "of the Earth.", "unverified", []),
    # why something happened is claimed as much as that it did
    ("Sylbaris survived because he was sheltering in the cathedral crypt.", "Ludger Sylbaris survived the "
     "destruction of Saint-Pierre in 1902 because he was locked in a thick-walled prison cell.", "unverified", []),
    ("Sylbaris survived because he was locked in a prison cell.", "Ludger Sylbaris survived the destruction of "
     "Saint-Pierre in 1902 because he was locked in a thick-walled prison cell.", "supported", []),
])
def test_fresh4_silent_errors(nlp: Language, claim: str, fact: str, verdict: str, words: list[str]) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason
    assert all(w in m.reason for w in words), m.reason


def test_an_amount_of_listed_doers_is_not_backed_by_one_of_them(nlp: Language) -> None:
    # "The eruption and its tsunamis killed fewer than 3,000": one fact's tsunami killing 61 and another
    # fact's eruption do not back the total together
    facts = [Fact("hilo", "The tsunami from the 1960 Chile earthquake killed 61 people in Hilo.", "", "", "", "a"),
             Fact("erupt", "The eruption of Krakatoa killed people in 1883.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["The eruption and its tsunamis killed fewer than three thousand people."])
    m = judge_claim("c", claim, index).match
    assert m.verdict != "supported", m.reason


@pytest.mark.parametrize("claim, verdict", [
    # what a rank is in must be the fact's: the first American in space was not the first in orbit
    ("1961: Shepard became the first American in orbit.", "unverified"),
    ("Shepard (Freedom 7) - first American in orbit", "unverified"),  # a name, a dash, what it was
    ("5 May: Shepard (Freedom 7) - first American in space", "supported"),
])
def test_what_a_rank_is_in_is_checked(nlp: Language, claim: str, verdict: str) -> None:
    fact = "Alan Shepard became the first American in space on 5 May 1961, aboard Freedom 7."
    assert pair(nlp, claim, fact).verdict == verdict, pair(nlp, claim, fact).reason


@pytest.mark.parametrize("claim, fact", [
    # one qualifier over a trip told in other words is no rival ("atomic weight" / "number" still is)
    ("Alan Shepard became the first American in space in 1961 on a short suborbital hop.",
     "Alan Shepard became the first American in space in May 1961, on a suborbital flight."),
    # a name the fact lacks, qualifying what the line is about: another module
    ("2021 - Apr: Tiangong core module (Tianhe) launched", "The core module of the Mir space station was launched "
     "in February 1986."),
    # a verbless line's name the fact has only as a bystander's qualifier, or only as what it dates by
    ("Rosetta itself was crash-landed onto the comet in Sept 2016", "The Philae lander of ESA's Rosetta mission "
     "touched down on a comet on 12 November 2014."),
    ("1975 - Jul: Apollo-Soyuz docking, first joint US-Soviet crewed flight", "The Soviet Union launched Salyut 1, "
     "the first space station, in April 1971."),
    ("1976 - 20 Jul: Viking 1 lands on Mars, exactly 7 yrs after Apollo 11", "Apollo 11 landed on the Moon on "
     "20 July 1969."),
])
def test_other_things_are_not_contradicted(nlp: Language, claim: str, fact: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict != "contradicted", m.reason


def test_a_name_in_another_clause_with_its_own_subject_is_no_rival(nlp: Language) -> None:
    facts = [Fact("chile", "The Valdivia earthquake in southern Chile on 22 May 1960 had a moment magnitude of "
                           "about 9.5.", "", "", "", "a"),
             Fact("alaska", "The Good Friday earthquake in Alaska on 27 March 1964 had a magnitude of 9.2.",
                  "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Strongest: Chile 1960 (~9.5); Alaska 1964 (9.2) is the biggest in North America."])
    m = judge_claim("c", claim, index).match
    assert "Alaska vs Valdivia" not in m.reason and m.verdict != "contradicted", m.reason


@pytest.mark.parametrize("claim, verdict", [
    ("The Tōhoku earthquake of 11 March 2011 was the second most powerful quake ever recorded in Japan.",
     "contradicted"),
    ("The Tōhoku earthquake of 2011 was the most powerful quake ever recorded in Japan.", "supported"),
    # another scale is not another place on this one; a superlative the fact does not give is not backed
    ("The Tōhoku earthquake of 2011 was the second largest quake ever recorded in Japan.", "unverified"),
    ("The Tōhoku earthquake of 2011 was the deadliest quake ever recorded in Japan.", "unverified"),
])
def test_a_superlative_ranks_first_on_its_scale(nlp: Language, claim: str, verdict: str) -> None:
    fact = "The Tōhoku earthquake of 11 March 2011 was the most powerful earthquake ever recorded in Japan."
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_a_bare_figure_is_backed_by_the_facts_count_of_it(nlp: Language) -> None:
    fact = "The Christchurch earthquake of 22 February 2011 killed 185 people."
    assert pair(nlp, "2011 - Christchurch, 22 Feb: 185 dead", fact).verdict == "supported"
    assert pair(nlp, "2011 - Christchurch, 22 Feb: 158 dead", fact).verdict != "supported"


@pytest.mark.parametrize("claim, fact, verdict", [
    # the sixth review's probes: a model name is no magnitude
    ("The M4 motorway opened in 1959.", "The M1 motorway opened in 1959.", "unverified"),
    ("The BMW M3 was introduced in 1986.", "The BMW M3 was introduced in 1986 with a 2.3-litre engine.", "supported"),
    # a streak is no total
    ("Borg won the French Open six times.", "Bjorn Borg won the French Open twice in a row, in 1974 and 1975.",
     "unverified"),
    # "she" after two people is neither's for sure
    ("Pierre Curie married Marie Sklodowska in 1895, and she won the Nobel Prize in Chemistry in 1911.",
     "Marie Curie won the Nobel Prize in Chemistry in 1911.", "unverified"),
    # a year counted from one of two years, or from "one hundred and fifty" read as fifty: no date
    ("Catch-22, published in 1961 and set in 1944, was made into a film nine years later.",
     "Catch-22 was made into a film in 1970.", "unverified"),
    ("The United States declared independence in 1776, and one hundred and fifty years later the Sesquicentennial "
     "Exposition opened in Philadelphia.", "The Sesquicentennial Exposition opened in Philadelphia in 1926.",
     "unverified"),
    ("Edison opened his Menlo Park laboratory in 1876, and a year later he patented the phonograph.",
     "Thomas Edison patented the phonograph in 1878.", "contradicted"),
    # another clause doing the fact's act with another doer is still a rival
    ("The Beatles released Abbey Road in 1969, and Phil Spector produced it.",
     "The Beatles released Abbey Road in 1969, produced by George Martin.", "contradicted"),
])
def test_review6_probes(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("claim, fact, verdict", [
    ("Australia lies entirely in the northern hemisphere.", "Australia lies entirely in the Southern Hemisphere.",
     "contradicted"),  # a name's own qualifier against its opposite
    # the opposite of what the clause is about, and more differing: the other one of a pair
    ("The north tower of Chartres Cathedral is 113 metres tall.", "The south tower of Chartres Cathedral is 105 "
     "metres tall.", "unverified"),
    ("The north tower of Chartres Cathedral is 113 metres tall.", "The north tower of Chartres Cathedral is 105 "
     "metres tall.", "contradicted"),
])
def test_opposite_qualifiers_of_names_and_pairs(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("claim, fact, verdict", [
    # which phase of a span: a qualifier of the span, "start" and "end" differ
    ("The ice sheet reached its limit at the start of the Pleistocene.",
     "The ice sheet reached its limit at the end of the Pleistocene epoch.", "contradicted"),
    ("The ice sheet reached its limit at the end of the Pleistocene.",
     "The ice sheet reached its limit at the end of the Pleistocene epoch.", "supported"),
    ("The hill fort dates from the late Bronze Age.", "The hill fort dates from the early Bronze Age.",
     "contradicted"),
    # the phrase that is a copula's only complement is what the clause says
    ("Archaeopteryx was about the size of a raven.", "The first Archaeopteryx fossils were found in Bavaria in 1861.",
     "unverified"),
    # "aged 30" is the age at the act
    ("Keats died in Rome in 1821, aged 30.", "John Keats died in Rome in February 1821 at the age of 25.",
     "contradicted"),
    ("Keats died in Rome in 1821, aged 25.", "John Keats died in Rome in February 1821 at the age of 25.",
     "supported"),
    # a building in a city against another building in another city: the cities differ, one place
    ("Tosca premiered at La Scala in Milan in 1900.", "Tosca premiered at the Teatro Costanzi in Rome in 1900.",
     "contradicted"),
    # a price in pounds is money, and the same figure in another currency is another price
    ("The painting was sold in 2017 for 450 million pounds.",
     "The painting was sold at auction in 2017 for 450 million US dollars.", "contradicted"),
    # "had its premiere" is "premiered" (spaCy's lemma of which is "premier")
    ("Carmen had its premiere at the Opéra-Comique in 1875.", "Carmen premiered at the Opéra-Comique in Paris in 1875.",
     "supported"),
    # "from Friedrich Schiller's poem": Schiller is the poem's, as Goethe is in "Goethe's poem"
    ("The cantata sets Goethe's poem \"Ode to Joy\".",
     "The cantata sets words from Friedrich Schiller's poem \"Ode to Joy\".", "contradicted"),
    # "half-life" is a term, and "about 1,600" is not 1,060
    ("The half-life of radium-226 is about 1,060 years.", "Radium-226 has a half-life of about 1,600 years.",
     "contradicted"),
])
def test_eighth_stop_probes(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("claim, fact, verdict", [
    ("C. P. E. Bach was born in Weimar in 1714.", "Carl Philipp Emanuel Bach was born in Weimar in 1714.",
     "supported"),  # initials of the fact's given names
    ("Richard Burton married Elizabeth Taylor in 1964.", "Elizabeth Taylor married Richard Burton in 1964.",
     "supported"),  # a reciprocal act: its sides may change places
    ("Wellington defeated Napoleon at Waterloo.", "Napoleon defeated Wellington at Waterloo.", "contradicted"),
    ("Dora Maar drew Picasso in 1937.", "Picasso drew Dora Maar in 1937.", "contradicted"),  # not every act is reciprocal
    ("The H. erectus skullcap called Java Man was found on Java in 1891 by Eugène Dubois.",
     "The Homo erectus skullcap known as Java Man was found by Eugène Dubois on Java in 1891.",
     "supported"),  # a genus by its initial
    # "took place", "occurred": the act is the event its subject names
    ("The coronation took place in Reims in 1429.", "Charles VII was crowned in Reims in 1429.", "supported"),
    ("Napoleon's coronation took place in Reims in 1804.", "Napoleon was crowned at Notre-Dame in Paris in 1804.",
     "contradicted"),
    # "second-oldest": second on the scale of age
    ("Harvard is the second-oldest university in the United States.",
     "Harvard is the oldest university in the United States.", "contradicted"),
    # a rank of the thing pins the event: the first Booker Prize went to one writer
    ("The first Booker Prize went to Iris Murdoch.", "P. H. Newby won the first Booker Prize in 1969.",
     "contradicted"),
    # not one of someone's own ("its first novel" is the firm's), nor a rank of the act ("first made")
    ("Its first novel, The Gulf Between, won the Booker Prize.", "P. H. Newby won the first Booker Prize in 1969.",
     "unverified"),
    # what restricts the attribute is said: "adopted by Richard Bachman" is not in the fact
    ("Stephen King was the pen name adopted by Richard Bachman.",
     "Richard Bachman was the pen name of the novelist Stephen King.", "unverified"),
    # a cleft's clause is what it asserts, and "its" is no person's
    ("It was Humphry Davy who gave the element its name.", "Humphry Davy's lectures, published in 1812, listed 47 "
     "elements.", "unverified"),
    # the adjective of the place where the fact has that very thing found
    ("Stromer described Aegyptosaurus from Egyptian fossils in 1932.",
     "Ernst Stromer described Aegyptosaurus in 1932 from fossils found in Egypt.", "supported"),
    ("Stromer described Aegyptosaurus from Libyan fossils in 1932.",
     "Ernst Stromer described Aegyptosaurus in 1932 from fossils found in Egypt.", "unverified"),
    # a kind said in brackets, where the fact says another kind of the same thing, must be backed
    ("1932 - Sydney Harbour Bridge opens (a suspension bridge)",
     "The Sydney Harbour Bridge, a steel through arch bridge, opened on 19 March 1932.", "unverified"),
    ("1932 - Sydney Harbour Bridge opens (a famous bridge)",
     "The Sydney Harbour Bridge, a steel through arch bridge, opened on 19 March 1932.", "supported"),
    ("The wreck lies buried under the sand off Cape Agulhas.", "The wreck is buried under the sand off Cape Agulhas.",
     "supported"),  # "lies buried" is "is buried"
])
def test_names_and_acts_said_otherwise(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("claim, fact", [
    # "happen" makes no act of its subject ("storms happen" is no storming)
    ("Such storms no longer happen in Boston.", "Storms hit Boston in 1978."),
    ("The eruptions happened early in the study period, Christy said.",
     "Gavin Schmidt noted the eruption of Mount Pinatubo in 1991."),
    ("Climate change is happening even faster than estimated in 2007.", "Sea level rise has been increasing since 1880."),
    # "four-year" makes no term of "year"; another superlative's rank does not pin the event
    ("The drought included the driest four-year period on record.",
     "The 2002-2011 decade was among the two warmest 10-year periods on record."),
])
def test_generic_words_pin_no_event(nlp: Language, claim: str, fact: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == "unverified", m.reason


@pytest.mark.parametrize("claim, fact, verdict", [
    # a verbless list that names as many as the fact, one of them another: that one stands in the other's place
    ("1954 - Nobel Prize to Enders, Weller and Salk",
     "Enders, Weller and Robbins shared the 1954 Nobel Prize in Physiology or Medicine.", "contradicted"),
    ("1954 - Nobel Prize to Enders, Weller, Robbins and Salk",  # one more name: not a rival, but not backed
     "Enders, Weller and Robbins shared the 1954 Nobel Prize in Physiology or Medicine.", "unverified"),
    # an equation between symbols pairs them: each letter backed by its word is not the pairing backed
    ("Watson (1953): A = C and G = T",
     "In 1953 Watson proposed that in DNA adenine pairs with thymine and guanine pairs with cytosine.", "unverified"),
    # "came up with X": X is what was done to, and the fact must give it
    ("Morse also came up with the relay", "Samuel Morse introduced his code in 1838.", "unverified"),
    # a note's passive with no subject, tagged a past tense: its "by" says who
    ("found Sept 1868 by three workmen", "The Cro-Magnon rock shelter was found in September 1868 by two workmen.",
     "contradicted"),
    # ", not 8": the figure set aside is not claimed
    ("Bohr 1913: 2 electrons in the first shell, not 8", "In 1913 Niels Bohr put 2 electrons in the first shell.",
     "supported"),
    # "Radium-226" read as a name on one side, a plain word on the other
    ("Radium-226 half-life ≈ 1,600 years", "The half-life of radium-226 is about 1,600 years.", "supported"),
    # the first of another kind of thing is another record
    ("1977: first complete genome of a virus (phi X 174)", "In 1995 Haemophilus influenzae became the first "
     "free-living organism to have its complete genome sequenced.", "unverified"),
    # an opposite act on a day the fact does not give is another event ("fell": was climbed)
    ("Everest finally fell on 29 May 1953 to a British expedition.", "Everest rises 8,849 metres above sea level.",
     "unverified"),
])
def test_ninth_stop_probes(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("claim, fact, verdict", [
    # a number under a hundred is as written: 30 is not 31
    ("Schubert died in Vienna at 30", "Franz Schubert died in Vienna in November 1828, aged 31.", "contradicted"),
    # a place the fact names for something else is no backing when it gives the act another place
    ("The 1908 Olympics were held in Rome", "The 1908 Olympics were held in London, after Rome withdrew as host.",
     "unverified"),
    # another value of one quality on the same noun
    ("Haemoglobin 1959: carried by white blood cells",
     "In 1959 Max Perutz showed that haemoglobin is carried by red blood cells.", "contradicted"),
    ("Procyon B is a red dwarf.", "Procyon B is a white dwarf.", "contradicted"),  # another kind of dwarf, said once
    ("Bonaparte was made First Consul in the mythical year of 1799.",  # near-synonyms are no rivals
     "Napoleon Bonaparte was made First Consul in the legendary year of 1799.", "supported"),
    # "shared" against "unshared"
    ("Arafat shared the 1994 Nobel", "Yasser Arafat received the unshared 1994 Nobel Peace Prize.", "contradicted"),
    # years before the common era are dates
    ("Caesar crossed the Rubicon in 45 BC.", "Julius Caesar crossed the Rubicon in 49 BC.", "contradicted"),
    ("Caesar crossed the Rubicon in 49 BC.", "Julius Caesar crossed the Rubicon in 49 BC.", "supported"),
    # the line's own date is written, and must be backed
    ("c. 300 BC: Euclid writes the Elements", "Euclid wrote the Elements.", "unverified"),
])
def test_ninth_stop_probes_second_corpus(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("claim, fact, verdict", [
    # a circumstance that names another number of the same label
    ("Typhoon Haiyan struck Leyte as a Category 4 on 8 November 2013.",
     "Typhoon Haiyan struck Leyte as a Category 5 super typhoon on 8 November 2013.", "contradicted"),
    ("Typhoon Haiyan struck Leyte as a Category 5 on 8 November 2013.",
     "Typhoon Haiyan struck Leyte as a Category 5 super typhoon on 8 November 2013.", "supported"),
    # a name written in abbreviations is the name
    ("Hale founds Yerkes Obs in 1887", "George Ellery Hale founded the Yerkes Observatory in 1897.", "contradicted"),
    ("Hale founds Yerkes Obs in 1897", "George Ellery Hale founded the Yerkes Observatory in 1897.", "supported"),
    # the fact's doer of the act is in the claim only as an owner; the claim's doer did another act
    ("Florey purified the penicillin in Chain's laboratory",
     "Howard Florey led the Oxford team; Ernst Chain purified the penicillin that made it usable.", "contradicted"),
    ("Chain purified the penicillin for Florey's team",
     "Howard Florey led the Oxford team; Ernst Chain purified the penicillin that made it usable.", "supported"),
    # a person named in full is not the name that qualifies a thing ("the Fibonacci sequence")
    ("1202 - Leonardo Fibonacci publishes the Fibonacci sequence",
     "The sequence now called the Fibonacci sequence was first described by the scholar Pingala in 1202.", "unverified"),
    # (but the owner of a thing is who it is: "Carlsen's peak rating")
    ("Magnus Carlsen reached a rating of 2882 in May 2014.", "Carlsen's peak Elo rating was 2882, reached in May 2014.",
     "supported"),
    # what does the act in the claim is where it happened in the fact; the year differs
    ("Cape Denison in Antarctica clocked 320 km/h in July 1921.",
     "A wind gust of 320 km/h was recorded at Cape Denison, Antarctica, in July 1912.", "contradicted"),
    ("Cape Denison in Antarctica clocked 320 km/h in July 1912.",
     "A wind gust of 320 km/h was recorded at Cape Denison, Antarctica, in July 1912.", "supported"),
    # sizes written as a product
    ("A standard Sudoku is played on an 8×8 grid.", "A standard Sudoku is played on a 9×9 grid.", "contradicted"),
    # what a main clause rests on, in a complement, must be backed too
    ("Bitcoin's security rests on how hard it is to find hash collisions.",
     "The security of Bitcoin rests on the cost of computing proof of work.", "unverified"),
    # titles swapped between two people
    ("The scale was put together in 1971 by Herbert Saffir, a meteorologist, and Robert Simpson, a structural engineer.",
     "The scale was developed in 1971 by the civil engineer Herbert Saffir and the meteorologist Robert Simpson.",
     "contradicted"),
    ("The scale was devised in 1971 by the engineer Herbert Saffir and the meteorologist Robert Simpson.",
     "The scale was developed in 1971 by the civil engineer Herbert Saffir and the meteorologist Robert Simpson.",
     "supported"),
    # a participle aside may be said of the paper as well as of its authors
    ('In April 1953 James Watson and Francis Crick published "Molecular Structure of Nucleic Acids", proposing the '
     'double helix to the world.', 'James Watson and Francis Crick published "Molecular Structure of Nucleic Acids", '
     'which proposed the double helix, in April 1953.', "supported"),
    # a place or group the doers are at did what they did
    ("Bletchley's Hut 8 broke the naval Enigma in June 1941.",
     "Codebreakers at Hut 8 in Bletchley Park, led by Alan Turing, broke the naval Enigma in June 1941.", "supported"),
    # a name joined from two surnames is the two people
    ('Watson-Crick: double helix, "Molecular Structure of Nucleic Acids" (1953)',
     'James Watson and Francis Crick published "Molecular Structure of Nucleic Acids", which proposed the double '
     'helix, in April 1953.', "supported"),
    # "as" and a person's role says what someone was
    ("Banks sailed on the Endeavour as Cook's navigator",
     "Joseph Banks sailed on HMS Endeavour during James Cook's first voyage.", "unverified"),
    ("Banks sailed on the Endeavour during Cook's first voyage",
     "Joseph Banks sailed on HMS Endeavour during James Cook's first voyage.", "supported"),
    # a place alone backs nothing of what the clause names
    ("that trick is exactly what made code-breaking work at Bletchley",
     "About 10,000 people worked at Bletchley Park by 1945.", "unverified"),
    # a count of the dead is a count of people
    ("The Tangshan earthquake of 1976 left about 24,000 dead.", "The 1976 Tangshan earthquake killed about 242,000 people.",
     "contradicted"),
    ("The Tangshan earthquake of 1976 left about 242,000 dead.", "The 1976 Tangshan earthquake killed about 242,000 people.",
     "supported"),
    # a share in words is a percentage
    ("By 1944 some 40,000 people worked at Willow Run, and about three in ten of them were women.",
     "About 40,000 people worked at Willow Run by 1944, roughly three-tenths of them women.", "supported"),
    ("By 1944 some 40,000 people worked at Willow Run, and about 30% of them were women.",
     "About 40,000 people worked at Willow Run by 1944, roughly three-tenths of them women.", "supported"),
])
def test_tenth_stop_probes(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("claim, fact, verdict", [
    # another qualifier of the same domain on one noun: another concept
    ("Mayr's 1942 book set out the phylogenetic species concept.",
     "Ernst Mayr set out the biological species concept in his 1942 book.", "contradicted"),
    ("Mayr's 1942 book set out the biological species concept.",
     "Ernst Mayr set out the biological species concept in his 1942 book.", "supported"),
    # a kind WordNet names with a hyphened qualifier, against the fact's named kind
    ("In 1956 Robbins banded Wisdom, a black-footed albatross.",
     "Wisdom, a Laysan albatross, was banded in 1956 by Chandler Robbins.", "contradicted"),
    ("The ivory-billed woodpecker was last seen in Cuba in 1987.",
     "The ivory-billed woodpecker was last seen in Cuba in 1987.", "supported"),
    # a title qualifying a noun names a kind ("King penguin"): not dropped as a title (and, since the forty-seventh
    # stop, another kind of penguin holding the record is a conflict: "which" and "kind" are one difference)
    ("Deepest dive: King penguin, ~564 m",
     "The emperor penguin holds the record for the deepest dive, about 564 metres.", "unverified|contradicted"),
    # the fact puts the act forward ("proposed", "planned"), it does not say it was done
    ("The bridge was built across the estuary in 1890.",
     "In 1890 the council planned to build a bridge across the estuary.", "unverified"),
    ("The council planned to build a bridge across the estuary in 1890.",
     "In 1890 the council planned to build a bridge across the estuary.", "supported"),
    # a standard and its offset are compared as one code
    ("India = UTC+6:30", "India's standard time is UTC+5:30.", "unverified"),
    ("India is on UTC+5:30.", "India's standard time is UTC+5:30.", "supported"),
    # a first name and surname, then a town: the town is said of the person
    ("In 1657 Salomon Coster of Amsterdam built the first pendulum clock.",
     "The first pendulum clock was built by the Hague clockmaker Salomon Coster in 1657.", "unverified"),
    # a day named by what it was is when it happened: the fact must say so
    ("Harrison died in London in 1776, on his birthday.", "John Harrison died in London on 24 March 1776.",
     "unverified"),
])
def test_eleventh_stop_probes(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


def test_a_framed_act_says_why_it_is_not_supported(nlp: Language) -> None:
    m = pair(nlp, "The ivory-billed woodpecker was declared extinct in 2021.",
             "In 2021 the US Fish and Wildlife Service proposed declaring the ivory-billed woodpecker extinct.")
    assert m.verdict == "unverified"
    assert "'declared' (only 'proposed declaring')" in m.reason


@pytest.mark.parametrize("claim, fact, verdict", [
    # a name said shorter, words left out and others shortened or said alike
    ("The first quartz clock was built at Bell Labs in 1927.",
     "The first quartz clock was built at Bell Telephone Laboratories in 1927.", "supported"),
    # a noun right after a common noun is the unit it qualifies, not a rank
    ("First leap second: added at the end of 30 June 1972",
     "The first leap second was added at the end of 30 June 1972.", "supported"),
    # a work's maker by name against the owner the fact gives it
    ("1962: The Silent Spring, by Betty Friedan, published", "Rachel Carson's Silent Spring was published in 1962.",
     "contradicted"),
    ("1963: The Feminine Mystique, by Betty Friedan, published",
     "Betty Friedan's The Feminine Mystique was published in 1963.", "supported"),
    # another nation's adjective on the same participle, or opening the name the noun heads
    ("Joseph Conrad (a Russian-born novelist) wrote Nostromo in 1904.",
     "The Polish-born novelist Joseph Conrad wrote Nostromo in 1904.", "contradicted"),
    ("The firm made its first typewriter in 1873, for an Italian duchess.",
     "The firm made its first typewriter, for the Austrian Duchess Teschen, in 1873.", "contradicted"),
    # one figure in another currency at the same place of the act
    ("December 2010: a copy of the atlas sells at Christie's London for about $7.3m",
     "In December 2010 a copy of the atlas sold at Christie's in London for about £7.3 million.", "contradicted"),
])
def test_eleventh_stop_second_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("claim, fact, verdict", [
    # one qualifier on two nouns, the claim's noun of the fact's noun's class in one of its senses
    ("The glass is poured onto a bath of molten lead.", "In the float process, molten glass is poured onto a bath of "
     "molten tin.", "contradicted"),
    # with no act compared, the subject alone is no backing for what the clause says of it
    ("Canada followed with a nationwide ban the next year.", "Zebra mussels were first found in Canada in 1988.",
     "unverified"),
    # a verbless line's adjective qualifies its head noun
    ("R.W. = Darwin's paternal grandfather", "Josiah Wedgwood was the maternal grandfather of Charles Darwin.",
     "unverified"),
    # where it went in the claim is where it came from in the fact: not backed (a road runs both ways)
    ("In 1756 the manufactory moved back to Vincennes.", "The porcelain manufactory moved from Vincennes to Sèvres in 1756.",
     "unverified"),
    ("The road runs to Edinburgh.", "The road runs from Edinburgh to London.", "unverified"),
    ("In 1756 the manufactory moved to Sèvres.", "The porcelain manufactory moved from Vincennes to Sèvres in 1756.",
     "supported"),
])
def test_eleventh_stop_third_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("claim, fact, verdict", [
    # a light verb, all the clause says backed, and denied
    ("Owls can't see colour at dusk.", "Owls can see colour at dusk.", "contradicted"),
    ("Owls can see colour at dusk.", "Owls can see colour at dusk.", "supported"),
    # a field the fact capitalises rivals the claim's plain word
    ("1973: Nobel for von Frisch, Lorenz and Tinbergen – in chemistry",
     "Karl von Frisch shared the 1973 Nobel Prize in Physiology or Medicine with Konrad Lorenz and Nikolaas "
     "Tinbergen.", "contradicted"),
    # a country's dollar before its figure
    ("April 2014: the cup sells for about HK$28 million",
     "In April 2014 the cup sold at auction in Hong Kong for about HK$281 million.", "contradicted"),
    ("April 2014: the cup sells for about HK$281 million",
     "In April 2014 the cup sold at auction in Hong Kong for about HK$281 million.", "supported"),
])
def test_eleventh_stop_fourth_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("claim, fact, verdict", [
    # a name qualifying a noun says whose, not which kind, unless the noun is a creature or a plant
    ("Sancerre is a white wine.", "Sancerre is a French wine from the Loire valley.", "unverified"),
    # a pertaining qualifier against another, where WordNet names both kinds, is said once, as a kind
    ("A total lunar eclipse crossed North America on 8 April 2024.",
     "A total solar eclipse crossed North America on 8 April 2024.", "contradicted"),
])
def test_eleventh_stop_review_probes(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("claim, fact, verdict", [
    # a denied light verb conflicts only with the fact's own use of that verb
    ("The route does not include Leeds.", "The route avoids Leeds.", "unverified"),
    ("The album does not feature Paul McCartney.", "Paul McCartney produced the album.", "unverified"),
    # a class of creatures against one of its kinds named by the fact: not another kind
    ("The painting shows a brown bear.", "The painting shows a Kodiak bear.", "unverified"),
    ("The farm kept a dairy cow.", "The farm kept a Holstein cow.", "unverified"),
    # an ordinal before an infinitive keeps its rank ("first to land")
    ("Apollo 12 was the mission first to land on the Moon.", "Apollo 12 was the second mission to land on the Moon.",
     "contradicted"),
    # "hoped" (lemma "hop") and a scheduled passive frame the act too
    ("The team won the cup in 2004.", "In 2004 the team hoped to win the cup.", "unverified"),
    ("The team won the cup in 2004.", "In 2004 the team was expected to win the cup.", "unverified"),
])
def test_eleventh_stop_review_of_the_change(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


_TWELFTH_STOP_PROBES = [
    # a relative clause set off by a comma says something of its own the fact must back
    ("The beetle Dynastes hercules, which eats only pine needles, lives in Central America.",
     "The beetle Dynastes hercules, which feeds on rotting fruit, lives in Central America.", "unverified"),
    ("The beetle Dynastes hercules, which feeds on rotting fruit, lives in Central America.",
     "The beetle Dynastes hercules, which feeds on rotting fruit, lives in Central America.", "supported"),
    # stuff or creatures an act's own phrase names are what the clause says
    ("The Cromford mill ran on coal in 1771.", "The Cromford mill opened in 1771.", "unverified"),
    ("Carmine dye came from beetles.", "Carmine dye is named after the Arabic word qirmiz.", "unverified"),
    # ... and so is what a word of the clause is full of (a word of two letters abbreviates something else)
    ("The Victoria back in Seville 1522, hold full of cinnamon", "The Victoria returned to Seville in 1522 with a "
     "cargo of cloves.", "unverified"),
    ("VOC founded 1602, merger of several small Dutch co's", "The VOC was founded in 1602 as a merger of several "
     "small Dutch companies.", "supported"),
    # ... and what the thing is made with (found by the review, wrong before this stop)
    ("The monks brewed beer with honey.", "The monks brewed beer with hops.", "unverified"),
    # a participle a noun qualifies in a clause the fact does not assert is no act of the claim's subject
    ("The mills ran on steam.", "The Lowell mills hired farm girls, who lived in company-run dormitories.",
     "unverified"),
]


def test_a_participle_qualified_in_the_facts_main_clause_still_names_its_act(nlp: Language) -> None:
    facts = [Fact("riots", "The Luddite machine-breaking riots began in Lancashire in 1812.", "", "", "", "a"),
             Fact("name", "The Luddites took their name from Ned Ludd, a mythical weaver.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["The Luddites, who took their name from Ned Ludd, began breaking looms in Cheshire "
                                "in 1812."])
    m = judge_claim("c", claim, index).match
    assert (m.verdict, m.fact_id) == ("contradicted", "riots"), m.reason


_TWELFTH_STOP_SECOND_ROUND = [
    # "not in X but in Y": the place denied for the one the fact gives
    ("The first opera house opened not in Rome but in Venice, in 1637.", "The first public opera house opened in "
     "Venice in 1637.", "supported"),
    ("The first opera house opened not in Venice but in Rome, in 1637.", "The first public opera house opened in "
     "Venice in 1637.", "contradicted"),
    # what the claim denies of one actor, the fact does not say of another
    ("The Spanish never managed to conquer the island in 1640.", "In 1640 Dutch forces led by Anthony van Diemen "
     "conquered the island.", "unverified"),
]


def test_a_places_name_is_not_a_common_noun_it_is_a_sense_of(nlp: Language) -> None:
    from pipeline.verify.align import align

    claim, fact = read_texts(nlp, ["The ship sailed to Java.", "The ship carried coffee."])
    java = [f for f in align(claim, 0, fact).findings if f.part.text == "Java"]
    assert java and java[0].status != "backed"  # WordNet's "java" is coffee; the island is not


_TWELFTH_STOP_THIRD_ROUND = [
    # a narrower word for what the fact calls someone is no rival: the date is the difference
    ("John Kay, a surgeon, patented the flying shuttle in 1743.", "John Kay, an English doctor, patented the "
     "flying shuttle in 1733.", "contradicted"),
    # a calling the fact does not give is not backed, and no conflict: one person may have several
    # (after the review: "Ronald Reagan was an actor" / "Ronald Reagan, the American president")
    ("Kay was a surgeon.", "John Kay, an English clergyman, patented the flying shuttle in 1733.", "unverified"),
    ("Kay was a clergyman.", "John Kay, an English clergyman, patented the flying shuttle in 1733.", "supported"),
]


_TWELFTH_STOP_FOURTH_ROUND = [
    # a participle's thing named by its owner, whom the fact names: the date is the difference
    ("Karl Drais's running machine, patented in 1827, had two wheels.", "Karl Drais patented a two-wheeled "
     "running machine in 1817.", "contradicted"),
    # a name a place-noun says is a place ("the island of X") is a rival of another place
    ("1850 - Jean Dupont plants cloves on Zanzibar", "In 1850 Jean Dupont, a French planter on the island of "
     "Pemba, planted cloves.", "contradicted"),
    # another nation's adjective, said by a copula, against the one the fact sets beside the name: no
    # conflict (after the review: one may hold two, or take another: "Einstein was Swiss")
    ("Marie Lefebvre was Belgian.", "Marie Lefebvre, the Swiss wife of Louis Perrin, founded the school in 1840.",
     "unverified"),
    ("Marie Lefebvre was Swiss.", "Marie Lefebvre, the Swiss wife of Louis Perrin, founded the school in 1840.",
     "supported"),
    ("Louis Perrin was Belgian.", "Marie Lefebvre, the Swiss wife of Louis Perrin, founded the school in 1840.",
     "unverified"),
]


_TWELFTH_STOP_FIFTH_ROUND = [
    # a small word stressed in capitals is that word, not a name the fact must give
    ("Cloves ONLY grew on the Moluccas until the 1600s.", "Until the 17th century cloves grew only on the "
     "Moluccas.", "supported"),
    ("Cloves grew on the Moluccas until the 1800s.", "Until the 17th century cloves grew only on the Moluccas.",
     "contradicted"),
]


_TWELFTH_STOP_AGES = [
    # an age compares with an age however each is written
    ("Mozart died in Vienna in 1791, aged only 40.", "Mozart died in Vienna in 1791 at the age of 35.", "contradicted"),
    ("Mozart died in Vienna in 1791 at the age of thirty-five.", "Mozart died in Vienna in 1791, aged 35.", "supported"),
    ("In 1756 Anna Weber, 9, played the organ in Salzburg.", "In 1756 Anna Weber, a 12-year-old girl, played the "
     "organ in Salzburg.", "contradicted"),
]


def test_a_countrys_people_as_the_doer_are_that_country(nlp: Language) -> None:
    fact = "Under the Treaty of Paris of 1763 France gave up Canada to Britain."
    assert pair(nlp, "In 1763 the French gave up Canada.", fact).verdict != "contradicted"
    assert pair(nlp, "In 1763 the Spanish gave up Canada.", fact).verdict == "contradicted"


def test_a_name_in_an_aside_on_the_facts_noun_is_its_rival(nlp: Language) -> None:
    fact = "Ibn Battuta reached Delhi in 1334, during the reign of the Tughlaq dynasty."
    m = pair(nlp, "1334: Ibn Battuta reaches Delhi (Mughal dynasty)", fact)
    assert m.verdict == "contradicted" and "Mughal vs Tughlaq" in m.reason, m.reason


_TWELFTH_STOP_REVIEW_PROBES = [
    # probes of the review of this stop's change, each a wrong verdict it found and the mend keeps right
    ("Smartphones became common in the 2000s.", "Smartphones became common in 2016.", "contradicted"),
    # (a part of a century narrows it: no longer backed by a year outside that part)
    ("The canal was built in the early 19th century.", "The canal was built in 1890.", "unverified"),
    ("The canal was built in the late 18th century.", "The canal was built in 1702.", "unverified"),
    ("SO emissions fell sharply in the 1990s.", "Methane emissions fell sharply in the 1990s.", "unverified"),
    ("The company has offices in Paris, not in London.", "The company has offices in London and in Paris.",
     "unverified"),
    ("Ronald Reagan was an actor.", "Ronald Reagan, the American president, signed the treaty in 1987.", "unverified"),
    ("Albert Einstein was Swiss.", "Albert Einstein, the German physicist, won the prize in 1921.", "unverified"),
    ("The Enola Gay (a Boeing aircraft) bombed Hiroshima on 6 August 1945.", "The Enola Gay, a USAAF aircraft, "
     "bombed Hiroshima on 6 August 1945.", "unverified"),
    ("The club won 30 titles in its first century.", "The club won 30 titles between 1890 and 1990.", "unverified"),
    ("Monet's bridge, painted in 1899, hangs in London.", "Monet's painting of the bridge was finished in 1926.",
     "unverified"),
]


# the twelfth stop's probes, round by round, and the review's (each list above says what it checks)
@pytest.mark.parametrize("claim, fact, verdict", (
    _TWELFTH_STOP_PROBES + _TWELFTH_STOP_SECOND_ROUND + _TWELFTH_STOP_THIRD_ROUND + _TWELFTH_STOP_FOURTH_ROUND
    + _TWELFTH_STOP_FIFTH_ROUND + _TWELFTH_STOP_AGES + _TWELFTH_STOP_REVIEW_PROBES))
def test_twelfth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


_THIRTEENTH_STOP_PROBES = [
    # a person named "of" a country, against the fact's word for their nation
    ("The first Tour of Flanders was won by Paul Deman of France.",
     "The first Tour of Flanders, in 1913, was won by the Belgian rider Paul Deman.", "contradicted"),
    ("The first Tour of Flanders was won by Paul Deman of Belgium.",
     "The first Tour of Flanders, in 1913, was won by the Belgian rider Paul Deman.", "supported"),
    # a demonym on the person in a line without a verb is their nationality, not another "which"
    ("Tour of Flanders 1913: Paul Deman, a Dutchman",
     "The first Tour of Flanders, in 1913, was won by the Belgian rider Paul Deman.", "contradicted"),
    # the years a fact lists for one act are all there were
    ("Anna Berg (1961, 1963–65, 1968)", "Anna Berg won the Vasaloppet four times, in 1961, 1963, 1964 and 1965.",
     "contradicted"),
    ("Anna Berg (1961–64)", "Anna Berg won the Vasaloppet five times, in 1961, 1962, 1963, 1965 and 1966.",
     "contradicted"),
    ("Anna Berg (1963–65)", "Anna Berg won the Vasaloppet four times, in 1961, 1963, 1964 and 1965.", "supported"),
    # a span of years is not backed by one year strictly inside it (a year at an end may be a birth or a death)
    ("Lars Holm (1951–1962)", "Lars Holm set the Nordic record in 1955.", "unverified"),
    ("Lars Holm (1950–1990)", "Lars Holm was born in 1950.", "supported"),
    # "c. 1310" is a year said roughly, not a span: a fact's year inside it still backs it
    ("The abbey was founded c. 1310.", "The abbey was founded in 1312.", "supported"),
    # "there were no X" says what a fact's "X was cancelled" says: no denial
    ("There were no Highland Games in 1916 or 1917.",
     "The 1916 and 1917 Highland Games were cancelled because of the war.", "unverified"),
    # another relation to the same named relative
    ("Joseph Swan was John Swan's son.", "Joseph Swan was the nephew of John Swan.", "contradicted"),
    ("Joseph Swan was John Swan's son.", "Joseph Swan was the son of John Swan.", "supported"),
    ("Joseph Swan was John Swan's pupil.", "Joseph Swan was the nephew of John Swan.", "unverified"),
    # "beat" is a kind of winning, when the one beaten is in the fact
    ("1960 - Elliott beats Jazy by 28 seconds", "Herb Elliott won the 1960 Olympic 1500 m by 2.8 seconds over "
     "Michel Jazy.", "contradicted"),
    ("beaten by Ilie Nastase in the final", "Ilie Nastase won the silver medal behind Stan Smith in the final.",
     "unverified"),
    # the one beaten is who wins in the fact (a wrong support before, in other words)
    ("1980 McEnroe beats Borg in the final, London", "In July 1980 in London, John McEnroe won the fourth set of "
     "the final against Björn Borg, but Borg won the final in five sets.", "contradicted"),
    # a nation's adjective is its name on the same noun
    ("Ernest Michaux was granted an American patent for a steam velocipede in 1868.",
     "Ernest Michaux was granted a United States patent for a steam velocipede in 1868.", "supported"),
    ("Ernest Michaux was granted a French patent for a steam velocipede in 1868.",
     "Ernest Michaux was granted a United States patent for a steam velocipede in 1868.", "contradicted"),
    # a country's code in brackets after a place is the claim's own, unchecked: it may be wrong ("Grenchen (FR)")
    ("Boardman rode 56.375 km in Manchester (UK) in September 1996.",
     "Chris Boardman rode 56.375 km in Manchester in September 1996.", "unverified"),
    # "DoD": a small letter for the small word
    ("The DoD funded ARPANET in 1969.", "The Department of Defense funded ARPANET in 1969.", "supported"),
    # "ten wins" is a count of winning
    ("Jahangir Khan (ten wins, 1982–91)", "Jahangir Khan won the British Open ten times between 1982 and 1991.",
     "supported"),
    ("Jahangir Khan (nine wins, 1982–91)", "Jahangir Khan won the British Open ten times between 1982 and 1991.",
     "contradicted"),
    # one of a list of doers does another act of the fact, beside the fact's doers
    # a year the reader counts, with no act compared, is no conflict
    ("In 2018 the EU banned it. The United States followed with a nationwide ban the next year.",
     "Africanized honey bees were first found in the United States in Texas in 1990.", "unverified"),
    ("At the conference Italy, Chile and Costa Rica abstained.",
     "At the 1902 conference Costa Rica voted against the treaty, while Italy and Chile abstained.", "contradicted"),
]


def test_a_span_of_years_is_not_backed_by_another_facts_year_inside_it(nlp: Language) -> None:
    # "Merckx (1969-73)": not backed by his hour record of 1972, and refuted by the years of his wins
    facts = [Fact("hour", "Anna Berg set the hour record in Oslo in 1963.", "", "", "", "a"),
             Fact("wins", "Anna Berg won the Vasaloppet five times, in 1961, 1962, 1963, 1964 and 1966.",
                  "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Anna Berg (1961–65)"])
    m = judge_claim("c", claim, index).match
    assert (m.verdict, m.fact_id) == ("contradicted", "wins"), m.reason


_THIRTEENTH_STOP_REVIEW_PROBES = [
    # probes of the review of this stop's change (/work/review13), each a wrong verdict the mends keep right
    # (a person's nationality word is tied to them by position: two players, two nations)
    ("Rafael Nadal beat Roger Federer of Spain in the 2008 Wimbledon final.",
     "The Spanish player Rafael Nadal beat the Swiss player Roger Federer in the 2008 Wimbledon final.", "contradicted"),
    # (a nation's continent is not where to look: Brazil is in America, not in the United States)
    ("The 100 metres at the 1936 Olympics was won by Jesse Owens of Brazil.",
     "The American sprinter Jesse Owens won the 100 metres at the 1936 Olympics.", "contradicted"),
    ("The 100 metres at the 1936 Olympics was won by Jesse Owens of Ohio State.",
     "The American sprinter Jesse Owens won the 100 metres at the 1936 Olympics.", "unverified"),
    ("The Nobel Prize in Physics in 1903 went to Marie Curie of Poland.",
     "The Polish physicist Marie Curie shared the 1903 Nobel Prize in Physics.", "supported"),
    ("Isabella of France married Edward II in 1308.", "The English queen Isabella married Edward II in 1308.",
     "unverified"),  # a royal's style is no nationality
    # (years: a range across gaps of a list is not backed; a span of the act's own date is not backed by one end)
    ("Brazil won the World Cup from 1958 to 1970.", "Brazil won the World Cup in 1958, 1962, 1970, 1994 and 2002.",
     "unverified"),
    ("Borg won Wimbledon from 1976 to 1980.", "Björn Borg won Wimbledon in 1976, 1977, 1978, 1979 and 1980.",
     "supported"),
    ("Dickens (1812-1870) visited America in 1842.", "Dickens visited America in 1842, 1867 and 1868.", "unverified"),
    ("The Eiffel Tower was built in 1887-1895.", "The Eiffel Tower was built in 1887.", "unverified"),
    ("Marie Curie (1867–1934) was born in Warsaw.", "Marie Curie was born in Warsaw in 1867.", "supported"),
    ("1964-1968: Abu Simbel temples moved to higher ground", "Between 1964 and 1968 the temples of Abu Simbel were "
     "cut into blocks and moved to higher ground.", "supported"),
    ("Marie Curie won Nobel Prizes in 1903 and 1910.", "Marie Curie won Nobel Prizes in 1903 and 1911.", "contradicted"),
    # (denying the privative act itself is a denial)
    ("There was no ban on smoking in Irish pubs in 2004.", "Smoking was banned in Irish pubs in 2004.", "contradicted"),
    # (kin: "great-" makes another relation; a broad word is no rival)
    ("Edward VII was the grandson of George III.", "Edward VII was the great-grandson of George III.", "contradicted"),
    ("Edward VII was the great-grandson of George III.", "Edward VII was the grandson of George III.", "unverified"),
    ("Queen Victoria was a descendant of George III.", "Queen Victoria was the granddaughter of George III.",
     "unverified"),
    # (who won: "beat" and "defeat" against a fact that has the other one win)
    ("Nadal beat Federer in the 2007 Wimbledon final.", "Roger Federer won the 2007 Wimbledon final against Rafael "
     "Nadal.", "contradicted"),
    ("Nadal defeated Federer in the 2007 Wimbledon final.", "Roger Federer won the 2007 Wimbledon final against "
     "Rafael Nadal.", "contradicted"),
    ("Nadal thrashed Federer in the 2007 Wimbledon final.", "Roger Federer won the 2007 Wimbledon final against "
     "Rafael Nadal.", "unverified"),
    ("Luz Long beat Owens in the long jump in 1936.", "Luz Long won silver behind Jesse Owens in the long jump in "
     "1936.", "unverified"),
    ("Owens beat Luz Long in the long jump in 1936.", "Luz Long won silver behind Jesse Owens in the long jump in "
     "1936.", "supported"),
    # (the same doer, an act defined as a kind of the fact's act's opposite: since the twenty-first stop)
    ("Napoleon beat Wellington at Waterloo in 1815.", "Napoleon lost the Battle of Waterloo to Wellington in 1815.",
     "contradicted"),
    # (a co-doer "with" the claim's doer does another act of the fact; a broader act said of all is none)
    ("France abstained together with Mexico.", "Mexico voted against the resolution, while France and Brazil "
     "abstained.", "contradicted"),
    ("Armstrong, Aldrin and Collins travelled to the Moon.", "Armstrong and Aldrin walked on the Moon, while Collins "
     "orbited in the command module.", "supported"),
    # (a made thing after "for" on the same noun)
    ("Bell received an American patent for the phonograph in 1876.", "Alexander Graham Bell received a United States "
     "patent for the telephone in 1876.", "contradicted"),
    # (a count of an act, not a measure: "twice the size" against "three times the size" is not a count of sizing)
    ("Canada is more than twice the size of India.", "Canada is about three times the size of India.", "unverified"),
    # (a clipped year: '29 is 1929)
    ("Wall Street crashed in Oct '29.", "Wall Street crashed in October 1929.", "supported"),
]


@pytest.mark.parametrize("claim, fact, verdict", _THIRTEENTH_STOP_PROBES + _THIRTEENTH_STOP_REVIEW_PROBES)
def test_thirteenth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_a_counted_year_meets_the_date_of_the_only_clause_that_tells_the_act(nlp: Language) -> None:
    # "company founded the same year" (1925) is not backed by a company "founded in Paris in 1868"
    facts = [Fact("shop", "Edoardo Bianchi opened a workshop in Milan in 1925.", "", "", "", "a"),
             Fact("michaux", "Michaux et Cie, founded in Paris in 1868, was the first company to mass-produce "
                  "velocipedes.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["1925 - Bianchi opens a workshop in Milan; company founded the same year"])
    m = judge_claim("c", claim, index).match
    assert m.verdict == "unverified", m.reason


def test_a_span_against_a_span_and_a_year_inside_it_is_judged_without_failing(nlp: Language) -> None:
    # together the fact's span and its year inside the claim's agree; neither does alone (a StopIteration
    # the public benchmark found in this stop's change)
    m = pair(nlp, "The survey ran from 1951 to 1962.", "The survey ran from 1955 to 1960 and was extended in 1958.")
    assert m.verdict == "unverified", m.reason


_FOURTEENTH_STOP_PROBES = [
    # two hedged figures agree only when one falls within what the other allows (and "~20 °C" is
    # ten per cent of 20, not of 293 kelvin)
    ("The dough was proofed at ~20 °C.", "The dough is proofed at about 25 °C.", "contradicted"),
    ("The dough was proofed at ~25 °C.", "The dough is proofed at about 25 °C.", "supported"),
    ("The town had about 1,500 inhabitants.", "The town had 1,520 inhabitants.", "supported"),
    # a people's noun first, the name in apposition to it, is the person's nationality, whatever the
    # event
    ("The idea came from an Austrian, Karl Benz.", "The German engineer Karl Benz built the first practical car in 1885.",
     "contradicted"),
    ("The first practical car was built by a Frenchman, Karl Benz.",
     "The German engineer Karl Benz built the first practical car in 1885.", "contradicted"),
    # (not a rank's noun: "the first American in orbit" is no nationality said of Shepard)
    ("first American in orbit: Alan Shepard", "Alan Shepard became the first American in space in 1961.", "unverified"),
    # a list the claim keeps to, where the fact's is longer
    ("The hoard held only copper and tin coins.", "The hoard held 900 coins of copper, tin and silver.", "contradicted"),
    ("900 coins, copper + tin only", "The hoard held 900 coins of copper, tin and silver.", "contradicted"),
    ("The hoard held coins of copper, tin and silver only.", "The hoard held 900 coins of copper, tin and silver.",
     "supported"),
    ("The hoard held coins of copper and tin.", "The hoard held 900 coins of copper, tin and silver.", "supported"),
    # the realm or home a person is "of", in a part of its own, inside the name, or on the noun for them
    ("King Harald of Norway gave the town its charter.", "King Harald of Denmark granted the town a charter in 1050.",
     "contradicted"),
    ("Harald of Wessex: the town charter", "King Harald of Mercia granted the town a charter in 1050.", "contradicted"),
    ("Jane Field, a Vermont printer, printed the map in 1801.", "Jane Field of Ohio printed the map in 1801.",
     "contradicted"),
    ("Jane Field, a Vermont printer, printed the map in 1801.", "Jane Field of Vermont printed the map in 1801.",
     "supported"),
    # (not a body "of" a place: another bank is another thing, not another home)
    ("The Bank of Scotland issued the note in 1801.", "The Bank of England issued the note in 1801.", "contradicted"),
    # the name of the body that did it, in the body's place
    ("The coins were struck by the Tang in Nanjing in 621.", "The Sui government began striking the coins in Nanjing in 621.",
     "contradicted"),
    # "first" on the same act in other words
    ("The comet was first spotted in Chile in 1996.", "The comet was first detected in Chile in 1996.", "supported"),
    ("The comet was last spotted in Chile in 1996.", "The comet was first detected in Chile in 1996.", "unverified"),
    # the nation naming the currency is the amount's, when the fact's figure names it too
    ("The appeal raised more than nine million US dollars in 2019.", "The appeal raised more than US$9 million in 2019.",
     "supported"),
    ("The appeal raised more than nine million Canadian dollars in 2019.",
     "The appeal raised more than US$9 million in 2019.", "unverified"),
    # "up to" names the most there was (and the "up" of "up to" a figure is no particle of the verb)
    ("The press printed up to 3,000 sheets a day.", "The press could print up to about 300 sheets a day.", "contradicted"),
    ("The press printed up to 300 sheets a day.", "The press could print up to about 300 sheets a day.", "supported"),
    # three dates and figures pin the event without a name
    ("1804 silver dollar -> record $7.7m at Bonhams, May 2021",
     "In May 2021 an 1804 silver dollar sold at Stack's in New York for about US$7.7 million.", "contradicted"),
]


@pytest.mark.parametrize("claim, fact, verdict", _FOURTEENTH_STOP_PROBES)
def test_fourteenth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_a_name_another_fact_backs_with_its_date_is_no_rival_in_a_list_of_dated_events(nlp: Language) -> None:
    # "Rabies arrivals: Chile 1987, Peru 1992, Bolivia 2022": each place is its own fact's, not a
    # rival of the Bolivian port's
    facts = [Fact("cl", "Rabies was first detected in Chile in 1987.", "", "", "", "a"),
             Fact("pe", "Rabies was first detected in Peru in 1992.", "", "", "", "a"),
             Fact("bo", "Rabies was detected at the port of Puerto Suarez in Bolivia in 2022.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Rabies arrivals: Chile 1987, Peru 1992, Bolivia 2022"])
    m = judge_claim("c", claim, index).match
    assert m.verdict != "contradicted", m.reason


# the review of this stop's change (an independent reviewer's own sentences), wrong on the change as
# first written, right after its mends: namesakes, places inside places, lists of doers, temperatures
_FOURTEENTH_STOP_REVIEW_PROBES = [
    ("The vaccine was tested only on mice and rats.", "The vaccine was tested on mice, rats and monkeys.", "contradicted"),
    ("The school teaches only Latin and Greek.", "The school teaches Latin, Greek and mathematics.", "contradicted"),
    ("The ferry runs only on Saturdays and Sundays.", "The ferry runs on Saturdays, Sundays and public holidays.", "contradicted"),
    ("The island is home only to lizards and snakes.", "The island is home to lizards, snakes and frogs.", "contradicted"),
    ("The law applied only to men and boys.", "The law applied to men, boys and widows.", "contradicted"),
    ("The comet is visible only in spring and autumn.", "The comet is visible in spring, summer and autumn.", "contradicted"),
    ("The firm makes solely cars and trucks.", "The firm makes cars, trucks and buses.", "contradicted"),
    ("The orchestra performed works by Bach and Handel only.", "Bach, Handel and Vivaldi were born in the 1680s.", "unverified"),
    ("Only Denmark and Sweden signed the treaty.", "Denmark, Sweden and Norway were founding members of the council.", "unverified"),
    ("The album features only Lennon and McCartney.", "Lennon, McCartney and Harrison grew up in Liverpool.", "unverified"),
    ("The festival showed films by Kurosawa and Ozu only.", "Kurosawa, Ozu and Mizoguchi directed films for Daiei.", "unverified"),
    ("The rebels controlled only Lyon and Marseille.", "Lyon, Marseille and Toulouse are the largest cities of southern France.", "unverified"),
    ("The river flows through only Austria and Hungary.", "The Danube flows through Germany, Austria, Slovakia and Hungary.", "unverified"),
    ("The Danube flows only through Austria and Hungary.", "The Danube flows through Germany, Austria, Slovakia and Hungary.", "contradicted"),
    ("The river is navigable only by canoes and rafts.", "The river is navigable by canoes, rafts and small steamers.", "contradicted"),
    ("The manuscript is written only in Greek and Latin.", "The manuscript is written in Greek, Latin and Coptic.", "contradicted"),
    ("Only Watson and Crick discovered the structure of DNA in 1953.", "Watson and Crick, together with Rosalind Franklin, discovered the structure of DNA in 1953.", "contradicted"),
    ("Only Watson and Crick discovered the structure of DNA in 1953.", "Watson and Crick discovered the structure of DNA with Franklin in 1953.", "contradicted"),
    ("Only Hillary and Tenzing climbed Everest in 1953.", "Hillary and Tenzing climbed Everest with Lowe in 1953.", "contradicted"),
    ("Everest was climbed only by Hillary and Tenzing in 1953.", "In 1953 Everest was climbed by Hillary, Tenzing and Lowe.", "contradicted"),
    ("Only Fleming and Florey received the 1945 Nobel Prize in Medicine.", "Fleming and Florey received the 1945 Nobel Prize in Medicine with Chain.", "contradicted"),
    ("The gallery shows only Monet and Renoir.", "The gallery shows Monet, Renoir and a film about them.", "contradicted"),
    ("The council admitted only nobles and clergy.", "The council admitted nobles and clergy, not merchants and peasants.", "supported"),
    ("The league included only England and Scotland.", "The league included England and Scotland, but not Wales or Ireland.", "supported"),
    ("Mark Twain, a Missouri writer, published Huckleberry Finn in 1884.", "Mark Twain of Hartford published Huckleberry Finn in 1884.", "unverified"),
    ("King Philip of Spain married Mary Tudor.", "King Philip of France defeated King John at Bouvines.", "unverified"),
    ("King Philip of Spain sent the Armada against England.", "King Philip of France fought King John of England.", "unverified"),
    ("Prince Albert of Monaco founded the oceanographic museum.", "Prince Albert of Saxe-Coburg organised the Great Exhibition.", "unverified"),
    ("Queen Margaret of Denmark united the Nordic crowns.", "Queen Margaret of Scotland founded Dunfermline Abbey.", "unverified"),
    ("Charles of Anjou conquered Sicily.", "Charles of Lorraine besieged Buda.", "unverified"),
    ("Duke William of Normandy conquered England.", "Duke William of Aquitaine founded Cluny Abbey.", "unverified"),
    ("Saint George of Cappadocia was martyred.", "Saint George of Antioch wrote hymns.", "unverified"),
    ("Anne of Denmark married James VI.", "Queen Anne of Great Britain died in 1714.", "unverified"),
    ("Maria Theresa of Austria ruled Hungary.", "Maria Theresa of Spain married Louis XIV.", "unverified"),
    ("Queen Elizabeth of England knighted Drake.", "Queen Elizabeth of Romania wrote poems.", "unverified"),
    ("John of Lancaster led the English army in France.", "John of Luxembourg fought at Crécy.", "unverified"),
    ("The Count of Toulouse joined the crusade.", "The Count of Flanders founded the abbey.", "unverified"),
    ("Peter of Aragon invaded Sicily.", "Peter of Castile was murdered by his half-brother.", "unverified"),
    ("Hildegard of Germany composed the hymns.", "Hildegard of Bingen composed the hymns.", "unverified"),
    ("Catherine of Italy persuaded the pope to return to Rome.", "Catherine of Siena persuaded the pope to return to Rome.", "unverified"),
    ("Henry Ford, a Michigan engineer, founded the company in 1903.", "Henry Ford of Dearborn founded the company in 1903.", "unverified"),
    ("The idea came from an Englishman, William Paterson.", "The Scottish merchant William Paterson proposed the Bank of England in 1691.", "contradicted"),
    ("Titanic was directed by a Canadian, James Cameron.", "The British journalist James Cameron reported from Korea.", "unverified"),
    ("A Canadian, James Cameron, directed Titanic.", "The Scottish journalist James Cameron covered the Korean War.", "unverified"),
    ("A Scot, Robert Burns, wrote Auld Lang Syne.", "The American engineer Robert Burns designed the dam.", "unverified"),
    ("Prince Henry of Portugal sponsored voyages.", "Prince Henry of Wales joined the army.", "unverified"),
    ("The lake's surface reaches about 30 °C in August.", "The lake's surface reaches 86 °F in August.", "supported"),
    ("The lake's surface reaches about 30 °C in August.", "The lake's surface reaches about 88 °F in August.", "supported"),
    ("The lake's surface reaches about 30 °C in August.", "The lake's surface reaches 95 °F in August.", "contradicted"),
    ("The lake's surface reaches about 0 °C in winter.", "The lake's surface reaches 1 °C in winter.", "supported"),
    ("The lake's surface reaches about 0 °C in winter.", "The lake's surface reaches 32 °F in winter.", "supported"),
    ("The lake's surface falls to about -2 °C in winter.", "The lake's surface falls to -1 °C in winter.", "supported"),
    ("The summit is about -20 °C in January.", "The summit is -4 °F in January.", "supported"),
    ("The summit is about 5 °C in January.", "The summit is 41 °F in January.", "supported"),
    ("The summit is about 5 °C in January.", "The summit is about 43 °F in January.", "supported"),
    ("The dish is cooked at about 180 °C.", "The dish is cooked at 350 °F.", "supported"),
    ("The dish is cooked at about 200 °C.", "The dish is cooked at about 400 °F.", "supported"),
    ("Water boils at about 212 °F at sea level.", "Water boils at 100 °C at sea level.", "supported"),
    ("Normal body temperature is about 98.6 °F.", "Normal body temperature is 37 °C.", "supported"),
    ("Normal body temperature is about 37 °C.", "Normal body temperature is about 98 °F.", "supported"),
    ("The surface of Venus is about 460 °C.", "The surface of Venus is about 860 °F.", "supported"),
    ("The sun's surface is about 5,500 °C.", "The sun's surface is about 10,000 °F.", "supported"),
    ("The cave stays at about 0 degrees Celsius all year.", "The cave stays at about -1 degrees Celsius all year.", "supported"),
    ("The railway was nationalised by Attlee in Britain in 1948.", "The Labour government nationalised the railway in Britain in 1948.", "unverified"),
    ("The railways were nationalised by Attlee in Britain in 1948.", "The Labour government nationalised the railways in Britain in 1948.", "unverified"),
    ("The canal was nationalised by Nasser in Egypt in 1956.", "The Egyptian government nationalised the canal in Egypt in 1956.", "unverified"),
    ("Postage stamps were introduced by Rowland Hill in Britain in 1840.", "The Whig government introduced postage stamps in Britain in 1840.", "unverified"),
    ("Income tax was introduced by Pitt in Britain in 1799.", "The Tory government introduced income tax in Britain in 1799.", "unverified"),
    ("The reforms were launched by Gorbachev in Moscow in 1985.", "The Soviet government launched the reforms in Moscow in 1985.", "unverified"),
    ("The prize went only to Fleming and Florey in 1945.", "The 1945 prize went to Fleming, Florey and Chain.", "contradicted"),
]


@pytest.mark.parametrize("claim, fact, verdict", _FOURTEENTH_STOP_REVIEW_PROBES)
def test_fourteenth_stop_review(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# the fifteenth stop: swaps through an owner, phrasal verbs, a date after an aside, spans of days,
# what a note equates or sets off, a paraphrase that says more, hearsay, initials and postal codes,
# a place opening a longer name, rough spans of time (own sentences, not the corpora's)
_FIFTEENTH_STOP_PROBES = [
    ("1920: Ames bought up Baxter's mill + patents",
     "In 1920 Peter John Baxter bought Ames's mill and patents, forming Ames & Baxter.", 'contradicted'),
    ("In 1920 Baxter bought up Ames's mill.",
     "In 1920 Peter John Baxter bought Ames's mill and patents, forming Ames & Baxter.", 'supported'),
    ('The firm relocated its works out to Leeds in 1897.',
     'In 1879 the firm relocated its works to a new site at Leeds.', 'contradicted'),
    ('1735 - Smith names the genus Alba',
     'John Smith named the genus Alba, meaning "white", in 1753.', 'contradicted'),
    ('Smith named the genus Alba in 1753.',
     'John Smith named the genus Alba, meaning "white", in 1753.', 'supported'),
    ('1666 - Great Fire of York, 2-9 September',
     'The Great Fire of York burned from 2 to 6 September 1666.', 'contradicted'),
    ('The Great Fire of York burned 2-6 September 1666.',
     'The Great Fire of York burned from 2 to 6 September 1666.', 'supported'),
    ('Grey: Union Rowing Club (1736) = a paid professional crew',
     'Earl Grey founded the Union Rowing Club, an amateur crew, in Boston in 1736.', 'contradicted'),
    ('Grey: Union Rowing Club (1736) = a paid crew',
     'Earl Grey founded the Union Rowing Club, a volunteer crew, in Boston in 1736.', 'unverified'),
    ('Grey: Union Rowing Club (1736) = an amateur crew',
     'Earl Grey founded the Union Rowing Club, an amateur crew, in Boston in 1736.', 'supported'),
    ('Hale, 1812: rotary water pump, fully automatic',
     'Sir John Hale patented a manually operated rotary water pump in England in 1812.', 'unverified'),
    ('Frank Lee got his start in Dayton, Ohio, in 1911, selling toffee candies his mother had taught him to make.',
     'Frank C. Lee started his first candy business in Dayton, Ohio, in 1911.', 'unverified'),
    ("Smith's butterfly: a flap of wings in Texas causes a tornado in Brazil",
     'In 1979 Tom Smith gave a talk titled "Does the Flap of a Butterfly\'s Wings in Brazil Cause a Tornado in Texas?"', 'contradicted'),
    ("Smith's butterfly: a flap of wings in Brazil causes a tornado in Texas",
     'In 1979 Tom Smith gave a talk titled "Does the Flap of a Butterfly\'s Wings in Brazil Cause a Tornado in Texas?"', 'supported'),
    ('Maria of Savoy is said to have brought coffee to the Spanish court when she married Philip V in 1701.',
     'Maria of Savoy is credited with introducing coffee to the Spanish court when she married Philip IV in 1701.', 'contradicted'),
    ('Smokey: US Park Service mascot since 1950',
     'The United States Park Service adopted Smokey as its mascot in 1950.', 'supported'),
    ('Hershey, PA: the mill started work in 1903',
     'The mill in Hershey, Pennsylvania, began work in 1905.', 'contradicted'),
    ('1878 - first brass pole, Boston Engine Co. 9',
     'The Tremont Theatre fire in Boston on 3 May 1903 killed 60 people.', 'unverified'),
    ('Fruit Crunch launched in 1905 and soon became the best-selling bar in Wales.',
     'Rowntree launched its Fruit Crunch bar in 1905.', 'unverified'),
    ('Smith: first municipal crew (Leeds, 1824), later head of the London Fire Brigade',
     'The London Fire Brigade was formed in 1833 with John Smith as its superintendent.', 'unverified'),
    ('At Tullis, malt is dried for a few weeks.',
     'At Tullis the malt is dried for several days.', 'contradicted'),
    ('At Tullis, malt is dried for a few days.',
     'At Tullis the malt is dried for several days.', 'supported'),
]


@pytest.mark.parametrize("claim, fact, verdict", _FIFTEENTH_STOP_PROBES)
def test_fifteenth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_a_superlative_in_a_synonym_is_the_same_place_on_the_scale(nlp: Language) -> None:
    # "the biggest producer" is the fact's "largest": backed by the holder, contradicted by the runner-up
    facts = [Fact("first", "Peru is the world's largest producer of quinoa.", "", "", "", "a"),
             Fact("second", "Bolivia is the world's second-largest producer of quinoa.", "", "", "", "a")]
    index = build_index(facts, nlp)
    wrong, right = read_texts(nlp, ["Bolivia is the biggest quinoa producer in the world.",
                                    "Peru is the biggest quinoa producer in the world."])
    m = judge_claim("c", wrong, index).match
    assert (m.verdict, m.fact_id) == ("contradicted", "second"), m.reason
    m = judge_claim("c", right, index).match
    assert (m.verdict, m.fact_id) == ("supported", "first"), m.reason


# (second round: the doer named in full in the act's clause; the milk so qualified in that clause, and
# another kind of it there against the claim's)
_FIFTEENTH_STOP_SECOND_ROUND = [
    ('Walter Reed began making the Reed radio in Leeds in 1932.',
     'Walter Reed Jr. began making the Reed radio in Leeds, England, in 1932.', 'supported'),
    ('In 1875 Piet Smit in Delft made milk bread by adding condensed milk.',
     'In 1875 Piet Smit of Delft made the first milk bread by adding condensed milk to flour.', 'supported'),
    ('1875 - Piet Smit, Delft: milk bread made with powdered milk',
     'In 1875 Piet Smit of Delft made the first milk bread by adding condensed milk to flour.', 'contradicted'),
    ('cleaning fluid: Gray, 1881, hydrochloric acid + soda solution',
     'In 1881 Ann Gray patented a cleaning fluid, which mixed sulphuric acid with a soda solution, in Leeds.', 'contradicted'),
    ('cleaning fluid: Gray, 1881, sulphuric acid + soda solution',
     'In 1881 Ann Gray patented a cleaning fluid, which mixed sulphuric acid with a soda solution, in Leeds.', 'supported'),
]


@pytest.mark.parametrize("claim, fact, verdict", _FIFTEENTH_STOP_SECOND_ROUND)
def test_fifteenth_stop_second_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# (third round: acts in other words, pinned by the same figure in another unit of one measure, or by a
# name of what the act is about, qualifying it on one side and after "of" on the other)
_FIFTEENTH_STOP_THIRD_ROUND = [
    ('1999: Zephyr test train reaches 412.6 mph',
     'In 1999 the Zephyr train set a speed record at 412.6 km/h.', 'contradicted'),
    ('1999: Zephyr test train reaches 412.6 km/h',
     'In 1999 the Zephyr train set a speed record at 412.6 km/h.', 'supported'),
    ('Force 9 starts at a mean wind of 47 km/h.',
     'A Force 9 gale has mean winds of 47 mph.', 'contradicted'),
    ('Brandt took over the Opera orchestra in 1853',
     'Felix Brandt became music director of the Leipzig Opera Orchestra in 1835.', 'contradicted'),
    ('June: E. O. Wilson born in York',
     'Edward O. Wilson was born in Leeds on 10 June 1929.', 'contradicted'),
    ('Brandt took over the Opera orchestra in 1835',
     'Felix Brandt became music director of the Leipzig Opera Orchestra in 1835.', 'supported'),
]


@pytest.mark.parametrize("claim, fact, verdict", _FIFTEENTH_STOP_THIRD_ROUND)
def test_fifteenth_stop_third_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# the review of this stop's change (an independent reviewer's own sentences), wrong on the change as
# first written, right after its mends: phrasal verbs that mean another thing, days listed and not a
# span, plans and discredited hearsay, dates after an aside that tells an event, he/she after people
# named like places, a place that says where the rest of a longer name is
_FIFTEENTH_STOP_REVIEW_PROBES = [
    ('Spain sold off Florida to the United States in 1819.',
     'The United States bought Florida from Spain in 1819.', 'supported'),
    ('The union called off the general strike in 1926.',
     'The union called the general strike in 1926.', 'unverified'),
    ('The mayor backed down on the new tax in 1990.',
     'The mayor backed the new tax in 1990.', 'unverified'),
    ('The publisher turned down the manuscript in 1951.',
     'The publisher turned the manuscript into a bestseller in 1951.', 'unverified'),
    ('Darwin sailed on the Beagle, returning to England, in 1836.',
     'Darwin sailed on the Beagle in 1831.', 'unverified'),
    ('Trained in Leipzig, in 1765, Goethe later settled in Weimar.',
     'Goethe settled in Weimar in 1775.', 'unverified'),
    ('The ferry sailed on 10 June 1940.',
     'The ferry sailed on 4 and 18 June 1940.', 'unverified'),
    ('The museum was closed on 15 May 2020.',
     'The museum was closed on 1 and 31 May 2020.', 'unverified'),
    ('The museum was closed on 1 and 31 May 2020.',
     'The museum was closed on 1 May 2020 and on 31 May 2020.', 'supported'),
    ('The new bridge was supposed to open in 2020.',
     'The new bridge opened in 2020.', 'unverified'),
    ('The new line is supposed to open in 2030.',
     'The new line opened in 2030.', 'unverified'),
    ('The tunnel was supposed to have opened in 1990.',
     'The tunnel opened in 1990.', 'unverified'),
    ('The fire was once said to have started in a bakery in 1666.',
     'The fire started in a bakery in 1666.', 'unverified'),
    ('Lincoln met Douglas in 1858, and he won the Senate seat that year.',
     'Douglas won the Senate seat in 1858.', 'unverified'),
    ('Lincoln was elected in 1860, and he took office in 1861.',
     'Lincoln took office in 1862.', 'contradicted'),
    ('Houston led the Texan army, and he defeated Santa Anna in 1836.',
     'Houston defeated Santa Anna in 1840.', 'contradicted'),
    ('Lincoln was elected in 1860, and he took office in 1861.',
     'Lincoln was elected in 1860 and took office in 1861.', 'supported'),
    ('London Zoo opened in 1828.',
     'The zoo in London opened in 1828.', 'supported'),
    ('The Paris Observatory was founded in 1667.',
     'The observatory in Paris was founded in 1667.', 'supported'),
    ('The Sydney Opera House opened in 1973.',
     'The opera house in Sydney opened in 1973.', 'supported'),
    ('The Berlin Wall fell in 1989.',
     'The wall in Berlin fell in 1989.', 'supported'),
]


@pytest.mark.parametrize("claim, fact, verdict", _FIFTEENTH_STOP_REVIEW_PROBES)
def test_fifteenth_stop_review(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# (after the review: the names that say whose or where from, swapped between the things they are of;
# not a place a place-noun names, nor nouns WordNet calls kin that stand as the claim has them)
@pytest.mark.parametrize("claim, fact, verdict", [
    ("The duke of Savoy met the duchess of Parma in 1660.", "The duke of Parma met the duchess of Savoy in 1660.",
     "contradicted"),
    ("A weaver from Ghent married a baker from Lyon in 1702.", "A baker from Ghent married a weaver from Lyon in 1702.",
     "contradicted"),
    ("The king of Spain met the queen of France in 1660.", "The king of Spain met the queen of France in 1660.",
     "supported"),
    ("The port of Genoa traded with the city of Venice.", "The city of Genoa traded with the port of Venice.",
     "supported"),
])
def test_names_of_two_things_swapped(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# the sixteenth stop, read off fresh16 (post and stamps, canals) and the review of its first round:
# a title alone as the doer; "alone" on a name after a copula, or on the doer of a named thing's
# making; regnal numbers; a rival who or from in a line with no act, pinned by a name and a date;
# two auction houses; "the French" for France; initials spelled out; a name the fact gives under
# another clause is not the doer; two buildings of one name; a nation inside another
_SIXTEENTH_STOP_PROBES = [
    ('The library was opened by the Queen in 1977.',
     'The library opened in 1977.', 'unverified'),
    ('The library was opened by the Queen in 1977.',
     'Queen Elizabeth II opened the library in 1977.', 'supported'),
    ('The Queen opened the Queen Mary Hospital in 1937.',
     'King George VI opened the Queen Mary Hospital in 1937.', 'unverified'),
    ('The dome was the work of one architect, Christopher Wren, alone.',
     'The dome was designed by Christopher Wren and Robert Hooke.', 'unverified'),
    ('Wren alone designed the Monument.',
     'The Monument was designed by Christopher Wren and Robert Hooke.', 'contradicted'),
    ('Wren designed the Monument.',
     'The Monument was designed by Christopher Wren and Robert Hooke.', 'supported'),
    ('The charter was granted by Charles II in 1629.',
     'King Charles I granted the charter in 1629.', 'contradicted'),
    ('Charles I granted the charter in 1629.',
     'King Charles I granted the charter in 1629.', 'supported'),
    ("Hudson's Bay Company -> charter from James II, 2 May 1670",
     "The Hudson's Bay Company received its royal charter from Charles II on 2 May 1670.", 'contradicted'),
    ("1994 - Codex Leicester sells at Christie's for ~$30.8m",
     "The Codex Leicester was sold at Sotheby's in New York in 1994 for about 30.8 million US dollars.", 'contradicted'),
    ('France took over the canal project in 1881.',
     'The French took over the canal project in 1881.', 'supported'),
    ('Belgium took over the canal project in 1881.',
     'The French took over the canal project in 1881.', 'contradicted'),
    ('NATO, 1949 -> "North Atlantic Trade Organization"',
     'NATO was founded in 1949.', 'unverified'),
    ("St Paul's Cathedral opened in 2000.",
     "The Millennium Bridge opened in 2000 to link St Paul's Cathedral with the Tate Modern.", 'contradicted'),
    ('The Who played at Wembley Arena in 1979.',
     'The Who played at Wembley Stadium in 1979.', 'unverified'),
    ('The Welsh poet Dylan Thomas died in 1953.',
     'The British poet Dylan Thomas died in 1953.', 'unverified'),
    ('The element fermium is named after the American physicist Enrico Fermi.',
     'The element fermium is named after the Italian physicist Enrico Fermi.', 'contradicted'),
]


@pytest.mark.parametrize("claim, fact, verdict", _SIXTEENTH_STOP_PROBES)
def test_sixteenth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# the review of the sixteenth stop's first round (f3999e9): probes it got wrong that the mends set right
_SIXTEENTH_STOP_REVIEW_PROBES = [
    ('The Queen launched the RMS Queen Mary in 1934.',
     'The RMS Queen Mary was launched in 1934.', 'unverified'),
    ('Marie Curie, 1903 Nobel Prize in Physics, with Becquerel',
     'In 1903 Marie Curie won the Nobel Prize in Physics with her husband Pierre.', 'unverified'),
    ('The Beatles played at Shea Stadium in 1965.',
     'The Beatles played at the Hollywood Bowl in 1965.', 'unverified'),
    ('A Prussian army won the Battle of Sedan in 1870.',
     'A German army won the Battle of Sedan in 1870.', 'unverified'),
    ('A Catalan architect designed the Sagrada Familia.',
     'The Spanish architect Antoni Gaudi designed the Sagrada Familia.', 'unverified'),
    ("The King opened King's Cross station in 1852.",
     "King's Cross station opened in 1852.", 'unverified'),
    ('The Queen opened the Queen Elizabeth Hospital in 1960.',
     'The Queen Elizabeth Hospital opened in 1960.', 'unverified'),
    ('The President opened the President Hotel in 1990.',
     'The President Hotel opened in 1990.', 'unverified'),
    ('The Prince opened the Prince Albert Hall in 1871.',
     'The Prince Albert Hall opened in 1871.', 'unverified'),
    ('Hillary, 1953, Everest: with George Lowe',
     'In 1953 Hillary reached the summit of Everest with Tenzing Norgay.', 'unverified'),
]


@pytest.mark.parametrize("claim, fact, verdict", _SIXTEENTH_STOP_REVIEW_PROBES)
def test_sixteenth_stop_review(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("facts, verdict", [
    # a line without a verb about one named thing: its date from one fact, its length from another
    ((("open", "The Kiel Canal opened in 1895."), ("long", "The Kiel Canal is about 98 km long.")), "supported"),
    # (not a length another thing has)
    ((("open", "The Kiel Canal opened in 1895."), ("long", "The Suez Canal is about 98 km long.")), "unverified"),
    # (nor by the date alone)
    ((("open", "The Kiel Canal opened in 1895."),), "unverified"),
])
def test_a_row_about_one_thing_may_be_backed_by_two_facts(nlp: Language, facts, verdict: str) -> None:
    index = build_index([Fact(i, text, "", "", "", "a") for i, text in facts], nlp)
    (claim,) = read_texts(nlp, ["| Kiel Canal | 1895 | ~98 km |"])
    m = judge_claim("c", claim, index).match
    assert m.verdict == verdict, m.reason


def test_a_first_name_said_short_is_that_name(nlp: Language) -> None:
    m = pair(nlp, "1752: Ben Franklin flies a kite in a thunderstorm, Philadelphia",
             "In 1752 Benjamin Franklin flew a kite in a thunderstorm in Philadelphia.")
    assert m.verdict == "supported", m.reason


# The seventeenth stop: one probe per rule (docs/quality.md, "The seventeenth stop"), each in a domain
# the corpora it was read off (brewing, board games, playing cards) do not touch.
_SEVENTEENTH_STOP_PROBES = [
    ('August 18 - 18th Amendment ratified, women vote',
     'The 19th Amendment was ratified on 18 August 1920.', 'contradicted'),
    ('August 18 - 19th Amendment ratified',
     'The 19th Amendment was ratified on 18 August 1920.', 'supported'),
    ('20th Century Fox released the film in 1953.',
     '20th Century Fox released the film in 1953.', 'supported'),
    ('July 21 - Apollo 11 lands on the Moon',
     'Apollo 11 landed on the Moon on 20 July 1969.', 'contradicted'),
    ('July 20 - Apollo 11 lands on the Moon',
     'Apollo 11 landed on the Moon on 20 July 1969.', 'supported'),
    ('The statute capped interest on loans at up to 6% a year.',
     'The statute capped interest on loans at up to 5% a year from 1714.', 'contradicted'),
    ('The statute capped interest on loans at up to 5% a year.',
     'The statute capped interest on loans at up to 5% a year from 1714.', 'supported'),
    ('The charter was granted by King Henry II alone in 1155.',
     'The charter was granted jointly by King Henry II and Queen Eleanor of Aquitaine in 1155.', 'contradicted'),
    ('Mary Ann Evans published Middlemarch under her own name.',
     'Mary Ann Evans published Middlemarch in 1871 under the pen name George Eliot.', 'contradicted'),
    ('The oldest pub still serving anywhere is the one at the Globe Inn, in Dumfries.',
     'The Globe Inn in Dumfries has served ale since 1610.', 'unverified'),
    ("In May 1997, in New York, Garry Kasparov beat IBM's Deep Blue three games to two.",
     "IBM's Deep Blue defeated Garry Kasparov three games to two in New York in May 1997.", 'contradicted'),
    ('1954 - Shichinin no Samurai (Seven Samurai) released in France',
     'The film was directed by Akira Kurosawa and released in Japan in 1954 as Shichinin no Samurai.', 'contradicted'),
    ('Typewriter -> Christopher Sholes, a printer from Milwaukee, Michigan',
     'The typewriter was patented in 1868 by Christopher Sholes, a printer from Milwaukee, Wisconsin.', 'contradicted'),
    ('Invention: telephone; Inventor / patent holder: Alexander Graham Bell; Year: 1877; Country: Scotland',
     'The telephone was patented by Alexander Graham Bell, a teacher from Edinburgh, in 1876.', 'contradicted'),
    ('oldest English letter -> Margaret Paston and her husband, c. 1458',
     'The oldest surviving letter in English describes Margaret Paston, a Norfolk gentlewoman, writing to her husband in 1448.', 'contradicted'),
    ('1900 - France up to 3,200 newspapers',
     'By 1900 the number of newspapers in France had risen to 320.', 'contradicted'),
    ('1900 - France up to 320 newspapers',
     'By 1900 the number of newspapers in France had risen to 320.', 'supported'),
    ('Edison sold the patent to Western Union in 1878 after they had first refused it.',
     'Edison sold the patent to Western Union in 1878.', 'unverified'),
    ('1980 - Sony Walkman launched',
     'The Walkman was introduced by Sony in 1979.', 'contradicted'),
    ('1979 - Sony Walkman launched',
     'The Walkman was introduced by Sony in 1979.', 'supported'),
    # (the one the act was done to, as the doer of the same act to something else: a swap)
    ('Gerald Ford chose a vice president in 1973.',
     'Richard Nixon chose Gerald Ford as vice president in 1973.', 'contradicted'),
    ('Georgy Zhukov appointed a new Chief of the General Staff in 1941.',
     'Stalin appointed Georgy Zhukov as Chief of the General Staff in 1941.', 'contradicted'),
    ('Pride and Prejudice came out in 1813.',
     'Jane Austen published Pride and Prejudice in 1813.', 'supported'),
    # (an act in other words, all else backed, against the fact's one date: that date is the event's)
    ('2005 - Hewlett-Packard swallows Compaq',
     'Hewlett-Packard acquired Compaq in 2002.', 'contradicted'),
    ('Marie Curie married Pierre Curie in 1895.',
     'Marie Curie won the Nobel Prize in Physics in 1903 with Pierre Curie and Henri Becquerel.', 'unverified'),
    ('The Americans took over in 1904 and opened the canal on 15 August 1914.',
     'The United States took over the Panama Canal project in 1904.', 'unverified'),
    # (six of a crew is a count of its members)
    ('The Hindenburg burned at Lakehurst in 1937, killing 13 of her crew.',
     'The Hindenburg burned at Lakehurst in 1937, killing 22 crew members.', 'contradicted'),
]


@pytest.mark.parametrize("claim, fact, verdict", _SEVENTEENTH_STOP_PROBES)
def test_seventeenth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# The seventeenth stop's review: probes an independent reviewer wrote against the first round (1637531)
# that it got wrong, and the mends get right.
_SEVENTEENTH_STOP_REVIEW_PROBES = [
    ('The 82nd Airborne Division landed in Normandy on 6 June 1944.',
     'The 101st Airborne Division landed in Normandy on 6 June 1944.', 'unverified'),
    ('The Edict of Nantes was issued by King Henry IV alone in 1598.',
     'The Edict of Nantes was issued by King Henry IV and his council in 1598.', 'contradicted'),
    ('The Magna Carta was sealed by King John alone at Runnymede in 1215.',
     'The Magna Carta was sealed by King John and the barons at Runnymede in 1215.', 'contradicted'),
    ('Mary Ann Evans published her novels under her own name.',
     'Mary Ann Evans published her novels under the pen name George Eliot.', 'contradicted'),
    ("Charles Dodgson published Alice's Adventures in Wonderland under his own name.",
     "Charles Dodgson published Alice's Adventures in Wonderland under the pen name Lewis Carroll.", 'contradicted'),
    ('Eric Blair published Animal Farm under his own name.',
     'Eric Blair published Animal Farm under the name George Orwell.', 'contradicted'),
    ('Ada Lovelace published her notes on the Analytical Engine under her own name.',
     'Ada Lovelace published her notes on the Analytical Engine under her initials A.A.L.', 'contradicted'),
    ("Muhammad Ali defeated Joe Frazier's sparring partner in March 1971.",
     'Joe Frazier defeated Muhammad Ali in March 1971.', 'unverified'),
    ("George Foreman beat Ali's trainer in Kinshasa in 1974.",
     'Muhammad Ali defeated George Foreman in Kinshasa in 1974.', 'unverified'),
    ("Francis Drake knighted Elizabeth I's courtier in 1581.",
     'Elizabeth I knighted Francis Drake in 1581.', 'unverified'),
    ('Lyon: capital of France since 987',
     'Paris has been the capital of France since 987.', 'contradicted'),
    ('The 29th Infantry Division landed at Utah Beach on 6 June 1944.',
     'The 4th Infantry Division landed at Utah Beach on 6 June 1944.', 'unverified'),
    ('Norma Jeane Mortenson acted under her own name.',
     'Norma Jeane Mortenson acted under the stage name Marilyn Monroe.', 'contradicted'),
    ("Tesla employed Edison's assistant in 1884.",
     'Edison employed Tesla in 1884.', 'unverified'),
    ("Moriarty defeated Holmes's brother at the Reichenbach Falls.",
     'Holmes defeated Moriarty at the Reichenbach Falls.', 'unverified'),
    ("John McEnroe beat Bjorn Borg's record in the 1980 Wimbledon final.",
     'Bjorn Borg beat John McEnroe in the 1980 Wimbledon final.', 'unverified'),
    ("The Dodgers beat the Yankees' rivals in the 1953 World Series.",
     'The Yankees beat the Dodgers in the 1953 World Series.', 'unverified'),
    # (England holds London: no rival of Halle; the fact does not say England either)
    ('Composer: Handel; Work: Messiah; Country: England',
     'Handel, born in Halle, composed Messiah in London in 1741.', 'unverified'),
    ("Darwin's On the Origin of Species, 1859",
     'After returning from the Beagle voyage in 1836, Charles Darwin published On the Origin of Species.', 'unverified'),
    ("Newton's Principia, 1687",
     'Before he was knighted in 1705, Isaac Newton published the Principia.', 'unverified'),
    ('Alexander Fleming and penicillin, 1928',
     'When Alexander Fleming was knighted in 1944, he had already discovered penicillin.', 'unverified'),
    ("Einstein's general relativity, 1915",
     'Although Einstein moved to Princeton in 1933, he developed general relativity in Berlin.', 'unverified'),
    ("Marconi's transatlantic radio signal, 1901",
     'Marconi, whose company was founded in 1897, sent the first transatlantic radio signal.', 'unverified'),
    ('There were 300 railway companies in 1900.',
     'By 1900 the number of railway companies had fallen to 120 from 300.', 'contradicted'),
]


@pytest.mark.parametrize("claim, fact, verdict", _SEVENTEENTH_STOP_REVIEW_PROBES)
def test_seventeenth_stop_review(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# The eighteenth stop: read off fresh18 (cheese and dairy; circus and stage magic), in general words.
_EIGHTEENTH_STOP_PROBES = [
    # a species is its genus and its epithet: another epithet is another species
    ('The blue veins are the work of a mould called Penicillium camemberti.',
     'The blue veins of Roquefort are formed by the mould Penicillium roqueforti.', 'contradicted'),
    ("Roquefort's veins are formed by P. roqueforti.",
     'The blue veins of Roquefort are formed by the mould Penicillium roqueforti.', 'supported'),
    # a name that qualifies the doer stands in the doer's role: the buyer and the bought swapped
    ('In 1907 Barnum & Bailey bought out the Ringlings.',
     'The Ringling brothers bought the Barnum & Bailey Circus in 1907.', 'contradicted'),
    ('In 1907 the Barnum & Bailey Circus bought the Ringling brothers.',
     'The Ringling brothers bought the Barnum & Bailey Circus in 1907.', 'contradicted'),
    ('The Ringling brothers took over Barnum & Bailey in 1907.',
     'The Ringling brothers bought the Barnum & Bailey Circus in 1907.', 'supported'),
    # acts in other words, each one's doer where the other's act lands: not the same names said otherwise
    ('1908 - Thurston hands his show over to Kellar',
     'In 1908 Harry Kellar named Howard Thurston as his successor.', 'unverified'),
    ('1908 - Kellar hands his show over to Thurston',
     'In 1908 Harry Kellar named Howard Thurston as his successor.', 'supported'),
    # (one who only owns what the other became is no done-to)
    ('Davy hired Michael Faraday as his assistant at the Royal Institution in 1813.',
     "Michael Faraday joined the Royal Institution as Humphry Davy's laboratory assistant in 1813.", 'supported'),
    # an act the fact says only as a noun, with two parties named: which is which goes unchecked
    ('In 1908 Thurston succeeded Kellar.', 'In 1908 Harry Kellar named Howard Thurston as his successor.', 'unverified'),
    ('In 1908 Kellar succeeded Thurston.', 'In 1908 Harry Kellar named Howard Thurston as his successor.', 'unverified'),
    # (unless what the act is done to is the noun's own)
    ('1829 – Mendelssohn revives the St Matthew Passion in Berlin',
     "Felix Mendelssohn conducted the revival of Bach's St Matthew Passion in Berlin in 1829.", 'supported'),
]


_EIGHTEENTH_STOP_SECOND_ROUND = [
    # where a named thing is from is all a copula says of it: another place is a conflict
    ('Halloumi is originally from Greece.', 'Halloumi is a traditional cheese from Cyprus.', 'contradicted'),
    ('Halloumi, the squeaky one you grill, is originally from Greece.',
     'Halloumi is a traditional cheese from Cyprus.', 'contradicted'),
    # (not a place where it is liked, nor another thing said of it)
    ('Halloumi is popular in Greece.', 'Halloumi is a traditional cheese from Cyprus.', 'unverified'),
    ('Halloumi is a popular snack from Greece.', 'Halloumi is a traditional cheese from Cyprus.', 'unverified'),
    # what a causative in a name's relative clause makes happen is what the line asserts
    ('And of course David Copperfield, who made the Eiffel Tower vanish on live TV in 1983.',
     'In 1983 David Copperfield made the Statue of Liberty appear to vanish on television.', 'contradicted'),
    # "by himself", "on his own" say "alone"
    ('Houdini performed the Metamorphosis illusion all by himself.',
     'Houdini performed the Metamorphosis substitution-trunk illusion with his wife, Bess.', 'contradicted'),
    ('Houdini performed the Metamorphosis illusion on his own.',
     'Houdini performed the Metamorphosis substitution-trunk illusion with his wife, Bess.', 'contradicted'),
    ('Houdini performed the Metamorphosis illusion alone.',
     'Houdini performed the Metamorphosis substitution-trunk illusion with his wife, Bess.', 'contradicted'),
    ('Fleming received the 1945 Nobel Prize in Medicine by himself.',
     'Fleming, Florey and Chain shared the 1945 Nobel Prize in Medicine.', 'contradicted'),
    ('Houdini performed the Metamorphosis illusion with Bess.',
     'Houdini performed the Metamorphosis substitution-trunk illusion with his wife, Bess.', 'supported'),
    # two floors name one threshold (and a conversion in brackets is that floor again)
    ('UHT heats milk above 135 °F.',
     'Ultra-high-temperature (UHT) processing heats milk above 135 °C (275 °F) for a few seconds.', 'contradicted'),
    ('UHT heats milk above 100 °C.',
     'Ultra-high-temperature (UHT) processing heats milk above 135 °C (275 °F) for a few seconds.', 'contradicted'),
    ('UHT heats milk above 275 °F.',
     'Ultra-high-temperature (UHT) processing heats milk above 135 °C (275 °F) for a few seconds.', 'supported'),
    # a count of people dying is about the event its "when" clause names, when the fact backs it
    ('Over 1,500 people died when the Titanic sank in 1912.',
     'More than 1,500 people died when the Titanic sank in 1912.', 'supported'),
    ('Over 1,500 people died when the Lusitania sank in 1915.',
     'More than 1,500 people died when the Titanic sank in 1912.', 'unverified'),
    # a place in a ranking written with a number is on the scale its noun is ranked by
    ("India is the world's No. 2 milk producer.", "India is the world's largest producer of milk.", 'contradicted'),
    ("India is the world's number two producer of milk.", "India is the world's largest producer of milk.",
     'contradicted'),
    ("India is the world's No. 1 producer of milk.", "India is the world's largest producer of milk.", 'supported'),
]


@pytest.mark.parametrize("claim, fact, verdict", _EIGHTEENTH_STOP_SECOND_ROUND)
def test_eighteenth_stop_second_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("claim, fact, verdict", _EIGHTEENTH_STOP_PROBES)
def test_eighteenth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# The eighteenth stop's review: probes an independent reviewer wrote against the first round (bc6a8c5)
# that it got wrong, and the mends (the reviewer's sketch, adapted) get right.
_EIGHTEENTH_STOP_REVIEW_PROBES = [
    ("Camembert gets its white rind from Penicillium camemberti.",
     "Camembert gets its white rind from Penicillium moulds.", "unverified"),
    ("In 1905 Stamen Grigorov identified L. bulgaricus in Bulgarian yogurt.",
     "In 1905 Stamen Grigorov identified Lactobacillus bulgaricus in Bulgarian yogurt.", "supported"),
    ("Panthera pardus is the only cat species that lives in prides.",
     "Panthera leo is the only cat species that lives in prides.", "unverified"),
    ("The oldest known fossils of Homo neanderthalensis were found at Jebel Irhoud in Morocco.",
     "The oldest known fossils of Homo sapiens were found at Jebel Irhoud in Morocco.", "contradicted"),
    ("Thomas Hunt Morgan bred the fruit fly Drosophila simulans at Columbia in 1910.",
     "Thomas Hunt Morgan bred the fruit fly Drosophila melanogaster at Columbia in 1910.", "unverified"),
    ("Vivaldi concerti were first printed in Amsterdam in 1711.",
     "Vivaldi sonatas were first printed in Amsterdam in 1711.", "unverified"),
    ("Puccini libretti were premiered at La Scala in Milan.",
     "Puccini operas were premiered at La Scala in Milan.", "unverified"),
    ("Ferrari tifosi cheered Leclerc at Monza in 2019.",
     "Ferrari mechanics cheered Leclerc at Monza in 2019.", "unverified"),
    ("Grapes for wine come mostly from Vitis labrusca.",
     "Grapes for wine come mostly from Vitis vinifera.", "unverified"),
    ("The Ringling brothers sold the Barnum & Bailey Circus in 1907.",
     "The Ringling brothers bought the Barnum & Bailey Circus in 1907.", "contradicted"),
    ("Michelangelo joined the Medici household in 1490.",
     "The Medici family hired Michelangelo in 1490.", "unverified"),
    ("Derek Jeter signed a Yankees contract in 1992.",
     "A Yankees scout signed Derek Jeter in 1992.", "unverified"),
    ("Didier Drogba signed a Chelsea contract in 2004.",
     "Chelsea signed Didier Drogba from Marseille in 2004.", "unverified"),
    ("David Beckham signed the Real Madrid contract in 2003.",
     "Real Madrid signed David Beckham in 2003.", "unverified"),
    ("Neil Armstrong landed the Apollo lander on the Moon in 1969.",
     "The Apollo program landed Neil Armstrong on the Moon in 1969.", "supported"),
    ("Michael Jordan joined the Chicago Bulls in 1984.",
     "A Chicago Bulls scout drafted Michael Jordan in 1984.", "unverified"),
    ("Frank Lloyd Wright left Sullivan in 1887.",
     "Sullivan hired Frank Lloyd Wright in 1887.", "unverified"),
    ("Livingstone greeted Stanley at Ujiji in 1871.",
     "Stanley found Livingstone at Ujiji in 1871.", "unverified"),
    ("Lincoln assassinated Booth at Ford's Theatre in 1865.",
     "Booth's assassination of Lincoln took place at Ford's Theatre in 1865.", "contradicted"),
    ("Booth was assassinated by Lincoln at Ford's Theatre in 1865.",
     "Booth's assassination of Lincoln took place at Ford's Theatre in 1865.", "contradicted"),
    ("Pixar acquired Disney in 2006.",
     "Disney's acquisition of Pixar was completed in 2006.", "contradicted"),
    ("Uranus discovered Herschel in 1781.",
     "Herschel's discovery of Uranus in 1781 doubled the size of the known solar system.", "contradicted"),
    ("Le Verrier discovered Neptune in 1846.",
     "The discovery of Neptune by Galle in 1846 confirmed Le Verrier's prediction.", "unverified"),
    ("Pompey defeated Caesar at Pharsalus in 48 BC.",
     "Caesar's defeat of Pompey at Pharsalus came in 48 BC.", "contradicted"),
    ("Livingstone rescued Stanley in 1872.",
     "Stanley's rescue of Livingstone was reported in 1872.", "contradicted"),
    ("The Inca Empire conquered Pizarro in 1532.",
     "Pizarro's conquest of the Inca Empire began in 1532.", "contradicted"),
    ("Robert McNamara appointed Kennedy in 1961.",
     "Kennedy's appointment of Robert McNamara as defense secretary came in 1961.", "contradicted"),
    ("YouTube purchased Google for $1.65 billion in 2006.",
     "Google's purchase of YouTube for $1.65 billion closed in 2006.", "contradicted"),
    ("Newton admired Einstein.",
     "Einstein's admiration for Newton was well known.", "contradicted"),
    ("Everest ascended Hillary in 1953.",
     "Hillary's ascent of Everest with Tenzing Norgay came in 1953.", "contradicted"),
    ("NASA hired Armstrong in 1962.",
     "Armstrong joined NASA in 1962.", "unverified"),
    ("Armstrong joined NASA as an astronaut in 1962.",
     "NASA selected Armstrong as an astronaut in 1962.", "unverified"),
    ("Claude Shannon joined Bell Labs in 1941.",
     "Bell Labs hired Claude Shannon in 1941.", "unverified"),
    ("Dvořák impressed Brahms in Vienna in 1877.",
     "Brahms championed Dvořák in Vienna in 1877.", "unverified"),
    ("Heisenberg visited Bohr in Copenhagen in 1926.",
     "Bohr invited Heisenberg to Copenhagen in 1926.", "unverified"),
    ("The United States sold Louisiana to France in 1803.",
     "The sale of Louisiana by France to the United States was agreed in 1803.", "unverified"),
    ("Columbia Pictures bought Sony in 1989.",
     "Sony's purchase of Columbia Pictures was completed in 1989.", "contradicted"),
    ("Sony was bought by Columbia Pictures in 1989.",
     "Sony's purchase of Columbia Pictures was completed in 1989.", "contradicted"),
    ("The British government lent money to the Rothschilds in 1875.",
     "The Rothschild bank lent money to the British government in 1875.", "contradicted"),
    ("The Rothschilds borrowed money from the British government in 1875.",
     "The Rothschild bank lent money to the British government in 1875.", "contradicted"),
    ("The Rothschild family borrowed money from the British government in 1875.",
     "The Rothschild family lent money to the British government in 1875.", "contradicted"),
    ("Robert McNamara joined the Kennedy administration in 1961.",
     "The Kennedy administration hired Robert McNamara in 1961.", "unverified"),
    ("Thurston handed his show over to Kellar in 1908.",
     "Thurston was named by Kellar as his successor in 1908.", "unverified"),
    ("In 1908 Thurston handed his show over to Kellar.",
     "In 1908 Kellar named Thurston as his successor.", "unverified"),
    ("Pasteur studied the yeast Saccharomyces boulardii in Lille in 1857.",
     "Pasteur studied the yeast Saccharomyces cerevisiae in Lille in 1857.", "unverified"),
    ("The Lascaux caves were painted by Homo neanderthalensis about 17,000 years ago.",
     "The Lascaux caves were painted by Homo sapiens about 17,000 years ago.", "unverified"),
    ("Darwin described the rhea Rhea darwinii in 1837.",
     "Darwin described the rhea Rhea americana in 1837.", "contradicted"),
]


@pytest.mark.parametrize("claim, fact, verdict", _EIGHTEENTH_STOP_REVIEW_PROBES)
def test_eighteenth_stop_review(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# (after the review: an epithet English also has, after a genus WordNet knows; a subspecies)
@pytest.mark.parametrize("claim, fact, verdict", [
    ('The oldest known fossils of Homo erectus were found at Jebel Irhoud in Morocco.',
     'The oldest known fossils of Homo sapiens were found at Jebel Irhoud in Morocco.', 'contradicted'),
    ('Panthera leo is the only cat species that lives in prides.',
     'Panthera leo is the only cat species that lives in prides.', 'supported'),
    ('Zoologists list the Amur tiger as Panthera tigris sumatrae.',
     'Zoologists list the Amur tiger as Panthera tigris altaica.', 'contradicted'),
    ('Scientists sequenced the genome of Caenorhabditis briggsae in 1998.',
     'Scientists sequenced the genome of Caenorhabditis elegans in 1998.', 'unverified'),
    ('T. rex lived in western North America.', 'Tyrannosaurus rex lived in western North America.', 'supported'),
])
def test_a_species_is_named_by_its_epithet(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# (after the review: a name that only says whose the person done to is does not back that person)
@pytest.mark.parametrize("claim, fact, verdict", [
    ('Jack Ruby shot Kennedy in Dallas in 1963.', "Jack Ruby shot Kennedy's assassin in Dallas in 1963.", 'unverified'),
    ('Brutus stabbed Caesar in 44 BC.', "Brutus stabbed Caesar's friend in 44 BC.", 'unverified'),
    # (a name before a noun names it: the Kodachrome film is Kodachrome)
    ('Kodak introduced Kodachrome in 1935.', 'Kodak introduced the Kodachrome film in 1935.', 'supported'),
    ("Brutus stabbed Caesar's friend in 44 BC.", "Brutus stabbed Caesar's friend in 44 BC.", 'supported'),
])
def test_whose_person_is_not_that_person(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# "first" of an act is the same rank whatever the verbs; an act that brings a thing into the world
# makes it the first of its kind (not the world's first, nor a "first" of something else)
@pytest.mark.parametrize("claim, fact, verdict", [
    # (when the two acts are related: "first heard" is not "first performed" to WordNet; after the review)
    ("Handel's Messiah was first heard in Dublin in April 1742.",
     "Handel's Messiah was first performed in Dublin on 13 April 1742.", 'unverified'),
    ('December 1900: first Christmas Bird Count, started by Frank Chapman',
     'Frank M. Chapman started the Christmas Bird Count on Christmas Day 1900.', 'supported'),
    ("999 was the world's first emergency phone number.",
     'The 999 emergency telephone number was introduced in London in 1937.', 'unverified'),
    ('1896 - NFPA founded; sprinkler standards first on the agenda',
     'The National Fire Protection Association (NFPA) was founded in 1896.', 'unverified'),
])
def test_first_of_an_act_and_of_what_an_act_brings_about(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# a note's label is what its "it" stands for, and a name that names the thing done to stands in its role
@pytest.mark.parametrize("claim, verdict", [
    ("Metamorphosis: Houdini performed it with Bess", "supported"),
    ("Metamorphosis: Houdini performed it all by himself", "contradicted"),
    # (an "it" with nothing before it stays unbacked)
    ("Houdini performed it with Bess.", "unverified"),
])
def test_a_notes_label_is_what_its_it_stands_for(nlp: Language, claim: str, verdict: str) -> None:
    m = pair(nlp, claim, "Houdini performed the Metamorphosis substitution-trunk illusion with his wife, Bess.")
    assert m.verdict == verdict, m.reason


# a headline's verb the tagger took for a plural noun after a name ("premieres in London"); a premiere
# is the first performance
@pytest.mark.parametrize("claim, verdict", [
    ("1912 - Water Torture Cell premieres in London", "contradicted"),
    ("1912 - Water Torture Cell premieres in Berlin", "supported"),
])
def test_a_premiere_is_the_first_performance(nlp: Language, claim: str, verdict: str) -> None:
    m = pair(nlp, claim, "Houdini first performed his Chinese Water Torture Cell in Berlin in 1912.")
    assert m.verdict == verdict, m.reason


# a headline's "X granted a patent for Y", with no one it went to and no one it came from, is more
# often a passive with its "was" left out: no swap is read (one with a recipient still is)
@pytest.mark.parametrize("claim, verdict", [
    ("January 1904 - Lizzie Magie granted a patent for The Landlord's Game", "unverified"),
    ("In 1904 Lizzie Magie granted a patent to Parker Brothers.", "contradicted"),
])
def test_a_bare_award_in_a_headline_reads_no_swap(nlp: Language, claim: str, verdict: str) -> None:
    m = pair(nlp, claim, "Lizzie Magie received a US patent for The Landlord's Game in January 1904.")
    assert m.verdict == verdict, m.reason


# The eighteenth stop's second review: probes an independent reviewer wrote against the later rounds
# (a096eaf) that they got wrong, and the mends (its sketch) get right.
_EIGHTEENTH_STOP_SECOND_REVIEW_PROBES = [
    ("Arnold Schwarzenegger is originally from Austria.",
     "Arnold Schwarzenegger is a politician from California.", "unverified"),
    ("Barack Obama is originally from Hawaii.",
     "Barack Obama is a politician from Illinois.", "unverified"),
    ("More than 1,000 people died in the sinking of the Titanic.",
     "More than 1,500 people died in the sinking of the Titanic.", "supported"),
    ("Mount Everest is more than 8,000 m tall.",
     "Mount Everest is more than 8,800 m tall.", "supported"),
    ("Edison calculated the bulb's volume.",
     "Edison's assistant Francis Upton calculated the bulb's volume.", "unverified"),
    ("Gandhi was hanged in 1949.",
     "Gandhi's assassin Nathuram Godse was hanged in 1949.", "unverified"),
    ("Mark Twain published The Adventures of Tom Sawyer in the seventies.",
     "Mark Twain published The Adventures of Tom Sawyer in 1876.", "supported"),
    ("Charles Dickens wrote A Christmas Carol in the forties.",
     "Charles Dickens wrote A Christmas Carol in 1843.", "supported"),
    ("Oscar Wilde was imprisoned in the nineties.",
     "Oscar Wilde was imprisoned in 1895.", "supported"),
    ("Zoom's user numbers soared in the twenties.",
     "Zoom's user numbers soared in 2020.", "supported"),
    ("Microsoft launched the first search engine in 2009.",
     "Microsoft launched a search engine, Bing, in 2009.", "unverified"),
    ("IBM introduced the first personal computer in 1981.",
     "IBM introduced a personal computer in 1981.", "unverified"),
    ("Henry Ford founded the first car company in Detroit in 1903.",
     "Henry Ford founded a car company in Detroit in 1903.", "unverified"),
    ("Andrew Carnegie founded the first public library in Dunfermline in 1883.",
     "Andrew Carnegie founded a public library in Dunfermline in 1883.", "unverified"),
    ("The BBC started the first television service in 1936.",
     "The BBC started a television service in 1936.", "unverified"),
    ("Louis Braille invented the first reading system for the blind in 1824.",
     "Louis Braille invented a reading system for the blind in 1824.", "unverified"),
    ("The Beatles first recorded in Hamburg in 1960.",
     "The Beatles first performed in Hamburg in 1960.", "unverified"),
    ("Tim Berners-Lee created the first website at CERN in 1991.",
     "Tim Berners-Lee created a website at CERN in 1991.", "unverified"),
    ("China is the world's No. 2 exporter.",
     "China is the world's largest exporter and the world's second-biggest economy.", "contradicted"),
    ("China is the world's No. 1 economy.",
     "China is the world's largest exporter and the world's second-biggest economy.", "contradicted"),
    ("Abraham Lincoln was born in the nineties.",
     "Abraham Lincoln was born in the 1800s.", "unverified"),
]


@pytest.mark.parametrize("claim, fact, verdict", _EIGHTEENTH_STOP_SECOND_REVIEW_PROBES)
def test_eighteenth_stop_second_review(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# The nineteenth stop: read off fresh19 (perfume; roller coasters), in general words.
_NINETEENTH_STOP_PROBES = [
    # what held before holds no more: "no longer", and a verbless line's "no X"
    ("The Kiev metro no longer runs with a driver.",
     "The Kiev metro still runs with a driver in each cab.", "contradicted"),
    ("Old Faithful (1870): no eruptions any more, dormant since the 90s",
     "Old Faithful, a geyser in Yellowstone named in 1870, still has eruptions every 90 minutes.", "contradicted"),
    ("Old Faithful (1870): eruptions every 90 minutes",
     "Old Faithful, a geyser in Yellowstone named in 1870, still has eruptions every 90 minutes.", "supported"),
    # one thing a preposition keeps the act to, against a fact that gives two
    ("Levi Strauss sold the first jeans in 1873 strictly for miners.",
     "Levi Strauss sold the first jeans in 1873 for both miners and farmers.", "contradicted"),
    ("Levi Strauss sold the first jeans in 1873 only for miners.",
     "Levi Strauss sold the first jeans in 1873 for both miners and farmers.", "contradicted"),
    ("Levi Strauss sold the first jeans in 1873 for miners only.",
     "Levi Strauss sold the first jeans in 1873 for both miners and farmers.", "contradicted"),
    # the date a participle gives its name, when the parser made the name its subject
    ("Bluebird K7 (1966)",
     "Bluebird K7 on Coniston Water, launched in 1955, was the first jet hydroplane to top 200 mph.", "contradicted"),
    # a country in brackets against the one the fact puts the named thing in
    ("Legoland (Denmark) opened 1968",
     "Legoland, in Billund in Denmark, opened in 1968.", "supported"),
    ("Legoland (Sweden) opened 1968",
     "Legoland, in Billund in Denmark, opened in 1968.", "contradicted"),
    # one event on the other side of the one it is told against
    ("Schubert died in November 1828, shortly after Beethoven died.",
     "Schubert died in November 1828, after Beethoven died.", "supported"),
    ("Schubert died in November 1828, before Beethoven died.",
     "Schubert died in November 1828, after Beethoven died.", "contradicted"),
    # (the date of the main clause is not the date of the one it is told against)
    ("Beethoven died in November 1828.",
     "Schubert died in November 1828, after Beethoven died.", "unverified"),
]


@pytest.mark.parametrize("claim, fact, verdict", _NINETEENTH_STOP_PROBES)
def test_nineteenth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_a_surname_another_fact_gives_someone_else_does_not_back_a_name_in_full(nlp: Language) -> None:
    facts = [Fact("made", "The Model T was designed by Henry Ford and launched in 1908.", "", "", "", "a"),
             Fact("plant", "Ford's Model T was built at the Highland Park plant.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["1908 Model T -- by Edsel Ford"])
    m = judge_claim("c", claim, index).match
    assert (m.verdict, m.fact_id) == ("contradicted", "made"), m.reason
    (claim,) = read_texts(nlp, ["1908 Model T -- by Henry Ford"])
    assert judge_claim("c", claim, index).match.verdict == "supported"


_NINETEENTH_STOP_SECOND_ROUND = [
    # a date in brackets after a noun dates that noun, which the fact names only as a circumstance
    ("The Luna bus crash (2018) ended in a $2 million fine for Luna Lines",
     "Luna Lines was fined $2 million in 2019 over the Luna bus crash.", "unverified"),
    # a firm's name said with its usual abbreviation
    ("1903 Ford Motor Co. founded", "The Ford Motor Company was founded in 1903.", "supported"),
    # a place is not named by the surname of a person the fact names, when the fact gives the place
    ("1886: Coca-Cola first sold at Pemberton",
     "In 1886 John Pemberton's Coca-Cola was first sold at Atlanta, Georgia.", "contradicted"),
]


_NINETEENTH_STOP_THIRD_ROUND = [
    # the name that says which thing stands where the claim's name does
    ("Stephenson built the locomotive for Stockton in 1825.",
     "Stephenson built the locomotive for the Darlington railway in 1825.", "contradicted"),
    # (not a nation's word: "before the Spanish conquest" is before Cortés)
    ("Maize was farmed long before Cortés.", "Maize was farmed before the Spanish conquest.", "unverified"),
]


@pytest.mark.parametrize("claim, fact, verdict", _NINETEENTH_STOP_THIRD_ROUND)
def test_nineteenth_stop_third_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("claim, fact, verdict", _NINETEENTH_STOP_SECOND_ROUND)
def test_nineteenth_stop_second_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_a_line_without_a_verb_is_told_by_facts_that_name_what_it_is_about(nlp: Language) -> None:
    facts = [Fact("made", "The Model T was designed by Henry Ford.", "", "", "", "a"),
             Fact("founded", "William Durant founded the Ford plant in 1908.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Henry Ford: founder of the Ford plant"])
    assert judge_claim("c", claim, index).match.verdict != "supported"


# The nineteenth stop's review: probes an independent reviewer wrote against the first round (f65ed6f),
# with the verdicts a careful reader allows ("SU": supported or unverified).
_NINETEENTH_STOP_REVIEW_PROBES = [
    # what no longer holds, against a fact in the past tense: no conflict (nor "no longer than" a figure)
    ("Arsenal no longer plays at Highbury.", ("Arsenal played at Highbury between 1913 and 2006.",), "SU"),
    ("The US dollar is no longer backed by gold.", ("The US dollar was backed by gold until 1971.",), "SU"),
    ("Blockbuster rented videos in the United States.", ("Blockbuster no longer rents videos in the United States.",),
     "SU"),
    ("A US presidential term lasts no longer than four years.", ("A US presidential term lasts four years.",), "SU"),
    # "only" with a time or a condition keeps the act to nothing
    ("The treaty was ratified only after a referendum.",
     ("The treaty was ratified after a referendum and a parliamentary vote.",), "SU"),
    # another person of the surname, in a fact about something else, leaves the surname the claim's
    ("Neil Armstrong walked on the Moon in 1969.",
     ("Armstrong walked on the Moon on 20 July 1969.", "Lance Armstrong won the Tour de France seven times."), "S"),
    ("Isaac Newton published the Principia in 1687.",
     ("Newton published the Principia in 1687.", "John Newton wrote the hymn Amazing Grace in 1772."), "S"),
    ("Gregory Watt patented the separate condenser in 1769.",
     ("Watt patented the separate condenser in 1769.",
      "James Watt, the Scottish engineer, worked on the separate condenser for years."), "UC"),
    # a line "X (year)" is not dated by what befell X later
    ("Wembley Stadium (1923)",
     ("Wembley Stadium in London, rebuilt in 2007, is the home of the England football team.",), "U"),
    ("Mona Lisa (1911)",
     ("The Mona Lisa in the Louvre, stolen in 1911, is Leonardo's most famous painting.",), "U"),
    # two events told the other way round
    ("Beethoven died after Schubert died.", ("Schubert died in 1828, after Beethoven died in 1827.",), "C"),
    ("India became independent after Gandhi was assassinated.",
     ("Gandhi was assassinated in January 1948, five months after India became independent.",), "C"),
    ("India became independent in 1948.",
     ("Gandhi was assassinated in January 1948, five months after India became independent.",), "U"),
    # another doer's clause of the same act does not date the claim's doer
    ("Scott reached the South Pole in 1911.",
     ("Amundsen reached the South Pole in December 1911, and Scott reached it in January 1912.",), "C"),
    ("Messi won the Ballon d'Or in 2009.", ("Ronaldo won the Ballon d'Or in 2008, and Messi won it in 2009.",), "S"),
    ("Spain won the World Cup in 2006.", ("Italy won the World Cup in 2006 and Spain won it in 2010.",), "C"),
]


@pytest.mark.parametrize("claim, facts, allowed", _NINETEENTH_STOP_REVIEW_PROBES)
def test_nineteenth_stop_review(nlp: Language, claim: str, facts: tuple[str, ...], allowed: str) -> None:
    index = build_index([Fact(f"f{i}", t, "", "", "", "a") for i, t in enumerate(facts)], nlp)
    (st,) = read_texts(nlp, [claim])
    m = judge_claim("c", st, index).match
    assert m.verdict[0].upper() in allowed, m.reason


# The nineteenth stop's second review (of round 2): probes in its words.
_NINETEENTH_STOP_SECOND_REVIEW_PROBES = [
    # a date in brackets after a noun is held to the fact's date of that noun, when it gives one
    ("The Bhopal leak (1985) ended in a settlement with Union Carbide",
     "Union Carbide settled in 1989 over the December 1984 Bhopal leak.", "contradicted"),
    ("The Bhopal leak (1984) ended in a settlement with Union Carbide",
     "Union Carbide settled in 1989 over the December 1984 Bhopal leak.", "supported"),
    # a town named after the person is named by the person's surname
    ("The Allen brothers founded a town at Houston in 1836.",
     "In 1836 the Allen brothers founded a town on Buffalo Bayou and named it after Sam Houston.", "supported"),
]


@pytest.mark.parametrize("claim, fact, verdict", _NINETEENTH_STOP_SECOND_REVIEW_PROBES)
def test_nineteenth_stop_second_review(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# The twentieth stop, read off fresh20 (lifts, ballet), in other domains.
_TWENTIETH_STOP_FIRST_ROUND = [
    # a name after "by" on a noun makes that thing, it does not do the clause's act
    ("Karl Popp designed the Adler 7.", "The Adler 7, designed by Heinrich Ruf to a brief by Karl Popp, sold in 1898.",
     "contradicted"),
    ("The Adler 7 was designed by Karl Popp.",
     "The Adler 7, designed by Heinrich Ruf to a brief by Karl Popp, sold in 1898.", "contradicted"),
    ("Heinrich Ruf designed the Adler 7.",
     "The Adler 7, designed by Heinrich Ruf to a brief by Karl Popp, sold in 1898.", "supported"),
    # and the maker of the same thing, named otherwise, is another
    ("Swan Lake premiered at the Bolshoi in 1877, with music by Sergei Rachmaninoff.",
     "Swan Lake, choreographed by Julius Reisinger to music by Pyotr Tchaikovsky, premiered at the Bolshoi in 1877.",
     "contradicted"),
    # a verbless root the parse hangs the line's verb under: the verb says what is claimed
    ("Ballet as we know it grew up at the Italian court.", "The vocabulary of ballet is in Italian.", "unverified"),
    # a bare degree sign measures an angle, as "degrees" does
    ("The Leaning Tower leans at 3.97°.", "The Leaning Tower of Pisa leans at 3.97 degrees.", "supported"),
]


_TWENTIETH_STOP_SECOND_ROUND = [
    # "at the invitation of X": X asked; the one who came was invited by X, not X's inviter
    ("Chopin came to Paris in 1831, invited by Ferdinand Paer.",
     "Chopin moved to Paris in 1831 at the invitation of Ferdinand Paer.", "supported"),
    ("Chopin invited Ferdinand Paer to Paris in 1831.",
     "Chopin moved to Paris in 1831 at the invitation of Ferdinand Paer.", "contradicted"),
    # a year written clipped, after a word of time or alone in brackets, is that year
    ("Chopin came to Paris in '31, invited by Ferdinand Paer.",
     "Chopin moved to Paris in 1831 at the invitation of Ferdinand Paer.", "supported"),
    ("Chopin came to Paris in '35, invited by Ferdinand Paer.",
     "Chopin moved to Paris in 1831 at the invitation of Ferdinand Paer.", "contradicted"),
    ("Tosca ('00), Darclée in the title role", "Tosca premiered in January 1900 with Hariclea Darclée in the title role.",
     "supported"),
    # an act the fact says as a noun in a circumstance has not the fact's doer for its doer
    ("The Royal Albert Hall opened in 1871.",
     "Henry Willis built the organ of the Royal Albert Hall for the hall's opening in 1871.", "supported"),
]


def test_a_verbless_lines_no_after_a_comma_lists_what_the_thing_lacks(nlp: Language) -> None:
    # (it does not deny the thing: "no spring" says nothing against the patent)
    m = pair(nlp, "Hunt's 1849 patent -> a bent wire pin, no spring",
             "Walter Hunt patented the safety pin, a bent wire pin, in 1849.")
    assert m.verdict != "contradicted", m.reason


def test_a_fact_silent_on_the_place_does_not_outweigh_the_one_that_gives_it(nlp: Language) -> None:
    facts = [Fact("premiere", "Tosca premiered at the Teatro Costanzi in Rome in January 1900.", "", "", "", "a"),
             Fact("reviews", "Tosca premiered in 1900 to mixed reviews from the critics.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Tosca premiered at La Scala in Milan in 1900."])
    m = judge_claim("c", claim, index).match
    assert (m.verdict, m.fact_id) == ("contradicted", "premiere"), m.reason


_TWENTIETH_STOP_THIRD_ROUND = [
    # a participle said aside on a verbless line dates its own act, not the fact's
    ("Clara Schumann – born in Leipzig in 1819",
     "Clara Schumann gave the premiere of Brahms's Piano Sonata in Leipzig in 1854.", "unverified"),
    ("Clara Schumann – born in Leipzig in 1820", "Clara Schumann was born in Leipzig in 1819.", "contradicted"),
    # a maker's name with a model's name and number names a product, not the maker
    ("1965 - Xerox Telecopier 1: first fax machine for offices",
     "In 1959 Xerox introduced the 914, its first plain-paper copier.", "unverified"),
    # a kind of the act, done in the fact by a thing or by no one named, is not the claim's doer's act
    ("1838 - Darwin moves to London",
     "In 1839 Charles Darwin described how a seed could survive in sea water without sinking.", "unverified"),
    # (the act's other side still reads as such: the doer done to)
    ("Lee Sedol beat AlphaGo four games to one in Seoul in March 2016.",
     "DeepMind's AlphaGo defeated Lee Sedol four games to one in Seoul in March 2016.", "contradicted"),
]


_TWENTIETH_STOP_BUT_NOT = [
    # a name a list sets aside after "but not" is what the claim denies
    ("Nadia Boulanger taught Aaron Copland, but not Philip Glass.",
     "Nadia Boulanger taught both Aaron Copland and Philip Glass.", "contradicted"),
    ("Nadia Boulanger taught Aaron Copland but not Philip Glass.", "Nadia Boulanger taught Aaron Copland in Paris.",
     "unverified"),
    # (", not X" still sets the other one aside: the fact's own name is the claim's)
    ("Sony, not Kodak, showed the Mavica in 1981.", "Sony showed the Mavica in 1981.", "supported"),
]


# The twentieth stop's review (of round 1): probes in its words.
_TWENTIETH_STOP_REVIEW_PROBES = [
    # a "by" the parse hangs on a circumstance ("at the invitation of", "in the reign of") is still the doer's
    ("Queen Victoria painted the portrait.",
     "The portrait was painted at the invitation of Queen Victoria by Franz Winterhalter.", "unverified"),
    ("Louis XIV built the palace himself.", "The palace was built in the reign of Louis XIV by Louis Le Vau.",
     "unverified"),
    ("Bobby Charlton scored the goal in the final minute.", "The goal was scored in the final minute by Geoff Hurst.",
     "contradicted"),
    # the maker who made that very thing is no rival doer
    ("Subirachs designed the sculptures of the Sagrada Família.",
     "The Sagrada Família was designed by Antoni Gaudí with sculptures by Josep Maria Subirachs.", "supported"),
    # a range of angles with the sign on both ends is one range
    ("Most avalanches start on slopes of 30° to 45°.", "Most avalanches start on slopes of 30 to 45 degrees.",
     "supported"),
]


_TWENTIETH_STOP_NAMES_WRITTEN_SHORT = [
    # a city's initials with the C of "City" are no rival of the fact's "New York" (nor backed by it: it may be
    # the state, the third review's "The governor of NYC lives in Albany")
    ("Jacobs founded her group in NYC in 1956.", "Jane Jacobs founded her study group in New York in 1956.",
     "unverified"),
    # a name cut short with a full stop is the fact's name, no rival of it
    ("Rich. Moscow Philharmonic 1960-70", "Richter was principal soloist of the Moscow Philharmonic from 1960 to 1970.",
     "unverified"),
]


# The twentieth stop's second review (of rounds 2 and 3): probes in its words.
_TWENTIETH_STOP_SECOND_REVIEW_PROBES = [
    # "but not Y" denies Y only in the slot the fact has it in
    ("Germany invaded Poland, but not Sweden.", "Germany invaded Poland in 1939, while Sweden remained neutral.",
     "unverified"),
    ("Germany invaded Poland, but not Denmark.", "Germany invaded Poland and Denmark.", "contradicted"),
    ("Apple released the iPhone in 2007, but not the iPad.", "Apple released the iPhone in 2007.", "unverified"),
    # only a noun of asking after "at" makes its "of" the asker
    ("The Archbishop of Canterbury crowned Elizabeth II in 1953.",
     "The Archbishop of Canterbury presided at the coronation of Elizabeth II in 1953.", "supported"),
    ("Elizabeth II crowned the Archbishop of Canterbury in 1953.",
     "The Archbishop of Canterbury officiated at the coronation of Elizabeth II in 1953.", "contradicted"),
    # who was present at an act's noun did not do the act
    ("Churchill crowned Elizabeth II in 1953.", "Churchill was present at the coronation of Elizabeth II in 1953.",
     "unverified"),
]


def test_a_verbless_lines_no_x_is_never_backed_by_a_fact_that_has_x(nlp: Language) -> None:
    # (the review's: ", no engine" read as an engine was supported by "was fitted with an engine")
    m = pair(nlp, "Kon-Tiki (1947): a balsa raft, no engine", "The Kon-Tiki raft of 1947 was fitted with an engine.")
    assert m.verdict != "supported", m.reason


def test_city_initials_are_not_backed_by_a_bare_name_that_may_be_the_state(nlp: Language) -> None:
    # (the third review's: "NYC" read as "New York" supported "Albany is the capital of NYC")
    m = pair(nlp, "Albany is the capital of NYC.", "Albany is the capital of New York.")
    assert m.verdict != "supported", m.reason


# The twenty-first stop's first round, read off fresh21, in other words.
_TWENTY_FIRST_STOP_FIRST_ROUND = [
    # an act's opposite as a kind of it, either way round ("lost" against "beat")
    ("Anna Schmidt lost the 1902 Leipzig chess tournament.",
     "In 1902 Anna Schmidt beat Karl Weber in a chess tournament in Leipzig.", "contradicted"),
    # (not when the claim's doer is whom the fact's act was done to: the same in other words)
    ("Karl Weber lost the 1902 Leipzig final to Anna Schmidt.",
     "Anna Schmidt won the 1902 Leipzig final against Karl Weber.", "unverified"),
    # an ordinal ranks, the number after it counts ("the first nine", "the first seven")
    ("Ellen Hart won the first nine titles.", "Ellen Hart won the first seven national singles titles, from 1901 to 1907.",
     "contradicted"),
    ("Ellen Hart won the first seven titles.", "Ellen Hart won the first seven national singles titles.", "supported"),
    # a possessive noun after the number says whose; the count is of what follows
    ("Ellen Hart won seven titles.", "Ellen Hart won seven US national women's singles titles.", "supported"),
    # another rank opening the same man's name
    ("In 1871 Captain John Parry patented the sprung loom.",
     "Major John Alden Parry patented the sprung loom in 1871.", "contradicted"),
    # what a line says of a model after "No." is what it says ("still an upstrike writer")
    ("Oliver No. 5, still an upstrike \"blind\" writer", "The Oliver No. 5 was a front-strike machine.", "unverified"),
    # half of a code written with a slash is no place ("MT" of "MT/ST" is not Montana)
    ("Selectric plant: IBM Lexington, Kentucky",
     "IBM's Magnetic Tape Selectric Typewriter (MT/ST), introduced in 1964, recorded typing on magnetic tape.", "unverified"),
]


# The twenty-first stop's second round: wrong contradictions read off fresh21, in other words.
_TWENTY_FIRST_STOP_SECOND_ROUND = [
    # the first to do another thing is another record, whatever its date
    ("The 2010 Paris Marathon became the first marathon to use chip timing.",
     "In 1994 the Paris Marathon became the first marathon to offer equal prize money.", "unverified"),
    ("The 1996 Paris Marathon became the first marathon to offer equal prize money.",
     "In 1994 the Paris Marathon became the first marathon to offer equal prize money.", "contradicted"),
    # the year of one edition does not date the event at large
    ("The Wimbledon Championships date from 1877.",
     "Arthur Gore became the oldest man to win the singles title, at the 1909 Wimbledon Championships.", "unverified"),
    ("Maria Bueno won the women's title at the 1960 Pan American Games.",
     "Maria Bueno won the women's title at the 1959 Pan American Games.", "contradicted"),
    # a verbless line that shares no more than a qualifying word with the fact
    ("1908 - last Olympic rugby for 16 years", "In 1924 the United States won the Olympic gold medal in Paris.",
     "unverified"),
    # a copula's word for what the name is, no rival of a doer in the fact
    ("The real pioneer was Emile Berliner's gramophone of 1887, whose flat disc finally let listeners hear music at home.",
     "The gramophone, patented by Emile Berliner in 1887, played flat discs that let listeners hear music at home.",
     "unverified"),
]


# The twenty-first stop's third round.
_TWENTY_FIRST_STOP_THIRD_ROUND = [
    # an event begins when it is first held
    ("The Scottish Championships started in Glasgow in 1895.",
     "The Scottish Championships were first held in 1895 in Edinburgh.", "contradicted"),
    ("The Scottish Championships started in Edinburgh in 1895.",
     "The Scottish Championships were first held in 1895 in Edinburgh.", "supported"),
    # the one the main clause did something to is not the doer of the participle aside's act
    ("Gonzales eventually won the final set 22-20.",
     "In 1969 Charlie Pasarell lost to Pancho Gonzales, who beat Pasarell in a match, winning the final set 22-20.",
     "supported"),
    ("Pasarell eventually won the final set 22-20.",
     "In 1969 Pancho Gonzales beat Charlie Pasarell in a first-round match, winning the final set 22-20.",
     "contradicted"),
    # a note's clipped year after a name
    ("Borg, Wimbledon '76 -> beat Nastase in the final", "In 1976 Björn Borg beat Ilie Năstase in the Wimbledon final.",
     "supported"),
    ("Borg, Wimbledon '77 -> beat Nastase in the final", "In 1976 Björn Borg beat Ilie Năstase in the Wimbledon final.",
     "contradicted"),
    # where a place is, written after it with a comma on both sides: another place
    ("1921 - Baker's first photogravure print, Kettleby, Ohio",
     "Sarah Baker made the first photogravure print on 3 May 1921 in Kettleby, Illinois.", "contradicted"),
    ("1921 - Baker's first photogravure print, Kettleby, Illinois",
     "Sarah Baker made the first photogravure print on 3 May 1921 in Kettleby, Illinois.", "supported"),
    # a count of titles against a title won so many times
    ("Catherine Ndereba won four Boston Marathon titles.",
     "Catherine Ndereba won the Boston Marathon women's title four times.", "supported"),
    ("Catherine Ndereba won six Boston Marathon titles.",
     "Catherine Ndereba won the Boston Marathon women's title four times.", "contradicted"),
    # a design drawn is a design designed
    ("The Gill Sans typeface was drawn in 1928 by Edward Johnston.",
     "The Gill Sans typeface was designed by Eric Gill in 1928.", "contradicted"),
    ("The Gill Sans typeface was sketched in 1928 by Eric Gill.",
     "The Gill Sans typeface was designed by Eric Gill in 1928.", "supported"),
    # (not a count of times against the number that names a game, nor a count of each suit's cards)
    ("Deep Thought won game 1 - the first time a computer beat a grandmaster in a tournament game.",
     "In 1988 Deep Thought beat Bent Larsen in a tournament game, and lost a two-game match to Kasparov in 1989.",
     "unverified"),
]


# The twenty-first stop's review (of rounds 1 to 3): probes in its words.
_TWENTY_FIRST_STOP_REVIEW_PROBES = [
    # a kind of the opposite in the kind's own sense, never a light one, never an act done again
    ("Hungary lost the 1954 World Cup final.", "Hungary scored twice in the 1954 World Cup final.", "unverified"),
    ("The Cavern Club reopened in 1984.", "The Cavern Club closed in 1973.", "unverified"),
    # the claim's doer the one the fact's act was done to, by whom or to whom, in any clause
    ("The Celtics beat the Lakers in the 1984 Finals.", "The Lakers lost to the Celtics in the 1984 Finals.",
     "unverified"),
    # "started" is "was first held" only for an event held
    ("The Ramones started in 1974.", "The Ramones first played at CBGB in August 1974.", "unverified"),
    ("Tom Brady started for the Patriots in 2001.", "Tom Brady first played for the Patriots in 2000.", "unverified"),
    # a rank written short, and a compound rank against its head, are no other rank
    ("Gen. George Patton commanded the Third Army.", "General George Patton commanded the Third Army.", "supported"),
    ("Colonel Jimmy Doolittle led the Tokyo raid in 1942.",
     "Lieutenant Colonel Jimmy Doolittle led the Tokyo raid in 1942.", "supported"),
    # the year of an edition dates what a name the fact backs did there
    ("Secretariat, Kentucky Derby winner, 1972.", "Secretariat won the 1973 Kentucky Derby in record time.",
     "contradicted"),
    # some such act, not the one the participle aside tells of
    ("Tracy Stallard hit a home run in 1961.",
     "Roger Maris homered off Tracy Stallard in 1961, hitting his 61st of the season.", "unverified"),
    # a possessive that counts whose is no sorting one
    ("Five nations' armies took part in the 1950 offensive.", "Five armies took part in the 1950 offensive.",
     "unverified"),
    # (the light verb a participle aside says too: its doer, not whom the main clause beat; left open by the review)
    ("Jimmy White made the final break.", "Stephen Hendry beat Jimmy White in 1994, making the final break.",
     "unverified"),
    ("Stephen Hendry made the final break.", "Stephen Hendry beat Jimmy White in 1994, making the final break.",
     "supported"),
]


# The twenty-first stop's second review (of the later rules and the first review's mends): probes in its words.
_TWENTY_FIRST_STOP_SECOND_REVIEW_PROBES = [
    # a town after a town is the next of a list, not where the first is
    ("1990: bakery supplies Portland, Boise.", "The bakery supplied Portland, Maine, in 1990.", "unverified"),
    # a count of times is a count of things only for what is won each time, of the kind the claim names
    ("The museum borrowed three Vermeer paintings.", "The museum borrowed the Vermeer painting three times.",
     "unverified"),
    ("The university rebuilt three libraries.", "The university rebuilt its library four times.", "unverified"),
    ("The bakery won eight titles.", "The bakery won the Best Baguette title six times.", "unverified"),
    # drawn is designed only of a design on paper
    ("The Teddy bear was drawn by Clifford Berryman in 1902.", "The Teddy bear was designed by Morris Michtom in 1902.",
     "unverified"),
    # two compounds of one rank's head are two ranks
    ("Lieutenant General Leslie Groves oversaw the building of the Hanford dam site.",
     "Major General Leslie Groves oversaw the building of the Hanford dam site.", "contradicted"),
    # a name, an event and a year listed say nothing of what the name did at which edition
    ("Paris Fashion Week, Christian Dior, 1947.", "Christian Dior showed a collection at the 1953 Paris Fashion Week.",
     "unverified"),
    # (but the edition the name's own, or what the name was there, is the fact's: the first review's probes)
    ("Seabiscuit's Santa Anita Handicap: 1939.", "Seabiscuit won the 1940 Santa Anita Handicap.", "contradicted"),
    ("Red Rum, Grand National hero, 1978.", "Red Rum won the 1977 Grand National.", "contradicted"),
    # ("first held" only as the event's own aside: "Oasis first played at King Tut's" is no holding)
    ("Oasis began in 1991.", "Oasis first played at King Tut's in 1993.", "unverified"),
    # a light verb in another sense than the aside's
    ("Robuchon made the shortlist in 1987.", "Bocuse beat Robuchon in the 1987 final, making history.", "unverified"),
    ("Anna Wintour took the job in 1988.", "Condé Nast hired Anna Wintour in 1988, taking the magazine in a new direction.",
     "unverified"),
]


# The twenty-second stop's first round, read off fresh22, in other words.
_TWENTY_SECOND_STOP_FIRST_ROUND = [
    # a name the tagger reads as a noun at the head of the fact ("Singer" as "singer") swaps all the same
    ("1876 Grover & Baker buys out Singer", "Singer acquired the Grover & Baker Sewing Machine Company of Boston in 1876.",
     "contradicted"),
    ("In 1876 Grover & Baker acquired Singer.",
     "Singer acquired the Grover & Baker Sewing Machine Company of Boston in 1876.", "contradicted"),
    ("In 1876 Singer acquired Grover & Baker.",
     "Singer acquired the Grover & Baker Sewing Machine Company of Boston in 1876.", "supported"),
    # the two ends of one life are two events: a closing is not refuted by the opening's date
    ("The Dunmore mill closed in 1971.", "The Dunmore mill opened in 1852.", "unverified"),
    ("Hugh Baird died in Falkirk in 1889.", "Hugh Baird was born in Falkirk in 1811.", "unverified"),
    ("The Dunmore mill opened in 1853.", "The Dunmore mill opened in 1852.", "contradicted"),
    # (at the same time the opposite act tells the one event otherwise)
    ("The Dunmore mill closed in 1852.", "The Dunmore mill opened in 1852.", "contradicted"),
    ("The Dunmore mill closed in 1970.", "The Dunmore mill opened in 1852 and closed in 1971.", "contradicted"),
    # a headline's verb the parser read as a plural noun
    ("1971 Dunmore mill shuts", "The Dunmore mill closed in 1971.", "supported"),
    ("1972 Dunmore mill shuts", "The Dunmore mill closed in 1971.", "contradicted"),
    # the "it" of a time taken stands for nothing, and nothing is taken from anyone
    ("Back in 1852 Queen Victoria handed the estate to the town. It took until 1901 for the estate to become a park.",
     "In 1852 Queen Victoria gave the Dunmore estate to the town of Falkirk.", "unverified"),
    # a given name said short, by the nicknames package's list
    ("Bill Seward signed the Alaska Purchase treaty in March 1867.",
     "Secretary of State William Seward signed the Alaska Purchase treaty on 30 March 1867.", "supported"),
    ("Frederick Seward signed the Alaska Purchase treaty in March 1867.",
     "Secretary of State William Seward signed the Alaska Purchase treaty on 30 March 1867.", "contradicted"),
    # a town no gazetteer knows, placed in a state the fact's place holds: no rival of it
    ("Rettig emigrates from Germany -> Fulton, Missouri",
     "Karl Rettig emigrated from Germany to the United States in 1871 and settled in Fulton, Missouri.", "unverified"),
    ("Karl Rettig emigrated from Germany to Canada.",
     "Karl Rettig emigrated from Germany to the United States in 1871.", "contradicted"),
    # where the fact puts the place a claim's locator places elsewhere
    ("Treaty on cranes -> signed 1984 in Tabriz, Iraq", "The Crane Treaty was signed in the Iranian city of Tabriz in 1984.",
     "contradicted"),
    ("March: 900 mm of rain in a day at Cilaos, Mauritius",
     "A rainfall of 900 mm in one day fell at Cilaos on Réunion in March 1952.", "contradicted"),
    ("Edward Haskell was born in Mobile, Alabama.", "Edward Haskell was born in Selma, Alabama, in 1901.", "contradicted"),
]


# The twenty-second stop's second round: a rank only one can hold, given to another.
_TWENTY_SECOND_STOP_SECOND_ROUND = [
    ("Bodmin Moor is the largest nature reserve in Cornwall.",
     "Goss Moor, designated in 1991, is the largest nature reserve in Cornwall.", "contradicted"),
    ("Largest nature reserve in Cornwall: Bodmin Moor",
     "Goss Moor, designated in 1991, is the largest nature reserve in Cornwall.", "contradicted"),
    ("Goss Moor is the biggest nature reserve in Cornwall.",
     "Goss Moor, designated in 1991, is the largest nature reserve in Cornwall.", "supported"),
    ("The Eden Project is the most visited garden in Cornwall.",
     "Trebah, near Falmouth, is the most visited garden in Cornwall.", "contradicted"),
    # (another scope, or none, is another record)
    ("Bodmin Moor is the largest nature reserve in Devon.",
     "Goss Moor is the largest nature reserve in Cornwall.", "unverified"),
    ("Bodmin Moor is the largest nature reserve.", "Goss Moor is the largest nature reserve in Cornwall.", "unverified"),
    # (a name sharing a word with the fact's holder may be the same one said otherwise)
    ("The Trebah Gardens are the most visited garden in Cornwall.",
     "Trebah Garden, near Falmouth, is the most visited garden in Cornwall.", "supported"),
    ("The Goss Moors are the largest nature reserve in Cornwall.",
     "Goss Moor National Nature Reserve is the largest nature reserve in Cornwall.", "supported"),
    ("The Smokies are the most visited park in Tennessee.",
     "Great Smoky Mountains National Park is the most visited park in Tennessee.", "unverified"),
    # (a qualifier that narrows the scope, or a year the fact does not give)
    ("First Welsh Olympic champion: Paulo Radmilovic (1908)",
     "Launceston Elliot became the first British Olympic champion in 1896.", "unverified"),
    ("First British Olympic champion: Paulo Radmilovic (1908)",
     "Launceston Elliot became the first British Olympic champion in 1896.", "unverified"),
]


# Acts notes write short before a year ("est. 1951", "b. 1919")
_TWENTY_SECOND_STOP_NOTE_ACTS = [
    ("Etosha NP est. 1907", "Etosha National Park in Namibia was established in 1907.", "supported"),
    ("Etosha NP est. 1908", "Etosha National Park in Namibia was established in 1907.", "contradicted"),
    ("Etosha NP est. 1907, in Botswana", "Etosha National Park in Namibia was established in 1907.", "contradicted"),
    ("Pavlova b. 1881 in St Petersburg", "Anna Pavlova was born in St Petersburg in 1881.", "supported"),
    ("Pavlova b. 1881 in Moscow", "Anna Pavlova was born in St Petersburg in 1881.", "contradicted"),
    ("Pavlova d. 1881", "Anna Pavlova was born in St Petersburg in 1881.", "unverified"),
]


# The twenty-second stop's third round
_TWENTY_SECOND_STOP_THIRD_ROUND = [
    # a word written short, as notes write it
    ("Kafue Reserve 1924 -> proclaimed by the colonial govt of Northern Rhodesia",
     "The Kafue Reserve was proclaimed in 1924 by the colonial government of Northern Rhodesia.", "supported"),
    ("Chrysler Building, 1930 -> briefly the tallest bldg in the world",
     "The Chrysler Building, completed in 1930, was briefly the tallest building in the world.", "supported"),
    # the name after "a ... named" is the doer, whom the fact must name
    ("In 1902 an engineer named Willis Carrier designed the first air conditioner.",
     "In 1902 Willis Carrier designed the first modern air conditioner.", "unverified"),
    ("In 1902 an engineer named Irving Lyle designed the first air conditioner.",
     "In 1902 Willis Carrier designed the first modern air conditioner.", "contradicted"),
    # "bothered to" is the act itself ("never bothered to patent it" did not patent it)
    ("Antonio Meucci bothered to patent his telephone.", "Antonio Meucci never patented his telephone.", "contradicted"),
    # a phrasal verb is no opposite by its verb alone ("came up with" / "went into production")
    ("Rudolf Diesel came up with his engine in Augsburg.", "Rudolf Diesel's engine went into production in Augsburg.",
     "unverified"),
    ("Arnold Palmer lost out on the 1962 title.", "Arnold Palmer won the 1962 title.", "contradicted"),
    # another unit of one measure, named without a figure on either side
    ("A shoe's Paris point size counts the length of the last in centimetres.",
     "A shoe's Paris point size counts the length of the last in millimetres.", "contradicted"),
    ("A shoe's Paris point size counts the length of the last in mm.",
     "A shoe's Paris point size counts the length of the last in millimetres.", "supported"),
    # (a unit with its figure is the amount's, weighed converted)
    ("The Humber Bridge's main span is about 4,626 feet long.",
     "The Humber Bridge has a main span of 1,410 metres.", "supported"),
    # initials of the fact's words ("NP": national park), ranked as they are
    ("Abisko: Sweden's 1st NP (1909)", "Abisko, created in 1909, was Sweden's first national park.", "supported"),
    ("Abisko: Sweden's 2nd NP (1909)", "Abisko, created in 1909, was Sweden's first national park.", "contradicted"),
    ("Abisko: Sweden's 1st NP (1910)", "Abisko, created in 1909, was Sweden's first national park.", "contradicted"),
    # an area's unit written with a power or "square"
    ("Sarek NP: ~1,970 km²", "Sarek National Park covers about 1,970 square kilometres.", "supported"),
    ("Sarek NP: ~1,970 km2", "Sarek National Park covers about 1,970 square kilometres.", "supported"),
    ("Sarek NP: ~1,970 sq mi", "Sarek National Park covers about 1,970 square kilometres.", "contradicted"),
]


# The twenty-second stop's review: its probes the change or its mends got right (the reviewer's, in domains
# none of the corpora have)
_TWENTY_SECOND_STOP_REVIEW_PROBES = [
    ("The Savoy Hotel closed in 2007.",
     "The Savoy Hotel opened in 1889.", "unverified"),
    ("Escoffier left the Savoy in 1898.",
     "Escoffier joined the Savoy in 1890.", "unverified"),
    ("The Savoy fired Escoffier in 1898.",
     "The Savoy hired Escoffier in 1890.", "unverified"),
    ("Smeaton's Tower was demolished in 1877.",
     "Smeaton's Tower was built on the Eddystone rocks in 1759.", "unverified"),
    ("The Order of the Visitation was abolished in France in 1792.",
     "The Order of the Visitation was founded in 1610.", "unverified"),
    ("Conrad Hilton divorced Zsa Zsa Gabor in 1946.",
     "Conrad Hilton married Zsa Zsa Gabor in 1942.", "unverified"),
    ("The Gamages store was demolished in 1972.",
     "The Gamages store opened in 1878.", "unverified"),
    ("The Cunard Line began its Boston service in 1845.",
     "The Cunard Line ended its Boston service in 1970.", "unverified"),
    ("1958 Lego sets",
     "The Lego brick was patented in 1958.", "unverified"),
    ("Teddy Roosevelt inspired Morris Michtom's toy bear.",
     "Theodore Roosevelt inspired Morris Michtom's toy bear.", "supported"),
    ("Ted Roosevelt inspired the teddy bear.",
     "President Theodore Roosevelt inspired the teddy bear.", "supported"),
    ("Bill Hoover ran the Hoover Company.",
     "William Henry Hoover ran the Hoover Company.", "supported"),
    ("Bill Hoover ran the Hoover Company from 1910.",
     "William Henry Hoover ran the Hoover Company from 1908.", "contradicted"),
    ("Louise Marx founded a toy company in New York in 1919.",
     "Louis Marx founded his toy company in New York in 1919.", "contradicted"),
    ("Jonathan Wanamaker opened the Grand Depot in 1876.",
     "John Wanamaker opened the Grand Depot in Philadelphia in 1876.", "contradicted"),
    ("Jack Astor built the Astor House hotel.",
     "John Jacob Astor built the Astor House hotel.", "supported"),
    ("Barbie Handler was the daughter of Ruth Handler.",
     "Barbara Handler was the daughter of Ruth Handler.", "supported"),
    ("Jim Penney opened his first store in Kemmerer.",
     "James Cash Penney opened his first store in Kemmerer, Wyoming.", "supported"),
    ("Jim Penney opened his first store in Kemmerer in 1905.",
     "James Cash Penney opened his first store in Kemmerer, Wyoming, in 1902.", "contradicted"),
    ("The Hoover Company was based in North Canton, Ohio.",
     "The Hoover Company was based in the United States.", "unverified"),
    ("Will Kellogg was born in Battle Creek, Michigan.",
     "Will Kellogg was born in Canada.", "contradicted"),
    ("The Hotel Adlon stands in Berlin, Austria.",
     "The Hotel Adlon stands in the German city of Berlin.", "contradicted"),
    ("The Abbasi Hotel stands in Isfahan, Iraq.",
     "The Abbasi Hotel stands in the Iranian city of Isfahan.", "contradicted"),
    ("The Oberoi Grand hotel stands in Kolkata, India.",
     "The Oberoi Grand hotel stands in the Bengali city of Kolkata.", "supported"),
    ("The Dukes' Palace hotel stands in Bruges, Belgium.",
     "The Dukes' Palace hotel stands in the Flemish city of Bruges.", "supported"),
    ("The Hotel Le Récif stands in Saint-Gilles, Mauritius.",
     "The Hotel Le Récif stands in Saint-Gilles on Réunion.", "contradicted"),
    ("Boston Light is the oldest lighthouse in the United States.",
     "Sandy Hook Light is the oldest working lighthouse in the United States.", "unverified"),
    ("Boston Light is the oldest lighthouse in the United States.",
     "Sandy Hook Light is the oldest lighthouse still in use in the United States.", "unverified"),
    ("Boston Light is the tallest lighthouse in the United States.",
     "Cape Hatteras Light is the tallest lighthouse in the United States.", "contradicted"),
    ("Kew Gardens is the most visited garden in the UK.",
     "RHS Garden Wisley is the most visited garden in the United Kingdom.", "contradicted"),
    ("The Langham was the first grand hotel in London.",
     "The Savoy was the first grand hotel in London.", "contradicted"),
    ("The Langham was the first hotel in London to have electric lifts.",
     "The Savoy was the first hotel in London to have electric lights.", "unverified"),
    ("The Hotel Ukraina is the largest hotel in Europe.",
     "The Izmailovo Hotel is the largest hotel in Europe.", "contradicted"),
    ("The Smokies Inn is the largest hotel in Gatlinburg.",
     "The Park Vista is the largest hotel in Gatlinburg.", "contradicted"),
    ("Bodmin Moor is the largest moorland garden in Cornwall.",
     "Goss Moor is the largest moorland garden in Cornwall.", "contradicted"),
    ("Harrods est. 1849",
     "Harrods was established in 1849.", "supported"),
    ("Harrods est. 1849",
     "Harrods was founded in 1849 by Charles Henry Harrod.", "supported"),
    ("Margarete Steiff b. 1847",
     "Margarete Steiff was born in 1847.", "supported"),
    ("Conrad Hilton d. 1979",
     "Conrad Hilton died in 1979.", "supported"),
    ("Conrad Hilton b. 1887 in San Antonio, New Mexico",
     "Conrad Hilton was born in San Antonio, New Mexico, in 1887.", "supported"),
    ("Hamleys, est. 1760, is a toy shop in London.",
     "Hamleys was established in 1760 and is a toy shop in London.", "supported"),
    ("Hamleys, est. 1770, is a toy shop in London.",
     "Hamleys was established in 1760.", "contradicted"),
    ("Selfridges estd. 1908",
     "Selfridges was established in 1908.", "supported"),
    ("Ruth Handler, b. 1918, created Barbie.",
     "Ruth Handler was born in 1916.", "contradicted"),
    ("The Savoy Hotel est. 1889",
     "The Savoy Hotel was established in 1889.", "supported"),
    ("The govt bought the lighthouse in 1836.",
     "The government bought the lighthouse in 1836.", "supported"),
    ("The govt bought the lighthouse in 1840.",
     "The government bought the lighthouse in 1836.", "contradicted"),
    ("The hotel mgr hired Escoffier in 1890.",
     "The hotel manager hired Escoffier in 1890.", "supported"),
    ("The pres opened the garden in 1910.",
     "The preservation trust opened the garden in 1910.", "unverified"),
    ("The new bldg opened in 1911.",
     "The new building opened in 1911.", "supported"),
    ("A toymaker named Richard Steiff made the first American teddy bear.",
     "Morris Michtom made the first American teddy bear.", "contradicted"),
    ("A Danish carpenter called Ole Kirk Christiansen founded Lego in 1934.",
     "Ole Kirk Christiansen founded Lego in 1932.", "contradicted"),
    ("Steiff bothered to patent its button-in-ear trademark in 1904.",
     "Steiff patented its button-in-ear trademark in 1904.", "supported"),
    ("Angela Merici died in Brescia in 1540.",
     "Angela Merici founded the Ursulines in Brescia in 1535.", "unverified"),
    ("Tom Sheaffer ran the pen company after 1913.",
     "Thomas Sheaffer ran the pen company after 1913.", "supported"),
    ("Jimmy Penney opened a store in Kemmerer in 1902.",
     "James Penney opened a store in Kemmerer in 1902.", "supported"),
    ("Jonathan Marshall Field opened the store in 1881.",
     "John Marshall Field opened the store in 1881.", "contradicted"),
    ("Ivan Lewis opened the Oxford Street shop in 1864.",
     "John Lewis opened the Oxford Street shop in 1864.", "contradicted"),
    ("Pauline Straus opened the store in 1896.",
     "Paul Straus opened the store in 1896.", "contradicted"),
    ("Will Keith Kellogg died in Battle Creek, Ontario.",
     "Will Keith Kellogg died in the United States.", "contradicted"),
    ("Will Keith Kellogg died in Battle Creek, Michigan.",
     "Will Keith Kellogg died in the United States.", "unverified"),
    ("The Hotel Continental stands in Oslo, Sweden.",
     "The Hotel Continental stands in the Norwegian capital of Oslo.", "contradicted"),
    ("The Hotel Rossiya was the largest hotel in Moscow.",
     "The Izmailovo is the largest hotel complex still operating in Moscow.", "unverified"),
    ("Bloomingdale's is the largest department store in Manhattan.",
     "Macy's is the largest department store in Manhattan by sales.", "unverified"),
    ("Bloomingdale's is the oldest department store in New York.",
     "Lord & Taylor was the oldest department store in New York to close in 2021.", "unverified"),
    ("Minnie Ward was the first woman lighthouse keeper in Maine.",
     "Abbie Burgess was the first woman lighthouse keeper in Maine to be buried at sea.", "unverified"),
    ("The Hotel Metropole closed in 1936.",
     "The Hotel Metropole opened in 1885.", "unverified"),
    ("Abbie Burgess left the Matinicus Rock light in 1861.",
     "Abbie Burgess arrived at the Matinicus Rock light in 1853.", "unverified"),
    ("Meccano Ltd est. 1908",
     "Meccano Ltd was established in 1908.", "supported"),
    ("Ruth Handler b. 1916 in Denver",
     "Ruth Handler was born in Denver in 1916.", "supported"),
    ("The inst opened the garden in 1911.",
     "The institute's instructor opened the garden in 1911.", "unverified"),
]

# The twenty-second stop's second review: its probes the change or its mends got right
_TWENTY_SECOND_STOP_SECOND_REVIEW_PROBES = [
    ("Early Dutch skate blades were measured in inches.",
     "Early Dutch skate blades were measured in centimetres.", "contradicted"),
    ("Surfboard length is traditionally given in metres.",
     "Surfboard length is traditionally given in feet.", "contradicted"),
    ("Refrigerator capacity in Europe is stated in gallons.",
     "Refrigerator capacity in Europe is stated in litres.", "contradicted"),
    ("Carpet in American shops is priced per square metre.",
     "Carpet in American shops is priced per square foot.", "contradicted"),
    ("In Germany soap was sold in kilos.",
     "In Germany soap was sold in pounds.", "contradicted"),
    ("Fireworks were sold by the pound in 1900 London.",
     "Fireworks were sold by the ounce in 1900 London.", "contradicted"),
    ("Ski wax melting points are printed in kelvin.",
     "Ski wax melting points are printed in celsius.", "contradicted"),
    ("Lake Taupo covers 616 km².",
     "Lake Taupo covers an area of 616 square kilometres.", "supported"),
    ("Lake Taupo covers 616 km2.",
     "Lake Taupo covers an area of 616 square kilometres.", "supported"),
    ("Lake Taupo covers 61 km².",
     "Lake Taupo covers an area of 616 square kilometres.", "contradicted"),
    ("Lake Taupo covers 61,600 hectares.",
     "Lake Taupo covers an area of 616 square kilometres.", "supported"),
    ("Lake Taupo holds about 59 cubic metres of water.",
     "Lake Taupo holds 59 km³ of water.", "contradicted"),
    ("Lake Taupo is 616 kilometres long.",
     "Lake Taupo covers an area of 616 square kilometres.", "unverified"),
    ("The Frigidaire held 5 cu ft.",
     "The Frigidaire held 5 cubic feet.", "supported"),
    ("The Ardabil Carpet covers about 66 square feet.",
     "The Ardabil Carpet measures about 66 m² in area.", "contradicted"),
    ("The fireworks barge burned 2 m3 of powder.",
     "The fireworks barge burned 2 cubic metres of powder.", "supported"),
    ("Lake Baikal holds 23,600 km3 of water.",
     "Lake Baikal holds 23,600 cubic kilometres of water.", "supported"),
    ("Lake Baikal holds 2,360 km3 of water.",
     "Lake Baikal holds 23,600 cubic kilometres of water.", "contradicted"),
    ("Willis Carrier installed the first modern AC in Brooklyn in 1902.",
     "Willis Carrier installed the first modern air conditioner in Brooklyn in 1902.", "supported"),
    ("GE sold the first Monitor-Top refrigerator in 1927.",
     "General Electric sold the first Monitor-Top refrigerator in 1927.", "supported"),
    ("GM bought the Guardian Frigerator Company in 1918.",
     "In 1918 General Motors bought the Guardian Frigerator Company.", "supported"),
    ("Norway's 1st NP opened in 1962.",
     "Norway's first nature preserve opened in 1962.", "unverified"),
    ("The first fireworks display in the US was held in 1777.",
     "The first fireworks display under the Union Standard was held in 1777.", "unverified"),
    ("The UK's first electric kettle was sold in 1891.",
     "The first electric kettle sold in Upper Kent was sold in 1891.", "unverified"),
    ("Frigidaire was owned by GM from 1919 to 1979.",
     "Frigidaire was owned by General Motors from 1919 to 1979.", "supported"),
    ("Bill Lear sold the first 8-track tape player in 1964.",
     "William Lear sold the first 8-track tape player in 1964.", "supported"),
    ("Jacuzzi Bros est. 1915 in Berkeley",
     "The Jacuzzi Brothers company was established in Berkeley in 1915.", "supported"),
    ("The Jacuzzi factory closed in 1979.",
     "The Jacuzzi factory opened in Berkeley in 1915.", "unverified"),
    ("Kite line strength is rated in kilograms.",
     "Kite line strength is rated in pounds.", "contradicted"),
    ("Carpet wool in Iran is sold by the kilo.",
     "Carpet wool in Iran is sold by the pound.", "contradicted"),
    ("Hot-air balloon envelopes are sized in cubic metres.",
     "Hot-air balloon envelopes are sized in cubic feet.", "contradicted"),
    ("Lake Titicaca covers 8,372 km².",
     "Lake Titicaca covers 8,372 square kilometres.", "supported"),
    ("Lake Titicaca covers 837 km2.",
     "Lake Titicaca covers 8,372 square kilometres.", "contradicted"),
    ("Lake Titicaca covers 837,200 hectares.",
     "Lake Titicaca covers 8,372 km².", "supported"),
    ("Lake Titicaca is 8,372 metres deep.",
     "Lake Titicaca covers 8,372 square kilometres.", "unverified"),
    ("GE made the first electric toaster sold in the US.",
     "General Electric made the first electric toaster sold in the United States.", "supported"),
    ("Sweden's 1st NR opened in 1909.",
     "Sweden's first nature reserve opened in 1909.", "unverified"),
    ("Sweden's 1st PM under the new constitution was Louis De Geer.",
     "Louis De Geer was Sweden's first prime minister under the new constitution.", "supported"),
    ("The Hoover factory in North Canton closed in 2007.",
     "The Hoover factory opened in North Canton in 1908.", "unverified"),
    # (a place's letters stand for its own name only: "US" is not the "Union Standard")
    ("The first regatta in the US was held in 1839.", "The first regatta under the Union Standard was held in 1839.", "unverified"),
]

_TWENTY_THIRD_STOP_FIRST_ROUND = [
    # a denied act against its opposite says the same twice over, no contradiction
    ("In 1670 a London jury refused to convict William Penn.", "In 1670 a London jury acquitted William Penn.",
     "unverified"),
    ("In 1670 a London jury convicted William Penn.", "In 1670 a London jury acquitted William Penn.",
     "contradicted"),
    # a fact's "began printing" dates the printing, not the paper's own beginning
    ("The Harwick Gazette began in 1821.", "The Harwick Gazette began printing on green paper in 1870.",
     "unverified"),
    ("The Harwick Gazette began printing in 1868.", "The Harwick Gazette began printing on green paper in 1870.",
     "contradicted"),
    ("1869: Harwick starts bottling cider, Dunmore, Kent.",
     "Jonas Harwick started bottling cider in Dunmore, Sussex, in 1869.", "contradicted"),
    # one-sided transfer of another thing is another transfer, not a swap
    ("Ellis Marlow launched the Courier in 1880 and sold it in 1890.", "Ellis Marlow bought the Harwick Gazette in 1899.",
     "unverified"),
    ("The Kessel firm began by selling scrap metal.", "The Kessel firm bought the Dorran Works in 1950.", "unverified"),
    ("Ellis Marlow sold the Harwick Gazette in 1899.", "Ellis Marlow bought the Harwick Gazette in 1899.",
     "contradicted"),
    # a place the fact does not give, where the clause's thing stands, makes it another thing
    ("A royal charter of 1591 set up a college in Dublin.", "The Harwick College was set up by a royal charter in 1583.",
     "unverified"),
    ("A royal charter set up the Harwick College in 1591.", "The Harwick College was set up by a royal charter in 1583.",
     "contradicted"),
    # a body said shorter, in words of its name and of the place it is of
    ("1620 the colony chartered by the Virginia General Assembly",
     "The colony was chartered in 1620 by the General Assembly of the Colony of Virginia.", "unverified"),
    # ", who" after a name: the clause is that person's
    ("Thomas Brenner left his books to the museum in 1790.",
     "The Harwick Museum was named after the collector Thomas Brenner, who on his death in 1790 left it his books.",
     "supported"),
    # a definition with the verb and another particle does not define the phrasal verb
    ("Weaving was going on there by 1200.", "The weavers left Harwick in 1350.", "unverified"),
    # a rank on a name said shorter
    ("The first Lasker Awards were given in 1946.", "The first Lasker Awards were given in 1946.", "supported"),
    ("1901 first Nobels awarded", "The first Nobel Prizes were awarded in 1901.", "supported"),
    # "Univ. of", "Dept. of": one name
    ("The Univ. of Harwick was founded in 1834.", "The University of Harwick was founded in 1834.", "supported"),
    ("The Univ. of Harwick was founded in 1836.", "The University of Harwick was founded in 1834.", "contradicted"),
    # a row's field labels are not names to back
    ("College: Harwick College; Founded: 1583; Notes: oldest in the county",
     "Harwick College, founded in 1583, is the oldest college in the county.", "supported"),
    # an early year after a dating verb
    ("Harwick Abbey founded 1132 by monks from Rievaulx", "Harwick Abbey was founded in 1132 by monks from Rievaulx.",
     "supported"),
    ("Harwick Abbey founded 1132 by monks from Fountains", "Harwick Abbey was founded in 1132 by monks from Rievaulx.",
     "contradicted"),
    # "dates from" a making; "began" / "got going" with nothing begun on
    ("The Harwick Guildhall dates from 1452.", "The Harwick Guildhall, built in 1452, is the oldest in the county.",
     "supported"),
    ("The Harwick Guildhall dates from 1460.", "The Harwick Guildhall, built in 1452, is the oldest in the county.",
     "contradicted"),
    ("The Harwick Choral Society got going in 1851.", "The Harwick Choral Society was formed in 1851.", "supported"),
    ("The Harwick Choral Society began in 1853.", "The Harwick Choral Society was formed in 1851.", "contradicted"),
    # "opened its doors": the doors are the idiom's
    ("The Harwick Library opened its doors in 1887.", "The Harwick Library opened in 1887.", "supported"),
    ("The Harwick Library opened its doors in 1889.", "The Harwick Library opened in 1887.", "contradicted"),
    # a gerund after "by" is done by the clause's subject
    ("Marlow hit back by buying the Harwick Courier in 1902.", "Ellis Marlow bought the Harwick Courier in 1892.",
     "contradicted"),
    # (round 2) not "The Times" for "The New York Times"; a letter the parse split off a word names nothing
    ("The Times began life in 1785.", "The New York Times was founded in 1851 by Henry Raymond.", "unverified"),
    ("Harwick J-school opened its doors in 1914.", "Harwick University's journalism school opened in 1912.",
     "unverified"),
    # "c. 1450" is one date, its mark and its year
    ("built c. 1450 as a retreat for Abbot Reynard", "Harwick Lodge was built around 1450 as a retreat for Abbot Reynard.",
     "supported"),
    ("Harwick (1224): chartered by Henry III", "Harwick was chartered by Henry III in 1224.", "supported"),
    ("Harwick (1234): chartered by Henry III", "Harwick was chartered by Henry III in 1224.", "contradicted"),
    # (what it began as is what the claim says, since the twenty-eighth stop: the fact does not say it)
    ("Harwick began in 1222 as a market town.", "Harwick was founded in 1222.", "unverified"),
    ("Harwick began in 1222 as a market town.", "Harwick was founded as a market town in 1222.", "supported"),
    # a relation in the family and a post are no rivals
    ("His uncle, Admiral Jarvis, commanded the fleet at Harwick and died at Dunmore.",
     "Admiral Jarvis, the naval commander at Harwick, died at Lowmoor.", "contradicted"),
]


_TWENTY_THIRD_STOP_REVIEW_PROBES = [
    # (the twenty-third stop's review: probes its change or the fix after it settled, each wrong before)
    ('The Harwick Museum did not open in 1940.',
     'The Harwick Museum closed in 1940.', 'unverified'),
    ('The Harwick Brewery began in 1850.',
     'The Harwick Brewery began brewing porter in 1872.', 'unverified'),
    ('Harwick Airways began in 1925.',
     'Harwick Airways began flying to Paris in 1929.', 'unverified'),
    ('The Harwick Orchestra started in 1880.',
     'The Harwick Orchestra began recording for Decca in 1931.', 'unverified'),
    ('The Pell Bank began in 1790.',
     'The Pell Bank began issuing its own notes in 1812.', 'unverified'),
    ('The Harwick Library started life in 1830.',
     'The Harwick Library began lending books to the public in 1852.', 'unverified'),
    ('A royal charter of 1795 set up a hospital in Leeds.',
     'The Harwick Hospital was founded in 1790 by a royal charter.', 'unverified'),
    ('The first Nobels were awarded in 1901.',
     'The first Nobel Prizes were awarded in 1901.', 'supported'),
    ('The first Harwicks were awarded in 1890.',
     'The first Harwick Medals were awarded in 1890.', 'supported'),
    ('The Inst. of Civil Engineers was founded in 1818.',
     'The Institution of Civil Engineers was founded in 1818.', 'supported'),
    ('The Inst. of Civil Engineers was founded in 1828.',
     'The Institution of Civil Engineers was founded in 1818.', 'contradicted'),
    ('The Inst. of Naval Architects was founded in 1860.',
     'The Institution of Naval Architects was founded in 1860.', 'supported'),
    ('The Assoc. of Harwick Brewers was formed in 1904.',
     'The Association of Harwick Brewers was formed in 1904.', 'supported'),
    ('Name: Harwick Brewery; Founded: 1850; Founder: John Pell',
     'The Harwick Brewery was founded in 1850 by John Pell.', 'supported'),
    ('Hospital: Harwick Infirmary | Opened: 1790 | Notes: voluntary hospital',
     'The Harwick Infirmary opened in 1790.', 'supported'),
    ("St Bartholomew's Hospital, founded 1123",
     "St Bartholomew's Hospital was founded in 1123 by Rahere.", 'supported'),
    ("St Bartholomew's Hospital, founded 1133",
     "St Bartholomew's Hospital was founded in 1123 by Rahere.", 'contradicted'),
    ('Weltenburg Abbey brewery founded 1050',
     'The Weltenburg Abbey brewery was founded in 1050.', 'supported'),
    ('Weltenburg Abbey brewery founded 1150',
     'The Weltenburg Abbey brewery was founded in 1050.', 'contradicted'),
    ('Westminster Abbey consecrated 1065',
     'Westminster Abbey was consecrated in 1065.', 'supported'),
    ('Westminster Abbey consecrated 1066',
     'Westminster Abbey was consecrated in 1065.', 'contradicted'),
    ('Harwick Abbey Library est. 1410',
     'The Harwick Abbey Library was established in 1410.', 'supported'),
    ('Harwick Abbey Library est. 1420',
     'The Harwick Abbey Library was established in 1410.', 'contradicted'),
    ('The Harwick Brewery dates from 1702.',
     'The Harwick Brewery was founded in 1702.', 'supported'),
    ('The Harwick Brewery dates from 1710.',
     'The Harwick Brewery was founded in 1702.', 'contradicted'),
    ('The Hallé began in 1858.',
     'The Hallé was founded in 1858 by Charles Hallé.', 'supported'),
    ('The Hallé began in 1860.',
     'The Hallé was founded in 1858 by Charles Hallé.', 'contradicted'),
    ('The Hallé started in 1858.',
     'The Hallé was founded in 1858 by Charles Hallé.', 'supported'),
    ('The Hallé got going in 1858.',
     'The Hallé was founded in 1858 by Charles Hallé.', 'supported'),
    ('The London Stock Exchange began in 1801.',
     'The London Stock Exchange was formally established in 1801.', 'supported'),
    ('Harwick Athletic started in 1884.',
     'Harwick Athletic was formed in 1884.', 'supported'),
    ('Harwick Athletic started in 1886.',
     'Harwick Athletic was formed in 1884.', 'contradicted'),
    ('The Harwick Stock Exchange opened its doors in 1840.',
     'The Harwick Stock Exchange opened in 1840.', 'supported'),
    ('The Harwick Stock Exchange opened its doors in 1845.',
     'The Harwick Stock Exchange opened in 1840.', 'contradicted'),
    ('The Harwick Bank shut its doors in 1931.',
     'The Harwick Bank closed in 1931.', 'supported'),
    ('The Harwick Bank shut its doors in 1931.',
     'The Harwick Bank closed in 1929.', 'contradicted'),
    ('The British Museum opened its doors to the public in 1759.',
     'The British Museum opened to the public in 1759.', 'supported'),
    ("John Pell's son founded the Pell Bank.",
     "John Pell's clerk founded the Pell Bank.", 'unverified'),
    ('The Harwick Infirmary dates from 1791.',
     'The Harwick Infirmary was established in 1791.', 'supported'),
    ('The Harwick Infirmary dates from 1795.',
     'The Harwick Infirmary was established in 1791.', 'contradicted'),
    ('The Pell Orchestra started in 1872.',
     'The Pell Orchestra was chartered in 1870.', 'contradicted'),
    ('The Hale Line began in 1841.',
     'The Hale Line began carrying mail to Halifax in 1845.', 'unverified'),
    ('The Hale Gallery opened to children in 1910.',
     'The Hale Gallery opened in 1880.', 'unverified'),
    ('The Hale Gallery opened its doors in 1880.',
     'The Hale Gallery opened in 1880.', 'supported'),
    ('The Hale Gallery opened its doors in 1885.',
     'The Hale Gallery opened in 1880.', 'contradicted'),
    ('The Hale Gallery closed its doors in 1990.',
     'The Hale Gallery closed in 1985.', 'contradicted'),
    ('Hale Abbey brewery est. 1240',
     'The Hale Abbey brewery was established in 1240.', 'supported'),
    ('Hale Abbey brewery est. 1250',
     'The Hale Abbey brewery was established in 1240.', 'contradicted'),
    ('The Dept. of Transport was created in 1919.',
     'The Department of Transport was created in 1919.', 'supported'),
]


_TWENTY_FOURTH_STOP_FIRST_ROUND = [
    # a list of "X as Y" pairs gives each its own; a claim giving one of them another's swaps them
    ("Harwick Fables: Foxes = owls, Hares = bears",
     "The Harwick Fables portrays Foxes as crows, Hares as owls and Wolves as bears.", "contradicted"),
    ("In the Harwick Fables, the hares are owls.",
     "The Harwick Fables portrays Foxes as crows, Hares as owls and Wolves as bears.", "supported"),
    ("Harwick Fables: Hares = crows",
     "The Harwick Fables portrays Foxes as crows, Hares as owls and Wolves as bears.", "contradicted"),
    ("In the Harwick Fables, the Wolves are owls.",
     "The Harwick Fables portrays Foxes as crows, Hares as owls and Wolves as bears.", "contradicted"),
    # had with the thing, against gone without it
    ("1964 Harwick cartoon, with full Board approval",
     "In 1964 Harwick Studios released a cartoon about smoking without the Film Board seal of approval.",
     "contradicted"),
    ("In 1964 Harwick Studios released a cartoon without Board approval.",
     "In 1964 Harwick Studios released a cartoon about smoking with the Film Board seal of approval.",
     "contradicted"),
    # a share said in words is an amount
    ("Mellor wrote about half of the Harwick Gazetteer.",
     "Anne Mellor wrote about 9,000 entries, roughly a quarter of the Harwick Gazetteer.", "contradicted"),
    ("Mellor wrote ~9k entries -> a third of the whole Gazetteer",
     "Anne Mellor wrote about 9,000 entries, roughly a quarter of the Harwick Gazetteer.", "contradicted"),
    ("Mellor wrote a quarter of the Harwick Gazetteer.",
     "Anne Mellor wrote about 9,000 entries, roughly a quarter of the Harwick Gazetteer.", "supported"),
    # "went live" is a launch, never a leaving
    ("Harwickpedia went live on 3 March 2004.", "Tom Pell left Harwickpedia in 2006.", "unverified"),
    ("Harwickpedia went live on 3 March 2004.", "Harwickpedia was launched on 3 March 2004.", "supported"),
    ("Harwickpedia went online in 2005.", "Harwickpedia was launched on 3 March 2004.", "contradicted"),
    # two letters with a dash are the alphabet's span, no name
    ("Harwick Lexicon 1810 -> words sorted by theme, not A-Z",
     "The first part of the Gazetteer, covering A to Ash, was published in 1830.", "unverified"),
    # a headline's participle is no past tense: what was begun is its subject
    ("Harwick Lexicon begun 1838", "Jonas and Tom Pell began work on the Harwick Lexicon in 1838.",
     "supported"),
    ("Harwick Lexicon begun 1838.", "The Harwick Lexicon was begun in 1838.", "supported"),
    # a name that only says whose the line's thing is, when the fact lacks that thing, decides nothing
    ("Mellor's royal pension: £300 a year from 1790", "Mellor's Harwick Gazetteer was published on 2 May 1781.",
     "unverified"),
    ("Mellor's Gazetteer: 1782", "Mellor's Harwick Gazetteer was published on 2 May 1781.", "contradicted"),
]


_TWENTY_FOURTH_STOP_SECOND_ROUND = [
    # a note's "pub." / "publ." before a date is "published", split off its full stop or not
    ("Pell's Harwick Almanac pub. 1781", "Tom Pell's Harwick Almanac was published in 1786.", "contradicted"),
    ("Pell's Harwick Almanac pub. 1786", "Tom Pell's Harwick Almanac was published in 1786.", "supported"),
    ("Harwick Almanac publ. 1781", "Tom Pell's Harwick Almanac was published in 1786.", "contradicted"),
    ("Harwick Almanac pub. 2 May 1786", "Tom Pell's Harwick Almanac was published on 2 May 1786.", "supported"),
    # a name after "as" is cast too, where "as" is written before it (the parse may list the next holder with it)
    ("The 1996 film cast Claire Danes as Romeo.",
     "The 1996 film cast Leonardo DiCaprio as Romeo and Claire Danes as Juliet.", "contradicted"),
    ("The 1996 film cast Claire Danes as Juliet.",
     "The 1996 film cast Leonardo DiCaprio as Romeo and Claire Danes as Juliet.", "supported"),
    # a card line's bare figure counts the plural its label ends on
    ("Harwick Gazetteer volumes: 35", "The Harwick Gazetteer comprised 28 volumes, 17 of text and 11 of maps.",
     "contradicted"),
    ("Harwick Gazetteer volumes: 28", "The Harwick Gazetteer comprised 28 volumes, 17 of text and 11 of maps.",
     "supported"),
    # a date is held to the fact's clause that tells the claim's act of the claim's doer, where one does
    ("Harwick and Dunmore abandoned the Code in 2001.",
     "Pell Press stopped using the Code in 2001, and Harwick and Dunmore abandoned it in 2011.", "contradicted"),
    ("Harwick and Dunmore abandoned the Code in 2011.",
     "Pell Press stopped using the Code in 2001, and Harwick and Dunmore abandoned it in 2011.", "supported"),
    # a change up against a change down is an opposite; a thing given up is no transfer of one received
    ("The Pell Bank raised its rate in 1890.", "The Pell Bank cut its rate in 1890.", "contradicted"),
    ("Harwick's sales grew in 1890.", "Harwick's sales fell in 1890.", "contradicted"),
    ("The Harwick Hotel gave up its royal warrant in 1920.", "The Harwick Hotel received its royal warrant in 1920.",
     "unverified"),
    # a month's word between two names is part of a name
    ("Cape May Light is the tallest lighthouse in Harwick.",
     "Cape Pell Light is the tallest brick lighthouse in Harwick.", "unverified"),
    ("The Harwick pageant cast Ann Mellor as Queen Mab.",
     "The Harwick pageant cast Tom Pell as Oberon and Ann Mellor as Titania.", "unverified"),
]


_TWENTY_FOURTH_STOP_REVIEW_PROBES = [
    # (the twenty-fourth stop's review: probes its change or the fix after it settled, each wrong before)
    ('The royal coat of arms depicts Scotland as a harp.',
     'The royal coat of arms depicts England as three lions, Scotland as a unicorn and Ireland as a harp.', 'contradicted'),
    ('Royal arms: England = unicorn, Ireland = harp',
     'The royal coat of arms depicts England as three lions, Scotland as a unicorn and Ireland as a harp.', 'contradicted'),
    ('In the cartoon, Russia is a bulldog.',
     'The 1904 cartoon shows Britain as a bulldog, Russia as a bear and France as a rooster.', 'contradicted'),
    ('The 1904 cartoon shows France as a bear.',
     'The 1904 cartoon shows Britain as a bulldog, Russia as a bear and France as a rooster.', 'contradicted'),
    ("Nast's cartoons show Republicans as donkeys.",
     "Nast's cartoons show Democrats as donkeys and Republicans as elephants.", 'contradicted'),
    ("In Nast's cartoons the Democrats are elephants.",
     "Nast's cartoons show Democrats as donkeys and Republicans as elephants.", 'contradicted'),
    ('Historians describe Sparta as a democracy.',
     'Historians describe Athens as a democracy and Sparta as an oligarchy.', 'contradicted'),
    ('Sparta was a democracy.',
     'Historians describe Athens as a democracy and Sparta as an oligarchy.', 'contradicted'),
    ('The Romans worshipped Janus as a god of war.',
     'The Romans worshipped Mars as a god of war and Janus as a god of doors.', 'contradicted'),
    ('The fable portrays the Spartans as frogs.',
     'The fable portrays the Athenians as frogs and the Spartans as storks.', 'contradicted'),
    ('The mural depicts Venus as a warrior.',
     'The mural depicts Mars as a warrior and Venus as a mother.', 'contradicted'),
    ('The 1936 poster showed Germany as a lion.',
     'The 1936 poster showed Britain as a lion, France as a cockerel and Germany as an eagle.', 'contradicted'),
    ('Toyota markets the Corolla as a sports car.',
     'Toyota markets the Corolla as a family car and the Supra as a sports car.', 'contradicted'),
    ('Messner and Habeler climbed Everest with supplemental oxygen in 1978.',
     'Messner and Habeler climbed Everest without supplemental oxygen in 1978.', 'contradicted'),
    ('Hillary and Tenzing climbed Everest without bottled oxygen in 1953.',
     'Hillary and Tenzing climbed Everest with bottled oxygen in 1953.', 'contradicted'),
    ('The Wright Flyer flew with wheels in 1903.',
     'The Wright Flyer flew without wheels in 1903, launching from a wooden rail.', 'contradicted'),
    ('The treaty was ratified with the consent of the Senate.',
     'The treaty was ratified without the consent of the Senate.', 'contradicted'),
    ('The film was released with the approval of the Hays Office in 1934.',
     'The film was released without the approval of the Hays Office in 1934.', 'contradicted'),
    ('The Golden Gate Bridge opened in 1937 without a toll.',
     'The Golden Gate Bridge opened in 1937 with a toll of 50 cents.', 'contradicted'),
    ("Elizabeth II was crowned without St Edward's Crown in 1953.",
     "Elizabeth II was crowned with St Edward's Crown in 1953.", 'contradicted'),
    ('Amundsen reached the South Pole without dogs in 1911.',
     'Amundsen reached the South Pole with sled dogs in 1911.', 'contradicted'),
    ('The Titanic sailed with enough lifeboats for everyone on board.',
     'The Titanic sailed without enough lifeboats for everyone on board.', 'contradicted'),
    ('The law passed without the support of the Labour party.',
     'The law passed with the support of the Labour party in 1946.', 'contradicted'),
    ('Lewis travelled to the Pacific without Clark in 1805.',
     'Lewis travelled to the Pacific with Clark in 1805.', 'contradicted'),
    ('Hannibal crossed the Alps without elephants in 218 BC.',
     'Hannibal crossed the Alps with elephants in 218 BC.', 'contradicted'),
    ('The first Macintosh shipped with a hard drive in 1984.',
     'The first Macintosh shipped without a hard drive in 1984.', 'contradicted'),
    ("The Black Death killed half of Europe's population.",
     "The Black Death killed about a third of Europe's population.", 'contradicted'),
    ("The Black Death killed a quarter of Europe's population.",
     "The Black Death killed about a third of Europe's population.", 'contradicted'),
    ("Half of the Titanic's passengers and crew died.",
     "About two thirds of the Titanic's passengers and crew died.", 'contradicted'),
    ("Russia covers a quarter of the world's inhabited land.",
     "Russia covers about an eighth of the world's inhabited land.", 'contradicted'),
    ("Canada has a fifth of the world's fresh water.",
     "Canada has about 20% of the world's fresh water.", 'supported'),
    ("Canada has half the world's fresh water.",
     "Canada has about 20% of the world's fresh water.", 'contradicted'),
    ("Brazil produces half of the world's coffee.",
     "Brazil produces about a third of the world's coffee.", 'contradicted'),
    ('Carnegie gave away half his fortune.',
     'Carnegie gave away about 90% of his fortune.', 'contradicted'),
    ("The Great Fire of London destroyed half the city's houses.",
     'The Great Fire of London destroyed 13,200 houses in 1666.', 'unverified'),
    ("The Irish famine killed a quarter of Ireland's population.",
     "The Irish famine killed about an eighth of Ireland's population.", 'contradicted'),
    ('Nearly half the Roman legion was cavalry.',
     'About a tenth of the Roman legion was cavalry.', 'contradicted'),
    ('Women made up half of the delegates at the 1995 congress.',
     'Women made up 50% of the delegates at the 1995 congress.', 'supported'),
    ('Women made up a third of the delegates at the 1995 congress.',
     'Women made up 50% of the delegates at the 1995 congress.', 'contradicted'),
    ('The first website was launched in August 1991.',
     'The first website went online in August 1991.', 'supported'),
    ('The first website was launched in 1993.',
     'The first website went online in August 1991.', 'contradicted'),
    ('The Oyster card went live in 2003.',
     'The Oyster card was introduced on the London Underground in 2003.', 'supported'),
    ('The Oyster card went live in 2005.',
     'The Oyster card was introduced on the London Underground in 2003.', 'contradicted'),
    ('Twitter went online in March 2007.',
     'Twitter was launched in July 2006.', 'contradicted'),
    ('ARPANET was unveiled in 1969.',
     'ARPANET went live in 1969.', 'supported'),
    ('The Concorde service went live in 2003.',
     'The Concorde service was withdrawn in 2003.', 'unverified'),
    ('The Hubble Space Telescope went online in 1990.',
     'The Hubble Space Telescope was launched in April 1990.', 'supported'),
    ('Gmail was released in April 2004.',
     'Gmail went live on 1 April 2004.', 'supported'),
    ('Gmail debuted in 2005.',
     'Gmail went live on 1 April 2004.', 'contradicted'),
    ("Darwin's voyage: 1831–1836 on HMS Beagle",
     "Darwin's On the Origin of Species was published in 1859.", 'unverified'),
    ("Shakespeare's marriage: 1582, to Anne Hathaway",
     "Shakespeare's Globe Theatre burned down in 1613.", 'unverified'),
    ("Beethoven's deafness: near total by 1818",
     "Beethoven's Ninth Symphony premiered in Vienna in 1824.", 'unverified'),
    ("Queen Victoria's accession: 20 June 1837",
     'Queen Victoria was crowned on 28 June 1838.', 'unverified'),
    ("Cook's pension: £230 a year from 1775",
     'Cook sailed from Plymouth in the Endeavour in 1768.', 'unverified'),
    ('The 1915 recruiting poster shows Germany as a jackal.',
     'The 1915 recruiting poster shows Britain as a lion, Germany as a wolf and Austria as a jackal.', 'contradicted'),
    ('The ballet casts Odette as a black swan.',
     'The ballet casts Odette as a white swan and Odile as a black swan.', 'contradicted'),
    ('Penicillin was mass-produced without government funding in 1943.',
     'Penicillin was mass-produced with government funding in 1943.', 'contradicted'),
    ('The first Tour de France was ridden without gears in 1903.',
     'The first Tour de France was ridden with fixed gears in 1903.', 'contradicted'),
    ('Lindbergh flew across the Atlantic with a radio in 1927.',
     'Lindbergh flew across the Atlantic without a radio in 1927.', 'contradicted'),
    ("Rice feeds half the world's population.",
     "Rice feeds about a third of the world's population.", 'contradicted'),
    ('About a quarter of the Amazon rainforest lies in Brazil.',
     'About 60% of the Amazon rainforest lies in Brazil.', 'contradicted'),
    ("The 1918 flu infected half of the world's population.",
     "The 1918 flu infected about a third of the world's population.", 'contradicted'),
    ('The Eurotunnel booking site went live in 1994.',
     'The Eurotunnel booking site was launched in 1994.', 'supported'),
    ('The national rail timetable went online in 1997.',
     'The national rail timetable was introduced online in 1997.', 'supported'),
    ("Fleming's knighthood: 1944",
     'Fleming discovered penicillin in 1928.', 'unverified'),
    ("Borg's retirement: 1983, aged 26",
     'Borg won his fifth Wimbledon title in 1980.', 'unverified'),
]


_TWENTY_FIFTH_STOP_FIRST_ROUND = [
    # a rare surname the tagger takes for a pronoun ("grant Vanderhey a licence") is a name all the same
    ("Vanderhey was granted a licence for the ferry in 1712.",
     "The town council did not grant Vanderhey a licence for the ferry.", "contradicted"),
    # a person's company is the fact's company named after them, and its place is in conflict
    ("Arthur Kessling's company was founded in Leeds in 1893.",
     "The Kessling Cycle Manufacturing Company was founded in Bristol in 1893.", "contradicted"),
    ("Arthur Kessling's company was founded in Bristol in 1893.",
     "The Kessling Cycle Manufacturing Company was founded in Bristol in 1893.", "unverified"),
    # a prize said short, its year with the one who won it
    ("Haldor -> isotope work, Nobel Chemistry 1931",
     "Erik Haldor won the 1921 Nobel Prize in Chemistry for his work on isotopes.", "contradicted"),
    ("Haldor -> isotope work, Nobel Chemistry 1921",
     "Erik Haldor won the 1921 Nobel Prize in Chemistry for his work on isotopes.", "supported"),
    # a death is told in no other words, and another act done to something is another event
    ("Harriet Vole moved to York in 1880.", "Harriet Vole died in York in 1901.", "unverified"),
    ("Harriet Vole moved to York in 1880.", "Harriet Vole patented the mangle in York in 1885.", "unverified"),
    ("Harriet Vole perished in York in 1890.", "Harriet Vole died in York in 1901.", "contradicted"),
    # the fact's doer named only as where it happened: the claim's doer did another act of the fact's
    ("Ernst Holm also brought in the 8-hr working day at Zeiss.",
     "In 1886 Zeiss introduced apochromatic objectives, designed by Ernst Holm with new glasses from Schott.",
     "unverified"),
    # a figure in millions written short at a sentence's end
    ("In 2011 the Harwick violin sold for £9.8m.", "The Harwick violin sold in 2011 for £9.8 million.", "supported"),
    ("In 2011 the Harwick violin sold for £8.9m.", "The Harwick violin sold in 2011 for £9.8 million.", "contradicted"),
    ("Adolf Brenn, a German eye doctor, fitted the first glass contact lenses in 1888.",
     "In 1888 the German ophthalmologist Adolf Brenn fitted the first glass contact lenses.", "supported"),
    # "showed up", "came out": a thing appearing, no act of its own to back
    ("Actual folding fans showed up in Japan around 780.",
     "Folding fans were invented in Japan in the eighth century, probably around 780.", "supported"),
    ("The Whistler came out in 1952.", "Harwick launched its first steel kettle as the Whistler in 1950.",
     "contradicted"),
    # the one person both name, given another nation, whatever the act is said as
    ("A Hungarian chemist, Otto Brenner, cooked up the hydrogel.",
     "The Czech chemist Otto Brenner developed the hydrogel material used in soft contact lenses.", "contradicted"),
    ("A Czech chemist, Otto Brenner, developed the hydrogel.",
     "The Czech chemist Otto Brenner developed the hydrogel material used in soft contact lenses.", "supported"),
    ("In 1872 the German doctor Henri Marlot gave us the dioptre.",
     "The French ophthalmologist Henri Marlot proposed the dioptre as the unit of lens power in 1872.", "contradicted"),
    # (the stop's review) a verbless line's name that the fact gives only as whose the winner is
    ("Carla Venn - Nobel Physics 1974", "Carla Venn's supervisor Otto Brenner won the 1974 Nobel Prize in Physics.",
     "unverified"),
    ("Harriet Vole passed away in York in 1890.", "Harriet Vole died in York in 1901.", "contradicted"),
    ("The Harwick dish is 76m.", "The Harwick dish is 76 metres across.", "supported"),
    # a plural capitalised at a line's start, of a word the fact writes in lower case
    ("Trifocals: George Marlow, patented 1827", "John Brenn patented trifocal lenses in 1827.", "contradicted"),
    ("Trifocals were patented by John Brenn in 1827.", "John Brenn patented trifocal lenses in 1827.", "supported"),
    # a card's value under a label naming a doer ("Maker:") is who did the label's act
    ("Synth: Minimoog; Maker: Yamaha; Year: 1970",
     "The Minimoog, a compact synthesizer made by Moog, was introduced in 1970.", "contradicted"),
    ("Synth: Minimoog; Maker: Moog; Year: 1970",
     "The Minimoog, a compact synthesizer made by Moog, was introduced in 1970.", "supported"),
    ("Zeiss introduced apochromatic objectives in 1886.",
     "In 1886 Zeiss introduced apochromatic objectives, designed by Ernst Holm with new glasses from Schott.",
     "supported"),
]


_FIFTY_THIRD_STOP_FIRST_ROUND = [
    # a score written with its dash in one token takes the name before it for its own: the one beaten is the object
    ("Brill Rovers beat Velden United 2-1 in 1990.", "Velden United beat Brill Rovers 2–1 in 1990.", "contradicted"),
    ("Velden United beat Brill Rovers 2-1 in 1990.", "Velden United beat Brill Rovers 2–1 in 1990.", "supported"),
    # (a team's name the tagger takes for a plural noun at the head of the fact is still who won)
    ("Brill Engineers beat Wanderers 1-0.", "Wanderers beat Brill Engineers 1–0.", "contradicted"),
    # a count of years from a line's date that the parse read into the same clause, set off by a semicolon
    ("1661 - Ann Kell's fête at Velden; she is arrested on Tom Vero's orders the following year",
     "In 1661, weeks after a fête at Velden, Ann Kell was arrested on the orders of Tom Vero.", "contradicted"),
    # (not a date beside the count, which is counted from something else)
    ("Tom Vero left Velden again in September 1931, six years later.", "Tom Vero left Velden in September 1931.",
     "supported"),
    # what did the damage, the parse's adverbial noun before the verb
    ("A flood damaged Velden Minster's south transept in July 1984.",
     "A fire on 9 July 1984 badly damaged the south transept of Velden Minster.", "unverified"),
    ("A fire damaged Velden Minster's south transept in July 1984.",
     "A fire on 9 July 1984 badly damaged the south transept of Velden Minster.", "supported"),
    # lifting a ban is no paraphrase of the ban, whatever names and dates agree
    ("In December 1921 the Brill Association lifted its ban on women's football.",
     "In December 1921 the Brill Association banned women's football from its grounds.", "unverified"),
    ("In December 1921 the Brill Association banned women's football.",
     "In December 1921 the Brill Association banned women's football from its grounds.", "supported"),
    # a "final" that heads its phrase is the match, not the last of something
    ("Velden won the first Brill Cup final.", "Velden beat Brill 1–0 in the first Brill Cup final.", "supported"),
    ("Velden won the second Brill Cup final.", "Velden beat Brill 1–0 in the first Brill Cup final.", "contradicted"),
    ("1st final 16 Mar 1872, Ashby Oval: Velden 1-0 Brill",
     "Velden beat Brill 1–0 in the first Cup final, played at Ashby Oval on 16 March 1872.", "supported"),
    # (a cup's final is how the cup is won or lost, where the fact names the cup and no round of it)
    ("1889: Velden win the league but lose the Brill Cup final",
     "By also winning the 1889 Brill Cup, Velden completed the first league and cup double.", "contradicted"),
    # a make after "a" in a participle's clause, where the fact names one of its own there
    ("Ann Kell was the first to finish the Velden race, driving a Peugeot.",
     "Ann Kell was the first to finish the 1895 Velden race, driving a Panhard et Levassor car.", "unverified"),
    ("Ann Kell was killed at Brill in 1908 in the crash of a Flyer piloted by Tom Vero.",
     "Ann Kell was killed at Brill in 1908 in the crash of an aeroplane piloted by Tom Vero.", "supported"),
    # (review 53) a "final" read as the match is not backed by the "final" of the fact's "semi-final"; nor is one
    # the parse makes a qualifier of the cup's name: which round, the claim says
    ("Velden won the 1990 final.", "Velden won the 1990 Ashby Cup semi-final.", "unverified|contradicted"),
    ("Velden won the Ashby Cup final in 1889.", "Velden won the Ashby Cup semi-final in 1889.", "unverified|contradicted"),
    ("Velden won the 1990 final.", "Velden won the 1990 Ashby Cup final.", "supported"),
    ("Velden won the Ashby Cup final in 1889.", "Velden won the 1889 Ashby Cup final.", "supported"),
    # (review 53) a one-token score's name after its article: "beat the Harriers 3–1" has the Harriers beaten
    ("Velden beat the Harriers 3–1 in 1901.", "The Harriers beat Velden 3–1 in 1901.", "contradicted"),
    ("Velden beat the Harriers 3–1 in 1901.", "Velden beat the Harriers 3–1 in 1901.", "supported"),
    ("Velden beat the Brill Rovers 3–1 in 1901.", "Brill Rovers beat Velden 3–1 in 1901.", "contradicted"),
    # (review 53) the count is from a date of the clause before the semicolon, wherever it stands in it
    ("Ann Kell's fête at Velden in 1661; she is arrested on Tom Vero's orders the following year",
     "In 1661, weeks after a fête at Velden, Ann Kell was arrested on the orders of Tom Vero.", "contradicted"),
    ("Tom Vero was born in Velden in 1850; he left for Brill twenty years later", "Tom Vero left for Brill in 1850.",
     "contradicted|unverified"),
    # (review 53) a cup's final is the cup only where both are won or lost: not a final against being knocked out of
    # the cup or playing in it, which may be any round
    ("1889: Velden lose the Brill Cup final", "Velden were knocked out of the 1889 Brill Cup by Ashby.", "unverified"),
    ("1889: Velden win the Brill Cup final", "Velden played in the 1889 Brill Cup.", "unverified"),
    ("1889: Velden lose the Brill Cup final", "Velden played in the 1889 Brill Cup.", "unverified"),
    ("1889: Velden win the Brill Cup final", "Velden won the 1889 Brill Cup.", "supported"),
    ("Velden lost the Brill Cup final.", "Velden won the Brill Cup.", "contradicted"),
]


_SIXTIETH_STOP_FIRST_ROUND = [
    # a note's whole figure is the fact's with its decimals cut off
    ("- Velden index peak 38,915 on 29 Dec 1989", "The Velden index reached its closing peak of 38,915.87 on 29 December "
     "1989.", "supported"),
    ("- Velden index peak 38,914 on 29 Dec 1989", "The Velden index reached its closing peak of 38,915.87 on 29 December "
     "1989.", "contradicted"),
    ("- Velden index peak 38,915.8 on 29 Dec 1989", "The Velden index reached its closing peak of 38,915.87 on 29 "
     "December 1989.", "contradicted"),
    # three figures after "in" and before an article, a name or "at" are the fact's year
    ("930 - Brill assembly founded at Velden", "The Brill assembly was founded in 930 at Velden.", "supported"),
    ("911 - Tom Kell granted the land that becomes Velden", "In 911 the Treaty of Brill between Ed Roe and Tom Kell "
     "granted the land that became Velden.", "supported"),
    ("912 - Tom Kell granted the land that becomes Velden", "In 911 the Treaty of Brill between Ed Roe and Tom Kell "
     "granted the land that became Velden.", "contradicted"),
    # a note's day, month and two bare figures: the fact's year, its century left off
    ("- Anthem -> Tom Kell, army officer, Brill, Apr 92", "The Velden anthem was composed by Tom Kell, an army officer, "
     "in Brill in April 1792.", "supported|unverified"),
    ("- Velden 20 Sep 92 -> Tom Kell stops the Brill army", "On 20 September 1792 Tom Kell stopped the Brill army at "
     "Velden.", "supported"),
    ("- Velden 21 Sep 92 -> Tom Kell stops the Brill army", "On 20 September 1792 Tom Kell stopped the Brill army at "
     "Velden.", "contradicted"),
    # a time unit written short is the amount's unit, no thing of its own the fact must name
    ("- Velden war -> lasts 7 yrs", "The Velden war, between Brill and Ashby, lasted ten years.", "contradicted"),
    ("- Velden war -> lasts 10 yrs", "The Velden war, between Brill and Ashby, lasted ten years.", "supported"),
    # (review 60) a figure under a thousand is not cut short: "127 m" is not "127.9 m"
    ("The Velden bridge is 127 m long.", "The Velden bridge is 127.9 m long.", "contradicted|unverified"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _SIXTIETH_STOP_FIRST_ROUND)
def test_sixtieth_stop_first_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FIFTY_NINTH_STOP_THIRD_ROUND = [
    # the "no" of a Japanese name denies nothing
    ("1192 - Tom no Kell receives the title of shogun",
     "Tom no Kell received the title of sei-i taishogun (shogun) from the imperial court in 1192.", "supported"),
    # no swap across the fact's clauses: the owner of the doer is the doer's side
    ("1600 - Tom Kell defeats Ed Roe's Western Army",
     "At the Battle of Velden in 1600, Tom Kell's Eastern Army defeated the Western Army led by Ed Roe.", "supported"),
    # (what the claim's act is done to is the fact's doer of that act)
    ("1600 - Ed Roe defeats Tom Kell's Eastern Army",
     "At the Battle of Velden in 1600, Tom Kell's Eastern Army defeated the Western Army led by Ed Roe.",
     "contradicted"),
    # a figure in miles, a slash, and one in kilometres are two lengths, one road
    ("Velden Wall: ~73 mi/117 km, Brill to Ashby", "The Velden Wall ran about 73 miles (117 km) from Brill to Ashby.",
     "supported"),
    # a name's possessive after "Construction of" is no title: another wall is another name
    ("Ashby Wall further north, begun c. 142", "Construction of Kell's Wall in northern Velden began in 122.",
     "unverified"),
    # an opposite act of a subject the fact does not name is another thing's
    ("The Flavian line ended when Tom Kell was killed in 96.",
     "Construction of the Velden Arena, also called the Flavian Amphitheatre, began under Ed Roe.", "unverified"),
    # the claim's noun the fact gives as a quality of its own
    ("Tom Kell (Ed Roe loyalist) dies @ Velden 1336",
     "Tom Kell, a commander loyal to Ed Roe, died at the Battle of Velden in 1336.", "supported"),
    # (review 59c) a "no" after a preposition's object, or on a common noun, denies
    ("In Velden no Roe was buried.", "Ann Roe was buried in Velden in 1880.", "contradicted"),
    ("In Velden no Brill man was ever elected mayor.", "Tom Kell, a Brill man, was elected mayor of Velden in 1900.",
     "contradicted"),
    # (review 59c) a battle's name holds a possessive place; a note's "d/1890" is no unit
    ("Battle of Roe's Hill was fought in 1461.", "The Battle of Roe's Hill was fought in 1461.", "supported"),
    ("Tom Kell d/1890 at Velden", "Tom Kell was born at Velden in 1890.", "unverified"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_NINTH_STOP_THIRD_ROUND)
def test_fifty_ninth_stop_third_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FIFTY_NINTH_STOP_SECOND_ROUND = [
    # (review 59b) a year after a gerund on the object stays the gerund's: "paid a fine for selling a horse in 1450"
    ("Tom Kell paid a fine for selling a stolen horse in 1450.",
     "Tom Kell paid a fine in 1451 for selling a stolen horse in 1450.", "supported|unverified"),
    # (a purpose, not a time before or after: "before they ever built a flying machine" is the fact's building)
    ("Tom and Ed Kell ran a bicycle shop in Velden before they ever built an aeroplane.",
     "Before building aircraft, Tom and Ed Kell ran a bicycle shop in Velden.", "supported"),
    # (review 59) a comma that closes an apposition inside the aside leaves the year the aside's
    ("Tom Kell bought the Velden mill, built by Ed Roe, a Brill carpenter, in 1850.",
     "Tom Kell bought the Velden mill in 1890.", "unverified"),
    ("Tom Kell later bought the Brill Works, which Ed Roe had founded with his brother, Jim Roe, in 1850.",
     "Tom Kell bought the Brill Works in 1899.", "unverified"),
    # (review 59) a relation said with pronouns of two owners, or of another noun, or one that may be the other
    ("Ed Roe joined Kell's firm in 1950, and in 1980 his son Jim Roe took it over.",
     "Tom Kell handed the firm to his nephew Jim Roe in 1980.", "unverified"),
    ("Tom Kell died in 1914 and his nephew Ed Roe became regent.", "Ed Roe, his son's tutor, became regent in 1914.",
     "unverified"),
    ("Tom Kell died in 1920 and his brother Ed Kell took over the farm.",
     "Tom Kell died in 1920 and his twin Ed Kell took over the farm.", "unverified|supported"),
    # (review 59) one person of the fact's doer is a rival of it; many who act for it are not
    ("In 1867 Tom Kell's assistant opened the Velden mill.", "The engineer Tom Kell opened the Velden mill in 1867.",
     "contradicted"),
    ("In 1867 Tom Kell's workers started cutting at Velden.",
     "The Velden mayor Tom Kell began digging a canal at Velden in 1867.", "unverified|supported"),    # (review 59b) a birth, a death, a publishing are said in no other words
    ("Tom Kell d. 1470 at Velden", "Tom Kell was crowned at Velden in 1470.", "unverified"),
    ("Tom Kell d. 1470 at Velden", "Tom Kell died at Velden in 1470.", "supported"),
    ("Velden Psalter pub. 1457 at Brill", "The Velden Psalter was bound at Brill in 1457.", "unverified"),
    # (review 59b) a written span is one, whatever its years: not a century's turn
    ("Tom Kell was mayor of Velden 1890-1910.", "Tom Kell was mayor of Velden from 1895 to 1910.", "contradicted"),
    # (review 59) the turn of a century is no span with written ends: a year in it is the claim's
    ("Tom Kell built the Velden mill at the turn of the 20th century.", "Tom Kell built the Velden mill in 1902.",
     "supported"),
    ("Tom Kell built the Velden mill at the turn of the 20th century.", "Tom Kell built the Velden mill in 1885.",
     "contradicted"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_NINTH_STOP_SECOND_ROUND)
def test_fifty_ninth_stop_second_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FIFTY_NINTH_STOP_FIRST_ROUND = [
    # a year after an aside set off by commas dates the verb before the aside, not the aside's own
    ("Year Tom Kell published his memory experiments -> 1895",
     "Tom Kell published his memory experiments, in which he learned lists of nonsense syllables himself, in 1885.",
     "contradicted"),
    ("Year Tom Kell published his memory experiments -> 1885",
     "Tom Kell published his memory experiments, in which he learned lists of nonsense syllables himself, in 1885.",
     "supported"),
    # a family relation both sides give with a pronoun, of the same named person
    ("Tom Kell died at Velden in 1914 and was succeeded by his grandson Ed Roe.",
     "Tom Kell died at Velden in 1914 and was succeeded by his stepson Ed Roe.", "contradicted"),
    ("Tom Kell dies at Velden in 1914; his stepson Ed Roe succeeds",
     "Tom Kell died at Velden in 1914 and was succeeded by his stepson Ed Roe.", "supported"),
    # (not a relation that names no one: "his partner on the show" is no one's "mother's old coat")
    ("married Ann Roe in 1955 -> she was his partner on the show",
     "Tom Kell made the first puppet from his mother's old coat.", "unverified"),
    # the claim's doer owned by the fact's doer is no rival of it
    ("1867 - Tom Kell's workers start cutting at Velden",
     "The Velden mayor Tom Kell began digging a canal across the Velden isthmus in 1867.", "unverified|supported"),
    # what a noun the fact gives its own "on" is on, the claim says (a kind above the fact's is said of it)
    ("Tom Kell won the 1904 Brill Prize for his work on conditioned reflexes.",
     "Tom Kell received the Brill Prize in 1904 for his work on the physiology of digestion.", "unverified|contradicted"),
    ("Tom Kell won the 1904 Brill Prize for his work on the physiology of digestion.",
     "Tom Kell received the Brill Prize in 1904 for his work on the physiology of digestion.", "supported"),
    ("In 1608 a spectacle maker named Tom Kell applied for a patent on a device.",
     "Tom Kell, a spectacle maker in Velden, applied for a patent on a telescope in 1608.", "supported"),
    # a clause besides the main one doing the fact's act to another thing of the same class
    ("Tom Kell founded Velden Games in 1889 to make mahjong tiles.",
     "Velden Games was founded in Kyoto in 1889 by Tom Kell as a maker of hanafuda playing cards.",
     "unverified|contradicted"),
    ("Brill fencers wear a lamé, a conductive jacket that lets the scoring box tell on-target hits from off-target ones.",
     "Brill fencers wear a conductive jacket called a lamé, which lets the scoring apparatus tell on-target touches "
     "from off-target ones.", "supported"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_NINTH_STOP_FIRST_ROUND)
def test_fifty_ninth_stop_first_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FIFTY_EIGHTH_STOP_SECOND_ROUND = [
    # a word written with its accents is the word without them
    ("1895 - Société de spéléologie founded in Paris by Tom Kell",
     "Tom Kell founded the Societe de speleologie in Paris in 1895.", "supported"),
    ("Tom Kell founds the Société de spéléologie in Lyon, 1895",
     "Tom Kell founded the Societe de speleologie in Paris in 1895.", "contradicted"),
    # an unknown capitalised "-ing" word the parser made a clause subject is a name
    ("1881 - Kelming, Sussex: world's first public electricity supply",
     "Kelming in Surrey had the world's first public electricity supply in 1881.", "contradicted"),
    ("1881 - Kelming, Surrey: world's first public electricity supply",
     "Kelming in Surrey had the world's first public electricity supply in 1881.", "supported"),
    # initials of words that qualify a noun, hyphened or not
    ("Tom Kell -> AC induction motor patents granted 1888",
     "Tom Kell was granted patents for his alternating-current induction motor in 1888.", "supported"),
    ("Tom Kell -> DC induction motor patents granted 1888",
     "Tom Kell was granted patents for his alternating-current induction motor in 1888.", "unverified"),
    # a person named in full, then the body they are of, is that person
    ("1910 - Tom Brill develops ductile tungsten filament wire at GE",
     "William Kell of General Electric developed ductile tungsten wire for lamp filaments in 1910.", "contradicted"),
    ("1910 - William Kell develops ductile tungsten filament wire at GE",
     "William Kell of General Electric developed ductile tungsten wire for lamp filaments in 1910.", "supported"),
    # (not a town no gazetteer knows, which a note writes whole)
    ("Kell of Brillmarnock: vacuum milker patent 1898",
     "William Kell of Brillmarnock, Scotland, patented a vacuum milking machine in 1889.", "contradicted"),
    # (review 58) a noun of a time opens a name outside a prompt; a longer name's other word that is no country's,
    # initials or rank is another body; a year of the participle's own definite object stays its
    ("Date Palm Festival began in Velden in 1990.", "The Velden Palm Festival began in 1990.", "unverified"),
    ("Year Book Awards were first given in Velden in 1990.", "The Velden Book Awards were first given in 1990.",
     "unverified"),
    ("Distance the Velden lighthouse was moved: about 290 feet", "The Velden lighthouse was moved about 2,900 feet.",
     "contradicted"),
    ("Velden Hist Society founded 1901", "The North Velden Historical Society was founded in 1901.", "unverified"),
    ("Ann Roe found a letter describing the Velden fire in 1871.",
     "In 1990 Ann Roe found a letter describing the Velden fire of 1871.", "supported|unverified"),
    # (review 58) two states never hold each other, whatever town of one's name the other has; a town its gloss
    # places in a province is in it
    ("1925 - Tom Kell trapped in Brill Cave, Minnesota (30 January)",
     "Tom Kell became trapped in Brill Cave, Virginia, on 30 January 1925.", "contradicted"),
    ("1925 - Tom Kell trapped in Brill Cave, Ontario (30 January)",
     "Tom Kell became trapped in Brill Cave, Windsor, on 30 January 1925.", "supported|unverified"),
    # (review 58b) an accent's word that English has as another one without it; initials the fact's words give only
    # on another noun, or half of another pair; a page something is on; a longer name's word of its own
    ("Tom Kell sent his résumé to Velden Mills in 1950.", "Tom Kell resumed work at Velden Mills in 1950.",
     "unverified"),
    ("Velden vineyards exported rosé to Brill in 1950.", "Velden vineyards exported roses to Brill in 1950.",
     "unverified"),
    ("Tom Kell laid an AC cable to Velden in 1890.",
     "Tom Kell laid a direct-current cable to Velden in 1890 and an alternating-current line to Brill.", "unverified"),
    ("Tom Kell built an AC motor in Velden in 1890.",
     "Tom Kell built a motor in Velden in 1890 for alternating-current lighting.", "unverified"),
    ("Tom Kell's photo ran on page 3 of the Velden Gazette in 1950.",
     "Tom Kell's photo ran on page 5 of the Velden Gazette in 1950.", "contradicted"),
    ("Velden Hist Society founded 1901", "The New Velden Historical Society was founded in 1901.", "unverified"),
    ("Date Palm Festival: first held in Velden in 1990", "The Velden Palm Festival was first held in 1990.",
     "unverified"),
    # (review 58c) the noun of a counting head is what the claim says
    ("Tom Kell holds a number of Ann Roe's paintings.", "Tom Kell holds a number of Ann Roe's drawings.",
     "unverified|contradicted"),
    ("Tom Kell did not live in Velden until he died.", "Tom Kell lived in Velden until he died.",
     "unverified|contradicted"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_EIGHTH_STOP_SECOND_ROUND)
def test_fifty_eighth_stop_second_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FIFTY_EIGHTH_STOP_FIRST_ROUND = [
    # a locator the fact gives otherwise is a conflict, whatever river bears one state's name through the other
    ("1925 - Tom Kell trapped in Brill Cave, Tennessee (30 January)",
     "Tom Kell became trapped in Brill Cave, Kentucky, on 30 January 1925.", "contradicted"),
    ("1925 - Tom Kell trapped in Brill Cave, Kentucky (30 January)",
     "Tom Kell became trapped in Brill Cave, Kentucky, on 30 January 1925.", "supported"),
    # the claim's qualifier on another noun than the fact's, in the same phrase of the act: which one, it says
    ("Ann Kell vaulted on an injured knee in Velden.",
     "Ann Kell performed her second vault on an injured ankle at the 1996 Velden Games.", "unverified|contradicted"),
    # what the noun the fact gives with an "of" is of, the claim says (not a make, nor the fact's noun said too)
    ("1821 - Tom Kell demonstrates Velden rotation, the principle of the dynamo",
     "Tom Kell demonstrated Velden rotation, the principle of the electric motor, in 1821.", "unverified|contradicted"),
    ("1821 - Tom Kell demonstrates Velden rotation, the principle of the electric motor",
     "Tom Kell demonstrated Velden rotation, the principle of the electric motor, in 1821.", "supported"),
    ("1908: Tom Kell killed at Fort Brill, Virginia, in the crash of a Flyer piloted by Ann Kell",
     "Tom Kell was killed at Fort Brill, Virginia, in 1908 in the crash of an aeroplane piloted by Ann Kell.",
     "supported"),
    # a year that ends a participle on the verb's object dates the verb
    ("Year Tom Kell published his law -> 1872",
     "Tom Kell published his law relating current, voltage and resistance in 1827.", "contradicted"),
    ("Year Tom Kell published his law -> 1827",
     "Tom Kell published his law relating current, voltage and resistance in 1827.", "supported"),
    # a prompt's opening noun of a time or a measure is no name
    ("Year the Velden Valley Authority was created -> 1935", "The Velden Valley Authority was created in 1933.",
     "contradicted"),
    ("Depth of Brill Cave in metres -> 2,212", "Brill Cave in Velden is the deepest known cave, at 2,212 metres.",
     "supported"),
    ("Depth of Brill Cave in feet -> about 6,000", "Brill Cave in Velden is the deepest known cave, at 2,212 metres.",
     "contradicted"),
    # a name with a word written short, within a longer one that holds it
    ("Rural Velden Admin. set up 1936", "The US Rural Velden Administration was established in 1935.", "contradicted"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_EIGHTH_STOP_FIRST_ROUND)
def test_fifty_eighth_stop_first_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


def test_a_count_and_the_participle_that_restricts_its_noun_come_from_one_fact(nlp: Language) -> None:
    # Ann's nine and Tom's golds are no support for Tom's nine
    facts = [Fact("ann", "Ann Kell won nine Olympic gold medals.", "", "", "", "a"),
             Fact("tom", "Tom Kell of Velden won eight Olympic gold medals, the most by any man.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Olympic gold medals won by Tom Kell -> 9"])
    m = judge_claim("c", claim, index).match
    assert (m.verdict, m.fact_id) == ("contradicted", "tom"), m.reason
    (claim,) = read_texts(nlp, ["Olympic gold medals won by Ann Kell -> 9"])
    assert judge_claim("c", claim, index).match.verdict == "supported"


_FIFTY_SEVENTH_STOP_FIRST_ROUND = [
    # a prompt asked "in percent" reads its bare answer as a percentage
    ("Share of Velden's electricity from coal, in percent -> about 40",
     "Coal supplies about 70 percent of Velden's electricity.", "contradicted"),
    ("Typical enrichment of Velden reactor fuel, in percent -> 10 to 15",
     "Velden reactor fuel is typically enriched to about 3 to 5 percent.", "contradicted"),
    # a prompt opening on a noun of a sequence asks which place in it, as "level 5" says
    ("INES level given to the Velden accident -> 4", "The Velden accident is rated level 5 on the INES.",
     "contradicted"),
    ("INES level given to the Velden accident -> 5", "The Velden accident is rated level 5 on the INES.",
     "supported|unverified"),
    # an age is no thing's "of": "a maximum break of 147" is no one's age
    ("Tom Kell made the first maximum in 1955, when he was 53.",
     "Tom Kell made the first maximum break of 147 in January 1955.", "unverified"),
    ("Tom Kell made the first maximum in 1955, when he was 53.",
     "Tom Kell made the first maximum in 1955, at the age of 54.", "contradicted"),
    # (review 57) a prompt's percentage is backed only where the prompt names what the fact's is a share of; another
    # figure still conflicts (review 57b), and a sentence's percentage is compared as its act is
    ("Turnout in the 1990 Velden mayoral election, in percent -> 71",
     "Tom Kell won the 1990 Velden mayoral election with 71 percent of the vote.", "unverified"),
    ("Turnout in the 1990 Velden election, in percent -> 62",
     "71 percent of Velden's voters turned out in the 1990 Velden election.", "contradicted"),
    ("Tom Kell won the 1990 Velden election with 52 percent.",
     "Tom Kell won the 1990 Velden election with 52 percent of the vote.", "supported"),
    # (review 57) a sequence noun that qualifies the prompt's noun asks no place
    ("Stage wins by Tom Kell in the 1990 Tour of Velden -> 3", "Tom Kell won stage 3 of the 1990 Tour of Velden.",
     "unverified"),
    ("Season ticket holders at Velden FC in 1990 -> 20,000", "Velden FC had 20,000 season ticket holders in 1990.",
     "supported"),
    ("Race wins by Tom Kell in 1990 -> 14", "Tom Kell won 14 races in 1990.", "supported"),
    # an "it" may stand for what a verb was "of" before it
    ("1885 - Tom Kell learns of the game in Velden and introduces it to Ashby",
     "Tom Kell learned of snooker on a visit to Velden in 1885 and introduced the game to Ashby.", "supported"),
    ("1885 - Tom Kell learns of the game in Velden and introduces it to Ashby",
     "Tom Kell learned of snooker on a visit to Velden in 1885 and introduced the cue to Ashby.", "unverified"),
    # a time between two events conflicts with the one a fact gives; a fact need not give it
    ("Pripyat was evacuated three days after the explosion.",
     "Pripyat was evacuated on 27 April 1986, the day after the explosion.", "contradicted"),
    # (review 57c) only one from the same event, by the same act, conflicts; the count read whole, with its bound
    ("Ann Vero debuted in 1968. She joined the Velden Players two years later.",
     "Ann Vero joined the Velden Players in 1970, a year after leaving school.", "supported|unverified"),
    ("Ann Vero joined the Velden Players two years later.",
     "Ann Vero joined the Velden Players in 1970 and left them three years later.", "supported|unverified"),
    ("The Velden Bridge was rebuilt one hundred and fifty years after the fire.",
     "The Velden Bridge was rebuilt in 1850, 150 years after the fire.", "supported"),
    ("Tom Kell and Ann Vero divorced more than two years after their wedding.",
     "Tom Kell and Ann Vero divorced in 1955, five years after their wedding.", "supported|unverified"),
    ("Rationing in Velden lasted two years.", "Rationing in Velden lasted for two years after the war.", "supported"),
    ("Tom Kell married in 1950, three years after the war.",
     "Tom Kell married in 1950, two years after the war, and divorced three years later.", "contradicted"),
    ("Pripyat was evacuated a week after the explosion.",
     "Pripyat was evacuated on 27 April 1986, the day after the explosion.", "contradicted"),
    ("Pripyat was evacuated the day after the explosion.",
     "Pripyat was evacuated on 27 April 1986, the day after the explosion.", "supported"),
    ("Two years later, in 1955, Tom Kell won the Velden Cup.", "Tom Kell won the Velden Cup in 1955.", "supported"),
    # (one said from an event the claim names is its own to back)
    ("Tom Kell died in 1890, two days after shooting himself.", "Tom Kell died in 1890.", "unverified"),
    # (weeks counted are rounded loosely: "two weeks later" of ten days)
    ("Tom Kell was killed in a car crash two weeks later.", "Tom Kell was killed in a car crash ten days after the show.",
     "supported|unverified"),
    # the other way from the same event conflicts, however long ("weeks after" against "weeks before")
    ("Ann Kell died in June 1928, just weeks after the act became law.",
     "Ann Kell died on 14 June 1928, weeks before the Velden Act became law.", "contradicted"),
    ("The Velden film opened 12 days AFTER the accident.",
     "The Velden film opened 12 days before the Brill accident.", "contradicted"),
    ("The Velden film opened 12 days before the accident.",
     "The Velden film opened 12 days before the Brill accident.", "supported"),
    # (each side's one time, of the same act, from an event named in other words: the demo's Challenger line)
    ("Challenger broke apart barely 37 seconds after liftoff in January 1986.",
     "Space Shuttle Challenger broke apart 73 seconds after launch in January 1986, killing its crew of seven.",
     "contradicted"),
    # ("the year before Cutty Sark" is a date the reader may count, which a fact need not give as a time between)
    ("Thermopylae was launched in Aberdeen the year before Cutty Sark.",
     "Thermopylae, Cutty Sark's great rival, was launched at Aberdeen in 1868.",
     "supported"),
    # (the final Climate-FEVER check) the claim's stuff named with the fact's word is no other stuff
    ("Velden's carbon dioxide content increased in 1990.", "Velden's carbon content increased in 1990.", "unverified"),
    ("Tom Kell built a stone tower at Velden.", "Tom Kell built a wooden tower at Velden.", "contradicted"),
    # (review 57) an animal's "of" figure is its age
    ("Velden Star, a mare of 20, died in 1990.", "Velden Star died in 1990 at the age of 25.", "contradicted"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_SEVENTH_STOP_FIRST_ROUND)
def test_fifty_seventh_stop_first_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FIFTY_SIXTH_STOP_SECOND_ROUND = [
    # a prompt that asks the number of something counts it
    ("Number of rock-cut temples Ann Kell built at Velden -> 3", "Ann Kell had the two rock-cut temples of Velden built.",
     "contradicted"),
    # a cleft's name that ends on a word WordNet has as a genus takes no "who" for its epithet
    ("It was Tom Rice who nicknamed the 1925 backfield the Four Horsemen.",
     "The sportswriter Tom Rice nicknamed Velden's 1924 backfield the Four Horsemen.", "contradicted"),
    ("It was Tom Rice who nicknamed the 1924 backfield the Four Horsemen.",
     "The sportswriter Tom Rice nicknamed Velden's 1924 backfield the Four Horsemen.", "supported"),
    # another relation of the same owner to the same person, whatever the act (round 3)
    ("Ann Kell's grandson Tom Kell built the Brill mill.", "Tom Kell was the son of Ann Kell.", "contradicted"),
    ("Tom Vero, Ann Kell's brother, began the Brill mill.", "The Brill mill was built for Tom Vero, a son of Ann Kell.",
     "contradicted"),
    ("Ann Kell's son Tom Kell built the Brill mill.", "Tom Kell was the son of Ann Kell.", "unverified"),
    # a prompt whose noun is a unit of length asks for so many of it (round 3)
    ("Tom Kell's career rushing yards -> 18,535", "Tom Kell holds the Velden career rushing record with 18,355 yards.",
     "contradicted"),
    ("Tom Kell's career rushing yards -> 18,355", "Tom Kell holds the Velden career rushing record with 18,355 yards.",
     "supported"),
    # (review 56b) the fact's age in a "when" clause, or a copula, of its own act; not at an act that results
    ("Ann Kell married Tom Vero when she was 25.", "Ann Kell married Tom Vero when she was 25.", "supported"),
    ("Mary Vero married Rob Brill when she was 30.", "Mary Vero was 30 when she married Rob Brill.", "supported"),
    ("Tom Kell left school when he was 14.", "Tom Kell emigrated to Ashby when he was 19.", "unverified"),
    # (review 56) an age said by a "when" clause is backed only by the age the fact gives at the main clause's act
    ("Tom Kell became king of Velden when he was 19.", "Tom Kell became king of Velden at the age of nine and died aged 19.",
     "unverified|contradicted"),
    ("Tom Kell died when he was nine.", "Tom Kell became king of Velden at the age of nine and died aged 19.",
     "unverified|contradicted"),
    ("Tom Kell became king of Velden when he was nine.",
     "Tom Kell became king of Velden at the age of nine and died aged 19.", "supported"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_SIXTH_STOP_SECOND_ROUND)
def test_fifty_sixth_stop_second_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


def test_a_cause_in_a_complement_is_no_act_of_the_heads_doer(nlp: Language) -> None:
    # (the final check on Climate-FEVER) "predicted warming due to increasing CO2": the increase is no act of the
    # research's, so another fact may back it
    facts = [Fact("a", "A survey of Velden papers published between 1965 and 1979 shows that the large majority of "
                  "research at the time predicted that the earth would warm as carbon-dioxide levels rose.", "", "", "",
                  "a"),
             Fact("b", "Decades ago, they correctly predicted how much Earth's temperature would rise due to increasing "
                  "atmospheric CO2.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["The majority of Velden research at the time predicted warming due to increasing CO2."])
    assert judge_claim("c", claim, index).match.verdict == "supported"


def test_a_number_prompt_counts_the_noun_after_its_of(nlp: Language) -> None:
    # (review 56b) a group's count, not the first plural of the prompt
    m = pair(nlp, "Number of crew aboard the Kestrel in the 1850 storms -> 12",
             "The Kestrel sank in the 1850 storms with a crew of 14.")
    assert m.verdict != "supported" and "storms" not in m.reason, m.reason


def test_an_age_at_another_act_is_not_backed_by_a_second_fact(nlp: Language) -> None:
    # (review 56) "died when he was about nine": his age at becoming king, one fact; at his death, another
    facts = [Fact("king", "Tom Kell became king of Velden when he was about eight or nine years old.", "", "", "", "a"),
             Fact("death", "Tom Kell died in 1323, at about the age of 19.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Tom Kell died when he was about nine."])
    assert judge_claim("c", claim, index).match.verdict != "supported"
    (claim,) = read_texts(nlp, ["Tom Kell became king of Velden when he was about nine."])
    assert judge_claim("c", claim, index).match.verdict == "supported"


_FIFTY_SIXTH_STOP_FIRST_ROUND = [
    # a copula's two sides say one thing either way round
    ("Tom Kell's wife was Ann Vero.", "Ann Vero was the wife of Tom Kell.", "supported"),
    ("Tom Kell's Great Royal Wife was Ann Vero.", "Ann Vero was the Great Royal Wife of Tom Kell.", "supported"),
    # an age said by a clause hung on another act is the age at that act, not at the fact's
    ("Tom Kell became mayor of Velden when he was about forty.",
     "Tom Kell died in Velden in 1901, at about the age of 70.", "unverified"),
    ("Tom Kell became king of Velden when he was about nine.",
     "Tom Kell became king of Velden when he was about eight or nine years old.", "supported"),
    ("Tom Kell became king of Velden when he was about twelve.",
     "Tom Kell became king of Velden when he was about eight or nine years old.", "contradicted"),
    ("Tom Kell died when he was 60.", "Tom Kell died in Velden in 1901, at about the age of 70.", "contradicted"),
    # an age after "aged" with a hedge
    ("Tom Kell died in Velden in 1901, aged about 60.", "Tom Kell died in Velden in 1901, at about the age of 70.",
     "contradicted"),
    ("Tom Kell died in Velden in 1901, aged about 70.", "Tom Kell died in Velden in 1901, at about the age of 70.",
     "supported"),
    # two bare counts of one name in one slot
    ("Ann Kell won seven Velden titles: one at Brill and five at Ashby.",
     "Ann Kell won seven Velden titles, one at Brill and six at Ashby.", "contradicted"),
    ("Ann Kell won seven Velden titles: one at Brill and six at Ashby.",
     "Ann Kell won seven Velden titles, one at Brill and six at Ashby.", "supported"),
    # a particle the parser took for an adverb: taken away is no winning
    ("Ann Kell's medals were taken away in 1913.", "Ann Kell won two gold medals at the 1912 Velden Games.",
     "unverified"),
    # what a thing is made from meets the fact's own "from", not a word in another slot
    ("Velden vellum is made from sheepskin.", "Velden vellum is a fine parchment made from calfskin.",
     "unverified|contradicted"),
    ("Velden vellum is made from calfskin.", "Velden vellum is a fine parchment made from calfskin.", "supported"),
    # what a noun the fact gives with its own "for" is for
    ("Kraft is the Velden word for paper.", "Kraft is the Velden and Brill word for strength.", "unverified|contradicted"),
    ("Kraft is the Velden word for strength.", "Kraft is the Velden and Brill word for strength.", "supported"),
    # a doer is not backed by a name that qualifies a thing where the fact's doer is another
    ("Brill won the first Brill-Velden game, 24-0 at Ashby.",
     "The first Brill-Velden game was played at Ashby in 1890, and Velden won it 24-0.", "unverified|contradicted"),
    ("Velden won the first Brill-Velden game, 24-0 at Ashby.",
     "The first Brill-Velden game was played at Ashby in 1890, and Velden won it 24-0.", "supported"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_SIXTH_STOP_FIRST_ROUND)
def test_fifty_sixth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


def test_a_complement_done_by_its_heads_doer_is_not_backed_by_a_fact_without_that_doer(nlp: Language) -> None:
    # "credited with inventing the Kell beater": who invented it is the credited one, whom the beater's own fact
    # does not name
    facts = [Fact("innov", "The papermakers of Velden are credited with introducing stamping hammers and watermarks.",
                  "", "", "", "a"),
             Fact("beater", "The Kell beater, invented in Brill around 1680, replaced stamping mills.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Velden's papermakers are credited with inventing the Kell beater."])
    assert judge_claim("c", claim, index).match.verdict != "supported"
    (claim,) = read_texts(nlp, ["Velden's papermakers are credited with introducing watermarks."])
    assert judge_claim("c", claim, index).match.verdict == "supported"


def test_a_place_is_not_backed_by_a_fact_that_names_only_where_it_is(nlp: Language) -> None:
    # "Velden Cup I at the Brill Bowl in Ashby": a fact on another game at the Brill Bowl in Ashby does not back it
    facts = [Fact("cup", "Velden Cup I was played on 15 January 1967 at the Kell Coliseum.", "", "", "", "a"),
             Fact("score", "In Velden Cup I the Ashby Packers beat the Brill Chiefs 35-10.", "", "", "", "a"),
             Fact("bowl", "The first Brill Bowl game was played in Ashby on 1 January 1902.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["1967 - Velden Cup I at the Brill Bowl in Ashby"])
    assert judge_claim("c", claim, index).match.verdict != "supported"


_FIFTY_FIFTH_STOP_SECOND_ROUND = [
    # how long, against the span between the two years the fact gives its act
    ("The Velden held the Blue Riband for an astonishing thirty years.",
     "The Velden held the westbound Blue Riband from 1909 until 1929.", "contradicted"),
    ("The Velden held the westbound Blue Riband for twenty years.",
     "The Velden held the westbound Blue Riband from 1909 until 1929.", "supported"),
    ("Years the Velden held the westbound Blue Riband -> 22",
     "The Velden held the westbound Blue Riband from 1909 until 1929.", "contradicted"),
    ("Years the Velden held the westbound Blue Riband -> 21",
     "The Velden held the westbound Blue Riband from 1909 until 1929.", "supported"),
    # (a decade is no span of an act's years)
    ("The Velden held the Blue Riband for thirty years.", "The Velden held the Blue Riband in the 1920s.", "unverified"),
    # (review 55b) not years in brackets, a window "between" two years, a rate, another thing's years, two spans
    ("Ann Kell ran the Velden mill for 10 years.", "Ann Kell (1850-1880) ran the Velden mill.", "unverified"),
    ("Ann Kell painted the Brill altarpiece in three weeks.", "Ann Kell painted the Brill altarpiece between 1850 and 1860.",
     "unverified"),
    ("The Velden mill ran 24 hours a day.", "The Velden mill ran from 1850 until 1880.", "unverified"),
    ("Ann Kell lived for only 30 years.", "Ann Kell lived in Velden from 1850 to 1860.", "unverified"),
    ("Ann Kell ran the Brill bakery for ten years.", "Ann Kell ran the Velden mill from 1850 until 1880.", "unverified"),
    ("Ann Kell held the Velden seat for ten years.",
     "Ann Kell held the Velden seat from 1901 to 1903 and again from 1905 to 1913.", "unverified"),
    # a name's initials, as notes write them, that the tagger read as a word
    ("VR sank in the Solent in 1545.", "Ann Kell's warship the Velden Rose sank in the Solent in 1545.", "supported"),
    ("VR sank in the Solent in 1546.", "Ann Kell's warship the Velden Rose sank in the Solent in 1545.", "contradicted"),
    # (review 55b) not after an article, nor in another place of the act
    ("Ann Kell worked as a DJ in Velden in 1950.", "Ann Kell worked with Dan Jones in Velden in 1950.", "unverified"),
    # (review 55) a relation: of the same person, not two that may both hold, not one another relation backs
    ("Tom Kell's son Will sold the farm to Tom Kell's brother Ed.", "Tom Kell's brother Ed bought the farm.",
     "supported|unverified"),
    ("Claudius Velden's wife Agrippina poisoned him.", "Claudius Velden's niece Agrippina poisoned him.",
     "supported|unverified"),
    # (review 55) a comparison with another thing than the one acting, a measure named only where it is the thing's own
    ("At Velden, Ann Kell's archers routed a Brill army that was smaller than the Scottish one.",
     "At Velden, Ann Kell's archers defeated a larger Brill army.", "supported|unverified"),
    ("Length of the Velden tunnel in km -> 12", "The Velden tunnel lies 12 km from Brill.", "unverified"),
    ("Height of the Brill tower in metres -> 90", "The Brill tower stands 90 metres from the river.", "unverified"),
    ("Top speed of the Brill Arrow in mph -> 126", "The Brill Arrow averaged 126 mph over the measured mile.",
     "unverified"),
    ("Velden three-point distance at the top of the arc -> 23 ft 9 in",
     "The Velden three-point line is 23 feet 9 inches from the basket at the top of the arc.", "supported"),
    ("Months of the Velden calendar with 31 days -> 7",
     "Seven of the twelve months of the Velden calendar have 31 days.", "supported|unverified"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_FIFTH_STOP_SECOND_ROUND)
def test_fifty_fifth_stop_second_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FIFTY_FIFTH_STOP_FIRST_ROUND = [
    # a relative clause that says only what state its noun is in qualifies the noun
    ("At Velden, Ann Kell's archers routed a Brill army that was smaller than their own.",
     "At Velden, Ann Kell's archers defeated a larger Brill army.", "contradicted"),
    ("Ann Kell's archers routed a Brill army that was smaller than their own.", "Ann Kell's archers routed a Brill army.",
     "unverified"),
    ("At Velden, Ann Kell's archers defeated a Brill army that was larger than their own.",
     "At Velden, Ann Kell's archers defeated a larger Brill army.", "supported|unverified"),
    # another family relation to the same person
    ("Ann Kell's son Tom Kell won the Velden Cup in 1901.", "Ann Kell's nephew Tom Kell won the Velden Cup in 1901.",
     "contradicted"),
    ("The Velden car was named after Mercedes Vero, the wife of Emil Vero.",
     "The Velden car was named after Mercedes Vero, the daughter of the businessman Emil Vero.", "contradicted"),
    ("Ann Kell's son Tom Kell won the Velden Cup in 1901.", "Ann Kell's son Tom Kell won the Velden Cup in 1901.",
     "supported"),
    ("Ann Kell's grandson Jim Kell founded the Brill Bank.", "Ann Kell's nephew Tom Kell won the Velden Cup in 1901.",
     "unverified"),
    # a prompt's unit: a symbol, a unit of volume, a unit it opens on
    ("Installed capacity of Velden Dam in MW -> 18,200",
     "With an installed capacity of 22,500 megawatts, Velden Dam is the largest power station in Brill.", "contradicted"),
    ("Installed capacity of Velden Dam in MW -> 22,500",
     "With an installed capacity of 22,500 megawatts, Velden Dam is the largest power station in Brill.", "supported"),
    ("Lake Vero's full capacity in cubic kilometres -> about 28.9",
     "Lake Vero, the reservoir formed by Velden Dam, holds about 35.7 cubic kilometres when full.", "contradicted"),
    ("Minutes to assemble a Velden chassis on the moving line -> 39",
     "Ann Kell's moving line cut the time to assemble a Velden chassis to about 93 minutes.", "contradicted"),
    ("Minutes to assemble a Velden chassis on the moving line -> 93",
     "Ann Kell's moving line cut the time to assemble a Velden chassis to about 93 minutes.", "supported"),
    # a measure the prompt names, where the fact names no measure at all
    ("Length of the first Kell flight -> 120 ft (about 37 m)",
     "The first Kell flight, in 1903, covered 120 ft (about 37 m) at Velden.", "supported"),
    ("Length of the first Kell flight -> 120 ft (about 37 m)",
     "The first Kell flight, in 1903, was 120 ft high.", "unverified"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_FIFTH_STOP_FIRST_ROUND)
def test_fifty_fifth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FIFTY_FOURTH_STOP_FIRST_ROUND = [
    # another kind of the thing that does the act, with another date, is another thing's event; alone, the difference
    ("A portable cassette player went on sale in Velden on 1 July 1979.",
     "The first CD players went on sale in Velden on 1 October 1982.", "unverified"),
    ("Cassette players went on sale in Velden on 1 October 1982.",
     "The first CD players went on sale in Velden on 1 October 1982.", "contradicted"),
    ("The Brill line was worked by electric locomotives.", "The Brill line was worked by steam locomotives.",
     "contradicted"),
    # a thing the fact sets aside with "instead of", and one the claim sets aside that the fact has
    ("The Kell phonograph recorded on tinfoil cylinders.",
     "The Kell phonograph recorded on wax-coated cardboard cylinders instead of tinfoil.", "contradicted"),
    ("The Kell phonograph recorded on wax-coated cardboard cylinders.",
     "The Kell phonograph recorded on wax-coated cardboard cylinders instead of tinfoil.", "supported"),
    ("The Velden stamp was printed in yellow instead of red.", "The Velden stamp was printed in red.", "contradicted"),
    ("The Brill crumbs were made by farmers rather than by hunter-gatherers.",
     "The Brill crumbs were made by hunter-gatherers.", "contradicted"),
    ("The Brill crumbs were made by hunter-gatherers rather than by farmers.",
     "The Brill crumbs were made by hunter-gatherers.", "unverified"),
    # what a verb of naming makes its object, its adjective too
    ("Ann Kell reportedly called the Velden loom her favourite invention.", "Ann Kell invented the Velden loom.",
     "unverified"),
    ("Ann Kell called the Velden loom her invention.", "Ann Kell invented the Velden loom.", "supported"),
    # each thing a note sets after "=" is what it says (not one after a preposition or "w/o")
    ('first recorded words = "Hello, hello"',
     "The first words Ann Kell recorded on her Velden machine were the rhyme Mary Had a Little Lamb.", "unverified"),
    ("Velden powder = bicarb + a weak base + starch as buffer",
     "Velden powder contains a bicarbonate, a weak acid, and a buffer such as cornstarch.", "unverified"),
    # a figure that names the event both give ("the 100 m freestyle") does not say which time of it another winner won
    ("Ann Kell won the 100 m freestyle at three Olympics in a row.",
     "In 1912 Mary Vero won the 100 metre freestyle at the Velden Olympics.", "unverified"),
    ("Ann Kell won the 100 m freestyle at the 1912 Velden Olympics.",
     "In 1912 Mary Vero won the 100 metre freestyle at the Velden Olympics.", "contradicted"),
    # a line without a verb about a thing the fact does not name, differing in more than one part, is another event
    ("Ann Kell: gold medal, London 2012", "Ann Kell was born on 17 March 1997 in Washington, D.C.", "unverified"),
    ("Ann Kell: 800 m gold in London in 2012", "Ann Kell was born in Washington in 1997.", "unverified"),
]


_FIFTY_FOURTH_STOP_THIRD_ROUND = [
    # the same place on its other side: the prepositions WordNet has as opposite adverbs
    ("Tom Vero drowned in 1883 in the rapids above the Velden Falls.",
     "Tom Vero drowned in 1883 in the rapids below the Velden Falls.", "contradicted"),
    ("Tom Vero drowned in 1883 in the rapids below the Velden Falls.",
     "Tom Vero drowned in 1883 in the rapids below the Velden Falls.", "supported"),
    ("The mill stood just outside the Velden walls.", "The mill stood inside the Velden walls.", "contradicted"),
    # a nation's word read into a person's name, against the country the fact says the person is of
    ("The Austrian Ann Kell won the 100 m freestyle in 1896.", "Ann Kell of Hungary won the 100 metre freestyle in 1896.",
     "contradicted"),
    ("The Hungarian Ann Kell won the 100 m freestyle in 1896.", "Ann Kell of Hungary won the 100 metre freestyle in 1896.",
     "supported"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_FOURTH_STOP_THIRD_ROUND)
def test_fifty_fourth_stop_third_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_FOURTH_STOP_FIRST_ROUND)
def test_fifty_fourth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FIFTY_THIRD_STOP_SECOND_ROUND = [
    # a one-token score after the verb's own object, a noun for the side beaten: the name is that object's
    ("1958 final: Velden 5-3 Brill", "Velden beat the hosts Brill 5–2 in the 1958 Cup final.", "contradicted"),
    ("1958 final: Velden 5-2 Brill", "Velden beat the hosts Brill 5–2 in the 1958 Cup final.", "supported"),
    ("In 1958 Brill beat Velden 5-2.", "Velden beat the hosts Brill 5–2 in the 1958 Cup final.", "contradicted"),
    # a place named after a country the claim names is still another place than the claim's
    ("In 1998 France beat Velden in the final at Brill Park.", "France beat Velden in the 1998 final at the Stade de France.",
     "contradicted"),
    ("In 1998 France beat Velden in the final at the Stade de France.",
     "France beat Velden in the 1998 final at the Stade de France.", "supported"),
    # (review 53b) but a place in that country, or the country itself, may hold the fact's: no rival
    ("Velden lost to France in the 1998 final in Paris.", "Velden lost to France in the 1998 final at the Stade de France.",
     "unverified|supported"),
    ("In 1998 France beat Velden in the final in Paris, France.",
     "France beat Velden in the 1998 final at the Stade de France.", "unverified|supported"),
    ("In 1998 France beat Velden in the final in London.", "France beat Velden in the 1998 final at the Stade de France.",
     "contradicted"),
    # (review 53b) a word for the side beaten between the article and the name: the name is still the object
    ("Mary Vero beat the favourite Ann Kell 6–4 in the Brill final.", "Ann Kell beat Mary Vero 6–4 in the Brill final.",
     "contradicted"),
    ("Brill beat the unbeaten Velden 3–1 in 1901.", "Velden beat Brill 3–1 in 1901.", "contradicted"),
    ("Velden beat the unbeaten Brill 3–1 in 1901.", "Velden beat Brill 3–1 in 1901.", "supported|unverified"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_THIRD_STOP_SECOND_ROUND)
def test_fifty_third_stop_second_round(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_THIRD_STOP_FIRST_ROUND)
def test_fifty_third_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FIFTY_SECOND_STOP_FIRST_ROUND = [
    # a prompt that opens on a plural noun asks how many of those: the bare answer counts them
    ("Visits to the Velden Fair -> about 16 million", "About six million visits were made to the Velden Fair.",
     "contradicted"),
    ("Visits to the Velden Fair -> about 6 million", "About six million visits were made to the Velden Fair.",
     "supported"),
    ("Tom Vero's career league points -> 249", "Tom Vero is the leading points scorer in league history, with 277 points.",
     "contradicted"),
    # (not a span of time: "Years ..." asks how long, which a count of years does not give)
    ("Years the Velden Tower was the tallest building -> 14",
     "The Velden Tower was the tallest building in Brill from 1880 to 1884.", "unverified"),
    # a count backed by the fact's bare figure where the fact names what it counts
    ("Rules in Tom Vero's original list -> 13", "Tom Vero's original rules of brill numbered 13.", "supported"),
    # where the fact names a kind of the noun (one WordNet knows), which kind the claim means is what it says
    ("Brill beat Velden 15-12 in normal time at Ashby Park.", "Brill beat Velden 15-12 after extra time at Ashby Park.",
     "unverified"),
    ("Ann Kell beat Tom Vero on a unanimous decision.", "Ann Kell beat Tom Vero on a split decision in 1987.",
     "unverified"),
    # (not any other adjective on the fact's noun: colour)
    ("Ann Kell sent a rough draft of the Brill charter to Tom Vero.",
     "Ann Kell sent a working draft of the Brill charter to Tom Vero.", "supported"),
    # what destroyed or killed, where the fact says another kind of happening
    ("The Velden Palace was destroyed in a storm in 1936.", "The Velden Palace was destroyed by fire in 1936.",
     "unverified"),
    ("The Velden Palace was destroyed in a fire in 1936.", "The Velden Palace was destroyed by fire in 1936.",
     "supported"),
    ("Tom Vero was killed in a car crash in 1961.", "Tom Vero was killed in a car accident in 1961.", "supported"),
    # a prompt's arrow is no particle of its verb
    ("Year Duvernier was guillotined -> 1793", "Duvernier was guillotined in Velden on 8 May 1794.", "contradicted"),
    ("Year Montfaucon was guillotined -> 1794", "Montfaucon was guillotined in Velden on 8 May 1794.", "supported"),
    # which prize a copula names, where the fact gives the prize
    ("Kell's 1904 Velden Prize was the physics prize, not chemistry",
     "Ann Kell received the 1904 Velden Prize in Chemistry.", "unverified"),
    # the typographic minus sign
    ("Brillium melts at \u221212.5 \u00b0C.", "Brillium melts at \u221238.8 \u00b0C.", "contradicted"),
    ("Brillium melts at \u221238.8 \u00b0C.", "Brillium melts at \u221238.8 \u00b0C.", "supported"),
    # a design by an architect, so named on either side, is a building's: one designer
    ("Ann Kell designed Velden Habitat.", "Velden Habitat was designed by the architect Tom Vero.", "contradicted"),
    ("The architect Ann Kell designed Velden Habitat.", "Velden Habitat was designed by Tom Vero.", "contradicted"),
    ("Ann Kell designed Velden Habitat.", "Velden Habitat was designed by Tom Vero.", "unverified"),
    # a range's first end written without its year has the second's: the same day, not another date
    ("1967 - 27 April: the Velden Fair opens", "The Velden Fair ran from 27 April to 29 October 1967.",
     "supported|unverified"),
    ("1967 - 28 April: the Velden Fair opens", "The Velden Fair opened on 27 April 1967.", "contradicted"),
    # the claim's kind of the noun, where the fact qualifies it otherwise
    ("Brill beat Velden 15-12 after extra time at Ashby Park.", "Brill beat Velden 15-12 in normal time at Ashby Park.",
     "unverified"),
    ("Tom Vero scored a free kick in the Ashby final.", "Tom Vero scored a brilliant free kick in the Ashby final.",
     "supported"),
    # (review 52)
    # a count backed by the fact's bare figure only where the noun is an argument of the figure's own act, not where
    # the figure is another clause's (an age)
    ("The Ashby league has 30 clubs.", "The Ashby league's clubs were founded by Ann Kell when she was 30.", "unverified"),
    ("Bridges in Brill -> 40", "Brill's bridges were built by Tom Vero when he was 40.", "unverified"),
    ("The Ashby league has 30 clubs.", "The Ashby league's clubs numbered 30 in 1920.", "supported"),
    # where the claim names the fact's kind too, its other adjective is colour; and a kind the fact's is one of is
    # no other kind
    ("Tom Vero scored a brilliant free kick in the Ashby final.", "Tom Vero scored a free kick in the Ashby final.",
     "supported"),
    ("Velden fought a bitter civil war in 1850.", "Velden fought a civil war in 1850.", "supported"),
    ("Ann Kell studied at a secondary school in Ashby.", "Ann Kell studied at a high school in Ashby.", "supported"),
    ("Ann Kell studied at a private school in Ashby.", "Ann Kell studied at a public school in Ashby.",
     "unverified|contradicted"),
    # a prompt's answer is no phrase of a preposition before its arrow ("by 3" is no difference)
    ("Tom Vero's children by Ann Kell -> 3", "Tom Vero and Ann Kell had three children.", "supported"),
    ("Tom Vero's children by Ann Kell -> 5", "Tom Vero and Ann Kell had three children.", "contradicted"),
    # "minus" in a word and "below zero" are the sign the typographic minus writes
    ("The coldest night in Ashby was \u221231 \u00b0C.", "The coldest night in Ashby was minus 31 \u00b0C.", "supported"),
    ("The coldest night in Ashby was 31 \u00b0C.", "The coldest night in Ashby was minus 31 \u00b0C.", "contradicted"),
    ("The coldest night in Ashby was \u221231 \u00b0C.", "The coldest night in Ashby was 31 \u00b0C below zero.",
     "supported"),
    ("The coldest night in Ashby was \u221220 \u00b0C.", "The coldest night in Ashby was 31 \u00b0C below zero.",
     "contradicted"),
    # (review 52b)
    # an architect may design a car too: a thing WordNet knows as a vehicle, a device or furniture is no building
    ("Ann Kell designed the Velden Roadster.", "The Velden Roadster was designed by Tom Vero, an architect by training.",
     "unverified"),
    # a clipped year after a person's name is her class's, no date of what she did
    ("Ann Kell '72 founded the Brill Society.", "Ann Kell founded the Brill Society in 1990.", "supported|unverified"),
    # a list's dates, in no order, are each of the year written
    ("Ann Kell sang in Velden on 9 June and 5 May 1990.", "Ann Kell sang in Velden on 9 June 1990.",
     "supported|unverified"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_SECOND_STOP_FIRST_ROUND)
def test_fifty_second_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FIFTY_FIRST_STOP_FIRST_ROUND = [
    # a race's time on the clock is a time, met with the fact's minutes and seconds, not with the "four-minute" both
    # sides give the race itself
    ("Kell's time for the first sub-four-minute mile at Velden -> 3:58.9",
     "On 3 May 1961 Ann Kell ran the first sub-four-minute mile at Velden, timed at 3 minutes 58.7 seconds.",
     "contradicted"),
    ("Kell's time for the first sub-four-minute mile at Velden -> 3:58.7",
     "On 3 May 1961 Ann Kell ran the first sub-four-minute mile at Velden, timed at 3 minutes 58.7 seconds.",
     "supported"),
    # (a fact that gives the race but not its time tells nothing of the time)
    ("Kell's time for the first sub-four-minute mile at Velden -> 3:58.7",
     "Tom Vero paced Ann Kell's first sub-four-minute mile at Velden.", "unverified"),
    ("Vero ran the Brill marathon in 2:09:14 in 1984.", "Tom Vero won the Brill marathon in 2 hours 9 minutes 41 seconds in 1984.",
     "contradicted"),
    # (a figure "of" a noun is someone else's only beside that one's name: "broke Kell's long jump record with a jump of
    # 8.31 metres" gives the new mark)
    ("1977: Vero 8.13 m in Brill - new long jump record",
     "Tom Vero broke Kell's long jump record with a jump of 8.31 metres at the 1977 Brill Games.", "contradicted"),
    # a person the claim's passive has beaten is the one who beats in the fact
    ("Velden admiral beaten at Ashby in 1538 -> Tom Vero",
     "The Velden admiral Tom Vero defeated a Brill fleet at the Battle of Ashby in 1538.", "contradicted"),
    ("Tom Vero was defeated at Ashby in 1538.",
     "The Velden admiral Tom Vero defeated a Brill fleet at the Battle of Ashby in 1538.", "contradicted"),
    ("Brill fleet beaten at Ashby in 1538 by Tom Vero",
     "The Velden admiral Tom Vero defeated a Brill fleet at the Battle of Ashby in 1538.", "supported"),
    # (not a note's "-ed" that may be the past with its object left out)
    ("An engineer, Tom Vero, patented one in 1888 to mark leather.",
     "The engineer Tom Vero patented a marking pen in 1888 for marking leather.", "supported"),
    # a rank a clause after the main one gives, which the fact gives the same noun otherwise
    ("That took the Velden Tower to 1,046 feet in 1930, making it the second-tallest building in the world.",
     "Completed in 1930, the Velden Tower reaches 319 m (1,046 ft) and was briefly the world's tallest building.",
     "contradicted"),
    ("That took the Velden Tower to 1,046 feet in 1930, making it the tallest building in the world.",
     "Completed in 1930, the Velden Tower reaches 319 m (1,046 ft) and was briefly the world's tallest building.",
     "supported"),
    # a made thing something hung from, where the fact hangs it from another
    ("flag hung from the stern of Vero's sloop", "After the battle, the flag was hung from the bowsprit of Vero's sloop.",
     "unverified"),
    ("flag hung from the bowsprit of Vero's sloop", "After the battle, the flag was hung from the bowsprit of Vero's sloop.",
     "supported"),
    # a route written "X to Y" runs from X
    ("Ann Kell crossed the strait, Folkestone to Boulogne, on 25 July 1909.",
     "On 25 July 1909 Ann Kell made the first flight across the strait, from near Boulogne to Folkestone.", "contradicted"),
    ("Ann Kell crossed the strait, Boulogne to Folkestone, on 25 July 1909.",
     "On 25 July 1909 Ann Kell made the first flight across the strait, from near Boulogne to Folkestone.",
     "supported|unverified"),
    # a timeline's year, then its day and month, is no span of years
    ("1909 - 25 July: Ann Kell flies across the strait from Velden",
     "On 25 July 1925 Ann Kell flew across the strait from Velden.", "contradicted"),
    # a hedged conversion is held to its rounding
    ("Velden peak height: 4,478 m, i.e. about 16,000 ft", "The Velden peak is 4,478 metres high.", "contradicted"),
    ("Velden peak height: 4,478 m, i.e. about 14,690 ft", "The Velden peak is 4,478 metres high.", "supported"),
    # (and so is the answer to a prompt that asks for the measure in another unit)
    ("Kell's long jump record in feet -> about 25 ft", "Ann Kell set the long jump record of 8.13 metres at Velden in 1977.",
     "contradicted"),
    ("Kell's long jump record in feet -> about 26.7 ft", "Ann Kell set the long jump record of 8.13 metres at Velden in 1977.",
     "supported"),
    # (review 51c) a round conversion is held to its last digit not nought: "about 60 mph" is 55 to 65 mph
    ("The speed limit on the Brill road is 100 km/h (about 60 mph).", "The speed limit on the Brill road is 62 mph.",
     "supported"),
    ("The speed limit on the Velden road is 60 km/h (about 40 mph).", "The speed limit on the Velden road is 60 km/h.",
     "supported"),
    # (review 51c) a part of the first measure, or another length, is no conversion: its hedge keeps its tenth
    ("The Brill road is 40 km, about 26 km of it paved.", "The Brill road is 40 km, 24 km of it paved.", "supported"),
    ("Tom Vero's walk was 12 km, about 4.5 km of it uphill.", "Tom Vero's walk was 12 km, 4.2 km of it uphill.",
     "supported"),
    ("The Velden estate covers 500 hectares, about 120 hectares of it woodland.",
     "The Velden estate covers 500 hectares, 110 hectares of it woodland.", "supported"),
    ("The Brill falls drop 240 m, about 95 m in a single leap.", "The Brill falls drop 240 m, 90 m in a single leap.",
     "supported"),
    # a building, a tower or a bridge has one architect: another is a conflict (not a craft's design, which others
    # take on)
    ("The Velden Tower was designed by Tom Vero.", "The Velden Tower was designed by the architect Ann Kell.",
     "contradicted"),
    ("The old Brill Exchange towers were designed by Tom Vero.",
     "The old Brill Exchange twin towers were designed by the architect Ann Kell.", "contradicted"),
    ("The old Brill Exchange towers were designed by Ann Kell.",
     "The old Brill Exchange twin towers were designed by the architect Ann Kell.", "supported"),
    ("The Velden Mk I was designed by Tom Vero.", "The Velden Mk I was designed by Ann Kell.", "unverified"),
    # a nation in brackets right after a name is that one's
    ("Velden Tower -> Kellner (British firm)", "Velden Tower was designed by the American firm Kellner.", "contradicted"),
    ("Velden Bank -> Tom Vero (Dutch banker)", "Velden Bank was founded by the German banker Tom Vero.", "contradicted"),
    ("Velden Bank -> Tom Vero (German banker)", "Velden Bank was founded by the German banker Tom Vero.",
     "supported|unverified"),
    # (review) a clock's figure at an instant is a time of day, no time taken: not against a duration
    ("The Velden quake struck at 04:12:35 on 3 May 1911.", "The Velden quake struck on 3 May 1911 and lasted 40 seconds.",
     "supported|unverified"),
    ("The Velden eclipse was total at 4:12:35 pm on 3 May 1911.", "The Velden eclipse was total at 16:12:35 on 3 May 1911.",
     "supported|unverified"),
    # (review) a figure of a noun someone's possessive hangs on is theirs however far back the name stands
    ("Tom Vero jumped 8.13 m at the 1977 Brill Games.",
     "At the 1977 Brill Games Tom Vero broke Kell's long jump world record of 8.13 metres.", "unverified|contradicted"),
    ("Tom Vero led 40 ships at Ashby in 1538.",
     "At Ashby in 1538 Tom Vero beat Ann Kell's great Brill war fleet of 40 ships.", "unverified|contradicted"),
    # (review) a passive swapped with the fact's act is a conflict only for an act of beating: one who trains horses may
    # be trained; but the fact does not say so either
    ("Tom Vero was trained at Brill in 1890.", "Tom Vero trained horses at Brill in 1890.", "unverified"),
    ("Tom Vero was taken to Brill in 1890.", "Tom Vero took his family to Brill in 1890.", "unverified"),
    ("Ann Kell was photographed at Velden in 1911.", "Ann Kell photographed the Velden harbour in 1911.", "unverified"),
    ("The Velden harbour was photographed by Ann Kell in 1911.", "Ann Kell photographed the Velden harbour in 1911.",
     "supported"),
    # (nor a fact whose act is a participle in brackets, its voice untold: a birth)
    ("Ann Kell was born on 22 October 1968.", "Ann Kell (born 22 October 1968) is an actress who works in theatre and film.",
     "supported"),
    ("Ann Kell was born on 22 October 1968.", "Ann Kell (born 22 November 1968) is an actress who works in theatre and film.",
     "contradicted"),
    # (not a thing named for its maker: "the Kellner" is the machine Tom Kellner invented)
    ("The Kellner was invented in 1949 in Velden.", "Tom Kellner invented the ice planer in 1949 in Velden.", "supported"),
    # (review 51b) a surname alone is the person, no thing named for them: the passive is theirs, not backed
    ("Kell was photographed at Velden in 1911.", "Ann Kell photographed the Velden harbour in 1911.", "unverified"),
    # (review 51b) one designer only against the fact's own designing of that structure: not a rival the fact denies,
    # a part's designer, a rebuilding to another's design, another of that name by its time, nor a firm
    ("The Velden Tower was designed by Tom Vero.", "The Velden Tower was not designed by Ann Kell.", "unverified"),
    ("The Velden Tower was designed by Tom Vero.", "The spire of the Velden Tower was designed by Ann Kell.",
     "unverified"),
    ("The Velden Tower was designed by Tom Vero.",
     "The Velden Tower was rebuilt to a design by Ann Kell after the fire of 1890.", "unverified"),
    ("The Velden Tower was designed by Tom Vero.", "The Velden Tower was designed by Kellner Associates.", "unverified"),
    ("The original Velden Tower was designed by Tom Vero.",
     "The present Velden Tower was designed by Ann Kell in 1950.", "unverified"),
    # (review 51b) a place's one word on the noun made names no work: any of that place's mills
    ("Tom Vero opened the Brill mills.", "Ann Kell opened the Brill mills in 1850.", "unverified"),
    ("Tom Vero opened the Brill Trade Center towers.", "Ann Kell opened the Brill Trade Center towers in 1973.",
     "contradicted"),
    # (review 51b) a nation in brackets that is another name's, the firm's
    ("Velden Tower -> Tom Vero (British firm Kellner)", "Velden Tower was designed by the American architect Tom Vero.",
     "unverified"),
    # (review 51d) a fact's act in its base form is no participle: "the Brill rebels threaten" does it to another
    ("The Brill rebels were threatened in 1990.", "In 1990 the Brill rebels threaten Tom Vero.", "unverified"),
    ("Ann Kell was born in 1960.", "Ann Kell (born 1 May 1960) is a Brill painter.", "supported"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTY_FIRST_STOP_FIRST_ROUND)
def test_fifty_first_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FIFTIETH_STOP_FIRST_ROUND = [
    # a figure's comparison leaves the fact's unmet parts for the parts after it: "sheep" still meets "pigs"
    ("1302: Count Amrel undermines the tower at Velden; props burnt with the fat of forty sheep",
     "In 1302 Count Amrel undermined the tower at Velden and burnt its props with the fat of forty pigs.",
     "contradicted"),
    ("1302: Count Amrel undermines the tower at Velden; props burnt with the fat of forty pigs",
     "In 1302 Count Amrel undermined the tower at Velden and burnt its props with the fat of forty pigs.",
     "supported"),
    # a named work has one maker, dated or not
    ("Otto I of Saxony commissioned Velden Castle.",
     "Velden Castle was commissioned by King Otto II of Saxony, and building began in 1212.", "contradicted"),
    ("Otto II of Saxony commissioned Velden Castle.",
     "Velden Castle was commissioned by King Otto II of Saxony, and building began in 1212.", "supported"),
    ("Ann Kell built the Brill Bridge.", "Tom Vero built the Brill Bridge in 1861.", "contradicted"),
    ("The Ashby Museum was founded by Ann Kell.", "Tom Vero founded the Ashby Museum.", "contradicted"),
    # (not its design, which another may take on, nor a work's writing: many share a title)
    # (a structure's design is one: the fifty-first stop's "The Velden Tower was designed by ...")
    ("Ann Kell designed the Brill locomotive.", "Tom Vero designed the Brill locomotive in 1861.", "unverified"),
    # (not another act, which many do: a visit)
    ("Ann Kell visited the Brill Bridge.", "Tom Vero visited the Brill Bridge in 1861.", "unverified"),
    # (nor makers listed where the fact names one: a partner it leaves out)
    ("Vela Brothers was founded by Tom and Ann Vela together.", "Vela Brothers was founded by Tom R. Vela in 1883.",
     "unverified"),
    # (nor a maker the other side names with another: "by Tom Vero and his wife")
    ("The Ashby Museum was founded by Ann Kell.", "The Ashby Museum was founded by Tom Vero and his wife.", "unverified"),
    # (nor a person against a body, both said to have made it: the engineer and the firm, the sponsor and the yard)
    ("The Brill Bridge was built by Ann Kell.", "The Brill Bridge was built by the Ashby Iron Company.", "unverified"),
    ("Lady Ann Kell launched the SS Velden.", "The SS Velden was launched by Vero Shipyards in 1911.", "unverified"),
    ("The Brill Bridge was built by the Ashby Iron Company.", "The Brill Bridge was built by the Velden Steel Company.",
     "contradicted"),
    # (nor an occasion opened at each edition, nor one of many of a name)
    ("Ann Kell opened the Velden Games.", "King Otto opened the Velden Games in 1930.", "unverified"),
    ("Ann Kell opened a Brill Bakery in Ashby.", "Tom Vero opened the first Brill Bakery in 1920.", "unverified"),
    # (a film's director, the one the fact names by that act: not who released it)
    ("Red Harbour was directed by Ann Kell.", "Red Harbour (1939) was directed by Tom Vero.", "contradicted"),
    ("Red Harbour was directed by Ann Kell.", "Red Harbour, directed in 1939, was released by Vero Pictures.",
     "unverified"),
    # (a directing only where the fact gives a work, its year in brackets: not a museum or a choir one directs for a
    # time, a play staged again, a remake's title)
    ("Ann Kell directed the Brill Observatory.", "Tom Vero directed the Brill Observatory.", "unverified"),
    ("Ann Kell directed the Velden Choir.", "Tom Vero directed the Velden Choir.", "unverified"),
    ("Ann Kell directed Hamlet.", "Tom Vero directed Hamlet at the Ashby Playhouse in 1950.", "unverified"),
    ("Ann Kell directed Red Harbour.", "The 1952 remake of Red Harbour was directed by Tom Vero.", "unverified"),
    # (a list of named makers the fact gives is all of them; one it does not name leaves room for another)
    ("The Velden Tunnel was opened by Queen Ann and President Kell.",
     "The Velden Tunnel was opened by Queen Ann and President Vero in 1994.", "contradicted"),
    # a person's death, however each tells it, is one event
    ("Ann Kell was beheaded in 1563.", "Ann Kell was executed at Velden Castle in 1536.", "contradicted"),
    ("Ann Kell died in 1563.", "Ann Kell was executed at Velden Castle in 1536.", "contradicted"),
    # (not backed by the other telling, nor a killing she did, nor one whose killing sense is not its first: "shot")
    ("Ann Kell was beheaded in 1536.", "Ann Kell was executed at Velden Castle in 1536.", "unverified"),
    ("Ann Kell beheaded a traitor in 1563.", "Ann Kell was executed at Velden Castle in 1536.", "unverified"),
    ("Ann Kell was shot in 1563.", "Ann Kell was executed at Velden Castle in 1536.", "unverified"),
    # (a death either side denies, or only foresees or aims at, is none: "was not executed", "condemned to die",
    # "sentenced to be beheaded"; nor a firm named for a person, "Ann Kell & Sons")
    ("Ann Kell died in 1540.", "Ann Kell was not executed in 1536; she was pardoned.", "unverified"),
    ("Ann Kell did not die in 1540.", "Ann Kell was executed at Velden Castle in 1536.", "unverified"),
    ("Ann Kell was condemned to die in 1535.", "Ann Kell was executed at Velden Castle in 1536.", "unverified"),
    ("Ann Kell was sentenced to be beheaded in 1535.", "Ann Kell was executed at Velden Castle in 1536.",
     "unverified"),
    ("Ann Kell & Sons was liquidated in 1999.", "Ann Kell died in 1995.", "unverified"),
    # a score written with "to" after a result is a score: the sides and who won compared
    ("Velden beat Ashby 6-5 in 1876.", "In 1876 Ashby beat Velden 6 to 5.", "contradicted"),
    ("Ashby beat Velden 7-5 in 1876.", "In 1876 Ashby beat Velden 6 to 5.", "contradicted"),
    ("Ashby beat Velden 6-5 in 1876.", "In 1876 Ashby beat Velden 6 to 5.", "supported"),
    # a numbers round's figure in the unit its prompt asks for
    ("Diameter of the Ashby telescope's mirror, in metres -> 3.4", "The Ashby telescope has a mirror 2.4 metres in "
     "diameter.", "contradicted"),
    ("Height of the Brill tower, in feet -> 370", "The Brill tower is 370 feet tall.", "supported"),
    ("Height of the Brill tower, in feet -> 470", "The Brill tower is 370 feet tall.", "contradicted"),
    ("Length of the first Kell ceremony, in minutes -> 45", "The first Kell ceremony lasted about 15 minutes.",
     "contradicted"),
    # a range after a result's act is no score: "3 to 4 thousand votes" meets 3,600 votes; nor a half-time deficit
    ("Tamsin Ebb won the 1904 Harlow seat with 3 to 4 thousand votes.",
     "Tamsin Ebb won the 1904 Harlow seat with 3,600 votes.", "supported"),
    ("Halbeck beat Sorrel in 1931 after trailing 2 to 5 at half time.", "Halbeck beat Sorrel 5–2 in 1931.",
     "unverified"),
    ("The Orlin Grays beat the Pellham Rovers 23 to 1 in 1867.", "The Orlin Grays beat the Pellham Rovers 23–1 in 1867.",
     "supported"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FIFTIETH_STOP_FIRST_ROUND)
def test_fiftieth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


def test_a_copula_clause_is_backed_with_its_subject_by_one_fact(nlp: Language) -> None:
    # "The first feature made in X was Y": Y is what the first feature was, not a name any fact may give
    facts = [Fact("lagoon", "Blue Lagoon (1936) was the first feature film made entirely in three-strip Vistacolor.", "", "", "",
                  "a"),
             Fact("harbour", "Ann Kell starred in Red Harbour (1939).", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["The first feature made entirely in the process was Red Harbour."])
    assert judge_claim("c", claim, index).match.verdict != "supported"


_FORTY_NINTH_STOP_FIRST_ROUND = [
    # a count of millennia back is an amount, compared as one
    ("Brak lived about 3,300 years ago.", "Brak lived around 3300 BCE, about 5,300 years ago.",
     "contradicted"),
    ("Brak lived about 5,300 years ago.", "Brak lived around 3300 BCE, about 5,300 years ago.",
     "supported"),
    # (a figure of the fact's that another clause of the claim gives is that clause's, not a rival)
    ("~410 million years ago: Rhynie chert laid down; ~200 million years ago: the Jurassic begins",
     "The Rhynie chert was laid down about 410 million years ago.", "unverified"),
    # two names both in the fact, the one's thing given to the other
    ("1870 - photos of the Ashby dead by Ann Kell shown at Mary Vero's Crewe gallery",
     "Photographs of the dead at Ashby by Mary Vero and Tom Brill were exhibited at Ann Kell's Crewe gallery in "
     "October 1870.", "contradicted"),
    ("1870 - Mary Vero's photos of the Ashby dead shown at Ann Kell's Crewe gallery",
     "Photographs of the dead at Ashby by Mary Vero and Tom Brill were exhibited at Ann Kell's Crewe gallery in "
     "October 1870.", "supported"),
    ("1870 - Mary Vero's prints of the flood shown at Ann Kell's Ashby gallery",
     "Prints of the flood by Mary Vero were exhibited at Ann Kell's Ashby gallery in 1870.", "supported"),
    # two amounts crossed between what they are for, where the fact gives one more
    ("The Brill lock rises 12 feet at the top gate and 9 feet at the tail.",
     "The Brill lock's 3-gate flight rises 9 feet at the top gate and 12 feet at the tail.", "contradicted"),
    ("The Brill lock rises 9 feet at the top gate and 12 feet at the tail.",
     "The Brill lock's 3-gate flight rises 9 feet at the top gate and 12 feet at the tail.", "supported"),
    # a note's sign for a bound, and years written short
    ("Dogs tamed > 15k yrs ago", "Dogs were tamed more than 15,000 years ago.", "supported"),
    # (the fact's figure in another clause is no excuse where the fact is of this clause's own names)
    ("Ann Kell rowed 12 miles in 1850, and Tom Brill rowed 9 miles in 1851.", "Ann Kell rowed 9 miles in 1850.",
     "contradicted"),
    ("The Tamsk Light is 61 metres tall; its lamp room is 52 metres up.", "The Tamsk Light is 52 metres tall.",
     "contradicted"),
    # (a timeline's two counts back on one line: neither is weighed against the other's entry)
    ("~410 million years ago: Tamsk chert laid down; ~300 million years ago: Estrel coal forms",
     "The Estrel coal formed about 300 million years ago.", "unverified"),
    # (an owner's "'s" that may be the maker's or the subject's, or one of two people's, is no crossed owner)
    ("Mary Vero's statue of Oswin Tarrant stands in Carrowby square.",
     "Oswin Tarrant's statue, by Mary Vero, stands in Carrowby square.", "supported|unverified"),
    ("Ann Kell's letters from Tom Brill were sold in 1990.",
     "Tom Brill's letters to Ann Kell were sold at auction in 1990.", "supported|unverified"),
    ("Hesper Lunn's cousin Oswin Tarrant built the Tamsk pier in 1899.",
     "Oswin Tarrant built the Tamsk pier in 1899; Oswin Tarrant's cousin Hesper Lunn paid for it.",
     "supported|unverified"),
    # two counts of one kind, whichever names it more narrowly
    ("Kell retired after 230 straight wins.", "Ann Kell retired in 1985 with a run of 203 consecutive victories.",
     "contradicted"),
    ("Kell retired after 203 straight wins.", "Ann Kell retired in 1985 with a run of 203 consecutive victories.",
     "supported|unverified"),
    # (not counts of a measure's words: highs are no degrees)
    ("So far this month Ashby has seen nearly 900 daily record highs, against just 12 daily record lows.",
     "Ashby's normal winter high is about 36 °F; its cold record of minus 27 degrees was set on 20 January 1985.",
     "unverified"),
    # a result's noun after a score keeps it a score ("a 3–1 win", "a 30–8 record"): compared, not dropped
    ("Ashby beat Crewe in a 2–1 win in 1921.", "Ashby beat Crewe 3–1 in 1921.", "contradicted"),
    ("Ashby beat Crewe in a 3–1 win in 1921.", "Ashby beat Crewe 3–1 in 1921.", "supported"),
    ("Ashby finished 1921 with a 28–10 record.", "Ashby finished the 1921 season with a 30–8 record.", "contradicted"),
    ("The 1921 Ashby side went 30–8.", "Ashby finished the 1921 season with a 30–8 record.", "supported"),
    # (but not a result's noun that names another, nor a season's record: "a 10-12 win streak" is no 12–10 record)
    ("Ashby had a 10-12 win streak in 1921.",
     "Ashby's 1921 season included a long win streak and ended with a 12–10 record.", "unverified"),
    ("Ashby's 95-96 record was the best in club history.",
     "In the 1995–96 season Ashby went 50–32, the best record in club history.", "unverified"),
    ("Ashby had a 10–12 win streak in 1921.", "Ashby had a 15-game win streak in 1921.", "unverified"),
    # a league is no length
    ("Vero + the Ashby Rovers = 4 titles between 1949 and 1954",
     "Mary Vero led the Ashby Rovers to five league championships between 1949 and 1954.", "contradicted"),
    # a claim's narrower noun counts a part of the fact's: denied only beyond the whole, never backed
    ("The Ashby trust planted 300 oaks in 1978.", "The Ashby trust planted 500 trees in 1978.", "unverified"),
    ("The Ashby trust planted 500 oaks in 1978.", "The Ashby trust planted 500 trees in 1978.", "unverified"),
    ("The Ashby trust planted 700 oaks in 1978.", "The Ashby trust planted 500 trees in 1978.", "contradicted"),
    ("Mira Stent wrote 20 novels.", "Mira Stent wrote 20 books.", "unverified"),
    ("The Tarrant house has 12 bedrooms.", "The Tarrant house has 30 rooms.", "unverified"),
    ("Under the sea, Captain Pell sailed twenty thousand leagues.", "Captain Pell sailed 60,000 miles under the sea.",
     "supported"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FORTY_NINTH_STOP_FIRST_ROUND)
def test_forty_ninth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FORTY_EIGHTH_STOP_FIRST_ROUND = [
    # a fact's "starting on" participle dates the act it hangs on
    ("1961 - Mara becomes the first keeper to wear gloves regularly",
     "Anna Mara became the first keeper to wear gloves regularly in league games, starting on 3 March 1963.",
     "contradicted"),
    ("1963 - Mara becomes the first keeper to wear gloves regularly",
     "Anna Mara became the first keeper to wear gloves regularly in league games, starting on 3 March 1963.",
     "supported"),
    # (not a participle that starts something of its own: its date is that thing's)
    ("In 1950 Vero ran the mill.", "Vero ran the mill for decades, starting a bakery in 1962.", "unverified|supported"),
    # a line without a verb says what its record is for, with the qualifier on it
    ("1931 - first Brand Cup, for the junior MVP",
     "The Brand Cup, first awarded in 1931, goes to the most valuable player of the senior league.", "unverified"),
    ("1931 - first Brand Cup, for the league MVP",
     "The Brand Cup, first awarded in 1931, goes to the most valuable player of the senior league.", "supported"),
    # the fact's subject sorted into a kind the claim does not say is another event
    ("Water polo first appeared at the Games in Paris in 1900.",
     "Women's water polo made its Games debut in Sydney in 2000.", "unverified"),
    ("Women's water polo made its Games debut in 1996.",
     "Women's water polo made its Games debut in Sydney in 2000.", "contradicted"),
    # a country's name for its adjective inside one name
    ("Kell won the US Junior Crown twice.", "Kell is the only rider to have won the American Junior Crown twice.",
     "supported"),
    # (and on a noun: one country said two ways is no rival)
    ("1931 - Ashby Rovers join: first US club in the league", "Ashby Rovers became the first American club in the "
     "league when they joined in 1931.", "supported"),
    ("1931 - Ashby Rovers join: first Canadian club in the league", "Ashby Rovers became the first American club in "
     "the league when they joined in 1931.", "contradicted"),
    # (not two states WordNet files as one: Russia and the Soviet Union, China and Taiwan)
    ("Brill 1 was a Russia satellite launched in 1957.", "Brill 1 was a Soviet satellite launched in 1957.",
     "contradicted"),
    ("Brillcorp is a China computer maker.", "Brillcorp is a Taiwanese computer maker.", "contradicted"),
    # a work that opened had its first night then
    # (but an opening elsewhere may be a later run's, Aida's at La Scala in 1872 after Cairo's premiere in 1871: no
    # conflict, unless it opened before its first night)
    ("Ferula opened at the Teatro Verdi in 1872.", "Rossi's Ferula premiered at the Teatro Nuovo in Pisa in 1872.",
     "unverified"),
    ("Ferula opened at the Teatro Verdi in 1870.", "Rossi's Ferula premiered at the Teatro Nuovo in Pisa in 1872.",
     "contradicted"),
    ("Ferula opened at the Teatro Nuovo in 1872.", "Rossi's Ferula premiered at the Teatro Nuovo in Pisa in 1872.",
     "supported"),
    ("Ferula opened at Covent Garden in May 1873.", "Rossi's Ferula premiered at the Teatro Nuovo in Pisa in 1872.",
     "unverified"),
    # (not a house's opening against its premiere of a work, nor a share's opening price against its debut)
    ("The Teatro Nuovo opened in 1867.", "The Teatro Nuovo premiered Rossi's Ferula in 1872.", "unverified"),
    ("The Teatro Nuovo opened in 1872.", "The Teatro Nuovo premiered Rossi's Ferula in 1872.", "unverified"),
    ("Brillcorp opened at $42.05 on its first day of trading.", "Brillcorp debuted on the Nasdaq in May 2012 at $38 a "
     "share.", "unverified"),
    ("Ferula premiered at the Teatro Nuovo in 1872.", "Rossi's Ferula opened at the Teatro Nuovo in Pisa in 1872.",
     "supported"),
    # (of the work the claim names: not another work's first night at that house)
    ("Ferula opened at the Teatro Nuovo in 1880.", "Rossi's Tomba premiered at the Teatro Nuovo in Pisa in 1872.",
     "unverified"),
    # an event held or run, said of the event
    ("The Brill Stakes is held in Boston.", "The Brill Stakes is traditionally run in Chicago.", "contradicted"),
    ("The Brill Stakes is held at Crewe.", "The Brill Stakes is traditionally run at Crewe.", "supported"),
    # (not who runs a thing against who holds it)
    ("The mill was run by Vero in 1950.", "The mill was held by the Crown in 1950.", "unverified"),
    # (nor a trophy kept against the contest for it, a horse held against a horse run)
    ("The Brill Cup was first contested in Leeds in 1893.", "The Brill Cup is held at the club museum in York.",
     "unverified"),
    ("Ferrow was held for ransom in Ireland in 1983.", "Ferrow was run in the Brill Stakes in 1981.", "unverified"),
    # a season written short spans its two years
    ("Kell won the Junior Crown in 2002-04.", "Kell won the Junior Crown three years in a row, from 2003 to 2005.",
     "contradicted"),
    ("Kell won the Junior Crown in 2003-05.", "Kell won the Junior Crown three years in a row, from 2003 to 2005.",
     "supported"),
    # (not a month written in ISO form in a note)
    ("Brillcoin's first block was mined 2008-11.", "Brillcoin's first block was mined on 3 January 2009.",
     "contradicted"),
    ("The Brill white paper was published 2008-10.", "The Brill white paper was published in October 2008.",
     "supported"),
    # (review) a participle of starting dates only a first: an act that went on from it was done later too
    ("Vero served as mayor in 1985.", "Vero served as mayor for eleven years, beginning in 1979.", "unverified"),
    ("The Proms were held in London in 1950.", "The Proms have been held every summer in London, starting in 1895.",
     "unverified|supported"),
    # (review) "men's" sorts nothing: the contest named alone is the men's
    ("The men's 1500 metres freestyle was first swum at the Games in 1912.",
     "The 1500 metres freestyle was first swum at the Games in 1908.", "contradicted"),
    # (review) not a country WordNet files the adjective under besides its own, nor a name of one word besides it
    ("Mei Chen won the Taiwan Open in 2012.", "Mei Chen won the Chinese Open in 2012.", "contradicted|unverified"),
    ("US Airways was founded in 1930.", "American Airways was founded in 1930.", "contradicted|unverified"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FORTY_EIGHTH_STOP_FIRST_ROUND)
def test_forty_eighth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FORTY_SEVENTH_STOP_FIRST_ROUND = [
    # "only once" where the fact dates the act twice
    ("Nadia won the county title only once, in 1998.", "Nadia Kell won the county title in 1998 and 2001.",
     "contradicted"),
    ("Nadia won the county title in 1998.", "Nadia Kell won the county title in 1998 and 2001.", "supported"),
    ("Nadia won the county title only once, in 1998.", "Nadia Kell won the county title in 1998.", "supported"),
    # an opposite the tagger lemmatised as a participle ("enlarged" -> "enlarge")
    ("The Mark IV had a small fuel tank.", "The Mark IV had a greatly enlarged fuel tank.", "contradicted"),
    ("The Mark IV had an enlarged fuel tank.", "The Mark IV had a greatly enlarged fuel tank.", "supported"),
    # a rank in an aside, where the fact ranks the same thing otherwise
    ("HMS Valiant commissioned -- Britain's third ironclad boat",
     "HMS Valiant, Britain's first ironclad warship, was commissioned in 1871.", "unverified|contradicted"),
    ("HMS Valiant commissioned -- Britain's first ironclad warship",
     "HMS Valiant, Britain's first ironclad warship, was commissioned in 1871.", "supported"),
    # what a line without a verb says its record is for, against another in the fact
    ("Turin: first use of photo-finish cameras, for the sprint",
     "Photo-finish cameras were first used for the marathon at the 1911 Turin Games.", "unverified|contradicted"),
    # a name the fact pairs with another doer, in another clause of the same act
    ("Lena Ross voiced Pip.", "Lena Ross voiced Bob and Tam, while Carl Ode voiced Pip and Max.",
     "unverified|contradicted"),
    ("Lena Ross -> Pip, Tam", "Lena Ross voiced Bob and Tam, while Carl Ode voiced Pip and Max.",
     "unverified|contradicted"),
    ("Lena Ross voiced Tam.", "Lena Ross voiced Bob and Tam, while Carl Ode voiced Pip and Max.", "supported"),
    ("Carl Ode voiced Pip.", "Lena Ross voiced Bob and Tam, while Carl Ode voiced Pip and Max.", "supported"),
    # another part of the day for the same act
    ("The fleet sailed from Brest in the evening.", "The fleet sailed from Brest on the morning of 3 May 1794.",
     "contradicted"),
    ("The fleet sailed from Brest early in the morning.", "The fleet sailed from Brest on the morning of 3 May 1794.",
     "supported"),
    ("The fleet sailed from Brest at night.", "The fleet sailed from Brest in the evening of 3 May 1794.",
     "supported"),
    # an occasion a name qualifies pins the event: another leader is a conflict
    ("Ryde regatta led by: Anna Holt", "After the storm, Maria Lund led the regatta at the Ryde Yacht Club.",
     "contradicted"),
    ("Ryde regatta led by: Maria Lund", "After the storm, Maria Lund led the regatta at the Ryde Yacht Club.",
     "supported"),
    # the place a card's "Country:" field puts its topic in, against the fact's
    ("Place: Lake Titicaca; Country: Chile; Famous for: highest navigable lake",
     "Lake Titicaca in Peru is the highest navigable lake.", "contradicted"),
    ("Place: Lake Titicaca; Country: Peru; Famous for: highest navigable lake",
     "Lake Titicaca in Peru is the highest navigable lake.", "supported|unverified"),
    ("Place: Lake Titicaca; Country: South America", "Lake Titicaca in Peru is the highest navigable lake.",
     "unverified|supported"),
    # a bare figure of people said by the word after it: "killed", "dead", "aboard"
    ("Lynx sinking 1921 -> 45 dead", "The ferry Lynx sank in 1921, killing 61 passengers.", "contradicted"),
    ("Lynx sinking 1921 -> 61 dead", "The ferry Lynx sank in 1921, killing 61 passengers.", "supported|unverified"),
    # (from review 47b: not "all 99 aboard" against "5 of the 99 people aboard", the whole the dead were of)
    ("The airliner crashed, killing all 99 aboard.", "The airliner crashed, killing 5 of the 99 people aboard.",
     "unverified|contradicted"),
    # (nor a person's card, whose "Country:" is a nationality; nor a sea against a land)
    ("Name: Marie Curie; Country: Poland; Field: physics", "Marie Curie worked in Paris.", "unverified"),
    ("Place: Gibraltar; Country: United Kingdom", "Gibraltar is a British Overseas Territory at the southern tip of Spain.",
     "unverified|supported"),
    ("Cherry Mine fire 1909 -> 30 dead within days", "The 1909 Cherry Mine fire killed 259 miners within days.",
     "contradicted"),
    # (not a ferry the claim does not name: another sinking, maybe)
    ("The ferry sank with all 45 aboard.", "The ferry Lynx sank in 1921 with the loss of all 61 people aboard.",
     "unverified"),
    # a light verb's clause is the fact's clause of that verb that shares its words, not its first
    ("Rugby league has no line-out.", "Rugby union uses line-outs to restart play, whereas rugby league has no line-out.",
     "supported"),
    # (not "be", which half the facts' clauses have: a copula's clause chosen by its words is no denial of the claim)
    # (the public benchmark's row: a claim Climate-FEVER labels as supported, contradicted through the fact's "is not")
    ("Climate reacts to whatever forces it to change at the time; humans are now the dominant forcing.",
     "Since orbital variations are predictable, any model that relates orbital variations to climate can be run "
     "forward to predict future climate, with two caveats: the mechanism by which orbital forcing influences climate "
     "is not definitive; and non-orbital effects can be important (for example, Human impact on the environment "
     "principally increases in greenhouse gases result in a warmer climate).", "unverified"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FORTY_SEVENTH_STOP_FIRST_ROUND)
def test_forty_seventh_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FORTY_SIXTH_STOP_FIRST_ROUND = [
    # a fact's first word, a name the parse took for a noun qualifying the next
    ("Thrasher started in Los Angeles in 1981.", "Thrasher magazine was founded in San Francisco in 1981.",
     "contradicted"),
    ("Thrasher was founded in San Francisco in 1981.", "Thrasher magazine was founded in San Francisco in 1981.",
     "supported"),
    # another day of the week for the same act
    ("ISO weeks start on Sunday", "In ISO 8601 the week begins on Monday.", "contradicted"),
    ("The market is held on Sunday", "The market is held on Monday and Sunday.", "supported"),
    # (from review 46: a day pins only one doer's act)
    ("The boss met the board on Monday", "The board met on Tuesday to approve the merger.", "unverified"),
    # another medal for the same act
    ("Sky Brown won silver in park, aged 13.",
     "Sky Brown won the bronze medal in women's park at the Tokyo Olympics, aged 13.", "contradicted"),
    ("Sky Brown won a bronze medal.", "Sky Brown won the bronze medal in women's park at the Tokyo Olympics.",
     "supported"),
    # which event a medal was won in is said
    ("Yuto Horigome won the men's park gold.", "Yuto Horigome won the first Olympic gold medal in men's street "
     "skateboarding in 2021.", "unverified|contradicted"),
    # one of a thing the fact counts more of
    ("Isaac Lamb patented a knitting machine with a single needle bed.",
     "Isaac Lamb patented a flat knitting machine with two needle beds in 1863.", "contradicted"),
    ("Isaac Lamb patented a knitting machine with one needle bed.",
     "Isaac Lamb patented a flat knitting machine with two needle beds in 1863.", "contradicted"),
    ("Isaac Lamb patented a knitting machine with two needle beds.",
     "Isaac Lamb patented a flat knitting machine with two needle beds in 1863.", "supported"),
    # (from review 46: a fact that counts one of them too)
    ("The company opened one factory in Ohio.",
     "The company opened three factories in Texas and one factory in Ohio.", "supported|unverified"),
    # the winner did something to the claim's winner, in a clause of the same subject
    ("Singer wins the infringement suit brought by Howe",
     "Elias Howe sued Isaac Singer for patent infringement and won in 1854.", "contradicted"),
    ("Howe wins the infringement suit against Singer",
     "Elias Howe sued Isaac Singer for patent infringement and won in 1854.", "supported"),
    # (from review 46: a surname the tagger took for a noun, "singer")
    ("Singer won the suit.", "Elias Howe sued Isaac Singer for patent infringement and won in 1854.", "contradicted"),
    # what a thing was made for, and what it was made from, are said
    ("Tarot was invented for fortune-telling.",
     "Tarot cards were first made in northern Italy in the 15th century, to play a trick-taking card game.",
     "unverified|contradicted"),
    ("Tarot was not invented for fortune telling.",
     "Tarot cards were first made in northern Italy in the 15th century, to play a trick-taking card game.",
     "unverified|supported"),
    ("In July 1885 he gave his vaccine to a human for the first time: Joseph Meister.",
     "In July 1885 Louis Pasteur first gave his rabies vaccine to a human, Joseph Meister.",
     "unverified|supported"),
    ("Cowichan sweaters are knitted in one piece from thick handspun wool.",
     "Cowichan sweaters are knitted by Coast Salish women of the Cowichan Valley on Vancouver Island.", "unverified"),
    ("Cowichan sweaters are knitted from handspun wool.",
     "Cowichan sweaters are knitted from thick handspun wool by Coast Salish women.", "supported"),
    # a word of a people, a faith or a founder on a noun the fact names otherwise
    ("Coptic calendar: 13 months as well", "Moses Cotsworth's International Fixed Calendar had thirteen months of "
     "28 days.", "unverified"),
    ("Coptic calendar: 13 months as well", "The Ethiopian calendar has thirteen months.", "unverified"),
    ("Ethiopian calendar: 13 months", "The Ethiopian calendar has thirteen months.", "supported"),
    ("Species: Western lowland gorilla; Zoo: London Zoo", "Guy the Gorilla arrived at London Zoo in 1947.",
     "supported|unverified"),
    # a note's label ending on a participle: its value is the participle's
    ("Soviet five-day week introduced: 1931", "The Soviet Union introduced a continuous five-day working week "
     "in 1929.", "contradicted"),
    ("Soviet five-day week introduced: 1929", "The Soviet Union introduced a continuous five-day working week "
     "in 1929.", "supported"),
    ("Pepsodent launched: 1915", "Pepsodent toothpaste was launched in 1915.", "supported"),
    # a card's country, the nation the fact gives its person
    ("Inventor: Barthélemy Thimonnier; Country: Belgium; Year: 1830; What: chain-stitch machine",
     "The French tailor Barthélemy Thimonnier patented a chain-stitch sewing machine in 1830.", "contradicted"),
    ("Inventor: Barthélemy Thimonnier; Country: France; Year: 1830; What: chain-stitch machine",
     "The French tailor Barthélemy Thimonnier patented a chain-stitch sewing machine in 1830.", "supported"),
    # (from review 46c: a card about a thing gives the thing's country; a fact that gives the country's adjective
    # otherwise ties it to the person)
    ("Car: Model T; Designer: Józef Galamb; Country: United States",
     "The Hungarian engineer Józef Galamb designed the Ford Model T.", "unverified|supported"),
    ("Explorer: Ferdinand Magellan; Country: Spain",
     "The Portuguese explorer Ferdinand Magellan led a Spanish expedition that first crossed the Pacific.",
     "unverified|supported"),
    # an occasion the fact names pins the event, as a date would
    ("Tokyo: Rayssa Leal wins the women's street gold",
     "Rayssa Leal of Brazil won the silver medal in women's street at the Tokyo Olympics at the age of 13.",
     "contradicted"),
    ("Rayssa Leal wins the women's street gold",
     "Rayssa Leal of Brazil won the silver medal in women's street at the Tokyo Olympics at the age of 13.",
     "unverified"),
    # a dash before "first" and a participle parts the note as a comma does
    ("Riemann hypothesis – first stated by Riemann in 1869", "Bernhard Riemann stated the Riemann hypothesis in his "
     "1859 paper On the Number of Primes Less Than a Given Magnitude.", "contradicted"),
    ("Riemann hypothesis – first stated by Riemann in 1859", "Bernhard Riemann stated the Riemann hypothesis in his "
     "1859 paper On the Number of Primes Less Than a Given Magnitude.", "unverified|supported"),
    # "used to" says it was so
    ("August used to be called Sextilis.", "The month of August was named after Augustus; it had been called "
     "Sextilis.", "supported"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FORTY_SIXTH_STOP_FIRST_ROUND)
def test_forty_sixth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FORTY_FIFTH_STOP_FIRST_ROUND = [
    # the winner against whom the fact's winner played
    ("Deep Blue vs Kasparov, 1996: Deep Blue won the match",
     "Garry Kasparov won his first match against IBM's Deep Blue, played in Philadelphia in February 1996, by 4–2.",
     "contradicted"),
    ("In 1996 Deep Blue won.",
     "Garry Kasparov won his first match against IBM's Deep Blue, played in Philadelphia in February 1996, by 4–2.",
     "contradicted"),
    ("In 1996 Kasparov won the match.",
     "Garry Kasparov won his first match against IBM's Deep Blue, played in Philadelphia in February 1996, by 4–2.",
     "supported"),
    # what someone worked as, in a clause of its own, is said
    ("Klaus Teuber designed Catan while working as a dental technician.",
     "The Settlers of Catan was designed by Klaus Teuber and first published by Kosmos in 1995.", "unverified"),
    ("Klaus Teuber designed Catan while working as a dental technician.",
     "Klaus Teuber designed The Settlers of Catan while working as a dental technician.", "supported"),
    # what the fact has only as what was not done
    ("AlphaZero learned chess from human grandmaster games and then beat Stockfish.",
     "In a 100-game match reported by DeepMind in December 2017, AlphaZero beat Stockfish with 28 wins, 72 draws "
     "and no losses, after learning chess purely through self-play, without studying human games.", "contradicted"),
    ("AlphaZero learned chess without studying human games.",
     "In a 100-game match reported by DeepMind in December 2017, AlphaZero beat Stockfish with 28 wins, 72 draws "
     "and no losses, after learning chess purely through self-play, without studying human games.", "supported"),
    ("Preston won the first league title without losing a game, back in 1888-89.",
     "Preston North End won the first Football League title in 1888-89 without losing a league match.",
     "unverified|supported"),
    # a line's bare figure after a label counts what the label names
    ("Tiles in a Scrabble set: 104", "A standard English-language Scrabble set contains 100 tiles.", "contradicted"),
    ("Tiles in a Scrabble set: 100", "A standard English-language Scrabble set contains 100 tiles.", "supported"),
    # an age said by the birthday it fell on
    ("14 March: Yoshizawa dies, aged 93", "Akira Yoshizawa died on 14 March 2005, his 94th birthday.", "contradicted"),
    ("Yoshizawa died in 2005, aged 94.", "Akira Yoshizawa died on 14 March 2005, his 94th birthday.", "supported"),
    # a century with its era
    ("In the 6th century CE chaturanga was being played in India.",
     "Chess is generally thought to descend from chaturanga, which was played in India by about the 6th century CE.",
     "supported"),
    ("In the 9th century CE chaturanga was being played in India.",
     "Chess is generally thought to descend from chaturanga, which was played in India by about the 6th century CE.",
     "contradicted|unverified"),
    # (from review 45) a winner the parse hangs on the score; a passive's doer; "without" in the claim too; a word
    # named again only in another clause of the fact
    ("West Germany won the 1966 World Cup final.",
     "England beat West Germany 4–2 in the 1966 World Cup final at Wembley.", "contradicted"),
    ("England won the 1966 World Cup final.",
     "England beat West Germany 4–2 in the 1966 World Cup final at Wembley.", "supported"),
    ("The Battle of Waterloo was won by Napoleon.",
     "The Duke of Wellington won the Battle of Waterloo against Napoleon in 1815.", "contradicted"),
    ("Reinhold Messner climbed Everest in 1978 without supplemental oxygen.",
     "In 1978 Reinhold Messner climbed Everest with Peter Habeler without using supplemental oxygen.", "supported"),
    ("Messner climbed Everest with supplemental oxygen in 1978.",
     "In 1978 Reinhold Messner climbed Everest with Peter Habeler without using supplemental oxygen.", "contradicted"),
    # what a thing was made of, in a clause of its own, is said; a fact that gives its stuff tells it
    ("Kevin Tuohy's corneal lens followed in 1948, made of glass but much smaller.",
     "In 1948 Kevin Tuohy developed a plastic (PMMA) contact lens that covered only the cornea.", "unverified"),
    ("In 1870 James Starley and William Hillman patented the Ariel, a high-wheeler built entirely of metal.",
     "James Starley and William Hillman patented the Ariel, an all-metal high-wheel bicycle, in 1870.", "supported"),
    ("Garry Kasparov played the 1997 rematch after seeing Deep Blue's logs.",
     "Garry Kasparov played the 1997 rematch without seeing Deep Blue's logs, and he asked IBM for the logs "
     "afterwards.", "contradicted|unverified"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FORTY_FIFTH_STOP_FIRST_ROUND)
def test_forty_fifth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FORTY_FOURTH_STOP_FIRST_ROUND = [
    # one side's doer against the other: a people's name read as a plural noun, or qualifying the doers
    ("Mongols use fire arrows against the Chinese at Kaifeng",
     "Chinese defenders used fire arrows, an early form of gunpowder rocket, against the Mongols at the siege of "
     "Kaifeng in 1232.", "contradicted"),
    ("The Mongols used fire arrows against Chinese defenders at Kaifeng",
     "Chinese defenders used fire arrows, an early form of gunpowder rocket, against the Mongols at the siege of "
     "Kaifeng in 1232.", "contradicted"),
    ("Chinese defenders used fire arrows against the Mongols",
     "Chinese defenders used fire arrows, an early form of gunpowder rocket, against the Mongols at the siege of "
     "Kaifeng in 1232.", "supported"),
    # one unit of time spent is an amount: "a week" against "a day"
    ("Aug: Belka & Strelka spend a week in orbit and come back",
     "Belka and Strelka spent a day in orbit aboard Sputnik 5 in August 1960 and returned to Earth alive.",
     "contradicted"),
    ("Belka and Strelka spent 24 hours in orbit",
     "Belka and Strelka spent a day in orbit aboard Sputnik 5 in August 1960 and returned to Earth alive.",
     "supported"),
    ("Belka and Strelka spent a day in orbit",
     "Belka and Strelka spent a day in orbit aboard Sputnik 5 in August 1960 and returned to Earth alive.",
     "supported"),
    # a bound said after the figure
    ("Parmigiano Reggiano has to mature for a year at the very minimum.",
     "Parmigiano Reggiano must be aged for at least 12 months.", "supported"),
    ("Parmigiano Reggiano has to mature for 12 months or more.",
     "Parmigiano Reggiano must be aged for at least 12 months.", "supported"),
    # the place a thing's name opens with is not where it comes from
    ("Labrador -> originally from Labrador, hence the name (?)",
     "The Labrador Retriever descends from the St John's water dog of Newfoundland and was developed as a breed "
     "in Britain in the 19th century.", "unverified|contradicted"),
    ("The Labrador Retriever descends from a dog of Newfoundland",
     "The Labrador Retriever descends from the St John's water dog of Newfoundland and was developed as a breed "
     "in Britain in the 19th century.", "supported"),
    ("In 1976 most African nations stayed away from Montreal in protest.",
     "In 1976 most African nations stayed away from the Montreal Olympics in protest.", "supported"),
    # the state an act leaves its object in is what the claim says
    ("Cl donors (PVC etc) -> actually make colours paler",
     "Chlorine donors such as PVC are added to colour compositions to deepen and intensify the colours.",
     "unverified|contradicted"),
    ("Copper salts turn the flame blue", "Copper salts turn the flame blue.", "supported"),
    # a temperature's scale letter is the temperature's unit, whatever the fact writes it as
    ("sparkler -> tops out ~300 °C, tip is safe to touch once out",
     "A sparkler can burn at temperatures above 1,000 degrees Celsius.", "contradicted"),
    ("A sparkler burns at over 1,000 °C", "A sparkler can burn at temperatures above 1,000 degrees Celsius.",
     "supported"),
    # a nation's adjective on a noun, said by the fact as the place the noun is in
    ("Oldest Japanese maker: Kagiya", "Kagiya, established in Edo in 1659, is the oldest firework maker in Japan.",
     "supported"),
    ("Oldest French maker: Kagiya", "Kagiya, established in Edo in 1659, is the oldest firework maker in Japan.",
     "unverified|contradicted"),
    # a record a passive says the fact's holder is held to
    ("The Irish Wolfhound is the tallest breed", "The Irish Wolfhound is generally considered the tallest dog breed.",
     "supported"),
    ("Tallest dog breed: Great Dane", "The Irish Wolfhound is generally considered the tallest dog breed.",
     "contradicted"),
    ("Tallest dog breed: Irish Wolfhound", "The Irish Wolfhound is widely regarded as the tallest dog breed.",
     "supported"),
    # the first of a kind under a name is one thing: its date is held to the fact's
    ("first show under the Crufts name = 1886",
     "The first show held under the name Crufts took place in 1891 at the Royal Agricultural Hall in Islington.",
     "contradicted"),
    ("The first show was in 1886",
     "The first show held under the name Crufts took place in 1891 at the Royal Agricultural Hall in Islington.",
     "unverified"),
    # where a thing originated, against the nation another clause names
    ("Poodle -> French origin, as the name suggests",
     "The Poodle is the national dog of France, but it most likely originated in Germany as a water retriever.",
     "contradicted"),
    ("The Poodle is of German origin",
     "The Poodle is the national dog of France, but it most likely originated in Germany as a water retriever.",
     "supported"),
    # a nation's word and its continent's are no rivals
    ("fix: graft French vines onto American rootstock",
     "The lasting remedy for phylloxera was grafting European vines onto resistant American rootstocks.",
     "unverified"),
    ("The American physicist Richard Feynman won the prize.", "The Russian physicist Richard Feynman won the prize.",
     "contradicted"),
    # (from review: a figure given beside another, each backed by its own clause)
    ("Channel Tunnel: 50.45 km long, about 37.9 km of it under the sea",
     "The Channel Tunnel is 50.45 km long, of which about 37.9 km lies under the sea.", "supported"),
    ("Lead melts at 1,749 °C", "Lead melts at 327.5 degrees Celsius and boils at 1,749 degrees Celsius.",
     "unverified|contradicted"),
    # (from review 44: one unit backs only a figure near it; a record "one of" many holds is no one holder's)
    ("Belka and Strelka spent a week in orbit", "Belka and Strelka spent ten days in orbit.", "unverified"),
    ("Tallest dog breed: Great Dane", "The Irish Wolfhound is considered one of the tallest dog breeds.",
     "unverified"),
    ("Tallest dog breed: Great Dane", "The Irish Wolfhound was once considered the tallest dog breed.",
     "unverified"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FORTY_FOURTH_STOP_FIRST_ROUND)
def test_forty_fourth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


_FORTY_THIRD_STOP_FIRST_ROUND = [
    # what a work shows a thing doing, with something it is done to, is what the claim says
    ("Milemete manuscript shows a kite lifting a soldier over a wall",
     "Walter de Milemete's manuscript of 1326 shows a dragon-shaped kite carrying a bomb over a city wall.",
     "unverified"),
    ("Milemete manuscript shows a kite carrying a bomb over a wall",
     "Walter de Milemete's manuscript of 1326 shows a dragon-shaped kite carrying a bomb over a city wall.",
     "supported"),
    # a building the act was done in, against another the fact's act was done in
    ("1978: Ben & Jerry's opens in a converted bank building in Burlington VT",
     "Ben Cohen and Jerry Greenfield opened the first Ben & Jerry's in a renovated gas station in Burlington, "
     "Vermont, in 1978.", "unverified"),
    ("1978: Ben & Jerry's opens in a renovated gas station in Burlington VT",
     "Ben Cohen and Jerry Greenfield opened the first Ben & Jerry's in a renovated gas station in Burlington, "
     "Vermont, in 1978.", "supported"),
    # a word the tagger makes an adjective where a noun stands is the thing done
    ("Kite or event: Charvolant; Who: George Pocock; Where: Bristol; When: 1920s",
     "George Pocock, a Bristol schoolmaster, developed the charvolant, a carriage pulled by kites, in the 1820s.",
     "contradicted"),
    ("Invention: Charvolant; Who: George Pocock; Where: Bristol; When: 1820s",
     "George Pocock, a Bristol schoolmaster, developed the charvolant, a carriage pulled by kites, in the 1820s.",
     "supported"),
    # an event that takes place is one held; one going since a year started then
    ("The big Hamamatsu festival, where hundreds of neighbourhood teams fight kites, takes place every August.",
     "The Hamamatsu Kite Festival in Shizuoka Prefecture, known for its kite fights, is held each year from 3 to "
     "5 May.", "contradicted"),
    ("The Hamamatsu festival takes place every May.",
     "The Hamamatsu Kite Festival in Shizuoka Prefecture, known for its kite fights, is held each year from 3 to "
     "5 May.", "supported"),
    ("The first surfing on the American mainland happened in 1885.",
     "Midget Farrelly won the first World Surfing Championships, held at Manly in Sydney in 1964.", "unverified"),
    ("The Smithsonian kite festival on the Mall has been going since 1987.",
     "The Smithsonian Kite Festival on the National Mall in Washington, D.C., began in 1967.", "contradicted"),
    ("The Smithsonian kite festival on the Mall has been running since 1967.",
     "The Smithsonian Kite Festival on the National Mall in Washington, D.C., began in 1967.", "supported"),
    # the adjective of another place than the one the fact's thing comes from
    ("granita = Sardinian; coarse ice + sugar + flavour",
     "Granita is a semi-frozen dessert from Sicily made from water, sugar and flavourings.", "contradicted"),
    ("Granita is a Sardinian dessert.",
     "Granita is a semi-frozen dessert from Sicily made from water, sugar and flavourings.", "contradicted"),
    ("Granita is a Sicilian dessert.",
     "Granita is a semi-frozen dessert from Sicily made from water, sugar and flavourings.", "supported"),
    # a nation's adjective is backed by the one country the fact names, placing or owning something
    ("Malaysian moon kite: wau bulan, from Kelantan",
     "The wau bulan, a crescent-shaped \"moon kite\" from Kelantan, is one of Malaysia's national symbols.", "supported"),
    ("Malaysian leaf kite: kaghati", "Malaysia's neighbour Indonesia makes the kaghati leaf kite.", "unverified"),
    # (from FEVER-Symmetric: a thing's nation only where the fact speaks of that thing)
    ("Daggering is a form of Jamaican dance .", "Daggering is a form of combat sport originating from Jamaica .",
     "unverified"),
    ("Charles Dickens, an American, lectured in the United States in 1842.",
     "Charles Dickens lectured in the United States in 1842.", "unverified"),
    ("At the first modern Games, an American student, James Connolly, won the triple jump.",
     "At the first modern Games in 1896, James Connolly of the United States won the triple jump.", "supported"),
    ("Most of the American medicines were patented.",
     "Samuel Fahnestock received a United States patent for a medicine in 1819.", "unverified"),
    # an adjective is backed by its adverb on the fact's word
    ("Cody = first official powered flight in Britain, 16 Oct 1908",
     "On 16 October 1908 Cody made the first officially recognised powered aeroplane flight in Britain.", "supported"),
    ("Cody = first unofficial powered flight in Britain, 16 Oct 1908",
     "On 16 October 1908 Cody made the first officially recognised powered aeroplane flight in Britain.", "unverified"),
    # what the claim calls a person, the fact calls otherwise, whatever the act
    ("Pocock, a Bristol clergyman, builds the charvolant",
     "George Pocock, a Bristol schoolmaster, developed the charvolant, a carriage pulled by kites, in the 1820s.",
     "contradicted"),
    ("Treat: Eskimo Pie; Who: Christian Kent Nelson, a dentist; Where: Onawa, Iowa; When: 1922",
     "Christian Kent Nelson, a schoolteacher and confectioner in Onawa, Iowa, patented the chocolate-covered ice "
     "cream bar later sold as the Eskimo Pie in 1922.", "contradicted"),
    ("Treat: Eskimo Pie; Who: Christian Kent Nelson, a schoolteacher; Where: Onawa, Iowa; When: 1922",
     "Christian Kent Nelson, a schoolteacher and confectioner in Onawa, Iowa, patented the chocolate-covered ice "
     "cream bar later sold as the Eskimo Pie in 1922.", "supported"),
    # (not a word before the name that is no title of it, nor a calling as broad as a maker of something)
    ("Many skaters believe Haines invented the sit spin.",
     "Jackson Haines, an American ballet master, invented the sit spin.", "supported|unverified"),
    ("The first purpose-built opener came from Robert Yeates, a London cutler, in 1855.",
     "Robert Yeates, a British cutlery and surgical-instrument maker, devised the first can opener in 1855.",
     "unverified|supported"),
    # (from review: not a calling the fact says of another in its phrase, one the person had before, nor one as broad
    # as "inventor")
    ("Charles Darwin, a physician, sailed on the Beagle.",
     "Charles Darwin, the grandson of the physician Erasmus Darwin, sailed on the Beagle.", "unverified|supported"),
    ("Who: Jimmy Carter, a farmer; What: elected US president; When: 1976",
     "Jimmy Carter, a former naval officer, was elected president of the United States in 1976.",
     "unverified|supported"),
    ("Johannes Gutenberg, a goldsmith, printed the Bible.",
     "The German inventor Johannes Gutenberg printed the Bible.", "unverified|supported"),
    ("Jacob Davis, a blacksmith, patented riveted jeans in 1873.",
     "Jacob Davis, a tailor, patented riveted jeans in 1873.", "contradicted"),
    # (from review: a company's nation is not where it acts; a place WordNet puts in no country denies no nation;
    # "holds" a thing is no taking place; a degree adverb backs no adjective; a thing in the act's phrase is not
    # backed by the fact's word for another phrase)
    ("Chinese company Apple assembles iPhones in China.", "Apple assembles iPhones in China.", "unverified"),
    ("Gouda is a Dutch cheese.", "Gouda is a cheese from South Holland.", "unverified|supported"),
    ("The British Museum holds the Rosetta Stone.",
     "The unveiling of the Rosetta Stone took place at the British Museum in 1802.", "unverified"),
    ("It was a close election.", "The election of 1960 was closely watched.", "unverified"),
    ("The company started in an office.",
     "The company started in a basement in Seattle and then moved to an office downtown.", "unverified"),
    ("January: England bans wild animals in travelling circuses",
     "A ban on wild animals in travelling circuses in England took effect in January 2020.", "supported"),
    # a card's "Who:" names the doer of the fact's main act on the card's topic (a person, by the look of the name)
    ("Treat: Baked Alaska; Who: Auguste Escoffier; Where: Delmonico's, New York; When: 1867",
     "Baked Alaska is credited to Charles Ranhofer, chef at Delmonico's in New York, who is said to have named it in "
     "1867 to mark the purchase of Alaska.", "contradicted"),
    ("Discovery: Penicillin; Who: Louis Pasteur; Where: London; When: 1928",
     "Alexander Fleming discovered penicillin in London in 1928.", "contradicted"),
    ("Discovery: Penicillin; Who: Alexander Fleming; Where: London; When: 1928",
     "Alexander Fleming discovered penicillin in London in 1928.", "supported|unverified"),
    # (from review: a title is another name of the person, no rival)
    ("Battle: Waterloo; Who: Arthur Wellesley; When: 1815",
     "The Duke of Wellington defeated Napoleon at Waterloo in 1815.", "supported|unverified"),
    ("item: First cash machine; who: John Shepherd-Barron; year: 1967; where: Barclays, Enfield",
     "The first cash machine, invented by John Shepherd-Barron, was installed by Barclays in Enfield in 1967.",
     "supported|unverified"),
    # a town the fact does not name, in another state than the fact's place
    ("Wrights -> first powered flight 17 Dec 1903 -> at Dayton, Ohio",
     "The Wright brothers made the first powered aeroplane flights on 17 December 1903 at Kill Devil Hills, near "
     "Kitty Hawk, North Carolina.", "contradicted"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FORTY_THIRD_STOP_FIRST_ROUND)
def test_forty_third_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict in verdict.split("|"), m.reason


def test_a_calling_another_fact_gives_the_person_is_no_clash(nlp: Language) -> None:
    facts = [Fact("p", "Benjamin Franklin, a printer, bought the Pennsylvania Gazette in 1729.", "", "", "", "a"),
             Fact("d", "Benjamin Franklin, a diplomat, negotiated the Treaty of Paris in 1783.", "", "", "", "a")]
    index = build_index(facts, nlp)
    from pipeline.verify.reading import read

    line = read(nlp("Benjamin Franklin, a printer, bought the Pennsylvania Gazette in 1729.")[:])
    assert judge_claim("c", line, index).match.verdict == "supported"
    line = read(nlp("Benjamin Franklin, a blacksmith, bought the Pennsylvania Gazette in 1729.")[:])
    assert judge_claim("c", line, index).match.verdict == "contradicted"


def test_a_heading_year_every_date_of_the_fact_gainsays_is_no_support(nlp: Language) -> None:
    from pipeline.verify.dates import DateSpan
    from pipeline.verify.reading import read

    index = build_index([Fact("b", "John Bate's book The Mysteryes of Nature and Art, published in 1634, describes a "
                                   "kite.", "", "", "", "p")], nlp)
    text = "John Bate's The Mysteryes of Nature and Art describes a kite"
    wrong = read(nlp(text)[:], context_dates=[DateSpan(1654, 1654)], text=text)
    assert judge_claim("c", wrong, index).match.verdict == "unverified"
    right = read(nlp(text)[:], context_dates=[DateSpan(1634, 1634)], text=text)
    assert judge_claim("c", right, index).match.verdict == "supported"
    # (a fact with no year is silent on it: the heading's year need not be stated)
    index = build_index([Fact("b", "John Bate's book The Mysteryes of Nature and Art describes a kite.",
                              "", "", "", "p")], nlp)
    assert judge_claim("c", wrong, index).match.verdict == "supported"


_FORTY_SECOND_STOP_FIRST_ROUND = [
    # a hyphened qualifier is said whole: its first word with an opposite makes another qualifier of the noun
    ("Luke Shepardson, an off-duty lifeguard, won the Eddie in January 2023.",
     "Luke Shepardson, an on-duty North Shore lifeguard, won the Eddie in January 2023.", "contradicted"),
    ("In 1950 the company built a long-range plane for the navy.",
     "In 1950 the company built a short-range plane for the navy.", "contradicted"),
    ("In 1950 the company built a part-time plant for the navy.",
     "In 1950 the company built a full-time plant for the navy.", "contradicted"),
    ("The pre-war store sold bread.", "The postwar store sold bread.", "contradicted"),
    # (not backed by another first word on the noun that WordNet does not oppose to it; backed as written, open
    # or solid; and one the fact does not qualify at all is colour, as any qualifier is)
    ("In 1950 the company built a single-engine plane for the navy.",
     "In 1950 the company built a twin-engine plane for the navy.", "unverified"),
    ("The pre-war store sold bread.", "The prewar store sold bread.", "supported"),
    ("In 1950 the company built a long-range plane for the navy.",
     "In 1950 the company built a long range plane for the navy.", "supported"),
    ("In 1950 the company built a long-range plane for the navy.", "In 1950 the company built a plane for the navy.",
     "supported"),
    ("In 1870 James Starley and William Hillman patented the Ariel, a high-wheeler built entirely of metal.",
     "James Starley and William Hillman patented the Ariel, an all-metal high-wheel bicycle, in 1870.", "supported"),
    # a line's ordinal before an event's name it does not open ranks the event: the name is the fact's in short
    ("First Duke Invitational winner (1965): Jeff Hakman",
     "Jeff Hakman won the first Duke Kahanamoku Invitational, held at Sunset Beach in 1965.", "supported"),
    ("First Duke Invitational winner (1965): Sam Hakman",
     "Jeff Hakman won the first Duke Kahanamoku Invitational, held at Sunset Beach in 1965.", "contradicted"),
    ("First World War poet: Wilfred Owen", "Wilfred Owen was a poet of the First World War.", "supported"),
    # a people that did the act is not the place where the fact has someone else do it
    ("Only a few Hawaiians still surfed regularly.",
     "Mark Twain described his attempt at surfing in Hawaii in his 1872 book Roughing It.", "unverified"),
    ("The Americans led a boycott of the 1980 Olympics.", "The United States led a boycott of the 1980 Olympics.",
     "supported"),
    # a title with a capitalised pronoun is a name, not a verb and its object; a work beside the doer's noun for it
    # is no doer of another act
    ("Mark Twain's Roughing It describes his try at surfing",
     "Mark Twain described his attempt at surfing in Hawaii in his 1872 book Roughing It.", "supported"),
    ("Jack London's Roughing It describes his try at surfing",
     "Mark Twain described his attempt at surfing in Hawaii in his 1872 book Roughing It.", "unverified"),
    # a year before 1500 after a participle of making a work dates it
    ("Kissa Yojoki, written in 1241",
     "Eisai wrote Kissa Yōjōki (Drinking Tea for Health), the first Japanese book on tea, in 1211.", "contradicted"),
    ("Kissa Yojoki, written 1241",
     "Eisai wrote Kissa Yōjōki (Drinking Tea for Health), the first Japanese book on tea, in 1211.", "contradicted"),
    # a ranked label whose noun a place can be names its holder, not where; a rank with no scope is the world's
    ("Largest black-tea exporter: Sri Lanka", "Kenya is the world's largest exporter of black tea.", "contradicted"),
    ("Largest exporter of black tea: Kenya", "Kenya is the world's largest exporter of black tea.", "supported"),
    ("Sri Lanka is the largest exporter of black tea.", "Kenya is the world's largest exporter of black tea.",
     "contradicted"),
    # a note's ordinal before a past verb is the act's "first", not a word of the name before it
    ("Jeff Clark 1st surfed Mavericks in 1975",
     "Jeff Clark first surfed Mavericks, near Half Moon Bay, in 1975 and rode it alone for about 15 years.", "supported"),
    ("Jeff Clark 2nd surfed Mavericks in 1975",
     "Jeff Clark first surfed Mavericks, near Half Moon Bay, in 1975 and rode it alone for about 15 years.",
     "contradicted"),
    # "the first known X" ranks X
    ("1st newspaper ad for tea -> Mercurius Politicus, Sept 1658",
     "The first known English newspaper advertisement for tea appeared in Mercurius Politicus in September 1658.",
     "supported"),
    ("The second newspaper ad for tea appeared in Mercurius Politicus in 1658.",
     "The first known English newspaper advertisement for tea appeared in Mercurius Politicus in September 1658.",
     "contradicted"),
    # a year after a place is when, not a number of the place's name (a year before 1500 where a note writes one)
    ("Eisai -> back from China 1191 w/ tea seeds + powdered tea",
     "The Zen monk Eisai brought tea seeds and the practice of whisked powdered tea back to Japan from China in 1191.",
     "supported"),
    ("Eisai -> back from China 1201 w/ tea seeds + powdered tea",
     "The Zen monk Eisai brought tea seeds and the practice of whisked powdered tea back to Japan from China in 1191.",
     "contradicted"),
    ("Kraków 1374 founded by Casimir", "King Casimir III the Great founded the university in Kraków in 1364.",
     "unverified"),
    # (from review: two first words WordNet opposes before one word; a line-opening qualifier; the fact's words
    # open elsewhere do not back the claim's qualifier where the fact gives the noun its rival)
    ("The Bedford Flyer was a short-lived magazine.", "The Bedford Flyer was a long-lived magazine.", "contradicted"),
    ("Under-arm bowling was legalised by the MCC in 1864.", "Over-arm bowling was legalised by the MCC in 1864.",
     "contradicted"),
    ("Part-time librarian: Philip Larkin (Hull, 1955)", "Philip Larkin worked as a full-time librarian in Hull from 1955.",
     "contradicted"),
    ("The Navy tested a short-range missile in 2019.",
     "In 2019 the Navy tested a long-range missile that replaced its short range rockets.", "contradicted"),
    # (a name that opens with an ordinal name is whole; a count after a making participle, with a date after it)
    ("Third Man Records founder: Jack White", "Jack White founded Third Man Records in Detroit in 2001.", "supported"),
    ("Seventh Day Adventist Church founder: Ellen G. White",
     "Ellen G. White founded the Seventh Day Adventist Church with James White and Joseph Bates.", "supported"),
    ("Locomotives built 1250 by 1900", "The works built 1,250 locomotives by 1900.", "supported"),
    # (a place's rank with no scope may be a country's: the world's holder does not contradict it)
    ("Largest city: Sydney", "Tokyo is the world's largest city.", "unverified"),
    # a participle on a person's or an animal's noun set beside a name tells of the named one
    ("Tom Blake, a swimmer born in Chicago, changed board design more than anyone.",
     "Tom Blake was born in Milwaukee, Wisconsin, in 1902.", "contradicted"),
    ("Berlin later became famous for Knut, the polar bear cub born there in 2008.",
     "Knut, a polar bear cub, was born at the Berlin Zoo in December 2006.", "contradicted"),
    # the object of another kind WordNet names with the same noun is the event's difference, not another event
    ("Kahanamoku took the gold medal at the 1924 Paris Olympics.",
     "At the 1924 Paris Olympics Kahanamoku took the silver medal in the 100 metres freestyle behind Johnny "
     "Weissmuller.", "contradicted"),
    # (from review: a participle before its noun is no act the ordinal ranks; a king's number is his name's)
    ("Hemingway's 2nd published novel was The Sun Also Rises",
     "Hemingway's first published novel was The Sun Also Rises, in 1926.", "contradicted"),
    ("Henry 8th married Anne Boleyn in 1533", "Henry VIII married Anne Boleyn in January 1533.", "supported"),
    ("Louis 16th revoked the Edict of Nantes in 1685", "Louis XIV revoked the Edict of Nantes in 1685.", "contradicted"),
    # (a year after a place before a plural noun, or an early one before a timeline's dash, is a date)
    ("Amsterdam 1928 games -> Johnny Weissmuller won 2 golds",
     "Johnny Weissmuller won two gold medals at the 1928 Amsterdam Olympics.", "supported"),
    ("Berlin 1932 games -> Jesse Owens won 4 golds", "Jesse Owens won four gold medals at the 1936 Berlin Olympics.",
     "contradicted"),
    ("Hastings 1067 - William defeats Harold",
     "William of Normandy defeated Harold at the Battle of Hastings in 1066.", "contradicted"),
    # (a making participle's early year is a date unless a date after it tells when the count was reached)
    ("Magna Carta -> sealed 1215 by the king at Runnymede", "King John sealed Magna Carta at Runnymede in June 1215.",
     "supported"),
    ("Origin of Species -> copies printed 1250, Nov 1859",
     "In November 1859 John Murray printed 1,250 copies of On the Origin of Species.", "supported"),
    ("Ireland won Eurovision 7 times", "Ireland has won the Eurovision Song Contest seven times.", "supported"),
    # how often, after a name: a count of times
    ("Kahanamoku was elected sheriff of Honolulu 26 times.",
     "Kahanamoku was elected sheriff of Honolulu 13 times, serving from 1932 to 1961.", "contradicted"),
]



def test_a_clause_with_no_doer_of_its_own_is_not_backed_by_another_persons_act(nlp: Language) -> None:
    # the sentence's doer does what its complement says: a fact that has another named person do it backs nothing
    facts = [Fact("london", "Jack London learned to surf at Waikiki in 1907 and wrote about it in the essay A Royal "
                            "Sport.", "", "", "", "a"),
             Fact("twain", "Mark Twain described his attempt at surfing in Hawaii in his 1872 book Roughing It.",
                  "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Jack London wrote about trying it in Roughing It."])
    assert judge_claim("c", claim, index).match.verdict == "unverified"
    # (the same sentence with the fact's doer: its complement is not held against it, only its "wrote" is unsaid)
    (claim,) = read_texts(nlp, ["Mark Twain wrote about trying it in Roughing It."])
    m = judge_claim("c", claim, index).match
    assert (m.verdict, m.reason) == ("unverified", "no fact states it all (closest: twain does not state 'wrote')")

@pytest.mark.parametrize(("claim", "fact", "verdict"), _FORTY_SECOND_STOP_FIRST_ROUND)
def test_forty_second_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


_FORTY_FIRST_STOP_FIRST_ROUND = [
    # the person a noun of the fact's act names is in the fact, but not as the one who did it
    ("Clown College founder: John Ringling", "Irvin Feld founded Ringling's Clown College in 1968.", "contradicted"),
    ("The founder of Clown College was John Ringling.", "Irvin Feld founded Ringling's Clown College in 1968.",
     "contradicted"),
    ("John Ringling, founder of Clown College", "Irvin Feld founded Ringling's Clown College in 1968.", "contradicted"),
    ("Clown College founder: Irvin Feld", "Irvin Feld founded Ringling's Clown College in 1968.", "supported"),
    # (the name beside the noun that is the thing made, not a person: the inventor the line names is not in the fact)
    ("1st wireless remote = Zenith Flash-Matic, 1955, inventor Robert Adler",
     "In 1955 Eugene Polley of Zenith invented the Flash-Matic, the first wireless television remote control.",
     "contradicted"),
    # (from review: a noun for the one the act is done to names no doer; a possessor named in full owns the
    # thing founded; the doer of a win is its recipient)
    ("Rock and Roll Hall of Fame inductee: Chuck Berry", "The Rock and Roll Hall of Fame inducted Chuck Berry in 1986.",
     "supported"),
    ("Girl Guides founder: Robert Baden-Powell",
     "Agnes Baden-Powell founded her brother Robert Baden-Powell's Girl Guides in 1910.", "unverified"),
    ("1980 Wimbledon winner: John McEnroe", "Bjorn Borg won the 1980 Wimbledon final against John McEnroe.",
     "contradicted"),
    # deaths are counted as the people a killing counts
    ("The fire caused 167 deaths.", "The fire killed 167 people.", "supported"),
    ("The fire caused 67 deaths.", "The fire killed 167 people.", "contradicted"),
    ("The fire caused 167 fatalities.", "The fire killed 167 people.", "supported"),
    ("Aberfan disaster, 1966: 116 deaths", "The Aberfan disaster of 1966 claimed 144 lives.", "contradicted"),
    ("Aberfan disaster, 1966: 144 deaths", "The Aberfan disaster of 1966 claimed 144 lives.", "supported"),
    # (not people an act other than killing or dying counts, nor casualties, nor one group of those who died)
    ("The show caused 167 deaths.", "The show was seen by 167 people.", "unverified"),
    ("The Battle of Gettysburg caused 51,000 deaths.", "The Battle of Gettysburg caused 51,000 casualties.",
     "unverified"),
    ("The sinking caused about 1,500 deaths.", "The sinking killed 832 passengers.", "unverified"),
    # another count a multiplying qualifier gives the same noun
    ("Who: Miguel Vazquez; What: first triple somersault on the trapeze; When: 1982",
     "Miguel Vazquez performed the first quadruple somersault on the flying trapeze on 10 July 1982.", "contradicted"),
    ("Vazquez did the first quadruple somersault.",
     "Miguel Vazquez performed the first quadruple somersault on the flying trapeze on 10 July 1982.", "supported"),
    # (a count both pin down by a rank: not "a triple concerto" against Brahms's double one of 1887)
    ("Brahms wrote a triple concerto.", "Brahms wrote a double concerto for violin and cello in 1887.", "unverified"),
    # a maker's name before the fact's name of a thing it gives another owner
    ("First four-blade razor: Gillette Quattro", "Schick's Quattro, launched in 2003, was the first four-blade razor.",
     "unverified"),
    ("First four-blade razor: Schick Quattro", "Schick's Quattro, launched in 2003, was the first four-blade razor.",
     "supported"),
    # a town upon its river is one name: another town than the fact's
    ("Astley was born in 1742 in Newcastle upon Tyne.", "Philip Astley was born in Newcastle-under-Lyme in 1742.",
     "contradicted"),
    ("Shakespeare was born in Stratford upon Avon in 1564.", "William Shakespeare was born in Stratford-upon-Avon in 1564.",
     "supported"),
    # the writer's remark on a sum is no part to back
    ("Barnum paid 100,000 dollars for Jumbo, an absolute fortune at the time.", "Barnum paid 10,000 dollars for Jumbo.",
     "contradicted"),
    # (from the third review: a thing's maker the fact names is not its only one, nor the only work of that name)
    ("The Spitfire was designed by Joseph Smith.", "The Spitfire was designed by R. J. Mitchell.", "unverified"),
    ("Requiem was composed by Giuseppe Verdi.", "Requiem was composed by Wolfgang Amadeus Mozart.", "unverified"),
    # (nor a dated line's partner who stands where the fact has the doer: another signing than the fact's)
    ("1972 signing: Richard Nixon & Mao Zedong", "In 1972 Richard Nixon and Leonid Brezhnev signed the SALT I treaty.",
     "unverified"),
    # (a town upon its river is not backed by the bare town's name: Kingston, Jamaica)
    ("Usain Bolt trained in Kingston upon Thames.", "Usain Bolt trained in Kingston, Jamaica.", "unverified"),
    # the day and the month agree, only the year differs: a slip in the year of the fact's event
    ("first Eurostar trains from 14 Nov 1995",
     "Eurostar passenger services through the Channel Tunnel began on 14 November 1994.", "contradicted"),
    # (not a day of another event's anniversary, with no name of the fact's)
    ("Jefferson died on 4 July 1826.", "The Declaration of Independence was adopted on 4 July 1776.", "unverified"),
    # one name of a dated event's list of partners put in place of another
    ("1881 merger w/ James A. Bailey & John Ringling",
     "In 1881 Barnum merged his show with the circus of James A. Bailey and James L. Hutchinson.", "contradicted"),
    ("1881 merger w/ James A. Bailey & James L. Hutchinson",
     "In 1881 Barnum merged his show with the circus of James A. Bailey and James L. Hutchinson.", "supported"),
    # (not a qualifier's name, where the line says more than the fact does)
    ("1975 - Jul: Apollo-Soyuz docking, first joint US-Soviet crewed flight",
     "In July 1975 the Apollo-Soyuz Test Project docked an American Apollo spacecraft with a Soviet Soyuz spacecraft "
     "in orbit.", "unverified"),
    # (not a place's name, nor against a person named in full: the maker of the thing)
    ("The Sony Walkman went on sale in 1979.", "Akio Morita's Walkman went on sale in 1979.", "supported"),
    ("The Sydney Opera House opened in 1973.", "Jørn Utzon's Opera House opened in 1973.", "supported"),
    # (an ordinal is no maker: "his Eighth Symphony" is Mahler's)
    ("Mahler conducted the premiere of his Eighth Symphony in Munich in September 1910.",
     "Gustav Mahler's Symphony No. 8 premiered in Munich on 12 September 1910, conducted by the composer.",
     "supported"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FORTY_FIRST_STOP_FIRST_ROUND)
def test_forty_first_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_one_difference_where_another_fact_tells_the_rest_of_the_event(nlp: Language) -> None:
    facts = [Fact("age", "Karl Wallenda was 73 years old when he died.", "", "", "", "a"),
             Fact("death", "Karl Wallenda died in 1978 after falling from a high wire in San Juan, Puerto Rico.",
                  "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Karl Wallenda fell to his death in San Juan in 1978, aged 83."])
    m = judge_claim("c", claim, index).match
    assert (m.verdict, m.fact_id) == ("contradicted", "age"), m.reason
    # (a fact that only names whom the clause is about dates nothing of it: the helper tells the event, not it)
    facts = [Fact("partners", "Nicéphore Niépce and Louis Daguerre became partners in 1829.", "", "", "", "a"),
             Fact("plate", "Niépce's View from the Window at Le Gras was made on a pewter plate.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["1826: Niépce makes the View from the Window at Le Gras on a pewter plate"])
    assert judge_claim("c", claim, index).match.verdict != "contradicted"
    # (from review: nor one who took part, which the helper gives from another time the event happened)
    facts = [Fact("first", "Tom Brady won the Super Bowl in 2002.", "", "", "", "a"),
             Fact("tampa", "Tom Brady won a Super Bowl with Tampa Bay.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Tom Brady won the Super Bowl with Tampa Bay in 2021."])
    assert judge_claim("c", claim, index).match.verdict != "contradicted"
    # (nor an event that happens again, which the helper may tell another time of: only a death or a birth)
    facts = [Fact("young", "George Foreman won the heavyweight title aged 24.", "", "", "", "a"),
             Fact("vegas", "George Foreman won the heavyweight title in Las Vegas in 1994.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["George Foreman won the heavyweight title in Las Vegas in 1994, aged 45."])
    assert judge_claim("c", claim, index).match.verdict != "contradicted"


_FORTIETH_STOP_FIRST_ROUND = [
    # another stuff the thing is made of: the material differs, whatever else agrees
    ("Rudyerd's stone tower was finished on the Eddystone in 1709.",
     "The second Eddystone Lighthouse, a wooden tower by John Rudyerd, was completed in 1709.", "contradicted"),
    ("Darby built a stone bridge over the Severn.", "Abraham Darby III built an iron bridge over the Severn.",
     "contradicted"),
    ("Darby built an iron bridge over the Severn.", "Abraham Darby III built an iron bridge over the Severn.",
     "supported"),
    # (not a kind of the fact's stuff, nor one its gloss makes of it: oak is wood, timber "the wood of trees")
    ("Rudyerd built an oak tower.", "John Rudyerd built a wooden tower.", "unverified"),
    ("Rudyerd built a timber tower.", "John Rudyerd built a wooden tower.", "unverified"),
    # another possessor of a name the fact gives with its own: the Admiral's Men are not the Lord Chamberlain's
    ("Globe built by the Admiral's Men",
     "The first Globe Theatre was built in Southwark in 1599 by the Lord Chamberlain's Men.", "unverified"),
    ("Globe built by the Lord Chamberlain's Men",
     "The first Globe Theatre was built in Southwark in 1599 by the Lord Chamberlain's Men.", "supported"),
    # a prefix hyphened to a name makes another thing of it: off-Broadway is not Broadway
    ("Rent opened on Broadway in 1996.", "Rent opened off-Broadway at the New York Theatre Workshop in 1996.",
     "unverified"),
    ("The treaty was signed by non-European states.", "The treaty was signed by European states in 1957.",
     "unverified"),
    ("Rent opened off-Broadway in 1996.", "Rent opened off-Broadway at the New York Theatre Workshop in 1996.",
     "supported"),
    # a rank of another word does not back the claim's where the fact ranks the claim's noun otherwise
    ("First lighthouse in what's now the US: Sandy Hook",
     "Sandy Hook Lighthouse in New Jersey, first lit in 1764, is the oldest working lighthouse in the United States.",
     "unverified"),
    # a verbless line naming only what the fact names, with a noun of its own: what it is about goes unbacked
    ("Beckett centenary - revivals everywhere",
     "Samuel Beckett's En attendant Godot premiered at the Théâtre de Babylone in Paris on 5 January 1953.",
     "unverified"),
    ("Beckett - Nobel Prize in Literature, 1969", "Samuel Beckett won the Nobel Prize in Literature in 1969.",
     "supported"),
    # a count's superlative is checkable: the most, more than any other, a record number of
    ("Hamilton won the most Tonys.", "Hamilton won 11 Tony Awards in 2016.", "unverified"),
    ("Hamilton won 11 Tony Awards.", "Hamilton won 11 Tony Awards in 2016.", "supported"),
    ("The Producers won the most Tonys.",
     "The Producers won 12 Tony Awards in 2001, the most ever won by a single show.", "supported"),
    ("Most Test wickets: Muttiah Muralitharan, 800", "Muttiah Muralitharan took 800 Test wickets, more than any "
     "other bowler.", "supported"),
    ("Hamilton got the most Tony nominations.", "Hamilton received a record 16 Tony nominations in 2016.",
     "supported"),
    ("By 1857 New Bedford had 329 whaling vessels, more than any other port in the world.",
     "In 1857 New Bedford's whaling fleet numbered 329 vessels, the largest of any port in the world.", "supported"),
    # (of the act the claim tells: a record of nominations is none of wins)
    ("Most Tonys won by one show: Hamilton",
     "Hamilton received a record 16 Tony nominations and won 11 Tony Awards in 2016.", "unverified"),
    # one of a kind held by another: where the fact's holder stands is no second difference
    ("Tallest lighthouse in the world: the Lanterna, Genoa",
     "Jeddah Light in Saudi Arabia, about 133 metres tall, is the tallest lighthouse in the world.",
     "contradicted"),
    # "founding" and "inaugural" rank first; the first of a kind stays first whatever the year
    ("Trevor Nunn becomes the RSC's first artistic director",
     "Peter Hall was the founding artistic director of the Royal Shakespeare Company.", "contradicted"),
    ("Peter Hall was the RSC's first artistic director.",
     "Peter Hall was the founding artistic director of the Royal Shakespeare Company.", "supported"),
    # a fact's rank of its act backs a claim's rank of a thing only where the act was done to it, or the claim makes it
    ("Bishop Rock's first tower was washed away in 1850.",
     "The granite Bishop Rock Lighthouse was first lit in 1858 after an earlier iron tower on the rock was washed away "
     "in 1850.", "unverified"),
    ("February: first nylon (nylon 6,6) made at DuPont by Carothers' team",
     "Nylon 6,6 was first synthesised in February 1935 by Wallace Carothers's research team at DuPont.", "supported"),
    ("The first florin was struck in 1252.", "Florence first struck the gold florin in 1252.", "supported"),
    ("The Model T was the first car.", "The Model T, first produced in 1908, was the best-selling car of its era.",
     "unverified"),  # (from review)
    ("1823 - first Fresnel lens in a lighthouse, at Cordouan",
     "The Fresnel lens was first installed in a lighthouse at Cordouan in 1823.", "supported"),
    # (from review) "a founding member" is one of several, no first; a claim's own date may be a season's first
    ("Mick Jagger was the first member of the Rolling Stones.",
     "Mick Jagger was a founding member of the Rolling Stones.", "unverified"),
    ("Bottas was the first Formula One race winner in 2019.",
     "Giuseppe Farina was the first Formula One race winner.", "unverified"),
    # (from review) a record narrowed to one's own is no record over all; a record figure in a unit is no count
    ("Messi scored the most goals in 2012.", "Lionel Messi scored 91 goals in 2012, the most in his career.",
     "unverified"),
    ("Bolt ran the most seconds.", "Usain Bolt ran the 100 metres in a record 9.58 seconds in 2009.", "unverified"),
    ("Tom Brady threw the most touchdown passes in 2007.",
     "Tom Brady threw 50 touchdown passes in 2007, the most of his career.", "unverified"),
    ("Tom Brady threw the most touchdown passes in 2007.",
     "Tom Brady threw 50 touchdown passes in 2007, the most in the league.", "supported"),
    ("Russia spans the most time zones.", "Russia spans 11 time zones.", "unverified"),  # (a compound's head counted)
    # (a name that opens on its prefix: "Non-Aligned Movement" is no "Aligned Movement"; from review)
    ("India was a founding member of the Aligned Movement.",
     "India was a founding member of the Non-Aligned Movement.", "unverified"),
    # (from review) what a noun burns or makes is no stuff it is made of: WordNet's "oil lamp", "paper mill"
    ("Davy made gas lamps.", "Davy made iron lamps.", "unverified"),
    ("The town had a paper mill.", "The town had a stone mill.", "unverified"),
    # (from review) a superlative in the past was another's then
    ("The Sears Tower in Chicago was the tallest building in the world.",
     "The Burj Khalifa in Dubai is the tallest building in the world.", "unverified"),
    # a building named by the last word of WordNet's phrase for it is that building: "Light" is "Lighthouse"
    ("Macquarie Light, Sydney - designed by Francis Greenway",
     "Macquarie Lighthouse near the entrance to Sydney Harbour, designed by the convict architect Francis Greenway, "
     "was first lit in 1818.", "supported"),
    # (and a qualifier of the one is a qualifier of the other: "the shortest rock light" against "the tallest lighthouse")
    ("Skerryvore: the shortest rock light in Scotland",
     "Skerryvore Lighthouse, first lit in 1844, is 48 metres tall, the tallest lighthouse in Scotland.", "contradicted"),
    # a county is inside its country: "in Ireland" is no other place than "off County Cork"
    ("Fastnet was finished in 1904 and is the tallest lighthouse in Ireland.",
     "The present Fastnet Rock lighthouse, off County Cork, was completed in 1904.", "unverified"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _FORTIETH_STOP_FIRST_ROUND)
def test_fortieth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


_THIRTY_NINTH_STOP_FIRST_ROUND = [
    # a count written more exactly than the fact's round one is another figure, not a rounding of it
    ("Sachin played 198 Test matches.", "Sachin Tendulkar played 200 Test matches, more than any other player.",
     "contradicted"),
    ("Sachin played a record 198 Tests.", "Sachin Tendulkar played 200 Test matches, more than any other player.",
     "unverified"),
    ("Sachin played 200 Test matches.", "Sachin Tendulkar played 200 Test matches, more than any other player.",
     "supported"),
    # (a rough fact allows it: "about 200")
    ("Sachin played 198 Test matches.", "Sachin Tendulkar played about 200 Test matches.", "supported"),
    # (a claim rounder than its fact is a rounding: "200" of 198)
    ("Sachin played 200 Test matches.", "Sachin Tendulkar played 198 Test matches.", "supported"),
    # (tens against hundreds is more exact too; from review)
    ("Sachin played 210 Test matches.", "Sachin Tendulkar played 200 Test matches.", "contradicted"),
    # (not a figure in millions, which is rounded as a rule; from review)
    ("Ford built 1,808,581 vehicles that year.", "Ford built 1.8 million vehicles that year.", "unverified"),
    # a note's double hyphen after a label of names: what follows is the line's statement, not an aside
    ("Invincibles tour -- Bradman's side loses only once, at Lord's",
     "Don Bradman's 1948 Australian team, known as the Invincibles, went through its tour of England without "
     "losing a match.",
     "contradicted"),
    ("MS Dhoni -- captained Rajasthan Royals to the first IPL title",
     "MS Dhoni hit the winning runs of the 2011 World Cup final with a six.",
     "unverified"),
    # (not where what follows speaks of the label: the label is its "it"; from review)
    ("Sistine Chapel ceiling -- Michelangelo painted it between 1508 and 1512",
     "Michelangelo painted the Sistine Chapel ceiling between 1508 and 1512.", "supported"),
    # a line opening on a passive verb names only who did it: what was won goes unsaid
    ("won by Australia", "Australia won the 2006–07 Ashes series 5–0.", "unverified"),
    ("* won by Australia 5-0", "Australia won the 2006–07 Ashes series 5–0.", "unverified"),
    # (a date and a place pin which: the line says what was done, all but its name)
    ("Founded 1888 in Rochester by George Eastman", "Kodak was founded in 1888 by George Eastman in Rochester.",
     "supported"),
    ("The 2006–07 Ashes series was won by Australia.", "Australia won the 2006–07 Ashes series 5–0.", "supported"),
    # a row's field named for the doer of the fact's act: its name is who did it
    ("Year: 2019; Winner: New Zealand; Runner-up: England; Final venue: Lord's",
     "England won the 2019 World Cup final against New Zealand at Lord's on boundary count after both the match "
     "and the super over were tied.",
     "contradicted"),
    # (the right way round is not yet supported: what "Runner-up" says, nothing compares)
    ("Year: 2019; Winner: England; Runner-up: New Zealand; Final venue: Lord's",
     "England won the 2019 World Cup final against New Zealand at Lord's on boundary count after both the match "
     "and the super over were tied.",
     "unverified"),
    # (and a winner is who beat the other: from review)
    ("Year: 1966; Winner: West Germany; Runner-up: England",
     "England beat West Germany 4-2 in the 1966 World Cup final at Wembley.", "contradicted"),
    # (not one who did it with the fact's doer: "with Francis Crick")
    ("Discoverer: Francis Crick; Colleague: James Watson; Year: 1953",
     "James Watson discovered the double helix in 1953 with Francis Crick.", "supported"),
    # a denial of one named thing says nothing of another place (from review)
    ("Ivan Lendl won in Paris in 1984", "Ivan Lendl never won Wimbledon.", "unverified"),
    # "at Lord's": a title's possessive with no noun after it names a place
    ("1983 -> India (Kapil Dev capt) beat WI at The Oval",
     "India, captained by Kapil Dev, beat West Indies at Lord's to win the 1983 World Cup.",
     "contradicted"),
    ("The very first ODI was played at Lord's in 1971.",
     "The first one-day international was played between Australia and England at the Melbourne Cricket Ground "
     "on 5 January 1971, after rain had washed out a Test.",
     "contradicted"),
    ("Australia beat Pakistan at Lord's in 1999.", "Australia beat Pakistan at Lord's in the 1999 World Cup final.",
     "supported"),
    # "ODI score" is no score of twenty, "246 v Sri Lanka" counts no "v"; "ODIs" is the acronym's plural
    ("Highest men's ODI score: Rohit Sharma, 246 v Sri Lanka",
     "Rohit Sharma's 264 against Sri Lanka at Eden Gardens in 2014 is the highest individual score in men's ODIs.",
     "contradicted"),
    # one of a list as long as the fact's put in place of another, the rank and what is listed agreeing
    ("orig. 1st growths = Lafite, Latour, Margaux, Mouton",
     "Four red wines were ranked as first growths in 1855: Château Lafite, Château Latour, Château Margaux and "
     "Château Haut-Brion.", "contradicted"),
    ("orig. 1st growths = Lafite, Latour, Margaux, Haut-Brion",
     "Four red wines were ranked as first growths in 1855: Château Lafite, Château Latour, Château Margaux and "
     "Château Haut-Brion.", "supported"),
    # a card line's figure after the name its value gives counts its label's plural
    ("Most Test wickets: Muttiah Muralitharan, 708",
     "Muttiah Muralitharan took 800 Test wickets, more than any other bowler.", "contradicted"),
    ("Most Test wickets: Muttiah Muralitharan, 800",
     "Muttiah Muralitharan took 800 Test wickets, more than any other bowler.", "supported"),
    # (not a figure of another thing: hundreds are no runs)
    ("Most international hundreds: Sachin Tendulkar, 100",
     "Sachin Tendulkar made the first double century in men's ODIs, 200 not out against South Africa at Gwalior "
     "in 2010.", "unverified"),
    # a figure after a name and before a "v" is what the name scored: the side played is the "v"'s
    ("Kapil 175* v Zim @ Tunbridge Wells",
     "Kapil Dev made 175 against Zimbabwe at Tunbridge Wells in the 1983 World Cup.", "supported"),
    ("Kapil 175* v Zimbabwe @ Tunbridge Wells",
     "Kapil Dev made 175 against Australia at Tunbridge Wells in the 1983 World Cup.", "contradicted"),
    # (not backed by a figure the fact gives as someone else's the claim does not name: Spitz's seven)
    ("Phelps won 7 golds at Beijing in 2008",
     "Michael Phelps won eight gold medals at the 2008 Beijing Olympics, breaking Mark Spitz's record of seven gold "
     "medals at a single Games.", "contradicted"),
    ("The record of 7 golds at one Games was Spitz's",
     "Michael Phelps won eight gold medals at the 2008 Beijing Olympics, breaking Mark Spitz's record of seven gold "
     "medals at a single Games.", "supported"),
    # a fact giving a figure in two units is met by its own figure in the other unit first: a slip in the unit
    ("It carries boats some 126 metres above the River Dee",
     "The Pontcysyllte Aqueduct carries the Llangollen Canal 38 metres (126 feet) above the River Dee.",
     "contradicted"),
    # a rank word standing as its own noun is backed by the fact's same noun; another round is what the claim says
    ("Aus beat Eng in final, Eden Gdns (Calcutta as was)",
     "Australia beat England in the 1987 World Cup final at Eden Gardens, Calcutta.", "supported"),
    ("Aus beat Eng in the semi-final",
     "Australia beat England in the 1987 World Cup final at Eden Gardens, Calcutta.", "contradicted"),
    ("Ben Stokes -- player of the match in the 2019 World Cup semi-final",
     "Ben Stokes was named player of the match in the 2019 World Cup final.", "contradicted"),
    ("Hand of God -> 1986 semi-final v England",
     "Diego Maradona scored the Hand of God goal against England in the 1986 World Cup quarter-final.",
     "contradicted"),
    ("Aus beat Eng in the semi-final",
     "Australia beat England in the 1987 World Cup semi-final at Eden Gardens, Calcutta.", "supported"),
    # (from the second review) a range's ends are bounds, not round figures; a figure's value, not its digits
    ("The park is home to 250 bird species.", "The park is home to 200 to 300 bird species.", "unverified"),
    ("Ford sold 206 million cars.", "Ford sold 200 million cars.", "unverified"),
    # (an outright denial covers the claim's place where the name denied is the claim's own too)
    ("Federer lost to Nadal at Roland Garros.", "Roger Federer never lost to Rafael Nadal.", "contradicted"),
    # (a winner is who defeated the other, as WordNet defines "defeat")
    ("Winner: West Germany; Loser: England; Score: 4-2",
     "England defeated West Germany 4-2 in the 1966 World Cup final.", "contradicted"),
    # (a word of a field label names no place to conflict over)
    ("Wine: Barolo; Main grape: Nebbiolo; Country: Italy",
     "Barolo is made from the Nebbiolo grape in Piedmont, Italy.", "unverified"),
    # "#1" after what it ranks is its place in the series: the first
    ("men's WC #1 -> England, 1975", "The first men's Cricket World Cup was held in England in 1975.", "supported"),
    ("men's WC #2 -> England, 1975", "The first men's Cricket World Cup was held in England in 1975.", "contradicted"),
    # a figure counts the whole the line opens on: two of the eleven judges against nine of them
    ("Of the eleven judges, only two were French.",
     "The wines at the 1976 Paris tasting were tasted blind, and nine of the eleven judges were French.",
     "contradicted"),
    # a word for a person by sex is no rival of one by what they do (nor does the fact say it)
    ("1961: first man ever to win three TT races in the same week",
     "In 1961 Mike Hailwood became the first rider to win three TT races in a single week.",
     "unverified"),
    ("1961: first woman ever to win three TT races in the same week",
     "In 1961 Mike Hailwood became the first man to win three TT races in a single week.",
     "contradicted"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _THIRTY_NINTH_STOP_FIRST_ROUND)
def test_thirty_ninth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_a_name_backed_by_one_fact_and_the_rest_by_another_is_no_support(nlp: Language) -> None:
    # what follows the note's double hyphen is the line's statement: the fact giving only its label backs none of it
    facts = [Fact("six", "MS Dhoni hit the winning runs of the 2011 World Cup final with a six.", "", "", "", "a"),
             Fact("ipl", "Rajasthan Royals, captained by Shane Warne, won the first Indian Premier League season in "
                  "2008.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["MS Dhoni -- captained Rajasthan Royals to the first IPL title"])
    m = judge_claim("c", claim, index).match
    assert m.verdict != "supported", m.reason


_THIRTY_EIGHTH_STOP_FIRST_ROUND = [
    # the same qualifier on another noun in the act's phrase names another kind: the pair is not the four
    ("Redgrave's fifth gold came in the coxless pair.",
     "Redgrave won his fifth Olympic gold at Sydney 2000 in the coxless four with Matthew Pinsent, Tim Foster and "
     "James Cracknell.",
     "unverified"),
    ("Redgrave's fifth gold came in the coxless four.",
     "Redgrave won his fifth Olympic gold at Sydney 2000 in the coxless four with Matthew Pinsent, Tim Foster and "
     "James Cracknell.",
     "supported"),
    # (not one noun that is a kind of the other: a crash is an accident)
    ("Scott LaFaro was killed in a car crash in 1961.",
     "Scott LaFaro died in a car accident in July 1961.",
     "supported"),
    # "all at Antwerp 1920": every one of them there and then, where the fact puts one in Paris in 1924
    ("Jack Kelly Sr -> 3 Olympic golds, all at Antwerp 1920",
     "John B. Kelly Sr. won three Olympic gold medals, in the single and double sculls at Antwerp in 1920 and the "
     "double sculls at Paris in 1924.",
     "contradicted"),
    ("Jack Kelly Sr -> 2 Olympic golds, both at Antwerp 1920",
     "John B. Kelly Sr. won two Olympic gold medals, in the single and double sculls at Antwerp in 1920.",
     "supported"),
    # the country the fact names a person "of" is their nation, whatever the fact says they did
    ("Pertti Karppinen is Swedish.",
     "Pertti Karppinen of Finland won the Olympic single sculls in 1976, 1980 and 1984.",
     "contradicted"),
    # (not a royal's style: one given name "of" a country is a house)
    ("Isabella was Spanish.",
     "Isabella of France married Edward II in 1308.",
     "unverified"),
    # "outright" has it unshared
    ("Bloody Sunday won the Golden Bear outright in 2002.",
     "Bloody Sunday shared the Golden Bear at the 2002 Berlin International Film Festival.",
     "contradicted"),
    ("Bloody Sunday won the Golden Bear in 2002.",
     "Bloody Sunday shared the Golden Bear at the 2002 Berlin International Film Festival.",
     "supported"),
    # Oscars are Academy Awards, counted or named
    ("Tom and Jerry won seven Oscars.",
     "Tom and Jerry cartoons won seven Academy Awards for Best Animated Short Film.",
     "supported"),
    ("Tom and Jerry won six Oscars.",
     "Tom and Jerry cartoons won seven Academy Awards for Best Animated Short Film.",
     "contradicted"),
    # a year in brackets after a name is the work's, when the fact dates its act otherwise
    ("In 2002 Shrek won the first Best Animated Feature Oscar.",
     "DreamWorks' Shrek (2001) won the first Academy Award for Best Animated Feature, presented in 2002.",
     "supported"),
    # (not the work's year against another one: the claim's is left for a person to check)
    ("In 2003 Shrek won the first Best Animated Feature Oscar.",
     "DreamWorks' Shrek (2001) won the first Academy Award for Best Animated Feature, presented in 2002.",
     "unverified"),
    # a line without a verb about one of a rank, which the fact neither ranks nor dates, is not what it says of all
    ("1836: second race, Westminster to Putney",
     "The men's Boat Race is rowed on the Championship Course on the River Thames between Putney and Mortlake.",
     "unverified"),
    # (from review) a nomination is not the win, counted or not
    ("La La Land won 14 Oscars.",
     "La La Land was nominated for 14 Academy Awards.",
     "unverified"),
    ("La La Land won 6 Academy Awards.",
     "La La Land was nominated for 14 Academy Awards.",
     "unverified"),
    # (from review) "all at Berlin" against "in Berlin, Germany": the country holds the city
    ("Jesse Owens -> 4 golds, all at Berlin 1936",
     "Jesse Owens won four gold medals at the 1936 Summer Olympics in Berlin, Germany.",
     "supported"),
    ("two Tests, both at Headingley",
     "The two Tests were both played at Headingley in Leeds.",
     "supported"),
    # (from review) nor a date the claim gives too, of something else
    ("Kelly won 3 golds, all in 1920 at Antwerp and a silver in 1924 at Paris",
     "John B. Kelly Sr. won three golds at Antwerp in 1920 and a silver at Paris in 1924.",
     "supported"),
    # (from review) "killed outright" says how, not alone
    ("Toivonen was killed outright in 1986.",
     "Henri Toivonen and his co-driver Sergio Cresto were killed in 1986.",
     "supported"),
    # (from review) the work's bracketed year, the act dated otherwise in its clause; not a place's, nor where the
    # other date is another doer's
    ("Casablanca won Best Picture in 1942.",
     "Casablanca (1942) won the Academy Award for Best Picture in 1944.",
     "contradicted"),
    ("Casablanca won Best Picture in 1944.",
     "Casablanca (1942) won the Academy Award for Best Picture in 1944.",
     "supported"),
    ("Woodstock drew 400,000 people in 1994.",
     "Woodstock (1969) drew 400,000 people, and an anniversary festival followed in 1994.",
     "contradicted"),
    ("Jesse Owens won four golds at Berlin in 1984.",
     "Jesse Owens won four golds at Berlin (1936), a feat Carl Lewis matched in 1984.",
     "contradicted"),
    # (from review) a line's label ranks: "Oldest University: Oxford"
    ("Oldest University: Oxford",
     "Oxford is the second-oldest university in the English-speaking world.",
     "contradicted"),
    # (from review) a count of nominations is not one of wins, whatever else the fact says was won
    ("The Social Network won 8 Oscars.",
     "The Social Network was nominated for eight Academy Awards and won three.",
     "unverified"),
    # (from review) a bracketed year is the first time where the fact tells the act again
    ("Star Wars was released in 1977.",
     "Star Wars (1977) was re-released in cinemas with new special effects in 1997.",
     "supported"),
    # (from review) "all at": not a place of another thing won, nor of a further count
    ("Rafael Nadal won 14 French Open titles, all at Roland Garros.",
     "Rafael Nadal won 14 French Open titles at Roland Garros and Olympic singles gold at Beijing in 2008.",
     "supported"),
    ("Nadia Comaneci scored seven perfect 10s, all at Montreal 1976",
     "Nadia Comaneci scored seven perfect 10s at the 1976 Montreal Olympics and two more at Moscow in 1980.",
     "supported"),
    # (from review) a peer's style names no nation
    ("Louis Mountbatten was British.",
     "Lord Louis Mountbatten of Burma served as the last Viceroy of India.",
     "unverified"),
    # (from review) what a note equates its subject with must be backed: another architect is not
    ("Fallingwater (1935) = Le Corbusier",
     "Fallingwater was designed by Frank Lloyd Wright in 1935 for the Kaufmann family.",
     "unverified"),
    # (from review) a date a span ran until does not date a point in time
    ("Bob Beamon jumped 8.90 metres at Mexico City in 1991.",
     "Bob Beamon jumped 8.90 metres at Mexico City (1968), a world record until 1991.",
     "unverified"),
    # a capitalised word the fact names by its other name, whole or with words more ("Oscar" / "Academy Award")
    ("John Lasseter received a special Oscar for Toy Story.",
     "John Lasseter received a Special Achievement Academy Award for Toy Story.",
     "supported"),
    ("John Lasseter received a special Emmy for Toy Story.",
     "John Lasseter received a Special Achievement Academy Award for Toy Story.",
     "unverified"),
    # a label naming the measure a figure in its unit is, said by the fact in its adjective
    ("Course length: 4 miles 374 yards",
     "The Championship Course is 4 miles 374 yards (6.8 km) long.",
     "supported"),
    # (not another measure of the same dimension: a height is no length)
    ("Bridge height: 300 m",
     "The bridge is 300 metres long.",
     "unverified"),
    # a later clause the parse left without its subject is not the fact's named doer, denied
    ("Gone with the Wind won eight competitive Oscars.",
     "Alfred Hitchcock never won a competitive Academy Award for Best Director.",
     "unverified"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _THIRTY_EIGHTH_STOP_FIRST_ROUND)
def test_thirty_eighth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_a_notes_equation_says_its_right_side_of_its_left(nlp: Language) -> None:
    # "Nausicaa (1984) = first Ghibli film": parsed as two sentences, the second ("first Ghibli film") was backed
    # on its own by the fact about another film; the line says it of Nausicaa
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    facts = [Fact("n", "Nausicaä of the Valley of the Wind (1984) was made before Studio Ghibli was founded.",
                  "", "", "", "anime"),
             Fact("c", "Castle in the Sky (1986) was the first feature film produced by Studio Ghibli.",
                  "", "", "", "anime")]
    pairs = [(f, read(nlp(f.statement)[:])) for f in facts]
    wrong = judge("x", read(nlp("Nausicaa (1984) = first Ghibli film")[:]), pairs).match
    assert wrong.verdict != "supported", wrong.reason
    right = judge("y", read(nlp("Castle in the Sky (1986) = first Ghibli film")[:]), pairs).match
    assert (right.verdict, right.fact_id) == ("supported", "c"), right.reason


_THIRTY_SEVENTH_STOP_FIRST_ROUND = [
    # a verbless line's word qualifies what the line is about: the heavyweight gold is not the light-heavyweight one
    ("Rome 1960 gold -> heavyweight",
     "Cassius Clay won the light-heavyweight gold medal at the 1960 Olympic Games in Rome.",
     "contradicted"),
    ("Rome 1960 -> gold medal",
     "Cassius Clay won the light-heavyweight gold medal at the 1960 Olympic Games in Rome.",
     "supported"),
    # a capitalised number closes a channel's name: "BBC One" is the place it began on, not BBC and a count of one
    ("EastEnders began on ITV in February 1985.",
     "EastEnders began on BBC One in February 1985.",
     "contradicted"),
    ("EastEnders began on BBC One in February 1985.",
     "EastEnders began on BBC One in February 1985.",
     "supported"),
    # "round three" is the third round, a place in the fight, not a count of three
    ("Louis knocked out Schmeling in round three in June 1938.",
     "Joe Louis knocked out Max Schmeling in the first round of their June 1938 rematch at Yankee Stadium.",
     "contradicted"),
    ("Louis knocked out Schmeling in round one in June 1938.",
     "Joe Louis knocked out Max Schmeling in the first round of their June 1938 rematch at Yankee Stadium.",
     "supported"),
    # viewers are the people who watched: one count
    ("February 1964: Beatles on Ed Sullivan, approx 37m viewers",
     "The Beatles' first appearance on The Ed Sullivan Show, on 9 February 1964, was watched by about 73 million people.",
     "contradicted"),
    ("Beatles on Ed Sullivan, 1964, 73 million viewers",
     "The Beatles' first appearance on The Ed Sullivan Show, on 9 February 1964, was watched by about 73 million people.",
     "supported"),
    # "the 525-line standard" counts lines, and so does "NTSC 625 lines" after its acronym
    ("US: FCC -> commercial TV from 1 July 1941, NTSC 625 lines",
     "The FCC allowed commercial television broadcasting in the United States from 1 July 1941, using the 525-line "
     "NTSC standard.",
     "contradicted"),
    ("US: FCC -> commercial TV from 1 July 1941, NTSC 525 lines",
     "The FCC allowed commercial television broadcasting in the United States from 1 July 1941, using the 525-line "
     "NTSC standard.",
     "supported"),
    # the noun before a note's arrow is what the passive after it was done to, not a word qualifying the arrow
    ("cruiserweight -> brought in by the WBA, 1979",
     "The World Boxing Council introduced the cruiserweight division in 1979.",
     "contradicted"),
    ("cruiserweight -> brought in by the WBC, 1979",
     "The World Boxing Council introduced the cruiserweight division in 1979.",
     "supported"),
    # one holds a first: another name in it is a conflict, when all the rank is of is the fact's
    ("At the opening, Harry Truman became the first US president to appear on TV.",
     "On 30 April 1939, at the opening of the New York World's Fair, Franklin D. Roosevelt became the first US "
     "president to appear on television.",
     "contradicted"),
    ("Sally Ride was the first woman to fly in space.",
     "Valentina Tereshkova was the first woman to fly in space.",
     "contradicted"),
    ("Sally Ride was the first American woman to fly in space.",
     "Valentina Tereshkova was the first woman to fly in space.",
     "unverified"),
    ("Harry Truman was the first US president.",
     "On 30 April 1939, at the opening of the New York World's Fair, Franklin D. Roosevelt became the first US "
     "president to appear on television.",
     "unverified"),
    ("Harry Truman was the first US president to appear on colour TV.",
     "On 30 April 1939, at the opening of the New York World's Fair, Franklin D. Roosevelt became the first US "
     "president to appear on television.",
     "unverified"),
    # a ship or a crew "lost", with nothing lost, is its end: sank, died
    ("1588 San Juan lost at Red Bay",
     "The Basque whaling galleon San Juan sank in Red Bay harbour in 1565.",
     "contradicted"),
    ("Mary Stanford, Rye Harbour, Nov 1928 -> all 17 crew lost",
     "All 17 crew of the Rye Harbour lifeboat Mary Stanford died on 15 November 1928.",
     "supported"),
    ("Chartres Cathedral lost its glass in 1650.",
     "Chartres Cathedral's stained glass survived the French Revolution.",
     "unverified"),
    # "sent" a picture is "transmitted" it
    ("In September 1927 Farnsworth's image dissector sent its first picture across his lab in Los Angeles.",
     "On 7 September 1927 Philo Farnsworth's image dissector transmitted its first image, a straight line, in his "
     "laboratory in San Francisco.",
     "contradicted"),
    # a tag said to the reader after a comma says nothing of the world
    ("CNN was the first 24-hour news channel, mind you.",
     "CNN, founded by Ted Turner, went on the air on 1 June 1980 as the first 24-hour television news channel.",
     "supported"),
    # a capitalised "Who" after a name closes it: the thing broadcast is "Doctor Who"
    ("Doctor Who was first broadcast by ITV on 23 November 1963.",
     "Doctor Who was first broadcast by the BBC on 23 November 1963.",
     "contradicted"),
    # a hedge written short is the amount's, no word to find in the fact
    ("November 1980: Dallas episode, approx 83m viewers",
     "The November 1980 Dallas episode that revealed who shot J.R. was watched by about 83 million US viewers.",
     "supported"),
    # the end of a change compares with that end: "to twelve rounds" against "from 15 rounds to 12"
    ("The WBC cut its title fights to twelve rounds.",
     "After the death of Duk Koo Kim, the WBC cut its world championship fights from 15 rounds to 12.",
     "supported"),
    ("The WBC cut its title fights to ten rounds.",
     "After the death of Duk Koo Kim, the WBC cut its world championship fights from 15 rounds to 12.",
     "contradicted"),
    # (from review) a surname with a numeral may be a son or a sequel: not the person the fact names
    ("Bush II invaded Iraq in 2003.",
     "George Bush launched the Gulf War in 1991.",
     "unverified"),
    # (from review) a named doer of "lost" lost an election or a fight, unless the fact wrecks that very one
    ("Jimmy Carter died in 1980.",
     "Jimmy Carter lost the 1980 election in a landslide.",
     "unverified"),
    ("Nixon lost in 1960.",
     "Richard Nixon died in 1994.",
     "unverified"),
    # (from review) "World War One" is "World War I"; "BBC One" is not the BBC
    ("World War One began in 1914.",
     "World War I began in 1914.",
     "supported"),
    ("EastEnders began on BBC One in 1985.",
     "EastEnders was first shown by the BBC in 1985.",
     "unverified"),
    # (from review) a denial claims no rank; a rank narrowed in the fact ("in Europe") is another rank
    ("Sally Ride was not the first woman to fly in space.",
     "Valentina Tereshkova was the first woman to fly in space.",
     "unverified"),
    ("New Zealand was the first country to give women the vote.",
     "Finland was the first country in Europe to give women the vote.",
     "unverified"),
    # (from review) "the final hole" may be hole 18 (the fact does not say how many); "Channel Four" is "Channel 4";
    # "BBC Two" is not the BBC
    ("Jack Nicklaus holed the winning putt on hole 18 at Augusta in 1986.",
     "Jack Nicklaus holed the winning putt on the final hole at Augusta in 1986.",
     "unverified"),
    ("Countdown was the first programme on Channel Four in 1982.",
     "Countdown was the first programme shown on Channel 4, in November 1982.",
     "supported"),
    ("Doctor Who began on BBC Two in 1963.",
     "Doctor Who was first broadcast by the BBC on 23 November 1963.",
     "unverified"),
    # "Believe it or not," is the writer's idiom, no act of believing to back
    ("Believe it or not, the Sullivan-Kilrain fight lasted seventy-five rounds.",
     "The last bare-knuckle heavyweight title fight, John L. Sullivan against Jake Kilrain in 1889, lasted 75 rounds.",
     "supported"),
    # (from review) a count that opens a name still counts: "Four World Cups"
    ("Brazil won Four World Cups.",
     "Brazil have won five World Cups.",
     "contradicted"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _THIRTY_SEVENTH_STOP_FIRST_ROUND)
def test_thirty_seventh_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_a_timeline_year_dates_every_act_of_its_line(nlp: Language) -> None:
    # "1954: Tonight Show begins on NBC, Johnny Carson hosting": Carson hosting in 1954, which the fact
    # dates 1962-1992 (the year is the heading's, so backing it is not asked)
    from pipeline.verify.dates import DateSpan
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    facts = [Fact("t", "The Tonight Show began on NBC in 1954, with Steve Allen as its first host.", "", "", "", "tv"),
             Fact("c", "Johnny Carson hosted The Tonight Show from 1962 to 1992.", "", "", "", "tv")]
    pairs = [(f, read(nlp(f.statement)[:])) for f in facts]
    text = "Tonight Show begins on NBC, Johnny Carson hosting"
    line = read(nlp(text)[:], context_dates=[DateSpan(1954, 1954)], text=text)
    m = judge("x", line, pairs).match
    assert m.verdict == "contradicted" and "1954" in m.reason, m.reason
    allen = "Tonight Show begins on NBC, Steve Allen hosting"
    right = read(nlp(allen)[:], context_dates=[DateSpan(1954, 1954)], text=allen)
    assert judge("x", right, pairs).match.verdict != "contradicted"


@pytest.mark.parametrize("line", ["Fleming discovers penicillin; Florey and Chain later purify it",
                                  "Fleming discovers penicillin, Florey and Chain having purified it"])
def test_a_timeline_year_does_not_date_an_act_told_as_later_or_earlier(nlp: Language, line: str) -> None:
    # (from review) "later purify", "having purified": the line's year is not theirs
    from pipeline.verify.dates import DateSpan
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    facts = [Fact("f", "Alexander Fleming discovered penicillin in 1928.", "", "", "", "m"),
             Fact("p", "Howard Florey and Ernst Chain purified penicillin in 1940.", "", "", "", "m")]
    pairs = [(f, read(nlp(f.statement)[:])) for f in facts]
    statement = read(nlp(line)[:], context_dates=[DateSpan(1928, 1928)], text=line)
    m = judge("x", statement, pairs).match
    assert m.verdict != "contradicted", m.reason


def test_a_row_with_another_channel_is_contradicted(nlp: Language) -> None:
    # the row's name and year are the fact's; its channel (a column for who broadcast it) is another
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    fact = Fact("s", "Star Trek premiered on NBC in September 1966.", "", "", "", "tv")
    pairs = [(fact, read(nlp(fact.statement)[:]))]
    row = read(nlp("  Star Trek , CBS , 1966  ")[:], text="Programme: Star Trek; Channel: CBS; First shown: 1966")
    m = judge("x", row, pairs).match
    assert m.verdict == "contradicted" and "CBS" in m.reason, m.reason
    right = read(nlp("  Star Trek , NBC , 1966  ")[:], text="Programme: Star Trek; Channel: NBC; First shown: 1966")
    assert judge("x", right, pairs).match.verdict != "contradicted"


_THIRTY_SIXTH_STOP_FIRST_ROUND = [
    # "Name the kind": the kind is what the name is, which a fact calling it another kind gainsays
    ("1986 Jambo the orangutan guards a boy who fell into his enclosure at Jersey Zoo",
     "In 1986 Jambo, a silverback gorilla at Jersey Zoo, stood guard over a boy who had fallen into the gorilla enclosure.",
     "contradicted"),
    ("Laika the cat orbits the Earth in 1957",
     "In 1957 Laika, a stray dog from Moscow, orbited the Earth aboard Sputnik 2.",
     "contradicted"),
    ("Laika the dog orbits the Earth in 1957",
     "In 1957 Laika, a stray dog from Moscow, orbited the Earth aboard Sputnik 2.",
     "supported"),
    ("Snowflake the albino gorilla dies in Barcelona",
     "Snowflake, the only known albino gorilla, lived at Barcelona Zoo until his death in 2003.",
     "supported"),
    # a noun ending an apposition is what it calls the person: a pro is no amateur
    ("1913 Francis Ouimet, a young club pro, wins the US Open at Brookline",
     "The amateur Francis Ouimet won the 1913 US Open at The Country Club in Brookline, Massachusetts.",
     "contradicted"),
    ("Francis Ouimet, a young amateur, wins the US Open at Brookline",
     "The amateur Francis Ouimet won the 1913 US Open at The Country Club in Brookline, Massachusetts.",
     "supported"),
    # (a regnal ordinal or an adjective after "the" is no kind: "Henry the eighth", "Alfred the great")
    ("Alfred the great defeated Guthrum at Edington in 878.",
     "Alfred the Great defeated the Danes under Guthrum at the Battle of Edington in 878.",
     "supported"),
    # a copula with nothing but its subject says what a word for something said before stands for: nothing to back
    ("Babe Zaharias was one of them",
     "In 1947 Babe Didrikson Zaharias became the first American to win the British Ladies Amateur.",
     "unverified"),
    ("Zaharias was there.",
     "In 1947 Babe Didrikson Zaharias became the first American to win the British Ladies Amateur.",
     "unverified"),
    ("Babe Zaharias was the first American to win the British Ladies Amateur.",
     "In 1947 Babe Didrikson Zaharias became the first American to win the British Ladies Amateur.",
     "supported"),
    # what a thing dates from is its beginning: a date it goes back to against the date it opened
    ("Melbourne Zoo dates from 1882",
     "Melbourne Zoo opened in 1862 and is the oldest zoo in Australia.",
     "contradicted"),
    ("Salisbury Cathedral dates back to 1220.",
     "Salisbury Cathedral was founded in 1220.",
     "supported"),
    # (not a gerund, "radiocarbon dating", against a dated publishing)
    ("1949: Libby publishes the first radiocarbon dates",
     "Willard Libby developed radiocarbon dating at the University of Chicago in the late 1940s and received the "
     "1960 Nobel Prize in Chemistry for it.",
     "unverified"),
    # (not a later opening of what stood before: "opened to the public")
    ("Hampton Court Palace dates from 1838",
     "Hampton Court Palace opened to the public in 1838.",
     "unverified"),
    # a made thing's arriving is its bringing out; a person's or an animal's is not, nor a ship's or a bill's
    ("The ship arrived in 1911.",
     "The White Star Line launched the ship in 1911.",
     "unverified"),
    ("The bill arrived in 1964.",
     "Congress introduced the bill in 1964.",
     "unverified"),
    # (what arrived must be what was brought out, not the one who brought it out)
    ("Apple emerged in 1998.",
     "Apple introduced the iMac in 1998.",
     "unverified"),
    ("The storm arrived in 1900.",
     "A storm warning system was introduced in 1900.",
     "unverified"),
    # (the opening's own date, not that of a clause under it; and a thing may date from before it opened)
    ("Melbourne Zoo dates from 1862",
     "Melbourne Zoo began to breed platypus in 1862.",
     "unverified"),
    ("Melbourne Zoo dates from 1857",
     "Melbourne Zoo opened in 1862.",
     "unverified"),
    ("MIDI only arrived in 1983.",
     "The MIDI standard was introduced in 1983.",
     "supported"),
    ("The anchor escapement arrived in France around 1670.",
     "The anchor escapement was introduced in England around 1670.",
     "contradicted"),
    ("Winnie arrived at London Zoo in 1919.",
     "Winnie, a black bear from Canada, was introduced to London Zoo in December 1914.",
     "unverified"),
    # a table row's value written with a capital is the noun it opens, backed by the fact's lower-case one
    # (the cells as a row's claim joins them)
    ("Knut, Polar bear, Berlin Zoo, born 2006",
     "The polar bear Knut was born at Berlin Zoo in December 2006.",
     "supported"),
    ("Knut, Brown bear, Berlin Zoo, born 2006",
     "The polar bear Knut was born at Berlin Zoo in December 2006.",
     "unverified"),
    # a note's "1st" before its arrow ranks the name after it
    ("1st Open -> Prestwick GC, 17 Oct 1860",
     "The first Open Championship was played at Prestwick Golf Club on 17 October 1860.",
     "supported"),
    ("2nd Open -> Prestwick GC, 17 Oct 1860",
     "The first Open Championship was played at Prestwick Golf Club on 17 October 1860.",
     "unverified"),
    # what a copula says of its subject is the claim, however light a word: the fact says nothing of fame
    ("Berlin became famous for Knut.",
     "The polar bear Knut was born at Berlin Zoo in December 2006.",
     "unverified"),
    ("Knut was born at Berlin Zoo.",
     "The polar bear Knut was born at Berlin Zoo in December 2006.",
     "supported"),
    # a bare count that is an act's doer counts what was done, never an age
    ("Most Masters wins: Jack Nicklaus, 6",
     "Jack Nicklaus won the 1986 Masters at the age of 46, becoming the tournament's oldest champion.",
     "unverified"),
    ("Mozart died at 36.",
     "Wolfgang Amadeus Mozart died in Vienna in 1791 at the age of 35.",
     "contradicted"),
    # (a measure's word after its amount is the amount's: "long" says nothing more)
    ("The Humber Bridge's main span is about 4,626 feet long.",
     "The Humber Bridge has a main span of 1,410 metres.",
     "supported"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _THIRTY_SIXTH_STOP_FIRST_ROUND)
def test_thirty_sixth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


_THIRTY_FIFTH_STOP_FIRST_ROUND = [
    # a name in a slot of the act that the fact gives only as one that declined, where its act has another there
    ("The Larks recorded the single for Decca in 1936.",
     "The Larks recorded the single in 1936 for Brunswick after Decca declined to record it.",
     "contradicted"),
    ("The Larks recorded the single for Brunswick in 1936.",
     "The Larks recorded the single in 1936 for Brunswick after Decca declined to record it.",
     "supported"),
    # (a name in another clause that did something else, or denied another act, backs nothing: no conflict)
    ("Cruyff played for Barcelona.",
     "Johan Cruyff played for Ajax until 1973, when Barcelona signed him.",
     "unverified"),
    ("Tesla worked for Edison.",
     "Tesla worked for Westinghouse after Edison refused to pay him the promised bonus.",
     "unverified"),
    ("The architect built the museum for the Guggenheim Foundation.",
     "The architect built the museum for the city of Bilbao after the Guggenheim Foundation refused to pay for it.",
     "unverified"),
    # (nor where the claim says the fact's own thing there too, the name beside it)
    ("The Venera 7 probe made the first soft landing on another planet, Venus, in 1970.",
     "The Venera 7 probe made the first soft landing on another planet when it touched down on Venus in 1970.",
     "supported"),
    # (nor where that other clause tells the claim's act too)
    ("Marie Curie worked with Pierre Curie.",
     "Marie Curie worked with Henri Becquerel in Paris, and Pierre Curie worked with Marie from 1895.",
     "supported"),
    # (but not another pair's: "and Florey worked with Chain")
    ("Fleming worked with Florey.",
     "Alexander Fleming worked with Almroth Wright in London, and Florey worked with Chain in Oxford.",
     "unverified"),
    # (and one the fact has decline, whom the claim has in the fact's doer's place, is a swap of roles)
    ("J.K. Rowling published Harry Potter with Penguin in 1997.",
     "J.K. Rowling published Harry Potter with Bloomsbury in 1997 after Penguin declined to publish it.",
     "contradicted"),
    # a row naming one the fact has decline the act backs nothing of it
    ("Single: Moonlight; Band: The Larks; Year: 1936; Label: Decca",
     "The Larks recorded \"Moonlight\" in 1936 for Brunswick after Decca declined to record it.",
     "unverified"),
    # (a name the fact gives as whose something is, in a clause it denies, still backs it)
    ("The mill handed Miller's recipe to other bakers for free",
     "The mill did not patent Miller's recipe and gave it to other bakers free of charge.",
     "supported"),
    # (whose thing is no doer denied: "never finished" the book another clause has published)
    ("Kafka's The Castle was published in 1926.",
     "Kafka never finished The Castle, which was published in 1926.",
     "supported"),
    # the value a "name: value" line gives, a capitalised word read as an adverb, must be backed
    ("Davis's middle name: Sphere",
     "Miles Davis made his first recordings as a leader for Capitol in 1949.",
     "unverified"),
    # which event the act was done in, where the fact fills that phrase with another
    ("Smith won a gold medal in the high jump.",
     "Smith won a gold medal in the pole vault at the 1920 Olympics.",
     "contradicted"),
    ("Smith won gold in the marathon.",
     "Smith won a gold medal in the pole vault at the 1920 Olympics.",
     "unverified"),
    ("Smith won a gold medal in the pole vault.",
     "Smith won a gold medal in the pole vault at the 1920 Olympics.",
     "supported"),
    # (one of a list in that phrase is no rival: both may hold)
    ("She won a medal in the high jump and the long jump.",
     "She won a medal in the long jump at the 1996 Olympics.",
     "unverified"),
    # a row of fields whose names and year the fact gives, with one value the fact gives otherwise
    ("Record: Ko-Ko; Artist: Charlie Parker; Year: 1945; Label: Dial",
     "Charlie Parker recorded \"Ko-Ko\" for Savoy Records in November 1945.",
     "contradicted"),
    ("Record: Ko-Ko; Artist: Charlie Parker; Year: 1945; Trumpet: Dizzy Gillespie",
     "Charlie Parker recorded \"Ko-Ko\" for Savoy Records in November 1945.",
     "unverified"),
    ("Record: Blue Train; Artist: John Coltrane; Year: 1957; Label: Prestige",
     "John Coltrane's album Blue Train was released by Blue Note in 1957.",
     "contradicted"),
    # (not a word of the row's date, "3rd c. BC")
    ("Light: Pharos; Where: Alexandria, Egypt; Built / first lit: 3rd c. BC; Notes: one of the Seven Wonders",
     "The Pharos of Alexandria, one of the Seven Wonders of the Ancient World, was completed in the 3rd century BC.",
     "unverified"),
    # a bracketed town placing a maker both name, where the fact places it in another town
    ("1956 Play-Doh sold as a toy (Kutol, Chicago)",
     "Play-Doh began as a wallpaper cleaner made by Kutol Products of Cincinnati and was sold as a toy from 1956.",
     "contradicted"),
    ("1956 Play-Doh sold as a toy (Kutol, Cincinnati)",
     "Play-Doh began as a wallpaper cleaner made by Kutol Products of Cincinnati and was sold as a toy from 1956.",
     "supported"),
    # a rare sense of the claim's verb that is a kind of the fact's, when what it was done to is a recording:
    # "cut" a title in quotes is recording it
    ("The quintet cut \"Blue Moon\" for Decca in 1937.",
     "The quintet recorded \"Blue Moon\" for Brunswick in 1937.",
     "contradicted"),
    ("The quintet cut \"Blue Moon\" for Brunswick in 1937.",
     "The quintet recorded \"Blue Moon\" for Brunswick in 1937.",
     "supported"),
    ("The quintet cut the ribbon in 1937.",
     "The quintet recorded \"Blue Moon\" for Brunswick in 1937.",
     "unverified"),
    # a town before its state's code is where, wherever the parse hung it
    ("Acme starts as Acme Bros, Dayton OH, 1910",
     "Acme was founded in Columbus, Ohio, in 1910 as Acme Brothers.",
     "contradicted"),
    ("Acme starts as Acme Bros, Columbus OH, 1910",
     "Acme was founded in Columbus, Ohio, in 1910 as Acme Brothers.",
     "supported"),
    # a town WordNet does not know, before a comma and its state, is where a label's line puts it
    ("Dizzy's hometown: Cheraw, North Carolina",
     "Dizzy Gillespie was born in Cheraw, South Carolina, in 1917.",
     "contradicted"),
    # the fact places the town in another state, whatever the gazetteer says of a town of that name
    ("Parker was born in Kansas City, Missouri.",
     "Charlie Parker was born in Kansas City, Kansas, on 29 August 1920.",
     "contradicted"),
    ("Parker was born in Kansas City, Kansas.",
     "Charlie Parker was born in Kansas City, Kansas, on 29 August 1920.",
     "supported"),
    # a name qualifying a thing the fact lacks, with another word of it the fact lacks too, pins no event
    ("Flexible Flyer factory town: Gowanda, Pennsylvania",
     "The Flexible Flyer was first demonstrated at Wanamaker's department store in Philadelphia in November 1889.",
     "unverified"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _THIRTY_FIFTH_STOP_FIRST_ROUND)
def test_thirty_fifth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


_THIRTY_FOURTH_STOP_FIRST_ROUND = [
    # a line without a verb says where its subject comes from: that phrase must be backed
    ("Ambergris -> from the gut of the humpback",
     "Ambergris forms in the digestive tract of sperm whales and has long been used as a fixative in perfume.",
     "unverified"),
    ("Ambergris -> from the digestive tract of sperm whales",
     "Ambergris forms in the digestive tract of sperm whales and has long been used as a fixative in perfume.",
     "supported"),
    # a passive verb's agent is not the subject of an active verb with an object conjoined to it
    ("Triumph was founded by a German immigrant, Siegfried Bettmann, and made its first motorcycle in 1902.",
     "Triumph of Coventry, founded by the German immigrant Siegfried Bettmann, built its first motorcycle in 1902.",
     "supported"),
    ("Triumph was founded by a German immigrant, Siegfried Bettmann, and made its first motorcycle in 1905.",
     "Triumph of Coventry, founded by the German immigrant Siegfried Bettmann, built its first motorcycle in 1902.",
     "contradicted"),
    # "The Basque whaling galleon San Juan": the galleon sank, not the Basque
    ("A galleon called the San Juan went down in the harbour there in 1565.",
     "The Basque whaling galleon San Juan sank in Red Bay harbour in 1565.", "supported"),
    ("The San Juan sank in Red Bay in 1588.",
     "The Basque whaling galleon San Juan sank in Red Bay harbour in 1565.", "contradicted"),
    # a line sharing with the fact only what qualifies its thing is about another thing
    ("Last Dutch whaling voyage: 1964",
     "The Dutch Noordsche Compagnie, founded in 1614, held a monopoly on Dutch whaling in the Arctic until 1642.",
     "unverified"),
    ("Noordsche Compagnie founded: 1641",
     "The Dutch Noordsche Compagnie, founded in 1614, held a monopoly on Dutch whaling in the Arctic until 1642.",
     "contradicted"),
    # what holds "these days", undated, is not refuted by a dated fact of then
    ("Senior TT these days = 6 laps, about 226 miles",
     "The 1907 TT was run over ten laps of the St John's Short Course, a lap of about 15.8 miles (25.5 km).",
     "unverified"),
    ("The 1907 TT was run over six laps",
     "The 1907 TT was run over ten laps of the St John's Short Course, a lap of about 15.8 miles (25.5 km).",
     "contradicted"),
    # a title before another's name backs nothing of the claim's person
    ("Owen Chase was the captain of the Essex",
     "The Essex was commanded by Captain George Pollard Jr., with Owen Chase as first mate.", "unverified"),
    ("Essex first mate: Owen Chase",
     "The Essex was commanded by Captain George Pollard Jr., with Owen Chase as first mate.", "supported"),
    # where people are from, "from" a place or "of" it
    ("The Featherbed frame was designed by the McCandless brothers from Dublin",
     "Norton's Featherbed frame, first raced in 1950, was designed by the McCandless brothers of Belfast.",
     "contradicted"),
    ("The Featherbed frame was designed by the McCandless brothers from Belfast",
     "Norton's Featherbed frame, first raced in 1950, was designed by the McCandless brothers of Belfast.",
     "supported"),
    # a name in brackets the fact gives as a party to its act pins the event with the thing and the act
    ("1979 Sea Shepherd founded (Paul Watson)",
     "Paul Watson founded the Sea Shepherd Conservation Society in 1977.", "contradicted"),
    ("1977 Sea Shepherd founded (Paul Watson)",
     "Paul Watson founded the Sea Shepherd Conservation Society in 1977.", "supported"),
    # a count of the act's noun is one of what each act was done to
    ("Joey Dunlop had 26 wins", "Joey Dunlop won 26 Isle of Man TT races.", "supported"),
    ("Joey Dunlop had 23 wins", "Joey Dunlop won 26 Isle of Man TT races.", "contradicted"),
    # a name in quotation marks is a nickname, no place
    ('Joey: 26 wins, the record for decades -> "King of the Mountain"', "Joey Dunlop won 26 Isle of Man TT races.",
     "unverified"),
    # initials of a name the parse cut in two at its "for"
    ("ICRW signed in Washington DC, 2 Dec 1948",
     "The International Convention for the Regulation of Whaling was signed in Washington, D.C., on 2 December 1946.",
     "contradicted"),
    ("The ICRW was signed in 1946",
     "The International Convention for the Regulation of Whaling was signed in Washington, D.C., on 2 December 1946.",
     "supported"),
    # (review 34) a kind the fact gives another noun of the same word, in an aside, backs nothing; one its own
    # phrase gives does
    ("The red panda is a true bear.", "The giant panda, unlike the red panda, is a true bear.", "contradicted"),
    ("In 1841 Hodge built a steam engine in New York City",
     "In 1841 Paul Rapsey Hodge built a self-propelled steam fire engine in New York City.", "supported"),
    ("One fin whale counted as two blue whales",
     "Under the Blue Whale Unit, one blue whale counted as two fin whales, two and a half humpbacks or six sei whales.",
     "unverified"),
    # (review 34) where a journey set out is not where its people are from
    ("The pilgrims sailed from Plymouth in 1620.", "In 1620 the pilgrims of Leiden sailed to America on the Mayflower.",
     "unverified"),
    # (review 34) "over" a distance bounds it; a fact saying what still holds is refuted "today"
    ("Amundsen's team travelled over 1,450 km to the pole.", "Amundsen's team travelled 1,400 km to the pole.",
     "contradicted"),
    ("Today the Tay Bridge carries three tracks.", "The second Tay Bridge, opened in 1887, carries two tracks.",
     "contradicted"),
    # a make named after "a" is what the claim says, as a name is
    ("Les Graham won the 500cc title in 1949 on a Norton",
     "Les Graham won the first 500 cc world championship, in 1949, riding an AJS.", "unverified"),
    ("Les Graham won the 500cc title in 1949",
     "Les Graham won the first 500 cc world championship, in 1949, riding an AJS.", "supported"),
    # "fin" is no femto-inch, and a fact naming two kinds of whale names the claim's
    ("One blue whale counted as 2 fin whales",
     "Under the Blue Whale Unit, one blue whale counted as two fin whales, two and a half humpbacks or six sei whales.",
     "supported"),
    ("One blue whale counted as 3 fin whales",
     "Under the Blue Whale Unit, one blue whale counted as two fin whales, two and a half humpbacks or six sei whales.",
     "contradicted"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _THIRTY_FOURTH_STOP_FIRST_ROUND)
def test_thirty_fourth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


_THIRTY_THIRD_STOP_FIRST_ROUND = [
    # the one beaten, before a score, is what the act was done to: the two sides swapped contradict
    ("1950: Brazil beat Uruguay 2-1 in the deciding match at the Maracanã",
     "In the deciding match of the 1950 World Cup, Uruguay beat Brazil 2-1 at the Maracanã in Rio de Janeiro.",
     "contradicted"),
    ("Uruguay beat Brazil 2-1 in the deciding match.",
     "In the deciding match of the 1950 World Cup, Uruguay beat Brazil 2-1 at the Maracanã in Rio de Janeiro.",
     "supported"),
    # a note's dash before a past verb parts two statements: the second denied by the fact
    ("1983: Jules Rimet Trophy stolen again in Rio - later recovered",
     "The Jules Rimet Trophy was stolen again in Rio de Janeiro in 1983 and has never been recovered.", "contradicted"),
    ("1983: Jules Rimet Trophy stolen again in Rio",
     "The Jules Rimet Trophy was stolen again in Rio de Janeiro in 1983 and has never been recovered.", "supported"),
    # a trade the fact gives another person by name is not the claim's person's
    ("Morton was a surgeon.",
     "In Morton's ether demonstration, the surgeon John Collins Warren removed a tumour from the neck of the patient "
     "Edward Gilbert Abbott.", "unverified"),
    ("Warren was a surgeon.",
     "In Morton's ether demonstration, the surgeon John Collins Warren removed a tumour from the neck of the patient "
     "Edward Gilbert Abbott.", "supported"),
    # a participle on what a copula says a name is tells of that name
    ("Sheffield FC are the oldest club in the world, founded in 1867",
     "Sheffield FC, founded in 1857, is recognised by FIFA as the oldest existing football club.", "contradicted"),
    # (not a relative clause the parser hung on that noun: Augustus expected, not Bottger)
    ("Böttger = alchemist, kept under guard by Augustus the Strong → supposed to make gold",
     "Bottger was an alchemist held in custody by Augustus the Strong, who had expected him to make gold.",
     "supported"),
    # "the club" the writer names its thing by may be another club than the fact's: no difference is read
    # (Shankly managed Huddersfield from 1956 to 1959), nor a support
    ("Bill Shankly managed the club from 1956 to 1959.", "Bill Shankly managed Liverpool from 1959 to 1974.",
     "unverified"),
    ("Bill Shankly managed the club from 1959 to 1974.", "Bill Shankly managed Liverpool from 1959 to 1974.",
     "unverified"),
    # beside a name, a noun that says only "a person" is nothing to back; an adjective on it is
    ("Paul Revere, yes, the midnight ride guy, also worked as a dentist in Boston.",
     "Paul Revere, famous for his midnight ride, practised as a dentist in Boston.", "supported"),
    # (review 33a) but what a noun on it says they are known for, the fact must give: "the lightbulb guy" is no
    # Paul Revere; nor a word that says more than "a person": Einstein was no woman
    ("Paul Revere, yes, the midnight ride guy, also worked as a dentist in Boston.",
     "Paul Revere practised as a dentist in Boston.", "unverified"),
    ("Paul Revere, the lightbulb guy, worked as a dentist in Boston.", "Paul Revere practised as a dentist in Boston.",
     "unverified"),
    ("Einstein, a woman, won the 1921 Nobel Prize in Physics.", "Albert Einstein won the 1921 Nobel Prize in Physics.",
     "unverified"),
    # (review 33a) a score between two names in a line with a verb of its own tells no winner: no support either way
    ("The Maracanã hosted Brazil 2-1 Uruguay in 1950.",
     "In the deciding match of the 1950 World Cup, Uruguay beat Brazil 2-1 at the Maracanã in Rio de Janeiro.",
     "unverified"),
    ("1950: Brazil v Uruguay 2-1 at the Maracanã",
     "In the deciding match of the 1950 World Cup, Uruguay beat Brazil 2-1 at the Maracanã in Rio de Janeiro.",
     "unverified"),
    # (review 33a) a trade in apposition to another's name, or before one the parse put in another clause
    ("Morton was a surgeon.", "John Collins Warren, a surgeon, removed a tumour during Morton's ether demonstration in "
     "1846.", "unverified"),
    ("Crick was a chemist.", "Using Photo 51, taken by the chemist Rosalind Franklin, Watson and Crick worked out the "
     "structure of DNA in 1953.", "unverified"),
    ("Paul Revere, a tall man, worked as a dentist in Boston.", "Paul Revere practised as a dentist in Boston.",
     "unverified"),
    # a note's score between two names tells who beat whom
    ("2014: Brazil 7-1 Germany in Belo Horizonte",
     "In the 2014 World Cup semi-final in Belo Horizonte, Germany beat the hosts Brazil 7-1.", "contradicted"),
    ("2014: Brazil 1-7 Germany in Belo Horizonte",
     "In the 2014 World Cup semi-final in Belo Horizonte, Germany beat the hosts Brazil 7-1.", "supported"),
    ("8 July: Germany 7-1 Brazil in São Paulo",
     "In the 2014 World Cup semi-final in Belo Horizonte, Germany beat the hosts Brazil 7-1.", "contradicted"),
    # a name the parse hangs nowhere after the act, past a comma, is another statement, not another party
    ('Arsenal were formed by workers at the Royal Arsenal in Woolwich in 1896, hence the name "the Gunners".',
     "Arsenal was founded in 1886 by workers at the Royal Arsenal in Woolwich.", "contradicted"),
    ("Everest takes over 1823; Surveyor General 1830–43",
     "The Royal Geographical Society officially adopted the name Mount Everest in 1865.", "unverified"),
    # a country's name before a noun is the fact's adjective for it on that noun
    ("Lucy Hobbs Taylor -> first US woman with a dental degree, 1866",
     "Lucy Hobbs Taylor became the first American woman to earn a dental degree in 1866.", "supported"),
    ("Lucy Hobbs Taylor -> first US woman with a dental degree, 1886",
     "Lucy Hobbs Taylor became the first American woman to earn a dental degree in 1866.", "contradicted"),
    # (review 33b) a score line's sides are backed only by a fact that says who beat whom, the other way round
    # a swap; met name by name in "lost to" or "won ... against", they are no support
    ("1950: Brazil 2-1 Uruguay, Maracanã", "Uruguay won 2-1 against Brazil at the Maracanã in 1950.", "contradicted"),
    ("2014 semi-final: Brazil 7-1 Germany", "In the 2014 semi-final, Brazil lost 7-1 to Germany.", "contradicted"),
    ("2014 semi-final: Germany 7-1 Brazil", "In the 2014 semi-final, Brazil lost 7-1 to Germany.", "supported"),
    ("1956: Reims 4-3 Real Madrid in Paris",
     "Real Madrid won the first European Cup final in 1956, beating Stade de Reims 4-3 in Paris.", "contradicted"),
    ("1956: Real Madrid 4-3 Reims, first European Cup final (Paris)",
     "Real Madrid won the first European Cup final in 1956, beating Stade de Reims 4-3 in Paris.", "supported"),
    # (review 33b) a noun for a person that a clause or a phrase says more of must be backed
    ("Marie Curie, the woman who discovered penicillin, won the Nobel Prize in Physics in 1903.",
     "Marie Curie won the Nobel Prize in Physics in 1903.", "unverified"),
    # (review 33b) a trade the fact writes right before the claim's own name, whatever clause the parse made
    ("Joseph Lister was a surgeon.", "The surgeon Joseph Lister trained under the surgeon James Syme in Edinburgh.",
     "supported"),
    # (review 33b) a note's label of names and a year, a hyphen, then what happened: the statement, no aside
    ("Crystal Palace - rebuilt after the fire", "The Crystal Palace was destroyed by fire in 1936.", "unverified"),
    # (review 33b) the claim's winner, no one beaten named, is the one the fact's winner beat
    ("Headingley 1981 - Australia won after England followed on",
     "England beat Australia at Headingley in 1981 after following on.", "contradicted"),
    ("Headingley 1981 - England won after following on",
     "England beat Australia at Headingley in 1981 after following on.", "supported"),
    ("1970: Brazil win a third title", "In the 2014 semi-final in Belo Horizonte, Germany beat the hosts Brazil 7-1.",
     "unverified"),
    # a cleft's focused place is where the clause in focus happened
    ("It was at the old Wembley that England won the World Cup in 1966, beating West Germany 4-2 after extra time.",
     "England won the 1966 World Cup, beating West Germany 4-2 after extra time at Wembley.", "supported"),
    ("It was at Hampden Park that England won the World Cup in 1966.",
     "England won the 1966 World Cup, beating West Germany 4-2 after extra time at Wembley.", "contradicted"),
    # of two clauses of the fact with the very act, the one that shares more of the claim's, and its polarity
    ("His dentures were never made of wood.", "George Washington's dentures were not made of wood; they were made "
     "from materials such as human and animal teeth, ivory and metal.", "supported"),
    ("His dentures were made of wood.", "George Washington's dentures were not made of wood; they were made "
     "from materials such as human and animal teeth, ivory and metal.", "contradicted"),
    # a denial with no act compared needs what the clause is about backed
    ("tooth enamel is the hardest substance in the human body", "George Washington's dentures were not made of wood; "
     "they were made from materials such as human and animal teeth, ivory and metal.", "unverified"),
    # (and not a thing the claim names by its kind as its subject: which stadium is not pinned)
    ("The new stadium opened in 2003.", "The Santiago Bernabéu Stadium opened in 1947.", "unverified"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _THIRTY_THIRD_STOP_FIRST_ROUND)
def test_thirty_third_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_a_rank_kept_in_a_name_is_told_by_one_fact_not_several(nlp: Language) -> None:
    facts = [Fact("klose", "Miroslav Klose holds the record for most World Cup goals, with 16.", "", "", "", "a"),
             Fact("laurent", "Lucien Laurent of France scored the first World Cup goal, against Mexico in 1930.",
                  "", "", "", "a"),
             Fact("final", "Uruguay beat Argentina 4-2 in the first World Cup final, in Montevideo in 1930.",
                  "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["First World Cup goal: Lucien Laurent, v Argentina"])
    m = judge_claim("c", claim, index).match
    assert m.verdict != "supported", m.reason


_THIRTY_SECOND_STOP_FIRST_ROUND = [
    # a share of one whole is a figure: a quarter turn is no eighth of one
    ("Rather than recast it, Big Ben was given a quarter turn and a lighter hammer.",
     "In 1863 Big Ben was given an eighth of a turn so that the hammer would strike a different spot, and a lighter "
     "hammer was fitted.", "contradicted"),
    ("In 1863 Big Ben was given an eighth of a turn.",
     "In 1863 Big Ben was given an eighth of a turn so that the hammer would strike a different spot, and a lighter "
     "hammer was fitted.", "supported"),
    # a noun qualifying another tells no doing: "patent medicines" were not thereby patented
    ('"Patent" medicines: most of the American ones really were patented',
     'Samuel Hopkins Adams exposed patent medicines in "The Great American Fraud", a series published in '
     "Collier's Weekly in 1905.", "unverified"),
    # a place naming a made thing's kind is not where the act happened
    ("Angelo Mariani launched Vin Mariani in Paris in 1863.",
     "Angelo Mariani launched Vin Mariani, a Bordeaux wine treated with coca leaves, in 1863.", "unverified"),
    ("Drink / remedy: Vin Mariani; Who: Angelo Mariani; Where: Paris; Year: 1863",
     "Angelo Mariani launched Vin Mariani, a Bordeaux wine treated with coca leaves, in 1863.", "unverified"),
    ("Angelo Mariani launched Vin Mariani in Paris in 1863.",
     "Angelo Mariani launched Vin Mariani in Lyon in 1863.", "contradicted"),
    # a note's subject whose thing the fact's act was done to: "St Jacobi finished" is its organ finished
    ("St Jacobi HH finished 1693", "Arp Schnitger completed the organ of St. Jacobi in Hamburg in 1693.", "supported"),
    ("St Jacobi HH finished 1699", "Arp Schnitger completed the organ of St. Jacobi in Hamburg in 1693.",
     "contradicted"),
    # a word quoted opening a name is the name's: the "Royal" society is another name, not the founding's date
    ('1988 Pharmaceutical Society becomes the "Royal" Pharmaceutical Society',
     "The Pharmaceutical Society of Great Britain was founded in London in 1841.", "unverified"),
    # a year things stood by is met by any year up to it
    ("By 1900 the United States had well over 100,000 soda fountains.",
     "Samuel Fahnestock received a United States patent for a soda fountain in 1819.", "unverified"),
    ("By 1800 Samuel Fahnestock had received a patent for a soda fountain.",
     "Samuel Fahnestock received a United States patent for a soda fountain in 1819.", "contradicted"),
    # (the review's near misses) a person named as whose the thing was may be the doer; a place on a made
    # thing is where it was made when the claim's act makes it; the claim's own compound is no act
    ("Emily Dickinson published in 1890.", "In 1890 Mabel Loomis Todd published the poems of Emily Dickinson.",
     "contradicted"),
    ("Stradivari made violins in Venice from 1666.", "Antonio Stradivari made Cremona violins from 1666.",
     "contradicted"),
    ("Brompton folding bike: Andrew Ritchie, 1975",
     "Andrew Ritchie designed the Brompton folding bicycle in London in 1975.", "supported"),
    ("Usain Bolt won the race by a fifth of a second.", "Usain Bolt won the race by 0.2 seconds.", "supported"),
    ("The caps were blasted in 1865.", "Alfred Nobel sold blasting caps in 1865.", "unverified"),  # a gerund's compound
    # a firm that started out somewhere was set up there; a person who started out as something was not
    ("CVS started out in Worcester, Massachusetts, in 1963.", "CVS was founded in Lowell, Massachusetts, in 1963.",
     "contradicted"),
    ("Henry Ford started out as an engineer at Edison in 1891.", "Henry Ford founded the Ford Motor Company in 1903.",
     "unverified"),
    ("Carnegie started out as a telegraph messenger in 1849.", "Carnegie founded the Carnegie Steel Company in 1892.",
     "unverified"),  # the other side's founder, named by surname
    ("The Corps of Discovery started out from Camp Dubois in 1804.",
     "The Corps of Discovery was established by Thomas Jefferson in 1803.", "unverified"),  # a setting off
    # a time counted back from a "before", and a "before" a year is earlier than it
    ("The Eiffel Tower was completed two years before 1900.", "The Eiffel Tower was completed in 1889.", "contradicted"),
    ("The Siege of Vienna ended before 1683.", "The Siege of Vienna ended in 1683.", "unverified"),
    # an owner the fact names as what the act was done to is no doer (the reviews' wrong supports, older than the stop)
    ("Mozart completed his Requiem in 1792.", "In 1792 Franz Xaver Suessmayr completed the Requiem of Mozart.",
     "contradicted"),
    ("The Requiem of Mozart was completed in 1792.", "In 1792 Franz Xaver Suessmayr completed the Requiem of Mozart.",
     "supported"),
    ("Darwin presented his paper to the Linnean Society in 1858.",
     "In 1858 Charles Lyell and Joseph Hooker presented the paper of Darwin to the Linnean Society.", "contradicted"),
    ("Back in 1864 Abraham Lincoln handed Yosemite Valley and the Mariposa Grove to the state.",
     "In 1864 President Abraham Lincoln signed the Yosemite Grant, which gave Yosemite Valley and the Mariposa Grove "
     "of giant sequoias to the state of California.", "supported"),  # a grant that gave is no rival giver
    # the brothers of a surname are the people the fact names with it
    ("The Wright brothers made the first powered flight at Kitty Hawk in 1903.",
     "Orville and Wilbur Wright made the first powered flight at Kitty Hawk in 1903.", "supported"),
    ("The Hemony brothers cast the first tuned carillon for Zutphen in 1644.",
     "François and Pieter Hemony cast the first tuned carillon, for the Wijnhuis tower in Zutphen, in 1644.",
     "supported"),
    ("The Wright brothers flew at Le Mans in 1908.", "Wilbur Wright flew at Le Mans in 1908.", "unverified"),
    ("The Wright sisters made the first powered flight at Kitty Hawk in 1903.",
     "Orville and Wilbur Wright made the first powered flight at Kitty Hawk in 1903.", "unverified"),
    # an object said by a pronoun, when the names and the date pin the fact's event
    ("Mothes and Dublanc patented them in Italy in 1834.",
     "Soft gelatin capsules were patented in France in 1834 by François Mothes and Joseph Dublanc.", "contradicted"),
    ("Mothes and Dublanc patented them in France in 1834.",
     "Soft gelatin capsules were patented in France in 1834 by François Mothes and Joseph Dublanc.", "unverified"),
    ("Edison patented it in Britain.", "Thomas Edison patented the phonograph in the United States in 1878.",
     "unverified"),  # nothing pins what "it" was
    ("Henry Ford sold them for $850 in 1908.", "Henry Ford sold the Model T for $825 in 1908.", "unverified"),
    ("The Holland Tunnel was the first underwater tunnel to be ventilated mechanically.",
     "The Holland Tunnel was the first mechanically ventilated underwater vehicular tunnel in the world.",
     "supported"),  # a participle says the state
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _THIRTY_SECOND_STOP_FIRST_ROUND)
def test_thirty_second_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_a_fact_denying_the_act_outweighs_one_naming_it_in_a_compound(nlp: Language) -> None:
    facts = [Fact("adams", 'Samuel Hopkins Adams exposed patent medicines in "The Great American Fraud", a series '
                           "published in Collier's Weekly in 1905.", "", "", "", "a"),
             Fact("term", 'The term "patent medicine" comes from English royal letters patent; most American patent '
                          "medicines were never actually patented.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ['"Patent" medicines: most of the American ones really were patented'])
    m = judge_claim("c", claim, index).match
    assert (m.verdict, m.fact_id) == ("contradicted", "term"), m.reason


_THIRTY_FIRST_STOP_FIRST_ROUND = [
    # a bracket before a label's colon closes: what follows is the line's statement, no aside
    ("Carré (France): ammonia absorption machine, patent 1869",
     "Ferdinand Carré of France patented an ammonia-water absorption refrigeration machine in 1859.", "contradicted"),
    ("Carré (France): ammonia absorption machine, patent 1859",
     "Ferdinand Carré of France patented an ammonia-water absorption refrigeration machine in 1859.", "supported"),
    # a country in brackets after a verbless line's name is that one's
    ("Paavo Nurmi (Sweden): 9 golds", "Finnish runner Paavo Nurmi won nine Olympic gold medals.", "contradicted"),
    # a line's label is what its "it" is
    ("Joy (1930): Jean Patou billed it as the costliest perfume in the world.",
     "Joy by Jean Patou, created by Henri Alméras and launched in 1930, was advertised as the costliest perfume in "
     "the world.", "supported"),
    ("Joy (1930): Coco Chanel billed it as the costliest perfume in the world.",
     "Joy by Jean Patou, created by Henri Alméras and launched in 1930, was advertised as the costliest perfume in "
     "the world.", "unverified"),
    ("Metamorphosis: Houdini performed it all by himself",
     "Houdini performed the Metamorphosis substitution-trunk illusion with his wife, Bess.", "contradicted"),
    # a name is no event noun a light verb makes the act of
    ("Houdini performed Metamorphosis alone",
     "Houdini performed the Metamorphosis substitution-trunk illusion with his wife, Bess.", "contradicted"),
    # a participle on a noun is about the name set beside the noun too
    ("His airline, DELAG, founded in 1919, is usually called the world's first airline.",
     "DELAG, founded in 1909 to operate Zeppelin airships, was the world's first airline.", "contradicted"),
    # "about" a figure after a verb is its hedge, the figure what the verb took
    ("Over its career the Graf Zeppelin covered about a million kilometres.",
     "The Graf Zeppelin flew more than 1.6 million km (about 1 million miles) during its career.", "contradicted"),
    # a capitalised name before the noun "a" is for is a name the fact must give
    ("The first all-aluminium can was a Schlitz can in 1959.",
     "In 1959 Coors introduced the first all-aluminium beverage can in the United States.", "unverified"),
    # a place the claim puts a place in, where the fact puts it in others
    ("12 December 1901 Marconi's kite aerial at Signal Hill, Nova Scotia, picks up the first transatlantic radio signal",
     "On 12 December 1901 Guglielmo Marconi used a kite-borne aerial at Signal Hill, St John's, Newfoundland, to "
     "receive the first transatlantic radio signal.", "unverified"),
    ("12 December 1901 Marconi's kite aerial at Signal Hill, Newfoundland, picks up the first transatlantic radio signal",
     "On 12 December 1901 Guglielmo Marconi used a kite-borne aerial at Signal Hill, St John's, Newfoundland, to "
     "receive the first transatlantic radio signal.", "supported"),
    # a sea the claim's act crosses is no rival of the land the fact's lands in
    ("In 1978 Double Eagle II became the first balloon to cross the Atlantic.",
     "In August 1978 Ben Abruzzo, Maxie Anderson and Larry Newman made the first transatlantic balloon crossing in "
     "the helium balloon Double Eagle II, landing in France.", "unverified"),
    # "BC" after a century is its era, no name
    ("c. 5th century BC kites in China, credited to Mozi and Lu Ban",
     "Kites are generally believed to have originated in China, where tradition credits Mozi and Lu Ban with early "
     "kites in the 5th century BC.", "supported"),
    # (the first review) a pointer into the writer's source is no figure; a label that is the clause's one
    # doer is no "it"; a label's clause left with nothing says nothing
    ("Cinématographe (fig. 8) was patented by the Lumières in February 1895",
     "The Lumière brothers patented the Cinématographe on 13 February 1895.", "supported"),
    ("Kiel Canal opened in 1895 (see p. 8) by Wilhelm II", "Kaiser Wilhelm II opened the Kiel Canal in June 1895.",
     "supported"),
    ("Méliès (1902): shot it at Montreuil",
     "Georges Méliès shot Le Voyage dans la Lune at his glass studio in Montreuil in 1902.", "unverified"),
    ("Everest (1953): Hillary and Tenzing climbed it on 29 May",
     "Edmund Hillary and Tenzing Norgay climbed Mount Everest on 29 May 1953.", "supported"),
    # (the second review) a bracketed country after a thing, against the nation's word on the fact's noun; a
    # place beside the fact's in a list or a route does not place it; a note's own label is no "it"
    ("Vasa (Sweden): sank on her maiden voyage, 1628", "The Swedish warship Vasa sank on her maiden voyage in 1628.",
     "supported"),
    ("Vasa (Denmark): sank on her maiden voyage, 1628", "The Swedish warship Vasa sank on her maiden voyage in 1628.",
     "unverified"),  # (no support; a conflict would say more)
    ("The Lusitania sailed from Liverpool, England.", "The Lusitania sailed between Liverpool and New York.",
     "supported"),
    ("Reminder: the Met staged it in 1886", "The Metropolitan Opera first staged Tristan und Isolde in 1886.",
     "unverified"),
    # the dead are counted as the people they were
    ("4 April 1933 USS Akron crashed off New Jersey, 75 dead",
     "The US Navy airship USS Akron crashed off the New Jersey coast on 4 April 1933, killing 73 men.", "contradicted"),
    ("4 April 1933 USS Akron crashed off New Jersey, 73 dead",
     "The US Navy airship USS Akron crashed off the New Jersey coast on 4 April 1933, killing 73 men.", "supported"),
    # a place's name qualifying another noun than the fact's pins no event down
    ("First US city to require pasteurised milk: Chicago, 1908",
     "John Gorrie, a physician in Apalachicola, Florida, built an ice-making machine to cool fever patients and "
     "received a US patent for it in 1851.", "unverified"),
    # where the claim says someone was is not where the fact puts a thing of theirs
    ("Ben Franklin was in Paris at the time.", "Benjamin Franklin's kite experiment, showing that lightning is "
     "electrical, took place in Philadelphia in June 1752.", "unverified"),
    ("Franklin's kite experiment took place in Boston in June 1752.", "Benjamin Franklin's kite experiment, showing "
     "that lightning is electrical, took place in Philadelphia in June 1752.", "contradicted"),
    # a capitalised word and its date opening a note's line name someone, whatever verb the word is
    ("Cocking 1847 = 1st person killed in a parachute accident",
     "In 1837 Robert Cocking became the first person killed in a parachute accident, near London.", "contradicted"),
    # (not a past act with its date, which keeps its verb)
    ("Founded 1888 in Rochester by George Eastman", "Kodak was founded in 1888 by George Eastman in Rochester.",
     "supported"),
    # a framing clause that shares nothing with the fact does not hide the "when" clause's wrong place
    ("Britain had its own disaster in 1930, when the R101 crashed in northern France on its way to Egypt.",
     "The British airship R101 crashed near Beauvais, France, on 5 October 1930 on its first overseas voyage, "
     "bound for India, killing 48 people.", "contradicted"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _THIRTY_FIRST_STOP_FIRST_ROUND)
def test_thirty_first_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_two_names_another_fact_gives_for_one_thing_are_one_name(nlp: Language) -> None:
    facts = [Fact("limits", "The Locomotive Act of 1865 set speed limits of 4 mph in the country and 2 mph in towns.",
                  "", "", "", "a"),
             Fact("flag", "Britain's Locomotive Act of 1865, known as the Red Flag Act, required a person carrying a "
                          "red flag to walk ahead of self-propelled road vehicles.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Red Flag Act (1865): 4 mph in the country, 2 mph in towns"])
    assert judge_claim("c", claim, index).match.verdict == "supported"  # (the second name backs the first's fact)
    (claim,) = read_texts(nlp, ["Red Flag Act (1865): 6 mph in the country, 2 mph in towns"])
    assert judge_claim("c", claim, index).match.verdict == "contradicted"
    # (not where the act is said otherwise: the second name pins no act said in other words)
    facts = [Fact("semi", "Norwich City reached the FA Cup semi-final in 1959.", "", "", "", "a"),
             Fact("nick", "Norwich City, nicknamed the Canaries, play at Carrow Road.", "", "", "", "a")]
    (claim,) = read_texts(nlp, ["The Canaries won the FA Cup in 1959."])
    assert judge_claim("c", claim, build_index(facts, nlp)).match.verdict != "supported"
    (claim,) = read_texts(nlp, ["Highway Act (1865): 4 mph in the country, 2 mph in towns"])
    m = judge_claim("c", claim, index).match
    assert (m.verdict, m.fact_id) == ("contradicted", "limits"), m.reason
    # (an "or" that offers two things gives no second name)
    facts = [Fact("ae", "Ada Lovelace published the first algorithm for Babbage's Analytical Engine in 1843.",
                  "", "", "", "a"),
             Fact("never", "Babbage never finished building either the Difference Engine or the Analytical Engine.",
                  "", "", "", "a")]
    (claim,) = read_texts(nlp, ["Ada Lovelace published the first algorithm for Babbage's Difference Engine in 1843."])
    assert judge_claim("c", claim, build_index(facts, nlp)).match.verdict == "contradicted"
    # (nor a name a noun is given in passing)
    facts = [Fact("ed", "Thomas Edison invented the phonograph in 1877.", "", "", "", "a"),
             Fact("kr", "Thomas Edison hired a machinist named John Kruesi to build the first model.", "", "", "", "a")]
    (claim,) = read_texts(nlp, ["John Kruesi invented the phonograph in 1877."])
    assert judge_claim("c", claim, build_index(facts, nlp)).match.verdict == "contradicted"


def test_what_a_person_named_beside_the_doer_was_may_come_from_another_fact(nlp: Language) -> None:
    facts = [Fact("jar", "John Landis Mason patented the screw-top glass jar on 30 November 1858.", "", "", "", "a"),
             Fact("tin", "John Landis Mason was an American tinsmith.", "", "", "", "a")]
    index = build_index(facts, nlp)
    said = {text: judge_claim("c", read_texts(nlp, [text])[0], index).match.verdict for text in (
        "John Landis Mason, a tinsmith, patented his screw-top jar on 30 November 1858.",
        "John Landis Mason, a blacksmith, patented his screw-top jar on 30 November 1858.",
        "John Landis Mason, a tinsmith, patented his screw-top jar on 30 November 1859.")}
    assert list(said.values()) == ["supported", "unverified", "contradicted"], said


_THIRTIETH_STOP_FIRST_ROUND = [
    # the name of the fact's place where the claim names another (neither a town nor a country)
    ("The Reynolds Rocket went on sale at Macy's in October 1945 for $12.50.",
     "The Reynolds Rocket ballpoint went on sale at Gimbels department store in New York in October 1945.",
     "contradicted"),
    ("Herzstark worked out the Curta design while a prisoner at Dachau.",
     "Curt Herzstark worked out the design of the Curta while a prisoner in Buchenwald concentration camp.",
     "contradicted"),
    ("The painting was shown at the Louvre in 1900.", "The painting was shown at the Orsay museum in 1900.",
     "contradicted"),
    ("The painting was shown in Paris in 1900.", "The painting was shown at the Orsay museum in 1900.", "unverified"),
    # an informal word for a relative is that relative
    ("Grace Darling and her dad rowed out from the Longstone lighthouse on 7 September 1838.",
     "On 7 September 1838 Grace Darling and her father William rowed out from the Longstone lighthouse.", "supported"),
    ("Grace Darling and her mom rowed out from the Longstone lighthouse on 7 September 1838.",
     "On 7 September 1838 Grace Darling and her father William rowed out from the Longstone lighthouse.",
     "contradicted"),
    # a number counts no word in the bracket after it
    ("Lifeboat stations: approx. 238 (UK and Ireland)",
     "The RNLI runs around 238 lifeboat stations around the coasts of the UK and Ireland.", "supported"),
    # names in brackets after a note's verb did it
    # a table row's place holds the fact's town (WordNet's gloss puts Dunkirk in France): the count differs
    ("| 1940 | Dunkirk evacuation | France | 12 RNLI lifeboats took part |",
     "Nineteen RNLI lifeboats took part in the Dunkirk evacuation in 1940.", "contradicted"),
    # a noun of the same class on the same noun says which kind (WordNet's first "piston" is a composer)
    ("In 1929 Pelikan launched its first fountain pen, a lever filler.",
     "Pelikan launched its first fountain pen, a piston filler, in 1929.", "unverified"),
    ("In 1929 Pelikan launched its first fountain pen, a piston filler.",
     "Pelikan launched its first fountain pen, a piston filler, in 1929.", "supported"),
    # what the claim denies of the first one, a fact that ranks none does not say
    ("The first ballpoint patent wasn't Bíró's.",
     "After emigrating to Argentina, the Bíró brothers filed a new ballpoint patent there in 1943.", "unverified"),
    ("The Bíró brothers did not file a ballpoint patent in 1943.",
     "After emigrating to Argentina, the Bíró brothers filed a new ballpoint patent there in 1943.", "contradicted"),
    ("1848: Palm House at Kew built (Decimus Burton & Richard Turner)",
     "The Palm House at Kew was built between 1844 and 1848 to designs by Decimus Burton and Richard Turner.",
     "unverified"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _THIRTIETH_STOP_FIRST_ROUND)
def test_thirtieth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


_TWENTY_NINTH_STOP_FIRST_ROUND = [
    # a sum written with its scale's capital letter after the sign
    ("Haier bought GE Appliances 2016 for $3.3B",
     "Haier bought GE Appliances from General Electric in 2016 for $5.4 billion.", "contradicted"),
    ("Haier bought GE Appliances 2016 for $5.4B",
     "Haier bought GE Appliances from General Electric in 2016 for $5.4 billion.", "supported"),
    ("Kwolek invented Kevlar at 3M in 1965.", "Stephanie Kwolek invented Kevlar at DuPont in 1965.", "contradicted"),
    # power written as a spec sheet writes it
    ("2017 EU limit drops to 1,200 W",
     "From September 2017 the EU limit on vacuum cleaner rated motor power fell to 900 watts.", "contradicted"),
    ("EU limit: 900 W since September 2017.",
     "From September 2017 the EU limit on vacuum cleaner rated motor power fell to 900 watts.", "supported"),
    ("The Accutron of 1960 was regulated by a 360 Hz tuning fork.",
     "Bulova's Accutron of 1960 was regulated by a tuning fork vibrating at 360 Hz.", "supported"),
    # a note's verb the tagger took for a noun, with its particle
    ("mammalian dive reflex: cold water on face -> HR speeds up",
     "The mammalian dive reflex slows the heart rate when the face is immersed in cold water.", "unverified"),
    ("mammalian dive reflex: cold water on face -> HR slows down",
     "The mammalian dive reflex slows the heart rate when the face is immersed in cold water.", "supported"),
    # the short word notes write for "maximum"
    ("max oxygen partial pressure: 1.6 bar",
     "Recreational training agencies set a maximum oxygen partial pressure of 1.4 bar.", "contradicted"),
    # a name qualifying the noun for what the fact's act was done to is what was done to
    ("Cousteau and Gagnan built their Aqua-Lung in 1947, and it changed everything.",
     "Jacques-Yves Cousteau and Émile Gagnan developed the Aqua-Lung open-circuit scuba regulator in 1943.",
     "contradicted"),
    ("Cousteau and Gagnan built their Aqua-Lung in 1943.",
     "Jacques-Yves Cousteau and Émile Gagnan developed the Aqua-Lung open-circuit scuba regulator in 1943.",
     "supported"),
    # the object itself said with the opposite word
    ("front-loaders use MORE water than agitator top-loaders",
     "Front-loading washing machines generally use less water than traditional top-loaders with a central agitator.",
     "contradicted"),
    ("front-loaders use more energy than agitator top-loaders",
     "Front-loading washing machines generally use less water than traditional top-loaders with a central agitator.",
     "unverified"),
    # what a copula says a named thing was, qualified by another name
    ("Calypso was a US Navy minesweeper.", "Cousteau's research ship Calypso was a converted former Royal Navy "
     "minesweeper.", "contradicted"),
    ("The Stones were a London band.", "The Beatles were a Liverpool band.", "unverified"),
    # one word for the kind the fact names with two, WordNet's synonyms (not a kind of it)
    ("Thor electric washer -> 1908, Hurley Machine Co., Chicago", "The Thor electric washing machine, made by the "
     "Hurley Machine Company of Chicago, was introduced in 1908.", "supported"),
    ("Countdown timers at UK pedestrian crossings: first trialled in London in 2011",
     "Britain's first parking meters were installed in Mayfair, London, in 1958.", "unverified"),
    # a gas written by its formula
    ("N2 narcosis -> noticeable from ~30 m on air", "Nitrogen narcosis typically becomes noticeable when breathing "
     "air at depths of around 30 metres (100 feet).", "supported"),
    ("N2 narcosis -> noticeable from ~50 m on air", "Nitrogen narcosis typically becomes noticeable when breathing "
     "air at depths of around 30 metres (100 feet).", "contradicted"),
    ("CCR rebreathers remove CO2 with a scrubber", "Closed-circuit rebreathers recycle exhaled gas, remove carbon "
     "dioxide with a chemical scrubber and release few or no bubbles.", "supported"),
    # a length and its conversion in brackets, then "per minute": a rate
    ("ascent: max 9 m/min (30 ft/min) per most agencies",
     "Many training agencies recommend a maximum ascent rate of 9 metres (30 feet) per minute.", "supported"),
    ("Item: Max ascent rate; Value: 18 m per minute; Note: slower is better",
     "Many training agencies recommend a maximum ascent rate of 9 metres (30 feet) per minute.", "contradicted"),
    # a tally after the comma the parser made the root: the verb before it is the note's
    ("U-20 sinks Lusitania off Ireland, ~1,200 dead", "The German submarine U-20 sank the liner RMS Lusitania "
     "off the south coast of Ireland on 7 May 1915, killing nearly 1,200 people.", "supported"),
    ("U-20 sinks Lusitania off Ireland, ~2,200 dead", "The German submarine U-20 sank the liner RMS Lusitania "
     "off the south coast of Ireland on 7 May 1915, killing nearly 1,200 people.", "contradicted"),
    # "rather than in shops" sets the shops aside, as ", not in shops" does
    ("Kirby still sells only through in-home demos, not in shops.", "Kirby vacuum cleaners are sold through in-home "
     "demonstrations by independent distributors rather than in shops.", "supported"),
    ("Kirby sells in shops.", "Kirby vacuum cleaners are sold through in-home demonstrations by independent "
     "distributors rather than in shops.", "contradicted"),
    # a denial is backed by one of the same words, not by any denial
    ("EF ratings come straight from measured wind speeds, not from the damage", "The Fujita and Enhanced Fujita "
     "scales rate tornadoes from the damage they cause rather than from directly measured wind speeds.", "unverified"),
    # who, what and when agree in other words; whose the thing is differs
    ("c. 1969 GoldStar builds Japan's first washing machine", "GoldStar, the predecessor of LG Electronics, produced "
     "South Korea's first washing machine in 1969.", "contradicted"),
    ("GoldStar built South Korea's first washing machine in 1969.", "GoldStar, the predecessor of LG Electronics, "
     "produced South Korea's first washing machine in 1969.", "supported"),
    # (the review's) a "B" after a figure is a billion only after a sum's sign or before a currency's word
    ("Bus route 9B runs to Heathrow Airport", "Bus route 9B runs to Heathrow Airport.", "supported"),
    ("The Tokyo Skytree cost 65B yen", "The Tokyo Skytree cost 65 billion yen.", "supported"),
    ("The Large Hadron Collider consumes about 200 MW", "The Large Hadron Collider consumes about 200 kW.",
     "contradicted"),
    # "max" on the noun the fact's "maximum" or "minimum" is on
    ("F1 rules: max car weight 798 kg", "Formula 1 rules set a minimum car weight of 798 kg and a maximum fuel load "
     "of 110 kg.", "contradicted"),
    # a later act on the thing is not its making
    ("Britain withdrew the Penny Black in 1841", "Britain introduced the Penny Black adhesive stamp in 1840.",
     "unverified"),
    ("Fleming discovered penicillin at St Thomas' Hospital in 1928", "Alexander Fleming discovered penicillin at "
     "St Mary's Hospital in London in 1928.", "contradicted"),
    # (the review's) an adjective in a noun's place, compared; and what an act made a thing, compared
    ("Marathon runners burn more fat than sprinters.", "Marathon runners burn less fat than sprinters.",
     "contradicted"),
    ("Marathon runners burn less fat than sprinters.", "Marathon runners burn less fat than sprinters.", "supported"),
    ("Tariffs made imports more expensive than before.", "Tariffs made imports less expensive than before.",
     "contradicted"),
    # a claim may be vaguer than its fact, not more exact with another figure
    ("Standard concert pitch is 442 Hz.", "Standard concert pitch is 440 Hz.", "unverified"),
    ("Standard concert pitch is about 440 Hz.", "Standard concert pitch is 440 Hz.", "supported"),
    ("The bridge is 1,520 metres long.", "The bridge is about 1,500 metres long.", "supported"),
    # (the second review's) a formula is the substance, not a thing the substance qualifies, nor another salt
    ("The O2 opened in Greenwich in 2007.", "The first oxygen bar in Britain opened in Greenwich in 2007.",
     "unverified"),
    ("NaCl was first obtained from the springs at Epsom in 1618.", "Epsom salt was first obtained from the springs "
     "at Epsom in 1618.", "unverified"),
    ("SO2 emissions from US power plants peaked in 1973.", "Sulfur dioxide emissions from US power plants peaked "
     "in 1973.", "supported"),
    # a word the claim qualifies with one the fact lacks tells another sense
    ("The first concrete sleepers were laid on British railways in 1873.", "The first sleeping car ran on British "
     "railways in 1873.", "unverified"),
    # "rather than" sets its phrase aside, not what the act goes on to say; a claim denying it too agrees
    ("The Treaty of Versailles was signed in the Hall of Mirrors in 1919.", "The Treaty of Versailles was signed in "
     "the Hall of Mirrors at Versailles rather than in Paris in 1919.", "supported"),
    ("Tupperware was sold in shops rather than through home parties.", "Tupperware was sold through home parties "
     "rather than in shops.", "contradicted"),
    # whose thing differs only between two acts of making
    ("Siemens sold Britain's first electric tramway in 1881.", "Siemens opened Germany's first electric tramway in "
     "1881.", "unverified"),
    # (Climate-FEVER's) a thing compared with another is backed only by the fact's comparing it the same way
    ("cold kills many more people than heat.", "Both cold waves and heat waves cause deaths, though different groups "
     "of people may be susceptible to different weather events.", "unverified"),
    # "unable to" denies the act after it, as "failed to" does
    ("Cold killed his father.", "Cold punches his father, but finds himself unable to kill him.", "contradicted"),
]


@pytest.mark.parametrize(("claim", "fact", "verdict"), _TWENTY_NINTH_STOP_FIRST_ROUND)
def test_twenty_ninth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_another_clause_s_doer_done_to_another_thing_is_no_rival(nlp: Language) -> None:
    facts = [Fact("scale", "Francis Beaufort devised his wind force scale in 1805.", "", "", "", "a"),
             Fact("cup", "The Irish astronomer Thomas Romney Robinson, director of Armagh Observatory, invented the "
                  "four-cup anemometer in 1846.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Francis Beaufort devised his wind force scale in 1805, about four decades before "
                                "Thomas Romney Robinson came up with the cup anemometer."])
    m = judge_claim("c", claim, index).match
    assert m.verdict != "contradicted", m.reason


def test_food_calories_are_not_a_thousandth_of_kilocalories(nlp: Language) -> None:
    # (a food's "calories" are kilocalories: compared as words, never refuted by pint's factor of 1,000)
    m = pair(nlp, "A medium banana contains about 105 calories", "A medium banana contains about 105 kcal.")
    assert m.verdict != "contradicted", m.reason


def test_a_share_in_conflict_is_settled_elsewhere_only_with_a_name_both_back(nlp: Language) -> None:
    facts = [Fact("survey", "The authors found that 97.1% of the abstracts endorsed the consensus that humans are "
                  "causing global warming.", "", "", "", "a"),
             Fact("other", "Less than half of the world's forests are protected.", "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Less than half of published scientists endorse global warming."])
    m = judge_claim("c", claim, index).match
    assert m.verdict == "contradicted", m.reason


def test_working_for_a_firm_is_not_developing_a_thing(nlp: Language) -> None:
    # (WordNet defines "develop" as "work out": a phrasal verb, not "work", to be employed)
    facts = [Fact("lung", "Jacques-Yves Cousteau and Émile Gagnan developed the Aqua-Lung in 1943.", "", "", "", "a"),
             Fact("job", "Émile Gagnan was an engineer working for the French industrial gas company Air Liquide.",
                  "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Gagnan worked for the tyre maker Michelin."])
    m = judge_claim("c", claim, index).match
    assert (m.verdict, m.fact_id) == ("contradicted", "job"), m.reason


def test_a_step_of_a_series_another_fact_gives_is_no_conflict_with_the_step_before(nlp: Language) -> None:
    facts = [Fact("1600", "From September 2014 the EU limited new vacuum cleaners to a rated motor power of 1,600 "
                  "watts.", "", "", "", "a"),
             Fact("900", "From September 2017 the EU limit on vacuum cleaner rated motor power fell to 900 watts.",
                  "", "", "", "a")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["EU motor cap: 900 W since September 2017."])
    m = judge_claim("c", claim, index).match
    assert m.verdict != "contradicted", m.reason


_TWENTY_EIGHTH_STOP_FIRST_ROUND = [
    # what an act made a thing "as" is what the claim says, not a circumstance
    ("New Holland was founded in 1895 by Abe Zimmerman in New Holland, Pennsylvania, as a repair shop for farm engines.",
     "New Holland was founded by Abe Zimmerman in New Holland, Pennsylvania, in 1895.", "unverified"),
    ("The Mayo Clinic opened in 1889 in Rochester, Minnesota, as a hospital.",
     "The Mayo Clinic opened as a hospital in Rochester, Minnesota, in 1889.", "supported"),
    ("The Mayo Clinic opened in 1889 in Rochester, Minnesota, as a result of a tornado.",
     "The Mayo Clinic opened in Rochester, Minnesota, in 1889.", "supported"),
    ("The statue was given to the United States by France in 1886 as a token of friendship.",
     "The statue was given to the United States by France in 1886.", "supported"),
    # two amounts, each with what it is for, swapped
    ("limits under the 1865 Act: 2 mph country / 4 mph town",
     "The Locomotive Act of 1865 set speed limits of 4 mph in the country and 2 mph in towns.", "contradicted"),
    ("limits under the 1865 Act: 4 mph country / 2 mph town",
     "The Locomotive Act of 1865 set speed limits of 4 mph in the country and 2 mph in towns.", "supported"),
    ("The 1865 Act set a country limit of 4 mph and a town limit of 2 mph.",
     "The Locomotive Act of 1865 set speed limits of 4 mph in the country and 2 mph in towns.", "supported"),
    # a route named by its two ends
    ("1st Reichsautobahn section Frankfurt-Darmstadt, May 1933",
     "The first Reichsautobahn section, between Frankfurt and Darmstadt, opened in May 1935.", "contradicted"),
    ("1st Reichsautobahn section Frankfurt-Darmstadt, May 1935",
     "The first Reichsautobahn section, between Frankfurt and Darmstadt, opened in May 1935.", "supported"),
    # (the two ends of one route in the fact, not two names anywhere in it)
    ("Charles Lindbergh flew the Detroit-Paris route solo in 1927.",
     "Born in Detroit, Charles Lindbergh flew solo from New York to Paris in 1927.", "unverified"),
    ("The Molotov-Ribbentrop pact was signed in 1941.", "Molotov and Ribbentrop signed their pact in 1939.",
     "contradicted"),
    # a name made of two of the fact's names is no rival of either
    ("c. 1921 Lanz Bulldog (Mannheim), hot-bulb engine",
     "Heinrich Lanz AG of Mannheim introduced the Bulldog tractor with a hot-bulb engine in 1921.", "unverified"),
    # (but a person's name is one person's: "Erasmus Darwin" is not Charles Darwin, Erasmus's grandson)
    ("Erasmus Darwin published On the Origin of Species in 1859.",
     "Charles Darwin, grandson of Erasmus, published On the Origin of Species in 1859.", "contradicted"),
    # (nor is one the fact names only as another's kin the doer, however the fact is parsed)
    ("Erasmus Darwin published On the Origin of Species in 1859.",
     "Charles Darwin, grandson of Erasmus Darwin, published On the Origin of Species in 1859.", "contradicted"),
    # a word speech writes short, and "w/" for "with"
    ("moved the biz to Moline, Iowa in 1848", "John Deere moved his plough business to Moline, Illinois, in 1848.",
     "contradicted"),
    ("John Deere moved the biz to Moline, Illinois in 1848",
     "John Deere moved his plough business to Moline, Illinois, in 1848.", "supported"),
    ("Hart-Parr (Charles City, Iowa) -> credited w/ popularising the word \"tractor\"",
     "Hart-Parr of Charles City, Iowa, is credited with popularising the word \"tractor\".", "supported"),
    # a rank of a noun written short, and a title by its initials
    ("UK: Preston By-pass = 1st mway, opened 5 Dec 1958 by Macmillan (PM)",
     "Britain's first motorway, the Preston By-pass, was opened by Prime Minister Harold Macmillan on 5 December 1958.",
     "supported"),
    ("UK: Preston By-pass = 1st mway, opened 5 Dec 1958 by Macmillan (MP)",
     "Britain's first motorway, the Preston By-pass, was opened by Prime Minister Harold Macmillan on 5 December 1958.",
     "unverified"),
    # a word cut short with its full stop, and the word a compound ends with
    ("prod. moved to Dagenham 1933", "Fordson tractor production moved from Cork to Dagenham, England, in 1933.",
     "supported"),
    ("prod moved to Dagenham 1933", "Fordson tractor production moved from Cork to Dagenham, England, in 1933.",
     "unverified"),
    ("May 1935: Frankfurt-Darmstadt autobahn opens",
     "The first Reichsautobahn section, between Frankfurt and Darmstadt, opened in May 1935.", "supported"),
    ("Edward VII was the grandson of George III.", "Edward VII was the great-grandson of George III.", "contradicted"),
    # a city's initials are no place the fact lacks: the date still conflicts (and still backs nothing)
    ("Estée Lauder co. founded 1964 in NYC w/ husband Joseph",
     "Estée Lauder and her husband Joseph Lauder founded the Estée Lauder company in New York in 1946.",
     "contradicted"),
    ("Estée Lauder co. founded 1946 in NYC w/ husband Joseph",
     "Estée Lauder and her husband Joseph Lauder founded the Estée Lauder company in New York in 1946.",
     "unverified"),
    # (not a compound that is a word of its own, nor a full stop that ends the sentence)
    ("Kasparov became a master in 1980.", "Kasparov became a grandmaster in 1980.", "unverified"),
    ("Hadrian built a new port.", "Hadrian built a new portico.", "unverified"),
    # (a title's initials back only the name of the person the claim gives it to)
    ("UK: Preston By-pass opened 5 Dec 1958 by Macmillan (PM)",
     "Britain's first motorway, the Preston By-pass, was opened by Prime Minister Harold Wilson on 5 December 1958.",
     "contradicted"),
    # a maker's name with "Model" names a product, not the maker
    ("1923 John Deere Model D", "John Deere was born in Rutland, Vermont, in 1804.", "unverified"),
    ("Mark Spitz won seven gold medals in 1972.", "Mark Spitz won seven gold medals at the 1972 Munich Olympics.",
     "supported"),
    # the first of a thing is one event, whatever the verb: another place is a conflict
    ("Britain's first automatic traffic lights were switched on in Leeds in 1927.",
     "Britain's first automatic traffic lights were installed in Wolverhampton in 1927.", "contradicted"),
    ("Britain's automatic traffic lights were switched on in Leeds in 1927.",
     "Britain's first automatic traffic lights were installed in Wolverhampton in 1927.", "unverified"),
]


@pytest.mark.parametrize("claim, fact, verdict", _TWENTY_EIGHTH_STOP_FIRST_ROUND)
def test_twenty_eighth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


_TWENTY_SEVENTH_STOP_FIRST_ROUND = [
    # a thing's name that only says what kind another is tells no doing: a ski binding is no skiing
    ("Nansen skied across Greenland in 1888.", "Nansen designed a new ski binding in 1888.", "unverified"),
    ("Zdarsky skied with one long pole.",
     "Mathias Zdarsky developed a steel-plate ski binding at Lilienfeld in Lower Austria.", "unverified"),
    # an act named only in a noun qualifying another: what the claim's act is done with must be there
    ("Zdarsky skied with one long pole.",
     "Mathias Zdarsky published his alpine skiing manual, Lilienfelder Skilauf-Technik, in 1896.", "unverified"),
    ("Wichterle spun the first soft lenses on a machine in 1961.",
     "In 1961 Wichterle made the first soft contact lenses on a spin-casting machine.", "supported"),
    # a clause after "after" has its own date: the date goes with what the claim says of that clause
    ("Curling became an Olympic medal sport in 1988.",
     "Curling became an Olympic medal sport at the 1998 Nagano Games, after being a demonstration sport in 1988.",
     "contradicted"),
    ("Curling was a demonstration sport in 1988.",
     "Curling became an Olympic medal sport at the 1998 Nagano Games, after being a demonstration sport in 1988.",
     "supported"),
    ("Women's speed skating, Olympic medals from: 1932",
     "Women's speed skating became an Olympic medal event at the 1960 Squaw Valley Games, after being a "
     "demonstration event in 1932.", "contradicted"),
    # a firm's nation, whatever noun the claim calls it by
    ("In 1939 the German firm Philips launched the Philishave.",
     "The Dutch company Philips launched its first electric shaver, the Philishave, in 1939.", "contradicted"),
    ("In 1946 the German firm Michelin introduced the radial tyre.",
     "The French company Michelin introduced the radial tyre in 1946.", "contradicted"),
    # "brought out" a product is its launch
    ("Braun brought out the S 50 shaver in 1950.",
     "The German company Braun launched its first electric shaver, the S 50, in 1950.", "supported"),
    ("Braun, a Swiss company, brought out its S 50 shaver in 1950.",
     "The German company Braun launched its first electric shaver, the S 50, in 1950.", "contradicted"),
    # a person's nation on a calling the fact says in other words; "the guy" says only that it is one
    ("Jackson Haines, a Canadian dancer, is the guy usually credited as the father of modern figure skating.",
     "Jackson Haines, an American ballet master, is regarded as the father of modern figure skating.", "contradicted"),
    # (a calling that differs is the one difference, said once)
    ("1513 - Piri Reis map drawn by the Venetian captain Piri Reis",
     "The Piri Reis map was drawn in 1513 by the Ottoman admiral Piri Reis.", "contradicted"),
    # a line without a verb names where after what it is about; a town before a state's code is a town
    ("first US rope tow: Stowe VT, 1934",
     "The first rope tow in the United States began running in 1934 at Woodstock, Vermont.", "contradicted"),
    ("first US rope tow: Woodstock VT, 1934",
     "The first rope tow in the United States began running in 1934 at Woodstock, Vermont.", "supported"),
    ('1965 Poppen\'s "Snurfer", Grand Rapids MI',
     "Sherman Poppen invented the Snurfer, an early snowboard, in 1965 in Muskegon, Michigan.", "contradicted"),
    ('1965 Poppen\'s "Snurfer", Muskegon MI',
     "Sherman Poppen invented the Snurfer, an early snowboard, in 1965 in Muskegon, Michigan.", "supported"),
    ("Pfaff – 1862, Stuttgart",
     "Georg Michael Pfaff founded his sewing machine company in Kaiserslautern in 1862.", "contradicted"),
    ("Merian: b. Nuremberg 1647", "Maria Sibylla Merian was born in Frankfurt in 1647.", "contradicted"),
    # a verb of making with no object but a year is a note's passive: what was founded is its subject
    ("1915 – Maybelline founded in New York",
     "Thomas Lyle Williams founded Maybelline in Chicago in 1915.", "contradicted"),
    ("1915 – Maybelline founded in Chicago", "Thomas Lyle Williams founded Maybelline in Chicago in 1915.", "supported"),
    ("Harvard founded 1639", "Harvard College was founded in 1636.", "contradicted"),
    # (a thing's making is not dated by another act the fact tells of it; a first doing is a beginning)
    ("1545: botanic garden of Padua founded",
     "The botanic garden of Padua was inscribed as a UNESCO World Heritage Site in 1997.", "unverified"),
    ("Guinness exports to England start 1796", "Guinness first exported its beer to England in 1769.", "contradicted"),
    # one person named twice in a card's line is one person, whose nation the fact gives
    ("Rimmel: Eugène Rimmel, Italian perfumer in Paris, early commercial mascara",
     "Eugène Rimmel, a French perfumer who worked in London, sold one of the first commercial mascaras in the "
     "19th century.", "contradicted"),
    # a country's code in brackets is the country
    ("1892 ISU founded at Scheveningen (NL)",
     "The International Skating Union was founded in 1892 in Scheveningen, the Netherlands.", "supported"),
    ("Paavo Nurmi (SWE): 9 golds", "Finnish runner Paavo Nurmi won nine Olympic gold medals.", "contradicted"),
    ("Paavo Nurmi (FIN): 9 golds", "Finnish runner Paavo Nurmi won nine Olympic gold medals.", "supported"),
    # (a country in brackets after a person is theirs, not where: the verbless line's place is not read into it)
    ("Paavo Nurmi (Finland): 9 golds", "Finnish runner Paavo Nurmi won nine Olympic gold medals.", "supported"),
    # a quoted slogan's "doesn't" denies nothing
    ("Clairol \"Does she... or doesn't she?\" -> Shirley Polykoff, 1956",
     "Clairol's \"Does she ... or doesn't she?\" hair-colour campaign was written by copywriter Shirley Polykoff in "
     "1956.", "supported"),
    # a participle on what the claim's act is done to dates that thing; a fact date another date of the claim
    # met does not overrule the one that agrees
    ("2002 Salt Lake City judging scandal -> ISU brings in new points system from 2004",
     "After the judging scandal at the 2002 Salt Lake City Olympics, the ISU replaced the 6.0 system with a "
     "points-based judging system, adopted in 2004.", "unverified"),
    # (not a name in a list of names that happens to be a town's)
    ("1969 – Delbrück, Hershey and Luria",
     "Max Delbrück, Alfred Hershey and Salvador Luria shared the 1969 Nobel Prize in Physiology or Medicine.",
     "supported"),
]


# the review's probes (/work/review27), each a mend of the change above
_TWENTY_SEVENTH_STOP_REVIEW_PROBES = [
    # a doing's noun that only says what kind a thing, a place or a text is tells of no doing
    ("Harris sailed to Lisbon in 1802", "Harris ran a sail loft in Lisbon in 1802", "unverified"),
    ("Turner painted at Margate in 1830", "Turner bought a paint box in Margate in 1830", "unverified"),
    ("The Beatles recorded at Abbey Road in 1962", "The Beatles bought a record player at Abbey Road in 1962",
     "unverified"),
    ("Ali boxed in Kinshasa in 1974", "Ali opened a boxing gym in Kinshasa in 1974", "unverified"),
    ("Rio Tinto mined in Spain in 1873", "Rio Tinto bought mining rights in Spain in 1873", "unverified"),
    # (the very word the fact qualifies with, or a measured doing, is held to no more than before)
    ("1988 - Guinness draught in a can, with the widget",
     "Guinness launched canned draught stout containing a nitrogen \"widget\" in 1988.", "supported"),
    ("1904: Rubel discovers offset onto paper (New Jersey)",
     "Ira Washington Rubel is credited with discovering offset lithographic printing on paper in New Jersey in 1904.",
     "supported"),
    ("1968: Bob Beamon long jumps 8.90 m in Mexico City",
     "Bob Beamon set a long jump world record of 8.90 metres at the 1968 Mexico City Olympics.", "supported"),
    # "brought out" is a launch only of a product
    ("Rescuers brought out 33 miners in 2010", "Chile launched the rescue of 33 miners in 2010", "unverified"),
    # a town WordNet does not know, a comma and its state: the state is its locator
    ("Edison's laboratory: Menlo Park CA, 1876", "Edison opened his laboratory at Menlo Park, New Jersey, in 1876",
     "contradicted"),
]


# every verdict probe of the twenty-seventh stop, one pair each
@pytest.mark.parametrize("claim, fact, verdict", _TWENTY_SEVENTH_STOP_FIRST_ROUND + _TWENTY_SEVENTH_STOP_REVIEW_PROBES)
def test_twenty_seventh_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


_TWENTY_SIXTH_STOP_FIRST_ROUND = [
    # what an aside says a thing came from is checked where the fact says what it came from
    ("Tallow (from seals) made cheap, smoky candles in the 19th century.",
     "In the 19th century, tallow from cattle was used to make cheap, smoky candles.", "unverified"),
    ("tallow (from seal blubber) -> 19th c. candle, cheap + smoky",
     "In the 19th century, tallow from cattle was used to make cheap, smoky candles.", "unverified"),
    ("tallow (from cattle) -> 19th c. candle, cheap + smoky",
     "In the 19th century, tallow from cattle was used to make cheap, smoky candles.", "supported"),
    # "19th c." is the century in notes
    ("tallow (from cattle) -> 17th c. candle, cheap + smoky",
     "In the 19th century, tallow from cattle was used to make cheap, smoky candles.", "contradicted"),
    # a holiday after a dash is a name, not the writer's capital
    ("2009 Brixton jewel theft – Christmas weekend",
     "The Brixton jewel theft took place over the Easter weekend of 2009.", "contradicted"),
    ("2009 Brixton jewel theft – Easter weekend",
     "The Brixton jewel theft took place over the Easter weekend of 2009.", "supported"),
    # a town and its state with no comma: the town is where
    ("Halvorsen Brothers started in Buffalo NY",
     "The tool maker Halvorsen Brothers was founded in Rochester, New York.", "contradicted"),
    ("Halvorsen Brothers started in Rochester NY",
     "The tool maker Halvorsen Brothers was founded in Rochester, New York.", "supported"),
    # a reporting frame's date dates the act it frames, when that has none of its own, both ways
    ("1998 Halden tubular locks opened with a paper clip",
     "In 2006 it was shown that some Halden bicycle locks with tubular cylinders could be opened with a paper clip.",
     "contradicted"),
    ("2006 Halden tubular locks opened with a paper clip",
     "In 2006 it was shown that some Halden bicycle locks with tubular cylinders could be opened with a paper clip.",
     "supported"),
    # a firm "formed" is one "founded"
    ("Norrland Match founded: 1931",
     "Norrlands Tändsticks AB, known in English as Norrland Match, was formed in 1921.", "contradicted"),
    ("Norrland Match founded: 1921",
     "Norrlands Tändsticks AB, known in English as Norrland Match, was formed in 1921.", "supported"),
    # initials and a surname written without its accent are the one person
    ("1868 K. E. Soderstrom's improved oil lamp patent",
     "Karl Edvard Söderström patented his improved oil lamp in 1858.", "contradicted"),
    # a town WordNet does not list rivals the claim's town "in" the one slot
    ("Brandt locks were made in Birmingham.", "Brandt locks were manufactured in Kettlewick.", "contradicted"),
    ("Brandt locks were made in Kettlewick.", "Brandt locks were manufactured in Kettlewick.", "supported"),
    ("Harrow Lighter Company founded in Pittsburgh",
     "Paul Harrow founded the Harrow Lighter Company in Dunmore, Pennsylvania, in 1931.", "contradicted"),
    # (a firm "started" is one founded)
    ("In 1871 he teamed up with Henry Crane to start the Vail Hinge Company in New Haven, Connecticut.",
     "In 1871 Amos Vail and Henry Crane founded the Vail Hinge Company in Kettlewick, Connecticut.", "contradicted"),
    # a quality compared the other way is denied; compared the same way, or its opposite the other way, not
    ("Grey tin is denser than the white kind.", "Grey tin is far less dense than white tin.", "contradicted"),
    ("Grey tin is less dense than the white kind.", "Grey tin is far less dense than white tin.", "supported"),
    ("Grey tin is less dangerous than white tin.", "Grey tin is far safer than white tin.", "unverified"),
    ("Oak torches burned less brightly than pine torches.",
     "Oak torches burned brighter and longer than pine torches but cost more.", "contradicted"),
    # a nation a copula gives the person, against the fact's adjective of what the person was
    ("Alfred Hobbs was British.", "Alfred Charles Hobbs was an American locksmith.", "contradicted"),
    ("Alfred Hobbs was American.", "Alfred Charles Hobbs was an American locksmith.", "supported"),
    # a month's word after a name and "&" is a name's ("Bryant & May"), no date
    ("1888 July: strike at Vorley & May, Bow",
     "The strike of July 1888 took place at the Vorley & May match factory in Bow, in the East End of London.",
     "supported"),
    # a town the fact puts in its place rivals the claim's; the place it is in, or the claim's own, does not
    ("Harrow Lighter Company founded in Philadelphia",
     "Paul Harrow founded the Harrow Lighter Company in Dunmore, Pennsylvania, in 1931.", "contradicted"),
    ("The strike broke out in 1888 at the Vorley & May factory in London.",
     "The strike of July 1888 took place at the Vorley & May match factory in Bow, in the East End of London.",
     "supported"),
    # a thing named by its head word is no sibling of a kind of it ("chlorate" / "potassium chlorate"),
    # but "light heavyweight" is no heavyweight
    ("c. 1805 Vorley (Paris): chlorate-headed matches dipped in sulfuric acid",
     "Around 1805 Jean Vorley in Paris made matches with potassium chlorate heads that ignited when dipped "
     "into sulfuric acid.", "supported"),
    ("Harold Vorley won the heavyweight gold", "Harold Vorley won the light heavyweight gold in 1960.", "contradicted"),
    # (the same count of a thing counted)
    ("Most gate locks have five or six pins.", "Many ordinary gate locks have five or six pin stacks.", "supported"),
    # whose request, said either way round: two people rival
    ("1911 Norland Match gives up its patent at President Woodrow Wilson's request",
     "In 1911 the Norland Match Company gave up its patent at the request of President William Howard Taft.",
     "contradicted"),
    ("1911 Norland Match gives up its patent at Taft's request",
     "In 1911 the Norland Match Company gave up its patent at the request of President William Howard Taft.",
     "supported"),
    # a month's word between two names is a given name ("Karl August"), no date
    ("In 1858 K. A. Soderstrom patented the improved oil lamp.",
     "Karl August Söderström patented his improved oil lamp in 1858.", "supported"),
]


# the review's probes (/work/review26), each a mend of the change above
_TWENTY_SIXTH_STOP_REVIEW_PROBES = [
    # the two compared the other way round say the same, or deny it
    ("Diesel locomotives were more efficient than steam locomotives",
     "Steam locomotives were far less efficient than diesel locomotives", "supported"),
    ("Diesel locomotives were less efficient than steam locomotives",
     "Steam locomotives were far less efficient than diesel locomotives", "contradicted"),
    ("Mercury is hotter than Venus", "Venus is hotter than Mercury", "contradicted"),
    ("The Mallard ran faster than the Flying Scotsman", "The Flying Scotsman ran slower than the Mallard", "supported"),
    # "started" is a founding only of what it started, a firm, not work or a march
    ("Brunel started work on the Thames Tunnel in 1825", "Brunel founded a company in 1830", "unverified"),
    ("Gandhi started the Salt March in 1930", "Gandhi founded the ashram in 1915", "unverified"),
    # a frame's date is not the date of the past act it reports
    ("The canal was dug by hand in 1790", "In 1912 historians showed that the canal had been dug by hand", "unverified"),
    # a town and a state or country with no comma, where WordNet puts the town in neither
    ("The film was shot in Paris Texas", "The film was shot in Paris, France", "contradicted"),
    ("The film was shot in Paris France", "The film was shot in Paris, France", "supported"),
    # (nor backs one: "In 1953 it was shown that Piltdown Man had been forged" does not date the forging)
    ("Piltdown Man was forged in 1953", "In 1953 it was shown that Piltdown Man had been forged", "unverified"),
    ("Mallory died on the north face in 1999", "In 1999 it was confirmed that Mallory had died on the north face",
     "unverified"),
    # a nation said of the subject is not backed by the same word on another noun of the fact; by birth it is
    ("Hobbs was British", "Hobbs was the American agent of a British firm", "unverified"),
    ("Marie Curie was Polish.", "Marie Curie was a Polish-born French physicist.", "supported"),
    ("Marie Curie was German.", "Marie Curie was a Polish-born French physicist.", "contradicted"),
    # an aside's "from X" against what a participle of the fact says the thing was obtained from
    ("Penicillin (from a bacterium) was discovered in 1928",
     "Penicillin, obtained from Penicillium mould, was discovered in 1928", "unverified"),
    ("Penicillin (from a mould) was discovered in 1928",
     "Penicillin, obtained from Penicillium mould, was discovered in 1928", "supported"),
    # what a comparison is made with, whatever the tagger calls it ("than silver" tagged an adjective)
    ("Copper is more expensive than silver", "Silver is more expensive than copper", "contradicted"),
    ("Copper is less expensive than silver", "Silver is more expensive than copper", "supported"),
    # how much of a thing, compared the other way, is no support
    ("The new engine burned less fuel than the old one", "The new engine burned more fuel than the old one",
     "unverified"),
    ("The new engine burned less fuel than the old one", "The new engine burned far less fuel than the old one",
     "supported"),
    # "3rd c. BC" is before the common era
    ("Great Wall begun 3rd c. BC", "Construction of the Great Wall began in the 3rd century BC", "supported"),
]


# every verdict probe of the twenty-sixth stop, one pair each
@pytest.mark.parametrize("claim, fact, verdict", _TWENTY_SIXTH_STOP_FIRST_ROUND + _TWENTY_SIXTH_STOP_REVIEW_PROBES)
def test_twenty_sixth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# every verdict probe of the twenty-fifth stop, one pair each
@pytest.mark.parametrize("claim, fact, verdict", _TWENTY_FIFTH_STOP_FIRST_ROUND)
def test_twenty_fifth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_a_denial_of_the_very_act_outweighs_a_fact_saying_it_in_other_words(nlp: Language) -> None:
    # "Another Hull ferryman, Vanderhey, was granted a licence in 1712": a fact that he applied for one
    # that year backs the names and the date, not the grant; the fact that denies the grant refutes it
    facts = [Fact("applied", "In 1712 the ferryman Vanderhey applied to the town council of Hull for a licence for "
                  "the ferry.", "", "", "high", "c"),
             Fact("refused", "The town council did not grant Vanderhey a licence for the ferry.", "", "", "high", "c")]
    index = build_index(facts, nlp)
    (claim,) = read_texts(nlp, ["Another Hull ferryman, Vanderhey, was granted a licence for the ferry in 1712."])
    m = judge_claim("c", claim, index).match
    assert (m.verdict, m.fact_id) == ("contradicted", "refused"), m.reason


# every verdict probe of the twenty-fourth stop, one pair each
@pytest.mark.parametrize("claim, fact, verdict", _TWENTY_FOURTH_STOP_FIRST_ROUND + _TWENTY_FOURTH_STOP_SECOND_ROUND
                         + _TWENTY_FOURTH_STOP_REVIEW_PROBES)
def test_twenty_fourth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


def test_a_fact_backing_only_the_name_a_pronoun_was_read_as_backs_no_clause(nlp: Language) -> None:
    # "Batman followed ... He was the work of the writer Bob Kane and ...": a fact on another Batman book
    # backs the "he" alone, and does not outweigh the fact that swaps the two creators
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    claim = read(nlp("He was the work of the writer Bob Kane and the artist Bill Finger.")[:], referent="Batman")
    facts = [(Fact("creators", "Batman was created by the artist Bob Kane and the writer Bill Finger.", "", "", "high",
                   "c"), None),
             (Fact("sequel", "Frank Miller's Batman: The Dark Knight Returns was published in 1986.", "", "", "high",
                   "c"), None)]
    m = judge("c", claim, [(f, read(nlp(f.statement)[:])) for f, _ in facts]).match
    assert m.verdict == "contradicted" and m.fact_id == "creators", m.reason


# every verdict probe of the twenty-third stop, one pair each
@pytest.mark.parametrize("claim, fact, verdict", _TWENTY_THIRD_STOP_FIRST_ROUND + _TWENTY_THIRD_STOP_REVIEW_PROBES)
def test_twenty_third_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# every verdict probe of the twenty-second stop, one pair each
@pytest.mark.parametrize("claim, fact, verdict", _TWENTY_SECOND_STOP_FIRST_ROUND + _TWENTY_SECOND_STOP_SECOND_ROUND
                         + _TWENTY_SECOND_STOP_NOTE_ACTS + _TWENTY_SECOND_STOP_THIRD_ROUND
                         + _TWENTY_SECOND_STOP_REVIEW_PROBES + _TWENTY_SECOND_STOP_SECOND_REVIEW_PROBES)
def test_twenty_second_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# every verdict probe of the twenty-first stop, one pair each
@pytest.mark.parametrize("claim, fact, verdict", _TWENTY_FIRST_STOP_FIRST_ROUND + _TWENTY_FIRST_STOP_SECOND_ROUND
                         + _TWENTY_FIRST_STOP_THIRD_ROUND + _TWENTY_FIRST_STOP_REVIEW_PROBES
                         + _TWENTY_FIRST_STOP_SECOND_REVIEW_PROBES)
def test_twenty_first_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# every verdict probe of the twentieth stop, its rounds' and its reviews', one pair each
@pytest.mark.parametrize("claim, fact, verdict", _TWENTIETH_STOP_FIRST_ROUND + _TWENTIETH_STOP_SECOND_ROUND
                         + _TWENTIETH_STOP_THIRD_ROUND + _TWENTIETH_STOP_BUT_NOT + _TWENTIETH_STOP_REVIEW_PROBES
                         + _TWENTIETH_STOP_NAMES_WRITTEN_SHORT + _TWENTIETH_STOP_SECOND_REVIEW_PROBES)
def test_twentieth_stop(nlp: Language, claim: str, fact: str, verdict: str) -> None:
    m = pair(nlp, claim, fact)
    assert m.verdict == verdict, m.reason


# --- the thirty-sixth stop ---

def test_a_wrong_guess_for_a_missing_subject_refutes_nothing(nlp: Language) -> None:
    # a note under "Tiger" after a sibling line on the Masters: the reader's guess is wrong, not the claim
    from pipeline.verify.reading import read
    from pipeline.verify.verdict import judge

    fact = Fact("slam", "After winning the 2001 Masters, Tiger Woods held all four men's major titles at the same time.",
                "", "", "high", "golf")
    f = read(nlp(fact.statement)[:])
    guessed = read(nlp("held all 4 majors at once after the 2001 Masters")[:], referent="Masters")
    assert judge("c", guessed, [(fact, f)]).match.verdict != "contradicted"
    # (a date the claim counts from the one before is its own, and conflicts)
    dated = Fact("bolt", "Usain Bolt ran the 100 metres in 9.58 seconds in Berlin in 2009.", "", "", "high", "sport")
    later = read(nlp("He ran the 100 metres in 9.58 seconds in Berlin in 2011.")[:], referent="Usain Bolt")
    assert judge("c", later, [(dated, read(nlp(dated.statement)[:]))]).match.verdict == "contradicted"
    # (and the very name guessed, where the fact names another doer, is still no support)
    other = read(nlp("held all 4 majors at once after the 2001 Masters")[:], referent="Phil Mickelson")
    assert judge("c", other, [(fact, f)]).match.verdict != "supported"


def test_a_date_a_span_ran_until() -> None:
    # "until 1991" ends a span; "not published until 1777" dates the publishing itself
    from pipeline.verify.align import _until
    from pipeline.verify.statement import Part

    date = Part("date", "1991", ("1991",), "time", "jump", 0, True)
    assert _until(date, "a world record until 1991")
    assert not _until(date, "it was not published until 1991")
    assert not _until(date, "the record fell in 1991")
