package org.govkiosk.device.idcard;

import java.util.Optional;
import org.govkiosk.identity.IdentityDocument;

/**
 * What one card read produced. Personal data: held by the citizen session only.
 *
 * @param wltPhoto        the raw 1024-byte WLT photo block (decoding is an optional plug-in)
 * @param fingerprint     fingerprint data when read with 30 10, else empty
 * @param appendedAddress the latest appended address (30 03) when the card has one
 */
public record IdCardData(IdentityDocument document, byte[] wltPhoto, byte[] fingerprint,
                         Optional<String> appendedAddress) {
    public IdCardData {
        wltPhoto = wltPhoto == null ? new byte[0] : wltPhoto;
        fingerprint = fingerprint == null ? new byte[0] : fingerprint;
        appendedAddress = appendedAddress == null ? Optional.empty() : appendedAddress;
    }

    /** Overwrites the byte arrays; part of the session wipe. */
    public void wipe() {
        java.util.Arrays.fill(wltPhoto, (byte) 0);
        java.util.Arrays.fill(fingerprint, (byte) 0);
    }

    @Override
    public String toString() {
        return "IdCardData[" + document + "]";
    }
}
