/** Calendar constants shared by the models, so a month means the same thing in every tool. */

/** Average days in a month (365.25 ÷ 12): traffic that runs every day. */
export const daysPerMonth = 365.25 / 12;

/**
 * Days a developer is at work in an average month, from the same calendar as the hours: days per week × weeks
 * worked a year (hours per year ÷ hours per week, at most 52) ÷ 12. 5 days, 1,880 h, 40 h a week → 5 × 47 ÷ 12 = 19.58.
 */
export function activeDaysPerMonth(daysPerWeek: number, hoursPerYear: number, hoursPerWeek: number): number {
  return (daysPerWeek * Math.min(52, hoursPerYear / hoursPerWeek)) / 12;
}

/** Average working days in a month: days per week × 52 weeks ÷ 12 (5 days → 21.67). */
export function workingDaysPerMonth(workingDaysPerWeek = 5): number {
  return (workingDaysPerWeek * 52) / 12;
}
