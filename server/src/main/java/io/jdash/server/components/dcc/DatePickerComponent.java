package io.jdash.server.components.dcc;

import io.jdash.server.components.LowerCaseEnum;
import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Persistent;
import io.jdash.server.components.Styled;
import io.jdash.server.components.TypedComponent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The props {@link DatePickerSingle} and {@link DatePickerRange} share. Dates are sent as ISO strings
 * ({@code 2024-05-31}), as Dash expects.
 *
 * @param <T> the concrete builder
 */
public abstract class DatePickerComponent<T extends DatePickerComponent<T>> extends TypedComponent<T>
        implements Styled<T>, Persistent<T> {

    /** How the months of the calendar are laid out. */
    public enum Orientation implements LowerCaseEnum {
        /** Side by side (the default). */
        HORIZONTAL,
        /** One above the other. */
        VERTICAL
    }

    /** A date picker component {@code type} of dcc. */
    protected DatePickerComponent(String type) {
        super(type, Namespaces.DCC);
    }

    /** The earliest date that can be picked. */
    public T minDateAllowed(LocalDate date) {
        return prop("min_date_allowed", date.toString());
    }

    /** The latest date that can be picked. */
    public T maxDateAllowed(LocalDate date) {
        return prop("max_date_allowed", date.toString());
    }

    /** Dates that cannot be picked. */
    public T disabledDays(List<LocalDate> dates) {
        return prop("disabled_days", dates.stream().map(LocalDate::toString).toList());
    }

    /** The text shown while no date is picked. */
    public T placeholder(String text) {
        return prop("placeholder", text);
    }

    /** The month the calendar opens at when no date is picked. */
    public T initialVisibleMonth(LocalDate month) {
        return prop("initial_visible_month", month.toString());
    }

    /** Shows an x that clears the dates. */
    public T clearable(boolean clearable) {
        return prop("clearable", clearable);
    }

    /** Reopens the calendar after the dates are cleared. */
    public T reopenCalendarOnClear(boolean reopen) {
        return prop("reopen_calendar_on_clear", reopen);
    }

    /** How a picked date is shown, in moment.js tokens, e.g. {@code "DD/MM/YYYY"}. */
    public T displayFormat(String format) {
        return prop("display_format", format);
    }

    /** How a month's title is shown, in moment.js tokens, e.g. {@code "MMMM YYYY"}. */
    public T monthFormat(String format) {
        return prop("month_format", format);
    }

    /** The first day of the calendar's weeks. */
    public T firstDayOfWeek(DayOfWeek day) {
        return prop("first_day_of_week", day.getValue() % 7);
    }

    /** Shows the days of the neighbouring months. */
    public T showOutsideDays(boolean show) {
        return prop("show_outside_days", show);
    }

    /** Keeps the calendar open after a date is picked. */
    public T stayOpenOnSelect(boolean stayOpen) {
        return prop("stay_open_on_select", stayOpen);
    }

    /** How the months are laid out. */
    public T calendarOrientation(Orientation orientation) {
        return prop("calendar_orientation", orientation);
    }

    /** The number of months shown at once. */
    public T numberOfMonthsShown(int months) {
        return prop("number_of_months_shown", months);
    }

    /** Opens the calendar in a portal over the page. */
    public T withPortal(boolean portal) {
        return prop("with_portal", portal);
    }

    /** Opens the calendar over the whole screen. */
    public T withFullScreenPortal(boolean portal) {
        return prop("with_full_screen_portal", portal);
    }

    /** The size of a day's cell in pixels. */
    public T daySize(int pixels) {
        return prop("day_size", pixels);
    }

    /** Lays the calendar out right to left. */
    public T rightToLeft(boolean rtl) {
        return prop("is_RTL", rtl);
    }

    /** Disables the picker. */
    public T disabled(boolean disabled) {
        return prop("disabled", disabled);
    }
}
