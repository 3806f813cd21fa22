#!/usr/bin/env python3
"""Diacritics-parity and chatter probes for DanVan.Bot, asked through `ask --json` batch mode.

  probe.py chatter [--verbose] [--file F]   everyday questions (chatter.txt + templates, or only those of F), typed and
                                 folded: share answered (want 0)
  probe.py parity  [--verbose]   dev-set questions and questions made from document sentences, typed and folded:
                                 share getting the same decision (answered or not)

Run from the repository root after `dotnet build -c Release src/DanVan.Bot`. Indexes knowledge/*.md and
tests/DevSet/docs/*.md into a temporary database. Never reads the blind sets (holdout5.json and later).
"""
import json, os, re, shutil, subprocess, sys, tempfile, unicodedata

ROOT = os.getcwd()
HERE = os.path.join(ROOT, "tests", "DevSet", "probes")
DLL = os.path.join(ROOT, "src", "DanVan.Bot", "bin", "Release", "net10.0", "DanVan.Bot.dll")
DEV_SETS = ["devset", "devset2", "devset3", "devset4", "holdout", "holdout2", "holdout3", "holdout4"]


def fold(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


# Templates over everyday topics, places the materials name among them: the place alone must not make them answerable.
PLACES = ["Hà Nội", "Bình Phước", "Cà Mau", "Hà Nam", "Nghệ An", "Ninh Bình", "Quảng Trị", "Tuyên Quang", "Đắk Nông", "Thái Bình"]
TEMPLATES = [
    ("Thời tiết {p} ngày mai thế nào?", PLACES),
    ("{p} có món đặc sản gì ngon?", PLACES),
    ("Đi du lịch {p} nên đi đâu chơi?", PLACES),
    ("Giá đất ở {p} hiện nay bao nhiêu một mét vuông?", PLACES),
    ("Điểm chuẩn vào lớp 10 ở {p} năm nay là bao nhiêu?", PLACES),
    ("Xe khách từ {p} đi Sài Gòn mấy giờ chạy?", PLACES),
    ("Đội bóng đá {p} đang đứng thứ mấy?", PLACES),
    ("Bệnh viện nào ở {p} khám tốt nhất?", PLACES),
    ("Thủ tục làm căn cước ở {p} mất mấy ngày?", PLACES),
    ("Giá xăng ở {p} hôm nay bao nhiêu?", PLACES),
    ("Cửa hàng điện thoại nào ở {p} uy tín?", PLACES),
    ("Cách {p}?", ["nấu bún bò Huế", "làm bánh flan", "trồng cây chanh trong chậu", "sửa vòi nước bị rỉ",
                  "tập bơi cho người lớn", "học tiếng Anh giao tiếp", "chữa ho cho trẻ", "đăng ký thuê bao điện thoại",
                  "giữ rau tươi lâu", "làm đẹp da bằng nghệ", "tiết kiệm tiền điện mùa hè", "chọn dưa hấu ngọt"]),
]


def chatter_questions(path=None):
    with open(path or os.path.join(HERE, "chatter.txt"), encoding="utf-8") as f:
        written = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    return written if path else written + [t.format(p=v) for t, values in TEMPLATES for v in values]


NUMBER = re.compile(r"\b\d+(?:[.,]\d+)*\b(?!/)")


def sentence_questions(limit=120):
    """Questions made from document sentences: the first count of a sentence replaced by 'bao nhiêu'."""
    sentences = []
    for folder in ("knowledge", os.path.join("tests", "DevSet", "docs")):
        for name in sorted(os.listdir(os.path.join(ROOT, folder))):
            if not name.endswith(".md"):
                continue
            with open(os.path.join(ROOT, folder, name), encoding="utf-8") as f:
                body = f.read().split("---", 2)[-1]
            for s in re.split(r"(?<=[.!?])\s+|\n+", body):
                s = re.sub(r"^[\s\-*#>(]*([a-zđ]\)|\d+\.)?\s*", "", s).strip()
                m = NUMBER.search(s)
                if not 40 <= len(s) <= 220:
                    continue
                if m and not re.fullmatch(r"(19|20)\d\d", m.group()) and "/" not in s[max(0, m.start() - 1):m.end() + 1]:
                    clause = re.split(r"[;:]", s[m.start():])[0]
                    start = s.rfind(",", 0, m.start()) + 1
                    sentences.append(s[start:m.start()].strip() + " bao nhiêu" + clause[len(m.group()):].rstrip(" .,") + "?")
                elif not m:
                    head = re.split(r"[,;:(]", s)[0].split()
                    if 6 <= len(head) <= 14:
                        sentences.append(" ".join(head).rstrip(" .") + " như thế nào?")
    step = max(1, len(sentences) // limit)
    return [q for q in sentences[::step] if len(q.split()) >= 5][:limit]


def dev_questions():
    out = []
    for name in DEV_SETS:
        path = os.path.join(ROOT, "tests", "DevSet", name + ".json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                out += [item["question"] for item in json.load(f)]
    return out


def ask(questions):
    work = tempfile.mkdtemp(prefix="qprobe-")
    know = os.path.join(work, "knowledge")
    os.mkdir(know)
    for folder in ("knowledge", os.path.join("tests", "DevSet", "docs")):
        for name in os.listdir(os.path.join(ROOT, folder)):
            if name.endswith(".md"):
                shutil.copy(os.path.join(ROOT, folder, name), know)
    env = dict(os.environ, Storage__DatabasePath=os.path.join(work, "probe.db"), Knowledge__Path=know)
    out = subprocess.run(["dotnet", DLL, "ask", "--json"], input="\n".join(questions) + "\n", capture_output=True,
                         text=True, env=env, cwd=work, check=True).stdout
    shutil.rmtree(work, ignore_errors=True)
    replies = [json.loads(l) for l in out.splitlines() if l.startswith("{")]
    assert len(replies) == len(questions), (len(replies), len(questions))
    return [r.get("outcome") == "answered" for r in replies]


def main():
    what, verbose = sys.argv[1], "--verbose" in sys.argv
    if what == "chatter":
        typed = chatter_questions(sys.argv[sys.argv.index("--file") + 1] if "--file" in sys.argv else None)
        folded = [fold(q) for q in typed]
        answered = ask(typed + folded)
        a, b = answered[:len(typed)], answered[len(typed):]
        print(f"chatter: {len(typed)} questions x 2; answered typed {sum(a)}/{len(typed)} = {sum(a)/len(typed):.3f}, "
              f"folded {sum(b)}/{len(typed)} = {sum(b)/len(typed):.3f}, all {(sum(a)+sum(b))/(2*len(typed)):.3f}")
        if verbose:
            for q, f, x, y in zip(typed, folded, a, b):
                if x: print("  answered typed  :", q)
                if y: print("  answered folded :", f)
    elif what == "parity":
        groups = [("dev sets", dev_questions()), ("document sentences", sentence_questions())]
        for label, typed in groups:
            answered = ask(typed + [fold(q) for q in typed])
            a, b = answered[:len(typed)], answered[len(typed):]
            same = sum(x == y for x, y in zip(a, b))
            print(f"parity {label}: {same}/{len(typed)} = {same/len(typed):.3f} (answered typed {sum(a)}, folded {sum(b)})")
            if verbose:
                for q, x, y in zip(typed, a, b):
                    if x != y: print(f"  typed={'A' if x else '-'} folded={'A' if y else '-'} :: {q}")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
