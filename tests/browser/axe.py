"""axe-core (from npm, see package.json) run inside a Playwright page: WCAG 2.0 and 2.1, A and AA."""

from pathlib import Path

AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_source() -> str:
    assert AXE_JS.exists(), f"{AXE_JS} ontbreekt: `make setup-test` (npm ci) installeert axe-core"
    return AXE_JS.read_text(encoding="utf-8")


def run_axe(page) -> list[dict]:
    """The violations of the page as it is now, one dict per rule with its nodes.

    page.evaluate goes through the DevTools protocol, so the page's Content-Security-Policy
    (no inline script, no eval) does not block it and the page's own CSP check stays strict.
    """
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    return page.evaluate(
        r"""async (tags) => {
            const result = await window.axe.run(document, {
                runOnly: {type: "tag", values: tags}, resultTypes: ["violations"],
            });
            const violations = result.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map((n) => ({target: n.target.join(" "), html: n.html.slice(0, 160),
                                             summary: (n.failureSummary || "").slice(0, 300)})),
            }));
            // axe only asks for a review when some of an aria-describedby's ids are missing;
            // every id an ARIA reference names must exist.
            const broken = [];
            for (const attr of ["aria-describedby", "aria-labelledby", "aria-controls"]) {
                for (const el of document.querySelectorAll(`[${attr}]`)) {
                    const missing = el.getAttribute(attr).split(/\s+/).filter(
                        (id) => id && !document.getElementById(id));
                    if (missing.length) {
                        broken.push({target: el.id ? "#" + el.id : el.tagName.toLowerCase(),
                                     html: el.outerHTML.slice(0, 160),
                                     summary: `${attr} names missing id(s): ${missing.join(" ")}`});
                    }
                }
            }
            if (broken.length) {
                violations.push({id: "aria-idref-missing", impact: "serious",
                                 help: "ARIA references must point at existing ids", nodes: broken});
            }
            return violations;
        }""",
        WCAG_TAGS,
    )


def axe_version(page) -> str:
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    return page.evaluate("window.axe.version")


def describe(state: str, violations: list[dict]) -> list[str]:
    """One line per violating node: page state, rule, impact, element."""
    lines = []
    for violation in violations:
        for node in violation["nodes"]:
            lines.append(
                f"{state}: {violation['id']} ({violation['impact']}) {node['target']} "
                f"{node['html']} | {node['summary']}"
            )
    return lines
