package tad.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {
    private final MailTemplates templates = new MailTemplates();

    @Test
    void htmlPartEscapesValuesAndTheTextPartKeepsThem() {
        RenderedMail mail = templates.render("test-only", Map.of("name", "<script>alert(1)</script> & \"Ink\"",
                "items", java.util.List.of(Map.of("label", "a<b"))));
        assertThat(mail.subject()).isEqualTo("Hello <script>alert(1)</script> & \"Ink\"");
        assertThat(mail.text()).contains("Hello <script>alert(1)</script> & \"Ink\"").contains("- a<b");
        assertThat(mail.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ink&quot;")
                .contains("<li>a&lt;b</li>").doesNotContain("<script>");
    }

    @Test
    void aMissingValueIsAnErrorNotAHole() {
        assertThatThrownBy(() -> templates.render("test-only", Map.of("items", java.util.List.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test-only");
    }

    @Test
    void anUnknownTemplateIsAnError() {
        assertThatThrownBy(() -> templates.render("no-such-template", Map.of()))
                .hasMessageContaining("no-such-template.subject is missing");
    }
}
