/** Calendar constants shared by the models, so a month means the same thing in every tool. */

/** Average days in a month (365.25 ÷ 12): traffic that runs every day. */
export const daysPerMonth = 365.25 / 12;

/** Average working days in a month: days per week × 52 weeks ÷ 12 (5 days → 21.67). */
export function workingDaysPerMonth(workingDaysPerWeek = 5): number {
  return (workingDaysPerWeek * 52) / 12;
}
