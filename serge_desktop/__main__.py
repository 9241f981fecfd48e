"""Allows `python -m serge_desktop`."""

import sys

from serge_desktop.main import main

sys.exit(main())
