"""``python -m analystkit``: the same as the ``analystkit`` command."""

from analystkit.cli import main

raise SystemExit(main())
