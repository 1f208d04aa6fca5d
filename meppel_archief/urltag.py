"""Django's {% url %} tag, with the address of a name without arguments reversed once per process.

Every page renders ten or so {% url 'name' %} without arguments (the menu, the footer, the
forms' actions); each was a full reverse() of ~15-30 µs, ~0.3 ms of a Woo search page. The
address depends only on the name, the current app (the admin site), the URL resolver, the script
prefix and the active language, so it is kept per those (bounded). The resolver is Django's own
cached one, held in the key: when Django clears its URL caches (a test changing ROOT_URLCONF) a
new resolver makes new keys. A tag with arguments, `as var`, or a
name that does not reverse takes Django's own path unchanged. Installed as a template builtin
(settings TEMPLATES), which takes the place of Django's `url` tag in every template.
"""

from django.template import Library
from django.template.defaulttags import URLNode
from django.template.defaulttags import url as django_url
from django.urls import get_resolver, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape
from django.utils.translation import get_language

register = Library()

CACHE_SIZE = 1024
_addresses: dict[tuple, str] = {}


class CachedURLNode(URLNode):
    def render(self, context):
        if self.args or self.kwargs or self.asvar:
            return super().render(context)
        view_name = self.view_name.resolve(context)
        try:
            current_app = context.request.current_app
        except AttributeError:
            try:
                current_app = context.request.resolver_match.namespace
            except AttributeError:
                current_app = None
        urlconf = get_urlconf()
        key = (view_name, current_app, get_resolver(urlconf), get_script_prefix(), get_language())
        address = _addresses.get(key)
        if address is None:
            address = reverse(view_name, current_app=current_app)  # NoReverseMatch: raised
            if len(_addresses) >= CACHE_SIZE:
                _addresses.clear()
            _addresses[key] = address
        return conditional_escape(address) if context.autoescape else address


@register.tag
def url(parser, token):
    """{% url %} as Django's, cached for a name without arguments (see the module)."""
    node = django_url(parser, token)
    return CachedURLNode(node.view_name, node.args, node.kwargs, node.asvar)
