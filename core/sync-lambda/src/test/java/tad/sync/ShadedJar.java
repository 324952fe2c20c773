package tad.sync;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * The shaded function jar loaded on its own, with nothing of the test class path behind it (only the JDK), as the
 * Lambda runtime loads it. Reflection is the price of the separate class loader.
 */
final class ShadedJar implements AutoCloseable {
    private static final String EVENTS = "com.amazonaws.services.lambda.runtime.events.";
    private final Path jar;
    private final URLClassLoader loader;

    ShadedJar(Path jar) throws Exception {
        this.jar = jar;
        this.loader = new URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    static Path built() {
        Path jar = Path.of(System.getProperty("tad.sync.jar", "target/tad-sync.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no shaded jar at " + jar + "; run through Maven (mvn verify)");
        }
        return jar;
    }

    List<String> entries() throws Exception {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(e -> e.getName()).toList();
        }
    }

    /** new StreamHandler(ProductionAdapters.fromEnvironment(env).indexUpdater()), inside the jar's own loader. */
    Object handler(Map<String, String> env) throws Exception {
        return inJar(() -> {
            Class<?> adapters = loader.loadClass("tad.sync.ProductionAdapters");
            Object wired = adapters.getMethod("fromEnvironment", Map.class).invoke(null, env);
            Object updater = adapters.getMethod("indexUpdater").invoke(wired);
            Constructor<?> handler = loader.loadClass("tad.sync.StreamHandler")
                    .getConstructor(loader.loadClass("tad.core.sync.IndexUpdater"));
            return handler.newInstance(updater);
        });
    }

    /** Rebuilds the records' keys and sequence numbers as the jar's own event classes and invokes the handler. */
    List<?> failures(Object handler, List<Record> records) throws Exception {
        Class<?> value = loader.loadClass(EVENTS + "models.dynamodb.AttributeValue");
        Class<?> stream = loader.loadClass(EVENTS + "models.dynamodb.StreamRecord");
        Class<?> record = loader.loadClass(EVENTS + "DynamodbEvent$DynamodbStreamRecord");
        Class<?> event = loader.loadClass(EVENTS + "DynamodbEvent");
        List<Object> converted = new ArrayList<>();
        for (Record r : records) {
            Map<String, Object> keys = new java.util.LinkedHashMap<>();
            for (var key : r.dynamodb().keys().entrySet()) {
                keys.put(key.getKey(), value.getConstructor(String.class).newInstance(key.getValue().s()));
            }
            Object s = stream.getConstructor().newInstance();
            stream.getMethod("setKeys", Map.class).invoke(s, keys);
            stream.getMethod("setSequenceNumber", String.class).invoke(s, r.dynamodb().sequenceNumber());
            Object rec = record.getConstructor().newInstance();
            record.getMethod("setEventName", String.class).invoke(rec, r.eventNameAsString());
            record.getMethod("setDynamodb", stream).invoke(rec, s);
            converted.add(rec);
        }
        Object e = event.getConstructor().newInstance();
        event.getMethod("setRecords", List.class).invoke(e, converted);
        Class<?> context = loader.loadClass("com.amazonaws.services.lambda.runtime.Context");
        Object response = inJar(() -> handler.getClass().getMethod("handleRequest", event, context)
                .invoke(handler, e, null));
        return (List<?>) response.getClass().getMethod("getBatchItemFailures").invoke(response);
    }

    private interface Call {
        Object run() throws Exception;
    }

    /**
     * Runs with the jar's loader as the thread's context loader, as in Lambda: service lookups (the JSON provider
     * of opensearch-java, the SDK's HTTP client) use it, also on the threads the clients start. Shows the
     * function's own exception rather than the reflection wrapper.
     */
    private Object inJar(Call call) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.run();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void close() throws java.io.IOException {
        loader.close();
    }
}
