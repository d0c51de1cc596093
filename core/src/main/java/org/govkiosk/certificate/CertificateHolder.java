package org.govkiosk.certificate;

import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.identity.Masking;
import org.govkiosk.records.CitizenRef;

/**
 * Who the certificate is about, as printed: the full name (it is her own certificate) and the document number
 * masked as the departments mask it on certificates (4 leading and 4 trailing characters).
 */
public record CertificateHolder(String name, String maskedNumber) {
    public static CertificateHolder of(CitizenRef citizen, IdentityDocument doc) {
        if (doc != null) return new CertificateHolder(doc.name().isBlank() ? citizen.maskedName() : doc.name(), Masking.idNumber(doc.number()));
        return new CertificateHolder(citizen == null ? "" : citizen.maskedName(), "");
    }

    @Override
    public String toString() {
        return "CertificateHolder[" + Masking.name(name) + " " + maskedNumber + "]";
    }
}
