package tad.cli;

import tad.bootstrap.Bootstrap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tad.core.plugins.PluginInfo;

/** `tad plugins`: what is in the plugins directory and what is enabled. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List plugins: id, version, extension points, enabled.")
final class PluginsCommand implements Runnable {
    private final Environment environment;
    @Mixin
    ConfigOptions options;

    PluginsCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        Bootstrap boot = options.bootstrap(environment);
        environment.out().printf("%-18s  %-16s  %-8s  %s%n", "ID", "VERSION", "ENABLED", "EXTENSION POINTS");
        for (PluginInfo p : boot.plugins().describe()) {
            environment.out().printf("%-18s  %-16s  %-8s  %s%n", p.id(), p.version(), p.enabled() ? "yes" : "no",
                    String.join(", ", p.extensionPoints()));
        }
    }
}
