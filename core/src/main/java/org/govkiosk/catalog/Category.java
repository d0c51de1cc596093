package org.govkiosk.catalog;

/** A category of service items (房产, 不动产, 医保 ...). {@code order} comes from config so operators can reorder. */
public record Category(String code, Localized name, String icon, int order) {}
