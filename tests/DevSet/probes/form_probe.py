#!/usr/bin/env python3
"""Question-form probe: the dev sets' questions with their form changed, not their content.

Every question is wrapped or reshaped the way cadres type in a chat: an opener ("Cho em hỏi, …", "Ad ơi, …"), a
closer ("… vậy ạ?"), a list imperative ("…, kể ra giúp em."), a yes/no frame around it ("Bạn có biết … không?"), an
approximating filler before the count asked ("khoảng bao nhiêu"), the asked phrase moved ("… khi nào?" ↔
"Khi nào …?", "… là ai?" → "Ai là …?"), a preposition before the province or the year named ("ở Cà Mau" → "bên Cà
Mau", "năm 2016" → "hồi năm 2016"), and the one count asked in its magnitude ("bao nhiêu người" → "mấy trăm người"
when the figure is in the hundreds, "mấy chục" in the tens; traps: "mấy trăm"). Each is asked as typed and folded to ASCII (`ask --json` batch mode, test
documents indexed). It prints, per kind, the share of answerable questions still answered among those answered
unchanged, and the share of the questions the materials cannot answer (traps, chatter) still declined among those
declined unchanged (`--show` lists the ones that changed).

    python3 tests/DevSet/probes/form_probe.py [--dll PATH] [--sets devset,devset2,...] [--show]

Only the dev sets are read (never the blind holdout5+ sets).
"""
import argparse, os, re, shutil, sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DEV_SETS, DLL, ask, fold, knowledge_copy, load_items  # noqa: E402

OPENERS = ['Cho em hỏi, ', 'Ad ơi, ', 'Mọi người cho hỏi, ', 'Nhờ bot tra giúp: ', 'Anh chị ơi cho em hỏi chút, ', 'Bot ơi, ']
CLOSERS = [' vậy ạ?', ' thế nhỉ?', ' ạ?', ', bot trả lời giúp em nhé.']
LISTS = [', kể ra giúp em.', ', tóm tắt giúp em.', ', nói rõ giúp mình với.']
YES_NO = ['Bạn có biết {} không?', 'Tài liệu có nêu {} không?']
FRONT = ['khi nào', 'lúc nào', 'bao giờ']  # an asked time said at the end moves to the front, and back
COUNT = re.compile(r'(?<![\w])(bao nhiêu|bao nhieu|mấy|may)(?![\w])', re.IGNORECASE)
NUMBERED = re.compile(r'(số|sô|so|thứ|thư|thu|bộ|bo|tháng|thang|năm|nam|ngày|ngay|vực|vuc|điều|dieu|khoản|khoan|lần|lan)\s*$', re.IGNORECASE)
YES_NO_END = re.compile(r'(không|khong|chưa|chua)$', re.IGNORECASE)
APPROX = re.compile(r'(khoảng|khoang|chừng|chung|tầm|tam)\s*$', re.IGNORECASE)
# The provinces the app knows (read from its source), each as written and folded.
_PROVINCES_CS = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'src', 'DanVan.Core', 'Text', 'Provinces.cs'), encoding='utf-8').read()
_NAMES = re.findall(r'"([^"]+)"', _PROVINCES_CS[_PROVINCES_CS.index('Names ='):_PROVINCES_CS.index('];')])
PROVINCE = re.compile(r'(?<![\w])((?:(?:ở|o|tại|tai) )?(?:(?:tỉnh|tinh) )?)(' + '|'.join(re.escape(n) for n in sorted(set(_NAMES + [fold(n) for n in _NAMES]), key=len, reverse=True)) + r')(?![\w])', re.IGNORECASE)
YEAR = re.compile(r'(?<![\w/\-–])((?:(?:năm|nam) )?)((?:19|20)\d{2})(?![\w/\-–])', re.IGNORECASE)
NOT_BEFORE_YEAR = re.compile(r'(từ|tu|đến|den|tới|toi|đoạn|doan|và|va|hồi|hoi|dạo|dao)\s*$', re.IGNORECASE)


def bare(question):
    """The question without its closing punctuation."""
    return question.strip().rstrip('?.!… ').strip()


def lower_first(text):
    """The text with its first letter lower case, unless it opens a name ("Bình Phước", "Ban Dân vận")."""
    words = text.split()
    if len(words) > 1 and words[1][:1].isupper(): return text
    return text[:1].lower() + text[1:]


def upper_first(text): return text[:1].upper() + text[1:]


def magnitude(item):
    """The magnitude of the figure of a question asking one count ("trăm", "chục"), "trăm" for a trap; None otherwise."""
    if not item.get('expected_source'): return 'trăm'
    figures = [int(m.group(1).replace('.', '')) for f in item.get('facts', []) for m in [re.match(r'\s*(\d[\d.]*)(?![\d,%])\b', f)] if m and '%' not in f]
    if len(figures) != 1: return None
    return 'trăm' if 100 <= figures[0] < 1000 else 'chục' if 20 <= figures[0] < 100 else None


def variants(question, index, item=None):
    """(kind, question) pairs: the question with its form changed; kinds that do not apply are left out."""
    q = bare(question)
    out = [('opener', OPENERS[index % len(OPENERS)] + lower_first(q) + '?'),
           ('closer', q + CLOSERS[index % len(CLOSERS)]),
           ('list', q + LISTS[index % len(LISTS)])]
    if not YES_NO_END.search(q): out.append(('yes_no', YES_NO[index % len(YES_NO)].format(lower_first(q))))
    count = COUNT.search(q)
    if count and not APPROX.search(q[:count.start()]) and not NUMBERED.search(q[:count.start()]):
        out.append(('approx', q[:count.start()] + ('khoang ' if fold(q) == q else 'khoảng ') + q[count.start():] + '?'))
    province = PROVINCE.search(q)
    if province:
        name = province.group(2)
        prep = 'ben ' if fold(name) == name else 'bên '
        kept = re.sub(r'^(ở|o|tại|tai) ', '', province.group(1), flags=re.IGNORECASE)
        out.append(('place_prep', q[:province.start()] + prep + kept + name + q[province.end():] + '?'))
    year = YEAR.search(q)
    if year and not NOT_BEFORE_YEAR.search(q[:year.start()]):
        out.append(('time_prep', q[:year.start()] + ('hoi ' if fold(q) == q else 'hồi ') + q[year.start():] + '?'))
    counts = list(COUNT.finditer(q))
    size = magnitude(item) if item is not None and len(counts) == 1 and not NUMBERED.search(q[:counts[0].start()]) else None
    if size:
        asked = 'may ' + fold(size) if fold(q) == q else 'mấy ' + size
        out.append(('magnitude', q[:counts[0].start()] + asked + q[counts[0].end():] + '?'))
    low = q.lower()
    for asker in FRONT + [fold(a) for a in FRONT]:
        if low.endswith(' ' + asker):
            out.append(('moved', upper_first(asker) + ' ' + lower_first(q[:-len(asker)].rstrip(' ,')) + '?'))
            break
        if low.startswith(asker + ' '):
            out.append(('moved', upper_first(q[len(asker):].strip()) + ' ' + asker + '?'))
            break
    else:
        for who in ('là ai', 'la ai'):
            if low.endswith(' ' + who):
                out.append(('moved', ('Ai là ' if who == 'là ai' else 'Ai la ') + lower_first(q[:-len(who)].rstrip(' ,')) + '?'))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dll', default=DLL)
    ap.add_argument('--sets', default=','.join(DEV_SETS))
    ap.add_argument('--show', action='store_true', help='print the reshaped questions whose decision changed')
    args = ap.parse_args()
    items = load_items(args.sets)
    probes = []  # (item, form, kind, question)
    for index, item in enumerate(items):
        for kind, q in [('clean', item['question'])] + variants(item['question'], index, item):
            probes.append((item, 'typed', kind, q))
            if fold(q) != q: probes.append((item, 'folded', kind, fold(q)))
    knowledge = knowledge_copy('qform-kn-')
    answers = ask(args.dll, [p[3] for p in probes], knowledge, prefix='qform-')
    shutil.rmtree(knowledge, ignore_errors=True)
    clean, stats = {}, defaultdict(lambda: [0, 0])
    for (item, form, kind, q), a in zip(probes, answers):
        answered = a.get('outcome') == 'answered'
        if kind == 'clean': clean[(item['id'], form)] = answered; continue
        answerable = bool(item.get('expected_source'))
        if (item['id'], form) not in clean or clean[(item['id'], form)] != answerable: continue
        group = 'answerable' if answerable else 'declined'
        kept = answered if answerable else not answered
        for key in ((group, kind, form), (group, kind, 'all'), (group, 'ALL', 'all')):
            stats[key][0] += kept; stats[key][1] += 1
        if args.show and not kept: print(f"  {item['id']} {form} {kind} -> {a.get('outcome')}: {q}")
    print(f"clean: answerable answered {sum(v for (i, f), v in clean.items() if i in {x['id'] for x in items if x.get('expected_source')})}, "
          f"asked {len(clean)} (typed and folded)")
    for key in sorted(stats):
        s = stats[key]
        what = 'still answered' if key[0] == 'answerable' else 'still declined'
        print(f"{key[0]:10} {key[1]:8} {key[2]:7} {what} {s[0]/s[1]:6.3f} ({s[0]:4}/{s[1]:4})")


if __name__ == '__main__':
    main()
