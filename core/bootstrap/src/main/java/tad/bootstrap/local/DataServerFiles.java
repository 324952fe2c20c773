package tad.bootstrap.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The local data server's files under {@code data.dir/data-server/}: {@code server.lock}, locked by the running
 * server for its whole life (the OS releases it when the process dies, even by kill -9); {@code start.lock}, held by
 * the one process that starts a server, so two never start two; {@code server.properties}, where the running server
 * says how to reach it; and {@code server.log}, the detached server's output.
 */
final class DataServerFiles {
    private final Path folder;

    DataServerFiles(Path dataDir) {
        this.folder = dataDir.toAbsolutePath().normalize().resolve("data-server");
    }

    Path log() {
        return folder.resolve("server.log");
    }

    /** The server's lock, if no other process holds it; the server keeps it until it stops. */
    Optional<HeldLock> lockServer() {
        return HeldLock.tryLock(folder.resolve("server.lock"));
    }

    /** Whether a live process holds the server's lock (a file left by a killed server is not enough). */
    boolean serverRunning() {
        Optional<HeldLock> probe = lockServer();
        probe.ifPresent(HeldLock::close);
        return probe.isEmpty();
    }

    /** Waits for the start lock: whoever holds it is starting a server. */
    HeldLock lockStart() {
        return HeldLock.lock(folder.resolve("start.lock"));
    }

    Optional<DataServerInfo> readInfo() {
        Path file = folder.resolve("server.properties");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(DataServerInfo.from(p));
        } catch (IOException | RuntimeException e) {
            // half a file cannot be: it is written by an atomic move; anything unreadable is not ours
            return Optional.empty();
        }
    }

    /** Written atomically, so a reader sees the whole file or none. */
    void writeInfo(DataServerInfo info) {
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "server", ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                info.properties().store(out, "the local data server of this data directory (docs/operations.md)");
            }
            Files.move(tmp, folder.resolve("server.properties"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve("server.properties"), e);
        }
    }

    void deleteInfo() {
        try {
            Files.deleteIfExists(folder.resolve("server.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OS file lock and its channel, released together. */
    static final class HeldLock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private HeldLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static Optional<HeldLock> tryLock(Path file) {
            FileChannel channel = open(file);
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return Optional.of(new HeldLock(channel, lock));
                }
            } catch (OverlappingFileLockException held) {
                // this JVM holds it already
            } catch (IOException e) {
                closeQuietly(channel);
                throw new UncheckedIOException("cannot lock " + file, e);
            }
            closeQuietly(channel);
            return Optional.empty();
        }

        static HeldLock lock(Path file) {
            FileChannel channel = open(file);
            try {
                return new HeldLock(channel, channel.lock());
            } catch (IOException e) {
                closeQuietly(channel);
                throw new UncheckedIOException("cannot lock " + file, e);
            }
        }

        private static FileChannel open(Path file) {
            try {
                Files.createDirectories(file.getParent());
                return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open " + file, e);
            }
        }

        private static void closeQuietly(FileChannel channel) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was locked through it
            }
        }

        @Override
        public void close() {
            try {
                lock.release();
            } catch (IOException ignored) {
                // closing the channel releases it too
            }
            closeQuietly(channel);
        }
    }
}
