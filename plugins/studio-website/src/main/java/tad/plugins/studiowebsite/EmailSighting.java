package tad.plugins.studiowebsite;

/**
 * One e-mail address a page publishes.
 *
 * @param address  the address, checked and with its domain lower-cased
 * @param link     published as a link (mailto, or Cloudflare's protected form of one) rather than only as text
 * @param prominent in the site chrome (header, footer) or on a contact page: the studio's own address, usually
 * @param page     the URL of the page
 */
record EmailSighting(String address, boolean link, boolean prominent, String page) {

    /** Links beat text, and the chrome or a contact page beats the body of any other page. */
    int rank() {
        return (link ? 2 : 0) + (prominent ? 1 : 0);
    }
}
