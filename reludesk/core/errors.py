"""The error every check of user input raises, in one place so that modules below ``config``
(``points``) raise the very class ``config`` exports."""


class ConfigError(ValueError):
    """A field is missing, of the wrong type or out of range; the message says which and what
    is allowed."""
