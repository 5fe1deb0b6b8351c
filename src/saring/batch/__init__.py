"""Stage 7: batch screening of customer files, locally on every core or on Spark.

`screen_file` screens a CSV, JSON lines or Parquet file into a results file (resumable,
written atomically); `read_rows` reads a file's rows as screening queries;
`screen_csv_bytes` screens an in-memory CSV; `rescreen` re-scores only the rows a list
change can affect.
"""

from saring.batch.columns import detect_mapping, parse_overrides, resolve_mapping
from saring.batch.readers import InputRow, read_rows
from saring.batch.rescreen import RescreenReport, rescreen
from saring.batch.run import ResumeError, screen_csv_bytes, screen_file
from saring.batch.summary import Summary

__all__ = [
    "InputRow",
    "RescreenReport",
    "ResumeError",
    "Summary",
    "detect_mapping",
    "parse_overrides",
    "read_rows",
    "rescreen",
    "resolve_mapping",
    "screen_csv_bytes",
    "screen_file",
]
