package org.govkiosk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.govkiosk.session.PrintJobs.Job;
import org.govkiosk.session.PrintJobs.State;
import org.junit.jupiter.api.Test;

/** The print screen's job rules, without the screen. */
class PrintJobsTest {
    @Test
    void runsChosenJobsOneAtATimeCertificateFirst() {
        PrintJobs p = new PrintJobs(j -> true, j -> true);
        assertEquals(State.CHOSEN, p.state(Job.CERTIFICATE));
        p.start(j -> true);
        assertTrue(p.running());
        assertEquals(Optional.of(Job.CERTIFICATE), p.next());
        assertEquals(State.PREPARING, p.state(Job.CERTIFICATE));
        p.printing(Job.CERTIFICATE);
        p.printed(Job.CERTIFICATE, "/out/a.pdf");
        assertFalse(p.allDone(), "the receipt is still to come");
        assertEquals(Optional.of(Job.RECEIPT), p.next());
        p.printed(Job.RECEIPT, "");
        assertEquals(Optional.empty(), p.next());
        assertFalse(p.running());
        assertTrue(p.allDone());
        assertEquals("/out/a.pdf", p.place(Job.CERTIFICATE));
    }

    @Test
    void anUnusablePrinterStartsUnchosenAndOneThatFailsBeforeTheStartIsNotTried() {
        Set<Job> usable = new java.util.HashSet<>(Set.of(Job.CERTIFICATE));
        PrintJobs p = new PrintJobs(j -> true, usable::contains);
        assertEquals(State.NOT_CHOSEN, p.state(Job.RECEIPT));
        usable.clear(); // the A4 printer ran out of paper while she looked at the screen
        p.start(usable::contains);
        assertEquals(Optional.empty(), p.next(), "nothing is sent to a printer known to be unusable");
        assertFalse(p.allDone());
    }

    @Test
    void aFailureIsRetriedOnlyWhenSheAsksAndPrintedDocumentsNeverAgain() {
        PrintJobs p = new PrintJobs(j -> true, j -> true);
        p.start(j -> true);
        p.next();
        p.failed(Job.CERTIFICATE, "print.result.paper_out");
        p.next();
        p.printed(Job.RECEIPT, null);
        assertEquals(Optional.empty(), p.next(), "the failed certificate is not retried by itself");
        assertTrue(p.anyFailed());
        assertEquals("print.result.paper_out", p.errorKey(Job.CERTIFICATE));
        p.start(j -> false); // her retry: tried even though the printer looked unusable; the driver checks again
        assertEquals(Optional.of(Job.CERTIFICATE), p.next());
        p.printed(Job.CERTIFICATE, null);
        assertEquals(Optional.empty(), p.next(), "the receipt that came out is not printed twice");
        assertTrue(p.allDone());
    }

    @Test
    void togglesOnlyOfferedDocumentsAndNotWhilePrinting() {
        PrintJobs p = new PrintJobs(j -> j == Job.RECEIPT, j -> true);
        assertEquals(State.NOT_CHOSEN, p.state(Job.CERTIFICATE));
        p.toggle(Job.CERTIFICATE);
        assertEquals(State.NOT_CHOSEN, p.state(Job.CERTIFICATE), "this item has no certificate");
        p.toggle(Job.RECEIPT);
        assertEquals(State.NOT_CHOSEN, p.state(Job.RECEIPT));
        assertFalse(p.anyChosen());
        p.toggle(Job.RECEIPT);
        p.start(j -> true);
        p.toggle(Job.RECEIPT);
        assertEquals(State.CHOSEN, p.state(Job.RECEIPT), "no change once printing has started");
    }
}
