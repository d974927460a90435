"""The page's links to the timeline's routes are the routes' addresses, wherever the
site is served from."""

import re

import pytest
from django.urls import clear_script_prefix, reverse, set_script_prefix

from timeline.routes import NAMES, routes


def test_each_route_is_its_reversed_address():
    assert dict(routes()) == {name: reverse(f"timeline:{name}") for name in NAMES}


def test_the_routes_cannot_be_changed_by_a_caller():
    with pytest.raises(TypeError):
        routes()["index"] = "/elsewhere/"


@pytest.mark.django_db
@pytest.mark.parametrize("script_name", ["", "/news"], ids=["at the root", "under a path"])
def test_the_page_and_its_overview_link_under_the_path_the_site_is_served_from(client, script_name):
    # As the WSGI handler does for a site served under a path (the test client does not).
    set_script_prefix(script_name + "/")
    try:
        page = client.get("/").content.decode()
        overview = client.get("/overview/", {"q": "kursk"}).content.decode()
    finally:
        clear_script_prefix()
    assert f'action="{script_name}/"' in page
    assert f'hx-get="{script_name}/overview/"' in page
    assert f'href="{script_name}/events.csv"' in page
    assert f"{script_name}/?q=kursk" in re.findall(r'href="([^"]*)"', overview)
