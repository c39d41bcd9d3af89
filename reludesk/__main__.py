"""``python -m reludesk`` does what the ``reludesk`` command does."""

import sys

from reludesk.cli import main

sys.exit(main())
