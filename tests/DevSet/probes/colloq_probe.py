#!/usr/bin/env python3
"""Colloquial probe: the dev sets' questions rewritten the way cadres type on a phone, in teencode and in regional
speech, with their content unchanged.

Each question gets three rewrites from the table below (kept apart from the app's word lists, so the probe measures
them rather than mirrors them): `teen` (chat shorthand typed without diacritics: "ko", "dc", "j", "bn", "vs", "ntn",
"ad oi …", "… z mn"), `south` (Southern speech: "hông", "hổng", "bữa nào", "chừng nào", "mấy ổng", "dzậy", "nhen",
"nghen"), `central`/`north` (Central "chi", "răng", "mô", "rứa"; Northern "bao giờ", "thế", "nhỉ"). Each is asked as
typed and folded to ASCII (`ask --json` batch mode, test documents indexed). It prints per kind the share of the
answerable questions still answered and still holding the facts, among those answered / holding the facts unchanged,
and the share of the questions the materials cannot answer (traps, chatter) still declined among those declined
unchanged (`--show` lists the ones that changed).

    python3 tests/DevSet/probes/colloq_probe.py [--dll PATH] [--sets devset,devset2,...] [--show]

Only the dev sets are read (never the blind holdout5+ sets).
"""
import argparse, os, re, shutil, sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import DEV_SETS, DLL, ask, fold, knowledge_copy, load_items, nfc  # noqa: E402

# The tenth dev set is readable from round 8 on; the other probes keep their own list (their figures stay comparable).
SETS = DEV_SETS + ['devset10']
common.DEV_SETS = SETS

# (standard phrase, replacement) per register, applied in order, whole words only, case-insensitive. A standard phrase
# is matched as typed and folded; a replacement keeps the question's form (folded in a folded question).
TABLES = {
    'teen': [('bao nhiêu', 'bn'), ('như thế nào', 'ntn'), ('thế nào', 'ntn'), ('không', 'ko'), ('được', 'dc'),
             ('với', 'vs'), ('gì', 'j'), ('vậy', 'z'), ('mọi người', 'mn'), ('bạn', 'bn'), ('những', 'nhung'),
             ('khi nào', 'khi nao'), ('biết', 'bit'), ('rồi', 'r'), ('người', 'ng'), ('tôi', 't'), ('mình', 'mk')],
    'south': [('bao nhiêu', 'bi nhiêu'), ('không', 'hông'), ('khi nào', 'chừng nào'), ('bao giờ', 'hồi nào'),
              ('ngày nào', 'bữa nào'), ('hôm nào', 'bữa nào'), ('họ', 'mấy ổng'), ('vậy', 'dzậy'), ('làm', 'mần'),
              ('tôi', 'tui'), ('chúng tôi', 'tụi tui'), ('các', 'mấy'), ('như thế nào', 'sao'), ('thế nào', 'sao'),
              ('ông ấy', 'ổng'), ('bà ấy', 'bả'), ('rất', 'dữ lắm'), ('ở đâu', 'ở chỗ nào')],
    'central': [('gì', 'chi'), ('tại sao', 'tại răng'), ('vì sao', 'vì răng'), ('như thế nào', 'răng'),
                ('thế nào', 'răng'), ('ở đâu', 'ở mô'), ('khi nào', 'khi mô'), ('vậy', 'rứa'), ('này', 'ni')],
    'north': [('khi nào', 'bao giờ'), ('vậy', 'thế'), ('như thế nào', 'ra làm sao'), ('gì', 'gì thế'),
              ('có không', 'có không nhỉ')],
}
UNAMBIGUOUS_FOLDED = {'khong', 'duoc', 'gi', 'vay', 'nhung', 'nguoi'}
OPENERS = {'teen': ['ad oi ', 'mn oi cho mk hoi ', 'ad cho hoi ', ''],
           'south': ['Cho tui hỏi nhen, ', 'Bữa hổm nghe nói ', 'Ad ơi cho hỏi cái, ', ''],
           'central': ['Cho em hỏi rứa, ', 'Ad ơi, ', ''],
           'north': ['Các bác cho em hỏi tí, ', 'Bot ơi, ', '']}
CLOSERS = {'teen': [' vay ad', ' z mn', ' nha ad', ' dc ko ad', ''],
           'south': [' vậy ta', ' nghen', ' hen', ' dzậy ad', ''],
           'central': [' rứa hè', ' hỉ', ' rứa ad', ''],
           'north': [' thế nhỉ', ' ạ', ' đấy nhỉ', '']}


def bare(question):
    """The question without its closing punctuation."""
    return question.strip().rstrip('?.!… ').strip()


def replace_words(text, table):
    """The text with each standard phrase replaced, whole words only. In a question typed without diacritics only the
    phrases whose folded form reads one way are replaced ("khong", "bao nhieu"; not "ho", which is also hồ or hộ)."""
    folded_text = fold(text) == text
    for standard, colloquial in table:
        if folded_text and ' ' not in standard and fold(standard) not in UNAMBIGUOUS_FOLDED: continue
        form, new = (fold(standard), fold(colloquial)) if folded_text else (standard, colloquial)
        text = re.sub(r'(?<![\w/])' + re.escape(form) + r'(?![\w/])', lambda m: new, text, flags=re.IGNORECASE)
    return text


def variants(question, index):
    """(kind, question) pairs: the question in each register; the teencode one is always typed without diacritics."""
    q = bare(question)
    folded_question = fold(q) == q
    out = []
    for kind, table in TABLES.items():
        body = fold(replace_words(q, table)).lower() if kind == 'teen' else replace_words(q, table)
        opener = OPENERS[kind][index % len(OPENERS[kind])]
        closer = CLOSERS[kind][index % len(CLOSERS[kind])]
        if folded_question: opener, closer = fold(opener), fold(closer)
        if opener and body[:1].isupper() and not (len(body.split()) > 1 and body.split()[1][:1].isupper()):
            body = body[:1].lower() + body[1:]
        text = opener + body + closer + ('' if kind == 'teen' or folded_question else '?')
        if text != question: out.append((kind, text))
    return out


def collapse(text): return ' '.join(nfc(text).split()).lower()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dll', default=DLL)
    ap.add_argument('--sets', default=','.join(SETS))
    ap.add_argument('--show', action='store_true', help='print the rewritten questions whose decision changed')
    args = ap.parse_args()
    items = load_items(args.sets)
    probes = []  # (item, form, kind, question)
    for index, item in enumerate(items):
        for kind, q in [('clean', item['question'])] + variants(item['question'], index):
            probes.append((item, 'typed' if fold(q) != q or fold(item['question']) == item['question'] else 'folded', kind, q))
            if fold(q) != q: probes.append((item, 'folded', kind, fold(q)))
    knowledge = knowledge_copy('qcolloq-kn-')
    answers = ask(args.dll, [p[3] for p in probes], knowledge, prefix='qcolloq-')
    shutil.rmtree(knowledge, ignore_errors=True)
    clean, stats = {}, defaultdict(lambda: [0, 0, 0, 0])
    for (item, form, kind, q), a in zip(probes, answers):
        answered = a.get('outcome') == 'answered'
        facts = answered and bool(item['facts']) and all(collapse(f) in collapse(a.get('answer', '')) for f in item['facts'])
        answerable = bool(item.get('expected_source'))
        if kind == 'clean': clean[(item['id'], form)] = (answered, facts); continue
        base = clean.get((item['id'], form)) or clean.get((item['id'], 'typed'))
        if base is None: continue
        group = 'answerable' if answerable else 'declined'
        if answerable:
            if not base[0]: continue
            keys = ((group, kind, form), (group, kind, 'all'), (group, 'ALL', 'all'))
            for key in keys:
                s = stats[key]; s[0] += answered; s[1] += 1
                if base[1]: s[2] += facts; s[3] += 1
            if args.show and not (answered and (facts or not base[1])): print(f"  {item['id']} {form} {kind} -> {a.get('outcome')} facts={facts}: {q}")
        else:
            if base[0]: continue
            for key in ((group, kind, form), (group, kind, 'all'), (group, 'ALL', 'all')):
                s = stats[key]; s[0] += not answered; s[1] += 1
            if args.show and answered: print(f"  {item['id']} {form} {kind} -> ANSWERED: {q}")
    for key in sorted(stats):
        s = stats[key]
        if key[0] == 'answerable':
            facts = f" facts {s[2]/s[3]:6.3f} ({s[2]:4}/{s[3]:4})" if s[3] else ''
            print(f"{key[0]:10} {key[1]:8} {key[2]:7} still answered {s[0]/s[1]:6.3f} ({s[0]:4}/{s[1]:4}){facts}")
        else:
            print(f"{key[0]:10} {key[1]:8} {key[2]:7} still declined {s[0]/s[1]:6.3f} ({s[0]:4}/{s[1]:4})")


if __name__ == '__main__':
    main()
