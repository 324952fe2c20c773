package tad.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Creates commands, handing each the {@link Environment} when its constructor asks for one. */
final class VerbFactory implements CommandLine.IFactory {
    private final Environment environment;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    VerbFactory(Environment environment) {
        this.environment = environment;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> withEnvironment = type.getDeclaredConstructor(Environment.class);
            withEnvironment.setAccessible(true);
            return withEnvironment.newInstance(environment);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
    }
}
