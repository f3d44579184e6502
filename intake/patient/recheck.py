"""On "check your answers": the red-flag questions asked again when the patient's own words
mention them, or other answers call for them (asked_again_for below: a fever with a headache
asks about the signs of meningitis, pain on the chest about chest pain, pain in a leg after an
operation about a clot), and the support shown when their words mention thoughts of suicide.

The free-text screen (intake/triage/textscreen.py) infers nothing; it asks. A patient who wrote "my
bottom feels numb" but answered "No" to the numbness question is asked that question once more
before sending, as a plain yes or no (no script needed), and must answer it: a "Yes" becomes a
red flag like any other, with its advice on the confirmation page. Whatever they answer, the
intake carries the "check now" marker for a person to read.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from intake.patient.fields import YES_NO, radio_list
from intake.patient.forms import SubmitForm
from intake.patient.health_form import lower_first
from intake.services import screen_own_words
from intake.triage.redflags import FLAGS_BY_VALUE
from intake.triage.textscreen import rechecks
from intake.triage.topics import SELF_HARM

PREFIX = "recheck_"

# A derived flag, and the more pressing one the check page then asks about: most fevers with a
# headache or an aching neck are an infection such as flu, but with a stiff neck, a dislike of
# bright light, confusion or a rash that does not fade they may be meningitis (NICE NG240).
ASKED_AGAIN_WITH = {"fever_neck_headache": "stiff_neck_fever"}


@dataclass(frozen=True)
class PainThatAsks:
    """Pain placed in one of `regions` on the body map, with any of `risks` answered yes on the
    health step (or always, when `risks` is empty) and none of `unless`: the check page asks
    the red-flag question `flag`, unless it is raised already."""

    regions: frozenset[str]
    flag: str
    risks: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()

    def asks(self, body_regions, screening_yes) -> bool:
        yes = set(screening_yes)
        return bool(
            self.regions & set(body_regions)
            and (not self.risks or self.risks & yes)
            and not self.unless & yes
        )


PAIN_THAT_ASKS = [
    # Pain on the chest, though chest pain was answered "no" on the health step: a strained
    # chest muscle is common, but chest pain that is new may be the heart's (NHS: chest pain).
    PainThatAsks(frozenset({"chest"}), "chest_pain_now"),
    # Pain in a leg or knee with something that makes a clot in a leg more likely: an operation
    # or a broken bone (a cast, lying still), pregnancy, cancer treatment, or a clot before (NHS:
    # deep vein thrombosis; NICE NG158). Most such pain is the injury's or the joint's, but a
    # clot can feel the same. A clot already being checked has its own advice.
    PainThatAsks(
        frozenset({"legs", "knees"}),
        "dvt_signs",
        risks=frozenset(
            {
                "recent-surgery",
                "recent-fracture",
                "pregnancy",
                "cancer-treatment",
                "blood-clot-past",
            }
        ),
        unless=frozenset({"blood-clot-now"}),
    ),
    # Tummy pain in a patient who is or could be pregnant: mild aches are common, but severe
    # pain, or pain that does not go away, may be an ectopic pregnancy, a miscarriage or a
    # problem with the placenta (NHS: stomach pain in pregnancy; NHS: ectopic pregnancy).
    PainThatAsks(frozenset({"abdomen"}), "pregnancy_tummy_pain", risks=frozenset({"pregnancy"})),
]


def asked_again_for(
    flags: list[str] | tuple[str, ...],
    body_regions: list[str] | tuple[str, ...] = (),
    screening_yes: set[str] | frozenset[str] = frozenset(),
) -> list[str]:
    """The red-flag questions the check page asks because of these flags, the places of pain
    and the health questions answered yes, leaving out any already raised."""
    wanted = [ASKED_AGAIN_WITH[value] for value in flags if value in ASKED_AGAIN_WITH]
    wanted += [pain.flag for pain in PAIN_THAT_ASKS if pain.asks(body_regions, screening_yes)]
    return [value for value in dict.fromkeys(wanted) if value not in flags]


def own_words_topics(forms: dict) -> list[str]:
    """The topics the free-text answers of the validated steps may describe."""
    fields = {
        "main_concern": forms["symptoms"].cleaned_data.get("main_concern", ""),
        "anything_else": forms["preferences"].cleaned_data.get("anything_else", ""),
    }
    return screen_own_words(fields, forms["health"].screening_answers())


def wants_support(topics: list[str]) -> bool:
    return SELF_HARM in topics


class CheckSendForm(SubmitForm):
    """The send form, with a yes-or-no question first for each red flag asked again."""

    def __init__(self, *args, flags: list[str] | tuple[str, ...] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.flags = list(flags)
        questions = {}
        for value in self.flags:
            label = FLAGS_BY_VALUE[value].label
            questions[PREFIX + value] = radio_list(
                label,
                YES_NO,
                _("Answer yes or no: %(question)s") % {"question": lower_first(label)},
            )
        # First, so the error summary lists them in the page's order.
        self.fields = {**questions, **self.fields}

    @classmethod
    def for_answers(cls, forms: dict, already: list[str], *args, **kwargs) -> "CheckSendForm":
        """The form for these answers: a question for each topic whose red flag is not
        already raised (ticked or derived), and for each flag a raised one asks about."""
        regions = forms["symptoms"].cleaned_data.get("body_regions", [])
        screening_yes = forms["health"].screening_yes()
        flags = [
            *rechecks(own_words_topics(forms), already),
            *asked_again_for(already, regions, screening_yes),
        ]
        return cls(*args, flags=list(dict.fromkeys(flags)), **kwargs)

    def recheck_fields(self) -> list:
        return [self[PREFIX + value] for value in self.flags]

    def rechecked_yes(self) -> list[str]:
        """The red flags answered yes again, from valid data (none before validation)."""
        cleaned = getattr(self, "cleaned_data", {})
        return [value for value in self.flags if cleaned.get(PREFIX + value) == "yes"]
