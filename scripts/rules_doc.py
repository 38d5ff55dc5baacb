"""Rewrites each rule's explanation, source, dates and earlier versions in docs/rules.md from
the rule book (src/domain/rules/book.rs and history.rs), keeping each section's sentence and
tests as written. Run after changing a rule: `python3 scripts/rules_doc.py`; the test
`catalog_data::docs_rules_lists_every_rule_with_its_source` fails until it is run."""
import re, sys
from datetime import date

ROOT = sys.argv[1] if len(sys.argv) > 1 else "."
book = open(f"{ROOT}/src/domain/rules/book.rs", encoding="utf-8").read()
history = open(f"{ROOT}/src/domain/rules/history.rs", encoding="utf-8").read()
doc_path = f"{ROOT}/docs/rules.md"
doc = open(doc_path, encoding="utf-8").read()

def strings(fn):
    body = book[book.index(f"pub fn {fn}(self)"):]
    body = body[: body.index("\n    }\n")]
    return {m.group(1): m.group(2).replace('\\"', '"') for m in re.finditer(r'Rule::(\w+)(?: \| Rule::\w+)* => "((?:[^"\\]|\\.)*)"', body)} | {
        m2: m.group(2).replace('\\"', '"')
        for m in re.finditer(r'Rule::\w+ \| Rule::(\w+) => "((?:[^"\\]|\\.)*)"', body)
        for m2 in [m.group(1)]
    }

titles, explanations, sources = strings("title"), strings("explanation"), strings("source")
consts = {m.group(1): date(int(m.group(2)), int(m.group(3)), int(m.group(4)))
          for m in re.finditer(r"pub const (\w+): Date = date!\((\d+) - (\d+) - (\d+)\)", history)}
consts["AGREEMENT_REQUIRED_FROM"] = date(2020, 1, 31)
since_body = history[history.index("pub fn since(self)"):]
since = {m.group(1): consts[m.group(2).split("::")[-1]] for m in re.finditer(r"Rule::(\w+) => Some\(([\w:]+)\)", since_body[: since_body.index("_ => None")])}
earlier_body = history[history.index("pub fn earlier(self)"):]
lists = {m.group(1): m.group(2) for m in re.finditer(r"Rule::(\w+) => &(\w+),", earlier_body[: earlier_body.index("_ => &[]")])}

def versions(const):
    block = history[history.index(f"const {const}"):]
    block = block[: block.index("];")]
    out = []
    for m in re.finditer(r'until: (None|Some\(date!\((\d+) - (\d+) - (\d+)\)\)),\s*key: "[^"]+",\s*explanation: "((?:[^"\\]|\\.)*)"', block):
        until = None if m.group(1) == "None" else date(int(m.group(2)), int(m.group(3)), int(m.group(4)))
        out.append((until, m.group(5).replace('\\"', '"')))
    return out

def long(d):
    return f"{d.day} {d.strftime('%B')} {d.year}"

for rule, title in titles.items():
    head = f"### {title}\n"
    if head not in doc:
        print(f"docs/rules.md has no section for {rule}: add `{head.strip()}` with its sentence and tests", file=sys.stderr)
        sys.exit(1)
    start = doc.index(head) + len(head)
    end = min(i for i in (doc.find("\n### ", start), doc.find("\n## ", start)) if i != -1)
    section = doc[start:end]
    lines = [l for l in section.strip("\n").split("\n")]
    bullets = [l for l in lines if l.startswith("- **") and not l.startswith(("- **Source**", "- **In force**", "- **Earlier**"))]
    keep = {l.split("**")[1]: l for l in bullets}
    new = [explanations[rule], ""]
    if "Sentence" in keep:
        new.append(keep["Sentence"])
    new.append(f"- **Source**: {sources[rule]}")
    if rule in since:
        new.append(f"- **In force**: since {long(since[rule])}")
    else:
        new.append("- **In force**: on every day (no source found gives the day it came in force)")
    for until, text in versions(lists[rule]) if rule in lists else []:
        when = f"until {long(until)}" if until else "before, until a date no source gives (unverified)"
        new.append(f"- **Earlier**: {when}: {text}")
    for name, line in keep.items():
        if name != "Sentence":
            new.append(line)
    doc = doc[:start] + "\n" + "\n".join(new) + "\n" + doc[end:]

open(doc_path, "w", encoding="utf-8").write(doc)
