"""Alembic migrations of the local database. Run by :mod:`newsdesk.store.migrate`."""
