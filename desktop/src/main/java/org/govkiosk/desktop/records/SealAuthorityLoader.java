package org.govkiosk.desktop.records;

import java.lang.reflect.InvocationTargetException;
import org.govkiosk.certificate.SealAuthority;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.KioskSettings;

/**
 * Builds the seal authority named by {@code records.service.sealAuthority}, so the records-service command can
 * be registered by class without this package depending on the certificate implementation.
 */
final class SealAuthorityLoader {
    private SealAuthorityLoader() {}

    static SealAuthority load(KioskSettings config) {
        String name = config.recordsService().sealAuthority();
        try {
            Class<?> c = Class.forName(name);
            if (!SealAuthority.class.isAssignableFrom(c)) throw new ConfigException(name + " does not implement SealAuthority");
            try {
                return (SealAuthority) c.getConstructor(KioskSettings.class).newInstance(config);
            } catch (NoSuchMethodException e) {
                return (SealAuthority) c.getConstructor().newInstance();
            }
        } catch (ClassNotFoundException e) {
            throw new ConfigException("records.service.sealAuthority: class " + name + " is not on the class path");
        } catch (NoSuchMethodException e) {
            throw new ConfigException("records.service.sealAuthority: " + name + " needs a public (KioskSettings) or () constructor");
        } catch (InvocationTargetException e) {
            throw new ConfigException("records.service.sealAuthority: " + name + " failed to start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new ConfigException("records.service.sealAuthority: cannot create " + name + ": " + e, e);
        }
    }
}
