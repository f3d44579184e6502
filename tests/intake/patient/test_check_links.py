""" "Change" on "Check your answers" lands on the question itself and comes back to the check."""

import re

from intake.triage.redflags import ASKED_FLAGS

CHANGE = re.compile(r'<a href="(/intake/[a-z-]+/)\?from=check(#[\w-]+)?">Change')


def test_every_change_link_names_a_question_that_is_on_its_step(client, filled_in):
    html = client.get("/intake/check/").content.decode()
    links = CHANGE.findall(html)

    assert len(links) >= 20
    assert all(fragment for _url, fragment in links), "a Change link without a fragment"
    steps = {url for url, _fragment in links}  # each step once, not once for each link
    pages = {url: client.get(url + "?from=check").content.decode() for url in steps}
    for url, fragment in links:
        assert f'id="{fragment[1:]}"' in pages[url], (url, fragment)


def test_change_links_point_at_the_first_input_of_each_kind_of_question(client, filled_in):
    html = client.get("/intake/check/").content.decode()

    assert "/intake/about-you/?from=check#id_full_name" in html
    assert "/intake/about-you/?from=check#id_date_of_birth_0" in html
    assert "/intake/about-you/?from=check#id_contact_method_0" in html
    assert "/intake/symptoms/?from=check#id_body_regions_0" in html
    flag = ASKED_FLAGS[0].value
    assert f"/intake/health/?from=check#id_red_flag_{flag}_0" in html


def test_a_change_made_from_check_returns_to_check(client, filled_in, answers):
    page = client.get("/intake/about-you/?from=check")
    assert b'name="return_to_check"' in page.content

    data = {**answers["about-you"], "full_name": "Ada Byron", "return_to_check": "1"}
    response = client.post("/intake/about-you/", data)

    assert response.status_code == 302
    assert response["Location"] == "/intake/check/"
    assert b"Ada Byron" in client.get("/intake/check/").content
