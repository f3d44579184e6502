"""Correct the seeded treatment content (issue 10): regulation, overstated claims, evidence labels.

- Regulation: "licensed" practitioners and "only a licensed practitioner may insert needles" were
  wrong for a UK clinic and not true everywhere in the US. The pages now say "trained"; the
  clinic's own statement comes from settings (Modality.profession picks which one), and the
  UK and US rules are each labelled as such. The FDA rule is described as what it is: a US
  rule on acupuncture needles as medical devices, not on who may practise.
- Overstated claims (cortisol, "breaks down adhesions", relief "by improving circulation",
  home needling "with approval", "many people benefit from both") are reworded and hedged,
  and evidence labels follow mainstream summaries (NHS, NICE, NCCIH, Cochrane).
- The US "one in five" chronic-pain figure is labelled as American, with a UK estimate beside it.
- Moxibustion and reflexology are named where acupressure is combined with other therapies.

Each correction replaces one passage of the seeded text, so any other edit staff have made in
the admin is kept. A passage staff have already rewritten is left alone and listed on the
console, so nothing changes silently. Reversing keeps the corrected text (it was never right
to go back to the old) and only gives the "Who can practise" row its old fact again.
"""

from typing import NamedTuple

from django.db import migrations


def p(block: str) -> str:
    """Text as stored: a blank line separates paragraphs; other line breaks and indents, which
    are only the source layout, become single spaces (as in 0002's `text()`)."""
    paragraphs = [" ".join(part.split()) for part in block.strip().split("\n\n")]
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


class Fix(NamedTuple):
    model: str
    lookup: dict
    field: str
    old: str
    new: str


def modality(slug: str, field: str, old: str, new: str) -> Fix:
    return Fix("Modality", {"slug": slug}, field, p(old), p(new))


def aspect_value(aspect: str, slug: str, old: str, new: str) -> Fix:
    return Fix("AspectValue", {"aspect__slug": aspect, "modality__slug": slug}, "text", p(old), p(new))


def condition(slug: str, old: str, new: str) -> Fix:
    return Fix("Condition", {"slug": slug}, "summary", p(old), p(new))


def use(condition_slug: str, slug: str, field: str, old: str, new: str) -> Fix:
    lookup = {"condition__slug": condition_slug, "modality__slug": slug}
    return Fix("ConditionUse", lookup, field, p(old), p(new))


def comparison(slug: str, field: str, old: str, new: str) -> Fix:
    return Fix("Comparison", {"slug": slug}, field, p(old), p(new))


def entry(comparison_slug: str, slug: str, old: str, new: str) -> Fix:
    lookup = {"comparison__slug": comparison_slug, "modality__slug": slug}
    return Fix("ComparisonEntry", lookup, "may_suit_you", p(old), p(new))


def added_paragraph(after: str, paragraph: str) -> tuple[str, str]:
    """(old, new) that keep the paragraph `after` and add `paragraph` below it."""
    return after, f"{p(after)}\n\n{p(paragraph)}"


MASSAGE_REGULATION = """
    Who may give massage depends on where you live. In the UK, massage therapists are not
    regulated by law: voluntary registers accredited by the Professional Standards Authority list
    those who meet agreed standards, and some councils, London's among them, require a licence
    for premises where massage is given. In the US, most states require massage therapists to hold a state licence, and
    the rules differ from state to state.
"""

FIXES = [
    # ----- Massage therapy ------------------------------------------------------------------
    modality(
        "massage-therapy",
        "summary",
        "by a licensed massage therapist",
        "by a trained massage therapist",
    ),
    modality(
        "massage-therapy",
        "body",
        "A licensed massage therapist works on",
        "A trained massage therapist works on",
    ),
    modality(
        "massage-therapy",
        "body",
        """Therapists say it may help blood reach the tissues with oxygen and nourishment, support
        lymphatic drainage, work out knots, and ease the muscle tension behind some aches, so that
        you can move more freely, with more flexibility and a better range of motion. Many people
        also find that it settles the stress they carry in their body.""",
        """Therapists describe it as helping blood reach the tissues, supporting lymphatic drainage,
        working out knots and easing the muscle tension behind some aches, so that you can move
        more freely. Those explanations have not been well tested. What studies suggest is more
        modest: massage may ease some kinds of pain, and anxiety, for a while, and many people
        find that it settles the stress they carry in their body.""",
    ),
    modality(
        "massage-therapy",
        "body",
        *added_paragraph(
            """Massage is something another person gives you. Unlike acupressure, it is not easy
            to do well on yourself.""",
            MASSAGE_REGULATION,
        ),
    ),
    modality("massage-therapy", "practitioner", "A licensed massage therapist", "A trained massage therapist"),
    # ----- Medical massage ------------------------------------------------------------------
    modality(
        "medical-massage",
        "summary",
        "from a licensed massage therapist who has specialised training.",
        "from a massage therapist who has specialised training.",
    ),
    modality(
        "medical-massage",
        "body",
        "It is the work of a licensed massage therapist who has specialised training for it",
        "It is the work of a massage therapist who has specialised training for it",
    ),
    modality(
        "medical-massage",
        "body",
        """Therapists say this work may improve blood flow to the area, ease inflammation and
        muscle tension, break down the adhesions and scar tissue that can form after an injury,
        and help you move more freely. It is often used for chronic pain, joint pain,
        fibromyalgia, sciatica and arthritis, and it often sits within a wider plan that may
        include physiotherapy, chiropractic care or acupuncture.""",
        """Therapists often say this work improves circulation, eases inflammation and breaks
        down adhesions, the bands of scar tissue that can form after an injury. Those
        explanations are unproven: pressure from the hands has not been shown to break down scar
        tissue, and how massage eases pain is not well understood. Studies suggest it may give
        some people short-term relief from pain and stiffness and help them move more freely.
        It is often used for chronic pain, joint pain, fibromyalgia, sciatica and arthritis,
        usually within a wider plan that may include exercise, physiotherapy, chiropractic care
        or acupuncture.""",
    ),
    modality(
        "medical-massage",
        "body",
        """Trigger point therapy looks for tight knots in a muscle that can send pain to other
        parts of the body, and presses on them until they soften.""",
        """Trigger point therapy looks for tender knots in a muscle, which are thought to send
        pain to other parts of the body, and holds pressure on them to help them ease.""",
    ),
    modality(
        "medical-massage",
        "practitioner",
        "A licensed massage therapist who has specialised training in medical massage",
        "A massage therapist who has specialised training in medical massage",
    ),
    # ----- Relaxation massage ---------------------------------------------------------------
    modality(
        "relaxation-massage",
        "body",
        """, and it may help lower cortisol, a hormone linked with stress. People often say they
        feel calmer, clearer in their thinking and better able to sleep afterwards. It may also
        ease general muscle tightness and help circulation, but it is not meant as a treatment
        for specific medical conditions.""",
        """. It is often said to lower cortisol, a hormone linked with stress, but studies that
        measured cortisol have given inconsistent results. Some studies suggest massage may ease
        anxiety for a while, and people often say they feel calmer and sleep better afterwards.
        It may also ease general muscle tightness, but it is not meant as a treatment for
        specific medical conditions.""",
    ),
    modality("relaxation-massage", "practitioner", "A licensed massage therapist", "A trained massage therapist"),
    # ----- Acupressure ----------------------------------------------------------------------
    modality(
        "acupressure",
        "body",
        *added_paragraph(
            """To be clear about the evidence: nothing proves that acupressure works in general,
            although a few studies suggest it may ease some kinds of pain and nausea. Once you
            have learnt the points, from a practitioner’s demonstration or from videos, you can
            often use it on yourself at home.""",
            """Acupressure can be given on its own or combined with other complementary
            therapies. Two often paired with it are moxibustion, in which a dried herb (usually
            mugwort) is warmed near the acupoints, and reflexology, which works with pressure on
            points of the feet or hands. Neither has strong evidence behind it, and moxibustion
            uses heat, so it can burn the skin; ask us whether we offer them.""",
        ),
    ),
    # ----- Acupuncture ----------------------------------------------------------------------
    modality(
        "acupuncture",
        "summary",
        "in which a licensed acupuncturist places",
        "in which a trained acupuncturist places",
    ),
    modality(
        "acupuncture",
        "body",
        "A licensed acupuncturist inserts super-fine needles",
        "A trained acupuncturist inserts super-fine needles",
    ),
    modality(
        "acupuncture",
        "body",
        "a modern explanation is that it prompts the body to release endorphins",
        "one modern explanation, still being studied, is that it prompts the body to release endorphins",
    ),
    modality(
        "acupuncture",
        "body",
        """Placing needles well is a fine skill that takes long study, and only a licensed
        practitioner may do it. In the United States, the Food and Drug Administration (FDA)
        classes acupuncture needles as medical devices and regulates them. Many studies have
        looked at acupuncture for pain, and they suggest it may help some people manage pain
        conditions.""",
        """Placing needles well is a fine skill that takes long training. Who may practise
        depends on where you live. In the UK, acupuncturists are not regulated by law (doctors,
        nurses and physiotherapists who use acupuncture are regulated in their own professions):
        voluntary registers accredited by the Professional Standards Authority list acupuncturists
        who meet agreed standards, and in many areas the premises where acupuncture is given must
        be registered with the local council. In the US, most states require acupuncturists to
        hold a state licence, and the rules vary from state to state; separately, a US rule of the Food and Drug
        Administration (FDA) classes acupuncture needles as medical devices, to be used by
        practitioners whom the states judge qualified. That rule is about the needles, not about
        who may practise.

        Many studies have looked at acupuncture for pain, and they suggest it may help some
        people manage some long-term pain conditions. In England, NICE guidance lists a course of
        acupuncture among the options to consider for some chronic pain and for preventing
        migraine.""",
    ),
    modality(
        "acupuncture",
        "body",
        "and it is often combined with massage: practitioners describe",
        "and it is sometimes combined with massage: practitioners describe",
    ),
    modality(
        "acupuncture",
        "session",
        """Kits for home acupuncture exist, but use one only if a licensed acupuncturist has
        approved it for you.""",
        """Please do not try needling yourself with a home kit: placing needles safely takes
        training, and self-needling risks infection and injury. If you would like something to do
        between sessions, ask us to show you acupressure points you can press yourself.""",
    ),
    modality(
        "acupuncture",
        "practitioner",
        "A licensed acupuncturist; only a licensed practitioner may insert needles",
        "A trained acupuncturist",
    ),
    # ----- Comparison rows: who can practise, how it is learnt, self-administration ---------
    aspect_value(
        "who-can-practise",
        "massage-therapy",
        "A licensed massage therapist.",
        """A trained massage therapist. UK: not regulated by law; there are voluntary registers
        accredited by the Professional Standards Authority, and some councils require a licence
        for massage premises. US: most states require a state licence, with rules that vary
        by state.""",
    ),
    aspect_value(
        "who-can-practise",
        "medical-massage",
        "A licensed massage therapist who has specialised training in medical massage.",
        """A massage therapist with specialised training in medical massage. UK and US rules are
        those for massage therapy: voluntary registers in the UK, state licensing in most of the
        US.""",
    ),
    aspect_value(
        "who-can-practise",
        "relaxation-massage",
        "A licensed massage therapist.",
        """A trained massage therapist. UK and US rules are those for massage therapy: voluntary
        registers in the UK, state licensing in most of the US.""",
    ),
    aspect_value(
        "who-can-practise",
        "acupressure",
        """A trained acupressure practitioner in the clinic; anyone can learn to use it on
        themselves.""",
        """A trained acupressure practitioner in the clinic; anyone can learn to use it on
        themselves. UK: not regulated by law. US: the rules vary by state.""",
    ),
    aspect_value(
        "who-can-practise",
        "acupuncture",
        """Only a licensed acupuncturist may insert the needles, which the US Food and Drug
        Administration (FDA) regulates as a medical device.""",
        """A trained acupuncturist. UK: not regulated by law (doctors, nurses and
        physiotherapists who needle are regulated in their own professions); there are voluntary
        registers accredited by the Professional Standards Authority, and in many areas the
        premises must be registered with the local council. US: most states require a state
        licence, with rules that vary; a separate US rule of the FDA classes acupuncture
        needles as medical devices, for use by practitioners the states judge qualified.""",
    ),
    Fix(
        "ComparisonAspect",
        {"slug": "who-can-practise"},
        "description",
        "Who may give the treatment, and whether a licence is needed.",
        "Who gives the treatment here, and how it is regulated in the UK and the US.",
    ),
    aspect_value(
        "how-it-is-learnt",
        "massage-therapy",
        "Through formal training in massage therapy, followed by a licence.",
        """Through a formal course in massage therapy, then registration with a professional
        body or, where the law requires it, a licence.""",
    ),
    aspect_value(
        "how-it-is-learnt",
        "medical-massage",
        "A massage therapy licence plus specialised training",
        "Massage therapy training plus specialised training",
    ),
    aspect_value(
        "how-it-is-learnt",
        "relaxation-massage",
        "Massage therapy training and a licence, including Swedish massage techniques.",
        "Massage therapy training, including Swedish massage techniques.",
    ),
    aspect_value(
        "how-it-is-learnt",
        "acupuncture",
        "Long study of needle placement and a licence; it is not something to learn from videos.",
        """Long study of needle placement, anatomy and safe practice, with supervised clinical
        training; it is not something to learn from videos.""",
    ),
    aspect_value(
        "self-administration",
        "acupuncture",
        """Needles must be placed by a licensed practitioner; home kits exist but should only be
        used with a licensed acupuncturist’s approval.""",
        """Needles are placed by a trained practitioner. Home needling kits are sold, but we
        advise against needling yourself; acupressure on the same points is the way to carry on
        at home.""",
    ),
    # ----- Conditions -----------------------------------------------------------------------
    condition(
        "chronic-pain",
        "It is very common: about one in five adults in the United States lives with it.",
        """It is very common. In the UK, a 2016 review of population studies (Fayaz and
        colleagues, BMJ Open) estimated that between one third and one half of adults live with
        some chronic pain; in the United States, national health surveys put the figure at about
        one in five adults. Estimates differ with how chronic pain is defined and measured.""",
    ),
    use(
        "joint-pain",
        "medical-massage",
        "note",
        """Often used for joint pain and stiffness, to improve circulation and loosen the
        surrounding muscles. Study results are mixed.""",
        """Often used for joint pain and stiffness, to loosen the muscles around the joint. Study
        results are mixed, and any relief tends to be short-lived.""",
    ),
    use("stress-anxiety", "relaxation-massage", "evidence", "studied", "mixed"),
    use(
        "stress-anxiety",
        "relaxation-massage",
        "note",
        """Some studies suggest relaxation massage may reduce anxiety and lower cortisol, a
        stress hormone, by encouraging the parasympathetic nervous system.""",
        """Some studies suggest massage may ease anxiety for a while. It is often said to lower
        cortisol, a stress hormone, but studies that measured cortisol have found little or
        inconsistent change.""",
    ),
    use("nausea-vomiting", "acupressure", "evidence", "studied", "mixed"),
    use(
        "nausea-vomiting",
        "acupressure",
        "note",
        """Studies suggest that pressing points on the inner wrist, or on the ear (auricular
        acupressure), may lessen sickness and vomiting after surgery and with chemotherapy for
        some people.""",
        """After surgery, reviews of studies suggest that pressing a point on the inner wrist may
        reduce nausea and vomiting for some people. With chemotherapy the evidence is weaker:
        acupressure may ease nausea a little, but there is little sign that it reduces vomiting.
        Pressing points on the ear (auricular acupressure) has been studied less.""",
    ),
    use("menstrual-pain", "acupressure", "evidence", "studied", "mixed"),
    use(
        "menstrual-pain",
        "acupressure",
        "note",
        """Studies suggest acupressure may help ease menstrual pain for some people, and the
        points can be learnt for use at home.""",
        """A few small studies suggest acupressure may ease period pain for some people, but
        reviews judge the evidence to be of low quality and the results mixed. If you would like
        to try it, the points can be learnt for use at home.""",
    ),
    use(
        "labour-pain",
        "acupressure",
        "note",
        "one study of women after childbirth found less discomfort and a quicker recovery.",
        """one small study of women after childbirth reported less discomfort. Larger, better
        studies are needed.""",
    ),
    use(
        "fibromyalgia",
        "medical-massage",
        "note",
        "Often used to release muscle tension and improve circulation.",
        "Often used to ease muscle tension.",
    ),
    use(
        "arthritis",
        "medical-massage",
        "note",
        """Some studies suggest massage may ease pain and stiffness in arthritis by improving
        circulation and relaxing the muscles around the joints.""",
        """Some studies suggest massage may ease pain and stiffness for a while, mostly in
        osteoarthritis of the knee. How it might help is not known, and it does not change the
        joint itself.""",
    ),
    condition(
        "injury-recovery",
        "and scar tissue can form adhesions that limit movement.",
        "and healing tissue can leave the area stiff.",
    ),
    use(
        "injury-recovery",
        "medical-massage",
        "note",
        """Used in rehabilitation to improve circulation, break down adhesions and scar tissue,
        and help restore normal movement, often alongside physiotherapy.""",
        """Used in rehabilitation, often alongside physiotherapy and exercise, to ease tightness
        and help you move more comfortably. Claims that massage breaks down adhesions or scar
        tissue are unproven.""",
    ),
    use(
        "limited-mobility",
        "medical-massage",
        "note",
        """Targeted work on tight muscle groups and adhesions aims to improve range of motion and
        restore normal movement.""",
        "Targeted work on tight muscle groups aims to improve range of motion and ease movement.",
    ),
    use(
        "cancer-related-fatigue",
        "acupressure",
        "note",
        """Early studies of acupressure for long-lasting cancer-related fatigue have shown
        promising results, but more research is needed.""",
        """A few early, small studies of acupressure for long-lasting cancer-related fatigue
        have shown promising results, but they are not conclusive and more research is
        needed.""",
    ),
    # ----- Curated comparisons --------------------------------------------------------------
    comparison(
        "massage-therapy-vs-acupressure",
        "similarities",
        """They also combine well. Some therapists add acupressure to a massage to loosen
        stubborn, long-held tension,""",
        """They can also be combined. Some therapists add acupressure to a massage for stubborn,
        long-held tension,""",
    ),
    comparison(
        "massage-therapy-vs-acupressure",
        "similarities",
        "You might also use acupressure at home between massage sessions.",
        """Acupressure is also often paired with other complementary therapies, such as
        moxibustion (gentle heat from a dried herb held near the acupoints) and reflexology
        (pressure on points of the feet or hands). You might also use acupressure at home
        between massage sessions.""",
    ),
    comparison(
        "acupuncture-vs-acupressure",
        "introduction",
        """Chronic pain affects roughly one in five adults in the United States, and it is among
        the commonest reasons people try either treatment.""",
        """Chronic pain is among the commonest reasons people try either treatment, and it is
        widespread: a 2016 review estimated that between one third and one half of adults in the
        UK live with it, and US surveys put the figure there at about one in five adults.""",
    ),
    comparison(
        "acupuncture-vs-acupressure",
        "similarities",
        "Acupuncture must be given by a licensed practitioner; acupressure can be learnt and used at home.",
        """Acupuncture is given by a trained practitioner, and we advise against needling
        yourself; acupressure can be learnt and used at home.""",
    ),
    entry(
        "acupuncture-vs-acupressure",
        "acupuncture",
        "you would like several areas treated in one session by a licensed practitioner;",
        "you would like several areas treated in one session by a trained practitioner;",
    ),
    comparison(
        "medical-massage-vs-relaxation-massage",
        "introduction",
        "given by licensed massage therapists,",
        "given by trained massage therapists,",
    ),
    comparison(
        "medical-massage-vs-relaxation-massage",
        "similarities",
        """and both may improve circulation and ease general muscle tension. Both are given by
        licensed massage therapists,""",
        """and both may ease general muscle tension. Both are given by trained massage
        therapists,""",
    ),
    comparison(
        "medical-massage-vs-relaxation-massage",
        "similarities",
        """Many people benefit from both. Medical massage can deal with a specific problem, while
        relaxation massage helps keep stress in check; alternating between the two may help your
        body recover and support your wellbeing over time.""",
        """Some people choose both: medical massage for a specific problem, and relaxation
        massage to help them unwind. Whether alternating between the two helps more than either
        alone has not been studied; your therapist can help you decide what suits you.""",
    ),
]

# Which profession's regulation statement (settings) each seeded modality shows.
PROFESSIONS = {
    "massage-therapy": "massage",
    "medical-massage": "massage",
    "relaxation-massage": "massage",
    "acupressure": "acupressure",
    "acupuncture": "acupuncture",
}


def apply_fix(apps, fix: Fix) -> bool:
    """Applies one correction; False when the passage is neither there nor already corrected."""
    row = apps.get_model("treatments", fix.model).objects.filter(**fix.lookup).first()
    if row is None:
        return False
    value = getattr(row, fix.field)
    if fix.new in value and (fix.old not in value or fix.old in fix.new):
        return True  # already corrected (a second run, or staff got there first)
    if fix.old not in value:
        return False
    setattr(row, fix.field, value.replace(fix.old, fix.new, 1))
    row.save(update_fields=[fix.field])
    return True


def correct(apps, schema_editor):
    Modality = apps.get_model("treatments", "Modality")
    for slug, profession in PROFESSIONS.items():
        Modality.objects.filter(slug=slug, profession="").update(profession=profession)
    apps.get_model("treatments", "ComparisonAspect").objects.filter(
        slug="who-can-practise", fact="licence_required"
    ).update(fact="regulation")

    skipped = [fix for fix in FIXES if not apply_fix(apps, fix)]
    for fix in skipped:
        print(  # the only way a migration can tell the person running it
            f"\n  Content correction not applied, please check by hand: {fix.model} "
            f"{fix.lookup} {fix.field}: {fix.new[:60]}…"
        )


def restore_fact(apps, schema_editor):
    apps.get_model("treatments", "ComparisonAspect").objects.filter(
        slug="who-can-practise", fact="regulation"
    ).update(fact="licence_required")


class Migration(migrations.Migration):
    dependencies = [
        ("treatments", "0004_modality_profession"),
    ]

    operations = [
        migrations.RunPython(correct, restore_fact),
    ]
