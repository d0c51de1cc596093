package org.govkiosk.desktop.records;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.govkiosk.catalog.JsonCatalog;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.certificate.CertificateService;
import org.govkiosk.config.FontLocator;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.i18n.Messages;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.govkiosk.sim.seal.DemoSealAuthority;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real catalog items, real demo records, both languages: how the certificates lay out. Keep them with
 * {@code -Dcertificates.keepIn=DIR} and look at them with pdftoppm.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CertificatePagesTest {
    @TempDir static Path dir;
    static EmbeddedRecordsService service;
    static HttpRecordsGateway gateway;
    static CertificateService certificates;
    static JsonCatalog catalog;
    static CitizenRef lee;
    static CitizenRef wang;

    @BeforeAll
    static void start() throws Exception {
        KioskSettings config = ServiceFixture.serviceConfig().with(Map.of("records.service.citizens", "20",
                "certificate.demoSealDir", dir.resolve("seal").toString(), "certificate.sm2", "true"));
        catalog = JsonCatalog.load(config.catalog());
        DemoSealAuthority authority = new DemoSealAuthority(dir.resolve("seal"), DemoSealAuthority.departmentNames(catalog),
                FontLocator.find(config.screen().fontPath()).orElse(null));
        authority.prepare(catalog.everyItem().stream().map(i -> i.department().code()).distinct().toList());
        service = EmbeddedRecordsService.start(config, authority, 0);
        gateway = ServiceFixture.client(service);
        certificates = new CertificateService(gateway, ServiceFixture.kioskSettings(service, Map.of("certificate.sm2", "true")));
        lee = identify(DemoCitizens.NO_PROPERTY.document());
        wang = identify(DemoCitizens.HOMEOWNER_WITH_MORTGAGE.document());
    }

    @AfterAll
    static void stop() {
        if (service != null) service.close();
    }

    static CitizenRef identify(IdentityDocument d) {
        return gateway.identify("s", new IdentifyRequest(d.type(), d.number(), IdAssurance.ID_CARD)).orNull();
    }

    @Test
    void anEnglishCertificateKeepsTheIssuerAndSealWithItsRecord() throws Exception {
        // issue 12: in English the statement wraps longer, and the issuer block with the seal went alone onto page 2.
        for (String code : List.of("FC-002", "FC-001", "YL-001", "YL-002", "YL-006", "GJJ-002", "GJJ-004", "YB-002", "HJ-005")) {
            ServiceItem item = catalog.item(code).orElseThrow();
            CitizenRef who = code.startsWith("FC-001") ? wang : code.startsWith("YL") ? identify(DemoCitizens.PENSIONER.document())
                    : code.startsWith("GJJ") ? identify(DemoCitizens.PROVIDENT_FUND_LOAN.document()) : lee;
            for (java.util.Locale l : List.of(Messages.ZH, Messages.EN)) {
                byte[] pdf;
                try {
                    pdf = certificates.issue("s-look", item, who, l);
                } catch (org.govkiosk.certificate.CertificateIssueException e) {
                    continue; // no record for this citizen: nothing to lay out
                }
                String keep = System.getProperty("certificates.keepIn");
                if (keep != null) Files.write(Path.of(keep, code + "-" + l.getLanguage() + ".pdf"), pdf);
                try (PDDocument d = Loader.loadPDF(pdf)) {
                    int pages = d.getNumberOfPages();
                    String last = new org.apache.pdfbox.text.PDFTextStripper() {{ setStartPage(pages); setEndPage(pages); }}.getText(d);
                    if (pages > 1) {
                        // A page of its own must carry record rows, not only the issuer's block and the seal.
                        assertTrue(last.lines().count() > 12, code + " " + l + ": last page holds only the issuer: " + last);
                    }
                }
            }
        }
    }

}
