"""Operations the window and the command line call; they return frozen dataclasses."""
