"""Seed what a patient asks before booking: what to expect from each treatment (clinic content,
kept), and example practitioners, services and premises (is_example, for the clinic to replace).

The example people are fictional and named to look it; their prices are placeholders. They
exist so that a fresh site (`make run`) shows complete team, prices and contact pages. `unload`
removes only rows created here.
"""

from decimal import Decimal

from django.db import migrations


def text(block: str) -> str:
    paragraphs = [" ".join(part.split()) for part in block.strip().split("\n\n")]
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


MASSAGE_CHANGE = text("""
    Many people feel looser or calmer by the end of a session. For a long-standing ache it
    usually takes a few sessions to tell whether massage is helping you, and the effect may
    fade between them. Your therapist will talk with you about how many sessions to try, and
    will say so if it does not seem to be helping.
""")

WHAT_TO_EXPECT = {
    "massage-therapy": {
        "what_to_wear": text("""
            You undress only as far as you are comfortable, usually to your underwear, and you
            are covered with towels throughout; only the part being worked on is uncovered. Tell
            your therapist if you would rather keep more clothing on: the treatment can be
            adapted.
        """),
        "first_visit": text("""
            Your therapist first goes through your health and what you would like from the
            session, and checks anything you told us in your intake. They explain what they plan
            to do and ask for your agreement before they start.

            During the massage you can ask for lighter or firmer pressure at any time, or ask to
            stop. Tell us about any allergy to oils or lotions.
        """),
        "noticing_a_change": MASSAGE_CHANGE,
    },
    "medical-massage": {
        "what_to_wear": text("""
            Wear or bring comfortable clothing; you may be asked to undress the area being
            treated, and you are covered with towels. Shorts help if your legs or hips are to be
            worked on.
        """),
        "first_visit": text("""
            A first visit starts with an assessment: where it hurts, what makes it better or
            worse, and how you move. Your therapist agrees a goal with you and explains the
            techniques they suggest, such as trigger point work or myofascial release.

            Deeper work can be uncomfortable for a moment, but should never be more than you
            can easily bear: say so and the pressure will change. Some people feel a little sore
            for a day or two afterwards, much as after exercise.
        """),
        "noticing_a_change": MASSAGE_CHANGE,
    },
    "relaxation-massage": {
        "what_to_wear": text("""
            You undress only as far as you are comfortable, and you are covered with towels
            throughout. Nothing special is needed; loose clothes are easiest to put back on.
        """),
        "first_visit": text("""
            After a few questions about your health, your therapist uses long, slow strokes with
            light to medium pressure, usually with oil. You can talk or stay quiet, whichever
            you prefer, and ask for any change at any time.
        """),
        "noticing_a_change": text("""
            Many people feel calmer by the end of the first session. If you come to help with
            stress or sleep, it may take a few regular sessions to tell whether it makes a
            lasting difference for you.
        """),
    },
    "acupressure": {
        "what_to_wear": text("""
            Loose, comfortable clothing. Acupressure is given through clothing, so you do not
            need to undress, and no oil is used.
        """),
        "first_visit": text("""
            Your practitioner asks about your health and what you hope for, then presses on
            chosen points with their fingers, thumbs or palms, usually while you lie or sit
            comfortably. Firm pressure on a point can feel tender; tell them if it is too much.

            If you would like to help yourself between sessions, ask to be shown a few points
            you can press at home.
        """),
        "noticing_a_change": text("""
            Some people notice a change within a session or two; for others it takes several,
            and for some it does not help. Studies suggest it may help with some kinds of nausea
            and pain, but results vary from person to person. Your practitioner will review with
            you whether it is worth going on.
        """),
    },
    "acupuncture": {
        "what_to_wear": text("""
            Loose clothing that you can roll up above your elbows and knees, as many points are
            on the arms and lower legs. You may be asked to uncover your back or shoulders, and
            you are covered with towels.
        """),
        "first_visit": text("""
            A first visit is longer than later ones. Your acupuncturist asks about your health,
            including any medicines such as blood thinners, and whether you have a pacemaker or
            another implanted device. They explain which points they plan to use.

            The needles are very fine, sterile and used once only. You may feel a brief prick or
            a dull ache as each goes in. They usually stay in for around 20 to 30 minutes while
            you rest. A little bruising or tiredness afterwards is not unusual.
        """),
        "noticing_a_change": text("""
            Acupuncture is often given as a course of several sessions, and many people need a
            few before they can tell whether it helps. Studies suggest it may help some people
            with chronic pain and migraine, but not everyone benefits. Your acupuncturist will
            review with you how it is going and suggest stopping if it is not helping.
        """),
    },
}

PRACTITIONERS = [
    {
        "slug": "alex-example",
        "name": "Alex Example",
        "role": "Massage therapist",
        "gives": ["massage-therapy", "medical-massage", "relaxation-massage"],
        "qualifications": "Diploma in massage therapy (example)\nCertificate in myofascial release (example)",
        "registrations": ["Example register of massage therapists, no. EX-0001"],
        "languages": "English, French",
        "bio": text("""
            Alex is an example profile, made up for this demonstration site. Alex gives medical
            massage to people recovering from strains and long-standing back and neck pain, and
            relaxation massage to people who want to unwind.
        """),
    },
    {
        "slug": "sam-sample",
        "name": "Sam Sample",
        "role": "Acupuncturist",
        "gives": ["acupuncture", "acupressure"],
        "qualifications": "Degree in acupuncture (example)",
        "registrations": ["Example register of acupuncturists, no. EX-0002"],
        "languages": "English, Spanish",
        "bio": text("""
            Sam is an example profile, made up for this demonstration site. Sam gives
            acupuncture, and acupressure for people who would rather avoid needles.
        """),
    },
    {
        "slug": "kit-demo",
        "name": "Kit Demo",
        "role": "Acupressure practitioner",
        "gives": ["acupressure", "relaxation-massage"],
        "qualifications": "Certificate in acupressure (example)",
        "registrations": [],
        "languages": "English",
        "bio": text("""
            Kit is an example profile, made up for this demonstration site. Kit gives
            acupressure and relaxation massage, and enjoys teaching people a few points they can
            press for themselves at home.
        """),
    },
]

# (modality, name, description, minutes, price)
SERVICES = [
    ("medical-massage", "First visit", "With an assessment of where it hurts and how you move.", 60, "65"),
    ("medical-massage", "Follow-up", "", 45, "50"),
    ("relaxation-massage", "Relaxation massage", "", 60, "55"),
    ("relaxation-massage", "Short massage", "Back, neck and shoulders.", 30, "35"),
    ("acupressure", "First visit", "With questions about your health and goals.", 60, "60"),
    ("acupressure", "Follow-up", "", 45, "45"),
    ("acupuncture", "First visit", "With questions about your health and goals.", 75, "70"),
    ("acupuncture", "Follow-up", "", 45, "52"),
]

LOCATION = {
    "name": "Our clinic",
    "getting_here": text("""
        This is example text for the demonstration site. Tell patients the nearest bus stops
        and station, how long the walk is, and where to lock a bicycle.
    """),
    "step_free_access": text("""
        Example: there is a level entrance from the street, and all treatment rooms are on the
        ground floor. Doors are at least 80 cm wide.
    """),
    "parking": text("""
        Example: two parking spaces behind the building, one of them a wider accessible bay.
        Ask us to keep it free for you when you book.
    """),
    "facilities": text("""
        Example: an accessible toilet, a treatment couch that can be lowered, and chairs with
        arms in the waiting room.
    """),
}


def load(apps, schema_editor):
    Modality = apps.get_model("treatments", "Modality")
    modalities = {m.slug: m for m in Modality.objects.all()}
    WhatToExpect = apps.get_model("treatments", "WhatToExpect")
    for slug, fields in WHAT_TO_EXPECT.items():
        if slug in modalities:
            WhatToExpect.objects.update_or_create(modality=modalities[slug], defaults=fields)

    Practitioner = apps.get_model("treatments", "Practitioner")
    Registration = apps.get_model("treatments", "Registration")
    for order, data in enumerate(PRACTITIONERS, start=1):
        practitioner, _ = Practitioner.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "role": data["role"],
                "qualifications": data["qualifications"],
                "languages": data["languages"],
                "bio": data["bio"],
                "is_example": True,
                "display_order": order * 10,
            },
        )
        practitioner.modalities.set([modalities[s] for s in data["gives"] if s in modalities])
        for text_ in data["registrations"]:
            Registration.objects.get_or_create(practitioner=practitioner, text=text_)

    Service = apps.get_model("treatments", "Service")
    for order, (slug, name, description, minutes, price) in enumerate(SERVICES, start=1):
        if slug in modalities:
            Service.objects.update_or_create(
                modality=modalities[slug],
                name=name,
                defaults={
                    "description": description,
                    "duration_minutes": minutes,
                    "price": Decimal(price),
                    "is_example": True,
                    "display_order": order * 10,
                },
            )

    apps.get_model("treatments", "Location").objects.update_or_create(
        name=LOCATION["name"], is_example=True, defaults=LOCATION
    )


def unload(apps, schema_editor):
    get = apps.get_model
    get("treatments", "Location").objects.filter(is_example=True).delete()
    get("treatments", "Service").objects.filter(is_example=True).delete()
    get("treatments", "Practitioner").objects.filter(
        slug__in=[data["slug"] for data in PRACTITIONERS]
    ).delete()
    get("treatments", "WhatToExpect").objects.filter(modality__slug__in=WHAT_TO_EXPECT).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("treatments", "0007_practitioners_services_locations"),
    ]

    operations = [migrations.RunPython(load, unload)]
