#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz target into Fuzz/Corpus from the repository's own
articles (fixtures/*.txt, seeds/*.txt): each article whole and cut into paragraphs, in every
input mode of the target. The first byte of each seed selects the mode (see FuzzTarget.swift):
0 plain text (.txt), 1 JSON, 2 JSON Lines, 3 TimeML, 4 sniffed (no extension); adding 5, 10
or 15 also sets a date override (a month, a leap day, a year)."""
import glob, hashlib, json, os, re
from xml.sax.saxutils import escape

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
out = os.path.join(here, "Corpus")
os.makedirs(out, exist_ok=True)
for old in glob.glob(os.path.join(out, "*")):
    os.remove(old)

def write(selector, text):
    data = bytes([selector]) + text.encode("utf-8")
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)

def timeml(doc_id, date, body):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n<DOCID>%s</DOCID>\n'
            '<DCT><TIMEX3 tid="t0" type="DATE" value="%s" functionInDocument="CREATION_TIME">%s</TIMEX3></DCT>\n'
            '<TEXT>%s</TEXT>\n</TimeML>\n') % (escape(doc_id), date, date, escape(body))

articles = []
for path in sorted(glob.glob(os.path.join(root, "fixtures", "*.txt")) + glob.glob(os.path.join(root, "seeds", "*.txt"))):
    text = open(path, encoding="utf-8").read()
    match = re.match(r"\s*date\s+(\S+)\s*(.*)", text, re.S)
    date, body = match.group(1), match.group(2).strip()
    stem = os.path.splitext(os.path.basename(path))[0]
    articles.append((stem, date, body))
    write(0, text)                                                      # plain text, whole
    write(4, text)                                                      # sniffed
    write(1, json.dumps({"id": stem, "date": date, "title": body.split(".")[0], "text": body}, ensure_ascii=False))
    write(3, timeml(stem, date, body))
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    for index, paragraph in enumerate(paragraphs):
        write(0, "date %s\n%s\n" % (date, paragraph))                   # one paragraph
        if index == 0:
            write(5, paragraph)                                         # no date line, month override
            write(10, "date %s %s" % (date, paragraph))                 # leap-day override
            write(15, paragraph)                                        # year override
            write(2, json.dumps({"date": date, "text": paragraph}, ensure_ascii=False) + "\n"
                     + json.dumps({"id": stem + "-b", "date": date[:7], "text": paragraph}, ensure_ascii=False) + "\n")

# Several articles at once: a JSON array and JSON Lines of the first paragraphs.
firsts = [(stem, date, body.split("\n\n")[0]) for stem, date, body in articles]
write(1, json.dumps([{"id": s, "date": d, "text": b} for s, d, b in firsts[:4]], ensure_ascii=False))
write(2, "\n".join(json.dumps({"id": s, "date": d, "text": b}, ensure_ascii=False) for s, d, b in firsts[4:8]) + "\n")
# Calendar edges: the first and last days the reader accepts, leap days, year ends, with deictic
# and anaphoric expressions that step over them.
edges = ["0001-01-01", "0001-01", "0001", "9999-12-31", "9999", "2024-02-29", "2023-03-01", "2000-02-29",
         "1900-03-01", "2023-12-31T23:59", "0000"]
sentences = ["Le ministre a reçu hier son homologue, et la veille le président.",
             "Les syndicats manifesteront demain, puis le lendemain, et mardi prochain.",
             "Il y a dix ans, en mars dernier, à Pâques et à Noël l'an dernier, il était venu.",
             "Le procès s'ouvrira le 29 février et durera jusqu'en 10000, au XXIe siècle."]
for edge in edges:
    for sentence in sentences:
        write(0, "date %s\n%s\n" % (edge, sentence))

print(len(os.listdir(out)), "seeds in", out)
