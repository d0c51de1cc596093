package org.govkiosk.desktop.scenario;

/** A scenario that cannot be parsed or a step that failed, with the line it came from. */
public class ScenarioException extends RuntimeException {
    private final int line;

    public ScenarioException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public int line() { return line; }
}
