package tad.serve;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import tad.bootstrap.Bootstrap;
import tad.core.config.RawConfig;
import tad.core.config.TadConfig;

/**
 * The server's own entry point (the container's command): {@code java tad.serve.Main [--port N] [--config FILE]}.
 * Parses the typed configuration once, asks the bootstrap for the adapters (the same ones `tad serve` gets: S3
 * media when TAD_MEDIA_BUCKET is set, the admin API when TAD_ADMIN_TOKEN is), starts the server and stops it
 * cleanly on SIGTERM.
 */
public final class Main {
    private static final String USAGE = "usage: tad.serve.Main [--port N] [--config FILE]";

    private Main() {
    }

    public static void main(String[] args) {
        Started started = start(args, System.getenv());
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "tad-serve-shutdown"));
        System.out.println("tad serve listening on http://localhost:" + started.port() + "/");
    }

    /** What {@link #main} does before it waits: the server on the bootstrap's adapters, from this environment. */
    public static Started start(String[] args, Map<String, String> env) {
        Bootstrap boot = Bootstrap.open(config(args, env));
        try {
            return new Started(boot, ServeWiring.start(boot, port(args, boot.config())));
        } catch (RuntimeException e) {
            boot.close();
            throw e;
        }
    }

    /** A started server and the adapters under it; closing stops the server, then releases the adapters. */
    public record Started(Bootstrap boot, ServeWiring.Running running) implements AutoCloseable {
        public int port() {
            return running.port();
        }

        @Override
        public void close() {
            running.close();
            boot.close();
        }
    }

    static TadConfig config(String[] args, Map<String, String> env) {
        return TadConfig.parse(RawConfig.load(Optional.ofNullable(options(args).get("--config")).map(Path::of), env,
                Map.of()));
    }

    static int port(String[] args, TadConfig config) {
        String port = options(args).get("--port");
        if (port == null) {
            return config.serve().port();
        }
        try {
            return Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number; " + USAGE);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException(USAGE);
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].equals("--port") && !args[i].equals("--config")) {
                throw new IllegalArgumentException(USAGE);
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
