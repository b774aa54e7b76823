"""Speaker attribution on Direct quotations of the German news quotation corpus, with error analysis.

Usage: python scripts/eval_speakers.py [dev|train] [--corpus DIR] [--misses N] [--context] [--only PREFIX]
                                      [--type Direct|Indirect|…|all] [--dump FILE]

1. Speaker tokens: each gold Direct quote is paired with the predicted quote that overlaps it most
   (token overlap of quote spans, one-to-one, greedy by overlap). For every pair the gold speaker
   tokens are compared with the predicted mention's tokens; precision and recall are averaged over
   pairs (macro, as in the published metric; unpaired gold quotes count as recall 0, unpaired
   predictions as precision 0; pairs where both speakers are empty are skipped).
2. Resolved person: for gold Direct quotes whose speaker is a pronoun or a role phrase without a
   proper name (and, as a second figure, only those whose speaker is a singular ``er``/``sie`` or
   a person's role noun — no organisation, group or medium), the gold person is approximated by the nearest gold speaker of the same document
   that contains a proper name (preferring earlier ones). The resolution is right when the
   resolved entity's name or mentions contain that name's last word.
3. Misses by category: why the speaker tokens of a pair were wrong — the shape of the error
   (wrong / too-short / too-long / overlap span, no speaker, quote not found) and the rule that
   fired — sorted by the precision+recall points each category loses. ``--context`` prints the
   text around each example, ``--dump`` writes one line per gold quote (and per unpaired
   prediction with a speaker) so two runs can be compared with ``diff``.
4. The same speaker-token scores over the gold quotes quotekit found (no unpaired quotes on
   either side): how good the attribution is once the quote is there.

Reads the corpus from ../shared (never copied into the repository).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
from pathlib import Path

import quotekit
from quotekit import vocabulary as vocab

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "wikinews-quotes-de"


def token_ids(tokens: list[dict], start: int, end: int) -> set[int]:
    return {t["id"] for t in tokens if t["charBegin"] < end and start < t["charEnd"]}


def role_tokens(role: dict | None) -> set[int]:
    return set(role["tokenIds"]) if role else set()


def is_named(text: str) -> bool:
    words = [w.strip(",.") for w in text.split()]
    return any(
        w[:1].isupper()
        and w.lower() not in vocab.determiners()
        and vocab.role_noun(w) is None
        and vocab.organisation_noun(w) is None
        and not vocab.pronoun(w)
        for w in words
    )


def person_surname(text: str) -> tuple[str, str | None]:
    """``(surname, gender)`` of the first full person name in ``text`` (a known first name +
    capitalised words), or ``("", None)`` when the text names no person that way."""
    words = [w.strip(",.()") for w in text.split()]
    for i, word in enumerate(words):
        gender = vocab.first_name_gender(word)
        if gender is not False and i + 1 < len(words) and words[i + 1][:1].isupper():
            j = i + 1
            while j + 1 < len(words) and words[j + 1][:1].isupper() and vocab.role_noun(words[j + 1]) is None:
                j += 1
            return words[j], gender
    return "", None


def mention_gender(text: str) -> str | None:
    """Gender a pronoun or role phrase implies (er → m, Sprecherin → f), else None."""
    for word in text.split():
        readings = vocab.pronoun(word)
        if readings and readings[0][0] in ("m", "f") and not readings[0][1]:
            return readings[0][0]
        role = vocab.role_noun(word.strip(",."))
        if role is not None and role.gender in ("m", "f"):
            return role.gender
    return None


def one_person_reference(text: str) -> bool:
    """The gold speaker is what the issue asks about: a singular personal pronoun (``er``) or a
    singular role noun for a person (``der Sprecher``), not an organisation (``die
    Bundesregierung``), a group (``die Demonstranten``), a medium or a relative pronoun."""
    words = [w.strip(",.()") for w in text.split()]
    if any(vocab.organisation_noun(w) is not None and vocab.role_noun(w) is None for w in words) or any(vocab.is_quote_mark(ch) for ch in text):
        return False
    for word in words:
        readings = vocab.pronoun(word)
        if readings and readings[0][0] in ("m", "f") and not readings[0][1] and word.lower() in ("er", "sie"):
            return True
        role = vocab.role_noun(word)
        if role is not None and not role.plural:
            return True
    return False


def categorise(gold_text: str, pred, quote, gold_ids: set[int] | None = None, pred_ids: set[int] | None = None) -> str:
    if pred is None:
        return "quote-not-found"
    if quote.mention is None:
        return "no-speaker:" + (quote.evidence.split("+", 1)[1] if "+" in quote.evidence else "no-cue")
    if not gold_text:
        return "speaker-but-gold-empty"
    shape = "wrong"
    if gold_ids is not None and pred_ids is not None and gold_ids & pred_ids:
        shape = "too-short" if pred_ids < gold_ids else "too-long" if pred_ids > gold_ids else "overlap"
    return f"{shape}-span:" + quote.evidence.split("+", 1)[-1]


def context(text: str, start: int, end: int, width: int = 160) -> str:
    """The text around a quote, on one line, for reading misses."""
    left = max(0, start - width)
    return " ".join(text[left : min(len(text), end + width // 2)].split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", nargs="?", default="dev")
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("QUOTEKIT_CORPUS", DEFAULT_CORPUS)))
    parser.add_argument("--misses", type=int, default=0, help="print N example misses per category")
    parser.add_argument("--type", default="Direct", help="gold quotation type to evaluate, or 'all'")
    parser.add_argument("--context", action="store_true", help="print the text around each example miss")
    parser.add_argument("--only", default="", help="print examples only for categories starting with this")
    parser.add_argument("--resolution", action="store_true", help="print every resolved-person case of the corpus proxy")
    parser.add_argument("--dump", type=Path, help="write one line per gold quote (gold, predicted speaker) to compare runs")
    args = parser.parse_args(argv)
    files = sorted((args.corpus / args.split).glob("*.json"))
    if not files:
        print(f"no corpus files in {args.corpus / args.split}", file=sys.stderr)
        return 2
    precisions, recalls = [], []
    paired_precisions, paired_recalls = [], []  # the same over quotes found (attribution alone)
    resolved_total = resolved_right = 0
    strict_total = strict_right = 0  # the cases with a pronoun or a person's role noun only
    categories: collections.Counter[str] = collections.Counter()
    lost: collections.Counter[str] = collections.Counter()  # precision + recall lost per category
    examples: dict[str, list[str]] = collections.defaultdict(list)
    dump = []
    for path in files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        text, tokens = doc["originalText"], doc["tokens"]
        quotes = quotekit.extract(text)
        directs = [q for q in quotes if args.type == "all" or q.type.value == args.type]
        pred_tokens = [set().union(*(token_ids(tokens, p.start, p.end) for p in q.parts)) for q in directs]
        golds = [a for a in doc["annotations"] if (args.type == "all" or a["type"] == args.type) and a["quote"]["tokenIds"]]
        named_speakers = sorted(
            (min(a["speaker"]["tokenIds"]), *person_surname(a["speaker"]["text"]))
            for a in doc["annotations"]
            if a.get("speaker") and a["speaker"]["tokenIds"] and person_surname(a["speaker"]["text"])[0]
        )
        candidates = sorted(
            ((len(set(g["quote"]["tokenIds"]) & pt), gi, pi) for gi, g in enumerate(golds) for pi, pt in enumerate(pred_tokens)),
            reverse=True,
        )
        pairs: dict[int, int] = {}
        used: set[int] = set()
        for overlap, gi, pi in candidates:
            if overlap and gi not in pairs and pi not in used:
                pairs[gi] = pi
                used.add(pi)
        for gi, gold in enumerate(golds):
            gold_speaker = role_tokens(gold.get("speaker"))
            gold_text = gold["speaker"]["text"] if gold.get("speaker") else ""
            pi = pairs.get(gi)
            quote = directs[pi] if pi is not None else None
            predicted = (
                token_ids(tokens, quote.mention.start, quote.mention.end) if quote is not None and quote.mention is not None else set()
            )
            if args.dump is not None:
                dump.append(
                    f"{path.name[:12]}\t{min(gold['quote']['tokenIds'])}\tgold={gold_text!r}\t"
                    f"pred={quote.mention.text if quote is not None and quote.mention is not None else None!r}\t"
                    f"{quote.evidence if quote is not None else '-'}"
                )
            if gold_speaker or predicted:
                tp = len(gold_speaker & predicted)
                if predicted:
                    precisions.append(tp / len(predicted))
                    paired_precisions.append(tp / len(predicted))
                if gold_speaker:
                    recalls.append(tp / len(gold_speaker))
                    if quote is not None:
                        paired_recalls.append(tp / len(gold_speaker))
                if gold_speaker != predicted:
                    category = categorise(gold_text, pi, quote, gold_speaker, predicted)
                    categories[category] += 1
                    lost[category] += (1 - (tp / len(predicted) if predicted else 0)) * bool(predicted) + (1 - (tp / len(gold_speaker) if gold_speaker else 0)) * bool(gold_speaker)
                    if len(examples[category]) < args.misses and category.startswith(args.only):
                        example = (
                            f"{path.name[:40]}: gold={gold_text!r} pred={quote.mention.text if quote and quote.mention else None!r} "
                            f"quote={gold['quote']['text'][:60]!r}"
                        )
                        if args.context:
                            spans = gold["quote"]["spans"]
                            where = min([s["charBegin"] for s in spans] + [t["charBegin"] for t in tokens if t["id"] in gold_speaker])
                            example += "\n            | " + context(text, where, spans[-1]["charEnd"])
                        examples[category].append(example)
            if gold_text and not is_named(gold_text):
                gold_start = min(gold_speaker)
                gender = mention_gender(gold_text)
                compatible = [s for s in named_speakers if gender is None or s[2] in (None, gender)]
                earlier = [s for s in compatible if s[0] < gold_start]
                later = [s for s in compatible if s[0] > gold_start]
                reference = earlier[-1] if earlier else later[0] if later else None
                if reference is not None:
                    resolved_total += 1
                    target = reference[1]
                    speaker = quote.speaker if quote is not None else None
                    right = speaker is not None and (target in speaker.name or any(target in m.text for m in speaker.mentions))
                    resolved_right += right
                    if one_person_reference(gold_text):
                        strict_total += 1
                        strict_right += right
                    if args.resolution:
                        print(
                            f"RES {'ok ' if right else 'BAD'} {path.name[:20]} gold={gold_text!r} reference={target!r} "
                            f"mention={quote.mention.text if quote is not None and quote.mention else None!r} "
                            f"resolved={speaker.name if speaker is not None else None!r} quote={gold['quote']['text'][:50]!r}"
                        )
        for pi, quote in enumerate(directs):
            if pi not in used and quote.mention is not None:
                precisions.append(0.0)
                if args.dump is not None:
                    dump.append(f"{path.name[:12]}\tunpaired@{quote.start}\t{quote.text[:40]!r}\tpred={quote.mention.text!r}\t{quote.evidence}")
    if args.dump is not None:
        args.dump.write_text("\n".join(dump) + "\n", encoding="utf-8")
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"split={args.split} documents={len(files)}")
    print(f"speaker tokens on {args.type} quotes: P={100 * p:.1f} R={100 * r:.1f} F1={100 * f:.1f}")
    pp = sum(paired_precisions) / len(paired_precisions) if paired_precisions else 0.0
    pr = sum(paired_recalls) / len(paired_recalls) if paired_recalls else 0.0
    pf = 2 * pp * pr / (pp + pr) if pp + pr else 0.0
    print(
        f"  on the {len(paired_recalls)} gold quotes with a speaker that quotekit found "
        f"(attribution alone): P={100 * pp:.1f} R={100 * pr:.1f} F1={100 * pf:.1f}"
    )
    if resolved_total:
        print(f"resolved person (gold pronoun/role speakers): {resolved_right}/{resolved_total} = {100 * resolved_right / resolved_total:.1f} %")
    if strict_total:
        print(f"  of them a singular pronoun or a person's role noun: {strict_right}/{strict_total} = {100 * strict_right / strict_total:.1f} %")
    print("misses by category (count, precision+recall points lost):")
    for category, count in sorted(categories.items(), key=lambda item: -lost[item[0]]):
        print(f"  {count:4d}  {lost[category]:5.1f}  {category}")
        for example in examples[category]:
            print(f"          {example}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
