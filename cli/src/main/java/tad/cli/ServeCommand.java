package tad.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tad.bootstrap.Bootstrap;

/** `tad serve --port N`: the directory's API and web app over the configured store and index. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the directory: the /api endpoints and the web app (TAD_SERVE_WEB_DIR).")
final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    private final Environment environment;
    @Mixin
    ConfigOptions options;
    @Option(names = "--port", description = "Port to listen on (default: serve.port, 8080; 0 = any free port).")
    Integer port;

    ServeCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port != null && (port < 0 || port > 65535)) {
            throw new UsageException("--port must be between 0 and 65535");
        }
        Bootstrap boot = options.bootstrap(environment);
        int listen = port == null ? boot.config().serve().port() : port;
        ServeRunner.awaitShutdown(environment, ServeRunner.start(boot, environment, listen));
        return 0;
    }
}
