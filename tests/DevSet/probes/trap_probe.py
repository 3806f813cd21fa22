#!/usr/bin/env python3
"""Trap probe: near-domain questions the materials cannot answer, made mechanically.

Each probe takes an answerable question of the readable dev sets (or a sentence pattern of a document) and changes ONE
named or asked thing so that the materials cannot answer it: a year they never mention, a province or district they do
not cover, a document number that appears nowhere, a person they never name, an article beyond the regulation's, the
head of a body where only a deputy is named, a later year's plan, a count of something never counted or of people narrowed
by a clause no text says, an outcome never stated. Every changed thing is checked absent from all materials (with and without diacritics). Each probe is asked
as typed and folded to ASCII through `ask --json` (batch mode) and the share answered is printed per kind.

  python3 tests/DevSet/probes/trap_probe.py generate > /tmp/probe.jsonl
  python3 tests/DevSet/probes/trap_probe.py run /tmp/probe.jsonl [--dll PATH] [--verbose]
"""
import glob, json, os, re, shutil, sys, unicodedata
from collections import defaultdict

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SETS = ["devset", "devset2", "devset3", "devset4", "holdout", "holdout2", "holdout3", "holdout4"]  # never the blind sets
DOCS = sorted(glob.glob(os.path.join(ROOT, "knowledge", "*.md")) + glob.glob(os.path.join(ROOT, "tests", "DevSet", "docs", "*.md")))

# Replacement pools: candidates are kept only when absent from every document.
YEARS = ["2009", "2010", "2011", "2012", "2014", "2015", "2018"]
LATER_YEARS = ["2027", "2028", "2030"]
PROVINCES = ["Lào Cai", "Bạc Liêu", "Kon Tum", "Sóc Trăng", "Yên Bái", "Hà Giang", "Bến Tre", "Phú Yên", "Lai Châu"]
DISTRICTS = ["Mường Tè", "Bảo Lạc", "Tủa Chùa", "Mù Cang Chải", "Đầm Dơi", "Kỳ Sơn", "Sơn Động"]
PERSONS = ["Nguyễn Văn Thắng", "Trần Minh Khôi", "Phạm Thị Hoa", "Lê Văn Hiếu", "Đỗ Thị Thu Hằng"]
CODES = [("Nghị quyết", "47-NQ/TW"), ("Chỉ thị", "73-CT/TW"), ("Nghị định", "145/2020/NĐ-CP"), ("Quyết định", "217-QĐ/TW"), ("Chỉ thị", "49")]
COUNTED = ["đại biểu nữ", "phóng viên", "doanh nghiệp", "giáo viên", "hộ nghèo", "đảng viên mới"]
# What narrows a count of people in a clause the materials never say ("bao nhiêu học viên bị kỷ luật").
NARROWINGS = ["bị kỷ luật", "bỏ học giữa chừng", "được tăng lương", "phải thi lại", "bị phê bình"]
CAP = 60  # probes per kind at most (an even sample of the rest)
# Everyday names of a head (folded written title → questions): "sếp lớn nhất", "chủ tịch tỉnh", "bí thư tỉnh".
COLLOQUIAL_HEADS = {
    "truong ban dan van tinh uy": ["sếp lớn nhất ban dân vận tỉnh ủy {p} tên gì", "Người đứng đầu cơ quan lo dân vận của tỉnh ủy {p} là ai?",
                                   "Bà trưởng ban lo dân vận của tỉnh ủy {p} tên gì, còn kiêm chức gì?"],
    "chu tich ubnd tinh": ["chủ tịch tỉnh {p} là ai", "ông chủ tịch tỉnh {p} tên gì?"],
    "bi thu tinh uy": ["bí thư tỉnh {p} là ai", "sếp lớn nhất tỉnh ủy {p} tên gì"],
}
OUTCOMES = ["bị hoãn", "phải dời lịch", "bị hủy"]
BODIES = ["Ban Tuyên giáo", "Ban Tổ chức", "Ủy ban Kiểm tra", "Ban Nội chính", "Hội Nông dân"]
# A fact the course's own article never gives, asked of it: (question pattern, the thing that must be absent from that article).
ASKED = [("{e} có kinh phí bao nhiêu?", "kinh phí"), ("{e} có bao nhiêu đại biểu nữ?", "nữ"), ("Ai phát biểu bế mạc {e}?", "bế mạc"),
         ("Tỷ lệ học viên đạt loại giỏi ở {e} là bao nhiêu?", "loại giỏi"), ("Ai là Giám đốc Sở Nội vụ dự {e}?", "Sở Nội vụ"),
         ("{e} có bao nhiêu phóng viên đưa tin?", "phóng viên"), ("Sau {e}, năm sau tỉnh mở thêm mấy lớp?", "năm sau")]
# An attribute the materials never give of a thing a document names (the course, a body it names, a person it names):
# (question pattern, a word whose absence from that document keeps the attribute unstated). {e} a course, {b} a body
# with its head's title {h}, {p} a person.
ATTRIBUTES = {
    "course": [("Kinh phí tổ chức {e} hết bao nhiêu tiền?", "kinh phí"), ("Học viên dự {e} được hỗ trợ tiền ăn bao nhiêu một ngày?", "tiền ăn"),
               ("Báo cáo viên ở {e} được trả thù lao bao nhiêu?", "thù lao"), ("{e} tốn hết bao nhiêu tiền vậy ad", "đồng"),
               ("Bài kiểm tra cuối {e} làm trong bao nhiêu phút?", "phút"), ("Mỗi buổi học của {e} kéo dài mấy tiếng?", "tiếng"),
               ("Số điện thoại của ban tổ chức {e} là bao nhiêu?", "điện thoại"), ("Phụ cấp cho học viên dự {e} là bao nhiêu một ngày?", "phụ cấp"),
               ("Tiền ăn ở của học viên {e} do ai chi, hết bao nhiêu?", "tiền ăn")],
    "body": [("{h} {b}, nơi phối hợp mở lớp, tên gì?", None), ("Ai đang là {h} {b}?", None), ("Số điện thoại của {b} là bao nhiêu?", "điện thoại"),
             ("Trụ sở {b} ở đâu, số nhà bao nhiêu?", "trụ sở"),
             ("{h} {b} tên j vậy ad", None)],
    "person": [("{p} năm nay bao nhiêu tuổi?", "tuổi"), ("Quê của {p} ở đâu?", "quê"), ("Số điện thoại của {p} là gì?", "điện thoại"),
               ("Lương hằng tháng của {p} là bao nhiêu?", "lương"),
               ("{p} sinh năm nào?", "sinh năm")],
}
# Bodies a document may name beside a course, with their head's title.
HEADS = [(r"Trường Chính trị tỉnh(?: [A-ZĐ]\w+(?: [A-ZĐ]\w+)?)?", "hiệu trưởng"), (r"Học viện Chính trị khu vực [IVX]+", "giám đốc"),
         (r"Sở [A-ZĐ]\w+ [a-zđ]\w+", "giám đốc"), (r"Ban (?:Tôn giáo|Dân tộc)(?: tỉnh)?", "trưởng")]


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()


def read_docs():
    return {p: open(p, encoding="utf-8").read() for p in DOCS}


def absent(thing, corpus):
    return re.search(r"(?<![\w])" + re.escape(fold(thing)) + r"(?![\w])", corpus) is None


def questions():
    for name in SETS:
        path = os.path.join(ROOT, "tests", "DevSet", name + ".json")
        if os.path.exists(path):
            for item in json.load(open(path, encoding="utf-8")):
                if item.get("expected_source"):
                    yield item["question"]


def probes():
    docs = read_docs()
    corpus = fold("\n".join(docs.values()))
    pick = lambda pool: [x for x in pool if absent(x if isinstance(x, str) else x[1], corpus)]
    years, later, provinces, districts = pick(YEARS), pick(LATER_YEARS), pick(PROVINCES), pick(DISTRICTS)
    persons, codes, counted, outcomes, narrowings = pick(PERSONS), pick(CODES), pick(COUNTED), pick(OUTCOMES), pick(NARROWINGS)
    known_provinces = sorted({m.strip('"') for d in docs.values() for m in re.findall(r"^province: (.+)$", d, re.M)}, key=len, reverse=True)
    out, n = [], 0

    def add(kind, q, changed):
        out.append({"kind": kind, "changed": changed, "question": q})

    for q in questions():
        n += 1
        rot = lambda pool: pool[n % len(pool)]
        for y in re.findall(r"\b(?:19|20)\d\d\b", q)[:1]:
            add("year", q.replace(y, rot(years)), rot(years))
            add("later_year", q.replace(y, rot(later)), rot(later))
        for p in known_provinces:
            for typed in (p, fold(p)):
                if re.search(r"\b" + re.escape(typed) + r"\b", q):
                    add("province", re.sub(r"\b" + re.escape(typed) + r"\b", rot(provinces), q, count=1), rot(provinces))
                    break
            else:
                continue
            break
        m = re.search(r"\b(huyện|xã|thị xã|thành phố|huyen|xa)\s+((?:[A-ZĐ]\w*\s?){1,3})", q)
        if m:
            add("district", q[:m.start(2)] + rot(districts) + re.sub(r"^\s+(?=[,.?:;])", "", " " + q[m.end(2):].lstrip()), rot(districts))
        m = re.search(r"\b(?:[A-ZĐ]\w+\s){2,3}[A-ZĐ]\w+", q)
        if m and re.search(r"(đồng chí|TS\.|ông|bà|dong chi)\s*$", q[:m.start()], re.I):
            add("person", q[:m.start()] + rot(persons) + q[m.end():], rot(persons))
        m = re.search(r"\b(Nghị quyết|Chỉ thị|Nghị định|Quyết định|nghi quyet|chi thi|nghi dinh)\s+(số\s+)?[\w/.\-–]*\d[\w/.\-–]*", q, re.I)
        kind, code = rot(codes)
        if m:
            add("document_code", q[:m.start()] + f"{kind} số {code}" + q[m.end():], f"{kind} {code}")
        elif n % 3 == 0:
            add("document_code", f"Theo {kind} số {code}, " + q, f"{kind} {code}")
        m = re.search(r"\bBan [Dd]ân vận\b", q)
        if m and re.search(r"\b(ai|là ai|đồng chí nào|người nào)\b", q):
            add("body", q[:m.start()] + rot(BODIES) + q[m.end():], rot(BODIES))
        m = re.search(r"\b(Điều|dieu)\s+(\d+)", q, re.I)
        if m:
            add("article", q[:m.start(2)] + str(int(m.group(2)) + 7) + q[m.end(2):], "Điều " + str(int(m.group(2)) + 7))
        m = re.search(r"(?:bao nhiêu|mấy)\s+(học viên|người|cán bộ|đại biểu|lớp|mô hình|chuyên đề|hộ|tín đồ|tôn giáo|dân tộc)\b", q)
        if m and len(re.findall(r"\b(?:bao nhieu|bao nhiu|may|nao|ai|gi)\b", fold(q))) == 1:  # a count asked alone (typos and folded askers too)
            add("count", q[:m.start(1)] + rot(counted) + q[m.end(1):], rot(counted))
            if m.group(1) in ("học viên", "người", "cán bộ", "đại biểu") and re.match(r"\s*(?:[?,.;]|$|và\b|thì\b)", q[m.end(1):]):
                # the same people, narrowed by what no text says
                narrowing = rot(narrowings)
                add("count_narrowed", q[:m.end(1)] + " " + narrowing + re.sub(r"^\s+(?=[,.?:;])", "", q[m.end(1):]), narrowing)

    # From the documents: the head of a body where only its deputy is named; an outcome never stated; a later plan.
    for path, text in docs.items():
        title = re.search(r'^title: "?(.+?)"?$', text, re.M).group(1)
        province = (re.search(r"^province: (.+)$", text, re.M) or [None, ""])[1].strip('"')
        for deputy in sorted(set(re.findall(r"Phó (Trưởng [Bb]an Dân vận Tỉnh ủy|Chủ tịch UBND tỉnh|Bí thư Tỉnh ủy)", text))):
            head = deputy[0].upper() + deputy[1:]
            if re.search(r"(?<!Phó )" + re.escape(head), text, re.I) is None and province:
                add("head_of_deputy", f"Ai là {head} {province}?", None)
                for form in COLLOQUIAL_HEADS.get(fold(head), []):  # the same head in everyday words
                    add("head_colloquial", form.format(p=province), None)
        event = title.split(":", 1)[-1].strip().rstrip(".")
        event = event[0].lower() + event[1:]
        course = event if event.startswith(("lớp", "hội nghị", "quy chế")) else ("hội nghị " if event.startswith("nâng cao") else "lớp ") + event
        course = course[0].upper() + course[1:] + (f" ở {province}" if province and province not in course else "")
        for pattern, thing in ASKED:
            if absent(thing, fold(text)):
                q = pattern.format(e=course if pattern.startswith("{e}") else course[0].lower() + course[1:])
                add("asked_fact", q, None)
        for pattern, thing in ATTRIBUTES["course"]:  # an attribute of the course the article never gives
            if absent(thing, fold(text)):
                add("attribute", pattern.format(e=course if pattern.startswith("{e}") else course[0].lower() + course[1:]), None)
        for regex, head in HEADS:  # the head, the address or the phone of a body it names but whose head it never names
            for body in sorted(set(re.findall(regex, text)))[:1]:
                body = body + (f" {province}" if province and body.endswith("tỉnh") else "")
                if absent(head + " " + body.split(" tỉnh")[0], fold(text)):
                    for pattern, thing in ATTRIBUTES["body"]:
                        if thing is None or absent(thing, fold(text)):
                            q = pattern.format(h=head, b=body)
                            add("attribute", q[0].upper() + q[1:], None)
        for person in sorted(set(re.findall(r"(?:đồng chí|ông|bà|TS\.|ThS\.) ((?:[A-ZĐ]\w+ ){2,3}[A-ZĐ]\w+)", text)))[:2]:
            for pattern, thing in ATTRIBUTES["person"]:  # what the article never says of a person it names
                if absent(thing, fold(text)):
                    q = pattern.format(p="đồng chí " + person)
                    add("attribute", q[0].upper() + q[1:], None)
        for k, counted_thing in enumerate(counted):  # a count of something the article never counts
            if absent(counted_thing, fold(text)) and k % 2 == len(title) % 2:
                add("count", f"{course} có bao nhiêu {counted_thing}?", counted_thing)
        add("count_narrowed", f"{course} có bao nhiêu học viên {narrowings[len(title) % len(narrowings)]}?", narrowings[len(title) % len(narrowings)])
        if province:  # the head of another body of the province
            body = [b for b in BODIES if b.startswith("Ban")][len(title) % 2]
            add("body", f"Trưởng {body} Tỉnh ủy {province} là ai?", body)
            add("body", f"Trưởng ban lo {body.split(' ', 1)[1].lower()} của tỉnh ủy {province} là ai, kiêm chức gì?", body)  # described by what it does
        outcome = outcomes[len(title) % len(outcomes)]
        add("outcome", f"Vì sao {event} {outcome}?", outcome)
        if province:
            add("later_year", f"Năm {later[0]}, {province} dự kiến mở bao nhiêu lớp tập huấn dân vận?", later[0])

    seen, result, per_kind = set(), [], defaultdict(int)
    for p in out:
        if p["question"] not in seen and (p["changed"] is None or absent(p["changed"], corpus)):
            seen.add(p["question"])
            per_kind[p["kind"]] += 1
            if per_kind[p["kind"]] % max(1, round(sum(x["kind"] == p["kind"] for x in out) / CAP)) == 0:
                result.append(p)
    return result


def run(path, dll, verbose):
    from common import ask, knowledge_copy
    probes = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    asked = [(p, form, q) for p in probes for form, q in (("typed", p["question"]), ("folded", fold(p["question"])))]
    knowledge = knowledge_copy("trap-probe-")
    lines = ask(os.path.abspath(dll), [q for _, _, q in asked], knowledge, "trap-probe-")
    shutil.rmtree(knowledge, ignore_errors=True)
    stats = defaultdict(lambda: [0, 0])
    for (p, form, q), answer in zip(asked, lines):
        answered = answer.get("outcome") == "answered"
        for key in ((p["kind"], form), ("all", form)):
            stats[key][0] += answered
            stats[key][1] += 1
        if verbose and answered:
            print(f"[{p['kind']}/{form}] {q}\n    {answer['answer'][:300]!r}")
    print(f"{'kind':16} {'typed':>14} {'folded':>14}")
    for kind in sorted({k for k, _ in stats}, key=lambda k: (k == "all", k)):
        cells = [f"{stats[(kind, f)][0]}/{stats[(kind, f)][1]} {stats[(kind, f)][0] / max(1, stats[(kind, f)][1]):.3f}" for f in ("typed", "folded")]
        print(f"{kind:16} {cells[0]:>14} {cells[1]:>14}")


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "generate":
        for p in probes():
            print(json.dumps(p, ensure_ascii=False))
    elif len(sys.argv) >= 3 and sys.argv[1] == "run":
        dll = sys.argv[sys.argv.index("--dll") + 1] if "--dll" in sys.argv else os.path.join(ROOT, "src/DanVan.Bot/bin/Release/net10.0/DanVan.Bot.dll")
        run(sys.argv[2], dll, "--verbose" in sys.argv)
    else:
        sys.exit(__doc__)
