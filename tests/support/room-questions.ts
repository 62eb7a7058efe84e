/** Room questions the session and export tests share: one of each kind they exercise. */
import type { RoomQuestion } from '../../src/lib/room/room-messages';

export const single: RoomQuestion = {
  id: 'strategie/q1',
  kind: 'single',
  prompt: 'Par quoi commencer?',
  options: ['La plateforme', 'Une stratégie', 'Publier'],
  correct: [1],
};
export const multiple: RoomQuestion = { ...single, id: 'strategie/q2', kind: 'multiple', correct: [0, 1] };
export const ordering: RoomQuestion = {
  id: 'etapes/q1',
  kind: 'ordering',
  prompt: 'Dans l’ordre?',
  options: ['Objectif', 'Veille', 'Message'],
  correct: [1, 0, 2],
};
