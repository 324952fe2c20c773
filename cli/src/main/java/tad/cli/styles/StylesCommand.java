package tad.cli.styles;

import java.io.InputStream;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tad.plugin.Enricher;
import tad.plugin.PluginContext;

/**
 * {@code tad styles}: the style-inference verbs. They need only an {@link Enricher}; the root command supplies the
 * one PF4J loaded from the {@code style-inference} plugin, lazily, so {@code --help} loads no plugin.
 */
@Command(name = "styles", mixinStandardHelpOptions = true,
        description = "Infer canonical tattoo styles from bios and captions, and measure how accurate that is.")
public final class StylesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** The {@code styles} command with its {@code infer} and {@code eval} verbs, to add to the root command. */
    public static CommandLine commandLine(Supplier<Enricher> enricher) {
        return commandLine(enricher, OfflinePluginContext::create, System.in);
    }

    /**
     * The same, with the plugin's own context (so {@code plugin.style-inference.*} settings apply) and an explicit
     * stdin, for a {@code Main.run} that is given its streams.
     */
    public static CommandLine commandLine(Supplier<Enricher> enricher, Supplier<PluginContext> context,
                                          InputStream stdin) {
        return new CommandLine(new StylesCommand())
                .addSubcommand(new StylesInferCommand(enricher, context, stdin))
                .addSubcommand(new StylesEvalCommand(enricher, context, stdin));
    }

    @Override
    public void run() {
        // "tad styles" alone: say which verbs exist rather than do nothing
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
