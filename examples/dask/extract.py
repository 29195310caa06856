#!/usr/bin/env python3
"""Run news-entities over a Dask cluster: one news-entities process per partition.

    /usr/bin/python3 examples/dask/extract.py -o out/ articles.ndjson
    /usr/bin/python3 examples/dask/extract.py -o out/ --scheduler tcp://10.0.0.5:8786 \\
        --command 'node /opt/news-entities/bin/news-entities.js' articles.ndjson -- --types people,dates

INPUT is an NDJSON file of records {"id": ..., "text": ..., "date"?: ...}, one per line, or a
folder of .txt files (each becomes a record whose id is its path relative to the folder).
Everything after "--" is passed to news-entities (e.g. --types, --reference-date, --timeout).

Each partition (about --partition-size bytes of NDJSON, whole lines; or --partition-records
files of a folder) is piped through ONE process

    news-entities --input ndjson --format ndjson --jobs 1 --errors-as-records

which answers every non-blank input line with exactly one output line, in input order: a
document, or an error record {"file", "line", "id"?, "error"}. The tool's exit code 1 (some
records failed) is normal; exit 2, a signal, or output that does not match the input line for
line fails the partition, and Dask retries it (--retries).

Output, in the folder given by -o:
    part-00000.ndjson     the documents of partition 0, in input order (cat part-* = input order)
    errors-00000.ndjson   its error records, only when it has any; for NDJSON input "file" and
                          "line" name the line in the input file, as a single-machine run
                          `news-entities --input ndjson --errors-as-records FILE` would
    summary.json          records in, documents out, errors, per-partition counts and timings

Each file is written to a temporary name and renamed into place, so a partition that is retried
(after an exception or a lost worker) replaces its files rather than adding to them, and a
reader never sees half a file. Old part/errors files in the folder are removed at the start.

Without --scheduler (or --scheduler-file), a LocalCluster of --workers processes with one thread
each is started on this machine. With a scheduler, the input and output paths must be visible
under the same names on every worker (a shared file system), and news-entities (or --command)
must be installed on every worker:

    dask-scheduler --scheduler-file /shared/sched.json                  # one machine
    dask-worker --scheduler-file /shared/sched.json --nworkers 8 --nthreads 1   # each machine
    /usr/bin/python3 extract.py --scheduler-file /shared/sched.json -o /shared/out /shared/in.ndjson

Exit code: 0 every record became a document; 1 some records are error records; 2 usage error;
3 at least one partition failed after its retries (see summary.json; its output is missing or
incomplete).

Needs Python 3 with dask and distributed (Debian: apt-get install python3-distributed python3-dask).
"""

import argparse
import json
import logging
import os
import re
import shlex
import socket
import subprocess
import sys
import threading
import time
import uuid

# --------------------------------------------------------------------------------------------
# Small helpers that run on the workers. They are plain module-level functions so that Dask
# (cloudpickle) can ship them to remote workers along with run_partition.
# --------------------------------------------------------------------------------------------

# Whitespace as JavaScript's String.prototype.trim() sees it: the tool skips a line that is
# blank by this rule without answering it, so the partition check below must use the same rule.
JS_WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"

# Bytes 0x80-0x9F in Windows-1252, as src/input/decode.ts maps them (the five bytes the code
# page leaves undefined keep their C1 code point).
CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"
CP1252_TABLE = {0x80 + i: c for i, c in enumerate(CP1252_HIGH)}

SIZE_UNITS = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9,
              "kib": 1024, "mib": 1024**2, "gib": 1024**3}

DEFAULT_MAX_BYTES = 1_000_000  # news-entities' default --max-bytes


def parse_size(value):
    """'10MB', '500kb', '2000000' -> bytes; the same grammar as news-entities --max-bytes."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", str(value))
    unit = SIZE_UNITS.get(m.group(2).lower()) if m else None
    if unit is None or round(float(m.group(1)) * unit) < 1:
        raise ValueError(f'"{value}" is not a size such as 500KB, 10MB or 2000000 (bytes)')
    return round(float(m.group(1)) * unit)


def utf8_or_windows1252(raw):
    """Bytes -> text as news-entities reads an NDJSON line: UTF-8, else Windows-1252."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1").translate(CP1252_TABLE)


def decode_article(raw):
    """A file's bytes -> its text, following src/input/decode.ts (BOMs, binary refusal).

    Raises ValueError('binary file') for what the tool would refuse as binary."""
    if raw[:3] == b"\xef\xbb\xbf":
        return utf8_or_windows1252(raw[3:])
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = raw[2:].decode("utf-16-le" if raw[:2] == b"\xff\xfe" else "utf-16-be", errors="replace")
        sample = text[:8192]
        if "\x00" in sample or "\ufffd" in sample:
            raise ValueError("binary file")
        control = sum(1 for c in sample if ord(c) < 9 or 13 < ord(c) < 32)
        if sample and control / len(sample) > 0.1:
            raise ValueError("binary file")
        return text
    magic = [b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b", b"%PDF-",
             b"\x7fELF", b"BZh", b"\xfd7zXZ\x00", b"7z\xbc\xaf\x27\x1c"]
    if any(raw.startswith(m) for m in magic):
        raise ValueError("binary file")
    sample = raw[:8192]
    if b"\x00" in sample:
        raise ValueError("binary file")
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if sample and control / len(sample) > 0.1:
        raise ValueError("binary file")
    return utf8_or_windows1252(raw)


def expected_answer(raw, max_bytes):
    """What news-entities does with one input line (bytes, without its newline).

    Returns None when the tool skips it (a blank line), else the id its document will carry
    in "file" when that can be predicted (a string, or None when the tool will answer with an
    error record or the id is a number whose JavaScript spelling we do not guess)."""
    if len(raw) > max_bytes:
        return ""  # answered by an error record ("record is over --max-bytes")
    text = utf8_or_windows1252(raw)
    if text.endswith("\r"):
        text = text[:-1]
    if not text.strip(JS_WHITESPACE):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return ""
    if not isinstance(value, dict):
        return ""
    rid = value.get("id")
    if isinstance(rid, str):
        return rid
    if isinstance(rid, int) and not isinstance(rid, bool) and abs(rid) < 2**53:
        return str(rid)
    return ""  # a float id, or no usable id: not checked


def split_lines(block):
    """A block of whole NDJSON lines (bytes) -> its lines, each still ending in b'\\n'."""
    # Not splitlines(): it would also cut at \r, \x0b, \x1c ..., which the tool does not.
    lines = block.split(b"\n")  # the last piece is empty when the block ends with a newline
    out = [line + b"\n" for line in lines[:-1]]
    if lines and lines[-1]:
        out.append(lines[-1])
    return out


def count_lines(block):
    return block.count(b"\n") + (1 if block and not block.endswith(b"\n") else 0)


def file_record(root, relpath):
    """A folder's file -> (id, NDJSON line bytes, None), or (id, None, reason) when unreadable."""
    try:
        with open(os.path.join(root, relpath), "rb") as f:
            text = decode_article(f.read())
    except ValueError as e:
        return (relpath, None, str(e))
    except OSError as e:
        return (relpath, None, (e.strerror or str(e)).lower())
    line = json.dumps({"id": relpath, "text": text}, ensure_ascii=False, separators=(",", ":"))
    return (relpath, line.encode("utf-8") + b"\n", None)


class PartitionFailed(RuntimeError):
    """The tool did not answer the partition as promised: Dask retries the partition."""


def claim_attempt(outdir, k):
    """Number this attempt at partition k (1, 2, ...) with marker files on the shared output
    folder: a retry may run in another worker process or on another machine."""
    d = os.path.join(outdir, ".attempts")
    os.makedirs(d, exist_ok=True)
    n = 1
    while True:
        try:
            os.close(os.open(os.path.join(d, f"{k:05d}.{n}"), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            return n
        except FileExistsError:
            n += 1


def json_line(obj):
    # Compact, non-ASCII kept: how news-entities' JSON.stringify writes its records.
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def run_partition(items, info, cfg):
    """Pipe one partition through one news-entities process; write its files; return counts.

    items: the partition's NDJSON lines (bytes), or for a folder (id, line, read-error) tuples.
    info: [dict] with this partition's number, kind, source label and first line number."""
    info = list(info)[0]
    k, outdir = info["partition"], cfg["output"]
    attempt = claim_attempt(outdir, k)
    started = time.time()
    fail_mode = cfg["fail_once"].get(k) if attempt == 1 else None

    # What goes to the tool, and what must come back: one answer per non-blank line.
    sent, expected, answers_for, read_errors = [], [], [], []
    if info["kind"] == "ndjson":
        for n, line in enumerate(items, 1):
            sent.append(line)
            want = expected_answer(line.rstrip(b"\n"), cfg["max_bytes"])
            if want is not None:
                expected.append(want)
                answers_for.append(n)  # partition-local line number of this answer
    else:
        for rid, line, err in items:
            if err is not None:
                read_errors.append({"file": rid, "error": err})
                continue
            sent.append(line)
            expected.append(rid)
            answers_for.append(rid)
    lines_in = len(sent) + len(read_errors)

    part_path = os.path.join(outdir, f"part-{k:05d}.ndjson")
    err_path = os.path.join(outdir, f"errors-{k:05d}.ndjson")
    # Unique temporary names: a straggling earlier attempt can never write into this one's file.
    tag = uuid.uuid4().hex[:12]
    part_tmp = os.path.join(outdir, f".part-{k:05d}.ndjson.{tag}.tmp")
    err_tmp = os.path.join(outdir, f".errors-{k:05d}.ndjson.{tag}.tmp")

    documents, errors, stderr_text, rc = 0, len(read_errors), "", 0
    proc = None
    try:
        with open(part_tmp, "wb") as docs_out, open(err_tmp, "wb") as errs_out:
            for e in read_errors:
                errs_out.write(json_line(e))
            if sent:
                proc = subprocess.Popen(cfg["command"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
                # Feed stdin and drain stderr on threads while stdout is read here; with all three
                # on pipes, doing them one after the other can deadlock on a full pipe.
                def feed():
                    try:
                        for line in sent:
                            proc.stdin.write(line)
                        proc.stdin.close()
                    except (BrokenPipeError, ValueError, OSError):
                        pass  # the tool died; its exit code says so below
                stderr_chunks = []
                threads = [threading.Thread(target=feed, daemon=True),
                           threading.Thread(target=lambda: stderr_chunks.append(proc.stderr.read()), daemon=True)]
                for t in threads:
                    t.start()
                i = 0
                for out_line in proc.stdout:
                    if i >= len(expected):
                        raise PartitionFailed(f"partition {k}: more output lines than input records ({len(expected)})")
                    try:
                        obj = json.loads(out_line)
                    except ValueError:
                        raise PartitionFailed(f"partition {k}: output line {i + 1} is not JSON: {out_line[:200]!r}")
                    if not isinstance(obj, dict):
                        raise PartitionFailed(f"partition {k}: output line {i + 1} is not a JSON object")
                    if "schemaVersion" in obj:
                        if expected[i] and obj.get("file") != expected[i]:
                            raise PartitionFailed(f"partition {k}: answer {i + 1} is the document of "
                                                  f"{obj.get('file')!r}, expected {expected[i]!r}")
                        docs_out.write(out_line)  # the tool's bytes, untouched
                        documents += 1
                    elif "error" in obj:
                        if info["kind"] == "ndjson":
                            if obj.get("line") != answers_for[i]:
                                raise PartitionFailed(f"partition {k}: error record for line {obj.get('line')}, "
                                                      f"expected line {answers_for[i]}")
                            # Name the line in the input file, not in this partition's stdin.
                            line_no = info["firstLine"] + answers_for[i] - 1
                            obj["file"] = f"{info['source']} line {line_no}"
                            obj["line"] = line_no
                        else:
                            obj = {"file": answers_for[i], "error": obj["error"]}
                        errs_out.write(json_line(obj))
                        errors += 1
                    else:
                        raise PartitionFailed(f"partition {k}: output line {i + 1} is neither a document nor an error")
                    i += 1
                    if fail_mode in ("partial", "crash") and i == len(expected) // 2:
                        # --fail-once: stop half way, with half the documents in the temp file.
                        docs_out.flush()
                        if fail_mode == "crash":
                            os._exit(17)  # the worker process dies; Dask reschedules the task
                        raise RuntimeError(f"--fail-once: partition {k} fails after {i} of {len(expected)} answers")
                rc = proc.wait()
                for t in threads:
                    t.join()
                stderr_text = b"".join(stderr_chunks).decode("utf-8", "replace")
                if rc not in (0, 1):
                    what = f"signal {-rc}" if rc < 0 else f"exit code {rc}"
                    raise PartitionFailed(f"partition {k}: news-entities failed ({what}): {stderr_text.strip()[-2000:]}")
                if i != len(expected):
                    raise PartitionFailed(f"partition {k}: {i} output lines for {len(expected)} input records; "
                                          f"stderr: {stderr_text.strip()[-2000:]}")
                if (rc == 1) != (errors > len(read_errors)):
                    raise PartitionFailed(f"partition {k}: exit code {rc} with {errors - len(read_errors)} error "
                                          f"records; stderr: {stderr_text.strip()[-2000:]}")
        # All answers are in: move the files into place (rename is atomic on one file system).
        os.replace(part_tmp, part_path)
        if errors:
            os.replace(err_tmp, err_path)
        else:
            os.unlink(err_tmp)
            try:
                os.unlink(err_path)  # left by an earlier attempt that saw errors: not ours now
            except FileNotFoundError:
                pass
        if fail_mode == "after-write":
            # --fail-once: the work is done and written, but the task fails anyway (as when a
            # worker is lost before it reports): the retry must replace, not add.
            raise RuntimeError(f"--fail-once: partition {k} fails after writing its files")
    finally:
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()
        for tmp in (part_tmp, err_tmp):
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass

    return [{
        "partition": k, "source": info["source"], "firstLine": info.get("firstLine"),
        "lines": lines_in, "records": len(expected) + len(read_errors), "documents": documents, "errors": errors,
        "exitCode": rc, "attempt": attempt, "worker": f"{socket.gethostname()}:{os.getpid()}",
        "seconds": round(time.time() - started, 3), **({"stderr": stderr_text[-2000:]} if stderr_text.strip() else {}),
    }]


# --------------------------------------------------------------------------------------------
# The driver: plan partitions, run them on the cluster, write the summary.
# --------------------------------------------------------------------------------------------

def list_folder(root, exts):
    """Relative paths of the files to read in a folder, like the tool walks one: recursive,
    hidden entries skipped, only the wanted extensions, in the order a sort of the paths gives."""
    found, seen = [], set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen:  # a symlink loop is followed once
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in exts:
                found.append(os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/"))
    return sorted(found)


def clear_old_output(outdir):
    """Remove what an earlier run left (only our own files), so the folder holds one run."""
    removed = 0
    for name in os.listdir(outdir):
        if re.fullmatch(r"(part|errors)-\d{5,}\.ndjson|summary\.json|\.(part|errors)-\d{5,}\.ndjson\.\w+\.tmp|\.summary\.\w+\.tmp", name):
            os.unlink(os.path.join(outdir, name))
            removed += 1
    attempts = os.path.join(outdir, ".attempts")
    if os.path.isdir(attempts):
        for name in os.listdir(attempts):
            os.unlink(os.path.join(attempts, name))
        os.rmdir(attempts)
    return removed


def parse_args(argv):
    tool_args = []
    if "--" in argv:
        i = argv.index("--")
        argv, tool_args = argv[:i], argv[i + 1:]
    p = argparse.ArgumentParser(
        prog="extract.py", description="Run news-entities over a Dask cluster, one process per partition.",
        epilog='Arguments after "--" go to news-entities (e.g. -- --types people,dates --timeout 120).')
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="NDJSON file of records, or a folder of .txt files")
    p.add_argument("-o", "--output", required=True, help="output folder (created if missing)")
    p.add_argument("--scheduler", metavar="ADDR", help="address of a running scheduler, e.g. tcp://10.0.0.5:8786 "
                                                       "(default: start a LocalCluster on this machine)")
    p.add_argument("--scheduler-file", metavar="FILE", help="or the JSON file a scheduler wrote with "
                                                            "dask-scheduler --scheduler-file FILE")
    p.add_argument("--workers", type=int, metavar="N", default=os.cpu_count() or 1,
                   help="LocalCluster worker processes, one thread each (default: the number of cores)")
    p.add_argument("--partition-size", default="8MB", metavar="SIZE",
                   help="NDJSON bytes per partition, cut at line ends (default 8MB, about a minute of "
                        "work for one process; 500KB, 16MiB ...)")
    p.add_argument("--partition-records", type=int, default=2000, metavar="N",
                   help="folder input: files per partition (default 2000)")
    p.add_argument("--command", default="news-entities", metavar="CMD",
                   help='how to run the tool on a worker (default "news-entities" on PATH; e.g. '
                        '"node /opt/news-entities/bin/news-entities.js")')
    p.add_argument("--retries", type=int, default=2, metavar="N", help="retries of a failed partition (default 2)")
    p.add_argument("--ext", default="txt", metavar="LIST", help="folder input: extensions to read (default txt)")
    p.add_argument("--fail-once", default="", metavar="K:MODE",
                   help="testing: K:MODE[,K:MODE] makes the first attempt at partition K fail; MODE is "
                        "partial (raise half way), crash (kill the worker half way) or after-write "
                        "(raise after writing the files)")
    args = p.parse_args(argv)
    try:
        args.partition_bytes = parse_size(args.partition_size)
    except ValueError as e:
        p.error(f"--partition-size: {e}")
    if args.workers < 1 or args.partition_records < 1 or args.retries < 0:
        p.error("--workers and --partition-records must be 1 or more, --retries 0 or more")
    args.fail_once_map = {}
    for spec in filter(None, args.fail_once.split(",")):
        k, _, mode = spec.partition(":")
        if not k.isdigit() or mode not in ("partial", "crash", "after-write"):
            p.error(f"--fail-once: {spec!r} is not K:partial, K:crash or K:after-write")
        args.fail_once_map[int(k)] = mode
    # The tool's --max-bytes decides which lines it answers with an error rather than skips.
    args.max_bytes = DEFAULT_MAX_BYTES
    for i, a in enumerate(tool_args):
        value = a.split("=", 1)[1] if a.startswith("--max-bytes=") else (
            tool_args[i + 1] if a == "--max-bytes" and i + 1 < len(tool_args) else None)
        if value is not None:
            try:
                args.max_bytes = parse_size(value)
            except ValueError as e:
                p.error(f"--max-bytes: {e}")
    for a in tool_args:
        if a.split("=", 1)[0] in ("--format", "-f", "--input", "--jobs", "-j", "--errors-as-records", "-o", "--output"):
            p.error(f"{a}: set by extract.py itself; do not pass it after --")
    for path in args.inputs:
        if not os.path.exists(path):
            p.error(f"{path}: no such file or directory")
    return args, tool_args


def main(argv):
    args, tool_args = parse_args(argv)
    log = lambda msg: print(f"extract.py: {msg}", file=sys.stderr, flush=True)

    # Imported here so that --help works without dask installed.
    import dask
    import dask.bag as db
    from dask.bytes import read_bytes
    from distributed import Client, LocalCluster, as_completed

    outdir = os.path.abspath(args.output)
    os.makedirs(outdir, exist_ok=True)
    removed = clear_old_output(outdir)
    if removed:
        log(f"removed {removed} files of an earlier run from {args.output}")

    command = shlex.split(args.command) + ["--input", "ndjson", "--format", "ndjson", "--jobs", "1",
                                           "--errors-as-records", *tool_args]
    cfg = {"output": outdir, "command": command, "max_bytes": args.max_bytes, "fail_once": args.fail_once_map}

    started = time.time()
    cluster = None
    if args.scheduler or args.scheduler_file:
        client = Client(args.scheduler, scheduler_file=args.scheduler_file)
        client.wait_for_workers(1)  # tasks would wait anyway; this makes the log line below true
    else:
        # Worker processes with one thread each: one news-entities process (with --jobs 1) runs
        # per worker at a time. No dashboard (it needs bokeh, and nobody is looking). Worker
        # logs at ERROR only: a failed attempt's WARNING prints the partition's input; this
        # script reports failures and retries itself.
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    n_threads = sum(client.nthreads().values())
    log(f"scheduler {client.scheduler.address}, {len(client.nthreads())} workers, {n_threads} threads"
        f"{' so far' if cluster is None else ''}")

    try:
        # Plan the partitions. NDJSON files are cut into blocks of whole lines by dask.bytes
        # (read on the workers); a folder is listed here and read on the workers.
        bags, infos, ndjson_blocks = [], [], []
        exts = {"." + e.strip().lstrip(".").lower() for e in args.ext.split(",") if e.strip()}
        for path in args.inputs:
            if os.path.isdir(path):
                files = list_folder(path, exts)
                if not files:
                    log(f"{path}: no {', '.join(sorted(exts))} files")
                    continue
                root = os.path.abspath(path)
                bag = db.from_sequence(files, partition_size=args.partition_records).map(lambda rel, root=root: file_record(root, rel))
                for _ in range(bag.npartitions):
                    infos.append({"partition": len(infos), "kind": "files", "source": path})
                bags.append(bag)
            else:
                _, blocks = read_bytes(os.path.abspath(path), delimiter=b"\n", blocksize=args.partition_bytes,
                                       sample=False)
                blocks = blocks[0] if blocks else []
                if not blocks:
                    continue
                for b in blocks:
                    infos.append({"partition": len(infos), "kind": "ndjson", "source": path})
                    ndjson_blocks.append((len(infos) - 1, b))
                bags.append(db.from_delayed([dask.delayed(split_lines)(b) for b in blocks]))
        if not infos:
            log("nothing to read")
            return 2

        # A first, cheap pass counts the lines of each block, so that each partition knows the
        # line number (in its input file) of its first line and error records can name it.
        if ndjson_blocks:
            counts = client.gather(client.compute([dask.delayed(count_lines)(b) for _, b in ndjson_blocks]))
            next_line = {}
            for (k, _), count in zip(ndjson_blocks, counts):
                src = infos[k]["source"]
                infos[k]["firstLine"] = next_line.get(src, 1)
                next_line[src] = infos[k]["firstLine"] + count

        lines = db.concat(bags) if len(bags) > 1 else bags[0]
        info_bag = db.from_sequence(infos, npartitions=len(infos))  # one info per partition
        assert info_bag.npartitions == lines.npartitions == len(infos)
        results = lines.map_partitions(run_partition, info_bag, cfg)
        log(f"{len(infos)} partitions, {args.retries} retries each")

        # One future per partition, so that one partition failing for good does not hide the
        # others' results. retries= covers exceptions; a lost worker is rescheduled by Dask.
        futures = client.compute(results.to_delayed(), retries=args.retries)
        index = {f.key: k for k, f in enumerate(futures)}
        stats, failed = [None] * len(futures), []
        for future in as_completed(futures):
            k = index[future.key]
            try:
                s = future.result()[0]
            except Exception as e:  # the partition's last attempt failed
                failed.append({"partition": k, "source": infos[k]["source"], "error": f"{type(e).__name__}: {e}"})
                log(f"partition {k} FAILED: {e}")
                continue
            stats[k] = s
            done = sum(1 for x in stats if x)
            log(f"partition {k} done ({done}/{len(futures)}): {s['records']} records, {s['documents']} documents, "
                f"{s['errors']} errors, {s['seconds']} s, attempt {s['attempt']}, {s['worker']}")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    # Leftovers of failed attempts (a crashed worker cannot clean up after itself).
    for name in os.listdir(outdir):
        if name.endswith(".tmp") and re.match(r"\.(part|errors)-\d+", name):
            os.unlink(os.path.join(outdir, name))
    attempts = os.path.join(outdir, ".attempts")
    if os.path.isdir(attempts):
        for name in os.listdir(attempts):
            os.unlink(os.path.join(attempts, name))
        os.rmdir(attempts)

    done = [s for s in stats if s]
    summary = {
        "inputs": args.inputs,
        "command": command,
        "scheduler": args.scheduler or args.scheduler_file or f"LocalCluster({args.workers} workers, 1 thread each)",
        "partitionSize": args.partition_bytes,
        "partitions": len(infos),
        "linesIn": sum(s["lines"] for s in done),
        "recordsIn": sum(s["records"] for s in done),
        "documents": sum(s["documents"] for s in done),
        "errors": sum(s["errors"] for s in done),
        "failedPartitions": failed,
        "retriedPartitions": [s["partition"] for s in done if s["attempt"] > 1],
        "seconds": round(time.time() - started, 3),
        "perPartition": done,
    }
    tmp = os.path.join(outdir, f".summary.{uuid.uuid4().hex[:12]}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2, ensure_ascii=False)
        f.write("\n")
    os.replace(tmp, os.path.join(outdir, "summary.json"))
    log(f"{summary['recordsIn']} records in, {summary['documents']} documents, {summary['errors']} errors, "
        f"{len(failed)} failed partitions, {summary['seconds']} s -> {args.output}")
    if failed:
        return 3
    return 1 if summary["errors"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
