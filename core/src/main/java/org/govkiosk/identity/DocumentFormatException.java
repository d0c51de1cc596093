package org.govkiosk.identity;

/** A text block that is not a readable identity document. The message names the field, never its content. */
public class DocumentFormatException extends Exception {
    public DocumentFormatException(String technicianDetail) {
        super(technicianDetail);
    }
}
