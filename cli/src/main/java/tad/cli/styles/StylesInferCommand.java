package tad.cli.styles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tad.plugin.ArtistEvidence;
import tad.plugin.Enricher;
import tad.plugin.Enrichment;
import tad.plugin.PluginContext;
import tad.plugin.StyleEvidence;

/**
 * {@code tad styles infer}: one JSON line in, one JSON line out, in order. A bad line does not stop the run (the
 * other lines are still useful): it gets {@code {"line": N, "error": "..."}} in its place, and the exit code is 1 at
 * the end, so scripts notice while the output stays aligned line for line with the input.
 */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = {"Infer canonical styles from profiles given as JSON lines on stdin.",
                "In:  {\"bio\": \"...\", \"captions\": [\"...\"]}   (other fields are ignored)",
                "Out: {\"styles\": [\"slug\", ...]}, strongest first;",
                "     a bad line gives {\"line\": N, \"error\": \"...\"} in its place.",
                "Exit code: 0, or 1 when any line was bad."})
public final class StylesInferCommand implements Callable<Integer> {

    private final Supplier<Enricher> enricher;
    private final Supplier<PluginContext> context;
    private final InputStream in;
    private final ObjectMapper json = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Option(names = "--evidence", description = "Also print the cleaned bio hashtags and the evidence per style.")
    private boolean evidence;

    /** Reads stdin and runs the enricher with its default settings. */
    public StylesInferCommand(Supplier<Enricher> enricher) {
        this(enricher, OfflinePluginContext::create, System.in);
    }

    /** For the host that has the plugin's config section, and for tests that feed their own input. */
    public StylesInferCommand(Supplier<Enricher> enricher, Supplier<PluginContext> context, InputStream in) {
        this.enricher = enricher;
        this.context = context;
        this.in = in;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Enricher styles = enricher.get();
        PluginContext pluginContext = context.get();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int bad = 0;
        int number = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            number++;
            ObjectNode result;
            try {
                ProfileLine profile = ProfileLine.parse(json, line);
                result = render(styles.enrich(ArtistEvidence.of(profile.toProfile()), pluginContext));
            } catch (ProfileLine.Malformed e) {
                bad++;
                result = json.createObjectNode().put("line", number).put("error", e.getMessage());
            }
            out.println(json.writeValueAsString(result));
        }
        out.flush();
        if (bad > 0) {
            spec.commandLine().getErr().printf("styles infer: %d of %d lines were not valid profiles%n", bad, number);
            return 1;
        }
        return 0;
    }

    private ObjectNode render(Enrichment enrichment) {
        ObjectNode result = json.createObjectNode();
        enrichment.styles().forEach(result.putArray("styles")::add);
        if (evidence) {
            enrichment.hashtags().forEach(result.putArray("hashtags")::add);
            ArrayNode why = result.putArray("evidence");
            for (StyleEvidence e : enrichment.evidence()) {
                ObjectNode item = why.addObject().put("style", e.style()).put("mentions", e.mentions());
                e.where().forEach(item.putArray("where")::add);
            }
        }
        return result;
    }
}
