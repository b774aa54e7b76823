"""The stanza backend on real ``stanza.Document`` objects with hand-set annotations (no models needed)."""

from __future__ import annotations

import sys

import pytest

from support import optional as _optional  # noqa: E402


stanza = _optional("stanza", "pip install 'quotekit[stanza]'")
from stanza.models.common.doc import Document  # noqa: E402
from stanza.utils.conll import CoNLL  # noqa: E402

import quotekit  # noqa: E402
from quotekit.backends.stanza import from_stanza, from_stanza_document, german_pipeline  # noqa: E402
from quotekit.errors import BackendError, InputError  # noqa: E402

NEWS = (
    "„Wir werden die Gespräche im Herbst fortsetzen“, sagte Ministerin Anna Kessler am Montag in Bremen. "
    "Die Opposition sei nicht eingeladen worden."
)

# (surface, upos, lemma, feats, ner) per token; a list of words in place of upos… marks a multi-word token
SENTENCES = [
    [
        ("„", "PUNCT", "„", None, "O"),
        ("Wir", "PRON", "wir", "Case=Nom|Number=Plur|Person=1|PronType=Prs", "O"),
        ("werden", "AUX", "werden", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin", "O"),
        ("die", "DET", "der", "Case=Acc|Definite=Def|Number=Plur", "O"),
        ("Gespräche", "NOUN", "Gespräch", "Case=Acc|Number=Plur", "O"),
        ("im", [("in", "ADP", "in", None), ("dem", "DET", "der", "Case=Dat|Definite=Def")], None, None, "O"),
        ("Herbst", "NOUN", "Herbst", "Case=Dat|Gender=Masc|Number=Sing", "O"),
        ("fortsetzen", "VERB", "fortsetzen", "VerbForm=Inf", "O"),
        ("“", "PUNCT", "“", None, "O"),
        (",", "PUNCT", ",", None, "O"),
        ("sagte", "VERB", "sagen", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "O"),
        ("Ministerin", "NOUN", "Ministerin", "Case=Nom|Gender=Fem|Number=Sing", "O"),
        ("Anna", "PROPN", "Anna", "Case=Nom|Number=Sing", "B-PER"),
        ("Kessler", "PROPN", "Kessler", "Case=Nom|Number=Sing", "E-PER"),
        ("am", [("an", "ADP", "an", None), ("dem", "DET", "der", "Case=Dat|Definite=Def")], None, None, "O"),
        ("Montag", "NOUN", "Montag", "Case=Dat|Number=Sing", "O"),
        ("in", "ADP", "in", None, "O"),
        ("Bremen", "PROPN", "Bremen", "Case=Dat|Number=Sing", "S-LOC"),
        (".", "PUNCT", ".", None, "O"),
    ],
    [
        ("Die", "DET", "der", "Case=Nom|Definite=Def|Number=Sing", "O"),
        ("Opposition", "NOUN", "Opposition", "Case=Nom|Gender=Fem|Number=Sing", "S-ORG"),
        ("sei", "AUX", "sein", "Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "O"),
        ("nicht", "PART", "nicht", "Polarity=Neg", "O"),
        ("eingeladen", "VERB", "einladen", "VerbForm=Part", "O"),
        ("worden", "AUX", "werden", "VerbForm=Part", "O"),
        (".", "PUNCT", ".", None, "O"),
    ],
]


def build_document(text: str = NEWS, sentences=SENTENCES, *, with_offsets: bool = True) -> Document:
    """A stanza Document as its Pipeline would build it: token dicts, then the words of MWTs."""
    cursor = 0
    dicts = []
    word_id = 0
    for sentence in sentences:
        rows = []
        for surface, upos, lemma, feats, ner in sentence:
            start = text.index(surface, cursor)
            end = cursor = start + len(surface)
            offsets = {"start_char": start, "end_char": end} if with_offsets else {}
            if isinstance(upos, list):
                ids = tuple(range(word_id + 1, word_id + len(upos) + 1))
                rows.append({"id": (ids[0], ids[-1]), "text": surface, "ner": ner, **offsets})
                for wid, (word, wpos, wlemma, wfeats) in zip(ids, upos):
                    row = {"id": wid, "text": word, "upos": wpos, "lemma": wlemma}
                    if wfeats:
                        row["feats"] = wfeats
                    rows.append(row)
                word_id = ids[-1]
            else:
                word_id += 1
                row = {"id": word_id, "text": surface, "upos": upos, "lemma": lemma, "ner": ner, **offsets}
                if feats:
                    row["feats"] = feats
                rows.append(row)
        dicts.append(rows)
        word_id = 0
    return Document(dicts, text=text)


def test_offsets_round_trip_and_sentences_are_token_ranges():
    ann = from_stanza_document(build_document())
    assert ann.text == NEWS
    for token in ann.tokens:
        surface = NEWS[token.start : token.end]
        assert surface == token.text or surface in ("im", "am")
    assert len(ann.sentences) == 2
    first, second = ann.sentences
    assert first[0] == 0 and first[1] == second[0] and second[1] == len(ann.tokens)
    assert all(ann.tokens[i].sent == 1 for i in range(*second))


def test_pos_morph_lemma_and_ner_are_carried():
    ann = from_stanza_document(build_document())
    assert ann.has_pos and ann.has_morph and ann.has_lemma and ann.has_ner
    by_text = {token.text: token for token in ann.tokens}
    assert by_text["sagte"].pos == "VERB" and by_text["sagte"].lemma == "sagen"
    assert by_text["sagte"].mood == "Ind"
    assert by_text["sei"].mood == "Sub" and by_text["sei"].feature("Person") == "3"
    assert by_text["Anna"].ent == by_text["Kessler"].ent == "PER"
    assert by_text["Bremen"].ent == "LOC" and by_text["Opposition"].ent == "ORG"
    assert by_text["Ministerin"].ent is None
    assert by_text[","].morph is None


def test_multi_word_token_words_share_the_token_span():
    ann = from_stanza_document(build_document())
    start = NEWS.index("im Herbst")
    words = [t for t in ann.tokens if t.start == start]
    assert [(w.text, w.pos, w.lemma) for w in words] == [("in", "ADP", "in"), ("dem", "DET", "der")]
    assert all(w.end == start + 2 for w in words)
    assert [t.i for t in ann.tokens] == list(range(len(ann.tokens)))


def test_span_lookup_finds_both_words_of_a_multi_word_token():
    # words of "im" share one character span; lookups by character must return both of them
    ann = from_stanza_document(build_document())
    start = NEWS.index("im Herbst")
    found = [ann.tokens[i].text for i in ann.tokens_in(start, start + 2)]
    assert found == ["in", "dem"]
    assert ann.tokens[ann.token_at(start)].text == "in"


def test_document_without_char_offsets_is_aligned_to_the_text():
    ann = from_stanza_document(build_document(with_offsets=False), text=NEWS)
    assert [(t.start, t.end) for t in ann.tokens] == [(t.start, t.end) for t in from_stanza_document(build_document()).tokens]


CONLLU = """\
# text = Laut Polizei gab es keine Verletzten.
1\tLaut\tlaut\tADP\tAPPR\t_\t2\tcase\t_\tstart_char=0|end_char=4
2\tPolizei\tPolizei\tNOUN\tNN\tCase=Dat|Gender=Fem|Number=Sing\t3\tobl\t_\tstart_char=5|end_char=12
3\tgab\tgeben\tVERB\tVVFIN\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\tstart_char=13|end_char=16
4\tes\tes\tPRON\tPPER\tCase=Nom|Gender=Neut|Number=Sing|Person=3\t3\texpl\t_\tstart_char=17|end_char=19
5\tkeine\tkein\tDET\tPIAT\tCase=Acc|Number=Plur\t6\tdet\t_\tstart_char=20|end_char=25
6\tVerletzten\tVerletzte\tNOUN\tNN\tCase=Acc|Number=Plur\t3\tobj\t_\tstart_char=26|end_char=36|SpaceAfter=No
7\t.\t.\tPUNCT\t$.\t_\t3\tpunct\t_\tstart_char=36|end_char=37

"""


def test_conllu_document_without_ner_reports_no_ner():
    document = CoNLL.conll2doc(input_str=CONLLU)
    ann = from_stanza_document(document, text="Laut Polizei gab es keine Verletzten.")
    assert ann.has_pos and ann.has_morph and ann.has_lemma and not ann.has_ner
    assert [t.text for t in ann.tokens][:3] == ["Laut", "Polizei", "gab"]
    assert ann.tokens[2].lemma == "geben" and ann.tokens[1].feature("Case") == "Dat"


def test_conllu_document_without_text_rebuilds_it_from_tokens():
    document = CoNLL.conll2doc(input_str=CONLLU)
    document.text = None
    ann = from_stanza_document(document)
    assert ann.text == "Laut Polizei gab es keine Verletzten."


def test_unannotated_document_has_only_tokens():
    text = "Er sagte nichts."
    rows = [[{"id": i + 1, "text": w, "start_char": text.index(w), "end_char": text.index(w) + len(w)}
             for i, w in enumerate(["Er", "sagte", "nichts", "."])]]
    ann = from_stanza_document(Document(rows, text=text))
    assert not (ann.has_pos or ann.has_morph or ann.has_lemma or ann.has_ner)
    assert [t.pos for t in ann.tokens] == [None] * 4


def test_from_stanza_finds_the_direct_quote_like_the_default_engine():
    quotes = from_stanza(build_document())
    default = quotekit.extract(NEWS)
    assert [(q.start, q.end, q.type) for q in quotes] == [(q.start, q.end, q.type) for q in default]
    assert quotes.text == NEWS
    direct = [q for q in quotes if q.type == quotekit.QuoteType.DIRECT]
    assert direct, "the quoted sentence was not found"
    assert NEWS[direct[0].start : direct[0].end] == "„Wir werden die Gespräche im Herbst fortsetzen“"


class _FakePipeline:
    """Stands in for ``stanza.Pipeline`` (no models here): returns a prepared Document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.seen: list[str] = []

    def __call__(self, text: str) -> Document:
        self.seen.append(text)
        return self.document


_FakePipeline.__module__ = "stanza.pipeline.core"  # annotate() recognises stanza by module


def test_annotate_dispatches_a_stanza_pipeline_to_this_backend():
    fake = _FakePipeline(build_document())
    ann = quotekit.annotate(NEWS, fake)
    assert fake.seen == [NEWS]
    assert ann.has_morph and ann.doc is fake.document


def test_from_stanza_rejects_non_documents():
    with pytest.raises(InputError, match="stanza Document"):
        from_stanza_document("just a string")


def test_german_pipeline_without_models_says_how_to_download(tmp_path):
    with pytest.raises(BackendError) as raised:
        german_pipeline(model_dir=str(tmp_path))
    message = str(raised.value)
    assert 'stanza.download("de")' in message
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_german_pipeline_without_stanza_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "stanza", None)  # makes `import stanza` raise ImportError
    with pytest.raises(BackendError, match=r'quotekit\[stanza\]'):
        german_pipeline()
