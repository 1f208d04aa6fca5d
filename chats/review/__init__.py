"""What Informatiebeheer does in the request: the review pages, their edits and decisions.

`services` writes, `selectors` reads, `views` and `forms` are the admin pages, `text` is the pure
text arithmetic of redactions. What follows a decision is `chats.outcome` (purge and e-mail) and,
for an archive, `chats.archiving` in the worker.
"""
