"""What the probes share: the repository root, the readable dev sets, folding, and asking the Release build in batch
mode (`ask --json`) over a temporary copy of the knowledge and the test documents. Never reads the blind sets."""
import json, os, shutil, subprocess, sys, tempfile, unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
DLL = os.path.join(ROOT, 'src/DanVan.Bot/bin/Release/net10.0/DanVan.Bot.dll')
DEV_SETS = ['devset', 'devset2', 'devset3', 'devset4', 'devset5', 'devset6', 'devset7', 'devset8', 'devset9', 'devset10', 'devset11', 'devset12', 'devset13', 'devset14', 'devset15', 'devset16', 'devset17', 'devset18', 'holdout', 'holdout2', 'holdout3', 'holdout4']


def nfc(s): return unicodedata.normalize('NFC', s)


def fold(text):
    out = ''.join(c for c in unicodedata.normalize('NFD', text) if unicodedata.category(c) != 'Mn')
    return nfc(out).replace('đ', 'd').replace('Đ', 'D')


def load_items(names):
    """The items of the named dev sets (comma-separated names without .json); a blind set's name is refused."""
    items = []
    for name in names.split(','):
        if name not in DEV_SETS: sys.exit(f'{name}: not a dev set the probes may read')
        path = os.path.join(ROOT, 'tests/DevSet', name + '.json')
        if os.path.exists(path): items += json.load(open(path, encoding='utf-8'))
    return items


def knowledge_copy(prefix):
    """A temporary folder holding the bundled knowledge and the test documents, as eval indexes them."""
    knowledge = tempfile.mkdtemp(prefix=prefix)
    for folder in ('knowledge', 'tests/DevSet/docs'):
        for f in os.listdir(os.path.join(ROOT, folder)):
            if f.endswith('.md'): shutil.copy(os.path.join(ROOT, folder, f), knowledge)
    return knowledge


def ask(dll, questions, knowledge, prefix='probe-'):
    """One `ask --json` answer per question, in order, from a fresh temporary database."""
    db = tempfile.mkdtemp(prefix=prefix)
    env = dict(os.environ, Storage__DatabasePath=os.path.join(db, 'probe.db'), Knowledge__Path=knowledge)
    out = subprocess.run(['dotnet', dll, 'ask', '--json'], input='\n'.join(questions) + '\n', text=True,
                         capture_output=True, env=env, cwd=ROOT)
    shutil.rmtree(db, ignore_errors=True)
    rows = [json.loads(line) for line in out.stdout.splitlines() if line.startswith('{')]
    if len(rows) != len(questions): sys.exit(f'ask returned {len(rows)} answers for {len(questions)} questions\n{out.stderr[-2000:]}')
    return rows
