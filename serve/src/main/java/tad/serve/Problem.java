package tad.serve;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document. {@code parameter} and {@code rule} are our extension members: they name the query
 * parameter or body field at fault and the rule it broke, so that clients can show the error next to the field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String instance, String parameter,
               String rule) {
    static final String TYPE_BASE = "https://tad.example/problems/";

    static Problem of(int status, String type, String title, String detail) {
        return new Problem(TYPE_BASE + type, title, status, detail, null, null, null);
    }

    static Problem invalidParameter(String parameter, String rule) {
        return new Problem(TYPE_BASE + "invalid-parameter", "Invalid parameter", 400, parameter + ": " + rule, null,
                parameter, rule);
    }

    Problem at(String path) {
        return new Problem(type, title, status, detail, path, parameter, rule);
    }
}
