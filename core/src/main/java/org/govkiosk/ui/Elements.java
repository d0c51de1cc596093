package org.govkiosk.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names of on-screen elements (scene2d actor names): the stable handles scenarios ({@code tap NAME}), the test
 * driver and the accessibility check use to find a widget. They are a namespace of their own, apart from message
 * keys (the words shown, in the i18n bundles) and config keys, even where a value happens to read the same.
 * docs/scenarios.md lists them; a test checks that list and the scenario files against this class.
 */
public final class Elements {
    private Elements() {}

    // Top bar and navigation, on every screen.
    public static final String CONTENT = "content";
    public static final String CONTENT_SCROLL = "content.scroll";
    public static final String BAR_ZONE = "bar.zone";
    public static final String BAR_CLOCK = "bar.clock";
    public static final String BAR_LANGUAGE = "bar.language";
    public static final String BAR_ELDER = "bar.elder";
    public static final String BAR_HELP = "bar.help";
    /** The volume button (only while the kiosk has a voice). */
    public static final String BAR_VOLUME = "bar.volume";
    public static final String NAV_BACK = "nav.back";
    public static final String NAV_EXIT = "nav.exit";
    /** The help overlay (see {@link #overlay} and {@link #overlayOk}). */
    public static final String HELP = "help";

    // Timeout warning.
    public static final String TIMEOUT_OVERLAY = "timeout.overlay";
    public static final String TIMEOUT_COUNTDOWN = "timeout.countdown";
    public static final String TIMEOUT_EXTEND = "timeout.extend";
    public static final String TIMEOUT_END = "timeout.end";

    // Attract.
    public static final String ATTRACT_START = "attract.start";
    public static final String ATTRACT_CATEGORIES = "attract.categories";
    public static final String ATTRACT_VERIFY = "attract.verify";
    /** The maintenance screen's speech status line. */
    public static final String ADMIN_SPEECH = "admin.speech";
    /** Speech mode on / off. */
    public static final String ATTRACT_SPEECH = "attract.speech";

    // Identify.
    public static final String IDENTIFY_ERROR = "identify.error";
    public static final String IDENTIFY_IDCARD = "identify.idcard";
    public static final String IDENTIFY_FACE = "identify.face";
    public static final String IDENTIFY_APP = "identify.app";
    public static final String IDENTIFY_FACE_AGREE = "identify.face.agree";
    public static final String IDENTIFY_FACE_DECLINE = "identify.face.decline";
    public static final String IDENTIFY_NUMBER = "identify.number";
    public static final String IDENTIFY_FACE_START = "identify.face.start";
    public static final String IDENTIFY_WAITING = "identify.waiting";
    public static final String IDENTIFY_OTHER_WAY = "identify.otherWay";
    /** While a face check runs: the live preview, what to change, the action asked for, how much of it is seen. */
    public static final String FACE_PREVIEW = "face.preview";
    public static final String FACE_GUIDANCE = "face.guidance";
    public static final String FACE_CHALLENGE = "face.challenge";
    public static final String FACE_PROGRESS = "face.progress";
    /** On the face capture screen: the other ways (card, app code) stay offered. */
    public static final String IDENTIFY_FACE_OTHER_WAYS = "identify.face.otherWays";

    // Catalog.
    public static final String CATALOG_SEARCH = "catalog.search";
    public static final String CATALOG_NOTICE = "catalog.notice";
    public static final String CATALOG_ITEMS = "catalog.items";
    public static final String CATALOG_NO_MATCH = "catalog.noMatch";
    public static final String CATALOG_SCROLL = "catalog.scroll";

    // Step-up (adding the card or the face an item needs).
    public static final String STEP_UP = "stepUp";
    public static final String STEP_UP_ERROR = "stepUp.error";
    public static final String STEP_UP_WAITING = "stepUp.waiting";
    public static final String STEP_UP_FACE_AGREE = "stepUp.face.agree";

    // Result.
    public static final String RESULT_LOADING = "result.loading";
    public static final String RESULT_ERROR = "result.error";
    public static final String RESULT_RETRY = "result.retry";
    /** After "no record": the item that proves it (the certificate of no housing). */
    public static final String RESULT_NEXT_STEP = "result.nextStep";
    public static final String RESULT_FIELDS = "result.fields";
    public static final String RESULT_TABLE = "result.table";
    public static final String RESULT_PREV = "result.prev";
    public static final String RESULT_NEXT = "result.next";
    public static final String RESULT_PAGE = "result.page";
    public static final String RESULT_PRINT = "result.print";

    // Print.
    public static final String PRINT_CERTIFICATE = "print.certificate";
    public static final String PRINT_RECEIPT = "print.receipt";
    public static final String PRINT_TAKE = "print.take";
    public static final String PRINT_START = "print.start";
    public static final String PRINT_RETRY = "print.retry";
    public static final String PRINT_FINISH = "print.finish";

    // Done.
    public static final String DONE_TAKE_CARD = "done.takeCard";
    /** The reminder after a visit ended with her card still in the reader. */
    public static final String TAKE_CARD = "takeCard.title";
    public static final String DONE_ANOTHER = "done.another";
    public static final String DONE_FINISH = "done.finish";

    // Verify a document.
    public static final String VERIFY_RESULT = "verify.result";
    /** The department's view of a genuine certificate (masked holder, item, time, key figures). */
    public static final String VERIFY_VIEW = "verify.view";

    // Technician screens.
    public static final String ADMIN_PIN_MESSAGE = "admin.pin.message";
    public static final String ADMIN_PIN_ENTER = "admin.pin.enter";
    public static final String ADMIN_DEVICES = "admin.devices";
    public static final String ADMIN_REPORT = "admin.report";
    public static final String ADMIN_SELFTEST = "admin.selftest";
    public static final String ADMIN_SCROLL = "admin.scroll";
    public static final String ADMIN_EXIT = "admin.exit";
    /** The maintenance screen's list of out-of-service reasons that still hold, with technician detail. */
    public static final String ADMIN_OUT_OF_SERVICE = "admin.outOfService";

    // Keypad and keyboard.
    public static final String KEYPAD = "keypad";
    public static final String PAD_DELETE = "pad.delete";
    public static final String KEYBOARD = "keyboard";
    public static final String KEY_SPACE = "key.space";
    public static final String KEY_DELETE = "key.delete";
    public static final String KEY_CLEAR = "key.clear";

    /** Prefixes of the names made from data (codes, letters); {@link #isKnown} accepts any name under them. */
    public static final String CATEGORY_PREFIX = "cat.";
    public static final String ITEM_PREFIX = "item.";
    public static final String PAD_PREFIX = "pad.";
    public static final String KEY_PREFIX = "key.";
    public static final String OUT_OF_SERVICE_REASON_PREFIX = "outOfService.reason.";

    /** A catalog category tab, by category code. */
    public static String category(String code) { return CATEGORY_PREFIX + code; }

    /** A catalog item tile, by item code ({@code item.FC-006}). */
    public static String item(String code) { return ITEM_PREFIX + code; }

    /** A numeric keypad key: {@code pad.0} ... {@code pad.9}, {@code pad.x}. */
    public static String pad(String key) { return PAD_PREFIX + key.toLowerCase(); }

    /** One reason the out-of-service screen lists: {@code outOfService.reason.backend} ... */
    public static String outOfServiceReason(String kind) { return OUT_OF_SERVICE_REASON_PREFIX + kind.toLowerCase(); }

    /** A search keyboard key: {@code key.a} ... */
    public static String key(String letter) { return KEY_PREFIX + letter; }

    /** The words saying why a device option is unavailable, next to the option {@code owner}. */
    public static String unavailable(String owner) { return owner + ".unavailable"; }

    /** A print job's progress words. */
    public static String state(String owner) { return owner + ".state"; }

    /** Where a print job's file went (file printers only). */
    public static String where(String owner) { return owner + ".where"; }

    /** The picture of a document that prints ({@code print.certificate.preview}). */
    public static String preview(String owner) { return owner + ".preview"; }

    /** The dimmed layer of a message overlay. */
    public static String overlay(String owner) { return owner + ".overlay"; }

    /** The close button of a message overlay. */
    public static String overlayOk(String owner) { return owner + ".ok"; }

    /** Every fixed name above, for checks over scenario files and docs. */
    public static Set<String> fixed() {
        Set<String> out = new TreeSet<>();
        for (Field f : Elements.class.getFields()) {
            if (f.getType() == String.class && Modifier.isStatic(f.getModifiers()) && !f.getName().endsWith("_PREFIX")) {
                try {
                    out.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    /** Whether {@code name} is a fixed name, one made from data, or a suffix form of a fixed name. */
    public static boolean isKnown(String name) {
        Set<String> fixed = fixed();
        if (fixed.contains(name)) return true;
        for (String p : new String[] {CATEGORY_PREFIX, ITEM_PREFIX, PAD_PREFIX, KEY_PREFIX, OUT_OF_SERVICE_REASON_PREFIX}) {
            if (name.startsWith(p) && name.length() > p.length()) return true;
        }
        for (String suffix : new String[] {".unavailable", ".state", ".where", ".preview", ".overlay", ".ok"}) {
            if (name.endsWith(suffix) && fixed.contains(name.substring(0, name.length() - suffix.length()))) return true;
        }
        return false;
    }
}
