"""Polish for the seeded treatment content that the intake and every page's headings show:
condition and treatment names, the conditions' 999 signs (safety wording: shown under the
intake's own emergency heading), the health questions, the comparison rows' names, services and
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
    ("condition", "emergency_signs"): {
        'New numbness, tingling or a change in feeling around your genitals, buttocks, back passage or inner thighs, including when you wipe after the toilet\nNew difficulty peeing, leaking pee, not feeling when your bladder is full, or not being able to control when you pee or poo\nPain, tingling, numbness or weakness in both legs\nWeakness or numbness in a leg that is severe or getting worse\nA new loss of feeling in your genitals during sex, or new trouble getting an erection or ejaculating\nChest pain of any kind together with your back pain\nBack pain that started after a serious accident, such as a car accident': (
            'Nowe drętwienie, mrowienie lub zmiana czucia w okolicy narządów płciowych, pośladków, odbytu lub wewnętrznej strony ud, także przy podcieraniu się po skorzystaniu z toalety\nNowe trudności z oddawaniem moczu, popuszczanie moczu, brak czucia, że pęcherz jest pełny, albo brak kontroli nad oddawaniem moczu lub stolca\nBól, mrowienie, drętwienie lub osłabienie obu nóg\nOsłabienie lub drętwienie nogi, które jest silne lub się nasila\nNowa utrata czucia w narządach płciowych podczas seksu albo nowe problemy z erekcją lub wytryskiem\nJakikolwiek ból w klatce piersiowej razem z bólem pleców\nBól pleców, który zaczął się po poważnym wypadku, na przykład samochodowym'
        ),
        'A stiff neck with a high temperature, especially with a headache, being sick, finding bright light painful, drowsiness, or a rash that does not fade when a glass is pressed against it\nSudden neck or jaw pain with pain or pressure in your chest, especially with sweating, feeling sick, light-headedness or breathlessness\nNeck pain after a serious accident, such as a car accident': (
            'Sztywność karku z wysoką gorączką, zwłaszcza z bólem głowy, wymiotami, bólem przy jasnym świetle, sennością lub wysypką, która nie blednie po przyciśnięciu szklanką\nNagły ból szyi lub żuchwy z bólem lub uciskiem w klatce piersiowej, zwłaszcza z poceniem się, nudnościami, zawrotami głowy lub dusznością\nBól szyi po poważnym wypadku, na przykład samochodowym'
        ),
        'Sudden shoulder or arm pain with pain or pressure in your chest, or spreading to your jaw or neck, especially with sweating, feeling sick, light-headedness or breathlessness\nAfter a fall or an injury: a shoulder that looks out of shape, or an arm you cannot move': (
            'Nagły ból barku lub ręki z bólem lub uciskiem w klatce piersiowej albo promieniujący do żuchwy lub szyi, zwłaszcza z poceniem się, nudnościami, zawrotami głowy lub dusznością\nPo upadku lub urazie: bark, który wygląda na zniekształcony, albo ręka, którą nie można poruszać'
        ),
        'A headache that came on suddenly and is extremely painful, like the worst you have ever had\nA headache with a high temperature and a stiff neck, or a rash that does not fade when a glass is pressed against it\nA headache with confusion or drowsiness, sudden problems speaking or remembering things, sudden weakness or numbness on one side of the body, or loss of vision\nA severe headache with redness in the white of an eye\nA headache after a blow or injury to the head, such as from a fall or an accident\nIn a child under 12: a headache with drowsiness or a lasting lack of energy, with problems seeing, speaking, swallowing, balancing or walking, or starting within 5 days of a head injury': (
            'Ból głowy, który pojawił się nagle i jest niezwykle silny, jak najgorszy w życiu\nBól głowy z wysoką gorączką i sztywnością karku albo z wysypką, która nie blednie po przyciśnięciu szklanką\nBól głowy ze splątaniem lub sennością, nagłymi problemami z mówieniem lub pamięcią, nagłym osłabieniem lub drętwieniem jednej strony ciała albo utratą wzroku\nSilny ból głowy z zaczerwienieniem białka oka\nBól głowy po uderzeniu lub urazie głowy, na przykład po upadku lub wypadku\nU dziecka poniżej 12 lat: ból głowy z sennością lub utrzymującym się brakiem energii, z problemami z widzeniem, mówieniem, przełykaniem, równowagą lub chodzeniem albo zaczynający się w ciągu 5 dni od urazu głowy'
        ),
        'Thoughts of ending your life that you feel you might act on, or having seriously harmed yourself, for example by taking an overdose': (
            'Myśli o odebraniu sobie życia, które możesz zrealizować, albo poważne zrobienie sobie krzywdy, na przykład przedawkowanie leków'
        ),
        'Vomiting blood, or sick that looks like coffee grounds, with feeling faint, dizzy, confused or generally unwell, fast or shallow breathing, cold, clammy or pale skin, tummy pain, or black poo': (
            'Wymiotowanie krwią lub treścią wyglądającą jak fusy od kawy, z uczuciem omdlenia, zawrotami głowy, splątaniem lub ogólnie złym samopoczuciem, szybkim lub płytkim oddechem, zimną, lepką lub bladą skórą, bólem brzucha albo czarnym stolcem'
        ),
        'Sudden breathlessness, chest or upper back pain that is worse when you breathe in, or coughing up blood, especially with a painful, swollen leg\nFainting or collapsing': (
            'Nagła duszność, ból w klatce piersiowej lub w górnej części pleców, który nasila się przy wdechu, albo odkrztuszanie krwi, zwłaszcza z bolesną, obrzękniętą nogą\nOmdlenie lub zasłabnięcie'
        ),
        'Sudden breathlessness, chest or upper back pain that is worse when you breathe in, or coughing up blood, especially with a painful, swollen leg\nFainting or collapsing': (
            'Nagła duszność, ból w klatce piersiowej lub w górnej części pleców, który nasila się przy wdechu, albo odkrztuszanie krwi, zwłaszcza z bolesną, obrzękniętą nogą\nOmdlenie lub zasłabnięcie'
        ),
        'Sciatica in both legs\nSevere or worsening weakness or numbness in one or both legs\nNumbness, tingling or a change in feeling around or under your genitals, around your bottom or between your inner thighs, including when you wipe after the toilet\nFinding it hard to start peeing, not being able to pee, leaking pee, not feeling when your bladder is full, or not being able to control when you pee\nNot noticing when you need to poo, or not being able to control it\nA new loss of feeling in your genitals during sex, or new trouble getting an erection or ejaculating': (
            'Rwa kulszowa w obu nogach\nSilne lub narastające osłabienie albo drętwienie jednej lub obu nóg\nDrętwienie, mrowienie lub zmiana czucia wokół lub pod narządami płciowymi, wokół pośladków lub między wewnętrznymi stronami ud, także przy podcieraniu się po skorzystaniu z toalety\nTrudności z rozpoczęciem oddawania moczu, niemożność oddania moczu, popuszczanie moczu, brak czucia, że pęcherz jest pełny, albo brak kontroli nad oddawaniem moczu\nNieodczuwanie potrzeby oddania stolca albo brak kontroli nad tym\nNowa utrata czucia w narządach płciowych podczas seksu albo nowe problemy z erekcją lub wytryskiem'
        ),
        'After an injury: an arm or leg that looks bent or out of shape, a bone showing through the skin, or an arm or leg you cannot move': (
            'Po urazie: ręka lub noga, która wygląda na wygiętą lub zniekształconą, kość widoczna przez skórę albo ręka lub noga, którą nie można poruszać'
        ),
        'During cancer treatment: chest pain, difficulty breathing, or bleeding that is heavy or will not stop': (
            'W trakcie leczenia onkologicznego: ból w klatce piersiowej, trudności z oddychaniem albo krwawienie, które jest obfite lub nie ustaje'
        ),
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
