package org.govkiosk.ui.widget;

import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.Widget;
import com.badlogic.gdx.scenes.scene2d.utils.Drawable;
import org.govkiosk.ui.Elements;

/**
 * The words beside the live preview: what to change (no face, two faces, too far/close, off-centre, light, blur),
 * then the one random action asked for with a bar that fills as the movement is seen. Text comes in already
 * translated (zh_CN/en bundles); the screen also speaks it.
 */
public final class FaceGuidance extends Table {
    private final Label guidance;
    private final Label challenge;
    private final ProgressCue progress;

    private final Skin skin;

    public FaceGuidance(Skin skin, float width) {
        this.skin = skin;
        guidance = Widgets.paragraph(skin, "title", "");
        guidance.setName(Elements.FACE_GUIDANCE);
        guidance.setAlignment(com.badlogic.gdx.utils.Align.center);
        challenge = Widgets.paragraph(skin, "title-ok", "");
        challenge.setName(Elements.FACE_CHALLENGE);
        challenge.setAlignment(com.badlogic.gdx.utils.Align.center);
        progress = new ProgressCue(skin.newDrawable("white", org.govkiosk.ui.Theme.SECONDARY), skin.newDrawable("white", org.govkiosk.ui.Theme.OK));
        progress.setName(Elements.FACE_PROGRESS);
        add(guidance).width(width).row();
        add(challenge).width(width).padTop(12).row();
        add(progress).width(width * 0.8f).height(18).padTop(12).row();
        progress.setVisible(false);
    }

    public void guidance(String text) {
        guidance.setText(text);
    }

    public void challenge(String text) {
        // Once an action is asked, it is the line that matters: the one above becomes a lead-in.
        guidance.setStyle(skin.get(text == null || text.isEmpty() ? "title" : "body", Label.LabelStyle.class));
        challenge.setText(text);
        progress.setVisible(text != null && !text.isEmpty());
    }

    public void progress(double fraction) {
        progress.fraction = (float) Math.max(0, Math.min(1, fraction));
    }

    public String guidanceText() { return guidance.getText().toString(); }

    /** A bar that fills from the left: how much of the asked movement has been seen. */
    static final class ProgressCue extends Widget {
        private final Drawable track, fill;
        float fraction;

        ProgressCue(Drawable track, Drawable fill) {
            this.track = track;
            this.fill = fill;
        }

        @Override
        public void draw(Batch batch, float parentAlpha) {
            track.draw(batch, getX(), getY(), getWidth(), getHeight());
            if (fraction > 0) fill.draw(batch, getX(), getY(), getWidth() * fraction, getHeight());
        }
    }
}
