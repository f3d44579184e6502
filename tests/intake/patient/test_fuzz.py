"""Whatever a browser or a bot posts to a step, the answer is a page, never a server error."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.patient.flow import STEPS, form_data_keys
from tests.helpers import FUZZ_EXAMPLES, fill_in

pytestmark = pytest.mark.django_db

# At least a thousand generated inputs for every public form step and the compare page.
EXAMPLES = FUZZ_EXAMPLES

values = st.one_of(
    st.text(max_size=50),
    st.text(max_size=3000),
    st.sampled_from(["", "0", "10", "11", "-1", "yes", "no", "1985", "31", "2", "email"]),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
)


def post_data(keys: list[str]):
    known = st.dictionaries(st.sampled_from(keys), st.lists(values, max_size=3), max_size=len(keys))
    unknown = st.dictionaries(
        st.text(min_size=1, max_size=20), st.lists(values, max_size=2), max_size=3
    )
    return st.tuples(known, unknown).map(lambda pair: {**pair[1], **pair[0]})


@pytest.mark.parametrize("step", STEPS, ids=lambda step: step.slug)
def test_no_step_gives_a_server_error_on_any_input(client, answers, step):
    fill_in(client, answers)
    keys = form_data_keys(step.form_class())

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=post_data(keys))
    def check(data):
        response = client.post(f"/intake/{step.slug}/", data)
        assert response.status_code in (200, 302)

    check()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=post_data(["m"]))
def test_compare_page_never_gives_a_server_error(client, data):
    response = client.get("/treatments/compare/", data)

    assert response.status_code == 200
