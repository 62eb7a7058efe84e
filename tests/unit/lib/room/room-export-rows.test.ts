// The results' rows for an export (src/lib/room/room-export-rows.ts): French headers, counts per option
// or per order, the decision a vote took, nothing personal, formula-looking cells neutralised.
import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  createSession,
  decideQuestion,
  openQuestion,
  type Session,
} from '../../../../src/lib/room/room-session';
import { resultsRows } from '../../../../src/lib/room/room-export-rows';
import type { RoomQuestion } from '../../../../src/lib/room/room-messages';
import { ordering, single } from '../../../support/room-questions';

const vote: RoomQuestion = {
  id: 'soiree-cisss--allumette',
  kind: 'vote',
  prompt: '18 h 40 — L’allumette',
  options: ['Répondre avec la source', 'Masquer le commentaire', 'Attendre'],
  correct: [],
};

function session(): Session {
  return createSession('tout', 1_000, () => 0, 'secret-secret-secret');
}

describe('room results rows', () => {
  it('exports rows with French headers, counts per option, nothing personal, formulas neutralised', () => {
    const s = session();
    openQuestion(s, { ...single, prompt: 'Par quoi commencer, au juste?' });
    answerQuestion(s, 'participant-secret-id', single.id, [1]);
    openQuestion(s, ordering);
    answerQuestion(s, 'p2', ordering.id, [1, 0, 2]);
    const rows = resultsRows(s);
    expect(JSON.stringify(rows)).not.toContain('participant-secret-id');
    expect(rows).toEqual([
      ['Question', 'Option', 'Réponses', 'Bonne réponse', 'Décision de la salle'],
      ['Par quoi commencer, au juste?', 'La plateforme', 0, 'non', ''],
      ['Par quoi commencer, au juste?', 'Une stratégie', 1, 'oui', ''],
      ['Par quoi commencer, au juste?', 'Publier', 0, 'non', ''],
      ['Par quoi commencer, au juste?', '(participants)', 1, '', ''],
      ['Dans l’ordre?', 'Veille → Objectif → Message', 1, 'oui', ''],
      ['Dans l’ordre?', '(participants)', 1, '', ''],
    ]);
  });

  it('exports the votes with the option the deck followed, and how', () => {
    const s = session();
    openQuestion(s, vote);
    answerQuestion(s, 'p1', vote.id, [0]);
    answerQuestion(s, 'p2', vote.id, [0]);
    decideQuestion(s, vote.id, { option: 0, how: 'majority' });
    const second = { ...vote, id: 'soiree-cisss--doleance', prompt: '19 h 25 — La doléance' };
    openQuestion(s, second);
    answerQuestion(s, 'p1', second.id, [1]);
    decideQuestion(s, second.id, { option: 2, how: 'override' });
    expect(resultsRows(s).slice(1)).toEqual([
      ['18 h 40 — L’allumette', 'Répondre avec la source', 2, '', 'retenue (majorité)'],
      ['18 h 40 — L’allumette', 'Masquer le commentaire', 0, '', ''],
      ['18 h 40 — L’allumette', 'Attendre', 0, '', ''],
      ['18 h 40 — L’allumette', '(participants)', 2, '', ''],
      ['19 h 25 — La doléance', 'Répondre avec la source', 0, '', ''],
      ['19 h 25 — La doléance', 'Masquer le commentaire', 1, '', ''],
      ['19 h 25 — La doléance', 'Attendre', 0, '', 'retenue (choix du formateur, contre la majorité)'],
      ['19 h 25 — La doléance', '(participants)', 1, '', ''],
    ]);
  });

  it('neutralises cells a spreadsheet would read as a formula', () => {
    const s = session();
    openQuestion(s, { ...single, prompt: '=HYPERLINK("http://x";"clic")', options: ['@a', '-b', 'c'] });
    const rows = resultsRows(s);
    expect(rows[1]?.slice(0, 2)).toEqual(['\'=HYPERLINK("http://x";"clic")', "'@a"]);
    expect(rows[2]?.[1]).toBe("'-b");
  });
});
