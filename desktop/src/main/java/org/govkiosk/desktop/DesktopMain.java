package org.govkiosk.desktop;

public final class DesktopMain {
    public static void main(String[] args) {
        throw new UnsupportedOperationException("not yet wired");
    }
}
