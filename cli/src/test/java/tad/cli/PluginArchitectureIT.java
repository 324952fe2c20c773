package tad.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Rules every plugin jar the build produced must keep, checked on the jars themselves. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginArchitectureIT {

    /**
     * No plugin opens a connection of its own: every request of the crawl goes through the host's polite client
     * (PoliteHttp), so robots.txt and one clock per host hold for all of them. crawler4j's fetcher and robots
     * server, every HTTP client library and the JDK's own ways onto the network are out of bounds.
     */
    static final ArchRule NO_HTTP_OF_THEIR_OWN = noClasses().that().resideInAnyPackage("tad..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.http..", "org.apache.hc..",
                    "java.net.http..", "okhttp3..", "edu.uci.ics.crawler4j.fetcher..",
                    "edu.uci.ics.crawler4j.robotstxt..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("edu.uci.ics.crawler4j.crawler.CrawlController")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("edu.uci.ics.crawler4j.crawler.WebCrawler")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jsoup.helper.HttpConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
            .orShould().callMethod(URL.class, "openConnection")
            .orShould().callMethod(URL.class, "openStream")
            .orShould().callMethod("org.jsoup.Jsoup", "connect", "java.lang.String")
            .because("plugins fetch only through the host's PoliteHttp (docs/architecture.md, politeness)");

    private JavaClasses plugins;

    @BeforeAll
    void importPluginJars() throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(TestPaths.pluginsDir())) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).toList();
        }
        assertThat(jars).hasSizeGreaterThanOrEqualTo(5);
        List<JarFile> files = new ArrayList<>();
        for (Path jar : jars) {
            files.add(new JarFile(jar.toFile()));
        }
        // only our own classes: the libraries inside the jars (relocated ones included) are not ours to check
        plugins = new ClassFileImporter().withImportOption(location -> location.contains("/tad/")
                && !location.contains("/shaded/")).importJars(files);
        assertThat(plugins.stream().filter(c -> c.getPackageName().startsWith("tad."))).hasSizeGreaterThan(20);
    }

    @Test
    void pluginsDependOnThePluginApiOnlyNeverOnCoreOrEntryPoints() {
        noClasses().that().resideInAnyPackage("tad..").and().resideOutsideOfPackage("tad.plugin")
                .should().dependOnClassesThat().resideInAnyPackage("tad.core..", "tad.cli..", "tad.serve..",
                        "tad.store..", "tad.media..", "tad.search..", "tad.samplecity..")
                .check(plugins);
    }

    @Test
    void noPluginOpensAnHttpConnectionOfItsOwn() {
        NO_HTTP_OF_THEIR_OWN.check(plugins);
    }

    @Test
    void theRuleCatchesAPluginThatFetchesOnItsOwn() {
        JavaClasses rogue = new ClassFileImporter().importClasses(RoguePlugin.class);
        assertThatThrownBy(() -> NO_HTTP_OF_THEIR_OWN.check(rogue)).hasMessageContaining("HttpURLConnection")
                .hasMessageContaining("openConnection");
    }

    /** What the rule must refuse: a class that opens its own connection. Never run. */
    static final class RoguePlugin {
        int fetch() throws IOException {
            HttpURLConnection connection = (HttpURLConnection) URI.create("https://example.com/").toURL()
                    .openConnection();
            return connection.getResponseCode();
        }
    }
}
