"""Migration operations that only touch the database on PostgreSQL."""

from django.db.migrations.operations import AddIndex


class AddIndexOnPostgres(AddIndex):
    """AddIndex that changes the model state everywhere but creates the index on PostgreSQL only.

    The GIN index of the search vector has no meaning on the embedded SQLite default (which
    searches with LIKE), and SQLite cannot create it.
    """

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
