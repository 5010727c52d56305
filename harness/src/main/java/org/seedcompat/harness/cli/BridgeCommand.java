package org.seedcompat.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.seedcompat.engine.bridge.MtPosition;
import org.seedcompat.engine.bridge.Translation;
import org.seedcompat.engine.torch.core.TorchState;
import org.seedcompat.harness.bridge.StateValues.Library;
import org.seedcompat.harness.bridge.StateValues;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.side.EngineSide;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.CallResult;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.value.Value;
import org.seedcompat.harness.value.ValueJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bridge", mixinStandardHelpOptions = true,
        header = "Translate an MT19937 state between NumPy, PyTorch and Python random.",
        description = {"Translate an MT19937 state between NumPy, PyTorch and Python's random so the",
    "target continues the same word stream. DIRECTION is FROM-to-TO with FROM and TO among numpy, torch",
    "and python (e.g. numpy-to-torch). The state comes from --state (a JSON value line as sample/reference",
    "print it for get_state(), bit_generator.state, get_rng_state() or getstate(); or PyTorch's raw 5056",
    "bytes), or from --setup run on the engine. Prints one JSON line: the target state, the case-language",
    "line that installs it, and what could not be carried over."})
final class BridgeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIRECTION", description = "numpy-to-torch, torch-to-numpy, numpy-to-python, ...")
    String direction;

    @Option(names = "--state", paramLabel = "FILE", description = "State to translate ('-' for stdin).")
    String stateFile;

    @Option(names = "--setup", paramLabel = "SETUP", description = "Setup run on the engine instead, e.g. 'numpy.random.RandomState(5)'.")
    String setup;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "CALL", description = "Calls to run after --setup before reading the state.")
    List<String> calls = new ArrayList<>();

    @Option(names = "--initial-seed", paramLabel = "N",
            description = "initial_seed() recorded in a PyTorch target state (the source has none; default 0).")
    String initialSeed = "0";

    @Option(names = "--out", paramLabel = "FILE", description = "Also write a PyTorch target state's raw 5056 bytes here.")
    Path out;

    @Override
    public Integer call() throws IOException {
        String[] parts = direction.toLowerCase(Locale.ROOT).split("-to-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("DIRECTION must be FROM-to-TO, e.g. numpy-to-torch; got '" + direction + "'");
        }
        Library from = library(parts[0]);
        Library to = library(parts[1]);
        if ((stateFile == null) == (setup == null)) {
            throw new IllegalArgumentException("give exactly one of --state FILE and --setup SETUP");
        }
        Value source = stateFile != null ? readState(from) : runSetup(from);
        Translation<MtPosition> read;
        try {
            read = StateValues.read(from, source);
        } catch (org.seedcompat.engine.PythonError e) {
            throw new IllegalArgumentException((stateFile != null ? "--state " + stateFile : "--setup " + setup) + " is not a valid "
                    + from.name().toLowerCase(Locale.ROOT) + " state: " + e.pythonType() + ": " + e.getMessage(), e);
        }
        long seed = Long.parseUnsignedLong(initialSeed.startsWith("-") ? Long.toUnsignedString(Long.parseLong(initialSeed))
                : initialSeed);
        MtPosition p = read.state();
        ObjectNode line = ValueJson.MAPPER.createObjectNode();
        line.put("bridge", from.name().toLowerCase(Locale.ROOT) + "-to-" + to.name().toLowerCase(Locale.ROOT));
        line.set("state", ValueJson.toJson(StateValues.write(to, p, seed)));
        line.put("apply", StateValues.applyLine(to, p, seed));
        ArrayNode lost = line.putArray("not_carried");
        for (Translation.NotCarried n : read.notCarried()) {
            lost.addObject().put("field", n.field()).put("value", n.value()).put("reason", n.reason());
        }
        if (to == Library.TORCH && from != Library.TORCH) {
            lost.addObject().put("field", "initial_seed").put("value", Long.toUnsignedString(seed))
                    .put("reason", "the source records no seed; PyTorch's initial_seed() is set to this value");
        }
        if (out != null) {
            if (to != Library.TORCH) {
                throw new IllegalArgumentException("--out writes PyTorch state bytes; the target here is " + to);
            }
            if (Files.isDirectory(out)) {
                throw new IllegalArgumentException("--out " + out + " is a directory: give a file name for the 5056 state bytes");
            }
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".bridge", ".tmp");
            try {
                Files.write(tmp, org.seedcompat.engine.bridge.StateBridge.toTorch(p, seed).toBytes());
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        try (Output o = new Output()) {
            o.line(line);
        }
        return Main.OK;
    }

    private static Library library(String name) {
        try {
            return Library.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown library '" + name + "' in DIRECTION (numpy, torch or python)", e);
        }
    }

    private Value readState(Library from) throws IOException {
        byte[] raw;
        if (stateFile.equals("-")) {
            try (InputStream in = System.in) {
                raw = in.readAllBytes();
            }
        } else {
            Path file = Path.of(stateFile);
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException("--state " + stateFile + " is a directory: give the file with the state");
            }
            try {
                raw = Files.readAllBytes(file);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IllegalArgumentException("--state " + stateFile + ": no such file (write one with ./seedcompat sample ... "
                        + "'get_state()' > FILE, or use '-' for standard input)", e);
            } catch (IOException e) {
                throw new IllegalArgumentException("--state " + stateFile + " cannot be read: " + e, e);
            }
        }
        if (from == Library.TORCH && raw.length == TorchState.SIZE) {
            long[] data = new long[raw.length];
            for (int i = 0; i < raw.length; i++) {
                data[i] = raw[i] & 0xFF;
            }
            return new ArrayValue(org.seedcompat.engine.DType.UINT8, new int[] {data.length}, data);
        }
        String text = new String(raw, StandardCharsets.UTF_8).trim();
        JsonNode node;
        try {
            node = ValueJson.MAPPER.readTree(text.lines().filter(l -> !l.isBlank()).findFirst().orElse(""));
        } catch (IOException e) {
            throw new IllegalArgumentException("--state " + stateFile + ": not a JSON value line nor 5056 raw PyTorch "
                    + "state bytes: " + e.getMessage(), e);
        }
        if (node == null || node.isMissingNode()) {
            throw new IllegalArgumentException("--state " + stateFile + " is empty");
        }
        if (node.has("error")) {
            throw new IllegalArgumentException("--state " + stateFile + " holds an error line, not a state: " + node.get("error"));
        }
        return ValueJson.fromJson(node);
    }

    private Value runSetup(Library from) {
        List<String> all = new ArrayList<>(calls);
        all.add(from.getter());
        Case c = Case.adHoc(setup, all);
        c.checkSyntax();
        CaseResult r = new EngineSide().run(c);
        if (r.setupError() != null) {
            throw new IllegalArgumentException("--setup failed: " + r.setupError().type() + ": " + r.setupError().message());
        }
        CallResult last = r.calls().get(r.calls().size() - 1);
        if (last.isError()) {
            throw new IllegalArgumentException(last.call() + " failed on the engine: " + last.error().type() + ": "
                    + last.error().message());
        }
        return last.value();
    }
}
