package org.govkiosk.desktop.records;

/**
 * Which records a synthetic citizen has; the generator turns it into rows. Demo citizens fix it by hand,
 * everyone else draws it from the seeded random source.
 */
record CitizenProfile(boolean localHukou, int properties, boolean mortgage, boolean worker, boolean retiree,
                      boolean gjj, boolean gjjLoan, boolean gjjWithdrawal, boolean electricity, boolean housingSecurity,
                      boolean seizure, boolean houseContract, boolean residentMedical, int medicalVisits, boolean tax) {
    static final CitizenProfile NOTHING = new CitizenProfile(false, 0, false, false, false, false, false, false, false,
            false, false, false, false, 0, false);

    boolean medicalInsured() { return worker || retiree || residentMedical; }
}
