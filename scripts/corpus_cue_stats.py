"""Cue statistics of the Wikinews quotation corpus (train split), for building and checking lexicons.

Why: the cue lexicons in ``src/quotekit/data/de/`` encode by hand which words introduce quotations
and with which medium; this script shows the evidence (counts only, never corpus text beyond
single cue words) and the structural facts the cue/speaker engineers rely on: where the speaker
stands, what kind of word the cue is, what Reported and free indirect quotations look like.

Usage::

    python scripts/corpus_cue_stats.py                 # print everything
    python scripts/corpus_cue_stats.py --write-notes   # also refresh the generated part of
                                                       # notes/corpus-stats.md
    python scripts/corpus_cue_stats.py --corpus PATH --split train
"""

from __future__ import annotations

import argparse
import collections
import functools
import glob
import json
import os
import re
from pathlib import Path
from typing import Any, Counter, Iterable

from quotekit import lexicon
from quotekit.inflection import cue_verb_index

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews-quotes-de"
NOTES = ROOT / "notes" / "corpus-stats.md"
START, END = "<!-- generated:start -->", "<!-- generated:end -->"

PREPOSITION_CUES = {"laut", "zufolge", "nach", "gemäß", "so", "demnach", "wonach", "danach", "wie", "folge"}
QUOTE_CHARS = set("„“”\"»«‚‘'")


def load(corpus: Path, split: str) -> list[dict[str, Any]]:
    docs = []
    for path in sorted(glob.glob(str(corpus / split / "*.json"))):
        with open(path, encoding="utf-8") as fh:
            docs.append(json.load(fh))
    return docs


def _noun_lexicon() -> set[str]:
    try:
        return {w.lower() for w in lexicon.words("cue_nouns.tsv")}
    except FileNotFoundError:
        return set()


class CueClassifier:
    """Maps the tokens of one cue annotation to (kind, lemma)."""

    def __init__(self) -> None:
        self.verbs = cue_verb_index()
        self.nouns = _noun_lexicon()

    def verb_lemmas(self, words: list[str]) -> list[str]:
        lowered = [w.lower() for w in words]
        lemmas = []
        for w in lowered:
            for form in self.verbs.get(w, ()):
                if form.particle is None or form.particle in lowered:
                    if form.lemma not in lemmas:
                        lemmas.append(form.lemma)
                    break
        # prefer the separable verb whose particle is present (teilte … mit -> mitteilen)
        with_particle = [l for l in lemmas if any(f.particle and f.lemma == l for w in lowered for f in self.verbs.get(w, ()))]
        return with_particle or lemmas

    def classify(self, words: list[str]) -> tuple[str, str]:
        if not words:
            return "none", ""
        lowered = [w.lower() for w in words]
        if len(words) <= 2 and lowered[0] in PREPOSITION_CUES:
            return "preposition", " ".join(lowered)
        lemmas = self.verb_lemmas(words)
        auxiliaries = {"hat", "hatte", "haben", "hatten", "ist", "war", "wird", "wurde", "wurden", "werden", "sind", "waren", "sei", "habe"}
        if lemmas:
            # skip auxiliaries when a content verb is present
            content = [l for l in lemmas if l not in {"sein", "haben", "werden"}] or lemmas
            return "verb", content[0]
        if any(w in self.nouns for w in lowered) or any(w[:1].isupper() for w in words[1:] + words[:1] if w.lower() not in auxiliaries):
            nouns = [w for w in words if w.lower() in self.nouns] or [w for w in words if w[:1].isupper()]
            return "noun", public_word(nouns[0]) if nouns else lowered[0]
        if lowered[0] in PREPOSITION_CUES:
            return "preposition", lowered[0]
        return "other", " ".join(lowered)


@functools.cache
def _known_nouns() -> tuple[str, ...]:
    nouns: set[str] = set()
    for name in ("role_nouns.tsv", "organisation_nouns.tsv", "cue_nouns.tsv"):
        nouns |= {row[0].lower() for row in lexicon.rows(name)}
    return tuple(sorted(nouns, key=len, reverse=True))


@functools.cache
def _function_words() -> frozenset[str]:
    words: set[str] = set(PREPOSITION_CUES)
    for name in ("determiners.tsv", "pronouns.tsv", "function_words.txt"):
        try:
            words |= {w.lower() for w in lexicon.words(name)}
        except FileNotFoundError:
            pass
    return frozenset(words)


def public_word(word: str) -> str:
    """The word itself if it is a function word or a lexicon noun, else a placeholder.

    Count tables go into the repository's notes: they must not list names of people from the
    licensed corpus, so capitalised words that are not in the lexicons are pooled.
    """
    if not word[:1].isupper() or not word[:1].isalpha():
        return word.lower()
    lower = word.lower()
    if lower in _function_words() or any(
        lower == noun or (len(noun) >= 5 and lower.endswith(noun)) for noun in _known_nouns()
    ):
        return lower
    return "(other capitalised word: name, title …)"


def role_tokens(annotation: dict[str, Any], role: str) -> list[int]:
    part = annotation.get(role) or {}
    return list(part.get("tokenIds") or [])


def stats(docs: list[dict[str, Any]]) -> dict[str, Any]:
    classifier = CueClassifier()
    out: dict[str, Any] = collections.defaultdict(collections.Counter)
    lemma_type: dict[str, Counter[str]] = collections.defaultdict(collections.Counter)
    lemma_medium: dict[str, Counter[str]] = collections.defaultdict(collections.Counter)
    konjunktiv = lexicon.words("konjunktiv1.txt") | lexicon.words("konjunktiv2_substitutes.txt")
    previous_by_doc: dict[int, dict[str, Any]] = {}
    for doc in docs:
        tokens = doc["tokens"]
        words = [t["text"] for t in tokens]
        by_position = sorted(doc["annotations"], key=lambda a: (role_tokens(a, "quote") or [0])[0])
        for ann in by_position:
            qtype, medium = ann["type"], ann["medium"]
            out["type"][qtype] += 1
            out["type_medium"][(qtype, medium)] += 1
            cue_ids = role_tokens(ann, "cue")
            quote_ids = role_tokens(ann, "quote")
            speaker_ids = role_tokens(ann, "speaker")
            addressee_ids = role_tokens(ann, "addressee")
            frame_ids = role_tokens(ann, "frame")
            cue_words = [words[i] for i in cue_ids]
            kind, lemma = classifier.classify(cue_words)
            if kind == "none" and quote_ids and quote_ids[0] > 0:
                before = [words[i] for i in range(max(0, quote_ids[0] - 2), quote_ids[0])]
                if ":" in before:
                    kind = "colon (no cue annotated)"
            out["cue_kind"][(qtype, kind)] += 1
            if lemma:
                lemma_type[f"{kind}:{lemma}"][qtype] += 1
                lemma_medium[f"{kind}:{lemma}"][medium] += 1
            # speaker position
            if speaker_ids and quote_ids:
                pos = "before" if speaker_ids[0] < quote_ids[0] else ("inside" if speaker_ids[0] <= quote_ids[-1] else "after")
            else:
                pos = "no speaker" if not speaker_ids else "no quote"
            out["speaker_pos"][(qtype, pos)] += 1
            if cue_ids and quote_ids:
                cpos = "before" if cue_ids[0] < quote_ids[0] else ("inside" if cue_ids[0] <= quote_ids[-1] else "after")
                out["cue_pos"][(qtype, cpos)] += 1
            if speaker_ids:
                out["speaker_first_word"][public_word(words[speaker_ids[0]])] += 1
                out["speaker_len"][min(len(speaker_ids), 6)] += 1
            if addressee_ids:
                prev = words[addressee_ids[0] - 1].lower() if addressee_ids[0] > 0 else ""
                out["addressee_prev"][public_word(prev)] += 1
                out["addressee_first"][public_word(words[addressee_ids[0]])] += 1
                out["addressee_type"][qtype] += 1
            if frame_ids:
                out["frame_type"][qtype] += 1
                others = set(frame_ids) - set(cue_ids) - set(speaker_ids) - set(addressee_ids) - set(quote_ids)
                out["frame_len"][min(len(frame_ids), 30) // 5 * 5] += 1
                out["frame_covers_speaker"][(qtype, bool(speaker_ids) and set(speaker_ids) <= set(frame_ids))] += 1
                out["frame_extra_tokens"][min(len(others), 20) // 5 * 5] += 1
            if quote_ids:
                first_quote_word = words[quote_ids[0]].lower()
                out["quote_first_word"][(qtype, first_quote_word if first_quote_word in {"dass", "daß", "ob", "wie", "man", ",", "„", "\"", "er", "sie", "es"} else "other")] += 1
                prev = words[quote_ids[0] - 1] if quote_ids[0] > 0 else ""
                out["before_quote"][(qtype, prev if prev in {",", ":", "dass", "ob", "„", "\"", "."} else "other")] += 1
                out["quote_has_mark"][(qtype, any(words[i] in QUOTE_CHARS for i in quote_ids))] += 1
                out["quote_len"][(qtype, min(len(quote_ids), 40) // 5 * 5)] += 1
                spans = (ann.get("quote") or {}).get("spans") or []
                out["quote_parts"][(qtype, len(spans))] += 1
                if cue_ids:
                    out["cue_inside_quote_span"][(qtype, any(i in set(quote_ids) for i in cue_ids))] += 1
                sentence_ids = {tokens[i]["sentence"] for i in quote_ids}
                out["quote_sentences"][(qtype, min(len(sentence_ids), 4))] += 1
                if qtype == "Reported":
                    out["reported_first_word"][public_word(words[quote_ids[0]])] += 1
            out["nested"][(qtype, bool(ann.get("isNested")))] += 1
            if quote_ids:
                last = words[quote_ids[-1]]
                out["quote_last_token"][(qtype, last if last in {".", ",", "!", "?", "“", '"', "”"} else "word")] += 1
                out["quote_has_konjunktiv"][(qtype, any(words[i] in konjunktiv for i in quote_ids))] += 1
                if qtype == "Indirect":
                    lowered = [words[i].lower() for i in quote_ids]
                    opener = lowered[0] if lowered[0] in {"dass", "ob", "wie", "was", "wo", "warum", "wer", "wann"} else (
                        "zu-infinitive clause" if "zu" in lowered[-3:] else "main clause / other")
                    out["indirect_opener"][(qtype, opener)] += 1
                if speaker_ids:
                    if set(speaker_ids) <= set(quote_ids):
                        relation = "speaker inside quote span"
                    elif set(speaker_ids) & set(quote_ids):
                        relation = "overlap"
                    else:
                        relation = "separate"
                    out["speaker_vs_quote"][(qtype, relation)] += 1
                    quote_sents = {tokens[i]["sentence"] for i in quote_ids}
                    speaker_sents = {tokens[i]["sentence"] for i in speaker_ids}
                    distance = min(q - s for q in quote_sents for s in speaker_sents)
                    out["speaker_sentence_distance"][(qtype, str(max(-1, min(distance, 3))).replace("3", "3+"))] += 1
            previous = previous_by_doc.get(id(doc))
            if previous is not None and quote_ids:
                out["previous_quote_type"][(qtype, previous["type"])] += 1
                if speaker_ids and role_tokens(previous, "speaker"):
                    same = (ann["speaker"]["text"] == previous["speaker"]["text"])
                    out["same_speaker_as_previous"][(qtype, same)] += 1
            if quote_ids:
                previous_by_doc[id(doc)] = ann
    out["lemma_type"] = lemma_type
    out["lemma_medium"] = lemma_medium
    return out


def _table(title: str, counter: Counter, limit: int | None = None) -> str:
    lines = [f"### {title}", "", "| value | count |", "| --- | ---: |"]
    for key, count in counter.most_common(limit):
        if isinstance(key, tuple):
            key = " / ".join(str(k) for k in key)
        lines.append(f"| {key} | {count} |")
    return "\n".join(lines) + "\n"


def _by_type(title: str, counter: Counter) -> str:
    types = sorted({k[0] for k in counter})
    values = sorted({k[1] for k in counter}, key=lambda v: -sum(c for k, c in counter.items() if k[1] == v))
    lines = [f"### {title}", "", "| | " + " | ".join(types) + " |", "| --- |" + " ---: |" * len(types)]
    for value in values:
        lines.append(f"| {value} | " + " | ".join(str(counter.get((t, value), 0)) for t in types) + " |")
    return "\n".join(lines) + "\n"


def lemma_table(result: dict[str, Any], min_count: int = 2) -> str:
    lemma_type, lemma_medium = result["lemma_type"], result["lemma_medium"]
    types = ["Direct", "Indirect", "IndirectFreeIndirect", "FreeIndirect", "Reported"]
    lines = [
        f"### Cue lemmas with at least {min_count} occurrences (kind:lemma; counts per type; top medium)",
        "",
        "| cue | total | " + " | ".join(types) + " | top medium |",
        "| --- | ---: |" + " ---: |" * len(types) + " --- |",
    ]
    ranked = sorted(lemma_type, key=lambda l: -sum(lemma_type[l].values()))
    for lemma in ranked:
        total = sum(lemma_type[lemma].values())
        if total < min_count:
            continue
        medium = lemma_medium[lemma].most_common(1)[0][0]
        lines.append(f"| {lemma} | {total} | " + " | ".join(str(lemma_type[lemma][t]) for t in types) + f" | {medium} |")
    return "\n".join(lines) + "\n"


def lemma_medium_table(result: dict[str, Any], min_count: int = 3) -> str:
    lemma_medium = result["lemma_medium"]
    media = ["Speech", "Writing", "Thought", "ST", "SW", "TW", "none"]
    lines = [
        f"### Cue lemmas with at least {min_count} occurrences: counts per medium",
        "",
        "| cue | " + " | ".join(media) + " |",
        "| --- |" + " ---: |" * len(media),
    ]
    for lemma in sorted(lemma_medium, key=lambda l: -sum(lemma_medium[l].values())):
        if sum(lemma_medium[lemma].values()) >= min_count:
            lines.append(f"| {lemma} | " + " | ".join(str(lemma_medium[lemma][m]) for m in media) + " |")
    return "\n".join(lines) + "\n"


def render(result: dict[str, Any]) -> str:
    parts = [
        _table("Quotations per type", result["type"]),
        _by_type("Medium per type", Counter({(k[0], k[1]): v for k, v in result["type_medium"].items()})),
        _by_type("Kind of cue per type", result["cue_kind"]),
        _by_type("Speaker position relative to the quote", result["speaker_pos"]),
        _by_type("Cue position relative to the quote", result["cue_pos"]),
        _by_type("Token before the quote span", result["before_quote"]),
        _by_type("First token of the quote span", result["quote_first_word"]),
        _by_type("Quote span contains a quotation mark", result["quote_has_mark"]),
        _by_type("Number of sentences touched by the quote span", result["quote_sentences"]),
        _by_type("Number of discontinuous parts of the quote span", result["quote_parts"]),
        _by_type("Cue tokens inside the quote span", result["cue_inside_quote_span"]),
        _by_type("Quote length in tokens (bucket of 5)", result["quote_len"]),
        _by_type("Nested quotations", result["nested"]),
        _by_type("Last token of the quote span", result["quote_last_token"]),
        _by_type("Quote span contains a Konjunktiv I/II form (konjunktiv1.txt + konjunktiv2_substitutes.txt)", result["quote_has_konjunktiv"]),
        _by_type("How Indirect quote spans open", result["indirect_opener"]),
        _by_type("Speaker span relative to the quote span", result["speaker_vs_quote"]),
        _by_type("Sentences between speaker and quote (quote sentence minus speaker sentence; -1 = speaker later)", result["speaker_sentence_distance"]),
        _by_type("Type of the previous quotation in the document (rows: previous type)", result["previous_quote_type"]),
        _by_type("Same speaker text as the previous quotation", result["same_speaker_as_previous"]),
        _table("First word of the speaker span (top 30)", result["speaker_first_word"], 30),
        _table("Speaker span length in tokens (6 = 6+)", result["speaker_len"]),
        _table("Quotations with an addressee, per type", result["addressee_type"]),
        _table("Word before the addressee span (top 15)", result["addressee_prev"], 15),
        _table("First word of the addressee span (top 15)", result["addressee_first"], 15),
        _table("Quotations with a frame, per type", result["frame_type"]),
        _by_type("Frame contains the whole speaker span", result["frame_covers_speaker"]),
        _table("Frame length in tokens (bucket of 5)", result["frame_len"]),
        _table("First word of Reported quote spans (top 25)", result["reported_first_word"], 25),
        lemma_table(result),
        lemma_medium_table(result),
    ]
    return "\n".join(parts)


def write_notes(generated: str, path: Path = NOTES) -> None:
    """Replace the text between the generated markers, keep the hand-written observations."""
    block = f"{START}\n{generated}\n{END}"
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if START in text and END in text:
            text = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _: block, text, flags=re.S)
        else:
            text = text.rstrip() + "\n\n" + block + "\n"
    else:
        text = "# Corpus statistics (train split)\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("QUOTEKIT_CORPUS", DEFAULT_CORPUS)))
    parser.add_argument("--split", default="train")
    parser.add_argument("--write-notes", action="store_true")
    args = parser.parse_args(list(argv) if argv is not None else None)
    result = stats(load(args.corpus, args.split))
    text = render(result)
    print(text)
    if args.write_notes:
        write_notes(text)


if __name__ == "__main__":
    main()
