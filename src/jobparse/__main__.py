"""``python -m jobparse``: the same as the ``jobparse`` command."""

from jobparse.cli import main

if __name__ == "__main__":
    main()
