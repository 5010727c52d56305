"""Drives the reference server through a subprocess with real frames.

Run: python -m unittest discover -s python-reference/tests (with a Python that has numpy; torch
is optional and only the fingerprint looks at it).
"""

import json
import os
import select
import struct
import subprocess
import sys
import tempfile
import unittest

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # python-reference/
TIMEOUT = 120


def f64_bits(values):
    return ["0x%016x" % b for b in np.asarray(values, dtype=np.float64).view(np.uint64).ravel().tolist()]


class Server:
    def __init__(self, env=None, pythonpath=ROOT):
        full_env = dict(os.environ)
        full_env.pop("SEEDCOMPAT_REF_DEBUG", None)
        full_env.update(env or {})
        full_env["PYTHONPATH"] = pythonpath
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "seedcompat_ref"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=full_env, cwd=ROOT)

    def send_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.send_raw(struct.pack(">I", len(body)) + body)

    def recv(self):
        header = self.proc.stdout.read(4)
        if len(header) < 4:
            raise EOFError(f"server closed stdout; stderr: {self.proc.stderr.read().decode()}")
        (n,) = struct.unpack(">I", header)
        return json.loads(self.proc.stdout.read(n).decode("utf-8"))

    def request(self, message):
        self.send(message)
        return self.recv()

    def close(self):
        for s in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                s.close()
            except OSError:
                pass
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(TIMEOUT)


class ReferenceServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.hello = cls.server.recv()

    @classmethod
    def tearDownClass(cls):
        cls.server.close()

    def run_case(self, setup, calls, rid=1):
        response = self.server.request({"id": rid, "op": "run", "setup": setup, "calls": calls})
        self.assertEqual(response["id"], rid)
        self.assertEqual(response["type"], "result")
        return response

    def test_hello(self):
        self.assertEqual(self.hello["type"], "hello")
        self.assertEqual(self.hello["protocol"], 1)
        self.assertEqual(self.hello["numpy"], np.__version__)
        self.assertEqual(self.hello["executable"], sys.executable)
        self.assertEqual(self.hello["python"], "%d.%d.%d" % sys.version_info[:3])

    def test_random_state(self):
        calls = ["rand(3)", "randint(0, 10, size=5, dtype='int16')", "shuffle(arange(12))", "get_state()"]
        results = self.run_case("numpy.random.RandomState(42)", calls)["results"]
        rs = np.random.RandomState(42)
        expected_rand = rs.rand(3)
        expected_int = rs.randint(0, 10, size=5, dtype="int16")
        expected_shuffled = np.arange(12)
        rs.shuffle(expected_shuffled)
        state = rs.get_state()

        self.assertEqual([r["call"] for r in results], calls)
        self.assertEqual(results[0], {"call": "rand(3)", "dtype": "float64", "shape": [3],
                                      "data": f64_bits(expected_rand)})
        self.assertEqual(results[1]["dtype"], "int16")
        self.assertEqual(results[1]["shape"], [5])
        self.assertEqual(results[1]["data"], expected_int.tolist())
        self.assertEqual(results[2], {"call": "shuffle(arange(12))", "dtype": "int64", "shape": [12],
                                      "data": expected_shuffled.tolist()})
        st = results[3]
        self.assertEqual(st["type"], "tuple")
        self.assertEqual(st["items"][0], {"type": "str", "value": "MT19937"})
        self.assertEqual(st["items"][1], {"dtype": "uint32", "shape": [624], "data": state[1].tolist()})
        self.assertEqual(st["items"][2], {"dtype": "int64", "shape": [], "data": [state[2]]})
        self.assertEqual(st["items"][3], {"dtype": "int64", "shape": [], "data": [0]})
        self.assertEqual(st["items"][4], {"dtype": "float64", "shape": [], "data": ["0x0000000000000000"]})

    def test_errors_do_not_stop_later_calls(self):
        results = self.run_case("np.random.RandomState(1)", ["beta(1, 2)", "rand(3", "rand(1)",
                                                             "rand(x)", "rand(-1)"])["results"]
        self.assertEqual(results[0]["error"], {
            "type": "UnsupportedCall", "message": "'beta' is not a supported call for numpy.random.RandomState"})
        self.assertEqual(results[1]["error"]["type"], "SyntaxError")
        self.assertTrue(results[1]["error"]["message"].endswith("at column 5"), results[1])
        self.assertEqual(results[2]["data"], f64_bits(np.random.RandomState(1).rand(1)))
        self.assertEqual(results[3]["error"], {
            "type": "UnsupportedExpression", "message": "name 'x' is not supported at column 6"})
        self.assertEqual(results[4]["error"]["type"], "ValueError")

    def test_setup_error(self):
        response = self.run_case("numpy.random.RandomState(-1)", ["rand()"])
        self.assertEqual(response["results"], [])
        self.assertEqual(response["setup_error"]["type"], "ValueError")
        response = self.run_case("numpy.random.default_rngx(1)", ["rand()"])
        self.assertEqual(response["setup_error"]["type"], "UnsupportedSetup")

    def test_global_form(self):
        results = self.run_case("numpy.random.seed(7)", ["random_sample(2)", "random_integers(1, 6, size=3)"])["results"]
        np.random.seed(7)
        self.assertEqual(results[0]["data"], f64_bits(np.random.random_sample(2)))
        self.assertEqual(results[1]["data"], np.random.randint(1, 7, size=3).tolist())
        bad = self.run_case("np.random.seed(7)", ["choice2(3)"])["results"][0]
        self.assertEqual(bad["error"]["message"], "'choice2' is not a supported call for numpy.random (global)")

    def test_argument_language(self):
        calls = ["choice(array([1.5, -2.0], dtype=numpy.float32), size=2)",
                 "permutation(array([1, 0], dtype=np.bool_))", "uniform(-2**3, 1/4 + 1, size=1)",
                 "bytes(3)", "randint(2**70)", "choice(['a', 'b'])", "normal(numpy.nan)"]
        results = self.run_case("numpy.random.RandomState(3)", calls)["results"]
        rs = np.random.RandomState(3)
        f32 = rs.choice(np.array([1.5, -2.0], dtype=np.float32), size=2)
        self.assertEqual(results[0]["dtype"], "float32")
        self.assertEqual(results[0]["data"], ["0x%08x" % b for b in f32.view(np.uint32).tolist()])
        self.assertEqual(results[1]["dtype"], "bool")
        self.assertEqual(results[1]["data"], rs.permutation(np.array([1, 0], dtype=np.bool_)).tolist())
        self.assertEqual(results[2]["data"], f64_bits(rs.uniform(-8, 1.25, size=1)))
        self.assertEqual(results[3], {"call": "bytes(3)", "type": "bytes", "hex": rs.bytes(3).hex()})
        self.assertEqual(results[4]["error"]["type"], "ValueError")
        self.assertEqual(results[5], {"call": "choice(['a', 'b'])", "type": "unsupported",
                                      "repr": repr(rs.choice(["a", "b"]))})
        self.assertEqual(results[6]["data"], f64_bits(rs.normal(np.nan)))

    def test_protocol_errors_keep_serving(self):
        self.server.send_raw(struct.pack(">I", 5) + b"{nope")
        self.assertEqual(self.server.recv()["type"], "protocol_error")
        response = self.server.request({"id": 9, "op": "frobnicate"})
        self.assertEqual((response["id"], response["type"]), (9, "protocol_error"))
        response = self.server.request({"id": 10, "op": "run", "setup": 1, "calls": []})
        self.assertEqual((response["id"], response["type"]), (10, "protocol_error"))
        self.server.send_raw(struct.pack(">I", 64 * 1024 * 1024 + 1) + b" " * (64 * 1024 * 1024 + 1))
        response = self.server.recv()
        self.assertEqual((response["id"], response["type"]), (None, "protocol_error"))
        self.assertEqual(self.run_case("numpy.random.RandomState(0)", [])["results"], [])

    def test_fingerprint(self):
        fp = self.server.request({"id": 11, "op": "fingerprint"})
        self.assertEqual((fp["id"], fp["type"]), (11, "fingerprint"))
        info = fp["fingerprint"]
        self.assertEqual(info["numpy"], np.__version__)
        self.assertIn("torch", info)
        self.assertIn("ATEN_CPU_CAPABILITY", info["env"])
        self.assertIsInstance(info["cpu_flags"].get("avx2", False), bool)


class LifecycleTest(unittest.TestCase):
    def test_shutdown(self):
        server = Server()
        try:
            self.assertEqual(server.recv()["type"], "hello")
            self.assertEqual(server.request({"id": 1, "op": "shutdown"}), {"id": 1, "type": "bye"})
            self.assertEqual(server.proc.wait(TIMEOUT), 0)
        finally:
            server.close()

    def test_eof_exits_zero(self):
        server = Server()
        try:
            server.recv()
            server.proc.stdin.close()
            self.assertEqual(server.proc.wait(TIMEOUT), 0)
            self.assertEqual(server.proc.stdout.read(), b"")
        finally:
            server.close()

    def test_debug_crash(self):
        server = Server(env={"SEEDCOMPAT_REF_DEBUG": "crash"})
        try:
            server.recv()
            server.send({"id": 1, "op": "run", "setup": "numpy.random.RandomState(1)", "calls": []})
            self.assertEqual(server.proc.wait(TIMEOUT), 7)
            self.assertTrue(server.proc.stderr.read())
        finally:
            server.close()

    def test_debug_hang(self):
        server = Server(env={"SEEDCOMPAT_REF_DEBUG": "hang"})
        try:
            server.recv()
            server.send({"id": 1, "op": "run", "setup": "numpy.random.RandomState(1)", "calls": []})
            ready, _, _ = select.select([server.proc.stdout], [], [], 1.5)
            self.assertEqual(ready, [])
            self.assertIsNone(server.proc.poll())
        finally:
            server.close()

    def test_debug_garbage(self):
        server = Server(env={"SEEDCOMPAT_REF_DEBUG": "garbage"})
        try:
            server.recv()
            server.send({"id": 1, "op": "run", "setup": "numpy.random.RandomState(1)", "calls": []})
            (n,) = struct.unpack(">I", server.proc.stdout.read(4))
            self.assertGreater(n, 64 * 1024 * 1024)
        finally:
            server.close()

    def test_missing_numpy_is_fatal(self):
        with tempfile.TemporaryDirectory() as fake:
            os.mkdir(os.path.join(fake, "numpy"))
            with open(os.path.join(fake, "numpy", "__init__.py"), "w") as f:
                f.write("raise ImportError('numpy is broken here')\n")
            server = Server(pythonpath=os.pathsep.join([fake, ROOT]))
            try:
                self.assertEqual(server.recv(), {"type": "fatal", "cause": "missing-module", "module": "numpy",
                                                 "message": "numpy is broken here", "python": sys.executable})
                self.assertEqual(server.proc.wait(TIMEOUT), 3)
            finally:
                server.close()


if __name__ == "__main__":
    unittest.main()
