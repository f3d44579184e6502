"""Sharper safety screening: split two combined precautions, add eight, name every source.

"Blood clot now or in the past" was one question, so an old clot that had been treated ruled out
every kind of massage; "osteoporosis or a recent fracture" mixed a long-term condition with a
healing injury. Each is retired (no longer asked, but kept with its answers, so old intakes
still show the question their patient saw) under a new slug, and the clear slugs go to the new,
separate questions. Eight precautions the clinic did not ask about are added, each with guidance
for the five seeded modalities. Every asked precaution gets its source, the health step is put
in an order that reads well, and the cautions that limit a modality's main technique (deep
pressure, or needling) are marked for the suggestion engine.

Forwards is idempotent (rows are found by slug). Backwards restores the two combined questions
and deletes the new ones; Django refuses (ScreeningAnswer.precaution is PROTECT) once a patient
has answered a new question, which is right: the answers must not be lost.

Conventions as in 0002: `text()` joins the lines of a triple-quoted block into one paragraph.
"""

from django.db import migrations


def text(block: str) -> str:
    paragraphs = [" ".join(part.split()) for part in block.strip().split("\n\n")]
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


MODALITY_SLUGS = [
    "massage-therapy",
    "medical-massage",
    "relaxation-massage",
    "acupressure",
    "acupuncture",
]

# old slug -> the retired row's new slug and name; the old name and order are for `unload`.
RETIRED = {
    "blood-clots": {
        "slug": "blood-clots-combined",
        "name": "Blood clots (combined question, no longer asked)",
        "old_name": "Blood clots",
        "source": "NHS: deep vein thrombosis (DVT); NICE CKS: deep vein thrombosis",
        "display_order": 900,
    },
    "osteoporosis": {
        "slug": "osteoporosis-or-fracture",
        "name": "Osteoporosis or a recent fracture (combined question, no longer asked)",
        "old_name": "Osteoporosis or a recent fracture",
        "source": "NHS: osteoporosis; NICE NG38: fractures (non-complex)",
        "display_order": 910,
    },
}

# Guidance tuples: (level, advice for patients, note for staff, restricts core technique).
NEW_PRECAUTIONS = [
    {
        "slug": "blood-clot-now",
        "name": "Blood clot now",
        "question": "Do you have a blood clot now, or are you being checked for one?",
        "detail_prompt": "Where is the clot, or where do the doctors think it may be?",
        "source": (
            "NHS: deep vein thrombosis (DVT); NICE CKS: deep vein thrombosis; "
            "NCCIH: massage therapy: what you need to know"
        ),
        "guidance": {
            "massage-therapy": (
                "avoid",
                """Massage is put off while you have a blood clot, or may have one, because
                pressing on it could loosen it. We will gladly book you in once your doctor says
                you are clear.""",
                """Current or suspected DVT or PE: no massage until medically cleared (risk of
                dislodging the thrombus). Unassessed calf pain, swelling or warmth: advise
                same-day assessment (GP or NHS 111); breathlessness or chest pain: 999.""",
                False,
            ),
            "medical-massage": (
                "avoid",
                """Deep, targeted massage could disturb a blood clot, so we will not treat you
                while you have one or are waiting for test results. Once your doctor is happy, we
                can talk about what would suit you.""",
                """Defer until medically cleared; afterwards no deep work on the affected limb,
                and follow the blood-thinner guidance while anticoagulated. Unassessed DVT
                symptoms: advise same-day assessment.""",
                False,
            ),
            "relaxation-massage": (
                "avoid",
                """Even gentle massage is put off while there may be a blood clot, as a
                precaution. We would be glad to see you once your doctor says it is safe.""",
                """Defer all massage, light work elsewhere included, until medically cleared.
                Most patients are anticoagulated afterwards: check before rebooking.""",
                False,
            ),
            "acupressure": (
                "caution",
                """Points on the limb with the clot will be left alone, and we would like your
                doctor to agree before you start. Gentle pressure elsewhere may then be
                possible.""",
                """Medical clearance first; no pressure on the affected limb. Assume
                anticoagulation: brief, gentle pressure only, check for bruising, and no self-care
                on that limb.""",
                False,
            ),
            "acupuncture": (
                "caution",
                """Needles are not placed in the limb with the clot, and we would like your
                doctor to agree before you start. You are likely to be on a blood thinner, so
                your acupuncturist will take extra care with needling too.""",
                """Medical clearance first; no needling of the affected limb. Assume
                anticoagulation and follow the blood-thinner precautions (fine, superficial
                needles; press each site after withdrawal).""",
                True,
            ),
        },
    },
    {
        "slug": "blood-clot-past",
        "name": "Blood clot in the past",
        "question": "Have you had a blood clot (such as a DVT) in the past that has been treated?",
        "detail_prompt": "Where was the clot, and when?",
        "source": (
            "NHS: deep vein thrombosis (DVT); NICE NG158: venous thromboembolic diseases; "
            "NCCIH: massage therapy: what you need to know"
        ),
        "guidance": {
            "massage-therapy": (
                "caution",
                """A clot that has been treated does not usually rule out massage. Your therapist
                will ask how you are now and keep the pressure lighter on the limb where the clot
                was.""",
                """Confirm the clot has resolved; ask about ongoing anticoagulation and
                post-thrombotic symptoms (swelling, skin changes). Light to moderate pressure on
                the previously affected limb. New calf pain or swelling: defer and advise
                same-day assessment.""",
                False,
            ),
            "medical-massage": (
                "caution",
                """Targeted massage is often still possible after a treated clot, but deep work
                on the limb where it was will be left out. Please tell us if you still take a
                blood thinner.""",
                """No deep tissue, trigger point or vigorous work on the previously affected
                limb; if still anticoagulated, follow the blood-thinner guidance everywhere.
                New swelling, warmth or calf pain: defer and refer.""",
                True,
            ),
            "relaxation-massage": (
                "note",
                """Gentle relaxation massage is usually fine after a clot has been treated.
                Please tell your therapist where the clot was.""",
                """Light pressure is appropriate; no sustained pressure on the previously
                affected limb. Check anticoagulation and any new leg symptoms before
                starting.""",
                False,
            ),
            "acupressure": (
                "note",
                """Acupressure is usually fine after a treated clot. Your practitioner will
                press gently on the limb where it was.""",
                """Gentle pressure on the previously affected limb; check anticoagulation and
                bruising. New leg symptoms: defer and refer.""",
                False,
            ),
            "acupuncture": (
                "note",
                """Acupuncture is usually possible after a treated clot. Tell your acupuncturist
                if you still take a blood thinner, so they can take extra care.""",
                """Check for ongoing anticoagulation (if so, follow the blood-thinner
                precautions). Do not needle swollen or discoloured skin on the previously
                affected limb.""",
                False,
            ),
        },
    },
    {
        "slug": "varicose-veins",
        "name": "Varicose veins",
        "question": "Do you have varicose veins?",
        "detail_prompt": "",
        "source": "NHS: varicose veins; NICE CG168: varicose veins: diagnosis and management",
        "guidance": {
            "massage-therapy": (
                "note",
                """Massage is usually fine. Your therapist will use only light strokes over the
                veins themselves.""",
                """No deep or sustained pressure directly over varicosities; light strokes
                towards the heart. Red, hard, hot or tender veins may be superficial
                thrombophlebitis: do not massage, advise medical review.""",
                False,
            ),
            "medical-massage": (
                "caution",
                """Deep pressure is not used directly over varicose veins. Your therapist will
                work around them, or more lightly over them.""",
                """No deep tissue or trigger point work over varicosities; work elsewhere on the
                limb. Tender, hard or inflamed veins, or a swollen leg: defer and advise
                assessment (thrombophlebitis, DVT).""",
                True,
            ),
            "relaxation-massage": (
                "note",
                """Gentle massage is usually fine, with light strokes over the veins.""",
                """Light pressure only over varicosities; do not massage over inflamed or tender
                veins.""",
                False,
            ),
            "acupressure": (
                "note",
                """Acupressure is usually fine. Points that lie directly over a varicose vein
                will not be pressed.""",
                """Do not press directly on varicosities (common around SP6 and the calf);
                choose nearby or alternative points.""",
                False,
            ),
            "acupuncture": (
                "caution",
                """Needles are never placed into a varicose vein, so your acupuncturist will
                choose points around them.""",
                """Do not needle into or immediately beside varicosities (bleeding,
                thrombophlebitis); check the lower leg for venous ulcers or fragile skin.""",
                False,
            ),
        },
    },
    {
        "slug": "heart-condition",
        "name": "Heart disease or high blood pressure that is not under control",
        "question": (
            "Do you have a heart condition, or high blood pressure that is not well controlled?"
        ),
        "detail_prompt": "Which condition, and what medicines do you take for it?",
        "source": (
            "NHS: high blood pressure (hypertension); NICE NG136: hypertension in adults; "
            "NHS: coronary heart disease; AACP guidelines for safe practice (electro-acupuncture)"
        ),
        "guidance": {
            "massage-therapy": (
                "caution",
                """Massage can often be adapted for heart conditions: your therapist will help
                you find a comfortable position and keep the pace gentle. If your blood pressure
                is not under control, we would like your doctor to agree first.""",
                """Ask about the condition, symptoms on exertion and medicines (anticoagulants;
                antihypertensives, so sit up slowly afterwards). No vigorous work. Uncontrolled
                BP, a recent cardiac event, unstable angina or heart failure that is getting
                worse: medical clearance first.""",
                False,
            ),
            "medical-massage": (
                "caution",
                """Vigorous, deep work can put extra strain on the heart and circulation, so your
                therapist will keep the pressure moderate and the pace steady. If your blood
                pressure is not well controlled, we would like your doctor to agree first.""",
                """No vigorous deep tissue work or long spells lying prone; moderate pressure.
                Uncontrolled BP, a recent cardiac event, unstable angina or decompensated heart
                failure: defer until medically cleared. Check for anticoagulants.""",
                True,
            ),
            "relaxation-massage": (
                "caution",
                """Gentle massage is often fine, and you can be propped up if lying flat is
                uncomfortable. If your blood pressure is not under control, please check with
                your doctor first.""",
                """Position for comfort (semi-reclined if breathless lying flat); sit up slowly
                afterwards (postural hypotension). Uncontrolled BP or a recent cardiac event:
                medical clearance first.""",
                False,
            ),
            "acupressure": (
                "caution",
                """Acupressure is gentle, but please tell us about your condition and your
                medicines. If your blood pressure is not under control, we would like your
                doctor to agree first.""",
                """Gentle pressure; no electrical acupoint stimulators with arrhythmias or
                implanted devices. Check for anticoagulants (bruising). Uncontrolled BP or a
                recent cardiac event: medical clearance first.""",
                False,
            ),
            "acupuncture": (
                "caution",
                """Acupuncture may still be possible, but your acupuncturist needs to know your
                condition and medicines, and may not use electro-acupuncture. If your blood
                pressure is not under control, we would like your doctor to agree first.""",
                """No electro-acupuncture with arrhythmias, implanted devices or unstable heart
                disease, nor with current across the chest. Check anticoagulants (follow the
                blood-thinner precautions); treat lying down. Uncontrolled BP or a recent
                cardiac event: medical clearance first.""",
                False,
            ),
        },
    },
    {
        "slug": "diabetes-neuropathy",
        "name": "Diabetes or neuropathy",
        "question": "Do you have diabetes, or numbness or tingling from nerve damage (neuropathy)?",
        "detail_prompt": "Which condition, and where do you have any numbness?",
        "source": (
            "NHS: diabetes; NHS: peripheral neuropathy; NHS: low blood sugar (hypoglycaemia); "
            "NICE NG19: diabetic foot problems"
        ),
        "guidance": {
            "massage-therapy": (
                "caution",
                """Where your skin feels numb you may not notice if the pressure is too firm, so
                your therapist will go gently there and check with you often. Please tell them
                straight away if you feel shaky or light-headed.""",
                """Reduced sensation: moderate pressure with frequent feedback, especially on the
                feet and lower legs; no heat. Inspect the feet for broken skin; avoid recent
                insulin injection sites; ask about hypoglycaemia and keep glucose to hand.""",
                False,
            ),
            "medical-massage": (
                "caution",
                """Deep pressure is not used where feeling is reduced, because you might not
                notice if it were too much. Your therapist will use lighter techniques there and
                check with you as they go.""",
                """No deep pressure over areas of reduced sensation or fragile skin (feet, lower
                legs); no heat. Check foot skin, insulin sites and hypoglycaemia risk; stop if
                the patient becomes shaky, sweaty or confused.""",
                True,
            ),
            "relaxation-massage": (
                "note",
                """Gentle massage is usually fine. Tell your therapist about any numb areas, and
                let them know straight away if you feel shaky or light-headed.""",
                """Light pressure; no heat on numb areas; inspect the feet for wounds. Ask about
                hypoglycaemia and keep a sugary drink to hand.""",
                False,
            ),
            "acupressure": (
                "caution",
                """Where feeling is reduced you may not notice if a point is pressed too hard, so
                gentle pressure will be used there. If you press points at home, it is best to
                choose areas with normal feeling.""",
                """Gentle pressure only over areas of reduced sensation; no pressure on fragile
                or broken skin of the feet. Teach self-care away from neuropathic areas; ask
                about hypoglycaemia.""",
                False,
            ),
            "acupuncture": (
                "caution",
                """With diabetes, skin can heal more slowly and pick up infection more easily, so
                needles will not be placed in your feet if they are numb or your circulation is
                poor. Points elsewhere can usually be used.""",
                """Do not needle the feet with neuropathy, poor circulation or ulceration; needle
                the lower legs with care (slow healing, infection risk) and strict clean
                technique. Reduced sensation can mask needle injury; ask about hypoglycaemia.""",
                True,
            ),
        },
    },
    {
        "slug": "epilepsy",
        "name": "Epilepsy or seizures",
        "question": "Do you have epilepsy, or have you had seizures?",
        "detail_prompt": "How often do seizures happen, and does anything set them off?",
        "source": (
            "NHS: epilepsy; NICE NG217: epilepsies in children, young people and adults; "
            "Epilepsy Action: seizure first aid"
        ),
        "guidance": {
            "massage-therapy": (
                "note",
                """Massage is usually fine. Please tell us what tends to set off a seizure for
                you, and what helps if one happens.""",
                """Ask about seizure type, frequency, warning signs and the patient's seizure
                plan. Avoid known triggers (tiredness, flashing light, essential oils such as
                rosemary, fennel or sage); be ready to turn the patient onto their side.""",
                False,
            ),
            "medical-massage": (
                "note",
                """Targeted massage is usually fine. Tell us about your seizures and any plan you
                have, so your therapist knows how to help if one happens.""",
                """Know the seizure type, triggers and plan; avoid triggers including stimulating
                essential oils. In prone positioning, be ready to turn the patient onto their
                side; do not restrain.""",
                False,
            ),
            "relaxation-massage": (
                "note",
                """Relaxation massage is usually fine. Please tell us if scents, flashing lights
                or tiredness can bring on a seizure for you.""",
                """Avoid known triggers, including essential oils reported to lower the seizure
                threshold (for example rosemary, fennel, sage); use fragrance-free oil if unsure.
                Know the patient's seizure plan.""",
                False,
            ),
            "acupressure": (
                "note",
                """Acupressure is usually fine. Let us know what helps if you have a seizure, so
                your practitioner knows what to do.""",
                """Know the seizure plan and triggers; treat seated or lying with a clear space
                around. No electrical acupoint stimulators.""",
                False,
            ),
            "acupuncture": (
                "caution",
                """Acupuncture is usually possible, but your acupuncturist needs to know about
                your seizures, and you will never be left alone with needles in place. Please
                tell us about anything that sets your seizures off.""",
                """Treat lying down and never leave the patient unattended with needles in place.
                In a seizure: do not restrain, protect from injury, remove needles once it ends
                and count them; call 999 if it lasts over 5 minutes. Use few needles at first;
                avoid electro-acupuncture.""",
                False,
            ),
        },
    },
    {
        "slug": "weakened-immunity",
        "name": "Weakened immune system",
        "question": (
            "Do you have a weakened immune system, for example from long-term steroid tablets, "
            "chemotherapy, or a condition such as HIV?"
        ),
        "detail_prompt": "What is the cause, or which medicine?",
        "source": (
            "NHS: steroid tablets; NHS: acupuncture; British Acupuncture Council code of safe "
            "practice; NCCIH: massage therapy: what you need to know"
        ),
        "guidance": {
            "massage-therapy": (
                "caution",
                """We take extra care with hygiene, and may ask to rebook if you or your therapist
                are unwell, to protect you. Long-term steroid tablets can make the skin and bones
                more fragile, so please tell us if you take them.""",
                """Defer if the patient or therapist has any infection; strict hand hygiene and
                clean linen; avoid broken skin. Long-term corticosteroids: fragile skin, easy
                bruising and possible bone loss, so moderate pressure.""",
                False,
            ),
            "medical-massage": (
                "caution",
                """We take extra care with hygiene and postpone if either of us is unwell. If you
                take long-term steroid tablets, your therapist may use less pressure, as they can
                thin the skin.""",
                """Defer with any infection in patient or therapist; hand hygiene. Long-term
                corticosteroids: fragile skin and bone loss, so no deep friction or heavy
                pressure; no work over broken skin.""",
                False,
            ),
            "relaxation-massage": (
                "caution",
                """We take extra care with hygiene, and may ask to rebook if either of us is
                unwell, to protect you.""",
                """Defer with any active infection in patient or therapist; hand hygiene, fresh
                linen; check skin integrity.""",
                False,
            ),
            "acupressure": (
                "note",
                """Acupressure does not break the skin, so it is usually fine. We will still
                postpone if either of us is unwell.""",
                """Hand hygiene; no pressure on broken skin; defer with active infection. A
                suitable alternative where needling is restricted.""",
                False,
            ),
            "acupuncture": (
                "caution",
                """Needles pass through the skin, so infection is a little more likely when the
                immune system is weak. Your acupuncturist may use fewer needles, avoid some
                areas, or suggest acupressure instead.""",
                """Infection risk from skin puncture: single-use sterile needles, clean skin and
                clean-field technique, fewer needles; avoid swollen limbs, broken skin and areas
                near joint replacements. Severe immunosuppression or neutropenia: do not needle;
                consider acupressure.""",
                True,
            ),
        },
    },
    {
        "slug": "recent-fracture",
        "name": "A broken bone in the last 3 months",
        "question": "Have you broken a bone in the last 3 months?",
        "detail_prompt": "Which bone, and when?",
        "source": (
            "NICE NG38: fractures (non-complex): assessment and management; "
            "NCCIH: massage therapy: what you need to know"
        ),
        "guidance": {
            "massage-therapy": (
                "caution",
                """The area around the break is left alone until it has healed and your doctor or
                physiotherapist is happy. Massage elsewhere may still help.""",
                """Avoid the fracture site and any immobilised limb until union is confirmed;
                follow fracture clinic or physiotherapy restrictions on positioning. Ask how it
                happened: a low-trauma fracture suggests osteoporosis.""",
                False,
            ),
            "medical-massage": (
                "caution",
                """Deep work near a healing break has to wait until the bone has knitted and your
                doctor or physiotherapist agrees. Other areas can often still be treated.""",
                """No deep work, stretching or mobilisation near the fracture or on an
                immobilised limb until healed and cleared. Screen for DVT after immobilisation; a
                low-trauma fracture suggests osteoporosis (use those precautions).""",
                True,
            ),
            "relaxation-massage": (
                "caution",
                """Gentle massage away from the break is often possible. Tell us where it is, so
                we can make you comfortable around it.""",
                """Avoid the fracture site and any cast or splint; adapt positioning. Screen an
                immobilised leg for DVT signs.""",
                False,
            ),
            "acupressure": (
                "caution",
                """Points on or near the break will not be pressed until it has healed. Gentle
                pressure elsewhere may still be used.""",
                """No pressure at or near the fracture; choose distal or opposite-side points.
                Gentle pressure throughout if the fracture was low-trauma.""",
                False,
            ),
            "acupuncture": (
                "note",
                """Needles are not placed near the break while it heals. Tell us where it is, so
                you can lie comfortably.""",
                """No needling at or near the fracture site or under a cast; adapt positioning.
                Ask whether the fracture was low-trauma.""",
                False,
            ),
        },
    },
    {
        "slug": "osteoporosis",
        "name": "Osteoporosis (thin bones)",
        "question": "Do you have osteoporosis (thin or fragile bones)?",
        "detail_prompt": "",
        "source": (
            "NHS: osteoporosis; Royal Osteoporosis Society; "
            "NCCIH: massage therapy: what you need to know"
        ),
        "guidance": {
            "massage-therapy": (
                "caution",
                """Your therapist will keep the pressure moderate, take particular care over your
                spine and ribs, and help you on and off the couch.""",
                """No deep or heavy pressure, especially over the spine, ribs and hips; no
                forceful stretching or joint mobilisation. Ask about past fractures (especially
                vertebral) and support positioning and transfers.""",
                False,
            ),
            "medical-massage": (
                "caution",
                """Firm, deep pressure is not suitable for fragile bones, so your therapist will
                use gentler techniques. If firm work is what you hoped for, we may suggest another
                approach.""",
                """No deep pressure, forceful stretching, manipulation or percussion, particularly
                over the spine and ribs; consider side-lying instead of prone. If firm work is
                the aim, consider relaxation massage or acupressure.""",
                True,
            ),
            "relaxation-massage": (
                "note",
                """Gentle relaxation massage is usually fine with osteoporosis. Please tell your
                therapist about any bones you have broken.""",
                """Light pressure is appropriate; support positioning (pillows, side-lying if
                kyphotic) and help with transfers. Ask about previous fragility fractures.""",
                False,
            ),
            "acupressure": (
                "caution",
                """Only gentle fingertip pressure will be used, especially over your back and
                ribs. If you learn points to press at home, the same light touch is best.""",
                """Fingertip-pad pressure only over the spine, ribs and hips; no elbows,
                knuckles or hard devices. Teach light self-pressure.""",
                False,
            ),
            "acupuncture": (
                "note",
                """Acupuncture is usually fine with osteoporosis. Tell us about any bones you have
                broken, so we can help you lie comfortably.""",
                """No specific needling restriction; position for comfort (vertebral fractures,
                kyphosis) and support transfers. Ask about falls.""",
                False,
            ),
        },
    },
    {
        "slug": "needle-fainting",
        "name": "Fainting with needles, or a fear of needles",
        "question": (
            "Have you ever fainted with needles or injections, or do you have a strong fear of "
            "needles?"
        ),
        "detail_prompt": "",
        "source": (
            "NHS: acupuncture; NHS: fainting; British Acupuncture Council code of safe practice"
        ),
        "guidance": {
            "massage-therapy": (
                "note",
                """No needles are used in massage. If you tend to faint at other times too, please
                let your therapist know.""",
                """No needles; no concern for the technique. Note any general tendency to faint
                and sit the patient up slowly after treatment.""",
                False,
            ),
            "medical-massage": (
                "note",
                """No needles are used in medical massage.""",
                """No needles; no concern for the technique. Note any general tendency to
                faint.""",
                False,
            ),
            "relaxation-massage": (
                "note",
                """No needles are used in relaxation massage.""",
                """No needles; no concern.""",
                False,
            ),
            "acupressure": (
                "note",
                """No needles are used: acupressure works on points like those of acupuncture,
                with fingertip pressure instead.""",
                """No needles; a suitable alternative for needle-averse patients interested in
                point-based treatment.""",
                False,
            ),
            "acupuncture": (
                "caution",
                """Some people feel faint during acupuncture, especially the first time. If you
                would like to try it, you would lie down, start with only a few needles, and can
                stop at any time; acupressure is a needle-free alternative.""",
                """High risk of a vasovagal reaction: treat lying down, after the patient has
                eaten, with few fine needles at first, and stay with them; if faint, remove the
                needles and raise the legs. With a strong fear, discuss acupressure instead.""",
                True,
            ),
        },
    },
]

# Sources for the precautions seeded in 0002 that are still asked.
SOURCES = {
    "pregnancy": (
        "NHS: acupuncture; NCCIH: massage therapy: what you need to know; "
        "AACP guidelines for safe practice"
    ),
    "blood-thinners": (
        "NHS: anticoagulant medicines; NHS: acupuncture; "
        "NCCIH: massage therapy: what you need to know"
    ),
    "implanted-device": (
        "NHS: pacemaker implantation; AACP guidelines for safe practice (electro-acupuncture)"
    ),
    "recent-surgery": "NCCIH: massage therapy: what you need to know; NHS: acupuncture",
    "fever": "Clinic source documents; NICE CKS: back pain – low (without radiculopathy)",
    "cancer-treatment": (
        "NCCIH: massage therapy: what you need to know; Macmillan Cancer Support: "
        "complementary therapies; NHS: acupuncture"
    ),
    "skin-condition": "NHS: acupuncture; NCCIH: massage therapy: what you need to know",
    "metal-allergy": "NHS: acupuncture; NHS: contact dermatitis",
    "oil-allergy": "Clinic source documents; NHS: contact dermatitis; NHS: food allergy",
}

# The health step in this order: pregnancy, blood and circulation, the heart, long-term
# conditions, recent operations and injuries, bones, how you are today, then needles and
# allergies. Precautions staff have added themselves keep their own order.
ASKED_ORDER = [
    "pregnancy",
    "blood-thinners",
    "blood-clot-now",
    "blood-clot-past",
    "varicose-veins",
    "heart-condition",
    "implanted-device",
    "diabetes-neuropathy",
    "epilepsy",
    "weakened-immunity",
    "cancer-treatment",
    "recent-surgery",
    "recent-fracture",
    "osteoporosis",
    "skin-condition",
    "fever",
    "needle-fainting",
    "metal-allergy",
    "oil-allergy",
]

# The order 0002 seeded, restored by `unload`.
SEEDED_ORDER = [
    "pregnancy",
    "blood-thinners",
    "implanted-device",
    "blood-clots",
    "recent-surgery",
    "fever",
    "cancer-treatment",
    "skin-condition",
    "osteoporosis",
    "metal-allergy",
    "oil-allergy",
]

# Existing cautions that limit deep pressure or needling (their texts say so).
RESTRICTING = {
    "blood-thinners": ["medical-massage", "massage-therapy", "acupuncture"],
    "pregnancy": ["medical-massage", "acupuncture"],
    "cancer-treatment": ["medical-massage", "massage-therapy", "acupuncture"],
    "recent-surgery": ["medical-massage"],
}


def retire_combined(Precaution):
    for old_slug, retired in RETIRED.items():
        # Rename only the first time: on a second run the old slug already belongs to a new row.
        if not Precaution.objects.filter(slug=retired["slug"]).exists():
            Precaution.objects.filter(slug=old_slug).update(slug=retired["slug"])
        Precaution.objects.filter(slug=retired["slug"]).update(
            name=retired["name"],
            source=retired["source"],
            is_asked=False,
            display_order=retired["display_order"],
        )


def add_new(Precaution, PrecautionGuidance, modalities):
    for data in NEW_PRECAUTIONS:
        precaution, _ = Precaution.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "question": data["question"],
                "detail_prompt": data["detail_prompt"],
                "source": data["source"],
                "is_asked": True,
            },
        )
        for modality_slug, (level, advice, staff_note, restricts) in data["guidance"].items():
            # A modality staff have deleted gets no row; the missing-guidance check reports it.
            if modality_slug not in modalities:
                continue
            PrecautionGuidance.objects.update_or_create(
                precaution=precaution,
                modality=modalities[modality_slug],
                defaults={
                    "level": level,
                    "advice": text(advice),
                    "staff_note": text(staff_note),
                    "restricts_core_technique": restricts,
                },
            )


def load(apps, schema_editor):
    Modality = apps.get_model("treatments", "Modality")
    Precaution = apps.get_model("treatments", "Precaution")
    PrecautionGuidance = apps.get_model("treatments", "PrecautionGuidance")
    modalities = {m.slug: m for m in Modality.objects.filter(slug__in=MODALITY_SLUGS)}

    retire_combined(Precaution)
    add_new(Precaution, PrecautionGuidance, modalities)
    for slug, source in SOURCES.items():
        Precaution.objects.filter(slug=slug).update(source=source)
    for order, slug in enumerate(ASKED_ORDER, start=1):
        Precaution.objects.filter(slug=slug).update(display_order=order * 10)
    for slug, modality_slugs in RESTRICTING.items():
        PrecautionGuidance.objects.filter(
            precaution__slug=slug, modality__slug__in=modality_slugs
        ).update(restricts_core_technique=True)


def unload(apps, schema_editor):
    Precaution = apps.get_model("treatments", "Precaution")
    PrecautionGuidance = apps.get_model("treatments", "PrecautionGuidance")

    # Guidance goes with its precaution (CASCADE); answered precautions are PROTECTed.
    Precaution.objects.filter(slug__in=[data["slug"] for data in NEW_PRECAUTIONS]).delete()
    for old_slug, retired in RETIRED.items():
        Precaution.objects.filter(slug=retired["slug"]).update(
            slug=old_slug, name=retired["old_name"], is_asked=True
        )
    Precaution.objects.filter(slug__in=[*SOURCES, *RETIRED]).update(source="")
    for order, slug in enumerate(SEEDED_ORDER, start=1):
        Precaution.objects.filter(slug=slug).update(display_order=order * 10)
    for slug, modality_slugs in RESTRICTING.items():
        PrecautionGuidance.objects.filter(
            precaution__slug=slug, modality__slug__in=modality_slugs
        ).update(restricts_core_technique=False)


class Migration(migrations.Migration):
    dependencies = [
        ("treatments", "0005_content_corrections"),
    ]

    operations = [
        migrations.RunPython(load, unload),
    ]
