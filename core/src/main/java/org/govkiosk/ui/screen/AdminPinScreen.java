package org.govkiosk.ui.screen;

import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import java.util.Arrays;
import org.govkiosk.admin.PinVerifier;
import org.govkiosk.ui.Elements;
import org.govkiosk.ui.KioskScreen;
import org.govkiosk.ui.KioskUi;
import org.govkiosk.ui.widget.NumericKeypad;
import org.govkiosk.ui.widget.Widgets;

/**
 * The technician's door into maintenance: a PIN checked against a salted PBKDF2 hash (slow on purpose, so
 * the check runs off the UI thread), with a growing lockout after wrong attempts.
 */
public final class AdminPinScreen extends KioskScreen {
    private final PinVerifier verifier;
    private char[] pin = new char[0];
    private String message;
    private boolean checking;

    public AdminPinScreen(KioskUi ui, PinVerifier verifier) {
        super(ui);
        this.verifier = verifier;
    }

    @Override public String name() { return "admin.pin"; }

    @Override
    public void build(Table content) {
        Skin skin = ui.skin();
        // The masked PIN is one line that never wraps (a wrapping label put each dot on a line of its own), and a key
        // press changes only it and the enter button: the screen does not rebuild and jump back to the top.
        Table left = new Table();
        left.add(Widgets.centred(skin, "title", ui.t("admin.pin.title"))).width(ui.fit(ui.portrait() ? 1000 : 760)).row();
        dots = Widgets.label(skin, "huge", "");
        dots.setAlignment(com.badlogic.gdx.utils.Align.center);
        left.add(dots).growX().padTop(16).row();
        if (message != null) {
            Label m = Widgets.centred(skin, "body-danger", message);
            m.setName(Elements.ADMIN_PIN_MESSAGE);
            left.add(m).growX().padTop(8).row();
        }
        enter = Widgets.button(skin, "primary", Elements.ADMIN_PIN_ENTER, ui.t(checking ? "admin.pin.checking" : "admin.pin.enter"), this::check);
        NumericKeypad pad = new NumericKeypad(skin, ui.target(), ui.t("key.delete"), k -> {
            if (pin.length < 12 && !k.equals("X")) pin = append(pin, k.charAt(0));
            showPin();
        }, () -> {
            if (pin.length > 0) pin = Arrays.copyOf(pin, pin.length - 1);
            showPin();
        });
        showPin();
        if (ui.portrait()) {
            content.add(left).growX().row();
            content.add(pad).padTop(12).row();
            content.add(enter).width(ui.fit(ui.target() * 5)).height(ui.target()).padTop(16).row();
        } else {
            left.add(enter).width(ui.target() * 5).height(ui.target()).padTop(32).row();
            content.add(left).padRight(64);
            content.add(pad);
        }
    }

    private Label dots;
    private TextButton enter;

    private void showPin() {
        dots.setText(pin.length == 0 ? "—" : "•".repeat(pin.length));
        enter.setDisabled(checking || pin.length < 4);
    }

    private static char[] append(char[] a, char c) {
        char[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = c;
        Arrays.fill(a, '\0');
        return b;
    }

    private void check() {
        checking = true;
        char[] attempt = pin;
        pin = new char[0];
        ui.rebuild();
        ui.work().run(() -> {
            try {
                return verifier.verify(attempt);
            } finally {
                Arrays.fill(attempt, '\0');
            }
        }, o -> {
            checking = false;
            PinVerifier.Result r = o.ok() ? o.value() : new PinVerifier.Unavailable(String.valueOf(o.error()));
            if (r instanceof PinVerifier.Accepted a) {
                ui.sessions().enterMaintenance();
                ui.show(new AdminScreen(ui, a.defaultPin()));
                return;
            }
            if (r instanceof PinVerifier.Rejected rej) message = ui.t("admin.pin.wrong", rej.attemptsBeforeLockout());
            else if (r instanceof PinVerifier.Locked l) message = ui.t("admin.pin.locked", Math.max(1, l.remaining().toSeconds()));
            else if (r instanceof PinVerifier.Unavailable u) message = ui.t("admin.pin.unavailable", u.reason());
            ui.rebuild();
        });
    }

    @Override public boolean hasBack() { return true; }

    @Override
    public boolean hasExit() { return false; }

    @Override
    public void back() {
        Arrays.fill(pin, '\0');
        ui.showAvailable();
    }
}
