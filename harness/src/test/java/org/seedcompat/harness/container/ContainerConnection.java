package org.seedcompat.harness.container;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.seedcompat.harness.reference.Environments.Environment;
import org.seedcompat.harness.reference.ReferenceConnection;
import com.github.dockerjava.api.exception.NotFoundException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A reference environment's image started by Testcontainers (network none, never pulled), reached
 * through a Unix-domain socket in a bind-mounted host folder ({@code python -m seedcompat_ref
 * --listen}): a long-lived process in a container without a network, at sub-millisecond round trips.
 */
final class ContainerConnection implements ReferenceConnection {

    private static final String SOCKET_DIR = "/run/seedcompat";

    private final GenericContainer<?> container;
    private final SocketChannel channel;
    private final Path folder;
    private final String label;

    private ContainerConnection(GenericContainer<?> container, SocketChannel channel, Path folder, String label) {
        this.container = container;
        this.channel = channel;
        this.folder = folder;
        this.label = label;
    }

    @SuppressWarnings("resource") // the container is stopped by kill()
    static ContainerConnection start(Environment env, Path home, Map<String, String> variables) throws IOException {
        requireImage(env);
        Path folder = Files.createTempDirectory("seedcompat-sock");
        GenericContainer<?> c = new GenericContainer<>(DockerImageName.parse(env.image()))
                .withEnv(variables)
                .withImagePullPolicy(image -> false) // no registry here: a missing image must fail at once
                .withNetworkMode("none")
                .withEnv("PYTHONDONTWRITEBYTECODE", "1")
                .withFileSystemBind(home.resolve("python-reference").toAbsolutePath().toString(),
                        "/opt/seedcompat/python-reference", BindMode.READ_ONLY)
                .withFileSystemBind(folder.toString(), SOCKET_DIR, BindMode.READ_WRITE)
                .withCommand("python", "-u", "-m", "seedcompat_ref", "--listen", SOCKET_DIR + "/ref.sock")
                .waitingFor(Wait.forLogMessage(".*seedcompat_ref: listening.*", 1).withStartupTimeout(Duration.ofSeconds(60)));
        try {
            c.start();
            SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(folder.resolve("ref.sock")));
            return new ContainerConnection(c, ch, folder, env.image() + " (Testcontainers)");
        } catch (RuntimeException | IOException e) {
            c.stop();
            deleteFolder(folder);
            throw e;
        }
    }

    /**
     * Fails at once for an image that is not built: Testcontainers would otherwise spend minutes
     * retrying the start of a container that cannot exist.
     */
    private static void requireImage(Environment env) {
        try {
            DockerClientFactory.instance().client().inspectImageCmd(env.image()).exec();
        } catch (NotFoundException e) {
            throw new IllegalStateException("the image " + env.image() + " is not built; fix: run "
                    + "scripts/build-reference-images.sh " + env.name(), e);
        }
    }

    @Override
    public String label() {
        return label;
    }

    // Not Channels.newInputStream/newOutputStream: both hold the channel's blocking lock while
    // blocked, so a reader waiting for an answer would stall the writer sending the request.
    @Override
    public InputStream fromReference() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
            }
        };
    }

    @Override
    public OutputStream toReference() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
            }

            @Override
            public void close() throws IOException {
                channel.shutdownOutput();
            }
        };
    }

    @Override
    public InputStream diagnostics() {
        return InputStream.nullInputStream();
    }

    @Override
    public String awaitExit(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (container.isRunning()) {
            if (System.currentTimeMillis() >= end) {
                return "";
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
        return " (container exited)";
    }

    @Override
    public void kill() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
        // Kill first: a process stuck in C code ignores the polite stop, which then waits minutes.
        if (container.isRunning()) {
            try {
                DockerClientFactory.instance().client().killContainerCmd(container.getContainerId()).exec();
            } catch (RuntimeException e) {
                // already gone
            }
        }
        container.stop();
        deleteFolder(folder);
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder of ours; the OS cleans it eventually
        }
    }
}
