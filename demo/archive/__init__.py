"""A generated archive for the Woo search benchmark and demos (`manage.py seed_archive`)."""
