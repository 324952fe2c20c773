package tad.cli.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Keeps log lines off the operator's terminal: a command's terminal carries its output (progress, the summary) and
 * one line per error, while logs go to a daily file under the data directory, shared by every `tad` process on it
 * (logback's prudent mode locks the file for each line). `--verbose` also shows them on stderr, with tad's own
 * loggers at DEBUG; {@code log.console} sends them to stderr instead of the file (the containers).
 *
 * <p>Logback is configured once per JVM by logback.xml (a console appender on stderr, which the API container and
 * the sync Lambda keep); a command detaches that appender when it starts, routes its logs once the configuration
 * says where the data directory is, and puts everything back when it ends, so that commands run one after another
 * in one JVM (the tests) each get their own routing.
 */
public final class CliLogging implements AutoCloseable {
    /** The console appender of core's logback.xml. */
    static final String CONSOLE = "STDERR";
    private static final String TERMINAL = "tad-terminal";
    static final String FILE_PATTERN = "tad.%d{yyyy-MM-dd}.log";
    private static final int DAYS_KEPT = 14;

    private final LoggerContext context;
    private final Logger root;
    private final Logger tad;
    private final Level tadLevel;
    private final PrintStream terminal;
    private final Optional<Appender<ILoggingEvent>> console;
    private final List<Appender<ILoggingEvent>> attached = new ArrayList<>();

    private CliLogging(PrintStream terminal) {
        this.context = (LoggerContext) LoggerFactory.getILoggerFactory();
        this.root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        this.tad = context.getLogger("tad");
        this.tadLevel = tad.getLevel();
        this.terminal = terminal;
        this.console = Optional.ofNullable(root.getAppender(CONSOLE));
        console.ifPresent(root::detachAppender);
    }

    /** Takes logs off the terminal until {@link #route} says where they go; {@code terminal} is the command's stderr. */
    public static CliLogging begin(PrintStream terminal) {
        bridgeJavaUtilLogging();
        return new CliLogging(terminal);
    }

    /**
     * Lucene, DynamoDB Local (the AWS SDK v1 inside it) and Helidon log through java.util.logging, whose default
     * handler prints to stderr: send them to SLF4J instead, so they reach the log file like every other line.
     */
    static synchronized void bridgeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    /** Whether the logs are shown on the terminal (--verbose). */
    public synchronized boolean onTerminal() {
        return attached.stream().anyMatch(a -> TERMINAL.equals(a.getName()));
    }

    /** Routes the command's logs; a later call replaces an earlier one. */
    public synchronized void route(LogRoute settings) {
        detachAttached();
        if (settings.verbose()) {
            tad.setLevel(Level.DEBUG);
            attach(terminalAppender());
        } else if (settings.console()) {
            console.ifPresent(this::attach);
        }
        if (!settings.console()) {
            attach(fileAppender(settings));
        }
    }

    private Appender<ILoggingEvent> terminalAppender() {
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setName(TERMINAL);
        appender.setContext(context);
        appender.setEncoder(encoder());
        // the command's stderr outlives the appender: stopping the appender must not close it
        appender.setOutputStream(new FilterOutputStream(terminal) {
            @Override
            public void write(byte[] b, int off, int len) {
                terminal.write(b, off, len);
            }

            @Override
            public void close() {
                terminal.flush();
            }
        });
        appender.start();
        return appender;
    }

    private Appender<ILoggingEvent> fileAppender(LogRoute settings) {
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setName("tad-file");
        appender.setContext(context);
        appender.setPrudent(true);
        TimeBasedRollingPolicy<ILoggingEvent> daily = new TimeBasedRollingPolicy<>();
        daily.setContext(context);
        daily.setParent(appender);
        daily.setFileNamePattern(settings.directory().resolve(FILE_PATTERN).toString());
        daily.setMaxHistory(DAYS_KEPT);
        daily.start();
        appender.setRollingPolicy(daily);
        appender.setEncoder(encoder());
        appender.start();
        return appender;
    }

    private LayoutWrappingEncoder<ILoggingEvent> encoder() {
        MaskedLineLayout layout = new MaskedLineLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }

    private void attach(Appender<ILoggingEvent> appender) {
        root.addAppender(appender);
        attached.add(appender);
    }

    private void detachAttached() {
        for (Appender<ILoggingEvent> appender : attached) {
            root.detachAppender(appender);
            if (console.filter(c -> c == appender).isEmpty()) {
                appender.stop();
            }
        }
        attached.clear();
        tad.setLevel(tadLevel);
    }

    /** Puts logback back as logback.xml left it. */
    @Override
    public synchronized void close() {
        detachAttached();
        console.ifPresent(root::addAppender);
    }
}
