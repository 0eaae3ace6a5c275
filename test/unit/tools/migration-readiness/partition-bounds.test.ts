import { describe, expect, it } from 'vitest';
import { withoutNlsArgument } from '../../../../src/lib/readiness/convert/partitioning';

describe('withoutNlsArgument: Oracle NLS settings arguments are dropped (PostgreSQL takes two arguments)', () => {
  it.each([
    ["TO_DATE('01-APR-2023', 'DD-MON-YYYY', 'NLS_DATE_LANGUAGE = American')", "TO_DATE('01-APR-2023', 'DD-MON-YYYY')"],
    ["to_char(x, 'fm9', 'NLS_NUMERIC_CHARACTERS = '',.''')", "to_char(x, 'fm9', 'NLS_NUMERIC_CHARACTERS = '',.''')"],
    ["TO_DATE('2023-04-01', 'YYYY-MM-DD')", "TO_DATE('2023-04-01', 'YYYY-MM-DD')"],
    ["TO_NUMBER('1,5', '9D9', 'NLS_NUMERIC_CHARACTERS = '',.''')", "TO_NUMBER('1,5', '9D9')"],
  ])('%s → %s', (input, expected) => expect(withoutNlsArgument(input)).toBe(expected));
});
