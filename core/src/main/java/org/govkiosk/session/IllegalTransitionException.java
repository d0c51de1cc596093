package org.govkiosk.session;

/** A move the state tables do not allow: a programming error or a stale UI event, always refused. */
public class IllegalTransitionException extends IllegalStateException {
    public IllegalTransitionException(String message) { super(message); }
}
