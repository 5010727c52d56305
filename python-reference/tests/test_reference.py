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
        self.assertEqual(self.hello["protocol"], 2)
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
        results = self.run_case("np.random.RandomState(1)", ["walk(0, 1)", "rand(3", "rand(1)",
                                                             "rand(x)", "rand(-1)"])["results"]
        self.assertEqual(results[0]["error"], {
            "type": "UnsupportedCall", "message": "'walk' is not a supported call for numpy.random.RandomState"})
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


def expect(x):
    """The contract's rendering of a plain value, written independently of render.py for the
    state dicts and attributes below (ints, floats, int/uint arrays, str, tuple, list, dict)."""
    if isinstance(x, bool):
        return {"dtype": "bool", "shape": [], "data": [x]}
    if isinstance(x, int):
        return {"dtype": "int64", "shape": [], "data": [x]} if -2**63 <= x < 2**63 else {"type": "int", "value": x}
    if isinstance(x, float):
        return {"dtype": "float64", "shape": [], "data": f64_bits(x)}
    if isinstance(x, (np.ndarray, np.generic)):
        a = np.asarray(x)
        if a.dtype.kind == "f":
            uint, width = {4: (np.uint32, 8), 8: (np.uint64, 16)}[a.dtype.itemsize]
            bits = ["0x%0*x" % (width, b) for b in a.view(uint).ravel().tolist()]
            return {"dtype": a.dtype.name, "shape": list(a.shape), "data": bits}
        return {"dtype": a.dtype.name, "shape": list(a.shape), "data": a.ravel().tolist()}
    if isinstance(x, str):
        return {"type": "str", "value": x}
    if isinstance(x, bytes):
        return {"type": "bytes", "hex": x.hex()}
    if isinstance(x, (tuple, list)):
        return {"type": type(x).__name__, "items": [expect(i) for i in x]}
    if isinstance(x, dict):
        return {"type": "dict", "items": {str(k): expect(v) for k, v in x.items()}}
    if isinstance(x, np.random.Generator):
        return {"type": "object", "class": "Generator", "bit_generator": expect(x.bit_generator)}
    if isinstance(x, np.random.BitGenerator):
        return {"type": "object", "class": type(x).__name__, "state": expect(x.state)}
    if isinstance(x, np.random.SeedSequence):
        return {"type": "object", "class": "SeedSequence", "entropy": expect(x.entropy),
                "spawn_key": expect(x.spawn_key), "pool_size": expect(x.pool_size),
                "n_children_spawned": expect(x.n_children_spawned)}
    raise TypeError(f"no expectation for {x!r}")


def value(line):
    """A result line without its "call" key."""
    return {k: v for k, v in line.items() if k != "call"}


def error_of(fn):
    """{"type", "message"} of what the real library raises."""
    try:
        fn()
    except Exception as e:  # noqa: BLE001 - any library error is the expectation
        return {"type": type(e).__name__, "message": str(e)}
    raise AssertionError("expected an error")


BIT_GENERATORS = ("PCG64", "MT19937", "PCG64DXSM", "Philox", "SFC64")


class GeneratorApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.server.recv()

    @classmethod
    def tearDownClass(cls):
        cls.server.close()

    def run_case(self, setup, calls):
        response = self.server.request({"id": 5, "op": "run", "setup": setup, "calls": calls})
        self.assertEqual((response["id"], response["type"]), (5, "result"))
        if "setup_error" not in response:
            self.assertEqual([r["call"] for r in response["results"]], calls)
        return response

    def results(self, setup, calls):
        response = self.run_case(setup, calls)
        self.assertNotIn("setup_error", response)
        return [value(r) for r in response["results"]]

    def test_generator_calls(self):
        calls = ["random(3)", "random(size=(2, 2), dtype=numpy.float32)", "integers(0, 10, size=5)",
                 "integers(0, 2**40, 3, dtype='uint64', endpoint=True)", "standard_normal(4)",
                 "normal(1.0, 2.0, 3)", "standard_exponential(3)", "exponential(2.0, 2)",
                 "uniform(-1, 1, 3)", "choice(10, 3, replace=False)", "shuffle(arange(10))",
                 "shuffle(array([[1, 2], [3, 4], [5, 6]]), axis=1)", "permutation(8)",
                 "permuted(array([[1, 2, 3], [4, 5, 6]]), axis=1)", "bytes(5)", "spawn(2)", "bit_generator",
                 "random()"]
        got = self.results("numpy.random.default_rng(12345)", calls)
        g = np.random.default_rng(12345)
        x1, x2 = np.arange(10), np.array([[1, 2], [3, 4], [5, 6]])
        # expect() right away: objects (bit_generator) change with later draws.
        expected = [expect(v) for v in (
            g.random(3), g.random(size=(2, 2), dtype=np.float32), g.integers(0, 10, size=5),
            g.integers(0, 2**40, 3, dtype="uint64", endpoint=True), g.standard_normal(4))]
        expected += [expect(v) for v in (g.normal(1.0, 2.0, 3), g.standard_exponential(3), g.exponential(2.0, 2))]
        expected += [expect(v) for v in (g.uniform(-1, 1, 3), g.choice(10, 3, replace=False))]
        g.shuffle(x1)
        g.shuffle(x2, axis=1)
        expected += [expect(x1), expect(x2), expect(g.permutation(8))]
        expected.append(expect(g.permuted(np.array([[1, 2, 3], [4, 5, 6]]), axis=1)))
        expected += [expect(g.bytes(5)), expect(g.spawn(2)), expect(g.bit_generator), expect(g.random())]
        for call, line, exp in zip(calls, got, expected):
            self.assertEqual(line, exp, call)
        self.assertEqual(got[1]["dtype"], "float32")
        spawned = got[15]
        self.assertEqual(spawned["type"], "list")
        self.assertEqual([i["class"] for i in spawned["items"]], ["Generator", "Generator"])
        self.assertEqual(spawned["items"][0]["bit_generator"]["class"], "PCG64")

    def test_generator_setups_and_bit_generators(self):
        for name in BIT_GENERATORS:
            with self.subTest(name):
                setup = f"np.random.Generator(numpy.random.{name}(numpy.random.SeedSequence(7, spawn_key=(1, 2), pool_size=8)))"
                got = self.results(setup, ["random(2)", "bit_generator", "bit_generator.seed_seq"])
                g = np.random.Generator(getattr(np.random, name)(np.random.SeedSequence(7, spawn_key=(1, 2), pool_size=8)))
                self.assertEqual(got[0], expect(g.random(2)))
                self.assertEqual(got[1]["class"], name)
                self.assertEqual(got[1], expect(g.bit_generator))
                self.assertEqual(got[2], expect(g.bit_generator.seed_seq))
        got = self.results("numpy.random.Generator(numpy.random.Philox(key=2**100 + 5, counter=[1, 2, 3, 4]))",
                           ["bit_generator.state", "integers(0, 100, 2)"])
        g = np.random.Generator(np.random.Philox(key=2**100 + 5, counter=[1, 2, 3, 4]))
        self.assertEqual(got[0], expect(g.bit_generator.state))
        self.assertEqual(got[0]["items"]["state"]["items"]["key"]["dtype"], "uint64")
        self.assertEqual(got[1], expect(g.integers(0, 100, 2)))
        for setup, rng in (("numpy.random.default_rng(numpy.random.MT19937(3))", np.random.default_rng(np.random.MT19937(3))),
                           ("numpy.random.default_rng(numpy.random.SeedSequence([1, 2, 3]))",
                            np.random.default_rng(np.random.SeedSequence([1, 2, 3]))),
                           ("numpy.random.default_rng(seed=2**70)", np.random.default_rng(seed=2**70))):
            with self.subTest(setup):
                self.assertEqual(self.results(setup, ["standard_normal(3)"])[0], expect(rng.standard_normal(3)))

    def test_bit_generator_targets(self):
        calls = ["random_raw(2)", "random_raw()", "random_raw(size=(2, 3))", "advance(5)", "jumped()",
                 "jumped(2)", "spawn(2)", "state", "seed_seq", "random_raw(1)"]
        for name in BIT_GENERATORS:
            with self.subTest(name):
                got = self.results(f"numpy.random.{name}(7)", calls)
                bg = getattr(np.random, name)(7)
                self.assertEqual(got[0], expect(bg.random_raw(2)))
                self.assertEqual(got[1], expect(bg.random_raw()))
                self.assertEqual(got[2], expect(bg.random_raw(size=(2, 3))))
                self.assertEqual(got[2]["dtype"], "uint64")
                for i, fn in ((3, lambda: bg.advance(5)), (4, lambda: bg.jumped()), (5, lambda: bg.jumped(2))):
                    if hasattr(bg, calls[i].split("(")[0]):
                        self.assertEqual(got[i], expect(fn()), calls[i])
                    else:  # MT19937/SFC64 lack advance, SFC64 lacks jumped: the real AttributeError
                        self.assertEqual(got[i], {"error": error_of(fn)}, calls[i])
                        self.assertEqual(got[i]["error"]["type"], "AttributeError")
                self.assertEqual(got[6], expect(bg.spawn(2)))
                self.assertEqual([o["class"] for o in got[6]["items"]], [name, name])
                self.assertEqual(got[7], expect(bg.state))
                self.assertEqual(got[8], expect(bg.seed_seq))
                self.assertEqual(got[8]["n_children_spawned"], expect(2))
                self.assertEqual(got[9], expect(bg.random_raw(1)))
        advanced = self.results("numpy.random.PCG64(1)", ["advance(3)"])[0]
        self.assertEqual(advanced["class"], "PCG64")
        self.assertEqual(advanced["state"]["items"]["state"]["items"]["inc"]["type"], "int")  # 128-bit
        self.assertEqual(self.results("np.random.Philox(key=1, counter=2)", ["state"])[0],
                         expect(np.random.Philox(key=1, counter=2).state))

    def test_seed_sequence_target(self):
        calls = ["generate_state(4)", "generate_state(3, 'uint64')", "generate_state(3, dtype=numpy.uint64)",
                 "entropy", "spawn_key", "pool_size", "n_children_spawned", "spawn(3)", "n_children_spawned",
                 "state", "generate_state(2, 'float64')"]
        for setup, ss in (("numpy.random.SeedSequence(12345)", np.random.SeedSequence(12345)),
                          ("np.random.SeedSequence([1, 2**80], spawn_key=(3, 4), pool_size=8)",
                           np.random.SeedSequence([1, 2**80], spawn_key=(3, 4), pool_size=8)),
                          ("numpy.random.SeedSequence(array([5, 6], dtype='uint32'))",
                           np.random.SeedSequence(np.array([5, 6], dtype="uint32")))):
            with self.subTest(setup):
                got = self.results(setup, calls)
                expected = [ss.generate_state(4), ss.generate_state(3, "uint64"), ss.generate_state(3, np.uint64),
                            ss.entropy, ss.spawn_key, ss.pool_size, ss.n_children_spawned, ss.spawn(3),
                            ss.n_children_spawned, ss.state]
                for call, line, exp in zip(calls, got, expected):
                    self.assertEqual(line, expect(exp), call)
                self.assertEqual(got[10], {"error": error_of(lambda: ss.generate_state(2, "float64"))})
                self.assertEqual([o["class"] for o in got[7]["items"]], ["SeedSequence"] * 3)
        big = self.results("numpy.random.SeedSequence(2**200)", ["entropy"])[0]
        self.assertEqual(big, {"type": "int", "value": 2**200})

    def test_object_rendering(self):
        got = self.results("numpy.random.default_rng(5)", ["bit_generator", "bit_generator.seed_seq"])
        self.assertEqual(list(got[0]), ["type", "class", "state"])
        self.assertEqual((got[0]["type"], got[0]["class"]), ("object", "PCG64"))
        state = got[0]["state"]
        self.assertEqual(state["type"], "dict")
        self.assertEqual(list(state["items"]), ["bit_generator", "state", "has_uint32", "uinteger"])
        self.assertEqual(list(got[1]), ["type", "class", "entropy", "spawn_key", "pool_size", "n_children_spawned"])
        whole = self.server.request({"id": 6, "op": "run", "setup": "numpy.random.default_rng(5)",
                                     "calls": ["spawn(1)"]})["results"][0]
        self.assertEqual(list(whole), ["call", "type", "items"])
        gen = whole["items"][0]
        self.assertEqual(list(gen), ["type", "class", "bit_generator"])
        self.assertEqual(gen["bit_generator"]["class"], "PCG64")
        mt = self.results("numpy.random.MT19937(1)", ["state"])[0]
        self.assertEqual(mt["items"]["state"]["items"]["key"]["dtype"], "uint32")
        self.assertEqual(mt["items"]["state"]["items"]["key"]["shape"], [624])
        # Objects outside the contract stay unsupported, with addresses masked.
        line = self.results("numpy.random.default_rng(1)", ["permutation([numpy.random.PCG64(1)])"])[0]
        self.assertEqual(line["type"], "unsupported")
        self.assertIn("object at 0x...>", line["repr"])

    def test_attribute_paths(self):
        got = self.results("numpy.random.default_rng(9)", [
            "bit_generator.state", "bit_generator.random_raw(3)", "bit_generator.seed_seq.spawn_key",
            "bit_generator.seed_seq.generate_state(2)", "bit_generator.jumped(1)", "bit_generator.advance(2)",
            " bit_generator . state", "random(1)"])
        g = np.random.default_rng(9)
        bg = g.bit_generator
        expected = [expect(bg.state), expect(bg.random_raw(3)), expect(bg.seed_seq.spawn_key),
                    expect(bg.seed_seq.generate_state(2)), expect(bg.jumped(1)), expect(bg.advance(2)),
                    expect(bg.state), expect(g.random(1))]
        self.assertEqual(got, expected)

    def test_path_errors(self):
        def unsupported_call(message):
            return {"error": {"type": "UnsupportedCall", "message": message}}

        def shape_error(what, column):
            return {"error": {"type": "UnsupportedExpression", "message":
                              "expected a call such as rand(3) or an attribute such as bit_generator.state, "
                              f"got {what} at column {column}"}}

        got = self.results("numpy.random.default_rng(1)", [
            "state", "random", "bit_generator.state()", "bit_generator.foo", "bit_generator.state.x",
            "integers.x", "bit_generator.jumped.state", "np.random.rand(3)", "bit_generator.jumped(2).state",
            "bit_generator.state['state']", "3", "rand()()", "bit_generator.random_raw(x)", "random(1)"])
        gen = "numpy.random.Generator"
        self.assertEqual(got[0], unsupported_call(f"'state' is not a supported call for {gen}"))
        self.assertEqual(got[1], unsupported_call("'random' is a method: call it as random(...)"))
        self.assertEqual(got[2], unsupported_call("'bit_generator.state' is an attribute, not a method: write it without (...)"))
        self.assertEqual(got[3], unsupported_call(f"'bit_generator.foo' is not a supported call for {gen}"))
        self.assertEqual(got[4], unsupported_call(f"'bit_generator.state.x' is not a supported call for {gen}"))
        self.assertEqual(got[5], unsupported_call(f"'integers.x' is not a supported call for {gen}"))
        self.assertEqual(got[6], unsupported_call(f"'bit_generator.jumped.state' is not a supported call for {gen}"))
        self.assertEqual(got[7], unsupported_call(f"'numpy.random.rand' is not a supported call for {gen}"))
        self.assertEqual(got[8], shape_error("call to 'bit_generator.jumped'", 1))
        self.assertEqual(got[9], shape_error("subscript", 1))
        self.assertEqual(got[10], shape_error("literal 3", 1))
        self.assertEqual(got[11], shape_error("call to 'rand'", 1))
        self.assertEqual(got[12], {"error": {"type": "UnsupportedExpression", "message": "name 'x' is not supported at column 26"}})
        self.assertEqual(got[13], expect(np.random.default_rng(1).random(1)))  # nothing above drew a value

        got = self.results("numpy.random.PCG64(1)", ["foo()", "random_raw", "state()", "seed_seq.spawn_key", "seed_seq.foo"])
        self.assertEqual(got[0], unsupported_call("'foo' is not a supported call for numpy.random.PCG64"))
        self.assertEqual(got[1], unsupported_call("'random_raw' is a method: call it as random_raw(...)"))
        self.assertEqual(got[2], unsupported_call("'state' is an attribute, not a method: write it without (...)"))
        self.assertEqual(got[3], expect(()))
        self.assertEqual(got[4], unsupported_call("'seed_seq.foo' is not a supported call for numpy.random.PCG64"))
        got = self.results("numpy.random.SeedSequence(1)", ["bit_generator", "entropy()", "spawn"])
        self.assertEqual(got[0], unsupported_call("'bit_generator' is not a supported call for numpy.random.SeedSequence"))
        self.assertEqual(got[1]["error"]["type"], "UnsupportedCall")
        self.assertEqual(got[2], unsupported_call("'spawn' is a method: call it as spawn(...)"))
        got = self.results("numpy.random.RandomState(1)", ["rand", "get_state.x", "bit_generator"])
        self.assertEqual(got[0], unsupported_call("'rand' is a method: call it as rand(...)"))
        self.assertEqual(got[1], unsupported_call("'get_state.x' is not a supported call for numpy.random.RandomState"))
        self.assertEqual(got[2], unsupported_call("'bit_generator' is not a supported call for numpy.random.RandomState"))

    def test_setup_errors(self):
        cases = {
            "numpy.random.SeedSequence(-1)": lambda: np.random.SeedSequence(-1),
            "numpy.random.SeedSequence(1.5)": lambda: np.random.SeedSequence(1.5),
            "numpy.random.Philox(1, key=2)": lambda: np.random.Philox(1, key=2),
            "numpy.random.default_rng(-3)": lambda: np.random.default_rng(-3),
            "numpy.random.Generator(3)": lambda: np.random.Generator(3),
            "numpy.random.Generator(numpy.random.SeedSequence(1))": lambda: np.random.Generator(np.random.SeedSequence(1)),
            "numpy.random.Generator(numpy.random.PCG64(-1))": lambda: np.random.PCG64(-1),
            "numpy.random.Philox(counter=[1, 2])": lambda: np.random.Philox(counter=[1, 2]),
            "numpy.random.SeedSequence(1, pool_size=2)": lambda: np.random.SeedSequence(1, pool_size=2),
            "numpy.random.PCG64(numpy.random.SeedSequence(-5))": lambda: np.random.SeedSequence(-5),
        }
        for setup, fn in cases.items():
            with self.subTest(setup):
                response = self.run_case(setup, ["random_raw()"])
                self.assertEqual(response["results"], [])
                self.assertEqual(response["setup_error"], error_of(fn))
        self.assertEqual(self.run_case("numpy.random.SeedSequence(-1)", [])["setup_error"]["type"], "ValueError")
        self.assertEqual(self.run_case("numpy.random.SeedSequence(1.5)", [])["setup_error"]["type"], "TypeError")
        masked = self.run_case("numpy.random.PCG64(numpy.random.MT19937(1))", [])["setup_error"]
        self.assertEqual(masked["type"], "TypeError")
        self.assertTrue(masked["message"].endswith("<numpy.random._mt19937.MT19937 object at 0x...>"), masked)
        for setup, what in (("numpy.random.Generator(numpy.random.default_rng(1))", "call to 'numpy.random.default_rng'"),
                            ("numpy.random.default_rng(PCG64(1))", "call to 'PCG64'")):
            with self.subTest(setup):
                error = self.run_case(setup, [])["setup_error"]
                self.assertEqual(error["type"], "UnsupportedExpression")
                self.assertTrue(error["message"].startswith(f"{what} is not supported at column "), error)
        # A RandomState may be built in an argument: default_rng shares its bit generator.
        self.assertNotIn("setup_error", self.run_case("numpy.random.default_rng(numpy.random.RandomState(1))", []))
        error = self.run_case("numpy.random.BitGenerator(1)", [])["setup_error"]
        self.assertEqual(error["type"], "UnsupportedSetup")
        for name in ("numpy.random.default_rng", "numpy.random.Generator", "numpy.random.SeedSequence",
                     *("numpy.random." + n for n in BIT_GENERATORS)):
            self.assertIn(name, error["message"])

    def test_call_argument_objects(self):
        got = self.results("numpy.random.default_rng(1)", ["integers(numpy.random.PCG64(1))", "random(2)"])
        g = np.random.default_rng(1)
        self.assertEqual(got[0], {"error": error_of(lambda: g.integers(np.random.PCG64(1)))})
        self.assertEqual(got[1], expect(g.random(2)))


class TorchAndPythonRandomTest(unittest.TestCase):
    """The torch setups (the generator implied, chains that fill a tensor) and random.Random."""

    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.server.recv()

    @classmethod
    def tearDownClass(cls):
        cls.server.close()

    def run_case(self, setup, calls):
        return self.server.request({"id": 1, "op": "run", "setup": setup, "calls": calls})

    def test_torch_calls_and_chains(self):
        import torch

        calls = ["rand(3)", "empty(4, dtype=torch.float64).uniform_(2, 3)", "randint(0, 10, (5,))",
                 "initial_seed()", "get_rng_state()", "manual_seed(7)"]
        results = self.run_case("torch.Generator().manual_seed(2**32 + 42)", calls)["results"]
        g = torch.Generator().manual_seed(2 ** 32 + 42)
        rand = torch.rand(3, generator=g)
        uni = torch.empty(4, dtype=torch.float64).uniform_(2, 3, generator=g)
        ints = torch.randint(0, 10, (5,), generator=g)
        self.assertEqual(results[0]["data"], ["0x%08x" % b for b in rand.numpy().view(np.uint32).tolist()])
        self.assertEqual(results[1]["data"], f64_bits(uni.numpy()))
        self.assertEqual(results[2], {"call": calls[2], "dtype": "int64", "shape": [5], "data": ints.tolist()})
        self.assertEqual(results[3]["data"], [2 ** 32 + 42])
        self.assertEqual(results[4]["data"], g.get_state().tolist())
        self.assertEqual(results[5], {"call": "manual_seed(7)", "type": "object", "class": "torch.Generator",
                                      "initial_seed": {"dtype": "int64", "shape": [], "data": [7]}})

    def test_torch_refusals(self):
        results = self.run_case("torch.manual_seed(1)", ["empty(3).x", "rand(3).uniform_()", "empty(3).shuffle()",
                                                         "rand(3, generator=None)", "lgamma(3)"])["results"]
        self.assertEqual(results[0]["error"]["type"], "UnsupportedExpression")
        self.assertEqual(results[0]["error"]["message"], "attribute 'x' of a call result is not supported at column 1")
        self.assertEqual(results[1]["error"]["message"],
                         "'rand' cannot start a chain for torch (CPU generator) (start with one of: empty, ones, zeros)")
        self.assertEqual(results[2]["error"]["type"], "UnsupportedCall")
        self.assertEqual(results[3]["error"]["type"], "UnsupportedArgument")
        self.assertEqual(results[4]["error"]["type"], "UnsupportedCall")

    def test_numpy_targets_refuse_chains(self):
        results = self.run_case("numpy.random.RandomState(1)", ["rand(3).sum()"])["results"]
        self.assertEqual(results[0]["error"]["message"],
                         "expected a call such as rand(3) or an attribute such as bit_generator.state, "
                         "got call to 'rand' at column 1")

    def test_python_random(self):
        import random

        results = self.run_case("random.Random(12345)", ["random()", "getrandbits(70)", "getstate()"])["results"]
        r = random.Random(12345)
        self.assertEqual(results[0]["data"], f64_bits([r.random()]))
        self.assertEqual(results[1], {"call": "getrandbits(70)", "type": "int", "value": r.getrandbits(70)})
        state = r.getstate()
        self.assertEqual(results[2]["items"][1]["items"][624]["data"], [state[1][624]])

    def test_streamed_run_sends_a_frame_per_call_with_the_probed_state(self):
        self.server.send({"id": 70, "op": "run", "setup": "numpy.random.RandomState(5)",
                          "calls": ["rand(2)", "nonexistent(1)"], "probe": "get_state()", "stream": True})
        first, second, end = self.server.recv(), self.server.recv(), self.server.recv()
        self.assertEqual((first["type"], first["index"], first["id"]), ("call", 0, 70))
        self.assertEqual(first["line"]["data"], f64_bits(np.random.RandomState(5).rand(2)))
        rs = np.random.RandomState(5)
        rs.rand(2)
        self.assertNotIn("state", first["line"])
        self.assertEqual(first["state"]["items"][2], {"dtype": "int64", "shape": [], "data": [int(rs.get_state()[2])]})
        self.assertEqual(second["line"]["error"]["type"], "UnsupportedCall")
        self.assertEqual((end["type"], end["streamed"]), ("result", 2))

    def test_streamed_setup_error_and_missing_module(self):
        self.server.send({"id": 71, "op": "run", "setup": "numpy.random.RandomState(-1)", "calls": ["rand()"], "stream": True})
        self.assertEqual(self.server.recv()["setup_error"]["type"], "ValueError")

    def test_oversized_bytes_are_refused_per_call(self):
        response = self.run_case("numpy.random.RandomState(1)", ["bytes(17 * 2**20)", "rand(1)"])
        self.assertEqual(response["results"][0]["error"]["type"], "UnsupportedSize")
        self.assertEqual(response["results"][1]["dtype"], "float64")

    def test_long_arrays_travel_as_digests(self):
        import hashlib
        import torch

        results = self.run_case("torch.manual_seed(0)", ["randperm(5000000, dtype=torch.int32)"])["results"]
        torch.manual_seed(0)
        expected = torch.randperm(5000000, dtype=torch.int32).numpy()
        r = results[0]
        self.assertEqual(r["count"], 5000000)
        self.assertEqual(r["head"], expected[:256].tolist())
        self.assertEqual(r["sha256"], hashlib.sha256(expected.astype("<i4").tobytes()).hexdigest())


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
