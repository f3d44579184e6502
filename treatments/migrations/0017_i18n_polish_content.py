"""Polish for the seeded treatment content that the intake and every page's headings show:
condition and treatment names, the conditions' summaries (with their
"GP or 111 today" signs) and 999 signs (safety wording: shown under the
intake's own emergency heading), the health questions, the comparison rows' names, services and
comparisons' titles. Matched on the English text, so a row staff have since reworded is left
for them to translate in the admin (it falls back to English meanwhile).

The rest of the seeded content follows in 0018 (the precautions' advice), 0019 (the treatment
pages' long texts), 0020 (the comparison tables' cells and the conditions' evidence notes) and
0021 (comparisons' prose, what to expect, the team and the location). A row added or reworded
later shows in English on Polish pages until staff translate it; the admin lists such rows
("Missing translations"). Like the catalogue, this is unreviewed: see
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
    ("condition", "summary"): {
        'Chronic pain is pain that lasts for three months or more, or keeps coming back. It is very common. In the UK, a 2016 review of population studies (Fayaz and colleagues, BMJ Open) estimated that between one third and one half of adults live with some chronic pain; in the United States, national health surveys put the figure at about one in five adults. Estimates differ with how chronic pain is defined and measured. It can affect sleep, mood and everyday life, and it often has more than one cause.\n\nHands-on and traditional treatments are often used alongside medical care to help people manage chronic pain. They are not a cure, and new or worsening pain should be checked by a doctor first.': (
            'Ból przewlekły to ból, który trwa trzy miesiące lub dłużej albo wciąż powraca. Jest bardzo częsty. W Wielkiej Brytanii przegląd badań populacyjnych z 2016 roku (Fayaz i współpracownicy, BMJ Open) oszacował, że z bólem przewlekłym żyje od jednej trzeciej do połowy dorosłych; w Stanach Zjednoczonych krajowe badania zdrowia podają około jednej piątej dorosłych. Szacunki różnią się w zależności od tego, jak ból przewlekły się definiuje i mierzy. Może wpływać na sen, nastrój i codzienne życie, a często ma więcej niż jedną przyczynę.\n\nTerapie manualne i tradycyjne są często stosowane obok opieki lekarskiej, aby pomóc radzić sobie z bólem przewlekłym. Nie są lekarstwem, a nowy lub nasilający się ból powinien najpierw sprawdzić lekarz.'
        ),
        'Lower back pain ranks among the commonest reasons people look for hands-on treatment. It is often linked with strained or tight muscles, stiffness or long hours of sitting, and it usually improves with time and gentle activity.\n\nContact your GP or call 111 today, before any treatment, if back pain comes with a high temperature or you feel hot and shivery, you have lost weight without trying, your back has swollen or changed shape, the pain is worse at night or does not ease with rest, it gets worse when you cough, sneeze or poo, it is high in your back between your shoulder blades, or it started after a fall.': (
            'Ból dolnej części pleców to jeden z najczęstszych powodów, dla których ludzie szukają terapii manualnej. Często wiąże się z nadwyrężonymi lub napiętymi mięśniami, sztywnością albo wieloma godzinami siedzenia i zwykle z czasem oraz przy łagodnej aktywności się poprawia.\n\nSkontaktuj się dziś z lekarzem rodzinnym (GP) lub zadzwoń pod 111, przed jakimkolwiek zabiegiem, jeśli bólowi pleców towarzyszy wysoka gorączka albo jest Ci gorąco i masz dreszcze, schudłeś/schudłaś bez starania się, plecy są opuchnięte lub zmieniły kształt, ból nasila się w nocy lub nie mija w spoczynku, nasila się przy kaszlu, kichaniu lub oddawaniu stolca, jest wysoko w plecach między łopatkami albo zaczął się po upadku.'
        ),
        'Neck pain often comes from muscle tension, posture or stress, and may bring stiffness or headaches with it. Most neck pain settles by itself within a few weeks.\n\nSeek medical advice first if it follows an injury, or comes with numbness, weakness or pain spreading down an arm.': (
            'Ból szyi często wynika z napięcia mięśni, postawy lub stresu i może mu towarzyszyć sztywność lub ból głowy. Większość bólów szyi mija samoistnie w ciągu kilku tygodni.\n\nNajpierw zasięgnij porady lekarskiej, jeśli ból pojawił się po urazie albo towarzyszy mu drętwienie, osłabienie lub ból promieniujący wzdłuż ręki.'
        ),
        'Shoulder pain can come from tight muscles in the neck and upper back, from strain or overuse, or from a problem in the joint itself. Tension from stress often gathers around the shoulders.\n\nIf your shoulder is very weak, you cannot lift your arm, or the pain started after a fall, see a doctor first.': (
            'Ból barku może wynikać z napiętych mięśni szyi i górnej części pleców, z nadwyrężenia lub przeciążenia albo z problemu w samym stawie. Napięcie związane ze stresem często gromadzi się w okolicy barków.\n\nJeśli bark jest bardzo osłabiony, nie możesz podnieść ręki albo ból zaczął się po upadku, najpierw zgłoś się do lekarza.'
        ),
        'Knee pain is common, particularly with everyday wear and tear, overuse or arthritis. Tight or weak muscles around the knee can add to it.\n\nA knee that is swollen, hot or locked, or pain after an injury, should be checked by a doctor first. If the knee is hot and swollen and you feel feverish or shivery, ask for an urgent GP appointment or call 111 today.': (
            'Ból kolana jest częsty, zwłaszcza przy codziennym zużyciu, przeciążeniu lub zapaleniu stawów. Napięte lub słabe mięśnie wokół kolana mogą go nasilać.\n\nKolano opuchnięte, gorące lub zablokowane albo ból po urazie powinien najpierw sprawdzić lekarz. Jeśli kolano jest gorące i opuchnięte, a do tego masz gorączkę lub dreszcze, poproś o pilną wizytę u lekarza rodzinnego (GP) lub zadzwoń dziś pod 111.'
        ),
        'Joint pain covers aches and stiffness in the hips, knees, shoulders, hands and other joints, whether from an old injury, overuse or a condition such as arthritis. The muscles around a painful joint often tighten and add to the discomfort.\n\nHands-on treatment does not change the joint itself, but it may help with the muscle tension and stiffness around it. Ask for an urgent GP appointment or call 111 today if one joint suddenly becomes very painful and swollen, the skin over a joint turns red or hot, or sore joints come with a high temperature or feeling hot, cold or shivery.': (
            'Ból stawów obejmuje bóle i sztywność bioder, kolan, barków, dłoni i innych stawów, czy to po dawnym urazie, z przeciążenia, czy z powodu choroby takiej jak zapalenie stawów. Mięśnie wokół bolącego stawu często się napinają i nasilają dyskomfort.\n\nTerapia manualna nie zmienia samego stawu, ale może pomóc przy napięciu mięśni i sztywności wokół niego. Poproś o pilną wizytę u lekarza rodzinnego (GP) lub zadzwoń dziś pod 111, jeśli jeden staw nagle staje się bardzo bolesny i opuchnięty, skóra nad stawem robi się czerwona lub gorąca albo bolącym stawom towarzyszy wysoka gorączka lub uczucie gorąca, zimna czy dreszcze.'
        ),
        'Tight, sore muscles and knots can come from overuse, posture or stress. Tension that builds up can cause pain elsewhere, such as headaches or back pain, and make it harder to move freely.\n\nMost muscle tension is harmless and eases with movement, rest and time.': (
            'Napięte, bolesne mięśnie i zgrubienia mogą wynikać z przeciążenia, postawy lub stresu. Narastające napięcie może powodować ból w innych miejscach, na przykład ból głowy lub pleców, i utrudniać swobodne poruszanie się.\n\nWiększość napięć mięśniowych jest niegroźna i ustępuje przy ruchu, odpoczynku i z czasem.'
        ),
        'Headaches range from tension-type headaches, often linked with tight muscles in the neck and shoulders, to migraine, which can bring throbbing pain, sickness and sensitivity to light.\n\nSee a GP if headaches keep coming back, painkillers do not help, or a headache is getting worse. Ask for an urgent GP appointment or call 111 today if a severe headache comes with jaw pain when you eat, blurred or double vision, a sore scalp, or numbness or weakness in your arms or legs. If you are pregnant and get a severe headache, or a headache with changes in your vision or sudden swelling of your face, hands or feet, call your maternity unit or midwife now.': (
            'Bóle głowy obejmują zarówno napięciowe bóle głowy, często związane z napiętymi mięśniami szyi i barków, jak i migrenę, która może powodować pulsujący ból, nudności i nadwrażliwość na światło.\n\nZgłoś się do lekarza rodzinnego (GP), jeśli bóle głowy wciąż powracają, leki przeciwbólowe nie pomagają albo ból głowy się nasila. Poproś o pilną wizytę u lekarza rodzinnego lub zadzwoń dziś pod 111, jeśli silnemu bólowi głowy towarzyszy ból żuchwy przy jedzeniu, niewyraźne lub podwójne widzenie, bolesność skóry głowy albo drętwienie lub osłabienie rąk lub nóg. Jeśli jesteś w ciąży i masz silny ból głowy albo ból głowy ze zmianami widzenia lub nagłym obrzękiem twarzy, dłoni lub stóp, zadzwoń natychmiast na oddział położniczy lub do swojej położnej.'
        ),
        'Stress and anxiety affect the body as well as the mind: tight muscles, shallow breathing, poor sleep, headaches and sometimes an upset stomach. Calming treatments may help some people feel more relaxed.\n\nIf anxiety is severe, lasts a long time or stops you living as you would like, please talk to your doctor too. These treatments can complement that care, not replace it.': (
            'Stres i lęk wpływają zarówno na ciało, jak i na umysł: napięte mięśnie, płytki oddech, słaby sen, bóle głowy, a czasem rozstrój żołądka. Uspokajające zabiegi mogą niektórym pomóc poczuć się bardziej zrelaksowanymi.\n\nJeśli lęk jest silny, trwa długo lub nie pozwala żyć tak, jak chcesz, porozmawiaj też ze swoim lekarzem. Te zabiegi mogą uzupełniać taką opiekę, ale jej nie zastępują.'
        ),
        'Trouble falling or staying asleep is often linked with stress, pain or anxiety, and poor sleep in turn makes pain and stress harder to bear.\n\nIf sleep problems last for weeks, or you snore loudly and feel very tired during the day, talk to your doctor.': (
            'Problemy z zasypianiem lub utrzymaniem snu często wiążą się ze stresem, bólem lub lękiem, a słaby sen z kolei utrudnia znoszenie bólu i stresu.\n\nJeśli problemy ze snem trwają tygodniami albo głośno chrapiesz i w ciągu dnia czujesz się bardzo zmęczony/zmęczona, porozmawiaj z lekarzem.'
        ),
        'Feeling sick and being sick can follow surgery or come with cancer treatment such as chemotherapy, among many other causes. Acupressure is one of the few hands-on treatments that has been studied for it.\n\nSevere or persistent vomiting, or signs of dehydration, need medical care straight away. If you have vomited blood but it has stopped and you feel otherwise well, ask for an urgent GP appointment or call 111 today.': (
            'Nudności i wymioty mogą pojawić się po operacji albo towarzyszyć leczeniu onkologicznemu, takiemu jak chemioterapia, i mają też wiele innych przyczyn. Akupresura jest jedną z nielicznych terapii manualnych, które badano w tym zakresie.\n\nSilne lub uporczywe wymioty albo objawy odwodnienia wymagają natychmiastowej pomocy lekarskiej. Jeśli wymiotowałeś/wymiotowałaś krwią, ale to ustało i poza tym czujesz się dobrze, poproś o pilną wizytę u lekarza rodzinnego (GP) lub zadzwoń dziś pod 111.'
        ),
        'Cramping pain low in the tummy before or during a period (menstrual pain) is common. It can spread to the back and thighs and may come with nausea or headaches.\n\nVery heavy periods, pain that is getting worse, or pain between periods should be checked by a doctor.': (
            'Skurczowy ból w dole brzucha przed miesiączką lub w jej trakcie (bolesne miesiączkowanie) jest częsty. Może promieniować do pleców i ud i wiązać się z nudnościami lub bólami głowy.\n\nBardzo obfite miesiączki, nasilający się ból albo ból między miesiączkami powinien sprawdzić lekarz.'
        ),
        'This covers pain during labour and the aches and discomfort in the days and weeks after giving birth. Many people look for drug-free ways to cope, alongside the care of their midwife or doctor.\n\nAlways agree any treatment in pregnancy with your midwife or doctor: some acupressure points are avoided until labour.': (
            'Dotyczy to bólu podczas porodu oraz bólów i dolegliwości w dniach i tygodniach po porodzie. Wiele osób szuka sposobów radzenia sobie bez leków, obok opieki położnej lub lekarza.\n\nKażdy zabieg w ciąży zawsze uzgadniaj z położną lub lekarzem: niektórych punktów akupresury unika się do czasu porodu.'
        ),
        'Some pain after an operation is expected, and your surgical team will usually manage it with medicines. Some people look for gentle additions to help with pain, nausea and recovery.\n\nAny hands-on treatment near the wound should wait until it has healed, and you should check with your surgeon first.': (
            'Pewien ból po operacji jest spodziewany i zespół chirurgiczny zwykle leczy go lekami. Niektórzy szukają łagodnych uzupełnień, które pomogą przy bólu, nudnościach i powrocie do zdrowia.\n\nZ każdą terapią manualną w pobliżu rany trzeba poczekać, aż się zagoi, a wcześniej skonsultować się z chirurgiem.'
        ),
        'Fibromyalgia is a long-term condition that causes widespread pain, tiredness, poor sleep and tenderness to touch. There is no single treatment, and many people combine several approaches.\n\nPeople with fibromyalgia can be very sensitive to pressure, so any hands-on treatment needs to be adjusted carefully.': (
            'Fibromialgia to długotrwała choroba, która powoduje rozlany ból, zmęczenie, słaby sen i bolesność przy dotyku. Nie ma jednego sposobu leczenia i wiele osób łączy kilka podejść.\n\nOsoby z fibromialgią mogą być bardzo wrażliwe na ucisk, dlatego każdą terapię manualną trzeba starannie dostosować.'
        ),
        'Sciatica is pain that runs from the lower back or buttock down the back of the leg, often with tingling or numbness, when the sciatic nerve is irritated. It often settles within a few weeks.\n\nSee a GP if the pain has not eased after a few weeks, is getting worse, or stops you doing your normal activities.': (
            'Rwa kulszowa to ból biegnący od dolnej części pleców lub pośladka wzdłuż tylnej strony nogi, często z mrowieniem lub drętwieniem, gdy nerw kulszowy jest podrażniony. Często ustępuje w ciągu kilku tygodni.\n\nZgłoś się do lekarza rodzinnego (GP), jeśli ból nie zelżał po kilku tygodniach, nasila się albo nie pozwala wykonywać zwykłych czynności.'
        ),
        'Arthritis means pain, swelling and stiffness in the joints. The most common kind is osteoarthritis, from wear and tear; others, such as rheumatoid arthritis, are caused by inflammation.\n\nHands-on treatment does not change the disease itself, but it may help with stiffness and comfort. Hot, swollen joints should not be massaged during a flare. Ask for an urgent GP appointment or call 111 today if one joint suddenly becomes very painful and swollen, the skin over a joint turns red or hot, or sore joints come with a high temperature or feeling hot, cold or shivery.': (
            'Zapalenie stawów oznacza ból, obrzęk i sztywność stawów. Najczęstsza jest choroba zwyrodnieniowa stawów, wynikająca ze zużycia; inne, takie jak reumatoidalne zapalenie stawów, są spowodowane stanem zapalnym.\n\nTerapia manualna nie zmienia samej choroby, ale może pomóc przy sztywności i komforcie. Gorących, opuchniętych stawów nie należy masować w czasie zaostrzenia. Poproś o pilną wizytę u lekarza rodzinnego (GP) lub zadzwoń dziś pod 111, jeśli jeden staw nagle staje się bardzo bolesny i opuchnięty, skóra nad stawem robi się czerwona lub gorąca albo bolącym stawom towarzyszy wysoka gorączka lub uczucie gorąca, zimna czy dreszcze.'
        ),
        'After a strain, sprain or other muscle injury, the tissues can stay tight and sore, and healing tissue can leave the area stiff. Hands-on treatment is often part of rehabilitation once the first, acute phase has passed.\n\nA new injury with severe pain, swelling or difficulty bearing weight should be seen by a doctor first.': (
            'Po nadwyrężeniu, skręceniu lub innym urazie mięśnia tkanki mogą pozostawać napięte i bolesne, a gojące się tkanki mogą powodować sztywność. Terapia manualna jest często częścią rehabilitacji, gdy minie pierwsza, ostra faza.\n\nNowy uraz z silnym bólem, obrzękiem lub trudnością w obciążaniu kończyny powinien najpierw obejrzeć lekarz.'
        ),
        'Stiffness can make everyday movements harder: turning your head, reaching up or bending down. It often comes from tight muscles, an old injury or long periods of inactivity.\n\nA sudden loss of movement, or stiffness with swelling or fever, needs medical advice first.': (
            'Sztywność może utrudniać codzienne ruchy: obracanie głowy, sięganie w górę czy schylanie się. Często wynika z napiętych mięśni, dawnego urazu lub długich okresów bezczynności.\n\nNagła utrata ruchomości albo sztywność z obrzękiem lub gorączką wymaga najpierw porady lekarskiej.'
        ),
        'Bloating, stomach aches and an unsettled stomach have many causes, and stress often plays a part.\n\nTummy pain that keeps coming back, blood in your stools, unexplained weight loss or a change in your bowel habits should always be checked by a doctor.': (
            'Wzdęcia, bóle brzucha i niespokojny żołądek mają wiele przyczyn, a stres często odgrywa w nich rolę.\n\nNawracający ból brzucha, krew w stolcu, niewyjaśniona utrata masy ciała lub zmiana rytmu wypróżnień zawsze powinny zostać sprawdzone przez lekarza.'
        ),
        "Many people having treatment for cancer, or recovering from it, feel an exhausting tiredness that rest does not fully relieve. It can last for months after treatment ends.\n\nAny complementary treatment during cancer care should be agreed with your cancer team and adapted to your treatment. If you are having chemotherapy or another cancer treatment and get a high temperature, feel shivery or suddenly unwell, call your cancer team's 24-hour helpline straight away, day or night: an infection can become serious within hours.": (
            'Wiele osób w trakcie leczenia onkologicznego lub po nim odczuwa wyczerpujące zmęczenie, którego odpoczynek nie łagodzi w pełni. Może ono trwać miesiącami po zakończeniu leczenia.\n\nKażdą terapię uzupełniającą w czasie leczenia onkologicznego należy uzgodnić z zespołem onkologicznym i dostosować do leczenia. Jeśli jesteś w trakcie chemioterapii lub innego leczenia onkologicznego i masz wysoką gorączkę, dreszcze albo nagle źle się czujesz, natychmiast zadzwoń na całodobową linię swojego zespołu onkologicznego, o każdej porze dnia i nocy: infekcja może stać się groźna w ciągu kilku godzin.'
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
