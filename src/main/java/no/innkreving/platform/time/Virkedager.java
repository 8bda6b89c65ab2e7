package no.innkreving.platform.time;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The Norwegian business-day calendar: every day but Saturday, Sunday, the public holidays (helligdager: 1 January,
 * Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday, 25 and 26 December)
 * and the statutory days of celebration (høytidsdager, lov 26. april 1947 nr. 1: 1 and 17 May). The holidays come
 * from Jollyday's calendar for Norway, Easter-based ones computed per year, not from a table of ours. 24 and
 * 31 December are business days: no act makes them holidays (decision 0023).
 * <p>
 * Pure Java with no Spring, in platform so every module can use it (invoicing, interest, and later dunning and
 * instalment plans); a module's domain package could not be shared.
 */
public final class Virkedager {
    private static final HolidayManager NORGE = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NORWAY));

    private Virkedager() {
    }

    public static boolean erVirkedag(LocalDate dag) {
        DayOfWeek d = dag.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !NORGE.isHoliday(dag);
    }

    /** The day itself if it is a business day, else the next one. */
    public static LocalDate virkedagFraOgMed(LocalDate dag) {
        LocalDate d = dag;
        while (!erVirkedag(d)) d = d.plusDays(1);
        return d;
    }
}
