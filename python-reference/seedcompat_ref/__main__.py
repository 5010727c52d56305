"""Entry point: `python -m seedcompat_ref` (PYTHONPATH=python-reference)."""

import os
import platform
import sys
import warnings


def bind_stdio():
    """Returns (frames_in, frames_out). Frames own the real stdin/stdout; fd 1 becomes a copy of
    stderr so print() and native libraries writing to stdout cannot corrupt the stream, and fd 0
    becomes /dev/null so nothing else can consume request bytes."""
    out_fd = os.dup(1)
    in_fd = os.dup(0)
    os.dup2(2, 1)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    sys.stdout = sys.stderr
    return os.fdopen(in_fd, "rb"), os.fdopen(out_fd, "wb")


MEMORY_ENV = "SEEDCOMPAT_REFERENCE_MEMORY_GB"


def limit_memory():
    """Caps the address space (default: half of this machine's memory; SEEDCOMPAT_REFERENCE_MEMORY_GB
    sets it, 0 lifts it), so a call whose result cannot fit raises the library's own MemoryError
    instead of pushing the machine into swap or the OOM killer."""
    try:
        import resource
        value = os.environ.get(MEMORY_ENV, "").strip()
        if value:
            gib = float(value)
        else:
            gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 / (1 << 30)
        if gib > 0:
            limit = int(gib * (1 << 30))
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError, ImportError) as e:
        print(f"seedcompat_ref: {MEMORY_ENV}: memory limit not set ({e})", file=sys.stderr, flush=True)


def listen(path):
    """`--listen PATH`: frames over the one client of a Unix-domain socket at PATH instead of
    stdin/stdout (a container with network none, reached through a bind-mounted folder)."""
    import socket
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    os.chmod(path, 0o777)  # the client may run as another user than the container's root
    server.listen(1)
    print(f"seedcompat_ref: listening on {path}", file=sys.stderr, flush=True)
    conn, _ = server.accept()
    server.close()
    return conn.makefile("rb"), conn.makefile("wb")


def main():
    fin, fout = bind_stdio()
    if len(sys.argv) == 3 and sys.argv[1] == "--listen":
        fin.close()
        fout.close()
        fin, fout = listen(sys.argv[2])
    limit_memory()
    from . import protocol  # stdlib only

    sys.set_int_max_str_digits(0)  # int literals and results of any size (3.11 caps at 4300 digits)
    warnings.simplefilter("default")  # e.g. random_integers' DeprecationWarning: once, on stderr

    try:
        import numpy
    except Exception as e:
        cause = "missing-module" if isinstance(e, ImportError) else "import-failed"
        try:
            protocol.write_frame(fout, protocol.encode({
                "type": "fatal", "cause": cause, "module": "numpy", "message": str(e), "python": sys.executable}))
        except OSError:
            pass  # no client to tell; the exit code still says it
        fin.close()
        fout.close()
        return 3

    from .server import Server

    server = Server(fin, fout)
    try:
        server.send({"type": "hello", "protocol": 2, "python": platform.python_version(),
                     "executable": sys.executable, "numpy": numpy.__version__})
        return server.serve()
    except BrokenPipeError:
        return 0  # the client went away; nobody is left to tell
    except KeyboardInterrupt:
        return 130
    finally:
        for f in (fin, fout):
            try:
                f.close()
            except OSError:  # e.g. a broken pipe while flushing
                pass


if __name__ == "__main__":
    sys.exit(main())
