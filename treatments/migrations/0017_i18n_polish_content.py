"""Polish for the seeded treatment content that the intake and every page's headings show:
condition and treatment names, the health questions, the comparison rows' names, services and
comparisons' titles. Matched on the English text, so a row staff have since reworded is left
for them to translate in the admin (it falls back to English meanwhile).

Not yet translated (shown in English on Polish pages until staff fill them in): the treatment
pages' long texts, the precautions' advice, the conditions' summaries and notes, the comparison
tables' cells, practitioners' bios, what to expect and the location's details. The admin lists
them per row ("Missing translations"). Like the catalogue, this is unreviewed: see
clinic.models.LanguageReview.
"""

from django.db import migrations

POLISH = {
    ("condition", "name"): {
        "Chronic pain": "Ból przewlekły",
        "Low back pain": "Ból dolnej części pleców",
        "Neck pain": "Ból szyi",
        "Shoulder pain": "Ból barku",
        "Knee pain": "Ból kolana",
        "Joint pain": "Ból stawów",
        "Muscle tension": "Napięcie mięśni",
        "Migraine and headache": "Migrena i ból głowy",
        "Stress and anxiety": "Stres i lęk",
        "Sleep problems": "Problemy ze snem",
        "Nausea and vomiting": "Nudności i wymioty",
        "Period pain": "Bolesne miesiączki",
        "Labour and postpartum pain": "Ból porodowy i poporodowy",
        "Pain after surgery": "Ból po operacji",
        "Fibromyalgia": "Fibromialgia",
        "Sciatica": "Rwa kulszowa",
        "Arthritis": "Zapalenie stawów",
        "Recovery from injury": "Powrót do sprawności po urazie",
        "Limited mobility and stiffness": "Ograniczona ruchomość i sztywność",
        "Digestive discomfort": "Dolegliwości trawienne",
        "Cancer-related fatigue": "Zmęczenie związane z chorobą nowotworową",
    },
    ("precaution", "name"): {
        "Pregnancy": "Ciąża",
        "Blood thinners or a bleeding disorder": "Leki przeciwzakrzepowe lub skaza krwotoczna",
        "Blood clot now": "Obecny zakrzep",
        "Blood clot in the past": "Zakrzep w przeszłości",
        "Varicose veins": "Żylaki",
        "Heart disease or high blood pressure that is not under control": (
            "Choroba serca lub nieuregulowane wysokie ciśnienie krwi"
        ),
        "Pacemaker or other implanted device": "Rozrusznik serca lub inne wszczepione urządzenie",
        "Diabetes or neuropathy": "Cukrzyca lub neuropatia",
        "Epilepsy or seizures": "Padaczka lub napady drgawkowe",
        "Weakened immune system": "Osłabiony układ odpornościowy",
        "Cancer treatment": "Leczenie onkologiczne",
        "Recent surgery": "Niedawna operacja",
        "A broken bone in the last 3 months": "Złamanie kości w ciągu ostatnich 3 miesięcy",
        "Osteoporosis (thin bones)": "Osteoporoza (kruche kości)",
        "Skin infection, rash or open wound": "Infekcja skóry, wysypka lub otwarta rana",
        "Fever or feeling unwell": "Gorączka lub złe samopoczucie",
        "Cancer in the past": "Nowotwór w przeszłości",
        "Fainting with needles, or a fear of needles": "Omdlenia przy igłach lub lęk przed igłami",
        "Metal allergy": "Alergia na metale",
        "Oil or lotion allergy": "Alergia na olejki lub balsamy",
    },
    ("precaution", "question"): {
        "Are you pregnant, or could you be?": "Czy jesteś w ciąży lub możesz być w ciąży?",
        "Do you take a blood-thinning medicine, or have a bleeding disorder?": (
            "Czy przyjmujesz lek rozrzedzający krew (przeciwzakrzepowy) lub masz skazę "
            "krwotoczną?"
        ),
        "Do you have a blood clot now, or are you being checked for one?": (
            "Czy masz obecnie zakrzep albo czy jesteś w trakcie badań w kierunku zakrzepu?"
        ),
        "Have you had a blood clot (such as a DVT) in the past that has been treated?": (
            "Czy w przeszłości miałeś/miałaś leczony zakrzep (np. zakrzepicę żył głębokich)?"
        ),
        "Do you have varicose veins?": "Czy masz żylaki?",
        "Do you have a heart condition, or high blood pressure that is not well controlled?": (
            "Czy masz chorobę serca albo wysokie ciśnienie krwi, które nie jest dobrze "
            "uregulowane?"
        ),
        "Do you have a pacemaker or another implanted device?": (
            "Czy masz rozrusznik serca lub inne wszczepione urządzenie?"
        ),
        "Do you have diabetes, or numbness or tingling from nerve damage (neuropathy)?": (
            "Czy masz cukrzycę albo drętwienie lub mrowienie spowodowane uszkodzeniem nerwów "
            "(neuropatią)?"
        ),
        "Do you have epilepsy, or have you had seizures?": (
            "Czy masz padaczkę albo czy zdarzały Ci się napady drgawkowe?"
        ),
        "Do you have a weakened immune system, for example from long-term steroid tablets, "
        "chemotherapy, or a condition such as HIV?": (
            "Czy masz osłabiony układ odpornościowy, na przykład z powodu długotrwałego "
            "przyjmowania sterydów w tabletkach, chemioterapii lub choroby takiej jak HIV?"
        ),
        "Are you having, or have you recently had, treatment for cancer?": (
            "Czy jesteś obecnie lub byłeś/byłaś niedawno leczony/leczona onkologicznie?"
        ),
        "Have you had cancer at any time, even if it was treated and you are now well?": (
            "Czy kiedykolwiek chorowałeś/chorowałaś na nowotwór, nawet jeśli był leczony i "
            "teraz czujesz się dobrze?"
        ),
        "Have you had surgery in the past 3 months?": (
            "Czy w ciągu ostatnich 3 miesięcy przeszedłeś/przeszłaś operację?"
        ),
        "Have you broken a bone in the last 3 months?": (
            "Czy w ciągu ostatnich 3 miesięcy złamałeś/złamałaś kość?"
        ),
        "Do you have osteoporosis (thin or fragile bones)?": (
            "Czy masz osteoporozę (cienkie lub kruche kości)?"
        ),
        "Do you have a skin infection, rash or open wound?": (
            "Czy masz infekcję skóry, wysypkę lub otwartą ranę?"
        ),
        "Do you have a fever, or feel unwell today?": (
            "Czy masz gorączkę albo czy źle się dziś czujesz?"
        ),
        "Have you ever fainted with needles or injections, or do you have a strong fear of "
        "needles?": (
            "Czy kiedykolwiek zemdlałeś/zemdlałaś przy igłach lub zastrzykach albo czy masz "
            "silny lęk przed igłami?"
        ),
        "Are you allergic to any metals, such as nickel?": (
            "Czy masz alergię na jakiś metal, na przykład nikiel?"
        ),
        "Are you allergic to any oils or lotions, including nut oils?": (
            "Czy masz alergię na jakieś olejki lub balsamy, w tym olejki z orzechów?"
        ),
    },
    ("precaution", "detail_prompt"): {
        "How many weeks pregnant are you?": "W którym tygodniu ciąży jesteś?",
        "Which medicine, or which condition?": "Jaki lek lub jaka choroba?",
        "Where is the clot, or where do the doctors think it may be?": (
            "Gdzie jest zakrzep albo gdzie według lekarzy może być?"
        ),
        "Where was the clot, and when?": "Gdzie był zakrzep i kiedy?",
        "Which condition, and what medicines do you take for it?": (
            "Jaka choroba i jakie leki na nią przyjmujesz?"
        ),
        "Which device?": "Jakie urządzenie?",
        "Which condition, and where do you have any numbness?": (
            "Jaka choroba i w którym miejscu występuje drętwienie?"
        ),
        "How often do seizures happen, and does anything set them off?": (
            "Jak często zdarzają się napady i czy coś je wywołuje?"
        ),
        "What is the cause, or which medicine?": "Jaka jest przyczyna albo jaki lek?",
        "What treatment, and when?": "Jakie leczenie i kiedy?",
        "What kind of cancer, and when was it treated?": (
            "Jaki to był nowotwór i kiedy był leczony?"
        ),
        "What surgery, and when?": "Jaka operacja i kiedy?",
        "Which bone, and when?": "Która kość i kiedy?",
        "Where on your body?": "W którym miejscu ciała?",
        "What are you allergic to?": "Na co masz alergię?",
    },
    ("modality", "name"): {
        "Massage therapy": "Masaż leczniczy",
        "Medical massage": "Masaż medyczny",
        "Relaxation massage": "Masaż relaksacyjny",
        "Acupressure": "Akupresura",
        "Acupuncture": "Akupunktura",
    },
    ("modality", "summary"): {
        "Hands-on treatment of the muscles and other soft tissues by a trained massage "
        "therapist, usually with oil, to ease tension and help you relax.": (
            "Terapia manualna mięśni i innych tkanek miękkich wykonywana przez "
            "wykwalifikowanego masażystę, zwykle z olejkiem, aby zmniejszyć napięcie i pomóc "
            "się zrelaksować."
        ),
        "Goal-focused massage with firmer, deeper pressure for pain, injury and stiffness, "
        "from a massage therapist who has specialised training.": (
            "Masaż ukierunkowany na cel, z mocniejszym i głębszym naciskiem, przy bólu, "
            "urazach i sztywności, wykonywany przez masażystę ze specjalistycznym "
            "przeszkoleniem."
        ),
        "Gentle massage with long, flowing strokes and lighter pressure, aimed at calm and "
        "general wellbeing rather than at a specific condition.": (
            "Łagodny masaż długimi, płynnymi ruchami i z lżejszym naciskiem, nastawiony na "
            "wyciszenie i ogólne samopoczucie, a nie na konkretną dolegliwość."
        ),
        "A needle-free practice from traditional Chinese medicine: steady, direct pressure on "
        "specific acupoints, which you can learn to do for yourself.": (
            "Metoda bez igieł, wywodząca się z tradycyjnej medycyny chińskiej: stały, "
            "bezpośredni ucisk określonych punktów akupunkturowych, którego można nauczyć się "
            "samodzielnie."
        ),
        "A practice from traditional Chinese medicine in which a trained acupuncturist places "
        "super-fine needles at specific acupoints along the meridians.": (
            "Metoda z tradycyjnej medycyny chińskiej, w której wykwalifikowany akupunkturzysta "
            "umieszcza bardzo cienkie igły w określonych punktach wzdłuż meridianów."
        ),
    },
    ("comparisonaspect", "name"): {
        "Needles": "Igły",
        "Who can practise": "Kto może wykonywać",
        "Self-administration": "Samodzielne stosowanie",
        "Pressure and intensity": "Nacisk i intensywność",
        "Oils": "Olejki",
        "Often used for": "Często stosowane przy",
        "Administration": "Sposób stosowania",
        "Stated purpose": "Deklarowany cel",
        "Method of delivery": "Sposób wykonania",
        "Cultural origins": "Pochodzenie kulturowe",
        "Depth of effect": "Głębokość działania",
        "How it is learnt": "Jak się tego uczy",
        "Typical techniques": "Typowe techniki",
        "Tools and equipment": "Narzędzia i sprzęt",
    },
    ("comparisonaspect", "description"): {
        "Whether anything goes through the skin.": "Czy coś przechodzi przez skórę.",
        "Who gives the treatment here, and how it is regulated in the UK and the US.": (
            "Kto wykonuje zabieg u nas i jak jest to uregulowane w Wielkiej Brytanii i USA."
        ),
        "Whether you can give it to yourself once you have learnt how.": (
            "Czy po nauczeniu się można stosować go samodzielnie."
        ),
        "How strong the treatment usually feels.": "Jak mocno zwykle odczuwa się zabieg.",
        "Whether oil or lotion is used on the skin.": "Czy na skórę nakłada się olejek lub balsam.",
        "What people commonly come for; not a promise of results.": (
            "Z czym ludzie najczęściej przychodzą; to nie jest obietnica efektów."
        ),
        "How the treatment is applied to the body.": "Jak zabieg jest wykonywany na ciele.",
        "What the treatment sets out to do, in its own terms.": (
            "Co zabieg ma osiągnąć, według jego własnych założeń."
        ),
        "What touches you, and how.": "Co Cię dotyka i w jaki sposób.",
        "Where the practice comes from.": "Skąd pochodzi ta metoda.",
        "How deep into the body the treatment works, or is said to work.": (
            "Jak głęboko w ciele działa zabieg lub jak głęboko ma działać."
        ),
        "What it takes to be able to give the treatment.": (
            "Czego trzeba, aby móc wykonywać ten zabieg."
        ),
        "The main techniques the practitioner uses.": "Główne techniki stosowane przez terapeutę.",
        "What is used besides the practitioner’s hands.": "Czego używa się oprócz rąk terapeuty.",
    },
    ("service", "name"): {
        "Massage session": "Sesja masażu",
        "First visit": "Pierwsza wizyta",
        "Follow-up": "Wizyta kontrolna",
        "Relaxation massage": "Masaż relaksacyjny",
        "Short massage": "Krótki masaż",
    },
    ("service", "description"): {
        "Medical or relaxation massage: we suggest which after reading your intake.": (
            "Masaż medyczny lub relaksacyjny: po przeczytaniu formularza zaproponujemy który."
        ),
        "With an assessment of where it hurts and how you move.": (
            "Z oceną, gdzie boli i jak się poruszasz."
        ),
        "Back, neck and shoulders.": "Plecy, szyja i barki.",
        "With questions about your health and goals.": "Z pytaniami o zdrowie i cele.",
    },
    ("comparison", "title"): {
        "Massage therapy and acupressure": "Masaż leczniczy i akupresura",
        "Acupuncture and acupressure": "Akupunktura i akupresura",
        "Medical massage and relaxation massage": "Masaż medyczny i masaż relaksacyjny",
    },
}


def polish(apps, schema_editor):
    for (model_name, field), texts in POLISH.items():
        model = apps.get_model("treatments", model_name)
        for english, text in texts.items():
            model.objects.filter(**{f"{field}_en_gb": english}).update(**{f"{field}_pl": text})


def no_polish(apps, schema_editor):
    for model_name, field in POLISH:
        apps.get_model("treatments", model_name).objects.update(**{f"{field}_pl": None})


class Migration(migrations.Migration):
    dependencies = [("treatments", "0016_i18n_content_translations")]

    operations = [migrations.RunPython(polish, no_polish)]
