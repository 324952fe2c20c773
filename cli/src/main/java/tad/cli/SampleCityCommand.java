package tad.cli;

import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import tad.samplecity.SampleCityServer;

/** `tad sample-city`: serves the fictional sample city until stopped, for crawling it by hand. */
@Command(name = "sample-city", mixinStandardHelpOptions = true,
        description = "Serve the bundled fictional sample city (Places API, studio sites, Instagram) on 127.0.0.1 "
                + "until stopped, and print the environment that crawls it.")
final class SampleCityCommand implements java.util.concurrent.Callable<Integer> {
    private final Environment environment;

    SampleCityCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        SampleCityServer city = environment.closeLater(SampleCityServer.start());
        city.crawlEnvironment().forEach((k, v) -> environment.out().println("export " + k + "=" + v));
        environment.out().println("# then: ./tad crawl --city leeds    (Ctrl-C stops the sample city)");
        environment.out().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        stopped.await();
        return 0;
    }
}
