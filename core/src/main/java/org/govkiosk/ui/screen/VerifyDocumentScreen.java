package org.govkiosk.ui.screen;

import com.badlogic.gdx.scenes.scene2d.ui.Image;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import org.govkiosk.certificate.VerificationCode;
import org.govkiosk.device.scanner.QrScanner;
import org.govkiosk.records.CertificateStatus;
import org.govkiosk.records.GatewayResult;
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
    private float idle;

    public VerifyDocumentScreen(KioskUi ui) {
        super(ui);
    }

    @Override public String name() { return "verify"; }

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
            r.setName("verify.result");
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
        idle += delta;
        if (idle > 90) back();
    }

    void scanned(String payload) {
        idle = 0;
        var parsed = VerificationCode.parse(payload);
        if (parsed.isEmpty()) {
            show("verify.unreadable", "title-danger");
            return;
        }
        VerificationCode p = parsed.get();
        ui.work().run(() -> ui.services().records().verifyCertificate(p.serial()), o -> {
            if (o.ok() && o.value() instanceof GatewayResult.Ok<CertificateStatus> ok) {
                CertificateStatus s = ok.value();
                boolean valid = s.state() == CertificateStatus.State.VALID
                        && s.contentDigestHex().equalsIgnoreCase(p.digestHex());
                show(valid ? "verify.valid" : s.state() == CertificateStatus.State.REVOKED ? "verify.revoked" : "verify.invalid",
                        valid ? "title-ok" : "title-danger");
            } else if (o.ok() && o.value() instanceof GatewayResult.Failure<CertificateStatus> f) {
                show(f.citizenMessageKey(), "title-danger");
            } else {
                show("records.error.unreachable", "title-danger");
            }
        });
    }

    private void show(String key, String style) {
        resultKey = key;
        resultStyle = style;
        ui.rebuild();
    }
}
