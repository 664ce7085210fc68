"""factcheck: extract dollar amounts, dates, countries and agreements from policy documents,
normalize them, and check them for consistency within and across documents."""

__version__ = "0.1.0"
