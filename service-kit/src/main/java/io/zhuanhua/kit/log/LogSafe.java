package io.zhuanhua.kit.log;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes failure text fit for a log: chats carry phone numbers and addresses, and a PostgreSQL constraint
 * message quotes the whole row ("Failing row contains (...)"). Values are cut out, the shape of the failure
 * (exception classes, SQL state words, stack frames) stays for whoever debugs it.
 */
public final class LogSafe {
    private static final String REDACTED = "<redacted>";
    /** PostgreSQL's detail and context lines quote row values and statement parameters. */
    private static final Pattern SERVER_DETAIL = Pattern.compile("(?s)\\s*(Detail|Where|Hint|详细|提示)[:：].*");
    private static final Pattern FAILING_ROW = Pattern.compile("(?s)Failing row contains \\(.*?\\)(\\.|$)");
    private static final Pattern KEY_VALUES = Pattern.compile("(Key \\([^)]*\\))=\\(.*?\\)");
    /**
     * Phone numbers, ids, card numbers: any run of 7 or more digits, an international number, or a mobile
     * number written 3-4-4; dates and times keep their shape.
     */
    private static final Pattern LONG_NUMBER = Pattern
            .compile("\\+\\d{1,3}(?:[\\s-]?\\d){6,}|\\b1\\d{2}[\\s-]\\d{4}[\\s-]\\d{4}\\b|\\d{7,}");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final int MAX_CAUSES = 20;

    private LogSafe() {
    }

    /** The text with quoted row values, long numbers and e-mail addresses replaced. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        String safe = SERVER_DETAIL.matcher(text).replaceFirst(" Detail: " + REDACTED);
        safe = FAILING_ROW.matcher(safe).replaceAll("Failing row contains (" + REDACTED + ")$1");
        safe = KEY_VALUES.matcher(safe).replaceAll("$1=(" + REDACTED + ")");
        safe = LONG_NUMBER.matcher(safe).replaceAll(REDACTED);
        return EMAIL.matcher(safe).replaceAll(REDACTED);
    }

    /** A copy of the failure and its causes whose messages went through {@link #text(String)}. */
    public static Throwable failure(Throwable failure) {
        return copy(failure, new IdentityHashMap<>(), 0);
    }

    private static Throwable copy(Throwable original, Map<Throwable, Throwable> seen, int depth) {
        if (original == null || depth > MAX_CAUSES) {
            return null;
        }
        Throwable done = seen.get(original);
        if (done != null) {
            return done;
        }
        Throwable cause = original.getCause() == original ? null : copy(original.getCause(), seen, depth + 1);
        RedactedFailure copy = new RedactedFailure(original.getClass().getName(), text(original.getMessage()), cause);
        copy.setStackTrace(original.getStackTrace());
        seen.put(original, copy);
        return copy;
    }

    /** Prints like the original ("class: message") so stack traces read as usual. */
    private static final class RedactedFailure extends RuntimeException {
        private final String originalClass;

        RedactedFailure(String originalClass, String message, Throwable cause) {
            super(message, cause, false, true);
            this.originalClass = originalClass;
        }

        @Override
        public String toString() {
            return getMessage() == null ? originalClass : originalClass + ": " + getMessage();
        }
    }
}
