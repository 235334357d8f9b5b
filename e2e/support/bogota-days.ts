import { addDays, bogotaDateOf, HolidayCalendar, type BusinessDate } from '@bitacora/domain';

/**
 * Returns the `count` most recent business days (Monday to Friday, not a Colombian holiday)
 * strictly before `today`, newest first. Contacts on those days fall inside the legal window
 * when made between 07:00 and 19:00 Bogota time (Ley 2300 de 2023, art. 3).
 */
export function businessDaysBefore(today: BusinessDate, count: number, calendar = new HolidayCalendar()): BusinessDate[] {
  const days: BusinessDate[] = [];
  for (let date = addDays(today, -1); days.length < count; date = addDays(date, -1)) {
    if (calendar.isBusinessDay(date)) {
      days.push(date);
    }
  }
  return days;
}

export function bogotaToday(): BusinessDate {
  return bogotaDateOf(new Date());
}

/** `date` at `time` in Bogota as an ISO instant with the -05:00 offset. */
export function atBogota(date: BusinessDate, time: string): string {
  return `${date}T${time}:00-05:00`;
}
