#!/usr/bin/env python3
"""Validate an evaluation set (tests/DevSet/devset.json by default) against its source texts.

Checks:
  * schema: unique ids, known variant, expected_source/facts consistent with the variant;
  * every fact is short (1-5 Vietnamese words, i.e. at most 7 syllables) and occurs literally (NFC) in the expected source text;
    knowledge/* sources are checked against the repository file when it exists and against
    the matching raw seed in the seeds directory when that exists (at least one is required);
  * "no_diacritics" questions are plain ASCII;
  * test documents have front matter (title, source, published yyyy-mm-dd, province) and are NFC;
  * every knowledge file and every test document is the expected source of at least one question.

Usage: python3 tests/DevSet/check_devset.py [--devset PATH] [--seeds DIR]
  --devset tests/DevSet/holdout.json checks the held-out set (ids h001..., at least 60 items);
  --devset tests/DevSet/holdout2.json checks the second held-out set (ids g001..., at least 60 items).
  --devset tests/DevSet/holdout3.json checks the third held-out set (ids k001..., at least 60 items);
  --devset tests/DevSet/holdout4.json checks the fourth held-out set (ids k101..., at least 60 items);
  --devset tests/DevSet/holdout5.json checks the fifth (blind) held-out set (ids b001..., at least 100 items),
  whose unanswerable items use the variants "trap" (near-domain) and "chatter" (far out of domain);
  --devset tests/DevSet/devset2.json checks the second dev set (ids d001..., at least 100 items), which uses
  the same "trap" and "chatter" variants.
  --devset tests/DevSet/holdout6.json checks the sixth (blind) held-out set (ids c001..., at least 100 items),
  with the same "trap" and "chatter" variants as the fifth.
  --devset tests/DevSet/devset3.json checks the third dev set (ids f001..., at least 100 items), with the same
  "trap" and "chatter" variants.
  --devset tests/DevSet/devset4.json checks the fourth dev set (ids n001..., at least 100 items), with the same
  "trap" and "chatter" variants.
  --devset tests/DevSet/devset5.json checks the fifth dev set (ids p001..., at least 60 items; all paraphrases).
  --devset tests/DevSet/devset6.json checks the sixth dev set (ids s001..., at least 80 items; paraphrases and
  "trap" items).
  --devset tests/DevSet/devset7.json checks the seventh dev set (ids u001..., at least 80 items; paraphrases and
  "trap" items).
  --devset tests/DevSet/devset8.json checks the eighth dev set (ids v001..., at least 100 items; paraphrases and
  "trap" items).
  --devset tests/DevSet/devset9.json checks the ninth dev set (ids x001..., at least 100 items; paraphrases,
  "trap" and "chatter" items).
  --devset tests/DevSet/devset10.json checks the tenth dev set (ids y001..., at least 100 items; paraphrases,
  "trap" and "chatter" items).
  --devset tests/DevSet/holdout13.json checks the thirteenth (blind) held-out set (ids i001..., at least 120 items).
  --devset tests/DevSet/devset11.json checks the eleventh dev set (ids j001..., at least 100 items; paraphrases,
  "trap" and "chatter" items).
  --devset tests/DevSet/holdout7.json checks the seventh (blind) held-out set (ids e001..., at least 100 items),
  with the same "trap" and "chatter" variants as the fifth.
  --devset tests/DevSet/holdout8.json checks the eighth (blind) held-out set (ids a001..., at least 100 items),
  with the same "trap" and "chatter" variants as the fifth.
  --devset tests/DevSet/holdout9.json checks the ninth (blind) held-out set (ids m001..., at least 100 items),
  with the same "trap" and "chatter" variants as the fifth.
  --devset tests/DevSet/holdout10.json checks the tenth (blind) held-out set (ids r001..., at least 100 items),
  with the same "trap" and "chatter" variants as the fifth.
  --devset tests/DevSet/holdout11.json checks the eleventh (blind) held-out set (ids t001..., at least 110 items),
  with the same "trap" and "chatter" variants as the fifth.
  --devset tests/DevSet/holdout12.json checks the twelfth (blind) held-out set (ids w001..., at least 120 items),
  with the same "trap" and "chatter" variants as the fifth.
Exit code 0 when everything passes, 1 otherwise.
"""
import argparse
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DOCS_DIR = HERE / "docs"
DEVSET = HERE / "devset.json"
# per set file name: (id prefix, minimum number of items); other files: ids q001..., no minimum
SET_RULES = {"devset.json": ("q", 70), "holdout.json": ("h", 60), "holdout2.json": ("g", 60), "holdout3.json": ("k", 60), "holdout4.json": ("k", 60), "holdout5.json": ("b", 100), "devset2.json": ("d", 100), "holdout6.json": ("c", 100), "devset3.json": ("f", 100), "holdout7.json": ("e", 100), "holdout8.json": ("a", 100), "holdout9.json": ("m", 100), "holdout10.json": ("r", 100), "devset4.json": ("n", 100), "devset5.json": ("p", 60), "devset6.json": ("s", 80), "devset7.json": ("u", 80), "holdout11.json": ("t", 110), "devset8.json": ("v", 100), "holdout12.json": ("w", 120), "devset9.json": ("x", 100), "devset10.json": ("y", 100), "holdout13.json": ("i", 120), "devset11.json": ("j", 100), "holdout14.json": ("l", 120), "devset12.json": ("o", 100), "holdout15.json": ("aa", 120), "devset13.json": ("ab", 100), "holdout16.json": ("ac", 120), "devset14.json": ("ad", 100), "valset1.json": ("ae", 120), "holdout17.json": ("af", 120), "valset2.json": ("ag", 120), "devset15.json": ("ah", 100), "devset16.json": ("aj", 150), "holdout18.json": ("ak", 120), "valset3.json": ("al", 120), "devset17.json": ("am", 150), "devset18.json": ("an", 100)}

VARIANTS = ["diacritics", "no_diacritics", "abbreviation", "paraphrase", "typo", "disambiguation", "out_of_domain"]
# unanswerable variants: expected_source null and no facts ("trap" = near-domain, "chatter" = far out of domain)
UNANSWERABLE = ("out_of_domain", "trap", "chatter")
VARIANTS += ["trap", "chatter"]
TEST_SOURCE_MARK = "Tài liệu kiểm thử (không phải tin thật)"
FRONT_MATTER_KEYS = ("title", "source", "published", "province")
# Vietnamese words are mostly two syllables; "1-5 words" is enforced as at most 7 syllables.
MAX_FACT_SYLLABLES = 7

# knowledge file -> raw seed file name prefix in the seeds directory
KNOWLEDGE_SEEDS = {
    "knowledge/binh-phuoc-2016-tap-huan-nghiep-vu-dan-van.md": "000_",
    "knowledge/ninh-binh-2019-boi-duong-dan-van-co-quan-nha-nuoc.md": "001_",
    "knowledge/ha-nam-2022-tap-huan-nghiep-vu-ctdv.md": "002_",
    "knowledge/nghe-an-2013-boi-duong-dan-van-chinh-quyen.md": "003_",
    "knowledge/ca-mau-boi-duong-nghiep-vu-dan-van.md": "004_",
}


def nfc(text):
    return unicodedata.normalize("NFC", text)


def read(path):
    return nfc(path.read_text(encoding="utf-8"))


def source_texts(source, seeds_dir):
    """Return {label: text} of every available text for an expected_source."""
    texts = {}
    repo_file = REPO / source
    if repo_file.is_file():
        texts[source] = read(repo_file)
    prefix = KNOWLEDGE_SEEDS.get(source)
    if prefix and seeds_dir.is_dir():
        for seed in sorted(seeds_dir.glob(prefix + "*.txt")):
            texts[str(seed)] = read(seed)
    return texts


def check_front_matter(path, errors):
    text = path.read_text(encoding="utf-8")
    if not unicodedata.is_normalized("NFC", text):
        errors.append(f"{path.name}: not NFC")
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not match:
        errors.append(f"{path.name}: missing front matter")
        return
    fields = dict(line.split(":", 1) for line in match.group(1).splitlines() if ":" in line)
    fields = {k.strip(): v.strip().strip('"') for k, v in fields.items()}
    for key in FRONT_MATTER_KEYS:
        if not fields.get(key):
            errors.append(f"{path.name}: front matter lacks '{key}'")
    if fields.get("source") != TEST_SOURCE_MARK:
        errors.append(f"{path.name}: source must be '{TEST_SOURCE_MARK}'")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", fields.get("published", "")):
        errors.append(f"{path.name}: published must be yyyy-mm-dd")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devset", default=str(DEVSET), help="question set to check (default: devset.json)")
    parser.add_argument("--seeds", default=os.environ.get("DANVAN_SEEDS", "/work/shared/seeds"))
    args = parser.parse_args()
    seeds_dir = Path(args.seeds)
    devset = Path(args.devset)
    id_prefix, min_items = SET_RULES.get(devset.name, ("q", 1))

    errors, notes = [], []
    items = json.loads(devset.read_text(encoding="utf-8"))
    if not isinstance(items, list):
        print(f"{devset.name} must be a JSON array")
        return 1

    doc_paths = sorted(DOCS_DIR.glob("*.md"))
    for doc in doc_paths:
        check_front_matter(doc, errors)
    all_sources = list(KNOWLEDGE_SEEDS) + [f"tests/DevSet/docs/{d.name}" for d in doc_paths]
    all_texts = {s: source_texts(s, seeds_dir) for s in all_sources}

    ids = Counter(item.get("id") for item in items)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    variants = Counter()
    covered = Counter()

    for item in items:
        qid = item.get("id", "?")
        question, variant = item.get("question", ""), item.get("variant")
        source, facts = item.get("expected_source"), item.get("facts")
        if set(item) != {"id", "question", "variant", "expected_source", "facts"}:
            errors.append(f"{qid}: unexpected keys {sorted(item)}")
        if not re.fullmatch(re.escape(id_prefix) + r"\d{3}", str(qid)):
            errors.append(f"{qid}: id must look like {id_prefix}001")
        if variant not in VARIANTS:
            errors.append(f"{qid}: unknown variant {variant!r}")
        variants[variant] += 1
        if not question.strip() or not unicodedata.is_normalized("NFC", question):
            errors.append(f"{qid}: question empty or not NFC")
        if variant == "no_diacritics" and not question.isascii():
            errors.append(f"{qid}: no_diacritics question contains non-ASCII characters")
        if not isinstance(facts, list):
            errors.append(f"{qid}: facts must be a list")
            continue
        if variant in UNANSWERABLE:
            if source is not None or facts:
                errors.append(f"{qid}: {variant} needs expected_source null and no facts")
            continue
        if source not in all_texts:
            errors.append(f"{qid}: unknown expected_source {source!r}")
            continue
        texts = all_texts[source]
        if not texts:
            errors.append(f"{qid}: no text available for {source} (seeds dir {seeds_dir} missing?)")
            continue
        covered[source] += 1
        if not facts:
            errors.append(f"{qid}: in-domain question needs at least one fact")
        for fact in facts:
            if not unicodedata.is_normalized("NFC", fact):
                errors.append(f"{qid}: fact {fact!r} not NFC")
            if not 1 <= len(fact.split()) <= MAX_FACT_SYLLABLES:
                errors.append(f"{qid}: fact {fact!r} must be 1-5 words (at most {MAX_FACT_SYLLABLES} syllables)")
            for label, text in texts.items():
                if fact not in text:
                    errors.append(f"{qid}: fact {fact!r} not found in {label}")
            elsewhere = [s for s, t in all_texts.items() if s != source and any(fact in x for x in t.values())]
            if elsewhere:
                notes.append(f"{qid}: fact {fact!r} also occurs in {', '.join(elsewhere)}")

    errors += [f"source {s} is not covered by any question" for s in all_sources if covered[s] == 0]
    if len(items) < min_items:
        errors.append(f"only {len(items)} items, need at least {min_items}")

    print(f"{devset.name}: {len(items)} items")
    for variant in VARIANTS:
        print(f"  {variant:15} {variants[variant]}")
    print("questions per source:")
    for source in all_sources:
        print(f"  {covered[source]:3}  {source}")
    for note in notes:
        print(f"note: {note}")
    for error in errors:
        print(f"ERROR: {error}")
    print("OK" if not errors else f"FAILED: {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
