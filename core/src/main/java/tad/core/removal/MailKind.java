package tad.core.removal;

/** The two e-mails a removal requester receives. */
public enum MailKind {
    /** "We received your request", with its id: owed from the moment the request is filed. */
    ACKNOWLEDGEMENT,
    /** The outcome (removed, with the date; or declined, with the reason): owed from the moment it is decided. */
    DECISION
}
