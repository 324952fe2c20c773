package tad.styles;

/**
 * One word or hashtag of a normalised text.
 *
 * @param text             lowercase word, or the hashtag body without '#'
 * @param hashtag          whether it was written as a hashtag
 * @param clause           index of the clause it belongs to; punctuation, emoji and line breaks start a new one,
 *                         so phrases and negation never reach across them
 * @param joinedByHyphen   whether a hyphen glues it to the previous word ("non-traditional", "neo-trad"), so a
 *                         style match may not start here: "traditional" in "non-traditional" is not a mention
 * @param sentence         index of the sentence it belongs to (a full stop, '!', '?' or a line break starts a new
 *                         one): how far "My focus: realism, blackwork and dotwork" carries its statement
 */
record Token(String text, boolean hashtag, int clause, boolean joinedByHyphen, int sentence) {
}
