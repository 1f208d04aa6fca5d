"""Judged Woo relevance sets (issue 17); RESULTS.md holds their figures."""

# The judged sets, each a module of this package (CHATS, REQUESTS); the benches and the
# well-formedness test take their choices from here.
CORPORA = (
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "tuning",
)
