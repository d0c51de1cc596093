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
 * valid and the content digest matches, and the screen shows what the department vouches for (masked holder,
 * item, issue time, key figures) so the person checking compares it with the paper. A code leading to any other
 * address than {@code certificate.verifyUrl} is refused in plain words. No citizen session is needed.
 */
public final class VerifyDocumentScreen extends KioskScreen {
    private String resultKey;
    private String resultStyle = "title";
    /** What the department vouches for, shown after a genuine result; null otherwise. */
    private org.govkiosk.records.CertificateView view;
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
        if (resultKey == null) {
            content.add(new Image(ui.illustrations().phone())).size(180, 300).padTop(24).row();
            content.add(Widgets.centred(skin, "body", ui.t("verify.hint"))).growX().padTop(24).row();
        } else {
            Label r = Widgets.centred(skin, resultStyle, ui.t(resultKey));
            r.setName(Elements.VERIFY_RESULT);
            content.add(r).growX().padTop(24).row();
            if (view != null) {
                // Built here, not when the answer came: the lines follow a language switch.
                java.time.ZoneId zone = ui.services().settings().certificate().timeZone();
                // On a panel of its own, as wide as reads well: the answer above, what to hold against the paper below.
                Table lines = new Table();
                lines.setName(Elements.VERIFY_VIEW);
                lines.setBackground(skin.getDrawable("panel"));
                lines.pad(20, 28, 24, 28);
                float width = ui.fit(ui.portrait() ? 1200 : 1500) - 56;
                boolean heading = true;
                for (String line : org.govkiosk.certificate.CertificateViewText.lines(view, ui.services().catalog(), ui.messages(), zone)) {
                    Label l = Widgets.paragraph(skin, heading ? "body-muted" : "body", line);
                    lines.add(l).width(width).left().padTop(heading ? 0 : 10).row();
                    heading = false;
                }
                content.add(lines).width(width + 56).padTop(20).row();
            }
            // The answer and what to compare come first (in sight without scrolling); how to check another, after.
            content.add(Widgets.centred(skin, "body-muted", ui.t("verify.hint"))).growX().padTop(24).row();
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
        String verifyUrl = ui.services().settings().certificate().verifyUrl();
        ui.work().run(() -> CertificateVerifier.verifyScanned(payload, ui.services().records(), verifyUrl), o -> {
            if (!o.ok()) {
                show("print.verify.service_unavailable", "title-danger", null);
                return;
            }
            VerificationResult r = o.value();
            show(r.reason().citizenMessageKey(), r.valid() ? "title-ok" : "title-danger", r.valid() ? r.view() : null);
        });
    }

    private void show(String key, String style, org.govkiosk.records.CertificateView view) {
        resultKey = key;
        resultStyle = style;
        this.view = view;
        ui.rebuild();
    }
}
