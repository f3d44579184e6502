"""The health step: the red-flag questions first, each its own yes/no; then the precautions
by theme; the pregnancy warning signs are asked with the pregnancy question."""

from crispy_forms.layout import HTML, Div, Fieldset, Layout
from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from clinic.content_language import FallbackText, MarkedSentence, marked, shows_fallback, translated
from intake.patient.fields import PREGNANCY_SLUG, YES_NO, checkbox_list, radio_list
from intake.patient.forms import IntakeForm
from intake.patient.layout import Options, TextBox, YesNo
from intake.triage.redflags import ASKED_FLAGS, PREGNANCY_FLAGS
from treatments.models import Precaution


def screening_question(name: str, *details) -> Div:
    """A yes/no question and what a "yes" asks next (revealed by conditional-reveal.js)."""
    parts = [YesNo(name)]
    if details:
        parts.append(Div(*details, css_class="screening-detail", css_id=f"{name}_if_yes"))
    return Div(*parts, css_class="screening-question")


RED_FLAG_SECTION = gettext_lazy("Do you have any of these now, or have you had them recently?")


def themes_hint() -> HTML:
    """Said once for the themes below it, each of which shows only its name and what it covers
    (in the page's language, so made per form)."""
    return HTML(format_html('<p class="form-hint">{}</p>', _("Do any of these apply to you?")))


def precautions_by_theme(precautions: list[Precaution]) -> list[tuple[str, list[Precaution]]]:
    """The asked precautions in themes, each theme where its first precaution comes."""
    themes: dict[str, list[Precaution]] = {}
    for precaution in precautions:
        themes.setdefault(precaution.theme, []).append(precaution)
    return list(themes.items())


def theme_question(theme: str) -> str:
    return _("%(theme)s: do any of these apply to you?") % {"theme": Precaution.Theme(theme).label}


def lower_first(text) -> str:
    text = str(text)
    return text[:1].lower() + text[1:]


def names_hint(precautions: list[Precaution]) -> SafeString:
    """A theme's precautions named in one line, for its hint ("Pregnancy; varicose veins."); a
    name in English on another language's page is marked as English."""
    names = [lower_first(p.name) for p in precautions]
    names[0] = names[0][:1].upper() + names[0][1:]
    shown = (
        marked(FallbackText(name) if shows_fallback(p, "name") else name)
        for p, name in zip(precautions, names, strict=True)
    )
    return format_html("{}.", format_html_join("; ", "{}", ((name,) for name in shown)))


class HealthAnswers:
    """What a valid health form says: the red flags ticked, each precaution's yes or no (a
    theme's ticks read back per precaution), the pregnancy weeks, and the rows of the check
    page. Mixed into HealthForm, which asks the questions."""

    def pregnant(self) -> bool:
        return self.cleaned_data.get(PREGNANCY_SLUG) == "yes"

    def asked_flags(self) -> list:
        """The red flags asked of this patient: the pregnancy ones only if she is pregnant."""
        pregnancy = PREGNANCY_FLAGS if self.pregnant() and PREGNANCY_SLUG in self.fields else []
        return [*ASKED_FLAGS, *pregnancy]

    def answered_yes(self, precaution: Precaution) -> bool:
        if precaution.slug in self.fields:
            return self.cleaned_data.get(precaution.slug) == "yes"
        theme = f"theme_{precaution.theme}"
        ticked = self.cleaned_data.get(f"{theme}_items") or []
        return self.cleaned_data.get(theme) == "yes" and precaution.slug in ticked

    def summary(self) -> list[tuple[str, str]]:
        rows = []
        for flag in self.asked_flags():
            answer = self.cleaned_data.get(f"red_flag_{flag.value}") == "yes"
            rows.append((flag.label, _("Yes") if answer else _("No")))
        answers = {p.slug: (yes, detail) for p, yes, detail in self.screening_answers()}
        for theme, precautions in self.themes:
            if len(precautions) == 1:
                rows.append(single_answer(precautions[0], *answers[precautions[0].slug]))
                continue
            chosen = [
                f"{p.name} ({detail})" if detail else p.name
                for p in precautions
                for yes, detail in [answers[p.slug]]
                if yes
            ]
            yes = _("Yes: %(chosen)s") % {"chosen": "; ".join(chosen)}
            rows.append((theme_question(theme), yes if chosen else _("No")))
        return rows

    def screening_answers(self) -> list[tuple[Precaution, bool, str]]:
        answers = []
        for precaution in self.precautions:
            yes = self.answered_yes(precaution)
            detail = self.cleaned_data.get(f"{precaution.slug}_detail")
            answers.append(
                (precaution, yes, str(detail) if yes and detail not in (None, "") else "")
            )
        return answers

    def pregnancy_weeks(self) -> int | None:
        if self.cleaned_data.get(PREGNANCY_SLUG) == "yes":
            return self.cleaned_data.get(f"{PREGNANCY_SLUG}_detail")
        return None

    def red_flags(self) -> list[str]:
        return [
            flag.value
            for flag in self.asked_flags()
            if self.cleaned_data.get(f"red_flag_{flag.value}") == "yes"
        ]

    def screening_yes(self) -> set[str]:
        return {precaution.slug for precaution, yes, _ in self.screening_answers() if yes}


class HealthForm(HealthAnswers, IntakeForm):
    """The red flags first, each its own yes/no question (a clinical screen must not read a
    skipped box as "no"), then the precautions by theme: one required "Do any of these apply
    to you?" per theme, whose "yes" reveals the theme's tick boxes (GOV.UK's conditional
    reveal; without JavaScript they are all shown). A theme of one precaution asks its own
    question. The answers come out per precaution, yes or no, as before (screening_answers)."""

    title = gettext_lazy("Your health")

    def __init__(self, *args, **kwargs):
        # Read fresh on every request: a cached list could keep asking a retired question.
        self.precautions = list(Precaution.objects.asked())
        self.themes = precautions_by_theme(self.precautions)
        super().__init__(*args, **kwargs)

    def add_fields(self) -> None:
        # In the page's order, so the error summary lists the messages as the page shows them.
        for flag in ASKED_FLAGS:
            self.fields[f"red_flag_{flag.value}"] = radio_list(
                flag.label,
                YES_NO,
                _("Answer yes or no: %(question)s") % {"question": lower_first(flag.label)},
                # The advice script shows the right words at once when "Yes" is chosen.
                attrs={"data-red-flag-urgency": flag.advice},
            )
        for theme, precautions in self.themes:
            if len(precautions) == 1:
                (precaution,) = precautions
                self.fields[precaution.slug] = radio_list(
                    translated(precaution, "question"),
                    YES_NO,
                    _("Answer yes or no: %(question)s") % {"question": precaution.question},
                )
            else:
                self.add_theme_fields(theme, precautions)
            for precaution in precautions:
                self.add_detail_field(precaution, alone=len(precautions) == 1)
                if precaution.slug == PREGNANCY_SLUG:
                    self.add_pregnancy_flag_fields()

    def add_theme_fields(self, theme: str, precautions: list[Precaution]) -> None:
        self.fields[f"theme_{theme}"] = radio_list(
            theme_question(theme),
            YES_NO,
            _("Answer yes or no: %(question)s") % {"question": theme_question(theme).lower()},
            help_text=names_hint(precautions),
        )
        # Seen: the theme's name; heard, the whole question (the section's hint asks it once).
        # Browsers put a space before the hidden words, so the colon is shown.
        shown = f"{Precaution.Theme(theme).label}:"
        self.fields[f"theme_{theme}"].legend_parts = (shown, theme_question(theme)[len(shown) :])
        items = checkbox_list(
            _("Which of these apply to you?"),
            [(p.slug, translated(p, "name")) for p in precautions],
            required=False,
            help_text=_("Select all that apply."),
        )
        # A box's name is short ("Weakened immune system"); its question says what it covers
        # (long-term steroid tablets, chemotherapy), which a patient may not know to count.
        items.option_hints = {p.slug: translated(p, "question") for p in precautions}
        self.fields[f"theme_{theme}_items"] = items

    def add_detail_field(self, precaution: Precaution, *, alone: bool) -> None:
        name = f"{precaution.slug}_detail"
        if precaution.slug == PREGNANCY_SLUG:
            # Optional: the question is "are you pregnant, or could you be?", and a patient who
            # could be has no number to give. Required, it pushed her towards answering "no".
            self.fields[name] = forms.IntegerField(
                label=_("If you know: how many weeks pregnant are you?"),
                help_text=_("Leave this blank if you are not sure."),
                required=False,
                min_value=1,
                max_value=42,
                widget=forms.TextInput(attrs={"inputmode": "numeric"}),
                error_messages={
                    "invalid": _("Enter the number of weeks as a number, like 12."),
                    "min_value": _("Enter a number of weeks from 1 to 42."),
                    "max_value": _("Enter a number of weeks from 1 to 42."),
                },
            )
        elif precaution.detail_prompt:
            prompt = translated(precaution, "detail_prompt")
            if alone:
                label = MarkedSentence(_("If yes: %(prompt)s"), prompt=prompt)
            else:
                label = MarkedSentence(
                    _("If you selected “%(name)s”: %(prompt)s"),
                    name=translated(precaution, "name"),
                    prompt=prompt,
                )
            self.fields[name] = forms.CharField(
                label=label,
                required=False,
                max_length=200,
                error_messages={"max_length": _("Keep this to 200 characters or fewer.")},
            )

    def add_pregnancy_flag_fields(self) -> None:
        """The pregnancy warning signs: asked with the pregnancy question, and required only
        when the answer is yes (clean), so that the page works without JavaScript."""
        for flag in PREGNANCY_FLAGS:
            self.fields[f"red_flag_{flag.value}"] = radio_list(
                flag.label,
                YES_NO,
                _("You said you are pregnant. Answer yes or no: %(question)s")
                % {"question": flag.label},
                attrs={"data-red-flag-urgency": flag.advice},
            )
            self.fields[f"red_flag_{flag.value}"].required = False

    def layout(self) -> Layout:
        flags = [YesNo(f"red_flag_{flag.value}") for flag in ASKED_FLAGS]
        return Layout(
            Fieldset(RED_FLAG_SECTION, *flags, css_class="red-flags"),
            Fieldset(
                _("Health questions"),
                themes_hint(),
                *map(self.theme_layout, self.themes),
                css_class="screening",
            ),
        )

    def theme_layout(self, theme_and_precautions: tuple[str, list[Precaution]]) -> Div:
        theme, precautions = theme_and_precautions
        details = [
            TextBox(f"{p.slug}_detail") for p in precautions if f"{p.slug}_detail" in self.fields
        ]
        if len(precautions) == 1:
            if precautions[0].slug == PREGNANCY_SLUG and PREGNANCY_SLUG in self.fields:
                details += [YesNo(f"red_flag_{flag.value}") for flag in PREGNANCY_FLAGS]
            return screening_question(precautions[0].slug, *details)
        return screening_question(f"theme_{theme}", Options(f"theme_{theme}_items"), *details)

    def clean(self):
        cleaned = super().clean()
        for theme, precautions in self.themes:
            if len(precautions) > 1:
                self.check_theme(theme)
        for precaution in self.precautions:
            detail_name = f"{precaution.slug}_detail"
            if (
                self.answered_yes(precaution)
                and precaution.slug != PREGNANCY_SLUG
                and detail_name in self.fields
                and cleaned.get(detail_name) in (None, "")
                and detail_name not in self.errors
            ):
                self.add_error(
                    detail_name,
                    _("You answered yes: %(prompt)s")
                    % {"prompt": precaution.detail_prompt or _("tell us more")},
                )
        if self.pregnant():
            for flag in PREGNANCY_FLAGS:
                name = f"red_flag_{flag.value}"
                if name in self.fields and not cleaned.get(name) and name not in self.errors:
                    self.add_error(name, self.fields[name].error_messages["required"])
        return cleaned

    def check_theme(self, theme: str) -> None:
        """A "yes" names which; a "no" with boxes ticked (possible without JavaScript) is
        asked again rather than either answer being dropped."""
        answer = self.cleaned_data.get(f"theme_{theme}")
        items_name = f"theme_{theme}_items"
        ticked = self.cleaned_data.get(items_name) or []
        if answer == "yes" and not ticked and items_name not in self.errors:
            self.add_error(items_name, _("You answered yes: select which of these apply to you."))
        if answer == "no" and ticked:
            self.add_error(
                f"theme_{theme}",
                _("You answered no but selected some of these: choose yes, or clear the boxes."),
            )


def single_answer(precaution: Precaution, yes: bool, detail: str) -> tuple[str, str]:
    """A precaution asked on its own, for the check page: "Yes: 20 weeks", "Yes", "No"."""
    if precaution.slug == PREGNANCY_SLUG and yes:
        detail = _("%(weeks)s weeks") % {"weeks": detail} if detail else _("weeks not known")
    answer = _("Yes") if yes else _("No")
    return translated(precaution, "question"), f"{answer}: {detail}" if detail else answer
