package io.jdash.runtime.jvm;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;

/**
 * {@code DateTimeFormatter.ofPattern} for numeric patterns ({@code yyyy-MM-dd}, {@code dd/MM/uuuu HH:mm:ss.SSS},
 * literals in quotes) and the ISO parsers of LocalDate, LocalTime and LocalDateTime, without java.time's formatter
 * machinery, which costs about 100 KB gzip in a bundle. Formatting and parsing follow the JDK's printer-parsers,
 * strict parsing and SMART (patterns) or STRICT (ISO) resolution step by step, so results, exceptions and their texts
 * are the JVM's.
 *
 * <p>The compiler (LeanDateFormatTransformer) creates one where {@code ofPattern}'s pattern is a constant that
 * {@link #supports} accepts and the formatter is only used to format and parse; it never reaches other code. Other
 * patterns (text fields, optional sections, adjacent numbers such as {@code yyyyMMdd}) keep java.time's formatter.
 */
public final class JvmDateFormat {
    private static final int LITERAL = 0;
    private static final int NUMBER = 1;
    private static final int REDUCED = 2;
    /** Fraction of a second: {@code min} to {@code max} digits, after a '.' when {@code sign} is DECIMAL_POINT. */
    private static final int FRACTION = 3;
    /** An optional section: its parts in {@code section}. */
    private static final int OPTIONAL = 4;
    /** java.time's SignStyle.NORMAL, NOT_NEGATIVE and EXCEEDS_PAD. */
    private static final int NORMAL = 0;

    private static final int NOT_NEGATIVE = 3;
    private static final int EXCEEDS_PAD = 4;
    private static final int DECIMAL_POINT = 5;

    /** Field slots of a parse, in the order they are resolved. */
    private static final int YEAR_OF_ERA = 0;

    private static final int YEAR = 1;
    private static final int MONTH = 2;
    private static final int DAY = 3;
    private static final int HOUR = 4;
    private static final int MINUTE = 5;
    private static final int SECOND = 6;
    private static final int NANO = 7;
    private static final String LETTERS = "yuMdHmsS";

    private final Part[] parts;
    /** ResolverStyle.STRICT (the ISO formatters) rather than SMART (ofPattern). */
    private final boolean strict;
    /** Literals match in any case (ISO_LOCAL_DATE_TIME's parseCaseInsensitive). */
    private final boolean anyCase;

    /** One printer-parser: a literal, a number of one field with its widths and sign style, or a section. */
    private static final class Part {
        final int kind;
        final int slot;
        final int min;
        final int max;
        final int sign;
        final String literal;
        final Part[] section;

        Part(int kind, int slot, int min, int max, int sign, String literal, Part... section) {
            this.kind = kind;
            this.slot = slot;
            this.min = min;
            this.max = max;
            this.sign = sign;
            this.literal = literal;
            this.section = section;
        }
    }

    private JvmDateFormat(Part[] parts, boolean strict, boolean anyCase) {
        this.parts = parts;
        this.strict = strict;
        this.anyCase = anyCase;
    }

    /** Whether {@code pattern} is one this class formats and parses as the JDK does (used by the compiler). */
    public static boolean supports(String pattern) {
        return pattern != null && compile(pattern) != null;
    }

    /** The lean formatter for a pattern that {@link #supports} accepts. */
    public static JvmDateFormat ofPattern(String pattern) {
        Part[] parts = compile(pattern);
        if (parts == null) {
            throw new IllegalArgumentException("jdash: unsupported pattern " + pattern);
        }
        return new JvmDateFormat(parts, false, false);
    }

    private static Part literal(String text) {
        return new Part(LITERAL, 0, 0, 0, 0, text);
    }

    private static Part twoDigits(int slot) {
        return new Part(NUMBER, slot, 2, 2, NOT_NEGATIVE, null);
    }

    private static Part[] isoDate() {
        return new Part[] {
            new Part(NUMBER, YEAR, 4, 10, EXCEEDS_PAD, null),
            literal("-"),
            twoDigits(MONTH),
            literal("-"),
            twoDigits(DAY)
        };
    }

    private static Part[] isoTime() {
        Part fraction = new Part(FRACTION, NANO, 0, 9, DECIMAL_POINT, null);
        Part seconds = new Part(
                OPTIONAL,
                0,
                0,
                0,
                0,
                null,
                literal(":"),
                twoDigits(SECOND),
                new Part(OPTIONAL, 0, 0, 0, 0, null, fraction));
        return new Part[] {twoDigits(HOUR), literal(":"), twoDigits(MINUTE), seconds};
    }

    /** {@code LocalDate.parse(text)}: ISO_LOCAL_DATE. */
    public static LocalDate parseIsoDate(CharSequence text) {
        return new JvmDateFormat(isoDate(), true, false).parseDate(text);
    }

    /** {@code LocalTime.parse(text)}: ISO_LOCAL_TIME. */
    public static LocalTime parseIsoTime(CharSequence text) {
        return new JvmDateFormat(isoTime(), true, false).parseTime(text);
    }

    /** {@code LocalDateTime.parse(text)}: ISO_LOCAL_DATE_TIME ('T' in any case). */
    public static LocalDateTime parseIsoDateTime(CharSequence text) {
        Part[] date = isoDate();
        Part[] time = isoTime();
        Part[] parts = new Part[date.length + 1 + time.length];
        System.arraycopy(date, 0, parts, 0, date.length);
        parts[date.length] = literal("T");
        System.arraycopy(time, 0, parts, date.length + 1, time.length);
        return new JvmDateFormat(parts, true, true).parseDateTime(text);
    }

    /** The parts of a pattern as DateTimeFormatterBuilder.appendPattern builds them, or null if unsupported. */
    private static Part[] compile(String pattern) {
        Part[] parts = new Part[pattern.length()];
        int count = 0;
        boolean afterValue = false;
        for (int pos = 0; pos < pattern.length(); pos++) {
            char cur = pattern.charAt(pos);
            if (cur >= 'A' && cur <= 'Z' || cur >= 'a' && cur <= 'z') {
                int start = pos;
                while (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == cur) {
                    pos++;
                }
                Part part = field(cur, pos - start + 1);
                if (part == null || afterValue) {
                    return null; // text fields, unknown letters, and adjacent values (their widths interact)
                }
                parts[count++] = part;
                afterValue = true;
                continue;
            }
            afterValue = false;
            if (cur == '\'') {
                String text = "";
                for (pos++; pos < pattern.length(); pos++) {
                    if (pattern.charAt(pos) == '\'') {
                        if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '\'') {
                            pos++;
                        } else {
                            break;
                        }
                    }
                    text += pattern.charAt(pos);
                }
                if (pos >= pattern.length()) {
                    return null;
                }
                parts[count++] = literal(text.isEmpty() ? "'" : text);
            } else if (cur == '[' || cur == ']' || cur == '{' || cur == '}' || cur == '#') {
                return null;
            } else {
                parts[count++] = literal(String.valueOf(cur));
            }
        }
        Part[] result = new Part[count];
        System.arraycopy(parts, 0, result, 0, count);
        return result;
    }

    private static Part field(char letter, int count) {
        int slot = LETTERS.indexOf(letter);
        if (slot < 0) {
            return null;
        }
        switch (letter) {
            case 'y':
            case 'u':
                if (count == 2) {
                    return new Part(REDUCED, slot, 2, 2, NOT_NEGATIVE, null);
                }
                if (count > 10) {
                    return null; // java.time fails on wider years (its table of powers of ten ends at 10^10)
                }
                return new Part(NUMBER, slot, count, 19, count < 4 ? NORMAL : EXCEEDS_PAD, null);
            case 'S':
                return count > 9 ? null : new Part(FRACTION, NANO, count, count, NOT_NEGATIVE, null);
            default:
                if (count > 2) {
                    return null;
                }
                return count == 1 ? new Part(NUMBER, slot, 1, 19, NORMAL, null) : twoDigits(slot);
        }
    }

    private static ChronoField chronoField(int slot) {
        return switch (slot) {
            case YEAR_OF_ERA -> ChronoField.YEAR_OF_ERA;
            case YEAR -> ChronoField.YEAR;
            case MONTH -> ChronoField.MONTH_OF_YEAR;
            case DAY -> ChronoField.DAY_OF_MONTH;
            case HOUR -> ChronoField.HOUR_OF_DAY;
            case MINUTE -> ChronoField.MINUTE_OF_HOUR;
            case SECOND -> ChronoField.SECOND_OF_MINUTE;
            default -> ChronoField.NANO_OF_SECOND;
        };
    }

    // ---- formatting (ofPattern's parts) ----

    /** {@code DateTimeFormatter.format(temporal)}. */
    public String format(TemporalAccessor temporal) {
        Objects.requireNonNull(temporal, "temporal");
        String out = "";
        for (Part part : parts) {
            out += part.kind == LITERAL ? part.literal : print(part, temporal);
        }
        return out;
    }

    private static String print(Part part, TemporalAccessor temporal) {
        ChronoField field = chronoField(part.slot);
        long value = temporal.getLong(field);
        if (part.kind == FRACTION) {
            field.checkValidValue(value);
            String nine = "" + (1_000_000_000L + value);
            return nine.substring(1, 1 + part.min);
        }
        if (part.kind == REDUCED) {
            value = Math.abs(value) % 100; // the last two digits, whether or not within 2000..2099
        }
        String digits = value == Long.MIN_VALUE ? "9223372036854775808" : "" + Math.abs(value);
        if (digits.length() > part.max) {
            throw new DateTimeException("Field " + field + " cannot be printed as the value " + value
                    + " exceeds the maximum print width of " + part.max);
        }
        String sign = "";
        if (value < 0) {
            if (part.sign == NOT_NEGATIVE) {
                throw new DateTimeException("Field " + field + " cannot be printed as the value " + value
                        + " cannot be negative according to the SignStyle");
            }
            sign = "-";
        } else if (part.sign == EXCEEDS_PAD && part.min < 19 && digits.length() > part.min) {
            sign = "+";
        }
        while (digits.length() < part.min) {
            digits = "0" + digits;
        }
        return sign + digits;
    }

    // ---- parsing ----

    /** What a parse found: the field values (some resolved away), the date, the time and excess days. */
    private static final class Parsed {
        long[] values = new long[8];
        boolean[] present = new boolean[8];
        LocalDate date;
        LocalTime time;
        int excessDays;

        void remove(int slot) {
            present[slot] = false;
        }

        /** As java.time.format.Parsed.toString() and its class, which "Unable to obtain" messages show. */
        @Override
        public String toString() {
            String map = "";
            for (int slot = 0; slot < 8; slot++) {
                if (present[slot]) {
                    map += (map.isEmpty() ? "" : ", ") + chronoField(slot) + "=" + values[slot];
                }
            }
            String s = "{" + map + "},ISO";
            if (date != null || time != null) {
                s += " resolved to " + (date != null ? date + (time != null ? "T" + time : "") : "" + time);
            }
            return s + " of type java.time.format.Parsed";
        }
    }

    /** Parses and resolves the whole text, as DateTimeFormatter.parseResolved0 does. */
    private Parsed parseResolved(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Parsed parsed = new Parsed();
        int position = parse(parts, text, 0, parsed);
        if (position < 0) {
            throw new DateTimeParseException(
                    "Text '" + abbreviate(text) + "' could not be parsed at index " + ~position, text, ~position);
        }
        if (position < text.length()) {
            throw new DateTimeParseException(
                    "Text '" + abbreviate(text) + "' could not be parsed, unparsed text found at index " + position,
                    text,
                    position);
        }
        try {
            resolve(parsed);
        } catch (RuntimeException e) {
            throw error(text, e);
        }
        return parsed;
    }

    private static String abbreviate(CharSequence text) {
        return text.length() > 64 ? text.subSequence(0, 64) + "..." : text.toString();
    }

    private static DateTimeParseException error(CharSequence text, RuntimeException cause) {
        return new DateTimeParseException(
                "Text '" + abbreviate(text) + "' could not be parsed: " + cause.getMessage(), text, 0, cause);
    }

    /** CompositePrinterParser.parse: each part in turn; the position after them, or ~index of the failure. */
    private int parse(Part[] section, CharSequence text, int position, Parsed parsed) {
        for (Part part : section) {
            position = parse(part, text, position, parsed);
            if (position < 0) {
                break;
            }
        }
        return position;
    }

    private int parse(Part part, CharSequence text, int position, Parsed parsed) {
        int length = text.length();
        switch (part.kind) {
            case LITERAL:
                return parseLiteral(part.literal, text, position);
            case OPTIONAL: {
                long[] values = parsed.values.clone();
                boolean[] present = parsed.present.clone();
                int end = parse(part.section, text, position, parsed);
                if (end < 0) {
                    parsed.values = values;
                    parsed.present = present;
                    return position;
                }
                return end;
            }
            case FRACTION:
                return parseFraction(part, text, position, parsed);
            default:
                break;
        }
        if (position == length) {
            return ~position;
        }
        char sign = text.charAt(position);
        boolean negative = false;
        boolean positive = false;
        if (sign == '+' || sign == '-') {
            boolean allowed = part.sign == EXCEEDS_PAD || part.sign == NORMAL && sign == '-';
            if (!allowed) {
                return ~position;
            }
            positive = sign == '+';
            negative = sign == '-';
            position++;
        }
        int pos = digitsEnd(text, position, part.min, part.max);
        if (pos < 0) {
            return pos;
        }
        long total = value(text, position, pos);
        if (negative) {
            if (total == 0) {
                return ~(position - 1);
            }
            total = -total;
        } else if (part.sign == EXCEEDS_PAD) {
            int digits = pos - position;
            if (positive ? digits <= part.min : digits > part.min) {
                return positive ? ~(position - 1) : ~position;
            }
        }
        if (part.kind == REDUCED && pos - position == 2 && total >= 0) {
            total += 2000;
        }
        return set(parsed, part.slot, total, position, pos);
    }

    private int parseLiteral(String literal, CharSequence text, int position) {
        if (position + literal.length() > text.length()) {
            return ~position;
        }
        for (int i = 0; i < literal.length(); i++) {
            char expected = literal.charAt(i);
            char found = text.charAt(position + i);
            // in any case, java.time matches letters by their upper and lower case; only ISO's 'T' needs it
            boolean letter = (expected | 0x20) >= 'a' && (expected | 0x20) <= 'z';
            if (found != expected && !(anyCase && letter && (found | 0x20) == (expected | 0x20))) {
                return ~position;
            }
        }
        return position + literal.length();
    }

    /** FractionPrinterParser.parse: {@code min} to {@code max} digits, after a '.' if it has one. */
    private static int parseFraction(Part part, CharSequence text, int position, Parsed parsed) {
        int length = text.length();
        if (position == length) {
            return part.min > 0 ? ~position : position;
        }
        if (part.sign == DECIMAL_POINT) {
            if (text.charAt(position) != '.') {
                return part.min > 0 ? ~position : position;
            }
            position++;
        }
        int pos = digitsEnd(text, position, part.min, part.max);
        if (pos < 0) {
            return pos;
        }
        long total = value(text, position, pos);
        for (int k = pos - position; k < 9; k++) {
            total *= 10;
        }
        return set(parsed, NANO, total, position, pos);
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    /**
     * Where the {@code min} to {@code max} digits from {@code position} end, or ~position if there are fewer than
     * {@code min}. It stops before a digit that would overflow a long, which java.time drops too.
     */
    private static int digitsEnd(CharSequence text, int position, int min, int max) {
        int minEnd = position + min;
        if (minEnd > text.length()) {
            return ~position;
        }
        int maxEnd = Math.min(position + max, text.length());
        long total = 0;
        int pos = position;
        while (pos < maxEnd) {
            int digit = digit(text.charAt(pos));
            if (digit < 0) {
                return pos < minEnd ? ~position : pos;
            }
            if (total > (Long.MAX_VALUE - digit) / 10) {
                break;
            }
            total = total * 10 + digit;
            pos++;
        }
        return pos;
    }

    private static long value(CharSequence text, int from, int to) {
        long total = 0;
        for (int i = from; i < to; i++) {
            total = total * 10 + digit(text.charAt(i));
        }
        return total;
    }

    private static int set(Parsed parsed, int slot, long value, int errorPos, int successPos) {
        boolean conflict = parsed.present[slot] && parsed.values[slot] != value;
        parsed.values[slot] = value;
        parsed.present[slot] = true;
        return conflict ? ~errorPos : successPos;
    }

    /** Parsed.resolve with the ISO chronology, for the fields of these formatters. */
    private void resolve(Parsed p) {
        long[] v = p.values;
        if (p.present[YEAR_OF_ERA]) { // only ofPattern (SMART) has year-of-era
            ChronoField.YEAR_OF_ERA.checkValidValue(v[YEAR_OF_ERA]);
            long year = !p.present[YEAR] || v[YEAR] > 0 ? v[YEAR_OF_ERA] : Math.subtractExact(1, v[YEAR_OF_ERA]);
            if (p.present[YEAR] && v[YEAR] != year) {
                throw new DateTimeException("Conflict found: Year " + v[YEAR] + " differs from Year " + year);
            }
            p.remove(YEAR_OF_ERA);
            v[YEAR] = year;
            p.present[YEAR] = true;
        }
        if (p.present[YEAR] && p.present[MONTH] && p.present[DAY]) {
            int y = (int) ChronoField.YEAR.checkValidValue(v[YEAR]);
            int moy = (int) ChronoField.MONTH_OF_YEAR.checkValidValue(v[MONTH]);
            int dom = (int) ChronoField.DAY_OF_MONTH.checkValidValue(v[DAY]);
            if (!strict && (moy == 4 || moy == 6 || moy == 9 || moy == 11)) {
                dom = Math.min(dom, 30);
            } else if (!strict && moy == 2) {
                dom = Math.min(dom, (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28);
            }
            p.remove(YEAR);
            p.remove(MONTH);
            p.remove(DAY);
            p.date = LocalDate.of(y, moy, dom);
        }
        if (p.present[HOUR]) {
            boolean m = p.present[MINUTE];
            boolean s = p.present[SECOND];
            boolean n = p.present[NANO];
            if (!m && (s || n) || m && !s && n) {
                return; // java.time leaves such fields unresolved, unchecked
            }
            resolveTime(p, v[HOUR], m ? v[MINUTE] : 0, s ? v[SECOND] : 0, n ? v[NANO] : 0);
            p.remove(HOUR);
            p.remove(MINUTE);
            p.remove(SECOND);
            p.remove(NANO);
        }
        for (int slot = MINUTE; slot <= NANO; slot++) {
            if (p.present[slot]) {
                chronoField(slot).checkValidValue(v[slot]);
            }
        }
        if (p.date != null && p.time != null && p.excessDays != 0) {
            p.date = p.date.plusDays(p.excessDays);
            p.excessDays = 0;
        }
    }

    private void resolveTime(Parsed p, long hod, long moh, long som, long nos) {
        int minute = (int) ChronoField.MINUTE_OF_HOUR.checkValidValue(moh);
        int nano = (int) ChronoField.NANO_OF_SECOND.checkValidValue(nos);
        if (!strict && hod == 24 && minute == 0 && som == 0 && nano == 0) {
            p.time = LocalTime.MIDNIGHT;
            p.excessDays = 1;
        } else {
            int hour = (int) ChronoField.HOUR_OF_DAY.checkValidValue(hod);
            int second = (int) ChronoField.SECOND_OF_MINUTE.checkValidValue(som);
            p.time = LocalTime.of(hour, minute, second, nano);
        }
    }

    private LocalDate parseDate(CharSequence text) {
        Parsed p = parseResolved(text);
        if (p.date == null) {
            throw error(text, new DateTimeException("Unable to obtain LocalDate from TemporalAccessor: " + p));
        }
        return p.date;
    }

    private LocalTime parseTime(CharSequence text) {
        Parsed p = parseResolved(text);
        if (p.time == null) {
            throw error(text, new DateTimeException("Unable to obtain LocalTime from TemporalAccessor: " + p));
        }
        return p.time;
    }

    private LocalDateTime parseDateTime(CharSequence text) {
        Parsed p = parseResolved(text);
        if (p.date == null || p.time == null) {
            throw error(text, new DateTimeException("Unable to obtain LocalDateTime from TemporalAccessor: " + p));
        }
        return LocalDateTime.of(p.date, p.time);
    }

    // ---- the application's calls, where the compiler proved the formatter is a lean one ----

    /** {@code date.format(formatter)}. */
    public static String formatDate(LocalDate date, JvmDateFormat formatter) {
        Objects.requireNonNull(date);
        return formatter.format(date);
    }

    /** {@code dateTime.format(formatter)}. */
    public static String formatDateTime(LocalDateTime dateTime, JvmDateFormat formatter) {
        Objects.requireNonNull(dateTime);
        return formatter.format(dateTime);
    }

    /** {@code time.format(formatter)}. */
    public static String formatTime(LocalTime time, JvmDateFormat formatter) {
        Objects.requireNonNull(time);
        return formatter.format(time);
    }

    /** {@code LocalDate.parse(text, formatter)}. */
    public static LocalDate parseDate(CharSequence text, JvmDateFormat formatter) {
        return formatter.parseDate(text);
    }

    /** {@code LocalDateTime.parse(text, formatter)}. */
    public static LocalDateTime parseDateTime(CharSequence text, JvmDateFormat formatter) {
        return formatter.parseDateTime(text);
    }

    /** {@code LocalTime.parse(text, formatter)}. */
    public static LocalTime parseTime(CharSequence text, JvmDateFormat formatter) {
        return formatter.parseTime(text);
    }
}
