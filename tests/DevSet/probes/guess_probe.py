#!/usr/bin/env python3
"""Guess probe: confirmation questions that state a wrong value, made mechanically from the readable dev sets.

Each answerable question asking one day, year or count ("… diễn ra hôm nào?", "… có bao nhiêu học viên?") is asked back
as a guess with a wrong value ("… diễn ra hôm 15/8 phải không?", "Có phải … có khoảng 500 học viên không?"): the bot
should answer with the true value (kind "guess": share answered, and share whose answer holds the expected fact). The
same guess with the year or province that grounds it changed to one no material mentions must still be declined (kind
"guess_trap": share answered, lower is better). Asked as typed and folded to ASCII through `ask --json`.

  python3 tests/DevSet/probes/guess_probe.py [--dll PATH] [--verbose]
"""
import json, os, re, shutil, sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(__file__))
from common import ask, knowledge_copy  # noqa: E402
from trap_probe import ROOT, YEARS, PROVINCES, absent, fold, read_docs  # noqa: E402

SETS = ["devset", "devset2", "devset3", "devset4", "devset5", "devset6", "devset7", "devset8", "devset9", "devset10",
        "holdout", "holdout2", "holdout3", "holdout4"]  # never the blind sets
ASKER = re.compile(r"\b(?:(năm|ngày|hôm) nào|(?:bao nhiêu|mấy) (học viên|người|cán bộ|đại biểu|mô hình|lớp))\b")
ASKERS = re.compile(r"\b(nào|bao nhiêu|mấy|ai|gì|đâu|sao)\b")


def probes():
    docs = read_docs()
    corpus = fold("\n".join(docs.values()))
    years = [y for y in YEARS if absent(y, corpus)]
    provinces = [p for p in PROVINCES if absent(p, corpus)]
    known = sorted({m.strip('"') for d in docs.values() for m in re.findall(r"^province: (.+)$", d, re.M)}, key=len, reverse=True)
    out, n = [], 0
    for name in SETS:
        for item in json.load(open(os.path.join(ROOT, "tests", "DevSet", name + ".json"), encoding="utf-8")):
            q, facts = item["question"].strip(), item.get("facts") or []
            m = ASKER.search(q)
            if not item.get("expected_source") or not m or len(ASKERS.findall(q)) != 1:
                continue
            n += 1
            if m.group(1) == "năm":
                value = next(y for y in ["2011", "2015", "2012"] if y not in " ".join(facts))
                said = "năm " + value
            elif m.group(1):
                value = next(d for d in ["15/8", "2/9", "20/11"] if d not in " ".join(facts))
                said = m.group(1) + " " + value
            else:
                value = "500"
                said = "khoảng 500 " + m.group(2)
            body = (q[:m.start()] + said + q[m.end():]).rstrip(" ?.!")
            guess = body + " phải không?" if n % 2 else "Có phải " + body[0].lower() + body[1:] + " không?"
            out.append({"kind": "guess", "question": guess, "facts": facts})
            # The same guess about a year or province the materials never mention.
            other = [y for y in re.findall(r"\b(?:19|20)\d\d\b", body) if y != value]
            if other:
                out.append({"kind": "guess_trap", "question": guess.replace(other[0], years[n % len(years)], 1), "facts": []})
                continue
            for p in known:
                for typed in (p, fold(p)):
                    if re.search(r"\b" + re.escape(typed) + r"\b", guess):
                        out.append({"kind": "guess_trap", "question": re.sub(r"\b" + re.escape(typed) + r"\b", provinces[n % len(provinces)], guess, count=1), "facts": []})
                        break
                else:
                    continue
                break
    return out


def main():
    dll = sys.argv[sys.argv.index("--dll") + 1] if "--dll" in sys.argv else os.path.join(ROOT, "src/DanVan.Bot/bin/Release/net10.0/DanVan.Bot.dll")
    verbose = "--verbose" in sys.argv
    items = probes()
    asked = [(p, form, q) for p in items for form, q in (("typed", p["question"]), ("folded", fold(p["question"])))]
    knowledge = knowledge_copy("guess-probe-")
    lines = ask(os.path.abspath(dll), [q for _, _, q in asked], knowledge, "guess-probe-")
    shutil.rmtree(knowledge, ignore_errors=True)
    stats = defaultdict(lambda: [0, 0, 0])
    for (p, form, q), answer in zip(asked, lines):
        answered = answer.get("outcome") == "answered"
        held = answered and p["facts"] and all(fold(f) in fold(answer.get("answer", "")) for f in p["facts"])
        cell = stats[(p["kind"], form)]
        cell[0] += answered
        cell[1] += bool(held)
        cell[2] += 1
        if verbose and (answered != (p["kind"] == "guess") or (p["kind"] == "guess" and not held)):
            print(f"[{p['kind']}/{form}] answered={answered} facts={bool(held)} :: {q}\n    {answer.get('answer', '')[:240]!r}")
    print(f"{'kind':12} {'typed answered':>16} {'facts':>6} {'folded answered':>16} {'facts':>6}")
    for kind in ("guess", "guess_trap"):
        t, f = stats[(kind, "typed")], stats[(kind, "folded")]
        print(f"{kind:12} {f'{t[0]}/{t[2]}':>16} {t[1]:>6} {f'{f[0]}/{f[2]}':>16} {f[1]:>6}")


if __name__ == "__main__":
    main()
