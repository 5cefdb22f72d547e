#!/usr/bin/env python3
"""Build a chronology with Spark: `frise events` on every partition, `frise timeline --events` on the shards.

The map side pipes each partition of a JSON Lines corpus (one article a line: id, date, text)
through `frise events - --documents`; the driver streams the event shards, partition after
partition, into `frise timeline --events -`, which builds the chronology a single
`frise timeline CORPUS` would (same bytes, in every format). `--shards DIR` also saves them
(part-00000, …), for `frise timeline --events DIR` or for inspection.

    python3 scripts/spark_chronology.py corpus.jsonl chronology.csv
    python3 scripts/spark_chronology.py corpus.jsonl chronology.xml --partitions 8 --master 'local[4]'

On a cluster, ship the binary with the job and name it by its base name (see README, "Cluster"):

    spark-submit --master yarn --files /opt/frise/frise scripts/spark_chronology.py \\
        hdfs:///news/corpus.jsonl chronology.csv --frise ./frise --reduce-frise /opt/frise/frise

Articles without an `id` get the one a single run would give them (`corpus-LINE`), and every
article names the corpus as its source, so that ids and sources match a single run's.
"""

import argparse
import json
import os
import subprocess
import sys


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", help="JSON Lines corpus (a path or a Hadoop URL)")
    parser.add_argument("output", help="chronology file; its extension gives the format (.csv, .xml, .json, …)")
    parser.add_argument("--frise", default=".build/release/frise",
                        help="frise binary: a local path here, the shipped file's base name on a cluster")
    parser.add_argument("--reduce-frise", help="frise binary for the reduce step on the driver (default: --frise)")
    parser.add_argument("--master", default="local[*]", help="Spark master (default local[*]; ignored under spark-submit)")
    parser.add_argument("--partitions", type=int, default=4, help="minimum number of partitions of the corpus")
    parser.add_argument("--shards", help="also save the event shards there (a folder or a Hadoop URL)")
    parser.add_argument("--source-name", help="source recorded for each article (default: the corpus path as given)")
    parser.add_argument("--format", help="chronology format, when the output's extension does not say")
    return parser.parse_args()


def main():
    arguments = parse_arguments()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master(arguments.master).appName("frise-chronology")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    stem = os.path.splitext(os.path.basename(arguments.corpus))[0]
    source = arguments.source_name or arguments.corpus
    frise = os.path.abspath(arguments.frise) if os.path.exists(arguments.frise) else arguments.frise

    def with_id(line_and_index):
        """The line, with the id a single run gives an article without one: `STEM-LINE`."""
        line, index = line_and_index
        if not line.strip():
            return None
        try:
            article = json.loads(line)
        except ValueError:
            return line  # frise reports it, with its line number in the partition
        if isinstance(article, dict) and "id" not in article:
            article["id"] = f"{stem}-{index + 1}"
            return json.dumps(article, ensure_ascii=False)
        return line

    def named_source(line):
        """An event line whose article is named after the corpus rather than standard input."""
        event = json.loads(line)
        event["doc_source"] = source
        return json.dumps(event, ensure_ascii=False)

    lines = spark.sparkContext.textFile(arguments.corpus, minPartitions=arguments.partitions)
    articles = lines.zipWithIndex().map(with_id).filter(lambda line: line is not None)
    events = articles.pipe(f"{frise} events - --documents --quiet --jobs 1", checkCode=True).map(named_source)

    if arguments.shards:  # kept for inspection, or for another reduce (`frise timeline --events DIR`)
        events = events.cache()
        events.saveAsTextFile(arguments.shards)

    reduce_frise = arguments.reduce_frise or frise
    command = [reduce_frise, "timeline", "--events", "-", "-o", arguments.output, "--quiet"]
    if arguments.format:
        command += ["--format", arguments.format]
    reduce = subprocess.Popen(command, stdin=subprocess.PIPE)
    for line in events.toLocalIterator():  # one partition at a time, in the corpus's order
        reduce.stdin.write(line.encode("utf-8") + b"\n")
    reduce.stdin.close()
    status = reduce.wait()
    spark.stop()
    sys.exit(status)

if __name__ == "__main__":
    main()
