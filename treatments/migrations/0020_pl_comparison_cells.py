"""Polish for the cells of the comparison tables (needles or not, who may practise, whether you
can do it yourself, how it is delivered, what it is used for, ...) and for the conditions'
evidence notes (what studies say for each condition and treatment). The notes are hedged
exactly as the English is: "may", "some studies suggest", "traditionally", "unproven" carry
over, and nothing is said more strongly in Polish than in English.

Matched on the English text, as in 0017: a row staff have since reworded is left for them to
translate in the admin, and shows its English meanwhile. Undoing this clears only the Polish it
wrote (a Polish text staff have since changed stays). Like the rest, this is unreviewed: see
clinic.models.LanguageReview.
"""

from django.db import migrations

POLISH = {
    ("aspectvalue", "text"): {
        # Massage therapy: Administration
        "Broad manipulation across large areas of the body, such as the whole back or a leg, "
        "working the muscles and other soft tissues.": (
            "Rozległa praca manualna na dużych obszarach ciała, na przykład na całych plecach lub "
            "nodze, obejmująca mięśnie i inne tkanki miękkie."
        ),
        # Medical massage: Administration
        "Targeted work on particular muscle groups, concentrating on the areas that cause the "
        "most pain or restriction.": (
            "Ukierunkowana praca na określonych grupach mięśni, skupiona na miejscach, które "
            "sprawiają najwięcej bólu lub najbardziej ograniczają ruch."
        ),
        # Relaxation massage: Administration
        "Long strokes over large areas of the body, without singling out one muscle group or "
        "injury.": (
            "Długie ruchy na dużych obszarach ciała, bez wyróżniania jednej grupy mięśni czy "
            "jednego urazu."
        ),
        # Acupressure: Administration
        "Pressure on small, specific acupoints along the meridians rather than work over large "
        "areas.": (
            "Ucisk małych, określonych punktów akupunkturowych wzdłuż meridianów zamiast pracy na "
            "dużych obszarach."
        ),
        # Acupuncture: Administration
        "Super-fine needles placed at specific acupoints along the meridians; several areas "
        "can be treated in one session.": (
            "Bardzo cienkie igły umieszczane w określonych punktach akupunkturowych wzdłuż "
            "meridianów; podczas jednej sesji można objąć zabiegiem kilka obszarów."
        ),
        # Massage therapy: Stated purpose
        "Muscle relaxation and stress relief: easing tension, knots and stiffness in the soft "
        "tissues and helping you feel calm.": (
            "Rozluźnienie mięśni i złagodzenie stresu: zmniejszenie napięcia, węzłów mięśniowych i "
            "sztywności tkanek miękkich oraz pomoc w odzyskaniu spokoju."
        ),
        # Medical massage: Stated purpose
        "To deal with a specific physical problem: relieving pain, helping recovery from "
        "injury and improving mobility and function.": (
            "Zajęcie się konkretnym problemem fizycznym: łagodzenie bólu, wspomaganie powrotu do "
            "sprawności po urazie oraz poprawa ruchomości i funkcjonowania."
        ),
        # Relaxation massage: Stated purpose
        "To calm you, reduce stress and support general wellbeing, rather than to treat a "
        "particular condition.": (
            "Wyciszenie, zmniejszenie stresu i wsparcie ogólnego samopoczucia, a nie leczenie "
            "konkretnej dolegliwości."
        ),
        # Acupressure: Stated purpose
        "To free and rebalance Qi, which traditional Chinese medicine describes as the body’s "
        "vital energy, by clearing blockages at the acupoints.": (
            "Uwolnienie Qi i przywrócenie jej równowagi przez usuwanie blokad w punktach "
            "akupunkturowych; tradycyjna medycyna chińska opisuje Qi jako energię życiową "
            "organizmu."
        ),
        # Acupuncture: Stated purpose
        "To restore the free flow and balance of Qi along the meridians, and with it to ease "
        "pain and stress.": (
            "Przywrócenie swobodnego przepływu i równowagi Qi wzdłuż meridianów, a wraz z tym "
            "złagodzenie bólu i stresu."
        ),
        # Massage therapy: Method of delivery
        "The therapist’s hands, usually with oil or lotion, with pressure and movement that "
        "vary through the session.": (
            "Ręce masażysty, zwykle z olejkiem lub balsamem, z naciskiem i ruchami, które "
            "zmieniają się w trakcie sesji."
        ),
        # Medical massage: Method of delivery
        "Hands, forearms and elbows, usually with oil or lotion, applying slow, firm and "
        "sustained pressure to the target areas.": (
            "Dłonie, przedramiona i łokcie, zwykle z olejkiem lub balsamem; powolny, mocny i długo "
            "utrzymywany nacisk na wybrane obszary."
        ),
        # Relaxation massage: Method of delivery
        "The therapist’s hands with oil or lotion, in smooth, rhythmic and gentle movements.": (
            "Ręce masażysty z olejkiem lub balsamem, wykonujące płynne, rytmiczne i łagodne ruchy."
        ),
        # Acupressure: Method of delivery
        "Steady, direct pressure from the fingers, knuckles, elbows or a small device, without "
        "oils.": (
            "Stały, bezpośredni ucisk palcami, knykciami, łokciami lub małym przyrządem, bez "
            "olejków."
        ),
        # Acupuncture: Method of delivery
        "Fine needles inserted through the skin at chosen points and left in place for a "
        "while; no oils are used.": (
            "Cienkie igły wkłuwane przez skórę w wybranych punktach i pozostawiane na pewien czas; "
            "nie używa się olejków."
        ),
        # Massage therapy: Cultural origins
        "Traced to many cultures around the world; modern massage draws on a wide range of "
        "styles.": (
            "Wywodzi się z wielu kultur na całym świecie; współczesny masaż czerpie z bardzo "
            "różnych stylów."
        ),
        # Medical massage: Cultural origins
        "A modern, clinically focused use of massage, built on traditions from many cultures.": (
            "Współczesne, ukierunkowane klinicznie zastosowanie masażu, oparte na tradycjach wielu "
            "kultur."
        ),
        # Relaxation massage: Cultural origins
        "The same many-culture massage traditions; Swedish massage is the most familiar style.": (
            "Te same tradycje masażu wywodzące się z wielu kultur; najbardziej znanym stylem jest "
            "masaż szwedzki."
        ),
        # Acupressure: Cultural origins
        "Traditional Chinese medicine; it developed at about the same time as acupuncture.": (
            "Tradycyjna medycyna chińska; akupresura rozwinęła się mniej więcej w tym samym czasie "
            "co akupunktura."
        ),
        # Acupuncture: Cultural origins
        "Traditional Chinese medicine, of which it is a pillar; its points are mapped in The "
        "Yellow Emperor’s Classic of Internal Medicine.": (
            "Tradycyjna medycyna chińska, której akupunktura jest jednym z filarów; punkty "
            "akupunkturowe opisano w „Kanonie medycyny wewnętrznej Żółtego Cesarza”."
        ),
        # Massage therapy: Self-administration
        "Massage typically needs another person: a therapist reaches areas you cannot, and "
        "lets you relax completely.": (
            "Do masażu zwykle potrzebna jest druga osoba: masażysta dociera do miejsc, do których "
            "nie sięgasz samodzielnie, i pozwala Ci się całkowicie rozluźnić."
        ),
        # Medical massage: Self-administration
        "The deep, targeted work needs a trained therapist, though you may be shown simple "
        "stretches for home.": (
            "Głęboka, ukierunkowana praca wymaga przeszkolonego masażysty, choć może on pokazać Ci "
            "proste ćwiczenia rozciągające do wykonywania w domu."
        ),
        # Relaxation massage: Self-administration
        "A therapist gives it, and much of the benefit comes from being able to let go while "
        "someone else does the work.": (
            "Zabieg wykonuje masażysta, a duża część korzyści wynika z tego, że możesz się "
            "zupełnie odprężyć, podczas gdy pracę wykonuje ktoś inny."
        ),
        # Acupressure: Self-administration
        "Once you have learnt the right points, you can often press them yourself at home, "
        "with your fingertips or a simple device.": (
            "Gdy nauczysz się właściwych punktów, często możesz uciskać je samodzielnie w domu, "
            "opuszkami palców lub prostym przyrządem."
        ),
        # Acupuncture: Self-administration
        "Needles are placed by a trained practitioner. Home needling kits are sold, but we "
        "advise against needling yourself; acupressure on the same points is the way to carry "
        "on at home.": (
            "Igły umieszcza przeszkolony terapeuta. W sprzedaży są domowe zestawy do akupunktury, "
            "ale odradzamy samodzielne wkłuwanie igieł; w domu można kontynuować, stosując "
            "akupresurę tych samych punktów."
        ),
        # Massage therapy: Who can practise
        "A trained massage therapist. UK: not regulated by law; there are voluntary registers "
        "accredited by the Professional Standards Authority, and some councils require a "
        "licence for massage premises. US: most states require a state licence, with rules "
        "that vary by state.": (
            "Wykwalifikowany masażysta. Wielka Brytania: zawód nieuregulowany prawnie; istnieją "
            "dobrowolne rejestry akredytowane przez Professional Standards Authority, a niektóre "
            "samorządy lokalne wymagają licencji dla lokali, w których wykonuje się masaż. USA: "
            "większość stanów wymaga licencji stanowej, a przepisy różnią się w zależności od "
            "stanu."
        ),
        # Medical massage: Who can practise
        "A massage therapist with specialised training in medical massage. UK and US rules are "
        "those for massage therapy: voluntary registers in the UK, state licensing in most of "
        "the US.": (
            "Masażysta ze specjalistycznym przeszkoleniem z masażu medycznego. W Wielkiej Brytanii "
            "i USA obowiązują te same zasady co przy masażu leczniczym: dobrowolne rejestry w "
            "Wielkiej Brytanii, licencje stanowe w większości stanów USA."
        ),
        # Relaxation massage: Who can practise
        "A trained massage therapist. UK and US rules are those for massage therapy: voluntary "
        "registers in the UK, state licensing in most of the US.": (
            "Wykwalifikowany masażysta. W Wielkiej Brytanii i USA obowiązują te same zasady co "
            "przy masażu leczniczym: dobrowolne rejestry w Wielkiej Brytanii, licencje stanowe w "
            "większości stanów USA."
        ),
        # Acupressure: Who can practise
        "A trained acupressure practitioner in the clinic; anyone can learn to use it on "
        "themselves. UK: not regulated by law. US: the rules vary by state.": (
            "W klinice wykwalifikowany terapeuta akupresury; każdy może też nauczyć się stosować "
            "ją na sobie. Wielka Brytania: zawód nieuregulowany prawnie. USA: przepisy różnią się "
            "w zależności od stanu."
        ),
        # Acupuncture: Who can practise
        "A trained acupuncturist. UK: not regulated by law (doctors, nurses and "
        "physiotherapists who needle are regulated in their own professions); there are "
        "voluntary registers accredited by the Professional Standards Authority, and in many "
        "areas the premises must be registered with the local council. US: most states require "
        "a state licence, with rules that vary; a separate US rule of the FDA classes "
        "acupuncture needles as medical devices, for use by practitioners the states judge "
        "qualified.": (
            "Wykwalifikowany akupunkturzysta. Wielka Brytania: zawód nieuregulowany prawnie "
            "(lekarze, pielęgniarki i fizjoterapeuci, którzy stosują igły, podlegają przepisom "
            "własnych zawodów); istnieją dobrowolne rejestry akredytowane przez Professional "
            "Standards Authority, a w wielu rejonach lokal musi być zarejestrowany w samorządzie "
            "lokalnym. USA: większość stanów wymaga licencji stanowej, a przepisy są różne; "
            "odrębny amerykański przepis FDA klasyfikuje igły do akupunktury jako wyroby medyczne, "
            "przeznaczone do użytku przez osoby, które stany uznają za wykwalifikowane."
        ),
        # Massage therapy: Depth of effect
        "Works through the skin into the muscles and connective tissue, at a depth that "
        "depends on the pressure used.": (
            "Działa przez skórę na mięśnie i tkankę łączną, na głębokości zależnej od użytego "
            "nacisku."
        ),
        # Medical massage: Depth of effect
        "Aims at the deep muscle layers and connective tissue, including the fascia.": (
            "Jest ukierunkowany na głębokie warstwy mięśni i tkankę łączną, w tym powięź."
        ),
        # Relaxation massage: Depth of effect
        "Mostly the skin and the upper layers of muscle; the aim is calm rather than change in "
        "the deep tissues.": (
            "Głównie skóra i powierzchowne warstwy mięśni; celem jest wyciszenie, a nie zmiany w "
            "głębokich tkankach."
        ),
        # Acupressure: Depth of effect
        "Mostly a surface therapy: pressure is applied from outside the body at the acupoints.": (
            "Głównie terapia powierzchniowa: ucisk wywiera się na punkty akupunkturowe z zewnątrz "
            "ciała."
        ),
        # Acupuncture: Depth of effect
        "Practitioners say needles reach further into blocked meridians than surface pressure "
        "and so work on several levels; this is a traditional view, not a proven one.": (
            "Terapeuci twierdzą, że igły docierają głębiej do zablokowanych meridianów niż ucisk "
            "na powierzchni, a więc działają na kilku poziomach; to pogląd tradycyjny, a nie "
            "udowodniony."
        ),
        # Massage therapy: How it is learnt
        "Through a formal course in massage therapy, then registration with a professional "
        "body or, where the law requires it, a licence.": (
            "Formalne szkolenie z masażu, a następnie rejestracja w organizacji zawodowej lub, tam "
            "gdzie wymaga tego prawo, uzyskanie licencji."
        ),
        # Medical massage: How it is learnt
        "Massage therapy training plus specialised training in techniques such as trigger "
        "point therapy and myofascial release.": (
            "Szkolenie z masażu oraz specjalistyczne szkolenie z technik takich jak terapia "
            "punktów spustowych i rozluźnianie mięśniowo-powięziowe."
        ),
        # Relaxation massage: How it is learnt
        "Massage therapy training, including Swedish massage techniques.": (
            "Szkolenie z masażu, w tym z technik masażu szwedzkiego."
        ),
        # Acupressure: How it is learnt
        "Patients can learn simple points from a practitioner’s demonstration or from videos; "
        "practitioners study it in more depth.": (
            "Pacjenci mogą nauczyć się prostych punktów z pokazu terapeuty lub z filmów; terapeuci "
            "uczą się akupresury dogłębniej."
        ),
        # Acupuncture: How it is learnt
        "Long study of needle placement, anatomy and safe practice, with supervised clinical "
        "training; it is not something to learn from videos.": (
            "Długa nauka umieszczania igieł, anatomii i bezpiecznej praktyki, z nadzorowanym "
            "szkoleniem klinicznym; tego nie uczy się z filmów."
        ),
        # Massage therapy: Pressure and intensity
        "Varies from light to firm, depending on the kind of massage and on what you ask for.": (
            "Różny, od lekkiego do mocnego, zależnie od rodzaju masażu i od tego, o co poprosisz."
        ),
        # Medical massage: Pressure and intensity
        "Firm, deep pressure that can feel intense or uncomfortable at times, especially where "
        "the body is stiff or painful.": (
            "Mocny, głęboki nacisk, który chwilami może być odczuwany jako intensywny lub "
            "nieprzyjemny, zwłaszcza w miejscach sztywnych lub bolesnych."
        ),
        # Relaxation massage: Pressure and intensity
        "Light to medium pressure, gentle and soothing throughout.": (
            "Nacisk lekki do średniego, przez cały czas łagodny i kojący."
        ),
        # Acupressure: Pressure and intensity
        "Steady, focused pressure on a small point, from gentle to firm; it may feel tender "
        "but should not hurt.": (
            "Stały, skupiony ucisk na małym punkcie, od łagodnego do mocnego; miejsce może być "
            "tkliwe, ale nie powinno boleć."
        ),
        # Acupuncture: Pressure and intensity
        "No pressing as such: a brief prick, or nothing, as a needle goes in, then perhaps a "
        "dull ache, tingling or warmth.": (
            "Bez ucisku jako takiego: przy wkłuciu igły krótkie ukłucie albo nic, potem być może "
            "tępy ból, mrowienie lub ciepło."
        ),
        # Massage therapy: Typical techniques
        "Stroking, kneading and rubbing over large areas, in styles that range from gentle to "
        "deep.": (
            "Głaskanie, ugniatanie i rozcieranie dużych obszarów, w stylach od łagodnych po "
            "głębokie."
        ),
        # Medical massage: Typical techniques
        "Trigger point therapy, deep tissue massage and myofascial release.": (
            "Terapia punktów spustowych, masaż tkanek głębokich i rozluźnianie "
            "mięśniowo-powięziowe."
        ),
        # Relaxation massage: Typical techniques
        "Swedish and lymphatic drainage massage, with long, slow, rhythmic strokes.": (
            "Masaż szwedzki i drenaż limfatyczny, z długimi, powolnymi, rytmicznymi ruchami."
        ),
        # Acupressure: Typical techniques
        "Pressing, rolling, stroking, kneading and small circular motions at the acupoints; "
        "auricular acupressure works on points on the ear.": (
            "Uciskanie, rolowanie, głaskanie, ugniatanie i drobne ruchy okrężne w punktach "
            "akupunkturowych; akupresura uszna działa na punkty na uchu."
        ),
        # Acupuncture: Typical techniques
        "Inserting needles at chosen acupoints and leaving them in place for a short time.": (
            "Wkłuwanie igieł w wybrane punkty akupunkturowe i pozostawianie ich na krótki czas."
        ),
        # Massage therapy: Tools and equipment
        "A padded massage table, oils or lotions, towels and sheets.": (
            "Wyściełany stół do masażu, olejki lub balsamy, ręczniki i prześcieradła."
        ),
        # Medical massage: Tools and equipment
        "A massage table and oil or lotion; the therapist may use forearms and elbows for "
        "deeper pressure.": (
            "Stół do masażu i olejek lub balsam; aby uzyskać głębszy nacisk, masażysta może używać "
            "przedramion i łokci."
        ),
        # Relaxation massage: Tools and equipment
        "A padded table, oils or lotions, towels, and a quiet, warm room.": (
            "Wyściełany stół, olejki lub balsamy, ręczniki oraz cichy, ciepły pokój."
        ),
        # Acupressure: Tools and equipment
        "Often just the hands; devices such as an acuball, energy roller, foot roller, power "
        "mat or teishin may be used.": (
            "Często tylko dłonie; można też używać przyrządów takich jak acuball, wałek "
            "energetyczny, wałek do stóp, mata do akupresury (power mat) czy teishin."
        ),
        # Acupuncture: Tools and equipment
        "Super-fine, sterile, single-use needles and a treatment table.": (
            "Bardzo cienkie, sterylne igły jednorazowego użytku i stół zabiegowy."
        ),
        # Massage therapy: Needles
        "Only the therapist’s hands are used; nothing goes through the skin.": (
            "Masażysta pracuje wyłącznie rękami; nic nie przechodzi przez skórę."
        ),
        # Medical massage: Needles
        "All the work is done by hand, however deep the pressure.": (
            "Cała praca jest wykonywana rękami, niezależnie od tego, jak głęboki jest nacisk."
        ),
        # Relaxation massage: Needles
        "Only the therapist’s hands are used.": "Masażysta pracuje wyłącznie rękami.",
        # Acupressure: Needles
        "It works on the same points as acupuncture, with pressure in place of needles, which "
        "suits people who are uneasy about needles.": (
            "Działa na te same punkty co akupunktura, ale zamiast igieł stosuje się ucisk, co "
            "odpowiada osobom, które obawiają się igieł."
        ),
        # Acupuncture: Needles
        "Super-fine needles, about as thin as a hair, are inserted at the acupoints.": (
            "W punkty akupunkturowe wkłuwa się bardzo cienkie igły, mniej więcej grubości włosa."
        ),
        # Massage therapy: Oils
        "Oil or lotion usually helps the hands glide over the skin; tell us about any allergy.": (
            "Olejek lub balsam zwykle pomaga dłoniom przesuwać się po skórze; poinformuj nas o "
            "wszelkich alergiach."
        ),
        # Medical massage: Oils
        "Oil or lotion is usually used, though some techniques, such as myofascial release, "
        "work better on dry skin.": (
            "Zwykle używa się olejku lub balsamu, choć niektóre techniki, na przykład rozluźnianie "
            "mięśniowo-powięziowe, lepiej sprawdzają się na suchej skórze."
        ),
        # Relaxation massage: Oils
        "Oil or lotion lets the long, flowing strokes glide smoothly.": (
            "Dzięki olejkowi lub balsamowi długie, płynne ruchy gładko suną po skórze."
        ),
        # Acupressure: Oils
        "Pressure is steady and direct, on dry skin or through clothing.": (
            "Ucisk jest stały i bezpośredni, na suchą skórę lub przez ubranie."
        ),
        # Acupuncture: Oils
        "Needles go into clean skin; oils play no part in the treatment.": (
            "Igły wkłuwa się w czystą skórę; olejki nie odgrywają w zabiegu żadnej roli."
        ),
        # Massage therapy: Often used for
        "Muscle tension and knots, stress, stiffness and general wellbeing.": (
            "Napięcie i węzły mięśniowe, stres, sztywność oraz ogólne samopoczucie."
        ),
        # Medical massage: Often used for
        "Chronic pain, joint pain, sciatica, fibromyalgia, arthritis, recovery from injury and "
        "limited mobility.": (
            "Ból przewlekły, ból stawów, rwa kulszowa, fibromialgia, zapalenie stawów, powrót do "
            "sprawności po urazie i ograniczona ruchomość."
        ),
        # Relaxation massage: Often used for
        "Stress, anxiety, poor sleep and general muscle tightness.": (
            "Stres, lęk, słaba jakość snu i ogólne napięcie mięśni."
        ),
        # Acupressure: Often used for
        "Chronic and back pain, headaches, nausea and vomiting, period pain, sleep and stress.": (
            "Ból przewlekły i ból pleców, bóle głowy, nudności i wymioty, bolesne miesiączki, "
            "problemy ze snem i stres."
        ),
        # Acupuncture: Often used for
        "Chronic pain, migraine, sleep problems, stress and anxiety, often alongside "
        "conventional medicine, chiropractic care or massage.": (
            "Ból przewlekły, migrena, problemy ze snem, stres i lęk, często równolegle z medycyną "
            "konwencjonalną, chiropraktyką lub masażem."
        ),
    },
    ("conditionuse", "note"): {
        # Medical massage for Chronic pain
        "Often used to ease the muscle tension and stiffness that come with long-term pain. "
        "Some studies suggest it may give short-term relief, but results vary.": (
            "Często stosowany, aby zmniejszyć napięcie mięśni i sztywność, które towarzyszą "
            "długotrwałemu bólowi. Niektóre badania sugerują, że może przynosić krótkotrwałą ulgę, "
            "ale wyniki są różne."
        ),
        # Acupressure for Chronic pain
        "A few studies suggest acupressure may ease some kinds of persistent pain, although "
        "nothing proves that it works in general.": (
            "Kilka badań sugeruje, że akupresura może łagodzić niektóre rodzaje uporczywego bólu, "
            "choć nic nie dowodzi jej ogólnej skuteczności."
        ),
        # Acupuncture for Chronic pain
        "Chronic pain is the most common reason people try acupuncture. Many studies have "
        "looked at it, and they suggest it may help some people manage their pain.": (
            "Ból przewlekły to najczęstszy powód, dla którego ludzie próbują akupunktury. "
            "Poświęcono temu wiele badań; sugerują one, że akupunktura może pomóc niektórym osobom "
            "radzić sobie z bólem."
        ),
        # Medical massage for Low back pain
        "Work on tight muscles in the back and hips may ease pain and stiffness. Some studies "
        "suggest a short-term benefit, with mixed results.": (
            "Praca na napiętych mięśniach pleców i bioder może łagodzić ból i sztywność. Niektóre "
            "badania sugerują krótkotrwałą korzyść, a wyniki są niejednoznaczne."
        ),
        # Acupressure for Low back pain
        "A few small studies suggest that pressure on points around the lower back and hips "
        "may ease low back pain for some people.": (
            "Kilka małych badań sugeruje, że ucisk punktów w okolicy dolnej części pleców i bioder "
            "może u niektórych osób łagodzić ból dolnej części pleców."
        ),
        # Medical massage for Neck pain
        "Releasing tight muscles in the neck and upper back may ease pain and stiffness; "
        "studies show mixed results.": (
            "Rozluźnianie napiętych mięśni szyi i górnej części pleców może łagodzić ból i "
            "sztywność; badania dają niejednoznaczne wyniki."
        ),
        # Acupressure for Neck pain
        "Traditionally, points just below the skull at the back of the neck, and along the "
        "upper spine, are pressed for neck pain and tension.": (
            "Tradycyjnie przy bólu i napięciu szyi uciska się punkty na karku tuż poniżej czaszki "
            "oraz wzdłuż górnego odcinka kręgosłupa."
        ),
        # Medical massage for Shoulder pain
        "Massage of the shoulder, upper back and neck is often used for shoulder pain that "
        "comes from the muscles; the evidence from studies is limited and mixed.": (
            "Masaż barku, górnej części pleców i szyi jest często stosowany przy bólu barku, "
            "którego źródłem są mięśnie; dowody z badań są ograniczone i niejednoznaczne."
        ),
        # Acupressure for Shoulder pain
        "Traditionally, points linked with tension in the upper back and around the shoulder "
        "blade are pressed, kneaded or circled to help tight areas let go.": (
            "Tradycyjnie punkty związane z napięciem w górnej części pleców i wokół łopatki uciska "
            "się, ugniata lub masuje ruchami okrężnymi, aby pomóc napiętym miejscom się rozluźnić."
        ),
        # Medical massage for Knee pain
        "Work on the muscles around the knee may ease stiffness and help you move. It does not "
        "repair the joint itself, and results vary.": (
            "Praca na mięśniach wokół kolana może zmniejszać sztywność i ułatwiać ruch. Nie "
            "naprawia samego stawu, a wyniki są różne."
        ),
        # Acupressure for Knee pain
        "Points around the knee are traditionally used for aches from daily wear and tear; "
        "there is little research on this.": (
            "Punkty wokół kolana tradycyjnie stosuje się przy bólach wynikających z codziennego "
            "obciążenia i zużycia; badań na ten temat jest niewiele."
        ),
        # Medical massage for Joint pain
        "Often used for joint pain and stiffness, to loosen the muscles around the joint. "
        "Study results are mixed, and any relief tends to be short-lived.": (
            "Często stosowany przy bólu i sztywności stawów, aby rozluźnić mięśnie wokół stawu. "
            "Wyniki badań są niejednoznaczne, a ewentualna ulga jest zwykle krótkotrwała."
        ),
        # Acupressure for Joint pain
        "Traditionally used to relax the muscles and soothe sore joints.": (
            "Tradycyjnie stosowana do rozluźniania mięśni i łagodzenia bolących stawów."
        ),
        # Acupuncture for Joint pain
        "Used to soothe joints and relax muscles, and sometimes combined with massage. Some "
        "studies suggest it may help with certain joint conditions; others do not.": (
            "Stosowana, aby ukoić stawy i rozluźnić mięśnie, czasem w połączeniu z masażem. "
            "Niektóre badania sugerują, że może pomagać przy pewnych chorobach stawów; inne nie."
        ),
        # Massage therapy for Muscle tension
        "Many people book a massage above all to work out tight muscles and knots; some "
        "studies suggest it may give short-term relief.": (
            "Wiele osób umawia się na masaż przede wszystkim po to, by rozluźnić napięte mięśnie i "
            "węzły mięśniowe; niektóre badania sugerują, że może przynosić krótkotrwałą ulgę."
        ),
        # Medical massage for Muscle tension
        "Trigger point therapy and deep tissue massage target stubborn knots. Some studies "
        "suggest they may ease tension, though results vary.": (
            "Terapia punktów spustowych i masaż tkanek głębokich są ukierunkowane na uporczywe "
            "węzły mięśniowe. Niektóre badania sugerują, że mogą zmniejszać napięcie, choć wyniki "
            "są różne."
        ),
        # Relaxation massage for Muscle tension
        "Long, gentle strokes are traditionally used to ease general muscle tightness, though "
        "relaxation massage does not target particular knots.": (
            "Długie, łagodne ruchy tradycyjnie stosuje się, aby zmniejszyć ogólne napięcie mięśni, "
            "choć masaż relaksacyjny nie jest ukierunkowany na konkretne węzły mięśniowe."
        ),
        # Acupressure for Muscle tension
        "Traditionally used to relax tight muscles; it is sometimes compared with deep-tissue "
        "massage. There is little research on this use.": (
            "Tradycyjnie stosowana do rozluźniania napiętych mięśni; bywa porównywana z masażem "
            "tkanek głębokich. Badań nad tym zastosowaniem jest niewiele."
        ),
        # Acupuncture for Muscle tension
        "Traditionally used to relax tight muscles by stimulating acupoints near the tense "
        "area and elsewhere on the body.": (
            "Tradycyjnie stosowana do rozluźniania napiętych mięśni przez pobudzanie punktów "
            "akupunkturowych w pobliżu napiętego miejsca i w innych częściach ciała."
        ),
        # Medical massage for Migraine and headache
        "Releasing muscle tension in the neck and shoulders is traditionally used to reduce "
        "tension-type headaches.": (
            "Rozluźnianie napiętych mięśni szyi i barków tradycyjnie stosuje się, aby zmniejszać "
            "bóle głowy typu napięciowego."
        ),
        # Acupressure for Migraine and headache
        "Often used for headaches and migraine, including those linked with tension. A few "
        "studies suggest it may help some people.": (
            "Często stosowana przy bólach głowy i migrenie, także tych związanych z napięciem. "
            "Kilka badań sugeruje, że może pomagać niektórym osobom."
        ),
        # Acupuncture for Migraine and headache
        "Migraine is a common reason for acupuncture. Studies suggest it may reduce how often "
        "some people get headaches.": (
            "Migrena to częsty powód sięgania po akupunkturę. Badania sugerują, że u niektórych "
            "osób może zmniejszać częstość bólów głowy."
        ),
        # Massage therapy for Stress and anxiety
        "Massage is widely used to relieve stress and the tension it leaves in the soft "
        "tissues. Some studies suggest it may lower anxiety for a while.": (
            "Masaż jest powszechnie stosowany, aby zmniejszyć stres i napięcie, które stres "
            "pozostawia w tkankach miękkich. Niektóre badania sugerują, że może na pewien czas "
            "zmniejszać lęk."
        ),
        # Relaxation massage for Stress and anxiety
        "Some studies suggest massage may ease anxiety for a while. It is often said to lower "
        "cortisol, a stress hormone, but studies that measured cortisol have found little or "
        "inconsistent change.": (
            "Niektóre badania sugerują, że masaż może na pewien czas łagodzić lęk. Często mówi "
            "się, że obniża poziom kortyzolu, hormonu stresu, ale badania, w których mierzono "
            "kortyzol, wykazały niewielkie lub niespójne zmiany."
        ),
        # Acupressure for Stress and anxiety
        "Some studies suggest acupressure may lower anxiety levels, and many people use it as "
        "a calming self-care routine at home.": (
            "Niektóre badania sugerują, że akupresura może obniżać poziom lęku, a wiele osób "
            "stosuje ją w domu jako uspokajający rytuał dbania o siebie."
        ),
        # Acupuncture for Stress and anxiety
        "Often used to ease stress and anxiety. Some studies suggest it may help, with mixed "
        "results.": (
            "Często stosowana, aby złagodzić stres i lęk. Niektóre badania sugerują, że może "
            "pomagać, ale wyniki są niejednoznaczne."
        ),
        # Relaxation massage for Sleep problems
        "By easing stress and promoting calm, relaxation massage may help some people sleep "
        "better; the evidence is limited.": (
            "Zmniejszając stres i sprzyjając wyciszeniu, masaż relaksacyjny może pomóc niektórym "
            "osobom lepiej spać; dowody są ograniczone."
        ),
        # Acupressure for Sleep problems
        "Studies of acupressure and sleep quality suggest a trend towards deeper rest for some "
        "people, but the results are not consistent.": (
            "Badania nad akupresurą i jakością snu sugerują u niektórych osób tendencję do "
            "głębszego wypoczynku, ale wyniki nie są spójne."
        ),
        # Acupuncture for Sleep problems
        "Used to improve sleep. Some studies suggest it may help, but results vary.": (
            "Stosowana w celu poprawy snu. Niektóre badania sugerują, że może pomagać, ale wyniki "
            "są różne."
        ),
        # Acupressure for Nausea and vomiting
        "After surgery, reviews of studies suggest that pressing a point on the inner wrist "
        "may reduce nausea and vomiting for some people. With chemotherapy the evidence is "
        "weaker: acupressure may ease nausea a little, but there is little sign that it "
        "reduces vomiting. Pressing points on the ear (auricular acupressure) has been studied "
        "less. It is used alongside anti-sickness medicines, not instead of them.": (
            "Jeśli chodzi o nudności i wymioty po operacji, przeglądy badań sugerują, że uciskanie "
            "punktu po wewnętrznej stronie nadgarstka może je u niektórych osób zmniejszać. Przy "
            "chemioterapii dowody są słabsze: akupresura może nieco łagodzić nudności, ale "
            "niewiele wskazuje na to, że zmniejsza wymioty. Uciskanie punktów na uchu (akupresura "
            "uszna) zbadano w mniejszym stopniu. Akupresurę stosuje się obok leków "
            "przeciwwymiotnych, a nie zamiast nich."
        ),
        # Acupressure for Period pain
        "A few small studies suggest acupressure may ease period pain for some people, but "
        "reviews judge the evidence to be of low quality and the results mixed. If you would "
        "like to try it, the points can be learnt for use at home.": (
            "Kilka małych badań sugeruje, że akupresura może u niektórych osób łagodzić ból "
            "menstruacyjny, ale przeglądy oceniają dowody jako niskiej jakości, a wyniki jako "
            "niejednoznaczne. Jeśli chcesz jej spróbować, punktów można się nauczyć, aby stosować "
            "je w domu."
        ),
        # Acupressure for Labour and postpartum pain
        "A few studies suggest acupressure may help with labour pain; one small study of women "
        "after childbirth reported less discomfort. Larger, better studies are needed.": (
            "Kilka badań sugeruje, że akupresura może pomagać przy bólu porodowym; w jednym małym "
            "badaniu kobiet po porodzie odnotowano mniejszy dyskomfort. Potrzebne są większe i "
            "lepsze badania."
        ),
        # Acupressure for Pain after surgery
        "A few studies suggest acupressure, including auricular acupressure on points of the "
        "ear, may ease pain and nausea after surgery for some people.": (
            "Kilka badań sugeruje, że akupresura, w tym akupresura uszna, czyli ucisk punktów na "
            "uchu, może u niektórych osób łagodzić ból i nudności po operacji."
        ),
        # Medical massage for Fibromyalgia
        "Often used to ease muscle tension. Some studies suggest it may ease pain for a while, "
        "with pressure adjusted to your comfort.": (
            "Często stosowany, aby zmniejszyć napięcie mięśni. Niektóre badania sugerują, że może "
            "na pewien czas łagodzić ból, przy nacisku dostosowanym do tego, co jest dla Ciebie "
            "komfortowe."
        ),
        # Acupuncture for Fibromyalgia
        "Sometimes combined with massage for fibromyalgia. Some studies suggest acupuncture "
        "may ease pain for some people, but results are mixed.": (
            "Przy fibromialgii bywa łączona z masażem. Niektóre badania sugerują, że akupunktura "
            "może u niektórych osób łagodzić ból, ale wyniki są niejednoznaczne."
        ),
        # Medical massage for Sciatica
        "Used to release tight muscles in the lower back, buttock and leg that may irritate "
        "the nerve. The evidence is limited and mixed.": (
            "Stosowany, aby rozluźnić napięte mięśnie dolnej części pleców, pośladka i nogi, które "
            "mogą drażnić nerw. Dowody są ograniczone i niejednoznaczne."
        ),
        # Medical massage for Arthritis
        "Some studies suggest massage may ease pain and stiffness for a while, mostly in "
        "osteoarthritis of the knee. How it might help is not known, and it does not change "
        "the joint itself.": (
            "Niektóre badania sugerują, że masaż może na pewien czas łagodzić ból i sztywność, "
            "głównie w chorobie zwyrodnieniowej stawu kolanowego. Nie wiadomo, jak mógłby pomagać, "
            "i nie zmienia on samego stawu."
        ),
        # Medical massage for Recovery from injury
        "Used in rehabilitation, often alongside physiotherapy and exercise, to ease tightness "
        "and help you move more comfortably. Claims that massage breaks down adhesions or scar "
        "tissue are unproven.": (
            "Stosowany w rehabilitacji, często obok fizjoterapii i ćwiczeń, aby zmniejszyć "
            "napięcie i pomóc Ci poruszać się swobodniej. Twierdzenia, że masaż rozbija zrosty lub "
            "tkankę bliznowatą, nie są udowodnione."
        ),
        # Acupuncture for Recovery from injury
        "Sometimes combined with massage for muscle injuries, as part of a plan to support "
        "recovery and mobility.": (
            "Przy urazach mięśni bywa łączona z masażem jako część planu wspierającego powrót do "
            "sprawności i ruchomość."
        ),
        # Massage therapy for Limited mobility and stiffness
        "Loosening tight muscles may help you bend and reach further, improving range of "
        "motion; studies show mixed results.": (
            "Rozluźnienie napiętych mięśni może pomóc Ci się schylać i sięgać dalej, zwiększając "
            "zakres ruchu; badania dają niejednoznaczne wyniki."
        ),
        # Medical massage for Limited mobility and stiffness
        "Targeted work on tight muscle groups aims to improve range of motion and ease "
        "movement. Some people find it helps; the evidence is mixed.": (
            "Ukierunkowana praca na napiętych grupach mięśni ma na celu zwiększenie zakresu ruchu "
            "i ułatwienie poruszania się. Niektóre osoby uważają, że im to pomaga; dowody są "
            "niejednoznaczne."
        ),
        # Acupressure for Digestive discomfort
        "Traditionally used to support digestion; a few studies suggest it may ease some "
        "stomach aches.": (
            "Tradycyjnie stosowana, aby wspierać trawienie; kilka badań sugeruje, że może łagodzić "
            "niektóre bóle brzucha."
        ),
        # Acupressure for Cancer-related fatigue
        "A few early, small studies of acupressure for long-lasting cancer-related fatigue "
        "have shown promising results, but they are not conclusive and more research is "
        "needed. Some people with breast cancer also use it alongside treatment to help with "
        "discomfort and stress.": (
            "Kilka wstępnych, małych badań nad akupresurą przy długotrwałym zmęczeniu związanym z "
            "chorobą nowotworową przyniosło obiecujące wyniki, ale nie są one rozstrzygające i "
            "potrzeba dalszych badań. Niektóre osoby z rakiem piersi stosują ją też obok leczenia, "
            "aby łagodzić dyskomfort i stres."
        ),
    },
}


def polish(apps, schema_editor):
    for (model_name, field), texts in POLISH.items():
        model = apps.get_model("treatments", model_name)
        for english, text in texts.items():
            model.objects.filter(**{f"{field}_en_gb": english}).update(**{f"{field}_pl": text})


def no_polish(apps, schema_editor):
    for (model_name, field), texts in POLISH.items():
        model = apps.get_model("treatments", model_name)
        for english, text in texts.items():
            filled = model.objects.filter(**{f"{field}_en_gb": english, f"{field}_pl": text})
            filled.update(**{f"{field}_pl": None})


class Migration(migrations.Migration):
    dependencies = [("treatments", "0019_pl_treatment_pages")]

    operations = [migrations.RunPython(polish, no_polish)]
