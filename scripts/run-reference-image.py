#!/usr/bin/env python3
"""Runs one case in a reference environment's image, by hand (issue 14 groundwork).

    scripts/run-reference-image.py [--timeout S] ENV SETUP CALL...

Starts `docker run --rm -i --network none seedcompat/reference:ENV` (the image's command is
`python -m seedcompat_ref`), speaks the reference's own frame protocol over stdin/stdout (a 4-byte
big-endian length, then JSON: python-reference/seedcompat_ref/protocol.py) and prints the hello
frame, then one JSON line per call. Calls are streamed, so each call has its own deadline: a call
that takes longer than --timeout seconds is printed as {"call":..., "hang": true} and the container
is killed (the later calls are not run). Stdlib only; the harness does not use this.
"""

import argparse
import json
import os
import select
import struct
import subprocess
import sys
import time

HEADER = struct.Struct(">I")


def read_exact(fd, n, deadline):
    data = b""
    while len(data) < n:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise TimeoutError
        chunk = os.read(fd, n - len(data))
        if not chunk:
            raise EOFError("the reference closed its output")
        data += chunk
    return data


def read_frame(fd, timeout):
    deadline = time.monotonic() + timeout
    (size,) = HEADER.unpack(read_exact(fd, 4, deadline))
    return json.loads(read_exact(fd, size, deadline))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per call (default 10)")
    ap.add_argument("--start-timeout", type=float, default=60.0, help="seconds until the hello frame")
    ap.add_argument("--docker", default=os.environ.get("SEEDCOMPAT_DOCKER", "docker"))
    ap.add_argument("env")
    ap.add_argument("setup")
    ap.add_argument("calls", nargs="+")
    a = ap.parse_args()

    name = f"seedcompat-ref-{os.getpid()}"
    proc = subprocess.Popen([a.docker, "run", "--rm", "-i", "--network", "none", "--name", name,
                             f"seedcompat/reference:{a.env}"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    fd = proc.stdout.fileno()
    hung = False
    try:
        t0 = time.monotonic()
        hello = read_frame(fd, a.start_timeout)
        hello["ready_seconds"] = round(time.monotonic() - t0, 2)
        print(json.dumps(hello), flush=True)
        body = json.dumps({"id": 1, "op": "run", "setup": a.setup, "calls": a.calls, "stream": True}).encode()
        proc.stdin.write(HEADER.pack(len(body)) + body)
        proc.stdin.flush()
        for call in a.calls:
            try:
                frame = read_frame(fd, a.timeout)
            except TimeoutError:
                print(json.dumps({"call": call, "hang": True, "timeout_seconds": a.timeout}), flush=True)
                hung = True
                return 2
            if frame.get("type") != "call":  # a setup error or a protocol error ends the case
                print(json.dumps(frame), flush=True)
                return 1
            print(json.dumps(frame["line"]), flush=True)
        read_frame(fd, a.timeout)  # the closing "result" frame
        return 0
    finally:
        if hung:
            # The reference is stuck in C code: only killing the container ends it.
            subprocess.run([a.docker, "kill", name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.stdin.close()
        except OSError:
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    sys.exit(main())
