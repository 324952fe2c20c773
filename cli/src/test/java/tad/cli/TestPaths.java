package tad.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build put things the tests use. */
final class TestPaths {
    private TestPaths() {
    }

    /** The repository root (the cli module's parent). */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("cli")) ? here : here.getParent();
    }

    /** The plugin jars the build wrote (plugins are built before the cli module). */
    static Path pluginsDir() {
        return root().resolve("target/plugins");
    }
}
