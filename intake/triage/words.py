"""The words the free-text screen looks for, in English and Polish: the patterns that
intake/triage/topics.py puts together into topics. Each is a regular expression; `near` joins
two that must come close together.

The Polish patterns are stems, and both the text and the patterns are read without diacritics
(textscreen.fold), so "bol" matches "ból". The Polish ones are written with their diacritics
for the reader.
"""

# How far apart (in characters) two words may be and still describe one thing, such as
# "numb" and "groin" in "numb all round my groin".
NEAR = 60


def near(first: str, second: str) -> str:
    """A pattern for `first` and `second` within NEAR characters of each other, either order.
    The screen reads the whole pattern as whole words (textscreen.COMPILED), but where the two
    meet the ends stay open on purpose: "bol" finds "zabolało", "leg" finds "legs". So a word
    set joined here must not hold a short word that ends other words ("red" ends "slurred")."""
    return rf"(?:{first})[\s\S]{{0,{NEAR}}}?(?:{second})|(?:{second})[\s\S]{{0,{NEAR}}}?(?:{first})"


CANT = r"can'?t|cannot|can not|unable to|couldn'?t|could not|struggl\w* to|trouble"
NUMB = (
    r"numb\w*|tingl\w*|pins and needles|no feeling|(?:lost|loss of|reduced|no) "
    r"(?:feeling|sensation)|(?:" + CANT + r") feel|dead|anaesthe\w*|anesthe\w*"
)
SADDLE = (
    r"groin|genital\w*|saddle|bottom|buttock\w*|bum|backside|perine\w*|private\w*|crotch|"
    r"anus|back passage|vagina\w*|penis|scrotum|testic\w*|between (?:my|the) legs|inner thigh\w*|"
    # Altered feeling when wiping after the toilet is how many first notice it.
    r"wip(?:e|es|ing)|toilet paper"
)
WATERWORKS = (
    r"bladder|bowels?|urin\w*|pee|pees|peed|peeing|wee|wees|weeing|poo|poos|pooed|pooing|poop\w*|"
    r"stools?|toilets?|loo|"
    r"wet(?:ting)? (?:my ?self|the bed)|soil(?:ed|ing)|pass(?:ing)? water"
)
CONTROL = (
    r"(?:no|lost|losing|loss of) control|control\w*|leak\w*|dribbl\w*|accident\w*|"
    + CANT
    + r"|difficult\w*|problem\w*|retention|"
    r"tell when|know when|feel when|stopped|incontinen\w*|not able|hold it|empty\w*"
)
STIFF_NECK = r"stiff\w* neck|neck (?:is |feels |was )?(?:very )?(?:stiff|rigid)|" + (
    r"(?:" + CANT + r") (?:bend|move|turn) my neck"
)
FEVER = r"fever\w*|temperature|temp\b|hot and cold|shiver\w*|chills|sweat\w*|feel(?:ing)? hot"
# near() reads its words whole, so each names its plurals and endings ("headaches", "hurting").
HEADACHE = r"headaches?|head ?aches?|pain in (?:my|the) head|head pains?|migraines?"
PAIN = r"pain\w*|tight\w*|pressure|heav\w*|crush\w*|squeez\w*|hurt\w*|sore\w*"
SEVERE = (
    r"worst|sudden\w*|explo\w*|like being hit|hit with a|excruciating|"
    r"(?:with)?in (?:a few |a couple of )?seconds|out of (?:the blue|nowhere)"
)
# Signs of a stroke: the face, one side of the body, speech (the NHS's FAST). A massage
# "stroke" is plural or a verb, and heatstroke, sunstroke or "a stroke of luck" are not one.
STROKE = (
    r"(?:mini[- ]?)?(?<!heat )(?<!sun )stroke(?! of)|(?:a|had|having|possible|suspected) tia|"
    r"transient isch(?:a)?emic attack"
)
ONE_SIDE = (
    r"(?:one|(?:my )?(?:left|right)) side of (?:my|the) (?:body|face)|"
    r"down (?:one|my left|my right) side|half (?:of )?(?:my|the) (?:body|face)"
)
FACE_DROOP = (
    r"face|mouth|smile|lips?",
    r"droop\w*|dropped|drops|dropping|fallen|slump\w*|lopsided|uneven|twisted",
)
SPEECH = (
    r"slurr\w*|(?:speech|words?|talking|speaking) (?:is |are |was |were )?(?:slurred|jumbled|"
    r"garbled|muddled|coming out wrong)|(?:can'?t|couldn'?t|cannot|could not|trouble|struggl\w* "
    r"to) (?:get my words out|find (?:the|my) words|(?:speak|talk) (?:properly|clearly|normally))"
)
# A leg that may hold a clot (DVT): one leg swollen, hot or red, or calf pain after a flight or
# an operation. The ankle and the knee are left out: a sprain or a sore knee swells too.
LEG = r"calf|calfs|calves|thighs?|legs?"
SWOLLEN = r"swell\w*|swollen|puff\w*|hot|warm\w*|red|redness|reddened|inflamed"
# Giving birth too: the risk of a clot stays high for weeks after (NHS: DVT; NICE NG158).
IMMOBILE = (
    r"flights?|flew|plane|operations?|surgery|cast|plaster|bed ?rest|"
    r"(?:gave|giving) birth|had (?:my|the|a) baby|(?:c-?|caesarean )section|caesarean|"
    r"postnatal|post-?partum"
)
CLOT = r"dvt|(?:blood )?clot|thrombosis"
SUSPECT_CLOT = (
    rf"(?:might|may|could) (?:be|have) (?:a |an )?(?:{CLOT})|suspected (?:{CLOT})|"
    rf"worried (?:about|it'?s|it is|that it'?s) (?:a |an )?(?:{CLOT})"
)
# A knock to the head: a verb of striking a few words before "head" (not "headache"), a fall
# onto it, or its names. Read only for a patient on blood thinners (Topic.only_if_yes).
STRUCK = r"hit|hitting|bang\w*|bump\w*|knock\w*|struck|smack\w*|whack\w*|bash\w*|cracked"
HEAD = r"head|forehead|temple|skull"
HEAD_INJURY = (
    rf"(?:{STRUCK})(?: \w+){{0,4}} (?:{HEAD})|head (?:hit|struck|banged|smashed|bumped)|"
    r"(?:fell|fall|fallen|falling|slipped|tripped)(?: \w+){0,6} (?:my|the|his|her) head|"
    r"head (?:injury|injuries|injured|trauma|wound)|injur\w* (?:to )?(?:my|the) head|"
    r"blow to (?:my|the) head|concuss\w*|head-?butt\w*|"
    # Knocked out, a lump where it struck, or a head they say they hurt.
    r"knocked (?:my ?self |him ?self |her ?self )?(?:out|unconscious)|"
    r"(?:lump|bump|egg|bruise|cut|gash) on (?:the )?(?:back of )?(?:my|the|his|her) "
    r"(?:head|forehead)|"
    r"(?:hurt|injured|cut|bruised|split) (?:my|his|her) (?:head|forehead|temple)"
)
# Warning signs in pregnancy (read only for a patient who is or could be pregnant): pain in the
# tummy, bleeding, the baby moving less, and the signs of pre-eclampsia. Leg cramps, aches
# in the ribs from kicks and a little swelling of the ankles are common, so they are left out.
# Period-like pain and pain low down on one side are how a miscarriage or an ectopic pregnancy
# often begins (NHS: miscarriage; NHS: ectopic pregnancy); "the bump" is the tummy.
TUMMY = (
    r"stomach|tummy|abdom\w*|belly|womb|pelvi\w*|lower back and front|bump\b|"
    r"periods?|period-like|menstrual|low down on one side|one side,? low down"
)
TUMMY_PAIN = r"pain\w*|cramp\w*|ache\w*|aching|hurt\w*|sore\w*|stabbing"
BLEEDING = (
    r"bleed\w*|spotting|blood loss|losing blood|passed (?:a )?clots?|"
    r"blood (?:in|on) (?:my )?(?:underwear|knickers|pants|pad)|"
    # Blood seen when wiping, or a brown or pink discharge (NHS: ectopic pregnancy).
    r"blood (?:when|after) (?:i )?wip\w*|blood on (?:the )?(?:toilet paper|tissue)|"
    r"(?:brown\w*|pink\w*|bloody|blood[- ]stained) discharge"
)
# The baby, the babies, or "him" or "her" moving: "I haven't felt him move today".
BABY = (
    r"bab(?:y|ies)|bump\b|kick\w*|f(?:o)?etal|f(?:o)?etus|"
    r"(?:him|her|them) (?:move|moves|moving|kick\w*)"
)
FEWER_MOVEMENTS = (
    r"less|fewer|reduced|slowed|stopped|quiet\w*|not moving|hasn'?t moved|no movements?|"
    r"(?:can'?t|cannot|don'?t|haven'?t|not) (?:\w+ )?fe(?:el|lt)|"
    r"(?:has|have|had)n'?t|(?:has|have|had) not|(?:very|really|so|gone|been|completely) still"
)
BLURRED = (
    r"blurr\w*|flash\w* lights?|(?:spots|stars|sparkles|floaters) (?:before|in front of) "
    r"(?:my )?eyes|(?:trouble|problems?) (?:with )?(?:my )?(?:vision|eyesight|seeing)|"
    r"see(?:ing)? (?:spots|stars)|spots in (?:my )?(?:eyes|vision)|(?:fuzzy|hazy|double) vision"
)
FACE_HANDS = r"face|hands|fingers"
SWOLLEN_FACE = r"swell\w*|swollen|puff\w*"
BAD = r"severe|bad|terrible|awful|pounding|constant|won'?t go|will not go|does not go|doesn'?t go"
UNDER_RIBS = r"(?:under|below|beneath) (?:my |the )?ribs?|upper (?:tummy|stomach|belly)"
# Swelling that came on suddenly (pre-eclampsia), wherever it is: the feet too.
SUDDEN = r"sudden\w*|overnight|all of a sudden|(?:very )?quickly|in a day"
# The waters breaking, or contractions (before 37 weeks, premature labour).
# Being sick so often that nothing stays down (hyperemesis), and itching (cholestasis). Feeling
# sick, or being sick now and then, is common and is not what these are about.
KEEP_DOWN = (
    r"(?:can'?t|cannot|unable to|not able to|struggl\w* to) keep (?:anything|food|water|"
    r"fluids?|drinks?|it|much) down|(?:vomit\w*|being sick|been sick|throwing up) (?:\w+ )?"
    r"(?:all (?:day|the time)|every (?:day|hour|time)|constantly|non-?stop|\d+ times a day)|"
    r"hyperemesis"
)
ITCHING = r"itch\w*|prurit\w*"
WATERS = (
    r"waters? (?:have |has )?(?:broken|broke|gone|went|leak\w*|burst)|"
    r"(?:leak\w*|trickl\w*|gush\w*) (?:of )?(?:clear )?(?:fluid|water)|"
    r"contractions?|tightenings?|(?:regular|painful) cramps"
)
# Words that, written by the patient, stand for a "yes" they did not tick: a blood thinner
# or a bleeding disorder (NICE NG232 counts anticoagulants and antiplatelets other than
# aspirin alone, and bleeding or clotting disorders), or a pregnancy.
BLEEDING_RISK = (
    r"warfarin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|lixiana|dabigatran|pradaxa|"
    r"heparin|enoxaparin|clexane|tinzaparin|dalteparin|fragmin|clopidogrel|plavix|ticagrelor|"
    r"brilique|prasugrel|blood[- ]?thinn\w*|anticoagula\w*|ha?emophilia|von willebrand|"
    r"bleeding disorder|clotting disorder"
)
PREGNANT = (
    r"pregnan\w*|expecting (?:a baby|twins)|\d+ weeks? gone|my midwife|"
    r"(?:first|second|third) trimester"
)
# Weight that has gone, not weight the patient wants to lose ("lose weight", "weight loss
# diet" are left out); a plain "haven't lost" is not a mention.
WEIGHT_LOST = (
    r"(?<!n't )(?<!not )(?<!never )(?:lost|losing|dropped|shed)(?: \w+){0,3} "
    r"(?:weight|kgs?|kilos?|stones?|pounds|lbs)|"
    r"weight (?:has |have |is )?(?:dropped|fallen|gone down|dropping|falling)|"
    r"(?:unexplained|unintentional|unintended) weight loss|weight loss (?:without|for no)|"
    r"\d+ ?(?:kgs?|kilos?|stones?|pounds|lbs) (?:lighter|down)"
)

# Polish. Written with their diacritics for the reader; compiled folded (see `fold`).
CANT_PL = (
    r"nie mog\w*|nie może\w*|nie jestem w stanie|nie da się|nie potrafi\w*|nie umiem|"
    r"trudno\w*|trudnoś\w*|problem\w*|kłopot\w*"
)
# "Nie czuję krocza" is numbness; "nie czuję się dobrze" (I feel unwell) is not.
FEEL_NOT_PL = r"nie (?:\w+ )?(?!czu\w* się|odczuwa\w* się)(?:czuj\w*|czuł\w*|czuć|odczuwa\w*)"
# Said with a denial word, yet a symptom: "nie mam (żadnego) czucia", "brak kontroli".
NONE_OF_PL = (
    r"(?:nie mam|nie ma|brak\w*|bez|zero|utrat\w*|utraci\w*|straci\w*|zanik\w*) "
    r"(?:żadn\w* |zupełnie |całkiem |w ogóle )?"
)
NUMB_PL = (
    r"(?:z|od|ś)?drętw\w*|mrowi\w*|mrówk\w*|ś?cierpn\w*|ścierp\w*|znieczul\w*|"
    rf"{NONE_OF_PL}czuci\w*|"
    r"(?:zaburzeni\w*|zaburzon\w*|osłab\w*|zniesieni\w*|zmniejszon\w*|mniejsz\w*|słab\w*|"
    rf"gorsz\w*) czuci\w*|{FEEL_NOT_PL}|"
    r"jak(?:by)? (?:nie moj\w*|obc\w*|z drewna|martw\w*)"
)
SADDLE_PL = (
    r"krocz\w*|pachwin\w*|pośladk\w*|pośladek|pup(?:a|ie|y|ę|ą|ka|ce|ki|kę|ci|cia)|"
    r"tyłek|tyłk(?:a|u|iem)|dup(?:a|ie|y|ę|ą|ka|ce|ki|kę)|odbyt\w*|genitali\w*|"
    r"narząd\w* płciow\w*|narząd\w* rodn\w*|intymn\w*|srom\w*|"
    r"pochw(?:a|y|ie|ę|ą)|"
    r"prąci\w*|penis\w*|moszn\w*|jąder|jądr\w*|między nog\w*|"
    r"wewnętrzn\w* (?:stron\w* |część\w* )?ud\w*|siodł\w*|podciera\w*|papier\w* toaletow\w*"
)
WATERWORKS_PL = (
    r"pęcherz\w*|mocz\w*|sik\w*|siusi\w*|siku|stolc\w*|stolec|kał(?:u|em|owe\w*)?|"
    r"wypróżni\w*|jelit\w*|kup(?:a|ę|y|ą|ka|kę|ki)|toalet\w*|ubikacj\w*|wc|"
    r"załatwi\w* się|się załatwi\w*|zmocz\w*|popuszcz\w*|"
    r"pieluch\w*|pampers\w*"
)
CONTROL_PL = (
    CANT_PL + rf"|{NONE_OF_PL}kontrol\w*|kontrol\w*|nie panuj\w*|nie (?:u)?trzym\w*|nietrzym\w*|"
    r"wyciek\w*|cieknie|przecieka\w*|kapie|popuszcz\w*|popuści\w*|mimowoln\w*|samoistn\w*|"
    rf"zatrzyman\w*|zatrzymał\w*|{FEEL_NOT_PL}|"
    r"nie wiem,? kiedy|nie zdąż\w*|opróżni\w*|zalega\w*|"
    r"nie (?:\w+ )?(?:odda\w*|oddał\w*|wysika\w*|sika\w*|wypróżni\w*)|"
    r"przestał\w*|ustał\w*|nie ma (?:parcia|potrzeby)|brak parcia"
)
NECK_PL = r"kark\w*|szyj\w*|szyi"
# "Uderzyłam się w głowę", "uderzenie w głowę", "uraz głowy", "upadłem na głowę".
HEAD_INJURY_PL = (
    r"uderz\w* (?:się |sobie )?(?:\w+ ){0,2}(?:w |o )?głow\w*|głow\w* (?:\w+ ){0,2}uderz\w*|"
    r"uraz\w* głow\w*|wstrzą\w* mózgu|(?:obi|rozbi|stłu)\w* (?:sobie )?głow\w*|"
    r"(?:upad\w*|upadł\w*|przewróci\w*|spad\w*)(?: \w+){0,6} (?:na |w |o )?głow\w*|"
    # The everyday verbs ("walnęłam się w głowę", "rąbnąłem głową o półkę"), the forehead, the
    # temple and the back of the head, and a lump ("guz na głowie").
    r"(?:uderz|waln|rąbn|przywal|grzmotn|hukn|stukn|pieprzn)\w* (?:się |sobie )?(?:\w+ ){0,2}"
    r"(?:w |o )?(?:głow\w*|czoł\w*|skro(?:ń|ni\w*)|potylic\w*)|"
    r"(?:głow\w*|czoł\w*|skro(?:ń|ni\w*)|potylic\w*) (?:\w+ ){0,3}(?:uderz|waln|rąbn|przywal)\w*|"
    r"guz\w* (?:na )?(?:głowie|czole|potylicy)|nabi\w* (?:sobie )?guz\w*"
)
STIFF_NECK_PL = (
    rf"(?:ze)?sztywn\w*(?: \w+){{0,3}} (?:{NECK_PL})|(?:{NECK_PL})(?: \w+){{0,3}} (?:ze)?sztywn\w*|"
    r"(?:" + CANT_PL + r")(?: \w+){0,2} (?:zgiąć|zgina\w*|pochyli\w*|schyli\w*|rusza\w*|"
    r"rusz\w*|obróci\w*|obraca\w*|skręci\w*|przygi\w*)(?: \w+){0,2} "
    rf"(?:{NECK_PL}|głow\w*)|"
    r"(?:" + CANT_PL + r")(?: \w+){0,2} (?:przygi\w*|przyci\w*|dotkn\w*|zgi\w*) (?:\w+ )?brod\w*"
)
FEVER_PL = (
    r"gorąc\w*|temperatur\w*|podgorączk\w*|dreszcz\w*|poty|pocę|poc[ęi]\w* się|"
    r"spoc\w*|zlan\w* potem|rozpalon\w*|(?:3[89]|4[01])(?:[,.]\d)? ?stopni\w*"
)
PAIN_PL = (
    r"ból\w*|bol\w*|ucisk\w*|uciska\w*|ściska\w*|ścisk\w*|zaciska\w*|gniecie|gniot\w*|"
    r"przygniata\w*|ciężar\w*|ciężk\w*|ciasn\w*|pieczeni\w*|piecze|kłuj\w*|kłuci\w*|kłuł\w*|"
    r"rozpier\w*|dusz\w*|dławi\w*|napięci\w*|rwie|rwąc\w*"
)
STROKE_PL = (
    r"(?:mini ?)?udar(?:u|em|y|ów)?(?! ciepln)(?! słoneczn)|"
    r"wylew\w* (?:\w+ ){0,2}mózg\w*|mia\w* wylew|przemijając\w* (?:atak|napad) niedokrwienn\w*"
)
ONE_SIDE_PL = (
    r"(?:jedn\w*|lew\w*|praw\w*) (?:stron\w*|połow\w*) (?:ciała|twarzy)|połow\w* (?:ciała|twarzy)"
)
FACE_DROOP_PL = (
    # "Ust" only as a word: "ustąpił" (it eased) is everywhere in these forms.
    r"twarz\w*|kącik\w* ust\b|usta\b|ustach\b",
    r"opad\w*|opadł\w*|krzyw\w*|wykrzywi\w*|zwisa\w*",
)
SPEECH_PL = (
    r"bełko\w*|niewyraźn\w* mow\w*|mow\w* (?:jest |była )?(?:niewyraźn\w*|bełkotliw\w*)|"
    r"(?:nie mog\w*|trudno\w*|problem\w* z) (?:\w+ )?(?:mówi\w*|wymówi\w*|znaleźć słów)|"
    r"plącze mi się język|język mi się plącze"
)
WEAK_PL = r"(?:z)?drętw\w*|osłab\w*|słab\w*|niedowład\w*|bezwład\w*|(?:s)?paraliż\w*"
# "Uda" is left out of the thigh: "uda się" (it will work out) is everyday Polish.
LEG_PL = r"łyd(?:k\w*|ce|ek)|udo|udzie|udem|udach|noga|nogi|nogę|nogą|nogach|nogami|nóg|nodze"
SWOLLEN_PL = (
    r"spuch\w*|puchn\w*|opuch\w*|obrzęk\w*|obrzmia\w*|nabrzmia\w*|gorąc\w*|ciepł\w*|"
    r"zaczerwieni\w*|czerwon\w*"
)
IMMOBILE_PL = (
    r"lot\w*|samolot\w*|podróż\w*|operacj\w*|zabieg\w*|gips\w*|unieruchom\w*|poród\w*|"
    r"urodził\w*|po urodzeni\w*|cesarsk\w*|cesarce|połog\w*"
)
SUSPECT_CLOT_PL = (
    r"(?:może|chyba|boję się,? że|obawiam się,? że|podejrzewa\w*) (?:\w+ ){0,2}"
    r"(?:zakrzep\w*|skrzep\w*)|podejrzeni\w* zakrzep\w*"
)
# Weight that has gone: "schudłam", "chudnę" (not "schudnąć", a wish, nor "nie schudłam").
WEIGHT_LOST_PL = (
    r"(?<!nie )schudł\w*|(?<!nie )chudn(?:ę|ie\w*)|"
    r"(?<!nie )straci\w* (?:\w+ ){0,2}(?:na wadze|kilo\w*|kg)|"
    r"(?:spad\w*|ubył\w*|ubyło) (?:mi )?(?:\w+ ){0,2}(?:wag\w*|kilo\w*|kg)|"
    r"wag\w* (?:mi )?(?:spad\w*|leci)|(?:utrat\w*|spad\w*) (?:masy ciała|wagi)|"
    r"\d+ ?kg mniej"
)
TUMMY_PL = (
    r"brzu\w*|podbrzu\w*|macic\w*|miednic\w*|okresow\w*|miesiączkow\w*|menstruacyjn\w*|"
    r"jak (?:przy|na|podczas|w czasie) (?:okres\w*|miesiącz\w*)"
)
TUMMY_PAIN_PL = PAIN_PL + r"|skurcz\w*|boli|bolą|bolał\w*"
BLEEDING_PL = (
    r"krwawi\w*|krwawien\w*|plamien\w*|plami\w*|krwist\w*|"
    r"krew (?:z pochwy|na (?:bieliźnie|majtkach|podpasce|wkładce))|skrzep\w*|"
    r"krew (?:\w+ )?(?:przy|po) podciera\w*|krew na papierze|"
    r"(?:brązow\w*|różow\w*|podbarwion\w* krwią) wydzielin\w*"
)
BABY_PL = r"dzieck\w*|dziecię\w*|dzidzi\w*|maluch\w*|maleństw\w*|kopni\w*|kopi\w*|ruch\w*"
FEWER_MOVEMENTS_PL = (
    r"mniej|słabiej|słabsz\w*|rzadziej|przestał\w*|nie rusza\w*|nie (?:\w+ )?czu\w*|"
    r"ucich\w*|spokojniej\w*"
)
BLURRED_PL = (
    r"mroczk\w*|zaburz\w* widz\w*|niewyraźn\w* widz\w*|widz\w* niewyraźn\w*|"
    r"rozmaz\w*|błysk\w*|(?:mętn\w*|zamazan\w*) (?:obraz|widzeni\w*)"
)
FACE_HANDS_PL = r"twarz\w*|ręce|ręk\w*|rąk|dłoni\w*|palc\w*|palce"
SWOLLEN_FACE_PL = r"obrzęk\w*|opuch\w*|spuch\w*|obrzmiał\w*|puchn\w*"
BAD_PL = r"siln\w*|mocn\w*|ogromn\w*|straszn\w*|okropn\w*|nieustępując\w*|ciągł\w*|nie przechodz\w*"
UNDER_RIBS_PL = r"pod żebr\w*|pod mostk\w*|nadbrzus\w*"
SUDDEN_PL = r"nagł\w*|nagle|z dnia na dzień|szybko|w ciągu (?:jednego )?dnia"
KEEP_DOWN_PL = (
    r"nie (?:mogę|jestem w stanie|potrafię) (?:nic |niczego )?(?:utrzymać|zatrzymać|zjeść|"
    r"wypić|przełknąć)|(?:wymiotuj\w*|wymiot\w*) (?:\w+ )?(?:cały dzień|ciągle|bez przerwy|"
    r"po każdym|\d+ razy dziennie|non stop)|(?:ciągł\w*|uporczyw\w*|niepowściągliw\w*) "
    r"wymiot\w*|hiperemez\w*"
)
ITCHING_PL = r"swędz\w*|świąd\w*|swędzi\w*"
WATERS_PL = (
    r"(?:odeszły|odeszl\w*|odpłynęły|pękł\w*|sącz\w*|ciekn\w*|lec\w*) (?:mi )?(?:\w+ )?wod\w*|"
    r"wod\w* (?:płodow\w* )?(?:odeszły|odpłynęły|się sączą|ciekną|płyną)|"
    r"wyciek\w* (?:\w+ )?(?:wód|płynu)|skurcz\w* (?:porodow\w*|przepowiadając\w*)|"
    r"regularn\w* skurcz\w*|skurcz\w* co \d+ minut"
)
BLEEDING_RISK_PL = (
    r"acenokumarol\w*|sintrom\w*|warfin\w*|rozrzedz\w* krew|przeciwzakrzepow\w*|"
    r"przeciwkrzepliw\w*|antykoagula\w*|heparyn\w*|klopidogrel\w*|hemofili\w*|"
    r"skaz\w* krwotoczn\w*|zaburzeni\w* krzepnięci\w*"
)
PREGNANT_PL = r"ciąż\w*|w ciąży|spodziewam się dziecka|\d+\. tydzień|położn\w*"
# "Klatka" alone is a chest in "boli mnie klatka", but "klatka schodowa" is a stairwell.
CHEST_PL = (
    r"(?!klat\w* schodow)klat(?:k\w*|ce)(?: piersiow\w*)?|mostk\w*|mostek|piersi\w*|zamostkow\w*"
)
HEADACHE_PL = (
    r"ból\w* głow\w*|głow\w*(?: \w+){0,2} (?:roz)?bol\w*|(?:roz)?bol\w*(?: \w+){0,2} głow\w*|"
    r"migren\w*|głow\w* (?:mi )?pęka|pęka\w* (?:mi )?głow\w*"
)
SEVERE_PL = (
    r"najgorsz\w*|najsilniejsz\w*|najmocniejsz\w*|nagł\w*|nagle|znienacka|gwałtown\w*|"
    r"eksplo\w*|wybuch\w*|piorun\w*|obuch\w*|"
    r"jak(?:by)? (?:\w+ )?(?:uderz\w*|walnął\w*|walnięci\w*)|"
    r"uderzeni\w* (?:młotk\w*|pałk\w*|kij\w*)|nie do (?:zniesienia|wytrzymania)|rozsadza\w*|"
    r"rozrywa\w*|w (?:ciągu )?(?:kilku )?sekund\w*|w ciągu (?:kilku )?(?:chwil\w*|minut\w*)|"
    r"w jednej chwili"
)
