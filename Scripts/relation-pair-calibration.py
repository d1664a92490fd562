"""Calibration, not a product: how much would a learned reader of same-sentence
entity pairs add to the rules on articles nobody mined? An averaged perceptron
over words between and around two gold entity mentions (the gold entities are
given: an upper bound for the entity layer) is trained on the seeds and the
annotated fixture sets before dev5, and scored on dev5 alone and added to the
rules' own relations (read from `newsgraph eval --details`, in gold names).
With --parse, each pair also gets features of the dependency path between
the two mentions' head words, as our parser reads the sentence
(`newsgraph parse --file`): the path's labels and words, the word where the
two branches meet, each mention's own relation.
With --held-out SET (dev4, dev3, dev2, unseen…), that set is scored and
every other one trained on, dev5 included; the classifier's additions are
also counted by type.
Usage: python3 Scripts/relation-pair-calibration.py [--parse] [--held-out SET]   (after a release build)
"""
import json, glob, os, re, random, collections, subprocess, sys
random.seed(0)
HELD_OUT = sys.argv[sys.argv.index('--held-out') + 1] if '--held-out' in sys.argv else 'dev5'
TRAIN = ['seeds'] + ['Tests/Fixtures/'+d for d in ['articles','heldout','unseen','dev2','dev3','dev4','dev5'] if d != HELD_OUT]
TEST = ['Tests/Fixtures/' + HELD_OUT]
ROOT=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..') + '/'
def sentences(text):
    out=[]
    for para in text.split('\n'):
        para=para.strip()
        if not para: continue
        out += [s for s in re.split(r'(?:(?<=[.!?])|(?<=[.!?]["”]))\s+(?=[A-Z"“])', para) if s]
    return out
def load(d):
    docs=[]
    for g in sorted(glob.glob(ROOT+d+'/*.gold.json')):
        gold=json.load(open(g)); txt=open(g.replace('.gold.json','.txt')).read()
        docs.append((gold, txt))
    return docs
def mentions(sent, ents):
    found=[]
    taken=[False]*len(sent)
    forms=sorted([(f,e) for e in ents for f in [e['name']]+e.get('aliases',[]) if len(f)>1], key=lambda x:-len(x[0]))
    for f,e in forms:
        for m in re.finditer(r'(?<!\w)'+re.escape(f)+r'(?!\w)', sent):
            if any(taken[m.start():m.end()]): continue
            for i in range(m.start(), m.end()): taken[i]=True
            found.append((m.start(), m.end(), e['name'], e['kind']))
    return sorted(found)
def feats(sent, a, b):
    s,e = (a,b) if a[0]<b[0] else (b,a)
    between = sent[s[1]:e[0]]
    words = re.findall(r"[\w'-]+|[,;:()]", between.lower())
    before = re.findall(r"[\w'-]+", sent[:a[0]].lower())[-2:]
    after = re.findall(r"[\w'-]+", sent[b[1]:].lower())[:2]
    order = 'AB' if a[0]<b[0] else 'BA'
    f = ['k=%s>%s'%(a[3],b[3]), 'o='+order, 'ko=%s%s%s'%(a[3],b[3],order), 'n=%d'%min(len(words),8)]
    for w in words[:8]: f.append('w='+w); f.append('wo=%s|%s'%(w,order))
    if words: f += ['first='+words[0], 'last='+words[-1], 'fl=%s|%s'%(words[0],words[-1])]
    for w in before: f.append('bA='+w)
    for w in after: f.append('aB='+w)
    if len(words)<=3: f.append('short='+' '.join(words)+'|'+order)
    return f
PARSES = {}
def parse_all(texts):
    """Parses every sentence of `texts` with our parser, once, keeping each word's character span."""
    todo = sorted(set(x for t in texts for x in sentences(t) if '\n' not in x and re.search(r'[A-Za-z0-9]', x)))
    with open('/tmp/calibration-sentences.txt', 'w') as f: f.write('\n'.join(todo) + '\n')
    out = subprocess.run([ROOT+'.build/release/newsgraph', 'parse', '--file', '/tmp/calibration-sentences.txt'],
                         capture_output=True, text=True, check=True).stdout
    for sent, block in zip(todo, out.split('\n\n')):
        rows = [l.split('\t') for l in block.strip('\n').split('\n') if l]
        spans, pos = [], 0
        for r in rows:
            i = sent.find(r[1], pos); i = pos if i < 0 else i
            spans.append((i, i+len(r[1]))); pos = i+len(r[1])
        PARSES[sent] = ([r[1].lower() for r in rows], [r[2] for r in rows], [int(r[3])-1 for r in rows], [r[4] for r in rows], spans)
def path_feats(sent, a, b):
    p = PARSES.get(sent)
    if not p: return ['noparse']
    words, tags, heads, labels, spans = p
    def head(m):
        toks = [i for i, (x, y) in enumerate(spans) if x < m[1] and y > m[0]]
        return next((t for t in toks if heads[t] not in toks), toks[-1] if toks else None)
    def up(t):
        chain = [t]
        while heads[chain[-1]] >= 0 and heads[chain[-1]] not in chain: chain.append(heads[chain[-1]])
        return chain
    ha, hb = head(a), head(b)
    if ha is None or hb is None: return ['nohead']
    A, B = up(ha), up(hb)
    meet = next((t for t in A if t in B), None)
    if meet is None: return ['nomeet']
    rise, fall = A[:A.index(meet)], B[:B.index(meet)]
    path = [labels[t]+'^' for t in rise] + ['SELF' if meet in (ha, hb) else words[meet]] + [labels[t]+'v' for t in reversed(fall)]
    return (['dp='+' '.join(path), 'dlen=%d' % min(len(rise)+len(fall), 6), 'lab=%s|%s' % (labels[ha], labels[hb]),
             'meet=%s|%s>%s' % (words[meet], a[3], b[3]), 'meettag='+tags[meet]] + ['mid='+words[t] for t in rise[1:]+fall[1:]])
def examples(docs, train=True):
    ex=[]
    for gold, txt in docs:
        ents=gold['entities']
        rel={}
        for r in gold['relations']:
            rel.setdefault((r['source'],r['target']),[]).append((r['type'], r.get('evidence','')))
        for si,sent in enumerate(sentences(txt)):
            ms=mentions(sent, ents)
            for a in ms:
                for b in ms:
                    if a[2]==b[2]: continue
                    if abs(a[0]-b[0])>250: continue
                    lab='none'
                    for t,ev in rel.get((a[2],b[2]),[]):
                        if ev and (ev in sent or sent in ev): lab=t
                    f = feats(sent,a,b) + (path_feats(sent,a,b) if PARSE else [])
                    ex.append((f, lab, (gold['document'], a[2], b[2])))
    return ex
class Perceptron:
    def __init__(s): s.w=collections.defaultdict(float); s.tot=collections.defaultdict(float); s.ts=collections.defaultdict(int); s.t=0; s.classes=set()
    def score(s, f, c): return sum(s.w[(x,c)] for x in f)
    def predict(s, f):
        sc={c:s.score(f,c) for c in s.classes}
        return max(sc.items(), key=lambda x:(x[1],x[0]))
    def upd(s, k, v):
        s.tot[k]+= (s.t - s.ts[k])*s.w[k]; s.ts[k]=s.t; s.w[k]+=v
    def train(s, ex, epochs=8):
        s.classes=set(l for _,l,_ in ex)
        for ep in range(epochs):
            random.shuffle(ex)
            for f,l,_ in ex:
                s.t+=1
                p,_=s.predict(f)
                if p!=l:
                    for x in f: s.upd((x,l),1); s.upd((x,p),-1)
        for k in list(s.w): s.tot[k]+=(s.t-s.ts[k])*s.w[k]; s.w[k]=s.tot[k]/s.t
PARSE = '--parse' in sys.argv
if PARSE: parse_all([t for x in TRAIN+TEST for _, t in load(x)])
tr=examples([d for x in TRAIN for d in load(x)])
te_docs=[d for x in TEST for d in load(x)]
te=examples(te_docs)
print('train examples', len(tr), collections.Counter(l for _,l,_ in tr).most_common(12))
model=Perceptron(); model.train(tr)
gold=set((g['document'],r['source'],r['type'],r['target']) for g,_ in te_docs for r in g['relations'])
for margin in [0, 2, 5, 10, 20]:
    pred=set()
    for f,l,key in te:
        sc={c:model.score(f,c) for c in model.classes}
        best=max(sc.items(), key=lambda x:x[1])
        if best[0]!='none' and best[1]-sc['none']>margin: pred.add((key[0],key[1],best[0],key[2]))
    tp=len(pred&gold); p=tp/max(1,len(pred)); r=tp/len(gold); f=2*p*r/max(1e-9,p+r)
    print('margin',margin,'pred',len(pred),'tp',tp,'P %.2f R %.2f F1 %.3f'%(p,r,f))

# Union with the rules' output (in gold names, from eval --details).
det=subprocess.run([ROOT+'.build/release/newsgraph','eval','--gold',ROOT+TEST[0],ROOT+TEST[0],'--details'],capture_output=True,text=True).stdout
blocks=re.findall(r'\n(\S+\.txt)\n(.*?)(?=\n\S+\.txt\n|\Z)', det, re.S)
rules_tp=set(); rules_fp=0
golds={g['document']:g for g,_ in te_docs}
for name,body in blocks:
    m=re.search(r'missed relations: (.*)', body); missed=set(m.group(1).split('; ')) if m else set()
    s=re.search(r'spurious relations: (.*)', body); spur=s.group(1).split('; ') if s else []
    rules_fp+=len(spur)
    for r in golds[name]['relations']:
        k=f"{r['source']} {r['type']} {r['target']}"
        if k not in missed: rules_tp.add((name,r['source'],r['type'],r['target']))
print('rules alone: tp',len(rules_tp),'fp',rules_fp, 'F1 %.3f'%(2*len(rules_tp)/(2*len(rules_tp)+rules_fp+len(gold)-len(rules_tp))))
for margin in [0,2,5,10]:
    pred=set()
    for f,l,key in te:
        sc={c:model.score(f,c) for c in model.classes}
        best=max(sc.items(), key=lambda x:x[1])
        if best[0]!='none' and best[1]-sc['none']>margin: pred.add((key[0],key[1],best[0],key[2]))
    extra=pred-rules_tp
    tp=len(rules_tp)+len(extra&gold); fp=rules_fp+len(extra-gold)
    p=tp/(tp+fp); r=tp/len(gold); print('rules + classifier margin',margin,'added',len(extra),'of which right',len(extra&gold),'P %.2f R %.2f F1 %.3f'%(p,r,2*p*r/(p+r)))
    if margin == 0:
        by_type = collections.defaultdict(lambda: [0, 0])
        for e in extra: by_type[e[2]][0 if e in gold else 1] += 1
        print('  added at margin 0, by type (right, wrong):', dict(sorted(by_type.items())))
