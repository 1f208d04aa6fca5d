"""What the search makes of a query, as the round tests of the Woo search check it."""

from woo.expansion import expand
from woo.query import parse_query


def expanded_texts(query: str) -> set[str]:
    """The texts of every alternative the expansion of `query` searches."""
    return {a.text for clause in expand(parse_query(query)).clauses for a in clause}
