"""What Informatiebeheer does in the request: review pages, edits and decisions.

`services` writes, `selectors` reads, `views` and `forms` are the admin pages, `text` is the pure
text arithmetic of redactions, `mail` and `outcome` what follows a decision.
"""
