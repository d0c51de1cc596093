package org.govkiosk.ui.screen;

import com.badlogic.gdx.scenes.scene2d.ui.Table;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.govkiosk.device.camera.CameraFrame;
import org.govkiosk.device.camera.FaceVerifier;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.session.CitizenSession;
import org.govkiosk.session.FaceCheck;
import org.govkiosk.ui.KioskUi;
import org.govkiosk.ui.widget.FaceGuidance;
import org.govkiosk.ui.widget.FacePreview;

/**
 * One live face check as a screen shows it: starts the check on a worker, and puts what the worker reports (preview
 * frames, guidance, the action asked for, its progress) on the {@link FacePreview} and {@link FaceGuidance} widgets,
 * which it keeps across the screen's rebuilds. Guidance and the action are spoken too. Cancelled when she uses
 * another way or leaves; the preview is wiped when the check ends either way. UI thread only, except the listener.
 */
final class LiveFaceCapture implements FaceVerifier.Listener {
    private final KioskUi ui;
    private final FacePreview preview;
    private final FaceGuidance guidance;
    /** At most one preview frame waits for the UI thread: a slow render drops frames instead of queueing faces. */
    private final AtomicBoolean previewPending = new AtomicBoolean();
    private volatile boolean running;
    private Future<?> task;
    private String guidanceKey = "face.guide.no_face";
    private String challengeKey;

    LiveFaceCapture(KioskUi ui) {
        this.ui = ui;
        boolean portrait = ui.portrait();
        float scale = ui.elder() ? 0.9f : 1f;
        preview = new FacePreview(scale * (portrait ? 480 : 440), scale * (portrait ? 560 : 540));
        guidance = new FaceGuidance(ui.skin(), wordsWidth(ui));
        guidance.guidance(ui.t(guidanceKey));
    }

    /** Width of the words beside (landscape) or under (portrait) the preview. */
    static float wordsWidth(KioskUi ui) {
        return ui.portrait() ? 900 : 880;
    }

    /**
     * Preview and words side by side (landscape) or stacked (portrait); {@code below} (the other ways) goes under
     * the words, so the landscape screen keeps everything above the bottom bar.
     */
    Table panel(com.badlogic.gdx.scenes.scene2d.Actor below) {
        Table t = new Table();
        Table words = new Table();
        words.add(guidance).row();
        if (below != null) words.add(below).padTop(ui.portrait() ? 16 : 40).row();
        if (ui.portrait()) {
            t.add(preview).row();
            t.add(words).padTop(20).row();
        } else {
            t.add(preview);
            t.add(words).padLeft(40).center();
        }
        return t;
    }

    /** What to say for this step: the current guidance, then the action if one was asked. */
    String prompt() {
        return challengeKey == null ? ui.t(guidanceKey) : ui.sentences(ui.t(challengeKey));
    }

    void start(FaceCheck check, IdentifyRequest claimed, Consumer<FaceCheck.Verdict> onVerdict) {
        CitizenSession session = ui.sessions().session();
        String sessionId = session.id();
        running = true;
        task = ui.work().run(() -> check.check(sessionId, claimed, this), o -> {
            boolean wasRunning = running;
            finish();
            if (!wasRunning) return;
            onVerdict.accept(o.ok() ? o.value() : new FaceCheck.Refused("identify.error.faceUnavailable", String.valueOf(o.error())));
        });
    }

    boolean running() {
        return running;
    }

    /** She chose another way or left: stop the camera and forget the picture. */
    void cancel() {
        Future<?> t = task;
        finish();
        if (t != null) t.cancel(true);
    }

    private void finish() {
        running = false;
        task = null;
        preview.wipe();
    }

    /** The screen is gone for good. */
    void dispose() {
        cancel();
        preview.dispose();
    }

    // ---- FaceVerifier.Listener: on the check's worker thread ----

    @Override
    public void preview(CameraFrame frame) {
        if (!running || !previewPending.compareAndSet(false, true)) return;
        CameraFrame copy = new CameraFrame(frame.width(), frame.height(), frame.rgb().clone(), frame.nanos());
        ui.uiThread().accept(() -> {
            previewPending.set(false);
            if (running) preview.show(copy);
            else copy.wipe();
        });
    }

    @Override
    public void guidance(String messageKey) {
        ui.uiThread().accept(() -> {
            if (!running || challengeKey != null && messageKey.equals("face.guide.ready")) return;
            guidanceKey = messageKey;
            guidance.guidance(ui.t(messageKey));
            preview.good(messageKey.equals("face.guide.ready"));
            ui.say(ui.t(messageKey));
        });
    }

    @Override
    public void challenge(String messageKey) {
        ui.uiThread().accept(() -> {
            if (!running) return;
            challengeKey = messageKey;
            // "Good, hold still" would contradict the action: the first line now says one movement is asked for.
            guidance.guidance(ui.t("face.guide.action"));
            guidance.challenge(ui.t(messageKey));
            ui.say(ui.t(messageKey));
        });
    }

    @Override
    public void progress(double fraction) {
        ui.uiThread().accept(() -> {
            if (running) guidance.progress(fraction);
        });
    }
}
