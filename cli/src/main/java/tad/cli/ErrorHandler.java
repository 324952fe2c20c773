package tad.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Maps every failure to one readable line on stderr and exit code 1; the stack trace goes to the log (the file, or
 * the terminal with --verbose). Usage errors are picocli's (exit code 2, with the usage help).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);
    private final Environment environment;

    ErrorHandler(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parse) {
        if (ex instanceof UsageException) {
            environment.err().println("tad: " + ex.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        environment.err().println("tad: error: " + message(ex));
        LOG.error("tad {} failed", cmd.getCommandName(), ex);
        if (environment.verbose() && !environment.logsOnTerminal()) {
            // failed before its configuration was read, so its logs had nowhere to go yet
            ex.printStackTrace(environment.err());
        }
        return CommandLine.ExitCode.SOFTWARE;
    }

    private static String message(Throwable ex) {
        Throwable t = ex;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return text.lines().findFirst().orElse(text);
    }
}
