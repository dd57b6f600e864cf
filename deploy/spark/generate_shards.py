"""Writes a clickstream as N shards from a Spark job: each Spark partition runs mmmfixtures for one shard index.

    spark-submit deploy/spark/generate_shards.py clickstream.json 64 /shared/run

Every executor needs mmmfixtures on its PATH (the Native AOT tool: one file, no .NET runtime) and /shared/run on a
file system every executor sees (NFS, a FUSE mount of the object store, …); the spec travels with the job
(SparkContext.addFile). A failed task is retried by Spark and writes the same bytes; an export replaces its folder
as a whole, so a retry never mixes two attempts. Keep speculative execution off (the default): two attempts of one
shard would write the same folder at once. Then the events read as one dataset: see read_dataset.py.
"""
import os
import subprocess
import sys

from pyspark import SparkFiles
from pyspark.sql import SparkSession


def shard_command(spec, k, shards, run):
    """The command line that writes shard k of `shards` into run/shard-k, Hive-partitioned by day."""
    return ["mmmfixtures", "clickstream", "--spec", spec, "--shard", f"{k}/{shards}",
            "--format", "parquet", "--partition-by", "date", "--out", f"{run}/shard-{k}", "--quiet"]


def run_shards(indices, spec_name, shards, run):
    """Runs the shards of one Spark partition (one index each, as the job is laid out), on an executor."""
    spec = SparkFiles.get(spec_name)
    for k in indices:
        subprocess.run(shard_command(spec, k, shards, run), check=True)


def main(spec, shards, run):
    spark = SparkSession.builder.appName("mmmfixtures-shards").getOrCreate()
    spark.sparkContext.addFile(spec)
    spec_name = os.path.basename(spec)
    # One Spark partition per shard: the scheduler spreads them over the executors and retries failed ones alone.
    spark.sparkContext.parallelize(range(shards), shards) \
        .foreachPartition(lambda indices: run_shards(indices, spec_name, shards, run))
    spark.stop()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: spark-submit generate_shards.py <spec.json> <shards> <run folder>")
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
