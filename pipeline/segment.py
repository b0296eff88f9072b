"""Text to candidate claims: spaCy sentences inside layout units, then a check-worthiness filter.

The spaCy pipeline is passed in. Only the tagger, parser, attribute ruler and
lemmatizer are used; ``nlp.py`` loads the model without ``ner``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .credits import spelled_out
from .identity import claim_id, identity_text
from .layout import (NOTE_TO_SELF_WORDS, PAGE_ROLES, _SMALL_WORDS, Unit, _field_key, _superlative, credit_line, is_metadata,
                     label_value, shorthand, table_cells, units, wrap_width)
from .model import Claim, Document
from .nlp import FINITE_TAGS, for_parser
from .quiz import (ANSWER_LABEL, ANSWER_LINE, CLUE_LABEL, KEY_HEADING, QUESTION_LINE, answer_parts, asked_thing,
                   clue_speaker, compose, key_names, says_its_own, sheet_instruction, speaking_as)
from .referents import Referents, heading_name
from .text import ARROW, URL_RE
from .verify import antecedents, reading
from .verify.repairs import dated_label
from .verify.statement import Statement, dumps as statement_json, with_shorthand
from .verify.dates import MONTHS, DateSpan, find_dates, with_context
from .verify.quantities import score_after_name
from .written import WrittenYears, written_years

_SINGULAR = {"i", "me", "my", "myself", "mine"}
_PLURAL = {"we", "us", "our", "ours", "ourselves"}
# "We" in clippings is mostly generic ("the emissions we produce", "we know heatwaves are
# becoming likelier"): a claim. It marks an aside only when the sentence is about the
# writer's own doing or feeling: "we aim to show", "when we refer to X, we are speaking".
_AUTHOR_VERBS = {
    "aim", "want", "hope", "plan", "intend", "try", "refer", "speak", "talk", "discuss", "cover",
    "explore", "examine", "look", "focus", "turn", "think", "believe", "feel", "wonder", "like",
    "love", "enjoy", "recommend", "invite", "encourage", "thank", "welcome", "excited", "happy",
    "glad", "proud", "pleased", "thrilled", "delighted", "sorry", "curious", "eager",
}
_SELF_REFERENCE = re.compile(
    r"^(?:in\s+)?(?:this|these|the following|today's|our)\s+(?:blog\s+)?"
    r"(?:post|posts|article|section|blog|page|essay|chapter|guide|tutorial|newsletter|piece|video|episode|"
    r"thread|series|write-?up|note|notes|overview)\b",
    re.IGNORECASE,
)
# (a time after "next" dates what follows, "Next month the company released ...", unless a colon or a dash
# makes it the page's own heading for what comes: "Next week: the Graf Zeppelin's flight")
_NAVIGATION = re.compile(
    r"^[\s*_]*(?:[←→«»‹›↑↓⟵⟶]|back to\b"
    r"|(?:next|previous|prev)\b(?!\s+(?:day|week|month|year|morning|spring|summer|autumn|winter|season|decade)\b"
    r"(?!['’]s|\s*[:–—|]))|home\s*[>|/»]|skip to\b|jump to\b|return to\b|"
    r"go to\b|read more\b|continue reading\b|see also\b|cf\.\s|share this\b|follow us\b|posted (?:by|on|in)\b|"
    r"(?:related|recent|popular|similar) (?:posts|articles|stories|reading|episodes)\s*[:–—|]|"
    r"(?:last )?updated (?:on|by)\b|last (?:updated|edited|modified)\b|all rights reserved|copyright\b|©)",
    re.IGNORECASE,
)
# a copyright notice wherever it stands in its line ("Text and photos © 2025 Priya Hartley"), a post's count of
# comments ("14 comments · Log in to leave a comment") and the prompt to log in and comment
# (the notice and the count only in a line that tells nothing of its own: not "The photograph (© 1936 Tom Vero) shows
# the mill", "The Velden Press held the copyright 1901 to 1950", "(c) 1901 onwards the Brill Company" in a lettered
# list, "3 replies – Tom Vero answered the letter in 1850" (review 53b))
_PAGE_FURNITURE = re.compile(r"(?:©|\(c\)|\bcopyright)\s*(?:19|20)\d\d\b"
                             r"|^[\s*_]*\d+\s+(?:comments?|replies|responses)\b\s*(?:[·|•–—-]|$)", re.IGNORECASE)
_LOG_IN_TO_COMMENT = re.compile(r"^[\s*_]*(?:log|sign)\s*in to (?:leave a |post a |add a )?(?:comment|reply)",
                                re.IGNORECASE)
# a line that says where the writer read things ("Sources: various", "src: Goldblatt, ch. 1-3 + wiki for dates",
# "Refs: Kell 1999"), unless what follows its label tells something with a subject of its own ("Source: the 1851
# census counted 2 million people"); the writer's owning of errors tells nothing ("errors are mine")
# (or the book it was read in, by its title in quotes, with nothing told after it: 'book = "Picture History of the
# Atlantic Liners" + misc. wiki'; not 'Book: "Kell at Sea", published by Brill Press in 1961')
_SOURCE_NOTE = re.compile(r"^[\s*_]*(?:(?:sources?|src|refs?|references?|bibliography|further reading)\s*(?::|=\s)"
                          r"|(?:main\s+)?books?\s*(?::|=)\s*[\"“][^\"”\n]*[\"”](?![^\n]*(?:\d|\b[a-z]+ed\b)))",
                          re.IGNORECASE)
# (what the page leaves for later: "Everything after that is a story for part two.", "That's a tale for another day.";
# as the sentence's end, not before a clause that tells, "... a story for another day, but it never ground corn again")
_FOR_LATER = re.compile(r"\b(?:a|another)\s+(?:story|tale|post|topic|rant|saga)\s+for\s+(?:part\s+(?:two|three|four|2|3|4|"
                        r"ii|iii)|another\s+(?:day|time|post|week)|(?:the\s+)?next\s+(?:time|week|post|part|episode))"
                        r"\s*[.!)]*\s*$", re.IGNORECASE)
# (chapters or pages cited at the line's end, or before a list of other sources only: nothing told after them, "Source:
# Hunter ch. 4 - the Velden mill still grinds corn" tells (review 56b))
_CHAPTERS_CITED = re.compile(r"\b(?:chs?|chapters?|pp?)\.?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*(?:\+[^\n]*)?[.;]?\s*$",
                             re.IGNORECASE)
_OWNED_ERRORS = frozenset({"error", "mistake", "slip", "typo"})
# a post's footer or sign-off ("Comments are moderated", "Filed under: ...", "That's all for this week"),
# unless a clause of its own follows ("That's all for the dodo: the last sighting was in 1662")
_FOOTER = re.compile(r"^[\s*_]*(?:comments (?:are|will be) (?:moderated|closed|open)\b|filed under\b|tagged\s*:|"
                     r"that'?s (?:all|it) (?:for|from)\b)", re.IGNORECASE)
# what the page promises next ("More safes content coming next month.", "Part two next week!", "Stay
# tuned for the Chubb post"): its own plans, nothing that happened ("coming up on" only the page's own channel
# or a day: "Coming up on the outside, Secretariat pulls clear" tells a race)
_COMING_UP = re.compile(r"^[\s*_]*(?:more\b[^.!?]*\b(?:content|posts?|episodes?|videos?|articles?|on (?:this|that))\b"
                        r"[^.!?]*\b(?:coming|soon|next (?:week|month|time|year|post|episode|issue))\b"
                        r"|part (?:two|three|four|2|3|4|ii|iii)\b[^.!?]*\b(?:coming|soon|next (?:week|month|time))\b"
                        # (or what the next part will cover: "Part two will cover Leica and the road to digital")
                        r"|part (?:two|three|four|2|3|4|ii|iii) (?:will|'ll) (?:cover|look at|deal with|tackle|be about"
                        r"|get into|dig into|turn to)\b"
                        r"|stay tuned\b|coming (?:up|soon)\s*(?::|\bnext\b|[!.]"
                        r"|\bon\s+(?:the\s+|this\s+)?(?:blog|site|channel|podcast|show|page|"
                        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))", re.IGNORECASE)
# a notice of when something meets, a weekday and a clock time ("Quiz night: Fri 7 pm, clubhouse", "club
# meets Tuesday 19:30"): a plan, not what happened (with no year and no past verb in the line)
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
# (a bare abbreviation only capitalised and before a time, a day, another day or a time of day: "Thu 6 pm",
# "Tue & Thu", "Mon–Fri", "Wed evenings"; not "the Sun sets at 3:15 pm" nor "sat")
_WEEKDAY = (r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|(?-i:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)"
            r"\b\.?(?=,?\s*(?:\d|&|and\b|[-–]|to\b|at\b|(?:morning|afternoon|evening|night)s?\b|noon\b)))")
_CLOCK = r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d\d\b"
# (anywhere in the line, in either order: "Quiz night: Thursdays, The Red Lion, 8pm"; not with a day of a
# month, the day something happened: "Apollo 11 landing: Sun 20 July, 4:17 pm")
_NOTICE = re.compile(rf"^(?!.*\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_WORDS})\b|.*\b(?:{_MONTH_WORDS})\.?\s+\d{{1,2}}\b)"
                     rf".*?(?:{_WEEKDAY}.*?(?:{_CLOCK})|(?:{_CLOCK}).*?{_WEEKDAY})", re.IGNORECASE)
# whom to ring or write to: a phone extension or number, an e-mail address ("Volunteer coordinator:
# Jan Pruitt (ext. 214)")
# (a number to ring has five digits or more: not "pH 7.4", nor "the emergency phone 999 service")
_CONTACT = re.compile(r"\bext\.?\s*\d+\b|\b(?:tel|phone|ph)\b\.?:?\s*\+?\d(?:[\d ()-]*\d){4}|\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b",
                      re.IGNORECASE)
# the writer's apology ("Sorry for the long gap"), not one a sentence is about ("Apologies were issued
# by ...") nor a title ("Sorry for Your Loss starred ...")
_APOLOGY = re.compile(r"^[\s*_]*(?:apologies\b|sorry (?:for|about)\b)(?!.*\d)", re.IGNORECASE)
# a greeting to the reader ("Hi everyone, and thanks for stopping by!"; not "thanks to penicillin",
# nor a title that opens with one, "Hello, Dolly! opened on Broadway in 1964": a greeting gives no figure)
# (or a wish at the end: "Good luck Thursday -- phones face down!", "Best of luck, all")
_GREETING = re.compile(r"^[\s*_]*(?:(?:hi|hello|hey|hiya|greetings)\b(?!-)|welcome back\b|everything you (?:need|ever wanted)\b|"
                       r"good luck\b|best of luck\b|"
                       r"thanks? (?:you )?(?:for|so much|again|everyone|all)\b|"
                       # (a commenter's reply: "Thanks Marcus, hope they enjoy it!", "Fair point Ana, ...")
                       # (or to several: "Thanks Carla and ViolinNerd, will fix the post")
                       r"(?:thanks|thank you|cheers|fair point|good point|great point|good question|great question)"
                       r",? (?-i:[A-Z][a-z]+)(?:(?-i:[A-Z][a-z]+)*(?:,? (?:and|&) |, )(?-i:[A-Z][a-z]+))*"
                       r"(?-i:[A-Z][a-z]+)*\b\s*[,!.])(?!.*\d)", re.IGNORECASE)
# a disclosure in a post's footer ("Affiliate disclosure: some links earn me a small commission")
_DISCLOSURE = re.compile(r"^[\s*_]*(?:affiliate |ad |advertising |sponsor(?:ship)? )?disclosures?\s*:", re.IGNORECASE)
# the header of a set of notes ("lecture notes, Tue 11 Feb (Prof. Haldane) - rough"): what they are, when
# taken; not a label before a sentence ("Notes: the Tessar was designed in 1902")
_NOTES_HEADER = re.compile(r"^[\s*_#]*(?:(?:my|our|rough|raw)\s+)?(?:lecture|class|seminar|meeting|podcast|"
                           r"episode|reading|revision|field|lab|talk|tour|museum|visit)\s+notes\s*(?:[,(–—-]|$)",
                           re.IGNORECASE)
# the writer asking for word back ("Corrections welcome, ping me on the group chat", "Feedback is always
# welcome"; "DM me", "email us")
_INVITATION = re.compile(r"^[\s*_]*(?:corrections?|feedback|comments|suggestions|edits|additions|contributions|"
                         r"pull requests|prs|thoughts|ideas)\s+(?:(?:are|is)\s+)?(?:always\s+|very\s+|most\s+)?"
                         r"welcome\b|\b(?:ping|dm|pm|email|e-mail|message|text)\s+(?-i:me|us)\b", re.IGNORECASE)
# (not "4:17 pm US Eastern time", nor a title, "Text Me Merry Christmas (2013)": "me" and "us" in
# lower case; and an invitation gives no figure: "Comments welcome, and the crisis lasted thirteen days
# in October 1962" says something of the world as well)
# how the document writes things, not what it says of the world ("Heights are to the top of the
# structure unless noted.")
_CONVENTION = re.compile(r"\bunless (?:otherwise )?(?:noted|stated|specified|indicated|marked|mentioned)"
                         r"(?: otherwise)?[\s.)\]]*$", re.IGNORECASE)
# ... or opens it, "Unless noted, all quotes are from the 1998 interview."
_CONVENTION_FIRST = re.compile(r"^[\s*_]*unless (?:otherwise )?(?:noted|stated|specified|indicated|marked|mentioned)"
                               r"(?: otherwise)?\s*,", re.IGNORECASE)
# (the convention ends the line, which gives no figure, and is of things written down in the plural,
# "Heights are ...", "All dates ..."; not a rule of the world: "employment is presumed to be at will
# unless otherwise stated in a contract")
# a label word and a figure, with its unit: "distance 3200 m", "seats ~2,000", "height 324 m"
# (a measure's figure: a unit, "about", thousands or a fraction, or a year after a verb, "opened 1994"; not a bare
# count or number, "questions 40", "ticket 4471", "season 3", "budget 150", nor a quiz's own points, "max 60 pts")
_LABELLED_FIGURE = re.compile(r"(?P<label>[a-z]{3,})\s+(?P<figure>[~≈]?\d[\d,.]*)"
                              r"(?:\s*(?!(?:pts?|points?|each)\b)(?P<unit>[a-z°%][a-zA-Z]{0,3}\.?))?")


def _a_measure(m: re.Match[str]) -> bool:
    """Is a ``_LABELLED_FIGURE`` a measure: a unit, "about", thousands or a fraction ("seats ~2,000", "steps 1,665",
    "length 50.45 km"), or a year after a verb ("opened 1994")?"""
    figure = m.group("figure").rstrip(".,")
    return bool(m.group("unit")) or figure[:1] in "~≈" or "," in figure or "." in figure \
        or (m.group("label").endswith("ed") or m.group("label") in _DONE_IRREGULAR) \
        and re.fullmatch(r"1\d{3}|20\d{2}", figure) is not None


# past participles without "-ed" that date a note's thing: "- built 1889", "- born 1950"
_DONE_IRREGULAR = frozenset({"born", "built", "rebuilt", "begun", "won", "made", "sold", "sunk", "held", "written"})
# labels that point into the page or count a sequence, not a measure
_POINTERS = frozenset({"page", "pages", "ep", "episode", "chapter", "section", "part", "vol", "volume", "issue",
                       "track", "slide", "fig", "figure", "table", "step", "day", "week", "lesson", "round", "question",
                       "item", "line", "row", "level", "stage", "act", "scene", "verse", "room", "platform", "gate",
                       "bus", "route", "version", "rev", "update"})
# a quiz sheet's own housekeeping: "Scoring: 1 pt each, 2 for tie-breakers.", "Answer sheet v3, printed for Thursday."
# (points for answers, not a sport's scoring: "Scoring: 10-point must system, three judges score each round",
# "Scoring: each touchdown is worth 6 points", "Points: 3 for a win and 1 each for a draw", "a bonus point for four
# tries")
# (the sheet itself, alone or with its version or use: not "Score sheets from the 1966 final credit Hurst ...",
# "Answer sheets were first scored by machine in 1938", "Answer sheet: Everest is 8,849 m tall")
_QUIZ_SHEET = re.compile(r"^[\s*_#]*(?:(?:scoring|marking|points)\s*:[^.]*(?:\bpts?\s+(?:each|per)\b|"
                         r"\bper\s+(?:correct\s+)?(?:answer|question|round)\b|\b(?:each|every)\s+(?:correct\s+)?"
                         r"(?:answer|question)\b|\btie-?breakers?\b|\bbonus\s+(?:question|round)s?\b)|"
                         r"(?:the\s+)?(?:answer|quiz|score)\s+sheets?(?=\s*(?:$|[,(#–—-]|v\d|\d|for\b|\.?\s*$))"
                         # (and the host's own instructions: "Host notes: read each question twice")
                         r"|(?:host|quiz\s?master|question\s?master)(?:'s|s')?\s+notes?\s*:)",
                         re.IGNORECASE)
# what the document is for, a line without a verb ("Quick reference for the smelling exam on Friday.")
_PURPOSE = re.compile(r"^[\s*_#]*(?:(?:a|my|our|the)\s+)?(?:(?:quick|handy|short|brief|rough|one-page)\s+)?"
                      r"(?:reference|cheat ?sheet|crib sheet|study guide|revision notes?|primer)\s+(?:for|before)\b",
                      re.IGNORECASE)
# a byline's reading time ("Posted by Dana · 8 min read") wherever it stands
_READING_TIME = re.compile(r"\b\d+[- ]min(?:ute)?s? read\b", re.IGNORECASE)
# The words a channel or a blog asks its reader to press, whatever the parse makes of them ("If this was
# useful, hit subscribe for part two", "smash that like button")
_PRESS_THE_BUTTON = re.compile(r"\b(?:hit|smash|click|tap|press)\s+(?:that\s+|the\s+)?(?:subscribe|like|follow|bell|"
                               r"notification)\b", re.IGNORECASE)
# (and the channel's formula itself: "Like and subscribe for part two!")
_CHANNEL_FORMULA = re.compile(r"^\W*(?:like|rate|share|comment)\s*(?:,|and|&)\s*(?:\w+\s*(?:,|and|&)\s*)?subscribe\b",
                              re.IGNORECASE)


def _formula_names_a_thing(sent: Span) -> bool:
    """Is the channel's formula the name of a thing the line tells of: a noun right after "subscribe", then a verb
    in a tense ("Like and subscribe buttons were added to the channel in 2009")? (review 52)"""
    word = next((t for t in sent if t.lower_ == "subscribe"), None)
    if word is None or word.i + 1 >= sent.end or sent.doc[word.i + 1].tag_ not in ("NN", "NNS"):
        return False
    return any(t.tag_ in ("VBD", "VBZ", "VBP") for t in sent.doc[word.i + 2:sent.end])


# Imperatives are found by their tag (VB, no subject); these open a request whatever the tagger says.
_CTA_ALWAYS = {"please", "let's", "don't"}
# the writer's reason for the reader to do as they did: "Here's why you should too.", "That's why you must go."
_WHY_YOU_SHOULD = re.compile(r"^\W*(?:here'?s|that'?s|this\s+is)\s+why\s+you\s+(?:should|must|need\s+to|ought\s+to"
                             r"|have\s+to)\b", re.IGNORECASE)
_BELIEVE_IT = re.compile(r"\s*believe it or not\s*,", re.IGNORECASE)
# A sentence opening on an auxiliary, as a question does ("Was Mac Hack the first ...?").
_AUXILIARIES = r"(?:was|were|is|are|did|does|do|has|have|had|can|could|would|should|will|shall)"
_ASKS = re.compile(rf"^\W{{0,3}}{_AUXILIARIES}\s+(?!not\b|n't\b)[A-Za-z]", re.IGNORECASE)
# Notes a writer leaves for themselves: "TODO: check ...", "??? was it 1895", "FIXME".
# (not "??? - thyssenkrupp's elevator arm sold to Blackstone": a line whose date the writer did not
# know, its event told all the same; but "???: was Slinky in this lecture or next one" asks, marks or none)
# (an auxiliary in lower case, or before a word in lower case: "??? - Was the tower finished in 1889"; not
# "??? - Will Kellogg founded ...", which names someone)
# (nor a statement the marks open with no separator, "??? Piggott: record 8 Derby winners", the writer's doubt of
# it, for a reviewer to settle; but a task or a doubt between alternatives is the writer's own: "??? Canon founded
# 1937 - confirm", "??? 1790 or 1793 for Slater", "??? exact date of the Turing-Glennie game")
# (nor a second guess, "??? Brunel born in Portsmouth, possibly Plymouth", "??? 300 m, might be 312"; a thing to
# fetch, "??? photo of the Rocket for slide 3", "??? ref", "??? spelling"; alternatives with a slash, "??? Slater's mill
# opened 1790/1793")
_DOUBTS_OR_TASKS = r"check|confirm|verify|ask|add|need|find|look|skip|whether|which|what|when|where|who|why|how|or|vs" \
                   r"|exact|exactly|maybe|perhaps|unsure|sure|possibly|might|either" \
                   r"|slide|slides|ref|refs|citation|spelling" \
                   r"|[A-Za-z]{2,}\s?/\s?[A-Za-z]{2,}|\d{4}\s?/\s?\d{2,4}"
_NOTE_TO_SELF = re.compile(rf"^\W{{0,3}}(?:{NOTE_TO_SELF_WORDS})\b|^\s*\?{{2,}}(?!\?)"
                           rf"(?!\s*[-–—:]\s+(?!(?-i:{_AUXILIARIES})\s|{_AUXILIARIES}\s+(?-i:[a-z]))[^?]+$)"
                           rf"(?!\s+(?!{_AUXILIARIES}\s)(?![^?\n]*\b(?:{_DOUBTS_OR_TASKS})\b)\w[^?]*$)",
                           re.IGNORECASE)
# a quiz answer's label alone ("A:"), which spaCy may cut off as a sentence of its own
_ANSWER_LABEL = re.compile(rf"\s*{ANSWER_LABEL}\s*", re.IGNORECASE)
# a task the writer set themselves under "to add:", "to check:": "-- to add: Handel, Gluck, Janáček"
# (with nothing between the task and its colon but when or with whom, "to check later:", "to verify with the
# curator:", or whom to ask, "to ask Dad:"; not a purpose that opens a sentence of the writer's own, "To confirm
# relativity: in 1919 Eddington photographed ...", "To fix longitude: Harrison's H4 lost only five seconds ...")
_TO_DO = re.compile(r"^\W{0,3}to\s+(?:(?:add|check|verify|confirm|read|look\s+up|fix|follow\s+up|research)"
                    r"(?:\s+(?:later|again|first|next|still|tomorrow|properly"
                    r"|(?:with|in|at|on|before)\s+[^:\n]{1,25}))?"
                    r"|(?:chase|ask)\b[^:\n]{0,20})\s*:", re.IGNORECASE)
# a link's title and its address: "Original Six on Wikipedia: https://..."
_TITLED_LINK = re.compile(r"(?P<title>[^:\n]{1,80}):\s*(?P<url>\S+)\s*")
# (the words an article's title opens with: "How the Brownie changed photography", "Why the Titanic sank")
_WH_TITLES = frozenset({"how", "why", "what", "when", "where", "who", "which"})
# the writer unsure ("not sure if it opened in 1883"), not a sentence that opens on someone's doubt and
# goes on to its own subject ("Unsure of his welcome, Lincoln arrived ...")
_UNSURE = re.compile(r"^\W{0,3}(?:not sure|unsure)\b", re.IGNORECASE)
# "Action: Raj to bring the printout", "Reminder: sign the rota": a task under a label (not "Reminder: the
# Berlin Wall fell in 1989", "Action: Mad Max won six Oscars")
# "Had it been ...", "Had he lived ...": a condition, not a question
# (after a label, an auxiliary then any word: "is 1898 the dissertation ...?")
_ASKS_ANY = re.compile(rf"^\W{{0,3}}{_AUXILIARIES}\s+(?!not\b|n't\b)\w", re.IGNORECASE)
# a short capitalised label and its colon, then the rest of the line ("Thorndike: is 1898 ...")
_LABEL_THEN = re.compile(r"^\W{0,3}[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,2}\s*:\s+(?P<rest>\S.*)$")
_HAD_IT_BEEN = re.compile(r"^\W*had\s+\w+\s+(?:not\s+)?(?:been|known|lived)\b", re.IGNORECASE)
_TASK_LABEL = re.compile(r"^\W{0,3}(?:action(?: items?)?|reminder)\s*:\s*", re.IGNORECASE)
# a research task after a note's label, the writer's to do: "hammer: look up Sedykh", "Nimrod -- check the date"
# (a verb of finding out, in lower case, first after the label: not "Printer: Gutenberg", "Tip: Bolt ran 9.58")
_LABELLED_LOOKUP = re.compile(r"^[^:–—\n]{1,40}?(?::|\s[–—-]{1,2})\s+(?:still\s+)?(?P<verb>look\s+up|double-check|check|verify|confirm"
                              r"|find\s+out|research|chase|google)\b(?!-)(?!\s*[:,;.]?\s*$)")
# what the writer still needs to find: "Concorde retirement – need exact date of the last BA flight", "need a source"
# (the bare verb with no one needing it, or the writer: not "the expedition needed 60 dogs")
_STILL_NEEDED = re.compile(r"(?:^|[:–—(,]\s*|\s-\s+|\b(?:i|we)\s+(?:still\s+)?)(?:still\s+)?needs?\s+(?:to\s+(?:check|confirm|verify|"
                           r"find|look|ask|chase|read)\b|(?:the\s+|an?\s+)?(?:exact|precise|proper|full|better|original|right)"
                           r"\s+(?:date|year|day|figure|number|name|spelling|source|quote|title|time)s?\b|(?:a\s+)?(?:source|ref|reference"
                           r"|citation|cite)s?\b(?!\s+of\b))", re.IGNORECASE)
# where the writer's list stops for now: "-- end of list, more to add after the museum trip --", "(more to come)"
# (with no figure in it: not "End of the list came in 1990 ...")
# (the marker alone, perhaps with when the rest comes: not one that opens a sentence of its own, "More to add: Ann
# Kell also founded the choir", "To be continued by his daughter, the diary runs to eleven volumes")
_LIST_END = re.compile(r"^\W{0,3}(?:end\s+of\s+(?:the\s+)?(?:list|notes|timeline|page)\b"
                       r"|more\s+to\s+(?:add|come|follow)\b|to\s+be\s+continued\b)(?!\s+(?:by|from)\b)", re.IGNORECASE)
# a quiz's house rules: "Rules: no phones, ...", "One point per answer; ...", "Teams of four, ... no phones please."
_HOUSE_RULES = re.compile(r"^\W{0,3}(?:house\s+|quiz\s+)?rules?\s*:\s*(?:no|one|teams?|answers?|phones?|\d+\s+points?)\b|(?P<unlabelled>\b(?:one|two|three|half\s+a|\d+)\s+points?\s+(?:per|for\s+each|"
                          r"for\s+every|each)\s+(?:correct\s+)?(?:answer|question|round)\b|\bno\s+(?:phones|mobiles|googling"
                          r"|conferring|shouting)\b|(?P<bare>\bphones?\s+(?:face\s+down|away|off)\b|\bpoints?\s+up\s+for\s+grabs\b)"
                          # (a line opening on the points an answer earns, "Half points for names that are nearly
                          # right", "Five points if you get it on the first clue"; the scores' reading out)
                          r"|(?P<opening>^\W{0,3}(?:half|bonus|double|extra|one|two|three|four|five|ten|\d+)\s+"
                          r"(?:points?|marks?|pts?)\s+(?:for|if|to|per|each|when)\b"
                          r"|^\W{0,3}(?:scores|answers|results)\s+(?:will|to)\s+be\s+(?:read\s+out|announced|given\s+out)\b))",
                          re.IGNORECASE)
# a quiz round's title: "Round 3: Gymnastics", "ROUND TWO - Numbers (set by Dave)", its words no statement (no year,
# nor, in ``not_a_claim``, a finite verb outside its brackets: not "Round 3: Tom Kell won it in 1990")
_ROUND_TITLE = re.compile(r"^\W{0,3}round\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)"
                          r"\s*[:.–—-]\s*(?![^\n]*\b(?:1\d{3}|20\d{2})\b)[^.!?\n]*$", re.IGNORECASE)
# what notes say of their own sources and checking
_CAVEAT = re.compile(r"\b(?:from memory|(?:not|n't|never)\s+(?:all\s+|yet\s+)?(?:been\s+)?(?:double-)?(?:checked|verified)|"
                     r"unchecked|unverified)\b", re.IGNORECASE)
# a doubt marked in brackets at the end of an assertion ("... 41 symphonies (?)")
_DOUBT_MARK = re.compile(r"\s*[(\[]\?+[)\]]\s*$")
# a bracket at the end whose words end on a question mark: a detail the writer doubts ("(Arnold Willatt?)")
_DOUBTED_DETAIL = re.compile(r"\s*\([^()?]*\w[^()?]*\?+\)\s*$")
# (or a timeline's "???" after its line: "1792  Mülhens starts the firm ???", not a question's marks)
_DOUBT_MARKS = re.compile(r"(?<=[\w)\]'\"”’.])\s*\?{3,}\s*$")
# (in a note, two are enough after a figure or a word of a statement: "- Casio fx-7000G = 1st graphing calc,
# 1987??", unless the line asks: "- or was it 1668??", "- did it ever work??")
# (or where spaCy cut the line at a bracket the marks open: "host said 1947 (??? I had '45 in my head)")
# a note that opens on a question mark, then an auxiliary in lower case, or one before a word in lower case: it asks
# (or a question word: "? what happened to the Hyde Park site after - check")
# (not "what a" of an exclamation, which tells: "? what a year for Vero: he won the Brill Cup in 1851" (review 52))
_MARK_THEN_ASKS = re.compile(rf"^\s*\?+\s*(?:{_AUXILIARIES}\s+\S|(?i:{_AUXILIARIES})\s+[a-z]"
                             r"|(?i:who|whom|whose|what(?!\s+an?\s)|when|where|why|how|which)\s+[a-z])")


# a note to self in capitals after what a note's line states, to a semicolon, a spaced double dash or the line's end:
# "... privileges TODO
# dbl-check the date" (a task in lower case after it: not "Ann Roe's novel TODO List", nor "XXX" or "TBD", a name's or a
# placeholder's as often (review 60b))
_TODO_TAIL = re.compile(r"(?<=\S)\s+(?P<tail>(?-i:TODO|FIXME)(?::|\b(?=\s+[a-z]))(?:(?!\s--\s)[^\n;])*)")


# a heading over the writer's sources: "## Links", "Further reading", "Sources", "Reading list" (not "Resources", a
# subject's as often, nor "See also", "References" (review 60b))
_READING_HEADING = re.compile(r"^\W*(?:links|useful links|further reading|more reading|reading list|read more|"
                              r"sources|bibliography)\W*$", re.IGNORECASE)


def _reading_list_item(sent: Span, context: str) -> bool:
    """Is the bullet one of a list under a heading of sources, with no finite verb: a source named, "Wikipedia:
    Tulip mania", "Parks Canada: L'Anse aux Meadows National Historic Site"?"""
    heading = context.split(" > ")[-1] if context else ""
    # (with no figure: "Velden-Brill railway: opened 1880, 40 km long", "Ann Roe, founder of the Velden museum (1902)"
    # tell something (review 60b))
    return bool(_READING_HEADING.match(heading)) and not any(t.tag_ in FINITE_TAGS for t in sent) \
        and not re.search(r"\d", sent.text)


_WRITERS_OWN = re.compile(r"\b(?:I|me|my|we|us|our|you|your)\b|\?", re.IGNORECASE)


def _names_another(said: Statement, about: str) -> bool:
    """Does the sentence name anyone besides ``about``: a name it writes that is no place and no people, a person's?"""
    from .verify.lexical import given_name, is_place, nationality  # (WordNet loads on first use)

    # (a person's name: a given name and more, or a name the clause acts with or on that is no known place; not a
    # name after "to", "in", "from": "moved to Giverny", "came from Orsk")
    return any(p.kind == "name" and not p.resolved and p.text != about and not nationality(p.text) and (
        len(p.words) > 1 and given_name(p.text.split()[0]) or p.role in ("subj", "obj", "appos", "attr", "recipient")
        and not is_place(p.words)) for p in said.parts)


def _bracket_runs_on(text: str, a: int, b: int, end: int) -> int:
    """Where the bracket opening ``text[a:b]`` closes, when it closes after ``b`` (in a later sentence) and before
    ``end``, with no figure inside; else -1."""
    pairs = {"(": ")", "[": "]"}
    opening, closing = text[a], pairs[text[a]]
    depth = 0
    for i in range(a, end):
        depth += (text[i] == opening) - (text[i] == closing)
        if depth == 0:
            # (the writer's own, in the first or second person or with an asking mark: not "(Brill was the first mayor
            # of Velden. He also ran the bakery.)", two claims in brackets (review 60), nor "(Tom Kell built the Velden
            # mill. Do visit it!)" (review 60b))
            return i + 1 if i >= b and not re.search(r"\d", text[a:i]) and _WRITERS_OWN.search(text, a, i) else -1
    return -1


def _mark_then_told(sent: Span) -> bool:
    """Is the question word after a note's opening mark that of a clause the line's own verb governs, a verb with a
    subject of its own ("? when the Velden mill closed in 1921, Vero bought it": a doubted statement, not a
    question)? (review 52)"""
    w = next((t for t in sent if t.is_alpha), None)
    return w is not None and w.tag_ in ("WRB", "WP", "WDT") and w.head.dep_ == "advcl" and w.head.head.pos_ in (
        "VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in w.head.head.children)


# "called shot, '32 Series at Wrigley: legend or real??": two alternatives before doubled marks ask which, no
# doubt on a statement (the alternatives the line's own, after its colon or dash or standing alone: not a hedge
# on a statement's end, "built the mill in 1846, more or less??", "for better or worse??")
_ALTERNATIVES_ASKED = re.compile(r"(?:^|:|\s[-–—]|\?)\s*[A-Za-z0-9]+ or (?:not|[A-Za-z0-9]+)\s*\?{2,}\s*$")
_DOUBLED_MARKS = re.compile(r"(?<=[\w)\]'\"”’.])\s*\(?\?{2,}\s*$")
# (and, on a line an arrow or an equals sign joins, one mark set apart after a figure: "Victor -> ODJB "Livery
# Stable Blues" -> 1919 ?"; not an alternative, "sank in 1912 or 1913 ?")
_SPACED_MARK = re.compile(r"(?<=\d)\s+\?\s*$")


def _doubt_marked(text: str) -> bool:
    """Does a note's line end on marks of doubt after what it states, not on a question's mark?"""
    return _DOUBLED_MARKS.search(text) is not None or _SPACED_MARK.search(text) is not None \
        and re.search(r"->|→|=", text) is not None and re.search(r"\bor\s+\S+\s*\?\s*$", text) is None
_ASKING_OPENER = re.compile(r"^\W{0,3}(?:or|and|so|but)\b|,\s*or\s+(?:was|were|is|are|did|does|do|has|had)\b", re.IGNORECASE)
_WH = re.compile(r"^\W{0,3}(?:who|whom|whose|what|when|where|why|how|which)\b", re.IGNORECASE)
# a doubt or a note to self in brackets at the end of a sentence (in words: a bare "(?)" or "(1969?)"
# stays with the claim, for its reviewer)
# (or, with no figure, the writer's word to a reader or a helper: "(Leo: draw this one)", "(how much? look it up)",
# "(Leo's favourite, obviously)", "(which went about as well as you'd expect)"; not "(in 1850, if you believe the
# plaque)", "(Brill: it reopened in 1962)", which tell (review 60), nor "(you'd think so, but it was Ann Roe)", which
# corrects (review 60b))
_TRAILING_REMARK = re.compile(
    r"\s*(?P<aside>\((?:(?=[^()]*(?:\b(?:may|might|could|maybe|perhaps|probably|possibly|i think|not sure|unsure|"
    r"legend|apocryphal|disputed|apparently|allegedly|supposedly|check|verify|double-check|citation needed|todo|"
    r"source|aside)\b))[^()]*|(?![^()]*\bbut\b)(?=\s*(?-i:[A-Z][a-z]+):\s|[^()\d]*\b(?:obviously|look (?:it|them) up|"
    r"you'd|you'll|you|favourite|favorite)\b)[^()\d]*)\))[.!]?$", re.IGNORECASE)
# a bracket opened by doubt marks where spaCy ended the sentence ("host said 1947 (???"): the writer's doubt
_OPENED_DOUBT = re.compile(r"\s*\(\?{2,}\s*$")
# the writer's own score for what they read or saw, a label and a figure out of a scale: "rating 3.5/5: too many stats",
# "Verdict: 4/5, would lend to Mum" (not a rating of something named: "Rating of the Velden bridge in 1900: 4/5")
# (not a count out of a whole, "Verdict: 11 out of 12 jurors ..."; nor one that tells something after it, someone
# else's, "5 stars from the Velden Herald", or told in the past, "Score: 9/10 - Ann Kell built ..." (review 56b))
_RATING_LINE = re.compile(r"^[\W_]*(?:my\s+)?(?:rating|verdict|score|overall)\s*[:=–—-]?\s*\d{1,2}(?:[.,]\d)?\s*"
                          r"(?:/\s*\d{1,3}|stars?)\b(?![^\n]*\bfrom\b)", re.IGNORECASE)
# a sentence wholly in brackets is the writer's aside ("(the book gets a bit breathless here)")
_Q_LABEL = re.compile(r"^\W{0,3}Q(?:\s+(?:to|for)\s+(?:self|me|myself))?\s*[:.)]\s*\S")
_ASIDE = re.compile(r"^[*_]*(?:\((?:[^()]|\([^()]*\))*\)|\[(?:[^\[\]]|\[[^\[\]]*\])*\](?!\())[.!?*_]*$")
# (a bracket the writer labels an aside opens one, wherever a question mark inside it cuts the sentence: "(aside:
# skipping the whole "did Franklin really fly it?" argument, not enough room on the page)")
# (not a bracket that closes on the label alone, before the writer's own sentence: "(aside) Neil Armstrong stepped
# onto the Moon in 1969" is a claim, as "(btw) ..." is)
# (or a square bracket: "[aside: the case only holds about twenty cards ...]")
_ASIDE_LABEL = re.compile(r"^[*_]*[(\[]\s*(?:aside|side\s*note|btw|digression|tangent)\b(?!\s*[.:!-]?\s*[)\]])",
                          re.IGNORECASE)
# the writer's stance, opening the sentence: what follows is an opinion ("Honestly, it's still the most
# beautiful book ever printed")
_STANCE = re.compile(r"^[\s*_]*(?:honestly|frankly|personally|in my (?:humble )?(?:opinion|view)|imo|imho|"
                     r"if you ask me|to my mind)\s*,", re.IGNORECASE)
# the same without its comma, when the word is the writer's adverb ("Frankly the ending drags"), not a
# name or a title ("IMO rules banned ...", "IMO 2020 capped ...", "Frankly Speaking was ...")
_BARE_STANCE = re.compile(r"^[\s*_]*(?:honestly|frankly|imo|imho)\s+\w", re.IGNORECASE)
# (or closing it: "Good riddance, if you ask me.")
_STANCE_TAIL = re.compile(r",\s*(?:if you ask me|in my (?:humble )?(?:opinion|view)|imo|imho|to my mind)\W*$",
                          re.IGNORECASE)
# what the writer asks the reader to picture: "Imagine losing a game of chess to a wooden cabinet!"
_PICTURE_IT = frozenset({"imagine", "picture"})


def _musing(sent: Span, visible: str, numeric: bool) -> bool:
    """Is the sentence the writer musing, not telling: a stance that closes it ("Good riddance, if you ask me"), a
    "whether" for its subject ("Whether that's a good thing is a fight for another day"), a "because" with no
    clause of its own to explain, the writer answering their own question ("Because it's fun, and because you
    can't hold an MP3 in your hands"), or the reader asked to picture something ("Imagine losing a game of chess
    to a wooden cabinet!")? Not where a figure or a date is told ("Whether Mallory reached the summit in 1924 is
    still unknown", "The Walkman sold 200 million units by 2009, which is staggering, if you ask me"), nor a reason
    with a subject of its own ("Because the old London Bridge slowed the river") (review 54)."""
    # (each of its pieces a "because" of a pronoun's: not "Because the Velden froze, the fair was held on the ice",
    # whatever the parse makes of it)
    root = sent.root
    pieces = [piece for piece in re.split(r"[,;]\s*", sent.text.strip()) if piece.strip(" .!")]
    if pieces and all(re.match(r"(?:(?:and|or|but)\s+)?because\b(?!\s+of\b)", piece, re.IGNORECASE) for piece in pieces) \
            and all(t.pos_ == "PRON" for t in sent if t.dep_ in ("nsubj", "nsubjpass")):
        return True
    # (a figure or a date is something told, whatever muses around it (review 54); a name alone is not, "Vinyl sounds
    # warmer, if you ask me", "Whether Sony deserves the credit is a fight for another day" (review 54b))
    if numeric:
        return False
    if _STANCE_TAIL.search(visible):
        return True
    # (what the "whether" is called, with "be": not what it hangs on, "Whether Antarctic mass loss keeps worsening
    # depends on choices made today" is a claim (Climate-FEVER))
    if root.lemma_ == "be" and any(c.dep_ == "csubj" and any(m.dep_ == "mark" and m.lower_ == "whether" for m in c.children)
                                   for c in root.children):
        return True
    return root.i == sent.start and root.lower_ in _PICTURE_IT and root.i + 1 < sent.end \
        and sent.doc[root.i + 1].text != ":" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children) and any(
        c.dep_ in ("xcomp", "ccomp", "dobj") for c in root.children)
_WORTH = re.compile(r"^[\s*_]*(?:(?:well|totally|definitely|still|so|really|absolutely|not)\s+)?worth\b", re.IGNORECASE)
_DEMONSTRATIVES = {"this", "that", "these", "those"}
_PERSONAL = {"he", "she", "him", "her"}
_SPEAKERS = {"i", "me", "my", "we", "us", "our", "you", "your"}
_STANCE_LABELS = {"take", "opinion", "view", "thought", "guess", "bet", "verdict", "feeling", "hunch", "rant",
                  "prediction", "theory", "impression", "wish", "dream", "plan", "hope", "goal",
                  "fantasy", "imagine", "suppose", "assume", "picture", "pretend", "say", "forecast", "bucket"}
_OPINION_MODALS = {"should", "must", "ought"}
# what a writer calls their own page or its parts when closing or pointing ("That's the tour!")
_PAGE_NOUNS = frozenset({"tour", "it", "all", "end", "story", "list", "lot", "wrap", "gist", "rundown", "roundup",
                         "recap", "summary", "bit", "part", "post", "episode", "show", "lecture", "thread"})
# a blog's turn to its next part ("Now the bit everyone cares about", "And now for the fun part")
_SIGNPOST_NOUNS = ("bit", "part", "section", "stuff", "story")
# (or "Then came the really fun part", "Here comes the good bit")
_SIGNPOST = re.compile(r"^[\s*_]*(?:and\s+|ok(?:ay)?,?\s+|so,?\s+)?(?:now|next|finally|on\s+to|onto|(?P<comes>(?:then|now|here)\s+(?:came|comes)))"
                       r"\s*,?\s+(?:for\s+)?"
                       rf"the\s+(?:\w+\s+){{0,2}}(?:{'|'.join(_SIGNPOST_NOUNS)})\b", re.IGNORECASE)
# what the writer calls their page when "it" is the subject: "Fair warning: it's a long post!"
_WRITINGS = frozenset({"post", "thread", "article", "episode", "read", "page", "entry", "newsletter", "blog", "essay"})
# (said of its length: "it's a long post", "it's a quick read"; not "It is a trading post", "It is the final episode")
_LENGTHY = frozenset({"long", "lengthy", "longish", "short", "quick", "big", "huge", "massive", "epic"})
# what a signpost's "part" may be of and still be the writer's turn: "Then came the best bit of the night"
_OCCASIONS = frozenset({"night", "day", "evening", "morning", "afternoon", "trip", "journey", "tour", "week", "weekend",
                        "quiz", "show", "post", "story", "episode", "walk", "visit", "holiday", "meal", "game", "match"})
# what of the writer's own text may move the writer ("The next story still gives me chills")
_TEXT_PARTS = _OCCASIONS | frozenset({"bit", "part", "chapter", "section", "passage", "page", "scene", "photo",
                                      "picture", "video", "clip"})
# what a label calls advice to the reader
_ADVICE = frozenset({"tip", "tips", "hint", "hints", "advice", "protip"})
# words a request may open on before its verb ("Always weigh your flour ...")
_LEADING_ADVERBS = frozenset({"always", "never", "just", "really", "definitely", "seriously", "honestly", "also",
                               "then", "and", "so", "now"})
# what the writer is doing when a note opens on it with no subject ("reading X on the bus")
_WRITERS_DOING = frozenset({"read", "reread", "listen", "watch", "rewatch", "skim",
                            # ("Crying at the Hachikō bit again": how the writer took it)
                            "cry", "weep", "sob", "laugh", "giggle", "smile", "tear",
                            "grin", "chuckle", "snort", "sniffle", "well", "beam", "cackle", "cringe", "wince", "bawl"})
# (an adverb the writer may open such a line on: "Still laughing at the Crufts video")
_DOING_ADVERBS = frozenset({"still", "just", "literally", "honestly", "actually", "also", "now", "currently", "so"})
# words that judge rather than describe: a copula to one of them, and nothing checkable, is an opinion
# ("this whole segment was wild", "the logo is genuinely great design", "the most boring bit")
_EVALUATIVE = frozenset({"wild", "boring", "annoying", "great", "amazing", "awesome", "fascinating", "underrated",
                         "overrated", "cool", "weird", "crazy", "funny", "brilliant", "terrible", "awful", "lovely",
                         "fun", "interesting", "hilarious", "incredible", "insane", "nuts", "gorgeous", "stunning",
                         "best", "worst", "favourite", "favorite", "dull", "tedious", "mind-blowing", "epic"})
# who speaks on a podcast or in a lecture: what they think is their opinion, not a claim
_SPEAKER_NOUNS = frozenset({"guest", "host", "prof", "professor", "lecturer", "speaker", "presenter", "tutor",
                            "teacher", "narrator", "interviewee", "panellist", "panelist"})
_TURNING_VERBS = {"bring", "lead", "get", "move"}
# what a writer does with a post, which a reader thanks them for ("you wrote this", "you covered this")
_WRITING_VERBS = frozenset({"write", "post", "share", "cover", "publish"})
_QUANTIFIED_ALL = {"everything", "nothing", "all", "most", "much", "some", "none", "anything"}
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
# a commenter's turn in a thread: a name in bold, then a dash or "says" ("**Jen P.** says: ...")
# (or a byline line of its own, the name and when, with the comment on the next line: "**Helen** · 10 November
# 2024 at 22:47")
_TURN = re.compile(r"[\s>]*\*\*[^*\n]{1,40}\*\*\s*(?:says:?|wrote:?|[—–-]|[·|][^\n]{1,60}\n)\s*")
_SAYS = re.compile(r"\b(?:says|wrote)\b")
# a byline of its own, a name in bold and, after a middle dot or a bar, when: "**Helen** · 10 November 2024 at 22:47",
# "**Tom** | 3 Jan 2025 at 09:14", "**Ana** · 2 days ago", "**Dev** · 3h", "... · Reply", "... (edited)"
_BYLINE = re.compile(r"[\s>]*\*\*(?P<name>[^*\n]{1,40})\*\*\s*[·|](?P<when>[^\n]{1,60})")
# (the words a byline's when is said in, beside its figures)
_WHEN_WORDS = frozenset(MONTHS) | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
                                   "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "at", "on", "ago",
                                   "am", "pm", "a.m", "p.m", "h", "hr", "hrs", "hour", "hours", "m", "min", "mins",
                                   "minute", "minutes", "d", "day", "days", "w", "wk", "wks", "week", "weeks", "mo",
                                   "month", "months", "y", "yr", "yrs", "year", "years", "yesterday", "today", "just",
                                   "now", "reply", "edited", "st", "nd", "rd", "th", "utc", "gmt", "bst"}


def _byline(line: str) -> bool:
    """Is a line a commenter's byline and no more: a name in bold (a person's, or a handle: no figure in it, "**Sputnik
    1** · 4 October 1957" is a card's), then after its dot or bar only when the comment was written, with a figure
    or "yesterday"/"today"? Not a card's line that says something of what it names: "**Barry** · St Bernard · died
    1814", "**Forth Bridge** · opened 1890", "**Ellie** · 12 goals"."""
    m = _BYLINE.fullmatch(line.rstrip())
    if m is None:
        return False
    name, when = m.group("name").strip(), m.group("when")
    if any(ch.isdigit() for ch in name) and not name.startswith("@"):
        return False
    words = re.findall(r"[A-Za-z.]+|\d+", when)
    # (a comment is dated to its day or hour: a month or a weekday, a clock, "ago", "3h", "yesterday"; a year or two
    # alone are a card's, "**Barry** · 1800–1814")
    return bool(words) and (any(ch.isdigit() for ch in when) or bool(re.search(r"\b(?:yesterday|today)\b", when, re.I))) \
        and all(w.isdigit() or w.lower().strip(".") in _WHEN_WORDS for w in words if w.strip(".")) \
        and (re.search(r"\d[:.]\d\d", when) is not None or any(not w.isdigit() for w in words if w.strip(".")))
_THREAD = re.compile(r"\b(?:comments?|replies|responses|discussion)\b", re.IGNORECASE)
_ALPHA_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Rejection:
    """Why a span is not a claim (kept for debugging and tests)."""

    start: int
    end: int
    reason: str


def _visible(text: str) -> str:
    return URL_RE.sub(" ", _LINK.sub(r"\1", text))


def _singular(token: Token) -> bool:
    # "Leica I", "World War I", "Juno I": a numeral after a name, not the writer ("In Paris I
    # visited", "At NASA I worked": after a place or an organisation the writer speaks)
    # (nor when the name and its numeral both hang on the verb, as two subjects the parser splits one into:
    # "when Charles I granted them a charter", "Elizabeth I ruled")
    if token.text == "I" and token.i > 0 and token.nbor(-1).pos_ == "PROPN" and token.nbor(-1).text[:1].isupper():
        name = token.nbor(-1)
        if name.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass", "attr") \
                or name.head == token.head and name.dep_ in ("nsubj", "nsubjpass", "npadvmod"):
            return False
    # (a mine is no "mine": "the salt mine", "the mine was guarded")
    if token.lower_ == "mine" and (token.pos_ in ("NOUN", "PROPN") or token.i > 0 and token.nbor(-1).pos_ in (
            "DET", "ADJ", "NOUN", "PROPN")):
        return False
    return token.lower_ in _SINGULAR


def _plural(token: Token) -> bool:
    # "US" the country is not "us" the pronoun.
    return token.lower_ in _PLURAL and token.text != "US"


def _names_or_counts(tokens: Iterable[Token]) -> bool:
    """Do the tokens name or count something to check (a name or a figure)?"""
    return any(t.like_num or t.pos_ == "PROPN" for t in tokens)


def _says_enough(before: list[Token]) -> bool:
    """Does what comes before a writer's tail say something to check on its own: a name or a figure, and
    three words at least?"""
    return _names_or_counts(before) and len([t for t in before if t.is_alpha]) >= 3


# words opening a concession ("although half of it was a building site when I went")
_CONCEDING = frozenset({"although", "though", "while", "whereas"})


def _first_person_tail(sent: Span) -> int | None:
    """Where a clause of the writer's joined on after a statement starts (its "and" or the comma before
    it), as a character offset in the parsed text: "Zion was Utah's second national park, and it's still
    my favourite"; "Arches has about 200 arches, and I swear I counted most of them". None when the
    statement before it is itself the writer's, or too short to say anything."""
    root = sent.root
    # ("Burma-Shave signs started going up in Minnesota in the 1950s, my dad still recites the rhymes": the
    # parser makes the writer's clause after the comma the root, and the statement before it its complement)
    spliced = _statement_before_writer(sent)
    if spliced is not None:
        return spliced
    if root.pos_ not in ("VERB", "AUX") or any(_singular(t) or t.lower_ in _SPEAKERS
                                                for t in sent if t.i < root.i):
        return None
    # ("It closed in 2007, which still makes me sad every time I walk down Whitechapel Road": a comma's
    # "which" clause on the statement that is the writer's feeling about it)
    which = next((t for t in sent if t.lower_ == "which" and t.i > root.i and t.i > sent.start
                  and t.nbor(-1).text == "," and t.head.pos_ in ("VERB", "AUX")
                  and t.head.dep_ in ("advcl", "relcl", "ccomp", "conj")), None)
    if which is not None and any(_singular(t) or t.lower_ in ("me", "my") for t in which.head.subtree) \
            and not _kin_subject(root):
        before = [t for t in sent if t.i < which.i - 1]
        # (not inside a bracket, which the aside closes: "(the village next to it is called Ironbridge,
        # which I love)")
        opened = sum(t.text == "(" for t in before) > sum(t.text == ")" for t in before)
        if not opened and _says_enough(before):
            return which.nbor(-1).idx
    # ("Barcelona's Camp Nou opened in 1957, although half of it was a building site when I went": a
    # concession after a comma that tells the writer's visit)
    conceded = next((c for c in root.children if c.dep_ == "advcl" and c.i > root.i and any(
        m.dep_ == "mark" and m.lower_ in _CONCEDING for m in c.children)), None)
    # (not an "I" someone else says in quotes: 'although he had insisted "I am not a crook"')
    quoted = _quoted(sent) if conceded is not None else set()
    if conceded is not None and any((_singular(t) or t.lower_ in ("me", "my")) and t.i not in quoted
                                    for t in conceded.subtree):
        start = conceded.left_edge
        before = [t for t in sent if t.i < start.i - 1]
        if start.i > sent.start and start.nbor(-1).text == "," and _says_enough(before):
            return start.nbor(-1).idx
    # (the one the writer is the subject of, of several: "Leonard beat Hagler in '87, split decision, and I'd score
    # it the same way today", "split" taken for a verb)
    conjs = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > root.i]
    conj = next((c for c in conjs if any(d.dep_ in ("nsubj", "nsubjpass") and _singular(d) for d in c.children)),
                conjs[0] if conjs else None)
    # (nor a statement about an "it" or a "he": "It opened in 1876, and I loved it" names nothing)
    if conj is None or any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in root.children):
        return None
    subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # (or the writer inside it: "and it's still on the wall of every optometrist I've ever visited")
    writers = subject is not None and _singular(subject) or any(
        t.lower_ in ("my", "me") or _singular(t) for t in conj.subtree) and subject is not None \
        and subject.lower_ in ("it", "that", "this")
    if not writers:
        return None
    cc = next((c for c in root.children if c.dep_ == "cc" and root.i < c.i < conj.i), None)
    start = cc if cc is not None else conj
    if start.i > sent.start and start.nbor(-1).text == ",":
        start = start.nbor(-1)
    # (and it names or counts something to check: not "It has been a sweltering week here, so I ...")
    before = [t for t in sent if t.i < start.i]
    return start.idx if _says_enough(before) else None


_PLEASE_TAIL = re.compile(r",\s*(?:please|pls|plz)\s+[a-z]", re.IGNORECASE)


def _request_tail(sent: Span) -> int | None:
    """Where a request joined on with a comma after a statement starts: "Yuzuru Hanyu won gold in 2014 and
    2018, please add him!" (a statement with a subject, a past verb and a name or a figure before it)."""
    m = _PLEASE_TAIL.search(sent.text)
    if m is None:
        return None
    before = [t for t in sent if t.idx - sent.start_char < m.start()]
    if not any(t.tag_ == "VBD" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in before) \
            or not _names_or_counts(before) or any(_singular(t) for t in before):
        return None
    return sent.start_char + m.start()


def _statement_before_writer(sent: Span) -> int | None:
    """Where the writer's clause starts (the comma before it) when a statement with a subject of its own
    comes first and the writer's is spliced on with a comma, the parser's root: "X started in Minnesota in
    the 1950s, my dad still recites the rhymes". None otherwise."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # (or the reader, told what to do: "Sheffield FC are the oldest club in the world, founded in 1867, you
    # should tick them off next!")
    told = subject is not None and subject.lower_ == "you" and any(
        c.dep_ == "aux" and c.lower_ in ("should", "must", "could", "ought") for c in root.children)
    if root.pos_ not in ("VERB", "AUX") or subject is None or not (
            _singular(subject) or told or any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subject.children)):
        return None
    said = next((c for c in root.children if c.dep_ == "ccomp" and c.i < subject.i and c.pos_ in ("VERB", "AUX")), None)
    # ("The Savoy opened in 1927 I'm pretty sure, my grandmother danced there": the statement under the writer's
    # hedge, "I'm sure", "I think", which stays with it)
    hedge: set[int] = set()
    if said is not None and any(c.dep_ == "nsubj" and _singular(c) for c in said.children):
        inner = next((c for c in said.children if c.dep_ == "ccomp" and c.i < said.i and c.pos_ in ("VERB", "AUX")), None)
        if inner is not None:
            hedge = {t.i for t in said.subtree} - {t.i for t in inner.subtree}
            said = inner
    start = subject.left_edge
    if said is None or start.i <= sent.start or start.nbor(-1).text != "," or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in said.children):
        return None
    before = [t for t in sent if t.i < start.i]
    if any((_singular(t) or t.lower_ in _SPEAKERS) and t.i not in hedge for t in before) or not _names_or_counts(before):
        return None
    return start.nbor(-1).idx


def _first_person_aside(sent: Span, tokens: list[Token]) -> bool:
    """The writer talking about themselves rather than stating a fact."""
    # ("listened on the train, so these are messy": the writer's "I" left out before how they heard it)
    first = tokens[0]
    if first.lemma_.lower() == "listen" and first.tag_ in ("VBD", "VBN") and first.lower_.startswith("listen") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in first.children):
        return True
    # ("reading "Salt" on the bus, ~200 pages in", "listening on the train": what the writer is doing)
    doing = tokens[1] if first.lower_ in _DOING_ADVERBS and len(tokens) > 1 and first.head.i == tokens[1].i else first
    if doing.tag_ == "VBG" and doing.lemma_.lower() in _WRITERS_DOING and doing.i - sent.start == (doing.i != first.i) \
            and doing.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux")
                                                 for c in doing.children):
        return True
    # ("Still gives me chills", "Made me cry": a verb with no subject done to the writer, naming nothing; "us"
    # only with nothing else said, as it is as often everyone as the writer's company: "gave us antiseptic
    # surgery", "showed us that cholera spread ...")
    # (or with the text's own part for its subject, "The next story still gives me chills", "This bit always makes me
    # laugh")
    root = sent.root
    # (not where what moved the writer is told: "The tour showed me that the bridge is made of wrought iron", "This
    # story always makes me angry: the owners knew")
    told = any(c.dep_ in ("ccomp", "advcl", "parataxis") for c in root.children) or ":" in sent.text
    if root.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and not (
            c.pos_ == "NOUN" and c.lemma_.lower() in _TEXT_PARTS and not told) for c in root.children) \
            and any(c.dep_ in ("dobj", "dative", "nsubj") and (c.lower_ == "me" or c.lower_ == "us" and not any(
                o is not c and _says_more(o) for o in root.children))
                    for c in root.children) \
            and not any(t.pos_ == "PROPN" or t.like_num for t in tokens):
        return True
    # (not a relative clause of the writer's on a thing the sentence states: "He built a leaf hive,
    # which is the ancestor of everything in my garden"; "the disease I fear most")
    # ("Right, this is the bit I actually care about": the text itself as the subject, and the writer)
    if any(_singular(t) for t in tokens) and any(c.dep_ == "nsubj" and c.lower_ in ("this", "that") and c.pos_ == "PRON"
                                                 for c in root.children):
        return True
    # (nor the writer's belief in a past act of a named thing: "I'm fairly sure Pilot was founded in Osaka",
    # "I always assumed the 51 was named for the year it came out"; a reviewer settles it; not "I think he's
    # the greatest", a view, nor "I remember we visited it", the writer's own past)
    # (wherever the belief stands: "Great read. One correction though: I'm fairly sure the Queensberry rules were
    # published in 1865", one sentence to the parser)
    if _believed_act(root) or any(_believed_act(t) for t in tokens if t is not root and t.pos_ in ("VERB", "AUX")):
        return False
    hedge = _HEDGE.search(sent.text) or _LEADING_HEDGE.match(sent.text)
    belief = _TRAILING_BELIEF.search(sent.text) if hedge is None else None
    # (after a statement that names or counts something, not a request: "Book early for the Globe, I think", nor a
    # view, "It's worth a visit, I reckon")
    if belief is not None and not _PAGES_OWN.search(sent.text[:belief.start()]) \
            and not (tokens[0].pos_ == "VERB" and tokens[0].tag_ in ("VB", "VBP")) \
            and any(t.tag_ in ("VBD", "VBZ", "VBP", "VBN") and t.idx - sent.start_char < belief.start() for t in tokens) \
            and _names_or_counts(sent.char_span(0, belief.start(), alignment_mode="contract") or ()):
        hedge = belief
    hedged = {t.i for t in tokens if hedge is not None and hedge.start() <= t.idx - sent.start_char < hedge.end()}
    # (nor the writer's aside in an apposition on a named subject: "Kerr, the other big name on my shelf, was
    # founded in Portland"; not one on the writer's kin, "Dad, my biggest influence, worked ...")
    from .verify.lexical import kin  # (WordNet loads on first use)

    def set_aside(a: Token) -> bool:
        # (a bare word for kin, "Dad", "Mum"; not one of a name, "The Queen Mary")
        bare_kin = kin(a.head.lower_) and not any(c.dep_ in ("compound", "det", "flat") for c in a.head.children)
        return a.dep_ == "relcl" or a.dep_ == "appos" and a.head.pos_ == "PROPN" and not bare_kin \
            and not kin(a.lemma_.lower())  # ("Tom, my father, worked at Big Pit": the writer's own)

    if _singular(tokens[0]) or any(_singular(t) and t.dep_ in ("nsubj", "nsubjpass", "poss") and t.i not in hedged
                                   and not (any(set_aside(a) for a in t.ancestors)
                                            and not any(a.dep_ == "conj" for a in t.ancestors)) for t in tokens):
        return True
    # ("lol same, our dog spent the whole night under the bed": the writer's household's own, naming nothing and
    # counting nothing; not "Our town hosted the 1948 Olympics")
    # (the household's: its pets, people, things, doings and places, "our dog", "our kids", "our neighbour's spaniel",
    # "our walk", "our garden", or one it calls by name, "Our Max"; not everyone's, "our moon", "our galaxy", "our
    # blood", "our ancestors", "our word 'robot'", which state what is so of the world)
    # (a name or a figure inside the subject is the household's own, "Our Max", "Our two dogs"; after it, it is what
    # the sentence says, "Our town hosted the 1948 Olympics")
    ours = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i >= sent.start and any(
        d.dep_ == "poss" and (d.lower_ == "our" or any(e.dep_ == "poss" and e.lower_ == "our" for e in d.children))
        for d in c.children)), None)
    if ours is not None and _household(ours) and not any(
            t.like_num or (t.i > sent.start and t.text[:1].isupper()) for t in tokens
            if not ours.left_edge.i <= t.i <= ours.right_edge.i):
        return True
    if not any(_plural(c) and c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return False
    # "we are excited to ...": with a copula the feeling is the adjective, not "be"
    predicate = {root.lemma_.lower()} | {c.lemma_.lower() for c in root.children if c.dep_ == "acomp"}
    if predicate & _AUTHOR_VERBS:
        return True
    # "we had a great time" has nothing to check; "we found 68 stations", "we are coming out
    # of the Little Ice Age" name a number or a thing; "we now know that X" reports X
    checkable = any(t.like_num or (t.i > sent.start and t.text[:1].isupper()) for t in tokens)
    return not checkable and not any(c.dep_ == "ccomp" for c in root.children)


# what a household has and does, by WordNet's classes of the noun ("dog", "kid", "garden", "walk", "holiday"), against
# what everyone's "our" is of: the Earth and the sky, the body, language ("moon", "galaxy", "blood", "word")
# (not an act or an event: "Our harmless emissions of trifling quantities of carbon dioxide cannot possibly acidify the
# oceans" is everyone's, a claim to check, as a household's outing seldom needs "our" to be told)
_HOUSEHOLD_KINDS = frozenset({"noun.animal", "noun.person", "noun.artifact", "noun.location", "noun.time",
                              "noun.food", "noun.possession"})
# (the people of everyone's past: "Our ancestors domesticated dogs from grey wolves")
_EVERYONES_PEOPLE = frozenset({"ancestor", "forebear", "forefather", "predecessor"})


def _household(noun: Token) -> bool:
    """Is a noun with the writer's "our" on it the household's own (``_HOUSEHOLD_KINDS``), or a name it gives one
    ("Our Max", a capitalised word WordNet does not have)?"""
    from .verify.lexical import kind  # (WordNet loads on first use)

    lemma = noun.lemma_.lower()
    if lemma in _EVERYONES_PEOPLE:
        return False
    found = kind(lemma) or kind(noun.lower_)
    return found in _HOUSEHOLD_KINDS or not found and noun.text[:1].isupper()


def _asks_within(sent: Span) -> bool:
    """Does a line ask with a wh-word past its start, not a relative one ("anyone know who built it??",
    "Bell Rock first lit when??"; not "the Pharos, which fell in 1303??")?"""
    return any(t.tag_ in ("WP", "WRB", "WDT", "WP$") and t.head.dep_ != "relcl" and t.dep_ != "relcl" for t in sent)


_BELIEF = frozenset({"sure", "certain", "assume", "think", "believe", "reckon", "remember", "recall", "read"})


def _kin_subject(root: Token) -> bool:
    """Is the subject of ``root`` one of the writer's family ("Dad moved to Leeds in 1998, which I hated")?"""
    from .verify.lexical import kin  # (WordNet loads on first use)

    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(kin(w.lower_) for w in subject.subtree)


def _believed_act(root: Token) -> bool:
    """Is ``root`` the writer's belief ("I'm sure", "I assumed") in a clause telling a past act of a name or a
    figure: a passive one, or a verb other than "be" or "have"?"""
    from .verify.lexical import kin  # (WordNet loads on first use)

    belief = root if root.lemma_.lower() in _BELIEF else next(
        (c for c in root.children if c.dep_ == "acomp" and c.lower_ in _BELIEF), None)
    if belief is None or not any(c.dep_ == "nsubj" and _singular(c) for c in root.children):
        return False
    # (a past tense the tagger took for a participle, "the Massy factory opened in 1802"; not a perfect, "the
    # Highbury stadium has seen better days")
    for clause in (c for c in belief.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        # (or a thing a name qualifies, with a date or figure to check, or read of: "the Massy factory opened in
        # 1802", "UHT milk is heated to 115 °C", "I read that the Gnome engine ran on castor oil"; not the
        # writer's own trip or hotel, "I remember the Kyoto trip took forever")
        named = subject is not None and (subject.pos_ == "PROPN" or subject.like_num or subject.pos_ == "NOUN" and any(
            c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.i < subject.i for c in subject.children)
            and (belief.lemma_.lower() == "read" or any(t.like_num for t in clause.subtree)))
        # (or a cleft naming who did it: "I believe it was James Murdock who patented the capsule")
        # (not one of the writer's family: "I believe it was Auntie Jean who planted the oak")
        if subject is not None and subject.lower_ == "it" and clause.lemma_ == "be" and any(
                c.dep_ == "attr" and c.pos_ == "PROPN" and any(d.dep_ == "relcl" and d.tag_ == "VBD" for d in c.children)
                and not any(kin(w.lower_) for w in c.subtree if w.i < c.i or w is c)
                for c in clause.children) and not any(_singular(t) or _plural(t) for t in clause.subtree):
            return True
        if named and not kin(subject.lower_) \
                and (passive or (clause.tag_ == "VBD" or clause.tag_ == "VBN" and not any(c.dep_ == "aux" for c in clause.children))
                     and clause.lemma_.lower() not in ("be", "have")) \
                and not any(_singular(t) or _plural(t) for t in clause.subtree):
            return True
    return False


# the writer's hedge closing a statement ("..., as far as I can tell.", "..., if I remember rightly", "... in 1927
# I'm pretty sure")
_HEDGE = re.compile(r",\s*(?:as far as I (?:can tell|know|can see|remember|recall|could tell)|"
                    r"if I (?:remember|recall) (?:correctly|rightly|right))\s*[.!]?\s*$|"
                    r"(?:,\s*|\s+)I(?:'m|’m| am) (?:pretty |fairly |quite )?(?:sure|certain)\s*[.!]?\s*$")
# (", I believe.", ", I think.": a hedge only after a statement of no one's of the page, not a request; the parse makes
# the "think" its main verb, so the statement is judged on its words: "We went to Paris in 2019, I think" is the
# writer's own)
_TRAILING_BELIEF = re.compile(r",\s*I (?:believe|think|reckon|gather)\s*[.!]?\s*$")
_PAGES_OWN = re.compile(rf"\b(?:{'|'.join(sorted(_SPEAKERS))})\b", re.IGNORECASE)


# and opening one ("If I remember my history, boxing first turned up ...", "If memory serves, ...")
_LEADING_HEDGE = re.compile(r"\s*(?:if I (?:remember|recall)(?: (?:my \w+|correctly|rightly|right))?|"
                            r"if memory serves(?: me)?(?: (?:right|correctly|rightly))?|"
                            r"as far as I (?:know|remember|recall|can tell))\s*,", re.IGNORECASE)


_QUOTES = {'"': '"', "“": "”", "‘": "’"}


def _quoted(sent: Span) -> set[int]:
    """Token ids inside quotation marks (straight or curly, paired within the sentence)."""
    out: set[int] = set()
    closing = None
    for t in sent:
        if closing is not None:
            if t.text == closing:
                closing = None
            else:
                out.add(t.i)
        elif t.text in _QUOTES and any(u.text == _QUOTES[t.text] for u in sent if u.i > t.i):
            closing = _QUOTES[t.text]
    return out


def _of_the_world(noun: str) -> bool:
    """Is ``noun`` a creature, a plant, a person, a time, a place or a natural thing: what a judging
    word ("wild", "cool", "insane") may describe?"""
    from .verify.lexical import kind  # (WordNet loads on first use)

    return kind(noun) in ("noun.animal", "noun.plant", "noun.person", "noun.time", "noun.location", "noun.object",
                          "noun.phenomenon", "noun.substance", "noun.group")


def _doer_kind(noun: str) -> bool:
    """Is ``noun`` a kind of creature or plant: one a note tells of, not a task, a tool or material
    ("Materials: use recycled paper") or the people a request is for?"""
    from .verify.lexical import kind  # (WordNet loads on first use)

    return kind(noun) in ("noun.animal", "noun.plant")


def _labelled_lookup(sent: Span, text: str) -> bool:
    """Is the sentence a research task after a label ("hammer: look up Sedykh", "Nimrod -- check the date"): its
    word of finding out a verb, as the parse reads it? (Not the noun of that word: "Ann Kell — research chemist at
    Brill Mills", "Kell — research in Brill from 1890 led to ...")"""
    m = _LABELLED_LOOKUP.match(text)
    if m is None:
        return False
    at = sent.start_char + len(sent.text) - len(sent.text.lstrip()) + m.start("verb")
    verb = next((t for t in sent if t.idx == at), None)
    return verb is None or verb.pos_ == "VERB"


def _bare_turn(sent: Span, signpost: Token | None) -> bool:
    """Does "Then came the fun part" end on its part, or on the part of an occasion ("... the best bit of the night"),
    as a turn of the writer's does, and not go on to tell what the part was ("Then came the final section of the
    canal, dug by hand", "Then came the worst part: the flood took the mill")?"""
    if signpost is None:
        return False
    after = [t for t in sent if t.i > signpost.i and not (t.is_punct and t.text not in (":", ";", "—", "–"))]
    if not after:
        return True
    of = after[0]
    return of.lower_ == "of" and of.head == signpost and all(t in of.subtree for t in after) \
        and any(t.dep_ == "pobj" and t.lemma_.lower() in _OCCASIONS for t in of.children)


def _rule_told_of(sent: Span) -> bool:
    """Is "phones off" or "points up for grabs" what a sentence tells of someone's phones or points, with a verb and a
    subject of its own or the phones made someone's ("Velden Telecom sends its old phones off to Brill", "The Brill
    Cup has 100 points up for grabs"), not a rule's bare words ("Ten points up for grabs, phones face down please!",
    whose "points" and "face" the tagger may take for verbs)?"""
    own = ("phone", "phones", "point", "points")
    return any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") and t.lower_ not in own and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in own for c in t.children) for t in sent) \
        or any(t.lower_ in own and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "its", "their", "a")
                                       for c in t.children) for t in sent)


def _said_of_someone(sent: Span) -> bool:
    """Does the sentence tell what was, in the past tense or in a year ("In 2010 Velden High became ...", "the rule
    was set by Ann Kell"), as a house's rules for tonight do not?"""
    return any(t.tag_ == "VBD" or t.like_num and re.fullmatch(r"1\d{3}|20\d{2}", t.text) for t in sent)


def _stated(sent: Span) -> bool:
    """Does the sentence state something in a tense of its own, of a subject not the player ("Three points for a win is
    now the rule", "the league has scored that way since"), not a quiz's rule for tonight ("Five points if you get it",
    "Scores will be read out")?"""
    root = sent.root
    finite = root.tag_ in ("VBZ", "VBP", "VBD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "VBD") for c in root.children)
    return finite and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("you", "we") for c in root.children)


def _task(sent: Span, text: str) -> bool:
    """Is the sentence a task under a label: a bare verb, or someone "to" do something, after it?"""
    label = _TASK_LABEL.match(text)
    if not label:
        return False
    rest = [t for t in sent if t.idx - sent.start_char >= label.end() and not t.is_punct]
    if not rest:
        return True
    if rest[0].tag_ == "VB" and rest[0].text.islower():
        return True  # "sign the rota sheet by Friday" (not "Die Hard was released")
    to = next((k for k, t in enumerate(rest) if t.lower_ == "to"), None)
    return to is not None and 0 < to <= 3 and to + 1 < len(rest) and rest[to + 1].tag_ == "VB" \
        and all(t.text[:1].isupper() and t.is_alpha for t in rest[:to])  # "Raj to bring the printout"


def _thing_described(label: list[Token], after: list[Token]) -> bool:
    """Is a made thing's label followed by a word that is a noun as well as a verb, with nothing done to
    ("Clap skate: hinge at the back of the blade" says where its hinge is; "Printer: check the toner" asks)?"""
    from .verify.lexical import kind, known_as, names_a_thing  # (WordNet loads on first use)

    # (where it is or what it is of, a preposition after the word and nothing else done: not "Coventry
    # Transport Museum – go and see the Rover!")
    # (and a part or a stuff the word names first: "hinge", "screw", "gauze"; not "focus on the slide", "turn at
    # low speed", "wait for the light", "fill to the line", a doing, a time, a thought or a measure first)
    word = after[0] if after else None
    return bool(label) and word is not None and kind(label[-1].lemma_.lower()) == "noun.artifact" \
        and known_as(word.lemma_.lower(), "n") and names_a_thing(word.lemma_.lower()) \
        and any(c.dep_ == "prep" and c.i == word.i + 1 for c in word.children) \
        and not any(c.dep_ in ("dobj", "dative", "conj", "cc", "xcomp", "ccomp") for c in word.children)


def _verb_word(lemma: str) -> bool:
    from .verify.lexical import known_as  # (WordNet loads on first use)

    return known_as(lemma, "v")


# a cell that opens on a figure: "5–6 cm, ~2 g"; or on a bound before it, which a longer cell may
# follow: "up to ~3.5 m", "> 320 km/h in a dive" (not "100 m record under 9.5 seconds", a phrase)
_MEASURE_CELL = re.compile(r"^\s*(?:(?:up to|about|around|over|under|at least|at most|c\.|ca\.)\s+)?[~≈<>≥≤+]?\s*\d",
                           re.IGNORECASE)
_MEASURED = re.compile(r"\d[\d,.]*\s*(?:%|°\s*[CF]?\b|(?:months?|years?|weeks?|days?|hours?|minutes?|seconds?|mins?|hrs?|secs?|"
                       r"lbs?|kg|km|cm|mm|mi|miles?|ft|feet|inch(?:es)?|tons?|tonnes?|litres?|liters?|ml|gallons?|"
                       r"mph|km/h|metres?|meters?|m)\b)", re.IGNORECASE)
# (after a name's abbreviation too: "Mosler Safe Co. -> Cincinnati")
_ARROW_BETWEEN = re.compile(rf"(?:[A-Za-z0-9)\"”'’]|\b(?i:co|corp|inc|ltd|bros|mfg)\.)\s*{ARROW}\s*[A-Za-z0-9(\"“‘]")
_BOUNDED_CELL = re.compile(r"^\s*(?:(?:up to|about|around|over|under|at least|at most|c\.|ca\.)\s+[~≈]?|[~≈<>≥≤])\s*\d",
                           re.IGNORECASE)


# the words a writer frames a statement of theirs with, before its colon ("Small correction though:")
_FRAMING_LABELS = frozenset({"correction", "fact", "note", "update", "reminder", "aside", "trivia", "tip",
                             "footnote", "clarification", "caveat", "edit", "ps", "fyi", "nb", "bonus", "addendum",
                             "erratum", "though"})


def _label_colon(sent: Span) -> Token | None:
    """The colon that ends a short label opening the sentence ("My favourite trivia:", "Call us:")."""
    return next((t for t in list(sent)[:6] if t.text == ":"), None)


def after_label(sent: Span) -> Span | None:
    """What follows a short label, when it is the claim: "My favourite trivia: in 1928 Richard
    Halliburton swam the canal", "Look for perforations: the Post Office only started perforating in
    1864". The label is the writer's, or a request; after its colon, a clause with a subject of its own
    (not the reader or the writer) gives a figure. Not a stance: "My take: the 1900 Games were a mess"."""
    colon = _label_colon(sent)
    if colon is None:
        return None
    said = [t for t in sent if t.i > colon.i and not t.is_punct and not t.is_space]
    label = [t for t in sent if t.i < colon.i and not t.is_punct and not t.is_space]
    from .verify.lexical import known_word  # (WordNet loads on first use)

    # (a label that says something, "Klein et al. 2007:", "Reese's cups:", is part of the claim)
    asks = bool(label) and (label[0].tag_ == "VB" and label[0].pos_ == "VERB" or any(t.lower_ in _SPEAKERS for t in label))
    # (or one that only frames what follows as the writer's: "Small correction though:", "Fun fact:", "PS:")
    framing = 0 < len(label) <= 4 and any(t.lower_ in _FRAMING_LABELS for t in label) and all(
        t.lower_ in _FRAMING_LABELS or t.pos_ in ("ADJ", "ADV", "DET", "CCONJ", "INTJ") and not t.text[:1].isupper()
        or t.i == label[0].i and t.is_alpha and t.pos_ != "PROPN" and known_word(t.lower_) for t in label)
    if framing and len(said) >= 3 and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in _SPEAKERS and t.pos_ in ("PROPN", "NOUN") for t in said):
        return sent.doc[said[0].i:sent.end]
    if asks and len(said) >= 3 and any(t.like_num for t in said) and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in _SPEAKERS for t in said) and not any(
            t.lower_ in _SPEAKERS for t in said) and not any(t.lemma_.lower() in _STANCE_LABELS for t in label):
        return sent.doc[said[0].i:sent.end]
    return None


def _names_something(label: list[Token]) -> bool:
    """Does a label name something ("BASF", "Djokovic", "Roland Garros", "Haydn"), by the test the
    layout gives a "Label: value" line: a capitalised word English does not have (in any form), or has
    only as a person or a place, or an acronym; not "Further Reading", "Lecture 4", "Topics", "Photo"."""
    from .verify.lexical import known_word, person_or_place  # (WordNet loads on first use)

    def named(t: Token) -> bool:
        w = t.text
        # (in any form: "Notes", "Dates", which a PROPN's lemma leaves plural)
        forms = {w.lower(), t.lemma_.lower()} | ({w.lower()[:-1], w.lower()[:-2]} if w.lower().endswith("s") else set())
        return w[:1].isupper() and w.isalpha() and (
            not any(len(f) > 2 and known_word(f) for f in forms) or person_or_place(w, 2))

    return any(t.text.isupper() and len(t.text) >= 2 for t in label) or any(
        named(t) for t in label if t.lower_ not in _SMALL_WORDS)


# a label that asks where a named thing is, its answer a place's name after the colon ("Otis HQ: Hartford,
# Connecticut", "Schindler base: Ebikon")
_WHERE_LABELS = frozenset({"hq", "headquarters", "base", "seat", "birthplace", "venue", "location", "home"})
# a year a note's cell or line may give
_YEAR_WRITTEN = r"(?:1[4-9]\d\d|20\d\d)"
_DATED_CELL = re.compile(rf"(?:\b(?:in|since|from|until)|,)\s+{_YEAR_WRITTEN}\b")
# (a cell whose only date comes after "since", "from" or "until" dates what it says when something it says
# comes before: a place, a doing, a list, "Vorley, Finland, since 1907", "at St James's Gate since 1759",
# "brewed in London until 1989"; not a topic's span, "Railways from 1830 to 1870", "Steam engines since
# 1800", "chapters from 1875 onwards", the rows of a syllabus, a reading list or a museum guide)
_SPAN_ONLY_CELL = re.compile(r"^(?:(?![,;]|\b(?:at|in|on|by|near)\b|\b\w+(?:ed|ing)\b).)*?\b(?:since|from|until)\s+"
                             rf"{_YEAR_WRITTEN}\b", re.IGNORECASE)
# (the old test, "in" or a comma before the year, dates a cell whatever stands before it)
_DATED_IN_CELL = re.compile(rf"(?:\bin|,)\s+{_YEAR_WRITTEN}\b")
# what a page's credit line says of its own making, of the page itself or by one of its own roles ("host: the
# episode was recorded in Dana's kitchen", "guest: Sam was introduced by the producer"; not "host: the album was
# produced by Brian Eno"), and the words for the page itself
_PAGE_MAKING = frozenset({"record", "sponsor", "produce", "introduce", "film", "tape", "edit", "host", "present",
                          "interview", "broadcast", "air", "mix", "upload", "post", "support"})
_PAGE_ITSELF = frozenset({"episode", "show", "this", "podcast", "interview", "ep", "it", "i", "we"})
# what a credit line says of the page's own recording ("host: Dana, recorded 3 Oct 2023")
_RECORDING = re.compile(r"\b(?:recorded|aired|broadcast|listened|posted|uploaded)\b[^,;)]*", re.IGNORECASE)
_A_YEAR_IN_LINE = re.compile(rf"\b{_YEAR_WRITTEN}\b")
# (not the writer's own doings or plans, "read it in 2019", "want to buy in 2025", "hike planned in 2026")
_PERSONAL_CELL = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|us|[Oo]ur|[Yy]ou|[Yy]our|it|[Ww]ants?|[Nn]eeds?|[Pp]lan|"
                            r"[Pp]lann(?:ed|ing)|[Mm]aybe|[Hh]ope|TODO|[Tt]odo|[Tt]o-do|TBD|tbd|again)\b")
# a label of the page's own credits, links and the writer's taste: "AP Photo", "YouTube channel", "Favourite albums"
_PLATFORMS = frozenset({"facebook", "twitter", "instagram", "youtube", "tiktok", "linkedin", "spotify", "patreon",
                        "substack", "threads", "bluesky", "mastodon", "reddit", "pinterest", "soundcloud", "bandcamp",
                        "discord"})
_PAGE_HEADS = frozenset({"page", "account", "profile", "feed", "group", "site", "url", "username"})
_TASTE_WORDS = frozenset({"favourite", "favourites", "favorite", "favorites", "recommended", "underrated",
                          "overrated", "today", "today's", "my", "our"})
_CREDIT_LABEL = frozenset({"photo", "photos", "image", "images", "picture", "credit", "credits", "courtesy", "reporting",
                           "byline", "via", "channel", "playlist", "handle", "link", "links", "podcast", "episode",
                           "newsletter", "sponsor", "pick", "picks"}) | _PLATFORMS | (_TASTE_WORDS - {"my", "our"})


# verbs whose past is spelled as their base ("quit", "let", "put"): a tagger's VB or VBP among past verbs
_SAME_PAST = frozenset({"quit", "let", "put", "set", "cut", "shut", "hit", "cast", "spread", "read", "bet", "burst",
                        "cost", "hurt", "split", "thrust", "upset", "broadcast", "forecast", "bid", "rid", "shed",
                        "wed", "knit", "fit", "offset", "beset", "outbid", "recast", "reset", "sublet",
                        "undercut", "typeset", "wet", "spit", "slit", "input", "overspread"})


def _credit_label(label: list) -> bool:
    """Is a label the page's own credit, link or taste ("AP Photo", "YouTube channel", "Facebook", "Favourite
    albums", "Editor's pick"), not a label about something that only names one ("Facebook founder",
    "Bristol Channel lighthouse", "Sponsor of the Great Exhibition")? The credit word ends the label,
    or a word of taste opens it."""
    words = [t.lower_ for t in label if any(ch.isalpha() for ch in t.text) and t.lower_ not in ("'s", "’s", "'")]
    return bool(words) and (words[-1] in _CREDIT_LABEL or words[0] in _TASTE_WORDS
                            or words[-1] in _PAGE_HEADS and any(w in _PLATFORMS for w in words))


def _possessed_label(label: list[Token]) -> bool:
    """Is a label a named one's thing: a name, its "'s", and a noun of what it has or is ("Bird's
    birthplace", "Sidney Bechet's instruments", "Ella's label from 1956"), not the page's own roles or picks
    ("Editor's pick", "Reader's choice")?"""
    mark = next((k for k, t in enumerate(label) if t.tag_ == "POS"), None)
    if mark is None or mark == 0 or mark + 1 >= len(label):
        return False
    owner, owned = label[:mark], label[mark + 1:]
    from .verify.lexical import given_name, kin, kind  # (WordNet loads on first use)

    # (a name: not a day's or a time's word, "Sunday's menu", "Tonight's plan", nor kin, "Grandma's recipe")
    return all(t.text[:1].isupper() and t.is_alpha and t.pos_ == "PROPN" for t in owner) \
        and not any(_role_noun(t.text) or kind(t.lower_) == "noun.time" or kin(t.lower_) and not given_name(t.lower_)
                    for t in owner) \
        and owned[0].pos_ == "NOUN" and owned[0].text.islower() and not _credit_label(label)


def _role_noun(word: str) -> bool:
    """Is a capitalised word one of the roles a page credits for itself ("Guest", "Host", "Reader's
    choice", "Editor's pick"), not someone's name? (A card's "Producer" or "Winner" is of what it tells.)"""
    return word.split("'")[0].split("’")[0].lower() in PAGE_ROLES


# a label that says whose it is, not what it names: "Our HQ", "Backup venue", "Next base"
_OWNED_LABEL = frozenset({"our", "my", "your", "their", "the", "next", "backup", "main", "new", "old", "team",
                          "party", "meetup", "offsite", "club"})


def _person_word(noun: str) -> bool:
    from .verify.lexical import kind  # (WordNet loads on first use)

    return kind(noun) == "noun.person"


def _one_capitalised_word(sent: Span, colon: int) -> bool:
    """Is what follows the label one capitalised word ("Thimonnier's nationality: Swiss", "Utah's first
    national park: Arches"), a name or a people's word the tagger may call an adjective or a noun?"""
    value = [t for t in sent if t.i > colon and not t.is_punct and not t.is_space]
    # (not a plural word for people, "Jacuzzi's founders: Brothers", which says who only with a name)
    # (or a name after an elided particle, "d'Alembert")
    if len(value) == 1 and re.fullmatch(r"[dDlL]['’][A-ZÀ-Ý][^\W\d_]+", value[0].text):
        return True
    return len(value) == 1 and value[0].is_alpha and value[0].text[:1].isupper() and not value[0].is_upper \
        and not (value[0].lower_ != value[0].lemma_.lower() and _person_word(value[0].lemma_.lower()))


# formulas that open a statement in the imperative and ask nothing of the reader
_ASIDE_FORMULAS = ("believe it or not", "mind you", "needless to say", "suffice it to say", "granted,")


def _told_after_comma(sent: Span) -> bool:
    """Does a greeting or thanks go on, after its comma, to say what someone else did? "Thanks Anna and Tom,
    the Corinth Canal was indeed opened by King George" is a claim; in the past tense only: "Fair point Ana,
    Coimbra deserves its own post" is the commenter's opinion."""
    comma = next((t.i for t in sent if t.text == ","), None)
    return comma is not None and any(t.i > comma and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"
                                     and (t.head.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                                      for c in t.head.children)) for t in sent)


def _after_semicolon(sent: Span) -> Span | None:
    """What follows the sentence's one semicolon, when it is a clause with a subject and a verb of its own
    that names or counts something."""
    semis = [t for t in sent if t.text == ";"]
    if len(semis) != 1 or semis[0].i + 2 >= sent.end:
        return None
    rest = sent.doc[semis[0].i + 1:sent.end]
    ok = any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and t.head.i >= rest.start for t in rest)
    # (and it names or counts something to check: not "Please subscribe; it helps a lot!")
    return rest if ok and _names_or_counts(rest) else None


# a plan's or a roster's columns: where and when the writer's own event is, or who plays where ("Venue | Month |
# Theme", "Home | Away | Kick-off", "Goalkeeper | Left back | Right back")
_PLAN_COLUMNS = frozenset({"venue", "month", "day", "date", "time", "theme", "home", "away", "kick-off", "room",
                           "slot", "week", "round", "table", "team", "who", "when", "where", "notes"})


# a cell that answers the writer's own question
_ANSWER_CELLS = frozenset({"yes", "no", "y", "n", "maybe", "true", "false", "x", "✓", "✗", "ok", "tbc", "tbd"})
# a table's column of remarks on each row
_NOTE_COLUMNS = frozenset({"notes", "note", "comments", "comment", "remarks"})
# a column of the writer's own dealings with the things in the rows, not of what the things are: a verdict, a plan,
# a task, a purchase or a packing list's ("| Film | Verdict |", "| Task | Status |", "| Item | Shop | Notes |" by its
# "Shop": "Item" alone heads a quiz sheet's rows too, "| Item | Value |"),
# "| Option | Pros | Cons |", "| Area | Prediction |", "| Pet | Breed | Quirk |", "| Costume | Still needed |")
# (a verdict's word among them, ``_VERDICT_RANKS``: "| Café | Best thing |"; not "Fun fact", a column of trivia)
_DEALING_COLUMNS = frozenset({"status", "verdict", "rating", "ratings", "review", "opinion", "thoughts", "pros", "cons",
                              "option", "options", "choice", "pick", "task", "tasks", "chore", "chores",
                              "action", "actions", "step", "steps", "todo", "to-do", "shop", "store", "bag", "packed",
                              "prediction", "predictions", "needed", "quirk", "quirks", "vibe", "price", "cost", "budget",
                              "priority", "deadline", "due", "owner", "progress", "plan", "plans", "idea", "ideas",
                              "course", "pet", "pets", "bring", "buy"})
# (or one the writer words as their own: a pronoun, a time of theirs, a question, "| Layer | Our choice |", "| Bed |
# This year |", "| Thing | Packed? |", "| Course | Who's cooking |", "| Chore | How often |"; not "it", which is the
# row's thing, "| Term | What it means |", "| Crossing | Who it's for |")
_OWN_COLUMN_WORDS = frozenset({"i", "me", "my", "we", "us", "our", "you", "your", "this", "next", "today", "tonight",
                               "tomorrow"})
# a cell of a task list's or a checklist's state
_STATUS_CELLS = frozenset({"done", "pending", "booked", "sorted", "ordered", "bought", "paid", "in progress", "to do",
                           "todo", "not started", "started", "waiting", "cancelled", "postponed"})
# a cell of the writer's verdict on the row, beside the evaluative words: "| Tár | too long |", "| Red Lion | meh |"
# (or one opening on "too": "too long", "too sweet")
_VERDICT_CELL_WORDS = frozenset({"meh", "solid", "decent", "rubbish", "so-so", "pricey", "overpriced", "loved", "liked",
                                 "hated"})


def _dealing_column(header: str) -> bool:
    """Is a table's column the writer's own dealing with the rows' things (``_DEALING_COLUMNS``, ``_OWN_COLUMN_WORDS``,
    a question, a verdict's word, "who's cooking", "how often"), not an attribute of them ("Country of origin",
    "Family", "Fun fact", "Who it's for")?"""
    words = re.findall(r"[\w'’-]+", header.lower())
    # (or an instruction, a verb and "it": "| Lens | Use it for |"; not a wh-word's, "What it means", "How it works")
    return "?" in header or re.match(r"\W*(?:who['’]s|who is)\s+\w+ing\b|\W*how often\b", header.lower()) is not None \
        or re.match(r"\W*(?!(?:what|who|whom|whose|where|when|why|how|which)\b)[a-z]+\s+(?:it|them)\b", header.lower()) \
        is not None \
        or any(w in _DEALING_COLUMNS or w in _OWN_COLUMN_WORDS or w in _VERDICT_RANKS for w in words)


def _remarked_cell(cell: str) -> bool:
    """Does a table's cell give the writer's own remark on its row: their state of a task ("done"), a verdict ("meh",
    "too long", "loved it"), or themselves ("me", "our garage")?"""
    c = cell.strip().lower()
    # (the verdict's word ends what it says, "fun", "pretty boring", "meh"; before a noun it describes: "| Sourdough |
    # wild yeast + lactobacilli |", "| Great tit |")
    ends = [part.split()[-1] for part in re.split(r"[,;]", cell) if part.split()]
    return c in _STATUS_CELLS or c.startswith("too ") or bool(_PERSONAL_CELL.search(cell)) or any(
        w.islower() and (w.strip(".!") in _EVALUATIVE or w.strip(".!") in _VERDICT_CELL_WORDS) for w in ends)


# the columns of a sheet people fill in beside their names, a sign-up's, a rota's or a potluck's ("| Name | Email |",
# "| Name | Role |", "| Name | Dish |"), not what a famous one is known for
_SHEET_COLUMNS = frozenset({"email", "e-mail", "phone", "mobile", "contact", "role", "position", "shift", "signature",
                            "rsvp", "attending", "guests", "bringing", "dish", "item", "items", "availability"})
# a cell of contact details: an address or a phone number ("sam@example.com", "555-0101", "+44 20 7946 0958")
_CONTACT_CELL = re.compile(r"\S+@\S+\.\w+|\+?[\d()][\d ()./-]{5,}\d")


def _named_row(header: str, cell: str, row: tuple[str, ...] = (), columns: tuple[str, ...] = ()) -> bool:
    """Is a row's first cell, under "Name", someone's full name, which the other columns say things of ("| Tomoko Fuse
    | modular origami books |" under "| Name | Known for |"), not a form's field to fill in?"""
    words = cell.split()
    # (not a sheet's row, whatever the name: "| Sam Jones | sam@example.com |" under "| Name | Email |")
    return header.strip("*_: ").lower() == "name" and len(words) >= 2 and all(
        w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words) \
        and not any(_CONTACT_CELL.fullmatch(c.strip()) for c in row[1:]) \
        and not any(w in _SHEET_COLUMNS for h in columns[1:] for w in re.findall(r"[\w'’-]+", h.lower()))


def _plan_column(header: str) -> bool:
    """Is a table column's header one of a plan's or a roster's (a person by a position: "Goalkeeper")?"""
    from .verify.lexical import kind  # (WordNet loads on first use)

    last = header.split()[-1].strip("*_:").lower()
    return last in _PLAN_COLUMNS or kind(last) == "noun.person"


# "Love it or hate it, ...", "Like it or not, ...", "Believe it or not, ...": a concession put as a request, before the
# statement it frames
_CONCEDED = re.compile(r"^\W{0,3}[A-Za-z]+ it or (?:[a-z]+ it|not)\s*,\s*", re.IGNORECASE)


def _after_concession(sent: Span) -> Span | None:
    """What follows a concession put as a request ("Love it or hate it, the National's home was designed by Denys
    Lasdun"), when it is a clause with a subject and a verb of its own, not the reader's or the writer's, that names
    or counts something."""
    m = _CONCEDED.match(sent.text)
    if m is None:
        return None
    rest = sent.char_span(m.end(), len(sent.text), alignment_mode="expand")
    if rest is None or len(rest) < 3:
        return None
    # (the main clause's own subject, none of the reader's or the writer's, and what was: "the Louvre is where you'll
    # spend a day", "the offer ends on 30 June" are the reader's plans)
    root = rest.root
    ok = any(t.dep_ in ("nsubj", "nsubjpass") and t.head == root for t in rest) \
        and not any(t.lower_ in _SPEAKERS for t in rest) \
        and (root.tag_ in ("VBD", "VBN") or any(t.tag_ == "VBD" or t.dep_ == "auxpass" and t.tag_ == "VBD" for t in rest))
    return rest if ok and _names_or_counts(rest) else None


_REPORTING_VERBS = frozenset({"say", "tell", "think", "reckon", "claim", "suggest", "feel", "mention"})


def _reminded(sent: Span) -> Span | None:
    """What a reminder to the reader asserts: the clause after "Don't forget (that)", "Remember (that)", "Note
    (that)" ("Don't forget that England won the 2005 Ashes 3–1"), when it has a subject and a verb of its own and
    names or counts something."""
    # (after the talk that opens a line: "And don't forget that ...")
    skip = next((k for k, t in enumerate(sent) if t.lower_ not in _TALK_WORDS and not t.is_punct), 0)
    sent = sent.doc[sent.start + skip:sent.end]
    lead = [t.lower_.replace("’", "'") for t in sent[:4]]
    if not (lead[:1] in (["remember"], ["note"], ["recall"]) or lead[:3] in (
            ["do", "n't", "forget"], ["do", "not", "forget"]) or lead[:2] == ["never", "forget"]):
        return None
    that = next((t for t in sent[:6] if t.lower_ == "that" and t.dep_ == "mark"), None)
    if that is not None:
        rest = sent.doc[that.i + 1:sent.end]
    else:
        # (or with no "that", the clause the verb takes: "Don't forget Bishop Rock's first tower ... was washed away
        # in 1850"; not a thing to bring, "Don't forget your umbrella")
        verb = next((t for t in sent[:4] if t.lower_ in ("remember", "note", "recall", "forget")), None)
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None) if verb is not None else None
        # (right after the verb: "Remember: Q7 was a trick question" sets a note for the reader out after its colon)
        if clause is None or clause.left_edge.i != verb.i + 1:
            return None
        rest = sent.doc[clause.left_edge.i:sent.end]
        # (and dated by a year: without "that", what the reader is reminded of is as often their own day, "Don't
        # forget Dave said the bus leaves at 9", "Remember Mum booked the table for 8")
        # (nor what someone said, a view passed on: "Remember Jancis said the 2015 was better")
        if not _A_YEAR_IN_LINE.search(rest.text) or clause.lemma_.lower() in _REPORTING_VERBS:
            return None
    # (not what the reader or the writer did: "Remember that you booked the Crown for Friday")
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("you", "we", "i") for t in rest):
        return None
    # (in the past: what happened, not the reader's plan, "Remember that the quiz starts at 8")
    ok = len(rest) > 2 and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
                               and t.head.tag_ in ("VBD", "VBN") for t in rest)
    return rest if ok and _names_or_counts(rest) else None


# a quotation that opens after a statement's words and asks inside it: a slogan or a title ("Polykoff
# writes Clairol's "Does she ... or doesn't she?"", "Pink Floyd released "Wish You Were Here?"")
_QUOTED_ASKING = re.compile(r"^(?P<said>[^\"“”]*?\w[^\"“”]*?)\s[\"“][^\"“”]*\?\s*[\"”]\W*$")


# the talk that opens a line before what it says ("And don't forget ...", "So, ...")
_TALK_WORDS = frozenset({"and", "so", "but", "then", "ok", "okay", "well", "now", "anyway", "also"})
_LEADING_TALK = re.compile(rf"^\W{{0,3}}(?:(?:{'|'.join(sorted(_TALK_WORDS))})\b[\s,]*)+", re.IGNORECASE)


def _quoted_question(text: str) -> bool:
    """Does the sentence end on a question only inside a quotation that a statement of three words or
    more before it names?"""
    m = _QUOTED_ASKING.match(text.strip())
    if m is None:
        return False
    said = m.group("said")
    # (the statement's own words ask all the same when a word of talk comes first, "So did the Kinks really
    # write ...?", or it asks whether: "Anyone know if Ella recorded ...?")
    bare = _LEADING_TALK.sub("", said)
    return len(re.findall(r"[A-Za-z]+", said)) >= 3 and not _WH.match(bare) and not _ASKS.match(bare) \
        and not re.search(r"\b(?:if|whether)\b", said, re.IGNORECASE)


def _says_more(o: Token) -> bool:
    """Does a verb's complement beside "us" state something ("showed us that cholera spread through water",
    "gave us antiseptic surgery": a clause with a subject of its own, or a thing its qualifier names), not
    the writer's company's experience ("gave us all goosebumps", "showed us around the theatre")?"""
    if o.dep_ == "ccomp":
        return any(d.dep_ in ("nsubj", "nsubjpass") and d.lower_ not in ("us", "me", "we", "i") for d in o.children)
    return o.dep_ in ("dobj", "attr", "oprd") and any(d.dep_ in ("amod", "compound", "nmod") for d in o.children)


def _conditional(verb: Token) -> bool:
    """Is ``verb`` the verb of a clause of condition or time ("if the NRM is open", "when the museum reopens",
    "before the planetarium closes"), which says when a verdict holds, not what is so?"""
    return verb.dep_ == "advcl" or any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in verb.children)


_CONDITION_MARKS = frozenset({"if", "when", "whenever", "before", "after", "until", "till", "unless", "once", "while"})


def _reports_past(said: Token) -> bool:
    """Does what "the guest says" report a past event of a name ('guest says "Laundromat" was orig. a
    Maytag trademark'), a claim to check, rather than a view?"""
    # (an event, not a verdict told in the past: not "Gresley was the greatest engineer of his age", "Rembrandt
    # was a better painter than Vermeer")
    return any(c.dep_ == "ccomp" and c.tag_ == "VBD" and any(t.pos_ == "PROPN" for t in c.subtree)
               and not any(t.tag_ in ("JJS", "JJR", "RBS", "RBR") or t.lemma_.lower() in _EVALUATIVE for t in c.subtree)
               for c in said.children)


# the lower-case words of a name ("de Havilland Comet", "Ludwig van Beethoven")
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del", "della", "bin", "ibn"})


def _equated_after(sent: Span, t: Token) -> bool:
    """Does a note's equals sign or arrow follow ``t``, with words after it ("mean G year = 365.2422 d", "leap every
    3rd yr -> Augustus fixed it")? Then ``t`` opens what the line equates or points from, not a request."""
    after = sent.doc.text[t.idx + len(t.text):sent.end_char]
    m = re.search(r"\s=\s|-{1,2}>|→|=>", after)
    return m is not None and re.search(r"[A-Za-z0-9]", after[m.end():]) is not None


def _subject_and_verb(sent: Span, after: int = 0) -> bool:
    """Does ``sent``, from ``after`` characters into it on, have a subject of a finite verb, or of one its helper makes
    finite ("Ann Kell did not marry Tom Vero", "the mill could grind", "there were")? Not a title's capitalised "Is",
    nor the writer's owning of errors ("errors are mine"), nor a plural the tagger takes for a verb ("Text and photos
    © 2025 Ann Kell") (review 53b)."""
    # (or the label, where the parser makes it the subject of the verb after it: "Source: a mistake in the register
    # made ...")
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl")
               and (t.idx - sent.start_char >= after or t.head.idx - sent.start_char >= after)
               and (t.head.tag_ in ("VBD", "VBZ", "VBP", "VBN") or any(
                   x.dep_ in ("aux", "auxpass") and x.tag_ in FINITE_TAGS for x in t.head.children))
               and t.head.text[:1].islower()  # (not a title's "Is")
               and not (t.lemma_.lower() in _OWNED_ERRORS and t.head.lemma_ in ("be", "remain")) for t in sent)


def not_a_claim(sent: Span, kind: str, row: str = "", header: tuple[str, ...] = ()) -> str:
    """The reason a sentence is not check-worthy, or "" if it is a candidate claim.

    ``row``: for a table row, the row as written (its cells; the parse saw it without the bars); ``header``: the
    table's header cells, which say what each cell is.
    """
    text = sent.text.strip()
    if kind == "table":
        text = row or text
        # a row states something when one of its cells is a value ("1969", "83.6 kg"); a row of
        # phrases that happen to hold a digit ("Elements 119 and 120 reported") is a list of topics
        # (a cell of codes is a value however long: "1.e4 e5 2.Nf3 Nc6")
        # (or a measure, "up to ~3.5 m", "> 320 km/h in a dive": a cell that opens on its figure)
        values = [c for c in table_cells(text) if any(ch.isdigit() for ch in c) and (
            len(c.split()) <= 3 or all(any(ch.isdigit() for ch in w) for w in c.split())
            or len(c.split()) <= 4 and _MEASURE_CELL.match(c) or len(c.split()) <= 6 and _BOUNDED_CELL.match(c)
            # (a figure with its unit, wherever it stands in a short cell: "aged 24 months minimum", "weighs ≈ 40 lb")
            or len(c.split()) <= 4 and _MEASURED.search(c)
            # (or two measures of one thing, or a measure and where: "30 m / 100 ft", "3 min at 5 m")
            # (in two units: "4 min / 2 min" is a plan's two spells, not one measure twice)
            or len(c.split()) <= 6 and len({re.sub(r"^\d[\d,.]*\s*", "", u).lower() for u in _MEASURED.findall(c)}) >= 2
            and not set(_MEASURED.sub(" ", c).split()) - {"/", "at", "or", "(", ")", "-", "–"}
            # (or a note that dates what it says: "ex-thyssenkrupp, sold to Advent & Cinven in 2020")
            or len(c.split()) <= 10 and _DATED_CELL.search(c) and not _PERSONAL_CELL.search(c)
            and not (_SPAN_ONLY_CELL.match(c) and not _DATED_CELL.search(_SPAN_ONLY_CELL.sub("", c, 1))
                     and not _DATED_IN_CELL.search(c)))]
        # (a record's row names its holder with no figure: "Heaviest parrot | Kākāpō": a superlative
        # in the first cell, a name in another)
        # (offsets in the row as written: the parse has its bars as commas, character for character)
        opened = text.lstrip().startswith("|")
        bars = [k for k, ch in enumerate(text) if ch == "|"]
        first_end = bars[1] if opened and len(bars) > 1 else bars[0] if bars and not opened else len(text)
        cells = [c for c in table_cells(text) if not _empty_cell(c)]
        record = len(cells) >= 2 and any(t.tag_ in ("JJS", "RBS") and t.idx - sent.start_char < first_end
                                         for t in sent) and any(t.text[:1].isupper() and t.is_alpha
                                                                and t.idx - sent.start_char > first_end for t in sent)
        # (or a cell that says something in a clause of its own: "| Nutmeg | seed | mace is the dried
        # root of the same tree |", a verb in the past or "is", with its subject in the one cell; a
        # present verb is a table of trends more often, "| Rail replaces many short-haul flights |")
        # (a token's cell: how many bars stand before it in the row)
        def in_cell(c: Token, t: Token) -> bool:
            return bisect_left(bars, c.idx - sent.start_char) == bisect_left(bars, t.idx - sent.start_char)

        # (and what it says after the verb: "| Elements 119 and 120 reported |" is a headline of a trend)
        # (a subject named, not a pronoun: "| Smith | I think he played well |", "| see the article, it
        # was great |" are remarks)
        said = any((t.tag_ == "VBD" or t.tag_ in ("VBZ", "VBP") and t.lemma_ == "be")
                   and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" and in_cell(c, t) for c in t.children)
                   and any(c.i > t.i and c.dep_ in ("dobj", "prep", "attr", "acomp", "npadvmod", "advmod")
                           and in_cell(c, t) for c in t.children)
                   and not text.rstrip(" |").endswith("?") for t in sent)
        # (or a two-column row that names what its first cell describes, as a card's "Label: Name" line does:
        # "| Essex captain | Owen Chase |", "| Ahab's ship | the Pequod |")
        # (not a question in either cell, nor what the card's line would be, a field of the page's or a plan's:
        # "| Photo credit | Getty Images |", "| Lemon tart | Sauternes |", "| Lift to airport | Dave |"; and the
        # second cell a name, not a headline: "| Lunar tourism | Elements 119 and 120 reported |")
        named = len(cells) == 2 and len(cells[0].split()) >= 2 and len(cells[1].split()) <= 10 and any(
            t.pos_ == "NOUN" and t.idx - sent.start_char < first_end for t in sent) and any(
            t.pos_ == "PROPN" and t.idx - sent.start_char > first_end for t in sent) \
            and not any("?" in c for c in cells) and not is_metadata(f"{cells[0]}: {cells[1]}") \
            and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS | _NAME_PARTICLES
                    for w in (x.strip("()[],.;:'\"") for x in cells[1].split()) if w)
        # (or a row of names under a header that says what each is, three columns or more: "| Barolo | Nebbiolo |
        # Italy |" under "| Wine / region | Main grape | Country |" says Barolo's main grape is Nebbiolo; not a
        # page's or a plan's fields, "| Speaker | Room | Day |")
        related = len(cells) >= 3 and len(header) == len(table_cells(text)) and all(
            w[:1].isupper() or w.lower() in _SMALL_WORDS | _NAME_PARTICLES
            for c in cells for w in (x.strip("()[],.;:'\"") for x in c.split()) if w) \
            and all(h.strip() and not any(ch.isdigit() for ch in h) for h in header) \
            and not any(_field_key(f"{h}: {c}") or _role_noun(h.split()[-1]) or _plan_column(h) if h.split() else True
                        for h, c in zip(header, table_cells(text)))
        # (or a row of short terms under such a header, its first cell the thing the row is of: "| Dachshund | Germany |
        # hunting badgers |" under "| Breed | Country of origin | Known for |", "| Red | strontium | |" under
        # "| Colour | Metal | Notes |"; an unknown cell, "?", leaves the rest said)
        # (not a table of trends, a verb in a cell: "| Super-spike shoes | Sprint times drop |"; nor a row of answers
        # to the writer's questions, "| Good pub | yes |")
        # (the first column may name a kind of person, the one the row is of: "| Painter | Movement |", "| Saint | Patron
        # of |", "| Greek god | Roman name |"; a roster's or a plan's people are in its other columns, "| Goalkeeper |
        # Left back |"; not the writer's own people, kin or a bare given name, "| Kid | ... |", "| Player | ... |" / "| Sam |")
        # (a given name WordNet knows as someone's is a famous one's all the same: "Monet", "Nelson")
        from .verify.lexical import given_name, is_place, kin, person_or_place  # (WordNet loads on first use)

        # (nor a roster's, its other cells people too: "| Ann Lee | Bob Ray |" under "| Goalkeeper | Left back |")
        def first_column(h: str) -> bool:
            last = h.split()[-1].strip("*_:").lower()
            return last in _PLAN_COLUMNS or kin(last) or (_plan_column(h) and (
                len(cells[0].split()) == 1 and given_name(cells[0].lower()) and not is_place((cells[0].lower(),))
                and not person_or_place(cells[0]) or any(_personal_name(c) for c in cells[1:])))

        # (a row says something of its first cell in a column of what it is, not only in a last column of notes:
        # "| Imperial | – | see the museum page |" under "| Maker | Founded | Notes |")
        # (a column of notes by its last word, "Notes", "My note": what the writer noticed of the thing, "faint, use
        # cobalt glass", which neither plans nor judges the row)
        noted = len(header) > 2 and bool(header[-1].split()) and header[-1].split()[-1].strip("*_:").lower() in _NOTE_COLUMNS
        said_cells = [c for k, c in enumerate(table_cells(text))
                      if k and not _empty_cell(c) and not (noted and k == len(header) - 1)]

        termed = len(cells) >= 2 and len(header) == len(table_cells(text)) and len(header) >= 2 \
            and not any(t.tag_ in ("VBD", "VBZ", "VBP") and bisect_left(bars, t.idx - sent.start_char) == (2 if opened else 1)
                        and any(c.dep_ in ("nsubj", "nsubjpass") and in_cell(c, t) for c in t.children) for t in sent) \
            and not any(c.strip().lower() in _ANSWER_CELLS for c in cells) \
            and len(cells[0].split()) <= 4 and cells[0][:1].isalpha() and table_cells(text)[0].strip() == cells[0] \
            and len(cells[1].split()) <= 4 and not any(c.strip().endswith("?") and c.strip() != "?" for c in cells) \
            and all(h.strip() and not any(ch.isdigit() for ch in h) for h in header) \
            and not any((_field_key(f"{h}: {c}") and not (k == 0 and _named_row(h, c, table_cells(text), header)))
                        or _role_noun(h.split()[-1])
                        or (_plan_column(h) if k else first_column(h)) if h.split() else True
                        for k, (h, c) in enumerate(zip(header, table_cells(text)))
                        # (a last column of remarks is the writer's notes on the row, not a field of a plan)
                        if not (k == len(header) - 1 > 1 and h.strip().lower() in _NOTE_COLUMNS)) \
            and bool(said_cells) and not any(_dealing_column(h) for k, h in enumerate(header)
                                             if not (noted and k == len(header) - 1)) \
            and not any(_remarked_cell(c) for c in said_cells)
        return "" if values or record or said or named or related or termed else "table row without a value"
    if _NOTE_TO_SELF.match(text) or _TO_DO.match(text) or _task(sent, text) or _labelled_lookup(sent, text) \
            or _LIST_END.match(text) and not re.search(r"[\d:]", text) or _STILL_NEEDED.search(text):
        return "a note to self (TODO, ???)"
    rules = _HOUSE_RULES.search(text) if kind != "timeline" else None
    # (a rule said without a label is the house's only when it tells nothing past: not "In 2010 Velden High became
    # the first school with no phones in class", "contestants got two points for each correct answer")
    # (nor "phones off", "points up for grabs" in a sentence with a verb of its own: "The Velden school keeps phones
    # away from pupils", "The Brill Cup has 100 points up for grabs in each round", not a rule's bare words)
    if rules is not None and not ((rules.group("unlabelled") or rules.group("opening")) and _said_of_someone(sent)) \
            and not (rules.group("opening") and _stated(sent)) and not (
            rules.group("bare") and _rule_told_of(sent)):
        return "boilerplate"
    # (a quiz round's title line, whatever it says of its setter: "Round 3: Gymnastics (set by Dave, complaints to
    # Dave)")
    # (no finite verb outside its brackets: not "Round 2: Tom Kell beat Ann Roe" (review 58c))
    if _ROUND_TITLE.match(text) and not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") and sent.text[:t.idx - sent.start_char].count("(")
            <= sent.text[:t.idx - sent.start_char].count(")") for t in sent):
        return "boilerplate"
    # a line that is one link, whatever it points at, is an item of a link list: its words are a
    # title ("[Insulin at 100: The Toronto Discovery](...)")
    if _LINK.fullmatch(text.strip(" *_.;,")):
        return "a list of links"
    # (so is a title and its address: "Stanley Cup on Wikipedia: https://en.wikipedia.org/wiki/Stanley_Cup")
    # (not a statement with its source after it: "Lindbergh landed at Le Bourget on 21 May 1927: https://...", whose
    # words before the address say something with a verb of their own; but an article's title may have one, "How the
    # Brownie changed photography: https://...")
    if (titled := _TITLED_LINK.fullmatch(text.strip(" *_;,"))) is not None and URL_RE.fullmatch(titled.group("url")) \
            and (titled.group("title").split()[0].lower() in _WH_TITLES or not any(
                t.tag_ in FINITE_TAGS and t.idx < sent.start_char + text.find(titled.group("url"))
                for t in sent)):
        return "a list of links"
    visible = _visible(text)
    # "guest: retired safe tech from Ohio (30 yrs w/ banks), ~1h10m", "host: Dana, recorded 3 Oct": who the
    # episode or the page credits, not what happened (unless a clause after it tells something: "guest:
    # Marsh says Yale patented it in 1861")
    # (the tagger may read "Dana, recorded 3 Oct" as a subject and its verb: a comma between is no clause's)
    # (nor a card's line dated by a year, what a role-holder did then, unless the page's own recording:
    # "Translator: Constance Garnett, 1904", "Speaker: Winston Churchill, House of Commons, 4 June 1940",
    # "Host: Sweden, 8–29 June 1958"; "host: Dana, recorded 3 Oct 2023" is still the page's)
    # (a passive's clause too: "host: Colossus was cut at Van Gelder's place"; not the page's own making, "host:
    # the episode was recorded in Dana's kitchen", "guest: Sam was introduced by the producer")
    if credit_line(visible) and not _A_YEAR_IN_LINE.search(_RECORDING.sub("", visible)) and not any(
            (t.tag_ in ("VBD", "VBZ", "VBP") or t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children)
             and not (t.lemma_.lower() in _PAGE_MAKING and any(
                 c.dep_ == "nsubjpass" and c.lower_ in _PAGE_ITSELF or c.dep_ == "agent" and any(
                     _role_noun(g.text) for g in c.subtree) for c in t.children))) and any(c.dep_ in ("nsubj", "nsubjpass") and not any(
                x.text == "," for x in sent.doc[c.i:t.i]) for c in t.children) for t in sent):
        return "the page's credit (guest, host)"
    # (``visible`` has its links taken out: a digit in it is a figure)
    numeric = any(ch.isdigit() for ch in visible)
    # (a note under a heading may be a verb and a date: "- opened 24 May 1883")
    # (not the document's own history: "- updated 3 May 2021")
    dated_note = kind == "bullet" and numeric \
        and any(t.pos_ == "VERB" and t.lemma_.lower() not in _EDITING for t in sent)
    # (or a name and its year under a heading that says what the year is: "UNESCO years" / "- Troy – 1998")
    # (the tagger often takes a lone name for a noun: every word there is capitalised, none a month)
    words = _ALPHA_WORD.findall(visible)
    from .verify.lexical import is_place  # (WordNet loads on first use)

    # (a timeline's entry is dated by its column, its text the name alone: "1924       Meisterstück")
    # (a name of its own, not a place a year says nothing of: "1892   Reno"; a product's name that English took
    # up is one all the same: "1957   Helvetica")
    named_year = (kind == "bullet" and _YEAR_IN_NOTE.search(visible) is not None or kind == "timeline" and (
        len(words) > 1 or len(words) == 1 and not is_place((words[0].lower(),)))) and bool(words) and all(
        w[:1].isupper() and w.lower().rstrip(".") not in MONTHS for w in words if w.lower() not in ("and", "of", "the", "de", "von", "van"))
    # (a fact card's line gives a value under a label: "Length: 2,529 m", "Opened: 4 March 1890")
    value = label_value(visible)
    # (or a label opening on a year or a count, a line of a card of them: "1930 hosts: Uruguay")
    card = value is not None and (any(ch.isdigit() for ch in value) or re.match(r"\d[\d,.]*\s+[A-Za-z]", visible) is not None)
    # (or a name, an arrow and a date: "Landsat 1 -> July 1972")
    arrow_note = kind == "bullet" and _ARROW_BETWEEN.search(visible) is not None and numeric
    # (or a note's measure under its name without a colon: "- distance 3200 m", "- seats ~2,000"; not a pointer into
    # the page or a sequence, "- page 42", "- round 3")
    measure = kind == "bullet" and (m_f := _LABELLED_FIGURE.fullmatch(visible.strip())) is not None \
        and m_f.group("label").lower() not in _POINTERS and _a_measure(m_f)
    if len(words) < (1 if card or named_year or measure else 2 if kind == "timeline" or dated_note or arrow_note else 3):
        return "too short or link-only"
    urls = URL_RE.findall(text)
    if len(urls) >= 2 and sum(map(len, urls)) > 0.3 * len(text):
        return "a list of links"
    # ("Mozart wrote 41 symphonies (?)": a doubt marked in brackets after an assertion is still one,
    # for a reviewer to settle)
    doubted = kind == "timeline" and _DOUBT_MARKS.search(text) is not None and not _WH.match(visible) \
        or kind in ("bullet", "timeline") and _doubt_marked(text) and not _WH.match(visible) \
        and not _ASKS.match(visible) and not _ASKING_OPENER.search(visible) and not _asks_within(sent) \
        and not _ALTERNATIVES_ASKED.search(text)
    # (nor a statement whose bracket doubts a detail: "1938 "cold wave" perm without heat appears (Arnold
    # Willatt?)"; the doubt stays with the claim, for its reviewer)
    # (a statement: a timeline's entry, or a verb that tells, not a note to do something: "NB: double-check the
    # Big Dig cost ($14.6bn, or $24bn with interest?)")
    asserted = _DOUBTED_DETAIL.sub("", text)
    doubted_detail = asserted != text and len(_ALPHA_WORD.findall(asserted)) >= 3 \
        and not _WH.match(asserted) and not _ASKS.match(asserted) \
        and (kind == "timeline" or any(t.tag_ in ("VBD", "VBZ", "VBN") for t in sent)
             # (or a note's arrow between a thing and what it says of it: "Zephyr shop -> Santa Monica (Main St??)")
             or kind == "bullet" and _ARROW_BETWEEN.search(asserted) is not None)
    if _DOUBT_MARK.sub("", _SPACED_MARK.sub("", _DOUBLED_MARKS.sub("", text)) if doubted else text).rstrip("\"'”’)*_ ").endswith("?") \
            and not _quoted_question(visible) and not doubted_detail:
        return "question"
    # "Was Mac Hack (1967) the first program to ...? check": a sentence opening on an auxiliary asks
    # (whatever piece of it spaCy split off)
    opener = next((t for t in sent if t.is_alpha), None)
    # (not "Do Kwon founded Terraform Labs": "do" asks only with a bare verb after it; and only when a
    # question mark ends what it opens, whatever spaCy cut: not "- Has won 20 Grand Slam titles")
    rest = sent.doc.text[sent.start_char:]
    asked = "?" in re.split(r"[.!\n]", rest, maxsplit=1)[0]
    if asked and _ASKS.match(visible) and opener is not None and opener.pos_ in ("AUX", "VERB") and not (
            opener.lower_ in ("do", "does", "did") and sent.root.tag_ != "VB") and not _HAD_IT_BEEN.match(visible):
        return "question"
    # ("Thorndike: is 1898 the dissertation and the law of effect later??": a note's label, then what it asks)
    labelled = _LABEL_THEN.match(visible)
    if labelled and labelled["rest"].rstrip("\"'”’)*_ ").endswith("?") and _ASKS_ANY.match(labelled["rest"]) \
            and not _HAD_IT_BEEN.match(labelled["rest"]):
        return "question"
    # ("Q: who actually paid for the ice house": a note's question, with or without its mark)
    if _Q_LABEL.match(visible):
        return "question"
    # ("? did Challis actually record Neptune and miss it - check": a note opening on its mark, then what it asks)
    if _MARK_THEN_ASKS.match(visible) and not _mark_then_told(sent):
        return "question"
    if _ASIDE.match(text) or _ASIDE_LABEL.match(text):
        return "an aside in brackets"
    # (a "Next," that opens a sentence of its own is no link: "Next, the Romans built a bridge in 55 BC")
    navigation = _NAVIGATION.match(visible) is not None and not (
        re.match(r"^[\s*_]*next\s*,", visible, re.IGNORECASE) and sent.root.pos_ in ("VERB", "AUX")
        and any(t.dep_ in ("nsubj", "nsubjpass") and t.head == sent.root and t.pos_ in ("NOUN", "PROPN") for t in sent)) \
        and not (re.match(r"^[\s*_]*cf\.", visible, re.IGNORECASE) and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head.tag_ in ("VBD", "VBZ", "VBP", "VBN") for t in sent))
    # (a "cf." points to another work, but not one that goes on to tell something with a subject: "cf. Korean metal
    # type -- Jikji was printed in 1337")
    if navigation or _GREETING.match(visible) and not _told_after_comma(sent) \
            or _READING_TIME.search(visible) and (len(visible.split()) <= 12 or all(
                len(piece.split()) <= 6 for piece in re.split(r"\s[·|•]\s", visible))) \
            or _DISCLOSURE.match(visible) or _LOG_IN_TO_COMMENT.match(visible) \
            or _PAGE_FURNITURE.search(visible) and not _subject_and_verb(sent):
        return "navigation or boilerplate"
    source = _SOURCE_NOTE.match(visible)
    # (a subject of a verb made finite by its helper counts, "Ann Kell did not marry Tom Vero", "the mill could grind",
    # and "there" of "there were"; the errors owned are only those the writer says are theirs, "errors are mine", not
    # "errors in the 1851 census put Velden at 2 million" (review 53b))
    # (a book cited by its chapters, with nothing told in the past, is the writer's source whatever the parse makes of
    # its title: "src = Hunter, Papermaking (Dover), chs 9-14 + lecture slides", where "chs" and "slides" are verbs)
    if source is not None and (not _subject_and_verb(sent, source.end()) or _CHAPTERS_CITED.search(visible)
                               and not any(t.tag_ in ("VBD", "VBN") or t.lemma_ in ("be", "have") for t in sent)):
        return "a source note"
    if _RATING_LINE.match(visible) and not any(t.tag_ in ("VBD", "VBN") for t in sent):
        return "the writer's rating"
    if _INVITATION.search(visible) and not numeric:
        return "call to action"
    # (a title line with a participle and a date says something: "Primer for the New England colonies,
    # first printed in Boston around 1690")
    doer = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
    if _NOTES_HEADER.match(visible) and not any(t.tag_ in FINITE_TAGS for t in sent) \
            or _CONVENTION_FIRST.match(visible) or _CONVENTION.search(visible) and not numeric and (
            doer is None or doer.tag_ in ("NNS", "NNPS") or any(c.lower_ == "all" for c in doer.children)) \
            or _PURPOSE.match(visible) and ":" not in visible and sent.root.pos_ not in ("VERB", "AUX") \
            and not any(t.tag_ == "VBN" for t in sent) and not numeric or _QUIZ_SHEET.match(visible):
        return "refers to the document itself"
    footer = _FOOTER.match(visible)
    if footer is not None and not any(t.dep_ in ("nsubj", "nsubjpass", "expl")
                                      and t.idx - sent.start_char >= footer.end() for t in sent):
        return "navigation or boilerplate"
    if _COMING_UP.match(visible) and not any(t.tag_ == "VBD" for t in sent) \
            or _FOR_LATER.search(visible) and not numeric and not any(t.pos_ == "PROPN" for t in sent):
        return "the page's plans (more coming next week)"
    # (either with no year and no past verb in the line: not "the Titanic struck it on Sunday at 11:40 pm")
    if (notice := _NOTICE.search(visible)) or _CONTACT.search(visible):
        if not _A_YEAR_IN_LINE.search(visible) and not any(t.tag_ in ("VBD", "VBN") for t in sent):
            return "a notice of a meeting (a weekday and a time)" if notice else "contact details"
    said_first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if _APOLOGY.match(visible) and said_first is not None and said_first.dep_ not in ("nsubj", "nsubjpass") and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNP", "NNPS") for c in sent.root.children):
        return "navigation or boilerplate"
    if _UNSURE.match(visible) and (sent.root.lower_ in ("sure", "unsure") or not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in sent.root.children)):
        return "a note to self (TODO, ???)"
    if _SELF_REFERENCE.match(visible.strip()):
        return "refers to the document itself"
    # "compiled from memory + a few books; dates NOT all checked": what the notes rest on, naming and counting nothing
    if _CAVEAT.search(visible) and not _names_or_counts(sent):
        return "refers to the document itself"
    # "Now the bit everyone actually cares about.", "Next, the fun part:": a signpost to what comes, with
    # nothing named or counted in it
    # (not where the part is what a verb tells of: "Now the part of the castle that survived is a ruin",
    # "Finally the story was published in a magazine")
    signpost = next((t for t in sent if t.lower_ in _SIGNPOST_NOUNS), None)
    turn = _SIGNPOST.match(visible.strip())
    if turn and not any(t.pos_ == "PROPN" or t.like_num for t in sent) and not (
            signpost is not None and signpost.dep_ in ("nsubj", "nsubjpass") and signpost.head.pos_ in ("VERB", "AUX")
            and signpost.head.lemma_.lower() != "come") and not (turn.group("comes") and not _bare_turn(sent, signpost)):
        return "navigation or boilerplate"
    # "That's the tour!", "That's it for today", "This is the fun bit": the writer closing or pointing at their
    # own page, naming and counting nothing
    root = sent.root
    # (not a past "was", which tells what happened: "That was the end of the war"; nor a noun said of something,
    # "This is all that remains of the keep")
    # (or "it", of what writing calls itself: "it's a long post"; after a label too, "Fair warning: it's a long post!")
    colon = next((t.i for t in sent if t.text == ":"), None)
    for be in (t for t in sent if t == root or colon is not None and t.i > colon and t.dep_ in ("acl", "ccomp", "appos")):
        subject_word = next((c.lower_ for c in be.children if c.dep_ == "nsubj"), "")
        if be.lemma_ == "be" and be.tag_ != "VBD" and subject_word in ("that", "this", "it") \
                and any(c.dep_ in ("attr", "acomp") and c.lower_ in (_PAGE_NOUNS if subject_word != "it" else _WRITINGS)
                        and not any(d.dep_ in ("prep", "relcl", "acl") for d in c.children)
                        and (subject_word != "it" or any(d.dep_ == "amod" and d.lower_ in _LENGTHY for d in c.children))
                        for c in be.children) \
                and not any(t.pos_ == "PROPN" or t.like_num for t in sent):
            return "navigation or boilerplate"
    opening = [t for t in sent if not t.is_punct and not t.is_space][:2]
    # (the adverb the tagger says it is, or before a clause's determiner or pronoun: "IMHO the remake ...")
    if _STANCE.match(visible) or _BARE_STANCE.match(visible) and len(opening) == 2 and (
            opening[0].tag_ in ("RB", "UH") or opening[1].tag_ in ("DT", "PRP", "PRP$", "EX")) \
            and not (opening[1].text[:1].isupper() or opening[1].like_num):
        return "opinion or recommendation"
    if _musing(sent, visible, numeric):
        return "opinion or recommendation"
    # ("Worth paying for if you have allergies", "Well worth a visit": a verdict with no subject)
    # (not one that goes on to say what is worth knowing: "Worth remembering that Pluto was reclassified by the
    # IAU", "Worth noting: the Forth Bridge is a cantilever bridge", a clause with a subject of its own)
    if _WORTH.match(visible) and not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in sent.root.children) \
            and not any(t.like_num or t.text in ("$", "£", "€", "¥") for t in sent) \
            and not any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and not _conditional(t.head)
                        for t in sent):
        return "opinion or recommendation"
    # (a quotation is someone else's words, a title or a slogan: '"My Grandfather's Clock" by Henry
    # Clay Work', '"give us our eleven days" riots followed' speak neither of the writer nor to the reader)
    # (a line all quotation is the writer's statement all the same: '"The Eiffel Tower opened in 1889."')
    # (a note's arrow or sign is no word, whatever the tagger calls it: "-> ask Jean about ...", its ">" a name)
    words = [t for t in sent if not t.is_punct and not t.is_space and any(ch.isalnum() for ch in t.text)]
    quoted = _quoted(sent)
    if all(t.i in quoted for t in words):
        quoted = set()
    tokens = [t for t in words if t.i not in quoted]
    if not tokens:
        return "empty"
    said = [t for t in tokens if t.i >= label.start] if (label := after_label(sent)) is not None else []
    labelled = bool(said)
    # "Call us: we answer 24 hours a day": a request before a colon, and after it the writer or the reader
    colon = _label_colon(sent)
    if kind != "timeline" and colon is not None and tokens and tokens[0].i < colon.i and tokens[0].tag_ == "VB" \
            and tokens[0].pos_ == "VERB" and any(t.lower_ in _SPEAKERS for t in tokens if t.i > colon.i):
        return "call to action"
    if _first_person_aside(sent, said if labelled else tokens):
        return "first-person aside"
    # (a short sentence that is all the request: not one that goes on to tell why, "That's why you must never mix
    # bleach and ammonia, because together they release chloramine")
    if kind != "timeline" and (why := _WHY_YOU_SHOULD.match(sent.text)) is not None \
            and len(sent.text[why.end():].split()) <= 4 and not re.search(r"[,:;–—-]", sent.text[why.end():]) \
            and not any(t.like_num or t.pos_ == "PROPN" for t in tokens):
        return "call to action"
    first = said[0] if labelled else tokens[0]
    second = tokens[1].lower_ if len(tokens) > 1 else ""
    # ("Don't bring this to the table, Dave.": a request not to do it is a request)
    # (whatever clause the parser makes the root: "don't sharpen with a knife, it snaps the core")
    # (after the talk that opens a line: "And don't forget to subscribe for next week's post")
    talk = 0 if labelled else next((k for k, t in enumerate(tokens) if t.lower_ not in _TALK_WORDS), len(tokens))
    told = tokens[talk:]
    lead, negation = (first.lower_, second) if talk == 0 else \
        (told[0].lower_, told[1].lower_) if len(told) > 1 else ("", "")
    told_not = told[2] if len(told) > 2 and told[2].tag_ == "VB" else sent.root
    # (not a title said as the subject: "Don't Stop Believin' was released by Journey", "Don't Look Now is ...")
    if kind != "timeline" and lead == "do" and negation in ("n't", "not") and told_not.tag_ == "VB" \
            and not (told_not.text[:1].isupper() or told_not.dep_ in ("csubj", "csubjpass")) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in told_not.children):
        return "call to action"
    # (or after a note's exclamation the parser leaves in the line: "W. N. Wilson != A. B. Wilson!! don't mix them
    # up in the essay", a root of its own with no subject)
    if kind != "timeline" and any(
            t.dep_ == "ROOT" and t.tag_ == "VB" and t.i > first.i
            and sent.doc[t.i - 2].lower_ == "do" and sent.doc[t.i - 1].lower_ in ("n't", "not")
            and sent.doc[t.i - 3].text in ("!", ".", "!!") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
            for t in sent if t.i - 3 >= sent.start):
        return "call to action"
    # ("Always weigh your flour instead of using cups": a request after an adverb of frequency)
    lead = next((t for t in (said if labelled else tokens) if t.lower_ not in _LEADING_ADVERBS), first)
    # (not a title: "Always Look on the Bright Side of Life closes ...", "Just Eat was founded ...")
    if kind != "timeline" and lead is not first and lead.tag_ == "VB" and lead.pos_ == "VERB" \
            and not lead.text[:1].isupper() and _verb_word(lead.lemma_.lower()) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux") for c in lead.children):
        return "call to action"
    # ("Believe it or not, Elias Howe got a patent in 1851": a formula of surprise or concession before a
    # clause with a subject of its own says nothing to do)
    aside = sent.text.lower().startswith(_ASIDE_FORMULAS) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in sent.root.children)
    # (nor a verb that opens a hyphened compound: "give-way-to-traffic-on-the-rbt rule adopted in UK 1956")
    # (one that tells what was done, with a past verb: not "Drop-off donations at the back door")
    hyphened = not first.whitespace_ and first.i + 1 < len(first.doc) and first.nbor(1).text == "-" \
        and any(t.tag_ in ("VBD", "VBN") for t in sent if t.i > first.i + 1)
    # (nor a capitalised word and its date that label a note's line: "Berry 1 Mar 1912: 1st jump ...", a name;
    # not "Visit 1 May for the fair")
    named_dated = dated_label(first)
    # (nor a name in title case whose first word is a verb, with a capitalised "A" inside it, that labels
    # the line: "Etch A Sketch -> invented by ...", "Etch A Sketch inventor: André Cassagnes"; not "Visit The
    # Louvre: ...")
    titled = first.text[:1].isupper() and first.i + 2 < len(first.doc) and first.nbor(1).text in ("A", "An") \
        and first.nbor(2).text[:1].isupper() \
        and re.search(r"->|→|:", visible) is not None
    named_dated = named_dated or titled
    # ("Believe it or not, that fight lasted seventy-five rounds": an idiom the statement opens on, no request)
    named_dated = named_dated or _BELIEVE_IT.match(visible) is not None
    # ("Go find your local park and push": "go" or "come" before a bare verb, the tagger's auxiliary, asks too)
    # (not when the parse makes that verb the subject of a verb after it: a title opening the statement, "Come Fly
    # with Me was recorded by Sinatra in 1957", its "Fly" the subject of "recorded")
    go_do = first.lower_ in ("go", "come") and first.tag_ == "VB" and len(tokens) > 1 and tokens[1].tag_ == "VB" \
        and first.text[:1].isupper() and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tokens[1].children) \
        and tokens[1].dep_ not in ("nsubj", "nsubjpass", "csubj", "csubjpass")
    if kind != "timeline" and not aside and not named_dated and (go_do or first.lower_ in _CTA_ALWAYS or (first.lower_ == "let" and second in ("'s", "us")) or (
            first.tag_ == "VB" and first.pos_ == "VERB" and not hyphened and _verb_word(first.lemma_.lower()) and not any(
                t.dep_ in ("nsubj", "nsubjpass", "expl") and (t.head == first or t.head == sent.root)
                for t in tokens[:3]))):  # (not a subject of a clause inside: "Remind visitors that flash ...")
        return "call to action"
    # "Exam tip: always give the city and the year": a request under a label
    # (or after a dash: "Coventry Transport Museum – go and see the Rover!")
    # (a bold label's colon is one token with its stars: "**Travel tip:**")
    colon = next((t for k, t in enumerate(list(sent)[:8]) if t.text.strip("*_") in (":", "–", "—") and t.text[:1] not in "*_"
                  and (k < 6 or t.text != t.text.strip("*_"))), None) if kind not in ("timeline", "table") else None
    if colon is not None:
        after = [t for t in sent if t.i > colon.i and not t.is_punct and not t.is_space]
        after = after[next((k for k, t in enumerate(after) if t.lower_ not in ("always", "never", "just", "also", "then")),
                           len(after)):]
        # (the label is no subject, whatever the parser makes of it)
        # (or the clause the parser hung under a comment after it: "Exam tip: learn the table first, it's
        # always on the paper!")
        # (not when the label is who does it: "Bar-headed geese: cross the Andes", against "Next steps: read
        # the paper": the parser's subject of the verb, a plural of creatures or plants, or a lower-case word
        # it took for a name; not people, who are whom a request addresses: "Listeners: send us ...")
        label = [t for t in sent if t.i < colon.i and t.pos_ in ("NOUN", "PROPN")]
        # (a tip is advice, whatever it is said in: "Talk tip: open with the Yellow Kid slide, people love
        # it", "Exam tip: dates matter more than names"; not one that gives a figure, "Tip: the 1755 edition
        # cost £4 10s", which says something to check)
        if label and label[-1].lower_ in _ADVICE and colon.text.strip("*_") == ":" and not any(t.like_num for t in after):
            return "call to action"
        doer = bool(label) and bool(after) and label[-1].dep_ == "nsubj" and label[-1].head == after[0] and (
            label[-1].pos_ == "PROPN" and label[-1].text.islower()
            or label[-1].tag_ == "NNS" and _doer_kind(label[-1].lemma_.lower())) \
            and not any(t.lower_ in ("you", "your", "yours", "yourself") for t in after)  # ("Students: bring your ...")
        # (or hung on the label itself: "Pro tip: always ask the quizmaster which ...", "ask" the tip's)
        # (or taken for an adjective of the noun after it: "Exam: know dates for Norheim", a bare verb all the same)
        # (or a plural verb after one thing's label, which no subject of it agrees with: "exam: know 3 builders")
        # (not a title in quotes that opens on a verb: 'Fun fact: "Take Five" was written by Brubeck'; nor a value
        # under a label of a named one's thing: "Ella's label from 1956: Verve, set up by Norman Granz")
        bare = after and after[0].i not in _quoted(sent) and not (
            after[0].text[:1].isupper() and _possessed_label([t for t in sent if t.i < colon.i])) and (
            after[0].tag_ == "VB" or after[0].tag_ == "VBP" and bool(label) and label[-1].tag_ == "NN"
            and label[-1].text.islower())
        if after and not doer and not _thing_described(label, after) and bare and after[0].pos_ == "VERB" \
                and not (kind == "bullet" and _equated_after(sent, after[0])) and (
                after[0].dep_ in ("ROOT", "amod") or after[0].dep_ in ("ccomp", "advcl") and after[0].head.i > after[0].i
                or after[0].dep_ in ("acl", "appos") and after[0].head.i < colon.i) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > colon.i for c in after[0].children):
            return "call to action"
    if kind != "timeline" and (_PRESS_THE_BUTTON.search(visible)
                               or _CHANNEL_FORMULA.match(visible) and not _formula_names_a_thing(sent)):
        return "call to action"
    # ("Side note: if you haven't seen Eight Men Out, fix that this weekend": what the reader should do if they
    # have not, a bare verb with no subject under "if you ...", wherever the parser hung it)
    if kind != "timeline" and any(
            t.lower_ == "if" and t.dep_ == "mark" and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in t.head.children)
            and t.head.dep_ == "advcl" and t.head.head.tag_ in ("VB", "VBP") and t.head.head.pos_ == "VERB"
            and t.head.head.i > t.head.i and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.head.head.children)
            for t in tokens):
        return "call to action"
    # "If you enjoyed this, please subscribe – it really helps": "please" on a verb with no subject asks
    # (not one reported after "asked to", "Visitors are asked to please keep off the grass", nor a
    # quoted plea inside a statement, "Dickens wrote in 1850, please remember the poor, in ...")
    if kind != "timeline" and any(t.lower_ == "please" and t.head.tag_ == "VB" and t.head.pos_ == "VERB"
                                  and t.head.dep_ not in ("xcomp", "advcl") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.head.children) for t in tokens):
        return "call to action"
    root = sent.root
    # ("Prof. talked fast, fill gaps from the slides later!!": a bare verb after a comma, joined to a
    # past or present one, with no subject of its own, tells the reader or the writer to do it)
    # (not a verb whose past is its base, after a past one: "opened in 1971, quit serving à la carte in
    # 1980", "shut in 1939, let the army use its halls" go on telling what was done)
    if kind != "timeline" and root.tag_ in ("VBD", "VBZ") and any(
            (t.dep_ == "conj" and (t.tag_ == "VB" or t.tag_ == "VBP" and root.tag_ == "VBD")
             # (or the parser's adverbial clause, a bare verb with no "to" or "so" of its own: "Curator talked
             # fast, fill gaps from the catalogue later", "Guide rushed the Cunard bit, look up the dates")
             or t.dep_ == "advcl" and t.tag_ == "VB" and not any(c.dep_ in ("mark", "advmod") and c.i < t.i for c in t.children))
            and t.head == root
            and t.pos_ == "VERB" and t.i > 0
            and t.nbor(-1).text == "," and _verb_word(t.lemma_.lower())
            and not (root.tag_ == "VBD" and t.lower_ in _SAME_PAST)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children)
            and not any(c.dep_ == "mark" and c.i < t.i for c in root.children) for t in tokens):
        return "call to action"
    # ("And if you enjoyed this, subscribe to the newsletter: part two is ...": a request on the reader's
    # condition, wherever the parser hangs it)
    # (or on the writing's own worth, "If this was useful, hit subscribe ...", the bare verb tagged as
    # a participle with no subject or auxiliary: no statement leaves both out)
    if kind != "timeline" and any(t.pos_ == "VERB" and (t.tag_ == "VB" or t.tag_ in ("VBN", "VBD") and t.dep_ in (
            "ROOT", "ccomp") and _verb_word(t.lemma_.lower())) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in t.children) and any(
            c.dep_ == "advcl" and (c.i < t.i or t.tag_ == "VB") and any(m.lower_ == "if" for m in c.children) and any(
                m.dep_ == "nsubj" and (m.lower_ == "you" or t.tag_ != "VB" and m.lower_ in ("this", "it")
                                       # (the writing's worth, nothing done to anything: not "if it passed both
                                       # houses, sent to the President")
                                       and not any(o.dep_ in ("dobj", "dative", "prep", "agent") for o in c.children))
                for m in c.children) for c in t.children) for t in tokens):
        return "call to action"
    # ("If you enjoyed this, Subscribe to The Steeping Point": the request capitalised, which the tagger took for
    # the first word of a name)
    if kind not in ("timeline", "table") and root.pos_ == "PROPN" and root.text[:1].isupper() \
            and _verb_word(root.lower_) and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children) \
            and any(c.dep_ == "advcl" and c.i < root.i and any(m.lower_ == "if" for m in c.children)
                    and any(m.lower_ == "you" and m.dep_ == "nsubj" for m in c.children) for c in root.children):
        return "call to action"
    # "If you enjoyed this post, subscribe ...": an imperative after a condition is still a request
    # (a word WordNet has as no verb is no request: "radiocarbon dating only for ..." tagged VB)
    label_colon = _label_colon(sent)
    described = label_colon is not None and root.i > label_colon.i and _thing_described(
        [t for t in sent if t.i < label_colon.i and t.pos_ in ("NOUN", "PROPN")], [root])
    if kind not in ("timeline", "table") and not labelled and not described and root.i not in quoted \
            and not (root == first and named_dated) \
            and _verb_word(root.lemma_.lower()) and (root.tag_ in ("VB", "VBP") or root.tag_ == "VBD" and any(
            c.dep_ == "advcl" and c.i < root.i and any(m.lower_ == "if" for m in c.children)
            and any(m.lower_ == "you" and m.dep_ == "nsubj" for m in c.children) for c in root.children)) \
            and root.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass")
                                                for c in root.children) \
            and not (card and any(t.i < root.i and t.is_alpha and t.lower_ not in _LEADING_ADVERBS | {"please"}
                                  for t in sent)) \
            and not (kind == "bullet" and _equated_after(sent, root)):  # (a card's label the tagger made a verb: "Fastest serve on record: 263 km/h")
        return "call to action"  # (the tagger reads "If you liked this, hit subscribe" as a past tense)
    # "this one's for you", "this will surprise you": the writer speaking to the reader of what
    # they wrote ("you could call across the continent" has a generic "you" as its subject, "it
    # told you the time" speaks of a thing: claims)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # (the text itself as the subject: "this", "this one"; "that treaty gave you the right" is a claim)
    if subject is not None and (subject.lower_ in _DEMONSTRATIVES or subject.lower_ == "one" and any(
            d.dep_ == "det" and d.lower_ in _DEMONSTRATIVES for d in subject.children)) and any(
            t.lower_ in ("you", "yourself") and t.dep_ in ("dobj", "dative", "pobj") and (
            t.head == root or t.head.dep_ in ("prep", "dative") and t.head.head == root) for t in tokens):
        return "addresses the reader"
    figured = any(ch.isdigit() for ch in text)  # (a date or a figure: something said, in the rules below)
    # "Stoked you wrote this, Nalu!", "So glad you covered this": a reader to the writer, of the writing itself
    # (nor one with a clause of its own beside it: "Stoked you posted this, but Tom Blake invented ...")
    if not figured and not any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in _WRITING_VERBS and any(
            c.dep_ in ("nsubj", "nsubjpass") and any(d.pos_ == "PROPN" for d in c.subtree)
            for c in t.children) for t in tokens) and any(t.lemma_.lower() in _WRITING_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ == "you" for c in t.children) and any(
            c.dep_ == "dobj" and c.lower_ in _DEMONSTRATIVES and not list(c.children) for c in t.children)
            for t in tokens):
        return "addresses the writer"
    # "Which brings us to Houdini", "That leads us on to the next big name": the writer turning to
    # the next thing, not a claim about it (the subject is the text so far, or nothing at all)
    if root.lemma_.lower() in _TURNING_VERBS \
            and (subject is None or subject.lower_ in _DEMONSTRATIVES | {"which", "it"}) \
            and any(c.dep_ in ("dobj", "dative") and c.lower_ in ("us", "me") for c in root.children) \
            and any(c.dep_ in ("prep", "prt") and c.lower_ in ("to", "on") for c in root.children) \
            and root.tag_ in ("VBZ", "VBP") and not figured:
        # (in the present, where the text is now, and with no date or figure: not "It brought us to the
        # Moon in 1969", "This led us to war in 2003", which say what happened)
        return "navigation or boilerplate"
    # "it depends on what you mean by 'university'", "depends who you ask": the writer hedging on the
    # reader's terms, with no date or figure to check
    if not figured and any(t.lemma_.lower() == "depend" and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "that", "this") for c in t.children)
            and any(d.lower_ in ("you", "we", "one") and d.dep_ == "nsubj" for d in t.subtree) for t in tokens):
        return "opinion or recommendation"
    # "Stilton is a funny one": the writer's feeling about a topic, with nothing said of it (not a
    # rank, "the highest one", "the first one")
    attr = next((c for c in root.children if c.dep_ == "attr"), None)
    if root.lemma_ == "be" and attr is not None and attr.lower_ == "one" and len(tokens) <= 8 \
            and any(c.dep_ == "amod" and c.tag_ == "JJ" for c in attr.children) \
            and all(c.dep_ in ("det", "amod", "advmod") and c.tag_ not in ("JJS", "JJR") and c.lower_ not in _RANK_WORDS
                    for c in attr.children):
        return "opinion or recommendation"
    # "Not everything here is from the slides!": what the notes themselves hold
    if subject is not None and subject.lower_ in _QUANTIFIED_ALL and any(
            c.dep_ == "advmod" and c.lower_ in ("here", "below", "above") for c in subject.children):
        return "refers to the document itself"
    # "this whole Calcutta segment was wild", "the logo is genuinely great design", "Petroski ch. 3 ->
    # best chapter so far": a judgement, with no date or figure to check
    # (the judgement is the predicate itself: not "the great unsolved problem of the Alps", "grows
    # wild in the lowlands", "was its great champion, and sceptics nicknamed it ...")
    short = len(tokens) <= 10 and not any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in root.children)
    judged = [t for t in tokens if t.lemma_.lower() in _EVALUATIVE and (
        t.dep_ in ("acomp", "attr") and t.head.i == root.i or t.i == root.i
        or short and t.dep_ == "amod" and (t.head.i == root.i or t.head.dep_ == "attr" and t.head.head.i == root.i))]
    # (of the work, the show or the bit the writer read or watched: not of a name or of a creature, a
    # person, a time or a place, where the word describes: "The horses on Assateague Island are wild",
    # "Beowulf is an Old English epic", "Nights in the Atacama are cool")
    of_world = subject is not None and (subject.pos_ == "PROPN" or _of_the_world(subject.lemma_.lower()))
    if judged and not of_world and kind != "timeline" and not figured and (
            root.lemma_.lower() in ("be", "seem", "sound", "look", "feel") or root.pos_ in ("NOUN", "ADJ")
            or _ARROW_BETWEEN.search(visible)):
        return "opinion or recommendation"
    # "guest thinks the ice trade is the most underrated": what the podcast's guest or the lecturer
    # thinks (not a named person's belief, which is a claim about them)
    if root.lemma_.lower() in ("think", "reckon", "feel", "believe", "guess", "suspect", "say", "call") \
            and subject is not None and subject.lemma_.lower() in _SPEAKER_NOUNS \
            and not (subject.text[:1].isupper() and subject.i > sent.start) \
            and not any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
                        for c in subject.children) \
            and not figured and not (root.lemma_.lower() == "say" and _reports_past(root)):
        return "opinion or recommendation"
    # (not when a clause joined to it states a fact of its own: "Munich should have been a
    # celebration, but eleven athletes were murdered")
    if any(c.dep_ == "aux" and c.lower_ in _OPINION_MODALS for c in root.children) and not any(
            c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
            and not any(d.dep_ == "aux" and d.lower_ in _OPINION_MODALS for d in c.children) for c in root.children):
        return "opinion or recommendation"
    # a bullet of notes with a figure ("Soviet gymnast, 18 Olympic medals between 1956 and 1964")
    # states something without a verb; a label or keyword list gives no figure
    # ("- Python 3, Rust, Go": a number after a name is part of the name)
    # ("Rematch May 1997, Philadelphia again": a year after a month is a date, and a figure)
    # ("Calvin – Nobel Prize in Chemistry 1961": a year after a name is a date all the same)
    # ("Gibbs 6 sixes in an over v Scotland", "Clive Lloyd 102 in the final", "Kapil 175* v Zim": a figure after
    # a name that counts something, or that a "not out" star, a "v" or a preposition follows, is a score)
    figure = kind == "bullet" and any((t.like_num or _SPAN_OF_YEARS.match(t.text)) and any(ch.isdigit() for ch in t.text) and not (
        t.i > 0 and t.nbor(-1).is_alpha and t.nbor(-1).text[:1].isupper() and t.nbor(-1).lower_.rstrip(".") not in MONTHS
        and not (_A_YEAR.fullmatch(t.text) and _NAMED_NOTE.match(visible)) and not score_after_name(t)
        and not (t.i + 2 < sent.end and (t.nbor(1).tag_ == "NNS" and t.nbor(1).dep_ != "compound" or t.nbor(1).pos_ == "ADP"
                                         and t.nbor(1).lower_ in ("in", "at", "against", "for"))))
        for t in tokens)
    # ("Immortal Game = Anderssen v Kieseritzky, London 1851": an equals sign between words says "is")
    equals = any(t.text == "=" and 0 < t.i - sent.start < len(sent) - 1 for t in sent)
    # ("first American in orbit: Alan Shepard": a ranked label and the name that holds the rank)
    colon = next((t.i for t in sent if t.text == ":"), None)
    # (a card's line of its own too: "First World Cup goal: Lucien Laurent, v Argentina")
    # (the tagger may take a capitalised superlative for a name, "Longest river in Europe: Volga", "Loudest animal:
    # Sperm whale", and the holder for a common noun, "Smallest planet: Mercury": the rank by the word, and the holder
    # by its capital)
    # (not the writer's own ranking: ``_own_rank``)
    ranked = (kind == "bullet" or kind == "prose" and "\n" not in visible.strip()) and colon is not None and any(
        t.lower_ in _RANK_WORDS or t.tag_ in ("JJS", "RBS") or _superlative(t.text) for t in sent if t.i < colon) and any(
        t.pos_ == "PROPN" or t.is_alpha and t.text[:1].isupper() for t in sent if t.i > colon) \
        and not _own_rank(sent, colon)
    # ("Tyrian purple -> from murex sea snails": an arrow between words says "is" or "comes"; "pepper
    # (Piper nigrum) native to the Malabar coast": an adjective after its noun, with a name after its
    # preposition, is what the line says of it)
    arrow = _ARROW_BETWEEN.search(visible) is not None
    # ("IFF: headquarters in Chicago, Illinois", "Jacques Guerlain: founder of the Guerlain house",
    # "Givaudan: the world's second-biggest flavour house": a name's label, and after it a name under a
    # preposition or a superlative, says where, whose or how it ranks)
    # (a label that names something, as the layout reads one: "Djokovic", "BASF", "Roland Garros", or a
    # lone word spaCy takes for a name, "Delta"; not a section's or a reading list's Title Case, "Further
    # Reading:", "Lecture 4:", which spaCy may tag PROPN too)
    label = [t for t in sent if colon is not None and t.i < colon and not t.is_punct and not t.is_space]
    # (the where word itself names nothing, "HQ" an acronym all the same: what stands before it must)
    # (or one spaCy takes for a name, word by word: "Apple HQ", which English has as a fruit)
    where_label = len(label) >= 2 and label[-1].lower_ in _WHERE_LABELS and label[0].lower_ not in _OWNED_LABEL \
        and (_names_something([t for t in label[:-1] if any(ch.isalpha() for ch in t.text)])
             or all(t.pos_ == "PROPN" for t in label[:-1]))
    told = kind == "bullet" and colon is not None and (
        _names_something([t for t in label if any(ch.isalpha() for ch in t.text)])
        or len(label) == 1 and label[0].pos_ == "PROPN") and any(
        t.i > colon and (t.pos_ == "PROPN" and ("pobj" in (t.dep_, t.head.dep_) or where_label)
                         or t.tag_ in ("JJS", "RBS")) for t in sent)
    # (a card's line, a bullet or a line of its own: a label that names something and a name after it,
    # "Davis Cup donor: Dwight F. Davis", "Lacoste's nickname: 'the Alligator'", says what the name is)
    # (not a label that says whose, "Our HQ: Dave's garage", nor a where word that does not follow a name)
    told = told or kind in ("bullet", "prose") and colon is not None and "\n" not in visible.strip() \
        and bool(label) and label[0].lower_ not in _OWNED_LABEL and (label[-1].lower_ not in _WHERE_LABELS or where_label) \
        and not _credit_label(label) \
        and _names_something([t for k, t in enumerate(label) if any(ch.isalpha() for ch in t.text) and not (
            _role_noun(t.text) and not any(u.text[:1].isupper() for u in label[k + 1:k + 3] if u.text not in ("'s", "’s", "'")))]) \
        and (any(t.i > colon and t.pos_ == "PROPN" for t in sent) or _one_capitalised_word(sent, colon))
    # ("Box kite inventor: Lawrence Hargrave", "Telephone inventor: Bell": what a person did to a thing the label
    # names, and the name after it; not the page's own roles, "Quiz host: Jo", "Guest speaker: Tom")
    told = told or kind in ("bullet", "prose") and colon is not None and len(label) >= 2 \
        and label[-1].pos_ == "NOUN" and _person_word(label[-1].lemma_.lower()) \
        and not any(_role_noun(t.text) or t.lower_ in _OWNED_LABEL or t.lower_ in _TASTE_WORDS for t in label) \
        and any(t.i > colon and t.pos_ == "PROPN" for t in sent)
    # ("Bird's birthplace: Kansas City, Kansas", "Sidney Bechet's instruments: clarinet and soprano sax": a
    # named one's thing and, after the colon, what it is)
    told = told or kind in ("bullet", "prose") and colon is not None and "\n" not in visible.strip() \
        and _possessed_label(label) and (sum(1 for t in sent if t.i > colon and t.is_alpha) >= 2
                                         or _one_capitalised_word(sent, colon))
    # ("Smeaton's Eddystone: the second tower on the reef", "Peter Hall - the National's third director": a name,
    # and after a colon or a spaced dash the rank it holds, says it holds it, as "is" would)
    dash = next((t.i for t in sent if t.text in ("-", "–", "—") and t.whitespace_ and t.i > sent.start
                 and t.nbor(-1).whitespace_), None)
    parted = colon if colon is not None else dash
    before = [t for t in sent if parted is not None and t.i < parted and any(ch.isalpha() for ch in t.text)]
    after = [t for t in sent if parted is not None and t.i > parted]
    # (not the writer's or the reader's own, "Rome: the last stop on our trip", "Q3 - the busiest quarter so far"; nor
    # a layout's label, "Part II", "Day 3", "AGM", a word in capitals, a letter or a numbered part)
    holds_rank = bool(before) and len(after) >= 4 and "\n" not in visible.strip() and _names_something(before) \
        and after[0].lower_ == "the" and any(t.lower_ in _RANK_WORDS or t.tag_ in ("JJS", "RBS") for t in after[:5]) \
        and not any(t.lower_ in _SPEAKERS for t in after) \
        and not re.search(r"\b(?:so far|this year|of the year|to date|yet)\b", " ".join(t.lower_ for t in after)) \
        and not any(t.text.isupper() or len(t.text) == 1 or any(ch.isdigit() for ch in t.text)
                    or t.lower_ in _LAYOUT_LABELS for t in before)
    told = told or kind in ("bullet", "prose") and holds_rank
    # ("1. Barry – St Bernard, now in a museum in Bern", "Buddy – Morris Frank's guide dog": a list item that names
    # something before a spaced dash and, after it, says where it is or whose it is, as the colon's card line does)
    # (a name in title case of two words or more names something too, whatever English has of its words: "Big Ben",
    # "Deep Blue", "Hope Diamond"; not a word for the writer's people or days, "Mum – scarf from Liberty", "Monday –
    # bins out at Dad's", nor a comparison, "Closer – Queen's Bohemian Rhapsody", a playlist's slot)
    # (and the name after the dash one of the world's, not the writer's circle, a bare given name or kin: "Jo's team",
    # "borrowed from Priya", "on Jo's shelf"; nor where the writer bought it or whom it is for or with: "Kerrygold from
    # Lidl", "slides for the Oslo pitch", "bookings with Marriott"; "from" a place is where it comes from, "an orchid
    # from Mexico"; nor a head that names nothing, "something by Fleetwood Mac", "the one on Mill Road")
    told = told or kind == "bullet" and colon is None and dash is not None and 0 < len(before) <= 4 \
        and (_names_something(before) or len(before) >= 2 and sum(t.pos_ == "PROPN" for t in before) >= 2
             and all(t.text[:1].isupper() or t.lower_ in _SMALL_WORDS for t in before)) \
        and "\n" not in visible.strip() and len(after) >= 3 \
        and not any(t.text.isupper() or any(ch.isdigit() for ch in t.text) or t.lower_ in _LAYOUT_LABELS
                    for t in before) \
        and not (len(before) == 1 and _someones_word(before[0])) and before[0].tag_ not in ("JJR", "JJS", "RBR", "RBS") \
        and next((t.lower_ for t in after if t.is_alpha and t.pos_ != "DET"), "") not in _VAGUE_HEADS \
        and any(_item_named(t) for t in after)
    # (whichever rule reads a ranked card line, the writer's own ranking is no record: "Best player: Ellie", "Best
    # budget tent: Vango Nevis", "Top scorer this season: Sam", "Best swim: Tuesday")
    told = told and not (colon is not None and any(
        t.lower_ in _RANK_WORDS or t.tag_ in ("JJS", "RBS") or _superlative(t.text) or t.lower_ in _VERDICT_RANKS | {"top"}
        for t in sent if t.i < colon) and _own_rank(sent, colon))
    predicate = any(t.pos_ == "ADJ" and t.i > t.head.i and any(
        c.dep_ == "prep" and any(d.pos_ == "PROPN" for d in c.subtree) for c in t.children) for t in tokens)
    if kind != "timeline" and not figure and not equals and not ranked and not card and not arrow and not predicate \
            and not told \
            and not any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return _NO_VERB
    return ""


# words for the writer's own kin, beside WordNet's (whose first "mum" is a chrysanthemum)
_KIN_WORDS = frozenset({"mum", "mom", "mummy", "dad", "daddy", "nan", "nana", "gran", "granny", "grandma", "grandpa",
                        "grandad", "auntie"})
# heads that name nothing: "something by Fleetwood Mac", "the one on Mill Road"
_VAGUE_HEADS = frozenset({"something", "someone", "somebody", "one", "anything", "stuff", "whatever", "whoever"})


def _someones_word(token: Token) -> bool:
    """Is a list item's one-word name a word for the writer's kin or a day or time of theirs ("Mum", "Monday",
    "Evening"), not a name?"""
    from .verify.lexical import calendar_day, kin, kind  # (WordNet loads on first use)

    w = token.lower_
    return w in _KIN_WORDS or kin(w) or calendar_day(w) or kind(w) == "noun.time"


def _item_named(t: Token) -> bool:
    """Does a name after a list item's dash say where or whose the item is, as the world knows it: a name under a
    preposition ("in Bern", "of the Bismarck") or a possessive ("Morris Frank's", "IBM's"), not a bare given name or
    kin ("Jo's", "by Sam", "Mum's"), nor after "for" or "with", nor after "from" unless a place?"""
    if not (t.pos_ == "PROPN" and ("pobj" in (t.dep_, t.head.dep_) or t.dep_ == "poss")):
        return False
    from .verify.lexical import given_name, is_place, kin, person_or_place  # (WordNet loads on first use)

    name = t.head if t.dep_ == "compound" else t
    span = [c for c in name.lefts if c.dep_ == "compound"] + [name]
    if len(span) == 1 and name.pos_ == "PROPN" and (
            given_name(name.lower_) and not person_or_place(name.text) or name.lower_ in _KIN_WORDS or kin(name.lower_)):
        return False
    prep = name.head if name.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in ("for", "with"):
        return False
    return not (prep is not None and prep.lower_ == "from" and not is_place(tuple(w.lower_ for w in span)))


# words that bound a rank to the writer's own time, place or doings: "Best gelato so far", "Top scorer this season",
# "Lightest stove we tried", "Best restaurant nearby"
# ("us" in lower case: "US" is the country, "Most popular US breed")
_OWN_SCOPE = re.compile(r"\b(?:(?i:so far|to date|yet|this (?:year|season|month|week|term|time|trip)|tonight|nearby|"
                        r"round here|we|our|my)|I|us)\b")
# a verdict's words, before a lower-case word: "Best budget tent", "Best man", "Worst sequel"; not "Best-selling album",
# "Best Picture"
_VERDICT_RANKS = frozenset({"best", "worst", "favourite", "favorite"})


def _own_rank(sent: Span, colon: int) -> bool:
    """Is a ranked label the writer's own ranking, not a record: their verdict ("Best kit: Sweden"), bounded to their
    own time or doings (``_OWN_SCOPE``), a part of their page or plan ("First round: General Knowledge"), or held by
    their own people or days ("Oldest kid: Maya", "Longest run: Sunday", "Last team picked: Us")?"""
    from .verify.lexical import calendar_day, given_name, is_place, person_or_place  # (WordNet loads on first use)

    label = [t for t in sent if t.i < colon]
    value = [t for t in sent if t.i > colon and t.is_alpha]
    verdict = any(t.lower_ in _VERDICT_RANKS and t.i + 1 < colon and t.nbor(1).is_alpha and t.nbor(1).text.islower()
                  for t in label)
    scoped = _OWN_SCOPE.search(" ".join(t.text for t in label)) is not None \
        or any(t.lower_ in _LAYOUT_LABELS or t.lower_ in ("option", "options", "choice", "pick") for t in label)
    # (a bare given name holds the writer's own rank only under a label that names no one: "Oldest kid: Maya", not
    # "Queen's first corgi: Susan")
    named = any(t.tag_ == "POS" for t in label) or any(
        t.text[:1].isupper() and t.is_alpha and t.i > sent.start and t.lower_ not in _VERDICT_RANKS for t in label)
    held = bool(value) and (value[0].lower_ in _SPEAKERS or len(value) == 1 and (
        calendar_day(value[0].lower_) or not named and given_name(value[0].lower_) and not is_place((value[0].lower_,))
        and not person_or_place(value[0].text)))
    return verdict or scoped or held


def _personal_name(name: str) -> bool:
    """Is ``name`` written as a person's: a given name first ("George Mears", "Mikhail"), and no place's?"""
    from .verify.lexical import given_name, is_place

    words = name.split()
    return bool(words) and given_name(words[0]) and not not_a_person(name) and not is_place(
        tuple(name.lower().split()), whole=True)


def not_a_person(name: str) -> bool:
    """Does ``name`` name a group, place or thing, never a person (``lexical.not_a_person``)?"""
    from .verify.lexical import not_a_person as lexical_not_a_person

    return lexical_not_a_person(name)


def _lone_person(said: Statement, sent: Span) -> str:
    """The one person a sentence names, when its subject is no one a "he" or "she" could be: "Most of us first hear
    about cranes through Sadako Sasaki. She was only two ..." (not "My grandmother met Eleanor Roosevelt. She ...")."""
    from .verify.lexical import is_place, kind

    # (a place named beside the person is no one a "he" could be: "The idea of a lending library in Philadelphia came
    # from Benjamin Franklin"; nor is a name written after "the", an institution's: "came from the Smithsonian
    # Institution")
    names = {p.text for p in said.parts if p.kind == "name" and not p.resolved
             and not is_place(tuple(p.text.lower().split()), whole=True)}
    if any(re.search(rf"\bthe\s+{re.escape(n)}", sent.text, re.IGNORECASE) for n in names):
        return ""
    # (a name that qualifies a noun is whose or which it is, no one acting: "National Geographic's story")
    if len(names) != 1 or any(p.kind == "name" and p.role in ("poss", "mod") for p in said.parts):
        return ""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in _PERSONAL or subj.pos_ == "PROPN" \
            or subj.pos_ == "NOUN" and subj.tag_ == "NN" and kind(subj.lemma_.lower()) == "noun.person":
        return ""
    return names.pop()


def _definite_subject(sent: Span) -> bool:
    """Is the sentence's subject a definite description ("the three-stage Moon rocket was built ...")?

    It names again what the sentences before were about, so a pronoun after it still stands for
    that name ("The Saturn V ... the Moon rocket was built ... It flew 15 times").
    """
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ == "the" for d in subj.children)


def _parse_text(doc: Document, unit: Unit) -> str:
    text = doc.text[unit.body_start:unit.end]
    if unit.kind == "table":
        return for_parser(_cells_apart(text))
    # the lines of a unit continue one another (layout joined them): spaCy reads a line break as a
    # likely sentence end ("... at NASA's Marshall" / "Space Flight Center ..."), a space keeps
    # the sentence whole; same length, so offsets hold
    return for_parser(text.replace("\n", " "))


_EMPTY_CELL = re.compile(r"[\s—–-]*")


def _empty_cell(cell: str) -> bool:
    """A cell with nothing in it, or only a dash: "| — |" says the cell is empty."""
    return _EMPTY_CELL.fullmatch(cell) is not None


def _cells_apart(row: str) -> str:
    """A table row as a list of its cells ("Futura, Paul Renner, 1927, Stempel"), not one long
    name: inner bars become commas, the outer ones spaces (same length, so offsets hold)."""
    chars = list(row.replace("|", ","))
    first, last = len(row) - len(row.lstrip()), len(row.rstrip()) - 1
    for k in (first, last):
        if 0 <= k < len(row) and row[k] == "|":
            chars[k] = " "
    # (a cell of a dash is an empty one, "| — |", not a dash that sets the rest of the row aside)
    bars = [k for k, ch in enumerate(row) if ch == "|"]
    for a, b in zip(bars, bars[1:]):
        if b > a + 1 and _empty_cell(row[a + 1:b]):
            chars[a + 1:b] = " " * (b - a - 1)
    return "".join(chars)


MAX_PIECE = 5_000
"""Longer units (a 2 MB line) are parsed in pieces cut at sentence ends: spaCy's cost and
memory grow with the length of one text, and it refuses texts over ``nlp.max_length``."""
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+")


def pieces(text: str, limit: int = MAX_PIECE) -> Iterator[tuple[int, str]]:
    """(offset, piece) cuts of ``text`` of at most ``limit`` characters, at sentence ends where possible."""
    pos = 0
    while len(text) - pos > limit:
        window = text[pos:pos + limit]
        ends = [m.end() for m in _SENTENCE_END.finditer(window)]
        cut = ends[-1] if ends and ends[-1] > limit // 4 else (window.rfind(" ") + 1 or limit)
        if cut <= 0:
            cut = limit
        yield pos, text[pos:pos + cut]
        pos += cut
    yield pos, text[pos:]


# what is done to a document, not told by it
_EDITING = frozenset({"update", "edit", "revise", "post", "publish", "review", "modify", "correct", "add"})
_SPAN_OF_YEARS = re.compile(r"^\d{1,4}(?:\.\d+)?[–-]\d{1,4}(?:\.\d+)?$")  # "1969–72", "1914-1918", "68–66" (million years ago)
_A_YEAR = re.compile(_YEAR_WRITTEN)
# a note on someone or something, its name set off by a dash or a colon ("Calvin – Nobel Prize ... 1961",
# "Miescher 1869: nuclein"), not a label ("Nobel Prize 1945")
_NAMED_NOTE = re.compile(r"^[^\W\d_][^:–—]*?(?:\s[–—-]\s|:\s)")
_YEAR_IN_NOTE = re.compile(r"\b(?:1\d{3}|20\d{2})\b")
_RANK_WORDS = frozenset({"first", "last", "only", "second", "third", "earliest", "latest"})
# words that label a part of the page, not a thing: "Part II: the last voyage", "Day 3 - the longest walk"
_LAYOUT_LABELS = frozenset({"part", "chapter", "day", "week", "section", "episode", "lesson", "lecture", "unit",
                            "round", "stage", "step", "level", "act", "scene", "book", "volume", "session", "module"})
# (a full stop before a lower-case word ends an abbreviation, not a sentence: "- prof. at Lund from 1741";
# a question mark does end one, and a link begins lower-case; nor before an arrow or a sign: "- Julian
# cal. → Augustus"; a bracket after a full stop opens the writer's aside: "... 100 games. (really??)")
# words written short with a full stop inside names and titles
_ABBREVIATED = frozenset({"co", "corp", "inc", "ltd", "bros", "intl", "mfg", "univ", "inst", "st", "mt", "dr", "mr",
                          "mrs", "ms", "prof", "rev", "gen", "col", "capt", "lt", "sgt", "jr", "sr", "vs"})
_STOP_INSIDE = re.compile(r"(?:[!?…]|\.(?=[\"'”’)\]]*\s+(?:https?:|www\.|[^a-z\s→←⇄↔=+×~≈<>])))[\"'”’)\]]*\s+\S")


def _stops_inside(text: str, parsed: Doc | None = None) -> bool:
    """Does a full stop (or ! ? …) end a sentence inside a note, past its first two words? Not the full
    stop of an abbreviation a name or a title is written with ("Boston Beer Co. (Jim Koch, 1984) =
    America's first modern microbrewery")."""
    for m in _STOP_INSIDE.finditer(text.rstrip()):
        before = _ALPHA_WORD.findall(text, 0, m.start() + 1)
        # (nor a lower-case word cut short before a figure: "First Holmenkollen comp. 1882", "pop. 2,000")
        # (the figure and no more than a word or two after it, no sentence of its own: "... race. 1882 was his year")
        rest = text[m.start() + 1:].split()
        cut_short = text[m.start()] == "." and bool(before) and before[-1].islower() and len(before[-1]) <= 5 \
            and bool(rest) and rest[0][:1].isdigit() and len(rest) <= 3 \
            and not (parsed is not None and any(t.pos_ in ("VERB", "AUX") for t in parsed if t.idx > m.start()))
        if (len(_ALPHA_WORD.findall(text, 0, m.start())) > 2 or any(ch.isdigit() for ch in text[:m.start()])) \
                and not (text[m.start()] == "." and before and before[-1].lower() in _ABBREVIATED) and not cut_short:
            return True
    return False


def _sentences(parsed, unit: Unit, base: int) -> Iterator[tuple[int, int, Span]]:
    """Sentence spans as absolute offsets; a timeline item stays one claim with its date."""
    if unit.kind in ("timeline", "table") and unit.end - unit.start <= MAX_PIECE:
        yield unit.start, unit.end, parsed[:]
        return
    # a bullet with no full stop inside it is one note, however the parser splits it ("UNESCO" |
    # "World Heritage since 2005")
    # (nor a full stop after the note's first word or two, an abbreviation in a name: "Great Trig. Survey
    # starts 1802")
    if unit.kind == "bullet" and len(parsed.text) <= MAX_PIECE and not _stops_inside(parsed.text, parsed):
        yield base, base + len(parsed.text), parsed[:]
        return
    # (so is a card's line, a label and a value with a figure: "UL fire rating for paper: Class 125", which
    # the parser cuts at the colon)
    value = label_value(parsed.text.strip()) if "\n" not in parsed.text.strip() else None
    # (or a page field's label that the layout kept as the note's statement: "Made for: Louis XIV")
    # (or a record's label and its holder: "Most popular US breed 2022: Labrador Retriever", "Oldest dog ever
    # (current record): Bobi, Portugal", a superlative before the colon and a name after it)
    colon = parsed.text.find(":")
    # (the superlative by its word too, which a capital at the line's start hides from the tagger: "Longest-running
    # sci-fi series: Doctor Who")
    record = value is not None and value[:1].isupper() and 0 < colon and any(
        t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "last") or _superlative(t.text) for t in parsed if t.idx < colon)
    if unit.kind == "prose" and value is not None and (any(ch.isdigit() for ch in value) or _field_key(parsed.text)
                                                       or record) \
            and len(parsed.text) <= MAX_PIECE and not _stops_inside(parsed.text, parsed):
        yield base, base + len(parsed.text), parsed[:]
        return
    for sent in parsed.sents:
        a, b = base + sent.start_char, base + sent.end_char
        yield a, b, sent


def _claim_text(span: str, unit: Unit) -> str:
    """The claim as a reviewer reads it; a table row is spelled out with its column names."""
    if unit.kind == "table":
        cells = table_cells(span)
        # (a dash in a cell says it is empty: "Figure: —" says nothing, and a reader of the row would
        # take all after such a dash for an aside)
        if unit.header and len(unit.header) == len(cells):
            return "; ".join(f"{h}: {c}" for h, c in zip(unit.header, cells) if not _empty_cell(c))
        return "; ".join(c for c in cells if not _empty_cell(c))
    return " ".join(span.split())


_EARLY_PREFIX = re.compile(r"\s*(?P<circa>(?:c\.|ca\.|circa|~)\s*)?(?P<year>\d{3})\s*(?::|[-–—])\s*")


# rejected sentences that may still bring in the person the next one calls "he" or "she"
_INTRODUCES = frozenset({"first-person aside", "opinion or recommendation", "addresses the reader"})
_NO_VERB = "no verb: a label or keyword list"


def _context_dates(doc: Document, unit: Unit) -> list:
    """The dates a line inherits: its timeline prefix ("May:") completed by the heading's year ("1796")."""
    inherited = find_dates(unit.date_context)[0] if unit.date_context else []
    if unit.kind != "timeline":
        return inherited
    written = doc.text[unit.start:unit.body_start]
    prefix = find_dates(written)[0]
    # ("May:" before a line is the month: find_dates leaves a lone "May", the modal, alone)
    if not prefix and re.fullmatch(r"\s*May\b\W*", written):
        prefix = [DateSpan(None, None, 5)]
    # ("415:", "408 -", "c. 760 -": an early year the timeline's layout gives, which no sentence would)
    if not prefix and (early := _EARLY_PREFIX.fullmatch(written)):
        year, about = int(early.group("year")), 5 if early.group("circa") else 0
        prefix = [DateSpan(year - about, year + about)]
    if not prefix:
        return inherited
    return with_context(prefix, inherited) if inherited else prefix


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# an answer that opens on a pronoun for its subject: "She sank in the North Sea", "It opened in 1851"
_PRONOUN_OPENING = re.compile(r"(?:he|she|it)\b", re.IGNORECASE)


def _asked_name(nlp: Language, question: str, answer: str) -> str:
    """The one name a quiz question gives as the subject of what it asks ("Where did the Britannic sink?" ->
    "Britannic", "Who was Ann Kell?" -> "Ann Kell"); "" when it gives none or more than one, or gives it otherwise:
    as whose thing it asks about ("Where was Tom Brill's wife born?"), as the one something was done to ("Who
    captained the Velden?", "Who replaced Tom Brill?"), or beside a "which" or "whose" thing it asks for where the
    answer ``answer`` does not tell the question's act ("Which river does the Kell Bridge cross?" / "It is 300 km
    long"): the answer's pronoun is then that other one."""
    doc = nlp(for_parser(question))
    runs: list[list[Token]] = []
    for t in doc:
        if t.pos_ == "PROPN" and runs and runs[-1][-1].i == t.i - 1:
            runs[-1].append(t)
        elif t.pos_ == "PROPN":
            runs.append([t])
    # (of two names, the one that is the subject of what the question asks: "In what year did Edvard Munch paint The
    # Scream?" / "He painted it in 1893" is Munch's)
    said = nlp(for_parser(answer))  # (parsed once: what the answer tells is asked below too)
    answer_acts = {t.lemma_.lower() for t in said if t.pos_ in ("VERB", "AUX")} - {"be", "do"}
    # (only where the answer tells the question's own act, in the active: "It opened in 1850" is not Ann Kell's
    # founding, "She was hired in 1861" is the one hired (review 56b))
    # (the question's verb whatever the tagger calls it: "did Ann Kell paint ..." with "paint" a noun)
    telling = bool({t.lemma_.lower() for t in doc if t.pos_ in ("VERB", "NOUN")} & answer_acts - {"have"}) \
        and not any(t.dep_ in ("auxpass", "nsubjpass") for t in said)
    if len({" ".join(t.text for t in run) for run in runs}) > 1 and telling:
        # (or the one the parser hung on the verb it took for a noun: "did Ann Kell paint ..." with "paint" a noun)
        heads = [next((t for t in run if t.head not in run), run[-1]) for run in runs]
        # (not of two subjects: "Did Ann Kell or Mary Vero swim the strait first?")
        runs = [run for run, h in zip(runs, heads) if h.dep_ in ("nsubj", "nsubjpass", "conj")] or [
            run for run, h in zip(runs, heads) if h.dep_ == "compound" and h.head.dep_ == "ROOT" and h.i < h.head.i]
    if len({" ".join(t.text for t in run) for run in runs}) != 1:
        return ""
    run = runs[0]
    head = next((t for t in run if t.head not in run), run[-1])
    copula = any(t.lemma_ == "be" and t.dep_ == "ROOT" for t in doc)
    # (the parser may make the name a word of a noun's, "Where did the Britannic sink?" with "sink" a noun: what it
    # is not is whose, the one done to, or beside a "which" or a "who" that asks who did it)
    after = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
    if head.dep_ in ("poss", "dobj", "pobj", "dative", "iobj") or after is not None and after.tag_ == "POS" \
            or any(t.lower_ in ("who", "what") and t.dep_ in ("nsubj", "nsubjpass") and not copula for t in doc):
        return ""
    # (beside a "which" thing asked for, only an answer that tells the question's own act is of the name: "Which
    # ship did the Andrea Doria collide with?" / "She collided with the Stockholm"; not "Which river does the Kell
    # Bridge cross?" / "It is 300 km long", the river)
    if any(t.lower_ in ("which", "whose") for t in doc):
        acts = {t.lemma_.lower() for t in doc if t.pos_ == "VERB"}
        if not acts & answer_acts:
            return ""
    return " ".join(t.text for t in run)


def segment_documents(
    nlp: Language, docs: Iterable[Document], batch_size: int = 128, n_process: int = 1
) -> Iterator[tuple[Document, list[Claim], list[Rejection]]]:
    """Claims of each document, in order; spaCy runs over the units of all documents in batches."""
    docs = list(docs)
    jobs = [(d, u, u.body_start + off, piece) for d in docs for u in units(d.text, d.body_start)
            for off, piece in pieces(_parse_text(d, u))]
    texts = ((piece, i) for i, (_, _, _, piece) in enumerate(jobs))
    found: dict[str, tuple[list[Claim], list[Rejection]]] = {d.source: ([], []) for d in docs}
    seen: dict[tuple[str, str], int] = {}
    referents = Referents()
    last_unit: dict[str, Unit] = {}  # source -> the last unit a sentence was read from
    widths: dict[str, int] = {}  # source -> the width its prose was hard-wrapped at (0: not wrapped)
    topics: dict[tuple[str, str], str] = {}
    years: dict[tuple[str, int], int] = {}  # the last year each paragraph gave, by source and unit
    months: dict[tuple[str, int], int | None] = {}  # and the month of that year's date, if it gave one
    keys: dict[str, dict[str, str]] = {}  # each document's key to its shorthand
    written_in: dict[str, WrittenYears] = {}  # the year each document's post and comments were written in
    asked: dict[str, tuple[int, str]] = {}  # each document's last quiz question: where its line ends, its words
    use_ner = "ner" in nlp.pipe_names
    for parsed, i in nlp.pipe(texts, as_tuples=True, batch_size=batch_size, n_process=n_process):
        doc, unit, base, _ = jobs[i]
        claims, rejected = found[doc.source]
        label_alone = False  # the sentence before was a quiz answer's label alone, "A:", split off by spaCy
        aside_end = -1  # where a bracket that opened a sentence and runs on into the next ones closes
        aside_why = "an aside in brackets"
        for k, (a, b, sent) in enumerate(_sentences(parsed, unit, base)):
            a, b = _trim(doc.text, a, b)
            if b <= a:
                continue
            # "(Trip booked for May. Jealous?)": a bracket that opens a paragraph's sentence and closes in a later one
            # holds the writer's aside, every sentence of it (with no figure, as a paragraph wholly in brackets)
            if aside_end < a and unit.kind == "prose" and doc.text[a] in "([":
                aside_end, aside_why = _bracket_runs_on(doc.text, a, b, unit.end), "an aside in brackets"
            if a < aside_end:
                cut = min(b, aside_end)
                if aside_why == "an aside in brackets":
                    rejected.append(Rejection(a, cut, aside_why))
                rest = _trim(doc.text, cut, b)[0]
                kept = sent.doc.char_span(rest - base, sent.end_char, alignment_mode="contract") if rest < b else None
                if kept is None or not len(kept) or not re.search(r"\w", doc.text[rest:b]):
                    continue
                a, sent = rest, kept
            after_answer_label, label_alone = label_alone, k == 0 and _ANSWER_LABEL.fullmatch(doc.text[a:b]) is not None
            # "host said 1947 (??? I had '45 in my head)", cut by spaCy at its marks: the bracket they open is the
            # writer's doubt, not the claim's
            opened = _OPENED_DOUBT.search(doc.text, a, b)
            if opened is not None and opened.start() > a:
                rejected.append(Rejection(opened.start(), b, "an aside in brackets"))
                b = opened.start()
            # "found Sept 1940 by five teenagers (the dog story may be a legend)": the writer's doubt in
            # brackets after the claim is an aside of its own, not part of what is claimed
            # (a timeline's entry too: "Ringling Bros. and Barnum & Bailey become one show" / "(aside: the Ringling
            # dates come from the Circus World Museum)", the aside on a line of its own under it)
            remark = _TRAILING_REMARK.search(doc.text, a, b) if unit.kind in ("bullet", "prose", "timeline") else None
            if remark is not None and remark.end() == b and len(_ALPHA_WORD.findall(doc.text, a, remark.start())) >= 3:
                rejected.append(Rejection(remark.start("aside"), b, "an aside in brackets"))
                b = remark.start()
                # (the parse of what is left, without the remark's words: "today ~193 km after widening
                # (check this)" has "check" for its root, a request, until the remark is cut)
                kept = sent.doc.char_span(sent.start_char, b - base, alignment_mode="contract")
                if kept is not None and len(kept):
                    sent = kept
            # "Assembly votes end of feudal privileges TODO dbl-check the date": a note to self after what a note's line
            # states, in capitals, is one of its own (as a line that opens on it is)
            # (not a line of sources, all of it the writer's: "src: Wikipedia + a club book; TODO finish ch. 4"; nor in
            # a paragraph, whose line runs on into other sentences (review 60b))
            if unit.kind in ("bullet", "timeline") and not _SOURCE_NOTE.match(doc.text[unit.body_start:unit.end]):
                told = _TODO_TAIL.search(doc.text, a, unit.end)
                # (only a tail that ends the sentence: "... mill TODO confirm; 1890 - Ann Roe opens the school" goes on
                # after it, and stays whole (review 60c))
                if told is not None and told.start() < b <= told.end() + 1 \
                        and len(_ALPHA_WORD.findall(doc.text, a, told.start())) >= 3:
                    rejected.append(Rejection(told.start("tail"), told.end(), "a note to self (TODO, ???)"))
                    # (the sentences spaCy cut the tail into are the note's too)
                    aside_end, aside_why = max(aside_end, told.end()), "a note to self (TODO, ???)"
                    b = _trim(doc.text, a, told.start())[1]
                    kept = sent.doc.char_span(sent.start_char, b - base, alignment_mode="contract")
                    if kept is None or not len(kept):
                        continue
                    sent = kept
            # "Arches has about 200 natural stone arches, and I swear I counted most of them": the writer's
            # clause joined on after the claim is an aside of its own
            tail = _first_person_tail(sent) if unit.kind in ("bullet", "prose") else None
            why = "call to action" if tail is not None and re.match(r"\W*you\b", doc.text[base + tail:b], re.I) \
                else "first-person aside"
            # (or a request: "Yuzuru Hanyu won gold in 2014 and 2018, please add him!")
            if tail is None and unit.kind in ("bullet", "prose"):
                tail, why = _request_tail(sent), "call to action"
            if tail is not None and base + tail < b:
                cut = _trim(doc.text, a, base + tail)[1]
                if cut > a:
                    rejected.append(Rejection(base + tail, b, why))
                    b = cut
                    kept = sent.doc.char_span(sent.start_char, b - base, alignment_mode="contract")
                    if kept is not None and len(kept):
                        sent = kept
            # "**Helen W.** — Lovely piece, thanks for writing it!": a commenter's name before what they
            # say is the thread's, not the claim's; what follows it is judged on its own
            # (in prose under a heading of comments, or "says": not a cheat sheet's "**Bolshoi** — founded 1776")
            turn = _TURN.match(doc.text, a, b) if unit.kind == "prose" else None
            # (a byline that dates the comment is one wherever the thread stands: "**Helen** · 10 November 2024"; the
            # line all a byline, a name and when, not a card's name and what it says: "**Sputnik 1** · 4 October 1957" /
            # "launched by the Soviet Union")
            if turn is not None and not _THREAD.search(unit.context) and not _SAYS.search(turn.group()) \
                    and not ("\n" in turn.group() and _byline(turn.group().split("\n")[0])):
                turn = None
            # (a byline on a line of its own, the comment under it a unit of its own, is the thread's all the same:
            # "**Helen** · 10 November 2024 at 22:47 (edited)")
            if unit.kind == "prose" and "\n" not in doc.text[a:b] and _byline(doc.text[a:b]):
                rejected.append(Rejection(a, b, "a commenter's name"))
                continue
            if turn is not None and turn.end() < b:
                said_span = sent.doc.char_span(turn.end() - base, sent.end_char, alignment_mode="contract")
                if said_span is not None and len(said_span):
                    rejected.append(Rejection(a, turn.end(), "a commenter's name"))
                    a, sent = turn.end(), said_span
            opening = k == 0 and base == unit.body_start
            # (in a hard-wrapped document, for a he or she: notes written a line each are lines of their own, and an
            # "it" is as often the last line's thing as its name)
            opener = antecedents.pronoun_subject(sent) if opening and unit.kind == "prose" else None
            if doc.source not in widths:
                widths[doc.source] = wrap_width(doc.text[doc.body_start:]) if unit.kind == "prose" else 0
            joined = opener.lower_ if opener is not None and opener.lower_ in ("he", "she") and widths[doc.source] > 0 \
                and (before_unit := last_unit.get(doc.source)) is not None \
                and before_unit.kind == "prose" and before_unit.end <= unit.start \
                and doc.text.count("\n", before_unit.end, unit.start) <= 1 else ""
            if opening:
                last_unit[doc.source] = unit
            referent = referents.before(doc.source, unit, opening, joined)
            # (a nested list item with no subject of its own is about what the item it is under was about)
            item = unit.kind == "bullet" and unit.marker >= 0 and opening
            indent = unit.marker - doc.text.rfind("\n", 0, unit.marker) - 1 if item else -1
            parent = referents.parent(doc.source, unit, indent) if item else ""
            referent = parent or referent
            unit_text = doc.text[unit.start:unit.end]
            # the quiz answer the unit opens on, right under its question ("Q: Who piloted the Turtle in 1776?" / "A:
            # ..."), at the answer's first sentence (its "A:" label may be a sentence of its own); else None
            ans = ANSWER_LINE.match(unit_text) if (k == 0 or after_answer_label) and base == unit.body_start \
                and doc.source in asked and not doc.text[asked[doc.source][0]:unit.start].strip() else None
            # "Q: Where did the Britannic sink?" / "A: She sank in the North Sea in 1916": the pronoun an answer opens
            # on stands for the one name its question gives
            if k == 0 and ans is not None and _PRONOUN_OPENING.match(ans.group("a")) \
                    and (named := _asked_name(nlp, asked[doc.source][1], ans.group("a"))):
                referent = named
            # "??? was it 1969": the whole line is a note to self, however spaCy splits it
            # "Q: Who piloted the Turtle in 1776?" / "A: Sergeant Ezra Lee": the answer says what the question asks,
            # read as one sentence ("Sergeant Ezra Lee piloted the Turtle in 1776"); the claim's text stays the answer
            answered = None
            # (its first sentence: "A: At the 1920 Summer Olympics in Antwerp. Canada won it ..." goes on with a
            # statement of its own, read on its own)
            if ans is not None and (answer := doc.text[unit.start + ans.start("a"):b].strip()) \
                    and not says_its_own(nlp(for_parser(answer_parts(answer)[0]))):
                composed = compose(nlp(for_parser(asked[doc.source][1]))[:], answer)
                # (read as any text is: "Ludwig I of Bavaria" a king's name, not "Ludwig" and the pronoun "I")
                answered = nlp(for_parser(composed))[:] if composed else None
            # a who-am-I clue is said of the one who speaks it: "I retired in 1989 with 38,387 career points. -> Kareem
            # Abdul-Jabbar" is read as "Kareem Abdul-Jabbar retired in 1989 ..." (its text stays the clue as written)
            if answered is None and (speaker := clue_speaker(doc.text, a, unit.context)):
                labelled = CLUE_LABEL.match(sent.text)
                clue = sent.doc.char_span(sent.start_char + labelled.end(), sent.end_char, alignment_mode="contract") \
                    if labelled is not None else sent
                spoken = speaking_as(clue, speaker) if clue is not None and len(clue) else None
                answered = nlp(for_parser(spoken))[:] if spoken else None
            # ("Answers, round 3: 1 Capability Brown, 2 Claude Monet, ...": the key to a round's clues, names only)
            # ("(Ray wanted to sneak onto the field. We did not.)": a paragraph wholly in brackets is the writer's aside,
            # each of its sentences, as one sentence in brackets is)
            # (with no figure: a bracketed note of what happened, "(Fun fact: Ann Kell bought the mill in 1850. ...)", tells
            # something (review 56b))
            reason = "an aside in brackets" if unit.kind == "prose" and _ASIDE.match(unit_text.strip()) \
                and not re.search(r"\d", unit_text) else \
                "a note to self (TODO, ???)" if _NOTE_TO_SELF.match(unit_text) else \
                "a list of links" if unit.kind == "bullet" and _reading_list_item(sent, unit.context) else \
                "an answer key" if key_names(unit_text, bool(KEY_HEADING.match(unit.context.split(" > ")[-1]))) \
                and base == unit.body_start else \
                "a quiz's instructions" if answered is None and sheet_instruction(sent, unit.context) else \
                not_a_claim(answered if answered is not None else sent, unit.kind,
                            doc.text[a:b] if unit.kind == "table" else "", unit.header or ())
            if reason == "question" and (asks := QUESTION_LINE.match(unit_text)) is not None:
                asked[doc.source] = (unit.end, asks.group("q"))
            if unit.kind == "table" and len([c for c in table_cells(doc.text[a:b]) if c]) < 2:
                reason = "table row with a single cell"
            # "Ask whether the unit has MIDI; MIDI only arrived in 1983.": a request, then a statement of its own
            if reason == "call to action" and (rest := _after_semicolon(sent) or _reminded(sent)
                                               or _after_concession(sent)) is not None \
                    and not not_a_claim(rest, unit.kind):
                rejected.append(Rejection(a, base + rest.start_char, reason))
                a, sent, reason = base + rest.start_char, rest, ""
            if reason:
                rejected.append(Rejection(a, b, reason))
                if reason in _INTRODUCES or reason == _NO_VERB and _label_colon(sent) is None:
                    # "Then comes my hero, François Huber. He was completely blind": no claim, but the
                    # person it brings in is whom the next sentence's "he" stands for
                    # (so does a line without a verb that names them, and where they are from: "And Laura Dekker
                    # from the Netherlands! ... she finished in 2012"; "- Curt Herzstark, Austrian" / "- worked out
                    # the Curta design ...")
                    from .verify.lexical import is_place, nationality  # (WordNet loads on first use)

                    aside = reading.read(sent, referent, use_ner=use_ner)
                    person = next((p.text for p in aside.parts if p.kind == "name" and not p.resolved
                                   and len(p.words) > 1 and not not_a_person(p.text)), "")
                    if person and len({p.text for p in aside.parts if p.kind == "name" and not (
                            reason == _NO_VERB and (is_place(p.words) or nationality(p.text)))}) == 1:
                        referents.after(doc.source, unit, person, doc.text[a:b])
                if item:
                    referents.item(doc.source, unit, indent, "", doc.text[unit.start:unit.end])
                continue
            text = _claim_text(doc.text[a:b], unit)
            key = (doc.source, identity_text(text))
            n = seen.get(key, 0)
            seen[key] = n + 1
            context_dates = _context_dates(doc, unit)
            topic = topics.setdefault((doc.source, unit.context), heading_name(unit.context, doc.text))
            pronoun = antecedents.pronoun_subject(sent)
            # ("... He made his name at Toulon." / "In December 1804 he was crowned ...": a paragraph's opening he or she
            # is whom the one before last spoke of so, under the same heading)
            if pronoun is not None and pronoun.lower_ in ("he", "she") and not referent and opening:
                referent = referents.across(doc.source, unit, pronoun.lower_)
            if pronoun is not None and pronoun.lower_ == "it" and referents.person(doc.source):
                referent = topic = ""  # "he printed the first book in English. It was ...": not him
            # ("Kosmos published it in 1995. It won the Spiel des Jahres": the "it" goes on with the one before, what
            # was published, not with who published it)
            if pronoun is not None and pronoun.lower_ == "it" and pronoun.dep_ == "nsubj" \
                    and referents.it_done_to(doc.source):
                referent = topic = ""
            # ("The replacement was poured ... by George Mears. It weighs 13.7 tonnes": nor a person named
            # before as the passive's doer; the heading's name may still be what "it" is)
            if pronoun is not None and pronoun.lower_ == "it" and referents.doer(doc.source) and _personal_name(referent):
                referent = ""
                topic = "" if _personal_name(topic) else topic
            # "Congress awarded her the Cross. She ...": not Congress, but the one a "her" stood for, or
            # no one ("the International Olympic Committee was set up ... He was not its first president")
            if pronoun is not None and pronoun.lower_ in ("he", "she") and referent and not_a_person(referent):
                referent = referents.someone(doc.source)
            # "The real breakthrough came in 1885, when John Kemp Starley built the Rover. He was ...":
            # the sentence before was about no one by name; the person acting in it is "he"
            actor_before = referents.actor(doc.source)
            if actor_before and any(t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") for t in sent):
                referent = actor_before
            # (a label before the claim is not part of what it says: "My favourite trivia: in 1928 ...")
            if unit.kind not in ("timeline", "table") and (label := after_label(sent)) is not None:
                sent = label
            # "Q: Who won the first World Championship, in 1927?" / "A: Joe Davis won it.": an answer's "it" is the
            # thing its question asks about, read with what the question says of it
            if answered is None and ans is not None and unit.kind not in ("timeline", "table") \
                    and (put := asked_thing(nlp(for_parser(asked[doc.source][1]))[:], sent)) is not None:
                answered = nlp(for_parser(put))[:]
            if answered is not None:
                sent, text_read = answered, None
            elif (credited := spelled_out(sent.text)) != sent.text:
                # ("La bohème, Teatro Regio, Turin - cond. Mascagni": read as "conducted by Mascagni", who did what)
                sent, text_read = nlp(for_parser(credited))[:], None
            else:
                text_read = text
            if doc.source not in written_in:
                written_in[doc.source] = written_years(doc.text, doc.meta)
            said = reading.read(sent, referent, context_dates, use_ner, text_read, topic,
                                   referents.earlier(doc.source), referents.owner(doc.source),
                                   years.get((doc.source, unit.start)), written_in[doc.source].at(a),
                                   months.get((doc.source, unit.start)))
            # (a name the note writes short, "AS d. 1894", is the name its key gives: "abbrev: AS = Adolphe Sax")
            if doc.source not in keys:
                keys[doc.source] = shorthand(doc.text)
            said = with_shorthand(said, keys[doc.source])
            # the year "two years later" in the next sentence counts from: this one's year, or the last
            # it counted to; none when it gave two ("married in 1862; she had been born in 1844")
            counted = [p for p in said.parts if p.kind == "date" and p.resolved and p.at >= 0]
            written = {p.value[0] for p in said.parts if p.kind == "date" and not p.resolved
                       and p.value[0] is not None and p.value[0] == p.value[1]}
            if counted or len(written) == 1:
                last = max(counted, key=lambda p: p.at) if counted else None
                years[(doc.source, unit.start)] = last.value[0] if last is not None else written.pop()
                # (and its month, when the date gave one: "on 10 December 1868")
                given = {p.value[2] for p in said.parts if p.kind == "date" and not p.resolved
                         and p.value[0] == years[(doc.source, unit.start)] and p.value[0] == p.value[1]}
                months[(doc.source, unit.start)] = last.value[2] if last is not None else (
                    given.pop() if len(given) == 1 else None)
            elif written:
                years.pop((doc.source, unit.start), None)
                months.pop((doc.source, unit.start), None)
            named = antecedents.subject_name(said)
            about = named or (referent if _definite_subject(sent) else "")
            actor = "" if named else antecedents.subordinate_subject(said) or _lone_person(said, sent)
            # (not when another person stands beside the actor: "when Marie Curie shared the prize with
            # Pierre Curie. He ..." may be either)
            if actor and any(p.kind == "name" and p.text != actor and p.role in ("subj", "with", "to", "by", "for")
                             and not p.resolved for p in said.parts):
                actor = ""
            personal = any(t.lower_ in _PERSONAL for t in sent)
            referents.after(doc.source, unit, about, doc.text[a:b], antecedents.antecedents(said),
                            antecedents.owner_name(said, about),
                            pronoun is not None and pronoun.lower_ in ("he", "she"),
                            referent if personal and referent and not not_a_person(referent) else
                            # ("Tom Kell was the eldest, and he shod ...": the he of its own clause stood for its name)
                            about if personal and about and any(p.resolved and p.text == about and p.role == "subj"
                                                                 for p in said.parts) and not not_a_person(about) else "",
                            actor if actor and not not_a_person(actor) and len(actor.split()) > 1 else "",
                            bool(named) and antecedents.passive_doer(said, named),
                            antecedents.it_done_to(said),
                            # (or a stand-in for its subject, "The king visited him there": maybe another man (review 60b))
                            _names_another(said, about) or pronoun is not None and pronoun.pos_ != "PRON")
            if item:
                # (or the name the item opens on: "Fauchard -> father of modern dentistry")
                lead = next((p.text for p in said.parts if p.kind == "name" and not p.resolved and not p.detail
                             and p.at == len(p.words) - 1), "")
                referents.item(doc.source, unit, indent, about or lead, doc.text[unit.start:unit.end])
            # a list item's span holds its marker, as the line a reader points at does ("3. Troy –
            # 1998"); the text a reviewer reads does not
            start = unit.marker if unit.marker >= 0 and a == unit.start else a
            claims.append(Claim(
                claim_id=claim_id(text, n), source=doc.source,
                line=doc.text.count("\n", 0, a) + 1, start=start, end=b, text=text,
                context=unit.context, date_context=unit.date_context, statement=statement_json(said),
            ))
    for d in docs:
        claims, rejected = found[d.source]
        yield d, claims, rejected


def segment(nlp: Language, doc: Document) -> list[Claim]:
    """The claims of one document."""
    return next(segment_documents(nlp, [doc]))[1]
