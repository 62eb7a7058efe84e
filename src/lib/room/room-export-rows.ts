/**
 * A session's results as rows for an export (CSV or spreadsheet, src/server/room-export.ts): the
 * French column headers, counts per option or per order given, the decision a vote took, and text
 * cells made safe for a spreadsheet (src/lib/spreadsheet-text.ts).
 */
import type { RoomDecision } from './room-messages.ts';
import { openGroups, tally, type Session } from './room-session.ts';
import { spreadsheetSafe } from '../spreadsheet-text.ts';

/** The export's column headers, in French, as a spreadsheet shows them. */
const EXPORT_HEADERS = ['Question', 'Option', 'Réponses', 'Bonne réponse', 'Décision de la salle'] as const;

/** How the export marks a group of open answers the presenter hid (the row stays, the count with it). */
const HIDDEN_MARK = '(masquée)';

/** How the export names a vote's decision (the « Décision de la salle » column). */
const DECISION_LABELS: Readonly<Record<RoomDecision['how'], string>> = {
  majority: 'retenue (majorité)',
  override: 'retenue (choix du formateur, contre la majorité)',
  trainer: 'retenue (choix du formateur)',
};

/**
 * The results as rows for an export (CSV or spreadsheet): a header, then per question one row per
 * option (or per order given) with its count, and a row with the number of participants. Counts
 * only: nothing that identifies a phone. Text cells are made safe for a spreadsheet. A vote has no
 * right answer; the option the deck followed says so in the last column, so the votes of a room
 * simulation, in the order they were held, read as the room's path with its split at each step.
 */
export function resultsRows(session: Session): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [[...EXPORT_HEADERS]];
  const add = (prompt: string, option: string, count: number, right: string, decision = '') =>
    rows.push([spreadsheetSafe(prompt), spreadsheetSafe(option), count, right, decision]);
  for (const state of session.questions.values()) {
    const { question } = state;
    const results = tally(state, Number.POSITIVE_INFINITY);
    if (question.kind === 'open') {
      // One row per group of identical answers; a group the presenter hid is kept, marked.
      for (const group of openGroups(state))
        add(question.prompt, group.hidden ? `${group.text} ${HIDDEN_MARK}` : group.text, group.count, '');
    } else if (question.kind === 'ordering') {
      const right = question.correct.join(',');
      for (const { order, count } of results.orders) {
        const text = order.map((i) => question.options[i] ?? '').join(' → ');
        add(question.prompt, text, count, order.join(',') === right ? 'oui' : 'non');
      }
    } else {
      const vote = question.kind === 'vote';
      question.options.forEach((text, i) => {
        const right = vote ? '' : question.correct.includes(i) ? 'oui' : 'non';
        const decided = state.decision?.option === i ? DECISION_LABELS[state.decision.how] : '';
        add(question.prompt, text, results.counts[i] ?? 0, right, decided);
      });
    }
    add(question.prompt, '(participants)', state.answers.size, '');
  }
  return rows;
}
