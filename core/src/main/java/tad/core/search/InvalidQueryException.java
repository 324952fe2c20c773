package tad.core.search;

/**
 * A search request broke a rule. Carries the API parameter name so that the serving layer can answer with a problem
 * document naming it, without parsing the message.
 */
public final class InvalidQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    public InvalidQueryException(String parameter, String rule) {
        super(parameter + ": " + rule);
        this.parameter = parameter;
    }

    /** The API query parameter at fault: q, style, city, near, radiusKm, bbox, sort, page or size. */
    public String parameter() {
        return parameter;
    }
}
