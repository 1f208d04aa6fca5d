"""Private Redis, PostgreSQL and app processes for the chaos tests and the pipeline benchmark."""
