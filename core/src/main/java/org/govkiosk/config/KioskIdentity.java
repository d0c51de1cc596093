package org.govkiosk.config;

import java.util.Locale;

/** Who this kiosk is and what it tells citizens about its zone: {@code kiosk.id}, {@code zone.name.*}, help texts. */
public record KioskIdentity(String kioskId, String zoneNameZh, String zoneNameEn, String helpPhone,
                            String assistantHoursZh, String assistantHoursEn, String alternativeZh, String alternativeEn) {

    public static KioskIdentity from(KioskConfig c) {
        return new KioskIdentity(c.required("kiosk.id", "this kiosk's id, e.g. ZZ-GX-0001"),
                c.string("zone.name.zh"), c.string("zone.name.en"), c.string("help.phone"),
                c.string("assistant.hours.zh"), c.string("assistant.hours.en"), c.string("zone.alternative.zh"),
                c.string("zone.alternative.en"));
    }

    public String zoneName(Locale locale) {
        return english(locale) ? zoneNameEn : zoneNameZh;
    }

    public String assistantHours(Locale locale) {
        return english(locale) ? assistantHoursEn : assistantHoursZh;
    }

    /** Where else she can go when this kiosk cannot serve her. */
    public String alternative(Locale locale) {
        return english(locale) ? alternativeEn : alternativeZh;
    }

    private static boolean english(Locale locale) {
        return locale.getLanguage().equals("en");
    }
}
