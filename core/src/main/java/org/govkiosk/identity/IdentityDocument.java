package org.govkiosk.identity;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A decoded identity document. Personal data: it lives only inside a citizen session.
 * {@code toString()} masks on purpose so a stray log line cannot leak it.
 *
 * @param validTo    null means long-term (长期)
 * @param nationCode GB 3304 code for resident IDs, empty otherwise
 * @param extra      type-specific fields (English name, nationality, permit number, issue count ...)
 */
public record IdentityDocument(DocumentType type, String name, Gender gender, String nationCode, LocalDate birthDate,
                               String address, String number, String issuer, LocalDate validFrom, LocalDate validTo,
                               Map<String, String> extra) {
    public IdentityDocument {
        Objects.requireNonNull(type);
        Objects.requireNonNull(number);
        name = name == null ? "" : name;
        gender = gender == null ? Gender.UNKNOWN : gender;
        nationCode = nationCode == null ? "" : nationCode;
        address = address == null ? "" : address;
        issuer = issuer == null ? "" : issuer;
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public boolean isExpired(LocalDate today) {
        return validTo != null && validTo.isBefore(today);
    }

    /** The number as logs and screens show it by default. */
    public String maskedNumber() {
        return Masking.idNumber(number);
    }

    @Override
    public String toString() {
        return "IdentityDocument[" + type + " " + maskedNumber() + "]";
    }
}
