package tad.cli;

import picocli.CommandLine.Command;

/** The root command: `tad VERB`. */
@Command(name = "tad", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "tad, the Tattoo Artist Directory: crawl studios and artists, keep the directory, serve it.",
        subcommands = {
                ConfigCommand.class,
                DenylistCommand.class,
                CrawlCommand.class,
                CrawlsCommand.class,
                CheckCommand.class,
                PluginsCommand.class,
                SampleCityCommand.class,
                IndexCommand.class,
                RemovalsCommand.class,
                OutboxCommand.class,
                NoticesCommand.class,
                ServeCommand.class,
                DemoCommand.class,
                picocli.CommandLine.HelpCommand.class
        })
public final class TadCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a verb is required; see tad --help");
    }
}
