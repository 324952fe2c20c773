package tad.cli;

import picocli.CommandLine;

/**
 * Maps every failure to one readable line on stderr and exit code 1; the stack trace only with --verbose.
 * Usage errors are picocli's (exit code 2, with the usage help).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
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
        if (environment.verbose()) {
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
