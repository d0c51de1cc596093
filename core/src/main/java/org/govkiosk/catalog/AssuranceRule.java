package org.govkiosk.catalog;

import java.util.Set;
import org.govkiosk.identity.IdAssurance;

/** Which identity assurance an item needs before its records are shown. */
public enum AssuranceRule {
    ID_CARD, FACE, EITHER, BOTH;

    public boolean satisfiedBy(Set<IdAssurance> have) {
        return switch (this) {
            case ID_CARD -> have.contains(IdAssurance.ID_CARD);
            case FACE -> have.contains(IdAssurance.FACE);
            case EITHER -> have.contains(IdAssurance.ID_CARD) || have.contains(IdAssurance.FACE) || have.contains(IdAssurance.APP_QR);
            case BOTH -> have.contains(IdAssurance.ID_CARD) && have.contains(IdAssurance.FACE);
        };
    }
}
