"""Framing: a 4-byte big-endian unsigned length, then that many bytes of UTF-8 JSON.

Stdlib only, because __main__ uses it to report a failed numpy import.
"""

import json
import struct

MAX_FRAME = 64 * 1024 * 1024
_HEADER = struct.Struct(">I")
_DISCARD_CHUNK = 1 << 20


class EndOfInput(Exception):
    """stdin closed. `clean` is False when it closed in the middle of a frame."""

    def __init__(self, clean):
        super().__init__("end of input" if clean else "end of input inside a frame")
        self.clean = clean


class FrameTooLarge(Exception):
    """An incoming frame over MAX_FRAME; its body has been skipped, so the stream is still in sync."""

    def __init__(self, size):
        super().__init__(f"frame of {size} bytes exceeds the {MAX_FRAME // (1024 * 1024)} MiB limit")
        self.size = size


def _read_exact(stream, n):
    data = stream.read(n)
    if data is None:
        data = b""
    # BufferedReader.read(n) only returns short at EOF, but stay correct for raw streams too.
    while len(data) < n:
        more = stream.read(n - len(data))
        if not more:
            raise EndOfInput(clean=False)
        data += more
    return data


def read_frame(stream):
    """Returns the body bytes of the next frame; raises EndOfInput or FrameTooLarge."""
    first = stream.read(1)
    if not first:
        raise EndOfInput(clean=True)
    (size,) = _HEADER.unpack(first + _read_exact(stream, 3))
    if size > MAX_FRAME:
        # Skip the body rather than dying, so one bad request does not end the session.
        left = size
        while left:
            left -= len(_read_exact(stream, min(left, _DISCARD_CHUNK)))
        raise FrameTooLarge(size)
    return _read_exact(stream, size) if size else b""


def encode(message):
    """JSON text as bytes. ASCII-only output is also valid UTF-8 and survives lone surrogates;
    allow_nan=False because the contract never carries raw floats (they travel as bit patterns)."""
    return json.dumps(message, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")


def write_frame(stream, body):
    stream.write(_HEADER.pack(len(body)) + body)
    stream.flush()
