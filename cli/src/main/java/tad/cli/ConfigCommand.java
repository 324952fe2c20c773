package tad.cli;

import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tad.core.config.RawConfig;
import tad.core.config.TadConfig;

/** `tad config`: the effective configuration, where each value came from, secrets masked. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print the effective configuration (secrets masked) and where each value came from.")
final class ConfigCommand implements Runnable {
    private final Environment environment;

    @Mixin
    ConfigOptions options;

    ConfigCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        RawConfig raw = options.raw(environment, Map.of());
        TadConfig.parse(raw);  // a malformed value is an error here too, naming its key
        Map<String, String> lines = new TreeMap<>();
        raw.entries().forEach((key, entry) -> lines.put(key, ConfigView.shown(key, entry.value())
                + "  (" + entry.origin().name().toLowerCase(java.util.Locale.ROOT) + ", "
                + RawConfig.envName(key) + ")"));
        for (String key : RawConfig.keysWithoutDefault()) {
            lines.putIfAbsent(key, "(not set)  (" + RawConfig.envName(key) + ")");
        }
        lines.forEach((k, v) -> environment.out().println(k + " = " + v));
    }
}
