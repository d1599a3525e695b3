package io.jdash.server.components.dcc;

import java.time.LocalDate;

/** {@code dcc.DatePickerSingle}: one date; {@code date} is an ISO string ({@code 2024-05-31}). */
public final class DatePickerSingle extends DatePickerComponent<DatePickerSingle> {

    /** A date picker with no date picked. */
    public DatePickerSingle() {
        super("DatePickerSingle");
    }

    /** The picked date. */
    public DatePickerSingle date(LocalDate date) {
        return prop("date", date.toString());
    }
}
