"""quotekit: German quotation attribution.

    >>> import quotekit
    >>> quotes = quotekit.extract('„Wir bleiben offen für den Dialog“, sagte die Sprecherin.')
    >>> quotes[0].type, quotes[0].content
    (<QuoteType.DIRECT: 'Direct'>, 'Wir bleiben offen für den Dialog')
"""

from .api import annotate, extract, extract_many
from .errors import BackendError, DocumentError, InputError, QuotekitError
from .model import Anomaly, Medium, Person, Quote, Quotes, QuoteType, Span, Speaker, SpeakerKind

__all__ = [
    "extract",
    "extract_many",
    "annotate",
    "Quote",
    "Quotes",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Person",
    "Anomaly",
    "QuoteType",
    "Medium",
    "QuotekitError",
    "InputError",
    "DocumentError",
    "BackendError",
    "render",
    "to_dataframe",
    "from_stanza",
]
__version__ = "0.1.0"

_LAZY = {
    "render": ("quotekit.render", "render"),
    "to_dataframe": ("quotekit.dataframe", "to_dataframe"),
    "from_stanza": ("quotekit.backends.stanza", "from_stanza"),
}


def __getattr__(name: str):
    """Optional parts (HTML, pandas, stanza) are imported on first use, keeping import light."""
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        return getattr(importlib.import_module(module), attribute)
    raise AttributeError(f"module 'quotekit' has no attribute {name!r}")

