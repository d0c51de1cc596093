package org.govkiosk.desktop;

import com.badlogic.gdx.Input;
import com.badlogic.gdx.InputAdapter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.govkiosk.ui.KioskUi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys that stand in for the hardware on the development desktop (listed by --help and in the README):
 * F1-F9 place a synthetic card, F10 lifts it, F11 puts the card holder in front of the camera (his recording), D a
 * different person, H a printed photo of the holder, N nobody, C pulls/plugs the camera, F12 asks for maintenance,
 * P toggles receipt paper out, U pulls/plugs the card reader cable.
 */
final class DeveloperKeys extends InputAdapter {
    static final String HELP = "F1-F9 place a synthetic ID card (the demo citizens, in --list-cards order)\n"
            + "F10 lift the card, F12 maintenance (PIN 246810 unless configured)\n"
            + "Camera (real face pipeline on recordings): F11 the card holder (only 'homeowner', F1, has a recording),\n"
            + "  D a different person, H a printed photo of the last card's holder held up, N nobody, C unplug/replug the camera\n"
            + "P receipt paper out/refill, U unplug/replug the ID card reader, S scan an app code for the last card\n"
            + "V the speech-mode key (speech mode on/off)";

    private static final Logger log = LoggerFactory.getLogger(DeveloperKeys.class);
    private final SimulatedDeviceControl control;
    private final Supplier<KioskUi> ui;
    private String lastCard = SimulatedDeviceControl.cardKeys().get(0);
    private boolean paperOut;
    private boolean unplugged;
    private boolean cameraUnplugged;

    DeveloperKeys(SimulatedDeviceControl control, Supplier<KioskUi> ui) {
        this.control = control;
        this.ui = ui;
    }

    @Override
    public boolean keyDown(int keycode) {
        List<String> cards = SimulatedDeviceControl.cardKeys();
        if (keycode >= Input.Keys.F1 && keycode <= Input.Keys.F9) {
            int i = keycode - Input.Keys.F1;
            if (i < cards.size()) {
                lastCard = cards.get(i);
                run("card-insert", lastCard);
            }
            return true;
        }
        switch (keycode) {
            case Input.Keys.F10 -> run("card-remove");
            case Input.Keys.F11 -> run("face", lastCard);
            case Input.Keys.D -> run("face", "stranger");
            case Input.Keys.H -> run("face", "photo", lastCard);
            case Input.Keys.N -> run("face", "nobody");
            case Input.Keys.C -> {
                cameraUnplugged = !cameraUnplugged;
                run(cameraUnplugged ? "unplug" : "replug", "camera");
            }
            case Input.Keys.F12 -> ui.get().requestMaintenance();
            case Input.Keys.P -> {
                paperOut = !paperOut;
                run("paper", "receipt", paperOut ? "out" : "ok");
            }
            case Input.Keys.U -> {
                unplugged = !unplugged;
                run(unplugged ? "unplug" : "replug", "idcard");
            }
            case Input.Keys.S -> run("app-code", lastCard);
            case Input.Keys.V -> run("speech-key");
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Device commands may block on a pipe: never on the render thread. */
    private void run(String verb, String... args) {
        CompletableFuture.runAsync(() -> control.command(verb, List.of(args))).exceptionally(e -> {
            log.warn("developer key {}: {}", verb, e.getMessage());
            return null;
        });
    }
}
