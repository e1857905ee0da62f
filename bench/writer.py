#!/usr/bin/env python3
"""The writer of bench/run.sh's "mixed" scenario: one write every INTERVAL ms while wrk reads.

Writes alternate, starting with a delete: DELETE /api/profiles/{id} of the next id from the ids
file (existing profiles, picked up front), then POST /api/profiles with a new name (the server asks
its upstreams, bench/fake_upstream.py in the benchmark). Writes are scheduled on a fixed clock
(write k is due at start + k * interval), so a slow write delays only the writes after it until
the writer has caught up. One keep-alive connection to 127.0.0.1; the bearer token comes from the
environment (BENCH_TOKEN) so it does not show in ps.

A delete is a success only with 204 and a create only with 201 (a 200 "already exists" wrote
nothing). Prints one JSON line: writes, deletes, creates, errors (every write that did not succeed,
non-2xx included), non2xx, statuses, p50_ms, p99_ms, max_ms, late (writes started more than one
interval after they were due) and ids_used.

Usage: writer.py --port PORT --ids FILE [--offset N] [--interval-ms 100] --duration SECONDS
                 [--prefix NAME]
"""
import argparse
import http.client
import json
import os
import sys
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--ids", required=True)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--interval-ms", type=float, default=100)
    parser.add_argument("--duration", type=float, required=True)
    parser.add_argument("--prefix", default="bench writer")
    args = parser.parse_args()

    token = os.environ["BENCH_TOKEN"]
    with open(args.ids) as f:
        ids = [line.strip() for line in f if line.strip()][args.offset:]
    headers = {"Authorization": "Bearer " + token, "X-API-Version": "1"}
    interval = args.interval_ms / 1000.0
    conn = None
    stats = {"writes": 0, "deletes": 0, "creates": 0, "errors": 0, "non2xx": 0, "late": 0,
             "ids_used": 0}
    statuses = {}
    latencies = []
    reported = 0

    def problem(text):
        nonlocal reported
        if reported < 10:  # the first few reasons, to stderr
            print(text, file=sys.stderr)
            reported += 1

    start = time.monotonic()
    k = 0
    while True:
        due = start + k * interval
        now = time.monotonic()
        if due - start >= args.duration or now - start >= args.duration:
            break
        if due > now:
            time.sleep(due - now)
        elif now - due > interval:
            stats["late"] += 1
        delete = k % 2 == 0
        k += 1
        stats["writes"] += 1
        if delete:
            stats["deletes"] += 1
            if stats["ids_used"] >= len(ids):
                stats["errors"] += 1
                problem("out of ids to delete")
                continue
            method, path, body, expected = "DELETE", "/api/profiles/" + ids[stats["ids_used"]], None, 204
            stats["ids_used"] += 1
            request_headers = headers
        else:
            stats["creates"] += 1
            name = "%s %d %d" % (args.prefix, os.getpid(), k)
            method, path, expected = "POST", "/api/profiles", 201
            body = json.dumps({"name": name}).encode("utf-8")
            request_headers = dict(headers, **{"Content-Type": "application/json"})
        began = time.perf_counter()
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=10)
            conn.request(method, path, body=body, headers=request_headers)
            response = conn.getresponse()
            text = response.read()
            status = response.status
            if response.will_close:
                conn.close()
                conn = None
        except (OSError, http.client.HTTPException) as e:
            if conn is not None:
                conn.close()
            conn = None
            latencies.append((time.perf_counter() - began) * 1000)
            stats["errors"] += 1
            statuses["exception"] = statuses.get("exception", 0) + 1
            problem("%s %s: %r" % (method, path, e))
            continue
        latencies.append((time.perf_counter() - began) * 1000)
        statuses[str(status)] = statuses.get(str(status), 0) + 1
        if not 200 <= status < 300:
            stats["non2xx"] += 1
        if status != expected:
            stats["errors"] += 1
            problem("%s %s: HTTP %d %s" % (method, path, status, text[:200].decode("utf-8", "replace")))
    if conn is not None:
        conn.close()

    latencies.sort()

    def pct(p):
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))], 2) if latencies else None

    stats.update(statuses=statuses, p50_ms=pct(0.50), p99_ms=pct(0.99),
                 max_ms=round(latencies[-1], 2) if latencies else None)
    print(json.dumps(stats), flush=True)


if __name__ == "__main__":
    main()
