"""Polish for the seeded comparisons' prose (introductions, what they share, who each may suit),
the treatments' "what to expect", and the clinic's own content: the example practitioners'
roles, bios, qualifications, languages and registrations, and the example location's access
details. Names of people stay as they are.

As in 0017, matched on the English text, so a row staff have since reworded is left for them to
translate in the admin (it falls back to English meanwhile), and undone only where the Polish is
still the one filled in here. Like the catalogue, this is unreviewed: see
clinic.models.LanguageReview.
"""

from django.db import migrations

POLISH = {
    ("comparison", "introduction"): {
        'Massage therapy and acupressure are both hands-on treatments, and people turn to both for pain and stress. They work in different ways, though. Massage moves over large areas of the body to loosen the muscles and other soft tissues, while acupressure presses on small, precise points chosen from traditional Chinese medicine.\n\nHere the two are set side by side: what each sets out to do, how it is given, where it comes from, who can give it, and whether you can learn to do it for yourself.': (
            'Masaż leczniczy i akupresura to terapie manualne, po które ludzie sięgają przy bólu i stresie. Działają jednak w różny sposób. Masaż obejmuje duże obszary ciała, aby rozluźnić mięśnie i inne tkanki miękkie, a akupresura polega na uciskaniu małych, precyzyjnie wybranych punktów z tradycyjnej medycyny chińskiej.\n\nTutaj zestawiamy je obok siebie: co każda z tych metod ma osiągnąć, jak się ją stosuje, skąd pochodzi, kto może ją wykonywać i czy możesz nauczyć się korzystać z niej samodzielnie.'
        ),
        'Acupuncture and acupressure are easily confused, and for good reason. Both come from traditional Chinese medicine, and both stimulate the same acupoints along the same meridians. The difference is the tool: acupuncture uses super-fine needles, while acupressure uses steady pressure from the hands or a simple device.\n\nChronic pain is among the commonest reasons people try either treatment, and it is widespread: a 2016 review estimated that between one third and one half of adults in the UK live with it, and US surveys put the figure there at about one in five adults. Below you can see how the two differ: who may give them, how they are learnt, and how deep they are said to work.': (
            'Akupunkturę i akupresurę łatwo pomylić, i to nie bez powodu. Obie wywodzą się z tradycyjnej medycyny chińskiej i obie pobudzają te same punkty akupunkturowe leżące na tych samych meridianach. Różni je narzędzie: w akupunkturze używa się bardzo cienkich igieł, a w akupresurze stałego ucisku dłońmi lub prostym przyrządem.\n\nBól przewlekły to jeden z najczęstszych powodów, dla których ludzie próbują którejś z tych metod, a przy tym jest bardzo rozpowszechniony: przegląd z 2016 roku oszacował, że w Wielkiej Brytanii żyje z nim od jednej trzeciej do połowy dorosłych, a badania ankietowe w USA podają tam około jednej piątej dorosłych. Poniżej zobaczysz, czym te metody się różnią: kto może je wykonywać, jak się ich uczy i jak głęboko mają działać.'
        ),
        'Medical massage and relaxation massage are both forms of massage therapy, given by trained massage therapists, but they set out to do different things. Medical massage works towards a specific physical goal, such as easing pain or recovering from an injury. Relaxation massage aims to calm you and support your general wellbeing.\n\nThe difference shows in the techniques and the pressure. Medical massage uses firmer, targeted work such as trigger point therapy, deep tissue massage and myofascial release, and it can feel intense. Relaxation massage uses long, flowing strokes with lighter pressure, as in Swedish massage, and should feel soothing throughout.': (
            'Masaż medyczny i masaż relaksacyjny to odmiany masażu wykonywane przez wykwalifikowanych masażystów, ale służą czemu innemu. Masaż medyczny zmierza do konkretnego celu fizycznego, takiego jak złagodzenie bólu czy powrót do sprawności po urazie. Masaż relaksacyjny ma Cię wyciszyć i wspierać Twoje ogólne samopoczucie.\n\nRóżnicę widać w technikach i w sile nacisku. Masaż medyczny polega na mocniejszej, ukierunkowanej pracy, takiej jak terapia punktów spustowych, masaż tkanek głębokich i rozluźnianie mięśniowo-powięziowe, i może być odczuwany jako intensywny. Masaż relaksacyjny opiera się na długich, płynnych ruchach z lżejszym naciskiem, jak w masażu szwedzkim, i przez cały czas powinien być kojący.'
        ),
    },
    ("comparison", "similarities"): {
        'Both are hands-on, and neither uses needles. Both may ease pain and muscle tension, both are often used to relieve stress, and many people find either one calming for body and mind alike.\n\nThey can also be combined. Some therapists add acupressure to a massage for stubborn, long-held tension, and acupressure is sometimes likened to deep-tissue massage or myofascial release. Acupressure is also often paired with other complementary therapies, such as moxibustion (gentle heat from a dried herb held near the acupoints) and reflexology (pressure on points of the feet or hands). You might also use acupressure at home between massage sessions.': (
            'Obie metody są manualne i w żadnej nie używa się igieł. Obie mogą łagodzić ból i napięcie mięśni, obie są często stosowane, by zmniejszyć stres, a wiele osób odczuwa każdą z nich jako kojącą zarówno dla ciała, jak i dla umysłu.\n\nMożna je też łączyć. Niektórzy terapeuci dodają akupresurę do masażu przy uporczywym, długo utrzymującym się napięciu, a akupresurę porównuje się czasem do masażu tkanek głębokich lub rozluźniania mięśniowo-powięziowego. Akupresurę często łączy się też z innymi terapiami uzupełniającymi, takimi jak moksoterapia (łagodne ciepło z suszonego zioła trzymanego w pobliżu punktów akupunkturowych) i refleksologia (ucisk punktów na stopach lub dłoniach). Możesz też stosować akupresurę w domu między sesjami masażu.'
        ),
        'Both rest on the same map: the acupoints and meridians of traditional Chinese medicine, which were charted for acupuncture in The Yellow Emperor’s Classic of Internal Medicine, and both aim to free the flow of Qi. Both may prompt the body to release endorphins, and both are used for chronic pain, migraine, sleep problems, stress and anxiety. Studies suggest they may help some people manage pain, though the evidence for acupressure is weaker.\n\nFor many people the choice comes down to personal preference and how they feel about needles. Acupuncture is given by a trained practitioner, and we advise against needling yourself; acupressure can be learnt and used at home.': (
            'Obie opierają się na tej samej mapie: punktach akupunkturowych i meridianach tradycyjnej medycyny chińskiej, opisanych na potrzeby akupunktury w „Kanonie medycyny wewnętrznej Żółtego Cesarza”, i obie mają przywracać swobodny przepływ Qi. Obie mogą pobudzać organizm do wydzielania endorfin i obie są stosowane przy bólu przewlekłym, migrenie, problemach ze snem, stresie i lęku. Badania sugerują, że mogą pomóc niektórym osobom radzić sobie z bólem, choć dowody dotyczące akupresury są słabsze.\n\nDla wielu osób wybór sprowadza się do osobistych preferencji i stosunku do igieł. Akupunkturę wykonuje wykwalifikowany terapeuta i odradzamy samodzielne nakłuwanie się igłami; akupresury można się nauczyć i stosować ją w domu.'
        ),
        'Both work on the muscles and soft tissues with the hands, usually with oil, and both may ease general muscle tension. Both are given by trained massage therapists, who adjust the pressure to you.\n\nSome people choose both: medical massage for a specific problem, and relaxation massage to help them unwind. Whether alternating between the two helps more than either alone has not been studied; your therapist can help you decide what suits you.': (
            'W obu pracuje się dłońmi na mięśniach i tkankach miękkich, zwykle z olejkiem, i oba mogą łagodzić ogólne napięcie mięśni. Oba wykonują wykwalifikowani masażyści, którzy dopasowują nacisk do Ciebie.\n\nNiektórzy wybierają oba: masaż medyczny przy konkretnym problemie, a masaż relaksacyjny, by się odprężyć. Nie zbadano, czy przeplatanie ich pomaga bardziej niż każdy z nich osobno; Twój masażysta pomoże Ci zdecydować, co będzie dla Ciebie odpowiednie.'
        ),
    },
    # Each line continues the page's heading "<treatment> may suit you if…".
    ("comparisonentry", "may_suit_you"): {
        'you would like tension eased across large areas, such as your back and shoulders;\nyou enjoy long strokes with oil, and time to unwind;\nyou are happy for someone else to do all the work.': (
            'chcesz rozluźnić napięcie na dużych obszarach ciała, na przykład na plecach i barkach;\nlubisz długie ruchy z olejkiem i czas na odprężenie;\nodpowiada Ci, że całą pracę wykona ktoś inny.'
        ),
        'you would rather stay clothed, with no oils;\nyou want something you can learn and use yourself at home;\nyou are drawn to traditional Chinese medicine but would rather avoid needles.': (
            'wolisz pozostać w ubraniu, bez olejków;\nszukasz czegoś, czego możesz się nauczyć i samodzielnie stosować w domu;\ninteresuje Cię tradycyjna medycyna chińska, ale wolisz uniknąć igieł.'
        ),
        'you are comfortable with needles;\nyou would like several areas treated in one session by a trained practitioner;\nyou want a treatment that can sit alongside conventional medicine, chiropractic care or massage.': (
            'igły Ci nie przeszkadzają;\nchcesz, aby wykwalifikowany terapeuta zajął się kilkoma obszarami podczas jednej sesji;\nszukasz zabiegu, który można łączyć z medycyną konwencjonalną, chiropraktyką lub masażem.'
        ),
        'you would rather avoid needles;\nyou want to learn points you can press yourself between visits;\nyou prefer a gentle, non-invasive treatment.': (
            'wolisz uniknąć igieł;\nchcesz nauczyć się punktów, które możesz samodzielnie uciskać między wizytami;\nwolisz łagodny, nieinwazyjny zabieg.'
        ),
        'you have a specific problem, such as chronic pain, an injury or a stiff joint;\nyou want to move more freely;\nyou are comfortable with firm pressure that can feel intense at times.': (
            'masz konkretny problem, na przykład ból przewlekły, uraz lub sztywny staw;\nchcesz swobodniej się poruszać;\nnie przeszkadza Ci mocny nacisk, który chwilami może być intensywny.'
        ),
        'your main aim is to relax and relieve stress;\nyou would like to sleep better or simply feel calmer;\nyou prefer gentle pressure and long, soothing strokes.': (
            'chcesz przede wszystkim się zrelaksować i zmniejszyć stres;\nchcesz lepiej spać lub po prostu czuć się spokojniej;\nwolisz delikatny nacisk i długie, kojące ruchy.'
        ),
    },
    ("whattoexpect", "what_to_wear"): {
        'You undress only as far as you are comfortable, usually to your underwear, and you are covered with towels throughout; only the part being worked on is uncovered. Tell your therapist if you would rather keep more clothing on: the treatment can be adapted.': (
            'Rozbierasz się tylko na tyle, na ile czujesz się swobodnie, zwykle do bielizny, a przez cały czas okrywają Cię ręczniki; odsłonięta jest tylko ta część ciała, którą masażysta akurat masuje. Powiedz masażyście, jeśli wolisz pozostać w większej części ubrania: zabieg można dostosować.'
        ),
        'Wear or bring comfortable clothing; you may be asked to undress the area being treated, and you are covered with towels. Shorts help if your legs or hips are to be worked on.': (
            'Załóż lub zabierz ze sobą wygodne ubranie; masażysta może poprosić Cię o odsłonięcie okolicy, którą będzie masować, a resztę ciała okrywają ręczniki. Jeśli zabieg ma objąć nogi lub biodra, przydadzą się szorty.'
        ),
        'You undress only as far as you are comfortable, and you are covered with towels throughout. Nothing special is needed; loose clothes are easiest to put back on.': (
            'Rozbierasz się tylko na tyle, na ile czujesz się swobodnie, a przez cały czas okrywają Cię ręczniki. Nie potrzebujesz niczego specjalnego; luźne ubranie najłatwiej założyć z powrotem.'
        ),
        'Loose, comfortable clothing. Acupressure is given through clothing, so you do not need to undress, and no oil is used.': (
            'Luźne, wygodne ubranie. Akupresurę wykonuje się przez ubranie i bez olejku, więc nie musisz się rozbierać.'
        ),
        'Loose clothing that you can roll up above your elbows and knees, as many points are on the arms and lower legs. You may be asked to uncover your back or shoulders, and you are covered with towels.': (
            'Luźne ubranie, które możesz podwinąć powyżej łokci i kolan, bo wiele punktów znajduje się na rękach i podudziach. Akupunkturzysta może poprosić Cię o odsłonięcie pleców lub barków; okrywają Cię wtedy ręczniki.'
        ),
    },
    ("whattoexpect", "first_visit"): {
        'Your therapist first goes through your health and what you would like from the session, and checks anything you told us in your intake. They explain what they plan to do and ask for your agreement before they start.\n\nDuring the massage you can ask for lighter or firmer pressure at any time, or ask to stop. Tell us about any allergy to oils or lotions.': (
            'Najpierw masażysta omawia z Tobą Twój stan zdrowia i to, czego oczekujesz od sesji, oraz sprawdza wszystkie informacje z Twojego formularza zgłoszeniowego. Wyjaśnia, co zamierza zrobić, i przed rozpoczęciem prosi o Twoją zgodę.\n\nPodczas masażu w każdej chwili możesz poprosić o lżejszy lub mocniejszy nacisk albo o przerwanie masażu. Powiedz nam o każdej alergii na olejki lub balsamy.'
        ),
        'A first visit starts with an assessment: where it hurts, what makes it better or worse, and how you move. Your therapist agrees a goal with you and explains the techniques they suggest, such as trigger point work or myofascial release.\n\nDeeper work can be uncomfortable for a moment, but should never be more than you can easily bear: say so and the pressure will change. Some people feel a little sore for a day or two afterwards, much as after exercise.': (
            'Pierwsza wizyta zaczyna się od oceny: gdzie boli, co łagodzi ból, a co go nasila, i jak się poruszasz. Masażysta ustala z Tobą cel i wyjaśnia techniki, które proponuje, na przykład pracę z punktami spustowymi lub rozluźnianie mięśniowo-powięziowe.\n\nGłębsza praca może przez chwilę być nieprzyjemna, ale nigdy nie powinna przekraczać tego, co bez trudu możesz znieść: powiedz o tym, a nacisk zostanie zmieniony. Niektóre osoby przez dzień lub dwa po zabiegu odczuwają lekką bolesność, podobnie jak po ćwiczeniach.'
        ),
        'After a few questions about your health, your therapist uses long, slow strokes with light to medium pressure, usually with oil. You can talk or stay quiet, whichever you prefer, and ask for any change at any time.': (
            'Po kilku pytaniach o Twoje zdrowie masażysta wykonuje długie, powolne ruchy z lekkim lub średnim naciskiem, zwykle z olejkiem. Możesz rozmawiać albo milczeć, jak wolisz, i w każdej chwili poprosić o dowolną zmianę.'
        ),
        'Your practitioner asks about your health and what you hope for, then presses on chosen points with their fingers, thumbs or palms, usually while you lie or sit comfortably. Firm pressure on a point can feel tender; tell them if it is too much.\n\nIf you would like to help yourself between sessions, ask to be shown a few points you can press at home.': (
            'Terapeuta pyta o Twoje zdrowie i o to, czego oczekujesz, a następnie uciska wybrane punkty palcami, kciukami lub dłońmi, zwykle gdy wygodnie leżysz lub siedzisz. Przy mocnym ucisku punkt może być tkliwy; powiedz terapeucie, jeśli to za dużo.\n\nJeśli chcesz pomagać sobie między sesjami, poproś, by pokazano Ci kilka punktów, które możesz uciskać w domu.'
        ),
        'A first visit is longer than later ones. Your acupuncturist asks about your health, including any medicines such as blood thinners, and whether you have a pacemaker or another implanted device. They explain which points they plan to use.\n\nThe needles are very fine, sterile and used once only. You may feel a brief prick or a dull ache as each goes in. They usually stay in for around 20 to 30 minutes while you rest. A little bruising or tiredness afterwards is not unusual.': (
            'Pierwsza wizyta trwa dłużej niż kolejne. Akupunkturzysta pyta o Twoje zdrowie, w tym o przyjmowane leki, na przykład rozrzedzające krew, oraz o to, czy masz rozrusznik serca lub inne wszczepione urządzenie. Wyjaśnia, których punktów zamierza użyć.\n\nIgły są bardzo cienkie, sterylne i jednorazowe. Przy wkłuwaniu każdej z nich możesz poczuć krótkie ukłucie lub tępy ból. Zwykle pozostają w ciele przez około 20 do 30 minut, a Ty w tym czasie odpoczywasz. Niewielki siniak lub zmęczenie po zabiegu nie są niczym niezwykłym.'
        ),
    },
    ("whattoexpect", "noticing_a_change"): {
        # Massage therapy and medical massage share this one.
        'Many people feel looser or calmer by the end of a session. For a long-standing ache it usually takes a few sessions to tell whether massage is helping you, and the effect may fade between them. Your therapist will talk with you about how many sessions to try, and will say so if it does not seem to be helping.': (
            'Wiele osób już pod koniec sesji odczuwa rozluźnienie lub spokój. Przy długotrwałym bólu zwykle potrzeba kilku sesji, aby ocenić, czy masaż Ci pomaga, a efekt może słabnąć między nimi. Masażysta porozmawia z Tobą o tym, ile sesji warto odbyć na próbę, i powie Ci, jeśli okaże się, że masaż raczej nie pomaga.'
        ),
        'Many people feel calmer by the end of the first session. If you come to help with stress or sleep, it may take a few regular sessions to tell whether it makes a lasting difference for you.': (
            'Wiele osób już pod koniec pierwszej sesji czuje się spokojniej. Jeśli przychodzisz z powodu stresu lub problemów ze snem, może być potrzebnych kilka regularnych sesji, aby ocenić, czy daje Ci to trwałą zmianę.'
        ),
        'Some people notice a change within a session or two; for others it takes several, and for some it does not help. Studies suggest it may help with some kinds of nausea and pain, but results vary from person to person. Your practitioner will review with you whether it is worth going on.': (
            'Niektórzy zauważają zmianę po jednej lub dwóch sesjach; inni potrzebują kilku, a niektórym akupresura nie pomaga. Badania sugerują, że może pomagać przy niektórych rodzajach nudności i bólu, ale wyniki różnią się w zależności od osoby. Terapeuta oceni razem z Tobą, czy warto kontynuować.'
        ),
        'Acupuncture is often given as a course of several sessions, and many people need a few before they can tell whether it helps. Studies suggest it may help some people with chronic pain and migraine, but not everyone benefits. Your acupuncturist will review with you how it is going and suggest stopping if it is not helping.': (
            'Akupunkturę często stosuje się jako cykl kilku zabiegów, a wiele osób potrzebuje paru sesji, zanim oceni, czy im pomaga. Badania sugerują, że może pomagać niektórym osobom z bólem przewlekłym i migreną, ale nie każdy odnosi korzyść. Akupunkturzysta będzie razem z Tobą oceniać, jak przebiega leczenie, i zaproponuje jego zakończenie, jeśli nie pomaga.'
        ),
    },
    ("practitioner", "role"): {
        "Massage therapist": "Masażysta",
        "Acupuncturist": "Akupunkturzysta",
        "Acupressure practitioner": "Terapeuta akupresury",
    },
    ("practitioner", "bio"): {
        'Alex is an example profile, made up for this demonstration site. Alex gives medical massage to people recovering from strains and long-standing back and neck pain, and relaxation massage to people who want to unwind.': (
            'Alex to przykładowy profil, wymyślony na potrzeby tej strony demonstracyjnej. Alex wykonuje masaż medyczny osobom, które dochodzą do siebie po nadwyrężeniach lub mają długotrwały ból pleców i szyi, a masaż relaksacyjny osobom, które chcą się odprężyć.'
        ),
        'Sam is an example profile, made up for this demonstration site. Sam gives acupuncture, and acupressure for people who would rather avoid needles.': (
            'Sam to przykładowy profil, wymyślony na potrzeby tej strony demonstracyjnej. Sam wykonuje akupunkturę, a osobom, które wolą uniknąć igieł, akupresurę.'
        ),
        'Kit is an example profile, made up for this demonstration site. Kit gives acupressure and relaxation massage, and enjoys teaching people a few points they can press for themselves at home.': (
            'Kit to przykładowy profil, wymyślony na potrzeby tej strony demonstracyjnej. Kit wykonuje akupresurę i masaż relaksacyjny oraz chętnie uczy pacjentów kilku punktów, które mogą samodzielnie uciskać w domu.'
        ),
    },
    # One qualification per line, as in English.
    ("practitioner", "qualifications"): {
        "Diploma in massage therapy (example)\nCertificate in myofascial release (example)": (
            "Dyplom z masażu leczniczego (przykład)\n"
            "Certyfikat z rozluźniania mięśniowo-powięziowego (przykład)"
        ),
        "Degree in acupuncture (example)": "Dyplom ukończenia studiów z akupunktury (przykład)",
        "Certificate in acupressure (example)": "Certyfikat z akupresury (przykład)",
    },
    # Names of languages are lower case in Polish.
    ("practitioner", "languages"): {
        "English, French": "angielski, francuski",
        "English, Spanish": "angielski, hiszpański",
        "English": "angielski",
    },
    ("registration", "text"): {
        "Example register of massage therapists, no. EX-0001": (
            "Przykładowy rejestr masażystów, nr EX-0001"
        ),
        "Example register of acupuncturists, no. EX-0002": (
            "Przykładowy rejestr akupunkturzystów, nr EX-0002"
        ),
    },
    ("location", "getting_here"): {
        "This is example text for the demonstration site. Tell patients the nearest bus stops and station, how long the walk is, and where to lock a bicycle.": (
            "To przykładowy tekst na potrzeby strony demonstracyjnej. Podaj pacjentom najbliższe przystanki autobusowe i stację, ile trwa dojście pieszo i gdzie można przypiąć rower."
        ),
    },
    ("location", "step_free_access"): {
        "Example: there is a level entrance from the street, and all treatment rooms are on the ground floor. Doors are at least 80 cm wide.": (
            "Przykład: wejście od ulicy jest na poziomie chodnika, a wszystkie gabinety zabiegowe znajdują się na parterze. Drzwi mają co najmniej 80 cm szerokości."
        ),
    },
    ("location", "parking"): {
        "Example: two parking spaces behind the building, one of them a wider accessible bay. Ask us to keep it free for you when you book.": (
            "Przykład: dwa miejsca parkingowe za budynkiem, w tym jedno szersze, dla osób z niepełnosprawnościami. Przy rezerwacji poproś nas, abyśmy zostawili je dla Ciebie wolne."
        ),
    },
    ("location", "facilities"): {
        "Example: an accessible toilet, a treatment couch that can be lowered, and chairs with arms in the waiting room.": (
            "Przykład: toaleta dostosowana do potrzeb osób z niepełnosprawnościami, leżanka zabiegowa, którą można obniżyć, i krzesła z podłokietnikami w poczekalni."
        ),
    },
}


def polish(apps, schema_editor):
    for (model_name, field), texts in POLISH.items():
        model = apps.get_model("treatments", model_name)
        for english, text in texts.items():
            model.objects.filter(**{f"{field}_en_gb": english}).update(**{f"{field}_pl": text})


def no_polish(apps, schema_editor):
    """Clears only the Polish filled in above: a translation staff have changed since stays."""
    for (model_name, field), texts in POLISH.items():
        model = apps.get_model("treatments", model_name)
        for english, text in texts.items():
            model.objects.filter(**{f"{field}_en_gb": english, f"{field}_pl": text}).update(
                **{f"{field}_pl": None}
            )


class Migration(migrations.Migration):
    dependencies = [("treatments", "0020_pl_comparison_cells")]

    operations = [migrations.RunPython(polish, no_polish)]
