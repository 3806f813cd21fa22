#!/usr/bin/env python3
"""Calibration table of the answer decision: which check decided each question, over everything readable.

  calibrate.py run OUT [--dll PATH]    eval --trace-csv of every readable dev set, the trap probe, the readable chatter
                                       files and the synonym probe's substitutions of the answerable questions ("probe
                                       answerable"; each probe and chatter question typed and folded) into OUT/*.csv
  calibrate.py table OUT [OUT2]        per deciding check: answerable questions refused (false refusals; "related" is a
                                       refusal) and traps / chatter declined by it; with OUT2, before → after
  calibrate.py margins OUT             for the threshold checks (support, topic, relevance): how many refused
                                       answerable questions and declined traps/chatter lie within each distance below it

The decider of a question (DecisionSignals.Decider): "answered"; "relevance" (no passage relevant enough); "not mentioned"
(something named is in no retrieved document); below MinSupport, the window check (kind, focus, names, offices …) whose
window, set aside by it alone, reached MinSupport, "several checks" when only windows failing several checks did, else
"support"; "topic" (the supporting document holds too few of the question's word pairs). Never reads the blind sets nor
chatter_fresh2_held.txt.
"""
import csv, glob, json, os, subprocess, sys, tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
from common import DEV_SETS, fold  # noqa: E402

SETS = DEV_SETS + ["devset10"]
CHATTER = ["chatter.txt", "chatter_fresh.txt", "chatter_fresh2_dev.txt", "chatter_fresh3_dev.txt", "chatter_fields_dev.txt"]  # never the *_held.txt halves


def items_of(questions, variant):
    return [{"id": f"{variant[0]}{i:04}", "question": q, "variant": variant, "expected_source": None, "facts": []} for i, q in enumerate(questions)]


def run(out, dll):
    os.makedirs(out, exist_ok=True)
    groups = {name: os.path.join(ROOT, "tests", "DevSet", name + ".json") for name in SETS}
    import trap_probe, probe, synonym_probe as syn  # noqa: E402  (the probes' own generators)
    traps = [p["question"] for p in trap_probe.probes()]
    # Answerable questions in words the materials never write (the synonym probe's substitutions of one or two words,
    # its everyday table's of one), typed and folded: paraphrases as the blind sets hold them, to count false refusals on.
    known, everyday_known = syn.known_text(), syn.known_text(with_lexicon=False)
    substituted = []
    for turn, item in enumerate(i for name in SETS for i in json.load(open(groups[name], encoding="utf-8")) if i.get("expected_source")):
        for kind, count, table, known_words, turn_of in (("w1", 1, syn.SYNONYMS, known, 0), ("w2", 2, syn.SYNONYMS, known, 0), ("e1", 1, syn.EVERYDAY, everyday_known, turn)):
            q = syn.substitute(item["question"], count, known_words, table, turn_of, [])
            for form, text in (("t", q), ("f", fold(q) if q else None)):
                if text and (form == "t" or text != q):
                    substituted.append(dict(item, id=f"{item['id']}-{kind}{form}", question=text, variant="synonym"))
    path = os.path.join(tempfile.mkdtemp(prefix="calibrate-"), "synonymprobe.json")
    json.dump(substituted, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    groups["synonymprobe"] = path
    chatter = [q for name in CHATTER for q in probe.chatter_questions(os.path.join(HERE, name) if name != "chatter.txt" else None)]
    work = tempfile.mkdtemp(prefix="calibrate-")
    for name, questions in (("trapprobe", traps), ("chatterprobe", chatter)):
        path = os.path.join(work, name + ".json")
        typed, folded = items_of(questions, "trap" if name == "trapprobe" else "chatter"), items_of([fold(q) for q in questions], "folded")
        json.dump(typed + folded, open(path, "w", encoding="utf-8"), ensure_ascii=False)
        groups[name] = path
    for name, path in groups.items():
        r = subprocess.run(["dotnet", dll, "eval", "--devset", path, "--trace-csv", os.path.join(out, name + ".csv")], cwd=ROOT, capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"{name}: {r.stderr[-2000:]}")
        print(f"{name}: done", file=sys.stderr)


def rows(out):
    result = []
    for path in sorted(glob.glob(os.path.join(out, "*.csv"))):
        for row in csv.DictReader(open(path, encoding="utf-8")):
            row["group"] = group(row)
            result.append(row)
    return result


def group(row):
    """answerable | dev trap | probe trap | chatter (dev sets' chatter and out-of-domain, and the chatter files)."""
    if row["answerable"] == "1":
        return "probe answerable" if row["set"] == "synonymprobe" else "answerable"
    if row["set"] == "trapprobe":
        return "probe trap"
    if row["set"] == "chatterprobe" or row["variant"] in ("chatter", "out_of_domain"):
        return "chatter"
    return "dev trap"


COLUMNS = ["answerable", "paraphrase", "probe answerable", "dev trap", "probe trap", "chatter"]


def tally(data):
    t = defaultdict(Counter)
    for r in data:
        t[r["decider"]][r["group"]] += 1
        if r["group"] == "answerable" and r["variant"] == "paraphrase":
            t[r["decider"]]["paraphrase"] += 1
    return t


def table(out, after=None):
    before = tally(rows(out))
    later = tally(rows(after)) if after else None
    print("decider".ljust(16) + "".join(c.rjust(20 if later else 17) for c in COLUMNS))
    for decider in sorted(set(before) | set(later or {}), key=lambda d: (d == "answered", -sum(before[d].values()))):
        cells = [str(before[decider][c]) + (f" → {later[decider][c]}" if later else "") for c in COLUMNS]
        print(decider.ljust(16) + "".join(c.rjust(20 if later else 17) for c in cells))
    if not later:
        print("".ljust(16) + "".join(str(sum(t[c] for t in before.values())).rjust(17) for c in COLUMNS) + "  (all)")
    print("(answerable/paraphrase: questions the check refused, answered: answered ones; dev trap/probe trap/chatter: "
          "declined by the check, answered: answered ones)")


def margins(out):
    data = rows(out)
    def f(x): return float(x) if x else float("nan")
    checks = {
        "support": lambda r: (f(r["support"]), f(r["min_support"])),
        "topic": lambda r: (f(r["topic_share"]), f(r["topic_min"])),
        "relevance": lambda r: (f(r["relevance"]), 0.26),
    }
    for name, value in checks.items():
        print(f"{name}: questions it decided, by how far below its threshold (value ≥ threshold − d)")
        print("d".ljust(8) + "".join(c.rjust(11) for c in COLUMNS))
        for d in (0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15):
            c = Counter()
            for r in data:
                v, t = value(r)
                if r["decider"] == name and t - d <= v < t:
                    c[r["group"]] += 1
                    if r["group"] == "answerable" and r["variant"] == "paraphrase":
                        c["paraphrase"] += 1
            print(f"{d:<8}" + "".join(str(c[k]).rjust(11) for k in COLUMNS))


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[sys.argv.index("--dll") + 1] if "--dll" in sys.argv else os.path.join(ROOT, "src/DanVan.Bot/bin/Release/net10.0/DanVan.Bot.dll"))
    elif len(sys.argv) >= 3 and sys.argv[1] == "table":
        table(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    elif len(sys.argv) >= 3 and sys.argv[1] == "margins":
        margins(sys.argv[2])
    else:
        sys.exit(__doc__)
