"""PyInstaller's entry script: runs the same `main()` as the `serge-desktop` console script."""

import sys

from serge_desktop.main import main

if __name__ == "__main__":
    sys.exit(main())
