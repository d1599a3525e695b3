package org.teavm.classlib.java.text;

import io.jdash.runtime.jvm.JvmLegacyTime;
import io.jdash.runtime.jvm.locale.JvmLocales;
import io.jdash.runtime.jvm.locale.LocaleTables;
import java.text.DateFormatSymbols;
import java.text.FieldPosition;
import java.text.ParsePosition;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * {@code java.text.SimpleDateFormat} as the JDK's, written here: the pattern is compiled and refused with the JDK's
 * texts (a {@code ''} is a quote), fields print with the names the build JDK's {@code Calendar} gives for the
 * locale, and {@code parse} follows the JDK step by step: white space before a field, digits counted where fields
 * adjoin, the locale's integer parsing (a sign, other scripts' digits, an exponent), the longest name that matches
 * in any case, two-digit years in the century window, lenient or strict fields through the calendar, and the index
 * and error index the JDK reports. TeaVM's threw a {@code NullPointerException} for text it could not parse.
 *
 * <p>Zone names ({@code z} for a named zone) are TeaVM's time zone texts; numeric zones, {@code GMT} offsets,
 * {@code Z} and {@code X} are the JDK's.
 */
public class TSimpleDateFormat extends TDateFormat {
    private static final String PATTERN_CHARS = "GyMdkHmsSEDFwWahKzZYuXL";
    private static final int ERA = 0;
    private static final int YEAR = 1;
    private static final int MONTH = 2;
    private static final int HOUR_OF_DAY1 = 4;
    private static final int DAY_OF_WEEK = 9;
    private static final int AM_PM = 14;
    private static final int HOUR1 = 15;
    private static final int ZONE_NAME = 17;
    private static final int ZONE_VALUE = 18;
    private static final int WEEK_YEAR = 19;
    private static final int ISO_DAY_OF_WEEK = 20;
    private static final int ISO_ZONE = 21;
    private static final int MONTH_STANDALONE = 22;

    /** The calendar builder's pseudo fields after Calendar's own. */
    private static final int WEEK_YEAR_FIELD = 17;

    private static final int ISO_DAY_OF_WEEK_FIELD = 18;

    private static final int[] CALENDAR_FIELD = {
        Calendar.ERA,
        Calendar.YEAR,
        Calendar.MONTH,
        Calendar.DATE,
        Calendar.HOUR_OF_DAY,
        Calendar.HOUR_OF_DAY,
        Calendar.MINUTE,
        Calendar.SECOND,
        Calendar.MILLISECOND,
        Calendar.DAY_OF_WEEK,
        Calendar.DAY_OF_YEAR,
        Calendar.DAY_OF_WEEK_IN_MONTH,
        Calendar.WEEK_OF_YEAR,
        Calendar.WEEK_OF_MONTH,
        Calendar.AM_PM,
        Calendar.HOUR,
        Calendar.HOUR,
        Calendar.ZONE_OFFSET,
        Calendar.ZONE_OFFSET,
        WEEK_YEAR_FIELD,
        ISO_DAY_OF_WEEK_FIELD,
        Calendar.ZONE_OFFSET,
        Calendar.MONTH
    };
    private static final int[] DATE_FORMAT_FIELD = {
        ERA_FIELD,
        YEAR_FIELD,
        MONTH_FIELD,
        DATE_FIELD,
        HOUR_OF_DAY1_FIELD,
        HOUR_OF_DAY0_FIELD,
        MINUTE_FIELD,
        SECOND_FIELD,
        MILLISECOND_FIELD,
        DAY_OF_WEEK_FIELD,
        DAY_OF_YEAR_FIELD,
        DAY_OF_WEEK_IN_MONTH_FIELD,
        WEEK_OF_YEAR_FIELD,
        WEEK_OF_MONTH_FIELD,
        AM_PM_FIELD,
        HOUR1_FIELD,
        HOUR0_FIELD,
        TIMEZONE_FIELD,
        TIMEZONE_FIELD,
        YEAR_FIELD,
        DAY_OF_WEEK_FIELD,
        TIMEZONE_FIELD,
        MONTH_FIELD
    };
    /** The pattern letters whose field counts its digits when a numeric field follows it. */
    private static final String COUNTED = "ydkHmsSDFwWhKYu";

    private String pattern;
    /** The compiled pattern: per element its letter's index, or -1 for literal text. */
    private int[] tags;

    private int[] counts;
    private String[] literals;
    /** A pattern of one field, a month: its names are the stand-alone ones. */
    private boolean forceStandaloneForm;

    private final Locale locale;
    private DateFormatSymbols formatData;
    private boolean useDateFormatSymbols;
    private Date defaultCenturyStart;
    private int defaultCenturyStartYear;
    /** The locale's zero digit, minus sign, exponent separator, infinity and NaN. */
    private final String[] digits;

    /** The value of the last number parsed, as {@code Number.intValue()} gives it. */
    private int numberValue;

    public TSimpleDateFormat() {
        this("", JvmLocales.defaultLocale());
        applyPattern(JvmLocales.dateFormatPattern(SHORT, SHORT, locale));
    }

    public TSimpleDateFormat(String pattern) {
        this(pattern, JvmLocales.defaultLocale());
    }

    public TSimpleDateFormat(String pattern, Locale locale) {
        if (pattern == null || locale == null) {
            throw new NullPointerException();
        }
        calendar = Calendar.getInstance(locale);
        this.locale = locale;
        numberLocale = locale;
        digits = JvmLocales.integerSymbols(locale);
        this.pattern = pattern;
        compile(pattern);
        initializeDefaultCentury();
    }

    public TSimpleDateFormat(String pattern, DateFormatSymbols formatSymbols) {
        if (pattern == null || formatSymbols == null) {
            throw new NullPointerException();
        }
        this.pattern = pattern;
        formatData = (DateFormatSymbols) formatSymbols.clone();
        locale = JvmLocales.defaultLocale();
        calendar = Calendar.getInstance(locale);
        numberLocale = locale;
        digits = JvmLocales.integerSymbols(locale);
        compile(pattern);
        initializeDefaultCentury();
        useDateFormatSymbols = true;
    }

    private void compile(String pattern) {
        int length = pattern.length();
        int[] newTags = new int[length];
        int[] newCounts = new int[length];
        String[] newLiterals = new String[length];
        int size = 0;
        boolean inQuote = false;
        StringBuilder quoted = new StringBuilder();
        int lastTag = -1;
        int count = 0;
        int fields = 0;
        int prevTag = -1;
        for (int i = 0; i < length; i++) {
            char c = pattern.charAt(i);
            boolean doubledQuote = c == '\'' && i + 1 < length && pattern.charAt(i + 1) == '\'';
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            int tag = letter && !inQuote ? PATTERN_CHARS.indexOf(c) : -1;
            if (letter && !inQuote && tag < 0 && !doubledQuote) {
                throw new IllegalArgumentException("Illegal pattern character '" + c + "'");
            }
            if (count != 0 && (doubledQuote || c == '\'' && !inQuote || !inQuote && tag != lastTag)) {
                checkLength(lastTag, count);
                newTags[size] = lastTag;
                newCounts[size++] = count;
                fields++;
                prevTag = lastTag;
                lastTag = -1;
                count = 0;
            }
            if (doubledQuote) {
                i++;
                if (inQuote) {
                    quoted.append('\'');
                } else {
                    newTags[size] = -1;
                    newLiterals[size++] = "'";
                }
            } else if (c == '\'') {
                if (inQuote) {
                    newTags[size] = -1;
                    newLiterals[size++] = quoted.toString();
                    quoted.setLength(0);
                }
                inQuote = !inQuote;
            } else if (inQuote) {
                quoted.append(c);
            } else if (!letter) {
                newTags[size] = -1;
                newLiterals[size++] = String.valueOf(c);
            } else {
                lastTag = tag;
                count++;
            }
        }
        if (inQuote) {
            throw new IllegalArgumentException("Unterminated quote");
        }
        if (count != 0) {
            checkLength(lastTag, count);
            newTags[size] = lastTag;
            newCounts[size++] = count;
            fields++;
            prevTag = lastTag;
        }
        tags = java.util.Arrays.copyOf(newTags, size);
        counts = java.util.Arrays.copyOf(newCounts, size);
        literals = java.util.Arrays.copyOf(newLiterals, size);
        forceStandaloneForm = fields == 1 && prevTag == MONTH;
    }

    private static void checkLength(int tag, int count) {
        if (tag == ISO_ZONE && count >= 4) {
            throw new IllegalArgumentException("invalid ISO 8601 format: length=" + count);
        }
    }

    private void initializeDefaultCentury() {
        calendar.setTimeInMillis(System.currentTimeMillis());
        calendar.add(Calendar.YEAR, -80);
        parseAmbiguousDatesAsAfter(calendar.getTime());
    }

    private void parseAmbiguousDatesAsAfter(Date startDate) {
        defaultCenturyStart = startDate;
        calendar.setTime(startDate);
        defaultCenturyStartYear = calendar.get(Calendar.YEAR);
    }

    public void set2DigitYearStart(Date startDate) {
        parseAmbiguousDatesAsAfter(new Date(startDate.getTime()));
    }

    public Date get2DigitYearStart() {
        return (Date) defaultCenturyStart.clone();
    }

    @Override
    public StringBuffer format(Date date, StringBuffer toAppendTo, FieldPosition pos) {
        pos.setBeginIndex(0);
        pos.setEndIndex(0);
        calendar.setTime(date);
        boolean found = false;
        for (int i = 0; i < tags.length; i++) {
            int tag = tags[i];
            if (tag < 0) {
                toAppendTo.append(literals[i]);
                continue;
            }
            int begin = toAppendTo.length();
            subFormat(tag, counts[i], date, toAppendTo);
            if (!found && pos.getFieldAttribute() == null && pos.getField() == DATE_FORMAT_FIELD[tag]) {
                pos.setBeginIndex(begin);
                pos.setEndIndex(toAppendTo.length());
                found = begin != toAppendTo.length();
            }
        }
        return toAppendTo;
    }

    private void subFormat(int tag, int count, Date date, StringBuffer buffer) {
        int field = CALENDAR_FIELD[tag];
        int value;
        if (field == WEEK_YEAR_FIELD) {
            if (calendar instanceof GregorianCalendar) {
                value = JvmLegacyTime.weekYear(calendar);
            } else {
                tag = YEAR;
                field = Calendar.YEAR;
                value = calendar.get(field);
            }
        } else if (field == ISO_DAY_OF_WEEK_FIELD) {
            int day = calendar.get(Calendar.DAY_OF_WEEK);
            value = day == Calendar.SUNDAY ? 7 : day - 1;
        } else {
            value = calendar.get(field);
        }
        boolean longStyle = count >= 4;
        String current = null;
        if (!useDateFormatSymbols && field < Calendar.ZONE_OFFSET && tag != MONTH_STANDALONE) {
            current = displayName(field, value, longStyle, false);
        }
        switch (tag) {
            case ERA:
                if (useDateFormatSymbols) {
                    String[] eras = formatData.getEras();
                    if (value < eras.length) {
                        current = eras[value];
                    }
                }
                if (current == null) {
                    current = "";
                }
                break;
            case WEEK_YEAR:
            case YEAR:
                if (count != 2) {
                    zeroPaddingNumber(value, count, Integer.MAX_VALUE, buffer);
                } else {
                    zeroPaddingNumber(value, 2, 2, buffer);
                }
                break;
            case MONTH:
                if (useDateFormatSymbols) {
                    if (count >= 4) {
                        current = formatData.getMonths()[value];
                    } else if (count == 3) {
                        current = formatData.getShortMonths()[value];
                    }
                } else if (count < 3) {
                    current = null;
                } else if (forceStandaloneForm) {
                    current = displayName(field, value, longStyle, true);
                    if (current == null) {
                        current = displayName(field, value, longStyle, false);
                    }
                }
                if (current == null) {
                    zeroPaddingNumber(value + 1, count, Integer.MAX_VALUE, buffer);
                }
                break;
            case MONTH_STANDALONE:
                if (count >= 3) {
                    current = displayName(field, value, longStyle, true);
                }
                if (current == null) {
                    zeroPaddingNumber(value + 1, count, Integer.MAX_VALUE, buffer);
                }
                break;
            case HOUR_OF_DAY1:
                if (current == null) {
                    zeroPaddingNumber(value == 0 ? 24 : value, count, Integer.MAX_VALUE, buffer);
                }
                break;
            case DAY_OF_WEEK:
                if (useDateFormatSymbols) {
                    current = (count >= 4 ? formatData.getWeekdays() : formatData.getShortWeekdays())[value];
                }
                break;
            case AM_PM:
                if (useDateFormatSymbols) {
                    current = formatData.getAmPmStrings()[value];
                }
                break;
            case HOUR1:
                if (current == null) {
                    zeroPaddingNumber(value == 0 ? 12 : value, count, Integer.MAX_VALUE, buffer);
                }
                break;
            case ZONE_NAME:
                TimeZone zone = calendar.getTimeZone();
                buffer.append(zone.getDisplayName(
                        zone.inDaylightTime(date), count < 4 ? TimeZone.SHORT : TimeZone.LONG, locale));
                break;
            case ZONE_VALUE:
                value = offset(date) / 60000;
                int width = 4;
                if (value >= 0) {
                    buffer.append('+');
                } else {
                    width++;
                }
                appendPadded(buffer, (value / 60) * 100 + (value % 60), width);
                break;
            case ISO_ZONE:
                value = offset(date);
                if (value == 0) {
                    buffer.append('Z');
                    break;
                }
                value /= 60000;
                if (value >= 0) {
                    buffer.append('+');
                } else {
                    buffer.append('-');
                    value = -value;
                }
                appendPadded(buffer, value / 60, 2);
                if (count == 1) {
                    break;
                }
                if (count == 3) {
                    buffer.append(':');
                }
                appendPadded(buffer, value % 60, 2);
                break;
            default:
                if (current == null) {
                    zeroPaddingNumber(value, count, Integer.MAX_VALUE, buffer);
                }
                break;
        }
        if (current != null) {
            buffer.append(current);
        }
    }

    /**
     * ZONE_OFFSET + DST_OFFSET of the calendar at {@code date}, from its zone: TeaVM's calendar keeps the offset
     * of the first time it was given once it has been set.
     */
    private int offset(Date date) {
        return calendar.getTimeZone().getOffset(date.getTime());
    }

    /** {@code Calendar.getDisplayName(field, SHORT or LONG, locale)} (stand-alone where asked), or null. */
    private String displayName(int field, int value, boolean longStyle, boolean standalone) {
        int kind;
        int index = value;
        switch (field) {
            case Calendar.ERA:
                kind = longStyle ? LocaleTables.ERA_LONG : LocaleTables.ERA_SHORT;
                break;
            case Calendar.MONTH:
                kind = standalone
                        ? longStyle ? LocaleTables.MONTH_LONG_STANDALONE : LocaleTables.MONTH_SHORT_STANDALONE
                        : longStyle ? LocaleTables.MONTH_LONG : LocaleTables.MONTH_SHORT;
                break;
            case Calendar.DAY_OF_WEEK:
                kind = longStyle ? LocaleTables.DAY_LONG : LocaleTables.DAY_SHORT;
                index = value - 1;
                break;
            case Calendar.AM_PM:
                kind = longStyle ? LocaleTables.AM_PM_LONG : LocaleTables.AM_PM_SHORT;
                break;
            default:
                return null;
        }
        String[] names = JvmLocales.legacyDates(locale, kind);
        String name = index >= 0 && index < names.length ? names[index] : "";
        return name.isEmpty() ? null : name;
    }

    /** {@code value} in ASCII digits, a minus sign first, at least {@code width} characters with zeros after it. */
    private static void appendPadded(StringBuffer buffer, int value, int width) {
        if (value < 0) {
            buffer.append('-');
            value = -value;
            width--;
        }
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            buffer.append('0');
        }
        buffer.append(text);
    }

    /** A number of at least {@code minDigits} digits, its last two where {@code maxDigits} is 2. */
    private void zeroPaddingNumber(int value, int minDigits, int maxDigits, StringBuffer buffer) {
        if (numberFormat != null) {
            numberFormat.setMinimumIntegerDigits(minDigits);
            numberFormat.setMaximumIntegerDigits(maxDigits);
            numberFormat.format((long) value, buffer, new FieldPosition(0));
            return;
        }
        char zero = digits[0].charAt(0);
        long magnitude = value;
        if (value < 0) {
            buffer.append(digits[1]);
            magnitude = -magnitude;
        }
        String text = Long.toString(maxDigits == 2 ? magnitude % 100 : magnitude);
        for (int i = text.length(); i < minDigits; i++) {
            buffer.append(zero);
        }
        for (int i = 0; i < text.length(); i++) {
            buffer.append((char) (zero + text.charAt(i) - '0'));
        }
    }

    @Override
    public Date parse(String text, ParsePosition pos) {
        int start = pos.getIndex();
        int oldStart = start;
        int textLength = text.length();
        boolean[] ambiguousYear = {false};
        FieldBuilder calb = new FieldBuilder();
        for (int i = 0; i < tags.length; i++) {
            int tag = tags[i];
            if (tag < 0) {
                String literal = literals[i];
                for (int j = 0; j < literal.length(); j++) {
                    if (start >= textLength || !charEquals(text.charAt(start), literal.charAt(j))) {
                        pos.setIndex(oldStart);
                        pos.setErrorIndex(start);
                        return null;
                    }
                    start++;
                }
                continue;
            }
            boolean obeyCount = i + 1 < tags.length && tags[i + 1] >= 0 && obeysCount(tags[i + 1], counts[i + 1]);
            start = subParse(text, start, tag, counts[i], obeyCount, ambiguousYear, pos, calb);
            if (start < 0) {
                pos.setIndex(oldStart);
                return null;
            }
        }
        pos.setIndex(start);
        try {
            Date parsedDate = calb.establish(calendar);
            if (ambiguousYear[0] && parsedDate.before(defaultCenturyStart)) {
                parsedDate = calb.addYear(100).establish(calendar);
            }
            return parsedDate;
        } catch (IllegalArgumentException e) {
            pos.setErrorIndex(start);
            pos.setIndex(oldStart);
            return null;
        }
    }

    private static boolean obeysCount(int tag, int count) {
        return tag == MONTH || tag == MONTH_STANDALONE ? count <= 2 : COUNTED.indexOf(PATTERN_CHARS.charAt(tag)) >= 0;
    }

    private boolean charEquals(char ch1, char ch2) {
        return ch1 == ch2
                || isLenient()
                        && Character.getType(ch1) == Character.SPACE_SEPARATOR
                        && Character.getType(ch2) == Character.SPACE_SEPARATOR;
    }

    /** Parses one field at {@code start}; the index after it, or a negative number after setting the error index. */
    private int subParse(
            String text,
            int start,
            int tag,
            int count,
            boolean obeyCount,
            boolean[] ambiguousYear,
            ParsePosition origPos,
            FieldBuilder calb) {
        if (tag == WEEK_YEAR && !(calendar instanceof GregorianCalendar)) {
            tag = YEAR;
        }
        int field = CALENDAR_FIELD[tag];
        int index = start;
        for (; ; ) {
            if (index >= text.length()) {
                origPos.setErrorIndex(start);
                return -1;
            }
            char c = text.charAt(index);
            if (c != ' ' && c != '\t') {
                break;
            }
            ++index;
        }
        int actualStart = index;
        int value = 0;
        parsing:
        {
            if (tag == HOUR_OF_DAY1
                    || tag == HOUR1
                    || (tag == MONTH || tag == MONTH_STANDALONE) && count <= 2
                    || tag == YEAR
                    || tag == WEEK_YEAR) {
                if (obeyCount && start + count > text.length()) {
                    break parsing;
                }
                int end = number(text, index, obeyCount ? start + count : text.length());
                if (end < 0) {
                    break parsing;
                }
                index = end;
                value = numberValue;
            }
            int matched;
            switch (tag) {
                case ERA:
                    matched = useDateFormatSymbols
                            ? matchString(text, start, Calendar.ERA, formatData.getEras(), calb)
                            : matchNames(text, start, field, LocaleTables.ERA_NAMES, calb);
                    if (matched > 0) {
                        return matched;
                    }
                    break parsing;
                case WEEK_YEAR:
                case YEAR:
                    if (count <= 2
                            && index - actualStart == 2
                            && Character.isDigit(text.charAt(actualStart))
                            && Character.isDigit(text.charAt(actualStart + 1))) {
                        int ambiguousTwoDigitYear = defaultCenturyStartYear % 100;
                        ambiguousYear[0] = value == ambiguousTwoDigitYear;
                        value += (defaultCenturyStartYear / 100) * 100 + (value < ambiguousTwoDigitYear ? 100 : 0);
                    }
                    calb.set(field, value);
                    return index;
                case MONTH:
                    if (count <= 2) {
                        calb.set(Calendar.MONTH, value - 1);
                        return index;
                    }
                    if (useDateFormatSymbols) {
                        matched = matchString(text, start, Calendar.MONTH, formatData.getMonths(), calb);
                        if (matched <= 0) {
                            matched = matchString(text, start, Calendar.MONTH, formatData.getShortMonths(), calb);
                        }
                    } else {
                        matched = matchNames(
                                text,
                                start,
                                field,
                                forceStandaloneForm
                                        ? LocaleTables.MONTH_STANDALONE_NAMES
                                        : LocaleTables.MONTH_FORMAT_NAMES,
                                calb);
                    }
                    if (matched > 0) {
                        return matched;
                    }
                    break parsing;
                case MONTH_STANDALONE:
                    if (count <= 2) {
                        calb.set(Calendar.MONTH, value - 1);
                        return index;
                    }
                    matched = matchNames(text, start, field, LocaleTables.MONTH_ALL_NAMES, calb);
                    if (matched > 0) {
                        return matched;
                    }
                    break parsing;
                case HOUR_OF_DAY1:
                    if (!isLenient() && (value < 1 || value > 24)) {
                        break parsing;
                    }
                    calb.set(Calendar.HOUR_OF_DAY, value == 24 ? 0 : value);
                    return index;
                case DAY_OF_WEEK:
                    if (useDateFormatSymbols) {
                        matched = matchString(text, start, Calendar.DAY_OF_WEEK, formatData.getWeekdays(), calb);
                        if (matched <= 0) {
                            matched =
                                    matchString(text, start, Calendar.DAY_OF_WEEK, formatData.getShortWeekdays(), calb);
                        }
                    } else {
                        matched = matchNames(text, start, field, LocaleTables.DAY_LONG_NAMES, calb);
                        if (matched <= 0) {
                            matched = matchNames(text, start, field, LocaleTables.DAY_SHORT_NAMES, calb);
                        }
                    }
                    if (matched > 0) {
                        return matched;
                    }
                    break parsing;
                case AM_PM:
                    matched = useDateFormatSymbols
                            ? matchString(text, start, Calendar.AM_PM, formatData.getAmPmStrings(), calb)
                            : matchNames(text, start, field, LocaleTables.AM_PM_NAMES, calb);
                    if (matched > 0) {
                        return matched;
                    }
                    break parsing;
                case HOUR1:
                    if (!isLenient() && (value < 1 || value > 12)) {
                        break parsing;
                    }
                    calb.set(Calendar.HOUR, value == 12 ? 0 : value);
                    return index;
                case ZONE_NAME:
                case ZONE_VALUE:
                    if (index >= text.length()) {
                        break parsing;
                    }
                    char c = text.charAt(index);
                    int sign = c == '+' ? 1 : c == '-' ? -1 : 0;
                    int end;
                    if (sign != 0) {
                        end = subParseNumericZone(text, ++index, sign, 0, false, calb);
                    } else if ((c == 'G' || c == 'g')
                            && text.length() - start >= 3
                            && text.regionMatches(true, start, "GMT", 0, 3)) {
                        index = start + 3;
                        if (text.length() - index > 0) {
                            c = text.charAt(index);
                            sign = c == '+' ? 1 : c == '-' ? -1 : 0;
                        }
                        if (sign == 0) {
                            calb.set(Calendar.ZONE_OFFSET, 0).set(Calendar.DST_OFFSET, 0);
                            return index;
                        }
                        end = subParseNumericZone(text, ++index, sign, 0, true, calb);
                    } else {
                        end = subParseZoneName(text, index, calb);
                    }
                    if (end > 0) {
                        return end;
                    }
                    index = -end;
                    break parsing;
                case ISO_ZONE:
                    if (text.length() - index <= 0) {
                        break parsing;
                    }
                    c = text.charAt(index);
                    if (c == 'Z') {
                        calb.set(Calendar.ZONE_OFFSET, 0).set(Calendar.DST_OFFSET, 0);
                        return ++index;
                    }
                    if (c == '+') {
                        sign = 1;
                    } else if (c == '-') {
                        sign = -1;
                    } else {
                        ++index;
                        break parsing;
                    }
                    end = subParseNumericZone(text, ++index, sign, count, count == 3, calb);
                    if (end > 0) {
                        return end;
                    }
                    index = -end;
                    break parsing;
                default:
                    if (obeyCount && start + count > text.length()) {
                        break parsing;
                    }
                    end = number(text, index, obeyCount ? start + count : text.length());
                    if (end < 0) {
                        break parsing;
                    }
                    calb.set(field, numberValue);
                    return end;
            }
        }
        origPos.setErrorIndex(index);
        return -1;
    }

    /**
     * A zone name at {@code start}: the format's zone's or the default zone's names as TeaVM's time zones give
     * them (the JDK also tries every zone's names; the browser has no table of them).
     */
    private int subParseZoneName(String text, int start, FieldBuilder calb) {
        for (TimeZone zone : new TimeZone[] {getTimeZone(), TimeZone.getDefault()}) {
            for (int i = 0; i < 4; i++) {
                String name = zone.getDisplayName(i >= 2, i % 2 == 0 ? TimeZone.LONG : TimeZone.SHORT, locale);
                if (!name.isEmpty() && text.regionMatches(true, start, name, 0, name.length())) {
                    if (!zone.equals(getTimeZone())) {
                        setTimeZone(zone);
                    }
                    return start + name.length();
                }
            }
        }
        return -start;
    }

    /**
     * {@code hh[[:]mm]} after a sign: the index after it, or minus the index where it failed (the text's length
     * where it ended too early).
     */
    private static int subParseNumericZone(
            String text, int start, int sign, int count, boolean colon, FieldBuilder calb) {
        int index = start;
        parse:
        {
            if (index >= text.length()) {
                return -text.length();
            }
            char c = text.charAt(index++);
            if (!isDigit(c)) {
                break parse;
            }
            int hours = c - '0';
            if (index >= text.length()) {
                return -text.length();
            }
            c = text.charAt(index++);
            if (isDigit(c)) {
                hours = hours * 10 + (c - '0');
            } else {
                if (count > 0 || !colon) {
                    break parse;
                }
                --index;
            }
            if (hours > 23) {
                break parse;
            }
            int minutes = 0;
            if (count != 1) {
                if (index >= text.length()) {
                    return -text.length();
                }
                c = text.charAt(index++);
                if (colon) {
                    if (c != ':') {
                        break parse;
                    }
                    if (index >= text.length()) {
                        break parse;
                    }
                    c = text.charAt(index++);
                }
                if (!isDigit(c)) {
                    break parse;
                }
                minutes = c - '0';
                if (index >= text.length()) {
                    return -text.length();
                }
                c = text.charAt(index++);
                if (!isDigit(c)) {
                    break parse;
                }
                minutes = minutes * 10 + (c - '0');
                if (minutes > 59) {
                    break parse;
                }
            }
            minutes += hours * 60;
            calb.set(Calendar.ZONE_OFFSET, minutes * 60_000 * sign).set(Calendar.DST_OFFSET, 0);
            return index;
        }
        return 1 - index;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The longest of {@code data} (from index 1 for days) that the text starts with in any case. */
    private static int matchString(String text, int start, int field, String[] data, FieldBuilder calb) {
        int bestMatchLength = 0;
        int bestMatch = -1;
        for (int i = field == Calendar.DAY_OF_WEEK ? 1 : 0; i < data.length; ++i) {
            int length = data[i].length();
            if (length > bestMatchLength && text.regionMatches(true, start, data[i], 0, length)) {
                bestMatch = i;
                bestMatchLength = length;
            }
        }
        if (bestMatch >= 0) {
            calb.set(field, bestMatch);
            return start + bestMatchLength;
        }
        return -start;
    }

    /**
     * The longest of the locale's names of a legacy table field that the text starts with in any case, the first
     * of them in the JDK's order where several are as long.
     */
    private int matchNames(String text, int start, int field, int names, FieldBuilder calb) {
        String best = null;
        for (String entry : JvmLocales.legacyDates(locale, names)) {
            int length = entry.length() - 1;
            if ((best == null || length > best.length() - 1) && text.regionMatches(true, start, entry, 0, length)) {
                best = entry;
            }
        }
        if (best == null) {
            return -start;
        }
        int length = best.length() - 1;
        calb.set(field, best.charAt(length) - '0');
        return start + length;
    }

    /**
     * The integer of the locale's {@code NumberFormat.getIntegerInstance} without grouping at {@code index}, read
     * no further than {@code limit}: into {@link #numberValue} as {@code intValue()} gives it, returning the index
     * after it, or -1 where there is none.
     */
    private int number(String text, int index, int limit) {
        String t = limit < text.length() ? text.substring(0, limit) : text;
        if (numberFormat != null) {
            ParsePosition p = new ParsePosition(index);
            Number n = numberFormat.parse(t, p);
            if (n == null) {
                return -1;
            }
            numberValue = n.intValue();
            return p.getIndex();
        }
        String nan = digits[4];
        if (t.startsWith(nan, index)) {
            numberValue = 0;
            return index + nan.length();
        }
        int position = index;
        boolean negative = t.startsWith(digits[1], position);
        if (negative) {
            position += digits[1].length();
        }
        if (t.startsWith(digits[3], position)) {
            numberValue = negative ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            return position + digits[3].length();
        }
        StringBuilder significant = new StringBuilder();
        long exponent = 0;
        boolean sawDigit = false;
        for (; position < t.length(); ++position) {
            int digit = digit(t.charAt(position));
            if (digit >= 0) {
                sawDigit = true;
                if (digit > 0 || significant.length() > 0) {
                    significant.append((char) ('0' + digit));
                }
            } else {
                String separator = digits[2];
                if (t.startsWith(separator, position)) {
                    int after = position + separator.length();
                    boolean expNegative = t.startsWith(digits[1], after);
                    int p = expNegative ? after + digits[1].length() : after;
                    StringBuilder expDigits = new StringBuilder();
                    boolean expDigit = false;
                    for (; p < t.length(); p++) {
                        int d = digit(t.charAt(p));
                        if (d < 0) {
                            break;
                        }
                        expDigit = true;
                        if (d > 0 || expDigits.length() > 0) {
                            expDigits.append((char) ('0' + d));
                        }
                    }
                    if (expDigit) {
                        exponent = expDigits.length() > 18
                                ? Long.MAX_VALUE / 2
                                : expDigits.length() == 0 ? 0 : Long.parseLong(expDigits.toString());
                        if (expNegative) {
                            exponent = -exponent;
                        }
                        position = p;
                    }
                }
                break;
            }
        }
        if (!sawDigit) {
            return -1;
        }
        long decimalAt = significant.length() + exponent;
        int count = significant.length();
        while (count > 0 && significant.charAt(count - 1) == '0') {
            count--;
        }
        numberValue = count == 0 ? 0 : intValue(significant.substring(0, count), decimalAt, negative);
        return position;
    }

    private int digit(char ch) {
        int digit = ch - digits[0].charAt(0);
        if (digit < 0 || digit > 9) {
            digit = Character.digit(ch, 10);
        }
        return digit;
    }

    /**
     * {@code intValue()} of the number {@code 0.<significant> × 10^decimalAt}: a Long (cut to its low 32 bits)
     * where DigitList fits it into one, a Double (saturated) otherwise.
     */
    private static int intValue(String significant, long decimalAt, boolean negative) {
        int count = significant.length();
        boolean fitsLong = decimalAt >= count && decimalAt <= 19;
        if (fitsLong && decimalAt == 19) {
            String minimum = "9223372036854775808";
            int compare = significant.compareTo(minimum.substring(0, count));
            fitsLong = compare < 0 || compare == 0 && (count < 19 || negative);
        }
        if (fitsLong) {
            long value = 0;
            for (int i = 0; i < decimalAt; i++) {
                value = value * 10 + (i < count ? significant.charAt(i) - '0' : 0);
            }
            return (int) (negative && value != Long.MIN_VALUE ? -value : value);
        }
        long scale = Math.max(-400, Math.min(400, decimalAt));
        double value = Double.parseDouble("0." + significant + "E" + scale);
        return (int) (negative ? -value : value);
    }

    public String toPattern() {
        return pattern;
    }

    public String toLocalizedPattern() {
        return translatePattern(pattern, PATTERN_CHARS, localPatternChars());
    }

    public void applyPattern(String pattern) {
        compile(pattern);
        this.pattern = pattern;
    }

    public void applyLocalizedPattern(String pattern) {
        applyPattern(translatePattern(pattern, localPatternChars(), PATTERN_CHARS));
    }

    /** The locale's pattern letters: the JDK's locale data has the first 19 of the 23 letters. */
    private String localPatternChars() {
        return formatData != null ? formatData.getLocalPatternChars() : PATTERN_CHARS.substring(0, 19);
    }

    /** Letters outside quotes from {@code from} to {@code to}: one {@code to} lacks stays, one {@code from} lacks is refused. */
    private static String translatePattern(String pattern, String from, String to) {
        StringBuilder result = new StringBuilder();
        boolean inQuote = false;
        for (int i = 0; i < pattern.length(); ++i) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                inQuote = !inQuote;
            } else if (!inQuote && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                int ci = from.indexOf(c);
                if (ci < 0) {
                    throw new IllegalArgumentException("Illegal pattern  character '" + c + "'");
                }
                if (ci < to.length()) {
                    c = to.charAt(ci);
                }
            }
            result.append(c);
        }
        if (inQuote) {
            throw new IllegalArgumentException("Unfinished quote in pattern");
        }
        return result.toString();
    }

    public DateFormatSymbols getDateFormatSymbols() {
        return formatData != null ? (DateFormatSymbols) formatData.clone() : DateFormatSymbols.getInstance(locale);
    }

    public void setDateFormatSymbols(DateFormatSymbols newFormatSymbols) {
        formatData = (DateFormatSymbols) newFormatSymbols.clone();
        useDateFormatSymbols = true;
    }

    @Override
    public Object clone() {
        TSimpleDateFormat other = (TSimpleDateFormat) super.clone();
        if (formatData != null) {
            other.formatData = (DateFormatSymbols) formatData.clone();
        }
        return other;
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        if (!super.equals(obj)) {
            return false;
        }
        TSimpleDateFormat that = (TSimpleDateFormat) obj;
        return pattern.equals(that.pattern)
                && (formatData != null ? formatData.equals(that.formatData) : that.formatData == null)
                && locale.equals(that.locale);
    }

    /** The fields a parse found, in the order it found them, set on the calendar in that order (JDK CalendarBuilder). */
    private static final class FieldBuilder {
        private static final int FIELDS = ISO_DAY_OF_WEEK_FIELD + 1;
        /** GregorianCalendar's getMinimum and getMaximum of each field. */
        private static final int[] MIN_VALUES = {0, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, -13 * 3_600_000, 0};

        private static final int[] MAX_VALUES = {
            1, 292_278_994, 11, 53, 6, 31, 366, 7, 6, 1, 11, 23, 59, 59, 999, 14 * 3_600_000, 2 * 3_600_000
        };

        private final int[] stamps = new int[FIELDS];
        private final int[] values = new int[FIELDS];
        private int nextStamp = 2;
        private int maxFieldIndex = -1;

        FieldBuilder set(int index, int value) {
            if (index == ISO_DAY_OF_WEEK_FIELD) {
                index = Calendar.DAY_OF_WEEK;
                value = value < 1 || value > 7 ? value : value % 7 + 1;
            }
            stamps[index] = nextStamp++;
            values[index] = value;
            if (index > maxFieldIndex && index < Calendar.FIELD_COUNT) {
                maxFieldIndex = index;
            }
            return this;
        }

        FieldBuilder addYear(int years) {
            values[Calendar.YEAR] += years;
            values[WEEK_YEAR_FIELD] += years;
            return this;
        }

        /**
         * The date of the fields on {@code cal} as the JDK's calendar resolves them: the fields it selects by when they
         * were found ({@code Calendar.selectFields}: the latest of the day-of-month, week-of-month, day-of-week-in-month,
         * day-of-year and week-of-year groups, and of HOUR_OF_DAY and HOUR with AM_PM) are the only ones set on
         * {@code cal}, in the order found, so that TeaVM's calendar, which resolves by the last field set, has no other
         * choice; a zone offset found in the text is taken instead of the calendar's zone; and when the calendar is
         * not lenient every field found must be in its range and unchanged by the date, as the JDK checks.
         */
        Date establish(Calendar cal) {
            boolean lenient = cal.isLenient();
            if (stamps[WEEK_YEAR_FIELD] > 0 && stamps[WEEK_YEAR_FIELD] > stamps[Calendar.YEAR]) {
                weekDate(cal, lenient);
            }
            if (!lenient) {
                for (int field = 0; field < Calendar.FIELD_COUNT; field++) {
                    if (stamps[field] > 0 && (values[field] < MIN_VALUES[field] || values[field] > MAX_VALUES[field])) {
                        throw new IllegalArgumentException();
                    }
                }
            }
            boolean zoneSet = stamps[Calendar.ZONE_OFFSET] > 0 || stamps[Calendar.DST_OFFSET] > 0;
            int offset = values[Calendar.ZONE_OFFSET] + values[Calendar.DST_OFFSET];
            boolean[] selected = selectFields();
            TimeZone zone = cal.getTimeZone();
            long local;
            cal.setLenient(true);
            if (zoneSet) {
                cal.setTimeZone(TimeZone.getTimeZone("UTC"));
            }
            try {
                cal.clear();
                for (int stamp = 2; stamp < nextStamp; stamp++) {
                    for (int index = 0; index < Calendar.ZONE_OFFSET; index++) {
                        if (stamps[index] == stamp && selected[index]) {
                            cal.set(index, values[index]);
                        }
                    }
                }
                if (selected[Calendar.HOUR] && stamps[Calendar.HOUR] == 0) {
                    cal.set(Calendar.HOUR, 0);
                }
                local = cal.getTimeInMillis();
                if (!lenient) {
                    for (int field = 0; field < Calendar.ZONE_OFFSET; field++) {
                        if (stamps[field] > 0 && cal.get(field) != values[field]) {
                            throw new IllegalArgumentException();
                        }
                    }
                }
            } finally {
                cal.setTimeZone(zone);
                cal.setLenient(lenient);
            }
            if (zoneSet) {
                cal.setTimeInMillis(local - offset);
            }
            return cal.getTime();
        }

        /**
         * The JDK's field selection over the stamps of the fields found: which of them the date and time are
         * computed from.
         */
        private boolean[] selectFields() {
            boolean[] mask = new boolean[Calendar.FIELD_COUNT];
            mask[Calendar.YEAR] = true;
            mask[Calendar.ERA] = stamps[Calendar.ERA] > 0;
            int dowStamp = stamps[Calendar.DAY_OF_WEEK];
            int monthStamp = stamps[Calendar.MONTH];
            int domStamp = stamps[Calendar.DAY_OF_MONTH];
            int womStamp = aggregate(stamps[Calendar.WEEK_OF_MONTH], dowStamp);
            int dowimStamp = aggregate(stamps[Calendar.DAY_OF_WEEK_IN_MONTH], dowStamp);
            int doyStamp = stamps[Calendar.DAY_OF_YEAR];
            int woyStamp = aggregate(stamps[Calendar.WEEK_OF_YEAR], dowStamp);
            int bestStamp = Math.max(Math.max(Math.max(domStamp, womStamp), Math.max(dowimStamp, doyStamp)), woyStamp);
            if (bestStamp == 0) {
                womStamp = stamps[Calendar.WEEK_OF_MONTH];
                dowimStamp = Math.max(stamps[Calendar.DAY_OF_WEEK_IN_MONTH], dowStamp);
                woyStamp = stamps[Calendar.WEEK_OF_YEAR];
                bestStamp = Math.max(Math.max(womStamp, dowimStamp), woyStamp);
                if (bestStamp == 0) {
                    bestStamp = monthStamp;
                    domStamp = monthStamp;
                }
            }
            if (bestStamp == domStamp
                    || bestStamp == womStamp && stamps[Calendar.WEEK_OF_MONTH] >= stamps[Calendar.WEEK_OF_YEAR]
                    || bestStamp == dowimStamp
                            && stamps[Calendar.DAY_OF_WEEK_IN_MONTH] >= stamps[Calendar.WEEK_OF_YEAR]) {
                mask[Calendar.MONTH] = true;
                if (bestStamp == domStamp) {
                    mask[Calendar.DAY_OF_MONTH] = true;
                } else {
                    mask[Calendar.DAY_OF_WEEK] = dowStamp > 0;
                    if (womStamp == dowimStamp) {
                        boolean week = stamps[Calendar.WEEK_OF_MONTH] >= stamps[Calendar.DAY_OF_WEEK_IN_MONTH];
                        mask[week ? Calendar.WEEK_OF_MONTH : Calendar.DAY_OF_WEEK_IN_MONTH] = true;
                    } else if (bestStamp == womStamp) {
                        mask[Calendar.WEEK_OF_MONTH] = true;
                    } else {
                        mask[Calendar.DAY_OF_WEEK_IN_MONTH] = stamps[Calendar.DAY_OF_WEEK_IN_MONTH] > 0;
                    }
                }
            } else if (bestStamp == doyStamp) {
                mask[Calendar.DAY_OF_YEAR] = true;
            } else {
                mask[Calendar.DAY_OF_WEEK] = dowStamp > 0;
                mask[Calendar.WEEK_OF_YEAR] = true;
            }
            int hourOfDayStamp = stamps[Calendar.HOUR_OF_DAY];
            int hourStamp = aggregate(stamps[Calendar.HOUR], stamps[Calendar.AM_PM]);
            bestStamp = hourStamp > hourOfDayStamp ? hourStamp : hourOfDayStamp;
            if (bestStamp == 0) {
                bestStamp = Math.max(stamps[Calendar.HOUR], stamps[Calendar.AM_PM]);
            }
            if (bestStamp != 0) {
                if (bestStamp == hourOfDayStamp) {
                    mask[Calendar.HOUR_OF_DAY] = true;
                } else {
                    mask[Calendar.HOUR] = true;
                    mask[Calendar.AM_PM] = stamps[Calendar.AM_PM] > 0;
                }
            }
            mask[Calendar.MINUTE] = true;
            mask[Calendar.SECOND] = true;
            mask[Calendar.MILLISECOND] = true;
            return mask;
        }

        private static int aggregate(int a, int b) {
            return a == 0 || b == 0 ? 0 : Math.max(a, b);
        }

        /**
         * A week-based year found after the year: the date of the week-year, week and day becomes the era, year,
         * month and day of month found last, as {@code GregorianCalendar.setWeekDate} sets them.
         */
        private void weekDate(Calendar cal, boolean lenient) {
            int weekOfYear = stamps[Calendar.WEEK_OF_YEAR] > 0 ? values[Calendar.WEEK_OF_YEAR] : 1;
            int dayOfWeek = stamps[Calendar.DAY_OF_WEEK] > 0 ? values[Calendar.DAY_OF_WEEK] : cal.getFirstDayOfWeek();
            if ((dayOfWeek < Calendar.SUNDAY || dayOfWeek > Calendar.SATURDAY) && lenient) {
                if (dayOfWeek >= 8) {
                    dayOfWeek--;
                    weekOfYear += dayOfWeek / 7;
                    dayOfWeek = (dayOfWeek % 7) + 1;
                } else {
                    while (dayOfWeek <= 0) {
                        dayOfWeek += 7;
                        weekOfYear--;
                    }
                }
                dayOfWeek = dayOfWeek % 7 + 1;
            }
            Calendar date = (Calendar) cal.clone();
            date.clear();
            for (int stamp = 2; stamp < nextStamp; stamp++) {
                for (int index = 0; index <= maxFieldIndex; index++) {
                    if (stamps[index] == stamp && index < Calendar.ZONE_OFFSET) {
                        date.set(index, values[index]);
                    }
                }
            }
            JvmLegacyTime.setWeekDate(date, values[WEEK_YEAR_FIELD], weekOfYear, dayOfWeek);
            set(Calendar.ERA, date.get(Calendar.ERA));
            set(Calendar.YEAR, date.get(Calendar.YEAR));
            set(Calendar.MONTH, date.get(Calendar.MONTH));
            set(Calendar.DAY_OF_MONTH, date.get(Calendar.DAY_OF_MONTH));
            stamps[WEEK_YEAR_FIELD] = 0;
        }
    }
}
