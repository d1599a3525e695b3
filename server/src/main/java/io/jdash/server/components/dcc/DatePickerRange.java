package io.jdash.server.components.dcc;

import io.jdash.server.components.LowerCaseEnum;
import java.time.LocalDate;

/** {@code dcc.DatePickerRange}: a start and an end date, as ISO strings ({@code 2024-05-31}). */
public final class DatePickerRange extends DatePickerComponent<DatePickerRange> {

    /** When the dates are sent. */
    public enum UpdateMode implements LowerCaseEnum {
        /** Each date as soon as it is picked (the default). */
        SINGLEDATE,
        /** Both dates once the end date is picked. */
        BOTHDATES
    }

    /** A range picker with no dates picked. */
    public DatePickerRange() {
        super("DatePickerRange");
    }

    /** The start date. */
    public DatePickerRange startDate(LocalDate date) {
        return prop("start_date", date.toString());
    }

    /** The end date. */
    public DatePickerRange endDate(LocalDate date) {
        return prop("end_date", date.toString());
    }

    /** The fewest nights between start and end. */
    public DatePickerRange minimumNights(int nights) {
        return prop("minimum_nights", nights);
    }

    /** When the dates are sent. */
    public DatePickerRange updatemode(UpdateMode mode) {
        return prop("updatemode", mode);
    }

    /** The text of the start box while empty. */
    public DatePickerRange startDatePlaceholderText(String text) {
        return prop("start_date_placeholder_text", text);
    }

    /** The text of the end box while empty. */
    public DatePickerRange endDatePlaceholderText(String text) {
        return prop("end_date_placeholder_text", text);
    }

    /** The HTML id of the start box. */
    public DatePickerRange startDateId(String id) {
        return prop("start_date_id", id);
    }

    /** The HTML id of the end box. */
    public DatePickerRange endDateId(String id) {
        return prop("end_date_id", id);
    }
}
