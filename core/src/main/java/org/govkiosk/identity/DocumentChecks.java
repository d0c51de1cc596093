package org.govkiosk.identity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What makes a well-formed document unacceptable at the kiosk. Each problem has its own typed value so the
 * citizen is told exactly why (an expired card is not a broken card).
 */
public final class DocumentChecks {
    public enum Problem {
        /** The number fails the GB 11643 check digit (or is not 17 digits + check character). */
        BAD_CHECK_DIGIT("idcard.rejected.badCheckDigit"),
        /** The validity period ended before today. */
        EXPIRED("idcard.rejected.expired"),
        /** The validity period starts after today (a card issued in advance, or a wrong clock). */
        NOT_YET_VALID("idcard.rejected.notYetValid");

        private final String messageKey;

        Problem(String messageKey) { this.messageKey = messageKey; }

        public String messageKey() { return messageKey; }
    }

    private DocumentChecks() {}

    /** All problems of a document on a given day, most serious first (a forged-looking number before expiry). */
    public static Set<Problem> problems(IdentityDocument d, LocalDate today) {
        Set<Problem> out = EnumSet.noneOf(Problem.class);
        if (checkDigitApplies(d.type()) && !IdNumbers.isValid(d.number())) out.add(Problem.BAD_CHECK_DIGIT);
        if (d.isExpired(today)) out.add(Problem.EXPIRED);
        if (d.validFrom() != null && d.validFrom().isAfter(today)) out.add(Problem.NOT_YET_VALID);
        return out;
    }

    /**
     * The 2017 foreign permanent resident card has a 15-character number with its own check rule
     * that protocols.md does not give, so only the 18-character kinds are checked.
     */
    public static boolean checkDigitApplies(DocumentType type) {
        return type != DocumentType.FOREIGN_PERMANENT_2017;
    }
}
