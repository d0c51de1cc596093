package org.govkiosk.config;

import java.time.Duration;
import java.util.List;

/** The ESC/POS receipt printer and what receipts say: {@code receipt.*}. */
public record ReceiptConfig(String port, int baud, Duration statusTimeout, int columns, Duration printTimeout,
                            List<String> socialInsuranceCategories, List<String> providentFundCategories) {
    public ReceiptConfig {
        socialInsuranceCategories = List.copyOf(socialInsuranceCategories);
        providentFundCategories = List.copyOf(providentFundCategories);
    }

    public static ReceiptConfig from(KioskConfig c) {
        return new ReceiptConfig(c.required("receipt.port", "the printer's serial device path"),
                c.integer("receipt.baud", 1200, 4_000_000), c.positiveDuration("receipt.statusTimeout"),
                c.integer("receipt.columns", 16, 128), c.positiveDuration("receipt.printTimeout"),
                c.list("receipt.socialInsuranceCategories"), c.list("receipt.providentFundCategories"));
    }
}
