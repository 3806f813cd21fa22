#!/usr/bin/env python3
"""Abbreviation probe: the dev sets' answerable questions rewritten with the short forms cadres type.

Every answerable question of the readable dev sets gets, for each abbreviation of the table below whose written-out
phrase it holds, that phrase replaced by the abbreviation (one at a time), and, as the kind `ALL`, every phrase the
table knows replaced at once. The table is written from general knowledge of Party and administrative usage, kept
apart from the app's `words.json` (so the probe measures the app's list rather than mirrors it). Each short form is
asked in several spellings: `upper` ("HĐND"), `lower` ("hđnd"), `nod` (Đ typed as D: "HDND"), `dotted` ("H.Đ.N.D")
and, for document types before a number, `glued` ("NQ25", "CT18"); each as typed and folded to ASCII (`ask --json`
batch mode, test documents indexed). It prints, per abbreviation and per spelling, the share still answered and still
holding the facts, among the questions answered / holding the facts unchanged (`--show` lists the losses).

    python3 tests/DevSet/probes/abbrev_probe.py [--dll PATH] [--sets devset,devset2,...] [--only CTDV,UBND] [--show]

Only the dev sets are read (never the blind sets: common.py refuses them).
"""
import argparse, os, re, shutil, sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DEV_SETS, DLL, ask, fold, knowledge_copy, load_items, nfc  # noqa: E402

# Short form -> the written-out phrases it stands for (", " in a phrase also matches a plain space; "-" an optional
# dash). Several readings are listed where usage has them (CT: chủ tịch, chỉ thị; TT: thông tư, thường trực, thị trấn).
TABLE = {
    'CTDV': ['công tác dân vận'], 'DVCQ': ['dân vận chính quyền'], 'DVK': ['dân vận khéo'],
    'QCDC': ['quy chế dân chủ'], 'QCDCCS': ['quy chế dân chủ ở cơ sở', 'quy chế dân chủ cơ sở'],
    'THDC': ['thực hiện dân chủ'], 'MTTQ': ['Mặt trận Tổ quốc'], 'UBMTTQ': ['Ủy ban Mặt trận Tổ quốc'],
    'UBND': ['Ủy ban nhân dân'], 'HĐND': ['Hội đồng nhân dân'], 'BCH': ['Ban Chấp hành'], 'BTV': ['Ban Thường vụ'],
    'BDV': ['Ban Dân vận'], 'BDVTU': ['Ban Dân vận Tỉnh ủy'], 'BDVTW': ['Ban Dân vận Trung ương'],
    'BDVHU': ['Ban Dân vận Huyện ủy'], 'BCĐ': ['Ban Chỉ đạo'], 'BTC': ['Ban Tổ chức'], 'BTG': ['Ban Tuyên giáo'],
    'TW': ['Trung ương'], 'TU': ['Tỉnh ủy'], 'HU': ['Huyện ủy'], 'ĐU': ['Đảng ủy'], 'ĐV': ['đảng viên'],
    'CB': ['cán bộ'], 'CC': ['công chức'], 'CBCC': ['cán bộ, công chức'], 'CBCCVC': ['cán bộ, công chức, viên chức'],
    'CBĐV': ['cán bộ, đảng viên'], 'HV': ['học viên'], 'GV': ['giảng viên'], 'BCV': ['báo cáo viên'],
    'PBT': ['Phó Bí thư'], 'BT': ['Bí thư'], 'CT': ['Chủ tịch', 'chỉ thị'], 'PCT': ['Phó Chủ tịch'],
    'TB': ['Trưởng ban'], 'PTB': ['Phó Trưởng ban'], 'TT': ['thông tư', 'thường trực', 'thị trấn'],
    'TTr': ['Thường trực'], 'ND': ['nhân dân', 'nội dung'], 'NĐ': ['nghị định'], 'NQ': ['nghị quyết'],
    'KH': ['kế hoạch'], 'QĐ': ['quyết định'], 'HD': ['hướng dẫn'], 'BC': ['báo cáo'], 'TB2': ['thông báo'],
    'HND': ['Hội Nông dân'], 'HPN': ['Hội Phụ nữ'], 'LHPN': ['Liên hiệp Phụ nữ'], 'ĐTN': ['Đoàn Thanh niên'],
    'CCB': ['cựu chiến binh'], 'CĐ': ['công đoàn', 'chuyên đề'], 'MT': ['Mặt trận'], 'HTCT': ['hệ thống chính trị'],
    'DTTS': ['dân tộc thiểu số'], 'ĐBDTTS': ['đồng bào dân tộc thiểu số'], 'ĐB': ['đại biểu', 'đồng bào'],
    'NTM': ['nông thôn mới'], 'CĐS': ['chuyển đổi số'], 'CCHC': ['cải cách hành chính'],
    'KT-XH': ['kinh tế - xã hội', 'kinh tế, xã hội'], 'ANTT': ['an ninh trật tự'], 'SN': ['sinh năm'],
    'TP': ['thành phố'], 'TX': ['thị xã'], 'TXCT': ['tiếp xúc cử tri'], 'ĐBQH': ['đại biểu Quốc hội'],
    'QH': ['Quốc hội'], 'CP': ['Chính phủ'], 'BD': ['bồi dưỡng'], 'TH': ['tập huấn'], 'HN': ['hội nghị'],
    'ĐH': ['đại hội'], 'XD': ['xây dựng'], 'XDĐ': ['xây dựng Đảng'], 'CQ': ['chính quyền', 'cơ quan'],
    'DT': ['dân tộc'], 'TG': ['tôn giáo'], 'TĐ': ['thi đua'], 'GS': ['giám sát'], 'PB': ['phản biện'],
    'ĐTBD': ['đào tạo, bồi dưỡng'], 'KDC': ['khu dân cư'], 'HTX': ['hợp tác xã'], 'LĐ': ['lãnh đạo'],
    'CTXH': ['chính trị - xã hội', 'chính trị xã hội'], 'DN': ['doanh nghiệp'], 'CS': ['cơ sở'], 'NN': ['Nhà nước'],
    'KNTC': ['khiếu nại, tố cáo'], 'MH': ['mô hình'], 'PT': ['phong trào'], 'VP': ['văn phòng'],
}
# Document types: before a number the short form is also typed glued to it ("NQ25", "CT18", "QĐ 217").
DOCUMENT_TYPES = {'NQ', 'CT', 'NĐ', 'KH', 'QĐ', 'HD', 'TB2', 'BC', 'TT'}
# Old and new tone placement ("Uỷ"/"Ủy", "hoà"/"hòa") match each other.
TONE_PAIRS = [('ủy', 'uỷ'), ('úy', 'uý'), ('ùy', 'uỳ'), ('ụy', 'uỵ'), ('ũy', 'uỹ'), ('òa', 'oà'), ('óa', 'oá'),
              ('ỏa', 'oả'), ('õa', 'oã'), ('ọa', 'oạ'), ('òe', 'oè'), ('óe', 'oé'), ('ỏe', 'oẻ'), ('ọe', 'oẹ')]


def shown(abbreviation): return re.sub(r'\d+$', '', abbreviation)  # TB2 is the second TB of the table


def phrase_pattern(phrase, folded):
    """A regex for the phrase as a whole-word run, in the question's form (folded or typed)."""
    text = fold(phrase) if folded else phrase.lower()
    parts = []
    for word in re.split(r'(\s*-\s*|,\s*|\s+)', text):
        if not word: continue
        if word.strip() == '-': parts.append(r'\s*[-–]?\s*')
        elif word.strip() == ',' or word.startswith(','): parts.append(r',?\s+')
        elif word.isspace(): parts.append(r'\s+')
        else:
            w = re.escape(word)
            for a, b in TONE_PAIRS: w = w.replace(a, f'(?:{a}|{b})')
            parts.append(w)
    return re.compile(r'(?<![\w/])' + ''.join(parts) + r'(?![\w/])', re.IGNORECASE)


def spellings(abbreviation):
    """(spelling kind, written form) pairs of a short form."""
    a = shown(abbreviation)
    out = [('upper', a), ('lower', a.lower())]
    if 'Đ' in a: out.append(('nod', a.replace('Đ', 'D')))
    letters = a.replace('-', '')
    if '-' not in a and len(letters) >= 3 and letters.isalpha() and letters.upper() == letters: out.append(('dotted', '.'.join(letters)))
    return out


def inside_longer(text, match, phrase, folded):
    """True when the match is part of a longer phrase of the table ("báo cáo" of "báo cáo viên"): never abbreviated alone."""
    for longer in (p for ps in TABLE.values() for p in ps if len(p) > len(phrase) and fold(phrase).lower() in fold(p).lower()):
        for m in phrase_pattern(longer, folded).finditer(text):
            if m.start() <= match.start() and match.end() <= m.end(): return True
    return False


def rewrite(question, abbreviations, spelling):
    """The question with the phrases of each abbreviation replaced (None if none occurs)."""
    folded = fold(question) == question
    out, done = question, False
    phrases = sorted(((p, a) for a in abbreviations for p in TABLE[a]), key=lambda x: -len(x[0]))
    for phrase, a in phrases:
        if folded and ' ' not in phrase.strip(): continue  # one folded syllable reads several ways ("dang": Đảng, đang)
        form = shown(a) if spelling == 'glued' else dict(spellings(a)).get(spelling)
        if form is None: return None
        if folded: form = fold(form)
        pattern = phrase_pattern(phrase, folded)
        if spelling == 'glued':
            glued = re.compile(pattern.pattern + r'(\s+số)?\s+(\d)', re.IGNORECASE)
            new = glued.sub(lambda m: form + m.group(m.lastindex), out)
        else:
            new = pattern.sub(lambda m: m.group(0) if inside_longer(out, m, phrase, folded) else form, out)
        if new != out: out, done = new, True
    return out if done else None


def collapse(text): return ' '.join(nfc(text).split()).lower()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dll', default=DLL)
    ap.add_argument('--sets', default=','.join(DEV_SETS))
    ap.add_argument('--only', default='', help='comma-separated short forms of the table to ask (default: all)')
    ap.add_argument('--show', action='store_true', help='print the rewritten questions that lost the answer or a fact')
    ap.add_argument('--count', action='store_true', help='print how many questions would be asked, and stop')
    args = ap.parse_args()
    items = [x for x in load_items(args.sets) if x.get('expected_source')]
    chosen = [a for a in TABLE if not args.only or shown(a) in args.only.split(',') or a in args.only.split(',')]
    probes = []  # (item, form, abbreviation, spelling, question)

    def add(item, abbreviation, spelling, q):
        probes.append((item, 'typed' if fold(q) != q or fold(item['question']) == item['question'] else 'folded', abbreviation, spelling, q))
        if fold(q) != q: probes.append((item, 'folded', abbreviation, spelling, fold(q)))

    for item in items:
        q = item['question']
        add(item, None, 'clean', q)
        for a in chosen:
            for spelling, _ in spellings(a):
                r = rewrite(q, [a], spelling)
                if r is None: break
                if spelling == 'nod': probes.append((item, 'typed', a, spelling, r)); continue  # folded: same as upper
                if spelling == 'dotted' and fold(q) != q: probes.append((item, 'typed', a, spelling, r)); continue
                add(item, a, spelling, r)
            if a in DOCUMENT_TYPES and (r := rewrite(q, [a], 'glued')) is not None: add(item, a, 'glued', r)
        for spelling in ('upper', 'lower'):
            r = rewrite(q, chosen, spelling) if not args.only else None
            if r is not None: add(item, 'ALL', spelling, r)
    if args.count: print(len(probes), 'questions'); return
    knowledge = knowledge_copy('qabbrev-kn-')
    answers = ask(args.dll, [p[4] for p in probes], knowledge, prefix='qabbrev-')
    shutil.rmtree(knowledge, ignore_errors=True)
    clean, stats = {}, defaultdict(lambda: [0, 0, 0, 0])
    for (item, form, a, spelling, q), ans in zip(probes, answers):
        answered = ans.get('outcome') == 'answered'
        facts = answered and bool(item['facts']) and all(collapse(f) in collapse(ans.get('answer', '')) for f in item['facts'])
        if a is None: clean[(item['id'], form)] = (answered, facts); continue
        base = clean.get((item['id'], form)) or clean.get((item['id'], 'typed'))
        if base is None or not base[0]: continue
        name = shown(a) if a != 'ALL' else 'ALL'
        for key in ((name, spelling, form), (name, '*', form), (name, '*', '*'), ('~' + spelling, '*', form), ('~TOTAL', '*', form)):
            s = stats[key]; s[0] += answered; s[1] += 1
            if base[1]: s[2] += facts; s[3] += 1
        if args.show and not (answered and (facts or not base[1])):
            print(f"  {item['id']} {name} {spelling} {form} -> {ans.get('outcome')} facts={facts}: {q}")
    print(f"clean answered: {sum(v[0] for v in clean.values())}/{len(clean)}")
    for key in sorted(stats):
        s = stats[key]
        facts = f" facts {s[2]/s[3]:6.3f} ({s[2]:4}/{s[3]:4})" if s[3] else ''
        print(f"{key[0]:8} {key[1]:7} {key[2]:7} still answered {s[0]/s[1]:6.3f} ({s[0]:4}/{s[1]:4}){facts}")


if __name__ == '__main__':
    main()
