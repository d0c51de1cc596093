package org.govkiosk.ui.screen;

import com.badlogic.gdx.scenes.scene2d.ui.Image;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import org.govkiosk.certificate.CertificateVerifier;
import org.govkiosk.certificate.VerificationResult;
import org.govkiosk.device.scanner.QrScanner;
import org.govkiosk.session.Countdown;
import org.govkiosk.ui.Elements;
import org.govkiosk.ui.KioskScreen;
import org.govkiosk.ui.KioskUi;
import org.govkiosk.ui.widget.Widgets;

/**
 * Anyone can check a printed certificate: scan its QR code, the department answers whether the serial is
 * valid and the content digest matches. No citizen session is needed: the QR carries no personal data.
 */
public final class VerifyDocumentScreen extends KioskScreen {
    private String resultKey;
    private String resultStyle = "title";
    /** Nobody is using it: back to the attract screen after {@code verify.idleTimeout} on the session clock. */
    private final Countdown idle;

    public VerifyDocumentScreen(KioskUi ui) {
        super(ui);
        this.idle = ui.timers().start(ui.timers().verifyIdle());
    }

    @Override public String name() { return "verify"; }

    @Override public String prompt() { return ui.sentences(ui.t("verify.title"), ui.t("verify.hint")); }

    @Override
    public void shown() {
        QrScanner scanner = ui.services().devices().scanner();
        if (scanner != null) scanner.setPayloadListener(p -> ui.uiThread().accept(() -> scanned(p)));
    }

    @Override
    public void hidden() {
        QrScanner scanner = ui.services().devices().scanner();
        if (scanner != null) scanner.setPayloadListener(null);
    }

    @Override
    public void build(Table content) {
        Skin skin = ui.skin();
        content.add(Widgets.centred(skin, "title", ui.t("verify.title"))).growX().row();
        content.add(new Image(ui.illustrations().phone())).size(180, 300).padTop(24).row();
        content.add(Widgets.centred(skin, "body", ui.t("verify.hint"))).growX().padTop(24).row();
        if (resultKey != null) {
            Label r = Widgets.centred(skin, resultStyle, ui.t(resultKey));
            r.setName(Elements.VERIFY_RESULT);
            content.add(r).growX().padTop(32).row();
        }
        content.add().grow();
    }

    @Override public boolean hasBack() { return true; }

    @Override
    public boolean hasExit() { return false; }

    @Override
    public void back() { ui.show(new AttractScreen(ui)); }

    @Override
    public void update(float delta) {
        if (idle.expired()) back();
    }

    void scanned(String payload) {
        idle.restart();
        // The same check the technician's verify-certificate uses for a scanned code: serial + digest vs the department.
        ui.work().run(() -> CertificateVerifier.verifyScanned(payload, ui.services().records()), o -> {
            if (!o.ok()) {
                show("print.verify.service_unavailable", "title-danger");
                return;
            }
            VerificationResult r = o.value();
            show(r.reason().citizenMessageKey(), r.valid() ? "title-ok" : "title-danger");
        });
    }

    private void show(String key, String style) {
        resultKey = key;
        resultStyle = style;
        ui.rebuild();
    }
}
