"""Converters from NLP toolkits' documents to quotekit's `Annotated` text."""
