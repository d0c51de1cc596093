package org.govkiosk.records;

/**
 * The service's handle for an identified citizen: an opaque token valid for one kiosk session.
 *
 * @param maskedName the name as screens may show it (e.g. 张*)
 */
public record CitizenRef(String token, String maskedName) {
    @Override
    public String toString() {
        return "CitizenRef[" + maskedName + "]";
    }
}
