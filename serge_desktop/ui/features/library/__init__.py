"""The library room: the articles' table and details, series, the trash, all notes, conflicts."""
