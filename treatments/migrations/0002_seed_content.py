"""Seed the clinic's treatment content: modalities, comparison aspects, conditions, precautions
and curated comparisons.

The text is written for the public from the facts in the clinic's source documents: plain
language, UK spelling, hedged claims and no promise of a cure. Staff edit it in the admin after
this migration has run; `unload` removes only the rows created here, found by slug.

Conventions: `text()` turns an indented triple-quoted block into paragraphs (a blank line
separates paragraphs; single line breaks are only for the source layout). `lines()` keeps one
line per item, for the short "may suit you if…" lists.
"""

from django.db import migrations


def text(block: str) -> str:
    paragraphs = [" ".join(part.split()) for part in block.strip().split("\n\n")]
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def lines(*items: str) -> str:
    return "\n".join(" ".join(item.split()) for item in items)


# ---------------------------------------------------------------------------------------------
# Modalities. Parents come before their kinds.
# ---------------------------------------------------------------------------------------------

MODALITIES = [
    {
        "slug": "massage-therapy",
        "name": "Massage therapy",
        "display_order": 10,
        "parent": None,
        "summary": (
            "Hands-on treatment of the muscles and other soft tissues by a licensed massage "
            "therapist, usually with oil, to ease tension and help you relax."
        ),
        "body": text("""
            Massage therapy is treatment with the hands. A licensed massage therapist works on
            the soft tissues of your body: the muscles, the connective tissue around them, the
            tendons and ligaments, and the skin. The strokes are usually broad and sweep over
            large areas, such as the whole back or the length of a leg, and the pressure and
            movement change as the therapist works.

            Most people come for massage to loosen tight muscles and to unwind. Therapists say
            it may help blood reach the tissues with oxygen and nourishment, support lymphatic
            drainage, work out knots, and ease the muscle tension behind some aches, so that you
            can move more freely, with more flexibility and a better range of motion. Many
            people also find that it settles the stress they carry in their body.

            Massage has no single birthplace. Many cultures developed their own ways of
            massaging over the centuries, and therapists today draw on a wide range of styles.
            We offer two kinds: medical massage, which works towards a specific physical goal,
            and relaxation massage, which is about calm and general wellbeing.

            Massage is something another person gives you. Unlike acupressure, it is not easy to
            do well on yourself.
        """),
        "session": text("""
            Your first visit starts with a short conversation about what brings you in, your
            health, and any areas the therapist should avoid. You then undress to the level you
            are comfortable with and lie on a padded massage table under a sheet or towel; only
            the part being worked on is uncovered. The therapist usually uses oil or lotion so
            that their hands glide over the skin.

            A session usually lasts between 30 and 90 minutes, and an hour is common. The
            pressure can range from gentle to firm, and you can ask for more or less at any
            time. Many people feel warm, loose and a little sleepy afterwards; some feel mild
            soreness for a day or two, especially after deeper work.

            Afterwards, take a moment before you stand up, move gently, and keep the rest of the
            day easy if you can. Let us know if anything felt wrong, or if soreness lasts longer
            than a couple of days.
        """),
        "uses_needles": False,
        "self_administrable": False,
        "licence_required": True,
        "practitioner": "A licensed massage therapist",
        "typical_pressure": "varies",
        "uses_oils": True,
        "typical_tools": "A padded massage table, oil or lotion, towels and sheets",
        "cultural_origin": "Many cultures around the world, each with its own styles",
    },
    {
        "slug": "medical-massage",
        "name": "Medical massage",
        "display_order": 20,
        "parent": "massage-therapy",
        "summary": (
            "Goal-focused massage with firmer, deeper pressure for pain, injury and stiffness, "
            "from a licensed massage therapist who has specialised training."
        ),
        "body": text("""
            Medical massage is massage with a specific physical aim, such as easing a
            particular pain, recovering from an injury or loosening a stiff joint. It is the work of
            a licensed massage therapist who has specialised training for it, and
           
            each session is planned around the areas that are causing you the most pain or
            restriction.

            The therapist uses firmer pressure and targeted techniques. Deep tissue massage works
            down into the deep muscle layers and the connective tissue
            beneath the surface. Trigger point therapy
            looks for tight knots in a muscle that can send pain to other parts of the body,
            and presses on them until they soften. Myofascial release works on the fascia, the
            sheet of connective tissue wrapped around the muscles, where it has become tight or
            restricted.

            Therapists say this work may improve blood flow to the area, ease inflammation and
            muscle tension, break down the adhesions and scar tissue that can form after an
            injury, and help you move more freely. It is often used for chronic pain, joint
            pain, fibromyalgia, sciatica and arthritis, and it often sits within a wider plan
            that may include physiotherapy, chiropractic care or acupuncture.
        """),
        "session": text("""
            We start by asking about your symptoms, what makes them better or worse, and what
            you would like to be able to do again. The therapist may watch how you move before
            and during the session, so clothes you can move in are useful. For the hands-on
            part you lie on a massage table, covered except for the area being treated, and oil
            or lotion is usually used.

            Sessions usually last 30 to 60 minutes and focus on one or a few areas rather than
            the whole body. Deep work can feel intense, and at times uncomfortable, where the
            tissue is stiff or sore. It should never be more than you can bear: say so, and the
            therapist will ease off.

            Some tenderness for a day or two afterwards is common, and gentle movement, warmth
            and rest usually help. Your therapist may suggest a short course of sessions and a
            few simple stretches between them; we will
            review your progress together rather than promise a result.
        """),
        "uses_needles": False,
        "self_administrable": False,
        "licence_required": True,
        "practitioner": (
            "A licensed massage therapist who has specialised training in medical massage"
        ),
        "typical_pressure": "firm",
        "uses_oils": True,
        "typical_tools": (
            "A massage table, oil or lotion, and the therapist’s hands, forearms and elbows"
        ),
        "cultural_origin": (
            "Modern clinical practice, built on massage traditions from many cultures"
        ),
    },
    {
        "slug": "relaxation-massage",
        "name": "Relaxation massage",
        "display_order": 30,
        "parent": "massage-therapy",
        "summary": (
            "Gentle massage with long, flowing strokes and lighter pressure, aimed at calm and "
            "general wellbeing rather than at a specific condition."
        ),
        "body": text("""
            Relaxation massage is designed to help you unwind. The therapist uses long, smooth,
            rhythmic strokes
            with lighter pressure over large areas of the body, with the
            aim of calming you rather than fixing a particular problem.

            Swedish massage is the best-known style. Lymphatic drainage massage, which uses
            very light, slow movements, is another gentle technique we may use. Neither sets
            out to work on one muscle group or an injury; the emphasis is on comfort.

            This kind of massage is thought to encourage the parasympathetic nervous system,
            the part of the nervous system that helps the body rest and recover, and it may
            help lower cortisol, a hormone linked with stress. People often say they feel
            calmer, clearer in their thinking and better able to sleep afterwards. It may also
            ease general muscle tightness and help circulation, but it is not meant as a
            treatment for specific medical conditions.
        """),
        "session": text("""
            After a brief chat about your health and how you like to be massaged, you undress
            to the level you are comfortable with and lie on a warm, padded table under a sheet
            or towel. The room is usually quiet and softly lit. The therapist uses oil or lotion
            and works over large areas such as the back, shoulders, arms and legs.

            Sessions usually last 60 or 90 minutes, and shorter ones are possible. The pressure
            stays gentle to medium and should feel pleasant throughout; you can ask for a change
            at any time, or simply rest without talking.

            You may feel drowsy or a little light-headed when you sit up, so take your time
            before you stand. If you can, plan a calm rest of the day.
        """),
        "uses_needles": False,
        "self_administrable": False,
        "licence_required": True,
        "practitioner": "A licensed massage therapist",
        "typical_pressure": "light_medium",
        "uses_oils": True,
        "typical_tools": "A padded massage table, oil or lotion, towels and sheets",
        "cultural_origin": (
            "Massage traditions from many cultures; Swedish massage is the most familiar style"
        ),
    },
    {
        "slug": "acupressure",
        "name": "Acupressure",
        "display_order": 40,
        "parent": None,
        "summary": (
            "A needle-free practice from traditional Chinese medicine: steady, direct pressure "
            "on specific acupoints, which you can learn to do for yourself."
        ),
        "body": text("""
            Acupressure comes from traditional Chinese medicine. The practitioner presses on
            specific points on the body, called acupoints, which lie along pathways known as
            meridians. In that tradition a vital energy called Qi (also written chi, and said
            “chee”) flows along the meridians, and pressing the right points is meant to clear
            blockages and bring that flow back into balance. The points have been charted and
            refined over many centuries.

            Acupressure grew up at about the same time as acupuncture and uses the same
            acupoints and meridians, but no needles. The pressure comes from the fingers,
            thumbs, knuckles or elbows, or from simple devices such as an acuball, an energy
            roller, a foot roller, a power mat or a teishin (a small, blunt, rounded probe).
            Techniques include pressing, rolling, stroking, kneading and small circular
            motions. No oil is needed.

            Rather than working over large areas, acupressure targets small, precise points,
            and it is mostly a surface therapy. It is sometimes likened to deep-tissue massage
            or myofascial release. One explanation offered for the relief some people feel is
            that pressure on nerve endings prompts the body to release endorphins, its own
            pain-relieving chemicals.

            To be clear about the evidence: nothing proves that acupressure works in general,
            although a few studies suggest it may ease some kinds of pain and nausea.
            Once you have learnt the points, from a practitioner’s demonstration or from
            videos, you can often use it on yourself at home.
        """),
        "session": text("""
            You stay fully clothed, so wear something loose and comfortable. You sit or lie on a
            treatment table while the practitioner asks about your symptoms and then finds the
            points that relate to them. These may be close to the sore area or somewhere else
            entirely, such as on the hand, the foot or the ear.

            Each point is held with steady, direct pressure, often for a minute or so, sometimes
            with rolling or circling. The point may feel tender or achy, but it should not
            hurt: tell the practitioner if it does. A session usually takes 30 to 60 minutes.
            Pressure that is too hard, or on the wrong spot, can leave some soreness or mild
            bruising.

            Your practitioner can show you a few points to use at home. Start gently: press with
            the pads of your fingertips, not your nails, for 15 to 30 seconds at first, and
            build up slowly as you learn what feels right. If you are pregnant or have a health
            condition, ask before you try it, because some points are best avoided.
        """),
        "uses_needles": False,
        "self_administrable": True,
        "licence_required": False,
        "practitioner": "A trained acupressure practitioner; you can also learn to do it yourself",
        "typical_pressure": "medium",
        "uses_oils": False,
        "typical_tools": (
            "Fingers, knuckles and elbows; acuball, energy roller, foot roller, power mat, teishin"
        ),
        "cultural_origin": (
            "Traditional Chinese medicine, developed at about the same time as acupuncture"
        ),
    },
    {
        "slug": "acupuncture",
        "name": "Acupuncture",
        "display_order": 50,
        "parent": None,
        "summary": (
            "A practice from traditional Chinese medicine in which a licensed acupuncturist "
            "places super-fine needles at specific acupoints along the meridians."
        ),
        "body": text("""
            Acupuncture is one of the pillars of traditional Chinese medicine. A licensed
            acupuncturist inserts super-fine needles, about as thin as a hair, at chosen
            acupoints. These are the same points, on the same meridians, that acupressure uses.
            In the traditional view, stimulating them helps Qi (chi) flow freely and restores
            balance; a modern explanation is that it prompts the body to release endorphins,
            its natural painkillers.

            The points were mapped in an ancient medical text, The Yellow Emperor’s Classic of
            Internal Medicine, and acupuncturists still use the same points today. One session can
            treat several parts of the
            body at once. Practitioners say that needles
            reach further into blocked meridians than pressure on the surface can, and that
            acupuncture therefore works on several levels; some claim it gives better results
            than acupressure, but that is a claim rather than an established fact.

            Placing needles well is a fine skill that takes long study, and only a licensed
            practitioner may do it. In the United States, the Food and Drug Administration
            (FDA) classes acupuncture needles as medical devices and regulates them. Many
            studies have looked at acupuncture for pain, and they suggest it may help some
            people manage pain conditions. It can be used alongside conventional medicine and
            chiropractic care, and it is often combined with massage: practitioners describe
            acupuncture as working on the body’s inner balance while massage eases the muscles.
        """),
        "session": text("""
            The acupuncturist asks about your health, your medicines and your symptoms, and may
            also look at your tongue or feel your pulse, as traditional practice does. Wear
            loose clothing that can be rolled up above the knee and elbow, as many points are on
            the arms and legs. You then lie comfortably on a treatment table.

            The needles are sterile, used once and very fine. Most people feel a brief prick, or
            nothing at all, as each one goes in, and then perhaps a dull ache, tingling or
            warmth around the point. The needles usually stay in for about 15 to 30 minutes
            while you rest, and a whole visit usually takes 45 to 60 minutes.

            Afterwards you may feel relaxed or a little tired, and a tiny spot of blood or a
            small bruise can appear where a needle was. Avoid hard exercise straight after your
            first session, and tell us how you felt so the next one can be adjusted. Kits for
            home acupuncture exist, but use one only if a licensed acupuncturist has approved it
            for you.
        """),
        "uses_needles": True,
        "self_administrable": False,
        "licence_required": True,
        "practitioner": "A licensed acupuncturist; only a licensed practitioner may insert needles",
        "typical_pressure": "none",
        "uses_oils": False,
        "typical_tools": "Super-fine, sterile, single-use needles; a treatment table",
        "cultural_origin": (
            "Traditional Chinese medicine; its points are mapped in The Yellow Emperor’s Classic "
            "of Internal Medicine"
        ),
    },
]

# ---------------------------------------------------------------------------------------------
# Comparison aspects: the rows of every comparison table, in this order.
# ---------------------------------------------------------------------------------------------

ASPECTS = [
    {
        "slug": "administration",
        "name": "Administration",
        "description": "How the treatment is applied to the body.",
        "fact": "",
    },
    {
        "slug": "stated-purpose",
        "name": "Stated purpose",
        "description": "What the treatment sets out to do, in its own terms.",
        "fact": "",
    },
    {
        "slug": "method-of-delivery",
        "name": "Method of delivery",
        "description": "What touches you, and how.",
        "fact": "",
    },
    {
        "slug": "cultural-origins",
        "name": "Cultural origins",
        "description": "Where the practice comes from.",
        "fact": "",
    },
    {
        "slug": "self-administration",
        "name": "Self-administration",
        "description": "Whether you can give it to yourself once you have learnt how.",
        "fact": "self_administrable",
    },
    {
        "slug": "who-can-practise",
        "name": "Who can practise",
        "description": "Who may give the treatment, and whether a licence is needed.",
        "fact": "licence_required",
    },
    {
        "slug": "depth-of-effect",
        "name": "Depth of effect",
        "description": "How deep into the body the treatment works, or is said to work.",
        "fact": "",
    },
    {
        "slug": "how-it-is-learnt",
        "name": "How it is learnt",
        "description": "What it takes to be able to give the treatment.",
        "fact": "",
    },
    {
        "slug": "pressure-and-intensity",
        "name": "Pressure and intensity",
        "description": "How strong the treatment usually feels.",
        "fact": "",
    },
    {
        "slug": "typical-techniques",
        "name": "Typical techniques",
        "description": "The main techniques the practitioner uses.",
        "fact": "",
    },
    {
        "slug": "tools-and-equipment",
        "name": "Tools and equipment",
        "description": "What is used besides the practitioner’s hands.",
        "fact": "",
    },
    {
        "slug": "needles",
        "name": "Needles",
        "description": "Whether anything goes through the skin.",
        "fact": "uses_needles",
    },
    {
        "slug": "oils",
        "name": "Oils",
        "description": "Whether oil or lotion is used on the skin.",
        "fact": "uses_oils",
    },
    {
        "slug": "used-for",
        "name": "Often used for",
        "description": "What people commonly come for; not a promise of results.",
        "fact": "",
    },
]

# One value per aspect per modality. For rows tied to a fact, the page shows "Yes" or "No"
# first, so these texts explain the answer rather than repeat it.
ASPECT_VALUES = {
    "administration": {
        "massage-therapy": text("""
            Broad manipulation across large areas of the body, such as the whole back or a leg,
            working the muscles and other soft tissues.
        """),
        "medical-massage": text("""
            Targeted work on particular muscle groups, concentrating on the areas that cause
            the most pain or restriction.
        """),
        "relaxation-massage": text("""
            Long strokes over large areas of the body, without singling out one muscle group or
            injury.
        """),
        "acupressure": text("""
            Pressure on small, specific acupoints along the meridians rather than work over
            large areas.
        """),
        "acupuncture": text("""
            Super-fine needles placed at specific acupoints along the meridians; several areas
            can be treated in one session.
        """),
    },
    "stated-purpose": {
        "massage-therapy": text("""
            Muscle relaxation and stress relief: easing tension, knots and stiffness in the soft
            tissues and helping you feel calm.
        """),
        "medical-massage": text("""
            To deal with a specific physical problem: relieving pain, helping recovery from
            injury and improving mobility and function.
        """),
        "relaxation-massage": text("""
            To calm you, reduce stress and support general wellbeing, rather than to treat a
            particular condition.
        """),
        "acupressure": text("""
            To free and rebalance Qi, which traditional Chinese medicine describes as the body’s
            vital energy,
            by clearing blockages at the acupoints.
        """),
        "acupuncture": text("""
            To restore the free flow and balance of Qi along the meridians, and with it to ease
            pain and stress.
        """),
    },
    "method-of-delivery": {
        "massage-therapy": text("""
            The therapist’s hands, usually with oil or lotion, with pressure and movement that
            vary through the session.
        """),
        "medical-massage": text("""
            Hands, forearms and elbows, usually with oil or lotion, applying slow, firm and
            sustained pressure to the target areas.
        """),
        "relaxation-massage": text("""
            The therapist’s hands with oil or lotion, in smooth, rhythmic and gentle movements.
        """),
        "acupressure": text("""
            Steady, direct pressure from the fingers, knuckles, elbows or a small device, without
            oils.
        """),
        "acupuncture": text("""
            Fine needles inserted through the skin at chosen points and left in place for a
            while; no oils are used.
        """),
    },
    "cultural-origins": {
        "massage-therapy": text("""
            Traced to many cultures around the world; modern massage draws on a wide range of
            styles.
        """),
        "medical-massage": text("""
            A modern, clinically focused use of massage, built on traditions from many cultures.
        """),
        "relaxation-massage": text("""
            The same many-culture massage traditions; Swedish massage is the most familiar
            style.
        """),
        "acupressure": text("""
            Traditional Chinese medicine; it developed at about the same time as acupuncture.
        """),
        "acupuncture": text("""
            Traditional Chinese medicine, of which it is a pillar; its points are mapped in The
            Yellow Emperor’s Classic of Internal Medicine.
        """),
    },
    "self-administration": {
        "massage-therapy": text("""
            Massage typically needs another person: a therapist reaches areas you cannot, and
            lets you relax completely.
        """),
        "medical-massage": text("""
            The deep, targeted work needs a trained therapist, though you may be shown simple
            stretches for home.
        """),
        "relaxation-massage": text("""
            A therapist gives it, and much of the benefit comes from being able to let go while
            someone else does the work.
        """),
        "acupressure": text("""
            Once you have learnt the right points, you can often press them yourself at home,
            with your fingertips or a simple device.
        """),
        "acupuncture": text("""
            Needles must be placed by a licensed practitioner; home kits exist but should only
            be used with a licensed acupuncturist’s approval.
        """),
    },
    "who-can-practise": {
        "massage-therapy": "A licensed massage therapist.",
        "medical-massage": text("""
            A licensed massage therapist who has specialised training in medical massage.
        """),
        "relaxation-massage": "A licensed massage therapist.",
        "acupressure": text("""
            A trained acupressure practitioner in the clinic; anyone can learn to use it on
            themselves.
        """),
        "acupuncture": text("""
            Only a licensed acupuncturist may insert the needles, which the US Food and Drug
            Administration (FDA) regulates as a medical device.
        """),
    },
    "depth-of-effect": {
        "massage-therapy": text("""
            Works through the skin into the muscles and connective tissue, at a depth that
            depends on the pressure used.
        """),
        "medical-massage": text("""
            Aims at the deep muscle layers and connective tissue, including the fascia.
        """),
        "relaxation-massage": text("""
            Mostly the skin and the upper layers of muscle; the aim is calm rather than change in
            the deep tissues.
        """),
        "acupressure": text("""
            Mostly a surface therapy: pressure is applied from outside the body at the acupoints.
        """),
        "acupuncture": text("""
            Practitioners say needles reach further into blocked meridians than surface pressure
            and so work on several levels; this is a traditional view, not a proven one.
        """),
    },
    "how-it-is-learnt": {
        "massage-therapy": text("""
            Through formal training in massage therapy, followed by a licence.
        """),
        "medical-massage": text("""
            A massage therapy licence plus specialised training in techniques such as trigger
            point therapy and myofascial release.
        """),
        "relaxation-massage": text("""
            Massage therapy training and a licence, including Swedish massage techniques.
        """),
        "acupressure": text("""
            Patients can learn simple points from a practitioner’s demonstration or from videos;
            practitioners study it in more depth.
        """),
        "acupuncture": text("""
            Long study of needle placement and a licence; it is not something to learn from
            videos.
        """),
    },
    "pressure-and-intensity": {
        "massage-therapy": text("""
            Varies from light to firm, depending on the kind of massage and on what you ask for.
        """),
        "medical-massage": text("""
            Firm, deep pressure that can feel intense or uncomfortable at times, especially where
            the body is stiff or painful.
        """),
        "relaxation-massage": text("""
            Light to medium pressure, gentle and soothing throughout.
        """),
        "acupressure": text("""
            Steady, focused pressure on a small point, from gentle to firm; it may feel tender
            but should not hurt.
        """),
        "acupuncture": text("""
            No pressing as such: a brief prick, or nothing, as a needle goes in, then perhaps a
            dull ache, tingling or warmth.
        """),
    },
    "typical-techniques": {
        "massage-therapy": text("""
            Stroking, kneading and rubbing over large areas, in styles that range from gentle to
            deep.
        """),
        "medical-massage": "Trigger point therapy, deep tissue massage and myofascial release.",
        "relaxation-massage": text("""
            Swedish and lymphatic drainage massage, with long, slow, rhythmic strokes.
        """),
        "acupressure": text("""
            Pressing, rolling, stroking, kneading and small circular motions at the acupoints;
            auricular acupressure works on points on the ear.
        """),
        "acupuncture": text("""
            Inserting needles at chosen acupoints and leaving them in place for a short time.
        """),
    },
    "tools-and-equipment": {
        "massage-therapy": "A padded massage table, oils or lotions, towels and sheets.",
        "medical-massage": text("""
            A massage table and oil or lotion; the therapist may use forearms and elbows for
            deeper pressure.
        """),
        "relaxation-massage": text("""
            A padded table, oils or lotions, towels, and a quiet, warm room.
        """),
        "acupressure": text("""
            Often just the hands; devices such as an acuball, energy roller, foot roller, power
            mat or teishin may be used.
        """),
        "acupuncture": "Super-fine, sterile, single-use needles and a treatment table.",
    },
    "needles": {
        "massage-therapy": "Only the therapist’s hands are used; nothing goes through the skin.",
        "medical-massage": "All the work is done by hand, however deep the pressure.",
        "relaxation-massage": "Only the therapist’s hands are used.",
        "acupressure": text("""
            It works on the same points as acupuncture, with pressure in place of needles, which
            suits people who are uneasy about needles.
        """),
        "acupuncture": text("""
            Super-fine needles, about as thin as a hair, are inserted at the acupoints.
        """),
    },
    "oils": {
        "massage-therapy": text("""
            Oil or lotion usually helps the hands glide over the skin; tell us about any
            allergy.
        """),
        "medical-massage": text("""
            Oil or lotion is usually used, though some techniques, such as myofascial release,
            work better on dry skin.
        """),
        "relaxation-massage": "Oil or lotion lets the long, flowing strokes glide smoothly.",
        "acupressure": text("""
            Pressure is steady and direct, on dry skin or through clothing.
        """),
        "acupuncture": "Needles go into clean skin; oils play no part in the treatment.",
    },
    "used-for": {
        "massage-therapy": text("""
            Muscle tension and knots, stress, stiffness and general wellbeing.
        """),
        "medical-massage": text("""
            Chronic pain, joint pain, sciatica, fibromyalgia, arthritis, recovery from injury and
            limited mobility.
        """),
        "relaxation-massage": "Stress, anxiety, poor sleep and general muscle tightness.",
        "acupressure": text("""
            Chronic and back pain, headaches, nausea and vomiting, period pain, sleep and
            stress.
        """),
        "acupuncture": text("""
            Chronic pain, migraine, sleep problems, stress and anxiety, often alongside
            conventional medicine, chiropractic care or massage.
        """),
    },
}

# ---------------------------------------------------------------------------------------------
# Conditions, each with the modalities used for it. Evidence is "studied" (studies suggest it
# may help), "mixed" (some studies, mixed results) or "traditional" (traditional use).
# ---------------------------------------------------------------------------------------------

CONDITIONS = [
    {
        "slug": "chronic-pain",
        "name": "Chronic pain",
        "summary": text("""
            Chronic pain is pain that lasts for three months or more, or keeps coming back. It is
            very common: about one in five adults in the United States lives with it. It can
            affect sleep, mood and everyday life, and it often has more than one cause.

            Hands-on and traditional treatments are often used alongside medical care to help
            people manage chronic pain. They are not a cure, and new or worsening pain should be
            checked by a doctor first.
        """),
        "uses": [
            (
                "medical-massage",
                "mixed",
                """Often used to ease the muscle tension and stiffness that come with long-term
                pain. Some studies suggest it may give short-term relief, but results vary.""",
            ),
            (
                "acupressure",
                "mixed",
                """A few studies suggest acupressure may ease some kinds of persistent pain,
                although nothing proves that it works in general.""",
            ),
            (
                "acupuncture",
                "studied",
                """Chronic pain is the most common reason people try acupuncture. Many studies
                have looked at it, and they suggest it may help some people manage their pain.""",
            ),
        ],
    },
    {
        "slug": "low-back-pain",
        "name": "Low back pain",
        "summary": text("""
            Lower back pain ranks among the commonest reasons people look for hands-on
            treatment. It is often linked with strained or tight muscles, stiffness or long
            hours of sitting, and it usually improves with time and gentle activity.

            See a doctor before any treatment if back pain comes with numbness around the groin,
            new trouble controlling your bladder or bowel, a fever or unexplained weight loss, or
            if it follows a fall or an accident.
        """),
        "uses": [
            (
                "medical-massage",
                "mixed",
                """Work on tight muscles in the back and hips may ease pain and stiffness. Some
                studies suggest a short-term benefit, with mixed results.""",
            ),
            (
                "acupressure",
                "mixed",
                """A few small studies suggest that pressure on points around the lower back and
                hips may ease low back pain for some people.""",
            ),
        ],
    },
    {
        "slug": "neck-pain",
        "name": "Neck pain",
        "summary": text("""
            Neck pain often comes from muscle tension, posture or stress, and may bring
            stiffness or headaches with it. Most neck pain settles by itself within a few weeks.

            Seek medical advice first if it follows an injury, or comes with numbness, weakness
            or pain spreading down an arm.
        """),
        "uses": [
            (
                "medical-massage",
                "mixed",
                """Releasing tight muscles in the neck and upper back may ease pain and
                stiffness; studies show mixed results.""",
            ),
            (
                "acupressure",
                "traditional",
                """Traditionally, points just below the skull at the back of the neck, and along the
                upper spine,
                are pressed for neck pain and tension.""",
            ),
        ],
    },
    {
        "slug": "shoulder-pain",
        "name": "Shoulder pain",
        "summary": text("""
            Shoulder pain can come from tight muscles in the neck and upper back, from strain or
            overuse, or from a problem in the joint itself. Tension from stress often gathers
            around the shoulders.

            If your shoulder is very weak, you cannot lift your arm, or the pain started after a
            fall, see a doctor first.
        """),
        "uses": [
            (
                "medical-massage",
                "mixed",
                """Massage of the shoulder, upper back and neck is often used for shoulder pain
                that comes from the muscles; the evidence from studies is limited and mixed.""",
            ),
            (
                "acupressure",
                "traditional",
                """Traditionally, points linked with tension in the upper back and around the
                shoulder blade are pressed, kneaded or circled to help tight areas let go.""",
            ),
        ],
    },
    {
        "slug": "knee-pain",
        "name": "Knee pain",
        "summary": text("""
            Knee pain is common, particularly with everyday wear and tear, overuse or arthritis.
            Tight or weak muscles around the knee can add to it.

            A knee that is swollen, hot or locked, or pain after an injury, should be checked by
            a doctor first.
        """),
        "uses": [
            (
                "medical-massage",
                "mixed",
                """Work on the muscles around the knee may ease stiffness and help you move. It
                does not repair the joint itself, and results vary.""",
            ),
            (
                "acupressure",
                "traditional",
                """Points around the knee are traditionally used for aches from daily wear and
                tear; there is little research on this.""",
            ),
        ],
    },
    {
        "slug": "joint-pain",
        "name": "Joint pain",
        "summary": text("""
            Joint pain covers aches and stiffness in the hips, knees, shoulders, hands and other
            joints, whether from an old injury, overuse or a condition such as arthritis. The
            muscles around a painful joint often tighten and add to the discomfort.

            Hands-on treatment does not change the joint itself, but it may help with the muscle
            tension and stiffness around it.
        """),
        "uses": [
            (
                "medical-massage",
                "mixed",
                """Often used for joint pain and stiffness, to improve circulation and loosen the
                surrounding muscles. Study results are mixed.""",
            ),
            (
                "acupressure",
                "traditional",
                """Traditionally used to relax the muscles and soothe sore joints.""",
            ),
            (
                "acupuncture",
                "mixed",
                """Used to soothe joints and relax muscles, and sometimes combined with massage.
                Some studies suggest it may help with certain joint conditions; others do not.""",
            ),
        ],
    },
    {
        "slug": "muscle-tension",
        "name": "Muscle tension",
        "summary": text("""
            Tight, sore muscles and knots can come from overuse, posture or stress. Tension that
            builds up can cause pain elsewhere, such as headaches or back pain, and make it
            harder to move freely.

            Most muscle tension is harmless and eases with movement, rest and time.
        """),
        "uses": [
            (
                "massage-therapy",
                "mixed",
                """Many people book a massage above all to work out tight muscles and knots; some
                studies suggest it may give short-term relief.""",
            ),
            (
                "medical-massage",
                "mixed",
                """Trigger point therapy and deep tissue massage target stubborn knots. Some
                studies suggest they may ease tension, though results vary.""",
            ),
            (
                "relaxation-massage",
                "traditional",
                """Long, gentle strokes are traditionally used to ease general muscle tightness,
                though relaxation massage does not target particular knots.""",
            ),
            (
                "acupressure",
                "traditional",
                """Traditionally used to relax tight muscles; it is sometimes compared with
                deep-tissue massage. There is little research on this use.""",
            ),
            (
                "acupuncture",
                "traditional",
                """Traditionally used to relax tight muscles by stimulating acupoints near the
                tense area and elsewhere on the body.""",
            ),
        ],
    },
    {
        "slug": "migraine-headache",
        "name": "Migraine and headache",
        "summary": text("""
            Headaches range from tension-type headaches, often linked with tight muscles in the
            neck and shoulders, to migraine, which can bring throbbing pain, sickness and
            sensitivity to light.

            See a doctor urgently for a sudden, severe headache, or for a headache with fever, a
            stiff neck, confusion, weakness or changes in your vision.
        """),
        "uses": [
            (
                "medical-massage",
                "traditional",
                """Releasing muscle tension in the neck and shoulders is traditionally used to
                reduce tension-type headaches.""",
            ),
            (
                "acupressure",
                "mixed",
                """Often used for headaches and migraine, including those linked with tension. A
                few studies suggest it may help some people.""",
            ),
            (
                "acupuncture",
                "studied",
                """Migraine is a common reason for acupuncture. Studies suggest it may reduce how
                often some people get headaches.""",
            ),
        ],
    },
    {
        "slug": "stress-anxiety",
        "name": "Stress and anxiety",
        "summary": text("""
            Stress and anxiety affect the body as well as the mind: tight muscles, shallow
            breathing, poor sleep, headaches and sometimes an upset stomach. Calming treatments
            may help some people feel more relaxed.

            If anxiety is severe, lasts a long time or stops you living as you would like, please
            talk to your doctor too. These treatments can complement that care, not replace it.
        """),
        "uses": [
            (
                "massage-therapy",
                "mixed",
                """Massage is widely used to relieve stress and the tension it leaves in the soft
                tissues. Some studies suggest it may lower anxiety for a while.""",
            ),
            (
                "relaxation-massage",
                "studied",
                """Some studies suggest relaxation massage may reduce anxiety and lower cortisol,
                a stress hormone, by encouraging the parasympathetic nervous system.""",
            ),
            (
                "acupressure",
                "mixed",
                """Some studies suggest acupressure may lower anxiety levels, and many people use
                it as a calming self-care routine at home.""",
            ),
            (
                "acupuncture",
                "mixed",
                """Often used to ease stress and anxiety. Some studies suggest it may help, with
                mixed results.""",
            ),
        ],
    },
    {
        "slug": "sleep",
        "name": "Sleep problems",
        "summary": text("""
            Trouble falling or staying asleep is often linked with stress, pain or anxiety, and
            poor sleep in turn makes pain and stress harder to bear.

            If sleep problems last for weeks, or you snore loudly and feel very tired during the
            day, talk to your doctor.
        """),
        "uses": [
            (
                "relaxation-massage",
                "mixed",
                """By easing stress and promoting calm, relaxation massage may help some people
                sleep better; the evidence is limited.""",
            ),
            (
                "acupressure",
                "mixed",
                """Studies of acupressure and sleep quality suggest a trend towards deeper rest
                for some people, but the results are not consistent.""",
            ),
            (
                "acupuncture",
                "mixed",
                """Used to improve sleep. Some studies suggest it may help, but results vary.""",
            ),
        ],
    },
    {
        "slug": "nausea-vomiting",
        "name": "Nausea and vomiting",
        "summary": text("""
            Feeling sick and being sick can follow surgery or come with cancer treatment such as
            chemotherapy, among many other causes. Acupressure is one of the few hands-on
            treatments that has been studied for it.

            Severe or persistent vomiting, vomiting blood, or signs of dehydration need medical
            care straight away.
        """),
        "uses": [
            (
                "acupressure",
                "studied",
                """Studies suggest that pressing points on the inner wrist, or on the ear
                (auricular acupressure), may lessen sickness and vomiting after surgery and with
                chemotherapy for some people. It is used alongside anti-sickness medicines, not
                instead of them.""",
            ),
        ],
    },
    {
        "slug": "menstrual-pain",
        "name": "Period pain",
        "summary": text("""
            Cramping pain low in the tummy before or during a period (menstrual pain) is common.
            It can spread to the back and thighs and may come with nausea or headaches.

            Very heavy periods, pain that is getting worse, or pain between periods should be
            checked by a doctor.
        """),
        "uses": [
            (
                "acupressure",
                "studied",
                """Studies suggest acupressure may help ease menstrual pain for some people, and
                the points can be learnt for use at home.""",
            ),
        ],
    },
    {
        "slug": "labour-pain",
        "name": "Labour and postpartum pain",
        "summary": text("""
            This covers pain during labour and the aches and discomfort in the days and weeks
            after giving birth. Many people look for drug-free ways to cope, alongside the care
            of their midwife or doctor.

            Always agree any treatment in pregnancy with your midwife or doctor: some acupressure
            points are avoided until labour.
        """),
        "uses": [
            (
                "acupressure",
                "mixed",
                """A few studies suggest acupressure may help with labour pain; one study of
                women after childbirth found less discomfort and a quicker recovery.""",
            ),
        ],
    },
    {
        "slug": "postoperative-pain",
        "name": "Pain after surgery",
        "summary": text("""
            Some pain after an operation is expected, and your surgical team will usually manage
            it with medicines. Some people look for gentle additions to help with pain, nausea
            and recovery.

            Any hands-on treatment near the wound should wait until it has healed, and you should
            check with your surgeon first.
        """),
        "uses": [
            (
                "acupressure",
                "mixed",
                """A few studies suggest acupressure, including auricular acupressure on points
                of the ear, may ease pain and nausea after surgery for some people.""",
            ),
        ],
    },
    {
        "slug": "fibromyalgia",
        "name": "Fibromyalgia",
        "summary": text("""
            Fibromyalgia is a long-term condition that causes widespread pain, tiredness, poor
            sleep and tenderness to touch. There is no single treatment, and many people combine
            several approaches.

            People with fibromyalgia can be very sensitive to pressure, so any hands-on
            treatment needs to be adjusted carefully.
        """),
        "uses": [
            (
                "medical-massage",
                "mixed",
                """Often used to release muscle tension and improve circulation. Some studies
                suggest it may ease pain for a while, with pressure adjusted to your comfort.""",
            ),
            (
                "acupuncture",
                "mixed",
                """Sometimes combined with massage for fibromyalgia. Some studies suggest
                acupuncture may ease pain for some people, but results are mixed.""",
            ),
        ],
    },
    {
        "slug": "sciatica",
        "name": "Sciatica",
        "summary": text("""
            Sciatica is pain that runs from the lower back or buttock down the back of the leg,
            often with tingling or numbness, when the sciatic nerve is irritated. It often
            settles within a few weeks.

            See a doctor urgently if you have numbness around the groin, new problems with your
            bladder or bowel, or weakness in your legs.
        """),
        "uses": [
            (
                "medical-massage",
                "mixed",
                """Used to release tight muscles in the lower back, buttock and leg that may
                irritate the nerve. The evidence is limited and mixed.""",
            ),
        ],
    },
    {
        "slug": "arthritis",
        "name": "Arthritis",
        "summary": text("""
            Arthritis means pain, swelling and stiffness in the joints. The most common kind is
            osteoarthritis, from wear and tear; others, such as rheumatoid arthritis, are caused
            by inflammation.

            Hands-on treatment does not change the disease itself, but it may help with
            stiffness and comfort. Hot, swollen joints should not be massaged during a flare.
        """),
        "uses": [
            (
                "medical-massage",
                "mixed",
                """Some studies suggest massage may ease pain and stiffness in arthritis by
                improving circulation and relaxing the muscles around the joints.""",
            ),
        ],
    },
    {
        "slug": "injury-recovery",
        "name": "Recovery from injury",
        "summary": text("""
            After a strain, sprain or other muscle injury, the tissues can stay tight and sore,
            and scar tissue can form adhesions that limit movement. Hands-on treatment is often
            part of rehabilitation once the first, acute phase has passed.

            A new injury with severe pain, swelling, an odd shape or difficulty bearing weight
            should be seen by a doctor first.
        """),
        "uses": [
            (
                "medical-massage",
                "mixed",
                """Used in rehabilitation to improve circulation, break down adhesions and scar
                tissue, and help restore normal movement, often alongside physiotherapy.""",
            ),
            (
                "acupuncture",
                "traditional",
                """Sometimes combined with massage for muscle injuries, as part of a plan to
                support recovery and mobility.""",
            ),
        ],
    },
    {
        "slug": "limited-mobility",
        "name": "Limited mobility and stiffness",
        "summary": text("""
            Stiffness can make everyday movements harder: turning your head, reaching up or
            bending down. It often comes from tight muscles, an old injury or long periods of
            inactivity.

            A sudden loss of movement, or stiffness with swelling or fever, needs medical advice
            first.
        """),
        "uses": [
            (
                "massage-therapy",
                "mixed",
                """Loosening tight muscles may help you bend and reach further, improving range of
                motion; studies
                show mixed results.""",
            ),
            (
                "medical-massage",
                "mixed",
                """Targeted work on tight muscle groups and adhesions aims to improve range of
                motion and restore normal movement. Some people find it helps; the evidence is
                mixed.""",
            ),
        ],
    },
    {
        "slug": "digestion",
        "name": "Digestive discomfort",
        "summary": text("""
            Bloating, stomach aches and an unsettled stomach have many causes, and stress often
            plays a part.

            Tummy pain that keeps coming back, blood in your stools, unexplained weight loss or a
            change in your bowel habits should always be checked by a doctor.
        """),
        "uses": [
            (
                "acupressure",
                "mixed",
                """Traditionally used to support digestion; a few studies suggest it may ease
                some stomach aches.""",
            ),
        ],
    },
    {
        "slug": "cancer-related-fatigue",
        "name": "Cancer-related fatigue",
        "summary": text("""
            Many people having treatment for cancer, or recovering from it, feel an exhausting
            tiredness that rest does not fully relieve. It can last for months after treatment
            ends.

            Any complementary treatment during cancer care should be agreed with your cancer
            team and adapted to your treatment.
        """),
        "uses": [
            (
                "acupressure",
                "mixed",
                """Early studies of acupressure for long-lasting cancer-related fatigue have shown
                promising results, but more research is needed. Some people with breast cancer
                also use it alongside treatment to help with discomfort and stress.""",
            ),
        ],
    },
]

# ---------------------------------------------------------------------------------------------
# Precautions: the screening questions of the intake, and per-modality guidance. The intake
# depends on these slugs. Each guidance is (level, advice for patients, note for staff), and
# level is "avoid", "caution" or "note".
# ---------------------------------------------------------------------------------------------

PRECAUTIONS = [
    {
        "slug": "pregnancy",
        "name": "Pregnancy",
        "question": "Are you pregnant, or could you be?",
        "detail_prompt": "How many weeks pregnant are you?",
        "guidance": {
            "massage-therapy": (
                "caution",
                """Massage can usually be adapted for pregnancy. Your therapist will position you
                on your side or propped up with cushions, and use gentler pressure on your legs
                and tummy.""",
                """Use side-lying or supported semi-reclined positioning, avoiding prolonged
                supine lying from mid-pregnancy. Avoid deep pressure on the legs (raised DVT
                risk) and the abdomen; check for a high-risk pregnancy, swelling or headaches
                that could suggest pre-eclampsia.""",
            ),
            "medical-massage": (
                "caution",
                """Deep, targeted work is adapted in pregnancy. Your therapist will use softer
                pressure, avoid your tummy and help you lie comfortably on your side.""",
                """No deep tissue work on the legs (raised DVT risk) or the abdomen; use side-lying
                or supported positioning. Confirm the pregnancy is uncomplicated and that the
                midwife or obstetrician knows about treatment.""",
            ),
            "relaxation-massage": (
                "note",
                """Gentle relaxation massage is often welcome in pregnancy. Tell us how many
                weeks you are, so we can set up the table and cushions for your comfort.""",
                """Use side-lying or supported positioning and avoid prolonged supine lying from
                mid-pregnancy. Keep leg strokes light; ask about swelling, calf pain or
                complications before starting.""",
            ),
            "acupressure": (
                "caution",
                """Some acupressure points are traditionally avoided during pregnancy. Please
                check with us before pressing points on yourself, and let your practitioner
                choose which points to use.""",
                """Avoid points traditionally contraindicated in pregnancy, such as LI4 (Hegu),
                SP6 (Sanyinjiao), BL60, BL67 and GB21, and firm pressure on the lower abdomen
                and sacrum. Do not teach those points for self-care.""",
            ),
            "acupuncture": (
                "caution",
                """Acupuncture in pregnancy should be given only by an acupuncturist experienced
                in pregnancy care, who will avoid certain points.""",
                """Avoid traditionally contraindicated points (LI4, SP6, BL60, BL67, GB21) and
                needling over the lower abdomen and lumbosacral area; take extra care in the first
                trimester. Confirm the pregnancy is uncomplicated and the midwife is aware.""",
            ),
        },
    },
    {
        "slug": "blood-thinners",
        "name": "Blood thinners or a bleeding disorder",
        "question": "Do you take a blood-thinning medicine, or have a bleeding disorder?",
        "detail_prompt": "Which medicine, or which condition?",
        "guidance": {
            "massage-therapy": (
                "caution",
                """You may bruise more easily, so your therapist will keep the pressure moderate
                and avoid deep work.""",
                """Ask which anticoagulant or antiplatelet and whether bruising is easy; keep to
                light or moderate pressure and avoid deep or sustained pressure. Look for
                unexplained bruising before starting.""",
            ),
            "medical-massage": (
                "caution",
                """Deep pressure can cause bruising when your blood clots more slowly. Your
                therapist will use gentler techniques and may suggest a lighter kind of
                massage.""",
                """Avoid deep tissue work, sustained trigger point pressure and vigorous
                myofascial work; use lighter techniques. For haemophilia, very low platelets or
                an unstable INR, consider relaxation massage instead.""",
            ),
            "relaxation-massage": (
                "note",
                """Gentle relaxation massage is usually fine. Tell your therapist if you bruise
                easily.""",
                """Light pressure is generally appropriate; note the medicine and check for
                existing bruising before starting.""",
            ),
            "acupressure": (
                "caution",
                """Pressing hard on a point can leave a bruise. Your practitioner will use gentle
                pressure, and you should do the same at home.""",
                """Keep point pressure gentle and brief, avoid elbows and hard devices, and
                teach fingertip-pad technique for self-care. Check for easy bruising.""",
            ),
            "acupuncture": (
                "caution",
                """Acupuncture is often still possible, but your acupuncturist needs to know
                about your medicine or condition so they can take extra care.""",
                """Ask about the agent (warfarin and INR stability, DOACs, antiplatelets) or the
                bleeding disorder. Use fewer, shallower needles, avoid deep-needling sites and
                press each site after withdrawal; for haemophilia or an unstable INR consider
                acupressure instead.""",
            ),
        },
    },
    {
        "slug": "implanted-device",
        "name": "Pacemaker or other implanted device",
        "question": "Do you have a pacemaker or another implanted device?",
        "detail_prompt": "Which device?",
        "guidance": {
            "massage-therapy": (
                "note",
                """Massage is usually fine. Your therapist will avoid pressing directly over the
                device.""",
                """Avoid firm pressure over the generator and leads (usually below the
                collarbone) or any port or pump; no electrical or vibrating tools. After a
                recent implant, avoid vigorous work on that side.""",
            ),
            "medical-massage": (
                "note",
                """Your therapist will avoid deep work over or near the device and adjust the
                session around it.""",
                """No deep pressure over or around the device pocket and leads; no electrical
                stimulation or percussion tools. Ask when it was fitted and about any arm
                restrictions.""",
            ),
            "relaxation-massage": (
                "note",
                """Relaxation massage is usually fine. Your therapist will keep strokes light
                around the device.""",
                """Keep strokes light over the device site; no vibrating tools. Note the device
                type.""",
            ),
            "acupressure": (
                "note",
                """Acupressure is usually fine. Points directly over the device are left out.""",
                """Do not press over the device site; avoid electrical acupoint stimulators. Note
                the device type.""",
            ),
            "acupuncture": (
                "caution",
                """Acupuncture may still be possible, but electro-acupuncture (needles with a
                small electric current) must not be used, and your acupuncturist will avoid the
                area around the device.""",
                """Electro-acupuncture and TENS-type stimulation are contraindicated with
                pacemakers, ICDs and other electronic implants. Do not needle over the device,
                its leads or any implanted port or pump.""",
            ),
        },
    },
    {
        "slug": "blood-clots",
        "name": "Blood clots",
        "question": (
            "Do you have a blood clot now, or have you had one (such as a DVT) in the past?"
        ),
        "detail_prompt": "Where was the clot, and when?",
        "guidance": {
            "massage-therapy": (
                "avoid",
                """Massage near a blood clot is not safe. If you have a clot now, please wait
                until your doctor says massage is safe; if you had one in the past, we will
                check with you before booking.""",
                """Current or suspected DVT: no massage, at least of the affected limb, until
                medically cleared (risk of embolism). Past clot: confirm it has resolved and
                whether the patient is anticoagulated, then keep to light pressure on that
                limb.""",
            ),
            "medical-massage": (
                "avoid",
                """Deep massage is not safe over or near a blood clot. We will talk with you
                about whether, and when, it is safe.""",
                """No deep work on a limb with a current or recent clot; defer until medically
                cleared. With a past clot, avoid deep pressure on the previously affected limb
                and check current anticoagulation.""",
            ),
            "relaxation-massage": (
                "avoid",
                """Even gentle massage should not be given over a blood clot. Please wait until
                your doctor says it is safe; tell us if your clot was in the past.""",
                """Current or suspected DVT: defer massage until medically cleared. Past clot:
                confirm resolution and anticoagulation; light strokes only on that limb.""",
            ),
            "acupressure": (
                "caution",
                """Points on the affected limb will not be pressed. If you have a clot now,
                please check with your doctor first.""",
                """Do not press on the affected limb. Current clot: get medical clearance first;
                check for anticoagulation and bruising.""",
            ),
            "acupuncture": (
                "caution",
                """Your acupuncturist will not place needles in the affected limb. If you have a
                clot now, please check with your doctor first.""",
                """No needling in the affected limb; current clot: get medical clearance first.
                The patient is likely to be anticoagulated, so follow the blood-thinner
                precautions.""",
            ),
        },
    },
    {
        "slug": "recent-surgery",
        "name": "Recent surgery",
        "question": "Have you had surgery in the past 3 months?",
        "detail_prompt": "What surgery, and when?",
        "guidance": {
            "massage-therapy": (
                "caution",
                """The area of your operation is left alone until it has healed and your surgeon
                is happy for it to be treated.""",
                """Avoid the surgical site and any drains until healed; check for post-operative
                DVT signs (calf pain, swelling). Ask for the surgeon’s restrictions.""",
            ),
            "medical-massage": (
                "caution",
                """Deep work near a recent operation has to wait. Once you have healed, and with
                your surgeon’s agreement, gentle scar work may help.""",
                """No deep work near the site until healed and cleared by the surgeon; scar and
                adhesion work only once the wound is fully closed. Screen for post-operative
                DVT.""",
            ),
            "relaxation-massage": (
                "caution",
                """Gentle massage away from the operation area may be possible. Tell us what
                surgery you had, and when.""",
                """Avoid the surgical site and check positioning restrictions (for example after
                hip, spine or breast surgery). Screen for post-operative DVT.""",
            ),
            "acupressure": (
                "note",
                """Points near your wound are avoided. Gentle acupressure elsewhere, such as on
                the wrist or ear, is sometimes used after operations.""",
                """Avoid pressure near the incision. Wrist and auricular points used for
                post-operative nausea are usually fine; ask about positioning restrictions.""",
            ),
            "acupuncture": (
                "caution",
                """Needles will not be placed near your wound, and your acupuncturist may want to
                wait until you have recovered further.""",
                """No needling at or near the incision, drains or healing tissue (infection
                risk). Check for post-operative anticoagulation and surgical restrictions.""",
            ),
        },
    },
    {
        "slug": "fever",
        "name": "Fever or feeling unwell",
        "question": "Do you have a fever, or feel unwell today?",
        "detail_prompt": "",
        "guidance": {
            "massage-therapy": (
                "avoid",
                """Please postpone your massage until you feel well again; we will happily
                rebook.""",
                """Defer treatment: fever may mean infection, and massage can make malaise worse.
                Fever with back pain is a red flag: advise seeing a physician.""",
            ),
            "medical-massage": (
                "avoid",
                """Please postpone your session until you feel well again.""",
                """Defer treatment until the fever has resolved. Fever with back pain is a red
                flag: advise seeing a physician.""",
            ),
            "relaxation-massage": (
                "avoid",
                """Please postpone your massage until you feel well again.""",
                """Defer treatment until the fever has resolved; also protects staff and other
                patients from infection.""",
            ),
            "acupressure": (
                "avoid",
                """Please postpone your appointment until you feel well again.""",
                """Defer treatment until the fever has resolved. Fever with back pain is a red
                flag: advise seeing a physician.""",
            ),
            "acupuncture": (
                "avoid",
                """Please postpone your acupuncture until you feel well again.""",
                """Defer needling while febrile. Fever with back pain is a red flag: advise
                seeing a physician.""",
            ),
        },
    },
    {
        "slug": "cancer-treatment",
        "name": "Cancer treatment",
        "question": "Are you having, or have you recently had, treatment for cancer?",
        "detail_prompt": "What treatment, and when?",
        "guidance": {
            "massage-therapy": (
                "caution",
                """Gentle massage is often possible during and after cancer treatment, adapted to
                you. We may ask your cancer team first.""",
                """Adapt to treatment: avoid tumour sites, skin treated with radiotherapy, ports
                and lines, and limbs at risk of lymphoedema; light pressure only if platelets
                are low or there are bone metastases. Seek oncology clearance if unsure.""",
            ),
            "medical-massage": (
                "caution",
                """Deep massage is not usually suitable during cancer treatment. We will suggest a
                gentler approach and may check with your cancer team.""",
                """No deep tissue work during active treatment, with low platelets or with bone
                metastases; avoid radiotherapy fields, ports and lymphoedema-risk limbs. Oncology
                clearance needed.""",
            ),
            "relaxation-massage": (
                "caution",
                """Gentle relaxation massage can often be adapted for people having cancer
                treatment. Tell us about your treatment so we can plan it.""",
                """Light pressure only; avoid radiotherapy-treated skin, ports and lymphoedema-risk
                limbs. Ask about platelets, neutropenia and fatigue; fragrance-free oil if nausea
                is a problem.""",
            ),
            "acupressure": (
                "note",
                """Acupressure is sometimes used alongside cancer care, for example for nausea or
                tiredness. Your practitioner will keep the pressure gentle.""",
                """Gentle pressure only, away from tumour sites, radiotherapy-treated skin and
                ports; take care if platelets are low. Wrist points for chemotherapy-induced
                nausea are a common use.""",
            ),
            "acupuncture": (
                "caution",
                """Acupuncture can sometimes be used during cancer care, but your acupuncturist
                needs to know your treatment and may ask your cancer team first.""",
                """Do not needle with neutropenia (infection risk) or low platelets (bleeding
                risk), nor in tumour sites, radiotherapy fields or lymphoedema-risk limbs.
                Oncology clearance advised.""",
            ),
        },
    },
    {
        "slug": "skin-condition",
        "name": "Skin infection, rash or open wound",
        "question": "Do you have a skin infection, rash or open wound?",
        "detail_prompt": "Where on your body?",
        "guidance": {
            "massage-therapy": (
                "caution",
                """The affected area will be avoided. If the problem could be infectious, we may
                need to rebook.""",
                """Do not massage over broken, infected or inflamed skin; oils may irritate a
                rash. Defer if it may be contagious (for example impetigo, scabies, fungal
                infection) or widespread.""",
            ),
            "medical-massage": (
                "caution",
                """The affected area will be avoided, and we may need to rebook if the problem
                could be infectious.""",
                """Avoid the area entirely; no deep work near cellulitis or wounds. Defer if
                contagious or widespread.""",
            ),
            "relaxation-massage": (
                "caution",
                """The affected area will be avoided. If the problem could be infectious, we may
                need to rebook.""",
                """Avoid the area; oils and lotions may irritate a rash. Defer if contagious or
                widespread.""",
            ),
            "acupressure": (
                "caution",
                """Points on or near the affected skin will not be pressed.""",
                """Avoid pressure on or near the lesion; choose distal points. Defer if
                contagious.""",
            ),
            "acupuncture": (
                "caution",
                """Needles are never placed in broken, infected or inflamed skin, so that area
                will be avoided.""",
                """Never needle through broken, infected or inflamed skin (infection risk); use
                points elsewhere. Defer if there is an active skin infection near planned
                points.""",
            ),
        },
    },
    {
        "slug": "osteoporosis",
        "name": "Osteoporosis or a recent fracture",
        "question": "Do you have osteoporosis, or have you broken a bone recently?",
        "detail_prompt": "Where, and when was the fracture?",
        "guidance": {
            "massage-therapy": (
                "caution",
                """Your therapist will use gentle pressure and avoid the area of any fracture.""",
                """No deep or heavy pressure, especially over the spine and ribs; avoid the
                fracture site until healed. Take care with positioning.""",
            ),
            "medical-massage": (
                "caution",
                """Deep pressure is not suitable for fragile bones. Your therapist will use
                gentler techniques and stay away from any fracture.""",
                """No deep pressure or forceful stretching; avoid the spine, ribs and any
                fracture site. Consider relaxation massage if firm work is not possible.""",
            ),
            "relaxation-massage": (
                "note",
                """Gentle relaxation massage is usually fine. Tell us about any fracture, so it
                can be avoided.""",
                """Light pressure is generally appropriate; avoid the fracture site and take care
                with positioning and getting on and off the table.""",
            ),
            "acupressure": (
                "caution",
                """Only gentle pressure will be used, and never over a recent fracture.""",
                """Fingertip pressure only (no elbows or hard devices) over the spine and ribs;
                avoid the fracture site.""",
            ),
            "acupuncture": (
                "note",
                """Acupuncture is usually fine. Tell us where any fracture is, so you can lie
                comfortably and that area is avoided.""",
                """Avoid needling at a fresh fracture site; adjust positioning for comfort and
                for any vertebral fractures.""",
            ),
        },
    },
    {
        "slug": "metal-allergy",
        "name": "Metal allergy",
        "question": "Are you allergic to any metals, such as nickel?",
        "detail_prompt": "What are you allergic to?",
        "guidance": {
            "massage-therapy": (
                "note",
                """Massage is done by hand, so a metal allergy rarely matters.""",
                """Avoid metal massage tools; no other concern.""",
            ),
            "medical-massage": (
                "note",
                """Medical massage is done by hand, so a metal allergy rarely matters.""",
                """Avoid metal tools such as scraping instruments.""",
            ),
            "relaxation-massage": (
                "note",
                """Relaxation massage is done by hand, so a metal allergy rarely matters.""",
                """No metal in contact with the skin; no other concern.""",
            ),
            "acupressure": (
                "note",
                """Acupressure is mostly done with the hands. Some tools can be made of metal, so
                we will use others.""",
                """Some teishin and acupoint tools are metal; use fingers or non-metal devices.""",
            ),
            "acupuncture": (
                "caution",
                """Acupuncture needles are made of metal. Tell us what you react to; your
                acupuncturist may be able to use different needles, or suggest acupressure.""",
                """Needles are usually stainless steel, which contains nickel; consider other
                needle types if tolerated, or acupressure. Watch for local skin reactions.""",
            ),
        },
    },
    {
        "slug": "oil-allergy",
        "name": "Oil or lotion allergy",
        "question": "Are you allergic to any oils or lotions, including nut oils?",
        "detail_prompt": "What are you allergic to?",
        "guidance": {
            "massage-therapy": (
                "note",
                """Massage usually uses oil or lotion. Tell us what you react to, and we will use
                something suitable or none at all.""",
                """Check the ingredients of the massage medium (nut oils such as sweet almond,
                fragrances, lanolin); use a hypoallergenic, fragrance-free product or none.""",
            ),
            "medical-massage": (
                "note",
                """Tell us what you react to, and we will use a suitable product or work without
                oil.""",
                """Check the massage medium’s ingredients; many medical techniques, such as
                myofascial release, work on dry skin.""",
            ),
            "relaxation-massage": (
                "note",
                """Relaxation massage relies on oil or lotion. Tell us what you react to, and we
                will choose something suitable.""",
                """Use a hypoallergenic, fragrance-free medium; avoid nut oils and essential
                oils if there is any doubt.""",
            ),
            "acupressure": (
                "note",
                """Acupressure uses no oils or lotions.""",
                """No massage medium is used; no concern.""",
            ),
            "acupuncture": (
                "note",
                """Acupuncture uses no oils or lotions.""",
                """No massage medium is used; check any sensitivity to skin-cleaning swabs.""",
            ),
        },
    },
]

# ---------------------------------------------------------------------------------------------
# Curated comparisons. Each entry's "may suit you" lines follow the heading
# "<Modality> may suit you if…".
# ---------------------------------------------------------------------------------------------

COMPARISONS = [
    {
        "slug": "massage-therapy-vs-acupressure",
        "title": "Massage therapy and acupressure",
        "display_order": 10,
        "introduction": text("""
            Massage therapy and acupressure are both hands-on treatments, and people turn to
            both for pain and stress. They work in different ways, though. Massage moves over
            large areas of the body to loosen the muscles and other soft tissues, while
            acupressure presses on small, precise points chosen from traditional Chinese
            medicine.

            Here the two are set side by side: what each sets out to do, how it is given, where
            it comes from, who can give it, and whether you can learn to do it for yourself.
        """),
        "similarities": text("""
            Both are hands-on, and neither uses needles. Both may ease pain and muscle tension,
            both are often used to relieve stress, and many people find either one calming for
            body and mind alike.

            They also combine well. Some therapists add acupressure to a massage to loosen stubborn,
            long-held tension, and acupressure is sometimes likened to deep-tissue massage or
            myofascial release. You might also use acupressure at home between massage
            sessions.
        """),
        "entries": [
            (
                "massage-therapy",
                lines(
                    "you would like tension eased across large areas, such as your back and "
                    "shoulders;",
                    "you enjoy long strokes with oil, and time to unwind;",
                    "you are happy for someone else to do all the work.",
                ),
            ),
            (
                "acupressure",
                lines(
                    "you would rather stay clothed, with no oils;",
                    "you want something you can learn and use yourself at home;",
                    "you are drawn to traditional Chinese medicine but would rather avoid needles.",
                ),
            ),
        ],
    },
    {
        "slug": "acupuncture-vs-acupressure",
        "title": "Acupuncture and acupressure",
        "display_order": 20,
        "introduction": text("""
            Acupuncture and acupressure are easily confused, and for good reason. Both come from
            traditional Chinese medicine, and both stimulate the same acupoints along the same
            meridians. The difference is the tool: acupuncture uses super-fine needles, while
            acupressure uses steady pressure from the hands or a simple device.

            Chronic pain affects roughly one in five adults in the United States, and it is among
            the commonest reasons people try either treatment. Below you can see how the two
            differ: who may give them, how they are learnt, and how deep they are said to work.
        """),
        "similarities": text("""
            Both rest on the same map: the acupoints and meridians of traditional Chinese
            medicine, which were charted for acupuncture in The Yellow Emperor’s Classic of
            Internal Medicine, and both aim to free the flow of Qi. Both may prompt the body to
            release endorphins, and both are used for chronic pain, migraine, sleep problems,
            stress and anxiety. Studies suggest they may help some people manage pain, though
            the evidence for acupressure is weaker.

            For many people the choice comes down to personal preference and how they feel
            about needles. Acupuncture must be given by a licensed practitioner; acupressure can
            be learnt and used at home.
        """),
        "entries": [
            (
                "acupuncture",
                lines(
                    "you are comfortable with needles;",
                    "you would like several areas treated in one session by a licensed "
                    "practitioner;",
                    "you want a treatment that can sit alongside conventional medicine, "
                    "chiropractic care or massage.",
                ),
            ),
            (
                "acupressure",
                lines(
                    "you would rather avoid needles;",
                    "you want to learn points you can press yourself between visits;",
                    "you prefer a gentle, non-invasive treatment.",
                ),
            ),
        ],
    },
    {
        "slug": "medical-massage-vs-relaxation-massage",
        "title": "Medical massage and relaxation massage",
        "display_order": 30,
        "introduction": text("""
            Medical massage and relaxation massage are both forms of massage therapy, given by
            licensed massage therapists, but they set out to do different things. Medical
            massage works towards a specific physical goal, such as easing pain or recovering
            from an injury. Relaxation massage aims to calm you and support your general
            wellbeing.

            The difference shows in the techniques and the pressure. Medical massage uses
            firmer, targeted work such as trigger point therapy, deep tissue massage and
            myofascial release, and it can feel intense. Relaxation massage uses long, flowing
            strokes with lighter pressure, as in Swedish massage, and should feel soothing
            throughout.
        """),
        "similarities": text("""
            Both work on the muscles and soft tissues with the hands, usually with oil, and both
            may improve circulation and ease general muscle tension. Both are given by licensed
            massage therapists, who adjust the pressure to you.

            Many people benefit from both. Medical massage can deal with a specific problem,
            while relaxation massage helps keep stress in check; alternating between the two may
            help your body recover and support your wellbeing over time.
        """),
        "entries": [
            (
                "medical-massage",
                lines(
                    "you have a specific problem, such as chronic pain, an injury or a stiff "
                    "joint;",
                    "you want to move more freely;",
                    "you are comfortable with firm pressure that can feel intense at times.",
                ),
            ),
            (
                "relaxation-massage",
                lines(
                    "your main aim is to relax and relieve stress;",
                    "you would like to sleep better or simply feel calmer;",
                    "you prefer gentle pressure and long, soothing strokes.",
                ),
            ),
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# Loading and unloading
# ---------------------------------------------------------------------------------------------

MODALITY_FIELDS = [
    "name",
    "summary",
    "body",
    "session",
    "uses_needles",
    "self_administrable",
    "licence_required",
    "practitioner",
    "typical_pressure",
    "uses_oils",
    "typical_tools",
    "cultural_origin",
    "display_order",
]


def load(apps, schema_editor):
    Modality = apps.get_model("treatments", "Modality")
    ComparisonAspect = apps.get_model("treatments", "ComparisonAspect")
    AspectValue = apps.get_model("treatments", "AspectValue")
    Condition = apps.get_model("treatments", "Condition")
    ConditionUse = apps.get_model("treatments", "ConditionUse")
    Precaution = apps.get_model("treatments", "Precaution")
    PrecautionGuidance = apps.get_model("treatments", "PrecautionGuidance")
    Comparison = apps.get_model("treatments", "Comparison")
    ComparisonEntry = apps.get_model("treatments", "ComparisonEntry")

    modalities = {}
    for data in MODALITIES:
        defaults = {field: data[field] for field in MODALITY_FIELDS}
        defaults["parent"] = modalities[data["parent"]] if data["parent"] else None
        defaults["is_published"] = True
        modalities[data["slug"]], _ = Modality.objects.update_or_create(
            slug=data["slug"], defaults=defaults
        )

    for order, data in enumerate(ASPECTS, start=1):
        aspect, _ = ComparisonAspect.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "description": data["description"],
                "fact": data["fact"],
                "display_order": order * 10,
            },
        )
        for modality_slug, value in ASPECT_VALUES[data["slug"]].items():
            AspectValue.objects.update_or_create(
                aspect=aspect, modality=modalities[modality_slug], defaults={"text": value}
            )

    for order, data in enumerate(CONDITIONS, start=1):
        condition, _ = Condition.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "summary": data["summary"],
                "is_published": True,
                "display_order": order * 10,
            },
        )
        for modality_slug, evidence, note in data["uses"]:
            ConditionUse.objects.update_or_create(
                condition=condition,
                modality=modalities[modality_slug],
                defaults={"evidence": evidence, "note": text(note)},
            )

    for order, data in enumerate(PRECAUTIONS, start=1):
        precaution, _ = Precaution.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "question": data["question"],
                "detail_prompt": data["detail_prompt"],
                "display_order": order * 10,
            },
        )
        for modality_slug, (level, advice, staff_note) in data["guidance"].items():
            PrecautionGuidance.objects.update_or_create(
                precaution=precaution,
                modality=modalities[modality_slug],
                defaults={"level": level, "advice": text(advice), "staff_note": text(staff_note)},
            )

    for data in COMPARISONS:
        comparison, _ = Comparison.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "title": data["title"],
                "introduction": data["introduction"],
                "similarities": data["similarities"],
                "is_published": True,
                "display_order": data["display_order"],
            },
        )
        for order, (modality_slug, may_suit_you) in enumerate(data["entries"], start=1):
            ComparisonEntry.objects.update_or_create(
                comparison=comparison,
                modality=modalities[modality_slug],
                defaults={"may_suit_you": may_suit_you, "display_order": order * 10},
            )


def unload(apps, schema_editor):
    """Delete the rows created above, found by slug; dependent rows go with them (CASCADE)."""
    get = apps.get_model
    get("treatments", "Comparison").objects.filter(
        slug__in=[data["slug"] for data in COMPARISONS]
    ).delete()
    get("treatments", "Precaution").objects.filter(
        slug__in=[data["slug"] for data in PRECAUTIONS]
    ).delete()
    get("treatments", "Condition").objects.filter(
        slug__in=[data["slug"] for data in CONDITIONS]
    ).delete()
    get("treatments", "ComparisonAspect").objects.filter(
        slug__in=[data["slug"] for data in ASPECTS]
    ).delete()
    # Kinds before their parents: Modality.parent is PROTECT.
    Modality = get("treatments", "Modality")
    for data in reversed(MODALITIES):
        Modality.objects.filter(slug=data["slug"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("treatments", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(load, unload),
    ]
