package tad.core.render;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;

/**
 * The system's Chromium, headless, in a fresh profile folder, listening for DevTools on a port it picks itself
 * (read back from the profile's {@code DevToolsActivePort} file). Its own networking is pointed at a proxy that does
 * not exist, loopback included: the renderer serves every request the page makes through the polite client, and
 * anything it failed to intercept goes nowhere instead of reaching a site impolitely.
 */
final class ChromiumProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final URI devtools;

    private ChromiumProcess(Process process, Path profile, URI devtools) {
        this.process = process;
        this.profile = profile;
        this.devtools = devtools;
    }

    static ChromiumProcess start(Path executable) throws IOException {
        Path profile = Files.createTempDirectory("tad-chromium-");
        List<String> command = List.of(executable.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider",
                "--mute-audio", "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return new ChromiumProcess(process, profile, waitForDevtools(process, profile));
        } catch (IOException e) {
            process.destroyForcibly();
            deleteQuietly(profile);
            throw e;
        }
    }

    URI devtools() {
        return devtools;
    }

    private static URI waitForDevtools(Process process, Path profile) throws IOException {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("chromium exited at start (code " + process.exitValue() + ")");
            }
            if (Files.isRegularFile(portFile)) {
                List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                if (lines.size() >= 2 && !lines.get(0).isBlank()) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while chromium started", e);
            }
        }
        throw new IOException("chromium did not open its DevTools port in " + START_TIMEOUT.toSeconds() + " s");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteQuietly(profile);
    }

    /**
     * Deletes the profile folder as far as it can. Chromium's helper processes may still rename or remove files in it
     * for a moment after the browser process has gone, so a file that vanishes or cannot be read is passed over, not
     * an error (a stream from {@code Files.walk} would throw at it, failing the crawl's close).
     */
    static void deleteQuietly(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    file.toFile().delete();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) {
                    folder.toFile().delete();
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a profile folder left in the temp dir is harmless; nothing in it is ours to keep
        }
    }
}
