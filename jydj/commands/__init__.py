"""Sub-commands of the ``jydj`` command line that live in their own module (registered in ``jydj/cli.py``)."""
