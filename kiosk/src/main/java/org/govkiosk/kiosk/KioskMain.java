package org.govkiosk.kiosk;

public final class KioskMain {
    public static void main(String[] args) {
        throw new UnsupportedOperationException("not yet wired");
    }
}
