"""The request loop: one frame in, one frame out, until shutdown or EOF."""

import json
import os
import sys
import time
import traceback

from . import protocol, targets
from .fingerprint import fingerprint
from .runner import MissingModule, open_target, run, run_call_probed

DEBUG_ENV = "SEEDCOMPAT_REF_DEBUG"
# Starts with "GARB", which read as a length is ~1.2 GB: over the frame limit, so a client
# notices at once instead of waiting for a body that never comes.
GARBAGE = b"GARBAGE: this is not a frame\n"


class ProtocolError(Exception):
    pass


def _log(msg):
    print(f"seedcompat_ref: {msg}", file=sys.stderr, flush=True)


class Server:
    def __init__(self, fin, fout):
        self.fin = fin
        self.fout = fout
        self.debug = os.environ.get(DEBUG_ENV, "")
        self.runs_seen = 0
        self.ops = {"run": self.op_run, "fingerprint": self.op_fingerprint, "describe": self.op_describe,
                    "shutdown": self.op_shutdown}
        self.stopping = False

    def send(self, message):
        protocol.write_frame(self.fout, protocol.encode(message))

    def serve(self):
        """Returns the exit code."""
        while not self.stopping:
            try:
                body = protocol.read_frame(self.fin)
            except protocol.EndOfInput as e:
                if not e.clean:
                    _log(str(e))
                return 0
            except protocol.FrameTooLarge as e:
                self.send({"id": None, "type": "protocol_error", "message": str(e)})
                continue
            self.send(self.handle(body))
        return 0

    def handle(self, body):
        """One request body -> one response message (never raises)."""
        rid = None
        try:
            try:
                request = json.loads(body.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as e:
                raise ProtocolError(f"malformed request: {e}")
            if not isinstance(request, dict):
                raise ProtocolError("request must be a JSON object")
            rid = request.get("id")
            if type(rid) is not int:
                rid = None
                raise ProtocolError("request needs an integer 'id'")
            op = request.get("op")
            if op not in self.ops:
                raise ProtocolError(f"unknown op {op!r} (known: {', '.join(self.ops)})")
            response = {"id": rid}
            response.update(self.ops[op](request))
            # Encode here, so an unencodable or oversized response is reported, not fatal.
            size = len(protocol.encode(response))
            if size > protocol.MAX_FRAME:
                raise ProtocolError(f"response of {size} bytes exceeds the frame limit; ask for fewer values")
            return response
        except ProtocolError as e:
            return {"id": rid, "type": "protocol_error", "message": str(e)}
        except Exception as e:
            return {"id": rid, "type": "internal_error", "message": f"{type(e).__name__}: {e}",
                    "traceback": traceback.format_exc()}

    def op_run(self, request):
        setup, calls = request.get("setup"), request.get("calls")
        probe, stream = request.get("probe"), request.get("stream", False)
        if not isinstance(setup, str):
            raise ProtocolError("'setup' must be a string")
        if not isinstance(calls, list) or not all(isinstance(c, str) for c in calls):
            raise ProtocolError("'calls' must be a list of strings")
        if probe is not None and not isinstance(probe, str):
            raise ProtocolError("'probe' must be a string")
        if not isinstance(stream, bool):
            raise ProtocolError("'stream' must be a boolean")
        self.runs_seen += 1
        if self.runs_seen == 1 and self.debug and self.debug != "hang-call":
            self.misbehave()
        try:
            if stream:
                return self.run_streamed(request["id"], setup, calls, probe)
            out = {"type": "result"}
            out.update(run(setup, calls, probe))
            return out
        except MissingModule as e:
            return {"type": "missing_module", "module": e.module, "message": str(e)}

    def run_streamed(self, rid, setup, calls, probe):
        """One `call` frame per call as soon as it is done (so the client can give each call its
        own deadline, and one oversized answer costs only that call), then the `result` frame."""
        target, error = open_target(setup)
        if error is not None:
            return {"type": "result", "setup_error": error, "results": []}
        for i, text in enumerate(calls):
            if self.debug == "hang-call" and i == 1:
                self.misbehave_in_call()
            line, state = run_call_probed(target, text, probe)
            frame = {"id": rid, "type": "call", "index": i, "line": line}
            if state is not None:
                frame["state"] = state
            size = len(protocol.encode(frame))
            if size > protocol.MAX_FRAME:
                frame["line"] = {"call": text, "error": {
                    "type": "UnsupportedSize",
                    "message": f"the reference's answer to this call is {size} bytes, over the "
                               f"{protocol.MAX_FRAME // (1024 * 1024)} MiB frame limit: ask for fewer values per call"}}
            self.send(frame)
        return {"type": "result", "streamed": len(calls)}

    def misbehave_in_call(self):
        """SEEDCOMPAT_REF_DEBUG=hang-call: the second call of every streamed case hangs."""
        _log("debug: hanging in a call")
        while True:
            time.sleep(3600)

    def misbehave(self):
        """Failure modes for testing the client (SEEDCOMPAT_REF_DEBUG)."""
        if self.debug == "hang":
            _log("debug: hanging")
            while True:
                time.sleep(3600)
        elif self.debug == "crash":
            _log("debug: crashing with exit code 7")
            os._exit(7)
        elif self.debug == "garbage":
            _log("debug: writing garbage to stdout")
            self.fout.write(GARBAGE)
            self.fout.flush()
        else:
            _log(f"debug: unknown {DEBUG_ENV}={self.debug!r} ignored")

    def op_fingerprint(self, request):
        return {"type": "fingerprint", "fingerprint": fingerprint()}

    def op_describe(self, request):
        """The members each setup's target allows, for the test that checks the Java tables against them."""
        members, library_api = targets.describe()
        return {"type": "describe", "targets": members, "library_api": library_api}

    def op_shutdown(self, request):
        self.stopping = True
        return {"type": "bye"}
