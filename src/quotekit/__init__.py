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
]
__version__ = "0.1.0"
