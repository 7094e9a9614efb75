"""The frozen app's entry point (PyInstaller runs this file as ``__main__``).

`freeze_support` first: the batch issuer renders PDFs in "spawn" worker processes,
which start this same executable; in a worker it runs the task and exits here.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from sello.__main__ import main

    sys.exit(main())
