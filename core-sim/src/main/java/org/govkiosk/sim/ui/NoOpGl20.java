package org.govkiosk.sim.ui;

import com.badlogic.gdx.graphics.GL20;
import java.lang.reflect.Proxy;
import java.nio.IntBuffer;

/**
 * A GL20 that does nothing, for the headless backend (which leaves {@code Gdx.gl} null): real Stages, skins
 * and FreeType fonts can then be built and driven without a display. Shader compile and link report
 * success so SpriteBatch can be created; nothing is drawn.
 */
public final class NoOpGl20 {
    private NoOpGl20() {}

    public static GL20 create() {
        return (GL20) Proxy.newProxyInstance(GL20.class.getClassLoader(), new Class<?>[] {GL20.class}, (proxy, m, args) -> {
            String name = m.getName();
            if ((name.equals("glGetShaderiv") || name.equals("glGetProgramiv")) && args[2] instanceof IntBuffer ib) {
                int pname = (Integer) args[1];
                boolean ok = pname == GL20.GL_COMPILE_STATUS || pname == GL20.GL_LINK_STATUS;
                ib.put(ib.position(), ok ? 1 : 0);
                return null;
            }
            if (name.equals("glGetIntegerv") && args[1] instanceof IntBuffer ib) {
                ib.put(ib.position(), 4096);
                return null;
            }
            Class<?> r = m.getReturnType();
            if (r == int.class) return name.startsWith("glGen") || name.startsWith("glCreate") ? 1 : 0;
            if (r == boolean.class) return false;
            if (r == float.class) return 0f;
            if (r == String.class) return "";
            return null;
        });
    }
}
