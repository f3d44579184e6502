"""factory_boy factories for made-up staff and patients.

`SubmissionFactory` saves an intake the way the site does (`submission_save`: the engine's
snapshot, the red-flag urgency, one screening answer per precaution asked), so the admin shows
it as it would a real one. `RandomSubmissionFactory` builds unsaved, varied intakes for bulk
inserts; `past_patient` makes an intake a past patient with answered follow-ups.

Nothing is real: emails use the reserved example.* domains and phone numbers the ranges set
aside for drama, so no message can reach anyone.
"""

import datetime
import uuid

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from factory.fuzzy import FuzzyChoice
from factory.random import randgen

from intake.models import (
    REFERENCE_ALPHABET,
    REFERENCE_LENGTH,
    BodyRegion,
    ContactMethod,
    Curiosity,
    Duration,
    FollowUp,
    Goal,
    NeedleFeeling,
    Outcome,
    PressurePreference,
    ScreeningAnswer,
    SelfCareInterest,
    Submission,
)
from intake.services import CONSENT_VERSION, submission_save, suggestion_fields
from intake.triage.redflags import ASKED_FLAGS, urgency_of
from treatments.models import Modality, Precaution


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@clinic.example")
    password = factory.django.Password("a long test password")


class ReviewerFactory(UserFactory):
    """Staff in the Reviewers group, which the migrations create."""

    is_staff = True

    class Meta:
        skip_postgeneration_save = True  # the hook adds a group; the user row is saved already

    @factory.post_generation
    def in_reviewers_group(user, create, extracted, **kwargs):
        if create:
            user.groups.add(Group.objects.get(name="Reviewers"))


class SubmissionFactory(factory.Factory):
    """A submitted intake; any answer can be given as a keyword, and `screening_yes` maps a
    precaution's slug to the detail of a "yes" (every other precaution is answered no).
    `engine_data` (intake.triage.suggest.load_engine_data) saves reading it again for each of
    many; `idempotency_key` a fixed one makes the intake once however often it is asked for."""

    class Meta:
        model = Submission

    idempotency_key = factory.LazyFunction(uuid.uuid4)
    full_name = factory.Sequence(lambda n: f"Patient {n}")
    date_of_birth = datetime.date(1980, 5, 14)
    email = factory.LazyAttribute(lambda s: f"{s.full_name.split()[0].lower()}@example.org")
    phone = ""
    contact_method = "email"
    main_concern = "Aching shoulders after long days at a desk."
    body_regions = factory.List(["shoulders"])
    pain_now = 3
    pain_week_average = 3
    duration = "6_to_12_weeks"
    interference = 3
    conditions = factory.List([])
    goals = factory.List([])
    pregnancy_weeks = None
    red_flags = factory.List([])
    needles = "unsure"
    pressure = "no_preference"
    self_care = "maybe"
    curious_about = factory.List([])
    anything_else = ""
    screening_yes = factory.Dict({})

    @classmethod
    def _create(
        cls, model_class, *args, idempotency_key, screening_yes, engine_data=None, **fields
    ):
        screening = [
            (precaution, precaution.slug in screening_yes, screening_yes.get(precaution.slug, ""))
            for precaution in Precaution.objects.asked()
        ]
        submission, _ = submission_save(
            key=idempotency_key,
            fields=fields,
            screening=screening,
            acknowledge=False,
            engine_data=engine_data,
        )
        return submission


# --- Varied intakes in bulk, for the benchmark (generate_submissions) ---

FIRST_NAMES = """
    Olivia Amelia Isla Ava Mia Grace Sophia Lily Freya Evie Ella Poppy Chloe Aisha Priya Zara
    Hannah Megan Ruth Margaret Joan Siobhan Fatima Mei Ewa Noah Oliver George Arthur Leo Harry
    Oscar Jack Mohammed Rahul Tom James David Peter Kwame Dylan Callum Tomasz Luca Ibrahim Owen
    Rhys Gareth Colin Keith
""".split()  # noqa: SIM905 -- a list one name a line would be a page long
LAST_NAMES = """
    Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Wright Robinson Wood Thompson
    Evans Walker White Roberts Green Hall Thomas Clarke Jackson Wright Hughes Edwards Khan
    Lewis Harris Martin Cooper King Lee Ahmed Begum Nowak Kowalski Murphy O'Brien Campbell
    MacDonald Singh Chen Okafor Mensah Rossi Silva Ali Hussain Shah Price
""".split()  # noqa: SIM905 -- a list one name a line would be a page long
CONCERN_OPENINGS = (
    "Aching {where} that has been getting worse",
    "A stiff, sore {where}, mostly in the mornings",
    "Sharp pain in my {where} when I turn or bend",
    "Tension in my {where} after long days at a desk",
    "A dull ache in my {where} since I started running again",
    "My {where} hurts after lifting my children",
    "Ongoing discomfort in my {where} that keeps me awake",
    "I feel stressed and tense, especially in my {where}",
)
CONCERN_DETAILS = (
    "It started after a fall last winter.",
    "Heat helps a little; sitting for long makes it worse.",
    "My GP suggested trying massage alongside exercises.",
    "I have tried physiotherapy and it helped for a while.",
    "It is worse when I am stressed at work.",
    "Painkillers take the edge off but I would rather not rely on them.",
    "A friend recommended acupuncture for it.",
    "It comes and goes, and is worst at the end of the week.",
    "I sleep badly because of it.",
    "",
)
ANYTHING_ELSE = (
    "I work shifts, so evenings suit me best.",
    "I use a wheelchair; is the treatment room step-free?",
    "I would prefer a female practitioner if possible.",
    "I can only come in on Saturdays.",
    "I am nervous about my first session.",
    "Please call after 5pm.",
    "I have a hearing impairment; email is easier for me.",
)
# How often each precaution is answered yes (others DEFAULT_SCREENING_RATE), and the details.
SCREENING_RATES = {
    "pregnancy": 0.02,
    "blood-thinners": 0.05,
    "implanted-device": 0.01,
    "blood-clot-now": 0.005,
    "blood-clot-past": 0.01,
    "recent-surgery": 0.04,
    "fever": 0.01,
    "cancer-treatment": 0.02,
    "recent-fracture": 0.01,
}
DEFAULT_SCREENING_RATE = 0.03
SCREENING_DETAILS = (
    "Warfarin, daily",
    "A pacemaker fitted in 2021",
    "Knee replacement, two months ago",
    "Nickel, in jewellery",
    "Almond and other nut oils",
    "Left lower leg, last spring",
    "Chemotherapy, finished in March",
    "Eczema on my arms",
    "Wrist fracture in the summer",
)
RED_FLAG_RATE = 0.02
RED_FLAGS = [flag.value for flag in ASKED_FLAGS]
CURIOSITIES = ([], [Curiosity.NOT_SURE], *[[c] for c in Curiosity.values[:3]], Curiosity.values[:2])
YEAR = 365 * 24 * 3600


def random_reference() -> str:
    chars = "".join(randgen.choices(REFERENCE_ALPHABET, k=REFERENCE_LENGTH))
    return f"{chars[:4]}-{chars[4:]}"


def random_key() -> uuid.UUID:
    return uuid.UUID(int=randgen.getrandbits(128), version=4)


def sample(values, sizes) -> list:
    """A sorted sample of `values`, of a size chosen from `sizes`."""
    return sorted(randgen.sample(values, min(randgen.choice(sizes), len(values))))


def status_for(intake) -> str:
    """A review status that fits the intake's age and red flags."""
    age, status = intake.now - intake.created_at, Submission.Status
    if age < datetime.timedelta(days=3):
        return randgen.choice((status.NEW,) * 3 + (status.IN_REVIEW,))
    if intake.red_flags:
        return status.REFERRED
    if age < datetime.timedelta(days=14):
        return randgen.choice((status.IN_REVIEW, status.RECOMMENDED))
    return randgen.choice((status.RECOMMENDED,) * 3 + (status.CLOSED,) * 2)


def screening_for(intake) -> list[tuple[Precaution, bool, str]]:
    """(precaution, yes, detail) for each answer that gets a row: every yes and, with
    `full_screening`, every no too, as a live intake has."""
    rows = []
    for precaution in intake.precautions:
        yes = randgen.random() < SCREENING_RATES.get(precaution.slug, DEFAULT_SCREENING_RATE)
        if precaution.slug == "pregnancy" and intake.now.year - intake.date_of_birth.year > 48:
            yes = False
        detail = ""
        if yes and precaution.slug == "pregnancy":
            detail = str(randgen.randint(8, 36))
        elif yes and precaution.detail_prompt:
            detail = randgen.choice(SCREENING_DETAILS)
        if yes or intake.full_screening:
            rows.append((precaution, yes, detail))
    return rows


class RandomSubmissionFactory(factory.Factory):
    """An unsaved, plausible and valid intake, sent at a time within the past year, with its
    screening answers, unsaved, as `unsaved_answers`. Reseed `factory.random` before each to
    make the same one again (the caller, which knows the references and keys taken, draws
    another on a clash). `precautions`, `condition_slugs` and `engine_data` are read once by
    the caller for all of a batch."""

    class Meta:
        model = Submission

    class Params:
        now = factory.LazyFunction(timezone.now)
        precautions = ()
        condition_slugs = ()
        full_screening = False
        first_name = FuzzyChoice(FIRST_NAMES)
        last_name = FuzzyChoice(LAST_NAMES)
        index = factory.Sequence(int)

    reference = factory.LazyFunction(random_reference)
    idempotency_key = factory.LazyFunction(random_key)
    created_at = factory.LazyAttribute(
        lambda o: o.now - datetime.timedelta(seconds=randgen.randrange(YEAR))
    )
    updated_at = factory.LazyAttribute(
        lambda o: o.created_at + datetime.timedelta(days=randgen.choice((0, 0, 1, 2, 5)))
    )
    full_name = factory.LazyAttribute(lambda o: f"{o.first_name} {o.last_name}")
    date_of_birth = factory.LazyAttribute(
        lambda o: (
            datetime.date(o.now.year - randgen.randint(18, 88), 1, 1)
            + datetime.timedelta(days=randgen.randrange(365))
        )
    )
    email = factory.LazyAttribute(
        lambda o: (
            f"{o.first_name}.{o.last_name}{o.index}@".lower().replace("'", "")
            + randgen.choice(("example.org", "example.com", "example.net"))
        )
    )
    phone = factory.LazyFunction(
        lambda: (
            randgen.choice(("07700 900", "01632 960")) + f"{randgen.randrange(1000):03d}"
            if randgen.random() < 0.45
            else ""
        )
    )
    contact_method = factory.LazyAttribute(
        lambda o: ContactMethod.PHONE if o.phone and randgen.random() < 0.5 else ContactMethod.EMAIL
    )
    body_regions = factory.LazyFunction(lambda: sample(BodyRegion.values, (0, 1, 1, 2, 2, 3)))
    main_concern = factory.LazyAttribute(
        lambda o: (
            randgen.choice(CONCERN_OPENINGS).format(
                where=BodyRegion(o.body_regions[0]).label.lower() if o.body_regions else "body"
            )
            + ". "
            + randgen.choice(CONCERN_DETAILS)
        ).strip()
    )
    pain_now = factory.LazyFunction(lambda: randgen.randint(0, 10))
    pain_week_average = factory.LazyAttribute(
        lambda o: max(0, min(10, o.pain_now + randgen.randint(-2, 2)))
    )
    duration = FuzzyChoice(Duration.values)
    interference = factory.LazyAttribute(
        lambda o: max(0, min(10, o.pain_now + randgen.randint(-3, 1)))
    )
    conditions = factory.LazyAttribute(lambda o: sample(list(o.condition_slugs), (0, 1, 1, 2)))
    goals = factory.LazyFunction(lambda: sample(Goal.values, (1, 1, 2, 2, 3)))
    screening = factory.LazyAttribute(screening_for)
    pregnancy_weeks = factory.LazyAttribute(
        lambda o: next((int(d) for p, yes, d in o.screening if yes and p.slug == "pregnancy"), None)
    )
    red_flags = factory.LazyFunction(
        lambda: sample(RED_FLAGS, (1, 1, 1, 2)) if randgen.random() < RED_FLAG_RATE else []
    )
    has_red_flag = factory.LazyAttribute(lambda o: bool(o.red_flags))
    red_flag_urgency = factory.LazyAttribute(lambda o: urgency_of(o.red_flags))
    status = factory.LazyAttribute(status_for)
    needles = FuzzyChoice(NeedleFeeling.values)
    pressure = FuzzyChoice(PressurePreference.values)
    self_care = FuzzyChoice(SelfCareInterest.values)
    curious_about = factory.LazyFunction(lambda: list(randgen.choice(CURIOSITIES)))
    anything_else = factory.LazyFunction(
        lambda: randgen.choice(ANYTHING_ELSE) if randgen.random() < 0.3 else ""
    )
    consent_version = CONSENT_VERSION
    engine_data = None
    consented_at = factory.LazyAttribute(
        lambda o: o.created_at - datetime.timedelta(seconds=randgen.randrange(1, 30))
    )

    @classmethod
    def _build(cls, model_class, *args, screening, engine_data, **fields):
        submission = model_class(**fields)
        # The same snapshot a live intake stores, so the queue's filters see realistic data.
        yes = [precaution.slug for precaution, answer, _ in screening if answer]
        for name, value in suggestion_fields(submission, yes, engine_data).items():
            setattr(submission, name, value)
        submission.unsaved_answers = [
            ScreeningAnswer(submission=submission, precaution=p, answer=answer, detail=detail)
            for p, answer, detail in screening
        ]
        return submission


# --- Follow-ups and past patients: recommended a treatment, and answered follow-ups since ---


class FollowUpFactory(factory.django.DjangoModelFactory):
    """A follow-up `weeks` after the recommendation was sent (or the intake, if none was),
    invited then, and its link used then."""

    class Meta:
        model = FollowUp

    submission = factory.SubFactory(SubmissionFactory)
    weeks = 2
    due_at = factory.LazyAttribute(
        lambda f: (
            (f.submission.recommendation_sent_at or f.submission.created_at)
            + datetime.timedelta(weeks=f.weeks)
        )
    )
    invited_at = factory.SelfAttribute("due_at")
    used_at = factory.SelfAttribute("due_at")
    expires_at = factory.LazyAttribute(lambda f: f.due_at + datetime.timedelta(days=28))


class OutcomeFactory(factory.django.DjangoModelFactory):
    """The answers to the follow-up `weeks` after, by default about the treatment recommended."""

    class Meta:
        model = Outcome

    class Params:
        weeks = 2

    submission = factory.SubFactory(SubmissionFactory)
    follow_up = factory.SubFactory(
        FollowUpFactory,
        submission=factory.SelfAttribute("..submission"),
        weeks=factory.SelfAttribute("..weeks"),
    )
    answered_at = factory.SelfAttribute("follow_up.used_at")
    modality = factory.SelfAttribute("submission.recommended_modality")
    had_treatment = factory.LazyAttribute(lambda o: o.modality is not None)
    sessions = None
    pain_average = 3
    interference_enjoyment = 3
    interference_activity = 3
    change = Outcome.Change.NO_CHANGE


def past_patient(
    submission: Submission,
    modality: Modality,
    *,
    intake=(6, 6, 6),
    answers=((3, 3, 3),),
    change=Outcome.Change.MUCH_IMPROVED,
    had=True,
    sent: datetime.date | None = None,
    status=Submission.Status.CLOSED,
    interference: int = 4,
    sessions: int | None = None,
) -> Submission:
    """Makes an intake a past patient, sent on the day `sent` (today by default) and
    recommended `modality` two days later: `intake` the PEG items at intake (the interference
    items None: asked before they existed, `interference` standing in), one follow-up answered
    per entry of `answers` (2 then 6 weeks on), the last with `change` (earlier ones: no
    change); `had` the treatment recommended (True), none (False) or another Modality."""
    pain, enjoyment, activity = intake
    created = timezone.make_aware(
        datetime.datetime.combine(sent or timezone.localdate(), datetime.time(12))
    )
    recommended = created + datetime.timedelta(days=2)
    Submission.objects.filter(pk=submission.pk).update(
        created_at=created,
        pain_week_average=pain,
        interference=interference,
        interference_enjoyment=enjoyment,
        interference_activity=activity,
        recommended_modality=modality,
        reviewed_at=recommended,
        recommendation_sent_at=recommended,
        status=status,
    )
    submission.refresh_from_db()
    treatment = modality if had is True else (had or None)
    for number, (weeks, items) in enumerate(zip((2, 6), answers, strict=False), start=1):
        OutcomeFactory(
            submission=submission,
            weeks=weeks,
            had_treatment=had is not False,
            modality=treatment,
            sessions=sessions if treatment else None,
            pain_average=items[0],
            interference_enjoyment=items[1],
            interference_activity=items[2],
            change=change if number == len(answers) else Outcome.Change.NO_CHANGE,
        )
    return submission
