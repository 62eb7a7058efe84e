/**
 * The material a question gives to read and judge (a post and its comments, a table, a draft), as
 * a titled <figure>: rendered with the question on the server, so it reads without JavaScript, in
 * the lesson, on the quiz page, on the final evaluation and in the LMS package alike. A thread is
 * a list whose items say who wrote, when, what, and the « J'aime » as text; a table has a caption
 * and header cells, and scrolls inside its own box on a phone.
 */
import type { Exhibit as ExhibitData } from '../../schemas/quiz';
import { quiz as t } from '../../i18n/fr-quiz';

type Message = NonNullable<ExhibitData['post']>;

function MessageBody({ m }: { m: Message }) {
  return (
    <>
      <p class="quiz-exhibit-meta">
        <strong>{m.author}</strong> · {m.time}
      </p>
      <p class="quiz-exhibit-text">{m.text}</p>
      {m.likes !== undefined && <p class="quiz-exhibit-likes">{t.exhibitLikes(m.likes)}</p>}
    </>
  );
}

/** One question's exhibit. */
export function Exhibit({ exhibit }: { exhibit: ExhibitData }) {
  const { title, post, thread, table, text } = exhibit;
  return (
    <figure class="quiz-exhibit">
      <figcaption class="quiz-exhibit-title">{title}</figcaption>
      {post && (
        <div class="quiz-exhibit-post">
          <MessageBody m={post} />
        </div>
      )}
      {thread && (
        <ol class="quiz-exhibit-thread">
          {thread.map((m, i) => (
            <li key={i}>
              <MessageBody m={m} />
            </li>
          ))}
        </ol>
      )}
      {table && (
        <div class="quiz-exhibit-table" tabIndex={0} role="group" aria-label={t.exhibitTableScroll} data-scroll-region>
          <table>
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => {
                    const Cell = i === 0 ? 'th' : 'td';
                    return (
                      <Cell key={i} scope={i === 0 ? 'row' : undefined}>
                        {cell}
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {text?.map((p, i) => (
        <p key={i} class="quiz-exhibit-text">
          {p}
        </p>
      ))}
    </figure>
  );
}
