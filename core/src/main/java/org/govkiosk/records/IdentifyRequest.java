package org.govkiosk.records;

import org.govkiosk.identity.DocumentType;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.Masking;

/** Who the citizen claims to be and how the kiosk assured it. */
public record IdentifyRequest(DocumentType documentType, String documentNumber, IdAssurance assurance) {
    @Override
    public String toString() {
        return "IdentifyRequest[" + documentType + " " + Masking.idNumber(documentNumber) + " " + assurance + "]";
    }
}
