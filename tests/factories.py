"""factory_boy factories for the tests' staff and intakes.

Intakes are saved the way the site saves them (`submission_save`): with the engine's
snapshot, the red-flag urgency and one screening answer per precaution asked, so what the
admin shows for them is what it shows for a real one.
"""

import datetime
import uuid

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from intake.models import FollowUp, Outcome, Submission
from intake.services import submission_save
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
    many."""

    class Meta:
        model = Submission

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
    def _create(cls, model_class, *args, screening_yes, engine_data=None, **fields):
        screening = [
            (precaution, precaution.slug in screening_yes, screening_yes.get(precaution.slug, ""))
            for precaution in Precaution.objects.asked()
        ]
        submission, _ = submission_save(
            key=uuid.uuid4(),
            fields=fields,
            screening=screening,
            acknowledge=False,
            engine_data=engine_data,
        )
        return submission


def answered_follow_up(submission: Submission, *, weeks: int, **answers) -> Outcome:
    """The follow-up `weeks` after the intake, its link used and its questions answered then
    (`answers`: the Outcome's fields)."""
    now = timezone.now()
    follow_up = FollowUp.objects.create(submission=submission, weeks=weeks, due_at=now, used_at=now)
    answered_at = submission.created_at + datetime.timedelta(weeks=weeks)
    return Outcome.objects.create(
        submission=submission, follow_up=follow_up, answered_at=answered_at, **answers
    )


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
):
    """Makes an intake a past patient: `intake` the PEG items at intake (interference items
    None: asked before they existed), one follow-up answered per entry of `answers`, the last
    with `change`; `had` the treatment recommended (True), none (False) or another Modality."""
    pain, enjoyment, activity = intake
    created = timezone.make_aware(
        datetime.datetime.combine(sent or timezone.localdate(), datetime.time(12))
    )
    Submission.objects.filter(pk=submission.pk).update(
        created_at=created,
        pain_week_average=pain,
        interference=4,
        interference_enjoyment=enjoyment,
        interference_activity=activity,
        recommended_modality=modality,
        status=status,
    )
    for number, (weeks, items) in enumerate(zip((2, 6), answers, strict=False), start=1):
        follow_up = FollowUp.objects.create(
            submission=submission, weeks=weeks, due_at=created, invited_at=created, used_at=created
        )
        treatment = modality if had is True else (had or None)
        Outcome.objects.create(
            submission=submission,
            follow_up=follow_up,
            answered_at=created + datetime.timedelta(weeks=weeks),
            had_treatment=had is not False,
            modality=treatment,
            pain_average=items[0],
            interference_enjoyment=items[1],
            interference_activity=items[2],
            change=change if number == len(answers) else Outcome.Change.NO_CHANGE,
        )
