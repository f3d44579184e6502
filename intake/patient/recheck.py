"""On "check your answers": the red-flag questions asked again when the patient's own words
mention them, or another flag or the body map calls for them (asked_again_for below: a fever
with a headache asks about the signs of meningitis, pain on the chest about chest pain), and the
support shown when their words mention thoughts of suicide.

The free-text screen (intake/triage/textscreen.py) infers nothing; it asks. A patient who wrote "my
bottom feels numb" but answered "No" to the numbness question is asked that question once more
before sending, as a plain yes or no (no script needed), and must answer it: a "Yes" becomes a
red flag like any other, with its advice on the confirmation page. Whatever they answer, the
intake carries the "check now" marker for a person to read.
"""

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
# Pain placed on the chest on the body map, though chest pain was answered "no" on the health
# step: the check page asks that question once more. A strained chest muscle is common, but
# chest pain that is new may be the heart's (NHS: chest pain).
ASKED_AGAIN_FOR_REGION = {"chest": "chest_pain_now"}


def asked_again_for(
    flags: list[str] | tuple[str, ...], body_regions: list[str] | tuple[str, ...] = ()
) -> list[str]:
    """The red-flag questions the check page asks because of these flags and the places of
    pain, leaving out any already raised."""
    wanted = [ASKED_AGAIN_WITH[value] for value in flags if value in ASKED_AGAIN_WITH]
    wanted += [ASKED_AGAIN_FOR_REGION[r] for r in body_regions if r in ASKED_AGAIN_FOR_REGION]
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
        flags = [*rechecks(own_words_topics(forms), already), *asked_again_for(already, regions)]
        return cls(*args, flags=list(dict.fromkeys(flags)), **kwargs)

    def recheck_fields(self) -> list:
        return [self[PREFIX + value] for value in self.flags]

    def rechecked_yes(self) -> list[str]:
        """The red flags answered yes again, from valid data (none before validation)."""
        cleaned = getattr(self, "cleaned_data", {})
        return [value for value in self.flags if cleaned.get(PREFIX + value) == "yes"]
