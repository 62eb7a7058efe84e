/**
 * Starts the participant's side of room mode on /salle/ (the phone): shows the room part instead
 * of the « not running » notice and draws src/islands/room/Participant.tsx into it, with the room
 * channel, this phone's anonymous id and the code to join (the QR code's ?code=, else the one
 * joined before a reload). Loaded only when the room server's flag is there.
 */
import { h, render } from 'preact';
import { connectRoom, participantId, roomFlag } from './room-socket';
import { isSessionCode } from '../../lib/room/room-messages';
import { roomKey } from '../../lib/storage/storage-keys';
import { readItem, writeItem } from '../../lib/storage/browser-storage';
import { Participant } from '../../islands/room/Participant';

const JOINED_KEY = roomKey('joined');

/** Keeps the code joined (storage blocked: the phone asks for it again after a reload). */
function remember(code: string | undefined): void {
  writeItem('local', JOINED_KEY, code || undefined);
}

function remembered(): string | undefined {
  const code = readItem('local', JOINED_KEY) ?? '';
  return isSessionCode(code) ? code : undefined;
}

export function startParticipant(): void {
  const flag = roomFlag();
  const root = document.querySelector<HTMLElement>('room-participant');
  if (!flag || !root) return;
  document.querySelector<HTMLElement>('[data-room-off]')?.setAttribute('hidden', '');
  const fromUrl = new URLSearchParams(location.search).get('code')?.toUpperCase();
  render(
    h(Participant, {
      connect: (handlers) => connectRoom(flag.socket, handlers),
      participant: participantId(),
      start: fromUrl && isSessionCode(fromUrl) ? fromUrl : remembered(),
      remember,
    }),
    root,
  );
  root.hidden = false;
}
