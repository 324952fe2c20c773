package tad.core.mail;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Message texts kept as Mustache templates (JMustache) under {@code tad/mail/}: {@code <name>.subject},
 * {@code <name>.txt} and {@code <name>.html}. The HTML part escapes every value ({@code {{value}}}); the text and
 * subject parts insert values as they are. A value missing from the model is an error, not an empty string, so a
 * typo in a template fails its test instead of sending a hole.
 */
public final class MailTemplates {
    private static final String ROOT = "/tad/mail/";
    private final Mustache.Compiler text = Mustache.compiler().escapeHTML(false).strictSections(true);
    private final Mustache.Compiler html = Mustache.compiler().escapeHTML(true).strictSections(true);
    private final Map<String, Template> cache = new ConcurrentHashMap<>();

    /** Renders the three parts of template {@code name} with the model's fields (a record or a map). */
    public RenderedMail render(String name, Object model) {
        try {
            String subject = template(name + ".subject", text).execute(model).strip();
            return new RenderedMail(subject.replaceAll("\\s+", " "), template(name + ".txt", text).execute(model),
                    template(name + ".html", html).execute(model));
        } catch (MustacheException e) {
            throw new IllegalStateException("mail template " + name + " cannot be rendered: " + e.getMessage(), e);
        }
    }

    private Template template(String file, Mustache.Compiler compiler) {
        return cache.computeIfAbsent(file + (compiler == html ? "#html" : "#text"), key -> {
            try (InputStream in = MailTemplates.class.getResourceAsStream(ROOT + file)) {
                if (in == null) {
                    throw new IllegalStateException("mail template " + ROOT + file + " is missing");
                }
                return compiler.compile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
