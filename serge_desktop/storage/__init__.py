"""SQLite storage through peewee: models, opening the database, migrations."""
