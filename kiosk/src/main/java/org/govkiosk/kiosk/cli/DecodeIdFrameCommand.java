package org.govkiosk.kiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govkiosk.device.idcard.CardPayload;
import org.govkiosk.device.idcard.SamFrameException;
import org.govkiosk.device.idcard.SamFrames;
import org.govkiosk.device.idcard.SamResponse;
import org.govkiosk.identity.DocumentChecks;
import org.govkiosk.identity.DocumentFormatException;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.identity.Masking;
import org.govkiosk.identity.Nations;
import org.govkiosk.identity.TextBlockDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Decodes one captured reader answer, e.g. from a serial sniffer, and prints it as JSON. Personal fields are
 * masked unless {@code --unmasked}: the output often ends up in tickets and chats.
 */
@Command(name = "decode-id-frame", mixinStandardHelpOptions = true,
        description = {"Decode one captured ID card reader response frame (hex) and print it as JSON.",
                "Exit codes: 0 decoded, 2 malformed frame or text block."})
public final class DecodeIdFrameCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "HEX", description = "the frame in hex; spaces, colons and 0x are ignored")
    List<String> hex;

    @Option(names = "--unmasked", description = "show name, number and address in full (personal data: handle with care)")
    boolean unmasked;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SamResponse r;
        try {
            r = SamFrames.decodeResponse(SamFrames.parseHex(String.join(" ", hex)));
        } catch (SamFrameException e) {
            err.println("malformed frame: " + e.getMessage());
            return 2;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sw", String.format("%02X %02X %02X", r.sw1(), r.sw2(), r.sw3()));
        json.put("status", r.status().name());
        json.put("meaning", r.status().technicianText());
        json.put("dataBytes", r.data().length);
        if (r.data().length >= 4 + CardPayload.TEXT_SIZE) {
            try {
                CardPayload p = parse(r.data());
                IdentityDocument d = TextBlockDecoder.decode(p.text());
                json.put("document", document(d));
                json.put("photoBytes", p.photo().length);
                json.put("fingerprintBytes", p.fingerprint().length);
                json.put("problemsToday", DocumentChecks.problems(d, LocalDate.now()).stream().map(Enum::name).toList());
            } catch (SamFrameException | DocumentFormatException e) {
                err.println("malformed read data: " + e.getMessage());
                return 2;
            }
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        out.println(mapper.writeValueAsString(json));
        out.flush();
        return 0;
    }

    /** Read answers come with two lengths (30 01) or three (30 10); the data length tells which. */
    private static CardPayload parse(byte[] data) throws SamFrameException {
        try {
            return CardPayload.parse(data, false);
        } catch (SamFrameException twoLengths) {
            try {
                return CardPayload.parse(data, true);
            } catch (SamFrameException threeLengths) {
                throw twoLengths;
            }
        }
    }

    private Map<String, Object> document(IdentityDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", d.type().name());
        m.put("name", unmasked ? d.name() : Masking.name(d.name()));
        m.put("gender", d.gender().name());
        if (!d.nationCode().isEmpty()) {
            m.put("nationCode", d.nationCode());
            m.put("nation", Nations.displayName(d.nationCode()).orElse("unknown code"));
        }
        // Masked output keeps the year only: the full date plus a masked number would still single a person out.
        m.put("birthDate", d.birthDate() == null ? "" : unmasked ? d.birthDate().toString() : d.birthDate().getYear() + "-**-**");
        if (!d.address().isEmpty()) m.put("address", unmasked ? d.address() : "(masked, " + d.address().length() + " characters)");
        m.put("number", unmasked ? d.number() : d.maskedNumber());
        m.put("issuer", d.issuer());
        m.put("validFrom", String.valueOf(d.validFrom()));
        m.put("validTo", d.validTo() == null ? "长期" : d.validTo().toString());
        Map<String, String> extra = new LinkedHashMap<>(d.extra());
        if (!unmasked) {
            extra.computeIfPresent("englishName", (k, v) -> Masking.name(v));
            extra.computeIfPresent("permitNumber", (k, v) -> Masking.tail(v));
        }
        if (!extra.isEmpty()) m.put("extra", extra);
        return m;
    }
}
