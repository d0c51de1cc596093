package org.govkiosk.session;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.govkiosk.catalog.AssuranceRule;
import org.govkiosk.device.idcard.IdCardData;
import org.govkiosk.identity.IdAssurance;

/**
 * Step-up identification: a citizen who got in one way adds the other (card after face, face after card) to open
 * an item that needs it, in the same session. The added factor must be the same person's: her card must carry the
 * number her face was matched against, her face must match the number on her card. Someone who got in with the
 * app code alone cannot step up on the kiosk (the kiosk never learns her number), so she is told to start again.
 */
public final class StepUp {
    /** The factor still missing for an item. */
    public enum Need { CARD, FACE }

    /** What adding a factor came to. */
    public sealed interface Outcome permits Added, Refused {}

    public record Added(IdAssurance assurance) implements Outcome {}

    /** Refused: the citizen reads {@code citizenMessageKey}; {@code technicianDetail} goes to the log (no personal data). */
    public record Refused(String citizenMessageKey, String technicianDetail) implements Outcome {}

    private StepUp() {}

    /** The next factor to add before {@code rule} is satisfied, or empty when it already is or cannot be added here. */
    public static Optional<Need> next(AssuranceRule rule, Set<IdAssurance> have) {
        if (rule.satisfiedBy(have)) return Optional.empty();
        boolean card = have.contains(IdAssurance.ID_CARD);
        boolean face = have.contains(IdAssurance.FACE);
        // Without a card or a matched face the kiosk does not know her document number: nothing to check against.
        if (!card && !face) return Optional.empty();
        return switch (rule) {
            case ID_CARD -> Optional.of(Need.CARD);
            case FACE -> Optional.of(Need.FACE);
            case BOTH -> Optional.of(card ? Need.FACE : Need.CARD);
            case EITHER -> Optional.empty();
        };
    }

    /**
     * The card she placed to add it to her face visit. Another person's card is refused and wiped; hers is kept in
     * the session (the done screen then reminds her to take it).
     */
    public static Outcome addCard(SessionData data, IdCardData card) {
        String known = normalised(data.document() == null ? null : data.document().number());
        String placed = normalised(card.document().number());
        if (known == null || !known.equals(placed)) {
            card.wipe();
            return new Refused("stepUp.error.otherCard", "the card's number differs from the number identified by face");
        }
        data.card(card);
        data.addAssurance(IdAssurance.ID_CARD);
        return new Added(IdAssurance.ID_CARD);
    }

    /** A face check against her card's number: matched, it joins her session; refused, nothing changes. */
    public static Outcome addFace(SessionData data, FaceCheck.Verdict verdict) {
        if (verdict instanceof FaceCheck.Matched) {
            data.addAssurance(IdAssurance.FACE);
            return new Added(IdAssurance.FACE);
        }
        FaceCheck.Refused r = (FaceCheck.Refused) verdict;
        // A face that is not the card holder's gets its own words: it is not "try again", it is "not you".
        String key = r.citizenMessageKey().equals("identify.error.faceMismatch") ? "stepUp.error.otherFace" : r.citizenMessageKey();
        return new Refused(key, r.technicianDetail());
    }

    /** The number a face is matched against when adding it: the one on her card. */
    public static String numberForFace(SessionData data) {
        return data.card() != null ? data.card().document().number() : data.document().number();
    }

    private static String normalised(String number) {
        return number == null ? null : number.trim().toUpperCase(Locale.ROOT);
    }
}
