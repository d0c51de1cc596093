package org.govkiosk.desktop.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** Every log line of a whole citizen journey, client and service, at DEBUG: no name, no full number, no token. */
@Timeout(60)
class NoPersonalDataInLogsTest {
    @Test
    void aJourneyLeavesOnlyMaskedTracesAndTheSessionId() throws Exception {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(ctx);
        captured.start();
        root.addAppender(captured);
        ctx.getLogger("org.govkiosk").setLevel(ch.qos.logback.classic.Level.DEBUG);
        IdentityDocument d = DemoCitizens.HOMEOWNER_WITH_MORTGAGE.document();
        String token;
        try (EmbeddedRecordsService s = EmbeddedRecordsService.start(ServiceFixture.serviceConfig(Map.of("records.service.citizens", "5")),
                new TestSealAuthority(), 0)) {
            HttpRecordsGateway g = ServiceFixture.client(s);
            CitizenRef ref = g.identify("sess-777", new IdentifyRequest(d.type(), d.number(), IdAssurance.ID_CARD)).orNull();
            token = ref.token();
            g.fetchRecord("sess-777", ref, "FC-001");
            g.fetchRecord("sess-777", ref, "GJJ-002");
            g.requestCertificate("sess-777", ref, "FC-001");
            g.identify("sess-777", new IdentifyRequest(d.type(), "410105199001019999", IdAssurance.ID_CARD));
        } finally {
            root.detachAppender(captured);
            ctx.getLogger("org.govkiosk").setLevel(null);
            root.setLevel(before);
        }
        List<String> lines = captured.list.stream().map(e -> e.getFormattedMessage() + " " + e.getMDCPropertyMap()).toList();
        assertFalse(lines.isEmpty());
        String all = String.join("\n", lines);
        assertFalse(all.contains(d.number()), all);
        assertFalse(all.contains("410105199001019999"), all);
        assertFalse(all.contains(d.name()), all);
        assertFalse(all.contains(token), all);
        assertFalse(all.contains("花园路136号"), all);
        assertTrue(all.contains("sess-777"), all);
        assertEquals(true, lines.stream().anyMatch(l -> l.contains("{session=sess-777}")), all);
    }
}
