"""The intake's FHIR Questionnaires at their canonical URLs. They hold questions, never
answers, so anyone may read them; an intake's responses are exported from the admin."""

import json

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from intake.review.fhir import CONTENT_TYPE, QUESTIONNAIRES, questionnaire


@require_safe
def questionnaire_view(request: HttpRequest, name: str) -> HttpResponse:
    if name not in QUESTIONNAIRES:
        raise Http404("No such questionnaire.")
    resource = questionnaire(name, request.build_absolute_uri("/"))
    return HttpResponse(json.dumps(resource, ensure_ascii=False), content_type=CONTENT_TYPE)
