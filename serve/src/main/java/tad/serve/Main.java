package tad.serve;

import io.helidon.webserver.WebServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import tad.core.config.RawConfig;
import tad.core.config.TadConfig;

/**
 * The server's own entry point (the container's command): {@code java tad.serve.Main [--port N] [--config FILE]}.
 * Builds the typed configuration once, opens the adapters, starts the server and stops it cleanly on SIGTERM.
 */
public final class Main {
    static final int DEFAULT_PORT = 8080;

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        RawConfig raw = RawConfig.load(Optional.ofNullable(options.get("--config")).map(Path::of), System.getenv(),
                Map.of());
        TadConfig config = TadConfig.parse(raw);
        int port = Integer.parseInt(options.getOrDefault("--port", raw.get("serve.port")
                .orElse(Integer.toString(DEFAULT_PORT))));
        Adapters adapters = Adapters.open(config, ServeSettings.from(raw));
        WebServer server = ServeApp.start(port, adapters.dependencies());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            adapters.close();
        }, "tad-serve-shutdown"));
        System.out.println("tad serve listening on http://localhost:" + server.port() + "/");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].equals("--port") && !args[i].equals("--config")) {
                throw new IllegalArgumentException("usage: tad.serve.Main [--port N] [--config FILE]");
            }
            options.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("usage: tad.serve.Main [--port N] [--config FILE]");
        }
        return options;
    }
}
