/**
 * The participant's side of room mode, on /salle/: join a session with its code (typed, or from
 * the QR code's ?code=), answer the question the trainer opened, change the answer while it is
 * open, and see the right answer and the room's result once revealed; ask the presenter a
 * question and vote for others'. The phone never shows the right answer before the trainer does
 * (the server does not send it before). Anonymous: a random id kept on the phone is all the server
 * knows. Drawn by src/client/room/room-participant.ts only when the room server's flag is there.
 * The state and its rules are src/lib/room/room-phone.ts (pure, unit-tested); this component holds
 * the socket and draws.
 */
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { RoomSocket } from '../../client/room/room-socket';
import type { ClientMessage, ServerMessage } from '../../lib/room/room-messages';
import { submissionId } from '../../lib/room/room-answer';
import {
  answerLine,
  connectionLine,
  firstDraft,
  initialPhone,
  phoneReducer,
  questionKey,
  readCode,
  submission,
  type PhoneState,
} from '../../lib/room/room-phone';
import { room as t } from '../../i18n/fr-room';
import { withBase } from '../../lib/url';
import { AskPanel } from './AskPanel';
import { Poll } from './Poll';
import './participant.css';

interface Props {
  /** Opens the room channel (room-socket.ts's connectRoom, bound to the server's address). */
  connect: (handlers: {
    hello: (socket: RoomSocket) => void;
    onMessage: (message: ServerMessage) => void;
    onStatus: (up: boolean) => void;
  }) => RoomSocket;
  /** This phone's anonymous id. */
  participant: string;
  /** The code to join at once (from the QR code's address, or the one joined before a reload). */
  start: string | undefined;
  /** Keeps the code joined, or forgets it (undefined). */
  remember: (code: string | undefined) => void;
}

export function Participant({ connect, participant, start, remember }: Props) {
  const [s, dispatch] = useReducer(phoneReducer, undefined, () =>
    start ? phoneReducer(initialPhone(), { type: 'join', code: start }) : initialPhone(),
  );
  const [typed, setTyped] = useState(start ?? '');
  const socket = useRef<RoomSocket | undefined>(undefined);
  // The socket's handlers read the state of the last render (a reconnection sends what is pending).
  const latest = useRef<PhoneState>(s);
  latest.current = s;
  const codeInput = useRef<HTMLInputElement>(null);
  const sessionLabel = useRef<HTMLElement>(null);
  /** Where the focus goes once drawn: the code field (a wrong code, leaving), or the session joined. */
  const [focus, setFocus] = useState<'code' | 'session' | undefined>(undefined);
  const send = (message: ClientMessage) => socket.current?.send(message) ?? false;

  // One connection per session joined; leaving (or joining another) closes it.
  useEffect(() => {
    const code = s.code;
    remember(code);
    if (!code) return undefined;
    const channel = connect({
      hello: (ws) => {
        ws.send({ type: 'join', code, participant });
        // What was not acknowledged goes again, after the join on the same connection (the server
        // reads them in order); a poll closed meanwhile refuses it, and the phone says so.
        const tracker = latest.current.tracker;
        const pending = tracker?.pending;
        if (tracker && pending)
          ws.send({ type: 'answer', question: tracker.question, value: pending.value, id: pending.id });
      },
      onStatus: (up) => dispatch({ type: 'connection', up }),
      onMessage: (message) => {
        if (message.type === 'error' && (message.error === 'unknown-session' || message.error === 'ended'))
          setFocus('code');
        dispatch({ type: 'server', message });
      },
    });
    socket.current = channel;
    return () => {
      channel.close();
      if (socket.current === channel) socket.current = undefined;
    };
  }, [s.code]);

  useEffect(() => {
    if (!focus) return;
    (focus === 'code' ? codeInput : sessionLabel).current?.focus();
    setFocus(undefined);
  }, [focus]);

  const join = (e: Event) => {
    e.preventDefault();
    dispatch({ type: 'join', code: typed });
    // The form goes away once joined: the focus goes to the session's name, not to the page's top.
    setFocus(readCode(typed) ? 'session' : 'code');
  };
  const leave = () => {
    dispatch({ type: 'leave' });
    setTyped('');
    setFocus('code');
  };

  const room = s.room;
  const question = room?.question;
  const sendAnswer = () => {
    const id = submissionId(Date.now(), Math.random);
    const answer = submission(s, id);
    dispatch({ type: 'submit', id });
    // Not sent now (connection cut): it stays pending and goes when the connection is back.
    if (answer) send(answer);
  };

  return (
    <>
      <form class="join" noValidate hidden={Boolean(s.code)} onSubmit={join} data-join-form>
        <label for="code-seance">{t.codeLabel}</label>
        <p class="hint" id="code-aide">
          {t.codeHint}
        </p>
        <input
          ref={codeInput}
          class="text-input code-input"
          id="code-seance"
          type="text"
          name="code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          maxLength={4}
          aria-describedby="code-aide code-erreur"
          aria-invalid={Boolean(s.joinError)}
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <p class="error" id="code-erreur" data-join-error>
          {s.joinError}
        </p>
        <button class="button" type="submit">
          {t.join}
        </button>
        <p class="exit">
          <a href={withBase('/')}>{t.backToCourse}</a>
        </p>
      </form>
      <div class="session" hidden={!s.code} data-session>
        <p class="session-line">
          <strong ref={sessionLabel} tabIndex={-1} data-session-label>
            {s.code ? t.joined(s.code) : ''}
          </strong>
          <button type="button" class="button button--secondary" onClick={leave} data-leave>
            {t.leave}
          </button>
        </p>
        <p class="connection" role="status" data-connection>
          {s.code ? connectionLine(s) : ''}
        </p>
        <div data-question-area>
          {room && !question && <p class="waiting">{t.waiting}</p>}
          {room && question && (
            <Poll
              key={`${questionKey(room)} ${s.code}`}
              state={{ ...room, question }}
              initial={firstDraft(room, s.tracker)}
              acked={s.tracker?.acked}
              line={answerLine(s)}
              onDraft={(draft) => dispatch({ type: 'draft', draft })}
              onSend={sendAnswer}
            />
          )}
        </div>
        <AskPanel
          asks={s.asks}
          onType={(text) => dispatch({ type: 'ask-typed', text })}
          onAsk={() => {
            const text = s.asks.text.trim();
            if (!text) {
              dispatch({ type: 'ask-empty' });
              document.getElementById('question-salle')?.focus();
              return;
            }
            const id = submissionId(Date.now(), Math.random);
            dispatch({ type: 'ask', id, sent: send({ type: 'ask', text, id }) });
          }}
          onVote={(ask, on) => dispatch({ type: 'vote', ask, on, sent: send({ type: 'vote', ask, on }) })}
        />
      </div>
    </>
  );
}
