package tad.plugins.example;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;
import tad.plugin.DiscoveredStudio;
import tad.plugin.Failure;
import tad.plugin.GeoPoint;
import tad.plugin.PluginContext;
import tad.plugin.SearchArea;
import tad.plugin.SourceException;
import tad.plugin.Sourced;
import tad.plugin.StudioSource;

/**
 * A studio source that reads studios from a CSV file ({@code id,name,lat,lng,website}), for areas where an
 * operator has a list of studios already. It is the worked example of docs/writing-a-plugin.md.
 */
@Extension
public final class CsvStudioSource implements StudioSource {
    static final String SOURCE = "example-source";

    @Override
    public StudioDiscovery discover(SearchArea area, PluginContext context) throws SourceException {
        Path file = context.config().string("file").map(Path::of).orElseThrow(() -> new SourceException(
                Failure.of(Failure.Reason.NOT_FOUND, "plugin.example-source.file is not set"), true));
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceException(Failure.of(Failure.Reason.NOT_FOUND, "cannot read " + file), true, e);
        }
        List<DiscoveredStudio> studios = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            CsvRow.parse(lines.get(i)).ifPresentOrElse(row -> {
                if (area.bounds().contains(row.location())) {
                    studios.add(toStudio(row, context));
                }
            }, () -> failures.add(Failure.of(Failure.Reason.UNEXPECTED_FORMAT, "a line is malformed")));
        }
        context.log().info("example-source: {} studios from {}", studios.size(), file.getFileName());
        return new StudioDiscovery(studios, 0, failures);
    }

    private static DiscoveredStudio toStudio(CsvRow row, PluginContext context) {
        var now = context.clock().instant();
        return new DiscoveredStudio(row.id(), SOURCE, new Sourced<>(row.name(), SOURCE, now), Optional.empty(),
                Optional.of(new Sourced<>(row.location(), SOURCE, now)), row.website(), Optional.empty());
    }

    /** One CSV line: id,name,lat,lng,website (website may be empty). */
    record CsvRow(String id, String name, GeoPoint location, Optional<String> website) {
        static Optional<CsvRow> parse(String line) {
            String[] f = line.split(",", -1);
            if (f.length != 5 || f[0].isBlank() || f[1].isBlank()) {
                return Optional.empty();
            }
            try {
                GeoPoint at = new GeoPoint(Double.parseDouble(f[2].strip()), Double.parseDouble(f[3].strip()));
                return Optional.of(new CsvRow(f[0].strip(), f[1].strip(), at,
                        f[4].isBlank() ? Optional.empty() : Optional.of(f[4].strip())));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
