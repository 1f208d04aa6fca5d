"""Migration operations that only touch the database on PostgreSQL."""

from django.db.migrations.operations import AddIndex
from django.db.migrations.operations.base import Operation


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


class CreateExtensionOnPostgres(Operation):
    """CREATE EXTENSION IF NOT EXISTS on PostgreSQL (idempotent); nothing on SQLite."""

    reversible = True

    def __init__(self, name: str):
        self.name = name

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f'CREATE EXTENSION IF NOT EXISTS "{self.name}"')

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        pass  # other apps or databases may use the extension too

    def describe(self):
        return f"Creates extension {self.name} on PostgreSQL"
