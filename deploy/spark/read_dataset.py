"""Reads the events of a sharded, Hive-partitioned mmmfixtures clickstream as one Spark dataset.

    spark-submit deploy/spark/read_dataset.py /shared/run

/shared/run holds the shard folders shard-0 … shard-N-1, each written with
`mmmfixtures clickstream --spec … --shard k/N --format parquet --partition-by date --out /shared/run/shard-k`
(by deploy/spark/generate_shards.py, the Kubernetes Indexed Job, the Slurm array or GNU parallel). Each shard's
events are a folder of key=value levels (events/date=2024-01-01/part-0.parquet) holding only that shard's users:
Spark's partition discovery turns the levels into a `date` column, so the shards read as one table without a
merge, and a filter on `date` reads only the matching folders.
"""
import sys

from pyspark.sql import SparkSession, functions as F

# The events of every shard; each path the glob matches is a dataset root whose key=value folders become columns.
EVENTS = "{run}/shard-*/events"


def read_events(spark, run):
    """The events of every shard of the run folder `run`, as one DataFrame."""
    return spark.read.parquet(EVENTS.format(run=run))


def main(run):
    spark = SparkSession.builder.appName("mmmfixtures-read").getOrCreate()
    events = read_events(spark, run)
    events.printSchema()
    print(f"{events.count()} events of {events.select('user_id').distinct().count()} users")
    # Per day and event type: a filter or group on a partition column lists folders, not rows.
    events.groupBy("date", "event_type").agg(F.count("*").alias("events"), F.sum("price").alias("value")) \
        .orderBy("date", "event_type").show(20, truncate=False)
    spark.stop()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: spark-submit read_dataset.py <run folder holding shard-0 … shard-N-1>")
    main(sys.argv[1])
