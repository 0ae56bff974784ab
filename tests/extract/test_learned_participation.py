"""The participation model (collabgraph.extract.learned): on a page about one
event, the people and bodies the rules did not link to it are asked of a model
trained on the corpus's develop pages. A user sees more of who was there, each
learned link below every rule's confidence, with a role from the words around."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from collabgraph.errors import RulesFileError
from collabgraph.extract import extract_text, load_nlp
from collabgraph.extract.learned import LinearModel, load_model, packaged, participants, role_of
from collabgraph.extract.learned.model import MeanModel
from collabgraph.extract.learned.participants import CONFIDENCE
from collabgraph.extract.learned.told_of import told_of_others

ROOT = Path(__file__).resolve().parents[2]

FORUM = """Kelby Carers Forum 2026

Last Tuesday Kelby Carers Network held its annual forum at Dalby Hall. There was a good \
turn out, with an audience including the councillors Ada Brook, Ben Marsh and Cara Penn.

Eve Stone opened the forum and spoke about the year's work. The presentations were \
rounded off by Finn Ward, the network's director.
"""


def _participation(seed: dict) -> dict[str, dict]:
    return {r["from"]: r for r in seed["relations"] if r["type"] == "PARTICIPATED_IN"}


def test_people_named_in_the_write_up_of_one_event_took_part_in_it():
    took = _participation(extract_text(FORUM, path="forum.txt"))
    assert {"Ada Brook", "Ben Marsh", "Cara Penn"} <= set(took)
    assert {took[n]["to"] for n in took} == {"Kelby Carers Forum 2026"}
    for name in ("Ada Brook", "Ben Marsh", "Cara Penn"):
        assert took[name]["role"] == "attendee"
        assert took[name]["confidence"] == CONFIDENCE  # learned: below the rules
        assert "audience" in took[name]["evidence"]
    assert took["Finn Ward"]["role"] == "speaker"  # "the presentations were rounded off by"


def test_a_link_the_rules_read_is_kept_as_they_read_it():
    took = _participation(extract_text(FORUM, path="forum.txt"))
    assert took["Eve Stone"]["role"] == "speaker"
    assert took["Eve Stone"]["confidence"] > CONFIDENCE
    seed = extract_text(FORUM, path="forum.txt")
    assert len([r for r in seed["relations"] if r["from"] == "Eve Stone"
                and r["type"] == "PARTICIPATED_IN"]) == 1  # fmt: skip


@pytest.mark.parametrize(
    "tail",
    [
        "Contact: Gil Shore, Kelby Carers Network\nPhoto: Hal Reed\n",
        "About us\n\nGil Shore, our chair\n\nHal Reed, our treasurer\n",
    ],
)
def test_names_set_apart_by_a_contact_or_about_us_line_are_not_guessed(tail):
    seed = extract_text(FORUM + "\n" + tail, path="forum.txt")
    assert not {"Gil Shore", "Hal Reed"} & set(_participation(seed))


def test_a_page_about_no_one_event_gets_no_learned_participation():
    page = (
        "Westshire Community Fund awards £40,000\n\n"
        "Westshire Community Fund has awarded grants to Kelby Food Bank and Dalby Youth "
        "Club. Ada Brook, chair of the fund, said the money would help families this winter."
    )
    seed = extract_text(page, path="grants.txt")
    assert not [r for r in seed["relations"] if r["confidence"] == CONFIDENCE]


@pytest.mark.parametrize(
    ("words", "kind", "role"),
    [
        ({"she", "spoke", "about", "carers"}, "Person", "speaker"),
        ({"the", "panel", "discussed"}, "Person", "panellist"),
        ({"the", "audience", "included"}, "Person", "attendee"),
        ({"a", "lovely", "day"}, "Person", "attendee"),
        ({"a", "lovely", "day"}, "Organisation", "participant"),
        ({"spoke", "to", "the", "audience"}, "Person", "speaker"),  # a tie: the speaker
        ({"she", "won", "the", "volunteer", "award"}, "Person", "award winner"),
        ({"the", "winners", "were"}, "Organisation", "award winner"),
        # a session's facilitator, though quoted ("said") too
        ({"a", "workshop", "facilitated", "by"}, "Person", "facilitator"),
        ({"facilitated", "the", "session", "and", "said"}, "Person", "facilitator"),
        # a body that took part is a participant, though the sentence lists ("including")
        ({"charities", "took", "part", "including"}, "Organisation", "participant"),
        ({"other", "groups", "involved", "including"}, "Organisation", "participant"),
        # a person who took part stays an attendee, as the gold writes it
        ({"volunteers", "took", "part", "including"}, "Person", "attendee"),
        # what the day featured was given by those named with it
        ({"day", "two", "featured", "a", "plenary", "with"}, "Person", "speaker"),
        ({"the", "afternoon", "featured", "workshops", "including"}, "Person", "speaker"),
        # a body quoted spoke through its people: it took part, or was there
        ({"the", "trust", "said", "it", "was", "proud"}, "Organisation", "participant"),
        ({"staff", "attending", "from", "explained"}, "Organisation", "attendee"),
        ({"its", "talk", "said"}, "Organisation", "speaker"),  # a body's talk is its own
        # a welcome, an address, a point made are a speaker's
        ({"a", "warm", "welcome", "was", "provided", "by"}, "Person", "speaker"),
        ({"addresses", "from", "the", "minister"}, "Person", "speaker"),
        ({"she", "pointed", "out", "that"}, "Person", "speaker"),
        # the person who chaired a session was its chair, though quoted too
        ({"the", "discussion", "was", "chaired", "by", "she", "said"}, "Person", "chair"),
        ({"chair", "of", "the", "trust", "spoke"}, "Person", "speaker"),  # a post, not a part
        # who sang or performed for the event, though the speeches are named with them
        ({"the", "speeches", "ended", "with", "a", "song", "by", "singing"}, "Person", "performer"),
        ({"the", "choir", "sang", "carols"}, "Organisation", "performer"),
        ({"a", "dance", "performance", "from"}, "Person", "performer"),
        ({"her", "talk", "on", "the", "performance", "of"}, "Person", "speaker"),  # a tie
    ],
)
def test_the_role_comes_from_the_words_of_the_sentences(words, kind, role):
    assert role_of(frozenset(words), kind) == role


@pytest.mark.parametrize("quoted", ["speaker", "attendee"])
@pytest.mark.parametrize(
    ("words", "kind", "role"),
    [
        # known only by being quoted: the role the setting gives, whichever it is
        ({"she", "said", "it", "was", "proud"}, "Person", None),
        ({"the", "director", "added"}, "Person", None),
        ({"she", "says", "and", "added"}, "Person", None),
        # a word that says they spoke keeps a quoted person a speaker
        ({"she", "said", "in", "her", "keynote"}, "Person", "speaker"),
        ({"after", "her", "speech", "she", "added"}, "Person", "speaker"),
        ({"who", "spoke", "first", "said"}, "Person", "speaker"),
        # words that tell of a talk, not only of words said, keep a speaker too
        ({"others", "who", "shared", "their", "story"}, "Person", "speaker"),
        ({"she", "explained", "how", "and", "said"}, "Person", "speaker"),
        # another part read from the words stays
        ({"the", "session", "was", "facilitated", "by", "who", "said"}, "Person", "facilitator"),
        # a body quoted is never a speaker, either way
        ({"the", "trust", "said", "it", "was", "proud"}, "Organisation", "participant"),
    ],
)
def test_a_person_known_only_by_being_quoted_gets_the_quoted_role(words, kind, role, quoted):
    assert role_of(frozenset(words), kind, quoted=quoted) == (role or quoted)


def test_the_quoted_role_is_a_setting_of_one_line():
    assert participants.QUOTED_ROLE in {"speaker", "attendee"}
    assert role_of(frozenset({"she", "said"}), "Person") == participants.QUOTED_ROLE


def _model(weights: dict, threshold: float = 0.5) -> LinearModel:
    return LinearModel(("NONE", "PARTICIPATED_IN"), (0.0, 0.0), weights, threshold)


def test_the_probability_is_the_softmax_of_the_features_weights():
    model = _model({"kind=Person": (0.0, 2.0), "Person|w=spoke": (0.0, 1.0)})
    p = model.probabilities(["kind=Person", "Person|w=spoke", "never seen"])
    assert p["PARTICIPATED_IN"] == pytest.approx(1 / (1 + 2.718281828459045**-3))
    assert sum(p.values()) == pytest.approx(1.0)
    # a feature counts once however often it is given
    assert model.probabilities(["kind=Person"] * 3) == model.probabilities(["kind=Person"])


def test_models_asked_as_one_give_the_mean_of_their_probabilities():
    sure, unsure = _model({"f": (0.0, math.log(9))}, 0.5), _model({}, 0.7)
    both = MeanModel((sure, unsure), 0.45)
    assert both.probabilities(["f"])["PARTICIPATED_IN"] == pytest.approx((0.9 + 0.5) / 2)
    assert both.probabilities(["g"])["PARTICIPATED_IN"] == pytest.approx(0.5)
    assert both.threshold == 0.45


@pytest.mark.parametrize("name", participants.SOURCES)
def test_the_packaged_model_is_shipped_and_names_nobody(name):
    model = packaged(name)
    if model is None and name != participants.SOURCES[0]:
        pytest.skip(f"{name} is not shipped")
    assert model is not None and "PARTICIPATED_IN" in model.classes
    raw = (ROOT / f"src/collabgraph/extract/learned/data/{name}.json").read_text()
    # features are lower-case words, parse labels, types and markers: never a name
    allowed = {"Person", "Organisation", "ROOT", "N", "P", "D"}
    for feature in json.loads(raw)["weights"]:
        capitalised = set(re.findall(r"[A-Za-z]*[A-Z][A-Za-z]*", feature))
        assert capitalised <= allowed, feature


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("{not json", "not a model file"),
        ('{"classes": ["NONE"], "intercept": [0, 1], "weights": {}}', "one number per class"),
        ('{"classes": ["A", "B"], "intercept": [0, 0], "weights": {"f": [1]}}',
         "one number per class"),
    ],
)  # fmt: skip
def test_a_bad_model_file_is_named_in_the_error(tmp_path, text, complaint):
    path = tmp_path / "participation.json"
    path.write_text(text)
    with pytest.raises(RulesFileError, match=complaint) as err:
        load_model(path)
    assert str(path) in str(err.value)


def test_training_refuses_a_held_back_split():
    script = ROOT / "scripts/corpus/train_participation.py"
    run = subprocess.run([sys.executable, str(script), "--splits", "dev,test3"],
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode != 0
    assert "held-back split" in run.stderr


WORKSHOPS = """Kelby MP hosts roundtable with local charities

Ada Brook MP held a roundtable with Kelby charities last Friday to hear how the winter \
has affected them.

Workshops on the day:

Funding after the pandemic - facilitated by Tom Reed, Director, Dalby Trust

Volunteers and wellbeing - facilitated by Cara Penn, Manager, Kelby Volunteer Centre

Ada Brook said: "It was good to hear from so many of you."
"""


def test_a_session_facilitated_by_a_person_makes_them_its_facilitator():
    took = _participation(extract_text(WORKSHOPS, path="roundtable.txt"))
    for name in ("Tom Reed", "Cara Penn"):
        assert took[name]["role"] == "facilitator"


AGM = """Kelby Heritage Trust Annual General Meeting 2026

The Annual General Meeting of Kelby Heritage Trust was held at Dalby Hall on 4 May. \
Cara Penn, the chair, welcomed members and presented the annual report.

Apologies were received from Ada Brook and Tom Reed.

Finn Ward, the treasurer, presented the accounts, which were approved.
"""


def test_people_who_sent_apologies_are_not_guessed_to_have_attended():
    took = _participation(extract_text(AGM, path="agm.txt"))
    assert "Finn Ward" in took  # the model still links those who were there
    assert not {"Ada Brook", "Tom Reed"} & set(took)


CONFERENCE = """Westshire Carers Conference 2026

More than 200 carers and workers came together at Dalby Hall on Friday for the \
Westshire Carers Conference 2026, hosted by Kelby Carers Network.

Ruth Ambler, chief executive of Kelby Carers Network, said in her keynote that carers \
need a louder voice.

Tom Pellow, chair of Westshire Council, told the conference that the council would \
listen.

Ada Brook, a carer from Fenby, said: "It was a wonderful day and I learned a lot."

Ben Marsh, a volunteer at Dalby Hospice, added: "We met so many people."
"""


@pytest.mark.parametrize("quoted", ["speaker", "attendee"])
def test_people_only_quoted_in_a_write_up_take_the_quoted_role(monkeypatch, quoted):
    monkeypatch.setattr(participants, "QUOTED_ROLE", quoted)
    took = _participation(extract_text(CONFERENCE, path="conference.txt"))
    if quoted == participants.GUESS_NOT_TAKEN:
        # an attendee must be said to be there: quoted only, they are not linked
        assert not {"Ada Brook", "Ben Marsh"} & set(took)
    else:
        assert took["Ada Brook"]["role"] == quoted
        assert took["Ben Marsh"]["role"] == quoted
    # plainly speakers, though quoted: "said in her keynote", "told the conference"
    assert took["Ruth Ambler"]["role"] == "speaker"
    assert took["Tom Pellow"]["role"] == "speaker"


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("Volunteers came to hear from a host of excellent speakers about the cost of living.",
         "speaker"),
        ("The new centre was celebrated with over 40 special guests.", "attendee"),
    ],
)  # fmt: skip
def test_a_list_referring_back_takes_its_crowd_from_the_sentence_before(before, role):
    seed = extract_text(
        "Fenby Winter Reception 2031\n\n"
        "The Fenby Winter Reception 2031 was held at Dalby Hall on 4 May.\n\n"
        f"{before}\n\n"
        "These included Ada Brook, Director of Foo Trust, and Omar Reed, Minister for Housing.\n"
    )
    took = _participation(seed)
    assert took["Ada Brook"]["role"] == took["Omar Reed"]["role"] == role


def test_the_verb_of_a_list_referring_back_says_nothing_of_the_part():
    # "included", the list's own verb, is no sign of attending; the "speakers" before
    # then outweigh or tie the "including" later in the sentence
    seed = extract_text(
        "Fenby Winter Reception 2031\n\n"
        "The Fenby Winter Reception 2031 was held at Dalby Hall on 4 May.\n\n"
        "Volunteers came to hear from a host of excellent speakers about the cost of living.\n\n"
        "These included Ada Brook of Foo Trust and Omar Reed MP, as well as other supporters"
        " including Sam Keel.\n"
    )
    assert _participation(seed)["Omar Reed"]["role"] == "speaker"


@pytest.mark.parametrize(
    "sentence, guests",
    [
        ("He introduced Ada Brook, centre director, and Sam Keel, facilities manager.",
         ("Ada Brook", "Sam Keel")),
        ("He thanked Ada Brook, centre director, and Sam Keel, facilities manager.",
         ("Ada Brook", "Sam Keel")),
    ],
)  # fmt: skip
def test_whom_a_speaker_introduced_or_thanked_did_not_speak_by_it(sentence, guests):
    took = _participation(
        extract_text(
            "Official opening of the Kelby Community Centre\n\n"
            "The Kelby Community Centre was officially opened by Jane Doe on Friday.\n\n"
            f"Tom Reed, chair of the trustees, spoke about the building. {sentence}\n",
            path="opening.txt",
        )
    )
    assert took["Tom Reed"]["role"] == "speaker"
    for name in guests:  # named, not said to be there: no link, and surely no speaker
        assert name not in took, took[name]


def _opening(
    sentences: str, first: str = "Tom Reed, chair of the trustees, spoke about the building."
) -> dict[str, dict]:
    return _participation(
        extract_text(
            "Official opening of the Kelby Community Centre\n\n"
            "The Kelby Community Centre was officially opened by Jane Doe on Friday.\n\n"
            f"{first} {sentences}\n",
            path="opening.txt",
        )
    )


@pytest.mark.parametrize(
    ("sentence", "teller", "told_of"),
    [
        ("Ada Brook explained why Sam Keel and Finn Ward, both volunteers since 1990, "
         "mattered so much to the centre.", "Ada Brook", ("Sam Keel", "Finn Ward")),
        ("Ada Brook described how Sam Keel had started the lunch club in 1990.",
         "Ada Brook", ("Sam Keel",)),
    ],
)  # fmt: skip
def test_a_talk_verb_of_another_subject_makes_no_speaker_of_those_it_tells_of(
    sentence, teller, told_of
):
    took = _opening(sentence)
    assert took[teller]["role"] == "speaker"
    for name in told_of:
        assert name not in took, took[name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sam Keel and Finn Ward were introduced to the guests.",
        "Sam Keel and Finn Ward, both volunteers, were thanked for their work.",
    ],
)
def test_a_speakers_word_done_to_a_person_in_the_passive_makes_them_no_speaker(sentence):
    took = _opening(sentence)
    for name in ("Sam Keel", "Finn Ward"):  # linked only as guests, if at all
        assert took.get(name, {}).get("role", "attendee") == "attendee", took[name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reed, chair of the trustees, in conversation with Sam Keel, the centre manager, "
        "spoke about the building.",
        "Tom Reed, chair of the trustees, spoke about the building alongside Sam Keel, the "
        "centre manager.",
    ],
)
def test_a_companion_of_the_subject_shares_its_talk_verb(sentence):
    took = _opening(sentence, first="")
    assert took["Tom Reed"]["role"] == took["Sam Keel"]["role"] == "speaker"


def _told_of_others(sentence: str, who: str, subject: str) -> frozenset[str]:
    """The verbs `_told_of_others` says tell of someone else than `who`, in a
    sentence whose subject is the name `subject`."""
    doc = load_nlp()(sentence)
    spans = []
    for name in (who, subject):
        i = sentence.index(name)
        span = doc.char_span(i, i + len(name))
        spans.append((span.start, span.end))
    m = SimpleNamespace(start=spans[0][0], end=spans[0][1])
    return told_of_others(doc, m, spans)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reed spoke alongside Sam Keel about the building.",
        "Tom Reed talked alongside Sam Keel at the reception.",
    ],
)
def test_a_companion_hung_from_the_verb_keeps_its_talk_verb(sentence):
    """ "alongside B" hangs from the verb (`_beside`): B did the talking too."""
    assert _told_of_others(sentence, "Sam Keel", "Tom Reed") == frozenset()


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe of Foo Trust spoke about the garden.",
        "Jane Doe from Fenby Trust spoke at the reception.",
    ],
)
def test_a_name_inside_the_subjects_phrase_keeps_its_talk_verb(sentence):
    """ "A of B spoke": B is written inside A's phrase (`_within`), so the verb is
    told of B too, not of someone else."""
    body = sentence.split(" spoke")[0].split(" ", 3)[3]
    assert _told_of_others(sentence, body, "Jane Doe") == frozenset()


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Speaking after the launch, Jo Tern said the hall was full.", {"speaking"}),
        ("Speaking about the conference, Jo Tern said it had gone well.", {"speaking"}),
        ("Speaking before the meeting, Jo Tern said she was hopeful.", {"speaking"}),
        ("Speaking at the launch, Jo Tern said the hall was full.", set()),
        ("Speaking about housing, Jo Tern said rents were too high.", set()),
    ],
)
def test_a_talk_before_after_or_about_the_event_is_no_talk_at_it(sentence, told):
    """ "Speaking after the launch, A said": the talk was not given at the event, so
    the talk word is not A's; "Speaking at the launch" or about a topic stays."""
    subject = "Jo Tern"
    doc = load_nlp()(sentence)
    i = sentence.index(subject)
    span = doc.char_span(i, i + len(subject))
    m = SimpleNamespace(start=span.start, end=span.end)
    assert told_of_others(doc, m, [(span.start, span.end)]) == frozenset(told)


def _taker(i: int, kind: str, words: set[str], sentence: str):
    mention = SimpleNamespace(id=i, sentence=sentence)
    entity = SimpleNamespace(name=f"Name {i}", type=kind)
    return participants.Taker(mention, frozenset({"f"}), frozenset(words)), entity


@pytest.mark.parametrize("p", [0.6, 0.95])
def test_a_person_not_said_to_be_there_is_not_linked_however_sure_the_model(p):
    """A person none of whose words gives a role ("Tom Reed will take over as
    treasurer") is not linked, however sure the model; one who "attended", one who
    "spoke", and a body are, at the threshold."""
    model = _model({"f": (0.0, math.log(p / (1 - p)))})
    event = SimpleNamespace(name="Kelby Forum", type="Event")
    found = [
        _taker(1, "Person", {"attended"}, "Ada Brook attended."),
        _taker(2, "Person", {"will", "take", "over"}, "Tom Reed will take over as treasurer."),
        _taker(3, "Organisation", {"thanked"}, "Kelby Trust was thanked."),
        _taker(4, "Person", {"spoke"}, "Sam Keel spoke."),
    ]
    by_mention = {t.mention.id: e for t, e in found}
    linked = {e.name: role for e, role, _ in participants.took_part(
        [t for t, _ in found], by_mention, event, set(), model
    )}  # fmt: skip
    assert set(linked) == {"Name 1", "Name 3", "Name 4"}
    assert (linked["Name 1"], linked["Name 4"]) == ("attendee", "speaker")
