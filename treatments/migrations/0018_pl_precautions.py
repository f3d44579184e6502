"""Polish for the precautions' advice on every treatment's page (its "Safety" list), and for
the two retired combined questions (kept for old intakes), so every precaution has its Polish.

The advice is safety wording, translated so that no warning is softened: "not safe", "must
not" and "we would like your doctor to agree first" say exactly that in Polish. Like 0017,
each text is matched on its English, so a row staff have since reworded keeps falling back to
English until they translate it in the admin; and only a blank Polish column is filled, so a
translation staff have already written is kept. The reverse clears only the Polish this
migration wrote. Unreviewed, like the rest: see clinic.models.LanguageReview.
"""

from django.db import migrations
from django.db.models import Q

POLISH = {
    ("precaution", "name"): {
        "Blood clots (combined question, no longer asked)": (
            "Zakrzepy (pytanie łączone, już niezadawane)"
        ),
        "Osteoporosis or a recent fracture (combined question, no longer asked)": (
            "Osteoporoza lub niedawne złamanie (pytanie łączone, już niezadawane)"
        ),
    },
    ("precaution", "question"): {
        "Do you have a blood clot now, or have you had one (such as a DVT) in the past?": (
            "Czy masz obecnie zakrzep albo czy miałeś/miałaś go w przeszłości (np. "
            "zakrzepicę żył głębokich)?"
        ),
        "Do you have osteoporosis, or have you broken a bone recently?": (
            "Czy masz osteoporozę albo czy niedawno złamałeś/złamałaś kość?"
        ),
    },
    ("precaution", "detail_prompt"): {
        "Where, and when was the fracture?": "Gdzie i kiedy doszło do złamania?",
    },
    ("precautionguidance", "advice"): {
        "Massage can usually be adapted for pregnancy. Your therapist will position you on "
        "your side or propped up with cushions, and use gentler pressure on your legs and "
        "tummy.": (
            "Masaż zwykle można dostosować do ciąży. Terapeuta ułoży Cię na boku albo "
            "podeprze poduszkami i zastosuje łagodniejszy nacisk na nogi i brzuch."
        ),
        "Deep, targeted work is adapted in pregnancy. Your therapist will use softer "
        "pressure, avoid your tummy and help you lie comfortably on your side.": (
            "W ciąży głęboki, ukierunkowany masaż jest odpowiednio dostosowywany. Terapeuta "
            "zastosuje delikatniejszy nacisk, nie będzie masować brzucha i pomoże Ci "
            "wygodnie ułożyć się na boku."
        ),
        "Gentle relaxation massage is often welcome in pregnancy. Tell us how many weeks "
        "you are, so we can set up the table and cushions for your comfort.": (
            "Łagodny masaż relaksacyjny jest często mile widziany w ciąży. Daj nam znać, w "
            "którym tygodniu ciąży jesteś, abyśmy mogli przygotować stół i poduszki tak, "
            "żeby było Ci wygodnie."
        ),
        "Some acupressure points are traditionally avoided during pregnancy. Please check "
        "with us before pressing points on yourself, and let your practitioner choose which "
        "points to use.": (
            "Niektórych punktów akupresury tradycyjnie unika się w ciąży. Zanim zaczniesz "
            "samodzielnie uciskać punkty, skonsultuj się z nami, a wybór punktów pozostaw "
            "terapeucie."
        ),
        "Acupuncture in pregnancy should be given only by an acupuncturist experienced in "
        "pregnancy care, who will avoid certain points.": (
            "W ciąży akupunkturę powinien wykonywać wyłącznie akupunkturzysta z "
            "doświadczeniem w opiece nad kobietami w ciąży, który ominie niektóre punkty."
        ),
        "You may bruise more easily, so your therapist will keep the pressure moderate and "
        "avoid deep work.": (
            "Siniaki mogą powstawać u Ciebie łatwiej, dlatego terapeuta zastosuje "
            "umiarkowany nacisk i nie będzie wykonywać głębokiego masażu."
        ),
        "Deep pressure can cause bruising when your blood clots more slowly. Your therapist "
        "will use gentler techniques and may suggest a lighter kind of massage.": (
            "Gdy krew krzepnie wolniej, głęboki nacisk może powodować siniaki. Terapeuta "
            "zastosuje łagodniejsze techniki i może zaproponować lżejszy rodzaj masażu."
        ),
        "Gentle relaxation massage is usually fine. Tell your therapist if you bruise easily.": (
            "Do łagodnego masażu relaksacyjnego zwykle nie ma przeciwwskazań. Powiedz "
            "terapeucie, jeśli łatwo robią Ci się siniaki."
        ),
        "Pressing hard on a point can leave a bruise. Your practitioner will use gentle "
        "pressure, and you should do the same at home.": (
            "Mocny ucisk punktu może zostawić siniak. Terapeuta będzie uciskać delikatnie, "
            "a Ty w domu rób tak samo."
        ),
        "Acupuncture may not be suitable if you take medicine to prevent blood clots (such "
        "as warfarin) or have a bleeding disorder. Please speak to your GP, or whoever "
        "prescribed the medicine, before having acupuncture. We may suggest acupressure "
        "instead.": (
            "Akupunktura może nie być odpowiednia, jeśli przyjmujesz lek zapobiegający "
            "zakrzepom (np. warfarynę) lub masz skazę krwotoczną. Przed akupunkturą "
            "porozmawiaj z lekarzem rodzinnym (GP) lub z lekarzem, który przepisał Ci ten "
            "lek. Zamiast akupunktury możemy zaproponować akupresurę."
        ),
        "Massage is put off while you have a blood clot, or may have one, because pressing "
        "on it could loosen it. We will gladly book you in once your doctor says you are "
        "clear.": (
            "Masaż odkładamy, dopóki masz zakrzep lub możesz go mieć, ponieważ ucisk mógłby "
            "go oderwać. Chętnie umówimy Cię na wizytę, gdy lekarz potwierdzi, że nie masz "
            "już zakrzepu."
        ),
        "Deep, targeted massage could disturb a blood clot, so we will not treat you while "
        "you have one or are waiting for test results. Once your doctor is happy, we can "
        "talk about what would suit you.": (
            "Głęboki, ukierunkowany masaż mógłby naruszyć zakrzep, dlatego nie wykonamy "
            "zabiegu, dopóki masz zakrzep lub czekasz na wyniki badań. Gdy lekarz nie "
            "będzie miał zastrzeżeń, porozmawiamy o tym, co będzie dla Ciebie odpowiednie."
        ),
        "Even gentle massage is put off while there may be a blood clot, as a precaution. "
        "We would be glad to see you once your doctor says it is safe.": (
            "Dla ostrożności odkładamy nawet łagodny masaż, dopóki może występować zakrzep. "
            "Chętnie Cię przyjmiemy, gdy lekarz potwierdzi, że jest to bezpieczne."
        ),
        "Points on the limb with the clot will be left alone, and we would like your doctor "
        "to agree before you start. Gentle pressure elsewhere may then be possible.": (
            "Punkty na kończynie z zakrzepem nie będą uciskane, a zanim zaczniesz, "
            "chcielibyśmy, aby lekarz wyraził na to zgodę. Wtedy delikatny ucisk w innych "
            "miejscach może być możliwy."
        ),
        "Needles are not placed in the limb with the clot, and we would like your doctor to "
        "agree before you start. You are likely to be on a blood thinner, so your "
        "acupuncturist will take extra care with needling too.": (
            "Igieł nie wkłuwa się w kończynę z zakrzepem, a zanim zaczniesz, chcielibyśmy, "
            "aby lekarz wyraził na to zgodę. Prawdopodobnie przyjmujesz lek "
            "przeciwzakrzepowy, dlatego akupunkturzysta zachowa też szczególną ostrożność "
            "przy wkłuwaniu igieł."
        ),
        "A clot that has been treated does not usually rule out massage. Your therapist "
        "will ask how you are now and keep the pressure lighter on the limb where the clot "
        "was.": (
            "Zakrzep, który był leczony, zwykle nie wyklucza masażu. Terapeuta zapyta, jak "
            "się teraz czujesz, i zastosuje lżejszy nacisk na kończynę, w której był "
            "zakrzep."
        ),
        "Targeted massage is often still possible after a treated clot, but deep work on "
        "the limb where it was will be left out. Please tell us if you still take a blood "
        "thinner.": (
            "Po leczonym zakrzepie ukierunkowany masaż często nadal jest możliwy, ale bez "
            "głębokiej pracy na kończynie, w której był zakrzep. Daj nam znać, jeśli nadal "
            "przyjmujesz lek przeciwzakrzepowy."
        ),
        "Gentle relaxation massage is usually fine after a clot has been treated. Please "
        "tell your therapist where the clot was.": (
            "Po leczeniu zakrzepu do łagodnego masażu relaksacyjnego zwykle nie ma "
            "przeciwwskazań. Powiedz terapeucie, gdzie był zakrzep."
        ),
        "Acupressure is usually fine after a treated clot. Your practitioner will press "
        "gently on the limb where it was.": (
            "Po leczonym zakrzepie do akupresury zwykle nie ma przeciwwskazań. Na "
            "kończynie, w której był zakrzep, terapeuta będzie uciskać delikatnie."
        ),
        "Acupuncture is usually possible after a treated clot. Tell your acupuncturist if "
        "you still take a blood thinner, so they can take extra care.": (
            "Po leczonym zakrzepie akupunktura jest zwykle możliwa. Powiedz "
            "akupunkturzyście, jeśli nadal przyjmujesz lek przeciwzakrzepowy, aby mógł "
            "zachować szczególną ostrożność."
        ),
        "Massage is usually fine. Your therapist will use only light strokes over the veins "
        "themselves.": (
            "Do masażu zwykle nie ma przeciwwskazań. Bezpośrednio nad żylakami terapeuta "
            "będzie stosować tylko lekkie, powierzchowne ruchy."
        ),
        "Deep pressure is not used directly over varicose veins. Your therapist will work "
        "around them, or more lightly over them.": (
            "Bezpośrednio na żylakach nie stosuje się głębokiego nacisku. Terapeuta będzie "
            "masować wokół nich albo lżej nad nimi."
        ),
        "Gentle massage is usually fine, with light strokes over the veins.": (
            "Do łagodnego masażu zwykle nie ma przeciwwskazań; nad żylakami stosuje się "
            "lekkie ruchy."
        ),
        "Acupressure is usually fine. Points that lie directly over a varicose vein will "
        "not be pressed.": (
            "Do akupresury zwykle nie ma przeciwwskazań. Punkty leżące bezpośrednio nad "
            "żylakiem nie będą uciskane."
        ),
        "Needles are never placed into a varicose vein, so your acupuncturist will choose "
        "points around them.": (
            "Igieł nigdy nie wkłuwa się w żylak, dlatego akupunkturzysta wybierze punkty "
            "wokół żylaków."
        ),
        "Massage can often be adapted for heart conditions: your therapist will help you "
        "find a comfortable position and keep the pace gentle. If your blood pressure is "
        "not under control, we would like your doctor to agree first.": (
            "Masaż często można dostosować do chorób serca: terapeuta pomoże Ci znaleźć "
            "wygodną pozycję i będzie pracować w spokojnym tempie. Jeśli Twoje ciśnienie "
            "krwi nie jest uregulowane, chcielibyśmy, aby najpierw lekarz wyraził na to "
            "zgodę."
        ),
        "Vigorous, deep work can put extra strain on the heart and circulation, so your "
        "therapist will keep the pressure moderate and the pace steady. If your blood "
        "pressure is not well controlled, we would like your doctor to agree first.": (
            "Energiczny, głęboki masaż może dodatkowo obciążać serce i krążenie, dlatego "
            "terapeuta zastosuje umiarkowany nacisk i równe tempo. Jeśli Twoje ciśnienie "
            "krwi nie jest dobrze uregulowane, chcielibyśmy, aby najpierw lekarz wyraził na "
            "to zgodę."
        ),
        "Gentle massage is often fine, and you can be propped up if lying flat is "
        "uncomfortable. If your blood pressure is not under control, please check with your "
        "doctor first.": (
            "Do łagodnego masażu często nie ma przeciwwskazań, a jeśli leżenie na płasko "
            "jest dla Ciebie niewygodne, możemy podeprzeć Cię poduszkami. Jeśli Twoje "
            "ciśnienie krwi nie jest uregulowane, najpierw skonsultuj się z lekarzem."
        ),
        "Acupressure is gentle, but please tell us about your condition and your medicines. "
        "If your blood pressure is not under control, we would like your doctor to agree "
        "first.": (
            "Akupresura jest łagodna, ale powiedz nam o swojej chorobie i przyjmowanych "
            "lekach. Jeśli Twoje ciśnienie krwi nie jest uregulowane, chcielibyśmy, aby "
            "najpierw lekarz wyraził na to zgodę."
        ),
        "Acupuncture may still be possible, but your acupuncturist needs to know your "
        "condition and medicines, and may not use electro-acupuncture. If your blood "
        "pressure is not under control, we would like your doctor to agree first.": (
            "Akupunktura może być nadal możliwa, ale akupunkturzysta musi znać Twoją "
            "chorobę i przyjmowane leki i może zrezygnować z elektroakupunktury. Jeśli "
            "Twoje ciśnienie krwi nie jest uregulowane, chcielibyśmy, aby najpierw lekarz "
            "wyraził na to zgodę."
        ),
        "Massage is usually fine. Your therapist will avoid pressing directly over the device.": (
            "Do masażu zwykle nie ma przeciwwskazań. Terapeuta nie będzie uciskać "
            "bezpośrednio nad urządzeniem."
        ),
        "Your therapist will avoid deep work over or near the device and adjust the session "
        "around it.": (
            "Terapeuta nie będzie wykonywać głębokiego masażu nad urządzeniem ani w jego "
            "pobliżu i dostosuje do niego przebieg sesji."
        ),
        "Relaxation massage is usually fine. Your therapist will keep strokes light around "
        "the device.": (
            "Do masażu relaksacyjnego zwykle nie ma przeciwwskazań. Wokół urządzenia "
            "terapeuta będzie stosować tylko lekkie ruchy."
        ),
        "Acupressure is usually fine. Points directly over the device are left out.": (
            "Do akupresury zwykle nie ma przeciwwskazań. Punkty leżące bezpośrednio nad "
            "urządzeniem są pomijane."
        ),
        "Acupuncture may still be possible, but electro-acupuncture (needles with a small "
        "electric current) must not be used, and your acupuncturist will avoid the area "
        "around the device.": (
            "Akupunktura może być nadal możliwa, ale nie wolno stosować elektroakupunktury "
            "(igieł, przez które przepływa słaby prąd elektryczny), a akupunkturzysta "
            "ominie okolicę wokół urządzenia."
        ),
        "Where your skin feels numb you may not notice if the pressure is too firm, so your "
        "therapist will go gently there and check with you often. Please tell them straight "
        "away if you feel shaky or light-headed.": (
            "W miejscach, gdzie skóra jest zdrętwiała, możesz nie zauważyć, że nacisk jest "
            "zbyt mocny, dlatego terapeuta będzie tam pracować delikatnie i często pytać, "
            "jak się czujesz. Jeśli poczujesz drżenie lub zawroty głowy, od razu powiedz o "
            "tym terapeucie."
        ),
        "Deep pressure is not used where feeling is reduced, because you might not notice "
        "if it were too much. Your therapist will use lighter techniques there and check "
        "with you as they go.": (
            "W miejscach z osłabionym czuciem nie stosuje się głębokiego nacisku, ponieważ "
            "możesz nie zauważyć, że jest zbyt mocny. Terapeuta zastosuje tam lżejsze "
            "techniki i w trakcie będzie pytać, jak się czujesz."
        ),
        "Gentle massage is usually fine. Tell your therapist about any numb areas, and let "
        "them know straight away if you feel shaky or light-headed.": (
            "Do łagodnego masażu zwykle nie ma przeciwwskazań. Powiedz terapeucie o "
            "wszystkich miejscach, w których masz zdrętwiałą skórę, i od razu daj znać, "
            "jeśli poczujesz drżenie lub zawroty głowy."
        ),
        "Where feeling is reduced you may not notice if a point is pressed too hard, so "
        "gentle pressure will be used there. If you press points at home, it is best to "
        "choose areas with normal feeling.": (
            "W miejscach z osłabionym czuciem możesz nie zauważyć, że punkt jest uciskany "
            "zbyt mocno, dlatego ucisk będzie tam delikatny. Jeśli uciskasz punkty w domu, "
            "najlepiej wybieraj miejsca z prawidłowym czuciem."
        ),
        "With diabetes, skin can heal more slowly and pick up infection more easily, so "
        "needles will not be placed in your feet if they are numb or your circulation is "
        "poor. Points elsewhere can usually be used.": (
            "Przy cukrzycy skóra może goić się wolniej i łatwiej ulegać zakażeniom, dlatego "
            "igły nie będą wkłuwane w stopy, jeśli są zdrętwiałe lub masz słabe krążenie. "
            "Punkty w innych miejscach zwykle można wykorzystać."
        ),
        "Massage is usually fine. Please tell us what tends to set off a seizure for you, "
        "and what helps if one happens.": (
            "Do masażu zwykle nie ma przeciwwskazań. Powiedz nam, co zwykle wywołuje u "
            "Ciebie napad i co pomaga, gdy napad wystąpi."
        ),
        "Targeted massage is usually fine. Tell us about your seizures and any plan you "
        "have, so your therapist knows how to help if one happens.": (
            "Do ukierunkowanego masażu zwykle nie ma przeciwwskazań. Opowiedz nam o swoich "
            "napadach i o planie postępowania, jeśli go masz, aby terapeuta wiedział, jak "
            "pomóc, gdy napad wystąpi."
        ),
        "Relaxation massage is usually fine. Please tell us if scents, flashing lights or "
        "tiredness can bring on a seizure for you.": (
            "Do masażu relaksacyjnego zwykle nie ma przeciwwskazań. Daj nam znać, jeśli "
            "zapachy, migające światła lub zmęczenie mogą wywołać u Ciebie napad."
        ),
        "Acupressure is usually fine. Let us know what helps if you have a seizure, so your "
        "practitioner knows what to do.": (
            "Do akupresury zwykle nie ma przeciwwskazań. Powiedz nam, co pomaga, gdy masz "
            "napad, aby terapeuta wiedział, co robić."
        ),
        "Acupuncture is usually possible, but your acupuncturist needs to know about your "
        "seizures, and you will never be left alone with needles in place. Please tell us "
        "about anything that sets your seizures off.": (
            "Akupunktura jest zwykle możliwa, ale akupunkturzysta musi wiedzieć o Twoich "
            "napadach, a Ty nigdy nie zostaniesz bez opieki z wkłutymi igłami. Powiedz nam "
            "o wszystkim, co wywołuje u Ciebie napady."
        ),
        "We take extra care with hygiene, and may ask to rebook if you or your therapist "
        "are unwell, to protect you. Long-term steroid tablets can make the skin and bones "
        "more fragile, so please tell us if you take them.": (
            "Szczególnie dbamy o higienę, a jeśli Ty lub terapeuta źle się czujecie, możemy "
            "poprosić o przełożenie wizyty, aby Cię chronić. Długotrwałe przyjmowanie "
            "sterydów w tabletkach może sprawić, że skóra stanie się delikatniejsza, a "
            "kości bardziej kruche, dlatego powiedz nam, jeśli je przyjmujesz."
        ),
        "We take extra care with hygiene and postpone if either of us is unwell. If you "
        "take long-term steroid tablets, your therapist may use less pressure, as they can "
        "thin the skin.": (
            "Szczególnie dbamy o higienę i przekładamy wizytę, jeśli Ty lub terapeuta źle "
            "się czujecie. Jeśli długotrwale przyjmujesz sterydy w tabletkach, terapeuta "
            "może zastosować słabszy nacisk, ponieważ mogą one powodować ścieńczenie skóry."
        ),
        "We take extra care with hygiene, and may ask to rebook if either of us is unwell, "
        "to protect you.": (
            "Szczególnie dbamy o higienę, a jeśli Ty lub terapeuta źle się czujecie, możemy "
            "poprosić o przełożenie wizyty, aby Cię chronić."
        ),
        "Acupressure does not break the skin, so it is usually fine. We will still postpone "
        "if either of us is unwell.": (
            "Akupresura nie narusza skóry, dlatego zwykle nie ma do niej przeciwwskazań. "
            "Mimo to przełożymy wizytę, jeśli Ty lub terapeuta źle się czujecie."
        ),
        "Needles pass through the skin, so infection is a little more likely when the "
        "immune system is weak. Your acupuncturist may use fewer needles, avoid some areas, "
        "or suggest acupressure instead.": (
            "Igły przechodzą przez skórę, dlatego przy osłabionym układzie odpornościowym "
            "zakażenie jest nieco bardziej prawdopodobne. Akupunkturzysta może użyć "
            "mniejszej liczby igieł, ominąć niektóre miejsca lub zaproponować zamiast tego "
            "akupresurę."
        ),
        "Gentle massage is often possible during and after cancer treatment, adapted to "
        "you. We may ask your cancer team first.": (
            "Łagodny masaż, dostosowany do Ciebie, jest często możliwy w trakcie leczenia "
            "onkologicznego i po nim. Możemy najpierw zapytać o zdanie zespół onkologiczny, "
            "który Cię leczy."
        ),
        "Deep massage is not usually suitable during cancer treatment. We will suggest a "
        "gentler approach and may check with your cancer team.": (
            "Głęboki masaż zwykle nie jest odpowiedni w trakcie leczenia onkologicznego. "
            "Zaproponujemy łagodniejsze podejście i możemy skonsultować się z zespołem "
            "onkologicznym, który Cię leczy."
        ),
        "Gentle relaxation massage can often be adapted for people having cancer treatment. "
        "Tell us about your treatment so we can plan it.": (
            "Łagodny masaż relaksacyjny często można dostosować do potrzeb osób w trakcie "
            "leczenia onkologicznego. Opowiedz nam o swoim leczeniu, abyśmy mogli "
            "odpowiednio zaplanować masaż."
        ),
        "Acupressure is sometimes used alongside cancer care, for example for nausea or "
        "tiredness. Your practitioner will keep the pressure gentle.": (
            "Akupresura bywa stosowana obok opieki onkologicznej, na przykład przy "
            "nudnościach lub zmęczeniu. Terapeuta będzie uciskać delikatnie."
        ),
        "Acupuncture can sometimes be used during cancer care, but your acupuncturist needs "
        "to know your treatment and may ask your cancer team first.": (
            "Akupunktura bywa czasem stosowana w trakcie opieki onkologicznej, ale "
            "akupunkturzysta musi znać szczegóły Twojego leczenia i może najpierw zapytać o "
            "zdanie zespół onkologiczny, który Cię leczy."
        ),
        "Massage is usually possible after cancer treatment. Please tell us if any lymph "
        "nodes were removed or treated, as we then use only light touch on that arm or leg.": (
            "Po leczeniu onkologicznym masaż jest zwykle możliwy. Daj nam znać, jeśli "
            "usunięto lub leczono jakiekolwiek węzły chłonne, ponieważ wtedy na tej ręce "
            "lub nodze stosujemy tylko lekki dotyk."
        ),
        "Firm massage may be possible after cancer treatment, adapted to you. Please tell "
        "us if any lymph nodes were removed or treated, as that arm or leg needs a gentle "
        "touch.": (
            "Po leczeniu onkologicznym mocniejszy masaż, dostosowany do Ciebie, może być "
            "możliwy. Daj nam znać, jeśli usunięto lub leczono jakiekolwiek węzły chłonne, "
            "ponieważ ta ręka lub noga wymaga delikatnego dotyku."
        ),
        "Gentle relaxation massage is usually suitable after cancer treatment. Tell us "
        "about any arm or leg that swells, so we can adapt.": (
            "Po leczeniu onkologicznym łagodny masaż relaksacyjny jest zwykle odpowiedni. "
            "Powiedz nam o każdej ręce lub nodze, która puchnie, abyśmy mogli dostosować "
            "masaż."
        ),
        "Acupressure is usually suitable after cancer treatment. We avoid pressing hard on "
        "an arm or leg that swells or is at risk of swelling.": (
            "Po leczeniu onkologicznym akupresura jest zwykle odpowiednia. Nie uciskamy "
            "mocno ręki ani nogi, która puchnie lub jest narażona na obrzęk."
        ),
        "Acupuncture may be possible after cancer treatment. We do not put needles into an "
        "arm or leg that swells, or that is at risk after lymph nodes were removed.": (
            "Po leczeniu onkologicznym akupunktura może być możliwa. Nie wkłuwamy igieł w "
            "rękę ani nogę, która puchnie lub jest narażona na obrzęk po usunięciu węzłów "
            "chłonnych."
        ),
        "The area of your operation is left alone until it has healed and your surgeon is "
        "happy for it to be treated.": (
            "Okolicy operacji nie masujemy, dopóki się nie zagoi, a chirurg nie zgodzi się "
            "na zabiegi w tym miejscu."
        ),
        "Deep work near a recent operation has to wait. Once you have healed, and with your "
        "surgeon’s agreement, gentle scar work may help.": (
            "Na głęboki masaż w pobliżu miejsca niedawnej operacji trzeba poczekać. Po "
            "zagojeniu i za zgodą chirurga pomocna może być delikatna terapia blizny."
        ),
        "Gentle massage away from the operation area may be possible. Tell us what surgery "
        "you had, and when.": (
            "Łagodny masaż z dala od miejsca operacji może być możliwy. Powiedz nam, jaka "
            "to była operacja i kiedy."
        ),
        "Points near your wound are avoided. Gentle acupressure elsewhere, such as on the "
        "wrist or ear, is sometimes used after operations.": (
            "Punkty w pobliżu rany są pomijane. Po operacjach stosuje się czasem delikatną "
            "akupresurę w innych miejscach, na przykład na nadgarstku lub uchu."
        ),
        "Needles will not be placed near your wound, and your acupuncturist may want to "
        "wait until you have recovered further.": (
            "Igły nie będą wkłuwane w pobliżu rany, a akupunkturzysta może chcieć poczekać, "
            "aż bardziej wrócisz do zdrowia."
        ),
        "The area around the break is left alone until it has healed and your doctor or "
        "physiotherapist is happy. Massage elsewhere may still help.": (
            "Okolicy złamania nie masujemy, dopóki kość się nie zrośnie, a lekarz lub "
            "fizjoterapeuta nie wyrazi zgody. Masaż w innych miejscach może nadal pomóc."
        ),
        "Deep work near a healing break has to wait until the bone has knitted and your "
        "doctor or physiotherapist agrees. Other areas can often still be treated.": (
            "Na głęboki masaż w pobliżu gojącego się złamania trzeba poczekać, aż kość się "
            "zrośnie, a lekarz lub fizjoterapeuta wyrazi zgodę. Inne miejsca często można "
            "nadal masować."
        ),
        "Gentle massage away from the break is often possible. Tell us where it is, so we "
        "can make you comfortable around it.": (
            "Łagodny masaż z dala od miejsca złamania jest często możliwy. Powiedz nam, "
            "gdzie jest złamanie, abyśmy mogli wygodnie Cię ułożyć."
        ),
        "Points on or near the break will not be pressed until it has healed. Gentle "
        "pressure elsewhere may still be used.": (
            "Punkty w miejscu złamania lub w jego pobliżu nie będą uciskane, dopóki kość "
            "się nie zrośnie. W innych miejscach delikatny ucisk może być nadal stosowany."
        ),
        "Needles are not placed near the break while it heals. Tell us where it is, so you "
        "can lie comfortably.": (
            "Dopóki złamanie się goi, igły nie są wkłuwane w jego pobliżu. Powiedz nam, "
            "gdzie jest złamanie, abyśmy mogli wygodnie Cię ułożyć."
        ),
        "Your therapist will keep the pressure moderate, take particular care over your "
        "spine and ribs, and help you on and off the couch.": (
            "Terapeuta zastosuje umiarkowany nacisk, zachowa szczególną ostrożność w "
            "okolicy kręgosłupa i żeber oraz pomoże Ci wejść na leżankę i z niej zejść."
        ),
        "Firm, deep pressure is not suitable for fragile bones, so your therapist will use "
        "gentler techniques. If firm work is what you hoped for, we may suggest another "
        "approach.": (
            "Mocny, głęboki nacisk nie jest odpowiedni przy kruchych kościach, dlatego "
            "terapeuta zastosuje łagodniejsze techniki. Jeśli zależało Ci na mocnym masażu, "
            "możemy zaproponować inne podejście."
        ),
        "Gentle relaxation massage is usually fine with osteoporosis. Please tell your "
        "therapist about any bones you have broken.": (
            "Przy osteoporozie do łagodnego masażu relaksacyjnego zwykle nie ma "
            "przeciwwskazań. Powiedz terapeucie o wszystkich przebytych złamaniach."
        ),
        "Only gentle fingertip pressure will be used, especially over your back and ribs. "
        "If you learn points to press at home, the same light touch is best.": (
            "Stosowany będzie tylko delikatny ucisk opuszkami palców, zwłaszcza na plecach "
            "i żebrach. Jeśli nauczysz się uciskać punkty w domu, najlepiej też uciskaj je "
            "lekko."
        ),
        "Acupuncture is usually fine with osteoporosis. Tell us about any bones you have "
        "broken, so we can help you lie comfortably.": (
            "Przy osteoporozie do akupunktury zwykle nie ma przeciwwskazań. Powiedz nam o "
            "wszystkich przebytych złamaniach, abyśmy mogli pomóc Ci wygodnie się ułożyć."
        ),
        "The affected area will be avoided. If the problem could be infectious, we may need "
        "to rebook.": (
            "Obszar, którego dotyczy problem, zostanie pominięty. Jeśli problem może być "
            "zakaźny, może być konieczne przełożenie wizyty."
        ),
        "The affected area will be avoided, and we may need to rebook if the problem could "
        "be infectious.": (
            "Obszar, którego dotyczy problem, zostanie pominięty, a jeśli problem może być "
            "zakaźny, może być konieczne przełożenie wizyty."
        ),
        "Points on or near the affected skin will not be pressed.": (
            "Punkty na zmienionej chorobowo skórze lub w jej pobliżu nie będą uciskane."
        ),
        "Needles are never placed in broken, infected or inflamed skin, so that area will "
        "be avoided.": (
            "Igieł nigdy nie wkłuwa się w uszkodzoną, zakażoną ani objętą stanem zapalnym "
            "skórę, dlatego ten obszar zostanie pominięty."
        ),
        "Please postpone your massage until you feel well again; we will happily rebook.": (
            "Prosimy o przełożenie masażu do czasu, aż znów poczujesz się dobrze; chętnie "
            "umówimy nowy termin."
        ),
        "Please postpone your session until you feel well again.": (
            "Prosimy o przełożenie sesji do czasu, aż znów poczujesz się dobrze."
        ),
        "Please postpone your massage until you feel well again.": (
            "Prosimy o przełożenie masażu do czasu, aż znów poczujesz się dobrze."
        ),
        "Please postpone your appointment until you feel well again.": (
            "Prosimy o przełożenie wizyty do czasu, aż znów poczujesz się dobrze."
        ),
        "Please postpone your acupuncture until you feel well again.": (
            "Prosimy o przełożenie akupunktury do czasu, aż znów poczujesz się dobrze."
        ),
        "No needles are used in massage. If you tend to faint at other times too, please "
        "let your therapist know.": (
            "Podczas masażu nie używa się igieł. Jeśli zdarza Ci się mdleć także w innych "
            "sytuacjach, daj znać terapeucie."
        ),
        "No needles are used in medical massage.": "Podczas masażu medycznego nie używa się igieł.",
        "No needles are used in relaxation massage.": (
            "Podczas masażu relaksacyjnego nie używa się igieł."
        ),
        "No needles are used: acupressure works on points like those of acupuncture, with "
        "fingertip pressure instead.": (
            "Nie używa się igieł: akupresura wykorzystuje punkty podobne do punktów "
            "akupunktury, ale zamiast igieł stosuje się ucisk opuszkami palców."
        ),
        "Some people feel faint during acupuncture, especially the first time. If you would "
        "like to try it, you would lie down, start with only a few needles, and can stop at "
        "any time; acupressure is a needle-free alternative.": (
            "Niektórym osobom robi się słabo podczas akupunktury, zwłaszcza za pierwszym "
            "razem. Jeśli chcesz jej spróbować, zabieg odbędzie się na leżąco, zaczniemy od "
            "zaledwie kilku igieł i w każdej chwili możesz przerwać; akupresura jest "
            "alternatywą bez igieł."
        ),
        "Massage is done by hand, so a metal allergy rarely matters.": (
            "Masaż wykonuje się rękami, dlatego alergia na metale rzadko ma znaczenie."
        ),
        "Medical massage is done by hand, so a metal allergy rarely matters.": (
            "Masaż medyczny wykonuje się rękami, dlatego alergia na metale rzadko ma znaczenie."
        ),
        "Relaxation massage is done by hand, so a metal allergy rarely matters.": (
            "Masaż relaksacyjny wykonuje się rękami, dlatego alergia na metale rzadko ma znaczenie."
        ),
        "Acupressure is mostly done with the hands. Some tools can be made of metal, so we "
        "will use others.": (
            "Akupresurę wykonuje się głównie rękami. Niektóre przybory mogą być metalowe, "
            "dlatego użyjemy innych."
        ),
        "Acupuncture may not be suitable if you are allergic to metal, because the needles "
        "are made of metal. Tell us what you react to before you book; we may suggest "
        "acupressure instead.": (
            "Akupunktura może nie być odpowiednia, jeśli masz alergię na metal, ponieważ "
            "igły są metalowe. Zanim umówisz wizytę, powiedz nam, co Cię uczula; możemy "
            "zaproponować zamiast tego akupresurę."
        ),
        "Massage usually uses oil or lotion. Tell us what you react to, and we will use "
        "something suitable or none at all.": (
            "Do masażu zwykle używa się olejku lub balsamu. Powiedz nam, co Cię uczula, a "
            "użyjemy czegoś odpowiedniego albo nie użyjemy niczego."
        ),
        "Tell us what you react to, and we will use a suitable product or work without oil.": (
            "Powiedz nam, co Cię uczula, a użyjemy odpowiedniego produktu albo będziemy "
            "masować bez olejku."
        ),
        "Relaxation massage relies on oil or lotion. Tell us what you react to, and we will "
        "choose something suitable.": (
            "Masaż relaksacyjny wykonuje się z olejkiem lub balsamem. Powiedz nam, co Cię "
            "uczula, a wybierzemy coś odpowiedniego."
        ),
        "Acupressure uses no oils or lotions.": "W akupresurze nie używa się olejków ani balsamów.",
        "Acupuncture uses no oils or lotions.": (
            "W akupunkturze nie używa się olejków ani balsamów."
        ),
        "Massage near a blood clot is not safe. If you have a clot now, please wait until "
        "your doctor says massage is safe; if you had one in the past, we will check with "
        "you before booking.": (
            "Masaż w pobliżu zakrzepu nie jest bezpieczny. Jeśli masz obecnie zakrzep, "
            "poczekaj, aż lekarz potwierdzi, że masaż jest bezpieczny; jeśli zakrzep był w "
            "przeszłości, przed umówieniem wizyty omówimy to z Tobą."
        ),
        "Deep massage is not safe over or near a blood clot. We will talk with you about "
        "whether, and when, it is safe.": (
            "Głęboki masaż nad zakrzepem lub w jego pobliżu nie jest bezpieczny. "
            "Porozmawiamy z Tobą o tym, czy i kiedy będzie to bezpieczne."
        ),
        "Even gentle massage should not be given over a blood clot. Please wait until your "
        "doctor says it is safe; tell us if your clot was in the past.": (
            "Nawet łagodnego masażu nie należy wykonywać nad zakrzepem. Poczekaj, aż lekarz "
            "potwierdzi, że jest to bezpieczne; daj nam znać, jeśli zakrzep był w "
            "przeszłości."
        ),
        "Points on the affected limb will not be pressed. If you have a clot now, please "
        "check with your doctor first.": (
            "Punkty na kończynie, której dotyczy zakrzep, nie będą uciskane. Jeśli masz "
            "obecnie zakrzep, najpierw skonsultuj się z lekarzem."
        ),
        "Your acupuncturist will not place needles in the affected limb. If you have a clot "
        "now, please check with your doctor first.": (
            "Akupunkturzysta nie będzie wkłuwać igieł w kończynę, której dotyczy zakrzep. "
            "Jeśli masz obecnie zakrzep, najpierw skonsultuj się z lekarzem."
        ),
        "Your therapist will use gentle pressure and avoid the area of any fracture.": (
            "Terapeuta zastosuje delikatny nacisk i ominie okolicę każdego złamania."
        ),
        "Deep pressure is not suitable for fragile bones. Your therapist will use gentler "
        "techniques and stay away from any fracture.": (
            "Głęboki nacisk nie jest odpowiedni przy kruchych kościach. Terapeuta zastosuje "
            "łagodniejsze techniki i będzie omijać miejsca złamań."
        ),
        "Gentle relaxation massage is usually fine. Tell us about any fracture, so it can "
        "be avoided.": (
            "Do łagodnego masażu relaksacyjnego zwykle nie ma przeciwwskazań. Powiedz nam o "
            "każdym złamaniu, abyśmy mogli omijać to miejsce."
        ),
        "Only gentle pressure will be used, and never over a recent fracture.": (
            "Stosowany będzie wyłącznie delikatny ucisk, nigdy w miejscu niedawnego złamania."
        ),
        "Acupuncture is usually fine. Tell us where any fracture is, so you can lie "
        "comfortably and that area is avoided.": (
            "Do akupunktury zwykle nie ma przeciwwskazań. Powiedz nam, gdzie jest złamanie, "
            "abyśmy mogli wygodnie Cię ułożyć i ominąć to miejsce."
        ),
    },
}


def polish(apps, schema_editor):
    for (model_name, field), texts in POLISH.items():
        model = apps.get_model("treatments", model_name)
        blank = Q(**{f"{field}_pl__isnull": True}) | Q(**{f"{field}_pl": ""})
        for english, text in texts.items():
            rows = model.objects.filter(blank, **{f"{field}_en_gb": english})
            rows.update(**{f"{field}_pl": text})


def no_polish(apps, schema_editor):
    for (model_name, field), texts in POLISH.items():
        model = apps.get_model("treatments", model_name)
        for english, text in texts.items():
            rows = model.objects.filter(**{f"{field}_en_gb": english, f"{field}_pl": text})
            rows.update(**{f"{field}_pl": None})


class Migration(migrations.Migration):
    dependencies = [("treatments", "0017_i18n_polish_content")]

    operations = [migrations.RunPython(polish, no_polish)]
