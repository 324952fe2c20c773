package tad.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import tad.cli.styles.StylesCommand;
import tad.cli.worker.WorkerCommand;

/**
 * The `tad` entry point. {@link #run} is what tests call: the real command with captured output and a given
 * environment; {@link #main} only adds the process exit (DynamoDB Local leaves a non-daemon thread behind).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(System.out, System.err, System.getenv(), args);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /** Runs one command; returns 0 on success, 2 on a usage error, 1 on any other failure. */
    public static int run(PrintStream out, PrintStream err, Map<String, String> env, String... args) {
        return run(System.in, out, err, env, args);
    }

    /** The same with an explicit standard input, for verbs that read it (`tad styles infer`). */
    public static int run(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, String... args) {
        Environment environment = new Environment(env, out, err);
        CommandLine cli = new CommandLine(new TadCommand(), new VerbFactory(environment));
        // the styles and worker verbs live in their own packages; they get the shared configuration flags here
        ConfigOptions stylesOptions = new ConfigOptions();
        StylesWiring styles = new StylesWiring(environment, stylesOptions);
        CommandLine stylesCli = StylesCommand.commandLine(styles::enricher, styles::context, in);
        stylesCli.getSubcommands().values().forEach(verb -> verb.addMixin("config", stylesOptions));
        cli.addSubcommand("styles", stylesCli);
        ConfigOptions workerOptions = new ConfigOptions();
        WorkerWiring worker = new WorkerWiring(environment, workerOptions);
        cli.addSubcommand("worker", new CommandLine(new WorkerCommand(worker::queue, worker::handler))
                .addMixin("config", workerOptions));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new ErrorHandler(environment));
        try {
            return cli.execute(args);
        } finally {
            environment.close();
        }
    }
}
