package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedEmailsTest {

    @Test
    void theFooterAddressBeatsAnArtistsBookingAddressInTheContent() {
        PageEvidence roster = page("https://studio.example/artists/", """
                <main><div class="card"><h3>Mara Quill</h3><a href="mailto:mara.books@gmail.com">Book Mara</a></div>
                <div class="card"><h3>Tobias Fenn</h3><a href="mailto:mara.books@gmail.com">Book</a></div></main>
                <footer><a href="mailto:Hello@Inkwell-Anchor.EXAMPLE?subject=Booking%20enquiry">Email us</a></footer>""");
        assertThat(choose(roster)).hasValue("Hello@inkwell-anchor.example");
    }

    @Test
    void jsonLdEmailOfTheBusinessWinsOverEveryLink() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"TattooParlor\",\"name\":\"Gilded\","
                + "\"email\":\"mailto:studio@gilded-serpent.example\"}</script></head><body>"
                + "<footer><a href=\"mailto:other@gilded-serpent.example\">mail</a></footer></body></html>";
        PageEvidence page = PageReader.read(html, "https://gilded-serpent.example/", false);
        var result = SiteFindings.assemble("Gilded", new CrawlOutcome(List.of(page), List.of(), 1));
        assertThat(result.studio().email()).hasValue("studio@gilded-serpent.example");
    }

    @Test
    void aWrittenOutAddressOnAContactPageIsFoundWhenNoLinkExists() {
        PageEvidence home = page("https://studio.example/", "<p>Walk-ins on Saturdays. Follow @inkwellandanchor</p>");
        PageEvidence contact = page("https://studio.example/contact/",
                "<p>14 Wharf Row, Leeds LS1 4AB. Email hello@inkwell-anchor.example &middot; Tue to Sat.</p>");
        assertThat(home.emails()).isEmpty();
        assertThat(choose(home, contact)).hasValue("hello@inkwell-anchor.example");
    }

    @Test
    void linksBeatTextAndTheMostFrequentWinsAmongEquals() {
        PageEvidence a = page("https://s.example/", "<footer><a href=\"mailto:front@s.example\">x</a></footer>"
                + "<p>or write to text@s.example</p>");
        PageEvidence b = page("https://s.example/artists", "<footer><a href=\"mailto:desk@s.example\">x</a>"
                + "<a href=\"mailto:front@s.example\">y</a></footer>");
        assertThat(choose(a, b)).hasValue("front@s.example");
    }

    @Test
    void mailtoFormsArePlusAddressesEscapesAndSeveralRecipients() {
        assertThat(EmailAddresses.fromMailto("mailto:bookings+web@studio.example")).hasValue("bookings+web@studio.example");
        assertThat(EmailAddresses.fromMailto("MAILTO:hello%40studio.example")).hasValue("hello@studio.example");
        assertThat(EmailAddresses.fromMailto("mailto:a@one.example,b@two.example?cc=c@x.example")).hasValue("a@one.example");
        assertThat(EmailAddresses.fromMailto("mailto:")).isEmpty();
        assertThat(EmailAddresses.fromMailto("mailto:%zz@x.example")).isEmpty();
        assertThat(EmailAddresses.fromMailto("https://studio.example/contact")).isEmpty();
    }

    @Test
    void fileNamesPlaceholdersAndGarbageAreNotAddresses() {
        PageEvidence page = page("https://s.example/", "<img alt=\"logo@2x.png\"><p>see logo@2x.png or @handle or "
                + "name @ domain dot com</p><code>dev@build.example</code><textarea>x@y.example</textarea>");
        assertThat(page.emails()).isEmpty();
        assertThat(EmailAddresses.check("a@b")).isEmpty();
        assertThat(EmailAddresses.check("two@@at.example")).isEmpty();
        assertThat(EmailAddresses.check("x".repeat(65) + "@long.example")).isEmpty();
        assertThat(EmailAddresses.check("<script>@x.example")).isEmpty();
    }

    /**
     * Cloudflare's e-mail obfuscation as it appears on real pages (markup and hex strings copied from two public
     * repositories' templates: a restaurant site's footer, and a contact page that shows both forms).
     */
    @Test
    void decodesCloudflareProtectedAddressesFromRealPages() {
        PageEvidence footer = page("https://resto.example/", """
                <footer><div class="site-address"><ul class="address"><li>Hasan</li>
                <li><a href="assets/kasir//cdn-cgi/l/email-protection" class="__cf_email__"
                 data-cfemail="98fcf9f6ebfcf5fdfcf1f9d8fff5f9f1f4b6fbf7f5">[email&#160;protected]</a></li>
                </ul></div></footer>""");
        assertThat(footer.emails()).extracting(EmailSighting::address).containsExactly("dansdmedia@gmail.com");
        assertThat(footer.emails().get(0).link()).isTrue();
        assertThat(footer.emails().get(0).prominent()).isTrue();

        PageEvidence both = page("https://shop.example/contact", """
                <div class="text"><h6 class="mb-1">Write to us</h6>
                <a href="mailto:info@megagold.uz"><span class="__cf_email__"
                 data-cfemail="d0beb5b5b4b8b5bca090b3bfbda0b1bea9feb3bfbd">info@megagold.uz</span></a></div>""");
        assertThat(both.emails()).extracting(EmailSighting::address)
                .containsExactly("info@megagold.uz", "needhelp@company.com");

        assertThat(EmailAddresses.fromCloudflare("1764626767786563177064647f7867396179")).as("decodes to a NUL").isEmpty();
        assertThat(EmailAddresses.fromCloudflare("zz")).isEmpty();
        PageEvidence linked = page("https://s.example/", "<footer><a href=\"/cdn-cgi/l/email-protection#"
                + "95f4f9fcf6f0d5f0edf4f8e5f9f0bbf6faf8\">[email protected]</a></footer>");
        assertThat(linked.emails()).extracting(EmailSighting::address).containsExactly("alice@example.com");
    }

    private static PageEvidence page(String url, String body) {
        return PageReader.read("<html><head><title>t</title></head><body>" + body + "</body></html>", url, false);
    }

    private static Optional<String> choose(PageEvidence... pages) {
        return PublishedEmails.choose(List.of(pages));
    }
}
