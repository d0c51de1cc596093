package org.govkiosk.identity;

/** How the kiosk established who the citizen is. */
public enum IdAssurance {
    /** The chip of a second-generation card was read through the SAM (the card itself authenticated). */
    ID_CARD,
    /** A live face was matched 1:1 against the photo on file for a typed ID number. */
    FACE,
    /** The citizen showed a one-time code from the government mobile app. */
    APP_QR
}
