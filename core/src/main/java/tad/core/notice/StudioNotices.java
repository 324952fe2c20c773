package tad.core.notice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.domain.Artist;
import tad.core.mail.MailException;
import tad.core.mail.MailMessage;
import tad.core.mail.MailTemplates;
import tad.core.mail.Mailer;
import tad.core.mail.RenderedMail;
import tad.core.mail.SiteLinks;

/**
 * Sends the GDPR Art. 14 notices: to each studio, at the address its own website publishes, one message listing the
 * artists the directory shows, what was collected about each and from where, and each one's removal link (template
 * {@code studio-notice}). A notice that went out is recorded in the ledger (keyed hashes), so the next run sends
 * nothing unless new artists appear; one that failed is not recorded and goes out on the next run.
 */
public final class StudioNotices {
    private static final Logger LOG = LoggerFactory.getLogger(StudioNotices.class);

    private final NoticeKeys keys;
    private final NoticeLedger ledger;
    private final Mailer mailer;
    private final MailTemplates templates;
    private final SiteLinks links;
    private final String contact;
    private final Clock clock;

    /** @param contact who the notice says to write to (the sender address, {@code mail.from}) */
    public StudioNotices(NoticeKeys keys, NoticeLedger ledger, Mailer mailer, MailTemplates templates, SiteLinks links,
                         String contact, Clock clock) {
        this.keys = keys;
        this.ledger = ledger;
        this.mailer = mailer;
        this.templates = templates;
        this.links = links;
        this.contact = contact;
        this.clock = clock;
    }

    /** How one notice went: sent, or the reason it was not (free of personal data). */
    public record Outcome(StudioNotice notice, Optional<String> failure) {
    }

    /** Sends the plan's notices with status SEND, one at a time; a failure is reported and leaves the rest going. */
    public List<Outcome> send(List<StudioNotice> plan) {
        List<Outcome> outcomes = new ArrayList<>();
        for (StudioNotice notice : plan) {
            if (notice.status() != StudioNotice.Status.SEND) {
                continue;
            }
            String address = notice.address().orElseThrow();
            try {
                RenderedMail content = render(notice);
                mailer.send(new MailMessage(address, content.subject(), content.text(), content.html(),
                        notice.artists().stream().map(l -> l.artist().artistId()).collect(Collectors.toSet())));
                ledger.recordNotice(keys.recipient(notice.studio().studioId(), address), notice.artists().stream()
                        .map(l -> keys.artist(l.artist().artistId())).collect(Collectors.toSet()), clock.instant());
                LOG.info("notice sent to studio {} ({} artists, {} new)", notice.studio().studioId(),
                        notice.artists().size(), notice.newArtists());
                outcomes.add(new Outcome(notice, Optional.empty()));
            } catch (MailException e) {
                LOG.warn("notice to studio {} not sent: {}", notice.studio().studioId(), e.reason());
                outcomes.add(new Outcome(notice, Optional.of(e.reason())));
            }
        }
        return outcomes;
    }

    /** The notice's subject, text and HTML: every scraped value is escaped in the HTML part by the template. */
    public RenderedMail render(StudioNotice notice) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("studioName", notice.studio().name().value());
        model.put("studioWebsite", notice.studio().website().orElse("its website"));
        model.put("count", notice.artists().size());
        model.put("newCount", notice.newArtists());
        boolean repeat = notice.newArtists() < notice.artists().size();
        model.put("repeat", repeat);
        model.put("artists", notice.artists().stream().map(listed -> artist(notice, listed, repeat)).toList());
        model.put("contact", contact);
        model.put("privacyUrl", links.privacy());
        model.put("removeUrl", links.removalForm());
        model.put("siteUrl", links.home());
        return templates.render("studio-notice", model);
    }

    /** @param repeat an earlier notice went to this recipient: the artists it did not list are marked new */
    private Map<String, Object> artist(StudioNotice notice, StudioNotice.Listed listed, boolean repeat) {
        Artist a = listed.artist();
        CollectedFacts facts = CollectedFacts.of(a, notice.studio().studioId(),
                notice.studio().website().orElse("its website"), listed.images());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name().orElse("@" + a.instagramHandle()));
        m.put("handle", a.instagramHandle());
        m.put("isNew", repeat && listed.isNew());
        m.put("instagramUrl", "https://www.instagram.com/" + a.instagramHandle() + "/");
        m.put("profileUrl", links.artist(a.artistId()));
        m.put("removalUrl", links.removalForm(a.artistId(), a.instagramHandle()));
        m.put("sitePage", facts.sitePage());
        m.put("siteWhose", facts.ownSite() ? "your website" : "another studio's website that lists them");
        m.put("fromSite", facts.fromSite());
        m.put("fromInstagram", facts.fromInstagram());
        m.put("hasStyles", !facts.styles().isEmpty());
        m.put("styles", facts.styles());
        return m;
    }
}
