"""Sample documents of every format the app imports, and the script that makes them."""
