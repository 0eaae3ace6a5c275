/**
 * `listField`: a field holding rows with typed columns (see ./list.ts), with the functions that check, read and
 * write its rows. Kept apart from ./fields.ts so that the list code ships only with tools that declare a list.
 */
import type { ListCodec, ListFieldSpec } from './fields';
import { checkList, decodeListTexts, encodeListTexts, listTexts, parseListTexts, type ColumnSpec } from './list';

/** The list rules of ./list.ts, as a list field uses them. */
export const listCodec: ListCodec = {
  check: checkList,
  parse(rules, text) {
    const texts = decodeListTexts(text);
    return texts ? parseListTexts(rules, texts) : { ok: false, message: 'The list is malformed (a bad % escape).' };
  },
  text: (rules, rows) => encodeListTexts(listTexts(rules, rows)),
};

/** A list of rows with typed columns, edited as a table. */
export function listField<const C extends Record<string, ColumnSpec>>(
  spec: Omit<ListFieldSpec<C>, 'kind' | 'codec'>,
): ListFieldSpec<C> {
  return { kind: 'list', codec: listCodec, ...spec };
}
