package io.hypecheck.api;

/**
 * A rule's parameters are missing, ill-typed or out of range. hypecheck reports it with the
 * rubric file, line and rule id, and exits with the configuration error code.
 */
public class InvalidRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidRuleException(String message) {
        super(message);
    }
}
