#!/usr/bin/env bash
# news-entities over GNU parallel: cut an NDJSON file of records into blocks of whole lines and
# run one `news-entities --input ndjson --jobs 1` process per block, N at a time, on this machine
# (parallel's --sshlogin would spread them over others: not tested).
#
#   examples/parallel/extract.sh [-j N] [-b SIZE] [-c COMMAND] IN.ndjson OUT.ndjson [-- TOOL-OPTIONS]
#
#   -j N        processes at a time (default: the number of cores)
#   -b SIZE     bytes of input per process, parallel's --block (default 8M, about a minute of
#               work: each process costs 2-4 s of CPU to start and warm up; see examples/README.md)
#   -c COMMAND  how to run the tool (default: news-entities; e.g. "node /path/bin/news-entities.js")
#
# What it guarantees (tested by scripts/test-cluster.mjs):
# - parallel --pipe cuts only after a newline (--recend '\n', its default; a record longer than
#   the block is passed whole), so no record is split between two processes;
# - --keep-order writes the blocks' outputs in input order, and with --errors-as-records each
#   process answers every non-blank line of its block with one line, in order: line i of
#   OUT.ndjson answers the i-th non-blank line of IN.ndjson. An error record's "file" and "line"
#   ("stdin line N") count lines within its block, not within IN.ndjson; its "id" is the record's.
# - OUT.ndjson is written under a temporary name and renamed when every block has succeeded, so
#   it is complete or absent.
#
# Exit code, like news-entities itself: 0 every record became a document, 1 some records are
# error records in OUT.ndjson, 2 usage error, 3 a process failed (exit 2 or a crash: parallel
# stops the run at once and OUT.ndjson is not written).
set -euo pipefail

jobs=$(nproc 2>/dev/null || echo 1)
block=8M
command=news-entities
usage() { echo "usage: $0 [-j N] [-b SIZE] [-c COMMAND] IN.ndjson OUT.ndjson [-- TOOL-OPTIONS]" >&2; exit 2; }
while getopts 'j:b:c:h' opt; do
  case $opt in
    j) jobs=$OPTARG ;;
    b) block=$OPTARG ;;
    c) command=$OPTARG ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 2 ] || usage
in=$1 out=$2
shift 2
[ "${1-}" = -- ] && shift
[ -f "$in" ] || { echo "$0: $in: no such file" >&2; exit 2; }
command -v parallel >/dev/null || { echo "$0: GNU parallel is not installed (apt-get install parallel)" >&2; exit 2; }

# The tool's options after "--", quoted for the shell that parallel starts for each block.
extra=''
for a in "$@"; do extra+=" $(printf '%q' "$a")"; done

tmp=$(mktemp "$out.XXXXXX.tmp")
failed_records=$(mktemp)  # a process that saw failed records leaves a mark here
rm -f "$failed_records"
trap 'rm -f "$tmp" "$failed_records"' EXIT

# Each block runs this shell line. Exit code 1 only means "some records failed" (they are in
# the output as error records): record that and report success to parallel, so that parallel's
# own exit code and --halt count only real failures (exit 2, a crash, a signal).
job="$command --input ndjson --format ndjson --jobs 1 --errors-as-records$extra; \
rc=\$?; if [ \$rc -eq 1 ]; then : > $(printf '%q' "$failed_records"); exit 0; fi; exit \$rc"

# --pipe: blocks of stdin to each job's stdin; --recend '\n' (the default, spelt out): cut only
# after a newline; --keep-order: outputs in input order; --halt now,fail=1: on a real failure,
# kill the other jobs and stop; --will-cite: no citation notice on stderr.
if ! parallel --will-cite --pipe --recend '\n' --block "$block" --keep-order -j "$jobs" \
     --halt now,fail=1 "$job" < "$in" > "$tmp"; then
  echo "$0: a news-entities process failed; $out not written" >&2
  exit 3
fi
mv "$tmp" "$out"
[ -e "$failed_records" ] && exit 1
exit 0
