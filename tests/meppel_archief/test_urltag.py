"""{% url %} without arguments reversed once per process (meppel_archief/urltag.py): the same
address as Django's reverse(), for the current app and a changed URLconf too; a tag with
arguments or `as var`, and a name that does not reverse, behave as Django's own tag."""

import pytest
from django.template import Context, Engine, engines
from django.test import RequestFactory, override_settings
from django.urls import NoReverseMatch, path, reverse

from meppel_archief import urltag


def render(source: str, context: dict | None = None, request=None) -> str:
    template = engines["django"].from_string(source)
    return template.render(context or {}, request)


def test_the_project_templates_use_the_cached_tag():
    engine = engines["django"].engine
    template = engine.from_string("{% url 'home' %}")
    assert any(isinstance(node, urltag.CachedURLNode) for node in template.nodelist)


def test_a_name_without_arguments_gives_reverse_and_is_kept():
    urltag._addresses.clear()
    assert render("{% url 'woo:search' %}") == reverse("woo:search")
    assert render("{% url 'woo:search' %}") == reverse("woo:search")
    assert len(urltag._addresses) == 1


def test_arguments_and_as_var_take_djangos_path():
    urltag._addresses.clear()
    assert render("{% url 'woo:record' 7 %}") == reverse("woo:record", args=[7])
    assert render("{% url 'woo:record' pk=7 %}") == reverse("woo:record", kwargs={"pk": 7})
    assert render("{% url 'woo:search' as there %}[{{ there }}]") == f"[{reverse('woo:search')}]"
    assert urltag._addresses == {}


def test_a_name_that_does_not_reverse_raises_as_before():
    with pytest.raises(NoReverseMatch):
        render("{% url 'bestaat-niet' %}")


def test_autoescape_off_gives_the_address_as_is():
    assert render("{% autoescape off %}{% url 'home' %}{% endautoescape %}") == reverse("home")


def test_the_admin_site_as_current_app():
    request = RequestFactory().get("/")
    request.current_app = "admin"
    assert render("{% url 'admin:index' %}", request=request) == reverse(
        "admin:index", current_app="admin"
    )


urlpatterns = [path("elders/home/", lambda request: None, name="home")]


def test_another_urlconf_gives_its_own_address():
    before = render("{% url 'home' %}")
    with override_settings(ROOT_URLCONF=__name__):
        assert render("{% url 'home' %}") == "/elders/home/"
    assert render("{% url 'home' %}") == before


def test_an_engine_without_the_builtin_keeps_djangos_tag():
    template = Engine().from_string("{% url 'home' %}")
    assert not any(isinstance(node, urltag.CachedURLNode) for node in template.nodelist)
    assert template.render(Context()) == reverse("home")
