package org.govkiosk.identity;

/** The card types a second-generation reader returns (the UCS-2 character at text offset 248). */
public enum DocumentType {
    RESIDENT_ID, HK_MACAO_TAIWAN_PERMIT, FOREIGN_PERMANENT_2017, FOREIGN_PERMANENT_2023
}
