"""The corrected content (issue 10, migration 0005): every page that showed a wrong or overstated
statement shows the corrected one, and the old words are gone.

Texts with an apostrophe are not asserted, because the page escapes it.
"""

import importlib
import re

import pytest
from django.apps import apps

from treatments.models import Condition, ConditionUse, Modality

pytestmark = pytest.mark.django_db

corrections = importlib.import_module("treatments.migrations.0005_content_corrections")

MODALITY_SLUGS = [
    "massage-therapy",
    "medical-massage",
    "relaxation-massage",
    "acupressure",
    "acupuncture",
]
COMPARISON_SLUGS = [
    "massage-therapy-vs-acupressure",
    "acupuncture-vs-acupressure",
    "medical-massage-vs-relaxation-massage",
]
# Words that were wrong or overstated somewhere on the site before the corrections.
WRONG = [
    "Licence required",
    "licence_required",
    "licensed massage therapist",
    "licensed acupuncturist",
    "licensed practitioner",
    "only a licensed practitioner may insert needles",
    "approved it for you",
    "approval",
    "Conditions we help with",
    "Many people benefit from both",
    "may help lower cortisol",
    "and lower cortisol, a stress hormone",
    "break down the adhesions",
    "break down adhesions and scar tissue, and help",
    "by improving circulation",
    "to improve circulation",
    "may improve circulation",
    "regulates as a medical device",
    "presses on them until they soften",
    "Chronic pain affects roughly one in five adults in the United States",
    "about one in five adults in the United States lives with it",
]


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def at_a_glance(html: str, term: str) -> str:
    """The text of one <dd> in a modality page's "At a glance" panel."""
    match = re.search(rf"<dt>{re.escape(term)}</dt><dd>(.*?)</dd>", html, re.S)
    assert match, f"no {term!r} in the panel"
    return match.group(1).strip()


def public_urls() -> list[str]:
    urls = ["/", "/treatments/", "/conditions/", "/treatments/compare/"]
    urls += [f"/treatments/{slug}/" for slug in MODALITY_SLUGS]
    urls += [f"/treatments/compare/{slug}/" for slug in COMPARISON_SLUGS]
    urls += ["/treatments/compare/?" + "&".join(f"m={slug}" for slug in MODALITY_SLUGS[:4])]
    urls += ["/treatments/compare/?m=acupressure&m=acupuncture"]
    urls += [condition.get_absolute_url() for condition in Condition.objects.published()]
    urls += ["/team/", "/prices/", "/contact/"]  # the clinic's own pages (issue 16)
    return urls


def test_no_public_page_shows_a_wrong_or_overstated_statement(client):
    for url in public_urls():
        html = page(client, url)
        for wrong in WRONG:
            assert wrong.lower() not in html.lower(), (url, wrong)


# ----- The yes/no rendering on every modality page ----------------------------------------


@pytest.mark.parametrize(
    ("slug", "self_care", "needles", "oils"),
    [
        ("massage-therapy", "No", "No", "Usually"),
        ("medical-massage", "No", "No", "Usually"),
        ("relaxation-massage", "No", "No", "Usually"),
        ("acupressure", "Yes, once learnt", "No", "No"),
        ("acupuncture", "No", "Yes", "No"),
    ],
)
def test_each_modality_page_says_yes_or_no_in_words_that_match_its_facts(
    client, slug, self_care, needles, oils
):
    html = page(client, f"/treatments/{slug}/")

    assert at_a_glance(html, "Can be self-administered") == self_care
    assert at_a_glance(html, "Needles") == needles
    assert at_a_glance(html, "Uses oils") == oils


@pytest.mark.parametrize("slug", ["massage-therapy", "medical-massage", "relaxation-massage"])
def test_a_massage_page_never_says_once_learnt(client, slug):
    assert "once learnt" not in page(client, f"/treatments/{slug}/")


def test_the_acupuncture_page_never_says_once_learnt(client):
    assert "once learnt" not in page(client, "/treatments/acupuncture/")


# ----- Regulation: the clinic's statement, from settings ------------------------------------


@pytest.mark.parametrize(
    ("slug", "statement"),
    [
        ("massage-therapy", "Our massage therapists are registered with a professional body."),
        ("medical-massage", "Our massage therapists are registered with a professional body."),
        ("relaxation-massage", "Our massage therapists are registered with a professional body."),
        ("acupressure", "Our acupressure practitioners are registered with a professional body."),
        ("acupuncture", "Our acupuncturists are registered with a professional body."),
    ],
)
def test_each_modality_page_shows_the_jurisdiction_neutral_default(client, slug, statement):
    html = page(client, f"/treatments/{slug}/")

    assert at_a_glance(html, "Registration") == statement
    assert "Licence required" not in html


def test_the_regulation_statement_follows_the_clinic_settings(client, set_clinic):
    set_clinic(
        regulation_acupuncture="Our acupuncturists are members of the Example Register.",
        regulation_massage="Our therapists hold a state massage therapy licence.",
    )
    acupuncture = page(client, "/treatments/acupuncture/")
    relaxation = page(client, "/treatments/relaxation-massage/")
    table = page(client, "/treatments/compare/?m=acupuncture&m=relaxation-massage")

    assert at_a_glance(acupuncture, "Registration") == (
        "Our acupuncturists are members of the Example Register."
    )
    assert at_a_glance(relaxation, "Registration") == (
        "Our therapists hold a state massage therapy licence."
    )
    assert "registered with a professional body" not in acupuncture
    assert "Our acupuncturists are members of the Example Register." in table
    assert "Our therapists hold a state massage therapy licence." in table


def test_an_empty_regulation_setting_hides_the_statement(client, set_clinic):
    set_clinic(regulation_acupressure="")
    html = page(client, "/treatments/acupressure/")

    assert "<dt>Registration</dt>" not in html
    assert "registered with a professional body" not in html


def test_a_modality_with_no_profession_shows_no_statement(client):
    Modality.objects.filter(slug="acupressure").update(profession="")

    assert "<dt>Registration</dt>" not in page(client, "/treatments/acupressure/")


def test_the_who_can_practise_row_labels_uk_and_us_facts_and_the_fda_rule(client):
    html = page(client, "/treatments/compare/acupuncture-vs-acupressure/")
    row = re.search(r'<th scope="row">Who can practise.*?</tr>', html, re.S).group(0)

    assert "Our acupuncturists are registered with a professional body." in row
    assert "UK: not regulated by law" in row
    assert "Professional Standards Authority" in row
    assert "registered with the local council" in row
    assert "US: most states require a state licence" in row
    assert "classes acupuncture needles as medical devices" in row
    assert "for use by practitioners the states judge qualified" in row
    assert "fact--yes" not in row and "fact--no" not in row


def test_the_acupuncture_page_labels_uk_and_us_rules_and_describes_the_fda_rule(client):
    html = page(client, "/treatments/acupuncture/")

    assert "In the UK, acupuncturists are not regulated by law" in html
    assert "In the US, most states require acupuncturists to hold a state licence" in html
    assert "classes acupuncture needles as medical devices" in html
    assert "That rule is about the needles, not about who may practise." in html
    assert "A trained acupuncturist" in html


def test_the_massage_therapy_page_labels_uk_and_us_rules(client):
    html = page(client, "/treatments/massage-therapy/")

    assert "In the UK, massage therapists are not regulated by law" in html
    assert "Professional Standards Authority" in html
    assert "In the US, most states require massage therapists to hold a state licence" in html


# ----- Overstated claims, reworded --------------------------------------------------------


def test_the_acupuncture_page_advises_against_needling_yourself(client):
    html = page(client, "/treatments/acupuncture/")

    assert "Please do not try needling yourself with a home kit" in html
    assert "Kits for home acupuncture exist, but use one only if" not in html


def test_the_self_administration_row_advises_against_home_needling(client):
    html = page(client, "/treatments/compare/acupuncture-vs-acupressure/")

    assert "we advise against needling yourself" in html
    assert "should only be used with" not in html


def test_medical_massage_no_longer_claims_to_break_down_adhesions(client):
    html = page(client, "/treatments/medical-massage/")

    assert "pressure from the hands has not been shown to break down scar tissue" in html
    assert "break down the adhesions and scar tissue" not in html


def test_relaxation_massage_says_the_cortisol_evidence_is_inconsistent(client):
    html = page(client, "/treatments/relaxation-massage/")

    assert "studies that measured cortisol have given inconsistent results" in html
    assert "may help lower cortisol" not in html


def test_stress_and_anxiety_no_longer_labels_cortisol_with_the_strongest_evidence(client):
    use = ConditionUse.objects.get(
        condition__slug="stress-anxiety", modality__slug="relaxation-massage"
    )
    html = page(client, "/conditions/stress-anxiety/")
    card = re.search(r'id="use-relaxation-massage".*?</section>', html, re.S).group(0)

    assert use.evidence == ConditionUse.Evidence.MIXED
    assert "Some studies, mixed results" in card
    assert "Studies suggest it may help" not in card
    assert "found little or inconsistent change" in card


def test_arthritis_relief_is_no_longer_put_down_to_circulation(client):
    html = page(client, "/conditions/arthritis/")

    assert "How it might help is not known" in html
    assert "by improving circulation" not in html


@pytest.mark.parametrize(
    ("url", "corrected"),
    [
        ("/conditions/joint-pain/", "any relief tends to be short-lived"),
        ("/conditions/fibromyalgia/", "Often used to ease muscle tension."),
        (
            "/conditions/injury-recovery/",
            "Claims that massage breaks down adhesions or scar tissue are unproven.",
        ),
        ("/conditions/limited-mobility/", "aims to improve range of motion and ease movement"),
        ("/conditions/labour-pain/", "one small study of women after childbirth"),
        ("/conditions/cancer-related-fatigue/", "they are not conclusive"),
    ],
)
def test_other_hedged_notes_are_on_their_condition_pages(client, url, corrected):
    assert corrected in page(client, url)


def test_period_pain_evidence_is_labelled_low_quality_and_mixed(client):
    html = page(client, "/conditions/menstrual-pain/")
    modality_page = page(client, "/treatments/acupressure/")

    assert "Some studies, mixed results" in html
    assert "Studies suggest it may help" not in html
    assert "reviews judge the evidence to be of low quality and the results mixed" in html
    assert 'Period pain</a> <span class="evidence-label">(some studies, mixed' in modality_page


def test_chemotherapy_nausea_and_vomiting_are_told_apart(client):
    html = page(client, "/conditions/nausea-vomiting/")

    assert "Some studies, mixed results" in html
    assert "Studies suggest it may help" not in html
    assert "acupressure may ease nausea a little" in html
    assert "there is little sign that it reduces vomiting" in html
    assert "may lessen sickness and vomiting after surgery and with chemotherapy" not in html


def test_the_conditions_page_no_longer_promises_help(client):
    conditions = page(client, "/conditions/")
    home = page(client, "/")

    assert "<h1>Conditions our treatments are used for</h1>" in conditions
    assert "<title>Conditions our treatments are used for" in conditions
    assert "not a promise that treatment will help you" in conditions
    assert "Conditions our treatments are used for</a>" in home
    assert "help with" not in conditions


def test_medical_and_relaxation_massage_comparison_hedges_having_both(client):
    html = page(client, "/treatments/compare/medical-massage-vs-relaxation-massage/")

    assert "Some people choose both" in html
    assert "has not been studied" in html
    assert "trained massage therapists" in html


# ----- The chronic pain figure: US labelled, UK beside it ----------------------------------


@pytest.mark.parametrize(
    "url", ["/conditions/chronic-pain/", "/treatments/compare/acupuncture-vs-acupressure/"]
)
def test_the_us_chronic_pain_figure_is_labelled_with_a_uk_figure_beside_it(client, url):
    html = page(client, url)

    assert "between one third and one half of adults" in html
    assert "2016" in html
    assert re.search(r"US[^.]*one in five adults", html) or re.search(
        r"United States[^.]*one in five adults", html
    )


def test_the_chronic_pain_page_attributes_the_uk_estimate(client):
    html = page(client, "/conditions/chronic-pain/")

    assert "Fayaz and colleagues, BMJ Open" in html


# ----- Moxibustion and reflexology --------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/treatments/acupressure/", "/treatments/compare/massage-therapy-vs-acupressure/"]
)
def test_moxibustion_and_reflexology_are_named_where_acupressure_is_combined(client, url):
    html = page(client, url)

    assert "moxibustion" in html
    assert "reflexology" in html


def test_the_acupressure_page_warns_that_moxibustion_uses_heat(client):
    assert "moxibustion uses heat, so it can burn the skin" in page(
        client, "/treatments/acupressure/"
    )


def test_staff_see_which_statement_a_modality_shows_in_the_admin(superuser_client):
    acupuncture = Modality.objects.get(slug="acupuncture")

    response = superuser_client.get(f"/admin/treatments/modality/{acupuncture.pk}/change/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "regulation statement (from settings)" in html.lower()
    assert "Our acupuncturists are registered with a professional body." in html
    assert 'name="profession"' in html
    assert "licence_required" not in html


# ----- The migration itself ---------------------------------------------------------------


def field_value(fix) -> str:
    model = apps.get_model("treatments", fix.model)
    return getattr(model.objects.get(**fix.lookup), fix.field)


def test_every_correction_reached_a_fresh_database():
    for fix in corrections.FIXES:
        value = field_value(fix)
        assert fix.new in value, fix
        if fix.old not in fix.new:
            assert fix.old not in value, fix


def test_running_the_corrections_again_changes_nothing(capsys):
    before = [field_value(fix) for fix in corrections.FIXES]

    corrections.correct(apps, None)

    assert [field_value(fix) for fix in corrections.FIXES] == before
    assert "not applied" not in capsys.readouterr().out


def test_a_passage_staff_rewrote_is_kept_and_reported(capsys):
    Modality.objects.filter(slug="massage-therapy").update(
        summary="Our own words, written by staff, with no old passage."
    )
    Modality.objects.filter(slug="acupuncture").update(
        practitioner="A licensed acupuncturist; only a licensed practitioner may insert needles"
    )

    corrections.correct(apps, None)

    massage = Modality.objects.get(slug="massage-therapy")
    assert massage.summary == "Our own words, written by staff, with no old passage."
    assert Modality.objects.get(slug="acupuncture").practitioner == "A trained acupuncturist"
    out = capsys.readouterr().out
    assert "Content correction not applied, please check by hand: Modality" in out
    assert "'massage-therapy'" in out


def test_a_committed_database_for_live_server_tests_has_the_corrected_content(committed_db):
    """What is loaded back after each transactional test is the database as the migrations
    left it: corrected content, the clinic's examples and the Reviewers group with its
    rights, and the practitioners' treatments (a plain many-to-many)."""
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from tests.conftest import load_migrated_content
    from treatments.models import Practitioner

    # Empty, as an earlier live-server test's flush leaves it.
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    assert not Modality.objects.exists()

    load_migrated_content()

    acupuncture = Modality.objects.get(slug="acupuncture")
    assert acupuncture.practitioner == "A trained acupuncturist"
    assert acupuncture.profession == Modality.Profession.ACUPUNCTURE
    for fix in corrections.FIXES:
        assert fix.new in field_value(fix), fix
    assert Practitioner.objects.get(slug="kit-demo").modalities.exists()
    reviewers = Group.objects.get(name="Reviewers")
    assert reviewers.permissions.filter(codename="view_modality").exists()
