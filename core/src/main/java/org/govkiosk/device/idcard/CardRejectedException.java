package org.govkiosk.device.idcard;

import org.govkiosk.device.DeviceException;
import org.govkiosk.identity.DocumentChecks;
import org.govkiosk.identity.DocumentType;

/**
 * A card that was read correctly but must not be accepted: expired, not yet valid, or its number fails the
 * GB 11643 check digit. Distinct from read failures so the UI can say exactly what is wrong. It carries no
 * personal data (only the problem and the document type).
 */
public class CardRejectedException extends DeviceException {
    private final DocumentChecks.Problem problem;
    private final DocumentType documentType;

    public CardRejectedException(DocumentChecks.Problem problem, DocumentType documentType, String technicianDetail) {
        super(Code.USER_ERROR, problem.messageKey(), technicianDetail);
        this.problem = problem;
        this.documentType = documentType;
    }

    public DocumentChecks.Problem problem() { return problem; }

    public DocumentType documentType() { return documentType; }
}
