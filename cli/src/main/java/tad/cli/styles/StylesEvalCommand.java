package tad.cli.styles;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tad.plugin.ArtistEvidence;
import tad.plugin.Enricher;
import tad.plugin.Enrichment;
import tad.plugin.PluginContext;

/**
 * {@code tad styles eval}: scores the enricher on labelled profiles, next to the literal SRS rule (FR-AGG-07..09),
 * whose output is the enrichment's cleaned {@code hashtags}. Unlike {@code infer} it stops at the first bad line:
 * a figure computed over a silently shortened set would be misleading.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score style inference against labelled profiles, one report per file.",
                "In: JSON lines {\"bio\": \"...\", \"captions\": [\"...\"], \"styles\": [gold slugs]}; each file's "
                        + "split (tuning, held-out...) is read from a splits.txt beside it.",
                "A missing file, a file the splits.txt beside it does not name, or a split other than tuning or "
                        + "held-out is a usage error (exit 2).",
                "Out: per file and split, micro and per-style precision, recall and F1 next to the literal SRS "
                        + "hashtag rule's, then the worst errors.",
                "Exit code: 0; 1 on a bad or unlabelled line, or when a file's micro-F1 is below --min-f1."})
public final class StylesEvalCommand implements Callable<Integer> {

    private final Supplier<Enricher> enricher;
    private final Supplier<PluginContext> context;
    private final InputStream stdin;
    private final ObjectMapper json = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Labelled JSON-lines files; stdin when none.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--worst", defaultValue = "10",
            description = "How many of the worst profiles to list (default ${DEFAULT-VALUE}).")
    private int worst;

    @Option(names = "--min-f1", description = "Fail (exit 1) when the inference's micro-F1 is below this, e.g. 0.85.")
    private Double minF1;

    public StylesEvalCommand(Supplier<Enricher> enricher) {
        this(enricher, OfflinePluginContext::create, System.in);
    }

    public StylesEvalCommand(Supplier<Enricher> enricher, Supplier<PluginContext> context, InputStream stdin) {
        this.enricher = enricher;
        this.context = context;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        List<LabelledSet> sets = sets(); // a wrong path or split is told before any plugin is loaded
        Enricher styles = enricher.get();
        PluginContext pluginContext = context.get();
        PrintWriter out = spec.commandLine().getOut();
        List<String> below = new ArrayList<>();
        for (LabelledSet set : sets) {
            StyleScoreboard inferred = new StyleScoreboard();
            StyleScoreboard literal = new StyleScoreboard();
            int profiles = 0;
            for (int i = 0; i < set.lines().size(); i++) {
                String line = set.lines().get(i);
                if (line.isBlank()) {
                    continue; // a spacer or trailing newline is not a profile
                }
                String where = set.name() + ":" + (i + 1);
                ProfileLine profile;
                try {
                    profile = ProfileLine.parse(json, line);
                } catch (ProfileLine.Malformed e) {
                    return fail(where + ": " + e.getMessage());
                }
                if (profile.gold().isEmpty()) {
                    return fail(where + ": no \"styles\" field with the gold labels");
                }
                Enrichment result = styles.enrich(ArtistEvidence.of(profile.toProfile()), pluginContext);
                Set<String> gold = profile.gold().get();
                inferred.add(where, profile.bio(), gold, new LinkedHashSet<>(result.styles()));
                literal.add(where, profile.bio(), gold, new LinkedHashSet<>(result.hashtags()));
                profiles++;
            }
            new EvalReport(out).print(set, profiles, inferred, literal, worst);
            if (minF1 != null && inferred.micro().f1() < minF1) {
                below.add(String.format(Locale.ROOT, "%s (%s) micro-F1 %.3f is below --min-f1 %.3f", set.name(),
                        set.split(), inferred.micro().f1(), minF1));
            }
        }
        out.flush();
        return below.isEmpty() ? 0 : fail(String.join("; ", below));
    }

    private List<LabelledSet> sets() throws IOException {
        if (files.isEmpty()) {
            return List.of(LabelledSet.stdin(
                    new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).lines().toList()));
        }
        List<LabelledSet> sets = new ArrayList<>();
        for (Path file : files) {
            sets.add(LabelledSet.read(file));
        }
        return sets;
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("styles eval: " + message);
        return 1;
    }
}
