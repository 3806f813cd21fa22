#!/usr/bin/env python3
"""Typo probe: realistic typos generated mechanically from the answerable questions of the dev sets.

For every question (with and without diacritics) it makes one typo of each kind, asks the bot (`ask --json` batch
mode, test documents indexed) and reports per kind the share of answerable questions still answered and the share
whose answer still holds the facts, counted over those whose clean form was answered / held the facts; and the share
of the questions the materials cannot answer (traps, chatter) still declined with the typo.

    python3 tests/DevSet/probes/typo_probe.py [--dll PATH] [--sets devset,devset2,...] [--show KIND]

Only the dev sets are read (never the blind holdout5+ sets).
"""
import argparse, json, os, random, shutil, subprocess, sys, tempfile, unicodedata
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DEV_SETS, DLL, ask, fold, knowledge_copy, load_items, nfc  # noqa: E402

TONES = {'\u0301': 's', '\u0300': 'f', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j'}
VNI_TONES = {'\u0301': '1', '\u0300': '2', '\u0309': '3', '\u0303': '4', '\u0323': '5'}
MODS = {'\u0302', '\u0306', '\u031B'}
VOWELS = set('aeiouy')


def nfd(s): return unicodedata.normalize('NFD', s)



def letters(word): return word.isalpha()


def telex(syllable):
    """The keys a telex typist presses for the syllable: modifiers after the vowel, the tone key at the end."""
    out, tone = [], ''
    for c in nfd(syllable):
        if c in TONES: tone = TONES[c]
        elif c == '\u0302': out.append(out[-1].lower())            # â ê ô -> aa ee oo
        elif c in ('\u0306', '\u031B'): out.append('w')           # ă ơ ư -> aw ow uw
        elif c in 'đĐ': out.append(c == 'đ' and 'dd' or 'Dd')
        else: out.append(c)
    return ''.join(out) + tone


def vni(syllable):
    out, tone = [], ''
    for c in nfd(syllable):
        if c in VNI_TONES: tone = VNI_TONES[c]
        elif c == '\u0302': out.append('6')
        elif c == '\u0306': out.append('8')
        elif c == '\u031B': out.append('7')
        elif c in 'đĐ': out.append(c == 'đ' and 'd9' or 'D9')
        else: out.append(c)
    return ''.join(out) + tone


def set_tone(syllable, tone):
    """The syllable with its tone mark replaced by tone ('' removes it)."""
    chars = [c for c in nfd(syllable) if c not in TONES]
    if not tone: return nfc(''.join(chars))
    vowel_at = [i for i, c in enumerate(chars) if c.lower() in VOWELS]
    if not vowel_at: return None
    modified = [i for i in vowel_at if i + 1 < len(chars) and chars[i + 1] in MODS]
    if modified: at = modified[-1] + 1
    elif chars[-1].lower() in VOWELS and len(vowel_at) >= 2: at = vowel_at[-2]
    else: at = vowel_at[-1]
    if at + 1 < len(chars) and chars[at + 1] in MODS: at += 1
    chars.insert(at + 1, tone)
    return nfc(''.join(chars))


def tone_of(syllable):
    return next((c for c in nfd(syllable) if c in TONES), '')


def typo(kind, words, rng, original):
    """One typo of the kind on a copy of words (the question split on spaces); None when the kind does not apply."""
    idx = [i for i, w in enumerate(words) if letters(w) and len(w) >= 3]
    if not idx: return None
    w = list(words)
    if kind == 'missing_letter':
        i = rng.choice(idx); p = rng.randrange(1, len(w[i])); w[i] = w[i][:p] + w[i][p + 1:]
    elif kind == 'doubled_letter':
        i = rng.choice(idx); p = rng.randrange(len(w[i])); w[i] = w[i][:p + 1] + w[i][p:]
    elif kind == 'swapped_letter':
        i = rng.choice(idx); p = rng.randrange(len(w[i]) - 1)
        if w[i][p] == w[i][p + 1]: return None
        w[i] = w[i][:p] + w[i][p + 1] + w[i][p] + w[i][p + 2:]
    elif kind == 'tone':
        cands = [i for i in idx if fold(w[i]) != w[i] or True]
        i = rng.choice(cands); cur = tone_of(w[i])
        choices = [t for t in [''] + list(TONES) if t != cur]
        new = set_tone(w[i], rng.choice(choices))
        if new is None or new == w[i]: return None
        w[i] = new
    elif kind in ('telex', 'vni'):
        cands = [i for i, x in enumerate(original) if letters(x) and fold(x) != x and i < len(w)]
        if not cands: return None
        i = rng.choice(cands); w[i] = (telex if kind == 'telex' else vni)(original[i])
    elif kind == 'joined_words':
        pairs = [i for i in range(len(w) - 1) if letters(w[i]) and letters(w[i + 1])]
        if not pairs: return None
        i = rng.choice(pairs); w[i:i + 2] = [w[i] + w[i + 1]]
    elif kind == 'split_word':
        long = [i for i in idx if len(w[i]) >= 4]
        if not long: return None
        i = rng.choice(long); p = rng.randrange(2, len(w[i]) - 1); w[i:i + 1] = [w[i][:p], w[i][p:]]
    elif kind == 'd_dd':
        cands = [i for i in idx if w[i][0] in 'dDđĐ']
        if not cands: return None
        i = rng.choice(cands); swap = {'d': 'đ', 'D': 'Đ', 'đ': 'd', 'Đ': 'D'}; w[i] = swap[w[i][0]] + w[i][1:]
    return ' '.join(w)


KINDS = ['missing_letter', 'doubled_letter', 'swapped_letter', 'tone', 'telex', 'vni', 'joined_words', 'split_word',
         'd_dd', 'two_typos']
SIMPLE = [k for k in KINDS if k != 'two_typos']


def make(kind, question, seed, folded):
    rng = random.Random(seed)
    original = question.split(' ')
    words = [fold(x) for x in original] if folded else list(original)
    if folded and kind in ('tone', 'd_dd'): return None
    if kind == 'two_typos':
        first, second = rng.sample([k for k in SIMPLE if k not in ('telex', 'vni', 'joined_words', 'split_word')], 2)
        once = typo(first, words, rng, original)
        if once is None: return None
        twice = typo(second, once.split(' '), rng, once.split(' ') if not folded else original)
        return twice
    for _ in range(5):
        out = typo(kind, words, rng, original)
        if out is not None: return out
    return None


def collapse(text): return ' '.join(nfc(text).split()).lower()



def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dll', default=DLL)
    ap.add_argument('--sets', default=','.join(DEV_SETS))
    ap.add_argument('--show', default='', help='print the typo questions of this kind that lost the answer')
    args = ap.parse_args()
    items = load_items(args.sets)
    knowledge = knowledge_copy('qtypo-kn-')
    probes = []  # (item, form, kind, question)
    for item in items:
        for form, folded in (('dia', False), ('nodia', True)):
            clean = fold(item['question']) if folded else item['question']
            probes.append((item, form, 'clean', clean))
            for n, kind in enumerate(KINDS):
                q = make(kind, item['question'], f"{item['id']}/{kind}/{form}", folded)
                if q and q != clean: probes.append((item, form, kind, q))
    answers = ask(args.dll, [p[3] for p in probes], knowledge)
    shutil.rmtree(knowledge, ignore_errors=True)
    clean = {}
    stats = defaultdict(lambda: [0, 0, 0, 0])  # answered/n_clean_answered, facts/n_clean_facts
    declined = defaultdict(lambda: [0, 0])  # questions the materials cannot answer: declined / declined when clean
    for (item, form, kind, q), a in zip(probes, answers):
        answered = a.get('outcome') == 'answered'
        if not item.get('expected_source'):
            if kind == 'clean':
                clean[(item['id'], form)] = (not answered, False)
            elif clean[(item['id'], form)][0]:
                for key in (kind, 'ALL'):
                    declined[key][0] += not answered; declined[key][1] += 1
                if not answered: continue
                if args.show in (kind, 'all', 'declined'): print(f"  {item['id']} {form} {kind} -> answered (declined clean): {q}")
            continue
        facts = answered and bool(item['facts']) and all(collapse(f) in collapse(a['answer']) for f in item['facts'])
        if kind == 'clean':
            clean[(item['id'], form)] = (answered, facts); continue
        ca, cf = clean[(item['id'], form)]
        for key in ((kind, form), (kind, 'all'), ('ALL', form), ('ALL', 'all')):
            s = stats[key]
            if ca: s[0] += answered; s[1] += 1
            if cf: s[2] += facts; s[3] += 1
        if args.show in (kind, 'all') and ca and not answered:
            print(f"  {item['id']} {form} {kind} -> {a.get('outcome')}: {q}")
    base = defaultdict(lambda: [0, 0])
    inside = {x['id'] for x in items if x.get('expected_source')}
    for (iid, form), (ca, cf) in clean.items():
        if iid in inside: base[form][0] += ca; base[form][1] += 1
    print(f"clean answered: dia {base['dia'][0]}/{base['dia'][1]}, nodia {base['nodia'][0]}/{base['nodia'][1]}")
    print(f"{'kind':16} {'form':6} {'answered':>16} {'facts':>16}")
    for kind in KINDS + ['ALL']:
        for form in ('dia', 'nodia', 'all'):
            s = stats.get((kind, form))
            if not s or not s[1]: continue
            print(f"{kind:16} {form:6} {s[0]/s[1]:7.3f} ({s[0]:3}/{s[1]:3}) {s[2]/max(s[3],1):7.3f} ({s[2]:3}/{s[3]:3})")
    print('questions the materials cannot answer, declined with the typo when declined clean:')
    for kind in KINDS + ['ALL']:
        d = declined.get(kind)
        if d and d[1]: print(f"{kind:16} {d[0]/d[1]:7.3f} ({d[0]:3}/{d[1]:3})")


if __name__ == '__main__':
    main()
