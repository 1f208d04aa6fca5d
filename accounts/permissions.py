"""The permissions the code checks, as "app_label.codename": one name per check, one place.

Views, the admin and services check these constants, never a string of their own; templates use
Django's `perms.app_label.codename` with the same names. The role table in `roles.py` grants them.
"""

ADD_SUBMISSION = "chats.add_submission"
REVIEW_SUBMISSION = "chats.review_submission"
SEARCH_ARCHIVE = "woo.search_archive"
VIEW_WOOVERZOEK = "woo.view_wooverzoek"
ADD_WOOVERZOEK = "woo.add_wooverzoek"
CHANGE_WOOVERZOEK = "woo.change_wooverzoek"
# The synonym and abbreviation list of search ("ook gezocht op"): edited by the Woo team.
VIEW_SYNONIEMGROEP = "woo.view_synoniemgroep"
ADD_SYNONIEMGROEP = "woo.add_synoniemgroep"
CHANGE_SYNONIEMGROEP = "woo.change_synoniemgroep"
DELETE_SYNONIEMGROEP = "woo.delete_synoniemgroep"
