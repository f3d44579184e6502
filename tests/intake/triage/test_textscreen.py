"""The free-text screen: the patient's own words that may describe a red flag. Misses are
what matter; a false positive costs a reviewer a minute."""

import re

import pytest

from intake.triage.redflags import FLAGS_BY_VALUE
from intake.triage.textscreen import rechecks, screen, topics_in
from intake.triage.topics import TOPICS
from intake.triage.words import NEAR, near

POSITIVES = [
    ("bottom feels numb, can't tell when I need to pee", ["saddle_numbness", "bladder_bowel"]),
    ("Numbness around my groin since Tuesday", ["saddle_numbness"]),
    ("pins and needles in my private parts and back pain", ["saddle_numbness"]),
    ("I can\u2019t feel anything between my legs when I wipe", ["saddle_numbness"]),
    ("saddle anaesthesia?", ["saddle_numbness"]),
    ("I have wet myself twice this week", ["bladder_bowel"]),
    ("Lost control of my bowels yesterday", ["bladder_bowel"]),
    ("new incontinence since the fall", ["bladder_bowel"]),
    ("I cannot pee properly and my back is agony", ["bladder_bowel"]),
    ("Trouble passing urine", ["bladder_bowel"]),
    ("Very stiff neck and a high temperature since this morning", ["stiff_neck_fever"]),
    ("fever, headache and my neck is stiff", ["stiff_neck_fever"]),
    ("worried it might be meningitis", ["stiff_neck_fever"]),
    ("a rash that doesn't fade under a glass", ["stiff_neck_fever"]),
    ("chest pain when I climb stairs", ["chest_pain"]),
    ("Tightness across my chest and upper back", ["chest_pain"]),
    ("chest feels tight and heavy", ["chest_pain"]),
    ("the worst headache of my life came on this morning", ["sudden_severe_headache"]),
    ("a sudden, explosive headache", ["sudden_severe_headache"]),
    ("thunderclap pain at the back of my head", ["sudden_severe_headache"]),
    ("Some days I think about suicide", ["self_harm"]),
    ("I feel like ending it all", ["self_harm"]),
    ("sometimes I don't want to be alive", ["self_harm"]),
    ("I have been self-harming again", ["self_harm"]),
    ("no reason to live any more", ["self_harm"]),
    ("honestly I want to die", ["self_harm"]),
    ("I fell on the stairs on Sunday and hit my head", ["head_injury_blood_thinners"]),
    ("banged the back of my head on a cupboard door", ["head_injury_blood_thinners"]),
    ("slipped on ice and landed on my head", ["head_injury_blood_thinners"]),
    ("mild concussion last week", ["head_injury_blood_thinners"]),
    # Read for a patient who is or could be pregnant only (services.screen_own_words).
    ("Cramping pain low in my tummy since yesterday", ["pregnancy_tummy_pain"]),
    ("some spotting this morning", ["pregnancy_bleeding"]),
    ("The baby has been moving less since Sunday", ["pregnancy_fewer_movements"]),
    ("haven't felt the baby kick today", ["pregnancy_fewer_movements"]),
    ("blurred vision since this morning", ["pregnancy_preeclampsia"]),
    ("my face and hands are suddenly swollen", ["pregnancy_preeclampsia"]),
    ("a bad headache that won't go", ["pregnancy_preeclampsia"]),
    ("pain under my ribs on the right", ["pregnancy_preeclampsia"]),
    ("I think my waters have gone", ["pregnancy_waters_contractions"]),
    ("I cannot keep anything down, even water", ["pregnancy_vomiting"]),
    ("my hands and feet itch, worse at night", ["pregnancy_itching"]),
    ("tightenings every ten minutes since lunch", ["pregnancy_waters_contractions"]),
]

# Polish, as patients type it: inflected, and often without the Polish letters.
POSITIVES_PL = [
    ("drętwieje mi krocze od wczoraj", ["saddle_numbness"]),
    ("dretwieje mi krocze", ["saddle_numbness"]),
    ("Drętwienie pośladków i krocza, ból pleców", ["saddle_numbness"]),
    ("nie czuję nic między nogami przy podcieraniu", ["saddle_numbness"]),
    ("mrowienie w pachwinach i w okolicach intymnych", ["saddle_numbness"]),
    ("brak czucia w kroczu", ["saddle_numbness"]),
    ("nie mam żadnego czucia w okolicy odbytu", ["saddle_numbness"]),
    ("lekarz wspomniał o zespole ogona końskiego", ["saddle_numbness"]),
    ("Nie kontroluję moczu od dwóch dni", ["bladder_bowel"]),
    ("nie mam kontroli nad pęcherzem", ["bladder_bowel"]),
    ("nie mam żadnej kontroli nad pęcherzem", ["bladder_bowel"]),
    ("nie moge sie wysikac, a plecy bola", ["bladder_bowel"]),
    ("popuszczam mocz od tygodnia", ["bladder_bowel"]),
    ("nietrzymanie stolca od upadku", ["bladder_bowel"]),
    ("zmoczyłam się w nocy", ["bladder_bowel"]),
    ("od wczoraj nie oddaję moczu", ["bladder_bowel"]),
    ("nie czuję, kiedy muszę iść do toalety", ["bladder_bowel"]),
    ("sztywny kark i gorączka od rana", ["stiff_neck_fever"]),
    ("sztywny kark, wysoka temperatura", ["stiff_neck_fever"]),
    ("kark mam bardzo sztywny i dreszcze", ["stiff_neck_fever"]),
    ("goraczka 39 stopni i sztywnosc karku", ["stiff_neck_fever"]),
    ("boję się, że to zapalenie opon mózgowych", ["stiff_neck_fever"]),
    ("gorączka, nie mogę przygiąć brody do klatki", ["stiff_neck_fever"]),
    ("wysypka, która nie blednie pod szklanką", ["stiff_neck_fever"]),
    ("ból w klatce piersiowej przy wchodzeniu po schodach", ["chest_pain"]),
    ("bol w klatce", ["chest_pain"]),
    ("ucisk w klatce i ból promieniujący do ręki", ["chest_pain"]),
    ("ścisk za mostkiem", ["chest_pain"]),
    ("boli mnie serce przy wysiłku", ["chest_pain"]),
    ("boli mnie klatka, kiedy szybko idę", ["chest_pain"]),
    ("najgorszy ból głowy w moim życiu", ["sudden_severe_headache"]),
    ("najgorszy bol glowy w zyciu", ["sudden_severe_headache"]),
    ("nagły, piorunujący ból głowy dziś rano", ["sudden_severe_headache"]),
    ("głowa rozbolała mnie nagle, jakby ktoś uderzył mnie młotkiem", ["sudden_severe_headache"]),
    ("mam myśli samobójcze", ["self_harm"]),
    ("czasem myślę, żeby się zabić", ["self_harm"]),
    ("chcę odebrać sobie życie", ["self_harm"]),
    ("nie chce mi się żyć", ["self_harm"]),
    ("nie chce mi sie zyc", ["self_harm"]),
    ("znowu się tnę", ["self_harm"]),
    ("schudłam 6 kg w dwa miesiące i nie wiem dlaczego", ["weight_loss"]),
    ("nagle opadł mi kącik ust i mówię niewyraźnie", ["stroke"]),
    ("prawa łydka obrzęknięta i ciepła od tygodnia", ["dvt"]),
    ("w niedzielę uderzyłam się w głowę o szafkę", ["head_injury_blood_thinners"]),
    ("upadlem na glowe na schodach", ["head_injury_blood_thinners"]),
    ("uraz głowy dwa tygodnie temu", ["head_injury_blood_thinners"]),
    ("skurcze w podbrzuszu od rana", ["pregnancy_tummy_pain"]),
    ("lekkie plamienie wczoraj", ["pregnancy_bleeding"]),
    ("dziecko mniej się rusza", ["pregnancy_fewer_movements"]),
    ("mroczki przed oczami", ["pregnancy_preeclampsia"]),
    ("spuchnięta twarz i dłonie", ["pregnancy_preeclampsia"]),
    ("chyba odeszły mi wody", ["pregnancy_waters_contractions"]),
    ("wymiotuję cały dzień, nic nie mogę utrzymać", ["pregnancy_vomiting"]),
    ("swędzą mnie dłonie i stopy", ["pregnancy_itching"]),
    ("regularne skurcze co 10 minut", ["pregnancy_waters_contractions"]),
    ("I feel numb in my krocze", ["saddle_numbness"]),  # both languages in one sentence
]

NEGATIVES_PL = [
    "Ból dolnego odcinka pleców po długim dniu przy biurku.",
    "Boli mnie kolano.",
    "ból kolana od miesiąca",
    "Boli mnie kolano na klatce schodowej.",
    "klatka schodowa w bloku jest stroma, a kolano boli",
    "Nie mam bólu w klatce piersiowej, tylko bolą mnie plecy.",
    "nie mam bolu w klatce",
    "Nie mam drętwienia krocza, lekarz o to pytał.",
    "brak drętwienia w kroczu",
    "bez drętwienia w okolicy pośladków",
    "Nie mam problemów z pęcherzem ani jelitami.",
    "Brak problemów z oddawaniem moczu.",
    "Nie mam gorączki ani sztywnego karku.",
    "Sztywny kark po spaniu na złej poduszce.",
    "Napięciowe bóle głowy od lat, gorsze przy stresie.",
    "mrowienie w stopach wieczorem",
    "drętwieje mi ręka w nocy",
    "Nie czuję się dobrze, bolą mnie pośladki po bieganiu.",
    "W chwili obecnej boli mnie głowa, jak zwykle przy stresie.",
    "Zrobiłem sobie krzywdę przy podnoszeniu pudła w pracy.",
    "Ten ból mnie zabija.",
    "Pracuję na zmiany, nie mogę przyjść we wtorki.",
    "Tylko drętwieje mi noga.",
    "Boli mnie głowa, gdy długo siedzę przy komputerze.",
    "Nie miałam urazu głowy.",
    "Skurcze łydek w nocy.",
    "Mdłości rano.",
    "Bez krwawienia.",
]

NEGATIVES = [
    "Aching lower back after long days at my desk.",
    "No chest pain, just a sore shoulder.",
    "no numbness in my groin, the GP asked",
    "No bladder or bowel problems.",
    "Neck ache from looking at screens; a mild headache most weeks.",
    "Tension headaches for years, worse with stress.",
    "Stiff neck after sleeping badly.",
    "I hurt myself lifting a box at work.",
    "This pain is killing me at work.",
    "I work shifts and cannot come in on Tuesdays.",
    "My head hurts after a long day; headaches for years.",
    "I keep bumping into things when my headaches come on.",
    "No head injury, just tension.",
    "Leg cramps at night.",
    "Some nausea in the mornings; I was sick once last week.",
    "No bleeding.",
    "",
]


@pytest.mark.parametrize(("text", "topics"), POSITIVES)
def test_words_that_may_describe_a_red_flag_are_found(text, topics):
    assert screen(text) == topics


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_words_and_plain_denials_raise_nothing(text):
    assert screen(text) == []


@pytest.mark.parametrize(("text", "topics"), POSITIVES_PL)
def test_polish_words_that_may_describe_a_red_flag_are_found(text, topics):
    assert screen(text) == topics


@pytest.mark.parametrize("text", NEGATIVES_PL)
def test_ordinary_polish_words_and_plain_polish_denials_raise_nothing(text):
    assert screen(text) == []


def test_every_topic_has_polish_words_found():
    found = {topic for _text, topics in POSITIVES_PL for topic in topics}
    assert found == {topic.value for topic in TOPICS}


def test_a_polish_denial_elsewhere_does_not_hide_a_mention():
    assert screen("Bez gorączki. Ale ból w klatce od niedzieli.") == ["chest_pain"]
    assert screen("nie mam bólu w klatce, ale w nocy czuję ucisk w klatce") == ["chest_pain"]


def test_polish_thoughts_of_suicide_are_never_read_as_denied():
    assert screen("nie mam myśli samobójczych, chyba") == ["self_harm"]


def test_lost_control_said_as_no_control_is_found():
    assert screen("I have no control of my bladder") == ["bladder_bowel"]


def test_near_finds_two_words_either_way_round_within_its_reach():
    pattern = re.compile(near("numb", "groin"))
    assert pattern.search("numb all round my groin")
    assert pattern.search("my groin is numb")
    assert not pattern.search("numb" + " x" * NEAR + " groin")


def test_slurred_speech_with_a_drooping_face_is_a_stroke_not_a_swollen_face():
    # "red" (a swollen leg's redness) ends "slurred": the face's swelling words leave it out.
    assert screen("my face dropped on one side and my speech is slurred") == ["stroke"]


def test_near_leaves_the_ends_that_meet_open_so_word_endings_are_found():
    assert re.search(near("leg", "swollen"), "my legs are swollen")
    assert screen("klatka mnie zabolała nagle") == ["chest_pain"]


def test_a_denial_elsewhere_does_not_hide_a_mention():
    assert screen("No fever. But chest pain since Sunday.") == ["chest_pain"]
    assert screen("no chest pain, but now chest tightness at night") == ["chest_pain"]


def test_thoughts_of_suicide_are_never_read_as_denied():
    assert screen("not suicidal, I think") == ["self_harm"]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("no numbness in legs, but numb around my groin", ["saddle_numbness"]),
        ("not numb in my feet but my bottom feels numb", ["saddle_numbness"]),
        ("no tingling in my hands but tingling in my groin", ["saddle_numbness"]),
        ("no headache until today, now the worst headache of my life", ["sudden_severe_headache"]),
        ("Not feverish. Stiff neck and high temperature tonight", ["stiff_neck_fever"]),
        ("nie mam bólu głowy, ale mam ból w klatce piersiowej", ["chest_pain"]),
    ],
)
def test_a_denial_does_not_hide_a_mention_that_starts_inside_the_denied_words(text, topics):
    """A denied match can reach over the real mention after it ("no numbness in legs, but numb
    around my groin" matches from "numbness" to "groin"); the mention must still be found."""
    assert screen(text) == topics


def test_every_text_is_read_and_each_topic_says_where():
    assert screen("back pain", "", "I have been wetting myself") == ["bladder_bowel"]
    found = topics_in("chest pain", "sore back", "chest pain and numb bum")
    assert found == {"chest_pain": [0, 2], "saddle_numbness": [2]}


def test_each_recheck_is_a_red_flag_and_one_already_answered_is_not_asked_again():
    for topic in TOPICS:
        assert topic.recheck == "" or topic.recheck in FLAGS_BY_VALUE
    asked = rechecks(["saddle_numbness", "bladder_bowel", "self_harm"], ["bladder_bowel"])
    assert asked == ["saddle_numbness"]


def test_a_denied_list_split_by_commas_is_read_as_said_the_safe_way_to_be_wrong():
    """The clause rule's cost: a comma ends a denial, so a denied list is marked for a person to
    read (a minute of a reviewer's time), rather than a mention after a comma being missed."""
    assert screen("no numbness, tingling or weakness around my groin") == ["saddle_numbness"]
    assert screen("No bladder or bowel problems.") == []
