"""Checks shared by the tests of paginated pages: a page number that does not exist shows the
nearest page, with status 200, and the page says so in its status messages."""

import re

SITE_NOTICE = re.compile(r'<div class="alert alert-warning" role="status">(.*?)</div>', re.S)
ADMIN_STATUS = re.compile(r'<div role="status">(.*?)</div>', re.S)
ADMIN_WARNING = re.compile(r'<li class="warning">(.*?)</li>', re.S)


def site_notice(html: str) -> str:
    """The text of a site page's warnings (templates/base.html renders Django messages so)."""
    return " ".join(re.sub(r"<[^>]+>", "", found) for found in SITE_NOTICE.findall(html))


def admin_notice(html: str) -> str:
    """The text of an admin page's warnings (templates/admin/base_site.html)."""
    status = ADMIN_STATUS.search(html)
    return " ".join(ADMIN_WARNING.findall(status.group(1))) if status else ""


def getter(client, url, **fixed):
    """`get(params)`: the HTML of `url` with `params` (and `fixed`), asserting status 200."""

    def get(params):
        response = client.get(url, {**fixed, **params})
        assert response.status_code == 200, response.status_code
        return response.content.decode()

    return get


def check_every_kind(get, *, last, param="pagina", of="", notice=site_notice):
    """`get(params)` gives the page's HTML; `last` is its last page (at least 2); `of` names
    the list on a page with more than one; `notice` reads the page's warnings."""
    assert notice(get({})) == ""
    assert notice(get({param: "2"})) == ""
    assert notice(get({param: str(last)})) == ""
    assert notice(get({param: "39"})) == (
        f"Pagina 39{of} bestaat niet; u ziet de laatste pagina ({last})."
    )
    assert notice(get({param: "0"})) == f"Pagina 0{of} bestaat niet; u ziet de eerste pagina."
    assert notice(get({param: "-3"})) == f"Pagina -3{of} bestaat niet; u ziet de eerste pagina."
    assert (
        notice(get({param: "abc"})) == f"‘abc’ is geen paginanummer{of}; u ziet de eerste pagina."
    )
    assert notice(get({param: "9" * 40})) == (
        f"Pagina {'9' * 20}…{of} bestaat niet; u ziet de laatste pagina ({last})."
    )
